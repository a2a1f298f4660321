"""Run the staging suites (``expectations/staging/*.json``) on one run batch before it is loaded.

Each suite checks its staging table's rows of the batch as a pandas frame, with
``COMPLETE`` results keyed by the row's natural key, so every failing row is
traced to its document.  A failed ``critical`` expectation keeps the document
out (``check_errors``; the load quarantines it with the expectation and the
offending value); a failed ``warning`` expectation becomes a quality flag.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from etl.validate.gx_runtime import staging_runtime, suite_files

_KEYS = ("document_sha256", "event_seq", "item_seq")


def _frame(conn: sa.Connection, table: str, run_id: str, batch_no: int):
    import pandas as pd

    rows = conn.execute(sa.text(
        f"select t.* from staging.{table} t"  # noqa: S608 - table names come from the suite files
        + ("" if table == "stg_document" else
           " join staging.stg_document d on d.run_id = t.run_id and d.document_sha256 = t.document_sha256")
        + " where t.run_id = :r and t.batch_no = :b"
        + ("" if table == "stg_document" else " and d.stage_status = 'staged'")
        + (" and t.stage_status = 'staged'" if table == "stg_document" else "")),
        {"r": run_id, "b": batch_no}).mappings().all()
    frame = pd.DataFrame([{k: (float(v) if isinstance(v, Decimal) else v) for k, v in r.items()} for r in rows])
    for column in ("document_sha256",):
        if column in frame:
            frame[column] = frame[column].str.strip()
    return frame


def _py(value: Any) -> Any:
    """numpy scalars (from the frame) as plain Python values for JSON."""
    return value.item() if hasattr(value, "item") else value


def _evidence(entry: dict[str, Any]) -> str:
    values = {k: v for k, v in entry.items() if k not in _KEYS}
    text = json.dumps(values, ensure_ascii=False, default=str)
    return text if len(text) <= 300 else text[:299] + "…"


def check_batch(engine: sa.Engine, run_id: str, batch_no: int) -> dict[str, Any]:
    """Run every staging suite on the batch; record failures in staging; return counts."""
    suites = suite_files("staging")
    errors: dict[str, list[dict[str, Any]]] = {}
    flags: list[dict[str, Any]] = []
    evaluated = 0
    with engine.connect() as conn:
        frames = {p.stem: _frame(conn, p.stem, run_id, batch_no) for p in suites}
    # a batch with nothing staged (all unchanged, unreadable or invalid) needs no GX at all, not even its import
    runtime = staging_runtime() if any(not f.empty for f in frames.values()) else None
    for path in suites:
        frame = frames[path.stem]
        if frame.empty or runtime is None:
            continue
        keys = [k for k in _KEYS if k in frame.columns]
        result = runtime.validate(path.stem, frame, {"result_format": "COMPLETE",
                                                     "unexpected_index_column_names": keys})
        for r in result.results:
            evaluated += 1
            if r.success:
                continue
            config = r.expectation_config
            column = config.kwargs.get("column") or f"{config.kwargs.get('column_A')},{config.kwargs.get('column_B')}"
            check = f"{path.stem}.{config.type}({column})"
            reason = (config.meta or {}).get("reason") or config.type
            severity = str(getattr(config.severity, "value", config.severity)).lower()
            for entry in r.result.get("unexpected_index_list") or []:
                sha = str(entry.get("document_sha256", "")).strip()
                if severity == "critical":
                    errors.setdefault(sha, []).append({"check": check, "reason": reason, "severity": "error",
                                                       "evidence": _evidence(entry),
                                                       "event_seq": _py(entry.get("event_seq"))})
                else:
                    flags.append({"document_sha256": sha, "event_seq": _py(entry.get("event_seq")),
                                  "flag_code": (config.meta or {}).get("flag_code") or check,
                                  "detail": reason, "severity": "warning"})
    with engine.begin() as conn:
        for sha, errs in errors.items():
            conn.execute(sa.text(
                "update staging.stg_document set check_errors = check_errors || cast(:e as jsonb),"
                " stage_status = 'invalid' where run_id = :r and document_sha256 = :s"),
                {"e": json.dumps(errs, default=str), "r": run_id, "s": sha})
        conn.execute(sa.text("update staging.stg_document set stage_status = 'valid'"
                             " where run_id = :r and batch_no = :b and stage_status = 'staged'"),
                     {"r": run_id, "b": batch_no})
        if flags:
            conn.execute(sa.text(
                "insert into staging.stg_quality_flag (run_id, batch_no, document_sha256, event_seq, flag_code,"
                " detail, severity) select :r, :b, document_sha256, event_seq, flag_code, detail, severity"
                " from jsonb_to_recordset(cast(:f as jsonb)) as x(document_sha256 text, event_seq smallint,"
                " flag_code text, detail text, severity text)"),
                {"r": run_id, "b": batch_no, "f": json.dumps(flags, default=str)})
    return {"batch_no": batch_no, "expectations_evaluated": evaluated,
            "documents_failed": len(errors), "warnings": len(flags)}
