"""Session 13 (Kyrgyz organizations): a soft sign before "е" is romanised "y", and a quoted name with
descriptive words before "коомдук бирикмеси" keeps "Public" (labels: "Jash Balykchy Youth Public Association")."""

from __future__ import annotations

from etl.reference.organizations import find_organizations
from etl.reference.translit import to_latin


def names(text: str) -> list[tuple[str, str]]:
    return [(m.organization.name, m.organization.role) for m in find_organizations(text)]


def test_soft_sign_before_e_is_y() -> None:
    assert to_latin("Ананьево Таза Суу") == "Ananyevo Taza Suu"
    assert to_latin("Ильич") == "Ilich"  # before another letter the sign is still dropped


def test_soft_sign_before_o_is_y() -> None:
    # «Компаньон» is the firm Kompanion: the y sound stays (the scorer reads y and i alike)
    assert to_latin("Компаньон") == "Kompanyon"
    assert to_latin("Медальон Бульон") == "Medalyon Bulyon"


def test_one_name_for_a_quoted_body_in_both_parts() -> None:
    text = ("Жыйынды «Таза Чолпон» экологиялык коомдук бирикмеси уюштурду.\n\n"
            "Встречу организовало общественное объединение «Таза Чолпон».")
    assert {n for n, _ in names(text)} == {"Taza Cholpon Ecological Public Association"}


def test_rural_water_users_keep_their_own_english() -> None:
    text = "Жыйынга «Кызыл-Суу» айылдык суу пайдалануучулардын коомдук бирикмеси катышты."
    assert [n for n, _ in names(text)] == ["Kyzyl-Suu Rural Water Users Association"]
