"""The Parquet cache of mention tables, checked against its digest before it is read.

:func:`analysis.mentions.find_mentions` keeps each table it finds (with ``cache=True``) in
``<cache_dir>/mentions/<corpus>/<key>.parquet``, beside ``<key>.sha256``, the SHA-256 digest
of the table in the format of ``sha256sum`` (``sha256sum -c <key>.sha256`` checks it by
hand). The key covers every article (its ``doc_id``, ``path``, body hash and ``month``: the
officials pass reads the month to find who held an office), the dictionary
(:attr:`analysis.actors.ActorDictionary.sha256`), the version of the matching rules and the
digest of their source code (:func:`source_digest`), so that a table found by older code is
never read back; the folder is named after the corpus folder.

A table that does not match its digest, cannot be read or does not have the mention columns
is never used: one :class:`~analysis.corpus.cache.CacheWarning` says so, the mentions are
found again and the cache is rewritten.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import warnings
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.corpus.cache import CacheWarning
from analysis.leftovers import sweep

__all__ = [
    "matching_code_digest",
    "mention_cache_path",
    "read_mention_cache",
    "source_digest",
    "write_mention_cache",
]

# Parquet gives back a categorical column holding only missing values as objects.
_CATEGORICAL = ("doc_id", "alias", "kind", "actor_id", "actor_name", "actor_type", "country",
                "organisation", "language")  # fmt: skip


def mention_cache_path(
    corpus: pd.DataFrame, dictionary, cache_dir: str | os.PathLike | None, version: str
) -> Path | None:
    """Where the mention table of a corpus and a dictionary is cached.

    Parameters
    ----------
    corpus : DataFrame
        The articles, as :func:`analysis.load_corpus` gives them.
    dictionary : ActorDictionary
        The dictionary the mentions are found with.
    cache_dir : path, optional
        The cache folder; default :func:`analysis.config.cache_dir`.
    version : str
        The version of the mention table and of the matching rules.

    Returns
    -------
    Path or None
        ``None`` for articles without ``path`` and ``content_hash`` columns, which cannot
        be told apart from others: they are not cached.
    """
    if not {"path", "content_hash"} <= set(corpus.columns):
        return None
    columns = ["doc_id", "path", "content_hash"] + (["month"] if "month" in corpus else [])
    hashed = pd.util.hash_pandas_object(corpus[columns].astype("string"), index=False)
    digest = hashlib.sha256(hashed.to_numpy().tobytes())
    digest.update(f"{dictionary.sha256}\0{version}".encode())
    root = str(corpus.attrs.get("root", ""))
    folder = hashlib.sha256(root.encode()).hexdigest()[:12]
    base = Path(cache_dir) if cache_dir is not None else config.cache_dir()
    return base / "mentions" / folder / f"{digest.hexdigest()[:24]}.parquet"


def read_mention_cache(path: Path, columns: list[str]) -> pd.DataFrame | None:
    """The cached mention table at ``path`` if it is there and intact, else ``None``.

    What killed runs left in its folder is removed first (see :mod:`analysis.leftovers`). A
    damaged table (not matching its digest, unreadable, or without exactly ``columns``) is
    removed after one :class:`~analysis.corpus.cache.CacheWarning`, so that it is found
    again and rewritten.
    """
    import pyarrow as pa

    sweep(path.parent)
    try:
        data = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as error:
        return _damaged(path, f"it cannot be read ({error.strerror or error})")
    digest_path = _digest_path(path)
    try:
        expected = digest_path.read_text(encoding="ascii").split()[0]
    except FileNotFoundError:
        return _damaged(path, f"its digest file {digest_path.name} is missing")
    except (OSError, ValueError, IndexError) as error:
        return _damaged(path, f"its digest file {digest_path.name} cannot be read ({error!r})")
    if hashlib.sha256(data).hexdigest() != expected:
        return _damaged(path, f"its content does not match its digest in {digest_path.name}")
    try:
        mentions = pd.read_parquet(pa.BufferReader(data))
    except (OSError, ValueError, TypeError, KeyError, IndexError, pa.ArrowException) as error:
        return _damaged(path, f"it cannot be decoded ({error!r})")
    if list(mentions.columns) != list(columns):
        return _damaged(path, "its columns are not those of this version of find_mentions")
    for column in _CATEGORICAL:
        if column in mentions and not isinstance(mentions[column].dtype, pd.CategoricalDtype):
            mentions[column] = mentions[column].astype("category")
    return mentions


def write_mention_cache(path: Path, mentions: pd.DataFrame) -> None:
    """Cache a mention table at ``path`` with its digest; warn if it cannot be written.

    The other tables of the same corpus folder go: they are of other articles or another
    dictionary. The table is written under a name carrying the process id (see
    :mod:`analysis.leftovers`) and renamed into place after its digest file, so that a
    reader finds either no table or a whole one with its digest.
    """
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    digest_path = _digest_path(path)
    digest_partial = digest_path.with_name(f"{digest_path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.iterdir():
            # This key's own files are replaced, never removed, so that a reader meanwhile
            # finds the table with its digest.
            if stale.suffix in (".parquet", ".sha256") and stale.stem != path.stem:
                stale.unlink(missing_ok=True)
        try:
            mentions.to_parquet(partial, index=False)
            with open(partial, "rb") as file:
                digest = hashlib.file_digest(file, "sha256").hexdigest()
            digest_partial.write_text(f"{digest}  {path.name}\n", encoding="ascii")
            os.replace(digest_partial, digest_path)
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
            digest_partial.unlink(missing_ok=True)
    except OSError as error:
        warnings.warn(
            f"The mentions were found but could not be cached in {path.parent}: {error}. "
            "Set ANALYSIS_CACHE_DIR or cache_dir= to a writable folder.",
            CacheWarning,
            stacklevel=3,
        )


def _digest_path(path: Path) -> Path:
    return path.with_suffix(".sha256")


def _damaged(path: Path, reason: str) -> None:
    """Warn that the cached table at ``path`` is damaged, and remove it and its digest."""
    warnings.warn(
        f"The mention cache {path} is damaged: {reason}. The mentions are found again and "
        f"the cache rewritten; if this happens again, check the disk that holds {path.parent}.",
        CacheWarning,
        stacklevel=4,
    )
    for target in (path, _digest_path(path)):
        with contextlib.suppress(OSError):  # a read-only folder: the rewrite will say so
            target.unlink(missing_ok=True)
    return None


@functools.cache
def source_digest(*paths: Path) -> str:
    """The SHA-256 of Python sources: each file given, and every ``.py`` file below each
    folder given, in order of their paths. A cache key holds it, so that a table found by
    other code is never read back (the mention and the relation caches)."""
    files = sorted(
        file
        for path in map(Path, paths)
        for file in (sorted(path.rglob("*.py")) if path.is_dir() else [path])
    )
    digest = hashlib.sha256()
    for file in files:
        digest.update(str(file.name).encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def matching_code_digest() -> str:
    """The digest of the code that finds mentions: the matcher, seams, rules and arrays, the
    text, officials and dictionary packages."""
    here = Path(__file__).parent
    return source_digest(
        here / "mentions.py",
        here / "seams.py",
        here / "mention_rules.py",
        here / "mention_arrays.py",
        here / "text",
        here / "officials",
        here / "actors",
    )
