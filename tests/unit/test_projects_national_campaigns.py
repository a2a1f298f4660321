"""A quoted national campaign or programme frames the events held within it (a project); a city's
clean-up day or an awareness campaign's title does not.  USAID calls its projects "activities"."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_projects


def names(text: str) -> list[str]:
    return [p.name for p in find_projects(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Субботник «Таза Кыргызстан» республикалык кампаниясынын алкагында өттү.", ["Таза Кыргызстан"]),
    ("Посадка прошла в рамках общереспубликанской акции «Чистые берега».", ["Чистые берега"]),
    ('Volunteers planted trees as part of the national campaign "Green Roads".', ["Green Roads"]),
    ("Жаштар «Билимдүү муун» улуттук программасынын алкагында окуудан өтүштү.", ["Билимдүү муун"]),
])
def test_national_campaign_is_a_project(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "В субботу в рамках городской акции «Чистый двор» прошёл субботник.",
    "Мероприятие прошло в рамках кампании «16 дней против насилия».",
    "«Таза айыл» экологиялык акциясын жаштар тобу өткөрдү.",
])
def test_other_campaigns_are_no_project(text: str) -> None:
    assert names(text) == []


def test_usaid_activity_named_after_its_funder() -> None:
    text = "The grants were awarded under USAID's Water Together activity, which works with ayil okmotus."
    assert names(text) == ["Water Together"]


def test_capitalised_activity_is_part_of_the_name() -> None:
    assert names("It is part of the Healthy Villages Activity in Naryn.") == ["Healthy Villages Activity"]


def test_an_event_called_an_activity_is_no_project() -> None:
    assert names("The Open Day activity brought together 40 people.") == []


def test_quoted_name_longer_than_a_registry_alias_is_its_own_project() -> None:
    text = 'ACTED implements the EU-funded project "Youth for Peace in the Ferghana Valley" with local partners.'
    assert names(text) == ["Youth for Peace in the Ferghana Valley"]
    assert names("В рамках проекта «Молодежь за мир» прошёл тренинг.") == ["Youth for Peace"]


def test_quoted_remark_before_a_project_word_is_no_title() -> None:
    text = '"Farmers earn more when they sell together," the UNDP project manager said.'
    assert names(text) == []


def test_funded_by_compound_is_no_part_of_an_english_title() -> None:
    assert names("The fair was part of the EU-funded Clean Valleys Initiative.") == ["Clean Valleys Initiative"]
    assert names("It was held under the USAID-supported Local Voices activity.") == ["Local Voices"]
