"""Speaker names to stored people: name normalisation, identity rules, and the resolver.

The pure half (``normalise_name``, ``speaker_kind``, ``role_agreement``, ``same_person``)
needs no database: it says whether two names are one person and which rule says so. The
database half (``resolve_person``, ``merge_people``, ``split_person``, ``add_alias``,
``rebuild_people``) applies those rules to stored people, records the evidence of every
join, and keeps manual decisions so that they survive new articles and re-processing.
"""
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple, Optional

from rapidfuzz import fuzz

from quotetrack.engine.speakers import fold
from quotetrack.errors import IdentityError
from quotetrack.store.models import Alias, Article, MergeDecision, Person, PersonEvidence, Quote, RoleSeen

_QUOTED_NICKNAME = re.compile(r"\s+['\"‘“]([^'\"’”]{2,30})['\"’”]\s+")
_TRAILING_DEGREES = re.compile(
    r"(?:,?\s+(?:S\.?H|M\.?H|S\.?E|M\.?M|M\.?Si|S\.?Sos|S\.?Kom|S\.?T|S\.?Pd|M\.?Pd|Ph\.?D|MBA|M\.?A|"
    r"Sp\.?\w{1,3}|M\.?Kes|S\.?Ag|Lc)\.?)+\s*$")

#: rapidfuzz ratio (0-100) at or above which two roles in one language are the same role.
ROLE_AGREE_MIN = 80
#: rapidfuzz token-set ratio below which two roles in one language contradict each other.
ROLE_CONFLICT_MAX = 60
#: rapidfuzz ratio at or above which two differently spelt name words may be one name.
SPELLING_MIN = 80
#: Shortest word (in characters) a spelling variant may differ in; "Agus"/"Bagus" are two names.
SPELLING_MIN_LENGTH = 4
#: Shortest name word used to look up candidate people.
CANDIDATE_WORD_MIN = 2
#: Lowest score a join needs when several people fit the name: only exact names reach it.
AMBIGUOUS_JOIN_MIN = 95

# Words dropped when comparing roles: they say nothing about which role it is.
_ROLE_STOP = frozenset("""di dari dan yang untuk pada ke the of a an and at in for on to from with
mantan eks former ex acting plt pj s""".split())  # "s": a possessive


_DIMINUTIVES = frozenset(frozenset(pair) for pair in (
    ("bill", "william"), ("will", "william"), ("bob", "robert"), ("rob", "robert"), ("mike", "michael"),
    ("jim", "james"), ("joe", "joseph"), ("tom", "thomas"), ("dick", "richard"), ("rick", "richard"),
    ("liz", "elizabeth"), ("beth", "elizabeth"), ("kate", "katherine"), ("chris", "christopher"),
    ("nick", "nicholas"), ("ted", "edward"), ("ed", "edward"), ("ben", "benjamin"), ("dan", "daniel"),
    ("ron", "ronald"), ("don", "donald"), ("tony", "anthony"), ("tony", "antony"), ("chuck", "charles"),
    ("charlie", "charles"), ("jerry", "gerald"), ("larry", "lawrence"), ("steve", "steven"),
    ("steve", "stephen"), ("sam", "samuel"), ("alex", "alexander"), ("andy", "andrew"), ("matt", "matthew"),
    ("pete", "peter"), ("jeff", "jeffrey"), ("greg", "gregory"), ("pat", "patrick"), ("hank", "henry"),
))


@lru_cache(maxsize=1)
def lexicon():
    """The word lists of ``resources/people.json`` as sets (honorifics, ranks, titles, ...)."""
    path = resources.files("quotetrack") / "resources" / "people.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {name: (words if isinstance(words, dict) else frozenset(words))
            for name, words in data.items() if not name.startswith("_")}


def name_key(name):
    """Normalise a name for matching: casefold, strip accents and punctuation, collapse spaces.

    Args:
        name: a name as written, e.g. ``"Antony J. Blinken"`` -> ``"antony j blinken"``.
    """
    # The engine's fold, plus "_" (a word character to regexes) read as a space.
    return " ".join(fold(name or "").replace("_", " ").split())


def _word(token):
    # The lexicon form of a written token: casefolded, accents, brackets and final dot gone.
    return name_key(token.strip("()[],")).replace(" ", ".") if token else ""


