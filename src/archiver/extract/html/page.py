"""What the page shows a reader: its headline (h1) and its photos with captions and credits
(figure/figcaption, and the caption and credit elements sites use instead), in page order."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from lxml import html as lxml_html

from archiver.extract.agencies import is_wire_source
from archiver.extract.credits import find_credit, is_picture_library, split_credit
from archiver.extract.datelines import match_dateline
from archiver.extract.html.structured import Structured
from archiver.extract.html.text import marks, outside_article, visible_text
from archiver.model import Photo

_CREDIT_MARK = re.compile(
    r"credit|copyright|photographer|attribution|courtesy|image-?source|photo-?source", re.I
)
_CAPTION_MARK = re.compile(r"caption|legend|img-desc|image-desc|photo-desc", re.I)
_BYLINE = re.compile(r"byline|author", re.I)  # an article's attribution is no photo credit
_IMAGES = ("img", "picture", "amp-img", "lazy-image", "video")
# a site's own copyright line, not a photo credit
_NOT_CREDIT = re.compile(
    r"rights reserved|\b(?:19|20)\d\d\b|terms|privacy|designed by|crafted|powered by|"
    r"published|updated|\bads?\b|advertis",
    re.I,
)
_CREDIT_PREFIX = re.compile(
    r"^(?:\(?\s*(?:image|photo|picture|photograph|foto|фото|bild|illustration|video)s?\s*"
    r"(?:credit|source|courtesy|copyright)?s?\s*(?:[:：]|by\b|(?<=copyright))|"
    r"\(?\s*(?:credit|source|file)s?\s*[:：]|©|\(c\)|copyright\b)\s*",
    re.I,
)
# "... (AP)", "... [File: Reuters]", "... (Photo: Getty Images)": a credit closing a caption
_TRAILING = re.compile(r"[(\[]\s*(?P<credit>[^()\[\]]{2,80}?)\s*[)\]]\s*\.?\s*$")
# "Photograph by X", "Photo courtesy of X" at the end of a caption
_BY = re.compile(
    r"(?:^|[.)\]]\s+|\s)(?i:(?:photo(?:graph)?s?|image|picture|illustration)\s+"
    r"(?:by|courtesy(?: of)?))\s+(?P<credit>[^.()]{2,80}?)\.?\s*$"
)
# "... Photo: X", "Credit: X", "Фото X", "© X" closing a caption
_LABELLED = re.compile(
    r"(?:^|[\s(\[])(?P<credit>(?i:photo|photograph|credit|image|picture|foto|фото|©)\s*[:：]?\s+"
    r"[^:]{2,80}?|(?i:submitted|courtesy|contributed|file|staff|handout)\s+(?i:photo|image))"
    r"\.?\s*$"
)
_NOT_TRAILING = re.compile(
    r"^(?:left|right|center|centre|top|bottom|pictured|above|below|file)$", re.I
)


def visible_headlines(tree: lxml_html.HtmlElement) -> list[str]:
    """The page's h1 texts in order, those outside navigation and sidebars only."""
    out = []
    for h1 in tree.iter("h1"):
        text = visible_text(h1)
        if text and not outside_article(h1) and text not in out:
            out.append(text)
    return out


def clean_credit(text: str | None) -> str | None:
    """A credit without its label ("Photo:", "Image credit:", "©") and brackets."""
    if not text:
        return None
    text = " ".join(text.split()).strip()
    for _ in range(2):  # "(Photo: ©Reuters)"
        text = _CREDIT_PREFIX.sub("", text).strip(" ()[]").strip()
    tokens = text.split()
    half = len(tokens) // 2
    if tokens and len(tokens) % 2 == 0 and tokens[:half] == tokens[half:]:
        text = " ".join(tokens[:half])  # "@handle @handle": a link and its text
    return text or None


def caption_credit(caption: str) -> str | None:
    """The credit printed at the end of a caption: the wire grammar's forms (Photo by X,
    X/Getty Images, (AP Photo/X)), else a closing bracket that names a source."""
    found = find_credit(caption)
    if found is not None:
        return clean_credit(found.credit)
    m = _BY.search(caption)
    if m:
        return clean_credit(m.group("credit"))
    m = _TRAILING.search(caption)
    if m and not any(ch.isdigit() for ch in m.group("credit")):
        inner = m.group("credit").strip()
        labelled = _CREDIT_PREFIX.match(inner) is not None
        cleaned = clean_credit(inner)
        if (
            cleaned
            and not _NOT_TRAILING.match(cleaned)
            and (labelled or _looks_like_source(cleaned))
        ):
            return cleaned
    m = _LABELLED.search(caption)
    if m:
        tail = clean_credit(m.group("credit"))
        if tail and len(tail.split()) <= 8:
            return tail
    return None


