"""An English title read up to its project word, but written in quotes that close later: the "Irrigation
Rehabilitation Programme in Chui and Talas Oblasts", “Clean Water Project for Batken Schools”.  The
quoted whole is the project's name; the words after the project word are part of it."""

from __future__ import annotations

import re

Title = tuple[int, int, str]

_OPEN = "\"“«"
_CLOSE = "\"”»"
# what may follow the project word inside the quotes: capitalised words, small words, commas, dashes, years
_TAIL = re.compile(r"(?:[^\S\n]*(?:[A-Z][\w'’.-]*|of|for|and|in|on|to|the|&|,|[–—-]|\d{4}(?:[–-]\d{4})?))+"
                   r"[^\S\n]*(?=[\"”»])")
_REACH = 120


def quoted_to_close(text: str, titles: list[Title]) -> list[Title]:
    """``titles`` whose opening quote stands just before them, extended to their closing quote."""
    out = []
    for s, e, name in titles:
        if s > 0 and text[s - 1] in _OPEN:
            tail = _TAIL.match(text, e, min(len(text), e + _REACH))
            if tail and tail.end() > e and text[tail.end()] in _CLOSE and tail.group(0).strip(" ,–—-"):
                end = tail.end() - (len(tail.group(0)) - len(tail.group(0).rstrip()))
                out.append((s, end, text[s:end]))
                continue
        out.append((s, e, name))
    return out
