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
    # Regions of ``text`` that are not the report's own content: page furniture (copyright,
    # photo credits, view counters, related-news lists) and a press release's closing
    # "About the organization" / contacts section, as (start, end, reason).  The text keeps
    # them (the analyst's view stays whole); the extractor does not read figures or places there.
    skip_spans: list[tuple[int, int, str]] = field(default_factory=list)
    # Hints for inference, all optional: "mtime" (file, ISO), "created"/"modified" (docx/odt/pdf
    # properties, ISO), "published" (HTML meta/<time>, as written), "email_date" (eml, ISO),
    # "document_title" (docx/pdf properties), "encoding", "encoding_errors" (bad bytes replaced),
    # "extension" (only when the file name lies about the format), "pages", "pages_truncated",
    # "ocr" ("kir+rus" when the text came from OCR), "html_lang".
    metadata: dict[str, Any] = field(default_factory=dict)
