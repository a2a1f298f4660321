"""An event still running is told in the present: "в акции участвуют 35 волонтёров", "40 volunteers take part"."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize(("text", "value"), [
    ("В первые дни волонтёры обошли 300 домохозяйств, в кампании участвуют 28 волонтёров.", 28),
    ("Forty volunteers take part in the campaign, which runs until Friday.", 40),
    ("Акцияга 28 ыктыярчы катышууда.", 28),
])
def test_present_participation_counts(text: str, value: float) -> None:
    assert ("participants", "total", value, "person") in indicator_tuples(text, skip_dates=True)


def test_people_in_the_grantees_projects_are_not_participants() -> None:
    found = indicator_tuples("В проектах участвует более 60 молодых людей.", skip_dates=True)
    assert not any(t[0] == "participants" for t in found)
