"""The attribution pipeline: paragraphs -> quote marks -> sentences -> cues -> speakers.

One ``Extractor`` reads one article from top to bottom, so that pronouns and short names
resolve against what came before, exactly as a reader does. Rules are general patterns of
each language, read from the lexicons; the trained NER (when present) only helps to tell a
name from the title in front of it. The rules live beside this driver: ``direct.py``
(quotes in marks), ``indirect.py`` (reported clauses), ``names.py`` (what the article says
about its people) and ``rules.py`` (shared constants and helpers).
"""
import re
from bisect import bisect_left
from typing import Callable, List, Optional, Set, Tuple

from quotetrack.engine.direct import DirectQuotes
from quotetrack.engine.indirect import _BRACKET_SOURCE_EN, _WRITE_EN, IndirectQuotes
from quotetrack.engine.language import detect_language
from quotetrack.engine.lexicon import Lexicon, get_lexicon, opening_stop_words
from quotetrack.engine.marks import QuoteSpan, find_quote_spans
from quotetrack.engine.names import _TITLE_CASE_LOWER, NameEvidence
from quotetrack.engine.quote import MIXED, Quote
from quotetrack.engine.rules import (
    DEFAULT_CONFIDENCE, clause_break, title_case_phrase, _Pending, _SUBORDINATORS_EN, _WORD,
    _known_description, rule_confidence)
from quotetrack.engine.segment import (ABBREVIATIONS, Sentence, comment_signer, find_body_end, find_comments_start,
                                       has_signatures,
                                       paragraphs, split_sentences)
from quotetrack.engine.speakers import (
    _DETERMINERS_EN, ANAPHOR, REPORTING_WORD_EN, ArticlePeople, Entity, Mention, MentionParser, NAME, NAME_PARTICLES, ORG_CONNECTORS,
    NUMBER_WORDS_EN, PREPOSITIONS, PRONOUN, SOURCE_NOUNS, SUBJECT_PRONOUN_ALT_EN, _is_word_char, joined_arabic_article, tokens)


#: Indonesian scraper glue: a cue or a preposition run into the capitalised word after it (``kataFaruk``,
#: ``dariAntara``, ``DalamJurnal``; capitalised only the sentence openers: ``KataData`` is an outlet and
#: ``DiCaprio`` a name), or a word run
#: into the outlet ``detik…`` (``DilansirdetikSport``, ``kepadadetikcom``), or a comma run into the next
#: word (``detikSport,Budi``): a space belongs at the match's end.
_GLUED_WORD_ID = re.compile(r"(?<![^\W\d_])(?:[Dd]ilansir|[Dd]ikutip|kepada|dari|[Dd]alam|kata|di|[Mm]enurut|ujar)"
                            r"(?=[A-Z][a-z])|[a-z](?=detik(?:[A-Z]|com\b))|(?<=[a-z]),(?=[A-Za-z])")
#: Marks of pages scraped with their inline links run into the words around them (detik's ad line, its
#: outlet names ``detikcom``, ``detikSport``; not the common word ``detik``, a second): only there is the
#: glue looked for (a scan of the whole text, once).
_GLUE_SCRAPE_MARK_ID = re.compile(r"SCROLL TO CONTINUE|detik(?:com\b|[A-Z])")
#: Sentence openers that carry on the argument of the sentence before (Indonesian): ``Apalagi,``,
#: ``Apalagi …``, ``Terlebih,`` (``Terlebih lagi,`` is read as ``Terlebih`` and no comma: no opener).
_ARGUMENT_OPENERS_ID = ("Apalagi,", "Apalagi ", "Terlebih,")


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
    glued = [m.end() for m in _GLUED_WORD_ID.finditer(text)] \
        if lex.lang == "id" and _GLUE_SCRAPE_MARK_ID.search(text) else []
    if not glued:
        return _tidy_labels(Extractor(text, lex, find_people).run())
    # "DilansirdetikSport,", "dikutip dariAntara": a space the scraper lost after a cue or a
    # preposition is put back for the rules; the offsets found point into ``text`` again
    parts = [text[a:b] for a, b in zip([0, *glued], [*glued, len(text)])]
    spaced = " ".join(parts)
    added = [at + k for k, at in enumerate(glued)]  # where each put-back space stands in ``spaced``
    quotes = Extractor(spaced, lex, find_people).run()

    def original(at: int) -> int:
        return at - bisect_left(added, at)

    def as_written(words: Optional[str]) -> Optional[str]:
        # a name or role read across a put-back space is given as the article writes it
        at = spaced.find(words) if words and words not in text else -1
        return words if at < 0 else text[original(at):original(at + len(words))]

    for q in quotes:
        q.start, q.end = original(q.start), original(q.end)
        q.text = text[q.start:q.end]
        q.speaker, q.role, q.cue = as_written(q.speaker), as_written(q.role), as_written(q.cue)
    return _tidy_labels(quotes)


#: White space and invisible format characters (zero-width space and joiners, word joiner, byte
#: order mark, soft hyphen) a scraped page leaves stuck to a word: never the edge of a name or title.
_LABEL_EDGE = re.compile(r"^[\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff]+|[\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff]+$")


def _tidy_labels(quotes: List[Quote]) -> List[Quote]:
    """``quotes`` with speaker, role and cue cut of invisible characters at their edges (``'Tom
    Marsh\\u200b'``) and speaker and role of stray marks there; one left with nothing is None."""
    for q in quotes:
        q.cue = _tidy_label(q.cue)
        role = _tidy_label(q.role)
        # "… its costly!“ Ola Pike said": words cut across a stray mark are no title
        q.role = _tidy_name(role) if role and _balanced(role) else None
        q.speaker = _tidy_name(_tidy_label(q.speaker))
        q.speaker_aliases = [a for a in (_tidy_name(_tidy_label(a)) for a in q.speaker_aliases) if a]
    return quotes


def _tidy_label(words: Optional[str]) -> Optional[str]:
    return _LABEL_EDGE.sub("", words) or None if words else None


def _tidy_name(words: Optional[str]) -> Optional[str]:
    """A speaker or role without an opening mark at its end or a closing one at its start (``Ola
    Pike“``: a stray mark, never part of a name); None when no letter or digit is left (``’``)."""
    if not words:
        return None
    words = _LABEL_EDGE.sub("", words.rstrip("“‘«„").lstrip("”»"))
    return words if any(c.isalnum() for c in words) else None


#: Pairs of marks and brackets a title opens and closes within itself.
_PAIRED_MARKS = (("(", ")"), ("“", "”"), ("«", "»"), ("[", "]"))


def _balanced(words: str) -> bool:
    """Whether every mark and bracket in ``words`` that opens also closes there (and the straight
    double marks come in pairs)."""
    return all(words.count(a) == words.count(b) for a, b in _PAIRED_MARKS) and words.count('"') % 2 == 0


