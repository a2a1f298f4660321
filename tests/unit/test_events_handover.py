"""A handover of goods (keys, vehicles, equipment) is an event of no other type, not a contest or a training."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract


def _types_dates(text: str) -> list[tuple[str, str | None]]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return [(e["event_type"], e["start_date"]) for e in extract(doc).to_dict()["events"]]


@pytest.mark.parametrize("text", [
    "4 октября 2024 года в Таласе состоялась торжественная церемония вручения ключей от 12 новых домов семьям, "
    "пострадавшим от паводка.",
    "On 2 March 2025 the Ministry of Health handed over four new ambulances to the Batken district hospital at "
    "a ceremony. Earlier, the hospital staff completed a training on emergency care.",
    "2 марта 2025 года в Нооките состоялась передача компьютерного оборудования 12 школам района, а учителя "
    "прошли короткое обучение работе с ноутбуками.",
    "2025-жылдын 2-мартында Кочкор айыл өкмөтүнө жаңы трактор жана 20 контейнер салтанаттуу түрдө тапшырылды.",
    "On 17 October 2024, Hilfswerk International handed over 240 modern hives and protective kits to 48 beekeepers.",
    "2024-жылдын 28-ноябрында Исфана шаарында угуусу начар адамдарга угуу аппараттарын тапшыруу аземи болуп өттү.",
    "19 октября 2023 года в селе Гульстан состоялась церемония передачи помощи малообеспеченным семьям.",
])
def test_handover_of_goods_is_other(text: str) -> None:
    assert [t for t, _ in _types_dates(text)] == ["other"]


def test_award_ceremony_of_a_contest_is_still_a_competition() -> None:
    text = "24 апреля 2025 года в Таласе состоялась церемония награждения победителей олимпиады по математике."
    assert _types_dates(text) == [("competition", "2025-04-24")]


def test_grants_handed_over_are_still_a_grant_award() -> None:
    text = "On 5 May 2025 the embassy handed over grants to 6 women's groups in Osh at a ceremony."
    assert _types_dates(text) == [("grant_award", "2025-05-05")]


def test_a_course_held_for_people_is_a_training() -> None:
    text = "Talas, 10 February 2025 — From 3 to 7 February 2025 a course for 20 nurses took place in Talas."
    assert _types_dates(text) == [("training", "2025-02-03")]
    text = "3–7 февраля 2025 года в Таласе прошли курсы для 20 медсестер."
    assert _types_dates(text) == [("training", "2025-02-03")]
