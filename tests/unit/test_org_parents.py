"""A ministry named only as the parent of its local branch is no participant of its own."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


def _names(text: str) -> set[str]:
    return {m.organization.name for m in find_organizations(text)}


@pytest.mark.parametrize("text", [
    "Өзгөчө кырдаалдар министрлигинин Кочкор райондук бөлүмү тренингге өнөктөш болду.",
    "Өзгөчө кырдаалдар министрлигинин Нарын облусу боюнча башкармалыгы окутууну колдоду.",
    "В учениях участвовали спасатели районного управления Министерства чрезвычайных ситуаций.",
    "Rescuers from the Kochkor district department of the Ministry of Emergency Situations took part.",
])
def test_the_parent_of_a_local_branch_is_left_out(text: str) -> None:
    assert "Ministry of Emergency Situations" not in _names(text)


@pytest.mark.parametrize("text", [
    "Өзгөчө кырдаалдар министрлиги тренинг өткөрдү.",
    "Учения провело Министерство чрезвычайных ситуаций совместно с районной администрацией.",
    "The Ministry of Emergency Situations and the district office of UNICEF took part.",
])
def test_a_ministry_named_for_itself_stays(text: str) -> None:
    assert "Ministry of Emergency Situations" in _names(text)


@pytest.mark.parametrize("text", [
    "Семинар провели специалисты Национального института общественного здравоохранения при Министерстве "
    "сельского хозяйства.",
    "Обучение вели эксперты Государственной инспекции по ветеринарной безопасности Министерства сельского "
    "хозяйства.",
    "Айыл чарба министрлигине караштуу Республикалык ветеринардык лаборатория семинар өткөрдү.",
    "Окутууну Айыл чарба министрлигинин Мамлекеттик өсүмдүктөрдү коргоо кызматы уюштурду.",
    "Experts of the National Centre for Pasture Research under the Ministry of Agriculture led it.",
])
def test_the_owner_of_a_national_body_is_left_out(text: str) -> None:
    assert not {n for n in _names(text) if n.startswith("Ministry of Agriculture")
                or n.startswith("Ministry of Water Resources")}


@pytest.mark.parametrize("text", [
    "При поддержке Национального центра онкологии и Министерства сельского хозяйства прошла ярмарка.",
    "Айыл чарба министрлигинин колдоосу менен Ош шаардык маалымат борбору ачылды.",
    "The National Agency for Youth and the Ministry of Agriculture signed the memorandum.",
])
def test_a_ministry_beside_a_national_body_stays(text: str) -> None:
    assert {n for n in _names(text) if n.startswith("Ministry of Agriculture")
            or n.startswith("Ministry of Water Resources")}
