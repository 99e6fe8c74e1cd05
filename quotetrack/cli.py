"""The ``quotetrack`` command: a thin click shell over the Python API.

Each command parses its options, calls one library function and renders the rows with
``quotetrack.output``. Library errors arrive typed and leave as one friendly line.
"""
import gc
import sys
from contextlib import contextmanager

import click

from quotetrack import __version__
from quotetrack.errors import AmbiguousPerson, QuotetrackError, ReadError, UnknownPerson
from quotetrack.output import output_options, output_rows

LANG_CHOICES = ("auto", "id", "en")
EXTRACT_TABLE_COLUMNS = ("id", "lang", "kind", "speaker", "role", "cue", "start", "end", "text")
QUOTE_TABLE_COLUMNS = ("date", "article_id", "speaker", "role", "kind", "text")
DATE = click.DateTime(formats=["%Y-%m-%d"])


@contextmanager
def friendly_errors():
    """Turn quotetrack's typed errors into ``ClickException`` saying what to try next."""
    try:
        yield
    except UnknownPerson as e:
        raise click.ClickException(f"{e}; list stored people with: quotetrack people") from e
    except AmbiguousPerson as e:
        first_id = e.candidates[0][0]
        raise click.ClickException(f"{e}; pass an id instead, e.g. quotetrack report {first_id}") from e
    except QuotetrackError as e:
        raise click.ClickException(str(e)) from e


def db_option(command):
    """``--db URL``: which database to use (see ``quotetrack.store.database_url``)."""
    return click.option(
        "--db", "db_url", metavar="URL",
        help="Database URL, e.g. sqlite:///db/quotetrack.sqlite3 or postgresql://user@host/name. "
             "Default: $QUOTETRACK_DB, else sqlite:///db/quotetrack.sqlite3 (relative to the "
             "current directory).")(command)


def lang_option(command):
    return click.option(
        "--lang", type=click.Choice(LANG_CHOICES), default="auto", show_default=True,
        help="Article language; auto uses each record's 'lang' or detects it.")(command)


def encoding_option(command):
    return click.option(
        "--encoding", metavar="NAME", help="Text encoding of the input files (default UTF-8).")(command)


def _open(db_url, migrate):
    from quotetrack.store import open_database
    with friendly_errors():
        return open_database(db_url, migrate=migrate)


def _freeze_after_loading(items):
    """Yield ``items``; after each article that made the engine load a language (its lexicons and
    spaCy tokenizer: some 100,000 objects that live to the end of the run), collect once and
    freeze what is alive (``gc.freeze``), so that the collector's full passes skip them (a few
    per cent of a long run). The commands do this, not the library: a program that imports the
    engine keeps its own collector settings.
    """
    from quotetrack.engine.lexicon import get_lexicon

    loaded = get_lexicon.cache_info().currsize
    for item in items:
        yield item  # the caller extracts the article before it asks for the next item
        now = get_lexicon.cache_info().currsize
        if now > loaded:
            loaded = now
            gc.collect()
            gc.freeze()


def _report_error(item):
    click.echo(f"error: {item.origin}: {item.reason}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotetrack")
