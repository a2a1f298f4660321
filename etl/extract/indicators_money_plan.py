"""Money a report names that belongs to a plan, a body's budget, a loan, one unit or the project's standing
size told in a background paragraph, not to what the event granted, spent or handed over.

Each rule reads a class of sentence (folded text: ң→н, ө→о, ү→у, ё→е):

- an intent or a plan governs the sentence before the amount: "в 2027 году агентство намерено
  отремонтировать … за 20 млн сомов", "Келерки жылы … жайылтуу пландалууда, анын бюджети …", "recommended
  allocating …", "plans to build … at a cost of …";
- an estimate: "… 96 млн сомго бааланат";
- money earmarked in a body's budget: "быйылкы бюджетте … 1,2 млн сом каралган", "в бюджете … предусмотрено";
- loans: "льготные кредиты на 210 млн сомов", "loans worth …", "насыя";
- the worth of each unit: "each kit, worth around KGS 1,150", "каждый … стоимостью";
- a project's budget stated without a past verb right after a background or plan sentence ("с 2022 года
  организация провела … Бюджет проекта — 58 000 евро"); after the event's own account ("… долбоорунун
  алкагында өттү. Долбоордун бюджети …") it stays the money given.
"""

from __future__ import annotations

import re

_INTENT = re.compile(
    r"(?<![а-яa-z])(?:намерен[аоы]?|намерева[а-я]+|собира(?:ет|ют)ся|планиру[а-я]*|запланирован[а-я]*|"
    r"рекоменд[а-я]*|в\s+(?:следующем|будущем)\s+году|"
    # a proposal or a request, not yet decided: "участники предложили мэрии … выделить на это 3,2 млн сомов"
    r"предложил[аи]?|предлага[ею]т|предложено|призвал[аи]?|попросил[аи]?|"
    r"proposed|suggested|urged|called\s+on|asked\s+the|"
    r"келерки\s+жыл[а-я]*|кийинки\s+жыл[а-я]*|пландал[а-я]*|пландап|пландаштырыл[а-я]*|сунуштад[а-я]*|"
    r"[а-я]{2,}(?:макчы|мекчи|мокчу)[а-я]*|"
    r"next\s+year|plans?\s+to|planned|planning\s+to|intends?\s+to|recommend[a-z]*)(?![а-яa-z])"
)
# Money given before the amount in the same sentence: the plan is another clause's ("планирует расширить
# проект, а сегодня вручил гранты на …").
_GIVEN = re.compile(
    r"(?<![а-яa-z])(?:вручил[аи]?|вручен[аоы]?|выделил[аи]?|передал[аи]?|передан[аоы]?|получил[аи]?|"
    r"израсходован[аоы]?|потрачен[аоы]?|берилди|тапшырылды|болунду|жумшалды|алды|алышты|awarded|handed|"
    r"received|granted|spent|donated)(?![а-яa-z])"
)
_ESTIMATE_AFTER = re.compile(r"\s*(?:[а-я]+\s+){0,1}(?:бааланат|бааланууда|бааланган|болжолдонгон)(?![а-я])")
_EARMARK = re.compile(r"(?<![а-яa-z])(?:каралган[а-я]*|каралды|каралат|предусмотрен[аоы]?|заложен[аоы]?|"
                      r"earmarked|allocated\s+in\s+the\s+budget)(?![а-яa-z])")
