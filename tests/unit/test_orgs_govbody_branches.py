"""Regional branches of state bodies: a ministry's oblast department, forestry enterprises, family
medicine centres named several at once, oblast administrations named with "state", youth initiative
groups, and a sentence-initial Kyrgyz accusative that is no ayil okmotu's name."""

from __future__ import annotations

from etl.reference.organizations import find_organizations
from tests.unit.org_support import org_roles


def names(text: str) -> list[str]:
    return [m.organization.name for m in find_organizations(text)]


def test_kyrgyz_ministry_oblast_department_is_named_as_the_department() -> None:
    found = org_roles("Машыгууну Өзгөчө кырдаалдар министрлигинин Баткен облустук башкармалыгынын адистери өткөрүштү.")
    assert found == {"Batken Oblast Emergency Situations Department": "government"}


def test_kyrgyz_ministry_department_typed_without_kyrgyz_letters() -> None:
    found = names("Семинарды Айыл чарба министрлигинин Чүй облустук башкармалыгы откорду.")
    assert found == ["Chui Oblast Agriculture Department"]


def test_russian_department_of_ministry_by_region_leaves_the_ministry_out() -> None:
    assert names("Семинар провели сотрудники Главного управления МЧС по Иссык-Кульской области.") == [
        "Issyk-Kul Oblast Emergency Situations Department"]
    assert names("Участвовало Ошское областное управление МЧС.") == ["Osh Oblast Emergency Situations Department"]


def test_forestry_enterprises_in_three_languages() -> None:
    assert names("Көчөттөрдү Ат-Башы райондук токой чарбасы берди.") == ["At-Bashy District Forestry Enterprise"]
    assert names("Саженцы предоставил Кочкорский лесхоз.") == ["Kochkor Forestry Enterprise"]
    assert names("Seedlings came from the Naryn District Forestry Enterprise.") == ["Naryn District Forestry Enterprise"]


def test_family_medicine_centres_listed_before_a_plural_head() -> None:
    found = names("Талкууга Ат-Башы, Кочкор жана Жумгал райондорунун үй-бүлөлүк медицина борборлорунун өкүлдөрү катышты.")
    assert sorted(found) == ["At-Bashy District Family Medicine Centre", "Jumgal District Family Medicine Centre",
                             "Kochkor District Family Medicine Centre"]
    found = names("Участвовали Кочкорский и Жумгальский районные центры семейной медицины.")
    assert sorted(found) == ["Jumgal District Family Medicine Centre", "Kochkor District Family Medicine Centre"]


def test_oblast_administration_keeps_state_when_written() -> None:
    assert names("Жыйынга Нарын облустук мамлекеттик администрациясынын өкүлдөрү катышты.") == [
        "Naryn Oblast State Administration"]
    assert names("Жыйынга Нарын облустук администрациясынын өкүлдөрү катышты.") == ["Naryn Oblast Administration"]


def test_quoted_youth_initiative_group() -> None:
    assert names("Иш-чараны «Жашыл Келечек» жаштар демилге тобу уюштурду.") == ["Jashyl Kelechek Youth Initiative Group"]


def test_sentence_initial_accusative_is_no_ayil_okmotu_name() -> None:
    assert names("Кампанияны айыл өкмөтү уюштурду.") == []


def test_quoted_youth_initiative_group_with_participle_typed_without_kyrgyz_letters() -> None:
    assert names("Акцияны \"Жашыл Тал\" жаштар демилгелуу тобу уюштурду.") == ["Jashyl Tal Youth Initiative Group"]


def test_national_security_committee_district_department_is_the_department() -> None:
    assert names("На встрече были представители Сузакского районного отдела ГКНБ.") == [
        "Suzak District State Committee for National Security Department"]
    assert names("Участвовали сотрудники Нарынского областного управления Государственного комитета "
                 "национальной безопасности.") == ["Naryn Oblast State Committee for National Security Department"]
