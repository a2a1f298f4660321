"""Organization and project mentions from text, with each organization's role in its sentence.

Three sources of mentions, longest first where they overlap:

1. the registry (``data/organizations.csv``, see ``registry`` for the alias syntax);
2. patterns for local government bodies named after their place or through their head
   (Кара-Булак айыл өкмөтү → "Kara-Bulak ayil okmotu", Сузак райондук мамлекеттик
   администрациясы → "Suzak District State Administration", мэр города Нарын → "Naryn City
   Hall"), see ``govbodies``;
3. quoted names with a legal form (ОФ «…», «…» коомдук фонду, АНПО «…», ОсОО «…»), see
   ``unseen_orgs``: an unseen organization is named in English (ОФ «Элдик Демилге» → "Eldik
   Demilge Public Foundation", see ``unseen_names``) unless its name is a phrase that would need
   translating, which keeps its words and form as written; one name per quoted name in a
   document; a known organization written in quotes still resolves to the registry.

A registry body that has a branch in every region, named with its place and level, is that
place's body (Нарын облустук жаштар ресурстук борбору → "Naryn Oblast Youth Resource Centre",
see ``local_branches``).

A Swiss/Japanese/German/… adjective on a project ("швейцариялык долбоор", "швейцарского
проекта") names that country's government as donor.  Roles: see ``roles``.
``find_projects`` lives in ``projects``; it is re-exported here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from etl.contract import Organization
from etl.reference.govbodies import government_bodies
from etl.reference.govbody_branches import branch_bodies
from etl.reference.govbody_elided import with_elided_places
from etl.reference.govbody_person_aimaks import person_named_okmotus
from etl.reference.local_branches import LOCAL_BRANCH_KINDS, qualify_local_branches
from etl.reference.morph import KY_ENDINGS, RU_NOUN_ENDINGS
from etl.reference.org_academic_units import academic_units
from etl.reference.org_aimak_bodies import aimak_bodies
from etl.reference.org_author import author_hit
from etl.reference.org_backrefs import university_backrefs
from etl.reference.org_bracket_names import own_name_in_brackets
from etl.reference.org_bystanders import not_taking_part
from etl.reference.org_committees import parliament_committees
from etl.reference.org_coorganizers import CIVIC_KINDS, junior_coorganizer
from etl.reference.org_countries import country_donors, named_through_agency
from etl.reference.org_doc_names import unify_level_names, unify_sector_offices
from etl.reference.org_embassies import embassy_mentions
from etl.reference.org_embassy_guests import guest_embassies
from etl.reference.org_english_heads import english_head_organizations
from etl.reference.org_head_backrefs import head_noun_backrefs
from etl.reference.org_heads import speaking_head
from etl.reference.org_history import history_sentence, latest_year, since_sentence
from etl.reference.org_hit_merges import merge_qualifiers, one_name_per_quoted, registry_quoted_names
from etl.reference.org_latin_parens import latin_after_kind, latin_named_bodies
from etl.reference.org_ministry_academies import name_ministry_academies
from etl.reference.org_national_projects import national_project_donors
from etl.reference.org_parents import city_hall_of_unit
from etl.reference.org_phrases import noun_phrase_organizations
from etl.reference.org_piu import project_units
from etl.reference.org_place_spellings import unify_place_spellings
from etl.reference.org_plans import plan_sentence
from etl.reference.org_titles import titled_event
from etl.reference.org_translated_names import unify_side_by_side, unify_translated_names
from etl.reference.org_unit_branches import name_unit_branches
from etl.reference.registry import Alias, any_alias, org_aliases, organizations
from etl.reference.role_gifts import gift_sentence, giver
from etl.reference.role_headline import body_over_headline
from etl.reference.role_own_event import demote_kind_donors, kind_given_donor
from etl.reference.role_partnered import keep_partners, named_partner, partner_apposition
from etl.reference.role_thanks import demote_thanked_donors, thanks_sentence
from etl.reference.roles import (
    ROLE_PRIORITY,
    CueIndex,
    cue_starts,
    cued_role,
    cues_in,
    default_role,
    document_roles,
    resolve,
    sentence_of,
    sentence_starts,
)
from etl.reference.scan import SCANNER, Cover, match_key
from etl.reference.translit import name_key
from etl.reference.unseen_orgs import bare_repeats, unseen_organizations
from etl.text import fold_text

__all__ = ["ROLE_PRIORITY", "OrgMention", "find_organizations", "find_projects", "organization_spans"]


@dataclass(slots=True)
class OrgMention:
    organization: Organization  # canonical English name, role, evidence, span
    incidental: bool = False  # a state body named only as subject of elections/laws (not a participant)


_ENDINGS = KY_ENDINGS | RU_NOUN_ENDINGS | frozenset({""})
_DASHES = "-‐‑‒–—"
_WORD_TAIL = re.compile(r"[^\W\d_]*")
_INITIAL_BEFORE = re.compile(r"(?:^|\s)[A-ZА-ЯЁӨҮҢ]\.\s*$")
_RU_ADJ_END = re.compile(r"ск(?:ий|ого|ому|ом|им|ая|ой|ое)$")
_NAME = r"[A-ZА-ЯЁӨҮҢ][\w]*(?:[-‐–][\w]+)*"


@lru_cache(maxsize=8)
def _match_text(text: str) -> str:
    """Folded text, dashes as spaces (same length); one per text, shared with places and projects.
    The document's folded text is made once (the pipeline's too) and only its dashes are replaced."""
    return match_key(fold_text(text))


def _registry_keys() -> dict[str, object]:
    by_first: dict[str, list[Alias]] = {}
    for alias in org_aliases():
        by_first.setdefault(alias.first, []).append(alias)
    return {first: (len(first), tuple(aliases), any_alias(aliases)) for first, aliases in by_first.items()}


SCANNER.add_keys("org_registry", _registry_keys)


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    org_id: str | None
    name: str
    kind: str
    role_hint: str = ""
    fixed_role: str | None = None  # "швейцариялык долбоор": the adjective itself says donor
    quoted: str = ""  # an unseen organization's name inside its quotes
    form_first: bool = False  # "ОФ «X»" rather than "«X» коомдук фонду"
    phrase_proper: str = ""  # a descriptive phrase's quoted proper name ("«Таза Суу» экологиялык коомдук бирикмеси")


def _registry_hits(text: str, ft: str) -> list[_Hit]:
    hits: list[_Hit] = []
    orgs = organizations()
    for last, (flen, aliases, any_of) in SCANNER.scan(ft)["org_registry"]:
        s = last - flen + 1
        if s > 0 and (ft[s - 1].isalnum() or (text[s - 1] in _DASHES and s > 1 and text[s - 2].isalnum())):
            if not (text[s].isupper() and text[s - 1].islower()):  # "өнөктөштүктөТынчтыкты": a lost space
                continue
        if not any_of.match(ft, s):
            continue  # one C call rules out every alias of this first word (most hits)
        for alias in aliases:
            m = alias.pattern.match(ft, s)
            if not m:
                continue
            e = m.end()
            tail = _WORD_TAIL.match(ft, e).end()  # type: ignore[union-attr]
            if not alias.open_end and ft[e:tail] not in _ENDINGS:
                continue
            if (alias.acronym and not _caps_like(text[s:e], alias.text)) or (alias.capital and not text[s].isupper()):
                continue
            if alias.text[:1].isascii() and alias.text[:1].isupper() and text[s].islower():
                continue  # "a youth resource centre opened": an English name is capitalized, a facility is not
            org = orgs[alias.owner]
            if tail < len(text) and text[tail] in "»”" and text.count("«", s, tail) > text.count("»", s, tail):
                tail += 1  # Структура «ООН-женщины»: the closing quote belongs to the name
            if org.kind != "government" and titled_event(text, s, tail):
                continue
            hits.append(_Hit(s, tail, org.org_id, org.name, org.kind, _registry_hint(org.kind, org.role_hint)))
    return hits


def _registry_hint(kind: str, role_hint: str) -> str:
    """A registry firm (a bank, a telecom, a company) is a sponsor, as an unseen name with a firm's legal form
    is: "при поддержке компании «Кока-Кола Бишкек Ботлерс»" names the donor of money, goods or prizes."""
    return "sponsor" if kind == "business" and role_hint == "participant_org" else role_hint


def _caps_like(found: str, alias: str) -> bool:
    return sum(ch.isupper() for ch in found) >= sum(ch.isupper() for ch in alias)


_FIRM_HEADS = (" LLC", " Company", " JSC")


def _pattern_hits(text: str, ft: str) -> list[_Hit]:
    hits = [_Hit(s, e, None, name, "government") for s, e, name in government_bodies(text, ft)]
    hits += [_Hit(s, e, None, name, "government") for s, e, name in branch_bodies(text, ft)]
    hits += [_Hit(s, e, None, name, "government") for s, e, name in parliament_committees(ft)]
    hits += [_Hit(s, e, None, name, "government") for s, e, name in person_named_okmotus(text, ft)]
    # "Kaiyr Trade LLC allocated KGS 95,000": an English firm's name sponsors as its Russian legal form does
    hits += [_Hit(s, e, None, name, kind, "sponsor" if kind == "business" and name.endswith(_FIRM_HEADS) else "")
             for s, e, name, kind in english_head_organizations(text, ft)]
    hits += [_Hit(s, e, None, name, kind) for s, e, name, kind in aimak_bodies(text)]
    hits += [_Hit(s, e, None, name, "international_org") for s, e, name in latin_named_bodies(text)]
    hits += [_Hit(s, e, None, name, kind) for s, e, name, kind in latin_after_kind(text)]
    hits += [_Hit(u.start, u.end, None, u.name, u.kind, u.role_hint, quoted=u.quoted, form_first=u.form_first)
             for u in unseen_organizations(text)]
    return hits


def _choose(hits: list[_Hit], text: str) -> list[_Hit]:
    """Longest first; a pattern hit that contains a registry hit yields to the registry.
    Both passes bisect sorted spans, so a page of thousands of names stays linear-ish."""
    registry = sorted((h for h in hits if h.org_id), key=lambda h: h.start)
    reg_starts = [r.start for r in registry]
    for h in hits:
        if h.org_id is not None:
            continue
        inside = [r for r in registry[bisect_left(reg_starts, h.start):bisect_left(reg_starts, h.end)]
                  if r.end <= h.end]
        if not inside:
            continue
        # "Управление образования мэрии г. Ош" is the city's department, not its city hall:
        # a longer state body keeps its own name
        if h.kind == "government" and all(r.end - r.start < h.end - h.start for r in inside):
            continue
        if all(r.org_id in LOCAL_BRANCH_KINDS and r.start > h.start for r in inside):
            for r in inside:  # "the Talas Chamber of Commerce and Industry": that place's branch, not the national body
                r.org_id = "_drop"
            continue
        h.org_id = "_drop"
        if len(inside) == 1 and h.kind != "government":  # ОФ «Центр «Интербилим»»: the whole mention
            inside[0].start, inside[0].end = h.start, h.end
    ordered = sorted((h for h in hits if h.org_id != "_drop"), key=lambda h: (-(h.end - h.start), h.start))
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[_Hit] = []
    for h in ordered:  # chosen spans never overlap: only the neighbours around h.start can
        i = bisect_left(starts, h.start)
        if (i > 0 and ends[i - 1] > h.start) or (i < len(starts) and starts[i] < h.end):
            continue
        starts.insert(i, h.start)
        ends.insert(i, h.end)
        chosen.append(h)
    chosen.sort(key=lambda h: h.start)
    return merge_qualifiers(chosen, text)


def _national_donors(text: str, ft: str) -> list[_Hit]:
    orgs = organizations()
    return [_Hit(start, end, org.org_id, org.name, org.kind, "donor", fixed_role="donor")
            for start, end, org_id in national_project_donors(ft) if (org := orgs.get(org_id)) is not None]


def _country_donors(text: str, ft: str, hits: list[_Hit]) -> list[_Hit]:
    orgs = organizations()
    present = {h.org_id for h in hits if h.org_id}
    return [_Hit(c.start, c.end, org.org_id, org.name, org.kind, "donor", fixed_role="donor")
            for c in country_donors(text, ft) if (org := orgs.get(c.org_id)) is not None
            and not named_through_agency(c.org_id, present)]


_NEAR = 400


_QUOTE_AFTER = re.compile(r"[^\S\n]{0,2}[«“\"]")


@lru_cache(maxsize=8)
def _document(text: str) -> tuple[OrgMention, ...]:
    ft = _match_text(text)
    hits = _choose(_registry_hits(text, ft) + _pattern_hits(text, ft), text)
    qualify_local_branches(text, hits)
    name_unit_branches(text, hits)
    name_ministry_academies(text, hits)
    hits = academic_units(text, project_units(text, hits))
    # descriptive phrases ("Нарын облустук аялдар кеңеши") only where no registry or pattern name is
    by_start = {c.start: c for c in hits}
    quoted_names = {c.quoted.casefold(): c.name for c in hits if c.org_id is None and c.quoted}
    for p in noun_phrase_organizations(text):
        if any(p.end > c.start and p.start < c.end for c in hits):
            continue
        gap = _QUOTE_AFTER.match(text, p.end)
        named = by_start.get(gap.end()) or by_start.get(gap.end() - 1) if gap else None
        if named is not None and named.org_id is not None and not p.quoted:
            # "Ассоциацией пастбищепользователей Кыргызстана «Кыргыз Жайыты»": the phrase describes the
            # quoted registry body, it is no second one
            named.start = p.start
            continue
        # the words of an unseen quoted name written again without quotes (a byline) are that body, by its name
        p_name = quoted_names.get(text[p.start:p.end].casefold(), p.name)
        hits.append(_Hit(p.start, p.end, None, p_name, p.kind, "" if p.kind == "government" or p.quoted else "phrase",
                         phrase_proper=p.proper))
    embassies = [_Hit(m.start, m.end, o.org_id, o.name, o.kind, o.role_hint) for m in embassy_mentions(ft)
                 if (o := organizations().get(m.org_id)) is not None]
    hits += [h for h in _national_donors(text, ft) + _country_donors(text, ft, hits) + embassies
             if all(h.end <= c.start or h.start >= c.end for c in hits)]
    hits.sort(key=lambda h: h.start)
    hits = with_elided_places(text, hits, lambda s, e, name: _Hit(s, e, None, name, "government"))
    hits = own_name_in_brackets(hits, text)
    one_name_per_quoted(hits)
    registry_quoted_names(hits, text)
    unify_translated_names(hits)
    unify_side_by_side(hits, text)
    unify_place_spellings(hits)
    owners = {h.quoted: h for h in hits if h.org_id is None and h.quoted and "«" not in h.quoted}
    if owners:
        hits += [_Hit(s, e, None, owners[q].name, owners[q].kind, owners[q].role_hint, quoted=q)
                 for s, e, q in bare_repeats(text, list(owners), [(h.start, h.end) for h in hits])]
        hits.sort(key=lambda h: h.start)
    unify_level_names(hits)
    unify_sector_offices(hits)
    backrefs = university_backrefs(text, hits, lambda h, s, e: replace(h, start=s, end=e))
    backrefs += head_noun_backrefs(text, hits, lambda h, s, e: replace(h, start=s, end=e))
    if backrefs:
        hits = sorted(hits + backrefs, key=lambda h: h.start)
    starts = sentence_starts(text)
    found: list[tuple[_Hit, str, str | None]] = []
    cue_cache: dict[tuple[int, int], CueIndex] = {}
    list_heads: dict[int, str | None] = {}
    cue_at = cue_starts(ft) if hits else ([], [])
    in_hit = Cover((o.start, o.end) for o in hits)
    hit_starts = [o.start for o in hits]
    author = author_hit(text, hits)
    in_history: set[int] = set()
    by_kind: set[int] = set()
    for h in hits:
        lo, hi = sentence_of(starts, h.start, len(text))
        if h.end > hi:  # a name wrapped onto the next line ("«Кэмп\nАлатоо» КФ менен"): both lines
            hi = sentence_of(starts, h.end - 1, len(text))[1]
        if (lo, hi) not in cue_cache:
            cue_cache[lo, hi] = CueIndex(cues_in(ft, lo, hi, cue_at, text, in_hit.covers, list_heads))
        # the names a cue may reach over lie near h (post-cues reach 260 characters): a sentence
        # listing thousands of names stays linear
        near_lo, near_hi = max(lo, h.start - _NEAR), min(hi, h.end + _NEAR)
        others = [(o.start, o.end) for o in hits[bisect_left(hit_starts, near_lo):bisect_left(hit_starts, near_hi)]
                  if o is not h]
        role = h.fixed_role or cued_role((h.start, h.end), cue_cache[lo, hi], h.kind, h.role_hint, ft, others,
                                          text)
        if h.fixed_role is None and (history_sentence(ft, lo, hi, lambda: latest_year(text), h.start)
                                     or plan_sentence(ft, lo, hi, h.start)):
            role = None  # "Ранее KOICA реализовал подобный проект": the organization's history
            in_history.add(id(h))
        if role == "donor" and h.fixed_role is None and default_role(h.kind, h.role_hint) != "donor" \
                and since_sentence(ft, lo, hi, latest_year(text)):
            role = None  # "the OSCE has supported community policing since 2003": its programme, not this event's money
        if role == "implementer" and h.fixed_role is None and h.kind in CIVIC_KINDS and junior_coorganizer(
                text, ft[lo:hi], h.start, [o.end for o in hits[bisect_left(hit_starts, lo):bisect_left(
                    hit_starts, h.start)] if o.kind == "government"]):
            role = "partner"
        if role in (None, "implementer") and h.fixed_role is None and giver(h.kind, h.role_hint) \
                and gift_sentence(ft, lo, hi):
            # "«Оптима Банк» тарабынан … тапшырылды", "переданы школе «Демир Банком»": the firm gave the goods
            role = "donor"
        if role in (None, "participant_org") and h.fixed_role is None and partner_apposition(ft, h.end, h.kind,
                                                                                            h.role_hint):
            role = "partner"  # "представители фонда X, партнёра проекта": present as the organizer's partner
        if role is None and h.role_hint == "phrase" and speaking_head(text, h.start, h.end):
            role = resolve("participant", h.kind, h.role_hint)  # its chairwoman spoke for it
        if role is None and h is author:
            role = resolve("implementer", h.kind, h.role_hint)
        if role == "donor" and h.kind == "donor_foundation" and h.fixed_role is None and kind_given_donor((h.start, h.end), cue_cache[lo, hi], ft,
                                                                          others, text):
            by_kind.add(id(h))
        org_id = h.org_id or "pattern:" + re.sub(r"[^\w]+", "-", name_key(h.name)).strip("-")
        found.append((h, org_id, role))
    # a phrase no sentence gives a role is background ("Тоң районунун аялдар кеңеши 2019-жылы түзүлгөн");
    # a state body takes part whatever the verb
    cued = {org_id for h, org_id, role in found if role is not None}
    found = [f for f in found if f[0].role_hint != "phrase" or f[1] in cued]
    found = [(h, org_id, role) for (h, org_id, _), role in zip(found, demote_kind_donors(
        [(org_id, role, id(h) in by_kind) for h, org_id, role in found]), strict=True)]
    kept = demote_thanked_donors([(org_id, role, role == "donor" and thanks_sentence(
        ft, *sentence_of(starts, h.start, len(text)))) for h, org_id, role in found])
    kept = body_over_headline(text, [h.start for h, _, _ in found], [org_id for _, org_id, _ in found], kept,
                               author.start if author else None)
    roles = document_roles([(org_id, role, default_role(h.kind, h.role_hint))
                            for (h, org_id, _), role in zip(found, kept, strict=True)])
    keep_partners(roles, {oid for h, oid, role in found if role == "partner" and named_partner(ft, h.start, h.end)})
    for guest in guest_embassies(text, roles, [(h.start, h.end, org_id) for h, org_id, _ in found],
                                 author.org_id if author else None):
        roles[guest] = "participant_org"
    out: list[OrgMention] = []
    # a body named only in the report's history took no part in the event
    told = {org_id for h, org_id, _ in found if id(h) not in in_history}
    # "Европа Биримдиги жана БУУнун биргелешкен Spotlight демилгеси … ЮНФПА тарабынан": the UN as a whole
    # is the umbrella of the agency that took part, not a participant of its own
    umbrella_only = any(oid != "un" and h.kind == "un_agency" and h.org_id for h, oid, _ in found)
    state = [(h.start, h.end) for h, _, _ in found if h.kind == "government"]
    for h, org_id, _ in found:
        role = roles[org_id]
        incidental = (umbrella_only and org_id == "un") or org_id not in told \
            or not_taking_part(text, h.start, h.end, org_id, h.kind, role) \
            or city_hall_of_unit(text, h.start, h.end, org_id, state)
        out.append(OrgMention(Organization(name=h.name, role=role, evidence=text[h.start:h.end],
                                           span=(h.start, h.end), org_id=org_id, kind=h.kind), incidental))
    return tuple(out)


def find_organizations(text: str, start: int = 0, end: int | None = None, *,
                       include_incidental: bool = False) -> list[OrgMention]:
    """Organizations in ``text[start:end]`` with their role from the sentence; spans index ``text``.

    A government body mentioned only as the subject of elections, laws or decrees ("Жогорку
    Кеңештин депутаттарын шайлоо", "Указ Президента") is left out unless ``include_incidental``.
    """
    end = len(text) if end is None else end
    return [m for m in _document(text)
            if m.organization.span and start <= m.organization.span[0] and m.organization.span[1] <= end
            and (include_incidental or not m.incidental)]


def organization_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of organization names (the place matcher skips small places inside them)."""
    return [m.organization.span for m in find_organizations(text, start, end, include_incidental=True)
            if m.organization.span]


def find_projects(text: str, start: int = 0, end: int | None = None):  # type: ignore[no-untyped-def]
    from etl.reference.projects import find_projects as _find

    return _find(text, start, end)
