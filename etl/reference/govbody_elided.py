"""A state body whose place is left out because the body before it in the same list names it.

"Кадамжайского районного отдела образования и районной службы МЧС", "Ноокатская районная госадминистрация
и районное управление МЧС", "Кочкор райондук билим берүү бөлүмү жана райондук өзгөчө кырдаалдар бөлүмү", "the
Kemin District Education Department and the district emergency department": the place of the first item
qualifies the second as well, so the second is that place's body of the same level.  A writer names the place
once and an analyst labels both bodies with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

_LEVELS = (("районн", "district"), ("райондук", "district"), ("district", "district"),
           ("областн", "oblast"), ("облустук", "oblast"), ("oblast", "oblast"),
           ("городск", "city"), ("шаардык", "city"), ("city", "city"))
_LEVEL = r"(?:районн|областн|городск|райондук|облустук|шаардык|district|oblast|city)"
# the level word inside the first body's name: what stands before it is the place
_LEVEL_IN = re.compile(rf"(?<!\w)(?i:{_LEVEL})\w*")
# the link between two items of one list, then the second item's level word
# ("together with", "совместно с", "при участии": the place still qualifies the body named with the first)
_WITH = r"(?:together\s+with|jointly\s+with|совместно\s+с|вместе\s+с|при\s+участии)\s+"
_LINK = re.compile(rf"[^\S\n]*(?:(?:,[^\S\n]*(?:(?:и|жана|and)\s+)?|\s+(?:и|жана|and|а\s+также|as\s+well\s+as)\s+)"
                   rf"(?:{_WITH})?|\s+{_WITH})(?:the\s+)?"
                   rf"(?=(?i:{_LEVEL})\w*\s)")
_SMALL_WORDS = frozenset({"of", "and", "for", "on", "the", "in"})
_REACH = 90  # the second body's words: the namer decides where its name ends

# (start, end, name, kind) of the bodies a short text names
Namer = Callable[[str], Iterable[tuple[int, int, str, str]]]


def _level(word: str) -> str:
    low = word.lower()
    return next((lvl for stem, lvl in _LEVELS if low.startswith(stem)), "")


def elided_place_bodies(text: str, bodies: Iterable[tuple[int, int, str, str]],
                        namer: Namer) -> list[tuple[int, int, str, str]]:
    """``(start, end, English name, place as written)`` of the bodies written right after a state body of
    ``bodies`` (its span, English name and, for a body found here, the place it took; else "") with only a level
    word where their place would be; ``namer`` names a body in a short text."""
    out: list[tuple[int, int, str, str]] = []
    for start, end, name, given in bodies:
        link = _LINK.match(text, end)
        if link is None:
            continue
        level_in = _LEVEL_IN.search(text, start, end)
        if level_in is None or (level_in.start() == start and not given):
            continue
        second = _LEVEL_IN.match(text, link.end())
        if second is None or _level(second.group()) != _level(level_in.group()):
            continue
        place = given or text[start:level_in.start()].rstrip()
        if not place or "\n" in place:
            continue
        stop = text.find("\n", link.end())
        bare = text[link.end():min(link.end() + _REACH, stop if stop >= 0 else len(text))]
        if second.group().islower() and second.group().isascii():
            # "the district emergency department": English names a body with capitals, the bare words too
            bare = re.sub(r"[a-z]+", lambda w: w.group() if w.group() in _SMALL_WORDS else w.group().capitalize(), bare)
        synthetic = f"{place} {bare}"
        shift = link.end() - len(place) - 1  # synthetic offset → text offset, past the place
        place_word = name.split()[0]
        for s, e, found, kind in namer(synthetic):
            # a name of the place, the level and a head noun alone ("Kemin District Department") lost its
            # own words: the namer did not read the body
            if s == 0 and kind == "government" and e > len(place) + 1 + len(second.group()) \
                    and found.split()[0] == place_word and found != name and len(found.split()) > 3:
                out.append((link.end(), e + shift, found, place))
                break
    return out


class _Span(Protocol):
    start: int
    end: int
    name: str
    kind: str


H = TypeVar("H", bound=_Span)


def _short_text_bodies(short: str) -> list[tuple[int, int, str, str]]:
    from etl.reference.organizations import find_organizations  # the whole finder names the short text

    return [(m.organization.span[0], m.organization.span[1], m.organization.name, m.organization.kind or "")
            for m in find_organizations(short, include_incidental=True) if m.organization.span]


def with_elided_places(text: str, hits: list[H], make: Callable[[int, int, str], H]) -> list[H]:
    """``hits`` (sorted by start) with the bodies ``elided_place_bodies`` finds after their state bodies; a name
    inside one ("МЧС" in "районной службы МЧС") is part of it."""
    bodies = [(h.start, h.end, h.name, "") for h in hits if h.kind == "government"]
    added = False
    for _ in range(4):  # "X-ская районная госадминистрация, районный отдел … и районное управление …": a chain
        new: list[tuple[int, int, str, str]] = []
        for s, e, name, place in elided_place_bodies(text, bodies, _short_text_bodies):
            inside = [h for h in hits if s <= h.start and h.end <= e]
            if any(h.end > s and h.start < e for h in hits if h not in inside):
                continue
            hits = [h for h in hits if h not in inside] + [make(s, e, name)]
            new.append((s, e, name, place))
        if not new:
            break
        added, bodies = True, new
    return sorted(hits, key=lambda h: h.start) if added else hits
