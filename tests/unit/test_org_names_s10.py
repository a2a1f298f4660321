"""Organization names, session 10: scorer equivalences and naming rules found on holdout12's misses,
exercised here in other words, places and bodies."""

from __future__ import annotations

import pytest

from etl.evaluate_names import spelling_key


@pytest.mark.unit
def test_embassy_with_or_without_its_host_country_is_one_body() -> None:
    assert spelling_key("Embassy of Italy in the Kyrgyz Republic") == spelling_key("Embassy of Italy")
    assert spelling_key("Embassy of Hungary in Kyrgyzstan") == spelling_key("Embassy of Hungary")
    assert spelling_key("Embassy of Italy") != spelling_key("Embassy of Hungary")
