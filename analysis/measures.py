"""Names shared by the tables, the plots and the explorer: levels, measures, excerpts.

It imports nothing of ``analysis`` but the alias kinds of :mod:`analysis.actors`, so that
any module can import it without an import cycle. :func:`rates` and :func:`flags` are the
one definition of the rates and of the small-N and gap flags.

Examples
--------
>>> LEVELS
('actor', 'country', 'organisation')
>>> MEASURE_LABELS["per_1k_words"]
'Mentions per 1,000 words'
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from analysis.actors import ALIAS_KINDS
from analysis.officials.frame import OFFICIAL_KIND

LEVELS = ("actor", "country", "organisation")
"""Levels of counting: each actor apart; persons and institutions rolled up to their country
(and bodies of an organisation to it); or only bodies rolled up to their organisation."""

#: The measures of every count: raw mentions, per 1,000 words, share of articles mentioning.
MEASURES = ("mentions", "per_1k_words", "share_of_articles")

#: Periods or groups holding fewer articles than this are flagged ``small_n``.
MIN_ARTICLES = 5

#: Axis label of each measure of :func:`analysis.timeline.actor_timeline` (also the columns of
#: :func:`analysis.counts.count_mentions` that the bar charts can show).
MEASURE_LABELS = {
    "mentions": "Mentions",
    "per_1k_words": "Mentions per 1,000 words",
    "share_of_articles": "Share of articles",
}


def first_words(text: object, count: int) -> str:
    """The first ``count`` words of a text, with ``…`` when it goes on.

    Parameters
    ----------
    text : object
        The text; anything else (a missing value) gives ``""``.
    count : int
        Words kept.

    Returns
    -------
    str

    Examples
    --------
    >>> first_words("Le Kremlin a répondu hier soir.", 3)
    'Le Kremlin a …'
    >>> first_words("Séoul.", 3)
    'Séoul.'
    >>> first_words(None, 3)
    ''
    """
    if not isinstance(text, str):
        return ""
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def check_choice(value: object, choices: Iterable[str], name: str) -> None:
    """Raise a ``ValueError`` naming the choices when ``value`` is not one of them."""
    choices = tuple(choices)
    if value not in choices:
        raise ValueError(f"{name}={value!r} is not supported; choose one of {list(choices)}.")


def check_min_articles(min_articles: int) -> None:
    """``min_articles`` must be a whole number, 0 or more."""
    if isinstance(min_articles, bool) or not isinstance(min_articles, int) or min_articles < 0:
        raise ValueError(f"min_articles must be a whole number (0 or more), got {min_articles!r}.")


def require_columns(table: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    """Raise a ``ValueError`` listing the columns ``table`` lacks."""
    missing = [column for column in columns if column not in table.columns]
    if missing:
        raise ValueError(
            f"The {what} table lacks column(s) {missing}; it has {list(table.columns)}."
        )


def as_list(value) -> list:
    """``value`` as a list; a lone string is one item, not an iterable of letters."""
    return [value] if isinstance(value, str) else list(value)


def check_kinds(kinds: Iterable[str] | str, known: Iterable[str] | None = None) -> list[str]:
    """Alias kinds as a list (a comma-separated string is accepted); unknown kinds raise.

    The kinds known by default are the dictionary's and ``official`` (officials named by
    their title, :mod:`analysis.officials`).

    Examples
    --------
    >>> check_kinds("name, capital")
    ['name', 'capital']
    """
    if isinstance(kinds, str):
        kinds = [kind.strip() for kind in kinds.split(",") if kind.strip()]
    kinds = [str(kind) for kind in kinds]
    known = list(known) if known is not None else [*ALIAS_KINDS, OFFICIAL_KIND]
    unknown = sorted(set(kinds) - set(known))
    if unknown:
        raise ValueError(
            f"Unknown alias kind(s) {', '.join(unknown)}; choose among {', '.join(known)}."
        )
    return kinds


def rates(
    mentions: np.ndarray, articles: np.ndarray, n_articles: np.ndarray, n_words: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """``per_1k_words`` and ``share_of_articles``: the one definition of both rates.

    NaN where the base is 0 (no words, no article): a rate over nothing is unknown, not 0.

    Examples
    --------
    >>> per_1k, share = rates(np.array([3, 2]), np.array([2, 0]), np.array([4, 0]),
    ...                       np.array([1500, 0]))
    >>> per_1k.tolist(), share.tolist()
    ([2.0, nan], [0.5, nan])
    """
    mentions, articles = np.asarray(mentions, float), np.asarray(articles, float)
    n_articles, n_words = np.asarray(n_articles, float), np.asarray(n_words, float)
    with np.errstate(divide="ignore", invalid="ignore"):
        per_1k = np.where(n_words > 0, mentions * 1000 / n_words, np.nan)
        share = np.where(n_articles > 0, articles / n_articles, np.nan)
    return per_1k, share


def flags(n_articles: np.ndarray, min_articles: int) -> tuple[np.ndarray, np.ndarray]:
    """``gap`` (no article) and ``small_n`` (some, but fewer than ``min_articles``)."""
    n_articles = np.asarray(n_articles, dtype="int64")
    gap = n_articles == 0
    return gap, ~gap & (n_articles < min_articles)
