"""The corpus DataFrame: its columns and dtypes, what a load returns, and the columns that
need every article (``duplicate_of``, clashing ``doc_id``), set once all are read."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.corpus.article import is_missing
from analysis.corpus.language import detect_languages
from analysis.text import word_counts

# Bump when the columns, the cleaning or the cache format change, so that old caches are not
# reused.
LOADER_VERSION = "5"

COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "path": "string",
    "date": "datetime64[ns]",
    "month": "period[M]",
    "date_precision": "category",
    "credit": "string",
    "language": "category",
    "encoding": "category",
    "header": "string",
    "text": "string",
    "raw_text": "string",
    "n_words": "Int64",
    "n_sentences": "Int64",
    "content_hash": "string",
    "duplicate_of": "string",
    "notes": "string",
}
"""Columns of the corpus DataFrame and their dtypes.

Rows are in path order, numbers in names compared as numbers (``999_...`` before
``1000_...``); table rows keep the order of the table.

doc_id
    File stem (``000_981bfdf0ee7dcdf6``); for tables, the mapped id column or the row number.
    When two files share a stem (in different subfolders), their path without ``.txt``.
path
    Path relative to the corpus root, with ``/`` separators (``file.csv:12`` for table rows).
date
    The day of publication when the header gives one (``2023-07-27``), else ``NaT``.
month
    The month of publication (``Period[M]``), ``NaT`` when the header has no date.
date_precision
    ``day``, ``month`` or ``missing``.
credit
    The photo credit of the header (``YONHAP News``), ``<NA>`` when absent.
language
    ISO 639-1 code detected from the body by py3langid (``fr``, ``en``...); ``und`` when the
    body has fewer than 20 letters.
encoding
    The encoding the file was decoded with (``utf-8``, ``utf-8-sig``, ``utf-16``,
    ``utf-16-le`` when there is no byte-order mark, ``cp1252``...; ``utf-8 (truncated)`` when
    the file ends inside a character, :data:`analysis.corpus.MIXED_UTF8`); ``table`` for
    table rows.
header
    The header line as read, ``<NA>`` when the file has none.
text
    The cleaned body: Unicode NFC, glued paragraphs split by ``\\n``, whitespace normalised.
    Mention offsets point into this column.
raw_text
    The body exactly as decoded, before cleaning (only the blank lines around it removed).
n_words, n_sentences
    Counts on ``text`` (see :data:`analysis.text.WORD_PATTERN`).
content_hash
    SHA-256 (hexadecimal) of the normalised body in UTF-8: NFC, case and accents kept,
    whitespace collapsed to single spaces and stripped.
duplicate_of
    ``doc_id`` of the first article (in row order) with the same ``content_hash``, else ``<NA>``.
notes
    Problems met while loading that did not prevent it (``no header``; ``invalid date``; a
    date outside :func:`analysis.corpus.article.plausible_years`, left out; NUL characters
    replaced; ``link to a file outside the corpus: <target>``...).
"""

SKIPPED_COLUMNS = {"path": "string", "reason": "string"}

DATE_PRECISIONS = ("day", "month", "missing")
"""The categories of ``date_precision``, in this order."""

_PARSED = {
    "doc_id", "path", "date", "month", "date_precision", "credit", "encoding", "header",
    "text", "raw_text", "n_words", "n_sentences", "content_hash", "notes",
}  # fmt: skip


class CorpusError(ValueError):
    """The corpus could not be read at all (missing folder, unknown table format...)."""


@dataclass
class LoadResult:
    """What :func:`analysis.corpus.read_corpus` returns: the articles and every file not loaded.

    Attributes
    ----------
    articles : pandas.DataFrame
        One row per loaded article, columns as in :data:`COLUMNS`.
    skipped : pandas.DataFrame
        One row per file (or table row) not loaded: ``path``, ``reason``.
    files_seen : int
        Files (or table rows) found; always ``len(articles) + len(skipped)``.
    root : pathlib.Path
        The corpus folder (or the file) that was read.
    from_cache : bool
        Whether the articles came from the Parquet cache.
    cache_path : pathlib.Path or None
        The Parquet cache file used or written (``None`` without a cache).
    """

    articles: pd.DataFrame
    skipped: pd.DataFrame
    files_seen: int
    root: Path
    from_cache: bool = False
    cache_path: Path | None = field(default=None, repr=False)


def skipped_frame(skipped: list[tuple[str, str]]) -> pd.DataFrame:
    """The table of files not loaded, from ``(path, reason)`` pairs.

    Examples
    --------
    >>> skipped_frame([("a.txt", "empty file")]).dtypes.astype(str).tolist()
    ['string', 'string']
    """
    return pd.DataFrame(skipped, columns=list(SKIPPED_COLUMNS)).astype(SKIPPED_COLUMNS)


def frames_of_rows(rows: list[object]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The finished articles and the skipped table of parsed rows (dicts, or ``(path, reason)``).

    The rows are those of :func:`analysis.corpus.parse_article`, in path order.
    """
    loaded = [row for row in rows if isinstance(row, dict)]
    skipped = [row for row in rows if not isinstance(row, dict)]
    articles = pd.DataFrame(loaded, columns=[c for c in COLUMNS if c in _PARSED])
    return finish_articles(articles), skipped_frame(skipped)


