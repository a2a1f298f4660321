"""Registry rows and aliases added for bodies that reports name in full or in Kyrgyz: a one-letter
first word ("Y-PEER"), the long Kyrgyz name of a fund, the society form of the Red Crescent, and the
"of the Kyrgyz Republic" form of a ministry's English name."""

from __future__ import annotations

from pathlib import Path

from etl.evaluate_names import Canonicalizer, groups_from_registry
from etl.reference.organizations import find_organizations
from etl.reference.registry import compile_alias, organizations


def roles(text: str) -> list[tuple[str, str]]:
    return [(m.organization.name, m.organization.role) for m in find_organizations(text)]


def test_one_letter_first_word_compiles_and_is_found() -> None:
    alias = compile_alias("y_peer", "Y-PEER")
    assert alias is not None and alias.first == "y peer"
    assert roles("Акцияга Y-PEER Кыргызстан тармагынын ыктыярчылары катышты.") == [
        ("Y-PEER Kyrgyzstan", "participant_org")]


def test_a_single_capital_letter_word_is_not_the_network() -> None:
    assert roles("Группа Y провела опрос среди PEER-консультантов.") == []


def test_kyrgyz_long_name_of_the_kuwait_fund() -> None:
    text = "Мектеп Кувейт араб экономикалык өнүктүрүү фондунун насыясынын эсебинен курулду."
    assert ("Kuwait Fund for Arab Economic Development", "donor") in roles(text)


def test_eurasia_foundation_with_central_asia_between() -> None:
    text = "Семинар Евразия Борбордук Азия фондунун колдоосу менен өттү."
    assert ("Eurasia Foundation of Central Asia", "donor") in roles(text)


def test_red_crescent_society_in_the_instrumental_is_the_partner_of_with() -> None:
    text = "Учения провело МЧС совместно с Обществом Красного Полумесяца Кыргызской Республики."
    assert ("Red Crescent Society of Kyrgyzstan", "partner") in roles(text)


def test_ministry_full_english_name_is_one_group_with_the_short_one() -> None:
    canon = Canonicalizer(groups_from_registry(Path(__file__).resolve().parents[2] / "etl" / "reference" / "data",
                                               "organization"))
    assert canon("Ministry of Energy of the Kyrgyz Republic") == canon("Ministry of Energy")
    assert canon("Ministry of Internal Affairs of the Kyrgyz Republic") == canon("Ministry of Internal Affairs")


def test_new_rows_have_ky_or_ru_aliases() -> None:
    orgs = organizations()
    for oid in ("luxdev", "jsdf", "emercom_russia", "unfccc", "unccd", "unctad", "us_cdc", "jics", "cerf"):
        assert any(not a.isascii() for a in orgs[oid].aliases), oid


def test_emercom_of_russia_is_not_the_kyrgyz_ministry() -> None:
    text = "Спасательное оборудование передано при финансовой поддержке МЧС России."
    assert roles(text) == [("EMERCOM of Russia", "donor")]
