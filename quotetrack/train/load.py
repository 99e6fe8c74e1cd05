"""Load the NER pipelines that quotetrack ships (``quotetrack/resources/models/ner_<lang>``).

The engine calls ``load_ner(lang)`` and runs the pipeline on the sentences it cares about.
Docs must come from the returned pipeline's own ``make_doc`` (or its ``__call__``): the model
was trained on features (NORM, SHAPE...) computed by that vocab.
"""
import functools
from importlib import resources
from typing import Optional

import spacy
from spacy.language import Language

# Trained spaCy pipelines that may be installed next to quotetrack; better English NER.
INSTALLED_EN_PIPELINES = ("en_core_web_md", "en_core_web_sm")
# Entity labels meaning "a person" in the shipped models (PER) and spaCy's trained ones (PERSON).
PERSON_LABELS = frozenset({"PER", "PERSON"})
ORG_LABELS = frozenset({"ORG"})


def shipped_model_dir(lang: str):
    """The package resource folder of the shipped pipeline for ``lang`` (may not exist).

    Args:
        lang: ``"id"`` or ``"en"``.
    """
    return resources.files("quotetrack") / "resources" / "models" / f"ner_{lang}"


@functools.lru_cache(maxsize=None)
def load_ner(lang: str, prefer_installed: bool = False) -> Optional[Language]:
    """The NER pipeline for ``lang``, or None when none is shipped; loaded once, then cached.

    Entities come out as ``doc.ents`` with labels ``PER``, ``ORG``, ``LOC`` (the shipped
    models) or spaCy's OntoNotes labels (``PERSON``, ``ORG``, ``GPE``...) for an installed
    English pipeline.

    Args:
        lang: ``"id"`` or ``"en"``.
        prefer_installed: for English, return an installed ``en_core_web_md``/``_sm`` (NER
            only) when there is one; the shipped model otherwise.
    """
    if prefer_installed and lang == "en":
        for name in INSTALLED_EN_PIPELINES:
            if spacy.util.is_package(name):
                nlp = spacy.load(name)
                # Keep what NER depends on (its tok2vec listener source), drop the rest.
                keep = {"ner", "tok2vec"}
                nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in keep])
                return nlp
    model_dir = shipped_model_dir(lang)
    if not model_dir.joinpath("meta.json").is_file():
        return None
    with resources.as_file(model_dir) as path:
        # The saved tokenizer is spaCy's default for the language, which the config rebuilds
        # anyway; reading its ~25k Indonesian exceptions a second time costs seconds.
        return spacy.load(path, exclude=["tokenizer"])
