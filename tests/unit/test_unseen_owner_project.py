"""A genitive legal form before quotes that a project word follows names the project's owner."""

from __future__ import annotations

from etl.reference.organizations import find_organizations, find_projects


def test_owner_form_then_quoted_project_is_no_organization_named_in_quotes() -> None:
    text = "Гранттар Тоолуу аймактар фондунун «Жаштардын келечеги» долбоорунун алкагында берилди."
    assert [m.organization.name for m in find_organizations(text, include_incidental=True)] == []
    assert [p.name for p in find_projects(text)] == ["Жаштардын келечеги"]


def test_quoted_organization_before_its_quoted_project_keeps_its_name() -> None:
    text = "Тренинг «Ынтымак» коомдук фондунун «Таза суу» долбоорунун алкагында өттү."
    assert [m.organization.name for m in find_organizations(text, include_incidental=True)] == [
        "Yntymak Public Foundation"]


def test_microfinance_company_form_after_or_before_the_quotes() -> None:
    # микрокаржы is "microfinance", микрокредитная "microcredit": each form keeps its own word
    for text, name in (("Жалал-Абаддагы «Береке Финанс» микрокаржы компаниясынын адиси сабак өттү.",
                        "Bereke Finans Microfinance Company"),
                       ("Специалист микрокредитной компании «Береке Финанс» провел занятие.",
                        "Bereke Finans Microcredit Company")):
        found = [(m.organization.name, m.organization.kind) for m in find_organizations(text, include_incidental=True)]
        assert found == [(name, "business")], text
