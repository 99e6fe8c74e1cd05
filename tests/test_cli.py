"""Every command through click's CliRunner: contracts, summaries, error messages, exit codes."""
import json

import pytest
from click.testing import CliRunner

from quotetrack.cli import main
from quotetrack.engine import CONTRACT_FIELDS

from tests.conftest import BLINKEN, BUDI

QUOTE_ROW_FIELDS = {"article_id", "start", "end", "text", "kind", "speaker", "person_id", "role",
                    "cue", "confidence", "claim_id", "title", "url", "date"}


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def corpus(tmp_path):
    """A JSONL file of two synthetic articles, one broken line, and a plain-text article."""
    path = tmp_path / "news.jsonl"
    records = [
        {"id": "a1", "url": "https://example.test/a1", "title": "Dinas siap", "date": "2024-03-01",
         "lang": "id", "text": BUDI},
        {"id": "a2", "url": "https://example.test/a2", "title": "Talks <b>late</b>", "date": "2024-04-02",
         "text": BLINKEN.replace("deal", "deal <script>alert(1)</script>")},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n{not json\n", encoding="utf-8")
    return path


@pytest.fixture
def db_arg(tmp_path):
    return ["--db", f"sqlite:///{tmp_path}/cli.sqlite3"]


@pytest.fixture
def ingested(runner, corpus, db_arg):
    result = runner.invoke(main, ["ingest", str(corpus), *db_arg])
    assert result.exit_code == 1  # the broken line
    return db_arg


def test_extract_jsonl_is_the_contract(runner, corpus):
    result = runner.invoke(main, ["extract", str(corpus)])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["lang"]) for r in lines] == [("a1", "id"), ("a2", "en")]
    for record in lines:
        assert set(record) == {"id", "lang", "quotes"}
        for quote in record["quotes"]:
            assert tuple(quote) == CONTRACT_FIELDS
    budi = [q for q in lines[0]["quotes"] if q["speaker"] == "Budi Santoso"]
    assert budi and BUDI[budi[0]["start"]:budi[0]["end"]] == budi[0]["text"]
    assert "error: " in result.stderr and "news.jsonl:3: broken JSON line" in result.stderr
    assert result.exit_code == 1  # an item failed, after all were processed


def test_extract_stdin_forced_language_and_table(runner):
    result = runner.invoke(main, ["extract", "-", "--lang", "en", "--format", "table"], input=BLINKEN)
    assert result.exit_code == 0, result.output
    header = result.stdout.splitlines()[0].split()
    assert header[:3] == ["id", "lang", "kind"]
    assert "Antony Blinken" in result.stdout and " en " in result.stdout


