"""Countries are no indicator: the number before "countries" counts nothing further on in the phrase."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize(("text", "kept"), [
    ("More than 120 participants from six countries attended the two-day event.", {120}),
    ("В конференции приняли участие 95 учёных из 4 стран Центральной Азии.", {95}),
])
def test_countries_count_nothing(text: str, kept: set[float]) -> None:
    assert {t[2] for t in indicator_tuples(text, skip_dates=True)} == kept
