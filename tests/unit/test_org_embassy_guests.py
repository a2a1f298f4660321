"""An embassy whose staff only attend an event its country funds through an agency is a guest."""

from __future__ import annotations

import pytest

from tests.unit.org_support import org_roles as _roles


@pytest.mark.parametrize(("text", "embassy"), [
    ("Борбор Түрк кызматташтык жана координациялоо агенттигинин (ТИКА) каржылоосу менен курулду. "
     "Ачылыш аземине Түркиянын Кыргызстандагы элчилигинин өкүлдөрү катышты.", "Embassy of Turkey"),
    ("Школа построена при поддержке JICA. На открытии присутствовали представители посольства Японии.",
     "Embassy of Japan"),
    ("The clinic was funded by KOICA.\nStaff of the Embassy of the Republic of Korea attended the ceremony.",
     "Embassy of the Republic of Korea"),
])
def test_embassy_guest_at_agency_funded_event(text: str, embassy: str) -> None:
    assert _roles(text)[embassy] == "participant_org"


@pytest.mark.parametrize("text", [
    # no sibling funder: the embassy's own event
    "На открытии присутствовали представители посольства Японии.",
    # the embassy's own sentence speaks of money
    "Школа построена при поддержке JICA и посольства Японии. На открытии присутствовали представители "
    "посольства Японии.",
    # the embassy heads the page: it published its own report
    "Посольство Японии в Кыргызской Республике\nШкола построена при поддержке JICA. На открытии "
    "присутствовали представители посольства Японии.",
])
def test_embassy_stays_donor(text: str) -> None:
    assert _roles(text)["Embassy of Japan"] == "donor"
