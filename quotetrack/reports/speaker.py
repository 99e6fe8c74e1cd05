"""Per-speaker report: one base query over the person's quotes, one method per section.

``SpeakerReport(person).render(fmt)`` gives Markdown, self-contained HTML (inline CSS, every
piece of article text escaped) or JSON.
"""
import html

from peewee import fn

from quotetrack.output import to_json
from quotetrack.store.models import Alias, Article, Quote, RoleSeen

REPORT_FORMATS = ("md", "html", "json")

HTML_STYLE = """
body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem;
       color: #222; line-height: 1.5; }
h1 { margin-bottom: 0; } .kind { color: #666; margin-top: 0; }
dl { display: grid; grid-template-columns: max-content auto; gap: .2rem 1rem; }
dt { font-weight: 600; } dd { margin: 0; }
blockquote { margin: 1rem 0 .2rem; padding-left: 1rem; border-left: 3px solid #8a8; }
.source { color: #555; font-size: .9rem; margin: 0 0 1rem 1rem; }
"""


class SpeakerReport:
    """Everything stored about one person, section by section.

    Args:
        person: a stored ``Person`` (see ``quotetrack.store.get_person``).
    """

    def __init__(self, person):
        self.person = person
        self.query = (Quote.select(Quote, Article)
                      .join(Article)
                      .where(Quote.person == person))

    def identity(self):
        """Name, kind and every name the person was given."""
        aliases = [a.name for a in self.person.aliases.order_by(Alias.id)]
        return {"id": self.person.id, "name": self.person.name, "kind": self.person.kind,
                "aliases": [a for a in aliases if a != self.person.name]}

    def roles(self):
        """Roles seen, each with the first and last article date it was seen on."""
        return [{"role": r.role, "first_date": r.first_date, "last_date": r.last_date}
                for r in self.person.roles.order_by(RoleSeen.first_date.asc(nulls="LAST"), RoleSeen.id)]

    def counts(self):
        """Number of quotes and of articles quoting the person."""
        quotes, articles = (self.query.select(fn.COUNT(Quote.id), fn.COUNT(Quote.article.distinct()))
                            .order_by().tuples().get())
        return {"quotes": quotes, "articles": articles}

    def span(self):
        """First and last article date the person was quoted on."""
        first, last = (self.query.select(fn.MIN(Article.date), fn.MAX(Article.date))
                       .order_by().tuples().get())
        # MIN/MAX come back as text on SQLite; the field turns them into dates.
        return {"first_seen": Article.date.python_value(first),
                "last_seen": Article.date.python_value(last)}

    def quotes(self):
        """Every quote, oldest article first, with its article's id, title, date and URL."""
        rows = self.query.order_by(Article.date.asc(nulls="LAST"), Article.id, Quote.start)
        return [{"text": q.text, "kind": q.kind, "role": q.role, "cue": q.cue,
                 "start": q.start, "end": q.end, "confidence": q.confidence,
                 "article": {"id": q.article.external_id, "title": q.article.title,
                             "date": q.article.date, "url": q.article.url}}
                for q in rows]

    def to_dict(self):
        """All sections as one dict (the JSON report)."""
        return {**self.identity(), "roles": self.roles(), **self.counts(), **self.span(),
                "quote_list": self.quotes()}

    def render(self, fmt="md"):
        """The report as text in ``fmt``: ``md``, ``html`` or ``json``."""
        if fmt == "json":
            return to_json(self.to_dict(), indent=2) + "\n"
        if fmt == "md":
            return render_markdown(self.to_dict())
        if fmt == "html":
            return render_html(self.to_dict())
        raise ValueError(f"unknown report format {fmt!r}")


def _article_line(article):
    parts = [article["title"] or article["id"], str(article["date"] or "undated")]
    if article["url"]:
        parts.append(article["url"])
    return " · ".join(parts)


def _md(text):
    # Markdown has no full escape; keep a quote on its own blockquote line and inert as HTML.
    return html.escape(" ".join(str(text).split()), quote=False)


def render_markdown(data):
    """Markdown for a report dict (``SpeakerReport.to_dict``)."""
    lines = [f"# {_md(data['name'])}", "", f"*{data['kind']}*", ""]
    if data["aliases"]:
        lines += [f"**Also named:** {_md(', '.join(data['aliases']))}", ""]
    lines += [f"**Quotes:** {data['quotes']} in {data['articles']} article(s)",
              f"**First seen:** {data['first_seen'] or 'unknown'}  ",
              f"**Last seen:** {data['last_seen'] or 'unknown'}", ""]
    lines += ["## Roles", ""]
    lines += [f"- {_md(r['role'])} ({r['first_date'] or '?'} – {r['last_date'] or '?'})"
              for r in data["roles"]] or ["- none recorded"]
    lines += ["", "## Quotes", ""]
    for q in data["quote_list"]:
        lines += [f"> {_md(q['text'])}", "", f"— {q['kind']}, {_md(_article_line(q['article']))}", ""]
    if not data["quote_list"]:
        lines += ["No quotes stored.", ""]
    return "\n".join(lines)


def _e(value):
    return html.escape("" if value is None else str(value))


def render_html(data):
    """A self-contained HTML page for a report dict; every stored text is escaped."""
    roles = "".join(f"<li>{_e(r['role'])} ({_e(r['first_date'] or '?')} – {_e(r['last_date'] or '?')})</li>"
                    for r in data["roles"]) or "<li>none recorded</li>"
    quotes = []
    for q in data["quote_list"]:
        a = q["article"]
        title = _e(a["title"] or a["id"])
        if a["url"]:
            title = f'<a href="{_e(a["url"])}">{title}</a>'
        quotes.append(f"<blockquote>{_e(q['text'])}</blockquote>"
                      f"<p class=\"source\">{_e(q['kind'])} · {title} · {_e(a['date'] or 'undated')}</p>")
    aliases = f"<dt>Also named</dt><dd>{_e(', '.join(data['aliases']))}</dd>" if data["aliases"] else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(data['name'])} — quotetrack</title>
<style>{HTML_STYLE}</style>
</head>
<body>
<h1>{_e(data['name'])}</h1>
<p class="kind">{_e(data['kind'])}</p>
<dl>{aliases}<dt>Quotes</dt><dd>{data['quotes']} in {data['articles']} article(s)</dd>
<dt>First seen</dt><dd>{_e(data['first_seen'] or 'unknown')}</dd>
<dt>Last seen</dt><dd>{_e(data['last_seen'] or 'unknown')}</dd></dl>
<h2>Roles</h2>
<ul>{roles}</ul>
<h2>Quotes</h2>
{''.join(quotes) or '<p>No quotes stored.</p>'}
</body>
</html>
"""
