"""A date told in the future tense is a plan, not the day an event took place."""

from __future__ import annotations

import pytest

from etl.extract.dates import find_dates, non_event_reason
from etl.text import fold


def _reasons(text: str) -> list[str | None]:
    folded = fold(text)
    return [non_event_reason(folded, d, (0, len(folded))) for d in find_dates(folded) if d.precision == "day"]


@pytest.mark.parametrize("text", [
    "A follow-up session is scheduled for 20 April 2025.",
    "The next training will take place on 20 April 2025 in Naryn.",
    "Второй модуль состоится 20 апреля 2025 года.",
    "Следующий этап пройдёт 20 апреля 2025 года в Нарыне.",
    "Кийинки акция 2025-жылдын 3-майында Ат-Башы районунда өтөт.",
    "Экинчи модуль 2025-жылдын 20-апрелинде өткөрүлөт.",
])
def test_future_dates_are_plans(text: str) -> None:
    assert _reasons(text) == ["future"]


@pytest.mark.parametrize("text", [
    "12 марта 2025 года в Оше прошёл тренинг, который пройдёт также в Нарыне.",
    "2025-жылдын 12-мартында Ошто тренинг өттү, ал эми кийинкиси Нарында өтөт.",
    "On 12 March 2025 a training was held in Osh.",
])
def test_a_past_event_told_before_a_future_verb_keeps_its_date(text: str) -> None:
    assert _reasons(text) == [None]
