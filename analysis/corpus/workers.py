"""Reading a folder in chunks of files, in one process per core for large corpora.

Each chunk comes back as columns (Arrow and numpy arrays) rather than rows, so that the
worker processes do all the per-article work and their results travel as a few buffers;
the text columns go through a file in memory (``/dev/shm``), which costs a fifth of
sending them through the pool's pipe.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.corpus.columns import DATE_PRECISIONS
from analysis.corpus.files import read_and_parse
from analysis.corpus.language import batch_language_identifier, detect_languages
from analysis.processes import end_with_parent, worker_died
from analysis.text import character_tables

PARALLEL_THRESHOLD = 2000
"""Corpora with at least this many files are read by one process per core."""

_CHUNK_FILES = 2500
"""Files read per task: enough for the batched word counts and language detection to pay."""

_STRING_FIELDS = (
    "doc_id", "path", "credit", "header", "text", "raw_text", "content_hash", "notes",
)  # fmt: skip
_NOT_A_TIME = np.iinfo(np.int64).min  # NaT as an integer, for dates and months
_SPOOLED = "spooled"


def chunk_bounds(n: int, size: int, n_jobs: int, *, minimum: int) -> list[tuple[int, int]]:
    """``(start, stop)`` of the chunks that ``n`` items are shared out in among processes.

    Chunks of ``size`` items, but the last ``n_jobs * size`` items go in chunks a quarter as
    big (at least ``minimum``), so that no process is left waiting long for another to
    finish its last chunk; a small total is cut in four chunks per process.

    Examples
    --------
    >>> chunks = chunk_bounds(100_000, 2500, 2, minimum=500)
    >>> chunks[37:39], chunks[-1], len(chunks)
    ([(92500, 95000), (95000, 95625)], (99375, 100000), 46)
    >>> len(chunk_bounds(1000, 2500, 2, minimum=100))
    8
    """
    if n <= 0:
        return []
    if n < 4 * n_jobs * size:
        size = max(minimum, -(-n // (4 * n_jobs)))
        return [(i, min(i + size, n)) for i in range(0, n, size)]
    tail_start = n - n_jobs * size
    small = max(minimum, size // 4)
    bounds = [(i, min(i + size, tail_start)) for i in range(0, tail_start, size)]
    return bounds + [(i, min(i + small, n)) for i in range(tail_start, n, small)]


def parse_all(
    root: Path, relative_paths: list[str], show: bool, n_jobs: int | None
) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """Read and parse every file: the articles (see :func:`frame_of_columns`), and the
    ``(path, reason)`` of each file not loaded.

    From :data:`PARALLEL_THRESHOLD` files on, one process per core (or ``n_jobs``) reads
    chunks of them; ``show`` shows a tqdm progress bar.
    """
    from tqdm.auto import tqdm

    n_jobs = n_jobs or (os.cpu_count() or 1)
    bar = tqdm(total=len(relative_paths), unit="file", desc="Reading", disable=not show)
    size = _CHUNK_FILES
    chunks = [relative_paths[i : i + size] for i in range(0, len(relative_paths), size)]
    parts: list[tuple[dict[str, object], list[tuple[str, str]]]] = []
    if n_jobs > 1 and len(relative_paths) >= PARALLEL_THRESHOLD:
        chunks = [
            relative_paths[a:b]
            for a, b in chunk_bounds(len(relative_paths), _CHUNK_FILES, n_jobs, minimum=500)
        ]
        # Tables every worker needs, made once here for the workers to inherit by fork.
        character_tables()
        batch_language_identifier()
        with (
            tempfile.TemporaryDirectory(
                prefix=f"analysis-{os.getpid()}-", dir=_spool_parent()
            ) as spool,
            ProcessPoolExecutor(max_workers=n_jobs, initializer=end_with_parent) as pool,
        ):
            try:
                found = pool.map(
                    _read_chunk_spooled, [root] * len(chunks), chunks, [spool] * len(chunks)
                )
                for chunk, (columns, skipped) in zip(chunks, found, strict=True):
                    parts.append((_unspooled(columns), skipped))
                    bar.update(len(chunk))
            except BrokenProcessPool as error:
                bar.close()
                raise worker_died(f"reading {root}") from error
    else:
        for chunk in chunks:
            parts.append(read_chunk(root, chunk))
            bar.update(len(chunk))
    bar.close()
    articles = frame_of_columns([columns for columns, _ in parts])
    return articles, [row for _, skipped in parts for row in skipped]


def read_chunk(root: Path, relative_paths: list[str]) -> tuple[dict[str, object], list]:
    """Read and parse some files: the loaded articles as columns, and the files not loaded.

    The columns hold the word counts and languages too, so that the worker processes do
    all the per-article work, and they are Arrow and numpy arrays, which travel between
    processes as a few buffers instead of one object per value. :func:`frame_of_columns`
    makes them a DataFrame.
    """
    import pyarrow as pa

    rows = read_and_parse(root, relative_paths)
    loaded = [row for row in rows if isinstance(row, dict)]
    skipped = [row for row in rows if not isinstance(row, dict)]
    columns: dict[str, object] = {
        name: pa.array([row[name] for row in loaded], type=pa.large_string())
        for name in _STRING_FIELDS
    }
    columns["date"] = np.array(
        [_NOT_A_TIME if row["date"] is None else row["date"].value for row in loaded],
        dtype=np.int64,
    )
    columns["month"] = np.array(
        [_NOT_A_TIME if row["month"] is None else row["month"].ordinal for row in loaded],
        dtype=np.int64,
    )
    columns["date_precision"] = np.array(
        [DATE_PRECISIONS.index(row["date_precision"]) for row in loaded], dtype=np.int8
    )
    columns["n_sentences"] = np.array([row["n_sentences"] for row in loaded], dtype=np.int64)
    columns["encoding"] = np.array([row["encoding"] for row in loaded], dtype=object)
    texts = [row["text"] for row in loaded]
    columns["n_words"] = np.array([row["n_words"] for row in loaded], dtype=np.int64)
    columns["language"] = np.asarray(detect_languages(texts), dtype=object)
    return columns, skipped


def frame_of_columns(parts: list[dict[str, object]]) -> pd.DataFrame:
    """The articles of :func:`read_chunk` columns, in order, before the corpus-wide columns.

    :func:`analysis.corpus.finish_articles` adds those (``duplicate_of``...) and sets the
    dtypes of :data:`analysis.corpus.COLUMNS`.
    """
    import pyarrow as pa

    frame = {}
    for name in _STRING_FIELDS:
        arrays = [part[name] for part in parts] or [pa.array([], type=pa.large_string())]
        frame[name] = pd.arrays.ArrowStringArray(pa.chunked_array(arrays, pa.large_string()))

    def joined(name: str, dtype) -> np.ndarray:
        return np.concatenate([np.asarray(part[name]) for part in parts] or [np.empty(0, dtype)])

    frame["date"] = joined("date", np.int64).view("datetime64[ns]")
    frame["month"] = pd.PeriodIndex.from_ordinals(joined("month", np.int64), freq="M")
    frame["date_precision"] = pd.Categorical.from_codes(
        joined("date_precision", np.int8), categories=list(DATE_PRECISIONS)
    )
    frame["n_sentences"] = joined("n_sentences", np.int64)
    frame["n_words"] = joined("n_words", np.int64)
    # Categories of plain strings, as pandas makes from Python strings.
    frame["encoding"] = pd.Categorical(joined("encoding", object))
    frame["language"] = pd.Categorical(joined("language", object))
    return pd.DataFrame(frame)


def _spool_parent() -> str | None:
    """Where worker processes leave their text columns: memory (``/dev/shm``) if it exists."""
    shared = "/dev/shm"
    return shared if os.path.isdir(shared) and os.access(shared, os.W_OK) else None


def _read_chunk_spooled(root: Path, relative_paths: list[str], spool: str) -> tuple[dict, list]:
    """:func:`read_chunk` in a worker process, its text columns written to ``spool``.

    About ten megabytes of text a chunk: an Arrow file that the parent reads back costs a
    fifth of sending the same columns pickled through the pool's pipe. If the file cannot
    be written (a full disk), the columns travel through the pipe after all.
    """
    import pyarrow as pa

    columns, skipped = read_chunk(root, relative_paths)
    batch = pa.RecordBatch.from_arrays([columns[name] for name in _STRING_FIELDS], _STRING_FIELDS)
    descriptor, path = tempfile.mkstemp(suffix=".arrow", dir=spool)
    try:
        with open(descriptor, "wb") as file, pa.ipc.new_file(file, batch.schema) as writer:
            writer.write_batch(batch)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(path)
        return columns, skipped
    columns = {name: value for name, value in columns.items() if name not in _STRING_FIELDS}
    columns[_SPOOLED] = path
    return columns, skipped


def _unspooled(columns: dict[str, object]) -> dict[str, object]:
    """The columns of :func:`_read_chunk_spooled`, their text read back and its file removed."""
    path = columns.pop(_SPOOLED, None)
    if path is None:
        return columns
    import pyarrow as pa

    try:
        with pa.OSFile(path) as file:  # read into memory, not mapped: the file goes now
            batch = pa.ipc.open_file(file).get_batch(0)
    finally:
        os.unlink(path)
    return columns | {name: batch.column(name) for name in _STRING_FIELDS}
