"""Stage one batch: read each file, extract, check the record, COPY the rows into staging."""

from __future__ import annotations

import hashlib
import logging
from concurrent.futures import Future
from typing import Any

import sqlalchemy as sa

from etl.config import Settings, gx_prefetch_enabled
from etl.sources.inbox import Inbox, InboxError, ReadFailure, open_inbox
from etl.sources.manifest import WorkItem
from etl.validate.records import check_record
from etl.validate.staging_checks import run_lock_key
from etl.warehouse.gazetteer import load_gazetteer
from etl.warehouse.staging import (
    STAGING_COLUMNS,
    EncodedRows,
    StagedRows,
    copy_encoded,
    encode_rows,
    flatten,
    join_encoded,
)

log = logging.getLogger(__name__)


def _base(run_id: str, batch_no: int, item: WorkItem, forced: bool) -> dict[str, Any]:
    return {"run_id": run_id, "batch_no": batch_no, "document_sha256": item.sha256, "inbox": item.inbox,
            "rel_path": item.rel_path, "other_paths": item.other_paths, "previous_sha256": item.previous_sha256,
            "size_bytes": item.size_bytes, "is_forced": forced, "check_errors": [], "stage_status": "staged",
            "languages": []}  # not null in staging: an unreadable file has none


def _stage_one(rows: StagedRows, base: dict[str, Any], item: WorkItem, inbox: Inbox, settings: Settings,
               known_soate: frozenset[str], mtime: str | None = None) -> None:
    from etl.documents import UnreadableDocument, read_bytes
    from etl.documents.deadline import ParseTimeout, time_limit
    from etl.extract import EXTRACTOR_VERSION, extract

    try:
        data = inbox.read_bytes(item.rel_path, settings.limits.max_file_bytes)
        if hashlib.sha256(data).hexdigest() != item.sha256:
            raise ReadFailure("changed_during_read", "The file changed after it was discovered; "
                              "the next run picks up the new content.")
        doc = read_bytes(data, inbox.display_path(item.rel_path), settings.limits)  # not re-read per file
        if mtime:  # the file's date lets the extractor infer a year the text leaves out, as for a local path
            doc.metadata.setdefault("mtime", mtime)
    except (ReadFailure, UnreadableDocument) as exc:
        rows.add_document(base, read_error_code=exc.code, read_error=exc.reason, stage_status="unreadable")
        return
    base.update(document_format=doc.format, size_bytes=doc.size_bytes, extractor_version=EXTRACTOR_VERSION)
    limit_s = settings.limits.parse_timeout_s
    try:
        # the same processor-time bound as reading: a text no size limit catches (every line a list
        # of names) must not hold a worker for minutes
        with time_limit(limit_s):
            record = extract(doc).to_dict()
    except ParseTimeout:
        rows.add_document(base, read_error_code="timeout", stage_status="unreadable", read_error=(
            f"Extracting the facts of this file took longer than {limit_s} s of processor time "
            "(ETL_PARSE_TIMEOUT_S); such text is usually machine-generated. Split the file or raise the limit."))
        return
    except Exception as exc:  # an extractor bug on one file must not stop the others
        log.exception("extraction failed for %s", doc.path)
        rows.add_document(base, stage_status="invalid", check_errors=[{
            "check": "extractor", "reason": f"the extractor failed: {type(exc).__name__}: {exc}",
            "severity": "error", "evidence": None, "event_seq": None}])
        return
    record.setdefault("extractor_version", EXTRACTOR_VERSION)
    findings = check_record(record, doc.text, known_soate)
    errors = [f.to_dict() for f in findings if f.severity == "error"]
    base.update(document_title=record.get("title"), languages=record.get("languages") or [],
                published_date=record.get("published_date"), extraction=record, check_errors=errors,
                stage_status="invalid" if errors else "staged")
    rows.add_document(base)
    if not any(e["check"] == "contract_schema" for e in errors):
        flatten(rows, base, record, doc.text, known_soate)
    for f in findings:
        if f.severity != "error":
            rows.add("stg_quality_flag", run_id=base["run_id"], batch_no=base["batch_no"],
                     document_sha256=item.sha256, event_seq=f.event_seq, flag_code=f.check, detail=f.reason,
                     severity="warning")


