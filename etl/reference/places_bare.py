"""A headline's bare name read as the unit the same text names with a level word.

A headline or an outlet's name opens its line with the name alone ("Ноокатта тогуз аялдар тобу грант утуп
алды", "Кара-Сууда акция өттү", "Талас турмушу · 17.02.2025"), and the default order (city > oblast > town >
rayon) then picks the town; when the text names that name only as a district ("Ош облусунун Ноокат
районундагы ..."), the headline means that district.  In running text a bare name keeps the default
("The ceremony took place in Nookat"; "in Toktogul"), and so does a dateline ("Kara-Suu, Osh Oblast –")."""

from __future__ import annotations

import re

from etl.reference.gazetteer import gazetteer
from etl.reference.places_match import Raw

# Lower units first: of "Талас облусунун Талас районундагы", a bare "Таласта" is the district.
_RANK = {"settlement": 0, "village": 1, "ayil_aimak": 2, "town": 3, "city": 4, "city_district": 4, "rayon": 5,
         "oblast": 6}


_DATELINE_NEXT = re.compile(r"[^\S\n]*[,–—-]")
_DATELINE_STOP = re.compile(r"\.[^\S\n]+[A-ZА-ЯЁӨҮҢ]")
_HEAD = 400  # a headline and the lines above the body (outlet, date) lie in the first few hundred characters
_TOWNS = frozenset({"town", "city"})


def bare_as_named(text: str, raws: list[Raw]) -> None:
    """Give a bare town name (no level word before or after it) that opens a line near the top the
    unit its name has where the text writes it with a level word, when that is not the bare reading."""
    named = {r.uid for r in raws if r.uid and r.level and not r.ambiguous}
    if not named:
        return
    units = gazetteer().units
    for r in raws:
        if r.start >= _HEAD or not r.uid or r.level or r.pre_level or r.ambiguous or units[r.uid].level not in _TOWNS \
                or (r.start and text[r.start - 1] != "\n") or _DATELINE_NEXT.match(text, r.end):
            continue
        # "Таласском районе" and a bare "Талас" share the unit.  A dateline closed by a full stop ("Талас. В
        # Таласе прошёл ...") names the town where the news was written, never the oblast of the same name
        # (a headline's "Баткен менен Таластын аял ишкерлери" may mean the region)
        dateline = _DATELINE_STOP.match(text, r.end) is not None
        seen = {uid for uid, _kind in r.entries if not (dateline and units[uid].level == "oblast")} & named
        if seen and r.uid not in seen:
            r.uid = min(seen, key=lambda uid: (_RANK.get(units[uid].level, 9), uid))
