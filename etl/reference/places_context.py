"""What the words around a place name say: the document's sentences and page furniture, and
the rules that make a found name no event place (a plan, a street, a dateline, a person)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from etl.last_words import last_words, word_end
from etl.reference.gazetteer import gazetteer
from etl.reference.morph import LIST_GAP
from etl.reference.places_aside import passing_mention
from etl.reference.places_attrib import attribution
from etl.reference.places_discourse import (
    distance_point,
    figure_clause,
    future_clause,
    office_seat,
    reference_paragraph,
)
from etl.reference.places_ellipsis import continues_plan
from etl.reference.places_home import person_home
from etl.reference.places_match import LOW, Raw, first_pass
from etl.reference.places_okmotu import taking_part
from etl.reference.places_origin import one_from, ranked_or_entries
from etl.reference.places_plans import near_another, proposed
from etl.reference.places_scope import outside_scope, under_tally_heading

# One character class first: re then skips to candidates in C instead of trying every position.  Spaces
# are never given back (a capital is no space): same matches, linear over masked boilerplate's blank runs.
_SENT_END = re.compile(r"[.!?…\n](?:(?<=\n)|(?<=[.!?…])\s++(?=[^\w]*+[A-ZА-ЯЁӨҮҢ]))")


@dataclass(slots=True)
class Doc:
    text: str
    ft: str
    raws: list[Raw]  # first pass over the whole text: context-free decisions only
    anchors: frozenset[str]  # units named unambiguously anywhere in the text
    aside: int  # where "read also" / related-news furniture starts (len(text) if none)
    contact_lines: list[tuple[int, int]]
    starts: list[int] | None = None  # sentence starts, found when a rule first needs them (most texts: never)


@lru_cache(maxsize=8)
def document(text: str) -> Doc:
    """One pass over the whole text, shared by every region of it the extractor asks about."""
    ft = shared_match_text(text)
    raws = first_pass(text, ft, 0, len(text))
    aside = _ASIDE.search("\n" + text)  # the text's first line is a line too (offsets shift by one)
    contacts = [(a - 1, b - 1) for a, b in (m.span() for m in _CONTACT_LINE.finditer("\n" + text))]
    return Doc(text, ft, raws, frozenset(r.uid for r in raws if r.uid), aside.start() if aside else len(text),
               contacts)


def sentence_of(doc: Doc, pos: int) -> tuple[int, int]:
    starts = doc.starts
    if starts is None:
        starts = doc.starts = [0] + [m.end() for m in _SENT_END.finditer(doc.text)]
    i = bisect_right(starts, pos) - 1
    nxt = starts[i + 1] if i + 1 < len(starts) else len(doc.ft)
    return starts[i], nxt


# "офис ОБСЕ в Бишкеке": the seat of the organization just named is no event place.
ORG_SEAT = re.compile(r"[^\S\n]+(?:в|во|in)[^\S\n]+")
# A level word in adjective form makes the name part of an institution's name ("Талас облустук
# жаштар ресурстук борбору", "Баткен облустук суу чарба башкармалыгы", "Джалал-Абадского
# областного центра"); the labelling guide does not count places inside organization names.
_INSTITUTION_LEVEL = ("облустук", "райондук", "шаардык", "областн", "районн", "городск")
# Page furniture after which places are links to other stories or the publisher's address.
_ASIDE = re.compile(  # each opens with the line break: re then jumps from one line to the next in C
    # "*Окуңуз / Читайте также:* [Таласта …](/news/812)": a bilingual marker, links after its colon
    r"\n[^\S\n]*[*_#>]*[^\S\n]*(?:окуңуз[^\S\n]*/[^\S\n]*)?(?:читайте\s+также|связанные\s+новости|похожие\s+новости|другие\s+новости|"
    r"последние\s+новости|новости\s+по\s+теме|read\s+also|related\s+(?:news|stories|articles)|more\s+news|"
    r"see\s+also|окшош\s+жаңылыктар|башка\s+жаңылыктар|тектеш\s+жаңылыктар|дагы\s+окуңуз|"
    r"ошондой\s+эле\s+окуңуз|акыркы\s+жаңылыктар)\b(?:[^\n]{0,20}|[*_]*:[^\n]*)(?=\n|$)",
    re.IGNORECASE)
_CONTACT_LINE = re.compile(
    r"\n[^\S\n]*(?:контакты|контактная\s+информация|адрес|media\s+contacts?|contacts?|address|байланыш\w*|"
    r"дарек\w*|тел\.?|phone|"
    # "Офисы ВПП ООН в Кыргызстане: Бишкек, Ош, ...": where the publisher has offices
    r"(?:our\s+)?offices|офисы|представительства|кеңселер\w*)\b[^\n]*", re.IGNORECASE)
# "Naryn, 16 May 2023." / "Бишкек, 14-март — Кабар": where the release was written, not the event.
_DATELINE_AFTER = re.compile(r"([^\S\n]+(?:ш\.|шаары|г\.))?(?:[^\S\n]*,[^\S\n]*(?:\d|[^\W\d_]+[^\S\n]+\d)|"
                             # "Kadamjay, Batken Region – On 18 September": the region may follow, then a dash
                             # "Бишкек (АКИpress) — 10 декабря": the agency may stand in brackets before the dash
                             r"((?:[^\S\n]*,[^\S\n]*[^\W\d_][^\n,–—]{0,30}?)?(?:[^\S\n]*\([^()\n]{2,25}\))?"
                             # "Джалал-Абад — С 11 по 13 ноября", "Ош — В 2025-жылдын": a preposition may open the date
                             r"[^\S\n]+[–—][^\S\n]+(?:(?:[Oo]n|[Сс]|[Вв]|[Сс]о)[^\S\n]+)?\d)"
                             # "Нарын. В селе Чаек Жумгальского района прошёл ...": a wire dateline closed by a full
                             # stop opens the lead's paragraph (read like the dash's: only when the lead names its own)
                             r"|([^\S\n]*\.[^\S\n]+(?=[A-ZА-ЯЁӨҮҢ][^\W\d_]*[^\S\n])))")
# "г. Бишкек, 21 октября": a level word may open the dateline (which then heads a body: a line
# "г. Ош, 12 мая" on its own is only a name and a date).
# "AKIpress, Джалал-Абад — ...": an agency's one-word name may open the dateline
# "Боконбаево / Бишкек, 6 марта": the second of two places of writing
_DATELINE_OPENING = re.compile(r"[^\S\n]*(?:[A-ZА-ЯЁ][\w.-]{1,15}(?:,|[^\S\n]*/)[^\S\n]+)?(?:г\.|город|с\.|село)?[^\S\n]*$")
_REGION_OPENING = re.compile(r"[^\S\n]*[*_]*[A-ZА-ЯЁ][\w.-]{1,20},[^\S\n]+")
# a date after a comma; "Kadamjay, Batken Region – On 18 September" (a dash, the lead after) counts the region
_REGION_DATELINE_AFTER = re.compile(r"[*_]*[^\S\n]*,[^\S\n]*\d")
_STREET_AFTER = re.compile(r"[^\S\n]+(?:avenue|street|str\.|ave\.|проспект\w*|пр\.|көчөсү\w*|кочосу\w*|"
                           r"бульвар\w*|blvd)", re.IGNORECASE)
STREET_BEFORE = re.compile(r"(?:\bул\.|\bулиц\w+|\bпр\.|\bпр-т|\bпроспект\w*|\bбульвар\w*)\s*$", re.IGNORECASE)
# "школа имени Токтогула", "Токтогул атындагы мектеп", "named after Manas": a person the place is named after.
_NAMED_AFTER_BEFORE = re.compile(r"(?<![а-яa-z])(?:имени|им\.|named\s+after)[^\S\n]*$")
_NAME_NEXT = re.compile(r"[^\S\n]+[A-ZА-ЯЁӨҮҢ]")
_NAMED_AFTER_AFTER = re.compile(r"[^\S\n]+атындагы(?![а-я])")
# "Бакыт Осмонов", "Ош Асанов", "Ms. Cholpon Sydykova": a first name that is also a place name, then a
# surname (Cyrillic or Latin spelling).
SURNAME_AFTER = re.compile(r"[^\S\n]+[A-ZА-ЯЁӨҮҢ]\w+(?:ов|ев|ёв|ова|ева|ёва|уулу|кызы|ov|ev|ova|eva|uulu|kyzy)\b")


# A clause that names where nothing reported took place: a plan, a next stage or a cancelled session
# ("следующий этап пройдет в Сулюкте", "в 2025 году планируется охватить Баткенскую область",
# "will be held in Osh"), a person's origin ("родом из Нарына", "Нарында туулган"), or where a project
# works in general ("проект реализуется в Чуйской, Таласской и Нарынской областях").  The labels count
# the event's places and the areas the reported activity covers, not those.
_NOT_HELD = re.compile(
    r"(?<![а-яa-z])(?:планиру\w*|запланирован\w*|предстоит|пройдет|пройдут|состоится|состоятся|"
    r"будет\s+(?:проходить|проведен\w*|организован\w*|охвачен\w*)|"
    r"будут\s+(?:проходить|проведен\w*|организован\w*|охвачен\w*)|охватит|охватят|расширит(?:ся)?|"
    r"намерен\w*|предполагается|в\s+(?:следующем|будущем)\s+году|"
    r"следующ(?:ий|ая|ее|ем|его|ей|ую)\s+(?!дн|ден|утр|вечер|недел)[а-я]+|отмен[её]н\w*|перенесен\w*|"
    # what is only expected: "в 2026 году подобные тренинги ожидаются", "күтүлүүдө", "is expected to reach"
    r"ожида\w*|кут[уо]л[уо]\w*|(?:is|are)\s+expected\s+to|"
    r"будет|будут|появятся|откро(?:ются|ют|ет)|построят|начн[её]тся|начнутся|заработа[ею]т|до\s+конца\s+года|"
    r"проведут|проведет|проведёт|организуют|уюштурулат|will\s+(?:hold|organi[sz]e|open|visit|launch|host)|"
    # the next round of the same work: "will next train nurses in Chong-Alay district", "will then hold"
    r"will\s+(?:next|then|later|subsequently)\s+(?:train|hold|organi[sz]e|open|visit|launch|host|run|conduct|work)|"
    # an experience to be spread later: "опыт распространят на Нарынскую и Таласскую области", "will be
    # extended to Naryn", "Нарын облусуна жайылтылат"
    r"распростран(?:ят|ит)|тиражиру(?:ют|ет)|will\s+be\s+(?:extended|expanded|replicated|scaled\s+up)|"
    r"жайылтыла\w*|жайылтыш\w*|"
    r"в\s+ближайшее\s+время|ачылат|курулат|башталат|коздоп|коздойт|коздошот|пландап\w*|"
    # what is only being considered ("экинчи этабында Ак-Суу районун камтуу мүмкүнчүлүгү каралып жатат",
    # "рассматривается возможность")
    # a problem people complain of: "Жители микрорайонов Анар и Ак-Тилек жалуются, что ..."
    r"жалуют\w*|жаловал\w*|complain\w*|нааразы\w*|арыздан\w*|"
    # who could not come: "Два детских сада в Суусамырском айылном аймаке не смогли направить воспитателей"
    r"не\s+(?:смогл[иа]|смог|удалось|приехал[иа]?|прибыл[иа]?)|could\s+not\s+(?:come|attend|send|take\s+part)|"
    r"(?:were|was)\s+unable\s+to\s+(?:come|attend|send)|(?:катыша|келе|жибере)\s+алган\s+жок|"
    # "обсудили ... возможное финансирование реконструкции водопровода в Кара-Сууском районе"
    r"возможн(?:ое|ого|ому|ую|ая|ой|ый|ые|ых)\s+[а-я]+|"
    r"мумкунчулу\w*\s+карал\w*|рассматрива\w*\s+возможност\w*|(?:considering|exploring)\s+(?:the\s+)?possibilit\w*|"
    # where an organization keeps its offices: "has field offices in Osh and Karakol"
    r"offices\s+in|представительства\s+в|офисы\s+в|филиалы\s+в|"
    r"пландалууда|пландаштырылууда|откорулот|откорулмокчу|"
    r"(?:келерки|кийинки)\s+жыл\w*|кийинки\s+(?!кун|жума)[а-я]+|"
    r"жокко\s+чыгарылд\w*|will\s+(?:be\s+held|take\s+place|expand|extend)|"
    r"plans?\s+to\s+(?:hold|expand|extend|cover|reach|open|organi[sz]e|launch|conduct|implement|start)|"
    r"is\s+planned|are\s+planned|next\s+(?:year|stage|phase|session|meeting|training|round|cycle|call)|cancell?ed|postponed|"
    # a later phase: "A second phase, planned for spring 2027, will cover ..." (a project presented as "It will
    # cover 40 municipalities" covers them)
    r"planned\s+for|"
    # earlier work and an organization's seat: "ранее подобные тренинги прошли в Оше", "based in Osh"
    r"ранее|в\s+(?:поза)?прошлом\s+(?:году|месяце)|на\s+прошлой\s+неделе|мурда|мурун|буга\s+чейин|"
    r"откон\s+(?:жылы|жылкы|айда|жумада)|былтыр\w*|previously|last\s+(?:year|month|week)|"
    # other sessions of a series told in passing: "уже провёл такие тренинги в Оше", "the previous trainings"
    r"(?:was|were)\s+first\s+\w+ed|first\s+piloted|"
    # what someone only hopes or wants: "UNFPA hopes to add a vehicle for Batken region"
    r"hopes?\s+to|wants?\s+to|intends?\s+to|надеет\w*|надеют\w*|хоч\w+|хотят|хотим|"
    r"умутто\w*|"
    r"уже\s+(?:провел\w*|провёл|прошл[иа]|состоял\w*|побывал\w*)|already\s+(?:held|conducted|organi[sz]ed|"
    r"visited|taken\s+place)|has\s+already|предыдущ\w*|previous|мурунку|алдынкы|"
    r"based\s+in|headquartered|базирующ\w*|штаб\s+квартир\w*|зарегистрирован\w*\s+в|registered\s+in)"
    r"(?![а-яa-z])")
# One more of _NOT_HELD's forms, kept apart: the intent "-мокчу" ("откормокчу", "ачмакчы") opens with any word
# characters, and one such alternative made re try the whole pattern at every character of a clause (no first
# characters to scan for); alone, it is searched only in a clause holding "кч".  A clause is not held when
# either pattern finds a match (``_not_held``): the same answer as the one pattern with both.
_INTENT = re.compile(r"(?<![а-яa-z])\w+м[аео]кч[ыиу]\w*(?![а-яa-z])")


def _not_held(ft: str, a: int, b: int) -> bool:
    return _NOT_HELD.search(ft, a, b) is not None or (ft.find("кч", a, b) >= 0 and _INTENT.search(ft, a, b) is not None)


# Where a person comes from ("родом из Нарына", "уроженка Нарынской области", "Нарында туулган",
# "born in Naryn"), read right before or after the name.
_ORIGIN_BEFORE = re.compile(
    r"(?<![а-яa-z])(?:родом|уроженец|уроженка|уроженцы|родил(?:ся|ась)|born|native|originally|grew\s+up|hails?)"
    r"[^\S\n]+(?:(?:из|в|во|in|from|of)[^\S\n]+)?$")
_ORIGIN_AFTER = re.compile(r"[^\S\n]+(?:туулган|туулуп|туулуптур)(?![а-яa-z])")
# A place that introduces a named person, as the speaker of a quote or a case story usually is
# ("Папан айылынын тургуну Гулзат Абдыкадырова", "Өзгөн районунан келген ишкер Гүлнара
# Токтосунова", "жительница села Папан Гульзат Абдыкадырова"): where the person lives or comes from.
_PERSON = (r"[A-ZА-ЯЁӨҮҢ][\w’']+[^\S\n]+[A-ZА-ЯЁӨҮҢ]\w+(?:ов|ев|ёв|ова|ева|ёва|ин|ина|уулу|кызы|ov|ev|ova|eva|in|ina|uulu|kyzy)\b")
# ... or by an initial ("адвокат Д. Токтосунова"), or by a first name and a kinship address ("Гүлбара апа")
_PERSON_OR_INITIAL = (rf"(?:{_PERSON}|[А-ЯЁӨҮҢA-Z]\.[^\S\n]?[А-ЯЁӨҮҢA-Z]\w+(?:ов|ев|ова|ева|ин|ина|ov|ev|ova|eva)\b|"
                      r"[А-ЯЁӨҮҢ][а-яёөүң]+[^\S\n]+(?:апа|эже|байке|ата|аке)\b)")
# The words between may give an age ("келген 22 жаштагы Нурбек Асанов"), and a district may lead a village
# ("Ак-Талаа районунун Баетов айылынан келген ишкер Айгерим ...": both are her home).
_RESIDENT_AFTER = re.compile(
    rf"(?:[^\S\n]+[А-ЯЁӨҮҢ][\w-]+[^\S\n]+(?:айыл|шаар|кыштак|конуш)\w*)?"
    rf"[^\S\n]+(?:тургуну|жашоочусу|келген)(?:[^\S\n]+(?:[а-яёөүң]+|\d{{1,3}}))"
    rf"{{0,3}}[^\S\n]+{_PERSON_OR_INITIAL}")
# "Asel Toktogulova, a farmer from Kochkor district", "Асель Токтогулова, фермер из Кочкорского района"
_FROM_AFTER_PERSON = re.compile(
    rf"{_PERSON},[^\S\n]+(?:(?:a|an)[^\S\n]+)?(?:[a-zа-яё-]+[^\S\n]+){{0,2}}(?:from|из)[^\S\n]+(?:the[^\S\n]+)?$")
_PERSON_NEXT = re.compile(rf"[^\S\n]*,?[^\S\n]*{_PERSON}")
_RESIDENT_BEFORE = re.compile(
    r"(?<![а-яa-z])(?:житель|жительница|жительницы|жителя|уроженец|уроженка|resident)"
    r"(?:[^\S\n]+(?:села|города|района|поселка|области|of(?:[^\S\n]+the)?))?[^\S\n]+$")
# A project's target area, listed as a field of its description ("Целевые территории: город Балыкчы, ..."):
# only its units that hold (or sit beside) the places of the reported work count (``places_area``).
_AREA_FIELD = re.compile(
    r"(?<![а-яa-z])(?:целев\w+\s+(?:территори\w*|район\w*|регион\w*|сел\w*|муниципалитет\w*)|"
    r"target\s+(?:areas?|districts?|regions?|territor\w*|municipalities|villages)|максаттуу\s+(?:аймак\w*|район\w*))"
    r"(?![а-яa-z])")
# A project's general area is background unless the clause counts what it covers there ("реализуется
# в 12 айылных аймаках Иссык-Кульской и Нарынской областей" is coverage the labels count).
_BACKGROUND = re.compile(
    r"(?<![а-яa-z])(?:реализуется|реализуются|реализуем\w*|осуществляется|осуществляются|"
    r"ишке\s+ашырыл(?:ат|ып\s+жат\w*|ууда|ган\w*)|(?:is|are)\s+(?:being\s+)?implemented\s+in|operates\s+in)"
    r"(?![а-яa-z])")
# A count of what the clause covers ("412 farmers", "12 айылда"); not a range's end nor an age
# ("18-35 жаштагы жаштарга", with hyphens as spaces in the folded text).
# What goes on later, told with when: "Весной акция продолжится в Баткенском районе", "Кампания
# 2025-жылдын жазында Ош облусунда уланат", "2024-жылы Кочкор районунун дагы 3 айылы камтылат"; without a
# later time ("Форум Чолпон-Атада 5-майга чейин уланат") it is the event itself going on.
_CONTINUES = re.compile(r"(?<![а-яa-z])(?:продолжится|продолжатся|will\s+continue|уланат|улантылат|камтылат)(?![а-яa-z])")
_LATER = re.compile(r"(?<![а-яa-z\d])(?:(?:19|20)\d\d|весн\w*|осен\w*|летом|зимой|жаз\w*|куз\w*|жайында|кыш\w*|"
                    r"кийин\w*|андан\s+ары|мындан\s+ары|затем|далее|позже|later|next|spring|autumn|fall|summer|winter|"
                    # a month without a day ("май айы бою", "в июне"); "5-майга чейин" is the event's own end
                    r"(?<!\d\s)(?:(?:январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*|"
                    r"ма(?:й|е|я|йда|йга|йында|йдын)))(?![а-яa-z])")
# Where an organization's office sits, read right before the name.
_OFFICE_IN = re.compile(r"(?:(?:regional|field|country|area|sub)\s+office\s+in|региональн\w+\s+офис\w*\s+в)\s+$")
_HELD_AT = re.compile(r"(?<![а-яa-z])(?:held|took\s+place|hosted|прош[её]л|прошла|прошли|состоял\w*)(?![а-яa-z])")
COUNTED = re.compile(r"(?<![\d.,])(?<!\d\s)(?!(?:19|20)\d\d\b)\d{1,4}\s+(?!жаш|лет\b|years?\b)[^\W\d_]")
# a comma or point inside a figure ("1,4 млн", "2.5 km") ends no clause
_CLAUSE_END = re.compile(r"[;:!?\n]|[,.](?!\d)")


# Who will use what was handed over or opened: "машины будут обслуживать 27 тысяч жителей Кара-Куля и посёлков
# ...", "дорогой будут пользоваться жители сёл ...": its beneficiaries' places, which the labels count.
_SERVES_RESIDENTS = re.compile(
    r"(?<![а-яa-z])(?:будут|будет)\s+(?:\w+\s+)?(?:обслуживать|пользоваться)\s+(?:\w+\s+){0,4}?(?:жител\w*|населени\w*)"
    r"|will\s+(?:\w+\s+)?serve\s+(?:\w+\s+){0,4}?(?:residents|people|inhabitants)(?![а-яa-z])")
_ADDED_CLAUSE = re.compile(r"[^\S\n]*(?:а\s+также|а\s+еще|as\s+well\s+as|and\s+also)(?![а-яa-z])")


def _clause(ft: str, pos: int, end: int) -> tuple[int, int]:
    lo = max(0, pos - 120)
    head = ft[lo:pos]
    rfind = head.rfind  # seven finds in C, no generator: this runs for every place mention
    cut = max(rfind(","), rfind(";"), rfind(":"), rfind("."), rfind("!"), rfind("?"), rfind("\n"))
    if cut >= 0 and head[cut] == ":":  # "Өткөн жылкы жеңүүчүлөр: Базар-Коргон, Сузак ...": a list shares its lead-in
        cut = max(head.rfind(c, 0, cut) for c in ",;.!?\n")
    m = _CLAUSE_END.search(ft, end, min(len(ft), end + 120))
    a, b = lo + cut + 1, m.start() if m else min(len(ft), end + 120)
    if cut >= 0 and head[cut] == "," and _ADDED_CLAUSE.match(ft, a, pos):
        # "опросили ... в Оше, а также в Кара-Сууском районе": the added place shares the verb before the comma
        a = lo + max(head.rfind(c, 0, cut) for c in ",;:.!?\n") + 1
    return a, b


def area_field(ft: str, pos: int, end: int) -> bool:
    """``ft[pos:end]`` sits in a target-area field (not only in a "проект реализуется в ..." clause)."""
    return bool(_AREA_FIELD.search(ft, *_clause(ft, pos, end)))


# Last words of window patterns searched before a name (last_words.py): a window ending otherwise is not searched.
_ORIGIN_LAST, _OFFICE_IN_LAST, _RESIDENT_LAST, _FROM_PERSON_LAST = map(
    last_words, (_ORIGIN_BEFORE, _OFFICE_IN, _RESIDENT_BEFORE, _FROM_AFTER_PERSON))


# A pure function of its arguments, asked again for the same name by several rules (a list's names share
# one extent): half the calls of a typical report repeat one; per text, like the other per-text caches.
@lru_cache(maxsize=64)
def not_held_clause(ft: str, pos: int, end: int, areas: bool = True) -> bool:
    """``ft[pos:end]`` (a name, or a list of names sharing a clause) sits in such a clause; with ``areas``
    False a project's area (a target-area field, "проект реализуется в ...") is no such clause."""
    a, b = _clause(ft, pos, end)
    if areas and _AREA_FIELD.search(ft, a, b):
        return True
    k = word_end(ft, 0, pos)  # where the words before the name end
    if _not_held(ft, a, b) and not _SERVES_RESIDENTS.search(ft, a, b) or ft.endswith(
            _ORIGIN_LAST, lo := max(0, pos - 30), max(lo, k)) and _ORIGIN_BEFORE.search(ft, lo, pos) \
            or _ORIGIN_AFTER.match(ft, end):
        return True
    if future_clause(ft, a, b) or figure_clause(ft, a, b) or distance_point(ft, a, pos, b):
        return True
    if continues_plan(ft, a, b, lambda x, y: _not_held(ft, x, y) or future_clause(ft, x, y)):
        return True  # ", а весной — в Ат-Башинском" after "пройдут в Жумгальском районе"
    if _CONTINUES.search(ft, a, b) and _LATER.search(ft, a, b):
        return True
    if ft.endswith(_OFFICE_IN_LAST, lo := max(a, pos - 40), max(lo, k)) and _OFFICE_IN.search(ft, lo, pos) \
            and not _HELD_AT.search(ft, a, b):
        return True  # "the head of the USAID regional office in Osh"; "held at the regional office in Osh" is a venue
    if proposed(ft, a, b) or ranked_or_entries(ft, pos, end):
        return True
    if outside_scope(ft, a, b, pos, end):
        return True  # "sell to hotels in Cholpon-Ata", "За прошлый год в ... открыто", "will support ... in Aksy"
    return areas and bool(_BACKGROUND.search(ft, a, b)) and not COUNTED.search(ft, a, b)


