"""Run the staging suites (``expectations/staging/*.json``) on staged rows before they are loaded.

Each suite checks its staging table's rows as a pandas frame, with ``COMPLETE``
results keyed by the row's natural key, so every failing row is traced to its
document.  A failed ``critical`` expectation keeps the document out
(``check_errors``; the load quarantines it with the expectation and the
offending value); a failed ``warning`` expectation becomes a quality flag.

One validation per table covers every batch of the run that is staged and not
yet checked (up to ``ETL_VALIDATE_MAX_DOCS`` documents per pass): a GX validation
costs about the same for 200 rows as for 20,000, so the first ``validate`` task
of a run that finds its siblings staged checks them all, and theirs find their
rows done and skip GX (and its import) altogether.  A per-run advisory lock
makes the passes of concurrent tasks take turns; a second one guards staging:
``stage_batch`` holds its shared side while it writes, a pass its exclusive side
only while it reads the rows and while it writes the results (by row id: a batch
staged again meanwhile is checked by the next pass), not while GX runs - so
batches go on being staged during a pass (``etl.pipeline.inline``).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from etl.validate.gx_runtime import staging_runtime, suite_files

_KEYS = ("document_sha256", "event_seq", "item_seq")
# staged columns no shipped suite reads; they are large (the whole record) and are left out of the frames
_HEAVY_COLUMNS = frozenset({"extraction", "check_errors", "other_paths", "previous_sha256"})
DEFAULT_MAX_DOCS = 20_000


def run_lock_key(run_id: str) -> int:
    """Advisory lock of a run's staging area: shared while a batch is written, exclusive while checked."""
    return int.from_bytes(hashlib.sha256(f"staging-run:{run_id}".encode()).digest()[:8], "big", signed=True)


def _max_docs() -> int:
    raw = os.environ.get("ETL_VALIDATE_MAX_DOCS")
    return max(1, int(raw)) if raw not in (None, "") else DEFAULT_MAX_DOCS


def _named(value: Any) -> set[str]:
    """Every string in an expectation's kwargs: the columns it may read."""
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*(_named(v) for v in value.values())) if value else set()
    if isinstance(value, (list, tuple)):
        return set().union(*(_named(v) for v in value)) if value else set()
    return set()


@functools.lru_cache(maxsize=32)
def _suite_columns(path_text: str, mtime_ns: int) -> tuple[frozenset[str], bool]:
    """Names a suite's expectations mention, and whether one looks at the table's column set as a whole."""
    data = json.loads(Path(path_text).read_text(encoding="utf-8"))
    expectations = data.get("expectations") or []
    names = set().union(*(_named(e.get("kwargs") or {}) for e in expectations)) if expectations else set()
    whole_table = any(str(e.get("type", "")).startswith("expect_table_column") for e in expectations)
    return frozenset(names), whole_table


_table_columns: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}  # (name, data type) in table order


def _typed_columns(conn: sa.Connection, table: str) -> tuple[tuple[str, str], ...]:
    key = (str(conn.engine.url), table)
    if key not in _table_columns:
        _table_columns[key] = tuple((r.column_name, r.data_type) for r in conn.execute(sa.text(
            "select column_name, data_type from information_schema.columns where table_schema = 'staging'"
            " and table_name = :t order by ordinal_position"), {"t": table}))
    return _table_columns[key]


def _frame_columns(conn: sa.Connection, path: Path) -> list[str]:
    names, whole_table = _suite_columns(str(path), path.stat().st_mtime_ns)
    return [c for c, _ in _typed_columns(conn, path.stem) if whole_table or c not in _HEAVY_COLUMNS or c in names]


