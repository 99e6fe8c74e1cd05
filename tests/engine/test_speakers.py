"""Speaker phrases: where a title ends and a name begins."""
import pytest

from quotetrack.engine.lexicon import get_lexicon
from quotetrack.engine.speakers import (ArticlePeople, Entity, MentionParser, _looks_past_en, _name_like, _plausible_role_en,
                                        _read_tokens, tokens)


@pytest.mark.parametrize("word, expected", [
    ("Setiawan", True), ("Sebastian", True), ("Kurniawan", True), ("Hermawan", True), ("M", True),
    ("Ketidakhadiran", False), ("Sepengetahuan", False), ("Pembangunan", False),  # derived nouns
    ("Kemenperin", False), ("NeuroSensum", False), ("Covid-19", False), ("KOMPAS-Bupati", False),
    ("Menurut", False), ("KPU", False), ("McDonald", True), ("Golkar", False), ("Persija", False),
])
def test_name_like(word, expected):
    assert _name_like(word, get_lexicon("id")) is expected


@pytest.mark.parametrize("phrase, name, role", [
    ("Menteri Luar Negeri AS Antony Blinken", "Antony Blinken", "Menteri Luar Negeri AS"),
    ("juru bicara Kementerian Luar Negeri Tiongkok Lin Jiang", "Lin Jiang", "juru bicara Kementerian Luar Negeri Tiongkok"),
    # a party's short name is never a person's: the chunk leaves it with the role
    ("Wakil Sekjen Partai Golkar Sebastian Salim", "Sebastian Salim", "Wakil Sekjen Partai Golkar"),
    ("Wakil Sekjen Partai Sinar Sebastian Salim", "Sinar Sebastian Salim", "Wakil Sekjen Partai"),
    ("Inspektur Jenderal M Fadli Iskandar", "M Fadli Iskandar", None),
    ("Wakil Presiden Rina Kartika dan Presiden Joko Wirawan", "Joko Wirawan", "Presiden"),
])
def test_title_and_name_split(phrase, name, role):
    mention = MentionParser(get_lexicon("id")).chunk(phrase, 0, len(phrase))
    assert (mention.name, mention.role) == (name, role)


@pytest.mark.parametrize("role, expected", [
    ("the state treasurer", True), ("a senior fellow at the Fairmont Institution", True),
    ("who heads the transport union", True), ("who’s been pushing for new rules", True),
    ("the provincial minister of trade at the time the levy was introduced", True),
    ("director of anti-war group Vote No", True), ("Senators", True), ("for the Liberal Democrats", True),
    # negatives: pieces of the clause the name stood in
    ("after the scandal about her letters broke in March", False), ("in his first match as coach", False),
    ("Like", False), ("A short time later", False), ("The potential pairing of", False),
    ("Senators Jon Rees (D-Ore.) and", False), ("the think-tank The", False), ("the author of", False),
    ("The chairman's bill would prohibit any waiver", False), ("has set up a website", False),
    ("THE LOAN Back when he penned his book", False), ("", False),
])
def test_plausible_english_role(role, expected):
    assert _plausible_role_en(role) is expected


def test_a_quote_takes_the_earliest_plausible_role():
    people = ArticlePeople(get_lexicon("en"))
    ent = Entity(name="Ann Carver", kind="person")
    ent.add_role("The potential pairing of", 10)
    ent.add_role("the state treasurer", 80)
    assert (ent.role, people.role_of(ent)) == ("The potential pairing of", "the state treasurer")
    only_junk = Entity(name="Tom Reyes", kind="person")
    only_junk.add_role("after the vote", 5)
    assert people.role_of(only_junk) is None
    people_id = ArticlePeople(get_lexicon("id"))
    assert people_id.role_of(ent) == "The potential pairing of"  # the English reading only


def test_a_source_named_again_with_a_demonstrative_takes_no_role_of_its_own_name():
    """Indonesian ``Putusan Badan X`` read as a name, then ``Putusan Badan X itu menyebutkan …``:
    the anaphor names the source again; its words are no role of it."""
    from quotetrack.engine.speakers import ANAPHOR, Mention
    people = ArticlePeople(get_lexicon("id"))
    ent = Entity(name="Putusan Badan Kalpa", kind="person")
    people.entities.append(ent)
    people.salient = ent
    text = "Putusan Badan Kalpa itu"
    got = people.resolve(Mention(ANAPHOR, text, 0, len(text), role="Putusan Badan Kalpa"), 0)
    assert got is ent and people.role_of(got) is None
    other = Entity(name="Rina Wulandari", kind="person")
    people.entities.append(other)
    people.salient = other
    text = "Politikus itu"
    assert people.role_of(people.resolve(Mention(ANAPHOR, text, 0, len(text), role="Politikus"), 5)) == "Politikus"


