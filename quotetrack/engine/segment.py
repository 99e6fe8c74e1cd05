"""Paragraphs, sentences and site boilerplate, all as character offsets into the article.

Nothing here rewrites the text: every span is ``(start, end)`` into the original string so
that quote offsets stay exact.
"""
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import List

from quotetrack.engine.lexicon import Lexicon


@dataclass
class Paragraph:
    """A non-boilerplate line of the article."""

    start: int
    end: int
    index: int
    sentences: List["Sentence"] = field(default_factory=list)


@dataclass
class Sentence:
    """A sentence inside a paragraph; a direct quote never straddles two sentences."""

    start: int
    end: int
    paragraph: int


# Abbreviations after which a full stop does not end a sentence (closed list, both languages).
ABBREVIATIONS = frozenset(
    "dr drs dra prof ir h hj kh st no jl jln tn ny sdr mr mrs ms sen rep gov gen lt col adm sgt capt maj "
    "cmdr del jr sr vs etc inc corp co ltd dept est approx fig u.s u.k d.c a.m p.m e.g i.e ph.d mt ft pt tbk "
    "kec kab kel prov bpk ibu sept oct nov dec jan feb mar apr aug st mt rev hon pres gub wagub".split())

#: A full stop ends a sentence before white space, before a quote that opens the next one, or
#: glued to the next sentence after a closing bracket or a lower-case word, where a space was lost
#: ("(20/10).Ia", "masalah tersebut.Selain itu"). The three cases share their first character,
#: written once in front so that the regex engine scans for it instead of trying each case at
#: every position.
_SENT_END = re.compile(r"[.!?](?:[.!?]*(?:[\"”’'»)]+)?(?=\s+|$)|(?=[\"“”][A-Z])|(?<=\.)(?:(?<=\)\.)|(?<=[a-z]{3}\.))(?=[A-Z][a-z]))")
#: Abbreviations that often close a sentence (a place or a time): before ``_NEW_SUBJECT`` they do.
_CLOSING_ABBREVIATIONS = frozenset("u.s u.k d.c a.m p.m etc".split())
#: A capitalised English subject pronoun or opener that never continues a name after such an
#: abbreviation (``U.S. He says``, ``3 p.m. But``).
_NEW_SUBJECT = re.compile(r"\s+(?:He|She|They|It|We|I|But)\s")
#: Names written with an exclamation mark (``Yahoo! News``, ``Jeopardy!``): the mark ends no sentence
#: before a lower-case word or a word of the name's own (a capitalised ``Google later …`` opens one).
_BANG_NAMES = frozenset("yahoo jeopardy wham".split())
#: The capitalised words that go on such a name (``Yahoo! News``, ``Yahoo! Finance``).
_BANG_NAME_TAIL = re.compile(r"\s+(?:News|Finance|Sports|Answers|Mail|Music)\b")
#: Dotted initials: "A.E. Dick Howard", "J.M. Berger".
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]$")


def _number_opens(char: str) -> bool:
    """Whether ``char``, the first character after ``no.``, opens a number (``3``, ``(3)``, ``#3``)."""
    return char.isdigit() or char in ("(", "#")


def _word_before(text: str, floor: int, end: int) -> str:
    """The run of word characters and full stops ending at ``end`` (``U.S.``, ``Dr.``), not
    before ``floor``.

    Read back from ``end`` a character at a time: a pattern anchored at the end would try every
    start. A word character is what ``\\w`` matches: ``str.isalnum`` or an underscore.
    """
    # Most often the run is all of the text since the last space: read back only when it is not
    # (a bracket, a dash or a mark inside).
    start = text.rfind(" ", floor, end) + 1 or floor
    word = text[start:end]
    if word.replace(".", "").replace("_", "").isalnum():
        return word  # every character a word character or a full stop, and a space (or the floor) before it
    start = end
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in "._"):
        start -= 1
    return text[start:end]


def find_body_end(text: str, lex: Lexicon) -> int:
    """Offset where the article body ends: a detik-style editor tag ``(luc/luc)`` or a teaser line."""
    end = len(text)
    for pattern in lex.end_markers:
        for m in pattern.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = text[line_start:m.start()].strip()
            line_end = text.find("\n", m.end())
            after = text[m.end():line_end if line_end >= 0 else len(text)].strip()
            # An editor tag closes a paragraph or opens the footer; inside prose it is something else.
            if not before or not after or before[-1:] in ".!?\"”" or after[:1].isupper():
                end = min(end, m.start())
                break
    return end


def is_boilerplate(line: str, lex: Lexicon) -> bool:
    """True for a line that is site furniture (``SCROLL TO CONTINUE``, ``Baca juga: ...``), also
    after the opening mark of a quote run on paragraph by paragraph (``"Follow X on Twitter``).

    Every boilerplate pattern opens with ``^``: in a line without a line break only a match at
    its start is possible, so it is tried there alone (a search would try every character).
    """
    pattern = _boilerplate_of(lex)
    find = pattern.search if "\n" in line else pattern.match
    if find(line) is not None:
        return True
    bare = line.lstrip()
    return bare[:1] in _RUN_ON_MARKS and find(bare[1:]) is not None


