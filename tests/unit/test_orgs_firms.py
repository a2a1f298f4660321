"""Firms named with "компания"/"ОсОО": their own name in English, and their support is sponsorship."""

from __future__ import annotations

from etl.reference.org_loanwords import english_loanwords
from etl.reference.org_roles_support import sponsor_hint
from etl.reference.unseen_names import latin_name
from tests.unit.org_support import org_roles as _roles


def test_company_in_genitive_is_named_by_its_quoted_name() -> None:
    roles = _roles("Фестиваль провело ОО «Нур» при поддержке компании «Ала-Тоо Майнинг».")
    assert roles.get("Ala-Too Mining") == "donor"
    assert not any("компани" in name for name in roles)


def test_llc_support_is_a_donor_but_a_cooperative_is_a_partner() -> None:
    roles = _roles("Ярмарку провело ОО «Нур» при поддержке ОсОО «Ак-Жол Трейд». "
                   "Выставку провели при поддержке кооператива «Береке».")
    assert roles.get("Ak-Jol Trade LLC") == "donor"
    assert roles.get("Bereke Cooperative") == "partner"


def test_sponsor_hint_only_for_firms() -> None:
    assert sponsor_hint("компания") == "sponsor"
    assert sponsor_hint("ОсОО") == "sponsor"
    assert sponsor_hint("общественный фонд") == ""
    assert sponsor_hint("кооператив") == ""


def test_loanwords_back_in_english() -> None:
    assert english_loanwords("Нур Фудс Групп") == "Нур Foods Group"
    assert latin_name("Нур Фудс Групп") == "Nur Foods Group"
    assert english_loanwords("Агро-Трейд") == "Agro-Trade"
    assert english_loanwords("Ак-Жол") == "Ак-Жол"


def test_eco_before_a_space_is_eco() -> None:
    assert latin_name("Эко Талас") == "Eco Talas"
    assert latin_name("Эко-Нарын") == "Eco-Naryn"
