"""The second organization file (``organizations_more.csv``): well-formed rows, aliases owned by one
organization each, inflected Kyrgyz/Russian forms found, ordinary words left alone."""

from __future__ import annotations

from functools import cache

import pytest

from etl.evaluate_names import groups_from_orgs_md, spelling_key, split_aliases
from etl.reference.organizations import find_organizations
from etl.reference.registry import organizations
from tests.unit.registry_rows import DATA, check_new_rows, read_rows
from tests.unit.registry_rows import alias_names as _names

MORE = read_rows("organizations_more.csv")
BASE = read_rows("organizations.csv")


def names_found(text: str) -> list[str]:
    return [m.organization.name for m in find_organizations(text)]


def roles(text: str) -> list[tuple[str, str]]:
    return [(m.organization.name, m.organization.role) for m in find_organizations(text)]


def test_every_row_parses() -> None:
    assert len(MORE) >= 250
    seen = check_new_rows(MORE, BASE)
    for row in MORE:
        assert row["aliases"].strip(), row
        if row["acronym"]:
            assert row["acronym"] in row["aliases"].split("|") or row["acronym"] == row["canonical_name"], row
    assert set(organizations()) >= seen  # the registry reads both files


def test_no_alias_belongs_to_two_organizations() -> None:
    owner: dict[str, str] = {}
    for row in BASE + MORE:
        for alias in _names(row):
            key = alias.casefold()
            assert owner.setdefault(key, row["org_id"]) == row["org_id"], f"{alias}: {owner[key]} and {row['org_id']}"


@cache
def _other_groups() -> list[list[str]]:
    """Alias groups the evaluation builds from the first file and the labelling guides."""
    root = DATA.parents[2]
    groups = [_names(r) + split_aliases(r["acronym"]) for r in BASE]
    for md in (root / "tests" / "fixtures" / name / "ORGS.md" for name in ("eval", "holdout", "holdout2")):
        groups += groups_from_orgs_md(md, "organizations")
    return groups


def test_evaluation_groups_do_not_merge_two_organizations() -> None:
    """The evaluation unions alias groups by text key: a shared key would make two organizations one.

    An ORGS.md row that names this same organization (a fixture labels it under its canonical name or
    one of its aliases) is the same body, not a collision."""
    more_keys = {spelling_key(n) for row in MORE for n in _names(row) + [row["canonical_name"]]}
    keys: dict[str, str] = {}
    for group in _other_groups():
        if spelling_key(group[0]) in more_keys:
            continue
        for name in group:
            keys.setdefault(spelling_key(name), group[0])
    mine: dict[str, str] = {}
    for row in MORE:
        for name in _names(row) + ([row["acronym"]] if row["acronym"] else []):
            k = spelling_key(name)
            if not k:
                continue
            assert k not in keys, f"{name} ({row['canonical_name']}) is also {keys[k]}"
            assert mine.setdefault(k, row["org_id"]) == row["org_id"], name


def _literal(alias: str) -> str:
    return alias.replace("*", "")


@pytest.mark.parametrize("row", MORE, ids=[r["org_id"] for r in MORE])
def test_each_alias_finds_its_organization(row: dict[str, str]) -> None:
    """Written alone (wildcards as bare stems), each alias names its own organization and no other."""
    for alias in _names(row):
        assert names_found(_literal(alias)) == [row["canonical_name"]], alias


