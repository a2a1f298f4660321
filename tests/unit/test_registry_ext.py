"""The fourth organization file (``organizations_ext.csv``): well-formed rows that the registry reads,
aliases owned by one organization each, mentions in three languages found under their canonical names,
and news outlets and ordinary words left alone."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations
from etl.reference.registry import organizations
from tests.unit.registry_rows import alias_names as _names
from tests.unit.registry_rows import check_new_rows, read_rows

EXT = read_rows("organizations_ext.csv")
OTHERS = read_rows("organizations.csv") + read_rows("organizations_more.csv") + read_rows("organizations_kg.csv")


def names(text: str) -> list[str]:
    return [m.organization.name for m in find_organizations(text)]


def test_every_row_loads() -> None:
    assert len(EXT) >= 150
    seen = check_new_rows(EXT, OTHERS)
    for row in EXT:
        if row["acronym"]:
            assert row["acronym"] in row["aliases"].split("|"), row
    loaded = organizations()
    assert seen <= set(loaded)
    assert all(loaded[r["org_id"]].name == r["canonical_name"] for r in EXT)


def test_no_alias_is_shared_with_another_file() -> None:
    owner = {a.casefold(): r["org_id"] for r in OTHERS for a in _names(r)}
    for row in EXT:
        for alias in _names(row):
            assert owner.setdefault(alias.casefold(), row["org_id"]) == row["org_id"], (alias, owner[alias.casefold()])


@pytest.mark.parametrize("row", EXT, ids=[r["org_id"] for r in EXT])
def test_each_alias_alone_names_its_organization(row: dict[str, str]) -> None:
    for alias in _names(row):
        assert names(alias.replace("*", "")) == [row["canonical_name"]], alias


@pytest.mark.parametrize(("text", "expected"), [
    ("Проект поддержан Посольством Канады.", ["Embassy of Canada"]),
    ("Иш-чара Финляндиянын элчилигинин колдоосу менен өттү.", ["Embassy of Finland"]),
    ("Студенты Бишкекской финансово-экономической академии.", ["Bishkek Academy of Finance and Economics"]),
    ("Сотрудники Фонда государственных материальных резервов.", ["State Material Reserves Fund"]),
    ("The training was organised by Plan International.", ["Plan International"]),
])
def test_mentions_find_the_new_bodies(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Как сообщает Кабар, в районе прошел семинар; Азаттык кабарлады.",  # news outlets cite, they do not take part
    "Таза шаар үчүн тазалык иштери жүрдү.",
    "Оман жана Иран сыяктуу өлкөлөрдүн тажрыйбасы.",
])
def test_ordinary_words_stay_unnamed(text: str) -> None:
    assert names(text) == []
