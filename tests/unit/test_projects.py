"""Project names: registry aliases in ky/ru, unseen quoted projects, donor from the sentence."""

from __future__ import annotations

import csv
from importlib import resources

from etl.reference.organizations import find_projects
from etl.reference.registry import organizations, projects


def names(text: str) -> list[tuple[str, str | None]]:
    out = []
    for p in find_projects(text):
        assert p.span is not None and text[p.span[0]:p.span[1]] == p.evidence
        out.append((p.name, p.donor))
    return out


def test_registry_project_in_quotes_ky_and_ru() -> None:
    ky = "Иш-чара “ Аракет — Кыргызстандын жаңы конуштарында турган жарандардын жашоо шартын жакшыртуу” швейцариялык долбоорунун алкагында өттү."
    ru = "в рамках швейцарского проекта «Аракет — за улучшение жизни в новостройках Кыргызстана»."
    assert names(ky) == [("Araket", "Government of Switzerland")]
    assert names(ru) == [("Araket", "Government of Switzerland")]


def test_short_alias_needs_project_word_or_quote() -> None:
    assert names("Аракет долбоорунун иш-чаралары") == [("Araket", "Government of Switzerland")]
    assert names("Иш-аракеттер жана жолугушуулар. Аракет кылуу керек.") == []


def test_long_registry_alias_anywhere() -> None:
    text = "«Жергиликтүү деңгээлде кызмат көрсөтүүлөрдү жакшыртуу» долбоору уюштурган."
    assert names(text) == [("Improving local level services", "Government of Switzerland")]


def test_unseen_quoted_project_ky_and_ru_with_donor_from_sentence() -> None:
    assert names("Европа Биримдиги каржылаган «Таза суу айылга» долбоорунун алкагында") == [
        ("Таза суу айылга", "European Union")]
    assert names("в рамках проекта «Чистая вода для села»") == [("Чистая вода для села", None)]
    assert names("«Жаштар лидерлиги» деген биргелешкен долбоорунун алкагында") == [("Жаштар лидерлиги", None)]


def test_quoted_name_without_project_word_is_not_a_project() -> None:
    assert names("«City Hotel» мейманканасында тегерек стол болду.") == []


def test_projects_file_is_well_formed() -> None:
    with resources.files("etl.reference").joinpath("data", "projects.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    ids = [r["project_id"] for r in rows]
    assert len(ids) == len(set(ids)) and len(rows) == len(projects())
    for r in rows:
        assert r["canonical_name"].strip()
        assert not r["donor"] or r["donor"] in organizations(), r
