"""The NER recipe: readers on inline samples, a tiny end-to-end training run, the shipped models."""
import json

import pytest
import spacy

from quotetrack.train import ner
from quotetrack.train.load import PERSON_LABELS, load_ner, shipped_model_dir
from quotetrack.train.ner import NerSettings, TaggedSentence, TrainingDataError

# Tiny, fast settings: the code path is what is tested here, not the model's quality.
TINY = NerSettings(width=16, depth=1, embed_rows=(300, 100, 100, 50), hidden_width=16, batch_start=2.0,
                   batch_stop=4.0, learn_rate=0.01)

IDNER_SAMPLE = """\
Soal PROPN O
itu DET O
urusan NOUN O
nanti NOUN O
, PUNCT O
kata NOUN O
Anis PROPN B-PER
Baswedan PROPN I-PER
di ADP O
Samarinda PROPN B-LOC
. PUNCT O

Menurut ADP O
Partai PROPN B-ORG
Golkar PROPN I-ORG
, PUNCT O
ya INTJ O
. PUNCT O
"""

NERGRIT_SAMPLE = "Joko\tB-PERSON\nSantoso\tI-PERSON\nlahir\tO\ndi\tO\nSurakarta\tB-PLACE\n.\tO\n\n" \
                 "Ia\tO\nmemimpin\tO\nPDI-P\tB-ORGANISATION\n.\tO\n"

GMB_SAMPLE = '''\
Sentence #,Word,POS,Tag
Sentence: 1,President,NNP,B-per
,George,NNP,I-per
,Bosch,NNP,I-per
,said,VBD,O
,"10,000",CD,O
,Iraqi,JJ,B-gpe
,troops,NNS,O
,left,VBD,O
,Baghdad,NNP,B-geo
,.,.,O
Sentence: 2,"""",``,O
,Mr.,NNP,B-per
,Anand,NNP,I-per
,of,IN,O
,the,DT,O
,United,NNP,B-org
,Nations,NNP,I-org
,spoke,VBD,O
,Tuesday,NNP,B-tim
,.,.,O
'''

GUM_SAMPLE = """\
# newdoc id = GUM_news_sample
# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity
# sent_id = GUM_news_sample-1
# text = US President Donald Brandt met the Crown prosecutor, Mark Tedesco, in Sydney.
1\tUS\tUS\tPROPN\tNNP\t_\t4\tcompound\t_\tEntity=(1-person-new-sssss-cf1-4-coref-Donald_Brandt(2-place-new-sssss-cf2-1-coref-United_States)
2\tPresident\tpresident\tPROPN\tNNP\t_\t4\tcompound\t_\t_
3\tDonald\tDonald\tPROPN\tNNP\t_\t4\tcompound\t_\t_
4\tBrandt\tBrandt\tPROPN\tNNP\t_\t5\tnsubj\t_\tEntity=1)
5\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
6\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\tEntity=(3-person-new-sssss-cf3-3-sgl
7\tCrown\tCrown\tPROPN\tNNP\t_\t8\tcompound\t_\tEntity=(4-organization-new-sssss-cf4-1-sgl-Crown)
8\tprosecutor\tprosecutor\tNOUN\tNN\t_\t5\tobj\t_\tSpaceAfter=No
9\t,\t,\tPUNCT\t,\t_\t10\tpunct\t_\t_
10\tMark\tMark\tPROPN\tNNP\t_\t8\tappos\t_\t_
11\tTedesco\tTedesco\tPROPN\tNNP\t_\t10\tflat\t_\tEntity=3)
12\tin\tin\tADP\tIN\t_\t13\tcase\t_\t_
13\tSydney\tSydney\tPROPN\tNNP\t_\t5\tobl\t_\tEntity=(5-place-new-sssss-cf5-1-sgl-Sydney)
14\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_

# sent_id = GUM_news_sample-2
# text = It wasn't the team.
1\tIt\tit\tPRON\tPRP\t_\t5\tnsubj\t_\tEntity=(1-person-giv:act-sssss-cf1-1-coref)
2-3\twasn't\t_\t_\t_\t_\t_\t_\t_\t_
2\twas\tbe\tAUX\tVBD\t_\t5\tcop\t_\t_
3\tn't\tnot\tPART\tRB\t_\t5\tadvmod\t_\t_
4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\tEntity=(6-organization-new-sssss-cf6-2-sgl
5\tteam\tteam\tNOUN\tNN\t_\t0\troot\t_\tEntity=6)
6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_
"""


