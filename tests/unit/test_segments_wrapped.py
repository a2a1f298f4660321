"""Sentences survive hard-wrapped lines (PDF text layers, e-mail); headings, tables and lists do not merge."""

from __future__ import annotations

import pytest

from etl.extract.segments import sentence_of, sentences


def _texts(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Жалпысынан 37 грант тапшырылды. Каржылоонун жалпы суммасы 184449\nдоллар түздү.",
     ["Жалпысынан 37 грант тапшырылды.", "Каржылоонун жалпы суммасы 184449\nдоллар түздү."]),
    ("Итоги.\nКруглый стол по вопросам водоснабжения состоялся в Бишкеке\n15 мая 2023 года.",
     ["Итоги.", "Круглый стол по вопросам водоснабжения состоялся в Бишкеке\n15 мая 2023 года."]),
    ("В мероприятии приняли участие представители айыл окмоту и\nместные жители, всего 40 человек.",
     ["В мероприятии приняли участие представители айыл окмоту и\nместные жители, всего 40 человек."]),
])
def test_a_wrapped_line_goes_on_in_the_same_sentence(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a heading: short, no punctuation, then a paragraph
    ("Круглый стол в Бишкеке\nсостоялся 15 мая.", ["Круглый стол в Бишкеке", "состоялся 15 мая."]),
    # a blank line ends the paragraph
    ("Каржылоонун жалпы суммасы 184449 доллар болду\n\nдоллар түздү.",
     ["Каржылоонун жалпы суммасы 184449 доллар болду", "доллар түздү."]),
    # table rows and list items keep their own lines
    ("Школ, участвующих в программе раннего выявления\t18\nохвачено районов\t3",
     ["Школ, участвующих в программе раннего выявления\t18", "охвачено районов\t3"]),
    ("- участники из Нарынской и Таласской областей\n12 человек из Баткена",
     ["- участники из Нарынской и Таласской областей", "12 человек из Баткена"]),
    # a line ending in punctuation ends its sentence
    ("Участники обсудили вопросы развития местных сообществ:\nвода, дороги и школы.",
     ["Участники обсудили вопросы развития местных сообществ:", "вода, дороги и школы."]),
])
def test_headings_tables_lists_and_paragraphs_stay_apart(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_joined_sentences_still_locate_every_position() -> None:
    text = "Итоги.\nКруглый стол по вопросам водоснабжения состоялся в Бишкеке\n15 мая 2023 года. Второе."
    spans = sentences(text)
    assert sentence_of(spans, text.index("15 мая")) == spans[1]
    assert sentence_of(spans, text.index("Второе")) == spans[2]


@pytest.mark.parametrize("before", ["", "Отчёт\n\n"])
def test_a_title_line_stays_apart_from_the_dated_line_below(before: str) -> None:
    text = before + ("Конференция по планированию местного бюджета\n27 декабря в Кара-Сууском районе состоялась\n"
            "конференция по планированию местного бюджета.")
    assert _texts(text)[-2:] == ["Конференция по планированию местного бюджета",
                            "27 декабря в Кара-Сууском районе состоялась\nконференция по планированию местного бюджета."]
