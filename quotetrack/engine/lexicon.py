"""Per-language lexicons (speech cues, titles, stop words, boilerplate) loaded from resources.

The word lists are editorial data under ``quotetrack/resources/lexicons/``; this module only
loads them once per language and compiles the regular expressions the rules use.
"""
import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

#: Languages with a lexicon of their own; any other reads as Indonesian.
SUPPORTED_LANGS = ("id", "en")


def _load_json(name):
    return json.loads(resources.files("quotetrack.resources").joinpath("lexicons").joinpath(name).read_text("utf-8"))


def _alternation(words):
    """The words as one regex alternation, shaped as a tree of their shared beginnings.

    Of the words that match at a position, the longest is tried first, so "mengatakannya"
    wins over "mengatakan", as in a flat alternation sorted longest first; but a flat one of a
    few hundred cue forms tries every form at every position (200 µs to search 60 characters),
    where the tree tries one branch per character read. Two words that differ only in case
    would be two branches of one tree, both matching under ``re.I``: the lists are lower case.
    """
    tree = {}
    for word in set(words):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _tree_pattern(tree)


def _tree_pattern(node) -> str:
    """The pattern of one node of ``_alternation``'s tree: its branches, each a character and
    its own pattern, optional where a word ends (a greedy ``?`` tries the longer words first)."""
    branches = [re.escape(char) + _tree_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return ("(?:" + body + ")" if len(branches) == 1 and len(body) > 1 else body) + "?"


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Compiled word lists for one language.

    Attributes:
        lang: ``id`` or ``en``.
        speech_verbs: every surface form that is a speech cue.
        pre_cues: forms that introduce a reported clause after them (``mengatakan``, ``said``).
        post_cues: forms that follow a quote (``kata``, ``ujarnya``, ``said``).
        weak_cues: forms that take plain noun objects too; they need a clause marker to count.
        clause_cues: English weak forms that count only before a clause with a subject and a
            verb of its own (``estimates that …``, not ``estimates the cost at …``).
    """

    lang: str
    pre_cues: frozenset
    post_cues: frozenset
    weak_cues: frozenset
    clause_cues: frozenset
    request_cues: frozenset
    passive_cues: frozenset
    media_cues: frozenset
    according_to: tuple
    complementizers: frozenset
    pronouns: frozenset
    demonstratives: frozenset
    descriptions: frozenset
    stop_words: frozenset
    adverbs_between: frozenset
    clause_openers: frozenset
    titles: frozenset
    ranks: frozenset
    honorifics: frozenset
    institution_words: frozenset
    #: Institution words always followed by the institution's own name (``Universitas``, ``Puskesmas``).
    org_heads: frozenset
    #: Posts named before their organisation's name (``CEO Torch``, ``Co-founder Haveltea``).
    org_posts: frozenset
    #: Words that open a given name and are left out of its short form (``Abdul`` Mu'ti, ``I`` Wayan).
    name_openers: frozenset
    role_openers: frozenset
    places: frozenset
    boilerplate: tuple
    end_markers: tuple
    clitic: str
    post_cue_re: re.Pattern
    pre_cue_re: re.Pattern
    passive_re: re.Pattern
    according_re: re.Pattern
    #: Capitalised words that make a name a place or a thing (``Brandt Tower``, ``Carver Foundation``).
    non_person_words: frozenset = frozenset()
    #: Mixed-case short names of parties and clubs (``Golkar``, ``Persija``): never a person's name.
    body_names: frozenset = frozenset()
    #: Capitalised words that open a place's name, never a person's (``Lake Erie``, ``Mount Hood``).
    place_name_openers: frozenset = frozenset()
    #: Indonesian: capitalised dictionary nouns that head a thing's or a body's name, never a
    #: person's given name (``Data Lembaga Xyz``, ``Kartu Abc``, ``Pengurus Partai Abc``).
    non_person_heads: frozenset = frozenset()
    #: Indonesian: nouns for a plan, an intention, a piece of content or a motto (``Rencana TNI
    #: melaporkan …``, ``Konten di Instagram lebih menekankan …``, ``Semboyannya tegas, “…”``):
    #: a subject they head is no source, whatever speech verb follows it.
    non_source_heads: frozenset = frozenset()
    #: Indonesian: small words that may stand inside a title set off before a name, though they
    #: are function words elsewhere (``suami sekaligus karyawannya sendiri, X``: two roles joined).
    title_joiners: frozenset = frozenset()
    #: Indonesian offices of two words whose second is also a rank (``Sekretaris Jenderal``,
    #: ``Direktur Jenderal``): ``(first, second)`` pairs; the second stays in the title.
    rank_compounds: frozenset = frozenset()
    #: Last words of an organisation's or a place's name (``Technologies``, ``Street``) that a
    #: surname may also be (``Park``): ``he``/``she`` skips such a name of no known gender.
    org_name_ends: frozenset = frozenset()
    #: English ``asked``: a cue whose report is the question or request after its hearer.
    question_cues: frozenset = frozenset()
    question_openers: frozenset = frozenset()
    #: English lower-case words of a title's field or rank before its head word (``shadow home``
    #: secretary, ``managing`` director, ``film`` director): part of the role.
    title_modifiers: frozenset = frozenset()
    #: Indonesian words of a lawyer's role (``pengacara Lisa``, ``kuasa hukum RK``).
    counsel_titles: frozenset = frozenset()
    #: Indonesian: a party of a case named by its role -> the passive verb whose agent names that
    #: party (``pengadu`` -> ``diadukan``: ``Perkara itu diadukan Rina Marlina …. Pengadu …``).
    party_passives: dict = field(default_factory=dict)
    #: Indonesian cues that report a voiced view only before ``bahwa`` (``Para ahli sepakat bahwa …``).
    bahwa_only_cues: frozenset = frozenset()
    #: Indonesian head words of a crowd that carries banners (``para pengunjuk rasa``, ``massa aksi``):
    #: a banner's text is the words of the crowd that last spoke.
    crowd_nouns: frozenset = frozenset()
    #: English capitalised plurals of a party's members (``Tories``, ``Democrats``, ``MPs``): a
    #: described group (``Senior Tories``, ``Labour MPs``), never a person's name.
    party_plurals: frozenset = frozenset()
    #: English nouns of a document (``report``, ``study``): ``The Kestrel report was …`` opening a
    #: sentence is a document a later ``it`` may mean.
    document_nouns: frozenset = frozenset()
    #: English speech verbs whose ``will`` form after a named subject trails a speech from its
    #: released text (``Mr Dale will say …``).
    trailed_speech_verbs: frozenset = frozenset()
    #: Indonesian given names that are dictionary words too (``budi``, ``wahyu``): after a body's
    #: own name they open a person's name, not more of the body's.
    dictionary_given_names: frozenset = frozenset()
    #: Indonesian words that close a body's own name (``sejahtera``, ``mandiri``): before two or
    #: more capitalised words after a title and the body's first words, the name ends there.
    body_name_tails: frozenset = frozenset()
    #: Indonesian nouns for the people of a place (``warga``, ``petani``): ``warga desa Sukamaju``
    #: is a described source, the capitalised word the place's name.
    resident_nouns: frozenset = frozenset()
    #: Indonesian quantifiers before a resident noun (``para warga desa Sukamaju``).
    resident_quantifiers: frozenset = frozenset()
    #: Indonesian nouns of an office's sub-units (``Kepala Bidang Irigasi``): the field word after one is the title's.
    office_units: frozenset = frozenset()
    #: Indonesian heads of an office's sub-unit (``Kepala Bidang …``, ``Ketua Seksi …``).
    subunit_heads: frozenset = frozenset()
    #: Indonesian time adverbs and nouns opening a sentence (``Kini,``, ``Tahun depan,``): never its subject.
    time_leads: frozenset = frozenset()
    #: Indonesian passive verbs of assessing (``dinilai``, ``diprediksi``): with an agent after them, its view.
    passive_assessment_verbs: frozenset = frozenset()
    #: Indonesian words of judging (``penting``, ``masuk akal``): a clause holding one voices a view.
    assessment_words: frozenset = frozenset()
    #: English ``vowed``, ``promising``: cues whose report may be a to-infinitive (``vowed to fight on``).
    infinitive_cues: frozenset = frozenset()
    #: English ``added``, ``replied``: cues that follow a quote, or precede a clause opened by ``that``.
    that_cues: frozenset = frozenset()
    #: English headline kickers before a colon (``Breaking:``): a label that names no source.
    label_kickers: frozenset = frozenset()
    #: English lower-case words after a name in a headline label (``Lee camp:``): a group that speaks.
    label_group_words: frozenset = frozenset()
    #: English last words of a headline label that name a show or a newsletter (``… News Daily:``,
    #: ``Delegate Update:``): a series, no source.
    label_series_words: frozenset = frozenset()
    #: English words in ``-ly`` that are no adverbs (``family``, ``assembly``, ``elderly``): a
    #: subject phrase may end in one.
    ly_non_adverbs: frozenset = frozenset()
    #: English stance verbs that are no cues (``criticized``, ``defended``): after ``and`` closing
    #: a reported clause, the speaker's next act.
    second_predicates: frozenset = frozenset()
    #: English nouns naming a source of figures (``poll``, ``data``): ``… according to a poll`` needs no comma.
    according_source_heads: frozenset = frozenset()
    #: English verbs of holding a position (``heads``, ``served``): a relative clause on a named
    #: speaker opening with one is the speaker's role.
    role_clause_verbs: frozenset = frozenset()
    #: English given name -> ``m`` or ``f``: weak evidence of gender when the article gives none.
    given_names: dict = field(default_factory=dict)
    #: English cue forms read only as an inverted report after its clause (``…, it forecast.``),
    #: never before a clause, after a quote or as a word that marks a cue.
    inverted_cues: frozenset = frozenset()
    #: Indonesian cues whose object is nearly always a noun phrase (``menanggapi laporan …``,
    #: ``menyinggung upaya …``): they report only before ``bahwa``, a comma, a colon or a quote.
    marked_cues: frozenset = frozenset()
    #: Indonesian nouns made from adjectives that open only a noun phrase after a cue
    #: (``menekankan pentingnya kolaborasi``): no reported clause follows, whatever the cue.
    nominal_objects: frozenset = frozenset()
    #: Indonesian nouns that open a noun-phrase object unless a predicate follows them
    #: (``menyatakan dukungan …`` is no report; ``menyatakan rencana itu akan dijalankan`` is).
    noun_objects: frozenset = frozenset()
    #: Words that name what follows in marks as a title (Indonesian ``bertajuk``, ``berjudul``):
    #: ``diskusi bertajuk “Indonesia 2045”`` is no one's words.
    title_markers: frozenset = frozenset()
    #: Indonesian words that look like verbs by their prefix but are none (``tersebut``,
    #: ``melalui``, ``bersama``): they make no predicate of the phrase after a weak cue.
    verb_lookalikes: frozenset = frozenset()
    #: Indonesian verbs whose prefix the verb test does not see (``bekerja``, ``belajar``): the
    #: bare verb of a request (``mendorong DLH bekerja sama``).
    plain_verbs: frozenset = frozenset()
    #: Phrases that join a full name to the nickname the article goes on to use (Indonesian
    #: ``Saifullah Yusuf atau yang akrab disapa Gus Ipul``); ``alias`` and ``a.k.a.`` in any language.
    nickname_links: tuple = ()
    #: English epithet head -> ``m``, ``f`` or ``""``: ``the Waterford man``, ``the teenager``,
    #: ``the Scot``: a description that only points back at the person just named.
    epithet_heads: dict = field(default_factory=dict)
    #: English nationality noun among the epithet heads -> its adjective where the two differ
    #: (``scot`` -> ``scottish``): see ``demonym_adjectives`` in the lexicon.
    demonym_adjectives: dict = field(default_factory=dict)
    #: English title words that are also common surnames (``Julian White``): see ``surname_titles``
    #: in the lexicon.
    surname_titles: frozenset = frozenset()
    #: Indonesian: folded nicknames of national figures -> their folded full names (``jokowi`` ->
    #: ``joko widodo``): the press writes them without ever giving the link.
    known_nicknames: dict = field(default_factory=dict)
    #: Indonesian: folded abbreviated honorifics that open a name -> the words they stand for
    #: (``rr`` -> ``raden``, ``roro``): the article may call the person by one of those words.
    honorific_abbreviations: dict = field(default_factory=dict)
    #: Indonesian: English words that close a firm's or body's name (``Sinar Air Group``): never
    #: the given name of the person named right after it.
    body_closers: frozenset = frozenset()
    #: Indonesian: English office words that open a title written in English order before a
    #: comma and the holder's name (``Chairman of the … House of Representatives, X``).
    english_offices: frozenset = frozenset()
    #: English ``agreed``: cues only right before a colon and a quote or right after a quote.
    adjacent_cues: frozenset = frozenset()
    #: English ``citing``, ``pointing to``: participles opening the speaker's aside, not a report.
    aside_participles: tuple = ()

    @cached_property
    def alias_re(self):
        """A full name's link to its nickname, with the spaces and any comma around it (see
        ``nickname_links``; ``TR, also known as Tom Roe``)."""
        links = _alternation(("alias", "a.k.a.", "a.k.a", "aka") + self.nickname_links)
        return re.compile(r",?\s+(?:" + links.replace(r"\ ", r"\s+") + r")\s+", re.I)

    @cached_property
    def title_marker_ends(self):
        """``title_markers`` as a tuple, for ``str.endswith``."""
        return tuple(self.title_markers)

    @cached_property
    def passive_assessment_re(self):
        """Indonesian passive verbs of assessing (``passive_assessment_verbs``: ``dinilai``,
        ``diprediksi``) after a space: with an agent after them and the subject's predicate after
        that, the agent's view is the sentence."""
        verbs = sorted(map(re.escape, self.passive_assessment_verbs), key=len, reverse=True)
        return re.compile(r"(?<= )(?:" + ("|".join(verbs) or "(?!)") + r")\b")

    @cached_property
    def pre_scan(self):
        """Cue forms scanned before a reported clause: ``pre_cues`` and ``question_cues``."""
        return self.pre_cues | self.question_cues | self.that_cues

    @cached_property
    def post_scan(self):
        """Cue forms scanned after a reported clause: ``post_cues`` and ``inverted_cues`` (once per
        lexicon, not a set union per sentence)."""
        return self.post_cues | self.inverted_cues

    @cached_property
    def according_hints(self):
        """For each ``according_to`` phrase its longest run of spaces and letters other than
        ``i``, ``k``, ``s``: a lowered text holds it wherever ``according_re`` matches, so a
        sentence whose lowered text holds no hint has no match. (Under ``re.I`` the three also
        match ``ı``/``İ``, the Kelvin sign and ``ſ``, which ``str.lower()`` does not turn into
        them; every other ASCII letter matches only its two cases.)"""
        return tuple(max(re.findall(r"[a-hjl-rt-z ]+", phrase.lower()) or [""], key=len)
                     for phrase in self.according_to)

    @cached_property
    def scanned_cues(self):
        """Every cue form the finders look for in a sentence's words (see ``Extractor._word_hits``)."""
        return self.pre_scan | self.post_cues | self.passive_cues | self.media_cues | self.inverted_cues

    @cached_property
    def scanned_cue_re(self):
        """``scanned_cues`` as a whole word of a lower-cased text, one tree of their beginnings:
        finds where a cue word may stand much faster than reading every word of the text."""
        return re.compile(r"\b(?:" + _alternation(self.scanned_cues) + r")\b")

    def scanned_cue_starts(self, lower: str) -> list:
        """The offsets where ``scanned_cue_re`` matches in ``lower``, in order, found faster.

        That pattern opens with a word boundary, which the regex engine tries at every character.
        A match opens the text or follows a character that is no word character (a cue is one
        word: only a hyphenated one holds another boundary, whose inner match the caller drops
        as the end of a hyphenated word): the space before most is looked for as a literal, the
        other marks (ASCII ones by a bit table, any other character checked to be no word
        character) by a second pattern."""
        starts = [m.start() + 1 for m in self._cue_after_space_re.finditer(lower)]
        marked = [m.start() + 1 for m in self._cue_after_mark_re.finditer(lower)]
        if self.scanned_cue_re.match(lower):
            marked.append(0)
        return sorted(starts + marked) if marked else starts

    @cached_property
    def _cue_after_space_re(self):
        return re.compile(" " + self.scanned_cue_re.pattern[2:])

    @cached_property
    def _cue_after_mark_re(self):
        marks = "".join(re.escape(chr(c)) for c in range(128) if not (chr(c).isalnum() or chr(c) in "_ "))
        return re.compile("[" + marks + "\x80-\U0010ffff](?<=\\W)" + self.scanned_cue_re.pattern[2:])

    @cached_property
    def function_words(self):
        """Words that never belong to a name: cues, stop words, openers, pronouns."""
        words = set(self.stop_words) | self.pre_cues | self.post_cues | self.clause_openers | self.adverbs_between
        words |= self.pronouns | self.complementizers | {w for a in self.according_to for w in a.split()}
        words |= self.passive_cues | self.media_cues | self.demonstratives
        return frozenset(words)

    def is_common_word(self, word: str) -> bool:
        """True for an Indonesian dictionary word (spacy-lookups-data's lemma table): capitalised,
        it is more likely a title, subhead or institution word than a name. Always False in English."""
        return self.lang == "id" and _in_vocabulary("id", word)

    def is_english_word(self, word: str) -> bool:
        """True for a common English word (an inflected form or lemma in spacy-lookups-data's table)."""
        return _in_vocabulary("en", word)

    def is_english_lemma(self, word: str) -> bool:
        """True for an English dictionary word: an inflected form or lemma, or a WordNet adjective
        (``strategic``), which the lemma table may lack (WordNet's nouns hold names: ``muhammad``)."""
        if _in_vocabulary("en", word):
            return True
        classes = _word_classes_en()
        return classes is not None and word.lower() in classes["adj"]

    def is_plain_noun(self, word: str) -> bool:
        """True for an English word that WordNet (spacy-lookups-data's lemma index) knows only as
        a noun, never as a verb or an adjective (``usability``, ``security``; a plural too:
        ``resources``): before a title word it names the title's field. Always False in Indonesian."""
        return self.lang == "en" and _plain_noun_en(word.lower())

    def is_finite_verb_form(self, word: str) -> bool:
        """True for a lower-case English ``-s``/``-ed`` form of a verb WordNet knows (``beams``,
        ``gushes``, ``smiled``) that is not the plural of a noun only (``leaders``). Always False
        in Indonesian."""
        return self.lang == "en" and _finite_verb_form_en(word)

    def is_adverb_between(self, word: str) -> bool:
        """True for a lower-case adverb or auxiliary between a subject and its cue: a listed one,
        or (English) a manner adverb in ``-ly`` (``Lee proudly said``, ``she jokingly told``)."""
        if word in self.adverbs_between:
            return True
        return self.lang == "en" and word.islower() and len(word) >= 6 and word.endswith("ly") \
            and word not in self.ly_non_adverbs

    def is_role_word(self, word):
        """True for words that belong to a title or rank rather than a name."""
        w = word.lower().strip(".")
        return w in self.titles or w in self.ranks or w in self.institution_words

    def is_place(self, word):
        """True for place words that separate a title from the name after it."""
        return word.lower().strip(".") in self.places


