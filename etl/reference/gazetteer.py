"""The project's gazetteer: SOATE (``soate_kg.csv``) plus the versioned extension (``gazetteer_ext.csv``).

Every unit gets *matching keys* (folded, hyphen/space-insensitive, see
``translit.name_key``) of two kinds:

- ``noun``: the name as a word ("кара булак", "ысык кол", "osh"), followed in text
  by a Kyrgyz/Russian inflection or nothing;
- ``adj``: the stem of a Russian adjective ("баткен" of "Баткенская область"),
  followed in text by an adjectival ending (-ской, -ского, -ском ...).

Kyrgyz spellings of units below district level are generated from the Russian by
``translit`` rules; the extension file adds curated names, Latin/historic aliases,
settlements below SOATE and units formed after 2021.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from etl.reference.gazetteer_common import mark_common_word_names
from etl.reference.translit import (
    adjective_stem,
    ky_variants,
    name_key,
    noun_candidates,
    russian_dzh_variants,
    to_latin,
)

OSH_CITY = "41721000000000"
OSH_OBLAST = "41706000000000"
BISHKEK = "41711000000000"
# A duplicate row of Osh city in the published SOATE: never output.
EXCLUDED_CODES = frozenset({"41700000000021"})
# The country is never output as a place; its names are never keys.
COUNTRY_KEYS = frozenset({
    "кыргызстан", "кыргыз республика", "кыргыз республикасы", "киргизия", "киргизская республика",
    "кыргызская республика", "kyrgyzstan", "kyrgyz republic", "кр",
})
# Key suffix types, see module doc.
NOUN, ADJ, STEM_A = "noun", "adj", "stem_a"

LEVEL_WORDS = {
    "oblast": ("облусу", "область"), "rayon": ("району", "район"), "city": ("шаары", "г."),
    "city_district": ("району", "район"), "ayil_aimak": ("айылный аймак", "айыл аймагы"),
}
_RU_LEVEL_TAIL = re.compile(
    r"\s+(область|район|айылный аймак|айыльный аймак|айыл аймак|aiyl aimak)$", re.IGNORECASE)
_KY_LEVEL_TAIL = re.compile(r"\s+(облусу|району|шаары|айыл аймагы)$", re.IGNORECASE)
_EN_LEVEL_TAIL = re.compile(r"\s+(region|oblast|district|rayon)$", re.IGNORECASE)


@dataclass(slots=True)
class Unit:
    uid: str  # SOATE code, or the extension id for places below/outside SOATE
    soate: str | None
    parent: str | None  # uid of the enclosing unit
    level: str
    name: str  # output name (Latin for places outside SOATE)
    name_ru: str = ""
    needs_context: bool = False
    ancestors: tuple[str, ...] = ()  # uids from parent up to the root


@dataclass(slots=True)
class Gazetteer:
    version: str
    units: dict[str, Unit]
    keys: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # key -> [(uid, kind)]

    def add_key(self, key: str, uid: str, kind: str) -> None:
        key = key.strip()
        if len(key) < 2 or key in COUNTRY_KEYS or not re.search(r"[^\W\d_]", key):
            return
        entries = self.keys.setdefault(key, [])
        if (uid, kind) not in entries:
            entries.append((uid, kind))


def _data_path(name: str):  # type: ignore[no-untyped-def]
    return resources.files("etl.reference").joinpath("data", name)


def _read_ext() -> tuple[str, list[dict[str, str]]]:
    text = _data_path("gazetteer_ext.csv").read_text(encoding="utf-8")
    version = "unknown"
    body: list[str] = []
    for line in text.splitlines():
        if line.startswith("#"):
            m = re.match(r"#\s*GAZETTEER_VERSION=(\S+)", line)
            if m:
                version = m.group(1)
            continue
        body.append(line)
    return version, list(csv.DictReader(body))


def _output_name(row: dict[str, str]) -> str:
    if row["name_en"]:
        return _EN_LEVEL_TAIL.sub("", row["name_en"]).strip()
    ru = row["name_ru"]
    ru = re.sub(r"^г\.\s*", "", ru)
    stem = adjective_stem(_RU_LEVEL_TAIL.sub("", ru))
    if stem and row["level"] in ("oblast", "rayon", "ayil_aimak", "city_district"):
        ru = stem
    ru = re.sub(r"^Айылный аймак\s+", "", ru)
    return to_latin(ru).strip()


@cache
def gazetteer() -> Gazetteer:
    """Load both files once per process and build every matching key."""
    version, ext_rows = _read_ext()
    units: dict[str, Unit] = {}
    soate_rows: list[dict[str, str]] = []
    with _data_path("soate_kg.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["soate_code"] in EXCLUDED_CODES:
                continue
            soate_rows.append(row)
            units[row["soate_code"]] = Unit(
                uid=row["soate_code"], soate=row["soate_code"], parent=row["parent_code"] or None,
                level=row["level"], name=_output_name(row), name_ru=row["name_ru"])
    for row in ext_rows:
        if row["soate_code"]:
            unit = units[row["soate_code"]]
            if row["name"]:
                unit.name = row["name"]
            continue
        units[row["id"]] = Unit(
            uid=row["id"], soate=None, parent=row["parent_code"] or None, level=row["level"],
            name=row["name"], name_ru=row["aliases"].split("|")[0],
            needs_context=row["needs_context"] == "1")
    for unit in units.values():
        chain: list[str] = []
        parent = unit.parent
        while parent and parent in units and parent not in chain:
            chain.append(parent)
            parent = units[parent].parent
        unit.ancestors = tuple(chain)
    gaz = Gazetteer(version=version, units=units)
    _index_soate(gaz, soate_rows)
    for row in ext_rows:
        uid = row["soate_code"] or row["id"]
        for alias in row["aliases"].split("|"):
            if alias.strip():
                gaz.add_key(name_key(alias), uid, NOUN)
                _add_russian_a_stem(gaz, alias, uid)
        if row["soate_code"] and row["needs_context"] == "1":
            units[uid].needs_context = True
    _add_russian_dzh_keys(gaz)
    _add_latin_keys(gaz)
    _add_solid_keys(gaz)
    _add_town_named_districts(gaz)
    mark_common_word_names(gaz)
    return gaz


_SOLID_LEVELS = frozenset({"oblast", "rayon", "city", "town"})


def _add_town_named_districts(gaz: Gazetteer) -> None:
    """A district named after its town, whose Kyrgyz name differs from the town's Russian spelling
    (Узгенский район is "Өзгөн району"): "Узген районунда" is the district, as "Өзгөн районунда" is."""
    for unit in gaz.units.values():
        if unit.level != "town" or not unit.parent or unit.parent not in gaz.units:
            continue
        district = gaz.units[unit.parent]
        key = name_key(unit.name_ru.removeprefix("г.").strip())
        if district.level == "rayon" and name_key(district.name_ru).startswith(key + "ск") \
                and (district.uid, NOUN) not in gaz.keys.get(key, []):
            gaz.add_key(key, district.uid, NOUN)


def _add_solid_keys(gaz: Gazetteer) -> None:
    """Kyrgyz news sites and posts write a two-word district, town or oblast name solid ("Атбашы",
    "Базаркоргон районунда", "Алабука", "Жалалабад облусу"): the solid key names it too, unless it is
    another unit's name already ("Каракол" is Karakol, not Кара-Көл)."""
    for key, entries in list(gaz.keys.items()):
        if " " not in key or not re.fullmatch(r"[а-я]+ [а-я]+", key):
            continue
        solid = key.replace(" ", "")
        if solid in gaz.keys:
            continue
        for uid, kind in entries:
            if kind == NOUN and gaz.units[uid].level in _SOLID_LEVELS:
                gaz.add_key(solid, uid, NOUN)


