"""RTF to text: a small tokenizer that keeps body text and drops font tables, pictures, fields' codes."""

from __future__ import annotations

import re

_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+|([^\\{}\r\n]+)")
# Groups whose content is not document text.
_SKIP_DESTINATIONS = frozenset(
    b"fonttbl colortbl stylesheet info pict object header footer headerl headerr headerf footerl footerr "
    b"footerf themedata colorschememapping datastore latentstyles listtable listoverridetable rsidtbl "
    b"generator xmlnstbl mmathPr fldinst bkmkstart bkmkend filetbl revtbl pgdsctbl shppict nonshppict".split()
)
_BREAKS = {b"par": "\n", b"line": "\n", b"sect": "\n\n", b"page": "\n\n", b"row": "\n", b"cell": "\t",
           b"tab": "\t", b"emdash": "—", b"endash": "–", b"lquote": "‘", b"rquote": "’",
           b"ldblquote": "“", b"rdblquote": "”", b"bullet": "•", b"~": "\u00a0", b"_": "-"}


def rtf_to_text(data: bytes) -> str:
    codepage = "cp1252"
    match = re.search(rb"\\ansicpg(\d+)", data[:4096])
    if match:
        codepage = f"cp{int(match.group(1))}"
        try:
            b"".decode(codepage)
        except LookupError:
            codepage = "cp1252"
    out: list[str] = []
    pending = bytearray()  # \'hh bytes decoded together (multi-byte code pages)
    stack: list[tuple[bool, int]] = []
    skipping, uc, skip_chars = False, 1, 0
    group_start = False
    for word, arg, hexbyte, symbol, brace, text in _iter(data):
        if hexbyte is None and pending:
            out.append(bytes(pending).decode(codepage, errors="replace"))
            pending.clear()
        if brace == b"{":
            stack.append((skipping, uc))
            group_start = True
            continue
        if brace == b"}":
            skipping, uc = stack.pop() if stack else (False, 1)
            continue
        starts_group, group_start = group_start, False
        if symbol == b"*" and starts_group:
            skipping = True
            continue
        if word is not None:
            if starts_group and word in _SKIP_DESTINATIONS:
                skipping = True
            elif word == b"uc" and arg is not None:
                uc = int(arg)
            elif word == b"u" and arg is not None and not skipping:
                out.append(chr(int(arg) % 65536))
                skip_chars = uc
            elif not skipping and word in _BREAKS:
                out.append(_BREAKS[word])
            continue
        if skipping:
            continue
        if skip_chars:  # the ANSI fallback after \uN
            skip_chars -= 1
            if hexbyte is not None or text is None:
                continue
            text = text[1:]
        if hexbyte is not None:
            pending.append(int(hexbyte, 16))
        elif symbol is not None:
            out.append(_BREAKS.get(symbol, symbol.decode("latin-1")))
        elif text:
            out.append(text.decode(codepage, errors="replace"))
    if pending:
        out.append(bytes(pending).decode(codepage, errors="replace"))
    return "".join(out)


def _iter(data: bytes):  # type: ignore[no-untyped-def]
    for m in _TOKEN.finditer(data):
        if m.group(0)[:1] in (b"\r", b"\n"):
            continue
        yield m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)
