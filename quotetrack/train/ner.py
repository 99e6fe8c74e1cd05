"""Train the small PER/ORG/LOC taggers that quotetrack ships, for Indonesian and English.

Readers turn each corpus whose license lets a trained model ship into ``TaggedSentence``
records (gold tokens plus BIO tags in our label set); ``train_ner`` builds a blank spaCy
pipeline with one small ``ner`` component, trains it with fixed seeds, scores it on held-out
data and saves it with ``scores.json``. Run ``python -m quotetrack.train.ner --help``.
"""
import csv
import json
import os
import random
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterable, Iterator, List, NamedTuple, Optional, Sequence, Tuple

if __name__ == "__main__":  # pragma: no cover - the command line shares 2 cores: one BLAS thread
    for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
        os.environ.setdefault(_var, "1")

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, minibatch
from thinc.api import Adam

from quotetrack.errors import QuotetrackError

LABELS = ("PER", "ORG", "LOC")
LANGS = ("id", "en")

# Source label -> ours. Anything not listed becomes "O".
IDNER_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
NERGRIT_LABELS = {"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC"}
# GMB "gpe" is demonyms ("Iraqi", "British"), i.e. NORP, not places: left out on purpose.
GMB_LABELS = {"per": "PER", "org": "ORG", "geo": "LOC"}
GUM_LABELS = {"person": "PER", "organization": "ORG", "place": "LOC"}

# GMB and GUM put titles inside person spans ("President Bosch"); the Indonesian sets and the
# engine keep titles out, so leading titles are cut from English person spans.
EN_TITLES = frozenset(
    "mr. mr mrs. mrs ms. ms miss dr. dr prof. professor president vice prime minister secretary "
    "secretary-general general gen. senator sen. representative rep. congressman congresswoman "
    "governor gov. mayor king queen prince princess pope chancellor premier judge justice chief "
    "foreign defense defence interior finance state home cardinal archbishop bishop rev. reverend "
    "ayatollah sheikh mullah imam colonel col. lieutenant lt. captain capt. major maj. sergeant "
    "sgt. commander admiral adm. marshal ambassador envoy spokesman spokeswoman chairman "
    "chairwoman deputy sir lord lady dame emir sultan crown first former acting opposition "
    "leader director head executive commissioner spokesperson administrator mp u.s. u.n. us un".split())
_TITLE_LINKS = frozenset({"of", "the", "-"})

# Held-out GUM news articles (GUM's own dev + test documents).
GUM_TEST_DOCS = ("GUM_news_homeopathic", "GUM_news_iodine", "GUM_news_nasa", "GUM_news_sensitive")
GUM_UPSAMPLE = 3  # GUM is modern news but small; seen three times per epoch next to GMB
GMB_TEST_FRACTION = 0.10  # the last 10% of GMB sentences (by index) are held out ...
GMB_DEV_FRACTION = 0.03  # ... and the 3% before them pick the best epoch

DEFAULT_EPOCHS = {"id": 15, "en": 4}  # best dev epochs: 12 of 30 (id); 4 of 4 (en, capped by time)


class TrainingDataError(QuotetrackError):
    """A training corpus is missing or cannot be parsed: names the file and the reason."""


class TaggedSentence(NamedTuple):
    """One sentence of gold tokens with BIO tags in our label set (``B-PER``, ``I-ORG``, ``O``)."""

    words: Tuple[str, ...]
    tags: Tuple[str, ...]


# ---------------------------------------------------------------------------------------------
# Readers: each takes an iterable of lines, so tests can feed inline samples.


def map_bio(tags: Sequence[str], label_map: Dict[str, str]) -> Tuple[str, ...]:
    """Map IOB2 ``tags`` through ``label_map`` and repair the result to valid BIO.

    Args:
        tags: source tags such as ``B-PERSON``, ``I-geo``, ``O``.
        label_map: source label -> our label; labels not in it become ``O``.
    """
    out: List[str] = []
    for tag in tags:
        prefix, _, label = tag.partition("-")
        ours = label_map.get(label) if prefix in ("B", "I") else None
        if ours is None:
            out.append("O")
        elif prefix == "I" and out and out[-1] != "O" and out[-1][2:] == ours:
            out.append("I-" + ours)
        else:
            # A stray I- (after O or another label) starts a new entity.
            out.append("B-" + ours)
    return tuple(out)


