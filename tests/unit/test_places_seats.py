"""District seats named bare ("в Кочкорке", "в Ат-Баши") are the villages; other bare village names still
need an ancestor named, and a district's own name stays the district."""

from __future__ import annotations

import pytest

from etl.reference.places import find_places

KOCHKORKA, AT_BASHY_VILLAGE, AT_BASHY_RAYON, KOCHKOR_RAYON = (
    "41704235816010", "41704220812010", "41704220000000", "41704235000000")


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("5 мая 2023 года в Кочкорке прошёл тренинг для фермеров.", KOCHKORKA),
    ("5 мая 2023 года в Ат-Баши прошёл тренинг для фермеров.", AT_BASHY_VILLAGE),
    ("Тренинг прошёл в селе Ат-Баши Нарынской области.", AT_BASHY_VILLAGE),
])
def test_a_district_seat_named_bare_is_the_village(text: str, want: str) -> None:
    assert want in keys(text)


@pytest.mark.parametrize(("text", "want"), [
    ("2023-жылдын 5-майында Ат-Башыда тренинг өттү.", AT_BASHY_RAYON),
    ("2023-жылдын 5-майында Кочкордо тренинг өттү.", KOCHKOR_RAYON),
])
def test_a_district_name_stays_the_district(text: str, want: str) -> None:
    assert keys(text) == [want]


def test_a_bare_village_that_is_no_seat_still_needs_its_district() -> None:
    assert keys("5 мая 2023 года в Тепке прошёл тренинг для пчеловодов.") == []
