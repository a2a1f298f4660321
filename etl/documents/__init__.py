"""Bytes to clean text: formats, encodings, Unicode clean-up, language parts.

``read_document`` is the only entry point the rest of the product uses.  All
evidence spans downstream are offsets into ``Document.text``.
"""

from etl.documents.language import detect_language, document_languages
from etl.documents.model import Document, LanguagePart, UnreadableDocument
from etl.documents.reader import read_bytes, read_document

__all__ = [
    "Document",
    "LanguagePart",
    "UnreadableDocument",
    "detect_language",
    "document_languages",
    "read_bytes",
    "read_document",
]
