"""What the organization-file tests share: reading a registry CSV and the checks every added row passes."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from etl.reference.registry import compile_alias

DATA = Path(__file__).resolve().parents[2] / "etl" / "reference" / "data"
KINDS = {"un_agency", "donor_government", "development_agency", "donor_multilateral", "donor_foundation", "ingo",
         "ngo", "government", "government_agency", "business", "academic", "association", "international_org",
         "state_company", "other"}
ROLE_HINTS = {"donor", "implementer", "partner", "government", "participant_org"}


def read_rows(name: str) -> list[dict[str, str]]:
    """The rows of a registry CSV; lines starting with '#' are the file's own notes."""
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def alias_names(row: dict[str, str]) -> list[str]:
    return [row["canonical_name"], *(a.strip() for a in row["aliases"].split("|") if a.strip())]


def check_new_rows(rows: list[dict[str, str]], others: list[dict[str, str]]) -> set[str]:
    """Every row well formed, with an id and a canonical name no other file or row has, and aliases that
    compile; returns the ids."""
    ids = {r["org_id"] for r in others}
    canon = {r["canonical_name"].casefold() for r in others}
    seen: set[str] = set()
    for row in rows:
        assert set(row) == {"org_id", "canonical_name", "acronym", "kind", "role_hint", "aliases"}, row
        assert None not in row.values(), row  # no stray comma split a row
        assert re.fullmatch(r"[a-z0-9_]+", row["org_id"]), row
        assert row["org_id"] not in ids and row["org_id"] not in seen, row["org_id"]
        seen.add(row["org_id"])
        assert row["canonical_name"].casefold() not in canon, row["canonical_name"]
        assert row["kind"] in KINDS and row["role_hint"] in ROLE_HINTS, row
        assert (row["kind"] == "government") == (row["role_hint"] == "government"), row
        for alias in alias_names(row):
            assert compile_alias(row["org_id"], alias) is not None, alias
    return seen
