"""Run the engine over one article, settling its language first (shared by extract and ingest)."""
from quotetrack.engine import detect_language, extract_quotes
from quotetrack.errors import ReadError

LANGUAGES = ("id", "en")


def article_language(article, lang=None):
    """The language to extract ``article`` in: ``lang`` if given, the record's, else detected.

    Args:
        article: an ``Article`` from ``quotetrack.ingest``.
        lang: ``id`` or ``en`` to force one; None or ``auto`` to use the record's or detect.
    """
    if lang in LANGUAGES:
        return lang
    if article.lang in LANGUAGES:
        return article.lang
    return detect_language(article.text)


def extract_article(article, lang=None, use_ner=None):
    """Return ``(language, quotes)`` for ``article``; see ``article_language`` for ``lang``.

    ``use_ner`` is passed to ``extract_quotes``: True asks the shipped NER pipelines too,
    None (the default) only an installed trained English spaCy pipeline.
    """
    language = article_language(article, lang)
    if use_ner is None:
        return language, extract_quotes(article.text, language)
    return language, extract_quotes(article.text, language, use_ner=use_ner)


def extract_records(items, lang=None, use_ner=None):
    """Yield one ``extract`` record per article, and a ``ReadError`` per item that failed.

    Args:
        items: ``Article`` and ``ReadError`` values, as ``quotetrack.ingest.read_paths`` yields.
        lang: as in ``article_language``.

    A record is ``{"id", "lang", "quotes": [Quote.to_dict(), ...]}``; an engine failure on
    one article is yielded as a ``ReadError`` naming the article, and the batch goes on.
    """
    for item in items:
        if isinstance(item, ReadError):
            yield item
            continue
        try:
            language, quotes = extract_article(item, lang, use_ner)
        except Exception as e:  # one bad article must not stop the batch
            yield ReadError(item.origin or item.id, f"extraction failed: {type(e).__name__}: {e}")
            continue
        yield {"id": item.id, "lang": language, "quotes": [q.to_dict() for q in quotes]}
