"""dateutil's answer for the commonest dateline dates, without dateutil's general parser.

Most datelines print a month's name and a day ("Aug. 3", "14 mar", "Nov. 19, 2014"), and
`datelines.resolve_date` parses each date twice (two default years tell a printed year from a
missing one), several times per article: dateutil's general parser (a lexer, then token
rules) costs about 0.1 ms a call, a tenth of extracting a short article. These forms are read
here with one pattern and the parser's own month table; anything else, and any name the table
does not hold as a month only, goes to dateutil. The answer is the one dateutil gives,
exceptions included (a day past the month's end raises ValueError); tests/test_extract_fast_paths.py
pins it to dateutil for every month name the wire parser knows.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as dateparser

# "Aug. 3", "March 3, 2014" / "14 mar", "3 March 2014": one space between the parts, ASCII
# digits, a day of one or two digits, a year of four
_MONTH_DAY = re.compile(r"([^\W\d_]+)\.? ([0-9]{1,2})(?:, ([12][0-9]{3}))?")
_DAY_MONTH = re.compile(r"([0-9]{1,2}) ([^\W\d_]+)\.?(?: ([12][0-9]{3}))?")


def parse_date(text: str, parserinfo: dateparser.parserinfo, default: dt.datetime) -> dt.datetime:
    """`dateutil.parser.parse(text, parserinfo=parserinfo, default=default)`."""
    found = _MONTH_DAY.fullmatch(text)
    if found is not None:
        name, day, year = found.groups()
    else:
        found = _DAY_MONTH.fullmatch(text)
        if found is not None:
            day, name, year = found.groups()
    if found is not None and 1 <= int(day) <= 31:
        month = parserinfo.month(name)
        # a word the parser also reads otherwise (a weekday, "a"/"p", a jump word, a zone)
        # is left to it: its rules decide which reading wins
        if month is not None and not _other_reading(name, parserinfo):
            # ValueError for 31 June, as dateutil raises
            year_ = default.year if year is None else int(year)
            return default.replace(year=year_, month=month, day=int(day))
    return dateparser.parse(text, parserinfo=parserinfo, default=default)


def _other_reading(name: str, info: dateparser.parserinfo) -> bool:
    return bool(
        info.weekday(name) is not None
        or info.ampm(name) is not None
        or info.jump(name)
        or info.hms(name) is not None
        or info.pertain(name)
        or info.utczone(name)
        or name in info.TZOFFSET
    )
