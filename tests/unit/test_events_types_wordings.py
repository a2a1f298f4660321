"""Event types from wordings the first keyword lists missed, and event words that name no event held."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract
from etl.extract.event_keywords import keyword_types
from etl.text import fold


def _report(text: str) -> dict:  # type: ignore[type-arg]
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return extract(doc).to_dict()


def _types(text: str) -> list[str]:
    return [e["event_type"] for e in _report(text)["events"]]


def _kinds(text: str) -> list[str]:
    folded = fold(text)
    return [k for _, k in keyword_types(folded, 0, len(folded))]


@pytest.mark.parametrize(("text", "kind"), [
    ("2024-жылдын 5-апрелинде Ноокат айылында мугалимдер үчүн окуу өттү.", "training"),
    ("2024-жылдын 5-апрелинде Кара-Көлдө тегерек үстөл болуп өттү.", "round_table"),
    ("On 3 June 2025 a festival of national crafts was held in Kochkor.", "other"),
    ("14 мая 2025 года прошло заседание районного совета по делам молодёжи.", "meeting"),
    ("2025-жылдын 14-майында Көк-Жар айылдык кеңешинин кезектеги сессиясы өттү.", "meeting"),
    ("On 2 May 2025 our volunteers held a book marathon for children in Talas.", "campaign"),
    ("2025-жылдын 3-мартында Бакай-Ата районунда акысыз юридикалык кеңеш берүү күнү өттү.", "campaign"),
])
def test_more_wordings_name_the_event(text: str, kind: str) -> None:
    assert _types(text) == [kind]


@pytest.mark.parametrize("text", [
    "Мектептин окуучулары жана окуу жайларынын студенттери катышты.",
    "Катышуучулар картаны окууну үйрөнүштү.",
    "Жаңы окуу жылы башталды.",
])
def test_pupils_schools_and_reading_are_no_training(text: str) -> None:
    assert "training" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "Встреча прошла в конференц-зале акимиата.",
    "Окуу айыл өкмөтүнүн жыйындар залында өттү.",
    "The session took place in the conference hall of the university.",
    "Семинар прошёл в зале заседаний мэрии.",
])
def test_a_hall_named_by_an_event_word_is_a_venue(text: str) -> None:
    kinds = _kinds(text)
    assert "conference" not in kinds
    assert kinds.count("meeting") <= (1 if text.startswith("Встреча") else 0)


def test_a_sports_hall_opened_is_still_an_opening() -> None:
    assert _types("2024-жылдын 11-июнунда мектепте жаңы спорт залдын ачылыш аземи болду.") == ["opening"]


def test_a_mobile_clinic_visiting_villages_is_outreach_not_a_visit() -> None:
    text = ("From 3 to 7 June 2025, a mobile clinic visited five villages of Kemin district. Doctors examined "
            "230 women.")
    assert _types(text) == ["campaign"]


def test_grants_to_a_competitions_winners_are_its_prizes() -> None:
    text = ("2025-жылдын 12-мартында Ош шаарында «Жаш фермер» сынагынын финалы өттү. Финалга 10 команда чыкты.\n\n"
            "Жеңүүчү 4 командага жалпысынан 800 миң сом грант тапшырылды.")
    assert _types(text) == ["competition"]


def test_a_ceremony_rewarding_a_competitions_winners_with_grants_is_an_award() -> None:
    text = ("С 2 по 4 апреля 2024 года в Нарыне прошёл тренинг для фермеров. В нём участвовали 40 человек.\n\n"
            "10 апреля 2024 года состоялась церемония награждения победителей конкурса проектов. "
            "12 лучших проектов получили гранты.")
    assert _types(text) == ["training", "grant_award"]


def test_an_award_ceremony_without_grants_ends_the_competition() -> None:
    assert _kinds("Состоялась церемония награждения победителей олимпиады по математике.") == ["competition"]


def test_a_paragraph_on_the_next_day_tells_an_event_of_its_own() -> None:
    text = ("2025-жылдын 3-мартында Талас шаарында жаштар форуму өттү. Форумга 200 жаш катышты.\n\n"
            "Эртеси күнү катышуучулар Манас районундагы Покровка айылына барып, фермердик чарбанын иши менен "
            "таанышышты.")
    report = _report(text)
    assert [e["event_type"] for e in report["events"]] == ["forum", "visit"]
    assert report["events"][1]["start_date"] is None
    assert "no_event_date" not in [f["code"] for f in report["quality_flags"]]  # the forum is dated


def test_the_next_day_within_a_paragraph_goes_on_about_the_same_event() -> None:
    text = ("18–19 марта 2025 года в Токмоке прошёл тренинг. В тренинге приняли участие 30 человек. "
            "На следующий день участники посетили соседнее село.")
    assert _types(text) == ["training"]


def test_a_kyrgyz_award_ceremony_for_a_competitions_winners_is_an_award_of_its_own_day() -> None:
    text = ("2024-жылдын 2-4-октябрында Ат-Башыда тренинг өттү. Тренингге 20 жаш катышты.\n\n"
            "2024-жылдын 20-октябрында долбоорлор сынагынын жеңүүчүлөрүн сыйлоо аземи болду. Жеңүүчү 5 жашка "
            "гранттар тапшырылды.")
    report = _report(text)
    assert [(e["event_type"], e["start_date"]) for e in report["events"]] == [
        ("training", "2024-10-02"), ("grant_award", "2024-10-20")]


@pytest.mark.parametrize("text", [
    "More than 200 guests visited the fair of local products.",
    "Около 500 человек посетили фестиваль национальной кухни.",
])
def test_guests_visiting_a_festival_attend_it(text: str) -> None:
    assert "visit" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "Volunteers visited 18 schools and talked to students.",
    "Волонтеры посетили 40 семей в отдалённых сёлах.",
])
def test_volunteers_going_round_are_no_visit(text: str) -> None:
    assert "visit" not in _kinds(text)


def test_an_officials_visit_is_still_a_visit() -> None:
    assert _kinds("The Ambassador visited two schools in Naryn.") == ["visit"]


@pytest.mark.parametrize(("text", "kind"), [
    ("12 марта 2025 года в Оше прошёл молодёжный хакатон «Умный город».", "competition"),
    ("2025-жылдын 12-мартында Нарында жаштар арасында волейбол боюнча мелдеш өттү.", "competition"),
    ("С 1 по 10 июля 2025 года в Чолпон-Ате прошла летняя школа для молодых журналистов.", "training"),
    ("On 3 June 2025 farmers from Talas went on a study tour to Issyk-Kul.", "visit"),
    ("2025-жылдын 3-июнунда Кара-Кулжада бюджет боюнча коомдук талкуу өттү.", "meeting"),
    ("2025-жылдын 3-июнунда айылда ашар уюштурулуп, мектептин чатыры оңдолду.", "campaign"),
])
def test_hackathons_tournaments_summer_schools_study_tours_discussions_and_ashar(text: str, kind: str) -> None:
    assert _types(text) == [kind]


@pytest.mark.parametrize("text", [
    "Форумдун ачылышына министр катышты.",
    "На открытии форума выступил министр.",
    "The opening session of the conference was attended by the Minister.",
    "Тренингдин салтанаттуу ачылышы болду.",
])
def test_the_opening_of_a_session_opens_no_building(text: str) -> None:
    assert "opening" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "В селе открылся новый детский сад.",
    "Айылда жаңы бала бакчанын салтанаттуу ачылышы болду.",
    "The Ambassador opened a new sports hall at the school.",
])
def test_a_building_opened_is_still_an_opening(text: str) -> None:
    assert "opening" in _kinds(text)


def test_a_forums_participants_visiting_farms_make_a_visit() -> None:
    text = ("12 марта 2025 года в Таласе прошёл молодёжный форум. В нём приняли участие 200 молодых людей. "
            "13 марта участники форума посетили фермерские хозяйства района.")
    assert _types(text) == ["forum", "visit"]
    assert _kinds("Презентацию посетили 50 человек.") == ["presentation"]


@pytest.mark.parametrize("text", [
    "12 марта 2025 года в рамках проекта «Молодёжный форум Нарына» в Нарыне прошёл тренинг для волонтёров.",
    "2025-жылдын 12-мартында «Жаштар форуму» коомдук бирикмеси Таласта тренинг өткөрдү.",
    "12 марта 2025 года в Оше прошёл тренинг «Как провести круглый стол» для активистов.",
    "12 марта 2025 года Форум женщин Кыргызстана провёл тренинг для активисток в Караколе.",
])
def test_event_words_in_names_and_titles_are_not_the_event_held(text: str) -> None:
    assert _types(text) == ["training"]


def test_a_quoted_title_of_the_event_held_keeps_its_type() -> None:
    assert _types("12 марта 2025 года в Оше прошёл форум «Молодёжь и выборы».") == ["forum"]


@pytest.mark.parametrize(("text", "kind"), [
    ("2025-жылдын 12-мартында Ошто жаштар менен кездешүү болуп өттү.", "meeting"),
    ("12 марта 2025 года в Бишкеке прошёл марш за права женщин.", "campaign"),
    ("12 марта 2025 года в Оше начались курсы повышения квалификации для учителей.", "training"),
])
def test_kyrgyz_meetings_marches_and_refresher_courses(text: str, kind: str) -> None:
    assert _types(text) == [kind]


def test_march_the_month_is_no_march() -> None:
    assert _kinds("В марте 2025 года фермеры получили семена.") == []
