"""Retire document versions no present inbox path holds any more: facts kept, marked not current."""

from __future__ import annotations

import sqlalchemy as sa

# the hash list is cast to the columns' type: psycopg sends it untyped and the server infers char(64)[]
# today, but a text[] parameter (another driver, a typed bind) would cast every row's key to text and
# scan the facts instead of using the hash indexes (tests/integration/test_marts_change_log.py)
_ORPHANS = sa.text("""
    select d.document_sha256 from raw.document d
    where d.document_sha256 = any(cast(:shas as char(64)[])) and d.status <> 'retired'
      and not exists (select 1 from raw.source_file f
                      where f.document_sha256 = d.document_sha256 and f.status = 'present')
    order by 1
    for update of d
""")
_RETIRE = [
    """update core.fct_indicator_value v set is_current = false
       from core.fct_event e join core.dim_document d using (document_key)
       where v.event_key = e.event_key and d.document_sha256 = any(cast(:shas as char(64)[])) and v.is_current""",
    """update core.fct_event e set is_current = false from core.dim_document d
       where e.document_key = d.document_key and d.document_sha256 = any(cast(:shas as char(64)[])) and e.is_current""",
    """update core.dim_document set is_current = false, retired_at = now()
       where document_sha256 = any(cast(:shas as char(64)[])) and is_current""",
    """update ops.data_quality_issue set is_open = false where document_sha256 = any(cast(:shas as char(64)[])) and is_open""",
    """update ops.quarantine set resolved_at = now(), resolution = 'superseded'
       where document_sha256 = any(cast(:shas as char(64)[])) and resolved_at is null""",
    """update raw.document set status = 'retired', status_reason = :reason, updated_at = now()
       where document_sha256 = any(cast(:shas as char(64)[]))""",
]


def retire_orphaned_documents(conn: sa.Connection, shas: list[str], *, reason: str) -> int:
    """Retire those of ``shas`` that no present file holds; returns fact rows marked not current."""
    shas = sorted({s for s in shas if s})
    if not shas:
        return 0
    orphans = list(conn.execute(_ORPHANS, {"shas": shas}).scalars())
    if not orphans:
        return 0
    retired = 0
    for i, statement in enumerate(_RETIRE):
        result = conn.execute(sa.text(statement), {"shas": orphans, "reason": reason})
        if i < 2:
            retired += result.rowcount
    return retired
