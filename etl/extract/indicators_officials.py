"""Officials among the participants, named as a part of a total said before them.

Reports count the audience first and then the decision makers in it, in a clause that has no predicate
of its own: "Among them were about 40 heads and specialists of ayil okmotus", "among them 42 municipal
officials", "Алардын арасында айылдык кеңештердин 17 депутаты бар", "Катышуучулардын 9у – айылдык
кеңештердин депутаттары", "среди них 14 депутатов местных кенешей", "…, and 37 were deputies".  The
count is an ``officials_participants`` figure of the total before it.  Two gaps are closed here:

* a number whose noun comes after a genitive or a dash ("9у – айылдык кеңештердин депутаттары",
  "8и айылдык кеңештин аял депутаттары", "40 heads and specialists of ayil okmotus") is read as officials
  when the phrase ends in an official's title, or in a head/staff word of a state body;
* an officials count left without an indicator (its own clause has no verb) takes
  ``officials_participants`` when a cue of inclusion ("among them", "алардын арасында", "среди них",
  "of the participants") separates it from a participants total in its sentence or the one before.
"""

from __future__ import annotations

import re

from etl.extract.indicators_reading import Count
from etl.extract.numbers import NumberMention

# Titles that are an office whoever holds them.
_OFFICE = (r"депутат|deput|councill?or|officials?(?![a-z])|чиновник|госслужащ|должностн|civil\s+servant|"
           r"мамлекеттик\s+кызматкер|муниципальн[а-я]*\s+служащ")
# Heads and staff, officials only when the body they serve is a state one.
_HEAD = (r"башчы|жетекчи|кызматкер|адис|окул|глав[аыуе]?(?![а-я])|руководител|сотрудник|специалист|"
         r"представител|heads?(?![a-z])|chiefs?(?![a-z])|staff|specialists?|employees?|officers?|representatives?")
_STATE_BODY = re.compile(
    r"окмот|кенеш|администрац|мэри|акимиат|министр|мсу|органдар|органов\s+(?:власти|мсу|местного)|"
    r"государственн[а-я]*\s+орган|госорган|"
    r"ok(?:m|e)ot|kenesh|administration|municipal|mayor|city\s+hall|ministr|government|local\s+self")
# After the number: a possessive glued to it ("9у", "19у", "17си"), a dash or "were", then at most five
# words ending in the title; or an English head right after it ("40 heads and specialists of …").  No
# clause boundary inside.
_AFTER = re.compile(
    r"(?P<lead>(?:у|и|ы|сы|си|су)(?![а-я]))?\s*(?P<dash>[-–—:]\s+)?(?P<were>(?:were|are|was|is)\s+)?"
    r"(?P<words>(?:[^\W\d_][\w-]*\s+){0,5}?)"
    rf"(?P<sex>(?:аял|эркек|women|female|men|male)[\s-]+)?(?P<head>(?:{_OFFICE}|{_HEAD})[\w]*)"
    r"(?P<tail>(?:\s+(?:and|жана|и)\s+[^\W\d_]+)?(?:\s+of\s+(?:the\s+)?(?:[^\W\d_][\w-]*\s+){0,2}?[^\W\d_][\w-]*)?)")
_OFFICE_WORD = re.compile(_OFFICE)
_OF_THEM = re.compile(r"\s+(?:из\s+них|of\s+them)(?![а-яa-z])")
_REPRESENTED = re.compile(r"\s*[-–—:]?\s*(?:представлял[аи]?|представляют|represented|came\s+from|were\s+from)\s+")
_STOP = re.compile(r"[.;!?()]")

_AMONG = re.compile(
    r"among\s+(?:them|the\s+participants|those\s+present|whom)|including|of\s+(?:them|whom|the\s+participants)|"
    r"среди\s+(?:них|участник[а-я]*|присутствующ[а-я]*|которых)|в\s+(?:том|их)\s+числе|из\s+(?:них|которых)|"
    r"(?:алардын|катышуучулардын)\s+(?:арасында|ичинде|ичинен|катарында)|анын\s+ичинде|"
    r"(?:алардын|катышуучулардын)\s+\d")
_PEOPLE = ("person", "participant", "female", "male")


def official_phrase_end(folded: str, num: NumberMention, s_end: int) -> int | None:
    """Where the phrase naming the officials this number counts ends, if it names officials."""
    limit = min(s_end, num.end + 110)
    stop = _STOP.search(folded, num.end, limit)
    end = stop.start() if stop else limit
    of = _OF_THEM.match(folded, num.end, end)  # "восемь из них — сотрудники …": a part of those counted before
    if of is not None and (rep := _REPRESENTED.match(folded, of.end(), end)) is not None:
        body = _STATE_BODY.search(folded, rep.end(), min(end, rep.end() + 40))
        # "Одиннадцать из них представляли государственные органы": whom they represent names them officials
        return body.end() if body is not None else None
    m = _AFTER.match(folded, of.end() if of else num.end, end)
    if m is None or not (m.group("lead") or m.group("dash") or m.group("were")
                         or (not m.group("words") and " of " in m.group("tail"))):
        return None  # "11 айыл окмотунун башчылары" counts the okmotus; "алардын 9у … депутаттары" the deputies
    if num.words and not m.group("were") and of is None:
        return None  # "Тогуз-Торо райондук администрациясынын жетекчилиги": a name that starts with a number word
    if _OFFICE_WORD.match(m.group("head")):
        return m.end("head")
    # the body may follow the head ("heads and specialists of ayil okmotus"): a few words past it
    return m.end() if _STATE_BODY.search(folded, num.end, min(end, m.end() + 20)) else None


