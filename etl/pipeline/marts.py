"""The marts refresh as a task function (the marts themselves: ``etl.reporting.marts``)."""

from __future__ import annotations

from typing import Any

from etl.warehouse.engine import get_engine


def refresh_donor_marts() -> dict[str, Any]:
    from etl.reporting.marts import refresh_marts

    return dict(refresh_marts(get_engine()))
