"""Courts and prosecutor's offices of a district, city or oblast, named after their place.

"Ысык-Атинским районным судом" → "Ysyk-Ata District Court", "судьи Джалал-Абадского областного суда" →
"Jalal-Abad Oblast Court", "Өзгөн райондук сотунун судьясы" → "Uzgen District Court", "сотрудники
прокуратуры Джалал-Абадской области" → "Jalal-Abad Oblast Prosecutor's Office".  They are state bodies
like a district's departments: the judges or prosecutors the text names took part for their court or
office.  A court with no place ("суды аксакалов", "районного суда") names no body.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from etl.reference.govbody_places import place_name

_NAME = r"[A-ZА-ЯЁӨҮҢ][\w]*(?:[-‐–][\w]+)*"
_LEVEL = {"районн": "District", "областн": "Oblast", "городск": "City", "райондук": "District",
          "облустук": "Oblast", "шаардык": "City", "district": "District", "oblast": "Oblast", "regional": "Oblast",
          "city": "City"}
_LEVELS = {"District": ("rayon",), "Oblast": ("oblast",), "City": ("city", "town")}
# Russian case forms of "суд" alone: "судьи", "судебный" are other words
_SUD = r"суд(?:а|у|ом|е)?(?!\w)"
# Kyrgyz "сот" with its possessive and case endings: "соту", "сотунун", "сотуна", "сотунда"
_SOT = r"сот(?:у|унун|уна|унда|ун)(?!\w)"


def _of_place(unit: str) -> Callable[[re.Match[str]], str | None]:
    def name(m: re.Match[str]) -> str | None:
        level = next(v for k, v in _LEVEL.items() if m.group(2).lower().startswith(k))
        place = place_name(m.group(1), _LEVELS[level])
        return f"{place} {level} {unit}" if place else None
    return name


def _prosecutor_of_region(m: re.Match[str]) -> str | None:
    """"прокуратуры Джалал-Абадской области", "прокуратура Ноокенского района": the place after the body."""
    written, level = (m.group(1), "Oblast") if m.group(1) else (m.group(2), "District")
    place = place_name(written)
    return f"{place} {level} Prosecutor's Office" if place else None


# (keyword the folded text must hold near the match, pattern, name of the match or None)
COURT_RULES: tuple[tuple[str, re.Pattern[str], Callable[[re.Match[str]], str | None]], ...] = (
    ("суд", re.compile(rf"({_NAME})(?:ск|цк)\w+\s+(районн|областн|городск)\w+\s+{_SUD}"), _of_place("Court")),
    ("соту", re.compile(rf"({_NAME})\s+(райондук|облустук|шаардык)\s+{_SOT}"), _of_place("Court")),
    ("court", re.compile(rf"({_NAME})\s+([Dd]istrict|[Oo]blast|[Rr]egional|[Cc]ity)\s+[Cc]ourt(?!\w)"),
     _of_place("Court")),
    ("прокуратур", re.compile(rf"({_NAME})(?:ск|цк)\w+\s+(районн|областн|городск)\w+\s+прокуратур\w*"),
     _of_place("Prosecutor's Office")),
    ("прокуратур", re.compile(rf"({_NAME})\s+(райондук|облустук|шаардык)\s+прокуратура\w*"),
     _of_place("Prosecutor's Office")),
    ("прокуратур", re.compile(rf"(?<![\w-])[Пп]рокуратур\w*\s+(?:({_NAME})(?:ск|цк)ой\s+области|({_NAME})(?:ск|цк)ого\s+района)"),
     _prosecutor_of_region),
    ("prosecutor", re.compile(rf"({_NAME})\s+([Dd]istrict|[Oo]blast|[Rr]egional|[Cc]ity)\s+[Pp]rosecutor['’]s\s+[Oo]ffice"),
     _of_place("Prosecutor's Office")),
)
