"""A (farmer / pasture) field school is a training, in every language and without another training word."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract


def _types(text: str) -> list[str]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return [e["event_type"] for e in extract(doc).to_dict()["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "On 12 May 2024 a pasture field school was held in the village of Kyzyl-Tuu, Kochkor district. "
        "25 herders took part.",
        "A farmer field school on orchard care took place in Uzgen on 3 June 2024.",
        "12 мая 2024 года в селе Кызыл-Туу Кочкорского района прошла фермерская полевая школа. "
        "Участвовали 25 фермеров.",
        "3 июня 2024 года в Узгене состоялась полевая школа для садоводов.",
        "2024-жылдын 12-майында Кочкор районунун Кызыл-Туу айылында жайыт боюнча талаа мектеби өттү. "
        "25 малчы катышты.",
        "2024-жылдын 3-июнунда Өзгөндө багбандар үчүн талаа мектеби уюштурулду.",
    ],
)
def test_field_school_is_a_training(text: str) -> None:
    assert _types(text) == ["training"]
