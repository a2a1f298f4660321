"""Numbers as reports write them: locale-aware digits, Kyrgyz/Russian/English words, multipliers.

All patterns run on ``etl.text.fold`` output (lowercase, ң→н ө→о ү→у, ё→е), which
has the same length as the document text, so every span is a span of the document.

Digit locale rules ("61,933 доллар" is 61933, "1,5 саат" is 1.5):
- a separator followed by exactly three digits and no more is a thousands separator
  ("1.200", "61,933", "1 200") — unless a multiplier follows ("1,250 млн" is 1.25 million);
- otherwise a single ``,`` or ``.`` is the decimal mark.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from etl.extract.numbers_fraction import ablative_cut
from etl.last_words import last_words, word_end
from etl.reference.scan import Triggered, literal_prefixes, match_key
from etl.text import digit_runs, fold


@dataclass(slots=True, frozen=True)
class NumberMention:
    value: float
    start: int
    end: int
    approx: bool = False  # "более 130", "130дан ашык"
    words: bool = False  # written in words ("үч жүз миң")
    multiplied: bool = False  # a multiplier (млн, миң, тысяч) was applied


# --------------------------------------------------------------------- word numbers

_KY_WORDS = {
    "бир": 1, "эки": 2, "уч": 3, "торт": 4, "беш": 5, "алты": 6, "жети": 7, "сегиз": 8, "тогуз": 9,
    "он": 10, "жыйырма": 20, "отуз": 30, "кырк": 40, "элуу": 50, "алтымыш": 60, "жетимиш": 70,
    "сексен": 80, "токсон": 90,
}
# Kyrgyz collective forms: экөө "the two of them", бешөө ...
_KY_COLLECTIVE = {"экоо": 2, "учоо": 3, "тортоо": 4, "бешоо": 5, "алтоо": 6, "жетоо": 7}
_RU_WORDS: dict[str, int] = {}
for _forms, _v in (
    ("один одна одно одного одной одному одним одном", 1),
    ("два две двух двум двумя", 2), ("три трех трем тремя", 3),
    ("четыре четырех четырем четырьмя", 4), ("пять пяти пятью", 5), ("шесть шести шестью", 6),
    ("семь семи семью", 7), ("восемь восьми восемью", 8), ("девять девяти девятью", 9),
    ("десять десяти десятью", 10), ("одиннадцать одиннадцати", 11), ("двенадцать двенадцати", 12),
    ("тринадцать тринадцати", 13), ("четырнадцать четырнадцати", 14), ("пятнадцать пятнадцати", 15),
    ("шестнадцать шестнадцати", 16), ("семнадцать семнадцати", 17), ("восемнадцать восемнадцати", 18),
    ("девятнадцать девятнадцати", 19), ("двадцать двадцати двадцатью", 20),
    ("тридцать тридцати тридцатью", 30), ("сорок сорока", 40), ("пятьдесят пятидесяти", 50),
    ("шестьдесят шестидесяти", 60), ("семьдесят семидесяти", 70), ("восемьдесят восьмидесяти", 80),
    ("девяносто девяноста", 90), ("сто ста", 100), ("двести двухсот двумстам", 200),
    ("триста трехсот тремстам", 300), ("четыреста четырехсот", 400), ("пятьсот пятисот", 500),
    ("шестьсот шестисот", 600), ("семьсот семисот", 700), ("восемьсот восьмисот", 800),
    ("девятьсот девятисот", 900),
    # collectives: "трое победителей", "пятеро участников"
    ("двое двоих", 2), ("трое троих", 3), ("четверо четверых", 4), ("пятеро пятерых", 5),
    ("шестеро шестерых", 6), ("семеро семерых", 7), ("восьмеро восьмерых", 8), ("девятеро девятерых", 9),
    ("десятеро десятерых", 10),
):
    for _f in _forms.split():
        _RU_WORDS[_f] = _v
_EN_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_HUNDRED = {"жуз", "hundred"}  # Russian hundreds are whole words (сто, двести ...)
# Halves: "бир жарым миллион" 1.5 million, "полтора миллиона", "жарым миллион" half a million.
_FRACTIONS = {"жарым": 0.5, "полтора": 1.5, "полторы": 1.5, "полутора": 1.5}
_BIG = {"мин": 1000, "тысяча": 1000, "тысячи": 1000, "тысяч": 1000, "тысячу": 1000, "тысячам": 1000,
        "тысячами": 1000, "тыс": 1000, "thousand": 1000,
        "миллион": 10**6, "миллиона": 10**6, "миллионов": 10**6, "млн": 10**6, "million": 10**6,
        "миллиард": 10**9, "миллиарда": 10**9, "миллиардов": 10**9, "млрд": 10**9, "billion": 10**9}

_UNIT_WORDS: dict[str, int] = {**_KY_WORDS, **_RU_WORDS, **_EN_WORDS}
# Kyrgyz case/approximation suffixes a number word may carry (folded): ablative, dative,
# genitive, locative, accusative, "about" (-дөй), plural-ish.  Ordinals (-инчи) are not numbers.
_KY_SUFFIX = r"(?:дан|ден|дон|тан|тен|тон|га|ге|го|ка|ке|ко|нын|нин|нун|дын|дин|дун|тын|тин|тун|да|де|до|та|те|то|ны|ни|ну|ды|ди|ду|ты|ти|ту|дой|дай|дей|той|тай|тей|оо)?"

# The Kyrgyz possessive ("жыйырма бири аял": twenty-one of them women, "экиси", "элүү бири") ends
# the last word of a count.  Only Kyrgyz words take it: Russian "семьи", "они", "мини" are no numbers.
_KY_POSSESSIVE = r"(?:с[иыу]|[иыу])"
# Longest first, ties by spelling: a set's order follows the hash seed, and the same pattern text in every
# process lets the regex disk cache (``etl.regex_cache``) find it.
_KY_POSSESSIVE_WORDS = sorted((set(_KY_WORDS) - {"он"}) | {"жуз"}, key=lambda w: (-len(w), w))

_word_alts = sorted(set(_UNIT_WORDS) | _HUNDRED | set(_BIG) | set(_KY_COLLECTIVE) | set(_FRACTIONS),
                    key=lambda w: (-len(w), w))
_WORD_TOKEN = (r"(?:(?:" + "|".join(map(re.escape, _word_alts)) + r")" + _KY_SUFFIX
               + r"|(?:" + "|".join(_KY_POSSESSIVE_WORDS) + r")" + _KY_POSSESSIVE + r")")


def _by_first_letter(words: list[str]) -> str:
    """``(?:w1|w2|…)`` with the words grouped by first letter, each group in the given order: ``re`` then
    tries only the group of the letter at hand instead of all 189 words (the same matches, tried in the
    same order: words of different first letters never match at one place)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "(?:" + "|".join(re.escape(ch) + "(?:" + "|".join(map(re.escape, rests)) + ")"
                            for ch, rests in groups.items()) + ")"


