"""Organizations named by a descriptive noun phrase: detection, case endings, English names, and
sentences that name no organization."""

from __future__ import annotations

import pytest

from etl.reference.org_phrases import noun_phrase_organizations
from etl.reference.organizations import find_organizations


def _names(text: str) -> list[tuple[str, str, str]]:
    return [(p.name, p.kind, text[p.start:p.end]) for p in noun_phrase_organizations(text)]


@pytest.mark.parametrize(("text", "name", "evidence"), [
    ("Иш-чараны Нарын облустук аялдар кеңешинин төрайымы ачты.", "Naryn Oblast Women's Council",
     "Нарын облустук аялдар кеңешинин"),
    ("Тренинг Жалал-Абад шаардык жаштар уюму менен биргеликте өттү.", "Jalal-Abad City Youth Organization",
     "Жалал-Абад шаардык жаштар уюму"),
    ("Баткен облустук экологиялык кыймылы уюштурду.", "Batken Oblast Ecological Movement",
     "Баткен облустук экологиялык кыймылы"),
    ("Кочкор айыл чарба кооперативи катышты.", "Kochkor Agricultural Cooperative", "Кочкор айыл чарба кооперативи"),
    ("Сунуштарды Талас облусунун ата-энелер кеңешине жөнөтүштү.", "Talas Oblast Parents Council",
     "Талас облусунун ата-энелер кеңешине"),
    ("Нарын облустук аялдардын кеңеши катышты.", "Naryn Oblast Women's Council", "Нарын облустук аялдардын кеңеши"),
])
def test_kyrgyz_phrases_and_their_case_endings(text: str, name: str, evidence: str) -> None:
    assert [(n, e) for n, _, e in _names(text)] == [(name, evidence)]


@pytest.mark.parametrize(("text", "name", "evidence"), [
    ("В форуме участвовала Ассоциация фермеров Чуйской долины.", "Chui Valley Farmers Association",
     "Ассоциация фермеров Чуйской долины"),
    ("Организатором выступил Союз предпринимателей Баткена.", "Batken Entrepreneurs Union",
     "Союз предпринимателей Баткена"),
    ("Семинар провёл Центр поддержки гражданских инициатив Таласской области.",
     "Talas Oblast Civic Initiatives Support Centre", "Центр поддержки гражданских инициатив Таласской области"),
    ("Нарынский областной центр семейной медицины провёл акцию.", "Naryn Oblast Family Medicine Centre",
     "Нарынский областной центр семейной медицины"),
    ("Грант получила Ассоциация водопользователей «Ак-Суу».", "Ak-Suu Water Users Association",
     "Ассоциация водопользователей «Ак-Суу»"),
    ("Также выступила Ассоциация фермеров Кыргызстана.", "Association of Farmers of Kyrgyzstan",
     "Ассоциация фермеров Кыргызстана"),
])
def test_russian_phrases_with_genitive_complements(text: str, name: str, evidence: str) -> None:
    assert [(n, e) for n, _, e in _names(text)] == [(name, evidence)]


def test_english_phrase_keeps_the_gazetteer_place() -> None:
    assert _names("The event was organized by the Naryn Women's Council.") == [
        ("Naryn Women's Council", "ngo", "Naryn Women's Council")]


def test_one_body_gets_one_name_in_kyrgyz_and_russian() -> None:
    ky = _names("Нарын облустук үй-бүлөлүк медицина борбору катышты.")
    ru = _names("Участвовал Нарынский областной центр семейной медицины.")
    assert ky[0][0] == ru[0][0] == "Naryn Oblast Family Medicine Centre"
    assert ky[0][1] == ru[0][1] == "government"  # a state health body


@pytest.mark.parametrize("text", [
    "Маселе облустук деңгээлде талкууланды.",  # no head noun
    "Центр города был закрыт на ремонт.",  # a head with no descriptive word
    "Иш-чара Нарын шаардык жаштар борборунда өттү.",  # the locative: a venue
    "Семинар прошёл в Нарынском областном центре семейной медицины.",  # "в …": a venue
    "Аялдар кеңеши жолугушту.",  # no place: too generic to name
    "молодёжный центр открылся после ремонта.",  # lower case and no place
    "Нарын облустук аялдар кеңештери жолугушту.",  # a plural names several bodies
    "Ассоциация фермеров Токтогулбековой провела встречу.",  # an unknown proper name after: cannot be named
    "the women's council of the village met",  # English words without capitals
])
def test_sentences_that_name_no_phrase_organization(text: str) -> None:
    assert _names(text) == []


def test_registry_and_state_bodies_win_over_phrases() -> None:
    text = "Тренингге Талас облустук билим берүү башкармалыгы жана Нарын облустук жаштар ресурстук борбору катышты."
    names = [m.organization.name for m in find_organizations(text)]
    assert "Talas Oblast Education Department" in names
    assert "Naryn Oblast Youth Resource Centre" in names
    spans = sorted(m.organization.span for m in find_organizations(text) if m.organization.span)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_phrase_takes_its_role_from_the_sentence() -> None:
    orgs = {m.organization.name: m.organization.role for m in find_organizations(
        "Тренинг Жалал-Абад шаардык жаштар уюму менен биргеликте өттү. "
        "The event was organized by the Naryn Women's Council.")}
    assert orgs["Jalal-Abad City Youth Organization"] == "partner"
    assert orgs["Naryn Women's Council"] == "implementer"


