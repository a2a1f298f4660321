"""From a cue's role to an organization's: the same words give a funder, an agency, a state body and an
NGO different roles (see ``roles``)."""

from __future__ import annotations

DONOR_KINDS = frozenset({"donor_government", "development_agency", "donor_multilateral", "donor_foundation"})
GOVERNMENT_KINDS = frozenset({"government"})


def default_role(kind: str, role_hint: str) -> str:
    """No cue in the sentence: government bodies take part as government, funders as donors,
    agencies that run programmes (the registry's hint) as implementers; anyone else was present."""
    if kind in GOVERNMENT_KINDS:
        return "government"
    # an agency that carries out other governments' programmes (GIZ, LuxDev) implements what it is named in
    if (kind in DONOR_KINDS and role_hint != "implementer") or role_hint == "donor":
        return "donor"
    return role_hint if role_hint in ("implementer", "partner") else "participant_org"


_RUNS_TRAINING = frozenset({"business", "state_company", "un_agency", "international_org"})
_SUPPORTED_BY_PEERS = frozenset({"ngo", "association", "academic", "business", "government", "government_agency"})


def resolve(cue_role: str, kind: str, role_hint: str = "") -> str:
    """A cue's role for an organization of ``kind``.  State and local-government bodies are
    ``government`` whatever the verb (the labelling guide: "any state or local-government body
    that takes part, whatever the verb", even when it organizes); "with the support of" an agency
    or donor means funding."""
    if kind in GOVERNMENT_KINDS:
        return "government"
    funder = kind in DONOR_KINDS or role_hint == "donor"
    if cue_role == "participant":  # a funder's staff at its own event are there as the donor
        # a state agency that only attends takes part as the state ("представители АРИС")
        return "donor" if funder else "government" if kind == "government_agency" else "participant_org"
    if cue_role == "trainer":  # a hired firm or an agency running its own programme implements; others take part
        return "implementer" if funder or kind in _RUNS_TRAINING else "participant_org"
    if cue_role == "support":
        role = "donor" if funder or role_hint == "sponsor" or kind not in _SUPPORTED_BY_PEERS else "partner"
    elif cue_role == "owner":
        # "GIZ долбоорунун жетекчиси": an agency that runs projects for others (the registry's hint) implements it
        role = "donor" if funder and role_hint != "implementer" else "implementer"
    else:
        role = cue_role
    return role
