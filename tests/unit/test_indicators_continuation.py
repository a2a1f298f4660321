"""A sentence opening with "then" ("Анда", "Тогда", "At the time") right after a sentence about last year or
an earlier event goes on about that time: its figures are not the event's."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _read(text: str) -> list[tuple[str, str, float, str]]:
    return indicator_tuples(text, skip_dates=True)


@pytest.mark.parametrize("text", [
    "Быйыл сынакка 14 айыл аймагы катышты. Былтыр биринчи орунду Боо-Терек айыл аймагы алган. "
    "Анда байге фонду 600 миң сом болчу.",
    "В этом году в конкурсе участвовали 14 сел. В прошлом году победило село Таш-Булак. "
    "Тогда призовой фонд составил 600 тыс. сомов.",
    "This year 14 villages took part. Last year the village of Kok-Say won. "
    "At the time the prize fund was KGS 600,000.",
])
def test_then_after_last_year_is_that_years_money(text: str) -> None:
    assert _read(text) == [("settlements_covered", "total", 14.0, "settlement")]


@pytest.mark.parametrize("text", [
    "В прошлом году форум прошел в Оше. Тогда в нем участвовали 300 человек.",
    "Былтыр форум Ошто өткөн. Ошондо ага 300 адам катышкан.",
    "Last year the forum was held in Osh. That year it brought together 300 people.",
    "Ранее аналогичный семинар прошел в Нарыне. В тот раз в нем участвовали 300 человек.",
])
def test_then_after_an_earlier_event_is_not_counted(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize("text", [
    "Форум Ошто өттү. Анда 300 адам катышты.",  # "there": the event just told
    "Форум прошел в Оше. Тогда в нем участвовали 300 человек.",
])
def test_then_after_the_event_still_counts(text: str) -> None:
    assert ("participants", "total", 300.0, "person") in _read(text)
