"""Photo credits: the credit grammar on real-world shapes, and the credit lines the record
keeps (`photo_credits`)."""

from __future__ import annotations

import datetime
import json

import pytest

from archiver.extract import extract_bytes
from archiver.extract.credits import (
    booking_office_under_name,
    caps_person_outlet,
    clip_title_over_credit,
    credit_over_caption,
    credit_under_caption,
    credit_wrapped_over,
    export_caption_pictures,
    find_credit,
    joined_credits,
    labelled_picture_source,
    letters_page,
    printed_credit,
    rights_holder,
    sender_signoff,
    several_sentences,
    source_over_caption,
    story_caption_credit,
)


@pytest.mark.parametrize(
    "credit, caption, printed",
    [
        # the credit line as printed, whatever its order or the agency's place in it: the
        # photographer and agency are the photo's own fields, the record keeps the line whole
        ("EFE/Rosa Villa", "", "EFE/Rosa Villa"),
        ("THE CANADIAN PRESS/Tom Reed", "", "THE CANADIAN PRESS/Tom Reed"),
        ("Reuters", "", "Reuters"),
        ("AFP/Getty Images", "", "AFP/Getty Images"),
        ("PRNewsfoto/Acme Robotics", "", "PRNewsfoto/Acme Robotics"),
        ("NASA/JPL-Caltech", "", "NASA/JPL-Caltech"),
        # the lender keeps its "Courtesy of" as printed; after a picture's word ("Photo
        # courtesy of", "Photo provided by") the whole phrase is a label, as "Photo:" is, and
        # the lender alone is the credit (the fragment "courtesy of X" is no credit as printed)
        ("Harbor Museum", "A ship. Photo courtesy of Harbor Museum", "Harbor Museum"),
        ("Lund family", "A house.\nCourtesy of the Lund family", "Courtesy of the Lund family"),
        ("Lund family", "A house. (Courtesy of the Lund family)", "Courtesy of the Lund family"),
        (
            "Lakeview Zoo",
            "Cubs born in June. Photo provided by Lakeview Zoo",
            "Lakeview Zoo",
        ),
        ("Lakeview Zoo", "Cubs born in June. Provided by Lakeview Zoo", "Provided by Lakeview Zoo"),
        # "© 2025 Jane Roe" closing a caption: the notice's year is printed with the credit
        ("Jane Roe", "A court in Bishkek on February 20, 2025. © 2025 Jane Roe", "© 2025 Jane Roe"),
        ("Jane Roe", "A court in Bishkek. © Jane Roe", "Jane Roe"),
        (
            "Lismore City Council",
            "Flooding in north Lismore. (Supplied: Lismore City Council)",
            "Supplied: Lismore City Council",
        ),
        # "Permission granted by X": the trade press's lender's line, kept whole as "Courtesy
        # of X" is
        (
            "Prairie Plains Electric",
            "Battery enclosures near Salina. Permission granted by Prairie Plains Electric",
            "Permission granted by Prairie Plains Electric",
        ),
        # "courtesy" earlier in the caption, not leading into the credit: the credit alone
        ("Jane Roe/AP", "A courtesy call at the palace. Jane Roe/AP", "Jane Roe/AP"),
        (None, "A caption with no credit.", None),
    ],
)
def test_printed_credit(credit, caption, printed):
    assert printed_credit(credit, caption) == printed


def test_the_record_lists_each_credit_line_once():
    text = (
        "Harbor reopens after storm\n\n"
        "By Jane Roe\n\n"
        "Boats return to the harbor on Monday. EFE/Rosa Villa\n\n"
        "LISBON, March 3 (EFE) - The harbor reopened on Monday after a week of storms.\n\n"
        "The port authority said all berths were open again.\n\n"
        "A crane lifts a container at the port. EFE/Rosa Villa\n"
    )
    article = extract_bytes(text.encode(), path="harbor.txt")
    assert [p.photographer for p in article.photos] == ["Rosa Villa", "Rosa Villa"]
    assert [p.agency for p in article.photos] == ["EFE", "EFE"]
    assert article.photo_credits == ["EFE/Rosa Villa"]
    record = article.to_dict()
    assert record["photo_credits"] == ["EFE/Rosa Villa"]


def test_no_photo_no_photo_credits_key():
    text = "Harbor reopens\n\nLISBON, March 3 (EFE) - The harbor reopened on Monday.\n"
    record = extract_bytes(text.encode(), path="harbor.txt").to_dict()
    assert "photo_credits" not in record
    assert json.dumps(record)  # serialisable as ever


def test_find_credit_still_reads_the_caption():
    c = find_credit("Boats return to the harbor on Monday. EFE/Rosa Villa")
    assert c is not None and (c.photographer, c.agency) == ("Rosa Villa", "EFE")


@pytest.mark.parametrize(
    "line, credit, photographer, agency",
    [
        # a dash or "File |" between the caption and its credit
        ("A rider fuels up in Lahore. — Valley Star/File", "Valley Star", "Valley Star", None),
        ("Boats in the harbour. File | Photo Credit: K. RAMESH", "K. RAMESH", "K. RAMESH", None),
        # New Zealand's "Photo / X", NYT's glued "Credit...X"
        ("The council meets next week. Photo / Mere Tane", "Mere Tane", "Mere Tane", None),
        ("A slip on the hill road. Photo / Supplied", "Supplied", None, None),
        (
            "Crowds at the fair. Credit...Ana Ruiz for The New York Times",
            "Ana Ruiz for The New York Times",
            "Ana Ruiz",
            "The New York Times",
        ),
        # labelled and desk credits in brackets, with or without the caption's full stop
        ("The ferry at the quay (Image: Ross Dunn)", "Ross Dunn", "Ross Dunn", None),
        ("The remains were returned. (Supplied)", "Supplied", None, None),
        (
            "Pupils at a test centre. (Ravi Shetty/HT Photo)",
            "Ravi Shetty/HT Photo",
            "Ravi Shetty",
            "HT Photo",
        ),
        ("Smoke over the town seen from a camp [Al Jazeera]", "Al Jazeera", None, "Al Jazeera"),
        # the outlet's photo desk, then the person, no brackets
        (
            "Cars queue on the avenue. HERALD PHOTO / ANA M. CRUZ",
            "HERALD PHOTO / ANA M. CRUZ",
            "ANA M. CRUZ",
            "HERALD",
        ),
        (
            "Candles at the grave. The STAR/Lito Reyes",
            "The STAR/Lito Reyes",
            "Lito Reyes",
            "The STAR",
        ),
        (
            "The skyline at dusk. Omar Haddad / The National",
            "Omar Haddad / The National",
            "Omar Haddad",
            "The National",
        ),
        # what pages print after the credit
        (
            "A man at the rally. (Photo: Jo Lee | The Tennessean) Buy Photo",
            "Jo Lee | The Tennessean",
            "Jo Lee",
            "The Tennessean",
        ),
        (
            "The library branch. Image: Jan Nowak via Flickr (CC BY-SA 2.0)",
            "Jan Nowak via Flickr",
            "Jan Nowak",
            "Flickr",
        ),
        ("The training area, seen on Friday. (Kyodo) ==Kyodo", "Kyodo", None, "Kyodo"),
        (
            "City hall on Tuesday. Sam Reed sreed@example-statesman.com",
            "Sam Reed",
            "Sam Reed",
            None,
        ),
        (
            "Officers on patrol. Picture: Lindiwe Zulu/African News Agency (ANA)",
            "Lindiwe Zulu/African News Agency",
            "Lindiwe Zulu",
            "African News Agency",
        ),
        ("-- fotoBERNAMA (2024) HAK CIPTA TERPELIHARA", "fotoBERNAMA", None, "BERNAMA"),
        # a caption printed without its full stop: a known agency beside a name, or a label
        ("Bins on the street in Leith (Jo Reid-Hay/PA)", "Jo Reid-Hay/PA", "Jo Reid-Hay", "PA"),
        (
            "A nurse at the clinic (Getty Images/iStock)",
            "Getty Images/iStock",
            None,
            "Getty Images/iStock",
        ),
        ("The ringers at practice Credit: Ada Lowe-Hart", "Ada Lowe-Hart", "Ada Lowe-Hart", None),
        (
            "Lorries queue. ( Ali Kaya - Anadolu Ajansı )",
            "Ali Kaya - Anadolu Ajansı",
            "Ali Kaya",
            "Anadolu Ajansı",
        ),
        (
            "Cars stranded in Campinas - Rui Dias/Folhapress",
            "Rui Dias/Folhapress",
            "Rui Dias",
            "Folhapress",
        ),
        (
            "A farmer near Forbes. Picture by Kim Lo-Shaw, AAP",
            "Kim Lo-Shaw, AAP",
            "Kim Lo-Shaw",
            "AAP",
        ),
        ("Snow on the pass on Sunday. (Photo/ANI)", "Photo/ANI", None, "ANI"),
        ("The bridge was built in 1938. (NYSDOT photo)", "NYSDOT photo", None, "NYSDOT"),
        ("Rocks on the road, Dec. 3 (Courtesy: ODOT)", "ODOT", None, None),
        (
            "A bear in town. (Photo courtesy of Ono city office)(Kyodo)",
            "Ono city office",
            None,
            None,
        ),
        # Chinese, Japanese and Korean captions' own forms
        ("游客在景区参观。新华社记者 李文 摄", "李文", "李文", None),
        ("夜間市場の様子＝5月（共同）", "共同", None, "共同"),
        ("市場の様子（撮影・山田太郎）", "山田太郎", "山田太郎", None),
        ("부산 야시장 모습. 사진=연합뉴스", "연합뉴스", None, "연합뉴스"),
        # right after the caption's sentence, no label
        ("A bus at the terminal in the ward. | Mia Okafor", "Mia Okafor", "Mia Okafor", None),
        ("A fragment of the old fare box in June.Harbour Museum", "Harbour Museum", None, None),
        (
            "People protest in Lugo in April 2025. Ana Ortiz-Crespo (EFE)",
            "Ana Ortiz-Crespo (EFE)",
            "Ana Ortiz-Crespo",
            "EFE",
        ),
        # Canada Newswire's credit for a client's own photo, in English and French
        (
            "The plant in Laval. (CNW Group/Maison Ardoise Inc.)",
            "CNW Group/Maison Ardoise Inc",
            None,
            "CNW Group",
        ),
        ("L'usine à Laval. (Groupe CNW/Acme inc.)", "Groupe CNW/Acme inc", None, "Groupe CNW"),
        (
            "Workers at the mine, May 12. REUTERS/Jo Prat Purchase Licensing Rights, opens new tab",
            "REUTERS/Jo Prat",
            "Jo Prat",
            "REUTERS",
        ),
        # a caption, a spaced slash, then the photographer and a Baltic agency
        (
            "Night bus at Viru Keskus, Tallinn / M. Kask/LETA",
            "M. Kask/LETA",
            "M. Kask",
            "LETA",
        ),
    ],
)
def test_web_credit_shapes_in_the_story(line, credit, photographer, agency):
    found = find_credit(line)
    assert found is not None
    assert (found.credit, found.photographer, found.agency) == (credit, photographer, agency)


@pytest.mark.parametrize(
    "line",
    [
        "ALL RIGHTS RESERVED © Copyright ANSA",  # the page's rights notice, no photo's
        "The minister also said more tests would be offered at the clinics. (ANI)",  # sign-off
        "The price of copper rose. METALS/COPPER",
        "Fans travelled from Dallas/Fort Worth to watch the game.",
        "He said the photo was taken via a drone over the lake.",
        "She posted the photo on Monday, and it spread quickly.",
        "Skyway at dusk. Paul Reardon/Buffalo News",  # an outlet credit needs the header
        "The company plans to expand",
        "They met at the Ohio State/Michigan game on Saturday.",
        "[Editor: Li Wen]",  # the story's editor, not a photo's credit
        "© Copyright 2026 Harbour Media Publishing Limited",  # the page's footer
        "© EDICIONES EJEMPLO S.L.",
        "Share/Save",  # buttons
        "新华社北京11月6日电（记者 沈嘉禾、周明远）",  # the dateline's reporters, no photo
        "Updated on: March 3, 2026 / 9:12 AM EST / Harbour News",  # the page's stamp
        "She said the talks were over.The minister left.",  # glued, but a sentence
        "The bill was introduced by two senators. (John Smith)",  # a name in brackets, in the story
        "Left: FILE PHOTO: The court building is seen in Washington.",  # a caption, no credit
        "Traffic was sent along the mill road towards the link (Leeds/Bradford)",
        "The closure came courtesy of a week of heavy rain.",
        # writers before a spaced slash, not a caption; the Baltic agencies' letters alone at
        # a line's end stand for other things
        "Jonas Petraitis / Rūta Jankūnienė/BNS",
        "Translated by Ieva Ozola / Jānis Bērziņš/LETA",
        "Charges: Sections 318(4) and 61(2) of the Bharatiya Nyaya Sanhita (BNS)",
        "The radars will be built by its subsidiary Elta Systems in Ashdod (ELTA)",
    ],
)
def test_not_credits_in_the_story(line):
    assert find_credit(line) is None


@pytest.mark.parametrize(
    "caption, line, expected",
    [
        (
            "The route would use existing tracks north of the city.",
            "DANA ROE, Star Tribune",
            ("DANA ROE", "Star Tribune"),
        ),
        (
            "Volunteers sort food at the pantry on Friday.",
            "Jane Roe | The Daily Sentinel",
            ("Jane Roe", "The Daily Sentinel"),
        ),
        # no caption's sentence above: a headline, then the byline's shape
        ("Rail line wins federal grant", "DANA ROE, Star Tribune", None),
        # no outlet: a name and a place
        ("The route would use existing tracks north of the city.", "Jane Roe, Duluth", None),
        # an institution in capitals; a heading in capitals is none
        (
            "One of the planned patrol ships as shown in a drawing.",
            "DEPARTMENT OF NATIONAL DEFENCE",
            (None, "DEPARTMENT OF NATIONAL DEFENCE"),
        ),
        ("The council will vote on the plan next month.", "ABOUT THE AUTHOR", None),
        # a paper's initials after a bar; a title's initials are none
        ("Buses line up outside the school in May.", "Dana Roe | PD", ("Dana Roe", "PD")),
        ("The company opened its new plant in May.", "Dana Roe | CEO", None),
        # a desk word alone under a caption's sentence; under a headline it is none
        ("An artist's impression of the main stand.", "SUPPLIED", (None, None)),
        ("Stadium cost rises again", "SUPPLIED", None),
        # where the page got the picture, "Via" and its source; a meeting's medium, or "via"
        # and prose, is the story's
        ("A demonstrator holds a sign outside City Hall.", "Via Facebook", (None, None)),
        ("A demonstrator holds a sign outside City Hall.", "via @seattlemarches", (None, None)),
        ("Residents can join the hearing online, the council said.", "Via Zoom", None),
        ("The ferry leaves every hour in summer.", "Via the north pier", None),
        # a photographer's name in capitals; a column's heading with a possessive is none
        (
            "A turboprop taxis at the airport in May. It flies daily.",
            "JONAS PELL",
            ("JONAS PELL", None),
        ),
        ("The airline expects more passengers. That is a record.", "TOMAS'S VIEW", None),
        ("The airline expects more passengers. That is a record.", "EDITOR’S NOTE", None),
        # McClatchy's credit: the photographer and the paper with no mark between them
        (
            "The police headquarters on Metcalf Avenue.",
            "Tammy Roe  The Kansas City Star",
            ("Tammy Roe", "The Kansas City Star"),
        ),
        (
            "Board members listen during a meeting.",
            "Ann Poe Special to the Star-Telegram",
            ("Ann Poe", None),
        ),
        ("Board members listen during a meeting.", "Ann Poe The Quiet Harbor", None),
    ],
)
def test_credit_under_caption(caption, line, expected):
    found = credit_under_caption(caption, line)
    assert (None if found is None else (found.photographer, found.agency)) == expected


def test_for_names_the_one_who_made_the_picture_first():
    # a studio's one-word name before "for": never the outlet taken for the photographer
    found = find_credit(
        "Cells at work in the lining. Pixelworks for The Daily Sentinel", in_header=True
    )
    assert found is not None and (found.photographer, found.agency) == (None, "The Daily Sentinel")


@pytest.mark.parametrize(
    "line, photographer, agency",
    [
        ("(Top photo: Kendall Avery / Getty Images)", "Kendall Avery", "Getty Images"),
        ("Photo: Illustrative, Ukrinform/Dmytro Lesko", "Dmytro Lesko", "Ukrinform"),
        ("Map of the closure. Graphic / NZME", None, "NZME"),
    ],
)
def test_labels_inside_a_credit_are_dropped(line, photographer, agency):
    c = find_credit(line, in_header=True)
    assert c is not None and (c.photographer, c.agency) == (photographer, agency)


@pytest.mark.parametrize(
    "line",
    [
        "Red/Vel",  # a desk's and an editor's initials signing off
        "SZ/aber",
        "MTL/AMM",
        "Credit: Harbour Gazette Staff Writers",  # a database export's writers' credit
        "RIPRODUZIONE RISERVATA © Copyright ANSA",  # the rights notice, in Italian
        "© Todos los derechos reservados Agencia EFE",
    ],
)
def test_signoffs_and_titles_are_not_photo_credits(line):
    assert find_credit(line, in_header=True) is None


@pytest.mark.parametrize(
    "line, photographer, agency",
    [
        ("The lake seen from the shore at Marta (foto Ansa)", None, "Ansa"),
        (
            "A farmer inspects a dry ditch near the lake. Beeld Maarten Verhoef",
            "Maarten Verhoef",
            None,
        ),
        (
            "(Caitlin Moreno-Burns | The Washington Post) A fisherman pulls his boat across mud.",
            "Caitlin Moreno-Burns",
            "The Washington Post",
        ),
        (
            "Volunteers carry water. Credit Mauricio Lima Ortega para The New York Times",
            "Mauricio Lima Ortega",
            "The New York Times",
        ),
        (
            "Boats lie stranded on Monday. MIKKEL SORVIK, TIMES COLONIST",
            "MIKKEL SORVIK",
            "TIMES COLONIST",
        ),
        ("Smoke from a grass fire near the lake(Image: Jane Roe)", "Jane Roe", None),
    ],
)
def test_regional_caption_credits(line, photographer, agency):
    c = find_credit(line)
    assert c is not None and (c.photographer, c.agency) == (photographer, agency)


def test_credit_over_and_name_under_caption():
    from archiver.extract.credits import credit_over_caption, name_under_caption

    over = credit_over_caption("Wang Rongjie / SHINE", "Workers inspect the panels on Monday.")
    assert over is not None and over.photographer == "Wang Rongjie"
    # a desk word over a full sentence only above the story
    assert credit_over_caption("Supplied", "The council said it would pay for the repairs.") is None
    assert credit_over_caption("Ti Gong", "Panels on a fish pond in Jinze.", in_header=True)
    named = name_under_caption("A pond keeper checks the water level", "Chen Weiming")
    assert named is not None and named.photographer == "Chen Weiming"
    assert name_under_caption("Before it's here, it's on the Terminal", "LEARN MORE") is None
    assert name_under_caption("Terms and Privacy Policy here", "Privacy Dashboard") is None
    assert find_credit("Your California Privacy Rights/Privacy Policy", in_header=True) is None


@pytest.mark.parametrize(
    "line, photographer",
    [
        ("[IMG: Water covers the road on Sunday. Photo: Carla Benning/Reuters]", "Carla Benning"),
        ("[Sandbags line the door of a shop on Saturday. (Joe Ferris/AP)]", "Joe Ferris"),
    ],
)
def test_text_browser_alt_text(line, photographer):
    c = find_credit(line)
    assert c is not None and c.photographer == photographer and "]" not in c.credit


@pytest.mark.parametrize(
    "line, in_header, photographer, agency",
    [
        # names in Cyrillic and Greek are names: "Name/Agency", "Label: Name, Outlet"
        ("© Анна Белова/ТАСС", False, "Анна Белова", "ТАСС"),
        ("Фото: Марія Коваленко, Укрінформ", False, "Марія Коваленко", "Укрінформ"),
        ("Φωτογραφία: Νίκος Παππάς/ΑΠΕ", False, "Νίκος Παππάς", "ΑΠΕ"),
        # the label in Spanish, a photo illustration's label, a handle in square brackets
        ("Una planta en las afueras. Imagen: Andina", False, None, None),
        ("Members at plenary [PHOTO CREDIT: @OgunAssembly]", False, None, None),
        # Korean: who holds the file photo or lent the picture, in brackets
        ("부산 지하철 2호선 열차 [부산교통공사 제공]", False, None, "부산교통공사"),
        ("출근길 승강장 [연합뉴스 자료사진]", False, None, "연합뉴스"),
        # a person and an outlet after the caption's sentence
        (
            "Crews restore lines in Ann Arbor. Ellen Park, DETROIT FREE PRESS",
            False,
            "Ellen Park",
            "DETROIT FREE PRESS",
        ),
        # above the story only: a wire after a dash, a name alone in capitals
        ("The port's new wharf under construction near Kuantan. — Bernama", True, None, "Bernama"),
        (
            "Vecinos cruzando el puente romano sobre el río. MIGUEL VILLAR",
            True,
            "MIGUEL VILLAR",
            None,
        ),
    ],
)
def test_credits_in_other_scripts_labels_and_tails(line, in_header, photographer, agency):
    c = find_credit(line, in_header=in_header)
    assert c is not None and (c.photographer, c.agency) == (photographer, agency)


def test_the_credited_name_of_labels_and_handles():
    for line, name in [
        ("Una planta en las afueras. Imagen: Andina", "Andina"),
        ("Members at plenary [PHOTO CREDIT: @OgunAssembly]", "@OgunAssembly"),
        # two parties after a semicolon: neither is one person, the credit stays whole
        ("Photo-Illustration: Jane Roe; Getty Images", "Jane Roe; Getty Images"),
    ]:
        c = find_credit(line)
        assert c is not None and printed_credit(c.credit, line) == name


@pytest.mark.parametrize(
    "line, in_header",
    [
        # a label that opens a caption's phrase, not a credit
        ("File photo: Traffic on the ring road during the morning rush hour", True),
        ("Photo: courtesy of the family", True),
        # in the story, a wire after a dash signs the story off
        ("The state said the port would attract more shipping lines. — Bernama", False),
        # a name alone in capitals: not a button, a place, or a line all in capitals
        ("Traders said prices would rise again next week. READ MORE", True),
        ("The minister spoke to reporters on Monday. NEW YORK", True),
        ("VOTERS GO TO THE POLLS IN THREE STATES. JANE ROE", True),
        # a person and a title or one word in capitals after a comma: no outlet
        ("Officials met the board on Tuesday. John Smith, CEO", False),
        ("Officials met the board on Tuesday. John Smith, Chief Executive", False),
    ],
)
def test_not_credits_labels_and_tails(line, in_header):
    assert find_credit(line, in_header=in_header) is None


def test_lower_case_agencies_are_no_caption_phrase():
    # "picture alliance", "dpa", "imago": agencies printed in lower case, one party each
    c = find_credit("Schafe am Zaun. Foto: Lena Hartwig / picture alliance / dpa")
    assert c is not None and c.photographer == "Lena Hartwig"


@pytest.mark.parametrize(
    "line, photographer, agency",
    [
        # the paper's own desk after the slash, and how the photo reached the page
        ("DEREK HALVERSON / Staff Photographer", "DEREK HALVERSON", "Staff Photographer"),
        ("Noor Abadi/Courier Staff/File", "Noor Abadi", "Courier Staff"),
        ("Paul Lindqvist/AP, FILE", "Paul Lindqvist", "AP"),
        # a person beside an outlet's initials or name, in brackets after the caption
        ("Crews clear rocks near Mile 62 on Wednesday. (Tomas Reyes / ADN)", "Tomas Reyes", "ADN"),
        # a lender, as "courtesy" names one
        ("Provided by Lakeview County Zoo", None, None),
        (
            "A red panda in its enclosure in 2022. (Submitted by Gerald Ostrowski)",
            "Gerald Ostrowski",
            None,
        ),
    ],
)
def test_desks_markers_outlets_and_lenders(line, photographer, agency):
    c = find_credit(line)
    assert c is not None and (c.photographer, c.agency) == (photographer, agency)


def test_the_lender_keeps_its_provided_by():
    line = "Cubs born in June. Provided by Lakeview County Zoo"
    c = find_credit(line, in_header=True)
    assert c is not None
    assert printed_credit(c.credit, line) == "Provided by Lakeview County Zoo"
    # after a picture's word the whole phrase is the credit's label ("Photo provided by"), as
    # "Photo:" is: the lender alone, not the fragment "provided by ..."
    line = "Cubs born in June. Photo provided by Lakeview County Zoo"
    c = find_credit(line, in_header=True)
    assert c is not None
    assert printed_credit(c.credit, line) == "Lakeview County Zoo"


@pytest.mark.parametrize(
    "line",
    [
        "Funding for the enclosure was provided by the Friends of the Zoo.",
        "Funding provided by Lakeview Foundation",  # no capital "Provided" opening it
    ],
)
def test_not_lenders_or_outlets(line):
    assert find_credit(line, in_header=True) is None


@pytest.mark.parametrize(
    "line",
    ["He met the board on Tuesday. (Tuesday / Wednesday)", "Results were mixed. (Smith / Jones)"],
)
def test_no_person_beside_an_outlet_in_the_story(line):
    assert find_credit(line) is None


def test_person_and_outlet_over_a_caption_only_below_the_byline():
    from archiver.extract.credits import credit_over_caption

    caption = "Scaffolding covers part of the State Capitol dome on Tuesday."
    line = "Mark G Vollmer, Star Tribune"  # a middle initial without its dot
    assert credit_over_caption(line, caption, in_header=True) is None  # a byline's shape
    over = credit_over_caption(line, caption, in_header=True, byline_seen=True)
    assert over is not None and (over.photographer, over.agency) == (
        "Mark G Vollmer",
        "Star Tribune",
    )


@pytest.mark.parametrize(
    "line, in_header, name",
    [
        # after a dash under the caption, above the story: the writer, a person, a desk's "pic"
        (
            "Shopkeepers gather outside closed stores on Monday. — Photo by author",
            True,
            "Photo by author",
        ),
        ("Police stand guard at the Anarkali market gate. — Rashid Karim", True, "Rashid Karim"),
        ("The Lahore Chamber of Commerce building. — Sinar pic", False, "Sinar pic"),
        # the file marker after a wire says photo, in the story too; kept as printed
        ("Agentes en una imagen de archivo. - EFE - Archivo", False, "EFE - Archivo"),
        # a rendering's label, an Arabic archive photo, a Korean wire in brackets above the story
        ("Visualisierung: KVB", False, "KVB"),
        ("ميناء الدوحة (أرشيفية - قنا)", False, "قنا"),
        ("Cherry blossoms near the National Assembly. (Newsis)", True, "Newsis"),
        # a name with its suffix and e-mail after the caption
        (
            "Officers block lanes on the highway in April. Paul Kerrigan Jr. pkerrigan@example.com",
            False,
            "Paul Kerrigan Jr.",
        ),
    ],
)
def test_dash_tails_markers_and_labels(line, in_header, name):
    c = find_credit(line, in_header=in_header)
    assert c is not None and printed_credit(c.credit, line) == name


@pytest.mark.parametrize(
    "line, in_header",
    [
        # a wire's name after a dash in the story, with no file marker: its sign-off
        ("The investigation continues, police said. - EFE", False),
        ("He told the court he would appeal. — Rashid Karim", False),
        # after a dash, a place or a headline's words are no credit
        ("Police stand guard at the market gate on Monday. — Lahore", True),
        ("Traders said the tax would hurt them most. — More To Come", True),
        # "Provided by" a press-release wire under a headline: the copy's distributor
        ("Provided by GlobeNewswire", True),
        ("Provided by ACCESSWIRE", True),
        # a news site or syndicator that provided the copy (Yahoo-style pages): no lender
        ("Provided by Benzinga", True),
        ("Provided by The Motley Fool", True),
    ],
)
def test_not_credits_dash_tails_and_providers(line, in_header):
    assert find_credit(line, in_header=in_header) is None


