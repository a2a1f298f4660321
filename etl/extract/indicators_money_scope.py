"""Money a report states about something other than the event: the standing budget of a multi-year project,
damage and losses, sales, fines, a reporting period's spending, and prices quoted for a service.

Each is a class of sentence, not a phrase: a project's budget comes with its implementation span
("реализуется с 2023 по 2026 год, его общий бюджет …", "Долбоор 2023–2026-жылдары … жалпы бюджети …",
"The … Project (2022–2027) has a budget of …") or as "the overall budget of the project" in the present or
without a verb; a completed project's budget in the past tense ("Общий бюджет проекта составил 9,5 млн
евро") is the money spent and stays.
"""

from __future__ import annotations

import re

# A project's or programme's budget ("worth" and "cost" of a project presented or built stay: the money given).
_PROJECT_BUDGET = re.compile(
    r"(?:бюджет|стоимост)[а-я]*\s+(?:[а-я]+\s+){0,2}(?:проекта|программы)|(?:проект|программ)[а-я]*\s+(?:[^.;]{0,80}?)"
    r"(?:бюджет|стоимост)|долбоор[а-я]*\s+(?:[^.;]{0,80}?)бюджет|программа[а-я]*\s+(?:[^.;]{0,60}?)бюджет|"
    r"(?:project|programme|program)[^.;]{0,80}?budget|budget\s+of\s+(?:the\s+)?(?:project|programme)"
)
# The overall budget, named as such: "общий бюджет проекта", "жалпы бюджети", "total budget of the project".
_OVERALL_BUDGET = re.compile(r"общ(?:ий|его|ем)\s+бюджет[а-я]*\s+(?:[а-я]+\s+)?(?:проекта|программы)|"
                             r"(?:долбоор|программа)[а-я]*\s+(?:[^.;]{0,40}?)жалпы\s+бюджет|"
                             r"total\s+budget\s+of\s+(?:the\s+)?(?:project|programme)|"
                             r"(?:project|programme)'?s?\s+(?:overall|total)\s+budget")
# A past tense: the budget of a finished project, spent.
_PAST_SIZE = re.compile(r"(?<![а-яa-z])(?:составил[аои]?|тузду|тузгон|болгон|was|amounted|totalled|totaled)(?![а-яa-z])")
# An implementation span: "2023–2026", "с 2023 по 2026 год", "2023–2026-жылдары", "01.03.2024 – 28.02.2026".
_SPAN = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[–—-]\s*(?:19|20)?\d\d(?!\d)|(?<![а-я])с\s+(?:19|20)\d\d\s+(?:года?\s+)?по\s+"
                   r"(?:19|20)\d\d|\d\d\.\d\d\.(?:19|20)\d\d\s*[–—-]\s*\d\d\.\d\d\.(?:19|20)\d\d")
# "The USD 40 million Toktogul Irrigation Project (2021–2026)": the amount names the project's size.
_NAMES_PROJECT = re.compile(r"\s*(?:[a-z-]+\s+){0,6}(?:project|programme|program)\s*\(\s*(?:19|20)\d\d\s*[–—-]")
# Money lost, earned or charged, not given: damage, sales, fines.
_OTHER_MONEY = re.compile(
    r"(?<![а-яa-z])(?:ущерб[а-я]*|убытк[а-я]*|зыян[а-я]*|чыгым[а-я]*\s+келтир|damage[sd]?|losses|"
    r"продал[аи]?|продано|продаж[а-я]*|выручк[а-я]*|сатышты|сатты|сатылды|sold|sales|revenue|"
    # a price asked: "used to sell for 400 soms", "продаются по 300 сомов", "продавали за 500 сомов"
    r"sells?\s+for|selling\s+for|прода(?:ют|ются|ет|ется|вал[аи]?|вались)\s+(?:[а-я]+\s+)?(?:по|за)|"
    r"реализовано\s+(?:[а-я]+\s+)?продукци[а-я]*|реализовал[аи]?\s+(?:[а-я]+\s+)?продукци[а-я]*|"
    r"айып\s+пул[а-я]*|штраф[а-я]*|fines?|penalt[a-z]*)(?![а-яa-z])"
)
# Spending of a reporting period: "за отчетный квартал израсходовано …", "отчеттук мезгилде".
_PERIOD_SPENDING = re.compile(r"(?<![а-я])за\s+(?:отчетный|этот|данный|прошедший|истекший)\s+(?:месяц|квартал|период|"
                              r"полугодие)|отчеттук\s+(?:мезгил|чейрек|ай)|in\s+the\s+reporting\s+period|"
                              r"(?:this|the\s+last)\s+quarter|"
                              # the period's expenditure named as a line: "Расходы квартала: …", "Quarterly spending"
                              r"расход[а-я]*\s+(?:за\s+)?(?:отчетн[а-я]+\s+)?(?:квартал|месяц|период|полугоди)|"
                              r"(?:квартальн|месячн|полугодов)[а-я]*\s+расход|чейректин\s+чыгым|"
                              r"(?:quarterly|monthly)\s+(?:expenditure|spending)|(?:expenditure|spending)\s+(?:for|in|of)\s+"
                              r"the\s+(?:quarter|month|period)")
