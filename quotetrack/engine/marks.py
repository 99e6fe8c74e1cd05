"""Quotation-mark pairing: direct-quote spans in any mark style, robust to stray marks.

A mark opens or closes by its context, not by its glyph alone: Kompas writes the opening
mark as ``”``, detik often uses straight ``"``. An opening mark with no partner runs to the
end of its paragraph (the continuation convention) and never further.
"""
from dataclasses import dataclass
from typing import List, Optional

DOUBLE = "\"“”„‟″"
GUILLEMETS = "«»"
SINGLE = "‘’'‚‛"
OPENERS = {"“": DOUBLE, "„": DOUBLE, "‟": DOUBLE, "\"": DOUBLE, "”": DOUBLE, "″": DOUBLE,
           "«": GUILLEMETS, "‘": SINGLE, "'": SINGLE, "‚": SINGLE, "‛": SINGLE}
CLOSERS = {"”": DOUBLE, "\"": DOUBLE, "“": DOUBLE, "″": DOUBLE, "»": GUILLEMETS, "’": SINGLE, "'": SINGLE}
ALL_MARKS = set(OPENERS) | set(CLOSERS)

#: Characters that may stand right before an opening mark.
_BEFORE_OPEN = set(" \t([{—–-:;,.!?/") | {"\n"}
#: Characters that may stand right after a closing mark.
_AFTER_CLOSE = set(" \t)]}—–-:;,.!?/…") | {"\n"}


@dataclass
class QuoteSpan:
    """A direct quote: ``open``/``close`` are mark offsets; ``start``/``end`` the content."""

    open: int
    close: Optional[int]
    start: int
    end: int

    @property
    def outer_end(self):
        """Offset just past the closing mark (or the content end when unclosed)."""
        return self.close + 1 if self.close is not None else self.end


def _can_open(text, i, lo, hi):
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return (before in _BEFORE_OPEN or before in ALL_MARKS) and not after.isspace() and i + 1 < hi


def _can_close(text, i, lo, hi):
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return not before.isspace() and i > lo and (after in _AFTER_CLOSE or after in ALL_MARKS or i + 1 >= hi)


def _is_apostrophe(text, i, lo, hi):
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return before.isalnum() and after.isalnum()  # don’t, Jum'at, Ma’ruf


def find_quote_spans(text: str, lo: int, hi: int) -> List[QuoteSpan]:
    """Pair the quotation marks of ``text[lo:hi]`` (one paragraph) into direct-quote spans.

    Double marks and guillemets are primary; single marks count as primary only in a
    paragraph with no double marks (English headlines, some sites). Nested marks inside an
    open quote are left alone. A mark that can neither open nor close is ignored.
    """
    has_double = any(c in DOUBLE or c in GUILLEMETS for c in text[lo:hi])
    spans, open_at, family = [], None, None
    for i in range(lo, hi):
        c = text[i]
        if c not in ALL_MARKS:
            continue
        if c in SINGLE and (has_double or _is_apostrophe(text, i, lo, hi)):
            continue
        if open_at is None:
            if c in OPENERS and _can_open(text, i, lo, hi):
                open_at, family = i, OPENERS[c]
        elif c in CLOSERS and CLOSERS[c] == family and _can_close(text, i, lo, hi):
            if i > open_at + 1:
                spans.append(QuoteSpan(open_at, i, open_at + 1, i))
            open_at = None
        elif c in OPENERS and OPENERS[c] == family and _can_open(text, i, lo, hi) and not _can_close(text, i, lo, hi):
            # A second opener before any closer: the first was stray (or an unclosed
            # continuation); restart here so one stray mark never swallows the paragraph.
            open_at = i
    if open_at is not None:
        end = hi
        while end > open_at + 1 and text[end - 1].isspace():
            end -= 1
        if end > open_at + 1:
            spans.append(QuoteSpan(open_at, None, open_at + 1, end))
    return spans