#: Opening marks that start each paragraph of a quote run over several paragraphs.
_RUN_ON_MARKS = frozenset("\"“")


@lru_cache(maxsize=8)
def _boilerplate_of(lex: Lexicon) -> "re.Pattern":
    """``_joined(lex.boilerplate)``, remembered by the lexicon (hashed by its identity): a tuple
    of compiled patterns is hashed anew at each look-up, which cost more than the match itself."""
    return _joined(lex.boilerplate)


@lru_cache(maxsize=8)
def _joined(patterns) -> "re.Pattern":
    """The lexicon's boilerplate patterns as one alternation: one search per line, not one each."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.M)


def paragraphs(text: str, lex: Lexicon, body_end: int) -> List[Paragraph]:
    """Split ``text[:body_end]`` into paragraphs (lines), dropping blank and boilerplate lines."""
    out = []
    pos = 0
    for line in text[:body_end].split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped or is_boilerplate(line, lex):
            continue
        lead = len(line) - len(line.lstrip())
        trail = len(line) - len(line.rstrip())
        out.append(Paragraph(start + lead, end - trail, len(out)))
    return out


def split_sentences(text: str, para: Paragraph, protected) -> List[Sentence]:
    """Sentences of one paragraph; ``protected`` spans (direct quotes) are never split.

    Args:
        text: the article text.
        para: the paragraph to split.
        protected: ``(start, end)`` spans, e.g. quote marks' extent, that must stay whole.
    """
    sentences, start = [], para.start
    for m in _SENT_END.finditer(text, para.start, para.end):
        cut = m.end()
        if protected:
            at = m.start()
            if any(s < at and cut < e for s, e in protected):
                continue  # a full stop inside a quote that goes on
        if text[m.start()] == ".":
            w = _word_before(text, para.start, m.start() + 1).lower().rstrip(".")
            # "Dr. Budi", "U.S. officials", "J. Smith": a full stop after an abbreviation or initial.
            if (w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or _INITIALS.match(w)) \
                    and not (w in _CLOSING_ABBREVIATIONS and _NEW_SUBJECT.match(text, cut)) \
                    and not (w == "no" and text[m.start() - 2:m.start()] == "no"
                             and not _number_opens(text[cut:cut + 2].lstrip()[:1])):
                # ("… said no. But he said …": a lower-case "no" before no number ends the sentence;
                # "ranked no. (3)", "no. #3": a number in brackets or after "#" goes on)
                continue  # but "… in the U.K. She says …": a subject pronoun opens the next sentence
        if text[m.start()] == "!" and cut - m.start() == 1 \
                and _word_before(text, para.start, m.start()).lower() in _BANG_NAMES \
                and _BANG_NAME_TAIL.match(text, cut):
            continue  # "told Yahoo! News that …": the mark is part of the name (but "… quit Yahoo! The …",
            # "… quit Yahoo! Google later …"; a lower-case word after it goes on below)
        nxt = text[cut:cut + 3].lstrip()
        if nxt and nxt[0].islower():
            continue  # "… 3 p.m. yesterday" or "dll. dan": not a new sentence
        if cut - start > 1:
            sentences.append(Sentence(start, cut, para.index))
        start = cut
        while start < para.end and text[start].isspace():
            start += 1
    if start < para.end:
        sentences.append(Sentence(start, para.end, para.index))
    return sentences


# -- reader comments (English) ----------------------------------------------------------------
#: A heading that opens the readers' comments printed under an article: ``Your comments``,
#: ``Here is a selection of your comments``, ``Have your say``, ``Readers' comments``.
_COMMENTS_HEADING_EN = re.compile(
    r"^[ \t]*(?:(?:here (?:is|are) )?(?:a selection of |some of )?your (?:comments|views|e-?mails)"
    r"|have your say|readers'? (?:comments|views)|what you (?:think|said))\b[^\n]{0,80}$", re.I | re.M)
#: The signature line that closes a reader's comment: a name, a comma and a place, nothing else
#: (``Tom Reed, Leeds``, ``Ann-Marie O'Neil, Cork, Ireland``).
_READER_SIGNATURE_EN = re.compile(
    r"^[ \t]*([A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3}), [A-Z][\w'’.\-]*(?: [A-Za-z][\w'’.\-]*){0,3}"
    r"(?:, [A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,2})?[ \t]*$", re.M)
#: Words that mark a paragraph as reporting (news), not a reader's own comment; substring tests,
#: cheaper than a search for whole words ("untold" counting too is harmless).
_REPORTING_EN = ("said", "says", "told", "added", "according to", "spokes")
#: First-person words of one speaker (``I``, also in ``I'm``; ``my``, ``me``). A reader's comment
#: counts only these: ``we``/``our`` also write a newsroom's or a group's voice.
_SINGULAR_FIRST_PERSON_EN = r"I|my|me"
#: A reader speaking for himself: a first-person word, a question or an exclamation.
_OWN_VOICE_EN = re.compile(r"\b(?:" + _SINGULAR_FIRST_PERSON_EN + r")\b|[?!]")
#: The writer's own first person: ``I``, ``my``, ``me``, ``we``, ``our``.
_FIRST_PERSON_EN = re.compile(r"\b(?:" + _SINGULAR_FIRST_PERSON_EN + r"|[Ww]e|[Oo]ur)\b")
#: Least number of comment paragraphs for an unsigned block without heading.
MIN_COMMENT_PARAGRAPHS = 4
#: Least share of an unsigned block's paragraphs in a reader's own voice.
MIN_OWN_VOICE_SHARE = 0.5
#: Comment paragraphs per reporting paragraph a block may hold (a reader quoting what was said).
COMMENT_PARAGRAPHS_PER_STRIKE = 8
#: Longest interview label opening a paragraph (``Q:``, ``Reporter:``).
MAX_LABEL_CHARS = 12
#: Longest heading line over a comment block.
MAX_HEADING_CHARS = 100
#: How many of the last paragraphs may report or quote before a reader's own comment shows.
LAST_PARAGRAPHS_TO_OPEN = 3
#: Least number of paragraphs of the article before its comment block (a title and a report).
MIN_BODY_PARAGRAPHS = 3


def find_comments_start(text: str) -> int:
    """Offset where the block of readers' comments at the end of an English article starts, or
    ``len(text)`` when there is none.

    The block opens after a heading (``Your comments``), else it is the run of paragraphs at the
    end that report nothing (no ``said``, ``told``, ``according to``) and mostly speak in the
    reader's own voice (``I``, ``my``, a question), run back to an empty paragraph (a dropped
    heading) or to the article's last reporting paragraph; it needs the article before it and at
    least ``MIN_COMMENT_PARAGRAPHS`` paragraphs, or two signature lines (``Tom Reed, Leeds``).
    One pass over the paragraphs from the end; most articles stop at their last paragraph.
    """
    n = len(text)
    pos = n
    count = own = signed = 0
    start = n
    strikes = seen = 0
    last_strike = False
    while pos > 0:
        cut = text.rfind("\n\n", 0, pos)
        para_start = cut + 2 if cut >= 0 else 0
        para = text[para_start:pos]
        pos = cut if cut >= 0 else 0
        if not para.strip():
            if count:
                break  # an empty paragraph: a dropped heading or signature closes the block
            continue
        seen += 1
        if len(para) <= MAX_HEADING_CHARS and para_start > 0 and _COMMENTS_HEADING_EN.match(para.strip()):
            return para_start + len(para)  # "Your comments:": the readers' block follows
        if seen > LAST_PARAGRAPHS_TO_OPEN and not count:
            return n  # the article's last paragraphs report or quote: it ends in no comment block
        signature = _READER_SIGNATURE_EN.match(para, para.rfind("\n") + 1) is not None
        if not signature and any(word in para for word in _REPORTING_EN):
            # a reader may quote what was said; two reporting paragraphs in a row are the article
            strikes += 1
            if last_strike or strikes > 1 + count // COMMENT_PARAGRAPHS_PER_STRIKE or pos == 0:
                break
            last_strike = True
            continue
        last_strike = False
        if '"' in para or "“" in para or "''" in para or ":" in para[:MAX_LABEL_CHARS]:
            continue  # quoted words or an interview label ("Q:"): no reader's own comment
        count += 1
        own += _OWN_VOICE_EN.search(para) is not None
        signed += signature
        start = para_start
    if start >= n or text.count("\n\n", 0, start) < MIN_BODY_PARAGRAPHS:
        return n  # no article before the block to comment on
    if signed >= 2 or (count >= MIN_COMMENT_PARAGRAPHS and own >= MIN_OWN_VOICE_SHARE * count
                       and not _written_in_own_voice(text[:start])):
        return start
    return n


def _written_in_own_voice(body: str) -> bool:
    """True when the article before a comment block is itself written in the first person (an
    opinion column, a memoir): its paragraphs outside quotation marks say ``I``, ``my`` or ``we`` as
    often as a reader's comments do; then the run at its end is the writer's, not readers'."""
    plain = [p for p in body.split("\n\n") if p.strip() and '"' not in p and "“" not in p]
    mine = sum(_FIRST_PERSON_EN.search(p) is not None for p in plain)
    return mine > 0 and mine >= len(plain) / 3


def has_signatures(text: str, pos: int, end: int = -1) -> bool:
    """True when some comment between ``pos`` and ``end`` (the body's end; default the text's) is
    signed (``Tom Reed, Leeds``): a "Name, Place" line in a trailer cut off the body signs nothing."""
    end = len(text) if end < 0 else end
    return pos < end and _READER_SIGNATURE_EN.search(text, pos, end) is not None


def comment_signer(text: str, pos: int):
    """The reader who signs the comment holding ``pos``: a signature line closing the same
    paragraph, or standing as the next paragraph; None when the comment is unsigned."""
    m = _READER_SIGNATURE_EN.search(text, pos)
    if m is None or text.count("\n\n", pos, m.start()) > 1:
        return None
    return m.group(1)
