"""A contest held within a fair, with no day of its own, is part of it (labelling guide: a competition is
its own event only with its own time or place), even told with "also".  A forum's or campaign's "also"
contest (a final held there) stays its own event, like a forum's "also" meeting (the generated corpus)."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract


def _types(text: str) -> list[str]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return [e["event_type"] for e in extract(doc).to_dict()["events"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-жылдын 5-сентябрында Кочкор айылында бал жарманкеси болуп өтту. Жарманкеге 40 бал челекчи "
     "катышты. Жарманкенин алкагында балдын сапаты боюнча сынак да өттү, ага 25 челекчи катышты.", ["other"]),
    ("5 сентября 2025 года в Кочкоре прошла ярмарка меда. В ярмарке участвовали 40 пчеловодов. В рамках "
     "ярмарки также прошел конкурс на лучший мед, в нем участвовали 25 пчеловодов.", ["other"]),
    ("On 5 September 2025 an agricultural fair took place in Kochkor. 40 beekeepers took part. A contest for the "
     "best honey was also held at the fair, with 25 beekeepers taking part.", ["other"]),
    # its own day makes it an event of its own
    ("5 сентября 2025 года в Кочкоре прошла ярмарка меда. В ярмарке участвовали 40 пчеловодов. 6 сентября "
     "2025 года также прошел конкурс на лучший мед, в нем участвовали 25 пчеловодов.", ["other", "competition"]),
])
def test_a_contest_at_a_fair_is_part_of_it_unless_dated(text: str, expected: list[str]) -> None:
    assert _types(text) == expected


def test_a_contest_final_also_held_within_a_forum_is_its_own_event() -> None:
    text = ("5 сентября 2025 года в Оше прошел молодежный форум. В форуме участвовали 200 человек. В рамках "
            "форума также состоялся финал конкурса бизнес-идей, в нем участвовали 12 команд.")
    assert _types(text) == ["forum", "competition"]


def test_a_contest_final_also_held_within_a_campaign_is_its_own_event() -> None:
    text = ("11 июня 2025 года в Таласе стартовала информационная кампания по энергосбережению. В рамках "
            "мероприятия также состоялся финал конкурса рисунков.")
    assert _types(text) == ["campaign", "competition"]
