""""The university" names the document's one university again, and takes its role from its verb."""

from __future__ import annotations

from tests.unit.org_support import org_roles as _roles


def test_university_hosting_its_own_conference_is_the_implementer() -> None:
    text = ("Конференция прошла в Нарынском государственном университете. "
            "Конференцию университет провел совместно с ЮНИСЕФ.")
    roles = _roles(text)
    assert roles.get("Naryn State University") == "implementer"
    assert roles.get("UNICEF") == "partner"


def test_two_universities_leave_the_noun_alone() -> None:
    text = ("В конференции участвовали Нарынский государственный университет и Ошский государственный "
            "университет. Конференцию университет провел совместно с ЮНИСЕФ.")
    roles = _roles(text)
    assert roles.get("Naryn State University") != "implementer"
    assert roles.get("Osh State University") != "implementer"
