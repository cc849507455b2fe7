"""Scoring of relation predictions against the annotated development set, without the corpora.

The development set is ``benchmarks/devset/relations.jsonl`` (one JSON object per article;
the rules of annotation are in ``benchmarks/devset/RELATIONS.md``). This module holds what
does not need the texts: reading and checking the file, and comparing a table of
predictions with it. ``benchmarks/evaluate_relations.py`` binds it to the corpora and the
extractor.

How predictions are compared
----------------------------
A relation is compared at the roll-up level: ``source_country``, ``type``,
``target_country`` of the predictions (the country or organisation a minister or an
institution stands for), against ``source``, ``type``, ``target`` of the annotations.
Within one article, relations are sets: the same triple found in three sentences counts once.

- **Macro** figures average per-article scores. An article's precision is
  ``true positives / predicted triples`` and its recall ``true positives / annotated
  triples``. An article with neither annotations nor predictions is skipped. An article
  with annotations but no prediction has no precision (it does not enter the precision
  average) and a recall of 0; an article with predictions but no annotation has a
  precision of 0 and no recall. The macro F1 is the harmonic mean of the macro precision
  and the macro recall.
- **Micro** figures pool the counts of every article.
- Predictions of a relation of an actor with itself are dropped (the annotation never has
  them), and so are predictions that start after the annotated part of an article
  (``annotated_end``); both are counted in the report.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "CONCEDE",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
STATUSES = ("asserted", "alleged", "negated", "future")
CORPORA = ("seed", "wikinews-fr", "wikinews-en", "state-dept-press")
ARTICLE_KEYS = (
    "corpus",
    "path",
    "doc_id",
    "language",
    "text_sha256",
    "annotated_end",
    "relations",
)
RELATION_KEYS = (
    "sentence_start",
    "sentence_end",
    "source",
    "type",
    "target",
    "status",
    "trigger",
    "trigger_start",
    "trigger_end",
)
OPTIONAL_RELATION_KEYS = ("note",)
PREDICTION_COLUMNS = ("doc_id", "source_country", "target_country", "type", "status")
# The sample check: what the user's own article must give (see RELATIONS.md).
SAMPLE_CHECKS = (
    ("USA ACCUSE RUS asserted", {("USA", "ACCUSE", "RUS", "asserted")}),
    (
        "RUS AID or SUPPORT PRK alleged",
        {("RUS", "AID", "PRK", "alleged"), ("RUS", "SUPPORT", "PRK", "alleged")},
    ),
)

_ACTOR_ID = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


# --------------------------------------------------------------------------- the file


def read_devset(path: str | Path) -> list[dict]:
    """The articles of a development-set file, in file order.

    Raises
    ------
    ValueError
        A line that is not a JSON object, named by its line number.
    """
    records = []
    with open(path, encoding="utf-8") as file:
        for number, line in enumerate(file, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}, line {number}: not JSON ({error.msg})") from None
            if not isinstance(record, dict):
                raise ValueError(f"{path}, line {number}: not a JSON object")
            records.append(record)
    return records


def check_devset(records: list[dict]) -> list[str]:
    """Every problem of structure in the articles of a development set (empty if none).

    Checks the keys, the corpus names, the types and statuses against :data:`TYPES` and
    :data:`STATUSES`, the actor ids (upper-case, source differs from target), the digest's
    form, and that offsets are well formed: ``0 <= sentence_start <= trigger_start <
    trigger_end <= sentence_end <= annotated_end`` and the trigger is as long as its span.
    It cannot check that the offsets point at the trigger: that needs the texts
    (``evaluate_relations.py`` does it).
    """
    problems: list[str] = []
    seen_articles: set[tuple[str, str]] = set()
    for index, record in enumerate(records, start=1):
        where = f"article {index} ({record.get('doc_id', '?')})"
        missing = [key for key in ARTICLE_KEYS if key not in record]
        extra = sorted(set(record) - set(ARTICLE_KEYS))
        if missing or extra:
            problems.append(f"{where}: missing keys {missing}, unknown keys {extra}")
            continue
        if record["corpus"] not in CORPORA:
            problems.append(f"{where}: unknown corpus {record['corpus']!r}")
        if (record["corpus"], record["doc_id"]) in seen_articles:
            problems.append(f"{where}: annotated twice")
        seen_articles.add((record["corpus"], record["doc_id"]))
        if not record["path"].startswith(record["doc_id"]):
            problems.append(f"{where}: path {record['path']!r} does not match the doc_id")
        if not _SHA256.match(str(record["text_sha256"])):
            problems.append(f"{where}: text_sha256 is not 64 lower-case hex digits")
        end = record["annotated_end"]
        if not isinstance(end, int) or end <= 0:
            problems.append(f"{where}: annotated_end must be a positive integer")
            continue
        if not isinstance(record["relations"], list):
            problems.append(f"{where}: relations must be a list")
            continue
        keys_seen: set[tuple] = set()
        for number, relation in enumerate(record["relations"], start=1):
            problems.extend(
                f"{where}, relation {number}: {problem}"
                for problem in _relation_problems(relation, end, keys_seen)
            )
    return problems


def _relation_problems(relation: dict, annotated_end: int, keys_seen: set) -> list[str]:
    missing = [key for key in RELATION_KEYS if key not in relation]
    extra = sorted(set(relation) - set(RELATION_KEYS) - set(OPTIONAL_RELATION_KEYS))
    if missing or extra:
        return [f"missing keys {missing}, unknown keys {extra}"]
    problems = []
    if relation["type"] not in TYPES:
        problems.append(f"type {relation['type']!r} is not one of {', '.join(TYPES)}")
    if relation["status"] not in STATUSES:
        problems.append(f"status {relation['status']!r} is not one of {', '.join(STATUSES)}")
    for side in ("source", "target"):
        if not _ACTOR_ID.match(str(relation[side])):
            problems.append(f"{side} {relation[side]!r} is not an upper-case actor id")
    if relation["source"] == relation["target"]:
        problems.append("source and target are the same actor")
    offsets = [
        relation[key] for key in ("sentence_start", "trigger_start", "trigger_end", "sentence_end")
    ]
    if not all(isinstance(offset, int) for offset in offsets):
        return [*problems, "offsets must be integers"]
    sentence_start, trigger_start, trigger_end, sentence_end = offsets
    if not 0 <= sentence_start <= trigger_start < trigger_end <= sentence_end <= annotated_end:
        problems.append(
            "offsets out of order: need 0 <= sentence_start <= trigger_start < trigger_end"
            f" <= sentence_end <= annotated_end, got {sentence_start}, {trigger_start},"
            f" {trigger_end}, {sentence_end}, {annotated_end}"
        )
    if not isinstance(relation["trigger"], str) or len(relation["trigger"]) != (
        trigger_end - trigger_start
    ):
        problems.append("trigger is not as long as trigger_end - trigger_start")
    if "note" in relation and not isinstance(relation["note"], str):
        problems.append("note must be a string")
    key = (
        sentence_start,
        relation["source"],
        relation["type"],
        relation["target"],
        relation["status"],
    )
    if key in keys_seen:
        problems.append("the same (source, type, target, status) twice in one sentence")
    keys_seen.add(key)
    return problems


def gold_table(records: list[dict]) -> pd.DataFrame:
    """One row per annotated relation, with the article's ``corpus`` and ``doc_id``."""
    rows = [
        {"corpus": record["corpus"], "doc_id": record["doc_id"], **relation}
        for record in records
        for relation in record["relations"]
    ]
    columns = ["corpus", "doc_id", *RELATION_KEYS, "note"]
    table = pd.DataFrame(rows, columns=columns)
    return table


