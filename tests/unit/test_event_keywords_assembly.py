"""A villagers' assembly ("чогулуш") is a meeting; the verb "they gathered" is no event word."""

from __future__ import annotations

import pytest

from etl.extract.event_keywords import keyword_types
from etl.text import fold


def _types(text: str) -> list[str]:
    folded = fold(text)
    return [t for _, t in keyword_types(folded, 0, len(folded))]


pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text", ["Айылдын жалпы чогулушу болуп өттү.", "Чогулушка 80 тургун катышты.",
                                  "Чогулуштун жыйынтыгында чечим кабыл алынды."])
def test_assembly_is_a_meeting(text: str) -> None:
    assert _types(text) == ["meeting"]


@pytest.mark.parametrize("text", ["Тургундар аянтка чогулушту.", "Жаштар чогулушуп, көчөнү тазалашты."])
def test_gathering_verb_is_no_event_word(text: str) -> None:
    assert "meeting" not in _types(text)
