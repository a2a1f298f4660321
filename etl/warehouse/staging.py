"""Flatten contract records into staging rows and COPY them into ``staging.*`` for one run batch."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from etl.text import fold

STAGING_COLUMNS: dict[str, tuple[str, ...]] = {
    "stg_document": ("run_id", "batch_no", "document_sha256", "inbox", "rel_path", "other_paths",
                     "previous_sha256", "document_format", "size_bytes", "document_title", "languages",
                     "published_date", "extractor_version", "extraction", "is_forced", "read_error_code",
                     "read_error", "check_errors", "stage_status"),
    "stg_event": ("run_id", "batch_no", "document_sha256", "event_seq", "event_type", "event_title",
                  "start_date", "end_date", "date_precision", "is_year_inferred", "date_evidence",
                  "date_span_start", "date_span_end"),
    "stg_indicator_value": ("run_id", "batch_no", "document_sha256", "event_seq", "item_seq", "indicator_code",
                            "value_num", "unit", "sex", "group_label", "evidence", "span_start", "span_end",
                            "is_evidence_exact"),
    "stg_event_place": ("run_id", "batch_no", "document_sha256", "event_seq", "item_seq", "soate_code",
                        "parent_soate_code", "place_name", "place_level", "is_soate_known", "evidence",
                        "span_start", "span_end", "is_evidence_exact"),
    "stg_event_organization": ("run_id", "batch_no", "document_sha256", "event_seq", "item_seq",
                               "organization_id", "organization_name", "organization_kind", "is_in_registry",
                               "role", "evidence", "span_start", "span_end", "is_evidence_exact"),
    "stg_event_project": ("run_id", "batch_no", "document_sha256", "event_seq", "item_seq", "project_id",
                          "project_name", "donor_name", "evidence", "span_start", "span_end",
                          "is_evidence_exact"),
    "stg_quality_flag": ("run_id", "batch_no", "document_sha256", "event_seq", "flag_code", "detail", "severity"),
}
JSON_COLUMNS = {"other_paths", "previous_sha256", "extraction", "check_errors"}


def natural_id(name: str) -> str:
    """Matching key of a free name: folded, punctuation-insensitive, single spaces."""
    return re.sub(r"\W+", " ", fold(name)).strip()


@dataclass(slots=True)
class StagedRows:
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {t: [] for t in STAGING_COLUMNS})

    def add(self, table: str, **row: Any) -> None:
        self.tables[table].append(row)

    def add_document(self, base: dict[str, Any], **overrides: Any) -> None:
        self.tables["stg_document"].append({**base, **overrides})


def _span(item: dict[str, Any], key: str = "span") -> tuple[int | None, int | None]:
    span = item.get(key)
    return (span[0], span[1]) if isinstance(span, list) and len(span) == 2 else (None, None)


def _exact(item: dict[str, Any], text: str | None, ev_key: str = "evidence", span_key: str = "span") -> bool | None:
    evidence = item.get(ev_key)
    start, end = _span(item, span_key)
    # flatten sees only schema-valid records, whose spans are two integers: end is None exactly when
    # start is, and its check is there for the type checker
    if evidence is None or start is None or end is None or text is None:
        return None
    return 0 <= start <= end <= len(text) and text[start:end] == evidence


def flatten(rows: StagedRows, base: dict[str, Any], record: dict[str, Any], text: str | None,
            known_soate: frozenset[str]) -> None:
    """Events, figures, places, organizations and projects of one valid-shaped record."""
    sha = base["document_sha256"]
    key = {"run_id": base["run_id"], "batch_no": base["batch_no"], "document_sha256": sha}
    for seq, ev in enumerate(record.get("events", [])):
        d_start, d_end = _span(ev, "date_span")
        rows.add("stg_event", **key, event_seq=seq, event_type=ev.get("event_type"), event_title=ev.get("title"),
                 start_date=ev.get("start_date"), end_date=ev.get("end_date"),
                 date_precision=ev.get("date_precision"), is_year_inferred=bool(ev.get("year_inferred")),
                 date_evidence=ev.get("date_evidence"), date_span_start=d_start, date_span_end=d_end)
        for i, ind in enumerate(ev.get("indicators", [])):
            s, e = _span(ind)
            rows.add("stg_indicator_value", **key, event_seq=seq, item_seq=i, indicator_code=ind.get("indicator"),
                     value_num=ind.get("value"), unit=ind.get("unit"), sex=ind.get("sex"),
                     group_label=ind.get("group") or "", evidence=ind.get("evidence"), span_start=s, span_end=e,
                     is_evidence_exact=_exact(ind, text))
        for i, pl in enumerate(ev.get("places", [])):
            s, e = _span(pl)
            code, parent = pl.get("soate"), pl.get("parent_soate")
            known = (code in known_soate) if code else ((parent in known_soate) if parent else None)
            rows.add("stg_event_place", **key, event_seq=seq, item_seq=i, soate_code=code,
                     parent_soate_code=parent, place_name=pl.get("name"), place_level=pl.get("level"),
                     is_soate_known=known, evidence=pl.get("evidence"), span_start=s, span_end=e,
                     is_evidence_exact=_exact(pl, text))
        for i, org in enumerate(ev.get("organizations", [])):
            s, e = _span(org)
            name = org.get("name") or ""
            rows.add("stg_event_organization", **key, event_seq=seq, item_seq=i,
                     organization_id=org.get("org_id") or natural_id(name), organization_name=name,
                     organization_kind=org.get("kind"), is_in_registry=org.get("org_id") is not None,
                     role=org.get("role"), evidence=org.get("evidence"), span_start=s, span_end=e,
                     is_evidence_exact=_exact(org, text))
        for i, pr in enumerate(ev.get("projects", [])):
            s, e = _span(pr)
            name = pr.get("name") or ""
            rows.add("stg_event_project", **key, event_seq=seq, item_seq=i, project_id=natural_id(name),
                     project_name=name, donor_name=pr.get("donor"), evidence=pr.get("evidence"),
                     span_start=s, span_end=e, is_evidence_exact=_exact(pr, text))


def _copy_text(value: str) -> str:
    # the four characters COPY's text format gives a meaning; a plain chain of replaces is the fast way
    if "\\" in value:
        value = value.replace("\\", "\\\\")
    if "\t" in value or "\n" in value or "\r" in value:
        value = value.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return value


def _copy_field(value: Any, is_json: bool) -> str:
    """One value in COPY's text format, as psycopg would adapt it for these staging columns."""
    if value is None:
        return "\\N"
    if is_json:  # json.dumps as psycopg's Jsonb: ASCII, so no tab or line break, only backslashes to double
        return json.dumps(value).replace("\\", "\\\\")
    if value is True:
        return "t"
    if value is False:
        return "f"
    if isinstance(value, str):
        return _copy_text(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (list, tuple)):  # text[] (languages)
        items = ("NULL" if v is None else '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'
                 for v in value)
        return _copy_text("{" + ",".join(items) + "}")
    raise TypeError(f"a staging column cannot hold a value of type {type(value).__name__}")


