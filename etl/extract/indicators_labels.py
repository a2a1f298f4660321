"""Counts whose noun is not after the number: table rows, "женщин — 30", "410 из них".

Most counts name their noun right after the number ("45 адам"); these read it elsewhere:
- a table row or a "label: value" line, the label before the value
  ("Школ, участвующих в программе\t18", "Обучено социальных работников | 56");
- a sex named before its figure ("из них женщин — 30", "аялдар: 30");
- "410 из них прошли обучение" / "30 of them were women": a part of what was just counted.
"""

from __future__ import annotations

import re

from etl.extract.indicators_cues import PERCENT_AFTER, row_predicate
from etl.extract.indicators_reading import Count, category_of_words
from etl.extract.indicators_vocab import PARTITIVE_BEFORE, TOKEN
from etl.extract.numbers import NumberMention

# The value closes its line or table cell; the label before it ends with a tab, a bar or a colon.
# the value ends its line, after a bracketed note and a full stop: "Охвачено учреждений: 14 (9 школ и 5 детских садов)."
_ROW_VALUE_AFTER = re.compile(r"[ \t]*(?:\([^\n()]{1,80}\)[ \t]*)?\.?(?:\|[^\n]*)?(?:\n|$)")
# "28 (21 ж / 7 м)", "(12 f, 9 m)": women and men abbreviated in brackets after a total
_ABBREV_SPLIT = re.compile(r"\(\s*\d[\d ]*\s*(?:ж|жен|w|f|аял)\.?\s*[/,;]\s*\d[\d ]*\s*(?:м|муж|m|э|эрк|эркек)\.?\s*\)")
_ABBREV_SEX = re.compile(r"\s*(?:(ж|жен|w|f|аял)|(м|муж|m|э|эрк|эркек))\.?(?![а-яa-z])")
_ROW_LABEL_END = re.compile(r"(?:\t|\|| ?:)\s*$")
_SEX_BEFORE = re.compile(
    r"(?<![а-яa-z])(женщин[а-я]*|мужчин[а-я]*|девуш[а-я]*|юнош[а-я]*|аялдар[а-я]*|эркектер[а-я]*|"
    r"кыздар[а-я]*|жигиттер[а-я]*|women|men)\s*(?:было|составил[а-я]*|саны|болду|were|was|numbered)?\s*"
    r"(?:[—–:=-]\s*)?(?:более|около|свыше|почти|примерно|about|over)?\s*$"
)
_OF_THEM_AFTER = re.compile(r"\s+(?:из\s+них|of\s+them|of\s+whom|of\s+(?:the|these|those)\s+(?:participants|attendees|"
                            r"trainees|graduates|delegates|students|learners|people)|из\s+(?:числа\s+)?(?:участник|"
                            r"слушател|обученн|присутствующ)[а-я]*)(?![а-яa-z])")
_OF_THEM_BEFORE = re.compile(r"(?<![а-я])(?:алардын|анын|из\s+них|of\s+them)\s*$")
# "18и" / "20сы": "eighteen of them", the possessive glued to the digits
_GLUED_PART = re.compile(r"(?:и|ы|у|сы|си|су)(?![а-я])")
_AFTER_COMMA = re.compile(r"(?:,|жана)\s*$")
_PAREN_BEFORE = re.compile(r"([^\W\d][^(),.;:]{2,50})\(\s*$")
_DASH = re.compile(r"\s*(?:[—–:-]\s*)?(?:(?:were|are|was|были|был[аио]?)\s+)?")
_SEX_WORD = re.compile(r"[^\W\d_]+")


def sex_named_before(folded: str, num: NumberMention, s_start: int) -> tuple[str, int] | None:
    """("female" | "male", where the word starts) for "женщин — 30", "Женщины составили 30 человек"."""
    before = folded[max(s_start, num.start - 40):num.start]
    sex = _SEX_BEFORE.search(before)
    if sex:
        cat = category_of_words([sex.group(1)])
        if cat in ("female", "male"):
            return cat, num.start - len(before) + sex.start(1)
    return None


def category_before_paren(folded: str, num: NumberMention, s_start: int) -> str | None:
    """"представители айыл окмоту (12 человек)": who the bracketed head count is of."""
    m = _PAREN_BEFORE.search(folded, max(s_start, num.start - 60), num.start)
    if m is None:
        return None
    words = [t.group(0) for t in TOKEN.finditer(m.group(1))][-4:]
    for k in range(len(words)):
        cat = category_of_words(words[k:k + 2])
        if cat in ("official", "person", "female", "male"):
            return cat
    return None


def _after_partitive(folded: str, whole: Count, num: NumberMention) -> bool:
    """"Из 60 участников 20 прошли обучение": a number right after a total named as a whole."""
    return not folded[whole.noun_end:num.start].strip(" ,") and bool(
        PARTITIVE_BEFORE.search(folded, max(whole.sentence[0], whole.num.start - 12), whole.num.start))


