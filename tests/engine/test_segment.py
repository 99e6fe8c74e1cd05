"""Sentence splitting: abbreviations, initials and long word runs before a full stop."""
import pytest

from quotetrack.engine.lexicon import get_lexicon
from quotetrack.engine.segment import (Paragraph, comment_signer, find_comments_start, has_signatures, is_boilerplate,
                                       split_sentences)


def sentences(text):
    return [text[s.start:s.end] for s in split_sentences(text, Paragraph(0, len(text), 0), [])]


@pytest.mark.parametrize("text, expected", [
    ("Gov. Smith said so. He left.", ["Gov. Smith said so.", "He left."]),
    ("They met at 3 p.m. yesterday. Then left.", ["They met at 3 p.m. yesterday.", "Then left."]),
    # a word longer than the look-back window still ends its sentence
    ("It is pneumonoultramicroscopicsilicovolcanoconiosis. Then more.",
     ["It is pneumonoultramicroscopicsilicovolcanoconiosis.", "Then more."]),
    # a run of initials longer than the look-back window is still read whole: no split
    ("The code a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z. Then more.",
     ["The code a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z. Then more."]),
    ("“Kami siap.” Dia pergi.", ["“Kami siap.”", "Dia pergi."]),
])
def test_split_sentences(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("lang, line, expected", [
    ("id", "SCROLL TO CONTINUE WITH CONTENT", True),
    ("id", "  Baca juga: Harga beras naik", True),
    ("id", "Halaman 2 dari 3", True),
    ("en", "Follow Ann Lee on Twitter", True),
    ("en", "(Reporting by Ann Lee; Editing by Bo Diaz)", True),
    # negatives: the same words inside prose
    ("id", "Dia mengajak warga untuk baca juga buku sejarah.", False),
    ("en", "She said people should follow the rules on Twitter.", False),
    ("en", "Ann Lee said: Subscribe now, Click here", False),  # the words later in the line
])
def test_boilerplate_lines(lang, line, expected):
    assert is_boilerplate(line, get_lexicon(lang)) is expected


@pytest.mark.parametrize("lang", ["en", "id"])
def test_boilerplate_patterns_open_a_line(lang):
    """``is_boilerplate`` tries a line's patterns at its start only: each must be anchored there."""
    assert all(p.pattern.startswith("^") for p in get_lexicon(lang).boilerplate)


@pytest.mark.parametrize("text, end, expected", [
    ("said Dr. Lee", 8, "Dr."),
    ("in the U.S. yesterday", 11, "U.S."),
    ("(Reuters). Then", 10, "."),
    ("a well-known co. here", 16, "co."),
    ("a well-known. x", 13, "known."),
    ("x\tInc. y", 6, "Inc."),
    ("Inc.", 4, "Inc."),
])
def test_word_before_reads_word_characters_and_full_stops(text, end, expected):
    from quotetrack.engine.segment import _word_before
    assert _word_before(text, 0, end) == expected


def test_boilerplate_pattern_is_remembered_by_lexicon():
    from quotetrack.engine.segment import _boilerplate_of, _joined
    lex = get_lexicon("en")
    assert _boilerplate_of(lex) is _joined(lex.boilerplate)
    assert not is_boilerplate("Ann Lee said the plan would fail.", lex)
#: An invented report of three paragraphs, then readers' comments.
_REPORT = ("Bus fares in the town will rise in May, the council said.\n\n"
           "Council leader Ann Marsh said the money would buy new buses.\n\n"
           "Driver Tom Price said the depot was too small.\n\n")
_UNSIGNED = ("I can't afford this. My wages have not gone up!\n\n"
             "Why do I pay more for a bus that never comes?\n\n"
             "My bus was late twice this week.\n\n"
             "I will walk instead.")
_SIGNED = ("I can't afford this.\nMara Bligh, Selwick\n\n"
           "Why do I pay more for a bus that never comes?\nOwen Hart, Dunmore")


def test_unsigned_comment_block_after_a_report():
    text = _REPORT + _UNSIGNED
    assert find_comments_start(text) == len(_REPORT)
    assert not has_signatures(text, len(_REPORT))


def test_signed_comments_open_the_block_and_name_their_signer():
    text = _REPORT + _SIGNED
    assert find_comments_start(text) == len(_REPORT)
    assert has_signatures(text, len(_REPORT))
    assert comment_signer(text, len(_REPORT)) == "Mara Bligh"


def test_a_signature_after_the_body_end_signs_nothing():
    trailer = "\n\nKit Moss, Selwick Post"  # a byline cut off the body
    text = _REPORT + _UNSIGNED + trailer
    body_end = len(text) - len(trailer)
    assert has_signatures(text, len(_REPORT))  # the whole text: the trailer line looks like a signature
    assert not has_signatures(text, len(_REPORT), body_end)


def test_a_report_that_ends_reporting_has_no_comment_block():
    text = _REPORT + "Mayor Ann Marsh said the plan was fair.\n\nShe said the buses would be cleaner."
    assert find_comments_start(text) == len(text)


def test_a_short_article_has_no_comment_block():
    text = "Fares will rise.\n\n" + _UNSIGNED
    assert find_comments_start(text) == len(text)
