"""Whether a date mention can be an event's date: context cues for plans, elections, periods.

Elections, plans, project periods, deadlines, founding and birth years are not event
dates (``non_event_reason``); ``HAPPENED`` finds the verbs saying an event took place.
"""

from __future__ import annotations

import re

from etl.extract.dates_grammar import DateMention
from etl.extract.events_handover import GOODS

# Cues, on folded text, that a date is not when the reported event happened; "основана", "создан",
# "образована" (founded), not "образования" (education) or "создания".
_STRONG_BEFORE = re.compile(
    r"(?<![а-яa-z])(?:выбор[а-я]*|план[а-я]*|не\s+позднее|срок[а-я]*|основан[аоы]?|создан[аоы]?|"
    r"образован[аоы]?|родил[а-я]*|рожден[а-я]*|since|until|till|founded|established|born|deadline|"
    r"закон[а-я]*|постановлени[а-я]*|указ[а-я]*|приказ[а-я]*|решени[а-я]*|"
    r"до|by|от|с|from|начиная\s+с|с\s+начала|since\s+the\s+(?:start|beginning)\s+of)\s*$"
)
# Only a year or month after these is a period or a target ("за 2022 год", "план на 2024 год").
_PERIOD_BEFORE = re.compile(r"(?<![а-яa-z])(?:за|на|к|for|in\s+the\s+year)\s*$")
_NON_EVENT_AFTER = re.compile(
    # a document's number may stand between its date and its kind: "7-мартындагы № 62 Жарлыгы"
    r"[\s,)-]*(?:(?:№|n[o°]\.?)\s*[\w/-]+\s+)?(?:шайлоо[а-я]*|жылга|жылдарга|жылдарда|жылдар|жылдан\s+бери|жылдан\s+баштап|бери|"
    r"башынан\s+(?:бери|баштап)|"
    r"баштап|чейин|чейинки|туулган|негизделген|негиз\s+салынган|тузулгон|уюшулган|"
    r"мыйзам[а-я]*|токтом[а-я]*|жарлы[а-я]*|буйру[гк][а-я]*|тескем[а-я]*|план[а-я]*|пландаштыр[а-я]*|стратеги[а-я]*|"
    r"мооноту|выбор[а-я]*|elections?|plans?)(?![а-яa-z])"
)
# Words in the same clause that make a nearby year a plan, an election or a period (an election
# commission is an organizer, not an election).
_NON_EVENT_CLAUSE = re.compile(
    r"(?:шайлоо|выбор[а-я]*|elections?)(?![а-я]*\s+(?:комисс|commission))|пландаштыр|планир|отчетн|отчет\s+за|мооноту|дедлайн|deadline|"
    r"туулган|родил|born|негизделген|основан|founded|"
    # the next stage of a series, or an event moved or called off: not the day the reported one took place
    r"следующ(?:ий|ая|ее|ие|его|ей)\s+(?:этап|тренинг|встреч|заседани|семинар|конкурс|сесси|раунд|мероприяти|форум)|"
    r"кийинки\s+(?:этап|тренинг|жолугушуу|семинар|сынак|иш-чара|жыйын)|"
    r"next\s+(?:stage|training|meeting|session|round|event|forum|workshop)|"
    r"перенес[а-я]*|отмен[а-я]*|postponed|cancell?ed|жылдырыл[а-я]*|токтотул[а-я]*"
)



