"""Project names: the registry (``data/projects.csv``), quoted names next to a project word,
and unquoted titles.

A registry alias of one or two words ("Аракет", "Spotlight") counts only when it is
capitalised and stands next to a project word (долбоор…, проект…, программа…,
project) or opens a quoted title; longer aliases count anywhere.  An unseen project
is a quoted name right before "долбоору/долбоорунун/программасы" (up to two words
between: «…» деген биргелешкен долбоорунун) or right after "проект/проекта/
программы/project" — kept as written — unless the quoted name is an organization's
(АНПО «…» в рамках проекта), follows a plural project word (конкурс проектов «…»), or is a
law's, competition's, campaign's, slogan's or publication's title.  Unquoted: an English
title in capitals before programme/project/initiative, a Russian nominative phrase after
проекта/программы.  One unseen project spelled differently in the ky and ru parts takes one
name.  ``donor`` comes from the registry, else from the sentence (швейцариялык долбоор, an
organization a cue of that sentence makes donor).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

from etl.contract import Project
from etl.extract.projects_background import background_projects
from etl.extract.projects_headlines import headline_only_title
from etl.extract.projects_hooks import (
    clean_titles,
    merge_key,
    more_titles,
    names_a_person,
    quoted_not_a_project,
    russian_title_clause,
    strip_owner,
    wants_titles,
)
from etl.extract.projects_quoted_tail import quoted_to_close
from etl.reference.registry import Alias, any_alias, organizations, project_aliases, projects
from etl.reference.roles import CueIndex, cue_starts, cued_role, cues_in, sentence_of, sentence_starts
from etl.reference.scan import SCANNER, Cover, Triggered, find_all
from etl.reference.translit import name_key

_QUOTE_OPEN, _QUOTE_CLOSE = "«“\"„", "»”\"“"
# a name may hold one level of «…»: «Развитие «зеленой» экономики в Баткене»
_NAME_CHARS = rf"(?:[^{_QUOTE_OPEN}{_QUOTE_CLOSE}\n]|«[^«»\n]{{1,80}}»)"
_QUOTED_BEFORE_WORD = re.compile(
    rf"[{_QUOTE_OPEN}]\s*(?P<name>{_NAME_CHARS}{{3,200}}?)\s*[{_QUOTE_CLOSE}]"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?(?P<mid>(?:(?:аттуу|деген|деп\s+аталган)\s+)?(?:[\w-]+\s+){0,2}?)"
    r"(?P<word>(?:долбоор|долбоору|программа|проект|project|programme|initiative|инициатив)\w*)",
    re.IGNORECASE)
_WORD_BEFORE_QUOTED = re.compile(
    rf"(?<!\w)(?P<word>проект\w*|программ\w*|инициатив\w*|project|programme|program|initiative)\s+(?P<mid>(?:[\w-]+,?\s+){{0,4}}?)"
    rf"[{_QUOTE_OPEN}]\s*(?P<name>{_NAME_CHARS}{{3,200}}?)\s*[{_QUOTE_CLOSE}]", re.IGNORECASE)
_ON_THE_INITIATIVE_OF = re.compile(r"(?<![\w-])по\s+$", re.IGNORECASE)
# "конкурс проектов «…»", "долбоорлордун сынагы": a plural project word names no single project.
_PLURAL_WORD = re.compile(r"проект(?:ы|ов|ам|ами|ах)|программ(?:ам|ами|ах)|инициатив(?:ам|ами|ах)?|initiatives"
                          r"|долбоорлор\w*|программалар\w*",
                          re.IGNORECASE)
# Between a quoted name and its project word: «X» в рамках проекта (X is an event or organization
# inside a project), «X» мыйзам долбоору (a draft law), «X» сынагынын долбоору (a competition).
_NOT_PROJECT_MID = re.compile(
    r"(?<!\w)(?:в|во|на|по|для|из|от|в\s+рамках|рамках|within|under|in|of|for|алкагында|боюнча|үчүн"
    r"|закон\w*|постановлени\w*|решени\w*|бюджет\w*|стратеги\w*|концепци\w*|положени\w*|устав\w*|указ\w*"
    r"|кодекс\w*|мыйзам\w*|токтом\w*|жобо\w*|жарлы\w*|план\w*|law|bill|decree|budget|strategy"
    r"|конкурс\w*|сынаг\w*|сынак\w*|акци\w*|кампани\w*|фестивал\w*|форум\w*|марафон\w*|олимпиад\w*"
    r"|премии|премия|competition|contest|campaign|festival|award)(?!\w)", re.IGNORECASE)
# What a quoted name right after these words is: a slogan, a topic, a title, a contest, a campaign.
_TITLE_BEFORE = re.compile(
    r"(?<!\w)(?:лозунг\w*|слоган\w*|девиз\w*|ураан\w*|хэштег\w*|тем[аеуы]|темасы|на\s+тему"
    r"|под\s+названием|книг[аиуе]|брошюр\w*|пособи\w*|сборник\w*|фильм\w*"
    r"|китеп\w*|колдонмо\w*|журнал\w*|газет\w*|гезит\w*|конкурс\w*|сынаг\w*|сынак\w*|акци[яиюей]\w*"
    r"|кампани\w*|фестивал\w*|марафон\w*|форум\w*|олимпиад\w*|slogan|motto|theme|titled|entitled|book"
    r"|guide|handbook|film|competition|contest|campaign|festival)\s*$", re.IGNORECASE)
# Law titles: «О местном самоуправлении», «Жергиликтүү өз алдынча башкаруу жөнүндө».
_LAW_TITLE = re.compile(r"^(?:об?\s|on\s)|жөнүндө$|жонундо$", re.IGNORECASE)
_PROJECT_WORD_NEAR = re.compile(r"долбоор|проект|программ|project|programme|initiative|демилге", re.IGNORECASE)
_NATIONAL = re.compile(r"(швейцар|япон|герман|британ|американ|корей|финлянд|финск)\w*\s+(?:\w+\s+){0,2}?"
                       r"(?:долбоор|проект|программ)", re.IGNORECASE)
_NATIONAL_DONOR = {"швейцар": "gov_switzerland", "япон": "gov_japan", "герман": "gov_germany",
                   "британ": "fcdo", "американ": "gov_usa", "корей": "gov_korea", "финлянд": "gov_finland",
                   "финск": "gov_finland"}
_WORD_BEFORE_SCAN = Triggered("project_word", _WORD_BEFORE_QUOTED, ("проект", "программ", "инициатив", "project", "program", "initiative"))
# An unquoted English title: two or more capitalised words (small words between) before a project
# word: "the Strengthening Community Resilience programme", "the Democracy Commission Small Grants
# Program" (a capitalised project word is part of the name, a lowercase one is not).
# USAID calls its projects "activities": "USAID's Community Connect activity".
_EN_WORD = Triggered("en_project_word", re.compile(r"(?:programme|program|project|initiative|activity)(?!\w)",
                                                   re.IGNORECASE),
                     ("programme", "program", "project", "initiative", "activity"))
_EN_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*[^\S\n]+(?:(?:of|for|and|in|on|to|the|&)[^\S\n]+)*)+$")
_EN_LEAD = re.compile(r"(?:(?:The|A|An|This|That|Our|Its|Their|About|Under|In|On|At|During|Within|Through|Since"
                      r"|For|By|With|From|After|Before|Over|January|February|March|April|May|June|July|August"
                      r"|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
                      r"|Sunday)\s+"
                      r"|(?:of|for|and|in|on|to|the|&)\s+)+")
_FUNDED_BY_WORD = re.compile(r"[\w.]*-(?:funded|supported|backed|financed|sponsored)\s+")
_EN_SMALL = frozenset({"of", "for", "and", "in", "on", "to", "the", "&"})
# An unquoted Russian title right after "проекта/программы": a capitalised nominative phrase of two
# or more words closed by punctuation or a clause word ("в рамках проекта Голос граждан и
# подотчетность МСУ, финансируемого …").  A genitive after the word ("проекта Всемирного банка",
# "программы Нарынской области") is the project's owner or place, not its name.
_RU_AFTER_WORD = Triggered("ru_project_word", re.compile(
    r"(?<!\w)(?:проект|программ)(?:а|ы|е|у|ом|ой)?[^\S\n]+(?P<name>[А-ЯЁA-Z][^\n,.;:()«»\"“”!?]{4,120}?)"
    r"(?=[^\S\n]*(?:[,.;:()!?\n]|$)|[^\S\n]+(?:при|финансируем\w*|реализуем\w*|совместно|котор\w+|с|со"
    r"|по\s+заказу)(?!\w))"), ("проект", "программ"))
# A quoted national campaign or programme frames the events held within it: «Жашыл мурас» республикалык
# акциясы, в рамках республиканской акции «…», the national campaign "…".  A city's clean-up day or an
# awareness campaign's title is no project (see _TITLE_BEFORE).
_NATIONAL_WORD = r"(?:республикалык|улуттук|республиканск\w*|общереспубликанск\w*|национальн\w*|national|nationwide)"
_CAMPAIGN_WORD = r"(?:акци|кампани|программ|демилге|инициатив|campaign|programme|initiative)\w*"
_NATIONAL_NAME_FIRST = re.compile(
    rf"[{_QUOTE_OPEN}]\s*(?P<name>[^{_QUOTE_OPEN}{_QUOTE_CLOSE}\n]{{3,120}}?)\s*[{_QUOTE_CLOSE}]\s*"
    rf"(?P<national>{_NATIONAL_WORD})\s+{_CAMPAIGN_WORD}", re.IGNORECASE)
_NATIONAL_NAME_AFTER = re.compile(
    rf"(?<!\w){_NATIONAL_WORD}\s+{_CAMPAIGN_WORD}\s+[{_QUOTE_OPEN}]\s*"
    rf"(?P<name>[^{_QUOTE_OPEN}{_QUOTE_CLOSE}\n]{{3,120}}?)\s*[{_QUOTE_CLOSE}]", re.IGNORECASE)
# the adjective's first letters, looked for before any regex runs ("Республики" alone is no cue)
_NATIONAL_CUE = ("республиканск", "республикалык", "общереспубликанск", "улуттук", "национальн", "national")
# A quoted name that goes on past a registry alias with a preposition or a conjunction names another project.
_LONGER_NAME = re.compile(r"\s+(?:in|of|for|on|at|and|в|во|для|на|и|по)\s+\w", re.IGNORECASE)
_GENITIVE_FIRST = re.compile(r"\w+(?:ого|его|ой|ей|ых|их|ства|ии|ов|ского|ской)$")
_DASH_TITLE = re.compile(r"\s*[—–-]\s*")


def _registry_keys() -> dict[str, object]:
    by_first: dict[str, list[Alias]] = {}
    for alias in project_aliases():
        by_first.setdefault(alias.first, []).append(alias)
    return {first: (len(first), tuple(aliases), any_alias(aliases)) for first, aliases in by_first.items()}


SCANNER.add_keys("project_registry", _registry_keys)


def _match_text(text: str) -> str:
    from etl.reference.organizations import _match_text as org_match_text

    return org_match_text(text)


def _registry_hits(text: str, ft: str) -> list[tuple[int, int, str]]:
    hits = []
    for last, (flen, aliases, any_of) in SCANNER.scan(ft)["project_registry"]:
        s = last - flen + 1
        if s > 0 and ft[s - 1].isalnum() or not any_of.match(ft, s):
            continue
        for alias in aliases:
            m = alias.pattern.match(ft, s)
            if not m:
                continue
            e = m.end()
            tail = e
            while tail < len(ft) and ft[tail].isalpha():
                tail += 1
            short = len(alias.text.split()) <= 2
            if short:
                if not text[s].isupper():
                    continue
                opens_quote = s > 0 and text[max(0, s - 2):s].strip() in tuple(_QUOTE_OPEN)
                near = _PROJECT_WORD_NEAR.search(text, max(0, s - 25), min(len(text), tail + 25))
                if not (opens_quote or near):
                    continue
            hits.append((s, tail, alias.owner))
    return hits


class _Sentences:
    """The organizations of a document and the cues of each sentence, built once per document:
    a project's donor is the organization a cue of the project's own sentence makes donor
    ("проекта «X», финансируемого ЕС"), not its role elsewhere in the document."""

    def __init__(self, text: str, ft: str) -> None:
        from etl.reference.organizations import find_organizations

        self.text, self.ft = text, ft
        self.mentions = sorted((m.organization for m in find_organizations(text, include_incidental=True)
                                if m.organization.span), key=lambda o: o.span or (0, 0))
        self.spans = [o.span for o in self.mentions if o.span]
        self.starts = [sp[0] for sp in self.spans]
        self.cover = Cover(self.spans)
        self.cue_at = cue_starts(ft) if self.mentions else ([], [])
        self.list_heads: dict[int, str | None] = {}
        self.donors: dict[tuple[int, int], str | None] = {}  # one answer per sentence, however many projects

    def donor(self, lo: int, hi: int) -> str | None:
        if (lo, hi) not in self.donors:
            self.donors[lo, hi] = self._donor(lo, hi)
        return self.donors[lo, hi]

    def _donor(self, lo: int, hi: int) -> str | None:
        m = _NATIONAL.search(self.text, lo, hi)
        orgs = organizations()
        if m:
            stem = m.group(1).lower()
            org_id = next((oid for st, oid in _NATIONAL_DONOR.items() if stem.startswith(st)), None)
            if org_id in orgs:
                return orgs[org_id].name
        i, j = bisect_left(self.starts, lo), bisect_left(self.starts, hi)
        cues: CueIndex | None = None
        for k in range(i, j):
            org, span = self.mentions[k], self.spans[k]
            if span[1] > hi:
                continue
            if cues is None:
                cues = CueIndex(cues_in(self.ft, lo, hi, self.cue_at, self.text, self.cover.covers, self.list_heads))
            entry = orgs.get(org.org_id or "")
            # the names a cue may reach over lie near this one (post-cues reach 260 characters)
            near_lo, near_hi = bisect_left(self.starts, max(lo, span[0] - 400)), bisect_left(self.starts, span[1] + 400)
            others = [sp for sp in self.spans[max(i, near_lo):min(j, near_hi)] if sp != span]
            if cued_role(span, cues, org.kind or "", entry.role_hint if entry else "", self.ft, others) == "donor":
                return org.name
        return None


def _quoted_titles(text: str, ft: str) -> list[re.Match[str]]:
    """Matches of both title patterns, in pattern order: the first opens with a quote, the
    second with a project word at a word start, so each is tried only at those places."""
    out = []
    last_end = 0
    for q in sorted(i for ch in _QUOTE_OPEN for i in find_all(text, ch)):
        if q >= last_end and (m := _QUOTED_BEFORE_WORD.match(text, q)):
            out.append(m)
            last_end = m.end()
    out += _WORD_BEFORE_SCAN.finditer(text, 0, len(text), _WORD_BEFORE_SCAN.starts(ft))
    return out


def _names_a_project(text: str, m: re.Match[str], name: str) -> bool:
    """The quoted name is a project's, not a competition's, campaign's, slogan's, law's or
    publication's named next to a project word."""
    if _PLURAL_WORD.fullmatch(m.group("word")) or _NOT_PROJECT_MID.search(m.group("mid")):
        return False
    if m.group("word").lower().startswith("инициатив") and _ON_THE_INITIATIVE_OF.search(text, max(0, m.start("word") - 8), m.start("word")):
        return False  # "по инициативе «Молодежного совета»": who started it, not a programme's title
    if _LAW_TITLE.search(name) or name[-1] in ",.!?…;":
        return False  # a law's title, or a quoted remark ("… what they produce," the project coordinator said)
    if m.start("word") < m.start("name"):
        return True  # "форум проекта «X»": the project's own event, X still the project
    if m.group("word").lower().startswith("долбоор"):
        return True  # "Акция «Жашыл мурас» долбоорунун алкагында": the Kyrgyz head after the name says what it is
    q = m.start()
    return _TITLE_BEFORE.search(text, max(0, q - 30), q) is None


