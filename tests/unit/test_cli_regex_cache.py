"""``python -m etl extract`` takes the extractor's compiled patterns from the disk cache (``etl.extract_warmup``):
a second process reads the file without writing it again and prints the same records as the first, which
compiled every pattern afresh."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from etl.evaluate import PROJECT_ROOT

pytestmark = pytest.mark.unit

SAMPLES = sorted(str(p) for p in (PROJECT_ROOT / "samples" / "reports").iterdir() if p.is_file())[:2]


def _extract(cache: Path) -> str:
    env = {**os.environ, "ETL_REGEX_CACHE": str(cache)}
    done = subprocess.run([sys.executable, "-m", "etl", "extract", *SAMPLES, "--format", "jsonl"], env=env,
                          cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300, check=True)
    return done.stdout


def test_second_cli_process_reads_the_cache_and_prints_the_same(tmp_path: Path) -> None:
    cache = tmp_path / "regex.bin"
    cold = _extract(cache)
    assert cache.stat().st_size > 1_000_000  # the warm-up's patterns were stored
    stored = cache.stat().st_mtime_ns
    warm = _extract(cache)
    assert cache.stat().st_mtime_ns == stored  # every pattern of the warm-up found: nothing to write back
    assert warm == cold and warm.count("\n") == len(SAMPLES)


def test_warm_from_cache_counts_hits(tmp_path: Path) -> None:
    code = "from etl.extract_warmup import warm_from_cache; c = warm_from_cache(); print(c['hits'], c['misses'])"
    env = {**os.environ, "ETL_REGEX_CACHE": str(tmp_path / "regex.bin")}
    runs = [subprocess.run([sys.executable, "-c", code], env=env, cwd=PROJECT_ROOT, capture_output=True, text=True,
                           timeout=300, check=True).stdout.split() for _ in range(2)]
    (hits_cold, misses_cold), (hits_warm, misses_warm) = ([int(x) for x in r] for r in runs)
    assert misses_cold > 1000 and hits_cold == 0
    assert misses_warm == 0 and hits_warm == misses_cold
