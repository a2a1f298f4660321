"""A sentence opening with the head noun of a body's name ("Союз выступил партнёром") names that body again."""

from __future__ import annotations

from tests.unit.org_support import org_roles as _roles


def test_the_head_noun_carries_the_role_of_its_sentence() -> None:
    roles = _roles("На встрече были представители Союза местных самоуправлений Кыргызской Республики и банков. "
                   "Союз выступил соорганизатором встречи.")
    assert roles["Union of Local Self-Governments of the Kyrgyz Republic"] == "partner"


def test_two_bodies_with_the_head_leave_the_noun_unread() -> None:
    roles = _roles("На встрече были представители Ассоциации фермеров Чуйской долины и Ассоциации пчеловодов "
                   "Нарынской области. Ассоциация выступила партнёром встречи.")
    assert "partner" not in roles.values()


def test_a_lower_case_noun_in_running_text_is_no_backref() -> None:
    roles = _roles("На встрече были представители Ассоциации фермеров Чуйской долины. Позже ассоциация пчеловодов "
                   "выступила партнёром встречи.")
    assert roles["Chui Valley Farmers Association"] == "participant_org"
