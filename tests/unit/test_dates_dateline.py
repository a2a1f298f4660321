"""Datelines among short metadata, and cues that do not make a date a non-event's."""

from __future__ import annotations

import pytest

from etl.extract.dates import find_dates, non_event_reason
from etl.text import fold
from tests.unit.dateline_support import dateline_of


@pytest.mark.parametrize(("text", "expected"), [
    ("Заголовок\n\n14:32, 17 апреля 2024\n\nТекст", "2024-04-17"),
    ("Кабар, 12-октябрь, 2023-жыл\n\nТекст", "2023-10-12"),
    ("Баш сөз\n12-октябрь, 2023-ж.\n\nТекст", "2023-10-12"),
    ("Жыпар Бекова · 24-ноябрь, 2023 · 19:12\nТекст", "2023-11-24"),
    ("Title\n17.04.2023 / 10:34\n\nText", "2023-04-17"),
    ("Title\n04.11.2022 | Жаңылыктар\n\nТекст", "2022-11-04"),
])
def test_dateline_among_metadata(text: str, expected: str) -> None:
    assert dateline_of(text) == expected


@pytest.mark.parametrize("text", [
    "Дата проведения: 12 марта 2024\nТекст",
    "Тренинг 12 марта 2024\nТекст",
    "Срок подачи заявок до 12 марта 2024\nТекст",
    "12 марта 2024 года в Бишкеке прошёл тренинг для сотрудников айыл окмоту и депутатов местных кенешей.",
])
def test_event_dates_and_deadlines_are_not_datelines(text: str) -> None:
    assert dateline_of(text) is None


def test_dateline_far_down_after_blanked_boilerplate() -> None:
    text = " " * 3000 + "\n14:32, 17 апреля 2024\nТекст"
    assert dateline_of(text) == "2024-04-17"


@pytest.mark.parametrize(("text", "is_event"), [
    ("Борбордук шайлоо комиссиясы 2023-жылдын 5-октябрында форум өткөрдү.", True),
    ("2023-жылдын 5-октябрында «Жаштар жана шайлоо» аттуу форум өткөрдү.", True),
    ("2021-жылдын 10-январында өткөн шайлоодо добуш беришти.", False),
    ("Выборы 10 января 2021 года прошли спокойно.", False),
])
def test_election_commissions_and_quoted_titles_are_not_elections(text: str, is_event: bool) -> None:
    folded = fold(text)
    d = next(m for m in find_dates(folded) if m.precision == "day")
    assert (non_event_reason(folded, d, (0, len(folded))) is None) is is_event
