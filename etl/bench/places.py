"""Places for generated reports: gazetteer units with their Kyrgyz and Russian inflected forms.

Every place the generator writes comes from ``etl/reference/data/soate_kg.csv``
(or is one of the few known sub-gazetteer settlements of Osh city), always with
its level word ("облусунда", "районе", "айыл аймагында") and, below district
level, with its district in the same phrase, so an analyst reading the text can
name the unit without guessing.  Kyrgyz forms of ayil aimaks are used only where
the stem of the Russian adjective is also a village of that aimak (Кара-Булакский
→ Кара-Булак), so the generator never invents a Kyrgyz spelling.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

GAZETTEER = Path(__file__).resolve().parent.parent / "reference" / "data" / "soate_kg.csv"
OSH_CITY = "41721000000000"
BISHKEK = "41711000000000"

# name_ky is empty for a few cities; these are their Kyrgyz spellings.
_CITY_KY = {"г. Бишкек": "Бишкек", "г. Джалал-Абад": "Жалал-Абад", "г. Ош": "Ош"}
# Kyrgyz locative of a bare city name (Бишкекте), by vowel harmony of the last vowel.
_BACK = set("аыоуАЫОУ")
# New settlements inside Osh city that are not SOATE units: (ky/ru spelling, name in the expectation).
OSH_SETTLEMENTS = (("Манас-Ата", "Manas-Ata"), ("Эдельвейс", "Edelweiss"), ("Алай-1", "Alai-1"), ("Алай-2", "Alai-2"))


@dataclass(frozen=True, slots=True)
class PlaceForms:
    """One unit and how a sentence names it: ``loc`` = "in X", ``gen`` = "of X" (ky and ru)."""

    codes: tuple[str, ...]  # expectation keys of every unit the phrase names (SOATE code or name@parent)
    ky_loc: str | None
    ky_gen: str | None
    ru_loc: str
    ru_gen: str


def _ru_adj(adjective: str, case: str) -> str:
    """Decline a Russian place adjective ('-ский', '-ская') into prepositional or genitive."""
    if adjective.endswith("ская"):
        return adjective[:-4] + "ской"
    if adjective.endswith("ский"):
        return adjective[:-4] + ("ском" if case == "loc" else "ского")
    raise ValueError(adjective)


def _ky_locative(name: str) -> str:
    last_vowel = next((ch for ch in reversed(name.lower()) if ch in "аеиоуыэюяөү"), "а")
    front = last_vowel not in "аыоуя"
    voiceless = name[-1].lower() in "пфктшщчсх"
    return name + ("т" if voiceless else "д") + ("е" if front else "а")


@dataclass(frozen=True, slots=True)
class Gazetteer:
    oblasts: tuple[PlaceForms, ...]
    rayons: tuple[PlaceForms, ...]  # codes = (rayon, oblast)
    cities: tuple[PlaceForms, ...]
    aimaks: tuple[PlaceForms, ...]  # codes = (aimak, rayon)
    valid_codes: frozenset[str]


@functools.cache
def gazetteer() -> Gazetteer:
    with GAZETTEER.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    by_code = {r["soate_code"]: r for r in rows}
    villages: dict[str, set[str]] = {}
    for r in rows:
        if r["level"] == "village":
            villages.setdefault(r["parent_code"], set()).add(r["name_ru"])

    oblasts, rayons, cities, aimaks = [], [], [], []
    oblast_gen_ru: dict[str, str] = {}
    oblast_gen_ky: dict[str, str] = {}
    for r in rows:
        if r["level"] != "oblast":
            continue
        adj = r["name_ru"].removesuffix(" область")
        ky = r["name_ky"].removesuffix(" облусу")
        oblast_gen_ru[r["soate_code"]] = f"{_ru_adj(adj, 'gen')} области"
        oblast_gen_ky[r["soate_code"]] = f"{ky} облусунун"
        oblasts.append(PlaceForms((r["soate_code"],), f"{ky} облусунда", f"{ky} облусунун",
                                  f"в {_ru_adj(adj, 'loc')} области", f"{_ru_adj(adj, 'gen')} области"))
    rayon_forms: dict[str, tuple[str, str, str, str]] = {}
    for r in rows:
        if r["level"] != "rayon" or not r["name_ru"].endswith("ский район"):
            continue
        adj = r["name_ru"].removesuffix(" район")
        ky = r["name_ky"].removesuffix(" району")
        oblast = r["parent_code"]
        rayon_forms[r["soate_code"]] = (f"{ky} районунда", f"{ky} районунун",
                                        f"{_ru_adj(adj, 'loc')} районе", f"{_ru_adj(adj, 'gen')} района")
        ky_loc, ky_gen, ru_loc, ru_gen = rayon_forms[r["soate_code"]]
        rayons.append(PlaceForms((r["soate_code"], oblast), f"{oblast_gen_ky[oblast]} {ky_loc}",
                                 f"{oblast_gen_ky[oblast]} {ky_gen}",
                                 f"в {ru_loc} {oblast_gen_ru[oblast]}", f"{ru_gen} {oblast_gen_ru[oblast]}"))
    for r in rows:
        if r["level"] != "city":
            continue
        ru = r["name_ru"].removeprefix("г. ")
        ky = _CITY_KY.get(r["name_ru"]) or r["name_ky"].removesuffix(" шаары") or ru
        ky_loc = _ky_locative(ky) if r["soate_code"] == BISHKEK else f"{ky} шаарында"
        ru_loc = "в Бишкеке" if r["soate_code"] == BISHKEK else f"в городе {ru}"
        cities.append(PlaceForms((r["soate_code"],), ky_loc, f"{ky} шаарынын", ru_loc, f"города {ru}"))
    for r in rows:
        if r["level"] != "ayil_aimak" or not r["name_ru"].endswith("ский айылный аймак"):
            continue
        rayon = r["parent_code"]
        if rayon not in rayon_forms:
            continue
        adj = r["name_ru"].removesuffix(" айылный аймак")
        stem = adj[:-4]
        _, rayon_ky_gen, _, rayon_ru_gen = rayon_forms[rayon]
        has_ky = stem in villages.get(r["soate_code"], ())
        aimaks.append(PlaceForms(
            (r["soate_code"], rayon),
            f"{rayon_ky_gen} {stem} айыл аймагында" if has_ky else None,
            f"{rayon_ky_gen} {stem} айыл аймагынын" if has_ky else None,
            f"в {_ru_adj(adj, 'loc')} айылном аймаке {rayon_ru_gen}",
            f"{_ru_adj(adj, 'gen')} айылного аймака {rayon_ru_gen}",
        ))
    return Gazetteer(tuple(oblasts), tuple(rayons), tuple(cities), tuple(aimaks),
                     frozenset(by_code))


def osh_settlements(names: list[tuple[str, str]]) -> PlaceForms:
    """Osh city plus some of its new settlements (not SOATE units: ``name@parent``)."""
    listed = ", ".join(n for n, _ in names)
    codes = (OSH_CITY,) + tuple(f"{en}@{OSH_CITY}" for _, en in names)
    return PlaceForms(codes, f"Ош шаарынын {listed} жаңы конуштарында", f"Ош шаарынын {listed} конуштарынын",
                      f"в новостройках {listed} города Ош", f"новостроек {listed} города Ош")
