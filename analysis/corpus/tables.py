"""Corpora given as one table (CSV, JSON Lines, Parquet) with one article per row."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.corpus.article import clean_rows, is_missing, parse_date_value
from analysis.corpus.columns import CorpusError, LoadResult, frames_of_rows
from analysis.corpus.decode import decode_bytes


def _decoded_table_text(path: Path) -> str:
    """A CSV or JSON Lines file as text, in whatever encoding it was saved (Excel: cp1252)."""
    text, reason = decode_bytes(path.read_bytes())
    if text is None:
        raise CorpusError(f"Could not read the table {path}: {reason}.")
    return text


def _read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(_decoded_table_text(path)), dtype=str, keep_default_na=False)


def _read_jsonl(path: Path) -> pd.DataFrame:
    # Parsed line by line rather than with pandas.read_json, which turns a column named
    # "date" holding "2023-07" into the day 2023-07-01 and ids with gaps into floats.
    records = []
    for number, line in enumerate(_decoded_table_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise CorpusError(
                f"{path}, line {number}: not valid JSON ({error.msg}). Fix or remove that line."
            ) from error
        if not isinstance(record, dict):
            raise CorpusError(
                f"{path}, line {number}: expected one JSON object per line, found "
                f"{type(record).__name__}."
            )
        records.append(record)
    return pd.DataFrame(records, dtype=object)


TABLE_READERS: dict[str, Callable[[Path], pd.DataFrame]] = {
    ".csv": _read_csv,
    ".jsonl": _read_jsonl,
    ".ndjson": _read_jsonl,
    ".parquet": pd.read_parquet,
}
"""The reader of each table file suffix (lower case)."""

TABLE_FIELDS = ("text", "doc_id", "date", "credit")
"""Fields a table column can be mapped to with ``columns=``."""


def read_table(path: Path, columns: Mapping[str, str]) -> LoadResult:
    """Read a table of articles, one per row; ``columns`` maps :data:`TABLE_FIELDS` to columns.

    A row whose text is not a string (a number, a list, a record: a column mix-up) is not
    loaded, with the reason ``text is not a string: list``. Dates are read by
    :func:`analysis.corpus.parse_date_value`; those it refuses are noted.

    Raises
    ------
    CorpusError
        The table cannot be read, lacks its text column, or ``columns`` names an unknown
        field or a column the table does not have.
    """
    unknown = set(columns) - set(TABLE_FIELDS)
    if unknown:
        raise CorpusError(
            f"columns= maps unknown fields {sorted(unknown)}; the fields are "
            f"{', '.join(TABLE_FIELDS)}, e.g. columns={{'text': 'body'}}."
        )
    try:
        table = TABLE_READERS[path.suffix.lower()](path)
    except CorpusError:
        raise
    except Exception as error:
        raise CorpusError(f"Could not read the table {path}: {error}") from error
    mapping = {name: name for name in TABLE_FIELDS} | dict(columns)
    found = ", ".join(map(str, table.columns)) or "none"
    if mapping["text"] not in table.columns:
        raise CorpusError(
            f"{path}: no column {mapping['text']!r} for the article text. Columns found: "
            f"{found}. Pass columns={{'text': '<column>'}}."
        )
    missing = {name: column for name, column in columns.items() if column not in table.columns}
    if missing:
        raise CorpusError(
            f"{path}: columns= names {sorted(missing.values())}, which the table does not "
            f"have. Columns found: {found}."
        )
    first_row = 2 if path.suffix.lower() == ".csv" else 1  # CSV line 1 is the header
    rows = [
        _table_row(record, mapping, f"{path.name}:{index + first_row}", index)
        for index, record in enumerate(table.to_dict("records"))
    ]
    clean_rows([row for row in rows if isinstance(row, dict)])
    articles, skipped = frames_of_rows(rows)
    return LoadResult(articles, skipped, len(table), path)


def _table_row(record: dict, mapping: Mapping[str, str], where: str, index: int) -> object:
    raw = record.get(mapping["text"])
    if is_missing(raw):
        return where, "empty text"
    if not isinstance(raw, str):
        # A number, a list or a record in the text column is a column mix-up, not an article:
        # its str() would be counted as words.
        kind = "list" if isinstance(raw, (list, tuple, np.ndarray)) else type(raw).__name__
        return where, f"text is not a string: {kind}"
    raw = raw.strip()
    header = parse_date_value(record.get(mapping["date"]))
    doc_id = record.get(mapping["doc_id"])
    credit = record.get(mapping["credit"])
    return {
        "doc_id": str(index) if is_missing(doc_id) else str(doc_id).strip(),
        "path": where,
        "date": header["date"],
        "month": header["month"],
        "date_precision": header["date_precision"],
        "credit": None if is_missing(credit) else str(credit).strip(),
        "encoding": "table",
        "header": None,
        "raw_text": raw,
        "notes": "; ".join(header["problems"]) or None,
    }
