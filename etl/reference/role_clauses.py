"""Where a Kyrgyz list of organizations ends before a postposition further on.

"Окутууну X коомдук фонду Y ассоциациясы менен өнөктөштүктө, KOICAнын каржылоосу менен өткөрдү": the
comma after "менен өнөктөштүктө" closes the partner phrase, it does not join X to KOICA's list, so the
funding phrase governs KOICA alone and X keeps the verb at the end of the sentence.  The same holds for
the other role phrases that end on a postposition ("менен биргеликте,", "колдоосу менен,", "каржылоосу
менен,", "тарабынан,").  Folded text (ө → о, ү → у).
"""

from __future__ import annotations

import re

_CLOSED = re.compile(
    r"(?<!\w)(?:менен\s+(?:оноктош\w*|биргеликте|биргелешип|бирге|бирдикте|кызматташтыкта)"
    r"|(?:колдоо|каржылоо|жардам)\w*\s+менен|тарабынан|в\s+партн[её]рстве\s+с\s+[^,]{1,80}"
    r"|совместно\s+с\s+[^,]{1,80})\s*,")


def closed_clause(ft: str, start: int, end: int) -> bool:
    """A role phrase closed by a comma lies in ``ft[start:end]`` (the gap between two names of a
    supposed list)."""
    return _CLOSED.search(ft, start, end) is not None


# "Y менен өнөктөштүктө, KOICAнын каржылоосу менен": a Kyrgyz partner word in the locative closes its
# phrase with the comma; it governs the names before it, never a name after the comma.
_LOCATIVE_CUE_CLOSED = re.compile(r"\w+(?:та|те|то|да|де|до)\s*,")


def closed_cue(ft: str, cue_start: int, cue_end: int) -> bool:
    """The pre-cue at ``ft[cue_start:cue_end]`` is a Kyrgyz locative closed by a comma."""
    m = _LOCATIVE_CUE_CLOSED.match(ft, cue_start)
    return m is not None and m.end() - 1 <= cue_end + 2 and not ft[cue_start:cue_end].isascii()
