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

What differs from the pandas path:

- the Dask DataFrames are lazy: nothing is read until ``compute()``, ``persist()`` or a
  count; computing twice reads twice, so ``persist()`` what you reuse;
- the index restarts at 0 in each partition (``compute().reset_index(drop=True)`` gives the
  pandas index), and categorical columns (``language``, ``encoding``; ``doc_id``, ``alias``,
  ``actor_id``... of the mentions) have the categories of each partition, which pandas unites
  on ``compute()``: the values are those of the pandas path, the category order may differ;
- ``duplicate_of`` and the ``doc_id`` of files sharing a name in two subfolders need every
  article: after the partitions are read, one small task gathers ``doc_id``, ``path`` and
  ``content_hash`` of all articles (about 100 bytes an article), finds the first article of
  each hash in path order, and every partition takes its ``duplicate_of`` from it, exactly
  as the pandas path does;
- files that are not loaded (empty, binary...) are not listed: ``python -m analysis corpus``
  accounts for them; there is no Parquet cache.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from analysis import corpus as corpus_module
from analysis.counts import count_mentions

FILES_PER_PARTITION = 2500
"""Article files read by one task: large enough for the batched work to pay (about 5 MB)."""


def load_corpus_dask(
    source: str | os.PathLike | None = None,
    *,
    files_per_partition: int = FILES_PER_PARTITION,
    scheduler=None,
    **ignored,
):
    """A folder of articles as a lazy Dask DataFrame, one partition per block of files.

    Parameters
    ----------
    source : path, optional
        A folder of ``.txt`` articles (searched recursively); by default
        :func:`analysis.config.corpus_dir`. Tables and single files are read with
        :func:`analysis.load_corpus`.
    files_per_partition : int, default 2500
        Files per partition (in path order).
    scheduler : distributed.Client or str, optional
        The address of a scheduler (``"tcp://host:8786"``): a client connects to it and
        becomes the default one. By default (or given a client, which is the default once
        created), the current client, or Dask's local scheduler without one.
    ignored
        ``cache``, ``cache_dir``, ``progress``, ``n_jobs``: options of the pandas path that
        do not apply here.

    Returns
    -------
    dask.dataframe.DataFrame
        The columns of :data:`analysis.corpus.COLUMNS` with their dtypes (see the module
        notes on the index and categories).

    Examples
    --------
    >>> from tempfile import mkdtemp
    >>> folder = Path(mkdtemp())
    >>> article = " date 2023-07 Photo : AFP\\n\\nSéoul a protesté."
    >>> _ = (folder / "000_a.txt").write_text(article, encoding="utf-8")
    >>> articles = load_corpus_dask(folder)
    >>> articles.compute()[["doc_id", "month", "credit"]]
      doc_id    month credit
    0  000_a  2023-07    AFP
    """
    import dask
    import dask.dataframe as dd

    unknown = set(ignored) - {"cache", "cache_dir", "progress", "n_jobs"}
    if unknown:
        raise TypeError(
            f"load_corpus_dask() got unexpected option(s) {sorted(unknown)}; it takes "
            "source, files_per_partition and scheduler."
        )
    if files_per_partition < 1:
        raise ValueError(f"files_per_partition must be 1 or more, got {files_per_partition}.")
    _connect(scheduler)
    root = Path(source) if source is not None else corpus_module.config.corpus_dir()
    if not root.is_dir():
        raise corpus_module.CorpusError(
            f"load_corpus_dask needs a folder of .txt articles, and {root} is "
            + ("a file: use analysis.load_corpus for it." if root.exists() else "not found.")
        )
    relative_paths, _ = corpus_module.list_corpus_files(root)
    blocks = [
        relative_paths[i : i + files_per_partition]
        for i in range(0, len(relative_paths), files_per_partition)
    ] or [[]]
    meta = _unknown_categories(corpus_module._frame_of_columns([]), ["language", "encoding"])
    read = dd.from_map(_read_partition, blocks, root=str(root), meta=meta)
    fixes = dask.delayed(_corpus_wide_fixes)(*read[["doc_id", "path", "content_hash"]].to_delayed())
    final_meta = _unknown_categories(
        _finish_partition(meta.copy(), ({}, set())), ["language", "encoding"]
    )
    return read.map_partitions(_finish_partition, fixes, meta=final_meta)


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
    from analysis.mentions import _resolve_actors, find_mentions

    dictionary = _resolve_actors(actors)
    meta = find_mentions(articles._meta, dictionary, n_jobs=1, progress=False)
    meta = _unknown_categories(
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
) -> pd.DataFrame:
    """:func:`analysis.count_mentions` of a Dask corpus, from exact per-partition counts.

    Each partition is counted by :func:`analysis.count_mentions` on its worker; the
    partition tables are then added up (mentions, articles mentioning, articles and words
    per period) and the rates recomputed from the sums. An article lies in one partition,
    so the numbers of articles mentioning an actor add up exactly.

    Parameters
    ----------
    mentions, articles : dask.dataframe.DataFrame
        From :func:`find_mentions_dask` and :func:`load_corpus_dask` (same partitions).
    by : {"actor", "country", "document", "month"}
    level, kinds, exclude_kinds
        As for :func:`analysis.count_mentions`.

    Returns
    -------
    pandas.DataFrame
        The table :func:`analysis.count_mentions` gives on the whole corpus.
    """
    import dask

    if by == "country":
        by, level = "actor", "country"
    if by not in {"actor", "document", "month"}:
        raise ValueError(f"by must be 'actor', 'country', 'document' or 'month', not {by!r}.")
    if mentions.npartitions != articles.npartitions:
        raise ValueError(
            f"mentions has {mentions.npartitions} partitions and articles "
            f"{articles.npartitions}: pass the mentions find_mentions_dask(articles) made."
        )
    options = {"level": level, "kinds": kinds, "exclude_kinds": exclude_kinds}
    parts = [
        dask.delayed(_count_partition)(part_mentions, part_articles, by, options)
        for part_mentions, part_articles in zip(
            mentions.to_delayed(), articles.to_delayed(), strict=True
        )
    ]
    (partials,) = dask.compute(parts)
    if by == "document":
        return _combine_documents(partials)
    if by == "actor":
        return _combine_actors(partials)
    return _combine_months(partials)


