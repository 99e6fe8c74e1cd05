"""Indirect and mixed quotes: ``X mengatakan (bahwa) …``, ``menurut X``, ``…, kata X``, passives
and ``according to`` (``Extractor`` part).
"""
import itertools
import re
from typing import List, Optional, Tuple

from quotetrack.engine.lexicon import opening_stop_words
from quotetrack.engine.marks import QuoteSpan, find_quote_spans
from quotetrack.engine.quote import DIRECT, INDIRECT, MIXED
from quotetrack.engine.rules import (
    aspect_before_infinitive,
    MAX_ADVERBIAL_TOKENS, MAX_SUBJECT_TOKENS, THIRD_PERSON_PRONOUNS_ID, MIN_CLAUSE_WORDS, _DAYS_EN, title_case_phrase,
    _NAMING_CUES_EN,
    _PASSIVE_SUBJECTS, _PREDICATE_EN, _PREDICATE_ID, _PREP_ID, _Pending, _SAY_EN, _SUBORDINATE_OPENERS_ID,
    _SUBORDINATORS_EN, _TIME_EN,
    _DATE_MONTHS_EN, _TIME_LEAD_EN, _TRAIL_PUNCT, _WORD, _known_description, _rule_suffix, _skip_time_words, fold_word)
from quotetrack.engine.segment import ABBREVIATIONS, Sentence
from quotetrack.engine.speakers import (
    ANAPHOR, DASH_TOKENS, DATE_PATTERN_ID, DAY_PATTERN_ID, DAY_TIME_PATTERN_ID, DESCRIPTION, ORGANISATION, Mention, NAME, PREPOSITIONS, PRONOUN, SENTENCE_CONJUNCTIONS_EN,
    NUMBER_WORDS_EN, SINGULAR_NOUN_CUES_EN, SOURCE_NOUNS, IRREGULAR_PAST_EN, MOTION_PAST_EN, BUT_NOUN_EN, APPOSED_FULL_NAME_EN,
    _ANY_SUBJECT_PRONOUN_EN, _COPULAS_EN, _ORIGIN_TIME_CLAUSE_ID, _FINITE_EN, _FLOATING_QUANTIFIERS_EN, _OCCASION_DETERMINERS_EN,
    _OCCASION_NOUNS_EN, _KIN_NOUNS_EN, _OBJECT_PRONOUNS_EN, _PASSIVE_BE_FORMS_EN, _QUANTIFIERS_EN, _REPORT_MODALS_EN,
    _LIST_JOINERS_ID, _RELATIVES_EN, _SUBJECT_PRONOUNS_EN, _SUBJECT_PRONOUNS_IT_EN, _SUBJECT_SUBORDINATORS_EN, _coordinated,
    _TIME_HEADS_EN, _TIME_PHRASE_WORDS_EN, _ARTICLES_CAPITALISED_EN, _looks_past_en, _modal_surname_en, _object_of_description_en,
    quote_hearer_en, tokens)


#: English prepositions after a cue that open what is spoken of, not a reported clause
#: (``warned of a crisis``, ``argued against quotas``).
_TOPIC_PREPS_EN = frozenset({"of", "against"})
#: English subordinators that open a clause of their own after a comma (not the prepositions of
#: ``_SUBORDINATORS_EN``: ``…, in a loud voice, that …`` goes on).
_CLAUSE_SUBORDINATORS_EN = _SUBORDINATORS_EN - frozenset("at in on during for with by".split())
#: Words that open the reported clause after ``said`` when a long apposition stands before it.
_LONG_SUBJECT_CLAUSE_OPENERS_EN = frozenset("that he she they it we i their his her its the a an".split())
#: Heads of a headline subject that name a record, not a person (``Leaked Documents Reveal …``): in
#: title case they look like a name, but need no naming in the body to be a source.
_HEADLINE_RECORD_HEADS_EN = frozenset("document email report record memo file poll survey study filing".split())
#: Indonesian personal pronouns that own a record in a relative clause (``data yang ia terima``)
_RECORD_PRONOUNS_ID = THIRD_PERSON_PRONOUNS_ID
#: Indonesian words that open an existential clause (``ada 338 kandidat …``).
_EXISTENTIAL_ID = frozenset("ada terdapat".split())
#: Indonesian "not only" right before a cue verb (``tidak hanya menyampaikan X, tetapi juga …``).
_NOT_ONLY_BEFORE_ID = re.compile(r"\b(?:tidak|tak|bukan)\s+(?:hanya|sekadar|cuma)\s+$")
#: How many characters before a cue verb (whose end is the position tested) are searched for it:
#: ``bukan sekadar `` with single spaces.
MAX_NOT_ONLY_CHARS_ID = 14
#: How far the words after ``…, said X,`` are read for a predicate's past or ``-s`` form: the
#: preposition (word 0), a short object of up to three words (``on most days``), the form by word 4.
PREDICATE_REACH_WORDS_EN = 5
#: Most and fewest words of a person's name alone before ``will`` + a speech verb (``Tom Dale``,
#: ``Mr Tom Dale``): one word is ``He``/``She`` only, four run into a group's name.
MIN_PERSON_NAME_WORDS_EN = 2
MAX_PERSON_NAME_WORDS_EN = 3
#: Most words of a title before a name or after ``The`` (``Former Labour Party leader``).
MAX_TITLE_WORDS_EN = 4
#: Title-list words that are no part of one person's title: articles and ``of`` open a group's or
#: another's phrase (``A Labour MP``, ``Critics of …``); plural and staff words name many.
_NON_TITLE_WORDS_EN = frozenset({"a", "an", "the", "of", "officials", "staff"})
#: A speech's setting opening a trailed-speech sentence (``In his speech, the Prime Minister will say …``).
_SPEECH_LEADS_EN = frozenset({"In his speech ,", "In her speech ,"})
#: Tokens of such a setting, its comma included.
_SPEECH_LEAD_WORDS_EN = 4
#: An Indonesian story's next step right before a request verb (``X kemudian meminta …``).
_STORY_STEP_BEFORE_ID = re.compile(r"\b(?:kemudian|lalu|lantas|justru)\s+$")
#: How many characters before a request verb are searched for it: ``kemudian `` with one space.
MAX_STORY_STEP_CHARS_ID = 12
#: Indonesian words for one person asked in a story told (``seseorang``, ``seorang temannya``,
#: ``istrinya``), not the public an official appeals to (``warga``, ``masyarakat``).
_STORY_HEARERS_ID = frozenset("seseorang seorang sang".split())
#: Indonesian kin and companion nouns that take ``-nya`` for that one person (``istrinya``, ``seorang temannya``).
_STORY_HEARER_NOUNS_ID = frozenset("teman kawan sahabat istri suami anak adik kakak ibu ayah pacar kekasih korban "
                                   "tetangga keponakan sepupu".split())
#: Most tokens after Indonesian ``kepada`` (a hearer and its apposition) before its ``bahwa``
#: (``mengatakan kepada Rudi, kepala desa … dan mantan camat, bahwa …``).
MAX_HEARER_APPOSITION_TOKENS_ID = 2 * MAX_ADVERBIAL_TOKENS
#: Indonesian adjectives that make a predicate with no verb after a subject closed by a demonstrative
#: (``pengamanan itu sesuai dengan …``, ``langkah tersebut penting …``).
_PREDICATE_ADJECTIVES_ID = frozenset("sesuai penting siap aman layak wajar tepat keliru normal kondusif lancar "
                                     "mustahil sah rawan".split())
#: Most words of an Indonesian ``-nya`` subject and its adjective predicate after a weak cue
#: (``kondisinya di lapangan aman``).
MAX_ADJECTIVE_SUBJECT_WORDS_ID = 5
#: Most words of a name set off by commas after the title it holds (``Menurut epidemiolog X, Tri
#: Yunis Miko Wahyono, …``).
MAX_APPOSED_NAME_WORDS_ID = 4
#: Demonstratives that close an Indonesian subject (``pengamanan itu``).
_SUBJECT_DEMONSTRATIVES_ID = frozenset("itu ini tersebut".split())
#: Indonesian nouns of a web page or account: after a media cue (``Dikutip dari laman resmi X``)
#: the owner named after it is the source.
_WEB_PAGES_ID = frozenset("laman situs website portal".split())
#: Indonesian words opening an indirect question (``mempertanyakan apakah …``, ``… mengapa …``).
_QUESTION_WORDS_ID = frozenset("apakah mengapa kenapa bagaimana siapa berapa kapan mana".split())
#: How far the sentence after another is read for a quotation or a cue (characters).
NEXT_SENTENCE_REACH = 400
#: The end of the next sentence: a full stop, question or exclamation mark before a space or a line end.
_NEXT_SENTENCE_END = re.compile(r"[.!?][\"”’]?(?=\s)|\n")
#: Indonesian ``Bagi dia,`` opening a sentence: a singular personal pronoun after ``bagi`` (group 1)
#: (not ``mereka``: a group just named is as often the ones helped as the ones who spoke).
_BAGI_PRONOUN_ID = re.compile(r"\s+(dia|ia|beliau)\b")
#: How far (in characters) after a passive verb of assessing its agent may run.
MAX_AGENT_CHARS_ID = 80


#: Indonesian prepositions that tie an adverbial or a purpose to a noun (``apresiasi atas …``,
#: ``langkah dalam memperkuat …``): a verb right after one is no predicate of the clause.
_LINKING_PREPS_ID = frozenset("atas terhadap sebagai dalam untuk guna bagi kepada tentang soal mengenai".split())
#: Indonesian pronoun subjects that open a clause whatever follows (``pihaknya siap jika …``).
_CLAUSE_SUBJECT_PRONOUNS_ID = frozenset("pihaknya dirinya ia dia beliau mereka kami kita saya aku".split())
#: Indonesian contrasting coordinators: after a comma they open the next clause (``…, namun …``).
_CONTRAST_COORDINATORS_ID = frozenset("namun tetapi tapi sedangkan sementara".split())
#: Indonesian conditionals: the clause they open holds its own predicate up to its comma.
_CONDITIONALS_ID = frozenset("apabila jika jikalau bila kalau seandainya andaikan asalkan".split())
#: Words after a time subordinator that make it a time adverbial (``selama ini``, ``saat itu``),
#: after which the predicate may follow.
_TIME_SUBJECT_STOPS_ID = frozenset("ini itu tersebut awal dulu lama kemarin pagi siang sore malam tahun bulan minggu pekan hari".split())
#: Indonesian time subordinators whose clause's verb is theirs, none of the object's (``keamanan
#: peserta selama acara berlangsung``).
_TIME_SUBORDINATORS_ID = frozenset("selama ketika saat sejak sewaktu tatkala semasa sebelum sesudah setelah".split())
#: The time subordinators whose clause, right after the cue, opens the report itself (``menambahkan
#: setelah satu semester terlewati, …``); the literary ``sewaktu``, ``tatkala``, ``semasa`` are left out.
_TIME_CLAUSE_OPENERS_ID = _TIME_SUBORDINATORS_ID - {"sewaktu", "tatkala", "semasa"}
#: Indonesian time subordinators that order two acts (``setelah melakukan …, Kamal …``)
_SEQUENCE_OPENERS_ID = frozenset({"setelah", "sesudah", "sebelum"})
#: Indonesian connectives that open a sentence before a mid-sentence cue (``Sebab itu, kata X, …``,
#: ``Berdasarkan data, kata X, …``): the reported clause follows the cue.
_CONNECTIVE_LEADS_ID = frozenset("sebab berdasarkan maka oleh akibat dengan tanpa hingga sehingga bahkan apalagi "
                                 "terlebih menurut seperti sejauh akan meski walau".split())
#: Indonesian words that join a second verb phrase to the cue's subject (``… serta berharap …``).
_VERB_COORDINATORS_ID = frozenset("serta dan sekaligus".split())
#: Indonesian connectives that may stand before a sentence's subject (``Sedangkan Rudi, kata dia, …``).
_COORDINATORS_ID = frozenset("sedangkan sementara namun tetapi tapi dan adapun lalu kemudian padahal".split())
_CONNECTIVE_THEN_WORD_ID = re.compile(r"\s*(\w+)(\s+)(?=\w)")
#: Most words of an Indonesian opener set off by a comma before a report closed by ``demikian …``
#: (``Sementara itu,``, ``Di sisi lain,``, ``Pada Senin (3/2),``).
MAX_OPENER_WORDS_ID = 4
#: Most words of an Indonesian subject before a cue's pronoun and verb set off by commas (``Gedung rawat
#: inap, ia menambahkan, akan …``).
MAX_INTERRUPTED_LEAD_WORDS_ID = 6
#: How far past the cue (in characters) the predicate after such an interrupting cue is looked for.
INTERRUPTED_PREDICATE_REACH_ID = 80
#: How many characters a place's name after ``di`` may take, between a mid-sentence cue and the day
#: of the telling (``…, kata X, di Surabaya, Sabtu (2/1/2021), …``).
MAX_CUE_PLACE_CHARS_ID = 40
#: Indonesian place and day of the telling set off by commas after a mid-sentence cue and its source
#: (``…, kata X, di Surabaya, Sabtu (2/1/2021), pemerintah …``): no part of the reported clause.
_CUE_PLACE_DAY_ID = re.compile(r"\s*(?:di\s+[A-Z][^,()]{0,%d},\s*)?" % MAX_CUE_PLACE_CHARS_ID
                               + DAY_PATTERN_ID + r"\s*" + DATE_PATTERN_ID + r"(?:\s+" + DAY_TIME_PATTERN_ID + r")?\s*,")
#: Indonesian day of the telling set off by commas where a report would open (``mengatakan di Sleman,
#: Senin (3/2/2025), harga …``, ``mengatakan kepada wartawan, Senin (3/2), …``): no part of the reported
#: clause (without the closing comma, ``Senin (3/2) mendatang DPR akan …``, the day is the report's own).
_TELLING_DAY_ID = re.compile(DAY_PATTERN_ID + r"\s*" + DATE_PATTERN_ID
                             + r"(?:\s+(?:" + DAY_TIME_PATTERN_ID + r"|lalu|kemarin))?\s*,\s*")
#: Indonesian words that open or mark the consequence of a condition (``maka``, a modal), so a
#: ``jika``/``kalau`` before them is a real ``if``, not ``bahwa``.
_CONSEQUENCE_WORDS_ID = frozenset("maka akan bisa dapat harus perlu mesti wajib boleh mampu bakal".split())
#: Indonesian words that mark a consequence only after a whole condition and the consequence's
#: own subject (``jika hujan turun deras jalan itu selalu banjir``, ``kalau harga naik warga tidak
#: membeli``); right after one subject they are the reported clause's own (``kalau pemerintah tidak puas``).
_LATE_CONSEQUENCE_WORDS_ID = frozenset("tidak tak selalu pasti tentu langsung otomatis".split())
#: Fewest words (the condition's subject and predicate, the consequence's subject) before such a word.
MIN_CONDITION_WORDS_ID = 3
#: Indonesian complementizers of purpose: they open the report only of a request (``meminta agar …``);
#: after another cue they end a clause of its own (``menambahkan, pihaknya … agar mereka …``).
_PURPOSE_ID = frozenset("agar supaya".split())
#: Indonesian words that link a request verb to the act requested (``meminta warga untuk …``).
_REQUEST_LINKS_ID = _PURPOSE_ID | {"untuk"}
#: Indonesian "as" opening a sentence before a passive or media cue (``Seperti dilansir AFP, …``)
_AS_ID = frozenset("seperti sebagaimana".split())
#: Indonesian counts before a noun object (``menyatakan dua opsi untuk …``)
_OBJECT_COUNTS_ID = frozenset("dua tiga empat lima beberapa sejumlah berbagai".split())
#: Indonesian nouns of a statement before its issuer (``pernyataan dari kantor X``)
_STATEMENT_NOUNS_ID = frozenset("pernyataan keterangan rilis siaran pers".split())
#: First words of a ``menurut`` source that may name an office (a prefix test).
_OFFICE_LEADS_ID = ("kantor",) + tuple(sorted(_STATEMENT_NOUNS_ID - {"pers"}))
#: an outlet's name in camel case (``detikNews``, ``iNews``): lower case first, then a capital
_CAMEL_OUTLET = re.compile(r"([a-z]+)[A-Z][A-Za-z]*")
#: Indonesian: the longest outlet read between a media cue and its comma (``Dilansir The Straits Times,``)
MAX_OUTLET_WORDS_ID = 4
#: The same in characters.
MAX_OUTLET_CHARS_ID = 40
#: Indonesian: the longest name read after a media cue's outlet before the speaker's own cue
MAX_NAME_WORDS_AFTER_OUTLET_ID = 5
#: Indonesian nouns for a stance or a wish that a cue may name before its clause (``menyampaikan
#: harapannya bahwa …``, ``mengungkapkan kekhawatirannya bahwa …``): the report starts after ``bahwa``.
_STANCE_NOUNS_ID = frozenset("""harapan keyakinan kekhawatiran pendapat pandangan penilaian keinginan
    optimisme kesimpulan kecurigaan dugaan kekecewaan keprihatinan kepercayaan""".split())
#: of them, the wishes, whose clause may also open with ``agar``/``supaya`` (``harapannya agar …``)
_WISH_NOUNS_ID = frozenset("harapan keinginan".split())
#: Indonesian prepositions that open a phrase (not a time clause like ``saat``/``setelah``).
_PLACE_PREPS_ID = frozenset("pada di dalam kepada dengan dari melalui lewat".split())
#: Indonesian negations and modals of ability that deny a cue after them (``belum bisa memastikan``).
_NEGATIONS_ID = frozenset("belum tak tidak".split())
_ABILITY_ID = frozenset("bisa dapat mampu".split())
#: Indonesian words skipped between a passive or media cue and its agent (``disampaikan langsung oleh X``).
_PASSIVE_SKIP_WORDS_ID = frozenset("langsung oleh secara pula juga".split())
#: Indonesian prepositions of the channel a statement went through (``disampaikan lewat akun X``).
_CHANNEL_PREPS_ID = frozenset("lewat melalui via".split())
#: Indonesian heads of a document that may be a source (``Dalam perwali disebutkan …``).
_DOCUMENT_NOUNS_ID = frozenset("""peraturan aturan regulasi perpres perda perwali pergub perbup permen perppu perpu
keppres inpres kepmen uu undang-undang ruu surat keputusan putusan dokumen laporan edaran draf rancangan pasal
kontrak perjanjian jurnal konstitusi""".split())
#: Indonesian cues by which a document states a clause in a relative clause (``… yang menyebutkan bahwa …``).
_DOCUMENT_STATING_CUES_ID = frozenset("menyebut menyebutkan menyatakan menegaskan mengatakan".split())
#: Words that number a document between its noun and ``yang`` (``putusan MK nomor 5/2024``,
#: ``pasal 33 ayat 1``, ``undang-undang tersebut``).
_DOCUMENT_NUMBERING_ID = frozenset("nomor no. pasal ayat huruf tahun itu tersebut ini".split())
#: Indonesian cues that voice an assessment with ``X sebagai Y`` (``memandang … sebagai …``).
_AS_ASSESSMENT_CUES_ID = frozenset({"memandang", "melihat"})
#: How many words the object of such a cue may have before ``sebagai``.
MAX_ASSESSED_OBJECT_WORDS = 3
#: How many words may name a document between ``dalam`` and a passive cue.
MAX_DOCUMENT_WORDS = 8
#: Words after ``yang`` or a linking preposition within which a verb is that phrase's own.
BOUND_VERB_WINDOW = 2
#: How many words a preposition's plural object joined by "and" to a cue form may have before
#: "and" (``with his speeches and promises to …``, see ``_OBJECT_PREPOSITIONS_EN``); its opening
#: function words are ``_NOUN_DETERMINERS_EN``.
MAX_NOUN_PHRASE_WORDS = 4
#: Cue forms that are also plural nouns (``speeches and promises``, ``charges and claims``).
_PLURAL_NOUN_CUES_EN = frozenset("promises claims pledges vows demands".split())

#: The closing quotation marks of the patterns below, as a regex alternation (``”``, ``"``, ``''``).
_CLOSING_MARK_ALTERNATION = r"”|\"|''"
#: Closing quotation marks that may stand between a comma and an English inverted cue.
_CLOSING_MARKS_EN = frozenset(("”", "''", '"', "’"))
#: ``…, Smith said Monday, adding that``: an inverted cue, then a participle cue.
_INVERTED_THEN_PARTICIPLE = re.compile(r",([^,;:“”\"]{1,80}),\s+(?:\w+\s+){0,2}\w+ing\b(?:\s+that)?\s*$")
#: A participle opening a report (``recalling the day …``): the report of a participle cue that
#: directly follows an inverted cue's comma (when the word is a cue).
_PARTICIPLE_AT = re.compile(r"[a-z]{2,}ing\b")
#: English ``…, people familiar with the talks said.`` closing a sentence: a short comma-free source,
#: its speech verb, at most a time word or two, then the sentence's end.
_CLOSING_SOURCE_EN = re.compile(r",(?:" + _CLOSING_MARK_ALTERNATION + r")?\s+([A-Za-z][^,;:“”\"()]{1,60}?)\s+(said|says|say|reported|reports)(?:\s+\w+){0,2}\s*[.!]?\s*$")
#: ``Name: statement`` opening an English headline or a transcript paragraph.
_LABEL_EN = re.compile(r"([A-Z][\w.'’&\-]*(?:[ \t]+[A-Z][\w.'’&\-]*){0,3}):[ \t]+(?=\S)")
#: The same at the start of a line.
_LABEL_LINE_EN = re.compile(r"^" + _LABEL_EN.pattern, re.M)
#: A headline label in a wider shape (``EXCLUSIVE – Ann Lee:``, ``Lee camp:``, ``Lee to Farmers:``,
#: ``Former AG Lee at Summit:``): a kicker and a dash before the source (group 1), the source
#: (group 2) with a lower-case group word (group 3), or the audience or venue after ``to``/``at``.
_HEADLINE_LABEL_EN = re.compile(
    r"(?:([A-Z]{3,})[ \t]+[–—-][ \t]+)?([A-Z][\w.'’&\-]*(?:[ \t]+[A-Z][\w.'’&\-]*){0,3}(?:[ \t]+([a-z]+))?)"
    r"((?:[ \t]+(?:[Tt]o|at)[ \t]+[A-Z][^:\n]{0,60})?):[ \t]+(?=\S)")
#: The conjunctions that open a second source's clause (``…, and Democrats accused …``); one left
#: at the end of an English report cut before the next clause's subject dangles (``…, but| he
#: denied …``), and the cheap test for that is on the last three characters.
_DANGLING_CONJUNCTIONS_EN = ("and", "but", "while", "whilst", "whereas")
_CONJUNCTION_LEAD = re.compile(r",?\s+(?:%s)\s+" % "|".join(_DANGLING_CONJUNCTIONS_EN))
#: Fewest words of a report before "and"/"but" and a second source's speech verb that end it there.
MIN_WORDS_BEFORE_SOURCE = 4
_DANGLING_CONJUNCTION_EN = re.compile(r"[,;]?\s+(?:%s)$" % "|".join(_DANGLING_CONJUNCTIONS_EN))
_DANGLING_TAILS_EN = frozenset(w[-3:] for w in _DANGLING_CONJUNCTIONS_EN)
#: The last item of a list whose items a semicolon parts (``a; b; and c``): a semicolon before it is no clause break.
_SEMICOLON_LIST_CLOSE_EN = re.compile(r";\s+and\s")
#: After a fragment's closing comma, words that carry the subordinate clause on (``“bold,” and …``).
_NO_CLAUSE_CLOSE_AFTER_QUOTE_EN = re.compile(r"\s*(?:and|but|or|according|as|if|when|because)\b")
#: ``…, but| when Lee came, it …``: a subordinate clause after the conjunction; the report may go on
_SUBORDINATOR_NEXT_EN = re.compile(r"\s+(?:when|if|because|as|after|before|once|until|unless|though|although)\b")
#: A transcript has at least this many paragraphs opened by a speaker label.
MIN_TRANSCRIPT_LABELS = 3
#: A labelled paragraph of a transcript needs at least this many words to be a statement.
MIN_LABEL_WORDS = 4
#: A headline label's last word that the body names as a speaker (``Hacker Lupescu:`` … ``Lupescu said``) is a surname.
MIN_LABEL_SURNAME = 4
#: Longest described subject (in words) a participle cue reports for without a known source noun ("The nurse").
MAX_DESCRIBED_WORDS = 5
#: How far (in tokens) a described subject's verb may stand from its determiner (``A spokeswoman
#: for the State Water Resources Board emailed …``).
MAX_DESCRIBED_SUBJECT_TOKENS = 10
#: Determiners and possessives that open a noun phrase after a cue or a hearer ("told the Ledger her firm …").
_DETERMINERS_CLAUSE_EN = frozenset("the a an this his her their its".split())
#: Longest phrase after ``according to`` with a quoted term inside (``her “pay back” plan``), in words,
#: and longest such term.
MAX_QUOTED_TERM_PHRASE_WORDS = 8
MAX_QUOTED_TERM_WORDS = 4
#: Fewest words of such a phrase: a determiner, the quoted term and the noun after it.
MIN_QUOTED_TERM_PHRASE_WORDS = 3
#: Longest apposition (in characters) after the source of a mid-sentence ``according to``.
MAX_APPOSITION_CHARS = 80
#: Words that open an apposition or a relative clause after a name, not a main clause
#: (``Tom Hale, the driver, fled``, ``Tom Hale, who …``).
_APPOSITION_OPENERS_EN = _DETERMINERS_CLAUSE_EN - {"this"} | frozenset("who which whose whom aged".split())
#: Fewest words in marks inside an Indonesian reported clause that make a quoted fragment
#: (a mixed quote) rather than a term set in marks.
MIN_QUOTED_FRAGMENT_WORDS_ID = 4
#: Indonesian words of speech, never of a term: degree adverbs, negations, modals and pronouns. A
#: short span in single marks holding one is a quoted fragment (``'sangat keliru'``, ``'tidak adil'``),
#: not a term (``'harta karun'``).
_SPEECH_WORDS_IN_MARKS_ID = frozenset("sangat amat terlalu paling sungguh agak tidak tak bukan belum sudah telah "
                                      "akan harus bisa saya aku kami kita kamu mereka".split())
#: A mixed report of a naming cue needs only this many words ("called it “shameful”").
MIN_NAMING_WORDS = 2
#: Characters a naming cue's pronoun object may add before its quoted name ("called that “…”").
NAMING_OBJECT_REACH_EN = 8
#: A naming cue at the end of the text before a quote, with at most a pronoun object after it.
_NAMING_CUE_THEN_OBJECT_EN = re.compile(r"\b(?:call|calls|called|calling)(?:\s+(?:that|it|this|them))?$", re.I)
#: Longest English opening phrase (in tokens, with its comma) before a sentence's subject
#: ("Facing growing criticism from Democrats and Republicans alike, Mr. Lee …").
MAX_OPENER_TOKENS = 16
#: Most tokens from a name's comma to the comma closing its apposition in an opening clause
#: (``When Tom Bell, also known as the Fixer, lost …``).
MAX_PAST_APPOSITION_TOKENS = 10


#: Prepositions that open an adverbial between an English cue and its clause ("said in a statement …").
_CLAUSE_PREPS_EN = frozenset("in at on during via from after before".split())
#: Words opening the hearer of a cue before its ``that`` (``joked to reporters that …``).
_HEARER_OPENERS_EN = _DETERMINERS_CLAUSE_EN - {"this"} | frozenset(
    "our my your him them us me reporters journalists supporters voters lawmakers officials police officers students "
    "members colleagues".split())
#: The most tokens from ``without`` to ``that`` after a cue ("claimed without any evidence that …").
MAX_WITHOUT_TOKENS_EN = 6
#: The most words a hearer phrase takes between ``to`` and ``that``.
MAX_HEARER_TOKENS_EN = 6
#: Speech verbs that take a quote as their object inside a sentence ("saying "of course" X can …").
_REPORTING_BEFORE_QUOTE_EN = frozenset("saying said says adding added arguing argued insisting insisted".split())
#: ``inform`` reports only a that-clause after its hearer (``informed Ray that …``), never ``informed X of/about …``.
_INFORM_EN = frozenset("inform informs informed informing".split())
#: English tell-verbs and their like (``assured``, ``informed``): a hearer may stand between the verb
#: and its clause (``told the group at a rally that …``).
_TELL_EN = frozenset("tell tells told telling assure assures assured assuring".split()) | _INFORM_EN
#: English cues taken before a bare clause with a subject of its own ("he added he was glad").
_ADDED_EN = frozenset("added adds adding".split())
#: A dotted abbreviation of a name ("U.S.", "U.N.") in a short subject phrase.
_ABBREV_NAME_EN = re.compile(r"[A-Z](?:\.[A-Z]){1,2}")
#: A subordinator with no comma before it, closing the text before a later source: the
#: subordinate clause, that source's words included, belongs to the report before it.
_SUBORDINATE_REPORT_EN = re.compile(r"[^\s,;:—–-]\s+(?:when|until|because|since|before|after|if|unless|once)\s+$")
#: English participles of speech that open a report after an adverb and a comma ("…, only saying …").
_SPEECH_PARTICIPLES_EN = frozenset("saying telling adding noting writing arguing insisting suggesting claiming explaining "
                                   "warning".split())
#: English ``…, Ms Lee points out.``: the cue and its particle.
_POINT_FORMS_EN = frozenset("point points pointed".split())
_POINT_OUT_EN = re.compile(r"\s+out\b")
_BY_MEDIUM_END_EN = re.compile(r"\s+by\s+[^,;:“”\"]{1,60}[.!]?\s*$")
_QUOTED_AS_END_EN = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+quoted\s+as$")
#: Lower-case words that end a named hearer after ``told`` ("KDB Radio 4's Breakfast programme").
_HEARER_NOUNS_EN = frozenset("programme program show newspaper paper agency".split())
_HEARER_NUMBER = re.compile(r"\d+(?:['’]s)?")
#: Cues whose object is an account (``described the scene``, ``described how the talks went``):
#: a report only with words in quotation marks or with a characterisation (``described it as …``).
_DESCRIBING_CUES_EN = frozenset("describe describes described describing".split())
#: Words opening when, where or how something was said (``as she left``, ``during an interview``,
#: ``by telephone``).
_CIRCUMSTANCE_LEAD_EN = re.compile(r"(?:during|as|in|at|by\s+(?:tele)?phone|by\s+e-?mail)\b")
#: A quotation closing right before a subject (``“…,” Lee``, ``''…?'' Lee``).
_QUOTE_CLOSED_BEFORE_EN = re.compile(r"[,?!.](?:" + _CLOSING_MARK_ALTERNATION + r")\s*(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?$")
#: ``as`` after the object, no comma between (``the levy as a burden``; not ``how, as a boy, …``).
_CHARACTERISED_AS_EN = re.compile(r"[^\s,] as ")
#: Particles that make ``call`` a request or a cancellation ("called for", "called on", "called off").
_CALL_PARTICLES_EN = frozenset("for on off up in out back".split())
#: Prepositions that, after a cue and any time words, open an adverbial ending in a quoted title
#: ("said Sunday on KBX's “Meet the Mayor.”", "said of the claim in a call to KBX's “This Evening.”").
_ADVERBIAL_PREPS_EN = _CLAUSE_PREPS_EN | {"of"}
#: ", including" opening an aside that names members of the group before it ("Several candidates, including Brandt,").
_MEMBERS_ASIDE = re.compile(r",\s*(?:including|among them)\s+[^,]*$")
#: Most tokens of an English dateline before its dash ("ORLANDO , Fla . ( Reuters ) -").
MAX_DATELINE_TOKENS = 10

#: the longest ``yang`` clause between an Indonesian speaker and the cue ("X yang juga hadir … menegaskan")
MAX_YANG_CLAUSE_TOKENS = 20
#: Words that may open a quantity ("about half", "over 200") as well as an adverbial ("about the plan").
_APPROXIMATORS_EN = frozenset("about around over under".split())
#: Quantity words after such a word that open a reported clause's subject ("said about half of …").
_QUANTITIES_EN = NUMBER_WORDS_EN | frozenset("half one dozens hundreds thousands millions".split())
#: Most lower-case words between a dash aside's closing dash and the cue ("— have long argued").
MAX_AFTER_ASIDE_WORDS = 2
#: Nouns of an occasion of speaking in an adverbial after a cue ("said in a statement Thursday they …").
_SPEECH_NOUNS_EN = frozenset("statement interview speech letter email e-mail call conference briefing rally "
                             "release post tweet video appearance remarks address op-ed column debate hearing "
                             "meeting memo broadcast podcast".split())
#: Nouns of an utterance that a participle cue may follow ("a statement saying …", "tweets calling …").
_UTTERANCE_NOUNS_EN = frozenset("statement statements letter letters email emails tweet tweets post posts message "
                                "messages release memo video ad ads note report petition lawsuit complaint filing "
                                "motion calls op-ed column editorial".split())
#: Prepositions that after "said," open the reported clause itself ("…, he said, for Democrats to act now").
_CLAUSE_OPENING_PREPS_EN = frozenset("for".split())
#: ", which" / ", whom" closing the words before the subject of a relative clause's cue ("…, which he said …").
_RELATIVE_BEFORE = re.compile(r",?\s*\b(?:which|whom)\s*$")
#: Words opening an English subordinate clause before the main clause ("While critics argue …, the …"):
#: the subordinators without "as" and the prepositions.
_SUBORDINATE_CLAUSE_OPENERS_EN = _CLAUSE_SUBORDINATORS_EN - {"as"} | {"whereas"}
#: Subordinators that may stand before an English sentence's opening participle cue ("While saying …, he …",
#: "After saying A, she …").
_PARTICIPLE_LEADS_EN = frozenset({"While", "Whilst", "After", "Before"})
#: Concessive subordinators of an aside set after a named subject ("Lee, though she praised …").
_CONCESSIVE_EN = frozenset({"though", "although", "while", "whereas"})
#: Auxiliaries that open a predicate after an apposed name ("One of them, Ann Lee, had served …").
_AUXILIARIES_AFTER_NAME_EN = frozenset("had has have was is".split())
#: A lower-case English present-tense form in -s (``takes``, ``says``), not ``-ss`` (``less``).
_PRESENT_VERB_EN = re.compile(r"[a-z]{2,}[^s']s")
#: The most words of a bare plural noun phrase before a relative clause ("local party officials who …").
MAX_BARE_HEAD_WORDS = 3
#: The longest lower-case title set off after ``Menurut X,`` (``salah satu pendiri Lembaga Y``).
MAX_LOWER_APPOSITION_WORDS = 12
#: How many comma-set fields a title set off after ``Menurut X,`` may list (``Divisi A, B, dan C``).
MAX_LISTED_APPOSITION_FIELDS = 5
#: Words opening an English subject noun phrase that a restrictive relative clause may follow
#: before the cue ("The judges who ruled … said", "Another voter who … said").
_RESTRICTED_HEAD_OPENERS_EN = frozenset("the a an another some those many several most two three four five".split())
#: An opening mark right after a sentence, in the same paragraph (English).
_QUOTE_OPENS_NEXT = re.compile(r"[ \t\xa0]*(?:[“\"]|'')")
#: An English subordinator closing the words before the next source's subject ("…, whereas Lee said …").
_SUBORDINATOR_BEFORE = re.compile(r",?\s*\b(?:%s)\s*$" % "|".join(sorted(_SUBJECT_SUBORDINATORS_EN | {"as"})))
#: An English speech noun and the contact clause of its speaker ("a speech Ms. Lee delivered at …",
#: "an interview his brother Tom Ray gave to ITV", "an account she gave"): group 1 is the speaker.
_SPEECH_CONTACT_EN = re.compile(
    r"(?:a|an|the)\s+(?:(?:recent|new|later|earlier|televised|private|public)\s+)?"
    r"(?:speech|interview|statement|address|lecture|talk|testimony|op-ed|post)\s+"
    r"((?:his|her|their|its)?\s*[^\s,;:]+(?:\s+[^\s,;:]+){0,4}?)\s+"
    r"(?:gave|delivered|made|wrote|posted|published|granted|sent|filed)\b")
#: After a cue set off by commas, a noun phrase with a relative or ``-ed by`` clause running to the
#: sentence end (``, a plan that could help``, ``, a move welcomed by …``): a comment, no report.
_CLOSING_APPOSITION_EN = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,2}[\w-]+\s+(?:that|which|who|whose|[a-z]+ed\s+by)\s"
                                    r"[^,;:“”\"]*[.!?]?\s*$")
#: A comma, then a short subject right before a cue (``…, Ruiz said``, ``…, the farm board said``).
_COMMA_THEN_SUBJECT_EN = re.compile(r",\s+(?:[\w.’'-]+\s+){1,6}$")
#: Most words of a subject between a comma and a closing cue when a long title precedes the name.
MAX_TITLED_SUBJECT_WORDS_EN = 8
#: Most tokens from a comma to a closing cue read as its subject (the comma and five words:
#: ``, the farm board's chief said``); more make a clause of its own unless a titled name ends them.
MAX_COMMA_SUBJECT_TOKENS_EN = 6
#: Most plain words between a determiner and a noun's own ``that`` clause (``the bold claim that``).
MAX_NOUN_WORDS_BEFORE_THAT_EN = 2
#: Small words that may stand inside a title before a name (``Director of Public Affairs``).
_TITLE_SMALL_WORDS_EN = frozenset("of the for and on".split())
#: A capitalised word of a name (``Berg``, ``O’Neill``, ``Abu-Laban``), no initials or digits.
_NAME_WORD_EN = re.compile(r"[A-Z][a-z]+(?:[’'-][A-Za-z][a-z]+)?")
#: Subordinators closing the words before a mid-sentence ``, according to X,`` (``left after, according
#: to X, …``): the clause they open follows the source.
_SUBORDINATORS_BEFORE_SOURCE_EN = frozenset("after because since when although though while before until".split())
#: Subordinators of time after a cue's hearer (``told reporters as she left``): the telling's
#: circumstance, no reported clause (a later ``that`` opens one: read before this).
_TIME_SUBORDINATORS_EN = frozenset("as when while".split())
#: Words after ``as`` that make it no time clause but the report's opening (``told reporters as many
#: as 40 homes …``, ``as long as …``).
_AS_REPORT_OPENERS_EN = frozenset("many much long soon well far of".split())
#: After ``…, said X,``: a preposition opening a phrase that closes the sentence (``, with games …``).
_PREPOSITION_TAIL_EN = re.compile(r"\s*(?:with|without|including|like|from|for|in|at|on|amid|among)\s")
#: ``according to him``: an object pronoun alone up to the comma or the sentence end.
_OBJECT_PRONOUN_SOURCE_EN = re.compile(r"\s+(him|her|them)\s*[.,;]?\s*$")
_SUBJECT_OF_OBJECT_PRONOUN_EN = {"him": "he", "her": "she", "them": "they"}
#: A dash closing the clause before a bare ``according to`` (``… flat wrong — according to X``).
_CLOSING_DASH_EN = re.compile(r"\s+(?:—|–|--)\s*$")
#: After the comma closing a bare ``according to X``, a conjunction opening the writer's next clause.
_NEXT_CLAUSE_AFTER_SOURCE_EN = re.compile(r"\s*(?:but|and|while|though|although)\s")
#: A date on the end of an English source phrase after ``according to``: ``on Wednesday``, with a
#: participle before it (``released on Thursday``), or ``last week`` right after the noun.
_TRAILING_DATE_EN = re.compile(
    r"(?:\s+[a-z]+ed)?\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?<![a-z]ed)(?<!taken)(?<!out)\s+last\s+(?:week|month|year|night)")
#: "that" closing the words before a reported clause ("said that “…”").
_THAT_BEFORE = re.compile(r"\bthat\s*$")
#: Indonesian ``bahwa`` right before a reported clause ("mengatakan bahwa “…”").
_BAHWA_BEFORE_ID = re.compile(r"\bbahwa\s*$")


#: English present-tense cues that any source phrase may voice before a clause ("research suggests …").
_PRESENT_CLAUSE_EN = frozenset(f for v in """explain argue warn insist suggest declare acknowledge conclude reveal
predict admit assert contend concede allege""".split() for f in (v, v + "s"))
#: Irregular English past forms that end a subject noun phrase as its verb ("The senator sought …").
_IRREGULAR_PAST_EN = IRREGULAR_PAST_EN | MOTION_PAST_EN | frozenset("""became dealt drew gave left made sent struck thought
took withheld wrote""".split())
#: Lower-case entries of the title lexicon that are no title before a name ("the", "us"). They stay in
#: en.json ``titles`` as the parts of multi-word roles read word by word (``vice president``,
#: ``secretary of state``, ``ex-minister``): taking them out there lost PolNeAR dev matches.
_NOT_TITLE_WORDS_EN = frozenset("the a an of us ex vice".split())
#: At most this many tokens (punctuation included) from a named possessor's body (``Lee's campaign``) to the cue it does.
MAX_BODY_SUBJECT_REACH = 16
#: Most words of a subject's noun before its relative ``that``/``which`` (``A new rule that …``).
MAX_RELATIVE_SUBJECT_WORDS = 4
#: How many characters the relative report's first word (``would``, ``was``) is read in.
MAX_FINITE_WORD_CHARS = 12
#: A finite verb of a main clause after a relative clause's report ("… would ban cars was passed").
_MAIN_FINITE_EN = re.compile(r"(?<=[a-z])(?<!\bthat)(?<!\bwhich)(?<!\bwho) (?:was|were|is|are|has|have|had)\b")
#: Adverbs allowed between a subject and its irregular past verb after a named hearer ("her group never met").
_IRREGULAR_ADVERBS_EN = frozenset("never not also already once later".split())
#: Most lower-case words (adverbs included) after the determiner before that irregular past verb.
MAX_IRREGULAR_SUBJECT_WORDS = 3
#: English place adverbs that open a sentence before a comma ("There, the county chairman …").
_PLACE_ADVERB_OPENERS_EN = frozenset({"There", "Here"})
#: A subject pronoun and a finite verb read as a description before a cue word used as a noun
#: (``they are not for artistic reasons``): a clause, never a source.
_CLAUSE_AS_SUBJECT_EN = re.compile(r"(?:[Tt]hey|[Ww]e|[Hh]e|[Ss]he|[Ii]t|I|[Yy]ou) (?:are|is|was|were|am)"
                                   r"(?: (?!(?:and|but|or|he|she|they|we|it|you|who|that)\b)[a-z]+)+")
#: Determiners opening a short English lead before a mid-sentence cue: the lead is the subject
#: of the reported clause (``The answer, says Ann Lee, is …``), not an adverb (``However, …``).
_DETERMINER_LEADS_EN = frozenset("the a an his her their its our my your this that these those".split())
#: Contracted auxiliaries after an English subject pronoun ("He’s", "She's").
_PRONOUN_CONTRACTIONS_EN = frozenset({"'s", "’s"})
#: English cue phrases of several words ("made it clear (that) …"); like a weak cue, one reports only a clause.
_PHRASE_CUES_EN = re.compile(r"\b(?:made|make|makes|making)\s+(?:it\s+)?(?:(?:very|abundantly|quite|perfectly)\s+)?clear\b")
#: Words after a quote's cue that open where, when or how it was said ("said aboard his plane").
_ASIDE_OPENERS_AFTER_CUE_EN = frozenset("without outside aboard onstage backstage by twice late".split())
#: Words after a cue that may open the reported clause itself ("said that …", "said this is …").
_CLAUSE_SUBJECT_WORDS_EN = frozenset("that this these those everything".split())
#: Words right after ``asked`` that open no question nor request (``asked for a recount``, ``asked
#: questions about …``).
_ASKED_FOR_EN = frozenset("for about questions question".split())
#: Prepositions naming the topic a cue verb speaks of (``boasted loudly about his win``): no reported clause.
_ADVERB_TOPIC_PREPS_EN = frozenset("about of".split())
#: Tokens a comma-set setting after a cue may span ("…, in a brief call on Monday, about …").
MAX_ASIDE_SETTING_TOKENS_EN = 9
#: Tokens a tell-cue's hearer may span before such a setting ("told the city council, …").
MAX_TOLD_HEARER_TOKENS_EN = 3
#: Words that open a clause's subject (``…, according to X, the bridge …``).
_SUBJECT_LEADS_EN = frozenset("the his her its their a an he she they it we i".split())
#: Fewest tokens before a ``that`` that a second source (``, A, and Lee said``) may hold.
MIN_SECOND_SOURCE_TOKENS_EN = 5
#: How far (in tokens) after a cue a ``that`` may stand when a comma-set aside and ``, and <cue>``
#: come between (``said, in a long speech to the council, and later told reporters, that …``).
MAX_SECOND_CUE_ASIDE_TOKENS_EN = 20
#: Fewest tokens from the setting's comma to the topic preposition (``, in Ely, about``).
MIN_ASIDE_TOPIC_TOKENS_EN = 5
#: Words that open a time phrase before another time lead (``late on Monday``, ``early last week``).
_LATE_EARLY_EN = frozenset("late early".split())
#: Characters read back from a stance verb's ``and`` for the two words before it (``was flawed and``).
VERB_PAIR_LOOKBACK_CHARS_EN = 40
#: Words after ``of`` that make a sentence adverb, no topic (``of course``, ``of all places``).
_OF_SENTENCE_ADVERB_WORDS_EN = frozenset("course all".split())

#: Conjunctions that, right after a mid-sentence cue, carry the reported sentence on (``…, he says,
#: because …``), unlike a time or manner phrase about the saying (``…, she said, in a phone call``).
_REASON_CONJUNCTIONS_EN = frozenset("because although though unless".split())
#: Lower-case words inside a capitalised name or programme title (``The Star of Dover``, ``Hour at Ten``).
_TITLE_LINKS_EN = frozenset("of at on in for".split())
#: A comma and one of those conjunctions right after a mid-sentence cue (``…, she says, because …``).
_REASON_AFTER_COMMA_EN = re.compile(r"[ \t]*,[ \t]*(?:" + "|".join(sorted(_REASON_CONJUNCTIONS_EN)) + r")\b")
#: English aspect verbs before a cue's -ing form (``kept asking``, ``began saying``).
_GERUND_ASPECTS_EN = frozenset("kept keeps keep began begins started starts continued continues".split())
#: A closing quotation mark.
_CLOSING_MARK = re.compile(_CLOSING_MARK_ALTERNATION)
#: A comma, then a closing mark, ending a text (``praised the “brave crews,”``).
_COMMA_CLOSING_MARK_END = re.compile(r",\s*(?:" + _CLOSING_MARK_ALTERNATION + r")\s*$")

#: English words a noun phrase naming a source cannot end in: the phrase runs on past the
#: subject ("the authors of the", "Some seek to", "a politician who").
_OPEN_ENDS_EN = frozenset("""the a an of to for with without about than by from in on at into over before after as and or but
who which whose that""".split())
#: English finite auxiliaries and copulas: a subject phrase holding one outside a relative clause
#: is a whole clause ("The ruling was a setback for Brandt", "It is worth").
_FINITE_WORDS_EN = _FINITE_EN | frozenset("shall 's 're".split())
#: English auxiliaries that the cue verb itself may hang on ("Lee has long said", "aides would
#: only say"): the words before one are the subject.
_CUE_AUXILIARIES_EN = frozenset("has have had will would can could may might must should shall".split())
#: English words between such an auxiliary and the cue that leave it the cue's ("has long", "have both").
_AUXILIARY_FILLERS_EN = frozenset("been being both long since only also all never just not".split())
#: English prepositions that open an adverbial, never a source ("over the weekend", "to the committee").
_ADVERBIAL_OPENERS_EN = frozenset("to in on over at by for from into".split())
#: English prepositions before a source that reports in a clause of its own ("as police said",
#: "with 31 percent of voters saying"): the source follows them.
_SOURCE_LEADS_EN = frozenset("as with".split())
#: English prepositions before a participle cue whose subject is the sentence's ("X began by
#: saying", "X was criticised for saying", "X spoke on TV before claiming").
_PARTICIPLE_PREPS_EN = frozenset("by for before after".split())
#: Participle cues that report for the subject with no comma before them, after its verb's object
#: ("Airlines attacked the law saying …").
_BARE_PARTICIPLE_CUES_EN = frozenset("saying arguing insisting claiming".split())
#: Plural nouns of people before such a participle, who may themselves be saying it ("met voters saying"),
#: unless a preposition governs them ("attacked the plans for pensioners saying"): those beyond the
#: lexicon's ``crowd_nouns`` (``residents``, ``fans``), which count as well.
_PEOPLE_PLURALS_EN = frozenset("people children men women police crowds".split())
#: Endings of such plural nouns of people (``voters``, ``activists``, ``residents``, ``employees``).
_PEOPLE_PLURAL_ENDINGS_EN = ("ers", "ors", "ists", "ants", "ents", "ians", "ees")
#: Prepositions that govern such people, who then do not say it (``the plans for pensioners saying``).
_OBJECT_PREPS_EN = frozenset("for to about on".split())
#: Quotation marks that may open a quote right after a cue.
_OPENING_QUOTE_MARKS_EN = frozenset('"“‘\'')
#: Sentence conjunctions with their space, for a cheap test of a sentence's opening ("But the …").
_CONJUNCTION_OPENINGS_EN = tuple(w + " " for w in sorted(SENTENCE_CONJUNCTIONS_EN))
#: How many characters of a sentence's opening are read for its first words (``But the``, ``Despite``).
SENTENCE_OPENING_REACH_EN = 12
#: Wh-words after such a copula that open the clause holding the subject ("That is why critics say").
_WH_WORDS_EN = frozenset("why how where when".split())
#: English quantifiers that stand for a group of sources on their own ("Some seek to …, and argue"):
#: those of ``_QUANTIFIERS_EN`` that are plural.
_GROUP_QUANTIFIERS_EN = _QUANTIFIERS_EN - frozenset("none one another someone somebody everyone".split())
#: English present-perfect auxiliaries between a relative ``who`` and its cue ("Lee, who has said …";
#: not "had", the back-shifted tense of a clause inside another's report: "Roe said he had visited
#: Lee, who had told him …").
_PRESENT_PERFECT_AUXILIARIES_EN = frozenset("has have".split())
#: A relative clause set off right after a phrase ("…, who have argued", "…, whose lawyers said").
#: The relative ``who`` before a cue, with a glued ``has``/``is`` (``Lee, who’s argued …``).
_WHO_FORMS_EN = frozenset({"who", "who’s", "who's"})
#: Relative pronouns that open an aside clause after a comma (``the plan, which officials said …``).
_ASIDE_RELATIVES_EN = frozenset({"which", "whom", "who"})
#: Auxiliaries of a relative clause's cue (``who has long said``).
_PERFECT_AUXILIARIES_EN = frozenset("has have had long".split())
#: Irregular English past forms that open a predicate after "and" ("and cast doubt on …").
_PREDICATE_PAST_EN = _IRREGULAR_PAST_EN | frozenset("cast put set".split())
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:who|whose)\b")
#: English prepositions opening an adverbial between an auxiliary and the cue ("has throughout
#: his campaign said", "have in the past argued").
_ADVERBIAL_PREPOSITIONS_EN = frozenset("in at on during throughout since for over after before".split())


#: Prepositions that open a phrase before the subject (``Of the voters, 40 said``).
_PREP_OPENERS_EN = frozenset("of among in for from at on with by amid after before during".split())
#: A time phrase after a named hearer ("told The Star last week she …").
_HEARER_TIME_OPENERS_EN = frozenset("last this next on earlier".split())
_HEARER_TIME_NOUNS_EN = _TIME_EN - frozenset("yesterday today tonight earlier later recently previously".split())
#: An apposition's opening right before a description (", a Republican who …").
_APPOSED_BEFORE_EN = re.compile(r",\s+(?:an?\s+)?$")
#: Words before an English ``reason`` that make it the noun (``one reason``, ``the main reason``).
_REASON_NOUN_LEADS_EN = frozenset(
    "one the a another main key only other big biggest major first second real good no this that whatever for "
    "every some any chief primary".split())


def _object_opener_en(word: str) -> bool:
    """Whether lower-cased English ``word`` (``^`` marking a capital) can open a verb's object
    that reports in a participle clause: a determiner, a number or a capitalised word."""
    return word in _NOUN_DETERMINERS_EN or word in ("a", "an", "this", "these", "those", "most") \
        or word[:1].isdigit() or word.endswith("^")


def _clause_shaped_en(words: List[str]) -> bool:
    """Whether lower-cased English ``words`` read before a cue are a clause or a fragment, not a
    noun phrase: they end in a function word, open with a preposition of place or time, hold a
    finite auxiliary outside a relative clause, or open with a pronoun and its verb."""
    if words[1:2] in (["least"], ["most"], ["many"], ["much"]):
        pass  # "At least half of voters", "as many as 40 percent": a quantity
    elif words[0] in _SOURCE_LEADS_EN or words[0] in _ADVERBIAL_OPENERS_EN:
        return True
    if words[-1] in _OPEN_ENDS_EN:
        return True
    if len(words) >= 2 and words[0] in _ANY_SUBJECT_PRONOUN_EN and words[1] not in ("and", "or", "&"):
        return True  # "It means", "he looked into the camera"
    for k, w in enumerate(words):
        if (k or w == "what") and w in ("who", "whom", "which", "whose", "that", "what"):
            return False  # "executives who have worked with him": the verb is the relative clause's
        if w in _FINITE_WORDS_EN or w.endswith(("'s", "'re")) and (w[:-2].rstrip("'") in _ANY_SUBJECT_PRONOUN_EN or w[:-2].rstrip("'") in {"that", "there", "what"}):
            return True
    return False


#: Particles and prepositions right after a verb (``spilled out``, ``gathered in``).
_PARTICLES_EN = frozenset("out up down in into onto on at from over off across through around outside".split())
#: At most this many words name a hearer before a show's title in marks ("told ABC's “…”").
MAX_HEARER_WORDS = 3
#: An English subject pronoun glued to its verb (``it's``, ``they're``, ``that’s``, ``I'm``).
_PRONOUN_CONTRACTION_EN = re.compile(r"(?:" + "|".join(sorted(_SUBJECT_PRONOUNS_IT_EN | {"you", "that", "there"}))
                                     + r")['’](?:s|re|ve|ll|d|m)\b", re.I)
#: Conjunctions opening the next clause after a cue's pronoun object and a comma (``denied it, but …``).
_OBJECT_THEN_CONJUNCTIONS_EN = frozenset("but and or so yet then".split())
#: Quantifiers of a group asked as a whole or one by one (``asked each of the candidates why …``).
_PARTITIVE_HEARERS_EN = _QUANTIFIERS_EN - frozenset("few one others another someone somebody everyone".split()) \
    | frozenset("each either neither".split())
#: How many tokens after ``asked`` are read for its question, its request or its hearers.
MAX_ASKED_SCAN_TOKENS = 7
#: A comma of a list of named hearers after ``asked`` (``asked Lee, Ray and Park to …``) stands
#: before this token.
MAX_HEARER_LIST_COMMA = 6
#: How many tokens after ``informed`` may come before its ``that``; with none, the verb takes a
#: topic (``informed the board of the plan``), no clause.
MAX_INFORM_THAT_TOKENS = 8
#: Most tokens of a short inverted cue set off by commas before a participle (``A, Lee added,
#: saying B``).
MAX_INVERTED_CUE_TOKENS = 6
#: A subject before a long apposition or aside and a say-verb (``_long_apposition_subject_en``)
#: may run to this many times ``MAX_SUBJECT_TOKENS``.
LONG_APPOSITION_SUBJECT_FACTOR = 3
#: A long aside between a subject's commas (``_apposed_subject(long_aside=True)``) may run to this
#: many times ``MAX_SUBJECT_TOKENS``.
LONG_ASIDE_FACTOR = 2
#: Words opening a description that may be the source after the clause it reports
#: (``…, his brother added``, ``…, a federal judge ruled``).
_POST_DESCRIPTION_LEADS_EN = _OCCASION_DETERMINERS_EN  # the articles and the third-person possessives, and "our"
#: The most words of such a description.
MAX_POST_DESCRIPTION_WORDS = 4
#: Nouns of something said that "that" may point back to as a cue's object ("echoed that promise
#: on Monday, saying …", "repeated that message"): with no predicate after them, no clause.
_SAID_THING_NOUNS_EN = frozenset("promise pledge vow approach comment message point view sentiment argument "
                                 "theme claim assessment warning criticism concern position stance call line idea "
                                 "remark charge".split())
#: Forms of "write": their object is as often the thing written as a reported clause, and before
#: "off" they cancel a debt or a hope ("written off"), no speech.
_WRITE_EN = frozenset("write writes wrote written writing".split())
#: Prepositions after the things written (``wrote songs about …``, ``written articles on …``).
_WRITTEN_OBJECT_PREPS_EN = frozenset("about on for of in to from".split())
#: A lower-case plural noun (``articles``, ``songs``), not ``-ss`` (``less``) or ``-us``/``-is``.
_PLURAL_NOUN_EN = re.compile(r"[a-z]{2,}[^sui']s")
#: Words that are the object of "say" itself, no reported clause: "said goodbye", "said grace",
#: "said prayers" (not "thanks": "said thanks to the cut, firms grew"; nor "no": the news counts
#: "says no to the plan" as a report).
_SPOKEN_OBJECTS_EN = frozenset("goodbye good-bye farewell hello grace amen prayers".split())
#: The forms of "say" (a spoken object such as "goodbye" follows no other cue).
_SAY_FORMS_EN = frozenset("say says said saying".split())
#: Pronoun objects after an English cue: "said nothing about it" reports no clause.
_EMPTY_OBJECTS_EN = frozenset("nothing anything something".split())
#: A sentence-opening subordinator and a subject of one to three words right before a cue
#: (``After she posted``, ``But when the club confirmed``).
_SUBORDINATE_SUBJECT_BEFORE_EN = re.compile(
    r"(?:^|[.!?]\s+|\n|\b(?:But|And|Yet|So)\s+)(?:[Aa]fter|[Ww]hen|[Bb]efore|[Oo]nce|[Uu]ntil|[Ss]ince|[Bb]ecause|"
    r"[Ii]f|[Uu]nless|[Aa]lthough|[Tt]hough|[Ww]hile|[Ww]hilst)\s+(?:[\w'’.-]+\s+){1,3}$")
#: How far back (characters) the subordinator of a cue's clause is looked for.
SUBORDINATE_SUBJECT_REACH_EN = 60
#: The second of two things in ``one … and another``, closing a subject phrase.
_ONE_AND_ANOTHER_EN = re.compile(r"\band ((?:the )?other|another)$")
#: ``one accusing …``: "one" and a participle of its own (one of several things, each doing something).
_ONE_DOING_EN = re.compile(r"[Oo]ne [a-z]+ing\b")
#: How far (in characters) after a described subject's cue its ``that`` is looked for
#: ("The Harbour Board announced that …").
THAT_REACH_CHARS_EN = 60
#: Lower-case nouns of a group of people that may speak as one (``a group that opposed it and said …``).
_GROUP_HEADS_EN = frozenset("group groups body panel team family families crowd union unions committee".split())
#: Pronoun subjects of a cue in an "if"/"unless" clause (``if I say …``).
_CONDITIONAL_SUBJECTS_EN = _SUBJECT_PRONOUNS_EN | {"you"}
#: Nouns of a claim whose "that" clause a denial or a confirmation reports ("denied accusations that …").
_DENIED_CLAIM_NOUNS_EN = frozenset("accusation accusations allegation allegations claim claims report reports suggestion "
                            "suggestions rumour rumours rumor rumors notion speculation charge charges".split())
#: Words after "said so" that leave "so" a reference back, not a clause's opener ("says so himself").
_SO_FOLLOWERS_EN = frozenset("himself herself themselves itself myself ourselves too again openly publicly repeatedly".split())
#: English prepositions and verbs' companions before an object phrase ("a call from listeners who
#: said", "with speeches and promises to …").
_OBJECT_PREPOSITIONS_EN = frozenset("from of with by to for about among against between".split())
#: Words before ``all``/``both``/``each`` that make it their object, not a quantifier floating after
#: the subject (``officials of both``, ``fans of them all``).
_QUANTIFIED_PREPS_EN = _OBJECT_PREPOSITIONS_EN | _ADVERBIAL_PREPOSITIONS_EN | {
    "and", "or", "them", "us", "you"}
#: Subordinators opening a question put to the speaker after the cue ("said, when asked about …").
_ASKED_ASIDE_LEADS_EN = frozenset("when if after once before".split())
#: Most tokens of an opening adverbial before a subordinate clause ("In June 2001, after …").
MAX_SUBORDINATE_LEAD_TOKENS = 6
#: Degree words before an amount of talk ("said very little", "said almost nothing").
_SCANT_DEGREES_EN = frozenset("very so too almost next".split())
#: Prepositions of the topic after such an amount ("said much about …").
_SCANT_TOPIC_PREPS_EN = frozenset("about over on regarding".split())
#: English modals before a cue verb: "could say", "will tell" report no statement made.
_MODALS_EN = _REPORT_MODALS_EN - {"won't", "can't"}
#: Auxiliaries that end a short answer after a cue ("said he would.", "said they did.").
_SHORT_ANSWER_AUXILIARIES_EN = _MODALS_EN | _FINITE_EN | frozenset(
    "wasn't weren't isn't didn't doesn't won't wouldn't couldn't".split())
#: Adverbs that may stand between such a modal and the cue ("will ever tell", "cannot yet say").
_UNASSERTED_ADVERBS_EN = frozenset("ever yet necessarily really even likely probably surely certainly".split())
#: Verbs that give a name or label ("what he called a “breach”"): after "what", no statement reported.
#: A named subject and its cue with a colon after a quoted fragment's comma ("“a disgrace”, (and) Reed
#: added: “…”"): the report ends with the fragment; the colon opens another speaker's quote.
_NAMED_COLON_CUE_AFTER_QUOTE_EN = re.compile(r",\s*(?:(?:and|but)\s+)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}\s+([a-z]+)\s*:")
#: An English report's end running into the next clause's subject, named right after it in
#: commas ("… leaders but his lawyer" before ", Tom Hale, told …").
_APPOSED_NEXT_SUBJECT_EN = re.compile(BUT_NOUN_EN + "$")
_APPOSED_NAME_NEXT_EN = re.compile(APPOSED_FULL_NAME_EN)
#: Words besides a determiner that may stand before a quoted modifier in a cue's object ("another 'fair' deal").
_MODIFIER_QUOTE_LEADS_EN = frozenset("another new our my your".split())
#: Most words of a quoted modifier inside a noun-phrase object ("a 'firm but fair' policy").
MAX_MODIFIER_QUOTE_WORDS_EN = 4
_NAMING_VERBS_EN = frozenset("call calls called described describes dubbed dubs termed terms labeled labelled".split())
#: Things one claims or declares rather than a statement ("claimed responsibility", "declared victory").
#: Singular heads of a described person that are no titles (``a senior government figure``).
_PERSON_HEADS_EN = frozenset("figure insider".split())
#: Modifiers that make a ``figure`` a number, not a person (``the latest official figure``).
_DATA_FIGURE_MODIFIERS_EN = frozenset("latest official monthly quarterly annual weekly quarter inflation sales growth "
                                       "final provisional revised headline unemployment trade".split())
_CLAIMED_THINGS_EN = frozenset("victory victories responsibility credit residency ownership bankruptcy asylum "
                               "independence war".split())
#: Most tokens from a naming cue's object pronoun to the quoted label.
MAX_NAMED_ASIDE_TOKENS = 8
#: Naming participles whose object pronoun may stand before an aside and the quoted label
#: ("calling him, among other things, “…”"; the pronouns are speakers' ``_OBJECT_PRONOUNS_EN``).
_NAMING_PARTICIPLES_EN = frozenset("calling dubbing terming labeling labelling describing".split())
#: Fewest title-case words in marks that name a work (``“Quiet Harbour”``); one capitalised word
#: (``“Orwellian”``) may be a proper adjective voiced as a label.
MIN_WORK_NAME_WORDS_EN = 2
#: Naming participles after an indefinite object ("a website called “…”", "a group dubbed …"): no speech.
_NAMED_PARTICIPLES_EN = frozenset("called dubbed termed labeled labelled".split())
#: At most this many words name the labeller between "what" and the naming verb ("what aide Kevin Ford called").
MAX_NAMER_WORDS = 3
#: Adverbs after "would" that make it a past habit or a later event ("would later say", "would often tell").
_NARRATIVE_WOULD_ADVERBS_EN = frozenset("later often always sometimes eventually subsequently repeatedly".split())

#: More English prepositions opening a sentence before its subject ("Inside the hall, Lee …", "Amid the
#: protests, …"): the phrase up to its comma is no part of the subject.
_OPENING_PREPS_EN = frozenset("inside outside amid amidst among alongside despite throughout within behind beyond near following "
                              "like unlike across around against under over through between toward towards".split())
_OPENERS_BEFORE_SUBJECT_EN = _SUBORDINATORS_EN | _OPENING_PREPS_EN

#: Numbers and quantifiers opening an English subject of a group ("two speechwriters", "Several groups").
#: the kind of an unnamed source's mention (``an architect who said …``): its report has no speaker.
_UNNAMED = "unnamed"
_HEAD_DETERMINERS_EN = frozenset("the a an his her their its this that these those".split())
_COUNT_OPENERS_EN = NUMBER_WORDS_EN | frozenset("several many some most both".split())
#: The two spellings of English "while", as a regex alternation for the patterns below.
_WHILE_EN = r"while|whilst"
#: English: a concessive aside opening after a comma ("…, despite his wealth, …").
_CONCESSIVE_ASIDE_EN = re.compile(r",\s+(?:despite|" + _WHILE_EN + r"|though|although)\b")
#: English: an object and an infinitive after a cue ("warned state officials to boost …"): a directive, no clause.
_OBJECT_INFINITIVE_EN = re.compile(r"(?:[\w.'’-]+ ){1,4}to [a-z]+\b")
#: English: "the" and a capitalised name ("the Riverside Daily Courier", "the Justice Department").
_THE_NAMED_EN = re.compile(r"the(?: [A-Z][\w.'’&-]*){1,5}")
#: English: a past participle and "by" right before a name ("first reported by the Globe").
_BY_AFTER_PARTICIPLE_EN = re.compile(r"\b[a-z]{3,}ed\s+by\s+(?:the\s+)?$")
#: English: the plural noun's own verb right after a cue form in -s, which makes that form a plural noun:
#: an auxiliary and a participle ("posts have been"), or (not after ``says``) a finite verb ("reports show").
#: This is the pattern text of the auxiliary and the participle, shared by the two patterns below.
_AUXILIARY_AFTER_NOUN_EN = r" (?:have|had|were|are) (?:been|being|not|also|already|now|[a-z]+ed)\b"
#: After a cue form in -s other than ``says``: the auxiliary and participle, or a finite verb ("reports show").
_VERB_AFTER_PLURAL_NOUN_EN = re.compile(_AUXILIARY_AFTER_NOUN_EN + r"| (?:show|showed|suggest|suggested|indicate|indicated|say|said|are|were)\b")
#: After ``says``: the auxiliary and participle only ("says" itself is no plural's finite verb).
_AUXILIARY_AFTER_PLURAL_NOUN_EN = re.compile(_AUXILIARY_AFTER_NOUN_EN)
#: English: a second verb coordinated with a cue ("tweeting and emailing …"), no reported clause.
_COORDINATED_VERB_EN = re.compile(r"(?:and|or) [a-z]+(?:ing|ed)\b")
#: English words opening a subject noun phrase of a group or a thing ("His campaign", "Both parents").
_GROUP_OPENERS_EN = frozenset("his her their its one another someone somebody both some many most several others "
                              "other each".split())


#: ``quoted as saying`` right before a position: what follows may name the outlet (``by Interfax``).
_QUOTED_AS_BEFORE_EN = re.compile(r"quoted\s+as\s+\w+\s*$")
#: English words of an amount between two "as" (``as many as``, ``as much as``).
_AMOUNT_WORDS_EN = frozenset("many much few little high low long far".split())


#: English time units and the words after them that open a sentence before its subject
#: (``A few minutes later they``, ``Two days earlier Lee``).
_OPENER_TIME_UNITS_EN = frozenset("""second seconds minute minutes hour hours day days week weeks month months year years
moment moments""".split())
#: Nouns of a span of time ("argued for years", "for the past two months").
_DURATION_NOUNS_EN = _OPENER_TIME_UNITS_EN - frozenset("second seconds minute minutes hour moment moments".split()) \
    | frozenset("decade decades time".split())
#: How many tokens after "argued for" are searched for a duration noun ("argued for the past two years").
MAX_DURATION_LOOKAHEAD_TOKENS_EN = 4
_TIME_AFTERS_EN = frozenset("later earlier afterward afterwards ago before after".split())
_TIME_COUNTS_EN = NUMBER_WORDS_EN | frozenset("a an few some several".split())


def _ago_phrase_start_en(ws) -> int:
    """Where an English ``(less than) two weeks ago`` phrase ending ``ws`` begins; 0 when none does."""
    k = len(ws) - 2
    if k < 1 or ws[k][0].lower() not in _OPENER_TIME_UNITS_EN:
        return 0
    while k > 0 and (ws[k - 1][0].lower() in _TIME_COUNTS_EN or ws[k - 1][0].isdigit()):
        k -= 1
    if k == len(ws) - 2 and not ws[k][0].lower().rstrip("s") in {"week", "month", "year", "day", "hour", "minute"}:
        return 0
    if k > 1 and ws[k - 1][0].lower() == "than" and ws[k - 2][0].lower() in {"less", "more"}:
        k -= 2
    elif k > 0 and ws[k - 1][0].lower() in {"about", "nearly", "almost", "just", "only"}:
        k -= 1
    return k


def _time_opener_end_en(ws) -> int:
    """How many tokens open an English sentence as a time phrase with no comma after it (``A few
    minutes later``, ``Moments later``, ``Two days earlier``); 0 when none does."""
    k = 0
    while k < 3 and k < len(ws) and (ws[k][0].lower() in _TIME_COUNTS_EN or ws[k][0].isdigit()):
        k += 1
    if k + 1 < len(ws) and ws[k][0].lower() in _OPENER_TIME_UNITS_EN and ws[k + 1][0].lower() in _TIME_AFTERS_EN:
        return k + 2
    return 0


#: Prepositions opening an English time phrase that may stand before the subject with no comma
#: (``On Monday Lee …``, ``In March she …``).
_BARE_TIME_PREPS_EN = frozenset("on in during".split())
#: Most words of such a time phrase after its preposition (``on 5 March``, ``on Monday night``).
MAX_BARE_TIME_WORDS = 3


def _bare_time_phrase_end_en(ws, k: int) -> int:
    """Where the subject starts after the words of a time phrase from ``ws[k]`` with no comma
    (``Monday``, ``5 March``, ``Monday night``, ``the morning``), when a capitalised word, a
    subject pronoun or ``the`` (``On Friday the mayor …``) follows and more comes after it; 0 otherwise."""
    j, heads = k, 0
    while j < len(ws) and j - k < MAX_BARE_TIME_WORDS and (ws[j][0].lower() in _TIME_PHRASE_WORDS_EN or ws[j][0].isdigit()):
        if heads and ws[j][0].lower() not in _TIME_HEADS_EN and not ws[j][0].isdigit():
            break  # "On Friday the mayor …": the subject's determiner after the time words
        heads += ws[j][0].lower() in _TIME_HEADS_EN
        j += 1
    if not heads or j + 1 >= len(ws) or not (ws[j][0][:1].isupper() or ws[j][0].lower() in _SUBJECT_PRONOUNS_EN
                                             or ws[j][0] == "the" and j > k):
        return 0
    return j


def _time_opener_comma_end_en(ws) -> int:
    """How many tokens open an English sentence as a longer time phrase and its comma, past the
    reach of the opener scan (``And a couple of years later,``, ``But two weeks later,``); 0 when
    none does."""
    i = 1 if ws and ws[0][0] in SENTENCE_CONJUNCTIONS_EN else 0
    if len(ws) > i + 5 and ws[i][0].lower() == "a" and ws[i + 1][0] == "couple" and ws[i + 2][0] == "of":
        k = i + 3 if ws[i + 3][0].lower() in _OPENER_TIME_UNITS_EN and ws[i + 4][0].lower() in _TIME_AFTERS_EN else 0
        k = k and k + 2
    else:
        k = i and _time_opener_end_en(ws[i:]) and i + _time_opener_end_en(ws[i:])
    return k + 1 if k and k < len(ws) - 1 and ws[k][0] == "," else 0


#: The English articles: a cue form after one is a noun (``the state of Ohio``, ``a report``).
_ARTICLES_EN = frozenset({"the", "a", "an"})
#: Subordinators after a cue that open a clause with a source and a cue of its own (``said in May
#: after the firm announced …``).
_CUE_TIME_SUBORDINATORS_EN = frozenset("after before when because since once until".split())
#: Before a mid-sentence ", according to X,": a lead opened by one of these subordinators (and no
#: other comma) is a subordinate clause, so the main clause after the source is the report
#: ("While most were routine, according to X, two were …").
_LEAD_CLAUSE_SUBORDINATORS_EN = frozenset("while although though whereas because unless".split())
#: Longest such subordinate-clause lead, in words.
MAX_SUBORDINATE_LEAD_WORDS = 20
#: The same when the lead ends with one of these ("…, because, according to X, …").
_LEAD_CLOSING_SUBORDINATORS_EN = frozenset("because although though whereas".split())
#: Words before a capitalised ``May`` that make it the month (``since last May``), not the modal.
_MONTH_LEADS_EN = frozenset("last next this since in until by early late mid-".split())
#: English determiners that make the next cue form a noun ("the claims", "his warning").
_NOUN_DETERMINERS_EN = _DETERMINER_LEADS_EN
#: English subordinators that may open a reported clause right after its cue ("said while …, …").
_CONTRAST_SUBORDINATORS_EN = frozenset("while whilst when".split())
#: English prepositions among the subordinators: a phrase they open may front a main clause.
_LEAD_PREPOSITION_OPENERS_EN = frozenset("at in on during for with by".split())
#: Prepositions that open a short adverbial lead before ", according to X," ("Over the long term,").
_LEAD_PREPOSITIONS_EN = frozenset("over under among across throughout within amid beyond".split())
#: Longest adverbial between the cue of an opening "as" clause and its comma ("As Lee noted in a column Thursday,").
MAX_AS_ADVERBIAL_TOKENS = 10
#: A form of "point" ending at a position: its "out" is a particle ("pointed out that …").
_POINT_BEFORE_EN = re.compile(r"\bpoint(?:s|ed|ing)?$", re.IGNORECASE)
#: A topic phrase opening a sentence ("Regarding the emails, …", "As for Lee, …"): no reported clause.
_TOPIC_LEAD_EN = re.compile(r"\s*(?:Regarding|Concerning|As\s+(?:for|to|regards))\s")
#: Words opening a wh-infinitive after a hearer ("told them how to vote"): an instruction, no clause.
_WH_INFINITIVE_LEADS_EN = frozenset("how what where when whether which who".split())
#: "which Mr. Lee (strongly) " right before a cue: a relative clause whose object is "which".
_WHICH_SUBJECT_BEFORE_EN = re.compile(
    r",\s*which\s+(?:he|she|they|we|I|(?:(?:the|Mr\.|Mrs\.|Ms\.|Dr\.)\s+)?(?:[A-Z][\w’'-]*\s+){1,3})(?:[a-z]+ly\s+|also\s+)?$")
#: Stems of English -ing words that are prepositions ("including", "during"), no participle.
_ING_PREPOSITION_STEMS_EN = "includ|accord|dur|follow|regard|concern"
#: A lower-case gerund after "reported" is the report itself ("reported spending $2 million");
#: prepositions and pronouns in -ing are not.
_GERUND_OBJECT_EN = re.compile(r"(?!(?:%s|nothing|something|anything|everything)ing\b)[a-z]{2,}ing"
                               % _ING_PREPOSITION_STEMS_EN)


#: Cues whose object may be a figure the source made public ("police reported 906 attacks").
_COUNT_REPORT_CUES_EN = frozenset({"reported", "reports", "disclosed", "discloses"})
#: Nouns of a figure after "a"/"an" in such an object ("reported a profit of …", "a 3 percent rise").
_FIGURE_NOUNS_EN = frozenset("profit loss gain deficit surplus increase decrease decline drop rise jump surge "
                             "total record net".split())
#: "a reported $1 million", "the disclosed sum": the cue is an adjective, no report.
_ARTICLE_BEFORE_EN = re.compile(r"\b(?:a|an|the)\s+$", re.I)


def _counted_figure_en(ws) -> bool:
    """Whether tokens ``ws`` open with a figure: a number (``906 attacks``, ``$2 billion``), an
    amount (``at least 20 victims``), or ``a``/``an`` before a number or a figure noun (``a 2.8
    percent rate``, ``a profit of …``); but not a time (``a few days later``, ``20 minutes later``)."""
    if len(ws) < 2:
        return False
    first = ws[0][0].lower()
    if first in {"a", "an"}:
        return ws[1][0][:1].isdigit() or ws[1][0].lower() in _FIGURE_NOUNS_EN
    if first == "$" or first[:1].isdigit():
        k = 2 if first == "$" else 1
        return not any(w[0].lower() in _TIME_EN or w[0].lower() in {"later", "ago", "earlier"} for w in ws[k:k + 3])
    return _amount_en(ws)


def _amount_en(ws) -> bool:
    """Whether tokens ``ws`` open with an English amount: ``as many as``, ``as much as``,
    ``about half``, ``around 20``, ``at least six``."""
    if len(ws) >= 3 and ws[0][0].lower() == "as" and ws[1][0].lower() in _AMOUNT_WORDS_EN and ws[2][0].lower() == "as":
        return True
    if len(ws) >= 3 and ws[0][0].lower() == "at" and ws[1][0].lower() in {"least", "most"}:
        return ws[2][0][:1].isdigit() or ws[2][0].lower() in _QUANTITIES_EN  # "said at least six boats …"
    return len(ws) > 1 and ws[0][0].lower() in _APPROXIMATORS_EN and (
        ws[1][0][:1].isdigit() or ws[1][0].lower() in _QUANTITIES_EN)


#: Words that open a clause's subject after an according-to source with no comma ("the", "he").
_CLAUSE_SUBJECT_OPENERS_EN = frozenset({"the", "a", "an", "he", "she", "they", "it", "we", "i", "his", "her", "their"})
#: After a quoted fragment's comma these stay in the report: an aside ("“peanuts,” compared to …"),
#: the source ("…,” according to …"), a contrast ("…,” while …") and a second object ("…,” and the …").
_KEPT_AFTER_QUOTED_COMMA = re.compile(r"(?:compared|despite|even\s+though|although|as|according|and\s+the)\b"
                                      r"|(?:" + _WHILE_EN + r")\b(?!\s+[a-z]+ing\b)")  # but "…,” while waving a flag …": how it was said

#: Longest object between a naming verb and its quoted name (``called Mr. Lee's remarks on Saturday “…”``).
MAX_OBJECT_WORDS = 8
#: "called it “a hoax,” pointing to …": a participle phrase after the fragment is the speaker's
#: next act, not the report (but "including", "during" are prepositions).
_PARTICIPLE_AFTER_QUOTE = re.compile(r"(?!(?:%s|bring|nothing|something)ing\b)[a-z]+ing\b" % _ING_PREPOSITION_STEMS_EN)

#: "…” and criticized him for …", "…” and questioning why …": a verb with an object of its own
#: after a closing mark is a second predicate of the speaker.
_SECOND_PREDICATE_AFTER_QUOTE = re.compile(
    r"(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?!being\b)[a-z]+(?:ed|ing)\s+"
    r"(?:the|a|an|him|her|them|his|their|it|that|to|how|why|whether|[A-Z])"
    r"|but\s*(?:,|(?:[a-z]+ed|in)\b)")  # "…” but stopped short of …"

#: After a naming cue's quoted name ("called him a “nice guy”"), a clause of its own: "and" and a
#: subject pronoun, or "and" and a past-tense verb with an object ("and boycotted one of …", "instead
#: and made no mention …"); not a second name ("and criminals", "and unprepared to lead").
_NEXT_CLAUSE_AFTER_NAME_EN = re.compile(
    r"(?:instead\s+)?and\s+(?:(?:he|she|they|we|I)\s|(?:also\s+|then\s+|later\s+)?"
    r"(?:made|took|gave|went|told|said|left|held|kept|sent|won|spent|did|[a-z]+ed)\s+"
    r"(?:the|a|an|no|one|two|him|her|them|his|their|its|it|that|on|off|out|up|with|about|[A-Z])\b)")

#: Function words that a headline label's role-word test passes over (``The Ninth Circle:``).
_LABEL_FUNCTION_WORDS_EN = frozenset("the a an of and for on in at to".split())
#: Prepositions inside a headline label that make it a phrase, never a source's name (``Stealth Over Health:``).
_HEADLINE_PREPOSITIONS_EN = frozenset("over against versus vs".split())

#: After a naming cue's quoted name closed by a comma, a past verb with an object: the verb of the
#: main clause around a relative one ("Ruiz, who has called his remarks “toxic,” portrayed the …").
_MAIN_VERB_AFTER_NAME_EN = re.compile(r"[a-z]+ed\s+(?:the|a|an|his|her|their|its|him|them|it|that)\b")

#: "said, “We’ll see,” when asked …", "“…,” before predicting …":
#: after a quote that opens the report, when and how it was said, not more of the report.
_ASIDE_AFTER_OPENING_QUOTE = re.compile(r"\s*(?:when|after|before|" + _WHILE_EN + r")\s+(?:asked|pressed|[a-z]+ing)\b")

#: "…” — a play on words …": the reporter's comment after a dash (unless a second dash follows,
#: closing an aside).
_DASH_AFTER_QUOTE = re.compile(r"[—–-]\s(?!.*\s[—–-]\s)")
#: A dash with a space on each side.
_SPACED_DASH = re.compile(r"\s[—–-]\s")
#: The same, or a doubled hyphen (``immigrants -- a position …``).
_SPACED_DASH_OR_DOUBLE = re.compile(r"\s(?:[—–-]|--)\s")
#: Lower-case title words an English subject may run through between a qualifier and a name.
MAX_TITLE_RUN_EN = 5
#: Indonesian words that join a subject's next act after an object ("… itu dan langsung …").
_NEXT_ACT_ID = frozenset("dan lalu kemudian serta".split())


#: English combining forms of nationality that open a compound adjective ("Anglo-Dutch", "Sino-Japanese").
_NATION_COMBINING_EN = frozenset("anglo franco sino indo afro euro greco russo austro italo judeo".split())


def lex_hyphen_adjective(word: str, lex) -> bool:
    """Whether a capitalised hyphenated ``word`` is a compound adjective, no name: its last part a
    lower-case English word (``Low-cost``, ``Paris-based``, ``State-owned``) or its first a
    combining form of nationality (``Anglo-Dutch``)."""
    parts = word.split("-")
    if len(parts) < 2 or not all(p.isalpha() for p in parts) or not parts[0][:1].isupper():
        return False
    if parts[0].lower() in _NATION_COMBINING_EN and all(p[:1].isupper() for p in parts[1:]):
        return True
    return parts[-1].islower() and lex.is_english_word(parts[-1])


#: English speech nouns that report their possessor's clause after ``that`` (``Lee’s claim that …``);
#: all are cue forms the cue scan already finds.
_CLAIM_NOUNS_EN = frozenset("claim claims warning".split())
_CLAIM_THAT_EN = re.compile(r"\s+(?:in\s+(?:a|an|the)?\s*[\w.’'-]+(?:\s+[\w.’'-]+){0,3}\s+)?that\s+")
#: ``claims by X that``: the claimant after ``by`` (up to four words), then ``that``.
_CLAIM_BY_THAT_EN = re.compile(r"\s+by\s+((?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,3}?)\s+that\s+")
#: Words between the possessor and the noun (``his earlier claim``, ``Rubin's stern warning``).
_CLAIM_MODIFIERS_EN = frozenset("earlier repeated continued stern latest own previous recent frequent false dubious "
                                "unfounded baseless".split())
MAX_CLAIM_MODIFIERS = 2
_COMMA_EN = re.compile(r",(?:”|''|\")?\s")
MAX_CLAIM_OWNER_WORDS = 4
_POSSESSIVE_PRONOUNS_EN = {"his": "he", "her": "she", "their": "they"}


#: Determiners opening the subject of a present-tense clause after a hearer (``the team needs …``).
_CLAUSE_SUBJECT_DETERMINERS_EN = _OCCASION_DETERMINERS_EN | {"this"}
#: Words that open the object or complement of a present-tense verb (``needs a``, ``owes the``, ``plans to``):
#: closed classes (articles, possessives, object pronouns, ``to``/``not``), so kept in code, not a lexicon.
_OBJECT_OPENERS_AFTER_VERB_EN = frozenset("a an the to no its his her their our that it them us him more too not".split())


def _present_clause_en(ws) -> bool:
    """English tokens ``ws`` opening with a determiner, a singular noun (maybe after one modifier),
    a present-tense verb in ``-s`` and its object (``the team needs a coach``, ``the firm owes
    the city …``): a clause, though it has no auxiliary or past form for ``_looks_like_clause``."""
    if not ws or ws[0][0].lower() not in _CLAUSE_SUBJECT_DETERMINERS_EN:
        return False
    for n in (2, 3):
        if len(ws) <= n + 1:
            return False
        head, verb = ws[n - 1][0], ws[n][0]
        if not all(w[0].isalpha() and w[0].islower() for w in ws[1:n + 1]):
            return False
        if not head.endswith("s") and _PRESENT_VERB_EN.fullmatch(verb) \
                and ws[n + 1][0].lower() in _OBJECT_OPENERS_AFTER_VERB_EN:
            return True
    return False


def _verb_form_en(word: str) -> Optional[str]:
    """The inflection of an English speech verb: ``past``, ``s`` (present, third person), ``ing``
    or ``bare``; None for ``read`` (present and past alike)."""
    word = word.lower()
    if word == "read":
        return None
    if word.endswith("ing"):
        return "ing"
    if word.endswith("ed") or word in _IRREGULAR_PAST_EN:
        return "past"
    return "s" if word.endswith("s") and not word.endswith("ss") else "bare"


def _tense_clash_en(cue: str, later: str) -> bool:
    """Whether a verb after "and" cannot be a second predicate of ``cue``'s subject: ``says … and
    asked``, ``says … and tell``, ``said … and tell`` (the coordinated verb takes the cue's form)."""
    first, second = _verb_form_en(cue.split()[-1]), _verb_form_en(later.split()[-1])
    return first not in (None, "ing") and second not in (None, "ing") and first != second


def _bare_adverb_then_pronoun_en(ws) -> bool:
    """Whether tokens ``ws`` (two or more) open with a bare sentence adverb and then a subject
    pronoun, no comma between (``Then he …``, ``But she …``)."""
    return ws[0][0] in _BARE_ADVERB_OPENERS_EN and ws[1][0].lower() in _SUBJECT_PRONOUNS_EN


#: Adverbs of time opening a sentence before a comma (``Soon after, …``): never its subject.
_TIME_ADVERB_OPENERS_EN = frozenset("soon shortly immediately".split())
#: "Early"/"Late" and a preposition opening a time phrase before the subject ("Early in his campaign, Lee …").
_EARLY_LATE_EN = frozenset({"Early", "Late"})
#: The prepositions that may follow "Early"/"Late" in such a time phrase.
_TIME_LEAD_PREPS_EN = frozenset("in on last this next".split())
#: Focus adverbs between a conjunction opening the sentence (``SENTENCE_CONJUNCTIONS_EN``) and a named
#: subject (``And even Lee …``).
_CONJUNCTION_FOCUS_ADVERBS_EN = frozenset("even then also now still".split())
#: First words of two-word place names whose second word is a place (``New Hampshire``, ``South Carolina``).
_PLACE_NAME_LEADS_EN = frozenset("New North South East West".split())
#: Sentence adverbs that open an English sentence with no comma before its pronoun subject
#: (``Then he …``, ``Later she …``).
_BARE_ADVERB_OPENERS_EN = frozenset("Then Later Now Still Instead Earlier Finally Also".split()) | SENTENCE_CONJUNCTIONS_EN
#: A later ``says``/``said`` after a noun (``… by the sister of one of the drivers says``).
_LATER_SAY_EN = re.compile(r"(?<=[a-z]) (?:says|said) ")
#: A relative ``that``/``which`` and up to four words before a cue (``a strike that company bosses``):
#: the relative clause's own subject, read from the end of the phrase.
_RELATIVE_THEN_SUBJECT_EN = re.compile(r"\s(?:that|which)\s+(?=(?:[\w.’'-]+\s+){0,3}[\w.’'-]+\s*$)")
#: An English sentence opened by ``As Ann Lee put it`` (a short adverbial after ``it``, no
#: quote mark or clause break), up to the comma that ends the clause: group 1 is the subject.
_AS_PUT_IT_LEAD_EN = re.compile(r"\s*As\s+([A-Z][^,;:“”\"]{0,60}?)\s+put\s+it\b[^,;:“”\"]{0,80},\s*")
#: The inside of such a bracket, from after its opening: the source (group 1), the cue (2) and
#: the report after it, up to the closing bracket (3).
_BRACKET_SOURCE_EN = re.compile(r"[^()]{1,80},\s+(?!(?:as|he|she|they|I|we|it|you)\s)([^,()]{1,40})\s(say|says|said|argue|argued),\s+([^()]+)\)")
#: Words opening a reported clause or quote after a cue (``wrote that``, ``wrote: "``).
_THAT_OR_QUOTE_EN = re.compile(r"\bthat\b|[“\"':;]")
#: Determiners opening a verb's object (``Acme runs an oil field``): a ``-s`` word before one is a verb.
_OBJECT_DETERMINERS_EN = _ARTICLES_EN | frozenset("its his her their".split())


#: English past verbs of seeming, happening or moving: ``It seemed …`` names no body's act.
_IT_PAST_NON_ACTIONS_EN = frozenset("seemed appeared emerged happened occurred remained turned proved looked sounded "
                                    "followed came went".split())


def _past_action_en(word: str) -> bool:
    """A lower-case past verb of action (``attacked``, ``fought``), not a verb of seeming or happening."""
    return word.islower() and (_looks_past_en(word) or word in _IRREGULAR_PAST_EN) \
        and word not in _IT_PAST_NON_ACTIONS_EN


def _as_opens_report_en(ws, j: int) -> bool:
    """True when ``as`` at ``ws[j]`` opens a degree phrase (``as many as 40 homes``, ``as long as …``)
    that begins the report, not a time clause."""
    return ws[j][0] == "as" and j + 1 < len(ws) and ws[j + 1][0].lower() in _AS_REPORT_OPENERS_EN


class IndirectQuotes:
    """Rules for reported clauses, mixed into ``Extractor``."""

    # -- indirect and mixed quotes --------------------------------------------------------------
    def _indirect(self, sent: Sentence, spans: List[QuoteSpan], prev_sentence) -> List[_Pending]:
        out = []
        # the pre-verb finder bound once: "is" then tells it among the finders (no bound method
        # made and compared per finder)
        pre_verb, en = self._pre_verb, self.lex.lang == "en"
        for finder in (self._label, self._colon_block, self._according, self._as_put_it_lead_en, pre_verb, self._post_clause,
                       self._passive, self._passive_assessment_id, self._possessed_claim_en):
            before = len(self.found)
            if finder is pre_verb and en:
                pending = self._outer_source_en(sent, spans)
                if pending is not None:
                    out.extend(self.found[before:])
                    break
            pending = finder(sent, spans, prev_sentence)
            if pending is not None:
                out.extend(self.found[before:])
                if finder is pre_verb and en and self._inverted_then_participle(sent.start, pending.quote.start):
                    # "A, Smith said, adding that B": the clause before the inverted cue is a report too.
                    before = len(self.found)
                    self._post_clause(sent, spans, prev_sentence)
                    out.extend(self.found[before:])
                if finder is pre_verb and en:
                    out.extend(self._second_source_report(sent, spans, pending, prev_sentence))
                break
        return out

    def _possessed_claim_en(self, sent: Sentence, spans: List[QuoteSpan], prev_sentence) -> Optional[_Pending]:
        """English ``Politifact checked Lee’s claim that A``, ``despite his stern warning that A``: a
        speech noun owned by a possessor and followed by ``that`` reports its owner's clause. Read
        only where no other rule found a report in the sentence; the cue words are those the cue
        scan already found (as nouns), so a sentence without them costs nothing."""
        if self.lex.lang != "en":
            return None
        for _ in self._word_hits(sent.start, sent.end, ()):
            pass  # the sentence's cue words, noun uses included, are in self._hits from here on
        text = self.text
        for m, low in self._hits:
            if low not in _CLAIM_NOUNS_EN or self._inside_quote(m.start(), spans):
                continue
            that = _CLAIM_THAT_EN.match(text, m.end(), sent.end)
            if that is None:
                if text.startswith(" by ", m.end()):
                    by_that = _CLAIM_BY_THAT_EN.match(text, m.end(), sent.end)
                    by = self.parser.chunk(text, by_that.start(1), by_that.end(1)) if by_that is not None else None
                    head = by.text.split()[-1].lower() if by is not None else ""
                    if by is not None and (by.kind == NAME or by.kind in (ORGANISATION, DESCRIPTION) and (
                            head.rstrip("s") in SOURCE_NOUNS or head.endswith("ies") and head[:-3] + "y" in SOURCE_NOUNS)):
                        # "pushing back against claims by intelligence agencies that A": the claimant's clause
                        return self._accept(by, by_that.end(), sent.end, low, "indirect-" + _rule_suffix(by), spans,
                                            by.start, any_source=True)
                continue
            ws = tokens(text, max(sent.start, m.start() - 80), m.start())
            k = len(ws) - 1
            while k > 0 and len(ws) - k <= MAX_CLAIM_MODIFIERS and ws[k][0].lower() in _CLAIM_MODIFIERS_EN:
                k -= 1
            if k < 0:
                continue
            owner = ws[k][0]
            pronoun = _POSSESSIVE_PRONOUNS_EN.get(owner.lower())
            if pronoun is not None:
                mention = Mention(PRONOUN, pronoun, ws[k][1], ws[k][2])
            elif k > 0 and owner.endswith(("'s", "’s")) and owner[:-2].isalpha() and owner.islower() \
                    and ws[k - 1][0].lower() == "the" and owner[:-2].rstrip("s") in SOURCE_NOUNS:
                # "the campaign's earlier claim that A": a source noun's claim
                mention = Mention(DESCRIPTION, text[ws[k - 1][1]:ws[k][2] - 2], ws[k - 1][1], ws[k][2] - 2)
            elif owner[:1].isupper() and owner.endswith(("'s", "’s")):
                j = k
                while j > 0 and ws[j - 1][0][:1].isupper() and len(ws[j - 1][0]) > 1 and k - j < MAX_CLAIM_OWNER_WORDS:
                    j -= 1
                mention = self.parser.before_cue(text, ws[j][1], ws[k][2] - 2)
                if mention is None or mention.kind != NAME:
                    continue  # "the Senate's claim": a body named by one word is read elsewhere, or not at all
            else:
                continue
            end = sent.end
            dashes = [d for d in (text.find(" - ", that.end(), end), text.find(" — ", that.end(), end)) if d >= 0]
            if dashes:
                end = min(dashes)  # "the campaign's claim that A - an argument that …": the writer's aside after the dash
            first = text[sent.start:sent.start + SENTENCE_OPENING_REACH_EN].split(None, 1)
            if first and (first[0].lower() in _OPENERS_BEFORE_SUBJECT_EN or first[0].lower() == "contrary"):
                # "Despite Lee's claims that A, the bank …": the opening phrase ends at its comma
                comma = _COMMA_EN.search(text, that.end(), sent.end)  # a comma inside closing marks too
                end = comma.start() + 1 if comma is not None else sent.end
            return self._accept(mention, that.end(), end, low, "indirect-" + _rule_suffix(mention), spans,
                                ws[k][1], any_source=True)
        return None

    def _second_source_report(self, sent: Sentence, spans: List[QuoteSpan], pending: _Pending,
                              prev_sentence) -> List[_Pending]:
        """English ``Republicans said A and Democrats accused B``: the report ended before a second
        source and its own speech verb; that source's report is read in the rest of the sentence."""
        m = self._clause_break.match(self.text, pending.quote.end, sent.end)
        if m is not None and m.lastgroup == "bracket_source":
            return self._bracket_source_report(m.end(), sent, spans)
        if m is None or m.lastgroup != "second_source":
            return []
        start = _CONJUNCTION_LEAD.match(self.text, m.start()).end()
        if self.text[start:start + 10].split(None, 1)[0].lower() in _WH_WORDS_EN | {"what", "whether", "if"}:
            return []  # "what Brandt says A and how experts say B …": a question clause, not a second report
        rest = Sentence(start, sent.end, sent.paragraph)
        before = len(self.found)
        self._pre_verb(rest, [s for s in spans if s.open >= start], prev_sentence)
        return self.found[before:]

    def _bracket_source_report(self, start: int, sent: Sentence, spans: List[QuoteSpan]) -> List[_Pending]:
        """English ``… (the cost of which, many aides say, hurt her)``: the bracket after a report
        holds an inverted source of its own; its report is the words after the cue, up to the bracket's end."""
        m = _BRACKET_SOURCE_EN.match(self.text, start, sent.end)
        if m is None:
            return []
        mention = self.parser.before_cue(self.text, m.start(1), m.end(1))
        if mention is None or mention.kind == PRONOUN:
            return []
        found = self._accept(mention, m.start(3), m.end(3), m.group(2), "indirect-post", spans, m.start(2), any_source=True)
        return [found] if found is not None else []

    def _outer_source_en(self, sent: Sentence, spans: List[QuoteSpan]) -> Optional[_Pending]:
        """English ``Lee said the plan would fail, people familiar with the talks said.``: a closing
        source after the clause reports all of it, a subject's own speech verb included; the
        source is that group or description, not the subject inside the clause."""
        text = self.text
        # nothing after the pattern's comma is a comma: a match opens at the sentence's last one,
        # the only place it is tried (not at each comma, with up to sixty characters after each)
        comma = text.rfind(",", sent.start, sent.end)
        tail = _CLOSING_SOURCE_EN.search(text, comma, sent.end) if comma >= 0 else None
        if tail is None:
            return None
        comma = tail.start()
        if not text[comma + 1].isspace():
            # "… “exceptions,” the Quill reported.": the comma stands inside the closing mark
            comma = len(text[:tail.start(1)].rstrip())
            if not any(s.close is not None and s.outer_end == comma for s in spans):
                return None
        elif self._inside_quote(comma, spans):
            return None
        words = [w[0].lower() for w in tokens(text, sent.start, comma)]
        pronoun_report = len(words) > 2 and words[0] in ("he", "she") and words[1] in self.lex.pre_cues \
            and tail.group(2) in ("said", "says")
        # "He promised to defeat Ruiz …, Lee said.": the named source reports the pronoun's pledge
        if not pronoun_report and not any(w in _SAY_EN for w in words) and not (
                tail.group(2).startswith("report") and any(w in self.lex.pre_cues and w[:6] != "report" for w in words)):
            # (but "Lee pledged to …, the Ely Post reported": an outlet reports any cue's clause,
            # though not a clause with an outlet's own "…, KING-TV reported, while …")
            return None  # "The talks stalled, officials said.": the post-clause rule reads it as it is
        mention = self.parser.before_cue(text, tail.start(1), tail.end(1))
        if mention is None or mention.start != tail.start(1) or (
                mention.kind != DESCRIPTION and not (pronoun_report and mention.kind == NAME) and not (tail.group(2).startswith("report")
                                                     and mention.kind in (NAME, ORGANISATION))):
            return None  # "…, Lee said": a named speaker after a report is another pattern (but "…, CNN reported")
        outlet = tail.group(2).startswith("report") and any(w[:1].isupper() for w in mention.text.split()[1:])
        return self._accept(mention, sent.start, comma, tail.group(2), "indirect-post", spans, tail.start(2),
                            any_source=outlet, whole=True)  # "…, the New York Times reported": a named outlet

    def _inverted_then_participle(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` ends ``…, Smith said Monday, adding (that)``, or ends
        ``…, Smith explained,`` before a report that opens with its participle (``recalling the day …``)."""
        participle = _PARTICIPLE_AT.match(self.text, end) if self.text[end - 2:end] == ", " else None
        if participle is not None and participle.group(0) in self.lex.pre_cues:
            end = participle.end()  # not "…, the Times said, including …": no cue
        m = _INVERTED_THEN_PARTICIPLE.search(self.text, start, end)
        return bool(m) and any(w in self.lex.post_cues for w in m.group(1).split())

    def _past_apposed_role_en(self, mention: Mention, comma: int, end: int, spans: List[QuoteSpan]) -> int:
        """English ``But, says Ann Lee, chief economist at Acme, the tax …``: the comma closing an
        apposition of the speaker right after the name (the role is the speaker's, the report
        follows it); else ``comma`` itself."""
        role = self.parser.apposition_after(self.text, comma + 1, end)
        if not role:
            return comma
        head = next((w for w in reversed(role.split(" of ")[0].split(" at ")[0].split(" for ")[0].split())), "").lower()
        if head not in self.lex.titles and head.rstrip("s") not in self.lex.titles:
            return comma  # "says Lee, the chief problem, as ever, is …": the report's own subject, no title
        later = self._next_comma(comma + 1, end, spans)
        if later is None or self.text[comma + 1:later].strip() != role \
                or len(self.text[later + 1:end].split()) < MIN_CLAUSE_WORDS:
            return comma  # the role runs to the stop, or a clause follows no comma: nothing to skip
        if not mention.role:
            mention.role = role
        return later

    def _content(self, start: int, end: int, spans: List[QuoteSpan], whole: bool = False,
                 naming: bool = False) -> Tuple[int, int, str]:
        """Trim a reported clause and tell whether it is indirect or mixed; with ``whole`` (the clause
        before an English ``…, according to X.``) every clause before the cue is the report;
        ``naming`` for a naming cue's object and quoted name (``called him “weak”``)."""
        text = self.text
        for m in () if whole else self._clause_break.finditer(text, start, end):
            if m.lastgroup == "second_source" and len(text[start:m.start()].split()) < MIN_WORDS_BEFORE_SOURCE:
                continue  # "the council and the county told …": a joined subject, not a second source
            if m.lastgroup == "dash_and" and _SPACED_DASH_OR_DOUBLE.search(text, start, m.start()):
                continue  # "Lee's plan -- a position he dropped -- and his remarks are …": the aside's close
            if m.group(0) == ";" and self.lex.lang == "id" and text.count(";", start, end) >= 2:
                continue  # "mencakup penyediaan data; peningkatan kapasitas; … hingga …": a list's items, one report
            if m.group(0) == ";" and self.lex.lang == "en" and text.count(";", start, end) >= 2 \
                    and _SEMICOLON_LIST_CLOSE_EN.search(text, m.start(), end):
                continue  # "they had marched; helped run rallies; and set up …": a list's items, closed by "; and"
            if m.lastgroup == "stance_pair" and self._verb_pair_before_en(start, m.start()):
                continue  # "said the council reviewed and requested more funds": the report's own verb pair
            if m.lastgroup == "contrast" and not text[start:m.start()].strip(" ,"):
                continue  # "he said, while some are horrified, they admire …": the report opens with it
            if self.lex.lang == "en" and m.group(0).endswith("according") and not text[start:m.start()].strip(" ,"):
                continue  # "said that, according to the police, the bridge …": the report opens with its backing
            if self.lex.lang == "en" and _CONCESSIVE_ASIDE_EN.match(m.group(0)) and len(text[start:m.start()].split()) <= 2 \
                    and text[start:start + 1].isupper() and self._aside_before_predicate(m.end(), end):
                continue  # "said Lee, despite his wealth, is …": an aside inside the report's subject
            if not self._inside_quote(m.start(), spans):
                end = m.start()  # "…, and he railed against …": a new clause, not the report
                break
        if not whole and self.lex.lang == "en":
            end = self._end_after_quoted_fragment(start, end, spans, naming)
        while start < end and (text[start].isspace() or text[start] in ",:;"):
            start += 1
        while end > start and (text[end - 1] in _TRAIL_PUNCT or text[end - 1].isspace()
                               or text[end - 1] == ")" and "(" not in text[start:end]):
            end -= 1  # "(Lee said she would run.)": the bracket closes the sentence around the report
        if self.lex.lang == "en" and text[end - 3:end] in _DANGLING_TAILS_EN:
            dangling = _DANGLING_CONJUNCTION_EN.search(text, start, end)
            if dangling is not None and dangling.start() > start and not _SUBORDINATOR_NEXT_EN.match(text, end):
                end = dangling.start()  # "… in May, but| she said …": the next clause's conjunction
        if self.lex.lang == "en" and end > start and text[end - 1] == "," and not text[end:end + 1].isdigit():
            end -= 1  # "… for the rebels themselves,| he clarified …": no comma closes a report
        if self.lex.lang == "en" and " but " in text[start:end]:
            tail = _APPOSED_NEXT_SUBJECT_EN.search(text, start, end)
            if tail is not None and _APPOSED_NAME_NEXT_EN.match(text, end):
                end = tail.start()  # "… leaders but his lawyer|, Tom Hale, told …": the next clause's subject
        inner = [s for s in spans if start <= s.open and s.outer_end <= end + 1 and not self._quoted_term_id(s)]
        if inner and inner[0].open == start and inner[-1].outer_end >= end and len(inner) == 1:
            return inner[0].start, inner[0].end, DIRECT
        return start, end, MIXED if inner else INDIRECT

    def _quoted_term_id(self, span: QuoteSpan) -> bool:
        """Indonesian: a term set in marks inside a sentence, no fragment of anyone's words: a word
        or two in single marks (``nama 'Iskandar'``, ``pembantu 'titipan'``) or a short name in
        title case or capitals (``program “Desa Hijau”``). A clause holding one is indirect."""
        if self.lex.lang != "id" or span.close is None:
            return False
        inner = self.text[span.start:span.end]
        if len(inner.split()) >= MIN_QUOTED_FRAGMENT_WORDS_ID or any(c in inner for c in ",.?!;:"):
            return False
        # a few words in single marks are a term (``'titipan'``, ``'harta karun'``) unless one of them
        # is a word of speech, not of a name (``menyebut kebijakan itu 'sangat keliru' bagi …``): a fragment
        return self.text[span.open] in "‘'" and not any(w.lower() in _SPEECH_WORDS_IN_MARKS_ID for w in inner.split()) \
            or title_case_phrase(inner)

    def _aside_before_predicate(self, pos: int, end: int) -> bool:
        """English: whether a comma closes the aside opening at ``pos`` within a few words and a
        predicate word (``is``, ``would``) follows it."""
        close = self.text.find(",", pos, min(end, pos + 60))
        if close < 0:
            return False
        nxt = _WORD.match(self.text, close + 1 + (self.text[close + 1:close + 2] == " "))
        return nxt is not None and nxt.group(0) in _PREDICATE_EN

    def _end_after_quoted_fragment(self, start: int, end: int, spans: List[QuoteSpan], naming: bool = False) -> int:
        """English: where a reported clause ends after a quoted fragment inside it. A second predicate
        (``“weak” and accused him of …``) or a dash comment (``“…” — a jab at …``) follows the
        report; and a comma closing a fragment stands inside the marks (``“a mistake,” adding …``),
        so the clause breaks that need a comma are looked for after the closing mark too."""
        text = self.text
        for s in spans:
            if not (start <= s.open and s.outer_end < end and s.close is not None):
                continue  # a quote opening the clause too: "wrote, “…,” and shared a link": the quote is the report
            rest = text[s.outer_end:end].lstrip()
            if s.open == start and _ASIDE_AFTER_OPENING_QUOTE.match(rest.lstrip(",")):
                return s.outer_end  # "said, “We’ll find out,” when asked whether …": when and how it was said
            if _SECOND_PREDICATE_AFTER_QUOTE.match(rest):
                return s.outer_end  # "called him “weak” and accused him of …": the speaker's next act
            if naming and _NEXT_CLAUSE_AFTER_NAME_EN.match(rest):
                return s.outer_end  # "called her a “good sport” and she didn’t …", "… and gave no hint of …"
            if naming and text[s.start:s.end].endswith(",") and _MAIN_VERB_AFTER_NAME_EN.match(rest):
                return s.outer_end  # "Ruiz, who has called his remarks “toxic,” portrayed …": the main clause's verb
            if _DASH_AFTER_QUOTE.match(rest) and not _SPACED_DASH.search(text, start, s.open):
                return s.outer_end  # but "X – what she calls “care” – is …": the dash closes an aside
            if rest[:1] == "," and self.lex.lang == "en":
                named = _NAMED_COLON_CUE_AFTER_QUOTE_EN.match(rest)
                if named is not None and (named.group(1) in self.lex.pre_cues or named.group(1) in self.lex.post_cues):
                    return s.outer_end  # "called him “a disgrace”, Reed added: “…”": another speaker's quote
            if text[s.start:s.end].endswith(",") and not title_case_phrase(text[s.start:s.end]) \
                    and (self._clause_break.match(", " + rest) or _PARTICIPLE_AFTER_QUOTE.match(rest)) \
                    and not _KEPT_AFTER_QUOTED_COMMA.match(rest):
                return s.outer_end
            if text[s.start:s.end].endswith(",") and self.lex.lang == "en" and self._writer_cue_after_en(rest):
                return s.outer_end  # "… mocked it, calling it “a mess,” Lee said as …": Lee's cue for the sentence
        return end

    def _writer_cue_after_en(self, rest: str) -> bool:
        """English: whether ``rest`` (after a quoted fragment's closing comma) opens with a named
        or pronoun subject and a cue (``Lee said``, ``Mr. Lee added``, ``The Post reported``,
        ``she said``): the cue of the sentence that holds the report, not part of it."""
        ws = rest.split(None, 4)
        if ws and ws[0] in ("he", "she", "they"):
            k = 1
        else:
            k = 0
            while k < min(len(ws), 3) and ws[k][:1].isupper() and ws[k].replace(".", "").replace("-", "").isalpha():
                k += 1
        return 0 < k < len(ws) and ws[k].rstrip(".,;") in self.lex.post_cues

    def _accept(self, mention: Optional[Mention], start: int, end: int, cue: str, rule: str,
                spans: List[QuoteSpan], at: int, any_source: bool = False, whole: bool = False,
                speakerless: bool = False) -> Optional[_Pending]:
        lang_en = self.lex.lang == "en"  # asked again and again below: read once
        if mention is None or start >= end or not (any_source or self._plausible_speaker(mention)):
            return None
        if lang_en and cue[:1].isupper() and not self._named_again(mention, cue):
            return None  # "Carson Defends Himself Against … Says": a title-case headline, not a subject
        naming = self._naming_cue(cue)
        if not lang_en and not whole:
            start = self._past_telling_day_id(start, end)
        s, e, kind = self._content(start, end, spans, whole, naming)
        if not lang_en and self.text.startswith(("jika ", "kalau "), s) and cue not in self.lex.request_cues:
            s = self._past_that_like_if_id(s, e)
        if kind == DIRECT and not (_THAT_BEFORE if lang_en else _BAHWA_BEFORE_ID).search(self.text, max(0, start - 8), start) \
                and not (naming and self._name_right_after_cue_en(start, s, e, cue)):
            # "X mengatakan, “…”": the direct-quote rule owns it; "X said that “…”" and "X mengatakan
            # bahwa “…”" are ours (no comma or colon leads the quote in), and so is a naming cue's
            # quoted name right after it ("which he called “a cartel”")
            return None
        if kind == INDIRECT and naming:
            return None  # "Brandt has called the levy a hoax": naming, not a report, unless quoted
        if lang_en and _CIRCUMSTANCE_LEAD_EN.match(self.text, s) \
                and _QUOTE_CLOSED_BEFORE_EN.search(self.text, max(0, mention.start - 9), mention.start) \
                and not _THAT_BEFORE.search(self.text, max(0, start - 8), start):
            return None  # "“…,” Lee told reporters as she boarded the ferry": when the quote was said, no report
        if kind == INDIRECT and lang_en and cue.split()[-1].lower() in _DESCRIBING_CUES_EN \
                and not _CHARACTERISED_AS_EN.search(self.text, s, e):
            if mention.kind == NAME:
                self._keep_subject(mention)  # "Lee described the flaws. Her use of “…”": still the one speaking
            return None  # "Lee described the scene", "described how the talks went": an account, no statement
        if self._clause_words(s, e) < (MIN_NAMING_WORDS if kind != INDIRECT and naming else MIN_CLAUSE_WORDS) \
                and not (kind == INDIRECT and lang_en and self._short_answer_en(s, e, cue)):
            return None  # but "called it “shameful”": a quoted name for an object is a report however short
        if any(s < p.quote.end and p.quote.start < e for p in self.found):
            return None
        if self._organisation_word(mention):
            mention = Mention("organisation", mention.name, mention.start, mention.end)
        if lang_en and mention.kind == "description":
            mention = self._without_trailing_auxiliaries(mention)
        if lang_en and mention.kind in ("description", ANAPHOR):
            mention = self._noun_phrase_subject_en(mention, cue)
            if mention is None:
                return None  # "It is worth noting that …", "over the weekend emphasized": no source
        if speakerless:
            return self._record(s, e, kind, cue, "indirect-unresolved", None)  # "I asked him whether …": the writer asks
        ent = self.people.resolve(mention, at)
        if ent is None and mention.kind == PRONOUN and self.people.body_refused_at == at:
            return self._record(s, e, kind, cue, "indirect-unresolved", None)  # a person's words, no body's
        if ent is None:
            return None
        kind_rule = {INDIRECT: rule, MIXED: "mixed-named"}.get(kind) or rule.replace("indirect-", "direct-")
        return self._record(s, e, kind, cue, kind_rule, ent)

    def _past_that_like_if_id(self, s: int, e: int) -> int:
        """Indonesian ``menyebut kalau pemerintah belum puas``, ``mengungkapkan jika dirinya sempat
        kesal``: ``jika``/``kalau`` used for ``bahwa`` opens no condition when nothing follows to be its
        consequence (no comma, no ``maka``, no modal of a main clause); the report starts after it.
        ``s`` when a condition and its consequence follow (``jika A dilakukan, ekonomi bisa …``)."""
        words = self.text[s:e].split()
        if "," in self.text[s:e] or any(w.lower() in _CONSEQUENCE_WORDS_ID for w in words[1:]) \
                or any(w.lower() in _LATE_CONSEQUENCE_WORDS_ID for w in words[1 + MIN_CONDITION_WORDS_ID:]):
            return s
        after = s + len(words[0])
        while after < e and self.text[after].isspace():
            after += 1  # "jika  pemerintah …": the report opens at its first word, whatever the spacing
        return after

    def _past_telling_day_id(self, start: int, end: int) -> int:
        """Indonesian: where a report opens past the day of its telling set off by commas
        (``mengatakan di Sleman, Senin (3/2/2025), harga …``); ``start`` when none stands there."""
        text = self.text
        at = start
        while at < end and text[at] in " ,":
            at += 1
        day = _TELLING_DAY_ID.match(text, at, end)
        before = at
        while before > 0 and text[before - 1].isspace():
            before -= 1  # (not text[:at].rstrip(): no copy of the article's head for each day read)
        if day is None or text[before - 1:before] != ",":
            return start  # "menyampaikan, Senin (22/6) mendatang DPR akan …": the day is the report's own
        return day.end()

    def _name_right_after_cue_en(self, start: int, s: int, e: int, cue: str) -> bool:
        """English ``which he called “a cartel for higher education.”``, ``Lee called that “absurd.”``:
        the quoted words ``text[s:e]`` follow the naming cue at once (or after ``that``/``it``) and are
        a quote of the speaker's; not a title in title case (``a show he calls “Morning Desk”``)."""
        text = self.text
        words = text[s:e].split()
        if text[start:s].strip(" “\"'") or words and words[0][:1].isupper() and all(
                w[:1].isupper() or not w[:1].isalpha() or w in _LABEL_FUNCTION_WORDS_EN for w in words):
            return False
        lead = text[max(0, start - len(cue) - NAMING_OBJECT_REACH_EN):start].rstrip(" “\"'")
        return _NAMING_CUE_THEN_OBJECT_EN.search(lead) is not None

    def _clause_words(self, s: int, e: int) -> int:
        """The words of ``text[s:e]``, an English pronoun glued to its verb counted as two (``it's
        fair``, ``they're liberal``: ``it is fair``)."""
        n = len(self.text[s:e].split())
        if n < MIN_CLAUSE_WORDS and self.lex.lang == "en" and _PRONOUN_CONTRACTION_EN.match(self.text, s, e):
            n += 1
        return n

    def _short_answer_en(self, s: int, e: int, cue: str) -> bool:
        """English ``46 percent said yes``, ``Lee said she would.``, ``they say it was not``: a short
        answer after a say-cue that closes its clause (a yes or a no, or a subject and an
        auxiliary standing for the question's verb) is a report however short."""
        ws = self.text[s:e].split()
        if not ws or cue.split()[-1].lower() not in _SAY_EN or self.text[e:e + 1] not in {".", ",", ";"}:
            return False
        if len(ws) == 1:
            return ws[0] in {"yes", "no"}
        if ws[-1] == "not":
            ws = ws[:-1]
        return len(ws) == 2 and (ws[0].lower() in _SUBJECT_PRONOUNS_IT_EN or ws[0].istitle()) \
            and ws[1] in _SHORT_ANSWER_AUXILIARIES_EN

    def _without_trailing_auxiliaries(self, mention: Mention) -> Mention:
        """English ``campaign officials have been``, ``Wells Fargo just``: the subject phrase without
        the auxiliaries and adverbs between it and the cue."""
        ws = tokens(self.text, mention.start, mention.end)
        if any(w[0].lower() in {"who", "which", "that"} for w in ws):
            return mention  # "an official who wasn't authorized to speak publicly": the adverb is the clause's
        k = len(ws)
        while k > 1 and ws[k - 1][0].islower() and (self.lex.is_adverb_between(ws[k - 1][0])
                                                    or ws[k - 1][0] in {"been", "being"}
                                                    or ws[k - 1][0] in _FLOATING_QUANTIFIERS_EN and ws[k - 2][0][:1].isalpha()
                                                    and ws[k - 2][0].lower() not in _QUANTIFIED_PREPS_EN):
            k -= 1  # "The pilots all (have) told …": a floating quantifier after its noun
        if k == len(ws):
            return mention
        end = ws[k - 1][2]
        if k == 1 and ws[0][0].lower() in self.lex.pronouns:
            return Mention(PRONOUN, ws[0][0], ws[0][1], end)  # "They all insisted …": the pronoun
        if any(w[0] not in self.lex.adverbs_between and w[0].endswith("ly") for w in ws[k:]):
            # "he proudly", "Ruiz gingerly": a manner adverb; what is left may be a pronoun or a name
            cut = self.parser.chunk(self.text, mention.start, end)
            if cut is not None:
                return cut
        return Mention(mention.kind, self.text[mention.start:end], mention.start, end)

    def _noun_phrase_subject_en(self, mention: Mention, cue: str) -> Optional[Mention]:
        """An English description subject that is a noun phrase, as it is; for a clause, its own
        subject (``he looked into the camera`` → he, ``as police`` → police); else None."""
        # inside the phrase a capitalised "May" or "Will" is a month or a name, no auxiliary
        words = [w.lower().replace("’", "'") + ("" if k == 0 or w[:1].islower() else "^")
                 for k, w in enumerate(mention.text.split())]
        if not words or not _clause_shaped_en(words) or _RELATIVE_AFTER.match(self.text, mention.end):
            return mention  # "…, whose lawyers argued": left as found; its antecedent is not read yet
        spans = [m.span() for m in re.finditer(r"\S+", mention.text)]
        colon = next((k for k in range(len(words) - 1, 0, -1) if words[k - 1].endswith(":")), None)
        subject = self._words_phrase(mention, spans, colon, len(words)) if colon else None  # "X had an effect: most voters said"
        subject = subject or self._subject_before_auxiliary_en(mention, words, cue)
        if subject is None and len(words) >= 2 and words[-1] in _RELATIVES_EN:
            subject = self._words_phrase(mention, spans, 0, len(words) - 1)  # "the hacker who revealed"
        wh = next((k for k in range(1, len(words) - 1) if words[k] in _WH_WORDS_EN and (
            words[k - 1] in _COPULAS_EN or words[k - 1].endswith("'s"))), None)
        if subject is None and wh is not None:
            subject = self._words_phrase(mention, spans, wh + 1, len(words))  # "That is why critics say"
        if subject is None and len(words) >= 3 and words[0] == "there" and words[1] in _COPULAS_EN:
            subject = self._words_phrase(mention, spans, 2, len(words))  # "there is evidence suggesting"
        if subject is None and "quoted" in words[1:] and words[-1] == "as":
            subject = self._words_phrase(mention, spans, 0, words.index("quoted"))  # "The Post quoted X as saying"
        if subject is None and words[0] in _GROUP_QUANTIFIERS_EN and words[1:2] != ["of"] \
                and not any(w in _FINITE_WORDS_EN for w in words):
            subject = self._words_phrase(mention, spans, 0, 1)  # "Some seek to be removed …, and argue"
        if subject is None and len(words) >= 2 and words[0] in _SOURCE_LEADS_EN:
            subject = self._words_phrase(mention, spans, 1, len(words))  # "as police said"
        subject = subject or self.parser.clause_cut(self.text, mention)
        if subject is None and mention.kind == ANAPHOR:
            return mention  # "The attorney general of the state of New York": a cue-like noun cut the phrase
        return subject

    def _words_phrase(self, mention: Mention, spans, k: int, n: int) -> Optional[Mention]:
        """The whitespace words ``k:n`` of ``mention`` (at ``spans``) as a mention, when they are a
        noun phrase."""
        if n <= k:
            return None
        phrase = self.parser.chunk(self.text, mention.start + spans[k][0], mention.start + spans[n - 1][1])
        if phrase is None or phrase.kind == PRONOUN or phrase.kind == "description" and _clause_shaped_en(
                [w.lower().replace("’", "'") for w in phrase.text.split()]):
            return None
        return phrase

    def _subject_before_auxiliary_en(self, mention: Mention, words, cue: str) -> Optional[Mention]:
        """English ``Lee's advisers have long``, ``the senator would only``, ``Lee has been making
        this case and``: the subject before an auxiliary the cue verb hangs on; for a participle
        cue after a verb and its object (``the protests have left most voters saying``), that
        object; None when the auxiliary heads a predicate of its own."""
        n = next((k for k, w in enumerate(words) if w in _FINITE_WORDS_EN), None)
        if not n or words[n] not in _CUE_AUXILIARIES_EN or _clause_shaped_en(words[:n]):
            return None
        rest = [w for w in words[n + 1:] if w not in _AUXILIARY_FILLERS_EN and not w.endswith("ly")]
        spans = [m.span() for m in re.finditer(r"\S+", mention.text)]
        participle = cue.endswith("ing")
        if len(rest) >= 2 and words[-1] != "and" and participle and not self.text.startswith(",", mention.end):
            # "the protests have left most voters saying", "Lee could be met by a crowd urging"
            k = next((k for k in range(n + 2, len(words)) if _object_opener_en(words[k])), None)
            if k is not None:
                return self._words_phrase(mention, spans, k, len(words))
        if not (len(rest) <= 1 or rest[0] in _ADVERBIAL_PREPOSITIONS_EN or words[-1] == "and" or participle):
            return None  # but "Lee will call for calm, arguing that": the participle is the subject's
        subject = self.parser.chunk(self.text, mention.start, mention.start + spans[n - 1][1])
        if subject is None:
            return None
        if subject.kind == NAME and "and" in words[:n] and not _coordinated(subject):
            # "Lee and Sen. Ann Park have both argued": both of them, not the second alone
            return Mention(DESCRIPTION, subject.text, subject.start, subject.end)
        return subject if subject.kind != PRONOUN or words[0] in _ANY_SUBJECT_PRONOUN_EN else None

    @staticmethod
    def _indefinite_object_en(subject_tokens) -> bool:
        """English ``… set up a website`` / ``… at a consulting firm`` right before a naming
        participle: an indefinite noun phrase (``a``/``an``, at most one modifier, a lower-case
        noun) after a lower-case verb or preposition, so an object, not the sentence's subject."""
        if len(subject_tokens) < 3:
            return False
        noun = subject_tokens[-1][0]
        if not (noun.isalpha() and noun.islower()):
            return False
        for n in (2, 3):
            if len(subject_tokens) > n and subject_tokens[-n][0].lower() in ("a", "an"):
                before = subject_tokens[-n - 1][0]
                return before.isalpha() and before.islower() and before not in ("and", "or", "but")
        return False

    def _naming_cue(self, cue: str) -> bool:
        """English ``called``, ``calling``: a cue that names its object with a quoted word."""
        return self.lex.lang == "en" and cue.split()[-1].lower() in _NAMING_CUES_EN

    def _named_again(self, mention: Mention, cue: str = "") -> bool:
        """False for a subject read from the headline (the article's first line) that the body never
        names: in title case a whole phrase looks like a name. After a present-tense cue
        (``Says``) the body may name the subject by its head word alone."""
        text = self.text
        line_end = text.find("\n")
        if line_end < 0 or mention.start >= line_end or mention.kind == PRONOUN:
            return True
        if text.find(mention.text, line_end) >= 0:
            return True
        if mention.text.split()[-1].lower().rstrip("s") in _HEADLINE_RECORD_HEADS_EN:
            return True  # "Leaked Documents Reveal …", "Media Reports Reveal …": a record, no mistaken name

        # "Former Pollster Says …" then "the pollster", "Francois Hollande Says …" then "Hollande":
        # the body names the headline's subject by its head word, in any case
        head = fold_word(mention.text.split()[-1]).lower()
        return cue.endswith("s") and len(head) > 2 and re.search(r"\b%s\b" % re.escape(head), fold_word(text[line_end:]).lower()) is not None

    def _organisation_word(self, mention: Mention) -> bool:
        """``Menurut catatan Bappelitbang, …`` after ``Kepala Bappelitbang Ratna Kusuma``: a single
        word that opens a known person's long name, or ends a known person's title, and stands
        here after a lower-case noun is the organisation in that person's title, not the person;
        so is one right after an organisation head (``PT``, ``Partai``), and one that a known
        person's title gives in brackets as its organisation's short name (``(Perbarindo)``)."""
        if self.lex.lang != "id" or mention.kind != NAME or len((mention.name or "").split()) != 1:
            return False
        role = (mention.role or "").split()
        if role and role[-1].lower() in self.lex.org_heads:
            return True  # "Menurut catatan PT Lautbiru": the company's own name
        people = [e for e in self.people.entities if e.kind == "person"]
        if any(f"({mention.name})" in r for e in people for _, r in e.roles):
            return True  # "Perbarindo memperkirakan" after "Ketua Umum Perhimpunan … (Perbarindo) Joko …"
        word = fold_word(mention.name)
        ws = tokens(self.text, max(0, mention.start - 30), mention.end)
        at = next((k for k in range(len(ws) - 1, -1, -1) if fold_word(ws[k][0]) == word), None)
        if not at or not ws[at - 1][0].islower() or ws[at - 1][0] in self.lex.function_words:
            return False  # "kata Budi", "Menurut Budi": the person
        if any(fold_word(r.split()[-1]) == word for e in people for _, r in e.roles if r.split()):
            return True  # "pihak Jouska memastikan" after "CEO Jouska Aakar …": his company
        after = self.text[ws[at][2]:ws[at][2] + 2].strip()
        if after[:1].isalnum():
            return False  # "Harga gandum Frans menuturkan": a run-in subhead, then the person
        return any(len(e.name.split()) >= 3 and fold_word(e.name.split()[0]) == word for e in people)

    def _label(self, sent, spans, prev_sentence):
        """English ``Joe Smith: Taxes Must Rise`` (a headline that names its source before a colon)
        and ``SMITH: Well, I think …`` (a transcript paragraph): the words after the label are the
        source's, to the paragraph end."""
        text, lex = self.text, self.lex
        if lex.lang != "en" or (sent.start > 0 and text[sent.start - 1] != "\n"):
            return None
        headline = self._opens_article(sent.start)
        m = _LABEL_EN.match(text, sent.start, sent.end)
        found = (m.start(1), m.end(1), m.end()) if m is not None \
            else self._wide_headline_label(sent) if headline else None
        if found is None:
            return None
        label_start, label_end, after = found
        label = text[label_start:label_end]
        if label.lower() in lex.label_kickers or lex.is_place(label) or self._two_word_place(label):
            return None  # "Breaking:", "Iowa: (a list of names)", "New Hampshire: (a list of names)"
        para_end = text.find("\n", sent.start)
        para_end = len(text) if para_end < 0 else para_end
        if headline:
            # A headline: "Breaking:", "BOOM:" are kickers; a source is someone the article goes on to name.
            if any(len(w) >= 4 and w.isupper() for w in label.split()):
                return None
            last = label.split()[-1]
            if " " in label and last.lower() in lex.label_series_words:
                return None  # "Quill News Daily: A Town Under Water": a show's title, even where the body names the show
            if not re.search(r"\b" + re.escape(label) + r"\b", text[para_end:]) and not self._source_label(label) \
                    and not (" " in label and len(last) >= MIN_LABEL_SURNAME and last[1:].islower()
                             and re.search(r"\b" + re.escape(last) + r",?\s+(?:said|says|told|wrote|added)\b", text[para_end:])):
                # but "Hacker Lupescu: …" with "Lupescu said" in the body: the label's last word names the source
                return None  # "Harbour Talks: …": a phrase the article never comes back to, naming no source
        elif self._transcript_labels() < MIN_TRANSCRIPT_LABELS:
            return None
        start, end = after, para_end
        if headline and text[start:end].rstrip().endswith("?"):
            return None  # "Ruiz: Conservative or career politician?": the headline asks, nobody said it
        while end > start and (text[end - 1] in _TRAIL_PUNCT or text[end - 1].isspace()):
            end -= 1
        if len(text[start:end].split()) < MIN_LABEL_WORDS and not headline:
            return None  # "Sandler: 1,547.", "Rubin: Finish second.": a tally, not a statement
        if any(start < p.quote.end and p.quote.start < end for p in self.found):
            return None
        marks = [q for q in find_quote_spans(text, start, para_end) if q.outer_end <= end + 1]
        kind = MIXED if marks else INDIRECT
        if len(marks) == 1 and marks[0].open == start and marks[0].outer_end >= end:
            start, end, kind = marks[0].start, marks[0].end, DIRECT  # "Smith: “We will win.”"
        name = label.title() if label.isupper() else label
        mention = Mention(NAME, name, label_start, label_end, name=name) if label.isupper() \
            else self.parser.chunk(text, label_start, label_end)
        if mention is None and headline and label.lower() in SOURCE_NOUNS:
            mention = Mention(NAME, label, label_start, label_end, name=label)  # "Report: …", a cue form as a source
        ent = self.people.resolve(mention, label_start) if mention is not None else None
        if ent is None:
            return None
        return self._record(start, end, kind, ":", kind + "-label", ent)

    def _wide_headline_label(self, sent) -> Optional[Tuple[int, int, int]]:
        """The headline's label in the wider shape of ``_HEADLINE_LABEL_EN``: where its source
        (``Ann Lee``, ``Lee camp``) starts and ends, and where the words after the colon start;
        None when the kicker is none of the lexicon's or the lower-case word names no speaking group."""
        m = _HEADLINE_LABEL_EN.match(self.text, sent.start, sent.end)
        if m is None or not (m.group(1) or m.group(3) or m.group(4)):
            return None  # the plain shape is _LABEL_EN's
        if m.group(2).split()[0].lower() in _DETERMINERS_CLAUSE_EN:
            return None  # "A Plan to Save the Port: Sell the Ships": a headline's noun phrase, no source
        if m.group(1) and m.group(1).lower() not in self.lex.label_kickers:
            return None  # "NATO – Lee:": no kicker before the dash
        if m.group(3) and m.group(3) not in self.lex.label_group_words:
            return None  # "Lee sees red:": a headline's own clause
        return m.start(2), m.end(2), m.end()

    def _two_word_place(self, label: str) -> bool:
        """English ``New Hampshire``, ``South Carolina``: a compass word or ``New`` before a place word."""
        words = label.split()
        return len(words) == 2 and words[0] in _PLACE_NAME_LEADS_EN and self.lex.is_place(words[1])

    def _colon_block(self, sent, spans, prev_sentence):
        """English ``Lee wrote:¶¶A. B.``: a paragraph ending with a cue and a colon introduces the
        next paragraph, set off without quotation marks; that paragraph is the source's words."""
        text = self.text
        if self.lex.lang != "en" or sent.start == 0 or text[sent.start - 1] != "\n":
            return None
        if any(s.open == sent.start for s in spans) or text[sent.start] in "“\"‘'…<—":
            return None  # "“…”": a quoted paragraph is the direct rule's; "<tweet …>": an embed
        lead = self._colon_lead(sent.start)
        if lead is None:
            return None
        before = self._pre_cue(*lead)
        if before is None or before[0] is None:
            return None
        mention, cue = before
        at = text.rfind(cue, lead[0], lead[1])
        if mention.start > at or self._noun_use(at) or len(text[at:lead[1]].split()) > 3:
            return None  # "…, writing for the Post:", "Listen to his remarks on the radio below:": no speaker's verb
        para_end = text.find("\n", sent.start)
        para_end = len(text) if para_end < 0 else para_end
        end = para_end
        while end > sent.start and (text[end - 1] in _TRAIL_PUNCT or text[end - 1].isspace()):
            end -= 1
        if len(text[sent.start:end].split()) < MIN_LABEL_WORDS:
            return None  # "He said:¶¶Yes.": too short to tell a statement from a list item
        if any(sent.start < p.quote.end and p.quote.start < end for p in self.found):
            return None
        ent = self.people.resolve(mention, mention.start)
        if ent is None:
            return None
        kind = MIXED if find_quote_spans(text, sent.start, para_end) else INDIRECT
        return self._record(sent.start, end, kind, cue, kind + "-colon", ent)

    def _source_label(self, label: str) -> bool:
        """English headline label that names a source even if the body never repeats it: a kind of
        source (``Poll:``, ``Historians:``), an outlet or a titled person (``NY Post:``, ``OK Gov Fallin:``),
        or a person's full name (``Ann Coulter:``)."""
        words = [w.strip(".").lower() for w in label.split()]
        last = words[-1]
        if any(w in _HEADLINE_PREPOSITIONS_EN for w in words[1:-1]):
            return False  # "Stealth Over Health: …": a headline's phrase, no name
        if last in SOURCE_NOUNS or last.rstrip("s") in SOURCE_NOUNS or last in self.lex.descriptions \
                or last.rstrip("s") in self.lex.descriptions or last in self.lex.label_group_words:
            return True
        if any(self.lex.is_role_word(w) for w in words if w not in _LABEL_FUNCTION_WORDS_EN):
            return True  # (not "The Ninth Circle:": "the" opens institution names, but names none)
        return len(words) >= 2 and words[0] in self.lex.given_names

    def _transcript_labels(self) -> int:
        """How many paragraphs of the article open with a speaker label (``SMITH:``), kickers aside."""
        if self._label_count is None:
            self._label_count = sum(1 for m in _LABEL_LINE_EN.finditer(self.text)
                                    if m.group(1).lower() not in self.lex.label_kickers)
        return self._label_count

    def _according(self, sent, spans, prev_sentence):
        """``Menurut X, …`` / ``Menurutnya, …`` / ``According to X, …`` / ``…, according to X.``"""
        lang_en, lang_id = self.lex.lang == "en", self.lex.lang == "id"  # asked again and again below: read once
        text, lex = self.text, self.lex
        lowered = text[sent.start:sent.end].lower()
        if not any(hint in lowered for hint in lex.according_hints):
            return None  # no "according to" (most sentences): lowering and two look-ups beat the regex scan
        for m in lex.according_re.finditer(text, sent.start, sent.end):
            if self._inside_quote(m.start(), spans):
                continue
            lead = text[sent.start:m.start()].strip()
            if lang_en and self._relayed_by_medium(m.group(1), lead):
                continue  # "“…,” Lee noted in an interview, as reported by BuzzFeed": Lee's words, relayed
            if lang_id and m.group(0).lower().startswith("bagi") and lead and not lead.endswith(",") \
                    and lead.lower() not in lex.clause_openers:
                continue  # "Yang terpenting bagi Prawiro, kata Prastyo, …": "for", inside a noun phrase
            comma = self._next_comma(m.end(), sent.end, spans)
            # "… fell (the true figure is nearer half, according to X).": a source inside brackets
            # backs only the bracketed words, and its phrase closes with the bracket
            bracket = self._open_bracket_before_en(sent.start, m.start(), m.end(), sent.end) if lang_en else None
            if bracket is not None and (comma is None or comma > bracket[1]):
                comma = None
            after_bagi = lang_id and m.group(1).lower() == "bagi" and not m.group(2) \
                and not text[m.end():m.end() + 2].strip()[:1].isupper()
            pronoun = _BAGI_PRONOUN_ID.match(text, m.end()) if after_bagi and not lead else None
            if pronoun is not None and comma is not None and text[pronoun.end():comma].strip() == "" \
                    and (self._report_follows_id(sent.end, spans) or prev_sentence is not None
                         and self._report_in_id(prev_sentence, spans) and self._assessment_in_id(comma, sent.end)):
                # "Bagi dia, …. Menurut X, …": the view of the source who goes on speaking, as
                # "Baginya,"; after "X menilai …." only a clause that judges ("Bagi dia, dana itu lebih
                # baik …"), not "… kata Budi. Bagi beliau, desa ini adalah rumah kedua." (narration)
                mention = Mention(PRONOUN, pronoun.group(1), pronoun.start(1), pronoun.end(1))
            elif m.group(2):  # "Menurutnya," / "Baginya,"
                if lang_id and m.group(1).lower() == "bagi" and not self._report_follows_id(sent.end, spans) \
                        and (prev_sentence is None or not self._report_in_id(prev_sentence, spans)):
                    continue  # "… pulang ke Garut. Baginya, …": "for her"; a view only among reports
                mention = Mention(PRONOUN, m.group(2), m.start(2), m.end(2))
            else:
                if after_bagi:
                    continue  # "bagi masyarakat": "for", not "according to"; "Bagi dia," with no source before
                stop = comma if comma is not None else bracket[1] if bracket is not None else sent.end
                mention = self.parser.after_cue(text, m.end(), stop)
                if mention is None and lang_en:
                    mention = self._document_after(m.end(), stop)
                if mention is None and lang_en:
                    mention = self._object_pronoun_source_en(m.end(), stop)
                if mention is None and lang_en:
                    mention = self._quoted_term_phrase_en(m.end(), stop, spans)
                if mention is None or mention.kind not in (NAME, PRONOUN, "title", "description", "organisation", ANAPHOR):
                    continue
                split = self._source_then_clause_en(mention, stop) \
                    if lang_en and not lead and not text[m.end():mention.start].strip() else None
                if split is not None:
                    # "According to Mr Lee the minister said: …": no comma, the clause follows the source
                    source, clause_start = split
                    found = self._accept(source, clause_start, sent.end, m.group(0), "indirect-according", spans,
                                         m.start(), any_source=True)
                    if found is not None:
                        return found
                    continue
                if lang_id and mention.kind in (NAME, "description") and (
                        len(lead.split()) <= 2 or mention.kind == NAME or _known_description(mention, lex)):
                    # (not "X menjelaskan, menurut informasi dari Y, …": X's report stays X's)
                    owner = self._record_owner_id(mention, stop)
                    if owner is None and self._record_noun_lead_id(mention, stop) == "yang":
                        continue  # "Menurut data yang beredar, …": a record of nobody named, no source
                    mention = owner or mention
                if mention.kind == "description" and lang_id and not _known_description(mention, lex):
                    office = self._named_office_id(mention, stop)
                    if office is None and comma is not None and self._name_after_title_id(mention, m.end(), comma, sent, spans):
                        office = mention  # "Menurut epidemiolog Universitas X, Budi, …": read with its name below
                    mention = office
                    if mention is None:
                        continue  # "Menurut data yang …": a document without a voice
                if mention.kind == "description" and lang_id and self._unowned_record_id(mention):
                    continue  # "Menurut data terbaru, …": data of nobody named, no source
                if lang_en and mention.kind in ("description", "organisation"):
                    # "according to early results of voter surveys conducted for …", "according to FEC
                    # filings": a document or a body is named by its whole phrase, up to the comma.
                    full = re.split(r"\s[-—–(]", text[mention.start:stop])[0].rstrip(" .,;:")
                    if len(full.split()) <= 20:
                        mention = Mention(mention.kind, full, mention.start, mention.start + len(full))
                        mention = self._according_phrase_en(mention)
            if bracket is not None and comma is not None and comma < bracket[1] \
                    and text[bracket[0] + 1:m.start()].strip(" ,").lower() in {"which", "that"}:
                # "The plan (which, according to Ms. Vell, costs $2m) was shelved": the source backs
                # the bracketed relative clause, its relative word included
                return self._accept(mention, bracket[0] + 1, bracket[1], m.group(0), "indirect-according", spans,
                                    m.start(), any_source=True, whole=True)
            if lang_id and m.group(2) and (comma is None or text[m.end():comma].strip()):
                comma = m.end() - 1  # "Sebab, menurutnya saat ini …": the clause follows the cue at once
            if lang_id and lead and (len(lead.split()) > 2 or self._short_subject_lead_id(lead, comma, sent.end)):
                found = self._according_inside(m, mention, lead, comma, sent, spans)
                if found is not None:
                    return found
            if lang_id and not m.group(2) and comma is not None:
                named = self._name_after_title_id(mention, m.end(), comma, sent, spans)
                if named is not None:
                    mention, comma = named  # "Menurut epidemiolog Universitas X, Budi Santoso, …"
                else:
                    comma = self._after_apposed_title_id(mention, comma, sent, spans)
            if lang_en and comma is not None and lead.endswith(",") \
                    and lead[:-1].rsplit(None, 1)[-1] in _SUBORDINATORS_BEFORE_SOURCE_EN \
                    and len(text[comma + 1:sent.end].split()) >= MIN_CLAUSE_WORDS:
                # "He left after, according to Reed, the paper dropped him": the subordinate clause
                # the source backs opens after the source; the words before are the writer's
                return self._accept(mention, comma + 1, sent.end, m.group(0), "indirect-according", spans, m.start(),
                                    any_source=True)
            if lang_en and comma is not None and lead.rstrip(",").endswith((" that", " That")):
                before_that = lead.rstrip(",").split()[:-1]
                if any(w.lower() in lex.pre_cues for w in before_that):
                    continue  # "The Courier reported in May that, according to X, A": the outer cue's clause
                after = text[comma + 1:sent.end].split(None, 1)
                if not (before_that and before_that[-1].lower() in _COPULAS_EN) and not (
                        after and (after[0][:1].isupper() or after[0].lower() in _SUBJECT_LEADS_EN)):
                    continue  # "The bridge that, according to X, collapsed …": a relative "that", no report
                # "The trouble is that, according to X, A": A is X's; the words before are no clause of their own
                return self._accept(mention, comma + 1, sent.end, m.group(0), "indirect-according", spans, m.start(),
                                    any_source=True)
            if not lead or len(lead.split()) <= 2 or (
                    lang_en and comma is not None and self._adverbial_lead(lead)
                    and len(text[comma + 1:sent.end].split()) >= MIN_CLAUSE_WORDS + 2):
                # "Since last November, according to X, security forces have …": the clause follows
                if comma is None:
                    continue
                if lang_en and not lead:
                    apposed = self._apposed_name_en(comma + 1, sent.end, spans)
                    if apposed is not None:
                        # "According to analysts, Delta Research, there will be …": the name set off
                        # by commas is the source's, and speaks; the clause follows it
                        mention, comma = apposed
                return self._accept(mention, comma + 1, sent.end, m.group(0), "indirect-according", spans, m.start(),
                                    any_source=lang_en)
            before_end = self._stripped_end(sent.start, m.start())
            comma_before = text[before_end - 1:before_end] == ","  # "…, according to X": a comma closes the words before
            if lang_en and comma is not None and comma_before:
                after = comma + 1
                if not self._predicate_follows(after, sent.end) and text[after:after + 2].strip()[:1].islower():
                    second = self._next_comma(after, min(sent.end, after + MAX_APPOSITION_CHARS), spans)
                    after = second + 1 if second is not None else after  # "…, according to X, a former envoy, was …"
                if self._predicate_follows(after, sent.end):
                    # "At the root of the row, according to X, was a vote …": the words before
                    # the cue are no clause of their own; the report is what follows
                    return self._accept(mention, after, sent.end, m.group(0), "indirect-according", spans,
                                        m.start(), any_source=True)
                if self._adverbial_lead(lead) and len(text[comma + 1:sent.end].split()) >= MIN_CLAUSE_WORDS:
                    # "But the next morning, according to X, Lee made demands.": a short clause follows the lead
                    return self._accept(mention, comma + 1, sent.end, m.group(0), "indirect-according", spans,
                                        m.start(), any_source=True)
            if lang_id and comma_before and not m.group(2) and self._predicate_after_source_id(mention, sent.end):
                # "Lulus …, bagi Sinta merupakan pencapaian …", "Langkah itu, menurut Budi merupakan …": no
                # comma closes the source, the sentence's predicate follows it; the whole sentence is reported
                return self._accept(mention, sent.start, sent.end, m.group(0), "indirect-according", spans, m.start())
            # "…, menurut X." at the end: the clause before it is reported.
            closed = lang_en and self._comma_quote_closing_at(before_end, spans)
            bare = lang_en and not (closed or comma_before) and self._bare_according_end_en(mention, before_end, comma, sent)
            if closed or comma_before or bare:
                # "… said they do not think he “cares,” according to a poll.": the comma inside the marks
                end = closed or bare or text.rfind(",", sent.start, m.start())
                if self._quote_with_own_cue(sent.start, end, spans):
                    continue  # "“No,” said Lee in Ely, a town of 900, according to the census": Lee's quote
                if lang_en and comma is not None and mention.kind == NAME and not mention.role:
                    # "…, according to Ann Lee, senior vice president of Acme."
                    mention.role = self.parser.apposition_after(text, comma + 1, sent.end)
                tail = self._tail_after_report_en(sent, end, spans) if lang_en else None
                if tail is not None:
                    # "Lee says A, which stood at 263 Tuesday, according to X.": the report is Lee's;
                    # X backs only the relative or participle clause closing the sentence
                    found = self._accept(mention, tail, end, m.group(0), "indirect-according", spans, m.start(),
                                         any_source=True)
                    if found is not None:
                        self._pre_verb(sent, spans, prev_sentence)  # the report before it, up to the comma
                    return found
                return self._accept(mention, bracket[0] + 1 if bracket is not None else sent.start, end, m.group(0),
                                    "indirect-according", spans, m.start(), any_source=lang_en, whole=lang_en)
        return None

    def _open_bracket_before_en(self, floor: int, cue_start: int, cue_end: int, sent_end: int) -> Optional[Tuple[int, int]]:
        """English: ``(opening, closing)`` of the brackets an ``according to`` at ``cue_start`` stands
        inside, opened after ``floor`` and closed before ``sent_end``; None when it stands in none."""
        opening = self.text.rfind("(", floor, cue_start)
        if opening < 0 or ")" in self.text[opening:cue_start]:
            return None
        closing = self.text.find(")", cue_end, sent_end)
        return (opening, closing) if closing >= 0 and "(" not in self.text[cue_end:closing] else None

    def _object_pronoun_source_en(self, pos: int, stop: int) -> Optional[Mention]:
        """English ``according to him``, ``…, according to her, …``: the object pronoun alone before
        the comma or the sentence end names the person last spoken of; read as the subject pronoun
        (``he``, ``she``, ``they``) so it resolves like one."""
        m = _OBJECT_PRONOUN_SOURCE_EN.match(self.text, pos, stop)
        if m is None:
            return None
        return Mention(PRONOUN, _SUBJECT_OF_OBJECT_PRONOUN_EN[m.group(1).lower()], m.start(1), m.end(1))

    def _bare_according_end_en(self, mention: Mention, before_end: int, comma: Optional[int], sent) -> Optional[int]:
        """English ``The mayor leads by 12 points according to a poll.``, ``… is wrong — according to
        the journal``: with no comma before it, a closing ``according to`` still names the source of
        the clause before when its phrase is a name, a body, a pronoun or heads a source noun
        (``according_source_heads``); not ``spent according to the plan`` (``in line with``). The end
        of the reported clause (before a dash there), or None. The source runs to the sentence end or
        to a comma before the next clause (``…, but …``); a clause with a cue of its own is left alone."""
        text = self.text
        end = before_end
        dash = _CLOSING_DASH_EN.search(text, max(sent.start, end - 4), end)
        if dash is not None:
            end = dash.start()
        if not (text[end - 1:end].isalnum() or text[end - 1:end] in "”\"')%"):
            return None
        lead = text[sent.start:end].split()
        if len(lead) < MIN_CLAUSE_WORDS + 2 or any(w.strip(",.;:") in _SAY_FORMS_EN or w in _TELL_EN or w in _WRITE_EN
                                                    for w in lead):
            return None  # "Lee said the vote was close according to a poll": Lee's report, the poll backs it
        if comma is not None and not _NEXT_CLAUSE_AFTER_SOURCE_EN.match(text, comma + 1):
            return None  # "Fishers, 60 percent of whom oppose it according to a poll, have …": inside a clause
        if mention.kind not in (NAME, PRONOUN, "organisation") and not any(
                w.strip(",.;:").lower() in self.lex.according_source_heads for w in text[mention.start:mention.end].split()):
            return None
        return end
    def _assessment_in_id(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a word of judging (``penting``, ``masuk akal``)."""
        clause = " " + " ".join(w.strip(",.;:!?").lower() for w in self.text[start:end].split()) + " "
        return any(" " + w + " " in clause for w in self.lex.assessment_words)

    def _report_follows_id(self, end: int, spans) -> bool:
        """Whether the sentence after ``end`` opens a quotation or holds a speech cue or ``menurut``
        (``Baginya, …. Menurut Henky, …``): the source goes on speaking there."""
        stop = _NEXT_SENTENCE_END.search(self.text, end + 1, end + NEXT_SENTENCE_REACH)
        stop = stop.end() if stop is not None else min(len(self.text), end + NEXT_SENTENCE_REACH)
        return any(end <= s.open < stop for s in spans) \
            or self.lex.according_re.search(self.text, end, stop) is not None \
            or self.lex.post_cue_re.search(self.text, end, stop) is not None

    def _report_in_id(self, sentence, spans) -> bool:
        """Whether ``sentence`` holds a quotation or a report already found: a source spoke there."""
        return any(sentence.start <= s.open < sentence.end for s in spans) \
            or any(sentence.start <= p.quote.start < sentence.end for p in self.found)

    def _predicate_after_source_id(self, mention: Mention, end: int) -> bool:
        """Indonesian: whether a predicate word (``merupakan``, ``adalah``, ``akan``, ``tidak``) follows
        the source of ``menurut``/``bagi`` at once, with no comma between (``…, bagi Sinta merupakan …``):
        the source sits inside the sentence, not at its end."""
        ws = tokens(self.text, mention.end, min(end, mention.end + 24))
        return bool(ws) and ws[0][0].lower() in _PREDICATE_ID

    def _apposed_name_en(self, start: int, end: int, spans):
        """English ``According to analysts, Delta Research, there will be …``: ``(mention, comma)``
        of a short run of capitalised words right after the source's comma and closed by a comma,
        before a clause that is no predicate of that run (``Tom Hale, 45, fled`` and ``Tom Hale,
        the driver, fled`` keep their subject); else None."""
        text = self.text
        second = self._next_comma(start, min(end, start + MAX_APPOSITION_CHARS), spans)
        if second is None:
            return None
        ws = tokens(text, start, second)
        if not 1 <= len(ws) <= 4 or not all(w[0][:1].isupper() or w[0] in ("'s", "’s", "of", "&") for w in ws) \
                or ws[0][0].lower() in opening_stop_words("en") or ws[0][0].lower() in self.lex.pronouns:
            return None
        rest = tokens(text, second + 1, end)
        if len(rest) < MIN_CLAUSE_WORDS or not rest[0][0].isalpha() or rest[0][0].lower() in _APPOSITION_OPENERS_EN \
                or self._predicate_follows(second + 1, end):
            return None
        if any(w[0] in ("'s", "’s") or w[0].endswith(("'s", "’s")) for w in ws):
            # "Brown's Island": a title with a possessive names one work, as written
            return Mention(DESCRIPTION, text[ws[0][1]:ws[-1][2]], ws[0][1], ws[-1][2]), second
        mention = self.parser.after_cue(text, ws[0][1], second)
        if mention is None or mention.kind not in (NAME, "organisation", "title", "description"):
            return None
        return mention, second

    def _tail_after_report_en(self, sent, end: int, spans) -> Optional[int]:
        """English ``Lee says A, which stood at 263, according to X``: where the clause closing the
        words before a trailing ``according to`` starts, when it is a relative (``which``, ``who``)
        or a participle clause (``alleging …``) after a comma and a cue verb with its own reported
        clause stands before it; None otherwise (the whole sentence is X's)."""
        last = self.text.rfind(", ", sent.start, end)
        if last < 0:
            return None
        nxt = _WORD.match(self.text, last + 2)
        if nxt is None or not (nxt.group(0) in ("which", "who") or nxt.group(0).endswith("ing") and nxt.group(0).islower()):
            return None
        for hit in self._word_hits(sent.start, last, self.lex.pre_scan):
            verb = hit.group(0).lower()
            if hit.group(0).islower() and not self._inside_quote(hit.start(), spans) and not verb.endswith("ing") \
                    and self._clause_after_verb(hit.end(), last, spans, verb) is not None:
                return last + 2
        return None

    def _stripped_end(self, sent_start: int, pos: int) -> int:
        """The offset just past the last non-blank character before ``pos`` (0 if none): read
        within the sentence opening at ``sent_start``, and before it only if that part is blank
        (without copying the whole text up to ``pos``)."""
        end = sent_start + len(self.text[sent_start:pos].rstrip())
        return end if end > sent_start else len(self.text[:pos].rstrip())

    def _comma_quote_closing_at(self, end: int, spans) -> int:
        """English: ``end`` when it is just past a closing mark (``end`` being where the text up to
        an ``according to`` ends, blanks aside) and the quote's content ends in a comma and the
        quote does not open its sentence (``… he “cares,” according to``), else 0."""
        if not end or self.text[end - 1] not in "”\"'":
            return 0  # (most according-to phrases follow a comma or a word)
        for s in spans:
            if s.close is not None and s.outer_end == end and self.text[s.start:s.end].endswith(",") \
                    and self.text[max(0, s.open - 40):s.open].rstrip(" \t")[-1:] not in {"", "\n", ".", "?", "!", ":"}:
                return end
        return 0

    def _quote_with_own_cue(self, start: int, end: int, spans) -> bool:
        """Whether ``text[start:end]`` holds a whole quote followed by its own cue (``“No,” said
        Lee``, ``“Tidak,” kata Budi``) and an aside after a comma (``in Ely, a town of 900``): a
        source named after such a stretch backs the aside, not the quote, which keeps its speaker.
        (With no aside, ``“No,” Lee said, according to Radio Wessex`` relays the quote through Radio Wessex.)"""
        for s in spans:
            if s.close is None or s.open < start or s.outer_end > end:
                continue
            if self.text[s.start:s.end].rstrip(" ’'\"”")[-1:] not in {",", "?", "!"}:
                continue
            ws = tokens(self.text, s.outer_end, min(end, s.outer_end + 40))[:5]
            cue = next((w for w in ws if w[0].lower() in self.lex.post_cues), None)
            if cue is not None and "," in self.text[cue[2]:end]:
                return True
        return False

    def _subject_inside_relative_en(self, mention: Mention, verb_at: int) -> Optional[Mention]:
        """English ``The dockers ended a strike that company bosses said could …``: a subject phrase
        read across a relative ``that``/``which`` whose own subject (a few words, no predicate) stands
        right before the cue; that subject says it, not the phrase before the relative. None when
        there is no such relative."""
        text = self.text
        rel = _RELATIVE_THEN_SUBJECT_EN.search(text, mention.start, verb_at)
        if rel is None or rel.start() == mention.start:
            return None
        words = text[rel.end():verb_at].split()
        if not words or any(w.lower() in _PREDICATE_EN or w.endswith(",") or w in _IRREGULAR_PAST_EN
                            or w.islower() and _looks_past_en(w) for w in words):
            # "the judges who ruled that the law was unfair said", "the chairs that the Ledger
            # interviewed say": a clause of its own; the phrase before it is the subject
            return None
        after = text[verb_at:verb_at + 80].split()[1:2]
        if not after or not (after[0].lower() in _PREDICATE_EN or after[0].isalpha() and after[0].islower()
                             and after[0].endswith(("s", "ed")) and after[0] not in self.lex.stop_words):
            # "the farmers that the charity supports say the drought …": the relative's gap is its
            # object; only a verb right after the cue ("said could hurt") leaves the gap to the report
            return None
        sub = self.parser.before_cue(text, rel.end(), verb_at)
        return sub if sub is not None and sub.kind in (NAME, PRONOUN, DESCRIPTION, ANAPHOR, "organisation", "title") else None

    def _as_put_it_lead_en(self, sent, spans, prev_sentence) -> Optional[_Pending]:
        """English ``As Ann Lee put it in a letter to the board, the fund is “a lifeline.”``: a
        sentence opened by an ``as … put it`` clause reports the clause after its comma, as an
        opening ``According to Ann Lee,`` does; the subject after ``as`` is the source."""
        text = self.text
        if self.lex.lang != "en":
            return None
        m = _AS_PUT_IT_LEAD_EN.match(text, sent.start, sent.end)  # fails at once unless the sentence opens with "As"
        if m is None or text.find(" put it", sent.start, sent.end) < 0 or self._inside_quote(m.start(1), spans):
            return None
        mention = self.parser.before_cue(text, m.start(1), m.end(1))
        if mention is None or mention.kind not in (NAME, "title", "description", "organisation"):
            return None  # "As he put it, …": a pronoun is left to the direct rules
        return self._accept(mention, m.end(), sent.end, "put it", "indirect-according", spans, m.start(1),
                            any_source=True)

    def _name_after_title_id(self, mention: Mention, start: int, comma: int, sent, spans):
        """Indonesian ``Menurut epidemiolog Universitas X, Budi Santoso, …``, ``Menurut Dekan Fakultas
        Hukum Universitas Y, Yogyakarta, Sigit Riyanto, …``: a title (maybe with its city) set off
        before the name of the person who holds it; that person, with the title as the role, and
        the comma after the name (or after the day that follows it), else None."""
        text, parser = self.text, self.parser
        role_words = (mention.role or "").split()
        if mention.kind == NAME and len((mention.name or "").split()) >= 2 \
                and not (role_words and role_words[-1].lower() in self.lex.org_heads):
            # "Menurut Kepala Dinas X Budi Santoso, …": the name came with its title (but after
            # "Universitas", "Gadjah Mada" is the institution's own name)
            return None
        if not parser.starts_role(text, (start, comma)):
            return None
        part = comma
        nxt = self._next_comma(part + 1, sent.end, spans)
        if nxt is not None and parser.place_only(text, part + 1, nxt):
            part, nxt = nxt, self._next_comma(nxt + 1, sent.end, spans)  # "…, Yogyakarta, Sigit Riyanto,"
        if nxt is None:
            return None
        ws = tokens(text, part + 1, nxt)
        if not 1 <= len(ws) <= MAX_APPOSED_NAME_WORDS_ID or not all(w[0][:1].isupper() and w[0][:1].isalpha() for w in ws):
            return None
        named = parser.chunk(text, ws[0][1], ws[-1][2])
        if named is None or named.kind != NAME or named.role or parser.place_only(text, ws[0][1], ws[-1][2]):
            return None
        end = nxt
        day = self._next_comma(end + 1, sent.end, spans)
        if day is not None and parser.only_date_id(text, (end + 1, day)):
            end = day  # "…, Bambang E, Senin (13/1/2021), saat itu …"
        if len(text[end + 1:sent.end].split()) < MIN_CLAUSE_WORDS:
            return None
        if end == nxt and self._list_goes_on_id(end + 1, sent.end):
            return None  # "Menurut pengamat, Budi Santoso, Rudi dan Ani akan …": names listed in the clause
        return Mention(NAME, named.text, named.start, named.end, name=named.name,
                       role=text[start:comma].strip()), end

    def _list_goes_on_id(self, start: int, end: int) -> bool:
        """Indonesian: whether the words from ``start`` carry on a list of people (``Anies Baswedan dan
        Prabowo akan …``, ``Prabowo, dan Anies …``, ``dan Ani …``), so the name before was the list's
        first, not a speaker: the next item is a person's name (capitalised words, no acronym such
        as ``DPR``, no place such as ``Indonesia``, no title such as ``Presiden``), closed by a comma
        or a list joiner, or opened by one."""
        text, parser = self.text, self.parser
        ws = tokens(text, start, end)[:MAX_APPOSED_NAME_WORDS_ID + 2]
        first = 1 if ws and ws[0][0] in _LIST_JOINERS_ID else 0
        last = first
        while last < len(ws) and ws[last][0][:1].isupper() and ws[last][0][:1].isalpha() \
                and not ws[last][0].isupper():
            last += 1
        if last == first or not first and (last == len(ws) or not (
                ws[last][0] == "," or ws[last][0] in _LIST_JOINERS_ID)):
            return False
        item = (ws[first][1], ws[last - 1][2])
        return not parser.place_only(text, *item) and not parser.starts_role(text, item)

    def _after_apposed_title_id(self, mention: Mention, comma: int, sent, spans) -> int:
        """Indonesian ``Menurut Budi, Kepala Dinas X, sekolah …``: when the comma part after the
        source is a capitalised title and nothing else, it is the source's apposition; the clause
        starts after the next comma (returned), and the title is the role when none was read."""
        nxt = self._next_comma(comma + 1, sent.end, spans)
        if nxt is not None and self.text[comma + 1:nxt].strip()[:1].islower():
            return self._after_lower_apposition_id(mention, comma, nxt, sent, spans)
        if nxt is None or not self.text[comma + 1:nxt].strip()[:1].isupper():
            return comma
        title = self.parser.apposition_after(self.text, comma + 1, nxt)
        if title is None or title != self.text[comma + 1:nxt].strip() or self.parser._has_verb(self.text, comma + 1, nxt) \
                or len(self.text[nxt + 1:sent.end].split()) < MIN_CLAUSE_WORDS:
            return comma
        if mention.kind == NAME and not mention.role:
            mention.role = title
        return nxt

    def _after_lower_apposition_id(self, mention: Mention, comma: int, nxt: int, sent, spans) -> int:
        """Indonesian ``Menurut Budi, salah satu pendiri Lembaga X, data …``, ``Menurut Ani, anggota
        KPU Kota Y Divisi Sosialisasi, Pendidikan, dan Hukum, …``: a lower-case title naming its
        body (a capitalised word), no verb, set off by commas, maybe listing its fields over more
        commas, is the source's apposition; the clause starts after it (returned, else ``comma``)."""
        text, lex = self.text, self.lex
        ws = text[comma + 1:nxt].split()
        k = 2 if [w.lower() for w in ws[:2]] in (["salah", "satu"], ["salah", "seorang"]) else 0
        if len(ws) <= k + 1 or len(ws) > MAX_LOWER_APPOSITION_WORDS or ws[k] not in lex.titles \
                or not any(w[:1].isupper() for w in ws[k + 1:]) or self.parser._has_verb(text, comma + 1, nxt):
            return comma
        end = nxt
        for _ in range(MAX_LISTED_APPOSITION_FIELDS):
            after = self._next_comma(end + 1, sent.end, spans)
            if after is None:
                break
            field = text[end + 1:after].split()
            if not field or len(field) > 4 or not all(w[:1].isupper() or w in ("dan", "serta") for w in field):
                break
            if field[0] in ("dan", "serta"):
                end = after  # "…, dan Sumber Daya Manusia,": the list's last field
                break
            end = after
        listed = text[nxt + 1:end].split()
        if end != nxt and "dan" not in listed and "serta" not in listed:
            return comma  # capitalised parts with no closing "dan": a list in the clause ("Depok, dan Bekasi …")
        first = text[nxt + 1:(self._next_comma(nxt + 1, sent.end, spans) or sent.end)].split()
        if end == nxt and first and all(w[:1].isupper() for w in first[:2]) and len(first) <= 2:
            return comma  # "warga Kota Bogor, Depok, dan Bekasi terdampak": the list goes on in the clause
        if len(text[end + 1:sent.end].split()) < MIN_CLAUSE_WORDS:
            return comma
        if mention.kind == NAME and not mention.role:
            mention.role = text[comma + 1:end].strip()
        return end

    def _record_owner_id(self, mention: Mention, stop: int) -> Optional[Mention]:
        """Indonesian ``Menurut data Dinas Sosial X, …``, ``Menurut catatan Budi, …``, ``Menurut
        data yang ia terima, …``: a record's noun (``non_person_heads``) names no source; its owner
        does: the body or person written after it (``dari`` aside), or the person a pronoun in a
        relative clause on it points to (``yang ia terima``, ``yang diterimanya``). None when
        the record has no owner written."""
        text, lex = self.text, self.lex
        ws = tokens(text, mention.start, stop)
        k = self._record_nouns_id(ws)
        if k == 0 or k >= len(ws):
            return None
        if ws[k][0] == "yang":
            by = next((j for j in range(k + 2, min(len(ws) - 1, k + 5)) if ws[j][0] in ("dari", "oleh")), None)
            if by is not None and all(w.islower() for w, _, _ in ws[k + 1:by]) and ws[by + 1][0][:1].isupper():
                # "data yang dihimpun dari Satgas X": the body it came from
                owner = self.parser.chunk(text, ws[by + 1][1], stop)
                return self._owner_body_id(owner)
            rest = [w for w, _, _ in ws[k + 1:]]
            if 1 <= len(rest) <= 3 and all(w.isalpha() and w.islower() for w in rest):
                if rest[0] in _RECORD_PRONOUNS_ID and len(rest) >= 2:
                    return Mention(PRONOUN, rest[0], ws[k + 1][1], ws[k + 1][2])
                if len(rest) == 1 and rest[0].endswith(lex.clitic) and len(rest[0]) > len(lex.clitic) + 3 \
                        and rest[0].startswith("di"):
                    return Mention(PRONOUN, lex.clitic, ws[k + 1][2] - len(lex.clitic), ws[k + 1][2])
            return None
        if ws[k][0] == "dari" and k + 1 < len(ws):
            k += 1
        if not ws[k][0][:1].isupper():
            return None
        return self._owner_body_id(self.parser.chunk(text, ws[k][1], mention.end if mention.end > ws[k][1] else stop))

    def _named_office_id(self, mention: Mention, stop: int) -> Optional[Mention]:
        """Indonesian ``menurut kantor PM Australia``, ``menurut pernyataan dari kantor Presiden
        X``: the office of a named holder (``kantor`` and a capitalised word), after a statement's
        noun if any, is the source; None for anything else."""
        if not mention.text.lower().startswith(_OFFICE_LEADS_ID):
            return None  # most descriptions: one prefix test
        ws = tokens(self.text, mention.start, stop)
        k = 0
        while k < len(ws) and ws[k][0].lower() in _STATEMENT_NOUNS_ID:
            k += 1
        if k and k < len(ws) and ws[k][0].lower() in ("resmi", "dari"):
            k += 1
        if k + 1 >= len(ws) or ws[k][0].lower() != "kantor" or not ws[k + 1][0][:1].isupper():
            return None
        while len(ws) > k + 2 and not ws[-1][0][:1].isalnum():
            ws = ws[:-1]
        return Mention("organisation", self.text[ws[k][1]:ws[-1][2]], ws[k][1], ws[-1][2])

    def _owner_body_id(self, owner: Optional[Mention]) -> Optional[Mention]:
        """A record's owner read by the parser: a name or a body (``Dinas Sosial Sukamaju``, read as
        a person ``Sukamaju`` under a body, is the body); None for anything else."""
        lex = self.lex
        if owner is None or owner.kind not in (NAME, "organisation"):
            return None
        if owner.kind == NAME and owner.role:
            head = owner.role.split()[0].lower()
            if head in lex.org_heads and len(owner.role.split()) == 1 and len(owner.name.split()) == 1:
                return owner  # "PT Lautbiru": the company by its own name, as elsewhere
            if head in lex.institution_words and head not in lex.titles and not lex.is_place(owner.name):
                # "Dinas Sosial Sukamaju": a body and its place, not a person under a body
                return Mention("organisation", owner.text, owner.start, owner.end)
        return owner

    def _record_nouns_id(self, ws) -> int:
        """How many lower-case record nouns (``hasil survei``, ``data``) open the words ``ws``."""
        k = 0
        while k < len(ws) and ws[k][0].islower() and ws[k][0] in self.lex.non_person_heads:
            k += 1
        return k

    def _record_noun_lead_id(self, mention: Mention, stop: int) -> Optional[str]:
        """The word after the record nouns opening ``text[mention.start:stop]``, if it opens with any."""
        ws = tokens(self.text, mention.start, stop)
        k = self._record_nouns_id(ws)
        return ws[k][0] if 0 < k < len(ws) else None

    def _unowned_record_id(self, mention: Mention) -> bool:
        """Indonesian ``data terbaru``, ``laporan terkini``: a record's noun (the lexicon's
        ``non_person_heads``) with only lower-case modifiers after it, no owner, no demonstrative
        pointing back to a named one, no relative clause; reporting without a source."""
        words = mention.text.split()
        if len(words) < 2 or words[0].lower() not in self.lex.non_person_heads:
            return False
        return all(w.isalpha() and w.islower() and w not in self.lex.demonstratives and w != "yang"
                   and w not in self.lex.stop_words and w not in self.lex.descriptions for w in words[1:])

    def _source_then_clause_en(self, mention: Mention, stop: int) -> Optional[Tuple[Mention, int]]:
        """English ``According to Mr Lee the minister said …`` with no comma: the parser reads the
        source and the clause subject as one phrase; a determiner or a subject pronoun after a
        content word (not after a preposition or a determiner) starts the clause. Returns the
        source cut before it and where the clause starts, or None."""
        ws = tokens(self.text, mention.start, stop)
        last = next((k for k in range(len(ws)) if ws[k][2] >= mention.end), len(ws) - 1)
        for k in range(1, min(last + 2, len(ws))):
            low, prev = ws[k][0].lower(), ws[k - 1][0]
            if low not in _CLAUSE_SUBJECT_OPENERS_EN or not prev[:1].isalnum():
                continue
            if prev.lower() in PREPOSITIONS or prev.lower() in _CLAUSE_SUBJECT_OPENERS_EN \
                    or prev.lower() in self.lex.stop_words:
                continue
            end = ws[k - 1][2]
            source = Mention(mention.kind, self.text[mention.start:end], mention.start, end)
            parsed = self.parser.after_cue(self.text, mention.start, end)
            if parsed is not None and (parsed.kind != NAME or parsed.role or self._titled_name_only(parsed)):
                source = parsed  # a name with its role read apart ("firm Technorati"), not a fragment of one
            return source, ws[k][1]
        return None

    def _according_phrase_en(self, mention: Mention) -> Mention:
        """The source in an English ``according to`` phrase read up to the comma: the speaker of a
        speech noun with a contact clause (``a speech Ms. Lee delivered at Oxford``, ``an account
        she gave to the Times``) is the clause's subject; a date on the end that tells when the
        report came out (``a report on Wednesday``, ``a survey released on Friday``, ``a poll last
        week``) is no part of the source's name."""
        text = self.text
        doubled = re.match(r"(the|a|an)\s+(?=(\w+)\s)", text[mention.start:mention.end], re.I)
        if doubled is not None and doubled.group(1).lower() == doubled.group(2).lower():
            start = mention.start + doubled.end()  # "according to the the report": a doubled word
            mention = Mention(mention.kind, text[start:mention.end], start, mention.end)
        m = _SPEECH_CONTACT_EN.match(text, mention.start, mention.end)
        if m is not None:
            subject = self.parser.chunk(text, m.start(1), m.end(1))
            if subject is not None and subject.kind in (NAME, PRONOUN):
                return subject
        m = _TRAILING_DATE_EN.search(text, mention.start, mention.end)
        if m is not None and m.end() == mention.end and len(text[mention.start:m.start()].split()) >= 2:
            return Mention(mention.kind, text[mention.start:m.start()], mention.start, m.start())
        return mention

    def _work_name_en(self, span: QuoteSpan) -> bool:
        """English: the words in marks read as the name of a work or a thing (``“Quiet Harbour.”``),
        title case and at least ``MIN_WORK_NAME_WORDS_EN`` words, so no one's words voiced."""
        inside = self.text[span.start:span.end].strip(" ,.!?")
        return len(inside.split()) >= MIN_WORK_NAME_WORDS_EN and title_case_phrase(inside)

    def _titled_name_only(self, mention: Mention) -> bool:
        """True when a name mention's words before its name are honorifics or role words only
        (``Mr Lee``), not part of a longer name the parser cut (``Lark Internet & Civic Life``)."""
        at = self.text.find(mention.name, mention.start, mention.end)
        if at < 0:
            return False
        return all(w.lower().strip(".") in self.lex.honorifics or self.lex.is_role_word(w)
                   for w in self.text[mention.start:at].split())

    def _relayed_by_medium(self, cue: str, lead: str) -> bool:
        """English ``as reported by X`` after a clause with a speech cue of its own: X only relays the
        words of that cue's speaker (unlike ``according to X``, which names the source)."""
        return cue.lower().startswith("as ") and any(
            w.strip(",.;:”\"").lower() in self.lex.post_cues for w in lead.split())

    def _according_inside(self, m, mention: Mention, lead: str, comma: Optional[int], sent, spans):
        """Indonesian ``menurut(nya)`` inside a sentence, with a clause after it: after an opener
        and its comma (``Atas hal tersebut, menurutnya, akan lebih baik …``, ``Meski …,
        menurutnya langkah …``) the report follows the cue; inside a clause (``Program yang
        menurutnya jadi andalan adalah …``) or after its subject (``Pencairan anggaran itu, menurut
        Purbaya, akan …``) the whole sentence is the report."""
        if comma is None:
            return None  # "…, menurut X.": the clause before the cue is the report
        tail = self.text[comma + 1:sent.end].split()
        if len(tail) < MIN_CLAUSE_WORDS + 1 and not (
                len(tail) == MIN_CLAUSE_WORDS and lead.endswith(",")
                and tail[0].islower() and tail[0] not in _PREP_ID):
            # "…, menurut X, Senin (3/2) lalu.": the telling's day or place, no clause; but a short
            # predicate after a subject set off by commas ("Angka itu, menurut data BPS, mencapai 9
            # persen.") makes one sentence with it
            return None
        if lead.endswith(",") and self._adverbial_opener_id(lead) and not self._connective_then_subject_id(lead):
            return self._accept(mention, comma + 1, sent.end, m.group(0), "indirect-according", spans, m.start())
        if m.group(2) or lead.endswith(","):  # "Pencairan anggaran …, menurut Purbaya, akan …": one sentence
            return self._accept(mention, sent.start, sent.end, m.group(0), "indirect-according", spans, m.start())
        return None

    def _short_subject_lead_id(self, lead: str, comma: Optional[int], end: int) -> bool:
        """Indonesian ``Angka itu, menurut data BPS, mencapai 9 persen.``: a lead of one or two
        words set off by a comma, no adverbial (``Namun,``, ``Selain itu,``), and a predicate
        (an auxiliary or a verb form) right after the source's comma: the lead is the subject,
        so the whole sentence is the report."""
        if comma is None or not lead.endswith(",") or self._adverbial_opener_id(lead):
            return False
        words = lead.rstrip(",").split()
        if words[0].lower() in _PREDICATE_ID or " ".join(words).lower() in self.lex.clause_openers:
            return False  # "Akan tetapi,", "Untuk itu,": a connective, no subject
        if words[0].lower() in self.lex.time_leads:
            return False  # "Kini,", "Tahun depan,": a time adverbial, no subject
        if len(words) == 1 and words[0].lower().endswith("nya"):
            return False  # "Pasalnya,", "Sayangnya,": a sentence adverb made with -nya, no subject
        ws = tokens(self.text, comma + 1, min(end, comma + 40))
        return bool(ws) and (ws[0][0] in _PREDICATE_ID or self._verb_form_id(ws[0][0]))

    def _connective_then_subject_id(self, lead: str) -> bool:
        """Indonesian ``Namun, kenaikan harga itu,`` before a mid-sentence ``menurut X,``: a one-word
        connective, then the reported sentence's subject (no adverbial of its own), so the whole
        sentence is the report, as with ``…, kata X, …``."""
        parts = lead.split(",")
        return len(parts) == 3 and not parts[2].strip() and len(parts[0].split()) == 1 \
            and bool(parts[1].strip()) and not self._adverbial_opener_id(parts[1].strip())

    def _adverbial_opener_id(self, lead: str) -> bool:
        """Whether an Indonesian sentence opens with an adverbial, not its subject: a preposition,
        a subordinator or a sentence adverb (``Atas hal tersebut,``, ``Meski …,``, ``Namun,``)."""
        first = lead.split()[0].lower().strip(",")
        return first in PREPOSITIONS or first in _PREP_ID or first in _SUBORDINATE_OPENERS_ID \
            or first in self.lex.clause_openers or first in self.lex.adverbs_between or first in _LINKING_PREPS_ID \
            or first in self.lex.stop_words

    def _quoted_term_phrase_en(self, pos: int, stop: int, spans) -> Optional[Mention]:
        """English ``according to her “pay back” plan,``: a determiner phrase with a short quoted
        term inside and a lower-case noun after it names a plan or a document; the parser stops at
        the mark, so the phrase is read here, up to ``stop``. None otherwise."""
        ws = tokens(self.text, pos, stop)
        if not MIN_QUOTED_TERM_PHRASE_WORDS <= len(ws) <= MAX_QUOTED_TERM_PHRASE_WORDS or ws[0][0].lower() not in _DETERMINER_LEADS_EN \
                or not (ws[-1][0].isalpha() and ws[-1][0].islower()):
            return None
        term = next((sp for sp in spans if ws[0][2] <= sp.open and sp.close is not None and sp.outer_end <= ws[-1][1]), None)
        if term is None or len(self.text[term.start:term.end].split()) > MAX_QUOTED_TERM_WORDS:
            return None  # no quoted term inside, or a quote, not a term
        return Mention("description", self.text[ws[0][1]:ws[-1][2]], ws[0][1], ws[-1][2])

    def _document_after(self, pos: int, stop: int) -> Optional[Mention]:
        """English ``according to a report in the Ledger``: a determiner phrase whose head is a
        cue form used as a noun (``report``, ``statement``) names a document; the parser stops at
        such a word, so the phrase is read here, up to ``stop``."""
        ws = tokens(self.text, pos, stop)
        if len(ws) < 2 or ws[0][0].lower() not in {"a", "an", "the"} or ws[1][0].lower() not in self.lex.pre_scan:
            return None
        end = re.split(r"\s[-—–(]", self.text[ws[0][1]:stop])[0].rstrip(" .,;:")
        if len(end.split()) > 20:
            return None
        return Mention("description", end, ws[0][1], ws[0][1] + len(end))

    def _predicate_follows(self, pos: int, end: int) -> bool:
        """English: True when the words after ``pos`` open with a verb of the sentence (``was``,
        ``are``, ``has surged``) and go on for a clause."""
        ws = tokens(self.text, pos, end)
        return len(ws) > MIN_CLAUSE_WORDS and ws[0][0] in _PREDICATE_EN

    def _adverbial_lead(self, lead: str) -> bool:
        """English: True when ``lead`` (the words before a mid-sentence ``, according to X,``) is no
        main clause of its own, so the report follows the source: a short opening adverbial ("Since
        last November,", "But the next day,", "Over the long term,"), a subordinate clause ("While
        most were routine,") or a lead ending in a subordinator ("…, because,")."""
        words = lead.rstrip(" ,").split()
        if words and words[0] in SENTENCE_CONJUNCTIONS_EN:
            words = words[1:]  # "But the next day,"
        if not words or not lead.rstrip().endswith(","):
            return False
        first, last = words[0].lower(), words[-1].lower()
        if last in _LEAD_CLOSING_SUBORDINATORS_EN:
            return True  # "He will go, because, according to X, the press would …": the clause follows
        if first in _LEAD_CLAUSE_SUBORDINATORS_EN and len(words) <= MAX_SUBORDINATE_LEAD_WORDS \
                and "," not in lead.rstrip(" ,"):
            return True  # "While most were routine, according to X, two were …": the main clause follows
        if len(words) > 5 or any(w.lower() in _PREDICATE_EN and not (w == "May" and k and words[k - 1].lower() in _MONTH_LEADS_EN)
                                 for k, w in enumerate(words)):
            return False  # but "Since last May,": the month, no modal
        if first in _SUBORDINATORS_EN or first in _TIME_EN or first in _TIME_LEAD_EN or first in _LEAD_PREPOSITIONS_EN:
            return True
        # "the next day,", "One Monday in early 1999,": a determiner or count, then a time word
        return (first == "the" or first in _QUANTITIES_EN) and len(words) >= 2 and (
            words[1].lower() in _TIME_EN or words[1].lower() in _TIME_LEAD_EN)

    def _pre_verb(self, sent, spans, prev_sentence):
        """``X mengatakan (bahwa) …`` / ``X said (that) …`` / ``X told reporters …``.

        A sentence may report several sources (``A admitted that …, but he claimed …``): each
        reported clause ends where the next cue's subject begins.
        """
        text, lex = self.text, self.lex
        en = lex.lang == "en"
        candidates = []
        what_cue_end = None  # the end of the last "what X called" cue read (its quoted name may follow)
        what_name_starts = []  # starts of the namers of such cues whose quoted name is their quote
        hits = list(self._word_hits(sent.start, sent.end, lex.pre_scan))
        if en and text.find("clear", sent.start, sent.end) >= 0:
            hits = sorted([*hits, *_PHRASE_CUES_EN.finditer(text, sent.start, sent.end)], key=lambda h: h.start())
        opened = self._opening_participle_report(sent, spans) if en else None
        if opened is not None:
            candidates.append(opened)
        if en and text.startswith("Asked by ", sent.start):
            asked = self._asked_by(sent, spans, sent.start, sent.start + 5)  # a capitalised form is no word hit
            if asked is not None:
                candidates.append(asked)
        for hit_index, m in enumerate(hits):
            if self._inside_quote(m.start(), spans):
                continue
            verb = m.group(0).lower()
            if verb in lex.that_cues and not self._that_follows(m.end(), sent.end, hearer=en) \
                    and not (verb in _ADDED_EN and self._bare_clause_follows(m.end(), sent.end)):
                continue  # "added" before a clause only as "added that …" (or "added he was …")
            if en and verb == "asked":
                asked = self._asked_by(sent, spans, m.start(), m.end())
                if asked is not None:
                    # "(When) asked by a reporter whether A, Lee said …": the asker put the question A
                    candidates.append(asked)
                    continue
            clause_start = self._clause_start(sent.start, m.start())
            if text[clause_start] == "(" and en and ")" not in text[clause_start:m.start()]:
                clause_start += 1  # "(On Monday, Lee's aide said …)": the bracket opens the sentence, not its subject
            subject_tokens = self._subject_without_dash_aside(clause_start, m.start())
            if not subject_tokens and en and verb.endswith("ing"):
                comma = _COMMA_CLOSING_MARK_END.search(text, sent.start, clause_start)
                if comma:
                    # "X praised the “brave crews,” saying …": the comma before the participle sits inside the mark
                    subject_tokens = [(",", clause_start, clause_start)]
            if en and len(subject_tokens) > MAX_SUBJECT_TOKENS * 2 and not verb.endswith("ing"):
                tail = self._long_subject_tail(subject_tokens)
                if tail is not None:
                    # "…; 29 percent said …", "While A and B praised …, they said …": the cue's own clause
                    clause_start, subject_tokens = subject_tokens[tail][1], subject_tokens[tail:]
            # the subject before a long apposition, kept for the apposed-subject reading below
            long_apposed = self._long_apposition_subject_en(sent, clause_start, m, subject_tokens, spans) \
                if en and len(subject_tokens) > MAX_SUBJECT_TOKENS and subject_tokens[-1][0] == "," else None
            long_apposition = long_apposed is not None
            if not subject_tokens or len(subject_tokens) > MAX_SUBJECT_TOKENS * (
                    4 if en and verb.endswith("ing") and subject_tokens[-1][0] == "," else LONG_APPOSITION_SUBJECT_FACTOR if long_apposition else 2):
                continue  # "X did A, B and C …, saying …": the participle's subject opens the sentence
            if not en and subject_tokens[-1][0].lower() in lex.passive_cues:
                continue  # "Pemerintah dilaporkan meminta …": reported of the subject, by no source
            if en and verb in _PLURAL_NOUN_CUES_EN and self._verb_object_noun_en(subject_tokens):
                continue  # "Lee dismissed claims that …", "moved to quash claims that …": others' claims, a noun
            verb_at = m.start()
            aspect = aspect_before_infinitive(subject_tokens, lex) if en else None
            if aspect is not None:
                # "Lee continued to insist that …", "He went on to say …": the subject's verb is the cue
                subject_tokens, verb_at = subject_tokens[:aspect], subject_tokens[aspect][1]
            if en and subject_tokens[-1][0] == "ago" and len(subject_tokens) > 3:
                ago = _ago_phrase_start_en(subject_tokens)
                if ago:
                    # "The Trade Department less than three weeks ago said …": the time is no part of the subject
                    subject_tokens, verb_at = subject_tokens[:ago], subject_tokens[ago][1]
            if en and verb.endswith("ing") and len(subject_tokens) > 1 \
                    and subject_tokens[-1][0] in _GERUND_ASPECTS_EN and (subject_tokens[-2][0][:1].isalnum() or subject_tokens[-2][0] == ")"):
                # "Lee kept asking her why …", "Lee began saying …": the subject's verb is the cue
                subject_tokens, verb_at = subject_tokens[:-1], subject_tokens[-1][1]
            adverb_participle = False
            if en and verb.endswith("ing") and len(subject_tokens) > 2 and subject_tokens[-2][0] == "," \
                    and subject_tokens[-1][0] in lex.adverbs_between \
                    and (verb in _SPEECH_PARTICIPLES_EN or self._that_follows(m.end(), sent.end)):
                # "X declined to weigh in on the debate, only saying …": the adverb opens the participle
                subject_tokens, adverb_participle = subject_tokens[:-1], True
            if en and [w[0] for w in subject_tokens if w[0][:1].isalnum()] == ["Having"]:
                # "Having announced that A, Judge Lee proceeded …": the subject follows the clause
                opened = self._having_opener(m.end(), sent.end, spans, verb)
                if opened is not None:
                    candidates.append(opened)
                continue
            if en and verb == "saying" and len(subject_tokens) == 1 and subject_tokens[0][1] == sent.start \
                    and subject_tokens[0][0] in _PARTICIPLE_LEADS_EN:
                # "After saying her foot was swollen, she …", "While saying that he respects her, Lee …"
                opened = self._having_opener(m.end(), sent.end, spans, verb, pronoun=True)
                if opened is not None:
                    candidates.append(opened)
                continue
            relative_end = None
            if en and len(subject_tokens) > 3 and subject_tokens[-1][0].lower() in _PRESENT_PERFECT_AUXILIARIES_EN \
                    and subject_tokens[-2][0].lower() in _WHO_FORMS_EN and subject_tokens[-3][0] == ",":
                # "Roe sided with Lee, who has said …": the auxiliary is the relative clause's own (not
                # "supporters who have suggested …", a restrictive clause inside another's report)
                subject_tokens = subject_tokens[:-1]
            dashed = self._dash_relative_en(subject_tokens) if en else None
            if dashed is not None:
                # "Ann Lee - who previously said A - said at a rally that B": the aside reports its
                # antecedent and closes at the second dash
                subject_tokens = subject_tokens[:dashed]
            if en and subject_tokens[-1][0].lower() in _WHO_FORMS_EN \
                    and self._restrictive_subject_of_later_cue(subject_tokens, m.end(), sent.end):
                continue  # "The man who wrote the speech delivered by … says …": the clause is in a subject
            if en and subject_tokens[-1][0].lower() in _WHO_FORMS_EN:
                # "Lopez, who said the plan would fail, left": the relative clause reports its antecedent
                # ("who’s argued": "who has").
                mention = self._antecedent(clause_start, subject_tokens) or self._unnamed_antecedent_en(subject_tokens, verb)
                start = self._clause_after_verb(m.end(), sent.end, spans, verb) if mention is not None else None
                if start is None:
                    continue
                if len(subject_tokens) > 1 and subject_tokens[-2][0] == ",":
                    relative_end = self._relative_end(start, sent.end, spans)
                elif len(subject_tokens) > 1 and subject_tokens[-2][0] in DASH_TOKENS:
                    relative_end = self._dash_aside_close_en(subject_tokens[-2][0], start, sent.end)
                    if relative_end is None:
                        continue
                candidates.append((mention, m.group(0), start, None, verb in _SAY_EN, relative_end))
                continue
            if en and verb == "told" and subject_tokens[-1][0].lower() == "all" and text.startswith(",", m.end()) \
                    and (len(subject_tokens) == 1 or subject_tokens[-2][0] in {",", ";", "—", "–"}):
                continue  # "All told, up to 4 million people …": "in all", no one told anything
            if en and subject_tokens[-1][0].lower() == "which" and len(subject_tokens) > 2 \
                    and subject_tokens[-2][0][:1].isupper() and subject_tokens[-2][0][1:].islower() \
                    and verb in _SAY_EN:
                # "the Fair Wage Commission which said …": a proper name takes no restrictive relative;
                # the body is the source, the clause runs on as after a comma
                mention = self._capitalised_antecedent_en(subject_tokens, len(subject_tokens) - 1)
                start = self._clause_after_verb(m.end(), sent.end, spans, verb) if mention is not None else None
                if start is not None:
                    candidates.append((mention, m.group(0), start, None, True, self._relative_end(start, sent.end, spans)))
                continue
            if en and subject_tokens[-1][0].lower() == "which" and len(subject_tokens) > 1 \
                    and subject_tokens[-2][0] in {",", "—", "–", "-"}:
                # "the Daily Courier, which argued that …": a named body the relative clause reports
                mention = self._antecedent(clause_start, subject_tokens)
                if mention is not None and mention.kind not in (NAME, ORGANISATION) and subject_tokens[-2][0] == ",":
                    # "The plans came from the Fair Wage Commission, which said …": the clause's
                    # subject is read as one description; the capitalised body closing it is the source
                    mention = self._capitalised_antecedent_en(subject_tokens, len(subject_tokens) - 2) or mention
                if mention is not None and (mention.kind not in (NAME, ORGANISATION)
                                            or text[mention.end:subject_tokens[-2][1]].strip()
                                            or _BY_AFTER_PARTICIPLE_EN.search(text, max(0, mention.start - 30), mention.start)):
                    mention = None  # "an analysis, first reported by the Globe, which concluded …": the analysis concluded
                start = self._clause_after_verb(m.end(), sent.end, spans, verb) if mention is not None else None
                if start is not None:
                    relative_end = self._relative_end(start, sent.end, spans) if subject_tokens[-2][0] == "," \
                        else self._dash_aside_close_en(subject_tokens[-2][0], start, sent.end)
                    if relative_end is not None or subject_tokens[-2][0] == ",":
                        candidates.append((mention, m.group(0), start, None, verb in _SAY_EN, relative_end))
                continue
            if not en and verb in _DOCUMENT_STATING_CUES_ID and subject_tokens[-1][0] in ("yang", "intinya"):
                # "… merujuk pada putusan MK nomor 5/2024 yang menyebut …": the document reports
                document = self._document_before_yang_id(subject_tokens)
                start = self._clause_after_verb(m.end(), sent.end, spans, verb) if document is not None else None
                if start is not None:
                    candidates.append((document, m.group(0), start, None, True, None))
                    continue
            if subject_tokens[-1][0].lower() in {"yang", "who", "which", "untuk", "to", "for", "akan", "ingin", "tidak"}:
                continue  # relative clause or infinitive: "yang mengatakan", "to say"
            after_what = en and (verb in _NAMING_VERBS_EN or verb in _NAMING_CUES_EN) \
                and any(w[0].lower() == "what" for w in subject_tokens[-MAX_NAMER_WORDS - 1:])
            if after_what and verb in _NAMING_VERBS_EN \
                    and not (verb in _NAMING_CUES_EN and _QUOTE_OPENS_NEXT.match(text, m.end())):
                # "denounced what he called a “shameless breach”": a label inside the writer's clause;
                # but "what Lee called “a perception problem”" quotes Lee's words whole (read below)
                continue
            if after_what and verb in _NAMING_CUES_EN:
                what_cue_end = m.end()  # the quoted name alone is the quote, unless it sits in another's report
            if en and verb in _NAMED_PARTICIPLES_EN and self._indefinite_object_en(subject_tokens):
                continue  # "has built a website called “…”": the participle names the thing, no one speaks
            if lex.lang == "id" and self._negated_id(subject_tokens):
                continue  # "Pemerintah belum bisa memastikan …": no statement made
            if en and (not verb.endswith("ing") and self._unasserted(
                    subject_tokens, verb, not text[sent.start:clause_start].strip(" \"“'‘"))
                                     or self._negated(subject_tokens)):
                continue  # "Sandler hasn't said whether …", "You could say …", "He did not mention …": no statement made
            if en and self._reportedly(subject_tokens):
                continue  # "Lee reportedly said …": the writer's hearsay, no source of its own
            if en and verb[-1:] == "s" and (_AUXILIARY_AFTER_PLURAL_NOUN_EN if verb == "says" else _VERB_AFTER_PLURAL_NOUN_EN
                                            ).match(text, m.end()):
                continue  # "Some civil servant jobs have been cut", "but reports show the claim is untrue": a plural noun, then its own verb
            if en and verb in {"reason", "reasons"} and subject_tokens \
                    and subject_tokens[-1][0].lower() in _REASON_NOUN_LEADS_EN:
                continue  # "One reason Democrats say …", "the main reason": the noun, not the verb
            if en and verb in SINGULAR_NOUN_CUES_EN and len(subject_tokens) > 1 \
                    and not text.startswith(" that", m.end()) and subject_tokens[-1][0].isalpha() and subject_tokens[-1][0].islower() \
                    and subject_tokens[-1][0][-1] != "s" and subject_tokens[-2][0][-2:] in ("'s", "’s"):
                continue  # "next week's inflation report from …": a singular noun, then the bare form: a noun
            if en and self._opening_phrase_noun(subject_tokens, m.end()):
                continue  # "In interviews and tweets, Brandt argued …": the cue form ends an opening phrase
            if en and not verb.endswith("ing") and (
                    subject_tokens[-1][0].lower() in _PASSIVE_BE_FORMS_EN or len(subject_tokens) > 1
                    and subject_tokens[-2][0].lower() in _PASSIVE_BE_FORMS_EN and self._passive_adverb_en(subject_tokens[-1][0])):
                continue  # passive: "we are now being told that …", "the story was told by …", "Lee was once asked how …"
            aside_subject = self._subject_before_aside_participle(clause_start, verb_at, subject_tokens) \
                if en and len(subject_tokens) > 3 and (subject_tokens[-1][0] in {",", "”", "\"", "''"} or (
                    subject_tokens[-1][0] == "'" and subject_tokens[-2][0] == "'")) \
                else None
            if en and subject_tokens[-1][0] in {",", "”", "\"", "''"} and not verb.endswith("ing") \
                    and aside_subject is None and self._inverted_subject(m.end(), sent.end, spans):
                continue  # "…, said Brian Baker, a longtime adviser": the speaker follows; the report came before
            # The reported clause is read before the subject (it does not depend on it): a cue that
            # reports no clause and leaves nothing for its subject to do is passed over unread.
            start = self._clause_after_verb(m.end(), sent.end, spans, verb)
            as_opening = en and self._opening_as_clause_en(subject_tokens)
            if start is None and as_opening:
                start = self._after_as_adverbial_en(m.end(), sent.end, spans)  # "As Lee noted in a column, A"
            elif start is not None and as_opening and self._as_clause_noun_object_en(start, sent.end, spans):
                continue  # "As Lee lamented high taxes, Ray took …": a topic in a time clause, no report
            if start is None and en and not self._unreported_cue_subject_used(m, verb, sent, spans, candidates):
                continue
            if start is not None and en and clause_start > sent.start and text[clause_start - 1] in "”\"»'" \
                    and len(subject_tokens) <= 6 and "," in text[m.end():start] \
                    and not self._cue_follows(text.index(",", m.end()) + 1, sent.end):
                continue  # "“…,” Brandt said, looking out on the crowd": the quote's cue, then an aside
            if start is not None and en and hit_index == len(hits) - 1 and all(c[2] is None for c in candidates) \
                    and self._empty_report_en(m, verb, start, sent, clause_start, subject_tokens):
                # "“…,” he said.": the last cue, with no report before it whose end it would set,
                # reports nothing; its subject phrase need not be read
                continue
            mention = self.parser.before_cue(text, clause_start, verb_at)
            mention = aside_subject or mention  # "Lee, citing “…,” said": the aside is no part of the subject
            if en and mention is not None and mention.kind in (DESCRIPTION, ANAPHOR) and mention.end >= verb_at - 1:
                mention = self._subject_inside_relative_en(mention, verb_at) or mention
            with_source = None
            if en and verb.endswith("ing"):
                with_source = self._subject_after_with(subject_tokens, verb_at)
                mention = with_source or mention
            if lex.lang == "id":
                mention = self._yang_antecedent_id(clause_start, subject_tokens, mention) or mention
            described_by_clause = False
            if en and (verb in _SAY_EN or verb in _TELL_EN) and (mention is None or mention.kind == "description" and not (
                    self._noun_phrase(mention) or self._plausible_speaker(mention))):
                head = self._antecedent_of_restrictive(clause_start, subject_tokens)
                if head is not None and mention is not None and mention.start == head.start:
                    described_by_clause = True  # "A man who worshiped there said": the whole phrase describes the source
                else:
                    mention = head or mention
            if en and mention is not None and mention.kind == "description" \
                    and self._after_relative(subject_tokens, mention):
                # "Groups that have endorsed him say …": not the relative clause, its antecedent
                head = self._antecedent_of_restrictive(clause_start, self._without_conjunction(subject_tokens))
                if head is not None:
                    mention, described_by_clause = head, True
            if en and mention is not None and mention.kind in (DESCRIPTION, ANAPHOR) \
                    and mention.end < verb_at and " that " in text[mention.end - 1:verb_at]:
                whole = self._that_clause_description(mention, subject_tokens, verb_at)
                if whole is not None:
                    mention, described_by_clause = whole, True
            as_source = None
            if mention is not None and en and mention.kind == "description":
                as_source = self._subject_after_as(subject_tokens, verb_at)
                mention = as_source or mention
            if mention is not None and en and mention.start > clause_start:
                mention = self._subject_before_dash_aside(clause_start, mention.start, subject_tokens) or mention
            if en and subject_tokens[-1][0] == "," and (
                    mention is None or (mention.kind == "description" and mention.start > subject_tokens[0][1])):
                apposed = long_apposed if long_apposed is not None and verb_at == m.start() \
                    else self._apposed_subject(clause_start, verb_at, spans, long_aside=long_apposition)
                mention = apposed or mention
            if en and mention is not None and mention.kind == "description" \
                    and fold_word(mention.text.split(None, 1)[0]) in _PREP_OPENERS_EN:
                mention = self._subject_after_opening_phrase(mention, verb_at, spans) or mention
            if en and mention is not None and mention.start > clause_start:
                mention = self._group_before_members(clause_start, mention, verb_at) or mention
            participle = en and verb.endswith("ing") and (
                subject_tokens[-1][0] in {",", "—", "–"} or subject_tokens[-1][0].lower() in _PARTICIPLE_PREPS_EN or (
                    len(subject_tokens) > 2 and subject_tokens[-1][0].lower() in {"also", "while", "whilst"}
                    and subject_tokens[-2][0].lower() in {",", "while", "whilst"}))
            after_utterance = en and verb.endswith("ing") and self._after_speech_noun(subject_tokens)
            participle = participle or after_utterance or (en and self._perfect_participle(subject_tokens)) \
                or (en and verb in _BARE_PARTICIPLE_CUES_EN and self._participle_after_object_en(subject_tokens, m.end()))
            boundary = None
            if participle:
                # "X did Y, saying (that) …", "X began by saying …", "X was criticised for saying …"
                # "…, with Ann Lee marching up to him, saying …": the doer set off before the comma
                doer = with_source if with_source is not None and subject_tokens[-1][0] == "," else None
                if doer is None and subject_tokens[-1][0] == ",":
                    doer = self._inverted_cue_doer_en(subject_tokens, spans)
                elif doer is None and subject_tokens[-1][0].lower() in _PARTICIPLE_PREPS_EN and ", who " in text[clause_start:verb_at]:
                    # "… sat with Speaker Tom Ryde, who had surprised Lee by declaring …": the relative
                    # clause's antecedent does what its verb's participle says
                    doer = self._relative_subject(clause_start, subject_tokens)
                if doer is None and en and subject_tokens[-1][0] == ",":
                    doer = self._coordinated_clause_subject_en(subject_tokens, verb_at)
                mention = doer or self._main_subject(self._after_conjunction_before_the_en(sent.start), verb_at) or (
                    mention if after_utterance or adverb_participle and mention is not None
                    and mention.start <= subject_tokens[0][1] else None)  # "X issued a statement saying"; "Lee, later saying …"
                if mention is None and subject_tokens[-1][0] == ",":
                    mention = self._cue_subject_before(sent.start, subject_tokens[-1][1], spans)
                if mention is None and en and len(subject_tokens) > 1 and subject_tokens[-1][0] in {"before", "after"}:
                    # "“Thank you,” Lee replied(,) before adding that …": the quote's speaker adds it
                    stop = subject_tokens[-2][1] if subject_tokens[-2][0] == "," else subject_tokens[-1][1]
                    mention = self._cue_subject_before(sent.start, stop, spans)
                if mention is None and subject_tokens[-1][0] == ",":
                    # "It was a fine day, as Mrs. Lee echoed the point, saying …": no subject opens the
                    # sentence; the doer is the named subject of the clause set off before the participle
                    k = next((k for k in range(len(subject_tokens) - 2, 0, -1) if subject_tokens[k][0] in ("as", "when")
                              and subject_tokens[k - 1][0] == ","), None)
                    if k is not None and subject_tokens[k + 1][0][:1].isupper():
                        found = self._main_subject(subject_tokens[k + 1][1], verb_at)
                        mention = found if found is not None and found.kind == NAME else None
                if subject_tokens[-1][0] == ",":
                    boundary = subject_tokens[-1][1]  # "X said A, adding that B": A ends at the comma
            if en and not participle:
                boundary = self._after_and(subject_tokens)
                if boundary is not None and verb in _PLURAL_NOUN_CUES_EN and self._nouns_after_preposition(subject_tokens):
                    continue  # "… with fiery speeches and promises to cut taxes": a noun, no second predicate
                if boundary is not None:
                    opened = self._subordinator_after_lead_en(subject_tokens)
                    if opened is not None and opened + 1 < len(subject_tokens) and subject_tokens[opened][1] < boundary:
                        # "Some booed, and when Lee thanked them and said …": the subject of the subordinate clause
                        mention = self._main_subject(subject_tokens[opened + 1][1], verb_at)
                        close = next((n for n in range(opened + 2, len(subject_tokens) - 1)
                                      if subject_tokens[n][0] == "," and subject_tokens[n][1] < boundary), None)
                        if close is not None and (subject_tokens[close + 1][0][:1].isupper()
                                                  or subject_tokens[close + 1][0] in _SUBJECT_PRONOUNS_EN):
                            # "In May, while Lee attacked it, Reed hewed to … and said …": the clause closed; the main subject says it
                            mention = self._main_subject(subject_tokens[close + 1][1], verb_at) or mention
                    elif self._quote_reported_before(sent.start, clause_start, spans):
                        # 'Lee began by saying "of course" Vale can lead, but said …': the words after
                        # the quote go on with its report; the sentence's subject says both
                        mention = self._subject_before_quote(sent.start, clause_start, verb_at)
                    elif self._thing_relative_before_and_en(subject_tokens, boundary):
                        continue  # "a climate that threatened rain and promised sun": a thing's second verb, no report
                    else:
                        mention = None
                    mention = mention or self._relative_subject(clause_start, subject_tokens) \
                        or self._main_subject(clause_start, verb_at) \
                        or self._subject_before_quote(sent.start, clause_start, verb_at)  # "X praised Y … and said …"
                    if mention is None:
                        # "X, a director, told the AP A and said B": the subject of the first cue says B too
                        mention = next((c[0] for c in reversed(candidates) if c[0].start < boundary), None)
                elif clause_start > sent.start and subject_tokens[0][0].lower() in ("and", "but") and all(
                        w[0].lower() in lex.adverbs_between for w in subject_tokens[1:]):
                    # "X called it “a crystal ball” and said …": the subject opens the sentence, before the quote
                    boundary = subject_tokens[0][1]
                    mention = self._subject_before_quote(sent.start, clause_start, verb_at)
                elif clause_start > sent.start and len(subject_tokens) > 2 and subject_tokens[0][0].lower() in ("and", "but") \
                        and text[clause_start - 1] in "”\"'" and self._predicate_word_en(subject_tokens[1][0]) \
                        and subject_tokens[-1][0] == "," and mention is not None and mention.kind == "description":
                    # 'She pledged to be "the best" and cast doubt on the rate, suggested that …': a third
                    # predicate of the subject opening the sentence, before the quote
                    boundary = subject_tokens[0][1]
                    mention = self._main_subject(sent.start, verb_at)
            if en and mention is None and len(subject_tokens) > 3 and not verb.endswith("ing"):
                mention = self._subject_after_cue_subordinator_en(subject_tokens, verb_at)
            if mention is None:
                continue
            if en and mention.kind == "description" and mention.text[:4] in ("one ", "One ") and " and " in mention.text:
                other = _ONE_AND_ANOTHER_EN.search(mention.text) if _ONE_DOING_EN.match(mention.text) else None
                if other is not None:
                    # "three claims - one accusing it of A and another alleging B": the second one says B
                    mention = Mention(DESCRIPTION, other.group(1), mention.start + other.start(1),
                                      mention.start + other.end(1))
            if en and mention.kind == "description" and _CLAUSE_AS_SUBJECT_EN.fullmatch(mention.text):
                continue  # "…, they are not for artistic reasons": a pronoun and its verb, no subject phrase
            if start is not None and en and self._closes_dash_aside(clause_start, m.end()):
                continue  # "— as Moscow denies — “…?” asked Lee": the aside ends at the verb
            if start is not None and en and text.startswith(("and ", "or "), start) \
                    and _COORDINATED_VERB_EN.match(text, start):
                continue  # "…, tweeting and emailing a clip of …": a verb coordinated with the cue, no report
            if start is None:
                if lex.lang == "id" and mention.kind == NAME:
                    self._keep_subject(mention)  # "Ellen mengkritik kepadatan …. Ia menilai …": still hers
                elif en and mention.kind == NAME and not spans and not candidates \
                        and verb not in _NAMING_CUES_EN and _QUOTE_OPENS_NEXT.match(text, sent.end):
                    self._cue_before_quote(mention)  # "Lee said in a statement. “…”": the quote is hers
                aside = self._aside_cue(m.end(), sent.end)
                lead_end = self._report_before_subject(sent.start, mention, spans) if aside else None
                if lead_end is not None and self._reason_after_cue(m.end(), sent.end):
                    lead_end = sent.end  # "She left the band, she says, because she …": the whole sentence
                if lead_end is not None:
                    # "A, a spokeswoman, Ann Lee, said on Monday, and …": A is the report
                    candidates.append((mention, m.group(0), sent.start, None, True, lead_end))
                    continue
                if self._same_reference(m.end(), sent.end) or aside:
                    # "A said X, and B said the same of Y": no report of B's, but X ends where B begins
                    candidates.append((mention, m.group(0), None, None, False, None))
                continue
            if participle and mention.kind == "description" and not self._plausible_speaker(mention) \
                    and mention.text.split()[-1].lower().rstrip("s") not in SOURCE_NOUNS \
                    and not self._reported_clause_opens(start, sent.end) \
                    and not (verb in _NAMING_PARTICIPLES_EN and any(start <= s.open < sent.end and not self._work_name_en(s)
                                                                    for s in spans)):
                # (but "Her lawyer asked for mercy, calling his crimes “an illness”": a label in marks is
                # the subject's words; "calling the record “Quiet Harbour”" names a work, voices nothing)
                continue  # "A small storm crossed the valley, saying little …": no source, no clause
            any_source = en and (verb in _SAY_EN or participle or self._names_in_marks(
                mention, m, start, sent.end, spans)) and self._noun_phrase(mention)
            any_source = any_source or (en and verb in lex.question_cues and self._noun_phrase(mention)
                                        and mention.text.split()[0].lower() not in lex.stop_words and mention.text.split()[0].lower() != "without")
            any_source = any_source or described_by_clause or (
                as_source is not None and self._as_clause_closes(as_source, m.end(), start)) or (
                with_source is mention and with_source is not None and verb == "saying" and self._noun_phrase(mention)
                and self._share_or_source(mention) and text[start] not in "“\"'")  # "…, with 50 percent saying …"
            if mention.kind == "description" and not any_source and not self._plausible_speaker(mention):
                # "The Harbour Board announced that …", "Bakery owners insisted they would …": any
                # subject phrase of a reported clause opened by "that" or by a subject and a verb
                any_source = en and self._noun_phrase(mention) and (
                    self._that_follows(m.end(), min(sent.end, m.end() + THAT_REACH_CHARS_EN),
                                       hearer=en and verb != "counter") or (
                        (verb.endswith("ed") or verb in _PRESENT_CLAUSE_EN and self._source_phrase(mention))
                        and verb not in lex.weak_cues
                        and self._clause_opens(tokens(text, start, min(sent.end, start + 80)))))
                any_source = any_source or (en and _THE_NAMED_EN.fullmatch(mention.text) is not None
                                            and verb not in lex.weak_cues and "," not in text[m.end():start]
                                            and not _OBJECT_INFINITIVE_EN.match(text, start))
                # "On Monday, the Riverside Daily Courier suggested …": a named body; but not "…, the AP declared, two days …"
                any_source = any_source or (en and verb in lex.infinitive_cues and text.startswith("to ", start)
                                            and mention.text.split()[-1].lower().rstrip("s") in SOURCE_NOUNS
                                            and self._noun_phrase(mention))
                # "Green senators have vowed to stall …": a body of people commits itself
                any_source = any_source or (en and " by " in mention.text and self.parser.record_by_source_en(text, mention) is not None)
                # "A study by Ann Lee and Tom Roe of … concluded": a record and its authors
                if not any_source:
                    continue
            if en and clause_start > sent.start and text[clause_start - 1] in "”\"»'" \
                    and len(subject_tokens) <= 6 and verb in _SAY_EN and self._aside_after_quote_cue(m.end(), start):
                # "“…,” Lee said outside the court": the quote's cue, then where or how it was said;
                # she still spoke here, and a report before her ends where she begins
                self._cue_before_quote(mention)
                candidates.append((mention, m.group(0), None, None, False, None))
                continue
            if en and verb in lex.question_cues and (
                    text[start] in "“\"" or text.startswith("''", start)
                    or verb == "ask" and subject_tokens[-1][0].lower() in _MODALS_EN
                    or verb == "asking" and subject_tokens[-1][0].lower() == "and"):
                continue  # "…, asking, “…?”": the direct rule's; "she would ask X to …", "…, and asking …": no report of its own
            if en and text.startswith(", ", m.end()) and self._lead_is_subject_en(sent.start, verb_at, m.end()):
                start = sent.start  # "One cause of it, Ms Lee says, is …", "This, she warns, is …": the whole sentence
            elif not en and text.startswith(", ", m.end()) and self._interrupting_subject_id(sent.start, mention, verb_at):
                start = sent.start  # "RSUP Harapan, dia melanjutkan, berupaya …": the whole sentence
            clause_end = self._subordinate_clause_end(sent.start, verb_at, start, sent.end, spans)
            if clause_end is None and en and self._inside_relative_en(subject_tokens):
                clause_end = self._relative_end(start, sent.end, spans)  # "A, which Lee said B, will …": B ends at the comma
            if clause_end is None and en and subject_tokens and subject_tokens[0][1] == sent.start:
                clause_end = self._subject_relative_end_en(subject_tokens, start, sent.end)  # "A rule that Lee said would X was passed"
            if what_cue_end == m.end():
                if start is None or text[m.end():start].strip(" “\"'"):
                    continue
                quoted = next((s for s in spans if s.open >= m.end() and s.close is not None), None)
                if quoted is None:
                    continue
                clause_end = quoted.outer_end  # "what Lee called “a perception problem,” the port …": the name only
                what_name_starts.append(mention.start)
            candidates.append((mention, m.group(0), start, boundary, any_source, clause_end))
        if what_name_starts:
            # "hungry for what she calls “real solutions”": a name inside another cue's report stays in it
            candidates = [c for c in candidates if not (c[0].start in what_name_starts and any(
                o[2] is not None and o[2] < c[0].start < (o[5] or sent.end) for o in candidates if o is not c))]
        first = None
        for k, (mention, cue, start, _, any_source, relative_end) in enumerate(candidates):
            if start is None:
                continue
            if any(later_start == start and mention.start < later.start < start and later.kind != PRONOUN
                   for later, _, later_start, *_ in candidates[k + 1:]):
                continue  # "While Lee has pledged to back Roe, Dunn suggested that …": the clause is Dunn's
            if start > sent.start and any(later_start == sent.start for _, _, later_start, *_ in candidates[k + 1:]):
                continue  # "One reason for it, Ms Lee says, is that …": the whole sentence is hers
            if en and relative_end is None and any(
                    later_start is not None and later_start > start and later.start < mention.start
                    and later.kind == NAME and mention.kind != NAME
                    and _APPOSED_BEFORE_EN.search(text, max(0, mention.start - 6), mention.start) is not None
                    for later, _, later_start, *_ in candidates[k + 1:]):
                continue  # "Mr. Ortega, a Democrat who described himself as …, said …": inside Ortega's subject
            end = relative_end or sent.end
            for later, later_cue, _, boundary, _, _ in candidates[k + 1:]:
                if later.start > start:
                    if en and _SUBORDINATE_REPORT_EN.search(text, max(start, later.start - 14), later.start):
                        # "Sims say he was “on the fence” until Haley said …", "A was right when he said
                        # …": a subordinate clause with no comma before it is part of the report
                        continue
                    end = min(end, later.start)  # "…, he claimed …": the next source's clause begins
                    sub = _SUBORDINATOR_BEFORE.search(text, max(start, end - 12), end) if en else None
                    if sub is not None:
                        end = sub.start()  # "…, whereas Lee said …": the subordinator opens the next source's clause
                    rel = _RELATIVE_BEFORE.search(text, max(start, end - 12), end)
                    if rel is not None:
                        end = rel.start()  # "…, which he said …": the relative clause is the next report
                    break
                if boundary is not None and boundary > start:
                    if en and _tense_clash_en(cue, later_cue) and self._verb_right_after_and(boundary, later_cue):
                        # "Lee says he'd sit him down and tell him …", "Lee says he met X and asked …":
                        # a verb after "and" whose form does not match the cue's is no second
                        # predicate of the speaker but the report's own
                        continue
                    end = boundary  # "X said A and said B": the second report begins at "and"
                    break
            question = en and cue.lower() in lex.question_cues
            # "Kasus ini bermula saat Lina menuding …": the case's origin is told; its source is
            # no voice of the article's present, so the next pronoun still goes to whoever it did
            origin = not en and _ORIGIN_TIME_CLAUSE_ID.search(text, sent.start, mention.start) is not None
            state = self.people.speaker_state() if question or origin else None
            writer = question and re.split("['’ ]", mention.text.lower())[0] in ("i", "we") or mention.kind == _UNNAMED
            pending = self._accept(mention, start, end, cue, "indirect-" + _rule_suffix(mention), spans, mention.start,
                                   any_source=any_source, speakerless=writer, whole=start == sent.start)
            if origin and pending is not None:
                self.people.restore_speaker_state(state)
            elif question and pending is not None and mention.kind != NAME:
                # "A reporter asked Lee how … He replied: “…”": Lee answers (a named asker stays the last speaker, as before)
                self.people.restore_speaker_state(state)
            first = first or pending
        return first

    def _empty_report_en(self, m, verb: str, start: int, sent, clause_start: int, subject_tokens) -> bool:
        """English ``“…,” he said.``: whether the clause of the cue ``m`` from ``start`` holds no
        word (a stop at most), so ``_accept`` turns it down as too short, reading nothing and
        changing nothing; not so when the whole sentence is the report (``One cause, she says,
        …``), when a describing cue keeps its subject, or when a quote's cue is followed by an
        aside (``_cue_before_quote``)."""
        text = self.text
        rest = text[start:sent.end]
        return len(rest.split()) <= 1 and not any(c.isalnum() for c in rest) \
            and not text.startswith(", ", m.end()) and m.group(0).split()[-1].lower() not in _DESCRIBING_CUES_EN \
            and not (clause_start > sent.start and text[clause_start - 1] in "”\"»'" and len(subject_tokens) <= 6
                     and verb in _SAY_EN and self._aside_after_quote_cue(m.end(), start))

    def _unreported_cue_subject_used(self, m, verb: str, sent, spans, candidates) -> bool:
        """English: whether ``_pre_verb`` reads the subject of the cue ``m`` that reports no
        clause: it speaks the quote opening the next sentence (``Lee said in a statement. “…”``),
        or the cue ends an earlier report (an aside after it, ``said the same of …``)."""
        return not spans and not candidates and verb not in _NAMING_CUES_EN \
            and _QUOTE_OPENS_NEXT.match(self.text, sent.end) is not None \
            or self._aside_cue(m.end(), sent.end) or self._same_reference(m.end(), sent.end)

    def _interrupting_subject_id(self, sent_start: int, mention: Mention, verb_at: int) -> bool:
        """Indonesian ``RSUP Harapan, dia melanjutkan, berupaya …``: the cue's pronoun subject and verb
        set off by commas inside the reported sentence, after its own subject (not after a connective
        or an adverbial: ``Selain itu, dia melanjutkan, …`` reports the clause after the cue)."""
        if mention.kind != PRONOUN or mention.start <= sent_start:
            return False
        text = self.text
        lead = text[sent_start:mention.start].rstrip()
        if not lead.endswith(",") or any(w.lower() not in self.lex.adverbs_between for w in text[mention.end:verb_at].split()):
            return False
        words = lead[:-1].split()
        if not words:
            return False  # ", dia melanjutkan, …": no subject before the cue
        if any(self._verb_form_id(w) or w in self.lex.pre_cues for w in words) \
                or words[-1].lower() in self.lex.adverbs_between or words[-1].lower() in self.lex.stop_words:
            return False  # "Budi menambahkan, pihaknya mencatat, …": a clause of its own; "Terlebih lagi, …": an adverb
        if self._subject_lead_id(sent_start, sent_start + len(lead) - 1):
            return True
        # "Gedung rawat inap, ia menambahkan, akan dibuka …": the words after the cue open with the predicate
        comma = text.find(",", verb_at)
        after = tokens(text, comma + 1, min(len(text), verb_at + INTERRUPTED_PREDICATE_REACH_ID))[:1] if comma >= 0 else []
        return len(words) <= MAX_INTERRUPTED_LEAD_WORDS_ID and words[0][:1].isupper() \
            and not self._adverbial_opener_id(lead) and words[0].lower() not in _CONNECTIVE_LEADS_ID \
            and "," not in lead[:-1] and bool(after) and (after[0][0] in _PREDICATE_ID or self._verb_form_id(after[0][0]))

    def _lead_is_subject_en(self, sent_start: int, verb_at: int, verb_end: int) -> bool:
        """English ``One cause of it, Ms Lee says, is …``: the cue and its subject stand between
        commas after the sentence's first words, and a finite verb follows the second comma, so
        the words before the first comma are the reported clause's subject (not ``Most of all,
        Lee says, people …``)."""
        nxt = tokens(self.text, verb_end + 1, verb_end + 12)[:1]
        if not nxt or nxt[0][0] not in _FINITE_EN:
            return False
        comma = self.text.rfind(",", sent_start, verb_at)
        if comma <= sent_start or len(self.text[comma + 1:verb_at].split()) > 4 \
                or self.text.find(",", sent_start, comma) >= 0:
            return False
        lead = tokens(self.text, sent_start, comma)
        return bool(lead) and lead[0][0].lower() not in _SUBORDINATORS_EN \
            and lead[0][0].lower() not in {"but", "and", "so", "nor", "or", "yet", "then"} \
            and not any(w[0] in DASH_TOKENS or w[0] in {";", ":"} for w in lead)  # "He had X - and the permit, …": a clause

    def _opening_participle_report(self, sent, spans):
        """A report for an English sentence opened by a participle cue (``Noting that A, Lee added …``,
        ``While saying A, he …``): the clause runs to the first comma, and the subject after that
        comma is its source. None when the sentence opens otherwise or no subject follows the comma."""
        if self.text.find("ing", sent.start, min(sent.end, sent.start + 40)) < 0:
            return None  # no participle among the opening words (most sentences): nothing to read
        ws = tokens(self.text, sent.start, min(sent.end, sent.start + 40))
        k = 1 if ws and ws[0][0] in _PARTICIPLE_LEADS_EN else 0
        if len(ws) <= k + 1 or not (ws[k][0].istitle() and ws[k][0].endswith("ing")) \
                or ws[k][0].lower() not in self.lex.pre_scan:
            return None
        verb = ws[k][0].lower()
        start = self._clause_after_verb(ws[k][2], sent.end, spans, verb)
        comma = self._next_comma(start, sent.end, spans) if start is not None else None
        if comma is None or any(s.open < comma < s.outer_end for s in spans):
            return None
        mention = self._main_subject(comma + 1, sent.end)
        if mention is None or mention.start - comma > 3:
            return None  # "Noting that A, on Monday the …": no subject right after the comma
        return mention, ws[k][0], start, None, True, comma

    @staticmethod
    def _after_relative(subject_tokens, mention: Mention) -> bool:
        """Whether ``mention`` begins right after a relative ``who`` or ``that`` among the words
        before the cue: the subject phrase was cut to the relative clause's predicate."""
        k = next((n for n, w in enumerate(subject_tokens) if w[1] == mention.start), None)
        return bool(k) and subject_tokens[k - 1][0].lower() in {"who", "that"}

    def _that_clause_description(self, mention: Mention, subject_tokens, verb_at: int) -> Optional[Mention]:
        """English ``The body that oversees how the port works says …``: a subject noun phrase with a
        restrictive ``that`` clause whose verb follows ``that`` right away, and no comma or mark up to the
        cue: the whole phrase describes the source, as with ``who`` (not ``The body``)."""
        k = next((n for n, w in enumerate(subject_tokens) if w[1] == mention.end + 1), None)
        if k is None or k + 2 >= len(subject_tokens) or subject_tokens[k][0] != "that" \
                or subject_tokens[0][1] != mention.start \
                or subject_tokens[0][0].lower() not in _RESTRICTED_HEAD_OPENERS_EN \
                or any(w[0] in {";", ":", "“", "”", "\"", "(", ")", "-", "—", "–"} for w in subject_tokens):
            return None
        commas = [n for n, w in enumerate(subject_tokens) if w[0] == ","]
        if commas and (commas[0] < k + 2 or commas[-1] == len(subject_tokens) - 1
                       or not any(w[0] in ("and", "or") for w in subject_tokens[commas[-1] + 1:])):
            return None  # "The body, which …, says": an aside; but "how it works, grows and evolves": a list
        head = subject_tokens[1:k]
        if not head or len(head) > 3 or any(
                not w[0].isalpha() or w[0].lower() in _PREDICATE_EN or w[0] in _IRREGULAR_PAST_EN
                or (w[0].islower() and w[0].endswith("ed")) for w in head) \
                or any(w[0].islower() and w[0].endswith("s") for w in head[:-1]):
            return None  # "The laws require that doctors …": a clause, not a subject phrase
        verb = subject_tokens[k + 1][0]
        if not (verb in self.lex.pre_scan or verb in _PREDICATE_EN
                or (verb.islower() and _PRESENT_VERB_EN.fullmatch(verb))):
            return None  # "the memo that Lee said": an object relative
        end = subject_tokens[-1][2]
        return Mention(DESCRIPTION, self.text[mention.start:end], mention.start, end)

    @staticmethod
    def _without_conjunction(subject_tokens):
        """The words before a cue without an opening ``But``/``And`` (``But groups that …``)."""
        if len(subject_tokens) > 1 and subject_tokens[0][0] in SENTENCE_CONJUNCTIONS_EN:
            return subject_tokens[1:]
        return subject_tokens

    def _antecedent_of_restrictive(self, clause_start: int, subject_tokens) -> Optional[Mention]:
        """English ``The judges who ruled that A said …``: a subject noun phrase with a relative
        clause (no commas) between it and the cue; the phrase before ``who``/``that`` is the source."""
        if len(subject_tokens) > 4 and subject_tokens[-1][0] == ",":
            # "…, for instance, said": a short aside before the cue
            prior = max(n for n in range(len(subject_tokens) - 1) if n == 0 or subject_tokens[n][0] == ",")
            if 0 < prior and len(subject_tokens) - prior - 2 <= 3 and all(w[0].islower() for w in subject_tokens[prior + 1:-1]):
                subject_tokens = subject_tokens[:prior]
        k = next((n for n, w in enumerate(subject_tokens[:MAX_SUBJECT_TOKENS]) if w[0].lower() in {"who", "that"}), None)
        if not k or subject_tokens[k - 1][0][:1] in {",", "-", "—", "–"} \
                or any(w[0] in {",", ";", ":", "“", "”", "\""} for w in subject_tokens):
            return None
        if subject_tokens[k][0].lower() == "that" and (k + 1 >= len(subject_tokens) or not (
                subject_tokens[k + 1][0] in self.lex.pre_scan or subject_tokens[k + 1][0] in _PREDICATE_EN)):
            return None  # "the memo that Lee said": an object relative; "the plan that voters": no subject here
        head = subject_tokens[:k]
        if len(head) > MAX_DESCRIBED_WORDS + 1 or any(
                w[0].lower() in _PREDICATE_EN or w[0] in _IRREGULAR_PAST_EN or "'" in w[0] or "’" in w[0][:-2]
                or (w[0].islower() and w[0].endswith("ed")) for w in head):
            return None  # "The agency withheld an email that …": a clause, not a subject phrase
        if not (head[0][0].lower() in _RESTRICTED_HEAD_OPENERS_EN or all(w[0][:1].isupper() or w[0] == "." for w in head)
                or (len(head) <= MAX_BARE_HEAD_WORDS and all(w[0].isalpha() and w[0].islower() for w in head)
                    and head[-1][0].endswith("s"))):
            return None  # but "progressive organizations that …": a bare plural is a source too
        mention = self.parser.before_cue(self.text, head[0][1], subject_tokens[k][1])
        if mention is None or mention.start != subject_tokens[0][1] or mention.kind not in (NAME, "description", ANAPHOR, "title"):
            return None
        return mention

    def _subject_without_dash_aside(self, start: int, verb_start: int):
        """The tokens before a cue verb, leaving out an English aside between spaced hyphens
        right before it (``DFA - which was founded by … - has said``: ``DFA has``)."""
        text = self.text
        aside = self.parser._dash_aside_start_en(text, start, verb_start) if self.lex.lang == "en" else None
        if aside is None:
            return tokens(text, start, verb_start)
        closing = max(text.rfind(" - ", aside + 1, verb_start), text.rfind(" -- ", aside + 1, verb_start))
        return tokens(text, start, aside) + [w for w in tokens(text, closing + 1, verb_start) if w[0] != "-"]

    def _having_opener(self, pos: int, end: int, spans, verb: str, pronoun: bool = False):
        """A report for a sentence opening English ``Having said …``: the reported clause runs to
        the first comma, and the name right after that comma is its subject. None for the idiom
        ``Having said that, …`` (no report) or with no name after the comma."""
        ws = tokens(self.text, pos, end)
        if len(ws) < 2 or ws[0][0].lower() == "that" and ws[1][0] == ",":
            return None  # "Having said that, there are …": a turn of phrase
        start = self._clause_after_verb(pos, end, spans, verb)
        if pronoun and (start is None or not self._reported_clause_opens(start, end)):
            return None  # "After saying goodbye to the crew, Lee …": no clause reported
        comma = next((w for w in ws if w[0] == "," and start is not None and w[1] > start
                      and (not self._inside_quote(w[1], spans) or pronoun and self.text[w[2]:w[2] + 1] in {"”", "\""})), None)
        if comma is None:
            return None
        report_end = comma[1]
        if pronoun and self.text[comma[2]:comma[2] + 1] in {"”", "\""}:
            comma = (comma[0], comma[1], comma[2] + 1)  # '… “so sore I could barely walk,” she …'
            report_end = comma[2]
        run = list(itertools.takewhile(lambda w: w[0][:1].isupper() or w[0] == ".",
                                       tokens(self.text, comma[2], min(end, comma[2] + 80))))
        mention = self.parser.chunk(self.text, run[0][1], run[-1][2]) if run else None
        if pronoun and run and run[0][0].lower() in _SUBJECT_PRONOUNS_IT_EN and run[0][0].lower() != "it":
            mention = Mention(PRONOUN, run[0][0], run[0][1], run[0][2])  # "After saying …, she was …"
        elif pronoun and not run:
            after = tokens(self.text, comma[2], min(end, comma[2] + 12))
            if after and after[0][0] in _SUBJECT_PRONOUNS_IT_EN and after[0][0] != "it":
                mention = Mention(PRONOUN, after[0][0], after[0][1], after[0][2])
        if mention is None or mention.kind not in (NAME, PRONOUN):
            return None
        return mention, verb, start, None, True, report_end

    def _asked_by(self, sent, spans, verb_start: int, pos: int):
        """English passive ``asked by X (on Sunday) whether/if/about …`` (the cue ending at ``pos``):
        a candidate report of the asker X from where the question begins; after an opening ``(When)
        asked`` the question ends at the next comma. None if the words after the cue read otherwise."""
        end = sent.end
        ws = tokens(self.text, pos, min(end, pos + 160))
        if len(ws) < 3 or ws[0][0] != "by":
            return None
        for j, w in enumerate(ws[1:MAX_ADVERBIAL_TOKENS], 1):
            low = w[0].lower()
            if low in self.lex.question_openers and low in ("whether", "if", "why", "how") or low == "about":
                agent = ws[1:j]
                while agent and (agent[-1][0].lower() in _TIME_EN or agent[-1][0].lower() in _TIME_LEAD_EN
                                 or agent[-1][0].lower() in ("on", "in", "at")):
                    agent = agent[:-1]  # "by Lee on Thursday": the time, not the asker
                if not agent or j + 1 >= len(ws):
                    return None
                mention = self.parser.before_cue(self.text, agent[0][1], agent[-1][2])
                if mention is None or mention.kind == PRONOUN or mention.start != agent[0][1]:
                    return None
                lead = [x[0].lower() for x in tokens(self.text, sent.start, verb_start) if x[0][:1].isalnum()]
                close = self._next_comma(w[1], end, spans) if lead in ([], ["when"], ["after"], ["once"]) else None
                return mention, "asked", w[1], None, True, close
            if not (w[0][:1].isalnum() or w[0] in {"'s", "’s", "."}):
                return None
        return None

    def _subject_after_with(self, subject_tokens, verb_start: int) -> Optional[Mention]:
        """English ``The debate ended with Lee asking whether …``, ``…, with 30 percent of voters
        saying …``: the subject of a participle cue after ``with`` is the phrase between them."""
        k = next((k for k in range(len(subject_tokens) - 2, 0, -1) if subject_tokens[k][0] == "with"), None)
        if k is None:
            return None
        after = subject_tokens[k + 1:]
        if (after and after[-1][0] in DASH_TOKENS) or " - " in self.text[subject_tokens[-1][2]:verb_start] \
                or "—" in self.text[subject_tokens[-1][2]:verb_start]:
            return None  # "He struggles with a task - bragging - conceding …": the participle is set off, his
        if any(not w[0][:1].isalnum() and w[0] not in {"'s", "’s", ".", "-"} for w in after):
            # "…, with Ann Lee marching up to him, saying …": the doer of the participle before the comma
            ing = next((n for n, w in enumerate(after) if w[0].endswith("ing") and w[0].islower()), None)
            if not ing or after[-1][0] != "," or any(
                    not w[0][:1].isalnum() and w[0] not in {"'s", "’s", "."} for w in after[:-1]):
                return None
            verb_start = after[ing][1]
        mention = self.parser.before_cue(self.text, subject_tokens[k][2], verb_start)
        if mention is None or mention.kind == PRONOUN or mention.start != subject_tokens[k + 1][1]:
            return None
        return mention

    def _subject_after_as(self, subject_tokens, verb_start: int) -> Optional[Mention]:
        """English ``(But) as the paper noted, …``: the source of a cue in an opening ``as`` clause
        is the phrase after ``as``, not a phrase that includes it."""
        k = 1 if subject_tokens[0][0] in SENTENCE_CONJUNCTIONS_EN else 0
        if len(subject_tokens) < k + 2 or subject_tokens[k][0].lower() != "as" \
                or any(w[0] == "," for w in subject_tokens[k + 1:]):
            return None  # "As Lee spoke, his son said …": the as-clause has ended; its subject is not the cue's
        mention = self.parser.before_cue(self.text, subject_tokens[k][2], verb_start)
        return mention if mention is not None and mention.kind != PRONOUN else None

    def _aside_after_quote_cue(self, verb_end: int, start: int) -> bool:
        """English: True when the word right after a quote's cue opens an adverbial, not the
        reported clause at ``start`` (``said outside the court``, ``said quietly``, ``said smiling``)."""
        if any(w[0].lower() in self.lex.complementizers or w[0] == "," or w[0].lower() in self.lex.pre_cues
               for w in tokens(self.text, verb_end, start)):
            # "said on Sunday that …": a clause; "said, adding …": the comma rule decides;
            # "said in May after the firm announced …": another source's cue
            return False
        ws = tokens(self.text, verb_end, max(start, verb_end) + 40)
        if not ws:
            return False
        word = ws[0][0]
        if word in {"-", "—", "–", "--"}:
            return True
        if not word.islower() or word in _EMPTY_OBJECTS_EN or word in _CLAUSE_SUBJECT_WORDS_EN:
            return False  # "said nothing has changed", "said that …", "said this is …"
        return (word.endswith("ly") and word not in self.lex.ly_non_adverbs) or word.endswith("ing") \
            or word in self.lex.stop_words or word in _ASIDE_OPENERS_AFTER_CUE_EN

    @staticmethod
    def _opening_as_clause_en(subject_tokens) -> bool:
        """English: True when the words before the cue open the sentence with ``as`` and its
        subject (``As Ann Lee …``, ``But as the paper …``, ``However, as …``)."""
        k = 1 if subject_tokens and subject_tokens[0][0] in SENTENCE_CONJUNCTIONS_EN else 0
        if k == 0 and len(subject_tokens) > 2 and subject_tokens[1][0] == ",":
            k = 2  # "However, as …"
        return len(subject_tokens) > k + 1 and subject_tokens[k][0].lower() == "as" \
            and not any(w[0] == "," or w[0].lower() in _WHO_FORMS_EN or w[0].lower() in {"which", "that"}
                        for w in subject_tokens[k + 1:])  # "as a writer who has covered …": a description, no cue

    def _as_clause_noun_object_en(self, start: int, end: int, spans) -> bool:
        """English ``As Lee lamented high taxes, Ray took …``: the cue of an opening ``as`` clause
        has a short noun phrase (no predicate, no ``that``) as its object up to the comma, and a
        capitalised subject or a pronoun opens the main clause after it."""
        comma = self._next_comma(start, end, spans)
        if comma is None:
            return False
        ws = tokens(self.text, start, comma)
        after = tokens(self.text, comma + 1, min(end, comma + 40))
        if not ws or len(ws) > MAX_AS_ADVERBIAL_TOKENS or not after or not ws[0][0].isalpha() \
                or ws[0][0].lower() in self.lex.complementizers or ws[0][0].lower() in PREPOSITIONS:
            return False
        if not (after[0][0][:1].isupper() or after[0][0] in _SUBJECT_PRONOUNS_EN):
            return False
        return not any(w[0].lower() in _PREDICATE_EN or w[0].lower() in self.lex.complementizers
                       or w[0].lower().endswith("ed") or not w[0][:1].isalnum() and w[0] not in {"'s", "’s", "-"}
                       or w[0].lower() in _SUBJECT_PRONOUNS_EN for w in ws)

    def _after_as_adverbial_en(self, verb_end: int, end: int, spans) -> Optional[int]:
        """English ``As Ann Lee noted in a column on Thursday, A``: after the cue of an opening
        ``as`` clause, a short adverbial (a preposition or a time word first, no verb) runs to the
        comma that closes the clause; A, the main clause after it, is what the source is cited for."""
        comma = self._next_comma(verb_end, end, spans)
        if comma is None:
            return None
        ws = self._without_point_out(tokens(self.text, verb_end, comma), verb_end)  # "As Lee points out in a column,"
        first = ws[0][0].lower() if ws else ""
        if not ws or len(ws) > MAX_AS_ADVERBIAL_TOKENS or not (first in PREPOSITIONS or first == "during"
                                                               or first in _TIME_EN or first in _TIME_LEAD_EN) \
                or any(w[0].lower() in _PREDICATE_EN or not w[0][:1].isalnum() and w[0] not in {"'s", "’s", "."}
                       for w in ws):
            return None
        return comma + 1 if len(tokens(self.text, comma + 1, end)) >= MIN_CLAUSE_WORDS + 2 else None

    def _as_clause_closes(self, source: Mention, verb_end: int, start: int) -> bool:
        """English ``As the paper noted (last week), A``: a comma closes the ``as`` clause between
        the cue and the report, so A is the main clause the source is cited for (but ``As of the
        last report, …`` is a time phrase with a noun, no source)."""
        return "," in self.text[verb_end:start] and source.text.split()[0].lower() not in self.lex.stop_words

    def _subject_after_opening_phrase(self, opener: Mention, verb_start: int, spans) -> Optional[Mention]:
        """English ``Of the voters, 40 said …``, ``Among likely voters, about two-thirds, 66 percent,
        say …``: a phrase opening with a preposition is no subject; the subject follows its comma
        (the last phrase before the verb when an apposition ends in a comma too)."""
        comma = self._next_comma(opener.end, verb_start, spans)
        if comma is None or self.text[opener.end:comma].strip():
            return None
        found = self.parser.before_cue(self.text, comma + 1, verb_start)
        if found is None and self.text[:verb_start].rstrip().endswith(","):
            found = self._apposed_subject(comma + 1, verb_start, spans)
        if found is None:
            rest = tokens(self.text, comma + 1, verb_start)
            if len(rest) == 1 and rest[0][0].isdigit():
                return Mention("description", rest[0][0], rest[0][1], rest[0][2])  # "Of the voters, 40 said"
        if found is None or found.kind == PRONOUN or fold_word(found.text.split(None, 1)[0]) in _PREP_OPENERS_EN:
            return None  # "After the vote spokesman Bob Wells, of Dover, said": no opener before the subject
        return found

    def _group_before_members(self, clause_start: int, mention: Mention, verb_start: int) -> Optional[Mention]:
        """English ``Several candidates, including Brandt, said …``: a name in an aside that lists
        members of a group, closed by a comma before the cue, is not the subject; the group before it is."""
        if not self.text[mention.end:verb_start].lstrip().startswith(","):
            return None  # "… and others, including businesses that warn …": the members' own clause
        lead = _MEMBERS_ASIDE.search(self.text, max(clause_start, mention.start - 20), mention.end)
        if lead is None or lead.start() < clause_start:
            return None
        group = self.parser.before_cue(self.text, clause_start, lead.start())
        return group if group is not None and group.kind in ("description", ANAPHOR) else None

    def _subject_before_dash_aside(self, clause_start: int, found_at: int, subject_tokens) -> Optional[Mention]:
        """English ``Many speakers — including A, B and C — said …``: the subject is the phrase before
        an aside set off by a pair of dashes (where the phrase found at ``found_at`` stands), when at
        most a few lower-case words (``also``, ``have long``) stand between the closing dash and the cue."""
        if self.lex.lang != "en":
            return None
        ws = subject_tokens
        # a dash is "—", "–" or a typed "--" (two "-" tokens)
        dashes = [k for k, w in enumerate(ws) if w[0] in {"—", "–", "--"} or (
            w[0] == "-" and k + 1 < len(ws) and ws[k + 1][0] == "-")]
        if len(dashes) != 2 or dashes[0] == 0 or found_at < ws[dashes[0]][2]:
            return None  # the phrase found already stands before the aside
        inside, after = (k + (2 if ws[k][0] == "-" else 1) for k in dashes)
        if len(ws) - after > MAX_AFTER_ASIDE_WORDS or not all(w[0].islower() for w in ws[after:]):
            return None
        if ws[inside][0].lower() in {"and", "or"}:
            return None  # "Democrats — and some Republicans — say": a second subject, not an aside
        mention = self.parser.before_cue(self.text, clause_start, ws[dashes[0]][1])
        return mention if mention is not None and mention.kind != PRONOUN else None

    def _quote_reported_before(self, sent_start: int, clause_start: int, spans) -> bool:
        """English ``… saying "of course" Vale can lead …``: the clause starts right after a
        quote that a speech verb (``saying``, ``said that``) introduces inside the sentence, so
        the words after the mark still belong to that report, not to a subject of their own."""
        if clause_start <= sent_start or self.text[clause_start - 1:clause_start] not in "”\"":
            return False
        span = next((s for s in spans if s.close is not None and s.outer_end == clause_start and s.open > sent_start), None)
        if span is None or self.text[span.end - 1:span.end] in ",.;:!?" \
                or self.text[clause_start:clause_start + 5].lstrip().startswith(("and ", "but ", "or ")):
            return False  # 'Lee said "no," and Vale agreed but said …': a new clause after the quote
        ws = tokens(self.text, max(sent_start, span.open - 30), span.open)
        if ws and ws[-1][0].lower() == "that":
            ws = ws[:-1]
        return bool(ws) and ws[-1][0] in _REPORTING_BEFORE_QUOTE_EN

    def _subject_before_quote(self, sent_start: int, clause_start: int, verb_start: int) -> Optional[Mention]:
        """English ``X said it was “opposed” to the trial and warned …``: a second cue after "and" whose
        clause starts after a closing mark; the sentence's subject, before the mark, does both."""
        if clause_start <= sent_start:
            return None
        lead = self.text[sent_start:clause_start]
        if self.lex.lang == "en" and (", while " in lead or ", whereas " in lead):
            ws = tokens(self.text, sent_start, clause_start)  # only now: most sentences have no such clause
            opened = self._subordinator_after_lead_en(ws)
            if opened is not None and opened + 1 < len(ws):
                # "Lee signed an order, while Ann Roe proposed we “…” and said …": the contrasted clause's subject
                found = self._main_subject(ws[opened + 1][1], verb_start)
                if found is not None and found.kind == NAME:
                    return found
        return self._main_subject(sent_start, verb_start)

    def _coordinated_clause_subject_en(self, subject_tokens, verb_at: int) -> Optional[Mention]:
        """English ``Lee pivoted to trade, but Ann Roe brought him back, asking …``: a participle set
        off after a second clause joined by ``, but``/``, and`` is done by that clause's named
        subject, not the sentence's first; None when no such clause opens with a name, or when the
        last such clause opens with a pronoun (``…, and Ann Vale sat by, but he did the talking, insisting …``:
        the participle is the pronoun's clause's, read as the sentence's)."""
        k = next((k for k in range(len(subject_tokens) - 3, 0, -1) if subject_tokens[k][0] in ("but", "and")
                  and subject_tokens[k - 1][0] == ","), None)
        if k is None or not subject_tokens[k + 1][0][:1].isupper():
            return None
        found = self._main_subject(subject_tokens[k + 1][1], verb_at)
        return found if found is not None and found.kind == NAME else None

    def _after_conjunction_before_the_en(self, start: int) -> int:
        """Where the subject of the sentence at ``start`` opens: after a sentence conjunction before a
        determiner (``But the senator opposed it, saying …``), else ``start``."""
        if not self.text.startswith(_CONJUNCTION_OPENINGS_EN, start):
            return start  # cheap test first: most sentences open otherwise
        ws = tokens(self.text, start, min(len(self.text), start + SENTENCE_OPENING_REACH_EN))
        if len(ws) > 1 and ws[0][0] in SENTENCE_CONJUNCTIONS_EN and ws[1][0] in _OBJECT_DETERMINERS_EN:  # "But the senator …": a described subject
            return ws[1][1]
        return start

    def _participle_after_object_en(self, subject_tokens, cue_end: int) -> bool:
        """English ``Airlines attacked the law saying …``, ``Lee left the party saying …``: a
        participle cue with no comma before it, right after the object of the subject's past verb,
        reports for the subject as after a comma; not after a people noun, who may be the ones
        saying it (``Lee thanked the voters saying …``), nor without a past verb (``polls saying``),
        nor before a quotation mark (``saying "of course" …``, read with the quote)."""
        last = subject_tokens[-1][0]
        if len(last) > 1 and last.isupper() and last.isalpha():
            last = last.lower()  # "Ann Lee left UKIP saying …": a body's initials, no people saying it
        elif not last.islower():
            return False
        if len(subject_tokens) < 3 or not last.isalpha() or last in self.lex.stop_words \
                or last in self.lex.pre_cues or last.endswith("ly") or subject_tokens[-2][0] in {"and", "or"}:
            return False  # "has been making it and boldly claiming …": a second predicate, not a participle
        if self.text[cue_end:cue_end + 2].strip()[:1] in _OPENING_QUOTE_MARKS_EN:
            return False
        if (self._people_noun_en(last) or last in _PEOPLE_PLURALS_EN or last in self.lex.crowd_nouns
                or last.endswith(_PEOPLE_PLURAL_ENDINGS_EN)) \
                and subject_tokens[-2][0] not in _OBJECT_PREPS_EN:
            return False  # "Lee met protesters saying …": the people may be the ones saying it
        first = subject_tokens[0][0]
        if not first[:1].isupper() and first.lower() not in _SUBJECT_PRONOUNS_EN:
            return False
        for w in subject_tokens[1:-1]:
            if w[0] in {",", ";", ":", "(", "—", "–"} or w[0].lower() in _CLAUSE_SUBORDINATORS_EN:
                return False  # a clause or an aside inside: not one subject, verb and object
        return any(w[0] in _IRREGULAR_PAST_EN or w[0] in _PREDICATE_EN
                   # four letters suffice here ("used", "owed"), one fewer than _looks_past_en asks
                   or w[0].islower() and w[0].endswith("ed") and len(w[0]) > 3 for w in subject_tokens[1:-1])

    def _perfect_participle(self, subject_tokens) -> bool:
        """English ``…, having said that …`` / ``-- having suggested …``: a perfect participle set off by
        a comma or a dash; like ``, saying``, it reports for the sentence's subject."""
        return len(subject_tokens) > 1 and subject_tokens[-1][0].lower() == "having" \
            and subject_tokens[-2][0] in {",", "—", "–", "-", "--"}

    def _opening_phrase_noun(self, subject_tokens, verb_end: int) -> bool:
        """English ``In TV interviews and tweets, Brandt …``: a cue form coordinated with a noun by
        ``and``/``or`` at the end of a prepositional phrase opening the sentence (a comma after it,
        no comma and no pronoun before it) is a noun, not a verb."""
        first = subject_tokens[0][0].lower()
        if first not in _CLAUSE_PREPS_EN and first not in _OPENING_PREPS_EN or len(subject_tokens) < 3:
            return False
        if subject_tokens[-1][0].lower() not in {"and", "or"} or not self.text[verb_end:verb_end + 1] == ",":
            return False
        return not any(w[0] == "," or w[0].lower() in _SUBJECT_PRONOUNS_IT_EN for w in subject_tokens)

    def _subordinate_clause_end(self, sent_start: int, verb_start: int, start: int, end: int, spans) -> Optional[int]:
        """English ``While critics argue that A, the president did B``: a cue inside a subordinate
        clause opening the sentence reports only up to the comma that closes that clause."""
        if self.lex.lang != "en":
            return None
        ws = tokens(self.text, sent_start, verb_start)
        if not ws:
            return None
        opening_as = ws[0][0] == "As" and len(ws) > 1 and ws[1][0][:1].isupper() \
            and "," not in self.text[verb_start:start]  # "As Birch argued A, Lee cut …": A ends at the comma
        if ws[0][0].lower() not in _SUBORDINATE_CLAUSE_OPENERS_EN and not opening_as \
                or self._next_comma(sent_start, verb_start, spans) is not None:
            k = self._subordinator_after_lead_en(ws)
            if k is None:
                return None
            sent_start = ws[k][1]
            if self._next_comma(sent_start, verb_start, spans) is not None:
                return None
        comma = self._next_comma(start, end, spans)
        for q in spans:
            # "While voters said Lee has the “best record,” Hale is …": the clause's comma stands
            # inside the closing mark of a fragment; the report ends after the mark
            if start < q.open and q.close is not None and (comma is None or q.close < comma) \
                    and self.text[q.end - 1:q.end] == "," and q.outer_end < end \
                    and not _NO_CLAUSE_CLOSE_AFTER_QUOTE_EN.match(self.text, q.outer_end):
                return q.outer_end
        return comma if comma is not None and comma > start else None

    @staticmethod
    def _subordinator_after_lead_en(ws) -> Optional[int]:
        """Where a subordinate clause opens after a short lead that cannot be the main clause: a
        time phrase (``Three years after``), an opening adverbial and its comma (``Since June,
        when``, ``In 2001, after``), or ``, and``/``, but`` (``…, and while Lee said A, B …``).
        None when no such lead opens the cue's clause."""
        timed = _time_opener_end_en(ws)
        if timed and ws[timed - 1][0].lower() in {"after", "before"}:
            return timed - 1
        lead = 1 if ws[0][0] in SENTENCE_CONJUNCTIONS_EN else 0  # "But in 2001, after …"
        if len(ws) > lead + 3 and ws[lead][0].lower() in _ADVERBIAL_PREPOSITIONS_EN:
            for k in range(lead + 2, min(len(ws), MAX_SUBORDINATE_LEAD_TOKENS + 4)):
                if ws[k][0] == ",":
                    break
                if ws[k][0] in {"which", "where", "when"} and ws[k - 1][0] != ",":
                    # "In a year in which most voters say A, allies …": a relative clause in the
                    # opening adverbial holds the cue; the main clause follows its comma
                    return k - 1 if ws[k - 1][0] in _ADVERBIAL_PREPOSITIONS_EN else k
        for k in range(1, min(len(ws), MAX_SUBORDINATE_LEAD_TOKENS + 2)):
            if ws[k][0].lower() not in _SUBORDINATE_CLAUSE_OPENERS_EN or not ws[k][0].islower():
                continue
            before = ws[k - 1][0]
            if before in {"and", "but", "yet"} and k > 1 and ws[k - 2][0] == ",":
                return k
            if before == "," and k > 1 and ws[0][0].lower() in _ADVERBIAL_PREPOSITIONS_EN \
                    and not any(w[0] == "," for w in ws[:k - 1]):
                return k
            if before == "," and 1 < k <= 4 and ws[k][0] in _CONCESSIVE_EN and k + 1 < len(ws) \
                    and ws[k + 1][0] in _SUBJECT_PRONOUNS_EN and all(w[0][:1].isupper() for w in ws[:k - 1]):
                # "Ann Lee, though she praised Reed and said …": the aside's pronoun is the name's
                return k
            if 2 <= k <= 5 and before.islower() and before.endswith("ed") and k + 1 < len(ws) \
                    and ws[k + 1][0][:1].isupper() and not any(w[0] == "," for w in ws):
                # "The hall went quiet when Lee saw the banner and asked …": a short main clause with
                # a past verb, then a subordinate clause with a named subject, which the cue goes on
                return k
        for k in range(len(ws) - 3, 1, -1):
            if ws[k][0] in ("while", "whereas") and ws[k - 1][0] == "," and ws[k + 1][0][:1].isupper():
                commas = [j for j in range(k + 1, len(ws)) if ws[j][0] == ","]
                if not commas or (len(commas) == 2 and ws[commas[0] + 1][0] in ("the", "a", "an")
                                  and all(w[0][:1].isupper() or w[0] == "." for w in ws[k + 1:commas[0]])):
                    # "Hale signed an order, while Ann Lee (, the ex-governor,) proposed a tax and said
                    # …": the contrasted clause's subject goes on to the cue (not "Hale, while Lee
                    # watched, signed … and said")
                    return k
        return None

    def _cue_before_quote(self, mention: Mention):
        """English ``Lee said in a statement. “…”``: a cue closing its sentence with no reported
        clause introduces the quote opening the next sentence, so its subject is the sentence's
        speaker (``cue_subject``)."""
        ent = self.people.resolve(mention, mention.start)
        if ent is not None:
            self.people.mark_speaker(ent)
            self.cue_subject = ent

    def _keep_subject(self, mention: Mention):
        """A named subject of a cue that reports no clause here (``X menyinggung upaya …``) is
        still the person the next pronoun or clitic refers to, and the one who spoke in the
        sentence (``cue_subject``)."""
        ent = self.people.resolve_known(mention, mention.start)
        role = (mention.role or "").split()
        if ent is None and role and (role[0].lower() in self.lex.role_openers or self.lex.is_role_word(role[0])):
            ent = self.people.resolve(mention, mention.start)  # "Nasrullah (40), warga Pamulang, …": met here
        if ent is not None:
            self.people.mark_speaker(ent)
            self.cue_subject = ent

    def _closes_dash_aside(self, clause_start: int, verb_end: int) -> bool:
        """English ``… — as experts believe, but Moscow denies — “…”``: a dash right after the cue
        closes an aside opened by a dash before it; the words after it are not the cue's clause."""
        after = self.text[verb_end:verb_end + 3].lstrip()
        return after[:1] in {"—", "–"} and any(d in self.text[clause_start:verb_end] for d in ("—", "–"))

    def _share_or_source(self, mention: Mention) -> bool:
        """English ``50 percent``, ``about three in 10``, ``the campaign of the senator``: a share of
        a group, or a phrase headed by a source noun (the subject of ``with … saying``)."""
        words = [w.lower() for w in mention.text.split()]
        if any(w[:1].isdigit() or w in {"percent", "half", "majority", "majorities"} for w in words):
            return True
        head = next((w for w in words if w not in self.lex.stop_words and w not in _HEAD_DETERMINERS_EN), "")
        return head.rstrip("s") in SOURCE_NOUNS

    def _source_phrase(self, mention: Mention) -> bool:
        """English: a subject phrase that may voice a present-tense assessment ("Greenberg's research
        suggests"); not a pointer ("this only explains") nor a phrase with a relative clause in it."""
        words = [w.lower() for w in mention.text.split()]
        return words[0] not in {"this", "that", "these", "those", "it"} and not {"which", "who", "-", "—"} & set(words)

    def _after_speech_noun(self, subject_tokens) -> bool:
        """English ``X issued a statement saying …``, ``a series of tweets Friday saying …``: a
        participle cue right after a noun of an utterance (maybe with a time word between)
        reports for the sentence's subject, as after a comma."""
        last = subject_tokens[-1][0]
        if not last[:1].islower() and not (last.istitle() and last.lower() in _DAYS_EN):
            return False
        n = next((k for k in range(len(subject_tokens) - 1, max(-1, len(subject_tokens) - 5), -1)
                  if subject_tokens[k][0] in _UTTERANCE_NOUNS_EN), None)
        if n is None:
            return False
        # but "In a statement announcing …": the utterance is an adverbial's object, not the subject's act
        return not any(w[0].lower() in {"in", "on", "at", "via", "with", "from"} for w in subject_tokens[max(0, n - 4):n])

    def _apposed_subject(self, start: int, verb_start: int, spans, long_aside: bool = False) -> Optional[Mention]:
        """English ``Ann Lee, the group's director of outreach and policy, said …`` / ``Officials,
        however, said …``: when the whole phrase before the verb does not read as a subject, the
        phrase before its first comma does, and the words up to the comma before the verb are an
        apposition or an aside."""
        lex = self.lex
        first = self._next_comma(start, verb_start, spans)
        if first is None:
            return None
        mid = tokens(self.text, first + 1, verb_start)
        if len(mid) < 2 or len(mid) > MAX_SUBJECT_TOKENS * (LONG_ASIDE_FACTOR if long_aside else 1) or mid[-1][0] != ",":
            return None
        aside = lex.lang == "en" and self._aside_participle_at(mid[0][1])
        for k, w in enumerate(mid[:-1]):
            if w[0] in {";", ":"} or w[0] in {"“", "”", "\""} and not aside:
                return None  # but "Lee, citing “the magic of it,” said": the aside may quote what it cites
            if (w[0].lower() in lex.pre_cues or w[0].lower() in lex.post_cues) and not (
                    k and (mid[k - 1][0].lower() in lex.stop_words or mid[k - 1][0].lower().endswith(("'s", "’s")))) \
                    and not (k == 0 and w[0].endswith("ing") and lex.lang == "en"):
                return None  # a verb of its own; but "director of state programs" is a noun, and
                # "Judge Ann Lee, writing for the majority, said" is a participial aside
        head = self.parser.before_cue(self.text, start, first)
        if head is not None and self._time_phrase(head) and len(mid) > 2:
            return self._apposed_subject(first + 1, verb_start, spans)  # "Last month, the Ledger, a weekly, said"
        if head is None or head.kind == PRONOUN or head.start != tokens(self.text, start, first)[0][1] and not (
                self.lex.lang == "en" and self._opens_with_conjunction(start, head.start)):
            return None  # "In March, officials, however, said": an opener, not the subject; but "Yet critics, …, say"
        if head.kind == NAME and _object_of_description_en(head) and mid[0][0][:1].isupper():
            return None  # "One pastor supporting Mr. Ruiz, Dan Whitby of Grace Church, said": the pastor, named after it
        named = self._named_body_apposition(head, mid[:-1])
        return named or head

    def _subject_before_aside_participle(self, clause_start: int, verb_at: int, subject_tokens) -> Optional[Mention]:
        """English ``Lee, citing “the magic of it,” said …``, ``Lee, pointing to the polls, said …``:
        the subject before an aside participle set off by commas (the last one may stand inside
        the closing mark)."""
        if subject_tokens[-1][0] != "," and self.text[subject_tokens[0][1]:subject_tokens[-1][2]].rstrip("”\"'")[-1:] != ",":
            return None  # "Lee, citing “…,” said", "Lee, citing ''…,'' said": the aside's comma inside the mark
        for k, w in enumerate(subject_tokens[1:-1], 1):
            if w[0] == "," and subject_tokens[k - 1][0] not in {",", "”", "\"", "'"} and k + 1 < len(subject_tokens) - 1 \
                    and self._aside_participle_at(subject_tokens[k + 1][1]):
                head, lead = self.parser.before_cue(self.text, clause_start, w[1]), None
                if head is not None and self.text[subject_tokens[0][1]:head.start].strip() in _ARTICLES_CAPITALISED_EN:
                    lead = head.start  # "The Ledger, citing two aides, said": the name read without its article
                elif head is not None and head.kind != PRONOUN and head.start != subject_tokens[0][1]:
                    lead = self._subordinator_lead_en(subject_tokens, head.start, k)
                    head = None if lead is None else self.parser.before_cue(self.text, lead, w[1])
                if head is not None and head.kind != PRONOUN and head.start in (subject_tokens[0][1], lead):
                    return head
                return None
        return None

    @staticmethod
    def _subordinator_lead_en(subject_tokens, start: int, comma_at: int) -> Optional[int]:
        """English ``…, as Ruiz, contradicting Lee, said …``, ``On Monday, Ruiz, citing Lee, said …``:
        the start of the cue's subject when the mention at ``start`` opens a clause after a comma, an
        ``as``/``when``/``after`` (``_CLAUSE_SUBORDINATORS_EN``) or ``and`` (the ``as`` itself may
        open the mention: then the word after it); else None."""
        for j in range(1, comma_at):
            if subject_tokens[j][1] == start:
                if subject_tokens[j][0].lower() in _CLAUSE_SUBORDINATORS_EN and (
                        subject_tokens[j - 1][0] in {",", ";"} or j == 1 and subject_tokens[0][0] in SENTENCE_CONJUNCTIONS_EN):
                    return subject_tokens[j + 1][1] if j + 1 < comma_at else None  # "…, as Ruiz, …"
                before = subject_tokens[j - 1][0]
                if before in {",", ";"} or (before.lower() in _CLAUSE_SUBORDINATORS_EN or before in {"and", "but"}) and (
                        j == 1 or subject_tokens[j - 2][0] in {",", ";"} or j == 2 and subject_tokens[0][0] in SENTENCE_CONJUNCTIONS_EN):
                    return start  # "When Ruiz, …", "On Monday, Ruiz, …", "…, and Ruiz, …"
                return None
            if subject_tokens[j][1] > start:
                break
        return None

    def _aside_participle_at(self, pos: int) -> bool:
        """English: whether an aside participle (``citing``, ``pointing to``; see the lexicon's
        ``aside_participles``) begins at ``pos``."""
        text = self.text
        for a in self.lex.aside_participles:
            if text.startswith(a, pos) and not text[pos + len(a):pos + len(a) + 1].isalnum():
                return True
        return False

    def _named_body_apposition(self, head: Mention, mid) -> Optional[Mention]:
        """English ``Manufacturers' organisation, the EEF, said``: a common-noun description, then
        ``the`` and a capitalised name between commas: the apposition names the source."""
        if self.lex.lang != "en" or head.kind != DESCRIPTION or len(mid) < 2 \
                or any(w[0][:1].isupper() for w in tokens(self.text, head.start, head.end)[1:]):
            return None
        first = 1
        if mid[0][0].lower() != "the":
            # "One of the bidders, Dutch-based steel group Ostra, said": a body's noun, then its name
            first = next((k + 1 for k in range(len(mid) - 2, -1, -1) if mid[k][0] in SOURCE_NOUNS), 0)
            if not first or first > 4 or first == len(mid) or any(not w[0][:1].isalnum() for w in mid[:first]):
                return None
        if not all(w[0][:1].isupper() for w in mid[first:]):
            return None
        body = self.parser.chunk(self.text, mid[first][1], mid[-1][2])
        return body if body is not None and body.kind == ORGANISATION else None

    def _time_phrase(self, mention: Mention) -> bool:
        """English ``Last month``, ``Earlier this week``: a phrase of time words, no subject."""
        words = [w.lower() for w in mention.text.split()]
        return self.lex.lang == "en" and len(words) <= 4 and all(
            w in _TIME_EN or w in _TIME_LEAD_EN or w in {"ago", "week", "weeks", "months", "years", "days"} for w in words)

    def _unasserted(self, subject_tokens, verb: str = "", initial: bool = False) -> bool:
        """English ``hasn't said``, ``can't say``, ``would say``, ``will ever tell``: a negated or
        modal verb before the cue reports no statement. ``initial``: the subject opens the sentence."""
        k = len(subject_tokens) - 1
        if k >= 1 and subject_tokens[k - 1][0].lower() in ("if", "unless") \
                and subject_tokens[k][0].lower() in _CONDITIONAL_SUBJECTS_EN:
            return True  # "if I say jazz here, people …", "if he says no, …": a condition, no statement
        # the modal is looked at before the skip: "would" and "will" are also in adverbs_between
        # "only" ends the skip: "would only say" reports what was said
        while k > 0 and subject_tokens[k][0].lower() not in _MODALS_EN and subject_tokens[k][0].lower() != "only" and (
                subject_tokens[k][0].lower() in self.lex.adverbs_between
                or subject_tokens[k][0].lower() in _UNASSERTED_ADVERBS_EN):
            k -= 1
        low = subject_tokens[k][0].lower().replace("’", "'")
        if _modal_surname_en(subject_tokens[:k + 1], self.lex):
            return False  # "Prime Minister Theresa May said …", "columnist George Will wrote …": a surname, no modal
        if low == "would" and any(w[0].lower() in _NARRATIVE_WOULD_ADVERBS_EN for w in subject_tokens[k + 1:]):
            return False  # "she would later say …": a past statement told in narrative, not a hypothetical
        if low == "will" and initial and verb in self.lex.trailed_speech_verbs and k == len(subject_tokens) - 1 \
                and self._person_subject_en([w[0] for w in subject_tokens[:k]]):
            # "Mr Dale will say …", "He will argue …": a speaker's speech trailed from its released
            # text (but "Critics will say …", "A Labour MP will say …": the writer's guess at a group)
            return False
        return low in _MODALS_EN or low.endswith("n't") or low in {"not", "never"}

    def _person_subject_en(self, words) -> bool:
        """True when ``words`` are one person: a name alone (an honorific or a common given name and
        one or two capitalised words: ``Mr Dale``, ``Tom Dale``), a name after its title
        (``Labour leader Ann Vale``), ``The`` and an office (``The Prime Minister``) or ``He``/``She``
        alone, after an optional ``In his speech,``; not ``New York``, ``Critics of Ann Vale``,
        ``A Labour MP``."""
        if len(words) > _SPEECH_LEAD_WORDS_EN and " ".join(words[:_SPEECH_LEAD_WORDS_EN]) in _SPEECH_LEADS_EN:
            words = words[_SPEECH_LEAD_WORDS_EN:]  # "In his speech, the Prime Minister will say …": the speech's own setting
            words = [words[0].capitalize()] + words[1:] if words[0] == "the" else words
        if len(words) == 1:
            return words[0] in ("He", "She")
        if words[0] == "The":
            return self._office_en(words[1:])
        return any(self._name_alone_en(words[i:]) and self._title_before_name_en(words[:i])
                   for i in range(min(len(words) - MIN_PERSON_NAME_WORDS_EN, MAX_TITLE_WORDS_EN) + 1))

    def _name_alone_en(self, words) -> bool:
        """``Mr Dale``, ``Tom Dale``, ``Ann Vale``: an honorific or a common given name and one or two
        capitalised words, not a party's plural (``Tom Dale`` but not ``New Democrats``)."""
        return MIN_PERSON_NAME_WORDS_EN <= len(words) <= MAX_PERSON_NAME_WORDS_EN \
            and all(w[:1].isupper() and w.rstrip(".").isalpha() for w in words) \
            and (words[0].lower().rstrip(".") in self.lex.honorifics or fold_word(words[0]).lower() in self.lex.given_names) \
            and words[-1] not in self.lex.party_plurals

    def _title_before_name_en(self, words) -> bool:
        """Nothing, or a title ending in a title word (``Prime Minister``, ``Labour leader``): its
        other words title words or capitalised modifiers (``Labour``, ``Shadow``); no article or
        ``of`` (``A Labour MP``, ``Critics of …`` are not one person's title)."""
        if not words:
            return True
        return words[-1].lower() in self.lex.titles and all(
            w.lower() not in _NON_TITLE_WORDS_EN and (w.lower() in self.lex.titles or w[:1].isupper() and w.isalpha())
            for w in words)

    def _office_en(self, words) -> bool:
        """After ``The``: an office of capitalised words ending in a title word that names a person,
        not a body (``Prime Minister``, ``Foreign Secretary``; not ``White House``, ``Labour Party``)."""
        return 1 <= len(words) <= MAX_TITLE_WORDS_EN and all(w[:1].isupper() and w.isalpha() for w in words) \
            and words[-1].lower() in self.lex.titles and words[-1].lower() not in self.lex.institution_words \
            and all(w.lower() not in _NON_TITLE_WORDS_EN for w in words)

    def _reportedly(self, subject_tokens) -> bool:
        """English ``reportedly said``, ``reportedly also told``: an unsourced report among the
        adverbs right before the cue."""
        for w in reversed(subject_tokens):
            low = w[0].lower()
            if low == "reportedly":
                return True
            if low not in self.lex.adverbs_between:
                return False
        return False

    def _negated(self, subject_tokens) -> bool:
        """English ``did not mention``, ``has never said``, ``is not saying``: a negation among the
        auxiliaries and adverbs right before the cue."""
        for w in reversed(subject_tokens):
            low = w[0].lower().replace("’", "'")
            if low in {"not", "never"} or low.endswith("n't"):
                return True
            if low not in self.lex.adverbs_between and low not in _UNASSERTED_ADVERBS_EN and low not in {"'s", "'re"}:
                return False
        return False

    def _inverted_subject(self, pos: int, end: int, spans) -> bool:
        """True when the words after a cue up to the next comma (or the sentence end) are its
        speaker or an occasion, not a clause: ``said Mr. Barrett, the lawyer …``, ``said one
        source in the room``, ``said Thursday on Fox News``."""
        comma = self._next_comma(pos, end, spans)
        ws = tokens(self.text, pos, comma if comma is not None else end)
        words = [w[0] for w in ws if w[0][:1].isalnum()]
        if comma is None and len(words) >= 3 and "who" in words[1:4] and words[0].lower() not in _SUBJECT_PRONOUNS_IT_EN:
            # "…, say those who feel the plan should be dropped.", "…, say people who live nearby.":
            # the people the relative clause picks out
            return True
        if not words or len(words) > 6:
            return False
        first = words[0].lower()
        if all(w[:1].isupper() for w in words) and first not in _SUBJECT_PRONOUNS_IT_EN:
            return True  # "said Brian Baker", "said Rep. Gwen Moore"
        if len(words) >= 3 and words[-2:] == ["and", "others"] and first not in _SUBJECT_PRONOUNS_IT_EN \
                and all(w[:1].isupper() for w in words[:-2]):
            return True  # "said Lee and others": the named person and the rest with them
        if len(words) > 2 and words[-1][:1].isupper() and words[-2][:1].isupper() and first not in _SUBJECT_PRONOUNS_IT_EN \
                and all(self.lex.is_role_word(w) for w in words if w.islower()):
            return True  # "said Vale State University professor Tom Roe": title words, then the name
        if first in _TIME_EN or first.endswith("ly"):
            # "said Thursday on Fox News", "said matter-of-factly as …"; but "said Thursday he
            # agrees …": a subject pronoun opens the reported clause after the time word
            return len(words) < 3 or words[1].lower() not in _SUBJECT_PRONOUNS_IT_EN
        if first in {"the", "a", "an"} and comma is not None \
                and (words[-1].lower() in SOURCE_NOUNS or words[-1].lower() in self.lex.titles) \
                and not any(w.lower() in _PREDICATE_EN for w in words):
            nxt = tokens(self.text, comma + 1, min(end, comma + 40))[:1]
            if nxt and nxt[0][0][:1].isupper() and nxt[0][0].lower() not in self.lex.stop_words:
                return True  # "said the company's chief executive, Ann Lee", "said the U.N. envoy, Ann Lee": a role, then the name
        if comma is None and len(words) > 1 and words[-1].lower() in self.lex.descriptions and first != "that" \
                and not any(w.lower() in _PREDICATE_EN for w in words):
            return True  # "…, said Brandt campaign officials.", "…, said some LA film critics."
        return first in {"one", "a", "an", "another"} and not any(w.lower() in _PREDICATE_EN for w in words)

    def _yang_antecedent_id(self, clause_start: int, subject_tokens, mention: Optional[Mention]) -> Optional[Mention]:
        """Indonesian ``Direktur X Budi yang juga hadir dalam acara itu menyampaikan bahwa …``: a
        relative clause with no commas stands between the speaker and the cue; the speaker is the
        name or source before ``yang`` (not a phrase inside the clause)."""
        k = next((n for n, w in enumerate(subject_tokens) if w[0].lower() == "yang"), None)
        if not k or mention is not None and mention.start < subject_tokens[k][1] and mention.kind != ANAPHOR:
            return None
        clause = subject_tokens[k + 1:]
        if len(clause) > MAX_YANG_CLAUSE_TOKENS or any(
                w[0] in {",", ";", ":", "."} or w[0].lower() in self.lex.pronouns or w[0].lower() == "yang"
                or w[0].lower() in self.lex.pre_cues for w in clause):
            return None  # "X yang …, Y mengatakan", "X yang ia temui …": another subject
        antecedent = self.parser.before_cue(self.text, clause_start, subject_tokens[k - 1][2])
        if antecedent is None:
            j = k
            while j > 0 and subject_tokens[j - 1][0][:1].isupper():
                j -= 1  # "… menyusul sikap Presiden Joko yang …": the name closing the phrase
            antecedent = self.parser.chunk(self.text, subject_tokens[j][1], subject_tokens[k - 1][2]) if j < k else None
        if antecedent is None or antecedent.kind not in (NAME, "description"):
            return None
        if antecedent.kind == NAME or mention is None and self._plausible_speaker(antecedent):
            return antecedent
        return None

    def _document_before_yang_id(self, subject_tokens) -> Optional[Mention]:
        """Indonesian ``… merujuk pada putusan MK nomor 5/2024 yang (pada intinya) menyebut …``: the
        document a relative clause opened by ``yang`` right before the cue describes is the source
        (documents are sources); None when no document noun heads the words before ``yang``."""
        lex = self.lex
        if any(w[0].lower() in lex.pre_cues or w[0].lower() in lex.post_cues or w[0].lower() in lex.according_to
               for w in subject_tokens):
            return None  # "X menyatakan menghormati putusan MK yang menyebut …": inside X's own report
        k = len(subject_tokens) - 1
        if subject_tokens[k][0] == "intinya" and k >= 2 and subject_tokens[k - 1][0] == "pada":
            k -= 2  # "yang pada intinya menyebut": the gist of the document
        if k < 1 or subject_tokens[k][0] != "yang":
            return None
        for j in range(k - 1, max(-1, k - 1 - MAX_DOCUMENT_WORDS), -1):
            word = subject_tokens[j][0]
            if word.lower() in _DOCUMENT_NOUNS_ID:
                while j and subject_tokens[j - 1][0].lower() in _DOCUMENT_NOUNS_ID:
                    j -= 1  # "surat edaran nomor 5 …", "surat keputusan …": the document's whole name
                return Mention(DESCRIPTION, self.text[subject_tokens[j][1]:subject_tokens[k - 1][2]],
                               subject_tokens[j][1], subject_tokens[k - 1][2])
            if not (word[:1].isupper() or any(c.isdigit() for c in word) or word in _DOCUMENT_NUMBERING_ID):
                return None  # "surat itu dikirim oleh warga yang meminta …": the clause is the last noun's
            if word[:1].isupper() and not word.isupper() and word.lower() in lex.titles and j + 1 < k \
                    and not self.parser.place_only(self.text, subject_tokens[j + 1][1], subject_tokens[k - 1][2]):
                return None  # "putusan Hakim Budi Santoso yang menyatakan …": a titled person, no document
        return None

    def _thing_relative_before_and_en(self, subject_tokens, boundary: int) -> bool:
        """English ``… under a sky that threatened hail one minute and promised sun``: the cue is
        coordinated, with no comma, with the verb of a ``that``/``which`` clause on a lower-case
        noun of no person (``sky``); that thing does the cue, no speaker."""
        k = next((n for n in range(len(subject_tokens) - 1, 0, -1) if subject_tokens[n][1] < boundary
                  and subject_tokens[n][0] in ("that", "which", ",", ";")), None)
        if k is None or subject_tokens[k][0] not in ("that", "which") or k + 1 >= len(subject_tokens):
            return False
        head, verb = subject_tokens[k - 1][0], subject_tokens[k + 1][0]
        if any(w[0] == "," or w[0].lower() in _PREDICATE_EN for w in subject_tokens[k + 2:] if w[1] < boundary):
            return False  # "the name that appeared in it was wrong, but said …": the clause ended before
        return head.isalpha() and head.islower() and not self._people_noun_en(head) \
            and head not in self.lex.titles and head not in self.lex.descriptions \
            and head not in self.lex.institution_words and head not in _GROUP_HEADS_EN \
            and verb.islower() and (verb.endswith("ed") or verb in _IRREGULAR_PAST_EN)

    def _relative_subject(self, clause_start: int, subject_tokens) -> Optional[Mention]:
        """English ``Tom told Ann Grey, who opened her door and said …``: a cue coordinated with the
        verb of a relative clause (no comma between them) is said by the clause's antecedent."""
        if self.lex.lang != "en":
            return None
        k = next((n for n in range(len(subject_tokens) - 2, 0, -1)
                  if subject_tokens[n][0] in {",", ";", ":"} or subject_tokens[n][0].lower() in ("who", "which")), None)
        if k is not None and subject_tokens[k][0] == "which" and subject_tokens[k - 1][0] in ("in", "on") \
                and subject_tokens[k + 1][0][:1].isupper():
            # "a video in which Lee called himself … and admitted …": the relative clause's named subject
            j = k + 1
            while j < len(subject_tokens) - 1 and (subject_tokens[j][0][:1].isupper() or subject_tokens[j][0] == "."):
                j += 1
            if not subject_tokens[j][0].islower() or any(w[0].lower() in self.lex.pronouns for w in subject_tokens[j:]):
                return None
            mention = self.parser.chunk(self.text, subject_tokens[k + 1][1], subject_tokens[j - 1][2])
            return mention if mention is not None and mention.kind == NAME else None
        if k is None or subject_tokens[k][0].lower() != "who" or subject_tokens[k - 1][0] != ",":
            return None
        if any(w[0].lower() in self.lex.pronouns for w in subject_tokens[k + 1:]):
            return None  # "…, who lost, and he said": a subject of its own
        j = k - 1
        while j > 0 and (subject_tokens[j - 1][0][:1].isupper() or subject_tokens[j - 1][0] == "."):
            j -= 1  # the name closing the phrase before ", who" (not the clause it is the object of)
        if j == k - 1:
            return None
        mention = self.parser.chunk(self.text, subject_tokens[j][1], subject_tokens[k - 2][2])
        return mention if mention is not None and mention.kind == NAME else None

    def _restrictive_subject_of_later_cue(self, subject_tokens, verb_end: int, sent_end: int) -> bool:
        """English ``The lifelong Democrat who wrote the speech delivered by … says he …``: a
        restrictive ``who`` clause (no comma before it) opening the sentence, whose verb takes a
        piece of writing or speech as its object (``wrote the speech``) and is followed in the same sentence by ``says``/``said`` with no comma or
        ``that`` between: the clause is part of that cue's subject, not a report of its own."""
        if len(subject_tokens) < 3 or subject_tokens[-2][0] in {",", "-", "—", "–"} \
                or subject_tokens[0][0].lower() not in ("the", "a", "an"):
            return False
        rest = self.text[verb_end:sent_end]
        obj = rest.split(None, 5)[:5]
        if not obj or obj[0] not in _OBJECT_DETERMINERS_EN \
                or not any(w.strip(",.").lower() in _OCCASION_NOUNS_EN for w in obj[1:4]):
            return False  # "The aide who said the plan would fail …": a report, not a written piece
        cut = _LATER_SAY_EN.search(rest)
        if cut is None:
            return False
        between = rest[:cut.start()]
        return "," not in between and not _THAT_OR_QUOTE_EN.search(between)

    def _antecedent(self, clause_start: int, subject_tokens) -> Optional[Mention]:
        """The source a relative ``who`` refers to: the phrase before ``, who`` (with its apposition),
        or a capitalised name or a known kind of source right before ``who`` ("critics who say")."""
        text, lex = self.text, self.lex
        k = len(subject_tokens) - 1
        if k > 0 and subject_tokens[k - 1][0] in DASH_TOKENS and lex.lang == "en":
            # "Ann Lee -- who said …": the phrase before the dash (a typed "--" is two tokens)
            d = k - 2 if k > 1 and subject_tokens[k - 2][0] == "-" == subject_tokens[k - 1][0] else k - 1
            mention = self.parser.before_cue(text, clause_start, subject_tokens[d][1]) if d > 0 else None
            return mention if mention is not None and self._plausible_speaker(mention) else None
        if k > 0 and subject_tokens[k - 1][0] == ",":
            mention = self.parser.before_cue(text, clause_start, subject_tokens[k - 1][1])
            if mention is not None and self._plausible_speaker(mention):
                return mention
            k -= 1  # "… backed by Lopez, who said": the name closing the phrase before the comma
        j = k
        while j > 0 and (subject_tokens[j - 1][0][:1].isupper() or subject_tokens[j - 1][0] == "."):
            j -= 1
        if j < k and subject_tokens[j][0].lower() in opening_stop_words(lex.lang):
            j += 1  # "Those who say …", "The Republicans who say …"
        if j == k:
            if k > 0 and subject_tokens[k - 1][0].lower() in lex.descriptions:
                j = k - 1  # "critics who say …"
            elif lex.lang == "en" and k > 1 and subject_tokens[k - 1][0].lower() in {"percent", "%"} \
                    and subject_tokens[k - 2][0][:1].isdigit():
                return Mention("description", text[subject_tokens[k - 2][1]:subject_tokens[k - 1][2]],
                               subject_tokens[k - 2][1], subject_tokens[k - 1][2])  # "23 percent who said …"
            else:
                return None
        mention = self.parser.chunk(text, subject_tokens[j][1], subject_tokens[k - 1][2])
        return mention if mention is not None and self._plausible_speaker(mention) else None

    def _capitalised_antecedent_en(self, subject_tokens, k: int) -> Optional[Mention]:
        """English ``… from the Fair Wage Commission(,) which said``: the run of at least two
        capitalised words after ``the`` right before index ``k``, when it parses as a name or body."""
        j = k
        while j > 0 and subject_tokens[j - 1][0][:1].isupper() and subject_tokens[j - 1][0].isalpha():
            j -= 1
        if k - j < 2 or j == 0 or subject_tokens[j - 1][0].lower() != "the":
            return None
        mention = self.parser.chunk(self.text, subject_tokens[j][1], subject_tokens[k - 1][2])
        return mention if mention is not None and mention.kind in (NAME, ORGANISATION) else None

    def _unnamed_antecedent_en(self, subject_tokens, verb: str) -> Optional[Mention]:
        """English ``an architect who said …``, ``a young child, who said …``, ``four in 10 who
        said …``: a common noun (or a count) right before a ``who`` of a say-cue stands for an unnamed
        source; the report is kept with no speaker."""
        if verb not in _SAY_EN or len(subject_tokens) < 2:
            return None
        k = len(subject_tokens) - 2
        if subject_tokens[k][0] == "," and k > 0:
            k -= 1
        w = subject_tokens[k][0]
        low = w.lower()
        if not (w.isdigit() or w.isalpha() and w.islower() and low not in self.lex.stop_words
                and low not in self.lex.function_words and low not in self.lex.pronouns and not low.endswith("ly")
                and low not in {"those", "these", "anyone", "everyone", "someone", "people"}):
            return None  # "those who said income mattered backed Lee": a group picked out by its answer, no source
        if not any(t[0].islower() and (t[0] in _OBJECT_PREPOSITIONS_EN or t[0].endswith(("ed", "ing"))
                                       or t[0] in self.lex.pre_cues) for t in subject_tokens[:k]):
            return None  # "A woman who said she lived nearby told …": the relative is in the sentence's subject
        return Mention(_UNNAMED, w, subject_tokens[k][1], subject_tokens[k][2])

    def _predicate_word_en(self, word: str) -> bool:
        """Whether lower-case ``word`` after ``and`` reads as a past verb opening a predicate (``cast``,
        ``praised``, ``took``), not a noun phrase's first word (``the``, ``other``, ``many``)."""
        low = word.lower()
        if not word.islower() or low in self.lex.stop_words or _object_opener_en(low) or low in _QUANTIFIERS_EN:
            return False
        return low in _FINITE_EN or _looks_past_en(low) or low in _PREDICATE_PAST_EN

    def _dash_relative_en(self, subject_tokens) -> Optional[int]:
        """English ``Ann Lee - who previously``: how many tokens reach to a ``who`` right after a dash
        (only adverbs after it), the relative clause of an aside set off by dashes; else None."""
        k = len(subject_tokens)
        while k > 2 and (subject_tokens[k - 1][0].lower() in self.lex.adverbs_between
                         or subject_tokens[k - 1][0].lower() in _PERFECT_AUXILIARIES_EN):
            k -= 1
        if k < 3 or k == len(subject_tokens) or subject_tokens[k - 1][0].lower() not in _WHO_FORMS_EN \
                or subject_tokens[k - 2][0] not in DASH_TOKENS:
            return None
        return k

    def _dash_aside_close_en(self, dash: str, start: int, end: int) -> Optional[int]:
        """Where an English aside opened by ``dash`` (``-``, ``--``, ``—``, ``–``) closes after
        ``start``: at the same dash again, followed by more words of the sentence; else None."""
        m = re.compile(r"\s*(?:--|—|–)\s*|\s+-\s+" if dash == "-" else r"\s*[—–]\s*").search(self.text, start, end)
        if m is None or not self.text[m.end():end].strip():
            return None
        return m.start()

    @staticmethod
    def _inside_relative_en(subject_tokens) -> bool:
        """English ``The plan, which officials said …``, ``Lee, who met Dunn and said …``: the cue's
        subject words open with a relative clause set off by a comma and hold no comma after it, so
        the cue and its report sit inside that clause."""
        for k in range(len(subject_tokens) - 1, max(0, len(subject_tokens) - MAX_SUBJECT_TOKENS - 1), -1):
            word = subject_tokens[k][0]
            if not word[:1].isalnum():
                return False  # "…, which …, said", "— 25 percent say": the relative clause closed before the cue
            if word.lower() in _ASIDE_RELATIVES_EN and subject_tokens[k - 1][0] == ",":
                return True
        return False

    def _subject_relative_end_en(self, subject_tokens, start: int, end: int) -> Optional[int]:
        """English ``A rule that Lee said would ban cars was passed …``: a restrictive relative clause
        inside the sentence's opening noun phrase, whose report has no subject of its own (it opens
        with ``would``/``was``): the report ends before the main clause's own finite verb."""
        if subject_tokens[0][0] not in ("A", "An", "The", "This") or any(w[0] in {",", ";", ":"} for w in subject_tokens):
            return None
        k = next((k for k in range(1, min(len(subject_tokens), MAX_RELATIVE_SUBJECT_WORDS + 1))
                  if subject_tokens[k][0] in ("that", "which")), None)
        if k is None or not all(w[0].isalpha() and not w[0].endswith("ed") and w[0] not in _IRREGULAR_PAST_EN
                                and w[0].lower() not in _PREDICATE_EN for w in subject_tokens[1:k]):
            return None
        first = self.text[start:start + MAX_FINITE_WORD_CHARS].split(" ", 1)[0]
        if first not in _FINITE_EN:
            return None
        m = _MAIN_FINITE_EN.search(self.text, start + len(first), end)
        return m.start() if m is not None else None

    def _relative_end(self, start: int, end: int, spans) -> Optional[int]:
        """Where a ``, who said …,`` clause closes: at a comma followed by the main predicate
        ("…, left the room"); None when the relative clause runs to the sentence end."""
        comma = self._next_comma(start, end, spans)
        if comma is None:
            return None
        ws = tokens(self.text, comma + 1, end)
        if ws and ws[0][0].islower() and ws[0][0] not in self.lex.stop_words and not ws[0][0].endswith("ing"):
            return comma
        return None

    def _bare_clause_follows(self, pos: int, end: int) -> bool:
        """English ``added he was glad``, ``added the firm would …``: a subject pronoun or a short
        determiner phrase and a finite verb open the words after ``pos`` (not ``added it to the
        list``, ``added 200 jobs``)."""
        ws = tokens(self.text, pos, min(end, pos + 60))
        if len(ws) < 3:
            return False
        low = [w[0].lower() for w in ws[:5]]
        if low[0] in _SUBJECT_PRONOUNS_IT_EN and ws[0][0] != "I" or ws[0][0] in {"I", "we"}:
            return low[1] in _FINITE_WORDS_EN
        if low[0] in _DETERMINERS_CLAUSE_EN:
            for k in (2, 3):
                if k < len(low) and low[k] in _FINITE_WORDS_EN and all(
                        w[0].isalpha() and (w[0].islower() or low[0] == "the") or _ABBREV_NAME_EN.fullmatch(w[0])
                        or w[0] == "." and j > 1 and _ABBREV_NAME_EN.fullmatch(ws[j - 1][0]) and ws[j - 1][2] == w[1]
                        for j, w in enumerate(ws[1:k], 1)):
                    return True
        return False

    def _that_follows(self, pos: int, end: int, hearer: bool = False) -> bool:
        """True when ``that`` opens the words after ``pos``, maybe after a time phrase ("added Monday that"),
        a manner adverb ("added hopefully that"), the particle of ``point out`` ("pointed out that") or,
        with ``hearer`` (English only: callers pass it false otherwise), a short hearer phrase ("joked to
        reporters that")."""
        ws = self._without_point_out(_skip_time_words(tokens(self.text, pos, end)), pos)
        if self._manner_adverb_before_that(ws):
            ws = ws[1:]  # "adding hopefully that …": a manner adverb before the clause
        if hearer and len(ws) > 2 and ws[0][0] == "to":
            ws = ws[self._hearer_before_that_en(ws):]  # "joked to reporters that …": the hearer, then the clause
        return bool(ws) and ws[0][0].lower() in self.lex.complementizers

    def _hearer_before_that_en(self, ws) -> int:
        """English: the index of ``that`` after a short hearer phrase opening tokens ``ws``
        (``to reporters that``, ``to the officers that``, ``to Ann Holt that``), or 0 when none
        (never after ``counter``: "ran counter to his statements that …" is "contrary to")."""
        first = ws[1][0]
        if not (first[:1].isupper() and first[1:].islower() or first in _HEARER_OPENERS_EN):
            return 0  # "continued to insist that …": an infinitive, no hearer
        lex = self.lex
        for j in range(2, min(len(ws), MAX_HEARER_TOKENS_EN + 2)):
            w = ws[j][0]
            if w == "that":
                return j
            if not w[:1].isalnum() and w not in {"-", "."} or w in lex.pre_cues or w in lex.post_cues or w == "to":
                return 0
        return 0

    def _manner_adverb_before_that(self, ws) -> bool:
        """English: whether tokens ``ws`` open with a lower-case manner adverb right before ``that``
        (``added hopefully that …``, ``warned darkly that …``)."""
        return self.lex.lang == "en" and len(ws) > 1 and ws[1][0] == "that" and ws[0][0].endswith("ly") \
            and ws[0][0].islower() and ws[0][0] not in self.lex.ly_non_adverbs

    def _without_point_out(self, ws, pos: int):
        """Tokens ``ws`` read after a cue ending at ``pos``, without the particle of ``point out``
        (``pointed out that …``)."""
        if len(ws) > 1 and ws[0][0].lower() == "out" and _POINT_BEFORE_EN.search(self.text, max(0, pos - 9), pos):
            return ws[1:]
        return ws

    def _cue_follows(self, pos: int, end: int) -> bool:
        """True when a cue verb stands among the first words after ``pos`` ("…, adding that …",
        "…, before clarifying that …")."""
        lex = self.lex
        return any(w[0].lower() in lex.pre_cues or w[0].lower() in lex.post_cues for w in tokens(self.text, pos, end)[:3])

    def _clause_after_verb(self, pos: int, end: int, spans, verb: str) -> Optional[int]:
        """Where the reported clause starts after a cue verb, or None if it takes no clause."""
        lang_en, lang_id = self.lex.lang == "en", self.lex.lang == "id"  # asked again and again below: read once
        text, lex = self.text, self.lex
        ws = tokens(text, pos, end)
        if not ws:
            return None
        weak = verb in lex.weak_cues or _PHRASE_CUES_EN.fullmatch(verb) is not None
        if lang_id and verb.lower() in lex.bahwa_only_cues and ws[0][0].lower() != "bahwa":
            return None  # "sepakat untuk menunda …", "sepakat dengan usulan itu": a deal or a stance, no view voiced
        if verb in _INFORM_EN and (verb == "informing" or not any(w[0].lower() == "that" for w in ws[:MAX_INFORM_THAT_TOKENS])):
            return None  # "informed the board of the plan": a topic, no clause; "… and informing us that": rarely a report
        if lang_en and len(ws) > 1 and ws[1][0] in _ADVERB_TOPIC_PREPS_EN and ws[0][0].endswith("ly") \
                and ws[0][0].lower() not in lex.ly_non_adverbs and not _amount_en(ws[1:]) \
                and not any(w[0] == "that" for w in ws[2:MAX_INFORM_THAT_TOKENS]):
            return None  # "boasted prematurely about his win", "spoke warmly of her": a manner adverb, then a topic
        if lang_en and verb in lex.question_cues and ws[0][0].lower() in _ASKED_FOR_EN:
            return None  # "asked for an inquiry", "asked about the plan", "asked questions of …": no question reported
        if lang_en and verb in lex.question_cues and len(ws) > 2 and ws[0][0].lower() == "not" \
                and ws[1][0].lower() == "to" and ws[2][0].lower() == "be":
            return None  # "a clerk, who had asked not to be quoted, told …": a plea for anonymity, no report
        if lang_en and verb.startswith("point"):
            if (len(ws) < 2 or ws[0][0].lower() not in ("out", "that")) and not verb.endswith("ing"):
                return None  # "pointed to the polls": no reported clause
            if ws[0][0].lower() in _NOUN_DETERMINERS_EN and ws[0][0].lower() != "that":
                return None  # "pointing a finger at her": a gesture, no reported clause
            if ws[0][0].lower() == "out" and len(ws) > 1:
                ws = ws[1:]  # "pointed out (that) …": the particle, then the clause
        if lang_en and len(ws) > 2 and ws[1][0] in {",", ";"} and ws[2][0] in _OBJECT_THEN_CONJUNCTIONS_EN and (
                ws[0][0] == "it" or ws[0][0] == "them" and verb in _SAY_EN) \
                and verb not in _TELL_EN and verb not in lex.question_cues:
            # "denied it, but reports show …", "said them, but not after …": a pronoun object, then the
            # next clause; no report ("said it, too, would fail" stays one)
            return None
        if lang_en and verb[:4] == "argu" and ws[0][0].lower() == "for" and not self._that_clause_in(ws) \
                and not any(w[0].lower() in _DURATION_NOUNS_EN for w in ws[1:1 + MAX_DURATION_LOOKAHEAD_TOKENS_EN]):
            return None  # "argued for flexibility in …": a thing urged, no report
        if lang_en and verb[:4] == "warn" and len(ws) > 3:
            j = 1 if ws[1][0] == "that" else 2 if ws[2][0] == "that" and ws[0][0] in ("the", "his", "her", "their") else 0
            if j and all(w[0].isalpha() and w[0].lower() not in _PREDICATE_EN for w in ws[:j]) \
                    and ws[j + 1][0].lower() not in _PREDICATE_EN and not ws[j + 1][0].endswith("ed"):
                return ws[j + 1][1]  # "warned ministers that they should …": the hearer, then the clause
        if lang_en and verb[:4] in ("deni", "deny", "conf") and len(ws) > 3:
            k = 1 if ws[0][0].lower() in ("the", "any") else 0
            if ws[k][0].lower() in _DENIED_CLAIM_NOUNS_EN and ws[k + 1][0] == "that" and k + 2 < len(ws):
                if ws[k + 2][0].lower() in _PREDICATE_EN or ws[k + 2][0].endswith("ed"):
                    return None  # "denied reports that appeared in …": a noun and its relative clause, no report
                return ws[k + 2][1]  # "denied accusations that she took it": the clause the claim holds
        if lang_en and verb in {"state", "states"} and self._noun_state(ws):
            return None  # "the four states that held primaries": a noun and its relative clause
        if lang_en and verb.startswith("call") and ws[0][0].lower() in _CALL_PARTICLES_EN:
            return None  # "called for a ban", "called on leaders to …", "called off the talks": no report
        if lang_en and verb.startswith("call") and ws[0][0][:1].isalnum():
            to = next((j for j, w in enumerate(ws[1:6], 1) if w[0] == "to" or not w[0][:1].isalnum() and w[0] not in {"'s", "’s"}), None)
            if to is not None and ws[to][0] == "to" and to + 1 < len(ws) and ws[to + 1][0] in _DETERMINER_LEADS_EN \
                    and ws[to + 1][0] != "that" and not any(w[0] in {"“", "\"", "''"} for w in itertools.takewhile(
                        lambda w: w[0] not in {",", ";", ".", ":"}, ws)):
                return None  # "called party leaders to the stage": a summons, no label and no report
        if lang_en and ws[0][0].lower() in _TOPIC_PREPS_EN and not self._that_clause_in(ws):
            return None  # "warned of a “crisis”", "argued against quotas": what is spoken of, no report
        if lang_en and len(ws) >= MIN_ASIDE_TOPIC_TOKENS_EN and any(
                w[0] == "," for w in ws[:MAX_TOLD_HEARER_TOKENS_EN + 1]) and self._topic_after_aside_en(ws, verb):
            return None  # "told reporters, in Ely, about the plan": a setting, then what is spoken of
        if lang_en and verb in _WRITE_EN and (ws[0][0].lower() in _DETERMINERS_CLAUSE_EN or ws[0][0].lower() in {"a", "an"}):
            phrase = list(itertools.takewhile(lambda w: w[0] not in {",", ";", ":"} and w[0] not in lex.pre_scan, ws))
            if not self._looks_like_clause(phrase) and not any(w[0].lower() in lex.complementizers for w in phrase):
                return None  # "wrote a letter to the school": the thing written, not a reported clause
        if lang_en and verb in _WRITE_EN and ws[0][0].islower() and self._written_plural_object_en(ws):
            return None  # "has written critical articles about the show": the things written
        adverbial = self._adverbial_start(ws[0][0]) or (
            lang_en and len(ws) > 1 and ws[0][0].lower() in _TIME_LEAD_EN and (ws[1][0].lower() in _TIME_EN or (
                ws[0][0].lower() in _LATE_EARLY_EN and ws[1][0].lower() in _TIME_LEAD_EN))) \
            or self._manner_adverb_before_that(ws) \
            or lang_en and ws[0][0] == "without" and any(w[0] == "that" for w in ws[2:MAX_WITHOUT_TOKENS_EN])
        # "warned darkly that …": a manner adverb, then the clause; "claimed without any evidence that …"
        if lang_en and verb in _TELL_EN:
            adverbial = True  # "told the group (at a rally) that …": the hearer, then the clause
        elif lang_en and ws[0][0].lower() in _DATE_MONTHS_EN and len(_skip_time_words(ws[:8])) < len(ws[:8]):
            adverbial = True  # "said Dec. 6 on a radio show that …": a date, then the clause
        if lang_en and ws[0][0] == "," and len(ws) > 2 and ws[1][0].endswith("ing") and ws[1][0].islower() \
                and self._aside_after_comma(ws[1:]):
            return None  # "…, she said, waving a “Vote Lee” sign": the speaker's act, quoted words and all
        quoted_at, quote_left, quoted_j = None, 0, 0
        titled = False  # after "bertajuk", marks hold a title, not a quoted fragment
        # every token starts in [pos, end): only a quote reaching into that window can hold one
        # (most windows meet none, and then no token needs the look-up)
        near = [s for s in spans if s.open < end and s.outer_end > pos]
        terms = [s for s in near if self._quoted_term_id(s)] if near else ()
        if terms:
            near = [s for s in near if s not in terms]  # "nama 'Iskandar'": a term in marks, no quoted fragment
        # "While Lee pledged to talk to all sides, Ray insisted that …": the commitment runs
        # from "to"; a "that" past its comma belongs to the next clause
        pledge = lang_en and adverbial and ws[0][0] == "to" and verb in lex.infinitive_cues \
            and len(ws) > 1 and ws[1][0].islower() and ws[1][0] not in lex.stop_words
        stance = None  # "menyampaikan harapannya bahwa …": a stance noun, then its clause
        if lang_id and len(ws) > 1 and ws[1][0].lower() in lex.complementizers:
            head = ws[0][0].lower()
            head = head[:-3] if head.endswith("nya") else head
            stance = head if head in _STANCE_NOUNS_ID else None
        reach = MAX_ADVERBIAL_TOKENS
        if lang_en and len(ws) > reach and ws[0][0] == "," and self._second_cue_after_aside_en(ws[:reach]):
            reach = MAX_SECOND_CUE_ASIDE_TOKENS_EN  # "said, in a long speech to the council, and later told reporters, that …"
        for j, w in enumerate(ws[:reach]):
            low = w[0].lower()
            if stance and j == 1 and (low == "bahwa" or stance in _WISH_NOUNS_ID) \
                    and not (near and self._inside_quote(w[1], near)):
                return w[2]
            if pledge and w[0] == "," and j + 1 < len(ws) and (
                    ws[j + 1][0][:1].isupper() or ws[j + 1][0] in _CLAUSE_SUBORDINATORS_EN
                    or ws[j + 1][0].endswith("ing") and ws[j + 1][0].islower()):
                return ws[0][1]  # "…, Ray insisted that", "…, while acknowledging that": the next clause's "that"
            if pledge and j > 1 and low == "that" and ws[1][0] not in _DETERMINER_LEADS_EN \
                    and not any(x[0] == "," for x in ws[2:j]):
                # "pledged to stay in the race through that contest", "vowed to tax firms that move
                # abroad": a demonstrative or a relative inside the commitment, no clause of its own
                # (but "vowed to the crowd that …", "vowed to voters, in a loud voice, that …": a hearer,
                # then the clause)
                return ws[0][1]
            titled = titled or low in lex.title_markers
            inside = bool(near) and self._inside_quote(w[1], near) and not titled
            if lang_en and low == "that" and 0 < j - 2 <= MAX_NOUN_WORDS_BEFORE_THAT_EN and ws[0][0] == "," and ws[1][0].lower() in _DETERMINER_LEADS_EN \
                    and all(x[0].isalpha() and x[0].islower() and x[0] not in _PREDICATE_EN and not _looks_past_en(x[0])
                            for x in ws[2:j]) and not _CLOSING_APPOSITION_EN.match(text, ws[0][1], end):
                return ws[1][1]  # "But, he said, the fact that A is B": the noun's own clause; the report opens at its subject
            if j == 0 and low == "that" and lang_en and self._demonstrative_object_en(ws):
                return None  # "repeated that promise on Tuesday, saying …": "that" is the object's determiner
            if low in lex.complementizers and (j == 0 or adverbial) and not inside and not (
                    lang_en and j > 0 and (j + 1 >= len(ws) or ws[j + 1][0] in {".", "!", "?", ";", ","})
                    and not self._aside_after_that_en(ws, j)) \
                    and not (lang_en and (j > 0 or verb.endswith("s") and verb not in _SAY_EN)
                             and self._relative_that(ws, j)) \
                    and not (j > 0 and low in _PURPOSE_ID and verb not in lex.request_cues) \
                    and not (lang_id and j > 2 and ws[0][0] == "," and self._looks_like_clause_id(ws[1:j])) \
                    and not (lang_en and j > 1 and ws[j - 1][0].lower() in ("and", "but")) \
                    and not (lang_en and adverbial and not pledge and j > 2 and ws[0][0][:1].isalnum()
                             and ws[j - 1][0].lower() in lex.post_cues
                             and ws[j - 2][0].lower() in ("and", "but", "also")) \
                    and not (lang_en and j > 1 and ws[j - 1][0].lower() in _COPULAS_EN
                             and ws[j - 2][0].lower() not in _SUBJECT_PRONOUNS_IT_EN
                             and not any(x[0] == "," for x in ws[:j])) \
                    and not (lang_en and j > 2 and self._subordinate_cue_in_en(ws[:j])) \
                    and not (lang_en and j >= MIN_SECOND_SOURCE_TOKENS_EN and ws[0][0] == ","
                             and self._second_source_cue_in_en(ws[:j])):
                # "mengatakan pada hari Kamis bahwa …"; but in "mengatakan Tiongkok menyadari
                # ekspektasi AS bahwa …" the clause began right after the verb.
                return w[2]
            if quoted_at is not None:
                if not inside:
                    quote_left -= 1
                if quote_left < 0 or w[0] in {",", ":"}:
                    return self._past_hearer(ws, quoted_at, verb, ws[quoted_j][1])
            elif not titled and (w[0] in {"“", "”", "\"", "«"} and not any(w[1] in (s.open, s.close) for s in terms)
                                 or inside):
                if lang_en and j < 3 and verb not in _NAMING_VERBS_EN and verb not in _NAMING_PARTICIPLES_EN \
                        and self._modifier_quote_en(ws, j, near):
                    return None  # "promised a 'firm but fair' policy": a noun object with a quoted modifier, no report
                if lang_en and j >= MIN_SECOND_SOURCE_TOKENS_EN and ws[0][0] == "," \
                        and self._second_source_cue_in_en(ws[:j]):
                    return ws[1][1]  # "argued, the taxes were a burden, and Lee said: “…”": the quote is Lee's
                if lang_en and j > 2 and not adverbial and self._cue_between(ws[1:j - 1]) \
                        and (self._looks_like_clause(ws[:j]) or self._clause_opens(ws[:j])):
                    return ws[0][1]  # "said A but added, “B”": A is the report; the quote has a cue of its own
                if lang_en and j > 3 and verb in _TELL_EN and self._cue_between(ws[1:j - 1]):
                    told = self._after_object(ws[:j])
                    if told is not None:
                        return told  # "told the BBC A and added: “B”": A after the hearer; the quote has its own cue
                if lang_en and j > 3 and adverbial and ws[0][0].lower() in _CLAUSE_PREPS_EN \
                        and self._cue_between(ws[1:j - 1]):
                    after = self._subject_after_adverbial(ws[:j])
                    if after is not None:
                        return after  # "said in business it takes time but added, “B”": A after its adverbial
                quoted_at = w[1] if j == 0 or ws[j - 1][0] in {",", ":"} else ws[0][1]
                if lang_en and 3 < j <= MAX_NAMED_ASIDE_TOKENS and ws[j - 1][0] == "," and ws[1][0] == "," \
                        and ws[0][0] in _OBJECT_PRONOUNS_EN and (verb in _NAMING_VERBS_EN or verb in _NAMING_PARTICIPLES_EN):
                    quoted_at = ws[0][1]  # "calling him, among other insults, “a fraud”": the object, an aside, the label
                if j == 0 and lang_en and verb in _TELL_EN and self._programme_hearer(ws, w[1]):
                    return None  # "told “Coffee and Friends,” reminding …": the hearer is a titled show
                if not (adverbial and lang_en and quoted_at == ws[0][1] and j > 0):
                    return quoted_at
                quote_left, quoted_j = 4, j  # "said on ''Meet the Mayor'' on Sunday that …": a title in the adverbial
            if w[0] in {".", "!", "?", ";"} and not self._abbreviation_dot(ws, j):
                break
        if quoted_at is not None and not (lang_en and quote_left > 0 and quoted_at == ws[0][1]
                                          and self._bare_adverbial(ws[:quoted_j])):
            return self._past_hearer(ws, quoted_at, verb, ws[quoted_j][1])  # but "said on ABC's ''This Week.''": a quoted title closes a bare adverbial
        if lang_en and verb in lex.question_cues:
            return self._after_hearer(ws)
        if lang_en and ws[0][0].lower() == "so" and (len(ws) == 1 or not ws[1][0][:1].isalnum()
                                                            or ws[1][0].lower() in lex.stop_words
                                                            or ws[1][0].lower() in _SO_FOLLOWERS_EN):
            return None  # "after half said so in May", "says so himself": "so" refers back; no clause
        if lang_en and ws[0][0].lower() in _EMPTY_OBJECTS_EN and not (
                len(ws) > 1 and ws[1][0].lower() in _PREDICATE_EN):
            return None  # "said nothing about it": an object, not a report; but "said nothing has changed"
        if lang_en and self._scant_object_en(ws):
            return None  # "said little about the plan", "has said much over the years about …": an amount, not a clause
        if lang_en and ws[0][0].lower() in _SPOKEN_OBJECTS_EN and verb.lower() in _SAY_FORMS_EN:
            return None  # "said goodbye to her staff", "said grace": words said, no clause
        if lang_en and verb[:5] in ("claim", "decla") and self._claimed_thing_en(ws) \
                and not _LATER_SAY_EN.search(text, pos, end):
            # "claimed responsibility for the attack", "declared victory": a thing claimed, no clause
            # (kept when a later "said" follows: its report starts where this one ends)
            return None
        if lang_en and self._same_reference(pos, end):
            return None  # "said the same of Brandt": a reference back, not a clause
        if lang_en:
            if verb in {"state", "states"} and ws[0][0] != ":":
                return None  # "swing states where …", "secretary of state": a noun unless "states that"/"states:"
            ws = _skip_time_words(ws)
            if not ws:
                return None
        first = ws[0][0]
        if lang_id and _NOT_ONLY_BEFORE_ID.search(text, max(0, pos - len(verb) - MAX_NOT_ONLY_CHARS_ID), pos - len(verb)):
            return None  # "Humas tidak hanya menyampaikan data, tetapi juga …": what it does, no report
        if lang_id and verb in lex.request_cues and _STORY_STEP_BEFORE_ID.search(
                text, max(0, pos - len(verb) - MAX_STORY_STEP_CHARS_ID), pos - len(verb)) \
                and not self._appeal_link_id([("", 0, 0)] + ws) and self._story_hearer_id(ws):
            # "Rahmat kemudian meminta seseorang untuk mentransfer uang", "Endang justru meminta Kamal
            # memijat …": a step in a story told, no request voiced to the public
            return None
        if first in {",", ":"}:
            if lang_en and first == "," and _CLOSING_APPOSITION_EN.match(text, ws[0][1], end) \
                    and _COMMA_THEN_SUBJECT_EN.search(text, max(0, pos - len(verb) - 60), pos - len(verb)):
                return None  # "A, Ruiz said, a plan that …": a comment on A closing the sentence; A is the report
            if lang_en and first == "," and len(ws) > 1 and self._aside_after_comma(ws[1:]):
                return None  # "…, he said, on condition of anonymity": an aside; the report came before
            if lang_en and first == "," and _WHICH_SUBJECT_BEFORE_EN.search(text, max(0, pos - len(verb) - 60), pos - len(verb)):
                return None  # "the charges, which Mr. Lee denies, …": the cue's object is "which"; no clause follows
            return ws[1][1] if len(ws) > 1 else None
        if lang_id and first.lower() in _PREP_ID and verb in lex.request_cues:
            asked = self._request_clause_start(ws)
            if asked is not None:
                return asked  # "berpesan kepada para guru untuk …": the hearer, then the request
        if lang_id and first.lower() == "kepada":
            for w in ws[:MAX_HEARER_APPOSITION_TOKENS_ID]:
                if w[0] in {".", "!", "?", ";"}:
                    break
                if w[0].lower() == "bahwa":
                    return w[2]  # "mengatakan kepada Rudi, kepala desa … dan mantan camat, bahwa …"
        if lang_id and first.lower() in _PREP_ID:
            for k, w in enumerate(ws[:MAX_ADVERBIAL_TOKENS]):
                if w[0] == ",":
                    # "mengatakan dalam setahun pemerintah telah melakukan …, seperti …": a predicate
                    # before the comma makes the phrase the report's own opening, not the cue's setting
                    if any(x[0].lower() in _PREDICATE_ID for x in ws[1:k]) or self._content_adverbial_id(ws[:k]):
                        return ws[0][1]
                    return w[2]
            return None if weak and not self._prep_then_clause_id(ws) else ws[0][1]
        if lang_en:
            if verb in {"tell", "tells", "told", "telling"} or verb in _INFORM_EN:
                return self._after_object(ws)
            if first.lower() == "to" and verb in lex.infinitive_cues:
                return ws[0][1]  # "vowed to fight on": the commitment, from "to"
            if verb == "reported" and _GERUND_OBJECT_EN.fullmatch(first) and len(ws) > 1 \
                    and ws[1][0].lower() not in PREPOSITIONS:
                # "reported selling 4,000 tickets": what the source reported doing; but in "fees she
                # reported receiving in May" the gerund's object is the noun before: no report
                return ws[0][1]
            if first in ("them", "him", "me", "us") and len(ws) > 1 and ws[1][0] in PREPOSITIONS \
                    and ws[1][0] != "to" and verb not in lex.request_cues:
                return None  # "copied the notes and posted them on a forum": the verb's object, no clause
            if verb in _COUNT_REPORT_CUES_EN and _counted_figure_en(ws) \
                    and not _ARTICLE_BEFORE_EN.search(text, max(0, pos - len(verb) - 6), pos - len(verb)):
                return ws[0][1]  # "police reported 906 attacks", "reported a profit of $2 a share": the figure reported
            if first[:1].isdigit():
                return self._numeric_start(ws)
            if first.lower() == "by" and _QUOTED_AS_BEFORE_EN.search(text, max(0, pos - 40), pos):
                return None  # "quoted as saying by the Novin agency": the outlet, no clause
            if first.lower() == "by" and verb.endswith("ed") and not (len(ws) > 1 and ws[1][0].endswith("ing")):
                # "the figure announced by the president is …": a passive participle, no report;
                # but "responded by saying …" reports the manner's clause
                return None
            if _amount_en(ws):
                return ws[0][1]  # "said as many as 2,000 firms may …", "said about half of …": an amount opens the clause
            if first.lower() in _CONTRAST_SUBORDINATORS_EN and self._subordinate_then_main_en(ws):
                return ws[0][1]  # "said while it was a deal in principle, the firms now have to …"
            if first.lower() in lex.stop_words:
                # "said in a statement Thursday (that) they had …": a place or occasion, then the clause
                if first.lower() == "this" and any(w[0].lower() in _PREDICATE_EN for w in ws[1:3]):
                    return ws[0][1]  # "said this is …", "said this plan would …": a demonstrative subject
                return self._subject_after_adverbial(ws) if first.lower() in _CLAUSE_PREPS_EN else None
        if first.lower() in lex.nominal_objects:
            return None  # "menilai pentingnya peran …": a noun phrase, whatever the cue
        head = ws[1][0].lower() if len(ws) > 1 and first.lower() in _OBJECT_COUNTS_ID else first.lower()
        if head in lex.noun_objects and not self._looks_like_clause(self._before_next_act_id(ws)):
            return None  # "menyatakan dukungan terhadap …": the object; but "menyatakan rencana itu akan …"
        if verb in lex.request_cues:
            asked = self._request_clause_start(ws)
            if asked is not None and lang_id and first.lower() not in _REQUEST_LINKS_ID:
                return ws[0][1]  # "meminta warga untuk segera …": the request from its addressee on
            if asked is not None:
                return asked  # "meminta agar …", "urged X to …"
        if lang_id and verb.lower() == "mempertanyakan" and first.lower() in _QUESTION_WORDS_ID and len(ws) > MIN_CLAUSE_WORDS:
            return ws[0][1]  # "mempertanyakan apakah dana itu cukup": a question voiced by the source, reported
        if verb in lex.marked_cues:
            return None  # "menanggapi laporan Bank Dunia …": the object, with no "bahwa" or comma before a clause
        if lang_id and verb.lower() in _AS_ASSESSMENT_CUES_ID and self._object_as_id(ws):
            return ws[0][1]  # "memandang program ini sebagai kemitraan …": a voiced assessment
        if weak and lang_en and any(w[0] == "," for w in ws) and self._cue_in_subordinate_en(pos, verb):
            # "after she posted pictures of the party, the firm suspended her": the subordinate
            # clause ends at its comma; the main clause after it is no part of what was posted
            ws = list(itertools.takewhile(lambda w: w[0] != ",", ws)) or ws
        if weak and not self._looks_like_clause(ws, request=verb in lex.request_cues) \
                and not (lang_id and self._appeal_link_id(ws)):
            # "menekankan pentingnya X": a noun phrase, not a reported clause; but "mengingatkan
            # Pemprov agar kembali pada …": "agar" opens the appeal's clause
            return None
        if weak and lang_id and self._object_then_verb_id(ws):
            return None  # "melihat kesempatan itu dan langsung menggorok …": an object, then the subject's next act
        if verb in lex.clause_cues and not self._clause_opens(ws):
            return None  # "Statista estimates LinkedIn's users at 100 million": an object, then a phrase
        return ws[0][1]

    def _modifier_quote_en(self, ws, j: int, near) -> bool:
        """English: the quote opening at token ``j`` after a cue is a short lower-case modifier inside a
        noun-phrase object (``a 'firm but fair' policy``, ``'unsatisfactory' earnings``): only a
        determiner before it, a lower-case noun right after its closing mark, and no predicate in the
        phrase to its comma or the sentence end."""
        if j and not all(x[0].lower() in _DETERMINERS_CLAUSE_EN or x[0].lower() in _MODIFIER_QUOTE_LEADS_EN
                         for x in ws[:j]):
            return False
        span = next((s for s in near if s.open <= ws[j][1] < s.outer_end), None)
        if span is None or span.close is None:
            return False
        inner = self.text[span.start:span.end]
        if not inner[:1].islower() or len(inner.split()) > MAX_MODIFIER_QUOTE_WORDS_EN or inner.rstrip()[-1:] in ".,!?;:":
            return False
        rest = [x for x in ws[j:] if x[1] >= span.outer_end]
        if not rest or not rest[0][0].isalpha() or not rest[0][0].islower():
            return False
        low = rest[0][0]
        if low in _PREDICATE_EN or low in self.lex.stop_words or low in self.lex.complementizers:
            return False
        phrase = list(itertools.takewhile(lambda w: w[0] not in {",", ";", ":", ".", "!", "?"}, rest))
        # the noun ends the phrase or a preposition follows it: "'dark days' lie ahead" is a clause
        if len(phrase) > 1 and phrase[1][0] not in PREPOSITIONS:
            return False
        return not self._looks_like_clause([("", 0, 0)] + phrase)

    def _subject_after_cue_subordinator_en(self, subject_tokens, verb_at: int) -> Optional[Mention]:
        """English ``“…,” Lee said in May after the Fenn company announced …``: the subject of a
        subordinate clause (``_CUE_TIME_SUBORDINATORS_EN``; not ``as``: ``as Lee has said`` is an
        aside) that follows another cue, the source of the cue closing it; None unless a cue stands
        before the subordinator."""
        pre = self.lex.pre_cues
        if not subject_tokens[-1][0][:1].isalnum():
            return None
        k = len(subject_tokens) - 2
        while k > 0 and subject_tokens[k][0].lower() not in _CUE_TIME_SUBORDINATORS_EN:
            if not subject_tokens[k][0][:1].isalnum():
                return None  # "… after the vote, Lee announced": a comma ends the clause
            k -= 1
        if k <= 1 or not any(w[0] in pre for w in subject_tokens[:k]):
            return None
        found = self.parser.before_cue(self.text, subject_tokens[k + 1][1], verb_at)
        return found if found is not None and found.kind != PRONOUN and found.start == subject_tokens[k + 1][1] else None

    def _second_cue_at_en(self, ws) -> Optional[int]:
        """English: where tokens ``ws`` (read after a cue and its comma) hold the first ``, and``/``,
        but`` (the index of the conjunction) when a cue stands after it, else None."""
        pre = self.lex.pre_cues
        for k in range(2, len(ws) - 1):
            if ws[k][0] in ("and", "but") and ws[k - 1][0] == ",":
                return k if any(x[0] in pre for x in ws[k + 1:]) else None
        return None

    def _second_cue_after_aside_en(self, ws) -> bool:
        """English: whether tokens ``ws`` (read after a cue and its comma) hold ``, and``/``, but``
        and then a cue (``said, in a long speech, and later told reporters, …``): a ``that`` may
        stand further on than after one cue alone."""
        return self._second_cue_at_en(ws) is not None

    def _second_source_cue_in_en(self, ws) -> bool:
        """English ``argued, the taxes were a burden, and Mayor Lee said Monday that …``: whether
        tokens ``ws`` (read after a cue and its comma, before a ``that``) hold ``, and``/``, but``
        and then a cue of its own: the ``that`` is the second source's, and the first report is
        the clause after the comma (not "argued, in a column, and said again …": a setting, no
        first clause, one report)."""
        k = self._second_cue_at_en(ws)
        return k is not None and self._looks_like_clause(ws[1:k - 1])

    def _subordinate_cue_in_en(self, ws) -> bool:
        """English ``said in May after the firm announced (that) …``, ``tweeted after Ruiz argued
        again that “…”``: whether tokens ``ws`` (read after a cue, before its clause) hold a
        subordinator (``_CLAUSE_SUBORDINATORS_EN``), a subject and a cue of its own: the clause
        that follows is that cue's, not the first one's."""
        pre = self.lex.pre_cues
        for k, w in enumerate(ws):
            if w[0].lower() in _CLAUSE_SUBORDINATORS_EN and k + 2 < len(ws):
                nxt = ws[k + 1][0]
                if nxt[:1].isupper() or nxt.lower() in ("the", "his", "her", "its", "their"):
                    return any(x[0] in pre for x in ws[k + 2:])
                return False
        return False

    def _cue_in_subordinate_en(self, pos: int, verb: str) -> bool:
        """English: whether the cue ending at ``pos`` is the verb of a subordinate clause opening a
        sentence (``After she posted …``, ``But when the club confirmed …``): a subordinator
        and a short subject right before it."""
        lo = pos - len(verb)
        if self.text[lo:pos] != verb:
            return False
        return _SUBORDINATE_SUBJECT_BEFORE_EN.search(self.text, max(0, lo - SUBORDINATE_SUBJECT_REACH_EN), lo) is not None

    def _subordinate_then_main_en(self, ws) -> bool:
        """English ``said while it was …, the firms now have to …``: a ``while``/``when`` clause with a
        subject of its own (not ``while visiting``, ``when asked``), a comma, then a main clause."""
        def subject_opens(w):
            return w[0].lower() in _SUBJECT_PRONOUNS_IT_EN or w[0].lower() in ("the", "a", "an") or w[0][:1].isupper()
        if len(ws) < 6 or not subject_opens(ws[1]):
            return False
        c = next((j for j, w in enumerate(ws[2:MAX_ADVERBIAL_TOKENS], 2) if w[0] in {",", ".", ";", "!", "?"}), None)
        if c is None or ws[c][0] != "," or c + 2 >= len(ws) or not subject_opens(ws[c + 1]):
            return False
        return self._looks_like_clause(ws[:c]) and self._looks_like_clause(ws[c + 1:])

    def _demonstrative_object_en(self, ws) -> bool:
        """English ``that`` + a noun of something said with no predicate, closed by the sentence end
        or by a comma and a participle (``repeated that promise on Tuesday, saying …``): the
        demonstrative of the verb's object, not a complementizer."""
        if len(ws) < 3:
            return False
        if ws[1][0] not in _SAID_THING_NOUNS_EN:
            return False
        for k, w in enumerate(ws[2:MAX_ADVERBIAL_TOKENS], 2):
            if w[0] in {".", "!", "?"}:
                return True
            if w[0] == ",":
                return k + 1 < len(ws) and ws[k + 1][0].endswith("ing") and ws[k + 1][0].islower()
            low = w[0].lower()
            if low in _PREDICATE_EN or low in _FINITE_WORDS_EN or _looks_past_en(low) \
                    or not w[0][:1].isalnum() or low in self.lex.complementizers:
                return False
        return False

    @staticmethod
    def _claimed_thing_en(ws) -> bool:
        """English ``claimed (his third) victory``, ``claiming residency in …``, ``declared
        bankruptcy``: the object of claim/declare is a thing won or taken (at most two lower-case
        words before it), with no predicate of its own after it."""
        for k, w in enumerate(ws[:3]):
            if w[0] in _CLAIMED_THINGS_EN:
                nxt = ws[k + 1][0].lower() if k + 1 < len(ws) else "."
                return nxt not in _PREDICATE_EN
            if not (w[0].isalpha() and w[0].islower()) or w[0] in ("that", "he", "she", "they", "it", "we", "i"):
                return False
        return False

    def _aside_after_that_en(self, ws, j: int) -> bool:
        """English ``said in a statement that, if its charges are true, …``: a ``that`` whose comma
        opens a subordinate clause (or an ``according to`` source) set inside the reported clause."""
        return j + 2 < len(ws) and ws[j + 1][0] == "," and (
            ws[j + 2][0].lower() in _SUBORDINATORS_EN or ws[j + 2][0].lower() == "according")  # "that, according to X, …"

    def _object_as_id(self, ws) -> bool:
        """Indonesian ``program ini sebagai …``: a short lower-case object, then ``sebagai`` ("as")
        and what it is judged to be, with no punctuation between."""
        for w in ws[1:MAX_ASSESSED_OBJECT_WORDS + 1]:
            if w[0].lower() == "sebagai":
                return True
            if not w[0][:1].isalnum():
                return False
        return False

    def _content_adverbial_id(self, ws) -> bool:
        """Indonesian: a phrase before a comma after the cue that belongs to the report, not to the
        setting of the saying: a part of a whole (``dari ratusan warga yang didata, ada …``) or a
        time clause with a subject of its own (``saat tiap kementerian memiliki data, …``; but
        ``saat ditemui di kantornya, …`` is when it was said)."""
        first = ws[0][0].lower()
        if first == "dari":
            return len(ws) > 1 and ws[1][0].islower() and ws[1][0] not in self.lex.stop_words
        if first in _TIME_CLAUSE_OPENERS_ID and len(ws) > 3:
            if first in _SEQUENCE_OPENERS_ID and ws[1][0].startswith("me") and self._verb_form_id(ws[1][0]):
                # "mengatakan setelah melakukan pembunuhan itu, Kamal sempat …": an act done before or
                # after another is the story told (when the source spoke is "setelah ditemui",
                # "usai rapat", "saat dikonfirmasi")
                return True
            return not self._verb_form_id(ws[1][0]) and ws[1][0].islower() \
                and any(self._verb_form_id(w[0]) for w in ws[2:])
        return False

    def _story_hearer_id(self, ws) -> bool:
        """Indonesian, after a request verb: whether its hearer is one person in a story told
        (``seseorang``, ``seorang temannya``, ``istrinya``, a name such as ``Kamal``), not a
        public group or body an official appeals to (``warga``, ``semua pihak``, ``Polri``)."""
        if not ws:
            return False
        word = ws[0][0]
        low = word.lower()
        if low in _STORY_HEARERS_ID:
            return True
        if low.endswith("nya") and low[:-3] in _STORY_HEARER_NOUNS_ID:
            return True
        return word[:1].isupper() and not word.isupper() and word.isalpha() and low not in self.lex.titles \
            and low not in self.lex.institution_words and low not in self.lex.places

    @staticmethod
    def _appeal_link_id(ws) -> bool:
        """Indonesian: ``agar``/``supaya`` after the hearer among the first words of the sentence."""
        for w in ws[1:MAX_ADVERBIAL_TOKENS]:
            if w[0] in {".", "!", "?", ";"}:
                return False
            if w[0].lower() in ("agar", "supaya"):
                return True
        return False

    def _request_clause_start(self, ws) -> Optional[int]:
        """Where a request's clause starts: after ``untuk``/``agar``/``to`` among the first words
        (``meminta X untuk segera …``); None when none comes, or ``untuk`` opens a purpose, not
        an act (``untuk operasional 2026``). A sentence end stops the search."""
        for n, w in enumerate(ws[:MAX_ADVERBIAL_TOKENS]):
            if w[0] in {".", "!", "?", ";"}:
                return None
            if w[0].lower() in {"untuk", "agar", "supaya", "to"} and not (
                    self.lex.lang == "id" and w[0].lower() == "untuk" and not self._verbal_start_id(ws[n + 1:n + 4])):
                return w[2]
        return None

    def _topic_after_aside_en(self, ws, verb: str) -> bool:
        """English ``told reporters, in Ely, about the plan``, ``said, at a rally, of her rival``: a
        comma-set setting after the cue (and a tell-cue's hearer), then a topic preposition; what
        is spoken of, no reported clause (``about 300`` is an amount; a later ``that`` opens one)."""
        i = 0
        if verb in _TELL_EN:  # the hearer first: "reporters", "the city council"
            i = next((j for j, w in enumerate(ws[:MAX_TOLD_HEARER_TOKENS_EN + 1]) if w[0] == ","), 0)
        if len(ws) < i + MIN_ASIDE_TOPIC_TOKENS_EN or ws[i][0] != "," \
                or ws[i + 1][0].lower() not in _ADVERBIAL_PREPOSITIONS_EN:
            return False
        # the setting is ws[i + 1:k], its preposition and up to MAX_ASIDE_SETTING_TOKENS_EN tokens more
        k = next((k for k in range(i + 2, min(len(ws), i + MAX_ASIDE_SETTING_TOKENS_EN + 2)) if ws[k][0] == ","), None)
        if k is None or k + 2 >= len(ws) or ws[k + 1][0] not in _ADVERB_TOPIC_PREPS_EN:
            return False
        if ws[k + 1][0] == "of" and ws[k + 2][0].lower() in _OF_SENTENCE_ADVERB_WORDS_EN:
            return False  # "…, in Ely, of course the bridge …": a sentence adverb, the report goes on
        return not _amount_en(ws[k + 1:]) and not self._that_clause_in(ws[k:])

    def _verb_pair_before_en(self, start: int, at: int) -> bool:
        """English: whether a stance verb's ``and`` at ``at`` (no comma before it) follows a bare verb
        in -ed that no form of "be" makes a passive or a state (``the council reviewed and
        requested …``, but ``the plan was flawed and criticized …``, ``X be fired and defended …``:
        there the stance verb is the speaker's next act)."""
        if self.text[at:at + 1] == ",":
            return False
        words = self.text[max(start, at - VERB_PAIR_LOOKBACK_CHARS_EN):at].split()
        return bool(words) and words[-1].endswith("ed") \
            and not (len(words) > 1 and words[-2].lower() in _PASSIVE_BE_FORMS_EN)

    def _that_clause_in(self, ws) -> bool:
        """Whether ``that`` opens a clause later in the sentence (``said of the plan that it …``)."""
        for w in ws[1:]:
            if w[0] in {".", "!", "?", ";"}:
                return False
            if w[0].lower() in self.lex.complementizers:
                return True
        return False

    def _past_hearer(self, ws, clause_start: int, verb: str, quote_at: int) -> int:
        """English ``told KDB News she had seen a “huge” change``: a clause holding a quoted
        fragment after ``told`` starts past the hearer, where the hearer's words end (at the
        latest where the quote opens: ``told the BBC “…”``)."""
        if self.lex.lang == "en" and clause_start == ws[0][1] and verb not in _TELL_EN:
            timed = _skip_time_words(ws)
            # "said Thursday the plan is “too vague”": the time words are the cue's, not the report's
            # but "said Monday night's vote showed …": a possessive makes the time words the subject's
            return timed[0][1] if timed and timed is not ws and timed[0][1] <= quote_at \
                and timed[0][0] not in {",", ";", ":"} and not timed[0][0].endswith(("'s", "’s")) else clause_start
        if self.lex.lang != "en" or verb not in _TELL_EN or clause_start != ws[0][1]:
            return clause_start
        if self._programme_hearer(ws, quote_at):
            return None  # "told KBX's “Good Morning Dayton” on Monday.": the hearer is a titled show
        after_show = self._clause_after_programme(ws, quote_at)
        if after_show is not None:
            return after_show  # "told KBX's “Good Morning Dayton” on Monday the tone was …"
        before = [w for w in ws if w[1] < quote_at]
        if quote_hearer_en([w[0] for w in before], self.lex):
            return quote_at  # "telling the Quill “it is …”", "told reporters “…”": the hearer, then the quote
        after = self._after_object(before)
        if after is None:
            # "told the Courier the “ferry crisis” was over", "telling the Quill “it is …”": the hearer
            # is read with the words after the mark, where the clause shows its verb
            after = self._after_object(ws)
            opener = next((w[0] for w in ws if w[1] == after), "")
            if opener.lower() not in _DETERMINERS_CLAUSE_EN and opener.lower() not in _SUBJECT_PRONOUNS_EN \
                    and not opener[:1].isupper():
                after = None  # "told the Radio Wessex hosts of …": a hearer's noun, no clause's first word
        return after if after is not None and clause_start < after <= quote_at else clause_start

    def _clause_after_programme(self, ws, quote_at: int) -> Optional[int]:
        """English ``told KBX's “Good Morning Dayton” on Monday the tone was …``: after a show's
        title in marks (with at most ``MAX_HEARER_WORDS`` words naming its network) and a time
        phrase, a clause of the speaker's opens; where it starts, or None."""
        close = _CLOSING_MARK.search(self.text, quote_at + 1)
        if close is None or len([w for w in ws if w[1] < quote_at]) > MAX_HEARER_WORDS \
                or not title_case_phrase(self.text[quote_at:close.start()].strip("“”\"' ")):
            return None
        rest = _skip_time_words([w for w in ws if w[1] >= close.end()])
        if not rest or not rest[0][0][:1].isalpha() or rest[0][0].lower() in _SUBORDINATORS_EN:
            return None
        clause = list(itertools.takewhile(lambda w: w[0] not in {".", ",", ";", "!", "?"}, rest))
        return rest[0][1] if self._looks_like_clause([("", 0, 0), *clause]) else None

    def _programme_hearer(self, ws, quote_at: int) -> bool:
        """English: True when the marks after ``told`` hold the title of a show or paper that heard
        the words (``told NBC's “Today”``, ``told the program “Inside Edition” after …``) and no
        clause of the speaker's follows it."""
        close = _CLOSING_MARK.search(self.text, quote_at + 1)
        if close is None or len([w for w in ws if w[1] < quote_at]) > MAX_HEARER_WORDS:
            return False
        inner = self.text[quote_at:close.start()].strip("“”\"' ")
        if not inner or not title_case_phrase(inner):
            return False
        rest = list(itertools.takewhile(lambda w: w[0] not in {".", ",", ";", "!", "?"},
                                        (w for w in ws if w[1] >= close.end())))
        if self.text[close.start() - 1] == ",":
            rest = []  # "told “Coffee and Friends,” reminding …": the comma in the marks ends the phrase
        if rest and rest[0][0].lower() in _SUBORDINATE_CLAUSE_OPENERS_EN:
            return True  # "told “Coffee and Friends” after he was pressed …": the clause is the speaker's act
        return not any(w[0].lower() in _PREDICATE_EN or re.split("['’]", w[0].lower())[0] in _SUBJECT_PRONOUNS_IT_EN
                       for w in rest) and not self._looks_like_clause([("", 0, 0), *rest])

    def _object_then_verb_id(self, ws) -> bool:
        """Indonesian ``melihat kesempatan itu dan …``: a noun closed by a demonstrative, then ``dan``
        or ``lalu``: the cue's object, followed by what the subject did next, not a reported clause."""
        for k in (1, 2):
            if len(ws) > k + 1 and ws[k][0].lower() in self.lex.demonstratives \
                    and ws[k + 1][0].lower() in _NEXT_ACT_ID:
                return True
        return False

    def _names_in_marks(self, mention: Mention, verb_m, start: int, end: int, spans) -> bool:
        """English ``Kim's campaign called the report a “rush to judgment”``: a naming verb with an
        object, then a name for it in quotation marks, reports the words of its subject, whoever
        that is (but not ``a show called “Brokers”``, ``so-called``, ``what her team called``)."""
        if verb_m.group(0).lower() not in _NAMING_CUES_EN or self.text[verb_m.start() - 1:verb_m.start()] == "-":
            return False
        words = mention.text.split()
        if not (words[0][:1].isupper() or words[0].lower() in _DETERMINERS_CLAUSE_EN) \
                or any(w.lower() in _PREDICATE_EN for w in words):
            return False  # "The town has a park called …": the verb's subject is not the source
        quote = next((s for s in spans if start <= s.open < end), None)
        if quote is None or title_case_phrase(self.text[quote.start:quote.end]):
            return False  # "calling Crane “Ohio's Biggest Loser”": a title on a sign
        between = [w[0].lower() for w in tokens(self.text, start, quote.open) if w[0][:1].isalnum()]
        return 1 <= len(between) <= MAX_OBJECT_WORDS and not set(between) <= _DETERMINERS_CLAUSE_EN | {"a", "an"}

    def _abbreviation_dot(self, ws, j: int) -> bool:
        """Whether token ``j`` is the period of an abbreviation or an initial before a name
        (``Mr. Lee``, ``J. Smith``)."""
        if ws[j][0] != "." or not j or ws[j - 1][2] != ws[j][1] or j + 1 >= len(ws):
            return False
        prev = ws[j - 1][0]
        if ws[j + 1][0].isdigit() and prev.lower() in _DATE_MONTHS_EN and prev[:1].isupper():
            return True  # "Dec. 6": a month's short form before its day
        if not ws[j + 1][0][:1].isupper():
            return False
        return prev.lower() in ABBREVIATIONS or (len(prev) == 1 and prev.isupper())

    def _bare_adverbial(self, ws) -> bool:
        """English ``said (Wednesday) on KBX's``, ``said of the claim in a call to KBX's`` (the words
        between a cue and a quoted title): after any time words a preposition opens them, and no
        infinitive or complementizer follows, so the title ends an adverbial, not a reported clause."""
        rest = _skip_time_words(ws)
        return bool(rest) and rest[0][0].lower() in _ADVERBIAL_PREPS_EN and not any(
            w[0].lower() == "to" and k + 1 < len(rest) and rest[k + 1][0][:1].islower()
            and rest[k + 1][0] not in self.lex.function_words and rest[k + 1][0] not in _DETERMINERS_CLAUSE_EN
            or w[0].lower() in self.lex.complementizers for k, w in enumerate(rest))

    def _cue_between(self, ws) -> bool:
        """English: True when a second cue of the same subject stands among ``ws`` (the words
        between a cue and a quote), so the quote is that cue's ("said A, and added, “B”")."""
        lex = self.lex
        for k, w in enumerate(ws[1:], 1):
            if w[0].islower() and (w[0] in lex.pre_scan or w[0] in lex.post_cues):
                j = k - 1
                while j > 0 and ws[j][0].lower() in lex.adverbs_between:
                    j -= 1
                if ws[j][0].lower() in {"and", "but"} or (ws[j][0] == "," and w[0].endswith("ing")):
                    return True  # "and (later) added", ", adding": a second predicate of the same subject
        return False

    def _report_before_subject(self, start: int, mention: Mention, spans) -> Optional[int]:
        """English ``A, a spokeswoman, Ann Lee, said, …``: where the clause A before a subject set
        off by commas ends (None when no such clause stands there)."""
        text = self.text
        lead = text[start:mention.start].rstrip()
        if not lead.endswith(","):
            return None
        lead = lead[:-1].rstrip()
        if mention.role and lead.endswith(mention.role):
            lead = lead[:-len(mention.role)].rstrip()  # the apposition before the name
            if not lead.endswith(","):
                return None
            lead = lead[:-1].rstrip()
        end = start + len(lead)
        ws = tokens(text, start, end)
        if len(ws) < MIN_CLAUSE_WORDS + 1 or any(self._inside_quote(w[1], spans) for w in ws) \
                or any(w[0].islower() and (w[0] in self.lex.pre_scan or w[0] in self.lex.post_cues) for w in ws):
            return None  # a quote's own words, or a clause with a cue of its own
        return end

    def _reason_after_cue(self, pos: int, end: int) -> bool:
        """English ``…, he says, because …``: after the cue's comma, a reason clause that carries the
        reported sentence on (not an aside about the saying)."""
        m = _REASON_AFTER_COMMA_EN.match(self.text, pos, end)
        return m is not None and len(self.text[m.end():end].split()) >= MIN_CLAUSE_WORDS

    def _aside_cue(self, pos: int, end: int) -> bool:
        """English ``…, he said, from …``: a cue followed by a comma and an aside; it reports the
        clause before it, which the report of an earlier cue does not run into."""
        ws = _skip_time_words(tokens(self.text, pos, end))
        return self.lex.lang == "en" and len(ws) > 1 and ws[0][0] == "," and self._aside_after_comma(ws[1:])

    def _aside_after_comma(self, ws) -> bool:
        """English: True when the words after ``said,`` are an aside that closes the sentence, not
        a reported clause: a lower-case preposition or subordinator (``on condition of …``,
        ``until it …``) or a participle (``wiping …``) with no comma after it (unlike ``said, if
        elected, she would …``)."""
        word = ws[0][0]
        low = word.lower()
        if low == "asked" or low in _ASKED_ASIDE_LEADS_EN and len(ws) > 1 and ws[1][0] == "asked":
            # "“…,” Lee said, asked about the delay", "…, when asked whether …": the question put to her
            return not any(w[0] in {",", ";", ":"} for w in ws[1:])
        if low in ("a", "an") and len(ws) > 2 and (ws[1][0] in self.lex.post_cues or ws[1][0] in self.lex.pre_scan) \
                and not self._looks_like_clause(ws) and not any(w[0] in {",", ";", ":"} for w in ws[1:]):
            return True  # "“…,” Lee said, a hint of anger in her voice.": a noun phrase of how she said it
        if not word.islower() or low in self.lex.complementizers or low in _CLAUSE_OPENING_PREPS_EN or not (
                low in self.lex.stop_words or low in _SUBORDINATORS_EN or (low.endswith("ing") and len(low) > 4)):
            return False  # but "said, for Democrats to …", "said, at least seven …": the clause
        if any(w[0].lower() in self.lex.pre_scan or w[0].lower() in self.lex.post_cues for w in ws[:3]) \
                and not self._aside_participle_at(ws[0][1]):
            return False  # "said, adding …", "said, while arguing …": a cue of its own reports (not "pointing to …")
        if len(ws) > 1 and ws[1][0].lower() in {"least", "most"}:
            return False
        if low == "including" and len(ws) > 1 and (not any(w[0] == "," for w in ws[1:]) or any(
                w[0] in {"and", "or"} for w in ws[1:])):
            return True  # "A, the paper said, including B, C and D": a list of what A covers, no clause
        if low.endswith("ing") and low not in _SUBORDINATORS_EN:
            # "A, Lee said, gaining 22,000 followers": a comma between digits is no break
            return not any(w[0] in {",", ";", ":"} and not (self.text[w[1] - 1:w[1]].isdigit()
                                                           and self.text[w[2]:w[2] + 1].isdigit())
                           for w in ws[1:])
        return not any(w[0] in {",", ";", ":"} for w in ws[1:])

    def _relative_that(self, ws, j: int) -> bool:
        """English ``that`` + a verb with no subject of its own (``the states that have voted``,
        ``remarks that were``): a relative clause of the noun before it, not a reported clause."""
        if j + 1 >= len(ws):
            return False
        nxt = ws[j + 1][0]
        return nxt.lower() in _PREDICATE_EN or nxt in _IRREGULAR_PAST_EN or (
            nxt.islower() and nxt.endswith("ed") and len(nxt) > 3)

    def _noun_state(self, ws) -> bool:
        """English ``states`` read as the noun: only ``states that`` + a subject (``The memo states
        that courts should …``) or ``states:`` report; ``states this week that``, ``states that
        have voted`` are the plural noun and a relative clause."""
        if ws[0][0] == ":":
            return False
        if ws[0][0].lower() != "that" or len(ws) < 2:
            return True
        return self._relative_that(ws, 0)

    def _numeric_start(self, ws) -> Optional[int]:
        """English words after a cue that open with a number: a clause when a verb follows soon
        (``said 2016 has seen …``, ``says 21,000 of them could be cut``), a time before the
        clause when ``that`` does (``said 20 minutes later that …``), else an object."""
        for k, w in enumerate(ws[1:MAX_ADVERBIAL_TOKENS], 1):
            low = w[0].lower()
            if low in self.lex.complementizers:
                return w[2]
            if low in _PREDICATE_EN:
                return ws[0][1]
            if w[0] in {",", ".", ";", ":", "!", "?"} and not (
                    w[0] == "," and ws[k - 1][0].isdigit() and k + 1 < len(ws) and ws[k + 1][0].isdigit()
                    and ws[k - 1][2] == w[1] == ws[k + 1][1] - 1):
                break  # but "2,093": a number goes on
        return None

    def _passive_adverb_en(self, word: str) -> bool:
        """An adverb between a passive's ``was``/``were`` and the cue (``was once asked``, ``were
        later told``, ``was repeatedly asked``)."""
        low = word.lower()
        return word.islower() and (low in self.lex.adverbs_between or low.endswith("ly") and len(low) > 4)

    @staticmethod
    def _scant_object_en(ws) -> bool:
        """``said (very) little``, ``said almost nothing``, ``said much about``: the cue's object is
        an amount of talk, not a reported clause. ``little`` is a clause subject only before a
        predicate (``said little has changed``); ``much`` only where no topic or verb follows it
        (``said much of the talk was …`` stays a report)."""
        k = 1 if len(ws) > 2 and ws[0][0].lower() in _SCANT_DEGREES_EN else 0
        word = ws[k][0].lower()
        nxt = ws[k + 1][0].lower() if len(ws) > k + 1 else ""
        if word == "little" or (k and word in _EMPTY_OBJECTS_EN):
            return nxt not in _PREDICATE_EN
        return word == "much" and (not nxt[:1].isalnum() or nxt in _SCANT_TOPIC_PREPS_EN)

    def _same_reference(self, pos: int, end: int) -> bool:
        """English ``said the same of Brandt``, ``say the same thing``: the words after a cue refer
        back to an earlier report instead of reporting a clause."""
        if self.lex.lang != "en":
            return False
        ws = tokens(self.text, pos, min(end, pos + 40))
        return len(ws) > 2 and ws[0][0].lower() == "the" and ws[1][0].lower() == "same" \
            and (ws[2][0].lower() in {"of", "about", "for", "thing", "things"} or not ws[2][0][:1].isalnum())

    def _after_hearer(self, ws) -> Optional[int]:
        """After ``asked``: ``asked (X) whether/how …`` -> the question; ``asked X to …`` -> the
        request with its hearer (``asked the crowd to welcome …``); anything else is no report."""
        for j, w in enumerate(ws[:MAX_ASKED_SCAN_TOKENS]):
            low = w[0].lower()
            if low in self.lex.question_openers:
                # "asked each of the candidates why …": a share of a group, then the question
                k = 2 if j > 2 and ws[1][0] == "of" and ws[0][0].lower() in _PARTITIVE_HEARERS_EN else 0
                if j and any(x[0].lower() in self.lex.stop_words and x[0].lower() not in _TIME_EN for x in ws[k:j]):
                    return None  # "asking him questions for which …": a relative clause, not the question
                return w[1]
            if low == "to" and j > 0:
                return ws[0][1] if ws[0][0][:1].isalnum() and ws[0][0].lower() not in self.lex.stop_words else None
            if w[0] == "," and 0 < j < MAX_HEARER_LIST_COMMA and j + 1 < len(ws) and ws[j - 1][0][:1].isupper() and (
                    ws[j + 1][0][:1].isupper() or ws[j + 1][0] == "and" and j + 2 < len(ws) and ws[j + 2][0][:1].isupper()):
                continue  # "asked Lee, Ray and Park to search …": a list of named hearers
            if w[0] == "," and 0 < j < 5 and ws[j - 1][0][:1].isupper() and ws[0][0][:1].isupper() \
                    and j + 1 < len(ws) and ws[j + 1][0] in ("who", "whose"):
                close = next((n for n in range(j + 2, min(len(ws), j + 24)) if ws[n][0] in {",", ".", ";"}), None)
                if close is not None and ws[close][0] == "," and close + 1 < len(ws) and ws[close + 1][0] == "to":
                    return ws[0][1]  # "asked Lee, who trails in the count, to lay out …": the request and its hearer
                return None
            if not w[0][:1].isalnum():
                return None
        return None

    def _adverbial_start(self, word: str) -> bool:
        """True when a phrase after a verb opens like an adverbial (place, time, hearer)."""
        low = word.lower()
        if word in {",", ":"}:
            return True
        if self.lex.lang == "id":
            return low in _PREP_ID or low in self.lex.adverbs_between
        return low in self.lex.stop_words or low in self.lex.adverbs_between or low in _TIME_EN

    def _written_plural_object_en(self, ws) -> bool:
        """English words after ``write`` that open with a bare plural noun, up to three lower-case
        words with no determiner (``critical articles``, ``several songs``), then a preposition
        (``about``, ``on``, ``for`` …) and no predicate: the things written, no reported clause
        (not ``wrote critics liked the show``, nor ``wrote that …``)."""
        n = next((n for n, w in enumerate(ws[:4]) if w[0] in _WRITTEN_OBJECT_PREPS_EN), None)
        if not n or not all(w[0].isalpha() and w[0].islower() for w in ws[:n]) \
                or not _PLURAL_NOUN_EN.fullmatch(ws[n - 1][0]) \
                or any(w[0].lower() in _SUBJECT_PRONOUNS_IT_EN or w[0] in self.lex.complementizers for w in ws[:n]):
            return False
        # the object's own words may be cue forms ("reports on …"); the phrase runs on from the preposition
        phrase = ws[:n] + list(itertools.takewhile(lambda w: w[0] not in {",", ";", ":"} and w[0] not in self.lex.pre_scan,
                                                   ws[n:]))
        # (a "that" after the preposition's noun is a relative: "songs about the harbour that sold well")
        return not self._looks_like_clause(phrase)

    def _looks_like_clause(self, ws, request: bool = False) -> bool:
        """True when the words after a verb carry a predicate of their own (after an Indonesian
        ``request`` cue, a bare verb too: ``mendorong DLH bekerja sama``)."""
        if self.lex.lang == "id":
            return self._looks_like_clause_id(ws, request)
        if len(ws) > 1 and ws[1][0] in _IRREGULAR_PAST_EN and ws[0][0].lower() in _SUBJECT_PRONOUNS_IT_EN:
            return True  # "reported it sold …", "admitted they kept …": a pronoun subject and its irregular past
        for w in ws[1:]:
            low = w[0].lower()
            if w[0] in {".", "!", "?"}:
                break
            if low in _PREDICATE_EN or _looks_past_en(low):
                return True
        return False

    def _before_next_act_id(self, ws):
        """Indonesian: the words of a noun-phrase object up to ``serta``/``dan`` and a verb that
        joins the subject's next act (``apresiasi kepada X … serta berharap kehadirannya dapat …``):
        a predicate after that is the second verb's, none of the object's."""
        if self.lex.lang != "id":
            return ws
        for n in range(1, len(ws) - 1):
            if ws[n][0].lower() in _VERB_COORDINATORS_ID and ws[n + 1][0].lower() not in self.lex.stop_words \
                    and self._verb_form_id(ws[n + 1][0]):
                return ws[:n]
        return ws

    def _looks_like_clause_id(self, ws, request: bool = False) -> bool:
        """Indonesian: a predicate word after the first (``pemerintah akan …``, ``data itu
        dilakukan …``), or an existential opening (``ada 338 kandidat …``). The first verb after
        ``yang`` or a linking preposition belongs to a relative clause or an adverbial of the
        object (``laporan … yang memproyeksikan``, ``apresiasi atas terselenggaranya``), and a
        word that only looks like a verb (``tersebut``, ``bersama``) is no predicate."""
        if ws and ws[0][0].lower() in _EXISTENTIAL_ID:
            return True
        bound = 0  # words left in which a verb belongs to a relative clause or a prepositional phrase
        resume = 0  # the comma that ends a conditional clause
        for k, w in enumerate(ws[1:], 1):
            if k <= resume:
                continue
            low = w[0].lower()
            if k > 1 and ws[k - 1][0].lower() in _SUBJECT_DEMONSTRATIVES_ID and (
                    low in _PREDICATE_ADJECTIVES_ID or low == "dalam" and k + 1 < len(ws) and ws[k + 1][0].lower() == "rangka"):
                # "pengamanan itu sesuai dengan …", "langkah tersebut penting bagi …", "pengamanan ini
                # dalam rangka …": a subject, then its predicate with no verb
                return True
            if w[0] in {".", "!", "?"} or low in self.lex.title_markers:
                break  # "usulan … bertajuk ‘…’": a title names the object; it is no predicate
            if low in _CONTRAST_COORDINATORS_ID and ws[k - 1][0] == ",":
                break  # "menegaskan kesiapan dana …, namun realisasinya masih menunggu": the next clause's predicate
            if low == "yang" and ws[k - 1][0] == ",":
                # "dukungan terhadap pakta X, yang mencakup … kapal bertenaga nuklir": a relative clause
                # set off by a comma holds its verbs up to the next comma
                comma = next((n for n in range(k + 1, len(ws)) if ws[n][0] == ","), None)
                if comma is None:
                    break
                resume = comma
                continue
            if low == "yang" or low in _LINKING_PREPS_ID:
                bound = BOUND_VERB_WINDOW
                continue
            if low in _CONDITIONALS_ID and ws[0][0].lower() not in _CLAUSE_SUBJECT_PRONOUNS_ID:
                # (not "pihaknya siap jika …": a pronoun subject opens a clause whatever its predicate)
                comma = next((n for n in range(k + 1, len(ws)) if ws[n][0] == ","), None)
                if comma is None:
                    break  # "melihat manfaat X apabila bukan WNI": the condition's predicate, none of the object's
                resume = comma  # "kebijakan itu, jika diterapkan, akan …": on after the condition
                continue
            if low in _TIME_SUBORDINATORS_ID and k + 2 < len(ws) and ws[k + 1][0].isalpha() \
                    and ws[k + 1][0].lower() not in _TIME_SUBJECT_STOPS_ID and ws[k + 1][0].lower() not in self.lex.adverbs_between \
                    and self._verb_form_id(ws[k + 2][0]):
                bound = 2  # "selama acara berlangsung": the time clause's subject and its own verb
                continue
            verb = self._verb_form_id(w[0]) or (request and w[0] in self.lex.plain_verbs)
            if bound:
                if verb:
                    bound = 0  # "yang memproyeksikan", "dalam rangka meningkatkan": that phrase's own verb
                elif low not in _PREDICATE_ID and low not in self.lex.adverbs_between:
                    bound -= 1  # but "yang telah lama hadir": auxiliaries and adverbs lead on to it
                continue
            if verb or low in _PREDICATE_ID:
                return True
        return self._adjective_predicate_end_id(ws)

    def _adjective_predicate_end_id(self, ws) -> bool:
        """Indonesian: a subject owned by ``-nya`` whose sentence ends in a predicate with no verb
        (``hubungannya dengan Rudi baik-baik saja``, ``kondisinya aman``): an adjective after a
        possessed noun predicates it (a modifier would stand before ``-nya``); ``baik-baik saja``
        predicates whatever stands before it."""
        end = next((n for n, w in enumerate(ws) if w[0] in {".", "!", "?", ";", ","}), len(ws))
        if end < 2 or not ws[0][0].islower():
            return False
        last = ws[end - 1][0].lower()
        if last == "saja" and ws[end - 2][0].lower() == "baik-baik":
            return ws[end - 3][0].lower() != "yang" if end >= 3 else False  # "… baik-baik saja"
        return last in _PREDICATE_ADJECTIVES_ID and end <= MAX_ADJECTIVE_SUBJECT_WORDS_ID + 1 \
            and ws[0][0].lower().endswith("nya") and ws[0][0].lower() not in self.lex.nominal_objects \
            and all(w[0].lower() not in ("yang", "dan", "serta") for w in ws[1:end - 1])

    def _prep_then_clause_id(self, ws) -> bool:
        """Indonesian weak cue then a prepositional phrase with no comma, then a subject and its
        predicate: ``menegaskan di tahun pertama ini kementerian telah …``, ``menekankan pada
        dasarnya semua pihak harus …`` (not ``menekankan pada pentingnya kerja sama``)."""
        if ws[0][0].lower() not in _PLACE_PREPS_ID:
            return False  # "menceritakan saat dulu ia …": a time clause, what the story is about
        return self._looks_like_clause(ws)

    def _verbal_start_id(self, ws) -> bool:
        """Indonesian: a verb, an auxiliary or an adverb among the first words after ``untuk``
        (``untuk segera bekerja``), not a noun (``mengusulkan pagu … untuk operasional 2026``: a purpose)."""
        return any(self._verb_form_id(w[0]) or w[0].lower() in self.lex.plain_verbs
                   or w[0].lower() in self.lex.adverbs_between or w[0].lower() in _PREDICATE_ID for w in ws)

    def _verb_form_id(self, word: str) -> bool:
        """An Indonesian lower-case word with a verb prefix (``me-``, ``di-``, ``ber-``, ``ter-``),
        not a look-alike nor a noun made with ``-nya`` (``terselenggaranya``, ``berakhirnya``)."""
        low = word.lower()
        if not word.islower() or len(low) <= 4 or not low.startswith(("me", "di", "ber", "ter")):
            return False
        if low in self.lex.verb_lookalikes:
            return False
        return not (low.startswith(("ber", "ter")) and low.endswith("nya"))

    def _clause_opens(self, ws) -> bool:
        """English: True when the words after a weak cue open a clause: a subject pronoun and a
        verb, or a short subject and an auxiliary or modal (``the plan would fail``)."""
        first = re.split("['’]", ws[0][0].lower())[0]
        if first in _SUBJECT_PRONOUNS_IT_EN and first != "it" and len(ws) > 1 and ws[1][0][:1].islower():
            return True
        j, seen = 1, 0
        while j < len(ws) and seen < 6:
            w = ws[j]
            if w[0].lower() in _PREDICATE_EN:
                return True
            if w[0] in {"–", "—"}:
                close = next((n for n in range(j + 1, min(len(ws), j + 12)) if ws[n][0] == w[0]), None)
                if close is None:
                    return False
                j = close + 1  # "councils – and not the harbour board – are …": a dashed aside in the subject
                continue
            if not w[0][:1].isalnum() and w[0] not in {"'s", "’s", "-"}:
                return False
            j, seen = j + 1, seen + 1
        return False

    def _after_object(self, ws):
        """After ``told``: skip the hearer (``reporters``, ``The Washington Post``) to the clause."""
        for j, w in enumerate(ws[:8]):
            if w[0].lower() == "that" and j > 2 and ws[j - 1][0].lower() in ("and", "but") \
                    and any(x[0].lower() in _SUBJECT_PRONOUNS_IT_EN for x in ws[1:j - 1]):
                break  # "told AP he was … and that …": the second clause of a report that began before it
            if w[0].lower() == "that":
                if j and j + 2 < len(ws) and ws[j + 1][0].endswith("ed") and ws[j + 1][0].islower() \
                        and ws[j + 2][0] in _PARTICLES_EN:
                    return None  # "told a crowd that spilled out onto …": a relative clause on the hearer
                return w[2]
            if w[0] == ",":
                if any(ws[k][0].lower() in _WH_INFINITIVE_LEADS_EN and ws[k + 1][0] == "to" for k in range(j - 1)):
                    return None  # "tell them how to vote, but they …": an instruction; the next clause is no report
                if j + 3 < len(ws) and ws[j + 1][0].lower() in _CLAUSE_PREPS_EN:
                    close = next((k for k in range(j + 2, min(len(ws) - 1, j + 10)) if ws[k][0] == ","), None)
                    if close is not None and self._looks_like_clause(ws[close + 1:]):
                        return ws[close][2]  # "told reporters, in a brief statement, the vote was …": the adverbial aside
                return w[2]
        if len(ws) > 2 and ws[0][0][:1].isupper():
            # "told POLITICO he planned …", "told The Daily Ledger she thinks …": a named hearer, then the clause
            j, reach = 1, 7
            while j < min(reach, len(ws)):
                w = ws[j]
                low = re.split("['’]", w[0].lower())[0]
                if low in _SUBJECT_PRONOUNS_IT_EN and low != "i" or w[0] == "I" and j > 1:
                    nxt = ws[j + 1][0] if j + 1 < len(ws) else ""
                    return w[1] if nxt.islower() and (nxt not in self.lex.stop_words or nxt in _FINITE_WORDS_EN) else None
                if not (w[0][:1].isupper() or w[0] in {".", "'s", "’s"}):
                    if self._title_word_en(w[0]) and j + 1 < len(ws) and ws[j + 1][0][:1].isupper() and ws[j + 1][0] != "I":
                        j += 1  # "told Gazette founder Ann Lee he …": an outlet's title before the hearer's name
                        continue
                    skip = self._hearer_tail(ws, j)
                    if not skip:
                        break
                    j, reach = j + skip, reach + skip  # "told The Star of Dover last week she …"
                    continue
                j += 1
            k = self._named_hearer_end(ws)
            if k is not None:
                return ws[k][1]  # "told KDB Radio 4's Breakfast programme the plan had …", "told MPs child benefit would …"
            k = next((k for k in range(1, min(len(ws) - 1, 4)) if not ws[k][0][:1].isupper()), None)
            if k is not None and k + 2 < len(ws) and ws[k][0].endswith("s") and ws[k][0].isalpha() \
                    and ws[k][0] not in self.lex.stop_words and ws[k + 1][0] in ("to", "not"):
                k += 1  # "told Ridgeton residents to …": a named place's people
            if k is not None and ws[k][0] == "not" and k + 2 < len(ws):
                k += 1  # "told Ridgeton residents not to drink …"
            if k is not None and ws[k][0] == "to" and ws[k + 1][0].islower() and ws[k + 1][0] not in self.lex.stop_words:
                return ws[0][1]  # "told Ray to quiet down": a request, with its named hearer
        if len(ws) > 2 and ws[0][0][:1].islower():
            if ws[1][0] in _TIME_SUBORDINATORS_EN and not _as_opens_report_en(ws, 1):
                return None  # "…, Lee told reporters as she left the court": when it was told; the report came before
            if ws[1][0].lower() in _CLAUSE_PREPS_EN:
                return self._subject_after_adverbial(ws[1:])  # "told reporters at the harbour she would …"
            for w in ws[1:6]:
                if re.split("['’]", w[0].lower())[0] in _SUBJECT_PRONOUNS_IT_EN:
                    return w[1]  # "told the National Post he's …": the hearer, then the clause's subject
                if not w[0][:1].isalnum() or w[0].lower() in self.lex.question_openers or w[0].lower() in self.lex.stop_words:
                    break  # "told a story of how he …", "told voters who …": no clause of the hearer's
            if any(w[0].lower() == "to" for w in ws[1:5]):
                return ws[0][1]  # "told his advisers to find …": a request, with its hearer
            if ws[0][0].lower() in _DETERMINERS_CLAUSE_EN:
                k = 1
                while k < len(ws) and ws[k][0][:1].isupper():
                    k += 1  # "told the Ledger her firm …": a named hearer, then the clause
                if 1 < k < len(ws) - 1 and ws[k][0].lower() in _HEARER_NOUNS_EN:
                    k += 1  # "told the KDB's Talking Shop programme what was needed …": the show's noun is the hearer's
                if 1 < k < len(ws) and (self._looks_like_clause(ws[k - 1:]) or self._irregular_past_clause_en(ws[k:])):
                    h = next((h for h in range(2, k - 1) if ws[h][0].lower().rstrip(".") in self.lex.honorifics
                              or ws[h - 1][0].isupper() and fold_word(ws[h][0]) in self.lex.given_names), None)
                    # "told the Ledger Mr Hale had …", "told the WKXR Tom Hale had …": the outlet is the
                    # hearer; the person named after it opens the clause ("told the Ledger her firm never met …": an
                    # irregular past after its subject)
                    return ws[h][1] if h is not None else ws[k][1]
                if k == 1:
                    return self._clause_after_hearer(ws)  # "told his wife the firm would …"
                return None  # "told the New York Times", "told the crowd": a hearer only
            if not self._looks_like_clause(ws[1:]) and not _present_clause_en(ws[1:]):
                return None  # "told reporters outside a restaurant": a hearer only
            return ws[1][1]
        return None

    def _title_word_en(self, word: str) -> bool:
        """A lower-case title word (``founder``, ``leader``) before a hearer's name, not an article."""
        return word in self.lex.titles and word not in _NOT_TITLE_WORDS_EN and word.isalpha()

    @staticmethod
    def _hearer_tail(ws, j: int) -> int:
        """After English ``told`` and a capitalised hearer: how many words at ``j`` extend it by a
        place (``of Dover``) or give a time (``last week``, ``on Monday``, ``yesterday``), else 0."""
        low = ws[j][0].lower()
        nxt = ws[j + 1][0] if j + 1 < len(ws) else ""
        if low in _TITLE_LINKS_EN and nxt[:1].isupper() and nxt.isalpha() and nxt != "I":
            return 2  # "told The Star of Dover", "told Radio Wessex's Hour at Ten"
        if low in _HEARER_TIME_OPENERS_EN and nxt.lower() in _HEARER_TIME_NOUNS_EN:
            return 2
        return 1 if low in {"yesterday", "today", "recently"} else 0

    def _named_hearer_end(self, ws) -> Optional[int]:
        """After English ``told`` and a capitalised hearer (``BBC News``, ``MPs``, ``BBC Radio 4's
        Today programme``): the index of the word opening a clause with a subject of its own (a
        determiner or lower-case noun phrase of at most three words, then a finite verb), else None."""
        k = 0
        while k < len(ws) and (ws[k][0][:1].isupper() or ws[k][0] in {"'s", "’s"} or _HEARER_NUMBER.fullmatch(ws[k][0])
                               or k and ws[k][0].lower() in _HEARER_NOUNS_EN
                               or k and (ws[k][0] in _TITLE_LINKS_EN or self._title_word_en(ws[k][0]))
                               and k + 1 < len(ws) and ws[k + 1][0][:1].isupper() and ws[k + 1][0] != "I"):
            k += 1  # "told Radio Wessex's Hour at Ten": a lower-case link inside the programme's title
        if not 0 < k < len(ws) - 1 or ws[k - 1][0] in {"'s", "’s"}:
            return None
        first = ws[k][0].lower()
        if not ws[k][0].isalpha() or not ws[k][0].islower() or first in self.lex.stop_words and first not in _DETERMINERS_CLAUSE_EN:
            return None  # "told MPs of his plans", "told BBC News about …", "told MPs to …"
        if first in _SUBJECT_PRONOUNS_EN and (self.lex.is_finite_verb_form(ws[k + 1][0]) or (
                ws[k + 1][0].isalpha() and ws[k + 1][0].islower() and ws[k + 1][0] not in self.lex.stop_words
                and ws[k + 1][0] not in self.lex.function_words)):
            return k  # "told Radio Wessex's Morning programme he hoped …", "… he thought …": a subject pronoun and its verb
        for j in range(k + 1, min(k + (5 if first in _DETERMINERS_CLAUSE_EN else 4), len(ws))):
            low = ws[j][0].lower()
            if low in _FINITE_WORDS_EN:
                return k
            if low in _SUBJECT_PRONOUNS_IT_EN and j + 1 < len(ws) and ws[j + 1][0].lower() in _FINITE_WORDS_EN:
                return j  # "told Irish-Americans this weekend he would …": a time phrase, then the clause
            if first in _DETERMINERS_CLAUSE_EN and ws[j][0][:1].isupper() and ws[j][0].isalpha():
                continue  # "told MPs the US had …"
            if not (ws[j][0].isalpha() and ws[j][0].islower()) or low in self.lex.stop_words:
                return None
        return None

    def _irregular_past_clause_en(self, ws) -> bool:
        """English, after a named hearer (``told the Ledger her firm never met …``): True when the
        words open with a determiner or possessive and up to ``MAX_IRREGULAR_SUBJECT_WORDS`` lower-case
        words, then an irregular past verb (``met``, ``paid``); adverbs of ``_IRREGULAR_ADVERBS_EN``
        (``never``, ``not``, ``also``, ``already``, ``once``, ``later``) count among those words."""
        if len(ws) < 3 or ws[0][0].lower() not in _DETERMINERS_CLAUSE_EN:
            return False
        for j in range(1, min(len(ws), MAX_IRREGULAR_SUBJECT_WORDS + 2)):
            word = ws[j][0]
            if word in _IRREGULAR_PAST_EN:
                return j > 1 or ws[j - 1][0].lower() not in ("the", "a", "an")
            if not (word.isalpha() and word.islower()) or (
                    word in self.lex.stop_words and word not in _IRREGULAR_ADVERBS_EN) or word in _PREDICATE_EN:
                return False
        return False

    def _clause_after_hearer(self, ws) -> Optional[int]:
        """After English ``told his wife`` (a determiner and a lower-case hearer of one or two words):
        where a clause with a subject of its own begins (``the firm would close``), else None."""
        for n in (2, 3):
            if n + 1 >= len(ws) or not ws[n - 1][0].isalpha() or not ws[n - 1][0].islower():
                return None
            if ws[n][0].lower() in {"the", "a", "an"} and (any(
                    w[0].lower() in _PREDICATE_EN for w in ws[n + 1:n + 4]) or _present_clause_en(ws[n:])):
                return ws[n][1]
        return None

    def _subject_after_adverbial(self, ws) -> Optional[int]:
        """Start of the clause after an adverbial phrase (``in an interview``, ``at a rally in Ohio``):
        a subject pronoun, or the last determiner phrase before a predicate ("in a statement the
        bridge would …"); None when no clause follows."""
        dets = []
        for j, w in enumerate(ws[1:MAX_ADVERBIAL_TOKENS], 1):
            low = w[0].lower()
            if not w[0][:1].isalnum() or low in self.lex.complementizers:
                return None  # a comma or "that" here is for the other rules
            if low in _SUBJECT_PRONOUNS_IT_EN and j > 1:
                if self._subordinate_cue_in_en(ws[:j]):
                    return None  # "said in May after the firm announced it was …": that cue's clause, not ours
                # "in an interview she would …"; but "at the event she sat …" may be a relative clause
                # unless the phrase is one of speaking ("in a statement (Thursday) they pulled …")
                nxt = ws[j + 1][0] if j + 1 < len(ws) else ""
                if nxt.lower() in _PREDICATE_EN or (low != "it" and nxt.islower() and nxt not in self.lex.stop_words
                                                    and any(x[0].lower() in _SPEECH_NOUNS_EN for x in ws[1:j])):
                    return w[1]
                if j == 2 and ws[1][0][:1].isalpha() and _PRESENT_VERB_EN.fullmatch(nxt):
                    return w[1]  # "said in business it takes time …": a bare phrase, then a present-tense clause
                return None
            if low in _PREDICATE_EN:
                return dets[-1] if len(dets) >= 2 and dets[-1] < w[1] else None
            if low in _DETERMINERS_CLAUSE_EN:
                dets.append(w[1])
        return None

    def _post_clause(self, sent, spans, prev_sentence):
        """``…, kata X.`` / ``…, X said.`` / ``…, said X.`` / ``Khususnya, kata dia, …``."""
        lang_en, lang_id = self.lex.lang == "en", self.lex.lang == "id"  # asked again and again below: read once
        text, lex = self.text, self.lex
        for m in self._word_hits(sent.start, sent.end, lex.post_scan):
            if self._inside_quote(m.start(), spans):
                continue
            if m.group(0).lower() in lex.inverted_cues and not self.text[sent.start:m.start()].rstrip().endswith(
                    tuple(",")) and "," not in self.text[sent.start:m.start()]:
                continue  # "That forecast appeared …": only "…, it forecast." reports
            if any(sent.start <= s.open and s.outer_end <= m.start() for s in spans) \
                    and not self._lead_into_quote(sent.start, spans) \
                    and not self._clause_goes_on_after_quote(sent.start, m.start(), spans):
                continue  # "“…,” katanya.": the direct-quote rule owns this cue
            before = text[sent.start:m.start()].rstrip()
            cue = m.group(0)
            low = cue.lower()
            if lang_id:
                if not before.endswith(","):
                    continue
                if lex.clitic and low.endswith(lex.clitic) and low[:-len(lex.clitic)] in lex.post_cues:
                    mention, after = Mention(PRONOUN, lex.clitic, m.start(), m.end()), m.end()
                elif low in lex.post_cues:
                    nxt = self._next_comma(m.end(), sent.end, spans)
                    mention = self.parser.after_cue(text, m.end(), nxt if nxt is not None else sent.end)
                    if mention is None:
                        continue
                    if nxt is not None:
                        mention = self._name_apposed_after_cue_id(mention, m.end(), nxt, sent.end, spans)
                    after = mention.end
                    if fold_word(mention.text) in lex.pronouns:
                        mention = Mention(PRONOUN, mention.text, mention.start, mention.end)
                        cue = f"{cue} {mention.text}"
                else:
                    continue
            else:
                if low in {"state", "states"} and text[m.end():m.end() + 2].strip()[:1] not in {".", ",", ""}:
                    continue  # "…, a border state with …": the noun; "…, the memo states." is a cue
                if before.endswith(",") and low.endswith("ing"):
                    continue  # "…, saying the law …": a participle reports its own clause, never an inverted speaker
                if not before.endswith(","):
                    # "…, Carver said." — the subject sits between the comma and the verb.
                    quoted = _QUOTED_AS_END_EN.search(before) if low == "saying" else None
                    subject_end = sent.start + quoted.start() if quoted else m.start()  # "…, X was quoted as saying by …"
                    comma = before.rfind(",", 0, subject_end - sent.start)
                    if comma < 0 or len(before[comma:subject_end - sent.start].split()) > MAX_COMMA_SUBJECT_TOKENS_EN \
                            and not self._titled_name_subject_en(before[comma + 1:subject_end - sent.start]):
                        continue
                    lead_word = (before[comma + 1:subject_end - sent.start].split() or [""])[0].lower()
                    if lead_word in _RELATIVES_EN:
                        continue  # "his aunt, whom he described as …": a relative clause on a noun, no report
                    if lead_word in {"and", "but", "or", "so", "yet"}:
                        continue  # "The attack hit Lee hard, and he responded …": a second clause, no inverted cue
                    clause_end = sent.start + comma
                    closing = next((s for s in spans if s.open < clause_end < s.outer_end and s.close is not None
                                    and s.close <= clause_end + 1), None)
                    subject_start = closing.outer_end if closing else clause_end + 1
                    # the words after the cue are read first: when they rule the report out, the
                    # subject phrase need not be read
                    particle = _POINT_OUT_EN.match(text, m.end()) if low in _POINT_FORMS_EN else None
                    shape = self._post_cue_shape(self._after_hearer_end(m.end(), sent.end) if low in _TELL_EN
                                                 else particle.end() if particle else m.end(), sent.end, spans)
                    if quoted and _BY_MEDIUM_END_EN.match(text, m.end(), sent.end):
                        shape = "end"  # "… was quoted as saying by the Novin news agency."
                    if shape is None:
                        continue  # "Brandt called LaVelle …", "D’Silva replied, “…”": not a reported clause before
                    mention = self.parser.before_cue(text, subject_start, subject_end)
                    if mention is None:
                        continue
                    if closing is not None:
                        clause_end = closing.outer_end  # "… “real results,” Lopez said": the fragment keeps its mark
                    if shape == "mid":
                        clause_end = sent.end  # "Any attempt …, he said, becomes hopeless": the whole sentence
                    elif self._subordinate_lead(sent.start, clause_end):
                        continue  # "As Carver's victories rolled in, Sandler continued …"
                    elif _TOPIC_LEAD_EN.match(text, sent.start, clause_end) and "," not in text[sent.start:clause_end]:
                        continue  # "Regarding the emails, the campaign said: …": the topic, not what was said
                    pending = self._accept(mention, sent.start, clause_end, cue, "indirect-post", spans, m.start(),
                                           any_source=self._noun_phrase(mention) and (
                                               low in _SAY_EN or self._named_outlet(mention)
                                               or shape == "end" and self._person_description_en(mention)),
                                           whole=shape == "end")
                    if pending is None:
                        continue  # "… conservative states, such as …, Sabato said": a noun, then the real cue
                    return pending
                if low in _TELL_EN:
                    continue  # "Ann Lee, one of …, told researchers": the hearer follows "told", never its speaker
                nxt = self._next_comma(m.end(), sent.end, spans)
                mention = self.parser.after_cue(text, m.end(), nxt if nxt is not None else sent.end)
                if mention is None:
                    continue
                if nxt is not None and mention.kind in (ANAPHOR, "description") and mention.end == nxt:
                    # "…, said the company's chief executive, Ann Lee": the role, then the name
                    later = self._next_comma(nxt + 1, sent.end, spans)
                    named = self.parser.after_cue(text, m.end(), later if later is not None else sent.end)
                    if named is not None and named.kind == NAME and named.end > nxt:
                        mention = named
                follow = tokens(text, mention.end, mention.end + 30)[:1]
                if follow and follow[0][0].islower() and follow[0][0] not in lex.stop_words \
                        and follow[0][0] not in _TIME_EN:
                    continue  # "…, said Gates described …": a reported clause after the cue, no inverted speaker
                after = mention.end
            lead = before[:-1].strip()
            subject_at = self._subject_after_connective_id(sent.start, sent.start + len(before) - 1)
            rest = text[after:sent.end].strip(" .")
            if lang_id and rest[:1] != ",":
                told = _CUE_PLACE_DAY_ID.match(text, after, sent.end)
                if told is not None:
                    # "Harga pupuk, ujarnya di Sleman, Senin (3/2), akan …": the telling's place and day, then the clause
                    after = told.end() - 1
                    rest = text[after:sent.end].strip(" .")
            if subject_at is not None and rest.startswith(",") and len(rest.split()) >= MIN_CLAUSE_WORDS:
                # "Sedangkan Rudi, kata dia, tidak …": the sentence from its subject, past the connective;
                # a pronoun looks back from the sentence's start (Rudi is spoken of, not the speaker)
                at = sent.start if mention.kind == PRONOUN else m.start()
                return self._accept(mention, subject_at, sent.end, cue, "indirect-post", spans, at)
            if (len(lead.split()) <= 2 or not lang_en and lead.lower() in lex.clause_openers) \
                    and not self._subject_lead_id(sent.start, sent.start + len(before) - 1) \
                    and not (lang_en and (lead.split() or [""])[0].lower() in _DETERMINER_LEADS_EN):
                # but "The answer, says Ann Lee, is …": a determiner opens the reported clause's subject
                # "Khususnya, kata dia, yang perlu …", "Di sisi lain, kata dia, …" (a connective of three
                # words): the clause follows the cue.
                nxt = self._next_comma(after, sent.end, spans)
                if nxt is None:
                    continue
                context = _CUE_PLACE_DAY_ID.match(text, nxt + 1, sent.end) if lang_id else None
                if context is not None:
                    nxt = context.end() - 1  # "…, kata X, di Surabaya, Sabtu (2/1), pemerintah …": past the telling's day
                if lang_en and mention.kind == NAME:
                    nxt = self._past_apposed_role_en(mention, nxt, sent.end, spans)
                pending = self._accept(mention, nxt + 1, sent.end, cue, "indirect-post", spans, m.start())
                if pending is None and lang_en:
                    continue  # "However, call centres saw …, she says": a noun's cue form; the real cue comes later
                return pending
            clause_end = sent.start + len(before) - 1
            rest = text[after:sent.end].strip(" .")
            # "…, said Tom Baxter, a union steward": an apposition of the speaker, not more of the clause
            role_at = after + rest.find(",") + 1
            role_after = lang_en and rest.startswith(",") and self.parser.apposition_after(text, role_at, sent.end)
            if rest.startswith(",") and len(rest.split()) >= MIN_CLAUSE_WORDS \
                    and not (lang_en and (role_after or self.parser.starts_role(text, (role_at, sent.end))
                                          or _PREPOSITION_TAIL_EN.match(rest, 1)
                                          and not self._predicate_after_phrase_en(before, rest))):
                # (but "…, said Ms. Gil, with games every night": a phrase closing the sentence, no predicate)
                clause_end = sent.end  # "Program MBG …, kata Mu'ti, tetap menjadi prioritas": the whole sentence
            if role_after and mention.kind == NAME and not mention.role:
                mention.role = role_after  # "…, said Ann Lee, head of services at Acme."
            pending = self._accept(mention, sent.start, clause_end, cue, "indirect-post", spans, m.start(),
                                   whole=lang_en and clause_end < sent.end)
            if pending is None and lang_en:
                continue  # a cue that reports nothing here; a later one may
            return pending
        return None

    def _person_description_en(self, mention: Mention) -> bool:
        """English ``his brother``, ``a federal judge``, ``the party chairman``: a short description opening
        with a determiner or possessive whose head is a title or a kin noun, the source of any cue
        that closes its sentence after the clause (``…, his brother added.``); not a thing (``…, a
        plan announced earlier this year``) nor a body reporting a fact (``…, the weather service reported``)."""
        words = mention.text.split()
        if mention.kind != DESCRIPTION or not 2 <= len(words) <= MAX_POST_DESCRIPTION_WORDS:
            return False
        first, head = words[0].lower(), words[-1].lower()
        if first not in _POST_DESCRIPTION_LEADS_EN and not first.endswith(("'s", "’s")):
            return False
        if not head.isalpha() or not (words[-1].islower() or words[-1].istitle()):
            return False  # "…, a county JUDGE ruled": a head in capitals or mixed case is no description
        lex = self.lex
        if head in _PERSON_HEADS_EN and len(words) >= 3:
            # "…, a senior government figure has warned": a person, not a number ("figures", "the
            # latest official figure suggests")
            return not any(w.lower() in _DATA_FIGURE_MODIFIERS_EN for w in words[1:-1])
        return any(h in lex.titles or h in _KIN_NOUNS_EN for h in (head, head[:-1] if head.endswith("s") else head))

    def _subject_after_connective_id(self, start: int, end: int) -> Optional[int]:
        """Indonesian: where the subject begins in a lead before a mid-sentence cue that opens with
        a connective (``Sedangkan Rudi, kata dia, …``, ``Namun Pemkot, ujar X, …``), or None."""
        if self.lex.lang != "id":
            return None
        m = _CONNECTIVE_THEN_WORD_ID.match(self.text, start, end)
        if m is None or m.group(1).lower() not in _COORDINATORS_ID:
            return None
        return m.end(1) + len(m.group(2)) if self._subject_lead_id(m.end(1) + len(m.group(2)), end) else None

    def _subject_lead_id(self, start: int, end: int) -> bool:
        """Indonesian: whether the short lead before a mid-sentence cue is the subject of the reported
        sentence (``Prawiro, kata Edi, ingin …``, ``Proses lelang, lanjut X, dilakukan …``), so the
        span is the whole sentence; a connective or adverb (``Khususnya,``, ``Selain itu,``) is not."""
        lead = self.text[start:end].strip()
        words = lead.split()
        if self.lex.lang != "id" or not words or self._adverbial_opener_id(lead) or not words[0][:1].isupper() \
                or words[0].lower() in _CONNECTIVE_LEADS_ID:
            return False
        if any(w.lower().endswith("nya") for w in words):
            return False  # "Pasalnya,", "Maka semestinya,": a sentence adverb
        if len(words) == 2:
            return words[1][:1].isalpha()
        mention = self.parser.before_cue(self.text, start, end)
        return mention is not None and mention.kind == NAME and mention.start == start and mention.end >= end - 1

    def _name_apposed_after_cue_id(self, mention: Mention, start: int, comma: int, end: int, spans) -> Mention:
        """Indonesian ``Oleh karena itu, kata ahli gizi Universitas X, Budi Santoso, di
        Surabaya, …``: a title read up to the first comma, then the speaker's full name in the
        next part; the titled name when the next part gives one, else ``mention``."""
        if mention.kind == PRONOUN or (mention.kind == NAME and not mention.role):
            return mention
        later = self._next_comma(comma + 1, end, spans)
        named = self.parser.after_cue(self.text, start, later if later is not None else end)
        if named is None or named.kind != NAME or named.end <= comma or len(named.name.split()) < 2:
            return mention
        return named

    def _named_outlet(self, mention: Mention) -> bool:
        """``the Post``, ``the nonpartisan Congressional Budget Office``: a determiner, then a
        capitalised name (with at most one lower-case modifier before it)."""
        words = mention.text.split()
        if len(words) < 2 or words[0].lower() != "the" or not words[-1][:1].isupper():
            return False
        return sum(1 for w in words[1:] if not w[:1].isupper()) <= 1 and words[1][:1].isalpha()

    def _lead_into_quote(self, start: int, spans) -> bool:
        """English ``The plan was a “success” that produced “results,” Lopez said``: the sentence opens
        with words of its own (no cue among them) that lead into the quoted fragments, so the cue after
        them reports the whole sentence as one mixed quote."""
        if self.lex.lang != "en" or not spans:
            return False
        first = min(s.open for s in spans)
        if self.text[start:first].rstrip().endswith(":"):
            return False  # "X scolded him: “…”": the lead introduces the quote
        ws = [w for w in tokens(self.text, start, first) if w[0][:1].isalnum()]
        if len(ws) < 2:
            return False
        return not any((w[0].lower() in self.lex.pre_cues or w[0].lower() in self.lex.post_cues)
                       and not self._cue_form_as_noun_en(ws, n) for n, w in enumerate(ws))

    @staticmethod
    def _cue_form_as_noun_en(ws, n: int) -> bool:
        """English ``Claims (that) the memo …``, ``the warnings of …``, ``a written answer``: a cue form
        after a determiner (and an adjective), or a capitalised plural opening the sentence, is a noun, no cue."""
        if n and ws[n - 1][0].lower() in _NOUN_DETERMINERS_EN:
            return True
        word = ws[n][0].lower()
        if n >= 2 and ws[n - 2][0].lower() in _NOUN_DETERMINERS_EN and ws[n - 1][0].islower() \
                and not ws[n - 1][0].endswith("s") and not word.endswith(("s", "ed")):
            return True  # "a written answer": an adjective between the determiner and the noun
        return n == 0 and ws[0][0][:1].isupper() and word.endswith("s") and not word.endswith("ss") and len(ws) > 1

    def _clause_goes_on_after_quote(self, start: int, cue_start: int, spans) -> bool:
        """English ``“This will be hard” for the party, said Lee.``: words of the reporter's own stand
        between the last quoted fragment and the comma before an inverted cue, so the cue reports
        the whole clause (one mixed quote), not the fragment alone."""
        if self.lex.lang != "en":
            return False
        before = self.text[start:cue_start].rstrip()
        inverted = before.endswith(",")
        if not inverted:
            # "“Excesses” are sickening, Lee said": the subject stands between the comma and the cue
            comma = before.rfind(",")
            if comma < 0 or len(before[comma:].split()) > 6 or self._inside_quote(start + comma, spans):
                return False
            before = before[:comma + 1]
            cue_start = start + comma
        inner = [s for s in spans if start <= s.open and s.outer_end <= cue_start]
        if not inner:
            return False
        last = inner[-1]
        if self.text[last.start:last.end].rstrip(" ’'\"”")[-1:] in {",", "?", "!"} \
                and not (inverted and self._inverted_speaker_follows(cue_start)
                         and self._reporter_words_after(last.outer_end)):
            return False  # "“We will win,” Ann Lee, the director, said": a whole quote, then its speaker
        words = [w for w in tokens(self.text, last.outer_end, start + len(before) - 1) if w[0][:1].isalnum()]
        return len(words) >= 2

    def _inverted_speaker_follows(self, cue_start: int) -> bool:
        """Whether a capitalised speaker follows the cue word at ``cue_start`` (``…, said Ann Lee``,
        but not ``told CNN``, a hearer)."""
        m = re.compile(r"(\w+)\s+[A-Z]").match(self.text, cue_start)
        return m is not None and m.group(1).lower() not in _TELL_EN

    def _reporter_words_after(self, pos: int) -> bool:
        """Whether the words after a closing mark at ``pos`` go on with the reporter's sentence
        (``…,” since so many …``), not a subject (``…,” Ann Lee, …``, ``…,” an aide, …``)."""
        ws = tokens(self.text, pos, pos + 30)
        return bool(ws) and ws[0][0][:1].islower() and ws[0][0].lower() not in {"the", "a", "an"}

    def _predicate_after_phrase_en(self, before: str, rest: str) -> bool:
        """True when the words after ``…, said X,`` and a preposition hold a verb: a predicate
        word (``is``, ``will``), or, when the words before the cue hold none (``The mayor, said
        Ms. Vell, in the end backed down``), a past form or a verb's ``-s`` form after a word that
        is no preposition or determiner (``on most days runs late``; but ``with concerts …``), within
        the short phrase's next words and before another preposition (``with shops in the port closed``)."""
        words = rest.strip(", ").split()
        if any(w in _PREDICATE_EN for w in words):
            return True
        if any(w in _PREDICATE_EN for w in before.split()):
            return False  # "The festival is back, said X, with concerts …": the clause came before
        reach = words[1:PREDICATE_REACH_WORDS_EN]
        for prev, w in zip(reach, reach[1:]):
            if _PREPOSITION_TAIL_EN.match(" %s " % w):
                return False  # "with shops in the port closed …": a second phrase, the form describes
            if w.isalpha() and w.islower() and (w.endswith("ed") or w.endswith("s") and not w.endswith("ss")
                                                and prev.isalnum() and prev.lower() not in self.lex.stop_words):
                return True  # "in 2019 voted to close …", "on most days runs late"
        return False

    def _after_hearer_end(self, pos: int, end: int) -> int:
        """After an English ``…, Smith told POLITICO`` / ``told a Senate panel Wednesday``: the end of a
        short hearer phrase that closes the sentence (or that a time clause, ``as she left``, follows),
        else ``pos``."""
        ws = tokens(self.text, pos, end)
        for j, w in enumerate(ws[:7]):
            if w[0] in {".", "!", "?"} and j and not (len(ws[j - 1][0]) == 1 or ws[j - 1][0].lower() in {"mr", "ms", "mrs", "dr", "sen", "rep", "gov"}):
                return w[1]
            if j and w[0] in _TIME_SUBORDINATORS_EN and not _as_opens_report_en(ws, j):
                return w[1]  # "…, Lee told her aides as she left": when it was told closes the sentence
            if not (w[0][:1].isalnum() or w[0] in {"'s", "’s", "-", "!", "."}) or w[0].lower() in {"that", "to", "about", "of"}:
                return pos
            if w[0][:1].islower() and w[0].lower() not in self.lex.stop_words and j == 0 \
                    and w[0] not in _DETERMINERS_CLAUSE_EN and w[0] not in {"reporters", "me", "us", "him", "her", "them"}:
                return pos
        return pos

    @staticmethod
    def _titled_name_subject_en(subject: str) -> bool:
        """English ``…, Dutch foreign ministry spokesman Piet Berg said``: a subject of up to
        ``MAX_TITLED_SUBJECT_WORDS_EN`` words between the comma and a closing cue when it ends in a
        name of two capitalised words (a long title before the name; a longer subject is read as a
        clause of its own)."""
        words = subject.split()
        stop = opening_stop_words("en")
        # a relative or a subordinator before the name makes a clause ("as growers who met Ana Cruz said")
        return len(words) <= MAX_TITLED_SUBJECT_WORDS_EN and all(
            _NAME_WORD_EN.fullmatch(w) for w in words[-2:]) and words[0][:1].isalpha() \
            and not any(w.lower() in stop and w.lower() not in _TITLE_SMALL_WORDS_EN for w in words[:-2])

    def _post_cue_shape(self, pos: int, end: int, spans) -> Optional[str]:
        """What follows an English ``…, X said``: ``end`` (the sentence ends, maybe after a time or
        place phrase), ``mid`` (``, …`` the reported sentence goes on), or None (an object or a quote)."""
        ws = _skip_time_words(tokens(self.text, pos, end))
        if not ws or ws[0][0] in {".", "!", "?"}:
            return "end"
        first = ws[0][0]
        if _amount_en(ws):
            return None  # "X said as many as 500 jobs could go": the cue's own clause follows
        if first == ",":
            rest = ws[1:]
            if not rest or any(w[0] in {"“", "”", "\"", "‘", "'"} or self._inside_quote(w[1], spans) for w in rest[:2]):
                return None  # "D’Silva replied, “…”": the cue introduces a direct quote
            if rest[0][0].lower() in _REASON_CONJUNCTIONS_EN and len(rest) > MIN_CLAUSE_WORDS:
                return "mid"  # "She left the band, she says, because she …": the reported sentence goes on
            if rest[0][0].lower() in self.lex.stop_words or rest[0][0].endswith("ing"):
                return "end"  # "…, he said, adding …", "…, he said, in an interview": still the clause before
            if _CLOSING_APPOSITION_EN.match(self.text, ws[0][1], end):
                return "end"  # "…, Ruiz said, a plan that could …": a comment on the clause before closes the sentence
            return "mid" if len([w for w in rest if w[0][:1].isalnum()]) >= MIN_CLAUSE_WORDS else "end"
        if first.lower() in self.lex.stop_words and first.lower() not in {"that", "to", "about", "of"}:
            return "end"  # "…, Smith said in a statement."
        return None

    def _subordinate_lead(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` is only a subordinate clause or a prepositional opener."""
        ws = tokens(self.text, start, end)
        if not ws or ws[0][0].lower() not in _SUBORDINATORS_EN:
            return False
        if any(w[0] == "," for w in ws):
            return False
        if ws[0][0].lower() in _LEAD_PREPOSITION_OPENERS_EN:
            for w in ws[1:]:
                low = w[0].lower()
                if low in _RELATIVES_EN or low == "that":
                    break  # "In a speech that was broadcast …": the verb is the noun's
                if low in _FINITE_EN:
                    return False  # "At stake is the town's future, she said.": a main clause after the phrase
        return True

    @staticmethod
    def _negated_id(subject_tokens) -> bool:
        """Indonesian: whether the words before the cue deny it (``belum``, ``tak``, ``tidak
        bisa``, ``belum dapat``)."""
        words = [w[0].lower() for w in subject_tokens[-2:]]
        if words[-1] in _NEGATIONS_ID:
            return True
        return len(words) == 2 and words[-1] in _ABILITY_ID and words[0] in _NEGATIONS_ID

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
        document = self._document_source_id(lead, m, sent, spans)
        if document is not None:
            return document
        after = tokens(text, m.end(), sent.end)
        skip, page = 0, False
        media = m.group(0).lower() in lex.media_cues
        while skip < len(after) and (after[skip][0].lower() in _PASSIVE_SKIP_WORDS_ID
                                     or after[skip][0].lower() in lex.adverbs_between
                                     or media and skip == 0 and after[0][0] == "dari"):
            skip += 1  # "Dikutip dari Reuters, …": the outlet after "dari"
        if skip >= len(after) or after[skip][0].lower() in _CHANNEL_PREPS_ID:
            return None  # "Hal itu disampaikan lewat akun X miliknya": the channel, not the source
        if media and after[skip][0].lower() in _WEB_PAGES_ID:
            # "Dikutip dari laman resmi Kementan, …": a page speaks for its owner, named after it
            owner = skip + 1
            while owner < len(after) and owner <= skip + 2 and after[owner][0].lower() in {"web", "resmi"}:
                owner += 1  # "situs web resmi X"
            if owner < len(after) and after[owner][0][:1].isupper():
                skip, page = owner, True
        mention = self.parser.after_cue(text, after[skip][1], sent.end)
        if media and mention is None and after[skip][0][:1].isupper() and skip + 1 < len(after) \
                and after[skip + 1][0] == ",":
            # "Dilansir Antara, …", "Dikutip dari Antara, …": an outlet whose name is also a common
            # word (read as none), closed by its comma
            mention = Mention(ORGANISATION, after[skip][0], after[skip][1], after[skip][2])
        if media and mention is not None and (mention.role or mention.end > after[skip][2]):
            mention = self._outlet_before_comma(after[skip], mention, sent.end) or mention
        if media and skip and after[0][0] == "dari" and mention is not None and (
                mention.start != after[skip][1] or mention.role or "," in text[mention.start:mention.end]):
            return None  # "Dikutip dari laman X, Bripka Dodi …": the page, then the sentence's own subject
        if media and mention is not None and mention.kind == DESCRIPTION:
            camel = _CAMEL_OUTLET.fullmatch(mention.text)
            if camel and camel.group(1) not in lex.stop_words:
                # "Dilansir detikNews, …": an outlet in camel case (not "dariLani", two words run
                # together); not "dari berbagai sumber"
                mention = Mention(ORGANISATION, mention.text, mention.start, mention.end)
            elif skip and after[0][0] == "dari":
                return None
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
        if m.group(0).lower() in lex.media_cues and text.startswith(" dari ", mention.end):
            # "Dilansir detikNews dari AFP, …": the outlet passes on the agency's report; the agency is its source
            origin = self.parser.after_cue(text, mention.end + 6, sent.end)
            if origin is not None and origin.kind != PRONOUN and origin.text[:1].isupper() and not origin.role \
                    and "," not in origin.text:
                # (not "siaran pers dari Biro Humas, Data, dan Arsip …": a body's name with commas
                # in it, read as a title and a name)
                mention = origin
        comma = self._source_then_comma(lead, mention, sent.end)
        if comma is not None and media and self._named_speaker_after_outlet_id(comma, sent.end):
            return None  # "Dilansir Antara, Rudi Hartono mengatakan …": Rudi speaks, the outlet relays
        if comma is not None and page:
            subject = self.parser.after_cue(text, comma + 1, sent.end)
            if subject is not None and subject.kind == NAME:
                return None  # "Dilansir laman resmi Humas Polda, Brigadir Yosef …": a profile, no report
        if comma is not None:
            # "Dijelaskan Veronica, penyitaan dilakukan …", "Dilansir AFP, …": the source opens
            # the sentence; the clause after the comma is the report
            return self._accept(mention, comma + 1, sent.end, m.group(0), "indirect-passive", spans, mention.start)
        if "demikian" in words:
            k = max(i for i, w in enumerate(words) if w == "demikian")
            clause_end = lead[k][1]
            comma = text.rfind(",", sent.start, clause_end)
            start = self._next_comma(sent.start, clause_end, spans)
            opener = text[sent.start:start].strip() if start is not None else ""
            # "Sementara itu, A, demikian dilaporkan X": past an opener; but "… yang tekun, jujur, dan
            # berani, demikian dikutip dari X": a list's commas are the clause's own
            clause_start = start + 1 if start is not None and start < comma and len(opener.split()) <= MAX_OPENER_WORDS_ID \
                and (opener.lower() in lex.clause_openers or self._adverbial_opener_id(opener)) else sent.start
            return self._accept(mention, clause_start, comma if comma > 0 else clause_end, m.group(0),
                                "indirect-passive", spans, mention.start)
        if media and words and words[-1] == "," and m.group(0).startswith("di"):
            found = self._clause_before_outlet_id(lead, words, m, mention, sent, spans)
            if found is not None:
                return found
        if mention.kind == NAME and self._titled_or_bare(mention):
            self._keep_subject(mention)  # "Pentingnya X juga ditekankan oleh Budi. Ia menyatakan …": Budi spoke
        return None

    def _passive_assessment_id(self, sent, spans, prev_sentence):
        """Indonesian ``RUU itu diprediksi para ahli akan menambah defisit.``: a subject, a passive
        verb of assessing with its agent right after it, then the subject's predicate: the agent's
        assessment is the whole sentence (as a cue in mid-sentence). No agent (``Harga diperkirakan
        akan naik``) is no source."""
        if self.lex.lang != "id":
            return None
        text = self.text
        m = self.lex.passive_assessment_re.search(text, sent.start, sent.end)
        if m is None or self._inside_quote(m.start(), spans):
            return None
        lead = tokens(text, sent.start, m.start())
        if not 1 <= len(lead) <= MAX_SUBJECT_TOKENS or any(not w[0][:1].isalnum() for w in lead) \
                or lead[0][0].lower() in self.lex.clause_openers or self._adverbial_opener_id(lead[0][0]):
            return None  # "Namun, …", "Dalam laporan itu diperkirakan …": no plain subject before the verb
        at = m.end() + 5 if text.startswith(" oleh ", m.end()) else m.end()
        agent = tokens(text, at, min(sent.end, at + MAX_AGENT_CHARS_ID))
        k = next((i for i, w in enumerate(agent) if w[0] in _PREDICATE_ID or self._verb_form_id(w[0])), None)
        if not k:
            return None  # "… dinilai positif oleh warga", "diperkirakan akan naik": no agent, then a predicate
        mention = self.parser.after_cue(text, at, agent[k][1])
        if mention is None or mention.kind == PRONOUN or text[mention.end:agent[k][1]].strip():
            return None
        if mention.kind == DESCRIPTION and not _known_description(mention, self.lex):
            return None
        return self._accept(mention, sent.start, sent.end, m.group(0), "indirect-passive", spans, mention.start)

    def _clause_before_outlet_id(self, lead, words, m, mention: Mention, sent, spans) -> Optional[_Pending]:
        """Indonesian ``Pemerintah AS ditutup tiga pekan, dilansir AFP.``: a passive media cue after
        the sentence's clause and its comma (no ``demikian``) gives the outlet the clause before it;
        not when the sentence holds a quotation or a cue of its own (``“…,” kata Yusril, Kamis,
        dilansir dari detikNews``: Yusril's words, relayed). (``X, dalam bukunya, mengutip Y``:
        the active form has a subject of its own, and is never read here.)"""
        lex = self.lex
        if mention.kind not in (NAME, ORGANISATION) or len(words) < MIN_CLAUSE_WORDS + 1:
            return None
        if any(sent.start <= s.open < sent.end for s in spans):
            return None
        if any(w in lex.pre_cues or w in lex.post_cues or w in lex.according_to or w in lex.passive_cues for w in words):
            return None  # "Budi mengatakan …, dilansir detikNews": Budi's report
        if any(p.quote.start < m.start() and p.quote.end > sent.start for p in self.found):
            return None
        comma = lead[-1][1]
        start = self._next_comma(sent.start, comma, spans)
        opener = self.text[sent.start:start].strip() if start is not None else ""
        clause_start = start + 1 if start is not None and start < comma and len(opener.split()) <= MAX_OPENER_WORDS_ID \
            and (opener.lower() in lex.clause_openers or self._adverbial_opener_id(opener)) else sent.start
        return self._accept(mention, clause_start, comma, m.group(0), "indirect-passive", spans, mention.start)

    def _outlet_before_comma(self, first, mention: Mention, end: int) -> Optional[Mention]:
        """Indonesian ``Dilansir detikSport, Kapadze sukses …``, ``Dilansir Reuters, pemerintah Jepang
        akan …``: a media cue's outlet (one to three words, capitalised or in camel case) closed by a
        comma, which the speaker reader ran on into the clause's subject (as a title before a name, or
        the clause as the outlet's apposition); the outlet alone, or None."""
        text = self.text
        comma = text.find(",", first[1], min(end, first[1] + MAX_OUTLET_CHARS_ID))
        if comma < 0 or not (first[0][:1].isupper() or _CAMEL_OUTLET.fullmatch(first[0])):
            return None  # "Dilansir laman resmi Humas Polri, Brigadir …": a page, then the subject
        if mention.end <= comma and not (mention.role and text.find(mention.role, mention.start) > comma):
            return None  # the reader stopped at the comma and took no role from past it
        if not 1 <= len(tokens(text, first[1], comma)) <= MAX_OUTLET_WORDS_ID:
            return None
        outlet = self.parser.after_cue(text, first[1], comma)
        return outlet if outlet is not None and outlet.kind != PRONOUN and outlet.end <= comma else None

    def _document_source_id(self, lead, cue, sent, spans) -> Optional[_Pending]:
        """Indonesian ``Dalam perwali itu disebutkan bahwa …``: a document named after ``dalam``
        opening the sentence is the source of the clause after the passive cue (documents are
        sources); None for any other lead (``Dalam kesempatan itu disampaikan …``)."""
        if lead and lead[-1][0] == ",":
            lead = lead[:-1]  # "Dalam surat itu, disebutkan …"
        if lead and len(lead[0][0]) > 5 and lead[0][0].startswith("Dalam") and lead[0][0][5].isupper():
            # "DalamJurnal Gizi …": the scraper ran "Dalam" into the document's name (the text stays as it is)
            w, a, b = lead[0]
            lead = [("Dalam", a, a + 5), (w[5:], a + 5, b)] + list(lead[1:])
        words = [w[0].lower() for w in lead]
        if not 2 <= len(words) <= MAX_DOCUMENT_WORDS + 1 or words[0] != "dalam" or "," in words:
            return None
        body = lead[1:]
        while body and body[-1][0].lower() in self.lex.demonstratives:
            body = body[:-1]  # "perwali itu", "Perpres tersebut": the document, pointed back to
        if not body or body[0][0].lower() not in _DOCUMENT_NOUNS_ID:
            return None
        after = tokens(self.text, cue.end(), sent.end)
        while after and (after[0][0] in {",", ":"} or after[0][0].lower() in self.lex.complementizers
                         or after[0][0].lower() in {"pula", "juga", "pun"}):
            after = after[1:]  # "disebutkan pula bahwa …": the cue's adverb is no part of the report
        if not after:
            return None
        source = Mention(DESCRIPTION, self.text[body[0][1]:body[-1][2]], body[0][1], body[-1][2])
        return self._accept(source, after[0][1], sent.end, cue.group(0), "indirect-passive", spans, source.start,
                            any_source=True)

    def _titled_or_bare(self, mention: Mention) -> bool:
        """A person named after a passive cue (``ditekankan oleh filsuf Budi``), not a phrase that
        ends in a name (``disebutkan karena … Omnibus Law``) nor an organisation's own name
        (``disampaikan Pusat Studi … Universitas Andalas``)."""
        role = (mention.role or "").split()
        if role and (role[0].lower() in self.lex.function_words or role[0].lower() in _SUBORDINATE_OPENERS_ID):
            return False
        return not (role and role[-1].lower() in self.lex.org_heads)

    def _named_speaker_after_outlet_id(self, comma: int, end: int) -> bool:
        """Indonesian ``Dilansir Antara, Rudi Hartono mengatakan timnya siap.``: whether the clause
        after a media cue's outlet opens with a name (a run of capitalised words) or a pronoun and
        a speech cue of its own; that speaker's report, not the outlet's (even when it is too
        short to be read as one)."""
        ws = tokens(self.text, comma + 1, min(end, comma + 80))
        k = 0
        while k < min(len(ws), MAX_NAME_WORDS_AFTER_OUTLET_ID) and ws[k][0][:1].isupper():
            k += 1
        if k == 0 and ws and ws[0][0].lower() in self.lex.pronouns:
            k = 1
        return 0 < k < len(ws) and ws[k][0].lower() in self.lex.pre_cues

    def _source_then_comma(self, lead, mention: Mention, end: int) -> Optional[int]:
        """Indonesian: where the comma stands in a sentence that opens with a passive or media
        cue and its source (``Dijelaskan Budi,``, ``Lebih lanjut, dilansir AFP,``), else None."""
        if any(w[0].lower() not in self.lex.clause_openers and w[0] not in {",", "itu"}
               and not (k == 0 and w[0].lower() in _AS_ID) for k, w in enumerate(lead)):
            return None  # "Hal itu disampaikan X": the report stands before the cue
        after = tokens(self.text, mention.end, end)
        if after and after[0][0][:1] == "(" and after[0][0][-1:] == ")":
            after = after[1:]  # "Dilansir Badan Pusat Statistik (BPS), …": the source's short form, then the comma
        if len(after) < MIN_CLAUSE_WORDS + 1 or after[0][0] != ",":
            return None
        return after[0][1]

    def _verb_object_noun_en(self, subject_tokens) -> bool:
        """English: whether a plural cue form (``claims``) is the object of the verb right before it
        (``Lee dismissed claims``, ``moved to scotch claims``): a past form in ``-ed`` with no
        relative pronoun before it, or a bare verb after ``to``."""
        if len(subject_tokens) < 2:
            return False
        last, prev = subject_tokens[-1][0], subject_tokens[-2][0].lower()
        if not (last.isalpha() and last.islower()) or last in self.lex.adverbs_between:
            return False
        if prev == "to":
            return True
        return last.endswith("ed") and self.lex.is_finite_verb_form(last) \
            and not any(w[0].lower() in _RELATIVES_EN for w in subject_tokens)

    def _nouns_after_preposition(self, subject_tokens) -> bool:
        """Whether the words before the closing "and" are a preposition's plural object (``with
        fiery speeches and``): a cue form after them is a plural noun joined to it (English)."""
        k = len(subject_tokens) - 1
        if k < 2 or subject_tokens[k][0].lower() != "and" or not subject_tokens[k - 1][0].endswith("s"):
            return False
        for j in range(k - 2, max(-1, k - 2 - MAX_NOUN_PHRASE_WORDS), -1):
            w = subject_tokens[j][0]
            if w in _OBJECT_PREPOSITIONS_EN:
                return j < k - 2  # "with fiery speeches and", not "met with voters and": a verb's object
            if not (w.isalpha() and w.islower()) or (w in self.lex.function_words and w not in _NOUN_DETERMINERS_EN):
                return False  # "… met Lee and promises …", "… said it and claims …": a clause, not a noun phrase
        return False

    def _verb_right_after_and(self, boundary: int, verb: str) -> bool:
        """Whether ``verb`` follows the "and" at ``boundary`` with only adverbs between (not ``and
        has said``, ``but went on to say``: an auxiliary carries the tense)."""
        ws = tokens(self.text, boundary, min(len(self.text), boundary + 40))
        for w in ws:
            if w[0] == verb:
                return True
            if w[0] not in {",", "and", "but"} and (w[0].lower() not in self.lex.adverbs_between
                                                     or w[0].lower() in _PREDICATE_EN):
                return False
        return False

    def _long_apposition_subject_en(self, sent, clause_start: int, m, subject_tokens, spans) -> Optional[Mention]:
        """English ``The porter of six years, a Liberal who asked to stay unnamed for fear of a
        reprimand from the board, said she …``: a subject opening the sentence, then a long apposition or
        aside closed by a comma right before a say-verb that a clause follows: that subject (as
        ``_apposed_subject`` reads it with a long aside), or None. The caller has checked that the
        text is English and that ``subject_tokens`` end with that comma."""
        if m.group(0).lower() not in _SAY_FORMS_EN:
            return None
        nxt = _WORD.match(self.text, m.end() + 1)
        if nxt is None or nxt.group(0).lower() not in _LONG_SUBJECT_CLAUSE_OPENERS_EN \
                or clause_start != sent.start or not subject_tokens[0][0][:1].isupper() \
                or self._inverted_subject(m.end(), sent.end, spans):
            return None
        return self._apposed_subject(clause_start, m.start(), spans, long_aside=True)

    def _long_subject_tail(self, subject_tokens) -> Optional[int]:
        """English: in a run of words too long for one subject before a cue, where the cue's own
        clause begins: after the last semicolon (``…; 29 percent said``), or at a subject pronoun
        or a short capitalised name right after the last comma (``While …, they said``,
        ``Sunday, while commenting on …, Gov. Ann Lee (R-Ore.) said``); None otherwise."""
        n = len(subject_tokens)
        semi = next((j for j in range(n - 1, max(-1, n - MAX_SUBJECT_TOKENS - 1), -1) if subject_tokens[j][0] == ";"), None)
        if semi is not None and semi + 1 < n:
            return semi + 1
        comma = next((j for j in range(n - 1, max(-1, n - 10), -1) if subject_tokens[j][0] == ","), None)
        if comma is None or comma + 1 >= n:
            return None
        tail = subject_tokens[comma + 1:]
        if len(tail) == 1 and tail[0][0].lower() in _SUBJECT_PRONOUNS_IT_EN and tail[0][0].lower() != "it":
            return comma + 1
        if tail[0][0][:1].isupper() and tail[0][0].lower() not in opening_stop_words("en") \
                and (tail[-1][0][:1].isupper() or tail[-1][0].endswith(")")) and all(
                    w[0][:1].isupper() or w[0][:1] in {".", "(", ")", "-"} for w in tail):
            return comma + 1
        return None

    def _after_and(self, subject_tokens) -> Optional[int]:
        """Where "and" (or ", and") stands when a cue verb is the second of two coordinated predicates ("… and (also) said")."""
        k = len(subject_tokens) - 1
        while k > 0 and subject_tokens[k][0].lower() in self.lex.adverbs_between:
            k -= 1
        if k > 0 and subject_tokens[k][0].lower() in ("and", "but"):
            return subject_tokens[k - 1][1] if subject_tokens[k - 1][0] == "," else subject_tokens[k][1]
        if self.lex.lang == "en" and k > 3 and subject_tokens[k][0].lower() in _OCCASION_NOUNS_EN:
            # "…, but in a second interview said": an occasion between the conjunction and the verb
            for j in range(k - 1, max(0, k - 5), -1):
                w = subject_tokens[j][0].lower()
                if w in ("in", "during"):
                    if subject_tokens[j - 1][0].lower() in ("and", "but") and j >= 2:
                        a = j - 1
                        return subject_tokens[a - 1][1] if subject_tokens[a - 1][0] == "," else subject_tokens[a][1]
                    break
                if not w.isalpha() or w in ("and", "but"):
                    break
        return None

    def _inverted_cue_doer_en(self, subject_tokens, spans) -> Optional[Mention]:
        """English ``A, Lee added, saying B``: a short inverted cue set off by commas right before a
        participle's comma; its named speaker does the participle, not the subject of A (``Rowe``
        in ``Rowe cannot act alone, Lee added, saying …``). None without such a cue."""
        j = next((j for j in range(len(subject_tokens) - 2, max(-1, len(subject_tokens) - 9), -1)
                  if subject_tokens[j][0] == ","), None)
        if j is None:
            # 'A “from his view,” Lee added, saying …': the clause runs from the quote's closing marks
            before = self.text[max(0, subject_tokens[0][1] - 4):subject_tokens[0][1]].rstrip()
            if not before.endswith((",”", ",''", ',"')):
                return None
            j = -1
        elif j < 2:
            return None
        seg = subject_tokens[j + 1:-1]
        while seg and seg[0][0] in _CLOSING_MARKS_EN:
            seg = seg[1:]  # 'A “from his view,” Lee added, saying …': the comma stood inside the marks
        if not 2 <= len(seg) <= MAX_INVERTED_CUE_TOKENS or not seg[0][0][:1].isupper() \
                or not any(w[0].islower() and w[0] in self.lex.post_cues for w in seg[1:]):
            return None
        mention = self._cue_subject_before(seg[0][1], subject_tokens[-1][1], spans)
        return mention if mention is not None and mention.kind == NAME else None

    def _cue_subject_before(self, start: int, comma: int, spans) -> Optional[Mention]:
        """English ``“…,” said Lee, adding that …`` / ``“…,” she said in a speech, noting …``: the
        clause before a participle's comma has a cue of its own; its speaker does the participle."""
        lo = max([s.outer_end for s in spans if s.outer_end <= comma] + [start])
        ws = tokens(self.text, lo, comma)
        k = next((j for j, w in enumerate(ws[:8]) if w[0].islower() and w[0] in self.lex.post_cues
                  and not (j and ws[j - 1][0].lower() in _ARTICLES_EN)), None)  # not "the state of Ohio": a noun
        if k is None:
            return None
        if k == 0 or ws[0][0] == ",":
            # "said Lee" / "said Peter Rice, chairman of …": the speaker follows the cue
            mention = self.parser.after_cue(self.text, ws[k][2], comma)
            return mention if mention is not None and mention.kind in (NAME, "title") else None
        mention = self.parser.before_cue(self.text, ws[0][1], ws[k][1])
        return mention if mention is not None and mention.kind in (NAME, PRONOUN, "title", ANAPHOR) else None

    def _main_subject(self, start: int, end: int) -> Optional[Mention]:
        """The named or pronoun subject opening ``text[start:end]`` (the doer of a participle cue)."""
        lang_en = self.lex.lang == "en"  # asked again and again below: read once
        text, lex = self.text, self.lex
        ws = tokens(text, start, end)
        if lang_en and len(ws) > 1 and ws[0][0] in {"—", "–", "-", "--"}:
            ws = ws[1:]  # "— Gov. Ann Lee blamed …": a dateline split off before its dash
        if lang_en and len(ws) > 2 and ws[0][0] in SENTENCE_CONJUNCTIONS_EN \
                and ws[1][0] in _CONJUNCTION_FOCUS_ADVERBS_EN and ws[2][0][:1].isupper():
            ws = ws[2:]  # "And even Lee tried to help, noting …": a conjunction and a focus adverb before the name
        k = 0
        for j, w in enumerate(ws[:5]):
            if w[0] == ",":
                if lang_en and (ws[0][0].lower() in _SUBJECT_PRONOUNS_IT_EN or (
                        j > 2 and _bare_adverb_then_pronoun_en(ws))):
                    break  # "He basically ducked, saying …", "But he opposed it, saying …": the subject, not an opener
                if all(x[0].lower() in lex.function_words or x[0].islower() for x in ws[:j]) \
                        and not self._determiner_clause(ws[:j]) or lang_en and j == 1 and ws[0][0] in _PLACE_ADVERB_OPENERS_EN or (
                        lang_en and j >= 2 and self.parser.opening_word(ws[0][0])
                        and all(x[0] in _TIME_EN or x[0] in _TIME_LEAD_EN or x[0] == "ago" for x in ws[1:j])) or (
                        lang_en and (ws[0][0].lower() in _TIME_ADVERB_OPENERS_EN
                                              or j > 1 and ws[0][0] in _EARLY_LATE_EN and ws[1][0] in _TIME_LEAD_PREPS_EN)
                        and all(x[0].islower() for x in ws[1:j])):
                    k = j + 1  # "On Monday, Carver …", "Hours later, Carver …", "Soon after, Lee …"
                break
        if k == 0 and lang_en and len(ws) > 2 and self._participle_opener(ws[0][0], ws[1][0]):
            comma = next((j for j, w in enumerate(ws[:MAX_OPENER_TOKENS]) if w[0] == ","), None)
            if comma is not None:
                k = comma + 1  # "Walking to the next house, Ann Lee …", "Reached by phone, Lee …"
                state = next((n for n in (k + 1, k + 2) if n + 1 < len(ws) and ws[n][0] == ","), None)
                if state is not None and all(w[0][:1].isupper() for w in ws[k:state]) and lex.is_place(ws[state - 1][0]) \
                        and (ws[state + 1][0][:1].isupper() or ws[state + 1][0] in _SUBJECT_PRONOUNS_EN):
                    k = state + 1  # "Speaking in Dover, Ohio, Ann Lee …": the state after the town
        while lang_en and k < len(ws) and (ws[k][0].lower() in _OPENERS_BEFORE_SUBJECT_EN or k == 0 and len(ws) > 1
                                                    and (ws[0][0].lower() in _TIME_ADVERB_OPENERS_EN
                                                         or ws[0][0] in SENTENCE_CONJUNCTIONS_EN)
                                                    and ws[1][0].lower() in _OPENERS_BEFORE_SUBJECT_EN or k and (
                ws[k][0].lower() in _TIME_LEAD_EN or ws[k][0].lower() in _TIME_EN)):
            comma = next((j for j, w in enumerate(ws[k:k + 16], k) if w[0] == ","), None)
            if comma is None:
                break
            if lang_en and comma == len(ws) - 1 and ws[k][0].lower() in _BARE_TIME_PREPS_EN:
                bare = _bare_time_phrase_end_en(ws, k + 1)
                if bare:
                    k = bare  # "On Monday Lee attacked the bill, saying …": no comma closes the time phrase
                    break
            if lang_en and comma > k + 1:
                comma = self._past_apposition_en(ws, comma)  # "When Tom Bell, also known as X, lost …, Lee …"
            k = comma + 1  # "After winning three primaries Tuesday night, Carver …", "On Thursday, after …, Warrick …"
            dot = 1 if lang_en and k + 1 < len(ws) and ws[k + 1][0] == "." else 0
            if lang_en and k + 2 + dot < len(ws) and ws[k][0][:1].isupper() and ws[k + 1 + dot][0] == "," \
                    and (ws[k + 2 + dot][0].lower() in _SUBORDINATORS_EN or ws[k + 2 + dot][0].lower() in _TIME_LEAD_EN):
                k += 2 + dot  # "At an event in Dubuque, Iowa, on Sunday, Carver …", "… in Keene, N.H., on …": the state
        while lang_en and k + 1 < len(ws) and ws[k + 1][0] == "," and ws[k][0].lower() in lex.clause_openers:
            k += 2  # "On Thursday, however, Brandt spoke …": a sentence adverb before the subject
        if k == 0 and lang_en and len(ws) > 2 and ws[0][0].isupper() and ws[1][0] in {"—", "–", "-"}:
            k = 2  # "WASHINGTON — Sen. Danny Sandler defended …": a dateline
        elif k == 0 and lang_en:
            k = self._dateline_end(ws)  # "ORLANDO, Fla. (Reuters) - President Brady Odell met …"
        if k == 0 and lang_en:
            k = _time_opener_end_en(ws) or _time_opener_comma_end_en(ws)  # "A few minutes later they …": no comma after the time phrase
        if k == 0 and lang_en and len(ws) > 2 and _bare_adverb_then_pronoun_en(ws):
            k = 1  # "Then he cut into Lee, calling him …": a bare sentence adverb before the pronoun subject
        if k >= len(ws):
            return None
        if ws[k][0].lower() in lex.pronouns and ws[k][0].lower() != "it":
            return Mention(PRONOUN, ws[k][0], ws[k][1], ws[k][2])
        if lang_en and ws[k][0] == "It" and k + 2 < len(ws) and _past_action_en(ws[k + 1][0]) and ws[k + 2][0] != ",":
            # "It attacked the mayor, saying …": a body (never a person) as the subject of an
            # action verb (not "It emerged, …", nor "It is clear, …")
            it = Mention(PRONOUN, ws[k][0], ws[k][1], ws[k][2])
            ent = self.people.resolve(it, it.start)
            return it if ent is not None and ent.kind != "person" else None
        if lang_en and ws[k][0][-2:] in _PRONOUN_CONTRACTIONS_EN and ws[k][0][:-2].lower() in _SUBJECT_PRONOUNS_IT_EN \
                and ws[k][0][:-2].lower() != "it":
            # "He’s comparing A to B and says …": the pronoun before its contracted auxiliary
            return Mention(PRONOUN, ws[k][0][:-2], ws[k][1], ws[k][2] - 2)
        if lang_en and k + 1 < len(ws) and ws[k][0].lower() == "one" and ws[k + 1][0] == "of":
            named = self._described_subject(ws, k)
            if named is not None and named.kind == NAME:
                return named  # "One of the men, Tom Reed, 70, had served … and said": the apposed name
        if lang_en and (ws[k][0].lower() in ("the", "a", "an") or ws[k][0].lower() in _COUNT_OPENERS_EN
                                 or k and ws[k][0] in ("his", "her", "their", "its")):
            # "The Ely Democrat has praised …, saying"; after an opener, "When …, his mother refused …, insisting"
            return self._described_subject(ws, k)
        j = k
        while j < len(ws) and (ws[j][0][:1].isupper() or ws[j][0].startswith("(") or ws[j][0] == "."):
            j += 1
        if lang_en and j > k:
            j = self._title_then_name_end(ws, j)  # "Carver campaign spokesman Ann Lee responded …"
        stop = j
        if lang_en and k < j < len(ws) - 2 and ws[j][0] == "and" and ws[j + 1][0].lower() in ("other", "others"):
            # "Lee and other local leaders shunned …, claiming …": the name and the group speak together
            n = next((n for n in range(j + 1, min(len(ws), j + 8)) if ws[n][0][:1].islower() and (
                ws[n][0] in _PREDICATE_EN or ws[n][0] in _IRREGULAR_PAST_EN or ws[n][0] in lex.pre_cues
                or ws[n][0].endswith("ed") and len(ws[n][0]) > 3)), None)
            group = self.parser.before_cue(text, ws[k][1], ws[n][1]) if n is not None else None
            if group is not None and group.start == ws[k][1] and group.end > ws[j + 1][1]:
                return Mention("description", group.text, group.start, group.end)
        if lang_en and j > k and j < len(ws) and ws[j - 1][0] == "(":
            # "Sen. Danny Sandler (I-Vt.) defended …": a party and state label after the name
            close = next((i for i in range(j, min(len(ws), j + 6)) if ws[i][0] == ")"), None)
            if close is not None:
                stop, j = j - 1, close + 1
        if lang_en and j > k and j < len(ws) and ws[j][0] == ",":
            # "Dean, a family doctor, then appeared …": skip the apposition to the predicate.
            close = next((i for i in range(j + 1, min(len(ws), j + 16)) if ws[i][0] == ","), None)
            if close is not None and close + 2 < len(ws) and ws[close + 1][0] in _WHO_FORMS_EN:
                # "Sen. Ann Lee, R-Ore., who faces a tough race, withdrew …": a relative aside after the label
                close = next((i for i in range(close + 2, min(len(ws), close + 24)) if ws[i][0] == ","), None)
            if 2 < k and ws[k - 1][0] == "," and ws[0][0] in {"The", "A", "An"} and j + 1 < len(ws) \
                    and self._predicate_after_name(ws[j + 1][0]):
                close = j  # "The party's leader, Ann Lee, voiced …": the name closes the apposition
            if close is not None and close + 1 < len(ws) and ws[close + 1][0][:1].islower() \
                    and ws[close + 1][0].lower() not in lex.stop_words:
                j = close + 1
        if lang_en and k < stop == j < len(ws) - 1 and self._people_noun_en(ws[j][0]) \
                and not ws[j + 1][0][:1].isupper() and ws[j + 1][0] != ",":
            # "Central European leaders who …, warning …", "Odell aides have …, saying": the
            # capitalised words qualify the people named by the noun after them
            return Mention("description", text[ws[k][1]:ws[j][2]], ws[k][1], ws[j][2])
        if j == k or j >= len(ws) or not ws[j][0][:1].islower():
            return self._subject_to_predicate(ws, k) if lang_en else None
        if lang_en and stop == k + 1 and self._opening_common_word(ws[k][0]):
            # "Nuclear proliferation experts have …, but have speculated that …": a capitalised
            # dictionary word opening the sentence is the start of a noun phrase, not a name
            phrase = self._subject_to_predicate(ws, k) or self._noun_phrase_to_predicate(ws, k)
            if phrase is not None:
                return phrase
        mention = self.parser.chunk(text, ws[k][1], ws[stop - 1][2])
        if lang_en and stop == k + 1 and ws[k][0].lower() in _GROUP_OPENERS_EN and (
                mention is None or mention.kind != NAME):
            # "His campaign sued …, claiming …", "One employee … declined to …, saying …": the noun
            # phrase up to its verb (a past form or an auxiliary) is the source.
            n = stop
            while n < len(ws) and n - stop < 8 and ws[n][0][:1].islower() and not (
                    ws[n][0].lower() in _PREDICATE_EN or ws[n][0] in _IRREGULAR_PAST_EN
                    or (ws[n][0].endswith("ed") and len(ws[n][0]) > 3)):
                n += 1
            if n < len(ws) and n - stop < 8 and ws[n][0][:1].islower():
                return Mention("description", text[ws[k][1]:ws[n - 1][2]], ws[k][1], ws[n - 1][2])
        if (mention is None or mention.kind != NAME) and lang_en:
            return self._subject_to_predicate(ws, k)
        return mention if mention is not None and mention.kind == NAME else None

    def _past_apposition_en(self, ws, comma: int) -> int:
        """English ``When Tom Bell, also known as the Fixer, lost the vote, Ann Lee …``: the comma
        after a name in an opening clause sets off an apposition (lower-case words up to a comma,
        then the clause's lower-case verb); the opening clause ends at the comma after that verb's
        words instead. Else ``comma`` itself."""
        if not ws[comma - 1][0][:1].isupper() or comma + 2 >= len(ws) or not ws[comma + 1][0].islower():
            return comma
        close = next((j for j in range(comma + 2, min(len(ws), comma + MAX_PAST_APPOSITION_TOKENS))
                      if ws[j][0] in {",", ".", ";", ":"}), None)
        if close is None or ws[close][0] != "," or close + 2 >= len(ws) or not ws[close + 1][0].isalpha() \
                or not ws[close + 1][0].islower() or ws[close + 1][0] in self.lex.stop_words \
                or ws[close + 1][0].endswith("ing") or ws[close + 1][0] in self.lex.post_cues:
            return comma
        after = next((j for j in range(close + 2, min(len(ws), close + MAX_OPENER_TOKENS)) if ws[j][0] in {",", ".", ";", ":"}), None)
        if after is None or ws[after][0] != "," or after + 1 >= len(ws) or not (
                ws[after + 1][0][:1].isupper() or ws[after + 1][0].lower() in _SUBJECT_PRONOUNS_EN):
            return comma
        return after

    def _predicate_after_name(self, word: str) -> bool:
        """English: whether ``word`` after an apposed name and its comma is a past-form predicate
        (``voiced``, ``told``, ``has``), not an adverb or another aside."""
        low = word.lower()
        return word.islower() and low not in self.lex.stop_words and not self.lex.is_adverb_between(word) and (
            low in _PREDICATE_EN or word in _IRREGULAR_PAST_EN or (low.endswith("ed") and len(low) > 3))

    def _people_noun_en(self, word: str) -> bool:
        """The lower-case plural of a title noun (``leaders``, ``aides``), not a cue."""
        return word.islower() and word not in self.lex.pre_cues and word.endswith("s") and not word.endswith("ss") \
            and word[:-1] in self.lex.titles

    def _noun_phrase_to_predicate(self, ws, k: int) -> Optional[Mention]:
        """English ``Protest groups say …``: the words from ``ws[k]`` up to a lower-case verb (an
        auxiliary, a past form or a cue) as a description, when they are words only; else None."""
        for j in range(k + 1, min(len(ws), k + MAX_SUBJECT_TOKENS)):
            w = ws[j][0]
            low = w.lower()
            if not w.isalpha() or not w.islower() or low in self.lex.stop_words or low in self.lex.pronouns:
                return None
            if low in _PREDICATE_EN or low in self.lex.pre_cues or low in _IRREGULAR_PAST_EN \
                    or (low.endswith("ed") and len(low) > 3):
                return Mention("description", self.text[ws[k][1]:ws[j - 1][2]], ws[k][1], ws[j - 1][2])
        return None

    def _opening_common_word(self, word: str) -> bool:
        """Whether ``word``, capitalised where it opens a sentence, is a common English word (in
        the vocabulary, or written in lower case elsewhere in the article) that the article never
        capitalises after a lower-case word or a comma (``Nuclear``, ``Protest``): no name,
        whatever follows it (English)."""
        if "-" in word and lex_hyphen_adjective(word, self.lex):
            return True  # "Low-cost airlines", "Anglo-Dutch consumer goods giant …": a compound adjective
        if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
            return False
        low = word.lower()
        if low in self.lex.stop_words or low in self.lex.function_words or low in opening_stop_words("en"):
            return False  # "And he …", "This …": an opener, handled as such
        common = self.lex.is_english_word(low) or self._written_lower(low)
        return common and not self._capitalised_inside(word)  # written in lower case elsewhere: "nuclear"

    def _title_then_name_end(self, ws, j: int) -> int:
        """Where an English subject ends that goes on past its first capitalised run through
        lower-case title words to a name (``Carver campaign spokesman Ann Lee responded``: the
        run ``Carver`` only qualifies the title), else ``j`` unchanged."""
        n = j
        while n < len(ws) and n - j < MAX_TITLE_RUN_EN and ws[n][0].islower() and (
                self.lex.is_role_word(ws[n][0]) or ws[n][0] in self.lex.title_modifiers):
            n += 1
        if n == j or n >= len(ws) or not self.lex.is_role_word(ws[n - 1][0]) or not ws[n][0][:1].isupper():
            return j
        m = n
        while m < len(ws) and (ws[m][0][:1].isupper() or ws[m][0] == "."):
            m += 1
        if m >= len(ws) or not ws[m][0][:1].islower() or m - n < 2:
            return j  # a full name after the title: two words at least
        return m

    @staticmethod
    def _dateline_end(ws) -> int:
        """English: the index after a dateline opening ``ws`` (``ORLANDO, Fla. (Reuters) -``,
        ``FAIRVIEW, W.Va. -``, ``New York (AFP) –``): a place in capitals or an agency in brackets,
        then a dash; 0 when there is none."""
        dash = next((j for j, w in enumerate(ws[:MAX_DATELINE_TOKENS]) if w[0] in {"—", "–", "-", "--"}), None)
        if not dash or not all(w[0].lstrip("(")[:1].isupper() or w[0] in {",", ".", "(", ")"} for w in ws[:dash]):
            return 0
        if not (ws[0][0].isupper() and len(ws[0][0]) > 1 or ws[dash - 1][0].endswith(")")):
            return 0
        return dash + 1

    def _source_head(self, mention: Mention) -> bool:
        """English ``A spokeswoman for Dalton Mills``, ``the director of the museum``, ``The attorney
        general of the state``: the head noun before the first ``for``/``of``/``at`` names a kind of
        source, or is a lower-case title word."""
        words = mention.text.split()
        k = next((j for j, w in enumerate(words) if w in {"for", "of", "at"}), None)
        return k is not None and 1 < k <= 3 and (words[k - 1].lower().rstrip("s") in SOURCE_NOUNS
                                                 or words[k - 1].islower() and words[k - 1] in self.lex.titles)

    def _determiner_clause(self, ws) -> bool:
        """English ``The nurse later sued`` before a comma: a determiner phrase and its past verb
        are a clause with its subject, not an opening adverbial like ``The next day``."""
        if self.lex.lang != "en" or len(ws) < 3 or ws[0][0].lower() not in _DETERMINERS_CLAUSE_EN:
            return False
        return any(w[0].islower() and ((w[0].endswith("ed") and len(w[0]) > 3) or w[0] in _IRREGULAR_PAST_EN)
                   for w in ws[2:])

    def _reported_clause_opens(self, start: int, end: int) -> bool:
        """English: True when the words at ``start`` open a clause (``that …``, a subject and a
        verb, a question word), not a bare object."""
        ws = tokens(self.text, start, min(end, start + 120))
        if not ws:
            return False
        before = self.text[max(0, start - 6):start].rstrip().lower()
        named_subject = len(ws) > 1 and ws[0][0][:1].isupper() and ws[1][0].islower() and ws[1][0].endswith("s") \
            and ws[1][0] not in self.lex.function_words  # "Murphy owes …"
        return before.endswith("that") or ws[0][0].lower() in self.lex.question_openers or named_subject \
            or self._clause_opens(ws) or self._looks_like_clause(ws)

    def _short_description(self, mention: Mention) -> bool:
        """English ``The nurse``, ``Both parents``: a short phrase headed by a lower-case noun; as the
        subject of a clause whose verb a participle cue follows, it is the source described."""
        words = mention.text.split()
        head = words[-1]
        if len(words) > 1 and head.istitle() and head.lower() in self.lex.titles:
            return len(words) <= MAX_DESCRIBED_WORDS  # "the Ohio Democrat": a capitalised title word heads it
        return len(words) <= MAX_DESCRIBED_WORDS and head.isalpha() and head.islower() \
            and head not in self.lex.function_words and not head.endswith("ly")

    def _participle_opener(self, word: str, nxt: str) -> bool:
        """English ``Facing criticism``, ``Reached by phone``: a capitalised participle and a
        lower-case word that is not a verb open an adverbial phrase, not a name."""
        low = nxt.lower()
        return word.endswith(("ing", "ed")) and len(word) > 4 and self.parser.opening_word(word) \
            and nxt[:1].islower() and low not in _PREDICATE_EN and low not in self.lex.pre_cues \
            and not (low.endswith("ed") and len(low) > 3)

    def _subject_to_predicate(self, ws, k: int) -> Optional[Mention]:
        """English ``Presumptive Democratic nominee Hillary Carver called on …``: the phrase from
        ``ws[k]`` up to its verb (a past form, an auxiliary or a cue) when it reads as a named or
        titled subject."""
        lex = self.lex
        if k >= len(ws) or not ws[k][0][:1].isupper() or self.text[max(0, ws[k][1] - 2):ws[k][1]].strip()[-1:] in {"“", "\"", "'", "‘"} \
                or any(x[0][:1] in {"“", "\"", "”"} for x in ws[:k]):
            return None  # the words of a quote, not its speaker
        aside = None
        listed = False
        j = k
        while j + 1 < min(len(ws), k + MAX_SUBJECT_TOKENS + (aside[1] - aside[0] if aside else 0)):
            j += 1
            w = ws[j][0]
            low = w.lower()
            if w == "," and aside is None and j > k:
                close = self._subject_aside_close(ws, j)
                if close is not None:
                    aside, j = (j, close), close  # "Other candidates, including Lee and Roe, have followed …"
                    continue
                if ws[j - 1][0][:1].isupper() and self._name_list_comma(ws, j):
                    listed = True
                    continue  # "Ann Lee, Tom Baker and Rita Moss voted …": a list of names
            if not w[:1].isalnum() and w not in {".", "'s", "’s", "-", "(", ")"} or "'" in w[:-2] or "’" in w[:-2]:
                return None
            if w[:1].islower() and ws[j - 1][0].lower() in {"who", "that", "which"} and j - 1 > k \
                    and self._cue_closes_relative_en(ws, j + 1):
                continue  # "One official who relayed the talk said …": the relative clause's verb, not the subject's
            if w[:1].islower() and (low in _PREDICATE_EN or low in lex.adverbs_between or low in lex.pre_cues
                                    or (low.endswith("ed") and len(low) > 3 and "-" not in low)
                                    or low in _IRREGULAR_PAST_EN
                                    or (low.endswith("s") and j > k + 1 and ws[j - 1][0][:1].isupper()
                                        and not ws[j - 1][0].endswith(("'s", "’s")) and j + 1 < len(ws)
                                        and ws[j + 1][0] in _OBJECT_DETERMINERS_EN and lex.is_finite_verb_form(low))):
                # ("state-owned", "Iowa-based": a compound modifier, no past form; "… giant Acme runs")
                if low in lex.pre_cues and low.endswith("s") and ws[j - 1][0].replace(",", "").isdigit():
                    continue  # "Police receive 911 calls saying …": after a number a cue form is a plural noun
                mention = self.parser.before_cue(self.text, ws[k][1], ws[aside[0] if aside else j][1])
                if listed and (mention is None or mention.start != ws[k][1] or " and " not in mention.text):
                    return None  # the whole list or nothing, not its last name
                if mention is not None and mention.kind in (NAME, "title") and mention.start == ws[k][1] \
                        or mention is not None and mention.kind == NAME:
                    return mention
                if mention is not None and mention.kind == "organisation" and self._opens_with_conjunction(ws[k][1], mention.start):
                    return mention  # "But the U.S. Court of Appeals overruled …, saying …"
                if mention is not None and mention.start == ws[k][1] and mention.kind in (
                        ANAPHOR, "description", "organisation") and (
                        self._plausible_speaker(mention)
                        or self._possessed_person(mention, body=len(ws) - k <= MAX_BODY_SUBJECT_REACH)):
                    if aside is not None and mention.kind == "description" and ws[aside[0] + 1][0] == "including":
                        # "Other candidates, including Lee and Roe, have …": the list is part of the phrase
                        end = ws[aside[1] - 1][2]
                        return Mention("description", self.text[mention.start:end], mention.start, end)
                    return mention  # "Democrats had sued …, saying …", "Rights groups criticized …, saying …"
                return None
        return None

    def _cue_closes_relative_en(self, ws, start: int) -> bool:
        """Whether a cue verb follows within a few words from ``ws[start]`` with no comma first
        (``who relayed the exchange said``): the relative clause ends inside the subject phrase."""
        for w in ws[start:start + MAX_SUBJECT_TOKENS]:
            if w[0] in {",", ";", ":"}:
                return False
            if w[0] in self.lex.pre_cues:
                return True
        return False

    def _subject_aside_close(self, ws, comma: int) -> Optional[int]:
        """English: the comma closing an ``including …`` aside that opens at ``ws[comma]`` inside a
        subject phrase (``Other candidates, including Lee and Roe, have …``), or a participle aside
        after it (``House Democrats, searching for a way out, seized …``), when a lower-case word
        follows it."""
        first = ws[comma + 1][0] if comma + 1 < len(ws) else ""
        participle = first.endswith("ing") and first.isalpha() and first.islower() and len(first) > 5
        if first != "including" and not participle:
            return None
        close = next((i for i in range(comma + 2, min(len(ws), comma + (16 if participle else 12))) if ws[i][0] == ","), None)
        if close is None or close + 1 >= len(ws) or not ws[close + 1][0][:1].islower():
            return None
        return close

    def _possessed_person(self, mention: Mention, body: bool = False) -> bool:
        """English ``Hillary Carver’s right-hand woman``, ``Lee's son``: a capitalised possessor
        and a few lower-case words after it describe one person or group as a source (with
        ``body``, a named possessor's body too: ``Ann Lee's campaign launched … and announced``)."""
        words = mention.text.split()
        k = next((n for n, w in enumerate(words[:4]) if w.endswith(("'s", "’s"))), None)
        rest = words[k + 1:] if k is not None else []
        return k is not None and words[0][:1].isupper() and 1 <= len(rest) <= 3 \
            and all(w[:1].islower() and w.replace("-", "").isalpha() for w in rest) \
            and (rest[-1] not in self.lex.institution_words  # "Ruiz's campaign": an organisation, not a person
                 or body and len(rest) <= 2 and all(w[:1].isupper() for w in words[:k + 1]))

    def _name_list_comma(self, ws, comma: int) -> bool:
        """English: whether the comma at ``ws[comma]`` separates names of a list ``A, B and C``
        closed by ``and`` and followed by a lower-case word (the predicate)."""
        seen_and = False
        i = comma + 1
        while i < len(ws) and i < comma + 12:
            w = ws[i][0]
            if w == "and":
                if seen_and or not ws[i - 1][0][:1].isupper():
                    return False
                seen_and = True
            elif w != "," and not w[:1].isupper():
                break
            elif w == "," and not ws[i - 1][0][:1].isupper():
                return False
            i += 1
        return seen_and and i < len(ws) and ws[i][0][:1].islower() and ws[i - 1][0][:1].isupper()

    def _opens_with_conjunction(self, start: int, subject_start: int) -> bool:
        """Only a conjunction (``But``, ``And``), maybe with ``the``, stands between ``start`` and the subject."""
        lead = [w[0] for w in tokens(self.text, start, subject_start)]
        return 1 <= len(lead) <= 2 and lead[0] in SENTENCE_CONJUNCTIONS_EN and lead[1:] in ([], ["the"])

    def _described_subject(self, ws, k: int) -> Optional[Mention]:
        """``The Ohio Democrat has praised …``: a short ``the`` phrase up to its verb (an auxiliary
        or an ``-ed`` form), when it points to a known kind of source."""
        limit = MAX_DESCRIBED_SUBJECT_TOKENS
        if k + 2 < len(ws) and ws[k + 1][0].lower() in SOURCE_NOUNS and ws[k + 2][0] in {"for", "of"}:
            limit = MAX_SUBJECT_TOKENS  # "A spokesman for Mayor Ann B. Lee of Dayton defended …": a long "for" phrase
        for j in range(k + 1, min(len(ws), k + limit)):
            low = ws[j][0].lower()
            if low in self.lex.adverbs_between or low in _PREDICATE_EN or (low.endswith("ed") and ws[j][0].islower()) \
                    or ws[j][0] in _IRREGULAR_PAST_EN \
                    or (ws[j][0].islower() and low in self.lex.pre_cues and not self._noun_use(ws[j][1])
                        and ws[j - 1][0].lower() not in _ARTICLES_EN):
                # "A New Haven judge has rejected …", "a U.S. District Court judge sided …", "the company wrote …";
                # but "The attorney general of the state of Ohio is …": after an article, a cue form is a noun
                e = j - 1
                while e > k + 1 and (ws[e][0].lower() in _TIME_EN or ws[e][0].lower() in {"on", "last", "this"}
                                     or self.lex.is_adverb_between(ws[e][0])):
                    e -= 1  # "The city council on Monday made …": the time is no part of the subject
                mention = self.parser.chunk(self.text, ws[k][1], ws[e][2])
                if mention is not None and mention.kind in (NAME, ANAPHOR, "title", "description", "organisation") \
                        and (self._plausible_speaker(mention) or mention.kind == "description"
                             and (mention.text.split()[-1].lower().rstrip("s") in SOURCE_NOUNS
                                  or self._short_description(mention) or self._source_head(mention))):
                    return mention  # "A federal judge sided with …, saying …": a source noun heads it
                return None
            if not ws[j][0][:1].isalnum() and ws[j][0] not in {".", "-"}:
                return self._apposed_name(ws, j) if ws[j][0] == "," and j > k + 1 else None
        return None

    def _apposed_name(self, ws, j: int) -> Optional[Mention]:
        """``One of the men, Tom Reed, 70, had served …``: a name set off by commas after a short
        description at ``ws[j]`` (its comma), an age maybe after it, then the predicate: the name."""
        n, joined = j + 1, None
        while n < len(ws) and (ws[n][0][:1].isupper() or ws[n][0] == "." or (
                ws[n][0] == "and" and joined is None and n > j + 2 and n + 2 < len(ws) and ws[n + 1][0][:1].isupper())):
            if ws[n][0] == "and":
                joined = n  # "Two objectors, Ann Lee and Tom Hale, had challenged …": two names listed
            n += 1
        if n == j + 1 or n >= len(ws) or ws[n][0] != "," or not ws[j + 1][0][:1].isupper():
            return None
        after = n + 1
        if after + 1 < len(ws) and ws[after][0].isdigit() and ws[after + 1][0] == ",":
            after += 2  # the age
        if after >= len(ws) or not (self._predicate_after_name(ws[after][0]) or ws[after][0] in _AUXILIARIES_AFTER_NAME_EN):
            return None
        if joined is not None:
            if n - joined < 3 or joined - j < 3:
                return None  # each of the two is a name of two words or more ("Ann Lee and Tom Hale")
            first = self.parser.chunk(self.text, ws[j + 1][1], ws[joined - 1][2])
            second = self.parser.chunk(self.text, ws[joined + 1][1], ws[n - 1][2])
            if first is None or second is None or first.kind != NAME or second.kind != NAME \
                    or first.text != self.text[ws[j + 1][1]:ws[joined - 1][2]] \
                    or second.text != self.text[ws[joined + 1][1]:ws[n - 1][2]]:
                return None
            both = self.parser.chunk(self.text, ws[j + 1][1], ws[n - 1][2])
            return both if both is not None and both.kind == NAME and both.start == first.start \
                and both.end == second.end else None
        mention = self.parser.chunk(self.text, ws[j + 1][1], ws[n - 1][2])
        return mention if mention is not None and mention.kind == NAME else None