@pytest.mark.parametrize(
    "line, in_header, name",
    [
        # "Photo by" inside the brackets, "Photo illustration by", Polish "Fot." with no colon
        ("The terminal on Oct. 7, 2024. (Photo by Lin Wei/Xinhua)", False, "Lin Wei/Xinhua"),
        ("Photo illustration by Mother Jones; Getty", False, "Mother Jones; Getty"),
        (
            "Długi Targ w Gdańsku. Fot. Anna Nowacka / Agencja Gazeta",
            False,
            "Anna Nowacka / Agencja Gazeta",
        ),
        # "Courtesy photo": no desk named, kept as printed
        ("Passengers board a ship in 2023. (Courtesy photo)", False, "Courtesy photo"),
        # an outlet's file photo after its name; Dutch papers' bare label on its own line
        ("Jed Carlson / Superior Telegram file photo", True, "Jed Carlson / Superior Telegram"),
        ("Foto's Pieter van Dalen", True, "Pieter van Dalen"),
    ],
)
def test_bracket_labels_markers_and_bare_labels(line, in_header, name):
    c = find_credit(line, in_header=in_header)
    assert c is not None and printed_credit(c.credit, line) == name


@pytest.mark.parametrize(
    "line",
    [
        "The old terminal in 2019. (File photo)",
        "The opposition MPs met the Speaker on Tuesday. (File)",
    ],
)
def test_file_alone_names_no_credit(line):
    # "(File)": the picture is an old one; no one who made or lent it is named
    assert find_credit(line) is None
    assert find_credit(line, in_header=True) is None


def test_office_line_under_a_caption():
    caption = "Rex receives a medal from Sheriff Ana Ruiz."
    c = credit_under_caption(caption, "Josephine County Sheriff's Office")
    assert c is not None and c.credit == "Josephine County Sheriff's Office"
    # near-misses: the caption's sentence must end; a lower-case phrase names no office
    assert (
        credit_under_caption("Rex receives a medal from", "Josephine County Sheriff's Office")
        is None
    )
    assert find_credit("Tablica strefy. Fot. Materiały prasowe UMK") is None or (
        find_credit("Tablica strefy. Fot. Materiały prasowe UMK").photographer is None
    )


@pytest.mark.parametrize(
    "line",
    [
        "Foto's van de week",  # a section's name: lower-case words, no person
        "Beeld en geluid",
        "Beeld Bank Reports Record Profit",  # a headline's words
    ],
)
def test_dutch_bare_label_needs_a_name(line):
    c = find_credit(line, in_header=True)
    assert c is None or c.photographer is None


def test_a_national_wire_in_brackets_after_a_caption_in_the_story():
    # "(Yonhap)" closing a caption's sentence in the story credits the photo (the story's
    # own sign-off, on its last paragraph, is told apart by its place: see the fixture
    # credit-wire-in-brackets-caption-under-share-buttons)
    c = find_credit("Passengers wait at a bus stop near Busan Station on Monday. (Yonhap)")
    assert c is not None and c.agency == "Yonhap"


@pytest.mark.parametrize(
    "name, kept",
    [
        ("Mohammed bin Salem", True),  # particles stay lower case in a name
        ("Jan ter Horst", True),
        ("Luca d'Alessandro", True),  # a capital after the apostrophe
        ("Materiały prasowe UMK", False),  # "press materials": a word all in lower case
    ],
)
def test_a_persons_words_are_capitalised_or_particles(name, kept):
    c = find_credit(f"The square on Monday. Photo: {name}/Reuters")
    assert c is not None and (c.photographer == name) is kept


def test_a_caption_wrapped_inside_its_credit():
    from archiver.extract.credits import credit_wrapped_over

    c = credit_wrapped_over(
        "Riders wait on a platform in Philadelphia. File Photo by", "Omar Castellanos/UPI"
    )
    assert c is not None and (c.photographer, c.agency) == ("Omar Castellanos", "UPI")
    c = credit_wrapped_over("Crowds gather outside the court on Monday. Photo:", "Jane Roe/AFP")
    assert c is not None and c.photographer == "Jane Roe"
    # near-misses: no label at the line's end; the next line is a sentence of prose
    assert credit_wrapped_over("Crowds gather outside the court.", "Jane Roe/AFP") is None
    assert (
        credit_wrapped_over("The museum will show a famous photo by", "Ansel Adams in winter.")
        is None
    )


def test_a_name_alone_over_a_caption_needs_the_callers_leave():
    from archiver.extract.credits import credit_over_caption

    caption = "Speaker Kevin Ward speaks to reporters at the Capitol on Saturday."
    for line, photographer, agency in [
        ("Marcus Lindgren", "Marcus Lindgren", None),
        ("NATIONAL PARK SERVICE", None, "NATIONAL PARK SERVICE"),
    ]:
        # without the caller's leave (a stamp or buttons between it and the byline) a name
        # line over a sentence is a second writer's or a deck's, not a credit
        assert credit_over_caption(line, caption, in_header=True, byline_seen=True) is None
        over = credit_over_caption(line, caption, in_header=True, byline_seen=True, name_alone=True)
        assert over is not None and (over.photographer, over.agency) == (photographer, agency)
    # near-misses even with leave: a place, a headline's words, a caption with no sentence end
    for line, cap in [
        ("NEW YORK", caption),
        ("More To Come", caption),
        ("Marcus Lindgren", "Speaker Kevin Ward speaks to reporters at the Capitol"),
        # a nation's adjective opens an institution's name (the lead picture's alt text over
        # the story's lead), never a person's
        ("Nigerian Senate", caption),
        ("Kenyan Parliament", caption),
    ]:
        assert credit_over_caption(line, cap, in_header=True, name_alone=True) is None
    # a nation's adjective before no legislature's word: a handout's credit, read as before
    found = credit_over_caption(
        "Iranian Presidency",
        "Iranian President Masoud Pezeshkian speaks during a press conference in Tehran.",
        in_header=True,
        name_alone=True,
    )
    assert found is not None and found.credit == "Iranian Presidency"


@pytest.mark.parametrize(
    "line, photographer, agency",
    [
        ("Le quai, à Lyon, le 3 juin 2024. ANNE DUPRÉ POUR « LE MONDE »", "ANNE DUPRÉ", "LE MONDE"),
        (
            "Vecinos en la plaza del mercado el lunes. JUAN PÉREZ PARA EL PAÍS",
            "JUAN PÉREZ",
            "EL PAÍS",
        ),
        (
            "Banhistas no parque, nesta terça-feira (12) - Bruno Santos - 12.mar.2024/Folhapress",
            "Bruno Santos",
            "Folhapress",
        ),
        ("A gravure of the quay in the 1880s. Public domain via Wikimedia Commons", None, None),
    ],
)
def test_paper_in_its_language_dated_credit_public_domain(line, photographer, agency):
    c = find_credit(line)
    assert c is not None and (c.photographer, c.agency) == (photographer, agency)


@pytest.mark.parametrize(
    "line",
    [
        "He said the deal was good for the city. JOHN SMITH FOR MAYOR",
        "Los vecinos votaron el domingo en la plaza. JUAN PEREZ PARA PRESIDENTE",
    ],
)
def test_slogans_in_capitals_are_no_credit(line):
    assert find_credit(line, in_header=True) is None


@pytest.mark.parametrize(
    "line, photographer, agency",
    [
        # a company's legal form marks the organisation side of the slash
        (
            "Bildunterschrift: Spatenstich / Foto: Elbwerft Kühne GmbH / Lena Voss",
            "Lena Voss",
            "Elbwerft Kühne GmbH",
        ),
        # agencies printed in lower case after the label
        ("Foto: imago/Karsten Brandt-Wolf", "Karsten Brandt-Wolf", "imago"),
        ("Schafe am Zaun. Foto: dpa", None, "dpa"),
    ],
)
def test_company_forms_and_lower_case_agencies(line, photographer, agency):
    c = find_credit(line)
    assert c is not None and (c.photographer, c.agency) == (photographer, agency)


def test_a_slash_in_prose_is_no_credit_separator():
    assert find_credit("The plan is either / or Jane Roe/AFP") is None


def test_a_malay_name_opening_with_ab_is_a_person():
    c = find_credit("Traders at the market on Monday. Photo: Ab Rahman Hassan/Bernama")
    assert c is not None and c.photographer == "Ab Rahman Hassan"


def test_a_line_opening_with_by_is_never_a_credit():
    from archiver.extract.credits import credit_over_caption

    caption = "Students leave the high school in Salem on Jan. 13, 2025."
    assert find_credit("By Carla Mendez | Capitol Report", in_header=True) is None
    assert credit_under_caption(caption, "By Carla Mendez | Capitol Report") is None
    assert (
        credit_over_caption(
            "By Carla Mendez | Capitol Report",
            "SALEM — A group of lawmakers wants ten more school days.",
            in_header=True,
            byline_seen=True,
        )
        is None
    )


def test_agency_for_its_client_digit_outlets_and_lines_alone_under_captions():
    c = find_credit("Rosa Vance/Getty Images for Desert Sound Festival")
    assert c is not None and (c.photographer, c.agency) == ("Rosa Vance", "Getty Images")
    c = find_credit("Police at the festival gates on Saturday. Picture: 7News")
    assert c is not None and printed_credit(c.credit) == "7News"
    cap = "La ministra de Trabajo, en la rueda de prensa posterior al Consejo de Ministros."
    c = credit_under_caption(cap, "ANDREA COMAS")
    assert c is not None and c.photographer == "ANDREA COMAS"
    c = credit_under_caption("Asielzoekers bij het aanmeldcentrum in Ter Apel", "ANP")
    assert c is not None and c.agency == "ANP"
    # near-misses: a wire under a story's sentence signs it off; a button or a place in
    # capitals; a press-release wire under the release's contacts
    assert (
        credit_under_caption("Het kabinet wil minder asielzoekers, zei de minister.", "ANP") is None
    )
    assert credit_under_caption(cap, "READ MORE") is None
    assert credit_under_caption(cap, "NEW YORK") is None
    assert credit_under_caption("Veltrane – Relations investisseurs", "Business Wire") is None


def test_a_person_then_agencies_between_bars():
    c = find_credit("Marta Lindqvist | Bloomberg | Getty Images", in_header=True)
    assert c is not None and (c.photographer, c.agency) == ("Marta Lindqvist", "Bloomberg")
    # near-misses: a menu between bars; an unknown word among the agencies
    assert find_credit("Markets | Politics | World | Business", in_header=True) is None
    assert find_credit("Marta Lindqvist | Bloomberg | Opinion", in_header=True) is None


@pytest.mark.parametrize(
    "line, printed",
    [
        ("Sandbags stacked outside a cafe on Marine Parade (PA)", "PA"),
        (
            "A crew returns after a call-out Credit: Tom Marsh for The Courier",
            "Tom Marsh for The Courier",
        ),
        ("A worker inspects the wall © Priya Cane/AFP/Getty Images", "Priya Cane/AFP/Getty Images"),
        (
            "Boats moored in the harbour | Rena Oko/AFP via Getty Images",
            "Rena Oko/AFP via Getty Images",
        ),
        ("Staff are trained for the polls. — APP", "APP"),
        # near-misses: a paragraph that ends its sentence; an acronym in brackets after its
        # name; a pair of places; initials signing the copy off; a label with no caption
        ("The walkout was called by the Press Association (PA).", None),
        ("A ballot of members of the Locomotive Engineers (ASLEF)", None),
        ("The deal would be met from savings on overtime (Leeds/Sheffield)", None),
        ("The union's general secretary, speaking on Wednesday. PTA ND", None),
        ("Keywords: RAIL STRIKE/ASLEF", None),
    ],
)
def test_a_caption_standing_among_the_story_paragraphs(line, printed):
    from archiver.extract.credits import story_caption_credit

    c = story_caption_credit(line)
    assert (printed_credit(c.credit, line) if c else None) == printed


def test_credit_lines_agency_chains_sites_and_screens():
    c = find_credit("Imran Sadiq/Bloomberg/Getty Images", in_header=True)
    assert c is not None and (c.photographer, c.agency) == ("Imran Sadiq", "Bloomberg")
    c = find_credit("Greta Halvorsen/picture alliance via Getty Images", in_header=True)
    assert c is not None and (c.photographer, c.agency) == ("Greta Halvorsen", "picture alliance")
    cap = "A sprinkler on a lawn in Leeds in June."
    c = credit_under_caption(cap, "Tomasz Wierzbicki - Anadolu Agency")
    assert c is not None and c.agency == "Anadolu Agency"
    c = credit_under_caption(cap, "environment.gov.uk")
    assert c is not None and c.credit == "environment.gov.uk"
    line = "A water company video showing empty filter beds. (Screen capture: YouTube)"
    c = find_credit(line, in_header=True)
    assert c is not None and printed_credit(c.credit, line) == "Screen capture: YouTube"
    # near-misses: places after a name's slash, a writer's title after a hyphen, a site's
    # address under a story's long paragraph, an address with capitals
    assert find_credit("Anna Price/Leeds/Bradford", in_header=True) is None
    assert credit_under_caption(cap, "Miriam Osei-Bonsu - Reporter") is None
    assert credit_under_caption(" ".join(["word"] * 45) + ".", "council.gov.uk") is None
    assert credit_under_caption(cap, "Council.gov.uk") is None


def test_desk_photos_courtesy_and_a_figures_glued_source():
    line = "Senators question officials on Tuesday. —LEDGER PHOTO / ARNEL B. SANTOS"
    c = find_credit(line, in_header=True)
    assert c is not None and (c.credit, c.photographer) == (
        "LEDGER PHOTO / ARNEL B. SANTOS",
        "ARNEL B. SANTOS",
    )
    c = find_credit("A new dormitory at the penitentiary, in a handout. (Courtesy)")
    assert c is not None and c.credit == "Courtesy"
    c = find_credit(
        "A chart of releases by year shows a sharp rise.(Source: Bureau of Corrections)"
    )
    assert c is not None and c.credit == "Bureau of Corrections"
    c = find_credit("—LEDGER FILE PHOTO")
    assert c is not None and c.agency == "LEDGER"
    c = find_credit("Kyodo Photo", in_header=True)
    assert c is not None and c.agency == "Kyodo"
    # near-misses: a source cited in prose (a space before its bracket), a label over a
    # caption's own "Photo /", a gallery's heading, a desk's photo without its dash in a story
    assert find_credit("The rate fell to 3.9% in May. (Source: National Statistics Office)") is None
    c = find_credit("Senators on Monday. Photo / Jane Roe", in_header=True)
    assert c is not None and c.credit == "Jane Roe"
    assert find_credit("Our Best Photos", in_header=True) is None
    assert find_credit("LEDGER FILE PHOTO") is None


def test_a_name_in_brackets_run_into_the_captions_full_stop():
    c = find_credit("A crew clears fish from the sand at dawn on Monday.(Gulf Coast News Now)")
    assert c is not None and c.credit == "Gulf Coast News Now"
    c = find_credit("Dead fish wash ashore at Sunset Point on Sunday. [Associated Press]")
    assert c is not None and c.agency == "Associated Press"
    # near-misses: a bracket inside the sentence, a bracket after a space with an unknown name
    assert find_credit("She moved to the U.S.(Washington state) in 2001 with her family") is None
    assert find_credit("The committee met on Monday. (Gulf Coast News Now)") is None


def test_photos_label_dashed_agency_desk_initials_and_signoffs():
    from archiver.extract.credits import is_desk_signoff

    c = find_credit("Photos: Rafe Okonjo and Della Brandt / The Northern Echo", in_header=True)
    assert c is not None and c.credit == "Rafe Okonjo and Della Brandt / The Northern Echo"
    c = find_credit(
        "A fitter installs a pump on Feb. 2, 2025. Hollis Marchetti—Bloomberg/Getty Images"
    )
    assert c is not None and (c.photographer, c.agency) == ("Hollis Marchetti", "Bloomberg")
    c = find_credit("Buses wait at a depot on Monday. (ANTARA FOTO/Novrian Arbi/agr.)")
    assert c is not None and (c.photographer, c.agency) == ("Novrian Arbi", "ANTARA FOTO")
    assert is_desk_signoff("– HERALD/NA")
    # near-misses: an em dash between a name and a company in prose; a photographer or a
    # photo word after the dash is a photo's credit, not a sign-off
    assert find_credit("He met the chief executive of the group, Jane Roe—Acme Corp") is None
    assert not is_desk_signoff("— Jane Roe/AFP")
    assert not is_desk_signoff("—LEDGER FILE PHOTO")


def test_a_source_the_page_credits_beside_a_photographer():
    from archiver.extract.credits import named_source_caption, page_sources

    lines = [
        "Workers install a beam on the elevated section on Monday. (Brenda Ocampo/Fotoprensa)",
        "Keywords: RAIL WORKS/METRORREY",
    ]
    sources = page_sources(lines)
    assert sources == {"Fotoprensa"}  # a keywords line names no photo source
    c = named_source_caption(
        "Passengers wait on the platform at the station. (Fotoprensa)", sources
    )
    assert c is not None and c.credit == "Fotoprensa"
    # near-misses: a name the page never credits; too short to be a caption
    assert (
        named_source_caption("The line carries 60,000 passengers a day. (Metrorrey)", sources)
        is None
    )
    assert named_source_caption("Station (Fotoprensa)", sources) is None


@pytest.mark.parametrize(
    "line, spaced, credit, photographer",
    [
        # the credit is the name: the address is the photographer's contact
        ("JANE ROE • jane.roe@paper.com", False, "JANE ROE", "JANE ROE"),
        ("JOHN DOE / JDOE@PAPER.COM", False, "JOHN DOE", "JOHN DOE"),
        ("Mia Okafor/mokafor@paper.com", False, "Mia Okafor", "Mia Okafor"),
        # a space alone parts them only where the caller has a caption above
        ("LUIS ROE lroe@paper.com", True, "LUIS ROE", "LUIS ROE"),
        ("LUIS ROE lroe@paper.com", False, None, None),
        # a byline with the writer's address is no photo's credit
        ("By Jane Roe • jroe@paper.com", False, None, None),
        ("Contact: news@paper.com", True, None, None),
    ],
)
def test_a_photographers_name_and_address(line, spaced, credit, photographer):
    from archiver.extract.credits import emailed_credit

    found = emailed_credit(line, spaced=spaced)
    got = (found.credit, found.photographer) if found is not None else (None, None)
    assert got == (credit, photographer)


@pytest.mark.parametrize(
    "line, credit, photographer, agency",
    [
        (
            "Trawlers off the coast of Mombasa in March. JANE ROE VIA GETTY IMAGES",
            "JANE ROE VIA GETTY IMAGES",
            "JANE ROE",
            "GETTY IMAGES",
        ),
        (
            "Silos at an elevator in Iowa. BLOOMBERG VIA GETTY IMAGES",
            "BLOOMBERG VIA GETTY IMAGES",
            None,
            "BLOOMBERG",
        ),
        (
            "Fishermen unload their catch in Malindi. PHOTO | JOHN DOE | COASTAL MEDIA GROUP",
            "JOHN DOE | COASTAL MEDIA GROUP",
            "JOHN DOE",
            "COASTAL MEDIA GROUP",
        ),
        (
            "Boats moored at the jetty in Lamu. PHOTO | FILE | NATION MEDIA GROUP",
            "FILE | NATION MEDIA GROUP",
            None,
            "NATION MEDIA GROUP",
        ),
        ("Villagers wade through floodwaters in this file photo. — Filepic", "Filepic", None, None),
        ("A miner walks past the shaft in Marikana. (Gallo)", "Gallo", None, "Gallo"),
        (
            "A map shows the streets where mains go first. (Milltown Department of Public Works)",
            "Milltown Department of Public Works",
            None,
            None,
        ),
        (
            "Riders at the station on Monday. (Jane Roe for The Globe and Mail)",
            "Jane Roe for The Globe and Mail",
            "Jane Roe",
            "Globe and Mail",
        ),
        (
            "The bridge in 2019. JANE ROE/GLOBE STAFF/FILE 2019",
            "JANE ROE/GLOBE STAFF",
            "JANE ROE",
            "GLOBE STAFF",
        ),
        (
            "Traders at the market during the protest. PHOTO | JANE ROE",
            "JANE ROE",
            "JANE ROE",
            None,
        ),
        ("The governor during a past function in Nakuru. PHOTO/FILE", "PHOTO/FILE", None, None),
        ("A bus waits at the station in Charlotte, N.C. (WSOC-TV)", "WSOC-TV", None, "WSOC-TV"),
    ],
)
def test_caption_tails_of_web_papers(line, credit, photographer, agency):
    found = find_credit(line)
    assert found is not None
    assert (found.credit, found.photographer, found.agency) == (credit, photographer, agency)


@pytest.mark.parametrize(
    "line",
    [
        "He flew back to Nairobi on Monday. TRAVEL VIA DUBAI",  # no agency after VIA
        "The vote is on Friday. PHOTO | SENATE VOTE",  # no outlet, agency or group
        "(PA)",  # an agency alone in brackets may sign the story off
    ],
)
def test_not_caption_tails_of_web_papers(line):
    assert find_credit(line) is None


def test_staff_photo_and_a_photographer_for_a_paper():
    from archiver.extract.credits import credit_over_caption

    c = find_credit("Staff photo/Jane Roe", in_header=True)
    assert c is not None and (c.credit, c.photographer) == ("Staff photo/Jane Roe", "Jane Roe")
    c = credit_over_caption(
        "Jane Roe for The Hudson Ledger", "Patients wait at the clinic on Monday."
    )
    assert c is not None and (c.photographer, c.agency) == ("Jane Roe", "Hudson Ledger")
    # near-misses: over a headline (no caption's sentence), and "for" a cause, not a paper
    assert credit_over_caption("Jane Roe for The Hudson Ledger", "Clinics to close in May") is None
    assert credit_over_caption("Jane Roe for Mayor", "Volunteers handed out leaflets.") is None
    assert find_credit("The staff photo/video team left early.") is None


def test_the_paper_whole_and_an_agency_filing_city():
    c = find_credit("Pupils line up at a school last week. The STAR/Jane Roe")
    assert c is not None and (c.credit, c.photographer) == ("The STAR/Jane Roe", "Jane Roe")
    # "AFP/Vienna" over the page's stamp names where the wire filed from, not a photo's maker
    assert find_credit("AFP/Vienna", in_header=True) is None
    assert find_credit("DPA/Berlin", in_header=True) is None
    # near-miss: a photographer after the agency's slash stays the credit
    c = find_credit("REUTERS/Jordan Smith", in_header=True)
    assert c is not None and c.photographer == "Jordan Smith"


def test_an_institution_in_capitals_over_its_caption():
    from archiver.extract.credits import credit_over_caption

    c = credit_over_caption("NATIONAL WEATHER SERVICE", "A satellite image shows the storm.")
    assert c is not None and c.credit == "NATIONAL WEATHER SERVICE"
    # near-misses: a heading in capitals; an institution over a headline, not a caption
    assert credit_over_caption("READ MORE ABOUT IT", "A satellite image shows the storm.") is None
    assert credit_over_caption("NATIONAL WEATHER SERVICE", "Storm weakens over the island") is None


@pytest.mark.parametrize(
    "line, credit, photographer",
    [
        ("Shopkeepers outside the main bazaar in Mardan. Contributed", "Contributed", None),
        (
            "Boats ashore at the harbour in Malpe on Monday. Ravi Roe | KT",
            "Ravi Roe | KT",
            "Ravi Roe",
        ),
        ("Traffic on the street where factories stand. — VNS Photo Jane Roe", None, "Jane Roe"),
        ("Representational image PTI", "PTI", None),
        # the bar or the colon sets off the source, known as an agency or not
        ("Representational image | Commons", "Commons", None),
        ("Representative photo: Pixabay", "Pixabay", None),
    ],
)
def test_wire_sites_caption_tails(line, credit, photographer):
    found = find_credit(line)
    assert found is not None and found.photographer == photographer
    assert credit is None or found.credit == credit


@pytest.mark.parametrize(
    "line",
    [
        "Representational image",
        "Representational image Commons",  # no mark: the name must be an agency's
        "Representational image | Share",  # a page's button after the bar
        "Representational Image | Photo Credit",  # the credit's label, its name cut off
        "Boats ashore at the harbour in Malpe on Monday. Ravi Roe | MP",  # a title's initials
        "The bill was Contributed",  # no caption's sentence before the word
    ],
)
def test_not_wire_sites_caption_tails(line):
    assert find_credit(line) is None


def test_a_caption_that_opens_with_a_dateline():
    from archiver.extract.wire_text import _dated_caption

    story = "MARDAN: The provincial cabinet on Thursday approved Rs3 billion for the Ring Road " + (
        "extension, which officials said would take heavy traffic out of the city centre"
        " within two years of the start of work."
    )
    caption = "MARDAN: Vehicles queue at the toll plaza on the old Ring Road. — White Star"
    assert _dated_caption([caption, "", story], 0, None)
    # near-misses: no dateline paragraph below; a first paragraph with no credit at its end
    assert not _dated_caption([caption, "", "The cabinet met on Thursday."], 0, None)
    assert not _dated_caption(["MARDAN: The cabinet met on Thursday.", "", story], 0, None)


def test_a_desk_photo_with_its_day():
    c = find_credit("HFN photo Oct. 14, 2022", in_header=True)
    assert c is not None and (c.credit, c.agency) == ("HFN photo Oct. 14, 2022", "HFN")
    # near-miss: a date after other words is a stamp, not the desk's photo
    assert find_credit("Updated photo Oct. 14, 2022", in_header=True) is None


def test_an_office_alone_in_square_brackets():
    c = find_credit("[ National Hurricane Center ]")
    assert c is not None and c.credit == "National Hurricane Center"
    # near-misses: an agency alone (a possible sign-off) and an image's alt text
    assert find_credit("[ Reuters ]") is None
    assert find_credit("[IMG: A man at the National Hurricane Center]") is None


def test_an_agency_and_its_editor_at_the_story_foot():
    from archiver.extract.wire_text import _foot_desk_signoff

    para = (
        "The UAE has administered more than 17 million doses of vaccine, one of the highest rates."
    )
    lines = [para, "", "WAM/Jane Roe", "", "Follow"]
    assert _foot_desk_signoff(lines, [False] * len(lines), 2)
    # near-misses: under a caption's short line; with story paragraphs below; a person first
    short = ["A nurse at work.", "", "WAM/Jane Roe", "", "Follow"]
    assert not _foot_desk_signoff(short, [False] * 5, 2)
    more = [*lines[:4], "The ministry said more centres would open next month in Sharjah."]
    assert not _foot_desk_signoff(more, [False] * 5, 2)
    person = [para, "", "Jane Roe/WAM", "", "Follow"]
    assert not _foot_desk_signoff(person, [False] * 5, 2)


def test_a_copyright_word_and_a_paper_in_capitals_after_the_caption():
    c = story_caption_credit(
        "Dock workers rally in Antwerp, Belgium, March 14, 2023. - Copyright AFP"
    )
    assert c is not None and c.credit == "AFP"
    c = find_credit("Lots along Main Street, where most of the land is. JANE ROE/THE NORTHERN MAIL")
    assert c is not None and (c.photographer, c.agency) == ("JANE ROE", "THE NORTHERN MAIL")
    # near-misses: a rights notice alone, a sentence with the word, a short caption's outlet
    assert story_caption_credit("Copyright AFP 2023") is None
    assert story_caption_credit("The minister spoke. Copyright AFP") is None
    assert find_credit("He flew in from the city. JANE ROE/THE WORLD") is None


