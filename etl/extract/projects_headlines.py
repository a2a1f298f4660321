"""An English headline in Title Case capitalises every word, so capitals there name no title.

"World Bank and Ministry Review Results of Irrigation Programme at National Conference": the
capitalised run before "Programme" is a verb and its object, not a programme's name.  A title found
in such a line counts only when the body writes it again (then the capitals are its own).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SMALL = frozenset({"a", "an", "the", "of", "for", "and", "in", "on", "to", "at", "by", "with", "from", "as", "or"})


def title_case_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a Title Case headline: six words or more, every long word capitalised,
    no full stop at its end."""
    lo = text.rfind("\n", max(0, pos - 300), pos)
    hi = text.find("\n", pos, pos + 300)
    if (lo < 0 and pos > 300) or (hi < 0 and len(text) - pos > 300):
        return False  # a headline is short: a line this long is body text (and bounds the work)
    line = text[lo + 1:hi if hi >= 0 else len(text)].strip()
    if line.endswith((".", "!", "?", ":")):
        return False
    words = [w for w in _WORD.findall(line) if w.lower() not in _SMALL]
    return len(words) >= 6 and all(w[0].isupper() for w in words)


def headline_only_title(text: str, start: int, end: int) -> bool:
    """The title at ``text[start:end]`` sits in a Title Case headline and nowhere else in the text."""
    if not title_case_line(text, start):
        return False
    title = text[start:end]
    return text.find(title, end) < 0 and text.rfind(title, 0, start) < 0
