"""The stage pool warms the extractor once, where the workers fork from (``etl.pipeline.stage_pool._warm``)."""

from __future__ import annotations

import os

from etl.documents import read_bytes
from etl.extract import extract
from etl.pipeline import stage_pool


def test_the_warm_up_texts_cover_each_language_and_give_facts():
    # the extractor builds its tables per language and per kind of fact on first use
    seen = []
    for n, text in enumerate(stage_pool.WARM_TEXTS):
        record = extract(read_bytes(text.encode("utf-8"), f"warm-up-{n}.txt")).to_dict()
        seen.append(record["languages"])
        event = record["events"][0]
        assert event["start_date"] == "2023-06-23"
        assert event["places"] and event["indicators"] and event["organizations"]
    assert seen == [["ky"], ["ru"], ["en"]]


def test_the_extractor_is_warmed_once_per_process(monkeypatch):
    calls = []
    monkeypatch.setattr(stage_pool, "_warm_extractor", lambda: calls.append(1))
    monkeypatch.setattr(stage_pool, "_warmed_in", None)
    stage_pool._warm()  # the fork server's preload
    stage_pool._warm()  # a worker's initializer, forked from it: finds it done
    assert calls == [1]
    assert stage_pool._warmed_in == os.getpid()
