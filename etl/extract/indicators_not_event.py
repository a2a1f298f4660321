"""Figures a report states that are not the event's own, read from the figure's own clause.

- A zero ("стоимость подписки — 0 сомов", "0 participants dropped out") is never a figure of what happened.
- A per-group figure ("16 sessions each", "a group of about twenty farmers", "группами по 15 человек").
- A capacity or a per-unit figure: furniture or a hall "for 40 children" ("столы и стулья для 40 детей",
  "a dining hall for 180 children", "180 балага арналган ашкана") and the price of one unit ("средняя
  стоимость одного комплекта — 178 000 сомов", "Бир топтомдун наркы 180 миң сом", "KGS 5,000 per kit").
- A hypothetical amount: an estimate that "will cost" ("обойдется в 2,1 млн сомов", "is estimated at",
  "болжолдонот"), a sum in a plan clause ("намечено утеплить 15 зданий на сумму 40 млн"), or a sum in a
  role-play or an exercise ("в форме деловой игры … «тендер» стоимостью 3,5 млн", "a mock tender").
- Another actor's activity: a body's own purchases ("провел 46 закупок на общую сумму 38 млн сомов"), the
  bidders of a tender ("в тендере участвовали 4 поставщика", "five suppliers submitted bids") and people
  chosen from among those present for a later role ("катышкандардын арасынан 10 лидер тандалып").
- A standing statistic of an area: what a district has ("в районе работают 19 ФАПов", "the district, with
  more than 190,000 residents and 64 schools", "райондо 40 мектеп бар"), every one of its bodies ("all 17
  schools now serve …", "все 12 школ района") and the total a part is taken from ("из 41 школы района").
Folded text (ң→н, ө→о, ү→у, ё→е) is read throughout; each rule is gated by a cheap search of the
count's own sentence.
"""

from __future__ import annotations

import re

from etl.extract.indicators_clauses import clause_before
from etl.extract.indicators_reading import Count, unset_splits_of

_PEOPLE_KINDS = ("participants", "beneficiaries", "people_trained", "officials_participants")
_AREA_KINDS = ("settlements_covered", "institutions_covered", "beneficiaries")

# What a capacity is stated for: furniture, a room, a set, places ("столы и стулья для", "hall for").
_CAPACITY_BEFORE = re.compile(
    r"(?:(?<![а-я])(?:столы|столов|столами|стулья|стульев|стульями|парты|парт|мебел[а-я]*|кроват[а-я]*|зал[аы]?|столов[а-я]+|помещени[а-я]*|"
    r"класс[а-я]*|кабинет[а-я]*|комплект[а-я]*|набор[а-я]*|мест[а]?|рассчитан[аоы]?|вместимостью)\s+(?:для|на)\s+"
    r"(?:(?:до|более|около|свыше)\s+)?"
    r"|(?<![a-z])(?:hall|canteen|[a-z]*room|furniture|desks|chairs|tables|beds|seats|kits?|sets?|space|"
    r"designed|built|capacity)\s+(?:for|of)\s+(?:(?:up\s+to|about|some|over|more\s+than)\s+)?)$")
# Kyrgyz puts it after: "180 балага арналган", "40 орундуу", "60 окуучуга ылайыкталган".
_CAPACITY_AFTER = re.compile(r"\s*(?:[а-я]+\s+)?(?:арналган|ылайыкталган|эсептелген|орундуу|орундук)(?![а-я])"
                             r"|-?(?:seat|bed|place)(?![a-z])|\s*(?:мест|койко-мест)(?![а-я])")
# One unit's price: "стоимость одного комплекта", "Бир топтомдун наркы", "ар бир … баасы", "per kit", "each".
_UNIT_PRICE = re.compile(
    r"(?<![а-я])(?:стоимость|цена|средняя\s+стоимость|стоит|стоимостью)\s+(?:одного|одной|каждого|каждой|"
    r"единицы|за\s+единицу)|(?<![а-я])(?:средняя|средней)\s+стоимост|(?<![а-я])(?:бир|ар\s+бир)\s+[а-я]+(?:дун|дын|дин|"
    r"тун|тын|тин|нун|нын|нин)\s+(?:орточо\s+)?(?:наркы|баасы)|(?<![a-z])(?:average\s+)?(?:cost|price)\s+(?:of\s+)?"
    r"(?:one|each|a\s+single|per)(?![a-z])|(?<![a-z])average\s+(?:cost|price)")
