"""The quote store: peewee models bound at run time, migrations, ingestion and queries."""
from quotetrack.store.database import apply_migrations, connect_database, database_url, open_database
from quotetrack.store.ingest import IngestReport, ingest_articles
from quotetrack.store.queries import find_people, get_person, list_people, search_quotes

__all__ = ["apply_migrations", "connect_database", "database_url", "open_database", "IngestReport", "ingest_articles",
           "find_people", "get_person", "list_people", "search_quotes"]
