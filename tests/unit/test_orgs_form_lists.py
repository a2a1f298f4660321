"""A plural legal form before a list of quoted names gives each name that form."""

from __future__ import annotations

from etl.reference.org_form_lists import listed_after_plural_form
from etl.reference.organizations import find_organizations
from etl.reference.unseen_orgs import quoted_span


def _names(text: str) -> set[str]:
    return {m.organization.name for m in find_organizations(text)}


def test_municipal_enterprises_listed() -> None:
    names = _names("На встрече были директора муниципальных предприятий «Ошсуучубасы» и «Тазалык-Ош».")
    assert {"Oshsuuchubasy Municipal Enterprise", "Tazalyk-Osh Municipal Enterprise"} <= names


def test_three_associations_with_commas() -> None:
    found = listed_after_plural_form("представители общественных объединений «Нур», «Ак-Ниет» и «Мурас».",
                                     quoted_span)
    assert [(form, name) for _, _, form, name in found] == [
        ("общественное объединение", "Ак-Ниет"), ("общественное объединение", "Мурас")]


def test_singular_form_does_not_reach_a_title() -> None:
    text = "ОО «Нур» и «Школа лидеров» провели встречу."
    assert listed_after_plural_form(text, quoted_span) == []
    assert not any("Shkola" in n for n in _names(text))


def test_registry_municipal_enterprise_is_named_as_such() -> None:
    assert "Bishkekvodokanal Municipal Enterprise" in _names("Трубы заменило МП «Бишкекводоканал».")
