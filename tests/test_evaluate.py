"""The evaluator agrees with the shared scorer's rules on hand-made cases."""
from quotetrack.evaluate import evaluate, fold, jaccard, role_ok

TEXT = "“Kami siap,” kata Budi Santoso, Kepala Dinas. Menurut Ani, harga naik."
GOLD = [{"id": "a", "lang": "id", "text": TEXT, "quotes": [
    {"start": 1, "end": 11, "kind": "direct", "speaker": "Budi Santoso", "role": "Kepala Dinas"},
    {"start": 56, "end": 66, "kind": "indirect", "speaker": "Ani", "role": None},
]}]


def test_fold_and_jaccard():
    assert fold("  Ma’ruf  AMIN ") == "ma ruf amin"
    assert jaccard((0, 10), (5, 15)) == 5 / 15
    assert jaccard((0, 5), (5, 10)) == 0.0


def test_role_is_a_token_set_match():
    assert role_ok("Kepala Dinas Kesehatan", "Kepala Dinas")
    assert not role_ok("Menteri", "Kepala Dinas")
    assert role_ok(None, None) is None


def test_perfect_prediction():
    pred = {"a": [dict(q) for q in GOLD[0]["quotes"]]}
    s = evaluate(GOLD, pred).total.as_dict()
    assert (s["span_f1"], s["attribution_acc"], s["role_acc"]) == (1.0, 1.0, 1.0)


def test_wrong_speaker_and_spurious_quote_are_counted():
    pred = {"a": [{"start": 2, "end": 11, "kind": "direct", "speaker": "Ani", "role": None},
                  {"start": 30, "end": 44, "kind": "indirect", "speaker": "X", "role": None}]}
    result = evaluate(GOLD, pred)
    s = result.total.as_dict()
    assert s["span_p"] == 0.5
    assert s["span_r"] == 0.5
    assert s["attribution_acc"] == 0.0
    assert any("spurious" in e for e in result.errors)
    assert any("missed" in e for e in result.errors)


def test_kinds_filter_and_ignore():
    gold = [dict(GOLD[0], ignore=[[56, 66]])]
    pred = {"a": [{"start": 56, "end": 66, "kind": "indirect", "speaker": "Ani", "role": None}]}
    s = evaluate(gold, pred, kinds={"direct"}).total.as_dict()
    assert (s["gold"], s["pred"]) == (1, 0)


def test_speaker_errors_are_split_by_kind():
    from quotetrack.evaluate import speaker_error_kind

    gold = {"speaker": "Sandler", "speaker_aliases": []}
    assert speaker_error_kind("Danny Sandler", gold) == "fuller_name"
    assert speaker_error_kind("Sandler", {"speaker": "Danny Sandler"}) == "shorter_name"
    assert speaker_error_kind("Sandler", {"speaker": "Danny Sandler", "speaker_aliases": ["Sandler"]}) == "shorter_name"
    assert speaker_error_kind("Bernie Madoff", gold) == "other_source"
    assert speaker_error_kind("Sandler Group", gold) == "other_source"
    assert speaker_error_kind(None, gold) == "missing"
    assert speaker_error_kind("Danny Sandler", {"speaker": None}) == "extra"
    mayor = {"speaker": "the mayor"}
    assert speaker_error_kind("Ann Lee", mayor, "Mayor of Springfield") == "named_for_description"
    assert speaker_error_kind("Ann Lee", mayor, "city treasurer") == "other_source"
    assert speaker_error_kind("Ann Lee", mayor) == "other_source"
    assert speaker_error_kind("Ann Lee", {"speaker": "Mayor"}, "mayor") == "other_source"


def test_speaker_error_counts_reach_the_table():
    from quotetrack.evaluate import format_table

    pred = {"a": [{"start": 1, "end": 11, "kind": "direct", "speaker": "Pak Budi Santoso", "role": None},
                  {"start": 56, "end": 66, "kind": "indirect", "speaker": "Budi", "role": None}]}
    result = evaluate(GOLD, pred)
    assert dict(result.speaker_errors) == {"fuller_name": 1, "other_source": 1}
    assert result.total.as_dict()["attribution_acc"] == 0.0
    assert ("0 shorter than the gold name, 1 fuller than the gold name, 0 named where gold keeps a description "
            "(attribution counting those two as right: 0.500)") in format_table(result)