# _WORD_TOKEN as re runs it fastest (the scan's triggers are read from _WORD_TOKEN itself)
_WORD_TOKEN_FAST = ("(?:" + _by_first_letter(_word_alts) + _KY_SUFFIX
                    + "|" + _by_first_letter(_KY_POSSESSIVE_WORDS) + _KY_POSSESSIVE + ")")
# A run of number words separated by single spaces or hyphens, or by "and" after an English
# hundred/thousand/million ("two hundred and fifty").
# At most 16 words: no number needs more, and an endless run ("беш жүз беш жүз …") stays linear.
_WORD_SEP = r"(?:[ \-]|(?:(?<=hundred)|(?<=thousand)|(?<=million)) and )"
_WORD_RUN = re.compile(r"(?<![\w-])" + _WORD_TOKEN_FAST + r"(?:" + _WORD_SEP + _WORD_TOKEN_FAST + r"){0,15}(?![\w])")
_SUFFIX_STRIP = re.compile(_KY_SUFFIX + r"$")
_POSSESSIVE_STRIP = re.compile(_KY_POSSESSIVE + r"$")
_WORD_START = re.compile(r"(?<![\w-])(?:" + "|".join(sorted({re.escape(w[:2]) for w in _word_alts})) + ")")

# Every run opens with a whole number word: the shared scan finds where one starts a word.
_WORD_SCAN = Triggered("number_words", _WORD_RUN, literal_prefixes(_WORD_TOKEN))

# --------------------------------------------------------------------- digit numbers

