"""The store on SQLite and PostgreSQL: migrations, idempotent ingest, atomicity, queries."""
import datetime

import pytest

from quotetrack.errors import AmbiguousPerson, DatabaseError, ReadError, UnknownPerson
from quotetrack.store import (
    apply_migrations, find_people, get_person, ingest_articles, list_people, open_database,
    search_quotes,
)
from quotetrack.store.database import migration_files, pending_migrations
from quotetrack.store.models import Alias, Article, Person, Quote, RoleSeen, SchemaMigration

from tests.conftest import BUDI, make_article


def test_migrations_are_numbered_files_applied_once(db):
    numbers = [n for n, _ in migration_files()]
    assert numbers == sorted(numbers) and numbers[0] == 1
    assert [m.number for m in SchemaMigration.select().order_by(SchemaMigration.number)] == numbers
    assert pending_migrations(db) == []
    assert apply_migrations(db) == []  # idempotent
    for table in ("article", "person", "alias", "role_seen", "quote", "claim", "merge_decision"):
        assert db.table_exists(table)


def test_reading_a_missing_sqlite_database_says_how_to_create_it(tmp_path):
    with pytest.raises(DatabaseError, match="quotetrack ingest"):
        open_database(f"sqlite:///{tmp_path}/absent.sqlite3", migrate=False)
    assert not (tmp_path / "absent.sqlite3").exists()


def test_unknown_scheme_is_a_database_error():
    with pytest.raises(DatabaseError, match="cannot open"):
        open_database("nosuchdb://x/y")


def test_ingest_stores_articles_quotes_people_and_roles(db, fake_engine, articles):
    report = ingest_articles(articles, db)
    assert (report.ingested, report.duplicates, report.failed, report.quotes) == (3, 0, [], 3)
    assert Article.select().count() == 3
    budi = Person.get(Person.key == "budi santoso")
    assert budi.kind == "person"
    quote = Quote.get(Quote.person == budi)
    article = quote.article
    assert article.text[quote.start:quote.end] == quote.text == "Kami siap menghadapi banjir"
    assert article.date == datetime.date(2024, 3, 1) and article.lang == "id"
    assert quote.claim is None
    role = RoleSeen.get(RoleSeen.person == budi)
    assert (role.role, role.first_date, role.last_date) == (
        "Kepala Dinas Sumber Daya Air", datetime.date(2024, 3, 1), datetime.date(2024, 3, 1))
    assert {a.normalized for a in Alias.select().where(Alias.person == budi)} == {"budi santoso"}
    blinken = Person.get(Person.key == "antony blinken")
    assert {a.name for a in blinken.aliases} == {"Antony Blinken", "Blinken"}  # a3: surname only
    assert Person.select().count() == 2


def test_ingest_is_idempotent_by_url_hash_and_id(db, fake_engine, articles):
    ingest_articles(articles, db)
    same_url = make_article("other-id", "A different text entirely.", url="https://example.test/a1")
    same_text = make_article("copy", "  " + BUDI.replace(" ", "  ") + "\n")  # whitespace only differs
    same_id_same_text = make_article("a2", articles[1].text)
    report = ingest_articles(articles + [same_url, same_text, same_id_same_text], db)
    assert (report.ingested, report.duplicates, report.failed) == (0, 6, [])
    assert Article.select().count() == 3 and Quote.select().count() == 3


def test_same_id_with_different_text_fails_with_a_reason(db, fake_engine, articles):
    ingest_articles(articles, db)
    report = ingest_articles([make_article("a1", "Lain sama sekali.")], db)
    assert report.ingested == 0
    assert report.failed == [("test:a1", "id 'a1' is already stored with different text; "
                                          "give the record a unique 'id'")]


def test_failure_mid_article_leaves_nothing_of_it_and_keeps_the_others(db, fake_engine, articles, monkeypatch):
    from quotetrack import people

    real = people.resolve_person
    calls = []

    def resolve_then_fail(db, speaker, *args, **kwargs):
        calls.append(speaker)
        if speaker == "Antony Blinken":  # after the article row and the person row were written
            real(db, speaker, *args, **kwargs)
            raise RuntimeError("disk on fire")
        return real(db, speaker, *args, **kwargs)

    monkeypatch.setattr(people, "resolve_person", resolve_then_fail)
    report = ingest_articles(articles, db)
    assert report.ingested == 2
    assert report.failed == [("test:a2", "RuntimeError: disk on fire")]
    assert [a.external_id for a in Article.select().order_by(Article.id)] == ["a1", "a3"]
    assert not Person.select().where(Person.key == "antony blinken").exists()
    assert not Alias.select().where(Alias.normalized == "antony blinken").exists()
    assert Quote.select().count() == 2
    # Once the cause is gone, the failed article goes in on the next run.
    monkeypatch.setattr(people, "resolve_person", real)
    assert ingest_articles(articles, db).ingested == 1


