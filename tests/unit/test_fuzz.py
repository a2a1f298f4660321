"""The fuzz harness (``make fuzz``) finds what it must: crashes, hangs and broken evidence."""

from __future__ import annotations

import time

import pytest

import etl.extract
from etl import fuzz


def test_harness_runs_clean_on_the_seeds(tmp_path):
    assert fuzz.fuzz_mutate(3, timeout=20, corpus=None, artifacts=tmp_path) == 0
    assert not list(tmp_path.iterdir())


def test_harness_reports_a_crash_with_its_input(tmp_path, monkeypatch, capsys):
    def broken(doc):
        raise ZeroDivisionError("planted")

    monkeypatch.setattr(etl.extract, "extract", broken)
    assert fuzz.fuzz_mutate(10, timeout=20, corpus=None, artifacts=tmp_path) == 1
    [saved] = list(tmp_path.iterdir())
    assert saved.name.startswith("crash-") and saved.read_bytes()
    assert "ZeroDivisionError: planted" in capsys.readouterr().err


def test_harness_reports_a_hang(tmp_path, monkeypatch):
    monkeypatch.setattr(etl.extract, "extract", lambda doc: time.sleep(30))
    started = time.monotonic()
    assert fuzz.fuzz_mutate(20, timeout=1, corpus=None, artifacts=tmp_path) == 1
    assert time.monotonic() - started < 10
    assert [p.name.split("-")[0] for p in tmp_path.iterdir()] == ["hang"]


def test_invariants_catch_wrong_evidence_and_dates():
    record = {"events": [{"indicators": [{"span": [0, 3], "evidence": "abd", "value": 1}]}]}
    with pytest.raises(fuzz.InvariantBroken):
        fuzz._span_ok("abc", [0, 3], "abd", "x")
    with pytest.raises(fuzz.InvariantBroken):
        fuzz._span_ok("abc", [2, 9], None, "x")
    with pytest.raises(fuzz.InvariantBroken):
        fuzz.check_extraction("abc", record)  # not even schema-valid
