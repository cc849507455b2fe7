"""Reading a whole corpus: a folder, one file or a table, through the cache when it can."""

from __future__ import annotations

import os
import warnings
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.corpus.cache import (
    CacheWarning,
    DamagedCache,
    cache_folder,
    discard_cache,
    latest_cache,
    read_cache,
    write_cache,
)
from analysis.corpus.columns import (
    CorpusError,
    LoadResult,
    finish_articles,
    frames_of_rows,
    skipped_frame,
)
from analysis.corpus.files import fingerprint, read_and_parse, scan_corpus
from analysis.corpus.tables import TABLE_READERS, read_table
from analysis.corpus.workers import parse_all
from analysis.leftovers import spool_folders, sweep


def read_corpus(
    source: str | os.PathLike | None = None,
    *,
    columns: Mapping[str, str] | None = None,
    cache: bool = True,
    cache_dir: str | os.PathLike | None = None,
    progress: bool | None = None,
    n_jobs: int | None = None,
) -> LoadResult:
    """Read a corpus and account for every file.

    Parameters
    ----------
    source : path, optional
        A folder of ``.txt`` articles (searched recursively), one article file, or a table
        (``.csv``, ``.jsonl``/``.ndjson``, ``.parquet``). Defaults to
        :func:`analysis.config.corpus_dir`.
    columns : mapping, optional
        For tables: which column holds each field, e.g. ``{"text": "body", "date":
        "published", "doc_id": "id", "credit": "source"}``. Unmapped fields are looked for
        under their own name; ``text`` is required.
    cache : bool, default True
        Reuse (and write) a Parquet cache of a folder corpus. Any added, removed or changed
        file invalidates it: its name, size, modification and status-change times, inode
        and device are the key, as version-control tools compare them. A damaged cache is
        reported by one :class:`~analysis.corpus.cache.CacheWarning` and rebuilt. ``False``
        reads every file and writes no cache.
    cache_dir : path, optional
        Where caches live; defaults to :func:`analysis.config.cache_dir`. Never inside the
        corpus folder.
    progress : bool, optional
        Show a tqdm progress bar; by default only for corpora of 1,000 files or more.
    n_jobs : int, optional
        Processes used to read large folders (default: one per core above
        :data:`analysis.corpus.PARALLEL_THRESHOLD` files).

    Returns
    -------
    LoadResult

    Raises
    ------
    CorpusError
        The source does not exist or is neither a folder nor a file (``/dev/null``, a
        FIFO), the folder cannot be listed, a table cannot be read or lacks its text column,
        or ``cache_dir`` is inside the corpus folder.

    Examples
    --------
    >>> from tempfile import mkdtemp
    >>> folder = Path(mkdtemp())
    >>> article = " date 2023-07 Photo : AFP\\n\\nSéoul a protesté."
    >>> _ = (folder / "000_a.txt").write_text(article, encoding="utf-8")
    >>> _ = (folder / "notes.md").write_text("à lire", encoding="utf-8")
    >>> result = read_corpus(folder, cache=False)
    >>> result.files_seen, len(result.articles), result.skipped["reason"].tolist()
    (2, 1, ['not an article file (.txt expected, found .md extension)'])
    """
    source = Path(source) if source is not None else config.corpus_dir()
    if not source.exists():
        raise CorpusError(
            f"Corpus not found: {source}. Give a folder of .txt articles, one .txt file, "
            "or a .csv/.jsonl/.parquet table."
        )
    # What killed runs left: language tables half written, worker spool folders.
    sweep(config.cache_dir() / "language")
    for folder in spool_folders():
        sweep(folder, shared=True)
    if source.is_file() and source.suffix.lower() in TABLE_READERS:
        return read_table(source, columns or {})
    if source.is_file():
        articles, skipped = frames_of_rows(read_and_parse(source.parent, [source.name]))
        return LoadResult(articles, skipped, 1, source)
    if not source.is_dir():
        # /dev/null or a FIFO would otherwise be an empty folder: 0 files, and no error.
        raise CorpusError(
            f"{source} is not a folder or a table, nor a file: a device, FIFO or socket. Give "
            "a folder of .txt articles, one .txt file, or a .csv/.jsonl/.parquet table."
        )
    folder = cache_folder(source, cache_dir) if cache else None
    # The cache of the last load is read while the files are listed and looked at, and
    # used if none of them changed.
    reader = ThreadPoolExecutor(max_workers=1)
    latest = latest_cache(folder) if folder is not None else None
    early = reader.submit(read_cache, latest) if latest is not None else None
    damage = None
    try:
        if folder is not None:
            sweep(folder)
        listing = scan_corpus(source)
        relative_paths, other_files = listing.articles, listing.others
        cache_path = None
        if folder is not None:
            key = fingerprint(source, relative_paths + other_files)[:24]
            cache_path = folder / f"{key}.parquet"
            try:
                cached = early.result() if latest == cache_path else read_cache(cache_path)
            except DamagedCache as error:
                cached, damage = None, error
    finally:
        reader.shutdown(wait=False, cancel_futures=True)
    if damage is not None:
        warnings.warn(
            f"{damage} The corpus is read from its files again and the cache rewritten; if "
            f"this happens again, check the disk that holds {damage.path.parent}.",
            CacheWarning,
            stacklevel=2,
        )
        discard_cache(damage.path)
    files_seen = len(relative_paths) + len(other_files)
    if cache_path is not None and cached is not None:
        articles, skipped = cached
        return LoadResult(articles, skipped, files_seen, source, True, cache_path)
    not_articles = listing.not_read()
    show = progress if progress is not None else len(relative_paths) >= 1000
    parsed, not_loaded = parse_all(source, relative_paths, show, n_jobs)
    articles = finish_articles(parsed)
    skipped = skipped_frame(not_loaded + not_articles)
    result = LoadResult(articles, skipped, files_seen, source, False, cache_path)
    if cache_path is not None:
        write_cache(cache_path, articles, skipped)
    return result


