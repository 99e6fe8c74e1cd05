"""The attribution pipeline: paragraphs -> quote marks -> sentences -> cues -> speakers.

One ``Extractor`` reads one article from top to bottom, so that pronouns and short names
resolve against what came before, exactly as a reader does. Rules are general patterns of
each language, read from the lexicons; the trained NER (when present) only helps to tell a
name from the title in front of it.
"""
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable, List, Optional, Tuple

from quotetrack.engine.language import detect_language
from quotetrack.engine.lexicon import Lexicon, get_lexicon
from quotetrack.engine.marks import QuoteSpan, find_quote_spans
from quotetrack.engine.quote import DIRECT, INDIRECT, MIXED, Quote
from quotetrack.engine.segment import ABBREVIATIONS, Sentence, find_body_end, paragraphs, split_sentences
from quotetrack.engine.speakers import (
    ANAPHOR, NAME, ORG_CONNECTORS, PREPOSITIONS, PRONOUN, SOURCE_NOUNS, ArticlePeople, Entity, Mention, MentionParser, tokens)
from quotetrack.engine.speakers import _NAME_TITLES_ID

#: A direct quote with no cue and fewer words than this is a title or a scare quote.
MIN_UNATTRIBUTED_WORDS = 8
#: An indirect reported clause needs at least this many words.
MIN_CLAUSE_WORDS = 3
#: Longest subject phrase (in tokens) read before a cue verb.
MAX_SUBJECT_TOKENS = 16
#: "call" verbs: they report words only around a quotation ("called the plan “a disaster”").
_NAMING_CUES_EN = frozenset("call calls called calling".split())
#: Prepositions opening an English sentence before its subject ("In Iowa, Cruz told …").
_EN_OPENING_PREPS = frozenset("in at on after before during at speaking while".split())
#: How far (in tokens) after a cue verb a complementizer (``bahwa``/``that``) may stand.
MAX_ADVERBIAL_TOKENS = 14

#: Confidence of a rule with no calibrated value (a rule new since the last calibration).
DEFAULT_CONFIDENCE = 0.5


@lru_cache(maxsize=None)
def rule_confidence(lang: str) -> dict:
    """How often each rule is right in ``lang``, measured on the dev sets.

    The table is made by ``bench/calibrate_confidence.py`` (add-one smoothed rate of quotes
    right end to end per rule) and shipped as ``resources/confidence.json``.
    """
    table = json.loads(resources.files("quotetrack.resources").joinpath("confidence.json").read_text("utf-8"))
    return table.get(lang, {})

_PREP_ID = frozenset("pada di kepada dalam saat usai seusai ketika melalui lewat dengan dari usai kala sesaat "
                     "sebelum setelah sesudah selepas kemarin senin selasa rabu kamis jumat sabtu minggu".split())
_TRAIL_PUNCT = " \t.;:"
#: Words that make a phrase a clause (a predicate), not a noun phrase: the test for weak cues.
_PREDICATE_ID = frozenset("akan telah sudah adalah merupakan tidak tak bisa dapat harus perlu masih sedang belum "
                          "jadi menjadi ada sangat lebih mampu mau ingin boleh wajib bukan".split())
_PREDICATE_EN = frozenset("is are was were will would has have had could should can may might must did does do "
                          "be been being isn't wasn't won't didn't doesn't don't can't couldn't".split())
#: Prepositions of place and origin: a capitalised word after one is a place or an organisation.
_PLACE_PREPOSITIONS = frozenset("di ke in at".split())
_WORD = re.compile(r"\w+(?:-\w+)*")
_ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$")
_CAP_RUN = re.compile(r"[A-Z][\w'’\-]*\.?\s+(?:[A-Z(][\w'’\-)]*\.?\s*)+")
#: Where a reported clause ends before the sentence does: a semicolon, or a coordinated clause
#: with a subject pronoun of its own.
_CLAUSE_BREAK = {
    "en": re.compile(r";|,\s+(?:and|but|while)\s+(?:he|she|they|it|the)\b|,\s+(?:adding|saying|noting|according)\b"),
    "id": re.compile(r";|,\s+(?:dan|tetapi|namun|sedangkan|sementara)\s+(?:dia|ia|mereka|beliau)\b"),
}
_DETERMINERS_EN = frozenset("the a an his her their its my our your this these those every each any no".split())
#: Time words that may stand between an English cue verb and its clause ("said Thursday he would").
_DAYS_EN = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_TIME_EN = _DAYS_EN | frozenset("yesterday today tonight earlier later recently previously week weekend month year "
                                "morning afternoon evening night".split())
_TIME_LEAD_EN = frozenset("on last this late early earlier next".split())
#: Words opening a subordinate clause or an adverbial phrase: "[As X spoke], he said, “…”".
_SUBORDINATORS_EN = frozenset("as after while when whenever before since if although though because until once "
                              "at in on during for with by".split())
#: English verbs of saying whose subject is a source whatever it is ("participants said").
_SAY_EN = frozenset("say says said tell tells told".split())
_PASSIVE_SUBJECTS = frozenset(
    "hal fakta keputusan pernyataan informasi penjelasan kabar keterangan itu demikian ini tersebut".split())


@dataclass
class _Span:
    """A (start, end) pair with the two methods of a regex match the rules use."""

    s: int
    e: int

    def start(self):
        return self.s

    def end(self):
        return self.e


@dataclass
class _Pending:
    """A quote found, waiting for the final pass that fills in the entity's fullest name."""

    quote: Quote
    entity: Optional[Entity]


def extract_quotes(text: str, lang: Optional[str] = None, find_people: Optional[Callable] = None,
                   use_ner: Optional[bool] = None) -> List[Quote]:
    """Find every attributed statement in ``text`` with its speaker, role and cue.

    Args:
        text: the article text; offsets in the result point into it.
        lang: ``id`` or ``en``; detected from the text when None or ``auto``.
        find_people: optional NER hook ``f(text, start, end) -> [(start, end)]`` of persons,
            asked only for capitalised speaker phrases in which the rules find no name.
        use_ner: with no ``find_people``: True uses the shipped NER pipeline as that hook;
            None (the default) uses an installed trained English spaCy pipeline when there
            is one and no model otherwise; False uses none. The shipped pipelines are not on
            by default: on the dev sets they do not yet beat the rules, and loading the
            Indonesian one costs seconds.

    Returns:
        Quotes sorted by start offset.
    """
    if not text or not text.strip():
        return []
    if lang in (None, "", "auto"):
        lang = detect_language(text)
    lex = get_lexicon(lang)
    if find_people is None and use_ner is not False:
        from quotetrack.engine.ner import installed_person_finder, person_finder
        find_people = person_finder(lang) if use_ner else installed_person_finder(lang)
    return Extractor(text, lex, find_people).run()


