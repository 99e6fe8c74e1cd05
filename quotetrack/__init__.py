"""quotetrack: who said what, where, in which role, in Indonesian and English news.

The package is layered so that data flows one way:
reader (``quotetrack.ingest``) -> engine (``quotetrack.engine``) -> people/claims
-> store (``quotetrack.store``) -> queries and reports (``quotetrack.reports``).
"""

__version__ = "0.1.0"
