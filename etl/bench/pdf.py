"""A minimal, deterministic PDF writer with a real Cyrillic text layer.

matplotlib's PDF backend can embed DejaVu Sans (pypdf extracts its text), but it
subsets the font on every save: about 0.7 s per two-page file, too slow for a
100,000-document corpus.  Here the font is subset once per process (fontTools,
which matplotlib already depends on) and embedded as a Type0/CIDFontType2 font
with Identity-H encoding and a ToUnicode CMap, so text extraction gives back
exactly the characters written.  No timestamps: same text, same bytes.
"""

from __future__ import annotations

import functools
import io
import os
import zlib

PAGE_W, PAGE_H = 595, 842  # A4 in points
MARGIN = 50
FONT_SIZE = 10
LEADING = 13
_FONT_NAME = "BENCHA+DejaVuSans"
_CHARSET = (
    [chr(c) for c in range(0x20, 0x7F)]
    + [chr(c) for c in range(0xA0, 0x100)]
    + [chr(c) for c in range(0x400, 0x500)]
    + list("–—‘’‚“”„•…№«»")
)


@functools.cache
def _font() -> tuple[bytes, dict[str, int], dict[int, int], int, int, int]:
    """(subset TTF bytes, char -> glyph id, glyph id -> advance/1000 em, ascent, descent, cap height)."""
    import matplotlib
    from fontTools import subset
    from fontTools.ttLib import TTFont

    path = os.path.join(matplotlib.get_data_path(), "fonts", "ttf", "DejaVuSans.ttf")
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.layout_features = []
    options.drop_tables += ["FFTM"]
    font = TTFont(path, recalcTimestamp=False)  # the head table keeps its date: same text, same bytes
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=[ord(c) for c in _CHARSET])
    subsetter.subset(font)
    buf = io.BytesIO()
    font.save(buf)
    font = TTFont(io.BytesIO(buf.getvalue()))
    upm = font["head"].unitsPerEm
    cmap = font.getBestCmap()
    gid_of = {chr(u): font.getGlyphID(name) for u, name in cmap.items()}
    hmtx = font["hmtx"]
    widths = {gid: round(hmtx[font.getGlyphName(gid)][0] * 1000 / upm) for gid in set(gid_of.values())}
    widths[0] = round(hmtx[font.getGlyphName(0)][0] * 1000 / upm)
    hhea = font["hhea"]
    ascent = round(hhea.ascent * 1000 / upm)
    descent = round(hhea.descent * 1000 / upm)
    return buf.getvalue(), gid_of, widths, ascent, descent, round(0.73 * 1000)


def _wrap(paragraph: str, max_width: float, gid_of: dict[str, int], widths: dict[int, int]) -> list[str]:
    lines: list[str] = []
    current = ""
    current_w = 0.0
    space_w = widths[gid_of[" "]] * FONT_SIZE / 1000
    for word in paragraph.split():
        w = sum(widths.get(gid_of.get(ch, 0), 600) for ch in word) * FONT_SIZE / 1000
        if current and current_w + space_w + w > max_width:
            lines.append(current)
            current, current_w = word, w
        else:
            current = f"{current} {word}" if current else word
            current_w = current_w + space_w + w if current_w else w
    if current:
        lines.append(current)
    return lines


def _pdf_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return "(" + "".join(ch if 32 <= ord(ch) < 127 else "?" for ch in escaped) + ")"


def render_pdf(text: str, title: str | None = None, creation_date: str | None = None) -> bytes:
    """Lay ``text`` out on A4 pages (one line per wrapped line, blank line between paragraphs).

    ``creation_date`` is ``YYYYMMDD``; it goes into the Info dictionary, as a real
    office export would, so readers can use it as file metadata.
    """
    font_bytes, gid_of, widths, ascent, descent, cap_height = _font()
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap(paragraph, PAGE_W - 2 * MARGIN, gid_of, widths) if paragraph.strip() else [""])
    per_page = (PAGE_H - 2 * MARGIN) // LEADING
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)]

    objects: list[bytes] = []  # objects[i] is object number i + 1

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: str = "") -> bytes:
        packed = zlib.compress(data, 6)
        return (f"<< /Length {len(packed)} /Filter /FlateDecode {extra}>>\nstream\n".encode()
                + packed + b"\nendstream")

    used = sorted(set(gid_of.values()))
    w_array = " ".join(f"{g} [{widths[g]}]" for g in used)
    font_file = add(stream(font_bytes, f"/Length1 {len(font_bytes)} "))
    descriptor = add((f"<< /Type /FontDescriptor /FontName /{_FONT_NAME} /Flags 32 /FontBBox [-1021 -463 1793 1232]"
                      f" /ItalicAngle 0 /Ascent {ascent} /Descent {descent} /CapHeight {cap_height} /StemV 80"
                      f" /FontFile2 {font_file} 0 R >>").encode())
    cid_font = add((f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{_FONT_NAME}"
                    f" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                    f" /FontDescriptor {descriptor} 0 R /CIDToGIDMap /Identity /DW 600 /W [{w_array}] >>").encode())
    to_unicode = add(stream(_cmap(gid_of).encode()))
    font = add((f"<< /Type /Font /Subtype /Type0 /BaseFont /{_FONT_NAME} /Encoding /Identity-H"
                f" /DescendantFonts [{cid_font} 0 R] /ToUnicode {to_unicode} 0 R >>").encode())
    pages_obj = len(objects) + 1 + 2 * len(pages)  # reserved: after every page and its content
    page_ids: list[int] = []
    for page_lines in pages:
        ops = ["BT", f"/F1 {FONT_SIZE} Tf", f"{LEADING} TL", f"{MARGIN} {PAGE_H - MARGIN} Td"]
        for line in page_lines:
            glyphs = "".join(f"{gid_of.get(ch, 0):04x}" for ch in line)
            ops.append(f"<{glyphs}> Tj T*" if glyphs else "T*")
        ops.append("ET")
        content = add(stream("\n".join(ops).encode()))
        page_ids.append(add((f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}]"
                             f" /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>").encode()))
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    assert add(f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()) == pages_obj
    catalog = add(f"<< /Type /Catalog /Pages {pages_obj} 0 R >>".encode())
    info_items = ["/Producer (etl.bench)"]
    if title:
        info_items.append(f"/Title {_utf16_string(title)}")
    if creation_date:
        info_items.append(f"/CreationDate (D:{creation_date}000000Z)")
    info = add(("<< " + " ".join(info_items) + " >>").encode())

    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def _utf16_string(text: str) -> str:
    return "<feff" + text.encode("utf-16-be").hex() + ">"


def _cmap(gid_of: dict[str, int]) -> str:
    pairs = sorted({gid: ch for ch, gid in gid_of.items()}.items())
    chunks = [pairs[i:i + 100] for i in range(0, len(pairs), 100)]
    body = []
    for chunk in chunks:
        body.append(f"{len(chunk)} beginbfchar")
        body.extend(f"<{gid:04x}> <{ord(ch):04x}>" for gid, ch in chunk)
        body.append("endbfchar")
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <ffff>\nendcodespacerange\n"
            + "\n".join(body) + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
