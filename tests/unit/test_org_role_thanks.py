"""Thanks for funding do not outrank the role the narrative gives a body at the event."""

from __future__ import annotations

import pytest

from etl.reference.role_thanks import demote_thanked_donors
from tests.unit.org_support import org_roles as _roles


@pytest.mark.parametrize("text", [
    "Долбоорду «Алга» коомдук фонду Европа Биримдигинин каржылоосу менен жана БУУӨП менен өнөктөштүктө "
    "ишке ашырууда.\n\n— Европа Биримдигине жана БУУӨПкө каржылоо үчүн ыраазычылык билдиребиз, — деди ал.",
    "Проект реализует ОФ «Алга» при финансовой поддержке Европейского союза в партнёрстве с ПРООН.\n\n"
    "«Мы благодарим Европейский союз и ПРООН за финансирование», — сказала она.",
])
def test_a_partner_thanked_for_funding_stays_a_partner(text: str) -> None:
    roles = _roles(text)
    assert roles["UNDP"] == "partner"
    assert roles["European Union"] == "donor"


def test_a_body_only_thanked_for_funding_is_the_donor() -> None:
    assert demote_thanked_donors([("eu", "donor", True)]) == ["donor"]
    assert demote_thanked_donors([("undp", "donor", True), ("undp", "partner", False)]) == [None, "partner"]
    assert demote_thanked_donors([("eu", "donor", True), ("eu", "donor", False)]) == ["donor", "donor"]
