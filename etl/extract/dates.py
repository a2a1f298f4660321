"""Dates in Kyrgyz, Russian and English reports: one import for the three date modules.

``dates_grammar`` finds every date-like mention and resolves it; ``dateline`` picks
the report's own publication date; ``dates_context`` says when a mention cannot be
an event's date (elections, plans, project periods, deadlines, founding years).
"""

from __future__ import annotations

from etl.extract.dateline import dateline_like, find_dateline, looks_like_dateline, text_stamp
from etl.extract.dates_context import HAPPENED, non_event_reason
from etl.extract.dates_grammar import DateMention, find_dates, month_number

__all__ = ["HAPPENED", "DateMention", "dateline_like", "find_dateline", "find_dates", "looks_like_dateline",
           "month_number", "non_event_reason", "text_stamp"]
