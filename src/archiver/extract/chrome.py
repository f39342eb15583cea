"""Page chrome: the web page's furniture around a story, which is never part of its body."""

from __future__ import annotations

import re

# Lines that are page furniture wherever they stand.
_CHROME_LINES = re.compile(
    r"""^(?:
        advertisement|ad|sponsored(?:\s+content)?|story\s+continues\s+below(?:\s+advertisement)?|
        license\s+photo|licence\s+photo|buy\s+photo|view\s+gallery|view\s+photos?|photos?|gallery|
        share|share\s+this(?:\s+(?:article|story|page|post))?|share\s+on\s+\w+|share\s+via\s+\w+|
        tweet|email|e-mail|print|print\s+this(?:\s+(?:article|page))?|save|
        comments?|\d+\s+comments?|leave\s+a\s+comment|add\s+a\s+comment|post\s+a\s+comment|
        show\s+comments|load\s+comments|view\s+comments|join\s+the\s+(?:discussion|conversation)|
        read\s+more|continue\s+reading|click\s+here.*|back\s+to\s+top|
        follow\s+(?:us|@\w+).*|like\s+us\s+on\s+facebook.*|sign\s+up\s+for\s+.*newsletter.*|
        subscribe(?:\s+now)?|skip\s+to\s+(?:main\s+)?content|menu|home|
        (?:facebook|twitter|linkedin|whatsapp|reddit|pinterest)(?:\s*[|/·•]\s*(?:facebook|twitter|linkedin|whatsapp|reddit|pinterest|email|print))*|
        \d+\s+of\s+\d+|\d+\s+photos?|image\s+\d+\s+of\s+\d+|
        (?:©|\(c\)|copyright)\s.*all\s+rights\s+reserved\.?|
        (?:top|world|u\.?s\.?|us|business|health|science|entertainment|sports|odd|defense|
           energy|security|technology|tech|politics|breaking|local|national|latest)\s+news
    )\s*[.:!]?$""",
    re.IGNORECASE | re.VERBOSE,
)

# Headings after which the page lists other stories: the story is over.
_TERMINATORS = re.compile(
    r"""^(?:
        latest\s+headlines|related(?:\s+(?:stories|articles|coverage|news|content|links))?|
        trending(?:\s+(?:stories|now|news))?|most\s+(?:popular|read|viewed|shared|emailed)|
        recommended(?:\s+(?:for\s+you|stories|reading))?|more\s+(?:stories|news|from\s+.+)|
        you\s+(?:may|might)\s+also\s+like|top\s+stories|editor'?s\s+picks|
        what\s+to\s+read\s+next|around\s+the\s+web|from\s+around\s+the\s+web
    )\s*:?$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_chrome(line: str) -> bool:
    text = " ".join(line.split())
    return bool(text) and bool(_CHROME_LINES.match(text))


def is_terminator(line: str) -> bool:
    return bool(_TERMINATORS.match(" ".join(line.split())))


_TIMESTAMP = re.compile(
    r"""^(?:(?:published|updated|posted|last\s+updated)\s*:?\s*)?
        (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?
        (?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|\d{4}-\d\d-\d\d)
        (?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?)?
        (?:\s*[|/]\s*(?:updated\s+)?.*)?$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_page_timestamp(line: str) -> bool:
    """A page's publication stamp ("Nov. 19, 2014 at 3:42 PM"), which is not story text."""
    text = " ".join(line.split())
    return len(text) <= 80 and bool(_TIMESTAMP.match(text))
