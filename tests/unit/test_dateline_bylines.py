"""A byline of fields ("SFCG | News | 2 March 2026") is the dateline, in bold or read as table cells; "dialogue"
as a topic is no meeting."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract


def _report(text: str, fmt: str = "txt") -> dict:
    doc = Document(path=f"x.{fmt}", sha256=hashlib.sha256(text.encode()).hexdigest(), format=fmt, text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return extract(doc).to_dict()


BODY = ("On 26 February 2026, the Talas Youth Centre awarded small grants to six youth groups of Talas district. "
        "The ceremony took place in Talas city.")


@pytest.mark.parametrize("byline", [
    "**Talas Youth Development Centre Foundation | News | 2 March 2026**",
    "Talas Youth Development Centre Foundation\tNews\t2 March 2026",
    "_Talas Youth Development Centre Foundation · Grants · 2 March 2026_",
])
def test_a_byline_of_fields_dates_the_report(byline: str) -> None:
    report = _report(f"Six youth groups receive grants\n\n{byline}\n\n{BODY}")
    assert report["published_date"] == "2026-03-02"
    assert [(e["event_type"], e["start_date"]) for e in report["events"]] == [("grant_award", "2026-02-26")]


@pytest.mark.parametrize("topic", ["grants for dialogue projects", "a platform for dialogue",
                                   "the Bridges of Dialogue programme"])
def test_dialogue_as_a_topic_is_no_meeting(topic: str) -> None:
    text = f"Talas youth receive {topic}\n\n{BODY}"
    assert [e["event_type"] for e in _report(text)["events"]] == ["grant_award"]


def test_a_dialogue_held_is_a_meeting() -> None:
    text = ("On 12 May 2025, a public dialogue between residents and the ayil okmotu was held in Kok-Oy village "
            "of Talas district.")
    assert [e["event_type"] for e in _report(text)["events"]] == ["meeting"]