def introduces_person(text: str, ft: str, start: int, end: int) -> bool:
    """The place at ``[start, end)`` says where a named person lives or comes from."""
    if _RESIDENT_AFTER.match(text, end) or text.endswith(_FROM_PERSON_LAST, lo := max(0, start - 90), word_end(
            text, lo, start)) and _FROM_AFTER_PERSON.search(text, lo, start):
        return True
    if one_from(text, ft, start, end):
        return True
    if person_home(text, ft, start, end):
        return True  # "Бурана айылынын тургуну, эки кыздын энеси Айжан ...", "тренер из Бишкека"
    if attribution(text, ft, start, end) or under_tally_heading(text, ft, start):
        return True  # "Фельдшер ФАПа села Терек Айгерим ...", "(воспитатель детского сада с. ...)", "Ош ТВ"
    lo = max(0, start - 30)
    return bool(ft.endswith(_RESIDENT_LAST, lo, word_end(ft, lo, start)) and _RESIDENT_BEFORE.search(ft, lo, start)
                and _PERSON_NEXT.match(text, end))


def _lead_names_a_settlement(doc: Doc, pos: int) -> bool:
    """The paragraph a dash dateline opens ("Bishkek – On 24 January 2024, FAO awarded ...") names a
    settlement of its own: then the dateline is only where the news was written; when it names none,
    the dateline is all the text says about where the event was."""
    hi = doc.text.find("\n", pos)  # the dateline's paragraph: "... вручило гранты. Церемония прошла в Оше"
    hi = len(doc.text) if hi < 0 else hi
    units = gazetteer().units
    return any(pos <= o.start < hi and (o.level in _SETTLEMENT_LEVELS or o.pre_level in _SETTLEMENT_LEVELS or (
        o.uid is not None and units[o.uid].level in _SETTLEMENT_LEVELS)) for o in doc.raws) or bool(
        _SETTLEMENT_WORD.search(doc.ft, pos, hi))  # "in Chauvai village": a village the gazetteer spells otherwise


