"""A body that exists in every region, named with its place and level, is that place's body."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


def names(text: str) -> list[tuple[str, str]]:
    return [(m.organization.name, m.organization.evidence) for m in find_organizations(text)]


@pytest.mark.parametrize("text,name,evidence", [
    ("Форумду Нарын облустук жаштар ресурстук борбору уюштурду.", "Naryn Oblast Youth Resource Centre",
     "Нарын облустук жаштар ресурстук борбору"),
    ("Форум организовал Нарынский областной ресурсный центр молодёжи.", "Naryn Oblast Youth Resource Centre",
     "Нарынский областной ресурсный центр молодёжи"),
    ("Форум организовал ресурсный центр молодёжи Таласской области.", "Talas Oblast Youth Resource Centre",
     "ресурсный центр молодёжи Таласской области"),
    ("The Osh City Youth Resource Centre organized the forum.", "Osh City Youth Resource Centre",
     "Osh City Youth Resource Centre"),
    ("Ак-Суу райондук жаштар ресурстук борборунун өкүлдөрү катышты.", "Ak-Suu District Youth Resource Centre",
     "Ак-Суу райондук жаштар ресурстук борборунун"),
])
def test_a_youth_resource_centre_takes_its_place_and_level(text: str, name: str, evidence: str) -> None:
    assert names(text) == [(name, evidence)]


def test_without_a_place_the_generic_name_stays() -> None:
    assert names("Форумду жаштар ресурстук борбору уюштурду.") == [("Youth Resource Centre", "жаштар ресурстук борбору")]


def test_an_unknown_word_before_the_level_is_no_place() -> None:
    assert [n for n, _ in names("Форумду Жаңы облустук жаштар ресурстук борбору уюштурду.")] == ["Youth Resource Centre"]


def test_a_branch_of_a_national_service_drops_of_the_kyrgyz_republic() -> None:
    assert [n for n, _ in names("Нарын облустук Социалдык фондунун өкүлдөрү катышты.")] == ["Naryn Oblast Social Fund"]
