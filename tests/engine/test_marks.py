"""Quote-mark pairing: every mark style, stray and unclosed marks."""
import pytest

from quotetrack.engine.marks import find_quote_spans


def spans(text):
    return [text[s.start:s.end] for s in find_quote_spans(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("“Kami siap,” katanya.", ["Kami siap,"]),
    ("\"Kami siap,\" katanya.", ["Kami siap,"]),
    ("”Kami siap,” kata Budi.", ["Kami siap,"]),          # Kompas: ” opens
    ("«Nous sommes prêts», dit-il.", ["Nous sommes prêts"]),
    ("‘We are ready,’ he said.", ["We are ready,"]),       # single marks as primary
    ("“A,” katanya. “B.”", ["A,", "B."]),                   # split by the cue: two quotes
    ("video.\"Macet... macet...,\" sahut dia.", ["Macet... macet...,"]),
    ("“Unclosed quote runs to the paragraph end", ["Unclosed quote runs to the paragraph end"]),
    ("``We won,'' she said.", ["We won,"]),                  # typewriter-era doubled marks
    # negatives: apostrophes and stray closing marks make no quote
    ("Jum'at dan Ma’ruf tidak mengutip apa pun.", []),
    ("He doesn’t know what they’re doing.", []),
    ("A stray ” mark here does nothing", []),
    ("“”", []),
    # a word quoted inside a quote; a double quote closed by a mistyped single mark before its cue
    ("“Di pasar ada “preman”-nya. Kami minta tertib,” ucapnya.", ["Di pasar ada “preman”-nya. Kami minta tertib,"]),
    ("“Mereka bertahan. Tujuan mereka sama,’ kata Heri.", ["Mereka bertahan. Tujuan mereka sama,"]),
    # negatives: two quotes in a row; a nested single quote keeps the quote unclosed
    ("Ia menyebut “A” dan “B” sebagai pilihan.", ["A", "B"]),
    ("“Kata ‘siap’ itu penting, kami siap,’ kata Heri.", ["Kata ‘siap’ itu penting, kami siap,’ kata Heri."]),
    ("“I think so,”Lee said. “Some of it is fine.”", ["Some of it is fine."]),
])
def test_pairs_marks(text, expected):
    assert spans(text) == expected


def test_stray_opener_does_not_swallow_the_paragraph():
    text = "Dia berkata “tidak. Lalu “Kami siap,” katanya."
    assert spans(text)[-1] == "Kami siap,"


def test_unclosed_mark_stops_at_paragraph_end():
    text = "“Tanpa penutup\nParagraf berikutnya bukan kutipan."
    first_para_end = text.index("\n")
    found = find_quote_spans(text, 0, first_para_end)
    assert [(s.start, s.end) for s in found] == [(1, first_para_end)]


def test_typewriter_double_quotes():
    text = "''You hear that a lot,'' said Dan Kildare. Don't split it's apostrophes."
    assert spans(text) == ["You hear that a lot,"]