# --------------------------------------------------------------------------- partitions


def _connect(scheduler) -> None:
    """Make ``scheduler`` (a client, or the address of a scheduler) the one Dask uses."""
    if scheduler is None:
        return
    from distributed import Client

    if isinstance(scheduler, str):
        # A new client becomes the default one, for this and every later computation.
        Client(scheduler)
    elif not isinstance(scheduler, Client):
        raise TypeError(
            f"scheduler must be a distributed.Client or an address such as "
            f"'tcp://host:8786', not {type(scheduler).__name__}."
        )


def _unknown_categories(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """``frame`` with the categories of ``columns`` marked unknown (they vary by partition)."""
    from dask.dataframe.utils import clear_known_categories

    return clear_known_categories(frame, cols=[c for c in columns if c in frame])


def _read_partition(relative_paths: list[str], root: str) -> pd.DataFrame:
    """Read, clean and measure one block of files (no corpus-wide column yet)."""
    columns, _ = corpus_module._read_chunk(Path(root), relative_paths)
    return corpus_module._frame_of_columns([columns])


def _corpus_wide_fixes(*parts: pd.DataFrame) -> tuple[dict[str, str], set[str]]:
    """What needs every article: the first ``doc_id`` of each content hash, and the paths
    of files whose name another loaded file shares (they take their path as ``doc_id``)."""
    table = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    if table.empty:
        return {}, set()
    clash = table["doc_id"].duplicated(keep=False)
    clashing = set(table.loc[clash, "path"].tolist())
    doc_ids = table["doc_id"].where(~clash, table["path"].str.replace(r"\.txt$", "", regex=True))
    firsts = pd.DataFrame({"hash": table["content_hash"], "doc_id": doc_ids})
    firsts = firsts.drop_duplicates("hash")
    return dict(zip(firsts["hash"].tolist(), firsts["doc_id"].tolist(), strict=True)), clashing


def _finish_partition(
    articles: pd.DataFrame, fixes: tuple[dict[str, str], set[str]]
) -> pd.DataFrame:
    first_doc_of_hash, clashing = fixes
    articles = articles.reset_index(drop=True)
    articles = corpus_module._doc_id_from_path(articles, articles["path"].isin(clashing))
    first_of_hash = articles["content_hash"].map(first_doc_of_hash).astype("string")
    return corpus_module._with_duplicates_and_dtypes(articles, first_of_hash)


def _count_partition(
    mentions: pd.DataFrame, articles: pd.DataFrame, by: str, options: dict
) -> dict[str, object]:
    """The counts of one partition, and what combining them needs."""
    from analysis.counts import actor_key, select_kinds

    selected = select_kinds(mentions, options["kinds"], exclude=options["exclude_kinds"])
    level = options["level"]
    table = count_mentions(mentions, articles, by=by, **options)
    partial: dict[str, object] = {"table": table, "level": level}
    if by == "actor":
        # The name of an actor id that is mentioned is its own; count_mentions falls back on
        # the dictionary's state names only for countries never mentioned as such.
        names = selected[["actor_id", "actor_name"]].astype("string").drop_duplicates("actor_id")
        partial["names"] = dict(zip(names["actor_id"], names["actor_name"], strict=True))
        partial["n_articles"] = len(articles)
        partial["n_words"] = int(pd.to_numeric(articles["n_words"]).sum())
    elif by == "month":
        keyed = selected.assign(_key=actor_key(selected, level), _own=selected["actor_id"])
        own = keyed[keyed["_key"].astype("string") == keyed["_own"].astype("string")]
        own = own[["_key", "actor_name"]].astype("string").drop_duplicates("_key")
        partial["names"] = {
            key: name
            for key, name in zip(own["_key"], own["actor_name"], strict=True)
            if pd.notna(name)
        }
        dated = articles[articles["month"].notna()]
        partial["base"] = dated.groupby("month").agg(
            n_articles=("doc_id", "size"), n_words=("n_words", "sum")
        )
        partial["n_undated"] = int(articles["month"].isna().sum())
        partial["n_total"] = len(articles)
    return partial


# --------------------------------------------------------------------------- combining


def _combine_documents(partials: list[dict[str, object]]) -> pd.DataFrame:
    tables = [partial["table"] for partial in partials]
    result = pd.concat(tables, ignore_index=True)
    # count_mentions groups by document then actor, in the order of their text.
    return result.sort_values(["doc_id", "actor_id"], kind="stable").reset_index(drop=True)


def _combine_actors(partials: list[dict[str, object]]) -> pd.DataFrame:
    n_articles = sum(partial["n_articles"] for partial in partials)
    n_words = sum(partial["n_words"] for partial in partials)
    names: dict[str, str] = {}
    fallback: dict[str, object] = {}
    tables = []
    for partial in partials:
        table = partial["table"]
        names.update((k, v) for k, v in partial["names"].items() if k not in names)
        fallback.update(
            (k, v)
            for k, v in zip(table["actor_id"], table["actor_name"], strict=True)
            if k not in fallback
        )
        tables.append(table[["actor_id", "mentions", "articles"]])
    summed = (
        pd.concat(tables, ignore_index=True)
        .groupby("actor_id", sort=True)[["mentions", "articles"]]
        .sum()
        if tables
        else pd.DataFrame(columns=["mentions", "articles"])
    )
    result = pd.DataFrame(
        {
            "mentions": summed["mentions"].astype("Int64"),
            "articles": summed["articles"].astype("Int64"),
        }
    )
    result["per_1k_words"] = result["mentions"].astype(float) * 1000 / max(n_words, 1)
    result["share_of_articles"] = result["articles"].astype(float) / max(n_articles, 1)
    result["n_articles"] = pd.array([n_articles] * len(result), dtype="Int64")
    result["n_words"] = pd.array([n_words] * len(result), dtype="Int64")
    result = result.rename_axis("actor_id").reset_index()
    result.insert(
        1,
        "actor_name",
        [names.get(key, fallback.get(key)) for key in result["actor_id"]],
    )
    result["actor_id"] = result["actor_id"].astype("string")
    result["actor_name"] = result["actor_name"].astype("string")
    return result.sort_values(["mentions", "actor_id"], ascending=[False, True]).reset_index(
        drop=True
    )


def _combine_months(partials: list[dict[str, object]]) -> pd.DataFrame:
    import warnings

    import numpy as np

    from analysis.timeline import TIMELINE_COLUMNS, DroppedArticlesWarning

    base = pd.concat([partial["base"] for partial in partials]).groupby(level=0).sum()
    counts = pd.concat(
        [
            partial["table"][["actor_id", "period", "mentions", "articles_mentioning"]]
            for partial in partials
        ],
        ignore_index=True,
    )
    counts["actor_id"] = counts["actor_id"].astype("string")
    counts = counts.groupby(["actor_id", "period"])[["mentions", "articles_mentioning"]].sum()
    names: dict[str, str] = {}
    for partial in partials:
        names.update((k, v) for k, v in partial["names"].items() if k not in names)
    if len(base):
        periods = pd.period_range(base.index.min(), base.index.max(), freq="M", name="period")
    else:
        periods = pd.PeriodIndex([], freq="M", name="period")
    base = base.reindex(periods, fill_value=0).astype("Int64")
    totals = counts["mentions"].groupby(level="actor_id").sum()
    totals = totals[totals > 0].rename("total").reset_index()
    totals = totals.sort_values(["total", "actor_id"], ascending=[False, True])
    actor_ids = [str(actor_id) for actor_id in totals["actor_id"]]
    grid = pd.MultiIndex.from_product([actor_ids, periods], names=["actor_id", "period"])
    counts.index = counts.index.set_levels(counts.index.levels[0].astype(object), level=0)
    table = counts.reindex(grid, fill_value=0).reset_index()
    table["n_articles"] = base["n_articles"].reindex(table["period"]).to_numpy()
    table["n_words"] = base["n_words"].reindex(table["period"]).to_numpy()
    table["gap"] = (table["n_articles"] == 0).to_numpy(dtype=bool)
    table["small_n"] = (~table["gap"] & (table["n_articles"] < 5)).to_numpy(dtype=bool)
    table["actor_id"] = table["actor_id"].astype("string")
    table["actor_name"] = pd.Series(
        [names.get(actor_id, actor_id) for actor_id in table["actor_id"]],
        index=table.index,
        dtype="string",
    )
    for column in ("mentions", "articles_mentioning", "n_articles", "n_words"):
        table[column] = table[column].astype("Int64")

    def as_float(values: pd.Series) -> np.ndarray:
        return values.to_numpy(dtype="float64", na_value=np.nan)

    def ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(denominator > 0, numerator / denominator, np.nan)

    table["per_1k_words"] = ratio(as_float(table["mentions"]), as_float(table["n_words"])) * 1000
    table["share_of_articles"] = ratio(
        as_float(table["articles_mentioning"]), as_float(table["n_articles"])
    )
    table["value"] = np.where(table["gap"], np.nan, table["mentions"].astype("float64"))
    n_undated = sum(partial["n_undated"] for partial in partials)
    if n_undated:
        n_total = sum(partial["n_total"] for partial in partials)
        warnings.warn(
            f"{n_undated} of {n_total} articles have no month and were left out of the "
            "timeline (count kept in table.attrs['n_undated_dropped']).",
            DroppedArticlesWarning,
            stacklevel=3,
        )
    table = table[list(TIMELINE_COLUMNS)].reset_index(drop=True)
    table.attrs.update(n_undated_dropped=n_undated)
    return table
