"""A bloc named only as the owner of its department (called by an acronym) is not labelled on its own."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


def _names(text: str) -> list[str]:
    return [m.organization.name for m in find_organizations(text)]


@pytest.mark.parametrize("text", [
    "Учения прошли при поддержке Департамента гуманитарной помощи Европейского союза (ECHO).",
    "Окутуу Европа Биримдигинин жарандык коргоо жана гуманитардык жардам департаментинин (ECHO) колдоосу менен өттү.",
    "The drill was funded by the European Union's Directorate-General for Humanitarian Aid (ECHO).",
])
def test_owner_of_acronym_department_left_out(text: str) -> None:
    assert "European Union" not in _names(text), _names(text)


@pytest.mark.parametrize("text", [
    "Учения прошли при поддержке Европейского союза (ЕС).",
    "The drill was funded by the European Union and run by its partners.",
])
def test_bloc_itself_stays(text: str) -> None:
    assert "European Union" in _names(text), _names(text)




@pytest.mark.parametrize("text", [
    "Программа семинара включала требования ЕС к остаткам пестицидов.",
    "Farmers learned about EU standards for dried apricots.",
    "Дыйкандар Европа Биримдигинин талаптары менен таанышты.",
])
def test_bloc_as_source_of_rules_is_not_an_organization(text: str) -> None:
    assert "European Union" not in _names(text), _names(text)
