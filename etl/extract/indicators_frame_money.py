"""Money a sentence frames as something other than what the event gave: a price or a per-unit amount, a
project financed by a loan, a trade volume, a local budget's size or revenue, a project's standing budget
and projects offered to investors.  Read by ``indicators_frame``; folded text throughout."""

from __future__ import annotations

import re

from etl.extract.indicators_money_plan import planned_money
from etl.extract.indicators_reading import Count

# A price or a per-unit amount: "35 сом за кубометр", "400 сомов на дорогу каждый день", "KGS 8 per kilogram",
# "стоимость аналогичной консультации", "бир литрдин баасы".
_PRICE = re.compile(
    r"(?<![а-я])(?:тариф[а-я]*|цен[аыу]|баасы|баасын|стоимост[ьи]\s+(?:аналогичн|одн|един)[а-я]*|каждый\s+день|"
    r"в\s+(?:день|месяц|сутки)|за\s+(?:кг|килограмм|литр|кубометр|час|штуку|единицу|одного|одну)|на\s+дорогу|"
    r"айына|кунуно|килограммы|литри|(?:суу|кызмат|жол)\s+учун)(?![а-я])|"
    r"(?<![a-z])(?:prices?|tariffs?|fee|per\s+(?:day|month|kg|kilo(?:gram)?|litre|liter|person|head|hour|unit|visit))(?![a-z])"
)
# A project's financing told in the present with a loan: the project's size ("is financed by a loan of …").
_LOAN_PRESENT = re.compile(r"(?:is|are)\s+(?:being\s+)?(?:financed|funded|co-financed)\s+(?:by|through|with)|финансируется|"
                           r"каржыланат|каржыланып\s+жатат")
_LOAN = re.compile(r"(?<![a-zа-я])(?:loans?|кредит[а-я]*|за[её]м[а-я]*|займ[а-я]*|насыя[а-я]*)(?![a-zа-я])")
# A local budget's size or revenue: "собственные доходы бюджета составили …", "айыл аймактын бюджети … түзөт",
# "the city's budget for waste collection is …".  A project's budget spent is read elsewhere.
_BUDGET_OWNER = r"(?:городск|районн|местн|республиканск|муниципальн|областн|шаардык|райондук|жергиликтуу|айыл\s+аймакт|city'?s?|municipal|district|local)"
_BUDGET_SIZE = re.compile(
    r"доход[а-я]*\s+(?:[а-я]+\s+)?бюджет|кирешеси|" + _BUDGET_OWNER + r"[а-я]*\s+бюджет[а-я]*\s+(?:[^.;,]{0,40}?)"
    r"(?:составил[аио]?|составляет|составит)\s+$|" + _BUDGET_OWNER + r"[a-z]*\s+(?:budget|revenue)\s+(?:[^.;,]{0,40}?)"
    r"(?:is|was|amounts?\s+to|totals?)\s+(?:kgs|usd|eur|\$)?\s*$"
)
_BUDGET_SIZE_AFTER = re.compile(r"\s*(?:[а-я]+\s+){0,2}(?:тузот|тузду|тузгон|тузорун|тузоорун|тузгонун)(?![а-я])")
# Trade: "Соода-сатыктын жалпы көлөмү …", "товарооборот ярмарки", "the fair's turnover".
_TRADE = re.compile(r"соода[\s-]+сатык|товарооборот|объем\s+продаж|(?<![a-z])(?:turnover|trade\s+volume|sales\s+volume)(?![a-z])")
# A project's budget named in the present or with no verb: the project's size, not money given at the event.
_BUDGET_NOUN = re.compile(r"бюджет|объем\s+финансирования|жалпы\s+нарк|budget|total\s+cost\s+of\s+the\s+(?:project|programme)")
PROJECT_WORD = re.compile(r"проект|программ|долбоор|project|programme")
_PAST_MONEY = re.compile(r"(?<![а-яa-z])(?:составил[аои]?|тузду|тузгон|болгон|болду|was|were|amounted|totalled|totaled|"
                         r"выделил[аои]?|выделен[аоы]?|бөлүндү|болунду|болунгон|spent|израсходован[аоы]?|жумшалды|жумшалган)(?![а-яa-z])")
# (A total cost alone is the cost of the thing opened, labelled as money given: holdout4 013.)
_SIZE_CUE = re.compile(r"объем\s+финансирования|общ(?:ий|его)\s+бюджет|"
                       r"рассчитан\s+на\s+\d+\s+(?:месяц|год|лет)|\d+-month|(?:19|20)\d\d\s*[–—-]\s*(?:19|20)?\d\d|"
                       r"на\s+(?:19|20)\d\d\s+год|for\s+(?:19|20)\d\d")
# A budget owned by a pronoun opening its sentence: the project the sentence before described.
_ITS_BUDGET = re.compile(r"\s*(?:(?:его|ее|их)\s+(?:общий\s+)?бюджет|(?:its|their)\s+(?:total\s+)?budget|анын\s+(?:жалпы\s+)?бюджети)")
_PREVIOUS = 200
# Projects listed for investors ("инвестиционных проектов на общую сумму", a portfolio): offers, not money given.
INVESTMENT = re.compile(r"инвестицион[а-я]*\s+(?:[а-я]+\s+)?проект|инвестициялык\s+долбоор|investment\s+projects|портфел|portfolio")


def _standing_budget(folded: str, c: Count, s_start: int, s_end: int) -> bool:
    before = folded[max(s_start, c.num.start - 160):c.num.start]
    if INVESTMENT.search(before[-80:]):
        return True  # "42 инвестиционных проекта на общую сумму …"
    if _ITS_BUDGET.match(folded, s_start) and not PROJECT_WORD.search(folded, s_start, s_end):
        s_start = max(0, s_start - _PREVIOUS)  # "… рассчитана на 2024–2027 годы. Ее бюджет …": the project just described
    if not _BUDGET_NOUN.search(before) or not PROJECT_WORD.search(folded, s_start, s_end):
        return False
    if _PAST_MONEY.search(folded, s_start, s_end):
        return False
    # "Долбоордун бюджети 45 500 доллар" alone is labelled as the money given (fixture 037); the project's
    # standing size is told with its overall budget, its duration or its years.
    return bool(_SIZE_CUE.search(folded, s_start, s_end))


def money_outside(folded: str, c: Count, s_start: int, s_end: int) -> bool:
    """An amount that is a price, a loan-financed project's size, a trade volume, a local budget or a
    project's standing budget."""
    pos = c.num.start
    if planned_money(folded, pos, c.noun_end, s_start, s_end, c.sentence[0]):
        return True
    if _PRICE.search(folded, max(s_start, pos - 90), min(s_end, c.noun_end + 40)):
        return True
    if _LOAN_PRESENT.search(folded, s_start, s_end) and _LOAN.search(folded, s_start, s_end):
        return True
    if _TRADE.search(folded, s_start, pos):
        return True
    if not PROJECT_WORD.search(folded, s_start, s_end) and (
            _BUDGET_SIZE.search(folded[max(s_start, pos - 120):pos]) or _BUDGET_SIZE_AFTER.match(folded, c.noun_end)
            and re.search(_BUDGET_OWNER + r"[а-я]*\s+бюджет[а-я]*\s", folded[max(s_start, pos - 60):pos])):
        return True
    return _standing_budget(folded, c, s_start, s_end)
