"""Roles across clauses: a funding phrase governs its own name only; a relative clause's verb belongs to
the subject after it; a sentence recalling an earlier time gives no role; an agency that implements
for a government is an implementer when nothing else is said; "вместе с" names a partner; a quoted
project title does not part a Kyrgyz owner from its "долбоору"."""

from __future__ import annotations

from etl.reference.org_roles_support import (
    SELF_BY_KIND,
    background_sentence,
    list_link_inside_name,
    own_relative_clause,
    pre_cue_spent,
    relative_subject_after,
)
from etl.reference.organizations import _match_text, find_organizations
from etl.reference.roles import default_role


def roles(text: str) -> dict[str, str]:
    return {m.organization.name: m.organization.role for m in find_organizations(text)}


def test_funding_phrase_does_not_reach_the_subject_after_its_verb() -> None:
    found = roles("Горячую линию при финансовой поддержке ЮНИСЕФ обслуживает общественный фонд «Жаркын Жол».")
    assert found["UNICEF"] == "donor"
    assert found["Jarkyn Jol Public Foundation"] != "donor"
    found = roles("Thanks to the support of UNICEF the hotline runs the public foundation \"Jarkyn Jol\" every day.")
    assert found.get("Jarkyn Jol Public Foundation") != "donor"


def test_funding_phrase_still_reaches_a_list() -> None:
    found = roles("Семинар прошёл при финансовой поддержке Европейского союза и Правительства Японии.")
    assert found == {"European Union": "donor", "Government of Japan": "donor"}


def test_pre_cue_spent_only_after_its_own_name() -> None:
    ft = "при поддержке оон ведет оо нур"
    assert pre_cue_spent(ft, 13, 25, [(14, 17), (25, 30)], "donor")
    assert not pre_cue_spent(ft, 13, 25, [(25, 30)], "donor")
    ft = "при поддержке оон и оо нур"
    assert not pre_cue_spent(ft, 13, 20, [(14, 17), (20, 26)], "donor")


def test_partner_phrase_reaches_the_subject_of_its_verb_but_not_a_subordinate_clause() -> None:
    found = roles("В сотрудничестве с ПРООН в районе работает общественное объединение «Ынтымак Жолу».")
    assert found["Yntymak Jolu Public Association"] == "partner"
    found = roles("Губернатор вместе с мэрией города Нарын посетил село Эмгекчил, где осмотрел работу "
                  "сельскохозяйственного кооператива «Жаңы Талаа».")
    assert found["Naryn City Hall"] == "government"
    assert all(role != "partner" for role in found.values())


def test_together_with_names_a_partner() -> None:
    found = roles("Акцию провёл фонд «Сорос-Кыргызстан» вместе с общественным фондом «Таза Суу».")
    assert found["Taza Suu Public Foundation"] == "partner"


def test_relative_clause_verb_belongs_to_the_subject_after_it() -> None:
    found = roles("Гранты выданы Фондом Евразия Центральной Азии по программе «Молодые лидеры», "
                  "которую реализует ОФ «Ден Соолук».")
    assert found == {"Eurasia Foundation of Central Asia": "donor", "Den Sooluk Public Foundation": "implementer"}
    found = roles("The equipment was funded by USAID under the project \"Safe Schools\", which implements "
                  "the public foundation \"Bilim Shamy\".")
    assert found["USAID"] == "donor"


def test_relative_subject_needs_a_name_right_after_the_verb() -> None:
    ft = "проекта «а», который реализует оо нур"
    assert relative_subject_after(ft, 0, 21, 30, [(31, 37)])
    assert not relative_subject_after(ft, 0, 21, 30, [])
    # "ОФ «Нур», который провёл тренинг": the pronoun is the name itself
    assert not relative_subject_after("оф нур который провел тренинг", 6, 15, 21, [])


def test_a_sentence_about_an_earlier_time_gives_no_role() -> None:
    text = ("Корейское агентство международного сотрудничества (KOICA) профинансировало закупку техники. "
            "Ранее KOICA провело подобную акцию в Таласе.")
    assert roles(text)["KOICA"] == "donor"
    text = ("Мектепти Япониянын Эл аралык кызматташтык агенттиги (JICA) каржылады. "
            "JICA буга чейин Нарында эки мектепти курган.")
    assert roles(text)["JICA"] == "donor"


