"""Readers: turn files, directories and stdin into ``Article`` records.

Every reader is a generator that yields ``Article`` for each good item and ``ReadError``
for each bad one (naming ``file:line`` and the reason), so one broken line never stops a
batch. Readers do no NLP and touch no database.
"""
import hashlib
import html
import json
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from quotetrack.errors import ReadError

#: Largest article text accepted (characters); longer items are reported, not processed.
MAX_ARTICLE_CHARS = 2_000_000
#: Largest single file read whole (.txt/.html); JSONL files are streamed line by line.
MAX_FILE_BYTES = 50_000_000
#: Share of control characters above which a text is taken to be binary junk.
MAX_CONTROL_SHARE = 0.01

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
HTML_SUFFIXES = {".html", ".htm"}


@dataclass
class Article:
    """One news article as read from its source.

    Args:
        id: external id: the record's ``id``, else its URL, else the file name.
        text: the full text; quote offsets point into it.
        lang: ``id``, ``en`` or None when the engine should detect it.
        origin: where it came from (``path:line``), for messages.
    """

    id: str
    text: str
    lang: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    date: Optional[str] = None
    source: Optional[str] = None
    origin: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def content_hash(self):
        """SHA-256 of the whitespace-normalised text: the identity of an article without URL."""
        return hashlib.sha256(" ".join(self.text.split()).encode("utf-8")).hexdigest()


Item = Union[Article, ReadError]


def read_paths(paths: Iterable[str], encoding: Optional[str] = None) -> Iterator[Item]:
    """Yield articles (and read errors) from files, directories or ``-`` for stdin.

    Args:
        paths: file or directory paths; directories are walked in sorted order.
        encoding: force a text encoding; by default UTF-8 (a BOM is accepted).
    """
    for path in paths:
        if path == "-":
            yield from read_stream(sys.stdin.buffer, "<stdin>", encoding)
            continue
        p = Path(path)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and _is_article_file(f))
            if not files:
                yield ReadError(str(p), "directory holds no .txt, .jsonl or .html files")
            for f in files:
                yield from read_file(f, encoding)
        elif p.exists():
            yield from read_file(p, encoding)
        else:
            yield ReadError(str(p), "no such file or directory")