def _looks_like_source(text: str) -> bool:
    """A bracketed source: a name or outlet (capitals or a domain), not an aside."""
    words = text.split()
    if not 1 <= len(words) <= 8 or text.endswith(("?", "!")):
        return False
    if re.fullmatch(r"[\w.-]+\.(?:com|org|net|gov|edu|co\.\w+|\w{2})", text):
        return True
    return text[:1].isupper() and sum(w[:1].isupper() for w in words) >= len(words) / 2


def _in_byline(el: lxml_html.HtmlElement) -> bool:
    """In the article's byline ("attribution" is a credit word for the author too)."""
    node: lxml_html.HtmlElement | None = el
    for _ in range(4):
        if node is None:
            return False
        if _BYLINE.search(marks(node)):
            return True
        node = node.getparent()
    return False


def _container(el: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The figure an element belongs to, else its nearest ancestor (4 levels up at most)
    holding an image."""
    for anc in el.iterancestors():
        if anc.tag == "figure":
            return anc
    node: lxml_html.HtmlElement | None = el
    for _ in range(5):
        if node is None:
            return None
        images = sum(1 for _ in itertools.islice(node.iter(*_IMAGES), 4))
        if node.tag in _IMAGES or 1 <= images <= 3:
            return node
        if images > 3:
            return None  # a gallery or a whole section: no one image's container
        node = node.getparent()
    return None


def _img_url(container: lxml_html.HtmlElement) -> str | None:
    for img in container.iter("img", "amp-img", "source"):
        for attr in ("src", "data-src", "data-lazy-src", "data-original", "srcset", "data-srcset"):
            value = (img.get(attr) or "").strip()
            if value and not value.startswith("data:"):
                return value.split()[0]
    return None


_CAMERA = re.compile(r"(?:^|[-_\s])camera(?:$|[-_\s])", re.I)
# a paragraph of the text that credits the page's photo: "Main image credit: Getty"
_CREDIT_LINE = re.compile(
    r"^(?:(?:main|top|lead|header|featured|cover)\s+)?(?:image|photo|picture|photograph)s?\s+"
    r"(?:credit|courtesy)s?\s*[:：]\s*(?P<credit>.{2,80})$",
    re.I,
)
_IMAGE_MARK = re.compile(r"image|img|photo|picture|featured|media", re.I)
_GALLERY = re.compile(r"galler|slideshow|photos\b|images\b|\bview\b", re.I)
_CREDIT_WORD = re.compile(r"\bcredits?\s*[:：]", re.I)
# "[사진=JTBC, 이매진아시아]", "[Photo: X]": a bracketed credit line for the page's photos
_BRACKET_LINE = re.compile(
    r"^[\[(]\s*(?:사진|写真|照片|图片|圖片|photos?|fotos?|фото|images?)\s*[=:：]\s*"
    r"(?P<credits>[^\[\]()]{1,80})[\])]$",
    re.I,
)
# "installation views, photos © Inexhibit, 2018": a short line of the text crediting its photos
_PHOTOS_LINE = re.compile(
    r"(?:^|[,;:]\s*)(?:photos?|photographs?|images?|pictures?)\s*(?:©|\(c\)|copyright\b)\s*"
    r"(?P<credit>[^,;:()©]{2,60}?)(?:,\s*(?:19|20)\d\d)?\s*\.?$",
    re.I,
)
# "Harold Vandermeer Photo courtesy of the Vandermeer family": a caption's line and its
# lender's credit line, joined into one paragraph where the text set them apart by a line
# break only (a feed item's plain-text description, a "<br>" between them); the label is
# capitalised, as no sentence of prose prints it mid-sentence ("a photo courtesy of ...").
_LENT_TAIL = re.compile(
    r"(?:^|(?<=\s))(?P<credit>(?:Photos?|PHOTOS?|Images?|Pictures?)\s+(?i:courtesy)"
    r"(?:\s+(?i:of)|\s*:)?\s+(?P<name>\S.{1,80}))$"
)
# The words a lender's name has at most after the label ("the Great Barrington Fire
# Department"), and the small words it may print in lower case ("the Roe family").
_LENT_NAME_WORDS = 6
_LENT_NAME_SMALL = frozenset({"of", "the", "and", "family", "&"})
# The most words of the caption before such a credit (a name or a short description), and
# the most characters of the whole paragraph.
_LENT_TAIL_CAPTION_WORDS = 20
_LENT_TAIL_CHARS = 200
_PROMO = re.compile(r"\bsubscribe\b|\bsign up\b|\bnewsletter\b", re.I)


def _beside_headline(el: lxml_html.HtmlElement) -> bool:
    """In the article's header: a near ancestor holds the page's h1 (a site that sets its
    headline, date and photo credit in a column it calls a sidebar)."""
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= 4 or anc.tag in ("body", "html", "nav", "footer"):
            return False
        if next(anc.iter("h1"), None) is not None:
            return True
    return False


# The inline elements a page sets a caption in, right after its image in the same block.
_CAPTION_INLINE = frozenset({"em", "i", "small"})


def _italic_after(img: lxml_html.HtmlElement) -> str | None:
    """The caption a page sets in italics right after an image with no figure around it
    ("<p><img ...><em>A rendering of the park. (Park District)</em></p>", as feeds and
    older content systems print it), when a credit closes it: italics alone are emphasis."""
    after = img.getnext()
    if after is None or after.tag not in _CAPTION_INLINE or (img.tail or "").strip():
        return None
    text = visible_text(after)
    if not text or len(text) > 500 or caption_credit(text) is None:
        return None
    return text


# A caption's closing credit in brackets under its label: "(Image credit: Jane Roe for NPR)",
# "[Photo credit: WMATA]".
_BRACKETED_CREDIT_END = re.compile(
    r"[(\[]\s*(?i:(?:photo|image|picture)\s+)?(?i:credits?)\s*[:：]\s*[^()\[\]:]{2,80}[)\]]\s*$"
)


def _credited_para_after(img: lxml_html.HtmlElement) -> str | None:
    """The caption a feed's item sets in the paragraph right after its image ("<img ...><p>
    Sockeye salmon swim up the river. (Image credit: Jane Roe for NPR)</p>", as NPR's and
    other broadcasters' RSS items print it), when a labelled credit closes it: a paragraph
    after an image is the story's own unless it says whose picture it is."""
    after = img.getnext()
    if after is None or after.tag != "p" or (img.tail or "").strip():
        return None
    text = visible_text(after)
    if not text or len(text) > 500 or _BRACKETED_CREDIT_END.search(text) is None:
        return None
    return text


def page_photos(
    tree: lxml_html.HtmlElement, structured: Structured, body: Sequence[str] = ()
) -> list[Photo]:
    """Photos shown with the article, in page order: each figure or image container with
    its caption and credit (a credit element, else the credit closing the caption); the
    page's structured data fills in a credit by the image's URL. A credit the page prints
    with no image container (a camera-icon label, "Main image credit: X" closing the text)
    is a photo of its own."""
    found: dict[lxml_html.HtmlElement, dict[str, list[str]]] = {}
    loose: list[str] = []
    joined: list[tuple[str, str]] = []  # a caption and its lender's credit in one paragraph

    def note(container: lxml_html.HtmlElement | None, key: str, text: str) -> None:
        if container is None and _IMAGE_MARK.search(marks(el)):
            container = el  # "featured-image-caption" whose image is set apart (a background)
        if container is None or outside_article(container):
            return
        texts = found.setdefault(container, {}).setdefault(key, [])
        if not any(text in t for t in texts):
            texts.append(text)

    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "meta", "link"):
            continue
        if el.tag == "figure":
            if not any(a.tag == "figure" for a in el.iterancestors()) and not outside_article(el):
                found.setdefault(el, {})
            continue
        m = marks(el) + " " + (el.get("data-role") or "")
        if not m.strip() and el.tag != "figcaption":
            continue
        if el.tag == "figcaption" or _CAPTION_MARK.search(m):
            text = visible_text(el)
            if text and len(text) < 2000:
                note(_container(el), "caption", text)
        elif _CREDIT_MARK.search(m) and not _in_byline(el):
            text = visible_text(el)
            if clean_credit(text) and len(text) <= 100 and not _NOT_CREDIT.search(text):
                note(_container(el), "credit", text)
        elif _CAMERA.search(m) and not visible_text(el) and (up := el.getparent()) is not None:
            text = visible_text(up)
            if (
                text
                and len(text) <= 60
                and not _GALLERY.search(text)
                and (not outside_article(el) or _beside_headline(el))
            ):
                container = _container(up)
                if container is not None:
                    note(container, "credit", text)
                else:
                    loose.append(text)
    taken = set(found)
    for img in tree.iter("img"):
        parent = img.getparent()
        if parent is None or outside_article(img):
            continue
        if any(c in taken for c in [img, *img.iterancestors()]):
            continue
        text = visible_text(parent)
        if text and len(text) <= 500 and _CREDIT_WORD.search(text) and _LABELLED.search(text):
            note(parent, "caption", text)  # "<img> <div>... (credit: NASA/Jude Guidry)</div>"
        elif (italic := _italic_after(img)) is not None:
            note(parent, "caption", italic)  # "<p><img><em>... (Park District)</em></p>"
        elif (para := _credited_para_after(img)) is not None:
            # "<img><p>... (Image credit: Jane Roe for NPR)</p>": the paragraph holds the
            # picture, so two pictures in one item stay two
            note(img.getnext(), "caption", para)
    pictureless = next(tree.iter("img", "figure", "picture"), None) is None
    for at, para in enumerate(body):  # "photos © X": a line under the photos, anywhere
        line = _PHOTOS_LINE.search(para.strip()) if len(para) <= 200 else None
        if line:
            loose.append(line.group("credit"))
        elif (lent := lent_caption(para)) is not None:
            joined.append(lent)
        elif pictureless and (credited := _caption_paragraph(para, first=at == 0)) is not None:
            joined.append(credited)
    for para in body[-4:]:
        line = _CREDIT_LINE.match(para.strip())
        if line:
            loose.append(line.group("credit"))
        line = _BRACKET_LINE.match(para.strip())
        if line:  # several sources: a credit each
            loose.extend(c for c in re.split(r"\s*[,、]\s*", line.group("credits")) if c)
    by_url = {i.url: i for i in structured.images if i.url}
    position = {e: i for i, e in enumerate(tree.iter())}
    ordered = sorted(found.items(), key=lambda kv: position.get(kv[0], 0))
    photos: list[Photo] = []
    for container, slot in ordered:
        if any(a in found for a in container.iterancestors()):
            continue  # an image container inside another: one photo
        caption = " ".join(slot.get("caption") or [])
        if not caption and not slot.get("credit") and container.tag == "figure":
            # a figure's <cite> ("Photo by X/Getty Images") where it has no figcaption
            caption = " ".join(visible_text(c) for c in container.iter("cite"))[:500]
        if _PROMO.search(caption):
            continue  # a promotion set as a figure ("Subscribe to our magazine")
        credit = clean_credit(next(iter(slot.get("credit") or []), None))
        if credit is None and caption:
            credit = caption_credit(caption)
        url = _img_url(container)
        known = by_url.get(url) if url else None
        if credit is None and known is not None:
            credit = known.credit
        if not caption and not credit:
            continue
        photos.append(_photo(caption, credit, url, known.copyright_holder if known else None))
    for text in loose:
        credit = clean_credit(text)
        if credit and not any(p.credit == credit for p in photos):
            photos.append(_photo("", credit, None, None))
    for caption, credit in joined:
        if not any(p.credit == credit for p in photos):
            photos.append(_photo(caption, credit, None, None))
    return photos


