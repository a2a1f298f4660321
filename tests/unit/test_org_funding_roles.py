"""Funding phrases and possessive appositions decide donor against implementer."""

from __future__ import annotations

import pytest

from tests.unit.org_support import org_roles as _roles


@pytest.mark.parametrize("text", [
    "Школа построена на средства Азиатского банка развития в рамках программы «Образование».",
    "Мост отремонтирован из средств Азиатского банка развития.",
    "The clinic was built with funds from the Asian Development Bank.",
    "The bridge was paid for by the Asian Development Bank.",
])
def test_money_of_a_body_makes_it_the_donor(text: str) -> None:
    assert _roles(text)["Asian Development Bank"] == "donor"


def test_building_verb_alone_still_names_the_builder() -> None:
    assert _roles("Здание построено Азиатским банком развития.")["Asian Development Bank"] == "implementer"


def test_possessor_in_an_apposition_is_not_the_funder() -> None:
    text = ("The forum was organized by the Asian Development Bank. The programme is financed by the "
            "Japan Fund for Poverty Reduction (JFPR), the Asian Development Bank's trust fund for the poorest.")
    assert _roles(text)["Asian Development Bank"] == "implementer"


def test_a_list_after_the_funding_cue_still_funds() -> None:
    text = "The forum was organized by the Asian Development Bank. The school was funded by UNICEF, the Asian Development Bank and USAID."
    assert _roles(text)["Asian Development Bank"] == "donor"
