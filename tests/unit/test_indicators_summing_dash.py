"""A total after a dash ("— всего 87 человек") sums the list before it; its verb opens the sentence, past
the commas of the list ("приехали главы из Сузакского, Базар-Коргонского и Ноокенского районов — всего …")."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize("text", [
    "На семинар приехали педагоги из Таласского, Манасского и Кара-Бууринского районов — всего 64 человека.",
    "The forum brought together teachers from Naryn, At-Bashy and Kochkor districts — 64 people in all.",
])
def test_total_after_dash_takes_the_opening_verb(text: str) -> None:
    assert ("participants", "total", 64.0, "person") in indicator_tuples(text, skip_dates=True)