# A caption set as a paragraph of the text, its credit closing it: at most this many words.
_CAPTION_PARAGRAPH_WORDS = 40


def _caption_paragraph(para: str, first: bool = False) -> tuple[str, str] | None:
    """A paragraph of a text with no pictures that is a caption's sentence closed by a credit
    naming its photographer ("... on April 6, 2023. THE CANADIAN PRESS/Jane Roe"), as
    (caption, credit): a feed item's plain-text description, or a page saved without its
    images, keeps each picture's caption as a paragraph between the story's. The credit is
    read as the plain text's story lines read it (find_credit outside the header); an
    outlet's name alone ("... in Ottawa on Tuesday. CBC News") closes a story's sentence as
    often as a caption's, and is none. The text's first paragraph is a caption only where a
    photo's label or brackets mark its credit ("... Balogun Market. Photo: Jane Roe", as a
    feed's description opens with its lead picture's caption): a story's lead may close on
    a name and a slash."""
    text = " ".join(para.split())
    if not text or len(text.split()) > _CAPTION_PARAGRAPH_WORDS:
        return None
    closing = _closing_credit(text)
    if closing is None:
        return None
    caption, found_credit, labelled, bracketed = closing
    if not caption.endswith((".", "!", "?")):
        return None  # the credit after the caption's closed sentence, as the plain text has it
    credit = clean_credit(found_credit)
    if not credit:
        return None
    if first and not labelled and not bracketed:
        return None
    if not labelled and "/" not in credit and not (bracketed and is_picture_library(credit)):
        # "... on Tuesday. CBC News", "... said on Monday. (Reuters)": a story's line and
        # its outlet's or agency's tag as often; a photo's label, a photographer's slash or
        # a picture library in brackets ("(Shutterstock)") is a caption's only
        return None
    if (first or labelled or bracketed) and not _caption_not_lead(caption, first):
        return None
    if bracketed and "/" in credit and not _photographer_slash(credit):
        # "(AFP/Reuters)", "(ANI/PTI)", "(Agencies/PTI)", "(Reuters/Ipsos)": the agencies
        # that filed the story, or a poll's sponsors, no photo's credit
        return None
    return (caption, credit)