@dataclass(slots=True)
class EncodedRows:
    """Staging rows already in COPY's text format: made where the rows are (the stage workers), so the
    process that writes staging only sends bytes - no per-row pickling, adapting or JSON there."""

    data: dict[str, bytes]
    counts: dict[str, int]
    statuses: list[str]


def encode_rows(tables: dict[str, list[dict[str, Any]]]) -> EncodedRows:
    data, counts = {}, {}
    for table, columns in STAGING_COLUMNS.items():
        rows = tables.get(table, [])
        counts[table] = len(rows)
        flags = [(c, c in JSON_COLUMNS) for c in columns]
        data[table] = "".join("\t".join(_copy_field(row.get(c), j) for c, j in flags) + "\n"
                              for row in rows).encode("utf-8")
    return EncodedRows(data, counts, [r["stage_status"] for r in tables.get("stg_document", [])])


def join_encoded(parts: list[EncodedRows]) -> EncodedRows:
    """Parts in order, as one (the rows of a batch staged in several chunks)."""
    return EncodedRows({t: b"".join(p.data[t] for p in parts) for t in STAGING_COLUMNS},
                       {t: sum(p.counts[t] for p in parts) for t in STAGING_COLUMNS},
                       [s for p in parts for s in p.statuses])


def copy_encoded(conn: sa.Connection, rows: EncodedRows) -> dict[str, int]:
    """COPY every staged table in one round trip per table."""
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        for table, columns in STAGING_COLUMNS.items():
            if rows.counts[table]:
                with cursor.copy(f"copy staging.{table} ({', '.join(columns)}) from stdin") as copy:
                    copy.write(rows.data[table])
    finally:
        cursor.close()
    return dict(rows.counts)


def copy_rows(conn: sa.Connection, rows: StagedRows) -> dict[str, int]:
    """COPY row dicts (see ``encode_rows``)."""
    return copy_encoded(conn, encode_rows(rows.tables))
