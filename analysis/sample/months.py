"""The months of the sample: the period the templates describe, and ``YYYY-MM`` arithmetic."""

from __future__ import annotations

import re

COVERED_START = "2022-01"
COVERED_END = "2025-06"
"""The templates describe this period; months outside it are refused."""

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def month_index(month: str) -> int:
    """Months since year 0 of a ``YYYY-MM`` string, so that months can be counted and compared.

    Parameters
    ----------
    month : str
        A month, ``YYYY-MM``.

    Returns
    -------
    int
        ``12 * year + month - 1``.

    Raises
    ------
    ValueError
        If ``month`` is not of the form ``YYYY-MM`` with a month from 01 to 12.

    Examples
    --------
    >>> month_index("2024-01") - month_index("2023-12")
    1
    """
    match = _MONTH.match(month)
    if not match or not 1 <= int(match[2]) <= 12:
        raise ValueError(f"month {month!r} is not of the form YYYY-MM (for example 2023-07)")
    return int(match[1]) * 12 + int(match[2]) - 1


def month_range(start: str, end: str) -> list[str]:
    """Every month from ``start`` to ``end`` inclusive, as ``YYYY-MM`` strings.

    Parameters
    ----------
    start, end : str
        First and last month, ``YYYY-MM``.

    Returns
    -------
    list of str
        Empty when ``end`` is before ``start``.

    Examples
    --------
    >>> month_range("2023-11", "2024-02")
    ['2023-11', '2023-12', '2024-01', '2024-02']
    """
    first, last = month_index(start), month_index(end)
    return [f"{index // 12:04d}-{index % 12 + 1:02d}" for index in range(first, last + 1)]
