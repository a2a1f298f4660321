"""A translated name followed by the body's own Latin name in brackets is one body: the bracketed one.

"Туркиянын Кызыл Жарым Ай коомунун (Türk Kızılay) каржылоосу менен": the Kyrgyz words also spell
the Red Crescent Society of Kyrgyzstan's name, but the brackets say whose society it is; so in
"Швейцариянын Кызыл Крест уюмунун (Schweizerisches Rotes Kreuz)" the ICRC's "Кызыл Крест".  When the
registry knows both names as different bodies, the bracketed name (the body's own, in its own script)
wins and takes the whole mention, so the cue after the brackets reaches it.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

# the head noun the registry name leaves out may stand before the bracket ("Кызыл Крест уюмунун (…)")
_OPEN = re.compile(r"(?:[^\S\n]+[а-яёөүң]+){0,2}[^\S\n]*\([^\S\n]*")
_CLOSE = re.compile(r"[^\S\n]*[),]")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")


class _Span(Protocol):
    start: int
    end: int
    org_id: str | None


H = TypeVar("H", bound=_Span)


def own_name_in_brackets(hits: list[H], text: str) -> list[H]:
    """``hits`` (sorted, not overlapping) with each registry name that a different registry body's Latin
    name in brackets follows folded into that body's mention."""
    out: list[H] = []
    for k, h in enumerate(hits):
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if (nxt is not None and h.org_id and nxt.org_id and h.org_id != nxt.org_id
                and (gap := _OPEN.match(text, h.end)) is not None and gap.end() == nxt.start
                and _LATIN.match(text, nxt.start) and not _LATIN.match(text, h.start)
                and _CLOSE.match(text, nxt.end)):
            nxt.start = h.start
            continue
        out.append(h)
    return out
