"""DOCX read straight from the package XML gives the text, title and properties python-docx gave."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable

import pytest

from etl.config import Limits
from etl.documents import UnreadableDocument, read_bytes
from etl.documents.wordml import _w3cdtf, read_docx

docx = pytest.importorskip("docx")

RU = "В городе Ош 23-24 июня 2023 года прошел двухдневный тренинг для инициативных групп."


def _python_docx_reading(data: bytes) -> tuple[str, str | None, dict[str, str]]:
    """The reader this replaced, kept as the reference."""
    from docx.table import Table

    def rows(table: Table) -> list[str]:
        out = []
        for row in table.rows:
            cells, previous = [], None
            for cell in row.cells:
                if cell._tc is previous:
                    continue
                previous = cell._tc
                parts = []
                for inner in cell.iter_inner_content():
                    parts.extend(rows(inner) if isinstance(inner, Table) else [inner.text])
                cells.append(" ".join(p.strip() for p in parts if p.strip()))
            if any(cells):
                out.append("\t".join(cells))
        return out

    document = docx.Document(io.BytesIO(data))
    blocks, title = [], None
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            blocks.extend(rows(item))
            continue
        style = (item.style.name if item.style is not None else "") or ""
        if title is None and item.text.strip() and (style == "Title" or style.startswith("Heading")):
            title = item.text.strip()
        blocks.append(item.text)
    props = document.core_properties
    metadata = {k: getattr(props, k).isoformat() for k in ("created", "modified") if getattr(props, k)}
    if props.title and props.title.strip():
        metadata["document_title"] = props.title.strip()
    return "\n\n".join(blocks), title, metadata


def _rich_document() -> bytes:
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    d.add_paragraph("")
    d.add_paragraph("Отчёт о тренинге", style="Title")
    d.add_heading("Второй заголовок", 2)
    p = d.add_paragraph("Текст с ")
    run = p.add_run("табом\tи")
    run.add_break()
    p.add_run("переносом")
    p.add_run("стр").add_break(WD_BREAK.PAGE)
    p.add_run("аница")
    table = d.add_table(rows=4, cols=4)
    for i in range(4):
        for j in range(4):
            table.cell(i, j).text = f"c{i}{j}"
    table.cell(0, 0).merge(table.cell(0, 1))  # horizontal
    table.cell(1, 2).merge(table.cell(3, 2))  # vertical
    table.cell(1, 0).merge(table.cell(2, 1))  # a block
    inner = table.cell(3, 3).add_table(rows=2, cols=2)
    inner.cell(0, 0).text = "вложенная"
    inner.cell(1, 1).text = "таблица"
    d.add_paragraph("Конец. " + RU)
    d.core_properties.title = "  Заголовок свойства "
    d.core_properties.created = dt.datetime(2023, 6, 23, 10, 15)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _rewrite(data: bytes, edits: dict[str, Callable[[bytes], bytes | None]]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            content: bytes | None = source.read(info.filename)
            if info.filename in edits:
                content = edits[info.filename](content)
            if content is not None:
                archive.writestr(info.filename, content)
    return out.getvalue()


_RUN_VARIETY = (
    '<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:ins w:id="1" w:author="a"><w:r><w:t>вставка</w:t></w:r>'
    '</w:ins><w:r><w:t xml:space="preserve"> видимый </w:t><w:noBreakHyphen/><w:t>дефис</w:t>'
    '<w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:cr/><w:delText>удалено</w:delText></w:r>'
    '<w:hyperlink r:id="rId99" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<w:r><w:t>ссылка</w:t></w:r></w:hyperlink><w:smartTag w:uri="x" w:element="y"><w:r><w:t>смарт</w:t></w:r>'
    '</w:smartTag></w:p><w:sdt><w:sdtContent><w:p><w:r><w:t>в элементе</w:t></w:r></w:p></w:sdtContent></w:sdt>'
    '<w:p><w:r><w:t> </w:t></w:r></w:p><w:p><w:r><w:t></w:t><w:br w:type="column"/></w:r></w:p>'
)


def _styles_renamed(content: bytes) -> bytes:
    text = content.decode()
    text = text.replace('w:styleId="Normal"', 'w:styleId="NormalX"').replace(
        '<w:name w:val="heading 2"/>', '<w:name w:val="Heading Custom"/>')
    return text.encode()


def _core_dates(content: bytes) -> bytes:
    text = re.sub(r"<dcterms:created[^>]*>[^<]*</dcterms:created>",
                  '<dcterms:created xsi:type="dcterms:W3CDTF">2023-06-23T10:15:00+06:00</dcterms:created>',
                  content.decode())
    text = re.sub(r"<dcterms:modified[^>]*>[^<]*</dcterms:modified>",
                  '<dcterms:modified xsi:type="dcterms:W3CDTF">2023-07</dcterms:modified>', text)
    return text.encode()


@pytest.mark.parametrize("edits", [
    {},
    {"word/document.xml": lambda c: c.replace(b"<w:body>", b"<w:body>" + _RUN_VARIETY.encode(), 1)},
    {"word/styles.xml": _styles_renamed},
    {"docProps/core.xml": _core_dates},
], ids=["rich", "run-variety", "odd-styles", "core-dates"])
def test_text_title_and_properties_are_python_docx_s(edits):
    data = _rewrite(_rich_document(), edits)
    assert read_docx(data, Limits()) == _python_docx_reading(data)


def test_the_rich_document_reads_as_word_shows_it():
    text, title, metadata = read_docx(_rich_document(), Limits())
    assert title == "Отчёт о тренинге"
    assert "Текст с табом\tи\nпереносомстраница" in text  # a page break is no text
    assert "c00 c01\tc02\tc03" in text  # a horizontal merge is written once
    # a vertical merge repeats the text where it starts, in every row it covers
    assert text.count("c12 c22 c32") == 3
    assert "c33 вложенная таблица" in text
    assert metadata == {"created": "2023-06-23T10:15:00+00:00", "modified": metadata["modified"],
                        "document_title": "Заголовок свойства"}


def test_heading_styles_give_the_title_and_without_a_styles_part_nothing_does():
    d = docx.Document()
    d.add_paragraph("Обычный абзац без стиля заголовка")
    d.add_heading("Тренинг в Оше", 1)
    out = io.BytesIO()
    d.save(out)
    assert read_docx(out.getvalue(), Limits())[1] == "Тренинг в Оше"
    unstyled = _rewrite(out.getvalue(), {
        "word/styles.xml": lambda c: None,
        "word/_rels/document.xml.rels": lambda c: re.sub(rb'<Relationship [^>]*/styles"[^>]*/>', b"", c)})
    assert read_docx(unstyled, Limits())[1] is None


def test_a_vertical_merge_without_a_cell_above_and_a_package_without_core_properties_are_read():
    """python-docx raised on both (a crash, and corrupt_file for a relationship to a missing part)."""
    d = docx.Document()
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Сан"
    table.cell(0, 1).text = "25"
    out = io.BytesIO()
    d.save(out)
    orphan = _rewrite(out.getvalue(), {
        "word/document.xml": lambda c: c.replace(b"<w:tc><w:tcPr>", b"<w:tc><w:tcPr><w:vMerge/>", 1),
        "docProps/core.xml": lambda c: None})
    text, _, metadata = read_docx(orphan, Limits())
    assert text == "Сан\t25" and metadata == {}


@pytest.mark.parametrize(("raw", "iso"), [
    ("2023-06-23T10:15:00Z", "2023-06-23T10:15:00+00:00"),
    ("2023-06-23T10:15:00+06:00", "2023-06-23T04:15:00+00:00"),
    ("2023-06-23T10:15:00-01:30", "2023-06-23T11:45:00+00:00"),
    ("2023-06-23T10:15:00.123Z", "2023-06-23T10:15:00+00:00"),
    ("2023-06", "2023-06-01T00:00:00+00:00"),
])
def test_core_property_dates_in_utc(raw, iso):
    value = _w3cdtf(raw)
    assert value is not None and value.isoformat() == iso


@pytest.mark.parametrize("raw", ["yesterday", "2023-06-23T10:15:00+6:000"])
def test_unreadable_core_property_dates_are_none(raw):
    assert _w3cdtf(raw) is None


def test_damaged_packages_are_corrupt_and_bombs_refused():
    good = _rich_document()
    for bad in (good[: len(good) // 2], _rewrite(good, {"word/document.xml": lambda c: c[:-20]})):
        with pytest.raises(UnreadableDocument) as info:
            read_bytes(bad, "report.docx")
        assert info.value.code == "corrupt_file"
    with pytest.raises(UnreadableDocument) as info:
        read_docx(good, Limits(max_decompressed_bytes=1000))
    assert info.value.code == "decompression_bomb"
