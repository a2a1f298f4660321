"""A per-group figure is the size or the load of one group, not a total of the event."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize(("text", "kept"), [
    ("Forty-two farmers were trained in four groups, 12 sessions each.", {42}),
    ("Thirty farmers were trained, with 10 sessions in each group.", {30}),
    ("Each week a group of about fifteen women met at the health post; 60 women completed the course.", {60}),
    ("Обучение прошли 48 фермеров. Занятия проходили группами по 12 человек.", {48}),
    ("Тренинг прошли 36 медсестер, по 6 занятий в каждой группе.", {36}),
])
def test_a_per_group_figure_is_no_total(text: str, kept: set[float]) -> None:
    assert {t[2] for t in indicator_tuples(text, skip_dates=True)} == kept


def test_a_total_of_sessions_stays() -> None:
    assert ("sessions_held", "total", 16, "session") in indicator_tuples(
        "The project held 16 sessions for 40 farmers.", skip_dates=True)
