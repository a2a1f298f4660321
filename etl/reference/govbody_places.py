"""English names of the places state bodies are named after (gazetteer lookups).

A rayon is spelt from its Kyrgyz name (Тоң → Ton, Чоң-Алай → Chon-Alay), a city or oblast by its
English name (Kyzyl-Kiya, Issyk-Kul), an ayil aimak after its main village (Петровский → Petrovka).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from etl.reference.translit import ky_variants, name_key, noun_candidates, to_latin

RU_ADJ_END = re.compile(r"ск(?:ий|ого|ому|ом|им|ая|ой|ое)$")
HIGH = ("city", "rayon", "oblast", "town")
LOW = ("ayil_aimak", "village")


def place_name(written: str, levels: tuple[str, ...] = HIGH, genitive: bool = False) -> str | None:
    """English name of a place written in an organization's name (None when it is no known place).
    An adjective stem may come from a noun with another ending ("Кара-Кулжин-ский" ← Кара-Кулжа);
    ``genitive`` also tries a Russian genitive city name ("мэр Каракола", "мэр Кызыл-Кии", "мэрии Кара-Балты")."""
    from etl.reference.gazetteer import gazetteer

    gaz = gazetteer()
    stem = RU_ADJ_END.sub("", written)
    stems = [stem, *sorted(noun_candidates(stem) - {name_key(stem)})]
    if genitive:
        # feminine -а names decline to -ы, or -и after a hushing or velar consonant (Кара-Балта → Кара-Балты)
        stems += [g for g in (re.sub(r"(?:а|я|у)$", "", stem), re.sub(r"ии$", "ия", stem), re.sub(r"ы$", "а", stem),
                              re.sub(r"(?<=[гкхжшчщ])и$", "а", stem)) if g != stem]
    for candidate in stems:
        for key in sorted(ky_variants(candidate)):
            fits = [uid for uid, _ in gaz.keys.get(key, []) if gaz.units[uid].level in levels]
            if fits:
                return english(same_spelling(fits, candidate))
    return None


_VOWELS = frozenset("аеёиоуыэюяөү")
_LINKING_VOWEL = re.compile(r"[^аеёиоуыэюяөү][иы]н$")


def vowel_variant(written: str, levels: tuple[str, ...] = LOW) -> bool:
    """Whether ``written`` (a Russian adjective's stem, "Кок-Серек") names a gazetteer unit that SOATE
    spells with other vowels only ("Кек-Серекский"): the report's spelling is the Kyrgyz one (Көк)."""
    from etl.reference.gazetteer import gazetteer

    gaz = gazetteer()
    low = written.lower()
    for key in sorted(ky_variants(written)):
        for uid, _ in gaz.keys.get(key, []):
            unit = gaz.units[uid]
            if unit.level not in levels:
                continue
            stem = RU_ADJ_END.sub("", (unit.name_ru or "").split(" ")[0].lower())
            if stem == low:
                return False
            if len(stem) == len(low) and all(a == b or (a in _VOWELS and b in _VOWELS) for a, b in zip(stem, low, strict=True)):
                # the linking vowel of "-инский"/"-ынский" is the adjective's, not the name's: "Тамчинского" is
                # SOATE's "Тамчынский" (the aimak of Тамчы), no other spelling of the name
                return not (low[:-2] == stem[:-2] and _LINKING_VOWEL.search(low) and _LINKING_VOWEL.search(stem))
    return False


def same_spelling(uids: list[str], written: str) -> str:
    """Of homonyms under one folded key ("Кок-Ой" and "Кек-Ой" both fold to "кок ой"), the one
    spelt as written; else the first."""
    from etl.reference.gazetteer import gazetteer

    units = gazetteer().units
    low = written.lower()
    return next((uid for uid in uids if (units[uid].name_ru or "").lower().startswith(low)), uids[0])


def place_english(written: str, levels: tuple[str, ...] = HIGH) -> str | None:
    """English name of a known place as written in an organization's name, at one of ``levels``."""
    return place_name(written, levels)


# й between a vowel and a consonant is "i" in the English press (Лейлек → Leilek, Жайыл → Jaiyl,
# Михайловка → Mikhailovka); at the end of a word it stays "y" (Kadamjay, Chon-Alay).
_Y_BEFORE_CONSONANT = re.compile(r"(?<=[aeiouAEIOU])y(?=[bcdfghjklmnpqrstvwxzy])|(?<=[Ee])y")


def latin_place(name: str) -> str:
    """Latin spelling of a Cyrillic place name as organizations' English names write it."""
    return _Y_BEFORE_CONSONANT.sub("i", to_latin(name))


# Rayons the English press calls by their Russian-based name, not the Kyrgyz one.
_EXONYMS = {"Өзгөн": "Uzgen", "Ысык-Көл": "Issyk-Kul"}


@cache
def english(uid: str) -> str:
    from etl.reference.gazetteer import gazetteer

    unit = gazetteer().units[uid]
    if unit.level == "rayon" and unit.soate:  # cities keep their English names (Kyzyl-Kiya, Karakol)
        ky = _ky_name(uid)
        if ky:
            return _EXONYMS.get(ky) or latin_place(ky)
    if unit.level in LOW:
        name = _main_village(uid) or _noun_of_adjective(uid) or _linked_noun(uid) or _GENERIC_AIMAK.sub("", unit.name)
        return _Y_BEFORE_CONSONANT.sub("i", name)
    return unit.name.replace(" Region", "")


@cache
def _ky_names() -> dict[str, str]:
    from etl.reference.gazetteer import _data_path

    out = {}
    import csv

    with _data_path("soate_kg.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["name_ky"]:
                out[row["soate_code"]] = re.sub(r"\s+(району|шаары|облусу)$", "", row["name_ky"])
    return out


def _ky_name(uid: str) -> str | None:
    return _ky_names().get(uid)


# "Байтик айылный аймак" (Baytik ayylnyy aymak): the generic term is no part of the body's name
_GENERIC_AIMAK = re.compile(r"\s+ayylnyy\s+aymak\b")


def _main_village(uid: str) -> str | None:
    """An ayil aimak is called after its main village ("Петровский айылный аймак" → Petrovka)."""
    from etl.reference.gazetteer import gazetteer

    gaz = gazetteer()
    unit = gaz.units[uid]
    if unit.level != "ayil_aimak":
        return None
    stem = unit.name.lower()[:-1]
    children = [c for c in gaz.units.values() if c.parent == uid and c.level == "village"]
    for child in children:
        if child.name.lower().startswith(stem):
            # "Баетовский айылный аймак" is Baetov (Kyrgyz "Баетов айыл өкмөтү"), its village Baetovo the
            # Russian neuter of the same surname: the aimak keeps the surname
            return unit.name if child.name.lower() == unit.name.lower() + "o" else child.name
    # A Russian adjective drops a noun's final vowel and links with "-ин-" ("Гульча" → "Гульчинский",
    # "Калба" → "Калбинский", "Баш-Каинды" → "Баш-Каиндинский", "Кутургу" → "Кутургинский"): the English
    # aimak name ("Gulchin") then matches no village by prefix.
    nouns = _nouns_of_linked_adjective(unit.name_ru or "")
    return next((c.name for c in children if (c.name_ru or "").lower() in nouns), None)


_LINKED_ADJ = re.compile(r"^(.+?[^аеиоуыэюя])[иы]н(?:ск|цк)ий(?:\s|$)")


def _nouns_of_linked_adjective(adjective: str) -> set[str]:
    m = _LINKED_ADJ.match(adjective.lower())
    return {m.group(1) + v for v in "аяыиу"} if m else set()


_LINKING_N = re.compile(r"^(.+[аеиоуыэ])н(?:ск|цк)ий\s")


def _noun_of_adjective(uid: str) -> str | None:
    """A Russian adjective inserts "н" after a vowel ("Уч-Дебе" → "Уч-Дебенский", as Ала-Бука →
    Ала-Букинский): an ayil aimak whose main village bears another name is called by the noun when
    the gazetteer knows that noun as a village ("Бейшекенский" → Beisheke, its village Бейшеке)."""
    from etl.reference.gazetteer import gazetteer

    gaz = gazetteer()
    m = _LINKING_N.match(gaz.units[uid].name_ru or "")
    if m is None:
        return None
    if any(gaz.units[other].level == "village" for other, _ in gaz.keys.get(name_key(m.group(1)), [])):
        return latin_place(m.group(1))
    return None


_LINKED_NOUN = re.compile(r"^(.+?[^аеиоуыэюя])([иы])н(?:ск|цк)ий\s")


def _linked_noun(uid: str) -> str | None:
    """An aimak no village names: the noun of its Russian adjective, "-ынский" from a name on "-ы" (Барпы),
    "-инский" from one on "-а" (Он-Арча → Он-Арчинский, as Ала-Арча, Кара-Буура, Сумбула), unless "-ин"
    ends a place's own name ("Чон-Кеминский" is of Кемин, "Ленинский" of Ленин)."""
    from etl.reference.gazetteer import gazetteer

    gaz = gazetteer()
    m = _LINKED_NOUN.match(gaz.units[uid].name_ru or "")
    if m is None:
        return None
    last = re.split(r"[-\s]", m.group(1))[-1] + "ин"
    if any(other != uid for other, _ in gaz.keys.get(name_key(last), [])):
        return None
    return latin_place(m.group(1) + ("ы" if m.group(2) == "ы" else "а"))


def simple_name(template: str, levels: tuple[str, ...] = HIGH, group: int = 1,
            genitive: bool = False) -> Callable[[re.Match[str]], str | None]:
    def name(m: re.Match[str]) -> str | None:
        place = place_name(m.group(group), levels, genitive)
        return template.format(place) if place else None
    return name