def test_a_phrase_read_twice_gives_independent_mentions():
    """The parser remembers phrases it has read; each caller still gets a mention of its own."""
    parser = MentionParser(get_lexicon("id"))
    text = "Kemudian Menteri Luar Negeri AS Antony Blinken tiba."
    start, end = text.index("Menteri"), text.index(" tiba")
    first = parser.chunk(text, start, end)
    first.role = "changed by one caller"
    second = parser.chunk(text, start, end)
    assert (second.name, second.role) == ("Antony Blinken", "Menteri Luar Negeri AS")
    other = "Kemudian Menteri Luar Negeri AS Lin Jiang berkata."  # same offsets, another text
    assert parser.chunk(other, start, other.index(" berkata")).name == "Lin Jiang"


@pytest.mark.parametrize("text", [
    "  Dr. (AP) ‘Appi’ J.J. O'Neil-Smith, said:\u00a0“no”  ",
    "“Ya,” kata Budi (45).\n\nIa menambahkan…",
    "a  a\ta\u2003a--a",
])
def test_tokens_are_the_text_at_their_offsets(text):
    for start in range(len(text)):
        found = tokens(text, start)
        assert all(text[s:e] == word and s >= start for word, s, e in found)
        assert "".join(w for w, _, _ in found) == "".join(text[start:].split())


WINDOW_TEXTS = [
    "The mayor (a former teacher) said on Monday: 'Nobody' knows.",
    "U.S. officials, e.g. Dr. Ann Lee, aren't sure — ‘Maybe’ later.",
    "'Abc'd x'Ab'cd (open bracket never closed",
    "  (a) (b (c) d)  \u00a0non-breaking\u2003spaces.",
]


@pytest.mark.parametrize("text", WINDOW_TEXTS)
def test_tokens_of_any_window_match_a_fresh_read(text):
    # windows are cut from the whole text's tokens; a fresh read of the window must agree
    n = len(text)
    for start in range(-2, n + 2):
        for end in range(start - 1, n + 3):
            assert tokens(text, start, end) == _read_tokens(text, start, end), (start, end)


@pytest.mark.parametrize("sentence, subject", [
    ("Mr Lowe, from the Focus Trust, believed damage had been done. ", "Mr Lowe"),  # an apposition between commas
    ("Mr Lowe believed damage had been done. ", "Mr Lowe"),
    ("Mr Lowe, Ann Roe and Tom Hale believed damage had been done. ", None),  # a list, no apposition
])
def test_subject_name_of_a_narrative_sentence(sentence, subject):
    from quotetrack.engine.speakers import _SUBJECT_NAME_EN
    m = _SUBJECT_NAME_EN.match(sentence)
    assert (m.group(1) if m else None) == subject


def test_fold_of_an_ascii_text_is_the_general_fold():
    """``fold`` reads an ASCII text on a shorter path: it must give what the general one gives."""
    import random
    import re
    import unicodedata

    from quotetrack.engine.speakers import fold

    def general(text):
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())

    rnd = random.Random(7)
    samples = [chr(i) for i in range(128)] + ["Ann O'Hara-Lee", "J.J. Goldman", "Mr. Tom_Roe\x1c(Ohio)", "  "]
    samples += ["".join(chr(rnd.randrange(128)) for _ in range(rnd.randrange(10))) for _ in range(2000)]
    for text in samples:
        assert fold.__wrapped__(text) == general(text), repr(text)
    assert fold("Ánn Lée") == "ann lee"  # (not ASCII: the general path)


@pytest.mark.parametrize("text, start, parts", [
    # a comma inside a quoted title, a number or brackets splits nothing; a dash or comma outside does
    ("Tom Roe, co-author of “Going Viral,” and 2,000 fans (of them, many) — Ann Lee", 0,
     ["Tom Roe", " co-author of “Going Viral,” and 2,000 fans (of them, many) ", " Ann Lee"]),
    ("said: Ann Lee, a fan (and critic), of Dayton", 6, ["Ann Lee", " a fan (and critic)", " of Dayton"]),
    ("Ann Lee", 0, ["Ann Lee"]),  # no break
])
def test_comma_parts(text, start, parts):
    found = MentionParser(get_lexicon("en"))._comma_parts(text, start, len(text))
    assert [text[a:b] for a, b in found] == parts


@pytest.mark.parametrize("word, expected", [
    ("voted", True), ("freed", True), ("blocked", True),
    ("need", False), ("shed", False), ("red", False), ("voting", False),  # too short, or no -ed
])
def test_looks_past_en(word, expected):
    assert _looks_past_en(word) is expected
