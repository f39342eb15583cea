"""Capture wrappers (text dumps, e-mail, print views): recognised on evidence, read past."""

from __future__ import annotations

from archiver.extract.captures import read_capture
from archiver.extract.wire_text import clean

DUMP = """   [1]The Valley Post
   [2]News [3]Sport [4]Opinion

Bridge repairs to close the river road for a month

   By [5]Ana Kowal

   The river road will close for a month from Monday, the county said.

References

   1. https://valley.example/
   2. https://valley.example/news/
   3. https://valley.example/sport/
   4. https://valley.example/opinion/
   5. https://valley.example/author/ana-kowal/
"""


def _read(text: str):
    return read_capture([clean(line) for line in text.split("\n")])


def test_a_dump_is_read_without_its_link_numbers_and_references():
    cap = _read(DUMP)
    assert cap.kind == "text dump (lynx/w3m)"
    assert cap.lines[5] == "By Ana Kowal"
    assert cap.wrapper[0] and cap.wrapper[1]  # the logo's link and the menu row
    assert not cap.wrapper[3] and not cap.wrapper[5] and not cap.wrapper[7]
    refs = DUMP.split("\n").index("References")
    assert all(cap.wrapper[i] for i in range(refs, len(cap.lines)) if cap.lines[i])


def test_link_numbers_without_a_references_list_are_read_when_they_count_up():
    # a dump whose References list was cut off: five link numbers counting up from [1]
    cap = _read(DUMP.split("References")[0])
    assert cap.kind == "text dump (lynx/w3m)"
    assert cap.lines[5] == "By Ana Kowal"
    # fewer marks than that are kept as printed: no wrapper is read from so little
    cap = _read("[1]The Valley Post\n\nBridge repairs to close the road\n\nBy [2]Ana Kowal\n")
    assert cap.kind is None
    assert cap.lines[4] == "By [2]Ana Kowal"


def test_a_references_list_of_citations_is_no_dump():
    cap = _read("Title\n\nIt was found [1].\n\nReferences\n\n1. Smith, J., Rivers, 2020.\n")
    assert cap.kind is None and cap.lines[2] == "It was found [1]."


def test_a_mail_header_needs_two_fields_alone_in_their_block():
    mail = "From: A <a@example.org>\nSubject: Rates rise\nDate: Mon, 3 Mar 2025\n\nRates rise\n"
    assert _read(mail).kind == "e-mail message"
    assert _read("Date: Mon, 3 Mar 2025\n\nRates rise\n").kind is None
    assert _read("From: A\nSubject: B\nand the text runs on\n").kind is None


def test_print_view_lines_need_their_shape():
    cite = "The Tasman Examiner (TAS : 1911 - 1980), Friday 8 August 1975, page 5\n\nHail\n"
    assert _read(cite).wrapper[0]
    assert _read("Banking Goes Online\n\nBy Jo Lin\n").kind is None
    assert _read("Harbour Online\nPrint this article\n\nFerry fares rise\n").wrapper[:2] == [
        True,
        True,
    ]


def test_adversarial_dump_lines_are_read_in_linear_time():
    # a menu-like line that fails at its very end: a backtracking pattern would never finish
    line = "[1]ab " * 20_000 + "["
    text = line + "\n\nReferences\n\n1. https://x.example/\n"
    cap = _read(text)
    assert cap.kind == "text dump (lynx/w3m)" and not cap.wrapper[0]


def test_a_dump_with_its_references_cut_off_is_known_by_link_numbers_counting_up():
    raw = [
        "   Tri-County Now",
        "   [1]News  [2]Weather  [3]Sports  [4]Traffic",
        "County opens cooling centers",
        "   By [5]Delia Okafor",
        "   MERCED, Calif. - The county opened four centers.",
        "   [6]Copyright 2024 Tri-County Media.",
    ]
    found = read_capture([clean(x) for x in raw])
    assert found.kind == "text dump (lynx/w3m)"
    assert found.wrapper[1]  # the menu of links
    assert found.lines[3] == "By Delia Okafor"