# --------------------------------------------------------------------------- predictions


def prepare_predictions(
    predictions: pd.DataFrame, annotated_end: Mapping[str, int]
) -> tuple[pd.DataFrame, dict]:
    """The predictions that can be compared, and an account of those left out.

    Keeps the rows of the annotated articles (``annotated_end`` maps their ``doc_id`` to
    the end of their annotated part), starting before that end (by ``trigger_start``, else
    ``source_start`` or ``target_start``; a row with none of them is kept), and relating two
    different actors. The roll-ups ``source_country`` / ``target_country`` are the actors
    compared; where a roll-up is missing, ``source`` / ``target`` stand in (and are counted).

    Raises
    ------
    ValueError
        A column of :data:`PREDICTION_COLUMNS` is missing.
    """
    missing = [column for column in PREDICTION_COLUMNS if column not in predictions.columns]
    if missing:
        raise ValueError(
            f"the predictions lack the columns {missing}; find_relations must return"
            f" at least {list(PREDICTION_COLUMNS)}"
        )
    table = predictions.copy()
    account = {"predictions": len(table)}
    table["doc_id"] = table["doc_id"].astype(str)
    annotated = table["doc_id"].isin(list(annotated_end))
    account["outside_annotated_articles"] = int((~annotated).sum())
    table = table[annotated].copy()
    fallback = 0
    for side in ("source", "target"):
        rolled = table[f"{side}_country"].astype("object")
        absent = rolled.isna()
        if side in table.columns:
            rolled = rolled.where(~absent, table[side].astype("object"))
        fallback += int(absent.sum())
        table[f"{side}_id"] = rolled
    account["roll_up_missing"] = fallback
    start = pd.Series(pd.NA, index=table.index, dtype="object")
    for column in ("trigger_start", "source_start", "target_start"):
        if column in table.columns:
            start = start.where(start.notna(), table[column].astype("object"))
    limit = table["doc_id"].map(annotated_end)
    beyond = start.notna() & (pd.to_numeric(start, errors="coerce") >= limit)
    account["beyond_annotated_end"] = int(beyond.sum())
    table = table[~beyond]
    unknown = table["source_id"].isna() | table["target_id"].isna()
    account["without_actor"] = int(unknown.sum())
    table = table[~unknown]
    same = table["source_id"] == table["target_id"]
    account["same_actor"] = int(same.sum())
    table = table[~same]
    account["compared"] = len(table)
    return table.reset_index(drop=True), account


