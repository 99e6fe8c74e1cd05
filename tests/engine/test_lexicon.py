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

