"""Page tops in any script (mastheads, one-line menus, breadcrumbs, paywalls) and the datelines
of wires that write in Chinese, Japanese, Korean, Arabic and Russian."""

from __future__ import annotations

import datetime as dt

import pytest

from archiver.extract.chrome import is_paywall
from archiver.extract.datelines import explain_dateline, match_dateline, match_stamp_dateline
from archiver.extract.masthead import (
    breadcrumb_headline,
    is_masthead,
    is_nav_row,
    is_source_label,
    word_count,
)
from archiver.extract.roles import explain
from archiver.extract.wire_text import parse_wire_text

REF = dt.date(2025, 11, 7)


@pytest.mark.parametrize(
    "line",
    [
        "Home | Germany | Europe | World | Business | Sci/Tech",
        "首页 | 时政 | 国际 | 财经",
        "الرئيسية | محليات | اقتصاد | دولي",
        "Gündem | Türkiye | Dünya | Ekonomi",
        "Home General Politics Business Sports World Features",
    ],
)
def test_menus_printed_on_one_line(line):
    assert is_nav_row(line)


@pytest.mark.parametrize(
    "line",
    [
        "Oil | Gas | Power: the week's energy deals in one place",
        "Analysis | Why the port strike matters",
        "Rates Hold Steady As Markets Wait For Fed Chair",
        "By Jane Roe · 5 min read · Updated",
    ],
)
def test_headlines_and_bylines_are_no_menu(line):
    assert not is_nav_row(line)


def test_breadcrumb_ending_in_the_headline():
    crumb = "Home / Economy / Agri Business / Cardamom prices climb as dry spell cuts output"
    assert breadcrumb_headline(crumb) == "Cardamom prices climb as dry spell cuts output"
    assert breadcrumb_headline("Dallas / Fort Worth airport opens fourth terminal") is None
    assert breadcrumb_headline("Home / India / Politics") is None
    # the slash glued to the crumb before it ("NEWS/ INDIA NEWS/ ...")
    glued = "NEWS/ CITY NEWS/ Tram depot plan: residents win delay on night works"
    assert breadcrumb_headline(glued) == "Tram depot plan: residents win delay on night works"
    # near-miss: a headline with "and/ or" in it is no breadcrumb
    assert breadcrumb_headline("Tax and/ or spend: the choice facing the new council") is None


def test_mastheads_paywalls_and_source_labels():
    assert is_masthead("UPI Archives") and is_masthead("The Canadian Press")
    assert is_masthead("dpa international")
    assert not is_masthead("By United Press International") and not is_masthead("News")
    assert is_paywall("Assinantes podem liberar 7 acessos por dia para conteúdos da Folha")
    assert is_paywall("Subscribers can unlock 5 articles a day")
    assert not is_paywall("Union members can vote on pay deal from Monday")
    assert is_source_label("Source: Xinhua") and is_source_label("来源：新华网")
    assert not is_source_label("Sources say the deal is close")


def test_ideographs_count_as_words():
    assert word_count("浙江安吉：竹林碳汇交易助村民增收") >= 5
    assert word_count("时政") == 1