# (a fee or a price per head, person or animal: "50 сомов за голову КРС", "с человека", "per head", "башына")
_PER_UNIT_AFTER = re.compile(r"\s*(?:(?:per|each|apiece|a\s+piece)(?![a-z])|за\s+(?:штуку|единицу|комплект|один|одну)"
                             r"|на\s+(?:одного|одну|один|каждого|каждую|человека)(?![а-я])"
                             r"|(?:за|с)\s+(?:(?:одн[а-я]+|кажд[а-я]+)\s+)?(?:голов[уы]|человека|участника|ребенка|семьи|"
                             r"души)(?![а-я])|(?:[а-я]+\s+)?(?:башына|башы\s+учун)(?![а-я]))")
# A per-group figure: "3 field school groups, 16 sessions each", "a group of about twenty farmers met",
# "группами по 15 человек", "по 12 занятий в каждой группе": the size or the load of one group, not a total.
_EACH_AFTER = re.compile(r"\s*(?:each|apiece|(?:per|(?:in|for)\s+each)\s+(?:group|class|school|village|site))(?![a-z])|"
                         r"\s*(?:в\s+каждой|в\s+каждом|на\s+каждую|на\s+каждый)(?![а-я])")
_GROUP_OF_BEFORE = re.compile(r"(?<![a-z])(?:a|each|every|one)\s+group\s+of\s+(?:(?:about|some|around|up\s+to|roughly)\s+)?$|"
                              r"(?<![а-я])(?:группами\s+по|(?:кажд[а-я]+\s+)?групп[аеу]\s+из)\s+(?:(?:около|примерно|до)\s+)?$")
_PER_GROUP_KINDS = ("participants", "beneficiaries", "people_trained", "sessions_held")
# A ratio: "один врач на 2 000 жителей", "только четыре на 1 800 учеников", "one nurse per 1,500 residents".
_RATIO_BEFORE = re.compile(r"(?:\d|(?<![а-я])(?:один|одна|одно|два|две|три|четыре|пять|шесть))\s+(?:[а-я]+\s+)?на\s+$|"
                           r"(?<![a-z])(?:per|for\s+every)\s+$")
# An estimate or a cost still to come: "обойдется", "будет стоить", "оценивается", "will cost", "болжолдонот".
_WILL_COST = re.compile(
    r"(?<![а-я])(?:обойд[её]тся|обойдутся|будет\s+стоить|будут\s+стоить|оценива[ею]тся|потребу[ею]тся|"
    r"понадобится|понадобятся|предварительн[а-я]*\s+(?:расчет|оценк)[а-я]*|по\s+(?:предварительным\s+)?"
    r"(?:расчетам|оценкам))(?![а-я])|(?<![a-z])(?:will|would)\s+(?:cost|require|need)|(?<![a-z])(?:is|are)\s+"
    r"estimated\s+at|(?<![a-z])estimated\s+(?:cost|at)|болжолдонот|болжолдонууда|талап\s+кылынат|керек\s+болот|"
    r"эсептелууда|туруп\s+калат")
# A plan in the count's clause: "намечено", "планируется", "предстоит", "plans to", "пландалууда".
_PLAN = re.compile(
    r"(?<![а-я])(?:намечено|намечается|планиру[ею]тся|запланирован[оаы]?|предполагается|предстоит|будет|"
    r"будут)(?![а-я])|(?<![a-z])(?:plans?\s+to|is\s+planned|are\s+planned|will)(?![a-z])|"
    r"пландалууда|пландаштырылууда|пландалган|каралууда|мерчемделууда")
