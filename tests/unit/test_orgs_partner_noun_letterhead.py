"""A body named as the project's partner is a partner whatever the verb; an organization's letterhead
over its own activity report makes it the report's author (implementer), a funder by kind included."""

from __future__ import annotations

from tests.unit.org_support import org_roles


def test_partner_of_the_project_beats_the_verb_in_russian() -> None:
    assert org_roles("Семинар провел партнер программы — общественное объединение «Алга».") == {
        "Alga Public Association": "partner"}
    assert org_roles("Тренинг провел партнер проекта, общественный фонд «Ынтымак».") == {
        "Yntymak Public Foundation": "partner"}


def test_partner_of_the_project_beats_the_verb_in_english() -> None:
    assert org_roles("The workshop was delivered by the project's partner, the Ak-Jol Public Foundation.") == {
        "Ak-Jol Public Foundation": "partner"}


def test_the_verb_alone_still_makes_the_implementer() -> None:
    assert org_roles("Тренинг провел общественный фонд «Ынтымак».") == {"Yntymak Public Foundation": "implementer"}


def test_letterhead_with_office_over_a_report_is_the_implementer() -> None:
    text = ("Aga Khan Foundation, Kyrgyzstan Country Office\n\nQuarterly progress report, April 2026\n\n"
            "Twenty teachers were trained in Naryn.")
    assert org_roles(text) == {"Aga Khan Foundation": "implementer"}


def test_letterhead_without_a_report_title_keeps_the_funder() -> None:
    text = "Aga Khan Foundation, Kyrgyzstan Country Office\n\nTwenty teachers were trained in Naryn."
    assert org_roles(text) == {"Aga Khan Foundation": "donor"}
