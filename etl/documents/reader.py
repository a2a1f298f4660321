"""Read a file into a ``Document``: detect the format from content, decode, normalize, split languages.

Everything that cannot become text raises ``UnreadableDocument(code, reason)``;
the pipeline quarantines the file with that reason.  Codes: ``empty_file``,
``no_text``, ``too_large``, ``binary_content``, ``unsupported_format``,
``corrupt_file``, ``decompression_bomb``, ``encrypted_pdf``, ``scanned_pdf_no_ocr``,
``scanned_pdf_unreadable``, ``timeout``.

Text longer than ``Limits.max_text_chars`` is refused (``too_large``), not cut:
a truncated report would silently lose events, against "nothing is lost".
"""

from __future__ import annotations

import hashlib
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from etl.config import Limits
from etl.documents.boilerplate import boilerplate_spans
from etl.documents.deadline import ParseTimeout, time_limit
from etl.documents.decode import decode_text
from etl.documents.language import language_parts
from etl.documents.model import Document, UnreadableDocument
from etl.documents.normalize import normalize_text
from etl.documents.sniff import sniff_binary, sniff_text

_NON_LETTERS = re.compile(r"[\W\d_]+")  # runs of what is not a letter: few in prose, so cheap to cut out
_TITLE_MAX = 200


def read_bytes(data: bytes, path: str, limits: Limits | None = None) -> Document:
    limits = limits or Limits.from_env()
    if len(data) > limits.max_file_bytes:
        raise UnreadableDocument(
            "too_large",
            f"The file is {len(data) / 1e6:.1f} MB, larger than the {limits.max_file_bytes / 1e6:.0f} MB "
            "allowed for one report.",
        )
    if not data.strip():
        raise UnreadableDocument("empty_file", "The file is empty or contains only whitespace.")
    try:
        with time_limit(limits.parse_timeout_s):
            return _parse(data, path, limits)
    except ParseTimeout:
        raise UnreadableDocument(
            "timeout",
            f"Parsing the file took longer than {limits.parse_timeout_s} s of processor time, the time allowed "
            "for one report (ETL_PARSE_TIMEOUT_S); it is built in an unusual way (e.g. extremely deep nesting). "
            "Save it again as plain text, DOCX or PDF, or split it.",
        ) from None


def _parse(data: bytes, path: str, limits: Limits) -> Document:
    extension = Path(path).suffix.lower().lstrip(".")
    text, fmt, title, metadata = _to_text(data, extension, limits)
    if extension and extension not in (fmt, {"htm": "html", "markdown": "md", "text": "txt"}.get(extension)):
        metadata["extension"] = extension  # the name says one format, the content another
    text = normalize_text(text)
    if len(text) > limits.max_text_chars:
        raise UnreadableDocument(
            "too_large",
            f"The document holds {len(text):,} characters of text, more than the "
            f"{limits.max_text_chars:,} allowed for one report; split it into separate reports.",
        )
    if not text.strip():
        if fmt == "txt":
            raise UnreadableDocument("empty_file", "The file is empty or contains only whitespace.")
        raise UnreadableDocument(
            "no_text", f"The {fmt.upper()} document contains no readable text (only layout, images or markup)."
        )
    title = normalize_text(title).strip() if title else guess_title(text)
    parts = language_parts(text)
    return Document(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,
        text=text,
        size_bytes=len(data),
        title=title or None,
        parts=parts,
        metadata=metadata,
        skip_spans=boilerplate_spans(text, parts),
    )


def read_document(path: str | Path, limits: Limits | None = None) -> Document:
    p = Path(path)
    limits = limits or Limits.from_env()
    with open(p, "rb") as handle:  # one open and an fstat: no second lookup of the path
        status = os.fstat(handle.fileno())
        if status.st_size > limits.max_file_bytes:  # do not even load it
            raise UnreadableDocument(
                "too_large",
                f"The file is {status.st_size / 1e6:.1f} MB, larger than the {limits.max_file_bytes / 1e6:.0f} MB "
                "allowed for one report.",
            )
        data = handle.read()
    doc = read_bytes(data, str(p), limits)
    doc.metadata.setdefault("mtime", datetime.fromtimestamp(status.st_mtime, tz=UTC).isoformat())
    return doc


def _to_text(data: bytes, extension: str, limits: Limits) -> tuple[str, str, str | None, dict[str, Any]]:
    """(raw text, contract format, title or None, metadata)."""
    fmt = sniff_binary(data)
    if fmt == "pdf":
        from etl.documents.pdf import read_pdf

        text, pdf_meta = read_pdf(data, limits)
        return text, fmt, None, pdf_meta
    if fmt in ("docx", "odt"):
        from etl.documents.office import read_odt
        from etl.documents.wordml import read_docx

        text, title, office_meta = (read_docx if fmt == "docx" else read_odt)(data, limits)
        return text, fmt, title, office_meta
    if fmt == "rtf":
        from etl.documents.rtf import rtf_to_text

        return rtf_to_text(data), fmt, None, {}
    decoded = decode_text(data)
    metadata: dict[str, Any] = {"encoding": decoded.encoding}
    if decoded.errors:
        metadata["encoding_errors"] = decoded.errors
    fmt = sniff_text(decoded.text, extension)
    if fmt == "html":
        from etl.documents.markup import html_to_text

        text, title, html_meta = html_to_text(decoded.text)
        return text, fmt, title, metadata | html_meta
    if fmt == "md":
        from etl.documents.markup import markdown_to_text

        text, title = markdown_to_text(decoded.text)
        return text, fmt, title, metadata
    if fmt == "eml":
        from etl.documents.mail import eml_to_text

        text, title, mail_meta = eml_to_text(data)
        return text, fmt, title, metadata | mail_meta
    return decoded.text, "txt", None, metadata


def guess_title(text: str) -> str | None:
    """The first line when it reads like a headline: short, mostly letters, not a finished sentence.

    Datelines ("28.10.2022 16:14") before it are skipped; hashtags, bullets and
    separators are not headlines."""
    seen = 0
    for line in text.split("\n", 8)[:8]:
        line = line.strip()
        if not line:
            continue
        seen += 1
        letters = len("".join(_NON_LETTERS.split(line)))
        if letters < len(line.replace(" ", "")) * 0.5:
            if seen >= 3:
                return None
            continue  # a dateline or a separator
        if (len(line) > _TITLE_MAX or line.endswith((".", ",", ":", ";", "…")) or line.count(" ") < 1
                or line.startswith(("#", "•", "-", "*", "—", "–")) or line == text.strip()):
            return None
        return line
    return None
