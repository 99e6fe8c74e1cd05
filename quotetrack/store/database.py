"""Opening a database by URL, binding the models to it, and applying numbered migrations.

Migrations are the files ``NNNN_name.py`` in the top-level ``db/migrations/`` folder of a
checkout, each with ``up(migrator, db)`` in the shape of ``playhouse/migrations.py``. An
installed (non-editable) package finds the same files under ``<prefix>/share/quotetrack/
migrations``, where setup.cfg's ``data_files`` puts them. Applied ones are recorded in
``schema_migration``; each runs in its own transaction together with its record.
"""
import importlib.util
import os
import re
import sys
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import peewee
from playhouse.db_url import connect
from playhouse.migrate import SchemaMigrator

from quotetrack.errors import DatabaseError
from quotetrack.store.models import SchemaMigration, database

#: Used when neither ``--db`` nor ``$QUOTETRACK_DB`` names a database; relative to the cwd.
DEFAULT_URL = "sqlite:///db/quotetrack.sqlite3"
ENV_VAR = "QUOTETRACK_DB"
SQLITE_PRAGMAS = {"foreign_keys": 1, "journal_mode": "wal", "busy_timeout": 10_000}

_MIGRATION_FILE = re.compile(r"^(\d+)_(\w+)\.py$")


def database_url(url=None):
    """The URL to open: ``url`` if given, else ``$QUOTETRACK_DB``, else ``DEFAULT_URL``."""
    return url or os.environ.get(ENV_VAR) or DEFAULT_URL


def redact(url):
    """``url`` with any password replaced by ``***``, for messages."""
    parsed = urlparse(url)
    if parsed.password:
        netloc = parsed.netloc.replace(f":{parsed.password}@", ":***@")
        return urlunparse(parsed._replace(netloc=netloc))
    return url


def connect_database(url=None, create=True):
    """Connect to the database at ``url`` and bind the models to it, without migrating.

    Args:
        url: ``sqlite:///relative/path.sqlite3``, ``sqlite:////absolute/path``,
            ``postgresql://user:password@host:port/name``; see ``database_url`` for the default.
        create: create a missing SQLite file (and its folder); else a missing file is an error.
    """
    url = database_url(url)
    parsed = urlparse(url)
    options = {}
    if parsed.scheme.startswith("sqlite"):
        options["pragmas"] = SQLITE_PRAGMAS
        path = parsed.path[1:]
        if path and path != ":memory:":
            if create:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            elif not Path(path).exists():
                raise DatabaseError(
                    f"no database at {path}; ingest some articles first, "
                    f"e.g. quotetrack ingest fixtures/articles/ --db {url}")
    try:
        db = connect(url, **options)
        db.connect(reuse_if_open=True)
    except (RuntimeError, ValueError, ImportError, peewee.OperationalError,
            peewee.InterfaceError) as e:
        raise DatabaseError(f"cannot open database {redact(url)}: {e}".strip()) from e
    database.initialize(db)
    return db


def open_database(url=None, migrate=True):
    """Open the database at ``url``, bind the models to it and return it.

    Args:
        url: see ``connect_database``.
        migrate: apply pending migrations (creating a missing SQLite file). When False the
            database must exist and be up to date, else ``DatabaseError`` says what to run.
    """
    db = connect_database(url, create=migrate)
    if migrate:
        apply_migrations(db)
    else:
        pending = pending_migrations(db)
        if pending:
            db.close()
            shown = redact(database_url(url))
            raise DatabaseError(
                f"database {shown} lacks migrations {', '.join(p.stem for p in pending)}; "
                f"run: quotetrack db migrate --db {shown}")
    return db


def migrations_dir():
    """The folder holding the numbered migration files (checkout first, then installed copy)."""
    candidates = [
        Path(__file__).resolve().parents[2] / "db" / "migrations",
        Path(sys.prefix) / "share" / "quotetrack" / "migrations",
    ]
    for folder in candidates:
        if folder.is_dir() and any(folder.glob("[0-9]*.py")):
            return folder
    raise DatabaseError(f"no migration files found in {' or '.join(map(str, candidates))}")


def migration_files():
    """``(number, path)`` of every migration file, in order."""
    files = []
    for path in migrations_dir().glob("[0-9]*.py"):
        match = _MIGRATION_FILE.match(path.name)
        if match:
            files.append((int(match.group(1)), path))
    return sorted(files)


def applied_migrations(db):
    """Numbers of the migrations recorded as applied in ``db``."""
    if not db.table_exists(SchemaMigration._meta.table_name):
        return set()
    return {row.number for row in SchemaMigration.select(SchemaMigration.number)}


def pending_migrations(db):
    """Paths of migration files not yet applied to ``db``, in order."""
    done = applied_migrations(db)
    return [path for number, path in migration_files() if number not in done]


def apply_migrations(db):
    """Apply every pending migration to ``db`` in order; return the names applied."""
    SchemaMigration.create_table(safe=True)
    migrator = SchemaMigrator.from_database(db)
    applied = []
    for path in pending_migrations(db):
        number = int(_MIGRATION_FILE.match(path.name).group(1))
        module = _load(path)
        try:
            with db.atomic():
                module.up(migrator, db)
                SchemaMigration.create(number=number, name=path.stem)
        except peewee.DatabaseError as e:
            raise DatabaseError(f"migration {path.stem} failed: {e}") from e
        applied.append(path.stem)
    return applied


def _load(path):
    # Load by file path: the migrations folder is not a package and names start with digits.
    spec = importlib.util.spec_from_file_location(f"quotetrack_migration_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not hasattr(module, "up"):
        raise DatabaseError(f"migration {path.name} has no up(migrator, db)")
    return module
