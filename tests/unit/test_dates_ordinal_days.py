"""Days written as ordinals with their Russian endings: "с 10-го по 12-е марта"."""

from __future__ import annotations

import pytest

from etl.extract.dates import find_dates
from etl.text import fold


@pytest.mark.parametrize(("text", "days"), [
    ("С 10-го по 12-е марта 2025 года прошел тренинг.", (10, 12)),
    ("10-го – 12-го марта 2025 года прошел тренинг.", (10, 12)),
    ("С 10 по 12-ое марта 2025 года прошел тренинг.", (10, 12)),
])
def test_ordinal_day_ranges(text: str, days: tuple[int, int]) -> None:
    (d,) = find_dates(fold(text))
    assert (d.y1, d.m1, d.d1, d.d2) == (2025, 3, *days)
