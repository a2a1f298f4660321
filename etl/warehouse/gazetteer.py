"""The gazetteer as flat dimension rows: SOATE units with their oblast / rayon / ayil aimak resolved.

Every CSV in ``etl/reference/data`` whose header has ``soate_code``, ``parent_code``
and ``level`` is read (``soate_kg.csv`` plus any extension files), so settlements
added below SOATE by the reference data come in without a code change.
"""

from __future__ import annotations

import csv
import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "reference" / "data"
_REQUIRED = {"soate_code", "parent_code", "level"}


@dataclass(frozen=True, slots=True)
class Gazetteer:
    rows: tuple[dict[str, str | None], ...]  # dim_place columns
    content_sha256: str

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(r["soate_code"] for r in self.rows if r["soate_code"])


def _files(data_dir: Path) -> list[Path]:
    found = []
    for path in sorted(data_dir.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            header = set(next(csv.reader(fh), []))
        if _REQUIRED <= header:
            found.append(path)
    return found


@functools.cache
def load_gazetteer(data_dir: Path = DATA_DIR) -> Gazetteer:
    digest = hashlib.sha256()
    units: dict[str, dict[str, str]] = {}
    for path in _files(data_dir):
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw)
        for rec in csv.DictReader(raw.decode("utf-8").splitlines()):
            code = (rec.get("soate_code") or "").strip()
            if code:
                units.setdefault(code, {k: (v or "").strip() for k, v in rec.items() if k})
    rows = tuple(_flatten(code, units) for code in sorted(units))
    return Gazetteer(rows, digest.hexdigest())


def _name(unit: dict[str, str]) -> str:
    return unit.get("name_en") or unit.get("name_ru") or unit.get("name_ky") or unit["soate_code"]


def _flatten(code: str, units: dict[str, dict[str, str]]) -> dict[str, str | None]:
    chain: list[dict[str, str]] = []
    seen: set[str] = set()
    current: str | None = code
    while current and current in units and current not in seen:  # parent links, guarded against cycles
        seen.add(current)
        chain.append(units[current])
        current = units[current].get("parent_code") or None
    chain.reverse()  # top of the hierarchy first
    unit = units[code]
    row: dict[str, str | None] = {
        "place_id": code, "soate_code": code, "parent_soate_code": unit.get("parent_code") or None,
        "place_level": unit.get("level") or "settlement", "place_name": _name(unit),
        "name_ru": unit.get("name_ru") or None, "name_ky": unit.get("name_ky") or None,
        "name_en": unit.get("name_en") or None,
        "oblast_soate_code": None, "oblast_name": None, "rayon_soate_code": None, "rayon_name": None,
        "ayil_aimak_soate_code": None, "ayil_aimak_name": None, "settlement_name": None,
        "code_path": "/".join(u["soate_code"] for u in chain),
    }
    for depth, u in enumerate(chain):
        level = u.get("level")
        if depth == 0 and level in ("oblast", "city"):  # oblast or republican city (Bishkek, Osh)
            row["oblast_soate_code"], row["oblast_name"] = u["soate_code"], _name(u)
        elif level in ("rayon", "city") and depth > 0:  # rayon or city of oblast significance
            row["rayon_soate_code"], row["rayon_name"] = u["soate_code"], _name(u)
        elif level == "ayil_aimak":
            row["ayil_aimak_soate_code"], row["ayil_aimak_name"] = u["soate_code"], _name(u)
        elif level in ("village", "settlement", "town") and u is unit:
            row["settlement_name"] = _name(u)
    return row
