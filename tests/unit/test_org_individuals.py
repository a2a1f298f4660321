"""A non-state body named only as the employer of one person taking part in person is left out."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


def _names(text: str) -> set[str]:
    return {m.organization.name for m in find_organizations(text)}


@pytest.mark.parametrize("text", [
    "Тренинг провёл ОФ «Алга». Одним из тренеров был эксперт ОО «Эко-Чуй» Эрмек Алыбаев.",
    "Сынакты «Алга» коомдук фонду уюштурду. Калыстар тобунун төрагасы, Талас мамлекеттик университетинин "
    "доценти Бакыт Осмонов жеңүүчүлөрдү жарыялады.",
    "The training was run by the Alga Public Foundation. \"It was useful,\" said Aida Sultanova, "
    "a lecturer at the Naryn State University.",
])
def test_a_staff_member_taking_part_in_person_leaves_the_employer_out(text: str) -> None:
    names = _names(text)
    assert "Alga Public Foundation" in names
    assert not names & {"Eco-Chuy Public Association", "Talas State University", "Naryn State University"}


@pytest.mark.parametrize(("text", "body"), [
    ("Тренинг провели специалисты ОО «Эко-Чуй».", "Eco-Chuy Public Association"),
    ("Во встрече участвовал специалист Кеминского районного управления образования А. Осмонов.",
     "Kemin District Education Department"),
])
def test_plural_staff_and_state_specialists_bring_their_body_in(text: str, body: str) -> None:
    assert body in _names(text)
