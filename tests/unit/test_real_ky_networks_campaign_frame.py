"""Real Kyrgyz NGO pages: a quoted network ("«…» улуттук түйүнү", "«…» тармагы") is an organization, and a
training the body says was held within a campaign is the event told under a campaign headline."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract
from etl.reference.organizations import find_organizations


def _events(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return [(e["event_type"], [(o["name"], o["role"]) for o in e["organizations"]])
            for e in extract(doc).to_dict()["events"]]


@pytest.mark.parametrize("text,name", [
    ("«Ак Жол» улуттук түйүнүнүн мүчөлөрү Кочкор айылында тренинг уюштурушту.", "Ak Jol National Network"),
    ("«Ак Жол» тармагы Кочкор айылында семинар өткөрдү.", "Ak Jol Network"),
    ("«Ак Жол» улуттук тармагынын өкүлдөрү катышты.", "Ak Jol National Network"),
])
def test_quoted_network_is_an_organization(text: str, name: str) -> None:
    assert name in [m.organization.name for m in find_organizations(text)]


def test_unquoted_network_word_is_no_organization() -> None:
    assert find_organizations("Айылда интернет тармагы жакшырды.") == []


def test_training_within_campaign_under_campaign_headline() -> None:
    text = ("«Таза айыл» өнөктүгү уланууда\n\n"
            "2024-жылдын 5-апрелинде Кочкор айылында мектеп окуучулары үчүн семинар уюштурулду. "
            "Семинар «Таза айыл» өнөктүгүнүн алкагында өткөрүлдү.\n")
    assert [t for t, _ in _events(text)] == ["training"]


def test_campaign_headline_with_campaign_held_stays_campaign() -> None:
    text = ("«Таза айыл» өнөктүгү уланууда\n\n"
            "2024-жылдын 5-апрелинде Кочкор айылында «Таза айыл» өнөктүгүнүн алкагында ишембилик өттү. "
            "Ага 40 тургун катышты.\n")
    assert [t for t, _ in _events(text)] == ["campaign"]


@pytest.mark.parametrize("text,name", [
    ("Базаркоргон районунда жыйын өттү.", "Bazar-Korgon"),
    ("Алабука районунун айылдарында жыйын өттү.", "Ala-Buka"),
    ("Атбашы районунда жыйын өттү.", "At-Bashy"),
    ("Жалалабад облусунда жыйын өттү.", "Jalal-Abad Region"),
])
def test_two_word_district_typed_solid(text: str, name: str) -> None:
    from etl.reference.places import find_places

    assert name in [p.place.name for p in find_places(text)]


def test_solid_key_never_takes_another_units_name() -> None:
    from etl.reference.places import find_places

    assert [p.place.name for p in find_places("Каракол шаарында жыйын өттү.")] == ["Karakol"]


@pytest.mark.parametrize("text,kind", [
    ("2024-жылдын 3-мартында Таласта акындардын айтышы өттү.", "competition"),
    ("2024-жылдын 3-мартында Таласта айтыштын финалы болуп өттү.", "competition"),
    ("2024-жылдын 3-мартында Таласта жаңы спорт зал колдонууга берилди.", "opening"),
])
def test_aitysh_and_put_into_use(text: str, kind: str) -> None:
    assert [t for t, _ in _events(text)] == [kind]


def test_they_said_is_no_aitysh() -> None:
    text = "2024-жылдын 3-мартында Таласта тренинг өттү. Катышуучулар тренинг пайдалуу болгонун айтышты."
    assert [t for t, _ in _events(text)] == ["training"]


@pytest.mark.parametrize("text,level", [
    ("Узген районунда жыйын өттү.", "rayon"),
    ("Узген шаарында жыйын өттү.", "town"),
    ("В Узгене прошло собрание.", "town"),
])
def test_town_spelling_with_district_word_is_the_district(text: str, level: str) -> None:
    from etl.reference.places import find_places

    assert [p.place.level for p in find_places(text)] == [level]
