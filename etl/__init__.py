"""Donor reporting from event reports: read, extract, validate and load NGO event reports."""

__version__ = "0.1.0"

from etl.first_chars import install as _speed_up_patterns  # noqa: E402 - before any module with patterns loads

_speed_up_patterns()  # every etl module's regexes searched only from where they can match (first_chars.py)
