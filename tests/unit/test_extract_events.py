"""Events: types, splitting (and not splitting), per-event dates, flags — through ``extract``."""

from __future__ import annotations

import hashlib

import pytest

from etl.contract import Event, Indicator
from etl.documents import Document, LanguagePart
from etl.extract import extract
from etl.extract.merge import guess_language, guess_parts, merge_parts


def _doc(text: str, parts: list[LanguagePart] | None = None, **metadata: object) -> Document:
    return Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                    size_bytes=len(text.encode()), parts=parts or [], metadata=dict(metadata))


def _events(text: str, **kw: object) -> list[dict]:
    return extract(_doc(text, **kw)).to_dict()["events"]


@pytest.mark.parametrize(("text", "kind"), [
    ("2023-жылдын 5-майында Нарын шаарында жаштар үчүн тренинг өттү. Тренингге 25 адам катышты.", "training"),
    ("5 мая 2023 года в Караколе состоялся круглый стол по вопросам бюджета.", "round_table"),
    ("2023-жылдын 5-майында Ош шаарында тегерек стол болуп өттү.", "round_table"),
    ("12 марта 2023 года в Бишкеке прошла встреча с жителями.", "meeting"),
    ("Посол посетил Баткенскую область 3 апреля 2023 года.", "visit"),
    ("2023-жылдын 10-июнунда Таласта жаштар форуму болуп өттү.", "forum"),
    ("20-21 апреля 2023 года в Бишкеке состоялась конференция.", "conference"),
    ("2023-жылдын 1-мартында мектептер аралык сынак өткөрүлдү.", "competition"),
    ("10 марта 2022 года состоялась церемония вручения грантов победителям конкурса.", "grant_award"),
    ("On 3 November 2021 a new kindergarten opened in the village.", "opening"),
    ("14 октября 2023 года прошла акция «Зелёный город».", "campaign"),
    ("On 8 February 2024 the Embassy presented a new project.", "presentation"),
    ("Вчера в офисе обсуждали разные вопросы.", "other"),
])
def test_event_type(text: str, kind: str) -> None:
    events = _events(text)
    assert [e["event_type"] for e in events] == [kind]


def test_a_plain_report_is_one_event() -> None:
    text = ("Тренинг аяктады\n\n2023-жылдын 23-24-июнунда Ош шаарында эки күндүк тренинг өттү. "
            "Тренингдин жүрүшүндө катышуучулар мамлекеттик органдар менен жолугушуу өткөрүштү. "
            "Иш-чара долбоордун алкагында уюштурулду. Тренингге 30 адам катышты.")
    events = _events(text)
    assert len(events) == 1
    assert (events[0]["event_type"], events[0]["start_date"], events[0]["end_date"]) == \
        ("training", "2023-06-23", "2023-06-24")


def test_meetings_during_a_visit_are_the_visit() -> None:
    text = ("2023-жылдын 29-августунда элчиликтин кызматкери Ош шаарында иш сапары менен болду. "
            "Иш сапарынын алкагында демилгелүү топтор менен жолугушуулар болуп өттү.")
    assert [e["event_type"] for e in _events(text)] == ["visit"]


def test_two_events_each_with_its_own_date_and_figures() -> None:
    text = ("2022-жылдын 28-октябрында Бишкекте тегерек стол болуп өттү. Тегерек столго 40 адам катышты.\n\n"
            "2022-жылдын жазында 47 пилоттук муниципалитеттин арасында сынак өткөрүлгөн.")
    events = _events(text)
    by_type = {e["event_type"]: e for e in events}
    assert set(by_type) == {"round_table", "competition"}
    assert by_type["round_table"]["start_date"] == "2022-10-28"
    assert (by_type["competition"]["start_date"], by_type["competition"]["date_precision"]) == \
        ("2022-03-01", "month")
    assert [i["value"] for i in by_type["round_table"]["indicators"]] == [40]
    assert [i["value"] for i in by_type["competition"]["indicators"]] == [47]


def test_counted_events_are_figures_not_events() -> None:
    text = ("2018-жылдын 19-ноябрында тегерек стол өттү. Долбоордун натыйжалары: 8 эдвокаси акция "
            "өткөрүлдү, 7 жаштар демилгелери конкурс боюнча өттү.")
    events = _events(text)
    assert [e["event_type"] for e in events] == ["round_table"]
    assert ("sessions_held", 8) in {(i["indicator"], i["value"]) for i in events[0]["indicators"]}


def test_plans_elections_and_the_dateline_are_not_event_dates() -> None:
    text = ("Тегерек стол өттү\nNovember 21, 2018, 06:00\nТегерек столдо 2020-жылы – шайлоо жылы жөнүндө "
            "айтылды. 2019-жылга иш-чараларды пландаштыруу сунушталды. Тегерек стол болуп өттү.")
    report = extract(_doc(text)).to_dict()
    assert report["published_date"] == "2018-11-21"
    (event,) = report["events"]
    assert (event["start_date"], event["date_precision"]) == (None, "unknown")
    assert "no_event_date" in {q["code"] for q in report["quality_flags"]}


def test_year_inferred_from_dateline_and_flagged() -> None:
    text = "Жолугушуу өттү\n28.10.2022 16:14\n29-август күнү Ош шаарында жолугушуу болуп өттү."
    report = extract(_doc(text)).to_dict()
    (event,) = report["events"]
    assert (event["start_date"], event["year_inferred"]) == ("2022-08-29", True)
    assert "year_inferred" in {q["code"] for q in report["quality_flags"]}


def test_year_inferred_from_file_metadata() -> None:
    events = _events("29 августа в Оше прошла встреча.", mtime="2021-09-10T10:00:00")
    assert (events[0]["start_date"], events[0]["year_inferred"]) == ("2021-08-29", True)


