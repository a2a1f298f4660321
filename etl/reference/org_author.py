"""The author of a post: the organization whose name is its whole first line, when the post speaks as "we"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from etl.reference.org_hit import RegistryHit
from etl.reference.org_letterhead import letterhead_line
from etl.reference.org_roles_support import KY_WE_VERBS, SELF_BY_KIND

_FIRST_PERSON = re.compile(rf"(?<!\w)(?:наш[аеиу]?\w*|мы|биз|биздин|бизге|our|we|{KY_WE_VERBS})(?!\w)", re.IGNORECASE)
H = TypeVar("H", bound=RegistryHit)


def author_hit(text: str, hits: Sequence[H]) -> H | None:
    """The first hit when its name is the whole first line of a post that speaks as "we"
    ("ОО «Эко-Тоолор»" over "наши волонтёры провели субботник"): the author, who held the event."""
    first = hits[0] if hits else None
    if first is None or text[:first.start].strip():
        return None
    if letterhead_line(text, first.end):  # "Фонд Ага Хана — Представительство в КР" over its report
        return first
    line_end = text.find("\n", first.end)
    if text[first.end:line_end if line_end >= 0 else len(text)].strip():
        return None
    return first if _FIRST_PERSON.search(text, first.end) or SELF_BY_KIND.search(text, first.end) else None
