"""The EU's humanitarian office by its full Kyrgyz name: ECHO, not the EU as well."""

from __future__ import annotations

from etl.reference.organizations import find_organizations


def _roles(text: str) -> dict[str, str]:
    return {m.organization.name: m.organization.role for m in find_organizations(text)}


def test_echo_kyrgyz_name_is_not_the_eu() -> None:
    roles = _roles("Көпүрө Европа Биримдигинин Жарандык коргоо жана гуманитардык жардам боюнча "
                   "башкармалыгынын каржылоосу менен курулду.")
    assert roles.get("European Civil Protection and Humanitarian Aid Operations") == "donor"
    assert "European Union" not in roles
