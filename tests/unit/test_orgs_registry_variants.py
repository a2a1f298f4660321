"""Registry rows and name variants: the Kyrgyz "Табигый ресурстар" name of the ecology ministry, the Red
Cross and Red Crescent federation in Kyrgyz word order (not the ICRC), the Liechtenstein Development
Service, TIKA's "координациялык" and the German Federal Government."""

from __future__ import annotations

from etl.reference.organizations import find_organizations


def names(text: str) -> set[str]:
    return {m.organization.name for m in find_organizations(text)}


def test_ecology_ministry_with_tabigyy_resurstar() -> None:
    assert names("Жыйынга Табигый ресурстар, экология жана техникалык көзөмөл министрлигинин адистери келди.") == {
        "Ministry of Natural Resources Ecology and Technical Supervision"}


def test_red_cross_red_crescent_federation_in_kyrgyz_is_not_the_icrc() -> None:
    found = names("Окутуу Эл аралык Кызыл Крест жана Кызыл Жарым Ай коомдорунун федерациясынын колдоосу менен өттү.")
    assert found == {"International Federation of Red Cross and Red Crescent Societies"}
    assert names("Тренинг прошёл при поддержке Международной федерации Красного Креста и Красного Полумесяца.") == {
        "International Federation of Red Cross and Red Crescent Societies"}


def test_liechtenstein_development_service_funds() -> None:
    found = {m.organization.name: m.organization.role for m in find_organizations(
        "Семинар прошёл при финансовой поддержке Службы развития Лихтенштейна.")}
    assert found == {"Liechtenstein Development Service": "donor"}
    assert names("Долбоор Лихтенштейндин Өнүктүрүү кызматынын каржылоосу менен ишке ашат.") == {
        "Liechtenstein Development Service"}


def test_tika_and_german_federal_government_variants() -> None:
    assert names("Мектеп Түркиянын Кызматташтык жана координациялык агенттигинин каржылоосу менен курулду.") == {"TIKA"}
    assert names("The dam was financed on behalf of the German Federal Government.") == {"Government of Germany"}