def _english_titles(text: str, ft: str, sentences: _Sentences) -> list[tuple[int, int, str]]:
    org_end = {a: b for a, b in sentences.spans}
    out = []
    for m in _EN_WORD.finditer(text, 0, len(text), _EN_WORD.starts(ft)):
        p = m.start()
        before = _EN_BEFORE.search(text, max(0, p - 160), p)
        if before is None:
            continue
        s = before.start()
        owned = False
        while True:  # leading articles, prepositions and funders' names are no part of the title
            lead = _EN_LEAD.match(text, s, p)
            if lead:
                s = lead.end()
            elif org_end.get(s, p + 1) <= p:  # "the USAID Local Governance Project", "USAID's X activity"
                s, owned = org_end[s], True
                if text.startswith(("'s", "’s"), s):
                    s += 2
                s += len(text[s:p]) - len(text[s:p].lstrip())
            elif funded := _FUNDED_BY_WORD.match(text, s, p):  # "the EU-funded Green Economy Initiative"
                s, owned = funded.end(), True
            else:
                break
        own = text[p].isupper()
        if not (own or owned) and m.group(0).lower() == "activity":
            continue  # "the Open Day activity": an activity is a project's only as its funder's or by name
        e = m.end() if own else before.end() - (len(text[s:before.end()]) - len(text[s:before.end()].rstrip()))
        words = [w for w in text[s:p].split() if w not in _EN_SMALL]
        if len(words) < 2 or not all(w[0].isupper() for w in words) or sentences.cover.overlaps(s, e) \
                or headline_only_title(text, s, e):
            continue
        out.append((s, e, text[s:e]))
    return out


