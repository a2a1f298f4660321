"""Dates in Kyrgyz, Russian and English; datelines; dates that are not the event's."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.dates import find_dateline, find_dates, non_event_reason
from etl.text import fold


def _one(text: str, reference: date | None = date(2024, 1, 15)) -> tuple[str, str, str, bool]:
    folded = fold(text)
    mentions = [d for d in find_dates(folded) if d.kind != "year" or len(find_dates(folded)) == 1]
    assert mentions, text
    d = mentions[0]
    r = d.resolve(reference)
    assert r is not None
    return r[0].isoformat(), r[1].isoformat(), d.precision, r[2]


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("2023-жылдын 23-24-июнунда өткөн тренинг", "2023-06-23", "2023-06-24", "day"),
    ("2018-жылдын 19-ноябрында тегерек стол өттү", "2018-11-19", "2018-11-19", "day"),
    ("2022-жылдын 28-октябрында", "2022-10-28", "2022-10-28", "day"),
    ("2023-жылы 5-майда", "2023-05-05", "2023-05-05", "day"),
    ("2021-жылдын 3-мартында", "2021-03-03", "2021-03-03", "day"),
    ("2024-жылдын 12-апрелинде", "2024-04-12", "2024-04-12", "day"),
    ("2022-жылдын 25-ноябрынан 10-декабрына чейин", "2022-11-25", "2022-12-10", "day"),
    ("2022-жылдын жазында", "2022-03-01", "2022-05-31", "month"),
    ("2023-жылдын күзүндө", "2023-09-01", "2023-11-30", "month"),
    ("2023-жылдын март айында", "2023-03-01", "2023-03-31", "month"),
    ("2023-жылы мартта", "2023-03-01", "2023-03-31", "month"),
    ("23-24 июня 2023 года", "2023-06-23", "2023-06-24", "day"),
    ("23 июня – 2 июля 2023 г.", "2023-06-23", "2023-07-02", "day"),
    ("30 мая – 2 июня 2023", "2023-05-30", "2023-06-02", "day"),
    ("с 23 по 24 июня 2023 года", "2023-06-23", "2023-06-24", "day"),
    ("в марте 2023 года", "2023-03-01", "2023-03-31", "month"),
    ("весной 2022 года", "2022-03-01", "2022-05-31", "month"),
    ("летом 2021 года", "2021-06-01", "2021-08-31", "month"),
    ("зимой 2022 года", "2021-12-01", "2022-02-28", "month"),
    ("28.10.2022", "2022-10-28", "2022-10-28", "day"),
    ("23-24.06.2023", "2023-06-23", "2023-06-24", "day"),
    ("2023-06-23", "2023-06-23", "2023-06-23", "day"),
    ("November 20, 2023", "2023-11-20", "2023-11-20", "day"),
    ("Nov. 20-21, 2023", "2023-11-20", "2023-11-21", "day"),
    ("20 November 2023", "2023-11-20", "2023-11-20", "day"),
    ("in the spring of 2022", "2022-03-01", "2022-05-31", "month"),
    ("March 2023", "2023-03-01", "2023-03-31", "month"),
])
def test_dates_with_year(text: str, start: str, end: str, precision: str) -> None:
    assert _one(text)[:3] == (start, end, precision)
    assert _one(text)[3] is False


@pytest.mark.parametrize(("text", "reference", "expected"), [
    ("29-август куну", date(2023, 11, 20), "2023-08-29"),
    ("29 августа", date(2023, 11, 20), "2023-08-29"),
    ("29 августа", date(2023, 3, 1), "2022-08-29"),  # the latest date not after the reference
    ("с 23 по 24 июня", date(2024, 7, 1), "2024-06-23"),
    ("4-мартта", date(2021, 3, 10), "2021-03-04"),
])
def test_year_inferred_from_reference(text: str, reference: date, expected: str) -> None:
    start, _, _, inferred = _one(text, reference)
    assert start == expected and inferred


def test_invalid_dates_are_not_dates() -> None:
    assert find_dates(fold("31.02.2023")) == [] or all(d.resolve() is None for d in find_dates(fold("31.02.2023")))
    assert find_dates(fold("1,5 саат")) == []
    assert find_dates(fold("45 адам катышты")) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("November 20, 2023, 23:33\n\nТекст", "2023-11-20"),
    ("Эч ким артта калбайт\n\n28.10.2022 16:14\n2022-жылдын 28-октябрында", "2022-10-28"),
    ("Title\nNovember 21, 2018, 06:002018-жылдын 19-ноябрында тегерек стол", "2018-11-21"),
    ("Каракол, 16.08.2023\n\nТекст", "2023-08-16"),
    ("Karakol, 13 September 2023\n\nOn 12 September", "2023-09-13"),
    ("Ош, 2 ноября 2023 г. — 1 ноября 2023 года в городе Ош прошла конференция", "2023-11-02"),
    ("*Бишкек, 24 ноября 2022 г.*\n\nТекст", "2022-11-24"),
    ("Опубликовано: 5 мая 2023\nТекст", "2023-05-05"),
])
def test_dateline(text: str, expected: str) -> None:
    folded = fold(text)
    d = find_dateline(folded, find_dates(folded))
    assert d is not None and d.resolve() is not None
    assert d.resolve()[0].isoformat() == expected  # type: ignore[index]


@pytest.mark.parametrize("text", [
    "29-август куну Эльвира Мураталиева Ош шаарында болду.",
    "2023-жылдын 23-24-июнунда өткөн эки күндүк тренинг аяктады.",
    "В 2023 году прошло 5 тренингов.",
])
def test_a_date_in_a_sentence_is_not_a_dateline(text: str) -> None:
    folded = fold(text)
    assert find_dateline(folded, find_dates(folded)) is None


@pytest.mark.parametrize("text", [
    "2020-жылы – шайлоо жылында тургундарды чакырды",
    "долбоордун алкагында 2019-жылга иш-чараларды пландаштыруу",
    "план на 2024 год утвердили",
    "программа 2024-2027-жылдарга кабыл алынды",
    "стратегия на 2024–2027 годы",
    "заявки принимаются до 15 марта 2024 года",
    "организация основана в 1995 году",
    "уюм 2005-жылы негизделген",
    "2015-жылдан бери иштейт",
    "родился 12 мая 1980 года",
    "по итогам за 2022 год",
    "Закон от 12 марта 2020 года",
    "the project runs from 2022 to 2025",
])
def test_dates_that_are_not_the_events(text: str) -> None:
    folded = fold(text)
    mentions = find_dates(folded)
    assert mentions, text
    assert all(non_event_reason(folded, d, (0, len(folded))) is not None for d in mentions), text


@pytest.mark.parametrize("text", [
    "2023-жылдын 23-24-июнунда тренинг өттү",
    "23 июня 2023 года состоялся круглый стол",
    "2023-жылдын 30-майынан 2-июнуна чейин тренинг өттү",
    "с 23 по 24 июня 2023 года прошел семинар",
])
def test_event_dates_are_kept(text: str) -> None:
    folded = fold(text)
    d = find_dates(folded)[0]
    assert non_event_reason(folded, d, (0, len(folded))) is None
