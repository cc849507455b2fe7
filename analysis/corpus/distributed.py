"""A folder of articles as a lazy Dask DataFrame: the same articles, read on a cluster.

Each partition is a block of files read, cleaned and measured by one Dask worker, as the
pandas path reads a chunk (:func:`analysis.corpus.workers.read_chunk`). What differs:

- nothing is read until ``compute()``, ``persist()`` or a count; computing twice reads
  twice, so ``persist()`` what you reuse;
- the index restarts at 0 in each partition (``compute().reset_index(drop=True)`` gives the
  pandas index), and ``language`` and ``encoding`` have the categories of each partition,
  which pandas unites on ``compute()``: the values are those of the pandas path, the
  category order may differ;
- ``duplicate_of`` and the ``doc_id`` of files sharing a name in two subfolders need every
  article: after the partitions are read, one small task gathers ``doc_id``, ``path`` and
  ``content_hash`` of all articles (about 100 bytes an article), finds the first article of
  each hash in path order, and every partition takes its ``duplicate_of`` from it, exactly
  as the pandas path does;
- files that are not loaded (empty, binary...) are not listed: ``python -m analysis corpus``
  accounts for them; there is no Parquet cache.

The corpus folder must be readable by every worker at the same path (a shared disk), and
Dask must be installed (the ``scale`` extra: ``pip install -e ".[scale]"``); it is imported
only when a function here is called.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.corpus.columns import CorpusError, doc_id_from_path, with_duplicates_and_dtypes
from analysis.corpus.files import list_corpus_files
from analysis.corpus.workers import frame_of_columns, read_chunk

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
    root = Path(source) if source is not None else config.corpus_dir()
    if not root.is_dir():
        raise CorpusError(
            f"load_corpus_dask needs a folder of .txt articles, and {root} is "
            + ("a file: use analysis.load_corpus for it." if root.exists() else "not found.")
        )
    relative_paths, _ = list_corpus_files(root)
    blocks = [
        relative_paths[i : i + files_per_partition]
        for i in range(0, len(relative_paths), files_per_partition)
    ] or [[]]
    meta = unknown_categories(frame_of_columns([]), ["language", "encoding"])
    read = dd.from_map(_read_partition, blocks, root=str(root), meta=meta)
    fixes = dask.delayed(_corpus_wide_fixes)(*read[["doc_id", "path", "content_hash"]].to_delayed())
    final_meta = unknown_categories(
        _finish_partition(meta.copy(), ({}, set())), ["language", "encoding"]
    )
    return read.map_partitions(_finish_partition, fixes, meta=final_meta)


def unknown_categories(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """``frame`` with the categories of ``columns`` marked unknown (they vary by partition).

    For the ``meta`` of a Dask DataFrame whose partitions each have their own categories;
    columns that ``frame`` lacks are left out.
    """
    from dask.dataframe.utils import clear_known_categories

    return clear_known_categories(frame, cols=[c for c in columns if c in frame])


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


def _read_partition(relative_paths: list[str], root: str) -> pd.DataFrame:
    """Read, clean and measure one block of files (no corpus-wide column yet)."""
    columns, _ = read_chunk(Path(root), relative_paths)
    return frame_of_columns([columns])


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
    articles = doc_id_from_path(articles, articles["path"].isin(clashing))
    first_of_hash = articles["content_hash"].map(first_doc_of_hash).astype("string")
    return with_duplicates_and_dtypes(articles, first_of_hash)