class NormalisedName(NamedTuple):
    """A speaker name with what came before it: ``name`` and ``role_prefix`` (or None)."""

    name: str
    role_prefix: Optional[str]


def normalise_name(name, lang=None):
    """Split titles, ranks and honorifics off the front of ``name``; keep the name's word order.

    Honorifics (``Pak``, ``Bu``, ``Dr.``, ``H.``, ``Mr``) and words that open a sentence
    (``But``, ``Namun``: the engine's slips) are dropped; titles and ranks
    (``Presiden``, ``Menlu AS``, ``Kombes``, ``Sen.``) are returned as ``role_prefix``. A
    title may carry its object (``Menteri Luar Negeri AS``) when those are role words or
    acronyms. Degrees after the name (``, S.H.``) and a quoted nickname inside it are
    dropped. A name is never stripped to nothing: ``"Presiden"`` alone stays.

    Args:
        name: the speaker as written, e.g. ``"Menlu AS Antony Blinken"``.
        lang: ``id`` or ``en``; the lists cover both, so it is only a hint today.

    Returns:
        ``NormalisedName("Antony Blinken", "Menlu AS")``.
    """
    text = " ".join((name or "").split())
    text = _QUOTED_NICKNAME.sub(" ", f" {text} ").strip()
    text = _TRAILING_DEGREES.sub("", text).strip().strip(",").strip()
    tokens = text.split()
    words = lexicon()
    honorifics, ranks, titles, role_words = (words["honorifics"], words["ranks"], words["titles"],
                                            words["role_words"])
    role, i = [], 0
    while i < len(tokens) - 1:
        word = _word(tokens[i])
        if word in honorifics or not word or (not role and word in words["sentence_words"]):
            i += 1
        elif word in ranks or word in titles:
            role.append(tokens[i])
            i += 1
            # A title's object: role words and acronyms ("Luar Negeri AS"), up to the name.
            while i < len(tokens) - 1 and (_word(tokens[i]) in role_words or _is_acronym(tokens[i])):
                role.append(tokens[i])
                i += 1
        else:
            break
    if role:
        # A rank or honorific further on still comes right before the name:
        # "Kapolres Tasikmalaya Kota AKBP Moch Faruk Rozi".
        later = [j for j in range(i, len(tokens) - 1)
                 if _word(tokens[j]) in ranks or _word(tokens[j]) in honorifics]
        if later:
            j = later[-1]
            role += [t for t in tokens[i:j + 1] if _word(t) not in honorifics]
            i = j + 1
    rest = " ".join(tokens[i:]).strip(" ,;:")
    if rest.endswith(".") and len(rest.split()[-1]) > 4:
        rest = rest[:-1]  # a sentence's full stop, not "Jr." or an initial
    role_prefix = " ".join(role).replace("(", "").replace(")", "").strip() or None
    if not rest:
        return NormalisedName(text.rstrip("."), None)
    return NormalisedName(rest, role_prefix)


def _is_acronym(token):
    letters = token.strip("().,")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def nicknames(name):
    """Nicknames written in quotes inside a name: ``"Munafri 'Appi' Arifuddin"`` -> ``["Appi"]``."""
    return [m.group(1).strip() for m in _QUOTED_NICKNAME.finditer(f" {name or ''} ")]


def speaker_kind(name, declared=None):
    """``person``, ``organisation`` or ``description`` for a speaker string.

    The engine's ``declared`` kind is kept unless the words say otherwise: a lower-case
    start or an opener (``para ahli``, ``the board``, ``officials``) is a description, and
    an organisation word (``Kementerian``, ``Board``, ``Police``) makes an organisation.

    Args:
        name: the speaker as written.
        declared: the engine's ``speaker_type``, or None.
    """
    text = (name or "").strip()
    if not text:
        return None
    words = lexicon()
    tokens = [_word(t) for t in text.split()]
    written = [t.strip("().,") for t in text.split()]
    openers = words["description_openers"]
    if (declared == "description" or text[0].islower() or tokens[0] in openers
            or (len(tokens) > 1 and tokens[-1] in openers)):
        return "description"
    # Short words count only in capitals: "UN" is an organisation, "Kim Jong Un" is not.
    if declared == "organisation" or any(
            t in words["organisation_words"] and (len(t) > 3 or w.isupper())
            for t, w in zip(tokens, written)):
        return "organisation"
    return declared or "person"


