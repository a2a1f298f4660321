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
