"""A body named again by the head noun of its name, opening a sentence: "Союз выступил партнёром форума"
after "представители Союза местных самоуправлений", "Ассоциация провела …" after "Ассоциация фермеров
Чуйской долины", "The Foundation paid for …" after "the Eurasia Foundation of Central Asia".

A writer shortens a long name to its head once it is known; the verb of that sentence then tells the body's
role.  Only when exactly one body of the document has a name opening with that noun (two foundations leave
"Фонд" unread), and only a capitalized noun at the start of a sentence (a lower-case "фонд" in running text
may be any fund).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from etl.reference.org_hit import RegistryHit

# head noun → the stem the named body's first word carries
_HEADS = {"союз": "союз", "ассоциация": "ассоциац", "фонд": "фонд", "агентство": "агентств", "институт": "институт",
          "union": "union", "association": "association", "foundation": "foundation", "agency": "agency",
          "institute": "institute"}
_ANAPHOR = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The\s+)?(Союз|Ассоциация|Фонд|Агентство|Институт|Union|Association"
                      r"|Foundation|Agency|Institute)(?=\s+[a-zа-яё])", re.MULTILINE)
_FIRST_WORD = re.compile(r"(?:the\s+)?([^\W\d_]+)", re.IGNORECASE)


H = TypeVar("H", bound=RegistryHit)


def head_noun_backrefs(text: str, hits: Sequence[H], copy: Callable[[H, int, int], H]) -> list[H]:
    """New hits for each sentence-opening head noun that names the document's one body with that head."""
    out: list[H] = []
    for m in _ANAPHOR.finditer(text):
        if not all(m.end() <= h.start or m.start() >= h.end for h in hits):
            continue
        stem = _HEADS[m.group(1).lower()]
        named = {_key(h): h for h in hits if h.start < m.start() and _opens_with(text, h, stem)}
        if len(named) == 1:
            out.append(copy(next(iter(named.values())), m.start(1), m.end(1)))
    return out


def _key(h: RegistryHit) -> str:
    return h.org_id or h.name


def _opens_with(text: str, h: RegistryHit, stem: str) -> bool:
    first = _FIRST_WORD.match(text, h.start, h.end)
    return first is not None and first.group(1).lower().startswith(stem)
