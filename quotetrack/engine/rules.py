"""Constants, small helpers and value types shared by the engine's rule modules."""
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from quotetrack.engine.lexicon import Lexicon
from quotetrack.engine.quote import Quote
from quotetrack.engine.speakers import (
    _DAYS_EN, _FREE_PERSONAL_PRONOUNS_ID, _LOWER_PLACE_NOUNS_ID, _MONTHS_EN, _VILLAGE_UNITS_ID, ANAPHOR, Entity, Mention, NAME, NUMBER_WORDS_EN, PRONOUN, bare_office_id,
    non_source_head_id,
    wide_word_rest)

#: Indonesian words for a whole group (``seluruh pengurus daerah Partai X``): a group that speaks as one.
_WHOLE_GROUP_ID = frozenset({"seluruh", "segenap"})
#: Indonesian nouns of a settlement, lower-case or in a title (``petani Dusun Krajan``).
_RESIDENT_PLACE_NOUNS_ID = _LOWER_PLACE_NOUNS_ID | {unit.lower() for unit in _VILLAGE_UNITS_ID}
#: Indonesian third-person pronouns of a person (``ia``, ``dia``, ``beliau``): the free-standing
#: personal pronouns the speaker resolver already knows.
THIRD_PERSON_PRONOUNS_ID = _FREE_PERSONAL_PRONOUNS_ID
#: A direct quote with no cue and fewer words than this is a title or a scare quote.
MIN_UNATTRIBUTED_WORDS = 8
#: An indirect reported clause needs at least this many words.
MIN_CLAUSE_WORDS = 3
#: Longest subject phrase (in tokens) read before a cue verb.
MAX_SUBJECT_TOKENS = 16
#: "call" verbs: they report words only around a quotation ("called the plan “a disaster”").
_NAMING_CUES_EN = frozenset("call calls called calling".split())
#: Prepositions opening an English sentence before its subject ("In Iowa, Ruiz told …").
_EN_OPENING_PREPS = frozenset("in at on after before during at speaking while whilst".split())
#: How far (in tokens) after a cue verb a complementizer (``bahwa``/``that``) may stand.
MAX_ADVERBIAL_TOKENS = 14

#: Longest English title in marks inside a speaker phrase (``co-author of “Going Viral,”``), in words.
MAX_TITLE_WORDS = 6
#: Small words a title-case title leaves in lower case.
_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with".split())


def title_case_phrase(phrase: str) -> bool:
    """Whether ``phrase`` reads as a short title in title case (``Morning Joe,``, ``Going Viral``):
    at most ``MAX_TITLE_WORDS`` words, the first capitalised, the rest capitalised or small words."""
    words = phrase.strip(" ,").split()
    return 0 < len(words) <= MAX_TITLE_WORDS and words[0][:1].isupper() \
        and all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)

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

#: Indonesian prepositions, time words and day names that open an adverbial before a clause.
_PREP_ID = frozenset("pada di kepada dalam saat usai seusai ketika melalui lewat dengan dari usai kala sesaat "
                     "sebelum setelah sesudah selepas kemarin senin selasa rabu kamis jumat sabtu minggu".split())
_TRAIL_PUNCT = " \t.;:"
#: Indonesian subordinators that open a clause before the sentence's subject (``Meski …, X …``).
_SUBORDINATE_OPENERS_ID = frozenset(
    "meski meskipun walau walaupun jika kalau apabila bila ketika saat sebelum setelah sesudah karena sejak".split())
#: Words that make a phrase a clause (a predicate), not a noun phrase: the test for weak cues.
_PREDICATE_ID = frozenset("akan telah sudah adalah merupakan tidak tak bisa dapat harus perlu masih sedang belum "
                          "jadi menjadi ada sangat lebih mampu mau ingin boleh wajib bukan bukanlah ialah".split())
_PREDICATE_EN = frozenset("is are was were will would has have had could should can may might must did does do "
                          "be been being isn't wasn't won't didn't doesn't don't can't couldn't".split())
#: Prepositions of place and origin: a capitalised word after one is a place or an organisation.
_PLACE_PREPOSITIONS = frozenset("di ke in at".split())
_WORD = re.compile(r"\w+(?:-\w+)*")
_ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$")
#: (Possessive repeats: giving a character back never lets the next part match, as each part
#: opens with characters the one before cannot take or the run may end anywhere after its
#: first word; the same runs, a quarter faster.)
_CAP_RUN = re.compile(r"[A-Z](?:\.[A-Z])*+[\w'’\-]*+\.?+\s++(?:[A-Z(][\w'’\-)]*+\.?+\s*+)++")  # "T.J. Roe": initials open it
#: The same over a garbled or decomposed accent (``Ana PeÃ±a Ruiz``), for a sentence that has one.
_CAP_RUN_WIDE = re.compile(r"[A-Z](?:\.[A-Z])*" + wide_word_rest(r"\w'’\-") + r"\.?\s+"
                           r"(?:[A-Z(]" + wide_word_rest(r"\w'’\-)") + r"\.?\s*)+")
