"""District, city and oblast centres of disease prevention and state sanitary surveillance (ЦПЗиГСЭН).

The Ministry of Health's sanitary service works through a centre in every district, city and oblast
("Аксыйский районный центр профилактики заболеваний и госсанэпиднадзора", "Ноокатского районного
ЦПЗиГСЭН", "ЦПЗиГСЭН города Ош", "Ноокат райондук оорулардын алдын алуу жана мамлекеттик
санитардык-эпидемиологиялык көзөмөл борбору", "the Nookat District Centre for Disease Prevention and State
Sanitary Surveillance").  The centre that took part is that place's, not the ministry's national department:
an analyst names it after its place and level, "Aksy District Disease Prevention and State Sanitary
Surveillance Centre", in every language part alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from etl.reference.govbody_departments import by_prefix
from etl.reference.govbody_places import place_name

BODY = "Disease Prevention and State Sanitary Surveillance Centre"
_NAME = r"[A-ZА-ЯЁӨҮҢ][\w]*(?:[-‐–][\w]+)*"
_ADJ = rf"{_NAME}(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое)"
_LEVEL = {"районн": "District", "городск": "City", "областн": "Oblast", "района": "District", "области": "Oblast",
          "города": "City", "г.": "City", "райондук": "District", "шаардык": "City", "облустук": "Oblast",
          "district": "District", "city": "City", "town": "City", "oblast": "Oblast"}
_UNITS = {"District": ("rayon",), "City": ("city", "town"), "Oblast": ("oblast",)}
# the centre's full Russian name, its short form, the Kyrgyz and the English names
_RU_FULL = (r"(?:[Цц]ентр\w*\s+профилактики\s+заболеваний\s+и\s+(?:госсанэпиднадзора|государственного\s+"
            r"санитарно-эпидемиологического\s+надзора)|ЦПЗ\s*и\s*ГСЭН|ЦПЗиГСЭН)")
_KY_FULL = (r"(?i:оорулар(?:ды|дын)\s+алдын\s+алуу\s+жана\s+мамлекеттик\s+санитардык-эпидемиологиялык\s+"
            r"к[өо]з[өо]м[өо]л(?:д[өо][өо])?\s+борбор\w*)")
_EN_FULL = (r"(?:Cent(?:re|er)\s+(?:for|of)\s+Disease\s+Prevention\s+and\s+State\s+Sanitary(?:\s+and\s+Epidemiological)?"
            r"\s+(?:Surveillance|Supervision)|Disease\s+Prevention\s+and\s+State\s+Sanitary(?:\s+and\s+Epidemiological)?"
            r"\s+(?:Surveillance|Supervision)\s+Cent(?:re|er))")


def _centre(m: re.Match[str]) -> str | None:
    level = by_prefix(_LEVEL, m.group("lvl").lower())
    place = place_name(m.group("place"), _UNITS[level], genitive=level == "City" and m.group("lvl")[:1] in "гГ")
    return f"{place} {level} {BODY}" if place else None


GATE = "профилактики заболеван|цпз|эпидемиологиялык|disease prevention"  # no dash: the scan keys have none
SANITARY_RULES: tuple[tuple[str, re.Pattern[str], Callable[[re.Match[str]], str | None]], ...] = (
    # "Аксыйского районного центра профилактики заболеваний и госсанэпиднадзора", "Ноокатский районный ЦПЗиГСЭН"
    (GATE, re.compile(rf"(?P<place>{_ADJ})\s+(?P<lvl>районн|городск|областн)\w*\s+{_RU_FULL}"), _centre),
    # "ЦПЗиГСЭН Кара-Суйского района", "центр профилактики заболеваний и госсанэпиднадзора города Ош"
    (GATE, re.compile(rf"{_RU_FULL}\s+(?:(?P<place>{_NAME})(?:ск|цк)(?:ого|ой)\s+(?P<lvl>района|области)"
                      rf"|(?P<lvl2>города|г\.)\s*(?P<city>{_NAME}))"), lambda m: _after(m)),
    (GATE, re.compile(rf"(?P<place>{_NAME})\s+(?P<lvl>райондук|шаардык|облустук)\s+{_KY_FULL}"), _centre),
    (GATE, re.compile(rf"(?P<place>{_NAME})\s+(?P<lvl>[Dd]istrict|[Cc]ity|[Tt]own|[Oo]blast)\s+{_EN_FULL}"), _centre),
)


def _after(m: re.Match[str]) -> str | None:
    if m.group("city"):
        place = place_name(m.group("city"), _UNITS["City"], genitive=True)
        return f"{place} City {BODY}" if place else None
    return _centre(m)