_SEP_SPACE = "[ \u00a0\u202f\u2009]"
_DIGITS = re.compile(
    r"(?<![\d.,])(?:(?<=\d:\d\d)|(?<!\d))"
    r"(?P<num>"
    r"\d{1,3}(?:" + _SEP_SPACE + r"\d{3})+(?![\d])(?![.,]\d)"  # 1 200 / 1 200 000
    r"|\d{1,3}(?:,\d{3}){2,}(?!\d)"  # 1,200,000
    r"|\d{1,3}(?:\.\d{3}){2,}(?!\d)"  # 1.200.000
    r"|\d+(?:[.,]\d+)?(?![.,]?\d)"  # 1200 / 61,933 / 1,5 / 1.200
    r")"
)
_DIGIT_RUN = re.compile(r"\d\d*")  # not "\d+": a pattern that opens with a class is scanned for in C
_MULT_AFTER = re.compile(
    r"[ \u00a0]?(?P<m>млн\.?|млрд\.?|миллион(?:а|ов)?|миллиард(?:а|ов)?|тыс\.?|тысяч[аиуе]?|мин(?=\s+[^\W_])|мин(?:ден|ге|дей|дин|ди)"
    r"|million|billion|thousand|mln\.?|bn|k|(?<=\d)m)(?![\w])"  # "$3.4m": an "m" only glued to the digits
)
_APPROX_BEFORE = re.compile(
    r"(?:более\s+чем|более|свыше|около|почти|порядка|примерно|приблизительно|больше|не\s+менее|"
    r"более\s+|over|about|around|nearly|almost|more\s+than|approximately|up\s+to|болжол\s+менен|"
    r"жалпысынан|жалпы\s+эле)\s*$"
)
_APPROX_AFTER = re.compile(
    r"^-?(?:дан|ден|дон|тан|тен|тон)?\s*(?:ашык|ашуун|ашыгы|ашты|жакын|чамасында|чакты)"
    r"|^-?(?:дой|дай|дей|тай|тей|той)(?!\w)"
)


def _digits_value(raw: str, multiplier_follows: bool) -> float:
    s = raw.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    if " " in s:
        return float(s.replace(" ", ""))
    if s.count(",") + s.count(".") > 1:
        return float(s.replace(",", "").replace(".", ""))
    for sep in (",", "."):
        if sep in s:
            head, tail = s.split(sep)
            if len(tail) == 3 and not multiplier_follows and head != "0":
                return float(head + tail)
            return float(f"{head}.{tail}")
    return float(s)


_WORDS_MAX = 10**15


def _words_value(tokens: list[str]) -> float | None:
    total: float = 0
    current: float = 0
    seen = False
    for tok in tokens:
        word = tok if tok in _UNIT_WORDS or tok in _BIG or tok in _HUNDRED or tok in _KY_COLLECTIVE \
            or tok in _FRACTIONS else _SUFFIX_STRIP.sub("", tok)
        if word not in _UNIT_WORDS and word not in _HUNDRED:
            bare = _POSSESSIVE_STRIP.sub("", tok)
            word = bare if bare in _KY_WORDS or bare in _HUNDRED else word
        if word in _FRACTIONS:
            current += _FRACTIONS[word]
        elif word in _KY_COLLECTIVE:
            current += _KY_COLLECTIVE[word]
        elif word in _UNIT_WORDS:
            current += _UNIT_WORDS[word]
        elif word in _HUNDRED:
            current = (current or 1) * 100
        elif word in _BIG:
            total += (current or 1) * _BIG[word]
            current = 0
        else:
            return None
        seen = True
        if total > _WORDS_MAX or current > _WORDS_MAX:
            return None  # "беш жүз беш жүз …" repeated is no number (and would grow without bound)
    return float(total + current) if seen else None


def _one_number_end(run: str, tokens: list[str]) -> tuple[int, int] | None:
    """Where a run of number words stops being one number: a unit joins only a ten before it ("twenty five",
    "жыйырма беш", "он бир"), so "two five" or "three twelve" are two numbers.  (tokens kept, end in ``run``),
    or None when the run is one number."""
    last: int | None = None
    for k, tok in enumerate(tokens):
        word = tok if tok in _UNIT_WORDS else _POSSESSIVE_STRIP.sub("", _SUFFIX_STRIP.sub("", tok))
        value = _UNIT_WORDS.get(word) if word in _UNIT_WORDS else None
        if value is None or value >= 100:
            last = None  # a hundred ("сто", "жүз"), a multiplier, a half or a collective starts a new part
            continue
        if last is not None and not (last % 10 == 0 and last < 100 and value < 10):
            if k == 0:
                return None
            offsets = [mt.end() for mt in re.finditer(r"[^ \-]+", run) if mt.group(0) != "and"]
            return k, offsets[k - 1]
        last = value
    return None


