"""Money a report mentions in passing that is neither granted nor spent for the event, read by the class of
its clause rather than by a span or an "overall" word (those are read by indicators_money_scope):

- a project's or programme's size stated in the present or without a verb ("ее бюджет составляет …",
  "Бюджет проекта – …", "The project has a budget of …", "Общая стоимость проекта составляет …",
  "Долбоордун бюджети … түзөт"); a past verb ("составил", "was") is the money spent and stays;
- what a thing is worth, costs or is estimated at ("холодильники стоимостью …", "анын наркы …",
  "сметасы …", "worth", "estimated at"), a fee or a fare ("жайыт акысы …", "… сомов на такси");
- income or revenue ("доходы … составят", "кирешеси …", "income");
- earmarked in a body's budget for a later year ("каралган", "предусмотрено", "is earmarked").
Folded text (ң→н, ө→о, ү→у, ё→е) is read throughout.
"""

from __future__ import annotations

import re

# The project's or programme's size: the budget word tied to the project by a possessive or a verb.
_SIZE_NOUN = re.compile(
    r"(?<![а-яa-z])(?:(?:общ[а-я]+\s+)?(?:бюджет|стоимост)[а-я]*\s+(?:[а-я]+\s+){0,2}(?:проекта|программы|инициативы)|"
    r"(?:проект|программ|инициатив)[а-я]*[^.;]{0,60}?(?:бюджет|стоимост)[а-я]*|"
    r"(?:ее|его|их)\s+(?:общий\s+)?бюджет|"
    r"(?:долбоор|программа)[а-я]*\s+(?:[^.;]{0,60}?)(?:бюджет|наркы)[а-я]*|"
    r"(?:project|programme|program|initiative)[^.;]{0,60}?(?:budget|cost|worth)|"
    r"(?:budget|cost)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:project|programme|program|initiative))(?![а-яa-z])"
)
# The project runs until a later year: "рассчитана до 2027 года", "runs until 2026", "2027-жылга чейин".
_RUNS_UNTIL = re.compile(r"(?<![а-яa-z])(?:до|по|until|through|till|to)\s+(?:конца\s+|the\s+end\s+of\s+)?20\d\d(?!\d)|"
                         r"20\d\d-?\s*жыл[а-я]*\s+чейин|общ(?:ая|ей|ую)\s+стоимост[а-я]*\s+(?:проекта|программы)")
_PAST = re.compile(r"(?<![а-яa-z])(?:составил[аои]?|тузду|тузгон|болгон|болду|was|amounted|totalled|totaled|"
                   r"cost|израсходован[оаы]?|потрачен[оаы]?|освоен[оаы]?|spent)(?![а-яa-z])")
# A thing's estimate, a fee: "сметасы …", "смета ремонта составляет …", "жайыт акысы …", "оценивается в …".
# What a thing built or given cost ("жалпы наркы … түздү", "стоимость оборудования —", "worth") is the money
# spent for the event and stays.
_WORTH = re.compile(
    r"(?<![а-яa-z])(?:сметасы|смета[а-я]*|акысы|estimated\s+at|a\s+fee\s+of|оценива[а-я]+\s+в)(?![а-яa-z])"
)
_FARE_AFTER = re.compile(r"\s*(?:только\s+|гана\s+)?(?:на\s+такси|за\s+проезд|on\s+(?:a\s+)?taxi|for\s+a\s+taxi|"
                         r"for\s+the\s+fare|такси(?:ге|га|чиге)?)(?![а-яa-z])")
# Income, revenue: money a body takes in, not money given.
_INCOME = re.compile(r"(?<![а-яa-z])(?:доход[а-я]*|кирешe?[а-я]*|киреше[а-я]*|income|revenues?)(?![а-яa-z])")
# Earmarked in a budget for a later year: "2026-жылы … каралган", "предусмотрено на 2026 год".
_EARMARKED = re.compile(r"(?<![а-яa-z])(?:каралган[а-я]*|каралды|каралат|предусмотрен[оаы]?|"
                        r"earmarked|set\s+aside)(?![а-яa-z])")
# The cost of a thing still to be built or bought: "… кампа курулуп баштайт, анын наркы 48 млн сом",
# "будет построен склад, его стоимость …", "a warehouse will be built, its cost …".
_COST_WORD = re.compile(r"(?:наркы|стоимость|cost)\s*(?:[–—-]\s*|составляет\s+|is\s+)?(?:usd|kgs|eur|chf|\$)?\s*$")
_FUTURE = re.compile(r"(?<![а-яa-z])(?:баштайт|башталат|курулат|салынат|ачылат|будет|будут|планиру[а-я]+|"
                     r"will\s+be|is\s+planned)(?![а-яa-z])")
_LATER_YEAR = re.compile(r"(?<!\d)20\d\d(?:-?\s*(?:жыл[а-я]*|год[а-я]*))?")


def standing_money(folded: str, num_start: int, num_end: int, sentence: tuple[int, int]) -> bool:
    """True when the amount at ``num_start`` is a project's standing size, a thing's worth or price,
    income, or money earmarked for a later year, by its own clause."""
    s_start, s_end = max(sentence[0], num_start - 200), min(sentence[1], num_end + 120)
    before = folded[s_start:num_start]
    clause_end = folded.find(",", num_end, s_end)
    after = folded[num_end:s_end if clause_end < 0 else clause_end]
    near_before = before[-60:]
    if _WORTH.search(near_before) or _WORTH.search(after[:40]) or _FARE_AFTER.match(folded, num_end):
        return True
    if _INCOME.search(near_before) or _INCOME.search(after[:30]):
        return True
    if _COST_WORD.search(near_before) and _FUTURE.search(before):
        return True
    if _EARMARKED.search(before + after) and _LATER_YEAR.search(before + after):
        return True
    sizes = list(_SIZE_NOUN.finditer(before))
    size = sizes[-1] if sizes else None  # the nearest: its verb is the amount's
    if size is None or not (num_start - s_start - size.end() < 60):
        return False
    if _PAST.search(folded, s_start + size.start(), num_end + len(after)):
        return False
    # the span may be said in the sentence before ("Программа рассчитана до 2027 года. Ее бюджет …")
    return _RUNS_UNTIL.search(folded, max(0, s_start - 200), min(sentence[1], num_end + 120)) is not None
