"""A tiny ``python -m etl.bench`` run end to end on a real PostgreSQL: it completes and reports every stage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


def test_bench_harness_runs_every_stage_on_a_tiny_corpus(warehouse_url: str, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from etl.bench.run import main

    assert main(["--n", "12", "--seed", "5", "--workers", "1", "--dir", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    assert "extraction correctness" in printed

    lines = [json.loads(x) for x in (tmp_path / "results-12.jsonl").read_text().splitlines()]
    stages = {x["stage"]: x for x in lines if x["stage"] not in ("correctness", "context")}
    for name in ("parse", "extract", "discover", "stage+validate+load", "stage", "validate", "load", "load tail",
                 "marts", "end_to_end",
                 "noop_rerun:end_to_end", "incremental:end_to_end", "reprocess:end_to_end"):
        assert name in stages, name
    for name in ("parse", "extract", "end_to_end"):
        assert stages[name]["status"] == "ok" and stages[name]["docs"] == 12
        assert stages[name]["seconds"] > 0 and stages[name]["peak_rss_mb"] > 0
    # CPU seconds of this process tree plus the warehouse server: the load-independent cost
    # (stage, validate and load overlap: their CPU is measured together)
    overlapped = stages["stage+validate+load"]
    assert overlapped["cpu_s"] > 0 and stages["end_to_end"]["cpu_s"] >= overlapped["cpu_s"]
    assert overlapped["seconds"] >= stages["stage"]["seconds"] and stages["validate"]["passes"] == 1
    # The first run loads every document; the no-op rerun finds nothing to do; the
    # incremental one picks up exactly the one edited and the one added file.
    assert stages["discover"]["docs"] == 12
    assert stages["noop_rerun:discover"]["docs"] == 0
    assert stages["incremental:discover"]["docs"] == 2
    assert stages["reprocess:end_to_end"]["status"] == "ok" and stages["reprocess:discover"]["docs"] == 13
    context = next(x for x in lines if x["stage"] == "context")
    assert context["run_summaries"]["full"]["documents_loaded"] == 12

    correctness = {x["field"]: x for x in lines if x["stage"] == "correctness"}
    assert correctness["languages"]["tp"] + correctness["languages"]["fn"] >= 12
    assert correctness["all"]["f1"] is not None
    # The corpus is reused on a second call with the same N and seed.
    assert json.loads((tmp_path / "corpus-n12-s5" / "corpus.json").read_text())["n"] == 12
