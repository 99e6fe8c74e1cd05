#!/usr/bin/env python3
"""Recipe for ``quotetrack/resources/confidence.json``: how often each rule is right.

    python bench/calibrate_confidence.py [--write]

Runs the engine over the dev gold sets beside the checkout and, per language and per rule
that attributed a quote (``direct-named``, ``indirect-pronoun`` …), counts how often the
quote is right end to end (span matched with Jaccard >= 0.5 and the speaker right). The
confidence of a rule is that rate with add-one smoothing, so a quote's ``confidence`` is an
estimate of the chance it is right. ``--write`` stores the table the engine reads.
"""
import argparse
import json
from collections import defaultdict
from pathlib import Path

from quotetrack.engine import extract_quotes
from quotetrack.evaluate import SPAN_JACCARD, jaccard, speaker_ok

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent.parent / "shared" / "gold" / "dev"
OUT = HERE.parent / "quotetrack" / "resources" / "confidence.json"
#: (gold file, kinds scored): PFSA-ID annotates direct quotes only.
SETS = [("id_detik_dev.jsonl", None), ("id_pfsa_dev.jsonl", {"direct"}), ("en_polnear_dev.jsonl", None)]


def tally(path, kinds):
    counts = defaultdict(lambda: [0, 0])
    with open(path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            for q in extract_quotes(record["text"], record.get("lang")):
                if kinds and q.kind not in kinds:
                    continue
                span = (q.start, q.end)
                if any(jaccard(span, tuple(s[:2])) >= SPAN_JACCARD for s in record.get("ignore", [])):
                    continue  # the corpus left it unannotated: neither right nor wrong
                best = max(record["quotes"], key=lambda g: jaccard(span, (g["start"], g["end"])), default=None)
                right = best is not None and jaccard(span, (best["start"], best["end"])) >= SPAN_JACCARD \
                    and speaker_ok(q.speaker, best) is not False
                key = (record.get("lang", "id"), q.rule)
                counts[key][0] += right
                counts[key][1] += 1
    return counts


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(HERE.parent)}")
    args = ap.parse_args(argv)
    totals = defaultdict(lambda: [0, 0])
    for name, kinds in SETS:
        for key, (right, n) in tally(GOLD / name, kinds).items():
            totals[key][0] += right
            totals[key][1] += n
    table = defaultdict(dict)
    print(f"{'lang':4} {'rule':24} {'n':>6} {'right':>6} {'confidence':>10}")
    for (lang, rule), (right, n) in sorted(totals.items()):
        table[lang][rule] = round((right + 1) / (n + 2), 2)
        print(f"{lang:4} {rule:24} {n:6} {right:6} {table[lang][rule]:10.2f}")
    if args.write:
        OUT.write_text(json.dumps({"_about": __doc__.splitlines()[0] + " Made by bench/calibrate_confidence.py.",
                                   **table}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
