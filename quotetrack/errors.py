"""Typed errors raised by library code; the CLI turns them into friendly messages."""


class QuotetrackError(Exception):
    """Base class for every error quotetrack raises on purpose."""


class ReadError(QuotetrackError):
    """An input item could not be read: names the item (``file:line``) and the reason."""

    def __init__(self, origin, reason):
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class UnknownPerson(QuotetrackError):
    """No stored person matches the name or id the user gave."""


class DatabaseError(QuotetrackError):
    """The database URL is malformed or the database cannot be opened or migrated."""


class AmbiguousPerson(QuotetrackError):
    """A name matches several stored people; ``candidates`` lists them as ``(id, name)``."""

    def __init__(self, query, candidates):
        names = ", ".join(f"{name} (id {pid})" for pid, name in candidates)
        super().__init__(f"{query!r} matches {len(candidates)} people: {names}")
        self.query = query
        self.candidates = candidates


class IdentityError(QuotetrackError):
    """A manual identity decision cannot be made (merging a person with itself, an unknown name)."""