def test_year_given_earlier_in_the_text_is_not_inferred() -> None:
    text = ("2021-жылдын 3-мартында Сузак районунда жолугушуу болуп өттү. Жолугушууга 45 жаш катышты.\n\n"
            "Эртеси, 4-мартта, тренинг уюштурулду. Тренингден 30 жаш лидер өттү.")
    events = {e["event_type"]: e for e in _events(text)}
    assert (events["training"]["start_date"], events["training"]["year_inferred"]) == ("2021-03-04", False)


def test_published_date_from_metadata_when_no_dateline() -> None:
    report = extract(_doc("В Оше прошла встреча.", published="2023-05-06")).to_dict()
    assert report["published_date"] == "2023-05-06"


def test_sex_split_mismatch_flag_and_figures_unchanged() -> None:
    text = "5 мая 2023 года прошел форум. В форуме приняли участие 210 человек, из них 150 женщин и 65 мужчин."
    report = extract(_doc(text)).to_dict()
    flags = [q for q in report["quality_flags"] if q["code"] == "sex_split_mismatch"]
    assert flags and flags[0]["detail"].startswith("150 + 65 != 210")
    values = sorted(i["value"] for i in report["events"][0]["indicators"])
    assert values == [65, 150, 210]


def test_sex_split_mismatch_when_the_split_is_its_own_sentence() -> None:
    text = "5 мая 2023 года прошел тренинг. В нем приняли участие 52 участника. Из них 38 женщин и 12 мужчин."
    report = extract(_doc(text)).to_dict()
    flags = [q for q in report["quality_flags"] if q["code"] == "sex_split_mismatch"]
    assert flags and flags[0]["detail"].startswith("38 + 12 != 52")


BILINGUAL = ("2023-жылдын 23-24-июнунда Ош шаарында тренинг өттү. Тренингге 25 адам катышты.\n\n"
             "———\n\n"
             "23-24 июня 2023 года в городе Ош прошел тренинг. В тренинге приняли участие 25 человек.")


def test_bilingual_report_yields_its_event_once() -> None:
    for parts in (None, [LanguagePart("ky", 0, BILINGUAL.index("———")),
                         LanguagePart("ru", BILINGUAL.index("———"), len(BILINGUAL))]):
        report = extract(_doc(BILINGUAL, parts=parts)).to_dict()
        assert sorted(report["languages"]) == ["ky", "ru"]
        (event,) = report["events"]
        assert (event["event_type"], event["start_date"]) == ("training", "2023-06-23")
        assert [(i["indicator"], i["value"]) for i in event["indicators"]] == [("participants", 25)]


def test_bilingual_parts_that_disagree_are_flagged_and_both_kept() -> None:
    text = BILINGUAL.replace("приняли участие 25", "приняли участие 27")
    report = extract(_doc(text)).to_dict()
    (event,) = report["events"]
    assert sorted(i["value"] for i in event["indicators"]) == [25, 27]
    flags = [q for q in report["quality_flags"] if q["code"] == "language_parts_disagree"]
    assert flags and "25" in flags[0]["detail"] and "27" in flags[0]["detail"]


def test_guess_language_and_parts() -> None:
    assert guess_language("Тренингге жаштар катышты жана алар үчүн маалымат берилди.") == "ky"
    assert guess_language("В тренинге приняли участие представители и жители села.") == "ru"
    assert guess_language("The training was held for the residents of the village.") == "en"
    parts = guess_parts(BILINGUAL)
    assert [p.lang for p in parts] == ["ky", "ru"]
    assert parts[0].start == 0 and parts[-1].end == len(BILINGUAL)


def test_merge_parts_matches_by_type_and_date() -> None:
    ky = [Event("training", "2023-06-23", "2023-06-24", "day", indicators=[Indicator("participants", 25, "person")])]
    ru = [Event("training", "2023-06-23", "2023-06-24", "day", indicators=[Indicator("participants", 25, "person"),
                                                                          Indicator("sessions_held", 2, "session")])]
    merged, flags = merge_parts([("ky", ky), ("ru", ru)])
    assert len(merged) == 1 and not flags
    assert sorted(i.indicator for i in merged[0].indicators) == ["participants", "sessions_held"]


def test_merge_keeps_a_dated_event_only_one_part_split_out() -> None:
    ky = [Event("round_table", "2022-10-28", "2022-10-28", "day"),
          Event("competition", "2022-03-01", "2022-05-31", "month")]
    ru = [Event("round_table", "2022-10-28", "2022-10-28", "day")]
    merged, _ = merge_parts([("ky", ky), ("ru", ru)])
    assert [e.event_type for e in merged] == ["round_table", "competition"]


def test_year_from_the_latest_year_in_the_text_when_no_dateline_or_file_date() -> None:
    text = "29 августа в Оше прошла встреча. Проект работает с 2019 года, в 2021 году открыт центр."
    report = extract(_doc(text)).to_dict()
    (event,) = report["events"]
    assert (event["start_date"], event["year_inferred"]) == ("2021-08-29", True)
    assert "year_inferred" in {q["code"] for q in report["quality_flags"]}


def test_year_stays_unknown_without_any_date_to_infer_it_from() -> None:
    # Never today's year: a rerun next January must give the same record.
    report = extract(_doc("29 августа в Оше прошла встреча.")).to_dict()
    (event,) = report["events"]
    assert (event["start_date"], event["end_date"], event["date_precision"]) == (None, None, "unknown")
    assert event["date_evidence"] == "29 августа"
    codes = {q["code"] for q in report["quality_flags"]}
    assert "year_unknown" in codes and "no_event_date" not in codes
