"""Ceremonies a visit's own sentences tell: the visitors at an opening ("приняли участие в церемонии
открытия", "ачылыш аземине катышышты") or handing goods over ("побывали в больнице и передали
оборудование").  Each is an event of its own on the visit's day (labelling guide: a distinct ceremony during
a visit is its own event), though the sentence that tells it tells the visit going on."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from etl.extract.events_also import attended_opening
from etl.extract.events_handover import hands_over

if TYPE_CHECKING:
    from etl.extract.events import Anchor, EventDraft


def ceremonies_in_visit(folded: str, visit: EventDraft, events: Sequence[EventDraft], anchors: Sequence[Anchor]
                        ) -> list[str]:
    """The types of the ceremonies told within ``visit`` that no draft of ``events`` tells yet."""
    told = {e.event_type for e in events}
    out = []
    if "opening" not in told and any(attended_opening(folded, a.sentence, a.primary, a.types) for a in anchors):
        out.append("opening")
    elif not told & {"other", "opening"} and any(
            {"visit", "other"} <= set(a.types) and visit.contains(a.sentence[0]) and hands_over(folded, a.sentence)
            for a in anchors):
        out.append("other")  # keys handed over at an opening are that opening's
    return out
