"""Ayil okmotus whose ayil aimak carries a person's first and last name keep both words."""

from __future__ import annotations

import pytest

from etl.reference.govbody_person_aimaks import person_named_okmotus
from etl.reference.organizations import find_organizations
from etl.text import fold


@pytest.mark.parametrize(("text", "name"), [
    ("Курулушка Абды Суеркулов айыл өкмөтү салым кошту.", "Abdy Suerkulov ayil okmotu"),
    ("Выступил глава Торогелди Балтагуловского айыл окмоту.", "Torogeldi Baltagulov ayil okmotu"),
])
def test_two_word_aimak_names_one_body(text: str, name: str) -> None:
    assert [m.organization.name for m in find_organizations(text, include_incidental=True)] == [name]


def test_one_word_aimak_is_left_to_the_place_patterns() -> None:
    text = "Кара-Суу айыл өкмөтү катышты."
    assert person_named_okmotus(text, fold(text)) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Выступил глава Байтикского айыл окмоту.", "Baitik ayil okmotu"),
    ("В обсуждении участвовал Теелесский айыл окмоту.", "Teeles ayil okmotu"),
])
def test_an_aimak_named_by_a_noun_loses_the_generic_term(text: str, name: str) -> None:
    # SOATE writes some ayil aimaks as "Байтик айылный аймак": "айылный аймак" is no part of the name
    assert [m.organization.name for m in find_organizations(text, include_incidental=True)] == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("Выступил глава Орозбековского айыл окмоту.", "Orozbekov ayil okmotu"),
    ("Выступил глава Петровского айыл окмоту.", "Petrovka ayil okmotu"),
])
def test_a_surname_aimak_keeps_the_surname_not_its_village_in_ovo(text: str, name: str) -> None:
    # the village Orozbekovo is the Russian neuter of the surname the aimak (and its okmotu) is named after
    assert [m.organization.name for m in find_organizations(text, include_incidental=True)] == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("Выступил глава Кок-Серекского айыл окмоту.", "Kok-Serek ayil okmotu"),   # SOATE: Кек-Серекский
    ("Выступил глава Кек-Серекского айыл окмоту.", "Kek-Serek ayil okmotu"),
    ("Выступил глава Ала-Букинского айыл окмоту.", "Ala-Buka ayil okmotu"),    # a stem SOATE spells alike
])
def test_an_aimak_spelt_with_other_vowels_than_soate_keeps_the_reports_spelling(text: str, name: str) -> None:
    assert [m.organization.name for m in find_organizations(text, include_incidental=True)] == [name]
