"""Score the actor matcher against the development set annotated by reading.

Usage::

    python benchmarks/evaluate_actors.py --corpora DIR            # figures as text
    python benchmarks/evaluate_actors.py --corpora DIR --json     # the same as JSON
    python benchmarks/evaluate_actors.py --corpora DIR --actors my_actors.yaml

``DIR`` holds the corpora named in ``benchmarks/devset/actors.jsonl`` (``wikinews-fr``,
``wikinews-en``, ``state-dept-press``); a missing corpus is reported and its articles are
left out. Each annotated article is found by its file name and its text checked against the
recorded SHA-256 (the offsets are only valid for that text), then
:func:`analysis.mentions.find_mentions` runs on the annotated articles and the script prints:

(a) counts: for each article and each key, ``matched = min(predicted, gold)``; precision is
    the sum of matched over the sum of predicted, recall over the sum of gold. The key of a
    mention is its country (persons and institutions roll up to theirs, as
    ``count_mentions(level="country")`` counts them); mentions with no country count under
    their organisation, else their actor id (the Security Council and the Secretary-General
    under ``UN``). Countries and organisations are scored apart and together, per corpus and
    overall.
(b) spans, per kind: a predicted mention is right when it overlaps a gold span of the same
    key (precision by predicted kind); a gold mention is found when a predicted mention of
    the same key overlaps it (recall by gold kind). Overlap is not one-to-one: a gold
    mention covered by two predicted ones counts once found and the two once each right;
    the counts of (a) are where double counting shows.
(c) officials: the share of gold ``person`` and ``speaker`` mentions overlapped by a
    predicted mention of the same key (country or organisation) or of the same person id,
    and of those, the share found as that very person.
(d) for developers: the misses (gold mentions not found) and false hits (predicted mentions
    overlapping no gold mention of their key), grouped by the words as written, and the gold
    mentions counted more than once (two or more predicted mentions of the same key inside
    one gold span: a demonym inside a title and the name after it), grouped by kinds; most
    frequent first, with one short context each.

The figures are measurements, not assertions: nothing here fails when a score drops.
Predicted kinds are whatever the matcher returns (``leader`` today; ``official`` and
``home`` are coming): every kind it gives is reported.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "devset" / "actors.jsonl"
OFFICIAL_KINDS = ("person", "speaker")
CONTEXT = 40
"""Characters shown either side of a miss or a false hit."""


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    actor: str
    kind: str
    key: str
    """What the mention counts under: its country, else its organisation, else its actor."""
    is_country: bool


VOICES = {"state-dept-press": "USA"}
"""The corpus setting ``voice`` of each corpus: State Department releases speak as the US."""


@dataclass
class Article:
    corpus: str
    path: str
    doc_id: str
    text: str
    gold: list[Mention]
    predicted: list[Mention] = field(default_factory=list)
    month: object = None


def roll_up(actor: str, country: object, organisation: object) -> tuple[str, bool]:
    """The key a mention counts under and whether it is a country."""
    if _present(country):
        return str(country), True
    if _present(organisation):
        return str(organisation), False
    return actor, False


def _present(value: object) -> bool:
    if value is None:
        return False
    try:
        if value != value:  # NaN
            return False
    except TypeError:  # pd.NA compares to nothing
        return False
    return str(value) != ""


def read_gold(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold_mentions(record: dict) -> list[Mention]:
    mentions = []
    for m in record["mentions"]:
        key, is_country = roll_up(m["actor"], m["country"], m["organisation"])
        mentions.append(
            Mention(m["start"], m["end"], m["text"], m["actor"], m["kind"], key, is_country)
        )
    return mentions


def load_articles(records: list[dict], corpora: Path) -> tuple[list[Article], list[str]]:
    """The annotated articles found in ``corpora`` with their recorded text; the problems."""
    import analysis

    problems: list[str] = []
    by_corpus: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        by_corpus[record["corpus"]].append(record)
    articles: list[Article] = []
    for corpus, wanted in by_corpus.items():
        folder = corpora / corpus
        if not folder.is_dir():
            problems.append(
                f"corpus {corpus!r} not found in {corpora}: its {len(wanted)} annotated "
                "articles are left out"
            )
            continue
        loaded = analysis.load_corpus(folder, progress=False).set_index("path")
        for record in wanted:
            if record["path"] not in loaded.index:
                problems.append(f"{corpus}/{record['path']}: not in the corpus, left out")
                continue
            text = str(loaded.at[record["path"], "text"])
            if hashlib.sha256(text.encode("utf-8")).hexdigest() != record["text_sha256"]:
                problems.append(
                    f"{corpus}/{record['path']}: the loaded text differs from the annotated "
                    "one (the loader changed?): left out, its offsets would be wrong"
                )
                continue
            doc_id = str(loaded.at[record["path"], "doc_id"])
            article = Article(corpus, record["path"], doc_id, text, gold_mentions(record))
            article.month = loaded.at[record["path"], "month"]
            articles.append(article)
    return articles, problems


def predict(articles: list[Article], actors: str | None) -> None:
    """Fill ``predicted`` with what :func:`analysis.mentions.find_mentions` finds."""
    import pandas as pd

    from analysis.mentions import find_mentions

    for corpus in sorted({a.corpus for a in articles}):
        chosen = [a for a in articles if a.corpus == corpus]
        frame = pd.DataFrame(
            {
                "doc_id": [a.doc_id for a in chosen],
                "text": [a.text for a in chosen],
                "language": ["fr" if corpus.endswith("-fr") else "en"] * len(chosen),
                "month": pd.PeriodIndex([a.month for a in chosen], freq="M"),
            }
        )
        # The voice a user gives a corpus of releases in its settings (corpus.yaml).
        found = find_mentions(frame, actors, progress=False, voice=VOICES.get(corpus))
        by_doc = {a.doc_id: a for a in chosen}
        for row in found.itertuples(index=False):
            key, is_country = roll_up(str(row.actor_id), row.country, row.organisation)
            by_doc[str(row.doc_id)].predicted.append(
                Mention(
                    int(row.start),
                    int(row.end),
                    str(row.matched),
                    str(row.actor_id),
                    str(row.kind),
                    key,
                    is_country,
                )
            )


# -- (a) counts ---------------------------------------------------------------------------


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def prf(matched: int, predicted: int, gold: int) -> dict:
    precision, recall = _ratio(matched, predicted), _ratio(matched, gold)
    f1 = None
    if precision is not None and recall is not None and precision + recall:
        f1 = 2 * precision * recall / (precision + recall)
    return {
        "matched": matched,
        "predicted": predicted,
        "gold": gold,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def count_scores(articles: Iterable[Article]) -> dict:
    """Precision and recall of per-article counts, for countries, organisations and both."""
    totals = {level: [0, 0, 0] for level in ("countries", "organisations", "all")}
    for article in articles:
        gold = Counter((m.key, m.is_country) for m in article.gold)
        predicted = Counter((m.key, m.is_country) for m in article.predicted)
        for cell in gold.keys() | predicted.keys():
            level = "countries" if cell[1] else "organisations"
            numbers = (min(gold[cell], predicted[cell]), predicted[cell], gold[cell])
            for name in (level, "all"):
                for i, value in enumerate(numbers):
                    totals[name][i] += value
    return {level: prf(*numbers) for level, numbers in totals.items()}


# -- (b) spans and (c) officials ----------------------------------------------------------


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def span_matches(article: Article) -> tuple[list[bool], list[bool]]:
    """For each predicted mention, whether it is right; for each gold one, whether found."""
    right = [
        any(_overlaps(p, g) and p.key == g.key for g in article.gold) for p in article.predicted
    ]
    found = [
        any(_overlaps(p, g) and p.key == g.key for p in article.predicted) for g in article.gold
    ]
    return right, found


def span_scores(articles: Iterable[Article]) -> dict:
    """Precision per predicted kind and recall per gold kind, with exact-boundary counts."""
    precision: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    recall: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for article in articles:
        right, found = span_matches(article)
        for mention, ok in zip(article.predicted, right, strict=True):
            precision[mention.kind][0] += ok
            precision[mention.kind][1] += 1
        for mention, ok in zip(article.gold, found, strict=True):
            exact = any(
                (p.start, p.end) == (mention.start, mention.end) and p.key == mention.key
                for p in article.predicted
            )
            recall[mention.kind][0] += ok
            recall[mention.kind][1] += 1
            recall[mention.kind][2] += exact
    p_all = [sum(v[i] for v in precision.values()) for i in range(2)]
    r_all = [sum(v[i] for v in recall.values()) for i in range(3)]
    return {
        "precision_by_predicted_kind": {
            kind: {"right": n[0], "predicted": n[1], "precision": _ratio(n[0], n[1])}
            for kind, n in sorted(precision.items())
        }
        | {"all": {"right": p_all[0], "predicted": p_all[1], "precision": _ratio(*p_all)}},
        "recall_by_gold_kind": {
            kind: {
                "found": n[0],
                "gold": n[1],
                "recall": _ratio(n[0], n[1]),
                "same_boundaries": n[2],
            }
            for kind, n in sorted(recall.items())
        }
        | {
            "all": {
                "found": r_all[0],
                "gold": r_all[1],
                "recall": _ratio(r_all[0], r_all[1]),
                "same_boundaries": r_all[2],
            }
        },
    }


def official_scores(articles: Iterable[Article]) -> dict:
    """Gold person and speaker mentions found by key or by person id; and by that person."""
    tallies: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for article in articles:
        for g in article.gold:
            if g.kind not in OFFICIAL_KINDS:
                continue
            near = [p for p in article.predicted if _overlaps(p, g)]
            found = any(p.key == g.key or p.actor == g.actor for p in near)
            same_person = any(p.actor == g.actor for p in near)
            for name in (g.kind, "all"):
                tallies[name][0] += found
                tallies[name][1] += same_person
                tallies[name][2] += 1
    return {
        kind: {
            "found": n[0],
            "found_as_that_person": n[1],
            "gold": n[2],
            "share_found": _ratio(n[0], n[2]),
            "share_as_that_person": _ratio(n[1], n[2]),
        }
        for kind, n in sorted(tallies.items())
    }


# -- (d) misses and false hits ------------------------------------------------------------


def _context(text: str, mention: Mention) -> str:
    before = text[max(0, mention.start - CONTEXT) : mention.start]
    after = text[mention.end : mention.end + CONTEXT]
    return " ".join(f"{before}[{text[mention.start : mention.end]}]{after}".split())


def disagreements(articles: Iterable[Article], limit: int) -> dict:
    """Misses and false hits grouped by the words as written (case-folded)."""
    misses: dict[tuple, list] = defaultdict(list)
    false_hits: dict[tuple, list] = defaultdict(list)
    split: dict[tuple, list] = defaultdict(list)
    for article in articles:
        right, found = span_matches(article)
        for mention in article.gold:
            parts = [p for p in article.predicted if _overlaps(p, mention) and p.key == mention.key]
            if len(parts) > 1:
                kinds = "+".join(p.kind for p in parts)
                split[(mention.kind, kinds, mention.key)].append((article, mention))
        for mention, ok in zip(article.gold, found, strict=True):
            if not ok:
                group = (" ".join(mention.text.casefold().split()), mention.kind, mention.key)
                misses[group].append((article, mention))
        for mention, ok in zip(article.predicted, right, strict=True):
            if not ok:
                wrong_key = [
                    g.key for g in article.gold if _overlaps(mention, g) and g.key != mention.key
                ]
                reason = f"gold says {wrong_key[0]}" if wrong_key else "no gold mention"
                group = (mention.text.casefold(), mention.kind, mention.key, reason)
                false_hits[group].append((article, mention))

    def listing(groups: dict[tuple, list], fields: tuple[str, ...]) -> list[dict]:
        ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
        rows = []
        for group, cases in ordered[:limit]:
            article, mention = cases[0]
            row = dict(zip(fields, group, strict=True))
            row["count"] = len(cases)
            row["articles"] = len({(a.corpus, a.path) for a, _ in cases})
            row["example"] = f"{article.corpus}/{article.path}: {_context(article.text, mention)}"
            rows.append(row)
        return rows

    return {
        "misses_total": sum(len(v) for v in misses.values()),
        "false_hits_total": sum(len(v) for v in false_hits.values()),
        "misses": listing(misses, ("text", "gold_kind", "gold_key")),
        "false_hits": listing(false_hits, ("text", "predicted_kind", "predicted_key", "reason")),
        "counted_twice_total": sum(len(v) for v in split.values()),
        "counted_twice": listing(split, ("gold_kind", "predicted_kinds", "key")),
    }


# -- report -------------------------------------------------------------------------------


def evaluate(articles: list[Article], limit: int = 25) -> dict:
    corpora = sorted({a.corpus for a in articles})
    result: dict = {"articles": {}, "counts": {}, "spans": {}, "officials": {}}
    for name in [*corpora, "overall"]:
        chosen = [a for a in articles if name in ("overall", a.corpus)]
        result["articles"][name] = {
            "articles": len(chosen),
            "gold_mentions": sum(len(a.gold) for a in chosen),
            "predicted_mentions": sum(len(a.predicted) for a in chosen),
        }
        result["counts"][name] = count_scores(chosen)
        result["spans"][name] = span_scores(chosen)
        result["officials"][name] = official_scores(chosen)
    result["disagreements"] = disagreements(articles, limit)
    return result


def _pct(value: float | None) -> str:
    return "   n/a" if value is None else f"{100 * value:5.1f}%"


def print_report(result: dict) -> None:
    names = list(result["counts"])
    print("\nArticles scored")
    for name in names:
        n = result["articles"][name]
        print(
            f"  {name:17} {n['articles']:3} articles  {n['gold_mentions']:5} gold  "
            f"{n['predicted_mentions']:5} predicted mentions"
        )

    print("\n(a) Per-article counts (matched = min(predicted, gold) per article and key)")
    header = f"{'corpus':17} {'level':13} {'precision':>9} {'recall':>7} {'F1':>7}"
    print(f"  {header}  matched/pred/gold")
    for name in names:
        for level, s in result["counts"][name].items():
            print(
                f"  {name:17} {level:13} {_pct(s['precision']):>9} {_pct(s['recall']):>7} "
                f"{_pct(s['f1']):>7}  {s['matched']}/{s['predicted']}/{s['gold']}"
            )

    print("\n(b) Spans (overlap and same key)")
    for name in names:
        spans = result["spans"][name]
        print(f"  {name}")
        for kind, s in spans["precision_by_predicted_kind"].items():
            print(
                f"    precision  predicted {kind:12} {_pct(s['precision'])}  "
                f"{s['right']}/{s['predicted']}"
            )
        for kind, s in spans["recall_by_gold_kind"].items():
            print(
                f"    recall     gold      {kind:12} {_pct(s['recall'])}  {s['found']}/{s['gold']}"
                f"  (same boundaries {s['same_boundaries']})"
            )

    print("\n(c) Officials: gold person and speaker mentions found")
    for name in names:
        for kind, s in result["officials"][name].items():
            print(
                f"  {name:17} {kind:8} found {_pct(s['share_found'])} ({s['found']}/{s['gold']}),"
                f" as that person {_pct(s['share_as_that_person'])} ({s['found_as_that_person']})"
            )

    d = result["disagreements"]
    print(f"\n(d) Misses ({d['misses_total']}), most frequent first")
    for row in d["misses"]:
        print(
            f"  {row['count']:3}x in {row['articles']:2} art.  {row['text']!r} "
            f"[{row['gold_kind']} {row['gold_key']}]\n        {row['example']}"
        )
    print(f"\n    False hits ({d['false_hits_total']}), most frequent first")
    for row in d["false_hits"]:
        print(
            f"  {row['count']:3}x in {row['articles']:2} art.  {row['text']!r} "
            f"[{row['predicted_kind']} {row['predicted_key']}; {row['reason']}]\n"
            f"        {row['example']}"
        )
    print(f"\n    Gold mentions counted more than once ({d['counted_twice_total']})")
    for row in d["counted_twice"]:
        print(
            f"  {row['count']:3}x in {row['articles']:2} art.  gold {row['gold_kind']} counted as "
            f"{row['predicted_kinds']} [{row['key']}]\n        {row['example']}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, required=True, help="folder of the corpora")
    parser.add_argument("--actors", help="an actor file layered over the default dictionary")
    parser.add_argument("--gold", type=Path, default=GOLD, help="the annotations (JSON lines)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--limit", type=int, default=25, help="groups of misses and false hits")
    args = parser.parse_args(argv)
    if not args.corpora.is_dir():
        print(f"error: no folder {args.corpora}", file=sys.stderr)
        return 2
    articles, problems = load_articles(read_gold(args.gold), args.corpora)
    if not articles:
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        print("error: no annotated article could be scored", file=sys.stderr)
        return 2
    predict(articles, args.actors)
    result = evaluate(articles, args.limit)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    if args.json:
        result["problems"] = problems
        print(json.dumps(result, indent=1, ensure_ascii=False))
    else:
        print_report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
