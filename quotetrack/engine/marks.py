"""Quotation-mark pairing: direct-quote spans in any mark style, robust to stray marks.

A mark opens or closes by its context, not by its glyph alone: Kompas writes the opening
mark as ``”``, detik often uses straight ``"``. An opening mark with no partner runs to the
end of its paragraph (the continuation convention) and never further.
"""
import re
from dataclasses import dataclass
from typing import List, Optional

DOUBLE = "\"“”„‟″"
GUILLEMETS = "«»"
SINGLE = "‘’'‚‛"
OPENERS = {"“": DOUBLE, "„": DOUBLE, "‟": DOUBLE, "\"": DOUBLE, "”": DOUBLE, "″": DOUBLE,
           "«": GUILLEMETS, "‘": SINGLE, "'": SINGLE, "‚": SINGLE, "‛": SINGLE}
CLOSERS = {"”": DOUBLE, "\"": DOUBLE, "“": DOUBLE, "″": DOUBLE, "»": GUILLEMETS, "’": SINGLE, "'": SINGLE}
ALL_MARKS = set(OPENERS) | set(CLOSERS)
#: A mark, the typewriter-era doubled ones whole (one regex scan instead of a loop over characters):
#: three or two single marks, two backticks, else one mark. The pattern opens with the class of
#: first characters, so that the regex engine scans for them instead of trying each case at every
#: position; what may follow depends on the first character (a lone backtick is no mark).
_MARK = re.compile("[" + re.escape("".join(sorted(ALL_MARKS)) + "`") + "](?:(?<=')'{0,2}|(?<=`)`|(?<![`']))")

#: Characters that may stand right before an opening mark (besides any space, no-break ones too).
_BEFORE_OPEN = set(" \t([{—–-:;,.!?/") | {"\n"}
#: Characters that may stand right after a closing mark (besides any space).
_AFTER_CLOSE = set(" \t)]}—–-:;,.!?/…") | {"\n"}


@dataclass
class QuoteSpan:
    """A direct quote: ``open``/``close`` are mark offsets; ``start``/``end`` the content."""

    open: int
    close: Optional[int]
    start: int
    end: int
    close_width: int = 1

    @property
    def outer_end(self):
        """Offset just past the closing mark (or the content end when unclosed)."""
        return self.close + self.close_width if self.close is not None else self.end


def _can_open(text, i, lo, hi, width=1):
    before = text[i - 1] if i > lo else " "
    after = text[i + width] if i + width < hi else " "
    return (before in _BEFORE_OPEN or before in ALL_MARKS or before.isspace()) \
        and not after.isspace() and i + width < hi


def _can_close(text, i, lo, hi, width=1):
    before = text[i - 1] if i > lo else " "
    after = text[i + width] if i + width < hi else " "
    return not before.isspace() and i > lo and (after in _AFTER_CLOSE or after in ALL_MARKS or after.isspace()
                                                 or i + width >= hi
                                                 # '…, itu benar,"ujarnya.': a cue glued to the mark
                                                 or (before in ",.?!" and after.islower()))


def _is_apostrophe(text, i, lo, hi):
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return before.isalnum() and after.isalnum()  # don’t, Jum'at, Ma’ruf


#: Shortest run-on quote kept when the next opening mark cuts it (``“A. “B.”``), in words.
MIN_CONTINUED_WORDS = 3
#: A finished sentence right before the cutting mark: ``… proud. “`` (maybe a nested closing mark).
_SENTENCE_DONE = re.compile(r"[.?!…][‘’'\"”]?[ \t]+$")


