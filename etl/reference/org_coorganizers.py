"""A civic group named second after a state body among an event's organizers is its partner.

"Организаторы — мэрия города Таш-Кумыр и общественное объединение «Алга IT»", "Его организовали
районная госадминистрация и ОО «Молодежь …»", "Иш-чараны айыл өкмөтү жана «…» коомдук фонду
уюштурду", "organised by the district administration and the … Association": the labels read the
state body as the host and the group that helped it as ``partner``, as the same reports phrase it in
the other language part ("X … коомдук бирикмеси менен биргеликте уюштурду", "совместно с ОО …").
A group named first ("ОФ «…» и мэрия") or without a state body beside it keeps ``implementer``.
"""

from __future__ import annotations

import re

CIVIC_KINDS = frozenset({"ngo", "association"})
# between the state body and the group: a conjunction and, at most, the group's lower-case legal form
_GAP = re.compile(r"\s*(?:,\s*|\s)(?:и|жана|and)\s+(?:[a-zа-яёөүң]+\s+){0,3}[«\"“]?$")
_ORGANIZE = re.compile(r"организ|организатор|уюштур|organi[sz]")


def junior_coorganizer(text: str, folded_sentence: str, start: int, state_ends: list[int]) -> bool:
    """True when the name at ``start`` follows a state body's name (one of ``state_ends``) in a list of
    organizers, so that the group stands beside the state host."""
    if _ORGANIZE.search(folded_sentence) is None:
        return False
    for end in state_ends:
        if 0 < start - end <= 60 and _GAP.match(text, end, start) is not None:
            return True
    return False