def test_engine_failure_and_read_errors_are_counted_and_the_batch_goes_on(db, monkeypatch, fake_engine, articles):
    def explode_on_washington(text, lang=None):
        if text.startswith("Washington"):
            raise ValueError("unclosed quote")
        return fake_engine(text, lang)

    monkeypatch.setattr("quotetrack.extract.extract_quotes", explode_on_washington)
    items = [articles[0], ReadError("bad.jsonl:3", "broken JSON line"), articles[1], articles[2]]
    report = ingest_articles(items, db)
    assert report.ingested == 2
    assert report.failed == [("bad.jsonl:3", "broken JSON line"), ("test:a2", "unclosed quote")]
    assert report.summary() == ("2 articles ingested (2 quotes), 0 duplicates skipped, 2 failed: "
                                "bad.jsonl:3: broken JSON line; test:a2: unclosed quote")


def test_find_people_by_any_alias_whole_word_and_fuzzy(db, fake_engine, articles):
    ingest_articles(articles, db)
    blinken = Person.get(Person.key == "antony blinken")
    assert find_people("Antony Blinken") == [blinken]
    assert find_people("ANTONY  blinken.") == [blinken]
    assert find_people("Blinken") == [blinken]  # whole word of an alias
    assert find_people("Blinkn") == [blinken]   # fuzzy fallback
    assert find_people("Blin") == []            # not a whole word, not close enough
    assert find_people(str(blinken.id)) == [blinken]
    assert get_person("blinken") == blinken
    with pytest.raises(UnknownPerson):
        get_person("Nobody Here")


def test_a_name_shared_by_two_people_is_ambiguous(db, fake_engine):
    ingest_articles([make_article("x1", '"Ya," kata Budi Santoso.'),
                     make_article("x2", '"Tidak," kata Budi Hartono.')], db)
    with pytest.raises(AmbiguousPerson, match="Budi Santoso"):
        get_person("Budi")
    assert len(search_quotes(person="Budi")) == 2


def test_search_quotes_by_person_text_and_dates(db, fake_engine, articles):
    ingest_articles(articles, db)
    rows = search_quotes(person="Blinken")
    assert [r["article_id"] for r in rows] == ["a2", "a3"]  # a3 names him by surname only
    row = rows[0]
    assert set(row) == {"article_id", "start", "end", "text", "kind", "speaker", "person_id", "role",
                        "cue", "confidence", "claim_id", "title", "url", "date"}
    assert row["claim_id"] is None and row["date"] == datetime.date(2024, 4, 2)
    assert [r["article_id"] for r in search_quotes(text="siap banjir")] == ["a1"]
    assert [r["article_id"] for r in search_quotes(text="SIAP")] == ["a1"]
    assert search_quotes(text="siap deal") == []  # every word must occur
    assert [r["article_id"] for r in search_quotes(text='deal," OR')] == []  # operators stay words
    assert [r["article_id"] for r in search_quotes(since="2024-04-02")] == ["a2", "a3"]
    assert [r["article_id"] for r in search_quotes(until=datetime.date(2024, 4, 2))] == ["a1", "a2"]
    assert [r["article_id"] for r in search_quotes(since="2024-04-01", until="2024-04-30")] == ["a2"]
    assert len(search_quotes(limit=1)) == 1
    with pytest.raises(UnknownPerson):
        search_quotes(person="Nobody Here")


def test_list_people_counts_and_roles(db, fake_engine, articles):
    ingest_articles(articles + [make_article("a4", '"Air sudah surut," kata Budi Santoso, Camat.',
                                             "2024-06-01")], db)
    rows = {r["name"]: r for r in list_people()}
    budi = rows["Budi Santoso"]
    assert (budi["kind"], budi["quotes"], budi["articles"]) == ("person", 2, 2)
    assert budi["roles"] == ["Kepala Dinas Sumber Daya Air", "Camat"]
    assert [(r["name"], r["quotes"]) for r in list_people("Blinken")] == [("Antony Blinken", 2)]
    assert list_people("Nobody Here") == []


def test_a_quote_whose_speaker_the_engine_cannot_read_is_stored_without_a_person(db):
    text = ("His head turned from left to right, his eyes shining, as he shouted, “Can you believe I managed that?” "
            "“We will appeal,” said Dana Holt.")
    report = ingest_articles([make_article("u1", text, "2024-06-01", lang="en")], db)
    assert (report.ingested, report.failed, report.quotes) == (1, [], 2)
    rows = search_quotes()
    assert [(r["text"], r["speaker"], r["person_id"] is None) for r in rows] == [
        ("Can you believe I managed that?", None, True), ("We will appeal,", "Dana Holt", False)]
    assert [r["text"] for r in search_quotes(person="Dana Holt")] == ["We will appeal,"]
    assert [p["name"] for p in list_people()] == ["Dana Holt"]