def _read_columns(lines: Iterable[str], sep: Optional[str], tag_column: int,
                  label_map: Dict[str, str], origin: str) -> Iterator[TaggedSentence]:
    words: List[str] = []
    tags: List[str] = []
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if not line.strip():
            if words:
                yield TaggedSentence(tuple(words), map_bio(tags, label_map))
                words, tags = [], []
            continue
        columns = line.split(sep)
        if len(columns) <= tag_column:
            raise TrainingDataError(f"{origin}:{number}: expected {tag_column + 1} columns, got {line!r}")
        words.append(columns[0])
        tags.append(columns[tag_column])
    if words:
        yield TaggedSentence(tuple(words), map_bio(tags, label_map))


def read_idner(lines: Iterable[str], origin: str = "idner-news-2k") -> Iterator[TaggedSentence]:
    """Read idner-news-2k: ``TOKEN UPOS TAG`` lines, one space apart, blank line between sentences.

    Args:
        lines: the file's lines.
        origin: names the source in error messages.
    """
    return _read_columns(lines, " ", 2, IDNER_LABELS, origin)


def read_nergrit(lines: Iterable[str], origin: str = "nergrit") -> Iterator[TaggedSentence]:
    """Read NERGrit (IndoNLU): ``TOKEN<TAB>TAG`` lines, blank line between sentences.

    Args:
        lines: the file's lines.
        origin: names the source in error messages.
    """
    return _read_columns(lines, "\t", 1, NERGRIT_LABELS, origin)


def strip_titles(words: Sequence[str], tags: Sequence[str], titles: frozenset = EN_TITLES) -> Tuple[str, ...]:
    """Cut leading titles ("President", "Secretary of State", "Mr.") out of person spans.

    A span that is nothing but titles is dropped. Returns the new tags.

    Args:
        words: the sentence's tokens.
        tags: BIO tags in our label set.
        titles: lower-cased title words.
    """
    out = list(tags)
    i = 0
    while i < len(out):
        if out[i] != "B-PER":
            i += 1
            continue
        end = i + 1
        while end < len(out) and out[end] == "I-PER":
            end += 1
        cut = i
        while cut < end and (words[cut].lower() in titles or (cut > i and words[cut].lower() in _TITLE_LINKS)):
            cut += 1
        while cut > i and words[cut - 1].lower() in _TITLE_LINKS:  # "Secretary of" + name: keep "of" out
            cut -= 1
        if cut > i:
            for k in range(i, cut):
                out[k] = "O"
            if cut < end:
                out[cut] = "B-PER"
        i = end
    return tuple(out)


def read_gmb(lines: Iterable[str], origin: str = "gmb") -> Iterator[TaggedSentence]:
    """Read the GMB extract (``ner_dataset.csv``: ``Sentence #,Word,POS,Tag``, already decoded).

    "Sentence: N" marks a sentence's first row. Titles are cut from person spans.

    Args:
        lines: the decoded CSV lines (open the file with ``encoding="cp1252", newline=""``).
        origin: names the source in error messages.
    """
    words: List[str] = []
    tags: List[str] = []
    rows = csv.reader(lines)
    header = next(rows, None)
    if header is None or [h.strip() for h in header[:4]] != ["Sentence #", "Word", "POS", "Tag"]:
        raise TrainingDataError(f"{origin}: expected the header 'Sentence #,Word,POS,Tag', got {header!r}")
    for number, row in enumerate(rows, 2):
        if len(row) < 4:
            raise TrainingDataError(f"{origin}:{number}: expected 4 fields, got {row!r}")
        if row[0].strip() and words:
            yield _gmb_sentence(words, tags)
            words, tags = [], []
        words.append(row[1])
        tags.append(row[3])
    if words:
        yield _gmb_sentence(words, tags)


