"""Registry variants of real bodies: Kyrgyz and Russian names the registry lacked."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


@pytest.mark.parametrize(("text", "name"), [
    ("Форумду БУУнун Ыктыярчылар программасы уюштурду.", "UN Volunteers"),
    ("Акцию поддержала Программа добровольцев ООН.", "UN Volunteers"),
    ("Проект финансирует Фонд демократии ООН.", "UNDEF"),
    ("Долбоор БУУнун Демократия фондунун каржылоосу менен ишке ашат.", "UNDEF"),
    ("Тренингди Айылдык саламаттык комитеттеринин ассоциациясы өткөрдү.",
     "Republican Association of Village Health Committees"),
    ("Долбоор Швейцария Конфедерациясынын Өкмөтүнүн колдоосу менен ишке ашат.", "Government of Switzerland"),
    ("Акцияны Жаратылыш ресурстары, экология жана техникалык кароо министрлиги уюштурду.",
     "Ministry of Natural Resources Ecology and Technical Supervision"),
    ("Изилдөөнү Өнүгүү саясаты институту жүргүздү.", "Development Policy Institute"),
])
def test_registry_variant(text: str, name: str) -> None:
    assert name in [m.organization.name for m in find_organizations(text, include_incidental=True)]