def _closing_credit(text: str) -> tuple[str, str, bool, bool] | None:
    """The text before a credit closing the paragraph, and the credit (find_credit), the
    credit labelled ("... a burnt shop. Photo: Jane Roe"), bracketed ("... on Friday. (Jane
    Roe/HT Photo)") or bare, as (text, credit, labelled, bracketed)."""
    found = find_credit(text)
    if found is None or (at := text.rfind(found.credit)) < 0:
        return None
    before, after = text[:at], text[at + len(found.credit) :].strip()
    label = _CLOSING_LABEL.search(before)
    bracketed = after in (")", "]") and before.rstrip().endswith(("(", "["))
    if label is not None and not after:
        caption = before[: label.start()]  # "... a burnt shop. Photo: Jane Roe"
    elif bracketed:
        caption = before.rstrip()[:-1]  # "... near Airoli, on Friday. (Jane Roe/HT Photo)"
    elif not after:
        caption = before
    else:
        return None
    return (caption.rstrip(), found.credit, label is not None and not after, bracketed)


def lead_without_credit(para: str) -> str | None:
    """A story's lead as the dateline grammar reads it, its lead photo's labelled or
    bracketed credit off ("LAGOS: A fire swept ... officials said. Photo: Jane Roe" as
    "LAGOS: A fire swept ... officials said."), or None where no such credit closes it."""
    text = " ".join(para.split())
    closing = _closing_credit(text) if text else None
    if closing is None or not (closing[2] or closing[3]):
        return None
    return closing[0] if closing[0].endswith((".", "!", "?")) else None