def _national_campaigns(text: str, ft: str) -> list[re.Match[str]]:
    """Quoted names beside a national adjective and a campaign word, tried only where the adjective is."""
    out = []
    for cue in _NATIONAL_CUE:
        i = ft.find(cue)
        while i >= 0:
            after = _NATIONAL_NAME_AFTER.match(text, i)
            if after:
                out.append(after)
            first = _NATIONAL_NAME_FIRST.search(text, max(0, i - 140), min(len(text), i + 60))
            if first and first.start("national") == i:
                out.append(first)
            i = ft.find(cue, i + len(cue))
    return out


def _russian_titles(text: str, ft: str, sentences: _Sentences) -> list[tuple[int, int, str]]:
    out = []
    org_end = {a: b for a, b in sentences.spans}
    for m in _RU_AFTER_WORD.finditer(text, 0, len(text), _RU_AFTER_WORD.starts(ft)):
        name = russian_title_clause(m.group("name"))  # "… прошел тренинг для 20 сельчан" is no part of it
        if not name:
            continue
        s, name = strip_owner(text, m.start("name"), name, org_end)
        e = s + len(name)
        words = name.split()
        if len(words) < 2 or len(words) > 12 or _GENITIVE_FIRST.fullmatch(words[0].lower()) \
                or any(ch.isdigit() for ch in name) or sentences.cover.overlaps(s, e) \
                or names_a_person(text, m.start(), name):
            continue
        out.append((s, e, name))
    return out