@pytest.mark.parametrize(
    "line, in_header, credit, photographer, agency",
    [
        # a chain of parties after the caption's sentence: person, pool, agency
        (
            "The governor at the signing. Marta Quill / Kremlin Pool / TASS",
            False,
            "Marta Quill / Kremlin Pool / TASS",
            "Marta Quill",
            "TASS",
        ),
        # a person "special to" an outlet; a paper's file photo; the year after a slash
        (
            "A shuttered clinic in Marks. Jane Roe, special to The Delta Ledger",
            False,
            "Jane Roe, special to The Delta Ledger",
            "Jane Roe",
            "The Delta Ledger",
        ),
        (
            "Cyclists on the new lane downtown. JANE ROE, Journal Star file photo",
            False,
            "JANE ROE, Journal Star file photo",
            "JANE ROE",
            "Journal Star",
        ),
        (
            "Rentals line the beach at Sunset. Jane Roe-Akana/Civil Beat/2019",
            False,
            "Jane Roe-Akana/Civil Beat/2019",
            "Jane Roe-Akana",
            "Civil Beat",
        ),
        # in brackets: a person, an outlet and the day the picture was taken
        (
            "Commuters wait for the train. (Jane Roe, Orlando Sentinel / June 17, 2013)",
            False,
            "Jane Roe, Orlando Sentinel / June 17, 2013",
            "Jane Roe",
            "Orlando Sentinel",
        ),
        # the desk's file picture after a dash; a label "from", "Image by"
        (
            "The court granted the order on Monday. - NSTP file pic",
            False,
            "NSTP file pic",
            None,
            "NSTP",
        ),
        ("Workers spray the streets in Cebu. (Photo from PNA)", False, "PNA", None, "PNA"),
        (
            "Villagers walk through the forest. Image by Jane Roe/Mongabay.",
            False,
            "Jane Roe/Mongabay",
            "Jane Roe",
            "Mongabay",
        ),
        # one party: an agency in any case, an office, a broadcaster's call letters, a name
        ("A jet at the airport on Monday. getty", False, "getty", None, "getty"),
        ("A tow truck operator surveys the damage. (WPMT)", False, "WPMT", None, "WPMT"),
        (
            "Crews build a line along the edge of town. (Department of Natural Resources)",
            False,
            "Department of Natural Resources",
            None,
            "Department of Natural Resources",
        ),
        (
            "Senators speak to reporters at the Capitol. Jane O'Dwyer",
            False,
            "Jane O'Dwyer",
            "Jane O'Dwyer",
            None,
        ),
        # above the story, a one-word source in brackets after a caption's sentence
        ("The central bank's governor in Mumbai. (Mint)", True, "Mint", None, "Mint"),
    ],
)
def test_party_chains_after_a_caption(line, in_header, credit, photographer, agency):
    found = find_credit(line, in_header=in_header)
    assert found is not None
    assert (found.credit, found.photographer, found.agency) == (credit, photographer, agency)


@pytest.mark.parametrize(
    "line, in_header",
    [
        # a title's stop is no sentence's end, and a sentence ends in a stop of its own
        ('"It is up to the families," said state Rep. Jane Roe, D-Oak Lawn.', False),
        ("Jobs grew, according to the U.S. Energy Information Administration.", False),
        ("Three remained in hospital, said Linn County Sheriff's Capt. Jane Roe.", False),
        # a wire's sign-off in brackets under its story, a headline's tag, a page's stamp
        ("Farmers will receive the inputs on credit. (NAN)", False),
        ("Lawmakers advance bill on teen work permits (Video)", True),
        ("First Published: 23:44 IST(2/3/2012)", True),
        # a page's buttons after a sentence; a name in brackets after a writer's label
        ("I cover the business of travel, from airlines to hotels. FULL BIO", True),
        ("Author Jane Roe, Ann Poe (Reuters, dpa, AFP)", True),
        # a single name in brackets inside the story is an aside, not a credit
        ("The bill was introduced by two senators. (Jane Roe)", False),
    ],
)
def test_party_chains_near_misses(line, in_header):
    assert find_credit(line, in_header=in_header) is None


def test_a_press_readers_rights_foot_is_no_credit():
    assert find_credit("COPYRIGHT AND PROTECTED BY APPLICABLE LAW", in_header=True) is None
    # near-miss: a caption credited to a paper whose name holds "Law" stays credited
    c = find_credit("Partners outside the firm's office. Jane Roe/The Law Weekly", in_header=True)
    assert c is not None and c.photographer == "Jane Roe"


@pytest.mark.parametrize(
    "value, first, credit, photographer",
    [
        # the credit leads the value, up to a semicolon, a spaced colon or a spaced slash
        (
            "PHOTO, JANE ROE/THE CITY POST; Students wait for buses.",
            None,
            "JANE ROE/THE CITY POST",
            "JANE ROE",
        ),
        ("PHOTO, JANE ROE; Sen. Ann Poe confers with aides.", None, "JANE ROE", "JANE ROE"),
        (
            "Photo, Jane Roe / The Harbor Times : Commuters board the ferry.",
            None,
            "Jane Roe / The Harbor Times",
            "Jane Roe",
        ),
        (
            "Jane Roe, The Citizen / A sign stands on a lawn.;",
            None,
            "Jane Roe, The Citizen",
            "Jane Roe",
        ),
        # in capitals with no separator, the caption opening in mixed case
        (
            "JANE ROE - STAR TRIBUNE Fairview's hospital in Minneapolis.",
            None,
            "JANE ROE - STAR TRIBUNE",
            "JANE ROE",
        ),
        # alone on the label's line, the caption on the next
        (
            "Jane Roe | Staff The president spoke on Tuesday.",
            "Jane Roe | Staff",
            "Jane Roe | Staff",
            "Jane Roe",
        ),
        # at the caption's end, a desk in capitals after a spaced colon
        (
            "PHOTO(S), The senator confers with aides. JANE ROE : SUN STAFF",
            None,
            "JANE ROE : SUN STAFF",
            "JANE ROE",
        ),
        # Nexis Uni's "IMAGE;" kind word before the credit and the caption
        (
            "IMAGE; Jane Roe/The Washington Post; The senator confers with aides.",
            None,
            "Jane Roe/The Washington Post",
            "Jane Roe",
        ),
        # a name, a slash and a paper named for its city, run into the caption
        (
            "Jane Roe/Toronto Star Nurses tend to a patient on Wednesday.",
            None,
            "Jane Roe/Toronto Star",
            "Jane Roe",
        ),
        # ... or an agency through a picture library, the longest known name taken
        (
            "Jane Roe/AFP via Getty Images Protesters march in Paris on Monday.",
            None,
            "Jane Roe/AFP via Getty Images",
            "Jane Roe",
        ),
    ],
)
def test_export_caption_fields(value, first, credit, photographer):
    from archiver.extract.credits import export_caption_credit

    found = export_caption_credit(value, first)
    assert found is not None and (found.credit, found.photographer) == (credit, photographer)


@pytest.mark.parametrize(
    "value",
    [
        "PHOTO: The mayor speaks at City Hall on Monday.",  # a caption with no credit
        "CHART (color) Ferry fares since 2000, by route.",
        "PHOTO; CHART",
        "PHOTO, Sen. Ann Poe confers with aides before the vote.",  # "Sen" names nobody
        # a slash between places, or between a person and no known outlet, leads no credit
        "Dallas/Fort Worth traffic was snarled on Monday.",
        "Jane Roe/John Poe Ltd shows the plan on Monday.",
    ],
)
def test_export_caption_fields_without_credit(value):
    from archiver.extract.credits import export_caption_credit

    assert export_caption_credit(value) is None


def test_caption_fields_of_exports_and_pages():
    from archiver.extract.databases import caption_fields

    lines = ["Caption: Jane Roe | Staff", "The president spoke.", "", "GRAPHIC: PHOTO, JANE ROE"]
    found = caption_fields(lines)
    assert [(f.rows, f.first) for f in found] == [
        ([0, 1], "Jane Roe | Staff"),
        ([3], "PHOTO, JANE ROE"),
    ]
    # outside an export only "Caption:" labels a caption; a field's line ends the run-on
    assert [f.rows for f in caption_fields(lines, export=False)] == [[0, 1]]
    assert caption_fields(["Caption: A ferry.", "Subject: Ferries"])[0].rows == [0]


@pytest.mark.parametrize(
    "line, credit, photographer",
    [
        # a line that is a credit's chain and nothing else, under its caption
        (
            "Jane Roe / Kommersant / Sipa USA / Vida Press",
            "Jane Roe / Kommersant / Sipa USA / Vida Press",
            "Jane Roe",
        ),
        ("Gallo Images/Netwerk24/Jane Roe", "Gallo Images/Netwerk24/Jane Roe", "Jane Roe"),
        (
            "Photograph by Jane Roe for The Harbor Review",
            "Jane Roe for The Harbor Review",
            "Jane Roe",
        ),
        ("Photo by: Harbor County Zoo & Aquarium", "Harbor County Zoo & Aquarium", None),
        # the chain a shorter reading ended: its first party is the photographer
        ("Jane Roe / AFP / Getty", "Jane Roe / AFP / Getty", "Jane Roe"),
        (
            "Waves crash along the shore on Wednesday. Jane Roe / AFP / Getty",
            "Jane Roe / AFP / Getty",
            "Jane Roe",
        ),
    ],
)
def test_credit_chain_lines(line, credit, photographer):
    found = find_credit(line, in_header=True)
    assert found is not None and (found.credit, found.photographer) == (credit, photographer)


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe, The Island Courier",  # a byline: a comma parts it
        "IANS | New Delhi",  # a wire and its place
        "Harbor Ferries / Island Line / Coastal Transit",  # no person, no known agency
        "Jane Roe / Staff Writer",  # a writer's title
    ],
)
def test_not_credit_chain_lines(line):
    assert find_credit(line, in_header=True) is None


def test_the_lead_photos_label_is_no_part_of_its_credit():
    c = find_credit("(Top photo of Ann Poe: Jane Roe / Getty Images)")
    assert c is not None and c.credit == "Jane Roe / Getty Images"
    # near-miss: a caption that says "photo of" keeps its own credit whole
    c = find_credit("A photo of the crew at work. (Jane Roe / Getty Images)")
    assert c is not None and c.credit == "Jane Roe / Getty Images"


def test_a_wrapped_sentence_is_no_organisation():
    # an OCR'd page's line ends mid-sentence after a full stop ("Many of the" / "onlookers")
    assert find_credit("The soldiers saluted the new arrivals. Many of the") is None
    assert find_credit("The soldiers saluted the new arrivals. Many of the", in_header=True) is None


def test_a_labelled_agency_under_the_story_is_a_photo_credit():
    from archiver.extract.wire_text import _agency_signoff

    # the story's last line: a caption whose credit the label "Photo:" names
    assert not _agency_signoff("The Supreme Court building in New Delhi. (Photo: PTI)")
    # near-miss: the wire alone in brackets after the last sentence signs the copy off
    assert _agency_signoff("The court will hear the matter again on May 15. (Reuters)")


@pytest.mark.parametrize(
    "line, photographer, agency",
    [
        ("RICHARD ROE TORONTO STAR", "RICHARD ROE", "TORONTO STAR"),
        ("JANE ANN ROE THE GLOBE AND MAIL", "JANE ANN ROE", "THE GLOBE AND MAIL"),
        ("JANE ROE GETTY IMAGES", "JANE ROE", "GETTY IMAGES"),
    ],
)
def test_a_caps_name_run_into_its_paper(line, photographer, agency):
    found = caps_person_outlet(line)
    assert found is not None and (found.photographer, found.agency) == (photographer, agency)
    tail = find_credit(f"Councillors leave the chamber after the vote. {line}")
    assert tail is not None and tail.credit == line


@pytest.mark.parametrize(
    "line",
    [
        "WATERFRONT PLAN RETURNS IN FALL",  # a crosshead: no paper's name ends it
        "JANE ROE CITY HALL BUREAU",  # a writer's desk, no paper
        "TORONTO STAR",  # the paper alone names no photographer
        "Jane Roe Toronto Star",  # mixed case: a byline's shape
    ],
)
def test_caps_name_run_near_misses(line):
    assert caps_person_outlet(line) is None


def test_an_affiliation_in_brackets_inside_the_credits():
    found = find_credit(
        "The star in an infrared image. (Image: © NASA/ESA/J. Roe (Lowell Observatory))"
    )
    assert found is not None and found.credit == "NASA/ESA/J. Roe (Lowell Observatory)"
    assert found.photographer == "J. Roe"
    # near-miss: an aside in brackets inside an aside names no one
    assert find_credit("He spoke at the meeting on Monday (and said little (if anything))") is None


def test_a_licensing_button_after_the_credit_is_no_part_of_it():
    found = find_credit(
        "A silo at the port, March 28, 2024. REUTERS/Jane Roe Acquire Licensing Rights"
    )
    assert found is not None and found.credit == "REUTERS/Jane Roe"


def test_a_pictures_label_alone_over_its_credit():
    assert credit_wrapped_over("Image copyright", "Reuters") is not None
    assert credit_wrapped_over("Image source,", "Jane Roe/Getty Images") is not None
    # near-miss: a rights notice's word alone over an agency is no picture's label
    assert credit_wrapped_over("Copyright", "Reuters") is None


def test_a_box_of_links_inside_the_story_does_not_end_it():
    from archiver.extract.wire_text import _inline_box_end

    para = "Councils said the support for buses had run out, leaving them with hard choices."
    lines = ["Read More", "Councils warn of a funding gap", para, para, "Comments"]
    assert _inline_box_end(lines, [False] * len(lines), 0) == 2
    # near-miss: a list of other stories, each headline over its teaser, ends the story
    teasers = ["Related Articles", "Fare cap extended", para, "Minister visits depot", para]
    assert _inline_box_end(teasers, [False] * len(teasers), 0) is None
    # near-miss: the page's footer links under the story
    footer = ["Related Stories", "About Us", "Contact", "Careers", "Sitemap", "Help", para, para]
    assert _inline_box_end(footer, [False] * len(footer), 0) is None


@pytest.mark.parametrize(
    "line, credit, photographer",
    [
        # AFP's photographers as its clients print them, in brackets after a caption with no stop
        (
            "Commuters wait for a bus outside the station in Lyon on Monday (Jane ROE)",
            "Jane ROE",
            "Jane ROE",
        ),
        (
            "Drivers gather at the depot before a union meeting (JANE DE ROE)",
            "JANE DE ROE",
            "JANE DE ROE",
        ),
        # a figure's credit run into the caption's stop, a paper after the slash
        (
            "The minister at a briefing on March 12, 2024.Jane Roe/The Globe and Mail",
            "Jane Roe/The Globe and Mail",
            "Jane Roe",
        ),
        (
            "The minister at a briefing on March 12, 2024.Jane Roe/The Times of India",
            "Jane Roe/The Times of India",
            "Jane Roe",
        ),
        # a label, a person and the group's initials between bars
        (
            "The governor during a past press briefing. PHOTO | JANE ROE | NMG",
            "JANE ROE | NMG",
            "JANE ROE",
        ),
        # a web site's address after the picture's label, and the photography label
        ("Illustration. Photo 24.kg", "24.kg", None),
        ("Giraffes at the manor near Nairobi. Photography: Alamy", "Alamy", None),
        # under a picture's label, the "By" in the caption's closing brackets
        (
            "[Photo: Riders wait at the lot. (By Jane Roe -- The Washington Post)]",
            "Jane Roe -- The Washington Post",
            "Jane Roe",
        ),
    ],
)
def test_caption_tails_of_clients_and_sites(line, credit, photographer):
    found = find_credit(line)
    assert found is not None and (found.credit, found.photographer) == (credit, photographer)


@pytest.mark.parametrize(
    "line",
    [
        "Aid workers unload supplies at the depot on Monday (UN OCHA)",  # initials: no name
        "Crowds gather outside the stadium before the final (ANC YOUTH LEAGUE)",
        "The mayor spoke to residents of the district on Friday (Jane Roe)",  # no AFP capitals
        "(By Jane Roe -- The Washington Post)",  # the writer's line at the story's foot
        "(By Jane Roe - The Washington Post)",
        "He posted the photo at example.com",  # a site in a sentence
    ],
)
def test_caption_tails_of_clients_and_sites_near_misses(line):
    assert find_credit(line) is None


def test_lenders_and_label_lines_over_the_story():
    caption = "Youth housing blocks in western Incheon (Incheon Metropolitan Government)"
    found = find_credit(caption, in_header=True)
    assert found is not None and found.credit == "Incheon Metropolitan Government"
    assert find_credit(caption) is None  # in the story, a wrapped line may end so
    found = credit_wrapped_over("File photo", "Yonhap")
    assert found is not None and found.agency == "Yonhap"
    found = credit_under_caption(
        "A tenant carries boxes into a flat.", "Jane Roe for Coastal Weekly"
    )
    assert found is not None and found.photographer == "Jane Roe"
    # near-miss: under a line that is no caption's sentence, "for" may join a writer's outlet
    assert credit_under_caption("Rents rise in the city", "Jane Roe for Coastal Weekly") is None


@pytest.mark.parametrize(
    "line, in_header, credit",
    [
        # the year that ends a caption printed without its stop, then the agency
        (
            "Rescuers search the hillside in Dolakha, Nepal on Saturday, June 8, 2024 Reuters",
            False,
            "Reuters",
        ),
        # an outlet and its photographer run into the caption's stop
        (
            "Volunteers hand out water on Sunday morning.(ABC News: Jane Roe)",
            False,
            "ABC News: Jane Roe",
        ),
        # an initial's stop inside the credit after the caption's sentence
        (
            "The hospital where the injured were taken. Valley News — Jane M. Roe",
            False,
            "Valley News — Jane M. Roe",
        ),
        (
            "A driver checks a pass. Photograph by Jane Roe for The New Yorker",
            False,
            "Jane Roe for The New Yorker",
        ),
        # a figure's labelled credit glued to its caption's last word (DW's pages)
        (
            "Dock workers walked off the job on Tuesday morningImage: Jane Roe/dpa/picture alliance",
            False,
            "Jane Roe/dpa/picture alliance",
        ),
        # the caption's last word before the bar is no photographer
        ("The governor at a news conference in Tokyo on Tuesday | BLOOMBERG", True, "BLOOMBERG"),
        # a name in brackets after a caption with no stop, above the story
        ("Eleftheria Square, where the first changes will be made (Jane Roe)", True, "Jane Roe"),
    ],
)
def test_more_caption_tails(line, in_header, credit):
    found = find_credit(line, in_header=in_header)
    assert found is not None and found.credit == credit


def test_more_caption_tail_near_misses():
    # a wire's name after the year of a sentence that goes on is read elsewhere; alone in
    # brackets under a paragraph of two sentences it signs the story off
    para = "The lockdown ends on Sunday. The government will announce rules later in the day. (ANI)"
    assert story_caption_credit(para) is None
    # a caption's one sentence and the wire's name: the picture's credit
    assert (
        story_caption_credit("Traffic police officers hand a flower to a driver. (SPA)") is not None
    )
    # "© Agence France-Presse" names the agency, no photographer
    found = find_credit("© Agence France-Presse", in_header=True)
    assert found is not None and found.photographer is None
    # a picture agency alone in brackets is a credit; a news wire alone signs off
    from archiver.extract.credits import bracketed_agency_alone

    assert bracketed_agency_alone("(Shutterstock)") is not None
    assert bracketed_agency_alone("(Reuters)") is None
    # a picture agency under a caption's sentence credits it; a news wire there signs off
    assert (
        credit_under_caption("Officers patrol the station last week.", "Getty Images") is not None
    )
    assert credit_under_caption("The minister said it would study the plan.", "EFE") is None


def test_a_caption_on_the_story_last_line_says_it_is_one():
    from archiver.extract.wire_text import _agency_signoff

    assert not _agency_signoff(
        "This file photo shows the skyline of Seoul on April 2, 2024. (Yonhap)"
    )
    assert not _agency_signoff(
        "A view of downtown Seoul blanketed in fine dust on March 3. (Yonhap)"
    )
    # near-miss: the story's last sentence and the wire's name
    assert _agency_signoff("The dust is expected to clear by Wednesday evening. (Yonhap)")


def test_a_stock_library_after_the_last_sentence_credits_a_picture():
    from archiver.extract.wire_text import _agency_signoff

    # a stock library licenses pictures and writes no story: no sign-off
    assert not _agency_signoff("A person holds a smartphone. (Shutterstock)")
    assert not _agency_signoff("A police cruiser parked on a street. (iStock)")
    # near-miss: a news wire after the story's last sentence still signs it off
    assert _agency_signoff("Coal imports continued to decline. (AFP)")
    # near-miss: a story's sentence that tells or reports before a stock library is no caption
    assert _agency_signoff("The suspect was booked into the jail on Tuesday night. (iStock)")


def test_a_lending_office_alone_in_brackets_is_a_credit():
    from archiver.extract.credits import bracketed_agency_alone

    above = "Officers arrested him at a storage business, according to a department statement."
    below = "Police say he walked into a bank branch on Feb. 14 and handed a teller a note."
    found = bracketed_agency_alone("(Gwinnett County Police Department)", above, below)
    assert found is not None and found.credit == "Gwinnett County Police Department"
    assert bracketed_agency_alone("(Dorset Police)", above, below) is not None
    # near-misses: an office under a list's name, a venue under a time, a letter writer's post
    assert bracketed_agency_alone("(Boise State University)", "Maria Lopez", "Daniel Cho") is None
    assert (
        bracketed_agency_alone("(Boise Public Library)", "Tuesday, March 12, 6 p.m.", below) is None
    )
    assert bracketed_agency_alone("(Retired, Boise Police Department)", above, below) is None
    # near-misses: a writer's aside in brackets, a newsroom's own service, a news wire
    assert bracketed_agency_alone("(The sheriff's office did not say more.)", above, below) is None
    assert bracketed_agency_alone("(Local Democracy Reporting Service)", above, below) is None
    assert bracketed_agency_alone("(Associated Press)", above, below) is None


def test_name_lines_under_captions_on_a_page_that_credits_so():
    from archiver.extract.wire_text import _credits_under_captions, _name_under_caption_sentence

    prose = (
        "It was at least the ninth assault on a bus driver in the city this year, the union said."
    )
    page = ["Officers patrol the terminal on Saturday.", "Getty Images", prose]
    assert _credits_under_captions(page, 0, len(page))
    lines = ["Police released this image of the suspect.", "NYC Transit", prose]
    found = _name_under_caption_sentence(lines[0], lines[1], lines, 1)
    assert found is not None and found.agency == "NYC Transit"
    lines = ["The driver was attacked at the bus terminal.", "Jane Roe", prose]
    found = _name_under_caption_sentence(lines[0], lines[1], lines, 1)
    assert found is not None and found.photographer == "Jane Roe"
    # near-miss: a crosshead under a paragraph's sentence names no one
    lines = ["The union said it would meet officials next week.", "The Road Ahead", prose]
    assert _name_under_caption_sentence(lines[0], lines[1], lines, 1) is None
    # near-miss: a page that prints no credit so reads none (a news wire signs off)
    page = ["The minister said he would study the plan.", "EFE", prose]
    assert not _credits_under_captions(page, 0, len(page))


def test_wires_and_the_site_under_the_story_sign_it_off():
    from archiver.extract.wire_text import _foot_desk_signoff

    para = "Commuter operators advised all passengers to plan their journeys in advance and to travel early."
    lines = [
        para,
        "",
        "AFP/NTB/The Nordic Wire",
        "",
        "Join the conversation in our comments below.",
    ]
    assert _foot_desk_signoff(lines, [False] * len(lines), 2)
    # near-miss: a photographer and a wire under a caption's sentence credit the photo
    lines = ["Passengers wait for a bus.", "", "Kari Nordby/NTB", "", para]
    assert not _foot_desk_signoff(lines, [False] * len(lines), 2)


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        # a page's heading over its other stories, after the story's last sentence: no party
        ('"This is a good day for the city," the mayor said. IN OTHER NEWS TODAY', None),
        ("Crews worked through the night to clear the road. On the Record", None),
    ],
)
def test_a_heading_opening_with_a_preposition_is_no_party(caption: str, credit: str | None) -> None:
    found = story_caption_credit(caption)
    assert (found.credit if found else None) == credit


def test_a_party_opening_with_a_preposition_is_a_heading() -> None:
    from archiver.extract.credits import _party

    assert _party("IN OTHER NEWS TODAY") is None
    assert _party("At a Glance") is None
    # near misses: names that open with the same letters, or with "Inside"
    assert _party("AT&T") == "org"
    assert _party("Inside Climate News") == "org"
    assert _party("Ina Roe") == "person"


@pytest.mark.parametrize(
    ("value", "credit"),
    [
        # the photographer's name and e-mail leading the caption (McClatchy via NewsBank)
        ("Eric Paulsen epaulsen@fresnobee.com Workers finish the pool deck.", "Eric Paulsen"),
        # ProQuest's "Illustration:" field with its photo's credit before a spaced slash
        ("Photo: Tony Caldwell, Postmedia / Crews work at the site on Tuesday.;", None),
    ],
)
def test_export_caption_leads(value, credit):
    from archiver.extract.credits import export_caption_credit

    found = export_caption_credit(value)
    assert found is not None
    assert found.credit == (credit or "Tony Caldwell, Postmedia")


def test_an_address_in_a_caption_that_names_no_photographer_is_no_credit():
    from archiver.extract.credits import export_caption_credit

    # an organisation's address after its name: no person leads the caption
    assert export_caption_credit("Send tips to news@example.org about the flood.") is None


def test_a_credit_field_under_the_caption_field_is_the_photos():
    from archiver.extract.databases import caption_fields

    lines = ["Caption: Commuters board the ferry.", "", "Credit: JANE ROE / THE TIMES", ""]
    found = caption_fields(lines)
    assert [(f.rows, f.credit) for f in found] == [([0, 2], "JANE ROE / THE TIMES")]
    # near-miss: the writer's "Credit:" field far from any caption is not read as a photo's
    lines = ["Credit: JANE ROE; Calgary Herald", "", "Subject: Ferries"]
    assert caption_fields(lines) == []
    # outside an export the label is a page's own line
    assert caption_fields(["Caption: A ferry.", "Credit: Jane Roe"], export=False)[0].credit is None


@pytest.mark.parametrize(
    ("line", "named_in", "expected"),
    [
        ("THE WORLD-HERALD", ["By Ann Lee | SPECIAL TO THE WORLD-HERALD"], "THE WORLD-HERALD"),
        ("STAR TRIBUNE", ["Contact the Star Tribune newsroom"], "STAR TRIBUNE"),
        # near-misses: a paper the page never names, a subhead, a name in mixed case
        ("THE WORLD-HERALD", ["By Ann Lee | Staff writer"], None),
        ("GOOD NEWS", ["By Ann Lee"], None),
        ("THE NEW PLAN", ["THE NEW PLAN is discussed in the report"], None),
        ("The World-Herald", ["SPECIAL TO THE WORLD-HERALD"], None),
    ],
)
def test_paper_name_in_capitals_over_a_caption(line, named_in, expected):
    from archiver.extract.credits import paper_over_caption

    caption = "Workers leave the plant at the end of a shift on Tuesday."
    found = paper_over_caption(line, caption, named_in)
    assert (found.credit if found else None) == expected


