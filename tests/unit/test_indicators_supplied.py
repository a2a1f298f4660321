"""People a facility supplies with water, power, gas or heat are beneficiaries; jobs it promises and the
population of a place are not."""

from __future__ import annotations

import pytest

from tests.unit.indicator_support import indicator_tuples


def _beneficiaries(text: str) -> list[float]:
    return [t[2] for t in indicator_tuples(text, skip_dates=True) if t[0] == "beneficiaries"]


@pytest.mark.parametrize(("text", "value"), [
    ("The rehabilitated pipeline now provides about 1,900 villagers of Kok-Jar with drinking water.", 1900),
    ("The boiler house will supply heating to some 640 pupils and teachers of the two schools.", 640),
    ("More than 2,300 residents of the three villages benefit from the new canal.", 2300),
    ("Новый водопровод обеспечивает питьевой водой около 1 700 жителей села Кара-Тал.", 1700),
    ("Подстанция обеспечит электроэнергией более 900 сельчан.", 900),
    ("Жаңы суу түтүгү Кара-Булак айылынын 1 200дөн ашык тургунун таза ичүүчү суу менен камсыздайт.", 1200),
    ("Казан 450 окуучуну жылуулук менен камсыз кылат.", 450),
])
def test_people_supplied_are_beneficiaries(text: str, value: float) -> None:
    assert _beneficiaries(text) == [value]


@pytest.mark.parametrize("text", [
    # jobs promised with the same verb
    "Новый цех обеспечит работой 45 жителей села и будет снабжен водой из скважины.",
    # the place's population
    "В селе проживают 3 000 человек, водой их обеспечивает старый водопровод.",
])
def test_jobs_and_population_are_no_beneficiaries(text: str) -> None:
    assert _beneficiaries(text) == []
