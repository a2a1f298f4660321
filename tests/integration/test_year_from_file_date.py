"""A report that gives no year ("29-август куну") and no dateline gets its year from the file's date,
in the warehouse as in ``etl extract`` (the contract: inferred from the file's metadata, flagged)."""

import os
import shutil
from datetime import UTC, datetime

import sqlalchemy as sa

from etl.pipeline.inline import ingest_inline
from tests.conftest import SAMPLES_DIR

NO_YEAR_SAMPLE = "000_2f53dd2643f01e37.txt"


def test_event_year_comes_from_the_file_mtime(engine, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SAMPLES_DIR / NO_YEAR_SAMPLE, inbox / NO_YEAR_SAMPLE)
    stamp = datetime(2021, 10, 5, 12, 0, tzinfo=UTC).timestamp()
    os.utime(inbox / NO_YEAR_SAMPLE, (stamp, stamp))

    ingest_inline([str(inbox)])

    with engine.connect() as conn:
        events = conn.execute(sa.text(
            "select e.start_date, e.is_year_inferred from core.fct_event e where e.is_current")).all()
        flags = set(conn.execute(sa.text("select flag_code from ops.data_quality_issue")).scalars())
    assert [(str(d), inferred) for d, inferred in events] == [("2021-08-29", True)]
    assert "year_inferred" in flags and "year_unknown" not in flags