# A reporting verb, as a story's lead has it ("..., emergency officials said.") and a
# caption seldom does.
_LEAD_VERB = re.compile(r"\b(?:said|says|told|announced|reported)\b")


def _caption_not_lead(caption: str, first: bool) -> bool:
    """The caption of a labelled or bracketed credit is no story's lead: it opens with no
    dateline ("LAGOS: A fire swept ... Photo: Jane Roe", "Mumbai: Heavy rain ... (Jane
    Roe/HT Photo)"), and, as the text's first paragraph, reports no one's words."""
    if match_dateline(caption, None) is not None:
        return False
    return not (first and _LEAD_VERB.search(caption))


# A picture desk's label in a bracketed credit ("HT Photo", "PTI Photo", "IANS Pic").
_DESK_PHOTO = re.compile(r"[A-Z][\w&.\-]{0,10} (?:Photo|PHOTO|Pic|PIC)s?")
# A poll's sponsor's word before a slash ("Morning Consult/Politico", "Siena College/NYT").
_POLL_SPONSOR = re.compile(
    r"\b(?:Consult|Ipsos|YouGov|Gallup|Marist|Quinnipiac|Siena|Emerson|Harris|Pew|SSRS"
    r"|Rasmussen|Monmouth|Poll|Polling|Research|Insights?|College|University|Institute)\b"
)


