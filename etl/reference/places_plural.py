"""Bodies of several areas: "Талас, Манас жана Бакай-Ата райондорунун үй-бүлөлүк медицина борборлорунун
өкүлдөрү", "представители районных больниц Таласского и Манасского районов", "health centres of Talas and
Manas districts"; so does a plural council or okmotu word ("Самаркандек, Ак-Татыр жана Кара-Бак айылдык
кеңештеринин депутаттары").  An organization's name holds one area; a plural level word after a list names each
area's own body, so the areas are the reach of the event the bodies came to (the labels count them)."""

from __future__ import annotations

import re

# Folded text (ө ү ң as о у н).
_PLURAL_LEVEL = re.compile(
    r"(?<![а-яa-z])(?:райондор\w*|облустар\w*|аймактар\w*|шаарлар\w*|районов|районах|областей|областях|городов|"
    r"districts|regions|provinces|oblasts|"
    # the local councils of several areas (ayil okmotus: ``places_okmotu``): "Самаркандек, Ак-Татыр жана Кара-Бак айылдык
    # кеңештеринин 38 депутаты", "депутаты Покровского и Майского айылных кенешей"
    r"кенештер\w*|кенешей|кенешах|councils)$")


def plural_list(ft: str, extent: tuple[int, int] | None) -> bool:
    """The list at ``extent`` (names and the level word after the last) ends on a plural level word."""
    if extent is None:
        return False
    lo, hi = extent
    return hi - lo > 0 and bool(_PLURAL_LEVEL.search(ft, max(lo, hi - 20), hi))
