import re

import pytest

from quotetrack.engine.lexicon import _alternation


def _flat(words):
    """The plain alternation the tree stands for: longest word first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@pytest.mark.parametrize("words, text", [
    (["kata", "katanya", "kata dia", "ujar"], "“Siap,” katanya. “Ya,” kata dia, lalu ujar Budi"),
    (["say", "says", "said", "saying"], "Ola says she said, saying it was so; sayings"),
    (["a.k.a.", "a.k.a", "aka"], "Tim a.k.a. Timbo, a.k.a Tee, aka T"),
    (["told", "tell", "tells", "telling", "toll"], "tolled, told, tells telling teller"),
])
def test_alternation_finds_what_the_flat_alternation_finds(words, text):
    tree = re.compile(r"\b(" + _alternation(words) + r")\b", re.I)
    flat = re.compile(r"\b(" + _flat(words) + r")\b", re.I)
    assert [m.span(1) for m in tree.finditer(text)] == [m.span(1) for m in flat.finditer(text)]
    for k in range(len(text)):  # at every position, the same word or none
        a, b = tree.match(text, k), flat.match(text, k)
        assert (a and a.span()) == (b and b.span())



@pytest.mark.parametrize("lang, text", [
    ("en", "Ola Wren said it; she well-said, re-stated and said-so. SAID Tom -- said -told, "
           "“Ready,” Ana Holm told reporters_said. Sayings: she says İstanbul said"),
    ("id", "“Siap,” katanya. Budi mewanti-wanti, mewanti-wantinya, kata-kata ujar-nya ujarnya"),
])
def test_article_cue_words_are_the_words_of_the_text_in_the_lexicon(lang, text):
    from quotetrack.engine.lexicon import get_lexicon
    from quotetrack.engine.pipeline import Extractor
    from quotetrack.engine.rules import _WORD

    scanned = get_lexicon(lang).scanned_cues
    for variant in (text, text.replace("İ", "I")):  # a text lowered longer, and one that keeps its offsets
        expected = [(m.span(), low) for m in _WORD.finditer(variant) if (low := m.group().lower()) in scanned]
        found = Extractor(variant, get_lexicon(lang))._article_cue_words()
        assert [(m.span(), low) for m, low in found] == expected
        assert expected


@pytest.mark.parametrize("lang, text", [
    ("en", "Ola said: “He says” (told) -said, ‘argued’ résaid é said\u00a0said_said\tsays\nwarned."),
    ("en", "said it, then again said"),
    ("id", "Katanya, ujar Budi—menurut dia—mewanti-wanti “kata” (ujarnya) é kata"),
])
def test_scanned_cue_starts_are_where_the_cue_pattern_matches(lang, text):
    from quotetrack.engine.lexicon import get_lexicon
    lex = get_lexicon(lang)
    lower = text.lower()
    assert lex.scanned_cue_starts(lower) == [m.start() for m in lex.scanned_cue_re.finditer(lower)]


@pytest.mark.parametrize("text", [
    "T.J. Roe and Ann Lee (R) Said it. McDonald Said Lee", "AbC D", "A.B.C Dee", "Ann  Lee.  Bob",
    "X.Y", "Mr. Lee (R-Ohio) told The Daily Courier.", "A (", "Director General Tom Roe-Hale's office",
])
def test_capitalised_run_pattern_finds_what_the_backtracking_pattern_finds(text):
    from quotetrack.engine.rules import _CAP_RUN
    plain = re.compile(r"[A-Z](?:\.[A-Z])*[\w'’\-]*\.?\s+(?:[A-Z(][\w'’\-)]*\.?\s*)+")
    for start in range(len(text)):
        assert [m.span() for m in _CAP_RUN.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]


def test_body_names_are_lower_cased_on_load(monkeypatch):
    """``body_names`` is matched against lower-cased words: an entry written with capitals in the
    JSON (``Arema``) must still be found, as the other word lists loaded beside it are."""
    from quotetrack.engine import lexicon

    real = lexicon._load_json

    def with_capitalised_body(name):
        data = real(name)
        if name == "id.json":
            data = dict(data, body_names=list(data.get("body_names", ())) + ["Persikota"])
        return data

    monkeypatch.setattr(lexicon, "_load_json", with_capitalised_body)
    lex = lexicon.get_lexicon.__wrapped__("id")
    assert "persikota" in lex.body_names
    assert all(name == name.lower() for name in lex.body_names)
