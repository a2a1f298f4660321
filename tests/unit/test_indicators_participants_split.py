"""A sentence opening with "The participants —" splits the total counted just before by sex, and its women
and men take that total's indicator ("35 educators completed the training. The participants — 33 women
and two men — …": people trained)."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize(("text", "total", "women", "men"), [
    ("Twenty-eight librarians completed a two-day course on digital services. The participants — 25 women "
     "and three men — came from nine village libraries.", 28, 25, 3),
    ("Обучение прошли 40 учителей. Участники — 30 женщин и 10 мужчин из пяти сел.", 40, 30, 10),
])
def test_the_participants_dash_splits_the_trained_total(text: str, total: float, women: float, men: float) -> None:
    found = indicator_tuples(text, skip_dates=True)
    assert ("people_trained", "total", total, "person") in found
    assert ("people_trained", "female", women, "person") in found
    assert ("people_trained", "male", men, "person") in found
    assert not any(t[0] == "participants" for t in found)