def _continuation_end(text, start, next_open, nested=False):
    """End of an unclosed quote cut short by the next opening mark, or None for a stray mark.

    Where paragraphs were run together (BBC archives), a quote that goes on into the next
    paragraph keeps the continuation convention inside one line: ``“A is done. “B.”``. The
    first quote then ends with its last full sentence before the new mark.
    """
    tail = _SENTENCE_DONE.search(text, start, next_open)
    if tail is None:
        return None
    end = tail.start() + 1
    content = text[start:end]
    if len(content.split()) < MIN_CONTINUED_WORDS or not nested and ("''" in content or any(c in DOUBLE for c in content)):
        return None  # too short to be a statement, or a stray double mark inside: the pairing is unsure
    return end


#: Most words of a word or phrase quoted inside a quote in the same marks (``ada “preman”-nya``,
#: ``… going to “fake” an injury``).
MAX_NESTED_WORDS = 3
#: After a double quote closed by a mistyped single mark: a comma or stop, then a lower-case word (the cue).
_SINGLE_CLOSE_ID = re.compile(r"(?<=[,.?!])[’'](?=[ \t]+[a-z])")


def _nested_double(marks, k, text, lo, hi):
    """The double opener ``marks[k]`` inside an open double quote starts a short nested quote:
    its closer follows within a few words, and a later double closer (no opener between)
    can still close the outer quote."""
    if k + 2 >= len(marks):
        return False
    i, width, _ = marks[k]
    j, w1, c1 = marks[k + 1]
    if c1 not in DOUBLE or w1 != 1 or len(text[i + width:j].split()) > MAX_NESTED_WORDS \
            or not _can_close(text, j, lo, hi, w1) or _can_open(text, j, lo, hi, w1):
        return False
    for n in range(k + 2, len(marks)):
        m, w2, c2 = marks[n]
        if c2 in SINGLE and w2 == 1:
            continue
        return c2 in CLOSERS and CLOSERS[c2] == DOUBLE and _can_close(text, m, lo, hi, w2) \
            and not _can_open(text, m, lo, hi, w2)
    return False


def _single_closer(text, start, hi):
    """Where an unclosed double quote ends at a single closing mark typed in error (``“…,’ kata
    Heri.``): the last such mark after a comma or stop and before a lower-case word, with no
    single opening mark before it in the quote (a nested quote), else None."""
    if "’" not in text[start:hi] and "'" not in text[start:hi]:
        return None
    last = None
    for m in _SINGLE_CLOSE_ID.finditer(text, start, hi):
        last = m.start()
    if last is None or "‘" in text[start:last]:
        return None
    return last


#: What follows such a nested quote's closing mark: the sentence goes on in lower case.
_NESTED_GOES_ON = re.compile(r"[,;]?[ \t]+[a-z]")


def _nested_word(text, marks, n, start, lo, hi):
    """Whether the opener ``marks[n]`` inside a quote opened at ``start`` (after a finished
    sentence or at the paragraph's start) opens a short word quoted in the same marks
    (``“At the meeting he said he would “fake” an injury.``): the next mark closes it within a
    few words, and the outer sentence goes on in lower case after it."""
    if n + 1 >= len(marks):
        return False
    i, width, _ = marks[n]
    j, width2, c2 = marks[n + 1]
    if c2 not in CLOSERS or CLOSERS[c2] != DOUBLE or _can_open(text, j, lo, hi, width2) \
            or not _can_close(text, j, lo, hi, width2):
        return False
    inner = text[i + width:j].split()
    if not inner or len(inner) > MAX_NESTED_WORDS or _NESTED_GOES_ON.match(text, j + width2) is None:
        return False
    if _SENTENCE_DONE.search(text, start, i) is not None or len(text[start:i].split()) < MIN_CONTINUED_WORDS:
        return False  # "… proud. “B …": a new quote after a finished sentence
    before = text[lo:start - width].rstrip()
    return not before or before[-1] in ".?!:\"”"


