"""Money given, then a future predicate of the same subject ("… KGS 5.6 million and will serve 400 people"):
the plan is the subject's next act, not the amount's."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


@pytest.mark.parametrize(("text", "value"), [
    ("The school was repaired with a grant of KGS 4.1 million and will take 600 pupils from September.", 4100000),
    ("Центр отремонтирован за счет гранта в 3,2 млн сомов и будет обслуживать 900 жителей.", 3200000),
])
def test_money_given_before_a_future_predicate_stays(text: str, value: float) -> None:
    assert ("funding_amount", "total", value, "KGS") in indicator_tuples(text, skip_dates=True)


@pytest.mark.parametrize("text", [
    "Район выделит 3 млн сомов и будет контролировать работы.",
    "The district will allocate KGS 3 million and will oversee the works.",
])
def test_money_still_to_come_stays_out(text: str) -> None:
    assert not any(t[0] == "funding_amount" for t in indicator_tuples(text, skip_dates=True))
