"""What the article itself says about its people: names met in passing, who is the subject,
and which words before a name belong to a title or an organisation (``Extractor`` part).
"""
import re
from collections import Counter
from dataclasses import replace
from operator import itemgetter
from typing import List, Optional, Sequence

from quotetrack.engine.marks import QuoteSpan
from quotetrack.engine.rules import (
    _CAP_RUN, _CAP_RUN_WIDE, _EN_OPENING_PREPS, _PLACE_PREPOSITIONS, _PREDICATE_EN, _PRESENTING, _ROMAN, _SUBORDINATE_OPENERS_ID, _SUBORDINATORS_EN,
    _Span, fold_word)
from quotetrack.engine.segment import ABBREVIATIONS, Sentence
from quotetrack.engine.speakers import (
    _ANY_SUBJECT_PRONOUN_EN, _CAPITALISED_WORD_EN, _DATE_WORDS_EN, _KIN_NOUNS_EN, _RELATION_HEADS_EN, GENDERED_ROLE_NOUNS_EN, _NAME_OPENING_HONORIFICS_ID, _SUBJECT_PRONOUNS_EN, _DAYS_ID, _DETERMINERS_EN, Entity, Mention, NAME, NUMBER_WORDS_EN, ORIGIN_WORDS, PREPOSITIONS, _NAME_TITLES_ID, _after_linking_verb_en, _name_like,
    SENTENCE_CONJUNCTIONS_EN, _LEVEL_WORDS_ID, _LIST_JOINERS_ID, _VERB_FORM_ID, _TIME_PHRASE_WORDS_EN, _noun_modifier_en,
    _time_phrase_en, _weekday_name_part_en, _is_word_char, first_role_id, fold, numbered_school_id, takes_place_id, tokens,
    WIDE_CHARS)
from quotetrack.engine.lexicon import opening_stop_words
from quotetrack.engine.indirect import _CLAUSE_SUBORDINATORS_EN, _EXISTENTIAL_ID

#: Indonesian adjectives that stay inside a title before a name (``Pelatih baru Persija, Budi``).
_TITLE_ADJECTIVES_ID = frozenset({"baru", "terpilih", "interim"})
#: Indonesian titles of a deputy or an aide: ``sebagai deputi pelatih X, Budi`` makes the subject
#: the deputy of Budi, who holds the title after it.
_DEPUTY_TITLES_ID = frozenset({"deputi", "asisten", "wakil"})
#: Most tokens of a title that opens an English sentence before a comma and an apposed name
#: (``The shadow foreign secretary, Ann Lee, …``), ``the`` included.
MAX_OPENING_TITLE_TOKENS_EN = 5


#: Words opening an English sentence about a thing, not a person (``It’s become an issue, with …``).
_THING_OPENERS_EN = frozenset("it it's its that that's this there there's".split())
#: A closing ``with X …ing`` phrase (an aside between dashes may stand between): X is the doer.
_WITH_DOER_EN = re.compile(r",\s+with\s+((?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’\-]*)"
                           r"(?:\s*[—–]\s*[^—–\n]{1,160}[—–]|\s+--\s[^\n]{1,160}?\s--)?\s+[a-z]+ing\b")
#: English courtesy titles: a name after one before a comma (``Mr. Ruiz, Dan Whitby``) is a person, not a role.
_COURTESY_TITLES_EN = frozenset("mr mrs ms miss".split())
#: A description opening an English sentence that ends in a firm's noun, then the firm's one-word
#: name ("Anglo-Irish drinks giant Marlow is to …"; not a run of capitals, which the name reader takes).
_COMPANY_EPITHET_EN = re.compile(r"([A-Z][\w-]*+(?: [a-z][\w-]*+){0,5}? (?:giant|firm|maker|retailer|company|carrier|"
                                 r"airline|chain|operator|insurer|brewer|manufacturer|supplier|conglomerate)) "
                                 r"([A-Z][a-z][\w&-]*+)(?![\w&-]| [A-Z])")
_SUBJECT_CONNECTORS_ID = frozenset("to at of di".split())
#: Indonesian prepositions of place and origin before an organisation in a role (``dari``, ``di``).
_ORIGIN_PREPS_ID = frozenset("dari di pada".split())
#: Indonesian words linking a title to the person holding it (``melalui penasihat hukumnya, X``,
#: ``Ketua KPU lain, yakni X``, ``pihak Y yang diwakili kuasa hukumnya, X``).
_TITLE_HOLDER_LINKS_ID = frozenset({"melalui", "yakni", "yaitu", "lewat", "diwakili", "adalah", "ialah", "merupakan"})
#: English words inside an English title written in Indonesian text (``Chairman of the
#: Committee on Trade``).
_ENGLISH_TITLE_JOINERS_ID = frozenset("of the on for and &".split())
#: Longest such English title read back from a comma before a name, in characters.
MAX_ENGLISH_TITLE_CHARS_ID = 160
#: Indonesian passive prefixes (``ditangkap``, ``terciduk``), and the words that only look like such a verb.
_PASSIVE_PREFIXES_ID = ("di", "ter")
_PASSIVE_LOOKALIKES_ID = frozenset("terkait terhadap termasuk terakhir terutama dirinya diri".split())
#: Shortest passive verb form (``dipukul``); shorter words (``terus``, ``diam``) are others.
MIN_PASSIVE_VERB_LEN = 5
#: Most words back from an origin to the title that opens the role phrase.
MAX_ROLE_LEAD = 8
#: Indonesian: how many of the last speaker's latest quotes are read for the person they talk about.
TOPIC_QUOTES_BACK_ID = 3
#: Longest Indonesian subhead line (``Ultimatum Prawiro``, ``Respons Kemenkeu``), in words.
SUBHEAD_MAX_WORDS = 6
#: Short words an English Title Case headline leaves in lower case.
_TITLE_CASE_LOWER = frozenset("a an the and or but nor for of to in on at by from with as vs via".split())
#: The number opening a numbered subhead ("2. Kemendikti Minta …").
_LIST_NUMBER = re.compile(r"^\d{1,2}\.\s+")
#: Places set off by commas right before a name: ``, Padang, ``, ``, Desa X, Kecamatan Y, ``.
_PLACES_BEFORE_ID = [re.compile(r",\s*((?:[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}\s*,\s*){%d})\Z" % n) for n in (1, 2, 3)]
#: A one-word name set off by commas (``, Mudzakir, mengecam``): the word, read without the commas.
_ONE_WORD_APPOSED_ID = re.compile(r"(?<=[A-Za-z)], )([A-Z][a-z][\w'’\-]+)(?=,\s)")
#: Heads of academic bodies, whose city set off after them tells where they stand, not the role.
_ACADEMIC_HEADS_ID = frozenset("universitas institut politeknik akademi sekolah university institute".split())
#: Indonesian administrative units that open a place's name (``Kecamatan Long Pahangai``).
_ADMIN_UNITS_ID = frozenset("desa kelurahan kecamatan kabupaten kota provinsi dusun".split())
#: A lower-case noun of a settlement or region and the capitalised place name after it, before
#: another capitalised word (``di desa Sukamaju Budi Santoso``): the run's first word is the place's.
#: (The leading space, not ``\b``, and the shared prefixes keep the scan of each sentence cheap.)
_LOWER_PLACE_BEFORE_RUN_ID = re.compile(r" (?:desa|ka(?:mpung|bupaten)|ke(?:lurahan|camatan)|kota) ([A-Z][\w'’\-]*) (?=[A-Z])")
#: The longest title closing a sentence after a presented name (``…, salah satu tokoh kuliner Indonesia.``).
MAX_PRESENTED_TITLE_WORDS = 10
#: Words that open a topic phrase before the subject (``Terkait Daniel yang …, Dinas X melacak``):
#: the person named in it is talked about, not the one who speaks next.
_TOPIC_OPENERS_ID = frozenset("terkait soal mengenai tentang perihal menyangkut seputar".split())
#: Words that join the parts of an organisation's name (``Network for Democracy and Electoral Integrity``).
_ORG_JOINERS = frozenset("dan untuk of for and &".split())

_NAME_RUN = r"([A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){0,2})"
#: English words that give the gender of the name after them ("Ms. Gil", "spokeswoman Ann Lee").
_GENDER_WORDS_EN = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f", **GENDERED_ROLE_NOUNS_EN, "chairman": "m",
                    "chairwoman": "f", "actor": "m", "actress": "f", "brother": "m", "sister": "f"}
#: Both spellings of each word, found with ``str.find`` (a regex alternation over the whole text is slow).
_GENDER_KEYS_EN = tuple((v, sex) for w, sex in _GENDER_WORDS_EN.items() for v in {w, w[:1].upper() + w[1:]})
#: The same by lower-case form (``"spokesman": ({"spokesman", "Spokesman"}, "m")``): one scan of
#: the lower-cased text finds both spellings of a word.
_GENDER_SPELLINGS_EN = {w.lower(): (frozenset({w, w[:1].upper() + w[1:]}), sex) for w, sex in _GENDER_WORDS_EN.items()}
#: Stems that words of ``_GENDER_WORDS_EN`` share (``spokes`` in ``spokesman`` and
#: ``spokeswoman``, ``mother`` in ``grandmother``): one scan of the text for the stem finds them all.
_GENDER_STEMS_EN = ("Mr", "spokes", "congress", "business", "chair", "mother", "father", "widow")


def _gender_scans_en():
    """``(stem, exact, members)`` for the scans that find every word of ``_GENDER_WORDS_EN``:
    ``exact`` when the words have one spelling and the stem is looked for as it is ("ms" ends
    many plurals) rather than in the lower-cased text; ``members`` ``(offset of the stem in the
    word, length, spellings, sex)``. Each stem occurs once in each of its words."""
    groups = {}
    for low, (spellings, sex) in _GENDER_SPELLINGS_EN.items():
        exact = len(spellings) == 1
        word = next(iter(spellings)) if exact else low
        stem = next((st for st in (_GENDER_STEMS_EN if exact else map(str.lower, _GENDER_STEMS_EN)) if st in word), word)
        if word.count(stem) != 1:
            raise ValueError(f"gender stem {stem!r} not once in {word!r}")
        groups.setdefault((stem, exact), []).append((word.find(stem), len(word), spellings, sex))
    return tuple((stem, exact, tuple(members)) for (stem, exact), members in groups.items())


#: The gender words grouped by stem, for one ``find`` per stem and article (``_gender_scans_en``).
_GENDER_SCANS_EN = _gender_scans_en()
_NAME_AFTER = re.compile(r"\.?\s+" + _NAME_RUN)
#: A gendered pronoun; the pattern opens with its first letter, so the regex engine scans for
#: that letter instead of trying a word boundary at every position (filter by ``_PRONOUN_SEX``:
#: it also matches "hhe", "sis").
_GENDER_PRONOUN = re.compile(r"([hs](?<=\b[hs])(?:e|he|imself|erself|is|er))\b")
#: A name a few lower-case words before the pronoun that refers back to it ("Carver said she
#: would …", "Perez, who …, says he …"); matched on the window that ends at the pronoun.
_NAME_THEN_WORDS = re.compile(_NAME_RUN + r"(?:['’]s)?,?(?:\s+[a-z][\w'’\-]*,?){0,6}\s+\Z")
#: Where such a name may start: a capital that opens a word (the capital first, so that the regex
#: engine scans for capitals; no word character before it).
_NAME_START = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]")
#: How far before a pronoun its antecedent name is looked for (characters).
_NAME_BEFORE_REACH = 90
#: ``her`` as an object, not a possessive: a particle, a preposition, a clause word or a mark after it.
_OBJECT_HER = re.compile(r"(?:\s*[.,;:!?)\]”\"'’]|\s+(?:up|out|off|down|back|to|for|in|on|at|as|and|or|with|by|from|"
                         r"about|that|the|a|an|this|if|when|because|into|over|after|before|again|away)\b)")
#: A lower-case word right before a name ending a window: the name is an object (``endorse Ann Lee``).
_OBJECT_BEFORE = re.compile(r"(?<![\w'’])[a-z]+\s+(?:[A-Z][\w'’\-.]*\s+){0,3}\Z")
_PRONOUN_SEX = {"he": "m", "himself": "m", "his": "m", "she": "f", "herself": "f", "her": "f"}
#: A possessive or object pronoun after a name is weaker evidence than a subject pronoun.
_PRONOUN_WEIGHT = {"he": 2, "himself": 2, "she": 2, "herself": 2, "his": 1, "her": 1}
#: Weight of a title or kinship word against one pronoun seen after the name.
_GENDER_WORD_WEIGHT = 3
#: Where a coordinate clause with a subject of its own opens inside an English sentence
#: (``…, but Representative Dunn, who …, is not convinced``). It opens with a comma or a
#: semicolon, which the regex engine skips ahead to.
_LATER_CLAUSE_SUBJECT_EN = re.compile(r",\s+(?:but|yet|while|whilst|though|although)\s+(?=[A-Z])|;\s+(?=[A-Z])")
#: The same, or where an inverted sentence puts its subject after the verb (``Yet there at the
#: back was Dunn, the grocer.``); asked only of a sentence holding ``here``/``Here``. The look-ahead
#: for the first characters passes any other position with one test instead of three.
_LATER_SUBJECT_EN = re.compile(r"(?=[,;TtHh])(?:" + _LATER_CLAUSE_SUBJECT_EN.pattern +
                               r"|\b(?:[Tt]here|[Hh]ere)\s+(?:[a-z]+\s+){0,4}?(?:was|were|is|are|stood|sat)\s+(?=[A-Z]))")
