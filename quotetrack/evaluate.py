"""Measure the engine on annotated articles with the shared scorer's matching rules.

A predicted quote matches a gold quote of the same article when their spans overlap with
Jaccard >= 0.5 (one-to-one, greedy by overlap); a speaker is right when it equals the gold
speaker or an alias after folding case, accents and punctuation; a role is right when
rapidfuzz's ``token_set_ratio`` of the folded strings is at least 80.
"""
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional

from rapidfuzz import fuzz

from quotetrack.engine.speakers import fold as fold_name

SPAN_JACCARD = 0.5
ROLE_MIN_RATIO = 80


def fold(name: Optional[str]) -> Optional[str]:
    """Fold case, accents and punctuation as the scorer does (None and empty become None)."""
    return fold_name(name) or None if name is not None else None


def jaccard(a, b) -> float:
    """Overlap of two ``(start, end)`` spans over their union."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def speaker_ok(pred: Optional[str], gold_quote: dict) -> Optional[bool]:
    """True/False for the speaker; None when the gold says the speaker is unknown."""
    if gold_quote.get("speaker_known") is False:
        return None
    gold = fold(gold_quote.get("speaker"))
    pred = fold(pred)
    if gold is None:
        return pred is None
    return pred in {gold} | {fold(a) for a in gold_quote.get("speaker_aliases", [])}


def role_ok(pred: Optional[str], gold: Optional[str]) -> Optional[bool]:
    """True/False for the role; None when the gold has no role."""
    if not gold:
        return None
    if not pred:
        return False
    return fuzz.token_set_ratio(fold(pred), fold(gold), processor=None) >= ROLE_MIN_RATIO


#: Words opening a gold speaker that is a description, not a name (``the president``, ``His lawyer``).
_DESCRIPTION_OPENERS = frozenset("the a an his her their its one another".split())


def speaker_error_kind(pred: Optional[str], gold_quote: dict, pred_role: Optional[str] = None) -> str:
    """Why a wrong speaker is wrong: ``fuller_name``, ``shorter_name``, ``named_for_description``,
    ``missing``, ``extra`` or ``other_source``.

    ``fuller_name`` means the predicted name is the gold one with words added and the same
    last word (``Danny Sandler`` against gold ``Sandler``); ``shorter_name`` the reverse.
    Both name the same source in another form. ``named_for_description`` means gold keeps a
    description (``the mayor``) whose head noun is in the role the engine gives the person it
    names (``Bill de Blasio``, role ``mayor``). GUIDELINES asks for the fullest name and
    resolves ``the minister said`` to the person, but annotators often keep the short form or
    the description, so these are counted apart from the errors that name another source or
    none at all.
    """
    pred_f = fold(pred)
    golds = [g for g in [fold(gold_quote.get("speaker"))] + [fold(a) for a in gold_quote.get("speaker_aliases", [])]
             if g]
    if pred_f is None:
        return "missing"
    if not golds:
        return "extra"
    pred_words = pred_f.split()
    for gold in golds:
        gold_words = gold.split()
        shorter, longer = sorted((pred_words, gold_words), key=len)
        if len(shorter) < len(longer) and shorter[-1] == longer[-1] and set(shorter) <= set(longer):
            return "fuller_name" if longer is pred_words else "shorter_name"
        if gold_words[0] in _DESCRIPTION_OPENERS and len(gold_words) > 1 \
                and gold_words[-1] in (fold(pred_role) or "").split():
            return "named_for_description"
    return "other_source"


@dataclass
class Scores:
    """Counts and rates for one slice (all, one language)."""

    gold: int = 0
    pred: int = 0
    span_tp: int = 0
    e2e_tp: int = 0
    attr_n: int = 0
    attr_tp: int = 0
    role_n: int = 0
    role_tp: int = 0

    @staticmethod
    def _rate(a, b):
        return round(a / b, 4) if b else 0.0

    @staticmethod
    def _f1(p, r):
        return round(2 * p * r / (p + r), 4) if p + r else 0.0

    def as_dict(self) -> dict:
        sp, sr = self._rate(self.span_tp, self.pred), self._rate(self.span_tp, self.gold)
        ep, er = self._rate(self.e2e_tp, self.pred), self._rate(self.e2e_tp, self.gold)
        out = {"gold": self.gold, "pred": self.pred, "span_p": sp, "span_r": sr, "span_f1": self._f1(sp, sr),
               "attribution_acc": self._rate(self.attr_tp, self.attr_n), "e2e_p": ep, "e2e_r": er,
               "e2e_f1": self._f1(ep, er)}
        if self.role_n:
            out["role_acc"] = self._rate(self.role_tp, self.role_n)
        return out


@dataclass
class Evaluation:
    """The result of ``evaluate``: totals, per-language scores and the errors with context."""

    total: Scores = field(default_factory=Scores)
    by_lang: Dict[str, Scores] = field(default_factory=lambda: defaultdict(Scores))
    errors: List[str] = field(default_factory=list)
    speaker_errors: Counter = field(default_factory=Counter)


def evaluate(gold_records: Iterable[dict], predictions: Dict[str, List[dict]], kinds=None) -> Evaluation:
    """Score predicted quotes (``{article_id: [quote dicts]}``) against gold records.

    Args:
        gold_records: records in the gold format (``id``, ``text``, ``quotes``, optional ``ignore``).
        predictions: the engine's quotes per article id, as ``Quote.to_dict()`` dicts.
        kinds: optional set of kinds to score on both sides (e.g. ``{"direct"}``).
    """
    result = Evaluation()
    for g in gold_records:
        aid, text = g["id"], g["text"]
        buckets = (result.total, result.by_lang[g.get("lang", "?")])
        gq = [q for q in g["quotes"] if not kinds or q.get("kind") in kinds]
        pq = [p for p in predictions.get(aid, [])
              if (not kinds or p.get("kind") in kinds)
              and not any(jaccard((p["start"], p["end"]), tuple(s[:2])) >= SPAN_JACCARD for s in g.get("ignore", []))]
        pairs = sorted(((jaccard((p["start"], p["end"]), (q["start"], q["end"])), i, j)
                        for i, p in enumerate(pq) for j, q in enumerate(gq)), reverse=True)
        used_p, used_g = set(), set()
        for overlap, i, j in pairs:
            if overlap < SPAN_JACCARD:
                break
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            p, q = pq[i], gq[j]
            ok = speaker_ok(p.get("speaker"), q)
            r = role_ok(p.get("role"), q.get("role"))
            for b in buckets:
                b.span_tp += 1
                b.e2e_tp += ok is not False
                if ok is not None:
                    b.attr_n += 1
                    b.attr_tp += ok
                if r is not None:
                    b.role_n += 1
                    b.role_tp += r
            if ok is False:
                result.speaker_errors[speaker_error_kind(p.get("speaker"), q, p.get("role"))] += 1
                result.errors.append(f"{aid}: speaker {p.get('speaker')!r} != {q.get('speaker')!r} :: "
                                     f"{text[q['start']:q['end']][:90]!r}")
            elif r is False:
                result.errors.append(f"{aid}: role {p.get('role')!r} != {q.get('role')!r} ({q.get('speaker')})")
        for b in buckets:
            b.gold += len(gq)
            b.pred += len(pq)
        for j, q in enumerate(gq):
            if j not in used_g:
                result.errors.append(f"{aid}: missed {q.get('kind')} by {q.get('speaker')!r} :: "
                                     f"{text[q['start']:q['end']][:90]!r}")
        for i, p in enumerate(pq):
            if i not in used_p:
                result.errors.append(f"{aid}: spurious by {p.get('speaker')!r} :: {text[p['start']:p['end']][:90]!r}")
    return result


def format_table(result: Evaluation) -> str:
    """The scorer's table: one row for all articles, then one per language."""
    lines = [f"{'set':6} {'gold':>5} {'pred':>5} {'span_p':>7} {'span_r':>7} {'span_f1':>7} {'attr':>6} "
             f"{'e2e_f1':>7} {'role':>6}"]
    for name, scores in [("all", result.total)] + sorted(result.by_lang.items()):
        s = scores.as_dict()
        lines.append(f"{name:6} {s['gold']:5} {s['pred']:5} {s['span_p']:7.3f} {s['span_r']:7.3f} {s['span_f1']:7.3f} "
                     f"{s['attribution_acc']:6.3f} {s['e2e_f1']:7.3f} {s.get('role_acc', float('nan')):6.3f}")
    if result.speaker_errors:
        lines.append(format_speaker_errors(result))
    return "\n".join(lines)


def format_speaker_errors(result: Evaluation) -> str:
    """One line splitting the wrong speakers by kind (see ``speaker_error_kind``)."""
    e = result.speaker_errors
    n = result.total.attr_n
    same_source = e["fuller_name"] + e["named_for_description"]
    same_ok = (result.total.attr_tp + same_source) / n if n else 0.0
    return (f"speaker errors: {e['other_source']} another source, {e['missing']} none given, "
            f"{e['extra']} given where gold has none, {e['shorter_name']} shorter than the gold name, "
            f"{e['fuller_name']} fuller than the gold name, {e['named_for_description']} named where gold "
            f"keeps a description (attribution counting those two as right: {same_ok:.3f})")
