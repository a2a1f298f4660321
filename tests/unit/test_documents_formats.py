"""Formats are recognised by content; every refusal carries a code and an analyst-readable reason."""

from __future__ import annotations

import io
import zipfile

import pytest

from etl.config import Limits
from etl.documents import UnreadableDocument, document_languages, read_bytes, read_document
from etl.documents.pdf import ocr_missing

KY = ("Ош шаарында 2023-жылдын 23-24-июнунда демилгелүү топтор үчүн эки күндүк тренинг өттү. "
      "Тренингге жалпы 25 катышуучу катышты жана алар социалдык мобилизация боюнча билим алышты.")
RU = ("В городе Ош 23-24 июня 2023 года прошел двухдневный тренинг для инициативных групп. "
      "В тренинге приняли участие 25 человек, которые также обсудили вопросы мобилизации.")


def _reason_is_sentence(exc: UnreadableDocument) -> None:
    assert exc.reason[0].isupper() and exc.reason.endswith(".")
    assert len(exc.reason.split()) >= 6


# ------------------------------------------------------------------ builders


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None, heading: str | None = None) -> bytes:
    import docx

    document = docx.Document()
    if heading:
        document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.add_paragraph("Иш-чара Хельветас тарабынан уюштурулду.")
    document.core_properties.title = "Отчёт"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_text_pdf(lines: list[str]) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with plt.rc_context({"pdf.fonttype": 42}):  # TrueType: a real text layer with ToUnicode
        fig = plt.figure(figsize=(8.27, 11.69))
        for i, line in enumerate(lines):
            fig.text(0.05, 0.95 - 0.03 * i, line, fontsize=9)
        out = io.BytesIO()
        fig.savefig(out, format="pdf")
        plt.close(fig)
    return out.getvalue()


def make_scanned_pdf(lines: list[str]) -> bytes:
    """A PDF whose only content is a picture of the text (no text layer)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from PIL import Image

    fig = plt.figure(figsize=(8.27, 0.6 * len(lines) + 0.5), dpi=200)
    for i, line in enumerate(lines):
        fig.text(0.04, 1 - (i + 1) / (len(lines) + 1), line, fontsize=20)
    png = io.BytesIO()
    fig.savefig(png, format="png", dpi=200)
    plt.close(fig)
    png.seek(0)
    out = io.BytesIO()
    Image.open(png).convert("RGB").save(out, format="PDF", resolution=200)
    return out.getvalue()


def split_lines(text: str, width: int = 90) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


# ------------------------------------------------------------------ text formats


def test_plain_text_sample_is_txt_with_sha_and_size():
    data = (KY + "\n").encode()
    doc = read_bytes(data, "r.txt")
    assert doc.format == "txt"
    assert doc.size_bytes == len(data)
    assert len(doc.sha256) == 64
    assert doc.metadata["encoding"] == "utf-8"


def test_read_document_adds_mtime(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(KY, encoding="utf-8")
    doc = read_document(path)
    assert doc.path == str(path)
    assert doc.metadata["mtime"].startswith("20")


def test_markdown_markup_is_dropped_and_heading_is_title():
    md = (
        "# Тренинг **Ош** шаарында\n\n"
        f"{KY} Толук маалымат [сайтта](https://example.org/news/1) жана ![сүрөт](img.png).\n\n"
        "- **25** катышуучу\n- _эки_ күн\n\n"
        "| Көрсөткүч | Сан |\n|---|---|\n| Катышуучулар | 25 |\n"
    )
    doc = read_bytes(md.encode(), "news.md")
    assert doc.format == "md"
    assert doc.title == "Тренинг Ош шаарында"
    for gone in ("#", "**", "https://", "](", "|---"):
        assert gone not in doc.text
    assert "Толук маалымат сайтта жана сүрөт." in doc.text
    assert "• 25 катышуучу" in doc.text
    assert "Катышуучулар\t25" in doc.text


def test_markdown_detected_by_content_without_md_extension():
    md = f"## Жаңылыктар\n\n{KY} Кененирээк: [шилтеме](https://example.org).\n"
    doc = read_bytes(md.encode(), "upload.txt")
    assert doc.format == "md"
    assert "https" not in doc.text
    assert doc.metadata["extension"] == "txt"


HTML_PAGE = f"""<!DOCTYPE html>
<html lang="ky"><head>
<title>Тренинг өттү | Новости сайта</title>
<meta property="article:published_time" content="2023-06-26T10:15:00+06:00">
<style>.x {{ color: red }}</style><script>var tracking = "НЕ ТЕКСТ";</script>
</head><body>
<header class="site-header"><a href="/">Логотип сайта</a><nav><ul><li>Башкы бет</li><li>Жаңылыктар</li></ul></nav></header>
<div class="cookie-banner">Бул сайт cookie колдонот. Макулмун</div>
<article>
  <h1>Ош шаарында тренинг өттү</h1>
  <time datetime="2023-06-26">26.06.2023</time>
  <p>{KY}</p>
  <p>Биринчи сап<br>экинчи сап</p>
  <div class="share-buttons">Facebook Twitter Telegram</div>
  <table><tr><td>Катышуучулар</td><td>25</td></tr></table>
