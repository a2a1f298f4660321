"""A university's or institute's own centre, named through the institution that owns it.

"в партнёрстве с Медиацентром Ошского государственного университета", "Ош мамлекеттик университетинин
медиа борбору", "the Media Centre of Osh State University": the centre that took part is the body, and it
has no name but its owner's, so it is "Osh State University Media Centre"; the university itself, named
only as the owner, is no participant of its own.
"""

from __future__ import annotations

import re
from typing import TypeVar

from etl.reference.org_hit_merges import HitCore

_UNITS = (("медиа", "Media Centre"), ("media", "Media Centre"), ("ресурс", "Resource Centre"),
          ("resource", "Resource Centre"), ("научн", "Research Centre"), ("илимий", "Research Centre"),
          ("research", "Research Centre"), ("карьер", "Career Centre"), ("career", "Career Centre"))
_RU_BEFORE = re.compile(
    r"(?<![\w-])(?:[Мм]едиа-?центр\w*|(?:[Рр]есурсн|[Нн]аучн|[Кк]арьерн)\w+[^\S\n]+центр\w*"
    r"|(?:the[^\S\n]+)?(?:Media|Resource|Research|Career)[^\S\n]+Cent(?:re|er)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)"
    r"[^\S\n]*$")
# never the venue: "ОшМУнун медиа борборунда", "в Медиацентре ОшГУ"
_AFTER = re.compile(r"[^\S\n]+(?:(?:медиа|ресурстук|илимий)[^\S\n]+борбор(?:у|унун|уна|ун|ду)?(?!\w)|(?:Media|Resource|Research|Career)"
                    r"[^\S\n]+Cent(?:re|er)(?![\w-]))", re.IGNORECASE)
_VENUE = re.compile(r"(?:^|[^\w])(?:в|во|in|at)[^\S\n]+$", re.IGNORECASE)
_KY_GENITIVE = re.compile(r"[нд][ыиуү]н$")


H = TypeVar("H", bound=HitCore)


def academic_units(text: str, hits: list[H]) -> list[H]:
    """Hits of an academic registry body widened to the centre of it the text names (in place)."""
    for h in hits:
        if h.kind != "academic" or h.org_id is None:
            continue
        before = _RU_BEFORE.search(text, max(0, h.start - 40), h.start)
        after = _AFTER.match(text, h.end) if _KY_GENITIVE.search(text, h.start, h.end) or text[h.start].isascii() \
            else None
        if before and _VENUE.search(text, max(0, before.start() - 4), before.start()):
            before = None
        found = before or after
        if found is None:
            continue
        unit = next(name for stem, name in _UNITS if stem in found.group().lower())
        h.name, h.org_id = f"{h.name} {unit}", None
        h.start, h.end = (found.start(), h.end) if before else (h.start, found.end())
    return hits
