"""Whole-sentence and whole-text cues that change what a count is: findings of a study and uses the
money will go to are no places covered; places that each got a grant are as many grants."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.indicators_reading import Count

# "По данным исследования, … в 5 селах вода подается не более 6 часов", "the survey found that in 8
# villages …": what a study found about places describes them; it does not cover them.
_FINDINGS = re.compile(
    r"по\s+(?:данным|результатам|итогам)\s+(?:[а-я]+\s+)?(?:исследовани|опрос|мониторинг|анализ)|"
    r"(?:исследовани|опрос|мониторинг)[а-я]*\s+(?:показал|выявил)|"
    r"(?:according\s+to|the)\s+(?:the\s+)?(?:study|survey|research|assessment)(?:\s+(?:found|showed|revealed))?|"
    r"(?:изилдоо|сурамжылоо|мониторинг)[а-я]*\s+(?:жыйынтыг|маалымат|корсотту)"
)
# "The funds will be used to … build two kindergartens", "средства будут направлены на ремонт 3 школ":
# what the money will pay for is still to come, for every item the sentence lists.
_FUNDS_USE = re.compile(
    r"will\s+be\s+(?:used|spent)|will\s+go\s+to|будут\s+(?:направлены|использованы|потрачены)|пойдут\s+на|"
    r"(?:жумшалат|багытталат|пайдаланылат)(?![а-я])"
)


def place_not_covered(folded: str, s_start: int, num_start: int, s_end: int) -> bool:
    """A place count its sentence frames as a study's finding (said before it) or as what money will
    pay for (said anywhere in it: "5 айылдагы пункттарды оңдоого жумшалат")."""
    return bool(_FINDINGS.search(folded, s_start, num_start) or _FUNDS_USE.search(folded, s_start, s_end))


# "Twelve ayil aimaks … each received a grant", "по гранту получили 8 школ": one grant to each place.
_GRANT_EACH = re.compile(
    r"(?<![a-z])each\s+(?:received|got|won|was\s+awarded|were\s+awarded)\s+(?:a|one)\s+(?:[a-z-]+\s+)?grant(?![a-z])|"
    r"(?:received|won|were\s+awarded)\s+(?:a|one)\s+grant\s+each|"
    r"получил[аи]?\s+по\s+(?:одному\s+)?гранту|по\s+(?:одному\s+)?гранту\s+получил[аи]?|"
    r"ар\s+бири\s+[^.;]{0,30}?грант[а-я]*\s+(?:алды|алышты|утуп\s+алды|утту)|бирден\s+грант"
)


# "signed grant agreements with five municipalities", "подписаны грантовые соглашения с 6 айыл окмоту",
# "5 айыл аймагы менен гранттык келишимдерге кол коюлду": an agreement, and a grant, with each.
_AGREEMENT_BEFORE = re.compile(
    r"(?:grant\s+(?:agreements?|contracts?)|грантов[а-я]*\s+(?:соглашени|договор)[а-я]*|(?:соглашени|договор)[а-я]*\s+"
    r"о\s+(?:предоставлении\s+)?грант[а-я]*)\s+(?:were\s+signed\s+|was\s+signed\s+|подписан[аы]?\s+|заключен[аы]?\s+)?"
    r"(?:with|с|со)\s+(?:(?:more|another|other|further|еще|ещё)\s+)?$")
_AGREEMENT_AFTER = re.compile(r"\s*(?:[а-я]+\s+){0,2}менен\s+(?:гранттык\s+)?(?:келишим|макулдашуу)[а-я]*\s+"
                              r"(?:[а-я]+\s+)?кол\s+кой")


def grants_to_each(folded: str, counts: list[Count]) -> None:
    """Places or institutions that each received a grant are covered and are as many grants, when their
    sentence counts no grants of its own."""
    if "grant" not in folded and "грант" not in folded:
        return
    for c in list(counts):
        if c.indicator not in ("settlements_covered", "institutions_covered"):
            continue
        s_start, s_end = c.sentence
        if not (_GRANT_EACH.search(folded, c.noun_end, s_end)
                or _AGREEMENT_BEFORE.search(folded, max(s_start, c.num.start - 80), c.num.start)
                or _AGREEMENT_AFTER.match(folded, c.noun_end)):
            continue
        if any(o.indicator == "grants_awarded" and o.sentence == c.sentence for o in counts):
            continue
        counts.append(replace(c, indicator="grants_awarded", children=[], parent=None))