def _gmb_sentence(words: List[str], tags: List[str]) -> TaggedSentence:
    return TaggedSentence(tuple(words), strip_titles(words, map_bio(tags, GMB_LABELS)))


_ENTITY_PIECE = re.compile(r"\((\d+)-([^()]*)|(\d+)\)|\)")
_NAME_LINKS = frozenset({"of", "the", "and", "&", "for", "de", "-", "'s"})


def read_gum(lines: Iterable[str], origin: str = "gum") -> Iterator[Tuple[str, TaggedSentence]]:
    """Read GUM CoNLL-U with CorefUD entities and derive NER spans; yields ``(doc_id, sentence)``.

    GUM marks every mention (full NPs, pronouns). A person/organization/place mention becomes
    a name span when its head is a proper noun (PROPN or NNP): the run of proper nouns around
    the head (joined across "of"/"the"/"&" for organisations and places), or a name in
    apposition to a nominal head ("the Crown prosecutor, Mark Tedeschi"); persons start after
    the last title or nested place/organisation ("NASA Administrator Charles Bolden").

    Args:
        lines: the file's lines.
        origin: names the source in error messages.
    """
    doc_id = ""
    rows: List[List[str]] = []
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if line.startswith("# newdoc id ="):
            doc_id = line.split("=", 1)[1].strip()
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if rows:
                yield doc_id, _gum_sentence(rows, f"{origin}:{number}")
                rows = []
        else:
            columns = line.split("\t")
            if len(columns) != 10:
                raise TrainingDataError(f"{origin}:{number}: expected 10 CoNLL-U columns, got {len(columns)}")
            if "-" in columns[0] or "." in columns[0]:
                continue  # multiword-token ranges and empty nodes: the words carry the entities
            rows.append(columns)
    if rows:
        yield doc_id, _gum_sentence(rows, origin)


def _gum_sentence(rows: List[List[str]], origin: str) -> TaggedSentence:
    words = [r[1] for r in rows]
    opened: Dict[str, List[Tuple[int, str]]] = {}
    mentions: List[Tuple[int, int, str]] = []
    for i, row in enumerate(rows):
        entity = next((m[len("Entity="):] for m in row[9].split("|") if m.startswith("Entity=")), "")
        this_token: List[str] = []
        for piece in _ENTITY_PIECE.finditer(entity):
            if piece.group(1):
                etype = piece.group(2).split("-", 1)[0]
                opened.setdefault(piece.group(1), []).append((i, etype))
                this_token.append(piece.group(1))
                continue
            ident = piece.group(3) or (this_token.pop() if this_token else None)
            if ident is None or not opened.get(ident):
                raise TrainingDataError(f"{origin}: unbalanced entity brackets in {entity!r}")
            start, etype = opened[ident].pop()
            if etype in GUM_LABELS:
                mentions.append((start, i + 1, etype))
    spans = []
    for start, end, etype in mentions:
        inner = {k for s, e, t in mentions if t != "person" and start <= s and e <= end for k in range(s, e)}
        name = _gum_name(rows, start, end, etype, inner)
        if name:
            spans.append((name[0], name[1], GUM_LABELS[etype]))
    tags = ["O"] * len(words)
    taken = [False] * len(words)
    # Nested names ("Donald Brandt" inside "the Donald Brandt administration"): longest first.
    for start, end, label in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if any(taken[start:end]):
            continue
        tags[start] = "B-" + label
        for k in range(start + 1, end):
            tags[k] = "I-" + label
        taken[start:end] = [True] * (end - start)
    return TaggedSentence(tuple(words), tuple(tags))


