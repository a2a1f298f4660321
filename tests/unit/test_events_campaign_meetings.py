"""Meetings a campaign is carried out through are the campaign, unless their own sentence dates them."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract


def _events(text: str) -> list[tuple[str, str | None]]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return [(e["event_type"], e["start_date"]) for e in extract(doc).to_dict()["events"]]


@pytest.mark.parametrize("text", [
    "Ноокат районунда 2025-жылдын 3-мартынан 14-мартына чейин кызамыкка каршы эмдөө өнөктүгү өттү. "
    "Эки жуманын ичинде 2 300 бала эмделди. Мындан тышкары, медайымдар 12 айылда тургундар менен "
    "маалыматтык жолугушууларды өткөрүштү. Эмдөөгө 15 бригада катышты.",
    "С 3 по 14 марта 2025 года в Ноокатском районе прошла кампания вакцинации против кори. За две недели "
    "привиты 2300 детей. Кроме того, медсестры провели встречи с жителями в 12 селах. В кампании "
    "работали 15 бригад.",
    "A measles vaccination campaign took place in Nookat district from 3 to 14 March 2025. Over two weeks "
    "2,300 children were vaccinated. Nurses also held meetings with residents of 12 villages, attended by "
    "400 parents.",
])
def test_meetings_held_during_a_campaign_are_the_campaign(text: str) -> None:
    assert _events(text) == [("campaign", "2025-03-03")]


def test_a_meeting_dated_on_its_own_is_still_an_event() -> None:
    text = ("С 3 по 14 марта 2025 года в Ноокатском районе прошла кампания вакцинации против кори. "
            "20 марта 2025 года в акимиате прошла встреча по итогам кампании, в ней участвовали 30 человек.")
    assert _events(text) == [("campaign", "2025-03-03"), ("meeting", "2025-03-20")]


@pytest.mark.parametrize("word", ["өнөктүк", "өнөктүгү", "өнөктүгүнүн", "өнөктүккө"])
def test_a_kyrgyz_campaign_word_with_its_final_k_voiced_is_a_campaign(word: str) -> None:
    from etl.extract.event_keywords import keyword_types
    from etl.text import fold
    folded = fold(f"Эмдөө {word} өттү.")
    assert [t for _, t in keyword_types(folded, 0, len(folded))] == ["campaign"]
