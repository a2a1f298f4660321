"""The extractor's version (``etl.extract.EXTRACTOR_VERSION``) without importing the extractor.

A run's first step records the version in ``ops.run_log``, and ``outdated_documents`` compares loaded
documents with it; importing ``etl.extract`` for that compiled its module-level patterns (about 1.5
CPU s) in a process that extracts nothing: the bench's, ``etl run``'s, Airflow's start and discover
tasks (the stage pool's fork server imports it for the workers anyway).  The constant is read from the
assignment in the extractor's source; where that source is not there or reads otherwise, the
extractor is imported as before.
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

_ASSIGNMENT = re.compile(r'^EXTRACTOR_VERSION\s*=\s*"([^"\\\n]+)"\s*(?:#.*)?$', re.MULTILINE)


@functools.cache
def _from_source() -> str | None:
    source = Path(__file__).with_name("extract") / "pipeline.py"
    try:
        found = _ASSIGNMENT.findall(source.read_text(encoding="utf-8"))
    except OSError:
        return None
    return found[0] if len(found) == 1 else None


def extractor_version() -> str:
    loaded = sys.modules.get("etl.extract")
    if loaded is not None and hasattr(loaded, "EXTRACTOR_VERSION"):
        return str(loaded.EXTRACTOR_VERSION)
    found = _from_source()
    if found is not None:
        return found
    from etl.extract import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION
