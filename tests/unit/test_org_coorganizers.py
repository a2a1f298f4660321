"""A civic group named after a state body among an event's organizers is the state host's partner."""

from __future__ import annotations

import pytest

from tests.unit.org_support import org_roles as _roles


@pytest.mark.parametrize("text", [
    "Организаторы — мэрия города Нарын и общественный фонд «Келечек».",
    "Его организовали Кочкорская районная государственная администрация и общественный фонд «Келечек».",
    "Иш-чараны Кочкор райондук мамлекеттик администрациясы жана «Келечек» коомдук фонду уюштурду.",
    "The forum was organised by Naryn City Hall and the Kelechek Public Foundation.",
])
def test_group_after_state_body_is_partner(text: str) -> None:
    assert _roles(text)["Kelechek Public Foundation"] == "partner"


@pytest.mark.parametrize("text", [
    # the group leads the list
    "Организаторы — общественный фонд «Келечек» и мэрия города Нарын.",
    # no state body among the organizers
    "Организаторы — общественный фонд «Келечек» и ПРООН.",
    # a state body and a group in a list that organized nothing
    "На форуме выступили представители мэрии города Нарын и общественный фонд «Келечек» провел тренинг.",
])
def test_group_keeps_its_role(text: str) -> None:
    assert _roles(text)["Kelechek Public Foundation"] != "partner"
