"""A project's area in a report ("Целевая территория: Баткенский район Баткенской области — Тёрт-Гюльский,
Кара-Булакский и Кара-Бакский айылные аймаки", "Проект реализуется в Ат-Башинском районе Нарынской
области"): the labels count the units of it that hold the places of the reported work.

A target-area field also counts the units listed beside those at their level (the training's "трёх
целевых айылных аймаков"); a district the work never reaches ("город Балыкчы, Тонский и Иссык-Кульский
районы", all work in Balykchy) is no place.  A "реализуется в ..." clause that lists several units
("в Чуйской, Таласской и Нарынской областях") gives where the project works in general, none of them
the report's own area."""

from __future__ import annotations

from etl.reference.gazetteer import gazetteer
from etl.reference.places_match import PlaceMention

Area = tuple[tuple[int, int], PlaceMention, bool]  # the extent of the name's list, the name, in a target field


def area_places(area: list[Area], held: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions of ``area`` that the ``held`` places lie in (see the module's rules)."""
    if not area:
        return []
    units = gazetteer().units
    inside: set[str] = set()
    for m in held:
        uid = m.place.soate or m.place.parent_soate
        if uid in units and not m.ambiguous:
            inside.add(uid)
            inside.update(units[uid].ancestors)
    items: dict[tuple[int, int], int] = {}
    for extent, _m, _field in area:
        items[extent] = items.get(extent, 0) + 1
    kept = [(extent, m, field) for extent, m, field in area if not m.ambiguous and m.place.soate in inside
            and (field or items[extent] == 1)]
    levels = {(extent, m.place.level) for extent, m, field in kept if field}
    return [m for extent, m, field in area if not m.ambiguous and (
        any(m is k for _e, k, _f in kept) or field and (extent, m.place.level) in levels)]
