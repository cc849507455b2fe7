"""Score the relation extractor on the annotated development set.

Usage::

    python benchmarks/evaluate_relations.py --corpora DIR --seed DIR [--json]
    python benchmarks/evaluate_relations.py --corpora DIR --seed DIR --predictions FILE

``--corpora`` is the folder holding ``wikinews-fr``, ``wikinews-en`` and
``state-dept-press``; ``--seed`` the user's own sample. The script loads the annotated
articles with :func:`analysis.load_corpus`, checks that each text is the one that was
annotated (``text_sha256``) and that every trigger sits at its offsets, calls
``analysis.relations.find_relations(articles, voice=...)`` on them (``voice`` from the
corpus's ``corpus.yaml``, else ``USA`` for ``state-dept-press``), and prints precision and
recall (see ``benchmarks/relation_scores.py`` for how they are counted). ``--predictions``
scores a saved table instead (CSV, JSON lines or Parquet, with the columns
``find_relations`` returns), which needs no extractor. ``--save-predictions FILE`` keeps
the extractor's table (Parquet or CSV, by the file's suffix).

Exit status: 0 when scored, 1 when the development set or the corpora do not match,
2 when the extractor is not available.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import relation_scores as scores

HERE = Path(__file__).resolve().parent
DEVSET = HERE / "devset" / "relations.jsonl"
DEFAULT_VOICES = {"state-dept-press": "USA"}
MISSING_EXTRACTOR = (
    "analysis.relations.find_relations is not available in this checkout: the relation"
    " extractor is not there yet. Score a saved table with --predictions FILE, or run this"
    " script from a checkout that has the extractor."
)


class DevsetMismatch(Exception):
    """The corpora on disk are not the texts that were annotated."""


def load_extractor():
    """``analysis.relations.find_relations``, or SystemExit(2) with a clear message."""
    try:
        from analysis.relations import find_relations
    except ImportError:
        raise SystemExit(MISSING_EXTRACTOR) from None
    return find_relations


def corpus_folder(corpus: str, corpora: Path, seed: Path) -> Path:
    return seed if corpus == "seed" else corpora / corpus


def voice_of(corpus: str, folder: Path) -> str | None:
    """The publisher's voice: the corpus's settings file first, then :data:`DEFAULT_VOICES`."""
    from analysis.corpus.settings import read_settings

    return read_settings(folder).voice or DEFAULT_VOICES.get(corpus)


def load_articles(records: list[dict], corpora: Path, seed: Path) -> dict[str, pd.DataFrame]:
    """The annotated articles of each corpus, checked against the development set.

    Raises
    ------
    DevsetMismatch
        An article is missing, its text differs from the annotated one, or a trigger is
        not at its offsets; every such problem is listed.
    """
    import analysis

    problems = []
    by_corpus: dict[str, pd.DataFrame] = {}
    for corpus in dict.fromkeys(record["corpus"] for record in records):
        folder = corpus_folder(corpus, corpora, seed)
        if not folder.is_dir():
            problems.append(f"{corpus}: no folder {folder}")
            continue
        articles = analysis.load_corpus(folder)
        wanted = [record for record in records if record["corpus"] == corpus]
        index = articles.set_index("doc_id", drop=False)
        for record in wanted:
            where = f"{corpus}/{record['path']}"
            if record["doc_id"] not in index.index:
                problems.append(f"{where}: not in the corpus")
                continue
            text = index.loc[record["doc_id"], "text"]
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if digest != record["text_sha256"]:
                problems.append(f"{where}: the text differs from the annotated one")
                continue
            for number, relation in enumerate(record["relations"], start=1):
                found = text[relation["trigger_start"] : relation["trigger_end"]]
                if found != relation["trigger"]:
                    problems.append(
                        f"{where}, relation {number}: expected {relation['trigger']!r}"
                        f" at {relation['trigger_start']}, found {found!r}"
                    )
        ids = [record["doc_id"] for record in wanted]
        by_corpus[corpus] = articles[articles["doc_id"].isin(ids)].reset_index(drop=True)
    if problems:
        raise DevsetMismatch("\n".join(problems))
    return by_corpus


def predict(by_corpus: dict[str, pd.DataFrame], corpora: Path, seed: Path) -> pd.DataFrame:
    """The extractor's relations in the annotated articles, every corpus in one table."""
    find_relations = load_extractor()
    tables = []
    for corpus, articles in by_corpus.items():
        voice = voice_of(corpus, corpus_folder(corpus, corpora, seed))
        options = {"voice": voice} if voice else {}
        tables.append(find_relations(articles, **options))
    tables = [table for table in tables if len(table)]
    return (
        pd.concat(tables, ignore_index=True)
        if tables
        else pd.DataFrame(columns=list(scores.PREDICTION_COLUMNS))
    )