def test_phrase_without_any_role_cue_is_background() -> None:
    text = "Тоң районунун аялдар кеңеши 2019-жылы түзүлгөн."
    assert _names(text)  # detected …
    assert find_organizations(text) == []  # … but no sentence says it took part


@pytest.mark.parametrize(("text", "name"), [
    ("Тренингди Ат-Башы райондук мугалимдер ассоциациясы уюштурду.", "At-Bashy District Teachers Association"),
    ("Тренинг организовала Ассоциация учителей Ат-Башинского района.", "At-Bashy District Teachers Association"),
    ("Ат-Башинская районная ассоциация учителей провела тренинг.", "At-Bashy District Teachers Association"),
    ("Встречу провела Иссык-Кульская областная ассоциация пчеловодов.", "Issyk-Kul Oblast Beekeepers Association"),
    ("Members of the Issyk-Kul Beekeepers Association attended.", "Issyk-Kul Beekeepers Association"),
    ("Присутствовали члены Совета ветеранов Каракола.", "Karakol Veterans Council"),
    ("Ош шаардык майыптар коомунун өкүлдөрү катышты.", "Osh City Persons with Disabilities Society"),
    ("Кара-Балтинский городской совет женщин провёл встречу.", "Kara-Balta City Women's Council"),
])
def test_same_body_same_name_in_every_word_order(text: str, name: str) -> None:
    assert [n for n, _, _ in _names(text)] == [name]


def test_russian_genitive_complement_comes_before_adjectives_in_english() -> None:
    assert [n for n, _, _ in _names("Участвовал Нарынский областной ресурсный центр молодёжи.")] == [
        "Naryn Oblast Youth Resource Centre"]


@pytest.mark.parametrize("text", [
    "Коомдук уюмдар катышты.",  # "коомдук" is no head "коом"
    "Семинар Ат-Башы райондук жаштар борборунда өттү.",  # a venue
])
def test_more_sentences_without_a_phrase(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize("text", [
    "Проект «Активные женские организации гражданского общества Кыргызстана за мир» завершился.",  # a title
    "Участники отметили роль гражданского общества Кыргызстана.",  # civil society is a sector
    "Жарандык коом катышты.",
])
def test_titles_and_civil_society_are_no_phrase(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("В акции участвовал Кочкорский районный ЦСМ.", "Kochkor District Family Medicine Centre"),
    ("Врачи ЦСМ Кочкорского района провели осмотр.", "Kochkor District Family Medicine Centre"),
    ("Кочкор райондук ҮМБнын дарыгерлери катышты.", "Kochkor District Family Medicine Centre"),
    ("Кочкор райондук ЦСМдин дарыгерлери катышты.", "Kochkor District Family Medicine Centre"),
    ("Тренингди «Ак-Ниет» аялдар кеңеши уюштурду.", "Ak-Niet Women's Council"),
])
def test_family_medicine_acronyms_and_a_quoted_name_before_kyrgyz_words(text: str, name: str) -> None:
    assert [n for n, _, _ in _names(text)] == [name]


def test_an_acronym_without_its_place_is_no_phrase() -> None:
    assert _names("ЦСМ провёл акцию.") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Также выступил Совет аксакалов села Ат-Башы.", "At-Bashy Elders Council"),
    ("Ат-Башы айылынын аксакалдар кеңеши катышты.", "At-Bashy Elders Council"),
    ("Также выступил Женский совет Ак-Суйского района.", "Ak-Suu District Women's Council"),
    ("В акции участвовал молодёжный центр Бишкека.", "Bishkek Youth Centre"),
])
def test_village_and_district_after_the_head(text: str, name: str) -> None:
    assert [n for n, _, _ in _names(text)] == [name]


def test_an_unknown_village_cannot_be_named() -> None:
    assert _names("Также выступил Совет аксакалов села Бырбырбыр.") == []


def test_a_state_body_alone_on_its_line_is_a_heading() -> None:
    text = "**Жалал-Абад облусунун жаштар саясаты бөлүмү** 📢\n\nГранттар тапшырылды."
    assert _names(text) == []
    assert _names("Иш-чарага Жалал-Абад облусунун жаштар саясаты бөлүмү катышты.")


@pytest.mark.parametrize("text", [
    "Выступила Ассоциация родителей детей с инвалидностью.",
    "Выступил Союз фермеров и водопользователей.",
])
def test_a_complement_that_runs_on_past_the_glossary_names_nothing(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Также выступил Союз трудовых мигрантов Баткена.", "Batken Labour Migrants Union"),
    ("Ош облустук айыл аялдары кеңеши катышты.", "Osh Oblast Rural Women's Council"),
    ("Также выступила Ассоциация женщин-лидеров Таласской области.", "Talas Oblast Women Leaders Association"),
])
def test_multiword_glossary_entries(text: str, name: str) -> None:
    assert [n for n, _, _ in _names(text)] == [name]