# A role-play or an exercise: its tender and its prices are made up.
_EXERCISE = re.compile(
    r"деловой\s+игр|деловая\s+игр|деловую\s+игр|ролев[а-я]+\s+игр|симуляци|учебн[а-я]+\s+(?:тендер|закупк)|"
    r"(?<![a-z])(?:role[- ]play|simulation|mock\s+(?:tender|procurement|auction)|business\s+game|case\s+study)|"
    r"ролдук\s+оюн|иштиктуу\s+оюн|симуляция")
# A body's own purchases: "провел 46 закупок на общую сумму", "contracts worth", "сатып алуулар … суммасы".
_OWN_PURCHASES = re.compile(
    r"(?<![а-я])(?:закуп(?:ок|ки|ку)|тендер(?:ов|а)?|договор(?:ов|а)?|контракт(?:ов|а)?)\s+на\s+(?:общую\s+)?сумму\s+"
    r"(?:(?:около|более|свыше)\s+)?$|(?<![a-z])(?:procurements?|purchases|tenders|contracts)\s+(?:worth|totall?ing|"
    r"for\s+a\s+total\s+of)\s+(?:(?:about|over|some)\s+)?$")
# Tender bidders are no event's participants.
_BIDDERS = re.compile(r"(?<![а-я])(?:поставщик|подрядчик|участник[а-я]*\s+тендер|оференты|камсыздоочу|"
                      r"жеткируучу)|(?<![a-z])(?:suppliers?|bidders?|contractors?|vendors?)(?![a-z])")
# Chosen from among those present for a later role: "арасынан 10 … тандалып", "из числа участников отобраны".
_AMONG_BEFORE = re.compile(r"(?:арасынан|ичинен|из\s+числа\s+[а-я]+|from\s+among\s+(?:the\s+)?[a-z]+|"
                           r"among\s+(?:them|the\s+[a-z]+))\s+(?:[а-я]+\s+)?$")
_CHOSEN_AFTER = re.compile(r"тандалып|тандалат|тандалды|тандалган|отобраны|будут\s+отобраны|выбраны|"
                           r"were\s+(?:selected|chosen)|will\s+be\s+(?:selected|chosen)")
# What an area has: "работают 19 ФАПов", "имеется", "there are", "бар", and a total a part is taken from.
_AREA_HAS_BEFORE = re.compile(
    r"(?<![а-я])(?:работа[ею]т|функциониру[ею]т|действу[ею]т|имеется|имеются|насчитыва[ею]тся|расположен[оы]?)"
    r"\s+(?:(?:более|около|свыше|всего)\s+)?$|(?<![a-z])(?:there\s+are|there\s+were|(?:is|are)\s+home\s+to|"
    r"with|has|have|operates?)\s+(?:(?:more\s+than|over|about|some|nearly|around)\s+)?"
    r"(?:[\d,. ]+\s+[a-z]+\s+and\s+(?:(?:more\s+than|over|about|some|nearly|around)\s+)?)?$")
# Kyrgyz puts what an area has after the count: "райондо 40 мектеп бар", "облуста 2 400 бала каттоодо турат".
_KY_AREA_HAS_AFTER = re.compile(r"\s*(?:[а-я]+\s+){0,2}(?:бар|иштейт|иштешет|жайгашкан|каттоодо\s+турат|катталган|"
                                r"эсепте\s+турат|жашайт|жашашат)(?![а-я])")
_AREA_WORD = re.compile(r"район|област|облус|город|шаар|country|district|oblast|region|city|town|province")  # any case
_AREA_OF = re.compile(r"\s+(?:района|области|города|страны|республики|райондун|облустун|шаардын|in\s+the\s+"
                      r"(?:district|oblast|region|country)|of\s+the\s+(?:district|oblast|region|country))(?![а-яa-z])")