# -- identity between two names ---------------------------------------------------------------


@dataclass(frozen=True)
class Role:
    """A role as written, with the language of the article that gave it (None: unknown)."""

    text: str
    lang: Optional[str] = None


@dataclass(frozen=True)
class MatchContext:
    """What the articles say around two names.

    Args:
        roles_a, roles_b: the roles each side was given (``Role`` or plain strings).
        candidates: how many known people the shorter name could join (1: only this one).
        same_article: both names come from one article, where a short name refers back.
    """

    roles_a: tuple = ()
    roles_b: tuple = ()
    candidates: int = 1
    same_article: bool = False


@dataclass(frozen=True)
class Decision:
    """Whether two names are one person, and why: ``rule``, ``score`` (0-100), ``same``."""

    rule: str
    score: float
    same: bool

    def __bool__(self):
        return self.same


def _roles(roles):
    if isinstance(roles, (str, Role)):
        roles = (roles,)
    return [r if isinstance(r, Role) else Role(r) for r in roles or () if (r.text if isinstance(r, Role) else r)]


def _role_words(text):
    # "Menlu" and "Menteri Luar Negeri" are one role: abbreviations are spelt out first.
    expand = lexicon()["role_abbreviations"]
    words = " ".join(expand.get(w, w) for w in name_key(text).split()).split()
    return [w for w in words if w not in _ROLE_STOP]


def role_agreement(roles_a, roles_b):
    """``("agree" | "conflict" | "unknown", score)`` for two sets of roles.

    Roles agree when some pair is nearly the same words (``Menteri Luar Negeri AS`` and
    ``mantan Menteri Luar Negeri``). They conflict only when both sides have roles in a
    shared language and no pair comes close; roles in two languages say nothing.

    Args:
        roles_a, roles_b: ``Role`` values or strings (strings are taken as comparable).
    """
    best, comparable = 0.0, False
    for a in _roles(roles_a):
        for b in _roles(roles_b):
            if a.lang and b.lang and a.lang != b.lang:
                continue
            words_a, words_b = _role_words(a.text), _role_words(b.text)
            if not words_a or not words_b:
                continue
            comparable = True
            agree = fuzz.token_sort_ratio(" ".join(words_a), " ".join(words_b), processor=None)
            if agree >= ROLE_AGREE_MIN:
                return "agree", agree
            best = max(best, fuzz.token_set_ratio(" ".join(words_a), " ".join(words_b), processor=None))
    if not comparable:
        return "unknown", 0.0
    return ("conflict", best) if best < ROLE_CONFLICT_MAX else ("unknown", best)


def _is_abbreviation(short, full):
    # "j" for "joseph", "moch" for "mochammad", "m" for "muhammad".
    return len(short) < len(full) and full.startswith(short) and (len(short) == 1 or len(short) >= 3)


def _aligned_abbreviation(words_a, words_b):
    """Same length, last word equal, every other word equal or an abbreviation of the other."""
    if len(words_a) != len(words_b) or len(words_a) < 2 or words_a[-1] != words_b[-1]:
        return False
    return all(a == b or _is_abbreviation(a, b) or _is_abbreviation(b, a)
               for a, b in zip(words_a[:-1], words_b[:-1]))


def _without_initials(short, full):
    """``short`` is ``full`` less some middle words or initials, first and last kept."""
    if len(short) < 2 or len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    rest = iter(full[1:-1])
    return all(any(w == x for x in rest) for w in short[1:-1])


def _diminutive(a, b):
    """True when one given name is a short form of the other: a listed pair (``bill``/``william``)
    or the longer one with a vowel-initial syllable in front (``tony``/``antony``)."""
    if a == b:
        return False
    short, full = sorted((a, b), key=len)
    extra = full[:len(full) - len(short)]
    if len(short) >= 3 and full.endswith(short) and len(extra) <= 3 and extra[:1] in "aeiou":
        return True
    return frozenset((a, b)) in _DIMINUTIVES


