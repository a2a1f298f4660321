"""What recurs in a place, a reminder of a fact, and a portrait of a region opening a sentence name no
event place; the same words in a sentence that tells the event keep it."""

from __future__ import annotations

from etl.reference.places import find_places


def keys(text: str) -> list[str]:
    return [m.place.key for m in find_places(text)]


def test_what_recurs_every_year_is_background() -> None:
    text = ("Учения прошли 4 мая в Караколе. Участники обсудили лавины, которые в Нарынской области "
            "сходят каждый год.")
    assert keys(text) == ["41702410000010"]
    text = "Тренинг 4-майда Каракол шаарында өттү. Жыл сайын Ат-Башы районунда суу ташкыны болот."
    assert keys(text) == ["41702410000010"]


def test_a_reminder_is_background() -> None:
    text = ("Акция 4-майда Каракол шаарында өттү. Кочкор районунда былтыр 5 сел катталганын эске салабыз.")
    assert keys(text) == ["41702410000010"]


def test_a_portrait_opening_a_sentence_or_a_quote_is_background() -> None:
    text = ("The workshop was held in Karakol on 4 May. Talas Oblast remains one of the regions with the "
            "oldest canals.")
    assert keys(text) == ["41702410000010"]
    text = ("Семинар 4-майда Каракол шаарында өттү. Ректор мындай деди: «Талас облусу — өлкөнүн эң кургак аймагы».")
    assert keys(text) == ["41702410000010"]


def test_an_annual_event_told_as_held_keeps_its_place() -> None:
    text = "Ежегодный фестиваль, который каждый год проходит на Иссык-Куле, прошёл 4 мая в Караколе."
    assert "41702410000010" in keys(text)
