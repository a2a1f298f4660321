"""OpenDocument (.odt) files to text, and the zip-bomb check of both office formats (.docx: ``wordml``)."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from etl.config import Limits
from etl.documents.model import UnreadableDocument

_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODF_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODF_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
_DC = "http://purl.org/dc/elements/1.1/"


def check_zip_size(data: bytes, limits: Limits) -> None:
    """Refuse zip bombs before any parser inflates them: sum of declared member sizes."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise _corrupt() from exc
    refuse_bomb(members, limits)


def refuse_bomb(members: list[zipfile.ZipInfo], limits: Limits) -> None:
    """``decompression_bomb`` when the declared sizes pass the limit (a member that lies about its
    size fails its CRC check when read, as ``corrupt_file``)."""
    total = sum(member.file_size for member in members)
    if total > limits.max_decompressed_bytes or len(members) > 10_000:
        raise UnreadableDocument(
            "decompression_bomb",
            f"The document would unpack to {total / 1e6:.0f} MB ({len(members)} parts), more than the "
            f"{limits.max_decompressed_bytes / 1e6:.0f} MB allowed; it is refused as unsafe.",
        )


def read_odt(data: bytes, limits: Limits) -> tuple[str, str | None, dict[str, Any]]:
    """(text, title, metadata) of an OpenDocument text: paragraphs, headings, table rows."""
    check_zip_size(data, limits)
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            content = archive.read("content.xml")
            meta = archive.read("meta.xml") if "meta.xml" in archive.namelist() else None
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(content, parser)
    except (KeyError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        raise _corrupt() from exc
    blocks: list[str] = []
    title = None
    for element in root.iter(f"{{{_ODF_TEXT}}}p", f"{{{_ODF_TEXT}}}h", f"{{{_ODF_TABLE}}}table-row"):
        if element.tag == f"{{{_ODF_TABLE}}}table-row":
            cells = ["".join(_odf_text(p) for p in cell.iter(f"{{{_ODF_TEXT}}}p"))
                     for cell in element.iter(f"{{{_ODF_TABLE}}}table-cell")]
            if any(cells):
                blocks.append("\t".join(cells))
            continue
        if any(a.tag == f"{{{_ODF_TABLE}}}table-cell" for a in element.iterancestors()):
            continue  # written with its row
        text = _odf_text(element)
        if title is None and element.tag == f"{{{_ODF_TEXT}}}h" and text.strip():
            title = text.strip()
        blocks.append(text)
    metadata: dict[str, Any] = {}
    if meta is not None:
        try:
            meta_root = etree.fromstring(meta, parser)
            for key, tag in (("created", f"{{{_ODF_META}}}creation-date"), ("modified", f"{{{_DC}}}date")):
                found = meta_root.find(f".//{tag}")
                if found is not None and found.text:
                    metadata[key] = found.text.strip()
        except etree.XMLSyntaxError:
            pass
    return "\n\n".join(blocks), title, metadata


def _odf_text(element: Any) -> str:
    """Text of an ODF paragraph: <text:s/> spaces, <text:tab/>, <text:line-break/> included."""
    out: list[str] = [element.text or ""]
    for child in element:
        local = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
        if local == "s":
            count = child.get(f"{{{_ODF_TEXT}}}c", "1")
            out.append(" " * (min(int(count), 100) if count.isdigit() else 1))
        elif local == "tab":
            out.append("\t")
        elif local == "line-break":
            out.append("\n")
        elif local not in ("note", "annotation"):
            out.append(_odf_text(child))
        out.append(child.tail or "")
    return "".join(out)


def _corrupt() -> UnreadableDocument:
    return UnreadableDocument(
        "corrupt_file", "The Word/OpenDocument file is damaged and cannot be opened."
    )