def test_footnote_marks_and_numbers_out_of_order_are_no_dump():
    # footnote marks follow a word; a few bracketed numbers out of order are citations
    notes = ["Rates rose.[1] Then fell.[2]", "[3]", "See [4] and [5] and [6]."]
    assert read_capture([clean(x) for x in notes]).kind is None
    shuffled = ["[4]Alpha [2]Beta [3]Gamma", "[1]Delta [5]Epsilon [6]Zeta"]
    assert read_capture([clean(x) for x in shuffled]).kind is None


def test_mail_headers_in_the_readers_language_are_a_message():
    cap = _read(
        "Von: Hafenblatt <m@hafenblatt.de>\nBetreff: Fähre fährt\nDatum: 14. März 2024\n\nIm Browser ansehen\nFähre fährt wieder\n"
    )
    assert cap.kind == "e-mail message"
    assert cap.wrapper[0] and cap.wrapper[1] and cap.wrapper[2] and cap.wrapper[4]
    assert not cap.wrapper[5]
    cap = _read("De: Le Port <l@port.fr>\nObjet: Les ferries\n\nLes ferries reprennent.\n")
    assert cap.kind == "e-mail message"
    # one labelled line is no header block
    assert _read("Datum: 14. März 2024\n\nFähren fahren wieder öfter\n").kind is None


def test_usenet_post_gives_its_subject_as_headline():
    from archiver.extract.captures import read_capture

    lines = [
        "From: desk@wire.example",
        "Newsgroups: clari.news.top",
        "Subject: Senate passes farm aid bill",
        "Date: 14 Oct 94 21:10:44 GMT",
        "Lines: 3",
        "",
        "WASHINGTON (AP) -- The Senate on Friday passed the bill.",
    ]
    found = read_capture(lines)
    assert found.kind == "Usenet post"
    assert found.headline == "Senate passes farm aid bill"
    mail = read_capture([lines[0], "To: reader@example.org", lines[2], lines[3], "", lines[6]])
    assert mail.kind == "e-mail message" and mail.headline is None  # the body's own headline


def test_newspaper_portals_are_recognised_on_their_citations():
    from repo_paths import FIXTURES

    kinds = {
        "trove-citation-with-commas-over-ocr.txt": "newspaper archive (Trove)",
        "papers-past-title-over-citation.txt": "newspaper archive (Papers Past)",
        "gale-mla-citation-quoted-title.txt": "newspaper archive (Gale citation)",
        "chronicling-america-front-page-citation.txt": "newspaper archive (Chronicling America)",
        "bna-metadata-row-over-ocr.txt": "newspaper archive (British Newspaper Archive)",
    }
    for name, kind in kinds.items():
        text = (FIXTURES / "articles" / name).read_text(encoding="utf-8")
        found = read_capture([clean(line) for line in text.split("\n")])
        assert found.kind == kind, name


def test_a_citation_alone_with_no_mark_of_its_portal_is_no_capture():
    # Papers Past's citation shape with neither the portal's link nor the title printed twice
    lines = [
        "Evening Post, Volume CIV, Issue 12, 14 July 1927, Page 9",
        "",
        "A note on the paper's history, as a reader's letter may print it.",
    ]
    assert read_capture(lines).kind is None


def test_a_crosshead_over_a_jump_line_is_the_portals_furniture():
    lines = [
        "HARBOUR BOARD ELECTION",
        "Timaru Herald, Volume LXXX, Issue 1204, 3 March 1905, Page 4",
        "",
        "HARBOUR BOARD ELECTION",
        "Nominations closed at noon yesterday, when three were announced.",
        "POLL ON THE 17TH",
        "Continued on Page 6, Column 2",
    ]
    found = read_capture(lines)
    assert found.wrapper[5] and found.wrapper[6]
    assert not found.wrapper[4]


def test_proquest_banner_result_count_and_lettered_page_are_the_archives():
    from repo_paths import FIXTURES

    text = FIXTURES / "articles" / "proquest-historical-banner-document-count-page-letter.txt"
    lines = [clean(line) for line in text.read_text(encoding="utf-8").split("\n")]
    found = read_capture(lines)
    assert found.kind == "newspaper archive (ProQuest Historical Newspapers)"
    assert found.headline == "Mill Workers Vote to Accept Shorter Week"
    for line in (
        "ProQuest Historical Newspapers: The Hartwell Gazette (1880-1999)",
        "Document 1 of 1",
        "pg. B12",
        "Full Text (402 words)",
    ):
        assert found.wrapper[lines.index(line)], line
    # near-miss: the byline between the title and the citation stays the story's
    assert not found.wrapper[lines.index("By HELEN R. CRANSTON")]


