"""One group of officials counted as everyone present is the event's participants (its sex split theirs)
and its officials_participants; beside other people named or counted, the officials stay a part."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _people(text: str) -> list[tuple[str, str, float]]:
    return sorted((t[0], t[1], t[2]) for t in indicator_tuples(text, skip_dates=True))


def test_officials_alone_are_the_participants() -> None:
    text = "В семинаре приняли участие 27 депутатов айылных кенешей района, из них 11 женщин."
    assert _people(text) == [("officials_participants", "total", 27), ("participants", "female", 11),
                             ("participants", "total", 27)]


def test_kyrgyz_deputies_alone_are_the_participants() -> None:
    text = "Тренингге Ак-Татыр жана Кара-Бак айылдык кеңештеринин 38 депутаты катышты, алардын 15и аялдар."
    assert ("participants", "total", 38) in _people(text)
    assert ("officials_participants", "total", 38) in _people(text)


@pytest.mark.parametrize("text", [
    # others named beside them: the officials are a part of those present
    "Во встрече приняли участие 17 глав айыл окмоту района, из них 5 женщин, представитель агентства и "
    "сотрудники администрации.",
    "Ошондой эле Оро айылдык кенешинин 17 депутаты, алардын 5и аялдар, жана мектеп жетекчилери келишти.",
    # a participants total stated elsewhere
    "В форуме приняли участие 120 человек. Среди них 17 депутатов айылных кенешей, из них 5 женщин.",
    # no split by sex: notable guests, not a tally of everyone present
    "Встречу посетили 17 депутатов Жогорку Кенеша.",
])
def test_officials_beside_others_stay_a_part(text: str) -> None:
    assert ("participants", "total", 17) not in _people(text)
    assert ("officials_participants", "total", 17) in _people(text)