def _frame(conn: sa.Connection, table: str, columns: list[str], run_id: str, batches: list[int],
           staged: set[str]):
    import pandas as pd

    numeric = {c for c, kind in _typed_columns(conn, table) if kind == "numeric"}
    t = sa.table(table, *(sa.column(c) for c in columns), schema="staging")
    # numeric comes back as Decimal; the server's cast to double precision gives the same float as
    # float(Decimal) (both round the decimal text correctly) without a Python call per value
    selected = [sa.cast(t.c[c], sa.Float).label(c) if c in numeric else t.c[c] for c in columns]
    query = sa.select(*selected).where(t.c.run_id == run_id, t.c.batch_no.in_(batches))
    if table == "stg_document":
        query = query.where(t.c.stage_status == "staged")
    rows = [tuple(r) for r in conn.execute(query)]
    if table != "stg_document" and "document_sha256" in columns:
        # the rows of documents whose record checks failed are not checked again (they are quarantined).
        # Kept here rather than by a join with stg_document: that join was planned from statistics taken
        # before the run (no row 'staged' yet) and, depending on them, read all of a pass's staged
        # documents once per row (4-8 s a pass in a reprocess at 10,000 documents)
        at = columns.index("document_sha256")
        rows = [r for r in rows if r[at] in staged]
    frame = pd.DataFrame.from_records(rows, columns=columns)
    if "document_sha256" in frame and not frame.empty:
        frame["document_sha256"] = frame["document_sha256"].str.strip()
    return frame


def _py(value: Any) -> Any:
    """numpy scalars (from the frame) as plain Python values for JSON."""
    return value.item() if hasattr(value, "item") else value


def _evidence(entry: dict[str, Any]) -> str:
    values = {k: v for k, v in entry.items() if k not in _KEYS}
    text = json.dumps(values, ensure_ascii=False, default=str)
    return text if len(text) <= 300 else text[:299] + "…"


def _pending(conn: sa.Connection, run_id: str, max_docs: int) -> list[int]:
    """The run's batches with rows to check, oldest first, as many as fit ``max_docs`` (at least one)."""
    chosen: list[int] = []
    docs = 0
    for batch_no, count in conn.execute(sa.text(
            "select batch_no, count(*) from staging.stg_document where run_id = :r and stage_status = 'staged'"
            " group by batch_no order by batch_no"), {"r": run_id}).all():
        if chosen and docs + count > max_docs:
            break
        chosen.append(int(batch_no))
        docs += int(count)
    return chosen


_STAGED_DOCUMENTS = sa.text("""
    select document_sha256 from staging.stg_document
    where run_id = :r and batch_no = any(:batches) and stage_status = 'staged'""")


def _frames(conn: sa.Connection, run_id: str, batches: list[int]) -> dict[str, Any]:
    staged = set(conn.execute(_STAGED_DOCUMENTS, {"r": run_id, "batches": batches}).scalars())
    return {p.stem: _frame(conn, p.stem, _frame_columns(conn, p), run_id, batches, staged)
            for p in suite_files("staging")}


def _validate(frames: dict[str, Any]) -> tuple[int, dict[str, list[dict[str, Any]]], list[dict[str, Any]]]:
    """GX over the frames: (expectations evaluated, errors per document, warning flags)."""
    suites = suite_files("staging")
    errors: dict[str, list[dict[str, Any]]] = {}
    flags: list[dict[str, Any]] = []
    evaluated = 0
    # nothing staged (all unchanged, unreadable or invalid) needs no GX at all, not even its import
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
    return evaluated, errors, flags


_BATCH_PENDING = sa.text("""
    select exists (select 1 from staging.stg_document
                   where run_id = :r and batch_no = :b and stage_status = 'staged')""")
# the rows a pass read (by id: a batch staged again meanwhile has new rows, which the next pass checks)
_STAGED_IDS = sa.text("""
    select stg_document_id from staging.stg_document
    where run_id = :r and batch_no = any(:batches) and stage_status = 'staged'""")
_MARK_INVALID = sa.text("""
    update staging.stg_document d set check_errors = d.check_errors || x.errors, stage_status = 'invalid'
    from jsonb_to_recordset(cast(:rows as jsonb)) as x(document_sha256 text, errors jsonb)
    where d.run_id = :r and d.document_sha256 = x.document_sha256 and d.stg_document_id = any(:ids)""")
