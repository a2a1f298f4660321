"""A verbless "Всего N человек." after a sentence of presence or training is that sentence's total."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize(("text", "expected"), [
    ("В совещании участвовали глава айыл окмоту, депутаты и 14 членов ассоциации водопользователей. Всего 31 человек.",
     ("participants", "total", 31, "person")),
    ("Встречу посетили представители айыл окмоту и фермеры. Всего — 40 человек.", ("participants", "total", 40, "person")),
    ("Тренинг прошли учителя и воспитатели. Итого: 30 человек.", ("people_trained", "total", 30, "person")),
])
def test_a_verbless_total_takes_the_predicate_before(text: str, expected: tuple[str, str, float, str]) -> None:
    assert expected in indicator_tuples(text, skip_dates=True)


def test_a_total_without_presence_before_is_left() -> None:
    found = indicator_tuples("В районе 12 сел. Всего 40 тысяч человек.", skip_dates=True)
    assert not any(t[0] in ("participants", "people_trained") for t in found)
