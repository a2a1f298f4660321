"""Where a role verb's clause ends: initials and place abbreviations end no sentence, a contrastive
clause has its own subject, and a body's scientists presenting findings take part."""

from __future__ import annotations

from etl.reference.role_clauses import contrast_between
from etl.reference.roles import sentence_starts
from tests.unit.org_support import org_roles as _roles


def test_initials_and_abbreviations_end_no_sentence() -> None:
    assert sentence_starts("Форум провёл университет им. К. Тыныстанова в г. Ош вместе с фондом.") == [0]
    assert sentence_starts("Ассоциацию возглавляет А. Б. Осмонов. Он выступил.") == [0, 37]
    # a year's "г." may close a sentence
    assert sentence_starts("Это было в 2023 г. Потом всё изменилось.") == [0, 18]


def test_verb_after_an_initial_reaches_the_subject() -> None:
    text = "Фонд Сорос-Кыргызстан совместно с университетом им. К. Тыныстанова провёл летнюю школу."
    assert _roles(text).get("Soros Foundation Kyrgyzstan") == "implementer"


def test_contrastive_clause_has_its_own_subject() -> None:
    assert contrast_between("банк х, а ученые у представили", 0, 30)
    assert not contrast_between("банк х, а также фонд у провели", 0, 30)
    text = ("Об условиях кредитов рассказали ЗАО «Демир Банк» и ОФ «Ак-Жол», а волонтеры ОО «Нур» "
            "провели игры для детей.")
    roles = _roles(text)
    assert roles.get("Ak-Jol Public Foundation") == "participant_org"
    assert roles.get("Nur Public Association") == "implementer"


def test_scientists_presenting_findings_take_part() -> None:
    text = "На конференции ученые Кыргызского национального университета представили результаты опроса."
    assert _roles(text).get("Kyrgyz National University") == "participant_org"


def test_english_presenting_body_owns_what_it_presents() -> None:
    ngo = "The Bilim Public Association presented the results of its school project in Osh."
    assert _roles(ngo).get("Bilim Public Association") == "implementer"
    funder = "The European Union presented a new project on clean water in Osh."
    assert _roles(funder).get("European Union") == "donor"


def test_parenthesised_gloss_keeps_a_funding_postposition_near() -> None:
    text = ("Тренингди «Күн нуру» коомдук фонду Швейцария Өкмөтүнүн чакан гранттарынын (Small Grants Scheme) "
            "каржылоосу менен уюштурду.")
    roles = _roles(text)
    assert roles.get("Government of Switzerland") == "donor"
    assert roles.get("Kun Nuru Public Foundation") == "implementer"


def test_technical_facilitation_is_partnership() -> None:
    text = ("Семинар провёл ОФ «Эко-Нарын» при финансовой поддержке Правительства Японии и при техническом "
            "содействии ПРООН.")
    roles = _roles(text)
    assert roles.get("UNDP") == "partner"
    assert roles.get("Government of Japan") == "donor"


def test_experts_lent_to_a_workshop_take_part() -> None:
    text = "Форум организовал ОФ «Жаш Мурас». Эксперты ОФ «Ачык Талас» провели мастер-класс для студентов."
    roles = _roles(text)
    assert roles.get("Achyk Talas Public Foundation") == "participant_org"
    assert roles.get("Jash Muras Public Foundation") == "implementer"


def test_with_a_project_describes_the_name_before() -> None:
    text = ("Среди победителей — ОФ «Мээрим Баткен» с проектом по поддержке детей, а также Лига защитников "
            "прав ребенка, которая откроет приёмную.")
    assert _roles(text).get("League of Child Rights Defenders") == "participant_org"


def test_partner_in_carrying_out_a_project() -> None:
    text = ("Тренингди «Иштиөк» коомдук фонду уюштурду. Жергиликтүү «Ак-Жол» коомдук фонду долбоорду ишке "
            "ашырууда өнөктөш болду.")
    roles = _roles(text)
    assert roles.get("Ak-Jol Public Foundation") == "partner"
    assert roles.get("Ishtiok Public Foundation") == "implementer"
