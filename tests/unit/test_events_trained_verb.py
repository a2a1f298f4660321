"""English tells a training by its verb ("on 2 October WHO trained 48 nurses") beside the event a report is
about; "has trained 1,400 since 2022" is the project's record, and a verb alone never displaces the report's
own event.  A campaign's span is its verb too ("the campaign ran from 6 to 17 October")."""

from __future__ import annotations

import hashlib

from etl.documents import Document
from etl.extract import extract


def _events(text: str) -> list[tuple[str, str | None, str]]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return sorted((e["event_type"], e["start_date"], e["date_precision"]) for e in extract(doc).to_dict()["events"])


def test_a_campaign_that_ran_and_a_training_before_it() -> None:
    text = ("The vaccination campaign ran from 9 to 20 March 2026 in all schools of Kemin district.\n\n"
            "Before the campaign, on 5 March 2026, UNICEF trained 42 nurses on cold-chain management.")
    assert _events(text) == [("campaign", "2026-03-09", "day"), ("training", "2026-03-05", "day")]


def test_a_training_in_a_month_beside_a_handover() -> None:
    text = ("On 10 November 2025 Helvetas handed over solar water heaters to 15 families in At-Bashy.\n\n"
            "In September 2025, Helvetas trained 18 local plumbers to install the heaters.")
    assert [(t, p) for t, _, p in _events(text)] == [("other", "day"), ("training", "month")]


def test_the_record_of_a_programme_is_no_training() -> None:
    text = ("On 10 November 2025 Helvetas handed over solar water heaters to 15 families in At-Bashy.\n\n"
            "Since 2019 the programme has trained 412 plumbers across Naryn Region.")
    assert [t for t, _, _ in _events(text)] == ["other"]