def _gum_name(rows: Sequence[Sequence[str]], start: int, end: int, etype: str,
              inner: frozenset = frozenset()) -> Optional[Tuple[int, int]]:
    words = [r[1] for r in rows]
    runs: List[List[int]] = []
    for k in range(start, end):
        if rows[k][3] == "PROPN" or rows[k][4] in ("NNP", "NNPS"):  # "United" is VERB/NNP
            if runs and runs[-1][1] == k:
                runs[-1][1] = k + 1
            elif (runs and etype != "person" and all(w.lower() in _NAME_LINKS for w in words[runs[-1][1]:k])
                  and k - runs[-1][1] <= 2):
                runs[-1][1] = k + 1  # "University of Texas", "Bill & Melinda Gates Foundation"
            else:
                runs.append([k, k + 1])
    if not runs:
        return None
    head = _span_head(rows, start, end)
    run = next((r for r in runs if r[0] <= head < r[1]), None)
    if run is None:
        # A nominal head with the name in apposition: "the Crown prosecutor, Mark Tedeschi".
        run = next((r for r in runs if rows[_span_head(rows, r[0], r[1])][7] == "appos"
                    and rows[_span_head(rows, r[0], r[1])][6] == rows[head][0]), None)
    if run is None:
        return None
    run_start, run_end = run
    if etype == "person":
        if words[run_end - 1].lower() in EN_TITLES or all(rows[k][4] == "NNPS" for k in range(run_start, run_end)):
            return None  # "the Ottawa MP", "Texans": a nominal or a group, not a name
        # "NASA Administrator Charles Bolden", "Governor of Washington Chris Gregoire": the name
        # starts after the last title or place/organisation inside the mention.
        cut = max((k for k in range(run_start, run_end) if words[k].lower() in EN_TITLES or k in inner),
                  default=run_start - 1)
        run_start = cut + 1
    return run_start, run_end


def _span_head(rows: Sequence[Sequence[str]], start: int, end: int) -> int:
    """The index of the first token in ``rows[start:end]`` whose syntactic head lies outside it."""
    inside = {rows[k][0] for k in range(start, end)}
    return next((k for k in range(start, end) if rows[k][6] not in inside), start)


# ---------------------------------------------------------------------------------------------
# Data sets per language.


@dataclass
class NerData:
    """Training, model-selection and held-out sentences for one language."""

    train: List[TaggedSentence]
    dev: List[TaggedSentence]
    tests: Dict[str, List[TaggedSentence]]
    sources: List[str] = field(default_factory=list)


def _open(path: Path, encoding: str = "utf-8"):
    if not path.is_file():
        raise TrainingDataError(f"{path}: missing (is --data the shared data folder?)")
    return path.open(encoding=encoding, newline="")


def load_ner_data(lang: str, data_dir) -> NerData:
    """Read the shippable corpora for ``lang`` from ``data_dir`` and split them.

    Indonesian: idner-news-2k train + NERGrit train; idner dev picks the epoch; held out are
    idner test and NERGrit valid. English: GMB (last 10% of sentences held out, the 3% before
    them pick the epoch) + GUM news (4 articles held out).

    Args:
        lang: ``"id"`` or ``"en"``.
        data_dir: the shared data folder (holding ``id_ner/`` and ``en_ner/``).
    """
    data = Path(data_dir)
    if lang == "id":
        idner, nergrit = data / "id_ner" / "idner_news_2k", data / "id_ner" / "nergrit"
        with _open(idner / "train.txt") as f:
            train = list(read_idner(f, str(f.name)))
        with _open(idner / "dev.txt") as f:
            dev = list(read_idner(f, str(f.name)))
        with _open(idner / "test.txt") as f:
            idner_test = list(read_idner(f, str(f.name)))
        with _open(nergrit / "train.txt") as f:
            train += read_nergrit(f, str(f.name))
        with _open(nergrit / "valid.txt") as f:
            nergrit_valid = list(read_nergrit(f, str(f.name)))
        return NerData(train, dev, {"idner-news-2k test": idner_test, "nergrit valid": nergrit_valid},
                       ["idner-news-2k", "nergrit"])
    if lang == "en":
        with _open(data / "en_ner" / "gmb" / "ner_dataset.csv", encoding="cp1252") as f:
            gmb = list(read_gmb(f, str(f.name)))
        # The CSV stops at Excel's row limit: the last sentence is cut off.
        if gmb and gmb[-1].words[-1] not in {".", "?", "!", '"'}:
            gmb.pop()
        test_start = int(len(gmb) * (1 - GMB_TEST_FRACTION))
        dev_start = int(len(gmb) * (1 - GMB_TEST_FRACTION - GMB_DEV_FRACTION))
        gum_train: List[TaggedSentence] = []
        gum_test: List[TaggedSentence] = []
        gum_files = sorted((data / "en_ner" / "gum_news").glob("GUM_news_*.conllu"))
        if not gum_files:
            raise TrainingDataError(f"{data / 'en_ner' / 'gum_news'}: no GUM_news_*.conllu files")
        for path in gum_files:
            with _open(path) as f:
                for doc_id, sentence in read_gum(f, str(path)):
                    (gum_test if doc_id in GUM_TEST_DOCS else gum_train).append(sentence)
        train = gmb[:dev_start] + gum_train * GUM_UPSAMPLE
        return NerData(train, gmb[dev_start:test_start],
                       {"gmb test": gmb[test_start:], "gum-news test": gum_test}, ["gmb", "gum-news"])
    raise TrainingDataError(f"unknown language {lang!r}: expected one of {', '.join(LANGS)}")


