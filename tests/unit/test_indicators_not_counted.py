"""Figures that read like counts of the vocabulary but count something else: a per-head fee, a price asked,
sales told after the amount, a proposal's money, an age, the event's trainers, households, one person's
share, a ratio's base, buildings or bodies in need, a waiting list, the several the event is one of and a
part of things ("4 из них" after proposals).  And the same readings left for what the event counted."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize(("text", "gone"), [
    ("Вакцинация прошла в трёх сёлах. Жители платили ветврачу 60 сомов за голову КРС.", 60),
    ("Участие в ярмарке было платным: 150 сомов с человека.", 150),
    ("Our jam used to sell for 250 soms a jar at the bazaar, said one of the farmers.", 250),
    ("At the fair, goods worth about 410,000 soms were sold on the first day.", 410000),
    ("По итогам круглого стола участники предложили мэрии открыть ещё один молодёжный кабинет в центре семейной "
     "медицины и выделить на это 1,4 млн сомов.", 1.4e6),
    ("Средний возраст участников: 23 года.", 23),
    ("The trainers – three judges and a psychologist – walked participants through the law.", 3),
    ("В выставке участвовали 52 фермерских хозяйства района.", 52),
    ("Ар бир катышуучу өз айылында дагы 12 кишиге үйрөтөт.", 12),
    ("Each participant will now train 15 more women in her village.", 15),
    ("В городе работают 30 социальных педагогов на 64 школы.", 64),
    ("Around 900 school buildings in the oblast require seismic strengthening.", 900),
    ("Аким райондо дагы 7 бала бакча ремонтко муктаж экенин айтты.", 7),
    ("В ходе встречи отметили, что 9 школ нуждаются в капитальном ремонте.", 9),
    ("Азыр бала бакчага 68 бала барат, кезекте дагы 50дөн ашык бала турат.", 50),
    ("По данным отдела образования, на учёте в городе состоят 180 детей с инвалидностью.", 180),
    ("Бул тренинг долбоордун быйылкы беш иш-чарасынын бири болду.", 5),
    ("The forum was one of the 9 events of the programme this year.", 9),
    ("Молодёжь представила 8 предложений; 5 из них включены в план.", 5),
])
def test_not_a_count_of_the_event(text: str, gone: float) -> None:
    assert gone not in [t[2] for t in indicator_tuples(text, skip_dates=True)]


@pytest.mark.parametrize(("text", "kept"), [
    ("В тренинге участвовали 40 человек, 18 из них женщины.", ("participants", "female", 18, "person")),
    ("The fund handed over equipment worth KGS 900,000 to the clinic.", ("funding_amount", "total", 900000, "KGS")),
    ("Тренинг прошли 25 гидов из Каракола.", ("people_trained", "total", 25, "person")),
    ("Жыйынга 60тан ашык айылдаш катышты.", ("participants", "total", 60, "person")),
    ("Участвовали 30 человек, в том числе 11 представителей Ноокатской, Кара-Кулжинской и Узгенской районных "
     "администраций, а также фермеры.", ("officials_participants", "total", 11, "person")),
])
def test_the_events_own_count_stays(text: str, kept: tuple[str, str, float, str]) -> None:
    assert kept in indicator_tuples(text, skip_dates=True)
