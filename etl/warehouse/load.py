"""Load one staged, checked batch into ``core`` in one transaction: idempotent and safe to run twice at once.

- Idempotent: a document version already loaded (same sha256, same extractor
  version, current) is skipped; nothing changes.  A reprocess (``is_forced``)
  replaces the version's facts.
- One transaction per batch: the new version's facts, the retirement of the
  content its paths held before, quarantines and quality issues commit together.
- Set-based: each table is filled by one ``insert ... select`` from staging.
- Concurrency: a transaction-level advisory lock per document sha256 (taken in
  sorted order) serialises two runs on the same document; the second then sees
  it loaded and skips it.  Unique keys (``on conflict``) cover the dimensions.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from etl.warehouse import merge_sql as m
from etl.warehouse.gazetteer import load_gazetteer
from etl.warehouse.retire import retire_orphaned_documents

log = logging.getLogger(__name__)

_MAX_ATTEMPTS = 4
_GAZETTEER_LOCK_ID = 7_151_211  # 7_151_201 is the migrator, 7_151_202 the marts refresh


def document_lock_key(sha256: str) -> int:
    return int.from_bytes(bytes.fromhex(sha256[:16]), "big", signed=True)


def sync_gazetteer(engine: sa.Engine) -> bool:
    """Upsert the gazetteer into ``core.dim_place`` when its files changed; True when it synced."""
    gazetteer = load_gazetteer()
    with engine.begin() as conn:
        conn.execute(sa.text("select pg_advisory_xact_lock(:k)"), {"k": _GAZETTEER_LOCK_ID})
        current = conn.execute(sa.text("select content_sha256 from ops.reference_version"
                                       " where reference_name = 'gazetteer'")).scalar()
        if current == gazetteer.content_sha256:
            return False
        columns = list(gazetteer.rows[0])
        conn.execute(sa.text(f"""
            insert into core.dim_place ({', '.join(columns)}, is_in_soate)
            select {', '.join(columns)}, true
            from jsonb_populate_recordset(null::core.dim_place, cast(:rows as jsonb))
            on conflict (place_id) do update set
            {', '.join(f'{c} = excluded.{c}' for c in columns if c != 'place_id')}, is_in_soate = true"""),  # noqa: S608
            {"rows": json.dumps(gazetteer.rows)})
        conn.execute(sa.text("""
            insert into ops.reference_version (reference_name, content_sha256, row_count)
            values ('gazetteer', :sha, :n) on conflict (reference_name) do update
            set content_sha256 = excluded.content_sha256, row_count = excluded.row_count, loaded_at = now()"""),
            {"sha": gazetteer.content_sha256, "n": len(gazetteer.rows)})
    return True


def _reason_code(errors: list[dict[str, Any]]) -> str:
    checks = [e.get("check", "") for e in errors]
    if any(".expect_" in c for c in checks):
        return "expectation_failed"
    if "extractor" in checks:
        return "extraction_failed"
    return "invalid_record"


def _quarantine(conn: sa.Connection, run: str, batch: int) -> list[dict[str, Any]]:
    """Quarantine the batch's unreadable and invalid documents; returns the manifest entries written."""
    bad = conn.execute(sa.text("""
        select document_sha256, inbox, rel_path, other_paths, read_error_code, read_error, check_errors,
               previous_sha256
        from staging.stg_document where run_id = :run and batch_no = :batch
          and stage_status in ('unreadable', 'invalid') order by inbox, rel_path"""),
        {"run": run, "batch": batch}).mappings().all()
    entries: list[dict[str, Any]] = []
    for doc in bad:
        sha = doc["document_sha256"].strip() if doc["document_sha256"] else None
        if doc["read_error_code"]:
            failures = [{"code": doc["read_error_code"], "reason": doc["read_error"], "check": None, "evidence": None}]
        else:
            errs = doc["check_errors"] or []
            code = _reason_code(errs)
            failures = [{"code": code, "reason": e.get("reason"), "check": e.get("check"),
                         "evidence": e.get("evidence")} for e in errs[:20]]
        paths = [[doc["inbox"], doc["rel_path"]], *doc["other_paths"]]
        for inbox, rel_path in paths:
            conn.execute(sa.text("""update ops.quarantine set resolved_at = now(), resolution = 'superseded'
                                    where resolved_at is null and inbox = :i and rel_path = :p"""),
                         {"i": inbox, "p": rel_path})
            for f in failures:
                conn.execute(sa.text("""
                    insert into ops.quarantine (document_sha256, inbox, rel_path, reason_code, reason, failed_check,
                                                evidence, run_id)
                    values (:sha, :inbox, :path, :code, :reason, :check, :evidence, :run)"""),
                    {"sha": sha, "inbox": inbox, "path": rel_path, "code": f["code"], "reason": f["reason"],
                     "check": f["check"], "evidence": f["evidence"], "run": run})
                entries.append({"run_id": run, "inbox": inbox, "rel_path": rel_path, "document_sha256": sha,
                                "reason_code": f["code"], "reason": f["reason"], "failed_check": f["check"],
                                "evidence": f["evidence"]})
        if sha:
            reason = "; ".join(sorted({f["reason"] or "" for f in failures}))[:1000]
            conn.execute(sa.text("update raw.document set status = 'quarantined', status_reason = :r,"
                                 " updated_at = now() where document_sha256 = :s"), {"r": reason, "s": sha})
            # facts an earlier extraction loaded for this content are no longer vouched for
            conn.execute(sa.text("""
                update core.fct_indicator_value v set is_current = false from core.fct_event e, core.dim_document d
                where v.event_key = e.event_key and e.document_key = d.document_key and d.document_sha256 = :s;
                """), {"s": sha})
            conn.execute(sa.text("""update core.fct_event e set is_current = false from core.dim_document d
                where e.document_key = d.document_key and d.document_sha256 = :s"""), {"s": sha})
            conn.execute(sa.text("update core.dim_document set is_current = false, retired_at = now()"
                                 " where document_sha256 = :s and is_current"), {"s": sha})
    conn.execute(sa.text("update staging.stg_document set stage_status = 'quarantined' where run_id = :run"
                         " and batch_no = :batch and stage_status in ('unreadable', 'invalid')"),
                 {"run": run, "batch": batch})
    return entries