# ---------------------------------------------------------------------------------------------
# Pipeline, training, scoring.


@dataclass
class NerSettings:
    """The model's size and the training schedule; the defaults are what ships."""

    width: int = 64  # tok2vec width: the run time is mostly width**2 matrix products
    depth: int = 2  # convolution layers (each sees one token either side)
    maxout_pieces: int = 2  # per convolution layer
    embed_rows: Tuple[int, int, int, int] = (5000, 1000, 2500, 1000)  # NORM, PREFIX, SUFFIX, SHAPE
    hidden_width: int = 64  # the transition model's hidden layer
    epochs: Optional[int] = None  # None: DEFAULT_EPOCHS[lang]
    dropout: float = 0.1
    batch_start: float = 8.0
    batch_stop: float = 64.0
    learn_rate: float = 0.001
    seed: int = 0


def ner_model_config(settings: NerSettings) -> dict:
    """The ``ner`` component's model config: hash embeddings (no vectors) + a small CNN."""
    return {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": settings.hidden_width,
        "maxout_pieces": 2,
        "use_upper": True,
        "nO": None,
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {
                "@architectures": "spacy.MultiHashEmbed.v2",
                "width": settings.width,
                # SHAPE ("Xxxxx") carries capitalisation, which is most of what marks a name.
                "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
                "rows": list(settings.embed_rows),
                "include_static_vectors": False,
            },
            "encode": {
                "@architectures": "spacy.MaxoutWindowEncoder.v2",
                "width": settings.width,
                "depth": settings.depth,
                "window_size": 1,
                "maxout_pieces": settings.maxout_pieces,
            },
        },
    }


def build_pipeline(lang: str, settings: NerSettings = NerSettings()) -> Language:
    """A blank ``lang`` pipeline with one untrained ``ner`` component.

    Args:
        lang: a spaCy language code (``"id"``, ``"en"``).
        settings: model size.
    """
    nlp = spacy.blank(lang)
    ner = nlp.add_pipe("ner", config={"model": ner_model_config(settings)})
    for label in LABELS:
        ner.add_label(label)
    return nlp


def to_examples(nlp: Language, sentences: Iterable[TaggedSentence]) -> List[Example]:
    """Gold ``Example`` objects on the corpus tokens (the reference carries the entities)."""
    examples = []
    for sentence in sentences:
        predicted = Doc(nlp.vocab, words=list(sentence.words))
        reference = Doc(nlp.vocab, words=list(sentence.words), ents=list(sentence.tags))
        examples.append(Example(predicted, reference))
    return examples


