"""Names that must come out the same within a document, and places spelt as written."""

from __future__ import annotations

from dataclasses import dataclass

from etl.reference.govbody_places import HIGH, LOW, english, place_name
from etl.reference.org_doc_names import unify_level_names
from etl.reference.organizations import find_organizations


@dataclass
class _H:
    org_id: str | None
    name: str


def _names(text: str) -> dict[str, str]:
    return {m.organization.name: m.organization.role for m in find_organizations(text)}


def test_short_form_takes_the_level_of_the_full_name() -> None:
    hits = [_H(None, "Kara-Suu District Family Medicine Centre"), _H(None, "Kara-Suu Family Medicine Centre")]
    unify_level_names(hits)
    assert {h.name for h in hits} == {"Kara-Suu District Family Medicine Centre"}


def test_two_fuller_names_leave_the_short_one_alone() -> None:
    hits = [_H(None, "Osh District Youth Centre"), _H(None, "Osh City Youth Centre"), _H(None, "Osh Youth Centre")]
    unify_level_names(hits)
    assert hits[2].name == "Osh Youth Centre"


def test_registry_names_are_not_renamed() -> None:
    hits = [_H(None, "Naryn Oblast Youth Centre"), _H("x", "Naryn Youth Centre")]
    unify_level_names(hits)
    assert hits[1].name == "Naryn Youth Centre"


def test_family_medicine_centre_short_form_in_text() -> None:
    text = ("Прививки провел Кара-Кулжинский районный центр семейной медицины. "
            "«Родители стали доверять», — сказал директор Кара-Кулжинского ЦСМ.")
    names = _names(text)
    assert "Kara-Kulja District Family Medicine Centre" in names
    assert not any(n.endswith("Family Medicine Centre") and "District" not in n for n in names)


def test_homonym_spelt_as_written() -> None:
    # "Кок-Ой" (Talas) and "Кек-Ой" (Jalal-Abad) fold to one key: the spelling decides
    assert place_name("Кок-Ойский", LOW + HIGH) == "Kok-Oy"
    assert place_name("Кек-Ойский", LOW + HIGH) == "Kek-Oy"


def test_ayil_aimak_named_by_the_noun_before_the_linking_n() -> None:
    assert english("41706207840000") == "Uch-Debe"  # Уч-Дебенский: Уч-Дебе + н + ский
    assert english("41707215805000") == "Beisheke"  # Бейшекенский: its village Бейшеке
    assert english("41707232820000") == "Kok-Oy"  # named after its main village, unchanged


def test_second_funding_phrase_without_its_preposition_is_a_donor() -> None:
    text = ("Кампанию провел областной центр при технической поддержке ЮНИСЕФ и финансовой поддержке "
            "Азиатского банка развития.")
    names = _names(text)
    assert names.get("UNICEF") == "partner"
    assert names.get("Asian Development Bank") == "donor"


def test_unodc_in_kyrgyz_plural_and_acronym() -> None:
    text = ("Семинарды БУУнун Баңгизаттар жана кылмыштуулук боюнча башкармалыгы (УНОДК) "
            "Нарын шаарында уюштурду.")
    names = _names(text)
    assert names.get("UNODC") == "implementer"
    assert "United Nations" not in names