def finish_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """Add the corpus-wide columns (words, language, duplicates) and set every dtype.

    Parameters
    ----------
    articles : DataFrame
        One row per article with the columns :func:`analysis.corpus.parse_article` returns,
        in path order. ``n_words`` and ``language``, when present, are kept as they are (the
        loader computes them in its worker processes).

    Returns
    -------
    DataFrame
        The columns of :data:`COLUMNS`, in that order and with those dtypes.
    """
    articles = articles.reset_index(drop=True)
    # Two files with the same stem in different subfolders: fall back to the path.
    articles = doc_id_from_path(articles, articles["doc_id"].duplicated(keep=False))
    text = articles["text"].astype("string")
    articles["text"] = text
    if "n_words" not in articles:
        articles["n_words"] = _word_counts_of_column(text)
    if "language" not in articles:
        articles["language"] = detect_languages(text)
    first_of_hash = articles.groupby("content_hash", sort=False)["doc_id"].transform("first")
    return with_duplicates_and_dtypes(articles, first_of_hash)


def doc_id_from_path(articles: pd.DataFrame, clash: pd.Series) -> pd.DataFrame:
    """The ``clash`` rows take their path without ``.txt`` as ``doc_id``, with a note.

    Two files with the same name in different subfolders would otherwise share a
    ``doc_id``; ``articles`` is changed in place and returned.
    """
    if clash.any():
        articles.loc[clash, "doc_id"] = articles.loc[clash, "path"].str.replace(
            r"\.txt$", "", regex=True
        )
        articles.loc[clash, "notes"] = [
            _add_note(note, "doc_id taken from path (another file has the same name)")
            for note in articles.loc[clash, "notes"]
        ]
    return articles


def with_duplicates_and_dtypes(articles: pd.DataFrame, first_of_hash: pd.Series) -> pd.DataFrame:
    """Set ``duplicate_of`` from the first ``doc_id`` of each hash, and every dtype.

    Parameters
    ----------
    articles : DataFrame
        Every column of :data:`COLUMNS` but ``duplicate_of``.
    first_of_hash : Series
        For each row, the ``doc_id`` of the first article with its ``content_hash``.
    """
    articles["duplicate_of"] = first_of_hash.where(first_of_hash != articles["doc_id"])
    articles["month"] = pd.PeriodIndex(articles["month"], freq="M")
    articles["date"] = pd.to_datetime(articles["date"]).astype("datetime64[ns]")
    articles["date_precision"] = pd.Categorical(
        articles["date_precision"], categories=list(DATE_PRECISIONS)
    )
    articles = articles[list(COLUMNS)]
    return articles.astype(
        {name: dtype for name, dtype in COLUMNS.items() if name not in {"date", "month"}}
    )


def _word_counts_of_column(text: pd.Series) -> pd.Series:
    present = text.notna().to_numpy()
    counts = pd.array(np.zeros(len(text), dtype=np.int64), dtype="Int64")
    counts[present] = word_counts(text[present].tolist())
    counts[~present] = pd.NA
    return pd.Series(counts, index=text.index)


def _add_note(notes: object, note: str) -> str:
    return note if is_missing(notes) else f"{notes}; {note}"
