"""Ranges whose two ends each carry their year (across New Year too), and news agencies' short month names."""

from __future__ import annotations

import pytest

from etl.extract.dates import find_dates, month_number
from etl.text import fold


def _ranges(text: str) -> list[tuple[str, str]]:
    out = []
    for d in find_dates(fold(text)):
        r = d.resolve()
        assert r is not None
        out.append((r[0].isoformat(), r[1].isoformat()))
    return out


@pytest.mark.parametrize("text", [
    "С 27 декабря 2023 года по 4 января 2024 года в Нарыне работал зимний лагерь.",
    "2023-жылдын 27-декабрынан 2024-жылдын 4-январына чейин Нарында лагерь өттү.",
    "The winter camp ran from 27 December 2023 to 4 January 2024 in Naryn.",
    "The camp ran December 27, 2023 – January 4, 2024.",
    "27-декабрь 2023-жыл – 4-январь 2024-жыл аралыгында лагерь өттү.",
    "27 декабря 2023 г. – 4 января 2024 г. в Нарыне прошёл лагерь.",
])
def test_a_range_across_new_year(text: str) -> None:
    assert _ranges(text) == [("2023-12-27", "2024-01-04")]


def test_both_ends_with_the_same_year() -> None:
    assert _ranges("с 28 октября 2024 года по 3 ноября 2024 года") == [("2024-10-28", "2024-11-03")]


@pytest.mark.parametrize("text", [
    "12 марта 2024 года и 14 марта 2024 года прошли две встречи.",   # two days, no range word
    "с 1 февраля 2023 года по 30 июня 2024 года проект работал.",     # a project's period is two dates
    "14 марта 2024 года — 12 марта 2024 года",                        # an end before its start
])
def test_two_dates_that_are_no_range(text: str) -> None:
    assert len(_ranges(text)) == 2


@pytest.mark.parametrize(("word", "month"), [("ноя", 11), ("сен", 9), ("сент.", 9), ("мар", 3), ("дек.", 12),
                                               ("март", 3), ("мая", 5)])
def test_short_month_names(word: str, month: int) -> None:
    assert month_number(word) == month


def test_an_agencys_dateline_with_a_short_month() -> None:
    folded = fold("БИШКЕК, 14 ноя 2025 — Sputnik.")
    d = find_dates(folded)[0]
    assert (d.y1, d.m1, d.d1) == (2025, 11, 14)


@pytest.mark.parametrize(("text", "expected"), [
    ("5-го марта 2025 года прошёл тренинг.", ("2025-03-05", "2025-03-05")),
    ("С 5-го по 7-го марта 2025 года прошёл тренинг.", ("2025-03-05", "2025-03-07")),
    ("5, 6 и 7 марта 2025 года прошли тренинги.", ("2025-03-05", "2025-03-07")),
    ("On 12, 13 and 14 May 2025 trainings were held.", ("2025-05-12", "2025-05-14")),
])
def test_ordinal_days_and_listed_days(text: str, expected: tuple[str, str]) -> None:
    assert _ranges(text) == [expected]



def test_more_than_six_listed_days_are_no_list() -> None:
    # the list is bounded (six commas at most) so that a long run of numbers is not rescanned from each one
    assert _ranges("1, 2, 3, 4, 5, 6, 7, 8 и 9 марта 2025 года") == [("2025-03-02", "2025-03-09")]
