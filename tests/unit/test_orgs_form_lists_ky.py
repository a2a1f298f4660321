"""Several quoted names before one Kyrgyz plural legal form are each a body of that form."""

from __future__ import annotations

from etl.reference.org_form_lists_ky import listed_before_plural_form_ky
from etl.reference.organizations import find_organizations


def names(text: str) -> list[str]:
    return [m.organization.name for m in find_organizations(text)]


def test_three_public_associations() -> None:
    got = names("Иш-чарага «Нур», «Ак-Ниет» жана «Мурас» коомдук бирикмелери катышты.")
    assert got == ["Nur Public Association", "Ak-Niet Public Association", "Muras Public Association"]


def test_water_users_associations_in_the_genitive_plural() -> None:
    got = names('Жыйынга "Бирлик" жана "Ынтымак" суу пайдалануучулар ассоциацияларынын төрагалары катышты.')
    assert got == ["Birlik Water Users Association", "Yntymak Water Users Association"]


def test_acronym_plural() -> None:
    assert names("«Бирлик» жана «Достук» СПАларынын төрагалары катышты.") == [
        "Birlik Water Users Association", "Dostuk Water Users Association"]


def test_quoted_titles_with_no_form_are_not_bodies() -> None:
    assert listed_before_plural_form_ky("«Эл» жана «Жер» китептери окулду, фонддор жардам берди.") == []
