"""An embassy that only attends an event its country funds through another of its bodies is a guest.

"Борбор ТИКАнын каржылоосу менен курулду … Ачылышка Түркиянын элчилигинин өкүлдөрү катышты",
"Школа построена на средства JICA … присутствовали представители посольства Японии", "funded by
KOICA … staff of the Korean Embassy attended": the money is the agency's (or the government's), and the
embassy's staff came as guests (``participant_org``).  An embassy with no sibling funder, whose own
sentence speaks of money ("при поддержке посольства", "элчиликтин гранты"), or that publishes the
report itself (its name heads the page) stays the donor.
"""

from __future__ import annotations

import re

from etl.reference.org_countries import _SAME_COUNTRY

_ATTEND = re.compile(r"катыш|катыньш|присутств|участ|прибы|attend|participat|were\s+present|joined", re.IGNORECASE)
_MONEY = re.compile(r"каржы|финанс|колдоо|грант|демөөр|демоор|поддерж|средств|выдел|fund|grant|financ|support"
                    r"|sponsor|донор|donor", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")


def _siblings(embassy: str) -> frozenset[str]:
    out: set[str] = set()
    for gov, members in _SAME_COUNTRY.items():
        if embassy in members:
            out |= members | {gov}
    out.discard(embassy)
    return frozenset(out)


def _sentence(text: str, start: int, end: int) -> str:
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)), default=max(0, start - 400))
    hi_m = _SENTENCE_END.search(text, end, min(len(text), end + 400))
    return text[lo:hi_m.start() if hi_m else min(len(text), end + 400)]


def guest_embassies(text: str, roles: dict[str, str], mentions: list[tuple[int, int, str]],
                    author: str | None = None) -> set[str]:
    """Embassies (ids ending in ``_embassy``) labelled donor only because their staff attended."""
    out = set()
    for oid, role in roles.items():
        if not oid.endswith("_embassy") or role != "donor" or oid == author:
            continue
        if not any(roles.get(s) == "donor" for s in _siblings(oid)):
            continue
        spans = [(s, e) for s, e, o in mentions if o == oid]
        head_end = text.find("\n", len(text) - len(text.lstrip()))
        if any(s < head_end for s, _ in spans):
            continue  # the page's own heading: the embassy published the report
        sentences = [_sentence(text, s, e) for s, e in spans]
        if sentences and all(_MONEY.search(s) is None for s in sentences) \
                and any(_ATTEND.search(s) for s in sentences):
            out.add(oid)
    return out
