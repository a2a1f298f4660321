"""Goods handed over at a fair are a handover of their own (both events of no other type); a fair spelt
"жармеңке" is a fair."""

from __future__ import annotations

import pytest

from etl.documents import Document
from etl.extract import extract


def _types(text: str) -> list[str]:
    doc = Document(path="x.txt", text=text, format="txt", sha256="0" * 64, size_bytes=len(text))
    return [e.event_type for e in extract(doc).events]


@pytest.mark.parametrize("text", [
    "Заголовок\n\n14 августа 2025 года в Караколе прошла выставка-ярмарка меда. В ней участвовали 40 пчеловодов."
    "\n\nВ рамках выставки при поддержке ГИЗ трем кооперативам было передано оборудование для фасовки меда.",
    "Аталыш\n\n2025-жылдын 14-августунда Каракол шаарында бал жармаңкеси өттү. Ага 40 аарычы катышты.\n\n"
    "Жармаңкенин алкагында үч кооперативге бал куюучу жабдуулар тапшырылды.",
])
def test_goods_handed_over_at_a_fair_are_a_second_event(text: str) -> None:
    assert _types(text) == ["other", "other"]


def test_a_handover_told_twice_is_one() -> None:
    text = ("Заголовок\n\n14 августа 2025 года в Караколе состоялась передача техники айыл окмоту. "
            "Передача оборудования прошла в торжественной обстановке.")
    assert _types(text) == ["other"]


def test_jarmenke_spelling_is_a_fair() -> None:
    assert _types("Аталыш\n\n2025-жылдын 14-августунда Каракол шаарында бал жармеңкеси өттү.") == ["other"]
