"""Measure what the shipped NER costs next to spaCy's bare tokenizer, per word and per sentence.

The engine's speed budget is a multiple of the bare tokenizer, so it runs NER only on the
sentences that need it; these numbers say how many it can afford. Run
``python -m quotetrack.train.speed --lang id --corpus ARTICLES.jsonl``.
"""
import json
import re
import time
from dataclasses import asdict, dataclass
from typing import List, Optional, Sequence

from spacy.language import Language

# Good enough to cut news text into sentence-sized pieces for timing (not for extraction).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“A-Z0-9])")


@dataclass
class NerSpeed:
    """Words per second of the bare tokenizer and of tokenizer + NER, and NER's cost per sentence."""

    articles: int
    words: int
    sentences: int
    tokenizer_words_per_s: float
    pipeline_words_per_s: float  # tokenizer + ner over whole articles
    ratio: float  # how many times slower than the bare tokenizer
    ner_us_per_sentence: float  # ner alone over sentence-sized docs, one at a time
    ner_words_per_s_sentences: float
    ner_us_per_sentence_batched: float  # ner.pipe over all sentence docs, 64 at a time
    tokenizer_us_per_sentence: float


def _best_of(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def measure_ner_speed(nlp: Language, texts: Sequence[str], repeat: int = 3) -> NerSpeed:
    """Time ``nlp.make_doc`` against ``nlp`` (tokenizer + ner) over ``texts``; best of ``repeat``.

    Args:
        nlp: a pipeline from ``quotetrack.train.load.load_ner``.
        texts: article texts.
        repeat: timing runs per measurement (the fastest counts; the vocab is warmed first).
    """
    docs = [nlp.make_doc(text) for text in texts]  # warms the vocab's lexeme cache
    words = sum(len(doc) for doc in docs)
    tokenizer_s = _best_of(repeat, lambda: [nlp.make_doc(text) for text in texts])
    pipeline_s = _best_of(repeat, lambda: list(nlp.pipe(texts, batch_size=32)))
    sentences: List[str] = [s for text in texts for s in _SENTENCE_END.split(text) if s.strip()]
    sentence_docs = [nlp.make_doc(s) for s in sentences]
    sentence_words = sum(len(doc) for doc in sentence_docs)
    ner = nlp.get_pipe("ner")
    # One sentence at a time, as the engine would call it on the sentences it selects.
    ner_s = _best_of(repeat, lambda: [ner(doc.copy()) for doc in sentence_docs])
    batched_s = _best_of(repeat, lambda: list(ner.pipe((doc.copy() for doc in sentence_docs), batch_size=64)))
    copy_s = _best_of(repeat, lambda: [doc.copy() for doc in sentence_docs])
    sentence_tok_s = _best_of(repeat, lambda: [nlp.make_doc(s) for s in sentences])
    ner_s = max(ner_s - copy_s, 1e-9)
    batched_s = max(batched_s - copy_s, 1e-9)
    return NerSpeed(
        articles=len(texts), words=words, sentences=len(sentences),
        tokenizer_words_per_s=round(words / tokenizer_s),
        pipeline_words_per_s=round(words / pipeline_s),
        ratio=round(pipeline_s / tokenizer_s, 1),
        ner_us_per_sentence=round(1e6 * ner_s / len(sentences), 1),
        ner_words_per_s_sentences=round(sentence_words / ner_s),
        ner_us_per_sentence_batched=round(1e6 * batched_s / len(sentences), 1),
        tokenizer_us_per_sentence=round(1e6 * sentence_tok_s / len(sentences), 1),
    )


def read_texts(path, limit: Optional[int] = None) -> List[str]:
    """The ``text`` field of each line of a JSONL article file, at most ``limit`` of them."""
    texts = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                texts.append(json.loads(line)["text"])
            if limit is not None and len(texts) >= limit:
                break
    return texts


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Command line: print one JSON object of ``NerSpeed`` numbers."""
    import argparse

    from quotetrack.train.load import load_ner

    parser = argparse.ArgumentParser(prog="python -m quotetrack.train.speed", description=__doc__.split("\n")[0])
    parser.add_argument("--lang", required=True, choices=("id", "en"))
    parser.add_argument("--corpus", required=True, help="JSONL articles with a 'text' field")
    parser.add_argument("--limit", type=int, default=200, help="articles to read")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    nlp = load_ner(args.lang)
    if nlp is None:
        parser.error(f"no shipped ner_{args.lang} model: train it with python -m quotetrack.train.ner")
    speed = measure_ner_speed(nlp, read_texts(args.corpus, args.limit), repeat=args.repeat)
    print(json.dumps({"lang": args.lang, **asdict(speed)}, indent=2))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