#: Where a reported clause ends before the sentence does: a semicolon, or a coordinated clause
#: with a subject pronoun of its own.
_CLAUSE_BREAK = {
    "en": re.compile(r";|,\s+(?:and|but|while|whilst)\s+(?:he|she|they|it|the)\b|,\s+(?:adding|saying|noting|according)\b"),
    # "…, dilansir dari detikNews": the outlet that relayed the report closes it
    "id": re.compile(r";|,\s+(?:dan|tetapi|namun|sedangkan|sementara)\s+(?:dia|ia|mereka|beliau)\b"
                     r"|,\s+(?:dilansir|dikutip)\b"),
}
_CLAUSE_BREAK_CACHE = {}


#: English participles that, after "before"/"after", report the speaker's next words ("… before
#: claiming that …"); not "denying", "asking", "calling", which also name acts ("after denying him a drink").
_NEXT_REPORT_PARTICIPLES_EN = frozenset("""saying adding claiming insisting arguing noting declaring announcing
telling warning suggesting stating explaining asserting contending predicting""".split())


def clause_break(lex):
    """``_CLAUSE_BREAK`` for ``lex``; in English also a second predicate of the speaker,
    ``…, and (also) criticized …`` / ``… but suggested …``, or a speech participle after
    ``before``/``after`` (``… before claiming that …``): the report ends before it."""
    if lex.lang != "en":
        return _CLAUSE_BREAK[lex.lang]
    if "en" not in _CLAUSE_BREAK_CACHE:
        verbs = sorted(w for w in lex.pre_cues | lex.post_cues
                       if " " not in w and (w.endswith(("ed", "ing")) or w == "said")
                       and w not in _COORD_SKIP_EN)
        speech_ing = sorted(_NEXT_REPORT_PARTICIPLES_EN)
        _CLAUSE_BREAK_CACHE["en"] = re.compile(
            _CLAUSE_BREAK["en"].pattern + _ASIDE_EN + _aside_participles_en(lex)
            + r"|,?\s+(?:(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:" + "|".join(verbs) + r")\b"
            # a stance verb: the reader passes over the report's own verb pair (``stance_pair`` right after a
            # bare verb in -ed: "the council reviewed and requested more funds"); before "by" a passive
            # pair ("welcomed and encouraged by") is never the speaker's next act
            + r"|(?P<stance_pair>(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:"
            + "|".join(sorted(lex.second_predicates)) + r"))\b(?!\s+by\b)"
            # "… has “kept the pier open” on the radio before claiming that …": the speaker's next report
            + r"|(?:before|after)\s+(?:" + "|".join(speech_ing) + r")\b)")
    return _CLAUSE_BREAK_CACHE["en"]


def _aside_participles_en(lex) -> str:
    """``…, citing B``, ``…, pointing to B``: the speaker's aside (``aside_participles``) ends the report."""
    if not lex.aside_participles:
        return ""
    return r"|,\s+(?:" + "|".join(r"\s+".join(map(re.escape, a.split())) for a in lex.aside_participles) + r")\b"


#: A concessive or comparing aside after the report: "…, despite …", "…, compared with …",
#: "…, as have her rivals". Not "despite trailing …", "despite the fact that …", "although it is …",
#: "although brief, …": a gerund, a present-tense clause or an inserted adjective goes on with the report.
_ASIDE_EN = (r"|,\s+(?:compared\s+(?:to|with)|despite(?!\s+(?:\w+ing|the\s+fact)\b)"
             r"|(?:even\s+though|although)(?!\s+(?:[\w’'-]+\s+){1,2}?(?:is|are|has|have)\b|\s+[a-z]+,)"
             r"|as\s+(?:has|have|had|was|were|did|does|do)\b)")
#: Cue forms that after "and" are as often a noun or adjective as a second predicate.
_COORD_SKIP_EN = frozenset("alleged continued continuing concluded indicated asking told".split())
#: Time words that may stand between an English cue verb and its clause ("said Thursday he would").
_TIME_EN = _DAYS_EN | frozenset("yesterday today tonight earlier later recently previously week weekend month year "
                                "morning afternoon evening night".split())
_TIME_LEAD_EN = frozenset("on last this late early earlier next".split())
#: Months and their short forms before a day ("said Dec. 6 on …", "said on March 3 that …").
_DATE_MONTHS_EN = _MONTHS_EN | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
#: Lower-case words that may follow such a date when it is the cue's setting, not the clause's subject.
_AFTER_DATE_EN = frozenset("that on in at during to before after while when he she they it we i you his her their "
                           "its the a an there this these those".split())
