"""One unseen organization whose quoted name holds a place spelt differently in each language part.

A bilingual report writes «Ак-Жүрөк Ысык-Көл» коомдук фонду in its Kyrgyz part and ОФ «Ак-Журок Иссык-Куль»
in its Russian part, «Ысык-Көл Курулуш» ЖЧК and ОсОО «Ысык-Кёль Курулуш»: the same body, its other words the
same name in either alphabet.  The analyst gives it one name, the one its first mention is transliterated to
(labels split on "Ysyk-Kol" and "Issyk-Kul" inside a proper name; the transliteration of the first is the
guide's rule for a quoted proper name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from etl.reference.govbody_places import place_english
from etl.reference.translit import name_key, to_latin

_TOKEN = re.compile(r"[^\W\d_]+(?:[-‐–][^\W\d_]+)*")
_LEVELS = ("city", "oblast", "town", "rayon")
# vowels and soft signs the two alphabets spell differently (ё/ө, у/ү, ь): a name's other words compare without them
_LOOSE = re.compile(r"[aeiouy'`]")


class _Named(Protocol):
    org_id: str | None
    name: str
    kind: str
    quoted: str


def _place(word: str) -> str | None:
    return place_english(word, _LEVELS) if len(word) > 3 and word[:1].isupper() else None


def _key(quoted: str) -> tuple[str, ...] | None:
    """The name's words in order, a place by its English name, others by consonants; None without a place."""
    out: list[str] = []
    has_place = False
    for m in _TOKEN.finditer(quoted):
        place = _place(m.group())
        has_place = has_place or place is not None
        out.append("p:" + place if place else _LOOSE.sub("", name_key(to_latin(m.group())).lower()))
    return tuple(out) if has_place else None


def unify_place_spellings(hits: Sequence[_Named]) -> None:
    """Give the unseen quoted names that differ only in how a place is spelt one name (in place)."""
    groups: dict[tuple[str, tuple[str, ...]], list[_Named]] = {}
    for h in hits:
        if h.org_id is None and h.quoted and "«" not in h.quoted and (key := _key(h.quoted)) is not None:
            groups.setdefault((h.kind, key), []).append(h)
    for group in groups.values():
        if len({h.quoted for h in group}) > 1:
            for h in group:
                h.name = group[0].name
