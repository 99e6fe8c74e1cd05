"""People: name normalisation and identity rules as tables (both directions), and the store
side: evidence, manual merge/split/alias surviving new articles and rebuilds (SQLite and
PostgreSQL)."""
import pytest

from quotetrack.errors import IdentityError
from quotetrack.people import (
    MatchContext, Role, add_alias, merge_people, normalise_name, rebuild_people, role_agreement,
    same_person, speaker_kind, split_person,
)
from quotetrack.store import get_person, ingest_articles, list_people
from quotetrack.store.models import Alias, MergeDecision, Person, PersonEvidence, Quote
from quotetrack.store.queries import person_details

from tests.conftest import make_article


@pytest.mark.parametrize("written, name, role_prefix", [
    ("Antony Blinken", "Antony Blinken", None),
    ("Menlu AS Antony Blinken", "Antony Blinken", "Menlu AS"),
    ("Menteri Luar Negeri AS Antony Blinken", "Antony Blinken", "Menteri Luar Negeri AS"),
    ("Secretary of State Antony Blinken", "Antony Blinken", "Secretary of State"),
    ("Presiden Joko Widodo", "Joko Widodo", "Presiden"),
    ("Kombes Yusuf Yunus", "Yusuf Yunus", "Kombes"),
    ("Komisaris Besar Yusuf Yunus", "Yusuf Yunus", "Komisaris Besar"),
    ("Jenderal (Pol) Lukas Sigit Pranowo", "Lukas Sigit Pranowo", "Jenderal Pol"),
    ("Kapolres Tasikmalaya Kota AKBP Moch Fajar Rozak", "Moch Fajar Rozak", "Kapolres Tasikmalaya Kota AKBP"),
    ("Pak Budi", "Budi", None),
    ("Bu Rina", "Rina", None),
    ("Dr. H. Ahmad Yani, S.H., M.H.", "Ahmad Yani", None),
    ("Prof. Dr. Ir. Budi Santoso", "Budi Santoso", None),
    ("Hj. Siti Aminah", "Siti Aminah", None),
    ("Mr Smith", "Smith", None),
    ("Sen. Danny Sandler", "Danny Sandler", "Sen."),
    ("Gov. Ron DeSanto", "Ron DeSanto", "Gov."),
    ("Munandar 'Andi' Arifuddin", "Munandar Arifuddin", None),
    # Name order and single names are kept; a title alone is not stripped to nothing.
    ("Lu Jianhua", "Lu Jianhua", None),
    ("Ri Song Un", "Ri Song Un", None),
    ("Prawiro", "Prawiro", None),
    ("Gus Ilham", "Gus Ilham", None),
    ("Presiden", "Presiden", None),
])
def test_normalise_name(written, name, role_prefix):
    assert tuple(normalise_name(written)) == (name, role_prefix)


@pytest.mark.parametrize("written, declared, kind", [
    ("Kementerian Luar Negeri Tiongkok", "person", "organisation"),
    ("Associated Press", None, "organisation"),
    ("UN", None, "organisation"),
    ("para ahli", "person", "description"),
    ("officials", None, "description"),
    ("the board", None, "description"),
    ("Civil rights activists", None, "description"),
    ("Ri Song Un", "person", "person"),  # "Un" is not the UN
    ("Antony Blinken", None, "person"),
    ("", None, None),
])
def test_speaker_kind(written, declared, kind):
    assert speaker_kind(written, declared) == kind


