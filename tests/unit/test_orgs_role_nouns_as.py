"""A role noun with "as" before a name (катары, в качестве, as) and the Kyrgyz sponsoring participle before
its noun give the role, not the attendance verb after."""

from __future__ import annotations

import pytest

from tests.unit.org_support import org_roles as _roles


@pytest.mark.parametrize("text,name,role", [
    ("Жергиликтүү өнөктөш катары «Жаңы Муун» коомдук бирикмеси катышты.", "Jany Muun Public Association", "partner"),
    ("В ярмарке участвовал в качестве партнёра общественный фонд «Жаңы Муун».", "Jany Muun Public Foundation", "partner"),
    ("As a local partner, the Jany Muun Public Association took part in the fair.", "Jany Muun Public Association",
     "partner"),
    ("Уюштуруучу катары «Жаңы Муун» коомдук бирикмеси катышты.", "Jany Muun Public Association", "implementer"),
    ("Иш-чарага демөөрчүлүк кылган «Ала-Тоо Агро» ЖЧКсы жеңүүчүлөргө сыйлык берди.", "Ala-Too Agro LLC", "donor"),
])
def test_role_noun_before_the_name(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


def test_attendance_alone_is_participation() -> None:
    assert _roles("«Жаңы Муун» коомдук бирикмеси да катышты.").get("Jany Muun Public Association") == "participant_org"


def test_as_after_took_part_is_the_earlier_names_role() -> None:
    roles = _roles("The Naryn Oblast Administration took part as co-organisers, and the Naryn Chamber of Commerce "
                   "brought in employers.")
    assert roles.get("Naryn Chamber of Commerce") != "partner"
