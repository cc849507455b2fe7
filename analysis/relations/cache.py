"""The Parquet cache of relation tables, checked against its digest before it is read.

:func:`analysis.relations.find_relations` keeps each table it finds (with ``cache=True``) in
``<cache_dir>/relations/<corpus>/<key>.parquet``, beside ``<key>.sha256`` (the format of
``sha256sum``). The key covers every article (its ``doc_id``, ``path`` and body hash), the
actor dictionary (:attr:`~analysis.actors.ActorDictionary.sha256`), the lexicon
(:attr:`~analysis.relations.Lexicon.sha256`), the voice, the method and the source of the
rules (:func:`code_digest`): a change to any of them finds the relations again. A table that
does not match its digest or cannot be read is removed after one
:class:`~analysis.corpus.cache.CacheWarning` and found again.
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
from analysis.mention_cache import source_digest

__all__ = ["code_digest", "read_relation_cache", "relation_cache_path", "write_relation_cache"]


@functools.cache
def code_digest() -> str:
    """The digest of the relation rules' source (the modules of this package, and the text
    package whose sentence cuts, titles and calendar they read), so that a table cached by
    other rules is never read back."""
    here = Path(__file__).parent
    return source_digest(here, here.parent / "text")


def mentions_key(mentions: pd.DataFrame | None) -> str:
    """What the relations owe to their mentions, for the cache key: the mention table given
    (its rows that place actors), or, when the mentions are found with the relations, the
    code that finds them and the packaged titles of officials."""
    if mentions is None:
        from analysis.mention_cache import matching_code_digest
        from analysis.officials import resolve_titles

        titles = resolve_titles(True)
        return f"found:{matching_code_digest()}:{titles.sha256 if titles else 'none'}"
    columns = [c for c in ("doc_id", "start", "end", "actor_id", "kind") if c in mentions]
    hashed = pd.util.hash_pandas_object(mentions[columns].astype("string"), index=False)
    return "given:" + hashlib.sha256(hashed.to_numpy().tobytes()).hexdigest()


def relation_cache_path(
    articles: pd.DataFrame, parts: list[str], cache_dir: str | os.PathLike | None
) -> Path | None:
    """Where the relation table of ``articles`` and the settings ``parts`` is cached.

    ``None`` for articles without ``path`` and ``content_hash`` (not from a loaded corpus).
    """
    if not {"path", "content_hash"} <= set(articles.columns):
        return None
    hashed = pd.util.hash_pandas_object(
        articles[["doc_id", "path", "content_hash"]].astype("string"), index=False
    )
    digest = hashlib.sha256(hashed.to_numpy().tobytes())
    digest.update("\0".join(parts).encode())
    digest.update(code_digest().encode())
    root = str(articles.attrs.get("root", ""))
    folder = hashlib.sha256(root.encode()).hexdigest()[:12]
    base = Path(cache_dir) if cache_dir is not None else config.cache_dir()
    return base / "relations" / folder / f"{digest.hexdigest()[:24]}.parquet"


def read_relation_cache(path: Path, columns: list[str]) -> pd.DataFrame | None:
    """The cached table at ``path`` if it is there, intact and has ``columns``; else None."""
    import pyarrow as pa

    sweep(path.parent)
    digest_path = path.with_suffix(".sha256")
    try:
        data = path.read_bytes()
        expected = digest_path.read_text(encoding="ascii").split()[0]
    except (FileNotFoundError, NotADirectoryError):
        if path.exists():
            return _damaged(path, f"its digest file {digest_path.name} is missing")
        return None
    except (OSError, ValueError, IndexError) as error:
        return _damaged(path, f"it cannot be read ({error})")
    if hashlib.sha256(data).hexdigest() != expected:
        return _damaged(path, f"its content does not match its digest in {digest_path.name}")
    try:
        table = pd.read_parquet(pa.BufferReader(data))
    except (OSError, ValueError, TypeError, KeyError, pa.ArrowException) as error:
        return _damaged(path, f"it cannot be decoded ({error!r})")
    if list(table.columns) != list(columns):
        return _damaged(path, "its columns are not those of this version of find_relations")
    return table


def write_relation_cache(path: Path, table: pd.DataFrame) -> None:
    """Cache ``table`` at ``path`` with its digest (the other tables of the corpus go)."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    digest_path = path.with_suffix(".sha256")
    digest_partial = digest_path.with_name(f"{digest_path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.iterdir():
            if stale.suffix in (".parquet", ".sha256") and stale.stem != path.stem:
                stale.unlink(missing_ok=True)
        try:
            table.to_parquet(partial, index=False)
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
            f"The relations were found but could not be cached in {path.parent}: {error}. "
            "Set ANALYSIS_CACHE_DIR or cache_dir= to a writable folder.",
            CacheWarning,
            stacklevel=3,
        )


def _damaged(path: Path, reason: str) -> None:
    warnings.warn(
        f"The relation cache {path} is damaged: {reason}. The relations are found again and "
        f"the cache rewritten; if this happens again, check the disk that holds {path.parent}.",
        CacheWarning,
        stacklevel=4,
    )
    for target in (path, path.with_suffix(".sha256")):
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)
    return None