def _quoted(folded: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a quoted name («Жаштар жана шайлоо» is a forum's title, not an
    election); a quote opened before ``lo`` is not seen, which errs towards the cue counting."""
    seg = folded[lo:pos]
    low = "„" if "„" in seg else "“"  # „…“ (Russian) or “…” (English)
    high = "“" if low == "„" else "”"
    if seg.count("«") > seg.count("»") or seg.count(low) > seg.count(high):
        return True
    return seg.count('"') % 2 == 1


_DATIVE_YEAR = re.compile(r"жылга$|жылдарга$")
# "Следующий тренинг пройдёт 20 апреля", "scheduled for 20 April", "Кийинки акция 3-майда … өтөт": a date
# told in the future tense is a plan, whatever the event word
_FUTURE_BEFORE = re.compile(
    r"(?<![а-яa-z])(?:состоится|состоятся|пройд[её]т|пройдут|будет\s+проведен[а-я]*|будут\s+проведен[а-я]*|"
    r"запланирован[а-я]*(?:\s+на)?|намечен[а-я]*(?:\s+на)?|scheduled(?:\s+(?:for|on))?|planned\s+for|"
    r"will\s+(?:take\s+place|be\s+held|be\s+organi[sz]ed|start|open)(?:\s+on)?)\s+(?:[^\s.!?]+\s+){0,2}$")
_FUTURE_AFTER = re.compile(
    r"[^.!?\n]{0,90}?(?<![а-яa-z])(?:состоится|состоятся|пройд[её]т|пройдут|отот|откорулот|уюштурулат|"
    r"будет\s+проведен|will\s+(?:take\s+place|be\s+held))(?![а-яa-z])")
_PAST_BETWEEN = re.compile(r"(?<![а-яa-z])(?:отт[уу]|откорулд[уу]|болд[уу]|прош[её]л|прошл[аио]|состоял[а-я]*|"
                           r"проведен[аоы]?|took\s+place|was\s+held|were\s+held)(?![а-яa-z])")


def _told_in_future(folded: str, a: int, b: int) -> bool:
    if _FUTURE_BEFORE.search(folded, max(0, a - 60), a):
        return True
    after = _FUTURE_AFTER.match(folded, b)
    return after is not None and _PAST_BETWEEN.search(folded, b, after.end()) is None


def non_event_reason(folded: str, d: DateMention, clause: tuple[int, int] | None = None,
                     memo: dict[tuple[int, int], bool] | None = None) -> str | None:
    """Why this date cannot be an event's date (a short code), or None if it may be one.

    ``memo`` (shared across the dates of one text) keeps the clause look-ups: many year dates in
    one long sentence must not rescan it each."""
    if d.kind == "years":
        return "period"
    a, b = d.span
    if _DATIVE_YEAR.search(folded, a, b):
        return "plan"  # Kyrgyz dative: "2019-жылга" is "for 2019"
    after = _NON_EVENT_AFTER.match(folded, b, min(len(folded), b + 40))
    if after:
        word = after.group(0).strip(" ,)-")
        is_range = d.d2 is not None or (d.m2 is not None and d.m2 != d.m1)
        if not (word.startswith("чейин") and is_range):  # "30-майынан 2-июнуна чейин" ends a range
            return "after:" + word
    before = folded[max(0, a - 30, folded.rfind("\n", 0, a) + 1):a]  # a heading above governs nothing
    m = _STRONG_BEFORE.search(before)
    if m:
        return "before:" + m.group(0).strip()
    if d.precision != "day" and _PERIOD_BEFORE.search(before):
        return "period"
    if _told_in_future(folded, a, b):
        return "future"
    if clause is not None:
        lo, hi = (clause if d.precision == "year" else (max(clause[0], a - 60), min(clause[1], b + 40)))
        found = memo.get((lo, hi)) if memo is not None else None
        if found is None:
            found = any(not _quoted(folded, lo, m.start()) for m in _NON_EVENT_CLAUSE.finditer(folded, lo, hi))
            if memo is not None:
                memo[(lo, hi)] = found
        if found:
            return "clause"
    return None


# the training told by its verb: "on 2 October WHO trained 48 nurses" (not "has trained 1,400 since 2022"), or with
# the people it trained after a subject: "the project trained volunteers from three villages" (not the adjective:
# "sirens and trained volunteers", "Trained nurses now lead", "newly trained staff")
TRAINED_VERB = (
    r"(?<!has\s)(?<!have\s)(?<!had\s)(?<!already\s)trained(?=\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+|some\s+)?\d)|"
    r"(?<=[a-z]\s)(?<!has\s)(?<!have\s)(?<!had\s)(?<!already\s)(?<!the\s)(?<!of\s)(?<!and\s)(?<!newly\s)"
    r"(?<!well\s)(?<!with\s)(?<!our\s)(?<!their\s)(?<!these\s)(?<!by\s)(?<!for\s)(?<!to\s)(?<!are\s)"
    r"trained(?=\s+(?:[a-z-]+\s+){0,2}?(?:volunteers|teachers|nurses|doctors|midwives|farmers|women|girls|youth|"
    r"students|staff|officials|specialists|workers|rescuers|officers|librarians|journalists|lawyers|mediators|"
    r"entrepreneurs|members|leaders|trainers|employees|parents|residents|activists)(?![a-z]))")

HAPPENED = re.compile(
    r"(?<![а-я])(?:болуп\s+отт[уу]|отт[уу]|откорулд[уу]|(?:уюштурул|откорул)уп(?!\s+(?:жат|кел|тур|кал))|откорд[уу]|уюштурд[уу]|откоруш[тк][уу]|уюштурулд[уу]|болд[уу]|аяктад[ыы]|башталд[ыы]|"
    r"ачылд[ыы]|уюштурган|откорулгон|отту|тапшырылд[ыы]|жолукт[уу]|жолугушт[уу]|жолугушушт[уу]|(?<=менен\s)жолугушуп|(?<=менен\s)кездеш(?:ти|ишти|ип)|барды|катышты|катышышт[ыы]|болушт[уу]|старт\s+алд[ыы]|"
    r"стартовал[а-я]*|начал[а-я]+|начал(?=\s+(?:свою\s+)?работу)|began|begun|kicked\s+off|принял[аи]?\s+участие|took\s+part|прибыл[аи]?|келд[иы]|келишт[иы]|arrived|выдан[аоы]?|введен[аоы]?\s+в\s+эксплуатаци[юя]|(?:пайдаланууга|ишке)\s+берилд[иы]|"
    r"ачып\s+берд[иы]|барып\W+(?:[^\s.!?]+\s+){0,8}?(?:корушт|корду|таанышт|таанышыш)[а-я]*|"
    r"совершил[а-я]*|вручен[а-я]*|встретил[а-я]*|представлен[аоы]?|презентовал[аи]?|представил[аи]?|тааныштырд[ыы]|тааныштырышт[ыы]|таанытылд[ыы]|тааныштырылд[ыы]|"
    # "The presentation was followed by a two-day training": the event after it told held
    r"(?:was|were)\s+followed\s+by|"
    # a contest's end told by its results: "подведены итоги конкурса", "сынагынын жыйынтыгы чыгарылды",
    # "the results of the contest were announced" (not "по итогам", "жыйынтыгы боюнча": what came of it)
    r"(?:подведены|подвел[аи]?|подводили)\s+итоги|жыйынтыг[а-я]*\s+чыгарылд[ыы]|жыйынтыктары\s+чыгарылд[ыы]|"
    r"(?:results|winners)\s+(?:[^\s.!?]+\s+){0,5}?(?:was|were)\s+announced|announced\s+(?:the\s+)?(?:results|winners)|"
    # not the nouns "проведение" ("порядок проведения конкурсов": a topic) nor "прошлый" ("last")
    r"проход[а-я]*|прош(?!л(?:ый|ом|ого|ому|ой|ую|ое|ые|ых|ым|ыми)(?![а-я]))[а-я]+|состоял[а-я]*|"
    r"проведен(?!и)[а-я]*|провел[а-я]*|организован[а-я]*|"
    r"открыл[а-я]*|завершил[а-я]*|посетил[а-я]*|побывал[а-я]*|вручил[а-я]*|"
    r"was held|were held|took place|held|hosted|organized|organised|conducted|visited|completed|awarded|"
    r"opened|met|launched|presented|" + TRAINED_VERB + r"|paid|handed\s+over|undertook|convened|travell?ed(?=\s+to\s)|"
    # "the participants led the prevention campaign", "ran a clean-up", "carried out a survey" (not "led to",
    # "ran for office"); "акция жүргүзүлдү": the Kyrgyz verb of campaigns and surveys
    r"(?:led|ran)(?=\s+(?:an?|the|their|his|her|its|two|three|several)\s)|"
    # its span told: "the campaign ran from 6 to 17 October", "lasted from 3 to 5 May"
    r"(?:ran|lasted)(?=\s+(?:from|until|till|through)\s)|carried\s+out|staged|rolled\s+out|"
    r"жургузулд[уу]|жургузушт[уу]|жургузд[уу]|"
    # goods received: "25 фермеров получили тракторы", "the families received new homes"
    r"(?:получил[аи]?|received)(?=\s+(?:[^\s.!?]+\s+){0,3}?" + GOODS + r")|"
    # "made a two-day working visit to Batken oblast on 27–28 October": the visit told with its verb
    r"made(?=\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}visits?(?![a-z]))|передал[аи]?|передан[аоы]?|"
    # a ceremony's verbs: "celebrated the opening", "signed grant agreements", "the forum ended with a
    # pitch competition", "собрал 300 участников"
    r"celebrated|signed|ended|concluded|brought\s+together|gathered|подписал[аи]?|подписан[аоы]?|"
    r"закончил[аи]?сь|закончился|собрал[аи]?|отпраздновал[аи]?|отметил[аи]?(?=\s+(?:открыти|юбиле|праздник|день))|"
    r"перерезал[аи]?(?=\s+(?:\S+\s+)?ленту)|received(?=\s+(?:\S+\s+){0,2}grants?)|ыйгарылд[ыы]|тапшырд[ыы]|тапшырышт[ыы]|"
    r"кол\s+коюшт[уу]|кол\s+коюлд[уу]|чогулту|чогулду)(?![а-яa-z])"
)
