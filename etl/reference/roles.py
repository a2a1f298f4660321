"""An organization's role in an event, read from the words of its sentence.

Kyrgyz puts the cue *after* the organizations it governs ("X, Y тарабынан ...
Z менен өнөктөштүктө ... W-нун финансылык колдоосу менен ишке ашырылууда");
Russian and English put it *before* ("организовано X", "при финансовой
поддержке Y", "funded by Z").  So each mention takes the nearest following
post-cue in its sentence, else the nearest preceding pre-cue, else a default
from its kind: government bodies → ``government``, donors → ``donor``, the
registry's role hint, else ``participant_org``.

"With the support of" (колдоосу менен / при поддержке / with the support of)
means donor for donor kinds and partner for others; "X's project" (X-тын
долбоору, биргелешкен долбоору, проект X) means donor for donor kinds and
implementer for others.

When one organization has several roles in a document the extractor keeps one:
``ROLE_PRIORITY`` (donor > implementer > partner > government > participant_org).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

ROLE_PRIORITY: tuple[str, ...] = ("donor", "implementer", "partner", "government", "participant_org")
DONOR_KINDS = frozenset({"donor_government", "development_agency", "donor_multilateral", "donor_foundation"})
GOVERNMENT_KINDS = frozenset({"government"})

# Roles "support" and "owner" are resolved by kind (see module doc). Patterns run on folded text.
_POST_CUES: tuple[tuple[str, str], ...] = (
    ("donor", r"тарабынан\s+(?:\w+\s+){0,2}?каржылан\w*|каржыла\w*|финансылык\s+колдоо\w*|финансылоо\w*\s+менен"
              r"|демоорчулуг\w*|каражат\w*\s+(?:менен|эсебинен)|гранттык\s+колдоо\w*"),
    ("implementer", r"тарабынан|уюштур\w*|ишке\s+ашыр\w*|откорго\w*|откоргон|демилгеси\s+менен|жузого\s+ашыр\w*"),
    ("partner", r"менен\s+менен\s+онокташтыкта|менен\s+оноктоштукто|оноктош\w*|менен\s+биргеликте"
                r"|менен\s+кызматташтыкта|менен\s+бирдикте"),
    ("support", r"колдоо\w*\s+менен|колдоосу\s+аркылуу"),
    ("owner", r"биргелешкен\s+долбоор\w*|долбоор\w*|программа\w*\s+алкагында"),
)
_PRE_CUES: tuple[tuple[str, str], ...] = (
    ("donor", r"при\s+финансов\w+\s+поддержке|финансир\w*|за\s+сч[её]т\s+средств|при\s+финансировании"
              r"|funded\s+by|financed\s+by|with\s+(?:the\s+)?financial\s+support\s+of|sponsored\s+by"
              r"|грант\w*\s+от|с\s+грантом\s+от"),
    ("implementer", r"организова\w*|организатор\w*|реализу\w*|реализова\w*|проводим\w*|провед[её]н\w*"
                    r"|implemented\s+by|organi[sz]ed\s+by|conducted\s+by|run\s+by|hosted\s+by|силами"),
    ("partner", r"в\s+партн[её]рстве\s+с|совместно\s+с|при\s+содействии|в\s+сотрудничестве\s+с"
                r"|in\s+partnership\s+with|together\s+with|jointly\s+with|in\s+cooperation\s+with"
                r"|in\s+collaboration\s+with|partners?\s+(?:were|are|included)"),
    ("support", r"при\s+поддержке|с\s+помощью|supported\s+by|with\s+(?:the\s+)?support\s+(?:of|from)"),
    ("owner", r"проект\w*|программ\w*"),
)


def _compile(cues: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{role}>(?<!\\w)(?:{pat}))" for role, pat in cues))


_POST = _compile(_POST_CUES)
_PRE = _compile(_PRE_CUES)
_MAX_POST_DISTANCE = 260
_SENT_END = re.compile(r"[.!?…](?=\s+[^\w]*[A-ZА-ЯЁӨҮҢ])|\n\s*\n|\n(?=\s*[A-ZА-ЯЁӨҮҢ•\-–])")


@dataclass(slots=True)
class Cue:
    start: int
    end: int
    role: str
    post: bool


def sentence_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _SENT_END.finditer(text)]


def sentence_of(starts: list[int], pos: int, length: int) -> tuple[int, int]:
    i = bisect_right(starts, pos) - 1
    return starts[i], (starts[i + 1] if i + 1 < len(starts) else length)


def cues_in(ft: str, lo: int, hi: int) -> list[Cue]:
    out = [Cue(m.start(), m.end(), m.lastgroup or "", True) for m in _POST.finditer(ft, lo, hi)]
    out += [Cue(m.start(), m.end(), m.lastgroup or "", False) for m in _PRE.finditer(ft, lo, hi)]
    out.sort(key=lambda c: c.start)
    return out


def default_role(kind: str, role_hint: str) -> str:
    """No cue in the sentence: government bodies take part as government, funders as donors."""
    if kind in GOVERNMENT_KINDS:
        return "government"
    if kind in DONOR_KINDS or role_hint == "donor":
        return "donor"
    return "participant_org"


def resolve(cue_role: str, kind: str) -> str:
    if cue_role == "support":
        return "donor" if kind in DONOR_KINDS else "partner"
    if cue_role == "owner":
        return "donor" if kind in DONOR_KINDS else "implementer"
    return cue_role


def role_for(span: tuple[int, int], cues: list[Cue], kind: str, role_hint: str) -> str:
    """Role of the mention at ``span`` given the cues of its sentence (a post-cue reaches back
    over a whole list of organizations, a pre-cue forward until the next cue)."""
    s, e = span
    for cue in cues:
        if cue.post and cue.start >= e and cue.start - e <= _MAX_POST_DISTANCE:
            return resolve(cue.role, kind)
    best: Cue | None = None
    for cue in cues:
        if not cue.post and cue.end <= s:
            best = cue
    if best is not None:
        return resolve(best.role, kind)
    return default_role(kind, "donor" if role_hint == "donor" else "participant_org")
