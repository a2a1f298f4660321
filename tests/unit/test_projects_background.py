"""Projects that belong to no reported event: finished ones, background paragraphs, contest entries."""

from __future__ import annotations

from etl.reference.projects import find_projects


def _names(text: str) -> list[str]:
    return sorted({p.name for p in find_projects(text)})


def test_project_that_ended_before_the_report_year_is_background() -> None:
    text = ("2025-жылдын 3-мартында Кочкор айылында «Таза булак» долбоорунун алкагында тренинг өттү.\n\n"
            "Азия өнүктүрүү банкынын «Тоо суулары» долбоору 2016-2021-жылдары райондо 12 көпүрө курган.")
    assert _names(text) == ["Таза булак"]


def test_project_named_in_its_event_sentence_and_in_background_stays() -> None:
    text = ("В 2025 году проект «Чистая вода» провел тренинг в Оше.\n\n"
            "Справка: проект «Чистая вода» в 2019–2023 годах построил 40 колодцев.")
    assert _names(text) == ["Чистая вода"]


def test_background_paragraph_names_the_running_project_the_event_belongs_to() -> None:
    text = ("On 4 May 2025 a fair took place in Naryn.\n\n"
            "About the project: the \"Mountain Crafts\" project supports artisans in three oblasts.")
    assert _names(text) == ["Mountain Crafts"]


def test_background_paragraph_past_project_named_by_an_earlier_year_only() -> None:
    text = ("2025-жылдын 4-майында Нарында жарманке өттү.\n\n"
            "Маалымат үчүн: 2022-жылы Дүйнөлүк банктын «Айыл суусу» долбоорунун алкагында айылда көпүрө курулган.")
    assert _names(text) == []


def test_quoted_idea_in_lower_case_is_an_entry_not_a_programme() -> None:
    text = ("Сынакта биринчи орунду «күн панелдүү мектеп» долбоору үчүн Талас шаарынын окуучулары алды. "
            "Иш-чара «Жаш илимпоз» долбоорунун алкагында өттү.")
    assert _names(text) == ["Жаш илимпоз"]


def test_running_project_since_a_year_is_still_the_events() -> None:
    text = "Проект «Сильные общины» реализуется с 2023 года. В мае 2025 года в его рамках прошел тренинг."
    assert _names(text) == ["Сильные общины"]
