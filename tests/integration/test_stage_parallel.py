"""A batch staged by worker processes gives exactly the staging rows of one process."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa

from etl.pipeline import stage_pool
from etl.pipeline.stage import stage_batch
from etl.sources.manifest import register_paths
from etl.warehouse.staging import STAGING_COLUMNS

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "reports"


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(3):  # 15 documents: 5 samples, each also with one different byte (other sha256)
        for src in sorted(SAMPLES.iterdir()):
            data = src.read_bytes() + (b"\n" * n)
            (inbox / f"{n}_{src.name}").write_bytes(data)
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "broken.pdf").write_bytes(b"%PDF-1.7 not really")
    (inbox / "binary.docx").write_bytes(bytes(range(256)) * 4)
    return inbox


def _staged(engine: sa.Engine, run_id: str) -> dict[str, list[str]]:
    out = {}
    with engine.connect() as conn:
        for table, columns in STAGING_COLUMNS.items():
            cols = [c for c in columns if c != "run_id"]
            rows = conn.execute(sa.text(
                f"select {', '.join(cols)} from staging.{table} where run_id = :r"),  # noqa: S608
                {"r": run_id}).mappings().all()
            out[table] = sorted(json.dumps(dict(r), default=str, sort_keys=True) for r in rows)
    return out


def test_parallel_stage_equals_single_process(engine, tmp_path, monkeypatch):
    inbox = _inbox(tmp_path)
    rels = sorted(p.name for p in inbox.iterdir())
    items = [i.to_dict() for i in register_paths(engine, [(str(inbox), r) for r in rels], max_bytes=10**7)]
    assert len(items) == 18

    monkeypatch.setenv("ETL_WORKERS", "1")
    single = stage_batch(engine, "single", 0, items)
    monkeypatch.setenv("ETL_WORKERS", "2")
    monkeypatch.setenv("ETL_PARALLEL_MIN_DOCS", "4")
    assert stage_pool.workers_for(len(items)) == 2
    parallel = stage_batch(engine, "parallel", 0, items)
    assert 2 in stage_pool._pools  # the worker processes really ran it

    assert single == parallel
    assert single["documents"] == 18 and single["unreadable"] >= 2 and single["events"] >= 15
    a, b = _staged(engine, "single"), _staged(engine, "parallel")
    assert a == b
    assert len(a["stg_document"]) == 18 and a["stg_indicator_value"]

    # a second batch reuses the same pool (imports and compiled tables are paid once per worker)
    pool = stage_pool._pools[2]
    stage_batch(engine, "parallel-again", 0, items[:6])
    assert stage_pool._pools[2] is pool

    # once the pool runs, a few files go to its warm workers too (the same rows, no cold extractor here)
    monkeypatch.setenv("ETL_PARALLEL_MIN_DOCS", "40")
    assert stage_pool.workers_for(1) == 2 and stage_pool.workers_for(3) == 2
    small = stage_batch(engine, "small-warm", 0, items[:3])
    assert stage_pool._pools[2] is pool
    monkeypatch.setenv("ETL_WORKERS", "1")
    assert stage_batch(engine, "small-here", 0, items[:3]) == small
    assert _staged(engine, "small-warm") == _staged(engine, "small-here")


def test_small_batches_stay_in_process(monkeypatch):
    monkeypatch.setenv("ETL_WORKERS", "4")
    monkeypatch.delenv("ETL_PARALLEL_MIN_DOCS", raising=False)
    assert 4 not in stage_pool._pools  # no warm pool of that size: starting one is not worth 10 files
    assert stage_pool.workers_for(10) == 1
    assert stage_pool.workers_for(200) == 4
    monkeypatch.setenv("ETL_WORKERS", "1")
    assert stage_pool.workers_for(200) == 1



def test_extraction_over_the_time_limit_is_quarantined_with_a_reason(engine, tmp_path, monkeypatch):
    """Extraction runs under the parse limit too: a text of nothing but names (no size limit catches
    it; 300 KB of it took over 5 minutes) ends as 'timeout', and the good file beside it stages."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "names.txt").write_text("Представители ПРООН, ЮНИСЕФ, ЮСАИД и GIZ из Бишкека, Оша, Нарына и Таласа, "
                                     * 3000, encoding="utf-8")
    sample = sorted(SAMPLES.iterdir())[0]
    (inbox / sample.name).write_bytes(sample.read_bytes())
    items = [i.to_dict() for i in register_paths(engine, [(str(inbox), r) for r in ("names.txt", sample.name)],
                                                 max_bytes=10**7)]
    from etl.documents import read_bytes
    from etl.extract import extract

    extract(read_bytes(sample.read_bytes(), sample.name))  # the one-off gazetteer build is not the file's cost
    monkeypatch.setenv("ETL_WORKERS", "1")
    monkeypatch.setenv("ETL_PARSE_TIMEOUT_S", "1")
    summary = stage_batch(engine, "limit", 0, items)
    assert summary["documents"] == 2 and summary["unreadable"] == 1
    with engine.connect() as conn:
        rows = dict(conn.execute(sa.text(
            "select rel_path, read_error_code from staging.stg_document where run_id = 'limit'")).all())
    codes = {Path(p).name: code for p, code in rows.items()}
    assert codes == {"names.txt": "timeout", sample.name: None}


