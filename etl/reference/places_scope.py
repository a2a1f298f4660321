"""Clauses whose places lie outside what the reported activity did or covered, read from their wording
rather than from one tense list:

* trade: where goods are sold, delivered or shipped from ("they now sell to hotels in Cholpon-Ata",
  "поставки из Джалал-Абада", "продукцию сдают в магазины Токмока", "Бишкекке сатышат");
* a tally over a finished period before the event: "За прошлый год в Первомайском районе открыто 6
  пунктов", a report's list under "Результаты с начала проекта", "Быйыл Ноокат районунда 30 фермер грант
  алган" (a Kyrgyz reported past in -ган with "this year");
* a future year's funding or building, told by a verb that is no plan word: "will support renovations
  in Aksy in 2027", "в 2025 году государство выделит ... в Иссык-Кульской области" (what a project or a
  new centre will cover, "It will cover 40 municipalities", is its coverage and stays);
* a roadmap's or action plan's content: "agreed a roadmap ... a service in schools of Aravan district";
* an earlier pilot ("в пилотном режиме ... пользовались фермеры Узгенского района") and a spot located by
  the place ("Кызыл-Тоо айылынын жогору жагындагы булак", "родник выше села X").

The labels count the event's places and the areas the reported activity covers (tests/fixtures/eval/
README.md, "Places"); none of these.  Each check reads one clause of the folded text (lowercase, ө ү ң
as о у н, hyphens and dashes as spaces), so the cost per name stays constant."""

from __future__ import annotations

import re

from etl.last_words import last_words, word_end

# A trade word before the name in its clause: selling, supplying, delivering, exporting.
_TRADE = re.compile(
    r"(?<![а-яa-z])(?:sells?|sold|selling|deliver(?:y|ies)|ship(?:s|ped|ments?)|"
    r"exports?|exported|продают|продава\w*|продаж\w*|продан\w*|сбыва\w*|сбыт\w*|поставк\w*|поставля\w*|"
    r"постав(?:ят|ит|или)|завоз\w*|привоз\w*|экспорт\w*|сдают|сатыш\w*|сатып|сатуу\w*|сатат|жеткир\w*|ташыл\w*|"
    # who buys: "работу с торговыми сетями Бишкека", "buyers from two Bishkek supermarket chains"
    r"торгов\w+[^\S\n]+(?:сет\w+|точк\w+|центр\w+)|супермаркет\w*|покупател\w*|buyers?|supermarkets?|retail)"
    r"(?![а-яa-z])")
# ... and after it (a Kyrgyz verb comes last): "Бишкекке сатышат", "Ош базарына жеткиришет".
_TRADE_AFTER = re.compile(r"(?:[^\S\n]+[а-яa-z]+){0,3}?[^\S\n]+(?:сатыш\w*|сатат|сатып|жеткириш\w*|ташыйт|ташышат)"
                          r"(?![а-яa-z])")
_ELLIPSIS_OPENING = ("а ", "и ", "and ", "but ", "ал эми ", "жана ")
_UTILITY = re.compile(r"(?<![а-яa-z])(?:water|вод[аыуе]|суу|irrigation|ирригац\w*|electricity|электр\w*|газ)(?![а-яa-z])")
# The sentence tells the event itself ("a fair to sell their produce was held in Naryn").
_HELD = re.compile(
    r"(?<![а-яa-z])(?:held|took\s+place|hosted|opened|прош[её]л|прошла|прошли|состоял\w*|провел\w*|провёл|"
    r"открыл\w*|открыт\w*|отту|откорулду|уюштурулду|ачылды|ачты)(?![а-яa-z])")

# A tally over a period that ends before the event: the previous year, since the project began, so far.
_PERIOD = re.compile(
    r"(?<![а-яa-z])(?:за\s+(?:прошлый|прошедший|минувший|истекший)\s+год|за\s+(?:19|20)\d\d\s+год|"
    r"in\s+the\s+past\s+year|over\s+the\s+past\s+year|откон\s+жыл\w*)(?![а-яa-z])")
# A report's section of results since its project began ("4. Результаты с начала проекта (2024–2026)",
# "Results to date"): its list tallies earlier work.  In running text "over the past two years the programme
# has reached 12,500 people in 45 villages" is the reach of the programme a presentation is about.
_RESULTS_HEADING = re.compile(
    r"(?<![а-яa-z])(?:с\s+начала\s+(?:проекта|программы|реализации)|since\s+(?:the\s+)?(?:start|beginning|launch)|"
    r"to\s+date|cumulative|накопительн\w*|долбоор\s+башталгандан\s+бери|башталгандан\s+бери)(?![а-яa-z])")
