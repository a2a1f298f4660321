"""The marts refresh as a task function (the marts themselves: ``etl.reporting.marts``)."""

from __future__ import annotations

from typing import Any

from etl.warehouse.engine import get_engine


def refresh_donor_marts(full: bool = False) -> dict[str, Any]:
    """Refresh the marts in place for the documents changed since the last refresh (a full rebuild
    when that is needed or ``full``); returns the rows per mart."""
    from etl.reporting.marts import refresh_marts

    return dict(refresh_marts(get_engine(), full=full))
