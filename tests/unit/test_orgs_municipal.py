"""City bodies: the city hall "of the city", departments of a city hall, employment centres, and
state bodies named without any owner."""

from __future__ import annotations

from etl.reference.org_municipal import unowned_state_body
from tests.unit.org_support import org_roles as _roles


def test_city_hall_of_the_city_just_named() -> None:
    roles = _roles("В Токмоке прошла ярмарка. Ее провел Токмокский городской центр занятости вместе с мэрией города.")
    assert roles.get("Tokmok City Hall") == "government"
    assert roles.get("Tokmok City Employment Centre") == "government"


def test_city_hall_of_the_city_needs_a_known_city() -> None:
    roles = _roles("Жители обратились в мэрию города с жалобой.")
    assert not any(name.endswith("City Hall") for name in roles)


def test_department_of_a_city_hall_is_the_citys() -> None:
    roles = _roles("Спортзал передан Управлению по делам молодежи мэрии Каракола.")
    assert "Karakol City Youth Affairs Department" in roles
    assert "Karakol City Hall" in roles


def test_kyrgyz_youth_affairs_department() -> None:
    roles = _roles("Борбор Нарын шаардык жаштар иштери боюнча башкармалыгына өткөрүлүп берилди.")
    assert "Naryn City Youth Affairs Department" in roles


def test_state_body_without_owner_is_no_organization() -> None:
    roles = _roles("Также обсудили открытие филиала Центра семейной медицины №3 в новом микрорайоне.")
    assert "Family Medicine Centre" not in roles
    assert unowned_state_body("government", None, "", False)
    assert not unowned_state_body("government", "Naryn", "", False)
    assert not unowned_state_body("ngo", None, "", False)