def same_person(a, b, context=MatchContext()):
    """Decide whether names ``a`` and ``b`` name one person; return a ``Decision``.

    Rules, in order (each says why it is safe):

    - ``exact``: equal keys of two or more words. One-word keys (``Budi``) also need roles
      that do not conflict: two ``Budi`` s with different roles are two people.
    - ``middle-initial`` / ``abbreviated-name``: ``Antony J. Blinken`` = ``Antony Blinken``,
      ``Moch Faruk Rozi`` = ``Mochammad Faruk Rozi``, unless the roles conflict.
    - ``surname`` / ``short-name``: one name is a word of the other (``Blinken``). A surname
      joins when the roles agree, or when nothing contradicts it and it has one candidate; a
      given or middle name (``Teddy``, ``Joko``) only when the roles agree.
    - ``spelling-variant``: one word spelt differently (``Lin Jian``/``Lin Jiang``,
      ``Zelensky``/``Zelenskyy``), only when the roles agree.
    - otherwise different: sharing a family name (``Kim Jong Un``/``Kim Yo Jong``) or a given
      name (``Joko Widodo``/``Joko Anwar``) is not evidence.

    Args:
        a, b: names; titles are split off with ``normalise_name`` first.
        context: a ``MatchContext`` with the roles of each side and the candidate count.
    """
    words_a = name_key(normalise_name(a).name).split()
    words_b = name_key(normalise_name(b).name).split()
    if not words_a or not words_b:
        return Decision("empty", 0, False)
    roles, role_score = role_agreement(context.roles_a, context.roles_b)
    if words_a == words_b:
        if len(words_a) > 1 or context.same_article:
            return Decision("exact", 100, True)
        if roles == "conflict":
            return Decision("one-word-name-role-conflict", role_score, False)
        if roles == "agree":
            return Decision("one-word-name-same-role", 95, True)
        return Decision("one-word-name-unique", 70, context.candidates == 1)
    if len(words_a) > len(words_b):
        words_a, words_b = words_b, words_a
    name_score = fuzz.ratio(" ".join(words_a), " ".join(words_b), processor=None)
    if _without_initials(words_a, words_b) or _aligned_abbreviation(words_a, words_b):
        rule = "middle-initial" if _without_initials(words_a, words_b) else "abbreviated-name"
        return Decision(rule, 90, roles != "conflict")
    if set(words_a) < set(words_b):
        surname = words_a[-1] == words_b[-1]
        rule = "surname" if surname else "short-name"
        if context.same_article:
            return Decision(f"{rule}-same-article", 90, context.candidates == 1)
        if roles == "conflict":
            return Decision(f"{rule}-role-conflict", role_score, False)
        if roles == "agree":
            return Decision(f"{rule}-same-role", 85 if surname else 80, context.candidates == 1)
        return Decision(f"{rule}-unique", 75, surname and context.candidates == 1)
    if len(words_a) == len(words_b) >= 2 and words_a[1:] == words_b[1:] and _diminutive(words_a[0], words_b[0]):
        # "Tony Blinken" / "Antony Blinken", "Bill Carver" / "William Carver": the same family
        # name and a given name that is a short form of the other.
        if roles == "conflict":
            return Decision("nickname-role-conflict", role_score, False)
        return Decision("nickname" + ("-same-role" if roles == "agree" else "-unique"), 85,
                        roles == "agree" or context.candidates == 1)
    if len(words_a) == len(words_b):
        differing = [(x, y) for x, y in zip(words_a, words_b) if x != y]
        if len(differing) == 1:
            x, y = differing[0]
            spelt = fuzz.ratio(x, y, processor=None)
            if (spelt >= SPELLING_MIN and min(len(x), len(y)) >= SPELLING_MIN_LENGTH
                    and x[0] == y[0]):
                return Decision("spelling-variant" + ("-same-role" if roles == "agree" else ""),
                                name_score, roles == "agree")
    return Decision("different-names", name_score, False)


# -- the database side --------------------------------------------------------------------------


