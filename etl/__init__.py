"""Donor reporting from event reports: read, extract, validate and load NGO event reports."""

__version__ = "0.1.0"
