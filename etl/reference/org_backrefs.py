"""A body named again by its common noun: "the university" after "Talas State University".

"2024-жылы Талас мамлекеттик университетинде конференция өттү. Конференцияны университет … менен
биргеликте уюштурду": the second "университет" is the university just named, and the verb gives it
its role (the host organized its own conference).  Only when the document names exactly one
university, or two of which one is joined to the noun by "and" ("университет и Университет Центральной
Азии"): the noun is then the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from etl.reference.org_hit import RegistryHit

# Lower case only: a capitalized "Университет" opens a name of its own.
_UNIVERSITY = re.compile(r"(?<![\w«\"-])(?:университет(?:и|ы|у|а|ом|е|тин|ти)?|the\s+university|вуз)(?![\w»\"-])")


H = TypeVar("H", bound=RegistryHit)


def university_backrefs(text: str, hits: Sequence[H], copy: Callable[[H, int, int], H]) -> list[H]:
    """New hits for each bare "университет"/"the university" naming the document's one university."""
    if "универс" not in text and "univers" not in text and "вуз" not in text:
        return []
    academic = {h.org_id for h in hits if h.kind == "academic" and h.org_id}
    if not 1 <= len(academic) <= 2:
        return []
    out = []
    for m in _UNIVERSITY.finditer(text):
        if not all(m.end() <= h.start or m.start() >= h.end for h in hits):
            continue
        candidates = academic - _coordinated(text, m, hits)
        if len(candidates) == 1:
            out.append(copy(next(h for h in hits if h.org_id in candidates), m.start(), m.end()))
    return out


_AND = re.compile(r"\s*(?:,|и|жана|and|менен)\s*", re.IGNORECASE)


def _coordinated(text: str, m: re.Match[str], hits: Sequence[H]) -> set[str | None]:
    """The universities joined to the bare noun by "и / жана / and": "организовали университет и
    Университет Центральной Азии" names two hosts, so the noun is the other university of the text."""
    return {h.org_id for h in hits if h.kind == "academic"
            and (_AND.fullmatch(text, m.end(), h.start) or _AND.fullmatch(text, h.end, m.start()))}