_BUDGET_IN = re.compile(r"бюджет(?:те|ке|инде|инен|е|у)(?![а-я])|budget\s+(?:for|of)\s+20\d\d")
_LOAN_BEFORE = re.compile(
    r"(?<![а-яa-z])(?:кредит[а-я]*|займ[а-я]*|за[её]м[а-я]*|насыя[а-я]*|loans?|credits?)\s+"
    r"(?:[а-яa-z]+\s+){0,3}(?:на|в\s+размере|на\s+общую\s+сумму|of|worth|totall?ing|for)?\s*(?:kgs|usd|eur|\$)?\s*$"
)
_LOAN_AFTER = re.compile(r"\s*(?:[а-я]+\s+){0,1}(?:насыя|кредит)[а-я]*(?![а-я])")
_EACH_WORTH = re.compile(
    r"(?<![a-zа-я])(?:each|every)\s+(?:[a-z-]+\s+){0,3}[^.;]{0,30}?(?:worth|costing|valued\s+at|at\s+a\s+cost\s+of)"
    r"\s+(?:around|about|some|approximately|nearly)?\s*(?:kgs|usd|eur|\$)?\s*$|"
    r"(?<![а-я])(?:каждый|каждая|каждое|каждого|каждой)\s+[^.;]{0,40}?(?:стоимостью|ценой|стоит)\s+"
    r"(?:около\s+|примерно\s+)?$|ар\s+бир[а-я]*\s+[^.;]{0,40}?(?:наркы|баасы)\s+(?:болжол\s+менен\s+)?$"
)
_PROJECT_BUDGET = re.compile(
    r"(?:бюджет|стоимост)[а-я]*\s+(?:[а-я]+\s+){0,1}(?:проекта|программы)|(?:долбоор|программа)[а-я]*\s+"
    r"(?:жалпы\s+)?(?:бюджет|нарк)[а-я]*|(?:project|programme|program|action|initiative)'?s?\s+(?:[a-z]+\s+)?budget|"
    r"budget\s+of\s+the\s+(?:project|programme|action)|(?<![а-я])(?:ее|его)\s+(?:общий\s+)?бюджет|"
    r"(?:funding|financing|budget)\s+for\s+the\s+(?:project|programme)|(?<![a-z])its\s+(?:total\s+|overall\s+)?budget"
)
# The sentence states the project's implementation: "реализуется с 2024 года", "2025–2027-жылдары ишке ашырылат".
_IMPLEMENTED = re.compile(r"(?<![а-яa-z])(?:реализуется|реализуются|ишке\s+ашырылат|ишке\s+ашырылып\s+жатат|"
                          r"is\s+(?:being\s+)?implemented|runs\s+(?:from|until|through))(?![а-яa-z])")
_SPAN = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[–—-]\s*(?:19|20)?\d\d(?!\d)")
_SINCE_YEAR = re.compile(r"(?<![а-яa-z])(?:с\s+20\d\d\s+года|20\d\d-?\s*жылдан\s+бер[а-я]*|since\s+20\d\d)(?![а-яa-z])")
# "(2022–2026, CHF 1.1 million)": a project's span and size in a parenthesis after its name.
# (the years may carry their word: "(2024–2028 гг., 3,9 млн долларов)", "(2023–2026-жылдары, 2 млн евро)")
_SPAN_PAREN = re.compile(r"\(\s*(?:19|20)\d\d\s*[–—-]\s*(?:19|20)?\d\d(?:\s*(?:гг?\.|годы|годов)|-?жылдар[а-я]*|-?жж\.)?"
                         r"\s*[,;]\s*(?:kgs|usd|eur|chf|\$)?\s*$")
