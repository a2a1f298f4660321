"""Select loaded documents to run through the current extractor again (``reprocess_event_reports``).

By ``event`` date (a current event of the document starts in the range) or by
``arrival`` (the file's mtime is in the range); optionally only documents that
an older extractor version produced.  Each is re-read from a present inbox path
and reloaded with ``is_forced``: its facts are replaced in one transaction, so
the result equals a fresh load with this extractor.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa

from etl.config import Settings
from etl.pipeline.runs import make_batches
from etl.sources.manifest import WorkItem
from etl.warehouse.engine import get_engine

_SELECT = sa.text("""
    with chosen as (
        select distinct r.document_sha256
        from raw.document r
        join core.dim_document d on d.document_sha256 = r.document_sha256
        where r.status = 'loaded'
          and (cast(:version as text) is null or d.extractor_version = cast(:version as text))
          and case when :by = 'event' then exists (
                  select 1 from core.fct_event e where e.document_key = d.document_key and e.is_current
                    and e.start_date between cast(:date_from as date) and cast(:date_to as date))
              else exists (
                  select 1 from raw.source_file f where f.document_sha256 = r.document_sha256 and f.status = 'present'
                    and f.mtime >= cast(:date_from as date) and f.mtime < cast(:date_to as date) + 1)
              end
    )
    select distinct on (f.document_sha256) f.inbox, f.rel_path, f.document_sha256, f.size_bytes
    from chosen c join raw.source_file f on f.document_sha256 = c.document_sha256 and f.status = 'present'
    order by f.document_sha256, f.inbox, f.rel_path
""")


def select_for_reprocess(run_id: str, date_from: str, date_to: str, by: str = "event",
                         extractor_version: str | None = None) -> list[dict[str, Any]]:
    if by not in ("event", "arrival"):
        raise ValueError("by must be 'event' or 'arrival'")
    start, end = date.fromisoformat(date_from), date.fromisoformat(date_to)
    if end < start:
        raise ValueError(f"date_to {end} is before date_from {start}")
    with get_engine().connect() as conn:
        rows = conn.execute(_SELECT, {"by": by, "date_from": start, "date_to": end,
                                      "version": extractor_version or None}).all()
    items = [WorkItem(r.inbox, r.rel_path, r.document_sha256.strip(), int(r.size_bytes or 0)) for r in rows]
    return make_batches(run_id, items, Settings.from_env().batch_size, forced=True)


def _version_key(version: str) -> tuple[int, ...] | None:
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return None


def outdated_documents(engine: sa.Engine | None = None) -> dict[str, Any]:
    """Loaded documents whose facts an older extractor produced: ``{"current", "total", "by_version"}``.

    A version that is not dotted numbers (a hand-made label) counts as older: it is not the current one.
    """
    from etl.extractor_version import extractor_version

    current_version = extractor_version()
    current = _version_key(current_version)
    with (engine or get_engine()).connect() as conn:
        rows = conn.execute(sa.text("""
            select d.extractor_version, count(distinct r.document_sha256) as docs
            from raw.document r join core.dim_document d on d.document_sha256 = r.document_sha256
            where r.status = 'loaded' group by d.extractor_version order by 1""")).all()
    by_version = {}
    for version, docs in rows:
        key = _version_key(version or "")
        if version != current_version and (key is None or current is None or key < current):
            by_version[version or "(none)"] = int(docs)
    return {"current": current_version, "total": sum(by_version.values()), "by_version": by_version}


def outdated_hint(outdated: dict[str, Any]) -> str | None:
    if not outdated["total"]:
        return None
    versions = ", ".join(f"{v}: {n}" for v, n in outdated["by_version"].items())
    return (f"{outdated['total']} loaded documents were extracted by an older extractor than the current "
            f"{outdated['current']} ({versions}); run `python -m etl reprocess` to re-extract them "
            "(`--extractor-version V` for one version)")