def find_numbers(folded: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
    """Numbers in ``folded[start:end]`` (``folded`` is ``fold(text)``), in text order."""
    end = len(folded) if end is None else end
    found: list[NumberMention] = []
    consumed = start
    runs = (digit_runs(folded) if start == 0 and end == len(folded)  # the whole text: the shared runs
            else [m.span() for m in _DIGIT_RUN.finditer(folded, start, end)])
    for run_start, _ in runs:  # the full grammar only where digits start
        if run_start < consumed:
            continue
        m = _DIGITS.match(folded, run_start, end)
        if m is None:
            continue
        consumed = m.end()
        raw = m.group("num")
        mult_m = _MULT_AFTER.match(folded, m.end(), end)
        try:
            value = _digits_value(raw, mult_m is not None)
        except ValueError:
            continue
        stop = m.end()
        multiplied = False
        if mult_m:
            word = mult_m.group("m").rstrip(".")
            if word.startswith("мин"):
                word = "мин"
            factor = _BIG.get(word) or {"mln": 10**6, "bn": 10**9, "k": 1000, "m": 10**6}.get(word)
            if factor:
                value = round(value * factor, 6)  # "8,2 млн" is 8200000, not 8199999.999999999
                stop = mult_m.end()
                multiplied = True
                value, stop = _add_remainder(folded, value, factor, stop, end)
        found.append(NumberMention(value, m.start(), stop, _is_approx(folded, m.start(), stop),
                                   False, multiplied))
    share_end = -1
    starts = _WORD_SCAN.starts(match_key(folded))  # where a number word starts a word (shared scan)
    for ws in starts[bisect_left(starts, start):]:
        if ws >= end:
            break
        if not _WORD_START.match(folded, ws, end):
            continue  # the scan's word start is wider: "-он" is no number
        if (found and found[-1].words and found[-1].end > ws) or ws < share_end:
            continue  # inside the run just read
        m = _WORD_RUN.match(folded, ws, end)
        if m is None:
            continue
        if ablative_cut(m.group(0)) is not None:
            share_end = m.end()
            continue  # "үчтөн бири", "ондон экиси": a share (one in three, two in ten), no count
        tokens = [t for t in re.split(r"[ \-]", m.group(0)) if t != "and"]
        if (cut := _one_number_end(m.group(0), tokens)) is not None:
            tokens = tokens[:cut[0]]  # "two five-day trainings": two numbers side by side, the first read
            run_end = m.start() + cut[1]
        else:
            run_end = m.end()
        # A Russian/English multiplier alone ("тысяч", "млн") is not a number, nor a half alone.
        if all(t.rstrip(".") in _BIG for t in tokens) or tokens == ["жарым"]:
            continue
        word_value = _words_value(tokens)
        if word_value is None:
            continue
        found.append(NumberMention(word_value, m.start(), run_end, _is_approx(folded, m.start(), run_end),
                                   True, any(t in _BIG for t in tokens)))
    found.sort(key=lambda n: (n.start, -n.end))
    kept: list[NumberMention] = []
    for n in found:  # "2 миңден": the digits with their multiplier, not "миң" again
        if kept and n.start < kept[-1].end:
            continue
        kept.append(n)
    return kept


_REMAINDER = re.compile(r"[ \u00a0](\d{1,3})(?![\d]|[.,]\d)")


def _add_remainder(folded: str, value: float, factor: int, stop: int, end: int) -> tuple[float, int]:
    """"91 миң 500" is 91500, "2 млн 300 тыс." 2300000: a smaller part written after the multiplier."""
    m = _REMAINDER.match(folded, stop, end)
    if m is None:
        return value, stop
    part = int(m.group(1))
    mult_m = _MULT_AFTER.match(folded, m.end(), end)
    if mult_m:
        word = mult_m.group("m").rstrip(".")
        small = _BIG.get("мин" if word.startswith("мин") else word)
        if small and small < factor:
            return value + part * small, mult_m.end()
        return value, stop
    if factor == 1000 and folded[stop - 1] != ".":  # "5 тыс. 12 марта": the abbreviation may end a clause
        return value + part, m.end()
    return value, stop


_APPROX_LAST = last_words(_APPROX_BEFORE)  # a window ending otherwise is not searched (last_words.py)


def _is_approx(folded: str, start: int, end: int) -> bool:
    lo = max(0, start - 25)
    return bool(folded.endswith(_APPROX_LAST, lo, word_end(folded, lo, start)) and _APPROX_BEFORE.search(folded[lo:start])
                or _APPROX_AFTER.match(folded[end:end + 20]))


def parse_number(text: str) -> float | None:
    """The value of a number written alone ("61,933", "2,3 млн", "үч жүз миң"), else None."""
    folded = fold(text.strip())
    nums = find_numbers(folded)
    if not nums:
        return None
    if len(nums) == 1 and nums[0].end >= len(folded.rstrip(". ")):
        return nums[0].value
    # digits followed by a word multiplier written as words ("2 миллиона") are one number
    first = nums[0]
    return first.value if first.start == 0 else None