def _add_russian_dzh_keys(gaz: Gazetteer) -> None:
    """Russian texts write дж for a Kyrgyz ж inside a name too (Кадамжай / Кадамджай, Кок-Жангак /
    Кок-Джангак); word-initial ж is covered by ``ky_variants``."""
    for key, entries in list(gaz.keys.items()):
        if "ж" not in key[1:]:
            continue
        variant = re.sub(r"(?<=[а-яё])ж", "дж", key)
        if variant != key:
            for uid, kind in entries:
                gaz.add_key(variant, uid, kind)


# Latin spellings of Cyrillic names that are English words written capitalised ("May 24, 2015" is a
# date, not Maiskii ayil aimak; "Say" opens sentences); the names' English-text forms are kept where
# the gazetteer extension lists them.
_ENGLISH_WORDS = frozenset({"may", "say", "mai", "sai"})


# English spells a Russian е after a vowel or a soft sign as "ye" (Ананьево: Ananyevo, Беловодское: Belovodskoye).
_IOTATED_E = re.compile(r"(?<=[аеёиоуыэюяь])е")


_EKS = re.compile(r"eks(?=[aeiouy])")
_FINAL_VOWEL_N = re.compile(r"[aeiouy]n$")  # a final н the Kyrgyz name may write ң
_Y_GLIDE = re.compile(r"(?<=[aeou])y(?=[bcdfghjklmnpqrstvwxz])")  # й between a vowel and a consonant


