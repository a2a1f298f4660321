"""Members of a project's consortium are not institutions the event covered."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize("text", [
    "Конференцияга 90 окутуучу катышты. Долбоорго Нарын мамлекеттик университети жана Казакстандын 3 университети кирет.",
    "В конференции участвовали 90 преподавателей. В консорциум проекта входят 6 университетов.",
])
def test_consortium_members_are_no_coverage(text: str) -> None:
    assert {t[2] for t in indicator_tuples(text, skip_dates=True)} == {90}