def test_an_agency_envelope_with_its_service_name_compact_stamp_or_caps_slug():
    from repo_paths import FIXTURES

    for name, envelope in (
        (
            "wire-service-name-and-compact-stamp-envelope.txt",
            ["KYODO-ENGLISH 20190318 0915", "Kyodo News Service", "==Kyodo"],
        ),
        (
            "wire-agency-name-stamp-and-caps-slug.txt",
            ["PAN AFRICAN NEWS AGENCY (PANA)", "4 March 2020 09:40", "PANA-ECO-KENYA-TEA"],
        ),
    ):
        text = (FIXTURES / "articles" / name).read_text(encoding="utf-8")
        lines = [clean(line) for line in text.split("\n")]
        found = read_capture(lines)
        assert found.kind == "news agency feed", name
        for line in envelope:
            assert found.wrapper[lines.index(line)], line
    # near-miss: a page's one date stamp and a hyphenated word in capitals are no envelope
    lines = [
        "COVID-19 LATEST",
        "03/06/2021 14:32",
        "",
        "Cases rose again in the city on Friday, officials said.",
    ]
    assert read_capture(lines).kind is None
    lines = [
        "Kyodo News Agency names new president",
        "",
        "The agency said on Monday that its board had chosen a new head.",
    ]
    assert read_capture(lines).kind is None


def _fixture_lines(name: str) -> list[str]:
    from repo_paths import FIXTURES

    text = (FIXTURES / "articles" / name).read_text(encoding="utf-8")
    return [clean(line) for line in text.split("\n")]


def test_a_mailers_lines_over_the_article_it_carries_are_its_own():
    # a send-to-a-friend service's note and link over its rule; the title under it stays
    lines = _fixture_lines("mail-send-to-friend-note-link-and-rule.txt")
    found = read_capture(lines)
    assert found.kind == "e-mail message"
    rule = lines.index("-" * 64)
    assert all(found.wrapper[k] for k in range(rule + 1) if lines[k])
    assert not found.wrapper[lines.index("Reservoir levels hit record low after dry winter")]
    # the rule under the story (over the copyright line) is not the mailer's: story stays
    assert not any(found.wrapper[k] for k in range(rule + 1, len(lines)) if lines[k])
    # a newsletter's masthead, tagline and greeting over its rule
    lines = _fixture_lines("mail-newsletter-masthead-greeting-over-rule.txt")
    found = read_capture(lines)
    assert found.wrapper[lines.index("Your daily guide to city hall and the harbour")]
    assert found.wrapper[
        lines.index("View in browser <https://mail.harbourledger.example/briefing-0909>")
    ]
    # with no rule, only the service's own line
    lines = _fixture_lines("mail-shared-article-note-no-rule.txt")
    found = read_capture(lines)
    assert found.wrapper[
        lines.index("Ruth Okello thought you'd like this article from globalmonitor.example.")
    ]
    assert not found.wrapper[lines.index("Kenya's tea growers turn to solar dryers")]


def test_an_article_forwarded_with_quote_marks_is_read_without_them():
    lines = _fixture_lines("mail-original-message-quoted-article.txt")
    found = read_capture(lines)
    assert found.kind == "e-mail message"
    assert found.wrapper[lines.index("-----Original Message-----")]
    assert found.wrapper[lines.index("see the bit about the bus lanes. G.")]
    assert "Depot Closure Plan Goes to Public Hearing" in found.lines
    # near-miss: a reply quoting two lines under the writer's own text is not a quoted article
    lines = _fixture_lines("mail-reply-with-few-quoted-lines-not-an-article.txt")
    found = read_capture(lines)
    assert "> can you send me the timetable story?" in found.lines
    assert not found.wrapper[
        lines.index("Ferry timetable changes from Monday as harbour works begin")
    ]


