"""SpeakerReport: one method per section over the person's quotes; HTML escapes stored text."""
import datetime

from quotetrack.reports import SpeakerReport
from quotetrack.store import get_person, ingest_articles

from tests.conftest import make_article


def test_sections_and_escaping(db, fake_engine, articles):
    articles.append(make_article("a4", '"Pintu <script>alert(1)</script> terbuka," kata Blinken, Menlu.',
                                 "2024-06-04", title="<i>Judul</i>"))
    ingest_articles(articles, db)
    report = SpeakerReport(get_person("Antony Blinken"))
    assert report.identity()["aliases"] == ["Blinken"]
    assert [r["role"] for r in report.roles()] == ["Secretary of State", "Menteri Luar Negeri AS", "Menlu"]
    assert report.counts() == {"quotes": 3, "articles": 3}
    assert report.span() == {"first_seen": datetime.date(2024, 4, 2), "last_seen": datetime.date(2024, 6, 4)}
    assert [q["article"]["id"] for q in report.quotes()] == ["a2", "a3", "a4"]
    html = report.render("html")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;i&gt;Judul&lt;/i&gt;" in html
    assert "<script>" not in report.render("md")