def count_without_noun(folded: str, num: NumberMention, sentence: tuple[int, int],
                       previous: Count | None = None) -> Count | None:
    """A count whose noun is before the number or is the count just before it; else None."""
    s_start, s_end = sentence
    if PERCENT_AFTER.match(folded, num.end):
        return None  # "алардын 30 пайызы": a share of them
    paren = folded.rfind("(", max(s_start, num.start - 16), num.start)
    if paren >= 0 and (m := _ABBREV_SPLIT.match(folded, paren)) and num.end <= m.end() \
            and (ab := _ABBREV_SEX.match(folded, num.end)):
        return Count(num, "female" if ab.group(1) else "male", ab.end(), sentence=sentence)
    sex = sex_named_before(folded, num, s_start)
    if sex:
        return Count(num, sex[0], num.end, sentence=sentence, start=sex[1])
    if previous is not None and (_OF_THEM_BEFORE.search(folded, max(s_start, num.start - 12), num.start)
                                 or _after_partitive(folded, previous, num)
                                 or (_GLUED_PART.match(folded, num.end)
                                     and _AFTER_COMMA.search(folded, max(s_start, num.start - 8), num.start))):
        # "48 долбоор келип түшүп, алардын 10у каржыланды": ten of the projects just counted
        glued = _GLUED_PART.match(folded, num.end)
        end = glued.end() if glued else num.end
        whose = previous.category
        if whose in ("person", "participant") and (named := _named_after(folded, end, s_end)) is not None:
            whose, end = named  # "алардын 26сы айылдык кеңештердин депутаттары": 26 of them, deputies
        return Count(num, whose, end, sentence=sentence, subset=True)
    part = _OF_THEM_AFTER.match(folded, num.end, s_end)
    if part:
        word = _SEX_WORD.match(folded, _DASH.match(folded, part.end()).end(), s_end)  # type: ignore[union-attr]
        cat = category_of_words([word.group(0)]) if word else None
        if word is not None and cat not in ("female", "male"):
            # "68 of the participants were young women": one adjective before the sex
            second = _SEX_WORD.match(folded, word.end() + 1, s_end)
            if second is not None and category_of_words([second.group(0)]) in ("female", "male"):
                word, cat = second, category_of_words([second.group(0)])
        if cat in ("female", "male") and word is not None:
            return Count(num, cat, word.end(), sentence=sentence, subset=True)  # "30 из них — женщины"
        if word is not None and (named := _named_after(folded, word.start(), s_end)) is not None \
                and named[0] == "official":
            return Count(num, "official", named[1], sentence=sentence, subset=True)  # "12 of them were councillors"
        if previous is not None and previous.category not in ("person", "participant", "official", "female", "male"):
            # "участвовали 45 команд, победителями стали пять из них": five of the teams, not five people
            return Count(num, previous.category, part.end(), sentence=sentence, subset=True)
        return Count(num, "person", part.end(), sentence=sentence, subset=True)  # "410 из них прошли обучение"
    return _row_count(folded, num, sentence)


def _named_after(folded: str, pos: int, limit: int) -> tuple[str, int] | None:
    """Officials or one sex named right after a part of a total, within four words and one clause
    ("26сы айылдык кеңештердин депутаттары", "из них 12 — главы айыл окмоту"): (category, end)."""
    gap = pos
    for k, tok in enumerate(TOKEN.finditer(folded, pos, min(limit, pos + 60))):
        if k >= 4 or _NAMED_STOP.search(folded, gap, tok.start()):
            break
        cat = category_of_words([tok.group(0)])
        if cat in ("official", "female", "male"):
            return cat, tok.end()
        gap = tok.end()
    return None


_NAMED_STOP = re.compile(r"[.;:!?,(]")


def _row_count(folded: str, num: NumberMention, sentence: tuple[int, int]) -> Count | None:
    """"Школ, участвующих в программе\t18": the first counted noun of the row's label."""
    s_start, s_end = sentence
    if not _ROW_VALUE_AFTER.match(folded, num.end, s_end + 1):
        return None
    line_start = max(s_start, folded.rfind("\n", 0, num.start) + 1)
    label = folded[line_start:num.start]
    if not _ROW_LABEL_END.search(label) or len(label) > 120:
        return None
    words = [(m.group(0), m.start()) for m in TOKEN.finditer(folded, line_start, num.start)]
    for k, (word, _) in enumerate(words[:6]):
        cat = category_of_words([word] + ([words[k + 1][0]] if k + 1 < len(words) else []))
        if cat is not None and cat != "money":
            return Count(num, cat, num.end, sentence=sentence, start=words[0][1])
    said = row_predicate(label)
    if said is not None and words:  # "Прошли обучение, всего\t24", "Окутулгандар\t24": people, by what they did
        return Count(num, "person", num.end, sentence=sentence, start=words[0][1], indicator=said)
    return None

