"""Quoted names next to a project word that are not projects: organizations, competitions,
campaigns, slogans, laws and publications."""

from __future__ import annotations

from etl.reference.organizations import find_projects


def names(text: str) -> list[str]:
    return [p.name for p in find_projects(text)]


def test_organization_quoted_before_in_the_frame_of_a_project() -> None:
    text = "Мероприятие организовано ОФ «Нур-Алай» в рамках проекта «Таза суу»."
    assert names(text) == ["Таза суу"]


def test_event_quoted_before_in_the_frame_of_a_project() -> None:
    assert names("Тренинг «Лидерство» в рамках проекта «Таза суу» прошёл в Оше.") == ["Таза суу"]


def test_competition_of_projects_is_no_project() -> None:
    assert names("прошёл областной конкурс социальных проектов молодёжи «Лучшая инициатива».") == []
    assert names("«Жаш лидер» долбоорлорунун сынагы өттү.") == []


def test_draft_law_is_no_project() -> None:
    assert names("Депутаты обсудили проект закона «О местном самоуправлении».") == []
    assert names("«Жергиликтүү өз алдынча башкаруу жөнүндө» мыйзам долбоору талкууланды.") == []
    assert names("обсудили проект «О бюджете города на 2024 год».") == []


def test_slogan_or_campaign_title_before_a_project_word_is_no_project() -> None:
    assert names("Акция под лозунгом «Мир без насилия» проекта ПРООН прошла в Нарыне.") == []
    assert names("«Таза шаар» кампаниясы долбоордун алкагында өттү.") == []


def test_project_event_keeps_the_project_named_after_it() -> None:
    assert names("Состоялся форум проекта «Голос молодёжи».") == ["Голос молодёжи"]
