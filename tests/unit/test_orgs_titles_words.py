"""A quoted name is a campaign's title when Kyrgyz words (not a legal form, not a verb) stand between it
and the event noun ("«X» дарак отургузуу акциясы")."""

from __future__ import annotations

from etl.reference.organizations import find_organizations


def found(text: str) -> dict[str, str]:
    return {m.organization.name: m.organization.role for m in find_organizations(text)}


def test_a_quoted_campaign_title_with_words_before_its_event_noun() -> None:
    assert found("Нарын шаарында «Жашыл мурас» дарак отургузуу акциясы өттү.") == {}
    assert found("Талас облусунда «Жашыл мурас» мектеп окуучуларынын сынагы жыйынтыкталды.") == {}


def test_a_legal_form_or_a_verb_between_keeps_the_organization() -> None:
    assert found("«Жашыл мурас» коомдук фонду дарак отургузуу акциясын өткөрдү.") == {
        "Jashyl Muras Public Foundation": "implementer"}
    assert found("«Жашыл мурас» уюштурган дарак отургузуу акциясына 50 киши катышты.") != {}
    assert found("«Жашыл мурас» провёл акцию в Нарыне.") != {}
