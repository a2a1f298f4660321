"""English loanwords in Cyrillic names: hubs, debates, smart, startups; "Тех" only when capitalized
(lower-case "тех" is the Russian "of those")."""

from __future__ import annotations

from etl.reference.org_loanwords import english_loanwords
from etl.reference.organizations import find_organizations


def test_loanwords_in_names() -> None:
    assert english_loanwords("Нарын Тех Хаб") == "Нарын Tech Hub"
    assert english_loanwords("Дебат Борбору") == "Debate Борбору"
    assert english_loanwords("Смарт Айыл") == "Smart Айыл"
    assert english_loanwords("для тех, кто") == "для тех, кто"


def test_unseen_names_use_them() -> None:
    names = {m.organization.name for m in find_organizations("Хакатонду «Талас Тех Хаб» коомдук фонду уюштурду.")}
    assert names == {"Talas Tech Hub Public Foundation"}


def test_tourism_and_policy_are_spelt_back_in_english() -> None:
    from etl.reference.org_loanwords import english_loanwords

    assert english_loanwords("Ала-Тоо Туризм") == "Ала-Тоо Tourism"
    assert english_loanwords("Медиа Полиси") == "Media Policy"
