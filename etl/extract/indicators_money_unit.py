"""Money stated in an event report that is not the money the event gave or spent, by the shape of its clause:

- a later phase's or stage's money ("Бюджет следующего этапа — …", "A new phase worth USD 60 million is
  being prepared", "Долбоордун кийинки этабына … бөлүнөт"): the next phase is not this event;
- a project's or initiative's budget over a span written with words ("runs from 2023 to 2027 with a budget
  of …", "2023-жылдан 2027-жылга чейин … бюджети"): its standing size;
- one unit's price or rate ("per kilogram", "арендная ставка 50 сомов за кв. м", "бир гектарга … сомго
  турат", "проезд стоит 80 сомов в одну сторону");
- a reporting month's running costs ("Расходы за август составили …", "expenses in March …");
- one of several amounts listed with a scale word ("50 миң, 30 миң жана 20 миң сом", "300, 200 and 100
  thousand"), each a separate prize or grant, never the total.
Folded text (ң→н, ө→о, ү→у, ё→е) is read throughout.
"""

from __future__ import annotations

import re

# "следующего этапа", "нового этапа", "второй фазы", "next/new/second phase", "кийинки этап", "экинчи фаза".
LATER_PHASE = re.compile(
    r"(?<![а-яa-z])(?:следующ|нов|втор|треть|очередн)[а-я]*\s+(?:[а-я]+\s+)?(?:этап|фаз)[а-я]*|"
    r"(?<![a-z])(?:next|new|second|third|follow-up|following)\s+(?:[a-z]+\s+)?(?:phase|stage)s?(?![a-z])|"
    r"(?<![а-я])(?:кийинки|жаны|экинчи|учунчу)\s+(?:[а-я]+\s+)?(?:этап|этаб|фаза|баскыч)[а-я]*"
)
# A phase already run and paid for stays: "the second phase cost …", "на втором этапе было выделено …".
PAST_SPENT = re.compile(
    r"(?<![а-яa-z])(?:выделен[оаы]?|выделил[аи]?|потрачен[оаы]?|израсходован[оаы]?|составил[аи]?|"
    r"болунду|бөлүндү|берилди|жумшалды|was\s+(?:spent|allocated|provided|granted)|were\s+(?:spent|allocated)|"
    r"allocated|provided|spent|disbursed)(?![а-яa-z])"
)
# A project or an initiative that runs over years written in words: "from 2023 to 2027", "2023-жылдан
# 2027-жылга чейин", "с 2023 года по 2027 год" (the dash form is read by indicators_money_scope).
_WORD_SPAN = re.compile(
    r"(?<![a-z])from\s+(?:19|20)\d\d\s+(?:to|through|until|till)\s+(?:19|20)\d\d(?!\d)|"
    r"(?:19|20)\d\d-?\s*жыл[а-я]*дан\s+(?:19|20)\d\d-?\s*жыл[а-я]*\s+чейин|"
    r"(?<![а-я])с\s+(?:19|20)\d\d\s+(?:года?\s+)?(?:по|до)\s+(?:19|20)\d\d"
)
_BUDGET_WORD = re.compile(r"(?<![а-яa-z])(?:бюджет[а-я]*|budget|worth)(?![а-яa-z])")
# One unit's price or rate, said before the amount ("the price of", "арендная ставка", "тариф") or after
# it ("per kilogram", "за кв. м", "за килограмм", "в одну сторону", "килограммына").
_RATE_BEFORE = re.compile(
    r"(?<![а-яa-z])(?:ставк[аиу]|тариф[а-я]*|rates?|tariffs?|price\s+of|at\s+a\s+price|баасы|наркы\s+бир)(?![а-яa-z])"
)
_UNIT_AFTER = re.compile(
    r"\s*(?:(?:а|a)\s+)?(?:per\s+(?:kilogram|kg|litre|liter|ton|tonne|square|sq|cubic|trip|ride|night|item|piece|"
    r"hour|visit|lesson|session)|за\s+(?:один\s+|1\s+)?(?:кв\.?\s*м|квадратн|кубометр|куб|кг|килограмм|литр|тонн|"
    r"час|ночь|сутки|поездку|штуку|шт\.?)|в\s+одну\s+сторону|one\s+way|"
    r"(?:килограмм|литр|тонн|кг|метр|чакырым)[а-я]*(?:ына|ине|на|не)(?![а-я]))"
)
_RANGE_END = re.compile(r"\s*(?:and|to|[–—-]|до|и|жана)\s*(?:kgs|usd|eur|\$)?\s*\d[\d\s.,]*"
                        r"(?:тыс\.?|мин|млн\.?|сом[а-я]*|kgs|usd|eur|som)?")
