"""Prizes or certificates handed to a contest's winners are an award ceremony: a grant award when the text
speaks of grants, dated on its own when the text gives it its own day."""

from __future__ import annotations

import pytest

from etl.documents import Document
from etl.extract import extract
from etl.extract.event_keywords import keyword_types
from etl.text import fold


def kinds(text: str) -> set[str]:
    t = fold(text)
    return {k for _, k in keyword_types(t, 0, len(t))}


@pytest.mark.parametrize("text", [
    "Эки күндөн кийин жеңүүчүлөргө дипломдор жана сертификаттар тапшырылды.",
    "Через неделю победителям вручили сертификаты.",
    "Через неделю сертификаты вручили победителям конкурса.",
    "A week later the certificates were presented to the three winners.",
])
def test_handed_to_the_winners_is_an_award(text: str) -> None:
    assert kinds(text) & {"grant_award", "competition"}  # an award ceremony: which of the two, the text decides


def test_training_certificates_are_no_award() -> None:
    assert not kinds("Катышуучуларга сертификаттар тапшырылды.")


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-жылдын 10-майында Кочкор районунда жаш ишкерлердин бизнес-долбоорлор сынагы өттү. Бир жумадан кийин, "
     "17-майда, жеңүүчүлөргө сертификаттар тапшырылды. Алты жеңүүчү 900 миң сомдук гранттарды алышты.",
     [("competition", "2025-05-10"), ("grant_award", "2025-05-17")]),
    ("10 мая 2025 года в Кочкорском районе прошёл конкурс бизнес-проектов. Через неделю, 17 мая, победителям "
     "вручили сертификаты: шесть победителей получили гранты на 900 тыс. сомов.",
     [("competition", "2025-05-10"), ("grant_award", "2025-05-17")]),
])
def test_an_award_on_its_own_day(text: str, expected: list[tuple[str, str]]) -> None:
    r = extract(Document(path="x.txt", text=text, format="txt", sha256="0" * 64, size_bytes=len(text)))
    assert [(e.event_type, e.start_date) for e in r.events] == expected