#: English prepositions whose object is a noun, never a cue verb ("secretary of state", "in swing states").
_NOUN_PREPOSITIONS_EN = frozenset("of in on at from among across into".split())
#: Cue forms that stay cues when capitalised in a title-case headline ("Lee Says Hackers Hit The Vote",
#: "Lee Just Announced Her Plan", "Lee Vows To Cut Fares"); "Announces", "Explains" are left out: their
#: headline objects are as often a bill or a topic as a report.
_HEADLINE_CUES_EN = frozenset("says said tells told warns claims insists reveals revealed reveal announced promises vows".split())
#: Fewest words for a cue-less quoted sentence to be taken as the previous speaker's words.
RUN_ON_MIN_WORDS = 5
#: Fewest such quotes in one paragraph: a run of them is the voice the article was quoting.
RUN_ON_MIN_QUOTES = 2
#: How far (characters) back from a run-on quote to look for a speech word.
RUN_ON_LOOKBACK = 300
#: The last word before a position, with the space after it.
_LAST_WORD = re.compile(r"(\S+)\s+$")
#: ``the Kok report recommends``, ``the BBC poll found``: a determiner, capitalised words and one of
#: these cue forms that are also nouns is a named document, not a verb (but ``the Washington
#: Post reports that``: a singular name and an -s form is the verb).
_NOUN_CUE_FORMS_EN = frozenset("report post poll survey study statement memo note review".split())
_NAMED_DOCUMENT_EN = re.compile(r"\b(\w+)\s+(?:[A-Z][\w'’.\-]*\s+){1,3}$")


#: Speech verbs that, after "and"/"but" and a new subject, open a second source's report.
_SECOND_SOURCE_VERBS_EN = frozenset("""said says say accused accuses argued argue argues claimed claim claims warned warn
warns told insisted insist contended countered noted predicted suggested suggest believe believes""".split())
#: Irregular past forms that may close a contact clause (``a ruling the court upheld``): a few of
#: ``IRREGULAR_PAST_EN`` and indirect's list, and ``upheld``, ``put``.
_CONTACT_CLAUSE_PASTS_EN = frozenset("""upheld made held wrote took gave sent won lost put set cut built bought ran chose
drew found brought sought kept left began spent struck""".split())
#: The same as a regex alternation, longest words first (a word never loses to its own prefix).
_IRREGULAR_PASTS_EN = "|".join(sorted(_CONTACT_CLAUSE_PASTS_EN, key=lambda w: (-len(w), w)))
#: More English clause breaks after the report: a comma, a conjunction and a new subject begin
#: another clause ("…, but Democrats have pushed …", "…, and his administration has …"); an
#: apposition closing the sentence comments on the report ("…, a swipe at his rivals.").
_MORE_BREAKS_EN = (r"|(?P<dash_and>\s(?:—|–|-|--)\s+and\s+(?:" + SUBJECT_PRONOUN_ALT_EN + r"|it|his|her|their|its)\s(?![^—–\n]*\s(?:—|–|-|--)\s))"
                   # "… “re-train” staff - and she makes sure …": after a dash, the writer's next clause
                   # (but "the plan - and he knows it - is …": a second dash closes an aside, and so
                   # does this one after a first: "the call -- a position he dropped -- and his …")
                   r"|,\s+(?:and|but|while|whilst)\s+(?:his|her|their|its|we|I|you|this|these|those)\s|,\s+(?:but|while|whilst)\s+(?=[A-Z])"
                   r"|,\s+an?\s+(?:[\w-]+\s+){0,2}[\w-]+\s+(?:that|which|at|against|on|for)\s[^,;:“”\"]*$"
                   # "…, a plan the mayor has changed since.", "…, a ruling Judge Roe upheld.": a closing
                   # aside whose noun a contact clause (a subject of its own, then its verb) describes
                   r"|,\s+an?\s+(?:[\w-]+\s+){0,2}[a-z-]+\s+(?:the\s+[\w-]+(?:\s+[\w-]+)?|(?:[A-Z][\w.’'-]*\s+){1,4})\s*(?:has|have|had)?\s*(?:[a-z]+ed|" + _IRREGULAR_PASTS_EN + r")\b"
                   r"(?![^,;:“”\"]*\s(?:had|has|have|was|were|is|are|will|would|could|can)\s)[^,;:“”\"]*$"
                   r"|,?\s+and\s+asking\s*[,:]"  # "…, and asking, “…?”": the speaker's next act, a quote of its own
                   r"|,\s+(?:who|which)\s[^,;“”\"]*$"  # "…, which passed in 2010.": a closing aside on a noun
                   # "…, which stood at 263, according to X.": a closing aside that X backs, not the speaker
                   r"|,\s+(?:who|which|[a-z]+ing)\s[^,;“”\"]*,\s+according\s+to\s[^,;“”\"]*$"
                   r"|,\s+to\s+which\s+[^,;:“”\"]{1,60}:\s*[“\"']"  # "…, to which Lee replied: “…”": the reply, a quote of its own
                   # "… the new depot (the cost of which, many aides say, hurt her)": a bracketed aside
                   # with its own inverted source
                   r"|(?P<bracket_source>\s\((?=" + _BRACKET_SOURCE_EN.pattern + "))"
                   # "… the plan failed and Democrats accused …": a second source and its own speech verb
                   r"|(?P<second_source>,?\s+(?:and|but|while|whilst|whereas)\s+(?:(?!(?:to|that|which|who)\b)[^\s,;“”\"]+\s+){1,6}?"
                   r"(?:%s)\b)"
                   # "… want an outsider, while about 3 in 10 want …": a contrast, the writer's (a second
                   # source's "…, while Democrats said …" is read first); not "…, while troublesome, …";
                   # "… decisive, after most said so in June": the event it follows (not "after all")
                   r"|(?P<contrast>,\s+(?:whil(?:e|st)\s+(?![^\s,;]+,)|after\s+(?!all\b)))") % "|".join(sorted(_SECOND_SOURCE_VERBS_EN))
_EN_BREAK = {}
#: An -ed form and a lower-case plural noun after it (``pledged delegates``).
_PARTICIPLE_THEN_PLURAL_EN = re.compile(r"[a-z]+ed[ \t]+([a-z]{3,}s)\b")
#: Words ending in "s" after such a form that are no counted noun (``60 pledged this week``).
_NOT_COUNTED_NOUNS_EN = frozenset("this thus was has is its his hers yours ours theirs always perhaps".split())
#: The opening mark of each closing mark a subject's quoted words may end with.
_OPENER_OF_CLOSER = {"”": "“", "\"": "\"", "»": "«", "''": "''"}
#: English words that set off the next quoted words as a label, not a quote (``the so-called “X”``).
_LABEL_MARKERS_EN = ("so-called", "so called", "dubbed", "nicknamed")
#: Most words of such a label.
MAX_LABEL_WORDS = 5
#: A closing mark's tail that is only a dash before a cue (``… "win" - said``, ``… ” — said``).
_DASH_BEFORE_CUE_EN = re.compile(r"(--|—|–|\s-)\s*$")
#: A relative clause opening such an aside (``- who said``).
_RELATIVE_OPENING = re.compile(r"\s*(?:who|which)\s")
#: Most characters between such a mark and the closing dash (`` "fight" in court - said``).
MAX_DASH_ASIDE_TAIL = 80


