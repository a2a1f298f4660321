"""A ministry's academy named through its ministry: "Академия МВД", "ИИМдин академиясы", "the Academy of the
Ministry of Emergency Situations".

Police, emergency and other ministries train their staff in academies of their own.  The academy that sent
trainers took part, not the ministry: an analyst names it "Academy of the Ministry of …", a state body like its
ministry.  Russian and English put the academy before the ministry, Kyrgyz after it in the possessive
(министрлигинин академиясы).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from etl.reference.org_hit import RegistryHit

_RU_EN_BEFORE = re.compile(r"(?<![\w-])(?:[Аа]кадеми\w*|[Aa]cademy[^\S\n]+of(?:[^\S\n]+the)?)[^\S\n]+$")
_KY_AFTER = re.compile(r"[^\S\n]+академия\w*", re.IGNORECASE)
_KY_POSSESSOR = re.compile(r"(?:[ндт][ыиуү]н|дин|нин|тин)$")


def name_ministry_academies(text: str, hits: Sequence[RegistryHit]) -> None:
    """Rename a ministry's registry hit to its academy when the academy word names it (in place)."""
    for h in hits:
        if h.org_id is None or h.kind != "government" or not h.name.startswith("Ministry "):
            continue
        if (m := _RU_EN_BEFORE.search(text, max(0, h.start - 30), h.start)) is not None:
            start, end = m.start(), h.end
        elif _KY_POSSESSOR.search(text, h.start, h.end) and (k := _KY_AFTER.match(text, h.end)) is not None:
            start, end = h.start, k.end()
        else:
            continue
        h.name, h.org_id, h.start, h.end = f"Academy of the {h.name}", None, start, end
