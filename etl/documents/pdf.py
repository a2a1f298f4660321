"""PDF to text: the text layer via pypdf, else OCR with tesseract (Kyrgyz + Russian)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from etl.config import Limits
from etl.documents.model import UnreadableDocument

OCR_LANGUAGES = ("kir", "rus")
_LETTER = re.compile(r"[^\W\d_]")
_MIN_LETTERS_PER_PAGE = 20  # less than this on average: the pages are pictures, not text


def read_pdf(data: bytes, limits: Limits) -> tuple[str, dict[str, Any]]:
    """(text, metadata) of a PDF; raises ``UnreadableDocument`` with an analyst-readable reason."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            _decrypt(reader)
        page_count = len(reader.pages)
    except UnreadableDocument:
        raise
    except DependencyError as exc:
        raise _encrypted() from exc
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise UnreadableDocument("corrupt_file", "The PDF file is damaged and cannot be opened.") from exc
    pages = min(page_count, limits.max_pdf_pages)
    metadata: dict[str, Any] = {"pages": page_count}
    if page_count > pages:
        metadata["pages_truncated"] = pages  # only the first pages were read
    metadata.update(_info(reader))
    texts: list[str] = []
    try:
        for index in range(pages):
            texts.append(reader.pages[index].extract_text() or "")
    except DependencyError as exc:
        raise _encrypted() from exc
    except Exception as exc:  # pypdf raises many kinds on damaged content streams
        raise UnreadableDocument(
            "corrupt_file", f"The PDF file is damaged: page {len(texts) + 1} cannot be read."
        ) from exc
    text = "\n\n".join(t.strip("\n") for t in texts)
    if len(_LETTER.findall(text)) >= _MIN_LETTERS_PER_PAGE * max(pages, 1):
        return text, metadata
    ocr_text = ocr_pdf(data, pages, limits)
    metadata["ocr"] = "+".join(OCR_LANGUAGES)
    return ocr_text, metadata


def _decrypt(reader: Any) -> None:
    from pypdf import PasswordType

    try:
        result = reader.decrypt("")  # many PDFs are "encrypted" only against editing
    except Exception as exc:
        raise _encrypted() from exc
    if result == PasswordType.NOT_DECRYPTED:
        raise _encrypted()


def _encrypted() -> UnreadableDocument:
    return UnreadableDocument(
        "encrypted_pdf",
        "The PDF is protected with a password, so its text cannot be read; "
        "ask the sender for an unprotected copy.",
    )


def _info(reader: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    try:
        info = reader.metadata
        if info is None:
            return out
        for key, attribute in (("created", "creation_date"), ("modified", "modification_date")):
            value = getattr(info, attribute, None)
            if value is not None:
                out[key] = value.isoformat()
        if info.title and str(info.title).strip():
            out["document_title"] = str(info.title).strip()
    except Exception:  # damaged or odd Info dictionaries only cost us the metadata
        pass
    return out


def ocr_missing() -> str | None:
    """Why OCR cannot run here (a sentence), or None when tesseract with kir+rus is available."""
    binary = shutil.which("tesseract")
    if binary is None:
        return "the OCR program (tesseract) is not installed"
    if shutil.which("pdftoppm") is None:
        return "the PDF page renderer (pdftoppm from poppler-utils) is not installed"
    try:
        listed = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return "the OCR program (tesseract) does not start"
    available = set(listed.stdout.split())
    missing = [lang for lang in OCR_LANGUAGES if lang not in available]
    if missing:
        return f"the OCR language data for {', '.join(missing)} is not installed"
    return None


def ocr_pdf(data: bytes, pages: int, limits: Limits) -> str:
    """OCR the first ``pages`` pages with tesseract kir+rus."""
    missing = ocr_missing()
    if missing is not None:
        raise UnreadableDocument(
            "scanned_pdf_no_ocr",
            f"The PDF contains scanned page images without a text layer, and {missing}, "
            "so the text cannot be read; install tesseract-ocr with Kyrgyz and Russian data "
            "or send a text version.",
        )
    deadline = time.monotonic() + limits.parse_timeout_s
    texts: list[str] = []
    with tempfile.TemporaryDirectory(prefix="etl-ocr-") as tmp:
        pdf_path = Path(tmp) / "in.pdf"
        pdf_path.write_bytes(data)
        for page in range(1, pages + 1):
            image = Path(tmp) / f"page-{page}"
            _run(["pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", "-f", str(page), "-l", str(page),
                  str(pdf_path), str(image)], deadline)
            result = _run(["tesseract", f"{image}.png", "stdout", "-l", "+".join(OCR_LANGUAGES)], deadline)
            texts.append(result.strip("\n"))
            Path(f"{image}.png").unlink(missing_ok=True)
    text = "\n\n".join(texts)
    if not _LETTER.search(text):
        raise UnreadableDocument(
            "scanned_pdf_unreadable",
            "The PDF contains only scanned images and OCR found no readable text in them.",
        )
    return text


def _run(command: list[str], deadline: float) -> str:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise _timeout()
    try:
        done = subprocess.run(command, capture_output=True, timeout=remaining, check=True)
    except subprocess.TimeoutExpired as exc:
        raise _timeout() from exc
    except (OSError, subprocess.CalledProcessError) as exc:
        raise UnreadableDocument(
            "scanned_pdf_unreadable", "The scanned PDF pages could not be rendered or recognized by OCR."
        ) from exc
    return done.stdout.decode("utf-8", errors="replace")


def _timeout() -> UnreadableDocument:
    return UnreadableDocument(
        "timeout", "Recognizing the scanned PDF pages (OCR) took longer than the time allowed for one file."
    )