_FROM_BEFORE = re.compile(r"(?:из|out\s+of|of\s+the)\s+")
# The country's places or bodies: "16 муниципалитетов страны получили право …", "40 schools across the country".
_OF_COUNTRY = re.compile(r"\s+(?:страны|республики|олконун|республиканын|(?:across|in|of)\s+the\s+country)(?![а-яa-z])")
# Members of a project or a consortium: "Долбоорго … 4 университети … кирет", "В консорциум входят 6 университетов".
_MEMBERS = re.compile(r"(?<![а-я])(?:кирет|киришет|входят|входит|входили|входило)(?![а-я])")
_MEMBERS_OF = re.compile(r"консорциум|долбоорго|в\s+(?:состав\s+)?(?:проекта|сети|альянса)|consortium|partnership\s+includes")
# Where places or bodies are, not what the event did with them: "в зоне риска находятся 23 школы района",
# "а 23 села находятся в зоне риска", "12 schools are located in the flood zone".
_LOCATED_BEFORE = re.compile(r"(?<![а-я])(?:находятся|находится|расположены)\s+(?:(?:около|более|свыше|еще)\s+)?$")
_LOCATED_AFTER = re.compile(r"\s*(?:[а-я]+\s+)?(?:находятся|находится|расположены|остаются)(?![а-я])|"
                            r"\s*(?:are|were|lie)\s+(?:located\s+|situated\s+)?in\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:zone|area)(?![a-z])")
# The present state: "now", "currently", "азыр", "учурда", "сейчас".
_NOW = re.compile(r"(?<![a-z])(?:now|currently|today)(?![a-z])|(?<![а-я])(?:сейчас|теперь|в\s+настоящее\s+время|азыр|"
                  r"учурда|азыркы\s+учурда)(?![а-я])")
_FROM_ALL = re.compile(r"(?<![а-яa-z])(?:из|from|of)\s+(?:все|всех|all|the)\s*$")
_KY_ABLATIVE = re.compile(r"(?:дан|ден|дон|тан|тен|тон|нан|нен|нон)$")
_ALL_BEFORE = re.compile(r"(?<![а-яa-z])(?:все|всех|всем|all|бардык|баардык)\s+$")


# Another body's standing activity, told in a relative clause with a present verb: "a bakery, which
# supplies bread to four schools", "a workshop that now employs four people", "кооператив, который
# обслуживает 12 сел". The event's own clause ("the training, which brought together …") is left.
_RELATIVE_PRESENT = re.compile(
    r"(?<![a-z])(?:which|that|who)\s+(?:now\s+|also\s+|already\s+|currently\s+|still\s+)?[a-z]{3,}(?<!ed)(?<!ss)s\s+"
    r"(?:[a-z-]+\s+){0,3}?(?:(?:about|over|some|around|nearly|more\s+than)\s+)?$|"
    r"(?<![а-я])котор(?:ый|ая|ое|ые)\s+(?:сейчас\s+|уже\s+|также\s+)?[а-я]{3,}(?:ает|яет|ует|ит|ют|ят|ет)\s+"
    r"(?:[а-я-]+\s+){0,3}?(?:(?:около|более|свыше|почти)\s+)?$")
# ("workshop" is left out: in English it is as often a place of work, "a repair workshop that employs 4")
_EVENT_NOUN = re.compile(r"training|seminar|event|meeting|forum|session|course|campaign|тренинг|семинар|"
                         r"встреч|форум|мероприяти|курс|кампани|занят")
# The places or bodies already named, counted again: "the two ayil okmotus", "эти три села", "ал эки айыл",
# and an apposition after names: "Kara-Bulak and Chakmak, two villages of …".
_ANAPHOR_BEFORE = re.compile(r"(?<![a-z])(?:the|these|those|both)\s+$|(?<![а-я])(?:эти|этих|этим|тех|те|обоих|обеих|"
                             r"обоим|обеим|указанных|данных|ал|бул|ошол|аталган)\s+$")
_NAMES_APPOSITION = re.compile(r"[A-ZА-ЯЁӨҮҢ][\w'-]+\s+(?:and|и|жана)\s+[A-ZА-ЯЁӨҮҢ][\w'-]+(?:\s+(?:ayil\s+aimaks|"
                               r"ayil\s+okmotus|villages|communities|айыл\s+аймактары|айылдары|айылные\s+аймаки|села))?,\s*$")


