"""The load records its batch's documents for the marts refresh once (migration 082), and its per-batch
look-ups by document hash use the hash indexes (retirement, quality issues).

What the marts then show is compared with a full rebuild in test_marts_incremental.py; here: how the
change log is written, that the loader's exemption from the triggers ends with its statements, and the
plans of the statements that bind document hashes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from etl.bench.corpus import generate_doc
from etl.pipeline.inline import ingest_inline
from etl.warehouse import merge_sql
from etl.warehouse.engine import get_engine
from etl.warehouse.retire import _ORPHANS, _RETIRE

SEED = 11


@pytest.fixture
def inbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ETL_WORKERS", "1")
    box = tmp_path / "inbox"
    for index in range(12):
        g = generate_doc(SEED, index)
        path = box / g.rel_path.removeprefix("docs/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(g.data)
    return box


def _noted(engine: sa.Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {sha.strip(): n for sha, n in conn.execute(sa.text(
            "select document_sha256, count(*) from ops.mart_change where document_sha256 is not null group by 1"))}


def test_a_loaded_batch_notes_each_document_once(engine, inbox):
    run = ingest_inline([str(inbox)])
    assert run["status"] == "success" and run["documents_loaded"] == 12
    with engine.connect() as conn:
        loaded = {s.strip() for s in conn.execute(sa.text("select document_sha256 from core.dim_document")).scalars()}
    noted = _noted(engine)
    assert set(noted) == loaded
    # one row when discovery registers the content (raw.document), one from the loader: before 082 every
    # merge statement's trigger wrote each document again (ten rows and more per document)
    assert max(noted.values()) == 2


def test_the_exemption_ends_with_the_merge_statements(engine, inbox):
    ingest_inline([str(inbox)])
    with engine.begin() as conn:
        conn.execute(sa.text("delete from ops.mart_change"))
    # every pooled connection the loader used is back to recording
    pool = get_engine()
    conns = [pool.connect() for _ in range(3)]
    try:
        for conn in conns:
            assert conn.execute(sa.text("select ops.mart_change_noted()")).scalar_one() is False
    finally:
        for conn in conns:
            conn.close()
    with pool.begin() as conn:  # a hand-made fix right after a load is recorded by the triggers
        conn.execute(sa.text("""delete from core.bridge_event_place
            where (event_key, place_key) = (select event_key, place_key from core.bridge_event_place
                                            order by event_key, place_key limit 1)"""))
    assert len(_noted(engine)) == 1


def test_the_exemption_is_the_loaders_transaction_only(engine):
    with engine.connect() as conn:
        with conn.begin():
            conn.execute(sa.text(merge_sql.NOTE_CHANGED_DOCUMENTS[1]))
            assert conn.execute(sa.text("select ops.mart_change_noted()")).scalar_one() is True
        assert conn.execute(sa.text("select ops.mart_change_noted()")).scalar_one() is False


def _plan(conn: sa.Connection, statement: str, params: dict[str, object]) -> str:
    return "\n".join(conn.execute(sa.text("explain " + statement), params).scalars())


def test_document_hash_look_ups_use_the_indexes(engine):
    shas = ["a" * 64, "b" * 64]
    with engine.connect() as conn:
        # with sequential scans priced out, a statement that cannot use an index still shows one
        conn.execute(sa.text("set enable_seqscan = off"))
        for statement in [_ORPHANS.text, *_RETIRE]:
            plan = _plan(conn, statement, {"shas": shas, "reason": "test"})
            assert "Seq Scan" not in plan, plan
        plan = _plan(conn, merge_sql.REPLACE_QUALITY_ISSUES[0], {"run": "r", "batch": 0})
        assert "Seq Scan on data_quality_issue" not in plan, plan
