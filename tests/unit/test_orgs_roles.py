"""Roles from labels, attendance, commissioning, adjacency and one role per organization per document."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations
from etl.reference.roles import document_roles


def roles(text: str) -> list[tuple[str, str]]:
    return [(m.organization.name, m.organization.role) for m in find_organizations(text)]


@pytest.mark.parametrize("text,expected", [
    ("Донор — Структура «ООН-женщины».", [("UN Women", "donor")]),
    ("Каржылоочу: ФАО. Уюштуруучу: ЮНИСЕФ.", [("FAO", "donor"), ("UNICEF", "implementer")]),
    ("Соорганизатор — Search for Common Ground.", [("Search for Common Ground", "partner")]),
    ("Организатор: ЮНФПА.", [("UNFPA", "implementer")]),
    ("Өнөктөш: Хельветас.", [("Helvetas", "partner")]),
    ("Демөөрчү - ЮНИСЕФ.", [("UNICEF", "donor")]),
    ("Партнёры проекта: ЮНИСЕФ, ФАО.", [("UNICEF", "partner"), ("FAO", "partner")]),
    ("Иш-чаранын уюштуруучусу: ФАО.", [("FAO", "implementer")]),
    ("При поддержке: USAID.", [("USAID", "donor")]),
])
def test_a_label_decides_the_role_of_what_follows(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_a_label_word_without_colon_or_dash_is_no_label() -> None:
    assert roles("Поддержка ЮНИСЕФ важна.") == [("UNICEF", "implementer")]
    assert roles("Поддержка: ЮНИСЕФ.") == [("UNICEF", "donor")]


def test_a_pre_cue_inside_a_labelled_list_still_governs() -> None:
    assert roles("Организатор: Хельветас при финансовой поддержке ЮНИСЕФ.") == [
        ("Helvetas", "implementer"), ("UNICEF", "donor")]


def test_a_bulleted_list_under_a_label_line_takes_the_label() -> None:
    text = "Партнёры:\n- Хельветас\n- ФАО\n\nЮНИСЕФ выступил с докладом."
    assert roles(text) == [("Helvetas", "partner"), ("FAO", "partner"), ("UNICEF", "implementer")]


@pytest.mark.parametrize("text,name", [
    ("Также в работе приняли участие представители Хельветас.", "Helvetas"),
    ("Ошондой эле Хельветас өкүлдөрү да катышты.", "Helvetas"),
    ("Ошондой эле «Кэмп Алатоо» КФ өкүлдөрү да катышты.", "Camp Alatoo"),
    ("Representatives of Helvetas also attended.", "Helvetas"),
])
def test_organizations_that_only_took_part_are_participants(text: str, name: str) -> None:
    assert roles(text) == [(name, "participant_org")]


def test_attendance_does_not_reach_an_organizer_further_back() -> None:
    # the verb of attendance is 30 people's, not UNDP's
    assert roles("ПРООН уюштурган тренингге 30 адам катышты.") == [("UNDP", "implementer")]
    assert roles("Хельветас 30 адам катышкан тренинг уюштурду.") == [("Helvetas", "implementer")]


def test_government_and_donors_present_keep_their_kind_role() -> None:
    assert roles("Иш-чарага Жогорку Кеңеш өкүлдөрү катышты.") == [("Jogorku Kenesh", "government")]
    assert roles("В мероприятии приняли участие представители USAID.") == [("USAID", "donor")]


def test_a_persons_title_is_no_attendance() -> None:
    assert roles("Постоянный представитель ПРООН посетила Нарын.") == [("UNDP", "implementer")]


@pytest.mark.parametrize("text", [
    "Исследование проведено по заказу BMZ.",
    "Иш-чара BMZ тарабынан буйрутма боюнча өттү.",
    "BMZдин буйрутмасы менен тренинг өттү.",
    "The study was commissioned by BMZ.",
])
def test_the_one_who_commissioned_the_work_is_donor(text: str) -> None:
    assert roles(text) == [("Federal Ministry for Economic Cooperation and Development (BMZ)", "donor")]


def test_a_preposition_right_before_a_name_beats_a_later_verb() -> None:
    text = "Министерство цифрового развития КР совместно с ПРООН провело презентацию."
    assert ("UNDP", "partner") in roles(text)


def test_a_kyrgyz_funding_phrase_governs_only_its_own_noun() -> None:
    text = "Форумду БУУ Аялдар түзүмү Норвегия Өкмөтүнүн каржылык колдоосу менен уюштурду."
    assert roles(text) == [("UN Women", "implementer"), ("Government of Norway", "donor")]


def test_one_role_per_organization_per_document() -> None:
    text = "Каржылоочу: БУУӨП.\n\nФинансирование предоставлено за счёт средств ПРООН. О ПРООН: работает с 1993 года."
    assert {r for n, r in roles(text) if n == "UNDP"} == {"donor"}


def test_document_roles_prefers_cued_roles_by_priority() -> None:
    got = document_roles([("a", None, "implementer"), ("a", "participant_org", "implementer"),
                          ("b", "partner", "implementer"), ("b", "donor", "implementer"), ("c", None, "government")])
    assert got == {"a": "participant_org", "b": "donor", "c": "government"}


def test_a_cue_starting_inside_a_name_does_not_hide_the_next_one() -> None:
    # "демилгеси менен" is the name's own word plus the postposition of "менен биргеликте"
    assert roles("Иш-чара Роза Отунбаеванын демилгеси менен биргеликте өткөрүлдү.") == [
        ("Roza Otunbayeva Initiative", "partner")]


@pytest.mark.parametrize("text,name", [
    ("Уюштуруучу: Кризистик борборлор ассоциациясы.", "Association of Crisis Centres"),
    ("Иш-чарага Жергиликтүү өз алдынча башкаруу иштери жана этностор аралык мамилелер боюнча мамлекеттик "
     "агенттик өкүлдөрү катышты.", "State Agency for Local Self-Government and Interethnic Relations"),
])
def test_kyrgyz_nominative_names(text: str, name: str) -> None:
    assert [n for n, _ in roles(text)] == [name]


def test_a_name_wrapped_onto_the_next_line_reads_the_cues_of_both_lines() -> None:
    text = ("Иш-чара Кризистик борборлор ассоциациясы тарабынан уюштурулду. Иш-чара «Кэмп\n"
            "Алатоо» КФ менен биргеликте өткөрүлдү.")
    assert roles(text) == [("Association of Crisis Centres", "implementer"), ("Camp Alatoo", "partner")]


def test_attendance_reaches_over_the_legal_form_word() -> None:
    assert roles("Ошондой эле Кызыл Жарым Ай коомунун өкүлдөрү да катышты.") == [
        ("Red Crescent Society of Kyrgyzstan", "participant_org")]
    assert roles("Ошондой эле «Нур» коомдук фондунун өкүлдөрү да катышты.") == [
        ("Nur Public Foundation", "participant_org")]


@pytest.mark.parametrize("text,expected", [
    ("Иш-чаранын демөөрчүсү ЮНИСЕФ болду.", [("UNICEF", "donor")]),
    ("Иш-чаранын уюштуруучусу ФАО болду.", [("FAO", "implementer")]),
    ("ЮНИСЕФ демөөрчүлүк кылды.", [("UNICEF", "donor")]),
    ("Тренинг ЮНИСЕФтин гранты менен өттү.", [("UNICEF", "donor")]),
    ("ПРООН ЮНИСЕФ менен бирге тренинг өткөрдү.", [("UNDP", "implementer"), ("UNICEF", "partner")]),
    ("Өнөктөш уюмдар ЮНИСЕФ жана ФАО.", [("UNICEF", "partner"), ("FAO", "partner")]),
    ("Мероприятие прошло по инициативе ЮНИСЕФ.", [("UNICEF", "implementer")]),
    ("Финансовую поддержку оказал ЮНИСЕФ.", [("UNICEF", "donor")]),
    ("The event was co-organised by UNDP.", [("UNDP", "partner")]),
    ("Co-organizers: UNDP.", [("UNDP", "partner")]),
])
def test_more_role_phrasings(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_a_postposition_inside_a_labelled_list_governs_only_its_own_noun() -> None:
    assert roles("Уюштуруучу: «Алга» КФ, ЮНИСЕФтин колдоосу менен.") == [
        ("Alga Public Foundation", "implementer"), ("UNICEF", "donor")]
    assert roles("Уюштуруучулар: «Алга» КФ жана ЮНИСЕФ.") == [("Alga Public Foundation", "implementer"), ("UNICEF", "implementer")]


@pytest.mark.parametrize("text,expected", [
    ("Сотрудники ПРООН провели тренинг.", [("UNDP", "implementer")]),
    ("Представители ЮНИСЕФ организовали встречу.", [("UNICEF", "implementer")]),
    ("Состоялась встреча доноров с ПРООН.", [("UNDP", "implementer")]),
    ("Донором выступил ЮНИСЕФ.", [("UNICEF", "donor")]),
    ("Донор проекта — ЮНИСЕФ.", [("UNICEF", "donor")]),
])
def test_attendance_words_and_donor_words_do_not_overreach(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_the_line_right_under_a_label_line_takes_the_label() -> None:
    assert roles("Донор:\nЮНИСЕФ\n\nФАО выступил.") == [("UNICEF", "donor"), ("FAO", "implementer")]
    assert roles("Организатор:\nОФ «Алга»") == [("Alga Public Foundation", "implementer")]


@pytest.mark.parametrize("text,expected", [
    ("Форумду «Жаштар үнү» коомдук бирикмеси Евробиримдиктин каржылоосу менен уюштурду.",
     [("Jashtar Unu Public Association", "implementer"), ("European Union", "donor")]),
    ("Форумду «Жаштар үнү» коомдук бирикмеси белгисиз коомдун каржылоосу менен уюштурду.",
     [("Jashtar Unu Public Association", "implementer")]),
    ("Тренинг ЮНИСЕФтин Кыргызстандагы өкүлчүлүгүнүн колдоосу менен өттү.", [("UNICEF", "donor")]),
    ("Жолугушууну «Аялдар лигасы» коомдук бирикмеси БУУ Аялдар түзүмүнүн колдоосу менен уюштурду.",
     [("Women's League Public Association", "implementer"), ("UN Women", "donor")]),
])
def test_a_genitive_owner_between_a_complete_name_and_its_noun_is_not_that_name(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("В рамках проекта ЮНИСЕФ, финансируемого ЕС, ОО «Нур» провело тренинг.",
     [("UNICEF", "implementer"), ("European Union", "donor"), ("Nur Public Association", "implementer")]),
    ("При поддержке ЮНИСЕФ, ФАО и ЕС прошел тренинг.",
     [("UNICEF", "donor"), ("FAO", "donor"), ("European Union", "donor")]),
    ("ЮНИСЕФ и ФАО провели тренинг для сотрудников ОО «Нур».",
     [("UNICEF", "implementer"), ("FAO", "implementer"), ("Nur Public Association", "participant_org")]),
])
def test_a_comma_closing_a_clause_is_no_list(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize("text,role", [
    ("Финансовый партнёр — ЮНИСЕФ.", "donor"), ("Funding partner: UNICEF.", "donor"),
    ("Каржылык өнөктөш: ЮНИСЕФ.", "donor"), ("Партнёр — ЮНИСЕФ.", "partner"),
])
def test_a_funding_partner_is_a_donor(text: str, role: str) -> None:
    assert roles(text) == [("UNICEF", role)]


@pytest.mark.parametrize("text,expected", [
    ("ЮНИСЕФ также принял участие в форуме.", [("UNICEF", "participant_org")]),
    ("ОО «Нур» и ЮНИСЕФ приняли участие в форуме.", [("Nur Public Association", "participant_org"), ("UNICEF", "participant_org")]),
    ("При поддержке ПРООН в тренинге приняли участие 30 человек.", [("UNDP", "donor")]),
    ("ПРООН провел тренинг, в котором приняли участие 30 человек.", [("UNDP", "implementer")]),
])
def test_russian_attendance_after_the_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_a_long_bulleted_list_under_a_label_is_read_once_per_line() -> None:
    text = "Партнёры:\n" + "- ПРООН\n" * 3000
    got = find_organizations(text)
    assert len(got) == 3000 and {m.organization.role for m in got} == {"partner"}


def test_cue_index_finds_the_same_cues_as_a_plain_list() -> None:
    from etl.reference.organizations import _match_text
    from etl.reference.roles import CueIndex, cued_role, cues_in, sentence_starts

    text = "Мероприятие организовано ЮНИСЕФ при финансовой поддержке ЕС совместно с ФАО."
    ft = _match_text(text)
    cues = cues_in(ft, 0, len(text), text=text)
    for m in find_organizations(text):
        span = m.organization.span
        assert span is not None and sentence_starts(text) == [0]
        assert cued_role(span, cues, "un_agency", "implementer", ft) == cued_role(
            span, CueIndex(cues), "un_agency", "implementer", ft)