# Kyrgyz puts the verb last: an amount proposed ("… 1,2 млн сомго көбөйтүүнү сунушташты") or told as to come
# ("… 500 миң сом бөлүнөрүн айтты": a future participle with a verb of saying).
_KY_LATER_AFTER = re.compile(
    r"[^.;!?]{0,80}?(?<![а-я])(?:сунушта[а-я]+|сунуш[а-я]*\s+(?:кылышты|киргиз[а-я]*|беришти|берди)|[а-я]{3,}(?:ар|ер|ор)(?:ын|ин|ун|ы|и|у)\s+"
    r"(?:[а-я]+\s+){0,2}(?:айтт|билдир|белгиле|убада|маалымда|жарыяла|тууралуу|жонундо)[а-я]*)(?![а-я])"
)
# Put into a budget at a hearing: "сунуштар бюджетке … киргизилди: көчө жарыгына 450 миң сом".
_INTO_BUDGET = re.compile(r"бюджетке\s+(?:[а-я]+\s+){0,4}киргизил[а-я]*|включен[аоы]?\s+в\s+(?:[а-я]+\s+)?бюджет|"
                          r"(?:added|included)\s+(?:to|in)\s+the\s+(?:[a-z]+\s+)?budget|"
                          # a year's budget: "2026-жылдын бюджетинен", "из бюджета на 2026 год", "from the 2026 budget"
                          r"20\d\d-?\s*жыл[а-я]*\s+бюджет[а-я]*|бюджет[а-я]*\s+(?:на\s+)?20\d\d\s+год[а-я]*|"
                          r"(?:from|in)\s+the\s+20\d\d\s+budget")
_PAST_SIZE = re.compile(r"(?<![а-яa-z])(?:составил[аои]?|тузду|тузгон|болгон|болду|was|amounted|totall?ed)(?![а-яa-z])")
# A background or plan sentence: the organization's record since a year, what is planned next.
_BACKGROUND = re.compile(
    r"(?<![а-яa-z])(?:с\s+20\d\d\s+года|20\d\d-?\s*жылдан\s+бер[а-я]*|since\s+20\d\d|планиру[а-я]*|пландал[а-я]*|"
    r"пландап|planned|plans?\s+to|до\s+конца\s+года|келерки\s+жыл[а-я]*|с\s+начала\s+(?:проекта|программы)|"
    r"долбоор\s+башталгандан\s+бер[а-я]*|since\s+the\s+(?:project|programme)\s+(?:began|started))(?![а-яa-z])"
)


def planned_money(folded: str, start: int, end: int, s_start: int, s_end: int, sentence_start: int) -> bool:
    """True when the amount at ``folded[start:end]`` (read in ``[s_start, s_end)`` of its sentence, which
    starts at ``sentence_start``) is a plan's, a body budget's, a loan's, one unit's or the project's
    standing size (see the module's classes)."""
    lo = max(s_start, start - 250)
    intents = list(_INTENT.finditer(folded, lo, start))
    intent = intents[-1] if intents else None  # the nearest: a given verb after it breaks its hold
    if intent is not None and not _GIVEN.search(folded, intent.end(), start):
        return True
    if _ESTIMATE_AFTER.match(folded, end, min(s_end, end + 40)) or _KY_LATER_AFTER.match(folded, end, s_end):
        return True
    if _INTO_BUDGET.search(folded, max(s_start, start - 90), start) or _SPAN_PAREN.search(folded, max(s_start, start - 30), start):
        return True
    near = folded[max(s_start, start - 90):start]
    if _EARMARK.search(folded, start, min(s_end, end + 60)) or _EARMARK.search(near):
        if _BUDGET_IN.search(near):
            return True
    if _LOAN_BEFORE.search(folded[max(s_start, start - 60):start]) or _LOAN_AFTER.match(folded, end, s_end):
        return True
    if _EACH_WORTH.search(folded[max(s_start, start - 80):start]):
        return True
    if _SINCE_YEAR.search(folded, max(s_start, start - 120), start):
        return True  # "элчилик 2022-жылдан бери … 48 миң доллардан ашык каражат бөлгөн": a body's record, summed
    budget = _PROJECT_BUDGET.search(folded, max(s_start, start - 80), start)
    if budget is None or _PAST_SIZE.search(folded, budget.start(), min(s_end, end + 40)):
        return False
    if _IMPLEMENTED.search(folded, max(0, s_start - 150), start) or _SPAN.search(folded, s_start, min(s_end, end + 40)):
        return True  # "Программа реализуется с 2024 года …, ее бюджет — …": the project's standing size
    return _BACKGROUND.search(folded, max(0, sentence_start - 300), sentence_start) is not None