# --------------------------------------------------------------------------- scores


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    if precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def score_sets(
    gold: Mapping[str, set], predicted: Mapping[str, set], articles: Iterable[str]
) -> dict:
    """Macro and micro precision, recall and F1 of per-article sets (see the module doc).

    Examples
    --------
    >>> gold = {"a": {1, 2}, "b": {3}, "c": set()}
    >>> predicted = {"a": {1}, "b": set(), "c": {4}}
    >>> result = score_sets(gold, predicted, ["a", "b", "c", "d"])
    >>> result["macro"]["precision"], result["macro"]["recall"], result["micro"]["recall"]
    (0.5, 0.25, 0.3333333333333333)
    """
    precisions, recalls = [], []
    true_positives = n_gold = n_predicted = 0
    scored = skipped = 0
    for article in articles:
        expected = gold.get(article, set())
        found = predicted.get(article, set())
        if not expected and not found:
            skipped += 1
            continue
        scored += 1
        hits = len(expected & found)
        true_positives += hits
        n_gold += len(expected)
        n_predicted += len(found)
        if found:
            precisions.append(hits / len(found))
        if expected:
            recalls.append(hits / len(expected))
    macro_precision, macro_recall = _mean(precisions), _mean(recalls)
    micro_precision = _ratio(true_positives, n_predicted)
    micro_recall = _ratio(true_positives, n_gold)
    return {
        "macro": {
            "precision": macro_precision,
            "recall": macro_recall,
            "f1": _f1(macro_precision, macro_recall),
            "articles_in_precision": len(precisions),
            "articles_in_recall": len(recalls),
        },
        "micro": {
            "precision": micro_precision,
            "recall": micro_recall,
            "f1": _f1(micro_precision, micro_recall),
            "true_positives": true_positives,
            "gold": n_gold,
            "predicted": n_predicted,
        },
        "articles_scored": scored,
        "articles_skipped": skipped,
    }


def _sets(table: pd.DataFrame, columns: list[str]) -> dict[str, set]:
    if table.empty:
        return {}
    return {
        str(doc_id): set(map(tuple, group[columns].astype(str).itertuples(index=False)))
        for doc_id, group in table.groupby("doc_id", sort=False)
    }


