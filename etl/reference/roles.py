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
from functools import lru_cache

from etl.reference.scan import Triggered

ROLE_PRIORITY: tuple[str, ...] = ("donor", "implementer", "partner", "government", "participant_org")
DONOR_KINDS = frozenset({"donor_government", "development_agency", "donor_multilateral", "donor_foundation"})
GOVERNMENT_KINDS = frozenset({"government"})

# Roles "support" and "owner" are resolved by kind (see module doc). Patterns run on folded text.
_POST_CUES: tuple[tuple[str, str], ...] = (
    ("donor", r"тарабынан\s+(?:\w+\s+){0,2}?каржылан\w*|каржыл\w*|финансылык\s+колдоо\w*|финансыл\w*\s+менен"
              r"|демоорчулуг\w*|каражат\w*\s+(?:менен|эсебинен)|гранттык\s+колдоо\w*"),
    ("implementer", r"тарабынан|уюштур\w*|ишке\s+ашыр\w*|откорго\w*|откоргон|демилгеси\s+менен|жузого\s+ашыр\w*"
                    r"|организовал\w*|пров[её]л\w*|провели|реализует|реализовал\w*|представил\w*"),
    ("partner", r"менен\s+менен\s+онокташтыкта|менен\s+оноктоштукто|оноктош\w*|менен\s+биргеликте"
                r"|менен\s+кызматташтыкта|менен\s+бирдикте"),
    ("support", r"колдоо\w*\s+менен|колдоосу\s+аркылуу|колдоо\s+корсот\w*"),
    ("owner", r"биргелешкен\s+долбоор\w*|долбоор\w*|программа\w*\s+алкагында"),
)
_PRE_CUES: tuple[tuple[str, str], ...] = (
    ("donor", r"при\s+финансов\w+\s+поддержке|финансир\w*|за\s+сч[её]т\s+средств|при\s+финансировании"
              r"|funded\s+by|financed\s+by|with\s+(?:the\s+)?financial\s+support\s+of|sponsored\s+by"
              r"|with\s+funding\s+from|funding\s+from|grants?\s+from|по\s+поручению|on\s+behalf\s+of"
              r"|грант\w*\s+от|с\s+грантом\s+от"),
    ("implementer", r"организова\w*|организатор\w*|реализу\w*|реализова\w*|проводим\w*|провед[её]н\w*"
                    r"|пров[её]л\w*|провели|implemented\s+by|organi[sz]ed\s+by|conducted\s+by|run\s+by"
                    r"|hosted\s+by|carried\s+out\s+by|built\s+by|delivered\s+by|led\s+by|силами"),
    ("partner", r"в\s+партн[её]рстве\s+с|совместно\s+с|при\s+содействии|в\s+сотрудничестве\s+с"
                r"|in\s+partnership\s+with|together\s+with|jointly\s+with|in\s+cooperation\s+with"
                r"|in\s+collaboration\s+with|partners?\s+(?:were|are|included)|партн[её]р\w*"),
    ("support", r"при\s+поддержке|с\s+помощью|supported\s+by|with\s+(?:the\s+)?support\s+(?:of|from)"),
    ("owner", r"проект\w*|программ\w*"),
)


def _compile(cues: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{role}>(?<!\\w)(?:{pat}))" for role, pat in cues))


_POST = _compile(_POST_CUES)
_PRE = _compile(_PRE_CUES)
_POST_SCAN = Triggered("post_cue", _POST)  # every cue starts a word with a literal: scan only there
_PRE_SCAN = Triggered("pre_cue", _PRE)
_MAX_POST_DISTANCE = 260
# One character class first: re then skips to candidates in C instead of trying every position.
_SENT_END = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])(?=\s+[^\w]*[A-ZА-ЯЁӨҮҢ])|(?<=\n)\s*\n|(?<=\n)(?=\s*[A-ZА-ЯЁӨҮҢ•\-–]))")


@dataclass(slots=True)
class Cue:
    start: int
    end: int
    role: str
    post: bool


@lru_cache(maxsize=8)
def sentence_starts(text: str) -> list[int]:
    """Sentence start offsets (cached per text: organizations and projects both need them; never mutate)."""
    return [0] + [m.end() for m in _SENT_END.finditer(text)]


