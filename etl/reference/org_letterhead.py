"""An organization's letterhead over its own activity report is the report's author.

"Фонд Ага Хана — Представительство в Кыргызской Республике" over "Ежемесячный отчет о деятельности",
"UNICEF Kyrgyzstan Country Office" over "Quarterly progress report", "… Кыргызстандагы өкүлчүлүгү"
over "ай сайын отчет": the body whose office heads the page reports what its project did, so it carries
the work out (a funder by kind included: the project's own donor is named apart).  The first line may
add the office to the name; the report's title must follow within a few lines.
"""

from __future__ import annotations

import re

# the office after the name on the letterhead line: "— Представительство в КР", ", Country Office"
_OFFICE_TAIL = re.compile(
    r"[^\S\n]*(?:[—–-]|,)?[^\S\n]*(?:(?:представительство|офис|филиал)(?:[^\S\n]+в[^\S\n]+(?:Кыргызской[^\S\n]+Республике"
    r"|Кыргызстане|КР))?|(?:in[^\S\n]+(?:the[^\S\n]+)?(?:Kyrgyz[^\S\n]+Republic|Kyrgyzstan)[^\S\n]*)?(?:country|national)"
    r"[^\S\n]+office|(?:Kyrgyzstan|Kyrgyz[^\S\n]+Republic)(?:[^\S\n]+(?:country[^\S\n]+)?office)?"
    r"|Кыргыз[^\S\n]+Республикасындагы[^\S\n]+өкүлчүлүгү|Кыргызстандагы[^\S\n]+өкүлчүлүгү)[^\S\n]*$", re.IGNORECASE)
_REPORT_TITLE = re.compile(r"(?<!\w)(?:отч[её]т\w*|report|баяндама\w*|отчет\w*)(?!\w)", re.IGNORECASE)


def letterhead_line(text: str, end: int) -> bool:
    """``text[end:]`` up to the line's end is empty or an office tail, and a report title follows."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[end:line_end]
    if rest.strip() and not _OFFICE_TAIL.fullmatch(rest):
        return False
    return _REPORT_TITLE.search(text, line_end, min(len(text), line_end + 200)) is not None