def read_predictions(path: Path) -> pd.DataFrame:
    """A saved prediction table (``.csv``, ``.jsonl`` or ``.parquet``)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return pd.read_csv(path)
    if suffix in (".jsonl", ".json"):
        return pd.read_json(path, lines=True)
    if suffix == ".parquet":
        return pd.read_parquet(path)
    raise SystemExit(f"{path}: give a .csv, .jsonl or .parquet file")


def sentence_indexes(
    records: list[dict], by_corpus: dict[str, pd.DataFrame], predictions: pd.DataFrame
) -> tuple[list[int], list]:
    """The sentence of each gold relation and of each prediction, by the package's splitter.

    A prediction's sentence is the one holding its ``trigger_start`` (else its own
    ``sentence_id``), so that both sides are cut the same way.
    """
    from analysis.text.sentences import sentence_starts

    starts = {
        doc_id: sentence_starts(text)
        for articles in by_corpus.values()
        for doc_id, text in zip(articles["doc_id"], articles["text"], strict=True)
    }

    def locate(doc_id: str, offset) -> int:
        return int(np.searchsorted(starts[doc_id], int(offset), side="right") - 1)

    gold = [
        locate(record["doc_id"], relation["sentence_start"])
        for record in records
        for relation in record["relations"]
    ]
    predicted = []
    for row in predictions.to_dict("records"):
        doc_id, offset = str(row["doc_id"]), row.get("trigger_start")
        if doc_id in starts and offset is not None and not pd.isna(offset):
            predicted.append(locate(doc_id, offset))
        else:
            sentence_id = row.get("sentence_id")
            predicted.append(
                None if sentence_id is None or pd.isna(sentence_id) else int(sentence_id)
            )
    return gold, predicted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, required=True, help="folder of the corpora")
    parser.add_argument("--seed", type=Path, required=True, help="folder of the seed sample")
    parser.add_argument("--devset", type=Path, default=DEVSET, help="the annotation file")
    parser.add_argument("--predictions", type=Path, help="score this saved table instead")
    parser.add_argument("--save-predictions", type=Path, help="keep the extractor's table")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    records = scores.read_devset(args.devset)
    problems = scores.check_devset(records)
    if problems:
        print(f"{args.devset}: {len(problems)} problems", file=sys.stderr)
        print("\n".join(problems), file=sys.stderr)
        return 1
    try:
        by_corpus = load_articles(records, args.corpora, args.seed)
    except DevsetMismatch as error:
        print(f"The corpora do not match {args.devset}:\n{error}", file=sys.stderr)
        return 1
    if args.predictions is not None:
        predictions = read_predictions(args.predictions)
    else:
        try:
            predictions = predict(by_corpus, args.corpora, args.seed)
        except SystemExit as error:
            print(error, file=sys.stderr)
            return 2
        if args.save_predictions is not None:
            if args.save_predictions.suffix.lower() == ".parquet":
                predictions.to_parquet(args.save_predictions)
            else:
                predictions.to_csv(args.save_predictions, index=False)
    try:
        gold_sentences, predicted_sentences = sentence_indexes(records, by_corpus, predictions)
        result = scores.evaluate(records, predictions, gold_sentences, predicted_sentences)
    except ValueError as error:
        print(f"Cannot score the predictions: {error}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(scores.format_report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
