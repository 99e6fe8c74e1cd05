"""Speaker mentions and the people of one article.

``parse_mention`` reads the noun phrase next to a cue (``Menteri Luar Negeri AS Antony
Blinken``, ``Shi Yinhong, pakar …``, ``katanya``, ``the minister``) into a ``Mention`` with
the name and the role split apart. ``ArticlePeople`` links mentions to one entity per source
in the article: short forms to the full name, titles to the person holding them, pronouns
and ``X itu`` to the salient speaker.
"""
import re
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, List, Optional, Tuple

from quotetrack.engine.lexicon import Lexicon, opening_stop_words
from quotetrack.engine.segment import ABBREVIATIONS as ABBREVIATIONS_ID

#: An Indonesian office's bracketed short form right after its title (`` (KLH/BPLH)``, `` (Menkeu)``).
_BRACKETED_ACRONYM_ID = re.compile(r" ?\((?:[A-Z][A-Za-z]{1,9})(?:/[A-Z][A-Za-z]{1,9})*\)")

# Mention kinds.
NAME, TITLE, PRONOUN, ANAPHOR, DESCRIPTION, ORGANISATION = (
    "name", "title", "pronoun", "anaphor", "description", "organisation")

#: Indonesian "<the case> began when": the time clause after it is the sentence's report, with a subject of its own.
_ORIGIN_TIME_CLAUSE_ID = re.compile(r"\b(?:bermula|berawal)\s+(?:saat|ketika)\s+")
#: An English date opening a sentence without a comma before its subject ("In 2011 Reed announced").
_DATE_LEAD_EN = re.compile(r"\s*(?:In|By|Since|Until|During|On)\s+(?:(?:January|February|March|April|May|June|July|"
                           r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                           r"Saturday|Sunday)(?:\s+\d{1,4})?|\d{4})\s+(?=[A-Z])")
#: A token: a bracketed aside, a quoted capitalised word, a Dutch name particle (``in 't``), a word
#: (with inner periods, hyphens, apostrophes and slashes), or one other non-space character.
#: (Every alternative opens with a literal or a class, the look-behind after it: the regex engine
#: skips an alternative whose first character differs without running it, a tenth off the scan.)
_TOKEN = re.compile(r"\([^()]*\)|'[A-Z]\w*'|‘[A-Z]\w*’|i(?<=\si)n 't(?=\s)|v(?<=\sv)an 't(?=\s)|"
                    r"\w[\w'’\-/]*(?:\.\w[\w'’\-/]*)*|'(?<=\s')t(?=\s)|[^\s\w]")
#: A token as the one group of a pattern that splits a text: every character that is not white
#: space opens a token, so the pieces between tokens are white space, and the lengths of all
#: pieces give each token's offset. (Possessive repeats, which match the same tokens: nothing
#: after a run of word characters could match had the run given a character back; the regex
#: engine keeps no backtracking points for them, a tenth off the scan of each article.)
_SPLIT_TOKEN = re.compile("(" + _TOKEN.pattern.replace(
    r"\w[\w'’\-/]*(?:\.\w[\w'’\-/]*)*", r"\w[\w'’\-/]*+(?:\.\w[\w'’\-/]*+)*+", 1) + ")")
if _SPLIT_TOKEN.pattern.count("*+") != 3:
    raise ValueError("_TOKEN no longer holds the word part made possessive")

#: Combining marks and the replacement character, for a character class: what a decomposed or
#: lost accent leaves inside a word (``Pen\u0303a``, ``Pe\ufffda``).
_ACCENT_MARK_CHARS = r"\u0300-\u036f\ufffd"
#: The second character of an accent garbled into two (``Ã±`` for ``ñ``), after its first.
_GARBLED_ACCENT_TAIL = r"(?<=[ÃÂ\u0302\u0303])[\x80-\x9f\xa1-\xbf]"


def wide_word_rest(chars: str) -> str:
    """A pattern for the rest of a word whose characters are ``chars`` (a character class's inside),
    that also takes in garbled or decomposed accents (``PeÃ±a``, ``Pen\u0303a``, ``Pe\ufffda``)."""
    inner = "[" + chars + _ACCENT_MARK_CHARS + "]*"
    return inner + "(?:" + _GARBLED_ACCENT_TAIL + inner + ")*"


#: The same in a text with a garbled or decomposed accent (``PeÃ±a``, ``Pen\u0303a``, ``Pe\ufffda``): the
#: bad characters stay inside the word (the plain pattern is kept for other texts: it is faster).
_TOKEN_WIDE = re.compile(_TOKEN.pattern.replace(r"\w[\w'’\-/]*(?:\.", r"\w" + wide_word_rest(r"\w'’\-/") + r"(?:\.", 1))
if _TOKEN_WIDE.pattern == _TOKEN.pattern:
    raise ValueError("_TOKEN no longer holds the word part _TOKEN_WIDE widens")
#: Characters only a garbled or decomposed accent brings into a text.
WIDE_CHARS = re.compile("[ÃÂ" + _ACCENT_MARK_CHARS + "]")
#: The same over ``_TOKEN_WIDE``, for a text with a garbled or decomposed accent.
_SPLIT_TOKEN_WIDE = re.compile("(" + _TOKEN_WIDE.pattern + ")")
#: Relative pronouns that open a comma part about the name before it (``Lee, who …``, ``Budi, yang …``).
RELATIVE_PRONOUNS = frozenset("yang who which whose whom".split())
#: Words opening an apposition of origin: "Johnnie Wilson, of Springfield, said".
ORIGIN_WORDS = frozenset("of from asal dari".split())
#: Either kind of word opening a comma part that is no speaker (a relative clause, a home town).
_RELATIVE_OR_ORIGIN_WORDS = RELATIVE_PRONOUNS | ORIGIN_WORDS
#: English records whose ``by`` phrase names their authors (``a 2013 study by Ann Lee``): the
#: record and its authors together are the source.
_RECORD_BY_HEADS_EN = frozenset("study report projection analysis survey review audit paper estimate forecast story article".split())
#: Heads of English definite descriptions that can speak ("the company said", "the letter reads").
SOURCE_NOUNS = frozenset("""company firm group campaign statement letter email report paper newspaper magazine network
website site agency department ministry court judge jury suit lawsuit complaint filing memo document study survey poll
organization organisation committee panel board commission council union party team club police prosecutor nurse doctor
candidate nominee governor senator congressman congresswoman lawmaker official officer spokesman spokeswoman
spokesperson president minister secretary leader chairman chairwoman director executive analyst expert economist
pollster strategist adviser advisor aide author writer reporter columnist editor host anchor businessman billionaire
mogul actor actress singer star activist administration government white house state""".split())
#: Heads of English descriptions of things, not people, that ``it`` may stand for.
_NEUTER_HEADS_EN = frozenset("""company firm group campaign statement letter email report paper newspaper magazine
network website site agency department ministry court study survey poll organization organisation committee panel
board commission council union party team club administration government body charity institute bank regulator
watchdog retailer airline carrier maker manufacturer giant operator producer supplier insurer lender broadcaster
publisher studio label chain store service authority association federation league
article memo editorial filing lawsuit ruling document ad advertisement city book memoir biography motion
bill review analysis""".split())
#: Indonesian: a word of two or three capitals inside a name, maybe two of its words' initials (``Sultan HB X``).
_SHORT_INITIALS_ID = re.compile(r"(?<!\S)[A-Z]{2,3}(?!\S)")
#: Lower-case words allowed inside an organisation's name.
ORG_CONNECTORS = frozenset("dan untuk of for and the de du des van &".split())
#: Most capitalised words after the ampersand of a firm's name (``Lark Internet & Civic Life``).
MAX_WORDS_AFTER_AMPERSAND = 3
#: Prepositions: a capitalised run right after one is a place or an organisation, not the speaker.
_PREPOSITIONS_ID = frozenset("di dari ke pada dalam untuk oleh".split())
PREPOSITIONS = _PREPOSITIONS_ID | frozenset("at of for in from to with by on".split())
#: English determiners and possessives: a cue-verb form right after one is a noun ("the state", "his remarks").
_DETERMINERS_EN = frozenset("the a an his her their its my our your this these those every each any no".split())
#: Prepositions that join an unnamed person's title to the body they speak for ("a spokesman for").
_MEMBER_PREPOSITIONS_EN = frozenset("for of at with from to".split())
#: Words that end the head of an English apposition ("director of GfK", "head, who …").
_APPOSITION_BREAKS_EN = frozenset("and or but who which whose where when".split())
#: Most words in the head of an English apposition before its title noun ("senior vice president").
MAX_APPOSITION_HEAD_EN = 4
#: English nouns of a document or record that speaks for a body named before it (``FEC filings``).
_DOCUMENT_NOUNS_EN = frozenset("post posts profile page summary records filings filing reports report statement "
                               "release data figures documents website feed memo letter complaint ruling".split())
#: Most words of an unnamed source's restrictive relative clause after the cue (``said an aide who …``).
MAX_RELATIVE_WORDS_EN = 24
#: Marks that end such a clause before the phrase does: a quote, a new clause, an aside.
_RELATIVE_CLAUSE_BREAKS_EN = frozenset('"“”;:()?!')
#: Determiners that open a description of one unnamed person ("a spokesman"; not "one delegate",
#: a member of a group the article may go on speaking of).
_INDEFINITE_DETERMINERS_EN = frozenset("a an another".split())
#: English words that open a sentence before a name ("Latest Brandt says", "Maybe Ruiz").
_SENTENCE_ADVERBS_EN = frozenset("""latest maybe perhaps meanwhile still now later instead indeed however finally
recently earlier rather even just only also yet then so thus hence today yesterday tonight nonetheless
nevertheless regardless sure overall moreover furthermore besides likewise otherwise afterward afterwards
elsewhere plus""".split())
#: Second parts of English compound modifiers before a name ("Texas-based", "Oscar-winning").
_COMPOUND_MODIFIERS_EN = frozenset("""born based bred raised winner winning backed led owned run funded elect
leaning loving hating style like""".split())
_TENS_EN = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
#: Endings of English adverbs (the lemma table lacks many: "significantly", "notably").
_ADVERB_SUFFIXES_EN = ("ally", "ously", "ably", "ibly", "ently", "antly", "ively", "fully", "edly", "ingly", "ately")
#: English words opening a subordinate clause or a phrase before its subject ("After Brandt argued …").
_SUBORDINATE_OPENERS_EN = frozenset("as after before when while whilst since if because although though until once unless "
                                    "like unlike in at on from with by during".split())
#: English months and weekdays: one alone is a date ("In December, …"), never a speaker. "May",
#: "June", "April" and "August" are also names and stay out.
_DAYS_EN = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: The twelve English months (``May`` and ``June`` included: for word lists that are no name test).
_MONTHS_EN = frozenset("january february march april may june july august september october november december".split())
#: Modal verbs that make the words after an English cue a reported clause (``said the mayor could win``).
_REPORT_MODALS_EN = frozenset("could would will can should may might must shall cannot won't can't".split())
#: Prepositions that take a date (``In March``, ``On Sunday``, ``Since October``).
_DATE_PREPS_EN = frozenset("in on by since until till during from after before".split())
#: Words of an English name run that a date takes: the preposition and the month or weekday (``In March Lee``).
DATE_PHRASE_WORDS_EN = 2


def _after_linking_verb_en(text: str, at: int) -> bool:
    """English: whether the word right before ``at`` is a linking verb (``were hopeful …``); one
    lower-case title word after it is predicative, but not ``was former US president Bill …``."""
    before = text[max(0, at - LONGEST_LINKING_VERB_EN - 1):at].split()
    if not before or before[-1].lower() not in _LINKING_VERBS_EN:
        return False
    # "It is mayor Ann Lee who said …": a cleft's focus is the whole titled name, no predicate
    return not (_CLEFT_FOCUS_EN.match(text, at) and _CLEFT_IT_EN.search(text, max(0, at - LONGEST_LINKING_VERB_EN - 4), at))


def _date_after_preposition_en(preposition: str, word: str) -> bool:
    """English: whether ``word`` (lower case) after ``preposition`` is a date, not a given name.

    A weekday or a month that is no name is a date after any date preposition (``Since October
    Lee said``); ``April``, ``May``, ``June`` and ``August`` are also given names, so only ``in``
    makes them a date (``In May Lee said``, but ``Before April Ross said``)."""
    if preposition not in _DATE_PREPS_EN:
        return False
    return word in _DATE_WORDS_EN or (preposition == "in" and word in _MONTHS_EN)


#: Short forms of countries: one alone before a name is no title (``UK Lee Marsh``; a body, ``NATO``, may be).
_COUNTRY_SHORT_FORMS_EN = frozenset("uk us usa".split())
#: Dotted short forms that stand as an adjective before a title or a body's name (``U.S. Senator``,
#: ``U.N. envoy``, ``E.U. Commission``): the countries' and the unions of countries'.
_DOTTED_POLITIES_EN = _COUNTRY_SHORT_FORMS_EN | frozenset("un eu".split())
#: Capitalised words that open a new sentence after a dotted short form (``the U.S. He said``,
#: ``the U.N. The agency …``): subject pronouns, a conjunction, and determiners (no body's name opens with one).
_NEW_SUBJECTS_EN = frozenset("He She They It We I But The A An This That These Those His Her Its Their Our".split())
#: Lower-case words that go on inside a body's name after its first word (``U.S. Embassy in Kabul``).
_BODY_NAME_LINKS_EN = frozenset("of for to in at on and de".split())


def _opens_sentence_after_short_form_en(ws, n: int, titles: frozenset) -> bool:
    """English: after a dotted short form's closing dot at ``ws[n]``, a capitalised word opens a new
    sentence when it is a pronoun or determiner (``the U.N. The agency``), or when a lower-case word
    that links no name follows it, a verb or adverb of its clause (``the U.N. Officials there gave``);
    not a title (``titles``) after a body's word (``the U.S. Army spokesman``)."""
    nxt = ws[n + 1][0] if n + 1 < len(ws) else ""
    if nxt in _NEW_SUBJECTS_EN:
        return True
    after = ws[n + 2][0] if n + 2 < len(ws) else ""
    return nxt[:1].isupper() and after.isalpha() and after.islower() and after not in _BODY_NAME_LINKS_EN \
        and after not in titles
#: Tokens such a short form may span with its dots and an article (``The``, ``U.S``, ``.``).
MAX_COUNTRY_SHORT_FORM_TOKENS_EN = 3
#: How many capitals a country's undotted short form has (``UK``, ``US``, ``USA``).
MIN_COUNTRY_LETTERS_EN, MAX_COUNTRY_LETTERS_EN = 2, 3
#: An article opening a subject before a name the parser reads without it (``The Ledger``).
_ARTICLES_CAPITALISED_EN = frozenset({"The", "the"})
#: Most lower-case words of a role before an ``and`` that joins the fields of one title or a
#: second title (``home technology and gaming analyst``); more read as a clause, not a title.
MAX_TITLE_MODIFIERS_BEFORE_AND_EN = 3
#: Most capitals of a title written as its initials (``CEO``, ``EVP``, ``CFO``): longer ones are bodies.
MAX_TITLE_INITIALS_EN = 4
#: Words before a weekday that make it part of a name or a time phrase ("Super Tuesday", "last Friday").
_DAY_MODIFIERS_EN = frozenset("on by since until till last next this that every each early late super black good "
                              "cyber ash holy easter palm maundy bloody manic giving".split())
#: Indonesian plural pronouns: they refer to a group, not to the last person who spoke.
_PLURAL_PRONOUNS_ID = frozenset({"mereka"})
#: Two capitalised words joined by ``dan`` (``Budi dan Ani``): people a later ``mereka`` may mean.
_NAMED_PAIR_ID = re.compile(r"\b[A-Z][a-z]+ dan [A-Z][a-z]+")
#: An Indonesian sentence opening with a group, up to its verb (``Massa buruh di Sukamaju``
#: ``menggelar …``, ``Ratusan warga mendatangi …``): whom a later ``mereka`` means.
_PLURAL_SUBJECT_ID = re.compile(
    r"(?:(?<=[.!?] )|(?<=[.!?][\"”] )|(?<=\n)|^)((?:Para|Sejumlah|Ratusan|Ribuan|Puluhan|Belasan|Massa|Warga|Mahasiswa"
    r"|Buruh|Petani|Nelayan|Pedagang|Demonstran|Pengunjuk rasa|Relawan|Kelompok)\b[^.!?\n,]{0,60}?)"
    r"(?= (?:me|ber|ter|di)[a-z]{3,}\b)")
#: Indonesian pronouns of one person (``dia``, ``ia``, the clitic of ``katanya``): never an
#: organisation, unlike ``pihaknya`` or ``kami``.
_PERSONAL_PRONOUNS_ID = frozenset({"dia", "ia", "beliau", "dirinya", "nya"})
#: The free-standing ones, which a news writer never uses for a body (the clitic ``-nya`` may be).
_FREE_PERSONAL_PRONOUNS_ID = frozenset({"dia", "ia", "beliau"})
#: How many words an office before a one-word name must have to introduce a namesake of a known
#: person with another office (see ``ArticlePeople._namesake_in_office_id``).
MIN_NAMESAKE_OFFICE_WORDS_ID = 3
#: How many words the setting of a speech between its speaker and the cue may have
#: (``Fadli Zon dalam sambutannya menegaskan``).
MAX_ADVERBIAL_WORDS_ID = 4
#: How many words that setting may have when the day of the speech closes it (``dalam keterangan
#: tertulis yang diterima wartawan pada Kamis (29/10)``).
MAX_DATED_SETTING_WORDS_ID = 8
#: How many fields a title's list may have (``Menko Hukum, HAM, dan Imigrasi``).
MAX_LISTED_FIELDS = 5
#: Words ending a title at its level of an organisation (``Pimpinan Pusat``, ``Pengurus Wilayah``).
_LEVEL_WORDS_ID = frozenset("pusat daerah wilayah cabang ranting".split())
#: A line of at least this many words, none in lower case longer than this, is a headline.
MIN_TITLE_CASE_WORDS = 4
MAX_TITLE_CASE_LOWER = 3
#: Indonesian quantifiers of a group: a phrase opening with one describes people, whatever name ends it.
_GROUP_QUANTIFIERS_ID = frozenset("sebagian sejumlah beberapa banyak para seluruh semua segenap mayoritas kebanyakan".split())
#: How many words a bare name before ``dari`` + a body may have (``Rudi Hartono dari PT …``).
MAX_NAME_WORDS_BEFORE_BODY_ID = 3
#: Most words of a title and a name before Indonesian ``dari`` and a body (``Peneliti Senior Rina Kusuma dari …``).
MAX_TITLED_NAME_WORDS_BEFORE_BODY_ID = 8
#: A paragraph's or sentence's opening capitalised words (at most four) right before a lower-case word
#: (``RA meninggal dunia …``): a name opening its sentence before the predicate.
_SENTENCE_OPENING_NAME_ID = re.compile(r"(?:^|(?<=[.!?] ))([A-Z][\w'.\-]*(?: [A-Z][\w'.\-]*){0,3})(?= [a-z])", re.M)
#: Indonesian weekdays: a part "Senin (20/4/2020)" after a name and title is a date, not a role.
_DAYS_ID = frozenset("senin selasa rabu kamis jumat sabtu minggu".split())
_DATE_WORDS_EN = frozenset("january february march july september october november december".split()) | _DAYS_EN
#: English titles of a person: a lone word after one is a surname ("President Bosch", "Mr. King").
_PERSON_TITLES_EN = frozenset("""president senator sen governor gov secretary chancellor minister mayor judge rep
representative speaker chairman chairwoman director general gen justice king queen prince princess pope rabbi
reverend rev bishop pastor ambassador commissioner sheriff chief leader whip attorney coach captain capt officer
detective sergeant sgt professor prof dr doctor mr mrs ms miss sir dame lord lady candidate nominee lawmaker
congressman congresswoman spokesman spokeswoman spokesperson adm col lt maj cmdr gop""".split())
#: English base forms of cues that in a subject phrase are nouns ("state officials", "the report"),
#: unless a subject or "to" stands before them ("those who claim", "we promise").
_NOUN_CUES_EN = frozenset("state report post call claim promise pledge answer reply comment tweet vow echo point "
                          "demand signal hint joke quip remark read reason".split())
#: Nouns of a written or spoken statement: a past participle after one describes it ("a letter posted on").
_UTTERANCE_NOUNS_EN = frozenset("statement letter email tweet post message release memo note report video ad".split())
#: Prepositions after a past participle that make it describe a noun ("posted on", "sent to", "issued by").
_PARTICIPLE_PREPOSITIONS_EN = frozenset("on in by to at from".split())
#: English number words from two to ten, which count a plural noun ("five states", "the Two Bennies").
NUMBER_WORDS_EN = frozenset("two three four five six seven eight nine ten".split())
#: English count words before a plural noun ("in five states", "several reports").
_COUNT_WORDS_EN = NUMBER_WORDS_EN | frozenset("eleven twelve dozen dozens hundreds several many numerous multiple "
                                              "both all".split())
#: English words before a plural noun (or a number and a plural noun): "in states", "in all 50 states".
_PLURAL_NOUN_LEADS_EN = frozenset("in of across among".split())
_VERB_SUBJECTS_EN = frozenset("who that which i we they you to".split())
#: English quantifiers that stand alone for a group of sources ("Many said", "Others say").
_QUANTIFIERS_EN = frozenset("many most some several others both few all none one another someone somebody everyone".split())
#: Words before a capitalised plural group word that belong to the group (``Fellow Republicans``).
_GROUP_SELECTORS_EN = frozenset("fellow other".split())
#: Adverbs that focus a share or count opening a subject (``Only 31% of them``, ``Just two``).
_FOCUS_ADVERBS_EN = frozenset("only just even".split())
#: Words that make a count a span of time (``only two months later``), no share of people.
_TIME_UNITS_EN = frozenset("""second seconds minute minutes hour hours day days week weeks month months year years
decade decades later earlier ago""".split())
#: English quantifiers that float after their subject (``the pilots all said``, ``they both said``).
_FLOATING_QUANTIFIERS_EN = frozenset("all both each".split())
#: English copulas (``is``, ``were``) and the forms of "be" that make a passive (``to be released``).
_COPULAS_EN = frozenset("is are was were".split())
_PASSIVE_AUXILIARIES_EN = frozenset("be been being".split())
#: Forms of "be" before a passive cue ("we are now being told", "will not be revealed until …").
_PASSIVE_BE_FORMS_EN = _COPULAS_EN | _PASSIVE_AUXILIARIES_EN
#: English linking verbs: a title word right after one is predicative (``were hopeful Tom Hale would``).
_LINKING_VERBS_EN = _PASSIVE_BE_FORMS_EN | frozenset("remain remains remained seem seems seemed "
                                                     "appear appears appeared become becomes became".split())
LONGEST_LINKING_VERB_EN = max(map(len, _LINKING_VERBS_EN))
#: A cleft's "it" and its verb right before a title word (``It was mayor …``).
_CLEFT_IT_EN = re.compile(r"(?<!\w)[Ii]t\s+\w+\s+$")
#: A cleft's focus: one lower-case title word, a capitalised name, then ``who``/``that`` (``mayor Ann Lee who``).
_CLEFT_FOCUS_EN = re.compile(r"[a-z]+(?:\s+[A-Z][\w'’.-]*){1,4}\s+(?:who|that)\b")
#: English words of a share of a group (``Half of voters``, ``two-thirds of members``).
_SHARE_WORDS_EN = frozenset("half majority minority third thirds quarter quarters fifth fifths tenth tenths".split())
#: English quantifiers of one before a capitalised word and a noun ("one Brandt confidant").
_SINGLE_QUANTIFIERS_EN = frozenset("one another".split())
#: English subject pronouns: one ending a speaker phrase is the subject of the cue verb.
_SUBJECT_PRONOUNS_EN = frozenset("he she they we i".split())
#: The same as a regex alternation (``I`` capitalised), for patterns that test for a clause's own subject.
SUBJECT_PRONOUN_ALT_EN = "he|she|they|we|I"
#: Words before an English cue form that make it a noun ("a few hints", "his remarks").
_NOUN_CUE_LEADS_EN = frozenset("the a an his her their its my our your this these those few some several many".split())
#: The same with "it" (a thing or body as a clause's subject), and with "you" as well.
_SUBJECT_PRONOUNS_IT_EN = _SUBJECT_PRONOUNS_EN | {"it"}
_ANY_SUBJECT_PRONOUN_EN = _SUBJECT_PRONOUNS_IT_EN | {"you"}
#: Words ending an English subject phrase that is really a first predicate ("X shook her head and said").
_COORDINATED_END_EN = frozenset("and but before after then to by as in of also when while whilst".split())
#: Words after which an English subject phrase starts over ("… a plan that most members say",
#: "… where local farmers said", "a day after the regulators reported").
_CLAUSE_LINKS_EN = frozenset("that what when where which whom as after because while whilst if though although since "
                             "until whereas".split())
#: Separators inside a run-on subject phrase: the subject is what follows the last one.
_SUBJECT_SEPARATORS = frozenset(":;―—–-")
#: Prepositions that may open the tail of such a phrase ("with 40 percent of members").
_LEADING_PREPS_EN = frozenset("with to in of for from by even".split())
#: Time and sentence adverbs between an English subject and its verb ("Lee on Tuesday said").
_TRAILING_ADVERBS_EN = frozenset("however initially also too now then still again first finally".split())
_TIME_WORDS_EN = _DAYS_EN | frozenset("""yesterday today tonight earlier later morning afternoon evening night week
weekend month year""".split())
_TIME_LEADS_EN = frozenset("on last this late early earlier later next".split())
#: Words opening an English description of an unnamed source ("one former aide", "a friend of …").
_DESCRIPTION_OPENERS_EN = frozenset("a an one another two three four five some several many most his her their".split())
#: Plural nouns for the people around a person, who speak for themselves (``Advisers to Mr. Lee``).
_PERSON_GROUPS_EN = frozenset("""advisers advisors aides allies associates friends confidants lawyers attorneys
spokesmen staffers relatives colleagues loyalists strategists backers supporters donors officials employees
executives""".split())
#: Any of them inside a lower-cased phrase (a word of the phrase can only be one where this is found).
_PERSON_GROUP_FORM_EN = re.compile("|".join(sorted(_PERSON_GROUPS_EN)))
#: Words linking such a group to its person or body (``Officials at the Border Unit``).
_GROUP_LINKS_EN = frozenset("to of for around at from".split())
#: Modifiers before such a group (``Top advisers``, ``longtime friends``).
_GROUP_MODIFIERS_EN = frozenset("top senior close longtime former current campaign other".split())
#: Most words before the group noun.
MAX_GROUP_MODIFIERS_EN = 3
#: Words opening an aside shared by people joined before it (``…, both Republicans, said``).
_SHARED_ASIDE_OPENERS_EN = _FLOATING_QUANTIFIERS_EN
#: Openings of an aside naming who came along with the subject (``…, along with Ben Tarr, said``).
_COMPANION_OPENERS_EN = frozenset({("along", "with"), ("together", "with")})
#: Words that carry such a description on (``one of those advisers``, ``an aide to the senator``).
_NP_LINKS_EN = frozenset("of to for with at from on in close familiar involved near inside within".split())
#: Words that end it: a relative clause or a conjunction.
_NP_STOPS_EN = frozenset("who whom which that whose and but while whilst when as after before during because".split())
#: Longest English description of an unnamed source (in words) taken as the speaker.
MAX_DESCRIPTION_WORDS = 12
#: Most words of an English participle aside between a subject and its cue ("Others, responding to
#: the delay between the crash and the report's release, shouted"): it may run longer than a description.
MAX_PARTICIPLE_ASIDE_WORDS = 20
#: Indonesian: a word of two or more letters, a full stop and a word in lower case after it.
_STOP_BEFORE_LOWER_ID = re.compile(r"\b([A-Za-z]{2,})\.\s+(?=[a-z])")
#: A capitalised plural title shortened, right before a name (``Sens. Ann Lee and Bo Kim``).
_PLURAL_TITLE_BEFORE_EN = re.compile(r"\b(?:Sens|Reps|Govs)\.\s$")
#: Abbreviations that do not end a description ("a former U.S. official").
ABBREVIATIONS_EN = frozenset("u.s u.k u.n d.c st gov sen rep gen lt col".split())
#: A middle initial with its period, as the chunk parser joins it (``T.``).
_MIDDLE_INITIAL = re.compile(r"^[A-Z]\.$")
#: One or more initials without the last period ("A", "J.J", "J.R.R").
_INITIALS = re.compile(r"^[A-Z](?:\.[A-Z]){0,2}$")
#: An ordinal inside a rank ("Air Force 1st Lt. Ann Moss"): it does not end the speaker phrase.
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
#: A lower-case word glued to a capitalised one where a space was lost (``dilansirdetikBali``,
#: ``kepadadetikJateng``): a media credit or a verb, never part of a speaker's name.
_GLUED_LOWER_WORD = re.compile(r"[a-z]{3,}[A-Z]")
#: An English word of nationality or region qualifying a title (``European co-ordinator for …``,
#: ``British director of …``, ``Chinese envoy to …``); by its ending only, so given names that end
#: so (``Susan``, ``Brian``) are told apart by the given-name list where it is used.
_DEMONYM_EN = re.compile(r"[A-Z][a-z]+(?:ean|ian|an|ish|ese|ch|sh|i)")
#: Words joining the fields of an Indonesian title given as a list ("Pangan, Kelautan, dan Pertanian").
_LIST_JOINERS_ID = frozenset({"dan", "serta", "&"})
#: Most words in one field of such a list ("Partisipasi Masyarakat", "Sumber Daya Manusia").
MAX_LIST_FIELD_WORDS_ID = 4
#: English prepositions inside the name of a body an Indonesian title names ("Institute for …").
_ENGLISH_BODY_PREPS = frozenset("for of on".split())
#: Lower-case English prepositions inside an English office or body's name in Indonesian text.
_ENGLISH_TITLE_PREPS_ID = _ENGLISH_BODY_PREPS | {"at"}
#: Indonesian words linking a name to the office it speaks in (``Budi selaku Ketua RT``).
_ROLE_LINKS_ID = frozenset({"selaku"})
_OFFICE_CLAUSE_ID = re.compile(
    r",? (?:yang (?:juga |pernah |kini |saat ini |sehari-harinya )?|(?:kini |saat ini |juga )?)"
    r"(?:(?:menjabat|bertugas|bekerja) sebagai |sebagai |(?<=juga ))")
_VERB_FORM_ID = re.compile(r"^(?:me|di|ber|ter)\w{3,}")  # a verb's prefix (menjabat, dilantik, bertugas)
#: Lower-case Indonesian words opening an aside of place or occasion between a subject and its
#: cue (``…, di Slawi, mengatakan``, ``…, saat dihubungi, menuturkan``).
_ASIDE_OPENERS_ID = frozenset("di dalam saat ketika usai seusai setelah sebelum sesudah pada melalui lewat".split())
#: Indonesian participles of being reached for comment that open such an aside (``…, dihubungi
#: kemarin, mengatakan``, ``…, ditemui di kantornya, menuturkan``).
_CONTACTED_ID = frozenset("dihubungi ditemui dikonfirmasi diwawancarai dimintai".split())
#: Indonesian times of day after the day of a speech (``Minggu (24/1/2021) petang``).
_DAY_TIMES_ID = frozenset("pagi siang sore petang malam".split())
#: Indonesian words that introduce the outlet a statement was given to (``keterangan tertulis
#: yang diterima Kabar Kota``, ``dalam wawancara kepada Radio X``).
_OUTLET_VERBS_ID = frozenset("diterima kepada".split())
#: Regex sources of an Indonesian weekday as written (``Senin``), a date in brackets
#: (``(19/5/2020)``) and a time of day (``petang``): the one source of every pattern that reads
#: the day of a speech (here and in the indirect rules).
DAY_PATTERN_ID = "(?:%s)" % "|".join(sorted(day.capitalize() for day in _DAYS_ID))
DATE_PATTERN_ID = r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)"
DAY_TIME_PATTERN_ID = "(?:%s)" % "|".join(sorted(_DAY_TIMES_ID))
#: A date in brackets as one token (``(19/5/2020)``).
_DATE_TOKEN_ID = re.compile(DATE_PATTERN_ID)


def _ends_in_unnamed_outlet_id(ws) -> bool:
    """Indonesian: whether setting words end in capitalised words (an age after them aside) that
    no outlet verb introduces: ``di desa Sukamaju Budi Santoso`` ends in the speaker's name, where
    ``dalam keterangan yang diterima Kabar Kota`` names the outlet the words were given to."""
    end = len(ws) - 1 if ws and _AGE.match(ws[-1][0]) else len(ws)
    start = end
    while start and ws[start - 1][0][:1].isupper():
        start -= 1
    return start < end and (start == 0 or ws[start - 1][0] not in _OUTLET_VERBS_ID)


def _without_trailing_day_id(ws):
    """Indonesian setting words without the day of the speech closing them (``dalam keterangan
    pada Senin (4/5/2020)`` → ``dalam keterangan``; ``Selasa (19/5/2020)`` → nothing)."""
    end = len(ws)
    while end and ws[end - 1][0] in _DAY_TIMES_ID:
        end -= 1
    if end and _DATE_TOKEN_ID.fullmatch(ws[end - 1][0]):
        end -= 1
    if not end or ws[end - 1][0].lower() not in _DAYS_ID:
        return ws
    end -= 1
    if end and ws[end - 1][0] == "pada":
        end -= 1
    return ws[:end]
#: An English relative clause set off by commas right after a name, whose own subject is not a
#: pronoun (not ``Ann Lee, who he said was …``): ``, who heads the union,``.
_APPOSED_RELATIVE_EN = re.compile(r"\s*,\s+((?:who|whose)\s+(?!(?:" + SUBJECT_PRONOUN_ALT_EN + r"|you)\b)[^,;:!?\"“”()\n]{3,150}?)\s*,")
#: Adverbs between ``who`` and its verb in a clause of position (``who now heads``).
_CLAUSE_ADVERBS_EN = frozenset("also now currently once formerly previously later then still".split())
#: From a subject's name into its relative clause, within one sentence ("Stan Ortiz, who … Ray Dunn").
_RELATIVE_AFTER_NAME = re.compile(r"[^.!?\n]*?,\s+(?:who|whom|whose)\b[^.!?\n]*$")
#: The period of an initial or a short abbreviation ("Terry E. Branstad", "Ava, Mo., who", "Mr. Lee"):
#: it does not end the sentence.
_ABBREVIATION_PERIOD = re.compile(r"\b([A-Z][a-z]{0,3})\.(?=[\s,])")
#: The lower-case word before a name (past any capitalised titles: ``President``, ``Ms.``).
_WORD_BEFORE_NAME_EN = re.compile(r"\b([a-z]+)\s+(?:[A-Z][\w.'’\-]*\s+)*\Z")
#: Words after which a name is no subject of the sentence: an object or a subordinate clause's
#: subject (``criticizing President Ann Lee``, ``when Ann Lee took office``, ``a Lee T-shirt``).
_NOT_SUBJECT_BEFORE_EN = frozenset("when where while whilst as if because after before since although though until once "
                                   "whether than".split())
#: A possessive right after a name (``Odell’s actions``): the name is no subject there.
_POSSESSIVE_NAME_EN = re.compile(r"(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*['’]s?(?!\w)")
#: English finite auxiliaries: a comma part opening with one is a predicate, not an apposition.
_FINITE_EN = frozenset("is was are were has had have will would can could did does do may might must should".split())
#: English auxiliaries and adverbs that end a subject phrase and open its predicate ("officials have
#: been …", "The memo goes on to say", "Acme just announced").
_PREDICATE_STARTS_EN = _FINITE_EN - {"is", "was", "are", "were"} | frozenset("goes went just also been".split())
#: English past forms that, before an object, are a subject's verb ("sent out a note", "put out a statement",
#: "shot back in an article").
_PAST_WITH_OBJECT_EN = frozenset("sent put gave made wrote took shot hit struck".split())
#: How far into an English subject phrase its first lower-case word (the verb of a list) may stand.
MAX_LISTED_VERB_AT = 5
#: Irregular English past forms that the English rules share (``held``, ``sought``, ``began``): the
#: base that ``_LISTED_IRREGULAR_PAST_EN`` here and indirect's ``_IRREGULAR_PAST_EN`` extend.
IRREGULAR_PAST_EN = frozenset("""began bought broke brought built chose drove felt forgot fought found got held kept
knew lost meant met paid ran rose saw shook sold sought spent stole stood taught threw understood won wore""".split())
#: An English ``but`` and a noun led by a possessive or ``the`` (``… but his lawyer``), and a full name
#: set off by commas after it (``, Tom Hale,``): a coordinated clause's apposed subject, read by the
#: report's end (indirect) and by the quote after ``and added`` (direct).
BUT_NOUN_EN = r"\sbut\s(?:his|her|their|its|the)\s[a-z]+(?:\s[a-z]+)?"
APPOSED_FULL_NAME_EN = r",\s([A-Z][\w'’-]+\s[A-Z][\w'’-]+),"
#: Irregular English past forms of coming, going, sitting and hearing (``the mayors who met …``,
#: ``who came …``): the base's extension that direct's plain stretch and indirect's pasts share.
MOTION_PAST_EN = frozenset("came went sat fled flew led heard spoke".split())
#: Irregular past verbs opening a predicate before a list of further verbs (``Lee hid the facts, admitted …``).
_LISTED_IRREGULAR_PAST_EN = IRREGULAR_PAST_EN | frozenset("""caught cut dug fed froze hid hung laid lent let quit rode
sank set shut slid split spread spun stuck swept swore tore woke""".split())
#: Particles after such a past verb (``sent out``, ``shot back``).
_VERB_PARTICLES_EN = frozenset("out up off back".split())
#: English object pronouns after a verb ("put it in a memo").
_OBJECT_PRONOUNS_EN = frozenset("it him her them us me".split())
#: `` of `` before a capitalised place or body after an English name (``Ann Lee of Ohio``, ``Dr. Ann
#: Lee of the Harlow Center``).
_OF_HOME_EN = re.compile(r"[ \t]+of[ \t]+(?=(?:the[ \t]+)?[A-Z])")
#: ``of``/``from``/``at`` before a capitalised body or place (``Ann Lee of Brellow Bank``).
_PERSON_OF_HOME_EN = re.compile(r"[ \t]+(?:of|from|at)[ \t]+(?=(?:the[ \t]+)?[A-Z])")
_CONTRACTED_PRONOUN = re.compile(r"^(\w+)['’](?:s|d|ll|ve|re|m)$", re.I)
#: English subject pronouns that carry a gender.
_PRONOUN_GENDER = {"he": "m", "she": "f"}
#: How far back (in characters) a pronoun may reach past the last speaker to an agreeing person.
PRONOUN_REACH = 3000
#: A sentence opening with a quantifier and a plural noun (``Some delegates``, ``Many local
#: activists``): a group that ``they`` may stand for.
_PLURAL_SUBJECT_EN = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?][\"”] )|(?<=\n))((?:Some|Many|Most|Several|Other|All|Both"
                                r"|An?(?: [a-z]+)? (?:party|group|delegation|team|handful|crowd|pair|couple) of)"
                                r" (?:[a-z]+ )?[a-z]{3,}[^s\W]s)\b(?! of\b)")
#: English kinship nouns that give a person's gender (``husband``, ``widow``).
_GENDERED_KIN_NOUNS_EN = {"husband": "m", "wife": "f", "father": "m", "mother": "f", "son": "m", "daughter": "f",
                          "widow": "f", "widower": "m", "grandmother": "f", "grandfather": "m"}
#: English nouns of a person's role or kin that give their gender (``spokeswoman``, ``husband``).
GENDERED_ROLE_NOUNS_EN = {"spokesman": "m", "spokeswoman": "f", "congressman": "m", "congresswoman": "f",
                          "businessman": "m", "businesswoman": "f", **_GENDERED_KIN_NOUNS_EN}
#: English kinship nouns: capitalised after a possessor (``Lee’s Son``) they name no one.
_KIN_NOUNS_EN = frozenset(_GENDERED_KIN_NOUNS_EN) | frozenset("""brother sister mom dad nephew niece cousin uncle
aunt grandson granddaughter stepson stepdaughter stepfather stepmother fiancee fiancée fiance fiancé""".split())
#: English nouns of an unnamed person of known gender, and the gender.
_GENDERED_NOUNS_EN = {**GENDERED_ROLE_NOUNS_EN, "woman": "f", "girl": "f", "man": "m", "boy": "m"}
#: A sentence opening with such an unnamed person (``A 40-year-old Tollard woman, meanwhile, …``).
#: (The pattern opens with the article's capital, a character class the regex engine skips ahead
#: to, and looks back from it for the sentence end: a look-behind first is tried at every
#: character of the window, five times as slow for the same matches.)
_GENDERED_SUBJECT_EN = re.compile(r"([AT](?:(?<=[.!?] [AT])|(?<=[.!?][\"”] [AT])|(?<=\n[AT]))(?:(?<=A)n?|(?<=T)he) "
                                  r"(?:[\w'’-]+ ){0,5}?(" + "|".join(_GENDERED_NOUNS_EN) + r"))(?![\w'’-])")
#: Endings of a capitalised plural that make it a group's name (``Republicans``, ``Democrats``), as
#: a regex alternation.
_GROUP_NAME_ENDINGS_ALT_EN = r"(?:ans|ats|ists|ies|als)"
#: An English sentence opening with a plural noun phrase and a past verb (``County Democrats
#: blocked``, ``Local farmers have …``, ``The workers were …``, ``Workers objected …``; after an opening phrase's comma,
#: or dash, one led by a possessive: ``Ahead of the vote, Velmora's trade chiefs have …``): a group that
#: ``they`` may mean.
_PLURAL_NOUN_SUBJECT_EN = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?][\"”] )|(?<=\n)|^|(?<=, |- |— )(?=[A-Z][a-z]+(?:'s|’s) ))"
                                     r"((?:The |[A-Z][a-z]+(?:'s|’s)? )?(?:[a-z]+ )?"
                                     r"(?:[a-z]{3,}[^s\W'’]s|[A-Z][a-z]+" + _GROUP_NAME_ENDINGS_ALT_EN + r"|[A-Z][a-z]{2,}[^s\W'’]s))"
                                     r" (?:also |all )?(?:[a-z]{3,}ed|have|had|were|are)\b")
#: A capitalised plural's ending that makes it a group's name.
_GROUP_NAME_ENDS_EN = re.compile(_GROUP_NAME_ENDINGS_ALT_EN + "$")
#: A lower-case word standing alone in an English text (``the workers``, not ``co-workers``).
_LOWER_WORD_EN = re.compile(r"(?<![\w'’-])[a-z]\w*")
#: English ``… the hive that is Lee Mills``, ``… the plant that Tom Cole built`` closing a subject
#: phrase: a lower-case noun, a restrictive relative and a name (or ``the`` and a noun: ``that the
#: charity supports``) inside it, with its past or ``-s`` verb.
_NAME_RELATIVE_TAIL_EN = re.compile(r"(?<=[a-z]) (?:that|which) (?:(?:is|was|are|were) (?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){0,3}"
                                    r"|(?:the [a-z]{3,}|(?:the )?(?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){0,3})"
                                    r" (?:[a-z]{3,}ed|[a-z]{3,}s|built|made|runs|ran|met))$")
#: How many words the noun phrase before such a relative may take.
MAX_RELATIVE_HEAD_WORDS_EN = 10
#: Words that open such a noun phrase: determiners and numbers of a group.
_RELATIVE_HEAD_OPENERS_EN = frozenset("the a an some many most several few two three four five six seven eight nine ten "
                                      "dozens scores hundreds thousands".split())
#: Per gender, any of its person nouns in a text (the cheap test before ``_GENDERED_SUBJECT_EN``).
_GENDERED_NOUN_SEARCH_EN = {sex: re.compile("|".join(sorted((re.escape(n) for n, x in _GENDERED_NOUNS_EN.items() if x == sex),
                                                            key=len, reverse=True)))
                            for sex in set(_GENDERED_NOUNS_EN.values())}
#: Words one of which every match of ``_PLURAL_SUBJECT_EN`` opens with (a cheap test before the scan).
_PLURAL_SUBJECT_OPENERS_EN = ("Some ", "Many ", "Most ", "Several ", "Other ", "All ", "Both ", "A ", "An ")
#: English ``The company also …`` opening a sentence: up to three lower-case words after ``The``
#: (the head must be a body's noun; not ``The group's …`` nor ``The group of workers``).
_THE_BODY_SUBJECT_EN = re.compile(r"(?:(?<=[.!?]\s)|(?<=[.!?][”\"]\s)|(?<=\n)|^)The ((?:[a-z]+ ){0,2}[a-z]+)(?![\w'’-]| of\b)")
#: Most words between ``The`` and a document's noun opening a sentence (``The Kestrel annual report``):
#: a name and a modifier; more is a longer phrase whose head may be another noun.
MAX_DOCUMENT_MODIFIERS_EN = 2


@lru_cache(maxsize=None)
def _document_subject_en(nouns: frozenset):
    """An English sentence opening with ``The``, up to ``MAX_DOCUMENT_MODIFIERS_EN`` words and a
    document's noun (the lexicon's ``document_nouns``), then a lower-case word (``The Kestrel report
    was …``): a document a later ``it`` may mean."""
    return re.compile(r"(?:(?<=[.!?]\s)|(?<=\n)|^)(The (?:[\w'’-]+ ){0,%d}(?:%s))(?= [a-z])"
                      % (MAX_DOCUMENT_MODIFIERS_EN, "|".join(sorted(map(re.escape, nouns))) or "(?!)"))


#: An English sentence opening with ``The``, a singular collective body's noun and its verb (``The
#: union blocked``, ``The city council has``): a body that British English calls ``they``.
_COLLECTIVE_SUBJECT_EN = re.compile(r"(The (?:[a-z]+(?:['’]s?)? ){0,2}(?:union|council|committee|government|party|team|board"
                                    r"|company|firm|group|club|commission|panel|agency|ministry|department"
                                    r"|association|federation|league|campaign|charity|band|family))"
                                    r" (?:[a-z]+ )?(?:[a-z]{3,}ed|has|had|was|is|says|said|will|would)\b")
#: The same with a body's own name, capitalised (``The Harwick Water Board ruled``), for ``it``.
_BODY_NAME_SUBJECT_EN = re.compile(r"(The (?:[A-Z][a-z]+ ){0,3}(?:Union|Council|Committee|Government|Party|Board"
                                   r"|Commission|Agency|Ministry|Department|Association|Federation|League"
                                   r"|Authority|Court|Trust|Foundation|Institute|Office|Company|Corporation))"
                                   r" (?:[a-z]+ )?(?:[a-z]{3,}ed|has|had|was|is|says|said|will|would)\b")
#: An English sentence opening with a person's name (two or three capitalised words) in the possessive
#: and a lower-case word (``Ann Lee's campaign``).
_POSSESSOR_OPENS_EN = re.compile(r"((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z][\w-]*)['’]s [a-z]")
#: Nouns of a person's own speech occasion (``Ken Hale's news conference, in which he …``).
_POSSESSED_OCCASIONS_EN = frozenset("conference speech interview address remarks rally appearance visit announcement "
                                    "briefing testimony victory".split())
#: An English sentence opening with a person's name (two or three capitalised words), after ``The`` and
#: up to three words of description if any, and then a comma or a lower-case word (``The Kenyan runner
#: Abebe Tola, who …``, ``Abebe Tola won …``).
_NAMED_SUBJECT_OPENS_EN = re.compile(r"(?:The (?:[\w-]+ ){0,3}?)?((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z][\w-]*)(?=,| [a-z])")
#: An English cue right after a name and the subject pronoun of the clause it reports (``said she``,
#: ``says that he``).
_CUE_THEN_PRONOUN_EN = re.compile(r" (?:also |then |later )?(?:said|says|added|adds|insisted|explained|argued|stressed"
                                  r"|noted|claimed|told reporters|announced)(?: that)? (she|he)\b")
#: A later English cue of a subject pronoun (``she added``, ``He said``) that goes on with the name before.
_FOLLOWING_PRONOUN_CUE_EN = re.compile(r"\b(she|he|She|He) (?:also )?(?:said|added|says|adds|continued|went on)\b")
#: How far (characters) after a bare surname that later cue may stand.
FOLLOWING_CUE_REACH_EN = 250
#: Two capitalised words in a row (another name, inside a sentence).
_CAPITALISED_PAIR_AFTER_EN = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+")
#: English reflexives that stress a person and the gender they give (``Carver herself``).
_REFLEXIVE_GENDER_EN = {"herself": "f", "himself": "m"}
#: The longest of them, in letters.
_REFLEXIVE_LETTERS_EN = max(map(len, _REFLEXIVE_GENDER_EN))
#: An English name and a reflexive stressing it (``Carver herself``).
_NAME_THEN_REFLEXIVE_EN = re.compile(r"((?:[A-Z][\w.’'-]+ ){0,2}[A-Z][\w’'-]+) (?:" + "|".join(_REFLEXIVE_GENDER_EN) + ")")
#: How far back (characters) Indonesian ``mereka`` and English ``they`` look for the group: about a paragraph.
GROUP_REACH = 400
#: How far (characters) before a mention ``told`` and a named hearer's first words may stand.
TOLD_HEARER_REACH_EN = 40
#: How far (characters) before a name the words before its comma are read (``Meanwhile, Hale and
#: Moss``, ``his biographers, Ann and Tom Lee``).
COMMA_WORDS_REACH_EN = 40
#: ``told`` and up to three capitalised words right before a position (``told Quill News Online``).
_TOLD_BEFORE_EN = re.compile(r"\btold[ \t]+(?:(?:the[ \t]+)?[A-Z][\w.'’]*[ \t]+){0,3}$")
#: How far (characters) an English pronoun looks back for a person just introduced with a role.
INTRODUCED_REACH_EN = 300
#: Most characters from a speaker's name to a person named in the clause the speaker reports.
MAX_REPORTER_TO_REPORTED = 120


@lru_cache(maxsize=4)
def _opener_heads(clause_openers: frozenset) -> frozenset:
    """First words of the Indonesian connectives of several words in the lexicon's ``clause_openers``
    (``oleh karena itu``, ``untuk itu``) that may open a sentence before its subject."""
    return frozenset(w.split()[0] for w in clause_openers if " " in w)


#: The fewest letters of an English word in -ed that looks like a past verb (``voted``, ``freed``;
#: not ``need``, ``shed``, ``red``).
MIN_PAST_ED_LETTERS_EN = 5


#: Inside an English apposition, a lower-case past verb and a determiner after it (``the paper
#: dropped his column``): a clause with its own object, no title (``a lawyer based in Leeds`` stays).
_PAST_VERB_OBJECT_EN = re.compile(r"(?<= )(?:[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PAST_EN)) + r") (?:the|a|an|his|her|their|its|our|my|this|these|those)\b")


def _looks_past_en(word: str) -> bool:
    """Whether ``word`` ends in -ed and is long enough (``MIN_PAST_ED_LETTERS_EN``) to be a past verb."""
    return word.endswith("ed") and len(word) >= MIN_PAST_ED_LETTERS_EN


def _bare_plural_object_en(word: str) -> bool:
    """A lower-case plural noun with no determiner that may be a past verb's whole object when it
    ends the phrase before a cue (``The senator emailed supporters saying``; the verb after a
    lower-case noun, not ``percent of registered voters``, ``Democratic registered voters``)."""
    return word.islower() and word.isalpha() and len(word) > 4 and word.endswith("s") and not word.endswith("ss")


def _connective_lead_id(words, lex) -> int:
    """How many of the first ``words`` are an Indonesian connective of two or three words the
    lexicon lists among ``clause_openers`` (``Oleh karena itu``, ``Untuk itu``), leaving a word
    after it; else 0."""
    for k in (3, 2):
        if len(words) > k and " ".join(w[0].lower() for w in words[:k]) in lex.clause_openers:
            return k
    return 0


#: How far (characters) a pronoun looks back to the subject of the sentence just before it.
SUBJECT_SENTENCE_REACH_EN = 250
#: Where an English sentence ends, and where the next one starts.
_SENTENCE_END_EN = re.compile(r"[.!?](?<!\bMr[.!?])(?<!\bMs[.!?])(?<!\bDr[.!?])(?<!\bSt[.!?])(?<!\bMrs[.!?])(?<![A-Z][.!?])"
                              r"(?:''|[”\"’'])?\s+(?=[“\"'A-Z])")  # (a doubled apostrophe closes a quote too)
#: A paragraph opening with a capitalised name, or its possessive, then a lower-case word (``Roe's song``).
_PARAGRAPH_OPENING_NAME_EN = re.compile(r"((?:[A-Z][a-z'’\-]+ ){0,2}[A-Z][a-z\-]+)(?:['’]s?)? [a-z]")
#: Capitalised words opening a paragraph that start no person's name.
_PARAGRAPH_OPENING_NON_NAMES_EN = frozenset("the a an this that these those his her their its our my in on at "
                                            "after before when while but and as if for".split())
#: A capitalised name closed by a comma and a relative ``who`` (``star Leo Dale, who paused``).
_NAME_THEN_WHO_EN = re.compile(r"[A-Z][a-z'’\-]+, who ")
#: The capitalised word opening a sentence.
_FIRST_NAME_WORD_EN = re.compile(r"[A-Z][a-z'’\-]+")
#: How long (characters) a narrative paragraph before a pronoun may be for its opening name to be its topic.
PARAGRAPH_TOPIC_REACH_EN = 600
#: Characters before a name read for the opening preposition of ``_role_after_opening_phrase_en``
#: (``After the meeting Foreign Secretary …``: the preposition and the space before the role).
MAX_OPENING_PREPOSITION_CHARS = 12
#: Characters after a name in which a speech verb and the pronoun it reports must stand
#: (``Carver said she …``).
CUE_PRONOUN_REACH_EN = 40
#: Words that make a sentence a report of speech rather than narrative.
REPORTING_WORD_EN = re.compile(r"\b(?:said|says|told|tells|added|adds|asked|explained|explains|according)\b")
#: How far (characters) before an English pronoun cue its quote may open (``“…,” he said``).
QUOTE_BEFORE_PRONOUN_REACH_EN = 400
#: A definite description opening a clause, then its verb (``The actor discussed``, ``, the
#: former senator praised``): the whole (group 1) and its lower-case words (2).
_DESCRIBED_SUBJECT_EN = re.compile(r"(?:^|,[”\"]?\s+)([Tt]he ((?:[a-z-]+ ?){2,5}))")
#: A quotation mark, including the doubled apostrophes of some archives (``''…''``).
_QUOTE_MARK_EN = re.compile(r"[“”\"]|''")
#: A title in marks: one to four capitalised words (``''Morning Hour,''``, ``“Meet the Voters”``).
_QUOTED_TITLE_EN = re.compile(r"(?:''|“)((?:[A-Z][\w’'.-]*|of|the|and)(?:\s(?:[A-Z][\w’'.-]*|of|the|and)){0,3},?)(?:''|”)")
#: An opening ``Later on <programme or day>,``, ``In her speech,``, ``At the rally,`` before a
#: sentence's subject (up to five words).
_LATER_OPENER_EN = re.compile(r"(?:Later|In|At|During)\s(?:on|in|that|this|an?|his|her|the)\s(?:[\w’'.-]+\s){0,4}?[\w’'.-]+,\s")
#: A stretch in quotation marks, open or closed at the end of the text.
_QUOTED_EN = re.compile(r"[“\"][^“”\"]*(?:[”\"]|$)")
#: The relative pronoun right before an English subject pronoun (``Ann Lee, who he claims …``): the
#: pronoun is the clause's own subject, never the person the clause is about.
_OBJECT_RELATIVE_BEFORE_EN = re.compile(r"[^,.!?\n]*,\s+(?:who|whom)\s+\Z")
#: How far after a name (in characters) its relative clause's pronoun may stand.
RELATIVE_ANTECEDENT_REACH_EN = 60
#: What may stand between a sentence's end and a pronoun opening the next: nothing, or a short
#: opener (``At first he said``, ``Later, she added``).
_OPENER_THEN_PRONOUN_EN = re.compile(r"\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2},?\s+)?")
#: The pronouns of each gender, any case: a sentence using one is about somebody of that gender already.
_GENDERED_WORDS_EN = {"m": re.compile(r"\b(?:he|his|him|himself)\b", re.I),
                      "f": re.compile(r"\b(?:she|her|hers|herself)\b", re.I)}
#: A capitalised word right after a lower-case "the" (``the Mac box``): a thing's name, no person's.
_AFTER_THE_EN = re.compile(r"\bthe ([A-Z][a-z'’\-]+)\b(?! of )")
#: A sentence that opens with a capitalised name and a verb-like word (``Moss could not …``).
_SUBJECT_NAME_EN = re.compile(r"(?:(?:But|And|Then|Now|Later|Meanwhile),? )?((?:[A-Z][a-z'’\-]+ ){0,2}[A-Z][a-z'’\-]+)"
                              r"(?:, (?:of|from|at|a|an|the|who|whose|chief|head|director|leader|president) [^,;:“”\"]{1,120},)? (?:[a-z]+ed|is|was|has|had|could|would|will|did|does|said|says|[a-z]+s)\b")
#: A sentence opening with a possessor's or a definite lower-case title, then the name set off by
#: commas and a verb-like word (``Norland's trade minister, Piet Vanrode, plays down …``): the name (1).
_APPOSED_SUBJECT_NAME_EN = re.compile(r"(?:[A-Z][\w'’\-]*['’]s |[Tt]he )(?:[a-z][\w\-]* ){0,3}[a-z][\w\-]*, "
                                      r"((?:[A-Z][a-z'’\-]+ ){0,2}[A-Z][a-z'’\-]+), "
                                      r"(?:[a-z]+ed|is|was|has|had|could|would|will|did|does|[a-z]+s)\b")
#: A sentence opening (maybe after a phrase and a comma) with a definite description of a person
#: and a verb (``In a statement, the Ely Republican on Tuesday dismissed``): its head noun (2).
_EPITHET_SUBJECT_EN = re.compile(r"(?:[A-Z][\w’' ]{0,40}, )?[Tt]he ((?:[A-Z][a-z]+ ){0,2}(?:(?!on |last |this )[a-z][a-z-]+ )?)"
                                 r"([A-Za-z-]+)(?: (?:on|last|this) [A-Z][a-z]+)? (?:[a-z]+ed|[a-z]+s|is|was|has|had)\b")
#: English party nouns that head a description of one politician (``the Ely Republican``).
_PARTY_NOUNS_EN = frozenset("republican democrat independent".split())
#: A sentence opening with a subject pronoun and its cue before the quote (``He said: “…”``).
_PRONOUN_OPENS_EN = re.compile(r"(?:He|She) (?:said|added|told|explained|insisted|admitted)\b[^“\"]{0,40}[:,]\s*[“\"]")
#: Particles that may stand inside a person's name (``Abu Bakar bin Ali``, ``Ann van der Lee``).
NAME_PARTICLES = frozenset("bin binti van von der de da al el la le du dos del di ibn ben 't".split()) | {"in 't", "van 't"}
#: A website's name (``Kopibisa.id``, ``Detik.com``): a word, a period, a lower-case domain.
_WEB_ADDRESS = re.compile(r"^\w+(?:\.\w+)*\.[a-z]{2,4}$")
#: Indonesian circumfixed nouns (ke-…-an, pe(N)-…-an, per-…-an, se-…-nya): never names.
_DERIVED_NOUN = re.compile(r"^(?:(?:ke|per|pen|pem|peng|peny|sepe|seke)[a-z]{3,}an|se[a-z]{3,}nya)$")
#: A capital inside a word after lower-case letters (not Mc/Mac/O'/De names): a brand.
_BRAND = re.compile(r"^(?!Mc|Mac|O'|D'|De|Di|Da|Du|Le|La|Van|Von)[A-Z][a-z]+[A-Z](?![\u0300-\u036f])")
#: Quotation marks of any style.
_QUOTE_CHARS = frozenset("\"“”‘’'")
#: A comma part that is only an age ("Ann Lee, 49, said").
_AGE_PART = re.compile(r"\s*\d{1,3}\s*$")
#: Indonesian ``Nama (23) yang …``: an age in brackets after a name, then a relative clause on the person.
_AGE_THEN_RELATIVE_ID = re.compile(r"(?<=\w)\s*\(\d{1,3}(?:\s*tahun)?\)(?P<age_end>)\s+yang\b")
#: Prepositions after a past participle set off after a subject ("…, prepared for the board, said").
_PAST_PARTICIPLE_PREPS_EN = frozenset(("for",))
#: One party tag token in brackets after a name ("(D-Ore.)").
_PARTY_TAG_TOKEN_EN = re.compile(r"\([RDI]-[A-Z][\w.]*\)")
#: The same with the spaces before it, to cut it out of a list of names.
_PARTY_TAG_IN_EN = re.compile(r"\s*" + _PARTY_TAG_TOKEN_EN.pattern)
#: An English party-and-state tag ("R-Utah", "D-N.Y.", "(R-Ohio)"): an aside after a name, never a speaker.
_PARTY_TAG_EN = re.compile(r"\s*\(?[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\)?\s*$")
#: Opening quotation marks and their closing ones, around a title inside a speaker phrase.
_TITLE_MARKS = {"“": "”", "\"": "\"", "‘": "’"}
#: The characters ``MentionParser._comma_parts`` acts on: a title's opening mark, a bracket, a break.
_COMMA_PART_MARKS = re.compile("[" + "".join(_TITLE_MARKS) + "()" + ",—–" + "]")
#: Characters of the tokens ``MentionParser._parse_chunk`` joins, drops or cuts a phrase at.
_CHUNK_PUNCTUATION = re.compile(r"[.,;:—–\-()]")
#: Where ``MentionParser._comma_parts`` may split a phrase.
_PART_BREAK = re.compile("[,—–]")
#: Words after the -ing word of an English participle aside ("speaking to reporters", "writing for the court").
_PARTICIPLE_OBJECTS_EN = frozenset("to for in at on from with about of by via over after before during through "
                                   "the a an his her their its this that reporters".split())
#: Prepositions opening an English aside between a subject and its verb ("Lee, in Denver, said").
_ASIDE_PREPS_EN = frozenset("in at from during on inside outside".split())
#: Most tokens of a subordinator and the subject phrase after it before a cue ("when the city council").
MAX_SUBORDINATED_SUBJECT_TOKENS = 7
#: English subordinators that may open a clause before its subject and cue ("…, when CNN reported that …",
#: "because they said …"); not "if" or "unless", whose report is only supposed.
_SUBJECT_SUBORDINATORS_EN = frozenset("when while whilst although though because since whereas after".split())
#: words after ``as`` that make it a comparison, not a subordinator (``as well as``, ``as many as``)
_AS_COMPARATIVES_EN = frozenset("well if though long far soon".split())
_AS_QUANTITIES_EN = frozenset("many much few little".split())
#: Set phrases opening with ``As`` that are adverbials, not ``As <source> said`` (``As a result, …``).
_AS_SET_PHRASES_EN = frozenset({"a result", "a consequence", "a whole", "a rule", "such", "usual", "expected",
                                "ever", "always", "yet"})
#: Conjunctions opening an English sentence before its subject ("But the court …", "Yet critics …").
SENTENCE_CONJUNCTIONS_EN = frozenset({"But", "And", "Yet", "So"})
#: Sentence openers before a plural noun that make no group's name (``But farmers …``, ``Several Democrats …``):
#: a conjunction, or a quantifier (a share of a group, named by ``_PLURAL_SUBJECT_EN``) or demonstrative.
_NOT_GROUP_OPENERS_EN = (frozenset(w.lower() for w in SENTENCE_CONJUNCTIONS_EN) | {"or"}
                         | frozenset(w.strip().lower() for w in _PLURAL_SUBJECT_OPENERS_EN) - {"a", "an"}
                         | {"few", "these", "those"})
_AGE = re.compile(r"^\(\d{1,3}\)$")
_SENTENCE_BREAK_EN = re.compile(r"[.!?][\"”’']?\s+[\"“‘]?[A-Z]")
#: Most words of an English definite description that re-mentions a person ("the former Arsenal striker").
MAX_EPITHET_WORDS_EN = 5
#: An English possessor opening a description ("Chelsea's striker").
_POSSESSOR_EN = re.compile(r"^([A-Z][\w.-]*)['’]s$")
#: An age used as a noun ("the 45-year-old").
_AGE_EPITHET_EN = re.compile(r"^\d{1,3}-year-old$")
#: Lower-case words that may open an English title before a name ("former Rep. Tom Israel").
_TITLE_MODIFIER_LEADS_EN = frozenset("former then acting interim ex outgoing incoming".split())
#: Words before a title that make another office of it ("vice president" is not "the president").
_RANK_MODIFIERS_EN = frozenset("vice deputy assistant associate shadow prime first lieutenant under co junior chief".split())
#: Title words that are no person ("the administration", "the staff", "the of").
_NON_PERSON_TITLES_EN = frozenset("""a an the of ex former acting interim senior junior deputy vice associate assistant
chief executive major majority minority national federal political press prime security state staff u.s. us white
gop democratic presidential republican conservative liberal progressive independent democrat campaign officials
commerce defense education energy health homeland house labor policy treasury foreign communications office""".split())
#: English titles of an office, of which one person holds one at a time ("mayor", "prime minister").
_OFFICE_HEADS_EN = frozenset("""president minister secretary mayor senator governor leader chancellor mp msp mep
congressman congresswoman representative speaker premier chairman chairwoman chair commissioner ambassador sheriff
lawmaker legislator whip attorney-general treasurer prosecutor judge candidate nominee front-runner""".split())
#: Heads of an unnamed source's or an interviewer's description: never the last speaker by default
#: ("the spokesman", "the host").
_RELATION_HEADS_EN = frozenset("""spokesman spokeswoman spokesperson official officer aide adviser advisor staffer
source member representative lawyer attorney counsel surrogate delegate assistant host anchor moderator interviewer
reporter correspondent presenter journalist""".split())
#: A capitalised word (a name's word, where another person may be named).
_CAPITALISED_WORD_EN = re.compile(r"[A-Z][\w'’-]*")
#: Feminine person nouns ("the actress").
_FEMININE_HEADS_EN = frozenset("actress chairwoman congresswoman businesswoman spokeswoman frontwoman princess queen dame lady".split())


def _modal_surname_en(ws, lex) -> bool:
    """English ``Theresa May``, ``George Will``: a capitalised modal right after a capitalised
    word that is no English word (a given name; not "Officials May", "While Will") is a
    surname, not an auxiliary before the cue."""
    return len(ws) >= 2 and ws[-1][0] in ("May", "Will", "Might") and ws[-2][0][:1].isupper() \
        and ws[-2][0].isalpha() and not ws[-2][0].isupper() and not lex.is_english_word(ws[-2][0].lower())


@dataclass
class Mention:
    """A reference to a source near a cue.

    Attributes:
        kind: ``name``, ``title``, ``pronoun``, ``anaphor``, ``description`` or ``organisation``.
        text: the phrase as written (without trailing punctuation).
        name: the person's name without title (for ``name``), else None.
        role: a title or description bound to the mention in this phrase, or None.
        aliases: other names given in the phrase (``alias Zulhas``).
    """

    kind: str
    text: str
    start: int
    end: int
    name: Optional[str] = None
    role: Optional[str] = None
    aliases: Tuple[str, ...] = ()


#: Indonesian academic and religious titles written before a name: a capitalised word before
#: one belongs to the person's title (``Rektor Unair Prof Budi``), not to the name.
_NAME_OPENING_HONORIFICS_ID = frozenset("prof dr drs dra ir kh hj".split())


#: ``fold``'s blanking of marks for an ASCII text: each ASCII character that is neither a word
#: character nor white space (as ``[^\w\s]``) becomes a space.
_ASCII_MARKS_TO_SPACE = {i: " " for i in range(128) if not (chr(i).isalnum() or chr(i) == "_" or chr(i).isspace())}


#: A relative pronoun inside a phrase (``a group of hackers who officials say``).
_RELATIVE_WORD_EN = re.compile(r"\b(?:who|whom|whose|which|that)\b")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-folded form used to compare names (remembered: names recur)."""
    if text.isascii():
        # (most names): no accents to take off, and lower case is the case fold
        return " ".join(text.lower().translate(_ASCII_MARKS_TO_SPACE).split())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w\s]", " ", text.casefold())
    return " ".join(text.split())


def _read_tokens(text: str, start: int, end: int, pattern=None):
    """``(word, start, end)`` tokens found by running the token pattern over ``text[start:end]``;
    ``pattern`` is the one ``_token_table`` chose for ``text``, when the caller has it."""
    if pattern is None:  # choose as ``_token_table`` does, without building (and caching) a table
        pattern = _TOKEN_WIDE if WIDE_CHARS.search(text) else _TOKEN
    # ``findall`` builds no match objects: every character that is not white space opens a
    # token, so each word is found again, at its offset, by searching on from the end of the one before.
    out, pos = [], start
    for word in pattern.findall(text, start, end):
        at = text.find(word, pos)
        pos = at + len(word)
        out.append((word, at, pos))
    return out


@lru_cache(maxsize=4)
def _token_table(text: str):
    """All tokens of ``text`` with their start and end offsets as separate lists, for bisection.

    Remembered (for the last few texts): the engine reads overlapping windows of the article it
    works on, some three times its length in all.
    """
    wide = WIDE_CHARS.search(text) is not None
    # white space, token, white space, …, token, white space (as ``_read_tokens`` reads them,
    # with no search for each word); the running sum of their lengths is where each piece ends,
    # so that of the pieces before a token is where the token starts (no Python loop over tokens)
    pieces = (_SPLIT_TOKEN_WIDE if wide else _SPLIT_TOKEN).split(text)
    offsets = list(accumulate(map(len, pieces)))
    starts, ends = offsets[0:-1:2], offsets[1::2]
    return list(zip(pieces[1::2], starts, ends)), starts, ends, _TOKEN_WIDE if wide else _TOKEN


def tokens(text: str, start: int = 0, end: Optional[int] = None):
    """``(word, start, end)`` tokens of ``text[start:end]``; parentheses stay one token.

    The hottest function of the engine, so windows are cut from the tokens of the whole text.
    That is exact: the pattern's only look-arounds test the white space around a Dutch ``'t``
    (``Sanne in 't Hout``), so a match that begins at a token of the whole text and ends by
    ``end`` is that token, and the white space between tokens opens none. Only a window edge
    that cuts a token is read again with the pattern.
    """
    if end is None:
        end = len(text)
    if start < 0:
        return _read_tokens(text, start, end)  # ``str.find`` counts a negative start from the end
    words, starts, ends, pattern = _token_table(text)
    i = bisect_left(starts, start)
    if not i or ends[i - 1] <= start:  # (most windows) ``start`` cuts no token
        j = bisect_left(starts, end, i)  # tokens i..j-1 begin inside the window
        if j > i and ends[j - 1] > end:  # ``end`` cuts the last one: read its remainder again
            return words[i:j - 1] + _cut_token(text, words[j - 1], end, pattern)
        return words[i:j]
    cut = words[i - 1]
    if pattern is _TOKEN and cut[2] <= end and cut[0][0].isalnum() and " " not in cut[0] \
            and (text[start].isalnum() or text[start] == "_"):
        # (most such windows: "… former minister" cut in "former") ``start`` cuts, at a word
        # character, a token the word part of the pattern read: read from there, that part takes
        # the rest of the token, no more and no less (every character after is of its class)
        out, pos = [(text[start:cut[2]], start, cut[2])], cut[2]
    else:
        out, pos = [], start
    while i and ends[i - 1] > pos:  # ``pos`` cuts a token: read on until a token of the text begins
        m = pattern.search(text, pos, end)
        if m is None:
            return out
        out.append((m.group(), m.start(), m.end()))
        pos = m.end()
        i = bisect_left(starts, pos)
    j = bisect_left(starts, end)  # tokens i..j-1 begin inside the window
    if j > i and ends[j - 1] > end:  # ``end`` cuts the last one: read its remainder again
        return out + words[i:j - 1] + _cut_token(text, words[j - 1], end, pattern)
    return out + words[i:j] if out else words[i:j]


def _cut_token(text: str, token, end: int, pattern):
    """The tokens of the part of ``token`` (of the whole text) before ``end``, which cuts it.

    Most such tokens are words (a window of so many characters ends inside one): the word part
    of the pattern, which read the word, reads all of the part as one token unless it ends on a
    full stop (``U.S`` + ``.``), which needs a word character after it to go on. Others are read
    again with the pattern.
    """
    if pattern is _TOKEN and token[0][0].isalnum() and " " not in token[0] and text[end - 1] != ".":
        return [(text[token[1]:end], token[1], end)]
    return _read_tokens(text, token[1], end, pattern)


def _object_of_description_en(mention: Mention) -> bool:
    """Whether an English name's "role" is a description of someone else that the name closes as
    its object (``One pastor supporting`` Mr. Ruiz, ``a donor backing`` Lee): the role opens with
    a determiner or quantifier and ends in a lower-case participle."""
    words = (mention.role or "").split()
    return len(words) >= 2 and words[0].lower() in _DESCRIPTION_OPENERS_EN and words[-1].islower() \
        and words[-1].endswith("ing")


def _share_word_en(word: str) -> bool:
    """A word that takes a share of a group before ``of``: ``half``, ``most``, ``two-thirds``, ``45``."""
    low = word.lower()
    return low in _QUANTIFIERS_EN and low not in _SINGLE_QUANTIFIERS_EN or low in _SHARE_WORDS_EN or low.rstrip("%").isdigit() \
        or "-" in low and low.rsplit("-", 1)[1] in _SHARE_WORDS_EN


def _singular_en(plural: str) -> str:
    """A lower-case English plural's singular, roughly (``families`` -> ``family``)."""
    low = plural.lower()
    return low[:-3] + "y" if low.endswith("ies") else low[:-1]


#: Determiners before a hearer's noun (``the crowd``, ``his supporters``).
_HEARER_DETERMINERS_EN = frozenset("the his her their its our my".split())
#: Lower-case singular nouns of a hearer (``the crowd``, ``the committee``); plurals are read by form.
_HEARER_HEADS_EN = frozenset("""crowd audience committee jury court conference meeting programme program show
newspaper paper agency station channel magazine website rally""".split())
#: At most how many words between a tell-form and a quote name the hearer.
MAX_QUOTE_HEARER_WORDS_EN = 4


def quote_hearer_en(words, lex) -> bool:
    """English: whether ``words``, standing between ``told``/``telling`` and an opening mark, only
    name who was told (``the Quill``, ``reporters``, ``his supporters``, ``Radio Wessex Five``), so
    that the quote is the words said; not ``stories of`` nor ``the plan was``."""
    if not 0 < len(words) <= MAX_QUOTE_HEARER_WORDS_EN:
        return False
    rest = words[1:] if words[0].lower() in _HEARER_DETERMINERS_EN else words
    if not rest:
        return False
    for w in rest:
        if w[:1].isupper() or w in ("'s", "’s") or w.isdigit():
            continue
        low = w.lower()
        if not low.isalpha() or low in PREPOSITIONS or low in lex.stop_words:
            return False
        if low not in _HEARER_HEADS_EN and not (low.endswith("s") and not lex.is_finite_verb_form(low)):
            return False
    return True


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


@lru_cache(maxsize=1 << 16)
def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _cue_form_only_en(low: str, lex: Lexicon) -> bool:
    """An English ``-ing`` speech verb and nothing else of the function words (``yelling``):
    capitalised, it may be a surname (``Liz Yelling``)."""
    return low.endswith("ing") and (low in lex.post_cues or low in lex.pre_cues) \
        and low not in lex.stop_words and low not in opening_stop_words("en") and low not in lex.clause_openers \
        and low not in lex.adverbs_between and low not in lex.passive_cues and low not in lex.media_cues


#: Openings of Indonesian ministries', local governments' and police commands' short names
#: (``Kemenperin``, ``Kemdiktisaintek``, ``Kemhan``, ``Pemkot``, ``Polda``, ``Polsek``): a word so opened
#: is a body, never a person's name.
_BODY_PREFIXES_ID = ("kemen", "kemdik", "kemhan", "kemlu", "kemnaker", "pemkab", "pemkot", "pemprov", "pemda",
                     "polres", "polsek", "polda", "dinkes", "ditjen")


def _surname_cue_form_en(low: str, lex: Lexicon) -> bool:
    """An English speech verb's base form, no -s, -ed or -ing form nor a form of say, tell or
    write (``read``, ``post``, ``call``): capitalised after a given name, a surname."""
    return low in lex.function_words and (low in lex.post_cues or low in lex.pre_cues) \
        and not low.endswith(("s", "ed", "ing")) and low not in _NOT_SURNAME_CUES_EN


#: Speech verbs never read as a surname after a given name (``Tom Said``, ``Ann Told``).
_NOT_SURNAME_CUES_EN = frozenset("said say told tell wrote write written".split())


@lru_cache(maxsize=1 << 16)
def _double_given_name_en(word: str, lex: Lexicon) -> bool:
    """English ``KellyAnne``, ``RoseAnn``: a given name joined to another, its second part capitalised."""
    k = max(i for i, c in enumerate(word) if c.isupper())
    return k > 1 and word[k:].isalpha() and word[k:].lower() in lex.given_names


def joined_arabic_article(word: str) -> bool:
    """A name part with a joined Arabic article: ``al-Rashid``, ``el-Sayed``."""
    return word[:3] in ("al-", "el-") and word[3:4].isupper()


@lru_cache(maxsize=1 << 16)
def _sentence_adverb(word: str, lex: Lexicon) -> bool:
    """``MentionParser._sentence_adverb``: remembered across articles, as it depends on the word
    and the lexicon alone (asked of most names, and the same words open sentences everywhere)."""
    low = word.lower()
    if lex.lang != "en" or not word[:1].isupper():
        return False
    if low in _SENTENCE_ADVERBS_EN:
        return True
    if len(low) >= 8 and low.endswith(_ADVERB_SUFFIXES_EN):
        return True  # "Significantly", "Reportedly": adverb endings no surname has
    stems = (low[:-2], low[:-3] + "y", low[:-1] + "e") if low.endswith("ly") else ()
    return any(len(stem) >= 5 and lex.is_english_word(stem) for stem in stems)


@lru_cache(maxsize=1 << 16)
def _name_like(word: str, lex: Lexicon) -> bool:
    """A token that may be part of a person's name (capitalised, not a title, place or acronym).

    Cached: asked of every word of every phrase read as a speaker, and names recur.
    """
    low = word.lower()
    if low in NAME_PARTICLES:
        return True
    if joined_arabic_article(word):
        return True  # "Ali al-Rashid": an Arabic article joined to the surname
    if not word[:1].isupper() or word.startswith("("):
        return False
    if lex.lang == "en" and len(word) >= 2 and word[-1] == "." and _INITIALS.match(word[:-1]):
        return True  # a middle initial ("William A. Ackman") or initials ("J.J. Goldberg")
    if low in lex.function_words and not (lex.lang == "en" and _cue_form_only_en(low, lex)):
        return False  # "Menurut Henky", "Sementara Budi": a sentence-initial function word
    if any(c.isdecimal() for c in word):
        return False  # "Covid-19", "N219": a thing, not a person (but "AntÃ³nio", a name's accent garbled)
    if "-" in word and any(lex.is_role_word(part) or _is_acronym(part) for part in word.split("-")):
        return False  # "KOMPAS-Bupati"
    if lex.lang == "en" and "-" in word and _compound_modifier_en(word, lex):
        return False  # "Oscar-winner", "Ohio-born", "Twenty-two": a modifier or a number ("Ban Ki-moon" stays)
    if word.endswith(("'s", "’s", "s'", "s’")):
        return False  # "Hillary Carver’s campaign": a possessor, not the speaker
    if lex.lang == "en" and low.endswith(("n't", "n’t")):
        return False  # "Don’t Republicans run …?": a verb's contraction opening a question
    if _BRAND.match(word) and not (lex.lang == "en" and _double_given_name_en(word, lex)):
        return False  # "NeuroSensum", "LinkedIn": a brand, not a person (but "KellyAnne", "RoseAnn")
    if lex.lang == "id" and low.startswith(_BODY_PREFIXES_ID):
        return False  # "Kemenperin", "Pemkot": a ministry or local government
    if lex.lang == "id" and low in lex.body_names:
        return False  # "pelatih Persija Fabio Santos", "Ketua Golkar Budi": a club's or party's name
    if lex.lang == "id" and _WEB_ADDRESS.match(word):
        return False  # "Kopibisa.id", "Kompas.com": a website (a body), not a person
    if lex.lang == "id" and _DERIVED_NOUN.match(low):
        return False  # "Ketidakhadiran Rizieq", "Sepengetahuan Anita": a derived common noun
    if lex.is_role_word(word) or lex.is_place(word):
        return False
    if _is_acronym(word) and len(word) > 2:
        return False  # "KPU", "BUMN"; two-letter initials stay ("Mahdi MS", "RZ Panca")
    return True


def _compound_modifier_en(word: str, lex: Lexicon) -> bool:
    """An English hyphenated word ending in a lower-case word (``Texas-based``, ``Odell-levels``,
    ``Ruiz-friendly``) or a number (``Twenty-two``): a modifier, not a name. A short part before
    the hyphen or a part that is no English word keeps a given name (``Ki-moon``, ``Geun-hye``)."""
    head, tail = word.rsplit("-", 1)
    if head.lower() in _TENS_EN:
        return True
    if not tail[:1].islower():
        return False  # "Jean-Marc", "Kelleher-Vergantini"
    return tail in _COMPOUND_MODIFIERS_EN or (len(tail) >= 4 and len(head) >= 4 and lex.is_english_word(tail))


#: Hereditary titles written as part of the name (Javanese, Sundanese, Acehnese, Sasak).
_NAME_TITLES_ID = frozenset("raden tubagus teuku tengku lalu".split())
#: Indonesian prepositions before the person or medium spoken to or through.
_OBJECT_PREPS_ID = frozenset("dengan kepada terhadap melalui lewat via tentang bagi".split())
#: Rank words that are also Indonesian surnames (``Direktur Utama``, but ``Septa Pratama``).
_RANK_SUFFIXES_ID = frozenset("utama pratama madya muda".split())
#: Title words that are also Indonesian surnames (``Arif Hakim``): after a name word they end the name.
_TITLE_SURNAMES_ID = frozenset({"hakim"})
#: Capitalised words that, after a name word, end an Indonesian name rather than open a title.
_NAME_ENDING_TITLE_WORDS_ID = _RANK_SUFFIXES_ID | _TITLE_SURNAMES_ID
#: Services a rank may name ("Jenderal TNI") that also close a title ("Kapuspen TNI").
_SERVICES_ID = frozenset({"tni", "polri"})
#: Indonesian corps and services written after a military rank (``Letnan Kolonel Inf``, ``Kolonel Laut``);
#: the abbreviations among them are no word of a body's name (unlike ``Angkatan Laut``).
_CORPS_ABBREVIATIONS_ID = frozenset("inf mar kav czi arh cpm pnb".split())
_SERVICE_BRANCHES_ID = _CORPS_ABBREVIATIONS_ID | frozenset("laut udara darat".split())
#: Indonesian title words that follow the noun they qualify (``Imam Besar``): the office's head
#: noun before it is read from the lexicon's ``rank_compounds`` (``Imam`` is also a given name).
_POSTPOSED_TITLE_WORDS_ID = frozenset({"besar"})
#: Hospital acronyms: a one-word name after one ("RSUP Prof Ngoerah") names the hospital.
_HOSPITALS_ID = frozenset("rs rsu rsup rsud rsia rsj".split())
#: Balinese birth-order names: after "I" or "Ni" they open a person's name ("I Wayan Sudana"),
#: whatever capitalised words (a hospital's "Prof Ngoerah") stand before them.
_BALINESE_ORDER_ID = frozenset("wayan putu gede luh made kadek nengah nyoman komang ketut".split())
#: Offices and bodies whose name ends in ``Agung`` (supreme): the word after them is no given name.
_SUPREME_OFFICES_ID = frozenset("kejaksaan mahkamah jaksa hakim".split())
#: Balinese caste titles written as initials before the name (``IGN`` = I Gusti Ngurah, ``AA`` = Anak
#: Agung, ``IB`` = Ida Bagus): they open the person's name, unlike a body's acronym before a name.
_BALINESE_INITIALS_ID = frozenset("IGN IGA IGK IGM IGP IGB IGAA IGAN IGNA AA AAN AAG AAGN AAA IB IBG IDG IDA".split())
#: Nouns that open a state body's name (``Badan Pengelola … (Danantara)``): a name after them is the body's.
#: Modals and negations (Indonesian): a word of a clause, never of a title.
#: The longest lower-case description of a body set off between a title and a name.
MAX_BODY_ASIDE_WORDS_ID = 6
_MODAL_WORDS_ID = frozenset("perlu harus akan tidak tak bisa dapat sudah telah belum masih sedang boleh wajib bukan".split())
_ORG_NOUNS_ID = frozenset("badan kementerian dinas direktorat komisi dewan kantor biro".split())
#: Further heads of a body's proper name, read as a body only when every word of the name is
#: capitalised (``Organisasi Kesehatan Dunia``, ``Pusat Informasi Harga Pangan Strategis``; not
#: ``Organisasi kemasyarakatan (ormas) Islam``, a description).
_PROPER_ORG_NOUNS_ID = frozenset("organisasi pusat lembaga persyarikatan yayasan bank klub".split())
#: Indonesian lower-case nouns of a settlement or region: the capitalised word after one is the
#: place's name (``di desa Sukamaju Budi Santoso``), never a given name.
_LOWER_PLACE_NOUNS_ID = frozenset("desa kampung kelurahan kecamatan kota kabupaten".split())
#: Indonesian village-level unit nouns as a title writes them (``warga Desa Sukamaju``): a lone
#: capitalised word after one is the unit's name.
_VILLAGE_UNITS_ID = frozenset("Desa Kelurahan Dusun Kampung".split())
_MONTHS_ID = frozenset("januari februari maret april mei juni juli agustus september oktober november desember".split())


#: Indonesian nouns for a vehicle: a capitalised name after one is its make or model (``mobil
#: Toyota Kijang``), never a person's.
_VEHICLES_ID = ("mobil", "motor", "truk", "bus", "kendaraan", "kapal", "pesawat", "helikopter", "minibus")


def _at_word_start(words) -> str:
    """A pattern for any of ``words`` at the start of a word: ``\\b(?:mobil|motor)`` written with
    each word's first letter before the look back for the boundary (``m(?<=\\bm)obil``), so that
    the regex engine skips to those letters instead of trying the boundary at every offset."""
    return "(?:%s)" % "|".join(f"{w[0]}(?<=\\b{w[0]}){w[1:]}" for w in words)


@lru_cache(maxsize=4)
def _thing_positions(text: str, markers: frozenset):
    """Where a titled work's name may begin in the Indonesian article ``text`` (after ``berjudul``
    or ``bertajuk`` and an optional mark), and where a vehicle's model may (after ``mobil`` and
    ``k`` capitalised words of its make, as ``(k, offset)``, k up to 2): read once per article."""
    titled = [m.end() for m in re.finditer(_at_word_start(sorted(markers)) + r"\s+[“\"‘']?", text)] if markers else []
    vehicles = []
    for m in _VEHICLE_NOUN_ID.finditer(text):
        at = m.end()
        for k in range(3):
            vehicles.append((k, at))
            word = _MAKE_WORD_ID.match(text, at)
            if word is None:
                break
            at = word.end()
    return titled, vehicles


#: A vehicle noun of ``_VEHICLES_ID`` and the space after it.
_VEHICLE_NOUN_ID = re.compile(_at_word_start(_VEHICLES_ID) + r"\s+")
#: A capitalised word of a make or model after it.
_MAKE_WORD_ID = re.compile(r"[A-Z][\w-]*\s+")
#: One to three capitalised words, each after spaces (the rest of a name after its first word).
_CAPITALISED_WORDS_AFTER = re.compile(r"(?:[ ]+[A-Z][\w'’\-]*){1,3}")


@lru_cache(maxsize=4096)
def _thing_name_id(text: str, name: str, markers: frozenset, loose: bool) -> bool:
    """Whether the Indonesian article ``text`` gives ``name`` as a titled work (after ``berjudul``
    or ``bertajuk``, in marks or not) or as a vehicle's model after its make (``mobil Toyota
    Kijang``; with ``loose``, for a name after a lower-case description like ``pengemudi``,
    also right after the vehicle noun: ``mobil Kijang``)."""
    if not name or name not in text:
        return False
    titled, vehicles = _thing_positions(text, markers)
    if not titled and not vehicles:
        return False
    fewest = 0 if loose else 1
    return any(_whole_at(text, name, at) for at in titled) \
        or any(_whole_at(text, name, at) for k, at in vehicles if k >= fewest)


def _whole_at(text: str, word: str, at: int) -> bool:
    """Whether ``text`` has ``word`` at ``at`` and a word boundary after it (as the escaped word
    and a boundary would match there), with no pattern built for each name."""
    end = at + len(word)
    return text.startswith(word, at) and _is_word_char(word[-1]) != (end < len(text) and _is_word_char(text[end]))


def _is_word_char(c: str) -> bool:
    """A word character of a ``str`` pattern: a letter, a digit or an underscore (as ``str.isalnum``)."""
    return c.isalnum() or c == "_"


def non_source_head_id(low: List[str], lex: Lexicon) -> bool:
    """Whether Indonesian phrase words ``low`` (lower-cased) open with a noun for a plan, content
    or a motto (the lexicon's ``non_source_heads``; also with the clitic ``-nya``: ``Semboyannya``),
    not followed by a title word (``konten kreator Budi`` is a person)."""
    if not low:
        return False
    head = low[0]
    if head not in lex.non_source_heads and not (
            head.endswith("nya") and (head[:-3] in lex.non_source_heads or head[:-4] in lex.non_source_heads)):
        return False
    return len(low) == 1 or low[1] not in lex.titles
#: Indonesian offices held over a place, written ``Camat Sukamaju``, ``Bupati Gresik``: the
#: capitalised word after the title names the place before it names the holder.
_PLACE_TITLES_ID = frozenset("""camat lurah kades bupati wabup gubernur wagub walkot kapolres kapolresta
    kapolsek kapolda dandim danrem danramil kajari kajati sekda pangdam""".split())


def takes_place_id(title: List[str]) -> bool:
    """Whether the Indonesian title words ``title`` end in an office held over a place
    (``Camat``, ``Wakil Bupati``, ``Wali Kota``)."""
    if not title:
        return False
    last = title[-1].lower()
    return last in _PLACE_TITLES_ID or (last == "kota" and len(title) >= 2 and title[-2].lower() == "wali") \
        or numbered_school_id(title)


#: Indonesian schools named by a number and then their place (``SMAN 2 Sukamaju``, ``SD Negeri 1 X``)
_SCHOOLS_ID = frozenset("sman smkn smpn sdn sma smk smp sd man mtsn mts min".split())


def numbered_school_id(title: List[str]) -> bool:
    """Whether the Indonesian title words ``title`` end in a school and its number (``Kepala
    SMKN 1``, ``Guru SD Negeri 4``): the word after them is the school's place, no name."""
    if len(title) < 2 or not title[-1].isdigit():
        return False
    school = title[-2].lower()
    if school == "negeri" and len(title) >= 3:
        school = title[-3].lower()
    return school in _SCHOOLS_ID


def _not_a_name_id(word: str, lex: Lexicon) -> bool:
    """A lone capitalised Indonesian word that cannot be a person: a function word or
    conjunction (spaCy's stop words: ``Jika``, ``Sebab``), a month, or a common noun with the
    clitic ``-nya`` (``Tujuannya``, ``Pihaknya``)."""
    low = word.lower()
    if low in opening_stop_words("id") or low in _MONTHS_ID:
        return True
    return len(low) > 6 and low.endswith("nya") and lex.is_common_word(low[:-3])


#: Styles that belong to an English name given in full ("Sir Alan Marsh", "Dame Judi Dench").
_KNIGHTLY_EN = frozenset({"Sir", "Dame"})
#: British peerage styles that make the name of a peer with a single word after them ("Lord Falconer").
_PEERAGE_EN = frozenset({"Lord", "Baroness"})
#: Last words of an agency's name after a country's letters (``US Customs``, ``UK Border Force``,
#: ``US Border Patrol``) beside the lexicon's institution words: the run names a body, not a person.
_AGENCY_HEADS_EN = frozenset("Customs Patrol Guard Police Service Revenue Excise Immigration Marshals Army Navy".split())


def _dotted_country_en(lead) -> bool:
    """English: whether the tokens ``lead`` are only a country's dotted short form (``U.S`` + ``.``)."""
    return "".join(w[0] for w in lead).replace(".", "").lower() in _COUNTRY_SHORT_FORMS_EN


def _from_balinese_opener(run):
    """The name run from a Balinese ``I``/``Ni`` + birth-order name inside it on (``RSUP Prof
    Ngoerah I Wayan Sudana`` -> ``I Wayan Sudana``): the words before belong to the title."""
    for k in range(1, len(run) - 1):
        if run[k][0] in {"I", "Ni"} and run[k + 1][0].lower() in _BALINESE_ORDER_ID:
            return run[k:]
    return run


#: English honorifics that are one only with their full stop (``Del. Ann Baker``; ``Del Rio`` is a name).
_DOTTED_HONORIFICS_EN = frozenset({"del"})


def _strip_honorifics(words: List[Tuple[str, int, int]], lex: Lexicon):
    """Drop honorifics and ranks at the front of a name (``Pak``, ``Dr.``, ``AKBP``)."""
    while words and ((bare := words[0][0].lower().strip(".")) in lex.honorifics or bare in lex.ranks
                     or bare in _DOTTED_HONORIFICS_EN and len(words) > 2 and words[1][1] == words[0][2] + 2):
        # "Del. Ann Baker" (a delegate): with its full stop only, never "Del Toro", "Del Rio"
        if lex.lang == "id" and words[0][0].lower() in _NAME_TITLES_ID and (len(words) == 1 or words[1][0][:1].isupper()):
            break  # "Raden Bagus Arya Wibisana", "kata Raden": a hereditary title is part of the name
        words = words[1:]
    return words


#: English words that end a clause or a list before a title (``The row grew when Ferguson said``,
#: ``… a bid in the spring - but Parry claims``): the role starts after the last of them.
_ROLE_CLAUSE_BREAKS_EN = frozenset("when while whilst if but because after before since though although until "
                                   "whereas unless that - — – ;".split())
#: English auxiliaries that open a question or a clause before a name (``Was Ann Lee right``);
#: ``May``/``Will`` are left out: a month or a first name.
_ROLE_AUXILIARY_BREAKS_EN = frozenset("is was are were has had have would could did does should".split())
#: English nouns of a message sent by a person (``an open letter from company president Ann
#: Lee``): the words after their ``from`` are the role.
_ROLE_MESSAGE_NOUNS_EN = frozenset("letter message statement memo note email e-mail plea appeal warning "
                                   "call tweet post video speech".split())
#: English nouns of an event or act done to or by a person (``the withdrawal of tycoon Ann
#: Lee``, ``the endorsement of former Sen. Tom Hale``): the phrase up to their ``of`` names
#: what happened, not who the person is.
_ROLE_EVENT_NOUNS_EN = frozenset("withdrawal endorsement appointment resignation departure arrival dismissal "
                                 "removal sacking election nomination arrest release return exit death "
                                 "backing support signing retirement replacement defeat victory".split())
#: Words of an English time phrase opening a sentence (``A day earlier``, ``Last April``,
#: ``Earlier this month``): such a phrase before a name is no role.
_TIME_PHRASE_WORDS_EN = frozenset("""a an the last next this that earlier later ago before after day days week weeks
month months year years morning afternoon evening night weekend yesterday today tomorrow
spring summer autumn winter""".split()) | _DAYS_EN | _MONTHS_EN
_TIME_HEADS_EN = _TIME_PHRASE_WORDS_EN - frozenset("a an the this that".split())


def _time_phrase_en(words) -> bool:
    """Whether ``words`` (tokens) are only an English time phrase (``A day earlier``, ``Last April``)."""
    low = [w[0].lower() for w in words]
    return bool(low) and all(w in _TIME_PHRASE_WORDS_EN or w.isdigit() for w in low) \
        and any(w in _TIME_HEADS_EN for w in low)


#: An English aside between spaced hyphens closing a subject phrase (``Ann Lee - a farmer - has``).
_HYPHEN_ASIDE_EN = re.compile(r" - [^-\n\"“”]{3,160}? - ((?:\w+ ){0,2})\s*$")
#: The same between typed double hyphens, or between spaced hyphens with quotation marks in it.
_TYPED_DASH_ASIDE_EN = re.compile(r" -- [^\n]{3,200}? -- ((?:\w+ ){0,2})\s*$|"
                                  r" - (?:who|which) [^-\n]{0,160}?[\"“”][^-\n]{0,160}? - ((?:\w+ ){0,2})\s*$")
#: The passive frame of an English report between its subject and ``saying``
#: (``the minister was quoted by Interfax as saying``).
_QUOTED_AS_EN = re.compile(r"\s+(?:is|was|were|are|has been|have been|had been)\s+(?:\w+ly\s+)?quoted"
                           r"(?:\s+by\s+[^,.;\"“”]{1,60}?)?\s+as\s*$")
#: A cue set off by commas inside the reported clause (``The answer, Ann Lee says, is …``):
#: the phrase before the name is the clause's subject, not the person's role.
_ASIDE_CUE_EN = re.compile(r"[a-z]+,")
#: British post-nominal letters after a name (``Frank Field MP``): not part of the name.
_POSTNOMINALS_EN = frozenset({"MP", "MEP", "MSP", "QC"})


#: Prepositions that open an English time phrase before a subject (``In January the IFS said``).
_TIME_LEAD_PREPS_EN = frozenset("in on during since by".split())
#: Words of such a time opener: not ``after``/``before`` (``After the talks the union said``
#: opens a clause of its own).
_TIME_LEAD_WORDS_EN = (_TIME_HEADS_EN | {"this"}) - {"after", "before"}


#: An English aside giving examples of the subject ("Other agencies, such as the IMF, said"): no speaker.
_EXAMPLE_ASIDE_EN = re.compile(r"\s*such\s+as\s")
#: Lower-case words opening the subject of a clause after an inner subordinator (``as a few writers``).
_CLAUSE_SUBJECT_LEADS_EN = frozenset("a an the some many several most few two three four five dozens hundreds".split())
#: Words before ``as`` that make it no subordinator (``such as``, ``the same as``, ``so as``).
_AS_NOT_SUBORDINATING_EN = frozenset("such same so just well much many far long soon twice half serves serve act acts".split())
#: Words that may stand right before a determiner inside one English noun phrase ("half the
#: votes", "all the members", "twice the size"): no contact clause starts after them.
_CONTACT_JOINERS_EN = frozenset("all half both twice once quite such rather many what of and or nor but than".split())


def _relative_lead_en(ws) -> int:
    """How many words open an English relative clause before its own subject: ``where``
    (``…, where lawyers say``) or a preposition and ``which``/``whom`` (``…, in which students
    allege``, ``…, among whom officials said``); the subject follows them. 0 otherwise, and 0
    when nothing would be left."""
    if not ws:
        return 0
    first = ws[0][0].lower()
    if first == "where":
        k = 1
    elif len(ws) >= 2 and first in PREPOSITIONS and ws[1][0].lower() in ("which", "whom"):
        k = 2
    else:
        return 0  # most phrases: no clause opener (the second word is lowered only after a preposition)
    return k if k < len(ws) else 0


def _time_lead_en(ws) -> int:
    """How many leading words of an English subject phrase are a time opener with no comma
    (``In January``, ``Last week``, ``On 3 March``) right before a determiner that opens the
    real subject (``the independent IFS``); 0 when there is none."""
    k = 1 if ws[0][0].lower() in _TIME_LEAD_PREPS_EN else 0
    heads = 0
    while k < len(ws) and (ws[k][0].lower() in _TIME_LEAD_WORDS_EN or ws[k][0].isdigit()):
        heads += ws[k][0].lower() in _TIME_HEADS_EN
        k += 1
    if not heads or k >= len(ws) - 1 or ws[k][0].lower() not in {"the", "a", "an"}:
        return 0
    return k


def _role_after_clause_en(role_words):
    """The words of an English role after the last clause break among them (none when a
    clause ends right before the name: ``If Alex Kapranos …``); a finite auxiliary is such a
    break too (``VOTE Was Ann Lee right to …?``: a poll question, no title)."""
    cut = max((k for k, w in enumerate(role_words) if w[0].lower() in _ROLE_CLAUSE_BREAKS_EN
               or (w[0].lower() in _ROLE_AUXILIARY_BREAKS_EN and not w[0].isupper())), default=-1)
    role_words = role_words[cut + 1:]
    if len(role_words) > 2 and any(w[0] in ("of", "from") for w in role_words):
        of = next(k for k, w in enumerate(role_words) if w[0] in ("of", "from"))
        if of and role_words[of - 1][0] in (_ROLE_EVENT_NOUNS_EN if role_words[of][0] == "of"
                                             else _ROLE_MESSAGE_NOUNS_EN):
            # "the withdrawal of tycoon Ann Lee", "an open letter from company president Ann Lee":
            # the event or the message is no role; the words after it are
            return role_words[of + 1:]
    return role_words


def _title_modifiers_en(role_words, first_title: int, lex: Lexicon) -> int:
    """Where an English title starts: the capitalised words right before its first title word
    belong to it (``Environment Secretary``, ``South Africa Finance Minister``, ``Tory leader``)."""
    k = first_title
    if k > 0 and role_words[k - 1][0].lower() in _ORDINAL_TITLE_WORDS_EN and role_words[k - 1][0][:1].isupper():
        k -= 1  # "First Minister", "Second Secretary": the ordinal is the title's
    while k > 0 and (role_words[k - 1][0][:1].isupper() and role_words[k - 1][0].lower() not in lex.function_words
                     and role_words[k - 1][0].lower() not in {"the", "a", "an"}
                     or _field_modifier_en(role_words, k - 1, lex)
                     # "Sunday Herald reporter": a weekday before a capitalised word that is no title
                     # is part of a paper's name (but "Monday Minister Lee" is no such name)
                     or k < first_title and _weekday_name_part_en(role_words, k - 1, lex)):
        k -= 1
    return k


def _weekday_name_part_en(role_words, k: int, lex: Lexicon) -> bool:
    """Whether ``role_words[k]`` is a capitalised weekday opening a name (``Sunday Herald``
    reporter): a capitalised word that is no title or function word follows it, and no time
    lead stands before it (``last Sunday Labour leader``: a date)."""
    if k + 1 >= len(role_words) or not role_words[k][0].istitle() or role_words[k][0].lower() not in _DAYS_EN:
        return False
    if k > 0 and role_words[k - 1][0].lower() in _TIME_LEADS_EN:
        return False
    nxt = role_words[k + 1][0]
    return nxt[:1].isupper() and nxt.lower() not in lex.titles and nxt.lower() not in lex.function_words


def _field_modifier_en(role_words, k: int, lex: Lexicon) -> bool:
    """Whether ``role_words[k]`` is a lower-case word of a title's field (``shadow home``
    secretary, ``work and pensions`` spokesman, ``film`` director), not a verb before it."""
    low = role_words[k][0].lower()
    if low == "and":
        return k > 0 and (role_words[k - 1][0].lower() in lex.title_modifiers or _capitalised_pair_en(role_words, k, lex))
    # a noun of the field ("usability guru"); but not "version of", "description of": a noun
    # before a function word the title list holds
    return low in lex.title_modifiers or (_noun_modifier_en(role_words[k][0], lex) and k + 1 < len(role_words)
                                          and role_words[k + 1][0].lower() not in opening_stop_words("en"))


def _noun_modifier_en(word: str, lex: Lexicon) -> bool:
    """Whether a lower-case ``word`` before a title is a noun naming its field (``usability``
    guru, ``security`` expert, ``magazine's`` reviews editor): a word known only as a noun, not
    a verb or adjective before the title (``slated comedian …``, ``opposing skipper``), nor a
    time word (``Last week party leader …``)."""
    base = re.sub(r"['’]s$", "", word)
    return base.islower() and base not in _TIME_PHRASE_WORDS_EN and lex.is_plain_noun(base)


def _capitalised_pair_en(role_words, k: int, lex: Lexicon) -> bool:
    """Whether the ``and`` at ``k`` joins two capitalised field words of one English title
    (``Trade and Industry Secretary``, ``British and Irish Lions coach``), not a name and a
    second title (``Lee and Chancellor Ann Roe``)."""
    if not 0 < k < len(role_words) - 1:
        return False
    before, after = role_words[k - 1][0], role_words[k + 1][0]
    return before[:1].isupper() and after[:1].isupper() and not lex.is_role_word(after) \
        and after.lower().strip(".") not in lex.honorifics and before.lower() not in lex.function_words


#: Prepositions opening an English adverbial read before a name (``During the interview Mr Blair``).
_ROLE_ADVERBIAL_OPENERS_EN = frozenset("in at on during after before since under over with from".split())

#: A short quoted title in title case (``“Growth and Opportunity Project,”``).
_QUOTED_TITLE_AFTER_EN = re.compile(r"[ \t]+[“\"](?:[A-Z][\w'’\-]*[ \t]+(?:(?:and|of|the|for|in|on|to|a)[ \t]+)*){0,6}"
                                    r"[A-Z][\w'’\-]*(?=[,.]?[”\"])")
#: The closing mark of each opening mark of such a title.
_CLOSER_OF_TITLE_OPENER_EN = {"“": "”", "\"": "\""}
#: An English description's last word naming the person it describes (``the chief known as Ray``).
_KNOWN_AS_EN = re.compile(r"(?:known[ \t]+as|nicknamed|dubbed)[ \t]+(?=[A-Z])")
#: Words that open an English aside giving a named subject's other name ("Moya, nicknamed Charly,").
_NICKNAME_OPENERS_EN = ("nicknamed ", "dubbed ", "aka ", "known as ", "also known as ", "better known as ")
#: Ordinals that open an English title ("First Minister"), though "first" opens sentences too.
_ORDINAL_TITLE_WORDS_EN = frozenset("first second third".split())
#: Courtesy titles: the capitalised word after one is a surname, even a title word ("Mr. King").
_COURTESY_TITLES_EN = frozenset("mr mrs ms miss".split())
#: Honorifics that name no office (courtesy titles, a degree's or a chair's): after one, the body a
#: person stands for (``Dr. Ann Lee of the Harlow Center``) is the only role the article gives.
_OFFICELESS_HONORIFICS_EN = _COURTESY_TITLES_EN | frozenset("dr prof".split())
#: The gender each English courtesy title gives.
_COURTESY_GENDER_EN = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
#: A "role" this long is a clause read before a name, not a title to look a person up by.
MAX_ROLE_WORDS = 12


#: A unit's letter after its noun (``Regu B``, ``Peleton C``); not I, V, X (regnal numerals: ``Hamengku Buwono X``).
_UNIT_LETTER_ID = re.compile(r"[A-HJ-UWYZ]")
#: Name words needed before an office's sub-unit field is taken from them (``Kepala Bidang Irigasi
#: Jaya Putra Sembiring``): the field word plus a name of two words at least, so no name is left single.
_MIN_WORDS_FIELD_AND_NAME_ID = 3
#: A Roman numeral numbering a unit (``Komisi IV``, ``Kodam XII``): it closes the title, never opens a name.
_UNIT_NUMERAL_ID = re.compile(r"X{0,2}(?:IX|IV|V?I{0,3})")
#: Nouns of units named by a letter (``Regu B``); a letter after any other word is a middle initial (``Imam B Santoso``).
_UNIT_NOUNS_ID = frozenset("regu peleton pleton kompi batalyon kelompok tim grup pos sektor zona seksi unit blok kelas "
                           "gedung lantai ruang paviliun bangsal wing".split())


def _written_inside_sentence(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word after a space that follows a word or a
    comma (no sentence or clause opens there): ``str.find`` over its occurrences, no regex scan of
    every position."""
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        if pos >= 2 and text[pos - 1] in " \t" and (end >= len(text) or not (
                text[end].isalnum() or text[end] in "'’")):
            k = pos - 1
            while k > 0 and text[k] in " \t":
                k -= 1
            if text[k] not in ".!?\"“”:;(-–—\n":
                return True
        pos = text.find(word, end)
    return False


#: Capitalised stop and function words that never name a firm: a clause's demonstrative (``That
#: suggests …``), an adverb, a day or month (``announced Friday``).
_NO_FIRM_WORDS_EN = frozenset("""that there here then thus so yet also still now today tonight yesterday
tomorrow""".split()) | _DAYS_EN | _MONTHS_EN


#: Indonesian offices that a lower-case title word names without its holder (``menurut
#: presiden``, ``kata sang menteri``); the lexicon's other title words (``hukum``, ``mantan``,
#: ``anak``, ``senior``) only modify a title and name no one on their own.
_BARE_OFFICES_ID = frozenset("""presiden wapres menteri gubernur wagub bupati wabup walikota camat lurah
kapolri kapolda kapolres kapolsek jaksa hakim rektor dekan direktur panglima komandan pelatih raja ratu
sultan paus""".split())

#: Capitalised words an Indonesian passive's agent may run to: a two-word title, a place and a
#: three-word name (``digugat Kepala Desa Sukamaju Budi Santoso Putra``).
_MAX_AGENT_WORDS_ID = 6


@lru_cache(maxsize=None)
def _passive_agent_re(verb: str):
    """``diadukan (oleh) Rina Marlina``: the capitalised name after the passive verb (group 1),
    and `` dan X`` when a second one follows (group 2)."""
    return re.compile(r"\b" + verb + r"\s+(?:oleh\s+)?((?:[A-Z][\w'-]+\s+){0," + str(_MAX_AGENT_WORDS_ID - 1)
                      + r"}[A-Z][\w'-]+)(\s+dan\s+[A-Z])?")


def _person_agent_id(agent: Mention, lex: Lexicon) -> bool:
    """Whether the capitalised words after an Indonesian passive (``diadukan Rina Marlina``) are
    a person's name: two words or more (one is more often an outlet, ``dilaporkan Kompas``), no
    day or month (``dilaporkan Senin``), no letters such as ``TV`` (an outlet) and no body's
    head or letters before it (``digugat PT Sinar Maju``, ``LSM Wahana Hijau``); a person's
    title may lead, a body's name inside it (``Bupati Rina``, ``Kepala Desa Sukamaju Budi``)."""
    if agent.kind != NAME or not agent.name:
        return False
    words = agent.name.split()
    if len(words) < 2 or any(w.lower() in _DAYS_ID or w.lower() in _MONTHS_ID or (len(w) > 1 and w.isupper())
                             for w in words):
        return False
    head = agent.role.split()[0] if agent.role else ""
    low = head.lower().strip(".")
    return not head or low in lex.titles or low in lex.ranks \
        or not (low in lex.org_heads or low in lex.institution_words or (len(head) > 1 and head.isupper()))


#: The Indonesian article before an office named without its holder (``sang presiden``).
_OFFICE_ARTICLE_ID = "sang "


def bare_office_id(text: str, lex) -> Optional[str]:
    """Indonesian ``presiden``, ``sang menteri``: the lower-case title word of an office named
    without its holder (after ``sang`` if any), else None. Only words of ``_BARE_OFFICES_ID``
    that the lexicon holds as titles count."""
    word = text[len(_OFFICE_ARTICLE_ID):] if text.lower().startswith(_OFFICE_ARTICLE_ID) else text
    if " " in word or not word.islower() or word not in _BARE_OFFICES_ID or word not in lex.titles:
        return None
    return word


class MentionParser:
    """Reads speaker noun phrases for one language, optionally helped by an NER function.

    Args:
        lex: the language's lexicon.
        find_people: optional ``f(text) -> [(start, end), ...]`` giving PERSON spans (a
            trained NER); when it finds a person inside a phrase, its span is the name.
    """

    def __init__(self, lex: Lexicon, find_people: Optional[Callable] = None):
        self.lex = lex
        self.find_people = find_people
        self._chunks = {}
        self._before_cues = {}  # (start, end) -> (text, before_cue's reading), as ``_chunks``
        #: The first words of the links ``lex.alias_re`` finds (``aka``, ``also`` of ``also known as``).
        self._alias_leads = tuple({link.split()[0].lower() for link in ("alias", "a.k.a", "aka") + lex.nickname_links})
        # (id(text), word) -> (text, _common_word_name_en): asked per cue. Keyed by the text too, as
        # callers pass the article or a piece of it (a headline, a chunk); the stored text guards
        # against a recycled id
        self._common_names = {}

    # -- classification of a comma-free chunk ------------------------------------------
    def chunk(self, text: str, start: int, end: int) -> Optional[Mention]:
        """Parse one comma-free chunk ``text[start:end]`` into a mention (or None if empty).

        Several rules read the same phrase (a sentence's subject is met as a run of
        capitals, as a subject and before a cue): it is parsed once per text, and each
        caller gets its own copy, free to change.
        """
        seen = self._chunks.get((start, end))
        if seen is None or seen[0] is not text:
            parsed = self._parse_chunk(text, start, end)
            if parsed is not None and self.lex.lang == "en" and (parsed.kind == TITLE or (
                    parsed.kind == DESCRIPTION and text[start:end].split(None, 1)[0] in _TITLE_MODIFIER_LEADS_EN)):
                parsed = self._titled_name_of_home_en(text, parsed) or parsed  # "(former) Gov. Ann Lee of Ohio"
            elif parsed is not None and parsed.kind == ORGANISATION and self.lex.lang == "en":
                parsed = self._person_of_home_en(text, parsed) or parsed
            if parsed is not None and self.lex.lang == "en" and (parsed.kind in (TITLE, ORGANISATION) or (
                    parsed.kind == DESCRIPTION and parsed.text[-1:].isalpha()
                    and self.lex.is_place(parsed.text.rsplit(None, 1)[-1]))):
                # (a description only when it ends in a place word: "… spokesman Tom Preston")
                parsed = self._place_surname_en(text, parsed) or parsed
            if parsed is not None and parsed.kind in (NAME, TITLE, ORGANISATION) and self.lex.lang == "en":
                parsed = self.group_of_person(text, parsed) or parsed
            if parsed is not None and parsed.kind != DESCRIPTION and self.lex.lang == "en" and " by " in text[start:end]:
                parsed = self.record_by_source_en(text, parsed) or parsed
            seen = self._chunks[(start, end)] = (text, parsed)
        m = seen[1]
        return None if m is None else Mention(m.kind, m.text, m.start, m.end, m.name, m.role, m.aliases)

    def _record_by_listed_body_en(self, text: str, parts) -> Optional[Mention]:
        """English ``A report released in May by the Academy of Arts, Letters and Medicine``: a
        record and its authors (``record_by_source_en``) whose body's name lists capitalised words
        with commas: the whole phrase is the source, not the last listed word."""
        if " and " not in text[parts[-1][0]:parts[-1][1]] and " & " not in text[parts[-1][0]:parts[-1][1]]:
            return None
        for k, part in enumerate(parts[1:], 1):
            ws = tokens(text, *part)
            if not ws or len(ws) > 6 or not all(w[0][:1].isupper() or (w[0] in {"and", "&", "of"} and j)
                                                or (w[0] in {"and", "&"} and k == len(parts) - 1)
                                                for j, w in enumerate(ws)):
                return None  # "…, Ann Lee, said": a name in apposition or a clause, no listed name
            if (k < len(parts) - 1) == (ws[0][0] in {"and", "&"} or " and " in text[part[0]:part[1]]):
                return None  # the list's words, then its "and" in the last part only
        head = self.chunk(text, *parts[0])
        if head is None or head.start != parts[0][0] or not head.text.split()[-1][:1].isupper():
            return None
        record = head if head.kind == DESCRIPTION and " by " in head.text else self.record_by_source_en(text, head)
        if record is None or record.start != parts[0][0]:
            return None
        end = tokens(text, *parts[-1])[-1][2]
        return Mention(DESCRIPTION, text[record.start:end], record.start, end)

    def record_by_source_en(self, text: str, mention: Mention) -> Optional[Mention]:
        """English ``A report released in May by the Academy of Arts and Medicine``, ``a 2013 study
        by Ann Lee and Tom Roe``: a record (``_RECORD_BY_HEADS_EN``) and the ``by`` phrase of its
        authors, the whole phrase the source (as ``According to a study by …``), not the last name."""
        ws = tokens(text, mention.start, mention.end)
        if len(ws) < 4 or ws[0][1] != mention.start or ws[0][0].lower() not in ("a", "an", "the"):
            return None
        k = 1
        while k < min(len(ws), 4) and ws[k][0].lower() not in _RECORD_BY_HEADS_EN and (ws[k][0][:1].isdigit() or ws[k][0].islower()):
            k += 1  # "a 2013 study", "a new report"
        if k >= len(ws) or ws[k][0].lower() not in _RECORD_BY_HEADS_EN:
            return None
        by = next((j for j, w in enumerate(ws[k + 1:k + 6], k + 1) if w[0] == "by"), None)
        if by is None or not all(w[0].islower() or w[0][:1].isdigit() or w[0][:1].isupper() and ws[j - 1][0] == "in"
                                 for j, w in enumerate(ws[k + 1:by], k + 1)):
            return None  # "released in May by": a participle and its time, then the authors
        return Mention(DESCRIPTION, mention.text, mention.start, mention.end)

    def group_of_person(self, text: str, mention: Mention) -> Optional[Mention]:
        """English ``Advisers to Mr. Rubin``, ``two aides to Gov. Ann Lee``, ``Lawyers for Ms. Lee``,
        ``Officials at the Border Unit``: a group around a person or in a body speaks, not the
        person or body named after it; the whole phrase is the source."""
        if mention.start >= 0 and _PERSON_GROUP_FORM_EN.search(text[mention.start:mention.end].lower()) is None:
            return None  # no group noun in the phrase (most names): none of its words can be one
        ws = tokens(text, mention.start, mention.end)
        k = 0
        while k < min(len(ws), MAX_GROUP_MODIFIERS_EN) and (
                ws[k][0].lower() in _DESCRIPTION_OPENERS_EN or ws[k][0].lower() in _GROUP_MODIFIERS_EN):
            k += 1
        if k + 2 >= len(ws) or ws[k][0].lower() not in _PERSON_GROUPS_EN or ws[k + 1][0].lower() not in _GROUP_LINKS_EN \
                or ws[0][1] != mention.start:
            return None
        return Mention(DESCRIPTION, mention.text, mention.start, mention.end)

    def _titled_name_of_home_en(self, text: str, mention: Mention) -> Optional[Mention]:
        """English ``Gov. Ann Lee of Ohio``, ``Representative Tom Roe of New York``: a title and a
        name, then ``of`` and the place or body the person stands for; the person, not a title."""
        cut = _OF_HOME_EN.search(text, mention.start, mention.end)
        if cut is None:
            return None
        head = self._parse_chunk(text, mention.start, cut.start())
        if head is None or head.kind != NAME or len(head.name.split()) < 2:
            return None
        # the title as written ("Gov.", "Representative"), which the name's role may have dropped
        role = (head.role or "").split() or text[head.start:head.end].split()[:1]
        lead = role[0] in _TITLE_MODIFIER_LEADS_EN
        if lead:
            # "former Gov. Ann Lee": the role is the modifier and the title as written
            role = text[head.start:text.find(head.name, head.start, head.end)].split()
        if not all(self.lex.is_role_word(w) or w.lower().strip(".") in self.lex.honorifics or w in _TITLE_MODIFIER_LEADS_EN
                   for w in role) or len(role) < 1 + lead or fold(role[-1]) in fold(head.name).split():
            return None  # not "Bank of America", "Secretary of State"
        # "Dr. Ann Lee of the Harlow Center": an honorific is no role, so the body she stands for is,
        # as for a bare name ("Ann Lee of the Harlow Center", _person_of_home_en); a title stays the role
        honorific_only = all(w.lower().strip(".") in _OFFICELESS_HONORIFICS_EN for w in role)
        home = head.role or (text[cut.start():mention.end].strip() if honorific_only else None)
        return Mention(NAME, mention.text, mention.start, mention.end, head.name, " ".join(role) if lead else home,
                       head.aliases)

    def _place_surname_en(self, text: str, mention: Mention) -> Optional[Mention]:
        """English ``Rep. Tom Israel``, ``Tom Israel``: a known given name, then a surname that is
        also a place (read as a title's place or a body's name); the two are the person, the
        title or honorific before them the role."""
        ws = tokens(text, mention.start, mention.end)
        if len(ws) < 2 or ws[-1][2] != mention.end:
            return None
        given, last = ws[-2][0], ws[-1][0]
        if not given[:1].isupper() or given.lower() not in self.lex.given_names or not last[:1].isupper() \
                or not last.isalpha() or not self.lex.is_place(last) or given.lower() in self.lex.titles:
            return None
        before = [w[0] for w in ws[:-2] if w[0] != "."]
        if not all((_is_cap(w) and self.lex.is_role_word(w)) or w.lower().strip(".") in self.lex.honorifics
                   or w.lower() in _TITLE_MODIFIER_LEADS_EN for w in before) \
                and not (before and before[-1].isalpha() and before[-1].islower() and len(before[-1]) > 3
                         and before[-1] in self.lex.titles and before[-1] not in PREPOSITIONS):
            # (but "RUA finance spokesman Rob Preston": a lower-case title right before the name)
            return None  # "Bank of Georgia", "The Office of Ann Jordan": no title and name
        role = text[mention.start:ws[-2][1]].strip() or None
        if role is not None and all(w.lower().strip(".") in self.lex.honorifics for w in before):
            role = None  # "Rep. Tom Israel": an honorific, no role
        return Mention(NAME, mention.text, mention.start, mention.end, f"{given} {last}", role)

    def _person_of_home_en(self, text: str, mention: Mention) -> Optional[Mention]:
        """English ``Harold Vint of Brellow Bank``, ``Ann Lee from Tollard University``: a
        person's name, then ``of``/``from``/``at`` and the capitalised body or place they stand
        for, read as one organisation's name; the person speaks, the rest is the role. The name
        is two or three words whose first is a known given name, or none of which is a dictionary
        word (not ``Bank of America``, ``Royal Bank of Scotland``, ``Victoria University of X``)."""
        cut = _PERSON_OF_HOME_EN.search(text, mention.start, mention.end)
        if cut is None:
            return None
        run = tokens(text, mention.start, cut.start())
        if not 2 <= len(run) <= 3 or run[0][1] != mention.start \
                or any(w[0] in ("and", "&") for w in tokens(text, cut.end(), mention.end)):
            return None  # "Ann Lee of Ohio and Tom Roe of Iowa": both speak
        lex = self.lex
        if not all(w[0][:1].isupper() and w[0].isalpha() and not _is_acronym(w[0]) and not lex.is_role_word(w[0])
                   and not lex.is_place(w[0]) for w in run):
            return None
        if run[0][0].lower() not in lex.given_names and any(lex.is_english_word(w[0].lower()) for w in run):
            return None
        name = " ".join(w[0] for w in run)
        return Mention(NAME, mention.text, mention.start, mention.end, name, text[cut.start():mention.end].strip())

    def _parse_chunk(self, text: str, start: int, end: int) -> Optional[Mention]:
        lang_en, lang_id = self.lex.lang == "en", self.lex.lang == "id"  # asked again and again below: read once
        lex = self.lex
        words = tokens(text, start, end)
        if len(words) == 1 and lang_en and words[0][0].isalpha() and words[0][0].lower() in lex.pronouns:
            # A lone English pronoun ("he", "They"), the most frequent phrase: a word of letters
            # only is no mark, initial, dash, bracket or "n't" for the steps below to change, and
            # no relative or contact clause opens in one word, so it is the pronoun they reach.
            return Mention(PRONOUN, words[0][0], words[0][1], words[0][2])
        # A phrase without periods, commas, colons, dashes or brackets (most of them) has none of
        # the tokens the next four steps join, drop or cut at: they are skipped.
        bracketed = None
        if start < 0 or _CHUNK_PUNCTUATION.search(text, start, end) is not None:
            if any(w[0] == "." for w in words):
                # "William A. Ackman", "Ernest C. Layman": a capital letter with its period is a middle initial;
                # "J.J. Goldberg" (English): initials with their last period, one word.
                words = [(w[0] + ".", w[1], w[2] + 1) if k + 1 < len(words) and words[k + 1][1] == w[2]
                         and words[k + 1][0] == "." and (
                             (len(w[0]) == 1 and w[0].isupper()) or (
                                 lang_en and _INITIALS.match(w[0]) and w[0].lower() not in ABBREVIATIONS_EN
                                 and k + 2 < len(words) and words[k + 2][0][:1].isupper()))
                         else w for k, w in enumerate(words)]
            words = [w for w in words if w[0] not in {",", ";", ":", "."}]
            for k in range(len(words) - 1, -1, -1):
                if words[k][0] in {"—", "–", "--"}:
                    words = words[k + 1:]  # "KOMPAS — Presiden Joko Widodo": the dateline is not a role
                    break
            while words and (words[-1][0] in {"-", "—", "–", ")", "("} or (words[-1][0].startswith("(") and len(words) > 1
                                                                           and not _AGE.match(words[-1][0]))):
                bracketed = words[-1][0] if words[-1][0].startswith("(") else bracketed
                words.pop()  # "Presiden (Harian Pos, 11/11/2017)": a citation, not part of the speaker
        if lang_en:
            while words and (len(words[0][0]) == 1 and not words[0][0].isalnum()
                             or words[0][0].lower().endswith(("n't", "n’t"))):
                # "” he said": the closing mark of the quote before; "Don’t Republicans …?": a
                # question's auxiliary, no title
                words = words[1:]
            if words:
                words = words[_relative_lead_en(words):]  # "where lawyers": a relative clause's subject
            words = words[self._contact_clause_lead_en(words):]  # "a probe the agency": the agency
            if len(words) >= 2 and words[0][0].lower() in _FOCUS_ADVERBS_EN and (
                    words[1][0][:1].isdigit() or words[1][0].lower() in NUMBER_WORDS_EN) \
                    and not any(w[0].lower() in _TIME_UNITS_EN for w in words[2:]):
                # "Only 31% of them say …", "Just two said …": the share, not "only"; not a time
                # ("only two months later")
                words = words[1:]
        elif len(words) >= 3 and words[0][0].lower() in _opener_heads(lex.clause_openers):
            words = words[_connective_lead_id(words, lex):]  # "Oleh karenanya RHW": the subject after it
        if not words:
            return None
        span_start, span_end = words[0][1], words[-1][2]
        phrase = text[span_start:span_end]
        low = [w[0].lower() for w in words]
        if lang_id and len(words) >= 2 and low[0] == "pihak" and all(
                lex.is_common_word(w[0]) and not lex.is_role_word(w[0]) for w in words[1:]):
            # "Pihak Keluarga meminta …": a party described in capitals, as "pihak keluarga"; no name
            return Mention(DESCRIPTION, phrase, span_start, span_end)
        # both read Indonesian links only ("selaku", "dari"): English skips the calls, which return None
        linked = None if lang_en else self._name_as_role_id(text, words, low) or self._name_from_body_id(text, words, low)
        if linked is not None:
            return linked
        if len(words) == 1 and (low[0] in lex.pronouns or (lex.clitic and low[0] == lex.clitic)):
            return Mention(PRONOUN, phrase, span_start, span_end)
        if lang_id and non_source_head_id(low, lex) and not self._name_after_head_id(words):
            # "Rencana TNI melaporkan …", "Konten di Instagram lebih menekankan …", "Semboyannya
            # tegas, “…”": a plan, content or a motto, described, never a source
            return Mention(DESCRIPTION, phrase, span_start, span_end)
        if lang_en:
            contraction = _CONTRACTED_PRONOUN.match(words[0][0]) if len(words) == 1 else None
            if contraction and contraction.group(1).lower() in _SUBJECT_PRONOUNS_EN:
                # "He’s claiming that …": the pronoun, not a name
                return Mention(PRONOUN, contraction.group(1), span_start, span_start + len(contraction.group(1)))
            if len(words) == 1 and words[0][0][:1].isupper() and len(low[0]) > 4 and low[0].endswith("s") \
                    and low[0][:-1] in lex.titles and low[0][:-1] in SOURCE_NOUNS and low[0] not in lex.titles:
                # "Analysts noted", "Prosecutors say": a title's plural opening the sentence is a
                # group described, not a person's name
                return Mention(DESCRIPTION, phrase, span_start, span_end)
            if len(words) >= 2 and low[-1] in _SUBJECT_PRONOUNS_EN and low[-2] not in {"and", "&", "or"}:
                # "but he says", "where he says", "on Tuesday night he said": a clause ending in its subject
                return Mention(PRONOUN, words[-1][0], words[-1][1], words[-1][2])
            if len(words) >= 4 and low[-1] in _SUBJECT_PRONOUNS_EN and low[-2] == "and" \
                    and any(lex.is_finite_verb_form(w) for w in low[1:-2]):
                # "Ann Lee's campaign launched an ad and she said": "and" joins a second clause
                # with its own subject, not a second subject to the first ("Ann Lee and he said")
                return Mention(PRONOUN, words[-1][0], words[-1][1], words[-1][2])
        # "Anggota Komisi XII DPR itu", "Politikus PAN tersebut": a description pointing back.
        if lang_id and len(words) >= 2 and low[-1] in lex.demonstratives:
            return Mention(ANAPHOR, phrase, span_start, span_end, role=text[span_start:words[-2][2]])
        aliases = ()
        # (most phrases: one in ASCII, whose case ``re.I`` folds as ``str.lower`` does, without the
        # first word of any link to a nickname has no link)
        folded = phrase.lower()  # lowered once, not once per lead
        m = lex.alias_re.search(phrase) if not phrase.isascii() or any(
            lead in folded for lead in self._alias_leads) else None
        if m:
            aliases = (phrase[m.end():].strip(),)
            words = [w for w in words if w[2] <= span_start + m.start()]
            span_end = words[-1][2] if words else span_end
        name_words = []
        if self.find_people is not None and getattr(self.find_people, "strong", False):
            # A trained pipeline (an installed en_core_web_*) knows names better than the rules.
            name_words = self._ner_name(words, self._ner_people(text, span_start, span_end))
        if lang_en and len(words) >= 3 and words[-1][0] in _POSTNOMINALS_EN and words[-2][0][:1].isupper() \
                and (words[-3][0][:1].isupper() and words[-3][0].lower() not in _DETERMINERS_EN
                     or words[-3][0] in NAME_PARTICLES):
            # "Frank Field MP", "Tom de Vries MP": the letters after a name are no part of it (but "The Labour MP",
            # "the veteran Labour MP", "A Labour MP": a determiner, a party and the office, no name)
            words = words[:-1]
            span_end = words[-1][2]
        name_words = name_words or self._trailing_name(words)
        if name_words and lang_en and name_words[0][0].lower() in _KIN_NOUNS_EN:
            k = next(i for i, w in enumerate(words) if w[1] == name_words[0][1])
            if k and words[k - 1][0].endswith(("'s", "’s", "s'", "s’")):
                # "Lee’s Son Says …", "Lee’s Daughter Ann Lee": a kinship noun after a possessor,
                # capitalised in a headline or before the name, is no name word
                name_words = name_words[1:]
                if not name_words:
                    return Mention(DESCRIPTION, phrase, span_start, span_end)
        if not name_words and self.find_people is not None and any(w[0][:1].isupper() for w in words):
            # The rules found no name in a capitalised phrase: ask the model.
            name_words = self._ner_name(words, self._ner_people(text, span_start, span_end))
        if name_words and lang_en and self._body_with_preposition_en(words):
            return Mention(ORGANISATION, phrase, span_start, span_end)
        if name_words and lang_en and len(name_words) >= 2:
            k = next(i for i, w in enumerate(words) if w[1] == name_words[0][1])
            if k and words[k - 1][0] in _KNIGHTLY_EN:
                name_words = [words[k - 1]] + list(name_words)  # "Sir Alan Marsh": a knight's styled name
        if name_words and lang_en and len(name_words) == 1:
            k = next(i for i, w in enumerate(words) if w[1] == name_words[0][1])
            if k and words[k - 1][0] in _PEERAGE_EN:
                name_words = [words[k - 1]] + list(name_words)  # "Lord Falconer": a peer's name is his style
        if name_words and lang_en and len(name_words) == 1:
            # ``k`` is still the name's place found just above: that step ran (same test) and,
            # leaving one name word, changed nothing
            if k and _is_acronym(words[k - 1][0]) and words[k - 1][0].isalpha() and len(words[k - 1][0]) > 2 \
                    and words[k - 1][2] + 1 == name_words[0][1] \
                    and words[k - 1][0].lower() not in lex.titles and name_words[0][0].lower() not in lex.given_names \
                    and (k == 1 or not words[k - 2][0][:1].isupper()):
                # "BFM TV", "RTL Info": an outlet's letters and word; not bracketed letters ("provider (ISP) Plus.net")
                name_words = [words[k - 1]] + list(name_words)
        if name_words and self._unnamed_member_en(words, name_words[0]):
            # "A spokesman for the Royal Ballet", "a lawyer for the National Trust": an unnamed person
            # of that body, as the article gives them
            return Mention(DESCRIPTION, phrase, span_start, span_end)
        if name_words and lang_en and 2 <= len(name_words) <= MAX_WORDS_AFTER_AMPERSAND \
                and fold(name_words[0][0]) not in lex.given_names:
            org = self._ampersand_firm_en(text, words, name_words[-1])
            if org is not None:
                return org  # "Lark Internet & Civic Life says": a body, not a person "Civic Life"
        if name_words and lang_en and len(name_words) <= 3 and len(words) > len(name_words) \
                and words[len(words) - len(name_words)][1] == name_words[0][1]:
            body = self._country_body_en(text, words, name_words)
            if body is not None:
                return body
        if name_words and lang_en and len(name_words) == 1:
            org = self._ampersand_firm_en(text, words, name_words[0]) or self._organisation_tail(text, words, name_words[0])
            if org is not None:
                return org
        if name_words and lang_id and len(name_words) >= 2:
            k = next((i for i in range(len(name_words) - 1, 0, -1) if _UNIT_LETTER_ID.fullmatch(name_words[i][0])
                      and name_words[i - 1][0].lower() in _UNIT_NOUNS_ID), None)
            if k is not None and k == len(name_words) - 1:
                return Mention(DESCRIPTION, phrase, span_start, span_end)  # "Kepala Regu B": a unit, no name
            if k is not None:
                name_words = name_words[k + 1:]  # "Kepala Regu B Rudi Hartono": the unit's letter ends the title
        if name_words and lang_id and len(name_words) >= 2 and name_words[0][1] > span_start \
                and _UNIT_NUMERAL_ID.fullmatch(name_words[0][0]) and name_words[0][0] != "I":
            # "Ketua Komisi IV Joko Pranoto": the commission's numeral ends the title (not "I": the
            # Balinese "I" opens a name, "I Dewa Gede …")
            name_words = name_words[1:]
        if name_words and lang_id and len(name_words) >= _MIN_WORDS_FIELD_AND_NAME_ID and name_words[0][1] > span_start:
            k = next(i for i, w in enumerate(words) if w is name_words[0])
            if k >= 2 and words[k - 1][0].lower() in lex.office_units and words[k - 2][0].lower() in lex.subunit_heads:
                # "Kepala Bidang Irigasi Jaya Putra Sembiring": a sub-unit is named by its field, never
                # left bare, so a field word the dictionary lacks is the title's, not a given name
                name_words = name_words[1:]
        if name_words and lang_id and len(name_words) >= 3 and any(w[0].lower() in lex.body_name_tails for w in name_words[:-2]):
            name_words = self._after_body_tail_id(words, name_words)
        if name_words:
            role_words = [w for w in words if w[2] <= name_words[0][1]]
            if lang_id and len(role_words) >= 2 and role_words[-2][0].lower() in lex.resident_nouns \
                    and all(w[0].lower() in lex.resident_quantifiers for w in role_words[:-2]) \
                    and (role_words[-1][0] in _LOWER_PLACE_NOUNS_ID
                         or len(name_words) == 1 and role_words[-1][0] in _VILLAGE_UNITS_ID):
                # "Warga desa Sukamaju", "petani Dusun Krajan": the people of a place, whose
                # capitalised word names it, no person; the whole phrase is the described source
                # (a title before the noun takes a name: "bidan desa Sumarni", "tokoh masyarakat desa X")
                return Mention(DESCRIPTION, phrase, span_start, span_end)
            person = self._person_of_body_en(text, role_words, name_words) if lang_en and len(role_words) >= 4 else None
            if person is not None:
                return person
            if lang_en and len(role_words) >= 4 and role_words[-1][0] == "and" and len(name_words) <= 3:
                k = next((i for i in range(len(role_words) - 2, max(0, len(role_words) - 6), -1)
                          if role_words[i][0] == "of"), None)
                noun = role_words[k - 1][0] if k is not None and k >= 1 else ""
                if (noun.islower() or k == 1 and noun[1:].islower() and lex.is_english_word(noun.lower())) \
                        and noun.endswith("s") and not noun.endswith("ss") and noun.lower() not in lex.stop_words \
                        and all(w[0][:1].isupper() or w[0] == "the" for w in role_words[k + 1:-1]) \
                        and role_words[-2][0][:1].isupper():
                    # "the towns of Hexley and Marlow said", "Leaders of Hexley and Marlow said": a
                    # plural noun's named members speak together, the whole phrase as written (not
                    # the last town alone)
                    return Mention(DESCRIPTION, phrase, span_start, span_end)
            if lang_en and len(role_words) >= 2 and role_words[-1][0] == "and":
                pair = self._coordinated_names(text, role_words[:-1], name_words)
                if pair is not None:
                    return pair
            for k in range(len(role_words) - 1, 0, -1):
                if role_words[k][0].lower() in {"dan", "and", "&", "bersama", "with"} and _name_like(role_words[k - 1][0], lex) \
                        and not lex.is_role_word(role_words[k - 1][0]) \
                        and not (lang_en and k == 1 and _capitalised_pair_en(role_words, k, lex)) \
                        and not (lang_id and len(role_words[k - 1][0]) > 2
                                 and (lex.is_common_word(role_words[k - 1][0]) or lex.is_english_word(role_words[k - 1][0]))) \
                        and not self._title_goes_on_id(role_words, k):
                    # but "Direktur Logistik dan Infrastruktur X", "Network for Democracy and
                    # Electoral Integrity X": a dictionary word before "dan" is still the title's
                    role_words = role_words[k + 1:]  # "Wakil Presiden Rina dan Presiden Joko": Joko's title only
                    break
            if lang_en and len(role_words) == 1 and role_words[0][0].lower() in _GROUP_SELECTORS_EN \
                    and len(name_words) == 1 and name_words[0][0].endswith("s") and not name_words[0][0].endswith("ss"):
                # "Fellow Republicans", "Other Democrats": a group picked out, not a person titled "Fellow"
                return Mention(DESCRIPTION, phrase, span_start, span_end)
            if lang_en and len(role_words) >= 2 and role_words[1][0] == "of" and _share_word_en(role_words[0][0]) \
                    and not any(w[0] in _COPULAS_EN for w in role_words):
                # "Half of Texas Republicans", "Most of Ohio's mayors": a share of a group, not a name
                # (but "Most of the experts was critic Ann Lee": a clause naming her)
                return Mention(DESCRIPTION, phrase, span_start, span_end)
            if lang_id and role_words and role_words[0][0].lower() in _GROUP_QUANTIFIERS_ID:
                # "sebagian umat Muslim", "para pendukung Budi": some of a group, not the person named
                return Mention(DESCRIPTION, phrase, span_start, span_end)
            if lang_id and len(role_words) == 1 and role_words[0][0][:1].isupper() \
                    and role_words[0][0].lower().startswith(_BODY_PREFIXES_ID) \
                    and all(w[0][:1].isupper() for w in name_words) and role_words[0][0].lower() not in lex.titles:
                # "Polda Metro Jaya", "Pemkab Tanah Datar": a body's short word and the rest of its
                # name, no titled person (a person after one has a title: "Kapolda Metro Jaya Irjen …")
                k = self._person_after_body_id(text, role_words[0], name_words, span_end)
                if k is None:
                    return Mention(ORGANISATION, phrase, span_start, span_end)
                # "Ditjen Sains Budi meyakini …" and later "ujar Budi": the body glued to its
                # person with no title word is the person's role
                role_words, name_words = role_words + list(name_words[:k]), name_words[k:]
            if lang_id and len(role_words) == 1 and role_words[0][0].islower() \
                    and role_words[0][0] in lex.org_heads and role_words[0][0] not in lex.titles \
                    and all(w[0][:1].isupper() for w in name_words):
                # "komite Hadiah Nobel", "yayasan Sinar Harapan": a body's head noun and its name,
                # no titled person (a body's noun is no title)
                return Mention(ORGANISATION, phrase, span_start, span_end)
            if lang_id and len(name_words) == 1 and len(role_words) >= 2 and words[0] is role_words[0] \
                    and (role_words[0][0].lower() in _ORG_NOUNS_ID or role_words[0][0].lower() in _PROPER_ORG_NOUNS_ID
                         and all(w[0][:1].isupper() for w in role_words)) \
                    and role_words[0][0][:1].isupper() and not any(w[0].lower() in lex.titles for w in role_words):
                # "Dinas Kesehatan Indramayu melacak …": a body's noun, its field and the region's
                # name the places lack, no titled person (a person's title opens the phrase:
                # "Kepala Dinas Kesehatan X Budi")
                return Mention(ORGANISATION, phrase, span_start, span_end)
            if lang_id and role_words and words[0] is role_words[0] and role_words[0][0][:1].isupper() \
                    and (role_words[0][0].lower() in _ORG_NOUNS_ID or role_words[0][0].lower() in _PROPER_ORG_NOUNS_ID) \
                    and all(w[0][:1].isupper() or w[0] in ORG_CONNECTORS for w in words) \
                    and not any(w[0].lower() in lex.titles for w in role_words) \
                    and (len(name_words) == 1 or all(lex.is_common_word(w[0]) or lex.is_place(w[0])
                                                     or w[0].lower() in lex.institution_words for w in name_words)
                         and not (len(role_words) >= 2 and name_words[0][0].lower() in lex.dictionary_given_names
                                  and not any(lex.is_place(w[0]) or w[0].lower() in lex.institution_words
                                              for w in name_words))):
                # "Bank Dunia", "Lembaga Kajian Dunia", "Pusat Kajian Kelautan dan Perikanan
                # Terpadu": a body's capitalised name, "dan" inside it, ends in a dictionary word,
                # no person's name (a person's surname is no dictionary word: "… Budi Santoso";
                # a given name after the body's own name opens a person's: "Bank Sentral Budi Mulia")
                return Mention(ORGANISATION, phrase, span_start, span_end)
            if role_words:  # no words before the name (most names): _trim_role only drops words, so keeps none
                role_words = self._trim_role(role_words, text[max(0, role_words[0][1] - 6):role_words[0][1]])
            name = " ".join(w[0] for w in name_words if not (w[0].startswith("'") or w[0].startswith("‘")))
            role = text[role_words[0][1]:role_words[-1][2]] if role_words else None
            if role and self._rank_only(role_words):
                role = None
            if role and self._subject_noun_id(role_words):
                role = None  # "Kinerja Renita dalam …", "Pernyataan Yusril …": the subject's head noun, no title
            if role and self._predicate_words_id(role_words):
                role = None  # "Tak perlu normal baru Wira, dosen …": a run-in subhead's clause, no title
            if role and lang_en and all(w[0].lower() in _DETERMINERS_EN for w in role_words):
                role = None  # "the Valley Courier reported": a determiner is no role
            if role and lang_en and len(role_words) == 1 and role.islower() \
                    and _after_linking_verb_en(text, role_words[0][1]):
                role = None  # "Officials were hopeful Tom Hale would sign": a predicate adjective, no title
            if role and lang_en and len(name_words) == 1 and len(role_words) == 1 \
                    and role_words[0][0].lower() in _SINGLE_QUANTIFIERS_EN:
                # "one Brandt confidant said", "another Twitter user wrote": one of a kind the
                # capitalised word qualifies, not a titled person
                return Mention(DESCRIPTION, phrase, span_start, span_end)
            if lang_id and _thing_name_id(text, name, lex.title_markers,
                                                   bool(role) and all(w[0].islower() for w in role_words)):
                # "buku … berjudul “Jalan Pulang”. … Jalan Pulang mengajak …": a titled work; "mobil Toyota
                # Kijang … ujar pengemudi Kijang": a vehicle, so its driver as described (his title kept)
                return Mention(DESCRIPTION, phrase, span_start, span_end, role=role)
            if bracketed and not aliases:
                nickname = self._bracketed_nickname(bracketed, words)
                aliases = (nickname,) if nickname else ()
            if not aliases and len(name_words) >= 3 and lang_id:
                # "Munafri 'Appi' Arifuddin": the quoted word inside the name is the name the article goes on to use
                quoted = [w[0].strip("'‘’") for w in name_words[1:-1] if w[0][:1] in "'‘" and w[0][-1:] in "'’"]
                aliases = tuple(q for q in quoted if q[:1].isupper())[:1]
            return Mention(NAME, phrase, span_start, span_end, name=name, role=role, aliases=aliases)
        if lang_en and low[0] == "the" and len(words) >= 2 and not any(w[0][:1].isupper() for w in words[1:2]):
            head = low[-1]
            if head in lex.titles or head in SOURCE_NOUNS or head.rstrip("s") in SOURCE_NOUNS:
                # "the minister", "the former pollster", "the company": a source, maybe a known one
                return Mention(ANAPHOR, phrase, span_start, span_end, role=text[words[1][1]:span_end])
            return Mention(DESCRIPTION, phrase, span_start, span_end)
        if lang_en and len(words) == 1 and low[0] in _QUANTIFIERS_EN:
            return Mention(DESCRIPTION, phrase, span_start, span_end)  # "Many said …", "Others say …"
        if len(words) == 1 and (low[0] in lex.function_words or low[0] in opening_stop_words(lex.lang)):
            if lang_en and self._common_word_name_en(text, words[0][0]):
                return Mention(ORGANISATION, phrase, span_start, span_end)  # ", Next said": a firm's name
            return None  # "Jika melihat …", "Sebab, …": a sentence opener, not a source
        if words[0][0][:1].isupper() and all(w[0][:1].isupper() or w[0].startswith("(") or w[0].lower() in ORG_CONNECTORS
                                        for w in words):
            if words[0][0].lower() in lex.titles or words[0][0].lower() in lex.ranks:
                if bracketed and not lang_en:
                    short = _BRACKETED_ACRONYM_ID.match(text, span_end)
                    if short is not None and short.end() <= end:
                        # "Menteri …/Kepala Badan … (KLH/BPLH)": the office's short form is part of the description
                        span_end = short.end()
                        phrase = text[span_start:span_end]
                return Mention(TITLE, phrase, span_start, span_end, role=phrase)
            if lang_en and len(words) > 1 and (self._sentence_adverb(words[0][0])
                                                        or low[0] in opening_stop_words("en") and low[0] not in _DETERMINERS_EN):
                # "As Breitbart News reported", "Even Fox News": the opener is not the source's name
                skip = DATE_PHRASE_WORDS_EN if len(words) > DATE_PHRASE_WORDS_EN and _date_after_preposition_en(
                    low[0], low[1]) else 1
                return self.chunk(text, words[skip][1], span_end)  # "In March Lee": the date goes too
            return Mention(ORGANISATION, phrase, span_start, span_end)
        return Mention(DESCRIPTION, phrase, span_start, span_end)

    def _common_word_name_en(self, text: str, word: str) -> bool:
        """English: a capitalised stop word that names a firm (``Next said``, ``Next has said``):
        no pronoun, and the article writes it capitalised after a word or a comma too (``shares in
        Next``, ``…, Next said``), where no sentence or clause opens. One search of the article
        per word, remembered with the text."""
        low = word.lower()
        if not word[:1].isupper() or word.isupper() or low in self.lex.pronouns or low in _DETERMINERS_EN \
                or low in _NO_FIRM_WORDS_EN:
            return False
        key = (id(text), word)
        found = self._common_names.get(key)
        if found is None or found[0] is not text:
            hit = _written_inside_sentence(text, word)
            found = self._common_names[key] = (text, hit)
        return found[1]

    def _after_body_tail_id(self, words, name_words):
        """The person's name after a body's closing word: "Direktur Mitra Nelayan Sejahtera Rudi Hartono".

        A word that closes a body's name (``sejahtera``, ``mandiri``), after a title and the
        body's own first words (dictionary words, no title or field word: "Mitra", "Karya Tani"),
        ends the body when two or more capitalised words follow. After titles and fields only
        ("Wakil Menteri Jaya Kusuma Wardana", "Menteri Sosial Jaya …") or after a given name
        ("Ketua Andi Jaya Kusuma Putra") the name stays whole.
        """
        lex = self.lex
        j = next((i for i in range(len(name_words) - 3, -1, -1) if name_words[i][0].lower() in lex.body_name_tails), None)
        if j is None or words[0][0].lower() not in lex.titles:
            return name_words
        k = next(i for i, w in enumerate(words) if w[1] == name_words[j][1])
        body = [w[0] for w in words[1:k] if w[0][:1].isupper() and not lex.is_role_word(w[0])]
        if not body or not all(lex.is_common_word(w) and w.lower() not in lex.dictionary_given_names for w in body):
            return name_words
        return name_words[j + 1:]

    def _person_after_body_id(self, text: str, body, name_words, after: int) -> Optional[int]:
        """Where the person's name begins in the capitalised words after an Indonesian body's
        short word ``body`` (``Ditjen`` + ``Sains Budi``), or None when they are the body's own
        name (``Polda`` + ``Metro Jaya``): a person is there when the article writes one of the
        words later right after a speech cue or ``menurut`` (``ujar Budi``). The words before
        that one go to the body only as far as the article writes them elsewhere after the body's
        word without the person (``Ditjen Sains Kemsaintek``); else all are the person's
        (``Kemenkes Budi Santoso`` called ``Santoso``), and a name opener before the later word
        opens the name (``Pemkot Sukamaju Muhammad Fikri`` called ``Fikri``)."""
        lex = self.lex
        for k, w in enumerate(name_words):
            word = w[0]
            if len(word) < 3 or not word.isalpha() or lex.is_place(word):
                continue
            if not self._written_after_cue_id(text, word, after):
                continue
            if k and fold(name_words[k - 1][0]) in lex.name_openers:
                while k and fold(name_words[k - 1][0]) in lex.name_openers:
                    k -= 1
                return k  # "Pemkot Sukamaju Muhammad Fikri" called "Fikri": "Muhammad" opens the name
            while k and not self._written_apart(text, " ".join([body[0]] + [v[0] for v in name_words[:k]]),
                                                body[1], name_words[k][0]):
                k -= 1
            return k
        return None

    @staticmethod
    def _written_apart(text: str, phrase: str, here: int, nxt: str) -> bool:
        """Whether ``text`` writes ``phrase`` as whole words elsewhere than at ``here`` and not
        followed by ``nxt``."""
        at = text.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            if at != here and (end == len(text) or not _is_word_char(text[end])) \
                    and not text.startswith(nxt, end + 1):
                return True
            at = text.find(phrase, end)
        return False

    def _written_after_cue_id(self, text: str, word: str, after: int) -> bool:
        """Whether the Indonesian article ``text`` writes ``word`` (a whole word) after offset
        ``after`` right behind a speech cue or ``menurut`` (``ujar Budi``, ``Menurut Budi``)."""
        lex = self.lex
        at = text.find(word, after)
        while at >= 0:
            end = at + len(word)
            if (end == len(text) or not _is_word_char(text[end])) and at and text[at - 1] == " ":
                prev = text[max(0, at - 16):at - 1].rsplit(None, 1)
                cue = prev[-1].lower() if prev else ""
                if cue in lex.post_cues and not (lex.clitic and cue.endswith(lex.clitic)) or cue in lex.according_to:
                    return True
            at = text.find(word, end)
        return False

    def _country_body_en(self, text: str, words, name_words) -> Optional[Mention]:
        """English: the body a country's letters open (``US Customs``, ``the U.S. Judicial
        Conference``, ``U.S. Steel``), or None: a country's short form stands before a title
        (``U.S. Senator Ann Lee``), never before a bare name, so capitalised words after it with
        no given name are a body's name when an article or an agency's head says so, or when they
        are one dictionary word."""
        lex = self.lex
        lead = words[:len(words) - len(name_words)]
        the = lead[0][0] in _ARTICLES_CAPITALISED_EN and len(lead) > 1
        lead = lead[1:] if the else lead
        if not (lead[0][0].isupper() and lead[0][0].isalpha() and MIN_COUNTRY_LETTERS_EN <= len(lead[0][0]) <= MAX_COUNTRY_LETTERS_EN
                and all(w[0].isupper() and w[0].isalpha() for w in lead)
                or "." in lead[0][0] and _dotted_country_en(lead)):
            return None
        if fold(name_words[0][0]).lower() in lex.given_names:
            return None
        if not (name_words[-1][0] in _AGENCY_HEADS_EN or name_words[-1][0].lower() in lex.institution_words
                or name_words[-1][0] in lex.non_person_words
                # "the U.S. Judicial Conference": an article before the country's letters makes them a body's
                or the and not any(lex.is_role_word(w[0]) for w in name_words)
                # "U.S. Steel said": one dictionary word after the letters is a firm's or body's name
                or len(name_words) == 1 and lex.is_english_word(name_words[0][0].lower())
                and not lex.is_role_word(name_words[0][0])):
            return None
        # "US Customs", "UK Border Patrol": a country's letters before a body's name are no title
        return Mention(ORGANISATION, text[lead[0][1]:name_words[-1][2]], lead[0][1], name_words[-1][2])

    def _body_with_preposition_en(self, words) -> bool:
        """English ``the Organization for Economic Cooperation and Development``, ``The Committee
        for a Responsible Federal Budget``: a body's head word, a preposition, then capitalised
        words (``and``, ``a``, ``the`` between): all one body's name, no person in it."""
        k = 1 if words[0][0] in {"the", "The"} else 0
        if len(words) < k + 3 or words[k + 1][0] not in {"for", "of", "on"} or not words[k][0][:1].isupper() \
                or words[k][0].lower() not in self.lex.institution_words or words[k][0].lower() in _PERSON_TITLES_EN:
            return False
        lex = self.lex
        return all(w[0] in {"and", "a", "the", "&", "of", "for", "on"} or (
            w[0][:1].isupper() and (w[0].lower() not in lex.titles or w[0].lower() in lex.institution_words)
            and w[0].lower() not in lex.given_names) for w in words[k + 2:]) and words[-1][0][:1].isupper()

    def _contact_clause_lead_en(self, words) -> int:
        """English ``a probe the agency (said was open)``: a noun phrase, then a second one opened
        by a determiner with no word between that could join them (a preposition, a quantifier):
        the second is the subject of a contact clause describing the first, and the speaker.
        Only after a short head (one or two words, no verb form: not ``the statement referenced
        the impact``). Returns where it starts, or 0."""
        if len(words) >= 3 and words[1][0].lower() in ("reason", "reasons") \
                and words[0][0].lower() in ("one", "a", "another", "the", "a", "two"):
            # "One reason Democrats say …": the reason's contact clause; its subject is the source
            return 3 if words[2][0].lower() == "why" and len(words) > 3 else 2
        if len(words) < 4 or words[0][0].lower() not in ("a", "an", "the"):
            return 0
        for k in range(2, min(4, len(words) - 1)):
            w = words[k][0]
            if w in ("a", "an", "the"):
                between = words[1:k]
                if all(b[0].isalpha() and b[0].islower() and not b[0].endswith(("ed", "ly"))
                       and b[0] not in self.lex.stop_words and b[0] not in PREPOSITIONS
                       and b[0] not in _CONTACT_JOINERS_EN for b in between):
                    return k
                return 0
        return 0

    def _name_after_head_id(self, words) -> bool:
        """Whether a personal name ends ``words`` after their first (``Konten kreator Budi Santoso``):
        the head word is then the title's, not the subject's."""
        name_words = self._trailing_name(words)
        return bool(name_words) and name_words[0][1] > words[0][1]

    def _name_from_body_id(self, text: str, words, low) -> Optional[Mention]:
        """Indonesian ``Rudi Hartono dari PT Maju Jaya``: a bare name, ``dari`` ("from"), then a
        capitalised body; the person is the name (the body is no title)."""
        if self.lex.lang != "id" or "dari" not in low:
            return None
        k = low.index("dari")
        if 2 <= k <= MAX_TITLED_NAME_WORDS_BEFORE_BODY_ID and k + 1 < len(words) and low[0] in self.lex.titles \
                and words[k - 1][0][:1].isupper():
            # "Peneliti Rina Kusuma dari Universitas Gadjah Mada", "Jurnalis Rina dari harian Kota Pos":
            # a titled name, then the body it comes from; the person is the name, the title its role
            head = self._parse_chunk(text, words[0][1], words[k - 1][2])
            parts = head.name.split() if head is not None and head.kind == NAME and head.role else ()
            if parts and all(w[:1].isupper() and not w.isupper() for w in parts) and (
                    not all(self.lex.is_common_word(w) for w in parts)):
                # (not "Wakil Ketua Komisi II dari Fraksi … Arif": a numbered office, its holder named
                # later; but "Wartawan Budi Santoso dari harian …": a name one of whose words is also common)
                return Mention(NAME, text[words[0][1]:words[-1][2]], words[0][1], words[-1][2],
                               name=head.name, role=head.role, aliases=head.aliases)
        if not 1 <= k <= MAX_NAME_WORDS_BEFORE_BODY_ID or k + 1 >= len(words) or not _is_cap(words[k + 1][0]):
            return None
        if not all(_name_like(w[0], self.lex) and not self.lex.is_common_word(w[0]) for w in words[:k]):
            return None
        name = " ".join(w[0] for w in words[:k])
        return Mention(NAME, text[words[0][1]:words[-1][2]], words[0][1], words[-1][2], name=name)

    def _name_as_role_id(self, text: str, words, low) -> Optional[Mention]:
        """Indonesian ``Budi Hartono selaku Ketua Tim Pemenangan``: a name, ``selaku`` ("in the
        capacity of"), then the office; the person is the name, the office their role."""
        if self.lex.lang != "id":
            return None
        k = next((i for i, w in enumerate(low) if w in _ROLE_LINKS_ID), None)
        if not k or k + 1 >= len(words) or not words[k + 1][0][:1].isalpha():
            return None
        head = self._parse_chunk(text, words[0][1], words[k - 1][2])
        if head is None or head.kind != NAME:
            return None
        # "Kepala Dinas Budi selaku panitia": the title before the name stays its role
        role = head.role or text[words[k + 1][1]:words[-1][2]]
        return Mention(NAME, text[words[0][1]:words[-1][2]], words[0][1], words[-1][2],
                       name=head.name, role=role, aliases=head.aliases)

    def office_after_name_id(self, text: str, start: int, end: int) -> Optional[str]:
        """Indonesian ``Budi menjabat sebagai Kepala X``, ``Budi yang pernah menjabat sebagai
        X``, ``Budi, yang juga Ketua X,``: the office a clause right after the name gives; up to
        a comma, a verb or a name after the office (``… sebagai Kepala X Ani menjabat …``)."""
        lex = self.lex
        m = _OFFICE_CLAUSE_ID.match(text, start, end)
        if m is None:
            return None
        ws = tokens(text, m.end(), min(end, m.end() + 150))
        if not ws or not (ws[0][0].lower() in lex.titles or ws[0][0][:1].isupper() and any(
                w[0].lower() in lex.titles for w in ws[1:3])):
            return None  # "… sebagai Tenaga Ahli X": a capitalised office with a title word in it
        k = 1
        while k < len(ws):
            w = ws[k][0]
            low = w.lower()
            if not w[:1].isalnum() or low in lex.stop_words or low == "yang" or (
                    w.islower() and (_VERB_FORM_ID.match(w) or low in lex.function_words)):
                break
            k += 1
        role = self.chunk(text, ws[0][1], ws[k - 1][2])
        if role is not None and role.kind == NAME and role.role and len(role.name.split()) >= 2 \
                and k < len(ws) and _VERB_FORM_ID.match(ws[k][0]):
            return role.role  # "Kepala Departemen X BI Ani Lestari": the next person's name cut off
        return text[ws[0][1]:ws[k - 1][2]]

    def unnamed_member(self, text: str, mention: Mention) -> bool:
        """Whether ``mention`` is an English unnamed member of a named body (``a spokesman for the
        Royal Ballet``, ``a top adviser for President Odell``): a source, like ``officials``."""
        ws = tokens(text, mention.start, mention.end)
        cap = next((w for w in ws[1:] if w[0][:1].isupper()), None)
        return cap is not None and self._unnamed_member_en(ws, cap)

    def _unnamed_member_en(self, words, first_name_word) -> bool:
        """English ``a spokesman for the Royal Ballet``: an indefinite title noun, then a preposition
        (and ``the``) right before the capitalised name, which is the body the person speaks for."""
        if self.lex.lang != "en" or len(words) < 3 or words[0][0].lower() not in _INDEFINITE_DETERMINERS_EN:
            # the words before the name are some of ``words`` and start with its first: with fewer
            # than three, or no "a"/"an" first (most phrases), the test below fails, so the list is not built
            return False
        before = [w[0] for w in words if w[2] <= first_name_word[1]]
        if len(before) < 3 or before[0].lower() not in _INDEFINITE_DETERMINERS_EN:
            return False
        while before and (before[-1][:1].isupper() or before[-1] == "." or before[-1].lower() == "the"):
            before.pop()  # "for the National …", "for Sen. …": the body's or the person's name and style
        if len(before) >= 3 and before[-1].lower() in _MEMBER_PREPOSITIONS_EN:
            return all(w.islower() for w in before[1:-1]) and before[-2].lower() in self.lex.titles
        # "a writer for the tech news site Pindle", "a spokesman for committee Democrats": the
        # body named after its own lower-case description
        k = next((k for k, w in enumerate(before) if w in _MEMBER_PREPOSITIONS_EN), 0)
        return 2 <= k < len(before) - 1 and before[k - 1] in self.lex.titles and before[k - 1] not in _DETERMINERS_EN \
            and all(w.islower() for w in before[1:k]) \
            and all(w.lower() not in _MEMBER_PREPOSITIONS_EN for w in before[k + 1:])

    def _title_goes_on_id(self, role_words, k: int) -> bool:
        """Indonesian: whether the ``dan`` at ``k`` joins two fields of one title (``Menteri
        Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan``): a title opens the
        words before it and none opens the words after it, unlike ``Wakil Presiden Rina dan
        Presiden Joko``."""
        if self.lex.lang != "id" or k + 1 >= len(role_words):
            return False
        after = role_words[k + 1][0].lower()
        return role_words[0][0].lower() in self.lex.titles and after not in self.lex.titles \
            and after not in self.lex.ranks and after not in self.lex.honorifics and role_words[k + 1][0][:1].isupper()

    def _bracketed_nickname(self, bracketed: str, words) -> Optional[str]:
        """The nickname in brackets after a name (``Saifullah Yusuf (Gus Ipul)``, ``Kang Dedi
        Mulyadi (KDM)``), else None (Indonesian): one to three capitalised words that are no title, place
        or common word, or an acronym of the name's initials; not after an organisation's name
        (``Badan … (Danantara)``), a place (``Solo (Jawa Tengah)``) or a title (``(Menkeu)``)."""
        inner = bracketed.strip("()").strip()
        parts = inner.split()
        if any(w[0].lower() in self.lex.org_heads or w[0].lower() in _ORG_NOUNS_ID for w in words):
            return None  # "Badan Pengelola … Daya Anagata Nusantara (Danantara)": an organisation's short name
        if self.lex.lang != "id" or not 1 <= len(parts) <= 3 or not all(p[:1].isupper() and p.replace("'", "").replace("-", "").isalpha()
                                               for p in parts):
            return None
        if len(parts) == 1 and _is_acronym(inner):
            initials = "".join(w[0][0] for w in words[-len(inner):] if w[0][:1].isalpha())
            return inner if len(words) >= len(inner) and initials.upper() == inner.upper() else None
        lex = self.lex
        if any(lex.is_role_word(p) or lex.is_place(p) or _is_acronym(p) for p in parts):
            return None
        if all(lex.is_english_word(w[0].lower()) for w in words[-2:]):
            return None  # "Center for Metropolitan Studies (Centropolis)": an institute's English name
        own = [p for p in parts if p.lower().strip(".") not in lex.honorifics]
        if not own or any(len(p) < 3 or lex.is_common_word(p) for p in own):
            return None
        return inner

    def _coordinated_names(self, text, before, name_words) -> Optional[Mention]:
        """English ``Frank Ortiz and Jim Hale said``, ``Khizr and Ann Lee said``: two people named
        together speak together; the source is the whole coordination."""
        run = []
        for w in reversed(before):
            if not _name_like(w[0], self.lex) or self.lex.is_place(w[0]) or w[0].lower() in self.lex.titles:
                break
            run.insert(0, w)
        if not run or len(run) > 3 or (len(run) == 1 and len(name_words) < 2 and (len(before) > 1 or self.lex.lang != "en")) \
                or any(w[0].lower() in self.lex.non_person_words for w in list(run) + list(name_words)):
            return None
        start, end = run[0][1], name_words[-1][2]
        if text[max(0, start - 3):start].rstrip().endswith(",") and not self._after_common_noun(text, start) \
                and not (self.lex.lang == "en" and self._opener_before_comma_en(text, start)):
            return None  # "Ann Lee, Tom Hale and Jo Park": a list, read part by part elsewhere
        prev = _WORD_BEFORE_EN.search(text, max(0, start - 20), start) if self.lex.lang == "en" else None
        if prev is not None and prev.group(1) in PREPOSITIONS and len(name_words) == 1 \
                and not self.lex.is_english_word(name_words[0][0].lower()):
            # "a draw at Old Trafford and Lee said": a place ends one clause, a surname opens the
            # next (not "the Organization for Economic Cooperation and Development")
            return None
        return Mention(NAME, text[start:end], start, end, name=text[start:end])

    def _opener_before_comma_en(self, text, start) -> bool:
        """English ``Meanwhile, Hale and Moss said``, ``On Monday, Hale and Moss said``: the word
        before the comma ends a sentence opener (an adverb, a day or month, a lower-case word),
        not a name listed before the pair."""
        before = tokens(text, max(0, start - COMMA_WORDS_REACH_EN), start)
        if len(before) < 2 or before[-1][0] != ",":
            return False
        word = before[-2][0]
        low = word.lower()
        return not word[:1].isupper() or low in _DAYS_EN or low in _MONTHS_EN or low in self.lex.function_words \
            or len(before) > 2 and before[-3][0].lower() in PREPOSITIONS and self.lex.is_place(word) \
            or (len(before) == 2 or before[-3][0] in ".!?\"”") and (low.endswith("ly") or self._sentence_adverb(word)
                                                                   or self.lex.is_adverb_between(low))

    def _after_common_noun(self, text, start) -> bool:
        """A lower-case noun and a comma before ``start`` (``his biographers, Ann and Tom Lee``):
        the names are its apposition, not the end of a list of names."""
        before = tokens(text, max(0, start - COMMA_WORDS_REACH_EN), start)
        return len(before) >= 2 and before[-1][0] == "," and before[-2][0].isalpha() and before[-2][0].islower() \
            and before[-2][0] not in self.lex.stop_words

    def _person_of_body_en(self, text, role_words, name_words) -> Optional[Mention]:
        """``Ann Lee of software firm Telvana Data``: a person's name, then ``of``/``from``/``at``
        and a lower-case noun before the body's name; the person speaks, the rest is the role
        (not ``Director of Finance Ann Lee``: a title before the name)."""
        k = next((i for i, w in enumerate(role_words) if w[0] in ("of", "from", "at")), None)
        if k is None or k < 2 or k + 1 >= len(role_words) or not any(w[0].islower() for w in role_words[k + 1:]):
            return None
        run, tail = role_words[:k], role_words[k + 1:]
        if len(run) > 3 or not all(w[0][:1].isupper() and w[0].isalpha() and not _is_acronym(w[0]) for w in run) \
                or any(self.lex.is_role_word(w[0]) or w[0].lower() in self.lex.function_words for w in run) \
                or any(w[0].lower() in self.lex.titles for w in tail):
            return None  # "Royal Bank of Scotland chief executive Ann Lee": a body, then a title
        return Mention(NAME, text[run[0][1]:run[-1][2]], run[0][1], run[-1][2], name=" ".join(w[0] for w in run),
                       role=text[role_words[k][1]:name_words[-1][2]])

    def _organisation_tail(self, text, words, last) -> Optional[Mention]:
        """``Commission on Presidential Debates``, ``Bureau of Labor Statistics``: a lone common
        word after a capitalised word that is no person's title ends an organisation's name."""
        k = next(i for i, w in enumerate(words) if w[1] == last[1])
        if k == 0 or not self.lex.is_english_word(last[0]) or not self._org_word_before(words[k - 1][0]):
            return None
        j = k
        connectors = ORG_CONNECTORS | {"on", "at", "in"}
        while j > 0 and (words[j - 1][0][:1].isupper() or _ORDINAL.match(words[j - 1][0]) or words[j - 1][0].lower() in connectors
                         and j > 1 and (words[j - 2][0][:1].isupper() or _ORDINAL.match(words[j - 2][0]) or (
                             words[j - 2][0].lower() in connectors and j > 2 and words[j - 3][0][:1].isupper()))):
            j -= 1  # "Court of Appeals for the 6th Circuit": two joining words in a row
        while j < k and (words[j][0].lower() in connectors | {"but", "yet", "so"} or self._sentence_adverb(words[j][0])):
            j += 1
        if k - j == 1 and words[j][0].lower() in _SUBORDINATE_OPENERS_EN:
            return None  # "After Brandt argued …": a subordinator before a lone name, no organisation
        return Mention(ORGANISATION, text[words[j][1]:last[2]], words[j][1], last[2])

    def _ampersand_firm_en(self, text, words, last) -> Optional[Mention]:
        """``Ernst & Young``, ``Marks & Spencer``: capitalised words joined by an ampersand name a
        firm, not a person called by the last of them."""
        k = next(i for i, w in enumerate(words) if w[1] == last[1])
        amp = k
        while amp > max(0, k - MAX_WORDS_AFTER_AMPERSAND) and words[amp - 1][0] != "&" and words[amp - 1][0][:1].isupper():
            amp -= 1  # "Lark Internet & Civic Life": more than one word after the ampersand
        if amp < 2 or words[amp - 1][0] != "&" or not words[amp - 2][0][:1].isupper():
            return None
        j = amp - 2
        while j > 0 and words[j - 1][0][:1].isupper() and words[j - 1][0].lower() not in self.lex.function_words:
            j -= 1
        return Mention(ORGANISATION, text[words[j][1]:last[2]], words[j][1], last[2])

    def _org_word_before(self, word: str) -> bool:
        """A capitalised word that may go before an organisation's last common word: a dictionary
        word or title word (``Bureau of Labor``), an institution word (``News Corporation``), an
        acronym (``USA Action``) or an ordinal (``6th Circuit``); not a person's title."""
        low = word.lower().strip(".")
        if _ORDINAL.match(low):
            return True
        if not word[:1].isupper() or low in _PERSON_TITLES_EN:
            return False
        if _is_acronym(word):
            return len(word) >= 3 and "." not in word
        return self.lex.is_english_word(word) or low in self.lex.titles or low in self.lex.institution_words

    def opening_word(self, word: str) -> bool:
        """An English dictionary word that is no given name, title or honorific: capitalised
        before a given name, it describes the person (``Rival``), it is not part of the name."""
        low = word.lower()
        return len(low) > 2 and low.isalpha() and self.lex.is_english_word(low) and low not in self.lex.given_names \
            and low not in self.lex.titles and low not in self.lex.honorifics and low not in NAME_PARTICLES

    def _sentence_adverb(self, word: str) -> bool:
        """An English sentence adverb capitalised at the start of a sentence (``Interestingly``,
        ``Latest``): not part of the name after it."""
        return _sentence_adverb(word, self.lex)

    def clause_subject(self, text: str, mention: Optional[Mention]) -> Optional[Mention]:
        """The subject inside an English description that is really a clause before the cue verb
        of a direct quote: ``He’s`` is a pronoun; ``even now at 86 she`` and ``(On Monday he``
        end in the subject pronoun; ``Mrs. Carver shook her head and`` is a first predicate
        coordinated with the cue, whose subject opens the phrase. Anything else: ``mention``.
        """
        if self.lex.lang != "en" or mention is None or mention.kind != DESCRIPTION:
            return mention
        words = [w for w in tokens(text, mention.start, mention.end) if w[0] not in {".", ","}]
        found = self._clause_subject(text, words, [w[0].lower() for w in words]) if words else None
        return found or mention

    def _clause_subject(self, text, words, low) -> Optional[Mention]:
        contraction = _CONTRACTED_PRONOUN.match(words[0][0]) if len(words) == 1 else None
        if contraction and contraction.group(1).lower() in self.lex.pronouns:
            return Mention(PRONOUN, contraction.group(1), words[0][1], words[0][1] + len(contraction.group(1)))
        if len(words) < 2 or any(w[0][:1].isupper() for w in words) and all(w[0][:1].isupper() or w[0].lower() in ORG_CONNECTORS
                                                                      for w in words):
            return None
        if low[-1] in _SUBJECT_PRONOUNS_EN:
            return Mention(PRONOUN, words[-1][0], words[-1][1], words[-1][2])
        if len(words) < 3 or low[-1] not in _COORDINATED_END_EN:
            return None
        if low[0] in _SUBJECT_PRONOUNS_EN:
            return Mention(PRONOUN, words[0][0], words[0][1], words[0][2])
        k = 0
        while k < len(words) and (words[k][0][:1].isupper() or words[k][0].lower() in NAME_PARTICLES):
            k += 1
        if 0 < k < len(words) - 1:
            lead = self.chunk(text, words[0][1], words[k - 1][2])
            if lead is not None and lead.kind == NAME:
                return lead
        return None

    def _ner_people(self, text, start, end):
        if not self.find_people:
            return []
        return [(s, e) for s, e in self.find_people(text, start, end)]

    def _ner_name(self, words, people):
        """The last NER person span of the chunk, as words (honorifics stripped)."""
        if not people:
            return []
        s, e = people[-1]
        return _strip_honorifics([w for w in words if w[1] >= s and w[2] <= e], self.lex)

    def _given_name_before_en(self, words) -> bool:
        """English: whether a given name stands right before the last word, or before its middle
        initial (``Ann Marshall``, ``Peter T. King``)."""
        given = self.lex.given_names
        return words[-2][0].lower() in given or len(words) >= 3 and _MIDDLE_INITIAL.match(words[-2][0]) is not None \
            and words[-3][0].lower() in given

    def _surname_title(self, words) -> bool:
        """English ``prop Julian White``: a title word that is a common surname, after a single
        capitalised word that is no dictionary word, place or acronym (a given name the lexicon
        lacks); not ``Acme Richardson White``, a firm's name of three capitalised words."""
        before, word = words[-2][0], words[-1][0]
        if len(words) >= 3 and words[-3][0][:1].isupper():
            return False
        return word.lower() in self.lex.surname_titles and not self.lex.is_english_word(before.lower()) \
            and not self.lex.is_place(before) and not _is_acronym(before)

    def _name_after_english_body_id(self, preposition: str, run):
        """Indonesian: the name closing a run after an English preposition inside a body's name
        (``Institute for`` + ``Essential Services Reform Fabian Tumewu``): the run's words after
        its last English dictionary word, if any are left; else None."""
        if self.lex.lang != "id" or preposition not in _ENGLISH_BODY_PREPS:
            return None
        last = max((k for k, w in enumerate(run) if self.lex.is_english_word(w[0])), default=None)
        if last is None or last + 1 >= len(run):
            return None
        return run[last + 1:]

    def _name_after_title_of_body_en(self, words, prep, run):
        """English ``Director of the Office of Budget Ann Moss``, ``Secretary of Transportation Ann
        Moss``: after ``of``/``for`` in a capitalised title's phrase, the body's words end where a
        given name opens a name of two words or more; else None."""
        if self.lex.lang != "en" or prep[0] not in ("of", "for") or len(run) < 3:
            return None
        lex = self.lex
        k = next((i for i in range(1, len(run) - 1) if run[i][0].lower() in lex.given_names), None)
        if k is None or any(w[0].lower() in lex.given_names or lex.is_place(w[0]) for w in run[:k]):
            return None
        if not any(w[0][:1].isupper() and w[0].lower() in lex.titles for w in words if w[2] <= prep[1]):
            return None  # "the Center for Policy Studies …": a body, no titled person
        return run[k:]

    def _trailing_name(self, words):
        """The name at the end of a chunk: a run of name-like words (capitalised, not a title)."""
        lex = self.lex
        en, id_ = lex.lang == "en", lex.lang == "id"  # asked at most steps below: read once
        run = []
        if id_ and len(words) >= 2 and words[-1][0].lower() in _NAME_ENDING_TITLE_WORDS_ID \
                and words[-1][0][:1].isupper() and _name_like(words[-2][0], lex) \
                and not (len(words) >= 3 and words[-3][0].lower() in lex.org_heads):
            # "Ketua KPU Nurris Septa Pratama": a rank word ending a name after a name word is
            # a surname ("Direktur Utama" has no name word before it; "PT Jaya Utama" is a company).
            run, words = [words[-1]], words[:-1]
        if en and len(words) >= 2 and words[-1][0][:1].isupper() and lex.is_role_word(words[-1][0]) \
                and (words[-1][0].lower().strip(".") not in _PERSON_TITLES_EN
                     or words[-1][0].lower() in lex.surname_titles and self._given_name_before_en(words)) \
                and words[-2][0][:1].isupper() \
                and (self._given_name_before_en(words) or self._surname_title(words)) \
                and not lex.is_role_word(words[-2][0]):
            # "writer Mark Singer", "Ann Marshall": a role word after a given name is a surname; a
            # person's title too when it is also a common surname ("Tom King", "Ann Bishop")
            run, words = [words[-1]], words[:-1]
        elif en and len(words) >= 2 and words[-1][0][:1].isupper() and words[-2][0].lower() in lex.given_names \
                and _surname_cue_form_en(words[-1][0].lower(), lex):
            # "Acme chief Tom Read", "Ann Post": a cue's base form after a given name is a surname
            run, words = [words[-1]], words[:-1]
        elif en and len(words) >= 2 and words[-1][0] in ("May", "Will", "Might") and _modal_surname_en(words, lex):
            # "Columnist Arlo Will": a capitalised modal after a given name is a surname
            run, words = [words[-1]], words[:-1]
        for w in reversed(words):
            if not run and _AGE.match(w[0]):
                continue  # "Armanunsah (50)": the age, not part of the name
            if w[0].startswith(("'", "‘")):
                if run:
                    run.insert(0, w)  # nickname inside a name: Munafri 'Appi' Arifuddin
                continue
            if _name_like(w[0], lex) or ((w is words[0] or (en and w is words[1]
                                                                  and words[0][0] in {"the", "The"}))
                                               and run and w[0][:1].isupper() and lex.is_place(w[0])
                                               and not _is_acronym(w[0])) \
                    or (id_ and run and w is not words[0] and self._cue_inside_name_id(words, w)) \
                    or (id_ and w[0] == "Lalu" and run and w is not words[0]
                        and not (len(run[0][0]) > 2 and lex.is_common_word(run[0][0]))):
                # "Ketua … Lalu Kusnawan": the Sasak title "Lalu" inside a phrase, not "lalu" (then)
                run.insert(0, w)  # a place word opening the phrase is a first name: "Boston Robert Siahaan"
                if id_ and len(run) >= 2 and w is not words[0] \
                        and w[0].lower().rstrip(".") in _NAME_OPENING_HONORIFICS_ID:
                    break  # "Rektor Unair Prof Muhammad Madyan": the academic title opens the name
            elif id_ and run and (w[0] in _BALINESE_INITIALS_ID or (w[0] == "Anak" and run[0][0] == "Agung")):
                run.insert(0, w)
                break  # "Kolonel (Czi) IGN Suriadarma", "Anak Agung Gede Sukamaju": the caste title opens the name
            else:
                if run and (w[0].lower() in PREPOSITIONS or (id_ and w[0].lower() in _OBJECT_PREPS_ID)):
                    tail = self._name_after_english_body_id(w[0], run) or self._name_after_title_of_body_en(words, w, run)
                    if tail:
                        run = tail  # "Institute for Essential Services Reform Fabian Tumewu": the body ends, then the name
                        break
                    # "peneliti … di Universitas Georgetown": a place, not a name; "Menteri …
                    # dalam wawancara dengan Kompas": the one spoken to, not the speaker
                    return []
                if run and id_ and w[0] in {"and", "&"}:
                    # "Center for Strategic and International Studies": the end of a body's name, no person
                    if all(lex.is_english_word(x[0]) for x in run):
                        return []
                    lead = next(n for n, x in enumerate(run) if not lex.is_english_word(x[0]))
                    if lead + 1 < len(run) and lex.is_english_lemma(run[lead][0]) \
                            and not lex.is_english_lemma(run[lead + 1][0]):
                        lead += 1  # "Law & Policy Strategic Dewi": an adjective the lemma table lacks, before no English word
                    if lead and any(x[0][:1].isupper() and x[0].lower() in lex.titles for x in words if x[1] < run[0][1]):
                        # "Direktur Institute for … Economics and Finance Dewi Lestari": the body's
                        # last English words end its name; the person follows them (a run-in subhead
                        # may stand before the title: "Tidak terbuka Direktur …")
                        run = run[lead:]
                break
        if not run:
            return []  # no name word at the end (most phrases): every step below keeps it empty
        if id_ and len(run) >= 2 and run[0][0] == "Agung" and run[0] is not words[0]:
            before = words[words.index(run[0]) - 1][0]
            if before.lower() in _SUPREME_OFFICES_ID:
                run = run[1:]  # "Kejaksaan Agung Budi", "Jaksa Agung Budi": the office's word, not a given name
        if en and len(run) >= 2 and any(w[0].lower() in lex.non_person_words for w in run[1:]):
            # "Brandt Tower", "Carver Foundation", "Brandt Tower Grill", "Madison Square Garden": a
            # place or a thing (named after a person), whatever word ends it
            return []
        stops = opening_stop_words(lex.lang)
        # A capitalised "Al" opens an Indonesian name ("Al Chaidar"), as any particle may in English.
        while run and ((run[0][0].lower() in NAME_PARTICLES and not (run[0][0][:1].isupper() and (
                en or (len(run) > 1 and run[0][0] in {"Al", "El"}))))
                       or (run[0][0].lower() in stops and len(run) > 1
                                                               and not (run[0][0] == "Lalu" and run[0] is not words[0]))
                       or (len(run) > 1 and self._sentence_adverb(run[0][0]))):
            run = run[1:]  # "As Bill Carver", "Neither Ruiz", "Interestingly Marsh": a sentence opener, not a name
        if en and len(run) > 1 and (run[0][0].lower() in _MONTHS_EN or run[0][0].lower() in _DAYS_EN) \
                and run[0] is not words[0] \
                and _date_after_preposition_en(words[words.index(run[0]) - 1][0].lower(), run[0][0].lower()):
            run = run[1:]  # "In March Lee said", "On Sunday Ruiz said": the preposition's date, no given name
        if en and len(run) == 1 and run[0][0].lower() in stops:
            return []  # "Many said", "Beyond that": a capitalised stop word alone is no name
        if en and len(run) == 1 and (run[0][0].lower() in _DATE_WORDS_EN
                                                         or self._sentence_adverb(run[0][0])):
            return []  # "In December", "Significantly, the judge said": a date or an adverb, not a name
        if en and len(run) >= 3 and self.opening_word(run[0][0]) \
                and run[1][0].lower() in lex.given_names:
            run = run[1:]  # "Rival Hillary Carver", "Miss Universe Alicia Moretti": a word before a given name
        run = [w for w in run if not _AGE.match(w[0])]
        run = _strip_honorifics(run, lex)
        if id_:
            run = _from_balinese_opener(run)
        if id_ and len(run) == 1 and (run[0] is words[0] and _not_a_name_id(run[0][0], lex)
                                                         or run[0][0].lower() in _MONTHS_ID):
            return []  # "Jika melihat …", "Sebab, …", "Tujuannya …": an opener, not a subject
        if id_ and len(run) >= 2 and run[0] is not words[0]:
            k = next(i for i, w in enumerate(words) if w is run[0])
            if words[k - 1][0] in _LOWER_PLACE_NOUNS_ID:
                run = run[1:]  # "Kepala Sekolah di desa Sukamaju Budi Santoso": the village's name, no given name
            # after a capitalised "Kepala Desa"/"warga Desa" three capitalised words stay one name
            # ("Kepala Desa Agus Budi Santoso"): a village's name is told apart only where the
            # article names it as a place elsewhere ("di Karangjati"), which the places it has
            # seen already do
        if id_ and len(run) >= 2 and self._after_english_title_id(words, run) \
                and all(self._english_word_id(w[0]) or w[0].lower() in _ENGLISH_BODY_PREPS for w in run) \
                and any(self._english_word_id(w[0]) for w in run):
            return []  # "Head Of Investment Research": an English office or body, no person
        if not any(w[0][:1].isupper() and not w[0].startswith("'") for w in run):
            return []
        return run

    def _cue_inside_name_id(self, words, w) -> bool:
        """Indonesian: a capitalised speech cue between a given name and a surname (``Gitadi Tegas
        Supramudyo``): a middle name, not a cue, which follows a quote in lower case."""
        if not (w[0][:1].isupper() and w[0].lower() in self.lex.post_cues):
            return False
        k = next(i for i, x in enumerate(words) if x is w)
        before = words[k - 1][0]
        return _name_like(before, self.lex) and before.lower() not in self.lex.function_words \
            and not self.lex.is_common_word(before) or before.lower() in self.lex.name_openers

    def _after_english_title_id(self, words, run) -> bool:
        """Indonesian: the run follows an English word of an office (``Head Of …``), not an honorific
        (``Prof Mike Hardy``)."""
        k = next(i for i, w in enumerate(words) if w[1] == run[0][1])
        before = words[k - 1][0].lower().strip(".") if k else ""
        return bool(before) and before not in self.lex.honorifics and (
            before in _ENGLISH_BODY_PREPS or self._english_word_id(before))

    def _english_word_id(self, word: str) -> bool:
        """Indonesian text: an English dictionary word that is no given name (a body's or an office's word)."""
        return len(word) > 2 and self.lex.is_english_lemma(word) and word.lower() not in self.lex.given_names

    def _trim_role(self, role_words, before: str = ""):
        """The title part of the words before a name; ``before`` is the text right before them."""
        lang_en, lang_id = self.lex.lang == "en", self.lex.lang == "id"  # asked again and again below: read once
        lex = self.lex
        if lang_en and role_words and role_words[0][0].lower() in _DAYS_EN \
                and before.split()[-1:] and before.split()[-1].lower() in _TIME_LEADS_EN:
            role_words = role_words[1:]  # "On Sunday Labour leader Ann Lee": the weekday is a date's
        if lang_en:
            while role_words and role_words[-1][0] in NAME_PARTICLES:
                role_words = role_words[:-1]  # "de Blasio said": the surname's particle, no title
            role_words = _role_after_clause_en(role_words)
            if _time_phrase_en(role_words):
                return []  # "Last week Lord Goldsmith said": a time opener, no role
            role_words = self._title_after_adverbial_en(role_words)
        first_title = next((k for k, w in enumerate(role_words) if w[0].lower() in lex.titles), None)
        if lang_en and first_title and role_words[first_title][0].lower().strip(".") not in lex.honorifics:
            first_title = _title_modifiers_en(role_words, first_title, lex)
        if first_title and lang_id and role_words[first_title][0].lower() in _POSTPOSED_TITLE_WORDS_ID \
                and (role_words[first_title - 1][0].lower(), role_words[first_title][0].lower()) in lex.rank_compounds:
            first_title -= 1  # "Imam Besar Masjid X": the office's head noun stands before its modifier
        if first_title and lang_id and self._english_word_id(role_words[first_title][0]):
            while first_title and role_words[first_title - 1][0][:1].isupper() \
                    and self._english_word_id(role_words[first_title - 1][0]):
                first_title -= 1  # "Corporate Communications Manager of X": an English office's field is its own
        if first_title:
            role_words = role_words[first_title:]  # "Penangkapan Rizieq Kepala Bidang Humas": a run-in subhead
        if lang_id:
            role_words = _after_run_in_words_id(role_words, lex)
        while role_words and self._rank_word(role_words[-1][0]):
            if lang_id and len(role_words) >= 2 and role_words[-1][0].lower() in _SERVICES_ID \
                    and not self._rank_word(role_words[-2][0]):
                break  # "Kapuspen TNI" + "Brigjen": the service after a title is the title's
            if len(role_words) >= 2 and (role_words[-2][0].lower(), role_words[-1][0].lower()) in lex.rank_compounds \
                    and role_words[-2][0].lower() not in lex.ranks:
                # "Direktur Jenderal", "Sekretaris Jenderal": an office whose second half is a rank
                # word; but "Inspektur Jenderal" right before the name is the police rank (Irjen)
                break
            role_words = role_words[:-1]
        while role_words and (role_words[-1][0] in {"(", "-", "—"} or role_words[-1][0].lower().strip(".") in lex.honorifics):
            role_words = role_words[:-1]
        while role_words and (role_words[0][0].lower() in {"sang", "si"} | lex.clause_openers
                              or self._sentence_adverb(role_words[0][0])
                              or (role_words[0][0].lower() in lex.function_words and role_words[0][0].lower() not in {"the", "a", "an"})) \
                and not self._ordinal_title_en(role_words) \
                and not (lang_en and _weekday_name_part_en(role_words, 0, lex)):
            role_words = role_words[1:]  # "Menurut Andi Wijaya": the cue is not a role
        if lang_id and len(role_words) >= 2 and role_words[0][0].lower() in _opener_heads(lex.clause_openers):
            role_words = role_words[_connective_lead_id(role_words, lex):]  # "Oleh karena itu Budi": no role
        if lang_en and role_words and len(role_words) <= MAX_COUNTRY_SHORT_FORM_TOKENS_EN \
                and role_words[0][0][:1] in "UuTt":
            if _dotted_country_en([w for w in role_words if w[0].lower() != "the"]):
                # "UK Lee Marsh said", "The U.S. Lee Marsh": a country's short form alone is no title
                return []  # (but "US Senator" is)
        return role_words

    def _rank_word(self, word: str) -> bool:
        """A rank (``Brigjen``), or in Indonesian a rank or service in brackets after one
        (``Jenderal (Pol)``, ``Letjen TNI (Purn)``, ``Kapolres Metro (Kombes)``)."""
        low = word.lower().strip(".")
        if low in self.lex.ranks:
            return True
        if self.lex.lang != "id" or not (low.startswith("(") and low.endswith(")")):
            return False
        inside = low[1:-1].replace(".", " ").split()
        return bool(inside) and all(w in self.lex.ranks for w in inside)

    def _ordinal_title_en(self, role_words) -> bool:
        """English ``First Minister``, ``First Lady``: a capitalised ordinal right before a title."""
        return self.lex.lang == "en" and len(role_words) >= 2 and role_words[0][0][:1].isupper() \
            and role_words[0][0].lower() in _ORDINAL_TITLE_WORDS_EN and role_words[1][0].lower() in self.lex.titles

    def _title_after_adverbial_en(self, role_words):
        """English ``During the interview Mr Blake``, ``At the show in Las Vegas Quill boss
        Bill Yates``: an opening prepositional phrase is no role; only a title after it is."""
        if not role_words or role_words[0][0].lower() not in _ROLE_ADVERBIAL_OPENERS_EN or not role_words[0][0][:1].isupper():
            return role_words  # only a sentence's opening phrase ("… on the trail for his wife Ann Lee" is read elsewhere)
        last = role_words[-1][0].lower()
        if last not in self.lex.titles or last in _DETERMINERS_EN:
            return []  # the title stands right before the name, or there is none
        k = len(role_words) - 1
        while k > 0 and role_words[k - 1][0].lower() in self.lex.titles and role_words[k - 1][0].lower() not in _DETERMINERS_EN:
            k -= 1  # "former president"
        start = k
        while start > 0 and role_words[start - 1][0][:1].isupper() and role_words[start - 1][0].lower() not in _DETERMINERS_EN:
            start -= 1  # "Microsoft boss"; but only up to the phrase's own words in lower case
        if start < k and role_words[start][0].lower() in _DAYS_EN:
            start += 1  # "On Sunday Labour leader": the weekday is the phrase's
        if start > 0 and role_words[start - 1][0].islower() and role_words[start - 1][0].lower() in PREPOSITIONS:
            start = k  # "in Las Vegas Microsoft boss": a place inside the phrase; the title words alone
        return role_words[start:]

    def _subject_noun_id(self, role_words) -> bool:
        """Indonesian: whether the one capitalised word before a name is a dictionary noun that is
        no title (``Kinerja``, ``Pernyataan``, ``Perseteruan``): the head of a possessive subject
        (``Kinerja Renita dalam …``), not the person's role. A lower-case noun (``tetangga``) may
        describe the person and is kept."""
        if self.lex.lang != "id" or len(role_words) != 1:
            return False
        word = role_words[0][0]
        return word[:1].isupper() and self.lex.is_common_word(word) and not self.lex.is_role_word(word) \
            and word.lower() not in self.lex.honorifics and word.lower() not in self.lex.role_openers

    def _predicate_words_id(self, role_words) -> bool:
        """Indonesian: whether the lower-case words before a name hold a modal or a negation
        (``perlu``, ``tidak``, ``harus``) and no title: a clause (a Kompas run-in subhead such as
        ``Tak perlu normal baru``), never a person's role."""
        if self.lex.lang != "id":
            return False
        low = [w[0] for w in role_words]
        return any(w in _MODAL_WORDS_ID for w in low) and all(w.islower() for w in low) \
            and not any(w in self.lex.titles or w in self.lex.role_openers for w in low)

    def _rank_only(self, role_words):
        return all(w[0].lower().strip(".") in self.lex.ranks for w in role_words)

    # -- whole phrases with appositions --------------------------------------------------
    def _media_part_id(self, text: str, part) -> bool:
        """Indonesian: whether the comma part ``part`` opens with a media cue (``Dilansir Reuters,
        pemerintah Jepang mengatakan …``): the outlet only passes the report on; the lower-case
        phrase after its comma is the subject, no apposition of the outlet."""
        ws = tokens(text, *part)
        return bool(ws) and ws[0][0].lower() in self.lex.media_cues

    def after_cue(self, text: str, start: int, end: int) -> Optional[Mention]:
        """The speaker phrase that follows a cue: ``kata Shi Yinhong, pakar …`` / ``said X``.

        Reads up to the first stop word (``di``, ``saat``, ``in``, ``during`` …) after a name,
        and takes a role from an apposition on either side of the name.
        """
        lang_en, lang_id = self.lex.lang == "en", self.lex.lang == "id"  # asked again and again below: read once
        parts = self._comma_parts(text, start, end)
        if not parts:
            return None
        if lang_en and len(parts) >= 2 and text[parts[0][1]:parts[0][1] + 2] == ", " \
                and _BODY_NAME_OF_EN.search(text, parts[0][0], parts[0][1]) is not None:
            listed = _BODY_LIST_THEN_TITLE_EN.match(text, parts[0][1])
            if listed is not None and listed.end() <= parts[-1][1]:
                # "said Department of Trade, Industry and Energy spokesman Tom Green": the body's
                # name has commas of its own; the parts up to its last word are one
                joined = next(k for k, (a, b) in enumerate(parts) if b > listed.end())
                parts = [(parts[0][0], parts[joined][1])] + parts[joined + 1:]
        if lang_en and self._reported_clause_en(text, parts[0]):
            return None  # "“…,” said the mayor could win in towns like Troy": a report, no inverted speaker
        if lang_en and text[parts[0][0]:parts[0][1]].rstrip(" .").endswith(" and others"):
            ws = [w for w in tokens(text, *parts[0]) if w[0] != "."]
            if 3 <= len(ws) <= 6 and all(w[0][:1].isupper() for w in ws[:-2]):
                # "said Lee and others": the named person and the rest speak together, as written
                return Mention(DESCRIPTION, text[ws[0][1]:ws[-1][2]], ws[0][1], ws[-1][2])
        lower_role = self.starts_role(text, parts[0]) and not _is_cap(text[parts[0][0]:parts[0][1]].strip())
        first = self._cut_at_stop(text, *parts[0], allow_prep=lower_role)
        head = self.chunk(text, *first) if first else None
        if head is None and lang_en and first and text.startswith(" who ", first[1]) \
                and text[first[0]:first[1]].lower() == "those":
            # "…, say those who feel the plan should be dropped": the people the relative clause picks out
            whole = self.chunk(text, first[0], parts[0][1])
            return whole if whole is not None and whole.kind == DESCRIPTION else None
        if head is None:
            return None
        if lang_en and head.kind in (NAME, TITLE, ORGANISATION) and first[1] < parts[0][1] - 1:
            document = self._document_of_en(text, first, parts[0])
            if document is not None:
                return document
        if lang_en and head.kind in (TITLE, ORGANISATION) and first[1] < parts[0][1] - 1 \
                and text.startswith((" of ", " for "), first[1]):
            named = self._title_of_body_then_name_en(text, head, first[1], parts[0][1])
            if named is not None:
                return named
        if lang_en and first[1] < parts[0][1] - 1:
            named = self._role_noun_then_name(text, head, parts[0]) or self._description_known_as_en(text, head, parts[0])
            if named is not None:
                return named
        if lang_en and (head.kind in (ORGANISATION, DESCRIPTION) and len(head.text.split()) == 1
                                      or head.kind == NAME and len(head.name.split()) == 1) \
                and first[1] < parts[0][1] - 1:
            # "said Idaho vitamin-supplement executive Frank VanderLeest", "said Carver’s top
            # aide Jake Sullins", "said Oversight ranking Democrat Elias Cumming": a place,
            # an organisation or a possessor, lower-case title words, then the name; not "said
            # Brandt later".
            rest = tokens(text, first[1], parts[0][1])
            k = 0
            while k < len(rest) and rest[k][0].islower() and rest[k][0].lower() not in self.lex.stop_words:
                k += 1
            if 0 < k < len(rest):
                cut = self._cut_at_stop(text, rest[k][1], parts[0][1])
                full = self.chunk(text, *cut) if cut else None
                titled = rest[k - 1][0].lower() in self.lex.titles or (
                    full is not None and full.role and full.role.split()[0].lower().strip(".") in self.lex.titles)
                if titled and full is not None and full.kind == NAME and len(full.name.split()) >= 2:
                    name_at = text.find(full.name.split()[0], rest[k][1], cut[1])
                    full.role = text[head.start:name_at].strip() if name_at > 0 else full.role
                    full.start = head.start
                    return full
        if (head.kind in (DESCRIPTION, TITLE, ORGANISATION) or head.kind == ANAPHOR and lang_en) \
                and len(parts) > 1 and first[1] >= parts[0][1] - 1:
            # "kata pemilik Kopi NIRA, Armansyah Wahyudi (50), saat …" or a title with commas in
            # it ("Menko Bidang Politik, Hukum, dan Keamanan Mahdi MS"): the last name of
            # the run of title parts is the speaker, everything before it the role.
            found = None
            for part in parts[1:5]:
                lead = tokens(text, *part)[:1]
                if lang_id and lead and lead[0][0] in self.lex.stop_words:
                    break  # "…, Dewi Lestari, seusai bertemu Gubernur X Budi, …": the setting, not a title
                if lang_en and lead and lead[0][0] in ("who", "which", "whose"):
                    break  # "asked the boy, who wore a 'Vote Lee' hat": a relative clause, not a title part
                cut = self._cut_at_stop(text, *part, allow_prep=False)
                nxt = self.chunk(text, *cut) if cut else None
                if nxt is None or nxt.kind == DESCRIPTION and not nxt.text[:1].isupper():
                    break
                if nxt.kind == NAME:
                    found = (nxt, part)
                if cut[1] < part[1] - 1:
                    break  # the phrase stopped inside this part ("…, saat dihubungi")
            if found is not None:
                nxt, part = found
                name_at = text.find(nxt.name.split()[0], part[0], part[1])
                role_end = name_at if nxt.role and name_at >= 0 else part[0]
                role = text[head.start:role_end].strip(" ,")
                nxt.role = role or nxt.role
                nxt.start = head.start
                return nxt
        if head.kind == NAME and head.role and len(parts) > 1 and first[1] >= parts[0][1] - 1:
            # "kata Ahli Epidemiologi Universitas Airlangga, Windu Prasetyo, di …": the first
            # "name" ended a title; a plain name right after the comma is the speaker.
            # With a one-word "name" (``Camat Nagrak, Kabupaten Tangerang, Ubaidillah Anwar``)
            # the title may go on through more capitalised parts before the full name.
            last = 5 if len(head.name.split()) == 1 else 2
            for k, part in enumerate(parts[1:last], start=1):
                ws = tokens(text, *part)
                if not ws or ws[0][0].lower() in PREPOSITIONS or not ws[0][0][:1].isupper():
                    break  # "…, di Pantai Sodong": a place phrase, not the speaker
                cut = self._cut_at_stop(text, *part, allow_prep=False)
                nxt = self.chunk(text, *cut) if cut else None
                # A later part must be a full name, not a place opening with an institution word
                # (``Kelurahan Sumbersari``).
                if nxt is not None and nxt.kind == NAME and not nxt.role and (k == 1 or len(nxt.name.split()) >= 2) \
                        and not (last > 2 and self.lex.is_role_word(nxt.name.split()[0])):
                    nxt.role = text[head.start:parts[k - 1][1]].strip(" ,") if k > 1 else head.text
                    nxt.start = head.start
                    return nxt
                if nxt is None or cut[1] < part[1] - 1:
                    break
        if lang_en and head.kind == NAME and not head.role and len(parts) > 1 \
                and first[1] >= parts[0][1] - 1:
            listed = self._listed_after_cue_en(text, parts, head)
            if listed is not None:
                return listed  # "wrote Ann Lee, Tom Hale and Bob Kim": the three together
        if head.kind == NAME and len(parts) > 1 and first[1] >= parts[0][1] - 1:
            apposition = self._apposition(text, parts[1])
            if apposition and not head.role:
                head.role = apposition
                if len(parts) == 3 and self._listed_fields_id(text, parts[2]):
                    # "oleh Budi, VP Marketing, Legal & Business Support PT X.": the title lists its
                    # fields with a comma; the last part ends the sentence and is the title's too
                    head.role = text[text.find(apposition, parts[1][0]):parts[2][1]].strip(" ,.")
        if lang_id and head.kind == NAME and not head.role \
                and ("sebagai" in text[head.end:head.end + 40] or text.startswith(", yang juga ", head.end)):
            head.role = self.office_after_name_id(text, head.end, end)  # "ujar Ani yang pernah menjabat sebagai X"
        if lang_en and head.kind == DESCRIPTION:
            head = self._description_phrase(text, head.start, parts[0][1]) or head
            if text.startswith(" who ", head.end):
                head = self._with_relative_clause_en(text, head, parts[0][1])
        elif lang_en and head.kind == NAME and text.startswith(" who ", head.end) \
                and head.text.lower() in self.lex.descriptions:
            # "according to Republicans who read the draft": a group's name, capitalised
            head = self._with_relative_clause_en(text, head, parts[0][1])
            if head.kind == DESCRIPTION:
                return head
        if lang_en and head.kind in (DESCRIPTION, ANAPHOR):
            return self._with_quoted_title_en(text, head)
        return head

    @staticmethod
    def _document_of_en(text: str, first, part) -> Optional[Mention]:
        """English ``according to Brellow Council filings``, ``according to his Brellow
        profile``: a body's name followed by one or two lower-case words ending in a document noun,
        closing the phrase; the document, with its possessor, is the source as the article gives it."""
        rest = text[first[1]:part[1]].rstrip(" .")
        words = rest.split()
        if not 1 <= len(words) <= 2 or words[-1] not in _DOCUMENT_NOUNS_EN \
                or not all(w.isalpha() and w.islower() for w in words):
            return None
        end = first[1] + len(rest)
        return Mention(DESCRIPTION, text[first[0]:end], first[0], end)

    @staticmethod
    def _with_relative_clause_en(text: str, head: Mention, stop: int) -> Mention:
        """English ``said a local official who was not allowed to speak``: a restrictive relative
        clause (no comma before ``who``) that runs to the end of the phrase after the cue tells which
        unnamed source spoke; it is part of the description as the article gives it."""
        tail = text[head.end:stop].rstrip(" .")
        if len(tail.split()) > MAX_RELATIVE_WORDS_EN or any(c in tail for c in _RELATIVE_CLAUSE_BREAKS_EN):
            return head  # a long run or one with marks: more than the clause of one source
        end = head.end + len(tail)
        if not (text[end:stop].strip() == "." or text[stop:stop + 1] in ("", ".", ",", "\n")) or "anonymity" in tail:
            return head  # "… who described it as “…”": the clause runs on; "who spoke on condition of
            # anonymity": how the source talked to the reporter, not which source it is
        return Mention(DESCRIPTION, text[head.start:end], head.start, end)

    def reported_clause_after_cue_en(self, text: str, start: int, end: int) -> bool:
        """Whether the words from ``start`` to the first comma are a reported clause (see below)."""
        comma = text.find(",", start, end)
        return self._reported_clause_en(text, (start, comma if comma >= 0 else end))

    @staticmethod
    def _reported_clause_en(text: str, part) -> bool:
        """Whether the words after an English cue are a clause with its own modal verb after a
        short subject (``said the mayor could win``, ``says Lee will run``), not an inverted
        speaker; not a relative clause's (``said the man who would be king``)."""
        ws = tokens(text, *part)[:6]
        for k, w in enumerate(ws):
            if w[0] in _REPORT_MODALS_EN:
                return k >= 1 and not any(v[0].lower() in RELATIVE_PRONOUNS or v[0].lower() == "that" for v in ws[:k])
        return False

    def _title_of_body_then_name_en(self, text: str, head: Mention, pos: int, end: int) -> Optional[Mention]:
        """``said Speaker of the House Ann Moss``, ``said Center for Policy Studies President Ann
        Moss``: the stop at ``of``/``for`` cut a title or a body off its name; read on through
        ``of``/``for`` (and ``the``) before a capitalised word, and keep the phrase when it ends in a
        full name after a title."""
        for _ in range(3):
            rest = tokens(text, pos, end)[:3]
            if len(rest) < 2 or rest[0][0] not in ("of", "for"):
                break
            j = 2 if rest[1][0] == "the" else 1
            if j >= len(rest) or not rest[j][0][:1].isupper():
                break
            cut = self._cut_at_stop(text, rest[j][1], end)
            if cut is None:
                break
            pos = cut[1]
        if "," in text[head.end:pos] and (field := _LAST_FIELD_EN.match(text, pos, end)) is not None:
            cut = self._cut_at_stop(text, field.start(1), end)  # "of Trade, Industry" + "and Energy spokesman Tom Green"
            pos = cut[1] if cut is not None else pos
        if pos <= head.end:
            return None
        full = self.chunk(text, head.start, pos)
        if full is not None and full.kind == ORGANISATION and head.kind == ORGANISATION:
            return full  # "said Center for Policy Studies": the whole body
        if full is None or full.kind != NAME or len(full.name.split()) < 2 or not full.role:
            return None
        if head.kind != TITLE and full.role.split()[-1].lower().strip(".") not in self.lex.titles:
            return None
        name_at = text.find(full.name.split()[0], head.end, pos)
        if name_at > 0:
            full.role = text[head.start:name_at].strip()
        full.start = head.start
        return full

    def _with_quoted_title_en(self, text: str, head: Mention) -> Mention:
        """English ``wrote the authors of the “Reach Project,”``: a description ending in ``of the``
        before a quoted title takes the title in; its marks stopped the reading."""
        if head.text.split()[-1].lower() not in ("of", "the"):
            return head
        m = _QUOTED_TITLE_AFTER_EN.match(text, head.end)
        if m is None:
            return head
        # the title keeps its closing mark (a name never holds a lone mark); one after the comma
        # or period set inside the marks is put right after the title's last word
        close = _CLOSER_OF_TITLE_OPENER_EN[m.group().lstrip()[0]]
        if text.startswith(close, m.end()):
            return Mention(DESCRIPTION, text[head.start:m.end() + 1], head.start, m.end() + 1)
        return Mention(DESCRIPTION, text[head.start:m.end()] + close, head.start, m.end())

    def _description_known_as_en(self, text: str, head: Mention, part) -> Optional[Mention]:
        """English ``said the camp chief known as Ray``, ``said a driver nicknamed Bo``: a
        description that names its person right after it; the name speaks, the description is its role."""
        if head.kind != DESCRIPTION:
            return None
        m = _KNOWN_AS_EN.match(text, head.end - len(head.text.split()[-1]), part[1])
        if m is None:
            return None
        cut = self._cut_at_stop(text, m.end(), part[1])
        name = self.chunk(text, *cut) if cut else None
        if name is None or name.kind != NAME:
            return None
        name.role = name.role or text[head.start:m.start()].strip()
        name.start = head.start
        return name

    def _role_noun_then_name(self, text: str, head: Mention, part) -> Optional[Mention]:
        """English ``said Dover resident Kyle Brandt``, ``said master of ceremonies Ann Lee``,
        ``said Smith campaign spokesman Kyle Brandt``: whatever opens the phrase (a place, a
        possessor, a lower-case title), a lower-case role noun right before a full name makes
        that name the speaker and the words before it the role."""
        wide = self._cut_at_stop(text, head.start, part[1], allow_prep=True)
        nxt = tokens(text, wide[1], part[1])[:1] if wide is not None else []
        if nxt and text[:wide[1]].endswith(" of") and not self._has_verb(text, nxt[0][2], part[1]):
            wide = (wide[0], part[1])  # "secretary of state Ann Lee": "state" after "of" is the title's
        if wide is None or wide[1] <= head.end:
            return None
        full = self.chunk(text, *wide)
        if (full is None or full.kind != NAME) and " of " in text[head.end:wide[1]]:
            of = text.rfind(" of ", head.end, wide[1])
            if text[of + 4:of + 5][:1].isupper():
                # "said Dover resident Ann Lee of Troy": the place after the name is no part of it
                wide = (wide[0], of)
                full = self.chunk(text, *wide)
        if full is None or full.kind != NAME or len(full.name.split()) < 2 or not full.role:
            return None
        name_at = text.find(full.name.split()[0], head.start, wide[1])
        before = tokens(text, head.start, name_at) if name_at > head.start else []
        if not before or name_at < head.end:
            return None
        lead = before[-1][0]
        low = lead.lower()
        after_of = len(before) >= 2 and before[-2][0] == "of"  # "secretary of state": a title word
        if not lead.islower() or low in PREPOSITIONS or low in _DETERMINERS_EN:
            return None  # "said Lee of Acme Corp", "said the Lee family": no role noun before the name
        if not after_of and (low in self.lex.stop_words or low in self.lex.function_words
                             or low in self.lex.pre_cues or low in self.lex.post_cues):
            return None  # "said Lee when asked about Tom Hale": a clause, not a role
        full.role = text[before[0][1]:before[-1][2]]
        full.start = head.start
        return full

    def _description_phrase(self, text: str, start: int, end: int) -> Optional[Mention]:
        """An English unnamed source as the article gives it, with its modifiers: ``one former Senate
        budget aide``, ``a friend close to the mayor``, ``one of the lawyers``, ``a former U.S. trade
        official``; up to a relative clause, a time phrase or a second verb."""
        ws = tokens(text, start, end)
        if not ws or ws[0][0].lower() not in _DESCRIPTION_OPENERS_EN:
            return None
        lex, out = self.lex, []
        for n, (w, s, e) in enumerate(ws):
            low = w.lower()
            nxt = ws[n + 1][0].lower() if n + 1 < len(ws) else ""
            if w == "." and out and s == out[-1][2] and nxt and (
                    "." in out[-1][0] or out[-1][0].lower() in ABBREVIATIONS_EN):
                out.append((w, s, e))  # "a former U.S. official": an abbreviation, not the end
                continue
            if not w[:1].isalnum() and not w.startswith("("):
                break
            if low in _NP_STOPS_EN or low in _TIME_WORDS_EN or (w.islower() and (low in lex.pre_cues or low in lex.post_cues)
                                                                 and out and out[-1][0].lower() not in _NP_LINKS_EN):
                break  # "a spokesman who …", "an aide on Tuesday", "an official said"
            if low in _NP_LINKS_EN and (nxt in {"a", "an"} or nxt in _TIME_WORDS_EN or nxt in _TIME_LEADS_EN or not nxt):
                break  # "a spokesman in a statement", "an aide on Tuesday"
            out.append((w, s, e))
            if len(out) > MAX_DESCRIPTION_WORDS:
                return None
        while out and (out[-1][0].lower() in _NP_LINKS_EN or out[-1][0].lower() in _DETERMINERS_EN or out[-1][0] == "."):
            out.pop()
        if len(out) < 2:
            return None
        return Mention(DESCRIPTION, text[out[0][1]:out[-1][2]], out[0][1], out[-1][2])

    def predicate_cut(self, text: str, mention: Mention) -> Mention:
        """The subject of an English phrase that runs on into its own predicate before the cue
        (``Lee issued a statement saying``, ``The memo goes on to say``, ``aides have been
        insisting``): the words before an auxiliary, or before a past verb and its object."""
        if self.lex.lang != "en" or mention.kind not in (DESCRIPTION, ANAPHOR):
            return mention
        ws = tokens(text, mention.start, mention.end)
        for n in range(1, len(ws)):
            low = ws[n][0]
            nxt = ws[n + 1][0] if n + 1 < len(ws) else ""
            if not low.islower():
                continue
            with_object = (_looks_past_en(low) or low in _PAST_WITH_OBJECT_EN) and (
                nxt in _DETERMINERS_EN or nxt in _VERB_PARTICLES_EN
                or (n + 2 == len(ws) and _bare_plural_object_en(nxt) and self.lex.is_finite_verb_form(low)
                    and ws[n - 1][0].isalpha() and ws[n - 1][0].islower() and ws[n - 1][0] not in PREPOSITIONS)) \
                and ws[n - 1][0].lower() not in _PASSIVE_AUXILIARIES_EN  # not "a study to be released this week"
            if low in _PREDICATE_STARTS_EN or with_object:
                head = ws[:n]
                while head and head[-1][0].islower() and head[-1][0].endswith("ly") and len(head[-1][0]) > 4:
                    head = head[:-1]  # "Her campaign quickly blasted out": the adverb is the verb's
                if not head or head[-1][0].lower() in _DETERMINERS_EN or head[-1][0].lower() in _QUANTIFIERS_EN \
                        or not (head[-1][0][:1].isalnum() or head[-1][0].startswith("(")):
                    return mention
                lows = {w[0].lower() for w in head}
                if lows & (RELATIVE_PRONOUNS | {"that", "it"}):
                    return mention  # "people who have fought …": the predicate of a relative clause
                cut = self.chunk(text, head[0][1], head[-1][2])
                if cut is None or (cut.kind == NAME and "and" in lows and not _coordinated(cut)):
                    return mention  # "Lee and Sen. Ann Park have both argued": not one of the two
                return cut
        return mention

    def clause_cut(self, text: str, mention: Mention) -> Optional[Mention]:
        """English: the subject of a description phrase that is a whole clause (``He faulted her
        record``, ``Lee huddled with aides``) or that ends in a manner adverb (``Lee jokingly``):
        a name or a pronoun; None when the phrase is no such thing."""
        if self.lex.lang != "en" or mention.kind not in (DESCRIPTION, ANAPHOR):
            return None
        ws = tokens(text, mention.start, mention.end)
        lead = self._clause_lead_en(text, ws)
        if lead is not None:
            return lead
        k = len(ws)
        while k > 1 and self.lex.is_adverb_between(ws[k - 1][0]) and ws[k - 1][0].endswith("ly"):
            k -= 1  # "Lee jokingly", "where she calmly": the adverb is the verb's
        if k < len(ws):
            cut = self.chunk(text, ws[0][1], ws[k - 1][2])
            if cut is not None and cut.kind in (NAME, PRONOUN):
                return cut
        return None

    def _clause_lead_en(self, text: str, ws) -> Optional[Mention]:
        """The subject of a phrase that is a whole clause: a subject pronoun and the words after it
        (``He faulted her record``), or a name and a verb in the past form (``Lee huddled with
        aides``); None when the phrase does not open so."""
        if len(ws) >= 2 and ws[0][0].lower() in ("he", "she", "they") and ws[1][0].islower() \
                and ws[1][0] not in ("and", "or", "nor") and ws[1][0].isalpha():
            return self.chunk(text, ws[0][1], ws[0][2])
        k = 0
        while k < len(ws) and (ws[k][0][:1].isupper() or ws[k][0] == "."):
            k += 1
        if k == 0 or k >= len(ws) or fold(text[ws[0][1]:ws[k - 1][2]]) in self.lex.descriptions:
            return None  # "People briefed on the talks": a description the participle goes on
        verb = ws[k][0]
        if not (verb in _FINITE_EN or (verb.islower() and verb.isalpha() and _looks_past_en(verb))):
            return None
        lead = self.chunk(text, ws[0][1], ws[k - 1][2])
        return lead if lead is not None and lead.kind == NAME else None

    def before_cue(self, text: str, start: int, end: int) -> Optional[Mention]:
        """The subject phrase right before a cue verb: ``Dennis Wilder, peneliti …, mengatakan``.
        An English name with no title takes the relative clause set off after it as its role
        (``Ann Lee, who heads the union, said``), as a post-cue name does.

        The direct and the indirect rules ask again about the same stretch before a cue: it is
        read once per text (the reading depends on the text and the stretch alone), and each
        caller gets its own copy, free to change.
        """
        seen = self._before_cues.get((start, end))
        if seen is None or seen[0] is not text:
            seen = self._before_cues[(start, end)] = (text, self._read_before_cue(text, start, end))
        m = seen[1]
        return None if m is None else Mention(m.kind, m.text, m.start, m.end, m.name, m.role, m.aliases)

    def _read_before_cue(self, text: str, start: int, end: int) -> Optional[Mention]:
        if self.lex.lang == "en" and (" in " in text[start:end] or " during " in text[start:end]):
            occasion = _OCCASION_BEFORE_CUE_EN.search(text, start, end)
            cue = text[end:end + 16].split()[:1]
            if occasion is not None and occasion.start() > start and not (cue and cue[0].lower() in _OCCASION_NOUNS_EN):
                # but "Ann Lee in a blog post said": "post" is the occasion's noun, not the cue
                end = occasion.start()  # "Ann Lee in a blog post said": the occasion is no part of the subject
        if self.lex.lang == "en" and "self" in text[start:end]:
            words = text[start:end].split()
            at = len(words) - 1 if words and words[-1] in _REFLEXIVES_EN else len(words) - 2 \
                if len(words) > 2 and words[-2] in _REFLEXIVES_EN and words[-1] in _FINITE_EN else None
            if at:
                # "Tom Hale himself has said": the stress is no part of the name
                end = text.rfind(words[at], start, end)
        if self.lex.lang == "en":
            lead = _DATE_LEAD_EN.match(text, start, end)
            if lead is not None:
                start = lead.end()  # "In 2011 Reed announced", "In March Reed said": the date is no role or name
        if self.lex.lang == "id" and ("bermula" in text[start:end] or "berawal" in text[start:end]):
            origin = _ORIGIN_TIME_CLAUSE_ID.search(text, start, end)
            if origin is not None:
                start = origin.end()  # "Kasus ini bermula saat Lina menuding …": who speaks opens the time clause
        mention = self._subject_before_cue(text, start, end)
        if mention is not None and self.lex.lang == "en" and mention.kind in (NAME, DESCRIPTION) \
                and (" that " in text[start:end] or " which " in text[start:end]):
            head = self._head_of_name_relative_en(text, start, end)
            if head is not None:
                return head  # "three workers of the hive that is Lee Mills told": the workers
        if mention is not None and self.lex.lang == "en" and mention.kind == NAME and mention.role \
                and mention.name.split()[-1] in self.lex.party_plurals and all(
                    w[:1].isupper() and w.lower() in self.lex.titles and w.lower() not in self.lex.institution_words
                    for w in mention.role.split()):
            # "Senior Tories said", "Senior Labour MPs said": a rank word describes a party's members,
            # no person with a title (a quantifier stays apart: "Some Democrats" names "Democrats")
            return Mention(DESCRIPTION, mention.text, mention.start, mention.end)
        if mention is not None and self.lex.lang == "en" and " and " in mention.text \
                and text[max(0, mention.start - 6):mention.start].endswith((". ", ".\n")):
            mention = self._with_plural_title_en(text, mention)
        if mention is not None and self.lex.lang == "en" and mention.kind == NAME and not mention.role:
            clause = _APPOSED_RELATIVE_EN.match(text, mention.end, end)
            if clause is not None and self._position_clause_en(clause.group(1)):
                mention.role = clause.group(1)
        if mention is not None and self.lex.lang == "en" and mention.kind == NAME and mention.role \
                and mention.role[:2] in ("th", "a ", "an") and mention.start > start:
            mention.role = self._role_after_opening_phrase_en(text, start, mention)
        if mention is not None and self.lex.lang == "en" and mention.kind == DESCRIPTION \
                and mention.start > start + 2 and text.startswith(("a ", "an "), mention.start) \
                and text[mention.start - 2:mention.start] == ", ":
            head = self._apposition_head_en(text, start, mention)
            if head is not None:
                return head
        return mention

    def _head_of_name_relative_en(self, text: str, start: int, end: int) -> Optional[Mention]:
        """English ``three workers of the busy hive that is Lee Mills told``, ``workers at the plant
        that Tom Cole built told``: a name inside a restrictive relative clause (``that is X``,
        ``that X built``) on a plural noun phrase right before the cue is no subject; the whole
        phrase from that noun phrase's opening is, as a description. None otherwise."""
        seg = text[start:end].rstrip()
        m = _NAME_RELATIVE_TAIL_EN.search(seg)
        if m is None:
            return None
        that, comma = seg.rfind(" that ", 0, m.start()), seg.rfind(", ", 0, m.start())
        head_at = max(that + 6 if that >= 0 else 0, comma + 2 if comma >= 0 else 0)
        words = seg[head_at:m.start()].split()
        # "Patients that Dr. Lee treats say": a plural noun alone opening the sentence is the head too
        bare_plural = head_at == 0 and len(words) == 1 and words[0][1:].islower() and words[0].isalpha() \
            and words[0].endswith("s") and words[0].lower() not in self.lex.given_names
        if not words or len(words) > MAX_RELATIVE_HEAD_WORDS_EN or not bare_plural and (not any(
                w.endswith("s") and w.islower() and w.isalpha() for w in words)
                or words[0].lower() not in _RELATIVE_HEAD_OPENERS_EN and not words[0].isdigit()) \
                or any(w.lower() in _FINITE_EN or w.lower() in {"so", "such"} for w in words):
            return None  # "The stakes are so high that Mr. Obama …": a clause of result, no noun phrase
        phrase = seg[head_at:]
        return Mention(DESCRIPTION, phrase, start + head_at, start + len(seg))

    def _role_after_opening_phrase_en(self, text: str, start: int, mention: Mention) -> str:
        """English ``After the meeting Foreign Secretary Tom Shaw said``: a role read after an
        opening preposition whose first two words (a determiner and a plain noun) end that
        preposition's phrase; the title after them is the role."""
        before = text[max(start, mention.start - MAX_OPENING_PREPOSITION_CHARS):mention.start].split()
        if not before or before[-1].lower() not in _ROLE_OPENING_PREPOSITIONS_EN:
            return mention.role
        words = mention.role.split()
        if len(words) < 3 or words[0] not in ("the", "a", "an") or not words[1].isalpha() or not words[1].islower() \
                or words[1] in self.lex.titles or words[1] in self.lex.title_modifiers:
            return mention.role
        rest = words[2]
        if not (rest in ("the", "a", "an") or rest[:1].isupper() or rest.lower() in self.lex.titles or rest.lower() in self.lex.title_modifiers):
            return mention.role
        return " ".join(words[2:])

    def _apposition_head_en(self, text: str, start: int, apposition: Mention) -> Optional[Mention]:
        """English ``Tom Lee QC, a member of Garden Chambers says``: an apposition whose closing
        comma the writer left out; the phrase before its comma is the subject (a name takes the
        apposition as its role), unless that phrase is an opener (``On Monday``, ``However``)."""
        comma = apposition.start - 2
        if "," in text[start:comma] or _RELATIVE_WORD_EN.search(apposition.text):
            return None  # "Nightjar, a group of hackers who officials say …": the relative clause's own subject
        head = self._subject_before_cue(text, start, comma)
        if head is None or head.start != start or head.kind not in (NAME, DESCRIPTION) or head.kind == DESCRIPTION \
                and not any(w[:1].isupper() for w in head.text.split()[1:]):
            return None  # "The plan, an inside source said, is …": the source is the apposition
        first = fold(text[start:comma].split(None, 1)[0])
        if first in self.lex.stop_words or first in self.lex.clause_openers or first in self.lex.adverbs_between \
                or first.endswith(("ing", "ed", "ly")):
            return None  # "Speaking in Leeds, a spokesman says", "Asked why, a …", "Finally, a …": an opener
        if head.kind == NAME and (not head.role or any(w.endswith("ed") and w.islower() for w in head.role.split())):
            head.role = apposition.text  # but not "The agency quoted" for a role: a verb is none
        return head

    def _with_plural_title_en(self, text: str, mention: Mention) -> Mention:
        """English ``Sens. Ann Lee and Bo Kim said``: the sentence splitter ends a sentence at the
        plural title's full stop; the people named together are the source with their title, as
        written. ``mention`` as it is when no such title stands right before it."""
        m = _PLURAL_TITLE_BEFORE_EN.search(text, max(0, mention.start - 6), mention.start)
        if m is None or mention.kind not in (NAME, ORGANISATION, DESCRIPTION):
            return mention
        phrase = text[m.start():mention.end]
        if mention.kind == NAME:
            if mention.name != text[mention.start:mention.end]:
                phrase = text[m.start():mention.start] + mention.name  # the list without its party tags
            return Mention(NAME, phrase, m.start(), mention.end, name=phrase, role=mention.role)
        return Mention(mention.kind, phrase, m.start(), mention.end)

    def _position_clause_en(self, clause: str) -> bool:
        """Whether an English relative clause gives the position somebody holds: a verb of holding
        one (``who heads the union``, ``who once served as ambassador``) or a title after ``is``/``was``
        (``who is executive vice president``); not ``who said last week …``, ``who is 28``."""
        words = [w.lower() for w in clause.split()[1:]]
        while words and words[0] in _CLAUSE_ADVERBS_EN:
            words = words[1:]
        if words[:1] and words[0] in self.lex.role_clause_verbs:
            return True
        if words[:2] in (["has", "been"], ["had", "been"]):
            words = words[1:]
        if not words or words[0] not in ("is", "was", "been"):
            return False
        head = []
        for w in words[1:]:
            if w in PREPOSITIONS or w in _APPOSITION_BREAKS_EN:
                break
            if w not in _DETERMINERS_EN and w not in _CLAUSE_ADVERBS_EN:
                head.append(w)
        return 1 <= len(head) <= MAX_APPOSITION_HEAD_EN and head[-1] in self.lex.titles  # "executive vice president"

    def _subject_before_cue(self, text: str, start: int, end: int) -> Optional[Mention]:
        lang_en, lang_id = self.lex.lang == "en", self.lex.lang == "id"  # asked again and again below: read once
        if lang_en:
            quoted = _QUOTED_AS_EN.search(text, start, end)
            if quoted is not None:
                end = quoted.start()  # "the club's boss was quoted as saying": the subject is the boss
            aside = self._dash_aside_start_en(text, start, end)
            if aside is not None:
                # "Mr Dunn - keen to calm investors - had said": the subject stands before the aside
                head = self.before_cue(text, start, aside)
                if head is not None and (head.kind == NAME or text[aside:aside + 4] != " -- "):
                    return head  # but "A former senator -- Ann Lee, who … -- said": the name in the aside
            # "Lee was not part of the trade; Iran insists …": a semicolon opens a new clause
            start = max(start, text.rfind(";", start, end) + 1)
        if lang_id and "—" in text[start:end]:
            seg = text[start:end].rstrip()
            opened = text.rfind("—", start, start + len(seg) - 1) if seg.endswith("—") else -1
            if opened > start:
                # "Rudi, Kepala Regu B … — tim yang datang pertama — menuturkan": the subject stands
                # before the aside set off by dashes
                head = self.before_cue(text, start, opened)
                if head is not None and head.kind == NAME:
                    return head
        if lang_id and ". " in text[start:end]:
            # "… nama baik AB. ihak Rina mengaku": a full stop after a word, then a word in lower case
            # (a typo cut its capital) ends the sentence before; the subject is after it
            stop = None
            for stop in _STOP_BEFORE_LOWER_ID.finditer(text, start, end):
                pass
            if stop is not None and stop.group(1).lower() not in ABBREVIATIONS_ID:
                start = stop.end()
                cut = tokens(text, start, end)[:1]
                if cut and not self.lex.is_common_word(cut[0][0]) and cut[0][0] not in self.lex.titles:
                    start = cut[0][2]  # the word that lost its capital is no title of the name after it
        parts = self._joined_title_list_id(text, self._comma_parts(text, start, end))
        if lang_id and len(parts) >= 3 and self.place_only(text, *parts[-1]):
            named = self._named_title_then_places_id(text, parts)
            if named is not None:
                return named
        if lang_en and len(parts) >= 2 and " and " in text[parts[-1][0]:parts[-1][1]]:
            if self._verb_list_end_en(text, parts):
                # "The body that checks how the grid works, grows and changes says": the verbs
                # listed go on with the relative clause before the comma; the whole is the subject
                parts = parts[:-2] + [(parts[-2][0], parts[-1][1])]
            else:
                parts = self._parallel_list_en(text, self._joined_body_list_en(text, parts))
        # Drop adverbs and auxiliaries between subject and verb ("juga", "has also").
        while parts:
            s, e = parts[-1]
            ws = tokens(text, s, e)
            while ws and ws[-1][0].lower() in self.lex.adverbs_between and not self._titled_anaphor_id(ws) \
                    and not (lang_en and _modal_surname_en(ws, self.lex)):
                ws.pop()
            if lang_en and len(parts) >= 2 and len(ws) >= 4 and ws[-1][0] in _FLOATING_QUANTIFIERS_EN \
                    and (ws[-2][0][:1].isupper() or _PARTY_TAG_TOKEN_EN.fullmatch(ws[-2][0])) and any(w[0] == "and" for w in ws):
                ws.pop()  # "Ann Lee, Tom Hale and Bo Kim all said": the list of names before it
                while ws and ws[-1][0].lower() in self.lex.adverbs_between and not self._titled_anaphor_id(ws):
                    ws.pop()
            if lang_en and len(ws) >= 2 and ws[-1][0].lower() in _DAYS_EN \
                    and ws[-2][0].lower() not in _DAY_MODIFIERS_EN \
                    and not any(w[0].islower() and w[0].endswith("ing") and len(w[0]) > 4 for w in ws[:-1]) \
                    and not (len(ws) >= 3 and ws[-2][0].islower() and _looks_past_en(ws[-2][0])):
                # "The Senate Tuesday said": the weekday dates the report (not "Super Tuesday", nor
                # "voters going to the polls Tuesday" or "the report released Friday", where it is
                # the participle's)
                ws.pop()
            if ws:
                parts[-1] = (s, ws[-1][2])
                break
            parts.pop()
        if lang_id and parts:
            parts[-1] = self._without_age_relative_id(text, self._without_setting_id(text, parts[-1]))
        if lang_en and parts and self._manner_adverb_part_en(text, parts[-1]):
            parts.pop()  # "Marc Lee, the group's head, forcefully told": the adverb is the verb's
        if lang_en and parts and self._predicate_part_en(text, parts[-1]):
            # "Ann Lee, a fan, incurred boos upon saying", "The club, in a note, emailed a report
            # saying": the part before the cue is the subject's predicate; the subject precedes it
            return self.before_cue(text, start, parts[-2][1]) if len(parts) >= 2 else None
        while len(parts) >= 2 and (tokens(text, *parts[-1])[0][0].lower() in _RELATIVE_OR_ORIGIN_WORDS
                                   or self.place_only(text, *parts[-1]) or _AGE_PART.match(text, *parts[-1])
                                   or self._region_after_place_en(text, parts)
                                   or self._adverbial_aside_id(text, parts[-1]) or self._date_after_name_id(text, parts)
                                   or self._date_after_apposition_id(text, parts) or self._date_after_aside_id(text, parts)):
            if self._object_relative(text, parts[-1], end, start):
                parts = [(tokens(text, *parts[-1])[1][1], parts[-1][1])]  # "…, which the mayor said": the mayor
                break
            if self._possessive_relative_en(text, parts[-1], end):
                parts = parts[-1:]  # "The ruling hurt Lee, whose lawyers argued": the speakers are "whose lawyers"
                break
            # "Abhan, yang juga menjadi narasumber, mengatakan", "Johnnie Wilson, of Springfield,
            # Va., said", "Ann Lee, 49, said": a relative clause, a home town or an age, not the speaker.
            dated = self._date_after_apposition_id(text, parts)
            parts.pop()
            if dated:
                parts[-1] = self._without_setting_id(text, parts[-1], in_title=True)
            elif lang_id:
                parts[-1] = self._without_setting_id(text, parts[-1])  # "Budi saat dihubungi, Senin (3/2),": the name
        while lang_en and len(parts) >= 2 and (_PARTY_TAG_EN.match(text, *parts[-1])
                                                             or self._aside_en(text, parts[-2], parts[-1])
                                                             or self._participle_aside_en(text, parts[-2], parts[-1])
                                                             or self._shared_aside_en(text, parts[-2], parts[-1])
                                                             or self._companion_aside_en(text, parts[-2], parts[-1])
                                                             or self._acronym_alias_en(text, parts[-1])
                                                             or _EXAMPLE_ASIDE_EN.match(text, *parts[-1])):
            # "Rep. Joan Tate, R-Utah, said", "Kent, in Denver, said": a party tag or a place or
            # time aside, not the speaker
            parts.pop()
        if lang_en and parts:
            rel = next((k for k, part in enumerate(parts) if k and (first := tokens(text, *part)[:1])
                        and first[0][0].lower() in RELATIVE_PRONOUNS), None)
            # the first part's words are read only when the second part opens a relative clause
            if rel == 1 and all(w[0][:1].isupper() or w[0] == "." or w[0].lower() in self.lex.titles
                                for w in tokens(text, *parts[0])):
                parts = parts[:rel]  # "Ann Lee, who farms near a border town, Eastville, said": Ann Lee
            elif rel is not None and rel + 2 == len(parts) and len(tokens(text, *parts[rel])) == 1 \
                    and text[parts[rel][0]:parts[rel][1]].strip().lower() == "who" and "," in text[parts[-1][1]:end]:
                parts = parts[:rel]  # "Ann Lee, who, after a row with Tom Hale, said": the antecedent speaks
        if not parts:
            return None
        if lang_en and len(parts) >= 2 and " by " in text[parts[0][0]:parts[0][1]]:
            record = self._record_by_listed_body_en(text, parts)
            if record is not None:
                return record
        if lang_en and len(parts) >= 2 and " and " in text[parts[-1][0]:parts[-1][1]]:
            listed = self._listed_people_en(text, parts) or self._listed_groups_en(text, parts) \
                or self._counted_pair_en(text, parts)
            if listed is not None:
                return listed
        if lang_id and len(parts) >= 2 and self._media_part_id(text, parts[0]):
            parts = parts[1:]  # "Dilansir Reuters, pemerintah Jepang mengatakan": the subject after the outlet
        if self._has_verb(text, *parts[-1]):
            return None  # "Memet mengungkapkan polisi": a clause, not a subject phrase
        if lang_en and len(parts) >= 2 and self._group_right_before_cue_en(text, parts[-1], end):
            group = self.chunk(text, *parts[-1])
            if group is not None and group.kind == DESCRIPTION:
                return group  # "Mr. Odell, officials said, has grown …": the officials report on him
        if lang_en and len(parts) >= 2:
            named = self._named_with_appositions(text, parts)
            if named is not None:
                return named
        if lang_en and len(parts) >= 2:
            whole = self.chunk(text, *parts[-1])
            tail = self._subject_tail(text, whole) if whole is not None and whole.kind == DESCRIPTION else whole
            if tail is not None and tail.kind == PRONOUN:
                return tail  # "At the fair, the band stopped when she told …": a clause with its own subject
        if lang_id and len(parts) >= 3:
            named = self._name_then_split_role_id(text, parts)
            if named is not None:
                return named
        if len(parts) >= 2 and self.starts_role(text, parts[-1]) and not _is_cap(text[parts[-1][0]:parts[-1][1]].strip()) \
                and not (lang_en and self._no_apposition_en(text, parts)):
            # "Dennis Wilder, peneliti senior …, mengatakan": name, then a lower-case apposition.
            prev = self.chunk(text, *self._after_opener(text, *parts[-2]))
            last = self.chunk(text, *parts[-1]) if lang_id else None
            if last is not None and last.kind == NAME and len(last.name.split()) >= 2 and last.role \
                    and last.role.islower() and prev is not None and prev.kind == NAME and prev.role:
                # "Kandidat doktor Universitas X, dokter Adam Prabata, mengatakan": a titled
                # phrase, then the person with a lower-case title; the phrase before is the role.
                last.role = prev.text
                return last
            if prev is not None and prev.kind == NAME:
                ws = tokens(text, *parts[-1])
                prev.role = prev.role or text[ws[0][1]:ws[-1][2]]
                return prev
        last = self.chunk(text, *self._after_opener(text, *parts[-1]))
        if last is None:
            return None
        if lang_en and last.kind in (DESCRIPTION, ANAPHOR) and text[parts[-1][1]:end].strip() == ",":
            lead = self._name_before_listed_verb_en(text, last)
            if lead is not None:
                return lead  # "Tom Lee hid the facts, admitted he …": the verbs listed share their subject
        if lang_en and last.kind == DESCRIPTION:
            last = self._subject_tail(text, last)
        elif lang_en and last.kind == ANAPHOR and " " in last.role:
            last = self._subordinate_subject_en(text, last) or last
        if lang_en and last.kind == DESCRIPTION:
            last = self._name_then_past_en(text, last) or self._clause_pronoun_en(text, last) or last
        if len(parts) >= 2 and self._subordinated_subject_en(tokens(text, *parts[-1])):
            return last  # "…, when the Ledger reported": a new clause; the part before is no apposition
        if self._city_of_title_id(text, parts, last) or self._body_aside_id(text, parts, last):
            # "Pengamat … Universitas Andalas, Padang, Feri Amsari": the campus's city; "Direktur
            # Maju, salah satu jenama busana, Wira": a description of the body
            parts = parts[:-2] + parts[-1:]
        if len(parts) >= 2:
            prev = self.chunk(text, *self._after_opener(text, *parts[-2]))
            if lang_en and prev is not None and prev.kind == DESCRIPTION and last.kind in (NAME, ORGANISATION) \
                    and tokens(text, *parts[-1])[0][0] in {"a", "an"} and self.group_of_person(text, prev):
                return prev  # "Officials at the Border Unit, a division of Customs Enforcement, said": the body's apposition
            if lang_id and last.kind == NAME and last.role and prev is not None and prev.kind == NAME \
                    and len(prev.name.split()) >= 2 and last.role.split()[-1].lower() in self.lex.org_heads:
                # "Budi Santoso, Direktur PT Sinar Logam, menyatakan": the capitalised words after "PT"
                # name the company, not a person; the apposition is the role of the name before it
                prev.role = prev.role or last.text
                return prev
            if last.kind == NAME and prev and (prev.kind in (TITLE, ORGANISATION, DESCRIPTION) or self.titled_body_id(prev)) \
                    and not last.role and self.starts_role(text, parts[-2]) \
                    and not (lang_en and (_time_phrase_en(tokens(text, *parts[-2]))
                                                        or _ASIDE_CUE_EN.match(text, end, end + 20) is not None)):
                last.role = prev.text  # "Kapolres Tasikmalaya Kota, AKBP Moch Fajar Rozak, membenarkan"
                return last
            if lang_id and last.kind == NAME and not last.role:
                role = self._listed_title_id(text, parts[:-1])
                if role is not None:
                    last.role = role  # "Menko Hukum, HAM, dan Imigrasi, Ali Akbar, menilai"
                    return last
            if lang_en and prev is not None and prev.kind == NAME and last.kind == DESCRIPTION \
                    and _object_of_description_en(prev) and _is_cap(last.text.split()[0]):
                # "One pastor supporting Mr. Ruiz, Dan Whitby of Grace Church, said": the name
                # closes a description of the speaker, who is named after the comma
                ws = tokens(text, last.start, last.end)
                k = next((k for k, w in enumerate(ws) if not (w[0][:1].isupper() or w[0] == ".")), len(ws))
                named = self.chunk(text, ws[0][1], ws[k - 1][2]) if 1 < k < len(ws) and ws[k][0] in ORIGIN_WORDS else None
                if named is not None and named.kind == NAME:
                    named.role = named.role or text[ws[k][1]:last.end]  # "of Grace Church"
                    return named
                return last
            if (last.kind in (DESCRIPTION, TITLE, ORGANISATION) or _name_after_preposition_en(last, self.lex)) \
                    and prev and prev.kind == NAME and (
                    self.starts_role(text, parts[-1]) or any(self.lex.is_role_word(w) for w in last.text.split())) \
                    and not (lang_en and self._no_apposition_en(text, parts)):
                prev.role = prev.role or last.text  # "Dennis Wilder, peneliti senior …, mengatakan"
                return prev
            if lang_en and last.kind == DESCRIPTION and prev is not None and prev.kind in (NAME, ORGANISATION) \
                    and self._possessive_apposition_en(text, parts[-2], parts[-1]):
                prev.role = prev.role or last.text  # "Even Peru, Lima's only ally, said": Peru, not the ally
                return prev
        return last

    def _verb_list_end_en(self, text, parts) -> bool:
        """English: whether the last comma part is the end of a list of verbs (``grows and
        evolves``) whose first item closes a relative or ``how`` clause in the part before
        (``The body that checks how the grid works``)."""
        ws = tokens(text, *parts[-1])
        if len(ws) > 4 or not ws or not self.lex.is_finite_verb_form(ws[0][0]):
            return False
        prev = [w[0].lower() for w in tokens(text, *parts[-2])]
        return len(prev) >= 3 and self.lex.is_finite_verb_form(prev[-1]) \
            and any(w in RELATIVE_PRONOUNS or w in {"that", "how"} for w in prev[1:-1])

    def _possessive_apposition_en(self, text, before, part) -> bool:
        """``…, Lima's only ally and …,``: a possessive opening a lower-case description set off after
        a subject that opens with no preposition and is no sentence adverb (not "In Peru, Lima's
        mayor said", "Increasingly, Lima's voters say")."""
        ws, lead = tokens(text, *part), tokens(text, *before)
        return len(ws) >= 2 and ws[0][0][:1].isupper() and ws[0][0].endswith(("'s", "’s")) and ws[1][0].islower() \
            and bool(lead) and lead[0][0].lower() not in PREPOSITIONS and not _time_phrase_en(lead) \
            and not (len(lead) == 1 and (self._sentence_adverb(lead[0][0]) or self.lex.is_adverb_between(lead[0][0].lower())))

    def _listed_people_en(self, text, parts) -> Optional[Mention]:
        """English ``Ann Lee, Tom Hale and Bob Kim said``: full names listed with commas, the last
        two joined by ``and``, speak together; the source is the whole list (from its first name)."""
        and_at = text.find(" and ", parts[-1][0], parts[-1][1])
        tagged = "(" in text[parts[0][0]:parts[-1][1]]
        if not self._listed_name_tagged_en(tokens(text, parts[-1][0], and_at), tagged):
            return self._listed_surnames_en(text, parts, and_at)
        last_end = parts[-1][1]
        if tagged:
            # "Ann Lee (D-Ore.), Tom Hale (D-Ohio) and Bob Kim (D-N.J.) said": each name's party
            # tag is an aside; the list reads as without them
            rest = tokens(text, and_at + 5, last_end)
            if self._listed_name_tagged_en(rest, tagged) and _PARTY_TAG_TOKEN_EN.fullmatch(rest[-1][0]):
                last_end = rest[-2][2]
                last = Mention(NAME, text[and_at + 5:last_end], and_at + 5, last_end, name=text[and_at + 5:last_end])
            else:
                last = self.chunk(text, and_at + 5, last_end)
        else:
            last = self.chunk(text, and_at + 5, last_end)
        if last is None or last.kind != NAME or last.role or last.start != and_at + 5 \
                or not self._listed_name_tagged_en(tokens(text, last.start, last_end), tagged):
            return None
        j = len(parts) - 1
        while j > 0 and self._listed_name_tagged_en(tokens(text, *parts[j - 1]), tagged):
            j -= 1
        if j == len(parts) - 1:
            return None  # "Ann Lee and Bob Kim": a pair, read as one chunk
        start, end = tokens(text, *parts[j])[0][1], last.end
        name = _PARTY_TAG_IN_EN.sub("", text[start:end]) if tagged else text[start:end]
        return Mention(NAME, name, start, end, name=name)

    def _listed_surnames_en(self, text, parts, and_at) -> Optional[Mention]:
        """English ``Hale, Grey and Moss say``, ``Ann Lee, Mr. Hale, and Moss said``: three or more
        people listed with commas, some by surname alone (or with an honorific), the last two
        joined by ``and`` (with or without a comma before it); they speak together, the whole list
        from its first member. A first member that may be a sentence-opening word (``Monday``,
        ``However``) opens no list."""
        last = tokens(text, and_at + 5, parts[-1][1])
        before = tokens(text, parts[-1][0], and_at)
        if not last or not self._listed_member_en(last):
            return None
        members = len(parts) - 1  # the parts before the last one
        if before:
            if not self._listed_member_en(before):
                return None
        elif members < 2:
            return None  # "Lee, and Moss said": no list
        j = len(parts) - 1
        while j > 0 and self._listed_member_en(tokens(text, *parts[j - 1])):
            j -= 1
        if len(parts) - j + (1 if before else 0) < 3:
            return None  # "Hale and Moss": a pair, read as one chunk; "On Monday, Hale and Moss"
        first = tokens(text, *parts[j])
        low = first[0][0].lower().strip(".")
        if len(first) == 1 and (low in self.lex.function_words or low in _DAYS_EN or low in _MONTHS_EN
                                or low.endswith("ly") or self.lex.is_adverb_between(low) or self._sentence_adverb(first[0][0])):
            j += 1
            if len(parts) - j + (1 if before else 0) < 3:
                return None
            first = tokens(text, *parts[j])
        start, end = first[0][1], last[-1][2]
        return Mention(NAME, text[start:end], start, end, name=text[start:end])

    def _listed_member_en(self, ws) -> bool:
        """A member of a list of people: a full name, a surname alone (``Moss``) or after an
        honorific (``Mr. Moss``); no place, title, day or month."""
        if self._full_name_en(ws):
            return True
        if len(ws) in (2, 3) and ws[0][0].lower().strip(".") in self.lex.honorifics and (len(ws) == 2 or ws[1][0] == "."):
            ws = ws[-1:]  # "Mr. Moss" (the full stop a token of its own)
        if len(ws) != 1:
            return False
        w = ws[0][0]
        low = w.lower()
        return w.isalpha() and _name_like(w, self.lex) and not self.lex.is_place(w) and not self.lex.is_role_word(w) \
            and low not in _DAYS_EN and low not in _MONTHS_EN and low not in self.lex.honorifics and not _is_acronym(w)

    def _listed_name_tagged_en(self, ws, tagged) -> bool:
        """A full name in a list (``Tom Hale``), or two or three name-like words closed by a party
        tag (``Zed Hale (D-Ohio)``: the tag marks a lawmaker, whatever the given name)."""
        if tagged and len(ws) >= 3 and _PARTY_TAG_TOKEN_EN.fullmatch(ws[-1][0]):
            ws = ws[:-1]
            return 2 <= len(ws) <= 3 and all(w[0][:1].isupper() and _name_like(w[0], self.lex)
                                             and not self.lex.is_place(w[0]) for w in ws)
        return self._full_name_en(ws)

    def _listed_groups_en(self, text, parts) -> Optional[Mention]:
        """English ``labor unions, church groups, and many local councillors said``: groups of
        people listed with commas, each a short phrase ending in a lower-case plural noun, the
        last two joined by ``and``; they speak together, the whole list as written (not the last
        member alone). One member at least is a known source noun (``unions``, ``officials``)."""
        last = tokens(text, *parts[-1])
        k = next((k for k, w in enumerate(last) if w[0] in ("and", "or")), None)
        if k is None or not self._plural_member_en(last[k + 1:]) or (k and not self._plural_member_en(last[:k])):
            return None  # (k == 0: "…, and many lawmakers", the serial comma before the last member)
        j = len(parts) - 1
        while j > 0 and len(parts) - j <= 4 and self._plural_member_en(tokens(text, *parts[j - 1])):
            j -= 1
        if j >= len(parts) - (2 if k == 0 else 1):
            return None  # "unions and councillors": a pair, read as one chunk
        members = [last[:k], last[k + 1:]] + [tokens(text, *part) for part in parts[j:-1]]
        if not any(_singular_en(ws[-1][0]) in SOURCE_NOUNS or _singular_en(ws[-1][0]) in self.lex.titles
                   for ws in members if ws):
            return None  # "taxes, fees and rents": things listed, no source
        start, end = self._after_opener(text, *parts[j])[0], last[-1][2]
        return Mention(DESCRIPTION, text[start:end], start, end)

    def _counted_pair_en(self, text, parts) -> Optional[Mention]:
        """English ``two members of Congress from Ohio, Ann Lee and Tom Hale, said``: a counted
        plural description, then the two people it counts, joined by ``and``; they speak together,
        the whole phrase as written."""
        if len(parts) < 2:
            return None
        head = tokens(text, *self._after_opener(text, *parts[-2]))
        if len(head) < 2 or head[0][0].lower() not in ("two", "both") and not (
                head[0][0].lower() == "the" and len(head) > 2 and head[1][0].lower() == "two"):
            return None
        if not any(w[0].islower() and w[0].endswith("s") and w[0] not in self.lex.stop_words for w in head[1:]):
            return None  # "two of them": no plural noun counted
        and_at = text.find(" and ", parts[-1][0], parts[-1][1])
        if not self._listed_name_en(tokens(text, parts[-1][0], and_at)) \
                or not self._listed_name_en(tokens(text, and_at + 5, parts[-1][1])):
            return None
        start, end = head[0][1], tokens(text, *parts[-1])[-1][2]
        return Mention(DESCRIPTION, text[start:end], start, end)

    def _plural_member_en(self, ws) -> bool:
        """One to four words ending in a lower-case plural noun (``environmental groups``, ``many
        Democratic lawmakers``); a capitalised first word may open the sentence (``Friends``)."""
        if not 1 <= len(ws) <= 4:
            return False
        head = ws[-1][0]
        head = head.lower() if len(ws) == 1 or (len(ws) == 2 and ws[0][0].lower() in self.lex.clause_openers) else head
        return head.isalpha() and head.islower() and len(head) > 3 and head.endswith("s") and not head.endswith("ss") \
            and head not in self.lex.stop_words and all(w[0].isalpha() or "-" in w[0] for w in ws) \
            and not any(w[0].lower() in ("and", "or", "of", "who", "that") for w in ws)

    def _listed_after_cue_en(self, text, parts, head: Mention) -> Optional[Mention]:
        """English ``wrote Ann Lee, Tom Hale and Bob Kim``: names of two or three words listed
        after the cue, the last two joined by ``and``; the whole list from the first name, or None."""
        if not 2 <= len(head.name.split()) <= 3:
            return None
        for m in range(1, min(len(parts), 5)):
            and_at = text.find(" and ", parts[m][0], parts[m][1])
            if and_at < 0:
                if not self._listed_name_en(tokens(text, *parts[m])):
                    return None
                continue
            last = self.chunk(text, and_at + 5, parts[m][1])
            if not self._listed_name_en(tokens(text, parts[m][0], and_at)) or last is None or last.kind != NAME \
                    or last.role or last.start != and_at + 5 or not self._listed_name_en(tokens(text, last.start, last.end)):
                return None
            return Mention(NAME, text[head.start:last.end], head.start, last.end, name=text[head.start:last.end])
        return None

    def _listed_name_en(self, ws) -> bool:
        """Two or three name-like capitalised words, no place or title among them (``Ann Marie Lee``)."""
        return 2 <= len(ws) <= 3 and all(_name_like(w[0], self.lex) and not self.lex.is_place(w[0])
                                         and not self.lex.is_role_word(w[0]) for w in ws)

    def _full_name_en(self, ws) -> bool:
        """A given name and one or two more name-like words (``Tom Hale``, ``Ann Marie Lee``)."""
        return 2 <= len(ws) <= 3 and ws[0][0].lower() in self.lex.given_names \
            and all(_name_like(w[0], self.lex) and not self.lex.is_place(w[0]) for w in ws)

    def _parallel_list_en(self, text, parts):
        """``45% of farmers, 30% of nurses and 12% of teachers say``, ``voters in Ohio, Iowa and
        Maine said``: a list of shares or of places runs across the commas; the subject is the
        whole list, not its last two members."""
        last = tokens(text, *parts[-1])
        k = next((k for k, w in enumerate(last) if w[0] == "and"), None)
        if not k or k + 1 >= len(last):
            return parts
        if self._share_en(last) is not None and self._share_en(last[k + 1:]) is not None:
            j = len(parts) - 1
            while j > 0 and self._share_en(tokens(text, *parts[j - 1])) is not None:
                j -= 1
            start = self._share_en(tokens(text, *parts[j]))  # "Voters split: 45% of farmers": after the colon
        elif self._places_en(last[:k]) and self._places_en(last[k + 1:]):
            j = len(parts) - 1
            while j > 1 and self._places_en(tokens(text, *parts[j - 1])):
                j -= 1
            head = tokens(text, *parts[j - 1])
            # the list closes a phrase "… in Ohio": the first place follows a preposition
            if len(head) < 3 or head[-2][0] not in ("in", "from") or not self._places_en(head[-1:]):
                return parts
            j -= 1
            start = parts[j][0]
        else:
            return parts
        return parts if j == len(parts) - 1 else parts[:j] + [(start, parts[-1][1])]

    @staticmethod
    def _share_en(ws) -> Optional[int]:
        """Where a share of a group opens (``45% of farmers``, ``12 percent of nurses``, after a
        colon), or None."""
        ws = ws[next((k + 1 for k in range(len(ws) - 1, -1, -1) if ws[k][0] == ":"), 0):]
        if len(ws) < 3 or not ws[0][0].replace(".", "").isdigit():
            return None
        k = 2 if ws[1][0] in ("%", "percent") else 1
        return ws[0][1] if len(ws) > k + 1 and ws[k][0] == "of" else None

    def _places_en(self, ws) -> bool:
        """One place name of one or two words (``Iowa``, ``New Mexico``)."""
        return 1 <= len(ws) <= 2 and all(w[0][:1].isupper() for w in ws) and self.lex.is_place(" ".join(w[0] for w in ws))

    def _joined_body_list_en(self, text, parts):
        """``A Department for Media, Culture and Sport spokeswoman``: a body named by a list of
        capitalised fields after ``for``/``of``; the commas are inside the name."""
        last = tokens(text, *parts[-1])
        k = next((k for k, w in enumerate(last) if w[0] == "and"), None)
        if k is None or k + 1 >= len(last) or not all(w[0][:1].isupper() for w in last[:k]) or not last[k + 1][0][:1].isupper() \
                or k == 0 and len(parts) < 3 or any(w[0].lower() in self.lex.given_names for w in last):
            return parts  # but "The Institute of Music, Ann Lee and Bob Kim": people listed after the body
        j = len(parts) - 2
        while j > 0 and len(parts) - j <= 4 and all(w[0][:1].isupper() and w[0].lower() not in self.lex.given_names
                                                      for w in tokens(text, *parts[j])) \
                and len(tokens(text, *parts[j])) <= 2:
            j -= 1  # "Environment, Food, and Rural Affairs": more fields
        head = tokens(text, *parts[j])
        lead = head[1:-2] if head and head[0][0].lower() in ("a", "an", "the") else head[:-2]
        if len(head) < 3 or head[-2][0] not in ("for", "of") or not head[-1][0][:1].isupper() or not lead \
                or not all(w[0][:1].isupper() and w[0].lower() not in self.lex.given_names for w in lead) \
                or not any(w[0].lower() in self.lex.institution_words for w in lead):
            return parts  # but "Ann Lee of the Board of Trade, Tom Hale and Bob Kim": people listed
        return parts[:j] + [(parts[j][0], parts[-1][1])]

    def _joined_title_list_id(self, text, parts):
        """Indonesian: ``parts`` with a title whose field is a list given with commas joined back
        into one part (``Kepala Dinas Tenaga Kerja`` + ``Transmigrasi`` + ``dan Energi DKI Jakarta
        Andri Yansyah``): a comma inside a title splits no subject. Each field is a few capitalised
        dictionary words or initials, not a name or a title of its own (``…, Wapres Ma'ruf Amin,
        dan Menteri Keuangan Sri Maryati`` are three people)."""
        if self.lex.lang != "id" or len(parts) < 2:
            return parts
        if len(parts) >= 3 and self.only_date_id(text, parts[-1]):
            return self._joined_title_list_id(text, parts[:-1]) + parts[-1:]  # "…, Rabu (14/10/2020), menjelaskan"
        last = tokens(text, *parts[-1])
        joiner = next((k for k, w in enumerate(last) if w[0] in _LIST_JOINERS_ID), None)
        if joiner is None or joiner + 1 >= len(last) or not last[joiner + 1][0][:1].isupper() \
                or last[joiner + 1][0].lower() in self.lex.titles or (joiner and not self._list_field_id(last[:joiner])):
            return parts  # "dan Energi DKI Jakarta Andri Yusran", "Hukum dan Kerja Sama BKN Parjono"
        named = self.chunk(text, *parts[-1])
        if named is None or named.kind != NAME or named.end != last[-1][2]:
            return parts  # "X, Kepala Divisi Operasi, IT dan Services PT Y (KITB), …": an apposition, no name after it
        k = len(parts) - 2
        while k >= 1 and self._list_field_id(tokens(text, *parts[k])):
            k -= 1
        if k == len(parts) - 2 and not joiner:
            return parts  # no field shows the list: "Kepala Dinas X Budi, dan Ani …"
        head = tokens(text, *parts[k])
        if not head or not head[-1][0][:1].isupper():
            return parts
        run = len(head)
        while run > 0 and (head[run - 1][0][:1].isupper() or head[run - 1][0] in "()"):
            run -= 1
        if run == len(head) or head[run][0].lower() not in self.lex.titles:
            return parts  # the run before the list opens with no title: a list of names or places
        return parts[:k] + [(parts[k][0], parts[-1][1])]

    def _listed_fields_id(self, text, part) -> bool:
        """Indonesian: whether ``part`` is the rest of a title's list of fields after a comma
        (``Legal & Business Support PT X``, ``Kelautan dan Pertanian``): one field, a joiner, then
        capitalised dictionary words, initials or an organisation's name; no name of a person
        (``Rina dan Ani``) and no verb."""
        if self.lex.lang != "id":
            return False
        ws = tokens(text, *part)
        while ws and ws[-1][0] in ".!?":
            ws = ws[:-1]  # the sentence's full stop
        joiner = next((k for k, w in enumerate(ws) if w[0] in _LIST_JOINERS_ID), None)
        if not joiner or joiner + 1 >= len(ws) or not self._list_field_id(ws[:joiner]):
            return False
        after = ws[joiner + 1]
        lex = self.lex
        return after[0][:1].isupper() and (lex.is_common_word(after[0]) or lex.is_english_word(after[0])
                                      or _is_acronym(after[0])) and after[0].lower() not in lex.titles \
            and all(w[0][:1].isupper() or w[0] in _LIST_JOINERS_ID or w[0] in "()" for w in ws)

    def _list_field_id(self, ws) -> bool:
        """Whether ``ws`` is one field of an Indonesian title's list: a few capitalised dictionary
        words or initials (``Transmigrasi``, ``Sumber Daya Manusia``, ``SDM``), not a titled name."""
        if not 1 <= len(ws) <= MAX_LIST_FIELD_WORDS_ID or not all(w[0][:1].isupper() for w in ws):
            return False
        known = [self.lex.is_common_word(w[0]) or _is_acronym(w[0]) for w in ws]
        # "Hukum" is a field; "Wapres Ma'ruf Amin" is a titled name
        return known[0] and not (ws[0][0].lower() in self.lex.titles and not all(known))

    def _adverbial_aside_id(self, text, part) -> bool:
        """Indonesian: whether a comma part after the subject is an aside of place or occasion
        (``…, di Slawi, mengatakan``, ``…, saat dihubungi, menuturkan``), not the speaker."""
        ws = tokens(text, *part)
        return self.lex.lang == "id" and bool(ws) and (ws[0][0] in _ASIDE_OPENERS_ID or ws[0][0] in _CONTACTED_ID)

    def _listed_title_id(self, text, parts) -> Optional[str]:
        """Indonesian: the title that ``parts`` end with when it lists its fields or bodies with
        commas (``Menko Hukum``, ``HAM``, ``dan Imigrasi``): a part that opens a role, then short
        capitalised parts, the last one joined by ``dan``/``serta``; else None."""
        last = tokens(text, *parts[-1]) if parts else []
        if len(parts) < 3 or not last or last[0][0] not in _LIST_JOINERS_ID:
            return None
        for k in range(len(parts) - 2, max(-1, len(parts) - 2 - MAX_LISTED_FIELDS), -1):
            ws = tokens(text, *parts[k])
            if not ws or not ws[0][0][:1].isupper():
                return None
            if ws[0][0].lower() in self.lex.titles or ws[0][0].lower() in self.lex.role_openers:
                return text[ws[0][1]:last[-1][2]]  # the title opens here
            if len(ws) > MAX_LIST_FIELD_WORDS_ID:
                return None  # a clause, not one field of a title
        return None

    def _without_setting_id(self, text, part, in_title: bool = False):
        """Indonesian: ``part`` cut before the setting of the speech after a capitalised word: a
        lower-case aside opener, then lower-case words (``Fadli Zon dalam sambutannya``, ``Budi saat
        ditemui``). In a subject the setting runs to the part's end in a few lower-case words; in a
        title set off by commas it may name bodies of its own (``Gubernur X dalam rapat dengan
        DPR``), so only its first word need be lower case."""
        ws = tokens(text, *part)
        for k in range(1, len(ws) - 1):
            if ws[k][0] not in _ASIDE_OPENERS_ID or not (ws[k - 1][0][:1].isupper() or _AGE.match(ws[k - 1][0])):
                continue  # after a name or its age: "Budi dalam keterangannya", "Budi (66) pada Selasa"
            rest = ws[k + 1:]
            core = rest if in_title else _without_trailing_day_id(rest)
            dated = len(core) < len(rest)  # the setting closes with the day of the speech
            if rest[0][0].islower() if in_title else (
                    len(core) <= MAX_ADVERBIAL_WORDS_ID and all(w[0].islower() for w in core)
                    # "dalam keterangan tertulis yang diterima Kompas pada Kamis (29/10)": the day
                    # vouches for a longer setting, which may name the outlet it was given to
                    or dated and len(core) <= MAX_DATED_SETTING_WORDS_ID and (not core or core[0][0].islower())
                    and not _ends_in_unnamed_outlet_id(core)
                    or self._contacted_at_place_id(rest)):
                return part[0], ws[k - 1][2]
        return part

    def _contacted_at_place_id(self, ws) -> bool:
        """Indonesian ``dihubungi di Jakarta``, ``ditemui dari Jayapura``: a participle of being
        reached for comment, a few lower-case words, then the place it happened (after ``saat`` in
        ``Budi saat dihubungi di Jakarta``)."""
        if not ws or ws[0][0] not in _CONTACTED_ID or len(ws) > MAX_ADVERBIAL_WORDS_ID + 2:
            return False
        at = next((n for n, w in enumerate(ws) if w[0] in ("di", "dari")), None)
        return at is not None and all(w[0].islower() for w in ws[:at]) and at + 1 < len(ws) \
            and all(w[0][:1].isupper() for w in ws[at + 1:])

    def _without_age_relative_id(self, text, part):
        """Indonesian: ``part`` without a relative clause on a capitalised name and its age
        (``Andri (23) yang juga kakak korban``): the person, not a description of them."""
        m = _AGE_THEN_RELATIVE_ID.search(text, *part)
        words = text[part[0]:m.start()].split() if m is not None else []
        if not words or not words[-1][:1].isupper():
            return part  # "warga berusia (23) yang …": no name before the age
        return part[0], m.start("age_end")

    def _date_after_aside_id(self, text, parts) -> bool:
        """Indonesian ``Budi, saat dihubungi, Jumat (12/2/2021), mengatakan``: the day of the speech
        after an aside of its setting; neither is part of the subject."""
        return self.lex.lang == "id" and len(parts) >= 3 and self.only_date_id(text, parts[-1]) \
            and self._adverbial_aside_id(text, parts[-2])

    def _date_after_name_id(self, text, parts) -> bool:
        """Indonesian ``Bupati X Kustini, Senin (3/3), menuturkan``: the last part is only a
        weekday and its date, and the part before it is a titled name and nothing else."""
        if self.lex.lang != "id" or not self.only_date_id(text, parts[-1]):
            return False
        named = self._without_setting_id(text, parts[-2])  # "Budi saat dihubungi, Senin (3/2), mengatakan"
        before = tokens(text, *named)
        head = self.chunk(text, *named)
        return head is not None and head.kind == NAME and head.start == before[0][1] and head.end == before[-1][2] \
            and not any(w[0].islower() and w[0] not in self.lex.titles and w[0] not in _LIST_JOINERS_ID
                        for w in before)  # not "X dalam keterangan pers di Y"

    def _named_title_then_places_id(self, text, parts) -> Optional[Mention]:
        """Indonesian ``Rudi, Kepala Regu B …, Kebayoran Lama, Jakarta Selatan, menuturkan``: a name,
        its title, then only the places of the title's post (the last a known place, those before it
        a few capitalised words with no title word); the name is the subject, the title its role."""
        k = len(parts) - 1
        while k > 2:
            ws = tokens(text, *parts[k - 1])
            if not (self.place_only(text, *parts[k - 1]) or (
                    len(ws) <= 3 and all(w[0][:1].isupper() and not self.lex.is_role_word(w[0]) for w in ws))):
                break
            k -= 1
        if k != 2 or not self.starts_role(text, parts[1]) or self._has_verb(text, *parts[1]):
            return None
        head = self.chunk(text, *parts[0])
        if head is None or head.kind != NAME or head.role:
            return None
        ws = tokens(text, *parts[1])
        head.role = text[ws[0][1]:ws[-1][2]]
        return head

    def _city_of_title_id(self, text, parts, last: Mention) -> bool:
        """Indonesian ``Pengamat … dari Universitas Sukamaju, Yogyakarta, Gabriel Lelo``: between
        a title part and the untitled name closing the subject, one capitalised word (or a known place)
        set off by commas is the city of the title's institution, not a person nor the title."""
        if self.lex.lang != "id" or len(parts) < 3 or last.kind != NAME or last.role:
            return False
        city = tokens(text, *parts[-2])
        return (len(city) == 1 or self.place_only(text, *parts[-2])) \
            and all(w[0][:1].isupper() and w[0].lower() not in self.lex.titles for w in city) \
            and self.starts_role(text, parts[-3]) and not self._has_verb(text, *parts[-3])

    def _body_aside_id(self, text, parts, last: Mention) -> bool:
        """Indonesian ``Direktur Maju, salah satu jenama busana Indonesia, Wira Santoso``: between a
        capitalised title part and the untitled name closing the subject, a short lower-case part
        with no verb describes the title's body; it is neither the person nor the role."""
        if self.lex.lang != "id" or len(parts) < 3 or last.kind != NAME or last.role:
            return False
        aside = tokens(text, *parts[-2])
        title = tokens(text, *parts[-3])
        return bool(aside) and bool(title) and aside[0][0].islower() and len(aside) <= MAX_BODY_ASIDE_WORDS_ID \
            and aside[0][0] not in self.lex.titles and title[0][0][:1].isupper() and self.lex.is_role_word(title[0][0]) \
            and any(w[0][:1].isupper() for w in title[1:]) and not self._has_verb(text, *parts[-2]) \
            and not self._has_verb(text, *parts[-3])

    def only_date_id(self, text, part) -> bool:
        """Indonesian: whether the comma part ``text[part[0]:part[1]]`` is only a weekday and its
        date (``Jumat (10/7/2020)``), maybe with its time of day or an aside of place after it
        (``Kamis (6/8/2020) di Jakarta``)."""
        ws = tokens(text, *part)
        aside = next((k for k, w in enumerate(ws) if w[0] in _ASIDE_OPENERS_ID), len(ws))
        return bool(ws) and ws[0][0].lower() in _DAYS_ID \
            and not any(w[0][:1].isalpha() and w[0] not in _DAY_TIMES_ID for w in ws[1:aside])

    def _date_after_apposition_id(self, text, parts) -> bool:
        """Indonesian ``Budi, Kepala Dinas X, Jumat (10/7/2020), membenarkan``: a bare name, its
        title set off by commas, then the day of the speech; the date is no part of the subject."""
        if self.lex.lang != "id" or len(parts) < 3 or not self.only_date_id(text, parts[-1]) \
                or not self.starts_role(text, parts[-2]):
            return False
        head = self.chunk(text, *self._after_opener(text, *parts[-3]))
        return head is not None and head.kind == NAME and not head.role \
            and head.end == tokens(text, *parts[-3])[-1][2]

    def _titled_anaphor_id(self, ws) -> bool:
        """Indonesian ``Ketum Gerindra ini``: a title phrase closed by a demonstrative points back
        to a person named before; the ``ini`` is no adverb to drop."""
        return self.lex.lang == "id" and len(ws) >= 2 and ws[-1][0].lower() in self.lex.demonstratives \
            and ws[0][0].lower() in self.lex.titles

    def titled_body_id(self, mention: Mention) -> bool:
        """Indonesian: whether a phrase read as a titled one-word name is a title and the body it
        heads (``Rektor Undip``, ``Rektor Universitas Diponegoro``) when a name follows it
        after a comma: the person is that name, not ``Undip``."""
        return self.lex.lang == "id" and mention.kind == NAME and len(mention.name.split()) == 1 \
            and bool(mention.role) and mention.role.split()[0].lower() in self.lex.titles

    def _name_then_split_role_id(self, text: str, parts) -> Optional[Mention]:
        """Indonesian ``Marfan T, Kepala Divisi Operasi, IT dan Services PT X (KITB), mengatakan``:
        a bare full name, then a title whose own comma splits it in two; the name is the speaker
        and both parts are its role (the last part alone would read as a name with a title)."""
        name_part, title_part = parts[-3], parts[-2]
        title_words = tokens(text, *title_part)
        if not title_words or not title_words[0][0][:1].isupper() or not self.starts_role(text, title_part):
            return None
        head = self.chunk(text, *self._after_opener(text, *name_part))
        if head is None or head.kind != NAME or head.role or len(head.name.split()) < 2 \
                or head.end < tokens(text, *name_part)[-1][2]:
            return None  # "Kepala X Budi, …": not a bare name closing its part
        last = tokens(text, *parts[-1])
        if not last[0][0][:1].isupper() or last[0][0].lower() in _DAYS_ID or any(c.isdigit() for c in text[slice(*parts[-1])]):
            return None  # "…, Senin (20/4/2020), mengatakan", "…, seusai rapat, mengatakan": a time, not a role
        tail = self.chunk(text, *parts[-1])
        if tail is not None and tail.kind == NAME and not tail.role:
            return None  # "Akademisi Jurusan X, Universitas Y, Kaseno, menyebut": the last part is the person
        head.role = text[title_words[0][1]:last[-1][2]]
        return head

    def _name_then_past_en(self, text: str, mention: Mention) -> Optional[Mention]:
        """English ``Lee paused, then said``: a name and a verb in the past form are a first
        predicate coordinated with the cue; the name is its subject."""
        if text[mention.end:mention.end + 1] != ",":
            return None  # "Lee released notes …": the verb's object follows, no second predicate
        ws = tokens(text, mention.start, mention.end)
        verb = ws[-1][0] if len(ws) >= 2 else ""
        if not (verb.islower() and _looks_past_en(verb)) or not all(w[0][:1].isupper() or w[0] == "." for w in ws[:-1]):
            return None
        lead = self.chunk(text, ws[0][1], ws[-2][2])
        return lead if lead is not None and lead.kind == NAME else None

    def _object_relative(self, text: str, part, end: int, start: int) -> bool:
        """English ``…, which the mayor said``, ``…, who he claims``: a relative clause whose own
        subject stands right before the cue (no comma between) is the report's source, not an aside
        of the subject."""
        ws = tokens(text, *part)
        if self.lex.lang != "en" or len(ws) < 2 or ws[0][0].lower() not in {"which", "whom", "who"} or "," in text[part[1]:end]:
            return False
        low = ws[1][0].lower()
        if ws[0][0].lower() == "who" and (len(ws) != 2 or low not in _SUBJECT_PRONOUNS_EN
                                           or self._reported_before_en(text, start, part[0])):
            # "who he claims", not "who in 2010 said", "who lost the race said", nor "Lee said he
            # would fire them, who he believes are lazy": a report inside a report stays the outer one's
            return False
        return not (low.endswith("ly") or low in self.lex.adverbs_between or low in self.lex.pre_cues)  # not "which also said"

    def _possessive_relative_en(self, text: str, part, end: int) -> bool:
        """English ``…, whose lawyers argued``: a relative clause opened by ``whose`` and a short noun
        phrase right before the cue (no comma between, no verb in it) is the cue's own subject,
        the antecedent's people, not an aside of the subject before it."""
        ws = tokens(text, *part)
        if self.lex.lang != "en" or not 2 <= len(ws) <= 4 or ws[0][0].lower() != "whose" or "," in text[part[1]:end]:
            return False
        return all(w[0].isalpha() and w[0].islower() and w[0] not in self.lex.adverbs_between
                   and w[0] not in self.lex.pre_cues and not w[0].endswith("ly") for w in ws[1:]) \
            and not self._has_verb(text, ws[1][1], part[1])

    def _reported_before_en(self, text: str, start: int, end: int) -> bool:
        """Whether a cue word (``said``, ``argues``) stands between ``start`` and ``end``."""
        words = re.findall(r"[A-Za-z]+", text[start:end])
        return any(w.lower() in self.lex.pre_scan and not (
            n and words[n - 1].lower() in _NOUN_CUE_LEADS_EN or words[n + 1:n + 2] == ["of"])
            for n, w in enumerate(words))  # not "gave a few hints of": a noun

    def _aside_en(self, text: str, before, part) -> bool:
        """English ``Lee, in Denver, said``, ``Officials, in a statement, said``: a short phrase
        opening with a preposition after a capitalised subject, with no pronoun or relative word
        of its own (not ``…, in which he said``, ``…, at the town hall she said``)."""
        opener = text[part[0]:part[0] + 12].split(None, 1)
        if not opener or opener[0] not in _ASIDE_PREPS_EN:
            return False
        ws = tokens(text, *part)
        lead = tokens(text, *before)
        if not ws or not lead or ws[0][0] not in _ASIDE_PREPS_EN or not lead[0][0][:1].isupper() or len(ws) > 20:
            return False
        if len(ws) > 8:
            # "The administration, in an effort to help workers that has drawn criticism, has said": a
            # long aside, its relative clause its own ("that has"), before the subject's verb
            return ws[0][0] == "in" and ws[1][0] in {"a", "an"} and not any(
                w[0].lower() in self.lex.pronouns or (w[0].lower() in RELATIVE_PRONOUNS and (
                    w[0].lower() != "that" or k + 1 >= len(ws) or ws[k + 1][0] not in {"has", "have", "had", "is", "was"}))
                for k, w in enumerate(ws))
        return not any(w[0].lower() in RELATIVE_PRONOUNS or w[0].lower() in self.lex.pronouns for w in ws)

    def _shared_aside_en(self, text: str, before, part) -> bool:
        """English ``Ann Lee and Tom Roe, both Republicans, said``, ``…, both up for reelection, said``:
        what the people joined before it share, not the speaker."""
        ws = tokens(text, *part)
        lead = tokens(text, *before)
        return bool(ws) and ws[0][0] in _SHARED_ASIDE_OPENERS_EN and any(w[0] == "and" for w in lead) \
            and bool(lead) and lead[0][0][:1].isupper()

    def _companion_aside_en(self, text: str, before, part) -> bool:
        """English ``Fields, along with reporter Ben Tarr, say``: the companion set off after the
        subject is not the speaker, whose own phrase comes first."""
        ws = tokens(text, *part)
        if len(ws) < 3 or (ws[0][0], ws[1][0]) not in _COMPANION_OPENERS_EN:
            return False
        lead = self.chunk(text, *before)
        return lead is not None and lead.kind in (NAME, DESCRIPTION, ORGANISATION, TITLE)

    def _dash_aside_start_en(self, text: str, start: int, end: int) -> Optional[int]:
        """Where an English aside set off by spaced hyphens opens, when it ends right before the
        cue (``Shareholders United - which has fought the bid - said``; at most an auxiliary or
        an adverb between): British style writes the dash as `` - ``."""
        if text.find(" -", start, end) < 0:
            return None  # no spaced hyphen (most subjects): both patterns open with one, so neither matches
        m = _HYPHEN_ASIDE_EN.search(text, start, end)
        if m is None or m.end() != end:
            # "Kall -- co-editor of … -- said", "Lee - who said she would "win" - said"
            m = _TYPED_DASH_ASIDE_EN.search(text, start, end)
            if m is not None and not _is_cap((text[start:m.start()].split() or [""])[-1]):
                return None  # "The court's justice -- who …": a description before the aside; see the caller
        if m is None or m.end() != end:
            return None
        if any(w.lower() not in self.lex.adverbs_between for w in (m.group(1) or m.group(m.lastindex) or "").split()):
            return None
        return m.start()

    def _acronym_alias_en(self, text: str, part) -> bool:
        """English ``…, spokesman for Democracy for America, or DFA, said``: ``or`` and an acronym
        give the short name of the organisation just named, not the speaker."""
        ws = tokens(text, *part)
        return len(ws) == 2 and ws[0][0] == "or" and _is_acronym(ws[1][0])

    def _manner_adverb_part_en(self, text: str, part) -> bool:
        """English ``…, forcefully told``: a part that is one lower-case manner adverb."""
        if part[0] >= 0 and not text[part[0]:part[1]].rstrip().endswith("ly"):
            return False  # (most parts) its last word, which ends where the part's last mark does, is no adverb
        ws = tokens(text, *part)
        return len(ws) == 1 and ws[0][0].endswith("ly") and self.lex.is_adverb_between(ws[0][0])

    def _name_before_listed_verb_en(self, text: str, phrase: Mention) -> Optional[Mention]:
        """English ``Tom Lee hid the facts, admitted …``: a name, then a lower-case past verb and
        its object, set off by a comma right before the cue; the cue is the next verb of a list
        whose subject is the name. The name, or None."""
        ws = tokens(text, phrase.start, phrase.end)
        k = next((k for k in range(1, min(len(ws) - 1, MAX_LISTED_VERB_AT + 1)) if self._listed_past_verb_en(ws, k)), 0)
        if not k:
            return None  # "Tom Lee, retired officers …": no verb and object
        lead = self.chunk(text, ws[0][1], ws[k - 1][2])
        return lead if lead is not None and lead.kind in (NAME, DESCRIPTION, ORGANISATION, ANAPHOR) and lead.end == ws[k - 1][2] \
            and lead.start == ws[0][1] else None

    def _listed_past_verb_en(self, ws, k) -> bool:
        """Whether ``ws[k]`` is a lower-case past verb before its object (``hid the``, ``blocked it``)."""
        verb, nxt = ws[k][0], ws[k + 1][0].lower()
        return verb.islower() and (_looks_past_en(verb) or verb in _PAST_WITH_OBJECT_EN
                                   or verb in _LISTED_IRREGULAR_PAST_EN) and not self.lex.is_role_word(verb) \
            and (nxt in _DETERMINERS_EN or nxt in _OBJECT_PRONOUNS_EN or nxt.endswith(("'s", "’s")) or nxt in _VERB_PARTICLES_EN)

    def _predicate_part_en(self, text: str, part) -> bool:
        """English ``…, drew a wave of jeers upon``, ``…, put it in a note``, ``…, furrowed his
        brow and``: a part opening with a lower-case past verb before its object or particle is the
        predicate of a subject named before it (not ``retired officers``, ``elected officials``)."""
        ws = tokens(text, *part)
        if ws and ws[0][0] == "and":
            ws = ws[1:]  # "Lee thanked them and followed up with a jab at Roe, who said": Lee's second verb
        if len(ws) < 2 or not ws[0][0].islower():
            return False
        verb, nxt = ws[0][0], ws[1][0].lower()
        past = _looks_past_en(verb) or verb in _PAST_WITH_OBJECT_EN
        if any(w[0].lower() in _ROLE_CLAUSE_BREAKS_EN for w in ws):
            return False  # "…, issued a statement after Ray Dunn told": the cue has its own subject
        return past and not self.lex.is_role_word(verb) and (
            nxt in _DETERMINERS_EN or nxt in _VERB_PARTICLES_EN or nxt in _OBJECT_PRONOUNS_EN)

    def _participle_aside_en(self, text: str, before, part) -> bool:
        """English ``Lee, speaking to reporters, said``, ``Ann Lee, smiling, said``: a participle
        phrase after a named subject is what the subject was doing, not the speaker
        (``acting director``, ``ranking member`` have no preposition or object after the -ing word)."""
        ws = tokens(text, *part)
        if len(ws) > 2 and ws[1][0] == "by" and ws[0][0].islower() and (ws[0][0].endswith("ed") or ws[0][0] == "led"):
            # "The aides, led by the campaign manager, told", "Lee, joined by Senator Ann Moss, said":
            # the one doing the leading or joining is not the subject
            lead = self.chunk(text, *before)
            return lead is not None and lead.kind in (NAME, DESCRIPTION, ANAPHOR, ORGANISATION, TITLE)
        if len(ws) > 2 and ws[1][0] in _PAST_PARTICIPLE_PREPS_EN and ws[0][0].islower() and ws[0][0].endswith("ed") \
                and len(ws[0][0]) > 5 and len(ws) <= MAX_PARTICIPLE_ASIDE_WORDS:
            # "A study by Dell Economics, prepared for the Grocers Federation, predicted": a past
            # participle and its phrase tell what was done to the subject, not who speaks
            lead = self.chunk(text, *before)
            return lead is not None and lead.kind in (NAME, DESCRIPTION, ORGANISATION)
        if ws and " ".join(w[0] for w in ws[:3]).startswith(_NICKNAME_OPENERS_EN):
            lead = self.chunk(text, *before)  # "Moya, nicknamed Charly, said": the subject's other name
            return lead is not None and lead.kind == NAME
        if len(ws) > 2 and ws[0][0].endswith(_ADVERB_SUFFIXES_EN) and ws[0][0].islower():
            ws = ws[1:]  # "One message, apparently referring to the strikes, said": the adverb is the participle's
        if not ws or not ws[0][0].islower() or not ws[0][0].endswith("ing") or len(ws[0][0]) <= 5 \
                or self.lex.is_role_word(ws[0][0]) or len(ws) > MAX_PARTICIPLE_ASIDE_WORDS:
            return False
        obj = 2 if len(ws) > 2 and ws[1][0].endswith(_ADVERB_SUFFIXES_EN) and ws[1][0].islower() else 1
        if len(ws) > obj and ws[obj][0].lower() not in _PARTICIPLE_OBJECTS_EN:
            return False  # but "speaking exclusively to KRX Sport": an adverb before the object
        if any(w[0].lower() in _ROLE_CLAUSE_BREAKS_EN or w[0] == "as" for w in ws):
            return False  # "jabbing a finger at him as she said": the part opens the cue's own clause
        lead = self.chunk(text, *before)
        # "Others, reacting to the news, shouted": a described source is doing it as well as a named one;
        # "But Parry, speaking to KRX Sport, admits": a name that is also an English word reads as a body
        return lead is not None and lead.kind in (NAME, DESCRIPTION, ORGANISATION)

    def _no_apposition_en(self, text: str, parts) -> bool:
        """English ``In Denver, officials said``, ``… in Yuma, Ariz., border officials say``,
        ``A week ahead of the Ohio Primary, Lee's campaign says``: the part before the subject
        is an opening phrase or a place, not a name followed by its apposition."""
        lead = tokens(text, *parts[-2])
        if not lead or lead[0][0].lower() in PREPOSITIONS or self.place_only(text, *parts[-2]):
            return True
        if len(lead) > 2 and lead[0][0].endswith("ing") and len(lead[0][0]) > 5 and lead[0][0][:1].isupper() \
                and lead[1][0] in PREPOSITIONS and not self.lex.is_role_word(lead[0][0]) \
                and (self.lex.is_english_word(lead[0][0][:-3]) or self.lex.is_english_word(lead[0][0][:-3] + "e")):
            return True  # "Writing in The Atlantic, the historian argued": a participle opener, no name
        m = self.chunk(text, *parts[-2])
        return m is not None and m.kind == NAME and bool(m.role) and len(m.role.split()) >= 2 \
            and m.role.split()[0].lower() in opening_stop_words("en")

    def _group_right_before_cue_en(self, text: str, part, end: int) -> bool:
        """Whether ``part`` is a short plural source phrase (``officials``, ``these people``) that
        runs up to the cue with no comma closing it: the cue's subject, not an apposition of the
        name before it (``Ann Lee, a spokeswoman, said`` closes its apposition with a comma)."""
        if "," in text[part[1]:end]:
            return False
        ws = tokens(text, *part)
        if not 1 <= len(ws) <= 3 or not all(w[0].islower() for w in ws):
            return False
        if ws[0][0] in self.lex.clause_openers or ws[0][0] in _ROLE_CLAUSE_BREAKS_EN or ws[0][0] in {"and", "or", "nor"}:
            return False  # "…, and experts say": a clause of its own, read elsewhere
        head = ws[-1][0]
        return head in self.lex.descriptions or head == "people"

    def _named_with_appositions(self, text: str, parts) -> Optional[Mention]:
        """English ``Marla Andrews, 21, a junior from Reno, said``, ``Mr. Danilov, now 82 and
        retired in Cambridge, Mass., said``: a person's full name, then only appositions (an age,
        a place, phrases opening in lower case or with a determiner); the name is the speaker.
        A conjunction before the name (``And Sen. Rob Kent (R-Ohio), …``) or a short opening
        phrase (``Just last week, J.J. Goldman, editor …, wrote``) is not part of it."""
        lead = tokens(text, *parts[0])
        while len(parts) >= 3 and lead and len(lead) <= 5 and (
                lead[0][0].lower() in PREPOSITIONS or self._sentence_adverb(lead[0][0])) \
                and not any(w[0].lower() in self.lex.pronouns for w in lead):
            parts = parts[1:]
            lead = tokens(text, *parts[0])
        if len(lead) > 1 and lead[0][0] in {"And", "But", "So", "Yet"}:
            parts = [(lead[1][1], parts[0][1])] + list(parts[1:])
            lead = lead[1:]
        if not lead or not lead[0][0][:1].isupper() or lead[0][0].lower() in PREPOSITIONS \
                or lead[0][0].lower() in opening_stop_words("en"):
            return None  # "In Washington, officials said"
        head = self.chunk(text, *parts[0])
        if head is None or head.kind != NAME or head.start != lead[0][1] or (
                len(head.name.split()) < 2 and lead[0][0].lower().strip(".") not in self.lex.honorifics):
            return None
        role, before = None, None
        for part in parts[1:]:
            ws = [w for w in tokens(text, *part) if w[0] not in _QUOTE_CHARS]
            if not ws:
                return None
            first = ws[0][0]
            named_body = before is not None and before[-1][0].lower() in _NEUTER_HEADS_EN and role is not None \
                and before[0][0].islower() and first[:1].isupper()
            before = ws
            if _AGE_PART.match(text, *part) or self.place_only(text, *part) or named_body:
                # (and "Ann Lee, the editor of the city's newspaper, Courier Weekly, said": the name
                # of the body the apposition ends with)
                continue
            if first.lower() in self.lex.pronouns or first.lower() in RELATIVE_PRONOUNS or first.lower() in _FINITE_EN \
                    or first.lower() in {"and", "or", "but"}:
                return None  # not "Lee, a builder, was not part of the deal, officials said"
            if not (first.islower() or first.lower() in _DETERMINERS_EN or first.lower().endswith(("'s", "’s"))):
                return None
            role = role or text[ws[0][1]:ws[-1][2]]
        if role is None:
            return None
        head.role = head.role or role
        return head

    def _subject_tail(self, text: str, mention: Mention) -> Mention:
        """The subject inside an English run-on phrase before a cue verb: after the last separator
        or clause link (``… a plan that most members``, ``Anger over the fees: shop owners``),
        without a leading preposition or a trailing time word (``Lee on Tuesday``); a subject
        pronoun ending it (``where he``) is the subject."""
        if text[mention.end:mention.end + 3].lstrip()[:1] == ",":
            return mention  # "…, said Kent": the clause before an inverted cue, not its subject
        ws = [w for w in tokens(text, mention.start, mention.end) if w[0] not in {",", "."}]
        k = 0
        for n, w in enumerate(ws):
            low = w[0].lower()
            nxt = ws[n + 1][0].lower() if n + 1 < len(ws) else ""
            if low == "that" and n > k and ws[n - 1][0][:1].islower() and ws[n - 1][0].lower() not in PREPOSITIONS \
                    and nxt.endswith("s") and self.lex.is_finite_verb_form(nxt) \
                    and ws[-1][0].lower() not in {"and", "or", "but"}:
                # "The body that oversees the net": a relative clause on the subject, which ends before it
                head = self.chunk(text, ws[k][1], ws[n - 1][2])
                return head if head is not None else mention
            if w[0] in _SUBJECT_SEPARATORS and n > 0 and nxt != "including" \
                    and not (w[0] == ":" and nxt[:1].isdigit() and ws[n - 1][0][-1:].isdigit()
                             and ws[n - 1][2] == w[1] and w[2] == ws[n + 1][1]):
                # (but "Psalm 23:4 reads", "the 10:30 train": a colon inside a number separates nothing)
                head = self.chunk(text, ws[0][1], ws[n - 1][2])
                if head is not None and head.kind == NAME and k == 0:
                    return mention  # "Ann Lee - her sister and co-host": a name and its apposition
                k = n + 1
            elif low in _CLAUSE_LINKS_EN and n > 0 and not (low == "that" and ws[n - 1][0].lower() in PREPOSITIONS) \
                    and not (low == "as" and (nxt in {"many", "much", "few", "little", "well", "long", "such"}
                                              or ws[n - 1][0].lower() in {"as", "such", "many", "much", "few"})):
                k = n + 1  # not "one of that group", "as many as 40 percent", "such as"
        while k < len(ws) - 1 and (ws[k][0].lower() in _LEADING_PREPS_EN and k > 0 or ws[k][0].lower() == "even"):
            k += 1  # "with Tom Hill", "even a top aide": the subject after a preposition or a focus word
        j = len(ws)
        while j > k + 1:
            low = ws[j - 1][0].lower()
            if low in _TRAILING_ADVERBS_EN:
                j -= 1
            elif low in _TIME_WORDS_EN:
                if any(w[0].islower() and (w[0].endswith("ing") and len(w[0]) > 4 or w[0] == "who") for w in ws[k + 1:j - 1]):
                    break  # "voters going to the polls (on) Tuesday", "voters who met her on Tuesday": the
                    # time is the participle's or the relative clause's own
                if j - 2 > k and ws[j - 2][0].islower() and _looks_past_en(ws[j - 2][0]):
                    break  # "the report released Friday": the past participle's own time, part of the subject
                j -= 1
                while j > k + 1 and (ws[j - 1][0].lower() in _TIME_LEADS_EN or ws[j - 1][0].lower() in _TIME_WORDS_EN):
                    j -= 1
            else:
                break
        if (k, j) == (0, len(ws)) or k >= j:
            return mention
        if k == 0 and ws[0][0].islower() and ws[0][0] not in _DETERMINERS_EN and ws[0][0] not in _QUANTIFIERS_EN:
            return mention  # "opening the new library on Friday": a participle phrase, not a subject
        if j - k == 1 and ws[k][0].lower() in _SUBJECT_PRONOUNS_EN:
            return Mention(PRONOUN, ws[k][0], ws[k][1], ws[k][2])
        tail = self.chunk(text, ws[k][1], ws[j - 1][2])
        return tail if tail is not None else mention

    def _subordinate_subject_en(self, text: str, mention: Mention) -> Optional[Mention]:
        """The subject of a subordinate clause that ends a run-on phrase whose last noun is a
        source noun (``The row over the club took a turn after the club``): the words after the
        last ``after``/``when``/… when they read as a source; None otherwise (``The owner of the
        firm that bought the club``: a relative clause, the whole phrase is the subject)."""
        ws = tokens(text, mention.start, mention.end)
        k = next((n for n in range(len(ws) - 2, 0, -1) if ws[n][0].lower() in _SUBJECT_SUBORDINATORS_EN), None)
        if k is None:
            return None
        tail = self.chunk(text, ws[k + 1][1], mention.end)
        return tail if tail is not None and tail.kind in (ANAPHOR, NAME, ORGANISATION) else None

    def _clause_pronoun_en(self, text: str, mention: Mention) -> Optional[Mention]:
        """The subject pronoun of the main clause that a subordinate clause before a cue runs
        into (``When he reappeared he began by saying``): the last ``he``/``she``/… after a word,
        with no relative pronoun before it; else None."""
        ws = tokens(text, mention.start, mention.end)
        if len(ws) < 4 or ws[0][0].lower() not in _SUBJECT_SUBORDINATORS_EN:
            return None  # only a subordinate clause opening the phrase leads on to the main subject
        found = None
        for n, (w, s, e) in enumerate(ws):
            if w.lower() in RELATIVE_PRONOUNS or w.lower() == "that":
                return None
            if n and w in _SUBJECT_PRONOUNS_EN and n + 1 < len(ws) \
                    and ws[n + 1][0].islower():
                found = Mention(PRONOUN, w, s, e)
        return found

    def _region_after_place_en(self, text, parts) -> bool:
        """English ``Ann Lee, MP for Henley, Oxfordshire, said``: one capitalised word after a
        part that ends in a place after ``for``/``of``/``in`` is that place's region, not the speaker."""
        if self.lex.lang != "en" or len(parts) < 3:
            return False
        ws, prev = tokens(text, *parts[-1]), tokens(text, *parts[-2])
        return len(ws) == 1 and ws[0][0][:1].isupper() and len(prev) >= 2 and prev[-2][0] in {"for", "of", "in"} \
            and prev[-1][0][:1].isupper()

    def place_only(self, text, start, end):
        """Whether ``text[start:end]`` is only a place or a state abbreviation (``Va.``, ``Calif.``,
        ``Jakarta``), at most three words."""
        ws = [w for w in tokens(text, start, end) if w[0] != "."]
        return bool(ws) and len(ws) <= 3 and all(
            self.lex.is_place(w[0]) or (w[0][:1].isupper() and len(w[0]) <= 5 and text[w[2]:w[2] + 1] == ".")
            for w in ws)

    def _has_verb(self, text, start, end):
        lex = self.lex
        en = lex.lang == "en"  # asked of every word below: read once
        prev = ""
        ws = tokens(text, start, end)
        if en:
            lows = [w[0].lower() for w in ws]
            if lex.pre_cues.isdisjoint(lows) and lex.post_cues.isdisjoint(lows):
                return False  # (most phrases) no cue form among the words: the loop below returns True only on one
        for k, (w, _, _) in enumerate(ws):
            low = w.lower()
            before = prev
            after_det, prev = prev in _DETERMINERS_EN or prev.endswith(("'s", "’s")), low
            if en:
                if w[:1].isupper() or after_det:
                    continue  # "Secretary of State John Kerry", "the state party chairwoman": not a verb
                if low in _NOUN_CUES_EN and before not in _VERB_SUBJECTS_EN:
                    continue  # "state officials", "a news report published …": a noun, not the verb
                if low[-1:] == "s" and low[:-1] in _NOUN_CUES_EN \
                        and (before in _COUNT_WORDS_EN or before in _PLURAL_NOUN_LEADS_EN or before.isdigit()
                             and k > 1 and (ws[k - 2][0].lower() in _PLURAL_NOUN_LEADS_EN or ws[k - 2][0].lower() == "all")):
                    continue  # "voters in five states", "a series of reports": a plural noun, not the verb
                if before in _UTTERANCE_NOUNS_EN and self._reduced_relative_en(before, low, ws[k + 1][0] if k + 1 < len(ws) else ""):
                    continue  # "a statement posted on its website": the participle describes the noun
                if before == "who" and k >= 3 and ws[k - 2][0].islower() and not (
                        k + 1 < len(ws) and (ws[k + 1][0].lower() in _SUBJECT_PRONOUNS_EN or ws[k + 1][0].lower() == "that")):
                    # "the unions who wrote to her": a relative clause's verb describes the noun (but
                    # "A woman who said she lived nearby told …": the clause reports, the woman tells)
                    continue
                if low in lex.pre_cues or low in lex.post_cues:
                    return True
                continue
            if low in lex.pre_cues:
                return True
            if lex.lang == "id" and w.islower() and len(w) > 5 and low.startswith(("me", "ber")) \
                    and low not in lex.titles and low not in lex.descriptions and low not in lex.verb_lookalikes:
                return True  # (not "Perwira menengah itu", "bersama": a word that only looks like a verb)
        return False

    @staticmethod
    def _reduced_relative_en(before: str, word: str, after: str) -> bool:
        """English: True when ``word`` is a past participle describing the utterance noun before it
        (``statement posted on``, ``letter sent to``), not the subject's verb."""
        return before in _UTTERANCE_NOUNS_EN and word.endswith("ed") and after.lower() in _PARTICIPLE_PREPOSITIONS_EN

    def starts_role(self, text, part):
        """Whether the comma part ``text[part[0]:part[1]]`` opens with a title or a role word
        (``Kepala Dinas X``, ``epidemiolog Universitas Y``, ``technical director …``); not an
        Indonesian adverbial opened by a preposition (``Dalam sambutannya``)."""
        ws = tokens(text, *part)
        if ws and self.lex.lang == "id" and ws[0][0].lower() in PREPOSITIONS:
            return False  # "Dalam sambutannya, …": an adverbial, though "dalam" ends "Menteri Dalam Negeri"
        if ws and self.lex.lang == "id" and len(ws) >= 3 and all(w[0][:1].isupper() for w in ws[:2]) \
                and ws[1][0].lower() in self.lex.titles and self.lex.is_english_word(ws[0][0]):
            return True  # "…, Regional Head of Operations X": an English title with its qualifier first
        return bool(ws) and (ws[0][0].lower() in self.lex.role_openers or self.lex.is_role_word(ws[0][0]))

    def _apposition(self, text, part):
        s, e = self._cut_at_stop(text, *part, allow_prep=True)
        ws = tokens(text, s, e)
        if not ws or not (self.starts_role(text, (s, e)) or self._titled_phrase_en(text, part)):
            return None
        return text[ws[0][1]:ws[-1][2]]

    def apposition_after(self, text: str, start: int, end: int) -> Optional[str]:
        """The role in an apposition that opens ``text[start:end]`` (``, technical director for the
        EBU.`` after ``…, said Phil Laven``), or None when what follows is no apposition."""
        parts = self._comma_parts(text, start, end)
        first = tokens(text, *parts[0])[:1] if parts else []
        if not first or first[0][0].lower() in _APPOSITION_BREAKS_EN:
            return None  # "…, said Lee, who also expected …": a clause about the speaker, not a title
        role = self._apposition(text, parts[0])
        if role is not None and self.lex.lang == "en" and _PAST_VERB_OBJECT_EN.search(role):
            return None  # "…, according to Tom Reed, the paper dropped his column": a clause, no title
        return role

    def _titled_phrase_en(self, text, part) -> bool:
        """English ``technical director for the EBU``, ``regulatory head of the MEF``, ``BT's resident
        futurologist``: lower-case modifiers, or a possessor, before a title noun, up to the first
        preposition. Not ``the firm will cut jobs``: a clause whose last word is no title."""
        if self.lex.lang != "en":
            return False
        ws = tokens(text, *part)
        head = []
        joined = 0
        for n, (w, _, _) in enumerate(ws):
            low = w.lower()
            if low == "and" and not joined and self._and_in_title_modifiers_en(ws[:n], ws[n + 1:n + 5]):
                joined = 2  # "home technology and gaming analyst": two fields of one title
                continue
            if low in PREPOSITIONS or low in _APPOSITION_BREAKS_EN or not w[:1].isalnum():
                break
            head.append(w)
        if not 1 <= len(head) <= MAX_APPOSITION_HEAD_EN + joined:
            return False
        lows = [w.lower() for w in head]
        if any(w in self.lex.pre_cues or w in self.lex.post_cues or w in self.lex.stop_words for w in lows):
            return False
        possessor = head[0].endswith(("'s", "’s")) and len(head) >= 2
        lead = next((k for k, w in enumerate(head) if w.islower()), len(head))
        if not possessor and lead and not (lead < len(head) and all(w.islower() for w in head[lead:])
                                           and lows[-1] in self.lex.titles
                                           and (not any(w[0][:1].isalnum() for w in ws[len(head):])
                                                or lead == 1 and _DEMONYM_EN.fullmatch(head[0]) and lows[0] not in self.lex.given_names)):
            return False  # "Vodafone has …": a clause with its own subject; but "BCC director general",
            # "European co-ordinator for the Open Group"
        last = lows[-1]
        if last in self.lex.titles or (last.endswith("s") and last[:-1] in self.lex.titles):
            return True
        return possessor and all(w.islower() for w in head[1:])  # "BT's resident futurologist"

    def _after_opener(self, text, start, end):
        """Skip a clause opener at the front of a subject chunk ("Sementara itu", "Namun")."""
        ws = tokens(text, start, end)
        if self.lex.lang == "en" and ws:
            ws = ws[_relative_lead_en(ws):]  # "…, where lawyers say", "…, in which students allege": the clause's own subject
        while len(ws) > 1 and (ws[0][0].lower() in self.lex.clause_openers or self._subordinated_subject_en(ws)
                               or self._sentence_as_en(ws)):
            ws = ws[1:]  # "…, when CNN reported that …": the subordinator opens the clause, not the subject
            if ws and ws[0][0].lower() == "itu":
                ws = ws[1:]
        if self.lex.lang == "en" and ws:
            ws = ws[self._inner_subordinator_en(ws):]  # "The idea gained ground as a few writers said"
            ws = ws[_time_lead_en(ws):]  # "In January the IFS said": the time opener is no part of the subject
        return (ws[0][1], ws[-1][2]) if ws else (start, start)

    def _inner_subordinator_en(self, ws) -> int:
        """English ``The idea gained ground this week as a few writers (said)``: a clause, then a
        subordinator and a short noun phrase with no verb right before the cue; the noun phrase
        is the cue's subject. Returns where it starts, or 0. ``as`` after a participle or in a set
        phrase (``known as``, ``such as``, ``as well as``) opens no clause."""
        for j in range(len(ws) - 2, 2, -1):
            low = ws[j][0].lower()
            if low == "as":
                prev = ws[j - 1][0].lower()
                if prev.endswith(("ed", "en", "wn")) or prev in _AS_NOT_SUBORDINATING_EN \
                        or ws[j + 1][0].lower() in _AS_COMPARATIVES_EN or ws[j + 1][0].lower() in _AS_QUANTITIES_EN:
                    return 0
            elif low not in _SUBJECT_SUBORDINATORS_EN or low in ("after", "since"):
                continue  # "two days after the Post": a preposition as well
            if ws[j + 1][0] not in _CLAUSE_SUBJECT_LEADS_EN:
                return 0  # "a job as Secretary of Labor", "because of his past": no clause's subject
            if self._subordinated_subject_en([(low,) + tuple(ws[j][1:])] + ws[j + 1:]) \
                    or (low == "as" and len(ws) - j <= MAX_SUBORDINATED_SUBJECT_TOKENS
                        and ws[j + 1][0].lower() not in self.lex.pronouns):
                return j + 1
            return 0
        return 0

    def _sentence_as_en(self, ws) -> bool:
        """English ``As one employee told …``, ``As The Hill reported``: a sentence opening with
        the subordinator ``As`` before the cue's subject (not ``As many as half …``)."""
        if self.lex.lang != "en" or len(ws) < 2 or ws[0][0] != "As" or ws[1][0].lower() in self.lex.pronouns:
            return False
        if ws[1][0].lower() in _AS_QUANTITIES_EN:
            return not any(w[0] == "as" for w in ws[2:5])  # "As many experts said", not "As many as 40 said"
        if ws[1][0].lower() in _AS_SET_PHRASES_EN or " ".join(w[0].lower() for w in ws[1:3]) in _AS_SET_PHRASES_EN:
            return False  # "As a result, help desks have …": an adverbial
        return ws[1][0].lower() not in _AS_COMPARATIVES_EN

    def _subordinated_subject_en(self, ws) -> bool:
        """English ``when CNN``, ``after campaign aides`` (the words before a cue): a subordinator,
        then a noun phrase with no verb of its own; not ``when it`` (a pronoun) nor ``when a host
        was fired over …`` (a clause before the cue's own subject)."""
        if self.lex.lang != "en" or ws[0][0].lower() not in _SUBJECT_SUBORDINATORS_EN or len(ws) > MAX_SUBORDINATED_SUBJECT_TOKENS:
            return False  # "Lee, after the scandal broke in March, said": an aside of time, with a verb of its own
        return ws[1][0].lower() not in self.lex.pronouns and not any(
            w[0].lower() in {"is", "are", "was", "were", "be", "been"} for w in ws[1:])

    def _comma_parts(self, text, start, end):
        if start >= 0 and _PART_BREAK.search(text, start, end) is None:
            # no comma or dash to split at (most phrases): the loop below would keep the whole
            return [(start, end)] if text[start:end].strip() else []
        parts, depth, s = [], 0, start
        closes_at = -1
        # only the marks, brackets and breaks below do anything: the others are stepped over
        # (a negative start, counted from the end, is read a character at a time)
        marks = (m.start() for m in _COMMA_PART_MARKS.finditer(text, start, end)) if start >= 0 else range(start, end)
        for i in marks:
            c = text[i]
            if i < closes_at:
                continue  # 'the co-author of "Going Viral," said': a comma inside a quoted title splits nothing
            if c in _TITLE_MARKS:
                close = text.find(_TITLE_MARKS[c], i + 1, end)
                if close > i and text[close - 1] == ",":
                    closes_at = close
                continue
            if c == "(":
                depth += 1
            elif c == ")":
                depth = max(0, depth - 1)
            elif c in ",—–" and depth == 0 and not (
                    c == "," and i > start and text[i - 1].isdigit() and text[i + 1:i + 2].isdigit()):
                # but "Some 2,000 voters", "2,5 persen": a comma inside a number splits nothing
                parts.append((s, i))
                s = i + 1
        parts.append((s, end))
        return [(a, b) for a, b in parts if text[a:b].strip()]

    def _joined_roles_en(self, before, after) -> bool:
        """Whether ``and`` joins two roles of one person: ``former sprinter and TV pundit Stan
        Cramer``: a lower-case word opens the phrase, no given name is read yet, and after ``and``
        come a lower-case role word and a full name ending the phrase."""
        if not before or any(fold(w[0]) in self.lex.given_names for w in before):
            return False
        k = next((i for i, w in enumerate(after) if w[0].islower()), None)
        if not before[0][0].islower():
            # "said Fish and Chips star Tom Vane": a work's capitalised name with "and" in it
            # before its star's title; only capitalised words on either side of "and"
            if not (len(before) <= 3 and all(w[0][:1].isupper() for w in before) and k is not None
                    and 1 <= k <= 3 and all(w[0][:1].isupper() for w in after[:k])):
                return False
        if k is None or not self.lex.is_role_word(after[k][0]) or after[k][0] in self.lex.function_words:
            return False  # "BBC pundit", not "the Pied Piper of …"
        name = after[k + 1:]
        return len(name) >= 2 and all(w[0][:1].isupper() for w in name[:2]) and fold(name[0][0]) not in self.lex.stop_words

    def _english_title_preposition_id(self, out, word, following) -> bool:
        """Indonesian: a lower-case English preposition (``at``, ``of``) between a capitalised English
        dictionary word and a capitalised word (``Head of Research at PT Maju``): inside an English
        office or body's name."""
        return self.lex.lang == "id" and bool(out) and bool(following) and word[0] in _ENGLISH_TITLE_PREPS_ID \
            and out[-1][0][:1].isupper() and self._english_word_id(out[-1][0]) and following[0][0][:1].isupper()

    def _and_in_body_modifiers_en(self, out, nxt) -> bool:
        """English ``of … oil and gas firm Acme``: after a preposition of the role, ``and`` joins two
        lower-case modifiers of a body's noun that a capitalised name follows."""
        if not out or not out[-1][0].isalpha() or not out[-1][0].islower() or out[-1][0] in self.lex.stop_words \
                or not any(x[0].lower() in {"of", "at", "for"} for x in out):
            return False
        for k, (w, _, _) in enumerate(nxt):
            if w[:1].isupper():
                return k >= 2  # a modifier and the body's noun, then its name
            if w in {".", ","} and k == 2 and any(x[0].endswith(("'s", "’s")) for x in out):
                return True  # "at Acme's retail and trade lab.": the possessed body's modifiers end the phrase
            if not w.isalpha() or not w.islower() or w in self.lex.stop_words or w in self.lex.titles:
                return False
        return False

    def _and_in_title_modifiers_en(self, out, nxt) -> bool:
        """English ``home technology and gaming analyst at …``: the role so far is lower-case
        modifiers with no title, and after ``and`` one or two more end in a title noun that
        ends the phrase or is followed by a preposition."""
        if not out or len(out) > MAX_TITLE_MODIFIERS_BEFORE_AND_EN or not all(w[0].isalpha() and w[0].islower() and w[0] not in self.lex.stop_words
                                              and w[0] not in self.lex.titles for w in out):
            return False
        for k, (w, _, _) in enumerate(nxt[:3]):
            if not w.isalpha() or not w.islower() or w in self.lex.stop_words:
                return False
            if w in self.lex.titles:
                return k + 1 == len(nxt) or nxt[k + 1][0] in {"at", "for", "of", "in", "with", ",", "."}
        return False

    def _and_second_title_en(self, out, nxt) -> bool:
        """English ``president and chief executive of …``, ``founder and CEO of …``, ``research and
        policy director at …``: in an apposition, ``and`` after a few lower-case words with no
        preposition joins a second title of the same person when a title noun (lower case or its
        capitals, ``CEO``) ends the next few words and a preposition or the phrase's end follows."""
        lex = self.lex
        if not out or len(out) > MAX_TITLE_MODIFIERS_BEFORE_AND_EN or not all(w[0].isalpha() and w[0].islower() and w[0] not in lex.stop_words
                                              for w in out):
            return False
        for k, (w, _, _) in enumerate(nxt[:4]):
            if not w.isalpha() or not (w.islower() or w.isupper() and len(w) <= MAX_TITLE_INITIALS_EN) or w in lex.stop_words:
                return False
            if w.lower() in lex.titles and (k + 1 == len(nxt) or nxt[k + 1][0] in {"at", "for", "of", "in", "with", ",", "."}):
                return True
        return False

    def _and_in_field_en(self, out, nxt) -> bool:
        """English ``head of sales and marketing at …``: ``and`` joins two lower-case fields of an
        office after its ``of``/``for``, the second ending the phrase or followed by a preposition."""
        stop, titles = self.lex.stop_words, self.lex.titles
        if len(out) >= 3 and out[-3][0] in {"of", "for"} and out[-2][0].isalpha() and out[-2][0].islower() \
                and out[-2][0] not in stop and out[-2][0] not in titles:
            out = out[:-2] + out[-1:]  # "of online development and sales at …": a field with its modifier
        return len(out) >= 2 and out[-2][0] in {"of", "for"} and out[-1][0].isalpha() and out[-1][0].islower() \
            and out[-1][0] not in stop and bool(nxt) and nxt[0][0].isalpha() and nxt[0][0].islower() \
            and nxt[0][0] not in stop and nxt[0][0] not in titles \
            and (len(nxt) == 1 or nxt[1][0] in {"at", "for", "of", "in", ",", "."})

    @staticmethod
    def _speech_occasion_en(ws) -> bool:
        """English ``a statement``, ``his weekly radio address``: a determiner, then the noun of an
        occasion of speaking within two words (before any punctuation)."""
        if not ws or ws[0][0].lower() not in _OCCASION_DETERMINERS_EN:
            return False
        for w in ws[1:]:
            low = w[0].lower()
            if low in _OCCASION_NOUNS_EN:
                return True
            if not w[0][:1].isalnum():
                return False
        return False

    def _cut_at_stop(self, text, start, end, allow_prep=False):
        """Cut a phrase at the first stop word (or date) once some content has been read."""
        lang_en, lang_id = self.lex.lang == "en", self.lex.lang == "id"  # asked again and again below: read once
        lex = self.lex
        ws = tokens(text, start, end)
        out = []
        for n, w in enumerate(ws):
            low = w[0].lower()
            joined_title = low == "and" and out and out[-1][0].lower() in ABBREVIATIONS_EN and text[out[-1][2]:out[-1][2] + 1] == "."
            joined_title = joined_title or (low == "and" and lang_en and self._joined_roles_en(out, ws[n + 1:]))
            if low == "and" and allow_prep and lang_en and (self._and_in_body_modifiers_en(out, ws[n + 1:n + 5])
                                                                     or self._and_in_field_en(out, ws[n + 1:n + 3])
                                                                     or self._and_second_title_en(out, ws[n + 1:n + 6])):
                # "director of Leeds-based oil and gas firm Acme": the firm's modifiers, not two roles;
                # "head of sales and marketing at Acme": the office's two fields; "home technology
                # and gaming analyst at Acme": the title's two fields before its noun
                out.append(w)
                continue
            if low == "on" and allow_prep and lang_en and out and out[-1][0].lower() in lex.titles \
                    and n + 1 < len(ws) and ws[n + 1][0].isalpha() and ws[n + 1][0].islower() \
                    and ws[n + 1][0] not in lex.stop_words and ws[n + 1][0] not in _OCCASION_DETERMINERS_EN:
                out.append(w)  # "senior adviser on home media at Acme": the office's field, not a date or place
                continue
            if low == "with" and allow_prep and lang_en and out and n + 1 < len(ws) \
                    and (out[-1][0].lower() in lex.titles or out[-1][0].lower().rstrip("s") in lex.titles) \
                    and (ws[n + 1][0][:1].isupper() and ws[n + 1][0].lower() not in lex.stop_words or ws[n + 1][0] == "the"):
                out.append(w)  # "an analyst with Brellow Research": the employer, as "at" would give it
                continue
            if allow_prep and lang_en and out and w[0] in DASH_TOKENS and text[w[1] - 1:w[1]] == " " \
                    and any(x[0][:1].isupper() for x in out):
                break  # "chairman of Save Our Town - a group fighting …": the aside after the name is no part of the role
            if allow_prep and out and low in _OCCASION_PREPS_EN and lang_en and self._speech_occasion_en(ws[n + 1:n + 4]):
                break  # "said the Center for Policy Studies in a statement": the occasion is no part of the body
            if self._english_title_preposition_id(out, w, ws[n + 1:n + 2]):
                out.append(w)  # "Head of Research at PT Maju": the office's English preposition, not a stop
                continue
            if out and low in lex.stop_words and not (allow_prep and low in {"di", "dari", "at", "of", "for", "in"}) \
                    and not joined_title and not (w[0] == "Today" and _is_acronym(out[-1][0]) and out[-1][2] + 1 == w[1]) \
                    and not (lang_en and w[0][:1].isupper() and len(out) == 1 and out[-1][0].lower() in lex.given_names
                             and out[-1][2] + 1 == w[1] and (n + 1 == len(ws) or ws[n + 1][0] in {",", "."})):
                # but "reports USA Today": the outlet's name goes on
                break
            if out and (low in lex.pre_cues or low in lex.post_cues) and w[0].islower():
                break  # "kata Bahtiar menambahkan": a second verb ends the speaker phrase
            if lang_id and out and w[0].islower() and out[-1][0][:1].isupper() and len(low) > 5 \
                    and low.startswith(("me", "ber")) and not lex.is_role_word(w[0]) and low not in lex.descriptions \
                    and low not in lex.verb_lookalikes:
                break  # "kata anggota DKPP Dewi Pitalolo membacakan …": a verb ends the speaker, even after a title
            if not allow_prep and out and w[0].islower() and out[-1][0][:1].isupper() and low not in NAME_PARTICLES \
                    and not lex.is_role_word(w[0]) and low not in lex.demonstratives and low not in ORG_CONNECTORS \
                    and low.strip(".") not in lex.honorifics \
                    and not (_ORDINAL.match(low) and n + 1 < len(ws) and ws[n + 1][0][:1].isupper()) \
                    and not (lang_en and (len(out) == 1 or len(out) == 2 and out[0][0].islower())
                             and low.isalpha() and any(x[0] in lex.descriptions for x in ws[n + 1:n + 3])):
                break  # "kata Teguh lagi", "ujar Pratikno terkekeh": the name has ended; not "Air Force 1st Lt."
                # (but "according to Syrian military officials", "some LA film critics": a nationality
                # or a place, then the group)
            if w[0] == "." and out and lang_en and (out[-1][0].lower() in lex.honorifics
                                                    or out[-1][0].lower() in _DOTTED_HONORIFICS_EN or (
                    _INITIALS.match(out[-1][0]) and out[-1][0].lower() not in ABBREVIATIONS_EN
                    and out[-1][0].replace(".", "").lower() not in _DOTTED_POLITIES_EN)  # "E.U." is no person's initials
                    or (out[-1][0].lower() in ABBREVIATIONS_EN and out[-1][0].lower() in lex.titles
                        and n + 1 < len(ws) and ws[n + 1][0] == "and")) \
                    and out[-1][2] == w[1]:
                # "said former Ohio Gov. and party chairman Ed Lee": the abbreviated title goes on
                continue  # "said Sen. Jim Whelan", "said William A. Ackman", "said T.J. Harlan": not the end
            if w[0] == "." and lang_en and out and len(out) <= 2 and out[-1][2] == w[1] and n + 1 < len(ws) \
                    and "." in out[-1][0] and out[-1][0].replace(".", "").lower() in _DOTTED_POLITIES_EN \
                    and (len(out) == 1 or out[0][0].lower() == "the") and ws[n + 1][0][:1].isalpha() \
                    and not _opens_sentence_after_short_form_en(ws, n, lex.titles):
                continue  # "said U.S. Senator Ann Lee", "said the U.S. State Department": the country's short form opens the phrase
            if w[0] == "." and lang_en and allow_prep and out and out[-1][2] == w[1] and n + 2 < len(ws) \
                    and "." in out[-1][0] and out[-1][0].replace(".", "").lower() in _DOTTED_POLITIES_EN \
                    and ws[n + 1][0][:1].isupper() and ws[n + 1][0] not in _NEW_SUBJECTS_EN \
                    and ws[n + 1][0].lower() not in lex.given_names \
                    and (ws[n + 2][0][:1].isupper() or ws[n + 2][0] in {"of", ",", "."}):
                continue  # "analyst at the U.K. Board of Trade": a body's name goes on after the short form
            if out and w[0] in {".", "!", "?", ";", ":", "\"", "“", "”"}:
                break
            if out and _GLUED_LOWER_WORD.match(w[0]):
                break  # "kata Sudana dilansirdetikBali": the credit glued to its outlet ends the name
            out.append(w)
        if not out:
            return None
        return out[0][1], out[-1][2]


#: English reflexive pronouns that stress a subject (``Tom Hale himself said``).
_REFLEXIVES_EN = ("himself", "herself", "themselves", "itself")
#: Prepositions opening the occasion an English source spoke on (``in a statement``, ``during an interview``).
_OCCASION_PREPS_EN = frozenset("in during".split())
#: Determiners before the occasion's noun.
_OCCASION_DETERMINERS_EN = frozenset("a an the his her its their our".split())
#: Nouns of an occasion of speaking after a body's name (``said the Acme Group in a statement``).
_OCCASION_NOUNS_EN = frozenset("statement statements interview interviews speech letter email e-mail post tweet "
                               "tweets release briefing remarks address op-ed column testimony blog video".split())
#: The occasion between an English subject and its cue (``Ann Lee in a blog post said``), at the span's end.
_OCCASION_BEFORE_CUE_EN = re.compile(
    r"\s(?:in|during)\s+(?:" + "|".join(sorted(_OCCASION_DETERMINERS_EN)) + r")\s+(?:[\w'’-]+\s+){0,2}?(?:"
    + "|".join(sorted(_OCCASION_NOUNS_EN)) + r")\s*$")
#: The word right before a position (``at`` in ``at Old Trafford``).
_WORD_BEFORE_EN = re.compile(r"\b(\w+)\s+$")
#: Dash tokens that set off an English aside (``tokens`` reads a typed "--" as two "-" tokens).
DASH_TOKENS = frozenset({"-", "—", "–"})
#: English cue forms that are also singular nouns: after a possessive and a word (``his famous
#: demand``, ``next week's inflation report``) they are the noun, not the verb.
SINGULAR_NOUN_CUES_EN = frozenset("demand claim warning statement comment remark plea call promise pledge response reply "
                                  "message vow boast insistence assertion declaration report forecast estimate note "
                                  "answer".split())
#: Two capitalised names joined by a hyphen (``Brandt-Moss``, ``Prawiro-Gilang``): a pair of people.
_HYPHEN_PAIR = re.compile(r"\b([A-Z][a-z]{2,})-([A-Z][a-z]{2,})\b")


#: Indonesian word prefixes a title's short form skips (``Menhub``: Menteri Per-hub-ungan).
_SHORT_FORM_SKIPS_ID = ("per", "pe", "ke")


def _shortens_title_id(short: str, role: str) -> bool:
    """Whether the folded one-word ``short`` is the short form of the folded role ``role`` (two
    words or more): its head opens the role's first word (``men`` of ``menteri``, at least three
    letters), and every following word (function words aside) gives the next letters from its
    start or after a prefix, until the short form is used up with no word left out."""
    words = [w for w in role.split() if w not in ("dan", "bidang")]
    if len(words) < 2 or len(words) > 4:
        return False

    def read(rest: str, k: int) -> bool:
        if k == len(words):
            return not rest
        if not rest:
            return False
        word = words[k]
        starts = [0] + [len(p) for p in _SHORT_FORM_SKIPS_ID if word.startswith(p) and len(word) > len(p) + 2]
        for at in starts:
            n = 1
            while n <= len(rest) and at + n <= len(word) and word[at + n - 1] == rest[n - 1]:
                if read(rest[n:], k + 1):
                    return True
                n += 1
        return False

    for n in range(min(len(short) - 1, len(words[0])), 2, -1):
        if words[0][:n] == short[:n] and read(short[n:], 1):
            return True
    return False


def _pair_side_id(short: frozenset, name: str) -> Optional[str]:
    """Indonesian: the side of the hyphen-joined pair ``name`` (``Indah Putri Andriani-Suaib
    Mansur``) whose words hold all of ``short`` (``Indah``), when it is a name of two words or more."""
    for pair in _pair_sides(name):
        for side in pair:
            if len(side.split()) >= 2 and short <= frozenset(fold(side).split()):
                return side
    return None


#: The fewest letters of a name word that a slip adding one letter is read in (``_one_letter_more``).
MIN_SLIP_LETTERS = 7


def _one_vowel_off(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ in one vowel only (``Mamet``, ``Memet``). A consonant added
    or dropped is ``_one_letter_more``'s."""
    if a == b or len(a) != len(b) or len(a) < 5:
        return False
    i = 0
    while a[i] == b[i]:
        i += 1
    return a[i] in "aiueo" and b[i] in "aiueo" and a[i + 1:] == b[i + 1:]


def _one_letter_more(a: str, b: str) -> bool:
    """Whether one of ``a`` and ``b`` is the other with one consonant added inside (``Sumarsono``,
    ``Sumarono``; ``Wijayanto``, ``Wijaanto``): a slip of the keyboard, for words of seven
    letters or more (the shorter), so that short given names (``Andi``, ``Andri``) stay apart."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) != len(a) + 1 or len(a) < MIN_SLIP_LETTERS:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return 0 < i < len(a) and b[i] not in "aiueo" and a[i:] == b[i + 1:]


def _pair_sides(name: str):
    """The two sides, every word of each, of each hyphen-joined pair of names in ``name``
    (``Indah Putri Andriani`` and ``Suaib Mansur``)."""
    for m in _HYPHEN_PAIR.finditer(name):
        yield name[:m.end(1)], name[m.start(2):]


def _one_side_of_pair(short: frozenset, name: str, whole: bool = False) -> bool:
    """Whether the folded words ``short`` hold one side of a hyphen-joined pair of capitalised
    names in ``name`` but not the other (``Brandt`` and ``Brandt-Moss``, a feud or a deal between
    two people): no short form of it, nor it the full form of ``Brandt``.

    With ``whole`` (Indonesian), each side is every word of the name on its side of the hyphen:
    ``Indah`` names one of the candidates ``Indah Putri Andriani-Suaib Mansur``, not the pair."""
    if whole:
        for left, right in _pair_sides(name):
            left, right = frozenset(fold(left).split()), frozenset(fold(right).split())
            if (short & left and not short & right) or (short & right and not short & left):
                return True
        return False
    for m in _HYPHEN_PAIR.finditer(name):
        sides = {fold(m.group(1)), fold(m.group(2))}
        if sides & short and not sides <= short:
            return True
    return False


def _name_after_preposition_en(mention: Mention, lex: Lexicon) -> bool:
    """An English name read with a "role" that ends in a preposition or an article (``Tory
    leader in the`` + ``Lords``): the name is the object of a phrase, not a titled person."""
    words = (mention.role or "").split()
    return lex.lang == "en" and mention.kind == NAME and len(words) >= 2 \
        and words[-1].lower() in ({"the", "a", "an"} | _MEMBER_PREPOSITIONS_EN | {"in", "on"})


def _demonym_epithet_en(mention: Mention) -> bool:
    """An English ``the American``, ``the Scot`` read as a name: a nationality for a person just named."""
    ws = mention.text.split()
    return mention.kind == NAME and len(ws) == 2 and ws[0].lower() == "the" and ws[1][:1].isupper()


def _demonym_before_noun_en(role: str, adjective: str) -> bool:
    """Whether ``role`` gives a nationality by its capitalised ``adjective`` before a lower-case noun
    (``Scottish manager``, ``the American tennis player``), not inside a body's name (``American
    Enterprise Institute fellow``)."""
    if adjective not in role.lower():
        return False  # (most roles: no word of that people at all)
    ws = role.split()
    return any(fold(w) == adjective and w[:1].isupper() and k + 1 < len(ws) and ws[k + 1][:1].islower()
               for k, w in enumerate(ws))


#: An English body's name reaching a comma with ``of``/``for`` and a capitalised word (``Department of Trade``).
_BODY_NAME_OF_EN = re.compile(r"\b[A-Z][a-z]+ (?:of|for) (?:the )?[A-Z][a-z]+\s*\Z")
#: The last field of such a list after ``and`` (`` and Energy``), where the stop at ``and`` cut it off.
_LAST_FIELD_EN = re.compile(r"\s+(?:and|&)\s+([A-Z][a-z]+)\b")
#: The rest of such a body's list of fields (``, Industry and Energy``) and a lower-case title after it.
_BODY_LIST_THEN_TITLE_EN = re.compile(r"(?:,\s+[A-Z][a-z]+)*,?\s+(?:and|&)\s+[A-Z][a-z]+(?= [a-z]+ [A-Z])")


def _coordinated(mention: Mention) -> bool:
    """An English name mention that joins two people (``Ann Lee and Tom Hale``)."""
    return " and " in (mention.name or "")


#: Indonesian: how far after the start of a role another reading that extends it may be stated
#: (beyond its own length) to be taken as the same title read more fully.
FULLER_ROLE_REACH = 40


def _title_short_form_id(title: str, extra: str) -> bool:
    """Indonesian: whether ``extra`` is only the bracketed short form of ``title`` itself
    (``Menteri Sosial`` + `` (Mensos)``), no part of the title (unlike ``Komisi X (KPU)``)."""
    m = re.fullmatch(r"\s*\(([A-Za-z]+)\)", extra)
    return m is not None and not m.group(1).isupper() and m.group(1)[:2].lower() == title[:2].lower()


def first_role_id(roles: List[Tuple[int, str]]) -> Tuple[int, str]:
    """Indonesian: the ``(at, role)`` a person's quotes take, the earliest stated (the longer of
    two stated at one place); but of two readings of one title at one place the fuller
    (``Deputi Operasi A dan B`` read by the cue, ``Deputi Operasi A dan B, dan C`` read with the
    name), not counting the title's own short form in brackets (``Menteri Sosial (Mensos)``)."""
    ordered = sorted(roles, key=lambda r: (r[0], -len(r[1])))  # of two stated at one place, the longer
    at, first = ordered[0]
    plain = [(a, r) for a, r in ordered[1:]
             if a == at and first.startswith(r) and _title_short_form_id(r, first[len(r):])]
    if plain:
        at, first = plain[0]
    fuller = [(a, r) for a, r in ordered if len(r) > len(first) and r.startswith(first)
              and r[len(first)] in " ," and a - at <= len(r) + FULLER_ROLE_REACH
              and not _title_short_form_id(first, r[len(first):])]
    return max(fuller, key=lambda x: len(x[1])) if fuller else (at, first)


@dataclass
class Entity:
    """One source in one article: its fullest name, roles and kind."""

    name: str
    kind: str
    roles: List[Tuple[int, str]] = field(default_factory=list)
    key_tokens: frozenset = frozenset()
    aliases: List[str] = field(default_factory=list)
    #: Offset of the latest mention read so far (for pronouns that skip the last speaker).
    last_at: int = -1
    #: ``(role, name)`` as the article wrote them where the entity got its name, before the
    #: title took any of the name's words (``Ketua KPU``, ``Indramayu Nurhadi``).
    written: Optional[Tuple[Optional[str], str]] = None

    def add_role(self, role: Optional[str], at: int):
        if role and all(fold(role) != fold(r) for _, r in self.roles):
            self.roles.append((at, role))

    @property
    def role(self):
        """The role nearest to the first mention (the earliest stated)."""
        return min(self.roles)[1] if self.roles else None


#: Lower-case English nouns of a place or a business that a name before them is the name of
#: (``the Fenn Oakmere golf course``, ``a Fenn Plaza hotel``), not a person's.
_NAMED_THING_NOUNS_EN = frozenset("""golf course courses resort resorts hotel hotels casino casinos tower towers
building buildings estate estates club clubs winery vineyard restaurant restaurants store stores mall plant
factory stadium arena brand airline shuttle property properties development complex""".split())
#: Words that make an English role phrase a clause of its own when they stand in its first words,
#: before any relative pronoun (``The history professor was headed to …``, ``the media would``).
_ROLE_CLAUSE_WORDS_EN = _FINITE_EN | _SUBJECT_PRONOUNS_EN
#: Most words into an English role phrase that such a clause word may stand (later, it belongs to an
#: apposition's own clause: ``minister of trade at the time the levy was introduced``).
ROLE_CLAUSE_REACH_EN = 5
#: Words that open an English phrase of time or circumstance, never a title (``after the scandal …``).
_ROLE_OPENING_PREPOSITIONS_EN = frozenset("after before during in on at since until when while whilst as by with from like unlike despite".split())
#: Object pronouns after a past verb that make it a clause (``denied it``); not ``her`` (a possessive).
_PAST_OBJECT_PRONOUNS_EN = _OBJECT_PRONOUNS_EN - {"her", "me"}
#: Sentence adverbs set off by commas after a name (``Lee, however, said``): never a role.
_ASIDE_ADVERBS_EN = _SENTENCE_ADVERBS_EN | frozenset("though too therefore again".split())
#: Words that cannot end an English role phrase: one that does was cut off (``The potential pairing of``).
_ROLE_OPEN_ENDS_EN = _DETERMINERS_EN | _MEMBER_PREPOSITIONS_EN | frozenset("in on by as and or but just".split())
#: Nouns that close the name of a programme or outlet (``Radio Wessex's Breakfast programme``).
OUTLET_NOUNS_EN = frozenset("programme programmes program show podcast website".split())
#: Nouns of a broadcast, an interview or a speech: a role of capitalised words (and determiners)
#: closed by one names the occasion (``Radio Wessex's Breakfast programme``, ``the Weekly Gazette
#: interview``), nobody's title (but ``host of Radio Wessex's chart show`` is).
_PROGRAMME_NOUNS_EN = OUTLET_NOUNS_EN | frozenset("interview speech broadcast".split())
#: English relative pronouns: a clause they open describes the phrase before them.
_RELATIVES_EN = frozenset("who whose whom which that".split())


#: An English age alone (``27-year-old``, ``the 23-year-old``): a description, not the person's role.
_AGE_ONLY_EN = re.compile(r"^(?:the\s+|a\s+)?(?:\d+|[a-z]+)[-\s]year[-\s]old$", re.I)
#: The possessive ending of a role that names the body a person belongs to (``Brellow Bank's``).
_POSSESSIVE_END_EN = re.compile(r"(?<=\w)['’]s$")


@lru_cache(maxsize=1 << 12)
def _plausible_role_en(role: str) -> bool:
    """Whether an English role phrase reads as a title or a description of a person rather than a
    piece of the clause the name stood in: not one that opens with a preposition (``after the
    scandal …``), is a time phrase (``A short time later``), ends open (``The potential pairing
    of``, ``Rand Paul (Ky.) and``, ``as The``) or is a clause of its own (``The chairman's bill
    would prohibit …``, ``Back when he penned his book``). A relative clause is a description
    (``who heads the institute``, ``who has four children``)."""
    words = [w.strip(",.;:()\"'“”‘’") for w in role.split()]
    words = [w for w in words if w]
    if not words:
        return False
    low = [w.lower() for w in words]
    if low[0] in _ROLE_OPENING_PREPOSITIONS_EN or _time_phrase_en([(w,) for w in words]) \
            or len(words) == 1 and low[0] in _ASIDE_ADVERBS_EN or low[0] == "for" and low[-1] == "part" \
            or len(words) <= 4 and low[-1] in ("later", "earlier"):
        return False
    if low[-1] in _ROLE_OPEN_ENDS_EN and (words[-1].islower() or low[-1] in ("the", "a", "an")):
        return False
    if low[-1] in _PROGRAMME_NOUNS_EN and len(words) >= 2 and all(
            w[:1].isupper() or w[:1].isdigit() or w in _DETERMINERS_EN for w in words[:-1]):
        # "On Radio Wessex's Breakfast programme Tom Lane said", "In the Weekly Gazette interview Mr Roe
        # said": the show or interview he spoke in, not his title
        return False
    for k, w in enumerate(words[:ROLE_CLAUSE_REACH_EN]):
        if low[k] in _RELATIVES_EN or low[k].split("’")[0].split("'")[0] in _RELATIVES_EN:
            break
        if w.islower() and low[k] in _ROLE_CLAUSE_WORDS_EN:
            return False
        if k and w.islower() and low[k].endswith("ed") and k + 1 < len(low) and low[k + 1] in _PAST_OBJECT_PRONOUNS_EN:
            return False  # "The firm denied it, but Lee says …": a past verb and its object, a clause
        if k and w.islower() and low[k].endswith("ed") and k + 1 < len(low) and words[k - 1][:1].isupper() \
                and words[k + 1][:1].isupper() and low[k + 1] not in _DETERMINERS_EN:
            return False  # "Port Police claimed Mr Reed was … but his lawyer": a name, its past verb and the next name
    return True


def _as_organisation(mention: Mention) -> Mention:
    """``mention`` read as an organisation: its capitalised words from the first on
    (``pernyataan resmi Himapol FISIP Unud`` -> ``Himapol FISIP Unud``)."""
    words = mention.text.split()
    k = next((i for i, w in enumerate(words) if w[:1].isupper()), 0)
    phrase = " ".join(words[k:])
    start = mention.end - len(phrase) if mention.text.endswith(phrase) else mention.start
    return Mention(ORGANISATION, phrase, start, mention.end)


#: English heads that end a body's name whose words are joined by ``of``/``and``/``for``
#: (``the Wellford Chamber of Trade``, ``the Coastal Rowing and Sailing Council``).
_JOINED_BODY_HEADS_EN = frozenset("""council councils commerce chamber chambers federation forum society societies
association union institute institution foundation trust commission committee confederation league alliance
coalition organisation organization agency authority board bureau fund service services""".split())
#: Words that join the parts of one English body's name.
_BODY_JOINS_EN = frozenset("of and & for the".split())
_NAME_TOKEN = re.compile(r"[A-Za-z][\w.’'&\-]*")
#: The characters a run of name tokens and single spaces may hold, and a join word or plural
#: possessive inside such a run.
_RUN_CHARS = re.compile(r"[\w.’'&\- ]*")
_JOIN_IN_RUN = re.compile(r"(?:^|(?<=\s))(?:of|and|for|&)(?=\s)|s' ", re.I)


def joined_body_en(text: str, mention: Mention, lex) -> Optional[Mention]:
    """English: the whole capitalised name of a body that ``mention`` is a piece of, when the
    name joins its parts with ``of``/``and``/``for`` or a plural possessive and ends on a body's
    head (``the World Rowing and Sailing Council`` read as ``World Rowing``, ``the Lake Managers'
    Forum`` read as ``Forum``); None when there is no longer such name. A run led by a person's
    given name, an honorific or a role (``Ann Lee of the Rowing Council``, ``President of the
    Council``) is no body's name."""
    lo, hi = max(0, mention.start - 80), min(len(text), mention.end + 80)
    # The run can only hold name characters and spaces: without a join in that stretch there is
    # nothing to read (most mentions), found without tokenising the window.
    left = mention.start - _RUN_CHARS.match(text[lo:mention.start][::-1]).end()
    if _JOIN_IN_RUN.search(text, left, _RUN_CHARS.match(text, mention.end, hi).end()) is None:
        return None
    toks = [(m.group(), m.start(), m.end()) for m in _NAME_TOKEN.finditer(text, lo, hi)]
    m_start = mention.start
    if mention.kind == NAME and mention.name and mention.text.endswith(mention.name):
        m_start = mention.end - len(mention.name)  # "… endorsed by the Lake Managers' Forum": the name read
    inside = [k for k, t in enumerate(toks) if m_start <= t[1] and t[2] <= mention.end]
    if not inside:
        return None

    def joined(k):  # token k and k+1 are neighbours with only a space between, in one sentence
        return text[toks[k][2]:toks[k + 1][1]] == " " and not toks[k][0].endswith(".")

    def ok(k):
        w = toks[k][0]
        return w[:1].isupper() or w.lower() in _BODY_JOINS_EN

    a, b = inside[0], inside[-1]
    if not all(ok(k) for k in range(a, b + 1)) or any(not joined(k) for k in range(a, b)):
        return None
    while a > 0 and joined(a - 1) and ok(a - 1):
        a -= 1
    while b + 1 < len(toks) and joined(b) and ok(b + 1) and not toks[b][0].endswith(("'s", "’s")):
        b += 1
    while a <= b and toks[a][0].lower() in _BODY_JOINS_EN:
        a += 1  # the run opens on a name's word …
    while b >= a and not toks[b][0][:1].isupper():
        b -= 1  # … and closes on one
    if b - a < 1:
        return None
    words = [t[0] for t in toks[a:b + 1]]
    low = [w.lower() for w in words]
    if not (set(low[1:-1]) & {"of", "and", "&", "for"} or any(w.endswith("s'") for w in words[:-1])):
        return None  # no join: the name as the parser read it
    join = next((k for k, w in enumerate(low) if w in ("of", "for", "and", "&")), None)
    if join is not None and low[join] in ("of", "for") and not set(low[:join]) & _JOINED_BODY_HEADS_EN:
        return None  # "Ann Lee of the Rowing Council": a person and the body she is of
    if low[-1] not in _JOINED_BODY_HEADS_EN:
        # "the Chamber of Trade", "the Federation of Small Firms": a head, then what it is of
        if join is None or low[join] != "of" or not set(low[:join]) & _JOINED_BODY_HEADS_EN \
                or len(low) - join > 4 or any(w in lex.given_names or w in lex.titles or w in lex.ranks
                                              for w in low[join + 1:]):
            return None
    first = words[0]
    if first.lower() in lex.given_names or first.lower().rstrip(".") in lex.honorifics or first.lower() in lex.titles \
            or first.lower() in lex.ranks:
        return None
    start, end = toks[a][1], toks[b][2]
    if start >= mention.start and end <= mention.end and mention.kind == ORGANISATION:
        return None
    if (start, end) == (mention.start, mention.end) and mention.kind == ORGANISATION:
        return None
    return Mention(ORGANISATION, text[start:end], start, end)


def _seen_at(ent: Entity, at: int) -> Entity:
    """``ent`` mentioned at ``at`` (for ``it`` looking back to an organisation or a document)."""
    ent.last_at = max(ent.last_at, at)
    return ent


#: Indonesian head words of an anaphor (``Pria kelahiran … itu``) or a role that give a sex.
_ANAPHOR_SEX_ID = {"pria": "m", "lelaki": "m", "laki-laki": "m", "wanita": "f", "perempuan": "f"}
#: Indonesian courtesy words before a name (``Ibu Ratna``, ``Pak Budi``) and the sex they give.
_COURTESY_SEX_ID = {"ibu": "f", "bu": "f", "ny": "f", "nyonya": "f", "mbak": "f",
                    "bapak": "m", "pak": "m", "tuan": "m", "mas": "m"}


#: Lower-case words that join or qualify a capitalised title after them (``mantan Kepala``,
#: ``Pendiri sekaligus CEO``, ``Pelaksana tugas Kepala``): no end of a run-in subhead.
_TITLE_LINKS_ID = frozenset("dan serta atau sekaligus and of mantan eks calon tugas harian bicara wakil".split())


# Indonesian words that only say what kind of school a university or institute is: a place
# after them is part of its name (``Universitas Negeri Jakarta``, ``Institut Pertanian Bogor``)
_CAMPUS_KIND_WORDS_ID = frozenset(
    "negeri islam kristen katolik muhammadiyah teknologi pertanian pendidikan terbuka seni "
    "kesehatan sains agama hindu buddha veteran".split())

# Indonesian cities with campuses, written after a university's name (a country or province
# there, ``Universitas Renmin Tiongkok``, ``Universitas Sumatera Utara``, belongs to the name)
_CAMPUS_CITIES_ID = frozenset(
    "ambon balikpapan bandung banjarbaru banjarmasin batam bekasi bogor cilegon cimahi cirebon "
    "denpasar depok gorontalo jakarta jayapura jember jogja kediri kendari kupang madiun makassar "
    "malang manado mataram medan mojokerto padang palangkaraya palembang palu pekalongan pekanbaru "
    "pontianak purwokerto salatiga samarinda semarang serang solo sukabumi surabaya surakarta "
    "tangerang tanjungpinang tasikmalaya tegal ternate tomohon yogyakarta magelang manokwari "
    "jepara kudus cilacap garut sidoarjo gresik".split())

def _after_run_in_words_id(role_words, lex):
    """Indonesian ``Relawan aktif Kepala Badan …``, ``hukum Ketua Bawaslu …``: a lower-case word
    right before a capitalised title word in the role's first words ends a run-in subhead (or
    the sentence's opening words) that the title words of the role do not belong to; but
    ``mantan Kepala``, ``Pendiri sekaligus CEO`` keep their words. ``role_words``: tokens."""
    for k in range(1, min(4, len(role_words))):
        w, prev = role_words[k][0], role_words[k - 1][0]
        if w[:1].isupper() and w.lower() in lex.titles and prev[:1].islower():
            # but "Mayor Jenderal TNI dokter Tugas": a style word, then the name's first word
            keep = prev.lower() in _TITLE_LINKS_ID or prev.lower() in lex.honorifics \
                or len(role_words) - k < 2
            return role_words if keep else role_words[k:]
        if not prev[:1].isalpha():
            break
    return role_words


#: A capitalised word and the lower-case word after it: a name and, maybe, its verb ("Lee backed").
_NAME_THEN_WORD_EN = re.compile(r"\b([A-Z][\w’'-]*[a-z]) ([a-z]+)\b")
#: A subordinator right before a subject pronoun ("… backed the plan when he urged …").
_SUBORDINATOR_BEFORE_PRONOUN_EN = re.compile(r"[a-z,] (?:when|as|after|because|before|while|whilst|since|until|once) $")


#: English abbreviated titles and the word they stand for (``Sen.`` is ``the senator``).
_TITLE_ABBREVIATIONS_EN = {"sen": "senator", "sens": "senator", "rep": "representative", "gov": "governor",
                           "pres": "president", "gen": "general", "lt": "lieutenant", "del": "delegate"}

#: How close (characters) after a person's last mention a subject pronoun naming them gives
#: their gender, when nothing else in the article does.
_LEARNT_GENDER_REACH = 300


class ArticlePeople:
    """Links mentions in one article to entities, in reading order.

    ``salient`` is the entity a pronoun or ``X itu`` refers to: the last speaker, or the last
    person introduced as the subject of a sentence.
    """

    def __init__(self, lex: Lexicon, clean_name: Optional[Callable[..., str]] = None,
                 gender_of: Optional[Callable[..., Optional[str]]] = None, parser: Optional["MentionParser"] = None):
        self.lex = lex
        self.parser = parser  # reads the subject inside a description phrase (English)
        self.clean_name = clean_name
        self.gender_of = gender_of  # (entity, weak=True) -> "m", "f" or None, from what the article says
        self.entities: List[Entity] = []
        self.salient: Optional[Entity] = None
        self._spoke = {}  # id(entity) -> turn of its last quote (or subject salience)
        self._turn = 0
        self._turned_to: Optional[Tuple[Entity, int, str]] = None  # the person a pronoun last turned to, where, which pronoun
        self._since_mark: List[Tuple[int, Entity]] = []  # people named since the last speaker
        #: English definite descriptions already read as a named person ("the prime minister" once
        #: taken for Tom Hale stays his when other people were named in between)
        self._epithet_bound = {}
        self._nicknames = {}  # folded nickname -> the person the article gave it to
        #: An unnamed person who spoke after the last named speaker (English ``a spokeswoman for
        #: the club said``): the next ``he``/``she`` may be theirs.
        self._described: Optional[Entity] = None
        #: Set while a description before a quote is being read, which asks for the pronoun's referent again.
        self._reading_described_subject = False
        self.text = ""  # the article, when the caller gives it (English pronouns look back in it)
        self._lower_words = ("", frozenset())  # the article's lower-case words, read once per text
        #: Where an Indonesian ``dia`` was last refused to a body (``Polisi``) with no person to take
        #: it: the quote there is kept with no speaker.
        self.body_refused_at = -1
        #: Whether a one-word name is an organisation's bracketed abbreviation ("Unud"), when the caller knows.
        self.is_org_abbreviation: Optional[Callable[[str], bool]] = None
        #: The full name the article gives a one-word surname (English), when the caller knows.
        self.full_name_of: Optional[Callable[[str], Optional[str]]] = None
        #: Records that a subject pronoun named a person (entity, "m"/"f"), when the caller keeps the evidence.
        self.learn_gender: Optional[Callable[[Entity, str], None]] = None
        #: The people who have been quoted (ids), not only made salient as a sentence's subject.
        self._quoted = set()
        #: The subject-only salient person when a titled description spoke after them.
        self._titled_description_after: Optional[Entity] = None

    def resolve(self, mention: Mention, at: int) -> Optional[Entity]:
        """Return the entity for ``mention`` (creating one for a new name or description)."""
        if self.lex.lang == "en" and mention.kind == DESCRIPTION and mention.text.endswith(tuple(_REFLEXIVE_GENDER_EN)):
            named = _NAME_THEN_REFLEXIVE_EN.fullmatch(mention.text)
            last = fold(named.group(1)).split()[-1] if named is not None else ""
            if named is not None and sum(1 for e in self.entities if e.kind == "person" and last in e.key_tokens) >= 2:
                # "Tom Carver … Ann Carver … Carver herself also said …": namesakes; the
                # name, whose reflexive tells them apart (one "Mr. Ruiz himself" stays as written)
                end = mention.start + named.end(1)
                chunk = self.parser.chunk(self.text, mention.start, end) if self.parser is not None and self.text else None
                mention = chunk if chunk is not None and chunk.kind in (NAME, TITLE) else \
                    Mention(NAME, named.group(1), mention.start, end, name=named.group(1))
        lang_en, lang_id = self.lex.lang == "en", self.lex.lang == "id"  # asked again and again below: read once
        if lang_id and mention.kind in (NAME, DESCRIPTION) and mention.text[-1:].isalpha() \
                and mention.text.rsplit(None, 1)[-1].lower() in self.lex.party_passives:
            person = self._party_by_passive_id(mention, at)
            if person is not None:
                return _seen_at(person, at)  # "Pengadu mendalilkan …": the one the case was brought by
        if self.parser is not None and mention.kind in (DESCRIPTION, ANAPHOR):
            mention = self._subject_in(mention, at)
        if mention.kind == NAME and self.is_org_abbreviation is not None and self.is_org_abbreviation(mention.name):
            mention = _as_organisation(mention)  # "pernyataan resmi Himapol FISIP Unud": the body speaks
        if lang_en and self.text and mention.kind != PRONOUN:
            mention = joined_body_en(self.text, mention, self.lex) or mention  # "the World Rowing and Sailing Council"
        if mention.kind == PRONOUN:
            ent = self._pronoun_referent(at, mention.text)
            if lang_en and ent is not None and ent.kind == "person" and self.learn_gender is not None \
                    and at - ent.last_at <= _LEARNT_GENDER_REACH and (low := mention.text.lower()) in ("he", "she") \
                    and self.gender_of(ent) is None:
                # "… student Deja Stewart, who … . “…,” she said.": a person of a given name we do
                # not know, whom a subject pronoun names right after she is introduced, is of its
                # gender (a later "he" is not hers)
                self.learn_gender(ent, "m" if low == "he" else "f")
            if lang_en and ent is not None and ent is not self.salient and ent.kind == "person":
                # "“…,” said Tom Lee. … she said …. “…,” she said.": the pronoun that turned to
                # Ann Lee names her here, after anyone named before it, for a next pronoun alike
                self._turned_to = (ent, at, mention.text.lower())
            return ent
        if lang_en and (mention.kind in (DESCRIPTION, ANAPHOR) or _demonym_epithet_en(mention)):
            ent = self._described_person_en(mention, at)
            if ent is not None:
                return ent
            if mention.kind == ANAPHOR:
                # "the candidate said" with no candidate named: the description as written
                return self.resolve(Mention(DESCRIPTION, mention.text, mention.start, mention.end), at)
        if mention.kind == ANAPHOR:
            ent = self._by_role(mention.role) or self.salient
            if ent is not None and lang_id:
                ent = self._same_sex_id(mention, ent, at)
            if ent is not None and fold(self._role_from_anaphor(mention.role)) != fold(ent.name):
                # but "Putusan MK itu menyebutkan …" after "Putusan MK": the source named again, no role
                ent.add_role(self._role_from_anaphor(mention.role), at)
            return ent
        if mention.kind == TITLE and lang_en and fold(mention.text).split()[0] in _COURTESY_TITLES_EN:
            # "Mr. King": a surname that is also a title word; never the holder of a role "King …"
            toks = fold(mention.text).split()[1:]
            for ent in reversed(self.entities):
                if ent.kind == "person" and fold(ent.name).split()[-len(toks):] == toks \
                        and not self._courtesy_gender_clash(mention.text, ent):
                    return ent  # "Mr. Vint" after "Mara Vint" and "Harold Vint": the man
                if ent.kind in ("description", "organisation") and fold(ent.name).split()[-len(toks):] == toks \
                        and 2 <= len(ent.name.split()) <= 4 and all(w[:1].isupper() for w in ent.name.split()) \
                        and fold(ent.name).split()[0] in self.lex.given_names:
                    # "Anna White said …" then "Ms. White said": a given name and a surname the rules
                    # did not read as a person's (a common word ends it); the title makes it one
                    ent.kind = "person"
                    ent.key_tokens = frozenset(fold(ent.name).split())
                    return ent
            return self.resolve(Mention(DESCRIPTION, mention.text, mention.start, mention.end), at)
        if mention.kind == TITLE and lang_en and fold(mention.text) in self.lex.surname_titles:
            # "King says" after "Tom King": a surname that is also a title word, of a person named before
            word = fold(mention.text)
            for ent in reversed(self.entities):
                if ent.kind == "person" and len(ent.key_tokens) >= 2 and fold(ent.name).split()[-1] == word:
                    ent.last_at = max(ent.last_at, at)
                    return ent
        if mention.kind == TITLE:
            ent = self._by_role(mention.text)
            if ent is None and lang_id:
                ent = self._by_title_short_form_id(mention.text)  # "Mensos" after "Menteri Sosial Budi"
            if ent is not None:
                return ent
            if lang_id:
                person = self._place_surname_person_id(mention, at)
                if person is not None:
                    return person  # "CEO Sinartama Alfandi Timur" read as one title, later "kata Alfandi"
            # "The Riverside Council said …. It added …": a body read as a title is seen here too
            new = self._new(mention.text, "description", at, role=None)
            return _seen_at(new, at) if lang_en else new
        if mention.kind == ORGANISATION and lang_id:
            person = self._person_named_like_place_id(mention)
            if person is not None:
                return _seen_at(person, at)  # "kata Boston" after "Boston Robert Siahaan": his name, not the city
            body = self._body_by_short_form_id(mention)
            if body is not None:
                return _seen_at(body, at)  # "Polda menyebut …" after "Polda Sumut membantah …": that body
        if mention.kind == ORGANISATION and lang_en and " " not in mention.text \
                and mention.text[1:].islower():
            person = self._person_by_surname_en(mention)
            if person is not None:
                return _seen_at(person, at)  # "Law said" after "Steven Law": his surname, not a body
        if mention.kind in (DESCRIPTION, ORGANISATION) or (mention.kind == NAME and _coordinated(mention)):
            key = fold(mention.text)
            for ent in reversed(self.entities):
                if fold(ent.name) == key:
                    return _seen_at(ent, at)
            if key in self._nicknames:
                return self._nicknames[key]  # a person's nickname: "KDM" after "Dedi Mulyadi (KDM)"
            if mention.kind == DESCRIPTION and lang_id:
                person = self._place_surname_person_id(mention, at) or self._holder_of_bare_title_id(mention)
                if person is not None:
                    return person  # "CEO Sinartama Alfandi Timur", later "kata Alfandi": a person
            kind = "organisation" if mention.kind == ORGANISATION else "description"
            # "pengemudi Kijang" (a vehicle's driver): the description keeps its title word
            role = mention.role if lang_id and mention.kind == DESCRIPTION else None
            return _seen_at(self._new(mention.text, kind, at, role=role), at)
        return self._by_name(mention, at)

    def _person_by_surname_en(self, mention: Mention) -> Optional[Entity]:
        """English: the one known person whose full name ends in the word an organisation mention
        is written as (``Law said`` after ``Steven Law``: a surname that is also a body's word),
        unless the article has met that word as a body before; else None."""
        key = fold(mention.text)
        found = []
        for ent in self.entities:
            if fold(ent.name) == key:
                return None  # "the Law" met before as itself
            if ent.kind == "person" and len(ent.key_tokens) >= 2 and fold(ent.name).split()[-1] == key:
                found.append(ent)
        return found[0] if len(found) == 1 else None

    def _party_by_passive_id(self, mention: Mention, at: int) -> Optional[Entity]:
        """Indonesian ``Pengadu mendalilkan …`` after ``Perkara itu diadukan Rina Marlina``: a party
        of a case named by its role resolves to the one person the article made the agent of the
        matching passive verb before (``diadukan``, ``dilaporkan``, ``digugat``); two or more
        (``diadukan A dan B``) or none leave the description."""
        words = mention.text.lower().split()
        verb = self.lex.party_passives.get(words[-1]) if words and len(words) <= 2 \
            and (len(words) == 1 or words[0] == "para") else None
        if verb is None or not self.text or self.parser is None:
            return None
        found = None
        for found in _passive_agent_re(verb).finditer(self.text, 0, max(0, at)):
            pass  # the last one before the mention
        if found is None or found.group(2):
            return None  # "diadukan A dan B": a pair, which one source cannot stand for
        if self.text[max(0, found.start() - 12):found.start()].lower().split()[-1:] in (["seperti"], ["sebagaimana"]):
            return None  # "Seperti dilaporkan Rina …": as a reporter told it, no one who brought a case
        agent = self.parser.chunk(self.text, found.start(1), found.end(1))
        if agent is None or not _person_agent_id(agent, self.lex):
            return None  # "dilaporkan Senin (12/5)", "dilaporkan Kompas", "digugat PT Abc": no person brought it
        return self._by_name(agent, found.start(1))

    def _holder_of_bare_title_id(self, mention: Mention) -> Optional[Entity]:
        """Indonesian ``kata presiden`` (a bare lower-case title as the subject): the one known
        person whose role opens with that title word (``Presiden AS`` before the name, ``presiden
        klub itu`` in an apposition), else the last speaker when the article gives them that title
        too; else None (the title stays)."""
        word = bare_office_id(mention.text, self.lex)  # "kata sang presiden" too
        if word is None:
            return None
        # (only an office word asks: a description's noun, ``siswa kelas XII``, never does)
        holders = {id(e): e for e in self.entities if e.kind == "person"
                   and any(r.split() and fold(r.split()[0]) == word for _, r in e.roles)}
        if len(holders) == 1:
            return next(iter(holders.values()))
        if self.salient is not None and id(self.salient) in holders:
            return self.salient  # two presidents: the one just speaking
        return None

    def _same_sex_id(self, mention: Mention, ent: Entity, at: int) -> Entity:
        """Indonesian ``Pria kelahiran Palembang itu`` read as a woman the article calls ``Ibu``
        (or ``Perempuan itu`` as a ``Pak``): the latest person seen before ``at`` whom the article
        gives no other sex, else ``ent`` as read."""
        want = _ANAPHOR_SEX_ID.get(fold(mention.text.split()[0])) if mention.text else None
        if want is None or self._sex_id(ent) in (None, want):
            return ent
        people = [e for e in self.entities if e.kind == "person" and 0 <= e.last_at <= at and e is not ent]
        for other in sorted(people, key=lambda e: e.last_at, reverse=True):
            if self._sex_id(other) in (None, want):
                return other
        return ent

    def _sex_id(self, ent: Entity) -> Optional[str]:
        """``m``, ``f`` or None: the sex an Indonesian article gives a person by a courtesy word
        before the name's first mention (``Ibu Ratna``, ``Pak Budi``) or a role (``perempuan …``)."""
        for _, role in ent.roles:
            sex = _ANAPHOR_SEX_ID.get(fold(role.split()[0])) if role.split() else None
            if sex:
                return sex
        at = self.text.find(ent.name) if self.text and ent.name else -1
        if at > 0:
            before = self.text[max(0, at - 12):at].split()
            if before:
                return _COURTESY_SEX_ID.get(fold(before[-1]).rstrip("."))
        return None

    def _body_by_short_form_id(self, mention: Mention) -> Optional[Entity]:
        """Indonesian: the one known body whose longer name opens with the one word ``mention``
        (``Polda`` after ``Polda Sumut``) or gives it in brackets (``Dikbud`` after a body
        ``Dinas Pendidikan dan Kebudayaan (Dikbud) Kota X`` that spoke), when nothing is known by
        that word alone."""
        words = mention.text.split()
        if len(words) != 1 or not words[0][:1].isupper():
            return None
        key = fold(words[0])
        bodies = [e for e in self.entities if e.kind == "organisation"]
        if any(fold(e.name) == key for e in self.entities):
            return None
        found = {id(e): e for e in bodies if len(e.name.split()) >= 2 and (
            fold(e.name).split()[0] == key or any(w.startswith("(") and fold(w) == key for w in e.name.split()))}
        return next(iter(found.values())) if len(found) == 1 else None

    def _person_named_like_place_id(self, mention: Mention) -> Optional[Entity]:
        """Indonesian: the one known person whose name holds the one capitalised word ``mention``
        that the parser read as a place (``kata Boston`` after ``Boston Robert Siahaan``), when
        the article knows no organisation or place of that name; else None."""
        words = mention.text.split()
        if len(words) != 1 or not words[0][:1].isupper() or _is_acronym(words[0]) or not self.lex.is_place(words[0]):
            return None
        key = fold(words[0])
        if any(fold(e.name) == key for e in self.entities if e.kind != "person"):
            return None
        found = {id(e): e for e in self.entities if e.kind == "person" and key in fold(e.name).split()}
        return next(iter(found.values())) if len(found) == 1 else None

    def _courtesy_gender_clash(self, titled: str, ent: Entity) -> bool:
        """Whether a courtesy title (``Mr.``, ``Ms.``) gives a gender other than the one the
        article gives ``ent``: ``Mr. Odell`` is not Michelle Odell."""
        want = _COURTESY_GENDER_EN.get(fold(titled).split()[0])
        if want is None or self.gender_of is None:
            return False
        have = self.gender_of(ent)
        return have is not None and have != want

    def _epithet_gender_en(self, text: str) -> Optional[str]:
        """``m``, ``f`` or ``""`` when ``text`` is an epithet for a person just named (``the
        Waterford man``, ``the Scot``, ``the ex-Wallaby``), else None. Not ``the man``, ``the
        22-year-old``, ``the Vermont senator``: descriptions that stay as written."""
        ws = text.split()
        if not 2 <= len(ws) <= 4 or ws[0].lower() != "the":
            return None
        rest, heads = ws[1:], self.lex.epithet_heads
        if len(rest) == 1 and rest[0].lower().startswith("ex-") and rest[0][3:][:1].isupper():
            return ""  # "the ex-Wallaby": a former team's member
        head = rest[-1].lower()
        if head not in heads or not all(w[:1].isupper() for w in rest[:-1]):
            return None
        if heads[head] and len(rest) == 1:
            return None  # "the man", "the woman": anyone
        return heads[head]  # "the Waterford man", "the Scot"

    def _described_person_en(self, mention: Mention, at: int) -> Optional[Entity]:
        """The named person an English description re-mentions, trying the surest reading first:
        an epithet that points back as he/she would (``said the Leeds woman``: the woman just
        named); a definite description whose head noun is a named person's title, or says what
        that person is (``the striker``, ``the British actor``, ``the 45-year-old``), with its
        checks against rivals; last, for ``the X`` read as an anaphor, the latest person whose
        role starts with X (``the president`` after ``President Odell`` and ``World Bank President
        Kim``). None when none applies: the description stays a source of its own."""
        if mention.kind != NAME:
            ent = self._epithet_referent(mention, at)
            if ent is not None:
                return ent  # "Ann Lee won. “…,” said the Leeds woman.": Ann Lee
        ent = self._definite_referent_en(mention, at)
        if ent is not None:
            return _seen_at(ent, at)  # "Ann Lee, an Arsenal striker, … “…,” the striker said.": Ann Lee
        return self._by_role(mention.role) if mention.kind == ANAPHOR else None

    def _epithet_referent(self, mention: Mention, at: int) -> Optional[Entity]:
        """The person an English epithet points back at, as ``he``/``she`` would (see above)."""
        gender = self._epithet_gender_en(mention.text)
        if gender is None:
            return None
        ent = self._pronoun_referent(at, {"m": "he", "f": "she"}.get(gender, ""))
        if ent is None or ent.kind != "person":
            return None
        if any(self._named_after_en(ent, e, at) for e in self.entities):
            return None  # "… said Ann Lee. … with Kay Roe. The 22-year-old said": either of them
        return ent

    def _definite_referent_en(self, mention: Mention, at: int) -> Optional[Entity]:
        """The named person an English definite description re-mentions: the one whose role holds
        its head noun (``the striker`` after ``Arsenal striker Ann Lee``, ``Chelsea's coach``), else,
        for a noun of what a person is (``the British actor``, ``the 45-year-old``, ``the American``),
        the person ``he``/``she`` would be. None when two people fit equally, when the noun may
        name a new unnamed source (``a spokesman said … the spokesman added``), or for a group or
        a body (``the officials``, ``the company``)."""
        parts = self._definite_parts_en(mention.text)
        if parts is None:
            return None
        mods, head, possessed = parts
        proper = [fold(w) for w in mention.text.split()[1:-1] if w[:1].isupper()]
        holders = self._role_holders_en(mods, head, at, proper)
        if len(holders) > 1:
            return None  # "the coach" after two coaches were named: either of them
        if holders:
            ent = holders[0]
        elif possessed or head in _RELATION_HEADS_EN:
            return None  # "the network's spokeswoman", "the spokesman": an unnamed source, not the last speaker
        else:
            key = (head, tuple(mods), tuple(proper))
            ent = self._epithet_person_en(mention, head, at, proper) or self._epithet_bound.get(key)
        if ent is None or _PARTY_TAG_EN.match(ent.name) or self._newer_description_en(head, ent, at):
            return None  # "D-Nev": a party tag read as a name
        if ent.key_tokens & set(fold(mention.text).split()):
            return None  # "the Two Bennies star": a name read inside the description itself
        if not holders:
            self._epithet_bound.setdefault(key, ent)
        return ent

    def _definite_parts_en(self, text: str) -> Optional[Tuple[List[str], str, bool]]:
        """``(modifiers, head, possessed)`` of an English definite description of one person
        (``The Spectator editor``, ``the 45-year-old``, ``Chelsea's striker``), folded; None for
        anything else (``the company``, ``the officials``, ``a spokesman``, ``the report's author``)."""
        ws = text.split()
        if not 2 <= len(ws) <= MAX_EPITHET_WORDS_EN:
            return None
        possessed = False
        if ws[0].lower() != "the":
            owner = _POSSESSOR_EN.match(ws[0])
            if owner is None or not ws[0][:1].isupper() or fold(owner.group(1)) in self.lex.titles:
                return None  # "Mr Blair's spokesman" is somebody else; "the prime minister's" too
            possessed = True
        rest = ws[1:]
        if len(rest) >= 3 and rest[-2] == "and" and rest[-3].lower() in self.lex.titles:
            rest = rest[:-2]  # "The feminist writer and broadcaster": one person of two trades, the first a title
        if any(not re.fullmatch(r"[\w-]+", w) or w.lower() in _APPOSITION_BREAKS_EN or w.lower() in PREPOSITIONS
               for w in rest):
            return None  # "The article in the magazine", "the Canadian-born actress paused to …"
        head = rest[-1]
        mods = [fold(w) for w in rest[:-1]]
        if _AGE_EPITHET_EN.match(head):
            return mods, head.lower(), possessed  # "the 22-year-old"
        low = head.lower()
        if head[:1].isupper():
            if len(rest) == 1 and low in self.lex.epithet_heads:
                return mods, low, possessed  # "the American", "the Scot"
            return None  # "the Labour Party", "The Independent"
        if self.lex.epithet_heads.get(low) and not mods:
            return None  # "the man", "the woman": anyone
        if low in self.lex.epithet_heads or (low in self.lex.titles and low not in _NON_PERSON_TITLES_EN
                                            and low not in _NEUTER_HEADS_EN):
            return mods, low, possessed
        return None

    def _role_holders_en(self, mods: List[str], head: str, at: int, proper: List[str]) -> List[Entity]:
        """The people named before ``at`` whose role has ``head`` as a title (``striker`` in
        ``Arsenal striker``; not ``president`` in ``vice president``) and every ``proper`` modifier
        (not ``Vermont senator`` for ``the Florida senator``): those whose role also holds the most
        of ``mods``, if more than one."""
        found = []
        # "the Scot" is also the holder of a role "Scottish manager": the people's adjective before a lower-case noun
        adjective = self.lex.demonym_adjectives.get(head, head) if self.lex.epithet_heads.get(head) == "" else None
        for ent in self.entities:
            if ent.kind != "person" or not 0 <= ent.last_at <= at:
                continue  # (``at`` itself: the same description before a second quote)
            best = -1
            if adjective is not None and any(_demonym_before_noun_en(role, adjective) for _, role in ent.roles):
                best = 0
            for _, role in ent.roles:
                words = (fold(role) if "-" in head else fold(role).replace("-", " ")).split()  # "vice-president"
                if len(words) > MAX_ROLE_WORDS:
                    continue
                for k, w in enumerate(words):
                    if w == head and not any(r in _RANK_MODIFIERS_EN and r not in mods for r in words[:k]) \
                            and all(m in words for m in proper):
                        best = max(best, sum(m in words for m in mods))
            if best >= 0:
                found.append((best, ent))
        top = max((n for n, _ in found), default=0)
        return [e for n, e in found if n == top]

    def _epithet_person_en(self, mention: Mention, head: str, at: int, proper: List[str]) -> Optional[Entity]:
        """The person a description of what somebody is points back at (``the British actor``):
        the referent ``he``/``she`` would have, if that person holds no other title (``the
        striker`` is not ``Ann Lee, the keeper``) and nobody else of a known gender was named
        since in a sentence of their own."""
        gender = self.lex.epithet_heads.get(head) or ("f" if head in _FEMININE_HEADS_EN or head.endswith("woman")
                                                      else "m" if head.endswith("man") else "")
        ent = self._pronoun_referent(at, {"m": "he", "f": "she"}.get(gender, "")) if gender else self._introduced_en(at)
        if ent is None or ent.kind != "person" or not self._personal(ent) or self.gender_of is None \
                or not 0 <= ent.last_at <= at:
            return None  # a person the text only names later
        if self.gender_of(ent) is None or (gender and self.gender_of(ent) != gender):
            return None  # "Special Operations", "D-Nev": no person the article gives a gender
        if head in _OFFICE_HEADS_EN and ent is not next((e for e in self.entities if e.kind == "person"), None):
            return None  # "Borger asked. “…,” the senator said.": an office is the article's lead figure's only
        if self._other_person_between(ent, at) or self._rival_subject_en(ent, gender, at):
            return None  # "said Lee. … Brandt's plan … the businessman has insisted": either of them
        if self._other_title_en(ent, head, proper):
            return None  # "the prime minister" is not "London mayor Ann Lee"; "the striker" not "keeper Ann Lee"
        if any(self._named_after_en(ent, e, at) for e in self.entities):
            return None  # "… said Ann Lee. … with Kay Roe. The actor said": either of them
        return ent

    def _other_person_between(self, ent: Entity, at: int) -> bool:
        """Whether a known person other than ``ent`` is named (by any of their name's words, even as
        an object or a possessive) after the sentence of ``ent``'s latest mention and before ``at``
        (``Lee, who beat Kay Roe, …`` stays about Lee)."""
        others = {t for e in self.entities if e is not ent and e.kind == "person" for t in e.key_tokens} - ent.key_tokens
        if not others or not 0 <= ent.last_at < at:
            return False
        brk = _SENTENCE_BREAK_EN.search(self.text, ent.last_at, at)
        if brk is None:
            return False
        for w in _CAPITALISED_WORD_EN.findall(self.text, brk.end() - 1, at):
            if fold(re.sub(r"['’]s?$", "", w)) in others:
                return True
        return False

    def _rival_subject_en(self, ent: Entity, gender: str, at: int) -> bool:
        """Whether ``ent``, who has not spoken, shares the stretch since the last speaker with another
        person of a fitting gender named in a sentence of their own (``Ann Lee won. Tom Hale was
        second. “…,” said the 22-year-old.``: either of them)."""
        if id(ent) in self._spoke:
            return False
        since = self.salient.last_at if self.salient is not None and self.salient is not ent else 0
        for other in self.entities:
            if other is ent or other is self.salient or other.kind != "person" or not since <= other.last_at < at \
                    or not self._personal(other):
                continue
            if gender and self.gender_of(other) not in (None, gender):
                continue
            lo, hi = sorted((other.last_at, ent.last_at))
            if _SENTENCE_BREAK_EN.search(self.text, lo, hi) is not None:
                return True
        return False

    def _introduced_en(self, at: int) -> Optional[Entity]:
        """The one person introduced just before ``at`` since the last speaker (``… Emma Ray, who
        plays Alice. The 14-year-old said …``), else the last speaker."""
        named = {id(e): e for pos, e in self._since_mark if pos < at and at - pos <= INTRODUCED_REACH_EN}
        if len(named) == 1:
            return next(iter(named.values()))
        return self.salient

    def _other_title_en(self, ent: Entity, head: str, proper: List[str]) -> bool:
        """Whether ``ent``'s role gives another title of the same sort as ``head``: another office
        (``mayor`` for ``the prime minister``) or another trade (``keeper`` for ``the striker``), or
        the same title of another place or body (``the Texas senator`` for ``the Florida senator``).
        A person may hold both sorts at once (``MP`` and ``the Spectator editor``)."""
        if head not in self.lex.titles or head in self.lex.epithet_heads:
            return False
        office = head in _OFFICE_HEADS_EN
        for _, role in ent.roles:
            words = fold(role).split()
            if head in words and not all(m in words for m in proper):
                return True
            last = words[-1:]
            if last and last[0] != head and last[0] in self.lex.titles and (last[0] in _OFFICE_HEADS_EN) == office:
                return True
        return bool(proper) and self._other_place_title_en(ent, head, proper)

    def _other_place_title_en(self, ent: Entity, head: str, proper: List[str]) -> bool:
        """Whether the sentence of ``ent``'s latest mention gives ``head`` another place or body
        (``Sam Ortiz, the Texas senator, …`` for ``the Florida senator``)."""
        if not 0 <= ent.last_at < len(self.text):
            return False
        brk = _SENTENCE_BREAK_EN.search(self.text, ent.last_at)
        end = brk.start() if brk else len(self.text)
        pattern = re.compile(r"\b([A-Z][\w.-]*)\s+%s\b" % re.escape(head), re.I)
        for m in pattern.finditer(self.text, ent.last_at, end):
            if m.group(1)[:1].isupper() and fold(m.group(1)) not in proper and fold(m.group(1)) not in ("the", "a", "an"):
                return True
        return False

    def _newer_description_en(self, head: str, ent: Entity, at: int) -> bool:
        """Whether an unnamed source with the same head noun was described after ``ent`` was last
        named (``Ann Lee said … . A spokesman said … . The spokesman added``): the description is theirs."""
        for other in self.entities:
            if other.kind == "description" and ent.last_at < other.last_at < at \
                    and fold(other.name).split()[-1:] == [head]:
                return True
        if not 0 <= ent.last_at < at or _AGE_EPITHET_EN.match(head):
            return False
        # "greeted by an organizer … “…,” the organizer told them": a new person, even if no speaker yet
        indefinite = re.compile(r"\b(?:a|an|another)\s+(?:[\w-]+\s+){0,3}%s\b" % re.escape(head), re.I)
        return indefinite.search(self.text, ent.last_at, at) is not None

    def _named_after_en(self, ent: Entity, other: Entity, at: int) -> bool:
        """Whether ``other``, a person of some known gender, is named after ``ent`` and before
        ``at`` in a sentence of its own (not ``Lee, who beat Kay Roe, …``, which stays about Lee)."""
        if other is ent or other.kind != "person" or not ent.last_at < other.last_at < at:
            return False
        if self.gender_of is None or self.gender_of(other) is None:
            return False
        return _SENTENCE_BREAK_EN.search(self.text, ent.last_at, other.last_at) is not None

    def _subject_in(self, mention: Mention, at: int) -> Mention:
        """The subject inside an English description phrase: before its own predicate (``The town
        released a statement saying``: the town), or the lead of a phrase that is a whole clause
        (``He faulted her record``: he, if anybody came before; ``Lee jokingly``: Lee)."""
        cut = self.parser.predicate_cut(self.text, mention)
        if cut is not mention:
            return cut
        lead = self.parser.clause_cut(self.text, mention)
        if lead is not None and (lead.kind != PRONOUN or self._pronoun_referent(at, lead.text) is not None):
            return lead
        return mention

    def _personal(self, ent: Entity) -> bool:
        """Whether ``ent`` may be a person: not a name ending in an organisation's or a place's
        word (``Acme Technologies``, ``Grand Street``) of which the article gives no gender."""
        words = ent.name.split()
        one_en = self.lex.lang == "en" and len(words) == 1  # a one-word English name: the three tests below
        if one_en and _is_acronym(words[0]) and len(words[0]) >= 2 and not ent.roles:
            return False  # "EA", "BBC": an organisation's initials, not a person
        if one_en and words[0].endswith("s") and not words[0].endswith("ss") \
                and any(r and all(w in _QUANTIFIERS_EN or w in _GROUP_SELECTORS_EN or w == "more"
                                  for w in r.lower().split()) for _, r in ent.roles):
            return False  # "many more Texans", "some Democrats": a capitalised plural, a group, never "he"
        if one_en and words[0].endswith("s") and fold(words[0]) in self.lex.descriptions:
            return False  # "Voters said no. He said …": a plural description opening a sentence, never "he"
        if len(words) >= 2 and words[0].lower() in self.lex.place_name_openers:
            return False  # "Lake Erie", "Mount Hood": a place, whatever pronoun follows it
        last = words[-1].lower().rstrip(".") if len(words) >= 2 else ""
        if last not in self.lex.non_person_words and last not in self.lex.org_name_ends:
            return True
        if any(w in self.lex.honorifics for _, r in ent.roles for w in fold(r).replace(".", " ").split()):
            return True  # "Ms. Ann Park"
        if any(w.lower() in self.lex.non_person_words or w.lower() in self.lex.org_name_ends for w in words[1:-1]):
            return False  # "Madison Square Garden": a place's words throughout, whatever its first word
        # "Ann Park": a common given name; not "Wall Street", whatever pronoun follows it
        return fold(words[0]) in self.lex.given_names

    def _pronoun_referent(self, at: int, word: str = "") -> Optional[Entity]:
        """The salient speaker, unless the text since then named one other person only.

        ``“…,” kata Budi. Acara itu juga dihadiri Ketua PHRI Ayu Lestari. “…,” ujarnya.``: the
        sentences since Budi spoke introduce Ayu and nobody else, so the clitic is hers.
        English ``he``/``she`` must agree with the gender the article gives the referent, and
        is a person's: a candidate that is an organisation or a place taken for a name
        (``Acme Technologies``) is passed over for the next one.
        """
        if self.lex.lang == "id" and word.lower() in _PLURAL_PRONOUNS_ID:
            return self._group_referent(at) or self._plural_subject_since_id(at)
        if self.lex.lang == "id":
            named = {id(e): e for pos, e in self._since_mark if pos < at}
            if len(named) == 1:
                ent = next(iter(named.values()))
                if self.salient is None or not self._organisation_for_person(ent, word):
                    return ent  # not "Muhammadiyah mengusulkan …. Menurut dia, …": the person who spoke before
            if self.salient is None and self._described is not None and self._body_for_dia_id(self._described, word):
                self.body_refused_at = at  # "Polisi menyebut …. Kepada ibunya, dia mengaku …": no body
                opener = self._paragraph_subject_person_id(at)
                if opener is not None:
                    return opener
            elif self.salient is None and self._described is not None:
                # no named person has spoken: the unnamed source that did (but "Polisi menyebut
                # …. Kepada ibunya, dia mengaku …": a person, never the body)
                return self._described
            if self.salient is None:
                # "Wali Kota Ayu Lestari berkeliling … “…,” katanya.": nobody has spoken yet; the
                # only person the article has named so far with a title (streets read as names have none)
                named = [e for e in self.entities if e.kind == "person" and 0 <= e.last_at < at
                         and at - e.last_at <= PRONOUN_REACH
                         and any(r and self.lex.is_role_word(r.split()[0]) for _, r in e.roles)]
                return named[0] if len(named) == 1 else None
            if self._body_for_dia_id(self.salient, word):
                self.body_refused_at = at
                # "Polisi menyebut …. … Kepada ibunya, dia mengaku …": a person, never the body; the
                # person named since who opens a sentence of this paragraph ("RA meninggal …"), if any
                return self._paragraph_subject_person_id(at)
        want = _PRONOUN_GENDER.get(word.lower())
        if self.lex.lang == "en" and word.lower() == "it":
            ent = self._neuter_referent(at)
            if ent is not None and ent.kind == "organisation" and self.text and "The " in self.text[ent.last_at:at]:
                # "Dyer & Co said …. The Kestrel report was upbeat. It said …": the document since
                ent = self._document_subject_since_en(ent.last_at + 1, at) or ent
            if ent is None and self.salient is not None and self.salient.kind == "person" and self.text:
                ent = self._neuter_subject_since_en(self.salient.last_at, at)
            if ent is None and self.text and "The " in self.text[max(at - GROUP_REACH, 0):at]:
                ent = self._body_subject_before_en(at)
            return ent or self.salient
        if self.lex.lang == "en" and word.lower() == "they":
            group = self._group_referent(at)
            if group is not None and self.text and 0 <= group.last_at < at:
                # "1,409 teachers said …. The national unions are aware …. But they maintain …": a
                # sentence after the group's mention that opens with another plural subject
                group = self._plural_noun_subject_since_en(group.last_at + 1, at) or group
            if group is None and self.salient is not None and self.salient.kind == "person" and self.text:
                group = self._plural_subject_since_en(self.salient.last_at, at)
            if group is None and self.text and (self.salient is None or self.salient.kind == "person"):
                # "County Democrats blocked the bill because they said …": a plural subject since
                group = self._plural_noun_subject_since_en(self.salient.last_at if self.salient else 0, at)
            if group is None and self.text and (self.salient is None or self.salient.kind == "person"):
                group = self._collective_subject_en(at)  # "The union blocked the bill because they said …"
            return group or self.salient  # "Party activists … they insisted": the group
        if self.lex.lang != "en" or not want:
            return self.salient
        if self.gender_of is not None and self._titled_description_after is not None \
                and self._titled_description_after is self.salient and self._described is None \
                and self.gender_of(self.salient) in (None, want):
            # "Trump urged Mayor Ruiz to act. Ruiz closed the unit. “…,” the Republican candidate
            # said. … “…,” he remarked.": the pronoun goes on with the unnamed candidate, a person
            # quoted before, not the subject who never spoke
            quoted = [e for e in self.entities if e.kind == "person" and id(e) in self._quoted
                      and self.gender_of(e, weak=False) == want and self._personal(e)]
            if quoted:
                return max(quoted, key=lambda e: self._spoke[id(e)])
        subject = self._subject_before_semicolon_en(at, want)
        if subject is not None:
            return subject  # "The Kenyan runner Abebe Tola, who …, drew …; he says …": Abebe Tola
        possessor = self._possessor_opening_sentence_en(at, want)
        if possessor is not None:
            return possessor  # "Ann Lee's campaign launched an ad and she said …": Ann Lee
        described = self._described_referent(at, want)
        if described is not None:
            return described
        gendered = self.gender_of is not None
        personal = self._personal if gendered else (lambda e: True)
        subject = self._described_subject_before_quote_en(at, want) if self.text[at - 3:at].rstrip()[-1:] in ("”", '"') \
            and self.text else None
        if subject is not None:
            return subject  # "The actor discussed the show. “…,” he said.": the actor
        if self.salient is None:
            # "A 45-year-old man has been charged. He said …": with nobody named who fits, the
            # unnamed man or woman of the pronoun's gender a sentence just before opened with
            return self._first_referent(at, want, personal) or self._gendered_subject_since_en(0, at, want)
        subject = self._subordinate_pronoun_subject_en(at, word, personal)
        if subject is not None:
            return subject  # "… Ann Lee backed the plan when she urged …": the clause's own subject
        subject = self._previous_sentence_subject_en(at, want, personal)
        if subject is not None:
            return subject  # "… spoke. Moss could not hide his joy. He said: “…”": the new subject
        subject = self._paragraph_topic_en(at, want, personal)
        if subject is not None and gendered and subject is not self.salient \
                and self.gender_of(self.salient, weak=False) == want:
            subject = None  # the last speaker, whom the article gives the pronoun's gender, goes on
        if subject is not None:
            return subject  # "Roe's song won the vote. It is his 15th award. He told the crowd: “…”"
        named = {id(e): e for pos, e in self._since_mark if pos < at and at - pos <= INTRODUCED_REACH_EN}
        if len(named) == 1:
            ent = next(iter(named.values()))
            since = max(pos for pos, e in self._since_mark if e is ent and pos < at)
            if ent is not self.salient and not self._other_subject_between(ent, since, at, word) \
                    and not self._relative_antecedent_en(ent, at) and not self._reported_by_salient_en(since) \
                    and (not gendered or self.gender_of(ent) in (None, want)) and personal(ent):
                return ent  # "… concerns Ann Lee, president of the union. “…,” she said."
        if gendered and self.salient is not None:
            have = self.gender_of(self.salient, weak=False)
            if have is None:
                # "“…,” said Alex Kim. … Ms. Dana Cole … “…,” she said.": a person of that
                # gender named after the speaker of unknown gender.
                since = self.salient.last_at
                if self._turned_to is not None and self._turned_to[0] is self.salient and self._turned_to[2] == word.lower():
                    since = max(since, self._turned_to[1])  # "… she said she …. “…,” she said.": she goes on
                later = [e for e in self.entities if e.kind == "person" and since < e.last_at < at
                         and at - e.last_at <= PRONOUN_REACH and self.gender_of(e, weak=False) == want and personal(e)
                         and not self._in_relative_clause(self.salient, e) and not self._relative_antecedent_en(e, at)
                         and (id(e) in self._spoke or self._named_as_subject(e))
                         and not self._object_of_subject_en(self.salient, e, want)
                         and not self._reported_by_salient_en(e.last_at)]  # even one who spoke before
                if later:
                    last = max(later, key=lambda e: e.last_at)
                    titled = [e for e in self.entities if e.kind == "person" and last.last_at < e.last_at < at
                              and e.roles and id(e) not in self._spoke and self.gender_of(e) == want
                              and self.gender_of(e, weak=False) is None and personal(e)
                              and self._named_as_subject(e) and not self._relative_antecedent_en(e, at)]
                    if len(titled) == 1:
                        # "Ann Lee slated comedian Tom Roe …. And star Max Dole criticised TV. “…,” he
                        # said": a titled man who is the subject named since, by his given name
                        return titled[0]
                    return last
                have = self.gender_of(self.salient)  # "Bill Carver … she said": a common given name
            if (have and have != want) or not personal(self.salient):
                # "“…,” said Ryan. … “…,” she said.": the last person of her gender mentioned;
                # "“…,” said Ann Lee. … Acme Technologies … “…,” she said.": the last person.
                agree = [e for e in self.entities if e.kind == "person" and e is not self.salient and 0 <= e.last_at < at
                         and at - e.last_at <= PRONOUN_REACH and self.gender_of(e) == want and personal(e)
                         and not self._relative_antecedent_en(e, at)]
                namesakes = [e for e in agree if fold(e.name).split()[-1:] == fold(self.salient.name).split()[-1:]]
                if len(namesakes) == 1:
                    # "Betsy Ebeling … Tom Ebeling … Ebeling said …. “…,” she said.": the surname was
                    # hers; the pronoun tells the namesakes apart
                    return namesakes[0]
                if agree:
                    latest = max(agree, key=lambda e: e.last_at)
                    # "… said Ann Merkel. … A Berlin woman was fined …. “…,” she wrote.": the unnamed
                    # woman a sentence opened with after the last named one
                    return self._gendered_subject_since_en(latest.last_at + 1, at, want) or latest
                described = self._gendered_subject_since_en(self.salient.last_at, at, want) \
                    if have and have != want and self.salient.last_at < at else None
                if described is not None:
                    # "“…,” said Karl Brenner. A Tollard woman was fined …. “…,” she wrote.": nobody
                    # of her gender is named; the woman the text went on to is
                    return described
                salient_words = fold(self.salient.name).split()
                if have and have != want and len(salient_words) >= 2 and salient_words[0] not in self.lex.given_names:
                    # "Ardith Vell met Tom Mabe. Ms Vell … He says …": the article gives the salient
                    # person (of a given name we do not know) the other gender; the one other
                    # person named nearby, of unknown gender, is meant
                    unknown = [e for e in self.entities if e.kind == "person" and e is not self.salient
                               and len(e.name.split()) >= 2
                               and 0 <= e.last_at < at and at - e.last_at <= PRONOUN_REACH
                               and self.gender_of(e) is None and personal(e) and not self._relative_antecedent_en(e, at)]
                    if len(unknown) == 1:
                        return unknown[0]
                if have and have != want and self.salient.last_at < at:
                    # "Tom Roe asked why Ann Lee had not spoken. (She says …)": the speaker is of
                    # the other gender; the last person named since, of a gender the article does not give
                    since = [e for e in self.entities if e.kind == "person" and e is not self.salient
                             and self.salient.last_at < e.last_at < at and len(e.name.split()) >= 2
                             and self.gender_of(e) is None and personal(e) and not self._relative_antecedent_en(e, at)
                             and (id(e) in self._spoke or self._named_as_subject(e)
                                  or not self.lex.is_english_word(fold(e.name).split()[0]))]
                    if since:
                        return max(since, key=lambda e: e.last_at)
                if not personal(self.salient):
                    # "Ann Lee said … . EA said …. “…,” he said.": an organisation spoke last; the
                    # pronoun is the last person who spoke
                    spoke = [e for e in self.entities if e.kind == "person" and id(e) in self._spoke
                             and e is not self.salient and 0 <= e.last_at < at and at - e.last_at <= PRONOUN_REACH
                             and self.gender_of(e) in (None, want) and personal(e)]
                    if spoke:
                        return max(spoke, key=lambda e: self._spoke[id(e)])
        if gendered and self.salient is not None and self.text and self.text[at - 3:at].rstrip()[-1:] in ("”", '"', "'"):
            ent = self._gendered_person_before_quote_en(at, want, personal)
            if ent is not None:
                return ent  # "“…,” said Ann Roe. … Mrs. Lee might pick Mr. Day. “…,” she said.": Mrs. Lee
        if gendered and self.salient is not None and not personal(self.salient):
            return None  # "Human Rights Watch said …. He said …": "he" is never an organisation's
        if gendered and self.salient is not None and self.salient.kind == "person":
            # "Mayor Ann Roe opened the bridge. He said …": nobody named fits the pronoun; the
            # unnamed person of its gender a sentence opened with (the cheap look first)
            described = self._gendered_subject_since_en(0, at, want)
            if described is not None and self.gender_of(self.salient) not in (None, want):
                return described
        return self.salient

    def _gendered_person_before_quote_en(self, at: int, want: str, personal) -> Optional[Entity]:
        """English ``“…,” said Ann Roe. There is talk that Mrs. Lee might pick Mr. Day. “…,” she
        said.``: a quote whose cue is the pronoun alone, opening right after a narrative sentence
        (no quote, no reporting word, no pronoun of that gender) that names, besides people of the
        other gender, one known person of the pronoun's gender, not the last speaker and not as a
        possessor; that person. None otherwise (the last speaker goes on)."""
        text = self.text
        close = at - 1
        while close > 0 and text[close].isspace():
            close -= 1
        if text[close] == "'" and text[close - 1:close] == "'":
            close -= 1
        elif text[close] not in "”\"":
            return None
        lo = max(0, close - QUOTE_BEFORE_PRONOUN_REACH_EN)
        opened = max(text.rfind("“", lo, close), text.rfind("\"", lo, close), text.rfind("''", lo, close))
        if opened <= 0 or "\n" in text[opened:close]:
            return None
        window = text[max(0, opened - SUBJECT_SENTENCE_REACH_EN):opened]
        if window.rstrip()[-1:] != "." or "\n" in window[len(window.rstrip()):]:
            return None  # the quote opens no new sentence after a narrative one in its paragraph
        ends = [e for e in _SENTENCE_END_EN.finditer(window) if e.end() < len(window)]
        if not ends:
            return None
        sentence = window[ends[-1].end():]
        if "\n" in sentence or _QUOTE_MARK_EN.search(sentence) or REPORTING_WORD_EN.search(sentence) \
                or _GENDERED_WORDS_EN[want].search(sentence):
            return None
        capitalised = _CAPITALISED_WORD_EN.findall(sentence)
        words = {fold(w) for w in capitalised if not w.endswith(("'s", "’s"))}
        owners = {fold(w[:-2]) for w in capitalised if w.endswith(("'s", "’s"))}
        if self.salient.key_tokens & (words | owners):
            return None  # the sentence names the last speaker: it goes on about them
        # (so no one found below is the last speaker: each shares a key token with ``words``)
        found = [e for e in self.entities if e.kind == "person" and e.key_tokens & words
                 and self.gender_of(e, weak=False) == want and personal(e)]
        opening = sentence.split()[:2]
        if not found and len(opening) == 2 and opening[0] == capitalised[0] and opening[1].islower() \
                and fold(opening[0]) not in self.lex.stop_words:
            # "… Donald Roe's failed hotels. … Roe blamed the council. “…,” he wrote.": a surname
            # opening the sentence, of a person named in full only in passing
            ent = self._surname_met_first(capitalised[0], want, at)
            return ent if ent is not None and ent is not self.salient and personal(ent) else None
        if len(found) != 1 or found[0].key_tokens & owners:
            return None
        return found[0]

    def _object_of_subject_en(self, subject: Entity, ent: Entity, want: str) -> bool:
        """Whether ``ent`` is named, in the sentence where ``subject`` was last named, after the
        finite verb that follows ``subject``'s name, with no preposition between (``Tory leader Tom
        Hale accused the PM and Mr Barr of …``): the verb's object, while the subject, whose given name is of the pronoun's
        gender, goes on as the one a following ``he`` means."""
        text = self.text
        start, end = subject.last_at, ent.last_at
        if not text or not (0 <= start < end <= len(text)) or end - start > SUBJECT_SENTENCE_REACH_EN:
            return False
        between = text[start:end]
        if "\n" in between or "," in between or '"' in between or "“" in between or _SENTENCE_END_EN.search(between):
            return False  # another sentence, a quote or an aside between: no plain verb and object
        if self.gender_of(subject) != want:
            return False
        words = between.split()
        k = 0
        while k < len(words) and words[k][:1].isupper():
            k += 1  # the subject's name ("Tom Hale", "Mr Hale")
        # the verb's own object, not a name inside a phrase after it ("holds up the knife used by Roe")
        return 0 < k < len(words) and self.lex.is_finite_verb_form(words[k]) \
            and not any(w.lower() in PREPOSITIONS for w in words[k + 1:])

    def _previous_sentence_subject_en(self, at: int, want: str, personal) -> Optional[Entity]:
        """The known person, other than the last speaker, whose name (or surname) opens the one
        narrative sentence right before the pronoun's sentence: ``“…,” said Baker. Moss could not
        hide his joy. He said: “…”``. None when that sentence quotes someone or the person's
        gender clashes with the pronoun."""
        text = self.text
        if not text or not (0 < at <= len(text)):
            return None
        window = text[max(0, at - SUBJECT_SENTENCE_REACH_EN):at + 1]  # one more: a sentence may start at ``at``
        ends = [e for e in _SENTENCE_END_EN.finditer(window) if e.end() <= len(window) - 1]
        if len(ends) < 2 and at > SUBJECT_SENTENCE_REACH_EN:
            window = text[max(0, at - 2 * SUBJECT_SENTENCE_REACH_EN):at + 1]  # a long sentence before: read further back
            ends = [e for e in _SENTENCE_END_EN.finditer(window) if e.end() <= len(window) - 1]
        if len(ends) < 2:
            return None
        sentence = window[ends[-2].end():ends[-1].end()]
        rest = window[ends[-1].end():-1]
        if "''" in sentence or "“" in sentence:
            # "Later on ''Morning Hour,'' Ben Carr questioned …": a programme's title in marks quotes nobody
            sentence = _QUOTED_TITLE_EN.sub(r"\1", sentence)
        if _QUOTE_MARK_EN.search(sentence) or "\n" in sentence.rstrip() or REPORTING_WORD_EN.search(sentence):
            return None  # a sentence that quotes or reports someone (the speaker tracking's), or the paragraph before
        if _QUOTE_MARK_EN.search(rest) and not _PRONOUN_OPENS_EN.match(rest):
            return None  # "Moss scored. “…,” he said.": the quote is read with its own cue
        opener_only = _OPENER_THEN_PRONOUN_EN.fullmatch(rest) is not None
        if re.search(r"\s[A-Z]", _QUOTED_EN.sub(" ", rest)) and not opener_only:
            return None  # "Lee spoke. But Roe said … and he noted …": the sentence has its own subject
        m = _SUBJECT_NAME_EN.match(sentence)
        if m is None and ", " in sentence:
            m = _APPOSED_SUBJECT_NAME_EN.match(sentence)  # "Norland's trade minister, Piet Vanrode, plays down …"
        if m is None and sentence[:1] in "LIAD" and sentence.startswith(("Later ", "In ", "At ", "During ")):
            opener = _LATER_OPENER_EN.match(sentence)  # "Later on Morning Hour, Ben Carr questioned …"
            m = _SUBJECT_NAME_EN.match(sentence, opener.end()) if opener is not None else None
        if m is None and opener_only and ("the " in sentence or "The " in sentence):
            epithet = _EPITHET_SUBJECT_EN.match(sentence)
            if epithet is not None and self._epithet_head_en(epithet.group(2)):
                # "Leader Ann Roe is criticizing Tom Lee. In a statement, the Ely Republican
                # dismissed Lee’s plan. She says …": the description re-mentions the subject
                # named before; not the person its sentence names as an object or possessor
                return self._subject_before_sentence_en(at - len(window) + 1 + ends[-2].end(), want, personal)
        if m is None:
            # "The biggest cheer was for star Leo Dale, who paused to sign autographs. He said …":
            # the one person the sentence goes on to describe with a relative clause is its topic
            found = self._only_person_in_sentence_en(sentence, want, personal) if opener_only else None
            if found is None and ", who " in sentence and _NAME_THEN_WHO_EN.search(sentence):
                found = self._only_person_in_sentence_en(sentence, want, personal, unknown_gender=True)
            return found
        toks = frozenset(w for w in fold(m.group(1)).split()
                         if w.rstrip(".") not in self.lex.honorifics and w not in self.lex.titles)  # "Mr Law", "Senator Law"
        found = [e for e in self.entities if e.kind == "person" and toks and toks <= e.key_tokens and personal(e)]
        if not found:
            found = [e for e in [self._surname_met_first(m.group(1), want, at)] if e is not None]
        if not found and opener_only:
            return self._only_person_in_sentence_en(sentence, want, personal)  # "Those claims were put to Roe"
        if len(found) != 1 or found[0] is self.salient:
            return None
        ent = found[0]
        if self.gender_of is not None and self.gender_of(ent) not in (None, want):
            return None
        return ent

    def _paragraph_topic_en(self, at: int, want: str, personal) -> Optional[Entity]:
        """English ``Roe's song beat songs by Ann Lee and Tom Bell. It is his 15th award. He told
        the crowd: “…”``: a pronoun opening a later sentence of a narrative paragraph (no quote, no
        report before it) that opens with a known person's name or possessive, when no later
        sentence of it opens with another person's name; that person, if the gender fits (asked
        only when the article does not give the last speaker the pronoun's gender)."""
        text = self.text
        if not text or not (0 < at <= len(text)):
            return None
        lo = max(0, at - PARAGRAPH_TOPIC_REACH_EN - 1)
        p = text.rfind("\n", lo, at)
        if p < 0 and lo > 0:
            return None  # the paragraph is longer than the reach
        p += 1
        para = text[p:at]
        if not para.rstrip().endswith((".", "!", "?")) or len(para) > PARAGRAPH_TOPIC_REACH_EN \
                or _QUOTE_MARK_EN.search(para) or REPORTING_WORD_EN.search(para):
            return None
        m = _PARAGRAPH_OPENING_NAME_EN.match(para)
        if m is None or fold(m.group(1).split()[0]) in _PARAGRAPH_OPENING_NON_NAMES_EN:
            return None  # "The Turkish government claims …": a body, not a person's name
        toks = frozenset(w for w in fold(m.group(1)).split()
                         if w.rstrip(".") not in self.lex.honorifics and w not in self.lex.titles)
        found = [e for e in self.entities if e.kind == "person" and toks and toks <= e.key_tokens and personal(e)]
        if len(found) != 1:
            return None
        ent = found[0]
        if self.gender_of is not None and self.gender_of(ent) not in (None, want):
            return None
        for end in _SENTENCE_END_EN.finditer(para):
            word = _FIRST_NAME_WORD_EN.match(para, end.end())
            if word is not None and any(e is not ent and e.kind == "person" and fold(word.group(0)) in e.key_tokens
                                        for e in self.entities):
                return None  # "… Lee won. Tom Bell lost. He said …": a later sentence has a subject of its own
        return ent

    def _full_name_as_role_en(self, role: Optional[str]) -> bool:
        """English: whether ``role`` is a person's own name (a common given name and a capitalised
        surname, no title word), never a role."""
        if self.lex.lang != "en" or not role[:1].isupper():
            return False
        words = role.split()
        return len(words) in (2, 3) and all(w[:1].isupper() and w[1:].islower() for w in words) \
            and fold(words[0]) in self.lex.given_names and not any(fold(w) in self.lex.titles for w in words)

    def _epithet_head_en(self, head: str) -> bool:
        """Whether ``head`` ends a description of one person (``senator``, ``Republican``, ``actor``)."""
        low = head.lower()
        return low not in _NEUTER_HEADS_EN and (low in self.lex.titles or low in _PARTY_NOUNS_EN
                                                or low in self.lex.epithet_heads)

    def _subject_before_sentence_en(self, start: int, want: str, personal) -> Optional[Entity]:
        """The one known person whose name is in the capitalised run opening the sentence that
        ends right before ``start`` (``Senate leader Ann Roe is …``), if the pronoun's gender
        fits; else None."""
        text = self.text
        before = text[max(0, start - 2 * SUBJECT_SENTENCE_REACH_EN):start].rstrip()
        ends = [e for e in _SENTENCE_END_EN.finditer(before) if e.end() < len(before)]
        opened = max(ends[-1].end() if ends else -1, before.rfind("\n") + 1)  # a sentence or a paragraph
        if opened <= 0:
            return None
        run = []
        for w in before[opened:].split():
            if not w[:1].isupper():
                break
            run.append(w)
        toks = frozenset(fold(" ".join(run)).split())
        found = [e for e in self.entities if e.kind == "person" and e.key_tokens and e.key_tokens <= toks and personal(e)]
        if len(found) != 1 or (self.gender_of is not None and self.gender_of(found[0]) not in (None, want)):
            return None
        return found[0]

    def _described_subject_before_quote_en(self, at: int, want: str) -> Optional[Entity]:
        """English ``The actor discussed the show at length. “…,” he said.``: a quote whose cue is
        the pronoun alone, right after a narrative sentence whose subject is a definite description
        of one person (``the actor``, ``the former senator``, after an opening phrase or not); the
        person that description re-mentions, or the description as written. None when the
        sentence before quotes or reports someone, or its subject is no such description."""
        if self._reading_described_subject:
            return None  # the description's own reading asks for this pronoun's referent: not again
        text = self.text
        close = at - 1
        while close > 0 and text[close].isspace():
            close -= 1
        if text[close] not in "”\"":
            return None
        lo = max(0, close - QUOTE_BEFORE_PRONOUN_REACH_EN)
        opened = max(text.rfind("“", lo, close), text.rfind("\"", lo, close))
        if opened <= 0 or "\n" in text[opened:close]:
            return None
        window = text[max(0, opened - SUBJECT_SENTENCE_REACH_EN):opened]
        if window.rstrip()[-1:] not in (".", "!") or window[len(window.rstrip()):].count("\n") > 0:
            return None  # the quote opens no new sentence after a narrative one in its paragraph
        ends = [e for e in _SENTENCE_END_EN.finditer(window) if e.end() < len(window)]
        sentence = window[ends[-1].end():] if ends else None
        if not sentence or "\n" in sentence or REPORTING_WORD_EN.search(sentence):
            return None
        m = _DESCRIBED_SUBJECT_EN.search(sentence)
        if m is None or _QUOTE_MARK_EN.search(sentence, m.start(1)):
            return None
        words = m.group(2).split()
        # the head noun: a title right before a finite verb (maybe after an -ly adverb)
        k = next((k for k in range(min(3, len(words) - 1)) if words[k] in self.lex.titles
                  and self.lex.is_finite_verb_form(words[k + 2] if words[k + 1].endswith("ly") and k + 2 < len(words)
                                                   else words[k + 1])), None)
        if k is None or words[k] in _NEUTER_HEADS_EN:
            return None  # "the company said", "the report found": no person; or no verb after the noun
        head = words[k]
        gender = "f" if head.endswith(("woman", "ess")) else "m" if head.endswith("man") or head == "actor" else ""
        if gender not in ("", want):
            return None
        start = max(0, opened - SUBJECT_SENTENCE_REACH_EN) + (ends[-1].end() if ends else 0) + m.start(1)
        phrase = " ".join([m.group(1)[:3]] + words[:k + 1])
        mention = Mention(ANAPHOR, phrase, start, start + len(phrase), role=phrase.split(None, 1)[1])
        self._reading_described_subject = True
        try:
            ent = self._definite_referent_en(mention, at) or self._by_role(mention.role)
        finally:
            self._reading_described_subject = False
        if ent is not None and (ent.kind != "person" or self.gender_of is None or self.gender_of(ent) in (None, want)):
            return _seen_at(ent, at)  # (a person of the other gender is not the one described)
        key = fold(phrase)
        for ent in reversed(self.entities):
            if fold(ent.name) == key:
                return _seen_at(ent, at)
        return _seen_at(self._new(phrase, "description", at, role=None), at)

    def _subordinate_pronoun_subject_en(self, at: int, word: str, personal) -> Optional[Entity]:
        """The one known person the same sentence names as a subject (not a possessor) before a
        ``when``/``as``/… clause that the pronoun opens: ``At a dinner, former president Ann Lee
        backed Mr Roe's plan when she urged …`` is Ann Lee; None when the sentence names no such
        person, or more than one, or quotes."""
        text = self.text
        if not text or not (0 < at <= len(text)) or text[at:at + len(word)] != word \
                or not _SUBORDINATOR_BEFORE_PRONOUN_EN.search(text, max(0, at - 12), at):
            return None
        cue = re.match(r"\w+ (\w+)", text[at:at + 40])
        if cue is None or cue.group(1) not in self.lex.pre_cues:
            return None  # "when he urged …": the pronoun's own report, not "when he brought up …"
        window = text[max(0, at - SUBJECT_SENTENCE_REACH_EN):at]
        ends = [e for e in _SENTENCE_END_EN.finditer(window)]
        sentence = window[ends[-1].end():] if ends else None
        if not sentence or "\n" in sentence or _QUOTE_MARK_EN.search(sentence) \
                or _GENDERED_WORDS_EN[_PRONOUN_GENDER[word.lower()]].search(sentence):
            return None  # "…, he said after meeting Roe aides, because he said …": the pronoun goes on
        # the name right before a finite verb ("Ann Lee backed"): the subject, not "Roe aides"
        words = {fold(m.group(1)) for m in _NAME_THEN_WORD_EN.finditer(sentence)
                 if self.lex.is_finite_verb_form(m.group(2))}
        found = [e for e in self.entities if e.kind == "person" and e.key_tokens & words and personal(e)]
        if len(found) != 1 or found[0] is self.salient:
            return None
        ent = found[0]
        if self.gender_of is None or self.gender_of(ent) not in (None, _PRONOUN_GENDER[word.lower()]):
            return None
        return ent

    def _only_person_in_sentence_en(self, sentence: str, want: str, personal,
                                    unknown_gender: bool = False) -> Optional[Entity]:
        """The one known person, other than the last speaker, that a narrative sentence names
        anywhere (``The claims were put to Roe after the game. At first he said: …``), when it
        names nobody else and the pronoun opens the next sentence; else None."""
        if _GENDERED_WORDS_EN[want].search(sentence):
            return None  # "He stated that … a Brandt administration.", "The talker filled his speeches for Ruiz."
        words = {fold(re.sub(r"['’]s?$", "", w)) for w in _CAPITALISED_WORD_EN.findall(sentence)}
        if "the " in sentence:
            # "Although the Mac box was cheap": a capitalised word after "the" (and nowhere else) names a thing
            words -= {fold(w) for w in _AFTER_THE_EN.findall(sentence)} - {
                fold(w) for w in _CAPITALISED_WORD_EN.findall(_AFTER_THE_EN.sub("", sentence))}
        found = [e for e in self.entities if e.kind == "person" and e.key_tokens & words]
        if len(found) != 1 or found[0] is self.salient or not personal(found[0]):
            return None
        ent = found[0]
        if fold(sentence.split()[0]) in ent.key_tokens:
            return None  # "… endorsed Sen. Ted Ruiz in November.": a sentence cut after a title's period
        if self.gender_of is None or self.gender_of(ent) not in ((None, want) if unknown_gender else (want,)):
            return None  # only a person the article gives the pronoun's gender (or, described by
            # a relative clause, none)
        return ent

    def _surname_met_first(self, word: str, want: str, at: int) -> Optional[Entity]:
        """A person the article names in full only in passing (``Pedro Moss’ shot``) and then by
        surname as a subject: registered under the full name when its common given name agrees
        with the pronoun; None for anything else (a club, a place)."""
        if self.full_name_of is None or " " in word:
            return None
        full = self.full_name_of(word)
        if not full or self.lex.given_names.get(fold(full.split()[0])) != want:
            return None
        return self._by_name(Mention(NAME, full, at, at, name=full), at)

    def _organisation_for_person(self, ent: Entity, word: str) -> bool:
        """Whether ``ent`` is an organisation that the Indonesian pronoun ``word`` of one person
        (``dia``, ``-nya``) cannot stand for."""
        return (ent.kind == "organisation" or self._body_after_level(ent)) and word.lower() in _PERSONAL_PRONOUNS_ID

    def _paragraph_subject_person_id(self, at: int) -> Optional[Entity]:
        """Indonesian: the person whose name opens a sentence of the paragraph ``at`` stands in,
        before its predicate (``RA meninggal dunia …. Kepada ibunya, dia mengaku …``), the last
        such before ``at``; None when there is none. Read only when a body was refused for ``dia``."""
        text = self.text
        if not text or self.parser is None:
            return None
        para = text.rfind("\n", 0, at) + 1
        for m in reversed(list(_SENTENCE_OPENING_NAME_ID.finditer(text, para, at))):
            chunk = self.parser.chunk(text, m.start(1), m.end(1))
            if chunk is None or chunk.kind != NAME or chunk.end != m.end(1) \
                    or all(self.lex.is_common_word(w) or self.lex.is_role_word(w) for w in chunk.name.split()):
                continue
            ent = self.resolve(chunk, m.start(1))
            if ent is not None and ent.kind == "person" and not self._body_for_dia_id(ent, "dia"):
                return ent
        return None

    def _body_for_dia_id(self, ent: Entity, word: str) -> bool:
        """Whether ``ent`` is a body or group that the free-standing Indonesian pronoun ``word``
        (``dia``, ``ia``, ``beliau``; not the clitic ``-nya``) cannot stand for: an organisation,
        or a one-word description of a body read as a name at a sentence start (``Polisi``,
        ``Pemerintah``), as the lexicon's descriptions that are no person's title."""
        if word.lower() not in _FREE_PERSONAL_PRONOUNS_ID:
            return False
        if self._organisation_for_person(ent, word):
            return True
        key = fold(ent.name)
        return ent.kind == "person" and " " not in key and key in self.lex.descriptions and key not in self.lex.titles

    def _body_after_level(self, ent: Entity) -> bool:
        """Indonesian: whether ``ent``, read as a person, is one word the article first writes after
        a title ending in its level (``Pimpinan Pusat Muhammadiyah``, ``Pengurus Wilayah NU``):
        the organisation whose board that is, not a person; or one word with no title that
        closes a known person's title (``Kitabisa`` after ``CEO Kitabisa Alfatih``): that
        person's body."""
        if self.lex.lang != "id" or ent.kind != "person":
            return False
        if " " in ent.name:
            # "Pasokan Pupuk Sinartama memastikan …": a run-in subhead of ordinary words glued
            # before a one-word name; the name alone is what is weighed
            *lead, last = ent.name.split()
            if ent.roles or not lead[0].istitle() or not all(
                    (self.lex.is_common_word(w) or (w.isupper() and w.isalpha())) and not self.lex.is_role_word(w)
                    for w in lead):
                return False
            key = fold(last)  # a body named in a known person's title ("Direktur PT Sinartama (Persero)")
            return any(e is not ent and e.kind == "person" and " " in e.name
                       and key in fold(e.role or "").split() for e in self.entities)
        if not ent.roles:
            key = fold(ent.name)
            return any(e is not ent and e.kind == "person" and " " in e.name
                       and fold(e.role or "").split()[-1:] == [key] for e in self.entities)
        role = fold(ent.role or "").split()
        if role and role[-1] in _LEVEL_WORDS_ID:
            return True
        # "Suplai BBM Sinartama memastikan …": a run-in subhead of ordinary words read as the title
        # of a one-word name that a known person's title names as a body
        lead = [w for _, r in ent.roles for w in r.split()]
        if not lead or not lead[0].istitle() or not all(
                (self.lex.is_common_word(w) or (w.isupper() and w.isalpha())) and not self.lex.is_role_word(w)
                for w in lead):
            return False
        key = fold(ent.name)
        return any(e is not ent and e.kind == "person" and " " in e.name
                   and key in fold(e.role or "").split() for e in self.entities)

    def _description_gender_en(self, ent: Entity) -> Optional[str]:
        """``m``, ``f`` or ``""`` when ``ent`` is an English description of one unnamed person
        (``A spokesman for the club``, ``the network's spokeswoman``), else None (``officials``,
        ``the report``, ``the company``)."""
        if ent.kind != "description":
            return None
        words = fold(ent.name).split()
        if 3 <= len(words) <= 5 and words[-2] == "s" and words[-1].endswith("man") and words[-1] in self.lex.titles:
            # "the network's spokeswoman": a possessor's unnamed man or woman (folded "the network s …")
            return "f" if words[-1].endswith("woman") else "m"
        if 4 <= len(words) <= 7 and words[-3] == "s" and words[-1].endswith("man") and words[-1] in self.lex.titles \
                and ent.name.split()[-2].islower():
            # "the mayor's official spokesman": the same, with one lower-case modifier
            return "f" if words[-1].endswith("woman") else "m"
        if not words or words[0] not in _INDEFINITE_DETERMINERS_EN:
            return None  # "officials": a group; "the senator", "Mexico's ambassador": a named person's epithet
        written = ent.name.split()
        for n, w in enumerate(words):
            if n and (w in PREPOSITIONS or w in {"who", "that", "which"}):
                if len(written) == len(words) and n + 1 < len(words) and written[n - 1][:1].isupper() \
                        and written[n + 1][:1].isupper():
                    continue  # "A Department for Roads and Rail spokeswoman": a body's name, not its head
                words = words[:n]
                break
        head = words[-1]
        if head not in self.lex.titles or head in _NEUTER_HEADS_EN:
            return None  # "a spokesman", not "Carver's campaign"
        return "f" if head.endswith("woman") else "m" if head.endswith("man") else ""

    def _described_referent(self, at: int, want: str) -> Optional[Entity]:
        """English ``he``/``she`` after an unnamed person spoke (``A spokeswoman for the club said:
        “…” … she added``): that description, if it agrees in gender and nobody was named since."""
        ent = self._described
        if ent is None or self._description_gender_en(ent) not in ("", want):
            return None
        if any(e.kind == "person" and ent.last_at + len(ent.name) <= e.last_at < at and not self._told_hearer_en(e)
               for e in self.entities):
            # "… said a spokesman. Ann Lee, a teacher, disagreed. “…,” she said."; but a name inside
            # the description itself ("a reporter for Acme News") names nobody else, nor does the
            # one told ("A spokesperson told Quill News Online: “…” She added …")
            return None
        return ent

    def _told_hearer_en(self, ent: Entity) -> bool:
        """Whether ``ent``'s latest mention is the hearer right after ``told`` (``told Quill News
        Online``): the one spoken to, who does not take over the next pronoun."""
        text = self.text
        if not text or ent.last_at < 5 or "told" not in text[max(0, ent.last_at - TOLD_HEARER_REACH_EN):ent.last_at]:
            return False
        return _TOLD_BEFORE_EN.search(text, max(0, ent.last_at - TOLD_HEARER_REACH_EN), ent.last_at) is not None

    def _relative_antecedent_en(self, ent: Entity, at: int) -> bool:
        """Whether the pronoun at ``at`` opens an object relative clause on ``ent``'s latest mention
        (``… Ann Kellor, who he claims has been unkind``): it is the clause's subject, not Ann Kellor."""
        if not 0 <= ent.last_at < at or at - ent.last_at > RELATIVE_ANTECEDENT_REACH_EN:
            return False
        return _OBJECT_RELATIVE_BEFORE_EN.match(self.text, ent.last_at, at) is not None

    def _first_referent(self, at: int, want: str, personal) -> Optional[Entity]:
        """English ``he``/``she`` before anyone has spoken (``Prop Ann Lee is fit. … “…,” she
        told BBC Sport.``): the only person the article has named so far who may be meant."""
        named = [e for e in self.entities if e.kind == "person" and 0 <= e.last_at < at and at - e.last_at <= PRONOUN_REACH
                 and personal(e) and not self._relative_antecedent_en(e, at)]
        if len(named) > 1 and self.gender_of is not None:
            # "Tom Hale's hair … his wife, Ann Hale. “…,” he told them.": of two or
            # more, the only one the pronoun's gender fits
            named = [e for e in named if self.gender_of(e) == want]
        if len(named) != 1 or (self.gender_of is not None and self.gender_of(named[0]) not in (None, want)):
            return None  # two people or more: either may be meant
        return named[0]

    def _group_referent(self, at: int) -> Optional[Entity]:
        """Indonesian ``mereka``, English ``they``: a group, never one person; the description or
        organisation mentioned last before ``at`` (``para siswa … Mereka menilai …``), else none."""
        return self._latest_before(at, GROUP_REACH, lambda e: e.kind in ("description", "organisation")
                                   or self._plural_group_name_en(e))

    def _plural_group_name_en(self, ent: Entity) -> bool:
        """English ``the Tories``, ``the Greens``: one capitalised plural word read as a name,
        written after ``the``: a group (a party's members), which ``they`` may mean."""
        return self.lex.lang == "en" and ent.kind == "person" and ent.name[-1:] == "s" and " " not in ent.name \
            and 0 <= ent.last_at and "the " in self.text[max(0, ent.last_at - 4):ent.last_at + 4].lower()

    def _neuter_referent(self, at: int) -> Optional[Entity]:
        """English ``The club said …. But it said …``: ``it`` is never a person; the organisation or
        the document mentioned last before ``at``, if any."""
        return self._latest_before(at, PRONOUN_REACH, self._neuter)

    def _plural_subject_since_id(self, at: int) -> Optional[Entity]:
        """Indonesian ``Massa buruh di Sukamaju menggelar aksi …. Mereka menuntut …``: with no group
        known, ``mereka`` is the group a sentence shortly before opens with, up to its verb, when
        no pair of people is named after it."""
        lo = max(at - GROUP_REACH, 0)
        found = None
        for m in _PLURAL_SUBJECT_ID.finditer(self.text, lo, at):
            found = m
        if found is None or _NAMED_PAIR_ID.search(self.text, found.end(1), at):
            return None  # "Budi dan Ani ikut hadir. Mereka …": the two named since
        return self.resolve(Mention(DESCRIPTION, found.group(1), found.start(1), found.end(1)), found.start(1))

    def _plural_subject_since_en(self, since: int, at: int) -> Optional[Entity]:
        """English ``“…,” said Ann Lee. Some delegates even spoke of …. They all insisted …``: a
        sentence after the person's name opens with a quantifier (or ``A group of``) and a plural noun; that group,
        not the person, is ``they``."""
        window = self.text[max(since, at - GROUP_REACH, 0):at]
        if not any(w in window for w in _PLURAL_SUBJECT_OPENERS_EN):
            return None
        return self._last_group_since_en(_PLURAL_SUBJECT_EN, since, at)

    def _plural_noun_subject_since_en(self, since: int, at: int) -> Optional[Entity]:
        """English ``County Democrats blocked the bill because they said …``, ``Ann Lee spoke. Local
        farmers blocked the road. They said …``: the last sentence after the person's name that
        opens with a plural noun phrase and a past verb; that group is ``they``."""
        return self._last_group_since_en(_PLURAL_NOUN_SUBJECT_EN, since, at, self._names_a_group_en)

    def _names_a_group_en(self, m) -> bool:
        """Whether a ``_PLURAL_NOUN_SUBJECT_EN`` match is a group's own name: not ``Yet Republicans …``,
        ``Several Democrats …`` nor ``Republicans say Democrats …``."""
        words = m.group(1).split()
        if len(words) == 1 and not _GROUP_NAME_ENDS_EN.search(words[0]) and not self._common_plural_en(words[0]):
            return False  # "Roberts objected …": a surname, not "Workers objected …"
        return not (words[0].lower() in _SENTENCE_ADVERBS_EN or words[0].lower() in _NOT_GROUP_OPENERS_EN or any(
            w in self.lex.stop_words or w in self.lex.pre_cues or w in self.lex.post_cues for w in words[1:-1]))

    def _common_plural_en(self, word: str) -> bool:
        """Whether a capitalised plural opening a sentence (``Workers``) is a common noun: a group
        noun of the lexicon, or written in lower case elsewhere in the article (``the workers``);
        a surname (``Roberts``, ``Williams``) is neither."""
        low = word.lower()
        if low in self.lex.descriptions or low in self.lex.crowd_nouns:
            return True
        if self._lower_words[0] is not self.text:
            self._lower_words = (self.text, frozenset(_LOWER_WORD_EN.findall(self.text)))
        return low in self._lower_words[1]

    def _last_group_since_en(self, pattern, since: int, at: int, keep=None) -> Optional[Entity]:
        """The group that the last match of ``pattern`` (group 1) between ``since`` and ``at``, at most
        ``GROUP_REACH`` back, names (and ``keep(match)`` accepts); else None."""
        found = None
        for m in pattern.finditer(self.text, max(since, at - GROUP_REACH, 0), at):
            if keep is None or keep(m):
                found = m
        if found is None:
            return None
        return self.resolve(Mention(DESCRIPTION, found.group(1), found.start(1), found.end(1)), found.start(1))

    def _sentence_before_en(self, lo: int, end: int) -> Optional[str]:
        """The English sentence ending at ``end`` (its opening quote marks and spaces dropped),
        when it opens at or after ``lo``; None when it may open before ``lo``."""
        window = self.text[lo:end]
        start = max(window.rfind(". "), window.rfind("? "), window.rfind("! "), window.rfind("\n"))
        if start < 0 and lo > 0:
            return None
        return window[start + 1:].lstrip(" \n\"“”")

    def _subject_before_semicolon_en(self, at: int, want: str) -> Optional[Entity]:
        """English ``The Kenyan runner Abebe Tola, who won a medal, drew attention to the abuses
        when he raised his arms; he says …``: a pronoun opening the clause after a semicolon
        goes on with the person whose name (after ``The`` and a description, if any) opens the
        sentence, when the clause before names nobody else and the person is of the pronoun's
        gender (by the article, the given name, or the clause's own ``he``/``his``)."""
        text = self.text
        if not text or text[max(0, at - 2):at] != "; ":
            return None
        sentence = self._sentence_before_en(max(at - SUBJECT_SENTENCE_REACH_EN, 0), at - 2)
        if sentence is None:
            return None
        m = _NAMED_SUBJECT_OPENS_EN.match(sentence)
        if m is None or _CAPITALISED_PAIR_AFTER_EN.search(sentence, m.end()) or ";" in sentence \
                or _QUOTE_MARK_EN.search(sentence) \
                or _GENDERED_WORDS_EN["f" if want == "m" else "m"].search(sentence):
            return None  # "Abebe Tola met Ann Lee; she says …": either may be meant
        name = m.group(1)
        words = fold(name).split()
        if words[0] in self.lex.titles or words[0] in self.lex.honorifics or self.lex.is_english_word(words[0]):
            return None
        known = [e for e in self.entities if e.kind == "person" and fold(e.name) == fold(name)]
        have = self.gender_of(known[0]) if known and self.gender_of is not None else None
        if have is None:
            have = self.lex.given_names.get(words[0])
        if have is None and _GENDERED_WORDS_EN[want].search(sentence, m.end()):
            have = want  # "…, drew attention when he raised his arms; he says": the clause's own pronoun
        if have != want:
            return None
        begin = at - 2 - len(sentence) + m.start(1)
        return self.resolve(Mention(NAME, name, begin, begin + len(name), name=name), begin)

    def _possessor_opening_sentence_en(self, at: int, want: str) -> Optional[Entity]:
        """English ``Ann Lee's campaign launched an ad on Monday and she said …``: the sentence
        holding the pronoun opens with a person's name in the possessive and names nobody else
        before it; the possessor, when the pronoun is of the gender of the possessor's given name
        (or of the gender the article gives the person), not the body the name qualifies."""
        text = self.text
        if not text:
            return None
        lo = max(at - GROUP_REACH, 0)
        if text.find("s ", lo, at) < 0 or (text.find("'s ", lo, at) < 0 and text.find("’s ", lo, at) < 0):
            return None
        sentence = self._sentence_before_en(lo, at)
        if sentence is None:
            return None
        m = _POSSESSOR_OPENS_EN.match(sentence)
        if m is None or _CAPITALISED_PAIR_AFTER_EN.search(sentence, m.end()) \
                or _GENDERED_WORDS_EN["f" if want == "m" else "m"].search(sentence):
            return None  # "Ann Lee's campaign attacked Rita Moss and she …": either may be meant
        if not any(w.rstrip(",;:") in _NEUTER_HEADS_EN or w.rstrip(",;:") in _POSSESSED_OCCASIONS_EN
                   for w in sentence[m.end() - 1:].split(None, 3)[:3]):
            return None  # "Ann Lee's daughter opened a shop and she said": the daughter, a person
        name = m.group(1)
        words = fold(name).split()
        if words[0] in self.lex.titles or words[0] in self.lex.honorifics:
            return None
        known = [e for e in self.entities if e.kind == "person" and fold(e.name) == fold(name)]
        if self.gender_of is not None and known:
            if self.gender_of(known[0]) != want:
                return None
        elif words[0] in self.lex.given_names:
            if self.lex.given_names[words[0]] != want:
                return None
        else:
            # "Owen Pratt's firm …": a given name the lexicon lacks; what the article says of him
            if self.gender_of is None or self.lex.is_english_word(words[0]):
                return None
            ent = Entity(name, "person", key_tokens=frozenset(words))
            if not self._personal(ent):
                return None  # "Acme Corp's firm …, and she says": a body, never "she"
            # the person the article already knows by a part of the name ("Mr. Pratt"), whose
            # evidence a throw-away entity would leave out; the pronoun itself weighs nothing
            toks = ent.key_tokens
            same = [e for e in self.entities if e.kind == "person" and e.key_tokens
                    and (e.key_tokens <= toks or toks <= e.key_tokens)]
            if self.gender_of(same[0] if len(same) == 1 else ent, weak=False, own=want) not in (None, want):
                return None
        begin = at - len(sentence)
        return self.resolve(Mention(NAME, name, begin, begin + len(name), name=name), begin)

    def _body_subject_before_en(self, at: int) -> Optional[Entity]:
        """English ``The council issued a ruling on Monday. It attacked the mayor, saying …``: with
        no body known, ``it`` is the body (``The`` and a collective body's noun, then its verb) that
        the last sentence shortly before opens with; else None."""
        found = None
        for pattern in (_COLLECTIVE_SUBJECT_EN, _BODY_NAME_SUBJECT_EN):
            for m in pattern.finditer(self.text, max(at - GROUP_REACH, 0), at):
                lead = self.text[max(0, m.start() - 2):m.start()]
                if (m.start() == 0 or lead.endswith("\n") or lead in (". ", "? ", "! ")) \
                        and (found is None or m.start() > found.start()):
                    found = m
        if found is None:
            return None
        return self.resolve(Mention(DESCRIPTION, found.group(1), found.start(1), found.end(1)), found.start(1))

    def _collective_subject_en(self, at: int) -> Optional[Entity]:
        """English (British usage) ``The union blocked the bill because they said …``: the sentence
        holding ``they`` opens with ``The`` and a singular collective body's noun and its verb;
        that body is ``they``, the group's members speaking."""
        lo = max(at - GROUP_REACH, 0)
        start = max(self.text.rfind(". ", lo, at), self.text.rfind("? ", lo, at), self.text.rfind("! ", lo, at),
                    self.text.rfind("\n", lo, at))
        if start < 0 and lo > 0:
            return None
        start = start + 1 if start >= 0 else 0
        while start < at and self.text[start] in " \n\"“”":
            start += 1
        if not self.text.startswith("The ", start):
            return None
        m = _COLLECTIVE_SUBJECT_EN.match(self.text, start, at)
        if m is None:
            return None
        return self.resolve(Mention(DESCRIPTION, m.group(1), m.start(1), m.end(1)), m.start(1))

    def _gendered_subject_since_en(self, since: int, at: int, want: str) -> Optional[Entity]:
        """English ``“…,” said Karl Brenner. A Tollard woman was fined …. “…,” she wrote.``: a
        sentence after the person's name opens with an unnamed man or woman of the pronoun's
        gender; the last such subject, else None."""
        lo = max(since, at - GROUP_REACH, 0)
        if want not in _GENDERED_NOUN_SEARCH_EN or not _GENDERED_NOUN_SEARCH_EN[want].search(self.text, lo, at):
            return None  # (one scan of the window for any noun of that gender: the cheap test)
        found = None
        for m in _GENDERED_SUBJECT_EN.finditer(self.text, lo, at):
            if _GENDERED_NOUNS_EN[m.group(2)] == want:
                found = m
        if found is None:
            return None
        return self.resolve(Mention(DESCRIPTION, found.group(1), found.start(1), found.end(1)), found.start(1))

    def _document_subject_since_en(self, since: int, at: int) -> Optional[Entity]:
        """English ``Dyer & Co said …. The Kestrel report was upbeat. It said …``: a sentence after
        the body's mention that opens with ``The`` and a document's noun (``report``, ``study``);
        that document, not the body, is ``it``. None when there is none."""
        found = None
        for m in _document_subject_en(self.lex.document_nouns).finditer(self.text, max(since, at - GROUP_REACH, 0), at):
            found = m
        if found is None:
            return None
        return self.resolve(Mention(DESCRIPTION, found.group(1), found.start(1), found.end(1)), found.start(1))

    def _neuter_subject_since_en(self, since: int, at: int) -> Optional[Entity]:
        """English ``“…,” said Ann Lee. The company also unveiled plans …. It added …``: no body
        has spoken, but a sentence after the person's name opens with ``The`` and a body's noun
        (``The group has a list which it says …``); that body, not the person, is ``it``."""
        lo = max(since, at - GROUP_REACH, 0)
        window = self.text[lo:at]
        if "The " not in window:
            return None
        found = None
        for m in _THE_BODY_SUBJECT_EN.finditer(window):
            words = m.group(1).split()
            head = next((i for i, w in enumerate(words) if w in _NEUTER_HEADS_EN), None)
            if head is None:
                continue
            phrase = "The " + " ".join(words[:head + 1])
            found = (lo + m.start(), phrase)
        if found is None:
            return None
        start, phrase = found
        return self.resolve(Mention(DESCRIPTION, phrase, start, start + len(phrase)), start)

    def _latest_before(self, at: int, reach: int, keep) -> Optional[Entity]:
        """The entity ``keep`` accepts that was mentioned last before ``at``, at most ``reach`` back."""
        found = [e for e in self.entities if 0 <= e.last_at < at and at - e.last_at <= reach and keep(e)]
        return max(found, key=lambda e: e.last_at) if found else None

    def _neuter(self, ent: Entity) -> bool:
        """Whether ``ent`` is an organisation or a document (``the club``, ``the NIESR report``)."""
        if ent.kind == "organisation":
            return True
        if ent.kind == "person" and self.lex.lang == "en" and len(ent.name.split()) >= 2 \
                and ent.name.split()[-1].lower() in self.lex.org_name_ends and not ent.roles \
                and (self.gender_of is None or self.gender_of(ent, weak=False) is None):
            return True  # "Christian Aid has called on firms …. It added": a given name, then a body's last word
        if ent.kind != "description" or fold(ent.name).split()[0] in {"a", "an"}:
            return False  # "…, a charity has warned. Oxfam … It added": the lead's source is named later
        head = fold(ent.name).split()[-1]
        # "The WTO said …. It added": a body's initials head the description too
        return head in _NEUTER_HEADS_EN or head in self.lex.institution_words or _is_acronym(ent.name.split()[-1])

    def _in_relative_clause(self, subject: Entity, ent: Entity) -> bool:
        """Whether ``ent`` is named inside a relative clause on ``subject`` in the same sentence:
        ``Stan Ortiz, who has campaigned for Ray Dunn since he left, blasted …``: the sentence
        (and the pronoun after it) stays about Ortiz."""
        between = _ABBREVIATION_PERIOD.sub(r"\1", self.text[subject.last_at:ent.last_at])
        return _RELATIVE_AFTER_NAME.match(between) is not None

    def _named_as_subject(self, ent: Entity) -> bool:
        """Whether ``ent``'s latest mention stands where a sentence's or clause's subject does
        (``… spoke. Ms. Dana Cole, his rival, …``), not as an object, a possessive or inside a
        subordinate clause (``dismissed Odell’s plan``, ``when Ann Lee took office``)."""
        start = ent.last_at
        if not (0 <= start < len(self.text)) or not self.text[start].isupper():
            return True  # not where a written name starts: say nothing against it
        m = _WORD_BEFORE_NAME_EN.search(self.text[max(0, start - 80):start])
        if m:
            w = m.group(1)
            if w in PREPOSITIONS or w in _DETERMINERS_EN or w in _NOT_SUBJECT_BEFORE_EN or w.endswith(("ed", "ing")):
                return False
        return _POSSESSIVE_NAME_EN.match(self.text, start) is None

    def _body_name_en(self, ent: Entity) -> bool:
        """Whether ``ent``, read as a person, has a name ending in an organisation's or a place's
        word (``Black Caucus``, ``Madison Square Garden``): nobody's name, whatever its first word."""
        last = fold(ent.name).split()[-1:]
        return len(ent.name.split()) >= 2 and bool(last) and (
            last[0] in self.lex.org_name_ends or last[0] in self.lex.non_person_words)

    def _reported_by_salient_en(self, since: int) -> bool:
        """Whether the person named at ``since`` stands in a clause the salient speaker reports in
        the same sentence (``Tom Lee said Mr Rob Brant had misled the board. He added: …``): named
        by the speaker, no new subject for the next pronoun."""
        start = self.salient.last_at if self.salient is not None else -1
        if not 0 <= start < since or since - start > MAX_REPORTER_TO_REPORTED:
            return False
        between = self.text[start:since]
        if "\n" in between or ". " in between or any(c in between for c in "“”\";"):
            return False
        cues = self.lex.pre_cues
        return any(w.lower() in cues for w in between.split()[1:])

    def _other_subject_between(self, ent: Entity, start: int, at: int, word: str) -> bool:
        """Whether the text from a person's introduction up to the next quote names another known
        person or has a pronoun like ``word``: ``Preceded by Ann Lee, the sheriff, Roe spoke.``,
        ``With her husband, Tom Lee, a banker, she gave …``: the sentence goes on about someone else."""
        between = self.text[start:at]
        cut = re.search(r"[“\"]", between)
        between = between[:cut.start()] if cut else between
        others = {t for e in self.entities if e is not ent and e.kind == "person" and not self._body_name_en(e)
                  for t in e.key_tokens} - ent.key_tokens
        for w in re.findall(r"[A-Za-z][\w'’\-]*", between):
            if w.lower() == word.lower() or (w[:1].isupper() and fold(w) in others):
                return True
        return False

    def _known_nickname(self, mention: Mention, toks) -> Optional[str]:
        """The ``known_nicknames`` key ``mention`` is written as, if any: its name (``Jokowi``)
        or, for a nickname that opens with an honorific, the name with the honorific the text
        gives it (``kata Cak Imin``, whose name is read as ``Imin``)."""
        if len(toks) > 2:
            return None
        key = fold(mention.name or "")
        if key in self.lex.known_nicknames:
            return key
        written = fold(mention.text or "")
        if written != key and written.endswith(" " + key) and written in self.lex.known_nicknames:
            return written
        return None

    def _other_name_after_en(self, mention: Mention) -> Optional[str]:
        """English: the other name of the person ``mention`` names, when a link follows it
        (``TR, also known as Tom Roe``; see ``nickname_links``): one to three capitalised
        words, else None."""
        link = self.lex.alias_re.match(self.text, mention.end)
        if link is None:
            return None
        words = []
        for w in tokens(self.text, link.end(), min(len(self.text), link.end() + 60)):
            if len(words) == 3 or not (w[0][:1].isupper() and w[0].replace("'", "").replace("-", "").isalpha()):
                break
            words.append(w[0])
        return " ".join(words) or None

    def _kin_given_name_en(self, ent: Entity) -> bool:
        """Whether ``ent``, known by one name, came in as someone's kin (``his son, Nick``)."""
        return any(r and len(r.split()) == 2 and r.split()[0].lower() in ("his", "her", "their")
                   and r.split()[1].lower() in _KIN_NOUNS_EN for _, r in ent.roles)

    def _by_name(self, mention: Mention, at: int) -> Entity:
        lang_en, lang_id = self.lex.lang == "en", self.lex.lang == "id"  # asked again and again below: read once
        role_as_written, dropped = mention.role, ""
        if self.clean_name is not None and mention.role and len(mention.name.split()) >= 2:
            name = self.clean_name(mention.name, mention.role)
            if name != mention.name:
                dropped = mention.name[:len(mention.name) - len(name)].strip()
                mention.role = f"{mention.role} {dropped}".strip()  # "Ketua KPU" + "Indramayu"
                mention.name = name
        if lang_id and _SHORT_INITIALS_ID.search(mention.name):
            mention.name = self._initials_spelled_out_id(mention.name)  # "Sultan HB X" after "Sultan Hamengku Buwono X"
        toks = frozenset(fold(mention.name).split())
        if lang_en and not mention.aliases and self.text and "," in self.text[mention.end:mention.end + 1]:
            other = self._other_name_after_en(mention)
            if other is not None:
                mention.aliases = (other,)  # "says TR, also known as Tom Roe": one person
                known = next((e for e in reversed(self.entities) if e.kind == "person"
                              and e.key_tokens == frozenset(fold(other).split())), None)
                if known is not None:
                    self.add_alias(known, mention.name)
                    known.last_at = max(known.last_at, at)
                    return known
        if lang_en and len(toks) == 2 and mention.name.split()[0] in _PEERAGE_EN:
            style, surname = mention.name.split()
            if any(e.kind == "person" and len(e.key_tokens) >= 2 and e.name.endswith(" " + surname)
                   and f"{style} {e.name}" in self.text for e in self.entities):
                # "Baroness Hale" after "Baroness Mary Hale": the peer the article styled
                # in full before, not a new person (but "Lord Hale" after plain "Mary Hale" may be another)
                toks = frozenset((fold(surname),))
        best, pair_side = None, None
        # only a courtesy title ("Mr.", "Ms.") gives a gender to check each known person against
        courtesy = lang_en and fold(mention.text).partition(" ")[0] in _COURTESY_GENDER_EN
        whole = lang_id  # Indonesian: each side of a pair is every word on its side
        for ent in reversed(self.entities) if toks else ():
            if ent.kind != "person":
                continue
            if whole and "-" in ent.name and toks <= ent.key_tokens:
                side = _pair_side_id(toks, ent.name)  # "Indah" after the pair "Indah Putri Andriani-Suaib Mansur"
                # not "Pasangan Indah" of "Pasangan Indah-Suaib": a word the article writes in lower case too
                if side is not None and len(side) > len(pair_side or "") \
                        and f" {side.split()[0].lower()} " not in self.text:
                    pair_side = side
            short, full = toks <= ent.key_tokens, ent.key_tokens <= toks
            if not short and not full:
                continue  # neither name holds the other (most people): the (pure) tests below pass it over too
            if courtesy and self._courtesy_gender_clash(mention.text, ent):
                continue  # "Mr. Odell" after "Michelle Odell": someone else of that name
            if lang_en and full and not short and len(ent.key_tokens) == 1 and self._kin_given_name_en(ent) \
                    and not any(e is not ent and e.kind == "person" and (toks - ent.key_tokens) & e.key_tokens
                                for e in self.entities):
                continue  # "his son, Nick, …" then "Nick Vaughan": a kin shares a known family's surname
            if whole and len(toks) == 1 and mention.role and self._namesake_in_office_id(mention, ent):
                continue  # "Kepala Satlantas … Komisaris Budi" after "Camat Sukamaju Budi Santoso": another Budi
            if (short and not _one_side_of_pair(toks, ent.name, whole)) or (
                    full and len(fold(ent.name).split()) < 2
                    and not _one_side_of_pair(ent.key_tokens, mention.name, whole)
                    and not self._surname_opens_thing_en(ent, toks, mention)):
                best = ent  # a short form of a known name, or a known short form now given in full
                break
        named = None
        nick = self._known_nickname(mention, toks) if best is None and self.lex.known_nicknames else None
        if nick is not None:
            # "Jokowi mengatakan" after "Presiden Joko Widodo": a national figure's nickname; the
            # person keeps the name the article calls them by, with the roles of the full name
            full = frozenset(self.lex.known_nicknames[nick].split())
            named = next((e for e in reversed(self.entities) if e.kind == "person" and full <= e.key_tokens), None)
            if named is not None and nick != fold(mention.name or ""):
                best = named  # "Cak Imin": the honorific's word is no name of its own; the full name speaks
        if best is not None and len(toks) > len(best.key_tokens) and self._noun_before_known_id(mention, best):
            mention.name = best.name  # "Kinerja Renita dalam …": the known Renita, her work the subject
            toks = best.key_tokens
        if best is not None and lang_en and len(toks) == 1 and len(next(iter(toks))) > 2:
            namesake = self._among_namesakes(toks, best, self._reflexive_gender_en(mention)
                                             or self._cue_pronoun_gender_en(mention))
            best = best if self._courtesy_gender_clash(mention.text, namesake) else namesake
        if best is None and lang_id and len(toks) == 1:
            best = self._spelled_short(next(iter(toks)))
        if best is None and len(toks) == 1 and self.lex.honorific_abbreviations and not mention.role:
            best = self._by_honorific_word_id(next(iter(toks)))
        if best is None and lang_id and len(toks) == 1 and not mention.role:
            best = self._misspelled_id(next(iter(toks)))
        if best is None and lang_id and len(toks) == 1 and not mention.role:
            best = self._described_with_place_surname_id(next(iter(toks)))
        if best is None and lang_id and len(toks) >= 2 and self.text:
            known = self._known_after_subhead_id(mention)
            if known is not None:
                best, mention.role = known, None  # "Belajar dari China Anwar juga …": a run-in subhead is no title
                mention.name = " ".join(mention.name.split()[len(mention.name.split()) - len(known.key_tokens & toks):])
                toks = frozenset(fold(mention.name).split())
        if best is None and pair_side is not None and not mention.role:
            mention.name, toks = pair_side, frozenset(fold(pair_side).split())
            best = next((e for e in reversed(self.entities) if e.kind == "person" and e.key_tokens == toks), None)
        if best is None and lang_id and len(toks) == 1 and not mention.role:
            full = self._full_name_written_id(mention.name)
            if full is not None:
                mention.name, toks = full, frozenset(fold(full).split())  # "Arif" after "… Arif Rahman Hakim dan …"
        if best is None and lang_id and not mention.role and len(toks) >= 2:
            best = self._after_opener_word(mention)
        role_words = fold(mention.role or "").split()
        if best is None and role_words and len(toks) == 1 and role_words[0] in self.lex.titles and lang_id \
                and _is_cap(mention.role.split()[0]):
            # "Presiden Jokowi" after "Presiden Joko Widodo": one holder of a title per article.
            # (English writes a known person's surname: "Minister Oda" after "Minister Ravi
            # Sethi" is someone else.) A description in lower case ("warga Desa X") fits many people.
            same = [e for e in self.entities if e.kind == "person" and any(fold(r) == fold(mention.role) for _, r in e.roles)]
            best = same[-1] if len(same) == 1 else None
        if best is None and lang_id and len(toks) == 1 and takes_place_id((mention.role or "").split()):
            # "kata Camat Sukamaju" after "Camat Sukamaju Rudi Hartono": the holder of the
            # office over that place, not a person named after it
            office = fold(f"{mention.role} {mention.name}")
            held = [e for e in self.entities if e.kind == "person" and e.key_tokens != toks
                    and any(fold(r) == office or fold(r).startswith((office + " ", office + ",")) for _, r in e.roles)]
            best = held[-1] if len(held) == 1 else None
            if best is not None:
                best.last_at = max(best.last_at, at)
                return best
        if best is None and lang_en and len(toks) == 1 and not mention.role and self.text:
            full = self._namesake_written_en(mention, at)
            if full is not None:
                # "Bob Marsh and Jane Marsh visited …. Marsh said she …": the namesake of her gender
                mention.name, toks = full, frozenset(fold(full).split())
                best = next((e for e in reversed(self.entities) if e.kind == "person" and e.key_tokens == toks), None)
        if best is None:
            best = self._new(mention.name, "person", at, role=mention.role)
            best.key_tokens = toks
            best.written = (role_as_written, f"{dropped} {mention.name}".strip())
            if named is not None and not best.roles:
                for role_at, role in named.roles:
                    best.add_role(role, role_at)
        else:
            if len(toks) > len(best.key_tokens):
                best.aliases.append(best.name)
                best.name, best.key_tokens = mention.name, toks  # the fullest form wins
                best.written = (role_as_written, f"{dropped} {mention.name}".strip())
            elif fold(mention.name) != fold(best.name):
                best.aliases.append(mention.name)
            if not mention.role or not self._full_name_as_role_en(mention.role):
                best.add_role(mention.role, at)  # but "Dara Quenby (Zed, vocals)": a real name, no role of Zed's
        for alias in mention.aliases:
            self.add_alias(best, alias)
        best.last_at = max(best.last_at, at)
        return best

    def _namesake_in_office_id(self, mention: Mention, ent: Entity) -> bool:
        """Indonesian: whether a one-word name introduced with a full office of its own (three
        words or more) ending in a police or military rank (``Wakil Kepala Satuan Lalu Lintas …
        Komisaris Budi``) is another person than the known full name ``ent`` given no rank
        (``Camat Sukamaju Budi Santoso``): the two offices share no title or rank word. A short
        office (``Menteri Budi``), or one with no rank (a person may hold two offices),
        re-mentions the known person."""
        role = mention.role.split()
        if len(role) < MIN_NAMESAKE_OFFICE_WORDS_ID or not role[0][:1].isupper() or len(ent.key_tokens) < 2 or not ent.roles:
            return False
        written = mention.text or ""
        lead = written[:-len(mention.name)].split() if mention.name and written.endswith(mention.name) else []
        if not lead or fold(lead[-1]).rstrip(".") not in self.lex.ranks:
            return False  # "Direktur RSUD Budi" after "Ketua Satgas Budi Santoso": one person may hold two offices
        titles = self._title_words_id(" ".join(lead))
        return not any(titles & self._title_words_id(r) or self._title_words_id(r) & self.lex.ranks for _, r in ent.roles)

    def _title_words_id(self, role: str) -> frozenset:
        """The title and rank words of an Indonesian role, folded (``wakil``, ``kepala``, ``komisaris``)."""
        return frozenset(w for w in fold(role).replace(",", " ").split() if w in self.lex.titles or w in self.lex.ranks)

    def _by_honorific_word_id(self, tok: str) -> Optional[Entity]:
        """Indonesian: the latest person whose name opens with an abbreviated honorific that
        stands for the word ``tok`` (``kata Roro`` after ``Rr Sri Lestari``: Raden Roro), else None."""
        for ent in reversed(self.entities):
            if ent.kind == "person" and len(ent.key_tokens) >= 2:
                first = fold(ent.name).split()[0].rstrip(".")
                if tok in self.lex.honorific_abbreviations.get(first, ()):
                    return ent
        return None

    def _initials_spelled_out_id(self, name: str) -> str:
        """Indonesian: ``name`` with a word of two or three capitals (``HB``) written as the known
        person's words it abbreviates (``Sultan HB X`` -> ``Sultan Hamengku Buwono X`` after
        ``Sultan Hamengku Buwono X``): the other words of the name must be that person's too."""
        words = name.split()
        for ent in reversed(self.entities):
            if ent.kind != "person":
                continue
            full = ent.name.split()
            for k, w in enumerate(words):
                if not (2 <= len(w) <= 3 and w.isalpha() and w.isupper()):
                    continue
                n = len(w)
                for j in range(len(full) - n + 1):
                    part = full[j:j + n]
                    if "".join(x[:1] for x in part) == w and all(x[:1].isupper() and len(x) > 1 for x in part) \
                            and full[:j] == words[:k] and full[j + n:] == words[k + 1:] \
                            and not all(self.lex.is_common_word(x) for x in part):  # "TA" is no "Tanah Air"
                        return " ".join(full)
        return name

    def _known_after_subhead_id(self, mention: Mention) -> Optional[Entity]:
        """Indonesian: the one known person whose name opens ``mention``'s name once the leading
        dictionary words or places are left out, when the name stands at the start of a
        paragraph (``Konsultasi Arif Rahman Hakim …``, ``Belajar dari China Anwar …`` after
        ``Anwar Abbas``): a run-in subhead ran into the name."""
        line = self.text.rfind("\n", 0, mention.start) + 1
        if mention.start - line > 40:
            return None
        words = mention.name.split()
        k = 0
        while k < len(words) - 1 and (self.lex.is_common_word(words[k]) or self.lex.is_place(words[k])):
            k += 1
        if k == 0:
            return None
        rest = fold(" ".join(words[k:])).split()
        found = [e for e in self.entities if e.kind == "person" and fold(e.name).split()[:len(rest)] == rest]
        return found[0] if len(found) == 1 else None

    def _misspelled_id(self, tok: str) -> Optional[Entity]:
        """Indonesian: the one known person with a name word one vowel off ``tok`` (``Memet`` for
        ``Mamet``): the article's slip or a second spelling, not a new person. Only for a word of
        five letters or more, with the first letter the same; None when two fit."""
        if len(tok) < 5:
            return None
        found = None
        for ent in self.entities:
            if ent.kind == "person" and any(t[:1] == tok[:1] and (_one_vowel_off(t, tok) or _one_letter_more(t, tok))
                                            for t in ent.key_tokens):
                if found is not None and found is not ent:
                    return None
                found = ent
        return found

    def _place_surname_person_id(self, mention: Mention, at: int) -> Optional[Entity]:
        """Indonesian: a new person for a description that a place word ends after a given name
        (``Direktur PD Sinar Karya Rusdiman Ambon``) when the article later writes that given
        name alone (``kata Rusdiman``, ``Rusdiman menambahkan``); else None. The words before
        the two names are the role; a title right before them makes a body and its town
        (``Ketua Kadin Surabaya``)."""
        ws = mention.text.split()
        if len(ws) < 3 or not self.text or not self._place_surname_shape_id(ws):
            return None
        given, place = ws[-2], ws[-1]
        name = f"{given} {place}"
        known = next((e for e in self.entities if e.kind == "person" and e.name == name), None)
        if known is not None:
            return _seen_at(known, at)
        if self._written_alone_later_id(ws, mention.end):
            ent = self._new(name, "person", at, role=" ".join(ws[:-2]).rstrip(","))
            ent.key_tokens = frozenset(fold(ent.name).split())
            return _seen_at(ent, at)
        return None

    def _written_alone_later_id(self, ws, end: int) -> bool:
        """Whether the words ``ws`` of a description end in a given name and a place word
        (``… Rusdiman Ambon``, a shape the caller has checked) and the text after ``end`` writes that
        given name without the place."""
        given, place = ws[-2], ws[-1]
        later = self.text.find(given, end)
        while later >= 0:
            after = self.text[later + len(given):later + len(given) + 1 + len(place)]
            if not self.text[later - 1:later].isalnum() and not after[:1].isalnum() and after[1:] != place:
                return True
            later = self.text.find(given, later + len(given))
        return False

    def _place_surname_shape_id(self, ws) -> bool:
        """Whether the words ``ws`` end in a given name and a place word after a body's word."""
        given, place = ws[-2], ws[-1]
        return place[:1].isupper() and given[:1].isupper() and self.lex.is_place(place) and _name_like(given, self.lex) \
            and not self.lex.is_common_word(given) and ws[0][:1].isupper() and not self.lex.is_role_word(ws[-3])

    def _described_with_place_surname_id(self, tok: str) -> Optional[Entity]:
        """Indonesian: the latest description read whole because a place word ends it
        (``Direktur PD Sinar Karya Rusdiman Ambon``) whose word before that place is ``tok``, which
        the article now uses alone as a name (``kata Rusdiman``): a person whose surname is a
        place; the words before the two names become the role. None when no description fits."""
        for ent in reversed(self.entities):
            ws = ent.name.split()
            if ent.kind != "description" or len(ws) < 3 or fold(ws[-2]) != tok:
                continue
            given, place = ws[-2], ws[-1]
            if self._place_surname_shape_id(ws):
                first = min(ent.roles)[0] if ent.roles else ent.last_at
                ent.kind, ent.name = "person", f"{given} {place}"
                ent.key_tokens = frozenset(fold(ent.name).split())
                ent.roles = [(first, " ".join(ws[:-2]).rstrip(","))]
                return ent
        return None

    def _noun_before_known_id(self, mention: Mention, ent: Entity) -> bool:
        """Indonesian: whether ``mention`` is a person known by one name with capitalised dictionary
        nouns before it and no title (``Kinerja Renita``, ``Pernyataan Yusril``): the head of a
        possessive subject, not the person's given name."""
        if self.lex.lang != "id" or mention.role or len(ent.key_tokens) != 1:
            return False
        words = mention.name.split()
        if fold(words[-1]) not in ent.key_tokens:
            return False
        return all(w[:1].isupper() and self.lex.is_common_word(w) and not self.lex.is_role_word(w)
                   and w.lower() not in self.lex.honorifics for w in words[:-1])

    def add_alias(self, ent: Entity, alias: str):
        """Record ``alias`` as another name of ``ent`` (``Gus Ipul`` for ``Saifullah Yusuf``):
        a later mention by it is the same person."""
        if self.lex.lang == "en" and len(fold(alias).split()) > len(fold(ent.name).split()):
            # "TR, also known as Tom Roe", "Ann Lee, real name Annabel Lee": the fullest name wins
            ent.aliases.append(ent.name)
            ent.name = alias
        elif fold(alias) != fold(ent.name) and alias not in ent.aliases:
            ent.aliases.append(alias)
        self._nicknames[fold(alias)] = ent
        ent.key_tokens = ent.key_tokens | frozenset(fold(alias).split())

    def _after_opener_word(self, mention: Mention) -> Optional[Entity]:
        """``Praktis Bima hanya …`` after ``Bima Arya``: a capitalised dictionary word opening the
        sentence, then the start of a known person's name; the person, with the opener dropped
        from the mention (Indonesian)."""
        words = mention.name.split()
        first = words[0]
        if first.lower() in self.lex.name_openers or self.lex.is_role_word(first) \
                or not (self.lex.is_common_word(first) or self.writes_lower_case(first)):
            return None  # "Simalakama Yose …" after a subhead: the article writes "simalakama" as a word too
        rest = fold(" ".join(words[1:])).split()
        found = [e for e in self.entities if e.kind == "person" and fold(e.name).split()[:len(rest)] == rest
                 and len(fold(e.name).split()) > len(rest)]
        if len({id(e) for e in found}) != 1:
            return None
        mention.name = " ".join(words[1:])
        return found[0]

    def has_spoken(self, ent: Entity) -> bool:
        """Whether ``ent`` has been a speaker (or a salient subject) in the article so far."""
        return id(ent) in self._spoke

    def writes_lower_case(self, word: str) -> bool:
        """Whether the article writes ``word`` in lower case somewhere (``… menjadi simalakama
        bagi …``): a plain word, not a name, wherever it opens a sentence or a subhead."""
        low = word.lower()
        if len(low) < 3 or low == word or low not in self.text:
            return False
        return re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", self.text) is not None

    def _spelled_short(self, tok: str) -> Optional[Entity]:
        """The one known person whose name holds a word that ``tok`` begins (``Ardi`` for
        ``Ardiwinata``, ``Rina`` for ``Tri Rinawati``: an Indonesian short form cut from a
        longer name word); None when no person, or more than one, fits (Indonesian). A
        misspelt form (``Sumarono``) is ``_misspelled_id``'s. A Javanese name's ``Su-`` dropped
        is such a short form too (``Hartono`` for ``Suhartono``)."""
        if len(tok) < 4 or not tok.isalpha():
            return None
        found = {id(e): e for e in self.entities
                 if e.kind == "person" and any(len(k) > len(tok) and (k.startswith(tok) or k == "su" + tok)
                                               for k in e.key_tokens)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _full_name_written_id(self, word: str) -> Optional[str]:
        """Indonesian: the one longer name the article writes beginning with the one-word name
        ``word`` (``Gitadi Tegas Supramudyo`` for ``Gitadi``), met in passing where no speaker
        was read (a list of guests, ``Hal senada disampaikan …``); None when the article writes
        none, or two different ones (two people sharing a given name)."""
        if not word[:1].isupper() or not self._name_word_after_given_id(word) or self.lex.is_common_word(word):
            return None
        forms = set()
        for start, after in self._written_with_capitals(word):
            if self._title_case_line(start):
                continue  # a headline ("Budi Beri Pembekalan Kader"): every word capitalised
            rest = []
            for w in after.split():
                if not self._name_word_after_given_id(w):
                    break
                rest.append(w)
            if rest and not self._names_known_person(rest):
                forms.add(" ".join([word] + rest))
        if not forms:
            return None
        longest = max(forms, key=len)
        if any(not (longest + " ").startswith(f + " ") for f in forms):
            return None
        return longest

    def _written_with_capitals(self, word: str):
        """Where the article writes ``word`` (no word character or hyphen before it) and one to
        three capitalised words after it, each after spaces: ``(start, the words after)``, in order
        and without overlaps, as a search for the pattern of both would find them (read from each
        place the word stands, with no pattern built for each word)."""
        text, found, pos = self.text, [], 0
        at = text.find(word)
        while at >= 0:
            if at >= pos and not (at and (_is_word_char(text[at - 1]) or text[at - 1] == "-")):
                m = _CAPITALISED_WORDS_AFTER.match(text, at + len(word))
                if m is not None:
                    found.append((at, m.group()))
                    pos = m.end()
            at = text.find(word, at + 1)
        return found

    def _title_case_line(self, at: int) -> bool:
        """Whether ``at`` is in a title: a line written in title case (a headline or subhead, where
        only short function words stay lower case), or quotation marks opened before it on its line
        (``Tonton juga video "Budi Beri Pembekalan …"``)."""
        start = self.text.rfind("\n", 0, at) + 1
        end = self.text.find("\n", at)
        line = self.text[start:end if end >= 0 else len(self.text)]
        if len(re.findall(r'[“"]', self.text[start:at])) % 2 == 1:
            return True
        words = re.findall(r"[^\W\d_][\w'’\-]*", line)
        return len(words) >= MIN_TITLE_CASE_WORDS and not any(
            w[0].islower() and len(w) > MAX_TITLE_CASE_LOWER for w in words)

    def _names_known_person(self, words) -> bool:
        """Whether ``words`` hold the given name of a person already met by two or more names:
        ``Citarum Anang Muchlis`` is a body's name before a known person's, not one longer name."""
        folded = {fold(w) for w in words}
        return any(e.kind == "person" and len(e.name.split()) >= 2 and fold(e.name).split()[0] in folded
                   for e in self.entities)

    def _name_word_after_given_id(self, word: str) -> bool:
        """Whether capitalised ``word`` after a given name goes on the name (Indonesian): not a
        weekday, title, rank, institution or place word, which start the next phrase."""
        low = word.lower()
        return word.isalpha() and low not in _DAYS_ID and not self.lex.is_role_word(word) \
            and not self.lex.is_place(word) and low not in self.lex.function_words \
            and not self.lex.is_english_word(low)

    def _surname_opens_thing_en(self, ent: Entity, toks, mention: Mention) -> bool:
        """English: whether a longer name only opens with a one-word person's name and stands
        before a lower-case noun of a place or a business (``the Fenn Oakmere golf course``
        after ``Fenn said``): a thing named after the person, not the person given in full
        (``Ann Fenn`` ends on the known word; ``Fenn Oakmere said`` is a person)."""
        if self.lex.lang != "en" or len(toks) < 2 or not self.text:
            return False
        words = fold(mention.name).split()
        if words[-1] in ent.key_tokens or words[0] not in ent.key_tokens:
            return False
        nxt = self.text[mention.end:mention.end + 20].split(None, 1)
        return bool(nxt) and nxt[0] in _NAMED_THING_NOUNS_EN

    def _reflexive_gender_en(self, mention: Mention) -> Optional[str]:
        """English ``Carver herself also said …``: the gender a reflexive right after a name gives."""
        if not self.text or self.text[mention.end:mention.end + 1] != " ":
            return None
        return _REFLEXIVE_GENDER_EN.get(self.text[mention.end + 1:mention.end + 1 + _REFLEXIVE_LETTERS_EN])

    def _cue_pronoun_gender_en(self, mention: Mention) -> Optional[str]:
        """English ``Carver said she would …``, ``Carver says that he …``: the gender of the
        pronoun that opens the clause a cue right after the name reports."""
        if not self.text or self.text[mention.end:mention.end + 1] != " ":
            return None
        m = _CUE_THEN_PRONOUN_EN.match(self.text, mention.end, mention.end + CUE_PRONOUN_REACH_EN)
        if m is not None:
            return _PRONOUN_GENDER.get(m.group(1).lower())
        # "Carver said the plan was weak. “…,” she added.": the next cue's pronoun goes on with
        # the name, when nobody else is named before it
        after = self.text[mention.end:mention.end + FOLLOWING_CUE_REACH_EN]
        if " he " not in after and " she " not in after and "He " not in after and "She " not in after:
            return None
        m = _FOLLOWING_PRONOUN_CUE_EN.search(after)
        if m is None or _CAPITALISED_PAIR_AFTER_EN.search(after, 0, m.start()) \
                or _GENDERED_WORDS_EN["m"].search(after, 0, m.start()) or _GENDERED_WORDS_EN["f"].search(after, 0, m.start()):
            return None
        return _PRONOUN_GENDER.get(m.group(1).lower())

    def _namesake_written_en(self, mention: Mention, at: int) -> Optional[str]:
        """English ``Bob Marsh and Jane Marsh visited …. Marsh said she …``: a bare surname that
        the text before gives two namesakes or more in full (by common given names), where the
        pronoun of the reported clause (or a reflexive) fits exactly one of them: that full name."""
        surname = mention.name
        if not surname or not _is_cap(surname):
            return None
        # (the bounded reads first: the count scans the article up to the name)
        gender = self._reflexive_gender_en(mention) or self._cue_pronoun_gender_en(mention)
        if gender is None or self.text.count(surname, 0, at) < 2:
            return None
        full = {}
        for m in re.compile(r"\b([A-Z][a-z]+) " + re.escape(surname) + r"\b").finditer(self.text, 0, mention.start):
            sex = self.lex.given_names.get(fold(m.group(1)))
            if sex is not None:
                full[m.group(1)] = sex
        fits = [g for g, sex in full.items() if sex == gender]
        if len(full) < 2 or len(fits) != 1 or len(set(full.values())) < 2:
            return None
        return f"{fits[0]} {surname}"

    def _among_namesakes(self, toks, best: Entity, gender: Optional[str] = None) -> Entity:
        """A surname shared by several full names (``Harold Vint``, ``Mara Vint``): the one who
        spoke last, else the one introduced first (the article's main figure). A name that only
        opens with the word (``Fenn Oakmere``, a resort named after ``Dan Fenn``) yields to the
        one person whose surname it is."""
        tok = next(iter(toks))
        same = [e for e in self.entities if e.kind == "person" and toks <= e.key_tokens
                and fold(e.name).split()[-1:] == [tok]]
        if best not in same:
            return same[0] if len(same) == 1 and fold(best.name).split()[0] == tok else best
        if len(same) < 2:
            return best
        # "Ohio Fenn" from "a scuffle outside the Ohio Fenn rally": a place glued to the surname
        # names nobody when a person has that surname
        people = [e for e in same if not self._opens_with_place_en(e)]
        same = people or same
        if gender is not None and self.gender_of is not None:
            fits = [e for e in same if self.gender_of(e) == gender]
            if len(fits) == 1:
                return fits[0]  # "Tom Carver … Ann Carver … Carver herself said": the woman
        spoke = [e for e in same if id(e) in self._spoke]
        if spoke:
            return max(spoke, key=lambda e: self._spoke[id(e)])
        return same[0]

    def _opens_with_place_en(self, ent: Entity) -> bool:
        """Whether the name's first word is a place and no given name (``Ohio Fenn``; not
        ``Georgia Lee``)."""
        first = ent.name.split()[0]
        return self.lex.is_place(first) and first.lower() not in self.lex.given_names

    def _by_role(self, role: Optional[str]) -> Optional[Entity]:
        if not role:
            return None
        head = fold(self._role_from_anaphor(role))
        if not head:
            return None
        for ent in reversed(self.entities):
            if ent.kind != "person":
                continue
            for _, r in ent.roles:
                # English: "the campaign manager" re-mentions "Carson campaign manager Ann Lee" by
                # the title words, and "the IMF" is no holder of "IMF chief economist"
                fr = fold((self._title_words_en(r) or r) if self.lex.lang == "en" else r)
                if fr.count(" ") >= MAX_ROLE_WORDS:
                    continue  # "Mr. King are playing the riders … as The": a clause read as a role
                if fr == head or fr.startswith(head + " "):
                    return ent  # "Presiden" is the holder of "Presiden RI", not of "Wakil Presiden"
        return None

    def _by_title_short_form_id(self, title: str) -> Optional[Entity]:
        """Indonesian: the one known person whose role the one-word title ``title`` shortens
        (``Mensos`` for ``Menteri Sosial``, ``Menhub`` for ``Menteri Perhubungan``): the title's
        first letters open the role's first word and the rest is read off the starts of the
        following words, in order (a word's prefix ``per``/``pe``/``ke`` may be skipped)."""
        words = title.split()
        if len(words) != 1 or not words[0][:1].isupper() or not words[0][1:].islower() or len(words[0]) < 5:
            return None
        found = {}
        for ent in self.entities:
            if ent.kind == "person" and any(_shortens_title_id(fold(words[0]), fold(r)) for _, r in ent.roles):
                found[id(ent)] = ent
        return next(iter(found.values())) if len(found) == 1 else None

    def _title_words_en(self, role: str) -> str:
        """The title words that close an English role after its last qualifier (``Carson``
        campaign manager, former ``Dutch`` prime minister, ``usability`` guru): what ``the
        campaign manager``, ``the prime minister``, ``the guru`` re-mention."""
        ws = role.split()
        k = len(ws)
        while k > 0 and ws[k - 1].lower() in self.lex.titles and ws[k - 1].lower() not in _DETERMINERS_EN:
            k -= 1
        if k == 0 or k == len(ws) or not ws[-1].islower() or not (ws[k - 1][:1].isupper() or _noun_modifier_en(ws[k - 1], self.lex)):
            return ""  # a role of title words only, one closing in no title, or a capitalised title ("RNC Chairman")
        return " ".join(ws[k:])

    def role_of(self, ent: Entity) -> Optional[str]:
        """``ent``'s role as a quote gives it: the earliest stated, passing over English phrases that
        are no role (see ``_plausible_role_en``) for a later one."""
        if self.lex.lang == "id":
            if not ent.roles:
                return None
            role = self._without_style_id(self._nearest_joined_role_id(first_role_id(ent.roles)[1]))
            words = [(w, 0, 0) for w in role.split()]
            kept = _after_run_in_words_id(words, self.lex)
            role = " ".join(w[0] for w in kept) if len(kept) < len(words) else role
            if "Universitas " in role or "Institut " in role or "Sekolah Tinggi " in role:
                role = self._without_campus_city_id(role)
            return role
        roles = sorted(ent.roles)
        if self.lex.lang == "en":
            roles = [(at, r) for at, r in roles if _plausible_role_en(r) and not _AGE_ONLY_EN.match(r)
                     and r.strip(" ,").lower() not in _RELATIVES_EN]  # "said Mr Hale, who …": no role
            if roles:
                # "Brellow Bank's Tom Wick": the possessor is the body the person speaks for
                return _POSSESSIVE_END_EN.sub("", roles[0][1]) or None
        return roles[0][1] if roles else None

    def _without_campus_city_id(self, role: str) -> str:
        """Indonesian: ``role`` without the city written after the name of its university
        (``Guru Besar Universitas Sukamaju Semarang`` → ``… Universitas Sukamaju``): the
        city is where the campus stands, no part of the post. A name whose word before the city
        only says what kind of school it is keeps the city (``Universitas Negeri Jakarta``,
        ``Institut Teknologi Bandung``), and so does a bare ``Universitas Indonesia``."""
        ws = role.split()
        if len(ws) < 3 or not ws[-1][:1].isupper() or ws[-1].lower() not in _CAMPUS_CITIES_ID:
            return role
        opener = max((i for i, w in enumerate(ws[:-1]) if w in ("Universitas", "Institut")
                      or (w == "Tinggi" and i and ws[i - 1] == "Sekolah")),
                     default=-1)
        before = ws[-2]
        if opener < 0 or opener + 1 >= len(ws) - 1 or not before[:1].isupper() \
                or before.lower() in _CAMPUS_KIND_WORDS_ID or before.lower() in self.lex.places:
            return role
        return " ".join(ws[:-1]).rstrip(",")

    def _style_word_id(self, word: str, opening: bool) -> bool:
        """Indonesian: whether ``word`` belongs to the rank, service or honorific written between a
        title and a name (``Letnan Kolonel Laut``, ``Brigadir Jenderal (Mar)``, ``Prof``, ``dokter
        gigi``); ``opening``: whether it may open that style (no title word such as ``Jenderal``
        of ``Direktur Jenderal``, ``Besar`` of ``Guru Besar``, and no lower-case word)."""
        lex = self.lex
        low = word.lower().strip(".,")
        if low.startswith("(") and low.endswith(")"):
            inside = low[1:-1].replace(".", " ").split()
            return not opening and bool(inside) and all(w in lex.ranks or w in _SERVICE_BRANCHES_ID for w in inside)
        if low in _SERVICE_BRANCHES_ID:
            return not opening or low in _CORPS_ABBREVIATIONS_ID
        if opening:
            return (low in lex.honorifics or low in lex.ranks) and low not in lex.titles \
                and low not in lex.institution_words and word[:1].isupper()
        return low in lex.ranks or low in lex.honorifics or word.islower()

    def _without_style_id(self, role: str) -> str:
        """Indonesian: ``role`` without the rank, service or honorific that stood between it and
        the name and was read onto its end (``Humas RS X Letnan Kolonel Laut dokter gigi``,
        ``Kepala Lembaga X Prof``, ``Komandan Kodim X Inf``), nor a preposition left at its end."""
        ws = role.split()
        cut = next((i for i in range(1, len(ws)) if self._style_word_id(ws[i], True)
                    and all(self._style_word_id(w, False) for w in ws[i + 1:])), len(ws))
        ws = ws[:cut]
        while len(ws) > 1 and ws[-1] in _PREPOSITIONS_ID:
            ws.pop()  # "Kepala Dinas Kesehatan Kota X di": the place word's preposition, no title
        out = " ".join(ws).rstrip(",")
        return out if out else role

    def _nearest_joined_role_id(self, role: str) -> str:
        """Indonesian: of two offices joined before a name (``Kepala Badan X yang juga Ketua Satgas
        Y``, ``Wali Kota sekaligus Ketua Y``, ``Wakil Ketua X dan anggota Komisi Y``), the one nearest
        the name; the role as it is when no second office follows a joiner. ``dan`` joins two
        offices only when a title word opens each part and the second goes on after its title
        (not ``Kepala Bagian Hukum dan Humas``, ``Menteri Pemuda dan Olahraga``)."""
        ws = role.split()
        for k in range(len(ws) - 2, 0, -1):
            link = ws[k].lower()
            if link == "sekaligus" or (link == "juga" and ws[k - 1].lower() == "yang"):
                nxt = ws[k + 1].lower()
                if nxt in self.lex.titles or nxt in self.lex.role_openers:
                    return " ".join(ws[k + 1:])
                return role
        for k in range(len(ws) - 3, 0, -1):
            nxt = ws[k + 1].lower()
            if ws[k] == "dan" and ws[0].lower() in self.lex.titles and nxt in self.lex.titles \
                    and nxt not in self.lex.institution_words and not ws[k - 1].endswith(","):
                return " ".join(ws[k + 1:])
        return role

    def _role_from_anaphor(self, role: str) -> str:
        ws = role.split()
        while ws and ws[-1].lower() in self.lex.demonstratives:
            ws.pop()
        while ws and ws[0].lower() in {"the", "sang", "si"}:
            ws.pop(0)
        return " ".join(ws)

    def _new(self, name, kind, at, role):
        ent = Entity(name=name, kind=kind)
        ent.add_role(role, at)
        self.entities.append(ent)
        return ent

    def observe(self, mention: Mention, at: int, introduced: bool = True) -> Optional[Entity]:
        """Register a person named in passing, so later short forms resolve to the full name."""
        if mention.kind == NAME and _coordinated(mention):
            return None  # "Ann Lee and Tom Hale": two people, each known by their own name
        if mention.kind == NAME and len(mention.name.split()) < 2 and (
                not mention.role or (self.lex.lang == "en" and mention.role.endswith(("'s", "’s")))):
            # "Boston’s Welsh", "Brandt’s Indiana chairman": a possessor is no title; one word
            # after it is a known person named again, or no person at all
            self._met_again(mention, at)
            return None
        if mention.kind != NAME:
            return None
        if len(mention.name.split()) < 2 and self.lex.is_common_word(mention.name):
            return None  # "Ketua Pusat Kajian": a capitalised common noun, not a person
        head = (mention.role or "").split()[-1:] or [""]
        head = head[0].strip("()").lower()
        if len(mention.name.split()) < 2 and (head in self.lex.org_heads
                                              or (self.lex.lang == "id" and head in _HOSPITALS_ID)):
            return None  # "PT Pertamina", "Partai Gerindra", "RSUP Prof Ngoerah": the organisation's own name
        ent = self._by_name(mention, at)
        if introduced and ent is not None and ent.kind == "person" and len(mention.name.split()) >= 2:
            self.introduce(ent, at)  # "Ketua PHRI Ayu Lestari": a titled person introduced
        return ent

    def _met_again(self, mention: Mention, at: int):
        """English ``… there at the back was Garcia, the worker.``: a known person named again by
        surname alone is the latest mentioned (for a pronoun looking back), but no new person."""
        if self.lex.lang != "en":
            return
        toks = frozenset(fold(mention.name).split())
        for ent in reversed(self.entities):
            if ent.kind == "person" and toks and toks <= ent.key_tokens:
                if len(next(iter(toks))) > 2:
                    ent = self._among_namesakes(toks, ent)
                _seen_at(ent, at)
                return

    def knows(self, mention: Mention) -> bool:
        """Whether a person of this name (or a short form of it) is already known."""
        toks = frozenset(fold(mention.name or "").split())
        return any(ent.kind == "person" and toks and (toks <= ent.key_tokens or ent.key_tokens <= toks)
                   for ent in self.entities)

    def resolve_known(self, mention: Mention, at: int) -> Optional[Entity]:
        """The entity for a name that is already known, or a new one for a full name with a role."""
        if _coordinated(mention):
            return None
        if all(self.lex.is_common_word(w) or self.lex.is_role_word(w) for w in mention.name.split()):
            return None  # "Masjid Istiqlal hingga …", "Situasi tersebut …": not a person
        toks = frozenset(fold(mention.name).split())
        for ent in reversed(self.entities):
            if ent.kind == "person" and toks and (toks <= ent.key_tokens or ent.key_tokens <= toks):
                return self._by_name(mention, at)
        if len(toks) >= 2:
            return self._by_name(mention, at)
        return None

    def introduced_since(self, start: int) -> List[Tuple[int, Entity]]:
        """``(position, person)`` of the people introduced at or after ``start`` since the last speaker."""
        return [(at, ent) for at, ent in self._since_mark if at >= start]

    def introduce(self, ent: Entity, at: int):
        """Record that ``ent``, a person, was introduced (named in full, with a title) at ``at``."""
        self._since_mark.append((at, ent))

    def speaker_state(self):
        """Who spoke last and when (for ``restore_speaker_state``)."""
        return self.salient, self._described, list(self._since_mark), self._turn, dict(self._spoke)

    def restore_speaker_state(self, state):
        """Undo ``mark_speaker`` calls since ``state`` was taken: an asker's question leaves the
        next pronoun to whoever spoke before (the one asked answers)."""
        self.salient, self._described, self._since_mark, self._turn, self._spoke = state

    def _titled_otherwise_en(self, ent: Entity, head: str) -> bool:
        """Whether the article gives ``ent`` a title and none ending in ``head`` (``Mayor`` for
        ``the Republican candidate``): a description of another person than ``ent``."""
        titles = {r.split()[-1].lower() for _, r in ent.roles if r and r.split()[-1].lower() in self.lex.titles}
        surname = ent.name.split()[-1]
        if not titles and self.text and _is_cap(surname):
            # "Mayor Bill de Blasio … De Blasio disbanded …": a title before the name as written
            # once (read only when a titled description speaks after a subject who never did)
            at = self.text.find(surname)
            while at >= 0 and len(titles) < 3:
                before = self.text[max(0, at - 40):at].split()[-4:]
                titles.update(w.lower() for w in before if _is_cap(w) and w.lower() in self.lex.titles)
                at = self.text.find(surname, at + len(surname))
        titles = {_TITLE_ABBREVIATIONS_EN.get(t.rstrip("."), t) for t in titles}
        return bool(titles) and _TITLE_ABBREVIATIONS_EN.get(head, head) not in titles

    def mark_speaker(self, entity: Optional[Entity], by_subject: bool = False):
        """Record that ``entity`` just spoke: it becomes the referent of the next pronoun
        (``by_subject``: it is only a sentence's subject, with no quote of its own)."""
        if entity is not None and entity.kind == "person" and not self._body_after_level(entity):
            if not by_subject:
                self._quoted.add(id(entity))
            self._titled_description_after = None
            self.salient = entity
            self._described = None
            self._since_mark = []
            self._turn += 1
            self._spoke[id(entity)] = self._turn
        elif entity is not None and self.lex.lang == "id":
            # "“…,” kata Ketua KPU dalam sidang. “…,” sambungnya.": a source the article does not
            # name may take the next pronoun too
            self._described = entity
        elif entity is not None and self.lex.lang == "en":
            # "a reporter asked …; “…,” the businessman replied. “…,” he added.": only the
            # latest speaker, if an unnamed person, may take the next pronoun
            self._described = entity if self._description_gender_en(entity) is not None else None
            if entity.kind == "description" and entity.name[:4] in ("the ", "The ") and self.salient is not None \
                    and id(self.salient) not in self._quoted \
                    and (head := entity.name.split()[-1:]) and head[0].lower() in self.lex.titles \
                    and self._titled_otherwise_en(self.salient, head[0].lower()):
                # "Ruiz closed the unit. “…,” the Republican candidate said.": a titled person the
                # article does not name spoke after a subject who never did
                self._titled_description_after = self.salient
