"""A descriptive body named through its head, with the head's personal name, takes part; without a
head or a cue it stays background."""

from __future__ import annotations

from tests.unit.org_support import org_roles


def test_kyrgyz_chairwoman_after_a_quote_brings_her_council() -> None:
    text = "«Биз токтобойбуз», — деди Ат-Башы райондук аялдар кеңешинин төрайымы Айгүл Асанова."
    assert org_roles(text) == {"At-Bashy District Women's Council": "participant_org"}


def test_kyrgyz_without_diacritics() -> None:
    text = "\"Биз токтобойбуз\", - деди Ат-Башы райондук аялдар кенешинин торайымы Айгул Асанова."
    assert org_roles(text) == {"At-Bashy District Women's Council": "participant_org"}


def test_background_phrase_without_head_stays_out() -> None:
    assert org_roles("Ат-Башы райондук аялдар кеңеши 2019-жылы түзүлгөн.") == {}
