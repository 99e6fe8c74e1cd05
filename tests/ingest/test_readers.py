"""Readers: every input shape becomes Articles, every bad item a ReadError naming it."""
import io
import json
import sys

import pytest

from quotetrack.errors import ReadError
from quotetrack.ingest import Article, read_paths
from quotetrack.ingest.readers import MAX_ARTICLE_CHARS

from tests.conftest import BLINKEN, BUDI


def split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadError)])


def test_txt_file(tmp_path):
    (tmp_path / "berita.txt").write_text(BUDI, encoding="utf-8")
    [article], errors = split(read_paths([str(tmp_path / "berita.txt")]))
    assert errors == [] and article.text == BUDI and article.id == "berita.txt"


def test_jsonl_records_keep_their_fields(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": 7, "text": BUDI, "lang": "ID", "url": "https://example.test/7",
                                "date": "2024-03-01", "title": "T", "section": "metro"}) + "\n")
    [article], _ = split(read_paths([str(path)]))
    assert (article.id, article.lang, article.url, article.date, article.title) == (
        "7", "id", "https://example.test/7", "2024-03-01", "T")
    assert article.extra == {"section": "metro"} and article.origin == f"{path}:1"


def test_html_keeps_visible_text_and_title(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>Judul</title><script>var x = 1;</script></head>"
                    f"<body><nav>Menu</nav><p>{BUDI}</p></body></html>", encoding="utf-8")
    [article], _ = split(read_paths([str(path)]))
    assert article.title == "Judul" and "Kami siap" in article.text
    assert "var x" not in article.text and "Menu" not in article.text


def test_directory_is_walked_in_order_and_other_files_ignored(tmp_path):
    (tmp_path / "b.txt").write_text(BLINKEN)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(BUDI)
    (tmp_path / "notes.csv").write_text("x,y")
    articles, errors = split(read_paths([str(tmp_path)]))
    assert [a.id for a in articles] == ["b.txt", "a.txt"] and errors == []


def test_empty_directory_is_reported(tmp_path):
    [error] = list(read_paths([str(tmp_path)]))
    assert isinstance(error, ReadError) and error.origin == str(tmp_path)


@pytest.mark.parametrize("payload, is_jsonl", [(BUDI.encode(), False),
                                               (json.dumps({"text": BUDI}).encode() + b"\n", True)])
def test_stdin_text_or_jsonl(monkeypatch, payload, is_jsonl):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload)))
    [article], errors = split(read_paths(["-"]))
    assert article.text == BUDI and errors == []
    assert article.origin == ("<stdin>:1" if is_jsonl else "<stdin>")


BAD_JSONL_LINES = [
    pytest.param(b"{broken\n", "broken JSON line", id="broken-json"),
    pytest.param(b'{"text": "cut off\n', "broken JSON line (Unterminated string starting at column 10)",
                 id="cut-off-string-is-named-so"),
    pytest.param(b'{"text": "a\tb"}\n', "broken JSON line (Invalid control character at column 12)",
                 id="control-character-said-once"),
    pytest.param(b"[1, 2]\n", "expected a JSON object, got list", id="not-an-object"),
    pytest.param(b'{"title": "no text"}\n', "record has no 'text' string", id="missing-text"),
    pytest.param(b'{"text": "caf\xe9"}\n', "not valid UTF-8", id="non-utf8"),
    pytest.param(b'{"text": "   "}\n', "empty text", id="blank-text"),
    pytest.param(json.dumps({"text": "x" * (MAX_ARTICLE_CHARS + 1)}).encode() + b"\n",
                 "over the", id="huge-text"),
]


@pytest.mark.parametrize("line, reason", BAD_JSONL_LINES)
def test_bad_jsonl_line_is_named_and_the_rest_continue(tmp_path, line, reason):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "ok", "text": BUDI}).encode() + b"\n"
    path.write_bytes(good + line + good.replace(b'"ok"', b'"ok2"'))
    articles, [error] = split(read_paths([str(path)]))
    assert [a.id for a in articles] == ["ok", "ok2"]
    assert error.origin == f"{path}:2" and reason in error.reason


BAD_FILES = [
    pytest.param("blob.txt", b"\x00\x01\x02binary\x00" * 50, "binary", id="binary"),
    pytest.param("empty.txt", b"", "empty file", id="empty-txt"),
    pytest.param("empty.jsonl", b"\n\n", "empty file", id="empty-jsonl"),
    pytest.param("latin1.txt", "Kata Pak Budi: café".encode("latin-1"), "not valid UTF-8", id="non-utf8"),
    pytest.param("huge.txt", b"kata " * (MAX_ARTICLE_CHARS // 5 + 1), "over the", id="huge-text"),
]


@pytest.mark.parametrize("name, content, reason", BAD_FILES)
def test_bad_file_is_named_and_the_rest_continue(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "z_good.txt").write_text(BUDI, encoding="utf-8")
    articles, [error] = split(read_paths([str(tmp_path / name), str(tmp_path / "z_good.txt")]))
    assert [a.id for a in articles] == ["z_good.txt"]
    assert error.origin == str(tmp_path / name) and reason in error.reason


def test_missing_path_and_forced_encoding(tmp_path):
    (tmp_path / "latin1.txt").write_bytes("Kata Pak Budi: café".encode("latin-1"))
    [article] = list(read_paths([str(tmp_path / "latin1.txt")], encoding="latin-1"))
    assert article.text.endswith("café")
    [error] = list(read_paths([str(tmp_path / "missing.txt")]))
    assert error.reason == "no such file or directory"
