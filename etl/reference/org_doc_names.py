"""One body, one name within a document, when a short form leaves out the level word.

A report names a body in full once ("Сузакский районный центр семейной медицины") and then short
("директор Сузакского ЦСМ"): the short form reads "Suzak Family Medicine Centre", the full one
"Suzak District Family Medicine Centre".  Both are the same centre, so the short form takes the
full name.  Only built names (no registry id) are renamed, and only when exactly one full name fits.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

_LEVELS = ("District", "City", "Oblast")


class _Named(Protocol):
    org_id: str | None
    name: str


def unify_level_names(hits: Sequence[_Named]) -> None:
    """Rename built names missing only a level word to the document's fuller name (in place)."""
    built = {h.name for h in hits if h.org_id is None}
    if len(built) < 2:
        return
    fuller: dict[str, set[str]] = {}
    for name in built:
        words = name.split(" ")
        for k, word in enumerate(words):
            if word in _LEVELS and k > 0:
                short = " ".join(words[:k] + words[k + 1:])
                fuller.setdefault(short, set()).add(name)
    for h in hits:
        full = fuller.get(h.name) if h.org_id is None else None
        if full and len(full) == 1:
            h.name = next(iter(full))


def unify_sector_offices(hits: Sequence[_Named]) -> None:
    """A place's sector department written short ("райондук ветеринардык башкармалык" → "Nooken District Veterinary
    Department") in a report that named that place's office of the national service in full ("… инспекциянын Ноокен
    райондук башкармалыгы" → "Nooken District Office of the State Inspectorate for Veterinary and Phytosanitary
    Safety") is that office, when the sector's words are all in the service's name: one body, not a second one."""
    offices = [h.name for h in hits if h.org_id is None and " Office of the " in h.name]
    if not offices:
        return
    for h in hits:
        if h.org_id is not None or not h.name.endswith(" Department"):
            continue
        words = h.name.removesuffix(" Department").split(" ")
        for office in offices:
            where, _, service = office.partition(" Office of the ")
            sector = words[len(where.split(" ")):]
            if h.name.startswith(where + " ") and sector and all(w in service.split(" ") for w in sector):
                h.name = office
                break