def test_background_sentence_openings() -> None:
    for s in ("ранее фонд провел опрос", "в прошлом году фонд провел опрос", "last year the fund held",
              "буга чейин фонд откоргон", "фонд былтыр тренинг откоргон", "previously, the centre organised"):
        assert background_sentence(s, 0, len(s)), s
    for s in ("фонд провел опрос", "в этом году фонд провел", "фонд тренинг откорду"):
        assert not background_sentence(s, 0, len(s)), s


def test_an_implementing_agency_with_no_cue_is_the_implementer() -> None:
    assert default_role("development_agency", "implementer") == "implementer"
    assert default_role("development_agency", "donor") == "donor"
    text = "Жыйынга GIZдин кызматкерлери, Ат-Башы айыл өкмөтү жана фермерлер келишти."
    assert roles(text).get("GIZ") in ("implementer", "participant_org")


def test_a_quoted_project_title_does_not_part_a_kyrgyz_owner_from_its_project() -> None:
    text = ("Конок Германиянын Эл аралык кызматташтык коомунун (GIZ) «Айыл чарба кооперативдерин колдоо жана "
            "өнүктүрүү» долбоорунун алкагында курулган жайларды көрдү.")
    assert roles(text)["GIZ"] == "implementer"
    assert _match_text("«а»") == "«а»"


def test_a_list_word_inside_a_long_name_before_its_acronym_joins_no_list() -> None:
    text = ("Семинарды «Ак Жол» коомдук фонду Япониянын Эл аралык кызматташтык жана өнүгүү "
            "агенттигинин (JICA) тапшырмасы боюнча өткөрдү.")
    assert roles(text) == {"Ak Jol Public Foundation": "implementer", "JICA": "donor"}
    assert not list_link_inside_name("оф нур жана (", 6, 13)
    assert list_link_inside_name("оф нур германиянын онуктуруу жана министрлигинин (", 6, 50)
    assert not list_link_inside_name("фонду (", 5, 7)  # the acronym repeats the same name


def test_a_relative_clause_right_after_a_name_says_what_it_does() -> None:
    found = roles("Выставку провела мэрия города Нарын при поддержке Mercy Corps, которая реализует проект "
                  "«Ремесленники Нарына» на средства USAID.")
    assert found["Mercy Corps"] == "implementer"
    assert found["USAID"] == "donor"
    assert own_relative_clause("mercy corps, которая реализует", 11, 21)
    assert not own_relative_clause("mercy corps и проект, который реализует", 11, 30)


def test_a_report_that_names_its_author_on_top_and_calls_it_the_foundation() -> None:
    text = ("Общественный фонд «Ак-Терек»\n\nОтчёт за II квартал 2024 года\n\n"
            "В мае фонд провёл два тренинга для фермеров в Кеминском районе.")
    assert roles(text)["Ak-Terek Public Foundation"] == "implementer"
    assert SELF_BY_KIND.search("the foundation held two trainings")
    assert not SELF_BY_KIND.search("Фонд «Сорос-Кыргызстан» провёл конкурс")


def test_present_tense_conducts_names_the_implementer() -> None:
    assert roles("Консультации для выпускников проводит общественный фонд «Мээрим Нуру».") == {
        "Meerim Nuru Public Foundation": "implementer"}
    assert roles("ОФ «Мээрим Нуру» проводят тренинги для фермеров.") == {"Meerim Nuru Public Foundation": "implementer"}


def test_a_visiting_delegation_is_the_visits_implementer_or_its_donor() -> None:
    assert roles("«Ак Булак» коомдук фондунун делегациясы Ноокат районуна иш сапары менен келди.") == {
        "Ak Bulak Public Foundation": "implementer"}
    assert roles("Делегация общественного фонда «Ак Булак» посетила школу в Ноокате.") == {
        "Ak Bulak Public Foundation": "implementer"}
    assert roles("A delegation of the World Bank visited the school.") == {"World Bank": "donor"}
    assert roles("Делегации из пяти стран приняли участие в форуме.") == {}


def test_the_body_that_gives_the_prizes_is_the_donor() -> None:
    text = ("Олимпиаду провёл городской отдел образования. Соорганизатором выступил фонд «Билим-Нур», "
            "призовой фонд предоставило ОАО «Айыл Банк».")
    assert roles(text)["Aiyl Bank"] == "donor"
    assert roles("Призы для победителей предоставил Фонд «Сорос-Кыргызстан».") == {"Soros Foundation Kyrgyzstan": "donor"}