def _counts(gold: Mapping[str, set], predicted: Mapping[str, set], key) -> dict:
    """Micro counts per value of ``key(item)``, over all articles."""
    tallies: dict = {}
    for article in set(gold) | set(predicted):
        expected = gold.get(article, set())
        found = predicted.get(article, set())
        for item in expected | found:
            tally = tallies.setdefault(key(item), {"gold": 0, "predicted": 0, "true_positives": 0})
            tally["gold"] += item in expected
            tally["predicted"] += item in found
            tally["true_positives"] += item in expected and item in found
    for tally in tallies.values():
        tally["precision"] = _ratio(tally["true_positives"], tally["predicted"])
        tally["recall"] = _ratio(tally["true_positives"], tally["gold"])
        tally["f1"] = _f1(tally["precision"], tally["recall"])
    return tallies


def status_confusion(gold: pd.DataFrame, predicted: pd.DataFrame) -> dict:
    """Gold status against predicted status, for relations found in the same sentence.

    Both tables need ``doc_id``, ``sentence``, ``source_id``, ``type``, ``target_id`` and
    ``status``. Each annotated relation is paired with the predictions of the same
    triple in the same sentence; ``"none"`` when there is none.
    """
    keys = ["doc_id", "sentence", "source_id", "type", "target_id"]
    matrix: dict[str, dict[str, int]] = {}
    found = (
        predicted.groupby(keys)["status"].agg(lambda values: set(map(str, values))).to_dict()
        if not predicted.empty
        else {}
    )
    for row in gold.itertuples(index=False):
        statuses = found.get(tuple(getattr(row, key) for key in keys), {"none"})
        row_tally = matrix.setdefault(row.status, {})
        for status in statuses:
            row_tally[status] = row_tally.get(status, 0) + 1
    return matrix


def evaluate(
    records: list[dict],
    predictions: pd.DataFrame,
    gold_sentences: pd.Series | None = None,
    predicted_sentences: pd.Series | None = None,
) -> dict:
    """Every figure of the report, from the development set and a table of predictions.

    ``predictions`` has the columns of ``analysis.relations.find_relations``
    (:data:`PREDICTION_COLUMNS` at least). ``gold_sentences`` and ``predicted_sentences``,
    if given, hold the sentence index of each gold relation (in :func:`gold_table` order)
    and of each prediction (in ``predictions`` order, before any row is left out); with
    them, the report adds the confusion of statuses within sentences.
    """
    extents = {record["doc_id"]: record["annotated_end"] for record in records}
    articles = [record["doc_id"] for record in records]
    gold = gold_table(records).rename(columns={"source": "source_id", "target": "target_id"})
    if gold_sentences is not None:
        gold["sentence"] = list(gold_sentences)
    if predicted_sentences is not None:
        predictions = predictions.assign(sentence=list(predicted_sentences))
    predicted, account = prepare_predictions(predictions, extents)

    triple = ["source_id", "type", "target_id"]
    asserted_gold = gold[gold["status"] == "asserted"]
    asserted_predicted = predicted[predicted["status"] == "asserted"]
    gold_triples, predicted_triples = (
        _sets(asserted_gold, triple),
        _sets(asserted_predicted, triple),
    )
    gold_dyads = _sets(asserted_gold, ["source_id", "target_id"])
    predicted_dyads = _sets(asserted_predicted, ["source_id", "target_id"])
    quadruple = [*triple, "status"]
    gold_quadruples, predicted_quadruples = _sets(gold, quadruple), _sets(predicted, quadruple)

    result = {
        "articles": len(records),
        "gold_relations": len(gold),
        "predictions": account,
        "asserted_triples": score_sets(gold_triples, predicted_triples, articles),
        "asserted_dyads": score_sets(gold_dyads, predicted_dyads, articles),
        "all_statuses": score_sets(gold_quadruples, predicted_quadruples, articles),
        "per_type": _counts(gold_triples, predicted_triples, key=lambda item: item[1]),
        "per_status": _counts(gold_quadruples, predicted_quadruples, key=lambda item: item[3]),
        "sample_check": sample_check(records, predicted),
    }
    if "sentence" in gold.columns and "sentence" in predicted.columns:
        result["status_confusion"] = status_confusion(gold, predicted)
    return result


