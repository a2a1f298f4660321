"""PDF reading through PDFium: the same text pypdf gave, hyphens at line ends kept, bombs refused
before PDFium inflates them, encrypted and legacy-filter files read by pypdf."""

from __future__ import annotations

import io
import zlib

import pytest

from etl.bench.pdf import render_pdf
from etl.config import Limits
from etl.documents import UnreadableDocument, read_bytes
from etl.documents.pdf import pdf_date
from etl.documents.pdfscan import inflated_size, needs_pypdf

RU = ("В городе Ош 23-24 июня 2023 года прошел двухдневный тренинг для инициативных групп.\n"
      "В тренинге приняли участие 25 человек, которые обсудили вопросы социально-\n"
      "экономического развития.")


def _pypdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n\n".join((p.extract_text() or "").strip("\n") for p in PdfReader(io.BytesIO(data)).pages)


def _pdf(objects: list[bytes]) -> bytes:
    out = b"%PDF-1.7\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def _page_with_content(stream_dict: bytes, stream: bytes) -> bytes:
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                 stream_dict % len(stream) + b"\nstream\n" + stream + b"\nendstream"])


def test_text_is_what_pypdf_read_with_the_line_end_hyphen_kept():
    data = render_pdf(RU, title="Отчёт о тренинге")
    doc = read_bytes(data, "report.pdf")
    assert doc.text == _pypdf_text(data)
    # PDFium writes "социально-<line end>" as one U+FFFE; the page shows a hyphen and a new line
    assert "социально-\nэкономического" in doc.text
    assert "\ufffe" not in doc.text and "\r" not in doc.text
    assert doc.metadata["document_title"] == "Отчёт о тренинге"


def test_pages_are_joined_by_a_blank_line_and_the_page_limit_holds():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for text in ("Первая страница отчёта о тренинге в Оше.", "Вторая страница: 25 участников."):
        writer.append(PdfReader(io.BytesIO(render_pdf(text))))
    out = io.BytesIO()
    writer.write(out)
    doc = read_bytes(out.getvalue(), "two.pdf")
    assert doc.text == "Первая страница отчёта о тренинге в Оше.\n\nВторая страница: 25 участников."
    assert doc.metadata["pages"] == 2
    first = read_bytes(out.getvalue(), "two.pdf", Limits(max_pdf_pages=1))
    assert first.metadata["pages_truncated"] == 1 and "Вторая" not in first.text


def test_a_flate_bomb_is_refused_before_pdfium_inflates_it():
    inflater = zlib.compressobj(9)
    bomb = b"".join(inflater.compress(b" " * (1 << 20)) for _ in range(30)) + inflater.flush()
    data = _page_with_content(b"<< /Length %d /Filter /FlateDecode >>", bomb)
    assert len(data) < 100_000
    with pytest.raises(UnreadableDocument) as info:
        read_bytes(data, "bomb.pdf", Limits(max_decompressed_bytes=20_000_000))
    assert info.value.code == "decompression_bomb"
    assert info.value.reason.endswith("refused as unsafe.")


def test_inflated_size_counts_content_and_skips_images():
    content = zlib.compress(b"BT /F1 12 Tf (x) Tj ET " * 1000)
    assert inflated_size(_page_with_content(b"<< /Length %d /Filter /FlateDecode >>", content), 10**9) == 23_000
    image = _page_with_content(b"<< /Type /XObject /Subtype /Image /Length %d /Filter /FlateDecode >>", content)
    assert inflated_size(image, 10**9) == 0  # text extraction never decodes images
    assert inflated_size(b"%PDF-1.7\nendstream\nstream\nnot zlib\nendstream", 10**9) == 0
    # the count stops soon after the budget instead of inflating the rest
    assert 1_000 < inflated_size(_page_with_content(b"<< /Length %d /Filter /FlateDecode >>", content), 1_000) \
        <= 1_000 + (1 << 20)


def test_files_the_count_cannot_see_into_go_to_pypdf():
    assert needs_pypdf(b"trailer << /Root 1 0 R /Encrypt 5 0 R >>")
    assert needs_pypdf(b"<< /Filter [/ASCII85Decode /FlateDecode] >>")
    assert needs_pypdf(b"<< /Filter /LZWDecode >>")
    assert not needs_pypdf(render_pdf(RU))
    assert not needs_pypdf(b"<< /Filter /FlateDecode /RLength 3 >>")


def test_legacy_filter_pdf_is_read_through_pypdf():
    stream = b"BT /F1 12 Tf 72 720 Td (Training in Osh, 25 participants) Tj ET"
    hexed = stream.hex().encode() + b">"
    data = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                 b"/Resources << /Font << /F1 5 0 R >> >> >>",
                 b"<< /Length %d /Filter /ASCIIHexDecode >>\nstream\n" % len(hexed) + hexed + b"\nendstream",
                 b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])
    assert needs_pypdf(data)
    assert read_bytes(data, "old.pdf").text == "Training in Osh, 25 participants"


@pytest.mark.parametrize(("raw", "iso"), [
    ("D:20230623101500+06'00'", "2023-06-23T10:15:00+06:00"),
    ("D:20230623101500Z", "2023-06-23T10:15:00+00:00"),
    ("D:20230623101500Z00'00'", "2023-06-23T10:15:00+00:00"),
    ("D:20230623", "2023-06-23T00:00:00"),
    ("20230623101500", "2023-06-23T10:15:00"),
    (" D:2023 ", "2023-01-01T00:00:00"),
])
def test_pdf_dates_read_as_pypdf_read_them(raw, iso):
    parsed = pdf_date(raw)
    assert parsed is not None and parsed.isoformat() == iso


@pytest.mark.parametrize("raw", [None, "", "garbage", "D:2023x", "D:20230701Z"])
def test_unreadable_pdf_dates_are_none(raw):
    assert pdf_date(raw) is None


def test_an_unreadable_date_does_not_cost_the_title():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(render_pdf(RU))))
    writer.add_metadata({"/CreationDate": "D:20230623101500+06'00'", "/ModDate": "garbage", "/Title": "Отчёт "})
    out = io.BytesIO()
    writer.write(out)
    doc = read_bytes(out.getvalue(), "report.pdf")
    assert doc.metadata["created"] == "2023-06-23T10:15:00+06:00"
    assert "modified" not in doc.metadata
    assert doc.metadata["document_title"] == "Отчёт"


def test_has_letters_counts_only_as_far_as_needed_and_agrees_with_a_full_count():
    import random
    import re

    from etl.documents.pdf import has_letters

    letter = re.compile(r"[^\W\d_]")
    rng = random.Random(3)
    for _ in range(500):
        text = "".join(rng.choice("аб1 2.\n_ж²x") for _ in range(rng.randrange(600)))
        needed = rng.randrange(1, 300)
        assert has_letters(text, needed) == (len(letter.findall(text)) >= needed)


def test_threads_reading_pdfs_take_turns_on_pdfium():
    from concurrent.futures import ThreadPoolExecutor

    files = [render_pdf(f"{RU}\nОтчёт номер {n}.") for n in range(6)]
    expected = [read_bytes(data, "r.pdf").text for data in files]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda data: read_bytes(data, "r.pdf").text, files * 4))
    assert got == expected * 4
