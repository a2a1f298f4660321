""""With the support of" an agency that runs programmes is no funding when the sentence names the
money's source apart."""

from __future__ import annotations

import pytest

from tests.unit.org_support import org_roles as _roles


@pytest.mark.parametrize("text,agency,funder", [
    ("Форум прошел при поддержке ПРООН и финансировании Правительства Швейцарии.", "UNDP", "Government of Switzerland"),
    ("Семинар өткөрүлдү ПРООНдун колдоосу менен, Европа Биримдигинин каржылоосу менен.", "UNDP", "European Union"),
    ("The fair was held with the support of UNDP and funding from the Government of Japan.", "UNDP", "Government of Japan"),
])
def test_the_agency_backs_and_the_other_body_pays(text: str, agency: str, funder: str) -> None:
    roles = _roles(text)
    assert roles.get(agency) == "partner"
    assert roles.get(funder) == "donor"


def test_support_alone_still_funds() -> None:
    assert _roles("Форум прошел при поддержке ПРООН.").get("UNDP") == "donor"
