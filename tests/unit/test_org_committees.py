"""Jogorku Kenesh committees are named by their portfolio, not as the parliament as a whole."""

from __future__ import annotations

import pytest

from etl.reference.org_committees import parliament_committees
from etl.reference.organizations import find_organizations
from etl.text import fold


def _names(text: str) -> list[str]:
    return [m.organization.name for m in find_organizations(text, include_incidental=True)]


@pytest.mark.parametrize(("text", "name"), [
    ("Члены Комитета Жогорку Кенеша по бюджету, экономической и фискальной политике посетили район.",
     "Jogorku Kenesh Committee on Budget, Economic and Fiscal Policy"),
    ("Выступил депутат Жогорку Кенеша, член Комитета по международным делам, обороне, безопасности и миграции.",
     "Jogorku Kenesh Committee on International Affairs, Defence, Security and Migration"),
    ("Комитет по образованию, науке, культуре и спорту Жогорку Кенеша провел слушания.",
     "Jogorku Kenesh Committee on Education, Science, Culture and Sports"),
    ("Жогорку Кеңештин Билим берүү, илим, маданият жана спорт боюнча комитетинин мүчөлөрү келди.",
     "Jogorku Kenesh Committee on Education, Science, Culture and Sports"),
    ("Жогорку Кеңештин Социалдык саясат комитетинин төрагасы сөз сүйлөдү.", "Jogorku Kenesh Committee on Social Policy"),
    ("The Jogorku Kenesh Committee on Agrarian Policy, Water Resources, Ecology and Regional Development met.",
     "Jogorku Kenesh Committee on Agrarian Policy, Water Resources, Ecology and Regional Development"),
    ("Members of the Committee on Health Care and Social Protection of the Jogorku Kenesh came.",
     "Jogorku Kenesh Committee on Health Care and Social Protection"),
])
def test_committee_named_by_portfolio_replaces_the_parliament(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_committee_of_no_parliament_is_no_committee() -> None:
    # a school's or a town's committee: no parliament in the phrase or just before it
    assert parliament_committees(fold("Комитет по делам молодежи школы провел субботник.")) == []


def test_unnamed_committee_leaves_the_parliament() -> None:
    assert _names("Резолюция Жогорку Кеңештин тиешелүү комитетине жөнөтүлөт.") == ["Jogorku Kenesh"]


def test_same_committee_in_both_language_parts_has_one_name() -> None:
    text = ("Жогорку Кеңештин Агрардык саясат, суу ресурстары, экология жана аймактык өнүгүү боюнча комитетинин "
            "депутаттары катышты.\nВ совещании участвовали депутаты Комитета Жогорку Кенеша по аграрной политике, "
            "водным ресурсам, экологии и региональному развитию.")
    assert set(_names(text)) == {
        "Jogorku Kenesh Committee on Agrarian Policy, Water Resources, Ecology and Regional Development"}
