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
>>> small_n_label(MIN_ARTICLES)
'Fewer than 5 articles'
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from analysis.actors import MENTION_KINDS

LEVELS = ("actor", "country", "organisation")
"""Levels of counting: each actor apart; persons and institutions rolled up to their country
(and bodies of an organisation to it); or only bodies rolled up to their organisation."""

#: The measures of every count: raw mentions, per 1,000 words, share of articles mentioning.
MEASURES = ("mentions", "per_1k_words", "share_of_articles")

#: Periods or groups holding fewer articles than this are flagged ``small_n``.
MIN_ARTICLES = 5

#: The one table of measure names shown in figures: the measures of
#: :func:`analysis.timeline.actor_timeline`, the other columns of
#: :func:`analysis.counts.count_mentions` that the bar charts can show, and the associations of
#: :func:`analysis.counts.co_mentions` that the co-mention network can draw.
MEASURE_LABELS = {
    "mentions": "Mentions",
    "per_1k_words": "Mentions per 1,000 words",
    "share_of_articles": "Share of articles",
    "articles": "Articles mentioning",
    "articles_mentioning": "Articles mentioning",
    "n_articles": "Articles",
    "count": "Co-mentions",
    "jaccard": "Jaccard index",
    "pmi": "Pointwise mutual information",
}

#: Measures that are shares (0 to 1), drawn as percentages.
SHARE_MEASURES = ("share_of_articles",)

#: What co-mention networks can weigh their edges by (:func:`association`).
ASSOCIATIONS = ("count", "jaccard", "pmi")

#: Legend wording of periods without any article.
GAP_LABEL = "No articles"


def measure_label(measure: str) -> str:
    """The label of a measure in figures; a rolling or bound column is named by its measure.

    Examples
    --------
    >>> measure_label("share_of_articles_rolling")
    'Share of articles'
    >>> measure_label("n")
    'n'
    """
    for suffix in ("_rolling_low", "_rolling_high", "_rolling", "_low", "_high"):
        if measure.endswith(suffix) and measure.removesuffix(suffix) in MEASURE_LABELS:
            return MEASURE_LABELS[measure.removesuffix(suffix)]
    return MEASURE_LABELS.get(measure, measure)


def is_share(measure: str | None) -> bool:
    """Whether a measure (or its rolling or bound column) is a share, drawn in percent.

    Examples
    --------
    >>> is_share("share_of_articles_rolling"), is_share("mentions"), is_share(None)
    (True, False, False)
    """
    return bool(measure) and any(str(measure).startswith(share) for share in SHARE_MEASURES)


def small_n_label(min_articles: object = MIN_ARTICLES) -> str:
    """Legend wording of periods or groups resting on fewer than ``min_articles`` articles.

    The same everywhere; an unknown threshold falls back on :data:`MIN_ARTICLES`.

    Examples
    --------
    >>> small_n_label(2), small_n_label(None)
    ('Fewer than 2 articles', 'Fewer than 5 articles')
    """
    if isinstance(min_articles, bool) or not isinstance(min_articles, int | np.integer):
        min_articles = MIN_ARTICLES
    return f"Fewer than {int(min_articles)} articles"


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


BUILD_HINT = "Build it with analysis.load_corpus and analysis.mentions.find_mentions."
"""How the corpus and mention tables are made, for the errors about them."""


def require_columns(table: pd.DataFrame, columns: Iterable[str], what: str, hint: str = "") -> None:
    """Raise a ``ValueError`` listing the columns ``table`` lacks (and ``hint``, how to
    build such a table)."""
    missing = [column for column in columns if column not in table.columns]
    if missing:
        message = f"The {what} table lacks column(s) {missing}; it has {list(table.columns)}."
        raise ValueError(f"{message} {hint}" if hint else message)


def as_list(value) -> list:
    """``value`` as a list; a lone string is one item, not an iterable of letters."""
    return [value] if isinstance(value, str) else list(value)


