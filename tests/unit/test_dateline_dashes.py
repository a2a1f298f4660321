"""Datelines set off by a spaced hyphen or with the date in brackets after the place: the report's day,
not its event's (the event's own day follows in the sentence)."""

from __future__ import annotations

import pytest

from etl.extract.dates import find_dateline, find_dates
from etl.text import fold


def _dateline(text: str) -> str | None:
    folded = fold(text)
    d = find_dateline(folded, find_dates(folded))
    if d is None:
        return None
    r = d.resolve()
    return r[0].isoformat() if r else f"--{d.m1:02d}-{d.d1:02d}"


@pytest.mark.parametrize(("text", "expected"), [
    ("Title\n\nNaryn, 12 March 2024 - The Governor visited Kochkor district on 11 March.", "2024-03-12"),
    ("Title\n\nKarakol, 12.03.2024 - Министр посетил Тонский район 11 марта.", "2024-03-12"),
    ("Title\n\nCholpon-Ata (12 Mar 2024) – The Minister visited Ton district on 11 March.", "2024-03-12"),
    ("Заголовок\n\nТалас (5 мая 2023 г.) — Делегация посетила Бакай-Ату 4 мая.", "2023-05-05"),
    ("Title\n\nBISHKEK, 8 October 2025 — The Ambassador visited Naryn on 7 October.", "2025-10-08"),
])
def test_place_date_then_dash_is_the_reports_day(text: str, expected: str) -> None:
    assert _dateline(text) == expected


@pytest.mark.parametrize("text", [
    # a hyphen joined to a word or a range is no dateline's dash
    "Title\n\nThe training (12 March 2024) - as planned - gathered 30 farmers in Naryn.",
    "Title\n\nThe visit of the delegation to Naryn, 12 March 2024 - 14 March 2024, was a success.",
])
def test_dates_inside_sentences_are_no_dateline(text: str) -> None:
    assert _dateline(text) is None


def test_a_yearless_dateline_takes_no_year_from_a_recalled_year() -> None:
    text = ("Заголовок\n\nОш, 12 марта — АКИpress. 11 марта в Оше прошел круглый стол. Музей открыт в 1978 году.")
    assert _dateline(text) == "--03-12"


def test_a_yearless_dateline_takes_the_year_of_the_day_after_it() -> None:
    text = "Заголовок\n\nОш, 12 марта — АКИpress. 11 марта 2024 года в Оше прошел круглый стол."
    assert _dateline(text) == "2024-03-12"