# "Быйыл ... 30 жаш фермер грант алган": this year's tally told in the Kyrgyz reported past.
_KY_THIS_YEAR = re.compile(r"(?<![а-я])быйыл(?![а-я])")
_KY_REPORTED_PAST = re.compile(r"(?<![а-я])[а-я]{2,}(?:ган|ген|кан|кен|гон|кон)(?:\s+(?:болчу|эле))?\s*$")
_NUMBER = re.compile(r"(?<![\d.,])\d")

# A future told by a verb of funding or support (perfective Russian futures, any English "will" verb).
_FUTURE = re.compile(
    r"(?<![а-яa-z])(?:will\s+(?:also\s+|now\s+|then\s+)?(?:support|fund|finance|co\s+finance|allocate|pay\s+for|renovate|"
    r"rebuild|build|construct|equip|refurbish|repair)|"
    r"выдел(?:ит|ят)|направ(?:ит|ят)|поддерж(?:ит|ат)|профинансиру(?:ет|ют)|оплат(?:ит|ят)|закуп(?:ит|ят)|"
    r"отремонтиру(?:ет|ют)|постро(?:ит|ят)|созда(?:ст|дут)|"
    r"болунот|каржыланат|каржылайт)(?![а-яa-z])")
# A year named as the time ("in 2027", "в 2025 году", "2027 жылы"): with a future verb the plan's year.
_YEAR = re.compile(r"(?<![\d])(?:19|20)\d\d(?![\d])")

# "They agreed a two-year roadmap with twelve actions, from ... to a service in schools of Aravan":
# the places a plan document names.
_PLAN_DOC = re.compile(
    r"(?<![а-яa-z])(?:road\s?maps?|action\s+plans?|work\s+plans?|дорожн\w+\s+карт\w*|план\w*\s+(?:действий|мероприятий|"
    r"работ)|жол\s+карта\w*|иш\s+план\w*|аракет\w*\s+план\w*)(?![а-яa-z])")
_PLAN_AGREED = re.compile(
    r"(?<![а-яa-z])(?:agreed|adopted|approved|drafted|developed|signed|endorsed|согласова\w*|утверд\w*|"
    r"принял[иа]?|разработал\w*|подписал\w*|кабыл\s+алышты|кабыл\s+алды|бекитиш\w*|бекитти|иштеп\s+чыгыш\w*)"
    r"(?![а-яa-z])")


# Selling at a fair or an exhibition is the event itself ("farmers sold their produce at the fair in Naryn").
_FAIR = re.compile(r"(?<![а-яa-z])(?:ярмарк\w*|fairs?|жарманке\w*|выставк\w*|exhibitions?|көргөзмө\w*|коргозмо\w*)"
                   r"(?![а-яa-z])")
# A tally's clause that tells an event held ("Итоги за 2025 год подвели в Бишкеке", "быйыл Нарында өткөн
# фестивалга 500 адам катышкан"): the place is the event's.
_TALLY_EVENT = re.compile(
    r"(?<![а-яa-z])(?:held|took\s+place|прош[её]л|прошла|прошли|состоял\w*|подвел\w*|подвели|итог\w*|"
    r"откон|откорулгон|откорушкон|уюштурулган|уюштурган|катышкан|катышышкан|отту|откорулду)(?![а-яa-z])")


def trade_clause(ft: str, a: int, b: int, pos: int, end: int) -> bool:
    """The name at ``ft[pos:end]`` in the clause ``ft[a:b]`` is where goods are sold or come from."""
    if ft.startswith(_ELLIPSIS_OPENING, a + len(ft[a:pos]) - len(ft[a:pos].lstrip())):
        a = max(ft.rfind(c, max(0, a - 120), a - 1) for c in ",;:.!?\n") + 1  # ", а летом — в Чолпон-Ате": the verb is before
    trade = _TRADE.search(ft, max(a, pos - 90), pos)
    if not (trade or _TRADE_AFTER.match(ft, end, min(b, end + 40))):
        return False
    if _FAIR.search(ft, a, b):
        return False
    if _UTILITY.search(ft, trade.start() if trade else pos, min(b, end + 40)):
        return False  # "доставка воды в село Ак-Суу": a utility service the activity gives the place
    return not _HELD.search(ft, a, b)


def period_tally(ft: str, a: int, b: int, s_start: int, pos: int) -> bool:
    """The clause ``ft[a:b]`` (in a sentence from ``s_start``) counts what was done over a past period."""
    if _TALLY_EVENT.search(ft, a, b):
        return False
    if _PERIOD.search(ft, a, b) or _PERIOD.search(ft, s_start, pos):
        return bool(_NUMBER.search(ft, a, b))
    if _KY_THIS_YEAR.search(ft, s_start, b) and _NUMBER.search(ft, a, b):
        clause_end = ft[a:b].rstrip(" .!")
        return bool(_KY_REPORTED_PAST.search(clause_end))
    return False


