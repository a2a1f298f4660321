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
        if place := _place_of(m, level):
            return place
    # Farther back, the body whose name heads the post: a district's own channel signs its post "Кемин
    # райондук социалдык өнүктүрүү башкармалыгы" and names "райондук билим берүү бөлүмү" lines later.
    first_line = text.find("\n", 0, pos)
    head = _HEAD_BODY[level].match(text, 0, first_line if first_line >= 0 else pos)
    return _place_of(head, level) if head else None


# A body of a place at the head of the text: the place's name, then the level adjective of its body.
_HEAD_BODY: dict[str, re.Pattern[str]] = {
    "District": re.compile(rf"\W*({_NAME})\s+(?:райондук|районн\w+)\s|\W*({_NAME}(?:ск|цк)\w*)\s+районн\w+\s"),
    "City": re.compile(rf"\W*({_NAME})\s+(?:шаардык|городск\w+)\s|\W*({_NAME}(?:ск|цк)\w*)\s+городск\w+\s"),
    "Oblast": re.compile(rf"\W*({_NAME})\s+(?:облустук|областн\w+)\s|\W*({_NAME}(?:ск|цк)\w*)\s+областн\w+\s"),
}


def _place_of(m: re.Match[str], level: str) -> str | None:
    written = next(g for g in m.groups() if g)
    place = place_name(written, _GAZ_LEVELS[level], genitive=True)
    if place is None and written[-1:] in ("ы", "и", "е"):  # "мэрии Кара-Балты", "в Кара-Балте"
        place = place_name(written[:-1] + "а", _GAZ_LEVELS[level])
    return place


# The district's own administration named through its head without the place: "райондун акими", "аким
# района", "the district akim" (a deputy stands for no body: "заместитель акима района", "акиминин орун
# басары"; "представители районной администрации" is how the labels leave a body unnamed).
_DISTRICT_BODY = re.compile(
    r"(?<![\w-])(?:райондун\s+акими\w*|[Аа]ким\w*\s+района(?!\s*[А-ЯЁ])"
    r"|(?:the\s+)?district\s+akim(?!\w)|(?:the\s+)?akim\s+of\s+the\s+district(?!\w))")
_DEPUTY = re.compile(r"(?:заместител\w*|зам\.?|deputy|орун\s+басар\w*)\s+$", re.IGNORECASE)
_DEPUTY_AFTER = re.compile(r"\s+орун\s+басар")
_WORD_BEFORE = re.compile(r"([A-ZА-ЯЁӨҮҢ][\w-]*)\s+$")


def district_bodies(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, English name)`` of each district administration named without its place, the
    place being the district the text named before it."""
    if "аким" not in text and "akim" not in text:
        return []
    out = []
    for m in _DISTRICT_BODY.finditer(text):
        if _DEPUTY.search(text, max(0, m.start() - 20), m.start()) or _DEPUTY_AFTER.match(text, m.end()):
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before and place_name(before.group(1), ("rayon",), genitive=True):
            continue  # "Ноокат райондук мамлекеттик администрациясы": the place is its own
        place = level_place_before(text, m.start(), "District")
        if place:
            out.append((m.start(), m.end(), f"{place} District State Administration"))
    return out
