"""What the article says about its people: the name a gendered pronoun points back to."""
import pytest

from quotetrack.engine.names import _name_before


@pytest.mark.parametrize("window, expected", [
    ("The senator met Ann Lee, who later said ", "Lee"),
    ("Mr. Bo Diaz and then Cy Young told reporters ", "Young"),   # the nearest name wins
    ("In Dover, Ann Lee’s aide said ", "Lee’s"),
    # negatives: no name, or a name parted from the pronoun by more than lower-case words
    ("nothing named here at all ", None),
    ("Ann Lee spoke to 40 voters and said ", None),
    ("Ann Lee spoke, and one, two, three, four, five, six, seven ", None),
])
def test_name_before_a_pronoun(window, expected):
    assert _name_before(window) == expected


def test_gender_words_found_by_shared_stems():
    """Every spelling of a gendered word is found, also where words share a stem (``Mr``/``Mrs``,
    ``mother``/``Grandmother``, ``widow``/``widower``); a different case inside a word is not."""
    from quotetrack.engine.names import NameEvidence
    text = "Mrs Tovar and Mr. Olin met Grandmother Ruth, widower Pell, the widow Sims and GrandMother Ida."
    ev = NameEvidence.__new__(NameEvidence)
    ev.text = text
    found = sorted(ev._gender_words_at())
    assert (0, "Mr", "m") in found and (0, "Mrs", "f") in found and (14, "Mr", "m") in found
    assert (text.index("Grandmother"), "Grandmother", "f") in found
    assert (text.index("Grandmother") + 5, "mother", "f") in found
    assert (text.index("widower"), "widower", "m") in found and (text.index("widower"), "widow", "f") in found
    assert (text.index("widow Sims"), "widow", "f") in found
    assert not any(at == text.index("GrandMother") for at, _, _ in found)
