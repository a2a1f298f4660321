"""Small text helpers shared by readers and extractors.

``fold`` maps text to a matching key of the *same length*, so an offset found
in the folded text is an offset in the original: evidence spans stay exact.
It lowercases and merges Kyrgyz letters often typed without their marks
(ң→н, ө→о, ү→у) and ё→е.  Latin look-alikes inside Cyrillic words are repaired
earlier, by the document normalizer, because only it knows the word's script.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

_TABLE = str.maketrans("ңөүёҢӨҮЁ", "ноуеНОУЕ")


def fold(text: str) -> str:
    """Same-length matching key: lowercase, Kyrgyz marks dropped, ё as е."""
    # str.replace runs in C per letter; str.translate with a dict table is ~50x slower on long texts.
    folded = text.lower().replace("ң", "н").replace("ө", "о").replace("ү", "у").replace("ё", "е")
    if len(folded) != len(text):  # a few characters (e.g. 'İ') change length when lowered
        folded = "".join((ch.translate(_TABLE).lower() or ch)[:1] for ch in text)
    return folded


@lru_cache(maxsize=8)
def fold_text(text: str) -> str:
    """``fold`` of a whole document's text, made once per text: the pipeline reads it, and the
    organization, project and place matchers' key is made from it (``scan.match_key``)."""
    return fold(text)


# "(?<!\d)(?:19|20)\d\d(?!\d)" with the look-behind moved after the century: a pattern that opens
# with literals lets re skip to the next "1"/"2" in C instead of trying every position (3.5x faster).
_YEAR = re.compile(r"(?:19|20)(?<!\d\d\d)\d\d(?!\d)")


_MONTH = (r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|january|february|march|"
          r"april|may|june|july|august|september|october|november|december)[а-яa-z]*")
# A year written as part of a full date: "6 сентября 2024", "2026-жылдын 24-ноябрында" (hyphens may be
# folded to spaces), "March 12, 2025", "15.03.2025".  A dateline or the event's own date is written so;
# years of background ("с 1998 года", "в 2023 году", "до 2027") seldom are.
_DATED_YEAR = re.compile(
    r"(?<!\d)\d{1,2}[^\S\n]*[-\s]?[^\S\n]*" + _MONTH + r"[^\S\n]+((?:19|20)\d\d)(?!\d)|"
    r"(?<!\d)((?:19|20)\d\d)[-\s]?жылдын[^\S\n]+\d{1,2}[-\s]?" + _MONTH + "|"
    + _MONTH + r"[^\S\n]+\d{1,2},?[^\S\n]+((?:19|20)\d\d)(?!\d)|"
    r"(?<![\d.])\d{1,2}\.\d{1,2}\.((?:19|20)\d\d)(?!\d)")


_DIGITS = re.compile(r"\d\d*")  # not "\d+": a pattern that opens with a class is scanned for in C


@lru_cache(maxsize=8)
def digit_runs(text: str) -> list[tuple[int, int]]:
    """The spans of the runs of digits in ``text``, in order (cached: the year and the number readers
    both walk them; never mutate).  The scanner's key of a folded text (``scan.match_key``: dashes and
    no-break spaces as spaces, same length) has the folded text's digits where they were, so its runs
    are the folded text's: the dates read the one, the place rules' year count the other."""
    from etl.reference.scan import _LAST_KEY

    last = getattr(_LAST_KEY, "last", None)
    if last is not None and last[1] is text and last[0] is not text:
        return digit_runs(last[0])
    return [m.span() for m in _DIGITS.finditer(text)]


def _year_scan(folded: str) -> tuple[list[str], list[int]]:
    """``_YEAR.findall(folded)`` (a year is a run of four digits opening with 19 or 20), and every
    position where a ``_DATED_YEAR`` match can begin (a superset, in order): each run of digits (three
    of the four forms open with one), and each letter of the word before "12, 2025" (the month form
    ends so).  ``re`` cannot skip to such starts (the forms open with a look-behind or a month stem
    whose first letters are common) and tried the pattern at every character."""
    years = []
    out = []
    for s, e in digit_runs(folded):
        out.append(s)
        if e - s != 4 or not folded.startswith(("19", "20"), s):
            continue
        years.append(folded[s:e])
        i = s  # back over "<month word> 12, " to the month word
        while i and folded[i - 1] != "\n" and folded[i - 1].isspace():
            i -= 1
        if i == s:
            continue
        if i and folded[i - 1] == ",":
            i -= 1
        j = i
        while j and folded[j - 1].isdecimal():
            j -= 1
        if not 1 <= i - j <= 2:
            continue
        k = j
        while k and folded[k - 1] != "\n" and folded[k - 1].isspace():
            k -= 1
        if k == j:
            continue
        w = k
        while w and ("а" <= folded[w - 1] <= "я" or "a" <= folded[w - 1] <= "z"):
            w -= 1
        out.extend(range(w, k))
    out.sort()
    return years, out


@lru_cache(maxsize=8)
def _years(folded: str) -> tuple[list[str], frozenset[str]]:
    """The years the text names (in order) and those ``_DATED_YEAR.finditer(folded)`` gives, the
    pattern tried only where a match can begin; never mutate."""
    years, starts = _year_scan(folded)
    dated: set[str] = set()
    match = _DATED_YEAR.match
    last_end = 0
    for s in starts:
        if s < last_end:
            continue
        m = match(folded, s)
        if m:
            dated.update(y for y in m.groups() if y)
            last_end = m.end()  # a match is never empty
    return years, frozenset(dated)


@lru_cache(maxsize=8)
def main_year(folded: str, leaving_out: tuple[int, ...] = ()) -> int | None:
    """The reported event's year: of the years the text writes in a full date (day, month and year), the
    one it names most often; else the year the text names most often (the latest on a tie).  Years in
    ``leaving_out`` are not counted (a plan's deadline a short text names as often as its own year).
    A full date comes first because a text whose event is dated "2 сентября" under a "6 сентября 2024"
    dateline may name earlier and later years more often ("с 2021 года", "в 2025 году планируют").

    Cached because the indicator and the place rules both ask it of the same document's text."""
    years, dated = _years(folded)  # four-digit strings: they order as their numbers do
    seen = Counter(y for y in years if int(y) not in leaving_out) if leaving_out else Counter(years)
    return int(max(seen, key=lambda y: (y in dated, seen[y], y))) if seen else None