#: Words opening a subordinate clause or an adverbial phrase: "[As X spoke], he said, “…”".
_SUBORDINATORS_EN = frozenset("as after while whilst when whenever before since if although though because until once "
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


#: Verbs and copulas whose object is a person presented to the reader.
_PRESENTING = frozenset("dihadiri adalah ialah yakni yaitu oleh menghadirkan".split())


#: Verbs of aspect before ``to`` and a cue: the subject's act is the cue's ("continued to insist that …").
_ASPECT_VERBS_EN = frozenset("continue continues continued continuing began begin begins started proceeded".split())
#: Forms of "go" before "on to" ("went on to say").
_GO_ON_EN = frozenset("go goes went going gone".split())


def aspect_before_infinitive(ws, lex: Lexicon) -> Optional[int]:
    """English ``continued to insist``, ``went on to say``, ``were quick to point out``: the index
    where an aspect verb (with its auxiliaries) opens before ``to`` and the cue, leaving the
    subject before it; None when the words before the cue are no such phrase."""
    if len(ws) < 3 or ws[-1][0].lower() != "to":
        return None
    k = len(ws) - 2
    low = ws[k][0].lower()
    if low == "on" and ws[k - 1][0].lower() in _GO_ON_EN:
        k -= 1  # "went on to say"
    elif low == "quick":
        while k > 1 and ws[k - 1][0].lower() in {"all", "so", "very"}:
            k -= 1  # "are all quick to"
        if ws[k - 1][0].lower() not in {"is", "are", "was", "were", "been", "be"}:
            return None
    elif low not in _ASPECT_VERBS_EN:
        return None
    while k > 1 and ws[k - 1][0].islower() and (ws[k - 1][0] in lex.adverbs_between
                                                or ws[k - 1][0] in {"been", "be", "all"}):
        k -= 1  # "is continuing", "has been quick", "then went on"
    return k if k > 0 and ws[k - 1][0][:1].isalnum() else None


#: English plural units and counts of a duration after "for" ("for weeks", "for several years").
_DURATION_UNITS_EN = frozenset("days weeks months years decades".split())
_DURATION_COUNTS_EN = NUMBER_WORDS_EN | frozenset("several many some few".split())


def _skip_time_words(ws):
    """Drop a time phrase right after an English cue verb: ``said (on) Thursday (night) he …``."""
    k = 0
    while k < len(ws):
        low = ws[k][0].lower()
        if low in _TIME_LEAD_EN and k + 1 < len(ws) and ws[k + 1][0].lower() in _TIME_EN:
            k += 2
        elif low in _TIME_EN:
            k += 1
        elif low in _DATE_MONTHS_EN and ws[k][0][:1].isupper() and k + 1 < len(ws):
            j = k + 2 if ws[k + 1][0] == "." else k + 1
            if j >= len(ws) or not (ws[j][0].isdigit() and len(ws[j][0]) <= 2):
                break
            j += 1
            if j + 2 < len(ws) and ws[j][0] == "," and ws[j + 1][0].isdigit() and len(ws[j + 1][0]) == 4:
                j += 3 if ws[j + 2][0] == "," else 2  # "Dec. 6, 2015,"
            if j < len(ws) and ws[j][0].islower() and ws[j][0] not in _AFTER_DATE_EN:
                break  # "said May 5 was the deadline": the date is the clause's subject
            k = j  # "said Dec. 6 on CNN", "said March 3 that …": a date, not what was said
        elif low == "for" and k + 1 < len(ws):
            j = k + 1
            if j + 1 < len(ws) and ws[j][0].lower() == "the" and ws[j + 1][0].lower() in {"past", "last"}:
                j += 2
            if j < len(ws) and (ws[j][0].isdigit() or ws[j][0].lower() in _DURATION_COUNTS_EN):
                j += 1
            if j < len(ws) and ws[j][0].lower() in _DURATION_UNITS_EN:
                k = j + 1  # "said for weeks he …", "has argued for the past two years the …": how long, not what
            else:
                break
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
    if lex.lang == "id" and non_source_head_id(low.split(), lex):
        return False  # "Rencana TNI", "Konten di media sosial": a plan or content, not a source
    if low in lex.descriptions:
        return True
    words = low.split()
    if lex.lang == "id" and len(words) > 2 and (" ".join(words[:2]) in lex.descriptions
                                                or len(words) > 3 and " ".join(words[:3]) in lex.descriptions):
        return True  # "orang tua siswa kelas 3", "wali murid SD Negeri 2": a known source, narrowed after it
    if lex.lang == "id" and bare_office_id(mention.text, lex) is not None:
        return True  # "Menurut presiden, …", "Sang menteri mengatakan …": the office's holder, or the office as written
    if lex.lang == "id" and len(words) >= 3 and words[-3] in lex.resident_nouns \
            and words[-2] in _RESIDENT_PLACE_NOUNS_ID and mention.text.split()[-1][:1].isupper():
        return True  # "petani Dusun Krajan", "nelayan kampung Cibeber": the people of a named place
    first = low.split()[0] if low.split() else ""
    return first in {"para", "sejumlah", "seorang", "pihak", "tim", "kuasa", "juru", "some", "many", "several",
                     "two", "three", "one", "other"} or (lex.lang == "id" and first in _WHOLE_GROUP_ID) or any(d in low.split() for d in lex.descriptions if " " not in d)


def _rule_suffix(mention: Mention) -> str:
    return {NAME: "named", PRONOUN: "pronoun", ANAPHOR: "anaphor", "title": "title"}.get(mention.kind, "description")
