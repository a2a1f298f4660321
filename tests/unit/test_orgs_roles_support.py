"""Verbs in reported speech give no role to the organization named before the speaker's verb."""

from __future__ import annotations

from etl.reference.org_roles_support import reported_between
from tests.unit.org_support import org_roles as _roles


def test_reported_clause_is_background() -> None:
    text = ("Семинар организовал ПРООН совместно с общественным фондом «Ак-Жол». Директор ОФ «Ак-Жол» "
            "Нурлан Асанов рассказал, что в прошлом году фонд провел опрос среди фермеров.")
    assert _roles(text).get("Ak-Jol Public Foundation") == "partner"


def test_english_reported_clause() -> None:
    text = ("UNICEF organized the forum together with the Bilim Public Association. The head of the Bilim "
            "Public Association said that last year they conducted a survey of 400 pupils.")
    assert _roles(text).get("Bilim Public Association") == "partner"


def test_direct_verb_still_reaches() -> None:
    assert _roles("Тренинг провело ОО «Нур».").get("Nur Public Association") == "implementer"
    assert not reported_between("оо нур провело тренинг", 0, 10)
    assert reported_between("директор оо нур рассказал, что фонд провел", 0, 40)


def test_kyrgyz_post_speaks_as_we_through_its_verbs() -> None:
    text = ("«Ала-Бука жаштары» коомдук бирикмеси\n\nБүгүн мектеп окуучулары үчүн экология боюнча окутуу "
            "өткөрдүк. Окутуу ЮНИСЕФтин каржылоосу менен өттү.")
    roles = _roles(text)
    assert roles.get("Ala-Buka Jashtary Public Association") == "implementer"
    assert roles.get("UNICEF") == "donor"


def test_noun_in_dik_is_no_first_person() -> None:
    text = "«Ала-Бука жаштары» коомдук бирикмеси\n\nАялдар үчүн ишкердик боюнча окутуу өттү."
    assert _roles(text).get("Ala-Buka Jashtary Public Association") != "implementer"
