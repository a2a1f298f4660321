"""What is in quarantine, and retrying it: re-read the source now and load it if it passes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from etl.config import Settings
from etl.pipeline.batch import process_inline
from etl.pipeline.runs import finalize_run, make_batches, start_run
from etl.sources.manifest import register_paths
from etl.warehouse.engine import get_engine


def list_quarantine(include_resolved: bool = False) -> list[dict[str, Any]]:
    with get_engine().connect() as conn:
        rows = conn.execute(sa.text("""
            select quarantine_id, inbox, rel_path, document_sha256, reason_code, reason, failed_check, evidence,
                   run_id, quarantined_at, resolved_at, resolution
            from ops.quarantine where (:all or resolved_at is null)
            order by quarantined_at, quarantine_id"""), {"all": include_resolved}).mappings().all()
    return [{k: (v.isoformat() if hasattr(v, "isoformat") else (v.strip() if k == "document_sha256" and v else v))
             for k, v in r.items()} for r in rows]


def retry_quarantined(ids: list[int] | None = None) -> dict[str, Any]:
    """Retry open quarantined files (all, or those of the given quarantine ids)."""
    engine = get_engine()
    with engine.connect() as conn:
        paths = [(r.inbox, r.rel_path) for r in conn.execute(sa.text("""
            select distinct inbox, rel_path from ops.quarantine
            where resolved_at is null and inbox is not null and (cast(:ids as bigint[]) is null
                  or quarantine_id = any(cast(:ids as bigint[])))
            order by 1, 2"""), {"ids": ids})]
    run_id = f"quarantine_retry:{datetime.now(UTC).isoformat()}"
    start_run(run_id, "quarantine_retry")
    items = register_paths(engine, paths, max_bytes=Settings.from_env().limits.max_file_bytes)
    for batch in make_batches(run_id, items, Settings.from_env().batch_size, forced=True):
        process_inline(batch)
    with engine.begin() as conn:  # unreadable-before files have no sha on their quarantine rows
        conn.execute(sa.text("""
            update ops.quarantine q set resolved_at = now(), resolution = 'retried_loaded'
            from staging.stg_document s
            where s.run_id = :run and s.stage_status in ('loaded', 'skipped') and q.resolved_at is null
              and q.inbox = s.inbox and q.rel_path = s.rel_path"""), {"run": run_id})
    summary = finalize_run(run_id)
    summary["paths_retried"] = len(paths)
    return summary