@lru_cache(maxsize=None)
def _vocabulary(lang: str):
    """spacy-lookups-data's lemma table for ``lang`` and the set of its lemmas (None if missing)."""
    try:
        from spacy.lookups import load_lookups
        table = load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")
    except (ImportError, ValueError, OSError):
        return None
    return table, frozenset(str(v) for v in table.values())


@lru_cache(maxsize=1 << 16)
def _in_vocabulary(lang: str, word: str) -> bool:
    # cached: a look-up in spaCy's table hashes the string each time, and words repeat
    found = _vocabulary(lang)
    if found is None:
        return False
    table, lemmas = found
    low = word.lower()
    return low in table or low in lemmas


@lru_cache(maxsize=None)
def _word_classes_en():
    """WordNet's lemmas by word class (``noun``, ``verb``, ``adj``, ``adv``) from spacy-lookups-data."""
    try:
        from spacy.lookups import load_lookups
        table = load_lookups("en", ["lemma_index"]).get_table("lemma_index")
        return {pos: frozenset(table[pos]) for pos in ("noun", "verb", "adj", "adv")}
    except (ImportError, ValueError, OSError, KeyError):
        return None


@lru_cache(maxsize=1 << 14)
def _plain_noun_en(low: str) -> bool:
    """See ``Lexicon.is_plain_noun``; ``low`` is lower case."""
    classes = _word_classes_en()
    if classes is None or not low.isalpha() or low.endswith("ing") or low in opening_stop_words("en"):
        return False  # "using", "an": a gerund or a function word WordNet also lists as a noun
    stem = low
    if low.endswith("s") and low not in classes["noun"] and low[:-1] in classes["noun"]:
        stem = low[:-1]  # "resources": the plural of a noun the index lists only as its lemma
    return stem in classes["noun"] and not any(stem in classes[pos] for pos in ("verb", "adj", "adv"))


