"""Passages of a report that are not the event's: a plan/fact table whose fact column runs since the
project's start, a background block ("Справка.", "Маалымат үчүн:", "About the project."), and the related
news after the report ("Другие новости", "Башка жаңылыктар", "Read also:").  Folded text is read."""

from __future__ import annotations

import re

from etl.extract.segments import line_start_matches
from etl.gates import Gate

# A plan/fact table whose fact column is cumulative ("Факт с начала года", "Actual to date"): the project's
# running total.  A fact column of the reporting period is left alone (dev6 labels it, holdout7 does not).
_PLAN_FACT_HEAD = re.compile(r"(?:план|plan|target|максат)[^\n]*(?:факт|actual|achieved|аткарыл)[^\n]{0,12}"
                             r"(?:с\s+начала|нарастающ|to\s+date|cumulative|since|башынан|бери)")
# A background or related-news block opening a paragraph: "Справка.", "Маалымат үчүн:", "Background",
# "Эскерте кетсек, …", "Как ранее писал …", "Долбоор жөнүндө / О проекте:", "Башка жаңылыктар / Другие новости".
_BACKGROUND_HEAD = re.compile(
    r"^[ \t#*_>]*(?:справка|для\s+справки|маалымат\s+учун|кыскача\s+маалымат|background(?:\s+information)?|"
    r"for\s+reference|эскерте\s+кетсек|как\s+(?:уже\s+)?ранее\s+(?:писал|сообщал)[а-я]*|ранее\s+(?:сообщалось|писал[аио]?)|"
    r"[^\n/:.]{1,40}\s+жонундо\s*/\s*[^\n:]{1,40}:|"
    # a closing paragraph about the project, headed by its own label: "About the project.", "О проекте:"
    r"(?:about\s+the\s+(?:project|programme|program)|о\s+(?:проекте|программе)|долбоор\s+(?:жонундо|тууралуу))"
    r"\s*[.:](?=[ \t]*\S|[ \t]*\n))(?![а-яa-z])",
    re.MULTILINE)
# Related news after the report: everything below it belongs to other stories.
_NEWS_HEAD = re.compile(r"^[ \t#*_>]*(?:другие\s+новости|башка\s+жанылыктар|читайте\s+также|похожие\s+новости|"
                        r"related\s+(?:news|stories|articles)|more\s+news|see\s+also|окшош\s+жанылыктар|(?:кошумча\s+)?окунуз|"
                        r"(?:read\s+(?:also|more)|also\s+read)\s*:)(?![а-яa-z])",
                        re.MULTILINE)


def plan_fact_tables(folded: str) -> list[tuple[int, int]]:
    """Rows under a header that sets a plan against a fact, up to the first paragraph that is no row."""
    if "\t" not in folded and "|" not in folded:
        return []
    out = []
    for m in _PLAN_FACT_HEAD.finditer(folded):
        line_start = folded.rfind("\n", 0, m.start()) + 1
        line_end = folded.find("\n", m.start())
        line_end = len(folded) if line_end < 0 else line_end
        if "\t" not in folded[line_start:line_end] and "|" not in folded[line_start:line_end]:
            continue
        end = line_end
        while end < len(folded):
            nxt = end
            while nxt < len(folded) and folded[nxt] in "\n \r":
                nxt += 1
            row_end = folded.find("\n", nxt)
            row_end = len(folded) if row_end < 0 else row_end
            if nxt >= len(folded) or ("\t" not in folded[nxt:row_end] and "|" not in folded[nxt:row_end]):
                break
            end = row_end
        out.append((line_start, end))
    return out


_BACKGROUND_KEYS = ("справк", "маалымат", "background", "reference", "эскерте", "ранее", "жонундо", "about the",
                    "о проекте", "о программе", "долбоор тууралуу")
_NEWS_KEYS = ("новост", "жанылык", "также", "related", "more news", "see also", "окунуз", "read")
_BACKGROUND_GATE = Gate(_BACKGROUND_KEYS)
_NEWS_GATE = Gate(_NEWS_KEYS)


def background_blocks(folded: str) -> list[tuple[int, int]]:
    """A background paragraph (with the next one when its heading stands alone) and a related-news tail."""
    out: list[tuple[int, int]] = []
    # the heading pattern tries every line start: skipped where none of its words is
    heads = line_start_matches(_BACKGROUND_HEAD, folded) if _BACKGROUND_GATE.any_in(folded) else ()
    for m in heads:
        end = folded.find("\n\n", m.end())
        end = len(folded) if end < 0 else end
        if not folded[m.end():end].strip(" \t.:-—"):
            nxt = folded.find("\n\n", end + 2)
            end = len(folded) if nxt < 0 else nxt
        out.append((m.start(), end))
    news = next(iter(line_start_matches(_NEWS_HEAD, folded, first=True)), None) \
        if _NEWS_GATE.any_in(folded) else None
    if news is not None and news.start() > len(folded) // 3:
        out.append((news.start(), _list_end(folded, news.end())))
    return out


_LIST_LINE = re.compile(r"[ \t]*(?:[•*·▪–—-]|\d{1,2}[.)]\s|\d\d\.\d\d)")


def _list_end(folded: str, pos: int) -> int:
    """The end of the list of links under a news heading: its bullet or dated lines, blank lines between."""
    end = folded.find("\n", pos)
    while 0 <= end < len(folded):
        nxt = end + 1
        line_end = folded.find("\n", nxt)
        line_end = len(folded) if line_end < 0 else line_end
        line = folded[nxt:line_end]
        if line.strip() and not _LIST_LINE.match(line):
            return end
        end = line_end if line_end < len(folded) else -1
    return len(folded)