def _stage_items(run_id: str, batch_no: int, items: list[dict[str, Any]], forced: bool,
                 settings: Settings, mtimes: dict[tuple[str, str], str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """Read, extract and check ``items`` in this process; the staging rows they give, in item order."""
    known_soate = load_gazetteer().codes
    rows = StagedRows()
    inboxes: dict[str, Inbox | InboxError] = {}
    for raw_item in items:
        item = WorkItem.from_dict(raw_item)
        base = _base(run_id, batch_no, item, forced)
        if item.read_error_code or item.sha256 is None:
            rows.add_document(base, read_error_code=item.read_error_code or "unreadable",
                     read_error=item.read_error or "The file could not be read.", stage_status="unreadable")
            continue
        if item.inbox not in inboxes:
            try:
                inboxes[item.inbox] = open_inbox(item.inbox)
            except InboxError as exc:
                inboxes[item.inbox] = exc
        inbox = inboxes[item.inbox]
        if isinstance(inbox, InboxError):
            rows.add_document(base, read_error_code="inbox_unavailable", read_error=str(inbox),
                     stage_status="unreadable")
            continue
        _stage_one(rows, base, item, inbox, settings, known_soate, (mtimes or {}).get(_file_key(item)))
    return rows.tables


def _file_key(item: WorkItem) -> tuple[str, str]:
    return (item.inbox, item.rel_path)


def _manifest_mtimes(engine: sa.Engine, items: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """ISO mtimes of the batch's files as the manifest recorded them (the same on a reprocess)."""
    with engine.connect() as conn:
        found = conn.execute(sa.text(
            "select f.inbox, f.rel_path, f.mtime from raw.source_file f"
            " join unnest(cast(:inboxes as text[]), cast(:paths as text[])) as k(inbox, rel_path)"
            " on f.inbox = k.inbox and f.rel_path = k.rel_path where f.mtime is not null"),
            {"inboxes": [i["inbox"] for i in items], "paths": [i["rel_path"] for i in items]})
        return {(r.inbox, r.rel_path): r.mtime.isoformat() for r in found}


def _stage_chunk(args: tuple[str, int, list[dict[str, Any]], bool, Settings, dict[tuple[str, str], str]],
                 ) -> EncodedRows:
    return encode_rows(_stage_items(*args))


def _submit(engine: sa.Engine, run_id: str, batch_no: int, items: list[dict[str, Any]], forced: bool,
            settings: Settings, workers: int) -> tuple[Any, list[Future[EncodedRows]]]:
    """The batch's chunks, submitted to the pool; with the key a read-ahead result must match."""
    from etl.pipeline.stage_pool import submit_chunks

    mtimes = _manifest_mtimes(engine, items)
    size = -(-len(items) // (workers * 4))  # contiguous chunks, several per worker to even out big files
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    futures = submit_chunks(_stage_chunk, [(run_id, batch_no, c, forced, settings, mtimes) for c in chunks], workers)
    return (items, forced, settings), futures


def stage_batch(engine: sa.Engine, run_id: str, batch_no: int, items: list[dict[str, Any]],
                *, forced: bool = False, settings: Settings | None = None) -> dict[str, int]:
    """Stage a batch (idempotent for task retries: the batch's earlier rows are replaced).

    A batch of at least ``ETL_PARALLEL_MIN_DOCS`` files is read and extracted by ``ETL_WORKERS`` processes
    (see ``etl.pipeline.stage_pool``, which also reads the run's next batch ahead); the workers hand back
    the rows in COPY's format, and staging is the same as from one process.  While they work, this
    process imports Great Expectations in the background for the validate step that follows in the
    same process (``ETL_GX_PREFETCH=0`` turns that off, e.g. where every Airflow task is a process of
    its own and validates elsewhere).
    """
    from etl.pipeline import stage_pool

    settings = settings or Settings.from_env()
    workers = stage_pool.workers_for(len(items))
    if workers > 1:
        if gx_prefetch_enabled():
            # this process only waits on its workers now, and validates next (dag.test, etl run, the bench)
            from etl.validate.gx_runtime import prefetch_staging_runtime

            prefetch_staging_runtime()
        futures = stage_pool.take_read_ahead(run_id, batch_no, (items, forced, settings))
        if futures is None:
            futures = _submit(engine, run_id, batch_no, items, forced, settings, workers)[1]
        stage_pool.read_ahead(run_id, lambda b: _submit(engine, run_id, b["batch_no"], b["items"], b["forced"],
                                                        settings, workers))
        # in order: the rows come out exactly as one process would have staged them
        rows = join_encoded(stage_pool.results(futures, workers))
    else:
        rows = encode_rows(_stage_items(run_id, batch_no, items, forced, settings, _manifest_mtimes(engine, items)))
    with engine.begin() as conn:
        # the shared side of the run's check lock: a check pass never sees this batch half written
        conn.execute(sa.text("select pg_advisory_xact_lock_shared(:k)"), {"k": run_lock_key(run_id)})
        for table in STAGING_COLUMNS:
            conn.execute(sa.text(f"delete from staging.{table} where run_id = :r and batch_no = :b"),  # noqa: S608
                         {"r": run_id, "b": batch_no})
        counts = copy_encoded(conn, rows)
    statuses = rows.statuses
    return {"batch_no": batch_no, "documents": len(statuses), "unreadable": statuses.count("unreadable"),
            "invalid": statuses.count("invalid"), "events": counts["stg_event"],
            "indicator_values": counts["stg_indicator_value"]}