def sentence_of(starts: list[int], pos: int, length: int) -> tuple[int, int]:
    i = bisect_right(starts, pos) - 1
    return starts[i], (starts[i + 1] if i + 1 < len(starts) else length)


def cue_starts(ft: str) -> tuple[list[int], list[int]]:
    """Where post- and pre-cues may start in ``ft``: one scan, shared by every sentence."""
    return _POST_SCAN.starts(ft), _PRE_SCAN.starts(ft)


def cues_in(ft: str, lo: int, hi: int, starts: tuple[list[int], list[int]] | None = None) -> list[Cue]:
    post, pre = cue_starts(ft) if starts is None else starts
    out = [Cue(m.start(), m.end(), m.lastgroup or "", True) for m in _POST_SCAN.finditer(ft, lo, hi, post)]
    out += [Cue(m.start(), m.end(), m.lastgroup or "", False) for m in _PRE_SCAN.finditer(ft, lo, hi, pre)]
    out.sort(key=lambda c: c.start)
    return out


def default_role(kind: str, role_hint: str) -> str:
    """No cue in the sentence: government bodies take part as government, funders as donors,
    agencies that run programmes (the registry's hint) as implementers; anyone else was present."""
    if kind in GOVERNMENT_KINDS:
        return "government"
    if kind in DONOR_KINDS or role_hint == "donor":
        return "donor"
    return role_hint if role_hint in ("implementer", "partner") else "participant_org"


_SUPPORTED_BY_PEERS = frozenset({"ngo", "association", "academic", "business", "government", "government_agency"})


def resolve(cue_role: str, kind: str, role_hint: str = "") -> str:
    """A cue's role for an organization of ``kind``.  State and local-government bodies are
    ``government`` whatever the verb (the labelling guide: "any state or local-government body
    that takes part, whatever the verb", even when it organizes); "with the support of" an agency
    or donor means funding."""
    if kind in GOVERNMENT_KINDS:
        return "government"
    funder = kind in DONOR_KINDS or role_hint == "donor"
    if cue_role == "support":
        role = "donor" if funder or kind not in _SUPPORTED_BY_PEERS else "partner"
    elif cue_role == "owner":
        role = "donor" if funder else "implementer"
    else:
        role = cue_role
    return role


# "Y-нүн каржылоосу менен" (with Y's funding) is a noun phrase: it governs Y, not the subject before Y.
_ATTACHED = re.compile(r"менен|тарабынан|аркылуу|долбоор|программа|каржылоо|финансылык\s+колдоо")
_LIST_SEP = re.compile(r",|;|(?<!\w)(?:жана|и|and)(?!\w)|&")
_SAME_ITEM = re.compile(r"\s*\(\s*")  # "академиясы (БАЖБА)": the acronym repeats the same item


def _reaches(ft: str, e: int, cue: Cue, others: list[tuple[int, int]]) -> bool:
    """A post-cue with a postposition (X менен, X тарабынан, X-тын долбоору) governs only the list
    right before it: every organization between must be joined by a list separator."""
    if not _ATTACHED.search(ft, cue.start, cue.end):
        return True  # a clause-final verb (уюштурду, каржылаган) reaches its subject anywhere before
    pos = e
    for s2, e2 in sorted(o for o in others if e <= o[0] and o[1] <= cue.start):
        if not (_LIST_SEP.search(ft, pos, s2) or _SAME_ITEM.fullmatch(ft, pos, s2)):
            return False
        pos = e2
    return cue.start - pos <= 40


def role_for(span: tuple[int, int], cues: list[Cue], kind: str, role_hint: str,
             ft: str = "", others: list[tuple[int, int]] | None = None) -> str:
    """Role of the mention at ``span`` given the cues of its sentence (a post-cue reaches back
    over a whole list of organizations, a pre-cue forward until the next cue)."""
    s, e = span
    for cue in cues:
        if cue.post and cue.start >= e and cue.start - e <= _MAX_POST_DISTANCE:
            if ft and not _reaches(ft, e, cue, others or []):
                continue
            return resolve(cue.role, kind, role_hint)
    best: Cue | None = None
    for cue in cues:
        if not cue.post and cue.end <= s:
            best = cue
    if best is not None:
        return resolve(best.role, kind, role_hint)
    return default_role(kind, role_hint)
