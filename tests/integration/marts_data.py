"""Demo warehouse for the mart, export, report and role tests.

Contract records are built from ``samples/expected/*.json`` (what an analyst reads
from the five sample reports), so the mart figures tested here do not depend on the
extractor's current quality.  The expected files are per document; ``EVENT_SPLIT``
says which of a document's items belong to which event, read from the report text
(seed 003: rapid meetings, then design-thinking trainings).

``load_demo`` writes the records into ``core``/``ops`` directly, the way the loader
does (dimensions from the gazetteer, one document version per file, facts, bridges,
quality issues); once ``etl.warehouse.load`` lands these tests can load through it.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[2]
EXPECTED_DIR = ROOT / "samples" / "expected"
REPORTS_DIR = ROOT / "samples" / "reports"
GAZETTEER = ROOT / "etl" / "reference" / "data" / "soate_kg.csv"

# per document: one entry per event -> (event_type, start, end, precision, year_inferred,
# indices of expected places, indices of expected indicators, group labels by indicator index)
EVENT_SPLIT: dict[str, list[dict[str, Any]]] = {
    "000": [dict(event_type="visit", start="2023-08-29", end="2023-08-29", precision="day",
                 year_inferred=True, places=None, indicators=[])],
    "001": [dict(event_type="training", start="2023-06-23", end="2023-06-24", precision="day",
                 year_inferred=False, places=None, indicators=[])],
    "002": [dict(event_type="round_table", start="2018-11-19", end="2018-11-19", precision="day",
                 year_inferred=False, places=None, indicators=list(range(9)),
                 groups={2: "youth activists", 3: "LSG staff", 4: "LSG staff", 8: "youth activists"})],
    "003": [dict(event_type="meeting", start=None, end=None, precision="unknown", year_inferred=False,
                 places=None, indicators=[0, 1, 2, 3, 4, 9]),
            dict(event_type="training", start=None, end=None, precision="unknown", year_inferred=False,
                 places=None, indicators=[5, 6, 7, 8])],
    "004": [dict(event_type="round_table", start="2022-10-28", end="2022-10-28", precision="day",
                 year_inferred=False, places=[0], indicators=[]),
            dict(event_type="competition", start=None, end=None, precision="unknown", year_inferred=False,
                 places=[1, 2], indicators=[0])],
}
SEX_SPLIT_MISMATCH = {("003", 0): "495 + 286 != 764", ("003", 1): "189 + 71 != 254"}


@functools.cache
def _gazetteer() -> dict[str, dict[str, str]]:
    with GAZETTEER.open(encoding="utf-8") as f:
        return {row["soate_code"]: row for row in csv.DictReader(f)}


def _place(key: str) -> dict[str, Any]:
    gaz = _gazetteer()
    if "@" in key:
        name, parent = key.split("@", 1)
        return {"soate": None, "parent_soate": parent or None, "name": name, "level": "settlement"}
    row = gaz[key]
    return {"soate": key, "parent_soate": row["parent_code"] or None,
            "name": row["name_en"] or row["name_ru"], "level": row["level"]}


def contract_records() -> list[dict[str, Any]]:
    """One contract record (report.schema.json) per sample report."""
    records = []
    for path in sorted(EXPECTED_DIR.glob("*.json")):
        prefix = path.name[:3]
        expected = json.loads(path.read_text(encoding="utf-8"))
        report_path = REPORTS_DIR / (path.stem + ".txt")
        data = report_path.read_bytes()
        events = []
        for spec in EVENT_SPLIT[prefix]:
            place_keys = expected["places"] if spec["places"] is None else [expected["places"][i] for i in spec["places"]]
            groups = spec.get("groups", {})
            indicators = []
            for i in spec["indicators"]:
                code, sex, value, unit = expected["indicators"][i]
                indicators.append({"indicator": code, "sex": sex, "value": value, "unit": unit,
                                   "group": groups.get(i)})
            events.append({
                "event_type": spec["event_type"], "title": None,
                "start_date": spec["start"], "end_date": spec["end"],
                "date_precision": spec["precision"], "year_inferred": spec["year_inferred"],
                "places": [_place(k) for k in place_keys],
                "organizations": [{"name": n, "role": r} for n, r in expected["organizations"]],
                "projects": [{"name": n} for n in expected["projects"]],
                "indicators": indicators,
            })
        flags = [{"code": c, "detail": None} for c in expected["quality_flags"] if c != "sex_split_mismatch"]
        flags += [{"code": "sex_split_mismatch", "detail": d}
                  for (p, _), d in SEX_SPLIT_MISMATCH.items() if p == prefix]
        records.append({
            "source": {"path": f"samples/reports/{report_path.name}", "sha256": hashlib.sha256(data).hexdigest(),
                       "format": "txt", "size_bytes": len(data)},
            "title": data.decode("utf-8").strip().splitlines()[0][:200],
            "languages": expected["languages"], "published_date": expected["published_date"],
            "events": events, "quality_flags": flags, "extractor_version": "expected-fixture",
        })
    return records


def _upsert_place(conn: sa.Connection, place: dict[str, Any]) -> int:
    gaz = _gazetteer()
    place_id = place["soate"] or f"{place['name']}@{place['parent_soate'] or ''}"
    chain: list[dict[str, str]] = []  # from the place (or its parent) up to the top
    code = place["soate"] or place["parent_soate"]
    while code:
        chain.append(gaz[code])
        code = gaz[code]["parent_code"]
    by_level = {r["level"]: r for r in chain}
    top = chain[-1] if chain else None

    def name(r: dict[str, str] | None) -> str | None:
        return (r["name_en"] or r["name_ru"]) if r else None

    aa = by_level.get("ayil_aimak")
    rayon = by_level.get("rayon")
    path = "/".join(r["soate_code"] for r in reversed(chain)) + ("" if place["soate"] else f"/{place_id}")
    return conn.execute(sa.text("""
        insert into core.dim_place (place_id, soate_code, parent_soate_code, place_level, place_name,
            oblast_soate_code, oblast_name, rayon_soate_code, rayon_name, ayil_aimak_soate_code,
            ayil_aimak_name, settlement_name, code_path, is_in_soate)
        values (:id, :soate, :parent, :level, :name, :ob, :obn, :ra, :ran, :aa, :aan, :sn, :path, :in_soate)
        on conflict (place_id) do update set place_name = excluded.place_name
        returning place_key"""), {
        "id": place_id, "soate": place["soate"], "parent": place["parent_soate"], "level": place["level"],
        "name": place["name"], "ob": top["soate_code"] if top else None, "obn": name(top),
        "ra": rayon["soate_code"] if rayon else None, "ran": name(rayon),
        "aa": aa["soate_code"] if aa else None, "aan": name(aa),
        "sn": place["name"] if place["level"] in ("village", "settlement", "town") else None,
        "path": path, "in_soate": place["soate"] is not None,
    }).scalar_one()


def _evidence(text: str, value: float) -> tuple[str | None, tuple[int, int] | None]:
    """The words around the first place the report states ``value`` (as 61,933 or 61933)."""
    for written in (f"{int(value):,}", str(int(value))):
        at = text.find(written)
        if at >= 0:
            start = max(text.rfind(" ", 0, max(at - 25, 0)) + 1, 0)
            end = text.find(" ", at + len(written) + 25)
            end = len(text) if end < 0 else end
            return text[start:end], (start, end)
    return None, None


def _key(conn: sa.Connection, sql: str, params: dict[str, Any]) -> int:
    return conn.execute(sa.text(sql), params).scalar_one()


def load_demo(engine: sa.Engine, records: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Write the records into raw/core/ops as current facts; return them."""
    records = records if records is not None else contract_records()
    with engine.begin() as conn:
        for rec in records:
            src = rec["source"]
            prefix = Path(src["path"]).name[:3]
            text = (ROOT / src["path"]).read_text(encoding="utf-8")
            conn.execute(sa.text("""
                insert into raw.document (document_sha256, format, size_bytes, first_path, status,
                    extractor_version, extraction, extracted_at)
                values (:sha, :fmt, :size, :path, 'loaded', :ver, cast(:ex as jsonb), now())"""),
                {"sha": src["sha256"], "fmt": src["format"], "size": src["size_bytes"], "path": src["path"],
                 "ver": rec["extractor_version"], "ex": json.dumps(rec, ensure_ascii=False)})
            pub = rec["published_date"]
            doc_key = _key(conn, """
                insert into core.dim_document (document_sha256, source_path, document_format, document_title,
                    languages, published_date, published_date_key, size_bytes, extractor_version)
                values (:sha, :path, :fmt, :title, :langs, cast(:pub as date),
                        coalesce(to_char(cast(:pub as date), 'YYYYMMDD')::integer, 0), :size, :ver)
                returning document_key""",
                {"sha": src["sha256"], "path": src["path"], "fmt": src["format"], "title": rec["title"],
                 "langs": rec["languages"], "pub": pub, "size": src["size_bytes"], "ver": rec["extractor_version"]})
            for seq, ev in enumerate(rec["events"]):
                project_keys = [_key(conn, """
                    insert into core.dim_project (project_id, project_name) values (lower(:n), :n)
                    on conflict (project_id) do update set project_name = excluded.project_name
                    returning project_key""", {"n": p["name"]}) for p in ev["projects"]]
                event_key = _key(conn, """
                    insert into core.fct_event (document_key, event_seq, event_type_key, project_key,
                        start_date_key, end_date_key, start_date, end_date, date_precision, is_year_inferred)
                    select :doc, :seq, t.event_type_key, :proj,
                        coalesce(to_char(cast(:s as date), 'YYYYMMDD')::integer, 0),
                        coalesce(to_char(cast(:e as date), 'YYYYMMDD')::integer, 0),
                        cast(:s as date), cast(:e as date), :prec, :yi
                    from core.dim_event_type t where t.event_type = :type
                    returning event_key""",
                    {"doc": doc_key, "seq": seq, "proj": project_keys[0] if project_keys else 0,
                     "s": ev["start_date"], "e": ev["end_date"], "prec": ev["date_precision"],
                     "yi": ev["year_inferred"], "type": ev["event_type"]})
                for pk in project_keys:
                    conn.execute(sa.text("insert into core.bridge_event_project (event_key, project_key) "
                                         "values (:e, :p)"), {"e": event_key, "p": pk})
                for place in ev["places"]:
                    conn.execute(sa.text("insert into core.bridge_event_place (event_key, place_key) values (:e, :p)"),
                                 {"e": event_key, "p": _upsert_place(conn, place)})
                for org in ev["organizations"]:
                    ok = _key(conn, """
                        insert into core.dim_organization (organization_id, organization_name) values (lower(:n), :n)
                        on conflict (organization_id) do update set organization_name = excluded.organization_name
                        returning organization_key""", {"n": org["name"]})
                    conn.execute(sa.text("insert into core.bridge_event_organization (event_key, organization_key, role) "
                                         "values (:e, :o, :r)"), {"e": event_key, "o": ok, "r": org["role"]})
                mentions: dict[tuple[str, str, str], int] = {}
                for ind in ev["indicators"]:
                    k = (ind["indicator"], ind["sex"], ind["group"] or "")
                    mentions[k] = mentions.get(k, -1) + 1
                    flags = ["sex_split_mismatch"] if ind["indicator"] == "participants" and \
                        (prefix, seq) in SEX_SPLIT_MISMATCH else []
                    evidence, span = _evidence(text, ind["value"])
                    conn.execute(sa.text("""
                        insert into core.fct_indicator_value (event_key, indicator_key, sex, group_label, mention_seq,
                            value_num, unit, currency_code, evidence, span_start, span_end, quality_flags)
                        select :e, i.indicator_key, :sex, :grp, :m, :v, :unit, :cur, :evid, :ss, :se, :flags
                        from core.dim_indicator i where i.indicator_code = :code"""),
                        {"e": event_key, "sex": ind["sex"], "grp": ind["group"] or "", "m": mentions[k],
                         "v": ind["value"], "unit": ind["unit"],
                         "cur": ind["unit"] if ind["indicator"] == "funding_amount" else None,
                         "evid": evidence, "ss": span[0] if span else None, "se": span[1] if span else None,
                         "flags": flags,
                         "code": ind["indicator"]})
            for flag in rec["quality_flags"]:
                event_seq = next((s for (p, s), d in SEX_SPLIT_MISMATCH.items()
                                  if flag["code"] == "sex_split_mismatch" and d == flag["detail"]), None)
                conn.execute(sa.text("""
                    insert into ops.data_quality_issue (document_sha256, event_seq, flag_code, detail)
                    values (:sha, :seq, :code, :detail)"""),
                    {"sha": src["sha256"], "seq": event_seq, "code": flag["code"], "detail": flag["detail"]})
    return records
