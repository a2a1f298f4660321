"""The stage pool's workers fork from a server that has built the extractor already."""

from __future__ import annotations

import subprocess
import sys

_SCRIPT = """
import os, sys


def state(_):
    preload = sys.modules.get("etl.pipeline.stage_preload")
    pool_module = sys.modules.get("etl.pipeline.stage_pool")
    # the extractor's lazily built tables came with the fork too (its warm-up ran in the server)
    warmed = bool(pool_module and pool_module._warmed_in == os.getppid())
    return os.getpid(), os.getppid(), bool(preload and preload.PRELOADED), "etl.extract" in sys.modules and warmed


if __name__ == "__main__":
    from etl.pipeline import stage_pool

    pool = stage_pool._pool(2)
    seen = {}
    while len(seen) < 2:
        for pid, parent, preloaded, extractor in pool.map(state, range(8)):
            seen[pid] = (parent, preloaded, extractor)
    assert "etl.extract" not in sys.modules  # this process never built it: the workers got it from their parent
    assert all(parent != os.getpid() for parent, _, _ in seen.values()), seen  # forked by the fork server
    assert all(preloaded and extractor for _, preloaded, extractor in seen.values()), seen
    stage_pool.shutdown()
    print("ok")
"""


def test_workers_start_from_the_preloaded_fork_server(tmp_path):
    script = tmp_path / "pool_script.py"
    script.write_text(_SCRIPT)
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().endswith("ok")
