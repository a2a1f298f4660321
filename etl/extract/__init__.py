"""Text to contract records: pure functions, no I/O."""

from etl.extract.pipeline import EXTRACTOR_VERSION, extract

__all__ = ["EXTRACTOR_VERSION", "extract"]
