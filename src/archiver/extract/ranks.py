"""Military and police ranks printed before a name, in bylines and photo credits.

Defence departments' and armed forces' newsrooms (Defense.gov, DVIDS, army.mil, the Royal
Navy's and the Australian Defence Force's pages) sign their stories and pictures with the
writer's grade before the name: "By Sgt. 1st Class Jane Roe, Army News Service", "(U.S. Navy
photo by Mass Communication Specialist 2nd Class John Doe)". The grade is the writer's job,
not her name: a byline keeps the name alone (as it drops "Staff Writer"), while a credit is
kept as printed. The abbreviations are those of the AP Stylebook's military titles and the
services' own; a spelled-out grade that is also a given name ("Major Garrett") is left out.
"""

from __future__ import annotations

import re

_CLASS = r"(?:1st|2nd|3rd)\s+Class"
RANK = (
    r"(?:(?:Gen|Lt\.?\s+Gen|Maj\.?\s+Gen|Brig\.?\s+Gen|Col|Lt\.?\s+Col|Maj|Capt|(?:1st|2nd)\s+Lt|Lt"
    r"|Command\s+Sgt\.?\s+Maj|Sgt\.?\s+Maj|Master\s+Sgt|(?:Senior|Chief)\s+Master\s+Sgt"
    r"|1st\s+Sgt|Staff\s+Sgt|Tech\.?\s+Sgt|Gunnery\s+Sgt|Sgt|Cpl|Lance\s+Cpl"
    r"|Spc|Pfc|Pvt|Adm|Rear\s+Adm|Vice\s+Adm|Cmdr|Lt\.?\s+Cmdr|Ens|CWO\d?|WO\d?)\."
    rf"|Sgt\.?\s+{_CLASS}|Chief\s+Warrant\s+Officer(?:\s+\d)?|Petty\s+Officer\s+{_CLASS}"
    r"|(?:Senior\s+Chief|Master\s+Chief|Chief)\s+Petty\s+Officer"
    rf"|Mass\s+Communication\s+Specialist(?:\s+(?:Seaman|{_CLASS}))?"
    rf"|Airman\s+{_CLASS}|Senior\s+Airman|Staff\s+Sergeant|Sergeant\s+Major|Sergeant"
    r"|Lance\s+Corporal|Corporal|Lieutenant(?:\s+(?:Colonel|Commander|General))?"
    r"|Colonel|Brigadier(?:\s+General)?|Major\s+General|Flight\s+Lieutenant|Squadron\s+Leader"
    r"|Wing\s+Commander|Leading\s+(?:Seaman|Aircraftman|Aircraftwoman))"
)
# "Lt. Gov. Dana Roe", "Lieutenant Governor Dana Roe": a state's elected officer, no grade (the
# title is kept whole, as "Gov." is: "Gov. Dana Roe" would be another office)
_OFFICE_AFTER = r"(?!Gov(?:ernor)?\b)"
_RANK_BEFORE_NAME = re.compile(rf"^{RANK}\s+(?=[A-Z]){_OFFICE_AFTER}")
_RANK_ANYWHERE = re.compile(rf"(?<![\w.]){RANK}(?=\s+[A-Z]){_OFFICE_AFTER}")


def without_rank(name: str) -> str:
    """The name with the grade printed before it taken off ("Sgt. 1st Class Jane Roe" ->
    "Jane Roe"); the name as it is when no grade opens it."""
    return _RANK_BEFORE_NAME.sub("", name, count=1)


# A grade where a byline's name starts: the line's start, after "By", "and", a comma or "&".
_RANK_IN_BYLINE = re.compile(
    rf"(?:^|(?<=\b[Bb]y )|(?<= and )|(?<=, )|(?<= & )){RANK}\s+(?=[A-Z]){_OFFICE_AFTER}"
)


def ranks_removed(line: str) -> str:
    """A byline's line with the grade before each name taken off ("By Staff Sgt. Jane Roe and
    Spc. John Doe" -> "By Jane Roe and John Doe")."""
    return _RANK_IN_BYLINE.sub("", " ".join(line.split()))


def ranks_masked(text: str) -> str:
    """`text` with each grade before a name written without its full stops, so that a grade's
    abbreviation ("Spc. Jane Roe") is not read as a sentence's end."""
    return _RANK_ANYWHERE.sub(lambda m: m.group(0).replace(".", ""), text)
