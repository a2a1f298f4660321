"""A village name shared by villages of two ayil aimaks, listed with its neighbours."""

from __future__ import annotations

from etl.reference.places import find_places

# Suzak district has a Mundyz in Kyzyl-Tuu aimak (842200) and in Saipidin-Atabekov aimak (854120).
MUNDUZ_KYZYLTUU, MUNDUZ_SAIPIDIN = "41703220842200", "41703220854120"


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


def test_listed_village_goes_to_the_aimak_of_its_list_mates() -> None:
    text = ("2025-жылдын 5-майында Сузак районундагы Кара-Кел, Мундуз жана Соку-Таш айылдарынын "
            "дыйкандары үчүн окутуу өттү.")
    got = keys(text)
    assert MUNDUZ_KYZYLTUU in got and MUNDUZ_SAIPIDIN not in got


def test_list_mates_of_the_other_aimak_pick_the_other_homonym() -> None:
    text = ("2025-жылдын 5-майында Сузак районундагы Бек-Абад, Мундуз жана Джийде айылдарынын "
            "дыйкандары үчүн окутуу өттү.")
    got = keys(text)
    assert MUNDUZ_SAIPIDIN in got and MUNDUZ_KYZYLTUU not in got


def test_a_listed_homonym_goes_to_the_district_of_its_list_mates_in_other_aimaks() -> None:
    # Беловодское and Петровка lie in two ayil aimaks of Moskva district; Садовое is a village of Moskva and
    # of Sokuluk district, which the text names for a partner
    text = ("Ярмарку 5 мая 2025 года провела Московская районная государственная администрация вместе с фондом из "
            "Сокулукского района. Продукцию привезли фермеры из сел Беловодское, Садовое и Петровка.")
    got = {m.place.key for m in find_places(text)}
    assert "41708217837030" in got and "41708222846030" not in got