def official_phrase_sex(folded: str, num: NumberMention, noun_end: int) -> str:
    """"8и айылдык кеңештин аял депутаттары": the officials' sex, when the phrase names it."""
    m = _AFTER.match(folded, num.end, noun_end)
    if m is None or not m.group("sex"):
        return "total"
    return "female" if m.group("sex").strip(" -") in ("аял", "women", "female") else "male"


def officials_among(folded: str, counts: list[Count]) -> None:
    """Officials with no predicate of their own, named as a part of the participants before them."""
    for i, c in enumerate(counts):
        if c.category != "official" or c.parent is not None or c.dropped \
                or not (c.indicator is None or (c.subset and c.indicator == "people_trained")):
            continue  # a part named of the trainees ("Шесть из них — сотрудники органов МСУ") took the total's verb
        total = _participants_before(counts, i)
        if total is None:
            continue
        if _AMONG.search(folded, total.noun_end, min(c.noun_end, c.num.end + 12)):  # "N из них — …" names it a part
            c.indicator = "officials_participants"


def _participants_before(counts: list[Count], i: int) -> Count | None:
    """The participants total in this count's sentence or the one just before it."""
    frontier = counts[i].sentence[0]
    for j in range(i - 1, -1, -1):
        p = counts[j]
        if p.sentence[0] < frontier and p.sentence[1] < frontier - 3:
            return None
        if p.parent is not None and counts[p.parent].indicator == "participants" \
                and counts[p.parent].category in _PEOPLE and p.sentence == counts[i].sentence:
            return counts[p.parent]  # "128 of the participants were women …, and 37 were deputies": the split's total
        if p.parent is not None or p.indicator == "officials_participants":
            frontier = min(frontier, p.sentence[0])
            continue  # a sex split of the total or other officials in it: parts, look further back
        if p.category in _PEOPLE and p.indicator in ("participants", "people_trained"):
            return p  # "Обучение прошли 31 человек … Шесть из них — сотрудники органов МСУ": officials among them
        if p.category in _PEOPLE or p.category == "official":
            return None  # another kind of people stands between: not a part of the participants
    return None


# "11 айыл окмотунун башчылары", "34 мектебинин директору": the numeral stands on the genitive noun,
# so it counts the bodies whose heads came (the heads' number is not said); "45 айыл өкмөт башчысы"
# (a compound, no genitive) counts the heads.
_HEADS_OF_COUNTED = re.compile(r"\s*(?:башчы|жетекчи|директор|кызматкер|окул)")
_GLUED_POSSESSIVE = re.compile(r"(?:у|и|ы|сы|си|су)(?![а-я])")  # "20сы айыл окмотторунун кызматкерлери": 20 of them
_GENITIVE_NOUN_END = re.compile(r"(?:нын|нин|нун|дын|дин|дун|тын|тин|тун)$")


def heads_of_counted_bodies(folded: str, num: NumberMention, noun_end: int, s_start: int) -> bool:
    """The number counts the bodies named in the genitive before their heads; named as a part of the
    participants ("анын ичинде … 40 айыл өкмөтүнүн башчысы") it is the heads who are counted."""
    return _GENITIVE_NOUN_END.search(folded, num.end, noun_end) is not None \
        and _HEADS_OF_COUNTED.match(folded, noun_end) is not None \
        and _GLUED_POSSESSIVE.match(folded, num.end) is None \
        and _AMONG.search(folded, s_start, num.start) is None


_FOR_BEFORE = re.compile(r"(?<![а-яa-z])(?:для|for)\s+(?:(?:более|около|свыше|over|about|some)\s+)?$")
_SESSION = re.compile(r"круглы[а-я]*\s+стол|тренинг|семинар|встреч|курс|заняти|тегерек\s+стол|round\s+table|"
                      r"training|seminar|workshop|meeting|course")


def officials_as_audience(folded: str, counts: list[Count]) -> None:
    """Officials a session was held for ("круглый стол для 25 женщин-депутатов") are its whole audience:
    its participants, with no separate total of which they would be a part."""
    for c in counts:
        if c.category != "official" or c.parent is not None or c.dropped \
                or not (c.indicator is None or (c.subset and c.indicator == "people_trained")):
            continue  # a part named of the trainees ("Шесть из них — сотрудники органов МСУ") took the total's verb
        s_start, s_end = c.sentence
        if not _FOR_BEFORE.search(folded, max(s_start, c.num.start - 20), c.num.start):
            continue
        if _SESSION.search(folded, s_start, c.num.start) and not any(
                o.indicator == "participants" and o.sentence == c.sentence for o in counts):
            c.indicator = "participants"