@pytest.mark.parametrize(("text", "expected"), [
    ("При поддержке Посольства Республики Казахстан прошёл семинар.", [("Embassy of Kazakhstan", "donor")]),
    ("Бюро по демократическим институтам и правам человека ОБСЕ провело обучение.",
     [("OSCE Office for Democratic Institutions and Human Rights", "implementer")]),
    ("Иш-чара Германиянын Тышкы иштер министрлигинин каржылоосу менен өттү.",
     [("Federal Foreign Office of Germany", "donor")]),
    ("Тренинг Роза Люксембург фондунун колдоосу менен уюштурулду.", [("Rosa Luxemburg Foundation", "donor")]),
    ("Семинар прошел при финансовой поддержке Фонда Розы Люксембург.", [("Rosa Luxemburg Foundation", "donor")]),
    ("В мероприятии приняли участие представители Венецианской комиссии.",
     [("Venice Commission", "participant_org")]),
    ("Форумга Евразиялык экономикалык бирликтин өкүлдөрү катышты.",
     [("Eurasian Economic Union", "participant_org")]),
    ("Тренинг Кызыл Крест жана Кызыл Жарым Ай коомдорунун эл аралык федерациясы тарабынан уюштурулду.",
     [("International Federation of Red Cross and Red Crescent Societies", "implementer")]),
    ("Врачами без границ была оказана помощь.", [("Médecins Sans Frontières", "implementer")]),
    ("Глобальное партнерство по образованию выделило грант.", [("Global Partnership for Education", "donor")]),
    ("Ага Хандын Жашоо чөйрөсү боюнча агенттиги менен биргеликте", [("Aga Khan Agency for Habitat", "partner")]),
    ("Мамлекеттик чек ара кызматынын өкүлдөрү катышты.", [("Border Service of the Kyrgyz Republic", "government")]),
    ("Кыргызпатенттин адистери семинар өткөрүштү.", [("Kyrgyzpatent", "government")]),
    ("Кыйноолордун алдын алуу боюнча улуттук борбордун кызматкерлери",
     [("National Centre for the Prevention of Torture", "government")]),
    ("представители Министерства строительства, архитектуры и жилищно-коммунального хозяйства",
     [("Ministry of Construction Architecture and Housing", "government")]),
    ("Ден соолукту чыңдоо республикалык борборунун адистери", [("Republican Centre for Health Promotion", "government")]),
    ("Кыргыз улуттук агрардык университетинин студенттери катышты.",
     [("Kyrgyz National Agrarian University", "participant_org")]),
    ("Студенты Кыргызской государственной медицинской академии приняли участие.",
     [("Kyrgyz State Medical Academy", "participant_org")]),
    ("«Психикалык ден соолук жана коом» коомдук бирикмеси тарабынан уюштурулду.",
     [("Mental Health and Society Public Association", "implementer")]),
    ("Кыргызпатентке жана Кыргызстандартка кайрылышты.",
     [("Kyrgyzpatent", "government"), ("Kyrgyzstandard", "government")]),
    ("Орхусским центром г. Ош проведен семинар.", [("Aarhus Centre", "implementer")]),
    ("БУУнун өлкөлүк командасынын жыйынында", [("UN Country Team", "participant_org")]),
    ("Жаштарды өнүктүрүү институту менен биргеликте", [("Institute for Youth Development", "partner")]),
])
def test_inflected_names_find_their_organization(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize("text", [
    "Фонд оказал помощь семьям, центр работает ежедневно.",
    "Министрлик жана борбор биргелешип иштешет, фонду менен келишим түзүлдү.",
    "Врачи без выходных работали в больнице, границы района закрыты.",
    "Горное село и партнерство с соседями помогли решить вопрос.",
    "Добрые соседи помогли, кошелёк нашли на улице.",
    "Евразийский регион и экономический союз фермеров обсуждали цены.",
    "The echo of the conference, an aba of wool, a path to ida.",
    "Ооруканада дарыгерлер чек арага чейин барышты.",
    "Совет старейшин и совет Европейской части города.",
    "Фермерлер быйыл бай түшүм алышты, бай-түшүмдүү жыл болду.",  # "rich harvest", not Bai-Tushum Bank
    "Айыл өкмөтү айылды өнүктүрүү фондуна каражат бөлдү; создан фонд развития села.",
    "We want to be good neighbors; a crisis group met; the border service points opened.",
    "Гражданское общество против коррупции: граждане против коррупции вышли на акцию.",
    "A rural development fund and a conference on mental health and society.",
    "A new Crisis Management Centre was opened in Osh; центр управления кризисными ситуациями открыт.",
    "Центр применяет ABA-терапию; завод выпускает RDF-топливо из отходов.",  # therapy and fuel, not ABA or RDF
])
def test_ordinary_sentences_name_no_registry_organization(text: str) -> None:
    more = {r["org_id"] for r in MORE}
    found = [m.organization.org_id for m in find_organizations(text)]
    assert not [f for f in found if f in more], found


def test_spelling_key_reads_yu_ya_after_a_consonant_as_u_a() -> None:
    from etl.evaluate_names import spelling_key

    assert spelling_key("Inklyuziya Talas Public Association") == spelling_key("Inkluziya Talas Public Association")
    assert spelling_key("Tyulpar Youth Centre") == spelling_key("Tulpar Youth Centre")


def test_spelling_key_keeps_different_bodies_apart() -> None:
    from etl.evaluate_names import spelling_key

    assert spelling_key("Talas Oblast Administration") != spelling_key("Talas Oblast State Administration")
    assert spelling_key("Naryn Oblast Women's Council") != spelling_key("Naryn Oblast Youth Council")
    assert spelling_key("Kara-Suu ayil okmotu") != spelling_key("Kara-Su ayil okmotu".replace("Su", "Say"))
    assert spelling_key("Bakai-Ata District Family Medicine Centre") != spelling_key("Bakai-Ata District Education Department")


def test_scorer_reads_registry_files_that_open_with_comments(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from etl.evaluate_names import groups_from_registry

    (tmp_path / "organizations_x.csv").write_text(
        "# a comment line before the header\norg_id,canonical_name,acronym,kind,role_hint,aliases\n"
        "x,Republican Institute X,,government,government,Institute X of Teachers|Институт X\n", encoding="utf-8")
    assert groups_from_registry(tmp_path, "organization") == [
        ["Republican Institute X", "Institute X of Teachers", "Институт X"]]
