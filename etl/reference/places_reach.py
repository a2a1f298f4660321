"""An oblast named only for the wider area around a local event: the project's overall reach ("за
полтора года проект уже охватил 23 муниципалитета Чуйской области", "Биздин долбоор 2024-2025-жылдары
Жалал-Абад облусунун 4 районунда ... камтыйт", "Since 2023 the programme has reached 40 villages of
Talas Region"), a rate ("Youth unemployment in Jalal-Abad Oblast
stands at around 15 per cent") or a speaker's figure about the whole region ("По словам координатора, в Ошской области
на учёте состоят 12 тыс. пациентов").  When the event itself happened in a district, town or village of
that oblast, the oblast in such a sentence is where the project works, not what the report tells: the
labels give the event's places at the level the text names them.  An event in Bishkek that presents a
programme's results keeps the regions the results are about (none of them holds the event's place).

Only sentences that tell no event themselves (no event verb, no day) are read, and a list shares its
decision ("в Ошской, Джалал-Абадской и Баткенской областях": one item holding the event's place makes
the whole list the project's area)."""

from __future__ import annotations

import re
from collections.abc import Callable

from etl.reference.gazetteer import gazetteer
from etl.reference.places_match import PlaceMention

# Folded match text: lowercase, ө ү ң as о у н, hyphens as spaces.
_PROJECT = re.compile(r"(?<![а-яa-z])(?:проект\w*|программ\w*|долбоор\w*|project\w*|programme\w*|programs?|займ\w*|loans?|"
                      r"initiative\w*|инициатив\w*|демилге\w*)(?![а-яa-z])")
# How far the project has got or reaches: "охватил", "камтыйт", "covers", "reached", "since 2019", "с
# начала проекта", "за два года", "over the past", "в рамках проекта", "долбоордун алкагында", a span of
# years ("2024-2025-жылдары", "в 2023-2026 годах").
_REACH = re.compile(
    r"(?<![а-яa-z])(?:охват\w*|охвач\w*|камты\w*|covers?|covered|covering|reach(?:es|ed)?|since|to\s+date|"
    r"с\s+(?:19|20)\d\d(?!\s+(?:г\.\s+|года\s+)?по\s)|(?:19|20)\d\d\s+жылдан\s+(?:бери|баштап)|с\s+начала|"
    r"за\s+(?:полтора|два|три|четыре|пять|\d+)\s+(?:год|года|лет)|over\s+the\s+past|в\s+рамках|алкагында|"
    r"по\s+программе|under\s+the\s+(?:project|programme)|(?:19|20)\d\d\s+(?:20)?\d\d\s*(?:жылдары|годах|годы))"
    r"(?![а-яa-z])")
# A sentence that refers back to the project by a pronoun ("Проект рассчитан на 2025–2028 годы. Он охватывает
# Нарынскую и Иссык-Кульскую области.", "It covers ...", "Ал ... камтыйт"): the project is the previous sentence's.
_PRONOUN_OPENING = re.compile(r"[^\w]*(?:он|она|оно|ал|it)(?![а-яa-z])")
# A speaker's account ("по словам", "отметил", "деди", "said"): with a figure, a statement about the region.
_SPEAKER = re.compile(
    r"(?<![а-яa-z])(?:рассказал\w*|сообщил\w*|отметил\w*|подчеркнул\w*|заявил\w*|напомнил\w*|по\s+(?:его|ее|её|их)?\s*словам|"
    r"белгиледи|белгилегендей|айтты|айткандай|билдирди|маалымдады|эскертти|деди|said|says|noted|told|stressed|reminded|"
    r"according\s+to|"
    # a cited source: "По данным Минсельхоза, в Ошской области насчитывается 213 АВП"
    r"(?:по|согласно)\s+(?:[а-я]+(?:ым|им)\s+)?(?:данным|информации|статистике)|маалыматы\w*\s+(?:боюнча|ылайык)|статистика\w*\s+боюнча)(?![а-яa-z])")
_FIGURE = re.compile(r"\d")
# A rate or share ("stands at around 15 per cent", "30%ы", "около 40 процентов"): a figure about the region.
_RATE = re.compile(r"\d\s?%|\d\s+(?:per\s*cent|percent|процент\w*|пайыз\w*)(?![а-яa-z])")
# The sentence tells an event: then its oblast is the event's ("2025-жылдын 18-мартында Ысык-Көл облусунун
# Тоң районунда ... долбоорунун алкагында ... өттү").
_EVENT = re.compile(
    r"(?<![а-яa-z])(?:прош[её]л|прошла|прошли|состоял\w*|провел\w*|провёл|провела|организовал\w*|отту|откорулду|"
    r"откорду|откорушту|уюштурулду|уюштурду|уюштурушту|болуп\s+отт\w*|болду|барды|ачылды|ачты|тапшырылды|катышты|"
    # the narrated past participle: "гранттар тапшырылган", "семинар өткөрүлгөн", "борбор ачылган"
    r"тапшырылган|откорулгон|уюштурулган|ачылган|вручен\w*|"
    r"катышышты|held|took\s+place|hosted|opened|visited|awarded|presented|took\s+part|открыл\w*|открыт\w*|"
    r"посетил\w*|вручил\w*|представил\w*|приняли\s+участие)(?![а-яa-z])")
