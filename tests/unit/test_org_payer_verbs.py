"""Russian verbs of paying and backing name the payer after them ("Акцию поддержал банк X") or before them
("компания оплатила"); a state body written with only its level word takes the place of the body before it."""

from __future__ import annotations

import pytest

from tests.unit.org_support import org_roles as _roles


@pytest.mark.parametrize("text", [
    "Субботник поддержало ОсОО «Нарын Курулуш Сервис»: компания оплатила транспорт.",
    "Транспорт для волонтёров оплатило ОсОО «Нарын Курулуш Сервис».",
    "Ремонт спортзала профинансировало ОсОО «Нарын Курулуш Сервис».",
    "ОсОО «Нарын Курулуш Сервис» оплатило транспорт для волонтёров.",
    "Naryn Kurulush Service LLC paid for the buses of the volunteers.",
])
def test_a_firm_that_pays_for_the_event_is_its_donor(text: str) -> None:
    assert _roles(text)["Naryn Kurulush Service LLC"] == "donor"


def test_backing_by_an_ngo_is_partnership() -> None:
    assert _roles("Конкурс поддержал общественный фонд «Тоолук Жаштар».")["Tooluk Jashtar Public Foundation"] == "partner"


def test_a_contrastive_clause_ends_the_backers_list() -> None:
    roles = _roles("Акцию поддержала мэрия города Нарын, а рассаду предоставило ОсОО «Нарын Курулуш Сервис».")
    assert roles["Naryn City Hall"] == "government"
    assert roles["Naryn Kurulush Service LLC"] == "participant_org"


@pytest.mark.parametrize(("text", "body"), [
    ("Учения провели Ат-Башинская районная госадминистрация и районное управление МЧС.",
     "At-Bashy District Emergency Situations Department"),
    ("Сабакты Ноокат райондук мамлекеттик администрациясы жана райондук билим берүү бөлүмү уюштурду.",
     "Nookat District Education Department"),
    ("The drill was run by the Uzgen District State Administration and the district emergency department.",
     "Uzgen District Emergency Department"),
])
def test_a_body_with_only_its_level_takes_the_place_of_the_body_before(text: str, body: str) -> None:
    assert _roles(text).get(body) == "government"


def test_a_body_of_another_level_takes_no_place() -> None:
    roles = _roles("Учения провели Нарынская областная администрация и районное управление МЧС.")
    assert not any(name.endswith("District Emergency Situations Department") for name in roles)
