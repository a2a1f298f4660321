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

_PRESENT = re.compile(r"катыш|катыньш|присутств|участ|прибы|attend|participat|were\s+present|joined", re.IGNORECASE)
# a delegation's visit is attendance too ("Делегация посольства Германии посетила район", "элчиликтин
# делегациясы … иш сапары менен келди", "an embassy delegation visited")
_ATTEND = re.compile(_PRESENT.pattern + r"|делегаци|посети|посеща|сапар|visit", re.IGNORECASE)
_MONEY = re.compile(r"каржы|финанс|колдоо|грант|демөөр|демоор|поддерж|средств|выдел|fund|grant|financ|support"
                    r"|sponsor|донор|donor", re.IGNORECASE)
_OWN_GRANT = re.compile(r"элчилик\w*\s+(?:грант|каржы)|(?:грант\w*|средства\w*|счёт|счет)\s+посольств"
                        r"|embassy(?:'s)?\s+(?:grant|fund)", re.IGNORECASE)
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
        funders = [s for s in _siblings(oid) if roles.get(s) == "donor"]
        if not funders:
            continue
        # a delegation that comes to hand over its government's grant ("Кытай Эл Республикасынын гранты
        # менен") is the donor; only a delegation on another body's money (KfW, JICA, TIKA) is a guest
        attend = _ATTEND if any(not s.startswith("gov_") for s in funders) else _PRESENT
        if _OWN_GRANT.search(text):
            continue  # "Элчиликтин гранты менен", "на грант посольства": the embassy paid, whoever else did
        spans = [(s, e) for s, e, o in mentions if o == oid]
        head_end = text.find("\n", len(text) - len(text.lstrip()))
        if any(s < head_end for s, _ in spans) and not attend.search(text[:head_end]):
            continue  # the page's own heading, unless it tells of the embassy's visit: the embassy published it
        sentences = [_sentence(text, s, e) for s, e in spans]
        if sentences and all(_MONEY.search(s) is None for s in sentences) \
                and any(attend.search(s) for s in sentences):
            out.add(oid)
    return out
