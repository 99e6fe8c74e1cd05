"""The model half of the engine: a trained NER that tells a person's name from a title.

The rules ask only one question of the model: which part of this short phrase is a
person's name? The pipeline is small and runs only on cue phrases, never on whole
articles, to keep the engine within a few times the cost of tokenising.
"""
from functools import lru_cache
from typing import Callable, Optional

#: Phrases whose NER result is remembered (the same speaker phrase recurs within a batch).
CACHE_SIZE = 4096


@lru_cache(maxsize=None)
def person_finder(lang: str) -> Optional[Callable]:
    """Return ``f(text, start, end) -> [(start, end), ...]`` of PERSON spans, or None without a model.

    Uses the shipped pipeline for ``lang`` (and, for English, a trained spaCy pipeline such
    as ``en_core_web_sm`` when one is installed).
    """
    from quotetrack.train.load import load_ner
    nlp = load_ner(lang, prefer_installed=True)
    return _make_finder(nlp) if nlp is not None else None


@lru_cache(maxsize=None)
def installed_person_finder(lang: str) -> Optional[Callable]:
    """The finder of an installed trained spaCy pipeline (English only), or None.

    The engine uses one by default when it is there: it is better than the rules at the
    phrases they leave unresolved. The small shipped pipelines are used only on request.
    """
    if lang != "en":
        return None
    import spacy

    from quotetrack.train.load import INSTALLED_EN_PIPELINES, load_ner
    if not any(spacy.util.is_package(name) for name in INSTALLED_EN_PIPELINES):
        return None
    finder = _make_finder(load_ner(lang, prefer_installed=True))
    finder.strong = True  # asked first, before the rules (see MentionParser.chunk)
    return finder


def _make_finder(nlp) -> Callable:
    cache = {}

    def find(text: str, start: int, end: int):
        key = text[start:end]
        found = cache.get(key)
        if found is None:
            if len(cache) >= CACHE_SIZE:
                cache.clear()
            doc = nlp(key)
            found = cache[key] = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("PER", "PERSON")]
        return [(start + s, start + e) for s, e in found]

    return find
