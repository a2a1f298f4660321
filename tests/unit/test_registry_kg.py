"""The third organization file (``organizations_kg.csv``): well-formed rows that the registry reads,
aliases owned by one organization each, Kyrgyz/Russian/English mentions found under their canonical
names, and ordinary words that look like the new names left alone."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations
from etl.reference.registry import organizations
from tests.unit.registry_rows import alias_names as _names
from tests.unit.registry_rows import check_new_rows, read_rows

KG = read_rows("organizations_kg.csv")
OTHERS = read_rows("organizations.csv") + read_rows("organizations_more.csv")


def roles(text: str) -> list[tuple[str, str]]:
    return [(m.organization.name, m.organization.role) for m in find_organizations(text)]


def test_every_row_loads() -> None:
    assert len(KG) >= 100
    seen = check_new_rows(KG, OTHERS)
    for row in KG:
        if row["acronym"]:
            assert row["acronym"] in row["aliases"].split("|"), row
    loaded = organizations()
    assert seen <= set(loaded)  # registry.py reads the file
    assert all(loaded[r["org_id"]].name == r["canonical_name"] for r in KG)


def test_no_alias_is_shared_with_another_file() -> None:
    owner = {a.casefold(): r["org_id"] for r in OTHERS for a in _names(r)}
    for row in KG:
        for alias in _names(row):
            assert owner.setdefault(alias.casefold(), row["org_id"]) == row["org_id"], (alias, owner[alias.casefold()])


@pytest.mark.parametrize("row", KG, ids=[r["org_id"] for r in KG])
def test_each_alias_alone_names_its_organization(row: dict[str, str]) -> None:
    """Wildcards as bare stems: a longer alias of an older row never wins over the new body."""
    for alias in _names(row):
        assert [m.organization.name for m in find_organizations(alias.replace("*", ""))] == [row["canonical_name"]], alias


@pytest.mark.parametrize(("text", "expected"), [
    ("Кеңешмеге Кыргыз темир жолунун өкүлдөрү катышты.", [("Kyrgyz Temir Jolu National Company", "participant_org")]),
    ("В заседании приняли участие представители Совета судей.",
     [("Council of Judges of the Kyrgyz Republic", "government")]),
    ("Тренинг для сотрудников Национального госпиталя.", [("National Hospital of the Ministry of Health", "government")]),
    ("Студенты Кыргызского государственного университета геологии приняли участие.",
     [("Kyrgyz State University of Geology Mining and Natural Resources Development", "participant_org")]),
    ("The clinic is funded by PEPFAR.", [("PEPFAR", "donor")]),
    ("Совет Безопасности ООН принял резолюцию.", [("UN Security Council", "participant_org")]),
    ("БУУнун Коопсуздук Кеңешинин жыйынында сөз сүйлөдү.", [("UN Security Council", "participant_org")]),
    ("Ага Хан университетинин окутуучулары сабак өтүштү.", [("Aga Khan University", "partner")]),
    ("Доклад подготовлен Центром анализа политики здравоохранения.",
     [("Health Policy Analysis Centre", "implementer")]),
    ("Тренинг Кыргызстандын Жашыл альянсы тарабынан уюштурулду.", [("Green Alliance of Kyrgyzstan", "implementer")]),
    ("Студенты Международной высшей школы медицины приняли участие в акции.",
     [("International Higher School of Medicine", "participant_org")]),
    ("The Mountain Societies Research Institute (MSRI) presented its study.",
     [("Mountain Societies Research Institute", "implementer"), ("Mountain Societies Research Institute", "implementer")]),
    ("Отключения согласованы с Северэлектро.", [("Severelectro", "participant_org")]),
    ("Кыргызстан и ВТО обсудили вопросы торговли.", [("World Trade Organization", "participant_org")]),
    ("Семинар Ош шаардык билим берүү башкармалыгы менен биргеликте өттү.",
     [("Osh City Education Department", "government")]),
    ("Оценку провел Швейцарский институт тропической медицины и общественного здравоохранения.",
     [("Swiss Tropical and Public Health Institute", "implementer")]),
])
def test_mentions_in_three_languages_find_the_new_bodies(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize("text", [
    "Боз үйдүн түндүгү ачылды; адам университетте окуйт.",  # yurt crown and "a person", not Tunduk or Adam University
    "Вторая часть программы, вторник и втором этапе.",  # "вт..." is no WTO
    "Совет старейшин и судей района прошел в селе; Кеңеш судьялардын ишин талкуулады.",
    "Национальная кухня и гвардейский полк; Кыргыз темир жол станциясы жанындагы базар.",
    "Фонд образования района и европейский опыт; a training foundation for teachers.",
    "Инфо-комната для родителей; информационная комната школы.",
])
def test_ordinary_words_are_not_new_bodies(text: str) -> None:
    new = {r["org_id"] for r in KG}
    found = [m.organization.org_id for m in find_organizations(text)]
    assert not [f for f in found if f in new], found
