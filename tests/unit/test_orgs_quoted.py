"""Quoted names of unseen organizations: nested quotes read whole; registry names keep the whole mention."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations
from etl.reference.unseen_orgs import quoted_span


def found(text: str) -> list[tuple[str, str]]:
    return [(m.organization.name, m.organization.evidence) for m in find_organizations(text)]


@pytest.mark.parametrize("text,name,evidence", [
    ("ОФ «Центр «Ынтымак»» уюштурду.", "Yntymak Centre Public Foundation", "ОФ «Центр «Ынтымак»»"),
    ('ОО "Центр "Данко"" провел тренинг.', "Danko Centre Public Association", 'ОО "Центр "Данко""'),
    ("ОФ „Центр „Данко““ провел тренинг.", "Danko Centre Public Foundation", "ОФ „Центр „Данко““"),
    ("ОФ “Центр “Данко”” провел тренинг.", "Danko Centre Public Foundation", "ОФ “Центр “Данко””"),
    ("«Центр «Данко»» коомдук бирикмеси уюштурду.", "Danko Centre Public Association",
     "«Центр «Данко»» коомдук бирикмеси"),
])
def test_nested_quotes_are_read_whole(text: str, name: str, evidence: str) -> None:
    assert found(text) == [(name, evidence)]


def test_two_straight_quoted_names_stay_two() -> None:
    assert [n for n, _ in found('ОФ "Алга" и ОО "Нур" провели.')] == ["Alga Public Foundation", "Nur Public Association"]


def test_a_known_organization_in_nested_quotes_keeps_the_whole_mention_as_evidence() -> None:
    assert found("ОФ «Центр «Интербилим»» провел тренинг.") == [
        ("Interbilim International Centre", "ОФ «Центр «Интербилим»»")]


@pytest.mark.parametrize("text", ["«Алга", "«А»", "«" + "ы" * 120 + "»", "«Алга\nНур»"])
def test_unclosed_tiny_long_or_broken_quotes_are_no_name(text: str) -> None:
    assert quoted_span(text, 0) is None


def test_one_name_for_an_unseen_organization_across_the_language_parts() -> None:
    text = "«Ынтымак» коомдук фонду тарабынан уюштурулду.\n\nМероприятие организовано ОФ «Ынтымак»."
    assert {(m.organization.name, m.organization.org_id) for m in find_organizations(text)} == {
        ("Yntymak Public Foundation", "pattern:yntymak-public-foundation")}


def test_a_company_and_a_foundation_sharing_a_word_stay_apart() -> None:
    assert [n for n, _ in found("ОсОО «Нур» и ОФ «Нур» провели.")] == ["Nur LLC", "Nur Public Foundation"]


@pytest.mark.parametrize("text,name,evidence", [
    ("Иш-чараны «Нур-Айым» КФ уюштурду.", "Nur-Ayim Public Foundation", "«Нур-Айым» КФ"),
    ("«Нур» КФнын өкүлдөрү катышты.", "Nur Public Foundation", "«Нур» КФнын"),
    ("РОО «Союз молодёжи» провело акцию.", "РОО «Союз молодёжи»", "РОО «Союз молодёжи»"),
])
def test_kyrgyz_acronym_forms_after_the_name_and_more_russian_forms(text: str, name: str, evidence: str) -> None:
    assert found(text) == [(name, evidence)]


def test_a_nested_name_and_its_inner_name_are_one_organization() -> None:
    text = "Өнөктөш: «Ак-Ниет» борбору.\n\n----\n\nПартнёр — ОО «Центр «Ак-Ниет»»."
    assert {n for n, _ in found(text)} == {"Ak-Niet Centre"}


def test_a_registry_name_opening_a_quote_keeps_its_closing_quote() -> None:
    assert found("Донор — Структура «ООН-женщины».") == [("UN Women", "Структура «ООН-женщины»")]


@pytest.mark.parametrize("text,expected", [
    ("The training was organized by the Eco-Naryn Public Foundation.", [("Eco-Naryn Public Foundation",
                                                                          "Eco-Naryn Public Foundation")]),
    ("On Monday the Ak-Niet Public Association met.", [("Ak-Niet Public Association", "Ak-Niet Public Association")]),
    ("On Monday The Public Foundation was closed.", []),
])
def test_english_names_with_their_form_and_no_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text,name", [
    ("специалисты кризисного центра «Сезим»", "Sezim Crisis Centre"),
    ("Ресурсный центр «Жаштар» уюштурду.", "Jashtar Resource Centre"),
])
def test_crisis_and_resource_centres_in_quotes(text: str, name: str) -> None:
    assert [n for n, _ in found(text)] == [name]


def test_a_shopping_centre_is_no_organization() -> None:
    assert found("Встреча прошла в центре «Дордой плаза».") == []
