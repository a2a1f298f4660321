"""Thanks for funding do not outrank what the report says a body did at the event.

"— Европа Биримдигине жана GIZге каржылоо үчүн ыраазычылык билдиребиз", "We thank the EBRD and the EU for
financing": a speaker thanking several bodies at once for the money names the project's backers in one
breath; when the narrative gives one of them another role at the event ("GIZ менен өнөктөштүктө ишке
ашырууда", "organised by X"), that role is the one the report means.  A body that only the thanks name
keeps the donor role.
"""

from __future__ import annotations

import re

# Folded text (ы, ө → о, ү → у).
_THANKS = re.compile(r"(?<!\w)(?:ыраазычылык|ыраазыбыз|рахмат|благодар\w*|thank\w*|grateful|gratitude)(?!\w)")


def thanks_sentence(ft: str, lo: int, hi: int) -> bool:
    return _THANKS.search(ft, lo, hi) is not None


def demote_thanked_donors(mentions: list[tuple[str, str | None, bool]]) -> list[str | None]:
    """Roles per mention ``(org_id, cued role, in a thanks sentence)``: a donor role that only thanks gave
    an organization is dropped when another mention gives it another role."""
    narrative: dict[str, set[str]] = {}
    for org_id, role, thanked in mentions:
        if role is not None and not thanked:
            narrative.setdefault(org_id, set()).add(role)
    return [None if role == "donor" and thanked and narrative.get(org_id) and "donor" not in narrative[org_id]
            else role for org_id, role, thanked in mentions]