def spans(sentence: TaggedSentence):
    """(label, text) for each BIO span of ``sentence``."""
    out = []
    for word, tag in zip(sentence.words, sentence.tags):
        if tag.startswith("B-"):
            out.append((tag[2:], [word]))
        elif tag.startswith("I-"):
            out[-1][1].append(word)
    return [(label, " ".join(words)) for label, words in out]


def test_read_idner():
    first, second = ner.read_idner(IDNER_SAMPLE.splitlines())
    assert spans(first) == [("PER", "Anis Baswedan"), ("LOC", "Samarinda")]
    assert spans(second) == [("ORG", "Partai Golkar")]


def test_read_nergrit_maps_labels():
    first, second = ner.read_nergrit(NERGRIT_SAMPLE.splitlines())
    assert spans(first) == [("PER", "Joko Santoso"), ("LOC", "Surakarta")]
    assert spans(second) == [("ORG", "PDI-P")]


def test_read_gmb_strips_titles_and_drops_demonyms():
    first, second = ner.read_gmb(GMB_SAMPLE.splitlines(keepends=True))
    assert first.words[4] == "10,000"
    # gpe is demonyms ("Iraqi"), tim is dates: neither is a name we tag.
    assert spans(first) == [("PER", "George Bosch"), ("LOC", "Baghdad")]
    assert second.words[0] == '"'
    assert spans(second) == [("PER", "Anand"), ("ORG", "United Nations")]


def test_read_gmb_rejects_other_csv():
    with pytest.raises(TrainingDataError, match="header"):
        list(ner.read_gmb(["a,b,c\n"]))


def test_read_gum_derives_name_spans():
    (doc_id, first), (_, second) = ner.read_gum(GUM_SAMPLE.splitlines())
    assert doc_id == "GUM_news_sample"
    assert spans(first) == [("LOC", "US"), ("PER", "Donald Brandt"), ("ORG", "Crown"),
                            ("PER", "Mark Tedesco"), ("LOC", "Sydney")]
    # Multiword-token lines are skipped; pronoun and nominal mentions are not names.
    assert second.words == ("It", "was", "n't", "the", "team", ".")
    assert spans(second) == []


@pytest.mark.parametrize("tags, expected", [
    (["B-PERSON", "I-PERSON", "O"], ("B-PER", "I-PER", "O")),
    (["I-PLACE", "I-PLACE"], ("B-LOC", "I-LOC")),  # stray I- starts an entity
    (["B-PERSON", "I-PLACE"], ("B-PER", "B-LOC")),  # I- of another label starts a new one
    (["B-EVENT", "I-EVENT"], ("O", "O")),  # labels we do not tag
])
def test_map_bio(tags, expected):
    assert ner.map_bio(tags, ner.NERGRIT_LABELS) == expected


