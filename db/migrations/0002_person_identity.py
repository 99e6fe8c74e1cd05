"""0002: identity across articles: merge evidence, replayable decisions, shared name keys.

Adds ``person_evidence`` (which rule joined which name to a person, with its score); gives
``merge_decision`` the name keys it was about (``keys``, ``other_keys``) so decisions can be
re-applied after people are rebuilt, and lets its ``person`` be null (SET NULL); and makes
the ``(key, kind)`` index of ``person`` non-unique, since two people may share a name
(two different ``Budi``). The models are frozen copies, as in 0001.
"""
import datetime

from peewee import (
    AutoField, CharField, DateTimeField, FloatField, ForeignKeyField, Model, TextField,
)


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Article(Base):
        id = AutoField()

    class Person(Base):
        id = AutoField()

    class PersonEvidence(Base):
        id = AutoField()
        person = ForeignKeyField(Person, on_delete="CASCADE")
        name = TextField()
        matched = TextField(null=True)
        rule = CharField(max_length=48)
        score = FloatField(default=0.0)
        article = ForeignKeyField(Article, null=True, on_delete="SET NULL")
        created_at = DateTimeField(default=datetime.datetime.now)

        class Meta:
            table_name = "person_evidence"
            indexes = ((("person", "name", "rule"), True),)

    db.create_tables([PersonEvidence])
    operations = [
        migrator.drop_index("person", "person_key_kind"),
        migrator.add_index("person", ("key", "kind"), False),
        migrator.add_column("merge_decision", "keys", TextField(null=True)),
        migrator.add_column("merge_decision", "other_keys", TextField(null=True)),
        migrator.drop_not_null("merge_decision", "person_id"),
    ]
    for operation in operations:
        operation.run()
