"""Direct quotes: the cue after a closing mark, the cue before an opening one, continuation
paragraphs (``Extractor`` part).
"""
import re
from typing import Optional, Tuple

from quotetrack.engine.marks import QuoteSpan
from quotetrack.engine.quote import DIRECT, MIXED
from quotetrack.engine.rules import (
    aspect_before_infinitive,
    MAX_SUBJECT_TOKENS, MIN_UNATTRIBUTED_WORDS, THIRD_PERSON_PRONOUNS_ID, _TITLE_SMALL_WORDS, _rule_suffix, fold_word, title_case_phrase)
from quotetrack.engine.segment import ABBREVIATIONS
from quotetrack.engine.speakers import (
    _COPULAS_EN, _PASSIVE_BE_FORMS_EN, _PRONOUN_GENDER, _SUBJECT_PRONOUNS_EN, PREPOSITIONS, ANAPHOR, OUTLET_NOUNS_EN, DASH_TOKENS, DESCRIPTION, Entity, Mention, NAME, PRONOUN, SINGULAR_NOUN_CUES_EN, _FINITE_EN, _RELATIVES_EN,
    MAX_QUOTE_HEARER_WORDS_EN, IRREGULAR_PAST_EN, _looks_past_en, fold, non_source_head_id, quote_hearer_en, tokens,
    MOTION_PAST_EN, BUT_NOUN_EN, APPOSED_FULL_NAME_EN)

#: Words opening a described source: "the release", "this source", "his childhood friend".
_DESCRIBING_DETERMINERS = frozenset("the this that these those a an another his her their my our its one".split())

#: How far back (in tokens) from an opening mark the cue of a direct quote may stand; further when
#: the cue forms nearer are nouns ("told the Harbour Post in a written note, “…”").
MAX_CUE_DEPTH = 8
#: Words of a quoted term inside a clause (``thanked “all the fans”``), not a quote of its own.
MAX_QUOTED_TERM_WORDS_EN = 8
#: Tokens of a stance lead before a colon (``Mr Dean is confident though:``).
MAX_STANCE_LEAD_TOKENS_EN = 8
#: Adjectives of a voiced stance that, after a form of *be*, introduce a quote with a colon.
_STANCE_ADJECTIVES_EN = frozenset("confident adamant blunt clear emphatic defiant optimistic upbeat unrepentant "
                                  "unapologetic philosophical candid frank insistent sanguine scathing".split())
_STANCE_TAIL_ADVERBS_EN = frozenset("though too also".split())
_TERM_OPENER_OF_CLOSER_EN = {"”": "“", "\"": "\""}
MAX_CUE_DEPTH_AFTER_SKIP = 12
#: Most tokens of a titled name before ``, who`` (``Sen. Ann B. Marsh``).
MAX_RELATIVE_ANTECEDENT_TOKENS_EN = 6
#: Most lower-case words between a determiner and the ``of`` before a name (``the eldest son of``).
MAX_OF_HEAD_WORDS_EN = 3
#: Most words of the hearer between a far "told" and its "of"/"about" topic before a colon.
MAX_TOLD_HEARER_TOKENS_EN = 4
#: How many tokens of hearer, place and time may stand between an English cue and its quote.
MAX_PLAIN_TAIL_EN = 14
#: How far (in characters) the closing mark of the whole-sentence quote after such a stretch is looked for.
PLAIN_STRETCH_QUOTE_REACH = 400
#: Determiners inside such a stretch: after a preposition (``in the city``) or opening a told hearer.
_PLAIN_TAIL_DETERMINERS_EN = frozenset("the a an his her their its our my your this these those".split())
#: Words before a determiner inside such a stretch (``at the meeting``, ``during a visit``).
_TAIL_PREPOSITIONS_EN = PREPOSITIONS | frozenset("during after before about into near outside inside across".split())
#: Words that may open such a stretch right after the cue: a preposition, a determiner, a hearer.
_PLAIN_TAIL_OPENERS_EN = frozenset("at in on to during after before from with the a an his her their its our "
                                   "them him us me reporters journalists".split())
#: Lower-case words that end such a stretch: conjunctions, complementizers, subordinators.
_PLAIN_TAIL_STOPS_EN = frozenset("that if whether and but or because as so than then when where while which "
                                 "whom whose what how why not however meanwhile although though yet still instead "
                                 "also".split())
#: Nouns in -ing of a time of day, inside such a stretch ("on Friday morning").
_TIME_NOUNS_ING_EN = frozenset("morning evening meeting briefing hearing building gathering".split())
#: Nouns that close the name of a programme or outlet told something (``told Radio
#: Wessex's Morning Wessex programme: “…``): a hearer's long name, no cue words in it.
_HEARER_END_NOUNS_EN = OUTLET_NOUNS_EN | {"newspaper"}
#: ``_speaker_at_cue``: the cue is no verb here; try an earlier one.
_SKIP = object()
#: English possessive determiners (before them a cue form with an adjective between, ``his famous demand``, is a noun).
_POSSESSIVES_EN = frozenset("his her their its my our your".split())
#: English prepositions and subordinators that open an adverbial, never a subject ("for Carver and",
#: "during the debate").
_ADVERBIAL_OPENERS_EN = frozenset("""in on at for from with by during after before about like unlike since while whilst when
as into through over under without despite""".split())

#: ``“false” claims about …``: a cue form ending in ``s`` then one of these is a plural noun.
_PREPOSITION_AFTER_NOUN_CUE_EN = re.compile(r"\s+(?:about|of|over|against|from|regarding|concerning)\b")

#: ``“SMITH: Well, …``: an upper-case speaker label opening a quoted transcript paragraph.
_QUOTED_LABEL_EN = re.compile(r"([A-Z][A-Z'’\-]{2,}(?:[ \t]+[A-Z][A-Z'’\-]{2,}){0,2}):[ \t]+(?=\S)")
#: English nouns of a work whose title may follow in marks (``In his 2002 book, “A Boy From
#: Nowhere,” he …``), with the words after such a noun and its comma before the opening mark.
_WORK_TITLE_LEAD_EN = re.compile(r"\b(?:book|memoir|memoirs|autobiography|biography|novel|film|movie|documentary"
                                 r"|essay|album|song|poem|podcast|play|sitcom"
                                 r"|(?:co-?)?author\s+of|editor\s+of|creator\s+of)\s*,?\s*$")  # "a co-author of “…”"
#: "as if to say, “…”", "as though asking “…”" right before the opening mark: a seeming, no speech.
_AS_IF_SAYING_EN = re.compile(r"\bas\s+(?:if|though)\s+(?:to\s+(?:say|ask)|saying|asking)\s*[,:]?\s*$", re.I)
#: Most words of an English subhead set in single marks on a line of its own (``'Salt Isn't the Enemy.'``).
MAX_SUBHEAD_WORDS = 6
#: Most words of a work's title after such a noun (a title and its subtitle).
MAX_WORK_TITLE_WORDS = 12
#: ``“Rivers and Roads,” by Ann Lee``: after the closing mark, a byline names the work's author
#: (but not ``by Lee's account``, ``by his own admission``).
_BYLINE_AFTER_EN = re.compile(r",?[ \t]+by[ \t]+(?!(?:his|her|their|its|my|our|all|one|some|any|most)\b)"
                              r"[A-Z][\w.’'\-]*(?![’']s[ \t]+(?:own[ \t]+)?(?:account|admission|count|reckoning))")

#: Such a label right after the opening mark at the start of a line.
_QUOTED_LABEL_LINE_EN = re.compile(r"^[\"“]" + _QUOTED_LABEL_EN.pattern, re.M)

#: English prepositions right before the antecedent of a relative pronoun that ends a clause read
#: as a subject ("… was replaced by a message that", "… was this post from Ann Lee who").
_ANTECEDENT_BREAKS_EN = frozenset("of to for with by from in on at into as".split())

#: English verbs whose object is the one spoken to: ``telling reporters: “…”``.
_TELL_EN = frozenset("tell tells told telling".split())

#: ``“…” ― Ann Lee`` closing a line (a signed quote), maybe with a short apposition; the
#: signature may stand on a line of its own below the quote (``“…”¶¶- Ann Lee.``).
_SIGNATURE_EN = re.compile(r"[ \t\xa0]*(?:\n[ \t\xa0]*\n?[ \t\xa0]*)?(?:[―—–]|--?)[ \t\xa0]*"
                           r"([A-Z][\w.'’\-]*(?:[ \t\xa0]+[A-Z][\w.'’\-]*){0,3})"
                           r"(?:,[^\n“”\"]{0,80})?[ \t\xa0]*\.?[ \t\xa0]*(?=\n|$)")
#: ``Ann Lee: “…”`` / ``More from Lee: “…”``: a capitalised name and a colon right before the quote.
_NAME_COLON_EN = re.compile(r"(?:\bfrom[ \t]+|(?<![\w.,'’]))"
                            r"([A-Z][\w.'’\-]*(?:[ \t]+(?:[A-Z][\w.'’\-]*|and))*):[ \t]*$")

#: The agent marker after an Indonesian passive cue (``dikatakan oleh Tony``).
_OLEH_ID = re.compile(r"[ \t]+oleh(?=[ \t])")
#: One capitalised word closing the sentence after a cue ("tutur Lalu.").
_ONE_WORD_END_ID = re.compile(r" ([A-Z][a-z]+)(?=[.!?](?:\s|$)|$)")
#: Most words of a Kompas subhead set in marks at a paragraph's start (“Diaspora bond” Pemerintah …).
_QUOTED_SUBHEAD_MAX_WORDS = 5
#: Indonesian words a title in title case leaves in lower case ("Strategi Kota Hijau di Era Baru").
_TITLE_SMALL_WORDS_ID = frozenset("dan di ke dari untuk yang dalam dengan pada bagi atau serta oleh tentang sebagai "
                                  "menuju melalui antara".split())
#: Fewest words of a sentence's own before a quoted fragment that makes the whole sentence one mixed quote.
MIN_MIXED_LEAD_WORDS = 3
#: Verbs right after a quoted term that make it a sentence's subject (``“Gaming widows” has become …``).
_TERM_VERBS_EN = frozenset("has have had is are was were became becomes become means meant refers".split())
#: Fewest words of a quote that opens a sentence of its own after a heading run into it.
MIN_HEADING_QUOTE_WORDS = 6
#: Capitalised words that open a quoted sentence of its own, not a fragment inside a report.
_SENTENCE_OPENERS_EN = frozenset("the we it this there our they these those i".split())
#: The first word of a quote (letters and apostrophes).
_FIRST_WORD = re.compile(r"[\w'’]+")
#: Possessive determiners capitalised in a title-case headline ("… Releasing Her Tax Returns"): no name holds one.
_TITLE_CASE_POSSESSIVES = frozenset(w.capitalize() for w in _POSSESSIVES_EN)
#: A headline's speaker before "on" and its topic ("Lee on Ray Releasing His Tax Returns: ‘…’").
_NAME_ON_TOPIC_EN = re.compile(r"(?:^|(?<=\n))([A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*)*)[ \t]+on[ \t]+$")