FM = "Menteri Luar Negeri AS"
SAME = [
    # (a, b, context, rule)
    ("Antony Blinken", "antony  BLINKEN", MatchContext(), "exact"),
    ("Antony J. Blinken", "Antony Blinken", MatchContext(), "middle-initial"),
    ("Menlu AS Antony Blinken", "Antony Blinken", MatchContext(), "exact"),
    ("Blinken", "Antony Blinken", MatchContext((FM,), (FM,)), "surname-same-role"),
    ("Blinken", "Antony Blinken", MatchContext((Role("Menlu AS", "id"),), (Role("Secretary of State", "en"),)),
     "surname-unique"),
    ("Blinken", "Antony Blinken", MatchContext((FM,), ("mantan Menteri Luar Negeri",)), "surname-same-role"),
    ("Lin Jian", "Lin Jiang", MatchContext(("juru bicara Kementerian Luar Negeri Tiongkok",),
                                           ("Juru Bicara Kemenlu Tiongkok", "juru bicara Kementerian Luar Negeri Tiongkok")),
     "spelling-variant-same-role"),
    ("Zelensky", "Zelenskyy", MatchContext(("Presiden Ukraina",), ("Presiden Ukraina",)),
     "spelling-variant-same-role"),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy", MatchContext(("President of Ukraine",), ("Ukraine's President",)),
     "spelling-variant-same-role"),
    ("Moch Fajar Rozak", "Mochammad Fajar Rozak", MatchContext(), "abbreviated-name"),
    ("Teddy", "Teddy Indra Wijana", MatchContext(("Sekretaris Kabinet",), ("Seskab",)), "short-name-same-role"),
    ("Budi", "Budi", MatchContext(("Camat Menteng",), ("Camat Menteng",)), "one-word-name-same-role"),
    ("Mu'in", "Abdul Mu'in", MatchContext(same_article=True), "surname-same-article"),
    ("Tony Blinken", "Antony Blinken", MatchContext(), "nickname-unique"),
    ("Bill Carver", "William Carver", MatchContext(("former president",), ("former president",)), "nickname-same-role"),
]
APART = [
    ("Ri Song Un", "Ri Yo Jong", MatchContext(("pemimpin Korea Utara",), ("pemimpin Korea Utara",))),
    ("Joko Widodo", "Joko Arianto", MatchContext()),
    ("Joko", "Joko Widodo", MatchContext(("sutradara",), ("Presiden",))),
    ("Budi", "Budi", MatchContext(("Kepala Dinas Sumber Daya Air",), ("Kapolsek Menteng",))),
    ("Budi", "Budi Santoso", MatchContext()),  # a given name alone, nothing to back it
    ("Lin Jian", "Lin Jiang", MatchContext()),  # a spelling variant needs evidence
    ("Lin Jian", "Lin Jiang", MatchContext(("pemain bulu tangkis",), ("juru bicara Kemenlu Tiongkok",))),
    ("Agus", "Bagus", MatchContext(("Camat",), ("Camat",))),
    ("Blinken", "Antony Blinken", MatchContext(candidates=2)),  # two Blinkens known: which one?
    ("Blinken", "Antony Blinken", MatchContext(("pemain sepak bola",), (FM,))),
    ("Hillary Carver", "Bill Carver", MatchContext()),
    ("Lu Jianhua", "Lu Meiling", MatchContext()),
    ("Tony Blinken", "Antony Blinken", MatchContext(("pemain sepak bola",), (FM,))),  # a short form, but another job
    ("Tony Blinken", "Antony Blinken", MatchContext(candidates=2)),
    ("Eddy Suparmo", "Freddy Suparmo", MatchContext()),  # not a short form: two people
]


@pytest.mark.parametrize("a, b, context, rule", SAME)
def test_same_person_in_both_directions(a, b, context, rule):
    flipped = MatchContext(context.roles_b, context.roles_a, context.candidates, context.same_article)
    for decision in (same_person(a, b, context), same_person(b, a, flipped)):
        assert decision.same and decision.rule == rule and decision.score > 0


@pytest.mark.parametrize("a, b, context", APART)
def test_different_people_in_both_directions(a, b, context):
    flipped = MatchContext(context.roles_b, context.roles_a, context.candidates, context.same_article)
    assert not same_person(a, b, context)
    assert not same_person(b, a, flipped)


@pytest.mark.parametrize("a, b, verdict", [
    (FM, "mantan Menteri Luar Negeri", "agree"),
    ("Menlu", FM, "agree"),
    ("Kepala Dinas Sumber Daya Air", "Kapolsek Menteng", "conflict"),
    (Role("Secretary of State", "en"), Role(FM, "id"), "unknown"),
    ("", FM, "unknown"),
])
def test_role_agreement(a, b, verdict):
    assert role_agreement((a,), (b,))[0] == verdict


# -- the store ---------------------------------------------------------------------------------

def _people(*names):
    return {name: Person.get(Person.name == name) for name in names}


