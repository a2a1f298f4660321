"""The extractor's version as a run records it, without importing the extractor (``etl.extractor_version``)."""

from __future__ import annotations

import re
import subprocess
import sys


def test_the_extractor_reports_the_version_a_run_records():
    from etl.extract import EXTRACTOR_VERSION
    from etl.extractor_version import extractor_version

    assert extractor_version() == EXTRACTOR_VERSION
    assert re.fullmatch(r"\d+\.\d+\.\d+", EXTRACTOR_VERSION)


def test_starting_a_run_does_not_import_the_extractor():
    # a fresh interpreter: what start_run's module and the version need, and nothing of etl.extract
    code = ("import sys; from etl.pipeline import runs, reprocess; from etl.extractor_version import extractor_version;"
            " v = extractor_version(); print(v, any(m == 'etl.extract' or m.startswith('etl.extract.')"
            " for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    from etl.extract import EXTRACTOR_VERSION

    assert out == [EXTRACTOR_VERSION, "False"]
