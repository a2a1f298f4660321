"""Ceremony verbs tell an event took place ("celebrated the opening", "signed grant agreements"), and a
Kyrgyz frame named in two words ("иш сапардын алкагында") sets an event within the one it names."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract


def _events(text: str) -> list[tuple[str, str | None]]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return [(e["event_type"], e.get("start_date")) for e in extract(doc).to_dict()["events"]]


@pytest.mark.parametrize("text", [
    "Clean water for Kyzyl-Suu\n\nOn 14 May 2025, residents of Kyzyl-Suu celebrated the opening of a new water "
    "tower built with EU funds.\n\nA week later, on 21 May, the district signed grant agreements with four more "
    "villages for USD 300,000.",
    "Вода для Кызыл-Суу\n\n14 мая 2025 года жители села Кызыл-Суу отметили открытие новой водонапорной башни. "
    "Торжественно перерезали красную ленту.\n\n21 мая в Караколе район подписал грантовые соглашения с "
    "четырьмя селами на 300 000 долларов.",
])
def test_ceremony_verbs_tell_both_events(text: str) -> None:
    assert _events(text) == [("opening", "2025-05-14"), ("grant_award", "2025-05-21")]


def test_a_forum_that_brought_together_people_is_held() -> None:
    text = "Youth voices\n\nFrom 2 to 4 October 2025 the Naryn Youth Forum brought together 150 students."
    assert _events(text) == [("forum", "2025-10-02")]


@pytest.mark.parametrize("frame", ["Иш сапардын алкагында", "Тегерек столдун алкагында"])
def test_a_kyrgyz_two_word_frame_keeps_the_recalled_paragraph_out(frame: str) -> None:
    text = ("Министр Ак-Талаа районунда болду\n\nМинистр 2025-жылдын 3-июнунда Ак-Талаа районуна иш сапары менен "
            f"барды.\n\n{frame} Баетов айылында жаңы мектеп салтанаттуу түрдө ачылды. Мектеп 300 балага "
            "ылайыкталган.\n\nЭске сала кетсек, 2025-жылдын апрель айында райондо суу ташкыны болгон.")
    events = _events(text)
    assert events[0][0] == "visit" and events[0][1] == "2025-06-03"
    assert ("opening", "2025-06-03") in events  # the opening within the visit, on its day


@pytest.mark.parametrize("recall", ["Эскерте кетсек,", "Эске салсак,", "Напоминаем:", "As a reminder,"])
def test_a_recalled_paragraph_in_its_inflected_forms_dates_no_event(recall: str) -> None:
    text = ("Мектеп ачылды\n\nБаетов айылында жаңы мектеп салтанаттуу түрдө ачылды. Мектеп 300 балага "
            f"ылайыкталган.\n\n{recall} 2025-жылдын апрель айында райондо суу ташкыны болгон.")
    assert _events(text) == [("opening", None)]
