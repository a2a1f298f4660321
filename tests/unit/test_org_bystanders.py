"""Parliament's unnamed deputies in the audience and long dative addressee lists are not participants."""

from __future__ import annotations

import pytest

from etl.reference.organizations import find_organizations


def _names(text: str) -> list[str]:
    return [m.organization.name for m in find_organizations(text)]


@pytest.mark.parametrize("text", [
    "На презентации присутствовали представители министерств, депутаты Жогорку Кенеша, работодатели.",
    "В слушаниях участвовали члены Жогорку Кенеша и эксперты.",
    "Жолугушууга Жогорку Кеңештин депутаттары, мугалимдер жана ата-энелер катышты.",
    "The hearing was attended by members of the Jogorku Kenesh and local teachers.",
    "Deputies of the Jogorku Kenesh and farmers discussed the draft.",
])
def test_unnamed_parliament_deputies_leave_parliament_out(text: str) -> None:
    assert "Jogorku Kenesh" not in _names(text)


@pytest.mark.parametrize("text", [
    "Во встрече участвовал депутат Жогорку Кенеша А. Иванов.",
    "Жолугушууга Жогорку Кеңештин депутаттары А. Асанов жана Б. Беков катышты.",
    "Deputies of the Jogorku Kenesh A. Asanov and B. Bekov attended.",
])
def test_named_parliament_deputy_brings_parliament_in(text: str) -> None:
    assert "Jogorku Kenesh" in _names(text)


def test_local_council_deputies_stand_for_their_council() -> None:
    text = "В обсуждении приняли участие депутаты Ошского городского кенеша и сотрудники мэрии."
    assert any("Council" in n for n in _names(text))


@pytest.mark.parametrize("text", [
    "Форумдун жыйынтыгы боюнча Жогорку Кеңешке жана Эмгек, социалдык камсыздоо жана миграция "
    "министрлигине сунуштар жөнөтүлөт.",
    "Сунуштар Жогорку Кеңешке жана Билим берүү жана илим министрлигине жиберилди.",
])
def test_long_dative_addressee_list(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "body"), [
    ("Резолюцию форума направят в районный кенеш и в Жогорку Кенеш.", "Jogorku Kenesh"),
    ("Предложения участников отправят в профильный комитет Жогорку Кенеша.", "Jogorku Kenesh"),
    ("Сунуштар министрликке жана Жогорку Кеңештин тиешелүү комитетине жөнөтүлөт.", "Jogorku Kenesh"),
    ("The recommendations will be sent to the district council and to the Jogorku Kenesh.", "Jogorku Kenesh"),
    ("The resolution was submitted to the relevant committee of the Jogorku Kenesh.", "Jogorku Kenesh"),
])
def test_a_later_addressee_of_a_list_or_the_owner_of_the_addressee_is_left_out(text: str, body: str) -> None:
    assert body not in _names(text)


def test_a_body_that_sends_is_no_addressee() -> None:
    text = "Жогорку Кеңештин комитети сунуштарды министрликке жөнөттү."
    assert "Jogorku Kenesh" in _names(text)


@pytest.mark.parametrize("text", [
    "Kloop ранее писал, что в 2023 году тренинги прошли в пяти районах.",
    "Как сообщал Kloop, тренинг прошёл в Нарыне.",
    "Kloop — независимое медиа. Поддержите нашу работу.",
    "Kloop мурда жазгандай, тренинг Нарында өттү.",
    "As earlier reported by Kloop, the training took place in Naryn.",
])
def test_a_news_outlet_quoted_as_the_source_is_left_out(text: str) -> None:
    assert "Kloop" not in _names(text)


def test_an_organizer_that_reports_its_own_event_stays() -> None:
    text = "Тренинг провёл ОФ «Алга» при поддержке ПРООН. Об этом сообщает пресс-служба ПРООН."
    assert {"Alga Public Foundation", "UNDP"} <= set(_names(text))


@pytest.mark.parametrize(("text", "body"), [
    ("В Министерстве здравоохранения сообщили, что тренинги пройдут и в других районах.",
     "Ministry of Health of the Kyrgyz Republic"),
    ("Кроме того, Министерство энергетики пообещало поставить в город уголь по льготной цене.", "Ministry of Energy"),
    ("The Ministry of Energy also pledged to deliver coal to the town.", "Ministry of Energy"),
])
def test_a_body_quoted_impersonally_or_promising_later_help_is_left_out(text: str, body: str) -> None:
    assert body not in _names(text)


@pytest.mark.parametrize(("text", "body"), [
    ("Глава Кара-Булакского айыл окмоту пообещал выделить автобус.", "Kara-Bulak ayil okmotu"),
    ("Тренинг провело Министерство здравоохранения. Об этом сообщили в министерстве.",
     "Ministry of Health of the Kyrgyz Republic"),
])
def test_a_head_who_promises_and_an_organizer_stay(text: str, body: str) -> None:
    assert body in _names(text)


@pytest.mark.parametrize("text, body", [
    ("«Мурда бейтаптар 60 чакырым жол жүрүшчү», — деди Кок-Жар айыл өкмөтүнүн башчысы Асан Осмонов.",
     "Kok-Jar ayil okmotu"),
    ("«Ранее нам приходилось ездить в район», — сказал глава Кок-Жарского айыл окмоту Асан Осмонов.",
     "Kok-Jar ayil okmotu"),
])
def test_a_speaker_recalling_the_past_in_a_quote_took_part(text: str, body: str) -> None:
    # the history word opens the quote, not the attribution that names the speaker's body
    assert body in _names(text)


def test_a_body_named_inside_a_quote_about_the_past_stays_out() -> None:
    assert "UNDP" not in _names("«Ранее мы работали с ПРООН», — сказал он.")


@pytest.mark.parametrize("text", [
    "Министрлер Кабинетинин 2024-жылдын 12-февралындагы № 48 токтому менен бекитилген программанын алкагында "
    "Кеминде тренинг өттү.",
    "Во исполнение постановления Кабинета Министров Кыргызской Республики от 12 февраля 2024 года № 48 в Кемине "
    "прошел тренинг.",
    "В рамках Указа Президента Кыргызской Республики в Оше прошла встреча с молодежью.",
])
def test_author_of_an_act_takes_no_part(text: str) -> None:
    assert not [n for n in _names(text) if "Cabinet" in n or "President" in n]


def test_a_cabinet_that_takes_part_is_kept() -> None:
    text = "В заседании приняли участие представители Кабинета Министров и мэрии Бишкека."
    assert any("Cabinet" in n for n in _names(text))