def resolve_person(db, speaker, speaker_type, role, article, aliases=()):
    """Return the stored ``Person`` for ``speaker`` (created if new), or None.

    Descriptions ("a senior official", "para ahli") are not resolved: two of them in
    different articles are rarely the same source; the quote keeps the speaker and its
    kind. Organisations are matched by exact name only. People go through, in order:
    manual names (``add_alias``, ``merge_people``, ``split_person``), people already
    quoted in this article, then ``same_person`` against every stored person sharing a
    name word. Each join is recorded in ``person_evidence``. Call inside the article's
    transaction.

    Args:
        db: the open database (the models are bound to it).
        speaker: the speaker's name as the article gives it, or None.
        speaker_type: ``person``, ``organisation``, ``description`` or None (taken as person).
        role: the speaker's role in this article, recorded in ``role_seen``; or None.
        article: the stored ``Article`` the speaker appears in.
        aliases: other names the article uses for the speaker (e.g. the surname alone).
    """
    kind = speaker_kind(speaker, speaker_type)
    if kind is None or kind == "description":
        return None
    lang = getattr(article, "lang", None)
    if kind == "person":
        display, role_prefix = normalise_name(speaker, lang)
        names = [display] + nicknames(speaker)
        for alias in aliases or ():
            if speaker_kind(alias, "person") == "person":
                names.append(normalise_name(alias, lang).name)
                names += nicknames(alias)
    else:
        display, role_prefix = " ".join(speaker.split()), None
        names = [display]
    role = (role or "").strip() or role_prefix
    keys = list(dict.fromkeys(k for k in map(name_key, names) if k))
    if not keys:
        return None
    with db.atomic():
        if kind == "person":
            _join_named_aliases(keys, role, article)
        person, decision, matched = _find_person(keys, kind, role, article)
        if person is None:
            person = Person.create(key=keys[0], kind=kind, name=display)
        elif decision is not None and decision.rule != "exact":
            _record_evidence(person, names[0], matched, decision, article)
            if kind == "person" and len(keys[0].split()) > len(person.key.split()) \
                    and set(person.key.split()) < set(keys[0].split()):
                # "Brandt" came first; "Donald Brandt" is the fuller name to show.
                person.name, person.key = display, keys[0]
                person.save()
        written = {name_key(speaker): speaker.strip(), **{name_key(n): n for n in names}}
        for key in keys:
            Alias.get_or_create(person=person, normalized=key,
                                defaults={"name": written.get(key, key), "source": "auto"})
        if role:
            see_role(person, role, article)
    return person


def _join_named_aliases(keys, role, article):
    """Join the stored people an article names as one: ``Saifullah Yusuf (Gus Ipul)``.

    When the speaker's own name (``keys[0]``) and a name the article gives as its alias, of
    two or more words, are each exactly the name of one stored person, and their roles do
    not conflict, the alias's person is absorbed into the name's (rule ``article-alias``,
    with the article as evidence). One-word aliases (a surname) never join: two stored
    ``Yusuf`` s may be different people.
    """
    named = [key for key in keys[1:] if len(key.split()) >= 2]
    if not named:
        return  # no query for the usual speaker, known by one name and its surname
    main = _exact_person(keys[0])
    if main is None:
        return
    for key in named:
        other = _exact_person(key)
        if other is None or other.id == main.id:
            continue
        verdict, _ = role_agreement(_stored_roles(main) + ((Role(role, article.lang),) if role else ()),
                                    _stored_roles(other))
        if verdict == "conflict":
            continue
        _absorb(main, other, manual=False)
        PersonEvidence.create(person=main, name=other.name, matched=keys[0], rule="article-alias", score=100.0,
                              article=article if getattr(article, "id", None) else None)


def _exact_person(key):
    """The one stored person with ``key`` as one of its names, or None (none or several)."""
    people = list(Person.select().join(Alias).where((Person.kind == "person") & (Alias.normalized == key))
                  .distinct().limit(2))
    return people[0] if len(people) == 1 else None


def _stored_roles(person):
    return tuple(Role(r.role, r.article.lang) for r in
                 RoleSeen.select(RoleSeen, Article.lang).join(Article).where(RoleSeen.person == person))


def contains_word(field, key):
    """A condition true when the name-key column ``field`` holds ``key`` as whole words."""
    # Keys are words joined by single spaces, so whole-word containment is a LIKE on spaces.
    return ((field == key) | field.startswith(key + " ") | field.endswith(" " + key)
            | field.contains(" " + key + " "))


