"""How long does the explorer take to answer a filter change?

Builds :class:`analysis.explore.ExplorerData` once for a corpus, then times
:meth:`ExplorerData.view` (the data behind every view of the explorer) for a series of filter
changes a reader makes: moving the month range, choosing actors, switching to countries,
dropping alias kinds, keeping one language. Beside it, in the same run, a baseline: the same
change answered the direct way, by filtering the corpus and recomputing only the timeline with
:func:`analysis.timeline.actor_timeline` from the full mention table.

Usage::

    python benchmarks/explore_filter.py CORPUS [--repeat 5] [--mentions FILE.parquet]

``--mentions`` keeps the mention table in a Parquet file (found once, ~30 s for 100,000
articles, then read back). A synthetic corpus of any size comes from
``python -m analysis.sample --n 100000 --out DIR``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

from analysis.corpus import load_corpus
from analysis.explore import ExplorerData, Filters
from analysis.mentions import find_mentions
from analysis.timeline import actor_timeline

TARGET_SECONDS = 0.3


def filter_changes(months: list[str]) -> list[Filters]:
    """What a reader does: each entry is the state after one change of the controls."""
    first, last = months[0], months[-1]
    middle = months[len(months) // 2]
    quarter = months[len(months) // 4]
    return [
        Filters(start=quarter, end=last),
        Filters(start=quarter, end=middle),
        Filters(start=quarter, end=middle, actors=("RUS", "PRK")),
        Filters(start=first, end=middle, actors=("RUS", "PRK")),
        Filters(start=first, end=middle, actors=("RUS", "PRK"), level="country"),
        Filters(start=first, end=middle, actors=("RUS", "PRK"), level="country", kinds=("name",)),
        Filters(start=middle, end=last, actors=("KOR",), languages=("en",)),
        Filters(start=middle, end=last, actors=("KOR",), measure="share_of_articles"),
    ]


def direct_timeline(corpus: pd.DataFrame, mentions: pd.DataFrame, filters: Filters, actors):
    """The baseline: filter the corpus with pandas, recompute the timeline from all mentions."""
    keep = corpus["month"].notna()
    if filters.start:
        keep &= corpus["month"] >= pd.Period(filters.start, freq="M")
    if filters.end:
        keep &= corpus["month"] <= pd.Period(filters.end, freq="M")
    if filters.languages is not None:
        keep &= corpus["language"].astype(str).isin(filters.languages)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return actor_timeline(
            mentions,
            corpus[keep.fillna(False).astype(bool)],
            actors=list(actors),
            level=filters.level,
            kinds=list(filters.kinds),
            measure=filters.measure,
            start=filters.start,
            end=filters.end,
        )


def timed(function, *arguments):
    began = time.perf_counter()
    result = function(*arguments)
    return time.perf_counter() - began, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="corpus folder (or table) to load")
    parser.add_argument("--repeat", type=int, default=5, help="timings per filter change")
    parser.add_argument("--mentions", type=Path, help="Parquet file keeping the mention table")
    arguments = parser.parse_args(argv)

    seconds, corpus = timed(load_corpus, arguments.corpus)
    print(f"corpus: {len(corpus):,} articles loaded in {seconds:.1f} s")
    if arguments.mentions is not None and arguments.mentions.exists():
        mentions = pd.read_parquet(arguments.mentions)
        print(f"mentions: {len(mentions):,} read from {arguments.mentions}")
    else:
        seconds, mentions = timed(find_mentions, corpus)
        print(f"mentions: {len(mentions):,} found in {seconds:.1f} s")
        if arguments.mentions is not None:
            mentions.to_parquet(arguments.mentions)

    seconds, data = timed(ExplorerData, corpus, mentions)
    print(f"ExplorerData built once in {seconds:.2f} s")
    changes = filter_changes(data.months())
    data.view(changes[0])  # warm-up: first calls pay for imports and allocations

    explorer_times, baseline_times = [], []
    print(f"\n{'filter change':<62} {'view()':>9} {'baseline':>9}")
    for filters in changes:
        runs = [timed(data.view, filters) for _ in range(arguments.repeat)]
        view_seconds = statistics.median(seconds for seconds, _ in runs)
        view = runs[0][1]
        baseline_seconds = statistics.median(
            timed(direct_timeline, corpus, mentions, filters, view.timeline_actors)[0]
            for _ in range(max(1, arguments.repeat // 2))
        )
        explorer_times.append(view_seconds)
        baseline_times.append(baseline_seconds)
        label = (
            f"{filters.start}..{filters.end} {'+'.join(filters.actors) or 'top'} "
            f"{filters.level} kinds={len(filters.kinds)} {filters.measure}"
            + (f" {'+'.join(filters.languages)}" if filters.languages else "")
        )
        print(f"{label:<62} {view_seconds * 1000:>7.0f} ms {baseline_seconds * 1000:>6.0f} ms")

    keyword = "pyongyang"
    first, _ = timed(data.keyword_mask, keyword)
    again, _ = timed(data.view, Filters(keyword=keyword))
    print(
        f"\nkeyword {keyword!r}: first search {first:.1f} s (folds every text once), "
        f"then view() {again * 1000:.0f} ms"
    )

    explorer = statistics.median(explorer_times)
    baseline = statistics.median(baseline_times)
    slowest = max(explorer_times)
    verdict = "met" if slowest < TARGET_SECONDS else "MISSED"
    print(
        f"\nmedian filter change: view() {explorer * 1000:.0f} ms (every view) vs baseline "
        f"{baseline * 1000:.0f} ms (timeline only): {baseline / explorer:.1f}x faster; "
        f"slowest view() {slowest * 1000:.0f} ms; target under "
        f"{TARGET_SECONDS * 1000:.0f} ms: {verdict}"
    )
    return 0 if slowest < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
