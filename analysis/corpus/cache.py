"""The Parquet cache of a loaded folder, reused while none of its files changes.

Each corpus folder has its own cache folder, named after its resolved path, under
:func:`analysis.config.cache_dir`; in it, one ``<fingerprint>.parquet`` table of articles
and one ``<fingerprint>.skipped.json`` list of files not loaded (see
:func:`analysis.corpus.files.fingerprint`). Older caches of the same corpus are removed.
"""

from __future__ import annotations

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

_CACHE_ROW_GROUP = 8192
_LONG_TEXT = {"text", "raw_text", "header", "path", "doc_id", "content_hash", "duplicate_of"}


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
    """The articles and the skipped table of a cache, or ``None`` if it is missing or unusable."""
    skipped_path = path.with_suffix(".skipped.json")
    if not path.exists() or not skipped_path.exists():
        return None
    try:
        articles = pd.read_parquet(path)
        skipped = skipped_frame(json.loads(skipped_path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None
    if list(articles.columns) != list(COLUMNS):
        return None
    return articles, skipped


def write_cache(path: Path, articles: pd.DataFrame, skipped: pd.DataFrame) -> None:
    """Write the cache and remove the stale ones of the same corpus; warn if impossible."""
    skipped_json = json.dumps(skipped.to_dict("records"), ensure_ascii=False)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.iterdir():
            if stale.is_file() and not stale.name.startswith(path.stem):
                stale.unlink(missing_ok=True)
        # The table goes last: a reader finds either both files complete or no table.
        _replace(path.with_suffix(".skipped.json"), lambda target: target.write_text(
            skipped_json, encoding="utf-8"
        ))  # fmt: skip
        _replace(path, lambda target: _write_parquet(articles, target))
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


def _replace(target: Path, write: Callable[[Path], object]) -> None:
    """Write through a temporary file renamed into place, so that no reader sees half."""
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        write(temporary)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