# Enrolment: how many study in an area's schools ("в школах Ошской области обучаются 3 400 детей",
# "райондун мектептеринде 9 000 окуучу окуйт", "12,000 pupils study in the district's schools").
_ENROLLED_BEFORE = re.compile(r"(?<![а-я])в\s+(?:[а-я-]+\s+)?(?:школах|детских\s+садах|вузах|колледжах|лицеях|"
                              # one school named, then "где": "в школе имени Ж. Бакирова, где обучаются 640 детей"
                              r"(?:школе|детском\s+саду|лицее|гимназии)\s+[^;!?\n]{0,40}?,\s*где)\s+"
                              r"(?:[а-я-]+\s+){0,3}(?:обучаются|учатся|занимаются)\s+(?:(?:более|около|свыше|почти)\s+)?$")
_ENROLLED_AFTER = re.compile(r"\s+(?:окуйт|окушат|билим\s+алат|тарбияланат)(?![а-я])|\s+(?:study|are\s+enrolled|attend)\s+"
                             r"(?:in\s+|at\s+)?(?:the\s+)?(?:[a-z'-]+\s+){0,2}(?:schools|kindergartens)(?![a-z])")
_KY_SCHOOLS_BEFORE = re.compile(r"(?:мектептеринде|бакчаларында|мектептерде|бакчаларда)\s+(?:[а-я]+\s+)?$")
# Cheap substring gates: most counts have none of these words near them, and their patterns end in "$".
_CAPACITY_CUES = ("для", "на ", "for", "of")
_RATIO_CUES = ("на ", "per", "every")
_AMONG_CUES = ("арасынан", "ичинен", "из числа", "among")
_RELATIVE_CUES = ("котор", "which", "that", "who")


def drop_not_event(folded: str, counts: list[Count], text: str = "") -> None:
    """Unset the counts that are a zero, a capacity or a unit price, a hypothetical amount, another
    actor's activity or an area's standing statistic; the women/men of a total so unset go with it."""
    dropped: set[int] = set()
    area_all: set[tuple[int, int]] = set()
    for i, c in enumerate(counts):
        if c.indicator is None:
            continue
        if _not_event(folded, c) or _restated_or_other(folded, text, c) or (c.sentence in area_all and c.indicator in _AREA_KINDS):
            c.indicator = None
            dropped.add(i)
        elif _all_of_area(folded, c):
            area_all.add(c.sentence)  # "all 17 schools now serve 3,100 pupils": the whole area's state
            c.indicator = None
            dropped.add(i)
            for j, o in enumerate(counts[:i]):
                if o.sentence == c.sentence and o.indicator in _AREA_KINDS:
                    o.indicator = None
                    dropped.add(j)
    unset_splits_of(counts, dropped)


def _not_event(folded: str, c: Count) -> bool:
    if c.num.value == 0:
        return True
    s_start, s_end = c.sentence
    a, b = c.first, c.noun_end
    before = folded[max(s_start, a - 60):a]
    if c.indicator in _PEOPLE_KINDS and ((_has(before, _CAPACITY_CUES) and _CAPACITY_BEFORE.search(before))
                                         or _CAPACITY_AFTER.match(folded, b, s_end)):
        return True
    if c.indicator == "funding_amount":
        clause = clause_before(folded, a, s_start)
        if _UNIT_PRICE.search(clause) or _PER_UNIT_AFTER.match(folded, b, s_end):
            return True
        if _OWN_PURCHASES.search(before):
            return True
        if _WILL_COST.search(folded, max(s_start, a - 120), min(s_end, b + 40)) or _PLAN.search(clause):
            return True
        if _EXERCISE.search(folded, s_start, s_end):
            return True
    if c.indicator in _PER_GROUP_KINDS and (_EACH_AFTER.match(folded, b, s_end) or _GROUP_OF_BEFORE.search(before)):
        return True
    if c.indicator in _PEOPLE_KINDS or c.indicator == "beneficiaries":
        if (_has(before[-30:], _RATIO_CUES) and _RATIO_BEFORE.search(before)) or _enrolled(folded, c, before):
            return True
    if c.indicator in _PEOPLE_KINDS:
        if _BIDDERS.search(folded, c.num.end, b):
            return True
        if _has(before, _AMONG_CUES) and _AMONG_BEFORE.search(before) and _CHOSEN_AFTER.search(folded, b, min(s_end, b + 40)):
            return True
    if c.indicator in ("settlements_covered", "institutions_covered") and (
            _LOCATED_BEFORE.search(before) or _LOCATED_AFTER.match(folded, b, s_end)):
        return True
    if c.indicator in ("settlements_covered", "institutions_covered") and _OF_COUNTRY.match(folded, b, s_end):
        return True  # a national figure, not what the event reached
    if c.indicator == "institutions_covered" and _MEMBERS.search(folded, s_start, s_end) \
            and _MEMBERS_OF.search(folded, s_start, s_end):
        return True  # the project's consortium, not bodies the event reached
    if c.indicator in _AREA_KINDS:
        if _AREA_HAS_BEFORE.search(before) and _AREA_WORD.search(folded, s_start, a):
            return True
        if _KY_AREA_HAS_AFTER.match(folded, b, s_end) and _AREA_WORD.search(folded, s_start, a):
            return True
        if _AREA_OF.match(folded, b, s_end) and _FROM_BEFORE.fullmatch(folded[s_start:a].lstrip(" «\"“(-—")):
            return True  # "Из 41 школы района 13 нуждаются …": the whole a part is taken from ("42 добровольца
            # из 6 сел района" are the places the people came from)
    return False


