"""Great Expectations plumbing shared by the staging and warehouse checks (imported lazily: GX is slow)."""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
import threading
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from etl.config import PROJECT_ROOT
from etl.validate.gx_imports import import_gx

if TYPE_CHECKING:
    from great_expectations.data_context.store.store import DataDocsSiteConfigTypedDict
    from great_expectations.data_context.types.base import DataContextConfig, ProgressBarsConfig


def expectations_dir() -> Path:
    return Path(os.environ.get("ETL_EXPECTATIONS_DIR") or PROJECT_ROOT / "expectations")


def suite_files(kind: str) -> list[Path]:
    """The JSON suites of one kind (``staging`` or ``warehouse``), one per checked table."""
    return sorted((expectations_dir() / kind).glob("*.json"))


def quiet_gx() -> None:
    for name in ("great_expectations", "great_expectations._docs_decorators"):
        logging.getLogger(name).setLevel(logging.WARNING)


def new_context(data_docs_dir: Path | None = None) -> Any:
    """An ephemeral GX context (nothing written but the Data Docs site, when asked for)."""
    quiet_gx()
    gx = import_gx()
    context = gx.get_context(mode="ephemeral")
    try:
        # GX annotates the setter with ProgressBarsConfig, but reads the value as a mapping
        # ("globally" in progress_bars, in Validator._determine_progress_bars): a dict is what it uses
        context.variables.progress_bars = cast("ProgressBarsConfig", {"globally": False})
    except Exception:  # older/newer GX without the variable: bars only cost log noise
        pass
    if data_docs_dir is not None:
        site: DataDocsSiteConfigTypedDict = {
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(data_docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        }
        # GX keeps ephemeral project config per process: a second context already has the site
        # get_config() in its default (TYPED) mode returns the context's DataContextConfig; GX
        # annotates it with every mode's return type (BaseYamlConfig | dict | str)
        config = cast("DataContextConfig", context.get_config())
        if "local_site" in (config.data_docs_sites or {}):
            context.update_data_docs_site("local_site", site)
        else:
            context.add_data_docs_site("local_site", site)
    return context


def load_suite(context: Any, path: Path) -> Any:
    from great_expectations.core.expectation_suite import ExpectationSuite

    data = json.loads(path.read_text(encoding="utf-8"))
    return context.suites.add(ExpectationSuite(**data))


def severity_of(result: Any) -> str:
    value = getattr(result.expectation_config, "severity", "critical")
    return str(getattr(value, "value", value)).lower()


def skip_frame_fingerprint() -> None:
    """Stop GX hashing every frame it is handed (``pandas_data_fingerprint``, a batch marker nothing here reads).

    GX hashes every value of a frame under 1 GB (``HASH_THRESHOLD``; larger frames go unhashed already):
    for the staging frames - evidence strings in most rows - that was a seventh of a validation's time.
    The results, and which rows fail, do not depend on it.
    """
    import_gx()
    from great_expectations.execution_engine import pandas_execution_engine

    pandas_execution_engine.HASH_THRESHOLD = 0


class StagingRuntime:
    """One GX context, one pandas data source, the staging suites and one batch definition per table.

    Built once per process and per set of suite files (``staging_runtime``): every later batch only hands
    GX a new DataFrame.  The import of GX (seconds) and this set-up are paid once, not per batch.
    """

    def __init__(self, files: tuple[tuple[str, int], ...]) -> None:
        skip_frame_fingerprint()
        self.context = new_context()
        # GX keeps ephemeral project config per process: a rebuilt runtime needs a fresh source name
        self.source = self.context.data_sources.add_pandas(f"staging_{uuid.uuid4().hex[:8]}")
        self.suites: dict[str, Any] = {}
        self.definitions: dict[str, Any] = {}
        for path_text, _mtime in files:
            path = Path(path_text)
            self.suites[path.stem] = load_suite(self.context, path)
            self.definitions[path.stem] = self.source.add_dataframe_asset(path.stem) \
                .add_batch_definition_whole_dataframe("batch")

    def validate(self, table: str, frame: Any, result_format: dict[str, Any]) -> Any:
        batch = self.definitions[table].get_batch(batch_parameters={"dataframe": frame})
        return batch.validate(self.suites[table], result_format=result_format)


_build_lock = threading.Lock()  # one build at a time: the prefetch thread and a validate may race for it
_prefetch: threading.Thread | None = None


def staging_runtime() -> StagingRuntime:
    """The process's staging runtime; rebuilt only when a suite file is added, removed or edited."""
    files = tuple((str(p), p.stat().st_mtime_ns) for p in suite_files("staging"))
    with _build_lock:
        return _staging_runtime(files)


@functools.lru_cache(maxsize=4)
def _staging_runtime(files: tuple[tuple[str, int], ...]) -> StagingRuntime:
    return StagingRuntime(files)


def prefetch_staging_runtime() -> bool:
    """Import GX and build the staging runtime in a background thread; True when this call started one.

    Meant for a process that will validate soon and is waiting on other work meanwhile (the stage
    step waits on its extraction workers): the import, seconds of single-threaded work, then overlaps
    that wait instead of preceding the first validation.  A failure is left for ``staging_runtime``
    to raise where it is called.
    """
    global _prefetch
    if _prefetch is not None or "great_expectations" in sys.modules:
        return False

    def build() -> None:
        try:
            staging_runtime()
        except Exception:  # the validate step builds again and reports it
            logging.getLogger(__name__).debug("GX prefetch failed", exc_info=True)

    _prefetch = threading.Thread(target=build, name="gx-prefetch", daemon=True)
    _prefetch.start()
    return True


@functools.cache
def gx_version() -> str:
    return str(import_gx().__version__)
