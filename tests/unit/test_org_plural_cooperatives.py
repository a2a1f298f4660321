"""A plural "кооперативов" before a list of quoted names names one cooperative per name, and people who are
"члены" of them came for them (the dash is no definition of one body by another)."""

from __future__ import annotations

from tests.unit.org_support import org_roles as _roles


def test_each_name_after_the_plural_is_a_cooperative() -> None:
    roles = _roles("Гранты вручены: их получили кооперативы «Ак-Суу Бал», «Кең-Суу» и «Жети-Өгүз Сүт».")
    assert {"Ak-Suu Bal Cooperative", "Ken-Suu Cooperative", "Jeti-Oguz Sut Cooperative"} <= set(roles)


def test_the_farm_word_carries_over_to_every_item() -> None:
    roles = _roles("На встрече были председатели сельскохозяйственных кооперативов «Ак-Суу Бал» и «Кең-Суу».")
    assert roles.get("Ken-Suu Agricultural Cooperative") == "participant_org"


def test_members_after_a_dash_came_for_their_cooperative() -> None:
    roles = _roles("В тренинге участвовали 20 женщин — члены кооператива «Ак-Суу Бал».")
    assert roles.get("Ak-Suu Bal Cooperative") == "participant_org"


def test_a_body_defined_as_one_member_of_another_is_still_left_out() -> None:
    roles = _roles("Форум провела ассоциация «Ак-Суу Бал». Ассоциация «Ак-Суу Бал» — член Всемирной продовольственной "
                   "программы ООН.")
    assert "WFP" not in roles
