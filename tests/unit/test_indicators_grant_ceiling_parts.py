"""A Kyrgyz ceiling per grant in its adjective form ("80 миң сомго чейинки гранттар") is no funding total,
and a part of the people counted whose own predicate is receiving grants counts the grants."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize("text", [
    "Фонд 12 демилгеге 50 000 сомго чейинки гранттарды берди.",
    "Жеңүүчүлөр 120 миң сомго чейин грант алышты.",
])
def test_kyrgyz_ceiling_is_no_funding(text: str) -> None:
    assert [t for t in indicator_tuples(text, skip_dates=True) if t[0] == "funding_amount"] == []


def test_part_receiving_grants_counts_grants() -> None:
    text = "Тренингден 75 аял окутулуп, алардын 20сы 40 миң сомго чейинки гранттарды алган."
    assert sorted(indicator_tuples(text, skip_dates=True)) == [
        ("grants_awarded", "total", 20.0, "grant"), ("people_trained", "female", 75.0, "person")]