@pytest.mark.parametrize(
    "line, credit, photographer",
    [
        # a stock library's collection, then Getty Images, which licenses it
        (
            "Leon Marsh/iStock/Getty Images Plus",
            "Leon Marsh/iStock/Getty Images Plus",
            "Leon Marsh",
        ),
        ("Ines Duarte/E+/Getty Images", "Ines Duarte/E+/Getty Images", "Ines Duarte"),
        (
            "A lecture hall at a state university. Kofi Mensah/DigitalVision Vectors/Getty Images",
            "Kofi Mensah/DigitalVision Vectors/Getty Images",
            "Kofi Mensah",
        ),
        # a bullet where other pages print a bar, after a caption and a spaced dash
        (
            "Trawlers tied up at the wharf in Lunenburg. - Darren Pike • The Chronicle Herald",
            "Darren Pike • The Chronicle Herald",
            "Darren Pike",
        ),
        # "via" names where the picture came from, after the caption's sentence
        ("A flooded basement in Halifax. Photo via Shutterstock", "Shutterstock", None),
        ("Crowds at the night market. Image via Getty Images", "Getty Images", None),
    ],
)
def test_collections_bullets_and_via(line, credit, photographer):
    found = find_credit(line, in_header=True)
    assert found is not None
    assert (found.credit, found.photographer) == (credit, photographer)


@pytest.mark.parametrize(
    "line",
    [
        # an unknown middle party under Getty Images is no collection
        "Leon Marsh/Acme Studio/Getty Images",
        # a name and its paper after a sentence with no spaced dash or caption stop before
        "Harvesters say the formula was agreed to -Darren Pike • The Chronicle Herald",
    ],
)
def test_not_collection_or_bullet_credits(line):
    assert find_credit(line) is None


@pytest.mark.parametrize(
    "line, credit",
    [
        # among the story's paragraphs, a caption whose worded label keeps its full stop
        (
            "A shared kitchen in a rooming house on Main Street. Photo via Shutterstock.",
            "Shutterstock",
        ),
        ("The pier before the storm. Photo by Hana Sato.", "Hana Sato"),
        ("Volunteers sort donations. Photo by Hana Sato/The Tyee.", "Hana Sato/The Tyee"),
    ],
)
def test_worded_label_with_its_stop_in_the_story(line, credit):
    found = story_caption_credit(line)
    assert found is not None and found.credit == credit


@pytest.mark.parametrize(
    "line",
    [
        # a sentence that goes on past the label's name is story prose
        "The exhibition opens Friday. Photos by Hana Sato and Ivo Berg fill two rooms.",
        "He said the gallery was full. Photo by photo, the show was rebuilt.",
        # no caption's sentence before the label
        "Photo via Shutterstock.",
    ],
)
def test_worded_label_near_misses_in_the_story(line):
    assert story_caption_credit(line) is None


def test_agency_picture_services_and_dated_desks():
    from archiver.extract.credits import agency_photo_desk, find_credit, is_credit_line

    # the services agencies sent pictures by, in the credits of the papers that printed them
    for line, credit in [
        ("sign the armistice at facing tables. —AP Wirephoto.", "AP Wirephoto"),
        ("confer at Camp Smith. (UPI Telephoto)", "UPI Telephoto"),
        ("greets passengers on Tuesday. BSS photo Oct. 10, 2023", "BSS photo Oct. 10, 2023"),
        ("queue at the terminal (Jan 1, 2023). ANTARA FOTO/Made Sutama/wsj.", None),
    ]:
        found = find_credit(line)
        assert found is not None
        if credit is not None:
            assert found.credit == credit
    assert find_credit("[Image] STA Photo", in_header=True).credit == "STA Photo"
    assert is_credit_line("AP Laserphoto") and is_credit_line("UPI Unifax")
    assert agency_photo_desk("KUNA Photo").agency == "KUNA"
    # near misses: no agency named, or a sentence's words
    for line in ("Family Photo", "Staff Photos", "Our Telephoto"):
        assert agency_photo_desk(line) is None
    assert find_credit("The council bought the AP Photo.") is None
    assert find_credit("He met the ministers on Jan. 3, 2024") is None
    # a desk's lower-case initials name no web site, a site's domain does
    caption = "Putin at a meeting in Moscow on Monday."
    assert credit_under_caption(caption, "kremlin.ru") is not None
    assert credit_under_caption(caption, "ad.gta") is None


@pytest.mark.parametrize(
    "line, credit, photographer",
    [
        ("Submitted photo", "Submitted photo", None),
        ("Courtesy photo", "Courtesy photo", None),
        ("Contributed photo", "Contributed photo", None),
        ("Photo submitted", "Photo submitted", None),
        ("Provided", "Provided", None),
        ("Courtesy", "Courtesy", None),
        ("Staff photo", "Staff photo", None),
        ("Jane Roe/Special to the Tribune", "Jane Roe/Special to the Tribune", "Jane Roe"),
    ],
)
def test_a_lenders_word_alone_is_a_credit_line(line, credit, photographer):
    """US local papers credit a lent picture with the desk's word alone on the caption's line
    below ("Submitted photo", "Provided"); a freelancer's picture as "NAME/Special to the X"."""
    from archiver.extract.credits import find_credit, is_credit_line

    assert is_credit_line(line)
    found = find_credit(line, in_header=True)
    assert found is not None and (found.credit, found.photographer) == (credit, photographer)


@pytest.mark.parametrize(
    "line",
    [
        "Special to the Tribune",  # a byline's second line under the writer's name
        "Jane Roe, Special to the Tribune",  # a byline's comma
        "Provided by",  # a label with nothing after it
        "Staff",
        "Provided the council agrees, work starts in May.",
    ],
)
def test_lender_words_that_are_no_credit_line(line):
    from archiver.extract.credits import is_credit_line

    assert not is_credit_line(line)


def test_a_lenders_word_with_the_pictures_over_a_caption():
    """ "Submitted photo" over a caption's sentence is the credit printed first; the word alone
    ("Provided") or a subhead's "Family photos" over a paragraph is not."""
    from archiver.extract.credits import credit_over_caption

    over = credit_over_caption("Submitted photo", "A drawing shows the planned 911 center.")
    assert over is not None and over.credit == "Submitted photo"
    assert credit_over_caption("Provided", "A drawing shows the planned 911 center.") is None
    assert credit_over_caption("Family photos", "Albums were lost in the flood, she said.") is None


def test_a_picture_credited_after_the_story_is_not_where_the_agency_signs_off():
    from archiver.extract.wire_text import _last_sentence_line

    lines = [
        "The consignee will face charges, he added. (PNA)",
        "",
        "Farmers inspect a flattened field on Sunday. (PNA photo by Jane Roe)",
    ]
    assert _last_sentence_line(lines, [False] * 3) == 0
    lines[2] = "Farmers inspect a flattened field on Sunday. (PNA)"  # no picture named
    assert _last_sentence_line(lines, [False] * 3) == 2


@pytest.mark.parametrize(
    "line, credit",
    [
        # a photographer, a spaced slash, a station's or paper's initials after the caption
        (
            "Desks sit empty in a classroom in Salem, Ore., Sept. 8, 2020. Jane Roe / OPB",
            "Jane Roe / OPB",
        ),
        # the program the picture came through after the person and the paper, in brackets
        (
            "Shoppers leave the market on April 2, 2024. (Jane Roe, WyoFile via Report for America)",
            "Jane Roe, WyoFile via Report for America",
        ),
        # not: a story signed off after a dash, a name in capitals with an unknown party, a
        # title's initials
        ("He said the plan would work. — Jane Roe / OPB", None),
        ("Desks sit empty in a classroom in Salem, Ore., Sept. 8, 2020. JANE ROE / OPB", None),
        ("Desks sit empty in a classroom in Salem, Ore., Sept. 8, 2020. Jane Roe / CEO", None),
    ],
)
def test_local_web_caption_tails_in_the_story(line, credit):
    from archiver.extract.credits import find_credit

    found = find_credit(line)
    assert (found.credit if found else None) == credit


def test_a_pages_button_under_a_note_is_no_credit():
    """ "Republish This Story for Free" under a writer's note reads as "NAME for OUTLET" but
    its words are no person's name."""
    from archiver.extract.credits import credit_under_caption

    note = "Jane Roe is a reporter at The Island Packet."
    assert credit_under_caption(note, "Republish This Story for Free") is None
    found = credit_under_caption("A medic checks the ambulance.", "Jane Roe for ProPublica")
    assert found is not None and found.photographer == "Jane Roe"


@pytest.mark.parametrize(
    "line",
    [
        "Share Article via Facebook",
        "Share Article via Email",
        "Share via WhatsApp",
        "Share this story via LinkedIn",
        "Send via Messenger",
        "Post to X",
    ],
)
def test_a_pages_share_buttons_credit_no_photo(line):
    # "via" names where the story is sent, not where a picture came from
    assert find_credit(line, in_header=True) is None


@pytest.mark.parametrize(
    "line, credit",
    [
        ("Dana Whitlock via Getty Images", "Dana Whitlock via Getty Images"),
        ("Photo via Shutterstock", "Shutterstock"),
    ],
)
def test_via_a_picture_source_still_credits(line, credit):
    found = find_credit(line, in_header=True)
    assert found is not None and found.credit == credit


@pytest.mark.parametrize(
    "line, credit",
    [
        # a picture library alone, a labelled credit alone, or such parties after a semicolon
        ("Dreamstime", "Dreamstime"),
        ("Image Credits: Loopcell", "Loopcell"),
        ("Image Credits: Malik Osei / Harbour Tech", "Malik Osei / Harbour Tech"),
        ("Illustration by The Harbour Review. Sources: Getty; Alamy.", None),
        (
            "Getty Images; Photo illustration by Odile Brandt/Vox",
            "Getty Images; Photo illustration by Odile Brandt/Vox",
        ),
    ],
)
def test_a_credit_alone_in_the_story(line, credit):
    from archiver.extract.credits import credit_alone_in_story

    found = credit_alone_in_story(line)
    assert found is not None
    if credit is not None:
        assert found.credit == credit


@pytest.mark.parametrize(
    "line",
    [
        "Reuters",  # a news agency alone signs the story off
        "Jane Roe",  # an unlabelled name is anyone's
        "The cover illustration by Odile Brandt won a design prize last year.",
        "Photo: a protester holds a sign; police look on",
    ],
)
def test_not_a_credit_alone_in_the_story(line):
    from archiver.extract.credits import credit_alone_in_story

    assert credit_alone_in_story(line) is None


@pytest.mark.parametrize(
    "line, credit, agency",
    [
        (
            "Okafor runs for a touchdown on Sunday. (Priya Anand-USA TODAY Sports)",
            "Priya Anand-USA TODAY Sports",
            "USA TODAY Sports",
        ),
        ("Illustration by Odile Brandt", "Odile Brandt", None),
        ("Photo credits: Odile Brandt", "Odile Brandt", None),
    ],
)
def test_hyphened_agency_and_illustration_labels(line, credit, agency):
    found = find_credit(line, in_header=True)
    assert found is not None and found.credit == credit and found.agency == agency


def test_a_double_barrelled_name_in_brackets_is_no_hyphened_credit():
    # no known agency after the hyphen: a person's name, not a photographer and agency
    assert find_credit("He thanked his old coach. (Mary-Kate Olsen-Ruiz)") is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # a caption's phrase, a bar, an agency in capitals (the Japan Times' form)
        ("The Nagoya District Court | KYODO", "KYODO"),
        ("Commuters at a bus terminal in Osaka's Kita Ward | JIJI", "JIJI"),
        # near misses: a paper and an agency (a byline's), a section over its subsection
        ("The Asahi Shimbun | KYODO", None),
        ("The Korea Herald | YONHAP", None),
        ("NATIONAL / TRANSPORT", None),
        ("WORLD / ASIA PACIFIC", None),
        # a desk in capitals over a person stays a credit
        ("TEMPO/Jane Roe", "TEMPO/Jane Roe"),
    ],
)
def test_caption_bar_agency_and_section_kickers(line: str, credit: str | None) -> None:
    found = find_credit(line, in_header=True)
    assert (found.credit if found else None) == credit


def test_a_writer_her_paper_and_place_is_no_credit() -> None:
    assert find_credit("Siti Rahmawati THE BORNEO TRIBUNE/PONTIANAK", in_header=True) is None
    found = find_credit("Traders at the market on Sunday. THE STAR/Jane Roe", in_header=True)
    assert found is not None and found.photographer == "Jane Roe"


@pytest.mark.parametrize(
    "caption, line, credit",
    [
        # an agency alone in brackets under a caption printed without its stop
        ("A bobcat in a file photo", "(AP)", "AP"),
        # under a story's sentence, it signs the story off
        ("Officers shot the animal, which will be tested for rabies.", "(AP)", None),
    ],
)
def test_bracketed_agency_under_caption(caption, line, credit):
    found = credit_under_caption(caption, line)
    assert (found.credit if found else None) == credit


@pytest.mark.parametrize(
    "name, parts",
    [
        # a photo illustration's sources joined by "and": each a credit of its own
        (
            "Kim Sato/Getty Images and Getty Images Plus",
            ["Kim Sato/Getty Images", "Getty Images Plus"],
        ),
        ("Jane Roe/AP and Reuters", ["Jane Roe/AP", "Reuters"]),
        # near misses: two photographers with one agency, a firm's name
        ("Jane Roe and John Doe/AP", ["Jane Roe and John Doe/AP"]),
        ("Smith and Jones", ["Smith and Jones"]),
    ],
)
def test_joined_credits(name, parts):
    assert joined_credits(name) == parts


@pytest.mark.parametrize(
    "line, credit",
    [
        ("Vox illustration; Getty Images", "Vox illustration; Getty Images"),
        ("The Atlantic illustration", "The Atlantic illustration"),
        (
            "Texas Tribune photo illustration by Jane Roe",
            "Texas Tribune photo illustration by Jane Roe",
        ),
    ],
)
def test_outlet_illustration_line(line, credit):
    found = find_credit(line, in_header=True)
    assert found is not None and found.credit == credit


@pytest.mark.parametrize("line", ["Botanical illustration", "A Victorian illustration"])
def test_illustration_word_alone_is_no_credit(line):
    assert find_credit(line, in_header=True) is None


def test_a_credit_for_an_outlet_whose_name_opens_with_a_number():
    from archiver.extract.credits import find_credit

    found = find_credit("A nurse in Lane County, Oregon. (Mara Juhl for The 19th)")
    assert found is not None and found.credit == "Mara Juhl for The 19th"
    found = find_credit("Crews clear the road on Monday. (Ana Vale for 12 News)")
    assert found is not None and found.credit == "Ana Vale for 12 News"
    # near misses: a year or a street after "for" names no outlet
    assert find_credit("The mayor spoke on Monday. (Jane Roe for 2024)") is None
    assert find_credit("She moved there in 2019. (She left for 19th Street)") is None


def test_a_picture_label_with_by_and_a_colon_names_the_credit():
    from archiver.extract.credits import find_credit

    found = find_credit("Photo by: Tamsin Greaves")
    assert found is not None and found.credit == "Tamsin Greaves"
    # near miss: the words in a sentence, no capital after them
    assert find_credit("The photo by: a reader was sent in on Monday.") is None


def test_an_office_and_its_service_by_their_initials_credit_a_caption_over_the_story():
    from archiver.extract.credits import find_credit

    caption = "The recalled patties were sold in 2-pound boxes. (NOAA NWS)"
    found = find_credit(caption, in_header=True)
    assert found is not None and found.credit == "NOAA NWS"
    # near misses: a page's words in capitals; in the story's text; too short for a caption
    assert find_credit("Crews clear debris on Main Street. (LIVE VIDEO)", in_header=True) is None
    assert find_credit(caption) is None
    assert find_credit("He said so. (NOAA NWS)", in_header=True) is None


def _credits_of(text: str) -> list[str]:
    record = extract_bytes(text.encode(), path="f30dd.txt")
    return [p.credit for p in record.photos if p.credit]


def test_a_headline_set_in_capitals_under_the_running_head_credits_no_photo():
    # an old paper's OCR: the printed running head (a sentence's stop at its end), then the
    # headline in capitals line by line; its first line reads as a name in capitals
    text = (
        "THE MORNING HERALD, TRENTON, N. J., TUESDAY, NOVEMBER 19, 1929.\n"
        "BRIDGE FALLS\nUNDER TRAIN;\nTHREE HURT\n"
        "BORDENTOWN, Nov. 19.—Three trainmen were injured early today when a wooden\n"
        "trestle over Crosswicks creek gave way under a southbound freight train.\n"
    )
    assert _credits_of(text) == []
    # near miss: a photographer's name in capitals under a caption, the story under it
    assert credit_under_caption("The trestle after the crash.", "JANE ROE") is not None


def test_the_bench_of_a_court_report_is_no_credit():
    assert find_credit("(Before Mr J. R. Hollis, S.M.)") is None
    assert find_credit("(Before His Honour Judge Roe.)") is None
    # near miss: a photographer in brackets after a caption
    found = find_credit("The bench at Napier courthouse. (Jane Roe)", in_header=True)
    assert found is not None and found.credit == "Jane Roe"


@pytest.mark.parametrize(
    "line, credit",
    [
        ("at the state office in Austin. —Associated Press Photo.", "Associated Press Photo"),
        ("for the shipyard run.—Sun Staff Photo.", "Sun Staff Photo"),
        ("—Daily Sun Staff Photo.", "Daily Sun Staff Photo"),
        # near misses: no agency or paper named before "Photo"; no dash before the words
        ("The winners were named. —Our Photo.", None),
        ("Members of the Eastern Star Photo", None),
        ("The Star Photo Contest", None),
    ],
)
def test_a_print_era_desk_photo_after_a_dash_ends_a_caption(line, credit):
    found = find_credit(line, in_header=True)
    assert (found.credit if found else None) == credit


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # an office named for a policy lends the picture (Ukrinform's "Photo: Ministry of ...")
        ("Photo: Ministry of Agrarian Policy", "Ministry of Agrarian Policy"),
        ("Photo: Centre for Social Policy", "Centre for Social Policy"),
        # a footer's links are no lender, labelled or not
        ("Photo: Privacy Policy", None),
        ("Your California Privacy Rights/Privacy Policy", None),
        ("Photo: Cookie Policy", None),
    ],
)
def test_policy_in_an_office_name_is_no_footer_link(line, credit):
    found = find_credit(line, in_header=True)
    assert (found.credit if found is not None else None) == credit


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # the desk's notice after the credit is set aside
        (
            "Handout via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD"
            " PARTY. NO RESALES. NO ARCHIVES",
            "Handout via REUTERS",
        ),
        (
            '(Photo by Jane ROE / AFP) / RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT "AFP'
            ' PHOTO / JANE ROE" - NO MARKETING',
            "Jane ROE / AFP",
        ),
        # "MANDATORY CREDIT:" labels the credit after it: no notice, the credit is read
        (
            "Firefighters at the scene in Leeds on Monday. MANDATORY CREDIT: JOHN DOE/SHUTTERSTOCK",
            "JOHN DOE/SHUTTERSTOCK",
        ),
        # the lender's leave, in any case
        ("Photo by Jane Roe/Cimi, used with permission.", "Jane Roe/Cimi"),
        ("Photo by Jane Roe/Cimi, USED WITH PERMISSION.", "Jane Roe/Cimi"),
    ],
)
def test_notices_after_a_credit(line, credit):
    found = find_credit(line)
    assert found is not None and found.credit == credit


def test_bracketed_rights_tail_after_a_credit():
    found = find_credit("(Photo: Secretariado Uruguayo de la Lana - All rights reserved)")
    assert found is not None and found.credit == "Secretariado Uruguayo de la Lana"


@pytest.mark.parametrize(
    "caption, expected",
    [
        (
            "Prospective tenants queue to inspect a flat in Bondi. Source: AAP / Jane Roe",
            "Jane Roe",
        ),
        ("Yields have risen 40 basis points since March. Source: Reuters / LSEG Datastream", None),
        ("Support for the party fell to 31 per cent. Source: AAP / Roy Morgan Research", None),
    ],
)
def test_a_labelled_source_pair_credits_a_person_not_a_charts_data(
    caption: str, expected: str | None
) -> None:
    # SBS prints "Source: SUPPLIER / CREDIT" after a caption; a chart's data vendor or
    # pollster after a wire's name is no photographer
    found = find_credit(caption)
    assert (found.photographer if found else None) == expected


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Flood waters in Valencia on Wednesday. / EPA-EFE", "EPA-EFE"),
        ("Flood waters in Valencia on Wednesday. | Reuters", "Reuters"),
        # an agency's desk before its slash stays: the desk is part of the credit
        ("Flood waters in Valencia on Wednesday. (AP Photo/Jane Roe)", "AP Photo/Jane Roe"),
    ],
)
def test_a_slash_or_a_bar_before_the_credit_is_not_kept(caption: str, credit: str) -> None:
    found = find_credit(caption)
    assert found is not None and found.credit == credit


def test_agency_copyright_notice_a_paragraph_under_a_credited_caption_is_no_credit():
    # "(c) Agencia EFE" a blank line under "... EFE/Julio Muñoz", the page's tags under it: the
    # wire's rights notice at the page's foot, not a second photo's credit
    text = (
        "Sevilla abrirá tres refugios climáticos en bibliotecas municipales\n\n"
        "Sevilla, 12 Sep (EFE).- El Ayuntamiento de Sevilla abrirá el próximo lunes tres "
        "nuevos refugios climáticos en bibliotecas municipales para los días de calor.\n\n"
        "La delegada de Salud explicó que los refugios tendrán agua fría y asientos.\n\n"
        "Una biblioteca municipal del barrio de Triana, en Sevilla. EFE/Julio Muñoz\n\n"
        "(c) Agencia EFE\n"
        "Etiquetas: Sevilla, calor, bibliotecas\n"
    )
    article = extract_bytes(text.encode(), path="efe.txt")
    assert [p.credit for p in article.photos] == ["EFE/Julio Muñoz"]
    # right under the caption, no blank line between, it was the notice already
    glued = text.replace("Muñoz\n\n(c)", "Muñoz\n(c)")
    assert [p.credit for p in extract_bytes(glued.encode(), path="efe.txt").photos] == [
        "EFE/Julio Muñoz"
    ]


def test_credit_closed_by_its_picture_word_is_set_off() -> None:
    """ "... units. BERNAMA PIC": the agency's name and the picture's word after the caption's
    closed sentence set the credit off (a hard-wrapped copy's caption ends its line there)."""
    from archiver.extract.credits import set_off_credit

    assert set_off_credit("Fishermen inspect their new boats at the jetty. BERNAMA PIC")
    assert set_off_credit("The minister arrives for the talks. REUTERS FILE PHOTO")
    assert not set_off_credit("He said so. She took the photo")
    # a page's headings in Title Case after a sentence, no agency's or paper's name
    assert not set_off_credit("The couple wed in May. Wedding Photos")
    assert not set_off_credit("Entries close on Friday. Send Your Photos")
    assert not set_off_credit("The team celebrated on Sunday. Team Photo")


def test_a_desk_word_alone_in_brackets() -> None:
    """ "(Supplied)" alone on its line is the lender's desk word, the caption's or the
    story's sign-off as the lines around it say."""
    from archiver.extract.credits import bracketed_desk_word

    assert bracketed_desk_word("(Supplied)")
    assert not bracketed_desk_word("(Jane Roe)")


def test_a_capitals_lead_before_an_article_splits_into_person_and_outlet() -> None:
    """ "PAUL FERREIRA TORONTO STAR A boy checks ...": a person and an outlet in capitals lead
    the caption; a kicker in capitals before "A" ("FILE PHOTO", "LAKE SIMCOE") credits none."""
    from archiver.extract.credits import export_caption_credit

    found = export_caption_credit("JANE ROE TORONTO STAR A boy checks his line near the pier.")
    assert found is not None and found.credit == "JANE ROE TORONTO STAR"
    assert export_caption_credit("FILE PHOTO A ranger checks the ice near Keswick.") is None
    assert export_caption_credit("LAKE SIMCOE A hut stands alone on the ice at dusk.") is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # a gallery's link in a list of other stories, and a picture's alt text: a headline's
        # subject, then two lower-case words no name holds
        ("Photos: Pilgrims throng Kukke Subramanya temple for Champa Shashti", None),
        ("Image: Map of the detour route.", None),
        # the label before a photographer, a lender or an agency's parts stays a credit
        ("Photos: Ravindra Prasad Shetty", "Ravindra Prasad Shetty"),
        ("Photo: Jane Roe for The New York Times", "Jane Roe for The New York Times"),
        ("Photo: picture alliance / dpa", "picture alliance / dpa"),
    ],
)
def test_a_labelled_headline_or_alt_text_is_no_credit(line: str, credit: str | None) -> None:
    found = find_credit(line)
    assert (found.credit if found is not None else None) == credit


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # a press office's, a social account's or a screen's credit: a source's noun, no
        # headline's subject
        (
            "Photo: Press service of the Ukrainian presidency",
            "Press service of the Ukrainian presidency",
        ),
        ("Photo: Armed Forces of Ukraine press service", "Armed Forces of Ukraine press service"),
        ("Photo: Lagos State Government press office", "Lagos State Government press office"),
        ("Image: Instagram account of the singer", "Instagram account of the singer"),
        ("Image: Google Maps screenshot of the site", "Google Maps screenshot of the site"),
        ("Image: Facebook page of the mayor", "Facebook page of the mayor"),
        ("Photo: Ministry of Defence handout", "Ministry of Defence handout"),
        (
            "Zelensky meets soldiers near Kupiansk on March 14. "
            "Photo: Press service of the Ukrainian presidency",
            "Press service of the Ukrainian presidency",
        ),
        # after the caption's sentence, the label credits it (the headline's reading is asked
        # of a label opening the line only)
        (
            "Pilgrims gather at the shrine on Friday. Image: Kyiv Independent staff and local volunteers",
            "Kyiv Independent staff and local volunteers",
        ),
    ],
)
def test_a_labelled_source_or_a_credit_after_the_caption_stays_a_credit(
    line: str, credit: str
) -> None:
    found = find_credit(line)
    assert found is not None and found.credit == credit


def test_a_desk_word_set_off_by_a_dash_after_the_caption() -> None:
    """ "... on Tuesday. - Contributed": the desk's word set off as the paper sets off its
    photographer's credit ("... on Tuesday. - Jane Roe/Photographer")."""
    found = find_credit("Councillors tour the arcade during its handover on Tuesday. - Contributed")
    assert found is not None and found.credit == "Contributed"
    assert find_credit("The minister said the plan had been submitted.") is None


@pytest.mark.parametrize(
    "line",
    [
        # a community brief's note after an em dash, a quote's source after a hyphen: only
        # "Contributed" after a spaced hyphen or en dash is the desk's word
        "Construction is expected to start in May, and the branch hopes to have the ramp open"
        " by Remembrance Day. — Submitted",
        '"This grant means our volunteers can get to swimmers faster." - Supplied',
        "Councillors tour the arcade during its handover on Tuesday. — Contributed",
    ],
)
def test_other_dashed_desk_words_are_no_credit(line: str) -> None:
    assert find_credit(line) is None


def test_a_dashed_desk_word_line() -> None:
    from archiver.extract.credits import dashed_desk_word

    assert dashed_desk_word("Councillors tour the arcade on Tuesday. - Contributed")
    assert dashed_desk_word("Councillors tour the arcade on Tuesday. – CONTRIBUTED")
    assert not dashed_desk_word("Councillors tour the arcade on Tuesday. Contributed")
    assert not dashed_desk_word("Councillors tour the arcade on Tuesday. — Contributed")


def test_a_labelled_alt_text_line() -> None:
    from archiver.extract.credits import labelled_alt_text

    assert labelled_alt_text("Image: A fenced-off slip on a path at Bolton St Cemetery.")
    assert not labelled_alt_text("Photo: Jane Roe/Stuff")
    assert not labelled_alt_text("A slip has closed the upper path since June.")


_APRIL_14 = datetime.date(2025, 4, 14)


