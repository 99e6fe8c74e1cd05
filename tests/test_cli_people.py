"""The ``people`` command group: list (the default), show, merge, split, alias add, rebuild."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetrack.cli import main
from quotetrack.store import ingest_articles, open_database

from tests.conftest import make_article

GOLD_DEV = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev"


@pytest.fixture
def stored(tmp_path, fake_engine):
    url = f"sqlite:///{tmp_path}/people.sqlite3"
    db = open_database(url)
    ingest_articles([
        make_article("c1", '"Ya," kata Antony Blinken, Menteri Luar Negeri AS.', "2024-01-01"),
        make_article("c2", '"Tidak," kata Blinken, Menteri Luar Negeri AS.', "2024-02-01"),
        make_article("c3", '"Nanti," kata Toni Blinken di Jakarta.', "2024-03-01"),
    ], db)
    db.close()
    return ["--db", url]


def _run(*args):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result


def test_people_lists_by_default_and_as_list(stored):
    default = json.loads(_run("people", "--format", "json", *stored).stdout)
    assert [(r["name"], r["quotes"]) for r in default] == [("Antony Blinken", 2), ("Toni Blinken", 1)]
    assert json.loads(_run("people", "list", "Blinkn", "--format", "json", *stored).stdout) == default
    assert [r["name"] for r in json.loads(_run("people", "Toni", "--format", "json", *stored).stdout)] == [
        "Toni Blinken"]


def test_show_merge_split_alias_rebuild(stored):
    shown = json.loads(_run("people", "show", "Antony Blinken", "--format", "json", *stored).stdout)[0]
    assert shown["roles"][0]["articles"] == ["c1", "c2"]
    assert [(e["name"], e["rule"]) for e in shown["evidence"]] == [("Blinken", "surname-same-role")]
    table = _run("people", "show", str(shown["id"]), *stored).stdout
    assert "Evidence" in table and "surname-same-role" in table

    merged = _run("people", "merge", "Antony Blinken", "Toni Blinken", "--note", "same man", *stored)
    assert "merged into Antony Blinken" in merged.stderr
    _run("people", "alias", "add", "Antony Blinken", "Toni J. Blinken", *stored)
    split = _run("people", "split", "Antony Blinken", "--alias", "Blinken", *stored)
    assert "Blinken is now id" in split.stderr
    _run("people", "rebuild", *stored)
    rows = {r["name"]: r for r in json.loads(_run("people", "--format", "json", *stored).stdout)}
    assert {n: r["quotes"] for n, r in rows.items()} == {"Antony Blinken": 2, "Blinken": 1}
    shown = json.loads(_run("people", "show", "Antony Blinken", "--format", "json", *stored).stdout)[0]
    assert [d["action"] for d in shown["decisions"]] == ["merge", "alias", "split"]


def test_manual_decision_errors_are_friendly(stored):
    result = CliRunner().invoke(main, ["people", "merge", "Toni Blinken", "Toni Blinken", *stored])
    assert result.exit_code == 1 and "cannot merge a person with itself" in result.stderr
    result = CliRunner().invoke(main, ["people", "show", "Nobody Here", *stored])
    assert result.exit_code == 1 and "no person matches" in result.stderr


@pytest.mark.slow
@pytest.mark.skipif(not GOLD_DEV.is_dir(), reason="needs the shared dev gold sets")
def test_person_resolution_on_the_dev_gold_sets():
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from people_eval import DEV_FILES, evaluate

    strict, decidable, _, info = evaluate([GOLD_DEV / f for f in DEV_FILES])
    assert info["quotes scored"] == info["gold quotes"]
    assert decidable.precision >= 0.99 and decidable.recall >= 0.95