_SETTLEMENT_LEVELS = frozenset({"village", "town", "city", "settlement", "ayil_aimak"})
_SETTLEMENT_WORD = re.compile(r"(?<![a-zа-я])(?:village|town|сел[оеау]|айыл(?:ы|ын\w*|ында)|пос[её]л\w*|кыштак\w*)(?![a-zа-я])")


def list_extents(ft: str, raws: list[Raw]) -> dict[int, tuple[int, int]]:
    """Per name's start, where its list begins and ends ("в Чуйской, Таласской и Нарынской
    областях": the clause of every item is the whole list's)."""
    out: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(raws):
        j = i
        while j + 1 < len(raws) and LIST_GAP.fullmatch(ft, raws[j].level_end or raws[j].end, raws[j + 1].start) \
                and raws[j + 1].start - (raws[j].level_end or raws[j].end) <= 8:
            j += 1
        extent = (raws[i].start, raws[j].level_end or raws[j].end)
        for r in raws[i:j + 1]:
            out[r.start] = extent
        i = j + 1
    return out


def is_mention(text: str, doc: Doc, r: Raw, extent: tuple[int, int] | None = None, areas: bool = True) -> bool:
    """Rules that read the words around a resolved name (see the constants above); ``extent`` is
    the span of the list the name is an item of; ``areas`` as in ``not_held_clause``."""
    if r.start >= doc.aside or any(a <= r.start < b for a, b in doc.contact_lines):
        return False
    lo, hi = extent or (r.start, r.level_end or r.end)
    if not_held_clause(doc.ft, lo, hi, areas):
        return False
    if introduces_person(text, doc.ft, r.start, r.level_end or r.end):
        return False
    if office_seat(text, r.start) or reference_paragraph(text, r.start):
        return False  # "Published by the KfW Office in Bishkek"
    if passing_mention(text, doc.ft, r.start, r.level_end or r.end, bool(r.level or r.pre_level)):
        return False
    if r.level_end and doc.ft.startswith(_INSTITUTION_LEVEL, r.end + len(doc.ft[r.end:r.level_end]) -
                                         len(doc.ft[r.end:r.level_end].lstrip())):
        return False
    line_start = text.rfind("\n", 0, r.start) + 1
    dateline = _DATELINE_AFTER.match(text, r.end)
    if dateline and _DATELINE_OPENING.fullmatch(text, line_start, r.start) and (
            not (text[line_start:r.start].strip() or dateline.group(1)) or len(text) - dateline.end() > 20) and (
            not (dateline.group(2) or dateline.group(3)) or _lead_names_a_settlement(doc, dateline.end())):
        return False
    if r.level_end and _REGION_OPENING.fullmatch(text, line_start, r.start) and _REGION_DATELINE_AFTER.match(
            text, r.level_end) and r.uid and gazetteer().units[r.uid].level == "oblast":
        return False  # "Kaindy, Chui Region, 4 October 2022": the region only locates the dateline's town
    if _STREET_AFTER.match(text, r.end) or STREET_BEFORE.search(text, max(0, r.start - 12), r.start):
        return False
    if near_another(doc.ft, r.start):
        return False
    if _NAMED_AFTER_BEFORE.search(doc.ft, max(0, r.start - 14), r.start) and (
            not r.level_end or _NAME_NEXT.match(text, r.level_end)):  # "им. Курманжан Датки села Сары-Таш"
        return False  # a person's name, even when a village bears it too (the level word is the next name's)
    if (_NAMED_AFTER_AFTER.match(doc.ft, r.end) or _NAMED_AFTER_BEFORE.search(doc.ft, max(0, r.start - 14), r.start)) \
            and r.uid and gazetteer().units[r.uid].level not in LOW:  # "А.Дуйшеев атындагы айыл аймагы" is a place
        return False
    return bool(r.level_end or not SURNAME_AFTER.match(text, r.end))


def shared_match_text(text: str) -> str:
    from etl.reference.organizations import _match_text as org_match_text  # the same key, cached per text

    return org_match_text(text)


# A local self-government body's territory is covered by its taking part ("Бишкек шаарынын
# мэриясы", "руководство города Каракол"): the place in its name counts (the labels do so);
# places in any other organization's name do not.  A pasture committee's ayil aimak is its territory too.
_TERRITORIAL = ("City Hall", "City Council", "District State Administration", "Pasture Committee")


def org_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    from etl.reference.organizations import find_organizations

    return [m.organization.span for m in find_organizations(text, start, end, include_incidental=True)
            if m.organization.span and not m.organization.name.endswith(_TERRITORIAL)
            and not (m.organization.name.lower().endswith("ayil okmotu") and taking_part(text, m.organization.span))]
