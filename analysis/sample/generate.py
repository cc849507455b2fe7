"""Articles as (file name, file text) pairs in the user's format, in date order."""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterator

from analysis.sample.article import compose_article
from analysis.sample.coverage import articles_per_month
from analysis.sample.months import COVERED_END, COVERED_START, month_index, month_range

DEFAULT_SEED = 20230727
"""Seed of the embedded sample ``data/sample/``."""

SAMPLE_SIZE = 480
"""Number of articles in the embedded sample ``data/sample/``."""

ARTICLE_NAME = re.compile(r"^(?P<index>\d{3,})_(?P<digest>[0-9a-f]{16})\.txt$")
"""File names of the articles; ``--force`` deletes only files matching it."""

HEADER = re.compile(r"^ date (?P<month>\d{4}-\d{2})(?: Photo : (?P<credit>.+))?$")
"""The header line of the articles."""


def body_digest(body: str) -> str:
    """The 16 hex digits of an article's file name: the start of the SHA-256 of its body.

    Examples
    --------
    >>> body_digest("Le Kremlin a répondu.")
    '54a9bf1d6a8cd53a'
    """
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


def generate_articles(
    n: int,
    *,
    seed: int = DEFAULT_SEED,
    start: str = COVERED_START,
    end: str = COVERED_END,
    english_share: float = 0.15,
) -> Iterator[tuple[str, str]]:
    """Generate ``n`` synthetic articles in date order, as (file name, full file text) pairs.

    The same arguments always give the same articles, byte for byte.

    Parameters
    ----------
    n : int
        Number of articles, 0 or more.
    seed : int, default 20230727
        Seed of the random draws (the embedded sample uses the default).
    start, end : str, default "2022-01", "2025-06"
        First and last month (``YYYY-MM``) of the articles, within 2022-01 to 2025-06, the
        period the templates describe.
    english_share : float, default 0.15
        Expected share of articles in English; the others are in French.

    Returns
    -------
    iterator of (str, str)
        ``("NNN_<16 hex>.txt", text)``: ``NNN`` is the running index, zero padded to at least 3
        digits (more when ``n`` > 1000); the hex is :func:`body_digest` of the body. ``text`` is
        ``" date YYYY-MM Photo : CREDIT\\n\\nBODY\\n"``, or ``" date YYYY-MM\\n\\nBODY\\n"`` for
        the few articles without a photo credit.

    Raises
    ------
    ValueError
        If ``n`` is negative, a month is malformed or outside 2022-01 to 2025-06, ``end`` is
        before ``start``, or ``english_share`` is not between 0 and 1.

    Examples
    --------
    >>> articles = list(generate_articles(3, start="2023-09", end="2023-09"))
    >>> [name[:4] for name, _ in articles]
    ['000_', '001_', '002_']
    >>> articles[0][1].startswith(" date 2023-09")
    True
    """
    if n < 0:
        raise ValueError(f"n must be 0 or more, got {n}")
    for month in (start, end):
        month_index(month)
        if not COVERED_START <= month <= COVERED_END:
            raise ValueError(
                f"month {month} is outside {COVERED_START} to {COVERED_END}, the period the "
                "sample templates describe; pick start and end within it"
            )
    if end < start:
        raise ValueError(f"end {end} is before start {start}; swap them")
    if not 0.0 <= english_share <= 1.0:
        raise ValueError(f"english_share must be between 0 and 1, got {english_share}")
    return _generate(n, seed, start, end, english_share)


def _generate(
    n: int, seed: int, start: str, end: str, english_share: float
) -> Iterator[tuple[str, str]]:
    """Yield the articles of :func:`generate_articles`.

    A generator runs nothing until it is read, so the checks of the arguments stay in
    :func:`generate_articles`: bad arguments fail when it is called, not at the first read.
    """
    rng = random.Random(seed)
    months = month_range(start, end)
    counts = articles_per_month(n, months, rng)
    width = max(3, len(str(n - 1)))
    index = 0
    for month, count in zip(months, counts, strict=True):
        for _ in range(count):
            language = "en" if rng.random() < english_share else "fr"
            body, credit = compose_article(rng, month, language)
            header = f" date {month} Photo : {credit}" if credit else f" date {month}"
            yield f"{index:0{width}d}_{body_digest(body)}.txt", f"{header}\n\n{body}\n"
            index += 1
