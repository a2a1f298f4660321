"""The EU's humanitarian office by its full Kyrgyz name: ECHO, not the EU as well."""

from __future__ import annotations

from tests.unit.org_support import org_roles as _roles


def test_echo_kyrgyz_name_is_not_the_eu() -> None:
    roles = _roles("Көпүрө Европа Биримдигинин Жарандык коргоо жана гуманитардык жардам боюнча "
                   "башкармалыгынын каржылоосу менен курулду.")
    assert roles.get("European Civil Protection and Humanitarian Aid Operations") == "donor"
    assert "European Union" not in roles


def test_ministry_with_comma_and_possessive() -> None:
    roles = _roles("Кыргыз Республикасынын Суу ресурстары, айыл чарба жана кайра иштетүү өнөр жайы министрлиги "
                   "фермерлерге гранттарды тапшырды.")
    assert "Ministry of Water Resources Agriculture and Processing Industry" in roles


def test_german_health_ministry_funds() -> None:
    roles = _roles("The training was held by WHO with funding from the Federal Ministry of Health of Germany.")
    assert roles.get("Federal Ministry of Health of Germany") == "donor"
    assert "Ministry of Health of the Kyrgyz Republic" not in roles


def test_english_form_before_unquoted_name() -> None:
    from etl.reference.org_english_forms import form_before_english

    text = "UNICEF held it in partnership with the youth network Taza Jer and the Ministry of Education."
    assert [n for _, _, n in form_before_english(text)] == ["Taza Jer Youth Network"]
    assert _roles(text).get("Taza Jer Youth Network") == "partner"
    assert form_before_english("a public foundation in Naryn") == []
    assert form_before_english("the public association The Next") == []
