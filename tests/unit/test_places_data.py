"""The gazetteer data files are well-formed: codes exist, parents exist, levels are known."""

from __future__ import annotations

import csv
from importlib import resources

from etl.contract import PLACE_LEVELS
from etl.reference.gazetteer import EXCLUDED_CODES, _read_ext, gazetteer


def test_soate_copy_has_all_units() -> None:
    with resources.files("etl.reference").joinpath("data", "soate_kg.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 2438
    codes = {r["soate_code"] for r in rows}
    assert all(len(c) == 14 and c.isdigit() for c in codes)
    assert all(r["parent_code"] in codes for r in rows if r["parent_code"])


def test_extension_rows_are_well_formed() -> None:
    version, rows = _read_ext()
    assert version != "unknown"
    units = gazetteer().units
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert r["level"] in PLACE_LEVELS, r
        assert r["aliases"].strip(), r
        if r["soate_code"]:
            assert r["soate_code"] in units and r["soate_code"] not in EXCLUDED_CODES, r
            assert units[r["soate_code"]].level == r["level"], r
        else:
            assert r["name"] and r["parent_code"] in units, r
            assert units[r["parent_code"]].soate is not None, r


def test_every_unit_is_reachable_by_a_key() -> None:
    gaz = gazetteer()
    reachable = {uid for entries in gaz.keys.values() for uid, _ in entries}
    missing = [u for u in gaz.units if u not in reachable]
    assert len(missing) < 20, missing[:20]


def test_osh_duplicate_row_is_never_a_unit() -> None:
    assert "41700000000021" not in gazetteer().units
    assert all(u.parent != "41700000000021" for u in gazetteer().units.values())