def test_surname_joins_with_evidence_and_roles_over_time(db, fake_engine):
    ingest_articles([
        make_article("p1", '"Kami siap," kata Antony Blinken, Menteri Luar Negeri AS.', "2023-01-05"),
        make_article("p2", '"Tetap," kata Blinken, Menteri Luar Negeri AS.', "2024-02-01"),
        make_article("p3", '"Sudah lama," kata Antony Blinken, mantan Menteri Luar Negeri.', "2025-03-01"),
    ], db)
    blinken = get_person("Blinken")
    assert Person.select().count() == 1 and blinken.name == "Antony Blinken"
    details = person_details(blinken)
    assert [(r["role"], str(r["first_date"]), str(r["last_date"]), r["articles"]) for r in details["roles"]] == [
        ("Menteri Luar Negeri AS", "2023-01-05", "2024-02-01", ["p1", "p2"]),
        ("mantan Menteri Luar Negeri", "2025-03-01", "2025-03-01", ["p3"]),
    ]
    assert [(e["name"], e["matched"], e["rule"], e["article_id"]) for e in details["evidence"]] == [
        ("Blinken", "antony blinken", "surname-same-role", "p2")]


def test_two_budis_with_different_roles_stay_apart(db, fake_engine):
    ingest_articles([
        make_article("b1", '"Pompa siap," kata Budi, Kepala Dinas Sumber Daya Air.'),
        make_article("b2", '"Pelaku ditangkap," kata Budi, Kapolsek Menteng.'),
        make_article("b3", '"Air surut," kata Budi, Kepala Dinas Sumber Daya Air.'),
    ], db)
    budis = list(Person.select().where(Person.key == "budi").order_by(Person.id))
    assert len(budis) == 2
    assert [q.article.external_id for q in Quote.select().where(Quote.person == budis[0])] == ["b1", "b3"]


def test_organisations_and_descriptions_are_not_people(db, fake_engine, monkeypatch):
    from quotetrack.engine.quote import Quote as EngineQuote

    def extract(text, lang=None):
        return [EngineQuote(1, 5, "Kami", "direct", speaker="Kementerian Luar Negeri Tiongkok",
                            speaker_type="person"),
                EngineQuote(8, 12, "siap", "direct", speaker="para ahli", speaker_type="description")]

    monkeypatch.setattr("quotetrack.extract.extract_quotes", extract)
    ingest_articles([make_article("o1", '"Kami" "siap" lorem ipsum.')], db)
    assert [(p.name, p.kind) for p in Person.select()] == [("Kementerian Luar Negeri Tiongkok", "organisation")]
    assert Quote.select().where(Quote.person.is_null()).get().speaker == "para ahli"


def test_a_short_given_name_joins_with_its_evidence(db, fake_engine):
    ingest_articles([make_article("n1", '"Ya," kata Antony Blinken, Secretary of State.', "2024-01-01"),
                     make_article("n2", '"Tidak," kata Tony Blinken.', "2024-01-02")], db)
    assert [p.name for p in Person.select()] == ["Antony Blinken"]
    assert PersonEvidence.select().where(PersonEvidence.rule == "nickname-unique").count() == 1


def test_manual_decisions_survive_new_articles_and_rebuilds(db, fake_engine):
    ingest_articles([
        make_article("m1", '"Ya," kata Antony Blinken, Secretary of State.', "2024-01-01"),
        make_article("m2", '"Tidak," kata Toni Blinken.', "2024-01-02"),
        make_article("m3", '"Mungkin," kata Budi Santoso, Camat.', "2024-01-03"),
        make_article("m4", '"Nanti," kata Santoso, Camat.', "2024-01-04"),
    ], db)
    people = _people("Antony Blinken", "Toni Blinken", "Budi Santoso")
    assert len(people) == 3  # "Toni" is not "Antony" without evidence
    merge_people(db, people["Antony Blinken"], people["Toni Blinken"], note="same man")
    budi = people["Budi Santoso"]
    assert {a.normalized for a in budi.aliases} == {"budi santoso", "santoso"}
    split_person(db, budi, "Santoso", note="another Santoso")
    add_alias(db, people["Antony Blinken"], "Menlu Blinken")

    def state():
        return {p.name: sorted(q.article.external_id for q in p.quotes) for p in Person.select()}

    expected = {"Antony Blinken": ["m1", "m2"], "Budi Santoso": ["m3"], "Santoso": ["m4"]}
    assert state() == expected
    # New articles follow the decisions.
    ingest_articles([make_article("m5", '"Lagi," kata Toni Blinken.', "2024-02-01"),
                     make_article("m6", '"Lagi," kata Santoso, Camat.', "2024-02-02")], db)
    expected = {"Antony Blinken": ["m1", "m2", "m5"], "Budi Santoso": ["m3"], "Santoso": ["m4", "m6"]}
    assert state() == expected
    # So does re-processing everything from scratch.
    rebuild_people(db)
    assert state() == expected
    assert sorted(d.action for d in MergeDecision.select()) == ["alias", "merge", "split"]
    blinken = get_person("Antony Blinken")
    assert {(a.name, a.source) for a in blinken.aliases} >= {("Toni Blinken", "manual"), ("Menlu Blinken", "manual")}
    assert PersonEvidence.select().where(PersonEvidence.rule == "manual-merge").count() == 1
    assert [r["name"] for r in list_people("Toni Blinken")] == ["Antony Blinken"]


