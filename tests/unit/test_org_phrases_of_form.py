"""Russian descriptive associations with no place ("Ассоциация бухгалтеров" → "Association of
Accountants"), a following "и" that lists other people, present-tense role nouns ("выступает
партнером") and the parties to a memorandum."""

from __future__ import annotations

from etl.reference.org_phrases import noun_phrase_organizations
from etl.reference.organizations import find_organizations


def phrases(text: str) -> list[str]:
    return [p.name for p in noun_phrase_organizations(text)]


def roles(text: str) -> list[tuple[str, str]]:
    return [(m.organization.name, m.organization.role) for m in find_organizations(text)]


def test_association_without_place_is_association_of() -> None:
    assert phrases("Меморандум подписан с Ассоциацией бухгалтеров.") == ["Association of Accountants"]
    assert phrases("партнеры — ОО «Ак-Ниет» и Ассоциация приемных семей.") == ["Association of Foster Families"]
    assert phrases("Выступил председатель Ассоциации водителей севера.") == ["Association of Drivers of the North"]


def test_association_with_a_place_keeps_the_place_first_form() -> None:
    assert phrases("Выступили члены Ассоциации фермеров Чуйской долины.") == ["Chui Valley Farmers Association"]


def test_a_following_and_with_a_nominative_lists_other_people() -> None:
    assert phrases("Присутствовали представители Ассоциации психологов и активисты.") == ["Association of Psychologists"]
    assert phrases("Присутствовали члены Ассоциации фермеров и животноводов.") == []


def test_present_tense_role_noun_after_the_subject() -> None:
    text = "Тренинг провели эксперты Ассоциации врачей, которая выступает партнером программы."
    assert roles(text) == [("Association of Doctors", "partner")]


def test_parties_to_a_memorandum_took_part() -> None:
    text = "Подписан меморандум о сотрудничестве между Министерством финансов и Ассоциацией аудиторов."
    assert roles(text) == [("Ministry of Finance of the Kyrgyz Republic", "government"),
                           ("Association of Auditors", "participant_org")]
