"""Dated events drawn on timelines: a small CSV that names each event's public source.

``data/events.csv`` (or ``$ANALYSIS_EVENTS``) holds one event per row: ``date`` (a day
``YYYY-MM-DD`` or a month ``YYYY-MM``), ``label``, ``actors`` (ids separated by ``;`` or
spaces) and ``source``.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from pathlib import Path

import pandas as pd

from analysis import config

EVENT_COLUMNS = ("date", "label", "actors", "source")


def load_events(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Read the dated events drawn on timelines (``data/events.csv`` by default).

    The file is UTF-8 CSV with a header ``date,label,actors,source``: ``date`` is
    ``YYYY-MM-DD``, or ``YYYY-MM`` when only the month is known; ``label`` a short English
    label; ``actors`` actor ids separated by spaces or semicolons (may be empty); ``source``
    the publisher and document the event is taken from. Every malformed row is reported at
    once, as ``file:line: problem``.

    Parameters
    ----------
    path : path-like, optional
        Events file; default ``config.events_file()`` (``$ANALYSIS_EVENTS`` or
        ``data/events.csv``).

    Returns
    -------
    pandas.DataFrame
        Sorted by date, with columns ``date`` (datetime64[ns]; the 1st for month-only dates),
        ``date_precision`` (string, ``"day"`` or ``"month"``), ``month`` (``period[M]``),
        ``label`` (string), ``actors`` (list of str) and ``source`` (string).

    Raises
    ------
    FileNotFoundError
        If the file does not exist.
    ValueError
        If the header or any row is malformed.

    Examples
    --------
    >>> import tempfile
    >>> events_path = Path(tempfile.mkdtemp()) / "events.csv"
    >>> _ = events_path.write_text(
    ...     "date,label,actors,source\\n"
    ...     "2024-06-19,Putin in Pyongyang,RUS;PRK,\\"Kremlin, 2024-06-19\\"\\n"
    ...     "2024-10,Troops reported,PRK RUS,NIS\\n",
    ...     encoding="utf-8",
    ... )
    >>> load_events(events_path)[["date", "date_precision", "actors"]]
            date date_precision      actors
    0 2024-06-19            day  [RUS, PRK]
    1 2024-10-01          month  [PRK, RUS]
    """
    path = Path(path) if path is not None else config.events_file()
    if not path.is_file():
        raise FileNotFoundError(
            f"No events file at {path}. Create one with the header "
            f"{','.join(EVENT_COLUMNS)} or set ANALYSIS_EVENTS to an existing file."
        )
    rows: list[dict[str, object]] = []
    problems: list[str] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = [name.strip() for name in reader.fieldnames or []]
        missing = [column for column in EVENT_COLUMNS if column not in header]
        if missing:
            raise ValueError(
                f"{path}:1: missing column(s) {missing} in header {header}; "
                f"the first line must be {','.join(EVENT_COLUMNS)}."
            )
        reader.fieldnames = header
        for record in reader:
            line = reader.line_num
            row, row_problems = _parse_event(record)
            problems.extend(f"{path}:{line}: {problem}" for problem in row_problems)
            if not row_problems:
                rows.append(row)
    if problems:
        raise ValueError(
            f"{len(problems)} problem(s) in the events file; fix these rows:\n"
            + "\n".join(problems)
        )
    events = pd.DataFrame(
        rows, columns=["date", "date_precision", "label", "actors", "source"]
    ).astype({"date_precision": "string", "label": "string", "source": "string"})
    events["date"] = pd.to_datetime(events["date"]).astype("datetime64[ns]")
    events.insert(2, "month", events["date"].dt.to_period("M"))
    return events.sort_values("date", kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Internals: tables
# --------------------------------------------------------------------------------------------


def _parse_event(record: dict[str | None, object]) -> tuple[dict[str, object], list[str]]:
    problems: list[str] = []
    if record.get(None):
        problems.append(
            f"{len(EVENT_COLUMNS) + len(record[None])} fields where {len(EVENT_COLUMNS)} "
            "are expected; quote fields that contain commas."
        )
    if any(record.get(column) is None for column in EVENT_COLUMNS):
        problems.append(f"too few fields; expected {','.join(EVENT_COLUMNS)}.")
        return {}, problems
    text = {column: str(record[column]).strip() for column in EVENT_COLUMNS}
    date, precision = None, None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text["date"]):
            date, precision = dt.date.fromisoformat(text["date"]), "day"
        elif re.fullmatch(r"\d{4}-\d{2}", text["date"]):
            date, precision = dt.date.fromisoformat(text["date"] + "-01"), "month"
        else:
            raise ValueError
    except ValueError:
        problems.append(f"date {text['date']!r} is not a real YYYY-MM-DD (or YYYY-MM) date.")
    if not text["label"]:
        problems.append("label is empty.")
    if not text["source"]:
        problems.append("source is empty; name the publisher and the document.")
    row = {
        "date": date,
        "date_precision": precision,
        "label": text["label"],
        "actors": [actor for actor in re.split(r"[;\s]+", text["actors"]) if actor],
        "source": text["source"],
    }
    return row, problems
