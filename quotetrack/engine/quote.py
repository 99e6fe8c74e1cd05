"""Value objects the engine yields: a quote with character offsets, its speaker and role."""
from dataclasses import dataclass, field
from typing import Optional

#: Fields of the ``extract`` JSONL contract, in order.
CONTRACT_FIELDS = ("start", "end", "text", "kind", "speaker", "role", "cue", "confidence")

DIRECT, INDIRECT, MIXED = "direct", "indirect", "mixed"


@dataclass
class Quote:
    """One attributed statement.

    Args:
        start, end: character offsets of the statement in the article text.
        text: ``article_text[start:end]``.
        kind: ``direct`` (in marks), ``indirect`` (reported clause) or ``mixed``.
        speaker: fullest name or description of the source as the article gives it, or None.
        role: the speaker's title or description in this article, or None.
        cue: the speech word tying statement to speaker (``kata``, ``said``), or None.
        confidence: in [0, 1]; higher means more often right on the dev sets.
        speaker_type: ``person``, ``organisation``, ``description`` or None.
        rule: which rule attributed it (for error analysis and confidence).
    """

    start: int
    end: int
    text: str
    kind: str
    speaker: Optional[str] = None
    role: Optional[str] = None
    cue: Optional[str] = None
    confidence: float = 0.0
    speaker_type: Optional[str] = None
    rule: str = ""
    speaker_aliases: list = field(default_factory=list)

    def to_dict(self):
        """The ``extract`` contract: exactly ``CONTRACT_FIELDS``."""
        return {name: getattr(self, name) for name in CONTRACT_FIELDS}
