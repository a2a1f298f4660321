"""Assemble a contract ``Report`` from a ``Document``.  v0 skeleton: shape only."""

from __future__ import annotations

from etl.contract import Event, Report, Source
from etl.documents import Document

EXTRACTOR_VERSION = "0.0.1"


def extract(doc: Document) -> Report:
    return Report(
        source=Source(path=doc.path, sha256=doc.sha256, format=doc.format, size_bytes=doc.size_bytes),
        languages=[],
        published_date=None,
        events=[Event(event_type="other")],
        title=doc.title,
        extractor_version=EXTRACTOR_VERSION,
    )
