"""Bytes to clean text: formats, encodings, Unicode clean-up, language parts.

``read_document`` is the only entry point the rest of the product uses.  All
evidence spans downstream are offsets into ``Document.text``.
"""

from etl.documents.model import Document, LanguagePart, UnreadableDocument
from etl.documents.reader import read_document, read_bytes

__all__ = ["Document", "LanguagePart", "UnreadableDocument", "read_document", "read_bytes"]