def _find_person(keys, kind, role, article):
    """``(person, decision, matched_name)`` for a mention, or ``(None, None, None)``."""
    if kind != "person":
        person = (Person.select().join(Alias)
                  .where((Person.kind == kind) & Alias.normalized.in_(keys)).first())
        return person, Decision("exact", 100, True) if person else None, keys[0]
    manual = list(Person.select().join(Alias)
                  .where((Person.kind == "person") & (Alias.source == "manual") & Alias.normalized.in_(keys))
                  .distinct().limit(2))
    if len(manual) == 1:
        return manual[0], Decision("manual-alias", 100, True), keys[0]
    blocked = _blocked(keys)
    mention_roles = (Role(role, article.lang),) if role else ()
    here = _people_in_article(article, blocked)
    found = _choose(keys, here, mention_roles, same_article=True) if here else None
    if found is None:
        found = _choose(keys, _candidates(keys, blocked), mention_roles)
    return found or (None, None, None)


def _choose(keys, people, mention_roles, same_article=False):
    """The one ``(person, decision, matched_name)`` among ``people`` the mention fits, or None.

    First every person is judged as if it were the only candidate; when several fit, they
    are judged again knowing there are that many, so rules that need "the only one" drop
    out, and an exact name wins only if it is the single best.
    """
    if not people:
        return None
    first = _score(keys, people, mention_roles, same_article, candidates=1)
    found = first
    if len(first) > 1:
        found = _score(keys, [f[0] for f in first], mention_roles, same_article, candidates=len(first))
        top = max((f[1].score for f in found), default=0)
        best = [f for f in found if f[1].score == top]
        if len(best) == 1 and top >= AMBIGUOUS_JOIN_MIN:
            found = best
        elif len(found) != 1:
            # Only one of them was already called by exactly this name: that one.
            found = [f for f in first if f[2] in keys]
    return found[0] if len(found) == 1 else None


def _blocked(keys):
    # Person ids a split decision keeps these names away from.
    return {d.person_id for d in MergeDecision.select(MergeDecision.person, MergeDecision.alias)
            .where(MergeDecision.action == "split") if name_key(d.alias) in keys}


def _people_in_article(article, blocked):
    people = (Person.select().join(Quote).where((Quote.article == article) & (Person.kind == "person"))
              .distinct())
    return [p for p in people if p.id not in blocked]


def _candidates(keys, blocked):
    words = {w for k in keys for w in k.split() if len(w) >= CANDIDATE_WORD_MIN}
    if not words:
        return []
    condition = None
    for word in words:
        part = contains_word(Alias.normalized, word)
        condition = part if condition is None else condition | part
    people = Person.select().join(Alias).where((Person.kind == "person") & condition).distinct()
    return [p for p in people if p.id not in blocked]


def _score(keys, people, mention_roles, same_article, candidates):
    """``[(person, best positive Decision, matched name)]`` for the people the mention fits."""
    found = []
    for person in people:
        names = [a.normalized for a in person.aliases]
        roles = _stored_roles(person)
        context = MatchContext(mention_roles, roles, candidates=candidates, same_article=same_article)
        best, judged = None, []
        for key in keys:
            for name in names:
                decision = same_person(key, name, context)
                judged.append((key, name, decision))
                if decision.same and (best is None or decision.score > best[1].score):
                    best = (person, decision, name)
        if best and best[1].score < AMBIGUOUS_JOIN_MIN and _contradicted(best, judged):
            best = None
        if best:
            found.append(best)
    return found


def _contradicted(best, judged):
    """A weak join through a short stored name that a fuller stored name rules out.

    "Tony Blinken" fits the stored "Blinken" by surname, but that person is also "Antony
    Blinken", a different full name: the short name must not carry the join.
    """
    _, decision, matched = best
    for key, name, other in judged:
        if (len(key.split()) > 1 and len(name.split()) > len(matched.split())
                and other.rule == "different-names"):
            return True
    return False


def _record_evidence(person, name, matched, decision, article):
    PersonEvidence.get_or_create(
        person=person, name=name, rule=decision.rule,
        defaults={"matched": matched, "score": float(decision.score),
                  "article": article if getattr(article, "id", None) else None})


def see_role(person, role, article):
    """Record that ``article`` gave ``person`` the role ``role``, widening its date span."""
    seen, created = RoleSeen.get_or_create(
        person=person, role=role,
        defaults={"article": article, "first_date": article.date, "last_date": article.date})
    if created or article.date is None:
        return
    if seen.first_date is None or article.date < seen.first_date:
        seen.first_date = article.date
    if seen.last_date is None or article.date > seen.last_date:
        seen.last_date = article.date
    seen.save()


