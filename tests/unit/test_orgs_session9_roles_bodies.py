"""Session 9 organization rules: trainers from another body, a foundation's own event, departments by an
adjective, an ayil okmotu through its head, a city hall owning a district administration, name prefixes."""

from __future__ import annotations

import pytest

from etl.evaluate_names import spelling_key
from etl.reference.organizations import find_organizations


def _roles(text: str) -> dict[str, str]:
    return {m.organization.name: m.organization.role for m in find_organizations(text)}


@pytest.mark.parametrize(("text", "body", "role"), [
    ("ОФ «Агро Нур» провёл тренинг для фермеров. Тренинг провели эксперты Ассоциации пчеловодов Чуйской области.",
     "Beekeepers", "participant_org"),
    ("ОФ «Билим Булагы» провёл тренинг для учителей. Занятия вели тренеры ОсОО «Эл Консалт».", "Consult", "implementer"),
    ("Тегерек үстөлдү Ханнс Зайдель фонду уюштурду. Фонддун программасынын жетекчиси сөз сүйлөдү.",
     "Hanns Seidel", "implementer"),
    ("Тренинг прошёл при финансовой поддержке Фонда Ханнса Зайделя.", "Hanns Seidel", "donor"),
])
def test_role_by_what_the_body_did(text: str, body: str, role: str) -> None:
    found = {n: r for n, r in _roles(text).items() if body.lower() in n.lower()}
    assert list(found.values()) == [role], _roles(text)


@pytest.mark.parametrize(("text", "name"), [
    ("В семинаре участвовали специалисты Ноокатского районного финансового отдела.", "Nookat District Finance Department"),
    ("Среди участников — сотрудники Кара-Балтинского отдела поддержки семьи и детей.",
     "Kara-Balta Family and Child Support Department"),
    ("2026-жылы Ноокат районунун Кара-Таш айыл аймагында жыйын өттү, аны айыл өкмөтүнүн башчысы Азамат Осмонов ачты.",
     "Kara-Tash ayil okmotu"),
    ("The forum was held by the local NGO Green Hills Public Foundation.", "Green Hills Public Foundation"),
])
def test_bodies_named_by_their_words(text: str, name: str) -> None:
    assert name in _roles(text)


def test_a_capitalized_word_before_the_head_may_be_the_okmotu_s_own_name() -> None:
    text = "Кара-Таш айыл аймагында жыйын өттү. Ибраим айыл өкмөтүнүн башчысы сөз сүйлөдү. Жыйынды айыл өкмөтүнүн башчысы жапты."
    assert not any(n.endswith("ayil okmotu") and n != "Ibraim ayil okmotu" for n in _roles(text)), _roles(text)


def test_city_hall_owning_a_district_administration_is_not_listed() -> None:
    roles = _roles("Общественный фонд «Жашыл Шаар» совместно с администрацией Ленинского района мэрии Бишкека провёл акцию.")
    assert "Leninsky District Administration of Bishkek" in roles
    assert "Bishkek City Hall" not in roles


def test_kyrgyz_ng_is_romanised_either_way() -> None:
    assert spelling_key("Chong-Alay District State Administration") == spelling_key("Chon-Alay District State Administration")
    assert spelling_key("Teng Ukuk Naryn Public Association") == spelling_key("Ten Ukuk Naryn Public Association")


def test_a_capital_alias_needs_its_capital() -> None:
    assert "Social Fund of the Kyrgyz Republic" in _roles("На встрече были сотрудники Социального фонда.")
    assert "Social Fund of the Kyrgyz Republic" not in _roles("Компания создала социальный фонд для работников.")


@pytest.mark.parametrize(("text", "absent"), [
    ("The forum was held at the Bishkek Business Club. It was organised by the Alga Public Foundation.", "Bishkek Business Club"),
    ("Конкурс провёл ITC. Справка. ITC — совместное агентство Всемирной торговой организации и ООН.",
     "World Trade Organization"),
    ("Участники обсудили поставки в страны ЕАЭС. Семинар провёл ОФ «Алга».", "Eurasian Economic Union"),
])
def test_venues_definitions_and_blocs_take_no_part(text: str, absent: str) -> None:
    assert absent not in _roles(text)


def test_english_ayil_kenesh() -> None:
    assert "Tepke Ayil Kenesh" in _roles("The Tepke ayil kenesh held a public hearing on the budget.")
