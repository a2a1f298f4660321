"""The owner of the hall an event was held in is no organization of the event by that mention."""

from __future__ import annotations

import pytest

from etl.reference.org_venues import venue_owner


def _owner(text: str, name: str) -> bool:
    start = text.index(name)
    return venue_owner(text, start, start + len(name))


@pytest.mark.parametrize(("text", "name"), [
    ("Ош мамлекеттик университетинин чоң залында семинар өттү.", "Ош мамлекеттик университетинин"),
    ("Жыйын «Ала-Тоо» мейманканасынын конференц залында болду.", "«Ала-Тоо» мейманканасынын"),
    ("Семинар прошёл в актовом зале Кыргызского национального университета.", "Кыргызского национального университета"),
    ("Встреча состоялась в здании Нарынского государственного университета.", "Нарынского государственного университета"),
    ("The training was held in the assembly hall of the Talas State University.", "Talas State University"),
])
def test_hall_owner_is_a_venue(text: str, name: str) -> None:
    assert _owner(text, name)


@pytest.mark.parametrize(("text", "name"), [
    ("Ош мамлекеттик университети семинар өткөрдү.", "Ош мамлекеттик университети"),
    ("Семинар провёл Кыргызский национальный университет в Бишкеке.", "Кыргызский национальный университет"),
    ("Students of Talas State University attended the training.", "Talas State University"),
])
def test_a_body_acting_is_no_venue(text: str, name: str) -> None:
    assert not _owner(text, name)


def test_the_publisher_hosting_in_its_own_hall_stays() -> None:
    text = "Семинар прошёл в конференц-зале фонда «Ынтымак».\n\n© Фонд «Ынтымак»"
    assert not _owner(text, "фонда «Ынтымак»")
