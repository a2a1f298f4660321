"""Place mentions from text: gazetteer names in Kyrgyz, Russian and Latin spelling, with levels.

How a mention is read (``places_match``, then ``places_context`` and ``places_unknown``):

1. The shared Aho-Corasick pass over the folded text (hyphens as spaces, ``scan.SCANNER``)
   finds gazetteer keys at a word start; the text must write the name capitalised and the
   rest of the word must be an inflection (Бишкекте, Ошто, Баткенской). Longest match wins
   (Манас-Ата before Манас).
2. The level comes from the word after the name (шаарында, облусу, району, айыл
   аймагы, айылы, конушу, области, district...) or before it (город, г., село,
   жилмассив, микрорайон). A level word after a list ("Кара-Булак, Дара, Төрт-Гүл
   айыл аймактарында", "Жалал-Абад жана Ысык-Көл облустарында") applies to each item;
   bare names listed with an oblast are oblasts ("in Chui and Talas").
3. Without a level word a name means, in order: city > oblast > town > rayon (a bare
   "Ош" is Osh city, never the oblast; "Ош облусу" is the oblast). A bare ayil aimak,
   village or settlement name is accepted only when one of its ancestors is named
   in the sentence, the region or the document (it is too often a word or a person).
4. Repeated names (Кара-Булак is 9 units) go to the candidate whose closest ancestor
   is named nearest (same sentence, then the region, then the whole text). When that
   does not decide, the mention is ``ambiguous`` with its ``candidates``, and the place
   given is their lowest common ancestor below the country if there is one, else the
   first candidate in code order (a best guess the extractor flags ``ambiguous_place``).
5. A name is no event place inside an organization's name, a street, a dateline, page
   furniture, or a clause about a plan, earlier work, a project's general area or where a
   named person comes from (``places_context``); a list shares its clause.
6. A capitalised name with a settlement/village/ayil aimak level word that is not in the
   gazetteer is kept: soate null, name in Latin, parent the nearest enclosing unit named
   in context; a city's settlement lies in the city district its sentence names.
"""
from __future__ import annotations

from etl.contract import Place
from etl.reference.gazetteer import Unit, gazetteer
from etl.reference.morph import POST_LEVEL
from etl.reference.places_area import area_places
from etl.reference.places_aside import natural_feature
from etl.reference.places_background import background_sentence, common_word, furniture, quoted_name
from etl.reference.places_bare import bare_as_named
from etl.reference.places_context import (
    ORG_SEAT,
    area_field,
    document,
    is_mention,
    list_extents,
    org_spans,
    sentence_of,
)
from etl.reference.places_describe import firm_seat
from etl.reference.places_match import LOW, PlaceMention, Raw, copy_raw, resolve
from etl.reference.places_municipal import district_in_text, municipal_lists
from etl.reference.places_plans import feature_adjective, site_name
from etl.reference.places_plural import plural_list
from etl.reference.places_quoted import institution_adjective, quoted_title
from etl.reference.places_reach import drop_wider_areas
from etl.reference.places_samename import named_village
from etl.reference.places_siblings import siblings_decide
from etl.reference.places_stem import stem_aimaks
from etl.reference.places_titles import members_body, regional_title, surname_before_level
from etl.reference.places_unknown import district_in_sentence, district_of_settlements, unknown_places
from etl.reference.scan import Cover

