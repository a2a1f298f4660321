"""Ranges across months, with and without the year, in Russian and Kyrgyz."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.dates import find_dates, non_event_reason
from etl.text import fold


@pytest.mark.parametrize(("text", "start", "end", "inferred"), [
    ("с 15 февраля по 15 марта 2024 года прошёл конкурс", "2024-02-15", "2024-03-15", False),
    ("2024-жылдын 15-февралынан 15-мартына чейин сынак өттү", "2024-02-15", "2024-03-15", False),
    ("15-февралынан 15-мартына чейин сынак өттү", "2024-02-15", "2024-03-15", True),
    ("28-декабрынан 10-январына чейин акция өттү", "2023-12-28", "2024-01-10", True),
    ("с 15 февраля по 15 марта прошёл конкурс", "2024-02-15", "2024-03-15", True),
])
def test_range_across_months(text: str, start: str, end: str, inferred: bool) -> None:
    folded = fold(text)
    mentions = find_dates(folded)
    assert len(mentions) == 1, mentions
    d = mentions[0]
    assert non_event_reason(folded, d, (0, len(folded))) is None
    r = d.resolve(date(2024, 4, 17))
    assert r is not None
    assert (r[0].isoformat(), r[1].isoformat(), r[2]) == (start, end, inferred)


def test_two_dates_side_by_side_are_not_a_range() -> None:
    assert len(find_dates(fold("15 февраля, 15 марта"))) == 2
