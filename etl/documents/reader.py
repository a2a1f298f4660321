"""Read a file into a ``Document``.  v0: utf-8 text only; formats and encodings come next."""

from __future__ import annotations

import hashlib
from pathlib import Path

from etl.documents.model import Document, UnreadableDocument


def read_bytes(data: bytes, path: str) -> Document:
    sha = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise UnreadableDocument("empty_file", "The file is empty or contains only whitespace.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnreadableDocument("undecodable", f"The file is not valid UTF-8 text: {exc}") from exc
    fmt = Path(path).suffix.lower().lstrip(".") or "txt"
    return Document(path=path, sha256=sha, format=fmt if fmt in {"txt", "md", "html"} else "txt",
                    text=text, size_bytes=len(data))


def read_document(path: str | Path) -> Document:
    p = Path(path)
    return read_bytes(p.read_bytes(), str(p))
