"""A dateline opened by an agency's name, or whose date opens with a preposition, is where the news was
written, not the event's place, when the paragraph names the event's own settlement."""

from __future__ import annotations

from etl.reference.places import find_places


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


def test_an_agency_dateline_with_a_preposition_is_not_the_event_place() -> None:
    text = ("Заголовок новости\n\nKabar, Нарын — С 3 по 5 мая 2025 года в селе Кочкорка Кочкорского района "
            "прошел тренинг для фермеров.")
    assert "41704400000010" not in keys(text)
    assert "41704235816010" in keys(text)


def test_a_dateline_alone_stays_the_event_place() -> None:
    text = "Заголовок\n\nKabar, Нарын — С 3 по 5 мая 2025 года прошел тренинг для фермеров области."
    assert "41704400000010" in keys(text)


def test_a_projects_target_areas_are_not_event_places() -> None:
    text = ("Целевые районы: Кочкорский и Ат-Башинский районы. 5 мая в Нарыне прошел тренинг для "
            "социальных работников.")
    assert keys(text) == ["41704400000010"]
    text = "Target districts: Kochkor and At-Bashy. A training was held in Naryn on 5 May."
    assert keys(text) == ["41704400000010"]
