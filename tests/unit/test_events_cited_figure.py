"""A sentence that opens by citing where its figures come from ("По данным …", "According to …", "… маалыматы
боюнча") tells no event of its own, whatever its verb: "область посетили 1,8 млн туристов" is no visit."""

from __future__ import annotations

import hashlib

from etl.documents import Document
from etl.extract import extract
from etl.extract.events_speech import cited_figure


def _types_dates(text: str) -> list[tuple[str, str | None]]:
    doc = Document(path="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", text=text,
                   size_bytes=len(text.encode()), parts=[], metadata={})
    return sorted((e["event_type"], e["start_date"]) for e in extract(doc).to_dict()["events"])


RU = ("С 14 по 16 мая 2025 года в городе Каракол прошёл форум молодых предпринимателей. В нём приняли участие "
      "85 человек.\n\n"
      "По данным областного управления экономики, в 2024 году регион посетили 1,5 млн туристов, однако число "
      "гостевых домов выросло вдвое.\n\nВо второй день участники разделились на секции, а 15 мая побывали в гостевом доме "
      "в селе Теплоключенка.")


def test_a_cited_figure_with_a_visit_verb_is_no_visit() -> None:
    assert _types_dates(RU) == [("forum", "2025-05-14")]


def test_citing_openings() -> None:
    for text in ("по данным министерства, в 2024 году…", "according to the ministry, 40 schools were visited",
                 "министрликтин маалыматы боюнча, быйыл …"):
        assert cited_figure(text, (0, len(text)))
    assert not cited_figure("делегация посетила район по приглашению акима", (0, 46))