def test_the_story_wires_own_notice_at_its_foot_credits_no_photo() -> None:
    """ "(c) Agencia EFE" under the last paragraph of a story whose dateline is EFE's, the
    page's related headlines under it (no more of the story's prose), is the copy's rights
    notice; the same notice right under a caption's sentence amid the story credits it."""
    head = (
        "Los cafetaleros del Huila bloquean la vía al sur\n\n"
        "Neiva (Colombia), 14 abr (EFE).- Cientos de pequeños productores de café bloquearon"
        " este lunes la carretera que une Neiva con el sur del país para exigir un precio de"
        " sustentación para el grano.\n\n"
    )
    foot = (
        "La Federación Nacional de Cafeteros dijo que comparte la preocupación de los"
        " productores y que pedirá una mesa de diálogo con el Gobierno esta semana.\n\n"
        "(c) Agencia EFE\n\n"
        "Noticias relacionadas\n\n"
        "El Banco de la República mantiene sin cambios su tasa de interés\n\n"
        "Petro anuncia una reforma al sistema de salud en el Caribe\n"
    )
    art = extract_bytes((head + foot).encode(), path="efe.txt", reference_date=_APRIL_14)
    assert art.photo_credits == []
    amid = (
        head + "Campesinos de café durante la protesta en la vía al sur, este lunes.\n"
        "(c) Agencia EFE\n\n" + foot.replace("(c) Agencia EFE\n\n", "")
    )
    art = extract_bytes(amid.encode(), path="efe.txt", reference_date=_APRIL_14)
    assert art.photo_credits == ["(c) Agencia EFE"]


# A regional paper's page of dpa copy: the story, dpa's rights notice with the item's number
# (three figures in its middle group, as dpa's later numbers print), then the page's links.
_DPA_NOTICE_PAGE = (
    "Frankfurter Rundschau\n"
    "Startseite\n"
    "Politik\n"
    "Wirtschaft\n"
    "Frankfurt\n"
    "Rhein-Main\n"
    "Hessen\n"
    "Sport\n"
    "Hessen\n"
    "Hochwasser: Kinzig tritt bei Gelnhausen über die Ufer\n"
    "Stand: 11.06.2025, 08:41 Uhr\n"
    "Feuerwehrleute sichern eine überflutete Straße in Gelnhausen. © Boris Roessler/dpa\n"
    "Gelnhausen (dpa/lhe) - Nach tagelangem Starkregen ist die Kinzig in der Nacht zum Mittwoch bei Gelnhausen über die Ufer getreten. Mehrere Straßen im Stadtgebiet mussten gesperrt werden, wie ein Sprecher der Stadt mitteilte.\n"
    "Die Feuerwehr war mit rund 80 Einsatzkräften vor Ort und pumpte Keller aus. Verletzt wurde nach ersten Erkenntnissen niemand.\n"
    "Der Deutsche Wetterdienst rechnet für Donnerstag mit weiteren Schauern, die Pegel sollen aber langsam sinken.\n"
    "© dpa-infocom, dpa:250611-930-655412/1\n"
    "Zur FR-Startseite\n"
    "Mehr zum Thema\n"
    "Wetter\n"
    "Hessen\n"
    "Weitere Meldungen aus Hessen\n"
    "Sperrung der A66 bei Hanau dauert an\n"
    "Streik bei der Rhein-Main-Verkehrsverbund GmbH angekündigt\n"
    "Impressum\n"
    "Datenschutz\n"
    "Kontakt\n"
)


def test_dpas_later_item_number_closes_the_story_and_credits_no_photo() -> None:
    from archiver.extract import extract_bytes

    article = extract_bytes(
        _DPA_NOTICE_PAGE.encode(), path="dpa.txt", reference_date=datetime.date(2025, 6, 11)
    )
    assert [p.credit for p in article.photos] == ["Boris Roessler/dpa"]
    assert article.headline == "Hochwasser: Kinzig tritt bei Gelnhausen über die Ufer"
    assert article.dateline is not None and article.dateline.source == "dpa/lhe"


def test_a_wire_notice_under_a_photos_caption_at_the_storys_foot_credits_it() -> None:
    """ "© dpa" right under a caption's short sentence, a blank line under the story's last
    paragraph, credits the photo (the page's related headlines under it): the story's own
    notice stands a blank line under a long paragraph of prose."""
    text = (
        "Bahnstrecke zwischen Hamburg und Berlin wieder frei\n\n"
        "Hamburg (dpa) - Nach einer mehrstündigen Sperrung wegen eines Oberleitungsschadens ist"
        " die Bahnstrecke zwischen Hamburg und Berlin seit dem Nachmittag wieder befahrbar,"
        " teilte die Deutsche Bahn am Dienstag mit.\n\n"
        "Reisende müssten sich aber bis in den Abend hinein noch auf Verspätungen und einzelne"
        " Zugausfälle einstellen, hieß es.\n\n"
        "Ein ICE steht am Dienstag im Hamburger Hauptbahnhof auf dem Gleis.\n"
        "© dpa\n\n"
        "Weitere Nachrichten\n"
        "Streik bei der Hamburger Hochbahn angekündigt\n"
    )
    art = extract_bytes(text.encode(), path="dpa.txt", reference_date=_APRIL_14)
    assert art.photo_credits == ["dpa"]


def test_a_spaced_source_of_four_words_names_a_lending_office_only() -> None:
    """ "(Source: NAME)" after a short caption: one to three words, or four and five ending in
    a lending office's word; a data source cited after a sentence of prose is no credit."""
    c = find_credit("The tractor sits in a ditch. (Source: Auglaize County Sheriff's Office)")
    assert c is not None and c.credit == "Auglaize County Sheriff's Office"
    for prose in (
        "Prices have fallen for a third week. (Source: U.S. Energy Information Administration)",
        "Flu activity is very high in most states. (Source: Centers for Disease Control)",
        "Residents should check on their neighbors. (Source: Office of Emergency Management)",
    ):
        assert find_credit(prose) is None, prose


def test_a_submitted_by_line_and_the_text_that_tells_a_sender() -> None:
    assert sender_signoff("Submitted by Marjorie K. Flanders, Hillsdale")
    assert not sender_signoff("Photo submitted by Jane Roe")
    # a letter's two sentences over it, not a caption's one ("St." is no sentence's end)
    assert several_sentences("Meters will pay for the repaving. Downtown will survive.")
    assert not several_sentences("Volunteers carve turkeys at St. Luke's last year.")
    assert letters_page(["Letters", "To the editor:", "Cutting the bus is wrong."])
    assert not letters_page(["Scouts sort canned goods.", "Submitted by Dawn Mercer"])


def test_a_database_fields_kind_of_illustration_is_no_credit() -> None:
    """ "Illustration: Photo" in a database export's header says a photo ran with the story,
    not who made it; a label over a name stays a credit."""
    from archiver.extract.credits import find_credit

    assert find_credit("Illustration: Photo", in_header=True) is None
    assert find_credit("Graphic: Image") is None
    found = find_credit("Photo: Jane Roe", in_header=True)
    assert found is not None and found.credit == "Jane Roe"


def test_a_byline_and_text_label_in_a_labelled_export() -> None:
    """A database export's labelled fields ("Byline: By Jane Roe", "Illustration: Photo",
    "Text:" over the story): the writer is the byline's, the story's first paragraph (which
    opens with the subject's name) no byline, and the illustration field no photo credit."""
    text = (
        "Record ID: 5520871\n"
        "Source: The Plain Dealer\n"
        "Section: Metro\n"
        "Date: May 14, 2019\n"
        "Byline: By Tomasz Wielgus\n"
        "Headline: Lakewood bakery that fed three generations closes its doors\n"
        "Word count: 640\n"
        "Illustration: Photo\n"
        "Caption: The bakery's front counter on its last day of business.\n"
        "Text:\n"
        "Dorota Kaminski, who ran the Kaminski Bakery on Madison Avenue for 41 years, sold her"
        " last paczki on Saturday and locked the door for good after a line that stretched"
        " around the block.\n"
        "Her father opened the shop in 1952, and she took it over in 1978.\n"
    )
    art = extract_bytes(text.encode(), path="export.txt", reference_date=datetime.date(2019, 5, 14))
    assert art.bylines == ["Tomasz Wielgus"]
    assert art.headline == "Lakewood bakery that fed three generations closes its doors"
    assert art.photo_credits == []


def test_a_name_alone_under_captions_is_no_credit_when_the_prose_names_it() -> None:
    """The same name alone under two caption-like lines credits the page's photographer only
    when no other line names it: an interview's speaker, whom the standfirst introduces, is
    printed alone over each answer."""
    from archiver.extract.wire_text import _name_under_captions

    lines = [
        "We spent a morning at the yard with Tomás Ferreira, who has built boats for sixty years.",
        "My father built them, and his father before him, in the same shed.",
        "Tomás Ferreira",
        "Two or three a year now, mostly from collectors in the north.",
        "Tomás Ferreira",
    ]
    assert not _name_under_captions(lines, [False] * len(lines), "Tomás Ferreira")
    credited = lines[1:]
    assert _name_under_captions(credited, [False] * len(credited), "Tomás Ferreira")


@pytest.mark.parametrize(
    "line, credit",
    [
        # a short capitalised caption before a spaced slash, the photographer by initial (any
        # alphabet's capital) and a Baltic agency or broadcaster after it
        ("Vilnius Old Town / D. Umbrasas/LRT", "D. Umbrasas/LRT"),
        ("Protest at Vilnius City Municipality / Ž. Gedvilas/BNS", "Ž. Gedvilas/BNS"),
        ("Tallinn in winter / Ken Mürk/ERR", "Ken Mürk/ERR"),
        # a lent picture after the caption's bar, a known agency carrying it (The Japan Times)
        (
            "Macaques on a roof in Yamanouchi in October. | Yamanouchi Town Office / via Kyodo",
            "Yamanouchi Town Office / via Kyodo",
        ),
        # a photographer's slashed chain in brackets after a caption with no stop (Polish sites)
        (
            "Smog over Kraków's Old Town in January 2023 (Jakub Porzycki/Agencja Wyborcza.pl/East"
            " News)",
            "Jakub Porzycki/Agencja Wyborcza.pl/East News",
        ),
        # the picture's label inside square brackets, whatever the credit names (FBC)
        ("[Photo: Supplied]", "Supplied"),
    ],
)
def test_fx53a_credit_forms(line: str, credit: str) -> None:
    found = find_credit(line)
    assert found is not None and found.credit == credit


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Courtesy of the Okafor family, 1971",
        "Photo: U.S. Navy Signal Corps, 1952",
        "Photograph: Hulton Archive, circa 1958",
        "Photo: Jane Roe for the 2028 Los Angeles Olympics",
    ],
)
def test_a_dated_lenders_credit_stays_a_credit(line: str) -> None:
    """A lender's, an archive's or an assignment's credit with its year is no gallery's
    dated title: only a gallery's label over a title, the year before a capitalised word,
    with no comma before it and no lender's word, is."""
    from archiver.extract.credits import find_credit

    assert find_credit(line, in_header=True) is not None


def test_a_galleries_dated_title_is_no_credit() -> None:
    """ "Photos: The 2026 Harvest Moon Festival" over a gallery is its title."""
    from archiver.extract.credits import find_credit

    assert find_credit("Photos: The 2026 Harvest Moon Festival", in_header=True) is None


@pytest.mark.parametrize(
    "lines",
    [
        # a transcript: two speakers take turns over their answers
        [
            "The river rose faster than anyone in the valley expected that night.",
            "Mara Lindqvist",
            "We had an hour to move everyone out of the lower streets.",
            "Owen Pryce",
            "And the town office had only just reopened after the last flood.",
            "Mara Lindqvist",
        ],
        # quotes of the week over their speaker
        [
            "“We will not be rushed by a deadline someone else has invented.”",
            "Mara Lindqvist",
            "“I have never seen a week in this building quite like this one.”",
            "Mara Lindqvist",
        ],
        # a live blog's post titles over their reporter
        [
            "Ministers promise more air defence systems before the winter",
            "Mara Lindqvist",
            "Officials report an overnight drone attack on energy sites",
            "Mara Lindqvist",
        ],
    ],
)
def test_a_name_alone_under_turns_quotes_or_titles_is_no_credit(lines: list[str]) -> None:
    """A lone name under two caption-like lines is a photographer only under sentences
    closed by a full stop, and when no other name stands alone so."""
    from archiver.extract.wire_text import _name_under_captions

    assert not _name_under_captions(lines, [False] * len(lines), "Mara Lindqvist")


def test_a_desk_after_a_dash_is_credited_only_where_the_page_dashes_its_credits() -> None:
    """ "— Express" closing a paragraph is the desk signing its copy off where the page sets
    its photo credits after a label ("Photo: Jane Roe/Express"); no photo credit."""
    text = (
        "The Express Tribune\n"
        "Pakistan\n"
        "Sindh opens three new flood shelters near Sukkur\n"
        "By Omar Haddad\n"
        "Published: August 20, 2024\n"
        "SUKKUR: The Sindh government on Tuesday opened three new flood shelters for families"
        " displaced from the river's banks, officials said.\n"
        "Families wait outside a relief camp near Sukkur. Photo: Lena Baig/Express\n"
        "Each shelter can house up to 400 people, the relief commissioner said.\n"
        "More shelters would be opened if the river rose again this week. — Express\n"
    )
    art = extract_bytes(
        text.encode(), path="tribune.txt", reference_date=datetime.date(2024, 8, 20)
    )
    assert art.photo_credits == ["Lena Baig/Express"]


def _spaced_two_photos(caption: str, notice: str) -> str:
    return (
        "Coastal Daily\n\nWorld  Business  Travel\n\nStorm cuts power to thousands along the"
        f" Adriatic coast\n\n{caption}\n\n{notice}\n\nLinemen repair a cable near Zadar on"
        " Wednesday.\n\nBy Marta Horvat\n\nA storm cut power to tens of thousands of homes along"
        " Croatia's Adriatic coast on Tuesday.\n\nCrews worked through the night to restore"
        " lines.\n\nFerries between the islands stayed in port.\n"
    )


def test_another_librarys_notice_under_a_spaced_caption_is_the_next_photos_credit():
    # "© Getty Images" under a caption credited ".../AP", a blank line between (a copy that
    # sets every line apart): the next photo's credit, over its caption, no rights notice
    import datetime as dt

    from archiver.extract.wire_text import parse_wire_text

    text = _spaced_two_photos(
        "Waves break over the harbour wall in Split, Croatia, on Tuesday. Photo: Darko Bandic/AP",
        "© Getty Images",
    )
    photos = parse_wire_text(text, dt.date(2024, 5, 1)).photos
    assert [p.credit for p in photos] == ["Darko Bandic/AP", "Getty Images"]


def test_the_captions_own_agencys_notice_under_a_spaced_caption_is_its_rights_notice():
    import datetime as dt

    from archiver.extract.wire_text import parse_wire_text

    text = _spaced_two_photos(
        "Waves break over the harbour wall in Split, Croatia, on Tuesday. REUTERS/Antonio Bronic",
        "© Thomson Reuters",
    ).replace("Linemen repair a cable near Zadar on Wednesday.\n\n", "")
    photos = parse_wire_text(text, dt.date(2024, 5, 1)).photos
    assert [p.credit for p in photos] == ["REUTERS/Antonio Bronic"]


@pytest.mark.parametrize(
    "line",
    [
        # writers' names before the slash, or a section's word: no caption
        "Jonas Petraitis / R. Jankūnienė/BNS",
        "Jonas Petraitis / Rūta Jankūnienė/BNS",
        "Politics / J. Roe/BNS",
        # a section link after a story's sentence and a bar
        "Prices for apples rose again on Monday. | Local News",
        # people's names in a sentence's brackets, and wires named in an aside
        "Mayor Aleksander Miszalski at the council session (Jan Nowak/Anna Kowalska/Piotr Lis)",
        "Author Jane Roe (Reuters, dpa)",
    ],
)
def test_fx53a_look_alikes_credit_nothing(line: str) -> None:
    assert find_credit(line) is None


def test_a_picture_by_credit_on_the_storys_last_caption_over_its_link() -> None:
    """ "— Picture by Jane Roe" after the story's last caption, the item's link under it (an
    RSS item's text): "Picture by" labels the credit as a colon does, no sign-off."""
    text = (
        "Malay Mail - Malaysia\n"
        "Ipoh flood victims return home as waters recede in Kinta\n"
        "Mon, 06 Jan 2025 18:22:40 +0800\n"
        "IPOH, Jan 6 — More than 1,200 flood victims in Kinta district were allowed to return"
        " home today after water levels in three rivers fell below the danger mark.\n"
        "Volunteers clean a surau in Kampung Manjoi, Ipoh January 6, 2025. — Picture by Farhan"
        " Najib\n"
        "State disaster management committee chairman Mohd Azlan Hamzah said two relief centres"
        " would stay open until Wednesday.\n"
        "Residents dry their belongings outside a flat in Buntong. — Picture by Raymond Tan\n"
        "https://www.malaymail.com/news/malaysia/2025/01/06/ipoh-flood-victims-return-home/160221\n"
    )
    art = extract_bytes(text.encode(), path="mm.txt", reference_date=datetime.date(2025, 1, 6))
    assert art.photo_credits == ["Farhan Najib", "Raymond Tan"]


def test_the_writers_author_box_and_the_sites_name_over_the_headline() -> None:
    """The site's name over the headline, which the author box names as an outlet ("Deputy
    editor of Notes from Poland"), is no headline; the writer's name over that biography is no
    photographer's credit over a caption."""
    text = (
        "Notes from Poland\n"
        "Kraków to ban old diesel cars from city centre next year\n"
        "Anna Nowak\n"
        "March 4, 2024\n"
        "Anna Nowak\n"
        "Deputy editor of Notes from Poland. She has reported on Polish cities and the"
        " environment since 2018.\n"
        "Smog over Kraków's Old Town in January 2023. Photo: Jan Kowalski\n"
        "Kraków will ban diesel cars older than the Euro 5 standard from its centre from July"
        " next year, the city council decided on Wednesday.\n"
        "The zone will cover the area inside the second ring road.\n"
        "Related\n"
        "Warsaw expands clean transport zone\n"
    )
    art = extract_bytes(text.encode(), path="nfp.txt", reference_date=datetime.date(2024, 3, 4))
    assert art.headline == "Kraków to ban old diesel cars from city centre next year"
    assert art.bylines == ["Anna Nowak"]
    assert art.photo_credits == ["Jan Kowalski"]


@pytest.mark.parametrize(
    "line",
    [
        # the brackets name whom or what the picture shows: a title's holder, the archive's
        # word, a works' name (FBC's and Fiji Village's pictures)
        "[Photo: Prime Minister Sitiveni Rabuka]",
        "[Photo: Minister for Finance Biman Prasad]",
        "[Photo: Minister for Women Lynda Tabuya]",
        "[Photo: File]",
        "[Image: Lautoka Sugar Mill]",
    ],
)
def test_a_boxed_label_naming_the_pictures_subject_credits_nothing(line: str) -> None:
    assert find_credit(line) is None


@pytest.mark.parametrize(
    "line, credit",
    [
        ("[Photo: Ministry of Agriculture]", "Ministry of Agriculture"),
        ("[Photo: FBC News]", "FBC News"),
        ("[Photo: Sapeer Mayron]", "Sapeer Mayron"),
    ],
)
def test_a_boxed_label_naming_the_pictures_source_credits_it(line: str, credit: str) -> None:
    found = find_credit(line)
    assert found is not None and found.credit == credit


def test_picture_by_in_the_storys_own_sentence_is_no_label() -> None:
    """ "Among the works is an early picture by Jimmy Lee": a sentence's words with no stop,
    no caption's "— Picture by" label."""
    text = (
        "Malay Mail\n"
        "Life\n"
        "Kuala Lumpur gallery shows 50 years of Malaysian press photography\n"
        "Sunday, 12 May 2024 9:00 AM MYT\n"
        "KUALA LUMPUR, May 12 — A new exhibition at the National Art Gallery traces five decades"
        " of Malaysian news photography, from the 1969 riots to the 2018 election.\n"
        "The exhibition runs until August 31 and entry is free.\n"
        "Among the works is an early picture by Jimmy Lee\n"
        "— Bernama\n"
    )
    art = extract_bytes(text.encode(), path="mm.txt", reference_date=datetime.date(2024, 6, 1))
    assert "Jimmy Lee" not in (art.photo_credits or [])
    assert "Among the works is an early picture by Jimmy Lee" in art.body


_FLOOD_TOP = (
    "Home | News | World\n\nFloods force thousands from homes in central Mozambique\n\n"
    "BEIRA, Mozambique — Floodwaters rose across central Mozambique on Tuesday after days of"
    " heavy rain, forcing thousands of families from their homes, officials said.\n\n"
)
_FLOOD_MORE = (
    "The government said it had opened 23 shelters and asked neighbouring countries for"
    " helicopters to reach villages along the Pungwe river.\n"
)


@pytest.mark.parametrize("dash", ["— AFP", "- Reuters", "-Bernama", "-- Xinhua", "– EPA"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_agency_after_a_dash_under_a_caption_amid_the_story(dash: str, gap: str) -> None:
    text = (
        f"{_FLOOD_TOP}Residents wade through a flooded street in Beira.{gap}{dash}\n\n{_FLOOD_MORE}"
    )
    art = extract_bytes(text.encode(), path="p.txt", reference_date=datetime.date(2025, 3, 4))
    assert art.photo_credits == [dash.lstrip("-–— ")]


@pytest.mark.parametrize(
    "text",
    [
        # the story's last sentence signed off by its agency
        f"{_FLOOD_TOP}Rescue teams are expected to reach the district by Thursday.\n- AFP\n\n"
        "Share this article\n",
        # a digest's brief signed off, the next brief's headline under it
        f"WORLD IN BRIEF\n\n{_FLOOD_TOP}Rescue boats reached cut-off villages on Wednesday.\n"
        "- AFP\n\nThai court bans opposition leader from politics\n\nThailand's Constitutional"
        " Court on Wednesday banned opposition leader Somchai Kittikorn from politics for ten"
        " years.\n- Reuters\n",
        # a quotation, no caption
        f'{_FLOOD_TOP}"We have lost everything," said one resident.\n- AFP\n\n{_FLOOD_MORE}',
        # the story's lead under its headline, its source under it
        "Markets wrap\n\nStocks slip as oil climbs\n\nAsian shares slipped on Tuesday as oil"
        " prices climbed to a five-month high.\n- Reuters\n\nEuropean markets opened lower,"
        " with the STOXX 600 down 0.4% by 0800 GMT as energy shares gained and technology"
        " stocks fell.\n\nThe dollar held steady against the yen.\n",
    ],
)
def test_an_agency_after_a_dash_that_signs_the_story_credits_no_photo(text: str) -> None:
    art = extract_bytes(text.encode(), path="p.txt", reference_date=datetime.date(2025, 3, 4))
    assert art.photo_credits == []


@pytest.mark.parametrize(
    "notice",
    [
        "This material may not be published, broadcast, rewritten, or redistributed."
        " ©2026 FOX Television Stations",
        "This material may not be published, broadcast, rewritten or redistributed."
        " Copyright 2026 Gray Media Group, Inc.",
    ],
)
def test_a_rights_notice_under_the_story_credits_no_photo(notice: str) -> None:
    # the page's ban on copying the story, then its copyright: the story's rights, no
    # caption closing on a credit (s49y/004)
    text = (
        "Crews rescue ice fisherman after truck breaks through Mille Lacs ice\n\n"
        "MILLE LACS COUNTY, Minn. - A man was rescued Tuesday morning after the pickup he was"
        " driving across Mille Lacs Lake broke through the ice, the sheriff's office said.\n\n"
        "The driver climbed onto the roof of the truck and called 911.\n\n"
        "Hillsborough County\n\nNews\n\n"
        "Sarasota woman wins $1 million scratch-off\n\n"
        f"{notice}\n"
    )
    art = extract_bytes(text.encode(), path="p.txt", reference_date=datetime.date(2026, 2, 3))
    assert art.photo_credits == []


_PK_HEADER = (
    "THE EXPRESS TRIBUNE\n"
    "Home  Pakistan  Business  World  Sports\n"
    "Gas outages hit Karachi industrial zones\n"
    "Our Correspondent March 12, 2026\n"
    "Share  Tweet  Email\n\n"
)
_PK_STORY = (
    "KARACHI: Factories in the SITE and Korangi industrial areas remained shut for a second"
    " day on Thursday as gas supply was suspended, leaving thousands of daily wage workers"
    " without pay, industry representatives said.\n\n"
    "The Sui Southern Gas Company said supply would be restored once pressure in the network"
    " improved.\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        # a label in capitals and a colon, a note signed by the editors: no caption's dateline
        # nor its credit (rv54b p02)
        "UPDATE: This story has been revised to correct the minister's name. — Editor",
        "CORRECTION: An earlier version misstated the number of factories. — Editors",
        # a quotation and its speaker under the paper's dateline: no caption (rv54b p03)
        'KARACHI: "We will keep our shops shut until the tax is withdrawn." — Anjuman-e-Tajiran',
    ],
)
def test_a_note_or_a_quote_over_the_dateline_paragraph_credits_no_photo(lead: str) -> None:
    text = f"{_PK_HEADER}{lead}\n\n{_PK_STORY}"
    art = extract_bytes(text.encode(), path="p.txt", reference_date=datetime.date(2026, 3, 15))
    assert art.photo_credits == []
    assert art.photos == []


def test_a_dated_caption_with_the_papers_desk_credits_the_photo() -> None:
    # the lead picture's caption with its own dateline and "— Dawn" (s52x/032) still credits
    text = f"{_PK_HEADER}SUKKUR: Workers queue outside a closed factory. — Dawn\n\n{_PK_STORY}"
    art = extract_bytes(text.encode(), path="p.txt", reference_date=datetime.date(2026, 3, 15))
    assert art.photo_credits == ["Dawn"]


def test_reported_speech_over_a_contributed_line_is_no_caption() -> None:
    # "- Contributed" under the story's reported speech, on a page that dashes its credits:
    # the sentence stays the story's, no picture's caption (rv54b p12)
    text = (
        "The Gleaner\nNews  Lead Stories  Business  Sports\n"
        "Teachers get new laptops in St Elizabeth\n"
        "Published: March 9, 2026 | 12:08 AM\nStaff Reporter/Gleaner Writer\n\n"
        "Students at the Black River Primary School look on during the handover.\n"
        "- Ian Allen/Photographer\n\n"
        "More than 200 teachers in St Elizabeth received laptops on Friday under the Ministry"
        " of Education's device programme.\n\n"
        "Education Minister Dana Morris Dixon said the programme would reach all parishes by"
        " the end of the year.\n- Contributed\n\n"
        "Principal Carla Mills said the devices would help teachers prepare lessons and track"
        " students' progress.\n\n"
        "Teachers who did not receive a device will be contacted by the ministry.\n"
    )
    art = extract_bytes(text.encode(), path="p.txt", reference_date=datetime.date(2026, 3, 15))
    assert art.photo_credits == ["Ian Allen/Photographer"]
    assert any(p.startswith("Education Minister Dana Morris Dixon said") for p in art.body)


def test_a_caption_amid_the_story_leaves_the_bulleted_stamps_dateline() -> None:
    # "Jakarta ● Wed, March 4, 2026" right over the story, a picture's caption only further
    # down amid its paragraphs: the stamp is the story's dateline (rv54b p04)
    text = (
        "The Jakarta Post\nIndonesia\nPolitics\nSociety\n"
        "Jakarta ● Wed, March 4, 2026\nRina Kusuma (The Jakarta Post)\n"
        "The Jakarta administration will extend the MRT's north-south line to Ancol by 2029,"
        " Governor Pramono Anung said on Tuesday, after the central government agreed to fund"
        " half of the Rp 26 trillion cost.\n"
        "The extension will add six stations along a 12-kilometer route.\n"
        "Commuters board an MRT train at Bundaran HI station in Central Jakarta on March 2,"
        " 2026. (JP/Rina Kusuma)\n"
        "City officials said land acquisition for two of the stations was complete.\n"
        "Construction is expected to start early next year.\n"
    )
    art = extract_bytes(text.encode(), path="p.txt", reference_date=datetime.date(2026, 3, 15))
    assert art.dateline is not None and art.dateline.place == "Jakarta"


@pytest.mark.parametrize(
    "line",
    [
        # Sky's "Image:" over each picture's caption: the person the picture shows, then
        # where, in lower case; no credit
        "Image: Eddie Howe on the touchline",
        "Image: Jane Roe at the launch of the campaign",
    ],
)
def test_a_label_over_a_name_and_its_scene_credits_nothing(line: str) -> None:
    assert find_credit(line) is None


@pytest.mark.parametrize(
    "line, credit",
    [
        ("Image: Jane Roe/APA", "Jane Roe/APA"),
        ("Photo: Jane Roe for The Times", "Jane Roe for The Times"),
    ],
)
def test_a_label_over_a_name_and_its_outlet_still_credits_it(line: str, credit: str) -> None:
    found = find_credit(line)
    assert found is not None and found.credit == credit


def test_a_bulleted_person_and_club_closes_a_caption() -> None:
    found = find_credit(
        "Keaton Jennings took 5 for 41 in the second innings • Lancashire CCC/Jane Roe",
        in_header=True,
    )
    assert found is not None
    assert (found.credit, found.photographer, found.agency) == (
        "Lancashire CCC/Jane Roe",
        "Jane Roe",
        "Lancashire CCC",
    )


def test_a_bulleted_pair_of_places_is_no_credit() -> None:
    assert (
        find_credit("Traffic backs up on the interstate at rush hour • Dallas/Fort Worth") is None
    )


def test_a_labelled_given_name_before_a_surname_in_capitals_stays_whole() -> None:
    found = find_credit("Residents walk past fallen trees. (Photo by Jam STA ROSA / AFP)")
    assert found is not None and found.credit == "Jam STA ROSA / AFP"
    # unlabelled, the words in mixed case before the capitals are a caption's
    found = find_credit("Jenna Ortega FRAZER HARRISON/GETTY IMAGES")
    assert found is not None and found.credit == "FRAZER HARRISON/GETTY IMAGES"


def test_a_dashed_name_under_an_unstopped_caption_is_its_photographer() -> None:
    found = credit_under_caption("Motorists inch past a fallen tree at Dadar", "—Jane Roe")
    assert found is not None and found.credit == "Jane Roe"
    # under a quotation, the dashed name is its speaker
    assert credit_under_caption('"We will rebuild every home on this bank"', "— Jane Roe") is None
    # under a story's sentence, stopped, no photographer's
    assert credit_under_caption("The minister said work would start soon.", "—Jane Roe") is None


def test_a_caption_field_listing_several_pictures_parts_them() -> None:
    value = "Smoke over the hills. Picture: Jane Roe; Crews at the depot. Picture: John Doe"
    assert export_caption_pictures(value) == [
        "Smoke over the hills. Picture: Jane Roe",
        "Crews at the depot. Picture: John Doe",
    ]
    assert export_caption_pictures("PHOTO, JANE ROE/THE POST; Riders wait for a train.") == []


def test_a_source_line_under_a_short_caption_names_the_pictures_lender() -> None:
    found = credit_under_caption("The library.", "Source: Knight Frank")
    assert found is not None and found.credit == "Knight Frank"
    # under a figure's caption, the line names the figure's data
    assert credit_under_caption("A chart showing rainfall in Tabanan.", "Source: BMKG") is None
    # a wire there is the story's source
    assert credit_under_caption("The library.", "Source: Reuters") is None


def test_a_clip_label_drops_the_line_unless_a_photo_label_follows():
    assert find_credit("Video: Jane Roe/News24", in_header=True) is None
    assert find_credit("Footage: Reuters", in_header=True) is None
    found = find_credit("Video: Rachel Moore | Photo: Tom Clarke", in_header=True)
    assert found is not None and found.credit == "Tom Clarke"
    found = find_credit("Video: Jane Roe, Photos: John Doe/Stuff", in_header=True)
    assert found is not None and found.credit == "John Doe/Stuff"


@pytest.mark.parametrize(
    "caption",
    [
        # an epigraph's unquoted line, a post's words under "he wrote:", a letter's sentence
        "At the long stroke of the midnight hour India will awake to life and freedom",
        "Grateful to the NDRF and local volunteers who worked through the night in Vadodara",
        "The civic body must repair the potholes before the festival season brings more traffic",
        "Hawkers have taken over the footpaths outside Andheri station and pedestrians walk on"
        " the road",
    ],
)
def test_a_dashed_name_under_a_speakers_sentence_is_no_photographer(caption: str) -> None:
    assert credit_under_caption(caption, "—Jane Roe") is None
    assert credit_under_caption(caption, "— Jane Roe") is None


@pytest.mark.parametrize(
    "caption",
    [
        "The plans aren't final.",
        "Acme Robotics builds robots for warehouses in North America and Europe.",
        "Shipments to Vietnam rose faster than any other market.",
    ],
)
def test_a_source_line_under_a_sentence_names_no_lender(caption: str) -> None:
    assert credit_under_caption(caption, "Source: Acme Robotics") is None


def test_a_bulleted_agency_and_photographer_and_two_people() -> None:
    found = find_credit(
        "Joe Root brought up his 34th Test hundred at Lord's • Getty Images/Stu Forster",
        in_header=True,
    )
    assert found is not None
    assert (found.photographer, found.agency) == ("Stu Forster", "Getty Images")
    found = find_credit(
        "Sri Lanka's bowlers struggled on a flat pitch • Rohit Sharma/Jasprit Bumrah"
    )
    assert found is None  # two players' names, no photographer and outlet


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Photo: Zendaya JON KOPALOFF/GETTY IMAGES", "JON KOPALOFF/GETTY IMAGES"),
        ("Pictures: Rihanna FRAZER HARRISON/GETTY IMAGES", "FRAZER HARRISON/GETTY IMAGES"),
    ],
)
def test_a_name_after_a_colon_label_before_capitals_is_the_captions(line: str, credit: str) -> None:
    found = find_credit(line)
    assert found is not None and found.credit == credit