class Extractor:
    """Reads one article in order and collects its quotes."""

    def __init__(self, text: str, lex: Lexicon, find_people: Optional[Callable] = None):
        self.text = text
        self.lex = lex
        self._clause_break = _CLAUSE_BREAK[lex.lang]
        self.confidence = rule_confidence(lex.lang)
        self._word_index = None
        self._hits_key, self._hits = None, []
        self.parser = MentionParser(lex, find_people)
        self.people = ArticlePeople(lex, clean_name=self._trim_institution_words)
        self.found: List[_Pending] = []
        self.prev_paragraph_quoted: Optional[Entity] = None

    # -- driver --------------------------------------------------------------------------
    def run(self) -> List[Quote]:
        text, lex = self.text, self.lex
        body_end = find_body_end(text, lex)
        prev_sentence: Optional[Sentence] = None
        for para in paragraphs(text, lex, body_end):
            spans = find_quote_spans(text, para.start, para.end)
            para.sentences = split_sentences(text, para, [(s.open, s.outer_end) for s in spans])
            para_speaker = None
            para_unattributed: List[QuoteSpan] = []
            by_sentence = []
            for sent in para.sentences:
                in_sent = [s for s in spans if sent.start <= s.open < sent.end]
                speaker = self._sentence(sent, in_sent, para, prev_sentence, para_unattributed)
                para_speaker = speaker or para_speaker
                if speaker is not None:
                    by_sentence.append((sent.start, speaker))
                prev_sentence = sent
            if para_unattributed and para_speaker is not None:
                # "“A.” “B,” katanya.": quotes of a paragraph share its one attributed speaker.
                for span in para_unattributed:
                    ent = para_speaker
                    if lex.lang == "en" and len({id(e) for _, e in by_sentence}) > 1:
                        # "“…,” said A. “…” B said …: “…”": a quote goes on the words of the
                        # nearest speaker before it in the paragraph.
                        before = [e for at, e in by_sentence if at <= span.open]
                        ent = before[-1] if before else by_sentence[0][1]
                    self._emit_direct(span, ent, None, "direct-paragraph")
            self.prev_paragraph_quoted = para_speaker if (spans or para_speaker) else None
        return self._finish()

    def _finish(self) -> List[Quote]:
        for ent in self.people.entities:
            self._trim_by_short_forms(ent)
        out = []
        for item in self.found:
            q, ent = item.quote, item.entity
            if ent is not None:
                q.speaker = ent.name
                q.role = ent.role if ent.kind == "person" else None
                q.speaker_type = ent.kind
                q.speaker_aliases = list(dict.fromkeys(ent.aliases))
            else:
                q.confidence = min(q.confidence, 0.3)
            out.append(q)
        out.sort(key=lambda q: (q.start, q.end))
        return out

    def _trim_institution_words(self, name: str, role: Optional[str] = None) -> str:
        """Drop leading words of a name that the article also uses for a place or organisation.

        In ``Ketua KPU Indramayu Nurhadi`` the rules cannot tell where the title ends; but
        elsewhere the article writes ``di Indramayu`` or ``Pantau Gambut menilai …``. A leading
        word (or run of words) counts as the title's when, elsewhere and not followed by the
        rest of the name, it follows a preposition of place or an institution word, or is
        followed by another capitalised word; never when it stands next to a speech cue there
        (``kata Bambang``), which marks a person.
        """
        words = name.split()
        head = role.split()[-1].lower() if role and role.split() else ""
        if head in self.lex.org_heads and len(words) >= 2 and words[0][:1].isupper():
            # "Kepala Puskesmas Margadana Wahidin": a word like "Puskesmas" is always followed
            # by the institution's own name, so the first word after it is not the person's.
            words = words[1:]
        while len(words) >= 2 and words[0][:1].isupper():
            cut = self._independent_prefix(words)
            if not cut:
                break
            words = words[cut:]
        return " ".join(words)

    def _trim_by_short_forms(self, ent: Entity):
        """Cut leading words that are dictionary words when the article's short form starts later.

        ``Lion Air Group Danang Mandala Prihantoro`` later called ``Danang``: the words before
        ``Danang`` are ordinary (English or Indonesian) words, so they end the title, not
        begin the name. A given name before the short form (``Andreas`` in ``Andreas Hugo
        Pareira`` called ``Hugo``) is not a dictionary word and stays.
        """
        if ent.kind != "person" or not ent.aliases or self.lex.lang != "id":
            return  # English refers back by surname: "Glen Kopp" … "Kopp said" keeps the given name
        words = ent.name.split()
        folded = [fold_word(w) for w in words]
        starts = [folded.index(fold_word(a.split()[0])) for a in ent.aliases
                  if a.split() and fold_word(a.split()[0]) in folded]
        if not starts or min(starts) == 0:
            return
        cut = min(starts)
        lex = self.lex
        while cut and fold_word(words[cut - 1]) in _NAME_TITLES_ID:
            cut -= 1  # "Association Lalu Kusnawan" called "Kusnawan": "Lalu" is his title, not the organisation's
        if not all(len(w) > 2 and (lex.is_english_word(w) or lex.is_common_word(w) or lex.is_role_word(w) or lex.is_place(w))
                   for w in words[:cut]):  # initials ("M Fikser") are part of the name
            # Otherwise cut only the leading words that show themselves as an institution's:
            # a word the article uses on its own elsewhere (``Bappenas``), a role word or a
            # numeral (``Angkasa Pura II``).
            k = 0
            while k < cut and (lex.is_role_word(words[k]) or (k > 0 and _ROMAN.match(words[k]))
                               or (len(words[k]) > 2 and self._used_apart(words[k], words[k + 1]))):
                k += 1
            cut = k
        if cut:
            ent.name = " ".join(words[cut:])
            dropped = " ".join(words[:cut])
            if ent.roles:
                at, role = min(ent.roles)
                ent.roles[ent.roles.index((at, role))] = (at, f"{role} {dropped}")
            else:
                ent.roles.append((0, dropped))

    def _used_apart(self, word: str, nxt: str) -> bool:
        """True when the article writes capitalised ``word`` inside a sentence, after a lower-case
        word and before no other capitalised word: ``Bappenas`` in ``Kepala Bappenas Suharso
        Monoarfa`` is also ``… data Bappenas menunjukkan``. Indonesian only: English first names
        recur on their own (``Donald J. Trump``)."""
        if self.lex.lang != "id":
            return False
        text, lex = self.text, self.lex
        for pos in self._positions(word):
            prev = tokens(text, max(0, pos - 30), pos)
            nxt_tok = tokens(text, pos + len(word), min(len(text), pos + len(word) + 30))
            if not prev or not nxt_tok:
                continue
            p, n = prev[-1][0], nxt_tok[0][0]
            low_p = p.lower()
            org_context = low_p in lex.institution_words and low_p not in lex.titles and p[:1].isupper()
            if not (p[:1].islower() or org_context) or p in lex.post_cues or p in lex.pre_cues or p in lex.according_to:
                continue  # sentence start, "kata Ahmad": a person's name; "Desa Sukamaju": a place
            if n[:1].isupper() or n == nxt:
                continue  # "Ahmad Riza": another person's name
            return True
        return False

    def _positions(self, word: str) -> List[int]:
        """Offsets where ``word`` stands as a whole word in the article (remembered per word)."""
        if self._word_index is None:
            self._word_index = {}
        found = self._word_index.get(word)
        if found is None:
            text, found, i = self.text, [], self.text.find(word)
            while i >= 0:
                end = i + len(word)
                if (i == 0 or not text[i - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
                    found.append(i)
                i = text.find(word, i + 1)
            self._word_index[word] = found
        return found

    def _independent_prefix(self, words) -> int:
        """How many leading ``words`` the article uses on their own as a place or organisation."""
        lex, text = self.lex, self.text
        for size in range(min(3, len(words) - 1), 0, -1):
            prefix = " ".join(words[:size])
            rest = words[size]
            for pos in self._positions(words[0]):
                m_end = pos + len(prefix)
                if text[pos:m_end] != prefix or (m_end < len(text) and (text[m_end].isalnum() or text[m_end] == "_")):
                    continue
                m = _Span(pos, m_end)
                after = text[m.end():m.end() + 80]
                if after.lstrip().startswith(rest):
                    continue  # the name itself
                before = tokens(text, max(0, m.start() - 40), m.start())
                prev = before[-1][0] if before else ""
                nxt = tokens(text, m.end(), min(len(text), m.end() + 40))
                nxt_word = nxt[0][0] if nxt else ""
                low_prev = prev.lower()
                if low_prev in lex.post_cues or low_prev in lex.pre_cues or nxt_word.lower() in lex.pre_cues \
                        or low_prev in lex.according_to or nxt_word.lower() in lex.post_cues:
                    return 0  # "kata Bambang", "Bambang mengatakan": a person's name
                if low_prev in _PLACE_PREPOSITIONS or (low_prev in lex.institution_words and low_prev not in lex.titles
                                                       and low_prev not in lex.ranks and prev[:1].isupper()):
                    return size
                if size >= 2 and nxt_word[:1].isalpha() and nxt_word not in words:
                    return size  # "Pantau Gambut menilai": the organisation acting on its own
        return 0

    # -- one sentence ----------------------------------------------------------------------
    def _sentence(self, sent: Sentence, spans: List[QuoteSpan], para, prev_sentence, unattributed) -> Optional[Entity]:
        """Attribute the direct quotes and indirect clauses of one sentence; return its speaker."""
        text = self.text
        self._observe_names(sent, spans, para)
        self._subject_salience(sent, spans)
        speaker = None
        consumed = set()
        # Indirect and mixed first: a quote inside a reported clause belongs to the clause.
        for pending in self._indirect(sent, spans, prev_sentence):
            q = pending.quote
            for i, s in enumerate(spans):
                if q.start <= s.open and s.outer_end <= q.end + 1:
                    consumed.add(i)
            speaker = pending.entity or speaker
        for i, span in enumerate(spans):
            if i in consumed:
                continue
            gap_after_end = spans[i + 1].open if i + 1 < len(spans) else sent.end
            if i + 1 == len(spans) and span.outer_end >= sent.end - 1 and self.lex.lang == "en":
                # "“…?” Biden said.": the sentence split after the closing mark; the cue follows.
                nxt = next((s for s in para.sentences if s.start >= sent.end), None)
                if nxt is not None:
                    gap_after_end = nxt.end
            gap_before_start = spans[i - 1].outer_end if i > 0 else sent.start
            ent = self._direct(span, gap_before_start, gap_after_end, sent, para, i)
            if ent is not None:
                speaker = ent
            elif not self._is_short(span) or (self.lex.lang == "en" and span.open == sent.start
                                              and text[span.start:span.end].rstrip()[-1:] in ".?!"):
                unattributed.append(span)  # a quoted sentence, however short, is someone's words
        return speaker

    def _observe_names(self, sent: Sentence, spans: List[QuoteSpan], para=None):
        """Register people named in passing (``Kepala Kampung Lantipo, Henky Yasel, menyambut``).

        Every run of capitalised words outside quotes is read as ``title + name``; a run that
        follows a title-like run and a comma takes that run as its role.
        """
        text = self.text
        if self._title_case(sent):
            return  # a headline in Title Case names nothing reliably
        prev = None
        for m in _CAP_RUN.finditer(text, sent.start, sent.end):
            if self._inside_quote(m.start(), spans):
                continue
            end = m.end()
            while end > m.start() and (text[end - 1].isspace() or text[end - 1] in ".,"):
                end -= 1
            mention = self.parser.chunk(text, m.start(), end)
            if mention is None or mention.kind != NAME:
                prev = mention if mention is not None and m.end() < sent.end else None
                continue
            between = text[prev.end:m.start()] if prev is not None else ""
            if prev is not None and between.strip() == "," and (prev.kind in ("title", "organisation") or prev.kind == NAME):
                if mention.role is None or self.lex.is_role_word(mention.role.split()[0]) is False or \
                        all(w.lower().strip(".") in self.lex.ranks for w in (mention.role or "").split()):
                    mention.role = prev.text  # "Kapolsek Purwodadi, AKP Siswanto"
            if mention.role is None and self.lex.lang == "en":
                mention.role = self._title_before(sent.start, mention.start)
            self.people.observe(mention, mention.start, introduced=self._introduced_here(sent, mention, para) and self._titled(mention))
            prev = mention

    def _titled(self, mention: Mention) -> bool:
        """A name given with a title: ``Ketua PHRI Ayu Lestari``."""
        role = (mention.role or "").split()
        return bool(role) and role[0].lower() in self.lex.titles

    def _introduced_here(self, sent: Sentence, mention: Mention, para=None) -> bool:
        """Whether the sentence introduces the person of ``mention`` as its subject or as the
        object of a presenting verb (``Acara itu dihadiri …``, ``Salah satunya adalah …``).

        Before the subject may stand a short opener ending in a comma (``Menyikapi hal itu,``)
        and, at a paragraph start, a Kompas run-in subhead (``Kawal kotak suara Kepala …``).
        """
        if self.lex.lang != "id":
            return False
        ws = tokens(self.text, sent.start, mention.start)
        if not ws or ws[-1][0].lower() in _PRESENTING:
            return True
        lex = self.lex
        commas = [k for k, w in enumerate(ws) if w[0] == ","]
        if commas and commas[-1] <= 7:
            ws = ws[commas[-1] + 1:]  # "Menyikapi hal itu, Menteri …"
        if all(w[0][:1].isupper() or not w[0][:1].isalnum() or w[0].lower() in lex.function_words
               or w[0].lower() in lex.clause_openers for w in ws):
            return True
        return para is not None and sent.start == para.start and len(ws) <= 5 and ws[0][0][:1].isupper()

    def _title_before(self, floor: int, at: int) -> Optional[str]:
        """Lower-case title words right before a name ("former federal prosecutor Glen Kopp")."""
        ws = tokens(self.text, max(floor, at - 80), at)
        k = len(ws)
        while k > 0 and (ws[k - 1][0].lower() in self.lex.titles or ws[k - 1][0].lower() in self.lex.institution_words
                         or (k < len(ws) and ws[k - 1][0].lower() in {"federal", "state", "senior", "chief"})):
            k -= 1
        while k < len(ws) and ws[k][0].lower() in {"the", "a", "an", "of", "and"}:
            k += 1
        if k >= len(ws) or not any(w[0].lower() in self.lex.titles for w in ws[k:]):
            return None
        return self.text[ws[k][1]:ws[-1][2]]

    def _title_case(self, sent: Sentence) -> bool:
        if self.lex.lang != "en":
            return False  # Indonesian capitalises titles and institutions inside ordinary sentences
        words = [w for w in self.text[sent.start:sent.end].split() if w[:1].isalpha()]
        return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)

    def _subject_salience(self, sent: Sentence, spans: List[QuoteSpan]):
        """A sentence whose subject is a named person makes that person the pronouns' referent.

        ``Namun, Rakhmat berharap …. Ia mendorong …. “…,” ucapnya.`` — the quote is Rakhmat's.
        """
        text = self.text
        if any(s.open == sent.start for s in spans):
            return
        ws = tokens(text, sent.start, min(sent.end, sent.start + 160))  # the subject opens the sentence
        k = 0
        # Skip a short opener: "Namun,", "Sementara itu,", "Di sisi lain,".
        for j, w in enumerate(ws[:5]):
            if w[0] == ",":
                if all(x[0].lower() in self.lex.function_words or x[0].islower() for x in ws[:j]):
                    k = j + 1  # "Namun, Rakhmat …", not "Kisran Makati, Ketua …"
                break
        k = k if k < len(ws) else 0
        found = self._cap_subject(ws, k)
        if found is None and self.lex.lang == "en" and ws and (
                ws[0][0].endswith("ing") or ws[0][0].lower() in _EN_OPENING_PREPS):
            # "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush": the
            # subject follows the opening phrase, after one of its commas.
            for c in [n for n, w in enumerate(ws[:30]) if w[0] == ","]:
                found = self._cap_subject(ws, c + 1, lower_only=True)
                if found is not None:
                    break
        if found is None:
            return
        k, j = found
        mention = self.parser.chunk(text, ws[k][1], ws[j - 1][2])
        if mention is None or mention.kind != NAME:
            return
        ent = self.people.resolve_known(mention, mention.start)
        if ent is not None:
            self.people.mark_speaker(ent)

    def _cap_subject(self, ws, k, lower_only=False):
        """``(k, j)``: the capitalised run ``ws[k:j]`` opening a clause and followed by a
        lower-case word (or a comma), else None."""
        j = k
        en = self.lex.lang == "en"
        while j < len(ws) and (ws[j][0][:1].isupper() or ws[j][0].startswith("(") or (
                (ws[j][0].lower() in ORG_CONNECTORS or (ws[j][0] == "sekaligus" and self.lex.lang == "id"))
                and j + 1 < len(ws) and ws[j + 1][0][:1].isupper())
                or (en and j > k and ws[j][0] == "." and ws[j][1] == ws[j - 1][2]
                    and (ws[j - 1][0].lower() in ABBREVIATIONS or len(ws[j - 1][0]) == 1))):
            j += 1  # "Managing Director and Chief Economist … Taimur Baig optimistis", "Gov. Scott Walker"
        if j == k or j >= len(ws):
            return None
        nxt = ws[j][0]
        if not (nxt.islower() or (nxt == "," and not lower_only)):
            return None
        return k, j

    # -- direct quotes -----------------------------------------------------------------------
    def _direct(self, span: QuoteSpan, before_start: int, after_end: int, sent, para, index) -> Optional[Entity]:
        text = self.text
        if text[span.open] in "‘'" and span.start == span.open + 1 and len(text[span.start:span.end].split()) < 4:
            return None  # 'Appi', ‘Jaga Desa’: a nickname or a name in single marks
        after = self._post_cue(span.outer_end, after_end)
        if after is not None:
            mention, cue = after
            ent = self.people.resolve(mention, mention.start) if mention else None
            if ent is not None:
                self._emit_direct(span, ent, cue, "direct-" + _rule_suffix(mention))
                return ent
        before = self._pre_cue(before_start, span.open)
        if before is not None:
            mention, cue = before
            ent = self.people.resolve(mention, mention.start)
            if ent is not None:
                self._emit_direct(span, ent, cue, "direct-" + _rule_suffix(mention))
                return ent
        # A paragraph that opens with a quote and has no cue continues the previous speaker.
        if span.open == para.start and self.prev_paragraph_quoted is not None and index == 0 \
                and not self._has_later_cue(span.outer_end, para.end):
            self._emit_direct(span, self.prev_paragraph_quoted, None, "direct-continuation")
            return self.prev_paragraph_quoted
        return None

    def _has_later_cue(self, start, end):
        return bool(self.lex.post_cue_re.search(self.text, start, min(end, start + 60)))

    def _is_short(self, span: QuoteSpan) -> bool:
        return len(self.text[span.start:span.end].split()) < MIN_UNATTRIBUTED_WORDS

    def _emit_direct(self, span: QuoteSpan, ent: Optional[Entity], cue: Optional[str], rule: str):
        if any(p.quote.start == span.start for p in self.found):
            return
        end = span.end
        q = Quote(start=span.start, end=end, text=self.text[span.start:end], kind=DIRECT,
                  cue=cue, confidence=self.confidence.get(rule, DEFAULT_CONFIDENCE), rule=rule)
        self.found.append(_Pending(q, ent))
        self.people.mark_speaker(ent)

    def _post_cue(self, start: int, end: int) -> Optional[Tuple[Optional[Mention], str]]:
        """``“…,” kata X`` / ``“…,” katanya`` / ``“…,” X said`` / ``“…,” said X``."""
        text, lex = self.text, self.lex
        m = re.compile(r"\s*[,.!?…]?\s*[—–-]?\s*").match(text, start, end)
        pos = m.end() if m else start
        cue_m = lex.post_cue_re.match(text, pos, end)
        if cue_m:
            cue = cue_m.group(0)
            rest_start = cue_m.end()
            if lex.clitic and cue.lower().endswith(lex.clitic) and cue.lower()[:-len(lex.clitic)] in lex.post_cues | lex.pre_cues:
                return Mention(PRONOUN, lex.clitic, cue_m.start(), cue_m.end()), cue
            mention = self.parser.after_cue(text, rest_start, end)
            if mention is None:
                return None
            if mention.kind == PRONOUN or (lex.lang == "id" and fold_word(mention.text) in lex.pronouns):
                return Mention(PRONOUN, mention.text, mention.start, mention.end), f"{cue} {mention.text}"
            return mention, cue
        # Speaker before the verb: "“…,” Eddy menjelaskan." / "“…,” he said."
        window = tokens(text, pos, end)[:MAX_SUBJECT_TOKENS]
        for j, w in enumerate(window):
            if w[0].lower() in lex.post_cues or w[0].lower() in lex.pre_cues:
                if j == 0:
                    return None
                mention = self.parser.before_cue(text, window[0][1], w[1])
                if mention is None or not self._plausible_speaker(mention):
                    return None
                if j > 8 and not (lex.lang == "en" and mention.kind == NAME and window[j - 1][0] == ","
                                  and window[0][0][:1].isupper()):
                    return None  # "''…,'' Mr. Kaplan, a screenwriter and former studio executive, said"

                return mention, w[0]
            if w[0] in {".", "!", "?", "“", "”", "\""}:
                prev = window[j - 1][0].lower() if j else ""
                if w[0] == "." and (prev in ABBREVIATIONS or len(prev) == 1):
                    continue  # "Rep. Gwen Moore said", "William A. Ackman said"
                return None
        return None

    def _noun_phrase(self, mention: Mention) -> bool:
        """A short phrase with no verb and no subordinator: any such subject of ``said`` is a source
        ("participants said", "61 percent said", "a memo seen by Reuters said")."""
        words = mention.text.split()
        return 0 < len(words) <= 12 and words[0].lower() not in _SUBORDINATORS_EN \
            and not any(w.lower() in {"if", "when", "because", "that", "whether", "than"} for w in words)

    def _plausible_speaker(self, mention: Mention) -> bool:
        """A phrase before a verb is a speaker when it names, points to, or describes a known source."""
        if mention.kind in (NAME, PRONOUN, ANAPHOR, "title", "organisation"):
            return True
        if self.lex.lang == "en" and mention.text.lower().startswith("the ") and \
                mention.text.split()[-1].lower().rstrip("s") in SOURCE_NOUNS:
            return True
        return _known_description(mention, self.lex)

    def _pre_cue(self, start: int, end: int) -> Optional[Tuple[Mention, str]]:
        """``X mengatakan, “…”`` / ``X said: “…”`` / ``Kata X, “…”`` / ``Menurut X, “…”``."""
        text, lex = self.text, self.lex
        seg = text[start:end].rstrip()
        if not seg or seg[-1] not in ",:":
            return None
        stop = start + len(seg) - 1
        ws = tokens(text, start, stop)
        if not ws:
            return None
        # The cue is the last speech verb, followed by at most a short adverbial.
        for j in range(len(ws) - 1, max(-1, len(ws) - 8), -1):
            w = ws[j][0].lower()
            if w in lex.pre_cues or w in lex.post_cues:
                if lex.clitic and w.endswith(lex.clitic) and w[:-len(lex.clitic)] in lex.post_cues:
                    return Mention(PRONOUN, lex.clitic, ws[j][1], ws[j][2]), ws[j][0]
                subject_start = self._clause_start(start, ws[j][1])
                mention = self.parser.before_cue(text, subject_start, ws[j][1])
                if lex.lang == "en" and w.endswith("ing") and j > 0 and ws[j - 1][0] == ",":
                    mention = self._main_subject(subject_start, ws[j][1])  # "X did Y, saying, “…”"
                if mention is None and j + 1 < len(ws):
                    mention = self.parser.after_cue(text, ws[j][2], stop)  # "Kata X, “…”"
                if mention is not None:
                    return mention, ws[j][0]
                return None
        acc = lex.according_re.search(text, start, stop)
        if acc:
            if acc.group(2):
                return Mention(PRONOUN, acc.group(2), acc.start(2), acc.end(2)), acc.group(0)
            mention = self.parser.after_cue(text, acc.end(), stop)
            if mention is not None:
                return mention, acc.group(1)
        return None

    def _after_and(self, subject_tokens) -> Optional[int]:
        """Where "and" (or ", and") stands when a cue verb is the second of two coordinated predicates ("… and (also) said")."""
        k = len(subject_tokens) - 1
        while k > 0 and subject_tokens[k][0].lower() in self.lex.adverbs_between:
            k -= 1
        if k > 0 and subject_tokens[k][0].lower() == "and":
            return subject_tokens[k - 1][1] if subject_tokens[k - 1][0] == "," else subject_tokens[k][1]
        return None

    def _main_subject(self, start: int, end: int) -> Optional[Mention]:
        """The named or pronoun subject opening ``text[start:end]`` (the doer of a participle cue)."""
        text, lex = self.text, self.lex
        ws = tokens(text, start, end)
        k = 0
        for j, w in enumerate(ws[:5]):
            if w[0] == ",":
                if all(x[0].lower() in lex.function_words or x[0].islower() for x in ws[:j]):
                    k = j + 1  # "On Monday, Clinton …"
                break
        if k >= len(ws):
            return None
        if ws[k][0].lower() in lex.pronouns and ws[k][0].lower() != "it":
            return Mention(PRONOUN, ws[k][0], ws[k][1], ws[k][2])
        j = k
        while j < len(ws) and (ws[j][0][:1].isupper() or ws[j][0].startswith("(") or ws[j][0] == "."):
            j += 1
        if j == k or j >= len(ws) or not ws[j][0][:1].islower():
            return None
        mention = self.parser.chunk(text, ws[k][1], ws[j - 1][2])
        return mention if mention is not None and mention.kind == NAME else None

    def _clause_start(self, floor: int, verb_start: int) -> int:
        """Start of the clause whose subject stands before ``verb_start`` (after a closing mark)."""
        text = self.text
        lo = max(floor, verb_start - 400)
        for mark in ("”", "\"", "»", "''"):  # "''" is the typewriter-era closing mark (NYT)
            k = text.rfind(mark, lo, verb_start)
            if k >= 0:
                lo = max(lo, k + len(mark))
        return lo

    # -- indirect and mixed quotes --------------------------------------------------------------
    def _indirect(self, sent: Sentence, spans: List[QuoteSpan], prev_sentence) -> List[_Pending]:
        out = []
        for finder in (self._according, self._pre_verb, self._post_clause, self._passive):
            before = len(self.found)
            pending = finder(sent, spans, prev_sentence)
            if pending is not None:
                out.extend(self.found[before:])
                break
        return out

    def _word_hits(self, start: int, end: int, words):
        """Words of ``text[start:end]`` that are in ``words`` (case-folded), as regex matches.

        One pass with a plain word pattern and set look-ups: much faster than a regex
        alternation of a few hundred cue forms. In English a capitalised form (``the State
        Department``, ``United States``, ``Editor's Note``) or one after a determiner or a
        possessive (``his tweet``, ``Trump's claim``, ``the report``) is a noun, not a cue verb.
        """
        en = self.lex.lang == "en"
        if self._hits_key != (start, end):
            # The finders scan the same sentence several times: split it into words once.
            self._hits_key = (start, end)
            self._hits = [(m, m.group().lower()) for m in _WORD.finditer(self.text, start, end)]
        for m, low in self._hits:
            if low in words:
                if en and (m.group()[:1].isupper() or self._noun_use(m.start())):
                    continue
                yield m

    def _noun_use(self, pos: int) -> bool:
        """True when the word at ``pos`` follows a determiner or a possessive (English)."""
        before = self.text[max(0, pos - 30):pos]
        m = re.search(r"(\S+)\s+$", before)
        if not m:
            return False
        prev = m.group(1)
        low = prev.lower().replace("’", "'")
        if low in {"he's", "she's", "it's", "that's", "who's", "there's", "what's"}:
            return False  # "He's claiming that …": a contraction of "is"
        return low in _DETERMINERS_EN or low.endswith(("'s", "s'"))

    def _inside_quote(self, pos: int, spans: List[QuoteSpan]) -> bool:
        return any(s.open <= pos < s.outer_end for s in spans)

    def _content(self, start: int, end: int, spans: List[QuoteSpan]) -> Tuple[int, int, str]:
        """Trim a reported clause and tell whether it is indirect or mixed."""
        text = self.text
        for m in self._clause_break.finditer(text, start, end):
            if not self._inside_quote(m.start(), spans):
                end = m.start()  # "…, and he railed against …": a new clause, not the report
                break
        while start < end and (text[start].isspace() or text[start] in ",:;"):
            start += 1
        while end > start and text[end - 1] in _TRAIL_PUNCT or (end > start and text[end - 1].isspace()):
            end -= 1
        inner = [s for s in spans if start <= s.open and s.outer_end <= end + 1]
        if inner and inner[0].open == start and inner[-1].outer_end >= end and len(inner) == 1:
            return inner[0].start, inner[0].end, DIRECT
        return start, end, MIXED if inner else INDIRECT

    def _accept(self, mention: Optional[Mention], start: int, end: int, cue: str, rule: str,
                spans: List[QuoteSpan], at: int, any_source: bool = False) -> Optional[_Pending]:
        if mention is None or start >= end or not (any_source or self._plausible_speaker(mention)):
            return None
        s, e, kind = self._content(start, end, spans)
        if kind == DIRECT:
            return None  # "X mengatakan, “…”": the direct-quote rule owns it
        if kind == INDIRECT and self.lex.lang == "en" and cue.split()[-1].lower() in _NAMING_CUES_EN:
            return None  # "Trump has called climate change a hoax": naming, not a report, unless quoted
        if len(self.text[s:e].split()) < MIN_CLAUSE_WORDS:
            return None
        if any(s < p.quote.end and p.quote.start < e for p in self.found):
            return None
        if self._organisation_word(mention):
            mention = Mention("organisation", mention.name, mention.start, mention.end)
        ent = self.people.resolve(mention, at)
        if ent is None:
            return None
        kind_rule = rule if kind == INDIRECT else "mixed-named"
        q = Quote(start=s, end=e, text=self.text[s:e], kind=kind, cue=cue,
                  confidence=self.confidence.get(kind_rule, DEFAULT_CONFIDENCE), rule=kind_rule)
        pending = _Pending(q, ent)
        self.found.append(pending)
        self.people.mark_speaker(ent)
        return pending

    def _organisation_word(self, mention: Mention) -> bool:
        """``Menurut catatan Bappelitbang, …`` after ``Kepala Bappelitbang Ratna Kusuma``: a single
        word that opens a known person's long name and stands here after a lower-case noun is
        the organisation in that person's title, not the person."""
        if self.lex.lang != "id" or mention.kind != NAME or len((mention.name or "").split()) != 1:
            return False
        word = fold_word(mention.name)
        ws = tokens(self.text, max(0, mention.start - 30), mention.end)
        at = next((k for k in range(len(ws) - 1, -1, -1) if fold_word(ws[k][0]) == word), None)
        if not at or not ws[at - 1][0].islower() or ws[at - 1][0] in self.lex.function_words:
            return False  # "kata Budi", "Menurut Budi": the person
        after = self.text[ws[at][2]:ws[at][2] + 2].strip()
        if after[:1].isalnum():
            return False  # "Harga gandum Frans menuturkan": a run-in subhead, then the person
        return any(e.kind == "person" and len(e.name.split()) >= 3 and fold_word(e.name.split()[0]) == word
                   for e in self.people.entities)

    def _according(self, sent, spans, prev_sentence):
        """``Menurut X, …`` / ``Menurutnya, …`` / ``According to X, …`` / ``…, according to X.``"""
        text, lex = self.text, self.lex
        for m in lex.according_re.finditer(text, sent.start, sent.end):
            if self._inside_quote(m.start(), spans):
                continue
            lead = text[sent.start:m.start()].strip()
            comma = self._next_comma(m.end(), sent.end, spans)
            if m.group(2):  # "Menurutnya," / "Baginya,"
                mention = Mention(PRONOUN, m.group(2), m.start(2), m.end(2))
            else:
                if m.group(1).lower() == "bagi" and not text[m.end():m.end() + 2].strip()[:1].isupper():
                    continue  # "bagi masyarakat": "for", not "according to"
                stop = comma if comma is not None else sent.end
                mention = self.parser.after_cue(text, m.end(), stop)
                if mention is None or mention.kind not in (NAME, PRONOUN, "title", "description", "organisation", ANAPHOR):
                    continue
                if mention.kind == "description" and lex.lang == "id" and not _known_description(mention, lex):
                    continue  # "Menurut data yang …": a document without a voice
                if lex.lang == "en" and mention.kind in ("description", "organisation"):
                    # "according to early results of exit polls conducted for …", "according to FEC
                    # filings": a document or a body is named by its whole phrase, up to the comma.
                    full = re.split(r"\s[-—–(]", text[mention.start:stop])[0].rstrip(" .,;:")
                    if len(full.split()) <= 20:
                        mention = Mention(mention.kind, full, mention.start, mention.start + len(full))
            if not lead or len(lead.split()) <= 2:
                if comma is None:
                    continue
                return self._accept(mention, comma + 1, sent.end, m.group(0), "indirect-according", spans, m.start(),
                                    any_source=lex.lang == "en")
            # "…, menurut X." at the end: the clause before it is reported.
            if text[:m.start()].rstrip().endswith(","):
                end = text.rfind(",", sent.start, m.start())
                return self._accept(mention, sent.start, end, m.group(0), "indirect-according", spans, m.start(),
                                    any_source=lex.lang == "en")
        return None

    def _next_comma(self, start, end, spans):
        depth = 0
        for i in range(start, end):
            c = self.text[i]
            if c == "(":
                depth += 1
            elif c == ")":
                depth = max(0, depth - 1)
            elif c == "," and depth == 0 and not self._inside_quote(i, spans):
                return i
        return None

    def _pre_verb(self, sent, spans, prev_sentence):
        """``X mengatakan (bahwa) …`` / ``X said (that) …`` / ``X told reporters …``.

        A sentence may report several sources (``A admitted that …, but he claimed …``): each
        reported clause ends where the next cue's subject begins.
        """
        text, lex = self.text, self.lex
        candidates = []
        for m in self._word_hits(sent.start, sent.end, lex.pre_cues):
            if self._inside_quote(m.start(), spans):
                continue
            verb = m.group(0).lower()
            clause_start = self._clause_start(sent.start, m.start())
            subject_tokens = tokens(text, clause_start, m.start())
            if not subject_tokens or len(subject_tokens) > MAX_SUBJECT_TOKENS * 2:
                continue
            if subject_tokens[-1][0].lower() in {"yang", "who", "which", "untuk", "to", "akan", "ingin", "tidak"}:
                continue  # relative clause or infinitive: "yang mengatakan", "to say"
            if lex.lang == "en" and subject_tokens[-1][0].lower() in {"be", "been", "being", "is", "was", "were", "are"} \
                    and not verb.endswith("ing"):
                continue  # passive: "we are now being told that …", "the story was told by …"
            mention = self.parser.before_cue(text, clause_start, m.start())
            if verb.endswith("ing") and subject_tokens[-1][0] == "," and lex.lang == "en":
                mention = self._main_subject(sent.start, m.start())  # "X did Y, saying (that) …"
            boundary = None
            if lex.lang == "en" and not (verb.endswith("ing") and subject_tokens[-1][0] == ","):
                boundary = self._after_and(subject_tokens)
                if boundary is not None:
                    mention = self._main_subject(clause_start, m.start())  # "X praised Y … and said …"
            if mention is None:
                continue
            any_source = lex.lang == "en" and verb in _SAY_EN and self._noun_phrase(mention)
            if mention.kind == "description" and not any_source and not _known_description(mention, lex):
                continue
            start = self._clause_after_verb(m.end(), sent.end, spans, verb)
            if start is None:
                continue
            if lex.lang == "en" and clause_start > sent.start and text[clause_start - 1] in "”\"»'" \
                    and len(subject_tokens) <= 6 and "," in text[m.end():start] \
                    and not self._cue_follows(text.index(",", m.end()) + 1, sent.end):
                continue  # "“…,” Trump said, looking out on the crowd": the quote's cue, then an aside
            candidates.append((mention, m.group(0), start, boundary, any_source))
        first = None
        for k, (mention, cue, start, _, any_source) in enumerate(candidates):
            end = sent.end
            for later, _, _, boundary, _ in candidates[k + 1:]:
                if later.start > start:
                    end = later.start  # "…, he claimed …": the next source's clause begins
                    break
                if boundary is not None and boundary > start:
                    end = boundary  # "X said A and said B": the second report begins at "and"
                    break
            pending = self._accept(mention, start, end, cue, "indirect-" + _rule_suffix(mention), spans, mention.start,
                                   any_source=any_source)
            first = first or pending
        return first

    def _cue_follows(self, pos: int, end: int) -> bool:
        """True when a cue verb stands among the first words after ``pos`` ("…, adding that …",
        "…, before clarifying that …")."""
        lex = self.lex
        return any(w[0].lower() in lex.pre_cues or w[0].lower() in lex.post_cues for w in tokens(self.text, pos, end)[:3])

    def _clause_after_verb(self, pos: int, end: int, spans, verb: str) -> Optional[int]:
        """Where the reported clause starts after a cue verb, or None if it takes no clause."""
        text, lex = self.text, self.lex
        ws = tokens(text, pos, end)
        if not ws:
            return None
        weak = verb in lex.weak_cues
        adverbial = self._adverbial_start(ws[0][0])
        for j, w in enumerate(ws[:MAX_ADVERBIAL_TOKENS]):
            low = w[0].lower()
            if low in lex.complementizers and (j == 0 or adverbial):
                # "mengatakan pada hari Kamis bahwa …"; but in "mengatakan Tiongkok menyadari
                # ekspektasi AS bahwa …" the clause began right after the verb.
                return w[2]
            if w[0] in {"“", "”", "\"", "«"} or self._inside_quote(w[1], spans):
                return w[1] if j == 0 or ws[j - 1][0] in {",", ":"} else ws[0][1]
            if w[0] in {".", "!", "?", ";"}:
                break
        if lex.lang == "en":
            if verb in {"state", "states"} and ws[0][0] != ":":
                return None  # "swing states where …", "secretary of state": a noun unless "states that"/"states:"
            ws = _skip_time_words(ws)
            if not ws:
                return None
        first = ws[0][0]
        if first in {",", ":"}:
            return ws[1][1] if len(ws) > 1 else None
        if lex.lang == "id" and first.lower() in _PREP_ID:
            for w in ws[:MAX_ADVERBIAL_TOKENS]:
                if w[0] == ",":
                    return w[2]
            return None if weak else ws[0][1]
        if lex.lang == "en":
            if verb in {"tell", "tells", "told", "telling"}:
                return self._after_object(ws)
            if first.lower() in lex.stop_words or first[:1].isdigit():
                return None
        if verb in lex.request_cues:
            for w in ws[:MAX_ADVERBIAL_TOKENS]:
                if w[0].lower() in {"untuk", "agar", "supaya", "to"}:
                    return w[2]  # "berpesan kepada guru untuk …", "urged X to …"
        if weak and not self._looks_like_clause(ws):
            return None  # "menekankan pentingnya X": a noun phrase, not a reported clause
        return ws[0][1]

    def _adverbial_start(self, word: str) -> bool:
        """True when a phrase after a verb opens like an adverbial (place, time, hearer)."""
        low = word.lower()
        if word in {",", ":"}:
            return True
        if self.lex.lang == "id":
            return low in _PREP_ID or low in self.lex.adverbs_between
        return low in self.lex.stop_words or low in self.lex.adverbs_between or low in _TIME_EN

    def _looks_like_clause(self, ws) -> bool:
        """True when the words after a verb carry a predicate of their own."""
        if self.lex.lang == "id":
            for w in ws[1:]:
                low = w[0].lower()
                if w[0] in {".", "!", "?"}:
                    break
                if low in _PREDICATE_ID or (w[0].islower() and len(low) > 4 and low.startswith(("me", "di", "ber", "ter"))):
                    return True
            return False
        for w in ws[1:]:
            low = w[0].lower()
            if w[0] in {".", "!", "?"}:
                break
            if low in _PREDICATE_EN or (low.endswith("ed") and len(low) > 4):
                return True
        return False

    def _after_object(self, ws):
        """After ``told``: skip the hearer (``reporters``, ``The Washington Post``) to the clause."""
        for j, w in enumerate(ws[:8]):
            if w[0].lower() == "that":
                return w[2]
            if w[0] == ",":
                return w[2]
        if len(ws) > 2 and ws[0][0][:1].islower():
            return ws[1][1]
        return None

    def _post_clause(self, sent, spans, prev_sentence):
        """``…, kata X.`` / ``…, X said.`` / ``…, said X.`` / ``Khususnya, kata dia, …``."""
        text, lex = self.text, self.lex
        for m in self._word_hits(sent.start, sent.end, lex.post_cues):
            if self._inside_quote(m.start(), spans):
                continue
            if any(sent.start <= s.open and s.outer_end <= m.start() for s in spans):
                continue  # "“…,” katanya.": the direct-quote rule owns this cue
            before = text[sent.start:m.start()].rstrip()
            cue = m.group(0)
            low = cue.lower()
            if lex.lang == "id":
                if not before.endswith(","):
                    continue
                if lex.clitic and low.endswith(lex.clitic) and low[:-len(lex.clitic)] in lex.post_cues:
                    mention, after = Mention(PRONOUN, lex.clitic, m.start(), m.end()), m.end()
                elif low in lex.post_cues:
                    nxt = self._next_comma(m.end(), sent.end, spans)
                    mention = self.parser.after_cue(text, m.end(), nxt if nxt is not None else sent.end)
                    if mention is None:
                        continue
                    after = mention.end
                    if fold_word(mention.text) in lex.pronouns:
                        mention = Mention(PRONOUN, mention.text, mention.start, mention.end)
                        cue = f"{cue} {mention.text}"
                else:
                    continue
            else:
                if not before.endswith(","):
                    # "…, Clinton said." — the subject sits between the comma and the verb.
                    comma = before.rfind(",")
                    if comma < 0 or len(before[comma:].split()) > 6:
                        continue
                    mention = self.parser.before_cue(text, sent.start + comma + 1, m.start())
                    if mention is None:
                        continue
                    clause_end = sent.start + comma
                    shape = self._post_cue_shape(m.end(), sent.end, spans)
                    if shape is None:
                        continue  # "Trump called LeVell …", "D’Souza replied, “…”": not a reported clause before
                    if shape == "mid":
                        clause_end = sent.end  # "Any attempt …, he said, becomes hopeless": the whole sentence
                    elif self._subordinate_lead(sent.start, clause_end):
                        continue  # "As Clinton's victories rolled in, Sanders continued …"
                    return self._accept(mention, sent.start, clause_end, cue, "indirect-post", spans, m.start(),
                                        any_source=low in _SAY_EN and self._noun_phrase(mention))
                nxt = self._next_comma(m.end(), sent.end, spans)
                mention = self.parser.after_cue(text, m.end(), nxt if nxt is not None else sent.end)
                if mention is None:
                    continue
                after = mention.end
            lead = before[:-1].strip()
            if len(lead.split()) <= 2:
                # "Khususnya, kata dia, yang perlu …": the clause follows the cue.
                nxt = self._next_comma(after, sent.end, spans)
                if nxt is None:
                    continue
                return self._accept(mention, nxt + 1, sent.end, cue, "indirect-post", spans, m.start())
            clause_end = sent.start + len(before) - 1
            rest = text[after:sent.end].strip(" .")
            if rest.startswith(",") and len(rest.split()) >= MIN_CLAUSE_WORDS:
                clause_end = sent.end  # "Program MBG …, kata Mu'ti, tetap menjadi prioritas": the whole sentence
            return self._accept(mention, sent.start, clause_end, cue, "indirect-post", spans, m.start())
        return None

    def _post_cue_shape(self, pos: int, end: int, spans) -> Optional[str]:
        """What follows an English ``…, X said``: ``end`` (the sentence ends, maybe after a time or
        place phrase), ``mid`` (``, …`` the reported sentence goes on), or None (an object or a quote)."""
        ws = _skip_time_words(tokens(self.text, pos, end))
        if not ws or ws[0][0] in {".", "!", "?"}:
            return "end"
        first = ws[0][0]
        if first == ",":
            rest = ws[1:]
            if not rest or any(w[0] in {"“", "”", "\"", "‘", "'"} or self._inside_quote(w[1], spans) for w in rest[:2]):
                return None  # "D’Souza replied, “…”": the cue introduces a direct quote
            if rest[0][0].lower() in self.lex.stop_words or rest[0][0].endswith("ing"):
                return "end"  # "…, he said, adding …", "…, he said, in an interview": still the clause before
            return "mid" if len([w for w in rest if w[0][:1].isalnum()]) >= MIN_CLAUSE_WORDS else "end"
        if first.lower() in self.lex.stop_words and first.lower() not in {"that", "to", "about", "of"}:
            return "end"  # "…, Smith said in a statement."
        return None

    def _subordinate_lead(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` is only a subordinate clause or a prepositional opener."""
        ws = tokens(self.text, start, end)
        if not ws or ws[0][0].lower() not in _SUBORDINATORS_EN:
            return False
        return not any(w[0] == "," for w in ws)

    def _passive(self, sent, spans, prev_sentence):
        """``Hal itu disampaikan X.`` -> the sentence before; ``…, demikian dilaporkan X.``"""
        text, lex = self.text, self.lex
        if lex.lang != "id":
            return None
        m = next(self._word_hits(sent.start, sent.end, lex.passive_cues | lex.media_cues), None)
        if not m or self._inside_quote(m.start(), spans):
            return None
        lead = tokens(text, sent.start, m.start())
        words = [w[0].lower() for w in lead]
        after = tokens(text, m.end(), sent.end)
        skip = 0
        while skip < len(after) and after[skip][0].lower() in {"langsung", "oleh", "secara", "pula", "juga"} | lex.adverbs_between:
            skip += 1
        if skip >= len(after):
            return None
        mention = self.parser.after_cue(text, after[skip][1], sent.end)
        if mention is None or mention.kind == PRONOUN:
            return None
        if "senada" in words or "serupa" in words:
            # "Hal senada disampaikan Rizki": a new source agrees; what follows is theirs.
            self.people.mark_speaker(self.people.resolve(mention, mention.start))
            return None
        if words and words[0] in _PASSIVE_SUBJECTS and len(words) <= 4 and prev_sentence is not None:
            if any(prev_sentence.start <= s.open < prev_sentence.end for s in spans) or \
                    any(p.quote.start >= prev_sentence.start and p.quote.end <= prev_sentence.end for p in self.found):
                return None
            return self._accept(mention, prev_sentence.start, prev_sentence.end, m.group(0), "indirect-passive",
                                [], mention.start)
        if "demikian" in words:
            k = max(i for i, w in enumerate(words) if w == "demikian")
            clause_end = lead[k][1]
            comma = text.rfind(",", sent.start, clause_end)
            start = self._next_comma(sent.start, clause_end, spans)
            clause_start = start + 1 if start is not None and start < comma else sent.start
            return self._accept(mention, clause_start, comma if comma > 0 else clause_end, m.group(0),
                                "indirect-passive", spans, mention.start)
        return None


#: Verbs and copulas whose object is a person presented to the reader.
_PRESENTING = frozenset("dihadiri adalah ialah yakni yaitu oleh menghadirkan".split())


def _skip_time_words(ws):
    """Drop a time phrase right after an English cue verb: ``said (on) Thursday (night) he …``."""
    k = 0
    while k < len(ws):
        low = ws[k][0].lower()
        if low in _TIME_LEAD_EN and k + 1 < len(ws) and ws[k + 1][0].lower() in _TIME_EN:
            k += 2
        elif low in _TIME_EN:
            k += 1
        else:
            break
    if k == 0:
        return ws
    return ws[k:]


def fold_word(word: str) -> str:
    return word.lower().strip(" ,.")


def _known_description(mention: Mention, lex: Lexicon) -> bool:
    """Descriptions count as sources only when they are known kinds of source (``para ahli``)."""
    low = fold_word(mention.text)
    if low in lex.descriptions:
        return True
    first = low.split()[0] if low.split() else ""
    return first in {"para", "sejumlah", "seorang", "pihak", "tim", "kuasa", "juru", "some", "many", "several",
                     "two", "three", "one", "other"} or any(d in low.split() for d in lex.descriptions if " " not in d)


def _rule_suffix(mention: Mention) -> str:
    return {NAME: "named", PRONOUN: "pronoun", ANAPHOR: "anaphor", "title": "title"}.get(mention.kind, "description")
