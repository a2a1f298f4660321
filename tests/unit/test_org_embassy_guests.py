"""An embassy whose delegation visits what another body of its country paid for is a guest; a delegation that
hands over its own or its government's grant stays the donor."""

from __future__ import annotations

import pytest

from etl.reference.org_embassy_guests import guest_embassies

pytestmark = pytest.mark.unit


def _guests(text: str, funder: str) -> set[str]:
    start = text.index("посольства")
    return guest_embassies(text, {"japan_embassy": "donor", funder: "donor"},
                           [(start, start + 18, "japan_embassy")])


def test_delegation_in_the_heading_visiting_an_agency_project_is_a_guest() -> None:
    text = ("Делегация посольства Японии посетила Ат-Башинский район\n\n"
            "Башня построена при финансировании JICA.")
    assert _guests(text, "jica") == {"japan_embassy"}


def test_delegation_handing_over_its_governments_grant_stays_donor() -> None:
    text = ("Делегация посольства Японии посетила Ат-Башинский район\n\n"
            "Башня построена на грант Правительства Японии.")
    assert _guests(text, "gov_japan") == set()


def test_embassy_own_grant_stays_donor() -> None:
    text = ("Делегация посольства Японии посетила Ат-Башинский район\n\n"
            "Башня построена при финансировании JICA, компьютеры переданы на грант посольства.")
    assert _guests(text, "jica") == set()
