"""Reports over the store: per-speaker now, per-claim later."""
from quotetrack.reports.speaker import REPORT_FORMATS, SpeakerReport

__all__ = ["REPORT_FORMATS", "SpeakerReport"]
