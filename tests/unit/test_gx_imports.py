"""GX is imported without scipy.stats and altair, which load on first use only."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.unit

_SCRIPT = """
import sys
from etl.validate.gx_imports import import_gx
gx = import_gx()
context = gx.get_context(mode="ephemeral")
print(type(sys.modules["scipy.stats"]).__name__, type(sys.modules["altair"]).__name__)
from great_expectations.expectations.core import expect_column_kl_divergence_to_be_less_than as kl
print(kl.stats.entropy([0.5, 0.5], [0.5, 0.5]), type(sys.modules["scipy.stats"]).__name__)
from scipy.stats import entropy
import scipy.stats
print(entropy is scipy.stats.entropy, kl.alt.Chart.__name__)
"""


def test_gx_imports_without_scipy_stats_and_altair_until_used() -> None:
    out = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, check=True,
                         timeout=300).stdout.split("\n")
    assert out[0] == "_Deferred _Deferred"  # not loaded by GX's import
    assert out[1] == "0.0 module"  # the first use loads the real module, which then serves imports
    assert out[2] == "True Chart"