@lru_cache(maxsize=1 << 14)
def _finite_verb_form_en(word: str) -> bool:
    """See ``Lexicon.is_finite_verb_form``."""
    classes = _word_classes_en()
    if classes is None or not word.isalpha() or not word.islower() or len(word) < 4:
        return False
    if word.endswith("ed"):
        stems = (word[:-2], word[:-1])
    elif word.endswith("s") and not word.endswith("ss"):
        stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
    else:
        return False
    return any(st in classes["verb"] for st in stems)


@lru_cache(maxsize=None)
def opening_stop_words(lang: str) -> frozenset:
    """spaCy's stop words for ``lang``: a capitalised one opening a phrase is not a name ("As Bill Carver")."""
    if lang == "en":
        from spacy.lang.en.stop_words import STOP_WORDS
    else:
        from spacy.lang.id.stop_words import STOP_WORDS
    # and prepositions spaCy lacks: "Inside the hall, Brandt …", "Amid the protests, Lee …", "Alongside
    # union calls, …"; the "-body" pronouns beside its "anyone" ("Anybody who says …"); "whilst" beside "while"
    return frozenset(STOP_WORDS) | {"like", "unlike", "despite", "meanwhile", "asked", "told", "inside", "outside",
                                    "amid", "amidst", "alongside", "anybody", "everybody", "somebody", "whilst"}


