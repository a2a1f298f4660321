"""PDF to text: the text layer via PDFium (pypdfium2), else OCR with tesseract (Kyrgyz + Russian).

PDFium (the PDF engine of Chromium, C++) reads a page's text layer some six times faster than
pypdf did in Python (bench PDFs: 5 ms against 32 ms a file) and gives the same text.  Its calls
are C calls: the parse time limit (``etl.documents.deadline``) cuts a file between pages, not
inside one, so what it would inflate is counted first (``etl.documents.pdfscan``); encrypted
files and legacy stream filters, which that count cannot see into, are read with pypdf.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from etl.config import Limits
from etl.documents.model import UnreadableDocument

OCR_LANGUAGES = ("kir", "rus")
_LETTER = re.compile(r"[^\W\d_]")
# PDFium is not thread-safe: a host that reads files in threads takes turns on it.
_PDFIUM_LOCK = threading.Lock()
_MIN_LETTERS_PER_PAGE = 20  # less than this on average: the pages are pictures, not text
# PDFium ends lines with "\r\n", and writes a hyphen that ends a line before a word goes on
# ("социально-" / "экономический") as U+FFFE without the line break (U+0002 in its bounded-text
# call): the page shows a hyphen and a new line, and a hyphen in "социально-экономический" is
# not a soft one, so both come back.
_PDFIUM_CHARS = str.maketrans({"\ufffe": "-\n", "\x02": "-\n", "\r": None})


def read_pdf(data: bytes, limits: Limits) -> tuple[str, dict[str, Any]]:
    """(text, metadata) of a PDF; raises ``UnreadableDocument`` with an analyst-readable reason."""
    from etl.documents.pdfscan import inflated_size, needs_pypdf

    if needs_pypdf(data):
        texts, metadata = _pypdf_pages(data, limits)
    else:
        inflated = inflated_size(data, limits.max_decompressed_bytes)
        if inflated > limits.max_decompressed_bytes:
            raise UnreadableDocument(
                "decompression_bomb",
                f"The PDF's compressed content would unpack to more than {inflated / 1e6:.0f} MB, more than the "
                f"{limits.max_decompressed_bytes / 1e6:.0f} MB allowed; it is refused as unsafe.",
            )
        texts, metadata = _pdfium_pages(data, limits)
    pages = len(texts)
    text = "\n\n".join(t.strip("\n") for t in texts)
    if has_letters(text, _MIN_LETTERS_PER_PAGE * max(pages, 1)):
        return text, metadata
    ocr_text = ocr_pdf(data, pages, limits)
    metadata["ocr"] = "+".join(OCR_LANGUAGES)
    return ocr_text, metadata


def has_letters(text: str, needed: int) -> bool:
    """Whether ``text`` holds at least ``needed`` letters, counted only as far as needed: the
    letter class costs a Unicode lookup per character (1.5 ms over a 5,000-character PDF)."""
    count = 0
    step = max(2 * needed, 256)
    for start in range(0, len(text), step):
        count += len(_LETTER.findall(text, start, start + step))
        if count >= needed:
            return True
    return count >= needed


def _page_metadata(page_count: int, limits: Limits) -> tuple[int, dict[str, Any]]:
    pages = min(page_count, limits.max_pdf_pages)
    metadata: dict[str, Any] = {"pages": page_count}
    if page_count > pages:
        metadata["pages_truncated"] = pages  # only the first pages were read
    return pages, metadata


def _pdfium_pages(data: bytes, limits: Limits) -> tuple[list[str], dict[str, Any]]:
    """(text of each page read, metadata) through PDFium."""
    import pypdfium2 as pdfium  # only when a PDF arrives
    import pypdfium2.raw as pdfium_c

    with _PDFIUM_LOCK:
        return _pdfium_read(pdfium, pdfium_c, data, limits)


def _pdfium_read(pdfium: Any, pdfium_c: Any, data: bytes, limits: Limits) -> tuple[list[str], dict[str, Any]]:
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise _encrypted() from exc
        raise _corrupt() from exc
    try:
        pages, metadata = _page_metadata(len(document), limits)
        metadata.update(_info(document))
        texts: list[str] = []
        try:
            for index in range(pages):
                texts.append(_page_text(document, index))
        except pdfium.PdfiumError as exc:
            raise _corrupt_page(len(texts) + 1) from exc
    finally:
        document.close()
    return texts, metadata


def _page_text(document: Any, index: int) -> str:
    """All of the page's text layer in content order, lines ended by ``\\n``."""
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            # get_text_range covers every character on the page, also outside the visible box
            return str(textpage.get_text_range()).translate(_PDFIUM_CHARS)
        finally:
            textpage.close()
    finally:
        page.close()