def score_ner(nlp: Language, sentences: Sequence[TaggedSentence]) -> dict:
    """Exact-span precision/recall/F1 (percent), overall and per label, on ``sentences``."""
    scores = nlp.evaluate(to_examples(nlp, sentences))
    per_type = scores.get("ents_per_type") or {}
    result = {"sentences": len(sentences),
              "overall": {"p": _pct(scores["ents_p"]), "r": _pct(scores["ents_r"]), "f": _pct(scores["ents_f"])}}
    for label in LABELS:
        s = per_type.get(label, {"p": 0.0, "r": 0.0, "f": 0.0})
        result[label] = {"p": _pct(s["p"]), "r": _pct(s["r"]), "f": _pct(s["f"])}
    return result


def _pct(value: Optional[float]) -> float:
    return round(100.0 * (value or 0.0), 2)


def train_pipeline(nlp: Language, train: Sequence[TaggedSentence], dev: Sequence[TaggedSentence],
                   settings: NerSettings, epochs: int,
                   log: Callable[[str], None] = lambda message: None) -> Tuple[int, dict]:
    """Train ``nlp``'s ``ner`` in place and keep the epoch that scores best on ``dev``.

    Returns ``(best_epoch, best_dev_scores)``. Deterministic for a given ``settings.seed``.

    Args:
        nlp: a pipeline from ``build_pipeline``.
        train: training sentences.
        dev: sentences that pick the best epoch.
        settings: schedule and seed.
        epochs: passes over ``train``.
        log: called with one progress line per epoch.
    """
    fix_random_seed(settings.seed)
    shuffler = random.Random(settings.seed)
    train_examples = to_examples(nlp, train)
    optimizer = Adam(learn_rate=settings.learn_rate, L2=0.01, grad_clip=1.0, use_averages=True)
    nlp.initialize(lambda: train_examples[:2000], sgd=optimizer)
    best_epoch, best_dev, best_bytes = 0, {"overall": {"f": -1.0}}, None
    for epoch in range(1, epochs + 1):
        started = time.perf_counter()
        shuffler.shuffle(train_examples)
        losses: Dict[str, float] = {}
        for batch in minibatch(train_examples, size=compounding(settings.batch_start, settings.batch_stop, 1.001)):
            nlp.update(batch, drop=settings.dropout, sgd=optimizer, losses=losses)
        with nlp.use_params(optimizer.averages):
            dev_scores = score_ner(nlp, dev)
            if dev_scores["overall"]["f"] > best_dev["overall"]["f"]:
                best_epoch, best_dev, best_bytes = epoch, dev_scores, nlp.get_pipe("ner").to_bytes()
        log(f"epoch {epoch:>3}  loss {losses.get('ner', 0.0):9.1f}  dev F {dev_scores['overall']['f']:6.2f}"
            f"  PER {dev_scores['PER']['f']:6.2f}  ORG {dev_scores['ORG']['f']:6.2f}"
            f"  ({time.perf_counter() - started:.0f}s)")
    if best_bytes is not None:
        nlp.get_pipe("ner").from_bytes(best_bytes)
    return best_epoch, best_dev


@dataclass
class NerTrainReport:
    """What ``train_ner`` did: where the model went and how it scored on held-out data."""

    lang: str
    out_dir: Path
    best_epoch: int
    epochs: int
    train_sentences: int
    dev: dict
    held_out: Dict[str, dict]
    seconds: float

    def as_dict(self) -> dict:
        """The report as JSON-ready data (what ``scores.json`` holds)."""
        return {"lang": self.lang, "best_epoch": self.best_epoch, "epochs": self.epochs,
                "train_sentences": self.train_sentences, "seconds": round(self.seconds),
                "dev": self.dev, "held_out": self.held_out}


