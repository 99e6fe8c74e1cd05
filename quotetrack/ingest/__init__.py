"""Reading articles from files, directories and stdin (no NLP, no database)."""
from quotetrack.ingest.readers import Article, read_file, read_paths, read_stream, html_to_text

__all__ = ["Article", "read_file", "read_paths", "read_stream", "html_to_text"]
