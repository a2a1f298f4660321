"""An ayil okmotu named only as the place where the event was held ("at the X ayil okmotu", "в X айыл
окмоту") took no part unless its people are said to have been there."""

from __future__ import annotations

from tests.unit.org_support import org_roles


def test_okmotu_as_venue_is_left_out() -> None:
    assert org_roles("The NGO held a workshop at the Kara-Bulak ayil okmotu for school principals.") == {}
    assert org_roles("Семинар прошел в Кара-Булакском айыл окмоту.") == {}


def test_okmotu_whose_staff_took_part_is_kept() -> None:
    text = "Семинар прошел в Кара-Булакском айыл окмоту, в нем участвовали сотрудники айыл окмоту."
    assert org_roles(text) == {"Kara-Bulak ayil okmotu": "government"}
