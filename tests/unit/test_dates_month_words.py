"""A month word is a month only with a real inflection after it: common words sharing its stem are not."""

from __future__ import annotations

import pytest

from etl.extract.dates import find_dates
from etl.text import fold


def _dates(text: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(d.y1, d.m1, d.d1) for d in find_dates(fold(text))]


@pytest.mark.parametrize("text", [
    "30 майыптыгы бар адам катышты",  # people with disabilities
    "12 майыптар",
    "30 майда ишкерге насыя берилди",  # small entrepreneurs
    "5 майдан аянтчасы",
    "3 мартабалуу конок",
    "2 октябрьский района",
    "10 майка",
    "15 июньских выпускников",
    "Майлуу-Суу шаарында 20 майлуу тамак",
])
def test_words_sharing_a_month_stem_are_no_dates(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("2023-жылдын 5-июнунда", (2023, 6, 5)),
    ("2023-жылдын 30-майынан 2-июнуна чейин", (2023, 5, 30)),
    ("21-майда Базар-Коргондо", (None, 5, 21)),
    ("2021-жылдын 4-апрелинде", (2021, 4, 4)),
    ("2022-жылдын 8-мартта", (2022, 3, 8)),
    ("15 мая 2023 года", (2023, 5, 15)),
    ("в январе 2022 года", (2022, 1, None)),
    ("2023-жылдын 3-декабрына", (2023, 12, 3)),
    ("2019-жылдын 1-февралынан", (2019, 2, 1)),
    ("1 сентябрь 2020", (2020, 9, 1)),
])
def test_inflected_months_stay_dates(text: str, expected: tuple[int | None, int | None, int | None]) -> None:
    assert _dates(text)[:1] == [expected]
