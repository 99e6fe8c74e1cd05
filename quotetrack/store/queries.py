"""Read-side queries: finding people by any of their names, searching quotes, listing people.

Every function returns plain rows (dicts) or model instances; the CLI only renders them.
Full-text search uses the FTS5 table on SQLite and a ``to_tsvector('simple', ...)`` match on
PostgreSQL (both created by migration 0001): every word given must occur in the quote.
"""
from peewee import JOIN, SQL, Case, Expression, SqliteDatabase, fn
from rapidfuzz import fuzz, process

from quotetrack.errors import AmbiguousPerson, UnknownPerson
from quotetrack import people as identity  # the module: it imports the store in turn
from quotetrack.store.ingest import parse_date
from quotetrack.store.models import Alias, Article, Person, Quote, RoleSeen, database

#: Lowest rapidfuzz ratio (0-100) at which a misspelt name still finds a person.
FUZZY_MIN_SCORE = 85
#: Most people a fuzzy lookup returns.
FUZZY_MAX_PEOPLE = 5

QUOTE_COLUMNS = ("article_id", "start", "end", "text", "kind", "speaker", "person_id", "role",
                 "cue", "confidence", "claim_id", "title", "url", "date")
PEOPLE_COLUMNS = ("id", "name", "kind", "roles", "quotes", "articles")


def find_people(query):
    """People any of whose names match ``query``, best match first.

    Tried in turn, the first that finds anyone wins: a person id (``"12"``); names equal to
    the query (by ``quotetrack.people.name_key``) or holding it as whole words (``"Blinken"``
    finds ``"Antony Blinken"``), exact ones first; a fuzzy match for misspellings.

    Args:
        query: a name, part of a name (whole words) or a person id.
    """
    key = identity.name_key(query)
    if not key:
        return []
    if key.isdigit():
        person = Person.get_or_none(Person.id == int(key))
        if person is not None:
            return [person]
    exact, by_word = _people_by_alias(key)
    return exact + by_word or _fuzzy_people(key)


def _people_by_alias(key):
    # (people with a name equal to the key, people with a name holding it as whole words)
    matches = (Person.select(Person, fn.MAX(Case(None, [(Alias.normalized == key, 1)], 0)).alias("exact"))
               .join(Alias).where(identity.contains_word(Alias.normalized, key))
               .group_by(Person).order_by(Person.id))
    exact, by_word = [], []
    for person in matches:
        (exact if person.exact else by_word).append(person)
    return exact, by_word


def _fuzzy_people(key):
    # Compare with whole names and with their single words, so "Blinkn" finds "Antony Blinken".
    names, alias_ids = [], []
    for alias_id, normalized in Alias.select(Alias.id, Alias.normalized).tuples():
        words = normalized.split()
        for name in dict.fromkeys([normalized] + (words if len(words) > 1 else [])):
            names.append(name)
            alias_ids.append(alias_id)
    hits = process.extract(key, names, scorer=fuzz.ratio, processor=None,
                           score_cutoff=FUZZY_MIN_SCORE, limit=None)
    matched = list(dict.fromkeys(alias_ids[index] for _, _, index in hits))
    if not matched:
        return []
    person_of = dict(Alias.select(Alias.id, Alias.person).where(Alias.id.in_(matched)).tuples())
    ranked = list(dict.fromkeys(person_of[a] for a in matched))[:FUZZY_MAX_PEOPLE]
    people = {p.id: p for p in Person.select().where(Person.id.in_(ranked))}
    return [people[pid] for pid in ranked]


def get_person(query):
    """The one person ``query`` names (see ``find_people``); a single exact match wins.

    Raises:
        UnknownPerson: nobody matches.
        AmbiguousPerson: several people match; pass an id or a fuller name.
    """
    people = find_people(query)
    if not people:
        raise UnknownPerson(f"no person matches {query!r}")
    exact = [p for p in people if getattr(p, "exact", 0)]
    if len(exact) == 1:
        return exact[0]
    if len(people) > 1:
        raise AmbiguousPerson(query, [(p.id, p.name) for p in people])
    return people[0]


def text_condition(words):
    """A condition true for quotes whose text holds every word of ``words``, or None."""
    tokens = (words or "").split()
    if not tokens:
        return None
    if isinstance(database.obj, SqliteDatabase):
        # Each word as an FTS5 string, so punctuation and FTS operators in it stay literal.
        match = " ".join('"' + t.replace('"', '""') + '"' for t in tokens)
        return Quote.id.in_(SQL("(SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)", [match]))
    return Expression(fn.to_tsvector(SQL("'simple'"), Quote.text), "@@",
                      fn.plainto_tsquery(SQL("'simple'"), " ".join(tokens)))


