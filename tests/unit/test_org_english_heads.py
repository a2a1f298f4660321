"""Unseen English names ending in an organization's head noun are read as written."""

from __future__ import annotations

import pytest

from etl.reference.org_english_heads import english_head_organizations
from etl.reference.organizations import find_organizations


def _names(text: str) -> list[str]:
    return [m.organization.name for m in find_organizations(text, include_incidental=True)]


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Trainers from the Kyrgyz Beekeepers Chamber led the sessions.", "Kyrgyz Beekeepers Chamber", "association"),
    ("Staff of the Batken Oblast Employment Centre explained the subsidies.", "Batken Oblast Employment Centre",
     "government"),
    ("Clerks of the Kemin District Civil Registry Office registered births.", "Kemin District Civil Registry Office",
     "government"),
    ("It was co-organized by the Federation of Farmers Cooperatives of Kyrgyzstan, which sent 12 members.",
     "Federation of Farmers Cooperatives of Kyrgyzstan", "association"),
    ('The human rights group "Tendesh Clinic" and the Legal Clinic "Ukuk" advised families.', "Legal Clinic Ukuk",
     "ngo"),
    ('The dairy "Tash-Bulak LLC" sent two technicians.', "Tash-Bulak LLC", "business"),
])
def test_capitalized_name_up_to_its_head(text: str, name: str, kind: str) -> None:
    assert (name, kind) in [(n, k) for _, _, n, k in english_head_organizations(text)]
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "The meeting took place in the Youth Centre of the town.",  # a venue, no place level
    "Participants visited the District Office and the Union.",  # a head alone names nothing
    "The town was one of the Soviet Union's mining centres.",
])
def test_venue_or_bare_head_is_no_organization(text: str) -> None:
    assert english_head_organizations(text) == []


def test_registry_name_wins_over_the_head_rule() -> None:
    assert _names("Funding came from the European Union.") == ["European Union"]


def test_sentence_final_period_is_not_part_of_the_name() -> None:
    names = [n for _, _, n, _ in english_head_organizations("Certificates are issued by the Kyrgyz Guides Association.")]
    assert names == ["Kyrgyz Guides Association"]


def test_of_complement_stops_at_the_sentence_end() -> None:
    text = "Staff of the Institute of Rural Advisory Services. The next course starts in May."
    names = [n for _, _, n, _ in english_head_organizations(text)]
    assert names == ["Institute of Rural Advisory Services"]


def test_body_that_only_recognises_certificates_is_not_there() -> None:
    text = "All 20 nurses received certificates recognized by the Kyrgyz Nursing Association."
    assert english_head_organizations(text) == []


def test_a_district_centre_is_named_here_only_for_a_state_service() -> None:
    # a youth or resource centre is the registry's generic body, which local_branches gives its place
    found = {n: k for _, _, n, k in english_head_organizations(
        "The Talas District Youth Centre and the Talas District Family Medicine Centre ran the campaign.")}
    assert found == {"Talas District Family Medicine Centre": "government"}


def test_an_unknown_word_before_the_level_is_no_place() -> None:
    assert english_head_organizations("The Big District Education Department and the Leilek District Civil "
                                      "Registry Office met.") == [
        (46, 83, "Leilek District Civil Registry Office", "government")]


def test_a_country_is_no_organization() -> None:
    assert english_head_organizations("The minister thanked the Russian Federation for its support.") == []


def test_municipal_utility_named_after_its_form() -> None:
    text = "The delegation visited the municipal water company Naryn Suu-Tazalyk, where meters were installed."
    found = [(m.organization.name, m.organization.kind) for m in find_organizations(text, include_incidental=True)]
    assert found == [("Naryn Suu-Tazalyk Municipal Enterprise", "state_company")]


def test_head_with_only_its_kind_names_nothing() -> None:
    assert english_head_organizations("The Municipal Enterprise cleaned the streets.") == []
