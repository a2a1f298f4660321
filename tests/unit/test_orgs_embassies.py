"""Embassies named with their host place between the country and the noun, in three languages; the
ambassador alone is a person on a visit, not the embassy."""

from __future__ import annotations

from etl.reference.org_embassies import embassy_mentions
from etl.reference.organizations import _match_text, find_organizations


def roles(text: str) -> dict[str, str]:
    return {m.organization.name: m.organization.role for m in find_organizations(text)}


def test_kyrgyz_embassy_with_its_host_place_funds_the_event() -> None:
    text = "Тегерек столду «Ак Булак» коомдук бирикмеси Япониянын Кыргыз Республикасындагы элчилигинин колдоосу менен өткөрдү."
    assert roles(text)["Embassy of Japan"] == "donor"
    text = "Сынак Франциянын Бишкектеги элчилигинин каржылоосу менен уюштурулду."
    assert roles(text) == {"Embassy of France": "donor"}


def test_russian_and_english_embassy_with_host_place() -> None:
    assert "Embassy of the Republic of Korea" in roles(
        "Конкурс прошёл при поддержке Посольства Республики Корея в Кыргызской Республике.")
    found = roles("The library was refurbished with a grant from the Embassy of Japan in the Kyrgyz Republic.")
    assert found.get("Embassy of Japan") == "donor"


def test_the_ambassador_alone_is_not_the_embassy() -> None:
    for text in ("Түркиянын Кыргызстандагы элчиси ачылышка катышты.", "Посол Германии в Кыргызстане посетил школу.",
                 "The Ambassador of Japan to the Kyrgyz Republic attended the opening."):
        assert embassy_mentions(_match_text(text)) == [], text


def test_no_embassy_noun_costs_nothing() -> None:
    assert embassy_mentions(_match_text("Германиянын Кыргызстандагы долбоору")) == []