def _load_once(conn: sa.Connection, run: str, batch: int) -> dict[str, Any]:
    p = {"run": run, "batch": batch}
    shas = sorted(s.strip() for s in conn.execute(sa.text(
        "select document_sha256 from staging.stg_document where run_id = :run and batch_no = :batch"
        " and document_sha256 is not null"), p).scalars())
    # one round trip for the whole batch; the ordinality keeps the sorted order, so two loads never deadlock
    conn.execute(sa.text("select pg_advisory_xact_lock(k) from unnest(cast(:keys as bigint[])) with ordinality"
                         " as t(k, n) order by n"), {"keys": [document_lock_key(sha) for sha in shas]})
    skipped = conn.execute(sa.text(m.MARK_ALREADY_LOADED), p).rowcount
    loading = list(conn.execute(sa.text(m.VALID_DOCS), p).scalars())
    counts: dict[str, Any] = {"documents_loaded": len(loading), "documents_skipped": skipped,
                              "rows_inserted": 0, "rows_updated": 0, "rows_retired": 0}
    if loading:
        for statement in m.NOTE_CHANGED_DOCUMENTS:
            conn.execute(sa.text(statement), p)
        for statement in (m.INSERT_PLACES, m.INSERT_ORGANIZATIONS, m.INSERT_PROJECTS):
            conn.execute(sa.text(statement), p)
        counts["rows_updated"] += conn.execute(sa.text(
            "select count(*) from core.dim_document where document_sha256 = any(cast(:s as char(64)[]))"), {"s": loading}).scalar_one()
        conn.execute(sa.text(m.UPSERT_DOCUMENTS), p)
        conn.execute(sa.text(m.DELETE_OLD_FACTS), p)
        for statement in (m.INSERT_EVENTS, m.INSERT_INDICATOR_VALUES, m.INSERT_BRIDGE_PLACES,
                          m.INSERT_BRIDGE_ORGANIZATIONS, m.INSERT_BRIDGE_PROJECTS):
            counts["rows_inserted"] += conn.execute(sa.text(statement), p).rowcount
        for statement in m.REPLACE_QUALITY_ISSUES:
            conn.execute(sa.text(statement), p)
        conn.execute(sa.text(m.MARK_RAW_LOADED), p)
        conn.execute(sa.text(m.END_NOTED))
        conn.execute(sa.text(m.RESOLVE_OLD_QUARANTINE), p)
    entries = _quarantine(conn, run, batch)
    previous = [sha for row in conn.execute(sa.text(
        "select previous_sha256 from staging.stg_document where run_id = :run and batch_no = :batch"
        " and stage_status in ('valid', 'quarantined', 'skipped')"), p).scalars() for sha in row]
    counts["rows_retired"] = retire_orphaned_documents(conn, previous, reason="replaced by a new version of the file")
    conn.execute(sa.text("""update raw.source_file f set previous_sha256 = null
        from staging.stg_document s where s.run_id = :run and s.batch_no = :batch
          and s.stage_status in ('valid', 'quarantined', 'skipped') and f.document_sha256 = s.document_sha256"""), p)
    conn.execute(sa.text("update staging.stg_document set stage_status = 'loaded' where run_id = :run"
                         " and batch_no = :batch and stage_status = 'valid'"), p)
    counts["documents_quarantined"] = len({(e["inbox"], e["rel_path"]) for e in entries})
    counts["quarantine_entries"] = entries
    return counts