@lru_cache(maxsize=None)
def get_lexicon(lang: str) -> Lexicon:
    """Return the compiled lexicon for ``lang`` (``id`` or ``en``; anything else falls back to ``id``)."""
    lang = lang if lang in SUPPORTED_LANGS else "id"
    data = _load_json(f"{lang}.json")
    places = frozenset(_load_json("places.json")["places"])
    if lang == "id":
        clitic = data["clitic"]
        that_cues = frozenset()
        post = set(data["post_cues"])
        post_forms = post | {w + clitic for w in post}
        pre = set(data["pre_cues"])
        weak = set(data["weak_pre_cues"])
        clause_only = set()
        # Post-quote cues: "kata", "katanya", "kata dia"; pre forms also occur after quotes.
        post_cue_re = re.compile(r"\b(" + _alternation(post_forms | pre | {p + clitic for p in pre}) + r")\b", re.I)
        pre_cue_re = re.compile(r"\b(" + _alternation(pre) + r")\b", re.I)
        passive = frozenset(data["passive_cues"])
        media = frozenset(data["media_cues"])
    else:
        clitic = ""
        forms = set()
        for verb in data["speech_verbs"]:
            forms |= set(data["verb_forms"].get(verb, _english_forms(verb)))
        post_only = set()
        for verb in data["post_only"]:
            post_only |= set(data["verb_forms"].get(verb, _english_forms(verb)))
        weak = set()
        for verb in data["weak_verbs"]:
            weak |= set(data["verb_forms"].get(verb, _english_forms(verb)))
        clause_only = set()
        for verb in data.get("clause_verbs", ()):
            clause_only |= set(data["verb_forms"].get(verb, _english_forms(verb)))
        weak |= clause_only
        post_forms = forms
        pre = forms - post_only
        post_cue_re = re.compile(r"\b(" + _alternation(post_forms) + r")\b", re.I)
        pre_cue_re = re.compile(r"\b(" + _alternation(pre) + r")\b", re.I)
        passive = frozenset()
        media = frozenset()
        that_cues = frozenset(post_only - set(data.get("question_cues", ())))
    according = tuple(data["according_to"])
    according_re = re.compile(r"\b(" + _alternation(according) + r")(" + (clitic or "(?!x)x") + r")?\b", re.I)
    passive_re = re.compile(r"\b(" + _alternation(passive | media) + r")\b", re.I) if passive or media else re.compile(r"(?!x)x")
    return Lexicon(
        lang=lang,
        pre_cues=frozenset(pre),
        post_cues=frozenset(post_forms),
        weak_cues=frozenset(weak),
        clause_cues=frozenset(clause_only),
        request_cues=frozenset(data.get("request_cues", ())),
        passive_cues=passive,
        media_cues=media,
        according_to=according,
        complementizers=frozenset(data["complementizers"]),
        pronouns=frozenset(data["pronouns"]),
        demonstratives=frozenset(data["demonstratives"]),
        descriptions=frozenset(data["descriptions"]),
        stop_words=frozenset(data["stop_words"]),
        adverbs_between=frozenset(data["adverbs_between"]),
        clause_openers=frozenset(data["clause_openers"]),
        titles=frozenset(data["titles"]),
        ranks=frozenset(data.get("ranks", ())),
        honorifics=frozenset(data["honorifics"]),
        institution_words=frozenset(data.get("institution_words", ())) | frozenset(data.get("org_heads", ())),
        org_heads=frozenset(data.get("org_heads", ())),
        org_posts=frozenset(data.get("org_posts", ())),
        name_openers=frozenset(data.get("name_openers", ())),
        role_openers=frozenset(data["role_openers"]),
        places=places,
        boilerplate=tuple(re.compile(p, re.M) for p in data["boilerplate"]),
        end_markers=tuple(re.compile(p) for p in data["end_markers"]),
        clitic=clitic,
        post_cue_re=post_cue_re,
        inverted_cues=frozenset(data.get("inverted_only", ())),
        pre_cue_re=pre_cue_re,
        passive_re=passive_re,
        according_re=according_re,
        non_person_words=frozenset(w.lower() for w in data.get("non_person_words", ())),
        body_names=frozenset(w.lower() for w in data.get("body_names", ())),
        place_name_openers=frozenset(w.lower() for w in data.get("place_name_openers", ())),
        org_name_ends=frozenset(w.lower() for w in data.get("org_name_ends", ())),
        non_person_heads=frozenset(w.lower() for w in data.get("non_person_heads", ())),
        non_source_heads=frozenset(w.lower() for w in data.get("non_source_heads", ())),
        title_joiners=frozenset(w.lower() for w in data.get("title_joiners", ())),
        rank_compounds=frozenset(tuple(c.lower().split()) for c in data.get("rank_compounds", ())),
        question_cues=frozenset(data.get("question_cues", ())),
        question_openers=frozenset(data.get("question_openers", ())),
        title_modifiers=frozenset(data.get("title_modifiers", ())),
        counsel_titles=frozenset(data.get("counsel_titles", ())),
        party_passives={k.lower(): v.lower() for k, v in data.get("party_passives", {}).items()},
        bahwa_only_cues=frozenset(w.lower() for w in data.get("bahwa_only_cues", ())),
        crowd_nouns=frozenset(data.get("crowd_nouns", ())),
        party_plurals=frozenset(data.get("party_plurals", ())),
        document_nouns=frozenset(data.get("document_nouns", ())),
        trailed_speech_verbs=frozenset(data.get("trailed_speech_verbs", ())),
        dictionary_given_names=frozenset(data.get("dictionary_given_names", ())),
        body_name_tails=frozenset(data.get("body_name_tails", ())),
        resident_nouns=frozenset(data.get("resident_nouns", ())),
        resident_quantifiers=frozenset(data.get("resident_quantifiers", ())),
        office_units=frozenset(data.get("office_units", ())),
        subunit_heads=frozenset(data.get("subunit_heads", ())),
        time_leads=frozenset(data.get("time_leads", ())),
        passive_assessment_verbs=frozenset(data.get("passive_assessment_verbs", ())),
        assessment_words=frozenset(data.get("assessment_words", ())),
        that_cues=that_cues,
        infinitive_cues=frozenset(f for v in data.get("infinitive_verbs", ()) for f in _english_forms(v)),
        label_kickers=frozenset(data.get("label_kickers", ())),
        label_group_words=frozenset(data.get("label_group_words", ())),
        label_series_words=frozenset(data.get("label_series_words", ())),
        aside_participles=tuple(data.get("aside_participles", ())),
        ly_non_adverbs=frozenset(data.get("ly_non_adverbs", ())),
        second_predicates=frozenset(data.get("second_predicates", ())),
        according_source_heads=frozenset(data.get("according_source_heads", ())),
        role_clause_verbs=frozenset(data.get("role_clause_verbs", ())),
        given_names={name: sex for sex, names in data.get("given_names", {}).items() for name in names},
        marked_cues=frozenset(data.get("marked_pre_cues", ())),
        nominal_objects=frozenset(data.get("nominal_objects", ())),
        noun_objects=frozenset(data.get("noun_objects", ())),
        title_markers=frozenset(data.get("title_markers", ())),
        verb_lookalikes=frozenset(data.get("verb_lookalikes", ())),
        plain_verbs=frozenset(data.get("plain_verbs", ())),
        nickname_links=tuple(data.get("nickname_links", ())),
        epithet_heads={w: "" if sex == "any" else sex for sex, words in data.get("epithet_heads", {}).items() for w in words},
        demonym_adjectives={k.lower(): v.lower() for k, v in data.get("demonym_adjectives", {}).items()},
        surname_titles=frozenset(data.get("surname_titles", ())),
        known_nicknames={k.lower(): v.lower() for k, v in data.get("known_nicknames", {}).items() if not k.startswith("_")},
        honorific_abbreviations={k.lower(): frozenset(v) for k, v in data.get("honorific_abbreviations", {}).items()},
        body_closers=frozenset(w.lower() for w in data.get("body_closers", ())),
        english_offices=frozenset(w.lower() for w in data.get("english_offices", ())),
        # "agrees", "agreed" only: "… and I agree." is the writer's own assent
        adjacent_cues=frozenset(f for v in data.get("adjacent_verbs", ()) for f in _english_forms(v)[1:3]),
    )


def _english_forms(verb):
    """Regular English inflections of a speech verb: base, -s, -ed, -ing."""
    if verb.endswith("e"):
        return [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return [verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    if verb in {"admit", "quip", "vow"}:
        double = verb + verb[-1] if verb != "vow" else verb
        return [verb, verb + "s", double + "ed", double + "ing"]
    return [verb, verb + "s", verb + "ed", verb + "ing"]
