"""A sentence that describes a place (where it lies, what it is known for, how far it is) names no event
place; where a group or its cooperatives are located stays."""

from __future__ import annotations

import pytest

from etl.reference.places import find_places
from etl.reference.places_describe import describes_place
from etl.text import fold

KEMIN_RAYON, BISHKEK, NARYN_CITY = "41708213000000", "41711000000000", "41704400000010"


def keys(text: str) -> list[str]:
    return sorted({m.place.key for m in find_places(text)})


@pytest.mark.parametrize("text", [
    "2025-жылдын 3-майында Нарын шаарында тренинг өттү. Кемин району Чүй өрөөнүнүн чыгышында жайгашкан.",
    "3 мая 2025 года в городе Нарын прошёл тренинг. Кеминский район расположен на востоке Чуйской долины.",
    "On 3 May 2025 a training was held in Naryn city. Kemin district lies in the east of the Chui valley.",
    "On 3 May 2025 a training was held in Naryn city. The nearest laboratory is in Bishkek, 300 kilometres away.",
])
def test_a_description_of_a_place_is_no_event_place(text: str) -> None:
    got = keys(text)
    assert NARYN_CITY in got and KEMIN_RAYON not in got and BISHKEK not in got


def test_where_the_groups_are_located_stays() -> None:
    text = "3 мая 2025 года в городе Нарын вручили гранты. Кооперативы расположены в Кеминском районе."
    assert KEMIN_RAYON in keys(text)


def test_an_event_sentence_is_no_description() -> None:
    ft = fold("Тренинг прошёл в Кеминском районе, который расположен на востоке долины.")
    assert not describes_place(ft, 0, len(ft), 17)


@pytest.mark.parametrize("text", [
    "2025-жылдын 3-майында Нарын шаарында тренинг өттү. Жабдуулар Бишкектеги жеткирүүчү компаниядан сатылып алынды.",
    "2025-жылдын 3-майында Нарын шаарында тренинг өттү. Бишкек шаарындагы «Алтын Кен» микрокаржы компаниясынын "
    "адиси насыя тууралуу айтты.",
    "3 мая 2025 года в городе Нарын прошёл тренинг. Оборудование закупили у поставщика из Бишкека.",
    "On 3 May 2025 a training was held in Naryn city. The equipment was bought from a supplier based in Bishkek.",
])
def test_a_firms_seat_is_no_event_place(text: str) -> None:
    got = keys(text)
    assert NARYN_CITY in got and BISHKEK not in got


def test_a_venue_in_the_city_stays() -> None:
    text = "2025-жылдын 3-майында Бишкектеги мейманканада тренинг өттү."
    assert BISHKEK in keys(text)
