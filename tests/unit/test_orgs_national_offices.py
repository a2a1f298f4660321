"""A donor's own fund or national office is named for itself, not for its parent or its country; a national
health body under its own name."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


def names(text: str) -> set[str]:
    return {m.organization.name for m in find_organizations(text)}


@pytest.mark.parametrize("text,name,not_name", [
    ("Грант Ворлд Вижн Кореянын каржылоосу менен берилди.", "World Vision Korea", "Government of the Republic of Korea"),
    ("The grants were funded by World Vision Korea.", "World Vision Korea", "Government of the Republic of Korea"),
    ("Тренинг прошел при финансировании Фонда развития МОМ.", "IOM Development Fund", ""),
    ("Долбоорду Норвегиянын Тышкы иштер министрлиги каржылайт.", "Government of Norway", ""),
    ("Проект финансируется Министерством иностранных дел Норвегии.", "Government of Norway", ""),
    ("Занятия провели тренеры Республиканского центра развития здравоохранения и информационных технологий.",
     "Republican Centre for Health Development and Information Technologies", ""),
    ("Өнөктүктү Республикалык иммунопрофилактика борбору уюштурду.", "Republican Centre for Immunoprophylaxis", ""),
    ("Курсы провели тренеры Республиканского института повышения квалификации педагогов при Министерстве "
     "образования и науки.", "Republican Institute for Advanced Training of Teaching Staff",
     "Ministry of Education and Science of the Kyrgyz Republic"),
    ("Проект финансирует Австрийское агентство по развитию.", "Austrian Development Agency", ""),
    ("Учения финансирует Генеральный директорат Европейской комиссии по гражданской защите и гуманитарной помощи.",
     "European Civil Protection and Humanitarian Aid Operations", "European Commission"),
])
def test_named_for_itself(text: str, name: str, not_name: str) -> None:
    found = names(text)
    assert name in found
    assert not_name not in found
