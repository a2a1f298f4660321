"""Registry coverage of donor governments in English, Russian and Kyrgyz forms."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


def roles(text: str) -> list[tuple[str, str]]:
    return [(m.organization.name, m.organization.role) for m in find_organizations(text)]


@pytest.mark.parametrize("text,name", [
    ("Government of Canada", "Government of Canada"), ("Правительством Канады", "Government of Canada"),
    ("Канада Өкмөтү", "Government of Canada"), ("Канаданын Өкмөтүнүн", "Government of Canada"),
    ("Корея Өкмөтү", "Government of the Republic of Korea"), ("Жапония Өкмөтүнүн", "Government of Japan"),
    ("Правительства Австралии", "Government of Australia"), ("Эстония Өкмөтү", "Government of Estonia"),
    ("Правительство Федеративной Республики Германия", "Government of Germany"),
    ("Германия Федеративдик Республикасынын Өкмөтү", "Government of Germany"),
    ("Chinese Government", "Government of China"), ("Правительства России", "Government of the Russian Federation"),
    ("Түркия Республикасынын Өкмөтү", "Government of Turkey"), ("Правительство Чешской Республики",
                                                                "Government of the Czech Republic"),
])
def test_donor_governments_are_donors(text: str, name: str) -> None:
    assert roles(text) == [(name, "donor")]


def test_the_kyrgyz_government_is_a_government_body() -> None:
    assert roles("Кыргыз Республикасынын Өкмөтү менен биргеликте") == [
        ("Cabinet of Ministers of the Kyrgyz Republic", "government")]


@pytest.mark.parametrize("text,name", [
    ("Тренинг канадалык долбоордун алкагында өттү.", "Government of Canada"),
    ("в рамках норвежского проекта", "Government of Norway"),
    ("в рамках шведской программы", "Government of Sweden"),
    ("австралиялык программанын алкагында", "Government of Australia"),
])
def test_a_national_adjective_on_a_project_names_the_donor_government(text: str, name: str) -> None:
    assert roles(text) == [(name, "donor")]


@pytest.mark.parametrize("text,name", [
    ("Eurasia Foundation", "Eurasia Foundation of Central Asia"), ("КОИКА", "KOICA"), ("ОшМУ", "Osh State University"),
    ("Социальным фондом КР", "Social Fund of the Kyrgyz Republic"), ("Министерство труда", "Ministry of Labour Social Security and Migration"),
    ("Форум женских НПО", "Forum of Women's NGOs of Kyrgyzstan"), ("Danish Refugee Council", "Danish Refugee Council"),
    ("Агентство по делам молодежи, физической культуры и спорта", "State Agency for Youth Affairs"),
])
def test_more_registry_names(text: str, name: str) -> None:
    assert [n for n, _ in roles(text)] == [name]


def test_an_ngo_called_social_fund_is_not_the_state_social_fund() -> None:
    assert [n for n, _ in roles("социальный фонд «Мээрим»")] == ["Meerim Foundation"]
