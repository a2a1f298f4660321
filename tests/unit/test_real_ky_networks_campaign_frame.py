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