__all__ = ["PlaceMention", "find_places"]


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Places mentioned in ``text[start:end]``; spans are offsets into ``text``."""
    end = len(text) if end is None else end
    doc = document(text)
    raws = [copy_raw(r) for r in doc.raws if start <= r.start and r.end <= end]
    for r in raws:
        if r.level_end and r.level_end > end:
            r.level_end = None
    municipal_lists(doc.ft, raws)
    region_anchors = {r.uid for r in raws if r.uid}
    blocked = org_spans(text, start, end)
    out: list[PlaceMention] = []
    area: list[tuple[tuple[int, int], PlaceMention, bool]] = []
    units = gazetteer().units
    doc_anchors = set(doc.anchors)
    by_sentence: dict[int, set[str]] | None = None
    for r in raws:
        if r.uid is None:
            if by_sentence is None:  # units resolved so far, per sentence (only when some name needs them)
                by_sentence = {}
                for o in raws:
                    if o.uid:
                        by_sentence.setdefault(sentence_of(doc, o.start)[0], set()).add(o.uid)
            lo, _hi = sentence_of(doc, r.start)
            sentence = by_sentence.setdefault(lo, set())
            resolve(r, [sentence, region_anchors, doc_anchors])
            if r.uid:
                sentence.add(r.uid)
    _settlements_of_named_aimak(raws)
    explicit: dict[tuple[tuple[str, str], ...], str] = {}
    for r in raws:
        if r.uid and r.level and not r.ambiguous and units[r.uid].level in LOW and not (
                units[r.uid].level == "ayil_aimak" and r.entries in explicit):
            explicit[r.entries] = r.uid  # a bare name is the village "the village of Ak-Tal" names, not its aimak
    bare_as_named(text, raws)
    in_org = Cover(blocked)
    # "офис ОБСЕ в Бишкеке": where " в " after an organization ends (a place starts with a letter,
    # so the pattern's trailing spaces end exactly there)
    seat = {m.end() for _, b in blocked if (m := ORG_SEAT.match(text, b))}
    lists = list_extents(doc.ft, raws)
    siblings_decide(raws, lists)
    for r in raws:
        if r.uid is None:
            continue
        if not r.level and explicit.get(r.entries, r.uid) != r.uid:
            r.uid, r.ambiguous = explicit[r.entries], False  # a bare "Ak-Tal" is the unit "the village of Ak-Tal" is
        if not r.level and units[r.uid].level == "ayil_aimak":
            r.uid = named_village(r.uid, explicit.values()) or r.uid  # "В Беловодском" after "в селе Беловодское"
        unit = units[r.uid]
        if (in_org.covers(r.start) and not plural_list(doc.ft, lists.get(r.start))) or r.start in seat:
            continue  # "ОФ «Иссык-Кульский центр медиации»", "офис ОБСЕ в Бишкеке": a place inside a name is no place
        if not (r.level or r.pre_level) and unit.uid in _FOREIGN_NAMESAKES and not any(
                o.uid == r.uid and (o.level or o.pre_level) for o in raws):
            continue  # "федерация Москвада ... кеңеш берген": Moscow, unless the text names the district so
        if not r.level and natural_feature(text, r.start, r.end):
            continue  # "в ущелье Коргон-Сай", "Талас өрөөнү": a gorge or a valley the place is named after
        if not r.level and (feature_adjective(doc.ft, r.start, r.end) or site_name(text, r.end)):
            continue  # "санатории Иссык-Кульского побережья": the shore, not the oblast
        held = is_mention(text, doc, r, lists[r.start])
        if not (held or is_mention(text, doc, r, lists[r.start], areas=False)) or not _in_event(text, doc.ft, r) \
                or background_sentence(doc.ft, *sentence_of(doc, r.start), r.start):
            continue
        span_end = r.level_end if r.level_end else r.end
        mention = PlaceMention(_place(unit, text, r.start, span_end), r.ambiguous, r.candidates)
        if held:
            out.append(mention)
        else:
            area.append((lists[r.start], mention, area_field(doc.ft, *lists[r.start])))  # kept where the work lies in it
    out.extend(area_places(area, out))
    district_of_settlements(out, raws)
    accepted = frozenset(m.place.span[0] for m in out if m.place.span)
    out.extend(m for m in unknown_places(text, doc.ft, start, end, raws, blocked, accepted)
               if m.place.span and m.place.span[0] < doc.aside
               and not background_sentence(doc.ft, *sentence_of(doc, m.place.span[0]), m.place.span[0])
               and not furniture(text, doc.ft, *m.place.span))
    district_in_sentence(out, raws, lambda pos: sentence_of(doc, pos))
    stem_aimaks(out)  # "Ибраим айыл аймагы": the Ibraimov aimak
    district_in_text(out)
    out = drop_wider_areas(out, doc.ft, lambda pos: sentence_of(doc, pos), lists)
    out.sort(key=lambda m: m.place.span[0] if m.place.span else 0)
    return out


def _settlements_of_named_aimak(raws: list[Raw]) -> None:
    """"Арал айылынан жана Кок-Токой, Орто-Арал конуштарынан": a settlement (конуш, жилмассив) of the aimak
    the text names is no village of that name in a neighbouring aimak of the district; it stays below the
    gazetteer, in the named aimak."""
    units = gazetteer().units
    aimaks = {r.uid for r in raws if r.uid and units[r.uid].level == "ayil_aimak"}
    if not aimaks:
        return
    for r in raws:
        if r.uid and r.level == "settlement" and units[r.uid].level == "village":
            own = units[r.uid].parent
            rayon = units[own].parent if own in units else None
            if own not in aimaks and any(units[a].parent == rayon for a in aimaks):
                r.uid, r.ambiguous = None, False


# Districts named like a foreign capital: a bare "Москва", "в Москве" is the city in Russia.
_FOREIGN_NAMESAKES = frozenset({"41708217000000"})


def _in_event(text: str, ft: str, r: Raw) -> bool:
    """Rules of ``places_background`` and ``places_titles`` on a gazetteer name."""
    if furniture(text, ft, r.start, r.level_end or r.end) or regional_title(ft, r.start, r.level_end or r.end, text):
        return False  # "Ош облусу боюнча адиси": the region of an official's post
    if members_body(ft, r.start, r.level_end or r.end):
        return False  # "Ассоциация акушерок Ошской области": a place inside a body's name
    if not r.level and not r.pre_level and common_word(ft, r.start, r.key_len):
        return False
    if r.level and surname_before_level(text, r.start, r.end, r.key_len):
        return False
    if firm_seat(ft, r.start, r.level_end or r.end):
        return False  # "Бишкектеги жеткирүүчү компаниядан": a supplier's seat
    if quoted_title(text, r.start, r.level_end or r.end):
        return False  # «Качественное образование в Чуйской области»: a project's name
    if not r.level and institution_adjective(ft, r.start, r.end):
        return False  # "медики Баткенской территориальной больницы"
    if r.level or not quoted_name(text, r.start, r.end):
        return True
    after = r.end + 1
    while after < len(ft) and ft[after] in " \t":
        after += 1
    return bool(POST_LEVEL.match(ft, after))  # «Келечек» кичи району is a place, «Достук» маданият үйү is not


def _place(unit: Unit, text: str, s: int, e: int) -> Place:
    parent = unit.parent
    return Place(soate=unit.soate, name=unit.name, level=unit.level, parent_soate=parent,
                 evidence=text[s:e], span=(s, e))