def test_manual_decisions_refuse_nonsense(db, fake_engine):
    ingest_articles([make_article("n1", '"Ya," kata Antony Blinken.')], db)
    blinken = get_person("Blinken")
    with pytest.raises(IdentityError):
        merge_people(db, blinken, blinken)
    with pytest.raises(IdentityError, match="only name"):
        split_person(db, blinken, "Antony Blinken")
    with pytest.raises(IdentityError, match="no name"):
        split_person(db, blinken, "Budi")
    assert Alias.select().count() == 1


def _engine_with_aliases(monkeypatch, table):
    """An engine stand-in giving each article's one quote the speaker and aliases in ``table``."""
    from quotetrack.engine.quote import Quote as EngineQuote

    def extract(text, lang=None):
        speaker, role, aliases = table[text]
        return [EngineQuote(0, 4, text[:4], "direct", speaker=speaker, role=role, speaker_type="person",
                            speaker_aliases=list(aliases))]

    monkeypatch.setattr("quotetrack.extract.extract_quotes", extract)


def test_an_article_naming_two_stored_people_as_one_joins_them(db, monkeypatch):
    _engine_with_aliases(monkeypatch, {
        "Kami siap membantu.": ("Gus Ilham", None, ()),
        "Data sudah satu.": ("Saifuddin Yusran", "Menteri Sosial", ()),
        "Bantuan naik tahun ini.": ("Saifuddin Yusran", "Menteri Sosial", ("Gus Ilham",)),
        "Sekolah dibuka.": ("Gus Ilham", None, ()),
    })
    ingest_articles([make_article(f"g{n}", text) for n, text in enumerate(
        ["Kami siap membantu.", "Data sudah satu.", "Bantuan naik tahun ini.", "Sekolah dibuka."])], db)
    assert [p.name for p in Person.select()] == ["Saifuddin Yusran"]
    assert Quote.select().where(Quote.person.is_null()).count() == 0
    evidence = PersonEvidence.get(PersonEvidence.rule == "article-alias")
    assert (evidence.name, evidence.article.external_id) == ("Gus Ilham", "g2")
    assert MergeDecision.select().count() == 0  # an automatic join, not a user's decision


def test_one_word_aliases_and_conflicting_roles_join_nobody(db, monkeypatch):
    _engine_with_aliases(monkeypatch, {
        "Pompa siap.": ("Yusuf", "Kepala Dinas Sumber Daya Air", ()),
        "Data sudah satu.": ("Saifuddin Yusran", "Menteri Sosial", ()),
        "Bantuan naik.": ("Saifuddin Yusran", "Menteri Sosial", ("Yusuf",)),
        "Pelaku ditangkap.": ("Ali Yusuf Rahman", "Kapolsek Menteng", ()),
        "Harga turun.": ("Ali Rahman", "Menteri Perdagangan", ()),
        "Harga naik.": ("Ali Rahman", "Menteri Perdagangan", ("Ali Yusuf Rahman",)),
    })
    ingest_articles([make_article(f"y{n}", text) for n, text in enumerate(
        ["Pompa siap.", "Data sudah satu.", "Bantuan naik.", "Pelaku ditangkap.", "Harga turun.", "Harga naik."])], db)
    names = sorted(p.name for p in Person.select())
    assert "Yusuf" in names and "Saifuddin Yusran" in names  # a surname alias joins no stored person
    assert "Ali Yusuf Rahman" in names  # a Kapolsek is no Menteri: the roles conflict
    assert PersonEvidence.select().where(PersonEvidence.rule == "article-alias").count() == 0