# -- manual decisions ---------------------------------------------------------------------------


def _keys_of(person):
    return sorted({a.normalized for a in person.aliases})


def merge_people(db, keep, other, note=None, record=True):
    """Merge person ``other`` into ``keep``: quotes, names, roles and evidence move; ``other`` goes.

    ``other``'s names become manual names of ``keep``, so later articles naming them join
    ``keep``; the decision is stored and re-applied by ``rebuild_people``.

    Args:
        db: the open database.
        keep, other: ``Person`` rows (different ones, of the same kind).
        note: why, kept with the decision.
        record: store the decision (False when replaying one).

    Raises:
        IdentityError: ``keep`` and ``other`` are one person.
    """
    if keep.id == other.id:
        raise IdentityError("cannot merge a person with itself")
    with db.atomic():
        keep_keys, other_keys = _keys_of(keep), _keys_of(other)
        other_name = other.name
        _absorb(keep, other, manual=True)
        PersonEvidence.create(person=keep, name=other_name, matched=keep.name, rule="manual-merge",
                              score=100.0)
        if record:
            MergeDecision.create(action="merge", person=keep, alias=other_name, note=note,
                                 keys=json.dumps(keep_keys), other_keys=json.dumps(other_keys))
    return keep


def _absorb(keep, other, manual):
    """Move ``other``'s quotes, names, roles, evidence and decisions to ``keep``; delete ``other``.

    With ``manual`` the moved names become manual names (a user's merge); otherwise they keep
    how they were learnt (an automatic join).
    """
    Quote.update(person=keep).where(Quote.person == other).execute()
    for alias in list(other.aliases):
        mine = Alias.select().where((Alias.person == keep) & (Alias.normalized == alias.normalized))
        if mine.exists():
            if manual:
                Alias.update(source="manual").where(
                    (Alias.person == keep) & (Alias.normalized == alias.normalized)).execute()
            alias.delete_instance()
        else:
            alias.person = keep
            if manual:
                alias.source = "manual"
            alias.save()
    for seen in list(other.roles):
        mine = RoleSeen.get_or_none(person=keep, role=seen.role)
        if mine is None:
            seen.person = keep
            seen.save()
        else:
            _widen(mine, seen.first_date, seen.last_date)
            seen.delete_instance()
    PersonEvidence.update(person=keep).where(PersonEvidence.person == other).execute()
    MergeDecision.update(person=keep).where(MergeDecision.person == other).execute()
    other.delete_instance()


def _widen(seen, first, last):
    if first and (seen.first_date is None or first < seen.first_date):
        seen.first_date = first
    if last and (seen.last_date is None or last > seen.last_date):
        seen.last_date = last
    seen.save()


def split_person(db, person, alias_name, note=None, record=True):
    """Give the name ``alias_name`` of ``person`` its own new person; return the new person.

    Quotes whose speaker is that name move with it, roles are recounted on both sides, and
    the decision keeps the name away from ``person`` in later articles and rebuilds.

    Raises:
        IdentityError: ``person`` has no such name, or it is the only name left.
    """
    key = name_key(normalise_name(alias_name).name) or name_key(alias_name)
    names = {a.normalized: a for a in person.aliases}
    if key not in names:
        raise IdentityError(f"{person.name} (id {person.id}) has no name {alias_name!r}; "
                         f"its names are: {', '.join(a.name for a in names.values())}")
    if len(names) == 1:
        raise IdentityError(f"{alias_name!r} is the only name of {person.name} (id {person.id})")
    with db.atomic():
        keys_before = _keys_of(person)
        written = names[key].name
        new = Person.create(key=key, kind=person.kind, name=written)
        names[key].person, names[key].source = new, "manual"
        names[key].save()
        moved = [q for q in Quote.select().where(Quote.person == person)
                 if name_key(normalise_name(q.speaker or "").name) == key]
        if moved:
            Quote.update(person=new).where(Quote.id.in_([q.id for q in moved])).execute()
        if person.key == key:
            rest = sorted(a for a in names if a != key)
            person.key, person.name = rest[0], Alias.get(person=person, normalized=rest[0]).name
            person.save()
        for who in (person, new):
            recount_roles(who)
        PersonEvidence.create(person=new, name=written, matched=person.name, rule="manual-split", score=100.0)
        if record:
            MergeDecision.create(action="split", person=person, other=new, alias=alias_name.strip(), note=note,
                                 keys=json.dumps([k for k in keys_before if k != key]),
                                 other_keys=json.dumps([key]))
    return new


