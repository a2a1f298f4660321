"""Money that is stated but not granted or spent for the event: what is needed, earmarked, an average,
a periodic figure (monthly spending, a yearly tariff) or the price of a thing."""

from __future__ import annotations

import re

from etl.extract.indicators_cues import BODY_BUDGET_BEFORE, BODY_BUDGET_VERB_AFTER

# Said in the words just before the amount or in its own clause after it. None of these is ever a
# total given for the event, so an "общая сумма"/"total" nearby does not override them.
_NOT_EVENT_MONEY = re.compile(
    # needed or required: "на это потребуется 150 млн сомов", "3,2 млн сом талап кылынат", "USD 2m is needed"
    r"(?<![а-яa-z])(?:потребу[а-я]*|требу(?:ет|ют|ется|ются|ется)|необходим[оы]?|нужн[оаы]|нужен|керек|керектел[а-я]*|"
    # proposed, not decided: "450 миң сом бөлүү сунушталды", "предложено выделить 2 млн"
    r"сунушталд[а-я]*|сунуш\s+кылынд[а-я]*|предлож[а-я]*|proposed|"
    r"муктаж[а-я]*|needs?|needed|requir(?:e|es|ed)|would\s+cost|"
    # earmarked in a budget for later: "из городского бюджета заложено 12 млн сомов"
    r"заложен[оаы]?|"
    # an average: "the average grant is about KGS 8 million", "в среднем 120 сомов"
    r"средн(?:ий|яя|ее|ем|его|ей|юю|им)|в\s+среднем|орточо|average|on\s+average|"
    # a periodic figure: "расходы за месяц", "120 сомов в месяц", "айына 500 сом", "USD 40 per month"
    r"в\s+(?:месяц|год|день|сутки|неделю)|за\s+(?:месяц|квартал|неделю)|per\s+(?:month|year|day|annum|week)|"
    r"a\s+(?:month|year|week|day)|monthly|annually|ежемесячн[а-я]*|ежегодн[а-я]*|айына|жылына|күнүнө|айлык|"
    # a standing or multi-year budget: "годовой бюджет организации", "annual budget", "over five years",
    # "на 2025–2027 годы", "5 жылга": a body's or a programme's money, not what the event was given
    r"годово[йгм][а-я]*|annual\s+budget|жылдык\s+бюджет[а-я]*|over\s+(?:the\s+next\s+)?[a-z0-9]+\s+years|"
    r"на\s+(?:\d+|два|три|четыре|пять|шесть|несколько)\s+(?:года|лет)|\d+\s+жылга|"
    r"в\s+\d{4}\s*[–—-]\s*\d{4}\s+годах|на\s+\d{4}\s*[–—-]\s*\d{4}\s+годы|"
    # the price of a thing: "бир кап ундун баасы азыр 2 100 сом"; what a thing built cost ("стоимость
    # строительства", "жалпы наркы") is the money spent for the event and stays
    r"цен[аеуы]|баасы|баада|баасын|price[sd]?)"
    r"(?![а-яa-z-])|талап\s+кыл|"
    # the cost of one unit: "стоимость ремонта одного километра", "cost of one kilometre", "за гектар"
    r"(?:стоимост|цен)[а-я]*\s+(?:[а-я]+\s+){0,3}(?:одного|одной|одну|каждого|каждой)(?![а-я])|"
    r"cost\s+(?:of|per)\s+(?:one|a\s+single|each|every)(?![a-z])|"
    # what one item cost: "один комплект обошёлся в …", "каждая юрта стоила …", "each kit cost …"
    r"(?<![а-я])(?:один|одна|одно|каждый|каждая|каждое)\s+(?:[а-я-]+\s+){1,2}(?:обош(?:[её]л|л)[а-я]*|стои(?:т|л[аио]?))"
    r"(?:\s+(?:в|около|примерно|почти|приблизительно)){0,2}\s*$|"
    r"(?<![a-z])(?:one|each|every)\s+(?:[a-z-]+\s+){1,2}(?:cost|costs|was\s+worth|is\s+worth)(?:\s+(?:about|around|some))?\s*$|"
    r"(?<![a-z])(?:for|per)\s+(?:(?:one|a|each|every|1)\s+)?(?:hectare|kilomet(?:re|er)|km|met(?:re|er)|unit)s?(?![a-z])|"
    r"(?<![а-я])за\s+(?:один\s+|одну\s+|1\s+)?(?:километр|км|гектар|га|метр|квадратн)(?![а-я])"
)


def not_event_money(folded: str, num_start: int, sentence_start: int, after: str) -> bool:
    """True when the amount at ``num_start`` is qualified as needed, earmarked, an average, periodic or a
    price, in up to ~90 characters before it (within its sentence) or in its clause after it."""
    lo = max(sentence_start, num_start - 90)
    if _NOT_EVENT_MONEY.search(folded, lo, num_start):
        return True
    if body_budget(folded, num_start, sentence_start, after):
        return True
    cut = after.find(",")
    return _NOT_EVENT_MONEY.search(after if cut < 0 else after[:cut]) is not None


def body_budget(folded: str, num_start: int, sentence_start: int, after: str) -> bool:
    """The amount states the size of a public body's budget (the Kyrgyz verb may follow the amount)."""
    m = BODY_BUDGET_BEFORE.search(folded, max(sentence_start, num_start - 120), num_start)
    if m is None:
        return False
    if "бюджет" in m.group(0) and m.group(0).rstrip().endswith(("бюджети", "бюджетин", "бюджет")):
        return BODY_BUDGET_VERB_AFTER.match(after) is not None  # Kyrgyz: the verb closes the clause
    return True
