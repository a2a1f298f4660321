"""A body named only in a sentence about a plan or a future event took no part in the reported one."""

from __future__ import annotations

import pytest

from etl.reference.org_plans import plan_sentence
from etl.reference.organizations import find_organizations


def _names(text: str) -> set[str]:
    return {m.organization.name for m in find_organizations(text) if not m.incidental}


@pytest.mark.parametrize("text,gone", [
    ("ПРООН провел семинар в Оше. В апреле ПРООН планирует совместно с ЮНИСЕФ провести тренинги в Узгене.", "UNICEF"),
    ("ЮНИСЕФ тренинг өткөрдү. Кийинки айда ушундай тренинг ПРООН менен биргеликте Ноокатта өтөт.", "UNDP"),
    ("UNICEF held the training in Osh. Next year UNICEF plans to extend it with UNDP to Uzgen.", "UNDP"),
])
def test_a_body_named_only_in_a_plan_is_left_out(text: str, gone: str) -> None:
    names = _names(text)
    assert gone not in names
    assert names


def test_a_plan_told_by_a_speaker_keeps_the_body() -> None:
    assert not plan_sentence("мэрия келерки жылы 12 мектепте ийрим ачууну пландап жатканын айтты.", 0, 70)


def test_a_body_named_elsewhere_keeps_its_part() -> None:
    text = "ПРООН и ЮНИСЕФ провели семинар. В апреле ПРООН планирует совместно с ЮНИСЕФ провести тренинги."
    assert {"UNDP", "UNICEF"} <= _names(text)


def test_only_the_stretch_around_the_name_is_read() -> None:
    text = "2024-жылдын 3-мартында БУУӨП менен биргеликте «Алга» коомдук фонду тренинг өткөрдү. 2025-жылы дагы өтөт."
    ft = text.lower().replace("ө", "о").replace("ү", "у")
    assert not plan_sentence(ft, 0, len(ft), text.index("БУУӨП"))
    assert plan_sentence(ft, 0, len(ft), text.index("2025"))


def test_a_name_holding_a_plan_word_is_no_plan_sentence() -> None:
    from etl.reference.organizations import find_organizations

    text = "Тренинг провела Международная федерация планируемого родительства."
    assert [m.organization.name for m in find_organizations(text)] == ["International Planned Parenthood Federation"]


@pytest.mark.parametrize("sentence,plan", [
    ("турнир жыл сайын администрациянын колдоосу менен откорулот.", False),  # a habit: this year's too
    ("кийинки турнир администрациянын колдоосу менен кузундо откорулот.", True),  # a plan
    ("фестиваль ар жылы ушул жерде отот.", False),
])
def test_the_kyrgyz_present_future_with_every_year_is_a_habit(sentence: str, plan: bool) -> None:
    assert plan_sentence(sentence, 0, len(sentence)) is plan
