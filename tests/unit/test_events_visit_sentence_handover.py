"""Goods the visitors hand over are a handover of its own on the visit's day, even told in the sentence that
tells the visit going on ("побывал в школе и вручил ноутбуки", "ооруканага барышып, жабдууларды тапшырышты");
keys handed over at an opening are that opening's, and goods a project gave earlier are no event."""

from __future__ import annotations

import hashlib

from etl.documents import Document
from etl.extract import extract


def _events(text: str) -> list[tuple[str, str | None]]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return sorted((e["event_type"], e["start_date"]) for e in extract(doc).to_dict()["events"])


def test_ru_visit_sentence_handing_over_equipment() -> None:
    text = ("5 мая 2025 года делегация фонда посетила Ак-Талинский район. В ходе визита гости побывали в "
            "районной больнице и торжественно передали медицинское оборудование.")
    assert _events(text) == [("other", "2025-05-05"), ("visit", "2025-05-05")]


def test_ky_plural_handed_over_during_the_visit() -> None:
    text = ("2025-жылдын 5-майында фонддун делегациясы Ак-Талаа районуна иш сапар менен келди.\n\n"
            "Сапардын алкагында коноктор райондук ооруканага барышып, медициналык жабдууларды салтанаттуу "
            "түрдө тапшырышты.")
    assert _events(text) == [("other", "2025-05-05"), ("visit", "2025-05-05")]


def test_goods_the_project_gave_before_are_no_handover() -> None:
    text = ("10 июня 2025 года посол посетила Ноокенский район и встретилась с фермерами. В прошлом году "
            "фермеры получили саженцы и оборудование для сушки фруктов.")
    assert [t for t, _ in _events(text)] == ["visit"]