def _en_clause_break(lex):
    if "re" not in _EN_BREAK:
        # Every break opens with a semicolon, a comma or white space: the look-ahead for one
        # passes any other position with one test instead of trying each alternative there.
        _EN_BREAK["re"] = re.compile(r"(?=[;,\s])(?:" + clause_break(lex).pattern + _MORE_BREAKS_EN + ")")
    return _EN_BREAK["re"]


#: English words after "more/fewer/less than" that open a share of a group (``More than half of …``).
_SHARE_LEADS_EN = NUMBER_WORDS_EN | frozenset("half a an one third quarter".split())
#: English nouns for one unnamed person that a demonstrative points back to (``That person said``).
_ONE_PERSON_EN = frozenset({"person", "man", "woman"})


#: Modifiers that may stand before a body's initials without naming the body (``former CIA officers``).
_NOT_BODY_NOUNS_EN = frozenset("former other ex current some many most several two three".split())


#: Endings of English adjectives of mood or manner (``tearful``, ``jubilant``, ``delighted``); a
#: word with one that is no known noun or title is read as an adjective.
_ADJECTIVE_ENDINGS_EN = ("ful", "ous", "ed", "less", "ive", "ant", "ent", "al", "ate", "ic")
#: Heads of an indefinite subject that always name someone speaking for a body (``A council
#: spokeswoman``); other indefinite heads may be things (``a group called …``).
_INDEFINITE_SPEAKER_HEADS_EN = frozenset("spokesman spokeswoman spokesperson official".split())


def _inside_word(text: str, pos: int) -> bool:
    """Whether ``pos`` falls between two characters that may be of one ``_WORD`` match (word
    characters or hyphens): a window edge there may cut a word."""
    return 0 < pos < len(text) and _in_word(text[pos - 1]) and _in_word(text[pos])


def _in_word(char: str) -> bool:
    """A character a ``_WORD`` match may hold: a word character or a hyphen."""
    return _is_word_char(char) or char == "-"


def _name_particle_en(ws, j: int) -> bool:
    """English: a lower-case particle inside a name (``Ruth von Castro``, ``Ali al-Rashid``), after a
    capitalised word and before a capitalised one (or, ``al-``, joined to it)."""
    w = ws[j][0]
    if joined_arabic_article(w):
        return True
    if w not in NAME_PARTICLES or w == "'t" or j + 1 >= len(ws) \
            or not (ws[j - 1][0][:1].isupper() or ws[j - 1][0] in NAME_PARTICLES):
        return False
    nxt = ws[j + 1][0]
    return nxt[:1].isupper() or (nxt in NAME_PARTICLES and j + 2 < len(ws) and ws[j + 2][0][:1].isupper())


#: Most words from an open parenthesis to a cue whose clause it opens (``(her campaign later disclosed``).
MAX_PAREN_ASIDE_WORDS_EN = 4
#: How many characters before a cueless quote the partitive colon lead is looked for.
PARTITIVE_COLON_REACH_EN = 120
#: A clause led by a share of a group and closed by a colon before a quote (``And a few of these
#: are odder still:``, ``Others were blunter:``): the clause opens after a sentence end or a closing mark.
_PARTITIVE_COLON_EN = re.compile(
    r"(?:^|[.!?\"”]\s+)(?:(?:And|But)\s+)?(?:(?:Some|Many|Most|Several|A few|One|Others|Another)\s+of\s+"
    r"(?:them|these|those|the\s+\w+)|Others)\b[^.!?:\"“”]{0,60}:$", re.IGNORECASE)


#: Adjectives that only stand before a noun ("the many reasons", "its latest reports"): after a
#: determiner and one of them, a cue form is a noun ("the many say" is too rare to weigh).
_NOUN_ONLY_ADJECTIVES_EN = frozenset("many several various numerous latest recent previous new".split())
#: Past forms of English cues without "-ed" (a subject "a spokesman" comes before them).
_IRREGULAR_PAST_CUES_EN = frozenset("said told wrote read spoke swore forecast foresaw taught thought heard felt "
                                    "knew meant put set let quit bid cast".split())
#: Words after "a"/"an" that make a plural subject of the verb after them ("a few say …", "a lot claim …").
_A_QUANTITY_WORDS_EN = frozenset("few lot number couple majority minority third quarter half dozen handful "
                                 "host slew series group bunch".split())


