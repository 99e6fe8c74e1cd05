"""The rule-plus-model attribution engine: text in, attributed quotes out.

Pure functions over a text; the engine never touches the database. ``extract_quotes`` is
the one entry point the rest of the package uses.
"""
from quotetrack.engine.quote import Quote, CONTRACT_FIELDS, DIRECT, INDIRECT, MIXED
from quotetrack.engine.language import detect_language
from quotetrack.engine.pipeline import extract_quotes

__all__ = ["Quote", "CONTRACT_FIELDS", "DIRECT", "INDIRECT", "MIXED", "detect_language", "extract_quotes"]
