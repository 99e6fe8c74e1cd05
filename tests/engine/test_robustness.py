"""The engine never crashes and never returns offsets outside the text, whatever it is fed."""
import json
import random
from pathlib import Path

import pytest

from quotetrack.engine import extract_quotes

FOUNDING = json.loads((Path(__file__).resolve().parents[2] / "fixtures" / "articles" / "founding.jsonl")
                      .read_text("utf-8").splitlines()[0])["text"]
NOISE = ["“", "”", "\"", "'", "‘", "’", "«", "»", "''", "\n", "\n\n", ",", ".", " kata ", " said ", "(", ")",
         "<p>", "</div>", "\x00", "\ufeff", "—", "Menurut ", "katanya", " Dia ", "ANTARA", "\t"]


def mutate(text, rng, edits):
    chars = list(text)
    for _ in range(edits):
        i = rng.randrange(len(chars) + 1)
        if rng.random() < 0.3 and chars:
            del chars[min(i, len(chars) - 1)]
        else:
            chars.insert(i, rng.choice(NOISE))
    return "".join(chars)


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_mutated_articles_never_crash(seed, lang):
    rng = random.Random(seed)
    text = mutate(FOUNDING, rng, edits=rng.randrange(1, 60))
    for q in extract_quotes(text, lang):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0
        assert q.kind in ("direct", "indirect", "mixed")


def cut(text, rng, edits):
    """Deletes runs of up to 30 characters (words and marks half gone) and inserts noise."""
    for _ in range(edits):
        i = rng.randrange(len(text) + 1)
        if rng.random() < 0.5:
            text = text[:i] + text[i + rng.randint(1, 30):]
        else:
            text = text[:i] + rng.choice(NOISE) * rng.randint(1, 3) + text[i:]
    return text


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_cut_articles_never_crash(seed, lang):
    rng = random.Random(1000 + seed)
    text = cut(FOUNDING, rng, edits=rng.randrange(1, 40))
    for q in extract_quotes(text, lang):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text


def test_a_stray_mark_does_not_swallow_the_article():
    text = FOUNDING.replace("“Tetapi saya pikir", "Tetapi saya pikir", 1)  # its opening mark is gone
    quotes = extract_quotes(text, "id")
    assert max(q.end - q.start for q in quotes) < 400  # no quote runs on through the article
    assert sum(q.speaker == "Shi Yinhong" for q in quotes) == 2  # later paragraphs still come out


@pytest.mark.parametrize("text, lang", [
    ("“Jembatan itu rampung tahun depan,” kata Kepala Dinas Tata Kota\u200b Rudi Hartono.", "id"),
    ("“The ferry will sail in May,” said a harbour engineer\ufeff Tom Marsh.", "en"),
    ("“The ferry will sail in May,” said Tom Marsh\u200d, a harbour engineer.", "en"),
])
def test_invisible_characters_stay_off_the_edges_of_speaker_and_role(text, lang):
    # a zero-width character or byte order mark stuck to a word is no part of a name or title
    quotes = extract_quotes(text, lang, use_ner=False)
    assert quotes and all(q.speaker for q in quotes)
    for q in quotes:
        for words in (q.speaker, q.role, q.cue, *q.speaker_aliases):
            assert words is None or (words.strip("\u200b\u200d\ufeff ") == words and words)


def test_a_name_with_a_joiner_inside_keeps_it():
    # negative: only the edges are cut, a character inside a word stays as written
    text = "“The ferry will sail in May,” said Tom Ma\u200crsh, a harbour engineer."
    assert [q.speaker for q in extract_quotes(text, "en", use_ner=False)] == ["Tom Ma\u200crsh"]


@pytest.mark.parametrize("text, lang", [
    ("“Tolls must fall before the summer,” said Ola Pike, a harbour volunteer‘ from Leith.", "en"),
    ("Dermaga dibuka kembali.\nMenurut’ Rudi, tarif kapal harus turun sebelum musim liburan tiba.", "id"),
])
def test_a_stray_mark_is_no_edge_of_speaker_or_role(text, lang):
    # an opening mark never ends a name, and a mark alone is no role
    quotes = extract_quotes(text, lang, use_ner=False)
    assert quotes
    for q in quotes:
        for words in (q.speaker, q.role):
            assert words is None or (words[-1] not in "“‘«„" and words[0] not in "”»" and any(c.isalnum() for c in words))


def test_a_possessive_mark_ends_a_speaker():
    # negative: a closing mark after a plural possessor is the name's own
    quotes = extract_quotes("“Tolls must fall,” the Pikes’ lawyer said.", "en", use_ner=False)
    assert [q.speaker for q in quotes] == ["the Pikes’ lawyer"]
