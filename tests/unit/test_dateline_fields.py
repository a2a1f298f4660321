"""A labelled date: an event sheet's "Дата:" field is the event's day, a report's foot date its own."""

from __future__ import annotations

import pytest

from etl.documents import Document
from etl.extract import extract
from tests.unit.dateline_support import dateline_of


def _report(text: str) -> tuple[str | None, list[str | None], list[str]]:
    r = extract(Document(path="x.txt", text=text, format="txt", sha256="0" * 64, size_bytes=len(text)))
    return r.published_date, [e.start_date for e in r.events], [f.code for f in r.quality_flags]


_SHEETS = [
    "# Семинар по энергосбережению\n\n**Дата:** 14 февраля 2025 г.\n**Место:** Каракол, гостиница «Иссык-Куль»\n"
    "**Организатор:** ОФ «Жашыл Кол»\n\nВ Караколе прошел семинар для 30 руководителей школ.",
    "Workshop on flood preparedness\n\nDate: 3 June 2025\nVenue: Osh, Hotel Nuru\nOrganizers: Red Crescent\n\n"
    "The workshop brought together 25 rescuers.",
    "Жаштар форуму\n\nКүнү: 2025-жылдын 12-апрели\nОрду: Токмок шаары\nУюштуруучулар: «Жаш Муун» КБ\n\n"
    "Форумга 90 жаш катышты.",
]


@pytest.mark.parametrize("text", _SHEETS)
def test_an_event_sheets_date_field_is_nodateline_of(text: str) -> None:
    assert dateline_of(text) is None


@pytest.mark.parametrize(("text", "day"), zip(_SHEETS, ["2025-02-14", "2025-06-03", "2025-04-12"], strict=True))
def test_an_event_sheets_date_field_dates_the_event(text: str, day: str) -> None:
    published, days, flags = _report(text)
    assert published is None
    assert days == [day]
    assert "no_event_date" not in flags


@pytest.mark.parametrize(("text", "expected"), [
    ("Отчет ОФ «Айыл Демилгеси» за март\n\n12 марта 2025 года в селе Ак-Суу прошел тренинг для 20 фермеров.\n\n"
     "Составил: координатор И. Осмонов\nДата: 31.03.2025", "2025-03-31"),
    ("Отчет о мероприятиях\n\n5 мая 2025 года прошла встреча с жителями.\n\n"
     "Отчет подготовила: Н. Асанова, 06.05.2025", "2025-05-06"),
    ("Monthly report, April\n\nOn 10 April 2025 a training for 18 nurses took place in Talas.\n\n"
     "Prepared by: A. Bekova, project officer\nDate: 2 May 2025", "2025-05-02"),
    ("Отчет за квартал\n\n19 декабря 2024 года в мэрии прошло вручение грантов.\n\n"
     "Отчет подготовлен: 15 января 2025 г.\nИсполнительный директор ОФ «Демилге» Э. Садыкова", "2025-01-15"),
    ("Айлык отчет\n\n2025-жылдын 8-апрелинде Ат-Башыда семинар өттү.\n\n"
     "Даярдаган: долбоордун координатору Б. Токтогулов\nКүнү: 30.04.2025", "2025-04-30"),
])
def test_a_date_at_the_foot_with_its_label_or_signature_is_the_reports_own(text: str, expected: str) -> None:
    assert dateline_of(text) == expected


@pytest.mark.parametrize("text", [
    # the last sentence of the body tells an event, no label or signature
    "Отчет\n\nВ Нарыне прошел семинар. Следующая встреча прошла 28.03.2025",
    # a programme's last row
    "Программа\n10:00 Открытие\n16:00 Закрытие форума\nДата: 14–15.03.2025",
])
def test_a_last_date_without_label_or_signature_or_not_a_single_day_is_no_footdateline_of(text: str) -> None:
    assert dateline_of(text) is None


_BODY = ("11 марта в Оше прошел тренинг для 25 учителей. "
         + "Участники обсудили вопросы инклюзивного образования и обменялись опытом работы с детьми. " * 6)


@pytest.mark.parametrize("foot", ["Источник: пресс-служба мэрии Оша, 12.03.2025", "12.03.2025",
                                  "Пресс-служба ОФ «Билим», 12 марта 2025 г.", "Source: UNICEF Kyrgyzstan, 12 March 2025"])
def test_a_source_line_or_a_bare_date_ending_a_long_text_is_its_own_date(foot: str) -> None:
    assert dateline_of(f"Тренинг в Оше\n\n{_BODY}\n\n{foot}") == "2025-03-12"


@pytest.mark.parametrize("foot", ["Следующая встреча:\n20.04.2025", "Следующая встреча пройдет в Нарыне 20.04.2025"])
def test_an_announced_date_ending_the_text_is_nodateline_of(foot: str) -> None:
    assert dateline_of(f"Тренинг в Оше\n\n{_BODY}\n\n{foot}") is None
