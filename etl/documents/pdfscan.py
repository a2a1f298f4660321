"""What a PDF asks its reader to inflate, counted before PDFium sees it.

PDFium inflates every Flate stream a page needs in full (a 1 MB file whose content stream
inflates to 1.5 GB took 2.6 GB of memory and 5.5 s), and its C calls cannot be cut by the
parse time limit.  So the Flate streams that text extraction reads (page contents, forms,
fonts, object and cross-reference streams; not images, which text extraction never decodes)
are inflated here first, output discarded, and a file that would exceed
``Limits.max_decompressed_bytes`` is refused as a decompression bomb.

Streams this count cannot see are left to pypdf, which bounds each filter's output itself:
encrypted files (their streams are ciphertext here) and the legacy filters LZW, RunLength,
ASCII85 and ASCIIHex (which can also hide a Flate stream).  Both are rare in today's reports.
"""

from __future__ import annotations

import re
import zlib

# "stream" then its end of line; "endstream" is not a stream start.
_STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_NEEDS_PYPDF = re.compile(rb"/(?:Encrypt|LZWDecode|LZW|RunLengthDecode|RL|ASCII85Decode|A85|ASCIIHexDecode|AHx)"
                          rb"(?![A-Za-z0-9])")
_DICT_WINDOW = 4096  # bytes before "stream" searched for the stream's dictionary
_CHUNK = 1 << 20


def needs_pypdf(data: bytes) -> bool:
    """Encrypted, or uses a legacy filter: streams whose inflated size cannot be counted here."""
    return _NEEDS_PYPDF.search(data) is not None


def inflated_size(data: bytes, budget: int) -> int:
    """Bytes the Flate streams (images excepted) inflate to; counting stops once past ``budget``."""
    total = 0
    pos = 0
    while total <= budget:
        found = _STREAM.search(data, pos)
        if found is None:
            break
        start = pos = found.end()
        if len(data) < start + 2 or data[start] & 0x0F != 8 or (data[start] << 8 | data[start + 1]) % 31:
            continue  # not a zlib stream (another filter, or the word inside binary data)
        if _is_image(data, found.start()):
            continue
        inflater = zlib.decompressobj()
        pending = b""
        read_to = start
        try:
            while not inflater.eof and total <= budget:
                if not pending:
                    pending = data[read_to:read_to + _CHUNK]
                    read_to += len(pending)
                    if not pending:
                        break
                total += len(inflater.decompress(pending, _CHUNK))
                pending = inflater.unconsumed_tail
        except zlib.error:
            continue  # damaged: PDFium stops there too
        pos = read_to - len(inflater.unused_data) - len(pending)
    return total


def _is_image(data: bytes, stream_at: int) -> bool:
    """Whether the dictionary in front of the stream keyword says /Subtype /Image."""
    opened = data.rfind(b"obj", max(0, stream_at - _DICT_WINDOW), stream_at)
    head = data[opened if opened >= 0 else max(0, stream_at - _DICT_WINDOW):stream_at]
    return b"/Image" in head
