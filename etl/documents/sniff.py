"""What a file really is, from its first bytes (the extension is only a tie-breaker for text)."""

from __future__ import annotations

import io
import re
import zipfile

from etl.documents.model import UnreadableDocument

# Binary formats we refuse, with the words an analyst would use for them.
_UNSUPPORTED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc/.xls/.ppt)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", "a BMP image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"MZ", "a Windows program"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an audio/video file"),
    (b"\x00\x00\x00\x18ftyp", "a video file"),
    (b"\x00\x00\x00\x20ftyp", "a video file"),
    (b"\x00\x00\x00\x1cftyp", "a video file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_ZIP_KINDS = {
    "application/vnd.oasis.opendocument.spreadsheet": "an OpenDocument spreadsheet (.ods)",
    "application/vnd.oasis.opendocument.presentation": "an OpenDocument presentation (.odp)",
}
_OOXML_KINDS = (("xl/", "an Excel workbook (.xlsx)"), ("ppt/", "a PowerPoint presentation (.pptx)"))
_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b",
                         re.IGNORECASE | re.DOTALL)
_EMAIL_HEADER = re.compile(
    r"^(?:Received|Return-Path|From|To|Subject|Date|Message-ID|MIME-Version|Delivered-To|Content-Type)"
    r":[ \t]", re.IGNORECASE | re.MULTILINE)
# (cheap literal that must be present, pattern that confirms a Markdown construct)
_MD_SIGNALS = (
    ("#", re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)),
    ("](", re.compile(r"\[[^\]\n]+\]\([^)\s]+\)")),
    ("**", re.compile(r"\*\*[^*\n]+\*\*")),
    ("__", re.compile(r"__[^_\n]+__")),
    ("```", re.compile(r"^```", re.MULTILINE)),
    ("|", re.compile(r"^\s*\|.*\|\s*$\n^\s*\|?\s*:?-{3,}", re.MULTILINE)),
)
_TEXT_FORMATS = {"md", "markdown", "html", "htm", "xhtml", "eml"}


def sniff_binary(data: bytes) -> str | None:
    """'pdf', 'docx', 'odt', 'rtf' from the magic bytes; None for (possibly) text.

    Raises ``UnreadableDocument`` for binary formats that are not reports we read."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"{\\rtf"):
        return "rtf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") and "EncryptedPackage".encode("utf-16-le") in data:
        raise UnreadableDocument(  # a password-protected .docx/.xlsx is an OLE2 container, not an old .doc
            "encrypted_document",
            "The Office document is protected with a password, so its text cannot be read; "
            "ask the sender for an unprotected copy.",
        )
    for magic, what in _UNSUPPORTED_MAGIC:
        if data.startswith(magic):
            raise UnreadableDocument(
                "unsupported_format",
                f"The file is {what}, not a report document; supported formats are "
                "txt, md, html, docx, pdf, odt, rtf and eml.",
            )
    return None


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").decode("ascii", "replace").strip() \
                if "mimetype" in names else ""
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise UnreadableDocument(
            "corrupt_file", "The file looks like a Word/zip document but is damaged and cannot be opened."
        ) from exc
    if "word/document.xml" in names:
        return "docx"
    if mimetype == "application/vnd.oasis.opendocument.text":
        return "odt"
    what = _ZIP_KINDS.get(mimetype) or next(
        (label for prefix, label in _OOXML_KINDS if any(n.startswith(prefix) for n in names)),
        "a zip archive")
    raise UnreadableDocument(
        "unsupported_format",
        f"The file is {what}, not a report document; supported formats are "
        "txt, md, html, docx, pdf, odt, rtf and eml.",
    )


def sniff_text(text: str, extension: str) -> str:
    """'html', 'eml', 'md' or 'txt' for decoded text, judged mainly by its content."""
    head = text[:2048].lstrip("\ufeff")
    if "<" in head and _HTML_START.match(head) or (
        head.count("</") >= 3 and re.search(r"<(?:p|div|br|body|span|a)\b", head, re.IGNORECASE)
    ):
        return "html"
    if ":" in head[:40] and _EMAIL_HEADER.match(head) and len(
            _EMAIL_HEADER.findall(head.replace("\r\n", "\n").split("\n\n", 1)[0])) >= 2:
        return "eml"
    sample = text[:20_000]
    signals = sum(1 for literal, pattern in _MD_SIGNALS if literal in sample and pattern.search(sample))
    if extension in ("md", "markdown") or signals >= 2:
        return "md"
    return "txt"
