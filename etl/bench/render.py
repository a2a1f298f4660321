"""Composed report -> file bytes in its format (txt, html, docx, pdf), deterministically."""

from __future__ import annotations

import html
import io
import zipfile

from etl.bench.compose import Composed
from etl.bench.pdf import render_pdf

_NAV = {"ky": ("Башкы бет", "Жаңылыктар", "Долбоорлор", "Биз жөнүндө", "Байланыш"),
        "ru": ("Главная", "Новости", "Проекты", "О нас", "Контакты")}
_FOOTER = {"ky": "Бардык укуктар корголгон. Материалдарды колдонууда шилтеме милдеттүү.",
           "ru": "Все права защищены. При использовании материалов ссылка обязательна."}
_ZIP_DATE = (2020, 1, 1, 0, 0, 0)


def body_text(doc: Composed) -> str:
    head = [doc.title] + ([doc.dateline] if doc.dateline else [])
    return "\n\n".join(head + doc.paragraphs) + "\n"


def render(doc: Composed) -> bytes:
    if doc.fmt == "html":
        return _html(doc).encode("utf-8")
    if doc.fmt == "docx":
        return _docx(doc)
    if doc.fmt == "pdf":
        return render_pdf(body_text(doc), title=doc.title, creation_date=doc.created.strftime("%Y%m%d"))
    text = body_text(doc)
    if doc.index % 10 == 3:  # some exports from Windows tools
        text = text.replace("\n", "\r\n")
    return text.encode(doc.encoding)


def _html(doc: Composed) -> str:
    lang = doc.langs[0]
    esc = html.escape
    nav = " | ".join(f'<a href="/{i}">{esc(label)}</a>' for i, label in enumerate(_NAV[lang]))
    time_tag = f'<time class="date">{esc(doc.dateline)}</time>\n' if doc.dateline else ""
    body = "\n".join(f"<p>{esc(p)}</p>" for p in doc.paragraphs)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(doc.title)}</title>\n"
            '<script>window.dataLayer = window.dataLayer || [];</script>\n</head>\n<body>\n'
            f'<header><nav class="menu">{nav}</nav></header>\n'
            f'<main><article>\n<h1>{esc(doc.title)}</h1>\n{time_tag}{body}\n</article></main>\n'
            f"<footer><p>{esc(_FOOTER[lang])}</p></footer>\n</body>\n</html>\n")


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/></Relationships>'
)


def _docx(doc: Composed) -> bytes:
    """A minimal WordprocessingML package (what python-docx and Word read), fixed zip timestamps."""
    esc = html.escape

    def para(text: str, bold: bool = False) -> str:
        props = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p><w:r>{props}<w:t xml:space="preserve">{esc(text, quote=False)}</w:t></w:r></w:p>'

    paras = [para(doc.title, bold=True)] + ([para(doc.dateline)] if doc.dateline else [])
    paras += [para(p) for p in doc.paragraphs]
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f'<w:body>{"".join(paras)}<w:sectPr/></w:body></w:document>')
    stamp = doc.created.isoformat() + "T09:00:00Z"
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{esc(doc.title, quote=False)}</dc:title>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
            "</cp:coreProperties>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in (("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _RELS),
                           ("word/document.xml", document), ("docProps/core.xml", core)):
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data.encode("utf-8"))
    return buf.getvalue()
