"""Counts of what the warehouse holds, for ``python -m etl status``."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

_COUNTS = {
    "documents_loaded": "select count(*) from raw.document where status = 'loaded'",
    "documents_quarantined": "select count(*) from raw.document where status = 'quarantined'",
    "documents_retired": "select count(*) from raw.document where status = 'retired'",
    "files_quarantined_open": "select count(distinct (inbox, rel_path)) from ops.quarantine where resolved_at is null",
    "events": "select count(*) from core.fct_event where is_current",
    "indicator_values": "select count(*) from core.fct_indicator_value where is_current",
    "places": "select count(distinct p.place_key) from core.bridge_event_place p"
              " join core.fct_event e using (event_key) where e.is_current",
    "organizations": "select count(distinct o.organization_key) from core.bridge_event_organization o"
                     " join core.fct_event e using (event_key) where e.is_current",
    "projects": "select count(distinct p.project_key) from core.bridge_event_project p"
                " join core.fct_event e using (event_key) where e.is_current",
    "open_quality_issues": "select count(*) from ops.data_quality_issue where is_open",
}


def warehouse_status(engine: sa.Engine) -> dict[str, Any]:
    with engine.connect() as conn:
        counts: dict[str, Any] = {name: int(conn.execute(sa.text(sql)).scalar_one())
                                  for name, sql in _COUNTS.items()}
        last_run = conn.execute(sa.text(
            "select run_id, dag_id, status, started_at, finished_at from ops.run_log order by started_at desc limit 1"
        )).mappings().first()
    counts["last_run"] = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in last_run.items()} if last_run else None
    return counts
