"""Ayil aimaks SOATE names only as Russian adjectives, written as Kyrgyz nouns in another spelling, and
the plural level word "айыл аймактары" (``places_spelling``, ``places_unknown``)."""

from __future__ import annotations

from etl.reference.places import find_places
from etl.reference.places_spelling import respelled_unit

TOKTOGUL, KETMEN_DEBE = "41703225000000", "41703225825000"


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


def test_an_adjective_only_aimak_is_found_from_its_kyrgyz_noun() -> None:
    assert respelled_unit("Кетмен-Дөбө", "ayil_aimak", TOKTOGUL) == KETMEN_DEBE
    assert respelled_unit("Кетмен-Дөбө", "ayil_aimak", "41703220000000") is None  # not in another district
    text = "2025-жылдын 4-мартында Токтогул районунун Кетмен-Дөбө айыл аймагында жыйын өттү."
    assert keys(text) == [TOKTOGUL, KETMEN_DEBE]


def test_the_plural_level_word_makes_every_listed_name_an_aimak() -> None:
    text = "2025-жылдын 4-мартында Токтогул районунда Бел-Алды жана Кетмен-Дөбө айыл аймактарынын тургундары жыйналды."
    assert KETMEN_DEBE in keys(text)


def test_a_russian_adjective_of_an_aimak_named_after_its_uu_village() -> None:
    found = {m.place.soate for m in find_places("Кампания охватила села Боролдойского и Алмалуйского айыл аймаков "
                                                "Кеминского района.")}
    assert "41708213804000" in found  # SOATE Алмалунский, named after its village Алмалуу