def test_wire_signoff_in_round_brackets_closing_wrapped_story_is_no_credit():
    # a hard-wrapped wire story's last line ends on its agency in round brackets after a
    # figure, no stop: the wire's sign-off, no caption's credit (a caption's agency runs into
    # square brackets, Al Jazeera's)
    import datetime as dt

    from archiver.extract.wire_text import parse_wire_text

    text = (
        "Xinhua\n\nChina's exports rise 7.1 pct in first two months\nMarch 7, 2024\n\nBEIJING,"
        " March 7 (Xinhua) -- China's exports rose 7.1 percent year on year\nin the first two"
        " months, official data showed on Thursday.\nImports grew 3.5 percent, bringing the"
        " trade surplus to 125.2 billion\nU.S. dollars, up from 116.9 billion dollars in the same"
        " period of 2023 (Xinhua)\n"
    )
    found = parse_wire_text(text, dt.date(2024, 3, 10))
    assert not found.photos
    assert "same period of 2023" in " ".join(found.body)


def test_reuters_button_broken_over_two_lines_leaves_no_body_line():
    # "Purchase" / "Licensing Rights" under a Reuters caption: the button's two halves, no
    # paragraph of the story
    import datetime as dt

    from archiver.extract.wire_text import parse_wire_text

    text = (
        "REUTERS\n\nMusic publishers sue AI firm over licensing rights\nMarch 4, 2024 5:12 PM"
        " GMT\n\nNEW YORK, March 4 (Reuters) - A group of music publishers sued an artificial"
        " intelligence company on Monday, accusing it of copying lyrics without a license.\n\nA"
        " man walks past the company's office in San Francisco, California, U.S., March 1, 2024."
        " REUTERS/Carlos Barria\nPurchase\nLicensing Rights\n\nThe company did not immediately"
        " respond to a request for comment.\n"
    )
    body = parse_wire_text(text, dt.date(2024, 3, 10)).body
    assert not any(p.strip() in {"Purchase", "Licensing Rights"} for p in body)
    assert any("did not immediately respond" in p for p in body)


# The review of round 54's branch fx54d: ordinary copy its new readings misread.
_REVIEW54 = [
    # a story's paragraphs opening with a dateline, a reporter signing each off
    (
        (
            "Dawn\n"
            "HOME  LATEST  PAKISTAN  WORLD  BUSINESS  SPORT\n"
            "\n"
            "Heatwave grips Sindh as power outages spark protests\n"
            "\n"
            "Dawn Report\n"
            "Published June 3, 2024\n"
            "\n"
            "People cool off at a roadside tap in Karachi on Sunday. — Photo by Fahim Siddiqi\n"
            "\n"
            "KARACHI: Temperatures crossed 47 degrees Celsius in several parts of Sindh on Sunday as prolonged power outages triggered protests in Hyderabad and Sukkur.\n"
            "\n"
            "A vendor sells ice in Saddar. — White Star\n"
            "\n"
            "Residents blocked the National Highway near Hala for three hours.\n"
            "\n"
            "HYDERABAD: Traders observed a strike against loadshedding. — Our Correspondent\n"
            "\n"
            "SUKKUR: Two labourers died of heatstroke at a brick kiln. — Staff Reporter\n"
            "\n"
            "LARKANA: Students fainted in an examination hall. — Agencies\n"
            "\n"
            "The Met Office forecast no relief before Thursday.\n"
            "\n"
            "Published in Dawn, June 3rd, 2024\n"
        ),
        ["Fahim Siddiqi", "White Star"],
    ),
    # advice in the imperative, the police force that gave it after a dash
    (
        (
            "Khaleej Times\n"
            "UAE\n"
            "\n"
            "UAE weather: Police issue safety tips as rain lashes Dubai\n"
            "\n"
            "Staff Reporter\n"
            "Published: Fri 12 Jul 2024, 4:10 PM\n"
            "\n"
            "Vehicles drive through heavy rain on Sheikh Zayed Road on Friday. — Photo: Neeraj Murali\n"
            "\n"
            "Heavy rain fell across Dubai and Sharjah on Friday afternoon, the National Centre of Meteorology said.\n"
            "\n"
            "Stay away from valleys and low-lying areas. — Dubai Police\n"
            "\n"
            "Keep a safe distance from the car in front. — Abu Dhabi Police\n"
            "\n"
            "The centre said unstable weather would continue until Sunday.\n"
        ),
        ["Neeraj Murali"],
    ),
    # "PHOTOS:" over a credit naming two photographers
    (
        (
            "Cape Cod Times\n"
            "\n"
            "Hundreds turn out for Falmouth Road Race\n"
            "\n"
            "Staff report\n"
            "Aug. 18, 2024\n"
            "\n"
            "Runners cross the finish line in Falmouth Heights on Sunday.\n"
            "\n"
            "PHOTOS: Merrily Cassidy and Steve Heaslip, special to the Times\n"
            "\n"
            "FALMOUTH — More than 12,000 runners took part in the 52nd Falmouth Road Race on Sunday, organizers said.\n"
            "\n"
            "Kenya's Jane Roe won the women's race in 35:01.\n"
            "\n"
            "Volunteers hand out water near Nobska Light.\n"
            "\n"
            "Photos: provided by the Falmouth Road Race\n"
            "\n"
            "The race raised $5 million for local charities.\n"
        ),
        ["Merrily Cassidy and Steve Heaslip, special to the Times"],
    ),
    # "Photos:" over a credit naming the photographer's role
    (
        (
            "The Daily Star\n"
            "Local News\n"
            "\n"
            "Oneonta crowds cheer return of the Fourth of July parade\n"
            "\n"
            "By Jane Doe Staff Writer\n"
            "Jul 5, 2024\n"
            "\n"
            "Floats make their way down Main Street during the parade on Thursday.\n"
            "\n"
            "Photos: Julie Lewis, contributing photographer\n"
            "\n"
            "ONEONTA — Thousands lined Main Street on Thursday for the city's first Fourth of July parade in five years.\n"
            "\n"
            "The parade featured 40 floats, six marching bands and the Oneonta Fire Department's antique engines.\n"
            "\n"
            "Children wave flags from the back of a fire truck.\n"
            "\n"
            "Photos: submitted by readers\n"
            "\n"
            "Fireworks followed at Neahwa Park after dark.\n"
        ),
        ["Julie Lewis, contributing photographer"],
    ),
    # a related story's headline with its wire after a bar, on a page crediting its pictures so
    (
        (
            "The Japan Times\n"
            "BUSINESS | ECONOMY\n"
            "\n"
            "Nikkei posts biggest one-day drop since 1987\n"
            "\n"
            "BY JANE ROE\n"
            "STAFF WRITER\n"
            "Aug 5, 2024\n"
            "\n"
            "A display shows the Nikkei Stock Average in Tokyo on Monday. | KYODO\n"
            "\n"
            "The Nikkei Stock Average plunged 12.4% on Monday, its biggest one-day fall since Black Monday in October 1987.\n"
            "\n"
            "Pedestrians walk past a stock board in Tokyo's Chuo Ward on Monday. | BLOOMBERG\n"
            "\n"
            "Analysts blamed a stronger yen and fears of a U.S. recession.\n"
            "\n"
            "Bank of Japan raises rates to highest level since 2008 | REUTERS\n"
            "\n"
            "The Topix index fell 12.2%, with banks and exporters leading the decline.\n"
        ),
        ["KYODO", "BLOOMBERG"],
    ),
    # linked headlines with their wires after a bar
    (
        (
            "The Japan Times\n"
            "NATIONAL | SOCIETY\n"
            "\n"
            "Typhoon Shanshan crawls across Kyushu\n"
            "\n"
            "BY JANE ROE\n"
            "STAFF WRITER\n"
            "Aug 29, 2024\n"
            "\n"
            "Waves crash against the shore in Kagoshima Prefecture on Thursday. | KYODO\n"
            "\n"
            "Typhoon Shanshan made landfall near Satsumasendai on Thursday morning, the Meteorological Agency said.\n"
            "\n"
            "A fallen tree blocks a road in Miyazaki on Thursday. | JIJI\n"
            "\n"
            "More than 250,000 people were told to evacuate.\n"
            "\n"
            "Shinkansen services suspended between Hakata and Kagoshima | JIJI\n"
            "\n"
            "Airlines canceled more than 600 flights\n"
            "\n"
            "Toyota halts production at all domestic plants | KYODO\n"
            "\n"
            "The agency warned of record rainfall in Shikoku through Saturday.\n"
        ),
        ["KYODO", "JIJI", "JIJI"],
    ),
    # a clip's caption whose picture is credited after "Photograph:"
    (
        (
            "The Guardian\n"
            "\n"
            "Environment\n"
            "\n"
            "Otters return to Birmingham's rivers after 100 years\n"
            "\n"
            "Jane Roe\n"
            "Tue 4 Jun 2024 07.00 BST\n"
            "\n"
            "An otter on the River Rea in Birmingham. Photograph: Jon Smith/Wildlife Trust\n"
            "\n"
            "Otters have been recorded on all three of Birmingham's main rivers for the first time in a century, according to the Wildlife Trust.\n"
            "\n"
            "Video, stills and sound: A family of otters filmed by a camera trap on the River Tame. Photograph: Birmingham Wildlife Trust\n"
            "\n"
            "The trust said cleaner water and fewer barriers had helped the animals spread.\n"
            "\n"
            "A heron waits for fish on the River Cole\n"
            "Jane Roe   Wildlife Trust\n"
            "\n"
            "Explore more on these topics\n"
            "\n"
            "Wildlife   Birmingham   Rivers\n"
        ),
        ["Jon Smith/Wildlife Trust", "Birmingham Wildlife Trust", "Jane Roe Wildlife Trust"],
    ),
]


@pytest.mark.parametrize("text, credits", _REVIEW54)
def test_review54_lines_that_are_no_captions_credit_no_photo(text: str, credits: list[str]) -> None:
    art = extract_bytes(text.encode(), path="p.txt", reference_date=datetime.date(2024, 12, 1))
    assert [p.credit for p in art.photos] == credits  # one a credited picture


@pytest.mark.parametrize(
    ("line", "below", "credit"),
    [
        # a labelled credit the capture's width cut inside the name (s54b-wrap/029)
        (
            "Docks rest on dry land at Lake Medina on Aug. 3, 2022. Credit: Kylie",
            "Cooper/The Texas Tribune",
            "Kylie Cooper/The Texas Tribune",
        ),
        # a whole credit on the line: the line below is no part of it
        ("Docks rest on dry land. Credit: Jane Roe/AP", "Reuters/Getty", None),
        # words of no credit's shape under the label's first word
        ("He said the fund grew. Photo: Jane", "and/or", None),
        ("See the photo: Jane", "Doe/2024 archive", None),
    ],
)
def test_fx54g_credit_cut_at_the_lines_end(line: str, below: str, credit: str | None) -> None:
    found = credit_wrapped_over(line, below)
    assert (found.credit if found else None) == credit


# The review's probes (rv54g): pages whose credits main reads right and a rule of fx54g
# misread (a whole credit glued to the next photo's, a listicle's place subheads read as
# photographers, a feed's outlet tag read as a caption's credit); p16 the cut credit joined.
_REVIEW54G = [
    (
        # p01-cut-credit-next-credit
        (
            "The Guardian\n"
            "World\n"
            "Peru protesters clash with police in Lima as president refuses to quit\n"
            "Protesters march through central Lima on Tuesday. Photo: Reuters\n"
            "Martin Mejia/AP\n"
            "Police fire teargas near Congress on Wednesday.\n"
            "Dan Collyns in Lima\n"
            "Wed 4 Jun 2025 14.02 BST\n"
            "Thousands of protesters marched through the Peruvian capital for a second day on Wednesday, demanding the resignation of the president.\n"
            "Police said 14 officers had been injured.\n"
        ),
        ["Reuters", "Martin Mejia/AP"],
    ),
    (
        # p03-cut-credit-whole
        (
            "The Texas Tribune\n"
            "Water\n"
            "Reservoir near San Antonio drops to lowest level in a decade\n"
            "Boat ramps sit far from the water at Canyon Lake on June 2, 2025. Credit: Getty Images\n"
            "Eric Gay/AP Photo\n"
            "by Dana Whitfield\n"
            "June 4, 2025\n"
            "Canyon Lake, which supplies water to several Hill Country towns, has fallen to 58% of its capacity.\n"
            "Officials said stricter watering limits could start next month.\n"
        ),
        ["Getty Images", "Eric Gay/AP Photo"],
    ),
    (
        # p04-cut-credit-fullname
        (
            "The Texas Tribune\n"
            "Education\n"
            "University regents approve tuition increase for fall semester\n"
            "Students walk across campus at the University of Texas at Austin on May 30, 2025. Credit: Jordan Vonderhaar\n"
            "Evan L'Roy/The Texas Tribune\n"
            "by Dana Whitfield\n"
            "June 4, 2025\n"
            "The University of Texas System Board of Regents voted Wednesday to raise tuition by 5% at eight campuses.\n"
            "Student leaders said the increase would hurt low-income families.\n"
        ),
        ["Jordan Vonderhaar", "Evan L'Roy/The Texas Tribune"],
    ),
    (
        # p16-cut-credit-surname
        (
            "The Texas Tribune\n"
            "Water\n"
            "Reservoir near San Antonio drops to lowest level in a decade\n"
            "Boat ramps sit far from the water at Canyon Lake on June 2, 2025. Credit: Eddie\n"
            "Gaspar/The Texas Tribune\n"
            "by Dana Whitfield\n"
            "June 4, 2025\n"
            "Canyon Lake, which supplies water to several Hill Country towns, has fallen to 58% of its capacity.\n"
        ),
        ["Eddie Gaspar/The Texas Tribune"],
    ),
    (
        # p12-listicle-subhead-name
        (
            "Condé Nast Traveller\n"
            "Destinations\n"
            "Europe\n"
            "The best lakes in Slovenia, from Bled to Bohinj\n"
            "Alpine water, island churches and very few crowds.\n"
            "By Sophie Harland\n"
            "May 20, 2025\n"
            "Slovenia packs more lakes into a small country than almost anywhere in Europe.\n"
            "Lake Bled\n"
            "The island church at sunrise.\n"
            "Getty Images\n"
            "Bled is the one everyone knows, and in July it is busy by nine in the morning. Rent a pletna boat to reach the island.\n"
            "Lake Bohinj\n"
            "Swimmers on the eastern shore.\n"
            "Alamy\n"
            "Bohinj is larger, quieter and colder, and the cable car to Vogel runs from its western end.\n"
        ),
        ["Getty Images", "Alamy"],
    ),
    (
        # p09-feed-cp-tag
        (
            "<item>\n"
            "<title>Inflation rises to 2.4 per cent in April</title>\n"
            "<link>https://www.ctvnews.ca/business/inflation-april</link>\n"
            "<dc:creator>The Canadian Press</dc:creator>\n"
            "<pubDate>Tue, 20 May 2025 12:45:00 +0000</pubDate>\n"
            "<description>\n"
            "OTTAWA — Canada's annual inflation rate rose to 2.4 per cent in April, Statistics Canada said Tuesday. The Canadian Press\n"
            "</description>\n"
            "</item>\n"
        ),
        [],
    ),
    (
        # p11-feed-signoff-ap
        (
            "<item>\n"
            "<title>Storms knock out power to thousands in Ohio</title>\n"
            "<link>https://www.wral.com/story/storms-ohio</link>\n"
            "<pubDate>Tue, 13 May 2025 16:05:00 +0000</pubDate>\n"
            "<description>\n"
            "COLUMBUS, Ohio — Severe storms knocked out power to more than 80,000 customers across central Ohio on Tuesday, utilities said.\n"
            "\n"
            "Crews expected to restore most service by Wednesday night. Associated Press\n"
            "\n"
            "Copyright 2025 The Associated Press. All rights reserved.\n"
            "</description>\n"
            "</item>\n"
        ),
        [],
    ),
    (
        # p15-round-writer-related: a promotion naming the writer, no caption
        (
            "The Independent\n"
            "Travel\n"
            "News & Advice\n"
            "Rail strike: what it means for your Easter getaway to Cornwall\n"
            "Passengers wait at Penzance station\n"
            "(Getty Images)\n"
            "Helen Coffey\n"
            "Travel Editor\n"
            "Friday 28 March 2025 09:15 GMT\n"
            "Comments\n"
            "Great Western Railway says services west of Exeter will run an hourly timetable.\n"
            "The sea wall at Dawlish (Alamy)\n"
            "Ask our travel editor your Easter questions (Helen Coffey)\n"
            "Trains to Penzance will be replaced by buses on Sunday.\n"
            "Passengers should check before they travel, the operator said.\n"
        ),
        ["Getty Images", "Alamy"],
    ),
]


@pytest.mark.parametrize("text, credits", _REVIEW54G)
def test_review54g_probes_credits(text: str, credits: list[str]) -> None:
    art = extract_bytes(text.encode(), path="p.txt", reference_date=datetime.date(2025, 6, 1))
    assert [p.credit for p in art.photos] == credits


# Review rv55d's probes of fx55d: (text, the body's first paragraph); no caption holds it.
_REVIEW55D = [
    (
        # p17: a gallery slide with no caption, a blank line, then the story: the story's lead
        # stays the body's first paragraph
        (
            "Yahoo News\n"
            "Home\n"
            "US\n"
            "\n"
            "Blizzard buries Buffalo under four feet of snow\n"
            "December 24, 2022\n"
            "By Jane Roe\n"
            "\n"
            "1 of 1Joed Viera/AFP via Getty Images\n"
            "\n"
            "Snow fell for a second straight day in Buffalo on Saturday, the National Weather Service said.\n"
            "\n"
            "At least 12 people have died in Erie County.\n"
        ),
        "Snow fell for a second straight day in Buffalo on Saturday, the National Weather Service said.",
    ),
    (
        # p16: the captions printed over their "N of 3Credit" lines: no story's paragraph is
        # taken for a fourth photo's caption
        (
            "MSN\n"
            "News\n"
            "Photos\n"
            "\n"
            "In photos: Floods sweep through Valencia\n"
            "October 30, 2024\n"
            "\n"
            "Rescue workers wade through a flooded street in Paiporta.\n"
            "1 of 3Jose Jordan/AFP via Getty Images\n"
            "Cars piled up after flash floods in Sedavi.\n"
            "2 of 3Manaure Quintero/AFP via Getty Images\n"
            "Residents clear mud from a shop in Catarroja.\n"
            "3 of 3Alberto Saiz/AP\n"
            "\n"
            "More than 90 people have died in floods in eastern Spain, officials said on Wednesday.\n"
            "\n"
            "Rescuers are still searching for the missing.\n"
        ),
        "More than 90 people have died in floods in eastern Spain, officials said on Wednesday.",
    ),
    (
        # p06: "Staff Photo / By Kelly Brandt" under a caption: the photo's credit, no body line
        (
            "Lakeside Ledger\n"
            "Local\n"
            "Sports\n"
            "\n"
            "Firefighters battle barn blaze near Milford\n"
            "By Sam Ortiz\n"
            "July 3, 2025\n"
            "\n"
            "Flames engulf a barn on Route 12 on Wednesday night.\n"
            "Staff Photo / By Kelly Brandt\n"
            "\n"
            "Firefighters from three departments battled a barn fire near Milford on Wednesday night.\n"
            "\n"
            "No one was hurt, the fire chief said.\n"
        ),
        "Firefighters from three departments battled a barn fire near Milford on Wednesday night.",
    ),
    (
        # p07: "Courtesy Photo | By Dana Reyes" under a caption: the photo's credit
        (
            "The Herald\n"
            "News\n"
            "\n"
            "Library reopens after renovation\n"
            "By Lee Park\n"
            "June 5, 2025\n"
            "\n"
            "Children read in the new reading room on Monday.\n"
            "Courtesy Photo | By Dana Reyes\n"
            "\n"
            "The Main Street library reopened Monday after a year-long renovation.\n"
            "\n"
            "The work cost $3 million.\n"
        ),
        "The Main Street library reopened Monday after a year-long renovation.",
    ),
]


@pytest.mark.parametrize("text, lead", _REVIEW55D)
def test_review55d_probes_keep_the_lead(text: str, lead: str) -> None:
    art = extract_bytes(text.encode(), path="p.txt", reference_date=datetime.date(2025, 6, 15))
    body = art.to_dict()["body"]
    assert body[0] == lead
    assert all(lead not in (p.caption or "") for p in art.photos)