def test_a_forwarders_note_over_the_original_message_mark_is_his():
    lines = _fixture_lines("mail-forwarder-note-over-original-message-mark.txt")
    found = read_capture(lines)
    assert found.wrapper[lines.index("-----Original Message-----")]
    assert found.wrapper[
        lines.index("Worth a read before Thursday's meeting, the council vote is on the agenda.")
    ]
    assert not found.wrapper[lines.index("Council backs sale of riverside allotments for housing")]


def test_a_crawlers_or_savers_header_over_the_text_is_its_wrapper():
    lines = _fixture_lines("wet-conversion-record-copied-out.txt")
    found = read_capture(lines)
    assert found.kind == "WARC record's text" and found.hidden
    assert all(found.wrapper[k] for k in range(9))
    assert not found.wrapper[lines.index("Region/Environment")]
    lines = _fixture_lines("saved-page-url-and-saved-header-over-text.txt")
    found = read_capture(lines)
    assert found.kind == "saved page's header" and found.wrapper[0] and found.wrapper[1]
    # near-misses: one labelled line, or labels with no address, are the story's own
    assert read_capture(["URL: https://example.org/a", "", "Text of the story."]).kind is None
    assert read_capture(["Saved: 3 May", "Captured: the town", "", "Text."]).kind is None


def test_a_reply_quoting_an_article_reads_the_quote_as_the_article():
    lines = _fixture_lines("reply-quoting-forwarded-article.txt")
    found = read_capture(lines)
    assert found.kind == "quoted message"
    assert found.wrapper[lines.index("Good morning all,")]
    assert found.wrapper[lines.index("Dana")]
    at = next(i for i, line in enumerate(lines) if line.startswith("> County to close"))
    assert found.lines[at] == "County to close two rural clinics as it shifts to mobile care"
    assert not found.wrapper[at]


def test_a_reply_with_a_short_quote_or_no_attribution_is_no_quoted_message():
    short = ["Thanks, will do.", "", "On Mon, May 4, 2020 at 9:00 AM Al Roe <a@b.org> wrote:"]
    short += ["> can you send the story?", "> thanks"]
    assert read_capture(short).kind is None
    # quoted lines with no attribution line over them: a text that quotes, not a reply
    quoted = ["Readers wrote in:", ""] + [f"> letter line {n}" for n in range(8)]
    assert read_capture(quoted).kind != "quoted message"


def test_a_bracketed_credit_under_a_caption_in_a_dump_is_no_image_marker():
    lines = _fixture_lines("lynx-bracketed-credit-under-caption.txt")
    found = read_capture(lines)
    assert found.kind == "text dump (lynx/w3m)"
    assert not found.wrapper[lines.index("[Mamun Hossain/AFP]")]
    # near-misses: an image's alt text alone, and one that names no credit under a line
    assert found.wrapper[lines.index("[Site Logo]")]
    dump = [
        "[1]Home",
        "A caption of the photo here",
        "[Graduate students at work]",
        "",
        "References",
    ]
    dump += ["", "1. https://example.org/"]
    assert read_capture(dump).wrapper[2]


def test_mojibake_runs_are_put_back_and_real_accents_kept():
    from archiver.extract.wire_text import repair_mojibake

    assert repair_mojibake("LONDON, Tuesday (A.A.P.).â€” The") == (
        "LONDON, Tuesday (A.A.P.).— The",
        1,
    )
    assert repair_mojibake("The Record Â· Sun, Apr 13, 2003 Â· Page 18")[1] == 2
    assert repair_mojibake("CafÃ© in SÃ£o Paulo") == ("Café in São Paulo", 2)
    # text that is already right: accents, dashes, guillemets, a capital Â of a name
    for text in ("São Paulo — Zürich «x»", "naïve Ãngel", "ÂBC", "Ärger über Öl"):
        assert repair_mojibake(text) == (text, 0)
    # an em dash whose last byte a tool turned into a plain quote is no UTF-8: left as it is
    assert repair_mojibake('SAIGON (UPI) â€" U.S.')[1] == 0