def main():
    """Who said what, where, in which role: quote attribution for Indonesian and English news.

    \b
    Example:
        quotetrack ingest fixtures/articles/
        quotetrack quotes --person Blinken
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@lang_option
@encoding_option
@click.option("--ner/--no-ner", "use_ner", default=None,
              help="Also ask the shipped NER pipelines for names the rules cannot find (slower to start; "
                   "default: only an installed trained English spaCy pipeline).")
@output_options(default="jsonl")
def extract(paths, lang, encoding, use_ner, fmt):
    """Print the attributed quotes of articles (no database).

    PATHS are .txt, .jsonl or .html files, directories of them, or - for stdin. The jsonl
    format prints one {"id", "lang", "quotes"} object per article. Unreadable items are
    reported on stderr as "error: <item>: <reason>" and the rest go on; the exit code is 1
    when any item failed.

    \b
    Example:
        quotetrack extract fixtures/articles/founding.jsonl --format table
        echo '"Kami siap," kata Budi Santoso.' | quotetrack extract -
    """
    from quotetrack.extract import extract_records
    from quotetrack.ingest import read_paths

    failed = 0

    def records():
        nonlocal failed
        items = _freeze_after_loading(read_paths(paths, encoding))
        for record in extract_records(items, None if lang == "auto" else lang, use_ner):
            if isinstance(record, ReadError):
                failed += 1
                _report_error(record)
            else:
                yield record

    if fmt in ("jsonl", "json"):
        output_rows(records(), fmt, ("id", "lang", "quotes"))
    else:
        rows = ({"id": r["id"], "lang": r["lang"], **q} for r in records() for q in r["quotes"])
        output_rows(rows, fmt, EXTRACT_TABLE_COLUMNS)
    if failed:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@lang_option
@encoding_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line.")
def ingest(paths, db_url, lang, encoding, quiet):
    """Extract quotes from articles and store them, skipping articles already stored.

    PATHS are .txt, .jsonl or .html files, directories of them, or - for stdin. Each article
    is stored whole or not at all. Progress and a summary go to stderr; the exit code is 1
    when any item failed.

    \b
    Example:
        quotetrack ingest fixtures/articles/ --db sqlite:///db/demo.sqlite3
    """
    from quotetrack.ingest import read_paths
    from quotetrack.store import ingest_articles

    db = _open(db_url, migrate=True)
    items = _freeze_after_loading(read_paths(paths, encoding))
    forced = None if lang == "auto" else lang
    try:
        if quiet:
            report = ingest_articles(items, db, forced)
        else:
            with click.progressbar(items, label="Ingesting", file=sys.stderr, show_pos=True) as bar:
                report = ingest_articles(bar, db, forced)
    finally:
        db.close()
    for origin, reason in report.failed:
        click.echo(f"error: {origin}: {reason}", err=True)
    if not quiet:
        click.echo(report.summary(), err=True)
    if report.failed:
        sys.exit(1)


@main.command()
@db_option
@click.option("--person", metavar="NAME", help="Quotes of the people this name (or any part of it) matches.")
@click.option("--text", metavar="WORDS", help="Quotes containing all these words.")
@click.option("--since", type=DATE, help="Articles dated on or after YYYY-MM-DD.")
@click.option("--until", type=DATE, help="Articles dated on or before YYYY-MM-DD.")
@click.option("--limit", type=click.IntRange(min=1), help="At most N quotes.")
@output_options(default="table")
def quotes(db_url, person, text, since, until, limit, fmt):
    """Search stored quotes by speaker, words and article date.

    \b
    Example:
        quotetrack quotes --person Blinken --since 2024-01-01 --format jsonl
        quotetrack quotes --text "harga beras"
    """
    from quotetrack.store import search_quotes
    from quotetrack.store.queries import QUOTE_COLUMNS

    _open(db_url, migrate=False)
    with friendly_errors():
        rows = search_quotes(person=person, text=text, since=since and since.date(),
                             until=until and until.date(), limit=limit)
    output_rows(rows, fmt, QUOTE_TABLE_COLUMNS if fmt == "table" else QUOTE_COLUMNS)


class PeopleGroup(click.Group):
    """``people`` runs ``people list`` when the first word is not one of its subcommands."""

    def parse_args(self, ctx, args):
        if not args or (args[0] not in self.commands and args[0] not in ("-h", "--help")):
            args = ["list", *args]
        return super().parse_args(ctx, args)


@main.group(cls=PeopleGroup)
def people():
    """Speakers across articles: list and search them, show one, correct identities by hand.

    `quotetrack people [QUERY]` is `quotetrack people list [QUERY]`. Manual decisions
    (merge, split, alias add) are stored and survive new articles and `people rebuild`.

    \b
    Example:
        quotetrack people Blinken
        quotetrack people show "Antony Blinken"
        quotetrack people merge "Antony Blinken" "Tony Blinken"
    """


@people.command("list")
@click.argument("query", required=False)
@db_option
@click.option("--limit", type=click.IntRange(min=1), help="At most N people.")
@output_options(default="table")
def list_people_command(query, db_url, limit, fmt):
    """List stored speakers with their kind, roles and quote counts, most quoted first.

    QUERY keeps only people one of whose names matches it (any alias, a whole word of
    one, or fuzzily for misspellings).

    \b
    Example:
        quotetrack people
        quotetrack people list Blinken --format json
    """
    from quotetrack.store import list_people
    from quotetrack.store.queries import PEOPLE_COLUMNS

    _open(db_url, migrate=False)
    with friendly_errors():
        rows = list_people(query, limit=limit)
    output_rows(rows, fmt, PEOPLE_COLUMNS)


@people.command()
@click.argument("person")
@db_option
@output_options(default="table")
def show(person, db_url, fmt):
    """Show one person: names, roles over time with their articles, merge evidence, decisions.

    PERSON is an id or a name. Evidence rows say which rule joined which name, with its score.

    \b
    Example:
        quotetrack people show "Antony Blinken"
        quotetrack people show 12 --format json
    """
    from quotetrack.store import get_person
    from quotetrack.store.queries import (
        ALIAS_COLUMNS, DECISION_COLUMNS, EVIDENCE_COLUMNS, ROLE_COLUMNS, person_details,
    )

    _open(db_url, migrate=False)
    with friendly_errors():
        details = person_details(get_person(person))
    if fmt in ("json", "jsonl"):
        output_rows([details], fmt, ())
        return
    click.echo(f"{details['name']} (id {details['id']}, {details['kind']}): "
               f"{details['quotes']} quotes in {details['articles']} articles")
    for title, key, columns in (("Names", "aliases", ALIAS_COLUMNS), ("Roles", "roles", ROLE_COLUMNS),
                                ("Evidence", "evidence", EVIDENCE_COLUMNS),
                                ("Decisions", "decisions", DECISION_COLUMNS)):
        if details[key]:
            click.echo(f"\n{title}")
            output_rows(details[key], fmt, columns)


def _decide(db_url, action, *args):
    # Open the database and apply one manual decision; return the line to print.
    db = _open(db_url, migrate=False)
    with friendly_errors():
        try:
            return action(db, *args)
        finally:
            db.close()


@people.command()
@click.argument("keep")
@click.argument("other")
@db_option
@click.option("--note", help="Why; kept with the decision.")
def merge(keep, other, db_url, note):
    """Merge person OTHER into KEEP: quotes, names and roles move; OTHER is removed.

    KEEP and OTHER are ids or names. OTHER's names stay with KEEP for later articles.

    \b
    Example:
        quotetrack people merge "Antony Blinken" "Tony Blinken" --note "same person"
    """
    from quotetrack import people as identity
    from quotetrack.store import get_person

    def action(db):
        kept = identity.merge_people(db, get_person(keep), get_person(other), note)
        return f"merged into {kept.name} (id {kept.id})"

    click.echo(_decide(db_url, action), err=True)


@people.command()
@click.argument("person")
@click.option("--alias", "alias_name", required=True, metavar="NAME", help="The name to split off.")
@db_option
@click.option("--note", help="Why; kept with the decision.")
def split(person, alias_name, db_url, note):
    """Give one name of PERSON (and the quotes under it) a person of its own.

    Later articles using that name no longer join PERSON.

    \b
    Example:
        quotetrack people split 12 --alias "Budi"
    """
    from quotetrack import people as identity
    from quotetrack.store import get_person

    def action(db):
        new = identity.split_person(db, get_person(person), alias_name, note)
        return f"{new.name} is now id {new.id}"

    click.echo(_decide(db_url, action), err=True)


@people.group()
def alias():
    """Manage the names of a person by hand.

    \b
    Example:
        quotetrack people alias add 12 "Tony Blinken"
    """


@alias.command("add")
@click.argument("person")
@click.argument("name")
@db_option
@click.option("--note", help="Why; kept with the decision.")
def alias_add(person, name, db_url, note):
    """Add NAME as a name of PERSON (an id or a name); later mentions of NAME join PERSON.

    \b
    Example:
        quotetrack people alias add "Antony Blinken" "Tony Blinken"
    """
    from quotetrack import people as identity
    from quotetrack.store import get_person

    def action(db):
        who = get_person(person)
        identity.add_alias(db, who, name, note)
        return f"{name} added to {who.name} (id {who.id})"

    click.echo(_decide(db_url, action), err=True)


@people.command()
@db_option
def rebuild(db_url):
    """Resolve every stored speaker again with the current rules, then replay manual decisions.

    \b
    Example:
        quotetrack people rebuild --db sqlite:///db/quotetrack.sqlite3
    """
    from quotetrack import people as identity

    def action(db):
        return f"{identity.rebuild_people(db)} people after rebuilding"

    click.echo(_decide(db_url, action), err=True)


@main.command()
@click.argument("person")
@db_option
@click.option("--format", "fmt", type=click.Choice(("md", "html", "json")), default="md",
              show_default=True, help="Report format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default="-",
              help="Write the report to FILE instead of stdout.")
def report(person, db_url, fmt, output):
    """Report on one speaker: names, roles, counts, first/last seen and every quote.

    PERSON is a name, part of a name, or a person id from `quotetrack people`.

    \b
    Example:
        quotetrack report "Antony Blinken" --format html -o blinken.html
    """
    from quotetrack.reports import SpeakerReport
    from quotetrack.store import get_person

    _open(db_url, migrate=False)
    with friendly_errors():
        text = SpeakerReport(get_person(person)).render(fmt)
    with click.open_file(output, "w", encoding="utf-8") as out:
        out.write(text)


@main.group()
def db():
    """Manage the database schema.

    \b
    Example:
        quotetrack db migrate --db postgresql://quotetrack@localhost/quotetrack
    """


@db.command()
@db_option
def migrate(db_url):
    """Apply pending numbered migrations from db/migrations/ in order.

    \b
    Example:
        quotetrack db migrate --db sqlite:///db/quotetrack.sqlite3
    """
    from quotetrack.store import apply_migrations, connect_database

    with friendly_errors():
        db = connect_database(db_url)
        try:
            applied = apply_migrations(db)
        finally:
            db.close()
    for name in applied:
        click.echo(f"applied {name}", err=True)
    click.echo(f"{len(applied)} migration(s) applied; the schema is up to date", err=True)


@main.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--kinds", metavar="KINDS", help="Comma-separated kinds to score (e.g. direct); others are ignored on both sides.")
@click.option("--lang", type=click.Choice(LANG_CHOICES), default="auto", show_default=True,
              help="Force the article language; auto uses each record's 'lang' or detects it.")
@click.option("--show-errors", "show_errors", type=int, default=0, metavar="N",
              help="Also print the first N errors (missed, spurious, wrong speaker or role) with context.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def evaluate(gold, kinds, lang, show_errors, as_json):
    """Measure the engine on your own annotated articles (gold JSONL with quotes).

    Runs the engine on every record of GOLD and prints span precision/recall/F1,
    attribution accuracy, end-to-end F1 and role accuracy with the same matching rules as
    the shared scorer (span Jaccard >= 0.5; folded speaker names; role token-set ratio >= 80).
    A last line splits the wrong speakers by kind: another source, none given, one given
    where the gold has none, or a shorter or fuller form of the gold name (`Danny Sandler`
    against gold `Sandler` is fuller).

    \b
    Example:
        quotetrack evaluate fixtures/articles/founding.jsonl --show-errors 10
        quotetrack evaluate my_gold.jsonl --kinds direct --json
    """
    import json

    from quotetrack.evaluate import evaluate as score, format_table
    from quotetrack.extract import extract_records
    from quotetrack.ingest import read_paths

    with open(gold, encoding="utf-8") as f:
        try:
            records = [json.loads(line) for line in f if line.strip()]
        except json.JSONDecodeError as e:
            raise click.ClickException(f"{gold}: broken JSON line ({e.msg})") from e
    if not records or not all(isinstance(r, dict) and "quotes" in r and "text" in r for r in records):
        raise click.ClickException(f"{gold}: every line must be a gold record with 'text' and 'quotes'")
    predictions = {}
    for record in extract_records(read_paths([gold]), None if lang == "auto" else lang):
        if isinstance(record, ReadError):
            _report_error(record)
        else:
            predictions[record["id"]] = record["quotes"]
    result = score(records, predictions, set(kinds.split(",")) if kinds else None)
    if as_json:
        click.echo(json.dumps({"all": result.total.as_dict(),
                               "by_lang": {k: v.as_dict() for k, v in result.by_lang.items()},
                               "speaker_errors": dict(result.speaker_errors)}))
        return
    for line in result.errors[:show_errors]:
        click.echo(line)
    click.echo(format_table(result))


@main.group()
def train():
    """Train the engine's models from data whose license allows shipping them.

    \b
    Example:
        quotetrack train ner --lang id --data ../shared/data --out quotetrack/resources/models/ner_id
    """


@train.command("ner")
@click.option("--lang", type=click.Choice(["id", "en"]), required=True, help="Which language's pipeline to train.")
@click.option("--data", "data_dir", type=click.Path(exists=True, file_okay=False), required=True,
              help="The data folder holding id_ner/ and en_ner/ (e.g. ../shared/data).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), required=True,
              help="Where to save the pipeline (quotetrack/resources/models/ner_<lang> to ship it).")
@click.option("--epochs", type=int, default=None, help="Passes over the training data (default per language).")
@click.option("--quiet", is_flag=True, help="No progress on stderr.")
def train_ner_command(lang, data_dir, out_dir, epochs, quiet):
    """Train the small PER/ORG/LOC tagger and print its held-out scores.

    Indonesian trains on idner-news-2k and NERGrit, English on GMB and GUM news (the
    sets whose licenses allow shipping the model); the held-out precision, recall and F1
    per label are printed at the end and saved in OUT/scores.json.

    \b
    Example:
        quotetrack train ner --lang id --data ../shared/data --out /tmp/ner_id
    """
    from quotetrack.train.ner import TrainingDataError, format_scores, train_ner

    log = (lambda message: None) if quiet else (lambda message: click.echo(message, err=True))
    try:
        report = train_ner(lang, data_dir, out_dir, epochs=epochs, log=log)
    except TrainingDataError as e:
        raise click.ClickException(str(e)) from e
    click.echo(format_scores(report))
