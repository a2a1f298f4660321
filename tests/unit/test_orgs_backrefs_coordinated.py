"""A bare "университет" joined by "и" to one of two universities is the other one."""

from __future__ import annotations

from tests.unit.org_support import org_roles


def test_bare_noun_coordinated_with_one_university_is_the_other() -> None:
    text = ("В Ошском государственном университете прошла конференция. Конференцию организовали университет "
            "и Американский университет в Центральной Азии.")
    assert org_roles(text) == {"Osh State University": "implementer", "American University of Central Asia": "implementer"}


def test_bare_noun_with_two_universities_and_no_coordination_stays_unresolved() -> None:
    text = ("В Ошском государственном университете и Американском университете в Центральной Азии прошли лекции. "
            "Лекции организовал университет.")
    assert org_roles(text) == {"Osh State University": "participant_org",
                               "American University of Central Asia": "participant_org"}
