"""A place or a body named as the modifier of a person noun: the number counts the people.

"15 village health committee members", "12 school nurses" (English puts the modifier, singular, before
its head), "23 айыл кеңешинин депутаты", "9 мектеп директорунун орун басары" (a Kyrgyz compound in the
singular genitive before a singular possessive head).  A plural place noun ("8 schools", "12 мектептин
окуучулары", "3 айыл өкмөтүнүн өкүлдөрү") keeps counting the places: read elsewhere.  Folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_PEOPLE = ("person", "official", "female", "male", "participant")
# up to three English words after the modifier, the last of them the head: no punctuation between
_EN_TAIL = re.compile(r"(?: [a-z]+(?:-[a-z]+)?){1,3}")
# a Kyrgyz singular genitive ("кеңешинин", "бөлүмүнүн"), not a plural one ("мектептердин")
_KY_GENITIVE = re.compile(r"[а-я]+(?<!лар|лер|лор|дар|дер|дор|тар|тер|тор)(?:нын|нин|нун|дын|дин|дун|тын|тин|тун)$")
_KY_PLURAL = re.compile(r"(?:лар|лер|лор|дар|дер|дор|тар|тер|тор)[а-я]*$")
_KY_TOKEN = re.compile(r" ([а-я]+)")


def person_head(folded: str, word: str, end: int, limit: int,
                category_of: Callable[[list[str]], str | None]) -> tuple[str, int] | None:
    """(category, end) of the person noun the place ``word`` (ending at ``end``) qualifies, if any."""
    if word.isascii():
        if word.endswith("s"):
            return None  # "8 schools": the places are counted
        m = _EN_TAIL.match(folded, end, limit)
        if m is None:
            return None
        pos = end
        for tail in m.group(0).split(" ")[1:]:
            pos = folded.index(tail, pos) + len(tail)
            cat = category_of([tail])
            if cat in _PEOPLE:
                return cat, pos
            if cat is not None:
                return None  # another counted noun: "15 village schools"
        return None
    gen = _KY_TOKEN.match(folded, end, limit)
    if gen is None:
        return None
    head: re.Match[str] | None
    if _KY_GENITIVE.search(word):
        head = gen  # the pair was read with its genitive: "айыл кеңешинин" then the head
    elif _KY_GENITIVE.search(gen.group(1)):
        head = _KY_TOKEN.match(folded, gen.end(), limit)
    else:
        return None
    if head is None or _KY_PLURAL.search(head.group(1)):
        return None
    cat = category_of([head.group(1)])
    return (cat, head.end()) if cat in _PEOPLE else None
