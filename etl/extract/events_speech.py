"""Direct speech: what a speaker recalls is no event the report tells.

«В январе мы провели конкурс среди столовых», — рассказала начальник управления; "When we opened the
station in 2021, residents paid twice as much," said the head; «Былтыр биз форум өткөрдүк», — деди ал.
A quotation is speech when its words end on a stop or a comma inside the marks or a dash and a speaker
follow it; a quoted name or title («Как провести круглый стол» тренинги) is neither.
"""

from __future__ import annotations

import re

_OPEN = "«“„\""
_CLOSE = "»”“\""
# after the closing mark: the dash of a speaker ("», — сказал", "», - деди ал") or a verb of saying
_SAID_AFTER = re.compile(r"\s*,?\s*[—–-]\s|\s*,?\s*(?:said|says|added|noted|explained|recalled|stressed|told)\b")
_STOP_INSIDE = ".,!?…"
_MARK = re.compile(r"[«»“”„\"]")
_CLOSING = re.compile(r"[»”“\"]")
_REACH = 1500  # a quotation longer than this is no longer one speaker's turn


def in_speech(folded: str, at: int) -> bool:
    """Whether ``folded[at]`` lies within a quotation that is a speaker's words."""
    opened = -1
    for m in _MARK.finditer(folded, max(0, at - _REACH), at):  # the marks only: most texts have few
        c = m.group(0)
        if opened < 0 and c in _OPEN:
            opened = m.start()
        elif opened >= 0 and c in _CLOSE:
            opened = -1
    if opened < 0:
        return False
    close = _CLOSING.search(folded, at, at + _REACH)
    if close is None:
        return False
    return folded[close.start() - 1] in _STOP_INSIDE or _SAID_AFTER.match(folded, close.end()) is not None


# "По данным Департамента туризма, в 2024 году область посетили 1,8 млн туристов", "According to the ministry,
# 40 schools were visited", "Министрликтин маалыматы боюнча …": a figure the text cites from a source, no event it
# tells
_CITED = re.compile(r"[\W\d]{0,3}(?:(?:по|согласно)\s+(?:[а-я]+(?:ым|им)\s+)?(?:данным|информации|статистике|сведениям)|"
                    r"according\s+to|(?:[^\s.!?]+\s+){1,4}?(?:маалыматы|маалыматтары)\w*\s+(?:боюнча|ылайык|караганда))"
                    r"(?![а-яa-z])")


def cited_figure(folded: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence opens by citing where its figures come from."""
    return _CITED.match(folded, sentence[0], sentence[1]) is not None
