"""A Kyrgyz role phrase closed by a comma ends its list; a co-organiser who "took part" is a partner."""

from __future__ import annotations

import pytest

from tests.unit.org_support import org_roles as _roles


@pytest.mark.parametrize("text", [
    'Семинарды "Алга" коомдук фонду Кыргызстандын жаш фермерлер ассоциациясы менен өнөктөштүктө, '
    "Европа Биримдигинин каржылоосу менен өткөрдү.",
    'Тренингди "Алга" коомдук фонду Кыргызстандын жаш фермерлер ассоциациясы менен биргеликте, '
    "Европа Биримдигинин каржылоосу менен уюштурду.",
])
def test_a_closed_partner_phrase_ends_the_list_before_the_funder(text: str) -> None:
    roles = _roles(text)
    assert roles["Alga Public Foundation"] == "implementer"
    assert roles["European Union"] == "donor"


def test_a_kyrgyz_locative_partner_word_does_not_reach_past_its_comma() -> None:
    text = ('Окутууну "Алга" коомдук фонду Кыргызстандын жаш фермерлер ассоциациясы менен өнөктөштүктө, '
            "USAIDдин каржылоосу менен өткөрдү.")
    assert _roles(text)["USAID"] == "donor"


@pytest.mark.parametrize("text", [
    "The Aga Khan Foundation took part as a co-organiser of the session on water.",
    "The Aga Khan Foundation participated as the co-organizer of the forum.",
    "Фонд Ага Хана принял участие в качестве соорганизатора секции.",
    "Ага Хан фонду тең уюштуруучу катары катышты.",
])
def test_a_co_organiser_taking_part_is_a_partner(text: str) -> None:
    assert _roles(text)["Aga Khan Foundation"] == "partner"


def test_a_funder_that_only_attends_stays_the_donor() -> None:
    assert _roles("The Aga Khan Foundation took part in the conference.")["Aga Khan Foundation"] == "donor"


@pytest.mark.parametrize("text", [
    "«Алга» коомдук фондунун жетекчиси Бакыт Асанов долбоордун алкагында 300 фермер окуганын билдирди.",
    "«Алга» коомдук фондунун төрагасы Айгүл Маматова долбоор аркылуу 12 кооператив түзүлгөнүн айтты.",
])
def test_a_kyrgyz_speakers_words_give_her_employer_no_role(text: str) -> None:
    assert _roles(text)["Alga Public Foundation"] == "participant_org"


def test_a_kyrgyz_head_who_organizes_brings_the_body_in_as_organizer() -> None:
    text = "«Алга» коомдук фондунун жетекчиси Бакыт Асанов тренингди уюштурду."
    assert _roles(text)["Alga Public Foundation"] == "implementer"
