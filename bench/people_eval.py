"""Person resolution, pairwise: do quotes of one gold identity share one stored person?

Gold articles go into a fresh SQLite store. By default their *gold* quotes are stored (the
engine is bypassed), so the numbers measure identity resolution alone; ``--engine`` runs
the real engine instead and keeps the stored quotes that overlap a gold quote and name its
speaker. Then, for every pair of quotes from different articles, "same gold identity"
(``speaker_key`` where the record has one, else the speaker's name key) is compared with
"same ``person_id``", and pairwise precision and recall are printed.

``strict`` counts every pair. ``decidable`` leaves out pairs the gold cannot settle: two
records without ``speaker_key`` whose names differ only by one holding the other's words
or a gold alias of the other (PolNeAR writes ``Trump``, ``Donald Trump`` and, by a conversion
slip, ``Maybe Trump`` with the alias ``Trump``: one person under three gold identities).

    python bench/people_eval.py                      # the five dev files under ../shared/gold/dev
    python bench/people_eval.py --engine --show-errors 10
    python bench/people_eval.py path/to/gold.jsonl ...
"""
import argparse
import itertools
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quotetrack.engine.quote import Quote as EngineQuote  # noqa: E402
from quotetrack.ingest import Article  # noqa: E402
from quotetrack.people import name_key  # noqa: E402
from quotetrack.store import open_database  # noqa: E402
from quotetrack.store.ingest import ingest_article  # noqa: E402
from quotetrack.store.models import Article as StoredArticle, Person, Quote  # noqa: E402

GOLD_DIR = ROOT.parent / "shared" / "gold" / "dev"
DEV_FILES = ("id_detik_dev.jsonl", "id_seed.jsonl", "id_pfsa_dev_sample.jsonl",
             "en_polnear_dev_sample.jsonl", "claims/articles.jsonl")


@dataclass(frozen=True)
class GoldQuote:
    article: str
    start: int
    end: int
    speaker: str
    identity: str
    keyed: bool
    names: frozenset  # name keys of the speaker and its aliases


@dataclass
class PairCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def line(self, label):
        return (f"{label:10} precision {self.precision:.4f}  recall {self.recall:.4f}  "
                f"(tp {self.tp}, fp {self.fp}, fn {self.fn})")


def read_gold(paths):
    """``(articles, gold quotes)`` from gold JSONL files; quotes without a speaker are left out."""
    articles, quotes = [], []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            articles.append(record)
            for q in record["quotes"]:
                if not q.get("speaker"):
                    continue
                key = q.get("speaker_key")
                names = {name_key(n) for n in [q["speaker"], *(q.get("speaker_aliases") or [])]}
                quotes.append(GoldQuote(record["id"], q["start"], q["end"], q["speaker"],
                                        key or name_key(q["speaker"]), bool(key), frozenset(names)))
    return articles, quotes


def to_article(record):
    return Article(id=record["id"], text=record["text"], date=record.get("date"), url=record.get("url"),
                   title=record.get("title"), lang=record.get("lang"), source=record.get("source"),
                   origin=record["id"])


def gold_engine_quotes(record):
    return [EngineQuote(q["start"], q["end"], q["text"], q["kind"], speaker=q["speaker"],
                        role=q.get("role"), cue=q.get("cue"), confidence=1.0,
                        speaker_aliases=list(q.get("speaker_aliases") or []))
            for q in record["quotes"] if q.get("speaker")]


def store(records, db_url, engine=False):
    """Ingest ``records`` into the database at ``db_url``; return the open database."""
    db = open_database(db_url)
    for record in records:
        quotes = None if engine else gold_engine_quotes(record)
        ingest_article(to_article(record), db, quotes=quotes)
    return db


def stored_person(gold, engine):
    """The ``person_id`` stored for a gold quote, or None; False if no stored quote matches it."""
    query = Quote.select(Quote.start, Quote.end, Quote.speaker, Quote.person).join(StoredArticle).where(
        StoredArticle.external_id == gold.article)
    if not engine:
        match = query.where((Quote.start == gold.start) & (Quote.end == gold.end)).first()
        return match.person_id if match else False
    for quote in query.where((Quote.start < gold.end) & (Quote.end > gold.start)):
        said = name_key(quote.speaker or "")
        # "Stored with the right speaker": the gold name or alias, or a word of it.
        if said and any(said == n or set(said.split()) <= set(n.split()) for n in gold.names):
            return quote.person_id
    return False


def undecidable(a, b):
    """True when the gold cannot tell: no keys, and a name of one holds a name of the other."""
    if a.keyed and b.keyed:
        return False
    for x, y in itertools.product(a.names | {a.identity}, b.names | {b.identity}):
        x, y = set(x.split()), set(y.split())
        if x and y and (x <= y or y <= x):
            return True
    return False


def score(golds, people):
    """``(strict, decidable, errors)`` over every cross-article pair of ``golds``."""
    strict, decidable, errors = PairCounts(), PairCounts(), Counter()
    for a, b in itertools.combinations(golds, 2):
        if a.article == b.article:
            continue
        same_gold = a.identity == b.identity
        pa, pb = people[a], people[b]
        same_person = pa is not None and pa == pb
        if not (same_gold or same_person):
            continue
        kinds = [strict] if undecidable(a, b) and not same_gold else [strict, decidable]
        for counts in kinds:
            if same_gold and same_person:
                counts.tp += 1
            elif same_person:
                counts.fp += 1
            else:
                counts.fn += 1
        if same_gold != same_person and len(kinds) == 2:
            label = "wrong merge" if same_person else "missed"
            errors[(label, *sorted([f"{a.speaker} [{a.identity}]", f"{b.speaker} [{b.identity}]"]))] += 1
    return strict, decidable, errors


def evaluate(paths, engine=False, db_url=None):
    """Run the evaluation over gold files ``paths``; return ``(strict, decidable, errors, info)``."""
    records, golds = read_gold(paths)
    with tempfile.TemporaryDirectory() as tmp:
        db = store(records, db_url or f"sqlite:///{tmp}/people_eval.sqlite3", engine)
        try:
            people = {g: stored_person(g, engine) for g in golds}
            kept = [g for g in golds if people[g] is not False]
            info = {"articles": len(records), "gold quotes": len(golds), "quotes scored": len(kept),
                    "people stored": Person.select().where(Person.kind == "person").count()}
            strict, decidable, errors = score(kept, people)
        finally:
            db.close()
    return strict, decidable, errors, info


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="gold JSONL files (default: the dev files)")
    parser.add_argument("--engine", action="store_true", help="extract with the real engine")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N",
                        help="list the N most frequent wrong merges and misses")
    args = parser.parse_args(argv)
    paths = args.paths or [GOLD_DIR / f for f in DEV_FILES]
    strict, decidable, errors, info = evaluate(paths, args.engine)
    print("files:", ", ".join(str(Path(p).relative_to(GOLD_DIR)) if GOLD_DIR in Path(p).parents
                              else str(p) for p in paths))
    print("mode:", "engine end to end" if args.engine else "gold speakers (engine bypassed)")
    print(", ".join(f"{k} {v}" for k, v in info.items()))
    print(strict.line("strict"))
    print(decidable.line("decidable"))
    for (label, a, b), n in errors.most_common(args.show_errors):
        print(f"  {n:5}  {label}: {a} / {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
