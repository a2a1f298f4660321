"""Reading one number: which noun it counts, the clause around it, and whether it is no count at all.

A number counts the first noun after it ("764 адам", "9 “ыкчам” жолугушуу", "47 пилоттук
муниципалитет"); Kyrgyz and Russian both put the counted noun after the numeral.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from etl.extract.indicators_compound import person_head
from etl.extract.indicators_cues import MORE_CURRENCIES
from etl.extract.indicators_morph import agent_noun, feminine_of_role
from etl.extract.indicators_noun_bind import ends_counted_phrase
from etl.extract.indicators_number_context import (
    AIYL_OKMOT,
    CASE_AFTER_DASH,
    DIGIT,
    GLUED_CASE,
    GLUED_PART,
    JASHTAR,
    LIST_MARK_AFTER,
    NAME_DASH_BEFORE,
    NUMBER_SIGN_BEFORE,
    ORDINAL_SUFFIX,
    QUOTE_AFTER,
    RANGE_END_BEFORE,
    RANGE_OR_PERCENT_AFTER,
    RANGE_TO_BEFORE,
    RANGE_WORDS_END_BEFORE,
    RANGE_WORDS_START,
    STAFF,
    TAIL_WORDS,
)
from etl.extract.indicators_partitive import part_noun, whole_of_a_part
from etl.extract.indicators_vocab import (
    ADJECTIVE_END,
    AGE_WORD,
    AND_OTHERS,
    BODY_SIZE_AFTER,
    BODY_SIZE_BEFORE,
    BOTH_SEXES_AFTER,
    CATEGORIES,
    CURRENCY,
    DISTRIBUTIVE_AMOUNT,
    GENITIVE,
    GROUPS,
    HYPHEN_MODIFIER,
    KY_LOCATIVE_ADJ,
    KY_MODIFIER,
    KY_PLURAL,
    KY_POSSESSIVE,
    LSG_CONTEXT,
    MEASURE,
    NUMBER_WORD,
    PASSED_FROM,
    PERSON_ADJECTIVE,
    PHRASE_BREAK,
    STOP_IN_GAP,
    TOKEN,
    WINNER,
)
from etl.extract.indicators_women import KY_SEX_HEAD, SEX_QUALIFIER
from etl.extract.numbers import NumberMention


@dataclass(slots=True)
class Count:
    num: NumberMention
    category: str
    noun_end: int  # end of the counted noun phrase
    currency: str | None = None
    group: str | None = None
    indicator: str | None = None
    sex: str = "total"
    parent: int | None = None  # index of the total a women/men count splits
    sentence: tuple[int, int] = (0, 0)
    children: list[int] = field(default_factory=list)
    start: int = -1  # where the evidence starts when the noun comes before the number ("женщин — 30")
    subset: bool = False  # "410 из них": a part of the count just before
    dropped: bool = False  # ruled out by its own clause: shares no neighbour's predicate

    @property
    def first(self) -> int:
        return self.start if self.start >= 0 else self.num.start


def unset_splits_of(counts: list[Count], dropped: set[int]) -> None:
    """The women/men of a total that was unset go with it."""
    for c in counts:
        if c.parent in dropped and c.indicator is not None:
            c.indicator = None


def _category_of(words: list[str]) -> str | None:
    return _category_pair(words[0], " ".join(words[:2]))[0]


category_of_words = _category_of


@lru_cache(maxsize=1 << 16)
def _category_pair(one: str, two: str) -> tuple[str | None, bool]:
    """The category of a word or a word pair, and whether it took the pair ("айыл аймагы")."""
    if len(two) > len(one):
        # a word pair named as such wins over its first word alone: "бала бакча" is a kindergarten
        for pattern, cat in CATEGORIES:
            m = pattern.match(two)
            if m and m.end() > len(one):
                if cat == "aa_or_ao":
                    return ("institution" if AIYL_OKMOT.match(two) else "settlement"), True
                return cat, True
    for pattern, cat in CATEGORIES:
        if pattern.match(one):
            if cat == "aa_or_ao":
                return ("institution" if AIYL_OKMOT.match(two) else "settlement"), True
            return cat, False
    return None, False


@lru_cache(maxsize=1 << 16)
def _currency_of(word: str, pair: str) -> str | None:
    for pattern, code in CURRENCY + MORE_CURRENCIES:
        if pattern.match(pair) or pattern.match(word):
            return code
    return None


# The Kyrgyz accusative after a consonant ("мектепти", "китепти"), which a possessive ("мектеби",
# "кызматы") is not; "-ны" after a vowel is left alone, as "тургуну" (its resident) ends the same way.
_KY_ACCUSATIVE = re.compile(r"[бвгджзклмнпрстфхцчшщ](?:ты|ти|ту|ды|ди|ду)$")


def counted_noun(folded: str, num: NumberMention, limit: int
                  ) -> tuple[str, int, str | None, list[str]] | None:
    """(category, phrase end, currency, words before the noun) for the noun this number counts."""
    pos = num.end
    if pos < limit and folded[pos] == "-":
        # "5-жолугушуу", "3-класс" are ordinals; "45-ке" is a case ending on a count.
        m = ORDINAL_SUFFIX.match(folded[pos:pos + 12])
        if m and not CASE_AFTER_DASH.fullmatch(m.group(1)):
            return None
    window_end = min(limit, pos + 90)
    if (part := part_noun(folded, num.start, pos)) and (part_cat := _category_of([part[0]])):
        return part_cat, part[1], None, []  # "17 депутатынан 15и": fifteen deputies
    skipped: list[str] = []
    # Tokens are read lazily, one ahead: most numbers are decided by their first word or two.
    toks = TOKEN.finditer(folded, pos, window_end)
    tok = next(toks, None)
    # the gap before each token must hold no clause boundary
    prev_end = pos
    first = True
    glued_part = False
    while tok is not None:
        ahead = next(toks, None)
        word, a, b = tok.group(0), tok.start(), tok.end()
        tok = ahead
        if STOP_IN_GAP.search(folded, prev_end, a):
            break
        if first and a == pos and GLUED_CASE.fullmatch(word):
            first = False
            prev_end = b
            glued_part = GLUED_PART.fullmatch(word) is not None
            continue  # case ending glued to the digits: "130дан ашык"
        if first and word in _EN_PREPOSITIONS and word != "of":
            return None  # English puts the counted noun right after its number: "one child in eight in some
            # villages", "aged 3 to 6 in remote villages" count no village
        first = False
        nxt = ahead.group(0) if ahead is not None else ""
        cur = _currency_of(word, f"{word} {nxt}".strip())
        if cur and len(skipped) <= 1:
            return "money", b, cur, skipped
        if HYPHEN_MODIFIER.search(word):
            skipped.append(word)  # "sixteen women-led cooperatives": the compound qualifies the noun
            prev_end = b
            continue
        if word.isdigit():
            each = DISTRIBUTIVE_AMOUNT.match(folded, a, window_end)
            if each:  # "бешөө 50 миң сомдон грант утуп алды": the amount each is not the counted noun
                toks = TOKEN.finditer(folded, each.end(), window_end)
                tok = next(toks, None)
                prev_end = each.end()
                continue
        if _not_counted(word):
            if not skipped and WINNER.match(word):
                return "winner", b, None, skipped  # "беш жеңүүчү команда грант утуп алды": funded where a grant is said
            if num.value >= 130 and AGE_WORD.match(word):
                return "person", b, None, skipped  # "2 500дөн ашык жашка": no one is that old, so youth
            return None
        cat, pair = _category_pair(word, f"{word} {nxt}" if nxt else word)
        if glued_part and cat in ("settlement", "institution") and _FROM_OR_IN.search(word):
            return None  # "алардын 180и башка айылдардан келет": 180 of them (the pupils), from other villages
        if cat and whole_of_a_part(folded, word, b):
            return None  # the whole a part is taken from: the body's size
        if cat in ("settlement", "institution") and (people := person_head(  # "23 айыл кеңешинин депутаты"
                folded, nxt if pair else word, ahead.end() if pair and ahead else b, window_end, _category_of)):
            return people[0], people[1], None, skipped + [word]
        if cat in ("female", "male") and "-" in word and _category_of([word.split("-", 1)[1]]) == "official":
            cat = "official"  # "12 женщин-депутатов": officials, their sex read from the compound
        elif cat == "person" and not pair and feminine_of_role(word, _category_of) \
                or cat == "participant" and word.startswith("участниц"):
            cat = "female"  # "1 350 предпринимательниц", "30 студенток", "30 участниц": women of that role
        if cat in ("female", "male") and not pair and (both := AND_OTHERS.match(folded, b)):
            cat, b = "person", both.end()  # "более 300 женщинам и детям", "150 women and men": one count of both
        elif cat is None and not GENITIVE.search(word):
            # "220 спортчу, чебер жана ырчы": a listed noun past a comma is the next of a list, not its head
            joined = ahead is not None and not STOP_IN_GAP.search(folded, b, ahead.start())
            cat = _formed_person(word, nxt if joined else "")
            if cat == "modifier":  # "20 тигүүчү аял": the trade qualifies the noun after it
                skipped.append(word)
                prev_end = b
                continue
        if cat:
            end = ahead.end() if pair and ahead is not None else b
            if nxt and ahead is not None and not pair:
                head = _category_of([nxt])
                if head in ("person", "official") and cat in ("institution", "settlement", "organization") \
                        and GENITIVE.search(word) and KY_PLURAL.search(nxt):
                    return cat, b, None, skipped  # "12 мектептин окуучулары": the pupils of twelve schools
                # Kyrgyz izafet: "жаштар демилгелери" counts initiatives, "мектеп окуучулары" pupils.
                if head and head != cat and KY_MODIFIER.match(word) and KY_POSSESSIVE.search(nxt) \
                        and not KY_LOCATIVE_ADJ.search(nxt) \
                        and not _KY_ACCUSATIVE.search(nxt):  # "жаш шаардагы": young, in the city; "кыз мектепти
                    # таштап": girls leaving school, the school an object, not a girls' school
                    return head, ahead.end(), None, skipped + [word]
                if cat == "person" and head in ("female", "male") and (PERSON_ADJECTIVE.match(word)
                                                                       or SEX_QUALIFIER.match(word)
                                                                       or KY_SEX_HEAD.match(nxt)):
                    cat, end = head, ahead.end()  # "30 жаш аял", "12 молодых женщин": young women
                elif cat == "person" and head in ("organization", "initiative", "institution", "grant", "group_from") \
                        and (word.isascii() or ADJECTIVE_END.search(word)):
                    cat, end = head, ahead.end()  # "15 farmer cooperatives", "12 молодёжных инициатив"
            if word.isascii() and cat not in ("money", "participant"):
                english = _english_head(folded, end, window_end, cat)
                if english is not None:  # "14 village council deputies", "45 youth initiatives"
                    return english[0], english[1], None, skipped + [word]
            if cat == "session" and PASSED_FROM.match(folded, a, window_end):
                return None  # "алардын 12си тренингден өттү": twelve people went through the training
            if cat in ("female", "male"):
                both = BOTH_SEXES_AFTER.match(folded, end, window_end)
                if both and _category_of([both.group(1)]) in ("female", "male") \
                        and _category_of([both.group(1)]) != cat:
                    return "person", both.end(), None, skipped  # "25 юношей и девушек": everyone
            return cat, end, None, skipped
        if GENITIVE.search(word) and nxt:
            # "52 жергиликтүү кеңештин депутаты": the genitive qualifies the person counted next
            head = _category_of([nxt])
            if head in ("person", "official"):
                if KY_PLURAL.search(nxt):
                    return None  # "4 министрликтин өкүлдөрү": representatives of four ministries
                return head, ahead.end(), None, skipped + [word]  # type: ignore[union-attr]
        if skipped and len(skipped) < 3 and _AND.match(word) and ahead is not None and not nxt[:1].isdigit() \
                and _category_of([nxt]) is None and not NUMBER_WORD.match(nxt) \
                and all(w.isascii() or ADJECTIVE_END.search(w) for w in skipped):
            skipped.append(word)  # "26 mountain and trekking guides", "12 местных и иностранных экспертов"
            prev_end = b
            continue
        if PHRASE_BREAK.match(word) or len(skipped) >= 4 or GENITIVE.search(word) or _LOCATIVE_NOUN.match(word) \
                or ends_counted_phrase(word, skipped):
            return None  # "4 секцияда жаштардын …": a noun in the locative is the place, and nothing is counted
        skipped.append(word)
        prev_end = b
    return None


_AND = re.compile(r"^(?:and|и|жана)$")
# Kyrgyz ablative and locative endings: where a group counted before comes from or is.
_FROM_OR_IN = re.compile(r"[а-я](?:дан|ден|дон|тан|тен|тон|нан|нен|нон|да|де|до|та|те|то)$")
# A Kyrgyz or Russian noun in the locative ("секцияда", "залда", "в проекте"): the phrase it ends names where.
_LOCATIVE_NOUN = re.compile(r"^[а-я]{3,}(?:да|де|до|та|те|то)$")


def _formed_person(word: str, nxt: str) -> str | None:
    """A people noun the vocabulary lacks, read from its suffix; "modifier" when a listed noun follows."""
    if not agent_noun(word):
        return None
    return "modifier" if nxt and _category_of([nxt]) is not None else "person"


_EN_PREPOSITIONS = frozenset(("in", "at", "on", "for", "from", "with", "to", "by", "across", "of", "under",
                              "during", "among", "within"))


_EN_VERB = re.compile(r"[a-z]{3,}ed|got|were|was|took|gave|had|have|has|are|is|will|can")


def _english_head(folded: str, pos: int, limit: int, first: str) -> tuple[str, int] | None:
    """English puts the head noun last: "village council deputies" and "school teachers" count people,
    "youth initiatives" initiatives; "women entrepreneurs" stay women."""
    found: tuple[str, int] | None = None
    for k, m in enumerate(TOKEN.finditer(folded, pos, min(limit, pos + 40))):
        if k >= 2 or not m.group(0).isascii() or STOP_IN_GAP.search(folded, pos, m.start()) \
                or PHRASE_BREAK.match(m.group(0)) or m.group(0) in _EN_PREPOSITIONS or _EN_VERB.fullmatch(m.group(0)):
            break  # a preposition or a verb ends the compound: "18 information sessions in schools", "134
            # associations received training" count sessions and associations
        cat = _category_of([m.group(0)])
        if cat == "money":
            break
        if cat is not None:
            found = (cat, m.end())
    if found is None or (first in ("female", "male") and found[0] in ("person", "participant")):
        return None
    if first in ("person", "official", "female", "male") and found[0] in ("person", "participant"):
        return None if first != "person" else found  # "local council members": the member counts
    return found


@lru_cache(maxsize=1 << 16)
def _not_counted(word: str) -> bool:
    """A measure, a prize or another number: the number before it counts no one."""
    return bool((MEASURE.match(word) and not JASHTAR.match(word)) or WINNER.match(word)
                or word[:1].isdigit() or NUMBER_WORD.match(word))  # "14 өлкөдөн 250дөн ашык делегат"


def phrase_tail(folded: str, start: int, noun_end: int, limit: int) -> str:
    """The counted noun with up to two following words ("жаштар активисттери"), for group labels."""
    m = TAIL_WORDS.match(folded[noun_end:min(limit, noun_end + 40)])
    return folded[start:noun_end] + (m.group(0) if m else "")


def group_of(words: str, before: str) -> str | None:
    return _group_cached(words, before[-30:])


@lru_cache(maxsize=1 << 14)
def _group_cached(words: str, before_tail: str) -> str | None:
    for pattern, label in GROUPS:
        if pattern.search(words):
            return label
    if STAFF.search(words) and LSG_CONTEXT.search(before_tail + " " + words):
        return "LSG staff"
    return None


def _starts_line(folded: str, a: int) -> bool:
    """Only blanks between the line start and ``a`` (looked for near ``a`` first: lines can be long)."""
    near = folded[max(0, a - 64):a]
    cut = near.rfind("\n")
    if cut >= 0 or a <= 64:
        return not near[cut + 1:].strip()
    if near.strip():
        return False
    return not folded[folded.rfind("\n", 0, a) + 1:a].strip()


def is_excluded(folded: str, num: NumberMention, floor: int) -> bool:
    a, b = num.start, num.end
    before = folded[max(floor, a - 3):a]
    after = folded[b:b + 3]
    if RANGE_END_BEFORE.search(before) and DIGIT.search(folded, max(floor, a - 6), a) \
            and not (num.words and folded[a - 1:a].isspace()):
        return True  # second half of a range "80—120" ("June 2025 — Twenty women …" starts a sentence)
    if RANGE_OR_PERCENT_AFTER.match(after):
        return True  # first half of a range, or a percentage
    if RANGE_WORDS_END_BEFORE.search(folded, max(floor, a - 40), a) or (
            RANGE_WORDS_START[0].search(folded, max(floor, a - 14), a) and RANGE_WORDS_START[1].match(folded, b, b + 24)):
        return True  # either half of "от 80 до 120 человек", "between 40 and 60 farmers": a range, no count
    if RANGE_TO_BEFORE.search(folded, max(floor, a - 12), a):
        return True  # the upper end of "aged 3 to 6", "5 to 10 villages"
    if NUMBER_SIGN_BEFORE.search(folded[max(floor, a - 6):a]):
        return True
    if NAME_DASH_BEFORE.search(folded[max(floor, a - 2):a]):
        return True  # part of a name: "Алай-2", "Ак-Ордо-3"
    if LIST_MARK_AFTER.match(folded[b:b + 2]) and _starts_line(folded, a):
        return True  # list numbering "1. ..." / "2) ..."
    if folded[b:b + 1] == "." and DIGIT.match(folded, b + 1, b + 2):
        return True
    if 1950 <= num.value <= 2100 and not num.words and QUOTE_AFTER.match(folded[b:b + 3]):
        return True  # a year in a name: «Жаш лидер – 2024»
    if BODY_SIZE_BEFORE.search(folded, max(floor, a - 40), a) or BODY_SIZE_AFTER.match(folded, b, b + 40):
        return True
    return num.value > 1e12

