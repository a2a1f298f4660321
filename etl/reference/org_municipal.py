"""State and municipal bodies named by their words: which ones a report really names.

A state body always belongs to a territory (a city, a district, an oblast) or to the republic:
"Центр семейной медицины №7" with no place and no quoted name says which kind of body, not which
one ("в жилмассиве откроется филиал Центра семейной медицины"), so it is no organization of the
report.  NGOs and associations are different: "Ассоциация приемных родителей" is a name by itself.
"""

from __future__ import annotations

import re


def unowned_state_body(kind: str, place: str | None, proper: str, country: bool) -> bool:
    """A government phrase with no place, no quoted name and no country: a kind of body, unnamed."""
    return kind == "government" and place is None and not proper and not country


_NAME = r"[A-ZА-ЯЁӨҮҢ][\w]*(?:[-‐–][\w]+)*"
# Where a text names its city before "мэрия города": "Балыкчинский городской центр", "в городе Кант",
# "в Балыкчы", "Каракол шаарында".
_CITY_BEFORE = re.compile(rf"({_NAME})(?:ск|цк)\w+\s+городск\w+|город\w*\s+({_NAME})|(?<![\w-])в\s+({_NAME})"
                          rf"|({_NAME})\s+шаар\w*")
# "совместно с мэрией города": the city is the one just named, no name follows
CITY_HALL_UNNAMED = re.compile(r"(?<![\w-])[Мм]эри(?:я|и|ю|ей)\s+города(?!\s*(?:[A-ZА-ЯЁӨҮҢ]|г\.))")
# "Элчини шаардын мэри Талант Жээнбеков тосуп алды", "Посла встретил мэр города Талант Жээнбеков": the mayor of
# "the city" (a person's name follows, no city's) is the city hall of the city just named
CITY_MAYOR_UNNAMED = re.compile(
    r"(?<![\w-])(?:шаардын\s+(?:вице-)?мэри(?:нин|не|н)?|(?:[Вв]ице-)?[Мм]эр(?:а|у|ом|е)?\s+города)"
    r"(?=\s+[A-ZА-ЯЁӨҮҢ][а-яёөүң]+\s+[A-ZА-ЯЁӨҮҢ][а-яёөүң]+)")


def city_hall_of_named_city(m: re.Match[str]) -> str | None:
    """The city hall "of the city" is that of the city the text named last before it."""
    place = city_named_before(m)
    return f"{place} City Hall" if place else None


def city_named_before(m: re.Match[str]) -> str | None:
    """English name of the city the text named last before ``m`` (within 300 characters, a city or town
    the gazetteer knows): "the city" of an unnamed city body."""
    from etl.reference.govbody_places import place_name

    for found in reversed(list(_CITY_BEFORE.finditer(m.string, max(0, m.start() - 300), m.start()))):
        written = next(g for g in found.groups() if g)
        place = place_name(written, ("city", "town"), genitive=True)
        if place:
            return place
    return None


_OF_CITY_HALL = re.compile(rf"мэрии\s+(?:города\s+|г\.\s*)?({_NAME})")


def city_hall_owner(text: str, pos: int) -> tuple[str, int] | None:
    """"Управление по делам молодежи мэрии Оша": a department of a city hall is the city's
    ("Osh City Youth Affairs Department"); the English city name and the end of the phrase."""
    from etl.reference.govbody_places import place_name

    m = _OF_CITY_HALL.match(text, pos)
    if m is None:
        return None
    place = place_name(m.group(1), ("city", "town"), genitive=True)
    return (place, m.end()) if place else None
