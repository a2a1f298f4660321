"""The fork server keeps its warmed tables out of the garbage collector (``etl.pipeline.stage_preload``)."""

from __future__ import annotations

import subprocess
import sys


def test_the_preloaded_tables_are_frozen_for_the_workers_that_fork_from_them():
    code = ("import gc; n = gc.get_freeze_count(); import etl.pipeline.stage_preload as p;"
            " print(p.PRELOADED, n, gc.get_freeze_count())")
    preloaded, before, after = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                              check=True).stdout.split()
    assert preloaded == "True"
    assert int(before) == 0
    assert int(after) > 100_000  # the extractor's tables, imports and gazetteer: ~160,000 objects
