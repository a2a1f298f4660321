""""участниц", the feminine of "участник", counts women: a female figure."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize(("text", "kind"), [
    ("14 мая в Токмоке прошел тренинг для предпринимательниц. Сертификаты об окончании курса получили 25 участниц.",
     "people_trained"),
    ("14 мая в Токмоке прошел семинар. В нем приняли участие 28 участниц.", "participants"),
])
def test_feminine_participants_are_a_female_figure(text: str, kind: str) -> None:
    figures = [(t[0], t[1]) for t in indicator_tuples(text, skip_dates=True)]
    assert (kind, "female") in figures
    assert (kind, "total") not in figures
