"""The extractor's version as a run records it, without importing the extractor (``etl.extractor_version``)."""

from __future__ import annotations

import subprocess
import sys

from etl import extractor_version as ev


def test_the_version_read_from_the_source_is_the_extractors():
    from etl.extract import EXTRACTOR_VERSION

    ev._from_source.cache_clear()
    assert ev._from_source() == EXTRACTOR_VERSION
    assert ev.extractor_version() == EXTRACTOR_VERSION


def test_starting_a_run_does_not_import_the_extractor():
    # a fresh interpreter: what start_run's module and the version need, and nothing of etl.extract
    code = ("import sys; from etl.pipeline import runs, reprocess; from etl.extractor_version import extractor_version;"
            " v = extractor_version(); print(v, any(m == 'etl.extract' or m.startswith('etl.extract.')"
            " for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    from etl.extract import EXTRACTOR_VERSION

    assert out == [EXTRACTOR_VERSION, "False"]


def test_a_source_that_reads_otherwise_falls_back_to_the_import(monkeypatch, tmp_path):
    (tmp_path / "extract").mkdir()
    (tmp_path / "extract" / "pipeline.py").write_text("EXTRACTOR_VERSION = make_version()\n", encoding="utf-8")
    monkeypatch.setattr(ev, "__file__", str(tmp_path / "extractor_version.py"))
    ev._from_source.cache_clear()
    try:
        assert ev._from_source() is None
        from etl.extract import EXTRACTOR_VERSION

        assert ev.extractor_version() == EXTRACTOR_VERSION
    finally:
        ev._from_source.cache_clear()
