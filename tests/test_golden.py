"""Golden files: every annotated record under fixtures/ must come out right.

A new case is a new JSONL file (records in the gold format) anywhere under ``fixtures/``;
it is found by glob and scored with the shared scorer's matching rules.
"""
import json
from pathlib import Path

import pytest

from quotetrack.engine import extract_quotes
from quotetrack.evaluate import evaluate, jaccard

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GOLDEN = sorted(p for p in FIXTURES.rglob("*.jsonl")
                if any("quotes" in json.loads(line) for line in p.read_text("utf-8").splitlines() if line.strip()))


def test_there_are_golden_files():
    assert GOLDEN, "fixtures/ holds no annotated records"


@pytest.mark.parametrize("path", GOLDEN, ids=[p.name for p in GOLDEN])
def test_golden_file_is_perfect(path):
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    predictions = {r["id"]: [q.to_dict() for q in extract_quotes(r["text"], r.get("lang"))] for r in records}
    result = evaluate(records, predictions)
    scores = result.total.as_dict()
    assert result.errors == []
    assert scores["span_f1"] == 1.0
    assert scores["attribution_acc"] == 1.0
    assert scores.get("role_acc", 1.0) == 1.0
    # Beyond the scorer: the same kind, and spans that nearly coincide (not just overlap by half).
    for record in records:
        for gold in record["quotes"]:
            pred = max(predictions[record["id"]], key=lambda q: jaccard((q["start"], q["end"]), (gold["start"], gold["end"])))
            assert pred["kind"] == gold["kind"], (gold["text"][:60], pred["kind"])
            assert jaccard((pred["start"], pred["end"]), (gold["start"], gold["end"])) >= 0.75, gold["text"][:60]
