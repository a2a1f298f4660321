"""Bytes of a text file to ``str`` by deterministic rules.

Order: byte-order mark; UTF-16 without BOM (every other byte is a NUL or the
Cyrillic high byte 0x04); strict UTF-8; UTF-8 with a few damaged bytes
(replaced and counted); cp1251, the legacy Windows encoding of Cyrillic
reports in Kyrgyzstan.  Binary data is refused before any guessing.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from etl.documents.model import UnreadableDocument

_SAMPLE = 16_384
# Bytes that never occur in text files (tab, LF, VT, FF, CR and ESC are allowed).
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B))
_NON_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_LOW_BYTES = bytes(range(0x80))
_CP1251_LETTERS = bytes(range(0xC0, 0x100)) + b"\xa8\xb8\xab\xbb\x96\x97\xb9\x93\x94\xa0"
_UTF16_HIGH = {0x00, 0x04}  # high byte of ASCII and of Cyrillic code points
_NON_ASCII_OK = re.compile("[^\x00-\x7f\ufffd]")
_BAD_CHARS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\ufffd]")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    errors: int = 0  # damaged byte sequences replaced by U+FFFD


def decode_text(data: bytes) -> Decoded:
    """Decode a text file's bytes or raise ``UnreadableDocument``."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _checked(data[len(bom):], encoding)
    utf16 = _utf16_without_bom(data[:_SAMPLE])
    if utf16:
        return _checked(data, utf16)
    sample = data[:_SAMPLE]
    controls = len(sample.translate(None, _NON_CONTROL))
    if controls > max(2, len(sample) // 100):
        raise _binary()
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    errors = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    multibyte_ok = len(_NON_ASCII_OK.findall(text))
    # A few damaged bytes in otherwise good UTF-8 (a bad copy, a cut file): keep it.
    if errors and multibyte_ok >= 20 * errors:
        return Decoded(text, "utf-8", errors)
    high = sample.translate(None, _LOW_BYTES)
    # cp1251 letters are 0xC0-0xFF; text where most high bytes are symbols is not cp1251 text.
    if len(high) > 32 and len(high.translate(None, _CP1251_LETTERS)) > len(high) * 0.4:
        raise _binary()
    return _checked(data, "cp1251")


def _checked(data: bytes, encoding: str) -> Decoded:
    text = data.decode(encoding, errors="replace")
    errors = text.count("\ufffd")
    if encoding.startswith("utf-8"):
        errors -= data.count(b"\xef\xbf\xbd")
    bad = len(_BAD_CHARS.findall(text[:_SAMPLE]))
    if bad > max(2, len(text[:_SAMPLE]) // 50):
        raise _binary()
    return Decoded(text, encoding, max(errors, 0))


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is a NUL or 0x04 (ASCII/Cyrillic)."""
    if len(sample) < 8 or (sample.count(0) + sample.count(4)) < len(sample) // 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_high = sum(even.count(b) for b in _UTF16_HIGH) / len(even)
    odd_high = sum(odd.count(b) for b in _UTF16_HIGH) / len(odd)
    if odd_high >= 0.6 and even_high <= 0.1:
        return "utf-16-le"
    if even_high >= 0.6 and odd_high <= 0.1:
        return "utf-16-be"
    return None


def _binary() -> UnreadableDocument:
    return UnreadableDocument(
        "binary_content",
        "The file contains binary data, not text, and is not a supported document format "
        "(txt, md, html, docx, pdf, odt, rtf, eml).",
    )