def _photographer_slash(credit: str) -> bool:
    """A bracketed slashed credit is a photo's: a person's name before the slash ("Satish
    Bate/HT Photo") or a picture desk's label beside it; two agencies ("AFP/Reuters",
    "Agencies/PTI") or a poll's sponsors ("Reuters/Ipsos") are none."""
    sides = [side.strip() for side in credit.split("/")]
    if any(_DESK_PHOTO.fullmatch(side) for side in sides):
        return True
    person = split_credit(credit).photographer
    if not person or is_wire_source(person) or _POLL_SPONSOR.search(person):
        return False
    return not any(_POLL_SPONSOR.search(side) for side in sides)


# A photo's label closing a caption's sentence before its credit ("... Photo: Jane Roe",
# "... Picture credit: X"), in a paragraph of a text with no pictures.
_CLOSING_LABEL = re.compile(
    r"(?<=[.!?])\s+(?:(?:Photo|Photograph|Image|Picture|PHOTO|IMAGE)s?(?:\s+(?i:credit))?"
    r"|Credit|CREDIT)\s*[:：]\s*$"
)


# The most characters between a caption and its credit in a paragraph read as a photo: a
# photo's label and its brackets (" Picture credit: ", " (").
_CAPTION_GAP_CHARS = 20


def shown_as_photo(para: str, photos: Sequence[Photo]) -> bool:
    """The paragraph is a caption and its credit that page_photos read as a photo
    (_caption_paragraph): the caption, then the credit, with at most a label or brackets
    between them and after ("... a burnt shop. Photo: Jane Roe", "... (Jane Roe/HT Photo)")."""
    text = " ".join(para.split())
    for p in photos:
        if not p.caption or not p.credit or not text.startswith(p.caption):
            continue
        rest = text[len(p.caption) :].rstrip(")]").rstrip()
        if rest.endswith(p.credit) and len(rest) - len(p.credit) <= _CAPTION_GAP_CHARS:
            return True
    return False


def lent_caption(para: str) -> tuple[str, str] | None:
    """A short paragraph that is a caption closed by its lender's credit (_LENT_TAIL), as
    (caption, credit): the credit read as the credit grammar reads it on its own line
    ("Vandermeer family"); the caption is what stands before the label."""
    text = " ".join(para.split())
    if len(text) > _LENT_TAIL_CHARS or (m := _LENT_TAIL.search(text)) is None:
        return None
    caption = text[: m.start()].strip()
    words = caption.split()
    if (
        len(words) > _LENT_TAIL_CAPTION_WORDS
        # "Story and Photos Courtesy of Jane Roe": one credit for the text and its pictures
        or (words and words[-1].lower() in ("and", "&"))
        # "Images courtesy of NASA show the comet's tail.": a sentence of prose, no name
        # alone (the credit stands alone where a blank line parts it from its caption)
        or not _lender_name(m.group("name"))
    ):
        return None
    found = find_credit(m.group("credit"), in_header=True)
    credit = clean_credit(found.credit) if found is not None else None
    return (caption, credit) if credit else None


def _lender_name(name: str) -> bool:
    """The text after a "Photo courtesy of" label is a name alone ("the Roe family", "Idaho
    State Police"): a few words, each capitalised but the small ones, no sentence's full stop
    after a word ("Jane Roe show the roof torn off her barn", "Readers Like You Are Always
    Welcome!" go on as prose)."""
    words = name.rstrip(".").split()
    return (
        0 < len(words) <= _LENT_NAME_WORDS
        and "!" not in name
        and all(w[0].isupper() or w[0].isdigit() or w.lower() in _LENT_NAME_SMALL for w in words)
        # "St." and "J." inside a name; "Roe. More" ends a sentence
        and not any(w.endswith(".") and len(w) > 3 for w in words[:-1])
    )


def _photo(caption: str, credit: str | None, url: str | None, holder: str | None) -> Photo:
    parts = split_credit(credit) if credit else None
    return Photo(
        caption=caption,
        credit=credit,
        photographer=parts.photographer if parts else None,
        agency=parts.agency if parts else None,
        position=None,
        count=None,
        licensable=False,
        url=url,
        copyright_holder=holder,
    )
