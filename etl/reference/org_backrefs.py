"""A body named again by its common noun: "the university" after "Talas State University".

"2024-жылы Талас мамлекеттик университетинде конференция өттү. Конференцияны университет … менен
биргеликте уюштурду": the second "университет" is the university just named, and the verb gives it
its role (the host organized its own conference).  Only when the document names exactly one
university: with two, the noun could be either.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

# Lower case only: a capitalized "Университет" opens a name of its own.
_UNIVERSITY = re.compile(r"(?<![\w«\"-])(?:университет(?:и|ы|у|а|ом|е|тин|ти)?|the\s+university|вуз)(?![\w»\"-])")


class _Hit(Protocol):
    start: int
    end: int
    org_id: str | None
    kind: str


H = TypeVar("H", bound=_Hit)


def university_backrefs(text: str, hits: Sequence[H], copy: Callable[[H, int, int], H]) -> list[H]:
    """New hits for each bare "университет"/"the university" naming the document's one university."""
    if "универс" not in text and "univers" not in text and "вуз" not in text:
        return []
    academic = {h.org_id for h in hits if h.kind == "academic" and h.org_id}
    if len(academic) != 1:
        return []
    source = next(h for h in hits if h.org_id in academic)
    out = []
    for m in _UNIVERSITY.finditer(text):
        if all(m.end() <= h.start or m.start() >= h.end for h in hits):
            out.append(copy(source, m.start(), m.end()))
    return out
