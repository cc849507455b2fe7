"""Integer codes and counts on NumPy arrays: the building blocks of :mod:`.data`.

The explorer turns every column it filters on into integer codes once, so that a filter
change is a few array operations rather than a pass over strings.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

NO_MONTH = np.iinfo(np.int64).min
"""Month ordinal of the articles without a month."""


def month_ordinals(month: pd.Series) -> np.ndarray:
    """Monthly ``Period`` ordinals of a month column, :data:`NO_MONTH` where missing."""
    if pd.api.types.is_datetime64_any_dtype(month.dtype):
        month = month.dt.to_period("M")
    elif not isinstance(month.dtype, pd.PeriodDtype):
        try:
            month = pd.Series(pd.PeriodIndex(month.astype("string"), freq="M"), index=month.index)
        except (ValueError, TypeError):
            raise ValueError(
                f"The corpus column 'month' must hold months (period[M], datetime or "
                f"'YYYY-MM' text); got dtype {month.dtype}."
            ) from None
    month = month.dt.asfreq("M")
    return np.asarray(pd.PeriodIndex(month).asi8, dtype=np.int64)


def integer_codes(values: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Integer codes of a column and the value of each code; missing values get ``-1``.

    Categorical columns (as :func:`analysis.mentions.find_mentions` returns) keep their codes,
    which avoids turning millions of rows into strings.

    Examples
    --------
    >>> codes, values = integer_codes(pd.Series(["fr", None, "en", "fr"]))
    >>> codes.tolist(), values
    ([0, -1, 1, 0], ['fr', 'en'])
    """
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes = values.cat.codes.to_numpy().astype(np.int64)
        return codes, [str(value) for value in values.cat.categories]
    codes, uniques = pd.factorize(values.astype("string"), use_na_sentinel=True)
    return codes.astype(np.int64), [str(value) for value in uniques]


def value_counts(codes: np.ndarray, values: list[str]) -> pd.Series:
    """Rows per value of :func:`integer_codes` output, most frequent first (ties by value).

    Examples
    --------
    >>> value_counts(np.array([1, 0, 1]), ["en", "fr"]).to_dict()
    {'fr': 2, 'en': 1}
    """
    counts = pd.Series(np.bincount(codes, minlength=len(values)), index=pd.Index(values))
    order = sorted(range(len(values)), key=lambda i: (-counts.iloc[i], values[i]))
    return counts.iloc[order].rename("articles")


def in_values(codes: np.ndarray, values: list[str], wanted: Iterable[str]) -> np.ndarray:
    """Which rows of :func:`integer_codes` output hold one of the ``wanted`` values.

    Examples
    --------
    >>> in_values(np.array([1, 0, 1]), ["en", "fr"], ["fr"]).tolist()
    [True, False, True]
    """
    allowed = np.isin(np.array(values, dtype=object), list(wanted))
    return allowed[codes] if len(values) else np.zeros(len(codes), dtype=bool)


def empty_frame(columns: Iterable[str]) -> pd.DataFrame:
    """A table without rows with these columns (of dtype ``object``)."""
    return pd.DataFrame({column: pd.Series(dtype="object") for column in columns})
