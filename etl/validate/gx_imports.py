"""Import Great Expectations without the two libraries only its unused expectations need.

``import great_expectations`` imports every built-in expectation; one of them (KL divergence)
imports ``scipy.stats`` and ``altair`` at module level, for statistics and charts used only when that
expectation runs.  The staging and warehouse suites here never use it, yet the two imports were about
40 % of GX's import: ≈ 1.4 of 3.6 CPU s per process that validates (the bench's and ``etl run``'s
process, every Airflow ``validate`` task).  ``import_gx`` first registers stand-ins for them that load
the real module on first use, so a suite that does use them still works, paying the import then.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from typing import Any

DEFERRED = ("scipy.stats", "altair")
_lock = threading.RLock()


class _Deferred(types.ModuleType):
    """A module that is imported for real on its first attribute lookup, then forwards to it.

    The import system reads only ``__spec__`` and ``__name__`` of a module found in ``sys.modules``
    (set here), so further ``import`` statements do not load it; anything else, including a
    submodule import's ``__path__``, does."""

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._real(), attr)

    def _real(self) -> types.ModuleType:
        name = self.__name__
        with _lock:
            if sys.modules.get(name) is self:
                del sys.modules[name]
            return importlib.import_module(name)


def _defer(name: str) -> None:
    if name in sys.modules:
        return
    parent, _, child = name.rpartition(".")
    try:
        spec = importlib.util.find_spec(name)  # imports the parent package (scipy itself is light)
    except (ImportError, ValueError):
        return
    if spec is None:
        return  # not installed: GX's own import reports it, as before
    module = _Deferred(name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = name if spec.submodule_search_locations is not None else parent
    sys.modules[name] = module
    if parent and parent in sys.modules and child not in vars(sys.modules[parent]):
        setattr(sys.modules[parent], child, module)  # what ``from scipy import stats`` reads


def import_gx() -> types.ModuleType:
    """``great_expectations``, imported with ``DEFERRED`` loaded only if something uses them."""
    if "great_expectations" not in sys.modules:
        with _lock:
            for name in DEFERRED:
                _defer(name)
    return importlib.import_module("great_expectations")
