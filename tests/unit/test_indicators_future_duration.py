"""A count told with how long something will go on ("Пилот в трёх айыл окмоту продлится до марта") is a plan."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize("text", [
    "Презентацию посетили 40 человек. Пилот в пяти айыл окмоту продлится до июня 2027 года.",
    "Презентацию посетили 40 человек. Работа в четырех школах продолжится до конца учебного года.",
])
def test_a_pilot_still_to_run_is_no_coverage(text: str) -> None:
    assert {t[2] for t in indicator_tuples(text, skip_dates=True)} == {40}