def refresh_statistics(engine: sa.Engine) -> int:
    """Analyze the tables the merge reads that doubled since their last analyze (migrations 090, 091); how many.

    Before a batch, so its statements are planned with its staged rows and the facts loaded so far:
    a first load would otherwise run for a minute without statistics (until autovacuum's first
    analyze), and its figure and bridge inserts took 30 times longer meanwhile.  Statistics only
    steer plans, so a failure here is logged and the load goes on.
    """
    try:
        with engine.begin() as conn:
            return int(conn.execute(sa.text("select ops.refresh_load_statistics()")).scalar_one())
    except DBAPIError:
        log.warning("could not refresh the planner statistics before a load", exc_info=True)
        return 0


_ADD_TO_RUN_LOG = sa.text("""
    update ops.run_log set rows_inserted = rows_inserted + :ins, rows_updated = rows_updated + :upd,
                           rows_retired = rows_retired + :ret
    where run_id = :run""")


def load_batch(engine: sa.Engine, run_id: str, batch_no: int) -> dict[str, Any]:
    """Merge a validated batch; retried on deadlock / serialization failure (another run loading too).

    The batch's row counts are added to ``ops.run_log`` in the same transaction, so
    a task retry after a commit (nothing left to load) does not count twice.
    """
    sync_gazetteer(engine)
    refresh_statistics(engine)
    for attempt in range(1, _MAX_ATTEMPTS + 1):
        try:
            with engine.begin() as conn:
                counts = _load_once(conn, run_id, batch_no)
                conn.execute(_ADD_TO_RUN_LOG, {"ins": counts["rows_inserted"], "upd": counts["rows_updated"],
                                               "ret": counts["rows_retired"], "run": run_id})
                return counts
        except DBAPIError as exc:
            sqlstate = getattr(exc.orig, "sqlstate", None)
            if sqlstate not in ("40P01", "40001") or attempt == _MAX_ATTEMPTS:
                raise
            time.sleep(0.1 * attempt + int(hashlib.sha256(run_id.encode()).hexdigest()[:2], 16) / 2550)
    raise AssertionError("unreachable")
