"""The extractor's version, in a module of its own so that reading it imports nothing of the extractor.

A run's first step records the version in ``ops.run_log``, and ``outdated_documents`` compares loaded
documents with it; importing ``etl.extract`` for that compiled its module-level patterns (about 1.5
CPU s) in a process that extracts nothing: the bench's, ``etl run``'s, Airflow's start and discover
tasks.  ``etl.extract`` re-exports the constant.
"""

from __future__ import annotations

# Bump whenever the output for the same document can change: the warehouse re-extracts older ones.
EXTRACTOR_VERSION = "0.17.0"


def extractor_version() -> str:
    return EXTRACTOR_VERSION