def test_archive_stray_marks_and_weather_box_are_page_furniture():
    text = "\n".join(
        [
            "Evening star. [volume] (Washington, D.C.) 1854-1972, May 2, 1940, Page A-3, Image 3",
            "About this Page  |  Text  |  PDF  |  JP2",
            "",
            "Weather Forecast",
            "Showers tonight; cooler",
            "tomorrow.",
            "",
            "BRIDGE OPENS",
            "",
            "The new bridge opened to",
            "traffic this morning after two",
            "years of work.",
            "' . , ,",
            "Mayor Jones cut the ribbon.",
        ]
    )
    cap = _read(text)
    assert cap.kind == "newspaper archive (Chronicling America)"
    assert cap.headline == "BRIDGE OPENS"
    flagged = [line for line, w in zip(text.split("\n"), cap.wrapper, strict=True) if w]
    assert "Weather Forecast" in flagged and "tomorrow." in flagged and "' . , ," in flagged
    assert "Mayor Jones cut the ribbon." not in flagged


def test_transmission_header_lines_as_their_specifications_define_them():
    from archiver.extract.captures import _agency_service, _feed_mark

    # ANPA 1312 selector with the story's version between keyword and date; IPTC 7901's
    # header under ZCZC (source, number, priority, category, word count, keyword)
    for line, kind in (
        ("t a BC-Flood-Manitoba 3rdLd-Writethru 04-22 0611", "selector line"),
        ("r a PM-Budget Adv12 1st Add 04-21 0120", "selector line"),
        ("RPT TASS 0148 2 POL 0311 ITAR-TASS /ITAR-TASS-ENG/", "message header"),
        ("AFP0148 4 POL 0311 AFP /AFP-LY14/", "message header"),
        ("ANS0127 3 EST 0 RSX / ENG", "message header"),  # ANSA: the count left unset, 0
        ("04221412 CDT apr 97", "transmission stamp"),
    ):
        assert _feed_mark(line) == kind, line
    # near-misses: words after a keyword with no date or count; a headline in capitals with
    # figures; a stamp-like count in a sentence
    for line in (
        "r a BC-Grain moves on",
        "OPEC 2025 OUTPUT TARGET KEPT AT 40 MLN BPD",
        "TASS 0148 said the talks would go on",
        "SURVEY 2025 1 IN 5 FIRMS TO CUT JOBS",  # a figure of one where the count stands
    ):
        assert _feed_mark(line) is None, line
    assert _agency_service("dpa international service in English")
    assert _agency_service("AFP World Service")
    # a service's name with no known wire first, and a headline about a service
    assert not _agency_service("Acme World Service")
    assert not _agency_service("BBC World Service cuts jobs")


def test_an_agencys_desk_codes_close_the_feed_but_a_sentences_last_words_do_not():
    feed = [
        "dpa international service in English",
        "",
        "Port handles record volume",
        "",
        "Hamburg (dpa) - The port handled a record number of containers last year, its",
        "marketing company said on Sunday.",
        "",
        "{last}",
        "031145 Mar 19",
    ]
    lines = [clean(line) for line in "\n".join(feed).replace("{last}", "dpa ch kb").split("\n")]
    found = read_capture(lines)
    assert found.kind == "news agency feed"
    assert found.wrapper[lines.index("dpa ch kb")]
    # the wrapped sentence's last words, the agency's name first: "... its chief told" / "dpa
    # was told"
    near = "\n".join(feed).replace("{last}", "dpa was told")
    lines = [clean(line) for line in near.split("\n")]
    found = read_capture(lines)
    assert not found.wrapper[lines.index("dpa was told")]


def test_a_newsletter_without_its_header_is_known_by_its_view_in_browser_link():
    found = _read(
        "Morning Brief\nThe Ledger's daily newsletter\nSubscribe | View in browser\n\n"
        "Council approves the new transit plan\n\nBy Ana Kowal\n\n"
        "The council approved the plan on Monday after a long debate over fares."
    )
    assert found.kind == "newsletter"
    # the masthead, the tagline and the mailer's links are the wrapper's; the title is not
    assert found.wrapper[:5] == [True, True, True, False, False]
    # a headline that only opens with the words is no mailer's link, nor one further down
    for text in (
        "Subscribe to savings: credit unions lure members\n\nBy Ana Kowal\n\nText here.",
        "Museum opens\n\nBy Ana Kowal\n\nThe museum opened.\n\nMore\n\nView in browser",
    ):
        assert _read(text).kind is None


PRINTED_TWO_SHEETS = """2/14/26, 9:31 AM
Ferry rethink leaves island towns waiting - Harbour Ledger

Ferry rethink leaves island towns waiting

By Ana Kowal

The ferry service will be reviewed again, the council said on Tuesday.

https://ledger.example/news/ferry-rethink 1/2
2/14/26, 9:31 AM
Ferry rethink leaves island towns waiting - Harbour Ledger

The council said the review would report in June.

https://ledger.example/news/ferry-rethink 2/2
"""


def test_each_printed_sheets_title_line_under_its_stamp_is_the_browsers_header():
    # a browser prints its header on every sheet: the title line under the second sheet's
    # date and time is the header's as much as the first sheet's, no line of the story
    capture = _read(PRINTED_TWO_SHEETS)
    assert capture.kind == "page printed from a browser"
    titles = [k for k, line in enumerate(capture.lines) if line.endswith("- Harbour Ledger")]
    assert len(titles) == 2
    assert all(capture.wrapper[k] for k in titles)
    assert not capture.wrapper[capture.lines.index("Ferry rethink leaves island towns waiting")]


def test_a_byline_with_its_title_under_a_print_stamp_is_no_page_title():
    from archiver.extract.captures import print_title

    lines = ["2/14/26, 9:31 AM", "By Jane Roe - Staff Writer", "", "The ferry will run."]
    assert print_title(lines) is None
    assert print_title(["2/14/26, 9:31 AM", "By Ana de la Cruz | Reuters", ""]) is None
    # a title that opens with "By" and closes with the site's name is still the title
    title = "By the numbers: what the ferry costs - Harbour Ledger"
    assert print_title(["2/14/26, 9:31 AM", title, ""]) == title


def test_a_newsletters_item_number_stays_a_names_ordinal():
    # "1. FC Köln ..." over "2. Bundesliga: ..." (a sentence): the club's ordinal, no item's
    # number; "1. Harbour dredging ..." over "2. Ferry fares to rise in June" loses it
    from archiver.extract.captures import _numbered_item_title

    out = [
        "1. FC Köln steigt zum siebten Mal ab",
        "Der 1. FC Köln muss zum siebten Mal in die Zweite Liga.",
        "2. Bundesliga: Der HSV verpasst erneut den Aufstieg und muss in die Relegation.",
    ]
    _numbered_item_title(out, [False] * len(out))
    assert out[0] == "1. FC Köln steigt zum siebten Mal ab"
    out = [
        "1. Harbour dredging contract goes to Dutch firm",
        "The province on Monday awarded a contract to dredge the inner harbour.",
        "2. Ferry fares to rise in June",
    ]
    _numbered_item_title(out, [False] * len(out))
    assert out[0] == "Harbour dredging contract goes to Dutch firm"


def test_happy_weekday_is_a_greeting() -> None:
    from archiver.extract.captures import greeting_line, greeting_paragraph

    # Axios's letters open on the day's greeting, its mark right after the day
    assert greeting_line("Happy Wednesday! Sunny with a high of 71.")
    assert greeting_paragraph("Happy Friday! Rain clears out by noon, high of 64.")
    # a headline naming the day says more before its mark
    assert not greeting_paragraph("Happy Friday the 13th, say shop owners betting on luck.")
    assert not greeting_line("Happy birthday, Mr. Mayor.")


def test_greeting_run_on_reads_the_wrapped_salutation() -> None:
    from archiver.extract.captures import greeting_run_on

    lines = [
        "Happy Wednesday! Smart Brevity count: 1,204 words ... 4½ mins. Edited",
        "by Lena Ortiz-Hamm.",
        "",
        "1 big thing: The great office-lease cliff",
    ]
    assert greeting_run_on(lines, 0)
    # a headline over a byline in capitals opens no greeting
    assert not greeting_run_on(["Hotel strike ends after 40 days", "by Jane Roe"], 0)
