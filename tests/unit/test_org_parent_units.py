"""A ministry named only as the owner of its national unit (department, service, agency) is not labelled."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


def _names(text: str) -> list[str]:
    return [m.organization.name for m in find_organizations(text)]


@pytest.mark.parametrize("text", [
    "Семинарды Билим берүү жана илим министрлигинин мектепке чейинки билим берүү башкармалыгы уюштурду.",
    "Саламаттык сактоо министрлигине караштуу Дары-дармек департаменти тренинг өткөрдү.",
    "Тренинг провёл Департамент лекарственного обеспечения Министерства здравоохранения.",
    "Тренинг провели специалисты Департамента дошкольного и школьного образования Министерства просвещения.",
    "Жыйынга Маданият министрлигинин дене тарбия жана спорт департаментинин адистери катышты.",
    "The training was run by the Drug Supply Department of the Ministry of Health.",
])
def test_ministry_as_owner_of_its_unit_is_left_out(text: str) -> None:
    assert not any(n.startswith("Ministry") for n in _names(text)), _names(text)


@pytest.mark.parametrize("text", [
    "Жыйынга Саламаттык сактоо министрлигинин кызматкерлери катышты.",
    "Бул тууралуу Саламаттык сактоо министрлигинин басма сөз кызматы билдирди.",
    "Форум провели управление образования и Министерство здравоохранения.",
])
def test_ministry_itself_stays(text: str) -> None:
    assert any(n.startswith("Ministry") for n in _names(text)), _names(text)