def test_extract_missing_file_is_reported_and_exit_1(runner, tmp_path):
    result = runner.invoke(main, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {tmp_path / 'nope.txt'}: no such file or directory"


def test_ingest_summary_duplicates_and_exit_code(runner, corpus, db_arg):
    first = runner.invoke(main, ["ingest", str(corpus), *db_arg])
    assert first.exit_code == 1
    assert "2 articles ingested" in first.stderr and "1 failed: " in first.stderr
    assert "news.jsonl:3: broken JSON line" in first.stderr
    assert first.stdout == ""  # progress and summary on stderr only
    good = corpus.with_name("good.jsonl")
    good.write_text("\n".join(corpus.read_text().splitlines()[:2]) + "\n")
    again = runner.invoke(main, ["ingest", str(good), *db_arg])
    assert again.exit_code == 0
    assert "0 articles ingested (0 quotes), 2 duplicates skipped, 0 failed" in again.stderr
    quiet = runner.invoke(main, ["ingest", str(good), "--quiet", *db_arg])
    assert (quiet.exit_code, quiet.output) == (0, "")


def test_quotes_jsonl_rows(runner, ingested):
    result = runner.invoke(main, ["quotes", "--person", "Blinken", "--format", "jsonl", *ingested])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(set(r) == QUOTE_ROW_FIELDS for r in rows)
    assert {r["article_id"] for r in rows} == {"a2"}
    assert rows[0]["claim_id"] is None and rows[0]["date"] == "2024-04-02"


def test_quotes_filters_and_formats(runner, ingested):
    by_text = runner.invoke(main, ["quotes", "--text", "siap banjir", "--format", "csv", *ingested])
    assert by_text.exit_code == 0
    lines = by_text.stdout.splitlines()
    assert lines[0].split(",") == ["article_id", "start", "end", "text", "kind", "speaker", "person_id",
                                   "role", "cue", "confidence", "claim_id", "title", "url", "date"]
    assert len(lines) == 2 and lines[1].startswith("a1,")
    dated = runner.invoke(main, ["quotes", "--since", "2024-04-01", "--format", "json", *ingested])
    assert {r["article_id"] for r in json.loads(dated.stdout)} == {"a2"}
    table = runner.invoke(main, ["quotes", "--until", "2024-03-31", *ingested])
    assert table.stdout.splitlines()[0].split() == ["date", "article_id", "speaker", "role", "kind", "text"]
    assert "Budi Santoso" in table.stdout
    bad_date = runner.invoke(main, ["quotes", "--since", "March", *ingested])
    assert bad_date.exit_code == 2 and "%Y-%m-%d" in bad_date.stderr


def test_quotes_unknown_person_is_a_friendly_error(runner, ingested):
    result = runner.invoke(main, ["quotes", "--person", "Nobody Here", *ingested])
    assert result.exit_code == 1
    assert "Error: no person matches 'Nobody Here'; list stored people with: quotetrack people" in result.stderr


def test_reading_commands_need_an_existing_database(runner, tmp_path):
    result = runner.invoke(main, ["people", "--db", f"sqlite:///{tmp_path}/none.sqlite3"])
    assert result.exit_code == 1 and "ingest some articles first" in result.stderr


def test_db_option_falls_back_to_environment(runner, ingested, monkeypatch):
    monkeypatch.setenv("QUOTETRACK_DB", ingested[1])
    result = runner.invoke(main, ["people", "--format", "jsonl"])
    assert result.exit_code == 0 and "Budi Santoso" in result.stdout


def test_people_lists_kind_roles_and_counts(runner, ingested):
    result = runner.invoke(main, ["people", "--format", "json", *ingested])
    rows = {r["name"]: r for r in json.loads(result.stdout)}
    budi = rows["Budi Santoso"]
    assert (budi["kind"], budi["quotes"], budi["articles"]) == ("person", 1, 1)
    assert budi["roles"] == ["Kepala Dinas Sumber Daya Air"]
    only = runner.invoke(main, ["people", "budi", *ingested])
    assert "Budi Santoso" in only.stdout and "Blinken" not in only.stdout


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_report_formats(runner, ingested, fmt, tmp_path):
    out = tmp_path / f"report.{fmt}"
    result = runner.invoke(main, ["report", "Antony Blinken", "--format", fmt, "-o", str(out), *ingested])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "Antony Blinken" in text and "Secretary of State" in text
    if fmt == "json":
        data = json.loads(text)
        assert (data["quotes"], data["articles"], data["first_seen"]) == (1, 1, "2024-04-02")
        assert data["quote_list"][0]["article"]["url"] == "https://example.test/a2"
    else:
        assert "<script>" not in text and "&lt;script&gt;" in text
    if fmt == "html":
        assert text.startswith("<!DOCTYPE html>") and "<style>" in text
        assert "http" not in text.replace('href="https://example.test/a2"', "")  # no external assets
        assert "Talks &lt;b&gt;late&lt;/b&gt;" in text


def test_report_to_stdout_and_unknown_person(runner, ingested):
    assert runner.invoke(main, ["report", "Budi", *ingested]).stdout.startswith("# Budi Santoso")
    missing = runner.invoke(main, ["report", "Nobody Here", *ingested])
    assert missing.exit_code == 1 and "no person matches" in missing.stderr


def test_db_migrate(runner, tmp_path):
    url = ["--db", f"sqlite:///{tmp_path}/m.sqlite3"]
    first = runner.invoke(main, ["db", "migrate", *url])
    assert first.exit_code == 0 and "applied 0001_initial" in first.stderr
    second = runner.invoke(main, ["db", "migrate", *url])
    assert "0 migration(s) applied" in second.stderr
    bad = runner.invoke(main, ["db", "migrate", "--db", "nosuch://x/y"])
    assert bad.exit_code == 1 and "cannot open database" in bad.stderr