#: A quote's sentence closed right after the closing mark: ``… “rising slowly”. Lee said …``.
_SENTENCE_END_AFTER_MARK = re.compile(r"[ \t]*\.[ \t]+[A-Z]")
#: Forms of "be" before an -ing form: a progressive verb, not a cue ("Talks are continuing").
_BE_FORMS_EN = frozenset("is are was were be been".split())
#: Longest dash aside taken whole as the role of the name before it.
MAX_DASH_ROLE_WORDS = 10
#: English verbs of going on that, with ``on`` closing the clause, cue a quote's continuation.
_GO_ON_EN = frozenset({"went", "goes", "go", "carried", "carries", "pressed", "presses"})
#: How many characters before a ``went on`` cue's source the quote's comma may stand, with its
#: closing mark and a space between (``,” Lee went on``).
GO_ON_COMMA_REACH_EN = 3
#: Singular nouns of a group of people that may go on speaking (``“…,” the crowd went on``).
_GROUP_HEADS_EN = frozenset("crowd audience group panel committee".split())
#: How far before a ``he went on`` quote the quote it continues may end.
GO_ON_REACH = 400
#: What may stand between a closing quote mark and its cue: a comma or stop, a dash, spaces.
_GAP_BEFORE_CUE = re.compile(r"\s*[,.!?…]?\s*[—–-]?\s*")

#: The words after a cue up to the end of its clause, a quoted fragment included (``said he
#: would "keep working" on it``).
_CLAUSE_AFTER_CUE = re.compile(r"[ \t]+([a-zA-Z][^.!?,;:\n]*)")

#: Words that open what trails a cue ending its sentence (``said on Monday``, ``told the BBC``)
#: rather than a reported clause.
_CUE_TRAILERS = frozenset("in on at after before during while whilst when as to about from for with into "
                          "yesterday today tonight later earlier last this".split())

#: The last word before a position.
_WORD_BEFORE = re.compile(r"(\w+)\W*$")

#: Fewest words of a clause that a cue reports (``said the plan had failed``).
MIN_REPORTED_WORDS = 3
#: How many words of a time or place phrase after a cue may come before its reported clause.
MAX_TRAILER_WORDS = 6
#: Subject pronouns that cannot be an object (``he``, not ``him`` nor ``it``).
_SUBJECT_ONLY_PRONOUNS = frozenset("he she they we I".split())
#: Words before a pronoun that make it the subject of a clause of their own (``said as he left``), no report's.
_TRAILER_SUBORDINATORS = frozenset("as when while whilst before after because since if though although until".split())
#: Trailer words that only open such a clause (not also a time phrase, as ``before the game`` does).
_CLAUSE_TRAILERS = frozenset("as when while whilst".split())

#: The rest of a lead-in up to a colon and an opening mark: ``told KDB Radio 4's Breakfast programme: “``.
_COLON_BEFORE_QUOTE = re.compile(r"[^.!?:\"“”\n]{0,80}:[ \t]*(?:[\"“]|'')")


#: An initialism before its last period (``N.C``, ``D.C``, ``U.S``): an abbreviation, no sentence end.
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")

#: A lower-case word (an English cue that may follow a closing mark, ``agreed``).
_LOWER_WORD = re.compile(r"[a-z]+\b")
#: Indonesian: a lower-case word glued to a capitalised one, the space between them lost (``kataBudi``).
_GLUED_CUE_ID = re.compile(r"[a-z]+(?=[A-Z][a-z])")

#: English saying verbs that may stand right before a quote with no comma or colon (and the loud
#: ones: "he yelled “Not true!”", "fans chanted “One more!”"; not their participles, whose
#: subject stands further back: "…, where crowds gathered, chanting “…”").
_BARE_CUES_EN = frozenset("says said saying replied replies yelled yells shouted shouts chanted chants screamed "
                          "screams exclaimed".split())
#: Characters read after a bare Indonesian cue's opening mark for its closing one (a one-word term).
BARE_CUE_QUOTE_REACH_ID = 80
#: Indonesian saying verbs that may stand right before a quote with no comma or colon
#: (``Budi mengatakan "…"``, ``Budi bilang “…”``); not naming or reporting verbs whose object
#: may be a term in marks (``menyebut "…"``, ``menulis "…"``).
_BARE_CUES_ID = frozenset("mengatakan berkata bilang berujar bertutur menegaskan menambahkan berteriak "
                          "berseru".split())
#: Tell-forms that, with a named hearer after them (``telling the Quill``), introduce a quote with no comma.
_BARE_TELL_EN = _TELL_EN - {"tell"}

#: Lower-case words opening a quote that is a sentence of the speaker's own ("…, “she does need him”").
_OWN_SENTENCE_OPENERS_EN = frozenset("""i i'm we you he she they it his her their our my your its this that these
those but and so well yes no oh look""".split())
#: Words before a cue verb in a lead that deny the saying ("cannot say that “…”").
_INABILITY_EN = frozenset("cannot can't couldn't".split())
#: Indefinite pronouns heading a subject with an object relative ("Nothing the mayor said “…”").
_LEAD_INDEFINITES_EN = frozenset("Nothing Everything Something Anything".split())


#: Subordinators that open a comma aside between a cue and its quote (``said, when asked, “…”``).
_ASIDE_SUBORDINATORS_EN = (_TRAILER_SUBORDINATORS - {"whilst"}) | {"once"}
#: Longest such aside (in tokens, its comma included) that lengthens a cue's reach.
MAX_CLOSING_ASIDE_TOKENS = 10


#: A coordinated English clause whose subject is a noun and a name set off by commas ("but his lawyer,
#: Tom Hale, told"): the subject of a predicate joined to that clause's by "and".
_BUT_APPOSED_SUBJECT_EN = re.compile(BUT_NOUN_EN + APPOSED_FULL_NAME_EN + r"\s[a-z]+")
#: Auxiliaries of a passive "told" ("she was told: “…”"): the subject is the one told, not the speaker.
_PASSIVE_TOLD_AUXILIARIES_EN = frozenset("was were been being".split())


#: Irregular past verbs of a ``who`` relative in a plain stretch (``the councillors who met in Leeds``).
_RELATIVE_IRREGULAR_PAST_EN = IRREGULAR_PAST_EN | MOTION_PAST_EN


def _plain_tail_start_en(ws, lex) -> int:
    """Where the longest run at the end of ``ws`` (at most ``MAX_PLAIN_TAIL_EN`` tokens) starts that
    holds no clause of its own: names, numbers, lower-case nouns, prepositions, determiners and a
    ``who`` relative (``the mayors who gathered in Leeds on Friday``), but no comma, finite
    auxiliary, conjunction, complementizer, cue form or participle in -ing."""
    k = len(ws)
    relative_verb = False
    while k > 0 and len(ws) - k < MAX_PLAIN_TAIL_EN:
        w = ws[k - 1][0]
        low = w.lower()
        if w[:1].isupper() or w[:1].isdigit():
            if low in _SUBJECT_PRONOUNS_EN or low in _PLAIN_TAIL_STOPS_EN or low == "who":
                break
        elif not w.replace("’", "").replace("'", "").replace("-", "").isalpha() or low in _FINITE_EN \
                or low in _PLAIN_TAIL_STOPS_EN or low in lex.pre_cues or low in lex.post_cues \
                or (low.endswith("ing") and low not in _TIME_NOUNS_ING_EN):
            break
        elif low == "who":
            if not relative_verb:
                break
            relative_verb = False
        elif _looks_past_en(low) or low in _RELATIVE_IRREGULAR_PAST_EN:
            if relative_verb:
                break  # one verb per relative clause
            relative_verb = True
        k -= 1
    if relative_verb:
        return len(ws)  # a past verb with no "who" before it: a clause of its own
    # a determiner inside the stretch follows a preposition ("in the city of …"); right after the
    # cue it opens the hearer of a tell-verb only ("told the mayors …", not "noted the change …")
    for p in range(k, len(ws)):
        if ws[p][0].lower() in _PLAIN_TAIL_DETERMINERS_EN:
            before = ws[p - 1][0].lower() if p else ""
            if p == k and before not in _TELL_EN or p > k and before not in _TAIL_PREPOSITIONS_EN:
                return len(ws)
    return k


def _closing_aside_en(ws) -> int:
    """How many tokens a closing comma aside opened by a subordinator takes at the end of ``ws``
    (``…, when the story broke``), 0 when there is none or it is longer than ``MAX_CLOSING_ASIDE_TOKENS``."""
    for c in range(len(ws) - 2, max(-1, len(ws) - 1 - MAX_CLOSING_ASIDE_TOKENS), -1):
        if ws[c][0] == ",":
            return len(ws) - c if ws[c + 1][0].lower() in _ASIDE_SUBORDINATORS_EN else 0
    return 0


def _grouped_number_commas(ws) -> int:
    """How many of the tokens ``ws`` near its end belong to the groups of a number's digits
    (``20,000``: the comma and the ``000`` after it count two), which make no word."""
    n = 0
    for k in range(max(1, len(ws) - MAX_CUE_DEPTH - 4), len(ws) - 1):
        if ws[k][0] == "," and ws[k - 1][2] == ws[k][1] and ws[k + 1][1] == ws[k][2] \
                and ws[k - 1][0].isdigit() and ws[k + 1][0].isdigit():
            n += 2
    return n


#: A full name in the possessive (``Tom Lee's``): two or more capitalised words before ``'s``.
_POSSESSOR_NAME_EN = re.compile(r"\b([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)+)['’]s\b")
#: How far back (in characters) an unresolved ``he``/``she`` cue looks for a possessor's name.
POSSESSOR_REACH_EN = 600

#: Indonesian ``demikian``/``begitu`` before ``pula``/``juga``/``pun`` after a quote: "likewise"
_LIKEWISE_LEADS_ID = frozenset({"demikian", "begitu"})
_LIKEWISE_ID = re.compile(r"\s+(?:pula|juga|pun)\b", re.I)
#: Indonesian nouns of a banner or a placard: its text is the words of those who carry it
_BANNERS_ID = frozenset("spanduk poster banner baliho plakat karton pamflet".split())
#: How far back (in characters) the crowd must have spoken for a banner's text to be theirs
BANNER_CROWD_REACH = 1500
#: Indonesian ``demikian bunyi/isi <noun>`` after a quote (``“…,” demikian bunyi pesan Budi``): the
#: wording of a message or letter; its writer follows the noun, or the one last named wrote it.
#: (``demikian bunyi salah satu spanduk``: "one of the banners" is the whole source.)
_WORDING_OF_ID = re.compile(r"\s+(?:bunyi|isi)(?:\s+(?!salah\s+satu\b)[a-z]+\b|(?=\s+salah\s+satu\b))")

#: Words that never open an inverted speaker after a bare cue form (``… “…” remark and undermines``,
#: ``Lee's “…” promise that worries them``): the cue form is a noun.
_NO_SPEAKER_OPENERS_EN = frozenset("and or but that which who whom whose".split())


#: English ``…, "A" and "B."`` closing a sentence after a quote led in by its cue: the next quoted
#: item of a list (``chanted "save the pier" and "no pier, no votes."``), up to its closing mark.
_QUOTED_LIST_TAIL_EN = re.compile(r",?[ \t]+(?:and|or)[ \t]+[“\"][^“”\"\n]{1,120}?[”\"](?=[.!?]?(?:[ \t]*$|[ \t]*\n|[ \t]+[A-Z“\"]))", re.M)


#: A third person spoken of in a quote (``dia``, ``beliau``, ``klien kami``); ``ia`` is left out
#: (a short form also met in other roles, and the rule was measured without it).
_THIRD_PERSON_ID = re.compile(r"\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(THIRD_PERSON_PRONOUNS_ID - {"ia"}))
                              + r"|[Kk]lien(?:nya| kami| saya)?)\b")
#: How many of the last quotes found are read for the lawyer who spoke before a client's name.
COUNSEL_LOOKBACK_QUOTES = 3


