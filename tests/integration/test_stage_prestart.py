"""``stage_pool.prestart``: the pool starts before discovery only when its size is set."""

from __future__ import annotations

from etl.pipeline import stage_pool


def test_prestart_needs_etl_workers_and_starts_the_pool_once(monkeypatch):
    monkeypatch.delenv("ETL_WORKERS", raising=False)
    assert stage_pool.prestart() is False
    monkeypatch.setenv("ETL_WORKERS", "1")
    assert stage_pool.prestart() is False
    monkeypatch.setenv("ETL_WORKERS", "2")
    had_pool = 2 in stage_pool._pools
    assert stage_pool.prestart() is (not had_pool)
    assert 2 in stage_pool._pools
    if not had_pool:  # the processes start in a thread of their own: the caller goes on to discover
        starter = stage_pool._starter
        assert starter is not None and starter.name == "stage-pool-start"
        starter.join(600)
        assert len(stage_pool._pools[2]._processes) == 2
    assert stage_pool.prestart() is False  # already running
    assert stage_pool.map_chunks(abs, [-1, -2], 2) == [1, 2]
