"""Run-level steps: open the run log, discover work into batches, finalize with counts."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from etl.config import Settings
from etl.sources.manifest import WorkItem, discover
from etl.warehouse.roles import loader_engine as get_engine  # the loader role when one is set
from etl.warehouse.staging import STAGING_COLUMNS

log = logging.getLogger(__name__)

TERMINAL = ("loaded", "skipped", "quarantined")
STAGING_KEEP_DAYS = 7


class RunFailed(RuntimeError):
    """Some staged documents never reached loaded / skipped / quarantined."""


def _parse(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def start_run(run_id: str, dag_id: str, interval_start: Any = None, interval_end: Any = None) -> None:
    from etl.extractor_version import extractor_version

    with get_engine().begin() as conn:
        conn.execute(sa.text("""
            insert into ops.run_log (run_id, dag_id, extractor_version, interval_start, interval_end)
            values (:run, :dag, :ver, :start, :end)
            on conflict (run_id) do update set status = 'running', started_at = now(), finished_at = null"""),
            {"run": run_id, "dag": dag_id, "ver": extractor_version(), "start": _parse(interval_start),
             "end": _parse(interval_end)})


def make_batches(run_id: str, items: list[WorkItem], batch_size: int, *, forced: bool = False) -> list[dict[str, Any]]:
    size = max(1, batch_size)
    batches = [{"run_id": run_id, "batch_no": n, "forced": forced,
                "items": [i.to_dict() for i in items[start:start + size]]}
               for n, start in enumerate(range(0, len(items), size))]
    # finalize_run compares the staged batches with this plan: a batch whose stage task
    # failed leaves no staging rows, and a run whose planning failed has no plan at all
    with get_engine().begin() as conn:
        conn.execute(sa.text("update ops.run_log set details = details || cast(:d as jsonb) where run_id = :run"),
                     {"d": json.dumps({"batches_planned": len(batches)}), "run": run_id})
    from etl.pipeline.stage_pool import plan_batches

    plan_batches(run_id, batches)  # where the stage tasks run in this process, they read ahead
    return batches


def discover_work(run_id: str, inboxes: list[str] | None = None, cutoff: Any = None) -> list[dict[str, Any]]:
    """Scan the inboxes (``ETL_INBOXES`` when none given), record the counts, return the batches."""
    settings = Settings.from_env()
    urls = list(inboxes or settings.inboxes)
    result = discover(get_engine(), urls, cutoff=_parse(cutoff), max_bytes=settings.limits.max_file_bytes)
    counts = result.counts()
    with get_engine().begin() as conn:
        conn.execute(sa.text("""
            update ops.run_log set files_seen = :files_seen, files_new = :files_new, files_changed = :files_changed,
                files_unchanged = :files_unchanged, files_deleted = :files_deleted,
                rows_retired = rows_retired + :rows_retired,
                details = details || cast(:details as jsonb)
            where run_id = :run"""),
            {**{k: counts[k] for k in ("files_seen", "files_new", "files_changed", "files_unchanged",
                                       "files_deleted", "rows_retired")},
             "run": run_id, "details": json.dumps({"inboxes": urls, "cutoff": str(cutoff) if cutoff else None,
                                                   "files_not_arrived": counts["files_not_arrived"],
                                                   "files_skipped": counts["files_skipped"]})})
    for inbox, rel, why in result.files_skipped:
        log.warning("skipped %s/%s: %s", inbox, rel, why)
    return make_batches(run_id, result.work, settings.batch_size)


_STATUS_COUNTS = sa.text("""
    select stage_status, count(*) as docs, coalesce(sum(1 + jsonb_array_length(other_paths)), 0) as paths
    from staging.stg_document where run_id = :run group by stage_status""")


def finalize_run(run_id: str) -> dict[str, Any]:
    """Close the run log; raise ``RunFailed`` when a document was left half-way."""
    from etl.pipeline.stage_pool import forget_plan

    forget_plan(run_id)
    with get_engine().begin() as conn:
        by_status = {r.stage_status: (int(r.docs), int(r.paths)) for r in conn.execute(_STATUS_COUNTS, {"run": run_id})}
        unfinished = sum(d for s, (d, _) in by_status.items() if s not in TERMINAL)
        planned = conn.execute(sa.text("select (details ->> 'batches_planned')::int from ops.run_log"
                                       " where run_id = :run"), {"run": run_id}).scalar()
        staged = conn.execute(sa.text("select count(distinct batch_no) from staging.stg_document"
                                      " where run_id = :run"), {"run": run_id}).scalar_one()
        missing = "no work was planned (discovery failed)" if planned is None else (
            f"{planned - staged} of {planned} batches were never staged" if staged < planned else None)
        status = "failed" if unfinished or missing else "success"
        details = {"documents_" + s: d for s, (d, _) in by_status.items()}
        row = conn.execute(sa.text("""
            update ops.run_log set status = :status, finished_at = now(),
                files_quarantined = :quarantined,
                duration_seconds = extract(epoch from now() - started_at),
                details = details || cast(:details as jsonb)
            where run_id = :run
            returning run_id, dag_id, status, files_seen, files_new, files_changed, files_unchanged, files_deleted,
                      files_quarantined, rows_inserted, rows_updated, rows_retired, duration_seconds,
                      extractor_version"""),
            {"status": status, "quarantined": by_status.get("quarantined", (0, 0))[1],
             "details": json.dumps(details), "run": run_id}).mappings().one()
        # staging is a work area: keep a week of runs for debugging.  The expired runs are looked up
        # first so each delete is an index look-up, not a scan of every run's rows on every finalize.
        expired = list(conn.execute(sa.text(
            "select run_id from ops.run_log where finished_at < now() - make_interval(days => :days)"),
            {"days": STAGING_KEEP_DAYS}).scalars())
        for table in STAGING_COLUMNS if expired else ():
            conn.execute(sa.text(f"delete from staging.{table} where run_id = any(:runs)"),  # noqa: S608
                         {"runs": expired})
    summary = {k: (float(v) if k == "duration_seconds" and v is not None else v) for k, v in row.items()}
    summary.update(details)
    summary["warehouse_changed"] = bool(details.get("documents_loaded") or row["rows_retired"]
                                        or details.get("documents_quarantined"))
    if missing:
        raise RunFailed(f"run {run_id}: {missing}")
    if unfinished:
        raise RunFailed(f"run {run_id}: {unfinished} documents did not reach loaded/skipped/quarantined: {by_status}")
    return summary
