"""Speaker names to stored people: name keys and a minimal get-or-create resolver.

This is the walking-skeleton version: a speaker is the same person as an earlier one when
their name keys are equal within the same kind, or when a one-word name ("Blinken") is a
word of exactly one earlier person's names. Fuller cross-article identity (titles, manual
merges) will grow here without changing the store or the CLI.
"""
import re
import unicodedata

from quotetrack.store.models import Alias, Person, RoleSeen

_NON_WORD = re.compile(r"[^\w]+")


def name_key(name):
    """Normalise a name for matching: casefold, strip accents and punctuation, collapse spaces.

    Args:
        name: a name as written, e.g. ``"Antony J. Blinken"`` -> ``"antony j blinken"``.
    """
    decomposed = unicodedata.normalize("NFKD", name or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(_NON_WORD.sub(" ", plain).replace("_", " ").split())


def resolve_person(db, speaker, speaker_type, role, article, aliases=()):
    """Return the stored ``Person`` for ``speaker`` (created if new), or None.

    Descriptions ("a senior official", "seorang pejabat") are not resolved: two of them in
    different articles are rarely the same source. Call inside the article's transaction.

    Args:
        db: the open database (the models are bound to it).
        speaker: the speaker's name as the article gives it, or None.
        speaker_type: ``person``, ``organisation``, ``description`` or None (taken as person).
        role: the speaker's role in this article, recorded in ``role_seen``; or None.
        article: the stored ``Article`` the speaker appears in.
        aliases: other names the article uses for the speaker (e.g. the surname alone).
    """
    kind = speaker_type or "person"
    key = name_key(speaker)
    if not key or kind == "description":
        return None
    with db.atomic():
        person = Person.get_or_none(key=key, kind=kind) or _only_person_named_by_word(key, kind)
        if person is None:
            person, _ = Person.get_or_create(key=key, kind=kind, defaults={"name": speaker.strip()})
        for name in (speaker, *aliases):
            alias_key = name_key(name)
            if alias_key:
                Alias.get_or_create(person=person, normalized=alias_key,
                                    defaults={"name": name.strip(), "source": "auto"})
        if role and role.strip():
            _see_role(person, role.strip(), article)
    return person


def contains_word(field, key):
    """A condition true when the name-key column ``field`` holds ``key`` as whole words."""
    # Keys are words joined by single spaces, so whole-word containment is a LIKE on spaces.
    return ((field == key) | field.startswith(key + " ") | field.endswith(" " + key)
            | field.contains(" " + key + " "))


def _only_person_named_by_word(key, kind):
    # A surname or first name alone refers back to a fuller name, when only one fits.
    if " " in key:
        return None
    candidates = list(Person.select().join(Alias)
                      .where((Person.kind == kind) & contains_word(Alias.normalized, key))
                      .distinct().limit(2))
    return candidates[0] if len(candidates) == 1 else None


def _see_role(person, role, article):
    seen, created = RoleSeen.get_or_create(
        person=person, role=role,
        defaults={"article": article, "first_date": article.date, "last_date": article.date})
    if created or article.date is None:
        return
    if seen.first_date is None or article.date < seen.first_date:
        seen.first_date = article.date
    if seen.last_date is None or article.date > seen.last_date:
        seen.last_date = article.date
    seen.save()