def check_kinds(kinds: Iterable[str] | str, known: Iterable[str] = MENTION_KINDS) -> list[str]:
    """Alias kinds as a list (a comma-separated string is accepted); unknown kinds raise.

    The kinds known by default are those of mentions: the dictionary's, ``official`` for
    officials named by their title (:mod:`analysis.officials`) and ``home``.

    Examples
    --------
    >>> check_kinds("name, capital")
    ['name', 'capital']
    """
    if isinstance(kinds, str):
        kinds = [kind.strip() for kind in kinds.split(",") if kind.strip()]
    kinds = [str(kind) for kind in kinds]
    known = list(known) if known is not None else list(MENTION_KINDS)
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


def wilson_interval(
    successes: np.ndarray | float, n: np.ndarray | float, z: float = 1.96
) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval of a share: the one definition of the bands around shares.

    Unlike the normal approximation it stays within 0 and 1 and keeps a width at 0 of ``n``
    and ``n`` of ``n``, which matters for months resting on a handful of articles.

    Parameters
    ----------
    successes : array-like
        Articles mentioning (or any count of successes), 0 to ``n``.
    n : array-like
        The base: articles in the period.
    z : float, default 1.96
        Normal quantile of the interval (1.96: 95 %).

    Returns
    -------
    (numpy.ndarray, numpy.ndarray)
        Lower and upper bounds, one-dimensional (even for numbers), float64, NaN where
        ``n`` is 0 (or missing).

    Examples
    --------
    >>> low, high = wilson_interval([1, 0, 3], [5, 4, 0])
    >>> np.round(low, 3).tolist(), np.round(high, 3).tolist()
    ([0.036, 0.0, nan], [0.624, 0.49, nan])
    """
    successes = np.asarray(pd.to_numeric(pd.Series(np.ravel(successes))), dtype="float64")
    n = np.asarray(pd.to_numeric(pd.Series(np.ravel(n))), dtype="float64")
    with np.errstate(divide="ignore", invalid="ignore"):
        share = successes / n
        z2 = z * z
        denominator = 1 + z2 / n
        centre = (share + z2 / (2 * n)) / denominator
        half = z * np.sqrt(share * (1 - share) / n + z2 / (4 * n * n)) / denominator
        # The interval holds the share; rounding alone could leave 0 of n a bound of 4e-19.
        low = np.where(n > 0, np.clip(np.minimum(centre - half, share), 0.0, 1.0), np.nan)
        high = np.where(n > 0, np.clip(np.maximum(centre + half, share), 0.0, 1.0), np.nan)
    return low, high


def association(
    n_both: np.ndarray, n_first: np.ndarray, n_second: np.ndarray, n_units: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Jaccard index and pointwise mutual information of pairs co-mentioned in ``n_both`` units.

    Raw counts favour the actors mentioned everywhere (the United States co-occurs with every
    country); both measures divide by how often each actor is mentioned at all.

    Parameters
    ----------
    n_both : array-like
        Units (sentences, articles) mentioning both actors.
    n_first, n_second : array-like
        Units mentioning each actor.
    n_units : array-like
        Units counted (those mentioning at least one actor).

    Returns
    -------
    (numpy.ndarray, numpy.ndarray)
        One-dimensional, even for numbers: ``jaccard`` = both / (first + second - both),
        from 0 to 1; ``pmi`` = log2(both * units / (first * second)): 0 when the two are
        mentioned together as often as chance would have it, positive when more often. NaN
        where undefined.

    Examples
    --------
    >>> jaccard, pmi = association([2, 5], [4, 50], [2, 80], [100, 100])
    >>> np.round(jaccard, 3).tolist(), np.round(pmi, 3).tolist()
    ([0.5, 0.04], [4.644, -3.0])
    """
    n_both, n_first, n_second, n_units = (
        np.atleast_1d(np.asarray(values, dtype="float64"))
        for values in (n_both, n_first, n_second, n_units)
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        union = n_first + n_second - n_both
        jaccard = np.where(union > 0, n_both / union, np.nan)
        expected = n_first * n_second
        pmi = np.where((n_both > 0) & (expected > 0), np.log2(n_both * n_units / expected), np.nan)
    return jaccard, pmi