def _is_article_file(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES and not path.name.startswith(".")


def read_file(path: Path, encoding: Optional[str] = None) -> Iterator[Item]:
    """Yield the articles of one file, chosen by its suffix (unknown suffixes read as text)."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with open(path, "rb") as f:
                yield from read_jsonl_lines(f, str(path), encoding)
            return
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield ReadError(str(path), f"file is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit")
            return
        raw = path.read_bytes()
    except OSError as e:
        yield ReadError(str(path), f"cannot read: {e.strerror or e}")
        return
    if suffix in HTML_SUFFIXES:
        yield from _article_from_bytes(raw, str(path), path.name, encoding, is_html=True)
    else:
        yield from _article_from_bytes(raw, str(path), path.name, encoding)


def read_stream(stream, origin: str, encoding: Optional[str] = None) -> Iterator[Item]:
    """Read stdin: JSON lines when the first non-blank byte is ``{``, else one text article."""
    raw = stream.read()
    if raw.lstrip()[:1] == b"{":
        yield from read_jsonl_lines(raw.splitlines(keepends=True), origin, encoding)
    else:
        yield from _article_from_bytes(raw, origin, "stdin", encoding)


def read_jsonl_lines(lines, origin: str, encoding: Optional[str] = None) -> Iterator[Item]:
    """Yield one article per JSON line; a bad line yields a ``ReadError`` naming ``origin:line``."""
    seen_any = False
    for lineno, raw in enumerate(lines, 1):
        where = f"{origin}:{lineno}"
        if not raw.strip():
            continue
        seen_any = True
        try:
            line = _decode(raw, encoding)
        except ReadError as e:
            yield ReadError(where, e.reason)
            continue
        try:
            record = json.loads(line.rstrip("\r\n"))  # the line break is no part of the record
        except json.JSONDecodeError as e:
            # (one message, "Invalid control character at", already ends with the "at")
            yield ReadError(where, f"broken JSON line ({e.msg.removesuffix(' at')} at column {e.colno})")
            continue
        if not isinstance(record, dict):
            yield ReadError(where, f"expected a JSON object, got {type(record).__name__}")
            continue
        yield _article_from_record(record, where, default_id=f"{Path(origin).name}:{lineno}")
    if not seen_any:
        yield ReadError(origin, "empty file")


def _article_from_record(record: dict, where: str, default_id: str) -> Item:
    text = record.get("text")
    if not isinstance(text, str):
        return ReadError(where, "record has no 'text' string")
    problem = _text_problem(text)
    if problem:
        return ReadError(where, problem)
    lang = record.get("lang")
    if lang is not None and not isinstance(lang, str):
        return ReadError(where, "'lang' must be a string")
    url = record.get("url") if isinstance(record.get("url"), str) else None
    ext_id = record.get("id")
    ext_id = str(ext_id) if ext_id not in (None, "") else (url or default_id)
    known = {"id", "text", "lang", "title", "url", "date", "source"}
    return Article(
        id=ext_id,
        text=text,
        lang=lang.lower() if lang else None,
        title=_str_or_none(record.get("title")),
        url=url,
        date=_str_or_none(record.get("date")),
        source=_str_or_none(record.get("source")),
        origin=where,
        extra={k: v for k, v in record.items() if k not in known},
    )


def _str_or_none(value):
    return None if value is None else str(value)


def _article_from_bytes(raw: bytes, origin: str, name: str, encoding, is_html=False) -> Iterator[Item]:
    if not raw.strip():
        yield ReadError(origin, "empty file")
        return
    if b"\x00" in raw[:65536]:
        yield ReadError(origin, "binary file (NUL bytes), not text")
        return
    try:
        text = _decode(raw, encoding)
    except ReadError as e:
        yield ReadError(origin, e.reason)
        return
    title = None
    if is_html or _looks_like_html(text):
        title, text = html_to_text(text)
    problem = _text_problem(text)
    if problem:
        yield ReadError(origin, problem)
        return
    yield Article(id=name, text=text, title=title, origin=origin)


def _decode(raw: bytes, encoding: Optional[str]) -> str:
    if encoding:
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError) as e:
            raise ReadError("", f"cannot decode as {encoding}: {e}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ReadError("", f"not valid UTF-8 (byte {e.start}); pass --encoding, e.g. --encoding cp1252") from None


def _text_problem(text: str) -> Optional[str]:
    if not text.strip():
        return "empty text"
    if len(text) > MAX_ARTICLE_CHARS:
        return f"text is {len(text):,} characters, over the {MAX_ARTICLE_CHARS:,}-character limit"
    sample = text[:20000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > MAX_CONTROL_SHARE * len(sample):
        return "text is mostly control characters (binary data?)"
    return None


_HTML_HINT = re.compile(r"<(html|body|p|div|article)\b", re.I)


def _looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text[:4000]))


class _TextExtractor(HTMLParser):
    """Keep visible text, one paragraph per block element; drop scripts, styles and navigation."""

    SKIP = {"script", "style", "noscript", "nav", "footer", "header", "aside", "form", "iframe", "svg"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.title_parts = [], []
        self.skip_depth = 0
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip_depth += 1
        elif tag == "title":
            self.in_title = True
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "title":
            self.in_title = False
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip_depth:
            self.parts.append(data)


def html_to_text(markup: str):
    """Return ``(title, text)`` of an HTML page: visible text, paragraphs on their own lines."""
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser is lenient; anything it still rejects we strip by regex
        return None, html.unescape(re.sub(r"<[^>]+>", " ", markup))
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    title = " ".join("".join(parser.title_parts).split()) or None
    return title, text