_MARK_VALID = sa.text("""
    update staging.stg_document set stage_status = 'valid'
    where run_id = :r and stg_document_id = any(:ids) and stage_status = 'staged'""")
# a flag belongs to its document's batch (one pass may cover several)
_ADD_FLAGS = sa.text("""
    insert into staging.stg_quality_flag (run_id, batch_no, document_sha256, event_seq, flag_code, detail, severity)
    select :r, d.batch_no, x.document_sha256, x.event_seq, x.flag_code, x.detail, x.severity
    from jsonb_to_recordset(cast(:f as jsonb)) as x(document_sha256 text, event_seq smallint,
                                                    flag_code text, detail text, severity text)
    join staging.stg_document d on d.run_id = :r and d.document_sha256 = x.document_sha256
                                and d.stg_document_id = any(:ids)""")


def pass_lock_key(run_id: str) -> int:
    """Advisory lock held for a whole check pass: concurrent validate tasks take turns."""
    return int.from_bytes(hashlib.sha256(f"check-pass:{run_id}".encode()).digest()[:8], "big", signed=True)


def check_batch(engine: sa.Engine, run_id: str, batch_no: int) -> dict[str, Any]:
    """Check batch ``batch_no`` (and the run's other staged, unchecked batches); record failures; return counts.

    When it returns, the batch's rows are checked: by this call, or by an earlier one that took them along.
    """
    checked: list[int] = []
    evaluated_total = failed_total = warnings_total = 0
    max_docs = _max_docs()
    with engine.connect() as conn:  # taken along by an earlier pass: done, without looking at the whole run
        if not conn.execute(_BATCH_PENDING, {"r": run_id, "b": batch_no}).scalar():
            return {"batch_no": batch_no, "batches_checked": checked, "expectations_evaluated": 0,
                    "documents_failed": 0, "warnings": 0}
    lock = {"k": run_lock_key(run_id)}
    with engine.connect() as turn:  # one pass at a time per run (a transaction lock, held to the end)
        turn.execute(sa.text("select pg_advisory_xact_lock(:k)"), {"k": pass_lock_key(run_id)})
        while turn.execute(_BATCH_PENDING, {"r": run_id, "b": batch_no}).scalar():
            # the staging lock only while the rows are read and the results written: the batches
            # staged meanwhile (the inline runner stages while it checks) are not held up by GX
            with engine.begin() as conn:
                conn.execute(sa.text("select pg_advisory_xact_lock(:k)"), lock)
                batches = _pending(conn, run_id, max_docs)
                ids = list(conn.execute(_STAGED_IDS, {"r": run_id, "batches": batches}).scalars())
                frames = _frames(conn, run_id, batches)
            evaluated, errors, flags = _validate(frames)
            with engine.begin() as conn:
                conn.execute(sa.text("select pg_advisory_xact_lock(:k)"), lock)
                if errors:
                    conn.execute(_MARK_INVALID, {"r": run_id, "ids": ids, "rows": json.dumps(
                        [{"document_sha256": sha, "errors": errs} for sha, errs in errors.items()], default=str)})
                conn.execute(_MARK_VALID, {"r": run_id, "ids": ids})
                if flags:
                    conn.execute(_ADD_FLAGS, {"r": run_id, "ids": ids, "f": json.dumps(flags, default=str)})
            turn.commit()  # between passes another run's task may take its turn, as before
            turn.execute(sa.text("select pg_advisory_xact_lock(:k)"), {"k": pass_lock_key(run_id)})
            checked += batches
            evaluated_total += evaluated
            failed_total += len(errors)
            warnings_total += len(flags)
    return {"batch_no": batch_no, "batches_checked": checked, "expectations_evaluated": evaluated_total,
            "documents_failed": failed_total, "warnings": warnings_total}
