"""An event word inside a project's quoted name is no event: "в рамках проекта «Раннее обучение для
всех»" tells no training, «Жаштар форуму» долбоору no forum, the "Leadership School" project no training."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract
from etl.extract.events_quotes import drop_project_names
from etl.text import fold


def _types(text: str) -> list[str]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return [e["event_type"] for e in extract(doc).to_dict()["events"]]


@pytest.mark.parametrize("text", [
    "12 мая 2025 года в Оше открыли спортзал школы № 5. Ремонт провели в рамках проекта «Обучение без "
    "барьеров», его финансирует ЮНИСЕФ. "
    "На ремонт потратили 4,2 млн сомов.",
    "2025-жылдын 12-майында Ош шаарында мектептин спорт залы ачылды. Оңдоо иштери «Тренинг борбору» "
    "долбоорунун алкагында жүргүзүлдү. "
    "Оңдоого 4,2 млн сом коротулду.",
    "On 12 May 2025 a school gym was opened in Osh. The repairs were carried out under the project "
    "\"Leadership Training for Girls\", funded by UNICEF. "
    "The repairs cost KGS 4.2 million.",
])
def test_an_event_word_in_a_projects_quoted_name_opens_no_event(text: str) -> None:
    assert _types(text) == ["opening"]


def test_a_quoted_event_title_without_a_project_word_still_counts() -> None:
    folded = fold("В Оше прошёл «Форум молодёжи» и тренинг проекта «Школа лидеров».")
    sentence = (0, len(folded))
    hits = [(folded.find("форум"), "forum"), (folded.find("тренинг"), "training"), (folded.find("школа"), "x")]
    assert [t for _, t in drop_project_names(folded, sentence, hits)] == ["forum", "training"]
