"""The stage step's background GX import builds the very runtime the validate step then uses."""

from __future__ import annotations

import subprocess
import sys

_SCRIPT = """
import sys
from etl.validate import gx_runtime
assert "great_expectations" not in sys.modules
assert gx_runtime.prefetch_staging_runtime() is True
assert gx_runtime.prefetch_staging_runtime() is False  # one thread per process
runtime = gx_runtime.staging_runtime()  # waits for the thread's build instead of starting a second one
gx_runtime._prefetch.join(timeout=300)
assert not gx_runtime._prefetch.is_alive()
assert gx_runtime.staging_runtime() is runtime
assert gx_runtime._staging_runtime.cache_info().misses == 1, gx_runtime._staging_runtime.cache_info()
assert set(runtime.suites) >= {"stg_document", "stg_event", "stg_indicator_value"}
print("ok")
"""


def test_prefetch_builds_the_runtime_once_in_the_background():
    out = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().endswith("ok")
