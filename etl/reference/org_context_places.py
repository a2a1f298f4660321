"""The place a level word stands for when a body is named without its place.

"Узгенская районная государственная администрация и районное управление занятости", "мэрия города
Майлуу-Суу и городской отдел образования", "Ноокат районунда … Райондук билим берүү бөлүмү": the
second body is the district's (the city's) own, named by its level alone.  The place is the nearest
one of that level the text names before it (within a few sentences); with none, the body stays
unnamed (``org_municipal.unowned_state_body``).
"""

from __future__ import annotations

import re

from etl.reference.org_places import place_name

_NAME = r"[A-ZА-ЯЁӨҮҢ][\w]*(?:[-‐–][\w]+)*"
# Where a text names a district, city or oblast: a Russian adjective before the level noun, a Russian
# "города X" / "в городе X" / "г. X", a Kyrgyz name before "району", "шаары", "облусу" and their
# adjectives, an English name before "district", "city", "oblast".
_BY_LEVEL: dict[str, re.Pattern[str]] = {
    "District": re.compile(rf"({_NAME}(?:ск|цк)\w*)\s+район\w*|({_NAME})\s+(?:район\w*|district)(?!\w)"),
    "City": re.compile(rf"({_NAME}(?:ск|цк)\w*)\s+городск\w*|(?:город\w*|г\.)\s*({_NAME})"
                       rf"|({_NAME})\s+(?:шаар\w*|city)(?!\w)|мэри\w+\s+(?:города\s+)?({_NAME})"),
    "Oblast": re.compile(rf"({_NAME}(?:ск|цк)\w*)\s+област\w*|({_NAME})\s+(?:облус\w*|oblast|region)(?!\w)"),
}
_GAZ_LEVELS = {"District": ("rayon",), "City": ("city", "town"), "Oblast": ("oblast",)}
_LOOK_BACK = 600


def level_place_before(text: str, pos: int, level: str) -> str | None:
    """English name of the nearest place of ``level`` (District, City, Oblast) named before ``pos``."""
    pattern = _BY_LEVEL.get(level)
    if pattern is None:
        return None
    for m in reversed(list(pattern.finditer(text, max(0, pos - _LOOK_BACK), pos))):
        written = next(g for g in m.groups() if g)
        place = place_name(written, _GAZ_LEVELS[level], genitive=True)
        if place:
            return place
    return None