@lru_cache(maxsize=8)
def _document(text: str) -> tuple[Project, ...]:
    ft = _match_text(text)
    registry = projects()
    orgs = organizations()
    starts = sentence_starts(text)
    found: list[tuple[int, int, str | None, str]] = []  # start, end, project_id, name
    sentences: _Sentences | None = None
    for s, e, pid in _registry_hits(text, ft):
        found.append((s, e, pid, registry[pid].name))
    registry_starts = sorted(f[0] for f in found)
    for m in _quoted_titles(text, ft):
        s, e = m.start("name"), m.end("name")
        if bisect_right(registry_starts, e) > bisect_left(registry_starts, s):
            hit = next(f for f in found if f[2] and s <= f[0] < e)
            if not _LONGER_NAME.match(text, hit[1], e):
                continue  # a registry project written in quotes (possibly with a subtitle)
            found.remove(hit)  # «Youth for Peace in the Ferghana Valley»: a longer name than the registry's
        name = m.group("name").strip()
        if not name or not name[0].isalnum() or not _names_a_project(text, m, name):
            continue
        sentences = sentences or _Sentences(text, ft)
        if sentences.cover.overlaps(s, e):
            continue  # АНПО «Эдвокаси центр …» в рамках проекта: an organization's quoted name
        if quoted_not_a_project(text, m, sentence_of(starts, s, len(text)), sentences.cover.overlaps):
            continue  # an owner clause between, a loan product, an event's or organization's title
        found.append((s, e, None, name))
    for m in _national_campaigns(text, ft):
            s, e = m.span("name")
            if bisect_right(registry_starts, e) == bisect_left(registry_starts, s) and text[s].isalnum():
                found.append((s, e, None, m.group("name").strip()))
    if _EN_WORD.starts(ft) or _RU_AFTER_WORD.starts(ft) or wants_titles(ft):
        sentences = sentences or _Sentences(text, ft)
        named = Cover((fs, fe) for fs, fe, _pid, _ in found)
        titles = clean_titles(quoted_to_close(text, _english_titles(text, ft, sentences)),
                              _russian_titles(text, ft, sentences))
        for s, e, name in titles + more_titles(text, ft, sentences.cover.overlaps):
            if not named.overlaps(s, e):
                found.append((s, e, None, name))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    if found and (drop := background_projects(text, ft, starts, found, lambda n: merge_key(n, name_key))):
        found = [f for f in found if merge_key(f[3], name_key) not in drop]
    out: list[Project] = []
    last_end = -1
    for s, e, proj_id, title in found:
        if s < last_end:
            continue
        last_end = e
        donor = None
        if proj_id and registry[proj_id].donor in orgs:
            donor = orgs[registry[proj_id].donor].name
        if donor is None:
            sentences = sentences or _Sentences(text, ft)
            donor = sentences.donor(*sentence_of(starts, s, len(text)))
        out.append(Project(name=title, evidence=text[s:e], span=(s, e), donor=donor))
    return tuple(_one_name_each(out))


def _one_name_each(found: list[Project]) -> list[Project]:
    """An unseen project spelled «Ачык кеңеш» in the Kyrgyz part and «Ачык кенеш» in the Russian
    part (or with other dashes, quotes or case) is one project: every mention takes the first
    spelling, and a donor stated for one mention holds for all."""
    first: dict[str, Project] = {}
    donors: dict[str, str] = {}
    for p in found:
        key = merge_key(p.name, name_key)  # "Mountain Honey" = "Mountain Honey Project"
        first.setdefault(key, p)
        if p.donor and key not in donors:
            donors[key] = p.donor
    return [replace(p, name=first[merge_key(p.name, name_key)].name,
                    donor=p.donor or donors.get(merge_key(p.name, name_key))) for p in found]


def find_projects(text: str, start: int = 0, end: int | None = None) -> list[Project]:
    """Projects named in ``text[start:end]`` (with their donor where stated); spans index ``text``."""
    end = len(text) if end is None else end
    return [p for p in _document(text) if p.span and start <= p.span[0] and p.span[1] <= end]
