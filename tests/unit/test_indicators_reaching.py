""""…, reaching 1,540 people": the people a campaign reached are beneficiaries; "reaching" after the count
says where the people went, not who was reached."""

from __future__ import annotations

from tests.unit.indicator_support import indicator_tuples


def test_reaching_before_the_count_is_a_benefit() -> None:
    text = ("From 3 to 14 May 2026 a hygiene campaign was held in Kant. Teams held 20 sessions in schools and clubs, "
            "reaching 1,540 people, of whom about 900 were children.")
    figures = [(t[0], t[2]) for t in indicator_tuples(text, skip_dates=True)]
    assert ("beneficiaries", 1540) in figures
    assert ("beneficiaries", 900) in figures


def test_reaching_after_the_count_is_no_benefit() -> None:
    text = "On 3 May 2026 a training was held in Kant for 25 nurses, reaching the district clinics."
    assert [(t[0], t[2]) for t in indicator_tuples(text, skip_dates=True)] == [("participants", 25)]
