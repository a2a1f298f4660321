"""A funder that runs the event itself is its implementer, not its donor.

"Иш-чараны Фридрих Эберт фонду … уюштурду" and further on "Фридрих Эберт фондунун долбоорлорунун
координатору": the foundation organized the round table; the project or programme named with it
elsewhere ("the foundation's programme head", "IFC долбоорунун координатору") makes a funder the donor
only by its kind, since an owner or attendance cue says nothing about money.  An organizing cue in
another sentence wins over such a kind-given donor role; a funding cue ("при финансовой поддержке",
"каржылоосу менен", "Донор:") keeps the funder the donor.  Only for foundations (FES, KAS, Soros), which
hold round tables and presentations of their own; a development agency or fund that "carried out" the
works it paid for (TIKA, a Saudi Fund loan) stays the donor, as the labels have it.
"""

from __future__ import annotations

from etl.reference.roles import Cue, CueIndex, cued_role


def kind_given_donor(span: tuple[int, int], cues: list[Cue] | CueIndex, ft: str,
                     others: list[tuple[int, int]], raw: str) -> bool:
    """The donor role a cue gave the mention at ``span`` comes from the organization's kind alone: the same
    cue gives a body that runs programmes for others (no funder) an implementer's or attendee's role."""
    return cued_role(span, cues, "ingo", "implementer", ft, others, raw) in ("implementer", "participant_org")


def demote_kind_donors(mentions: list[tuple[str, str | None, bool]]) -> list[str | None]:
    """Roles per mention ``(org_id, cued role, donor by kind only)``: a kind-given donor role is dropped
    when another mention cues the organization as the implementer and none as a funder."""
    organizing = {org_id for org_id, role, _ in mentions if role == "implementer"}
    funding = {org_id for org_id, role, by_kind in mentions if role == "donor" and not by_kind}
    return [None if role == "donor" and by_kind and org_id in organizing and org_id not in funding else role
            for org_id, role, by_kind in mentions]