def _restated_or_other(folded: str, text: str, c: Count) -> bool:
    """Places or bodies named before and counted again, or another body's standing activity."""
    if c.indicator not in _AREA_KINDS and c.indicator not in _PEOPLE_KINDS:
        return False
    s_start = c.sentence[0]
    a = c.first
    before = folded[max(s_start, a - 70):a]
    if c.indicator in ("settlements_covered", "institutions_covered") and (
            _ANAPHOR_BEFORE.search(before[-12:])
            or (text and "," in text[max(s_start, a - 3):a] and _NAMES_APPOSITION.search(text, max(s_start, a - 80), a))):
        return True
    if c.indicator == "beneficiaries":
        return False  # "opened a station at the school, which serves 540 pupils": those the event's work reaches
    m = _RELATIVE_PRESENT.search(before) if _has(before, _RELATIVE_CUES) else None
    return bool(m and not _EVENT_NOUN.search(folded, max(s_start, a - 70 - 40), max(s_start, a - 70) + m.start()))


def _enrolled(folded: str, c: Count, before: str) -> bool:
    """Pupils an area's schools have: a standing number, not those the event reached."""
    if ("школ" in before or "сад" in before or "вуз" in before or "колледж" in before or "лице" in before) \
            and _ENROLLED_BEFORE.search(before):
        return True
    after = _ENROLLED_AFTER.match(folded, c.noun_end, c.sentence[1])
    if after is None:
        return False
    if after.group(0).lstrip()[:1].isascii():
        return _AREA_WORD.search(folded, c.num.start, after.end() + 30) is not None or "'s schools" in after.group(0)
    return _KY_SCHOOLS_BEFORE.search(before) is not None


def _has(window: str, cues: tuple[str, ...]) -> bool:
    return any(cue in window for cue in cues)


def _all_of_area(folded: str, c: Count) -> bool:
    """"In Chatkal district all 17 schools …", "все 12 школ района": every body an area has."""
    if c.indicator not in ("institutions_covered", "settlements_covered"):
        return False
    s_start, s_end = c.sentence
    if not _ALL_BEFORE.search(folded, max(s_start, c.num.start - 12), c.num.start) \
            or _FROM_ALL.search(folded, max(s_start, c.num.start - 20), c.num.start) \
            or _KY_ABLATIVE.search(folded, c.num.end, c.noun_end) or not _NOW.search(folded, s_start, s_end):
        return False  # "из всех девяти айылных аймаков", "бардык сегиз айыл аймагынан": where people came from
    return bool(_AREA_WORD.search(folded, s_start, c.num.start) or _AREA_OF.match(folded, c.noun_end, s_end))