class DirectQuotes:
    """Rules for quotes in quotation marks, mixed into ``Extractor``."""

    #: The marks of a short quoted term inside an aside after the quote being read
    #: (``Tom Ash, wearing “Ann Lee” pins, said``): set by the sentence loop, skipped in the window.
    aside_term_marks: Tuple[int, ...] = ()

    # -- direct quotes -----------------------------------------------------------------------
    def _direct(self, span: QuoteSpan, before_start: int, after_end: int, sent, para, index) -> Optional[Entity]:
        lang_en, lang_id = self.lex.lang == "en", self.lex.lang == "id"  # asked again and again below: read once
        text = self.text
        if text[span.open] in "‘'" and span.start == span.open + 1 and len(text[span.start:span.end].split()) < 4:
            return None  # 'Appi', ‘Jaga Desa’: a nickname or a name in single marks
        if self._named_title(span):
            return None  # "diskusi bertajuk “Indonesia 2045”": a title, not a quote
        if lang_id and self._title_inside_clause_id(span, sent.start):
            return None  # "dalam webinar “Strategi Kota Hijau di Era Baru”": a title inside the sentence
        if lang_en and text[span.open] in "‘'" and span.open == para.start and span.close is not None \
                and not text[span.outer_end:para.end].strip() and len(text[span.start:span.end].split()) <= MAX_SUBHEAD_WORDS \
                and (title_case_phrase(text[span.start:span.end].rstrip(".!?")) or self._single_marks_secondary_en(span)):
            # "'The Pier Stays Open.'" alone on its line: a subhead in single marks, no quote; so is
            # "'A fight to the finish.'" where the article quotes in double marks
            return None
        if lang_en and self._work_title(span):
            return None  # 'In his book, “Make Your Dog a Star,” Lee wrote …': the work's title
        if lang_en and self._as_if_to_say_en(span):
            return None  # 'his eyes gleaming, as if to say, “Did you see that?”': words no one said
        if lang_en and self._title_inside_clause(span, sent.start):
            return None  # 'Asked on Radio Wessex's “Meet the Voters,” Lee said …': a title inside the sentence
        if lang_en and span.close is not None \
                and self._quoted_title_end(para.start, span.close, text[span.close:span.outer_end]):
            return None  # 'Lee, the author of “Rivers and Roads,” a history, said': a title, not a quote
        if lang_en:
            lab = _QUOTED_LABEL_EN.match(text, span.start, span.end)
            if lab is not None and lab.group(1).lower() not in self.lex.label_kickers and self._quoted_transcript():
                # "“SMITH: Well, I think …": a transcript quoted paragraph by paragraph
                name = lab.group(1).title()
                ent = self.people.resolve(Mention(NAME, name, lab.start(1), lab.end(1), name=name), lab.start(1))
                if ent is not None:
                    self._emit_direct(span, ent, None, "direct-label")
                    return ent
        after = self._post_cue(span.outer_end, after_end)
        if after is not None and lang_en and after[1].split()[0].lower().endswith("ing") \
                and re.search(r"\w", text[before_start:span.open]):
            after = None  # "X blamed it on a “bad earpiece,” claiming …": the participle reports its own clause
        if after is not None and lang_en and after[0] is not None and after[0].start >= sent.end \
                and text[span.start:span.end].rstrip()[-1:] in ".?!" and text[before_start:span.open].rstrip().endswith((",", ":")):
            # "“…,” Lee said, “and he has the votes.” On the trail, Ruiz describes …": a quote
            # led in by its own cue ends its sentence; the cue of the next one is not its
            ent = self._direct_by_pre_cue(span, before_start, span.open)
            if ent is not None:
                return ent
        if after is not None and lang_en and after[0] is not None and text[span.outer_end:span.outer_end + 2] == ". " \
                and "," in text[span.outer_end + 2:after[0].start] and text[span.outer_end + 2:span.outer_end + 3].isupper():
            # '… leaving “agents not equipped”. This, Ms Lee warns, is “scary”': the stop after the
            # mark ends the quote's sentence; a cue set off in the next one is that sentence's own
            after = None
        if after is not None and after[0] is None and lang_en:
            aside = self._subject_before_quoted_aside_en(span, before_start)
            if aside is not None:
                after = aside, after[1]  # "Lee, citing ''…,'' said the plan could …": Lee's words
        if after is not None:
            mention, cue = after
            ent = self.people.resolve(mention, mention.start) if mention else None
            if cue.endswith(" on") and cue.split()[0] in _GO_ON_EN and mention is not None and mention.kind == PRONOUN and self.found:
                last = self.found[-1]
                if last.entity is not None and last.entity is not ent and 0 <= span.open - last.quote.end <= GO_ON_REACH \
                        and last.entity.kind == DESCRIPTION and fold_word(last.entity.name.split()[-1]) in self.lex.titles \
                        and mention.text.lower() in {"he", "she"}:
                    # "“…,” the candidate said. ¶ “…,” he went on.": the person described goes on
                    # (a pronoun reaches named people rather than an epithet)
                    ent = last.entity
            if ent is not None and mention.kind == PRONOUN and lang_id and self.found:
                ent = self._counsel_not_client_id(span, ent)
            if ent is not None:
                if not self._emit_mixed_lead(span, before_start, ent, cue):
                    self._emit_direct(span, ent, cue, "direct-" + _rule_suffix(mention))
                return ent
            if mention is None:
                self.cued_unattributed.add(span.open)  # kept unless a rule below finds its speaker
            elif mention.kind == PRONOUN and lang_en:
                ent = self._possessor_before_en(span.open, mention.text)
                if ent is not None:
                    self._emit_direct(span, ent, cue, "direct-pronoun")
                    return ent
        ent = self._direct_by_pre_cue(span, before_start, span.open)
        if ent is not None:
            return ent
        signed = self._signed(span, before_start, para) if lang_en else None
        if signed is not None:
            ent = self.people.resolve(signed, signed.start)
            if ent is not None:
                self._emit_direct(span, ent, None, "direct-" + _rule_suffix(signed))
                return ent
        if lang_en and span.open == para.start and index == 0:
            lead = self._colon_lead(para.start)
            # "He said:¶¶“…”": a paragraph ending with a cue and a colon introduces the quote below it
            ent = self._direct_by_pre_cue(span, *lead) if lead is not None else None
            if ent is not None:
                return ent
        if lang_id and self._quoted_subhead_id(span, para.start):
            return None  # "“Diaspora bond” Pemerintah menggalang …": a run-in subhead in marks
        # A paragraph that opens with a quote and has no cue continues the previous speaker.
        if span.open == para.start and self.prev_paragraph_quoted is not None and index == 0 \
                and not self._has_later_cue(span.outer_end, para.end) \
                and not (lang_en and self._quoted_term_subject_en(span)):
            self._emit_direct(span, self.prev_paragraph_quoted, None, "direct-continuation")
            return self.prev_paragraph_quoted
        return None

    def _counsel_not_client_id(self, span: QuoteSpan, ent: Entity) -> Entity:
        """Indonesian ``… kata pengacara Lisa, Jhony. … Lisa beralasan sakit. “Kemarin itu dia kurang
        enak badan …,” ungkapnya``: a pronoun that would reach the client named in the last
        speaker's role as a lawyer's (``pengacara Lisa``), for a quote that speaks of a third person
        (``dia``, ``klien``), is the lawyer's still."""
        prev = next((p.entity for p in reversed(self.found[-COUNSEL_LOOKBACK_QUOTES:]) if p.entity is not ent), None)
        if prev is None or not prev.role:
            return ent
        role = fold(prev.role)
        if not any(w in role for w in self.lex.counsel_titles):
            return ent
        if not any(fold(part) in role.split() for part in ent.name.split()):
            return ent
        if not _THIRD_PERSON_ID.search(self.text, span.start, span.end):
            return ent
        return prev

    def _quoted_term_subject_en(self, span: QuoteSpan) -> bool:
        """English ``“Gaming widows” has become a term for …``: a few quoted words with no closing
        stop, right before a lower-case verb: the term is the sentence's subject, nobody's words.
        English only: the caller tests the language."""
        if not self._is_short(span) or self.text[span.end - 1:span.end] in ",.!?;:":
            return False
        m = _LOWER_WORD.match(self.text, span.outer_end + 1) if self.text[span.outer_end:span.outer_end + 1] == " " else None
        return m is not None and m.group(0) in _TERM_VERBS_EN

    def _possessor_before_en(self, at: int, word: str) -> Optional[Entity]:
        """English ``This year marks Tom Lee's tenth season. “…,” he says.``: a ``he``/``she`` no
        person known so far can take goes to the full name in the possessive shortly before the
        quote (a person named in passing, whom the name rules leave aside as a possessor)."""
        want = _PRONOUN_GENDER.get(word.lower())
        lo = max(0, at - POSSESSOR_REACH_EN)
        if want is None or ("'s" not in self.text[lo:at] and "’s" not in self.text[lo:at]):
            return None
        found = None
        for found in _POSSESSOR_NAME_EN.finditer(self.text, lo, at):
            pass
        if found is None or any(found.start() < p.quote.start < at for p in self.found):
            return None  # "Lee's chief aide said it was needed. “…,” he said.": the words' speaker is read
        mention = self.parser.chunk(self.text, found.start(1), found.end(1))
        if mention is None or mention.kind != NAME:
            return None
        ent = self.people.observe(mention, mention.start)
        if ent is None or ent.kind != "person" or self._gender_of(ent) not in (None, want):
            return None
        return ent

    def _subject_before_quoted_aside_en(self, span: QuoteSpan, before_start: int) -> Optional[Mention]:
        """English ``Lee, citing “the magic of it,” said the plan could …``: a quote inside an aside
        participle whose cue reports a clause (no inverted speaker) is the subject's, before the aside."""
        ws = tokens(self.text, before_start, span.open)
        if len(ws) < 3 or ws[-2][0] != "," or not self._aside_participle_at(ws[-1][1]):
            return None
        head = self.parser.before_cue(self.text, before_start, ws[-2][1])
        return head if head is not None and head.start == ws[0][1] else None

    def _single_marks_secondary_en(self, span: QuoteSpan) -> bool:
        """Whether the quote at ``span`` is in one single mark (not NYT ``''…''``) in an article
        that quotes in double marks (``“``, ``"`` or ``''``): single marks are no primary quote there."""
        text = self.text
        if span.close_width != 1 or span.start != span.open + 1 or text[span.close:span.close + 1] not in "'’":
            return False
        return "“" in text or '"' in text or "''" in text

    def _title_inside_clause(self, span: QuoteSpan, sent_start: int) -> bool:
        """English ``in an interview on ABC’s “This Week,”``: a short title-case fragment right after
        a word of the sentence (no comma or colon leading into it) names a show or a book."""
        text = self.text
        before = text[max(sent_start, span.open - 40):span.open].rstrip()
        return bool(before) and (before[-1].isalnum() or before[-1] in "’'") and bool(re.search(r"\w", before)) \
            and title_case_phrase(text[span.start:span.end])

    def _as_if_to_say_en(self, span: QuoteSpan) -> bool:
        """English ``as if to say, “…”`` / ``as though asking “…”``: words a look or a gesture seems
        to say, not anyone's words."""
        before = self.text[max(0, span.open - 30):span.open]
        return "as " in before and _AS_IF_SAYING_EN.search(before) is not None

    def _work_title(self, span: QuoteSpan) -> bool:
        """English ``in his 2011 book, “A Harbour Son.”``: title-case words in marks right after
        the noun of a work (a book, a memoir, a film) and at most a comma name the work; no one's words."""
        text = self.text
        if span.close is not None and text.startswith(" by", span.outer_end + (text[span.outer_end:span.outer_end + 1] == ",")) \
                and _BYLINE_AFTER_EN.match(text, span.outer_end) and text[span.start:span.start + 1].isupper() \
                and len(text[span.start:span.end].split()) <= MAX_WORK_TITLE_WORDS:
            return True  # 'according to “Perfect Enough,” by Ann Lee, …': a work and its author
        before = text[max(0, span.open - 16):span.open]
        if "," not in before and not before.rstrip()[-1:].isalpha():
            return False
        if _WORK_TITLE_LEAD_EN.search(before) is None:
            return False
        words = text[span.start:span.end].strip(" ,.").split()
        return 0 < len(words) <= MAX_WORK_TITLE_WORDS and words[0][:1].isupper() \
            and all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL_WORDS for w in words)

    def _title_inside_clause_id(self, span: QuoteSpan, sent_start: int) -> bool:
        """Indonesian ``katanya dalam webinar “Strategi Pengembangan Kota di Era Baru”``: words in
        title case (at least three, every one capitalised but the small ones, no closing
        punctuation) right after a word of the sentence that is no speech verb name a seminar,
        an article or a book, not anybody's words."""
        text = self.text
        if not text[span.end - 1:span.end].isalnum() or not text[span.start:span.start + 1].isupper():
            return False
        before = text[max(sent_start, span.open - 40):span.open].rstrip()
        if not before or not before[-1].isalpha():
            return False
        words = text[span.start:span.end].split()
        if len(words) < 3 or not all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL_WORDS_ID for w in words):
            return False
        prev = before.split()[-1].lower()
        return prev not in self.lex.pre_cues and prev not in self.lex.post_cues

    def _quoted_subhead_id(self, span: QuoteSpan, para_start: int) -> bool:
        """Indonesian Kompas ``“Diaspora bond” Pemerintah menggalang …``: a few words in marks
        opening the paragraph, with no punctuation of their own, run straight into a capitalised
        sentence: a subhead set in marks, not anybody's words."""
        if span.open != para_start or span.close is None:
            return False
        text = self.text
        body = text[span.start:span.end]
        if not body[-1:].isalnum() or len(body.split()) > _QUOTED_SUBHEAD_MAX_WORDS:
            return False
        after = text[span.outer_end:span.outer_end + 2]
        return len(after) == 2 and after[0] == " " and after[1].isupper()

    def _named_title(self, span: QuoteSpan) -> bool:
        """True when a title word stands right before the opening mark (``bertajuk “…”``)."""
        markers = self.lex.title_markers
        if not markers:
            return False  # (English) no title words
        window = self.text[max(0, span.open - 30):span.open]
        if not window.rstrip().lower().endswith(self.lex.title_marker_ends):
            # (most quotes) the window's last word, its last non-space characters, is no title
            # word: tokenising the window (mostly cut mid-word at its start) would find none either
            return False
        before = tokens(self.text, max(0, span.open - 30), span.open)
        return bool(before) and before[-1][0].lower() in markers

    def _direct_by_pre_cue(self, span: QuoteSpan, start: int, end: int) -> Optional[Entity]:
        """The quote's speaker from a cue in ``text[start:end]`` before it (``X said: “…”``), emitted."""
        bracket = self.text.rfind("(", start, end)
        if bracket >= 0 and ")" not in self.text[bracket:end]:
            start = bracket + 1  # "… for what it is (Ada Brenn, who …, once said, “…”)": the bracket's own clause leads the quote
        before = self._pre_cue(start, end)
        if before is None:
            return None
        mention, cue = before
        if self.lex.lang == "id" and mention is not None and mention.kind == DESCRIPTION \
                and non_source_head_id(mention.text.lower().split(), self.lex):
            # "Semboyannya tegas, “…”": the motto is its owner's (the clitic's referent); "Konten
            # itu menyebut, “…”" names no speaker
            one = mention.text.split()
            mention = Mention(PRONOUN, self.lex.clitic, mention.start, mention.end) \
                if len(one) == 1 and one[0].lower().endswith(self.lex.clitic) else None
        ent = self.people.resolve(mention, mention.start) if mention is not None else None
        if ent is not None:
            tail = _QUOTED_LIST_TAIL_EN.match(self.text, span.outer_end) \
                if self.lex.lang == "en" and span.close is not None else None
            if tail is not None and not any(p.quote.start < tail.end() and span.open < p.quote.end for p in self.found):
                # 'chanted "save the pier" and "no pier, no votes."': the quoted items of one list, one quote
                self._record(span.open, tail.end(), MIXED, cue, "mixed-list", ent)
                return ent
            self._emit_direct(span, ent, cue, "direct-" + _rule_suffix(mention))
        elif mention is None or mention.kind == PRONOUN:
            self.cued_unattributed.add(span.open)  # a cue with no subject read: the quote stands, unattributed
        return ent

    def _quoted_transcript(self) -> bool:
        """Whether at least two paragraphs open with a quoted upper-case label (``“SMITH: …``)."""
        count = getattr(self, "_quoted_label_count", None)
        if count is None:
            count = self._quoted_label_count = len(_QUOTED_LABEL_LINE_EN.findall(self.text, 0, 200000))
        return count >= 2

    def _colon_lead(self, para_start: int) -> Optional[Tuple[int, int]]:
        """The last sentence of the paragraph before ``para_start`` when it ends with a colon
        (``Ruiz continued:``), as (start, end) with the colon inside; else None."""
        text = self.text
        end = len(text[:para_start].rstrip())
        if end <= 0 or text[end - 1] != ":":
            return None
        start = text.rfind("\n", 0, end) + 1
        m = None
        for m in re.finditer(r"[.!?][”\"']?\s+(?=[A-Z“\"])", text[start:end - 1]):
            pass
        if m is not None:
            start += m.end()
        return (start, end) if end - start <= 200 else None

    def _signed(self, span: QuoteSpan, before_start: int, para) -> Optional[Mention]:
        """English ``“…” ― Ann Lee`` (a quote signed at the paragraph end) and ``… pollster Ann
        Lee: “…”`` / ``More from Lee: “…”`` (a name and a colon right before the quote): the
        named person is the speaker."""
        text = self.text
        # the signature's line may follow the quote's paragraph when the quote closes it
        closes_para = not text[span.outer_end:para.end].strip()
        m = _SIGNATURE_EN.match(text, span.outer_end, len(text) if closes_para else para.end)
        if m is None:
            m = _NAME_COLON_EN.search(text, before_start, span.open)
            if m is None or (len(m.group(1).split()) < 2 and not m.group(0).lower().startswith("from")):
                return None
            if re.search(r"(?:\bby|['’]s?)\s*$", text[max(before_start, m.start(1) - 40):m.start(1)], re.I):
                return None  # "“…,” by The Journal's Ann Lee: “…”": the byline of an excerpted story
            if any(w in _TITLE_CASE_POSSESSIVES for w in m.group(1).split()[1:]):
                # "Lee on Ray Releasing His Tax Returns: ‘…’": a title-case headline topic, no name;
                # the speaker is the name before "on"
                m = _NAME_ON_TOPIC_EN.search(text, before_start, m.start(1))
                if m is None:
                    return None
        mention = self.parser.chunk(text, m.start(1), m.end(1))
        return mention if mention is not None and mention.kind == NAME else None

    def _sentence_quote_after_heading_en(self, span: QuoteSpan, ws) -> bool:
        """English: whether the quote opens a sentence of its own (a capitalised determiner or
        pronoun, and several words) right after a lead of plain words: a heading run into the
        paragraph with no stop (``Kenya may find a friendly ear in Paris “The EU will …”``)."""
        text = self.text
        first = _FIRST_WORD.match(text, span.start)
        if first is None or not first.group(0)[:1].isupper() or first.group(0).lower() not in _SENTENCE_OPENERS_EN:
            return False
        if not ws[-1][0][:1].isalnum() or len(text[span.start:span.end].split()) < MIN_HEADING_QUOTE_WORDS:
            return False
        return any(w[0][:1].isupper() for w in ws[1:])  # a title-case place or name in the lead, as headings have

    def _emit_mixed_lead(self, span: QuoteSpan, start: int, ent: Entity, cue: Optional[str]) -> bool:
        """English ``Not filing returns ''makes me clever,'' Brandt said.``: the sentence's own words
        lead into the quoted fragment, so the whole reported sentence is one mixed quote."""
        text, lex = self.text, self.lex
        if lex.lang != "en":
            return False
        lead = text[start:span.open]
        s = start + len(lead) - len(lead.lstrip())
        ws = tokens(text, s, span.open)
        # "Lee ''caused real damage,'' he said.": a fragment opening in lower case continues even a one-word lead
        # (but not after an earlier quote's words, "and ''…''", nor a participle, "Citing ''…''")
        least = 1 if text[span.start:span.start + 1].islower() and ws and ws[0][0][:1].isupper() \
            and not ws[0][0].endswith("ing") else MIN_MIXED_LEAD_WORDS
        if len([w for w in ws if w[0][:1].isalnum()]) < least or ws[-1][0] in {":", ";", "—", "–", "-", "(", "."}:
            return False
        if ws[-1][0] == "," and not self._lead_runs_on(span):
            return False
        main = self._past_indefinite_relative(ws)
        if any((k >= main and self._cue_verb_in_lead(ws, k)) or w[0] in {"“", "”", "\"", "''", "‘", "’"}
               for k, w in enumerate(ws)):
            return False  # "He added ''…''": a cue of its own; or another quote before it
        if any(p.quote.start < span.outer_end and s < p.quote.end for p in self.found):
            return False
        if any(w[0] == "," and k + 1 < len(ws) and self._aside_participle_at(ws[k + 1][1]) for k, w in enumerate(ws)):
            return False  # "Lee, citing “the magic of it,” said A": the words quoted in an aside lead into no report
        if self._sentence_quote_after_heading_en(span, ws):
            return False  # "Kenya may find a friendly ear in Paris “The EU will …,” said Lee": a heading, then the quote
        self._record(s, span.outer_end, MIXED, cue, "mixed-post", ent)
        return True

    def _lead_runs_on(self, span: QuoteSpan) -> bool:
        """English ``The party, held every year, “allows us to …,” Lee said``: after a lead closed
        by a comma, a quote opening on a lower-case word (no pronoun of the speaker's own
        sentence) goes on with the lead's sentence."""
        m = _LOWER_WORD.match(self.text, span.start)
        return m is not None and m.group(0) not in _OWN_SENTENCE_OPENERS_EN

    @staticmethod
    def _past_indefinite_relative(ws) -> int:
        """English ``Nothing the mayor said “will …”``: the index where the lead's own words open
        past a cue in an object relative on an indefinite pronoun (the words said are the subject),
        else 0."""
        if ws[0][0] in _LEAD_INDEFINITES_EN and len(ws) > 2 and (ws[1][0].lower() == "the" or ws[1][0].lower() in _SUBJECT_PRONOUNS_EN):
            return len(ws)
        return 0

    def _cue_verb_in_lead(self, ws, k: int) -> bool:
        """Whether token ``k`` of a lead is a cue verb; ``The answers to …``, ``the United States``
        and ``Brandt's remarks`` hold cue forms used as nouns."""
        word = ws[k][0]
        if word.lower() not in self.lex.pre_cues and word.lower() not in self.lex.post_cues:
            return False
        if word.lower() in {"state", "states"} and (k + 1 >= len(ws) or ws[k + 1][0].lower() not in {"that", ":"}):
            return False  # "support in key states means …": a noun unless "states that"/"states:"
        if k and ws[k - 1][0].lower().replace("’", "'") in _INABILITY_EN:
            return False  # "Lee cannot say that “…”": no saying, the lead's words are the report's
        if k and word.lower().endswith("ed") and ws[k - 1][0].lower() in _PASSIVE_BE_FORMS_EN:
            return False  # "The list will be announced after the vote “…,” Lee said": a passive, nobody's cue
        return not ((k and word[:1].isupper()) or self._noun_use(ws[k][1]))

    def _has_later_cue(self, start, end):
        return bool(self.lex.post_cue_re.search(self.text, start, min(end, start + 60)))

    def _is_short(self, span: QuoteSpan) -> bool:
        return len(self.text[span.start:span.end].split()) < MIN_UNATTRIBUTED_WORDS

    def _emit_direct(self, span: QuoteSpan, ent: Optional[Entity], cue: Optional[str], rule: str):
        if any(p.quote.start == span.start or (p.quote.rule.endswith("-label") and p.quote.start <= span.start < p.quote.end)
               for p in self.found):
            return  # already found, or part of a labelled statement ("SMITH: … ‘…’ …")
        self._record(span.start, span.end, DIRECT, cue, rule, ent)

    def _post_cue(self, start: int, end: int) -> Optional[Tuple[Optional[Mention], str]]:
        """``“…,” kata X`` / ``“…,” katanya`` / ``“…,” X said`` / ``“…,” said X``."""
        lang_en, lang_id = self.lex.lang == "en", self.lex.lang == "id"  # asked again and again below: read once
        text, lex = self.text, self.lex
        m = _GAP_BEFORE_CUE.match(text, start, end)
        pos = m.end() if m else start
        cue_m = lex.post_cue_re.match(text, pos, end)
        if cue_m and lang_en and self._surname_before_cue(cue_m):
            cue_m = None
        if cue_m is None and lex.adjacent_cues:
            cue_m = _LOWER_WORD.match(text, pos, end)  # "“…,” agreed Ann Lee."
            cue_m = cue_m if cue_m is not None and cue_m.group(0) in lex.adjacent_cues else None
        if cue_m is None and lang_id:
            glued = _GLUED_CUE_ID.match(text, pos, end)
            if glued is not None and glued.group(0) in lex.post_cues:
                cue_m = glued  # "“…,” kataBudi.": the cue, then the name it lost its space to
        if cue_m is None and lang_en and text.startswith(("according", "According"), pos):
            acc = lex.according_re.match(text, pos, end)
            if acc is not None and not acc.group(2):
                # "“…,” according to Quill Watch.": the named source after the phrase (a described
                # one, "a filing by …", is read by the indirect rules, which take its whole phrase)
                mention = self.parser.after_cue(text, acc.end(), end)
                if mention is not None and mention.kind in (NAME, "organisation"):
                    return mention, acc.group(1)
        if cue_m is None and lex.passive_cues and text.startswith("di", pos):
            passive = _LOWER_WORD.match(text, pos, end)
            if passive is not None and passive.group(0) in lex.passive_cues:
                found = self._passive_post_cue_id(passive, end)
                if found is not None:
                    return found
        if cue_m:
            cue = cue_m.group(0)
            rest_start = cue_m.end()
            if lang_id and cue.lower() in _LIKEWISE_LEADS_ID \
                    and _LIKEWISE_ID.match(text, rest_start, end):
                return None  # "“…,” demikian pula harga bawang": "likewise", no cue
            wording = _WORDING_OF_ID.match(text, rest_start, end) if lang_id \
                and cue.lower() == "demikian" else None
            if wording is not None:
                # "“…,” demikian bunyi pesan Budi": the writer after the message's noun; "…
                # bunyi pesan itu": the message of the one last named
                after = self.parser.after_cue(text, wording.end(), end)
                if after is None or after.kind == PRONOUN or fold_word(after.text) in lex.demonstratives \
                        or fold_word(after.text) in lex.pronouns:
                    return Mention(PRONOUN, lex.clitic, cue_m.start(), wording.end()), cue
                carriers = self._banner_carriers_id(after)
                return (carriers or after), cue
            if lex.clitic and cue.lower().endswith(lex.clitic) and (cue.lower()[:-len(lex.clitic)] in lex.post_cues or cue.lower()[:-len(lex.clitic)] in lex.pre_cues):
                return Mention(PRONOUN, lex.clitic, cue_m.start(), cue_m.end()), cue
            # a cue form in -s other than "says" may be a plural noun ("claims", "reports")
            noun_like = lang_en and cue[-1:] == "s" and cue.lower() != "says"
            if noun_like and _PREPOSITION_AFTER_NOUN_CUE_EN.match(text, rest_start, end):
                return None  # 'a drive against “false” claims about its service': a noun, no speaker
            if lang_en and self.parser.reported_clause_after_cue_en(text, rest_start, end):
                return None, cue  # "“…,” said the mayor could win …": the quote stands, its speaker unread
            mention = self.parser.after_cue(text, rest_start, end)
            if mention is None and lang_id:
                mention = self._known_name_word_after_cue_id(rest_start, end)
            if mention is None:
                return None
            if lang_en and self._predicate_after_cue_en(mention):
                return None, cue  # "“…” comment was nearly …": the quote stands, its speaker unread
            if noun_like and mention.text.split()[0].lower() in _RELATIVES_EN:
                return None  # 'thousands of “expenditure” reports that firms file': a noun and its relative clause
            if lang_en and mention.text.split()[0] in _NO_SPEAKER_OPENERS_EN \
                    and not cue.lower().endswith(("ed", "s", "id", "ld", "ote")):
                return None  # 'with her “Harbour Bill people” remark and ignores …': a noun, no inverted speaker
            if mention.kind == PRONOUN or (lang_id and fold_word(mention.text) in lex.pronouns):
                return Mention(PRONOUN, mention.text, mention.start, mention.end), f"{cue} {mention.text}"
            return mention, cue
        # Speaker before the verb: "“…,” Eddy menjelaskan." / "“…,” he said."
        window = tokens(text, pos, end)[:MAX_SUBJECT_TOKENS * (2 if lang_en else 1)]
        for j, w in enumerate(window):
            if (w[0].lower() in lex.post_cues or w[0].lower() in lex.pre_cues or (
                    w[0] in lex.adjacent_cues and self._adjacent_after(start, window, j)) or (
                    lang_en and w[0] in _GO_ON_EN and self._go_on_cue_en(text, start, window, j))) and (
                    not lang_en or (w[0].islower() and not (j and self._noun_use(w[1])) and not (
                        j and j + 1 < len(window) and window[j + 1][0].islower()
                        and window[j + 1][0] in lex.post_cues))):
                # "the IMF report said": a cue form right before another is a noun of the subject
                # English "the Washington Post reported", "the report stated": a capitalised or
                # determined cue form is a noun of the subject, not its verb.
                if j == 0 or (lang_en and self._cue_leads_next_quote(start, w[2], end)):
                    return None
                if lang_en and w[0].endswith("ing") and window[j - 1][0].lower() in _BE_FORMS_EN:
                    return None  # "“… quickly.” Talks are continuing on …": a new sentence's progressive verb
                if lang_en and window[j - 1][0] in DASH_TOKENS:
                    dashed = self._name_before_dash_aside(window, j)
                    if dashed is not None:
                        return dashed, w[0]  # "“…,” Ann Lee - then an adviser to the mayor - told …"
                if j >= MAX_SUBJECT_TOKENS and not (window[j - 1][0] == "," and window[0][0][:1].isupper()):
                    return None
                mention = self.parser.clause_subject(text, self.parser.before_cue(text, window[0][1], w[1]))
                if lang_en and window[j - 1][0] == "," and (mention is None or (
                        mention.kind == DESCRIPTION and mention.start > window[0][1])):
                    # "“…,” Ann Lee, the director of outreach and policy, told …"
                    mention = self._apposed_subject(window[0][1], w[1], []) or mention
                if lang_en and mention is not None and window[j - 1][0] == "," and w[0].endswith("ing"):
                    mention = self._drop_finite_verb(mention)  # "“…,” the paper beams, adding, …"
                cue = w[0] + " on" if w[0] in _GO_ON_EN and j + 1 < len(window) and window[j + 1][0] == "on" else w[0]
                if mention is not None and not self._plausible_speaker(mention) \
                        and (cue == w[0] or self._people_head_en(mention.text.split()[-1].lower())) \
                        and self._described_source(mention, window, j):
                    # "“…,” the crowd went on" (but not "the protest went on": a thing goes on, says nothing)
                    return Mention(DESCRIPTION, mention.text, mention.start, mention.end), cue
                if mention is None or not self._plausible_speaker(mention):
                    return None
                if j > 8 and not (lang_en and mention.kind == NAME and window[j - 1][0] == ","
                                  and (window[0][0][:1].isupper() or window[0][0].lower() in {"the", "a", "an"}
                                       or window[0][0] in self.lex.titles)) \
                        and not (lang_en and mention.kind == NAME and self._name_of_named_body_en(window, j)):
                    # ("“…,” delegate Tom Ash, wearing …, said", "''…,'' Mr. Kaplow, a playwright and
                    # former studio manager, said" and "“…,” Ann Lee of the Center for Farm Policy wrote" stand)
                    return None
                return mention, cue
            if w[0] in {".", "!", "?", "“", "”", "\""}:
                if w[1] in self.aside_term_marks:
                    continue  # 'Tom Ash, wearing a hat and “Ann Lee” pins, said': a term inside the aside
                prev = window[j - 1][0].lower() if j else ""
                if w[0] == "." and (prev in ABBREVIATIONS or len(prev) == 1
                                    or (lang_en and (re.fullmatch(r"[rdi]-[a-z.]{1,8}", prev)
                                                              or _INITIALISM.fullmatch(prev)))):
                    continue  # "Rep. Gwen Moore said", "William A. Ackman said", "Ann Lee, R-Ky., said",
                    # "Ann Lee, 30, of Raleigh, N.C., said"
                if w[0] == "." and lang_en and 2 <= j < len(window) - 1 and window[j + 1][0] == "," \
                        and window[j - 2][0] == "," and window[j - 1][0][:1].isupper() and window[j - 1][0].isalpha() \
                        and len(window[j - 1][0]) <= 5:
                    continue  # "Ann Lee, a nurse in Dayton, Pa., said": a shortened state between commas
                return None
        return None

    @staticmethod
    def _name_of_named_body_en(window, j: int) -> bool:
        """English: whether the ``j`` tokens before a cue are a capitalised name, ``of`` and a body's
        capitalised name with only its small words (``Ann Lee of the Center for Farm Policy``): one
        subject however long, as a name's words and a title-case body's are no clause."""
        k = next((n for n in range(2, j - 1) if window[n][0] == "of"), None)
        return k is not None and all(w[0][:1].isupper() for w in window[:k]) \
            and window[j - 1][0][:1].isupper() and all(w[0][:1].isupper() or w[0] in _TITLE_SMALL_WORDS for w in window[k:j])

    def _people_head_en(self, head: str) -> bool:
        """Whether a description's lower-case head noun names people (``crowd``, ``voters``, ``the
        mayor``), who may go on speaking, not a thing (``the protest went on``)."""
        return head in self.lex.crowd_nouns or head + "s" in self.lex.crowd_nouns or head in self.lex.titles \
            or head in _GROUP_HEADS_EN

    @staticmethod
    def _go_on_cue_en(text: str, start: int, window, j: int) -> bool:
        """English ``“…,” Lee went on.``: ``went on`` / ``goes on`` closing the clause after a quote
        continues the speaker's words (``went on to say`` is read elsewhere; ``the talks went on for
        hours`` is no cue: ``on`` must end the clause). The quote must break off with a comma
        (``“….” The talks went on.`` is a new sentence)."""
        if text[max(0, start - GO_ON_COMMA_REACH_EN):start].rstrip("”’\"' ")[-1:] != ",":
            return False
        return j + 1 < len(window) and window[j + 1][0] == "on" and (
            j + 2 == len(window) or window[j + 2][0] in {".", ",", "!", ";"})

    def _banner_carriers_id(self, banner: Mention) -> Optional[Mention]:
        """Indonesian ``“…,” demikian bunyi salah satu spanduk``: the crowd quoted last (``kata
        para pengunjuk rasa``) carries the banner, so its text is theirs; None when no crowd spoke
        just before (the banner stays the source)."""
        words = [fold_word(w) for w in banner.text.split()]
        if not any(w in _BANNERS_ID for w in words):
            return None
        last = self.found[-1] if self.found else None
        ent = last.entity if last is not None else None
        if ent is None or not 0 <= banner.start - last.quote.end <= BANNER_CROWD_REACH \
                or not any(fold_word(w) in self.lex.crowd_nouns for w in ent.name.split()):
            return None
        return Mention(DESCRIPTION, ent.name, banner.start, banner.end)

    def _passive_post_cue_id(self, cue_m, end: int):
        """Indonesian ``“…,” ditambahkan Tony.`` / ``dikatakan oleh Tony``: a passive cue right after
        the quote, its agent a name; anything else (``disebutkan dalam laporan itu``) is no cue here."""
        text = self.text
        rest = cue_m.end()
        m = _OLEH_ID.match(text, rest, end)
        if m is not None:
            rest = m.end()
        mention = self.parser.after_cue(text, rest, end)
        if mention is None or mention.kind != NAME:
            return None
        return mention, cue_m.group(0)

    def _known_name_word_after_cue_id(self, start: int, end: int) -> Optional[Mention]:
        """Indonesian ``“…,” tutur Lalu.``, ``kata Hari.``: one capitalised word after the cue that
        ends the sentence and is a dictionary word (``lalu``, ``hari``) is still a name when it is
        a word of the name of a person the article knows."""
        text = self.text
        if not text[start + 1:start + 2].isupper():
            return None
        m = _ONE_WORD_END_ID.match(text, start, end)
        if m is None:
            return None
        key = fold_word(m.group(1))
        if not any(e.kind == "person" and key in e.key_tokens for e in self.people.entities):
            return None
        return Mention(NAME, m.group(1), m.start(1), m.end(1), name=m.group(1))

    def _name_before_dash_aside(self, window, j: int) -> Optional[Mention]:
        """English ``“…,” Ann Lee - then an adviser to the mayor - told …``: a name, an aside set off
        by dashes, then the cue at ``window[j]``: the name speaks; a role in the aside is its role."""
        k = next((i for i in range(1, j - 1) if window[i][0] in DASH_TOKENS), None)
        if k is None or any(not t[0][:1].isalnum() and t[0] not in {".", "'s", "’s"} for t in window[:k]) \
                or any(t[0] in {".", "!", "?", "“", "”", "\""} for t in window[k + 1:j - 1]):
            return None
        mention = self.parser.chunk(self.text, window[0][1], window[k - 1][2])
        if mention is None or mention.kind != NAME:
            return None
        if not mention.role:
            role = self.parser.apposition_after(self.text, window[k][2], window[j - 1][1])
            aside = self.text[window[k][2]:window[j - 1][1]].strip()
            # the whole aside when it is one phrase that opens as a role ("then adviser to President Moss")
            mention.role = aside if role and aside.startswith(role) and len(aside.split()) <= MAX_DASH_ROLE_WORDS \
                and "," not in aside else role
        return mention

    def _drop_finite_verb(self, mention: Mention) -> Mention:
        """English ``“…,” the paper beams, adding …``: a described subject read up to the comma
        before a participle keeps its own finite verb (an ``-s``/``-ed`` form after a singular
        noun); the subject is the phrase before it."""
        words = mention.text.split()
        if mention.kind != DESCRIPTION or len(words) < 3 or words[0].lower() not in {"the", "a", "an"}:
            return mention
        last, head = words[-1], words[-2]
        if not head.isalpha() or not head.islower() or head.endswith("s") or head in self.lex.stop_words \
                or not self.lex.is_finite_verb_form(last):
            return mention
        end = mention.start + mention.text.rstrip().rfind(" " + last)
        return Mention(DESCRIPTION, self.text[mention.start:end], mention.start, end)

    def _predicate_after_cue_en(self, mention: Mention) -> bool:
        """English ``“47 percent” comment was nearly …``: words after a cue form that open with an
        auxiliary or a copula are the predicate of a sentence the cue form is a noun in, no speaker."""
        return mention.kind == DESCRIPTION and mention.text.split()[0] in _FINITE_EN

    def _adjacent_cue(self, ws, j: int, seg: str) -> bool:
        """English ``Lee agreed: “…”``: a cue that takes plain objects elsewhere (``agreed a
        deal``) introduces a quote when it stands last before the colon."""
        return j == len(ws) - 1 and seg.endswith(":") and ws[j][0] in self.lex.adjacent_cues

    def _before_closing_mark(self, quote_end: int) -> str:
        """The character before a quote's closing mark, of one character or two (``''…''``, as
        some papers print quotes)."""
        closed = self.text[:quote_end].rstrip()
        return closed[-3:-2] if closed.endswith("''") else closed[-2:-1]

    def _adjacent_after(self, quote_end: int, window, j: int) -> bool:
        """English ``“…,” Lee agreed.``: an adjacent cue (``agreed``) ending the clause after a
        quote closed by a comma; after ``“….” Lee agreed.`` it leads the next quote instead."""
        closed = self._before_closing_mark(quote_end) == ","
        return closed and j + 1 < len(window) and window[j + 1][0] in {".", ","}

    def _surname_before_cue(self, cue_m) -> bool:
        """English ``“…,” Yelling told reporters``: a capitalised cue form followed by a
        lower-case cue verb is the speaker's name, not the cue."""
        if not cue_m.group(0)[:1].isupper():
            return False
        nxt = re.compile(r"\s+([a-z]+)").match(self.text, cue_m.end())
        return nxt is not None and (nxt.group(1) in self.lex.post_cues or nxt.group(1) in self.lex.pre_cues)

    def _cue_leads_next_quote(self, quote_end: int, cue_end: int, end: int) -> bool:
        """English ``“… win.” Ann Lee, a director, said: “…”``: after a quote that ends its
        sentence, a cue closed by a colon introduces the quote after it, not the one before;
        so does a cue followed by its own reported clause (``“… win.” Lee said the team …``)."""
        text = self.text
        last = self._before_closing_mark(quote_end)
        if last not in (".", "?", "!") and not _SENTENCE_END_AFTER_MARK.match(text, quote_end):
            return False
        if _COLON_BEFORE_QUOTE.match(text, cue_end, end) is not None:
            return True  # also "… of “squabbling”. He told Sky News: “…”": the period after the mark
        m = _CLAUSE_AFTER_CUE.match(text, cue_end)
        if m is None:
            return False  # "“… win.” Lee said.": the cue ends its clause, no object and no clause of its own
        words = m.group(1).split()
        told = None  # whether the word before the cue is a form of "tell"; read once, when first needed
        if self._possessed_object_after(m, words):
            told = self._told_before(cue_end)
            if not told:
                return True  # "“… stay.” Keeper Tom Dale echoed Rowe's sentiments.": a new sentence's verb and object
        # "“Why?” Lee asked reporters after …": a question or an exclamation is often followed
        # by its own cue with a long tail, so only a plain statement gives way here
        if last in ("?", "!"):
            return False
        if words[0].lower() == "that":
            return True
        if told is None:
            told = self._told_before(cue_end)
        if told:
            return False  # "told the KDB News website.": the one told, not a clause
        return self._reports_own_clause(words)

    def _told_before(self, cue_end: int) -> bool:
        """Whether the English cue ending at ``cue_end`` is a form of ``tell`` (its object is the one told)."""
        return _WORD_BEFORE.search(self.text, max(0, cue_end - 40), cue_end).group(1).lower() in _TELL_EN

    def _possessed_object_after(self, clause, words) -> bool:
        """Whether the words ``words`` of ``clause`` (a ``_CLAUSE_AFTER_CUE`` match after an English
        cue) are a possessed noun as its object, the sentence ending there (``echoed Rowe's
        sentiments.``); the caller rules out ``told`` (a hearer)."""
        return 2 <= len(words) <= 3 and words[0].endswith(("'s", "’s")) and self.text[clause.end():clause.end() + 1] == "."

    @staticmethod
    def _reports_own_clause(words) -> bool:
        """Whether the words ``words`` after an English cue (not ``that``, not after ``told``) are a
        reported clause of its own (``said the plan had failed``) rather than what ends its sentence
        (``said on Monday.``)."""
        first = words[0].lower()
        if first in _CUE_TRAILERS and first not in _CLAUSE_TRAILERS and len(words) > MIN_REPORTED_WORDS:
            # "… by now.” Lee had said before the match she would think of resigning": a time or place
            # phrase, then the reported clause's own subject pronoun and its verb
            for k in range(2, min(len(words) - 1, MAX_TRAILER_WORDS + 1)):
                if words[k] in _SUBJECT_ONLY_PRONOUNS and words[k - 1].lower() not in _TRAILER_SUBORDINATORS \
                        and words[k + 1].islower():
                    return True
        return first not in _CUE_TRAILERS and not first.endswith("ly") and len(words) >= MIN_REPORTED_WORDS

    def _described_source(self, mention: Mention, window, j: int) -> bool:
        """English ``“…,” the release said`` / ``“…,” his childhood friend told …``: right after
        the closing mark, a short determiner phrase and then a lower-case cue verb is the
        source as the article describes it, even when it is no known kind of source."""
        if self.lex.lang != "en" or mention.start != window[0][1] or not window[j][0].islower():
            return False
        words = mention.text.split()
        first = words[0].lower().replace("’", "'")
        if not (first in _DESCRIBING_DETERMINERS or first.endswith("'s")) or len(words) > 6:
            return False
        nxt = window[j + 1][0].lower() if j + 1 < len(window) else ""
        if nxt in self.lex.post_cues or nxt in self.lex.pre_cues:
            return False  # "the congressional report said": the first cue form is a noun
        return self._noun_phrase(mention)

    def _coordinated_subject(self, ws, j: int, subject_start: int) -> Optional[Mention]:
        """English ``X called on her to resign and said, “…”`` / ``a girl asked for a picture and
        Lee said, “…”``: the cue ``ws[j]`` is the second predicate of the sentence's subject, or
        opens a clause of its own whose short subject follows ``and``."""
        k = j - 1
        while k > 0 and ws[k][0].lower() in self.lex.adverbs_between:
            k -= 1
        if ws[k][0].lower() in ("and", "but"):
            if " but " in self.text[subject_start:ws[k][1]]:
                later = _BUT_APPOSED_SUBJECT_EN.search(self.text, subject_start, ws[k][1])
                if later is not None:
                    # "Police claimed A but his lawyer, Tom Hale, told B and added:": the later clause's subject
                    mention = self.parser.chunk(self.text, later.start(1), later.end(1))
                    if mention is not None and mention.kind == NAME:
                        return mention
            return self._main_subject(subject_start, ws[j][1])
        for a in range(j - 1, max(0, j - 5), -1):
            if ws[a][0].lower() in ("and", "but") and a + 1 < k + 1:
                mention = self.parser.chunk(self.text, ws[a + 1][1], ws[k][2])
                return mention if mention is not None and mention.kind in (NAME, PRONOUN) else None
        return None

    def _stance_before_colon_en(self, ws, start: int) -> Optional[Tuple[Mention, str]]:
        """English ``Mr Dean is confident though: “…”``, ``She was blunt: “…”``: a named or pronoun
        subject, a form of *be* and one stance adjective (maybe an adverb after it) before a colon
        speak the quote that follows; the *be* form stands in as the cue."""
        k = len(ws) - 1
        if ws[k][0].lower() in _STANCE_TAIL_ADVERBS_EN:
            k -= 1
        if k < 2 or ws[k][0].lower() not in _STANCE_ADJECTIVES_EN or ws[k - 1][0] not in _COPULAS_EN:
            return None
        clause_start = self._clause_start(start, ws[k - 1][1])
        mention = self.parser.before_cue(self.text, clause_start, ws[k - 1][1])
        if mention is None or mention.kind not in (NAME, PRONOUN):
            return None  # "The mood was upbeat:": no one speaking
        if mention.kind == PRONOUN and mention.text.lower() not in _SUBJECT_PRONOUNS_EN:
            return None  # "It was clear: “…”": a thing's state, no one speaking
        if mention.kind == NAME and (self.text[clause_start:mention.start].strip() or mention.role
                                     and mention.role.split()[-1].lower() in _TAIL_PREPOSITIONS_EN):
            return None  # "Critics of Mr Dean were blunt: “…”": the name is not the subject
        return mention, f"{ws[k - 1][0]} {ws[k][0]}"

    def _doer_before_quoted_term_en(self, start: int, cue_start: int) -> Optional[Mention]:
        """English ``The band thanked “all the fans”, adding: “…”``: a participle cue right after a
        short quoted term inside the sentence is the doer's who opens the sentence (the term is an
        object of its verb, not a quote of its own with a speaker after it)."""
        opener = _TERM_OPENER_OF_CLOSER_EN.get(self.text[start - 1:start]) if start else None
        if opener is None:
            return None
        sent_start = self._sentence_start(cue_start)
        open_at = self.text.rfind(opener, sent_start, start - 1)
        if open_at <= sent_start or len(self.text[open_at:start].split()) > MAX_QUOTED_TERM_WORDS_EN:
            return None  # a sentence opening with the quote, or a long quote: no term inside a clause
        dash = self.text.find(" - ", sent_start, open_at)
        if dash > sent_start and self.text.find(" - ", dash + 3, open_at) > 0:
            # "The band - whose LP sold well - thanked …"; but "In her speech - …": no subject before the aside
            head = self.parser.chunk(self.text, sent_start, dash)
            if head is None or head.kind not in (NAME, DESCRIPTION) \
                    or head.kind == DESCRIPTION and head.text.split()[0].lower() not in _DESCRIBING_DETERMINERS:
                return None
            return head
        subject = self._main_subject(sent_start, open_at)
        if subject is None:
            return None
        lead = self.text[sent_start:subject.start].split()
        if lead and lead[-1].lower() in PREPOSITIONS:
            return None  # "In Leeds the band thanked “…”, adding: …": a preposition's object, no doer
        if any(w.lower().strip(",") in self.lex.pre_cues for w in self.text[subject.end:open_at].split()):
            return None  # "Ann Lee said the band thanked “…”, adding: …": the reported clause's doer
        return subject

    def _reporter_before(self, ws, j: int) -> Optional[Mention]:
        """English ``Reyes and Brandt will meet next week, Spence said, adding, “…”``: a participle cue
        right after an inverted ``X said`` is X's, not the sentence subject's."""
        if j < 3 or ws[j - 2][0] not in self.lex.post_cues or not ws[j - 2][0].islower():
            return None
        k = next((n for n in range(j - 3, -1, -1) if ws[n][0] == ","), None)
        if k is None or k + 1 >= j - 2:
            return None
        mention = self.parser.before_cue(self.text, ws[k + 1][1], ws[j - 2][1])
        return mention if mention is not None and mention.kind in (NAME, PRONOUN) else None

    def _no_inverted_speaker(self, mention: Optional[Mention]) -> bool:
        """English: True when the words after a cue read as an adverbial or a verb form, not as an
        inverted speaker (``recalled thinking``, ``saying during the debate``, ``written statement``)."""
        if mention is None:
            return False
        words = mention.text.split()
        first = words[0]
        if first in _ADVERBIAL_OPENERS_EN:
            return True  # "saying in a post", "saying during the debate"
        if mention.kind != DESCRIPTION or not first.islower() or first in _DESCRIBING_DETERMINERS:
            return False
        return first.endswith("ing") or (len(words) == 1 and not self._plausible_speaker(mention))

    def _prepositional(self, mention: Optional[Mention]) -> bool:
        """English: True for a described "subject" opening with a lower-case preposition (``for
        Carver and``): a phrase of the clause before the cue, never its subject."""
        if mention is None or mention.kind != DESCRIPTION:
            return False
        first = mention.text.split()[0]
        return first in _ADVERBIAL_OPENERS_EN and first not in {"with", "by"}  # but "with Lee yelling: “…”"

    def _name_before_participle(self, floor: int, cue_start: int) -> Optional[Mention]:
        """English ``footage of Ann Lee saying, “…”``, ``with Ann Lee tweeting that …``: a name right
        before a participle cue, after ``of`` or ``with``, is the one speaking."""
        ws = tokens(self.text, max(floor, cue_start - 80), cue_start)
        if ws and ws[-1][0] in {"and", "but"}:
            # "with Ann Lee tweeting that … and asking, “…”": the doer of the first participle
            lo = max(self.text.rfind("\n", 0, cue_start) + 1, cue_start - 300)
            ws = tokens(self.text, lo, cue_start)
            first = next((n for n in range(len(ws) - 2, -1, -1) if ws[n][0].islower() and ws[n][0].endswith("ing")
                          and ws[n][0] in self.lex.pre_cues), None)
            if first is None:
                return None
            ws = ws[:first]
        while len(ws) > 1 and ws[-1][0].islower() and ws[-1][0].endswith("ly") and ws[-2][0][:1].isupper():
            ws = ws[:-1]  # "of Ann Lee privately saying": the adverb is the participle's
        k = len(ws)
        while k > 0 and (ws[k - 1][0][:1].isupper() or ws[k - 1][0] == "."):
            k -= 1
        if k == len(ws) or k == 0 or ws[k - 1][0] not in {"of", "with"}:
            return None  # but "responded on Facebook writing, “…”": a place, not the writer
        mention = self.parser.chunk(self.text, ws[k][1], ws[-1][2])
        return mention if mention is not None and mention.kind == NAME else None

    def _speaker_at_cue(self, ws, j: int, start: int, stop: int, strict: bool):
        """The speaker of the cue ``ws[j]`` before a quote, as ``(mention, cue)`` or None; with
        ``strict`` (English), ``_SKIP`` when the cue form is a noun (``a written statement``) or
        the words after it are no inverted speaker (``recalled thinking``), so an earlier cue may serve."""
        text, lex = self.text, self.lex
        w = ws[j][0].lower()
        en = lex.lang == "en"
        if strict and en and j and ws[j][0].islower() and self._noun_use(ws[j][1]):
            return _SKIP  # "told the Post in a written statement, “…”": a cue form after a determiner is no verb
        if en and j > 1 and w in SINGULAR_NOUN_CUES_EN and ws[j - 2][0].lower() in _POSSESSIVES_EN \
                and ws[j - 1][0].isalpha() and ws[j - 1][0].islower() and (not ws[j - 1][0].endswith("s") or ws[j - 1][0].endswith(("ous", "ss"))):
            # "Lee was known for it, voiced in his famous demand: “…”": the cue form is a noun; the
            # possessor is the sentence's subject
            doer = self._main_subject(self._sentence_start(ws[j][1]), ws[j][1])
            return (doer, ws[j][0]) if doer is not None else (_SKIP if strict else None)
        if lex.clitic and w.endswith(lex.clitic) and w[:-len(lex.clitic)] in lex.post_cues:
            return Mention(PRONOUN, lex.clitic, ws[j][1], ws[j][2]), ws[j][0]
        subject_start = self._clause_start(start, ws[j][1])
        verb_j = j
        if en and j > 2:
            aspect = aspect_before_infinitive(ws[:j], lex)
            if aspect is not None and ws[aspect][1] >= subject_start:
                verb_j = aspect  # "He went on to say, “…”": the subject stands before the aspect verb
        mention = self.parser.clause_subject(text, self.parser.before_cue(text, subject_start, ws[verb_j][1]))
        if en and j >= 3 and ws[j - 1][0].lower() == "who" and ws[j - 2][0] == ",":
            # "Lee won backing from Ann Marsh, who declared, “…”": the relative's antecedent speaks,
            # not the clause before it
            named = self._name_before_relative_en(ws, j - 2)
            if named is not None and not (mention is not None and mention.kind == NAME and mention.name == named.name
                                          and not any(lex.is_finite_verb_form(x) for x in (mention.role or "").lower().split())):
                mention = named  # (but "the radio host Ann Marsh, who …" keeps its role as read)
        if en and w.endswith("ing") and j > 0 and ws[j - 1][0] == ",":
            mention = self._reporter_before(ws, j) \
                or self._main_subject(subject_start, ws[j][1])  # "X did Y, saying, “…”"
            if mention is None and j == 1 and subject_start == start:
                mention = self._doer_before_quoted_term_en(start, ws[j][1])
        if mention is None and en and verb_j > 1:
            mention = self._coordinated_subject(ws, verb_j, subject_start)
        if strict and en and w.endswith("ing") and self._prepositional(mention):
            mention = None  # "… for Carver and asking, “…”": a phrase of the clause before, no subject
        if strict and en and w.endswith("ing") and mention is not None and mention.kind == DESCRIPTION:
            # "The ad uses footage of Ann Lee asking, “…”": the name before the participle speaks
            named = self._name_before_participle(start, ws[j][1])
            mention = named if named is not None and named.start > mention.start else mention
        clause = False
        if en and mention is not None and mention.kind in (DESCRIPTION, ANAPHOR) \
                and not (w.endswith("ing") and ws[j - 1][0] == ","):
            # "he looked into the camera and said", "as Ann Lee told": a clause read as the
            # subject; its own subject speaks, else nobody here (the words after the cue are its object)
            mention = self._clause_subject_en(mention, ws[j][0])
            clause = mention is None
        if strict and mention is None and en and w.endswith("ing"):
            mention = self._name_before_participle(start, ws[j][1])  # "footage of Lee saying, “…”"
        if mention is None and en and j and ws[j - 1][0].lower() == "who":
            # "… from a candidate who vowed mass arrests: “…”": the object is no inverted speaker
            if strict:
                return _SKIP
            doer = self._main_subject(self._sentence_start(ws[j][1]), ws[j][1])
            return (doer, ws[j][0]) if doer is not None else None
        if mention is None and j + 1 < len(ws) and not clause and not (en and w in _TELL_EN):
            # "Kata X, “…”"; but "…, telling reporters: “…”": the one told is not the speaker
            mention = self.parser.after_cue(text, ws[j][2], stop)
            if strict and en and self._no_inverted_speaker(mention):
                if w.endswith("ing") and re.search(r",\W*$", text[max(0, ws[j][1] - 6):ws[j][1]]):
                    # "…, saying in a post on Twitter: “…”": the participle's doer opens the sentence
                    doer = self._main_subject(self._sentence_start(ws[j][1]), ws[j][1])
                    if doer is not None:
                        return doer, ws[j][0]
                return _SKIP  # "she recalled thinking, “…”": an earlier cue's
        elif mention is None and en and w in _TELL_EN:
            mention = Mention(PRONOUN, "", ws[j][1], ws[j][1])  # the one the sentence is about
        if mention is not None or clause:
            return mention, ws[j][0]
        return None

    def _name_before_relative_en(self, ws, comma: int) -> Optional[Mention]:
        """English: the person's name (with any capitalised title) right before the comma of
        ``, who`` at ``ws[comma]``, or None when the words there are no person's name."""
        k = comma
        while k > 0 and comma - k < MAX_RELATIVE_ANTECEDENT_TOKENS_EN and (ws[k - 1][0][:1].isupper() or ws[k - 1][0] == "."):
            k -= 1
        if k == comma:
            return None
        if k >= 2 and ws[k - 1][0] == "of":
            # "a friend of Ann Marsh, who said": the name is the object of "of" inside a larger noun
            # phrase; the relative's antecedent is that phrase, read from its determiner
            d = k - 2
            while d > 0 and k - 1 - d < MAX_OF_HEAD_WORDS_EN and ws[d][0].isalpha() and ws[d][0].islower() \
                    and ws[d][0] not in _PLAIN_TAIL_DETERMINERS_EN:
                d -= 1
            if ws[d][0].lower() not in _PLAIN_TAIL_DETERMINERS_EN:
                return None
            return self.parser.chunk(self.text, ws[d][1], ws[comma - 1][2])
        mention = self.parser.chunk(self.text, ws[k][1], ws[comma - 1][2])
        return mention if mention is not None and mention.kind == NAME else None

    def _clause_subject_en(self, mention: Mention, cue: str) -> Optional[Mention]:
        """An English subject phrase before a cue as a speaker: a noun phrase as it is; for a clause
        (``he looked into the camera and``, ``as Ann Lee``, ``Ann Lee went so far as``) its own
        subject; None when it has none (``as if``, ``At the bottom it``: no junk phrase as speaker)."""
        subject = self._noun_phrase_subject_en(mention, cue)
        if subject is not None:
            return subject
        words = mention.text.lower().split()
        k = next((k for k in range(len(words) - 2, 0, -1) if words[k] in _ANTECEDENT_BREAKS_EN), None)
        if words[-1] in _RELATIVES_EN and k is not None:
            # "… was replaced by a message that said": the relative's antecedent speaks
            spans = [m.span() for m in re.finditer(r"\S+", mention.text)]
            return self._words_phrase(mention, spans, k + 1, len(words) - 1)
        if words[-1] == "and":
            # "the actress paused to sign autographs and joked": the subject of the first verb
            raw = mention.text.split()
            n = next((n for n in range(1, len(raw)) if raw[n].islower() and _looks_past_en(raw[n])), None)
            if n is not None:
                spans = [m.span() for m in re.finditer(r"\S+", mention.text)]
                return self._words_phrase(mention, spans, 0, n)
        cut = self.parser.predicate_cut(self.text, mention)
        return cut if cut is not mention and cut.kind in (NAME, PRONOUN) else None

    def _as_put_it(self, ws) -> Optional[Tuple[Mention, str]]:
        """English ``As Ann Lee, a historian, put it: “…”``: ``put it`` after an ``as`` clause
        (maybe with a short adverbial after it) is a cue whose subject follows ``as``."""
        j = next((n for n in range(len(ws) - 2, max(-1, len(ws) - MAX_CUE_DEPTH), -1)
                  if ws[n][0] == "put" and ws[n + 1][0] == "it"), None)
        if j is None:
            return None
        a = next((n for n in range(j - 1, max(-1, j - MAX_SUBJECT_TOKENS * 2), -1) if ws[n][0].lower() == "as"), None)
        if a is None or a + 1 >= j or any(w[0] in {"“", "”", "\"", "''", ";"} for w in ws[a + 1:j]):
            return None
        mention = self.parser.before_cue(self.text, ws[a][2], ws[j][1])
        if ws[j - 1][0] == ",":
            # "As Ann Lee, the No. 2 in the party, put it": the name before the apposition
            mention = self._apposed_subject(ws[a][2], ws[j][1], []) or mention
        if mention is None or mention.kind == PRONOUN and len(ws[a + 1:j]) > 1:
            return None
        return mention, "put it"

    def _sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts (among the current paragraph's sentences)."""
        return next((sent.start for sent in reversed(self.sentences) if sent.start <= pos), pos)

    def _bare_cue_en(self, seg: str) -> bool:
        """English ``Ms Cole says “…”``, ``…, saying “…”``: a saying verb right before the mark,
        with no comma or colon, introduces the quote all the same (British style)."""
        words = seg.split()
        if self.lex.lang != "en" or not words:
            return False
        if words[-1] not in _BARE_CUES_EN:
            # "…, telling the Quill “…”", "told reporters “…”": a tell-form and its hearer
            k = next((k for k in range(len(words) - 2, max(-1, len(words) - 2 - MAX_QUOTE_HEARER_WORDS_EN), -1)
                      if words[k] in _BARE_TELL_EN), None)
            return k is not None and quote_hearer_en(words[k + 1:], self.lex)
        return len(words) < 2 or words[-2].lower() not in {"that", "which"}  # "a sign that says “…”": its text

    def _bare_cue_id(self, seg: str, end: int) -> bool:
        """Indonesian ``Budi mengatakan "…"``, ``Budi bilang “…”``: a saying verb right before the
        mark, with no comma or colon, introduces a quote that opens like a sentence (a capital)."""
        if self.lex.lang != "id":
            return False
        cut = seg.rfind(" ")
        if seg[cut + 1:] not in _BARE_CUES_ID or not any(c.isalpha() for c in seg[:cut]):
            return False  # "“ bilang “Ya”": no speaker before the cue
        # "bilang “tidak” kepada …", "menegaskan “Pancasila” sebagai …": a single word in marks is a
        # term, not a sentence
        text = self.text
        close = next((k for k in range(end + 1, min(len(text), end + BARE_CUE_QUOTE_REACH_ID))
                      if text[k] in "”\"»"), None)
        return text[end + 1:end + 2].isupper() and (close is None or len(text[end + 1:close].split()) > 1)

    def _plain_stretch_cue_en(self, start: int, end: int) -> bool:
        """English ``Lee said on Friday “We cannot wait …”``, ``told the mayors in Leeds “We …”``: a
        cue, then a plain stretch of hearer, place and time with no comma, right before a quote
        that is a whole sentence (a capital, four words or more, a closing stop or comma)."""
        text = self.text
        if self.lex.lang != "en" or text[end:end + 1] not in "“\"":
            return False
        reach = end + PLAIN_STRETCH_QUOTE_REACH
        close = min((i for i in (text.find("”", end + 1, reach), text.find("\"", end + 1, reach)) if i > 0), default=-1)
        content = text[end + 1:close].rstrip() if close > 0 else ""
        if not content[:1].isupper() or content[-1:] not in ".?!," or len(content.split()) < 4:
            return False
        ws = tokens(text, start, end)
        if len(ws) < 3:
            return False
        p = _plain_tail_start_en(ws, self.lex)
        return 1 < p < len(ws) and ws[p - 1][0] in self.lex.pre_cues and ws[p][0] in _PLAIN_TAIL_OPENERS_EN

    def _far_told_before_colon_en(self, ws) -> Optional[int]:
        """English ``Ann Lee told the panel of the sheer hostility prompted by her rise to the
        board: “…”``: the index of ``told`` whose hearer and ``of``/``about`` topic run on to the
        colon beyond the usual reach, with no clause of their own (no comma, finite auxiliary,
        subject pronoun, complementizer or other cue); else None."""
        j = next((k for k in range(len(ws) - 1, -1, -1) if ws[k][0] == "told"), None)
        if j is None or j + 2 >= len(ws) or j > len(ws) - MAX_CUE_DEPTH:
            return None
        tail = ws[j + 1:]
        topic = next((k for k, w in enumerate(tail) if w[0] in ("of", "about")), None)
        if topic is None or topic == 0 or topic > MAX_TOLD_HEARER_TOKENS_EN:
            return None
        for w in tail:
            low = w[0].lower()
            if not w[0][:1].isalnum() or low in _FINITE_EN or low in _SUBJECT_PRONOUNS_EN \
                    or low in self.lex.complementizers or low in self.lex.pre_cues or low in self.lex.post_cues:
                return None
        return j

    def _pre_cue(self, start: int, end: int) -> Optional[Tuple[Mention, str]]:
        """``X mengatakan, “…”`` / ``X said: “…”`` / ``Kata X, “…”`` / ``Menurut X, “…”``."""
        text, lex = self.text, self.lex
        seg = text[start:end].rstrip()
        if not seg or seg[-1] not in ",:" and not self._bare_cue_en(seg) and not self._bare_cue_id(seg, end) \
                and not self._plain_stretch_cue_en(start, end):
            return None
        stop = start + len(seg) - (1 if seg[-1] in ",:" else 0)
        ws = tokens(text, start, stop)
        if not ws:
            return None
        # The cue is the last speech verb, followed by at most a short adverbial.
        skipped = []
        # "wrote to his 20,000 followers, “…”": a number's group separator is no word of the tail
        grouped = _grouped_number_commas(ws) if "," in text[start:stop] else 0
        # "told Radio Wessex's Morning Wessex programme:": a long named hearer
        hearer = lex.lang == "en" and ws[-1][0].lower() in _HEARER_END_NOUNS_EN
        # "said in the spring, when the story broke, “…”": a closing aside opened by a
        # subordinator lies between the cue and the quote; the reach grows by its length
        aside = _closing_aside_en(ws) if lex.lang == "en" and "," in text[start:stop] else 0
        # "told the mayors who gathered in Leeds on Friday, “…”": a long plain stretch of hearer,
        # place and time (no clause of its own) between the cue and the quote
        plain = _plain_tail_start_en(ws, lex) if lex.lang == "en" and len(ws) > MAX_CUE_DEPTH else len(ws)
        low = len(ws) - MAX_CUE_DEPTH_AFTER_SKIP - grouped - aside
        if plain < len(ws) - MAX_CUE_DEPTH + 1:
            low = min(low, plain - 2)
        for j in range(len(ws) - 1, max(-1, low), -1):
            if j <= len(ws) - MAX_CUE_DEPTH - grouped - aside and not skipped and not (
                    hearer and all(w[0][:1].isupper() or w[0][:1].isdigit() for w in ws[j + 1:-1])) \
                    and not (j + 1 >= plain and ws[plain][0] in _PLAIN_TAIL_OPENERS_EN):
                break
            w = ws[j][0].lower()
            if w == "told" and j > 2 and ws[j - 1][0].lower() in _PASSIVE_TOLD_AUXILIARIES_EN \
                    and any(ws[k][0].lower() in lex.pre_cues for k in range(max(0, j - 5), j - 2)):
                continue  # "X says she was told: “…”": the words said to her, which X reports; X's cue
            if (w in lex.pre_cues or w in lex.post_cues or self._adjacent_cue(ws, j, seg)) and not (
                    lex.lang == "en" and j and (ws[j - 1][0] == "of" or ws[j][0][:1].isupper())):
                # "the report of", "told The Huffington Post:": a noun, or part of a name
                found = self._speaker_at_cue(ws, j, start, stop, strict=True)
                if found is _SKIP:
                    skipped.append(j)  # an earlier cue may be the verb; failing that, this one
                    continue
                return found
        if skipped:
            return self._speaker_at_cue(ws, skipped[0], start, stop, strict=False)
        if lex.lang == "en" and seg[-1] == ":" and "told" in seg:
            j = self._far_told_before_colon_en(ws)
            if j is not None:
                found = self._speaker_at_cue(ws, j, start, stop, strict=True)
                if found is not None and found is not _SKIP:
                    return found
        if lex.lang == "en":
            found = self._as_put_it(ws)
            if found is not None:
                return found
            if seg[-1] == ":" and 3 <= len(ws) <= MAX_STANCE_LEAD_TOKENS_EN:
                found = self._stance_before_colon_en(ws, start)
                if found is not None:
                    return found
        acc = lex.according_re.search(text, start, stop)
        if acc:
            if acc.group(2):
                return Mention(PRONOUN, acc.group(2), acc.start(2), acc.end(2)), acc.group(0)
            mention = self.parser.after_cue(text, acc.end(), stop)
            if mention is not None:
                return mention, acc.group(1)
        return None
