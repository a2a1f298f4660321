"""A wire's dateline naming the agency before the place ("АКИpress, Баткен, 27 ноября 2023 — …"): the report's
day, not its event's, while a sentence opening on two words and a date stays an event's."""

from __future__ import annotations

import pytest

from tests.unit.dateline_support import dateline_of


@pytest.mark.parametrize(("text", "expected"), [
    ("АКИpress, Баткен, 27 ноября 2023 — В селе Ак-Сай 24 ноября 2023 года прошёл круглый стол.", "2023-11-27"),
    ("Кабар, Талас, 14 мая 2025 года — В Кара-Буре 12 мая прошёл семинар для фермеров.", "2025-05-14"),
    ("Title\n\nKabar, Karakol, 3 March 2025 - On 1 March a forum of women leaders took place.", "2025-03-03"),
    ("24.kg, Ош ш., 5-июнь 2024-жыл — Ош шаарында 4-июнда тренинг өттү.", "2024-06-05"),
])
def test_agency_then_place_then_date_is_the_reports_day(text: str, expected: str) -> None:
    assert dateline_of(text) == expected


@pytest.mark.parametrize("text", [
    "Title\n\nВ Оше, Баткене, 27 ноября 2023 года прошли тренинги для учителей.",
    "Title\n\nTraining held, Naryn, 12 March 2024 - 14 March 2024, gathered 30 farmers.",
])
def test_an_event_told_before_its_date_is_nodateline_of(text: str) -> None:
    assert dateline_of(text) is None
