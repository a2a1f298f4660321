"""Groups, projects or bodies a commission selected in a grant competition are as many grants: "Комиссия
алардын ичинен алты демилгелүү топту тандап алды. Гранттар … берилди", "для финансирования отобраны 7
проектов", "the jury selected 12 projects for funding"."""

from __future__ import annotations

import re

from etl.extract.indicators_reading import Count
from etl.extract.indicators_vocab import APPLIED

_SELECTED = re.compile(
    r"(?<![а-яa-z])(?:отобран[аоы]?|отобрал[аи]?|выбран[аоы]?|выбрал[аи]?|определен[аоы]?|"
    r"тандап\s+алд|тандалд|тандалып|тандашт|шортлистке|selected|chosen|shortlisted|picked)(?![a-z])")
# The grant or the funding the selection is for, in its sentence or the next: "гранттар берилди",
# "для финансирования", "каржылоого", "for funding".
_FOR_FUNDING = re.compile(r"грант|grant|финансировани|каржылоо|funding|financing")


def selected_for_grant(folded: str, c: Count, clause: str, planned: bool) -> bool:
    if planned or not _SELECTED.search(clause):
        return False
    s_start, s_end = c.sentence
    para = folded.find("\n", s_end + 1, s_end + 200)
    stop = para if para >= 0 else min(len(folded), s_end + 200)
    return bool(_FOR_FUNDING.search(folded, s_start, stop)) and not APPLIED.search(clause)


def drop_selected_repeats(folded: str, counts: list[Count]) -> None:
    """"для финансирования отобраны 7 проектов … вручение сертификатов 7 инициативным группам": the
    selection and the award of the same grants; the award stands."""
    awarded = [c for c in counts if c.indicator == "grants_awarded"]
    if len(awarded) < 2:
        return
    selected = [c for c in awarded if _SELECTED.search(folded, c.sentence[0], c.sentence[1])]
    for c in selected:
        if any(o is not c and o.num.value == c.num.value and o not in selected for o in awarded):
            c.indicator = None