def test_the_next_planned_batch_is_read_ahead_and_its_rows_are_the_same(engine, tmp_path, monkeypatch):
    """While a batch is written, the workers extract the run's next planned batch; its stage uses that
    result (for the same items only) and staging is what one process gives."""
    inbox = _inbox(tmp_path)
    rels = sorted(p.name for p in inbox.iterdir())
    items = [i.to_dict() for i in register_paths(engine, [(str(inbox), r) for r in rels], max_bytes=10**7)]
    batches = [{"run_id": "ahead", "batch_no": n, "forced": False, "items": items[n * 6:(n + 1) * 6]}
               for n in range(3)]
    monkeypatch.setenv("ETL_WORKERS", "2")
    monkeypatch.setenv("ETL_PARALLEL_MIN_DOCS", "1")
    monkeypatch.setenv("ETL_GX_PREFETCH", "0")
    submitted: list[int] = []
    real_submit = stage_pool.submit_chunks

    def spy(fn, chunks, workers):
        chunks = list(chunks)
        submitted.append(chunks[0][1])  # the batch number of the chunk's arguments
        return real_submit(fn, chunks, workers)

    monkeypatch.setattr(stage_pool, "submit_chunks", spy)
    stage_pool.plan_batches("ahead", batches)
    stage_batch(engine, "ahead", 0, batches[0]["items"])
    # every planned batch up to READ_AHEAD (3) goes out at once: here the two left
    assert submitted == [0, 1, 2] and ("ahead", 1) in stage_pool._ahead and ("ahead", 2) in stage_pool._ahead
    stage_batch(engine, "ahead", 1, batches[1]["items"])  # found read ahead: not submitted again
    assert submitted == [0, 1, 2] and ("ahead", 1) not in stage_pool._ahead
    stage_batch(engine, "ahead", 2, batches[2]["items"][:3])  # other items than read ahead: staged afresh
    assert submitted == [0, 1, 2, 2] and not stage_pool._ahead

    monkeypatch.setenv("ETL_WORKERS", "1")
    for batch in batches[:2]:
        stage_batch(engine, "single", batch["batch_no"], batch["items"])
    stage_batch(engine, "single", 2, batches[2]["items"][:3])
    assert _staged(engine, "ahead") == _staged(engine, "single")
    assert len(_staged(engine, "ahead")["stg_document"]) == 15

    # finalize_run forgets the plan: nothing of a finished run stays in memory or in the pool
    stage_pool.plan_batches("done", batches)
    stage_pool.forget_plan("done")
    assert not stage_pool._plan and not stage_pool._ahead
