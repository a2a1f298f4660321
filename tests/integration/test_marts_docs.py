"""Every SQL block in docs/warehouse.md's ten questions runs as bi_reader and answers with rows."""

from __future__ import annotations

import re
from pathlib import Path

import sqlalchemy as sa
from marts_data import load_demo

from etl.reporting.marts import refresh_marts

DOC = Path(__file__).resolve().parents[2] / "docs" / "warehouse.md"
QUESTIONS = re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8").split("## Ten questions")[1], re.S)


def test_doc_has_ten_questions():
    assert len(QUESTIONS) == 10


def test_questions_run_as_bi_reader(engine):
    load_demo(engine)
    refresh_marts(engine)
    empty = []
    with engine.connect() as conn:
        for number, sql in enumerate(QUESTIONS, start=1):
            with conn.begin():
                conn.exec_driver_sql("set local role bi_reader")
                if not conn.execute(sa.text(sql)).all():
                    empty.append(number)
    assert empty == [], f"questions returning no rows on the demo warehouse: {empty}"
