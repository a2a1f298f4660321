"""Money said in passing: a running project's standing size, an estimate, a fee or fare, income, money
earmarked for a later year and the cost of a thing still to be built are no funding; money spent stays."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _money(text: str) -> list[tuple[str, str, float, str]]:
    return [t for t in indicator_tuples(text, skip_dates=True) if t[0] == "funding_amount"]


@pytest.mark.parametrize("text", [
    # a running project's or programme's size, with the year it runs until
    "Тренинг прошел в Таласе. Инициатива действует с 2022 года и продлится до 2028 года, ее бюджет составляет 4 млн долларов.",
    "The seminar was held in Naryn. The programme has a budget of EUR 6 million and runs until 2027.",
    "Семинар прошел в Оше. Общая стоимость программы составляет 20 миллионов евро.",
    "Семинар Баткенде өттү. Программа 2029-жылга чейин ишке ашырылат, анын бюджети 7 млн доллар.",
    # an estimate, a fee, a fare
    "На встрече представители мэрии сообщили, что смета ремонта моста составляет 3,4 млн сомов.",
    "Жыйында айыл өкмөтү жолду оңдоонун сметасы 2,1 млн сом экенин билдирди.",
    "«Бир баш уй үчүн сугат акысы 200 сом», – деди фермер.",
    "Раньше до райцентра ездили за 120 километров, 900 сомов только на такси.",
    # income, revenue
    "The deputy mayor said the town's income in 2026 will reach KGS 52 million.",
    "Шаардын 2026-жылкы кирешеси 41 млн сомду түзөт.",
    # earmarked for a later year
    "Облустук бюджеттен 2027-жылы мектептерди жылытууга 9 миллион сом каралган.",
    "В городском бюджете на 2026 год на освещение улиц предусмотрено 5 млн сомов.",
    # the cost of a thing still to be built
    "Next spring a cold store will be built in the village, its cost is USD 300,000.",
    "Келерки жылы Сары-Таш айылында бала бакча курулат, анын наркы 25 млн сом.",
])
def test_money_said_in_passing_is_no_funding(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(("text", "amount", "unit"), [
    ("Общий бюджет проекта составил 2 млн долларов.", 2e6, "USD"),
    ("Жабдуулардын жалпы наркы 1,3 млн сомду түзөт.", 1.3e6, "KGS"),
    ("Общая стоимость оборудования — 900 тысяч сомов.", 9e5, "KGS"),
    ("The project, worth CHF 3 million, was presented to the mayors.", 3e6, "CHF"),
    ("Долбоордун бюджети 60 000 долларды түзөт.", 60000, "USD"),
])
def test_money_spent_or_given_stays(text: str, amount: float, unit: str) -> None:
    assert _money(text) == [("funding_amount", "total", amount, unit)]