# Review 56a's probes: lines that read as photo credits on fx56a, none on the page (the
# page's credits as printed, and a story's paragraph kept out of every caption).
_REVIEW56A = [
    (
        # p03: an analysis box's writer over his role ("Chris Mason" / "Political editor, BBC News")
        (
            "BBC Homepage\n"
            "Skip to content\n"
            "Home News Sport Weather iPlayer Sounds\n"
            "NEWS\n"
            "Home | UK | World | Business | Politics\n"
            "Chancellor to set out spending plans next week\n"
            "2 hours ago\n"
            "Share\n"
            "Save\n"
            "Becky Morton\n"
            "Political reporter\n"
            "PA Media\n"
            "Rachel Reeves will give her spending review to MPs on Wednesday\n"
            "The chancellor will set out how much each government department can spend over the next three years.\n"
            "Ministers have been negotiating with the Treasury for weeks over their budgets.\n"
            "Chris Mason\n"
            "Political editor, BBC News\n"
            "The numbers will be tight and some departments will lose out.\n"
            "The Treasury said the review would prioritise health and defence.\n"
            "Related\n"
            "Reeves under pressure over welfare cuts\n"
            "3 days ago\n"
        ),
        ["PA Media"],
        "The numbers will be tight and some departments will lose out.",
    ),
    (
        # p19: a correspondent over "Middle East correspondent, reporting from Jerusalem"
        (
            "BBC Homepage\n"
            "Skip to content\n"
            "Home News Sport Weather iPlayer Sounds\n"
            "NEWS\n"
            "Home | World | Middle East\n"
            "Ceasefire talks resume in Cairo\n"
            "3 hours ago\n"
            "Share\n"
            "Save\n"
            "David Gritten\n"
            "BBC News\n"
            "Reuters\n"
            "Delegations arrived in the Egyptian capital on Monday morning\n"
            "Negotiators have resumed talks in Cairo on a new ceasefire, officials from both sides said.\n"
            "The talks are expected to last several days.\n"
            "Hugo Bachega\n"
            "Middle East correspondent, reporting from Jerusalem\n"
            "There is little sign that either side is ready to give ground.\n"
            "Egypt and Qatar are mediating the talks.\n"
            "Related\n"
            "Aid convoy reaches northern towns\n"
            "2 days ago\n"
        ),
        ["Reuters"],
        "There is little sign that either side is ready to give ground.",
    ),
    (
        # p05: partners' links under a label, each closing on its outlet in brackets
        (
            "FOX 13 Tampa Bay\n"
            "News\n"
            "Weather\n"
            "Sports\n"
            "Manatee deaths fall for second straight year\n"
            "By FOX 13 News Staff\n"
            "Published June 4, 2025 6:10am EDT\n"
            "TAMPA, Fla. - State biologists counted fewer manatee deaths in the first five months of the year than in any year since 2019.\n"
            "The Florida Fish and Wildlife Conservation Commission said 212 manatees died through May.\n"
            "More on this story from our partners:\n"
            "Warm-water refuges draw record crowds of manatees (Tampa Bay Times)\n"
            "State adds $20 million for springs restoration (Florida Phoenix)\n"
            "Biologists said seagrass beds in the Indian River Lagoon are slowly recovering.\n"
        ),
        [],
        "Biologists said seagrass beds in the Indian River Lagoon are slowly recovering.",
    ),
    (
        # p16: a roundup's items signed "Ben Spurr Toronto Star" (the byline's writer) and "Francine Kopun Toronto Star"
        (
            "Toronto Star\n"
            "Skip to Content\n"
            "GTA\n"
            "Canada\n"
            "What we know about the weekend TTC shutdown on Line 1\n"
            "The subway will close between Union and St. Clair stations on Saturday and Sunday.\n"
            "June 6, 2025\n"
            "Commuters wait for a shuttle bus at St. Clair station.\n"
            "Steve Russell/Toronto Star\n"
            "By Ben Spurr Staff Reporter\n"
            "TORONTO — The TTC will close part of Line 1 this weekend for signal work, the transit agency said Friday.\n"
            "Shuttle buses will run every three minutes.\n"
            "Ben Spurr Toronto Star\n"
            "The closure is the third this spring.\n"
            "Union station stays open.\n"
            "Francine Kopun Toronto Star\n"
            "Bike Share Toronto is offering free rides both days.\n"
        ),
        ["Steve Russell/Toronto Star"],
        "Shuttle buses will run every three minutes.",
    ),
]


@pytest.mark.parametrize("text, credits, kept", _REVIEW56A)
def test_review56a_probes_credit_as_printed(
    text: str, credits: list[str], kept: str | None
) -> None:
    art = extract_bytes(text.encode(), path="p.txt", reference_date=datetime.date(2025, 6, 10))
    assert [p.credit for p in art.photos if p.credit] == credits
    if kept is not None:
        assert all(kept not in (p.caption or "") for p in art.photos)
        assert any(kept in para for para in art.to_dict()["body"])


# Review 56d: a name alone in capitals is asked for a person's name by its shape, a
# "Quelle:" line for a picture's source, a capitals tail after a stop for a credit's form.


@pytest.mark.parametrize(
    "text, person",
    [
        ("SERGIO MEDINA", True),
        ("CÉLINE ADJOVI", True),
        ("SOLEDAD GALLEGO", True),
        ("KEY FACTS", False),
        ("PRIME MINISTER", False),
        ("DEAR ABBY", False),
        ("MÁS INFORMACIÓN", False),
        ("VIOLENCIA MACHISTA", False),
        ("LIRE AUSSI", False),
        ("SUR LE MÊME SUJET", False),
        ("SUGGESTED ARTICLES", False),
    ],
)
def test_caps_person_name_asks_a_name_shape(text: str, person: bool) -> None:
    from archiver.extract.credits import caps_person_name, may_be_credit_line

    assert caps_person_name(text) is person
    # roles' _writer_below asks may_be_credit_line: a writer's name alone in capitals under
    # a credit is no credit line to it ("KELSEY WATZNAUER")
    assert not may_be_credit_line("KELSEY WATZNAUER")


@pytest.mark.parametrize(
    "line, credit",
    [
        ("Quelle: picture alliance/dpa/Marcus Brandt", "picture alliance/dpa/Marcus Brandt"),
        ("Quelle: WELT/Bertold Fabricius", "WELT/Bertold Fabricius"),
        # a chart's or an infobox's data source under its title: no picture's credit
        ("Quelle: Bundesagentur für Arbeit", None),
        ("Quelle: Deutsche Rentenversicherung", None),
        ("Quelle: Statistisches Bundesamt/Destatis", None),
    ],
)
def test_quelle_under_caption_takes_a_picture_source_only(line: str, credit: str | None) -> None:
    found = credit_under_caption("Die vierte Röhre wird im Sommer saniert", line)
    assert (found.credit if found else None) == credit


@pytest.mark.parametrize(
    "line, credit",
    [
        ("Des balles de coton à l'usine d'égrenage de Parakou. CÉLINE ADJOVI", "CÉLINE ADJOVI"),
        ("Des partisans à Cotonou, le 10 mars 2025. YANICK FOLLY / AFP", "YANICK FOLLY / AFP"),
        # the page's headings and sign-offs after a story's sentence
        ("Le candidat a dénoncé l'exclusion de plusieurs listes. SUR LE MÊME SUJET", None),
        ("Le texte sera examiné mardi. AVEC AFP", None),
        ("Le vote aura lieu le 13 avril. LIRE AUSSI", None),
        ("Le débat reprendra mardi. PROPOS RECUEILLIS", None),
        # a story's sentence, a question, a quotation before a name in capitals
        ("La campagne a débuté lundi. JEAN KOFFI", None),
        ("Pourquoi ce film maintenant ? MAMADOU DIALLO", None),
        ("« Nous ne reculerons pas », a-t-il déclaré. JEAN KOFFI", None),
    ],
)
def test_stop_caps_caption_credit_asks_a_credits_form(line: str, credit: str | None) -> None:
    from archiver.extract.wire_text import _stop_caps_caption_credit

    found = _stop_caps_caption_credit(line)
    assert (found.credit if found else None) == credit


@pytest.mark.parametrize(
    "text",
    [
        # a line listing the wires under a story's last sentence: no CNBC chain (an agency in
        # the photographer's place only as "Anadolu | Anadolu | Getty Images")
        "Oil prices fall as OPEC signals output rise\n\n"
        "Oil prices fell more than 2% on Monday after OPEC members signalled they would raise"
        " output in July.\n\nBrent crude futures fell $1.80 to $81.20 a barrel by 1000 GMT.\n\n"
        "Traders said demand in China remained weak.\nReuters | AFP | AP\n",
        # a company's name under a story about it: no GIF library's credit
        "Shutterstock completes purchase of Giphy\n\nBy Dana Wells\n\n"
        "Shutterstock said on Tuesday it had completed its purchase of the GIF library from"
        " Meta.\n\nThe company did not say whether it would change the service's name.\nGiphy\n",
        # a ticker item's heading over its wire ("Quelle: dpa"): no captioned photo
        "Bahn-Streik trifft Pendler im ganzen Land\n\nVon Anna Schulz\n\n"
        "Die Lokführergewerkschaft GDL hat ihre Mitglieder erneut zum Streik aufgerufen. Der"
        " Ausstand soll am Mittwoch um 2 Uhr beginnen.\n\nArbeitslosenquote in Deutschland seit"
        " 2015\n\nQuelle: Statistisches Bundesamt\n\nDie Bahn bietet einen Notfahrplan an.\n\n"
        "GDL kündigt weitere Warnstreiks an\n\nQuelle: dpa\n\n"
        "Die Gewerkschaft will bis Ostern jede Woche streiken.\n",
    ],
)
def test_wires_a_company_or_a_tickers_source_under_prose_credit_no_photo(text: str) -> None:
    import datetime as dt

    from archiver.extract.wire_text import parse_wire_text

    assert parse_wire_text(text, dt.date(2024, 5, 20)).photos == []


def test_bar_chain_takes_an_agency_first_only_as_cnbcs_doubled_agency_over_getty() -> None:
    from archiver.extract.credits import _bar_chain

    found = _bar_chain("Anadolu | Anadolu | Getty Images")
    assert found is not None and (found.photographer, found.agency) == (None, "Anadolu")
    assert _bar_chain("Reuters | AFP | AP") is None
    assert _bar_chain("Bloomberg | Reuters | Getty Images") is None


def test_writers_bracketed_signoff_over_a_call_or_note_credits_no_photo() -> None:
    """Review 57a's p17 (and p08, p09): a writer's "(Jane Roe)" closing a story paragraph
    over a page's call or an editor's note is the writer's sign-off, no picture's credit; the
    Philippine caption, its first word in capitals, over a story paragraph still is."""
    import datetime as dt

    from archiver.extract.credits import Credit
    from archiver.extract.wire_text import (
        _bracketed_writer_caption,
        _story_sentence_below,
        parse_wire_text,
    )

    text = (
        "Panay News\nMetro Iloilo\nJaro cathedral belfry restoration completed\n"
        "By Gerome Dalipe\nNovember 5, 2024\n"
        "ILOILO CITY – Restoration of the Jaro Cathedral belfry was completed on Monday after"
        " two years of work, the archdiocese said.\n"
        "The belfry, built in 1744, was damaged in the 1948 Lady Caycay earthquake."
        " (Gerome Dalipe)\nFollow Panay News on Facebook for the latest updates.\n"
    )
    assert parse_wire_text(text, dt.date(2024, 11, 7)).photos == []
    signed = "The belfry, built in 1744, was damaged in the earthquake. (Gerome Dalipe)"
    assert not _bracketed_writer_caption(signed, Credit("Gerome Dalipe", "Gerome Dalipe", None))
    quote = '"This will double our harvest," said farmer Lito Baguio. (Antonio Colina)'
    assert not _bracketed_writer_caption(quote, Credit("Antonio Colina", "Antonio Colina", None))
    caption = "JOGGERS return to the esplanade on its first morning back. (Rhea Sumalpong)"
    assert _bracketed_writer_caption(caption, Credit("Rhea Sumalpong", "Rhea Sumalpong", None))
    for below in (
        "Follow Panay News on Facebook for the latest updates.",
        "Editor's note: This story was updated to correct the number of vendors.",
        "This story was produced with support from the Philippine Press Institute.",
    ):
        assert not _story_sentence_below([caption, below], [False, False], 0)
    assert _story_sentence_below([caption, "The works cost P42 million, he said."], [False] * 2, 0)


def test_kind_of_drawing_before_illustration_is_no_desks_credit() -> None:
    """Review 57a's p04, p19, p20: "— Representational illustration", "— AI-generated
    illustration", "— File illustration" say what kind of drawing it is; "— Dawn
    illustration" names the paper's desk."""
    from archiver.extract.credits import _dashed_screen_grab
    from archiver.extract.wire_text import _DASH_BEFORE_TAIL

    for kind in ("Representational", "AI-generated", "File", "Stock"):
        line = f"Smog hangs over the Mall Road in Lahore. — {kind} illustration"
        assert _dashed_screen_grab(line) is None
        assert _DASH_BEFORE_TAIL.search(line) is None
    line = "Map of plantation sites along the canal. — Dawn illustration"
    assert _dashed_screen_grab(line) is not None and _DASH_BEFORE_TAIL.search(line) is not None
    assert _dashed_screen_grab("Protesters outside the assembly. — DawnNewsTV screengrab")


def test_graphics_desk_only_by_initials_or_a_known_agency() -> None:
    """Review 57a's p03, p18: "INTERACTIVE GRAPHICS", "VIEW ALL GRAPHICS" are links' labels;
    "ST GRAPHICS", "PA Graphics" name a desk."""
    from archiver.extract.credits import _caption_tail_credit

    before = "Amber warnings are in place for snow across central Scotland."
    for link in ("INTERACTIVE GRAPHICS", "VIEW ALL GRAPHICS", "MORE GRAPHICS"):
        assert _caption_tail_credit(f"{before} {link}", in_header=False) is None
    found = _caption_tail_credit("The route of the new cycling path. ST GRAPHICS", in_header=False)
    assert found is not None and found.credit == "ST GRAPHICS"


def test_bar_caption_pictures_strip_a_picture_word_only_as_a_label() -> None:
    """Review 57a's p29: "Images from the summit ..." opens its caption on the word; "Photos:"
    with its colon labels the strip."""
    from archiver.extract.credits import bar_caption_pictures

    parts = bar_caption_pictures(
        "Images from the summit on Monday. Photo: Guy Williams | Gritting trucks. Photo: NZTA"
    )
    assert parts[0].startswith("Images from the summit")
    parts = bar_caption_pictures(
        "Photos: The damaged wharf at Te Anau. Photo: Jo Riddell | Divers inspect the piles."
        " Photo: supplied"
    )
    assert parts[0].startswith("The damaged wharf")


@pytest.mark.parametrize(
    "line, credit, photographer, agency",
    [
        # an agency's initials dotted: its last stop is no sentence's
        (
            "A flooded farm near Bagnacavallo. Max Cavallari / A.N.S.A.",
            "Max Cavallari / A.N.S.A.",
            "Max Cavallari",
            "A.N.S.A",
        ),
        # a bar before the label, right after the caption's stop (the Nation's pages)
        (
            "Boats at Dunga beach in Kisumu on August 15, 2022.| Photo | Tom Otieno | Nation Media"
            " Group",
            "Tom Otieno | Nation Media Group",
            "Tom Otieno",
            "Nation Media Group",
        ),
        # "FOR" in capitals parts the photographer from the paper
        (
            "Odile Farnier at her stall in Marseille, on March 5, 2024. THEO GIACOMETTI FOR LE"
            " MONDE",
            "THEO GIACOMETTI FOR LE MONDE",
            "THEO GIACOMETTI",
            "LE MONDE",
        ),
        # a photographer's name in capitals after the caption's stop and a space
        (
            "Transport minister Jane Roe visits Sathorn pier. PATTARAPONG CHATPATTARASILL",
            "PATTARAPONG CHATPATTARASILL",
            "PATTARAPONG CHATPATTARASILL",
            None,
        ),
        (
            "Festive spirit: Families on the Marina beach on Thursday. R. RAGU",
            "R. RAGU",
            "R. RAGU",
            None,
        ),
        # the change to capitals begins the credit after a caption with no stop
        (
            "A burnt vineyard in Cauquenes MARTIN BERNETTI / AFP",
            "MARTIN BERNETTI / AFP",
            "MARTIN BERNETTI",
            "AFP",
        ),
        # an office that lent the picture, in capitals after the caption's bar
        ("A new bus route map for eastern Kyoto. | KYOTO CITY", "KYOTO CITY", None, "KYOTO CITY"),
        (
            "Tour buses queue on a road leading to Todaiji temple. | NARA CITY GOVERNMENT",
            "NARA CITY GOVERNMENT",
            None,
            "NARA CITY GOVERNMENT",
        ),
        # a paper's initials joined by an ampersand
        (
            "Commuters wait at Bellville station. (David Harrison/M&G)",
            "David Harrison/M&G",
            "David Harrison",
            "M&G",
        ),
        # the photographer, then the lender and the agency that distributed it in brackets
        (
            "Olive pickers near Úbeda (Jaén) in December. Fermín Rodríguez (NurPhoto via Getty"
            " Images)",
            "Fermín Rodríguez (NurPhoto via Getty Images)",
            "Fermín Rodríguez",
            "NurPhoto via Getty Images",
        ),
        # a lower-case label glued to the stop, a credit in lower case
        (
            "The funicular near the upper station.photo: zhafaran nasib/the star",
            "zhafaran nasib/the star",
            None,
            "the star",
        ),
        # an agency that spells itself in lower case opens the chain after a stopless caption
        (
            "A harbour seal pup on a sandbank off Hooge picture-alliance/dpa/C. Rehder",
            "picture-alliance/dpa/C. Rehder",
            "C. Rehder",
            "picture-alliance",
        ),
    ],
)
def test_caption_tail_credits_of_picture_heavy_pages(line, credit, photographer, agency):
    found = find_credit(line)
    assert found is not None
    assert (found.credit, found.photographer, found.agency) == (credit, photographer, agency)


@pytest.mark.parametrize(
    "line, in_header",
    [
        # a campaign's sign, no paper the picture was taken for
        ("Supporters waved placards outside the hall on Saturday. JANE ROE FOR SENATE", False),
        # a wire's slug and desk initials signing the story off
        ("The board said it would advise growers on irrigation. PTI TR KJ", False),
        # a section's link in capitals after the bar
        ("The vote on the budget was delayed again on Tuesday. | CITY NEWS", False),
        # a breadcrumb: a place's section over its subsection
        ("Hong Kong / Society", True),
        ("Read the full dpa/Reuters report", False),
        # a capitals name after two sentences or more: a letter's or an op-ed's signature
        (
            "The state of the roads in Wednesbury is a disgrace. I have lost two tyres this"
            " winter. Something must be done. KEVIN HOLLINSHEAD",
            False,
        ),
        (
            "Contractors come and go while the potholes remain. It is time the ministry acted."
            " KWAME OSEI BONSU",
            False,
        ),
        # after one sentence that reports, as a story or a player's rating does, no caption
        ("Could do nothing about the goal and made two smart saves. CAOIMHIN KELLEHER", False),
        ("The Portuguese has worked with the squad for four days. MARCUS RASHFORD", False),
        ("I urge the council to fix the road outside the school now. JANE HOLLINSHEAD", False),
        ("Solid at the back all afternoon and calm on the ball. VIRGIL VAN DIJK", False),
        ("Donations may be sent to the Westport Library. JANE DOYLE ROURKE", False),
        # a place in capitals after the caption, no photographer
        (
            "Villagers carry belongings out of a flooded house in Keningau on Sunday. KOTA BELUD",
            False,
        ),
        # a section's or a beat's tag in capitals after the bar, no office that lent a picture
        ("The ward said it would review the service next year. | CITY HALL", False),
        ("A final vote is expected in June. | SCHOOL BOARD", False),
        ("Budget talks resume on Tuesday. | STATE BUDGET", False),
        ("The team plays its first home game on Friday. | HIGH SCHOOL", False),
    ],
)
def test_caption_tail_lookalikes_are_not_credits(line, in_header):
    assert find_credit(line, in_header=in_header) is None


def _every_line_apart(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_a_stopless_last_line_over_its_writer_is_no_caption_in_spaced_copy():
    # every line set apart: the story's last line, no stop, over the writer's "Name/Paper"
    # sign-off is the story's paragraph, no caption, and the writer no photo's credit
    text = _every_line_apart(
        "Lakeside Courier",
        "Home",
        "News",
        "Fall craft fair returns to the fairgrounds",
        "Sep 12, 2025",
        "The Lakeside Craft Guild will hold its fall fair Saturday at the county fairgrounds.",
        "More than 60 vendors will sell quilts, pottery, jewelry and baked goods.",
        "For more information call the guild at 555-0134",
        "Maria Lopez/Lakeside Courier",
        "Tags",
        "Community",
    )
    record = extract_bytes(text.encode(), path="p23.txt", reference_date=datetime.date(2025, 9, 15))
    assert record.photos == []
    assert "For more information call the guild at 555-0134" in record.body


def test_a_credit_first_label_under_a_short_sentence_is_no_credit_of_it_in_spaced_copy():
    # every line set apart: the BBC's "Image source:" printed over its "Image caption:", under
    # the story's short sentence, credits the caption below; the sentence stays the story's
    text = _every_line_apart(
        "BBC News",
        "Home",
        "News",
        "Sport",
        "Flood barriers raised as river nears record",
        "By Jane Roe",
        "BBC News, York",
        "12 September 2025",
        "Flood barriers have been raised in York as the River Ouse nears a record level.",
        "The Environment Agency said the river could peak on Saturday.",
        "Residents were told to move valuables upstairs.",
        "Image source: Getty Images",
        "Image caption: Sandbags line a street near the river",
        "The city council has opened a rest centre at the Guildhall for anyone forced to leave"
        " their home.",
        "More on this story",
    )
    record = extract_bytes(text.encode(), path="p19.txt", reference_date=datetime.date(2025, 9, 15))
    assert [p.credit for p in record.photos] == ["Getty Images"]
    assert all("Residents" not in p.caption for p in record.photos)
    assert "Residents were told to move valuables upstairs." in record.body


@pytest.mark.parametrize(
    "line",
    [
        # where the pictures stand, said in the credit's bracket: no credit
        "(Photos: Top and bottom) Crews set the first steel beam. The old bridge was closed in May.",
        "(Photo: left to right) Ann Lee, Bo Park and Cy Diaz cut the ribbon on Friday.",
        "(Photos: L-R) The new fire chief and her deputy take the oath on Monday.",
        "(Photo: Inset) The original 1912 depot stands on the same lot.",
        "(Photos: see page A3) Crews clear the last of the debris on Tuesday.",
    ],
)
def test_bracket_position_is_no_leading_credit(line):
    assert find_credit(line) is None


def test_bracket_name_is_a_leading_credit():
    found = find_credit(
        "(Photo: Jane Roe/Eastfield Courier) Volunteers stock shelves at the new site before"
        " Saturday's opening."
    )
    assert found is not None and found.credit == "Jane Roe/Eastfield Courier"


@pytest.mark.parametrize(
    "line",
    ["Undated file photo", "Family file photo", "2019 file photo", "Submitted file photo"],
)
def test_file_photo_with_no_owner_is_no_credit(line):
    assert find_credit(line, in_header=True) is None


def test_file_photo_of_a_paper_is_a_credit():
    found = find_credit("Pioneer file photo", in_header=True)
    assert found is not None and found.agency == "Pioneer"


@pytest.mark.parametrize(
    "record, credit",
    [
        # a list of addresses, or of items with no caption or credit: the record's own credit
        (
            {
                "headline": "Goats return to clear brush on Mill Hill",
                "byline": "By Renata Oyelaran",
                "images": ["https://cdn.example.com/goats-1.jpg"],
                "caption": "Goats graze on Mill Hill on Monday.",
                "photo_credit": "Renata Oyelaran/Herald staff",
                "body": "A herd of 40 goats is back on Mill Hill this week to clear brush.\n\n"
                "The town has hired the herd for three weeks at a cost of $6,000.",
            },
            "Renata Oyelaran/Herald staff",
        ),
        (
            {
                "title": "Harbor dredging to start in November",
                "author": "Ellen Strand",
                "photos": [{"src": "https://cdn.example.com/dredge.jpg"}],
                "image_caption": "Sailboats tie up at the Point Hudson marina.",
                "image_credit": "Ellen Strand/Islander",
                "content": "Dredging of the marina entrance will begin in November after two"
                " years of permit delays.\n\nThe port expects the work to take six weeks.",
            },
            "Ellen Strand/Islander",
        ),
        # an item with its own credit: the list's lead picture
        (
            {
                "headline": "Goats return to clear brush on Mill Hill",
                "byline": "By Renata Oyelaran",
                "images": [{"caption": "Goats graze on Monday.", "credit": "Jane Roe/Herald"}],
                "body": "A herd of 40 goats is back on Mill Hill this week to clear brush.\n\n"
                "The town has hired the herd for three weeks at a cost of $6,000.",
            },
            "Jane Roe/Herald",
        ),
    ],
)
def test_json_picture_list_or_top_level_credit(record, credit):
    article = extract_bytes(json.dumps(record).encode(), path="record.json")
    assert [p.credit for p in article.photos] == [credit]


def test_outlet_bar_person_needs_an_outlet():
    from archiver.extract.credits import credit_over_caption

    caption = "Voters line up outside a polling place in Atlanta on Tuesday."
    over = credit_over_caption("Navajo Times | Jane Roe-Begay", caption)
    assert over is not None and (over.photographer, over.agency) == (
        "Jane Roe-Begay",
        "Navajo Times",
    )
    # a one-word section's name (or a section's two words) over its writer is no outlet
    for line in ("National | Jeff Amy", "Review | Jane Roe", "Local News | Jane Roe"):
        assert credit_over_caption(line, caption) is None, line


@pytest.mark.parametrize("line", ["(Courtesy file photo)", "(Family file photo)"])
def test_lender_file_photo_names_no_owner(line):
    # a lender's word before "file photo" names nobody whose archive it is
    assert find_credit(line) is None
    assert find_credit(line, in_header=True) is None


def test_paper_file_photo_in_brackets():
    c = find_credit("(Daily Bruin file photo)")
    assert c is not None and c.agency == "Daily Bruin"


@pytest.mark.parametrize(
    "teaser, place",
    [
        ("Bilder: So wütete das Unwetter in der Region", "München"),
        ("Bilder: Unwetter über Oberbayern", None),
        ("FOTOS: Lluvias en Lima", None),
    ],
)
def test_plural_picture_label_over_a_gallery_teaser_credits_nothing(teaser, place):
    # "Bilder:" / "Fotos:" open a gallery's teaser as often as a credit: only a person's
    # name, a known agency or a slashed chain after the plural label is a credit (rv58b)
    lead = "Heftige Gewitter haben am Dienstagabend in Oberbayern schwere Schäden angerichtet."
    opening = f"{place}. {lead}" if place else lead
    text = (
        "Süddeutsche Zeitung\nBayern\nUnwetter richtet schwere Schäden in Oberbayern an\n"
        f"{opening}\n{teaser}\n"
        "Die Feuerwehr rückte zu mehr als 300 Einsätzen aus, wie ein Sprecher sagte.\n"
    )
    article = extract_bytes(
        text.encode(), path="teaser.txt", reference_date=datetime.date(2024, 6, 7)
    )
    assert article.photo_credits == []
    assert (article.dateline.place if article.dateline else None) == place
    assert find_credit(teaser) is None


@pytest.mark.parametrize(
    "line, credit",
    [
        ("Bilder: Jonas Wyss", "Jonas Wyss"),
        ("Fotos: EFE/Juan Pérez", "EFE/Juan Pérez"),
        ("Bilder: Keystone", "Keystone"),
    ],
)
def test_plural_picture_label_over_a_person_or_an_agency_is_a_credit(line, credit):
    found = find_credit(line)
    assert found is not None and found.credit == credit


def test_a_credit_glued_to_a_dated_caption_year():
    from archiver.extract.credits import find_credit

    found = find_credit(
        "Crews work at the scene on Thursday, March 21, 2024.Portland Fire & Rescue"
    )
    assert found is not None and found.credit == "Portland Fire & Rescue"
    assert found.photographer is None  # an ampersand joins an office's words
    # near-misses: a sentence glued to a year, a decimal figure
    assert (
        find_credit("The budget was set in 2023.The money has not been spent, they said.") is None
    )
    assert find_credit("Prices rose by 2.5 percent in the year to March.") is None
    # near-misses: a year alone dates a sentence, not a picture; the page's furniture or a
    # section's name glued to the stop is no credit
    assert find_credit("The county finished repaving the road in 2021.Read More") is None
    # near-misses: a headline's words or a place glued to a story's full date
    assert (
        find_credit("The robbery happened on Wednesday, Feb. 14, 2024.Police Say He Acted Alone")
        is None
    )
    assert find_credit("The bank reopened on Thursday, Feb. 15, 2024.Gwinnett County") is None
    assert find_credit("The county repaved the road on Feb. 12, 2024.Advertisement") is None
    assert (
        find_credit("The county finished repaving the road last fall.Arts & Entertainment") is None
    )


def test_picture_supplied_after_a_caption_is_the_lender_word():
    from archiver.extract.credits import find_credit

    found = find_credit("Geotechnical engineers assess the site. Picture supplied")
    assert found is not None and found.credit == "supplied"
    # near-misses: the words inside a sentence, with no caption's stop before the noun
    assert find_credit("The picture supplied by the builder showed the pool.") is None
    assert find_credit("She said it was the only picture supplied.") is None


@pytest.mark.parametrize(
    "line, credit",
    [
        # one party labelled "Source:" closing a caption's sentence: a lender's word, a social
        # network and its account, an outlet that is no wire
        ("Fans queue outside the stadium in Parramatta on Friday. Source: Supplied", "Supplied"),
        ("The video was shared widely on Saturday night. Source: Instagram", "Instagram"),
        (
            "Seized phones laid out at the station in Noida. (Source: X/@noidapolice)",
            "X/@noidapolice",
        ),
        (
            "Traffic banks up on the freeway near Geelong. Source: News Corp Australia",
            "News Corp Australia",
        ),
        # a lender's word alone in the brackets closing a caption's sentence
        ("Firefighters hold the line above the lake on Sunday. (Contributed)", "Contributed"),
        # a chart's maker before its word, the data's source after it
        ("Guardian graphic. Source: Office for National Statistics", "Guardian graphic"),
        # AAP's restriction notice after the credit is no part of it
        (
            "The minister speaks in Canberra on Monday. (AAP Image/Jane Roe) NO ARCHIVING",
            "AAP Image/Jane Roe",
        ),
    ],
)
def test_caption_closing_source_lender_word_and_maker_graphic(line, credit):
    found = find_credit(line, in_header=True)
    assert found is not None and found.credit == credit


@pytest.mark.parametrize(
    "line",
    [
        # a wire's name or a chart's data source after "Source:" credits no picture
        "The central bank held rates steady at its last meeting. Source: Reuters",
        "Asking rents rose 9 per cent in Sydney over the year. Source: CoreLogic",
        # "(File)" names no one
        "The hall on Mission Road as it stood in 1952. (File)",
    ],
)
def test_source_closing_wire_or_data_and_file_word_are_no_credit(line):
    found = find_credit(line, in_header=True)
    assert found is None or found.credit not in ("Reuters", "CoreLogic", "File")


@pytest.mark.parametrize(
    "line, wrong",
    [
        # the chart's kind before its word names no maker
        ("Weather map. Source: Bureau of Meteorology", "Weather map"),
        ("Interactive graphic. Source: International Energy Agency", "Interactive graphic"),
        ("Locator map. Source: OpenStreetMap", "Locator map"),
        # a place's or a subject's initials before it, no agency's
        ("NSW map. Source: Bureau of Meteorology", "NSW map"),
        ("GDP chart. Source: Australian Bureau of Statistics", "GDP chart"),
        # an outlet, a press office or a body sharing an agency's initials after "Source:"
        # closing a sentence names the story's or the data's source
        (
            "Mediators said they hoped to reach a deal before Ramadan. Source: Al Jazeera",
            "Al Jazeera",
        ),
        ("Oil fields in the Permian Basin released the most methane. Source: EPA", "EPA"),
        ("The asteroid will pass within five million kilometres. Source: NASA", "NASA"),
    ],
)
def test_chart_kind_and_story_source_are_no_picture_credit(line, wrong):
    found = find_credit(line, in_header=True)
    assert found is None or found.credit != wrong


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # the stop closes the firm's abbreviation, no caption's sentence (fx60c)
        ("WATERFRONT SHORES CORP. HANDOUT", "WATERFRONT SHORES CORP. HANDOUT"),
        ("The towers at dusk. Acme Homes Ltd. Supplied", "Acme Homes Ltd. Supplied"),
        # a firm named inside the caption's sentence is the sentence's
        ("The plant was sold this week to Ridgeway Foods Inc. HANDOUT", "HANDOUT"),
        ("An artist's rendering of the tower. HANDOUT", "HANDOUT"),
        # the stop of "St." closes no sentence: "St. Louis Co." is a county's (review of fx60c)
        ("Floodwater covers a road in north St. Louis Co. Supplied", "Supplied"),
        ("Residents clear debris in St. Charles Co. HANDOUT", "HANDOUT"),
    ],
)
def test_firm_before_lender_word(line: str, credit: str) -> None:
    found = find_credit(line)
    assert found is not None and found.credit == credit


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("Copyright NBC Chicago", "NBC Chicago"),
        ("© 2024 WKRN Nashville", "WKRN Nashville"),
        ("Copyright 2010-2024 The Daily Star.", "The Daily Star"),
        ("A tanker truck on the A1 motorway.", None),
    ],
)
def test_rights_holder(line: str, holder: str | None) -> None:
    assert rights_holder(line) == holder


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # a picture's party under its label, printed over its caption (fx60c)
        ("Source: X/@metrofirepio", "X/@metrofirepio"),
        ("Source: Supplied", "Supplied"),
        # a wire's or a data body's name there is the story's source
        ("Source: Reuters", None),
        ("Source: Census Bureau", None),
    ],
)
def test_labelled_picture_source(line: str, credit: str | None) -> None:
    found = labelled_picture_source(line)
    assert (found.credit if found is not None else None) == credit