def _add_latin_keys(gaz: Gazetteer) -> None:
    """English and Latin-script texts write Kyrgyz names as they sound ("Ak-Suu district",
    "the village of Teploklyuchenka", "Chui"): every Cyrillic noun key gets its Latin spelling."""
    for key, entries in list(gaz.keys.items()):
        if not re.search("[а-я]", key):
            continue
        latin = {to_latin(key), to_latin(_IOTATED_E.sub("йе", key))}  # Ananyevo, Belovodskoye
        latin |= {v[:-1] + "i" for v in latin if v.endswith(("uy", "ay", "ey", "oy"))}  # Chuy / Chui, Chauvay / Chauvai
        latin |= {_EKS.sub("ex", v) for v in latin if "eks" in v}  # Aleksandrovka / Alexandrovka
        latin |= {_Y_GLIDE.sub("i", v) for v in latin if _Y_GLIDE.search(v)}  # Baymaala / Baimaala, Kaynar / Kainar
        latin |= {v.replace("kh", "h") for v in latin if "kh" in v and len(v) > 4}  # Khalmion / Halmion, Khaidarkan / Haidarkan
        latin |= {v + "g" for v in latin if len(v) > 5 and _FINAL_VOWEL_N.search(v)}  # SOATE Ак-Булун, Kyrgyz Ак-Булуң: Ak-Bulung
        for variant in latin - _ENGLISH_WORDS:
            for uid, kind in entries:
                if kind == NOUN:
                    gaz.add_key(variant, uid, NOUN)


def _add_russian_a_stem(gaz: Gazetteer, name: str, uid: str) -> None:
    """'Чолпон-Ата' is declined in Russian: 'в Чолпон-Ате', 'Чолпон-Аты'; 'Кызыл-Кия': 'в Кызыл-Кие'."""
    key = name_key(name)
    if key.endswith(("а", "я")) and len(key) > 4 and re.search("[а-я]", key):
        gaz.add_key(key[:-1], uid, STEM_A)


def _index_soate(gaz: Gazetteer, rows: list[dict[str, str]]) -> None:
    children: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        children[row["parent_code"]].append(row["soate_code"])
    for row in rows:
        uid, level, ru = row["soate_code"], row["level"], row["name_ru"].strip()
        if row["name_ky"]:
            gaz.add_key(name_key(_KY_LEVEL_TAIL.sub("", row["name_ky"])), uid, NOUN)
        if row["name_en"]:
            gaz.add_key(name_key(_EN_LEVEL_TAIL.sub("", row["name_en"])), uid, NOUN)
        if level in ("city", "town", "village"):
            noun = re.sub(r"^(г\.|пгт\.?|с\.)\s*", "", ru)
            for variant in ky_variants(noun):
                gaz.add_key(variant, uid, NOUN)
            _add_russian_a_stem(gaz, noun, uid)
            continue
        base = _RU_LEVEL_TAIL.sub("", ru)
        if base.lower().startswith("айылный аймак"):
            named = re.sub(r"^(Айылный аймак)\s+(им\.\s*)?", "", base, flags=re.IGNORECASE)
            gaz.add_key(name_key(named), uid, NOUN)
            continue
        stem = adjective_stem(base)
        if not stem:
            gaz.add_key(name_key(base), uid, NOUN)
            continue
        for variant in ky_variants(stem) | russian_dzh_variants(stem):
            gaz.add_key(variant, uid, ADJ)
        if "ю" in name_key(stem):  # Kyrgyz ү is written ю or у in Russian: "Гюльстанский" / "Гульстанского"
            gaz.add_key(name_key(stem).replace("ю", "у"), uid, ADJ)
        if name_key(stem).endswith("уу"):  # "Кашка-Сууский" is written "Кашка-Суйский", as Ак-Суйский
            gaz.add_key(name_key(stem)[:-1] + "й", uid, ADJ)
        if level == "rayon" and name_key(stem).endswith("суй"):  # "Ак-Суйский" is also "Ак-Сууйский" (Kyrgyz "суу")
            gaz.add_key(name_key(stem)[:-1] + "уй", uid, ADJ)
        if name_key(stem).endswith("уу"):  # "Кара-Сууский" is also "Кара-Сууйский"
            gaz.add_key(name_key(stem) + "й", uid, ADJ)
        if level != "ayil_aimak":
            continue  # oblasts, rayons and city districts carry their Kyrgyz noun in name_ky
        nouns = set()
        for cand in noun_candidates(stem):
            nouns |= ky_variants(cand)
        skey = name_key(stem)
        # "Наримановский" is named after its village Нариман: the Russian possessive -ов/-ев is no part of it
        bare = skey[:-2] if skey.endswith(("ов", "ев")) and len(skey) > 5 else skey
        for child in children.get(uid, ()):  # the ayil aimak is usually named after its main village
            vkey = name_key(gaz.units[child].name_ru)
            if any(vkey.startswith(k[:-1]) and abs(len(vkey) - len(k)) <= 2 for k in {skey, bare}):
                nouns |= ky_variants(gaz.units[child].name_ru)
                if vkey.endswith("уу") and vkey != skey:  # "Алмалунский" (of Алмалуу) is written "Алмалуйский"
                    for adj in (vkey[:-1] + "й", vkey + "й"):
                        gaz.add_key(adj, uid, ADJ)
        for noun in nouns:
            gaz.add_key(noun, uid, NOUN)


def gazetteer_version() -> str:
    return gazetteer().version


def unit(uid: str) -> Unit | None:
    return gazetteer().units.get(uid)