def recount_roles(person):
    """Rebuild ``person``'s ``role_seen`` rows from the roles of its stored quotes."""
    RoleSeen.delete().where(RoleSeen.person == person).execute()
    for quote in (Quote.select(Quote, Article).join(Article).where(Quote.person == person)
                  .order_by(Article.date.asc(nulls="LAST"), Article.id)):
        role = (quote.role or "").strip() or normalise_name(quote.speaker or "").role_prefix
        if role:
            see_role(person, role, quote.article)


def add_alias(db, person, name, note=None, record=True):
    """Add ``name`` as a manual name of ``person``: later mentions of it join this person.

    Raises:
        IdentityError: the name is empty.
    """
    key = name_key(normalise_name(name).name)
    if not key:
        raise IdentityError(f"{name!r} is not a name")
    with db.atomic():
        alias, created = Alias.get_or_create(person=person, normalized=key,
                                             defaults={"name": name.strip(), "source": "manual"})
        if not created and alias.source != "manual":
            alias.source = "manual"
            alias.save()
        if record:
            MergeDecision.create(action="alias", person=person, alias=name.strip(), note=note,
                                 keys=json.dumps(_keys_of(person)), other_keys=json.dumps([key]))
    return alias


def _person_holding(keys, kind=None):
    """The person holding the most of ``keys`` as names, or None."""
    counts = {}
    query = Person.select(Person.id).join(Alias).where(Alias.normalized.in_(list(keys)))
    if kind:
        query = query.where(Person.kind == kind)
    for row in query.tuples():
        counts[row[0]] = counts.get(row[0], 0) + 1
    if not counts:
        return None
    return Person.get_by_id(max(counts, key=lambda pid: (counts[pid], -pid)))


def apply_decision(db, decision):
    """Re-apply one stored decision (a dict of ``merge_decision`` fields); True if it changed anything."""
    keys = json.loads(decision.get("keys") or "[]")
    other_keys = json.loads(decision.get("other_keys") or "[]")
    person = _person_holding(keys) if keys else None
    if decision["action"] == "merge":
        other = _person_holding(other_keys)
        if person is None or other is None or person.id == other.id:
            return False
        merge_people(db, person, other, decision.get("note"), record=False)
    elif decision["action"] == "split":
        alias = decision["alias"]
        holder = _person_holding([name_key(normalise_name(alias).name)])
        if holder is None or len(holder.aliases) < 2:
            return False
        split_person(db, holder, alias, decision.get("note"), record=False)
    elif decision["action"] == "alias":
        if person is None:
            return False
        add_alias(db, person, decision["alias"], decision.get("note"), record=False)
    else:
        return False
    return True


def rebuild_people(db):
    """Resolve every stored quote's speaker again from scratch, then replay manual decisions.

    Use after the identity rules change. Articles are taken oldest first; the decisions
    (``merge``, ``split``, ``alias``) are re-applied in the order they were made, by name,
    so they survive though every person id changes. Returns the number of people after.
    """
    columns = ("action", "alias", "note", "keys", "other_keys", "decided_at")
    decisions = [{c: getattr(d, c) for c in columns}
                 for d in MergeDecision.select().order_by(MergeDecision.decided_at, MergeDecision.id)]
    with db.atomic():
        Quote.update(person=None).execute()
        for model in (PersonEvidence, MergeDecision, RoleSeen, Alias, Person):
            model.delete().execute()
        for article in Article.select().order_by(Article.date.asc(nulls="LAST"), Article.id):
            for quote in Quote.select().where(Quote.article == article).order_by(Quote.start, Quote.id):
                person = resolve_person(db, quote.speaker, quote.speaker_type, quote.role, article)
                if person is not None:
                    quote.person = person
                    quote.save()
        for decision in decisions:
            apply_decision(db, decision)
            MergeDecision.create(**{**decision, "person": _decision_person(decision)})
    return Person.select().count()


def _decision_person(decision):
    keys = json.loads(decision.get("keys") or "[]") or [decision.get("alias")]
    return _person_holding(keys)  # None: nobody holds those names now; the decision stays on record
