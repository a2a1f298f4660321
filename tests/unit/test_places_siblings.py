"""A village name shared by villages of two ayil aimaks, listed with its neighbours."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("text", [
    "12 мая 2025 года в городе Каракол Иссык-Кульской области прошла встреча. Активнее всех выступили жители "
    "микрорайонов Джениш и Ак-Терек.",
    "2025-жылдын 12-майында Ысык-Көл облусунун Каракол шаарында жолугушуу өттү. Жолугушууга Джениш жана Ак-Терек "
    "кичи райондорунун тургундары келишти.",
])
def test_a_city_microdistrict_named_like_a_village_of_the_oblast_is_the_citys(text: str) -> None:
    # Джениш and Ак-Терек are villages of Jeti-Oguz district too; "микрорайон" in Karakol makes them the city's
    got = [m.place for m in find_places(text)]
    assert not any(p.soate in ("41702210825010", "41702210825020") for p in got)
    assert any(p.soate is None and p.parent_soate == "41702410000010" for p in got)