# Kyrgyz "бир гектарга", "бир тонна", "бир кишиге" before the amount: the cost of one unit.
_KY_PER_ONE = re.compile(r"(?<![а-я])бир\s+[а-я]+")
# "… 120 миң сомго турат", "… 3 500 сом турат": a price in the present, not money paid.
_KY_COSTS_AFTER = re.compile(r"\s*(?:[а-я]+\s+)?турат(?![а-я])")
# Running costs of a named month: "Расходы за август", "expenses for March", "август айындагы чыгымдар".
_MONTHS_RU = r"(?:январ|феврал|март|апрел|ма[йея]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*"
_MONTHS_EN = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_MONTHS_KY = r"(?:январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*"
_MONTH_COSTS = re.compile(
    rf"(?<![а-я])(?:расход|затрат|издержк)[а-я]*\s+(?:[а-я]+\s+)?за\s+{_MONTHS_RU}(?![а-я])|"
    rf"(?<![a-z])(?:expenses|expenditures?|costs|spending)\s+(?:for|in|during)\s+{_MONTHS_EN}(?![a-z])|"
    rf"(?<![а-я]){_MONTHS_KY}\s+айы[а-я]*\s+(?:[а-я]+\s+)?(?:чыгым|сарпта)[а-я]*"
)
# "50 миң, 30 миң жана 20 миң", "300, 200 и 100 тыс.", "USD 5,000, 3,000 and 2,000": the amount closes a list.
_SCALE = r"(?:\s*(?:тыс\.?|тысяч[а-я]*|мин|млн\.?|миллион[а-я]*|thousand|million|сом[а-я]*))?"
_CUR = r"(?:(?:usd|kgs|eur|\$)\s*)?"
_LIST_CLOSE = re.compile(rf"\d{_SCALE}\s*(?:,|и|жана|and)\s*{_CUR}$")
_LIST_OF_THREE = re.compile(rf"\d{_SCALE}\s*,\s*{_CUR}\d[\d\s.,]*?{_SCALE}\s*,?\s*(?:и|жана|and)\s*{_CUR}$")
# "Каждая команда-победитель получила грант в размере 150 000 сомов, общая сумма …": the each-subject
# in the amount's own clause makes it one recipient's; a total said in a later clause does not undo that.
_EACH_IN_CLAUSE = re.compile(r"(?<![а-яa-z])(?:кажд[а-я]*|each|every|ар\s+бир)\s[^,;:.!?()]*$")
_TOTAL = re.compile(r"общ[а-я]*|всего|итого|total|жалпы|баары")
# "соответственно", "respectively", "тиешелуу турдо": amounts matched one by one to the items named.
_RESPECTIVELY = re.compile(r"соответственно|respectively|тиешелуу\s+турдо|тийиштуу\s+турдо")


def not_the_events_money(folded: str, num_start: int, noun_end: int, sentence: tuple[int, int]) -> bool:
    """True when the amount at ``num_start`` (its currency ending at ``noun_end``) is a later phase's money,
    a word-spanned project budget, a unit's price or rate, a month's running costs, or one of a listed set."""
    s_start, s_end = sentence
    lo = max(s_start, num_start - 160)
    before = folded[lo:num_start]
    after = folded[noun_end:min(s_end, noun_end + 80)]
    own = folded[s_start:s_end]
    if LATER_PHASE.search(own) and not PAST_SPENT.search(own):
        return True
    if _BUDGET_WORD.search(own) and _WORD_SPAN.search(own) and not PAST_SPENT.search(own):
        return True
    rng = _RANGE_END.match(after)  # "between KGS 15 and KGS 40 per cubic metre": the unit is both ends'
    if _RATE_BEFORE.search(folded, max(s_start, num_start - 60), num_start) or _UNIT_AFTER.match(after) \
            or (rng is not None and _UNIT_AFTER.match(after, rng.end())):
        return True
    if _KY_PER_ONE.search(before[-100:]) and _KY_COSTS_AFTER.match(folded, noun_end, min(s_end, noun_end + 30)):
        return True
    if _EACH_IN_CLAUSE.search(folded, max(s_start, num_start - 100), num_start) \
            and not _TOTAL.search(after.split(",", 1)[0]):
        return True
    if _MONTH_COSTS.search(folded, max(s_start, num_start - 80), num_start):
        return True
    return bool(_LIST_CLOSE.search(before) and (_RESPECTIVELY.search(own) or _LIST_OF_THREE.search(before)))