def future_support(ft: str, a: int, b: int) -> bool:
    """The clause ``ft[a:b]`` tells what a verb of funding or support will do."""
    m = _FUTURE.search(ft, a, b)
    if not m or _HELD.search(ft, a, b):
        return False
    return bool(_YEAR.search(ft, a, b)) or "будущ" in ft[a:b]


def plan_content(ft: str, s_start: int, pos: int) -> bool:
    """The sentence before ``pos`` says a roadmap or action plan was agreed: the name is in its content."""
    doc = _PLAN_DOC.search(ft, s_start, pos)
    return bool(doc and _PLAN_AGREED.search(ft, s_start, pos))


# An earlier pilot: "в пилотном режиме приложением с лета пользовались 1 150 фермеров Узгенского района".
_PILOT = re.compile(r"(?<![а-яa-z])(?:в\s+пилотном\s+режиме|на\s+пилотном\s+этапе|в\s+ходе\s+пилот\w*|"
                    r"during\s+the\s+pilot(?:\s+phase)?|in\s+the\s+pilot\s+phase|пилоттук\s+(?:режимде|этапта))(?![а-яa-z])")
# A spot located by the place: "Суу Кызыл-Тоо айылынын жогору жагындагы булактан алынат", "a spring above the
# "выше села X": the village is a landmark for where something lies ("a dam upstream of Chakmak", which a
# visit may reach, stays).
_RELATIVE_BEFORE = re.compile(r"(?<![а-яa-z])(?:выше|ниже)[^\S\n]+(?:села|города|поселка)[^\S\n]+$")
_RELATIVE_AFTER = re.compile(r"[^\S\n]+(?:жогору|томон|ылдый|ары|бери|туштук|тундук)[^\S\n]+(?:жагы|тарабы)\w*")
_SENTENCE_STOP = ".!?\n"


_RELATIVE_LAST = last_words(_RELATIVE_BEFORE)  # a window ending otherwise is not searched (last_words.py)


def outside_scope(ft: str, a: int, b: int, pos: int, end: int) -> bool:
    """The clause ``ft[a:b]`` holding the name (or list) at ``ft[pos:end]`` trades, tallies a past
    period, tells a funded future or a plan document's content."""
    s_start = max(ft.rfind(c, max(0, pos - 300), pos) for c in _SENTENCE_STOP) + 1
    if ft.endswith(_RELATIVE_LAST, lo := max(0, pos - 40), word_end(ft, lo, pos)) and _RELATIVE_BEFORE.search(ft, lo, pos) \
            or _RELATIVE_AFTER.match(ft, end):
        return True
    if _PILOT.search(ft, a, b) and not _HELD.search(ft, a, b):
        return True
    return trade_clause(ft, a, b, pos, end) or period_tally(ft, a, b, s_start, pos) or future_support(
        ft, a, b) or plan_content(ft, s_start, pos)


# A fact box ("## Key figures", "### Цифры", "Сандар менен"): background figures about the area or the project.
_FACTS_HEADING = re.compile(
    r"[^\S\n]*(?:#+[^\S\n]*)?(?:\*\*)?(?:\d{1,2}[.)][^\S\n]*)?(?:key\s+(?:figures|facts|numbers)|facts\s+and\s+figures|"
    r"(?:in|by)\s+(?:the\s+)?numbers|(?:ключевые\s+|основные\s+)?цифры(?:\s+и\s+факты)?|факты\s+и\s+цифры|в\s+цифрах|"
    r"(?:негизги\s+)?сандар(?:\s+менен)?|фактылар\s+жана\s+сандар)(?:\*\*)?[^\S\n]*:?[^\S\n]*$")
_ITEM = re.compile(r"[^\S\n]*(?:[-–—•*·]|\d{1,2}[.)])[^\S\n]")


def under_tally_heading(text: str, ft: str, start: int) -> bool:
    """The name is in a list under a heading of results over a period ("4. Результаты с начала проекта
    (2024–2026)", "Results to date") or a fact box ("## Key figures", "### Цифры"): every line from the
    heading to the name is a list item."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _ITEM.match(text, line_start):
        return False
    pos = line_start
    for _ in range(12):
        if pos <= 0:
            return False
        prev = text.rfind("\n", 0, pos - 1) + 1
        if text[prev:pos - 1].strip():
            if pos - prev < 120 and (_RESULTS_HEADING.search(ft, prev, pos - 1) or _FACTS_HEADING.match(ft, prev, pos - 1)):
                return True  # "4. Результаты с начала проекта": a numbered heading reads like an item
            if not _ITEM.match(text, prev):
                return False
        pos = prev
    return False