_DAY = re.compile(r"\d{1,2}\s*(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|"
                  r"декабря|january|february|march|april|may|june|july|august|september|october|november|december|"
                  r"январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр)")


# Results summed over the project's life: "За это время обучение прошли 1 800 сотрудников ...",
# "Since 2023, the project has supported ... and awarded ...", "ушул мезгилде ... окутулду".  The event
# verbs there are the past sessions counted, not the reported event.
_TO_DATE = re.compile(
    r"(?<![а-яa-z])(?:за\s+(?:это|этот|весь\s+этот|всё\s+это|все\s+это)\s+(?:время|период)|за\s+время\s+(?:реализации|работы|"
    r"действия)|с\s+начала\s+(?:проекта|программы|реализации|работы)|since\s+(?:(?:19|20)\d\d|its\s+launch|the\s+start)"
    r",?\s+(?:the|this|our|its|we)\s+(?:[a-z]+\s+){0,2}?(?:has|have)|so\s+far|ушул\s+(?:мезгилде|убакка\s+чейин|"
    r"убакыттын\s+ичинде|жылдар\s+ичинде)|(?:долбоор|программа|демилге|проект)\w*\s+башталгандан\s+бери|"
    # a tally from an earlier year: "с 2025 года в Чуйской области обучены 640", "2024-жылдан бери облуста ...",
    # "since 2024, 1,320 producers have been trained"
    r"с\s+(?:19|20)\d\d\s+(?:года|г\.)|(?:19|20)\d\d\s*жылдан\s+(?:бери|баштап)|since\s+(?:19|20)\d\d,?\s+[\d,]+\s)(?![а-яa-z])")


def wider_area_sentence(ft: str, lo: int, hi: int, prev: tuple[int, int] | None = None) -> bool:
    """``ft[lo:hi]`` tells the project's reach or a speaker's figure, and no event of its own; ``prev`` is the
    sentence before it (where a pronoun's project is named)."""
    if _TO_DATE.search(ft, lo, hi) and not _DAY.search(ft, lo, hi):
        return True
    if _EVENT.search(ft, lo, hi) or _DAY.search(ft, lo, hi):
        return False
    project = _PROJECT.search(ft, lo, hi) or (prev is not None and _PRONOUN_OPENING.match(ft, lo, hi)
                                              and _PROJECT.search(ft, *prev))
    if project and _REACH.search(ft, lo, hi):
        return True
    if _RATE.search(ft, lo, hi):
        return True
    return bool(_SPEAKER.search(ft, lo, hi) and _FIGURE.search(ft, lo, hi))


def drop_wider_areas(out: list[PlaceMention], ft: str, sentence: Callable[[int], tuple[int, int]],
                     lists: dict[int, tuple[int, int]]) -> list[PlaceMention]:
    """``out`` without the oblasts (and their list mates) named only for the wider area around a place
    the event has elsewhere in the text."""
    units = gazetteer().units
    oblasts = [(m, m.place.span[0]) for m in out if m.place.level == "oblast" and m.place.span]
    if not oblasts:
        return out
    wide_sents = {s for s in {sentence(a) for _, a in oblasts}
                  if wider_area_sentence(ft, *s, prev=sentence(s[0] - 1) if s[0] > 0 else None)}
    if not wide_sents:
        return out
    event_ancestors: set[str] = set()
    for m in out:
        if not m.place.span or sentence(m.place.span[0]) in wide_sents:
            continue
        code = m.place.soate or m.place.parent_soate
        unit = units.get(code) if code else None
        if unit is not None:
            event_ancestors.update(unit.ancestors)
            if not m.place.soate:
                event_ancestors.add(unit.uid)  # a settlement below the gazetteer lies in its parent
    drop_lists = {lists.get(a, (a, a)) for m, a in oblasts
                  if sentence(a) in wide_sents and m.place.soate in event_ancestors}
    if not drop_lists:
        return out
    return [m for m in out if not (m.place.span and sentence(m.place.span[0]) in wide_sents
                                   and lists.get(m.place.span[0], (m.place.span[0],) * 2) in drop_lists)]
