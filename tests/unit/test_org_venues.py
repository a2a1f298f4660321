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


def _orgs(text: str) -> set[str]:
    from etl.reference.organizations import find_organizations

    return {m.organization.name for m in find_organizations(text)}


@pytest.mark.parametrize("text", [
    "Тренинг для фермеров прошёл в зале заседаний Кара-Булакского айыл окмоту. Его провёл ОФ «Алга».",
    "Курстар Кара-Булак айыл өкмөтүнүн жыйындар залында өттү. Аны «Алга» коомдук фонду уюштурду.",
    "The seminar took place in the assembly hall of the Kara-Bulak ayil okmotu. It was run by the Alga Foundation.",
])
def test_an_ayil_okmotu_that_only_lends_its_hall_is_left_out(text: str) -> None:
    assert "Kara-Bulak ayil okmotu" not in _orgs(text)


@pytest.mark.parametrize("text", [
    "Круглый стол прошёл в здании Кара-Булакского айыл окмоту. Участвовали 5 представителей айыл окмоту.",
    "Жыйын Кара-Булак айыл өкмөтүнүн залында өттү. Ага айыл өкмөтүнүн өкүлдөрү катышты.",
])
def test_an_ayil_okmotu_whose_people_take_part_stays(text: str) -> None:
    assert "Kara-Bulak ayil okmotu" in _orgs(text)


def test_a_district_administration_hosting_in_its_hall_stays() -> None:
    text = "The ceremony took place in the assembly hall of the Kemin district state administration."
    assert "Kemin District State Administration" in _orgs(text)
