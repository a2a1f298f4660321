"""The fifth organization file (``organizations_world.csv``): real foundations, charities, foreign ministries,
funds, banks and companies that reports name as funders or hosts.  Rows are well formed, aliases belong to one
body each, mentions in three languages find their canonical names, and canonical names follow the labels'
conventions (a Canadian fund is the Government of Canada, the Global Fund goes by its full name)."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations
from etl.reference.registry import organizations
from tests.unit.registry_rows import alias_names as _names
from tests.unit.registry_rows import check_new_rows, read_rows

WORLD = read_rows("organizations_world.csv")
OTHERS = (read_rows("organizations.csv") + read_rows("organizations_more.csv") + read_rows("organizations_kg.csv")
          + read_rows("organizations_ext.csv"))


def names(text: str) -> list[str]:
    return [m.organization.name for m in find_organizations(text)]


def roles(text: str) -> list[tuple[str, str]]:
    # a name and its bracketed original ("«Мизереор» (MISEREOR)") are two mentions of one body
    return sorted({(m.organization.name, m.organization.role) for m in find_organizations(text)})


def test_every_row_loads() -> None:
    assert len(WORLD) >= 60
    seen = check_new_rows(WORLD, OTHERS)
    loaded = organizations()
    assert seen <= set(loaded)
    assert all(loaded[r["org_id"]].name == r["canonical_name"] for r in WORLD)


def test_no_alias_is_shared_with_another_file() -> None:
    owner = {a.casefold(): r["org_id"] for r in OTHERS for a in _names(r)}
    for row in WORLD:
        for alias in _names(row):
            assert owner.setdefault(alias.casefold(), row["org_id"]) == row["org_id"], (alias, owner[alias.casefold()])


@pytest.mark.parametrize("row", WORLD, ids=[r["org_id"] for r in WORLD])
def test_each_alias_alone_names_its_organization(row: dict[str, str]) -> None:
    for alias in _names(row):
        assert names(alias.replace("*", "")) == [row["canonical_name"]], alias


@pytest.mark.parametrize(("text", "expected"), [
    ("Семинар прошёл при финансовой поддержке немецкой благотворительной организации Kindernothilfe.",
     [("Kindernothilfe", "donor")]),
    ("Долбоор Германиянын «Мизереор» (MISEREOR) уюмунун каржылоосу менен ишке ашууда.", [("Misereor", "donor")]),
    ("Азык-түлүк топтомдору Түркиянын IHH гуманитардык жардам фондунун каржылоосу менен таратылды.",
     [("IHH Humanitarian Relief Foundation", "donor")]),
    ("Проект финансируется Министерством иностранных дел Эстонии.", [("Ministry of Foreign Affairs of Estonia", "donor")]),
    ("Иш-чара Чехия Республикасынын Тышкы иштер министрлигинин колдоосу менен өттү.",
     [("Ministry of Foreign Affairs of the Czech Republic", "donor")]),
    ("The grant came from the Mastercard Foundation.", [("Mastercard Foundation", "donor")]),
    ("Тренинг прошёл при поддержке Фонда Канады для местных инициатив.", [("Government of Canada", "donor")]),
    ("Круглый стол поддержал Глобальный фонд для борьбы со СПИДом, туберкулёзом и малярией.",
     [("Global Fund to Fight AIDS, Tuberculosis and Malaria", "donor")]),
])
def test_funders_in_three_languages(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_a_foreign_ministry_is_not_the_kyrgyz_one() -> None:
    # "Тышкы иштер министрлиги" alone is the Kyrgyz ministry; with a donor country in front it is that country's
    assert names("Латвиянын Тышкы иштер министрлигинин делегациясы келди.") == ["Ministry of Foreign Affairs of Latvia"]
    assert names("Тышкы иштер министрлигинин өкүлү сүйлөдү.") == ["Ministry of Foreign Affairs of the Kyrgyz Republic"]


@pytest.mark.parametrize("text", [
    "Мектепке жаңы шоро жана нан алып келишти.",
    "Visa and passport questions were answered by the consul.",
    "Дети из центра защиты детей пришли на праздник.",
])
def test_ordinary_words_stay_unnamed(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(("text", "firm"), [
    ("Сынактын байгелери «Оптима Банктын» колдоосу менен берилди.", "Optima Bank"),
    ("Форум прошёл при поддержке компании «Кока-Кола Бишкек Ботлерс».", "Coca-Cola Bishkek Bottlers"),
    ("Prizes were provided with the support of Kompanion Bank.", "Kompanion Bank"),
])
def test_a_registry_firm_that_supports_sponsors(text: str, firm: str) -> None:
    # a bank or company backs an event with money, goods or prizes, as an unseen ОсОО does
    assert roles(text) == [(firm, "donor")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Мектепке 10 компьютер «Оптима Банк» тарабынан салтанаттуу түрдө тапшырылды.", [("Optima Bank", "donor")]),
    ("Холодильники для детского сада безвозмездно передал ОАО «Бакай Банк».", [("Bakai Bank", "donor")]),
    ("Kompanion Bank handed over ten laptops to the school.", [("Kompanion Bank", "donor")]),
])
def test_a_firm_that_hands_goods_over_gave_them(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_a_builder_handing_over_the_keys_gave_nothing() -> None:
    text = "Строительство вело ОсОО «Ак-Суу Курулуш», директор которого передал ключ от объекта айыл окмоту."
    assert ("Ak-Suu Kurulush LLC", "donor") not in roles(text)


def test_an_ngo_that_hands_goods_over_implements() -> None:
    # an NGO hands over what its donor bought: its role stays the implementer's
    assert roles("Мектепке компьютерлер «Бала Нуру» коомдук бирикмеси тарабынан тапшырылды.") \
        == [("Bala Nuru Public Association", "implementer")]


def test_a_quoted_owner_in_the_genitive_is_no_title() -> None:
    # "«Бакай Банктын» программасы" is the bank's programme; "«Бакай Банк» программасы" would title it
    assert names("Мектепке «Айыл Банктын» социалдык программасынын алкагында китептер берилди.") == ["Aiyl Bank"]
    assert names("Мектепке «Айыл Банк» программасынын алкагында китептер берилди.") == []
