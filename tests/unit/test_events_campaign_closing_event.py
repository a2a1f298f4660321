"""The closing event of a campaign held within its days ("итоговое мероприятие", "the closing event",
"жыйынтыктоочу иш-чара") is the campaign's last activity, not an event of its own; one after its days stays apart."""

from __future__ import annotations

import pytest

from etl.documents import Document
from etl.extract import extract


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Document(path="x.txt", text=text, format="txt", sha256="0" * 64, size_bytes=len(text))
    return [(e.event_type, e.start_date, e.end_date) for e in extract(doc).events]


@pytest.mark.parametrize("text", [
    "Заголовок\n12.10.2025\n\nС 1 по 10 октября 2025 года в Таласской области прошла кампания против ранних браков. "
    "Волонтеры провели 40 встреч в школах.\n\n"
    "10 октября в Доме культуры Таласа состоялось итоговое мероприятие с выставкой детских рисунков.",
    "Title\n12.10.2025\n\nFrom 1 to 10 October 2025, a campaign against early marriage took place in Talas oblast. "
    "Volunteers held 40 meetings in schools.\n\n"
    "On 10 October, the campaign's closing event with a concert of school choirs took place in Talas.",
    "Аталыш\n12.10.2025\n\n2025-жылдын 1-октябрынан 10-октябрына чейин Талас облусунда эрте никеге каршы "
    "кампания өттү. Ыктыярчылар мектептерде 40 жолугушуу өткөрүштү.\n\n"
    "10-октябрда Талас шаарында жыйынтыктоочу иш-чара болуп өттү, анда мектеп окуучулары концерт коюшту.",
])
def test_a_closing_event_within_the_campaigns_days_is_the_campaign(text: str) -> None:
    assert _events(text) == [("campaign", "2025-10-01", "2025-10-10")]


def test_an_event_after_the_campaigns_days_stays_apart() -> None:
    text = ("Заголовок\n20.10.2025\n\nС 1 по 10 октября 2025 года в Таласской области прошла кампания против ранних "
            "браков.\n\n18 октября в Таласе прошел концерт школьных хоров.")
    assert [t for t, _, _ in _events(text)] == ["campaign", "other"]
