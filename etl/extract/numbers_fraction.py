"""A Kyrgyz number word in the ablative inside a run of number words: "үчтөн бири" is one in three, not four.

Only the last word of a compound number takes a case ending ("жыйырма бештен ашык"); a word in the
ablative followed by another number word is the whole a part is taken from ("ондон экиси", "үчтөн бири":
two of ten, one of three): a share, which counts no one.
"""

from __future__ import annotations

import re

_ABLATIVE_WORD = re.compile(r"[а-я]+(?:дан|ден|дон|тан|тен|тон)(?=[ \-][а-я])")
_CASES = ("дан", "ден", "дон", "тан", "тен", "тон")


def ablative_cut(run: str) -> int | None:
    """Where the share's whole ends in a run of number words (just after its ablative word), if it is a share."""
    if not any(c in run for c in _CASES):
        return None
    m = _ABLATIVE_WORD.search(run)
    return m.end() if m else None
