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


# "(?<!\d)(?:19|20)\d\d(?!\d)" with the look-behind moved after the century: a pattern that opens
# with literals lets re skip to the next "1"/"2" in C instead of trying every position (3.5x faster).
_YEAR = re.compile(r"(?:19|20)(?<!\d\d\d)\d\d(?!\d)")


@lru_cache(maxsize=8)
def main_year(folded: str, leaving_out: tuple[int, ...] = ()) -> int | None:
    """The year the text names most often (the latest on a tie): the reported event's year; years in
    ``leaving_out`` are not counted (a plan's deadline a short text names as often as its own year).

    Cached because the indicator and the place rules both ask it of the same document's text."""
    years = _YEAR.findall(folded)  # four-digit strings: they order as their numbers do
    seen = Counter(y for y in years if int(y) not in leaving_out) if leaving_out else Counter(years)
    return int(max(seen, key=lambda y: (seen[y], y))) if seen else None
