"""0001: the initial schema: articles, people and aliases, roles, quotes, claims, decisions.

The models below are a frozen copy of ``quotetrack/store/models.py`` as of this migration,
deliberately independent of the application models, so that this file creates the same
tables forever; later changes go in new numbered files. Full-text search over quote text is
an FTS5 external-content table kept in step by triggers on SQLite, and a GIN index over
``to_tsvector('simple', text)`` on PostgreSQL.
"""
import datetime

from peewee import (
    AutoField, CharField, DateField, DateTimeField, FloatField, ForeignKeyField, IntegerField,
    Model, PostgresqlDatabase, SqliteDatabase, TextField,
)

SQLITE_FTS = (
    "CREATE VIRTUAL TABLE quote_fts USING fts5(text, content='quote', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote BEGIN "
    "INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER quote_fts_delete AFTER DELETE ON quote BEGIN "
    "INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER quote_fts_update AFTER UPDATE OF text ON quote BEGIN "
    "INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text); END",
)
POSTGRES_FTS = (
    "CREATE INDEX quote_text_tsv ON quote USING GIN (to_tsvector('simple', text))",
)


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Article(Base):
        id = AutoField()
        external_id = TextField(unique=True)
        url = TextField(null=True, unique=True)
        title = TextField(null=True)
        date = DateField(null=True, index=True)
        source = TextField(null=True)
        lang = CharField(max_length=8)
        content_hash = CharField(max_length=64, unique=True)
        text = TextField()
        ingested_at = DateTimeField(default=datetime.datetime.now)

    class Claim(Base):
        id = AutoField()
        canonical = TextField(default="")
        created_at = DateTimeField(default=datetime.datetime.now)

    class Person(Base):
        id = AutoField()
        name = TextField()
        kind = CharField(max_length=16)
        key = TextField(index=True)
        created_at = DateTimeField(default=datetime.datetime.now)

        class Meta:
            indexes = ((("key", "kind"), True),)

    class Alias(Base):
        id = AutoField()
        person = ForeignKeyField(Person, on_delete="CASCADE")
        name = TextField()
        normalized = TextField(index=True)
        source = CharField(max_length=8, default="auto")

        class Meta:
            indexes = ((("person", "normalized"), True),)

    class RoleSeen(Base):
        id = AutoField()
        person = ForeignKeyField(Person, on_delete="CASCADE")
        role = TextField()
        article = ForeignKeyField(Article, on_delete="CASCADE")
        first_date = DateField(null=True)
        last_date = DateField(null=True)

        class Meta:
            table_name = "role_seen"
            indexes = ((("person", "role"), True),)

    class Quote(Base):
        id = AutoField()
        article = ForeignKeyField(Article, on_delete="CASCADE")
        start = IntegerField()
        end = IntegerField()
        text = TextField()
        kind = CharField(max_length=16)
        speaker = TextField(null=True)
        speaker_type = CharField(max_length=16, null=True)
        person = ForeignKeyField(Person, null=True, on_delete="SET NULL")
        role = TextField(null=True)
        cue = TextField(null=True)
        confidence = FloatField(default=0.0)
        claim = ForeignKeyField(Claim, null=True, on_delete="SET NULL")

    class MergeDecision(Base):
        id = AutoField()
        action = CharField(max_length=8)
        person = ForeignKeyField(Person, on_delete="CASCADE")
        other = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
        alias = TextField(null=True)
        note = TextField(null=True)
        decided_at = DateTimeField(default=datetime.datetime.now)

        class Meta:
            table_name = "merge_decision"

    db.create_tables([Article, Claim, Person, Alias, RoleSeen, Quote, MergeDecision])
    if isinstance(db, SqliteDatabase):
        statements = SQLITE_FTS
    elif isinstance(db, PostgresqlDatabase):
        statements = POSTGRES_FTS
    else:
        statements = ()
    for sql in statements:
        db.execute_sql(sql)