# One of many named as the subject, and a price said of it: "Вес каждого набора … стоимость", "ар бир
# топтомдун … баасы", "each kit weighs … and costs"; a total among them ("общая стоимость") is the amount given.
_EACH_UNIT = re.compile(r"(?<![а-я])(?:кажд(?:ый|ая|ое|ого|ой|ому)|ар\s+бир)\s|(?<![a-z])(?:each|every)\s")
_UNIT_COST = re.compile(r"стоимост|(?<![а-я])цен[аеуы](?![а-я])|стоит|баасы|наркы|(?<![a-z])(?:costs?|price|worth)(?![a-z])")
_WHOLE = re.compile(r"(?<![а-я])(?:общ[а-я]*|всего|итого|жалпы|бардыгы)(?![а-я])|(?<![a-z])(?:total|in\s+all|altogether)(?![a-z])")
# A price quoted for a service or a thing: "a trek costs between USD 150 and USD 250".
# ("A dialysis session costs the hospital about KGS 4,500": what it costs whom, words between)
_PRICE_VERB = re.compile(r"(?<![a-z])costs\s+(?:the\s+[a-z]+\s+|[a-z]+\s+)?(?:between|from|about|around|only|just|usd|kgs|eur|\$|\d)")
# Kyrgyz puts the verb last: "… 600 миң сомдук буюм сатышты" (sold), "… зыян келтирди" (did damage).
# The participle forms report a sale too: "… 1 млн сомдук буюм сатканын айтты".
# English and Russian passives put it after as well: "products worth about 640,000 soms were sold",
# "товаров на 2 млн сомов было продано".
_OTHER_MONEY_VERB_AFTER = re.compile(r"(?<![а-я])(?:сатышты|сатты|сатылды|сатышкан|сатышканын|саткан|сатканын|сатылганын|"
                                     r"келтирди|келтирген|продан[оаы]?)(?![а-я])|"
                                     r"(?<![a-z])(?:were|was|have\s+been|had\s+been)\s+sold(?![a-z])")


# Exchange rates: a line quoting two or more currencies, each beside a price with kopecks ("USD 84,80 / EUR
# 100,15", "Доллар 87,45 · Евро 94,20") is a site's rate widget, not money of the event.
_RATE = re.compile(r"(?<![\w.,])\d{1,3}[.,]\d\d(?![\d%])")
_RATE_CURRENCY = re.compile(r"(?<![а-яa-z])(?:usd|eur|rub|kzt|cny|доллар[а-я]*|евро|рубл[а-я]*|тенге|юан[а-я]*)(?![а-яa-z])")


def _rate_line(folded: str, num_start: int, num_end: int) -> bool:
    if not _RATE.match(folded, num_start):  # ``num_end`` may be the end of the noun after it
        return False
    a, b = folded.rfind("\n", 0, num_start) + 1, folded.find("\n", num_end)
    line = folded[a:b if b >= 0 else len(folded)]
    return len(_RATE.findall(line)) >= 2 and len(_RATE_CURRENCY.findall(line)) >= 2


def other_money(folded: str, num_start: int, num_end: int, sentence: tuple[int, int]) -> bool:
    """True when the amount at ``num_start`` is a multi-year project's standing budget, damage, sales, a fine,
    a reporting period's spending or a quoted price.  The sentence before may hold the project's span
    ("Долбоор 2023–2027-жылдары … ишке ашырылат. Долбоордун бюджети …")."""
    # within 300 characters of the amount: read per amount, a long sentence stays linear
    s_start, s_end = max(sentence[0], num_start - 300), min(sentence[1], num_end + 300)
    floor = max(0, s_start - 300)
    previous_start = max(folded.rfind(". ", floor, max(0, s_start - 2)), folded.rfind("\n", floor, max(0, s_start - 1)),
                         floor - 1) + 1
    own = folded[s_start:s_end]
    if _rate_line(folded, num_start, num_end):
        return True
    if _OTHER_MONEY.search(folded, s_start, num_start) or _PERIOD_SPENDING.search(folded, s_start, num_start):
        return True
    if _PRICE_VERB.search(folded, s_start, num_start) or _OTHER_MONEY_VERB_AFTER.search(folded, num_end, s_end):
        return True
    if _EACH_UNIT.search(folded, s_start, num_start) and _UNIT_COST.search(folded, s_start, num_start) \
            and not _WHOLE.search(folded, s_start, num_start):
        return True  # "Вес каждого набора 45 кг, стоимость 3 600 сомов": one unit's price, not what was given
    if "бюджет" not in own and "budget" not in own and "стоимост" not in own and "project" not in own \
            and "program" not in own:
        return False
    if _NAMES_PROJECT.match(folded, num_end, s_end):
        return True
    budget = _PROJECT_BUDGET.search(own)
    if budget is None:
        return False
    if _OVERALL_BUDGET.search(own) and not _PAST_SIZE.search(own):
        return True  # "Общий бюджет проекта — 184 000 долларов США": the project's standing budget
    return bool(_SPAN.search(folded, previous_start, s_end)) and not _PAST_SIZE.search(own)
