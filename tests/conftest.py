"""Shared fixtures: a fresh database per test (SQLite, and PostgreSQL when configured),
a deterministic stand-in for the engine, and small synthetic articles."""
import os
import re
import uuid
from urllib.parse import urlparse, urlunparse

import pytest

from quotetrack.engine.quote import Quote
from quotetrack.ingest import Article

PG_URL_VAR = "QUOTETRACK_TEST_PG_URL"

BUDI = ('Jakarta - Pemerintah provinsi menyiapkan pompa air. "Kami siap menghadapi banjir," '
        'kata Budi Santoso, Kepala Dinas Sumber Daya Air.')
BLINKEN = ('Washington - The talks went on late. "We will keep talking until there is a deal," '
           'said Antony Blinken, Secretary of State.')
BLINKEN_LATER = ('Jakarta - Menlu AS berkunjung. "Kerja sama ini penting," kata Blinken, '
                 'Menteri Luar Negeri AS.')

# "text," kata|said Name[, role].  -- enough structure for store and CLI tests.
_QUOTE = re.compile(r'"([^"]+?),?" (kata|said) ([A-Z][\w.]*(?: [A-Z][\w.]*)*)(?:, ([^.]+))?')


def fake_extract_quotes(text, lang=None):
    """A deterministic stand-in for the engine: one direct quote per '"...," kata Name, Role'."""
    return [Quote(m.start(1), m.end(1), m.group(1), "direct", speaker=m.group(3), role=m.group(4),
                  cue=m.group(2), confidence=0.9, speaker_type="person", rule="fake")
            for m in _QUOTE.finditer(text)]


@pytest.fixture
def fake_engine(monkeypatch):
    """Replace the engine with ``fake_extract_quotes`` wherever quotetrack calls it."""
    monkeypatch.setattr("quotetrack.extract.extract_quotes", fake_extract_quotes)
    return fake_extract_quotes


def make_article(id, text, date=None, url=None, title=None, lang=None):
    return Article(id=id, text=text, date=date, url=url, title=title or id, lang=lang,
                   origin=f"test:{id}")


@pytest.fixture
def articles():
    """Three synthetic articles: Budi (id), Blinken (en), Blinken by surname (id)."""
    return [
        make_article("a1", BUDI, "2024-03-01", "https://example.test/a1", "Dinas siap"),
        make_article("a2", BLINKEN, "2024-04-02", "https://example.test/a2", "Talks"),
        make_article("a3", BLINKEN_LATER, "2024-05-03", "https://example.test/a3", "Kunjungan"),
    ]


def _pg_database_url(base, name):
    return urlunparse(urlparse(base)._replace(path="/" + name))


@pytest.fixture
def pg_url():
    """URL of a fresh, empty PostgreSQL database, dropped afterwards; skips without a server."""
    base = os.environ.get(PG_URL_VAR)
    if not base:
        pytest.skip(f"set {PG_URL_VAR}=postgresql://user@host:port/db to run PostgreSQL tests")
    import psycopg2

    name = f"qt_test_{uuid.uuid4().hex[:12]}"
    admin = psycopg2.connect(base)
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    try:
        yield _pg_database_url(base, name)
    finally:
        from quotetrack.store.models import database
        if database.obj is not None:
            database.close()
        with admin.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A URL for a fresh database: a SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/quotetrack.sqlite3"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def db(db_url):
    """An open, migrated database the models are bound to."""
    from quotetrack.store import open_database

    database = open_database(db_url)
    yield database
    database.close()