def _pypdf_pages(data: bytes, limits: Limits) -> tuple[list[str], dict[str, Any]]:
    """(text of each page read, metadata) through pypdf, for the files ``pdfscan`` cannot vet:
    pypdf decrypts with the empty password and bounds each filter's output itself."""
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                decrypted = reader.decrypt("")  # many PDFs are "encrypted" only against editing
            except Exception as exc:
                raise _encrypted() from exc
            if decrypted == PasswordType.NOT_DECRYPTED:
                raise _encrypted()
        page_count = len(reader.pages)
    except UnreadableDocument:
        raise
    except DependencyError as exc:
        raise _encrypted() from exc
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise _corrupt() from exc
    pages, metadata = _page_metadata(page_count, limits)
    metadata.update(_pypdf_info(reader))
    texts: list[str] = []
    try:
        for index in range(pages):
            texts.append(reader.pages[index].extract_text() or "")
    except DependencyError as exc:
        raise _encrypted() from exc
    except Exception as exc:  # pypdf raises many kinds on damaged content streams
        raise _corrupt_page(len(texts) + 1) from exc
    return texts, metadata


def _pypdf_info(reader: Any) -> dict[str, Any]:
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


def _corrupt() -> UnreadableDocument:
    return UnreadableDocument("corrupt_file", "The PDF file is damaged and cannot be opened.")


def _corrupt_page(page: int) -> UnreadableDocument:
    return UnreadableDocument("corrupt_file", f"The PDF file is damaged: page {page} cannot be read.")


def _encrypted() -> UnreadableDocument:
    return UnreadableDocument(
        "encrypted_pdf",
        "The PDF is protected with a password, so its text cannot be read; "
        "ask the sender for an unprotected copy.",
    )


def _info(document: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    try:
        for key, name in (("created", "CreationDate"), ("modified", "ModDate")):
            value = pdf_date(document.get_metadata_value(name))
            if value is not None:
                out[key] = value.isoformat()
        title = document.get_metadata_value("Title")
        if title and title.strip():
            out["document_title"] = title.strip()
    except Exception:  # damaged or odd Info dictionaries only cost us the metadata
        pass
    return out


_PDF_DATE_FORMATS = ("D:%Y", "D:%Y%m", "D:%Y%m%d", "D:%Y%m%d%H", "D:%Y%m%d%H%M", "D:%Y%m%d%H%M%S",
                     "D:%Y%m%d%H%M%S%z")


def pdf_date(text: str | None) -> datetime | None:
    """A PDF date ("D:20230623101500+06'00'") as a datetime; None when absent or unreadable.

    Read as pypdf read it (the "created"/"modified" hints keep their form): a zone only
    when the date has one, "Z" as UTC, the apostrophes of the zone dropped."""
    if not text:
        return None
    text = text.strip()
    if text[:1].isdigit():
        text = "D:" + text
    if text.endswith(("Z", "z")):
        text += "0000"
    text = text.replace("z", "+").replace("Z", "+").replace("'", "")
    sign = max(text.find("+"), text.find("-"))
    if sign > 0 and sign != len(text) - 5:
        text += "00"  # "+06" without minutes
    for fmt in _PDF_DATE_FORMATS:
        try:
            value = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return value.replace(tzinfo=UTC) if text.endswith("+0000") else value
    return None


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
