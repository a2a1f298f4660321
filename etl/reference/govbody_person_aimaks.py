"""Ayil okmotus of ayil aimaks named after a person: two words before "айыл өкмөтү".

"Болот Мамбетов айыл өкмөтү", "глава Абсамат Масалиевского айыл окмоту": the gazetteer names a
dozen ayil aimaks by a first and last name (Болот Мамбетовский, Торогелди Балтагуловский), and
the one-word place patterns read only the surname, so the body loses its first name
("Mambetov ayil okmotu") or, in Russian, is not found at all.  Both words must name one gazetteer
ayil aimak or village, so "Нурбек Жапаров айыл өкмөтүнүн башчысы" (a person before the body) and
"Кара-Суу айыл өкмөтү" (one word) are left to the other patterns.
"""

from __future__ import annotations

import re

from etl.reference.govbody_places import LOW, place_name
from etl.reference.scan import find_all

_WORD = r"[A-ZА-ЯЁӨҮҢ][\w]*(?:-[\w]+)*"
_TWO_WORDS = re.compile(rf"(?<![\w-])({_WORD}[^\S\n]+{_WORD})(?:ск\w+)?[^\S\n]+айыл\w*[^\S\n]+[өо]км[өо]т\w*")


def person_named_okmotus(text: str, ft: str) -> list[tuple[int, int, str]]:
    """``(start, end, English name)`` of ayil okmotus whose ayil aimak is named by two words."""
    if "окмот" not in ft:
        return []
    out: list[tuple[int, int, str]] = []
    seen: set[int] = set()
    for i in find_all(ft, "окмот"):  # only around the noun: most texts name an okmotu a few times
        m = next((m for m in _TWO_WORDS.finditer(text, max(0, i - 90), i + 12) if m.end() > i), None)
        if m is None or m.start() in seen:
            continue
        seen.add(m.start())
        written = m.group(1)
        place = place_name(written, LOW)
        if place and " " in place:
            out.append((m.start(), m.end(), f"{place} ayil okmotu"))
    return out
