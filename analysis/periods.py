"""Periods of time: the unit of a timeline and the period of each article.

Months, quarters and years come from the articles' ``month``; days and weeks from their
``date``, for the articles whose day is known. A timeline runs over every period from its
start to its end, periods without articles included (the gaps).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.measures import check_choice, require_columns

#: Units of time a timeline can count by, and their names in ``count_mentions(by=...)``.
UNITS = ("D", "W", "M", "Q", "Y")
UNIT_NAMES = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}


def to_period(value: object, unit: str, name: str, how: str = "start") -> pd.Period:
    """Read ``value`` as a period of ``unit``; a longer period gives its first or last part.

    ``end="2023"`` with monthly units means December 2023, not January.

    Examples
    --------
    >>> to_period("2023", "M", "end", how="end")
    Period('2023-12', 'M')
    """
    try:
        if isinstance(value, str):
            value = pd.Period(value)  # its own length: "2023" is a year, "2023-07" a month
        if isinstance(value, pd.Period):
            return value.asfreq(unit, how=how)
        return pd.Period(value, freq=unit)
    except (ValueError, TypeError) as error:
        raise ValueError(
            f"{name}={value!r} cannot be read as a period of unit {unit!r}; "
            "use e.g. '2023-07', a pandas.Period or a date."
        ) from error


def article_periods(articles: pd.DataFrame, unit: str) -> pd.Series:
    """The period of ``unit`` of each article (missing when it has none).

    Months, quarters and years come from ``month``; days and weeks from ``date``, for the
    articles whose day is known (``date_precision == "day"``).
    """
    check_choice(unit, UNITS, "unit")
    if unit in ("D", "W"):
        require_columns(articles, ["date", "date_precision"], "articles")
        known = (articles["date_precision"] == "day") & articles["date"].notna()
        known = known.to_numpy(dtype=bool, na_value=False)
        if not known.any():
            raise ValueError(
                f"unit={unit!r} needs articles whose day is known (date_precision == 'day'), "
                f"and none of the {len(articles)} articles has one; use unit='M' instead."
            )
        dates = pd.to_datetime(articles["date"]).where(known)
        return dates.dt.to_period(unit)
    require_columns(articles, ["month"], "articles")
    month = articles["month"]
    if isinstance(month.dtype, pd.PeriodDtype):
        periods = month.dt.asfreq("M")
    elif pd.api.types.is_datetime64_any_dtype(month.dtype):
        periods = month.dt.to_period("M")
    else:
        raise ValueError(
            "The articles' column 'month' must have dtype period[M] (or datetime64), "
            f"got {month.dtype}."
        )
    return periods if unit == "M" else periods.dt.asfreq(unit)


def window(
    observed: Iterable[pd.Period], unit: str, start: object = None, end: object = None
) -> pd.PeriodIndex:
    """Every period of ``unit`` from ``start`` to ``end``, by default from the first to the
    last of ``observed`` (the periods holding an article).

    Examples
    --------
    >>> window([pd.Period("2023-03", "M"), pd.Period("2023-01", "M")], "M")
    PeriodIndex(['2023-01', '2023-02', '2023-03'], dtype='period[M]', name='period')
    >>> window([], "Q", start="2023-02", end="2023")
    PeriodIndex(['2023Q1', '2023Q2', '2023Q3', '2023Q4'], dtype='period[Q-DEC]', name='period')
    """
    if not isinstance(getattr(observed, "dtype", None), pd.PeriodDtype):
        observed = pd.PeriodIndex(list(observed), freq=unit)
    first = to_period(start, unit, "start") if start is not None else None
    last = to_period(end, unit, "end", how="end") if end is not None else None
    if first is None and len(observed):
        first = observed.min()
    if last is None and len(observed):
        last = observed.max()
    if first is None or last is None:
        return pd.PeriodIndex([], freq=unit, name="period")
    if first > last:
        raise ValueError(f"start ({first}) is after end ({last}); swap them.")
    return pd.period_range(first, last, freq=unit, name="period")


@dataclass(frozen=True)
class Periods:
    """The periods of a timeline and the period code of each article (-1: not placed)."""

    index: pd.PeriodIndex
    codes: np.ndarray
    n_undated: int
    n_outside_window: int


def period_codes(
    articles: pd.DataFrame, unit: str, start: object = None, end: object = None
) -> Periods:
    """Place the articles in every period of ``unit`` from ``start`` to ``end``.

    By default from the first to the last period holding an article; periods without
    articles stay in the index (they are the gaps of a timeline).
    """
    periods = article_periods(articles, unit)
    dated = periods.notna().to_numpy()
    observed = periods[dated]
    index = window(observed, unit, start, end)
    codes = np.full(len(articles), -1, dtype=np.int64)
    if len(index) and dated.any():
        codes[dated] = index.get_indexer(pd.PeriodIndex(observed, freq=index.freq))
    return Periods(
        index=index,
        codes=codes,
        n_undated=int((~dated).sum()),
        n_outside_window=int((dated & (codes < 0)).sum()),
    )