class Extractor(NameEvidence, DirectQuotes, IndirectQuotes):
    """Reads one article in order and collects its quotes."""

    def __init__(self, text: str, lex: Lexicon, find_people: Optional[Callable] = None):
        self.text = text
        self.lex = lex
        self._clause_break = _en_clause_break(lex) if lex.lang == "en" else clause_break(lex)
        self.confidence = rule_confidence(lex.lang)
        self._word_index = None
        self._short_forms = None
        self._hits_key, self._hits = None, []
        self._cue_words = None  # the article's cue words and their offsets, once a sentence asks
        self._noun_uses = {}
        self._first_char: Optional[int] = None
        self._label_count: Optional[int] = None
        self.parser = MentionParser(lex, find_people)
        self.people = ArticlePeople(lex, clean_name=self._split_title, gender_of=self._gender_of, parser=self.parser)
        self.people.text = text
        self.people.is_org_abbreviation = self._organisation_abbreviation_id
        self.people.full_name_of = self._full_name_of
        self.people.learn_gender = self._learn_gender
        self.found: List[_Pending] = []
        self.sentences: List[Sentence] = []
        self.prev_paragraph_quoted: Optional[Entity] = None
        #: Openings of quotes led in by a cue whose subject names nobody (``as if to say, “…”``).
        self.cued_unattributed: Set[int] = set()
        #: The named subject of a speech verb in this sentence that reported no clause.
        self.cue_subject: Optional[Entity] = None
        #: The sentence that last reported someone's words in indirect speech, and that someone.
        self.last_report: Optional[Tuple[Sentence, Entity]] = None
        #: How many people were known before the current sentence named any.
        self.known_before = 0

    def _record(self, start: int, end: int, kind: str, cue: Optional[str], rule: str,
                ent: Optional[Entity]) -> _Pending:
        """Keep a quote found by ``rule`` (its confidence is the rule's) and make ``ent`` the last speaker."""
        q = Quote(start=start, end=end, text=self.text[start:end], kind=kind, cue=cue,
                  confidence=self.confidence.get(rule, DEFAULT_CONFIDENCE), rule=rule)
        pending = _Pending(q, ent)
        self.found.append(pending)
        self.people.mark_speaker(ent)
        return pending

    # -- driver --------------------------------------------------------------------------
    def run(self) -> List[Quote]:
        text, lex = self.text, self.lex
        body_end = find_body_end(text, lex)
        self.comments_start = len(text)
        if lex.lang == "en":
            # readers' comments under the article: their words are no speaker's of the article
            self.comments_start = find_comments_start(text[:body_end])
            if not has_signatures(text, self.comments_start, body_end):
                body_end = min(body_end, self.comments_start)  # unsigned: nobody to give them to
        prev_sentence: Optional[Sentence] = None
        for para in paragraphs(text, lex, body_end):
            spans = find_quote_spans(text, para.start, para.end)
            para.sentences = split_sentences(text, para, [(s.open, s.outer_end) for s in spans])
            self.sentences = para.sentences  # the current paragraph's, for rules that look back in it
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
                carried = None  # (where the last re-attributed quote closed, its speaker)
                for span in para_unattributed:
                    ent = para_speaker
                    if lex.lang == "en" and len({id(e) for _, e in by_sentence}) > 1:
                        # "“…,” said A. “…” B said …: “…”": a quote goes on the words of the
                        # nearest speaker before it in the paragraph.
                        before = [e for at, e in by_sentence if at <= span.open]
                        ent = before[-1] if before else by_sentence[0][1]
                    if lex.lang == "en" and self.prev_paragraph_quoted is not None \
                            and self._own_report_after_en(span, by_sentence):
                        # "“…” Lee said: “…”", "“…” Lee warned that …": the next speaker's cue leads
                        # words of its own; the quote before goes on with the previous paragraph's speaker
                        ent = self.prev_paragraph_quoted
                    if lex.lang == "en":
                        named = self._named_subject_before_en(para, span, ent)
                        if named is None and carried is not None and not text[carried[0]:span.open].strip():
                            named = carried[1]  # "… B wants …. “X.” “Y.”": the next quote goes on with B
                        ent = named or ent
                        carried = (span.outer_end, named) if named is not None else None
                        if self._partitive_colon_before_en(para.start, span.open):
                            ent = None  # "And a few of these are odder still: “…”": not the last speaker's
                    self._emit_direct(span, ent, None, "direct-paragraph")
                self._restore_last_speaker_en(para_unattributed, by_sentence)
            elif para_unattributed and lex.lang == "en" and self._label_colon_paragraph_en(para.start):
                # ": “I joined the label in 1977 …”": a paragraph whose label (a question, the
                # interviewee's name) was dropped, leaving its colon; the person the article is
                # about, who answers, speaks
                para_speaker = self.people.salient
                for span in para_unattributed:
                    self._emit_direct(span, para_speaker, None, "direct-run-on")
            elif para_unattributed and lex.lang == "en" and self.prev_paragraph_quoted is not None:
                para_speaker = self._run_on_quotes_en(para_unattributed, para.start) or para_speaker
            self.prev_paragraph_quoted = para_speaker if (spans or para_speaker) else None
        return self._finish()

    def _writer_after_mixed_en(self, end: int, sent_end: int) -> Optional[Entity]:
        """English ``Her friends called him “a buffoon,” Susan said as …``: a mixed report whose
        quoted fragment closes on a comma before its own subject and cue is relayed by that
        subject, who speaks for the sentence (the next paragraph's cueless quote goes on with her).
        None when no such cue follows."""
        text = self.text
        close = end if text[end - 1:end] in "”\"" else end + 1 if text[end:end + 1] in "”\"" else 0
        if not close or text[close - 2:close - 1] != "," \
                or not self._writer_cue_after_en(text[close:sent_end].lstrip()):
            return None
        after = self._post_cue(close, sent_end)
        if after is None or after[0] is None:
            return None
        return self.people.resolve(after[0], after[0].start)

    def _partitive_colon_before_en(self, para_start: int, open_at: int) -> bool:
        """English ``Another reader wrote: “…” And a few of these are odder still: “…”``: a cueless
        quote led in by a colon after a clause whose subject is a share of a group (``some of
        them``, ``many of these``, ``others``): the words are another member's, not the speaker's before."""
        before = self.text[max(para_start, open_at - PARTITIVE_COLON_REACH_EN):open_at].rstrip()
        if not before.endswith(":"):
            return False
        return _PARTITIVE_COLON_EN.search(before) is not None

    def _named_subject_before_en(self, para, span: QuoteSpan, ent):
        """English ``“…,” said A. His friend, B, leader of …, lays the blame on … “…”``: the
        sentence right before a cueless quote opens with another named person (a word in lower
        case or a comma after the name) and holds no quote; that person, not the paragraph's
        speaker, goes on with the words. None when no such sentence stands there."""
        prev = [s for s in para.sentences if s.end <= span.open and s.start < span.open]
        if not prev:
            return None
        sent = prev[-1]
        if self.text.count("\"", sent.start, sent.end) or self.text.count("“", sent.start, sent.end) \
                or self.text[sent.end:span.open].strip():
            return None  # the quote must open the sentence right after it
        ws = tokens(self.text, sent.start, min(sent.end, sent.start + 200))
        if len(ws) > 4 and ws[0][0] in ("His", "Her", "Their") and ws[1][0].islower() and ws[2][0] == ",":
            ws = ws[3:]  # "His friend, B, …": the name after the short description
        k = 0
        while k < len(ws) and ws[k][0][:1].isupper():
            k += 1
        first = 0
        if 0 < k < len(ws) - 3 and ws[k][0].islower() and ws[k][0] in self.lex.titles \
                and ws[k + 1][0][:1].isupper() and ws[k + 2][0][:1].isupper():
            # "Kenyan coach Paul Merrit wants …": capitalised words (a place, "Former"), a lower-case
            # title, then the name
            first = k = k + 1
            while k < len(ws) and ws[k][0][:1].isupper():
                k += 1
        if k == 0 or k >= len(ws) or not (ws[k][0] == "," or ws[k][0].islower()):
            return None
        mention = self.parser.chunk(self.text, ws[first][1], ws[k - 1][2])
        if mention is None or mention.kind != NAME or len((mention.name or "").split()) < 2:
            return None
        other = self.people.resolve(mention, mention.start)
        return other if other is not None and other is not ent and other.kind == "person" else None

    def _own_report_after_en(self, span: QuoteSpan, by_sentence) -> bool:
        """English: whether the cueless quote ``span`` opens a sentence, no sentence of the paragraph
        before it has a speaker, and the first that does after it opens with its subject, not a
        quote (``“A.” Lee said: “B.”``, ``“A.” Lee warned that …``; but ``“A.” “B,” said Lee.``
        shares Lee's cue)."""
        after = [at for at, _ in by_sentence if at > span.open]
        if not after or len(after) < len(by_sentence):
            return False
        lead = self.text[max(0, span.open - 3):span.open].rstrip()
        if lead and lead[-1] not in ".!?\n" and not (len(lead) > 1 and lead[-2] in ".!?" and lead[-1] in '"”'):
            return False  # "Lee fired back that the “…” …": a fragment inside a sentence, no sentence of its own
        first = self.text[after[0]:after[0] + 1]
        return first.isalpha() and first.isupper()

    def _restore_last_speaker_en(self, spans: List[QuoteSpan], by_sentence):
        """English ``“…,” Lee said. “…” Roe said he would …``: a quote of the paragraph given to
        an earlier speaker after the fact leaves the paragraph's last speaker the pronouns' referent."""
        if self.lex.lang != "en" or not by_sentence or not spans:
            return
        last_at, last = by_sentence[-1]
        if any(span.open < last_at for span in spans):
            self.people.mark_speaker(last)

    def _label_colon_paragraph_en(self, para_start: int) -> bool:
        """English: whether the paragraph opens with a bare colon (``: “…”``), the trace of a
        dropped label of an interview's answer, while a named person is the one the text is about."""
        return self.text.startswith(":", para_start) and self.text[para_start + 1:para_start + 2].isspace() \
            and self.people.salient is not None and self.people.salient.kind == "person"

    def _run_on_quotes_en(self, spans: List[QuoteSpan], para_start: int) -> Optional[Entity]:
        """English: a paragraph that follows a quoted speaker's paragraph and quotes whole
        sentences with no cue at all (``He was in plaster for weeks. “Walking again felt like a
        victory.”``) goes on with that speaker's words; the speaker, or None if nothing was taken.
        Fragments and titles in marks are left alone."""
        ent = self.prev_paragraph_quoted
        taken = [s for s in spans if self._quoted_sentence_en(s)]
        if len(taken) != len(spans):
            return None  # a fragment among them: the paragraph may quote someone else's words
        if len(taken) < RUN_ON_MIN_QUOTES:
            return None  # "Lee agreed. “…”": one quote after a sentence may well be a new voice's
        if any(REPORTING_WORD_EN.search(self.text, self._stretch_start(s, spans, para_start), s.open) for s in taken):
            return None  # a cue the rules could not read: better no speaker than a guessed one
        for span in taken:
            self._emit_direct(span, ent, None, "direct-run-on")
        return ent if taken else None

    def _stretch_start(self, span: QuoteSpan, spans: List[QuoteSpan], para_start: int) -> int:
        """Where the narrative before ``span`` starts: the end of the quote before it in the
        paragraph, or a little before it, within the paragraph."""
        before = [s.outer_end for s in spans if s.outer_end <= span.open]
        return max(before) if before else max(para_start, span.open - RUN_ON_LOOKBACK)

    def _quoted_sentence_en(self, span: QuoteSpan) -> bool:
        """Whether a quote is a whole sentence standing where a sentence starts: a capital first,
        final punctuation last, and enough words to be a statement."""
        body = self.text[span.start:span.end].strip()
        lead = self.text[max(0, span.open - 3):span.open]
        return (len(body.split()) >= RUN_ON_MIN_WORDS and body[:1].isupper() and body[-1:] in ".?!"
                and (span.open == 0 or re.search(r"(?:[.!?][”\"’']?\s+|\n\s*)$", lead) is not None))

    def _finish(self) -> List[Quote]:
        for ent in self.people.entities:
            self._settle_name(ent)
        out = []
        for item in self.found:
            q, ent = item.quote, item.entity
            if q.start >= self.comments_start:
                # a reader's comment: the reader who signs it speaks, or nobody we can name
                signer = comment_signer(self.text, q.start)
                if signer is None:
                    continue
                cut = self.text.rfind("\n\n", 0, q.start)
                comment = self.text[cut + 2 if cut >= 0 else 0:q.start]
                if ent is None or not any(alias in comment for alias in {ent.name, *ent.aliases}):
                    # not someone the reader names ("my husband said …"): the reader's own words
                    q.speaker, q.role, q.speaker_type = signer, None, "person"
                    q.speaker_aliases = [signer]
                    out.append(q)
                    continue
            if ent is not None:
                q.speaker = ent.name
                q.role = self.people.role_of(ent) if ent.kind == "person" or (
                    self.lex.lang == "id" and ent.kind == "description") else None  # "pengemudi Kijang": pengemudi
                if q.role and self.lex.lang == "en" and self._article_and_adjective_en(q.role):
                    q.role = None  # "a tearful Lee told …": how she spoke, no title
                q.speaker_type = ent.kind
                q.speaker_aliases = list(dict.fromkeys(ent.aliases))
            else:
                q.confidence = min(q.confidence, 0.3)
            out.append(q)
        out.sort(key=lambda q: (q.start, q.end))
        return out

    def _quoted_term_in_aside_en(self, span: QuoteSpan, nxt: QuoteSpan) -> bool:
        """English ``“…,” Tom Ash, wearing a hat and “Ann Lee” campaign pins, said``: ``nxt``, a
        short term in marks inside a comma aside that opened after the quote (``, wearing …``) and
        goes on in lower case after its closing mark, is no quote of its own."""
        text = self.text
        term = text[nxt.start:nxt.end]
        if nxt.close is None or len(term.split()) > 3 or any(c in term for c in ",.!?;:"):
            return False
        gap = text[span.outer_end:nxt.open]
        if ", " not in gap or "\n" in gap or len(gap) > 120:
            return False
        after = text[nxt.outer_end:nxt.outer_end + 30]
        m = re.match(r" ([a-z][a-z\-]+)\b", after)
        return m is not None and ", " in text[nxt.outer_end:nxt.outer_end + 80]

    def _article_and_adjective_en(self, role: str) -> bool:
        """English ``a tearful``, ``an emotional``: an article and one word that is neither a noun
        nor a title, left before a name (``a tearful Lee``); a mood, not the person's role."""
        words = role.split()
        return len(words) == 2 and words[0] in ("a", "an") and words[1].islower() \
            and words[1].endswith(_ADJECTIVE_ENDINGS_EN) \
            and words[1] not in self.lex.titles and not self.lex.is_plain_noun(words[1])

    # -- one sentence ----------------------------------------------------------------------
    def _argument_goes_on_id(self, sent: Sentence, spans, prev_sentence) -> bool:
        """Indonesian: whether ``sent``, with no quote marks, opens with a word that carries on an
        argument (``Apalagi,``, ``Terlebih,``) right after a sentence reporting the last speaker."""
        if self.lex.lang != "id" or spans or prev_sentence is None or self.last_report is None:
            return False
        head = self.text[sent.start:sent.start + 10]
        if not head.startswith(_ARGUMENT_OPENERS_ID):
            return False
        before, speaker = self.last_report
        return before is prev_sentence and speaker is self.people.salient and speaker.kind == "person"

    def _sentence(self, sent: Sentence, spans: List[QuoteSpan], para, prev_sentence, unattributed) -> Optional[Entity]:
        """Attribute the direct quotes and indirect clauses of one sentence; return its speaker."""
        lang_en, lang_id = self.lex.lang == "en", self.lex.lang == "id"  # asked again and again below: read once
        text = self.text
        self.known_before = len(self.people.entities)
        argued = self._argument_goes_on_id(sent, spans, prev_sentence)
        state = self.people.speaker_state() if argued else None
        self._observe_names(sent, spans, para)
        self._subject_salience(sent, spans)
        speaker = None
        consumed = set()
        self.cue_subject = None
        # Indirect and mixed first: a quote inside a reported clause belongs to the clause.
        for pending in self._indirect(sent, spans, prev_sentence):
            q = pending.quote
            for i, s in enumerate(spans):
                if q.start <= s.open and s.outer_end <= q.end + 1:
                    consumed.add(i)
            if not (lang_en and (q.cue or "").lower() in self.lex.question_cues
                    and getattr(pending.entity, "kind", None) != "person"):
                speaker = pending.entity or speaker  # but an asker's question leaves the answer to the one asked
            if pending.entity is not None:
                self.last_report = (sent, pending.entity)
            if lang_en and q.kind == MIXED and "," in text[q.end - 2:q.end]:
                speaker = self._writer_after_mixed_en(q.end, sent.end) or speaker
        if state is not None:
            # "Menurut Irma, data harus dibuka. Apalagi, Presiden Joko sudah menyampaikan …":
            # the one named goes into her argument; the next "ujarnya" is still hers
            self.people.restore_speaker_state(state)
            speaker = None
        speaker = speaker or self.cue_subject  # "Tito menyampaikan apresiasi …": he spoke, with no report
        for i, span in enumerate(spans):
            if i in consumed:
                continue
            gap_after_end = spans[i + 1].open if i + 1 < len(spans) else sent.end
            if lang_en and i + 1 < len(spans) and text[span.end - 1:span.end] == "," \
                    and self._quoted_term_in_aside_en(span, spans[i + 1]):
                # '“…,” delegate Tom Ash, wearing a hat and “Ann Lee” campaign pins, said': the
                # term in marks is part of the aside; the cue after it is the quote's
                gap_after_end = spans[i + 2].open if i + 2 < len(spans) else sent.end
                self.aside_term_marks = (spans[i + 1].open, spans[i + 1].close)
            if i + 1 == len(spans) and span.outer_end >= sent.end - 1 and lang_en:
                # "“…?” Bowen said.": the sentence split after the closing mark; the cue follows.
                nxt = next((s for s in para.sentences if s.start >= sent.end), None)
                if nxt is not None:
                    gap_after_end = nxt.end
            gap_before_start = spans[i - 1].outer_end if i > 0 else sent.start
            k = i - 1
            while k >= 0 and k not in consumed and lang_en and spans[k].close is not None \
                    and self._quoted_label(sent.start, spans[k].close, self.text[spans[k].close], span.open):
                # 'Ann Lee, one of the so-called “Vale Girls”, told us: “…”': the label is in the lead
                gap_before_start = spans[k - 1].outer_end if k > 0 else sent.start
                k -= 1
            ent = self._direct(span, gap_before_start, gap_after_end, sent, para, i)
            self.aside_term_marks = ()
            if ent is not None:
                speaker = ent
            elif self._named_title(span) or (lang_id and (
                    self._title_inside_clause_id(span, sent.start) or self._quoted_subhead_id(span, para.start))) \
                    or (lang_en and (self._work_title(span) or self._as_if_to_say_en(span))):
                pass  # "diskusi bertajuk “…”", "dalam webinar “Kota Hijau di Era Baru”", "his book, “…”": a title
            elif span.open in self.cued_unattributed:
                self._emit_direct(span, None, None, "direct-unresolved")  # a cue's quote, its speaker unread
            elif not self._is_short(span) or (lang_en and span.open == sent.start
                                              and text[span.start:span.end].rstrip()[-1:] in ".?!"):
                unattributed.append(span)  # a quoted sentence, however short, is someone's words
        if speaker is None and not spans and lang_en:
            self._later_subject_salience(sent)
        return speaker

    def _cap_subject(self, ws, k, lower_only=False):
        """``(k, j)``: the capitalised run ``ws[k:j]`` opening a clause and followed by a
        lower-case word (or a comma), else None."""
        j = k
        en = self.lex.lang == "en"
        while j < len(ws) and (ws[j][0][:1].isupper() or ws[j][0].startswith("(") or (
                (ws[j][0].lower() in ORG_CONNECTORS or (ws[j][0] in ("sekaligus", "on") and self.lex.lang == "id"))
                and j + 1 < len(ws) and ws[j + 1][0][:1].isupper())
                or (en and j > k and ws[j][0][:1].islower() and _name_particle_en(ws, j))
                or (j > k and ws[j][0] == "." and ws[j][1] == ws[j - 1][2]
                    and ((en and ws[j - 1][0].lower() in ABBREVIATIONS) or len(ws[j - 1][0]) == 1))):
            # "Managing Director and Chief Economist … Taimur Baig optimistis", "Gov. Scott Walker",
            # "Direktur Center of Reform on Economics Budi menyampaikan" (an English body's name)
            j += 1
        if j == k or j >= len(ws):
            return None
        nxt = ws[j][0]
        if not (nxt.islower() or (nxt == "," and not lower_only)):
            return None
        return k, j

    def _noun_phrase(self, mention: Mention) -> bool:
        """A short phrase with no verb and no subordinator: any such subject of ``said`` is a source
        ("participants said", "61 percent said", "a memo seen by Reuters said"; a share opening with
        ``At least``/``At most``, "At least a dozen members said", is no adverbial)."""
        words = mention.text.split()
        return 0 < len(words) <= 12 and (words[0].lower() not in _SUBORDINATORS_EN or len(words) > 2 and (
            words[0].lower() == "at" and words[1] in ("least", "most"))) \
            and not any(w.lower() in {"if", "when", "because", "that", "whether", "than"} for w in words[2 * self._share_opener(words):])

    def _share_opener(self, words) -> bool:
        """English ``More than half of …``, ``more than 4 in 10``, ``more than two-thirds of …``: a
        share of a group opening a subject phrase (its ``than`` is no comparison clause)."""
        return len(words) > 2 and words[1] == "than" and words[0].lower() in {"more", "fewer", "less"} \
            and (words[2][:1].isdigit() or words[2].lower().split("-", 1)[0] in _SHARE_LEADS_EN)

    def _plausible_speaker(self, mention: Mention) -> bool:
        """A phrase before a verb is a speaker when it names, points to, or describes a known source."""
        lang_en = self.lex.lang == "en"  # asked again and again below: read once
        if mention.kind in (NAME, PRONOUN, ANAPHOR, "title", "organisation"):
            return True
        if lang_en and mention.text.lower().startswith("the ") and \
                mention.text.split()[-1].lower().rstrip("s") in SOURCE_NOUNS:
            return True
        if lang_en and mention.text.lower().startswith(("a ", "an ")) and \
                mention.text.split()[-1].lower() in _INDEFINITE_SPEAKER_HEADS_EN:
            return True  # "A Sukamaju Council spokeswoman confirmed …": one member speaking for a body
        words = mention.text.split()
        if lang_en and len(words) >= 3 and words[0].lower() == "those" and words[1] == "who":
            return True  # "…, say those who feel the plan should be dropped": the people the clause picks out
        if lang_en and len(words) >= 3 and words[-2:] == ["and", "others"] and words[0][:1].isupper():
            return True  # "said Lee and others": a named person and the rest with them
        if lang_en and len(words) == 2 and words[0].lower() in ("that", "this") and words[1].islower() \
                and (words[1] in _ONE_PERSON_EN or words[1] + "s" in self.lex.descriptions):
            return True  # "A source near him said A. That person said B": the one source just named
        if lang_en and mention.kind == "description" and self.parser.unnamed_member(self.text, mention):
            return True  # "a top adviser for President Odell explained why: …"
        if lang_en and mention.kind == "description" and self.parser.group_of_person(self.text, mention):
            return True  # "Attorneys for Lee appeared to oppose it, saying …"
        if lang_en and mention.kind == "description" and len(words) >= 3 and len(words[-1]) >= 3 \
                and words[-1].isupper() and words[-1].isalpha() and words[-2].islower() \
                and words[-2] not in _NOT_BODY_NOUNS_EN \
                and (words[0].lower() == "the" or words[0].endswith(("'s", "’s"))):
            # "Norway's state-owned energy giant NORCO runs …, and says": a definite body, named by its
            # initials (not "A newly created super PAC called …")
            return True
        return _known_description(mention, self.lex)

    def _clause_start(self, floor: int, verb_start: int) -> int:
        """Start of the clause whose subject stands before ``verb_start`` (after a closing mark)."""
        text = self.text
        lo = max(floor, verb_start - 400)
        for mark in ("”", "\"", "»", "''"):  # "''" is the typewriter-era closing mark (NYT)
            k = text.rfind(mark, lo, verb_start)
            while k >= 0 and self.lex.lang == "en" and (self._quoted_title_end(floor, k, mark)
                                                         or self._quoted_in_aside(floor, k, mark)
                                                         or self._quoted_label(floor, k, mark, verb_start)):
                k = -1  # 'Lee, the co-author of "Gone Global," said': a title inside the subject phrase
            if k >= 0 and self.lex.lang == "en" and self._mark_in_dash_aside(floor, k, verb_start):
                k = -1  # 'Lee - who said he would "win" - said': the quote is inside an aside before the cue
            if k >= 0:
                lo = max(lo, k + len(mark))
        k = text.rfind("(", lo, verb_start) if self.lex.lang == "en" else -1
        if k >= 0:
            aside = text[k:verb_start]
            if ")" not in aside and "," not in aside and len(aside.split()) <= MAX_PAREN_ASIDE_WORDS_EN:
                lo = k + 1  # "Lee tripped (her campaign later disclosed that …)": the aside's own clause
        return lo

    def _quoted_label(self, floor: int, close: int, mark: str, verb_start: int) -> bool:
        """Whether the mark at ``close`` ends a short label the writer sets off as a name inside
        an apposition closed by a comma before ``verb_start`` (``Ann Lee, one of the so-called
        “Vale Girls”, said``): part of the subject phrase (but not ``so-called “X” reports``)."""
        if "," not in self.text[close - 1:verb_start]:
            return False
        opener = _OPENER_OF_CLOSER.get(mark)
        start = self.text.rfind(opener, max(floor, close - 60), close) if opener else -1
        if start < 0 or len(self.text[start:close].split()) > MAX_LABEL_WORDS:
            return False
        return self.text[max(floor, start - 12):start].rstrip().lower().endswith(_LABEL_MARKERS_EN)

    def _quoted_in_aside(self, floor: int, close: int, mark: str) -> bool:
        """Whether the mark at ``close`` ends words quoted in an aside participle's phrase right
        before a cue (``Lee, citing “the magic of it,” said``): a part of the subject's aside, not
        a quote before its cue."""
        text = self.text
        if not self.lex.aside_participles or text[close - 1:close] != ",":
            return False
        opener = _OPENER_OF_CLOSER.get(mark)
        start = text.rfind(opener, max(floor, close - 200), close) if opener else -1
        if start < 0:
            return False
        comma = text.rfind(",", max(floor, start - 60), start)
        if comma < 0 or not text[comma + 1:comma + 2].isspace():
            return False
        return self._aside_participle_at(comma + 2) and bool(self._ASIDE_TAIL.fullmatch(text, comma + 2, start))

    _ASIDE_TAIL = re.compile(r"[\w\s'’-]*")

    def _mark_in_dash_aside(self, floor: int, close: int, verb_start: int) -> bool:
        """Whether the closing mark at ``close`` ends an English aside set off by dashes that closes
        right before the cue at ``verb_start`` (``Lee - who said he would "win" - said``): the same
        dash closes the aside and opens it before the mark, after ``floor``."""
        m = _DASH_BEFORE_CUE_EN.search(self.text, close + 1, verb_start)
        if m is None or verb_start - close > MAX_DASH_ASIDE_TAIL or any(
                d in self.text[close:m.start()] for d in ("—", "–", "--", " - ")):
            return False
        dash = m.group(1).strip()
        opener = f" {dash} " if dash == "-" else dash
        opening = self.text.rfind(opener, max(floor, close - 300), close)
        return opening > floor and "\n" not in self.text[opening:verb_start] \
            and _RELATIVE_OPENING.match(self.text, opening + len(opener)) is not None

    def _quoted_title_end(self, floor: int, close: int, mark: str) -> bool:
        """Whether the mark at ``close`` ends a short title-case title in marks after a lower-case
        word (``the co-author of “Gone Global,”``): a name inside a phrase, not a quote before its cue."""
        text = self.text
        opener = _OPENER_OF_CLOSER.get(mark)
        if opener is None:
            return False
        start = text.rfind(opener, max(floor, close - 60), close)
        if start < 0:
            return False
        before = _LAST_WORD.search(text, max(floor, start - 30), start)
        if not (title_case_phrase(text[start + len(opener):close]) and before is not None
                and before.group(1).islower() and text[close - 1] == ","):
            return False
        # only inside an apposition to a subject named first: "Lee, the co-author of “…,” …"
        lead = text[max(floor, start - 200):start]
        lead = lead[max(lead.rfind("."), lead.rfind("\n")) + 1:].lstrip()
        first = lead.split(None, 1)[0] if lead.split() else ""
        return "," in lead and first[:1].isupper() and first.lower() not in opening_stop_words("en")

    def _word_hits(self, start: int, end: int, words):
        """Words of ``text[start:end]`` that are in ``words`` (case-folded), as regex matches.

        ``words`` is a subset of the lexicon's ``scanned_cues``. One pass with a plain word
        pattern and set look-ups: much faster than a regex alternation of a few hundred cue
        forms. In English a capitalised form (``the State Department``, ``United States``,
        ``Editor's Note``) or one after a determiner or a possessive (``his tweet``, ``Brandt's
        claim``, ``the report``) is a noun, not a cue verb.
        """
        en = self.lex.lang == "en"
        if self._hits_key != (start, end):
            # The finders scan the same sentence several times: find its cue words once.
            self._hits_key = (start, end)
            self._hits = self._cue_words_between(start, end)
        if not self._hits:
            return  # no cue word in the sentence (half of them): nothing to yield, no headline test
        headline = en and self._opens_article(start)
        for m, low in self._hits:
            if low in words:
                if en and ((m.group()[:1].isupper() and not (m.start() > start and low in _HEADLINE_CUES_EN and (
                        headline or self._title_line_after(m.start(), m.end()))))
                           or self._noun_use(m.start())):
                    continue  # a noun; but in a title-case headline "Carver Says …" is a cue
                if en and low in _WRITE_EN and self.text.startswith(" off ", m.end()):
                    continue  # "written off by the pundits", "wrote off the debt": a loss, no speech
                yield m

    def _cue_words_between(self, start: int, end: int):
        """The words of ``text[start:end]`` in the lexicon's ``scanned_cues``, as ``(match, lowered)``.

        Cut from the cue words of the whole article, found in one scan: a window whose edges
        cut no word holds exactly the article's words that lie inside it. A window edge inside
        a word (rare) is read with the pattern, which would see part of that word as a word.
        """
        text = self.text
        if _inside_word(text, start) or _inside_word(text, end):
            scanned = self.lex.scanned_cues
            return [(m, low) for m in _WORD.finditer(text, start, end) if (low := m.group().lower()) in scanned]
        if self._cue_words is None:
            hits = self._article_cue_words()
            self._cue_words = (hits, [m.start() for m, _ in hits])
        hits, starts = self._cue_words
        return hits[bisect_left(starts, start):bisect_left(starts, end)]

    def _article_cue_words(self):
        """The ``(match, lowered)`` cue words of the whole text, in order.

        The lexicon's pattern of cue forms finds, in the lower-cased text, each run of word
        characters that is a cue form; the text's own word there (``_WORD``, which also joins
        hyphenated words: not after "well-") is checked. Lowering keeps every offset unless the
        text grows (only "İ" lowers to two characters): then every word is read.
        """
        text, scanned = self.text, self.lex.scanned_cues
        lower = text.lower()
        if len(lower) != len(text):
            return [(m, low) for m in _WORD.finditer(text) if (low := m.group().lower()) in scanned]
        hits = []
        for at in self.lex.scanned_cue_starts(lower):
            if at >= 2 and text[at - 1] == "-" and _is_word_char(text[at - 2]):
                continue  # the end of a hyphenated word
            m = _WORD.match(text, at)
            if (low := m.group().lower()) in scanned:
                hits.append((m, low))
        return hits

    def _title_line_after(self, cue_start: int, cue_end: int) -> bool:
        """English live-blog or list headline inside the body (``… 9:52PMLee Says We Must Act``): a
        capitalised name right before the cue, and from the cue to the end of its line at least three
        words, every one but the small function words of Title Case capitalised."""
        before = self.text[max(0, cue_start - 2):cue_start]
        if len(before) < 2 or before[1] != " " or not before[0].isalpha() or not before[0].islower():
            return False  # "Lee Says": the name's last letter, one space
        line_end = self.text.find("\n", cue_end)
        words = self.text[cue_end:line_end if line_end >= 0 else len(self.text)].split()
        if not 3 <= len(words) <= 16:
            return False
        return all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_CASE_LOWER or not w[:1].isalnum() for w in words)

    def _opens_article(self, pos: int) -> bool:
        """True when only white space stands before ``pos`` (the headline's first word)."""
        if self._first_char is None:
            self._first_char = len(self.text) - len(self.text.lstrip())
        return pos <= self._first_char

    def _noun_use(self, pos: int) -> bool:
        """True when the word at ``pos`` follows a determiner or a possessive (English).

        Remembered per offset: the finders ask it of the same cue word again and again.
        """
        known = self._noun_uses.get(pos)
        if known is None:
            known = self._noun_uses[pos] = self._read_noun_use(pos)
        return known

    def _read_noun_use(self, pos: int) -> bool:
        before = self.text[max(0, pos - 30):pos]
        words = before.split()  # not _LAST_WORD: a search anchored at the end tries every start
        if not words or not before[-1].isspace():
            return False
        prev = words[-1]
        low = prev.lower().replace("’", "'")
        if low in {"he's", "she's", "it's", "that's", "who's", "there's", "what's"}:
            return False  # "He's claiming that …": a contraction of "is"
        if self.lex.lang == "en" and low in _NOUN_PREPOSITIONS_EN:
            return True  # "secretary of state", "voters in swing states": a preposition's object is a noun
        if self.lex.lang == "en" and prev[:1].isupper() and self._named_document(pos, before):
            return True
        if self.lex.lang == "en" and prev[:1].isdigit() and prev.replace(",", "").isdigit():
            if len(words) >= 2 and (words[-2].lower() in _DETERMINERS_EN or words[-2].lower() == "that" and len(prev) == 4):
                m = _WORD.match(self.text, pos)
                if m is not None and m.group().lower() in _NOUN_CUE_FORMS_EN:
                    return True  # "that 2013 report", "the 2012 poll": a dated document, no verb
            return self._count_participle_en(pos)
        if self.lex.lang == "en" and low in _NOUN_ONLY_ADJECTIVES_EN and len(words) >= 2 \
                and words[-2].lower() in _DETERMINERS_EN:
            return True  # "one of the many reasons that …", "the latest reports": a noun after an adjective
        if self.lex.lang == "en" and len(words) >= 2 and words[-2].lower() in ("a", "an") and prev.isalpha() \
                and low not in _A_QUANTITY_WORDS_EN and not self._plural_subject_before_en(words):
            m = _WORD.match(self.text, pos)
            if m is not None and m.group()[:1].islower() and not m.group().endswith(("s", "ed", "ing")) \
                    and m.group() not in _IRREGULAR_PAST_CUES_EN:
                return True  # "sent a strong signal that …", "a passing promise that …": a bare form after "a X" is a noun
        return low in _DETERMINERS_EN or low.endswith(("'s", "s'"))

    def _plural_subject_before_en(self, words) -> bool:
        """English ``Economists at a bank warn that …``: a plural noun and a preposition before the
        ``a X`` that ends ``words``, so ``a X`` closes the subject and a verb follows (not ``said
        in a press note``, whose word before the preposition is a cue)."""
        if len(words) < 4 or words[-3].lower() not in PREPOSITIONS:
            return False
        head = words[-4].lower()
        return len(head) > 3 and head.endswith("s") and not head.endswith("ss") and head not in self.lex.pre_cues \
            and head not in self.lex.post_cues and head not in self.lex.stop_words

    def _count_participle_en(self, pos: int) -> bool:
        """English ``60 pledged delegates``: an -ed form between a number and a plural noun
        describes what is counted; no one reports (not ``40 said they …``, ``60 pledged to``)."""
        m = _PARTICIPLE_THEN_PLURAL_EN.match(self.text, pos)
        return m is not None and m.group(1).lower() not in _NOT_COUNTED_NOUNS_EN

    def _named_document(self, pos: int, before: str) -> bool:
        """English ``the Kok report``, ``a Gallup poll``: the cue form at ``pos`` is a noun
        headed by a determiner and a capitalised name before it."""
        m = _WORD.match(self.text, pos)
        if m is None or m.group().lower() not in _NOUN_CUE_FORMS_EN:
            return False
        d = _NAMED_DOCUMENT_EN.search(before)
        return d is not None and d.group(1).lower() in _DETERMINERS_EN

    def _inside_quote(self, pos: int, spans: List[QuoteSpan]) -> bool:
        for s in spans:  # (a loop: most sentences have no span, and a generator would be made for none)
            if s.open <= pos < s.outer_end:
                return True
        return False

    def _next_comma(self, start, end, spans):
        depth = 0
        for i in range(start, end):
            c = self.text[i]
            if c == "(":
                depth += 1
            elif c == ")":
                depth = max(0, depth - 1)
            elif c == "," and depth == 0 and not self._inside_quote(i, spans) \
                    and not (self.text[i - 1:i].isdigit() and self.text[i + 1:i + 2].isdigit()):
                return i  # but "2,400": a thousands separator
        return None
