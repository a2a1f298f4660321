"""Two events told in one sentence, each with its own date: "12-13 марта прошел тренинг, а 14 марта —
круглый стол", "a training took place on 12 March and on 14 March a round table", "12-мартта тренинг,
14-мартта тегерек стол өттү".  The sentence's one verb serves both clauses; each clause is an anchor.
"""

from __future__ import annotations

import re

from etl.extract.dates import find_dates

# Before the second clause's date: a comma or semicolon, maybe "а"/"и"/"and"/"while", maybe "on"/"в".
_CLAUSE_BEFORE = re.compile(r"[,;]\s*(?:(?:а|и|and|while|whereas|then)\s+)?(?:(?:on|в)\s+)?$")


def dated_clauses(folded: str, sentence: tuple[int, int], hits: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """``sentence`` cut before each later date that opens a clause naming an event of another type than the
    clause before; the sentence whole when it tells one kind of event or dates only one."""
    if len({t for _, t in hits}) < 2:
        return [sentence]
    cuts = []
    for d in find_dates(folded, *sentence)[1:]:
        lead = _CLAUSE_BEFORE.search(folded, max(sentence[0], d.span[0] - 25), d.span[0])
        if lead is not None:
            cuts.append(lead.start())
    clauses, start = [], sentence[0]
    for cut in cuts + [sentence[1]]:
        if any(start <= at < cut for at, _ in hits) or cut == sentence[1]:
            clauses.append((start, cut))
            start = cut
    kinds = [{t for at, t in hits if a <= at < b} for a, b in clauses]
    if len(clauses) < 2 or any(not k for k in kinds) or all(k == kinds[0] for k in kinds):
        return [sentence]
    return clauses
