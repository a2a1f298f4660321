"""The size of a commission or jury ("5 кишилик комиссия") and the pupils a named school has ("в школе
имени …, где обучаются 900 детей") are not the event's figures."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize(("text", "kept"), [
    ("2026-жылдын 3-майында Ноокатта грант сынагынын жыйынтыгы чыгарылды. Арыздарды 5 кишилик комиссия "
     "карап чыкты. Сынакка 40 тургун катышты.", 40),
    ("14 мая в Токмоке прошла учебная эвакуация в школе имени А. Осмонова, где обучаются 900 детей. "
     "В учениях приняли участие 35 учителей.", 35),
])
def test_body_size_and_enrolment_are_not_counted(text: str, kept: float) -> None:
    assert [t[2] for t in indicator_tuples(text, skip_dates=True)] == [kept]


def test_a_kyrgyz_partitive_counts_the_part() -> None:
    text = ("2026-жылдын 3-майында Ак-Талаада айылдык кеңештин сессиясы өттү. Жыйынга айылдык кеңештин "
            "21 депутатынан 18и жана 60ка жакын тургун катышты.")
    figures = [(t[0], t[2]) for t in indicator_tuples(text, skip_dates=True)]
    assert ("officials_participants", 18) in figures
    assert not any(v == 21 for _, v in figures)