@pytest.mark.parametrize(
    "line, credit",
    [
        # local stations' CMS: the colon after "by", and a viewer's picture under the label
        ("Photo by: Metro Nashville Police Department", "Metro Nashville Police Department"),
        ("Viewer photo: Dana Whitcomb", "Dana Whitcomb"),
        ("Photo: Jane Roe", "Jane Roe"),
    ],
)
def test_labelled_credit_alone_reads_by_colon_and_viewer_photo(line, credit):
    from archiver.extract.credits import labelled_credit_alone

    found = labelled_credit_alone(line)
    assert found is not None and found.credit == credit


@pytest.mark.parametrize(
    "line, credit",
    [
        ("(Knox County Sheriff's Office)", "Knox County Sheriff's Office"),
        ("(Gwinnett County Police Department)", "Gwinnett County Police Department"),
        # a post after a comma, a news agency, a sentence: no lending office alone
        ("(Retired, Boise Police Department)", None),
        ("(Reuters)", None),
        ("(This story has been updated.)", None),
    ],
)
def test_bracketed_office_alone(line, credit):
    from archiver.extract.credits import bracketed_office

    found = bracketed_office(line)
    assert (found.credit if found else None) == credit


@pytest.mark.parametrize(
    "line, credit",
    [
        ("Daniel Okonkwo (Orange County Sheriff's Office)", "Orange County Sheriff's Office"),
        ("Travis J. Keel (Knox County Sheriff's Office)", "Knox County Sheriff's Office"),
        # a speaker's or columnist's affiliation is no booking photo's office
        ("Maria Lopez (Boise State University)", None),
        ("A car burns. (Orange County Sheriff's Office)", None),
    ],
)
def test_named_office_caption_is_a_booking_photo(line, credit):
    from archiver.extract.credits import named_office_caption

    found = named_office_caption(line)
    assert (found.credit if found else None) == credit


def test_google_street_view_alone_in_brackets_between_paragraphs():
    from archiver.extract.credits import bracketed_agency_alone, is_picture_library

    assert is_picture_library("Google Street View")
    found = bracketed_agency_alone("(Google Street View)")
    assert found is not None and found.credit == "Google Street View"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("FILE", True),
        ("File photo", True),
        ("Filepic", True),
        ("PHOTO/FILE", True),
        ("REUTERS", False),
        ("Jane Roe/File", False),
    ],
)
def test_names_no_one_is_a_file_marker_alone(name, expected):
    from archiver.extract.credits import names_no_one

    assert names_no_one(name) is expected


def test_labelled_file_marker_stays_on_photo_but_credits_no_one():
    text = (
        "Schools shut as smog worsens in Lahore\n\nBy Jane Roe\n\nPHOTO: FILE\n\n"
        "LAHORE: The Punjab government on Tuesday extended the closure of all schools.\n\n"
        "A man rides through smog on The Mall in Lahore on Tuesday. PHOTO: REUTERS\n\n"
        "Officials said the decision would be reviewed on Saturday.\n"
    )
    article = extract_bytes(text.encode(), path="smog.txt")
    assert "FILE" in [p.credit for p in article.photos]
    assert article.photo_credits == ["REUTERS"]


def test_file_marker_alone_leaves_an_empty_credit_list_in_the_record():
    text = (
        "Schools shut as smog worsens in Lahore\n\nBy Jane Roe\n\nPhoto: File\n\n"
        "LAHORE: The Punjab government on Tuesday extended the closure of all schools.\n\n"
        "Officials said the decision would be reviewed on Saturday.\n"
    )
    record = extract_bytes(text.encode(), path="smog.txt").to_dict()
    assert record["photos"] and record["photo_credits"] == []


@pytest.mark.parametrize(
    "line, credit",
    [
        (
            "The stone slab at Kondapaka village in Siddipet. (By special arrangement)",
            "By special arrangement",
        ),
        ("Councillor Tane Rikihana. Photo / Supplied", "Supplied"),
        ("Video / Herald NOW", None),
        ("Video / NZ Herald", None),
        ("File photo: Traffic on the Ring Road, Ibadan", None),
        # a taker or an agency and the town of its desk: no scene's words before the place
        ("FILE PHOTO: Reuters, Abuja", "Reuters, Abuja"),
        ("Graphic: News24", "News24"),
        ("Graphic: Flood Waters Rise", None),
        ("Firefighters at the scene; inset, the damaged roofs PICTURES: JANE ROE", "JANE ROE"),
        ("The talks were held in private (By Jane Roe)", None),
    ],
)
def test_fx60b_credit_readings(line, credit):
    for in_header in (False, True):
        found = find_credit(line, in_header=in_header)
        assert (found.credit if found else None) == credit, (line, in_header)


@pytest.mark.parametrize(
    "line, credit",
    [
        ("ST FILE PHOTO", "ST FILE PHOTO"),
        ("AFP PHOTO", "AFP PHOTO"),
        ("THE FILE PHOTO", None),
        ("COMMUNITY PHOTOS", None),
        # a short word in capitals is no paper's initials without its file's word
        ("MORE PHOTOS", None),
        ("NEW PHOTOS", None),
        ("TOP PHOTO", None),
    ],
)
def test_desk_photo_in_capitals_over_caption(line, credit):
    from archiver.extract.credits import credit_over_caption

    found = credit_over_caption(
        line, "Traffic along Bukit Timah Road during the evening rush hour."
    )
    assert (found.credit if found else None) == credit


def test_source_over_dateline_lede() -> None:
    # "Source: Twitter/@NWSFortWorth" over a paragraph opening on a dateline: the story's lede,
    # no caption (review of fx60c)
    lede = "DALLAS — A tornado warning was issued for much of Dallas County on Monday afternoon."
    assert source_over_caption("Source: Twitter/@NWSFortWorth", lede) is None
    said = "Meta said on Tuesday it would end its news deals with New Zealand publishers."
    assert source_over_caption("Source: Facebook", said) is None
    caption = "Firefighters spray water onto the roof of a vacant warehouse on Island Avenue."
    assert source_over_caption("Source: Facebook/@AlleghenyCoEMS", caption) is not None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # a firm's name in capitals after the caption's stop, its abbreviation's stop kept
        (
            "A drawing of the planned terminal in East Toledo. HALVERSON MILLS INC.",
            "HALVERSON MILLS INC.",
        ),
        (
            "A rendering of the new warehouse off Mines Road. RIO BRAVO LOGISTICS CORP.",
            "RIO BRAVO LOGISTICS CORP.",
        ),
        # a firm named at a sentence's end, in capitals or not, is the sentence's
        ("The filing was signed by the buyer, HALVERSON MILLS INC.", None),
        ("The contract went to the lowest bidder, Halverson Paving Co.", None),
        ("HALVERSON MILLS INC.", None),
    ],
)
def test_caps_firm_after_caption_keeps_its_stop(line: str, credit: str | None) -> None:
    found = find_credit(line, in_header=True)
    assert (found.credit if found is not None else None) == credit


def test_caps_name_and_site_over_caption_in_story() -> None:
    from archiver.extract.credits import credit_over_caption

    # the photographer and the site's address in capitals over a caption's sentence
    caption = "Walkers cross the old boardwalk near the Salt Museum in Liverpool on Thursday."
    found = credit_over_caption("DANIEL OKAFOR, SYRACUSE.COM", caption)
    assert found is not None and found.credit == "DANIEL OKAFOR, SYRACUSE.COM"
    # in the story a name and a paper's name over a caption may be a writer's (a roundup's)
    assert credit_over_caption("Daniel Okafor, The Lakeside Gazette", caption) is None
    # a writer's contact line in capitals names no photographer (g60a review)
    assert credit_over_caption("CONTACT MARA KESSLING, SYRACUSE.COM", caption) is None
    assert credit_over_caption("CONTACT REPORTER MARA KESSLING, SYRACUSE.COM", caption) is None


def test_caps_legal_form_needs_its_stop_over_caption() -> None:
    from archiver.extract.credits import credit_over_caption

    # a crosshead naming a company's form is no lender (g60a review)
    caption = "State law lets anyone form a company without naming its members."
    assert credit_over_caption("THE LLC LOOPHOLE", caption) is None
    assert credit_over_caption("MURDER INC", caption) is None


# fx61d: credits read where the page sets them apart from a credit grammar's usual shapes.


def test_rights_sign_opening_a_caption_names_its_agency() -> None:
    from archiver.extract.credits import rights_opened_caption

    found = rights_opened_caption("© Reuters. FILE PHOTO: A jet taxis at Changi Airport, May 2.")
    assert found is not None and found.credit == "Reuters"
    # a page's own notice names no agency, and a sign over no caption credits nothing
    assert rights_opened_caption("© MarketWatchers. All rights reserved.") is None
    assert rights_opened_caption("© Reuters. File photo.") is None


def test_dateline_station_alone_under_a_caption() -> None:
    from archiver.extract.credits import own_source_under_caption

    caption = "Firefighters spray water on the warehouse roof late Thursday."
    found = own_source_under_caption(caption, "WTVD", "WTVD")
    assert found is not None and found.credit == "WTVD"
    assert own_source_under_caption(caption, "WTVD", None) is None  # no dateline's source
    assert own_source_under_caption(caption, "AP", "AP") is None  # a wire signs off so
    assert own_source_under_caption(caption, "WRAL", "WTVD") is None  # another station


def test_person_bar_paper_over_caption_needs_a_by_line_apart() -> None:
    from archiver.extract.credits import credit_over_caption

    line = "Sara Linn | Cannon Falls Beacon"
    caption = "The marching band leads Saturday's parade down Fourth Street."
    found = credit_over_caption(line, caption, byline_apart=True)
    assert found is not None and found.photographer == "Sara Linn"
    assert credit_over_caption(line, caption) is None  # the writer's line, as far as we know


def test_stock_image_label_is_no_credit() -> None:
    from archiver.extract.credits import is_picture_kind

    assert is_picture_kind("(Stock image)")
    assert find_credit("A bus lane sign in Manchester (Image: Alamy Stock Photo)") is not None


def test_caps_name_over_caption_needs_the_story_to_name_it() -> None:
    from archiver.extract.wire_text import _caps_name_over_caption

    block = [("SUMMIT METRO PARKS", 20), ("A rendering of the new bridge over the river.", 21)]
    named = ["Summit Metro Parks will spend $4.6 million on the bridge.", *[b[0] for b in block]]
    assert _caps_name_over_caption(block, 0, named)
    assert not _caps_name_over_caption(block, 0, [b[0] for b in block])  # a heading's words


def test_own_paper_photographer_under_caption() -> None:
    from archiver.extract.credits import own_paper_under_caption

    caption = "Hal Brekke pulls a tray of kolaches from the new oven on Tuesday."
    found = own_paper_under_caption(caption, "Lena Vorhees, Tulsa World", ["TULSA WORLD"])
    assert found is not None and found.photographer == "Lena Vorhees"
    # another paper's name is no evidence of the page's own photographer
    assert own_paper_under_caption(caption, "Lena Vorhees, Tulsa World", ["The Oklahoman"]) is None


def test_booking_office_under_a_name_is_the_mug_shots_credit() -> None:
    found = booking_office_under_name("Jane Q. Roe, 34", "Marion County Sheriff's Office")
    assert found is not None and found.credit == "Marion County Sheriff's Office"


def test_post_under_a_name_is_no_booking_credit() -> None:
    # a council or a school under a person's name is the person's post
    assert booking_office_under_name("Jane Roe", "Springfield City Council") is None
    # a sentence over the office is no mug shot's caption
    assert booking_office_under_name("Jane Roe was arrested.", "Ada Police Department") is None


def test_office_over_a_one_sentence_caption_is_its_credit() -> None:
    found = credit_over_caption(
        "Ada Police Department", "Officers search a field north of town on Monday."
    )
    assert found is not None and found.credit == "Ada Police Department"


def test_office_over_a_reporting_paragraph_is_no_credit() -> None:
    # a section's head over sentences that report speech
    assert (
        credit_over_caption(
            "Ada Police Department", "The chief said two officers will retire this spring."
        )
        is None
    )


def test_bracketed_source_under_a_caption_is_its_lender() -> None:
    found = credit_under_caption("A tree rests on a roof on Monday.", "(Source: Jane Roe)")
    assert found is not None and found.credit == "Jane Roe"


def test_bracketed_wire_source_under_a_paragraph_is_no_credit() -> None:
    assert credit_under_caption("Sales rose a fifth this year.", "(Source: Reuters)") is None


def test_clip_title_over_its_credit_credits_no_photo() -> None:
    assert clip_title_over_credit("Video: Crews clear the crash", "Credit: KSDK")
    # a line crediting a photo as well as the clip stays a photo's credit
    assert not clip_title_over_credit("Video: Jane Roe | Photo: John Doe", "Credit: KSDK")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clark County Fire District 6", True),
        ("Utah Highway Patrol", True),
        ("Portland Parks & Recreation", True),
        ("SUMMIT METRO PARKS", True),
        ("MANHEIM TOWNSHIP SCHOOL DISTRICT", True),
        ("Elgin Area School District U-46", True),
        # the kind alone, or a topic after it: a crosshead's words
        ("STATE PARKS", False),
        ("School District", False),
        ("SCHOOL DISTRICT BUDGET", False),
        ("Fire District 6", False),
        ("Crews from Clark County Fire District 6 helped", False),
        # a section's name joined by "&" or "and", a crosshead's sentence before the kind
        ("Crime & Public Safety", False),
        ("Crime and Public Safety", False),
        ("Cuts Hit Maple Grove School District", False),
    ],
)
def test_public_body_by_its_kind(text: str, expected: bool) -> None:
    """A public body named by its two-word kind after its place, in capitals too."""
    from archiver.extract.credits import is_public_body

    assert is_public_body(text) is expected


@pytest.mark.parametrize(
    ("above", "line", "clip"),
    [
        (["Video", "Play", "1:58", "Council approves grants"], "Credit: WTHR", True),
        (["Watch now", "Storm damage in Moore"], "Credit: KFOR", True),
        (["A plow clears Hennepin Avenue on Monday."], "Credit: Jane Roe", False),
        (["Video", "Play", "1:58"], "Jane Roe/AP", False),
    ],
)
def test_clip_credit_under_player(above: list[str], line: str, clip: bool) -> None:
    from archiver.extract.credits import clip_credit_under_player

    assert clip_credit_under_player(above, line) is clip


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Empty seats on a flight. Photo: Jane Roe (Getty Images)", "Jane Roe (Getty Images)"),
        ("The reservoir on February 20.Jane Roe (EFE)", "Jane Roe (EFE)"),
        ("Fans cheer on Sunday. Jane Roe-USA TODAY Sports", "Jane Roe-USA TODAY Sports"),
        (
            "Photo courtesy of the Central Weather Administration Dec. 3, 2024",
            "Central Weather Administration Dec. 3, 2024",
        ),
    ],
)
def test_fx62b_credit_forms(line: str, credit: str) -> None:
    found = find_credit(line, in_header=True)
    assert found is not None and found.credit == credit


@pytest.mark.parametrize(
    "line",
    [
        "Officials during a demolition exercise along Thika Superhighway/FILE",
        "Superhighway/FILE",
    ],
)
def test_place_before_file_marker_is_no_credit(line: str) -> None:
    assert find_credit(line, in_header=True) is None


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        ("Jane Roe | The Post", True),
        ("DANA KOSTER, Star Tribune", True),
        ("JANE ROE • jroe@startribune.com", False),  # an address, no outlet (is_credit_line's)
        ("Getty Images", False),  # a credit word alone keeps the stop's caution
        ("The council voted on Monday to rebuild the boardwalk.", False),
    ],
)
def test_person_and_outlet_line(line, shaped):
    from archiver.extract.credits import person_and_outlet_line

    assert person_and_outlet_line(line) is shaped


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a station's name with its channel's number, after a short caption's stop
        ("Officers block the road on Tuesday. (Source: WSFA 12 News)", "WSFA 12 News"),
        ("A crowd gathers outside city hall. (Source: Spectrum News 1)", "Spectrum News 1"),
        # a figure cited carries its number: the data's source, no picture's
        ("The rate fell to 3.9% in May. (Source: Labor Bureau 2)", None),
        # a form's number, no channel's: a data source (review fx62d-rv)
        ("Jobless claims held steady in May. (Source: Form 990 Filings)", None),
    ],
)
def test_bracketed_source_station_with_its_number(text: str, expected: str | None) -> None:
    found = find_credit(text)
    assert (found.credit if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(Spectrum News 1/Jane Roe)", ("Jane Roe", "Spectrum News 1")),
        ("(Jane Roe/WSFA 12 News)", ("Jane Roe", "WSFA 12 News")),
        # a road and its crossing, a season and its episode: no one's picture
        ("(Route 9/Elm Street)", None),
        ("(Season 2/Episode 5)", None),
    ],
)
def test_bracketed_station_number_and_photographer(
    text: str, expected: tuple[str, str] | None
) -> None:
    """A station's name ending in its channel's number on either side of the slash."""
    found = find_credit(text)
    got = (found.photographer, found.agency) if found else None
    assert got == expected


@pytest.mark.parametrize(
    ("caption", "line", "expected"),
    [
        ("Harlan Dufresne", "VOLUSIA SHERIFF'S OFFICE", "VOLUSIA SHERIFF'S OFFICE"),
        ("Harlan Dufresne", "Volusia Sheriff's Office", "Volusia Sheriff's Office"),
        # a school under a name in capitals is the person's post, no booking office
        ("Harlan Dufresne", "DELAND HIGH SCHOOL", None),
    ],
)
def test_booking_office_in_capitals(caption: str, line: str, expected: str | None) -> None:
    from archiver.extract.credits import booking_office_under_name

    found = booking_office_under_name(caption, line)
    assert (found.credit if found else None) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("JANE ROE, CLEVELAND.COM", "JANE ROE, CLEVELAND.COM"),
        ("JANE A. ROE, NOLA.COM", "JANE A. ROE, NOLA.COM"),
        # a place, a byline, a contact line and small letters name no photographer
        ("NEW ORLEANS, NOLA.COM", None),
        ("BY JANE ROE, CLEVELAND.COM", None),
        ("CONTACT JANE ROE, SYRACUSE.COM", None),
        ("Jane Roe, cleveland.com", None),
    ],
)
def test_caps_person_and_site_alone(line: str, expected: str | None) -> None:
    """A person and a news site's address, all in capitals, alone where a credit is expected."""
    found = find_credit(line, in_header=True)
    assert (found.credit if found else None) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the address after the bar in the caption's closing brackets: the name is the credit
        ("The amphitheater opened in 2022. (Jane Roe | jroe@paper.com)", "Jane Roe"),
        ("The amphitheater opened in 2022. (By Jane Roe | jroe@paper.com)", None),
        # glued to the caption's stop, a person, a bar and a site's address
        (
            "Voters approved a bond to build two branches.Jane Roe | For NJ.com",
            "Jane Roe | For NJ.com",
        ),
        # the social handle after the bracketed credit is no part of it
        (
            "Police work the scene on Thursday. (Jane Roe/Las Vegas Review-Journal) @janeroe",
            "Jane Roe/Las Vegas Review-Journal",
        ),
        ("Follow the mayor (on X) @mayorjane", None),
        # a backslash where the slash parts the photographer and the desk
        ("The mayor walks along the river on Tuesday. JANE ROE\\STAFF", "JANE ROE\\STAFF"),
        ("C:\\WINDOWS\\SYSTEM", None),
    ],
)
def test_local_paper_credit_forms(line: str, expected: str | None) -> None:
    found = find_credit(line)
    assert (found.credit if found else None) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The bridge in De Pere, Sept. 6, 2024. (WLUK image)", "WLUK image"),
        ("The comet over the desert on Friday. (NASA image)", "NASA image"),
        # a word's image, or the paper's file, names no one who lent the picture
        ("The storm seen from space on Friday. (Satellite image)", None),
        ("The bridge in De Pere on Friday. (FILE image)", None),
        ("(WLUK image)", None),
    ],
)
def test_initials_and_image_in_brackets(line: str, expected: str | None) -> None:
    found = find_credit(line)
    assert (found.credit if found else None) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Officers work the scene on Friday. (Copyright 2024 by KSAT - All rights reserved.)",
            "Copyright 2024 by KSAT - All rights reserved.",
        ),
        # a firm's notice names no station or agency; the page's own notice alone is no credit
        (
            "Officers work the scene on Friday. (Copyright 2024 by Acme Widgets - All rights reserved.)",
            None,
        ),
        ("Copyright 2024 by KSAT - All rights reserved.", None),
    ],
)
def test_station_rights_notice_closing_caption(line: str, expected: str | None) -> None:
    found = find_credit(line)
    assert (found.credit if found else None) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Students leave the school on Friday. Jane Roe / KCUR 89.3", "Jane Roe / KCUR 89.3"),
        # the station named in a sentence is no credit
        ("The station broadcasts on KCUR 89.3", None),
    ],
)
def test_radio_station_and_frequency(line: str, expected: str | None) -> None:
    found = find_credit(line)
    assert (found.credit if found else None) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the label word with no colon before an agency's credit is left off
        ("Ministers meet in Canberra on Monday. Picture AAP Image/Jane Roe", "AAP Image/Jane Roe"),
        # "Picture Alliance" is the agency's own name, kept whole
        ("Barges pass Kaub on Tuesday. Picture Alliance/dpa", "Picture Alliance/dpa"),
        # an artwork's maker and its source pictures: one credit, the leading label off
        (
            "Photo illustration: Jane Roe/Axios. Photo: John Doe/Getty Images",
            "Jane Roe/Axios. Photo: John Doe/Getty Images",
        ),
        (
            "Photo illustration by Slate. Photos by Getty Images Plus",
            "Slate. Photos by Getty Images Plus",
        ),
        # the Observer's byline: the writer, where she filed from and for whom, no credit
        ("Jane Roe in Larissa for The Observer", None),
        # ... where a caption's sentence closes on a freelancer's credit
        ("Farmers in Larissa. Jane Roe for The Observer", "Jane Roe for The Observer"),
    ],
)
def test_label_forms_of_round_63(line: str, expected: str | None) -> None:
    found = find_credit(line, in_header=True)
    assert (found.credit if found else None) == expected
