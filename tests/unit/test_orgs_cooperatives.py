"""A bare "кооператив «X»" in a report about farmers and farm cooperatives is an agricultural cooperative;
a housing or credit cooperative says so, and a report with no farming word keeps the plain form."""

from __future__ import annotations

from etl.reference.organizations import find_organizations


def names(text: str) -> set[str]:
    return {m.organization.name for m in find_organizations(text)}


def test_cooperative_in_a_farming_report_is_agricultural() -> None:
    text = ("Проект охватил 900 фермеров района. На встрече выступила председатель кооператива «Жер Азык».")
    assert names(text) == {"Jer Azyk Agricultural Cooperative"}
    text = "Айыл чарба кооперативдеринин форуму өттү. «Жер Азык» кооперативинин төрагасы сөз сүйлөдү."
    assert names(text) == {"Jer Azyk Agricultural Cooperative"}


def test_other_cooperatives_keep_their_form() -> None:
    assert names("Председатель кооператива «Жер Азык» рассказал о ремонте дома.") == {"Jer Azyk Cooperative"}
    assert names("Фермеры и члены кредитного кооператива «Жер Азык» встретились.") == {"Jer Azyk Cooperative"}
