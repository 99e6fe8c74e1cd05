"""Peewee models of the quote store, bound to a database only at run time.

``database`` is a ``DatabaseProxy``: ``quotetrack.store.open_database`` points it at SQLite
or PostgreSQL. The tables are created by the numbered migrations in ``db/migrations/``, not
by ``create_tables``; keep these models and the latest migration in step.
"""
import datetime

from peewee import (
    AutoField, CharField, DatabaseProxy, DateField, DateTimeField, FloatField, ForeignKeyField,
    IntegerField, Model, TextField,
)

database = DatabaseProxy()

PERSON_KINDS = ("person", "organisation", "description")
ALIAS_SOURCES = ("auto", "manual")


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Article(BaseModel):
    """One ingested article; ``external_id``, ``url`` and ``content_hash`` each identify it."""

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


class Claim(BaseModel):
    """A fact claim repeated across articles (grouping comes later; the table exists now)."""

    id = AutoField()
    canonical = TextField(default="")
    created_at = DateTimeField(default=datetime.datetime.now)


class Person(BaseModel):
    """A speaker across articles: a person, an organisation or a description."""

    id = AutoField()
    name = TextField()
    kind = CharField(max_length=16)
    key = TextField(index=True)  # quotetrack.people.name_key(name); two people may share it
    created_at = DateTimeField(default=datetime.datetime.now)

    class Meta:
        indexes = ((("key", "kind"), False),)


class Alias(BaseModel):
    """A name a person was given in some article (or by hand)."""

    id = AutoField()
    person = ForeignKeyField(Person, backref="aliases", on_delete="CASCADE")
    name = TextField()
    normalized = TextField(index=True)
    source = CharField(max_length=8, default="auto")

    class Meta:
        indexes = ((("person", "normalized"), True),)


class RoleSeen(BaseModel):
    """A role a person was given, with the first article and the date span it was seen in."""

    id = AutoField()
    person = ForeignKeyField(Person, backref="roles", on_delete="CASCADE")
    role = TextField()
    article = ForeignKeyField(Article, on_delete="CASCADE")
    first_date = DateField(null=True)
    last_date = DateField(null=True)

    class Meta:
        table_name = "role_seen"
        indexes = ((("person", "role"), True),)


class Quote(BaseModel):
    """One attributed statement, with character offsets into its article's text."""

    id = AutoField()
    article = ForeignKeyField(Article, backref="quotes", on_delete="CASCADE")
    start = IntegerField()
    end = IntegerField()
    text = TextField()
    kind = CharField(max_length=16)
    speaker = TextField(null=True)  # as the article gives it
    speaker_type = CharField(max_length=16, null=True)
    person = ForeignKeyField(Person, backref="quotes", null=True, on_delete="SET NULL")
    role = TextField(null=True)
    cue = TextField(null=True)
    confidence = FloatField(default=0.0)
    claim = ForeignKeyField(Claim, backref="quotes", null=True, on_delete="SET NULL")


class MergeDecision(BaseModel):
    """A manual identity decision (merge two people, split a name off, add a name), kept for replay.

    ``keys`` and ``other_keys`` (JSON lists of name keys) say whom it was about by name, so
    ``quotetrack.people.rebuild_people`` can re-apply it when every person id changes.
    """

    id = AutoField()
    action = CharField(max_length=8)  # merge | split | alias
    person = ForeignKeyField(Person, null=True, on_delete="CASCADE")
    other = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
    alias = TextField(null=True)
    note = TextField(null=True)
    decided_at = DateTimeField(default=datetime.datetime.now)
    keys = TextField(null=True)
    other_keys = TextField(null=True)

    class Meta:
        table_name = "merge_decision"


class PersonEvidence(BaseModel):
    """Why a name was joined to a person: the rule, its score, and the name it matched."""

    id = AutoField()
    person = ForeignKeyField(Person, backref="evidence", on_delete="CASCADE")
    name = TextField()  # the name as the article gave it
    matched = TextField(null=True)  # the stored name it was matched with
    rule = CharField(max_length=48)
    score = FloatField(default=0.0)
    article = ForeignKeyField(Article, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=datetime.datetime.now)

    class Meta:
        table_name = "person_evidence"
        indexes = ((("person", "name", "rule"), True),)


class SchemaMigration(BaseModel):
    """One applied migration file."""

    number = IntegerField(primary_key=True)
    name = TextField()
    applied_at = DateTimeField(default=datetime.datetime.now)

    class Meta:
        table_name = "schema_migration"


ALL_MODELS = (Article, Claim, Person, Alias, RoleSeen, Quote, MergeDecision, PersonEvidence,
              SchemaMigration)