#: Least weight of gender evidence that makes an unknown one-word subject a person's name.
MIN_GENDER_EVIDENCE = 4
#: A subject pronoun opening the next sentence.
_NEXT_SUBJECT_PRONOUN_EN = re.compile(r"\s*(He|She)\s")
#: English nouns of a person a possessor has (``Ann Lee’s aide``, ``Tom Reed’s wife``): the pronoun
#: after such a sentence may be theirs.
_POSSESSED_PEOPLE_EN = _RELATION_HEADS_EN | _KIN_NOUNS_EN | frozenset("""friend partner opponent rival challenger
successor predecessor boss colleague girlfriend boyfriend spouse child children family manager chief mate deputy""".split())
#: The possessive pronoun that ties a sentence to the referent of ``he``/``she``.
_OWN_POSSESSIVE_EN = {"he": re.compile(r"\bhis\b"), "she": re.compile(r"\bher\b")}
#: Last words of an English time phrase opening a sentence (``A year ago,``, ``Two days later,``).
_TIME_AGO_WORDS_EN = frozenset("ago later earlier".split())
#: English ``his wife``, ``Her son``: a possessive pronoun and a kin noun.
_KIN_PHRASE_EN = r"(?:[Hh]is|[Hh]er) (?:" + "|".join(sorted(_KIN_NOUNS_EN)) + ")"
#: English ``his wife, Jane,``: a kin phrase and a one-word name set off by commas.
_KIN_GIVEN_NAME_EN = re.compile(r"\b" + _KIN_PHRASE_EN + r", ([A-Z][a-z]+),")
#: The kin phrase right before such a name (``his wife, ``).
_KIN_BEFORE_NAME_EN = re.compile(r"\b(" + _KIN_PHRASE_EN + r"), \Z")
#: The longest such kin phrase and its comma (how far back from a name to look for one).
MAX_KIN_PHRASE_CHARS_EN = len("her ") + max(map(len, _KIN_NOUNS_EN)) + len(", ")
#: Words that open a kin phrase: one of them in a sentence lets the kin-name scan run.
_KIN_PHRASE_OPENERS_EN = (" his ", " her ", "His ", "Her ")
#: A possessive ending on a word (``Brandt’s``, ``Jones'``).
_POSSESSIVE_END = re.compile(r"['’]s?\Z")
#: The end of a paragraph and an opening quotation mark starting the next one.
_PARAGRAPH_THEN_QUOTE = re.compile(r"[ \t]*\n\s*[“\"‘']")
#: A capitalised word followed by another (``Donald Brandt``), read with a lookahead so that
#: every pair in a longer run is seen (``President Felipe Calderon``).
#: (The capital first, so that the regex engine scans for capitals; no word character before it.)
_CAPITALISED_PAIR_EN = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+)(?=\s+([A-Z][a-z][\w'’\-]*)\b)")
#: Academic and religious titles written right before a person's name (Indonesian).
_NAME_OPENING_TITLES_ID = _NAME_OPENING_HONORIFICS_ID | {"h"}
#: A word and the capitalised word after it (read without consuming it, so pairs may chain).
_WORD_BEFORE_CAPITAL = re.compile(r"\b(\w+)\s+(?=([A-Z][\w'’\-]*))")


#: Lower-case words that end a title run: a verb's complement or a clause follows.
_CLAUSE_WORDS_EN = frozenset("that which who whom whose to and or but if when as".split())


#: English prepositions of comparison opening a sentence (``Like Lee, Roe …``): their object is not the subject.
_COMPARISON_OPENERS_EN = frozenset("like unlike besides despite".split())
#: Words opening an English sentence that singles out a person after "than" ("None more so than Lee, who …").
_THAN_TOPIC_LEADS_EN = frozenset("None Nobody Noone".split())
#: Words between such a lead and "than".
_THAN_TOPIC_WORDS_EN = frozenset("more so less one".split())
#: Openers whose capitalised run is a clause's subject ("When Brandt held rallies, …"), not a
#: preposition's object ("On The Steve Halvey Show on Tuesday, …").
_CLAUSE_OPENERS_EN = _CLAUSE_SUBORDINATORS_EN  # the subordinators less the prepositions
#: How far into an English sentence opening with a subordinate clause its main subject is looked for.
_MAIN_SUBJECT_REACH = 260
#: Words that introduce a person by name ("a worker named Ann Lee").
_NAMING_WORDS_EN = frozenset("named called".split())
#: How many lower-case words may stand between the article and ``named`` (``a retired steel worker named``).
MAX_NAMED_LEAD = 4
#: How far into an English sentence the comma closing an opening phrase is looked for.
MAX_OPENER_TOKENS = 30

_CLOSING_MARKS = frozenset("”\"’'")


#: An English age given before a name (``62-year-old Ann Lee``).
_AGE_BEFORE_NAME_EN = re.compile(r"\d{1,3}-year-old\Z")


#: A title set off by commas after a name, and the word after it: ``, Kepala Dinas X, menjelaskan``;
#: a lower-case tail after ``dan`` (``Duta Besar X dan mantan perdana menteri``) is group "tail",
#: the region is group 3 and the next word group 4.
_APPOSED_TITLE_ID = re.compile(r"\s*,\s*((?:[a-z]+\s+){0,3}[A-Z][\w’'\-]*(?:\s+(?:[A-Z(][\w’'\-()/]*|dan|untuk|of|on|for|and|&)){0,14}(?P<tail>\s+dan(?:\s+[a-z]+){1,4}(?=\s*,))?)(?:\s*,\s*([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}))?\s*,\s*(\w+)")

#: Indonesian prepositions whose object may be a name with a title set off after it (not
#: speakers' ``_OBJECT_PREPS_ID``: ``oleh`` is here, ``melalui``/``lewat`` link a title instead).
_APPOSITION_OBJECT_PREPS_ID = frozenset("kepada dengan oleh terhadap".split())

#: Lower-case words that join the capitalised runs of one title (``Menteri Pemuda dan Olahraga``,
#: ``Center of Reform on Economics``, ``Jaringan Pemilih untuk Rakyat``).
_TITLE_JOINERS_ID = _LIST_JOINERS_ID | frozenset("untuk of on for and".split())


#: English: a lower-case particle between capitalised words inside a name (``Bill de Blasio``).
#: (Searched per sentence: it opens with the space, which the regex engine scans for, and tries
#: the particles by their first letters, the letter before the space looked back at last; a
#: sentence never opens with white space, so the letter stands inside it. A third of the time
#: of ``[a-z] (?:de|van|…) [A-Z]``, which was tried at the end of every word.)
_PARTICLE_INSIDE_EN = re.compile(r" (?=(?:d(?:e(?:l(?:la)?|[rn])?|[aiu]|[oa]s)|v[ao]n|l[ae]|te[rn]) [A-Z])(?<=[a-z] )")
#: English: a capitalised word, then one or more particles and the capitalised word they open
#: (group 1: the first particle).
_PARTICLE_NAME_EN = re.compile(
    r"[A-Z][\w'’\-]*+\s+((?:(?:de|van|von|der|den|da|di|du|del|della|la|le|dos|das|ter|ten)\s+)+)[A-Z][\w'’\-]*+\.?\s*")


def _after_age(ws, k: int) -> int:
    """Index of the word after an age at ``ws[k]`` (``62-year-old Ann Lee runs …``), else ``k``."""
    return k + 1 if k + 1 < len(ws) and _AGE_BEFORE_NAME_EN.match(ws[k][0]) else k


#: An age in brackets after a name: `` (34)``.
_AGE_AFTER_NAME = re.compile(r"\s\(\d{1,3}\)")

#: A bracketed abbreviation, then the comma before a name: `` (UNT), `` (not a year: `` (1925), ``).
_BRACKET_THEN_COMMA = re.compile(r"\s*(\([A-Z][A-Za-z.&/\-]{1,15}\))\s*,")


def _name_before(window: str) -> Optional[str]:
    """The last name in ``window`` that only lower-case words part from its end (the
    antecedent of the pronoun after it), trying word starts from the right."""
    for q in reversed([m.start() for m in _NAME_START.finditer(window)]):
        m = _NAME_THEN_WORDS.match(window, q)
        if m:
            return m.group(1)
    return None



def _words_back(text: str, words: List[str], at: int) -> Optional[int]:
    """Where ``words`` begin in ``text`` when they end right before white space ending at ``at``
    (each one set off by white space from the next), or None."""
    for w in reversed(words):
        gap = at
        while gap > 0 and text[gap - 1].isspace():
            gap -= 1
        if gap == at or gap < len(w) or not text.startswith(w, gap - len(w)):
            return None
        at = gap - len(w)
    return at


def _words_on(text: str, words: List[str], at: int) -> Optional[int]:
    """Where ``words`` end in ``text`` when white space and each of them in turn follow ``at``, or None."""
    for w in words:
        gap = at
        while gap < len(text) and text[gap].isspace():
            gap += 1
        if gap == at or not text.startswith(w, gap):
            return None
        at = gap + len(w)
    return at


def _ends_with_comma(text: str, floor: int, at: int) -> bool:
    """Whether the text from ``floor`` up to ``at`` ends with a comma."""
    return text[floor:at].rstrip().endswith(",")

#: A capitalised phrase and the abbreviation given for it in brackets ("Universitas Udayana (Unud)").
#: (The capital first, so that the regex engine scans for capitals; no word character before it.)
_BRACKETED_ABBREVIATION = re.compile(r"([A-Z](?<!\w[A-Z])[\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,6})\s+\(([A-Z][\w\-]+)\)")


def _capitalised_run_start(ws, k: int, joiners) -> Optional[int]:
    """Walking back from token ``k`` over capitalised words, bracketed parts, commas and
    ``joiners``: the index of the earliest capitalised word reached, or None when there is none
    (the start of a title that lower-case joiners split into runs)."""
    start = None
    while k > 0:
        word = ws[k - 1][0]
        if word in joiners or word == ",":
            k -= 1
        elif word[:1].isupper() or word.startswith("("):
            k -= 1
            start = k
        else:
            break
    return start


#: Abbreviations that end a firm's name (``Acme & Co.``, ``Acme Inc.``).
_FIRM_ENDS_EN = frozenset("co inc corp ltd llc plc".split())
#: The longest of them, in letters.
_FIRM_END_LETTERS_EN = max(map(len, _FIRM_ENDS_EN))
#: Their last letters, both cases (``Co.``, ``INC.``): no other letter matches one case-blind.
_FIRM_END_LAST_LETTERS_EN = frozenset(w[-1] for w in _FIRM_ENDS_EN) | frozenset(w[-1].upper() for w in _FIRM_ENDS_EN)
if not _FIRM_END_LAST_LETTERS_EN <= set("ocpdOCPD"):
    raise ValueError("a firm end's last letter with a case-blind fold of its own")
#: One of them with its period anywhere in a sentence: only then may a capitalised run open with it.
_FIRM_END_DOT_EN = re.compile(r"(?i)(?:" + "|".join(sorted(_FIRM_ENDS_EN)) + r")\.")


def _firm_end_dot_en(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a firm's closing abbreviation with its period.

    The case-blind pattern has no fixed first character to look for, so searched over a
    sentence it is tried at every character (5% of the engine's time): it is tried instead
    just before each period, where any match of it ends.
    """
    dot = text.find(".", start, end)
    while dot >= 0:
        # (a match ending at an earlier period was found there: one here ends on a firm end's last
        # letter, which case-blind is only itself or its capital)
        if text[dot - 1] in _FIRM_END_LAST_LETTERS_EN \
                and _FIRM_END_DOT_EN.search(text, max(start, dot - _FIRM_END_LETTERS_EN), dot + 1):
            return True
        dot = text.find(".", dot + 1, end)
    return False


#: An English indefinite article ending the text before a name (``An Ethiopian …``).
_ARTICLE_BEFORE_EN = re.compile(r"(?:^|\W)an? $", re.I)
#: A space and a lower-case letter right after a position (a noun after a nationality).
_LOWER_WORD_NEXT = re.compile(r" [a-z]")
#: The lower-case word right after a position, one space between.
_NEXT_LOWER_WORD = re.compile(r" ([a-z][a-z\-]*)\b")


#: English: the rest of a body's name that has commas of its own, up to the comma before a name
#: (``US Immigration`` + ``, Customs and Enforcement, ``).
_BODY_NOUN_ENDINGS_EN = ("ment", "tion", "sion", "ity", "ance", "ence", "ship")
_BODY_LIST_TAIL_EN = re.compile(r",\s+([A-Z][a-z]+(?:,\s+[A-Z][a-z]+)?\s+(?:and|&)\s+[A-Z][a-z]+),\s*")

class NameEvidence:
    """Article-level evidence about names and salience, mixed into ``Extractor``."""

    _gender_evidence = None
    _gender_titled = frozenset()
    _prefix_sizes = None
    _org_abbreviations = None
    _full_names = None
    _text_searches = None
    #: Whether the article has a garbled or decomposed accent (``WIDE_CHARS``) anywhere: one scan
    #: per article, so that the sentences of the many articles without one are not scanned again.
    _wide_text = None
    #: The openers of a kin phrase (``_KIN_PHRASE_OPENERS_EN``) the article holds, found once: a
    #: sentence can hold no other, and in an article with none (three in ten) no sentence is searched.
    _kin_openers = None

    def _gender_of(self, ent: Entity, weak: bool = True, own: Optional[str] = None) -> Optional[str]:
        """``m``, ``f`` or None: what the article says of a person's gender (English).

        Read from the words before the name (``Ms.``, ``spokeswoman``) and from the subject
        pronoun a few words after it (``Carver said she …``); a clear majority decides.
        The full name is asked first, then the given name, then the surname; with ``weak``,
        a common given name (``Bill``, ``Hillary``) decides when the article says nothing.
        With ``own`` (``m``/``f``), one subject pronoun of that gender, the one being resolved, is
        taken off the evidence.
        """
        if self.lex.lang != "en" or ent.kind != "person":
            return None
        if self._gender_evidence is None:
            self._gender_evidence = self._read_gender_evidence()
        words = fold(ent.name).split()
        if len(words) == 1 and ent.roles and ent.roles[0][1].lower().startswith(("his ", "her ")):
            kin = GENDERED_ROLE_NOUNS_EN.get(ent.roles[0][1].split()[-1].lower())
            if kin is not None:
                return kin  # "his wife, Jane,": the kin noun says it, whatever pronouns follow
        keys = [" ".join(words)] + ([words[0]] if len(words) >= 2 else [])
        # (the people are only looked through when the article says something of the surname:
        # a key without evidence decides nothing)
        # (``fold`` joins its words with single spaces: the text after its last space is its last word)
        if words and self._gender_evidence.get(words[-1]) and not any(
                e.kind == "person" and e is not ent and fold(e.name).rpartition(" ")[2] == words[-1]
                for e in self.people.entities):
            keys += words[-1:]  # "Carver" tells nothing of Hillary when Bill is in the article too
        for i, key in enumerate(keys):
            count = self._gender_evidence.get(key)
            if count and own is not None:
                # the pronoun being resolved, counted after the name, is no evidence for itself (a
                # Counter difference keeps no negative count, so a key it was not counted under
                # loses at most that much of its own)
                count = count - Counter({own: _PRONOUN_WEIGHT["he" if own == "m" else "she"]})
            # the full name is weighed too (its evidence may be one pronoun after it), unless a
            # title word stood before the surname
            full = bool(count) and i == 0 and len(words) >= 2 and words[-1] not in self._gender_titled
            if count and len(words) >= 2 and (full or key in (words[0], words[-1])) and self.lex.given_names.get(words[0]):
                # "Ilona may play Hillary if he …": a pronoun or two after a common given name
                # (or after the surname: "… against Hale, she said") are weighed against what
                # the given name itself says; but a title word before the surname decides alone
                # ("Jan Lee … Mr Lee said")
                if key == words[0] or full or key not in self._gender_titled:
                    count = count + Counter({self.lex.given_names[words[0]]: _GENDER_WORD_WEIGHT})
            if count:
                if count["m"] > 2 * count["f"]:
                    return "m"
                if count["f"] > 2 * count["m"]:
                    return "f"
        if weak and len(words) >= 2:
            return self.lex.given_names.get(words[0])  # "Bill Carver": a common given name
        return None

    def _learn_gender(self, ent: Entity, sex: str):
        """Count a subject pronoun that named ``ent`` (``m``/``f``) as evidence for its full name."""
        if self.lex.lang != "en" or ent.kind != "person":
            return
        if self._gender_evidence is None:
            self._gender_evidence = self._read_gender_evidence()
        pronoun = "he" if sex == "m" else "she"
        self._gender_evidence.setdefault(" ".join(fold(ent.name).split()), Counter())[sex] += _PRONOUN_WEIGHT[pronoun]

    def _one_gendered_word(self, mention: Mention) -> bool:
        """Whether ``mention`` is one word to which the article clearly gives a gender
        (``Sandler seemed tired when he …``): a name the article treats as a person's (English)."""
        words = (mention.name or "").split()
        if len(words) != 1:
            return False
        if self._gender_evidence is None:
            self._gender_evidence = self._read_gender_evidence()
        count = self._gender_evidence.get(fold(words[0]))
        return bool(count) and (count["m"] > 2 * count["f"] or count["f"] > 2 * count["m"]) \
            and sum(count.values()) >= MIN_GENDER_EVIDENCE and self._capitalised_inside(words[0])

    def _full_name_of(self, word: str) -> Optional[str]:
        """The full name the article gives a one-word surname (``Donald Brandt`` for ``Brandt``):
        the first place where a common given name stands right before it (English), else None."""
        if self._full_names is None:
            self._full_names = {}
            for m in _CAPITALISED_PAIR_EN.finditer(self.text):
                if fold(m.group(1)) in self.lex.given_names:
                    surname = _POSSESSIVE_END.sub("", m.group(2))  # "Donald Brandt’s critics"
                    self._full_names.setdefault(surname, f"{m.group(1)} {surname}")
        return self._full_names.get(word)

    def _quote_paragraph_follows(self, sent: Sentence) -> bool:
        """Whether ``sent`` closes its paragraph and the next paragraph opens with a quotation mark."""
        return _PARAGRAPH_THEN_QUOTE.match(self.text, sent.end) is not None

    def _capitalised_inside(self, word: str) -> bool:
        """Whether ``word`` is capitalised somewhere after a lower-case word or a comma (a name,
        not a sentence opener such as ``Soon he …``)."""
        return self._found_in_text(r"[a-z,]\s+" + re.escape(word) + r"\b")

    def _written_lower(self, low: str) -> bool:
        """Whether the article writes ``low`` as a word in lower case somewhere (``nuclear``)."""
        return self._found_in_text(r"\b" + re.escape(low) + r"\b")

    def _found_in_text(self, pattern: str) -> bool:
        """Whether ``pattern`` occurs in the article; remembered per pattern, since each search
        reads the whole article and sentences ask again about the same words."""
        if self._text_searches is None:
            self._text_searches = {}
        found = self._text_searches.get(pattern)
        if found is None:
            found = self._text_searches[pattern] = re.search(pattern, self.text) is not None
        return found

    def _gender_words_at(self):
        """``(offset, word, sex)`` of every occurrence of a spelling in ``_GENDER_KEYS_EN`` (the
        evidence adds up, so the order does not matter).

        Found in the lower-cased text, one scan for both spellings of the words that share a stem
        of ``_GENDER_STEMS_EN`` (one for both spellings of any other word), when lowering keeps
        every offset: ``str.lower`` maps each character to one character unless the text grows
        (only "İ" lowers to two), so then ``lower[i:j]`` is ``text[i:j]`` lowered and every
        spelling of a word stands where its lower-case form does; the spelling is checked.
        """
        text = self.text
        lower = text.lower()
        if len(lower) != len(text):
            for word, sex in _GENDER_KEYS_EN:
                i = text.find(word)
                while i >= 0:
                    yield i, word, sex
                    i = text.find(word, i + 1)
            return
        for stem, exact, members in _GENDER_SCANS_EN:
            scanned = text if exact else lower
            i = scanned.find(stem)
            while i >= 0:
                for offset, size, spellings, sex in members:
                    at = i - offset
                    if at >= 0:
                        word = text[at:at + size]
                        if word in spellings:
                            yield at, word, sex
                i = scanned.find(stem, i + 1)

    def _read_gender_evidence(self):
        evidence = {}
        self._gender_titled = titled = set()  # the words a title or kinship word stood before

        def add(run, sex, weight):
            words = fold(run).split()
            for key in set(words) | {" ".join(words)}:
                evidence.setdefault(key, Counter())[sex] += weight

        text = self.text
        for at, word, sex in self._gender_words_at():
            if at == 0 or not text[at - 1].isalnum():
                m = _NAME_AFTER.match(text, at + len(word))
                if m:
                    add(m.group(1), sex, _GENDER_WORD_WEIGHT)
                    titled.update(fold(m.group(1)).split())
        for p in _GENDER_PRONOUN.finditer(text):
            if p.group(1) not in _PRONOUN_SEX:
                continue
            if p.group(1) == "her" and _OBJECT_HER.match(text, p.end()):
                continue  # "Odell backed her up", "Lee told her that": the object is someone else
            window = text[max(0, p.start() - _NAME_BEFORE_REACH):p.start()]
            name = _name_before(window)
            if name and p.group(1) in ("he", "she") and window.endswith(", ") \
                    and _OBJECT_BEFORE.search(window, 0, len(window) - 2 - len(name)):
                continue  # "would endorse Ann Lee, he said": a new clause's subject, not the object named
            if name:
                add(name, _PRONOUN_SEX[p.group(1)], _PRONOUN_WEIGHT[p.group(1)])
        return evidence

    # -- where a title ends and the person's name begins ------------------------------------
    def _split_title(self, name: str, role: Optional[str] = None) -> str:
        """``name`` without the leading words that ``_name_start`` gives to the title ``role``
        (``Ketua KPU`` + ``Indramayu Nurhadi`` -> ``Nurhadi``): the name a mention is linked by."""
        words = name.split()
        return " ".join(words[self._name_start(words, (role or "").split()):])

    def _settle_name(self, ent: Entity):
        """Pick, once the article is read, where a person's name begins.

        While reading, a mention is linked by the name ``_split_title`` leaves; only at the end
        are the article's later forms of the person known (``Danang`` for ``Lion Air Group
        Danang Mandala Prihantoro``), so the boundary is picked from the name as written with
        them too. The words it takes from the name go to the end of the earliest role.
        """
        if ent.kind != "person" or not ent.aliases or self.lex.lang != "id" or ent.written is None:
            return  # English refers back by surname: "Glen Kopp" … "Kopp said" keeps the given name
        role, written = ent.written
        words, name = written.split(), ent.name.split()
        read = len(words) - len(name)  # the words the title took while reading
        if read < 0 or words[read:] != name:
            return
        cut = self._name_start(words, (role or "").split(), later_forms=ent.aliases)
        if cut <= read:
            return
        ent.name = " ".join(words[cut:])
        dropped = " ".join(words[read:cut])
        if ent.roles:
            at, first = first_role_id(ent.roles)
            if not first.endswith(dropped):  # a titled mention may have given the role these words already
                ent.roles[ent.roles.index((at, first))] = (at, f"{first} {dropped}")
        else:
            at = self.text.find(written)
            lead = self._title_lead_id(max(0, at - 60), at) if at > 0 else None
            if lead is not None:
                # "bertemu pelatih Persija Fabio Santos": the lower-case title before the run is the
                # role's start, as for a run the chunk read whole
                dropped = f"{self.text[lead:at].strip()} {dropped}"
            ent.roles.append((0, dropped))

    def _name_start(self, words: List[str], title: List[str], later_forms: Sequence[str] = ()) -> int:
        """How many leading ``words`` of a titled name belong to the title, not to the person.

        In ``Direktur Utama PT`` + ``Maju Jaya Budi Santoso`` the rules that split off the title
        stop at ``PT``; where the company's name ends is read from the rest of the article.
        ``title`` is the title's words as written; ``later_forms`` the shorter forms the
        article uses for the person, when it has been read to the end. The boundary moves
        right on each piece of evidence in turn (numbered below); a name without a title moves
        it on the later forms alone.
        """
        lex = self.lex
        indonesian = lex.lang == "id"
        if indonesian and title and self._apposed_to_title(title, words):
            return 0
        # 1. A title ending in an institution word (``Puskesmas``, ``PT``) is followed by the
        #    institution's own name, unless it gave the name first, in English order (``Santika
        #    Hotel``); one ending in a joining word (``Democracy and``) or in an organisation's
        #    name cut short (``Partai Keadilan`` + ``Sejahtera``) by the rest of it.
        cut = 0
        if title and title[-1].lower() in lex.org_heads and len(words) >= 2 and words[0][:1].isupper() \
                and not (indonesian and self._named_before_head(title)):
            cut = 1
            if indonesian and len(words) >= 5 and self._generic_word(words[0]) and words[1][:1].isupper() \
                    and not self._generic_word(words[1]) and not _ROMAN.match(words[1]) \
                    and not self._independent_prefix(words[1:]):
                cut = 2  # "Universitas" + "Lambung Mangkurat Muhammad …": "Universitas Lambung" is no whole name
        elif indonesian and len(words) >= 3 and words[0][:1].isupper() and numbered_school_id(title) \
                and fold_word(words[0]) not in lex.name_openers:
            cut = 1  # "Kepala SMKN 1" + "Sukamaju Wira Santoso": the school's place follows its number
        elif indonesian and title and title[-1].lower() in _ORG_JOINERS and len(words) >= 3 and words[0][:1].isupper():
            cut = 1  # "Network for Democracy and" + "Electoral Integrity Fikri …": a joiner needs its next word
            if len(words) >= 4 and words[1][:1].isupper() and self._generic_word(words[1]) \
                    and fold_word(words[1]) not in self._cue_short_forms():
                cut = 2  # and an ordinary word after it is the organisation's too
        elif indonesian and len(words) >= 3 and self._organisation_cut_short(title) \
                and not self._independent_prefix(words):
            cut = 1
            while len(words) - cut >= 3 and _ROMAN.match(words[cut]):
                cut += 1  # "PT Angkasa" + "Pura II Muhammad Arifuddin"
        # 2. Leading words the article uses on their own as a place or organisation
        #    (``di Indramayu``, ``Pantau Gambut menilai``).
        while title and len(words) - cut >= 2 and words[cut][:1].isupper():
            size = self._independent_prefix(words[cut:])
            if not size:
                break
            cut += size
        if not indonesian or len(words) - cut < 2:
            return cut
        # 3. The article's short form for the person (``kata Budi``) starts later: the words
        #    before it go with the title up to the last run the article writes on its own
        #    (``Maju Jaya menjual``). After a post that names its organisation next (``CEO``) or
        #    an organisation still open (``Universitas Sam``), one word goes at least, and a
        #    name without a short form keeps two words.
        rest, before = words[cut:], title + words[:cut]
        folded = [fold_word(w) for w in rest]
        short = self._cue_short_forms()
        at = next((k for k, w in enumerate(folded) if w in short), None)
        if title and at != 0 and folded[0] not in lex.name_openers:  # "Muhammad …" opens a name
            post = before[-1] if before else None
            if post is not None and len(before) >= 2 and (before[-2].lower(), post.lower()) in lex.rank_compounds:
                post = before[-2]  # "Direktur Jenderal" + "Pajak Budi …": the office is the post
            opens = post is not None and (post.lower() in lex.org_posts or self._open_organisation(before, rest[0]))
            if at is None and opens and len(rest) >= 3:
                at = len(rest) - 2
            if at:
                lead = self._last_run_apart(rest[:at + 1], post) or int(opens)
                while 0 < lead < at and _ROMAN.match(rest[lead]):
                    lead += 1  # "PT Angkasa" + "Pura I Yonas …" called "Yonas": the numeral is the company's
                cut += lead
        # 4. The article's later forms of the person start later (``Lion Air Group Danang …``
        #    called ``Danang``): the words before them go with the title when they are ordinary
        #    words, when the article also writes the rest in full without them (``Pantau Gambut``
        #    + ``Iola Abas``), or when the title ends in its level (``Pimpinan Pusat`` +
        #    ``Muhammadiyah``); otherwise only a leading run of role words, numerals and words
        #    the article uses apart (``Bappenas``) does. A given name (``Andreas Hugo …`` called
        #    ``Hugo``) and initials (``M Fikser``) stay.
        if not later_forms:
            return cut
        forms = self._later_forms(later_forms)
        rest, before = words[cut:], title + words[:cut]
        folded = [fold_word(w) for w in rest]
        at = min((folded.index(f[0]) for f in forms if f[0] in folded), default=0)
        while at and folded[at - 1] in _NAME_TITLES_ID:
            at -= 1  # "Association Lalu Kusnawan" called "Kusnawan": "Lalu" is his title
        if at and self._after_honorific(rest[0]):
            at = 0  # "Prof Ali Ghufron Mukti" called "Ghufron": "Ali" follows the honorific, his given name
        if at:
            in_full = len(rest) - at >= 2 and folded[at:] in forms \
                and all(len(w) > 2 or (len(w) == 2 and w.isupper()) for w in rest[:at])
            level = at == 1 and len(rest) >= 3 and bool(before) and before[-1].lower() in _LEVEL_WORDS_ID
            # "Camat Sukamaju Rudi Hartono" called "Rudi": an office held over a place takes it
            ordinary = all(len(w) > 2 and (lex.is_english_word(w) or lex.is_common_word(w) or lex.is_role_word(w)
                                           or lex.is_place(w)) for w in rest[:at])
            place = at == 1 and len(rest) >= 3 and takes_place_id(before) and folded[0] not in lex.name_openers
            if ordinary and not (in_full or level or place) and self._given_name_after_whole_title(before, rest, at):
                ordinary = False  # "BPJS Kesehatan Ali Gufron" called "Gufron", "BPJS Kesehatan" also on its own
            if not (in_full or level or ordinary or place):
                lead = 0
                while lead < at and (lex.is_role_word(rest[lead]) or (lead > 0 and _ROMAN.match(rest[lead]))
                                     or (len(rest[lead]) > 2 and self._used_apart(rest[lead], rest[lead + 1]))):
                    lead += 1
                at = lead
            cut += at
        return cut

    def _given_name_after_whole_title(self, before: List[str], rest: List[str], at: int) -> bool:
        """Whether the one dictionary word (``Ali``, ``Budi``) between a title and the person's later
        form opens the name: the article writes the title's last word elsewhere on its own (``BPJS
        Kesehatan menerima``), so the organisation's name ends there; a word that closes it
        (``Peduli Kasih`` + ``Anak``) never stands apart that way."""
        if at != 1 or len(before) < 2 or len(rest) < 2 or not before[-1][:1].isupper():
            return False
        if self.lex.is_role_word(rest[0]) or _ROMAN.match(rest[0]):
            return False
        if fold_word(rest[0]) in self.lex.body_closers:
            return False  # "Sinar Air" + "Group Budi": an English word closing a firm's name, no given name
        if f"{before[-1]} {rest[0]} {rest[1]}" not in self.text:
            return False  # "Pastor Yustinus …, tokoh agama di Intan Jaya": the title is not written before the name
        return self._stands_apart(before[-1:], rest[0], before[-2])

    def _apposed_to_title(self, title: List[str], words: List[str]) -> bool:
        """Whether the article writes the name apart from its title, after a comma (``Asisten
        pelatih Timnas Uzbekistan, Timur Kapadze``): the name is whole as written, none of its
        words (``Timur``, also a place) belongs to the title."""
        text = self.text
        for start in self._title_comma_name(title, words):
            if not text[:start].rstrip().endswith(","):
                return True  # not "…, Syamsul Yusuf Lubis, Pranata Surya Pane": a list of names
        return False

    def _title_comma_name(self, title: List[str], words: List[str]):
        """Where the article writes the words of ``title``, a comma and the words of ``words``,
        white space between them and a word boundary after the last: their starts, in order and
        without overlaps, as the search for the pattern of all of them would find them. Read
        from each place the title's last word and the comma stand (no pattern built per name)."""
        text, head = self.text, title[-1] + ","
        if not words:  # the comma and white space, then any word
            pattern = r"\s+".join(re.escape(w) for w in title) + r",\s+\b"
            return [m.start() for m in re.finditer(pattern, text)]
        found = []
        at = text.find(head)
        while at >= 0:
            start, end = _words_back(text, title[:-1], at), _words_on(text, words, at + len(head))
            if start is not None and end is not None \
                    and _is_word_char(text[end - 1]) != (end < len(text) and _is_word_char(text[end])):
                found.append((start, end))
            at = text.find(head, at + 1)
        starts, pos = [], 0
        for start, end in sorted(found):
            if start >= pos:  # a later find inside an earlier one is none of its own
                starts.append(start)
                pos = end
        return starts

    def _after_honorific(self, word: str) -> bool:
        """Whether the article writes ``word`` right after an academic or religious title (``Prof
        Ali``, ``Dr. Ali``, ``H. Ali``): it opens a person's name, whatever dictionary word it may
        also be (``Ibu Kota`` is no such title)."""
        for before in self._words_before(word):
            if before.lower() in _NAME_OPENING_TITLES_ID and before[:1].isupper():
                return True
        return False

    def _words_before(self, word: str) -> List[str]:
        """The words the article writes right before ``word`` (a full stop after them allowed,
        then white space; a word boundary after ``word``), in order and without overlaps, as a
        search for the pattern of both would find them (read from each place ``word`` stands,
        with no pattern built for each word)."""
        text = self.text
        if not word or word[0].isspace():
            return [m.group(1) for m in re.finditer(r"\b(\w+)\.?\s+" + re.escape(word) + r"\b", text)]
        found, end_word = [], _is_word_char(word[-1])
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            gap = at
            while gap > 0 and text[gap - 1].isspace():
                gap -= 1
            run_end = gap - 1 if gap and text[gap - 1] == "." else gap
            start = run_end
            while start > 0 and _is_word_char(text[start - 1]):
                start -= 1
            if gap < at and start < run_end and end_word != (end < len(text) and _is_word_char(text[end])):
                found.append((start, end, text[start:run_end]))
            at = text.find(word, at + 1)
        words, pos = [], 0
        for start, end, before in sorted(found):
            if start >= pos:  # a later find inside an earlier one is none of its own
                words.append(before)
                pos = end
        return words

    def _later_forms(self, forms: Sequence[str]) -> List[List[str]]:
        """The folded words of the article's later forms of a person that may show where the
        name begins: the ones after a speech cue (``kata Desey``, not ``Blibli memprediksi``)
        when there are any, and never a lone English word (``Hospitality`` in ``Sumba
        Hospitality``), which is no Indonesian given name."""
        lex = self.lex
        forms = [f.split() for f in forms if f.split() and not (
            len(f.split()) == 1 and lex.is_english_word(f) and not lex.is_common_word(f))]
        folded = [[fold_word(w) for w in f] for f in forms]
        short = self._cue_short_forms()
        after_cue = [f for f in folded if f[0] in short]
        return after_cue or folded

    def _last_run_apart(self, words: List[str], before: Optional[str]) -> int:
        """Where the last run of ``words[:-1]`` that the article writes on its own ends (0 for
        none); ``before`` is the title word before ``words``."""
        end = 0
        last = len(words) - 1
        for k in range(last):
            size = next((n for n in range(last - k, 0, -1)
                         if self._stands_apart(words[k:k + n], words[k + n], words[k - 1] if k else before)), 0)
            if size:
                end = max(end, k + size)
        return end

    def _named_before_head(self, title: List[str]) -> bool:
        """A title whose organisation is named before its head word, in English order (``General
        Manager Santika Hotel``): the head is an English word, and the capitalised word before it
        is no title, institution, dictionary or place word."""
        if len(title) < 2 or not self.lex.is_english_word(title[-1]):
            return False  # "Universitas" + "Pelita Harapan": an Indonesian head is followed by the name
        w = title[-2]
        low = w.lower()
        lex = self.lex
        if w[:1].isupper() and not w.isupper() and low not in lex.titles and low not in lex.institution_words \
                and not self._generic_word(w) and not lex.is_place(w):
            return True
        # "Resort Manager Ketapang Indah Hotel": a dictionary word ends a two-word name before the head
        return len(title) >= 4 and w[:1].isupper() and not w.isupper() and low not in lex.titles \
            and low not in lex.institution_words and lex.is_common_word(w) and title[-3][:1].isupper() \
            and not title[-3].isupper() and title[-3].lower() not in lex.titles \
            and title[-3].lower() not in lex.institution_words

    def _organisation_cut_short(self, title: List[str]) -> bool:
        """A title ending in an organisation head and one or two capitalised words, the last an
        ordinary word: ``Partai Keadilan`` is no whole name of a party, ``Partai Demokrat`` (a
        proper word) and ``Universitas Indonesia`` (a place) are."""
        heads = [k for k, w in enumerate(title) if w.lower() in self.lex.org_heads]
        if not heads:
            return False
        tail = title[heads[-1] + 1:]
        return 1 <= len(tail) <= 2 and all(w[:1].isupper() for w in tail) and self._generic_word(tail[-1]) \
            and not tail[-1].isupper() and not _ROMAN.match(tail[-1])

    def _open_organisation(self, title, nxt: str) -> bool:
        """A title ending in an organisation whose name is not finished: an organisation head
        and one to three capitalised words, none a place or an acronym, the last of which the
        article never writes on its own (``Universitas Sam`` + ``Ratulangi``; not ``Partai
        Gerindra``, which is also ``kader Gerindra``)."""
        heads = [k for k, w in enumerate(title) if w.lower() in self.lex.org_heads]
        if not heads:
            return False
        tail = title[heads[-1] + 1:]
        return 1 <= len(tail) <= 3 and all(w[:1].isupper() and not w.isupper() and not self.lex.is_place(w) for w in tail) \
            and not self._stands_apart(tail[-1:], nxt, title[-2])

    def _cue_short_forms(self) -> frozenset:
        """Capitalised words the article writes right after a speech cue or ``menurut``
        (``kata Desey``, ``Menurut Danang``): how it calls its people (remembered per article)."""
        if self._short_forms is None:
            lex = self.lex
            cues = {w for w in lex.post_cues if not (lex.clitic and w.endswith(lex.clitic))} | set(lex.according_to)
            self._short_forms = frozenset(fold_word(m.group(2)) for m in _WORD_BEFORE_CAPITAL.finditer(self.text)
                                          if m.group(1).lower() in cues)
        return self._short_forms

    def _stands_apart(self, run: List[str], nxt: str, before: Optional[str] = None) -> bool:
        """True when the article writes the words of ``run`` somewhere without the rest of the
        name, not after another name word (but maybe after ``before``) and before neither
        another capitalised word nor a speech cue (``Blibli berkolaborasi``, ``RSUD Blambangan
        berjumlah``, ``Dagadu Djokdja, yang``, ``Boven Digoel itu``)."""
        text, phrase = self.text, " ".join(run)
        for pos in self._positions(run[0]):
            end = pos + len(phrase)
            if text[pos:end] != phrase or (end < len(text) and text[end].isalnum()):
                continue
            after = tokens(text, end, min(len(text), end + 30))
            if not after:
                continue
            n = after[0][0]
            if n == nxt or n[:1].isupper():
                continue  # the name itself, or "Sri Maryati": another person's name
            if (n.lower() in self.lex.pre_cues and n.lower() not in self.lex.weak_cues) or n.lower() in self.lex.post_cues:
                # "Ben mengatakan": maybe the person's own short form; not a weak cue, which a body
                # does as often ("Tirtamina menjamin pasokan …", "… memastikan …")
                continue
            prev = tokens(text, max(0, pos - 30), pos)
            if prev and prev[-1][0] != before and _name_like(prev[-1][0], self.lex):
                continue  # "Sufmi Dasco Ahmad membenarkan": the end of another name
            return True
        return False

    def _generic_word(self, w: str) -> bool:
        """A dictionary (Indonesian or English) or role word that is not a place."""
        lex = self.lex
        return len(w) > 2 and (lex.is_common_word(w) or lex.is_english_word(w) or lex.is_role_word(w)) and not lex.is_place(w)

    def _used_apart(self, word: str, nxt: str) -> bool:
        """True when the article writes capitalised ``word`` inside a sentence, after a lower-case
        word and before no other capitalised word: ``Bappenas`` in ``Kepala Bappenas Suharso
        Monoarfa`` is also ``… data Bappenas menunjukkan``. Indonesian only: English first names
        recur on their own (``Donald J. Brandt``)."""
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
        """How many leading ``words`` the article uses on their own as a place or organisation
        (remembered per article: a name is read again when the article is settled)."""
        key = tuple(words)
        if self._prefix_sizes is None:
            self._prefix_sizes = {}
        if key not in self._prefix_sizes:
            self._prefix_sizes[key] = self._read_independent_prefix(words)
        return self._prefix_sizes[key]

    def _read_independent_prefix(self, words) -> int:
        lex, text = self.lex, self.text
        for size in range(min(3, len(words) - 1), 0, -1):
            prefix = " ".join(words[:size])
            rest = words[size]
            found = 0  # two words used apart count once no use shows a person ("kata Sri Maryati" later)
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
                if lex.lang == "en" and nxt_word[:1].isupper():
                    continue  # "aimed at Tom Roe": the word opens another name there, no place of its own
                if low_prev in _PLACE_PREPOSITIONS or (low_prev in lex.institution_words and low_prev not in lex.titles
                                                       and low_prev not in lex.ranks and prev[:1].isupper()):
                    found = found or size
                elif size >= 2 and nxt_word[:1].isalpha() and nxt_word not in words:
                    found = found or size  # "Pantau Gambut menilai": the organisation acting on its own
                if found and (size == 1 or lex.lang != "id"):
                    return found  # one word (or English): its first use decides
            if found:
                return found
        return 0

    def _observe_names(self, sent: Sentence, spans: List[QuoteSpan], para=None):
        """Register people named in passing (``Kepala Kampung Lembah, Heru Yosef, menyambut``).

        Every run of capitalised words outside quotes is read as ``title + name``; a run that
        follows a title-like run and a comma takes that run as its role.
        """
        lang_en, lang_id = self.lex.lang == "en", self.lex.lang == "id"  # asked again and again below: read once
        text = self.text
        if lang_en and text[sent.start:sent.start + 1].isupper():
            self._company_epithet_en(sent)
        name_runs = self._name_runs(sent)
        if not name_runs:
            # most sentences: no run of capitals, nobody to register (the runs are read first as
            # the cheaper question; the two checks below change nothing, they only return early)
            return
        if self._title_case(sent):
            return  # a headline in Title Case names nothing reliably
        if self._subhead_id(para):
            return  # "Ultimatum Prawiro": a subhead's words are no title of the name in it
        prev, prev_ent = None, None
        skip_to = -1
        runs = []
        for m in name_runs:
            if self._inside_quote(m.start(), spans) or m.start() < skip_to:
                continue  # inside a quote, or the title set off after a name just read
            end = m.end()
            while end > m.start() and (text[end - 1].isspace() or text[end - 1] in ".,"):
                end -= 1
            mention = self.parser.chunk(text, m.start(), end)
            if lang_en and mention is not None and mention.kind == NAME and mention.role is None \
                    and text[m.start() - 2:m.start()] == ", " and " " not in mention.name \
                    and (kin := _KIN_BEFORE_NAME_EN.search(text, max(sent.start, m.start() - MAX_KIN_PHRASE_CHARS_EN), m.start())) is not None:
                mention.role = kin.group(1)  # "his wife, Jane,": the kin noun is her role, and makes her a person
            if mention is not None:
                runs.append(mention)
            if mention is None or mention.kind != NAME:
                prev = mention if mention is not None and m.end() < sent.end else None
                continue
            if lang_en and mention.text.startswith("The ") and self._describes_noun_after_en(mention.end):
                prev = mention
                continue  # "The Sukamaju-born journalist": a word describing the noun after it, no person
            if self._organisation_abbreviation_id(mention.name):
                prev = mention
                continue  # "DPM FISIP Unud" after "Universitas Udayana (Unud)": a body, not a person "Unud"
            if lang_en and mention.role and mention.role.split()[-1].lower() in NUMBER_WORDS_EN:
                prev = mention
                continue  # "the Two Bennies star": a group or a show, not a person "Bennies" for "he" to take
            if self.parser.titled_body_id(mention) and self._demonstrative_after(mention.end):
                prev = None
                continue  # "Ketum Gerindra ini mengaku": a title pointing back, not a person "Gerindra"
            if self.parser.titled_body_id(mention) and self._name_after_comma(mention.end):
                prev, prev_ent = mention, None  # "Rektor Undip, Suharnomo": a title and its body, then the person
                continue
            if self._nickname_of_previous(prev, mention):
                # "Saifullah Yusuf atau yang akrab disapa Gus Ipul": the same person, by the name
                # the article goes on to use; no second person
                if prev_ent is not None:
                    self.people.add_alias(prev_ent, mention.name)
                prev, prev_ent = mention, None
                continue
            between = text[prev.end:m.start()] if prev is not None else ""
            if prev is not None and lang_id:
                prev, between = self._with_bracket_id(prev, between)
                placed = self._title_with_places_id(runs[:-1], mention)
                if placed is not None:
                    prev, between = placed, ","  # "Camat Kali Merah, Jakarta Pusat, Yusran": the office's places
            if prev is not None and mention.role is None and lang_id and between.strip().isdigit() \
                    and numbered_school_id(prev.text.split() + [between.strip()]):
                # "Kepala SMKN" + "1" + "Sukamaju Budi": the title goes on with the school's number
                mention.role = text[prev.start:m.start()].strip()
                prev, between = None, ""
            if lang_en and prev is not None and prev.kind == "organisation" and between.count(",") >= 2 \
                    and (body_list := _BODY_LIST_TAIL_EN.fullmatch(between)) is not None \
                    and all(w.lower() not in self.lex.given_names and (
                        self.lex.is_english_word(w.lower()) or w.lower() in self.lex.institution_words
                        or w.endswith(_BODY_NOUN_ENDINGS_EN))
                            for w in body_list.group(1).replace(",", " ").split() if w not in ("and", "&")):
                # "US Immigration, Customs and Enforcement, Dean Boyd": the body's name has commas of its own
                end = prev.end + body_list.end(1)
                prev, between = replace(prev, text=text[prev.start:end], end=end), ","
            origin = prev is not None and between.strip() == "," and self._after_preposition(sent.start, prev.start)
            apposed = None
            if origin and prev.kind in ("title", "organisation", NAME) and mention.role is None:
                # "Pengamat kebijakan dari Universitas Trisakti, Trubus …": the title before the
                # origin holds the role; "Berasal dari Kabupaten Cianjur, Gardian …": none. The
                # comma parts it from the name, so it is kept apart from the name's own title.
                apposed = self._role_before_origin(sent.start, prev)
            elif lang_en and prev is not None and between.strip() == "," and mention.role is None \
                    and (office := self._office_of_body_en(sent.start, prev)) is not None:
                mention.role = office  # "The chairman of the Bar Council, Hugh Mansell": the office, not the body
            elif prev is not None and between.strip() == "," and (prev.kind in ("title", "organisation") or prev.kind == NAME) \
                    and not (lang_en and _time_phrase_en(tokens(text, prev.start, prev.end))) \
                    and not (lang_en and prev.kind == NAME
                             and prev.text.split()[0].rstrip(".").lower() in _COURTESY_TITLES_EN) \
                    and not self._no_title_before_en(prev, sent.start) \
                    and not self._media_opener_id(sent.start, prev.end):
                # but "Last April, Mr Hardy": an opening time phrase is no role
                if mention.role is None or self.lex.is_role_word(mention.role.split()[0]) is False or \
                        all(w.lower().strip(".") in self.lex.ranks for w in (mention.role or "").split()):
                    mention.role = prev.text  # "Kapolsek Purwodadi, AKP Siswanto"
                    lead = self._title_lead_id(sent.start, prev.start)
                    if lead is None:
                        lead = self._field_title_lead_id(sent.start, prev.start)
                    if lead is not None:
                        mention.role = text[lead:prev.end]  # "Asisten pelatih Timnas X, Budi": the whole title
                    lead = self._coordinated_title_start_id(sent.start, prev)
                    if lead is not None:
                        mention.role = text[lead:prev.end]  # "Kepala Dinas Pangan, Kelautan, dan Pertanian X, Budi"
                    if lang_id and text[mention.start - 2] == ",":
                        english = self._english_title_before_comma_id(sent.start, mention.start - 2)
                        if english is not None and len(english) > len(mention.role):
                            mention.role = english  # "Deputy Director of the X Trade Office, Budi": the office too
            elif mention.role is not None and apposed is None:
                whole = self._joined_title_id(sent.start, mention)
                mention.role = whole.role if whole is not None else self._with_lower_title_id(sent.start, mention)
            elif apposed is None and lang_id:
                whole = self._joined_title_id(sent.start, mention)  # "Center for … on Trade Dewi"
                if whole is not None:
                    mention.name, mention.role = whole.name, whole.role
            if mention.role is None and lang_en and text[mention.end:mention.end + 1] == "," \
                    and text[max(sent.start, mention.start - 2):mention.start] == ", ":
                mention.role = self._opening_title_apposed_en(sent.start, mention.start - 2)
            if mention.role is None and lang_en:
                mention.role = self._title_before(sent.start, mention.start)
                if mention.role is None and self._after_article(mention.start):
                    prev = mention
                    continue  # "president of the Florida Black Caucus": an organisation, not a person
            if mention.role is None and apposed is None and lang_id \
                    and text[mention.start - 2:mention.start] == ", " and text[mention.end:mention.end + 1] in (",", "."):
                # "Pelatih baru Persija, Budi,": a title with a lower-case word, its body, then the name
                mention.role = self._lower_title_of_body_id(prev.end if prev is not None else sent.start, mention.start - 2)
            if mention.role is None and apposed is None and lang_id:
                mention.role = self._lower_title_before_id(sent.start, mention)  # "pengamat penerbangan Budi"
                if mention.role is None and text.startswith(" dari ", mention.end):
                    mention.role = self._body_after_name_id(mention.end + 6, sent.end)  # "Budi dari Dewan X"
                if mention.role is None and ("sebagai" in text[mention.end:mention.end + 40]
                                             or text.startswith(", yang juga ", mention.end)):
                    mention.role = self.parser.office_after_name_id(text, mention.end, sent.end)  # "Budi menjabat sebagai X"
                    office_end = text.find(mention.role, mention.end) + len(mention.role) if mention.role else -1
                    if office_end > 0 and not text[office_end + 1:office_end + 2][:1].isupper():
                        skip_to = office_end  # the office names no one (a name right after it is read on)
            if mention.role is None and apposed is None and (
                    prev is None or self._after_object_preposition_id(text[sent.start:mention.start].rstrip())):
                title_after = self._apposed_title_after_id(sent.start, mention)
                if title_after is not None:
                    # "Budi Santoso, Kepala Dinas X, menjelaskan": the title set off after the name
                    mention.role, (skip_to, apposed) = title_after[1], title_after
            if mention.role is None and apposed is None and lang_id and text[mention.end:mention.end + 1] == ",":
                closing = self._presented_apposition_id(sent, mention)
                if closing is not None:
                    # "Acara itu juga dihadiri Wira, salah satu tokoh kuliner Indonesia.": the
                    # person presented, with the title that closes the sentence
                    mention.role, (skip_to, apposed) = closing[1], closing
            if lang_en:
                introduced = self._introduced_with_apposition(mention)
            else:
                introduced = self._introduced_here(sent, mention, para) and (
                    self._titled(mention) or apposed is not None) \
                    and (self._presented_id(sent, mention) or not self.people.knows(mention)
                         or not self._inside_report_id(sent))
            if apposed is not None and mention.role is None and len(mention.name.split()) == 1:
                mention.role = apposed  # "Pakar … dari Universitas X, Mudzakir,": a one-word name needs its title to be a person
            ent = self.people.observe(mention, mention.start, introduced=introduced)
            if ent is not None and apposed is not None:
                ent.add_role(apposed, self.text.rfind(apposed, sent.start, mention.start))  # stated where it opens
            if ent is not None and lang_en and text[mention.end:mention.end + 1] == "," \
                    and ent.role is None and len(mention.name.split()) >= 2:
                # "Ann Lee, broadband and home technology analyst at Acme, agreed that …": the
                # apposition after a full name gives the role, whether or not a cue follows
                # (closed by a comma or the sentence's end: not "…, the senator stated that", the
                # subject of a clause after an opening phrase, nor "the No. 3 in …"; a home town
                # "…, of Dayton," is no role; a body's own relative clause may close it: "…, head of
                # the Rivers League which lobbies for anglers, said")
                after = self.parser.apposition_after(text, mention.end + 1, sent.end)
                at = text.find(after, mention.end) + len(after) if after else -1
                words = after.split() if after else []
                if words and at > mention.end and words[0].lower() not in ORIGIN_WORDS and (
                        text[at:at + 1] in (",", ";") or not text[at:sent.end].strip(" .")
                        or words[-1][:1].isupper() and text.startswith(" which ", at)
                        and "," in text[at:sent.end]) \
                        and not any(w.lower() in _PREDICATE_EN for w in words) \
                        and not (words[-1].islower() and words[-1].endswith("ed") and not self.lex.is_plain_noun(words[-1])) \
                        and not self._report_after_inverted_cue_en(mention.start, words):
                    # (not "… of Ann Lee, the members of the union would …", a clause; nor "Ann
                    # Lee, the self-styled, …", an adjective cut off from its noun)
                    ent.add_role(after, mention.end)
            nickname = self._nickname_after(mention) if ent is not None else None
            if nickname:
                self.people.add_alias(ent, nickname)  # "Wahyu yang akrab disapa Yuyu": one word, no run of its own
            prev, prev_ent = mention, ent

    def _describes_noun_after_en(self, end: int) -> bool:
        """English: whether a person's noun (a title or an epithet's head: ``journalist``,
        ``woman``) follows ``end`` after one space, so that the capitalised words before it
        only describe that person (``The Sukamaju-born journalist``)."""
        m = _NEXT_LOWER_WORD.match(self.text, end)
        return m is not None and (m.group(1) in self.lex.titles or m.group(1) in self.lex.epithet_heads)

    def _name_runs(self, sent: Sentence):
        """The capitalised runs of ``sent`` in order, and in Indonesian also a one-word name set off
        by commas after a title (``Pakar hukum dari Universitas X (UX), Mudzakir, mengecam``),
        which a run of two capitalised words cannot catch."""
        if self._wide_text is None:
            self._wide_text = WIDE_CHARS.search(self.text) is not None
        wide = self._wide_text and WIDE_CHARS.search(self.text, sent.start, sent.end) is not None
        cap_run = _CAP_RUN_WIDE if wide else _CAP_RUN
        found = list(cap_run.finditer(self.text, sent.start, sent.end))
        if self.lex.lang != "id":
            if _firm_end_dot_en(self.text, sent.start, sent.end + 5):
                # only a run after a firm's closing abbreviation changes ("& Co. Lee adviser")
                found = [r for r in map(self._after_firm_end_en, found) if r is not None]
            if _PARTICLE_INSIDE_EN.search(self.text, sent.start, sent.end) is not None:
                found = self._with_particles_en(found, sent)
            if self._kin_openers is None:
                self._kin_openers = tuple(opener for opener in _KIN_PHRASE_OPENERS_EN if opener in self.text)
            if self._kin_openers and any(self.text.find(opener, sent.start, sent.end) >= 0 for opener in self._kin_openers) \
                    and (kin := list(_KIN_GIVEN_NAME_EN.finditer(self.text, sent.start, sent.end))):
                # "his wife, Jane, offered …": a one-word given name set off after a kin noun is a person
                found = sorted(found + [_CAPITALISED_WORD_EN.match(self.text, k.start(1)) for k in kin
                                        if fold(k.group(1)) in self.lex.given_names
                                        and not any(r.start() <= k.start(1) < r.end() for r in found)],
                               key=lambda r: r.start())
            return found
        lex, text = self.lex, self.text
        for m in _LOWER_PLACE_BEFORE_RUN_ID.finditer(text, sent.start, sent.end):
            # "Kepala Sekolah di desa Sukamaju Budi Santoso": the run after the place's name is the person's
            k = next((i for i, r in enumerate(found) if r.start() == m.start(1)), None)
            if k is not None and text[found[k].end():found[k].end() + 1] != ",":  # "kampung Bukit Hijau, Ratna": the place whole
                rest = cap_run.match(text, m.end(), found[k].end())
                found[k:k + 1] = [rest] if rest is not None else []
        for m in _ONE_WORD_APPOSED_ID.finditer(text, sent.start, sent.end):
            word, before = m.group(1), text[m.start() - 3]  # the last letter before ", "
            if any(r.start() <= m.start() < r.end() for r in found) or not (before.isalpha() or before == ")"):
                continue
            after = tokens(text, m.end(), min(sent.end, m.end() + 30))
            nxt = after[1][0] if len(after) >= 2 else ""
            if lex.is_common_word(word) or lex.is_place(word) or lex.is_role_word(word) \
                    or word.lower() in _DAYS_ID or word.lower() in lex.function_words:
                continue  # "…, Jakarta, …", "…, Selasa, …": no name
            if nxt[:1].isupper() and nxt.lower() in lex.titles:
                found.append(m)  # "Sementara itu, Mundari, Camat X, mengajak": the title set off after the name
                continue
            if not (nxt[:1].islower() or nxt.lower() in _DAYS_ID):
                continue
            if nxt.lower() in _LIST_JOINERS_ID | {"maupun", "atau"}:
                continue  # "Baik Ani, Joko, maupun Asep": a list of names, no title before them
            title = next((r for r in reversed(found) if r.end() <= m.start() - 1), None)
            words = text[title.start():m.start()].split() if title is not None else []
            if title is None or text[title.end():m.start()].strip(" ,") or not any(
                    w.lower().strip("(),") in lex.titles or w.lower().strip("(),") in lex.institution_words
                    or w.endswith(")") for w in words):
                continue  # only after a title or a body: "Kepala UPT Bandara X, Suharno, …"
            found.append(m)
        return sorted(found, key=lambda r: r.start())

    def _with_particles_en(self, found, sent: Sentence):
        """English: the runs joined across a lower-case name particle (``Mayor Bill`` + ``de
        Blasio``, ``Mayor Ruth van der Berg``), which cuts a run of capitals short; a name
        standing alone (``talisman Ruud van Nistelrooy``) is no run and is left as it was."""
        text, spans = self.text, [(r.start(), r.end()) for r in found]
        for m in _PARTICLE_NAME_EN.finditer(text, sent.start, sent.end):
            if any(s < m.start(1) and m.start() < e for s, e in spans):
                spans.append((m.start(), m.end()))  # only a run cut short goes on ("Mayor Bill" + "de Blasio")
        spans.sort()
        merged = []
        for s, e in spans:
            if merged and s < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        return [_Span(s, e) for s, e in merged]

    def _after_firm_end_en(self, m):
        """English: a run opening with the abbreviation that ends a firm's name (``… Shaw &
        Co. Lee adviser``: the ampersand cut the firm's run) starts after it, so that the
        firm's last word is no first name (``Co Lee``); a single word left is no run (None)."""
        text, start = self.text, m.start()
        dot = text.find(".", start, start + 5)
        if dot < 0 or text[start:dot].lower() not in _FIRM_ENDS_EN:
            return m
        rest = dot + 1
        while rest < m.end() and text[rest].isspace():
            rest += 1
        if " " not in text[rest:m.end()].rstrip():
            return None  # nothing of a name left
        return _Span(rest, m.end())

    def _title_with_places_id(self, runs: List[Mention], mention: Mention) -> Optional[Mention]:
        """Indonesian: the run before ``mention`` grown over the places set off by commas between
        them (``Direktur Pusat Studi X Universitas Y, Padang,`` + ``Budi``; ``Camat Tanah Abang,
        Jakarta Pusat,`` + ``Yassin``), else None: each place a known place or an administrative
        unit's name (``Desa X``, ``Kecamatan Y``), the last followed by the comma before the name."""
        m = None
        for pattern in _PLACES_BEFORE_ID:  # one place, then two, then three, while each is a place
            found = pattern.search(self.text, max(0, mention.start - 120), mention.start)
            places = [p.strip() for p in found.group(1).split(",") if p.strip()] if found else []
            if not places or not all(self.lex.is_place(p.split()[0]) or p.split()[0].lower() in _ADMIN_UNITS_ID
                                     for p in places):
                break
            m = found
        if m is None:
            return None
        title = next((r for r in reversed(runs) if r.end <= m.start() and not self.text[r.end:m.start()].strip()), None)
        if title is None or title.kind not in ("title", "organisation", NAME):
            return None
        if any(w.lower() in _ACADEMIC_HEADS_ID for w in title.text.split()):
            return title  # "Pengajar Universitas X, Samarinda, Budi": where a university stands is no part of the role
        end = m.start() + len(m.group(0).rstrip().rstrip(",").rstrip())
        return Mention(title.kind, self.text[title.start:end], title.start, end, title.name, title.role, title.aliases)

    def _organisation_abbreviation_id(self, name: Optional[str]) -> bool:
        """Indonesian: whether the one-word ``name`` is the abbreviation the article gives in
        brackets after an organisation's name (``Universitas Udayana (Unud)``)."""
        if self.lex.lang != "id" or not name or " " in name:
            return False
        if self._org_abbreviations is None:
            lex = self.lex
            self._org_abbreviations = frozenset(
                m.group(2) for m in _BRACKETED_ABBREVIATION.finditer(self.text)
                if any(w in lex.org_heads or (w in lex.institution_words and w not in lex.titles)
                       for w in m.group(1).lower().split()))
        return name in self._org_abbreviations

    def _name_after_comma(self, at: int) -> bool:
        """Whether a comma and a capitalised word that is no weekday follow ``at`` (``Rektor
        Undip, Suharjono``; not ``Gubernur Kalbar Sutarjo, Rabu (6/5)``)."""
        m = re.match(r"\s*,\s*([A-Z][\w'’\-]*)", self.text[at:at + 40])
        return m is not None and m.group(1).lower() not in _DAYS_ID

    def _demonstrative_after(self, at: int) -> bool:
        """Whether a demonstrative (``ini``, ``itu``, ``tersebut``) follows ``at``."""
        ws = tokens(self.text, at, min(len(self.text), at + 12))
        return bool(ws) and ws[0][0].lower() in self.lex.demonstratives

    def _lower_title_of_body_id(self, floor: int, comma: int) -> Optional[str]:
        """Indonesian ``Pelatih baru Persija, Budi,``: a title with a lower-case word in it and the
        one capitalised word of its body closing it before the comma (one word: no run of
        capitals the name reader meets), else None."""
        ws = tokens(self.text, max(floor, comma - 60), comma)
        if len(ws) < 3 or not ws[-1][0][:1].isupper() or ws[-2][0][:1].isupper() \
                or ws[-1][0].lower() in self.lex.titles:
            return None
        lead = self._title_lead_id(floor, ws[-1][1])
        return self.text[lead:comma] if lead is not None else None

    def _title_lead_id(self, floor: int, at: int) -> Optional[int]:
        """Indonesian: where the title words right before ``at`` begin when a lower-case one is
        among them (``Asisten pelatih`` before ``Timnas Uzbekistan``), else None."""
        if self.lex.lang != "id":
            return None
        ws = tokens(self.text, max(floor, at - 60), at)
        k = len(ws)
        while k > 0 and (ws[k - 1][0].lower() in self.lex.titles
                         or k > 1 and ws[k - 1][0] in _TITLE_ADJECTIVES_ID and ws[k - 2][0].lower() in self.lex.titles):
            k -= 1  # "Pelatih baru Persija, Budi": a title's adjective stays in it
        if k == len(ws) or not any(w[0].islower() for w in ws[k:]):
            return None
        if k > 0 and ws[k - 1][0] == "sebagai" and ws[k][0].lower() in _DEPUTY_TITLES_ID and k + 1 < len(ws) \
                and ws[k + 1][0].lower() in self.lex.titles:
            # "ditempatkan sebagai deputi pelatih baru Uzbekistan, Budi": the subject is the deputy;
            # the name after the comma holds the title the deputy serves
            return ws[k + 1][1]
        return ws[k][1]

    def _with_bracket_id(self, prev: Mention, between: str):
        """Indonesian ``Universitas Negeri Tegal (UNT), Budi``: the bracketed abbreviation the
        chunk left out of the run before the name belongs to it; ``prev`` grown over it and the
        text still between it and the name."""
        m = _BRACKET_THEN_COMMA.match(between)
        if m is None:
            return prev, between
        end = prev.end + m.end(1)
        grown = Mention(prev.kind, self.text[prev.start:end], prev.start, end, prev.name, prev.role, prev.aliases)
        return grown, between[m.end(1):]

    def _field_title_lead_id(self, floor: int, at: int) -> Optional[int]:
        """Indonesian: where a title opens that lower-case field words join to the capitalised
        run at ``at`` (``Pengajar sosiologi`` + ``Universitas X``), else None."""
        if self.lex.lang != "id":
            return None
        ws = tokens(self.text, max(floor, at - 90), at)

        def field(w: str) -> bool:
            return w.islower() and w.isalpha() and w not in self.lex.titles and not _VERB_FORM_ID.match(w) \
                and w not in self.lex.function_words

        def joiner(w: str) -> bool:
            return w in _LIST_JOINERS_ID or w == ","

        k = len(ws)
        while k > 0 and (field(ws[k - 1][0]) or (
                joiner(ws[k - 1][0]) and k < len(ws) and (field(ws[k][0]) or joiner(ws[k][0]))
                and k >= 2 and (field(ws[k - 2][0]) or joiner(ws[k - 2][0]))) or (
                ws[k - 1][0] == "dari" and k < len(ws) and field(ws[k][0]) and k >= 2 and field(ws[k - 2][0]))):
            # "Peneliti bidang industri, perdagangan, dan investasi" + "Institute X": a list of fields;
            # "pemerhati sosial dari vokasi" + "Universitas X": the unit of the body the person is from
            k -= 1
        if k == len(ws) or k == 0 or ws[k - 1][0].lower() not in self.lex.titles:
            return None
        while k >= 2 and ws[k - 2][0].lower() in self.lex.titles:
            k -= 1  # "Peneliti bidang …", "juru bicara …": the title's own words
        if k >= 2 and ws[k - 2][0][:1].isalnum() and ws[k - 2][0] not in _LIST_JOINERS_ID \
                and not self._opener_at_start_id(ws, k - 2, floor):
            # the title must open its comma part or a list's item ("…, dan pakar epidemiologi X"),
            # or follow the opener of the sentence ("Adapun tokoh masyarakat X"): not "Budi bertemu
            # pengajar …"
            return None
        return ws[k - 1][1]

    def _opener_at_start_id(self, ws, k: int, floor: int) -> bool:
        """Whether ``ws[k]`` is a one-word sentence opener (``Adapun``) that opens its sentence."""
        return ws[k][0].lower() in self.lex.clause_openers and (
            ws[k][1] == floor if k == 0 else not ws[k - 1][0][:1].isalnum())

    def _lower_title_before_id(self, floor: int, mention: Mention) -> Optional[str]:
        """Indonesian: the lower-case title right before a name that has no capitalised one
        (``Psikolog forensik Budi``, ``…, pengamat penerbangan Budi``), else None."""
        text = self.text
        if mention.start - floor < 4:
            return None
        if text[mention.start - 2] == ",":
            return self._title_part_before_id(floor, mention.start - 2) \
                or self._english_title_before_comma_id(floor, mention.start - 2)
        if text[mention.start - 6:mention.start] in ("yakni ", "yaitu ") and text[mention.start - 8:mention.start - 6] == ", ":
            return self._group_title_before_id(floor, mention.start - 8)  # "anggota KPU lain, yakni Budi"
        if not text[mention.start - 2].isalpha():
            return None
        lead = self._field_title_lead_id(floor, mention.start)
        if lead is None:
            return None
        role = text[lead:mention.start].strip()
        if ". " in role and any(w.endswith(".") and len(w) > 2 and w[:-1].lower() not in ABBREVIATIONS
                                for w in role.split()[:-1]):
            return None  # "tersangka kasus X AB. ihak Budi": a full stop before a typo'd word ends the title's sentence
        return role or None

    def _body_after_name_id(self, start: int, end: int) -> Optional[str]:
        """Indonesian ``Budi dari Dewan Penasihat Asosiasi X (AX)``, ``Budi dari komunitas
        Pecinta Kereta``: the body a person is named from, which the article gives as their
        role (a lower-case head noun, then capitalised words, joiners and a bracketed short
        form); None for a place (``Budi dari Bogor``) or no capitalised body."""
        lex = self.lex
        ws = tokens(self.text, start, min(end, start + 120))
        k = 1 if ws and ws[0][0] in lex.org_heads else 0
        first, last = k, None
        while k < len(ws):
            w = ws[k][0]
            if w[:1].isupper() or (w[:1] in "(+" and len(w) > 1) or w.isdigit() or (
                    w.lower() in _TITLE_JOINERS_ID and k + 1 < len(ws) and ws[k + 1][0][:1].isupper() and last is not None):
                # "Budi dari Centre for Peace and Security": an English joiner inside the body's name too
                last = k if w.lower() not in _TITLE_JOINERS_ID else last
                k += 1
                continue
            break
        if last is None or not ws[first][0][:1].isupper() \
                or all(lex.is_place(w[0]) or not w[0][:1].isalpha() for w in ws[first:last + 1]):
            return None
        return self.text[ws[0][1]:ws[last][2]]

    def _group_title_before_id(self, floor: int, comma: int) -> Optional[str]:
        """Indonesian ``diwakili anggota KPU lain, yakni Budi``: the title the clause before ``yakni``
        ends in (from its last lower-case title word, ``lain`` left out), when only the capitalised
        name of a body follows that word; else None."""
        lex = self.lex
        ws = tokens(self.text, max(floor, comma - 90), comma)
        while ws and ws[-1][0].lower() in ("lain", "lainnya"):
            ws = ws[:-1]
        k = len(ws) - 1
        while k >= 0 and ws[k][0] != "," and not (ws[k][0].islower() and ws[k][0] in lex.titles):
            k -= 1
        if k < 0 or ws[k][0] == "," or k == len(ws) - 1:
            return None
        if not all(w[0][:1].isupper() for w in ws[k + 1:]):
            return None  # the title's body follows it in capitals: not "tiga orang datang, yakni"
        return self.text[ws[k][1]:ws[-1][2]]

    def _title_part_before_id(self, floor: int, comma: int) -> Optional[str]:
        """Indonesian: the title that fills the comma part ending at ``comma`` before a name
        (``Ketua LSM itu, Budi``, ``Sementara itu, pemimpin Fahamtex, Budi``, ``Rudi melalui
        penasihat hukumnya, Budi``): from a title word that opens the part or follows a linking
        word, with no verb after it; a demonstrative at its end left out. None otherwise."""
        lex = self.lex
        ws = tokens(self.text, max(floor, comma - 90), comma)
        k = len(ws)
        while k > 0 and ws[k - 1][0] != ",":
            k -= 1
        part = ws[k:]
        while part and part[-1][0].lower() in lex.demonstratives:
            part = part[:-1]
        if not part or len(part) > 8:
            return None
        i = max((j + 1 for j, w in enumerate(part) if w[0].lower() in _TITLE_HOLDER_LINKS_ID), default=0)
        # "terdakwa melalui penasihat hukumnya": after a link, the title is the second person's
        if i == 0 and len(part) >= 2 and part[0][0].lower() in lex.clause_openers:
            i = 1  # "Adapun tokoh masyarakat Lembah Hijau, Budi": the opener is no part of the title
        if i < len(part) and part[i][0].lower() in lex.titles and not any(
                _VERB_FORM_ID.match(x[0]) or (x[0].lower() in lex.function_words and x[0].lower() not in lex.title_joiners)
                for x in part[i + 1:]):
            return self.text[part[i][1]:part[-1][2]]
        return None

    def _english_title_before_comma_id(self, floor: int, comma: int) -> Optional[str]:
        """Indonesian text: an English title in English order that fills the words before
        ``comma`` and a name (``oleh Chairman of the Trade Committee of the X House of
        Representatives, Budi``): capitalised words and English joiners back to a lower-case
        word or the clause's start, from an English office word (the lexicon's
        ``english_offices``, capitalised English words before it kept: ``Deputy Director of``)
        followed by ``of``. None otherwise."""
        lex, text = self.lex, self.text
        lo = max(floor, comma - MAX_ENGLISH_TITLE_CHARS_ID)
        if not lex.english_offices or text.find(" of ", lo, comma) < 0:
            return None  # most names: no English "of" before the comma
        ws = tokens(text, lo, comma)
        k = len(ws)
        while k > 0 and (ws[k - 1][0][:1].isupper() and ws[k - 1][0].isalpha() or ws[k - 1][0] in _ENGLISH_TITLE_JOINERS_ID):
            k -= 1
        run = ws[k:]
        if k == 0 and lo > floor:
            return None  # the run goes on beyond the window: no title this short
        i = next((j for j, w in enumerate(run) if w[0].lower() in lex.english_offices and w[0][:1].isupper()), None)
        if i is None or i + 1 >= len(run) or run[i + 1][0] != "of" or not run[-1][0][:1].isupper():
            return None
        while i and run[i - 1][0][:1].isupper() and self.parser._english_word_id(run[i - 1][0]):
            i -= 1  # "Deputy Director of …", "Vice Chairman of …"
        return text[run[i][1]:run[-1][2]]

    def _subhead_id(self, para) -> bool:
        """Indonesian: whether ``para`` is a subhead, a short line without closing punctuation
        (``Ultimatum Prawiro``) between paragraphs of the body."""
        if self.lex.lang != "id" or para is None:
            return False
        line = _LIST_NUMBER.sub("", self.text[para.start:para.end].strip())  # "2. Kemendikti Minta …": a numbered subhead
        return bool(line) and line[-1].isalnum() and len(line.split()) <= SUBHEAD_MAX_WORDS

    def _nickname_of_previous(self, prev: Optional[Mention], mention: Mention) -> bool:
        """Whether ``mention`` is the nickname given to the name just before it (``… Yusuf atau
        yang akrab disapa Gus Ipul``, ``… alias Zulhas``)."""
        if prev is None or prev.kind != NAME:
            return False
        return self.lex.alias_re.fullmatch(self.text, prev.end, mention.start) is not None

    def _nickname_after(self, mention: Mention) -> Optional[str]:
        """The nickname joined to ``mention`` by ``alias``, ``yang akrab disapa`` …: the one to
        three capitalised words after the link, else None."""
        link = self.lex.alias_re.match(self.text, mention.end)
        if link is None:
            return None
        words = []
        for w in tokens(self.text, link.end(), min(len(self.text), link.end() + 60)):
            if not (w[0][:1].isupper() and w[0].replace("'", "").replace("-", "").isalpha()) or len(words) == 3:
                break
            words.append(w[0])
        return " ".join(words) or None

    def _opening_title_apposed_en(self, floor: int, comma: int) -> Optional[str]:
        """English ``The new president, Ann Lee, said …``, ``But the party leader, Tom Roe, …``: the
        title words that open the sentence (after ``the``, maybe a conjunction before it)
        up to the comma set off before the name; None when anything else stands before them (``In
        a letter to the party leader, Ann Lee, …``)."""
        ws = tokens(self.text, floor, comma)
        k = 1 if ws and ws[0][0] in SENTENCE_CONJUNCTIONS_EN else 0
        if not 2 <= len(ws) - k <= MAX_OPENING_TITLE_TOKENS_EN or ws[k][0].lower() != "the":
            return None
        words = ws[k + 1:]
        if words[-1][0].lower() not in self.lex.titles or not all(
                w[0].isalpha() or "-" in w[0] or w[0].endswith("'s") for w in words):
            return None
        return self.text[ws[k][1]:ws[-1][2]]

    def _no_title_before_en(self, prev: Mention, floor: int) -> bool:
        """English: whether the capitalised run ``prev`` before a comma and a name is no title of
        that name: another person's name (``stars such as Ann Lee, Tom Hale and …``) or an
        apposition of a noun before it (``a new book, Bryce's Britain, Mr Blake …``)."""
        if self.lex.lang != "en":
            return False
        if _ends_with_comma(self.text, floor, prev.start):
            return True
        before = tokens(self.text, max(floor, prev.start - 30), prev.start)
        if before and prev.kind != "title" and (before[-1][0].lower() in PREPOSITIONS or before[-1][0].lower() in {"the", "a", "an"}):
            return True  # "in an interview with the Daily Ledger, Mr Blake": the object of a phrase
        if prev.kind != NAME or len((prev.name or "").split()) < 2:
            return False
        return prev.name.split()[0].lower() in self.lex.given_names or self.people.knows(prev)

    def _coordinated_title_start_id(self, floor: int, last: Mention) -> Optional[int]:
        """Indonesian: where a title begins whose field is a list of capitalised words ending in
        ``last`` (``Kepala Dinas Ketahanan Pangan, Kelautan, dan Pertanian (DKPKP)``, ``Kasubid
        Media Massa dan Media Sosial Puspenkum``), else None. The list is walked back over its
        commas and ``dan`` to its first word, which must be a title; a conjunct that is itself a
        title (``Presiden X dan Menteri Y``) is another person's."""
        if self.lex.lang != "id" or last.text.split()[0].lower() in self.lex.titles:
            return None
        ws = tokens(self.text, max(floor, last.start - 160), last.start)
        k = len(ws)
        if k < 2 or ws[k - 1][0] not in _TITLE_JOINERS_ID:
            return None
        english = ws[k - 1][0] not in _LIST_JOINERS_ID  # "Institute for … Economics and" + "Finance (X), Budi"
        while k > 0 and (ws[k - 1][0] in _TITLE_JOINERS_ID or ws[k - 1][0] == ","):
            k -= 1
        start = _capitalised_run_start(ws, k, _LIST_JOINERS_ID | _TITLE_JOINERS_ID if english else _LIST_JOINERS_ID)
        if start is None:
            return None
        if ws[start][0].lower() not in self.lex.titles:
            # "Peneliti bidang industri" + "Institute for …": lower-case fields between title and body
            return self._field_title_lead_id(floor, ws[start][1]) if english else None
        return ws[start][1]

    def _joined_title_id(self, floor: int, mention: Mention) -> Optional[Mention]:
        """Indonesian: the person read with the whole title when the capitalised run of ``mention``
        holds only the tail of a title that lower-case joiners split into runs (``Menteri Pemuda`` +
        ``dan`` + ``Olahraga Budi``, ``Direktur Center`` + ``of`` + ``Reform Budi``), else None. The title must open the
        joined phrase, and the phrase read whole must name the same person with a role that opens
        where the title does (``Gubernur Budi dan Polda X Rina`` names two people)."""
        if self.lex.lang != "id" or (mention.role and mention.role.split()[0].lower() in self.lex.titles):
            return None
        ws = tokens(self.text, max(floor, mention.start - 160), mention.start)
        k = len(ws)
        if k < 2 or ws[k - 1][0] not in _TITLE_JOINERS_ID:
            return None
        start = _capitalised_run_start(ws, k, _TITLE_JOINERS_ID)
        if start is None:
            return None
        # The title opens the first part after the last one that names a person: "Gubernur Budi
        # dan Polda X Rina" names two people; in a list ("…, Menteri Kesehatan Ani Lestari,
        # Menteri Pemuda dan Olahraga Budi") the earlier items are other people's.
        seg, first, fresh = start, None, True
        for j in range(start, len(ws) + 1):
            if j == len(ws) or ws[j][0] in _TITLE_JOINERS_ID or ws[j][0] == ",":
                if j > seg and fresh and mention.role is None and self._english_office_before_of_id(ws, seg, j):
                    # "Corporate Communications Strategic of" + "Sinar Air Group Budi": no person's
                    # name but an office whose body opens the run; the run keeps its own reading
                    lead = ws[seg][1]
                    return replace(mention, text=self.text[lead:mention.end], start=lead,
                                   role=self.text[lead:mention.start].rstrip())
                elif j > seg and self._names_person_id(ws[seg][1], ws[j - 1][2]):
                    first, fresh = None, True
                elif j > seg and fresh:
                    # the part opening the phrase (after "Menurut") or the next item of a list
                    first = seg + 1 if ws[seg][0].lower() in self.lex.according_to and j > seg + 1 else seg
                    first = first if ws[first][0].lower() in self.lex.titles else None
                    fresh = False
                seg = j + 1
        if first is None:
            return None
        lead = ws[first][1]
        whole = self.parser.chunk(self.text, lead, mention.end)
        if whole is None or whole.kind != NAME or not whole.role or not self.text.startswith(whole.role, lead) \
                or len(whole.role) <= len(mention.role or ""):
            return None
        if whole.name != mention.name and (mention.role or not mention.name.endswith(" " + whole.name)):
            return None  # without a role of its own the run may hold the title's last words ("Trade Dewi")
        return whole

    def _english_office_before_of_id(self, ws, first: int, j: int) -> bool:
        """Indonesian: whether the words ``ws[first:j]`` are capitalised English words of an office
        followed by ``of`` (``Corporate Communications Strategic of`` + the body): the title opens
        there though none of its words is a title word."""
        return j < len(ws) and ws[j][0] == "of" and j > first \
            and all(w[0][:1].isupper() and self.parser._english_word_id(w[0]) for w in ws[first:j])

    def _apposed_title_after_id(self, floor: int, mention: Mention):
        """Indonesian: ``(end, title)`` when a name opening its clause is followed by a title set
        off by commas and then the clause goes on in lower case or with a weekday (``Budi
        Santoso, Kepala Dinas X, menjelaskan``; ``Rina, Camat Y, Senin (1/2) mengatakan``),
        else None. A list (``Budi, Menteri X Rina, dan …``) goes on with a joiner and is left."""
        if self.lex.lang != "id" or mention.kind != NAME:
            return None
        before = self.text[floor:mention.start].rstrip()
        if before and not before.endswith(",") and not self._after_object_preposition_id(before):
            return None
        m = _APPOSED_TITLE_ID.match(self.text, mention.end)
        if m is None or m.group(1).split()[0].lower() not in self.lex.titles:
            return None  # a title opens it, in capitals or not ("juru bicara Partai X", "peneliti senior di Y")
        if any(_VERB_FORM_ID.match(w) or w in self.lex.pre_cues or w in self.lex.post_cues
               for w in m.group(1).split() if w.islower() and w not in self.lex.titles):
            return None  # "Budi, mengatakan Ketua X, …": a clause, no apposition
        nxt = m.group(4)
        if nxt[:1].isupper() and nxt.lower() not in _DAYS_ID or nxt.lower() in _LIST_JOINERS_ID | {"atau", "dengan"}:
            return None
        # the capitalised words after a lower-case title are read as runs of their own too ("juru
        # bicara Nurdin Abdullah": a person named in it)
        lower = m.group(1).split()[0].islower()
        skip = m.start(1) + len(re.match(r"(?:[a-z]+\s+)*", m.group(1)).group(0)) if lower else None
        if m.group(3) is None:
            # "Budi, Duta Besar X dan mantan perdana menteri, …": the office the title opens with
            return skip or m.end(1), m.group(1) if m.group("tail") is None else self.text[m.start(1):m.start("tail")]
        if not self.lex.is_place(m.group(3).split()[0]):
            return None
        return skip or m.end(3), self.text[m.start(1):m.end(3)]  # "Camat X, Jakarta Selatan": the office's region

    @staticmethod
    def _after_object_preposition_id(before: str) -> bool:
        """Indonesian: whether the clause text ``before`` a name ends in a preposition taking the
        person as its object (``mengatakan kepada`` Budi, ``dipimpin oleh`` Budi): a title set off
        after that name is still the person's (``kepada Budi, Duta Besar X, bahwa …``)."""
        return before[-9:].rsplit(None, 1)[-1].lower() in _APPOSITION_OBJECT_PREPS_ID if before else False

    def _presented_apposition_id(self, sent: Sentence, mention: Mention):
        """Indonesian: ``(end, title)`` when a presenting word (``dihadiri``, ``yakni``) stands
        right before the name and a title set off by a comma closes the sentence after it
        (``… dihadiri Wira Santoso, salah satu tokoh kuliner Indonesia.``), else None."""
        ws = tokens(self.text, max(sent.start, mention.start - 20), mention.start)
        if not ws or ws[-1][0].lower() not in _PRESENTING:
            return None
        tail = self.text[mention.end + 1:sent.end].strip().rstrip(".!").strip()
        words = tail.split()
        k = 2 if [w.lower() for w in words[:2]] in (["salah", "satu"], ["salah", "seorang"]) else 0
        if len(words) <= k or len(words) > MAX_PRESENTED_TITLE_WORDS or words[k].lower() not in self.lex.titles \
                or "," in tail or any(_VERB_FORM_ID.match(w) or w in self.lex.function_words for w in words[k + 1:]):
            return None
        return sent.end, tail

    def _names_person_id(self, start: int, end: int) -> bool:
        """Indonesian: whether the phrase names a person by words that are no dictionary words
        (``Gubernur Budi Santoso``; not ``Direktur Institute``, ``Direktur Eksekutif Center``)."""
        part = self.parser.chunk(self.text, start, end)
        return part is not None and part.kind == NAME and any(
            not (self.lex.is_common_word(w) or self.lex.is_english_word(w) or self.lex.is_role_word(w))
            for w in part.name.split())

    def _with_lower_title_id(self, floor: int, mention: Mention) -> Optional[str]:
        """Indonesian: ``mention``'s role with the lower-case title words right before the
        capitalised run (``salah satu wisudawati`` + ``Universitas X (UX) Ani …`` -> ``wisudawati
        Universitas X (UX)``); the role as it is when there are none."""
        if self.lex.lang != "id" or not self.text.startswith(mention.role, mention.start):
            return mention.role
        lead = self._title_lead_id(floor, mention.start)
        if lead is None:
            lead = self._field_title_lead_id(floor, mention.start)  # "pakar epidemiologi" + "Universitas X"
        if lead is None:
            return mention.role
        return f"{self.text[lead:mention.start].strip()} {mention.role}"

    def _media_opener_id(self, floor: int, at: int) -> bool:
        """Indonesian: whether the sentence opens with a media cue before ``at`` (``Dikutip dari
        laman resmi Humas Polri, Brigadir …``, ``Dilansir detikBali, …``): the outlet before the
        comma is the source of the report, not the role of the person after it."""
        if self.lex.lang != "id":
            return False
        ws = tokens(self.text, floor, at)
        return bool(ws) and ws[0][0].lower() in self.lex.media_cues

    def _after_preposition(self, floor: int, at: int) -> bool:
        """Whether a lower-case preposition of place or origin stands right before ``at``
        (``dari Kabupaten Cianjur``): the capitalised run after it is no role of its own."""
        ws = tokens(self.text, max(floor, at - 12), at)
        return bool(ws) and ws[-1][0] in _ORIGIN_PREPS_ID

    def _role_before_origin(self, floor: int, origin: Mention) -> Optional[str]:
        """The role phrase that ends in ``origin`` (``Anggota Komisi XI DPR RI dari Fraksi
        Gerindra``): back from the preposition over the words of the phrase, to its first title
        word; None when no title opens it (``Berasal dari Kabupaten Cianjur``)."""
        ws = tokens(self.text, max(floor, origin.start - 100), origin.start)[:-1]
        first, opening = None, None
        for k in range(len(ws) - 1, max(-1, len(ws) - 1 - MAX_ROLE_LEAD), -1):
            word = ws[k][0]
            if not (word[:1].isalnum() or word[:1] in "()") or word.lower() in self.lex.post_cues \
                    or word.lower() in self.lex.pre_cues:
                break
            if word.lower() in self.lex.titles or word.lower() in self.lex.role_openers:
                first = k
            if k == 0 or not (ws[k - 1][0][:1].isalnum() or ws[k - 1][0][:1] in "()"):
                opening = k  # the phrase opens the clause: "Perencana keuangan dari ZAP Finance"
        if first is None and opening is not None and not any(
                _VERB_FORM_ID.match(w[0].lower()) for w in ws[opening:]):
            first = opening  # a phrase of nouns is a role; not "Berasal dari Kabupaten Cianjur"
        if first is None:
            return None
        return self.text[ws[first][1]:origin.end]

    def _introduced_with_apposition(self, mention: Mention) -> bool:
        """English ``… concerns Ann Lee, president of the union.``: a full name met for the first
        time, followed by an apposition giving the person's role."""
        window = self.text[mention.end:mention.end + 40]
        if not window.lstrip().startswith(","):
            # Most names: the first token after the name (it opens at the first character that is
            # not white space, and a comma is a token of its own) is no comma, so there is no
            # apposition; asked before the people are looked through.
            return False
        if len(mention.name.split()) < 2 or self.people.knows(mention):
            return False
        ws = tokens(self.text, mention.end, min(len(self.text), mention.end + 40))
        return len(ws) >= 2 and ws[0][0] == "," and (ws[1][0].lower() in self.lex.role_openers
                                                     or self.lex.is_role_word(ws[1][0]))

    def _titled(self, mention: Mention) -> bool:
        """A name given with a title: ``Ketua PHRI Ayu Lestari``."""
        role = (mention.role or "").split()
        return bool(role) and role[0].lower() in self.lex.titles

    def _subject_words_id(self, ws) -> bool:
        """Whether the words before a name are all capitalised, marks, function words or clause
        openers (a title, ``Menteri``, before a subject)."""
        lex = self.lex
        return all(w[0][:1].isupper() or not w[0][:1].isalnum() or w[0].lower() in lex.function_words
                   or w[0].lower() in lex.clause_openers for w in ws)

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
        whole = ws
        if commas and commas[-1] <= 7:
            ws = ws[commas[-1] + 1:]  # "Menyikapi hal itu, Menteri …"
        if self._subject_words_id(ws):
            return True
        if len(commas) >= 2 and commas[-1] == len(whole) - 1 and commas[-2] <= 7 \
                and whole[commas[-2] + 1][0].lower() in _EXISTENTIAL_ID:
            # "Lebih lanjut, ada juga Anggota X, Budi, yang …": a person presented as being there,
            # the title set off before the name
            k = commas[-2] + 2
            while k < len(whole) and whole[k][0].lower() in lex.adverbs_between:
                k += 1
            if self._subject_words_id(whole[k:]):
                return True
        return para is not None and sent.start == para.start and len(ws) <= 5 and ws[0][0][:1].isupper()

    def _place_or_team_en(self, word: str) -> bool:
        """Whether the article writes ``word`` as a place or a side rather than a person: a known
        place, or ``in``/``at`` before it (``at Leicester``), or ``the`` before it and a common noun
        after it (``the Leicester prop``)."""
        if self.lex.is_place(word):
            return True
        w = re.escape(word)
        return self._found_in_text(r"\b(?:in|at) %s\b(?![’'\-])|\b[Tt]he %s (?!and\b)[a-z]" % (w, w))

    def _after_article(self, at: int) -> bool:
        """Whether an article stands right before ``at`` (``the Tea Party``, ``a Lee T-shirt``):
        a capitalised run after it names a thing or a body, not a person (English)."""
        tail = self.text[max(0, at - 6):at].rstrip()
        if tail[-1:] not in ("a", "n", "e", "E"):
            return False  # the last word (which ends where the window's last mark does) is no "a", "an" or "the"
        ws = tokens(self.text, max(0, at - 6), at)
        if ws and ws[-1][0] in ("a", "an"):
            # "a Canova T-shirt", but "a Danny Sandler rally": a person's name may qualify a noun
            first = re.match(r"[\w'’\-]+", self.text[at:at + 40])
            return first is None or fold(first.group(0)) not in self.lex.given_names
        return bool(ws) and ws[-1][0].lower() == "the"

    def _company_epithet_en(self, sent: Sentence):
        """English: a firm named by one word after a description opening the sentence that ends in
        a company's noun (``Regional retail giant Marlow is to …``): registered with that
        description as its role, for a later ``Marlow, which owns …, said``."""
        m = _COMPANY_EPITHET_EN.match(self.text, sent.start, sent.end)
        if m is None or any(w in _PREDICATE_EN or w in PREPOSITIONS for w in m.group(1).lower().split()):
            return
        name = m.group(2)
        if self.lex.is_common_word(name) or self.lex.is_place(name):
            return
        self.people.observe(Mention(NAME, m.group(0), m.start(), m.end(), name=name, role=m.group(1)),
                            m.start(), introduced=False)

    def _title_before(self, floor: int, at: int) -> Optional[str]:
        """Lower-case title words right before a name ("former federal prosecutor Glen Kopp"),
        not a title and a preposition before an organisation ("president of the Rotary Club")."""
        ws = tokens(self.text, max(floor, at - 80), at)
        if ws and ws[-1][0].lower() in {"the", "a", "an", "of", "and"}:
            return None
        k = len(ws)
        while k > 0 and (ws[k - 1][0].lower() in self.lex.titles or ws[k - 1][0].lower() in self.lex.institution_words
                         or (k < len(ws) and ws[k - 1][0].lower() in {"federal", "state", "senior", "chief"})
                         or (k < len(ws) and self._title_qualifier_en(ws[k - 1][0], ws[k][0]))
                         or (k < len(ws) and _weekday_name_part_en(ws, k - 1, self.lex))):  # "Sunday Herald reporter"
            k -= 1
        if 2 <= k < len(ws) and ws[k - 1][0] == "and" and ws[k][0][:1].isupper() and ws[k - 2][0][:1].isupper():
            # "Fish and Chips star Tom Vane", "Bread and Jam star Ann Lee": a work's title with
            # "and" in it, read back to the first of its capitalised words
            j = k - 2
            while j > 0 and ws[j - 1][0][:1].isupper() and ws[j - 1][0].lower() not in {"and", "the"}:
                j -= 1
            last = fold(ws[k - 2][0])
            if not any(fold(w[0]) in self.lex.given_names for w in ws[j:k - 1]) and not any(
                    e.kind == "person" and last in e.key_tokens for e in self.people.entities):
                k = j  # but not "Tom Roe and Chelsea striker Ann Lee": a person, then the next one's title
        while k < len(ws) and ws[k][0].lower() in {"the", "a", "an", "of", "and"}:
            k += 1
        if k >= len(ws) or not any(w[0].lower() in self.lex.titles for w in ws[k:]):
            return None
        if 1 < k < len(ws) and ws[k - 1][0] == "The" and ws[k][0][:1].isupper() and ws[k - 2][0][:1].islower():
            k -= 1  # "for The Lantern star Tom Reeve": a capital "The" inside the sentence opens a work's title
        if k == len(ws) - 1 and k > 0 and ws[k][0].islower() and _after_linking_verb_en(self.text, ws[k][1]):
            return None  # "Officials were hopeful Tom Hale would sign": a predicate adjective, no title
        return self.text[ws[k][1]:ws[-1][2]]

    def _office_of_body_en(self, floor: int, body: Mention) -> Optional[str]:
        """English ``the chairman of the Bar Council, Hugh Mansell``: the title words and ``of``
        (``at``, ``for``) before the body a comma parts from the name, with their determiner;
        None when no title word stands right before the preposition."""
        ws = tokens(self.text, max(floor, body.start - 80), body.start)
        k = len(ws)
        if k and ws[k - 1][0].lower() == "the":
            k -= 1
        if not k or ws[k - 1][0].lower() not in {"of", "at", "for"}:
            return None
        k -= 1
        j = k
        while j > 0 and (self.lex.is_role_word(ws[j - 1][0]) or ws[j - 1][0].lower() in self.lex.title_modifiers) \
                and ws[j - 1][0].lower() not in {"the", "a", "an", "of"}:
            j -= 1
        if j == k:
            return None
        if j > 0 and ws[j - 1][0].lower() in {"the", "a", "an"}:
            j -= 1
        return self.text[ws[j][1]:body.end]

    def _title_qualifier_en(self, word: str, nxt: str) -> bool:
        """Whether ``word`` before the title word ``nxt`` qualifies it: a capitalised body or place
        (``former Arsenal keeper``, ``their Welsh striker``) or a noun of the title's field
        (``natural resources minister``); not a function word or a time word (``But``, ``Monday``),
        nor a word before a function word the title list holds (``version of``)."""
        low = word.lower()
        if low in self.lex.function_words or low in opening_stop_words("en") or low in _TIME_PHRASE_WORDS_EN \
                or nxt.lower() in opening_stop_words("en"):
            return False
        if word[:1].isupper() and word[1:2].islower():
            return True
        return low in self.lex.title_modifiers or _noun_modifier_en(word, self.lex)

    def _title_case(self, sent: Sentence, every: bool = False) -> bool:
        """Whether ``sent`` is written in Title Case (English); with ``every``, a headline that
        opens the article with every word but its small function words capitalised."""
        if self.lex.lang != "en":
            return False  # Indonesian capitalises titles and institutions inside ordinary sentences
        opens = self._opens_article(sent.start)
        if every and not opens:
            return False
        words = self.text[sent.start:sent.end].split()
        if opens:
            # A headline's Title Case leaves short function words in lower case ("Beck Blasts Drudge for …").
            words = [w for w in words if w not in _TITLE_CASE_LOWER]
        # the first letters of the words, read without a Python loop: this runs on every sentence
        initials = list(filter(str.isalpha, map(itemgetter(0), words)))
        return len(initials) >= 4 and sum(map(str.isupper, initials)) >= (1 if every else 0.8) * len(initials)

    def _extend_subject_id(self, ws, found):
        """The person in a subject the capitalised run cuts short (Indonesian).

        ``Komunitas Bike to Work (B2W) Tono Sugiarto yakin``: a short connector inside the
        organisation's name; ``Dosen … Universitas Gadjah Mada, Riswan Pratomo, juga
        menyoroti``: a title run, then the name alone between commas.
        """
        k, j = found
        while j + 1 < len(ws) and ws[j][0] in _SUBJECT_CONNECTORS_ID and ws[j + 1][0][:1].isupper():
            nxt = self._cap_subject(ws, j + 1, lower_only=True)
            if nxt is None:
                break
            j = nxt[1]
        if (k, j) != found:
            mention = self.parser.chunk(self.text, ws[k][1], ws[j - 1][2])
            if mention is not None and mention.kind == NAME and mention.name and \
                    self.text.rfind(mention.name.split()[0], ws[k][1], ws[j - 1][2]) > ws[found[1] + 1][1]:
                return k, j  # not "KKB di Intan Jaya berjumlah": the name right after "di" is a place
            k, j = found
        if j + 1 < len(ws) and ws[j][0] == ",":
            first = self.parser.chunk(self.text, ws[k][1], ws[j - 1][2])
            if first is None or (first.kind == NAME and not first.role):
                return found  # "Nugroho, Kepala Ombudsman …": the name comes first
            n = j + 1
            if ws[n][0].lower() in self.lex.titles and ws[n][0].islower():
                n += 1  # ", dokter Adam Prabata,"
            nxt = self._cap_subject(ws, n)
            if nxt is not None and nxt[1] < len(ws) and ws[nxt[1]][0] == ",":
                second = self.parser.chunk(self.text, ws[nxt[0]][1], ws[nxt[1] - 1][2])
                if second is not None and second.kind == NAME and not second.role:
                    return nxt
        return found

    def _extend_subject_en(self, ws, found):
        """``Democratic presidential candidate Danny Sandler is …``: the capitalised run that
        opens the sentence is only the start of a title; lower-case title words lead on to the
        name, which is the subject when a lower-case word (the verb) or a comma follows it."""
        k, j = found
        n = j
        while n < len(ws) and n - j < 4 and ws[n][0].islower() and ws[n][0][:1].isalpha():
            n += 1
        if n == j or n >= len(ws) or not ws[n][0][:1].isupper() or ws[n - 1][0] not in self.lex.titles \
                or ws[n - 1][0] in _DETERMINERS_EN or any(w[0] in _CLAUSE_WORDS_EN for w in ws[j:n]):
            return found  # not "Calvera intimated dismay that the American …"

        nxt = self._cap_subject(ws, n)
        return (k, nxt[1]) if nxt is not None else found

    def _later_subject_salience(self, sent: Sentence):
        """English ``Most have backed it, but Representative Dunn, who …, is not convinced. “…,”
        he said.``: in a sentence that quotes nobody, a known person who is the subject of a
        later clause (or of an inverted one) is the pronouns' referent, not the opening subject.
        """
        text, last = self.text, None
        # (the inverted sentence's "there"/"here" is looked for first: most sentences have none,
        # and then only commas and semicolons are tried, not every "t" and "h")
        inverted = text.find("here", sent.start, sent.end) >= 0 or text.find("Here", sent.start, sent.end) >= 0
        for m in (_LATER_SUBJECT_EN if inverted else _LATER_CLAUSE_SUBJECT_EN).finditer(text, sent.start, sent.end):
            ws = tokens(text, m.end(), min(sent.end, m.end() + 120))
            found = self._cap_subject(ws, 0)
            if found is None and ws and len(ws) >= 2 and ws[0][0][:1].isupper() and ws[1][0] == ".":
                found = (0, 1)  # "… was Dunn." at the end of the sentence
            if found is None:
                continue
            mention = self.parser.chunk(text, ws[found[0]][1], ws[found[1] - 1][2])
            if mention is None or mention.kind != NAME or not self.people.knows(mention):
                continue
            ent = self.people.resolve_known(mention, mention.start)
            if ent is not None and ent.kind == "person":
                last = ent
        if last is not None:
            self.people.mark_speaker(last)

    def _possessor_salience_en(self, sent: Sentence, start: int, end: int) -> bool:
        """English ``Lee’s renewed backing of his staff came with caveats. He may …``: a known
        person whose possessive opens the sentence, and whom the sentence names again by
        ``his``/``her``, is the referent of a ``he``/``she`` opening the next one, when the article
        gives that person the pronoun's gender."""
        nxt = _NEXT_SUBJECT_PRONOUN_EN.match(self.text, sent.end)
        if nxt is None:
            return False
        own = _OWN_POSSESSIVE_EN[nxt.group(1).lower()]
        mention = self.parser.chunk(self.text, start, end)
        if mention is None or mention.kind != NAME:
            return False
        if not self.people.knows(mention):
            # "Ann Lee’s campaign aired an ad. She said …": a person named first in full as the
            # possessor of a thing (not of a person: "Ann Lee’s aide …. She …" is the aide) when
            # nobody else is named in the sentence
            if len(mention.name.split()) < 2 or any(
                    w[0].lower() in _POSSESSED_PEOPLE_EN or w[0][:1].isupper() and w[0].lower() not in _DATE_WORDS_EN
                    for w in tokens(self.text, end + 2, sent.end)):
                return False
        elif own.search(self.text, end, sent.end) is None:
            return False  # "Lee’s article attacked Roe. He …": the sentence is about Lee only if it says "his" again
        ent = self.people.resolve_known(mention, mention.start)
        if ent is not None and ent.kind == "person" and ent is not self.people.salient \
                and self._gender_of(ent) == _PRONOUN_SEX[nxt.group(1).lower()]:
            self.people.mark_speaker(ent)
            return True
        return False

    def _time_ago_opener_en(self, opener) -> bool:
        """Whether ``opener`` is an English time phrase such as ``A few months ago`` or ``Two
        days later``: lower-case words after the first, ending in a word that looks back or on."""
        return self.lex.lang == "en" and len(opener) >= 2 and opener[-1][0] in _TIME_AGO_WORDS_EN \
            and all(x[0].islower() for x in opener[1:])

    def _topic_subject_en(self, ws, k: int):
        """``(k, j)`` of the capitalised topic in ``As for Lee, he …`` (English), the person the
        pronoun after the comma stands for; else None."""
        if k + 4 < len(ws) and ws[k][0] in _THAN_TOPIC_LEADS_EN:
            # "None more so than Price, who …", "Nobody more than Lee.": the person singled out
            than = next((n for n in range(k + 1, min(len(ws), k + 4)) if ws[n][0] == "than"), None)
            if than is None or not all(w[0] in _THAN_TOPIC_WORDS_EN for w in ws[k + 1:than]):
                return None
            found = self._cap_subject(ws, than + 1)
            return found if found is not None and (found[1] >= len(ws) or ws[found[1]][0] in {",", "."}) else None
        if k + 2 >= len(ws) or ws[k][0].lower() != "as" or ws[k + 1][0] != "for":
            return None
        found = self._cap_subject(ws, k + 2)
        if found is None or ws[found[1]][0] != "," or found[1] + 1 >= len(ws):
            return None
        return found if ws[found[1] + 1][0].lower() in _SUBJECT_PRONOUNS_EN else None

    def _named_subject_en(self, ws, k: int):
        """``(k, j)`` of the name in a subject ``a worker named Ann Lee`` (English), opening the
        sentence at ``k`` or after an opening phrase's comma (``Outside the plant, a man named
        …``): an article, a few lower-case words, ``named`` or ``called``, then the capitalised
        run and a lower-case word; else None."""
        stretch = self.text[ws[0][1]:ws[-1][2]] if ws else ""
        if not any(word in stretch for word in _NAMING_WORDS_EN):
            return None  # no "named" or "called" anywhere: each token is a piece of that stretch of text
        if k < len(ws) and ws[k][0].lower() not in ("a", "an", "the"):
            comma = next((n for n, w in enumerate(ws[k:k + MAX_OPENER_TOKENS], k) if w[0] == ","), None)
            k = comma + 1 if comma is not None else len(ws)
        if k >= len(ws) or ws[k][0].lower() not in ("a", "an", "the"):
            return None
        n = k + 1
        while n < len(ws) and n - k <= MAX_NAMED_LEAD and ws[n][0].islower() and ws[n][0] not in _NAMING_WORDS_EN:
            n += 1
        if n >= len(ws) or ws[n][0] not in _NAMING_WORDS_EN or n == k + 1:
            return None
        return self._cap_subject(ws, n + 1, lower_only=True)

    def _apposed_subject_en(self, ws, k: int):
        """``(k, j)`` of a capitalised subject set off by an apposition (``Reached by phone, Lee,
        the county's treasurer, declined …``): the run, a comma, then an article or a title word;
        else None."""
        found = self._cap_subject(ws, k)
        if found is None or ws[found[1]][0] != "," or found[1] + 1 >= len(ws):
            return None
        nxt = ws[found[1] + 1][0]
        if nxt in ("the", "a", "an") or (nxt.islower() and self.lex.is_role_word(nxt)):
            return found
        return None

    def _main_subject_after_clause(self, ws, found):
        """``(k, j)`` of the capitalised subject after the comma that closes an English
        subordinate clause opening the sentence (``When Lee spoke, Roe left``), or None when a
        pronoun stands there (``When Lee spoke, he …``: the clause's subject goes on), when the
        comma only sets off an apposition (``When Ann Lee, the manager, was asked``) or when the
        word after it is a possessor (``…, Lee’s running mate said``)."""
        c = next((n for n in range(found[1], len(ws) - 1) if ws[n][0] == ","), None)
        if c is not None and c + 2 < len(ws) and ws[c + 1][0] in _CLOSING_MARKS:
            c += 1  # 'When Lee called it "a farce," Roe …': the clause ends with a quoted phrase
        if c is None or c < found[1] + 2 or not ws[c + 1][0][:1].isupper():
            return None
        later = self._cap_subject(ws, c + 1, lower_only=True)
        if later is None or ws[later[1] - 1][0].endswith(("'s", "’s")) or ws[later[1]][0] in {"'s", "’s"}:
            return None
        return later

    def _passive_subject_id(self, ws, j: int) -> bool:
        """Indonesian: whether the person ending at ``ws[j]`` is the subject of a passive verb
        (``Kamal akhirnya terciduk polisi``, ``Pihak kampus disebut sudah …``) or a phrase pointing
        back (``Putra Fasha tersebut``): someone acted upon, the story's subject, not a source the
        next ``katanya`` could stand for."""
        n = j
        while n < len(ws) and (ws[n][0].lower() in self.lex.adverbs_between or ws[n][0].lower() in self.lex.clause_openers):
            n += 1
        if n >= len(ws):
            return False
        w = ws[n][0].lower()
        if w in self.lex.demonstratives:
            # "Putra Fasha tersebut meninggal …": a phrase pointing back, no new source, unless it
            # speaks here ("Putusan MK itu menyebutkan …")
            return n + 1 < len(ws) and ws[n + 1][0].lower() not in self.lex.pre_cues
        return w.startswith(_PASSIVE_PREFIXES_ID) and len(w) > MIN_PASSIVE_VERB_LEN and w not in _PASSIVE_LOOKALIKES_ID \
            and w not in self.lex.pre_cues

    def _keep_later_introductions_en(self, sent: Sentence, introduced, subject: Entity):
        """English ``While Lee had songs, that is not so for Roe, which concerns Ann Dee, president
        of the caucus. “…,” she said.``: a person the sentence introduces after its subject, with
        an apposition giving the role, stays the pronouns' candidate (the subject's mark forgot them)."""
        for at, ent in introduced:
            if at < sent.end and ent is not subject and self._apposition_after_name_en(at):
                self.people.introduce(ent, at)

    def _report_after_inverted_cue_en(self, name_start: int, words) -> bool:
        """English ``But, says Ann Lee, the chief problem, as ever, is …``: after an inverted cue
        the words past the name's comma open the report unless their head is a title."""
        before = self.text[max(0, name_start - 12):name_start].split()
        if not before or before[-1] not in self.lex.post_cues:
            return False
        head = next((w for w in words if w.lower() in PREPOSITIONS), None)
        head = (words[:words.index(head)] if head and words.index(head) else words)[-1].lower()
        return head not in self.lex.titles and head.rstrip("s") not in self.lex.titles

    def _apposition_after_name_en(self, at: int) -> bool:
        """Whether the capitalised name at ``at`` is followed by a comma and a role (``Ann Dee,
        president of …``)."""
        ws = tokens(self.text, at, min(len(self.text), at + 80))
        n = 0
        while n < len(ws) and ws[n][0][:1].isupper():
            n += 1
        return n > 0 and n + 1 < len(ws) and ws[n][0] == "," and ws[n + 1][0].islower() \
            and ws[n + 1][0] in self.lex.titles and ws[n + 1][0] not in _DETERMINERS_EN  # not "Ann Dee, an unarmed teenager", "Ann Dee, who …"

    def _speaks_next_id(self, ws, j: int) -> bool:
        """Indonesian: whether a speech cue follows the subject ending at ``ws[j]``, past adverbs
        and a demonstrative (``Putusan MK itu menyebutkan …``): the subject is a source here."""
        n = j
        while n < len(ws) and (ws[n][0].lower() in self.lex.adverbs_between or ws[n][0].lower() in self.lex.demonstratives):
            n += 1
        return n < len(ws) and ws[n][0].lower() in self.lex.pre_cues

    def _presented_id(self, sent: Sentence, mention) -> bool:
        """Indonesian: whether ``mention`` is the object of a presenting verb (``Acara itu
        dihadiri …``, ``Salah satunya adalah …``): a person brought in, whatever came before."""
        ws = tokens(self.text, sent.start, mention.start)
        return bool(ws) and ws[-1][0].lower() in _PRESENTING

    def _inside_report_id(self, sent: Sentence, ent=None) -> bool:
        """Indonesian: whether ``sent`` goes on, in the same paragraph, right after a sentence
        reporting the words of the last speaker (who is not ``ent``). A person the article named
        before, spoken of there, is part of that report: ``Ia menekankan data diperbarui
        berkala. Presiden Joko ingin warga mandiri. “…,” tegasnya.`` is still hers, while a
        person named for the first time (``Ketua PHRI Ayu Lestari juga hadir.``) is introduced."""
        if self.last_report is None:
            return False
        before, speaker = self.last_report
        return speaker is self.people.salient and speaker is not ent and speaker.kind == "person" \
            and (any(s is before for s in self.sentences) or (
                # the report closes the line before (one sentence a paragraph, Kompas): only a person
                # who has not spoken is spoken of there ("NT juga aktif …" after "Paulus menambahkan, NT …")
                0 <= sent.start - before.end <= 2 and ent is not None and not any(p.entity is ent for p in self.found))) \
            and not self.text[before.end:sent.start].strip()

    def _topic_of_last_speaker_id(self, mention, ent) -> bool:
        """Indonesian: whether ``ent``, a person who has not spoken, is what the last speaker's
        latest quotes talk about (its name as written here stands in one of them, and the latest
        quote is the speaker's): a sentence about that person goes on with the speaker's account
        (``“Kobra tidak pernah menghubungi kami,” jelasnya. Kobra memiliki paspor asing. “…,”
        ucapnya.``), no new source."""
        salient = self.people.salient
        if salient is None or ent is salient or salient.kind != "person" or not self.found \
                or self.found[-1].entity is not salient or self.people.has_spoken(ent):
            return False
        name = mention.name
        for pending in reversed(self.found[-TOPIC_QUOTES_BACK_ID:]):
            if pending.entity is not salient:
                return False
            quoted = pending.quote.text
            at = quoted.find(name)
            while at >= 0:
                end = at + len(name)
                if (at == 0 or not quoted[at - 1].isalnum()) and (end == len(quoted) or not quoted[end].isalnum()):
                    return True
                at = quoted.find(name, end)
        return False

    def _pronoun_cue_after_subject_id(self, ws, j: int) -> bool:
        """Indonesian: whether the subject ending before ``ws[j]`` is followed by an interposed cue
        with a pronoun (``Rudi, kata dia, …``, ``Rudi, katanya, …``): a cue whose speaker is
        somebody else, the subject being what the report is about."""
        if j + 2 >= len(ws) or ws[j][0] != "," or ws[j + 1][0].lower() not in self.lex.post_cues:
            return False
        cue = ws[j + 1][0].lower()
        if ws[j + 2][0] == "," and cue.endswith(self.lex.clitic) and len(cue) > len(self.lex.clitic):
            return True
        return j + 3 < len(ws) and ws[j + 2][0].lower() in self.lex.pronouns and ws[j + 3][0] == ","

    def _common_noun_subject_id(self, mention, ent) -> bool:
        """Indonesian: whether a subject taken for a person opens with a noun that heads a thing's
        or a body's name (``Data Lembaga Xyz …``, ``Pengurus Partai Abc di daerah …``; the
        lexicon's ``non_person_heads``), and the person has no title and has not spoken: no
        source the next ``katanya`` could stand for."""
        words = (mention.name or "").split()
        if mention.role or ent.roles or len(words) < 2 or self.people.has_spoken(ent):
            return False  # (a name the parser emptied, as in "Like-for-like s", is no subject either)
        first = words[0]
        if _AGE_AFTER_NAME.search(self.text, mention.start, min(len(self.text), mention.end + 8)):
            return False  # "Keluarga Dewi Lestari (34) juga …": an age is a person's
        return first.lower() in self.lex.non_person_heads

    def _with_doer_en(self, sent: Sentence) -> bool:
        """English ``It’s become an issue, with Ann Lee — who … — lambasting the plan.``: in a
        sentence about a thing (``It``, ``That``, ``This``, ``There``), the person named in a closing
        ``with X …ing`` phrase is the doer, whom the next pronoun goes on. Marks that person and
        returns True; False when the sentence has no such phrase or names nobody known in it."""
        first = self.text[sent.start:sent.start + 8].split(None, 1)[:1]
        if not first or first[0].lower().replace("’", "'") not in _THING_OPENERS_EN:
            return False
        m = _WITH_DOER_EN.search(self.text, sent.start, sent.end)
        if m is None:
            return False
        mention = self.parser.chunk(self.text, m.start(1), m.end(1))
        if mention is None or mention.kind != NAME:
            return False
        ent = self.people.resolve_known(mention, mention.start)
        if ent is None or ent.kind != "person":
            return False
        self.people.mark_speaker(ent)
        return True

    def _capitalised_stop_word_only_en(self, sent: Sentence) -> bool:
        """English: whether the one capital of ``sent`` opens its first word, a stop word (``The plan
        failed on the day.``). The chunk parser reads a name only from a capitalised word that is
        no lone stop word, so no phrase of the sentence is a named subject."""
        first_rest = self.text[sent.start:sent.end].split(None, 1)
        return len(first_rest) == 2 and first_rest[0].isalpha() and first_rest[1].islower() \
            and first_rest[0].lower() in opening_stop_words("en")

    def _subject_salience(self, sent: Sentence, spans: List[QuoteSpan]):
        """A sentence whose subject is a named person makes that person the pronouns' referent.

        ``Namun, Rakhmat berharap …. Ia mendorong …. “…,” ucapnya.`` — the quote is Rakhmat's.
        """
        lang_en, lang_id = self.lex.lang == "en", self.lex.lang == "id"  # asked again and again below: read once
        text = self.text
        if any(s.open == sent.start for s in spans):
            return
        if lang_en and self._with_doer_en(sent):
            return
        if lang_en and self.parser.find_people is None and self._capitalised_stop_word_only_en(sent):
            return  # "The plan failed on the day.": no capitalised word to read a name from (a third of all sentences)
        ws = tokens(text, sent.start, min(sent.end, sent.start + 160))  # the subject opens the sentence
        k = 0
        # Skip a short opener: "Namun,", "Sementara itu,", "Di sisi lain,".
        for j, w in enumerate(ws[:6]):
            if w[0] == ",":
                if (j < 5 and all(x[0].lower() in self.lex.function_words or x[0].islower() for x in ws[:j])) \
                        or self._time_ago_opener_en(ws[:j]):
                    k = j + 1  # "Namun, Rakhmat …", "A year ago, Lee …", not "Kisran Makati, Ketua …"
                break
        k = k if k < len(ws) else 0
        id_ = lang_id
        if id_ and k + 2 < len(ws) and ws[k + 1][0] in ("Terkait", "Soal", "Mengenai", "Tentang") \
                and ws[k][0][:1].isupper() and sent.start == ws[0][1] and k == 0:
            k += 1  # "Pelacakan Terkait Daniel …": a Kompas run-in subhead, then the topic opener
        if id_ and k < len(ws) and (ws[k][0].lower() in _SUBORDINATE_OPENERS_ID or (
                (ws[k][0].lower() in PREPOSITIONS or ws[k][0].lower() in _TOPIC_OPENERS_ID)
                and k + 1 < len(ws) and ws[k + 1][0][:1].isupper())):
            # "Meski RSD Kemayoran sudah punya …, Arifin memohon …", "Di Terminal Pulo Gebang,
            # lanjutnya, …": the subject of a subordinate clause or the object of a preposition is
            # not the sentence's subject; that follows the comma.
            c = next((n for n in range(k + 1, min(len(ws), k + 30)) if ws[n][0] == ","), None)
            if c is None:
                return
            k = c + 1
        if lang_en and k + 1 < len(ws) and ws[k][0] in SENTENCE_CONJUNCTIONS_EN \
                and (ws[k + 1][0] in _SUBORDINATORS_EN or ws[k + 1][0] in _EN_OPENING_PREPS):
            k += 1  # "But after touring the plant, Lee said …": the conjunction, then the opener
        found = self._cap_subject(ws, _after_age(ws, k))
        if found is not None and id_:
            found = self._extend_subject_id(ws, found)
        opener = lang_en and k < len(ws) and (
            ws[k][0].lower() in _EN_OPENING_PREPS or ws[k][0].lower() in _SUBORDINATORS_EN
            or ws[k][0].lower() in _COMPARISON_OPENERS_EN
            or (ws[k][0].endswith(("ing", "ed")) and len(ws[k][0]) > 4 and self.lex.is_english_word(ws[k][0])))
        named = self._named_subject_en(ws, k) if lang_en else None
        topic = self._topic_subject_en(ws, k) if (opener or k < len(ws) and ws[k][0] in _THAN_TOPIC_LEADS_EN) \
            and named is None else None
        if named is not None or topic is not None:
            # "A worker named Ann Lee has …", "Outside the plant, a man named …"; "As for Lee, he
            # said …": the topic is the pronoun's
            found = named or topic
        elif opener and found is not None and (found[1] - found[0] == 1 or (
                found[0] == k and ws[k][0].lower() not in _CLAUSE_OPENERS_EN)):
            # "Pressed again, …", "With one foot …", "On The Steve Halvey Show on Tuesday, Carver
            # criticized …": an opener (and its object), not the subject
            found = None
        if found is None and opener:
            # "Speaking at a town hall in Dover, New Hampshire, Brandt went after Bosch", "Pressed
            # again, Perez …", "With one foot on her board, Ms. Gil gazed …": the subject follows
            # the opening phrase, after one of its commas.
            for c in [n for n, w in enumerate(ws[:30]) if w[0] == ","]:
                if c + 1 < len(ws) and ws[c + 1][0].lower() in _ANY_SUBJECT_PRONOUN_EN:
                    break  # "In interviews on Sunday, he defended …, saying that Mr. Brandt …": a pronoun is the subject
                found = self._cap_subject(ws, _after_age(ws, c + 1), lower_only=True) \
                    or self._apposed_subject_en(ws, _after_age(ws, c + 1))
                if found is not None:
                    break
        if found is not None and lang_en and found[0] == k and k < len(ws) \
                and ws[k][0].lower() in _CLAUSE_OPENERS_EN:
            # "When Mr. Lee tried …, Mr. Roe differed.": the main clause's own subject
            ws = tokens(text, sent.start, min(sent.end, sent.start + _MAIN_SUBJECT_REACH))
            found = self._main_subject_after_clause(ws, found) or found
        if found is not None and lang_en:
            found = self._extend_subject_en(ws, found)
        if found is None:
            return
        if id_ and self._pronoun_cue_after_subject_id(ws, found[1]):
            return  # "Sedangkan Rudi, kata dia, tidak …": Rudi is spoken of; the pronoun is another's
        k, j = found
        if lang_en and ws[j - 1][0].endswith(("’s", "'s")) \
                and self._possessor_salience_en(sent, ws[k][1], ws[j - 1][2] - 2):
            return
        if lang_en and j == k + 1 and ws[k][0].isalpha() and ws[k][0].lower() in opening_stop_words("en") \
                and self.parser.find_people is None:
            # "The …", "But …", "His …" (a third of all subjects): one stop word, which the chunk
            # parser reads as no name (none, a pronoun or a firm's name), asked only to return here
            return
        if lang_en and self._title_case(sent, every=True):
            return  # "Tom Fenn Refuses to Back …": a headline in Title Case runs its verb into the name
        mention = self.parser.chunk(text, ws[k][1], ws[j - 1][2])
        if mention is None or mention.kind != NAME:
            return
        if lang_en and mention.text.startswith("The ") and self._describes_noun_after_en(mention.end):
            return  # "The Sukamaju-born journalist expressed …": a description, no person of that name
        before_name = text[max(0, mention.end - len(mention.name) - 4):mention.end - len(mention.name)]
        if lang_en and len(mention.name.split()) == 1 \
                and _ARTICLE_BEFORE_EN.search(before_name) and _LOWER_WORD_NEXT.match(text, mention.end):
            return  # "An Ethiopian exile leaves …": a nationality qualifying a noun, no person's name
        name_after_the = before_name.lower() == "the "
        if lang_en and len(mention.name.split()) == 1 and name_after_the \
                and not text.startswith(" of ", mention.end):
            # "Although the Mac box was cheap": one capitalised word after "the" names a thing, no
            # person (but "the Hale of lore" is the man)
            return
        if lang_en and not mention.role and len(mention.name.split()) >= 2 and name_after_the \
                and fold(mention.name.split()[0]) not in self.lex.given_names:
            # "But the Green Line was built too late, he said": a capitalised run after "the", with
            # no title and no given name, names a thing (a programme, a region), no person
            return
        if lang_en and " and " in mention.text:
            joined = mention.text.find(" and ") + mention.start
            first = self.parser.chunk(text, mention.start, joined)
            if first is not None and first.kind == NAME and self.people.knows(first) \
                    and self.people.resolve_known(first, first.start) is self.people.salient is not None:
                return  # "Lee said …. Lee and Vice President Roe laid flowers. … he said": still Lee
        if id_ and self._passive_subject_id(ws, j):
            return  # "Kamal dihadiahi timah panas …": the person acted upon keeps no pronoun
        ent = self.people.resolve_known(mention, mention.start)
        if id_ and ent is not None and not spans and any(e is ent for e in self.people.entities[:self.known_before]) \
                and self._inside_report_id(sent, ent):
            return  # "Ia menekankan …. Presiden Joko ingin …. “…,” tegasnya.": Joko is in her report
        if id_ and ent is not None and not spans and self._topic_of_last_speaker_id(mention, ent) \
                and not self._speaks_next_id(ws, j):
            return  # "“… Kobra tidak pernah …,” jelasnya. Kobra memiliki paspor asing. “…,” ucapnya.": still hers
        if id_ and ent is not None and not self._speaks_next_id(ws, j) and self._common_noun_subject_id(mention, ent):
            return  # "Data Lembaga Xyz mencatat …", "Pengurus Partai Abc di daerah …": no person
        if ent is None and lang_en and self._one_gendered_word(mention):
            ent = self.people.resolve(mention, mention.start)  # "Sandler seemed …, when he …": a person's surname
        if ent is None and lang_en and len(mention.name.split()) == 1 \
                and ws[k][0].lower().strip(".") in self.lex.honorifics:
            ent = self.people.resolve(mention, mention.start)  # "Ms. Gil gazed …": a person met first here
        if ent is None and lang_en and len(mention.name.split()) == 1 \
                and re.match(r",\s+who\s", text[mention.end:mention.end + 8]) \
                and mention.text.split()[0].lower() != "the" and not self._after_article(mention.start) \
                and not self.lex.is_english_word(mention.name.lower()) \
                and not self._place_or_team_en(mention.name):
            # "Meanwhile Rihanna, who …, spoke": a one-word name with a relative clause on a
            # person (not "The Europeans, who …", nor "Leicester, who signed him, …")
            ent = self.people.resolve(mention, mention.start)
        if ent is None and lang_en and len(mention.name.split()) == 1 \
                and mention.text == mention.name and mention.name.lower() not in self.lex.non_person_words \
                and not self._after_article(mention.start) and self._quote_paragraph_follows(sent):
            # "Since launching his bid, Brandt has taken …¶“…,” he said." after "Donald Brandt’s
            # critics": the surname of a person the article named in full, with a common given
            # name, whom the quote opening the next paragraph goes on
            full = self._full_name_of(mention.name)
            if full is not None:
                ent = self.people.resolve(replace(mention, name=full), mention.start)
        if id_ and ent is not None and " dan " in mention.text and " " not in mention.name:
            # "BG dan Lina sempat bertemu …": a pair of short names opens it, neither takes the next
            # pronoun (a pair in full, "Presiden X dan Ibu Y", still names the one the story follows)
            return
        if ent is not None:
            introduced = self.people.introduced_since(mention.end)
            self.people.mark_speaker(ent, by_subject=True)
            if lang_en:
                self._keep_later_introductions_en(sent, introduced, ent)
