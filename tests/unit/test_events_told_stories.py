"""A person's own past, told as who they are or as their story, is no event the report tells: "a farmer
who received a grant in 2024", "рассказал, как открыл мастерскую"."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract
from etl.extract.events_relative import drop_relative_grants, drop_told_stories
from etl.text import fold


def _types(text: str) -> list[str]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return [e["event_type"] for e in extract(doc).to_dict()["events"]]


@pytest.mark.parametrize("text", [
    "On 4 June 2025 a round table on youth employment was held in Osh. Aibek Toktorov, a young farmer who "
    "received a grant of USD 2,000 in 2024, told participants how he opened a greenhouse that now employs "
    "six people.",
    "4 июня 2025 года в Оше прошел круглый стол по занятости молодежи. Молодой фермер, который получил грант "
    "в размере 120 тысяч сомов в 2024 году, рассказал участникам, как открыл теплицу на шесть рабочих мест.",
])
def test_a_speakers_grant_and_story_open_no_event(text: str) -> None:
    assert _types(text) == ["round_table"]


def test_a_grant_the_report_tells_is_kept() -> None:
    folded = fold("The project received a grant of USD 2,000 from the fund.")
    hits = [(folded.find("received"), "grant_award")]
    assert drop_relative_grants(folded, (0, len(folded)), hits) == hits
    assert drop_told_stories(folded, (0, len(folded)), hits) == hits


def test_only_what_follows_told_how_is_the_story() -> None:
    folded = fold("The centre was opened today, and the mayor told guests how the town opened its first school.")
    first, second = folded.find("opened"), folded.rfind("opened")
    hits = [(first, "opening"), (second, "opening")]
    assert drop_told_stories(folded, (0, len(folded)), hits) == [(first, "opening")]