def train_ner(lang: str, data_dir, out_dir, *, epochs: Optional[int] = None,
              settings: Optional[NerSettings] = None,
              log: Callable[[str], None] = lambda message: None) -> NerTrainReport:
    """Train, score and save the NER pipeline for ``lang``; returns the held-out scores.

    Writes ``out_dir`` with ``nlp.to_disk`` (config, meta.json, the ``ner`` weights) plus
    ``scores.json``. Same data and settings give the same model (fixed seeds).

    Args:
        lang: ``"id"`` or ``"en"``.
        data_dir: the shared data folder (holding ``id_ner/`` and ``en_ner/``).
        out_dir: where the pipeline goes, e.g. ``quotetrack/resources/models/ner_id``.
        epochs: passes over the training data (default ``DEFAULT_EPOCHS[lang]``).
        settings: model size and schedule (default ``NerSettings()``).
        log: called with progress lines (the CLI sends them to stderr).
    """
    settings = settings or NerSettings()
    epochs = epochs or settings.epochs or DEFAULT_EPOCHS.get(lang, 10)
    started = time.perf_counter()
    data = load_ner_data(lang, data_dir)
    log(f"{lang}: {len(data.train)} training, {len(data.dev)} dev sentences; "
        + ", ".join(f"{name} {len(s)}" for name, s in data.tests.items()))
    nlp = build_pipeline(lang, settings)
    best_epoch, dev_scores = train_pipeline(nlp, data.train, data.dev, settings, epochs, log)
    held_out = {name: score_ner(nlp, sentences) for name, sentences in data.tests.items()}
    report = NerTrainReport(lang, Path(out_dir), best_epoch, epochs, len(data.train), dev_scores, held_out,
                            time.perf_counter() - started)
    nlp.meta.update({
        "name": f"ner_{lang}",
        "version": "0.1.0",
        "description": f"quotetrack's small {lang} PER/ORG/LOC tagger (hash embeddings + CNN, no vectors)",
        "sources": data.sources,
        "license": "MIT (model); training data notices in quotetrack/resources/models/NOTICE.md",
        "spacy_version": ">=3.7.0,<3.9.0",  # the architectures used exist since 3.7 (setup.cfg's range)
        "performance": {"held_out": held_out},
    })
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _without_training_strings(nlp, lang, settings).to_disk(out)
    (out / "scores.json").write_text(json.dumps(report.as_dict(), indent=2) + "\n", encoding="utf-8")
    return report


def _without_training_strings(nlp: Language, lang: str, settings: NerSettings) -> Language:
    # The vocab holds every training word (most of a megabyte); the hash embeddings need none
    # of them, so the weights move into a fresh pipeline whose vocab has only the labels.
    fresh = spacy.blank(lang)
    fresh.add_pipe("ner", config={"model": ner_model_config(settings)}).from_bytes(nlp.get_pipe("ner").to_bytes(exclude=["vocab"]), exclude=["vocab"])
    fresh.meta.update(nlp.meta)
    return fresh


def format_scores(report: NerTrainReport) -> str:
    """Held-out precision/recall/F1 as a plain table, one row per test set and label."""
    lines = [f"{'held-out set':<20} {'label':<8} {'P':>6} {'R':>6} {'F':>6}"]
    for name, scores in report.held_out.items():
        for label in ("overall",) + LABELS:
            s = scores[label]
            lines.append(f"{name:<20} {label:<8} {s['p']:6.2f} {s['r']:6.2f} {s['f']:6.2f}")
    return "\n".join(lines)


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Command line: ``python -m quotetrack.train.ner --lang id --data ../shared/data --out DIR``."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(
        prog="python -m quotetrack.train.ner",
        description="Train quotetrack's NER pipeline for one language and print held-out scores.",
        epilog="Example: python -m quotetrack.train.ner --lang id --data ../shared/data "
               "--out quotetrack/resources/models/ner_id")
    parser.add_argument("--lang", required=True, choices=LANGS)
    parser.add_argument("--data", required=True, help="the shared data folder (holds id_ner/ and en_ner/)")
    parser.add_argument("--out", required=True, help="output folder for the pipeline")
    parser.add_argument("--epochs", type=int, default=None, help="passes over the training data")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args(argv)
    log = (lambda message: None) if args.quiet else (lambda message: print(message, file=sys.stderr, flush=True))
    try:
        report = train_ner(args.lang, args.data, args.out, epochs=args.epochs,
                           settings=NerSettings(seed=args.seed), log=log)
    except TrainingDataError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(format_scores(report))
    log(f"best epoch {report.best_epoch}/{report.epochs}; saved to {report.out_dir} "
        f"in {report.seconds / 60:.1f} min")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
