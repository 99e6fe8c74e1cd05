"""``quotetrack evaluate`` prints the scorer's table for a user's gold file."""
import json

from click.testing import CliRunner

from quotetrack.cli import main

RECORD = {"id": "t1", "lang": "id", "text": "“Kami siap bekerja keras,” kata Budi Santoso.",
          "quotes": [{"start": 1, "end": 24, "kind": "direct", "speaker": "Budi Santoso", "role": None}]}


def test_evaluate_prints_the_table(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(gold)])
    assert result.exit_code == 0, result.output
    row = [line for line in result.output.splitlines() if line.startswith("all")][0].split()
    assert row[1:3] == ["1", "1"]          # one gold, one predicted quote
    assert float(row[5]) == 1.0 and float(row[6]) == 1.0   # span F1, attribution


def test_evaluate_reports_errors_and_json(tmp_path):
    wrong = dict(RECORD, quotes=[dict(RECORD["quotes"][0], speaker="Someone Else")])
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(wrong) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--show-errors", "5"])
    assert "speaker 'Budi Santoso' != 'Someone Else'" in result.output
    as_json = CliRunner().invoke(main, ["evaluate", str(gold), "--json"])
    assert json.loads(as_json.output)["all"]["attribution_acc"] == 0.0


def test_evaluate_rejects_a_file_without_gold_quotes(tmp_path):
    plain = tmp_path / "plain.jsonl"
    plain.write_text(json.dumps({"id": "x", "text": "tanpa anotasi"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(plain)])
    assert result.exit_code != 0
    assert "gold record" in result.output


def test_train_ner_reports_missing_data(tmp_path):
    result = CliRunner().invoke(main, ["train", "ner", "--lang", "id", "--data", str(tmp_path),
                                       "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code != 0
    assert "Error" in result.output


def test_extract_with_and_without_the_shipped_ner():
    text = '"Kami siap menghadapi banjir," kata Budi Santoso, Kepala Dinas.\n'
    rows = {}
    for flag in ("--ner", "--no-ner"):
        result = CliRunner().invoke(main, ["extract", "-", flag], input=text)
        assert result.exit_code == 0, result.output
        rows[flag] = [(q["speaker"], q["text"]) for q in json.loads(result.output)["quotes"]]
    assert rows["--ner"] == rows["--no-ner"] == [("Budi Santoso", "Kami siap menghadapi banjir,")]