def search_quotes(person=None, text=None, since=None, until=None, limit=None):
    """Stored quotes with their article, oldest first, as dicts with ``QUOTE_COLUMNS``.

    Args:
        person: a name or id (see ``find_people``); quotes of every matching person.
        text: words that must all occur in the quote text.
        since, until: dates (``datetime.date`` or ``YYYY-MM-DD``), inclusive, on the article date.
        limit: at most this many rows.

    Raises:
        UnknownPerson: ``person`` matches nobody.
    """
    query = (Quote.select(
        Article.external_id.alias("article_id"), Quote.start, Quote.end, Quote.text, Quote.kind,
        Quote.speaker, Quote.person.alias("person_id"), Quote.role, Quote.cue, Quote.confidence,
        Quote.claim.alias("claim_id"), Article.title, Article.url, Article.date)
        .join(Article)
        .order_by(Article.date.asc(nulls="LAST"), Article.id, Quote.start))
    if person:
        people = find_people(person)
        if not people:
            raise UnknownPerson(f"no person matches {person!r}")
        query = query.where(Quote.person.in_([p.id for p in people]))
    condition = text_condition(text)
    if condition is not None:
        query = query.where(condition)
    if since:
        query = query.where(Article.date >= parse_date(since))
    if until:
        query = query.where(Article.date <= parse_date(until))
    if limit:
        query = query.limit(limit)
    return list(query.dicts())


def list_people(query=None, limit=None):
    """People with kind, roles seen and quote/article counts, most quoted first.

    Args:
        query: only people matching this name (see ``find_people``); everyone when None.
        limit: at most this many rows.
    """
    people = (Person.select(Person.id, Person.name, Person.kind,
                            fn.COUNT(Quote.id).alias("quotes"),
                            fn.COUNT(Quote.article.distinct()).alias("articles"))
              .join(Quote, JOIN.LEFT_OUTER)
              .group_by(Person.id, Person.name, Person.kind)
              .order_by(fn.COUNT(Quote.id).desc(), Person.name))
    if query:
        people = people.where(Person.id.in_([p.id for p in find_people(query)]))
    if limit:
        people = people.limit(limit)
    rows = list(people.dicts())
    roles = {}
    for seen in (RoleSeen.select(RoleSeen.person, RoleSeen.role)
                 .where(RoleSeen.person.in_([r["id"] for r in rows]))
                 .order_by(RoleSeen.first_date.asc(nulls="LAST"), RoleSeen.id)):
        roles.setdefault(seen.person_id, []).append(seen.role)
    return [{**{c: row.get(c) for c in PEOPLE_COLUMNS}, "roles": roles.get(row["id"], [])}
            for row in rows]


ALIAS_COLUMNS = ("name", "source")
ROLE_COLUMNS = ("role", "first_date", "last_date", "articles")
EVIDENCE_COLUMNS = ("name", "matched", "rule", "score", "article_id")
DECISION_COLUMNS = ("action", "alias", "note", "decided_at")


def person_details(person):
    """Everything known about ``person`` as one dict: names, roles over time, evidence, decisions.

    ``roles`` lists each role with its first and last dates and the articles stating it
    (quotes whose role, or the title before the speaker's name, is that role);
    ``evidence`` says which rule joined which name, with its score.

    Args:
        person: a ``Person`` (see ``get_person``).
    """
    from quotetrack.store.models import MergeDecision, PersonEvidence

    stated = {}
    for quote in (Quote.select(Quote.role, Quote.speaker, Article.external_id).join(Article)
                  .where(Quote.person == person).order_by(Article.date.asc(nulls="LAST"), Article.id)):
        role = (quote.role or "").strip() or identity.normalise_name(quote.speaker or "").role_prefix
        if role:
            stated.setdefault(role, []).append(quote.article.external_id)
    roles = [{"role": r.role, "first_date": r.first_date, "last_date": r.last_date,
              "articles": list(dict.fromkeys(stated.get(r.role) or [r.article.external_id]))}
             for r in (RoleSeen.select(RoleSeen, Article).join(Article).where(RoleSeen.person == person)
                       .order_by(RoleSeen.first_date.asc(nulls="LAST"), RoleSeen.id))]
    evidence = [{"name": e.name, "matched": e.matched, "rule": e.rule, "score": e.score,
                 "article_id": e.article.external_id if e.article_id else None}
                for e in PersonEvidence.select().where(PersonEvidence.person == person)
                .order_by(PersonEvidence.id)]
    decisions = [{c: getattr(d, c) for c in DECISION_COLUMNS}
                 for d in MergeDecision.select().where(MergeDecision.person == person)
                 .order_by(MergeDecision.id)]
    counts = (Quote.select(fn.COUNT(Quote.id), fn.COUNT(Quote.article.distinct()))
              .where(Quote.person == person).tuples().first())
    return {"id": person.id, "name": person.name, "kind": person.kind,
            "quotes": counts[0], "articles": counts[1],
            "aliases": [{"name": a.name, "source": a.source}
                        for a in Alias.select().where(Alias.person == person).order_by(Alias.id)],
            "roles": roles, "evidence": evidence, "decisions": decisions}