def _marks(text, lo, hi):
    """``(offset, width, glyph)`` of every quotation mark; ``''`` and ````` are one double mark."""
    for m in _MARK.finditer(text, lo, hi):
        if m.end() - m.start() == 3:
            # "''… 'old-school,''' said": the nested single mark closes before the double one;
            # after a space the double mark opens first ("''' Tis …")
            if m.start() > lo and not text[m.start() - 1].isspace():
                yield m.start(), 1, "'"
                yield m.start() + 1, 2, "\""
            else:
                yield m.start(), 2, "\""
                yield m.start() + 2, 1, "'"
        elif m.end() - m.start() == 2:
            yield m.start(), 2, "\""  # typewriter-era double quote (NYT: ''…'')
        else:
            yield m.start(), 1, m.group()


def find_quote_spans(text: str, lo: int, hi: int) -> List[QuoteSpan]:
    """Pair the quotation marks of ``text[lo:hi]`` (one paragraph) into direct-quote spans.

    Double marks and guillemets are primary; single marks count as primary only in a
    paragraph with no double marks (English headlines, some sites). Nested marks inside an
    open quote are left alone. A mark that can neither open nor close is ignored.
    """
    marks = list(_marks(text, lo, hi))
    has_double = any(w == 2 or c in DOUBLE or c in GUILLEMETS for _, w, c in marks)
    spans, open_at, open_width, family = [], None, 1, None
    skip_k = -1  # the index of a short quote's closing mark inside an open quote, which is no closer
    nested = skip = None  # the offset of a nested quote's closing mark in a continued quote, likewise
    for k, (i, width, c) in enumerate(marks):
        if k == skip_k:
            continue
        if width == 1 and c in SINGLE and (has_double or _is_apostrophe(text, i, lo, hi)):
            continue
        if i == skip:
            continue
        if open_at is None:
            if c in OPENERS and _can_open(text, i, lo, hi, width):
                open_at, open_width, family = i, width, OPENERS[c]
                nested = False
        elif c in CLOSERS and CLOSERS[c] == family and (_can_close(text, i, lo, hi, width) or (
                family == DOUBLE and i - 2 > open_at + open_width and text[i - 1] == " " and text[i - 2] in SINGLE + ",?!"
                and (i + width >= hi or text[i + width] in _AFTER_CLOSE))):
            # "… to be 'above the president,' " said …": a space parts the nested closing mark from the outer one;
            # "… in Argentina, " said …": a stray space before the closing mark
            if i > open_at + open_width:
                spans.append(QuoteSpan(open_at, i, open_at + open_width, i - (text[i - 1] == " " and text[i - 2] not in SINGLE), width))
            open_at = None
        elif c in OPENERS and OPENERS[c] == family and _can_open(text, i, lo, hi, width) \
                and not _can_close(text, i, lo, hi, width):
            if family == DOUBLE and _nested_double(marks, k, text, lo, hi):
                skip_k = k + 1  # "“Di pasar ada “preman”-nya. Kami …,” ucapnya.": a word quoted inside the quote
                continue
            # A second opener before any closer: the first was stray (or an unclosed
            # continuation); restart here so one stray mark never swallows the paragraph.
            # But a word quoted inside a continued quote in the same marks is nested in it.
            if family == DOUBLE and width == 1 and _nested_word(text, marks, k, open_at + open_width, lo, hi):
                skip, nested = marks[k + 1][0], True
                continue
            continued = _continuation_end(text, open_at + open_width, i, nested)
            if continued is not None:
                spans.append(QuoteSpan(open_at, None, open_at + open_width, continued))
            open_at, open_width, nested = i, width, False
    if open_at is not None and family == DOUBLE:
        close = _single_closer(text, open_at + open_width, hi)
        if close is not None:
            # "“… feodalisme,’ kata Heri.": a double mark closed by a single one before the cue
            spans.append(QuoteSpan(open_at, close, open_at + open_width, close))
            open_at = None
    if open_at is not None:
        end = hi
        while end > open_at + open_width and text[end - 1].isspace():
            end -= 1
        if end > open_at + open_width:
            spans.append(QuoteSpan(open_at, None, open_at + open_width, end))
    return spans
