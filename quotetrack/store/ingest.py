"""Ingestion: articles in, attributed quotes stored, one transaction per article.

Duplicates (same URL, same text, or same id with the same text) are skipped before the engine
runs; read errors and per-article failures are counted with their origin and the batch goes
on. The engine runs outside the transaction so that slow NLP never holds a write lock.
"""
import datetime
import re
from dataclasses import dataclass, field

import peewee

from quotetrack.errors import ReadError
from quotetrack.extract import article_language, extract_article
from quotetrack import people
from quotetrack.store.models import Article, Quote

#: Failures listed by name in ``IngestReport.summary``; the rest are counted.
SUMMARY_FAILURES_SHOWN = 3

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass
class IngestReport:
    """What a batch did: articles and quotes stored, duplicates skipped, failures by origin."""

    ingested: int = 0
    quotes: int = 0
    duplicates: int = 0
    failed: list = field(default_factory=list)  # (origin, reason)

    def summary(self):
        """One line, e.g. ``2 articles ingested (5 quotes), 1 duplicate skipped, 0 failed``."""
        line = (f"{_plural(self.ingested, 'article')} ingested ({_plural(self.quotes, 'quote')}), "
                f"{_plural(self.duplicates, 'duplicate')} skipped, {len(self.failed)} failed")
        if self.failed:
            shown = [f"{origin}: {reason}" for origin, reason in self.failed[:SUMMARY_FAILURES_SHOWN]]
            more = len(self.failed) - SUMMARY_FAILURES_SHOWN
            line += ": " + "; ".join(shown) + (f" (and {more} more)" if more > 0 else "")
        return line


def _plural(n, word):
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def parse_date(value):
    """The ``datetime.date`` at the start of an ISO date or timestamp string, else None."""
    if isinstance(value, datetime.date):
        return value
    match = _ISO_DATE.match((value or "").strip())
    if not match:
        return None
    try:
        return datetime.date(*map(int, match.groups()))
    except ValueError:
        return None


def find_duplicate(article):
    """The stored ``Article`` that ``article`` (an ingest record) repeats, or None.

    Raises:
        ValueError: the id is taken by an article with different text.
    """
    content_hash = article.content_hash
    condition = (Article.content_hash == content_hash) | (Article.external_id == article.id)
    if article.url:
        condition |= Article.url == article.url
    matches = list(Article.select(Article.id, Article.external_id, Article.url, Article.content_hash)
                   .where(condition))
    for match in matches:
        if match.content_hash == content_hash or (article.url and match.url == article.url):
            return match
    if matches:
        raise ValueError(f"id {article.id!r} is already stored with different text; "
                         "give the record a unique 'id'")
    return None


def ingest_articles(items, db, lang=None):
    """Store the quotes of each article in ``items``; return an ``IngestReport``.

    Args:
        items: ``Article`` and ``ReadError`` values, as ``quotetrack.ingest.read_paths`` yields.
        db: an open database (``quotetrack.store.open_database``).
        lang: ``id`` or ``en`` to force the language; None to use the record's or detect it.

    For progress, wrap ``items`` (e.g. in ``click.progressbar``); it is read lazily, once.
    """
    report = IngestReport()
    for item in items:
        if isinstance(item, ReadError):
            report.failed.append((item.origin, item.reason))
        else:
            try:
                stored = ingest_article(item, db, lang)
            except Exception as e:  # one bad article must not stop the batch
                report.failed.append((item.origin or item.id, _reason(e)))
            else:
                if stored is None:
                    report.duplicates += 1
                else:
                    report.ingested += 1
                    report.quotes += stored
    return report


def _reason(error):
    message = " ".join(str(error).split())
    return message if isinstance(error, (ValueError, ReadError)) else f"{type(error).__name__}: {message}"


def ingest_article(article, db, lang=None, quotes=None):
    """Store one article and its quotes atomically; return the number of quotes, None if a duplicate.

    Args:
        article: an ``Article`` record from ``quotetrack.ingest``.
        db: an open database.
        lang: as in ``ingest_articles``.
        quotes: engine ``Quote`` values to store instead of running the engine (e.g. gold
            quotes, to measure identity resolution apart from extraction).
    """
    if find_duplicate(article) is not None:
        return None
    if quotes is None:
        language, quotes = extract_article(article, lang)
    else:
        language = article_language(article, lang)
    try:
        with db.atomic():
            stored = Article.create(
                external_id=article.id, url=article.url, title=article.title,
                date=parse_date(article.date), source=article.source, lang=language,
                content_hash=article.content_hash, text=article.text)
            for quote in quotes:
                person = people.resolve_person(db, quote.speaker, quote.speaker_type, quote.role,
                                               stored, aliases=quote.speaker_aliases or ())
                Quote.create(
                    article=stored, start=quote.start, end=quote.end, text=quote.text,
                    kind=quote.kind, speaker=quote.speaker, speaker_type=quote.speaker_type,
                    person=person, role=quote.role, cue=quote.cue, confidence=quote.confidence)
    except peewee.IntegrityError:
        # Another process stored the same article between our check and our insert.
        if find_duplicate(article) is not None:
            return None
        raise
    return len(quotes)
