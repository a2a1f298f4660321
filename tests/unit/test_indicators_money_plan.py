"""Money a plan, a body's budget, a loan, one unit or a project's standing size told after a background
paragraph owns is no funding; money granted, spent or handed over at the event stays."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _money(text: str) -> list[tuple[str, str, float, str]]:
    return [t for t in indicator_tuples(text, skip_dates=True) if t[0] == "funding_amount"]


@pytest.mark.parametrize("text", [
    # an intent or a plan governs the sentence
    "Семинар прошел в Токмоке. Он добавил, что в 2028 году фонд намерен построить спортзал в Кеминe за 15 млн сомов.",
    "Тренинг Ноокатта өттү. Кийинки жылы долбоорду Кара-Кулжага жайылтуу пландалууда, анын бюджети 300 миң доллар.",
    "Жыйын Балыкчыда өттү. Шаардык кеңеш кийинки жылы жаңы көпүрө салууну пландап жатат, анын наркы 7 млн сом.",
    "The workshop took place in Osh. Next year the mission intends to equip two clinics for USD 250,000.",
    "По итогам слушаний депутаты рекомендовали правительству выделить 80 млн сомов на ремонт школ.",
    # an estimate
    "Жыйында айыл өнүктүрүү программасы талкууланды. Программанын жалпы наркы 40 млн сомго бааланат.",
    # earmarked in a body's budget
    "Айыл өкмөтүнүн башчысы быйылкы бюджетте көчө жарыгына 800 миң сом каралганын айтты.",
    # a loan
    "На конференции отметили, что банк выдал фермерам льготные кредиты на 120 млн сомов.",
    "Participants heard that the bank had issued loans worth KGS 30 million to members.",
    # the worth of each unit
    "Volunteers handed out 300 first-aid kits; each kit, worth about KGS 900, holds bandages and gloves.",
    # a project's budget told after a background paragraph
    "Тренинг прошел в Узгене. С 2021 года фонд провел 30 семинаров в Ошской области. Бюджет проекта — 70 000 евро.",
    "Семинар прошел в Караколе.\n\nИтоги с начала проекта:\n- обучено 90 медсестер\n- бюджет проекта: 400 000 евро",
    # the project's implementation told with its size
    "Тренинг прошел в Кочкоре. Инициатива реализуется с 2023 года в трех областях, ее бюджет — 2,4 млн долларов.",
    "The visit took place in Kant. Total Japanese funding for the project (2024-2028) is USD 3 million.",
    "Семинар өттү. About the project. Clean Water for Chui (2023–2027, EUR 2.2 million) is run by the fund.",
    # proposed or told as to come, Kyrgyz verb last
    "Угуулар Арал айылында өттү. Тургундар жол оңдоого 900 миң сомго чейин көбөйтүү сунушун киргизишти.",
    "Жыйын Ноокатта өттү. Айыл өкмөтүнүн башчысы жаштарга 300 миң сом бөлүнөрүн айтты.",
    # put into a budget, a year's budget
    "Угууда бир катар сунуштар бюджетке ошол замат киргизилди: көпүрөгө 650 миң сом, мектепке 200 миң сом.",
    "Встреча прошла в Токмоке. Глава сообщил, что из бюджета на 2027 год на освещение направят 3 млн сомов.",
])
def test_money_of_a_plan_budget_loan_or_unit_is_no_funding(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(("text", "amount"), [
    # given at the event, after a plan clause
    ("Фонд планирует расширить программу, а на церемонии вручил гранты на общую сумму 2 млн сомов.", 2_000_000),
    # the project's budget right after the event's own account is the money given
    ("Тренинг «Аят» фонду ишке ашырып жаткан долбоордун алкагында өттү. Долбоордун бюджети 45 000 доллар.", 45_000),
    # a figure with a multiplier is exact
    ("На открытии передали оборудование стоимостью 8,2 млн сомов.", 8_200_000),
])
def test_money_given_at_the_event_stays(text: str, amount: float) -> None:
    assert [t[2] for t in _money(text)] == [amount]


def test_planning_as_a_topic_is_no_plan() -> None:
    # "пландаштыруу" names the subject of a consultation, not a plan for the money after it
    text = ("Долбоордун натыйжалары көрсөтүлдү: 12 кызматкер пландаштыруу боюнча консультация алды, "
            "5 демилге 30,500 доллар суммасындагы каржылоону алды.")
    assert [t[2] for t in _money(text)] == [30_500]


def test_its_budget_after_the_implementation_sentence_is_no_funding() -> None:
    text = ("On 2 May 2026 a meeting was held in Kant. The Green Kant initiative is implemented in two districts; "
            "its total budget is EUR 1.8 million.")
    assert _money(text) == []