</article>
<aside>Окшош жаңылыктар: башка макала</aside>
<form>Издөө <input></form>
<footer>© 2023 Бардык укуктар корголгон</footer>
<noscript>Жаваскрипт күйгүзүңүз</noscript>
</body></html>"""


def test_html_keeps_the_article_and_drops_boilerplate():
    doc = read_bytes(HTML_PAGE.encode(), "page.html")
    assert doc.format == "html"
    assert doc.title == "Ош шаарында тренинг өттү"
    assert doc.metadata["published"] == "2023-06-26T10:15:00+06:00"
    assert KY in doc.text
    assert "Биринчи сап\nэкинчи сап" in doc.text
    assert "Катышуучулар\t25" in doc.text
    for boilerplate in ("НЕ ТЕКСТ", "color", "Башкы бет", "cookie", "Facebook", "Окшош", "Издөө",
                        "Бардык укуктар", "Жаваскрипт", "Логотип"):
        assert boilerplate not in doc.text, boilerplate
    assert "\n\n" in doc.text and "\n\n\n" not in doc.text
    assert document_languages(doc) == ["ky"]


def test_html_without_article_uses_body_and_title_tag_and_time_element():
    page = (f"<html><head><title>Отчет о встрече</title></head><body><nav>Меню</nav>"
            f"<div><p>{RU}</p><p><time datetime='2023-06-24'>24 июня</time></p></div></body></html>")
    doc = read_bytes(page.encode("cp1251"), "page.txt")  # lying extension, legacy encoding
    assert doc.format == "html"
    assert doc.title == "Отчет о встрече"
    assert doc.metadata["published"] == "2023-06-24"
    assert "Меню" not in doc.text
    assert RU in doc.text


def test_html_that_is_only_boilerplate_is_no_text():
    with pytest.raises(UnreadableDocument) as info:
        read_bytes(b"<html><body><nav>Menu</nav><script>x()</script></body></html>", "a.html")
    assert info.value.code == "no_text"
    _reason_is_sentence(info.value)


def test_eml_reads_body_and_subject():
    message = (
        "From: office@example.kg\r\nTo: me@example.kg\r\nSubject: =?utf-8?b?"
        + __import__("base64").b64encode("Тренинг жөнүндө отчет".encode()).decode()
        + "?=\r\nDate: Mon, 26 Jun 2023 10:00:00 +0600\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=windows-1251\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode("ascii") + RU.encode("cp1251")
    doc = read_bytes(message, "mail.eml")
    assert doc.format == "eml"
    assert doc.title == "Тренинг жөнүндө отчет"
    assert doc.text.strip() == RU
    assert doc.metadata["email_date"] == "2023-06-26T10:00:00+06:00"


def test_rtf_with_cp1251_and_unicode_escapes():
    ru_bytes = "Тренинг прошел в городе Ош".encode("cp1251")
    escaped = "".join(f"\\'{b:02x}" for b in ru_bytes)
    rtf = ("{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0 Times New Roman;}}{\\info{\\title Ignored}}"
           "\\f0 " + escaped + ".\\par \\u1046?\\u1187?\\u1257?\\u1199? \\'e6\\'e0\\'ed\\'e0.\\par}").encode("ascii")
    doc = read_bytes(rtf, "r.rtf")
    assert doc.format == "rtf"
    assert doc.text.strip() == "Тренинг прошел в городе Ош.\nЖңөү жана."
    assert "Times" not in doc.text and "Ignored" not in doc.text


# ------------------------------------------------------------------ office formats


def test_docx_paragraphs_tables_in_order_and_core_properties():
    data = make_docx([KY, RU], table=[["Көрсөткүч", "Сан"], ["Катышуучулар", "25"]], heading="Тренинг өттү")
    doc = read_bytes(data, "report.docx")
    assert doc.format == "docx"
    assert doc.title == "Тренинг өттү"
    order = [doc.text.index(s) for s in ("Тренинг өттү", KY, RU, "Катышуучулар\t25", "Хельветас")]
    assert order == sorted(order)
    assert doc.metadata["created"].startswith("20")
    assert doc.metadata["document_title"] == "Отчёт"
    assert document_languages(doc) == ["ky", "ru"]


def test_docx_named_txt_is_still_docx():
    doc = read_bytes(make_docx([KY]), "report.txt")
    assert doc.format == "docx"
    assert doc.metadata["extension"] == "txt"


def test_docx_that_is_not_a_zip_is_read_as_what_it_is():
    doc = read_bytes(KY.encode("cp1251", errors="replace"), "report.docx")
    assert doc.format == "txt"


def test_damaged_zip_is_corrupt_file():
    data = make_docx([KY])
    with pytest.raises(UnreadableDocument) as info:
        read_bytes(data[: len(data) // 2], "report.docx")
    assert info.value.code == "corrupt_file"
    _reason_is_sentence(info.value)


def test_zip_bomb_docx_is_refused_before_parsing():
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(make_docx([KY]))) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("word/media/bomb.bin", b"\0" * 5_000_000)  # compresses to a few KB
    data = out.getvalue()
    assert len(data) < 100_000
    with pytest.raises(UnreadableDocument) as info:
        read_bytes(data, "report.docx", Limits(max_decompressed_bytes=2_000_000))
    assert info.value.code == "decompression_bomb"
    _reason_is_sentence(info.value)
    assert read_bytes(data, "report.docx", Limits(max_decompressed_bytes=10_000_000)).format == "docx"


def test_odt_paragraphs_and_heading():
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>'
        '<text:h text:outline-level="1">Тегерек стол өттү</text:h>'
        f'<text:p>{KY}<text:s text:c="2"/>Аягы.</text:p>'
        '<table:table><table:table-row><table:table-cell><text:p>Катышуучулар</text:p></table:table-cell>'
        '<table:table-cell><text:p>25</text:p></table:table-cell></table:table-row></table:table>'
        '</office:text></office:body></office:document-content>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as odt:
        odt.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        odt.writestr("content.xml", content)
    doc = read_bytes(out.getvalue(), "report.odt")
    assert doc.format == "odt"
    assert doc.title == "Тегерек стол өттү"
    assert f"{KY}  Аягы." in doc.text  # <text:s c="2"/> is two spaces
    assert "Катышуучулар\t25" in doc.text


def test_other_zip_and_office_formats_are_unsupported():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnreadableDocument) as info:
        read_bytes(out.getvalue(), "report.docx")
    assert info.value.code == "unsupported_format"
    assert "Excel" in info.value.reason
    with pytest.raises(UnreadableDocument) as info:
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "report.doc")
    assert info.value.code == "unsupported_format"
    assert "old Microsoft Office" in info.value.reason
    with pytest.raises(UnreadableDocument) as info:
        read_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "report.txt")
    assert "PNG image" in info.value.reason
    _reason_is_sentence(info.value)


# ------------------------------------------------------------------ pdf


def test_pdf_text_layer_in_both_languages():
    data = make_text_pdf(split_lines(KY) + [""] + split_lines(RU))
    doc = read_bytes(data, "report.pdf")
    assert doc.format == "pdf"
    assert doc.metadata["pages"] == 1
    assert "ocr" not in doc.metadata
    assert "демилгелүү топтор үчүн" in doc.text
    assert "двухдневный тренинг" in doc.text
    assert document_languages(doc) == ["ky", "ru"]


def test_pdf_named_txt_is_pdf():
    doc = read_bytes(make_text_pdf(split_lines(RU)), "report.txt")
    assert doc.format == "pdf"


def test_encrypted_pdf_has_a_clear_reason():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(make_text_pdf(split_lines(RU)))))
    writer.encrypt(user_password="secret", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(UnreadableDocument) as info:
        read_bytes(out.getvalue(), "report.pdf")
    assert info.value.code == "encrypted_pdf"
    assert "password" in info.value.reason
    _reason_is_sentence(info.value)


def test_pdf_protected_only_against_editing_is_read():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(make_text_pdf(split_lines(RU)))))
    writer.encrypt(user_password="", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    doc = read_bytes(out.getvalue(), "report.pdf")
    assert "двухдневный тренинг" in doc.text


def test_pdf_page_limit_reads_only_the_first_pages():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for text in (KY, RU):
        writer.append(PdfReader(io.BytesIO(make_text_pdf(split_lines(text)))))
    out = io.BytesIO()
    writer.write(out)
    doc = read_bytes(out.getvalue(), "report.pdf", Limits(max_pdf_pages=1))
    assert doc.metadata["pages"] == 2 and doc.metadata["pages_truncated"] == 1
    assert "двухдневный" not in doc.text


def test_scanned_pdf_without_ocr_tools_is_quarantined_with_reason(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract, no pdftoppm on this PATH
    with pytest.raises(UnreadableDocument) as info:
        read_bytes(make_scanned_pdf(["Ош шаарында тренинг өттү"]), "scan.pdf")
    assert info.value.code == "scanned_pdf_no_ocr"
    assert "tesseract" in info.value.reason and "scanned" in info.value.reason
    _reason_is_sentence(info.value)


@pytest.mark.skipif(ocr_missing() is not None, reason=f"OCR unavailable: {ocr_missing()}")
def test_scanned_pdf_is_read_by_ocr():
    doc = read_bytes(make_scanned_pdf(["Ош шаарында тренинг өттү жана", "жыйырма беш катышуучу катышты."]),
                     "scan.pdf")
    assert doc.metadata["ocr"] == "kir+rus"
    assert "шаарында" in doc.text and "катышуучу" in doc.text
    assert document_languages(doc) == ["ky"]


def test_damaged_pdf_is_corrupt_file():
    with pytest.raises(UnreadableDocument) as info:
        read_bytes(b"%PDF-1.7\n" + b"garbage " * 50, "report.pdf")
    assert info.value.code in ("corrupt_file", "scanned_pdf_no_ocr", "scanned_pdf_unreadable")
    _reason_is_sentence(info.value)


# ------------------------------------------------------------------ refusals


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\ufeff  \n".encode()])
def test_empty_and_whitespace_only(data):
    with pytest.raises(UnreadableDocument) as info:
        read_bytes(data, "empty.txt")
    assert info.value.code == "empty_file"
    _reason_is_sentence(info.value)


def test_binary_garbage_and_nul_bytes_are_binary_content():
    import random

    rng = random.Random(7)
    garbage = bytes(rng.randrange(256) for _ in range(4000))
    for data in (garbage, KY.encode()[:100] + b"\0" * 400 + KY.encode()[:100]):
        with pytest.raises(UnreadableDocument) as info:
            read_bytes(data, "report.txt")
        assert info.value.code == "binary_content"
        _reason_is_sentence(info.value)


def test_too_large_text_is_refused_not_truncated():
    with pytest.raises(UnreadableDocument) as info:
        read_bytes((KY + "\n").encode() * 20, "big.txt", Limits(max_text_chars=1000))
    assert info.value.code == "too_large"
    _reason_is_sentence(info.value)
    with pytest.raises(UnreadableDocument) as info:
        read_bytes(b"x" * 2000, "big.txt", Limits(max_file_bytes=1000))
    assert info.value.code == "too_large"
