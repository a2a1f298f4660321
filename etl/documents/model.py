from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class UnreadableDocument(Exception):
    """A file that cannot become text; ``code`` is machine-readable, the message is for analysts."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


@dataclass(slots=True)
class LanguagePart:
    """A contiguous run of the text in one language: ``text[start:end]``."""

    lang: str
    start: int
    end: int


@dataclass(slots=True)
class Document:
    path: str
    sha256: str
    format: str
    text: str
    size_bytes: int
    title: str | None = None
    parts: list[LanguagePart] = field(default_factory=list)
    # File metadata that helps inference: mtime (ISO), docx/pdf creation date, ...
    metadata: dict[str, Any] = field(default_factory=dict)
