"""Imported by the stage pool's fork server: the extractor's imports and tables, built once for all workers.

The pool's processes fork from the fork server (``etl.pipeline.stage_pool``), so what this module
builds there every worker starts with, instead of each paying for it again (about 1.2 CPU s each: a
pool of 2 cost 2.5 CPU s to start, paid again by every Airflow task process that stages a batch).
A failure here must not take the fork server down: the workers' initializer then builds the same
things itself and reports what goes wrong, as before.
"""

from __future__ import annotations

import logging

PRELOADED = False  # True once the tables are built here (a worker that forked from it finds it so)

try:
    from etl.pipeline.stage_pool import _warm

    _warm()
    PRELOADED = True
except Exception:  # noqa: BLE001 - see the module's doc
    logging.getLogger(__name__).debug("stage pool preload failed; workers build their own", exc_info=True)
