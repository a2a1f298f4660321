"""English ranges across two months: "from May 24 to July 2, 2021", "November 30 – December 2, 2023"."""

from __future__ import annotations

import pytest

from etl.extract.dates import find_dates
from etl.text import fold


@pytest.mark.parametrize(("text", "expected"), [
    ("Trainings were held from May 24 to July 2, 2021 in Naryn.", (2021, 5, 24, 7, 2)),
    ("The forum took place November 30 – December 2, 2023 in Osh.", (2023, 11, 30, 12, 2)),
    ("The course ran October 23 through November 10, 2023.", (2023, 10, 23, 11, 10)),
])
def test_range_across_months(text: str, expected: tuple[int, int, int, int, int]) -> None:
    (d,) = find_dates(fold(text))
    assert (d.y1, d.m1, d.d1, d.m2, d.d2) == expected


def test_from_alone_leaves_since_cue_outside_the_date() -> None:
    # "from May 4, 2022" with no end is "since": the cue must stay before the date, where it is read
    (d,) = find_dates(fold("Applications are accepted from May 4, 2022."))
    assert d.d2 is None
    assert fold("Applications are accepted from May 4, 2022.")[d.span[0]:].startswith("may")