TRAIN_SENTENCES = [
    ("John Smith said prices would rise .", ["B-PER", "I-PER", "O", "O", "O", "O", "O"]),
    ("According to Mary Jones , the Treasury agreed .", ["O", "O", "B-PER", "I-PER", "O", "O", "B-ORG", "O", "O"]),
    ("Prices will rise , said John Smith .", ["O", "O", "O", "O", "O", "B-PER", "I-PER", "O"]),
    ("The Federal Reserve raised rates .", ["O", "B-ORG", "I-ORG", "O", "O", "O"]),
    ("Mary Jones arrived in Boston .", ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
]


def test_tiny_training_learns_its_sentences():
    sentences = [TaggedSentence(tuple(text.split()), tuple(tags)) for text, tags in TRAIN_SENTENCES]
    nlp = ner.build_pipeline("en", TINY)
    best_epoch, dev = ner.train_pipeline(nlp, sentences * 4, sentences, TINY, epochs=12)
    assert best_epoch >= 1
    assert dev["overall"]["f"] > 50.0


def write_en_corpus(root):
    """A miniature of the shared data folder's English part, in the real formats."""
    gmb = root / "en_ner" / "gmb"
    gum = root / "en_ner" / "gum_news"
    gmb.mkdir(parents=True)
    gum.mkdir(parents=True)
    header, *rows = GMB_SAMPLE.splitlines(keepends=True)
    sentences = "".join(rows).split("Sentence: ")[1:]
    body = "".join(f"Sentence: {n + 1},{sentences[n % 2].split(',', 1)[1]}" for n in range(20))
    (gmb / "ner_dataset.csv").write_bytes((header + body).replace("\n", "\r\n").encode("cp1252"))
    (gum / "GUM_news_sample.conllu").write_text(GUM_SAMPLE, encoding="utf-8")
    held_out = GUM_SAMPLE.replace("GUM_news_sample", "GUM_news_nasa")
    (gum / "GUM_news_nasa.conllu").write_text(held_out, encoding="utf-8")


def test_train_ner_end_to_end(tmp_path):
    write_en_corpus(tmp_path / "data")
    data = ner.load_ner_data("en", tmp_path / "data")
    assert len(data.tests["gmb test"]) == 2  # the last 10% of 20 sentences
    assert len(data.tests["gum-news test"]) == 2  # GUM_news_nasa is held out
    out = tmp_path / "ner_en"
    report = ner.train_ner("en", tmp_path / "data", out, epochs=2, settings=TINY)
    assert set(report.held_out) == {"gmb test", "gum-news test"}
    scores = json.loads((out / "scores.json").read_text(encoding="utf-8"))
    assert scores["held_out"]["gmb test"]["PER"].keys() == {"p", "r", "f"}
    nlp = spacy.load(out)
    # The saved pipeline (fresh vocab, averaged weights) scores exactly as reported.
    assert ner.score_ner(nlp, data.tests["gmb test"]) == report.held_out["gmb test"]
    assert nlp.pipe_names == ["ner"]
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    assert "held-out set" in ner.format_scores(report)


def test_train_ner_names_missing_data(tmp_path):
    with pytest.raises(TrainingDataError, match="ner_dataset.csv"):
        ner.train_ner("en", tmp_path, tmp_path / "out", epochs=1, settings=TINY)


def test_load_ner_unknown_language_is_none():
    assert load_ner("xx") is None


def shipped(lang, *values):
    """A parameter set that is skipped when ``ner_<lang>`` is not in the package."""
    missing = not shipped_model_dir(lang).joinpath("meta.json").is_file()
    return pytest.param(lang, *values, marks=pytest.mark.skipif(missing, reason=f"no shipped ner_{lang} model"))


@pytest.mark.parametrize("lang, text, person", [
    shipped("id", "Menteri Luar Negeri Retno Marsudi mengatakan Indonesia mendukung perdamaian .", "Retno Marsudi"),
    shipped("id", "Hal itu disampaikan Presiden Joko Widodo di Istana Bogor , Jawa Barat , Kamis .", "Joko Widodo"),
    shipped("en", "Senator John Smith said the bill would pass next week .", "John Smith"),
    shipped("en", "\" We will not give up , \" said Maria Gonzalez , the mayor of Springfield .", "Maria Gonzalez"),
])
def test_shipped_model_tags_an_obvious_person(lang, text, person):
    doc = load_ner(lang)(text)
    assert person in [ent.text for ent in doc.ents if ent.label_ in PERSON_LABELS]


def test_measure_ner_speed_on_a_tiny_pipeline():
    from quotetrack.train.speed import measure_ner_speed

    nlp = ner.build_pipeline("en", TINY)
    nlp.initialize()
    texts = ["John Smith said prices would rise. The Treasury agreed.", "Mary Jones arrived in Boston."]
    speed = measure_ner_speed(nlp, texts, repeat=1)
    assert (speed.articles, speed.sentences) == (2, 3)
    assert speed.tokenizer_words_per_s > 0 and speed.pipeline_words_per_s > 0
