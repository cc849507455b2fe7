"""The relation development set and its scoring, checked without the corpora.

``benchmarks/devset/relations.jsonl`` holds relations annotated by reading (rules in
``benchmarks/devset/RELATIONS.md``); ``benchmarks/relation_scores.py`` compares a table of
predictions with it, and ``benchmarks/evaluate_relations.py`` binds both to the corpora and
the extractor. The corpora are not in the repository: the file is checked for its structure,
the scoring on small tables written here, and the command line on a corpus written in
``tmp_path``. The seed article is in ``tests/data/seed``, so its offsets are checked for real.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

import analysis

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT / "benchmarks"
DEVSET = BENCHMARKS / "devset" / "relations.jsonl"
SEED = Path(__file__).parent / "data" / "seed"


@pytest.fixture
def scores(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    return importlib.import_module("relation_scores")


@pytest.fixture
def evaluate_script(scores):
    return importlib.import_module("evaluate_relations")


@pytest.fixture
def records(scores) -> list[dict]:
    return scores.read_devset(DEVSET)


# --------------------------------------------------------------------------- the file


def test_devset_is_well_formed(scores, records):
    result = scores.check_devset(records)

    assert result == []


@pytest.mark.parametrize(
    ("name", "articles"),
    [
        ("relations-heldout", 14),
        ("relations-heldout-2", 20),
        ("relations-heldout-3", 20),
        ("relations-heldout-4", 20),
        ("relations-heldout-5", 20),
        ("relations-heldout-6", 20),
        ("relations-heldout-7", 20),
        ("relations-heldout-8", 20),
        ("relations-heldout-9", 20),
        ("relations-heldout-10", 20),
        ("relations-heldout-11", 20),
        ("relations-heldout-12", 20),
        ("relations-heldout-13", 20),
        ("relations-heldout-14", 20),
        ("relations-heldout-15", 20),
        ("relations-heldout-16", 20),
        ("relations-heldout-17", 20),
        ("relations-heldout-18", 20),
        ("relations-heldout-19", 20),
        ("relations-heldout-20", 20),
        ("relations-heldout-21", 20),
        ("relations-heldout-22", 20),
        ("relations-heldout-23", 20),
        ("relations-heldout-24", 20),
        ("relations-heldout-25", 20),
        ("relations-heldout-26", 20),
    ],
)
def test_held_out_sets_are_well_formed_and_apart_from_the_devset(scores, records, name, articles):
    held_out = scores.read_devset(BENCHMARKS / "devset" / f"{name}.jsonl")

    assert scores.check_devset(held_out) == []
    assert {r["doc_id"] for r in held_out}.isdisjoint({r["doc_id"] for r in records})
    assert len(held_out) == articles


def test_the_held_out_sets_share_no_article(scores):
    names = (
        "relations-heldout",
        "relations-heldout-2",
        "relations-heldout-3",
        "relations-heldout-4",
        "relations-heldout-5",
        "relations-heldout-6",
        "relations-heldout-7",
        "relations-heldout-8",
        "relations-heldout-9",
        "relations-heldout-10",
        "relations-heldout-11",
        "relations-heldout-12",
        "relations-heldout-13",
        "relations-heldout-14",
        "relations-heldout-15",
        "relations-heldout-16",
        "relations-heldout-17",
        "relations-heldout-18",
        "relations-heldout-19",
        "relations-heldout-20",
        "relations-heldout-21",
        "relations-heldout-22",
        "relations-heldout-23",
        "relations-heldout-24",
        "relations-heldout-25",
        "relations-heldout-26",
    )
    sets = [
        {r["doc_id"] for r in scores.read_devset(BENCHMARKS / "devset" / f"{name}.jsonl")}
        for name in names
    ]

    assert sum(len(ids) for ids in sets) == len(set().union(*sets))


def test_devset_draws_from_every_corpus(records):
    result = Counter(record["corpus"] for record in records)

    assert result == {"seed": 1, "wikinews-fr": 17, "wikinews-en": 11, "state-dept-press": 16}
    assert sum(result.values()) >= 45


def test_devset_types_statuses_and_offsets(scores, records):
    relations = [relation for record in records for relation in record["relations"]]

    assert relations
    assert {relation["type"] for relation in relations} <= set(scores.TYPES)
    assert {relation["status"] for relation in relations} <= set(scores.STATUSES)
    for record in records:
        for relation in record["relations"]:
            assert (
                0
                <= relation["sentence_start"]
                <= relation["trigger_start"]
                < relation["trigger_end"]
                <= relation["sentence_end"]
                <= record["annotated_end"]
            )
            assert len(relation["trigger"]) == relation["trigger_end"] - relation["trigger_start"]


def test_devset_holds_no_whole_text(records):
    # short triggers only: no field of an article is long enough to be a body
    longest = max(
        len(relation["trigger"]) for record in records for relation in record["relations"]
    )

    assert longest <= 60
    assert all("text" not in record for record in records)


def test_seed_article_offsets_point_at_their_triggers(records):
    seed = next(record for record in records if record["corpus"] == "seed")
    article = analysis.load_corpus(SEED, cache=False).set_index("doc_id").loc[seed["doc_id"]]
    text = article["text"]

    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == seed["text_sha256"]
    assert seed["annotated_end"] == len(text)
    for relation in seed["relations"]:
        assert text[relation["trigger_start"] : relation["trigger_end"]] == relation["trigger"]
        sentence = text[relation["sentence_start"] : relation["sentence_end"]]
        assert relation["trigger"] in sentence


def test_seed_article_gives_the_sample_relations(records):
    seed = next(record for record in records if record["corpus"] == "seed")
    result = {(r["source"], r["type"], r["target"], r["status"]) for r in seed["relations"]}

    assert ("USA", "ACCUSE", "RUS", "asserted") in result
    assert ("RUS", "AID", "PRK", "alleged") in result or ("RUS", "SUPPORT", "PRK", "alleged") in (
        result
    )


def _record(doc_id: str, relations: list[dict], corpus: str = "wikinews-en", end: int = 100):
    return {
        "corpus": corpus,
        "path": f"{doc_id}.txt",
        "doc_id": doc_id,
        "language": "en",
        "text_sha256": "0" * 64,
        "annotated_end": end,
        "relations": relations,
    }


def _relation(source, type_, target, status="asserted", start=0, trigger="said", **extra):
    return {
        "sentence_start": start,
        "sentence_end": start + 40,
        "source": source,
        "type": type_,
        "target": target,
        "status": status,
        "trigger": trigger,
        "trigger_start": start + 5,
        "trigger_end": start + 5 + len(trigger),
        **extra,
    }


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"type": "ATTACK"}, "type 'ATTACK' is not one of"),
        ({"status": "reported"}, "status 'reported' is not one of"),
        ({"target": "USA"}, "source and target are the same actor"),
        ({"source": "usa"}, "source 'usa' is not an upper-case actor id"),
        ({"sentence_start": 7}, "offsets out of order"),
        ({"sentence_end": 200}, "offsets out of order"),
        ({"trigger": "sa"}, "trigger is not as long as"),
        ({"comment": "x"}, "unknown keys ['comment']"),
    ],
)
def test_check_devset_reports_each_problem(scores, change, expected):
    relation = {**_relation("USA", "ACCUSE", "RUS"), **change}

    result = scores.check_devset([_record("001_a", [relation])])

    assert len(result) == 1
    assert expected in result[0]
    assert result[0].startswith("article 1 (001_a), relation 1:")


def test_check_devset_reports_article_problems(scores):
    bad = {**_record("001_a", []), "corpus": "elsewhere", "text_sha256": "xyz"}
    twice = _record("002_b", [_relation("USA", "ACCUSE", "RUS")] * 2)

    result = scores.check_devset([bad, twice])

    assert any("unknown corpus 'elsewhere'" in problem for problem in result)
    assert any("text_sha256" in problem for problem in result)
    assert any("twice in one sentence" in problem for problem in result)


def test_read_devset_names_the_bad_line(scores, tmp_path):
    path = tmp_path / "relations.jsonl"
    path.write_text('{"corpus": "seed"}\n[1, 2]\n', encoding="utf-8")

    with pytest.raises(ValueError, match=r"line 2: not a JSON object"):
        scores.read_devset(path)


# --------------------------------------------------------------------------- scoring

# Three articles: "a" has three asserted relations and one alleged, "b" one asserted,
# "c" none; "d" (not shown) is not annotated. The predictions find two of a's, invent one,
# find b's with the wrong type, predict in c, and add rows that must be left out.
GOLD = [
    _record(
        "a",
        [
            _relation("USA", "ACCUSE", "RUS"),
            _relation("RUS", "AID", "PRK", status="alleged"),
            _relation("USA", "CONSULT", "KOR", start=50),
            _relation("KOR", "CONSULT", "USA", start=50),
        ],
        corpus="seed",
    ),
    _record("b", [_relation("FRA", "SUPPORT", "DEU")]),
    _record("c", [], end=60),
]


def _predictions(rows: list[tuple]) -> pd.DataFrame:
    columns = ["doc_id", "source_country", "type", "target_country", "status", "trigger_start"]
    table = pd.DataFrame(rows, columns=columns)
    table["source"] = table["source_country"]
    table["target"] = table["target_country"]
    return table


PREDICTIONS = _predictions(
    [
        ("a", "USA", "ACCUSE", "RUS", "asserted", 10),
        ("a", "USA", "ACCUSE", "RUS", "asserted", 55),  # the same triple again: counts once
        ("a", "RUS", "SUPPORT", "PRK", "alleged", 12),
        ("a", "USA", "CONSULT", "KOR", "asserted", 56),
        ("a", "USA", "THREATEN", "PRK", "asserted", 57),
        ("b", "FRA", "CONSULT", "DEU", "asserted", 5),
        ("c", "CHN", "ASSAULT", "TWN", "asserted", 5),
        ("c", "CHN", "ACCUSE", "USA", "asserted", 70),  # after c's annotated end (60)
        ("c", "USA", "ACCUSE", "USA", "asserted", 5),  # an actor with itself
        ("d", "RUS", "ASSAULT", "UKR", "asserted", 5),  # an article not annotated
    ]
)


def test_score_sets_macro_and_micro(scores):
    gold = {"a": {1, 2, 3, 4}, "b": {5}, "c": set(), "e": set()}
    predicted = {"a": {1, 2, 9}, "b": set(), "c": {7, 8}, "e": set()}

    result = scores.score_sets(gold, predicted, ["a", "b", "c", "e"])

    # a: P 2/3, R 2/4; b: R 0 (no precision); c: P 0 (no recall); e: skipped
    assert result["macro"]["precision"] == pytest.approx((2 / 3 + 0) / 2)
    assert result["macro"]["recall"] == pytest.approx((2 / 4 + 0) / 2)
    assert result["macro"]["articles_in_precision"] == 2
    assert result["macro"]["articles_in_recall"] == 2
    assert result["micro"]["precision"] == pytest.approx(2 / 5)
    assert result["micro"]["recall"] == pytest.approx(2 / 5)
    assert result["articles_skipped"] == 1


def test_evaluate_asserted_triples(scores):
    result = scores.evaluate(GOLD, PREDICTIONS)["asserted_triples"]

    # a: gold {USA ACCUSE RUS, USA CONSULT KOR, KOR CONSULT USA}, predicted {USA ACCUSE RUS,
    # USA CONSULT KOR, USA THREATEN PRK}: P 2/3, R 2/3. b: P 0, R 0. c: P 0 (1 kept).
    assert result["macro"]["precision"] == pytest.approx((2 / 3 + 0 + 0) / 3)
    assert result["macro"]["recall"] == pytest.approx((2 / 3 + 0) / 2)
    assert result["micro"]["true_positives"] == 2
    assert result["micro"]["gold"] == 4
    assert result["micro"]["predicted"] == 5


def test_evaluate_dyads_ignore_type_but_keep_direction(scores):
    result = scores.evaluate(GOLD, PREDICTIONS)["asserted_dyads"]

    # a: gold USA>RUS, USA>KOR, KOR>USA; predicted USA>RUS, USA>KOR, USA>PRK. b: FRA>DEU found.
    assert result["micro"]["true_positives"] == 3
    assert result["micro"]["gold"] == 4
    assert result["macro"]["recall"] == pytest.approx((2 / 3 + 1) / 2)


def test_evaluate_per_type_and_status(scores):
    result = scores.evaluate(GOLD, PREDICTIONS)

    assert result["per_type"]["ACCUSE"] == {
        "gold": 1,
        "predicted": 1,
        "true_positives": 1,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }
    assert result["per_type"]["CONSULT"]["gold"] == 2
    assert result["per_type"]["CONSULT"]["predicted"] == 2
    assert result["per_type"]["CONSULT"]["true_positives"] == 1
    assert result["per_type"]["SUPPORT"]["recall"] == 0.0
    assert result["per_status"]["alleged"]["gold"] == 1
    assert result["per_status"]["alleged"]["true_positives"] == 0


def test_evaluate_accounts_for_left_out_predictions(scores):
    result = scores.evaluate(GOLD, PREDICTIONS)["predictions"]

    assert result == {
        "predictions": 10,
        "outside_annotated_articles": 1,
        "roll_up_missing": 0,
        "beyond_annotated_end": 1,
        "without_actor": 0,
        "same_actor": 1,
        "compared": 7,
    }


def test_missing_roll_up_falls_back_on_the_actor(scores):
    predictions = PREDICTIONS.copy()
    predictions.loc[0, "source_country"] = None

    result = scores.evaluate(GOLD, predictions)

    assert result["predictions"]["roll_up_missing"] == 1
    assert result["asserted_triples"]["micro"]["true_positives"] == 2


def test_sample_check(scores):
    result = scores.evaluate(GOLD, PREDICTIONS)["sample_check"]

    assert result == [
        {"doc_id": "a", "check": "USA ACCUSE RUS asserted", "ok": True},
        {"doc_id": "a", "check": "RUS AID or SUPPORT PRK alleged", "ok": True},
    ]


def test_sample_check_misses_an_asserted_aid(scores):
    predictions = PREDICTIONS.copy()
    predictions.loc[2, "status"] = "asserted"

    result = scores.evaluate(GOLD, predictions)["sample_check"]

    assert [check["ok"] for check in result] == [True, False]


def test_status_confusion_pairs_relations_of_one_sentence(scores):
    gold_sentences = [0, 0, 1, 1, 0]
    predicted_sentences = [0, 1, 0, 1, 1, 0, 0, 1, 0, 0]

    result = scores.evaluate(GOLD, PREDICTIONS, gold_sentences, predicted_sentences)

    # a's USA ACCUSE RUS and USA CONSULT KOR are found in their sentences; RUS AID PRK is
    # predicted as SUPPORT (so none), KOR CONSULT USA and b's FRA SUPPORT DEU are not found
    assert result["status_confusion"] == {
        "asserted": {"asserted": 2, "none": 2},
        "alleged": {"none": 1},
    }


def test_prediction_table_needs_its_columns(scores):
    with pytest.raises(ValueError, match=r"lack the columns \['status'\]"):
        scores.evaluate(GOLD, PREDICTIONS.drop(columns="status"))


def test_report_names_every_section(scores):
    result = scores.format_report(scores.evaluate(GOLD, PREDICTIONS))

    for heading in (
        "Asserted relations (source, type, target)",
        "Asserted dyads (source -> target, any type)",
        "Per type (asserted, micro)",
        "Per status",
        "Sample check (the seed article)",
    ):
        assert heading in result
    assert "ok   a: USA ACCUSE RUS asserted" in result


# --------------------------------------------------------------------------- command line


def test_missing_extractor_is_said_plainly(evaluate_script, monkeypatch):
    monkeypatch.setitem(sys.modules, "analysis.relations", None)

    with pytest.raises(SystemExit, match="find_relations is not available"):
        evaluate_script.load_extractor()


ARTICLE = " date 2023-07 Photo : Test\n\nLes Etats-Unis accusent la Russie. Séoul a protesté."


@pytest.fixture
def small_setup(make_corpus, cache_dir, tmp_path):
    corpora = make_corpus({"wikinews-fr/000_aaaa.txt": ARTICLE}, name="corpora")
    seed = make_corpus({"000_bbbb.txt": ARTICLE}, name="seed")
    text = analysis.load_corpus(seed, cache=False)["text"].iloc[0]
    start = text.index("accusent")
    relation = {
        "sentence_start": 0,
        "sentence_end": text.index(".") + 1,
        "source": "USA",
        "type": "ACCUSE",
        "target": "RUS",
        "status": "asserted",
        "trigger": "accusent",
        "trigger_start": start,
        "trigger_end": start + len("accusent"),
    }
    records = [
        {
            "corpus": corpus,
            "path": f"{doc_id}.txt",
            "doc_id": doc_id,
            "language": "fr",
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "annotated_end": len(text),
            "relations": [relation],
        }
        for corpus, doc_id in (("seed", "000_bbbb"), ("wikinews-fr", "000_aaaa"))
    ]
    devset = tmp_path / "relations.jsonl"
    devset.write_text("\n".join(json.dumps(record) for record in records), encoding="utf-8")
    predictions = tmp_path / "predictions.csv"
    pd.DataFrame(
        {
            "doc_id": ["000_aaaa", "000_bbbb"],
            "source_country": ["USA", "USA"],
            "target_country": ["RUS", "RUS"],
            "type": ["ACCUSE", "ACCUSE"],
            "status": ["asserted", "asserted"],
            "trigger_start": [start, start],
        }
    ).to_csv(predictions, index=False)
    return corpora, seed, devset, predictions


def test_command_line_scores_a_saved_table(evaluate_script, small_setup, capsys):
    corpora, seed, devset, predictions = small_setup
    arguments = ["--corpora", str(corpora), "--seed", str(seed), "--devset", str(devset)]

    status = evaluate_script.main([*arguments, "--predictions", str(predictions), "--json"])

    result = json.loads(capsys.readouterr().out)
    assert status == 0
    assert result["asserted_triples"]["micro"]["precision"] == 1.0
    assert result["status_confusion"] == {"asserted": {"asserted": 2}}
    assert [check["ok"] for check in result["sample_check"]] == [True, False]


def test_command_line_refuses_a_changed_text(evaluate_script, small_setup, capsys):
    corpora, seed, devset, predictions = small_setup
    (corpora / "wikinews-fr" / "000_aaaa.txt").write_text(ARTICLE + " Fin.", encoding="utf-8")
    arguments = ["--corpora", str(corpora), "--seed", str(seed), "--devset", str(devset)]

    status = evaluate_script.main([*arguments, "--predictions", str(predictions)])

    assert status == 1
    assert "wikinews-fr/000_aaaa.txt: the text differs" in capsys.readouterr().err


def test_command_line_without_extractor(evaluate_script, small_setup, capsys, monkeypatch):
    corpora, seed, devset, _ = small_setup
    monkeypatch.setitem(sys.modules, "analysis.relations", None)
    arguments = ["--corpora", str(corpora), "--seed", str(seed), "--devset", str(devset)]

    status = evaluate_script.main(arguments)

    assert status == 2
    assert "find_relations is not available" in capsys.readouterr().err
