"""An event told within a multi-day event shares its span; one told on another day never does."""

from __future__ import annotations

import hashlib

import pytest

from etl.documents import Document
from etl.extract import extract


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return [(e["event_type"], e.get("start_date"), e.get("end_date")) for e in extract(doc).to_dict()["events"]]


_GRANTS_RU = "3-4 декабря 2015 года в Джалал-Абадской области прошло торжественное вручение грантов. "


def test_an_event_within_a_multi_day_event_takes_its_whole_span() -> None:
    text = _GRANTS_RU + "В рамках мероприятия также состоялся обучающий тренинг по гендерному равенству."
    assert _events(text) == [("grant_award", "2015-12-03", "2015-12-04"), ("training", "2015-12-03", "2015-12-04")]


_NEXT_DAY = ("training", "2015-12-05", "2015-12-05")  # "the next day" after the event's last day
_NO_DATE = ("training", None, None)


@pytest.mark.parametrize(("text", "second"), [
    (_GRANTS_RU + "На следующий день также состоялся обучающий тренинг по гендерному равенству.", _NEXT_DAY),
    (_GRANTS_RU + "Через неделю также состоялся обучающий тренинг по гендерному равенству.", _NO_DATE),
    ("2015-жылдын 3-4-декабрында Жалал-Абад облусунда гранттарды тапшыруу аземи өттү. Эртеси күнү ошондой "
     "эле гендердик теңчилик боюнча тренинг өттү.", _NEXT_DAY),
    ("On 3-4 December 2015 a grant ceremony took place in Jalal-Abad. The next day a training on gender "
     "equality also took place.", _NEXT_DAY),
])
def test_an_event_on_another_day_does_not_take_the_first_ones_dates(
        text: str, second: tuple[str, str | None, str | None]) -> None:
    events = _events(text)
    assert events[0] == ("grant_award", "2015-12-03", "2015-12-04")
    assert events[1] == second


def test_an_event_with_its_own_date_keeps_it() -> None:
    text = _GRANTS_RU + "10 декабря также состоялся обучающий тренинг по гендерному равенству."
    assert _events(text)[1] == ("training", "2015-12-10", "2015-12-10")
