"""Extraction runs in threads (concurrent loads, Airflow workers): per-process caches must not leak
one document's matches into another's, nor fail while being built."""

import importlib
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from etl.documents import read_document
from etl.extract import extract

ROOT = Path(__file__).resolve().parents[2]
REPORTS = sorted((ROOT / "samples" / "reports").glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures" / "eval" / "reports").glob("0[0-4]*.txt"))


def _extract_json(path: Path) -> str:
    return json.dumps(extract(read_document(path)).to_dict(), ensure_ascii=False, sort_keys=True)


def test_threads_give_the_single_threaded_output_even_from_a_cold_scanner():
    expected = {p: _extract_json(p) for p in REPORTS}
    scan = importlib.import_module("etl.reference.scan")
    with scan.SCANNER._lock:
        scan.SCANNER._auto = None  # cold automaton: every thread races to build it
    jobs = REPORTS * 6
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(_extract_json, jobs))
    mismatched = [p.name for p, got in zip(jobs, results, strict=True) if got != expected[p]]
    assert mismatched == []
