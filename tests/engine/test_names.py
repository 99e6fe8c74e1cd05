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