@pytest.mark.parametrize(
    ("paragraph", "place", "date", "source"),
    [
        ("新华社杭州11月6日电（记者 张三 李四）记者从浙江省获悉，", "杭州", "2025-11-06", "新华社"),
        ("【ソウル共同】韓国南部の釜山市は12日、", "ソウル", None, "共同"),
        ("（中央社記者陳美玲高雄6日電）高雄市政府今天宣布", "高雄", "2025-11-06", "中央社"),
        ("（中央社台北6日綜合外電報導）美國總統今天表示", "台北", "2025-11-06", "中央社"),
        ("(서울=연합뉴스) 홍길동 기자 = 서울시는 5일", "서울", None, "연합뉴스"),
        ("الكويت - 6 - 11 (كونا) -- أعلنت وزارة", "الكويت", "2025-11-06", "كونا"),
        ("الدوحة في 3 نوفمبر /قنا/ أطلقت وزارة", "الدوحة", "2025-11-03", "قنا"),
        ("ПЕРМЬ, 5 ноября. /ТАСС/. Первые пункты сбора открылись", "ПЕРМЬ", "2025-11-05", "ТАСС"),
        ("رام الله 5-11-2025 وفا- افتتحت وزارة", "رام الله", "2025-11-05", "وفا"),
        ("دمشق-سانا أعلنت وزارة", "دمشق", None, "سانا"),
        ("دبي - العربية.نت", "دبي", None, "العربية.نت"),
        ("لندن: «الشرق الأوسط» قالت مصادر", "لندن", None, "الشرق الأوسط"),
        ("تهران- ایرنا- رئیس جمهور", "تهران", None, "ایرنا"),
        (
            "CIUDAD DE MÉXICO, 3 de noviembre (EFE).- El gobierno",
            "CIUDAD DE MÉXICO",
            "2025-11-03",
            "EFE",
        ),
        ("Warszawa, 3 listopada (PAP) - Rząd przyjął", "Warszawa", "2025-11-03", "PAP"),
        (
            "МОСКВА, 5 ноя — РИА Новости. Новый вокзал открылся",
            "МОСКВА",
            "2025-11-05",
            "РИА Новости",
        ),
        ("Москва. 5 ноября. INTERFAX.RU - Президент", "Москва", "2025-11-05", "INTERFAX.RU"),
        ("КИЇВ, 5 листопада. /Укрінформ/. Текст", "КИЇВ", "2025-11-05", "Укрінформ"),
        (
            "MADRID, 6 (EUROPA PRESS) - El Gobierno ha aprobado",
            "MADRID",
            "2025-11-06",
            "EUROPA PRESS",
        ),
        (
            "MADRID, 30 (EUROPA PRESS) - El Gobierno ha aprobado",
            "MADRID",
            "2025-10-30",
            "EUROPA PRESS",
        ),
        (
            "Bandipora (Jammu and Kashmir) [India], November 6 (ANI): Fresh snow cut off",
            "Bandipora (Jammu and Kashmir) [India]",
            "2025-11-06",
            "ANI",
        ),
    ],
)
def test_datelines_in_other_scripts(paragraph, place, date, source):
    found = match_dateline(paragraph, REF)
    assert found is not None
    assert (found.dateline.place, found.dateline.date, found.dateline.source) == (
        place,
        date,
        source,
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "杭州9月20日举办首届数字图书博览会，来自全国的出版机构参展。",
        "【速報】東海道新幹線は5日午後、運転を見合わせた。",
        "الكويت (تقرير خاص) -- افتتح معرض الكويت الدولي للكتاب أبوابه اليوم",
        "В Перми, 3 марта, подвели итоги зимнего фестиваля ледовых скульптур.",
        "TNN / Updated: Jan 22, 2026, 08:14 IST",
        "أعلنت قنا أن وزارة الصحة ستطلق حملة",
    ],
)
def test_no_dateline_in_look_alikes(paragraph):
    assert match_dateline(paragraph, REF) is None


def test_the_reporters_a_chinese_dateline_names_are_the_byline():
    found = match_dateline("新华社福州9月14日电（记者 林若曦、陈一鸣）记者获悉，", REF)
    assert found is not None and found.names == ("林若曦", "陈一鸣")
    assert found.rest.startswith("记者获悉")


def test_stamp_with_a_place():
    found = match_stamp_dateline("Jakarta ● Thu, January 15, 2026", REF)
    assert found is not None and (found.dateline.place, found.dateline.date) == (
        "Jakarta",
        "2026-01-15",
    )
    # an update's stamp names the page's place, no dateline (The Hindu's web pages)
    assert match_stamp_dateline("Updated - March 10, 2026 11:32 pm IST - CHENNAI", REF) is None
    assert match_stamp_dateline("Mar 12, 2024 - BUSINESS", REF) is None
    assert match_stamp_dateline("Mar 12, 2024 - Business", REF) is None


def test_explain_shows_the_evidence():
    score_why = explain_dateline("【ソウル共同】韓国南部の釜山市は12日、")
    assert score_why is not None and "dateline form of Japanese wires" in score_why[1][0]
    text = (
        "新华网\n首页 | 时政 | 国际 | 财经 | 科技\n\n浙江安吉：竹林碳汇交易助村民增收\n\n"
        "2025-11-06 18:32:15\n\n新华社杭州11月6日电（记者 沈嘉禾）记者从浙江省安吉县获悉。\n"
    )
    parsed = parse_wire_text(text, REF, explain=True)
    assert parsed.headline == "浙江安吉：竹林碳汇交易助村民增收"
    assert parsed.byline is not None and parsed.byline.names == ["沈嘉禾"]
    shown = explain(parsed.roles)
    assert "a whole-page paste" in shown and "dateline form of Chinese wires" in shown


def test_a_country_after_the_dash_is_no_agency():
    found = match_dateline("PARIS - France. The country's growers count the cost", REF)
    assert found is not None and found.dateline.source is None
    assert found.rest.startswith("France.")


def test_a_chinese_reporters_line_and_a_photo_credit():
    from archiver.extract.datelines_intl import reporters_line

    assert reporters_line("新华社记者 刘洋") == ("刘洋",)
    assert reporters_line("记者 张三、李四") == ("张三", "李四")
    assert reporters_line("新华社记者 刘洋 摄") == ()  # "摄": the photographer's credit
    assert reporters_line("记者从浙江省安吉县获悉，今年以来") == ()
