"""The second item of a "together with" list joined by a conjunction is still the partner."""

from __future__ import annotations

import pytest

from tests.unit.org_support import org_roles as _roles


@pytest.mark.parametrize("text", [
    "ОО «Нур» совместно с мэрией города Каракол и общественным фондом «Бейпил» провело семинар.",
    "ОО «Нур» в сотрудничестве с мэрией города Каракол и ОФ «Бейпил» провело семинар.",
])
def test_second_item_after_a_conjunction_is_a_partner(text: str) -> None:
    roles = _roles(text)
    assert roles["Beypil Public Foundation"] == "partner"
    assert roles["Nur Public Association"] == "implementer"


def test_a_name_after_the_list_and_its_verb_is_no_item() -> None:
    # the preposition's list ended at the verb: the later subject keeps its own verb's role
    roles = _roles("Совместно с мэрией города Каракол был подготовлен план, семинар провело ОО «Нур».")
    assert roles["Nur Public Association"] == "implementer"
