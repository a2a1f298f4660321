"""A body named by its level alone takes the place of that level named before it; descriptive names
with new glossary words (committees, libraries, "борбордук", emergency situations, guides); Kyrgyz
members who take part make their body a participant."""

from __future__ import annotations

from etl.reference.org_context_places import level_place_before
from etl.reference.organizations import find_organizations


def roles(text: str) -> dict[str, str]:
    return {m.organization.name: m.organization.role for m in find_organizations(text)}


def test_russian_district_department_named_by_level_alone() -> None:
    found = roles("В конкурсе участвовали Ноокатская районная государственная администрация и районный отдел "
                  "образования.")
    assert found.get("Nookat District Education Department") == "government"


def test_russian_city_department_after_the_city_hall() -> None:
    found = roles("Олимпиаду провели мэрия города Таш-Кумыр и городской отдел образования.")
    assert found == {"Tash-Kumyr City Hall": "government", "Tash-Kumyr City Education Department": "government"}


def test_kyrgyz_district_department_named_by_level_alone() -> None:
    found = roles("Жолугушуу Кочкор районунда өттү. Ага райондук билим берүү бөлүмүнүн адистери катышты.")
    assert found.get("Kochkor District Education Department") == "government"


def test_no_place_before_leaves_the_body_unnamed() -> None:
    assert roles("Районное управление занятости провело ярмарку вакансий.") == {}
    assert level_place_before("Ярмарку провело районное управление", 20, "District") is None
    assert level_place_before("В Сузакском районе … ", 20, "District") == "Suzak"
    assert level_place_before("мэрия города Балыкчы и ", 22, "City") == "Balykchy"


def test_new_glossary_words() -> None:
    assert roles("Куткаруучуларды Ак-Суу райондук өзгөчө кырдаалдар бөлүмү жиберди.") == {
        "Ak-Suu District Emergency Situations Department": "government"}
    assert "Talas District Central Library" in roles("Кечени Талас райондук борбордук китепканасы уюштурду.")
    assert roles("Жайыт маселесин Ак-Муз жайыт комитетинин мүчөлөрү да талкуулашты. Жыйынга Ак-Муз жайыт "
                 "комитетинин мүчөлөрү катышты.") == {"Ak-Muz Pasture Committee": "participant_org"}
    assert roles("The trail was marked together with the Arslanbob Guides Association.") == {
        "Arslanbob Guides Association": "partner"}


def test_the_district_akim_without_a_place_is_the_district_administration() -> None:
    assert roles("Делегация посетила Сузакский район и встретилась с акимом района.") == {
        "Suzak District State Administration": "government"}
    assert roles("Ат-Башы районунда мектеп ачылды. Аземге райондун акими катышты.") == {
        "At-Bashy District State Administration": "government"}
    assert roles("The mission travelled to Aksy district, where it met the district akim.") == {
        "Aksy District State Administration": "government"}


def test_a_deputy_or_no_district_before_names_no_body() -> None:
    assert roles("В Кеминском районе прошёл круглый стол. Присутствовал заместитель акима района.") == {}
    assert roles("Тренингге райондун акими катышты.") == {}


def test_a_genitive_city_on_a_before_a_level_only_department() -> None:
    assert level_place_before("представители мэрии Кара-Балты и ", 35, "City") == "Kara-Balta"


def test_land_resources_and_forestry_departments() -> None:
    assert roles("Во встрече участвовал специалист Сузакского районного управления земельных ресурсов.") == {
        "Suzak District Land Resources Department": "government"}
    assert roles("Жыйынга Кочкор райондук жер ресурстары башкармалыгынын адиси катышты.") == {
        "Kochkor District Land Resources Department": "government"}
    assert roles("Посадку провело Таласское областное управление лесного хозяйства.") == {
        "Talas Oblast Forestry Department": "government"}
