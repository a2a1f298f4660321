"""A headline's bare town name is the district the text names with a level word; a valley or a river
named like a town is no place."""

from __future__ import annotations

from etl.reference.places import find_places

NOOKAT_RAYON, NOOKAT_TOWN, OSH_OBLAST = "41706242000000", "41706242600010", "41706000000000"
TALAS_RAYON, TALAS_CITY, TALAS_OBLAST = "41707232000000", "41707400000010", "41707000000000"


def keys(text: str) -> list[str]:
    return sorted({m.place.key for m in find_places(text)})


def test_a_headline_opening_with_a_bare_name_means_the_named_district() -> None:
    text = ("Ноокатта аялдар тобу грант алды\n\n2025-жылдын 3-майында Ош облусунун Ноокат районунда "
            "аялдар тобуна грант тапшырылды.")
    assert keys(text) == sorted([OSH_OBLAST, NOOKAT_RAYON])


def test_an_outlet_line_opening_with_the_name_means_the_named_district() -> None:
    text = ("Конкурс для школьников\n\nТалас турмушу · 17.02.2025\n\n14 февраля в Таласском районе "
            "Таласской области прошёл конкурс.")
    assert TALAS_CITY not in keys(text)


def test_a_bare_name_in_running_text_keeps_the_town() -> None:
    text = ("Grants for cooperatives\n\nOn 8 May 2025 grants were handed to cooperatives of Nookat district of "
            "Osh oblast. The ceremony took place in Nookat.")
    assert NOOKAT_TOWN in keys(text)


def test_a_dateline_keeps_the_town() -> None:
    text = "Nookat, Osh Oblast – On 8 May 2025 grants were handed to cooperatives of Nookat district."
    assert NOOKAT_RAYON in keys(text)
    assert NOOKAT_TOWN in keys(text) or keys(text) == sorted([OSH_OBLAST, NOOKAT_RAYON])


def test_a_valley_or_a_river_named_like_a_town_is_no_place() -> None:
    text = ("2025-жылдын 14-февралында Талас районунун Көк-Ой айылында сынак өттү. Окуучулар Талас "
            "өрөөнүнүн өсүмдүктөрү жана Талас дарыясынын жээгин тазалоо боюнча суроолорго жооп беришти.")
    assert TALAS_CITY not in keys(text)
    assert TALAS_RAYON in keys(text)