def sample_check(records: list[dict], predicted: pd.DataFrame) -> list[dict]:
    """For each article of the seed: is each of :data:`SAMPLE_CHECKS` among its predictions."""
    checks = []
    for record in records:
        if record["corpus"] != "seed":
            continue
        rows = predicted[predicted["doc_id"] == record["doc_id"]]
        found = set(
            map(
                tuple,
                rows[["source_id", "type", "target_id", "status"]]
                .astype(str)
                .itertuples(index=False),
            )
        )
        for label, accepted in SAMPLE_CHECKS:
            checks.append(
                {"doc_id": record["doc_id"], "check": label, "ok": bool(found & accepted)}
            )
    return checks


# --------------------------------------------------------------------------- report


def _percent(value: float | None) -> str:
    return "   n/a" if value is None else f"{100 * value:5.1f}%"


def format_report(result: dict) -> str:
    """The result of :func:`evaluate` as text for a terminal."""
    lines = [f"{result['articles']} articles, {result['gold_relations']} annotated relations"]
    account = result["predictions"]
    lines.append(
        f"predictions: {account['predictions']} returned, {account['compared']} compared"
        f" ({account['outside_annotated_articles']} in other articles,"
        f" {account['beyond_annotated_end']} after the annotated part,"
        f" {account['same_actor']} of an actor with itself,"
        f" {account['without_actor']} without an actor;"
        f" roll-up missing and replaced by the actor {account['roll_up_missing']} times)"
    )
    for key, title in (
        ("asserted_triples", "Asserted relations (source, type, target)"),
        ("asserted_dyads", "Asserted dyads (source -> target, any type)"),
        ("all_statuses", "All relations (source, type, target, status)"),
    ):
        scores = result[key]
        macro, micro = scores["macro"], scores["micro"]
        lines += [
            "",
            title,
            f"  macro  P {_percent(macro['precision'])}  R {_percent(macro['recall'])}"
            f"  F1 {_percent(macro['f1'])}   ({macro['articles_in_precision']} articles in P,"
            f" {macro['articles_in_recall']} in R; {scores['articles_skipped']} articles"
            " with neither gold nor prediction skipped)",
            f"  micro  P {_percent(micro['precision'])}  R {_percent(micro['recall'])}"
            f"  F1 {_percent(micro['f1'])}   ({micro['true_positives']} found of"
            f" {micro['gold']} annotated, {micro['predicted']} predicted)",
        ]
    for key, title in (
        ("per_type", "Per type (asserted, micro)"),
        ("per_status", "Per status (source, type, target, status; micro)"),
    ):
        lines += [
            "",
            title,
            f"  {'':10} {'gold':>5} {'pred':>5} {'found':>5}     P       R      F1",
        ]
        order = TYPES if key == "per_type" else STATUSES
        for name in order:
            tally = result[key].get(name)
            if tally is None:
                continue
            lines.append(
                f"  {name:10} {tally['gold']:5} {tally['predicted']:5}"
                f" {tally['true_positives']:5}  {_percent(tally['precision'])}"
                f"  {_percent(tally['recall'])}  {_percent(tally['f1'])}"
            )
    if "status_confusion" in result:
        lines += ["", "Status of the same triple in the same sentence (rows: gold)"]
        columns = [*STATUSES, "none"]
        lines.append("  " + " " * 10 + "".join(f"{name:>10}" for name in columns))
        for status in STATUSES:
            row = result["status_confusion"].get(status, {})
            lines.append(f"  {status:10}" + "".join(f"{row.get(name, 0):>10}" for name in columns))
    lines += ["", "Sample check (the seed article)"]
    for check in result["sample_check"]:
        mark = "ok  " if check["ok"] else "MISS"
        lines.append(f"  {mark} {check['doc_id']}: {check['check']}")
    return "\n".join(lines)
