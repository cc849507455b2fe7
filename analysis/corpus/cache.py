"""The Parquet cache of a loaded folder, reused while none of its files changes.

Each corpus folder has its own cache folder, named after its resolved path, under
:func:`analysis.config.cache_dir`; in it, one ``<fingerprint>.parquet`` table of articles
and one ``<fingerprint>.skipped.json`` record: the files not loaded, and the SHA-256 digests
of the table and of that list (see :func:`analysis.corpus.files.fingerprint` for what the
fingerprint covers). Older caches of the same corpus are removed.

What is read is checked against those digests before it is decoded: a damaged cache (a
flipped byte, a truncated file) raises :class:`DamagedCache`, which the loader reports with
one :class:`CacheWarning` before reading the files again and rewriting the cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import warnings
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.corpus.columns import COLUMNS, CorpusError, skipped_frame
from analysis.leftovers import owner

_CACHE_ROW_GROUP = 8192
_LONG_TEXT = {"text", "raw_text", "header", "path", "doc_id", "content_hash", "duplicate_of"}


class CacheWarning(UserWarning):
    """A cache file was damaged or unreadable: it was ignored, and is rebuilt."""


class DamagedCache(Exception):
    """A cache file that cannot be read or does not match its digest.

    Parameters
    ----------
    path : Path
        The cache table.
    reason : str
        What is wrong with it.
    """

    def __init__(self, path: Path, reason: str):
        super().__init__(f"The cache {path} is damaged: {reason}.")
        self.path = path
        self.reason = reason


def cache_folder(root: Path, cache_dir: str | os.PathLike | None) -> Path:
    """The folder of a corpus's caches (one per corpus folder).

    Raises
    ------
    CorpusError
        ``cache_dir`` (or the default) is inside the corpus folder, which stays read-only.
    """
    base = Path(cache_dir) if cache_dir is not None else config.cache_dir()
    resolved_root = root.resolve()
    if base.resolve().is_relative_to(resolved_root):
        raise CorpusError(
            f"The cache folder {base} is inside the corpus folder {root}, which must stay "
            "read-only. Set ANALYSIS_CACHE_DIR or cache_dir= to a folder outside it."
        )
    corpus_key = hashlib.sha256(str(resolved_root).encode()).hexdigest()[:12]
    name = re.sub(r"[^\w.-]+", "-", resolved_root.name)[:40] or "corpus"
    return base / f"{name}-{corpus_key}"


def latest_cache(folder: Path) -> Path | None:
    """The most recently written cache of a corpus, if any (there is usually one)."""
    try:
        tables = [entry for entry in os.scandir(folder) if entry.name.endswith(".parquet")]
        newest = max(tables, key=lambda entry: entry.stat().st_mtime_ns, default=None)
    except OSError:
        return None
    return folder / newest.name if newest is not None else None


def read_cache(path: Path) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """The articles and the skipped table of a cache, or ``None`` if there is no cache table.

    Raises
    ------
    DamagedCache
        The table or its record cannot be read, or either does not match its digest. Nothing
        damaged is decoded.
    """
    import pyarrow as pa

    try:
        data = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as error:
        raise DamagedCache(path, f"it cannot be read ({error.strerror or error})") from None
    record_path = path.with_suffix(".skipped.json")
    try:
        record = json.loads(record_path.read_bytes())
        rows, expected = record["skipped"], record["sha256"]
        rows_intact = record["skipped_sha256"] == rows_digest(rows)
    except FileNotFoundError:
        raise DamagedCache(path, f"its record {record_path.name} is missing") from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise DamagedCache(
            path, f"its record {record_path.name} cannot be read ({error!r})"
        ) from None
    if not rows_intact:
        raise DamagedCache(path, f"its record {record_path.name} does not match its digest")
    if hashlib.sha256(data).hexdigest() != expected:
        raise DamagedCache(path, "its content does not match the SHA-256 digest of its record")
    try:
        articles = pd.read_parquet(pa.BufferReader(data))
        skipped = skipped_frame(rows)
    except (OSError, ValueError, TypeError, KeyError, IndexError, pa.ArrowException) as error:
        raise DamagedCache(path, f"it cannot be decoded ({error!r})") from None
    if list(articles.columns) != list(COLUMNS):
        raise DamagedCache(path, "its columns are not those of this version of the loader")
    return articles, skipped


def discard_cache(path: Path) -> None:
    """Remove a cache table and its record, as far as possible (a damaged cache)."""
    for target in (path, path.with_suffix(".skipped.json")):
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)


def rows_digest(rows: list) -> str:
    """SHA-256 of a list of JSON values, written the same way whatever their key order.

    Examples
    --------
    >>> rows_digest([{"path": "a.md", "reason": "x"}]) == rows_digest([{"reason": "x",
    ...     "path": "a.md"}])
    True
    """
    text = json.dumps(rows, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_cache(path: Path, articles: pd.DataFrame, skipped: pd.DataFrame) -> None:
    """Write the cache and remove the stale ones of the same corpus; warn if impossible."""
    rows = skipped.to_dict("records")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.iterdir():
            # Files being written by another run carry its process id (analysis.leftovers).
            fresh = stale.name.startswith(path.stem) or owner(stale.name) is not None
            if stale.is_file() and not fresh:
                stale.unlink(missing_ok=True)
        table = _temporary(path)
        try:
            _write_parquet(articles, table)
            with open(table, "rb") as file:
                digest = hashlib.file_digest(file, "sha256").hexdigest()
            record = {"sha256": digest, "skipped": rows, "skipped_sha256": rows_digest(rows)}
            text = json.dumps(record, ensure_ascii=False)
            # The table goes last: a reader finds either both files complete or no table.
            _replace(path.with_suffix(".skipped.json"), lambda target: target.write_text(
                text, encoding="utf-8"
            ))  # fmt: skip
            os.replace(table, path)
        finally:
            table.unlink(missing_ok=True)
    except OSError as error:
        warnings.warn(
            f"The corpus was loaded but its cache could not be written to {path.parent}: "
            f"{error}. Set ANALYSIS_CACHE_DIR or cache_dir= to a writable folder.",
            stacklevel=3,
        )


def _write_parquet(articles: pd.DataFrame, target: Path) -> None:
    # zstd reads back faster than the default snappy (less to read for as little work), and
    # row groups of a few thousand rows are decoded in parallel. The long texts are not
    # worth a dictionary.
    articles.to_parquet(
        target,
        index=False,
        compression="zstd",
        row_group_size=_CACHE_ROW_GROUP,
        use_dictionary=[name for name in COLUMNS if name not in _LONG_TEXT],
    )


def _temporary(target: Path) -> Path:
    """The temporary file that ``target`` is written to, named after this process."""
    return target.with_name(f"{target.name}.{os.getpid()}.tmp")


def _replace(target: Path, write: Callable[[Path], object]) -> None:
    """Write through a temporary file renamed into place, so that no reader sees half."""
    temporary = _temporary(target)
    try:
        write(temporary)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
