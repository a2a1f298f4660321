"""A related-news block at the very end of a page that has no "Read also" heading.

News sites list other headlines after the article: "Сумсарда селден 12 үй жабыркады",
"Ош: открылся новый детский сад 12.06.2024 👁 345", "Talas: 5 schools repaired".  Copied
as plain text (or rendered from HTML whose block carried no recognisable heading) they are
a run of short title-like lines after the article's last sentence, and their places and
figures are not the report's.  A reader recognises the run by its shape, not its words:

- it sits at the end of the text, after a line that closes a sentence (the article's end);
- every line is headline-length, starts with a capital or a digit and ends without
  sentence punctuation (a trailing date, time or view count is allowed);
- there are at least two such lines (one short line after a report is a signature).

Signature-like lines (a press service, a photo credit, a phone or an address) stop the run:
they are the report's own and name its source.  Only the last few lines are looked at.
"""

from __future__ import annotations

import re

_MAX_LINES = 12
_MIN_LINES = 2
_LINE_MAX = 150
_LINE_MIN_WORDS = 3
# A trailing date / time / counter on a headline line: "12.06.2024", "18:30", "👁 345", "(12)".
_TAIL_META = re.compile(
    r"(?:[\s|·•—–-]*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2}|[👁💬]\s*\d+|\(\d+\)|\d{1,2}\s+"
    r"[^\W\d_]{3,9}\.?\s+\d{4}(?:\s*(?:г\.?|ж\.?|-ж\.?))?))+\s*$"
)
_BULLET = re.compile(r"^[\s•*·>\-–—]+")
_SENTENCE_END = re.compile(r"[.!?…][\s\"'»”)]*$")
# Lines a report itself ends with: its source, credits, contacts and links.
_SIGNATURE = re.compile(
    r"пресс-служб|пресс-центр|басма\s+сөз|маалымат\s+кызмат|press\s+(?:office|service)|фото|сүрөт|photo"
    r"|источник|булак|source|автор|author|тел\.|tel\.|phone|e-?mail|http|www\.|@|#|адрес|дарек|address",
    re.IGNORECASE,
)


def trailing_headlines_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(block_start, block_end)`` of a heading-less headline run ending the part ``[start, end)``."""
    block_start = block_end = -1
    count = 0
    pos = end
    while pos > start and count <= _MAX_LINES:
        line_start = text.rfind("\n", start, pos) + 1
        line_start = max(line_start, start)
        line = text[line_start:pos].strip()
        if line:
            if not _is_headline(line):
                if count < _MIN_LINES or not _SENTENCE_END.search(line):
                    return None
                share = (block_start - start) / max(1, end - start)
                return (block_start, block_end) if share >= 0.5 else None
            if block_end < 0:
                block_end = line_start + len(text[line_start:pos].rstrip())
            block_start = line_start + (len(text[line_start:pos]) - len(text[line_start:pos].lstrip()))
            count += 1
        pos = line_start - 1
    return None


def _is_headline(line: str) -> bool:
    if len(line) > _LINE_MAX or _SIGNATURE.search(line):
        return False
    core = _TAIL_META.sub("", _BULLET.sub("", line)).strip()
    if not core or not (core[0].isupper() or core[0].isdigit() or core[0] in "«\"“"):
        return False
    if core[-1] in ".!?…:;," or len(core.split()) < _LINE_MIN_WORDS:
        return False
    return True
