"""Merges over the organization hits of a document: qualifying words that are no organization of their own,
and one display name for an unseen organization named in two languages."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from etl.reference.translit import name_key


class HitCore(Protocol):
    """What every hit post-pass reads of an organization hit."""

    start: int
    end: int
    org_id: str | None
    name: str
    kind: str


class _HitLike(HitCore, Protocol):
    role_hint: str
    quoted: str
    form_first: bool
    phrase_proper: str


H = TypeVar("H", bound=_HitLike)


_BETWEEN_ONLY_SPACE = re.compile(r"[^\S\n]*")
_UNDER_CABINET = re.compile(r"[^\S\n]+при[^\S\n]+$")
_CABINET_TAIL = re.compile(r"[^\S\n]+(?:КР|Кыргызской\s+Республики)\b")
_SUBORDINATE_AFTER = re.compile(r"[^\S\n]*(?:караштуу|алдындагы)\b")


def merge_qualifiers(hits: list[H], text: str) -> list[H]:
    """Words that qualify the organization before or after them are no organization of their own:
    "United Nations World Food Programme", "агентство … при Кабинете Министров КР",
    "Министрлер Кабинетине караштуу … агенттиги"."""
    out: list[H] = []
    for i, h in enumerate(hits):
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if h.org_id == "un" and nxt and nxt.org_id and _BETWEEN_ONLY_SPACE.fullmatch(text, h.end, nxt.start):
            continue
        if h.org_id == "cabinet":
            if out and _UNDER_CABINET.fullmatch(text, out[-1].end, h.start):
                tail = _CABINET_TAIL.match(text, h.end)
                out[-1].end = tail.end() if tail else h.end  # the agency's name runs on
                continue
            if nxt and _SUBORDINATE_AFTER.match(text, h.end):
                continue
        out.append(h)
    return out


def one_name_per_quoted(hits: list[H]) -> None:
    """An unseen organization written «Ынтымак» коомдук фонду in the Kyrgyz part and ОФ «Ынтымак»
    (or ОФ «Центр «Ынтымак»») in the Russian part is one organization: every mention takes one
    display name: the first English one (ОФ «Ынтымак» and «Ынтымак» коомдук фонду are both "Yntymak
    Public Foundation"; «Ак-Ниет» борбору, "Ak-Niet Centre", is named before ОО «Центр «Ак-Ниет»»),
    else the first legal-form-first one, else the first."""
    by_name: dict[str, list[H]] = {}
    for h in hits:
        # a descriptive phrase around the quoted name is one of its mentions too: «Таза Суу» экологиялык коомдук
        # бирикмеси and экологическое общественное объединение «Таза Суу» are one body in the two parts
        quoted = h.quoted or h.phrase_proper
        if h.org_id is None and quoted:  # ОО «Центр «Ак-Ниет»» and «Ак-Ниет» борбору: the innermost name
            innermost = re.findall(r"«([^«»]+)»", quoted)
            by_name.setdefault(name_key(innermost[-1] if innermost else quoted), []).append(h)
    for group in by_name.values():
        kinds = {h.kind for h in group}
        if len(group) < 2 or len(kinds) > 1:  # an NGO and a company may share a word
            continue
        chosen = next((h for h in group if h.name.isascii()), None) or next((h for h in group if h.form_first), group[0])
        for h in group:
            h.name = chosen.name


_QUOTED_IN = re.compile(r"[«“\"]([^«»“”\"\n]{2,60})[»”\"]")


def registry_quoted_names(hits: list[H], text: str) -> None:
    """A quoted name the registry knows in one wording ("«Шоро» компаниясынын") is that body in another
    ("«Шоро» ААКсынын", a legal form its aliases do not list): an unseen mention of the same quoted name
    and kind takes the registry's identity."""
    known: dict[str, H] = {}
    for h in hits:
        if h.org_id is not None:
            for m in _QUOTED_IN.finditer(text, max(0, h.start - 1), min(len(text), h.end + 1)):
                known.setdefault(name_key(m.group(1)), h)
    if not known:
        return
    for h in hits:
        reg = known.get(name_key(h.quoted)) if h.org_id is None and h.quoted else None
        if reg is not None and reg.kind == h.kind:
            h.org_id, h.name, h.role_hint = reg.org_id, reg.name, reg.role_hint
