"""Load, match and count on a Dask cluster: the same results as the pandas path, at any scale.

One machine reads 100,000 articles in seconds with :func:`analysis.load_corpus`; this module
is for corpora or dictionaries too big for one machine's memory or patience. It splits the
work by article: each partition of the corpus is a list of files read, cleaned and matched
by one Dask worker, and the counts of the partitions are added up exactly (sums of mentions
and of articles, never averages), so that the tables equal those of the pandas path.

Run it on a cluster (or a ``LocalCluster``)::

    from dask.distributed import Client
    from analysis.scale import load_corpus_dask, find_mentions_dask, count_mentions_dask

    client = Client("tcp://scheduler:8786")  # or Client() for all the cores of this machine
    articles = load_corpus_dask("/shared/corpus")  # or load_corpus(path, engine="dask")
    mentions = find_mentions_dask(articles)
    counts = count_mentions_dask(mentions, articles, by="actor")  # a pandas DataFrame

The corpus folder must be readable by every worker at the same path (a shared disk), and
Dask must be installed (the ``scale`` extra: ``pip install -e ".[scale]"``).

Loading a corpus on the cluster, and how its tables differ from the pandas path's (lazy
frames, index, categories, files not listed), is described in
:mod:`analysis.corpus.distributed`. The counts are those of :func:`analysis.count_mentions`:
each partition gives the counting core's sums (:meth:`analysis.tally.Tally.sums`) and the
table is finished from their total by the same functions.
"""

from __future__ import annotations

import pandas as pd

from analysis.corpus.distributed import FILES_PER_PARTITION, load_corpus_dask, unknown_categories
from analysis.counts import count_mentions
from analysis.measures import MIN_ARTICLES
from analysis.periods import UNIT_NAMES, UNITS, article_periods
from analysis.tally import Tally, actor_table, add_sums
from analysis.timeline import finish_timeline, warn_dropped, window_of

__all__ = ["FILES_PER_PARTITION", "count_mentions_dask", "find_mentions_dask", "load_corpus_dask"]


def find_mentions_dask(articles, actors=None):
    """Every actor mention of a Dask corpus: :func:`analysis.find_mentions`, partition-wise.

    Parameters
    ----------
    articles : dask.dataframe.DataFrame
        From :func:`load_corpus_dask` (needs ``doc_id``, ``text``; ``language`` is copied).
    actors : ActorDictionary, path or None
        As for :func:`analysis.find_mentions`; loaded once here and sent to the workers.

    Returns
    -------
    dask.dataframe.DataFrame
        Columns of :data:`analysis.mentions.MENTION_COLUMNS`, one
        partition per corpus partition, so that :func:`count_mentions_dask` can pair them.
    """
    from analysis.mentions import find_mentions, resolve_actors

    dictionary = resolve_actors(actors)
    meta = find_mentions(articles._meta, dictionary, n_jobs=1, progress=False)
    meta = unknown_categories(
        meta, ["doc_id", "alias", "actor_id", "actor_name", "country", "organisation", "language"]
    )
    return articles.map_partitions(find_mentions, dictionary, n_jobs=1, progress=False, meta=meta)


def count_mentions_dask(
    mentions,
    articles,
    *,
    by: str = "actor",
    level: str = "actor",
    kinds=None,
    exclude_kinds=None,
    start=None,
    end=None,
    min_articles: int = MIN_ARTICLES,
) -> pd.DataFrame:
    """:func:`analysis.count_mentions` of a Dask corpus, from exact per-partition sums.

    Each partition is counted on its worker by the counting core
    (:meth:`analysis.tally.Tally.sums`: mentions, articles mentioning, and the articles and
    words of each period); the sums are added up (:func:`analysis.tally.add_sums`) and the
    table is finished by the same functions as :func:`analysis.count_mentions`, so the two
    give the same table. An article lies in one partition, so the numbers of articles
    mentioning an actor add up exactly.

    Parameters
    ----------
    mentions, articles : dask.dataframe.DataFrame
        From :func:`find_mentions_dask` and :func:`load_corpus_dask` (same partitions).
    by : {"actor", "country", "organisation", "document", "day", "week", "month", "quarter", "year"}
    level, kinds, exclude_kinds, start, end, min_articles
        As for :func:`analysis.count_mentions`.

    Returns
    -------
    pandas.DataFrame
        The table :func:`analysis.count_mentions` gives on the whole corpus.
    """
    import dask

    if by in ("country", "organisation"):
        by, level = "actor", by
    unit = UNIT_NAMES.get(by, by if by in UNITS else None)
    if by not in ("actor", "document") and unit is None:
        raise ValueError(
            f"by must be 'actor', 'country', 'organisation', 'document' or one of "
            f"{list(UNIT_NAMES)}, not {by!r}."
        )
    if mentions.npartitions != articles.npartitions:
        raise ValueError(
            f"mentions has {mentions.npartitions} partitions and articles "
            f"{articles.npartitions}: pass the mentions find_mentions_dask(articles) made."
        )
    options = {"level": level, "kinds": kinds, "exclude_kinds": exclude_kinds, "unit": unit}
    parts = [
        dask.delayed(_partition_sums)(part_mentions, part_articles, by, options)
        for part_mentions, part_articles in zip(
            mentions.to_delayed(), articles.to_delayed(), strict=True
        )
    ]
    (partials,) = dask.compute(parts)
    if by == "document":
        tables = [partial for partial in partials if len(partial)]
        if not tables:
            return partials[0]
        result = pd.concat(tables, ignore_index=True)
        return result.sort_values(["doc_id", "actor_id"], kind="stable").reset_index(drop=True)
    sums = add_sums([partial for partial, _ in partials])
    if unit is None:
        return actor_table(sums)
    n_undated = sum(n for _, n in partials)
    table = finish_timeline(
        sums,
        window_of(sums, unit, start, end),
        level=level,
        min_articles=min_articles,
    )
    n_total = int(sums.base["n_articles"].sum()) + n_undated
    table.attrs.update(n_undated_dropped=n_undated)
    warn_dropped(n_undated, n_total, unit)
    return table


# --------------------------------------------------------------------------- partitions


def _partition_sums(mentions: pd.DataFrame, articles: pd.DataFrame, by: str, options: dict):
    """What one partition adds to the counts (the core's sums, or its table by document)."""
    if by == "document":
        return count_mentions(
            mentions,
            articles,
            by="document",
            level=options["level"],
            kinds=options["kinds"],
            exclude_kinds=options["exclude_kinds"],
        )
    tally = Tally(mentions, articles)
    kinds_counted = tally.kind_mask(options["kinds"], options["exclude_kinds"])
    if options["unit"] is None:
        return tally.sums(options["level"], kind_mask=kinds_counted), 0
    periods = article_periods(articles, options["unit"])
    codes, labels = pd.factorize(periods, sort=True)
    sums = tally.sums(options["level"], groups=codes, labels=list(labels), kind_mask=kinds_counted)
    return sums, int(periods.isna().sum())
