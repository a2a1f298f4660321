"""A Kyrgyz partitive: "кеңештин 17 депутатынан 15и катышты" (fifteen of the council's seventeen deputies).

The whole is in the ablative and the part, a number with a possessive ending, follows it: the part is the
figure of the event, counted by the whole's noun; the whole is the body's size.  Folded text.
"""

from __future__ import annotations

import re

_ABLATIVE = re.compile(r"[а-я]{3,}(?:дан|тан|нан|ден|тен|нен|дон|тон|нон)$")
# the part right after the whole: "15и", "15-и", "9у", "20сы"
_PART_AFTER = re.compile(r" (?:\d{1,6})-?(?:и|ы|у|си|сы|су|ти|ту|ди|ды|ду)(?![а-я\d])")
_WHOLE_BEFORE = re.compile(r"(?<![\d,.])\d{1,6} ([а-я]{3,}(?:дан|тан|нан|ден|тен|нен|дон|тон|нон)) $")
_PART_ENDING = re.compile(r"-?(?:и|ы|у|си|сы|су|ти|ту|ди|ды|ду)(?![а-я\d])")


def whole_of_a_part(folded: str, word: str, end: int) -> bool:
    """True when ``word`` (ending at ``end``) is an ablative whole a possessive part follows."""
    return _ABLATIVE.search(word) is not None and _PART_AFTER.match(folded, end) is not None


def part_noun(folded: str, start: int, end: int) -> tuple[str, int] | None:
    """(the whole's noun, end of the part's ending) when the number at ``folded[start:end]`` is the part."""
    ending = _PART_ENDING.match(folded, end)
    if ending is None:
        return None
    whole = _WHOLE_BEFORE.search(folded, max(0, start - 40), start)
    return (whole.group(1), ending.end()) if whole else None