def load_corpus(
    source: str | os.PathLike | None = None, *, engine: str = "pandas", **options
) -> pd.DataFrame:
    """Load a corpus into one row per article; see :func:`read_corpus` for the options.

    The files that were not loaded are kept in ``articles.attrs["skipped"]`` (a list of
    ``{"path", "reason"}``) with ``files_seen`` and ``root``;
    :func:`analysis.corpus.corpus_report` gives the full account.

    ``engine="dask"`` returns a lazy Dask DataFrame read partition by partition on the
    current Dask scheduler or cluster, with the same columns (see
    :func:`analysis.corpus.distributed.load_corpus_dask` for its options; Dask is the
    ``scale`` extra).

    Examples
    --------
    >>> from tempfile import mkdtemp
    >>> folder = Path(mkdtemp())
    >>> article = " date 2023-07 Photo : AFP\\n\\nSéoul a protesté."
    >>> _ = (folder / "000_a.txt").write_text(article, encoding="utf-8")
    >>> articles = load_corpus(folder, cache=False)
    >>> articles[["doc_id", "month", "credit", "language"]].dtypes.astype(str).tolist()
    ['string', 'period[M]', 'string', 'category']
    """
    if engine == "dask":
        # Dask is an optional extra: imported only when asked for.
        from analysis.corpus.distributed import load_corpus_dask

        return load_corpus_dask(source, **options)
    if engine != "pandas":
        raise ValueError(f"engine must be 'pandas' or 'dask', not {engine!r}.")
    result = read_corpus(source, **options)
    articles = result.articles
    articles.attrs.update(
        root=str(result.root),
        files_seen=result.files_seen,
        skipped=result.skipped.to_dict("records"),
        from_cache=result.from_cache,
    )
    return articles
