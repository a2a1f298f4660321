"""An organization's role in an event, read from the words of its sentence.

Kyrgyz puts the cue *after* the organizations it governs ("X, Y тарабынан ...
Z менен өнөктөштүктө ... W-нун финансылык колдоосу менен ишке ашырылууда");
Russian and English put it *before* ("организовано X", "при финансовой
поддержке Y", "funded by Z").  So each mention takes the nearest following
post-cue in its sentence, else the nearest preceding pre-cue, else a default
from its kind: government bodies → ``government``, donors → ``donor``, the
registry's role hint, else ``participant_org``.

A preposition or passive right before a name ("совместно с ПРООН", "организовано ОФ «…»")
governs it before any later verb.  A label heading a sentence or list ("Донор — …",
"Каржылоочу: …", "Партнёры:" over bulleted lines) decides the role of what follows, unless a
cue inside the list says otherwise.  Attendance ("представители X приняли участие", "X
өкүлдөрү катышты") is ``participant_org`` for anyone but government bodies and funders.

"With the support of" (колдоосу менен / при поддержке / with the support of)
means donor for donor kinds and partner for others; "X's project" (X-тын
долбоору, биргелешкен долбоору, проект X) means donor for donor kinds and
implementer for others.

One organization has one role in a document (``document_roles``): the highest in
``ROLE_PRIORITY`` (donor > implementer > partner > government > participant_org) among the
roles cues gave its mentions, else its default, so a bilingual report names it once.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache

from etl.reference.org_roles_support import (
    list_link_inside_name,
    own_relative_clause,
    possessive_apposition,
    pre_cue_spent,
    relative_subject_after,
    reported_between,
    unquoted_length,
)
from etl.reference.role_clauses import (
    closed_clause,
    closed_cue,
    contrast_between,
    speaker_after,
    staff_speaker,
)
from etl.reference.role_cues import POST_CUES, PRE_CUES
from etl.reference.role_labels import Cue, label_at
from etl.reference.role_resolve import DONOR_KINDS, default_role, resolve
from etl.reference.scan import Triggered

ROLE_PRIORITY: tuple[str, ...] = ("donor", "implementer", "partner", "government", "participant_org")


def _compile(cues: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{role}>(?<!\\w)(?:{pat}))" for role, pat in cues))


_POST = _compile(POST_CUES)
_PRE = _compile(PRE_CUES)
_POST_SCAN = Triggered("post_cue", _POST)  # every cue starts a word with a literal: scan only there
_PRE_SCAN = Triggered("pre_cue", _PRE)
_MAX_POST_DISTANCE = 260
# "X выступил организатором, Y …": the role noun after the verb is X's (a post-cue), not a cue for Y.
_ROLE_VERB_BEFORE = re.compile(r"выступ(?:ил|ает|ают)\w*\s+(?:в\s+качестве\s+)?(?:главн\w+\s+)?$")
# One character class first: re then skips to candidates in C instead of trying every position.  The
# lookaheads never give spaces back (a capital is no space): same matches, and a run of spaces left by
# masked boilerplate is no longer read again from every point of it.
_SENT_END = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])(?=\s[^\w]*+[A-ZА-ЯЁӨҮҢ])|(?<=\n)\s*\n|(?<=\n)(?=\s*+[A-ZА-ЯЁӨҮҢ•\-–]))")


# A period after an initial or a place abbreviation ends no sentence: "университет имени М. Адышева
# представил", "в г. Ош провели", "ОшГУ им. К. Тыныстанова" (a year's "2021 г." still may).
_ABBREVIATION = re.compile(r"(?:(?<![\w-])[A-ZА-ЯЁӨҮҢ]|(?<![\w-])(?:им|ул|мкр|пгт|с)|(?<![\w-])(?<!\d\s)г)\.$")


# The letters an ``_ABBREVIATION`` match ends with before its point: after any other character (most points
# follow a lower-case word ending) the search cannot match and is not made.
_ABBREVIATION_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯЁӨҮҢмлртсг")


@lru_cache(maxsize=8)
def sentence_starts(text: str) -> list[int]:
    """Sentence start offsets (cached per text: organizations and projects both need them; never mutate)."""
    return [0] + [m.end() for m in _SENT_END.finditer(text)
                  if text[m.start()] != "." or not (m.start() and text[m.start() - 1] in _ABBREVIATION_LAST
                                                     and _ABBREVIATION.search(text, max(0, m.start() - 6), m.start() + 1))]


def sentence_of(starts: list[int], pos: int, length: int) -> tuple[int, int]:
    i = bisect_right(starts, pos) - 1
    return starts[i], (starts[i + 1] if i + 1 < len(starts) else length)


def cue_starts(ft: str) -> tuple[list[int], list[int]]:
    """Where post- and pre-cues may start in ``ft``: one scan, shared by every sentence."""
    return _POST_SCAN.starts(ft), _PRE_SCAN.starts(ft)


def cues_in(ft: str, lo: int, hi: int, starts: tuple[list[int], list[int]] | None = None,
            text: str | None = None, covered: Callable[[int], bool] | None = None,
            memo: dict[int, str | None] | None = None) -> list[Cue]:
    """Cues of the sentence ``ft[lo:hi]``; ``text`` (the unfolded text) lets a label be told by its
    colon or dash, which folding turns into a space.  No cue starts where ``covered`` (inside an
    organization's name): "Роза Отунбаеванын демилгеси менен биргеликте" keeps "менен биргеликте"
    although "демилгеси менен" would have matched first."""
    post, pre = cue_starts(ft) if starts is None else starts
    label = label_at(ft if text is None else text, ft, lo, hi, memo)
    out = [Cue(m.start(), m.end(), m.lastgroup or "", True) for m in _scan(_POST_SCAN, ft, lo, hi, post, covered)]
    out += [Cue(m.start(), m.end(), m.lastgroup or "", False) for m in _scan(_PRE_SCAN, ft, lo, hi, pre, covered)
            if not _ROLE_VERB_BEFORE.search(ft, max(lo, m.start() - 30), m.start())]
    if label is not None:  # the label's own word is no second cue
        out = [c for c in out if c.start >= label.end] + [label]
    out.sort(key=lambda c: c.start)
    return out


def _scan(scan: Triggered, ft: str, lo: int, hi: int, starts: list[int],
          covered: Callable[[int], bool] | None) -> list[re.Match[str]]:
    if covered is None:
        return scan.finditer(ft, lo, hi, starts)
    out: list[re.Match[str]] = []
    last_end = lo
    for s in starts[bisect_left(starts, lo):bisect_left(starts, hi)]:
        if s < last_end or covered(s):
            continue
        m = scan.pattern.match(ft, s, hi)
        if m:
            out.append(m)
            last_end = max(m.end(), s + 1)
    return out


_resolve_plain = resolve


# "Y-нүн каржылоосу менен" (with Y's funding) is a noun phrase: it governs Y, not the subject before Y.
_ATTACHED = re.compile(r"менен|тарабынан|аркылуу|долбоор|программа|каржылоо|каржылык\s+колдоо|финансылык\s+колдоо|тапшырма"
                       r"|буйрутма|грант|колдоосу|эсебинен|каражат|демоо?р?чу|спонсорлу|комок|жардам|выдел|делегация"
                       # an English verb after its subject governs only the names right before it
                       r"|organi[sz]ed|conducted|implemented|hosted|launched|funded|financed|sponsored|supports|supported")
# Between a participant and "өкүлдөрү катышты" only its closing quote or legal form ("«Кэмп Алатоо» КФ").
# "Петропавловка орто мектебинин мугалимдери жана окуучулары катышты": its teachers and pupils took part for it.
_PARTICIPANT_GAP = re.compile(r"[\s»”\"')]*(?:(?:[^\W\d]{1,5}|коом\w*|фонд\w*|бирикме\w*|уюм\w*|борбор\w*"
                              r"|ассоциация\w*)[\s»”\"')]*)?"
                              r"(?:(?:мугалим|окуучу|окутуучу|тарбиячы|студент|адис|дарыгер)\w*\s+(?:жана\s+)?){0,2}")
_NOMINATIVE_HEAD = re.compile(r"(?<!\w)[а-я]{3,}(?:с[ыиуо]|[ыиуо])[»\"”]?$")
_GENITIVE_WORD = re.compile(r"\w[ндт][ыиуо]н(?!\w)")
_LIST_SEP = re.compile(r",|;|(?<!\w)(?:жана|и|and)(?!\w)|&")
_SAME_ITEM = re.compile(r"\s*\(\s*")  # "академиясы (БАЖБА)": the acronym repeats the same item


def _reaches(ft: str, e: int, cue: Cue, others: list[tuple[int, int]], raw: str = "") -> bool:
    """A post-cue with a postposition (X менен, X тарабынан, X-тын долбоору) governs only the list
    right before it: every organization between must be joined by a list separator."""
    participant = cue.role == "participant"
    if raw and cue.start and raw[cue.start - 1] == "-" and e != cue.start - 1:
        return False  # "the EU-funded project": the compound's own first word is its funder, no name before
    if not participant and not _ATTACHED.search(ft, cue.start, cue.end):
        # a clause-final verb (уюштурду, каржылаган) reaches its subject anywhere before, within its clause
        return not contrast_between(ft, e, cue.start)
    pos = e
    for s2, e2 in sorted(o for o in others if e <= o[0] and o[1] <= cue.start):
        if not (_LIST_SEP.search(ft, pos, s2) or _SAME_ITEM.fullmatch(ft, pos, s2)) \
                or list_link_inside_name(ft, pos, s2) or closed_clause(ft, pos, s2):
            return False
        pos = e2
    if participant:
        return _PARTICIPANT_GAP.fullmatch(ft, pos, cue.start) is not None
    if cue.start - pos > 40 and unquoted_length(ft, pos, cue.start) > 40:
        return False
    # "«Жаштар үнү» коомдук бирикмеси Евробиримдиктин каржылоосу менен": a name complete in the
    # nominative ("бирикмеси") and another owner in the genitive between; "БУУ Аялдар түзүмүнүн
    # колдоосу", "KfW Германиянын өнүктүрүү банкынын каржылоосу": one owner described.
    complete = _NOMINATIVE_HEAD.search(ft, max(0, pos - 20), pos) is not None
    return not complete or _GENITIVE_WORD.search(ft, pos, cue.start) is None


_TRAINERS_OF = re.compile(r"(?<!\w)(?:эксперт|тренер|специалист|преподавател)\w*\s+(?:[\w-]+\s+)?[«\"]?$")
_PRESENTED = re.compile(r"представил\w*|презентовал\w*|presented")


# A preposition or passive right before a name governs it more closely than a verb further on;
# a finite verb before a name ("провели ПРООН и …") does not.
_FINITE_VERB = re.compile(r"пров[её]л\w*|провели|провод(?:ит|ят)|реализует")
# Between a preposition and its name only quotes, a legal form or an article ("при поддержке ОФ «…»").
# A country adjective may precede a registry name that omits it ("on behalf of the German Federal Ministry").
_ADJACENT_GAP = re.compile(r"[\W\d]*(?:(?:оф|оо|роо|моо|осоо|кф|кб|буа|анпо|нпо|оюл|ngo|the)(?!\w)[\W\d]*)?"
                           r"(?:(?:german|swiss|japanese|korean|turkish|british|american|french|finnish|swedish"
                           r"|norwegian|canadian|chinese|australian|danish|dutch|austrian|czech)\s+)?")


def _adjacent(ft: str, pos: int, s: int, others: list[tuple[int, int]]) -> str | None:
    """Only a short legal form ("ОФ «") or a list of other organizations lies between ``pos`` and ``s``:
    "direct", "list", or "comma" when the last link is a bare comma (which may also close a clause:
    "проекта ЮНИСЕФ, финансируемого ЕС, ОО «Нур» провело"); None otherwise."""
    link = "direct"
    for s2, e2 in sorted(o for o in others if pos <= o[0] and o[1] <= s):
        if not _ADJACENT_GAP.fullmatch(ft, _after_separator(ft, pos, link), s2):
            return None
        sep = _LIST_SEP.search(ft, e2, s)
        if not sep and not _SAME_ITEM.match(ft, e2):
            return None
        link = "comma" if sep and sep.group() == "," else "list"
        pos = e2
    return link if _ADJACENT_GAP.fullmatch(ft, _after_separator(ft, pos, link), s) is not None else None


# "совместно с мэрией города Ош и общественным фондом «…»": the conjunction between two items of the
# preposition's list is no word of a clause of its own
_ITEM_SEPARATOR = re.compile(r"[\s,;]*(?:(?:и|жана|and|а\s+также|as\s+well\s+as)(?!\w))?")


def _after_separator(ft: str, pos: int, link: str) -> int:
    if link == "direct":
        return pos
    m = _ITEM_SEPARATOR.match(ft, pos)
    return m.end() if m else pos


def role_for(span: tuple[int, int], cues: list[Cue] | CueIndex, kind: str, role_hint: str,
             ft: str = "", others: list[tuple[int, int]] | None = None) -> str:
    """Role of the mention at ``span`` given the cues of its sentence (a post-cue reaches back
    over a whole list of organizations, a pre-cue forward until the next cue)."""
    return cued_role(span, cues, kind, role_hint, ft, others) or default_role(kind, role_hint)


class CueIndex:
    """A sentence's cues split by kind, sorted, for bisection: a sentence with thousands of
    names asks each of them only about the cues near it."""

    __slots__ = ("label", "post", "post_starts", "pre", "pre_ends")

    def __init__(self, cues: list[Cue]) -> None:
        self.label = next((c for c in cues if c.label), None)
        self.post = [c for c in cues if c.post]
        self.post_starts = [c.start for c in self.post]
        self.pre = [c for c in cues if not c.post and not c.label]  # pre-cues never overlap: ends sorted too
        self.pre_ends = [c.end for c in self.pre]

    def post_after(self, e: int) -> list[Cue]:
        """Post-cues starting at or after ``e`` within reach."""
        i = bisect_left(self.post_starts, e)
        j = bisect_right(self.post_starts, e + _MAX_POST_DISTANCE)
        return self.post[i:j]

    def last_pre_before(self, s: int) -> Cue | None:
        i = bisect_right(self.pre_ends, s)
        return self.pre[i - 1] if i else None


def _resolver(index: CueIndex, kind: str, role_hint: str, end: int | None = None) -> Callable[[str, str, str], str]:
    """``resolve``, except that "with the support of" an agency that runs programmes is no funding when
    the sentence names the money's source apart ("при поддержке ПРООН и финансировании Sida", "with
    the support of UNDP and funding from Sweden"): the agency backs the work, the other body pays.  So too
    a funder's own programme paid by another named after it ("в рамках программы ЕБРР … при финансовой
    поддержке Правительства Швеции", "ЕРӨБдүн … программасынын алкагында Швеция Өкмөтүнүн каржылоосу менен"):
    the programme's owner runs it."""
    if end is not None and (kind in DONOR_KINDS or role_hint == "donor") and role_hint != "implementer" and any(
            c.role == "donor" and c.start >= end for c in (*index.pre, *index.post)):
        def owner_paid_apart(cue_role: str, kind: str, role_hint: str) -> str:
            return "implementer" if cue_role == "owner" else _resolve_plain(cue_role, kind, role_hint)
        return owner_paid_apart
    if kind in DONOR_KINDS or role_hint != "implementer" or not any(
            c.role == "donor" for c in (*index.pre, *index.post)):
        return _resolve_plain

    def paid_apart(cue_role: str, kind: str, role_hint: str) -> str:
        return "partner" if cue_role == "support" else _resolve_plain(cue_role, kind, role_hint)
    return paid_apart


def cued_role(span: tuple[int, int], cues: list[Cue] | CueIndex, kind: str, role_hint: str,
              ft: str = "", others: list[tuple[int, int]] | None = None, raw: str = "") -> str | None:
    """The role a cue of the sentence gives the mention at ``span``; None when no cue reaches it."""
    index = cues if isinstance(cues, CueIndex) else CueIndex(cues)
    s, e = span
    resolve = _resolver(index, kind, role_hint, e)
    after = index.post_after(e)
    label = index.label if index.label is not None and index.label.end <= s else None
    if label is not None:  # a list under a label: only a cue attached inside the list overrides it
        for cue in after:  # "Уюштуруучу: «Алга» КФ, ЮНИСЕФтин колдоосу менен": UNICEF's own postposition
            if ft and _ATTACHED.search(ft, cue.start, cue.end) \
                    and not any(e <= o[0] and o[1] <= cue.start for o in others or []) \
                    and _reaches(ft, e, cue, []):
                return resolve(cue.role, kind, role_hint)
        inner = index.last_pre_before(s)
        return resolve(inner.role if inner is not None and inner.start >= label.end else label.role, kind, role_hint)
    if ft and after and after[0].role in ("implementer", "partner") and own_relative_clause(ft, e, after[0].start):
        # "при поддержке Helvetas, которая реализует проект", "эксперты ассоциации, которая выступает партнером"
        return resolve(after[0].role, kind, role_hint)
    governing = index.last_pre_before(s)
    if ft and governing is not None and (possessive_apposition(ft, governing.end, s, e, others or [])
                                         or closed_cue(ft, governing.start, governing.end)):
        governing = None  # "financed by IDA, the World Bank's fund": the cue's name is IDA alone
    if ft and governing is not None:
        link = _adjacent(ft, governing.end, s, others or [])
        # "в рамках проекта USAID «…», который реализует компания X": a funder owning the project
        # is its donor, whatever verb the relative clause after it has
        if governing.role == "owner" and link == "direct" and resolve("owner", kind, role_hint) == "donor":
            return "donor"
        if governing.role not in ("owner", "participant") and not _FINITE_VERB.fullmatch(
                ft, governing.start, governing.end) and link is not None and not (link == "comma" and any(
                    not _ATTACHED.search(ft, c.start, c.end) for c in after)):
            return resolve(governing.role, kind, role_hint)  # "совместно с ПРООН провело": ПРООН is the partner
    if ft and governing is not None and governing.role == "participant" and after \
            and _PRESENTED.fullmatch(ft, after[0].start, after[0].end) \
            and _adjacent(ft, governing.end, s, others or []) == "direct":
        # "учёные университета X представили результаты": its staff presented at the event, X took part
        return resolve("participant", kind, role_hint)
    if ft and after and _PRESENTED.fullmatch(ft, after[0].start, after[0].end) and governing is None \
            and staff_speaker(ft, s, e) and resolve("participant", kind, role_hint) != "donor":
        # "Эксперт МОТ … представила обзор": the body sent a speaker to another's event (a funder's speaker
        # says nothing of its role: "Представитель Фонда Ага Хана отметил" at the fund's own presentation)
        return resolve("participant", kind, role_hint)
    if ft and after and after[0].role == "implementer" and _FINITE_VERB.fullmatch(ft, after[0].start, after[0].end) \
            and _TRAINERS_OF.search(ft, max(0, s - 40), s) \
            and not any(e <= o[0] and o[1] <= after[0].start for o in others or []):
        # "эксперты Союза МСУ провели мастер-класс": the body lent its experts to the event (see ``resolve``)
        return resolve("trainer", kind, role_hint)
    for cue in after:
        if ft and (not _reaches(ft, e, cue, others or [], raw) or reported_between(ft, e, cue.start)
                   or relative_subject_after(ft, e, cue.start, cue.end, others or [])
                   or (raw and cue.role != "participant" and speaker_after(raw, e, cue.start))):
            continue
        return resolve(cue.role, kind, role_hint)
    if governing is not None and not (ft and pre_cue_spent(ft, governing.end, s, others or [], governing.role, e)):
        return resolve(governing.role, kind, role_hint)
    return None


def document_roles(mentions: list[tuple[str, str | None, str]]) -> dict[str, str]:
    """One role per organization in a document, from ``(org_id, cued role or None, default role)``
    per mention: the highest-priority role a cue gave it, else its default.  A donor named once
    with no cue ("Каржылоочу" in one language part, an "About UNDP" footer) keeps what the text
    says of it elsewhere."""
    cued: dict[str, set[str]] = {}
    default: dict[str, str] = {}
    for org_id, role, fallback in mentions:
        default.setdefault(org_id, fallback)
        if role is not None:
            cued.setdefault(org_id, set()).add(role)
    return {org_id: next(r for r in ROLE_PRIORITY if r in cued[org_id]) if org_id in cued else fallback
            for org_id, fallback in default.items()}
