"""Coverage over time: articles per period and actor timelines, each with its base N.

A timeline needs a base: how many articles (and words) each period holds. Without it a rise in
mentions may only mean that more articles were collected that month. Every table here therefore
carries the base N of each period next to the counts, flags periods with no article at all
(``gap``: drawn as a break, never as a zero) and periods with few articles (``small_n``: drawn
hollow, to be read with caution). The counting is the core's (:mod:`analysis.tally`): only the
mentions of the articles given are counted, over those articles' bases.

Articles without a usable date (no month, or no day for days and weeks) cannot be placed on a
timeline. They are left out, and never silently: a :class:`DroppedArticlesWarning` gives their
number, which is also stored in ``table.attrs["n_undated_dropped"]``.

Examples
--------
>>> articles = pd.DataFrame(
...     {
...         "doc_id": ["a", "b", "c"],
...         "month": pd.PeriodIndex(["2023-01", "2023-01", "2023-03"], freq="M"),
...         "n_words": pd.array([100, 300, 200], dtype="Int64"),
...     }
... )
>>> articles_per_period(articles, min_articles=2)
         n_articles  n_words    gap  small_n
period
2023-01           2      400  False    False
2023-02           0        0   True    False
2023-03           1      200  False     True
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable

import numpy as np
import pandas as pd

from analysis.measures import (
    LEVELS,
    MEASURES,
    MIN_ARTICLES,
    as_list,
    check_choice,
    check_kinds,
    check_min_articles,
    flags,
    rates,
    require_columns,
    wilson_interval,
)
from analysis.periods import UNIT_NAMES, UNITS, period_codes, window
from analysis.tally import (
    TIMELINE_COLUMNS,
    Sums,
    Tally,
    grid_table,
    most_mentioned,
)

__all__ = [
    "TIMELINE_COLUMNS",
    "DroppedArticlesWarning",
    "actor_timeline",
    "add_share_interval",
    "articles_per_period",
    "finish_timeline",
    "kind_sensitivity",
    "pair_timeline",
    "pairs_with_first",
    "peak_period",
    "rolling_columns",
    "warn_dropped",
    "window_of",
]


class DroppedArticlesWarning(UserWarning):
    """Some articles could not be placed on the timeline (no usable date)."""


def _unit(unit: str) -> str:
    unit = UNIT_NAMES.get(unit, unit)
    check_choice(unit, UNITS, "unit")
    return unit


def articles_per_period(
    articles: pd.DataFrame,
    *,
    unit: str = "M",
    start: object = None,
    end: object = None,
    min_articles: int = MIN_ARTICLES,
) -> pd.DataFrame:
    """Count articles and words per period: the base N of every timeline.

    Parameters
    ----------
    articles : pandas.DataFrame
        One row per article with ``doc_id``, ``month`` (``period[M]``, missing allowed) and
        ``n_words`` (Int64); with ``unit="D"`` or ``"W"`` also ``date`` and
        ``date_precision``.
    unit : {"D", "W", "M", "Q", "Y"} or their names ("day", ... "year"), default "M"
        Length of a period. Days and weeks use only articles whose day is known
        (``date_precision == "day"``).
    start, end : str, pandas.Period or datetime-like, optional
        First and last period shown (inclusive). By default the first and last period that hold
        an article. Articles outside are left out (their number is in
        ``attrs["n_outside_window"]``).
    min_articles : int, default 5
        Periods holding at least one but fewer than this many articles are flagged ``small_n``.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``period`` (a complete ``PeriodIndex`` of the unit, no period missing), with
        columns ``n_articles`` (Int64), ``n_words`` (Int64, sum over the articles),
        ``gap`` (bool, no article in the period) and ``small_n`` (bool, never true in a gap).
        ``attrs`` holds ``unit``, ``min_articles``, ``n_undated_dropped`` and
        ``n_outside_window``.

    Warns
    -----
    DroppedArticlesWarning
        When articles without a usable date were left out.

    Examples
    --------
    >>> articles = pd.DataFrame(
    ...     {
    ...         "doc_id": ["a", "b", "c"],
    ...         "month": pd.PeriodIndex(["2023-01", "2023-02", "2023-07"], freq="M"),
    ...         "n_words": pd.array([100, 300, 200], dtype="Int64"),
    ...     }
    ... )
    >>> articles_per_period(articles, unit="Q", min_articles=1)
            n_articles  n_words    gap  small_n
    period
    2023Q1           2      400  False    False
    2023Q2           0        0   True    False
    2023Q3           1      200  False    False
    """
    unit = _unit(unit)
    check_min_articles(min_articles)
    require_columns(articles, ["doc_id", "n_words"], "articles")
    periods = period_codes(articles, unit, start, end)
    placed = periods.codes >= 0
    words = pd.to_numeric(articles["n_words"]).fillna(0).to_numpy(dtype="int64")
    n_periods = len(periods.index)
    n_articles = np.bincount(periods.codes[placed], minlength=n_periods)
    n_words = np.bincount(periods.codes[placed], weights=words[placed], minlength=n_periods)
    gap, small_n = flags(n_articles, min_articles)
    table = pd.DataFrame(
        {
            "n_articles": pd.array(n_articles, dtype="Int64"),
            "n_words": pd.array(n_words.astype("int64"), dtype="Int64"),
            "gap": gap,
            "small_n": small_n,
        },
        index=periods.index,
    )
    table.attrs.update(
        unit=unit,
        min_articles=min_articles,
        n_undated_dropped=periods.n_undated,
        n_outside_window=periods.n_outside_window,
    )
    warn_dropped(periods.n_undated, len(articles), unit)
    return table


def actor_timeline(
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    actors: Iterable[str] | str | None = None,
    level: str = "actor",
    kinds: Iterable[str] | str | None = None,
    exclude_kinds: Iterable[str] | str | None = None,
    unit: str = "M",
    measure: str = "mentions",
    start: object = None,
    end: object = None,
    min_articles: int = MIN_ARTICLES,
    rolling: int | None = None,
    center: bool = False,
) -> pd.DataFrame:
    """Mentions of each actor per period, with the base N and both rates.

    Only the mentions of ``articles`` are counted, and each period's base is that of the
    articles given (see :mod:`analysis.tally`): passing a subset of the corpus (one
    language, one outlet) gives that subset's timeline.

    Parameters
    ----------
    mentions : pandas.DataFrame
        One row per actor mention, with ``doc_id``, ``actor_id``, ``actor_name``, ``kind`` and,
        for ``level="country"``, ``country``.
    articles : pandas.DataFrame
        One row per article, as for :func:`articles_per_period`.
    actors : str or iterable of str, optional
        Ids to show, in this order, at the chosen ``level``. Each appears in every period, with
        0 where articles exist but do not mention it. By default every actor mentioned in the
        window, most mentioned first.
    level : {"actor", "country", "organisation"}, default "actor"
        ``"country"`` rolls persons and institutions up to their country (``country`` column):
        a mention of Kim Jong-un counts for ``PRK``; bodies and officials of an organisation
        count for it (the Security Council for ``UN``).
    kinds, exclude_kinds : str or iterable of str, optional
        Alias kinds to count (``name``, ``demonym``, ``capital``, ``institution``, ``leader``,
        ``epithet``), or to leave out, as a list or a comma-separated string.
    unit : {"D", "W", "M", "Q", "Y"} or their names ("day", ... "year"), default "M"
        Length of a period. Quarters and years add up the articles of their months, and rates
        are computed from those sums (not averaged over months). Days and weeks use only
        articles whose day is known and raise ``ValueError`` if there are none.
    measure : {"mentions", "per_1k_words", "share_of_articles"}, default "mentions"
        The measure the table is meant to be read and drawn by (``attrs["measure"]``, read
        by :func:`analysis.figures.plot_timeline`); every measure is a column.
    start, end : str, pandas.Period or datetime-like, optional
        First and last period (inclusive); by default those of the dated articles.
    min_articles : int, default 5
        Threshold of the ``small_n`` flag.
    rolling : int, optional
        Adds ``<measure>_rolling`` (see :func:`rolling_columns`), a window of ``rolling``
        periods ending at each period (``min_periods=1``, so the first periods use what
        exists), or centred on it with ``center=True``. For ``mentions`` it is the mean over
        the non-gap periods of the window; for the rates it is pooled (total mentions over
        total words, or articles mentioning over articles, in the window), so a period with
        few articles weighs less than a busy one. NaN in gaps. For ``share_of_articles``,
        ``share_of_articles_rolling_low`` and ``_high`` hold the Wilson interval of the
        pooled share.
    center : bool, default False
        Centre the rolling window on each period (a month is then smoothed with the months
        on both sides) instead of ending it there.

    Returns
    -------
    pandas.DataFrame
        Long format, one row per (actor, period), sorted by actor then period, with columns
        ``period`` (period of the unit), ``actor_id`` and ``actor_name`` (string), ``mentions``,
        ``articles_mentioning``, ``n_articles``, ``n_words`` (Int64), ``per_1k_words`` and
        ``share_of_articles`` (float64, NaN when the base is 0), ``small_n`` and ``gap``
        (bool), then ``share_of_articles_low`` and ``share_of_articles_high`` (float64, the
        95 % Wilson interval of the share, :func:`analysis.measures.wilson_interval`; NaN
        when the base is 0). ``attrs`` holds the arguments, ``n_undated_dropped`` and
        ``n_mentions_outside`` (mentions of other articles, left out).

    Warns
    -----
    DroppedArticlesWarning
        When articles without a usable date were left out.

    Examples
    --------
    >>> articles = pd.DataFrame(
    ...     {
    ...         "doc_id": ["a", "b"],
    ...         "month": pd.PeriodIndex(["2023-01", "2023-02"], freq="M"),
    ...         "n_words": pd.array([1000, 500], dtype="Int64"),
    ...     }
    ... )
    >>> mentions = pd.DataFrame(
    ...     {
    ...         "doc_id": ["a", "a", "b"],
    ...         "actor_id": ["PRK", "PRK", "PRK"],
    ...         "actor_name": ["North Korea"] * 3,
    ...         "kind": ["name", "demonym", "name"],
    ...     }
    ... )
    >>> table = actor_timeline(mentions, articles, measure="per_1k_words", min_articles=1)
    >>> table[["period", "actor_id", "mentions", "n_words", "per_1k_words"]]
        period actor_id  mentions  n_words  per_1k_words
    0  2023-01      PRK         2     1000           2.0
    1  2023-02      PRK         1      500           2.0
    """
    check_choice(level, LEVELS, "level")
    unit = _unit(unit)
    check_choice(measure, MEASURES, "measure")
    check_min_articles(min_articles)
    if rolling is not None and (
        isinstance(rolling, bool) or not isinstance(rolling, int) or rolling < 1
    ):
        raise ValueError(f"rolling must be a whole number of periods (1 or more), got {rolling!r}.")
    (table,) = _timelines(
        mentions,
        articles,
        [(kinds, exclude_kinds)],
        actors=actors,
        level=level,
        unit=unit,
        measure=measure,
        start=start,
        end=end,
        min_articles=min_articles,
        rolling=rolling,
        center=center,
    )
    return table


def _timelines(mentions, articles, variants, *, actors, level, unit, start, end, **finish):
    """One timeline per ``(kinds, exclude_kinds)`` of ``variants``, from one tally."""
    require_columns(articles, ["doc_id", "n_words"], "articles")
    periods = period_codes(articles, unit, start, end)
    tally = Tally(mentions, articles)
    tables = []
    for kinds, exclude_kinds in variants:
        kinds_counted = tally.kind_mask(kinds, exclude_kinds)
        sums = tally.sums(
            level, groups=periods.codes, labels=periods.index, kind_mask=kinds_counted
        )
        table = finish_timeline(
            sums,
            periods.index,
            actors=actors,
            known_keys=tally.level(level).code,
            level=level,
            **finish,
        )
        table.attrs.update(
            kinds=None if kinds is None else sorted(check_kinds(kinds, tally.kinds)),
            exclude_kinds=(
                sorted(check_kinds(exclude_kinds, tally.kinds)) if exclude_kinds else None
            ),
            n_undated_dropped=periods.n_undated,
        )
        tables.append(table)
    warn_dropped(periods.n_undated, len(articles), unit)
    return tables


def kind_sensitivity(
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    actors: Iterable[str],
    drop: Iterable[str] = ("demonym",),
    level: str = "actor",
    measure: str = "share_of_articles",
    kinds: Iterable[str] | str | None = None,
    exclude_kinds: Iterable[str] | str | None = None,
    unit: str = "M",
    start: object = None,
    end: object = None,
    min_articles: int = MIN_ARTICLES,
    rolling: int | None = None,
    center: bool = False,
) -> pd.DataFrame:
    """Does a trend survive without some alias kinds? Both timelines, from one tally.

    Parameters
    ----------
    actors : list of str
        Actor ids (at ``level``).
    drop : list of str
        Alias kinds left out of the second series (default: demonyms, "russe", "américain").
    level, measure, kinds, exclude_kinds, unit, start, end, min_articles, rolling, center
        As for :func:`actor_timeline`; the correlation is computed on ``measure``.

    Returns
    -------
    DataFrame
        The rows of two :func:`actor_timeline` tables, with a ``variant`` column (``all
        kinds`` or ``without demonym``) and ids suffixed for the second (``RUS`` and
        ``RUS-without-demonym``), so that :func:`analysis.figures.plot_timeline` draws them
        side by side. ``attrs["correlation"]`` holds the Pearson correlation of the two
        series per actor (gap periods left out).

    Examples
    --------
    >>> articles = pd.DataFrame({"doc_id": ["a", "b"], "n_words": [10, 10],
    ...                          "month": pd.PeriodIndex(["2023-07", "2023-08"], freq="M")})
    >>> mentions = pd.DataFrame({"doc_id": ["a", "a", "b"], "actor_id": ["RUS"] * 3,
    ...     "actor_name": ["Russia"] * 3, "kind": ["name", "demonym", "demonym"]})
    >>> table = kind_sensitivity(mentions, articles, actors=["RUS"], measure="mentions")
    >>> table.groupby("variant")["mentions"].sum().to_dict()
    {'all kinds': 3, 'without demonym': 1}
    """
    check_choice(level, LEVELS, "level")
    unit = _unit(unit)
    check_choice(measure, MEASURES, "measure")
    check_min_articles(min_articles)
    actors = [str(actor) for actor in as_list(actors)]
    drop = check_kinds(drop)
    excluded = [*(check_kinds(exclude_kinds) if exclude_kinds else []), *drop]
    full, reduced = _timelines(
        mentions,
        articles,
        [(kinds, exclude_kinds), (kinds, excluded)],
        actors=actors,
        level=level,
        unit=unit,
        measure=measure,
        start=start,
        end=end,
        min_articles=min_articles,
        rolling=rolling,
        center=center,
    )
    correlation = {}
    for actor in actors:
        first = full.loc[(full["actor_id"] == actor) & ~full["gap"], measure]
        second = reduced.loc[(reduced["actor_id"] == actor) & ~reduced["gap"], measure]
        correlation[actor] = float(
            pd.Series(first.to_numpy(dtype=float)).corr(pd.Series(second.to_numpy(dtype=float)))
        )
    suffix = "without " + ", ".join(drop)
    full = full.assign(variant="all kinds")
    full["actor_name"] = full["actor_name"].astype("string") + " (all kinds)"
    reduced = reduced.assign(variant=suffix)
    reduced["actor_name"] = reduced["actor_name"].astype("string") + f" ({suffix})"
    reduced["actor_id"] = reduced["actor_id"].astype("string") + "-without-" + "-".join(drop)
    result = pd.concat([full, reduced], ignore_index=True)
    result.attrs = {**full.attrs, "correlation": correlation, "dropped_kinds": drop}
    return result


def finish_timeline(
    sums: Sums,
    periods: pd.PeriodIndex,
    *,
    actors: Iterable[str] | str | None = None,
    known_keys: Iterable[str] | None = None,
    level: str = "actor",
    measure: str = "mentions",
    min_articles: int = MIN_ARTICLES,
    rolling: int | None = None,
    center: bool = False,
) -> pd.DataFrame:
    """The table of :func:`actor_timeline` from sums per period (of one corpus or of parts).

    Counts of periods outside ``periods`` are left out; ``actors`` as for
    :func:`actor_timeline` (a requested id not in ``known_keys`` is warned about).
    """
    inside = sums.counts["group"].isin(periods)
    window = Sums(
        counts=sums.counts[inside],
        base=sums.base[sums.base["group"].isin(periods)],
        names=sums.names,
        known_names=sums.known_names,
        n_mentions_outside=sums.n_mentions_outside,
    )
    if actors is None:
        actor_ids = most_mentioned(window)
    else:
        actor_ids = list(dict.fromkeys(str(actor_id) for actor_id in as_list(actors)))
        known = set(known_keys if known_keys is not None else sums.counts["key"])
        never_seen = [actor_id for actor_id in actor_ids if actor_id not in known]
        if never_seen:
            warnings.warn(
                f"Actor id(s) {never_seen} never occur in the mentions at level {level!r}, so "
                "their timeline is all zeros; check the spelling (states use ISO3 codes such "
                "as 'PRK', persons at level 'country' count under their country).",
                UserWarning,
                stacklevel=3,
            )
    table = add_share_interval(grid_table(window, periods, actor_ids, min_articles=min_articles))
    if rolling is not None:
        smoothed = rolling_columns(table, measure, rolling, center=center)
        for column in smoothed.columns:
            table[column] = smoothed[column].to_numpy()
    table.attrs.update(
        unit=periods.freqstr[0] if len(periods.freqstr) else None,
        level=level,
        measure=measure,
        kinds=None,
        exclude_kinds=None,
        min_articles=min_articles,
        rolling=rolling,
        rolling_center=center if rolling is not None else None,
        n_undated_dropped=0,
        n_mentions_outside=sums.n_mentions_outside,
    )
    return table


def add_share_interval(table: pd.DataFrame) -> pd.DataFrame:
    """Add ``share_of_articles_low`` and ``_high``, the 95 % Wilson interval of each share.

    For tables of counts per period (timelines, the explorer's), from their
    ``articles_mentioning`` and ``n_articles``; NaN where there is no article. Returns the
    table, changed in place.

    Examples
    --------
    >>> table = pd.DataFrame({"articles_mentioning": [1, 0], "n_articles": [5, 0]})
    >>> add_share_interval(table).round(3).values.tolist()
    [[1.0, 5.0, 0.036, 0.624], [0.0, 0.0, nan, nan]]
    """
    low, high = wilson_interval(table["articles_mentioning"], table["n_articles"])
    table["share_of_articles_low"], table["share_of_articles_high"] = low, high
    return table


def peak_period(timeline: pd.DataFrame, actor: str, measure: str | None = None) -> pd.Period | None:
    """The period where an actor's measure is highest in a timeline (``None`` if none).

    ``measure`` defaults to the timeline's own (``attrs["measure"]``); gaps never count.

    Examples
    --------
    >>> table = pd.DataFrame({"period": pd.period_range("2023-06", periods=3, freq="M"),
    ...                       "actor_id": ["RUS"] * 3, "share_of_articles": [0.1, 0.6, np.nan],
    ...                       "gap": [False, False, True]})
    >>> peak_period(table, "RUS", "share_of_articles")
    Period('2023-07', 'M')
    """
    measure = measure or timeline.attrs.get("measure", "mentions")
    rows = timeline[(timeline["actor_id"] == actor) & ~timeline["gap"].astype(bool)]
    rows = rows[rows[measure].notna()]
    if rows.empty:
        return None
    return rows.loc[rows[measure].astype(float).idxmax(), "period"]


def pairs_with_first(countries: Iterable[str] | str) -> list[tuple[str, str]]:
    """Each country paired with the first: the pairs :func:`pair_timeline` draws for a focus.

    Examples
    --------
    >>> pairs_with_first(["PRK", "RUS", "USA"])
    [('RUS', 'PRK'), ('USA', 'PRK')]
    >>> pairs_with_first("PRK")
    []
    """
    ids = as_list(countries)
    return [(other, ids[0]) for other in ids[1:]]


def pair_timeline(
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
    pairs: Iterable[tuple[str, str]],
    *,
    level: str = "country",
    measure: str = "share_of_articles",
    **options,
) -> pd.DataFrame:
    """Articles that mention both actors of a pair, per period (e.g. Russia and North Korea).

    Each pair becomes one series, with ``actor_id`` ``"RUS+PRK"`` and ``actor_name``
    ``"Russia & North Korea"``, in the order given (the line takes the colour of the first
    actor). Its ``mentions`` and ``articles_mentioning`` both count the articles of
    ``articles`` that mention the two actors. The table has the columns of
    :func:`actor_timeline`, so :func:`analysis.figures.plot_timeline` draws it; ``options``
    (``unit``, ``start``, ``end``, ``min_articles``, ``rolling``, ``center``, ``kinds``,
    ``exclude_kinds``) are passed on.

    Examples
    --------
    >>> articles = pd.DataFrame({"doc_id": ["a", "b"], "n_words": pd.array([10, 10], dtype="Int64"),
    ...                         "month": pd.PeriodIndex(["2023-07", "2023-07"], freq="M")})
    >>> mentions = pd.DataFrame({"doc_id": ["a", "a", "b"], "actor_id": ["PRK", "RUS", "RUS"],
    ...     "actor_name": ["North Korea", "Russia", "Russia"], "country": ["PRK", "RUS", "RUS"],
    ...     "kind": ["name", "name", "name"]})
    >>> pair_timeline(mentions, articles, [("RUS", "PRK")], min_articles=1)[
    ...     ["actor_id", "articles_mentioning", "share_of_articles"]].values.tolist()
    [['RUS+PRK', 1, 0.5]]
    """
    check_choice(level, LEVELS, "level")
    tally = Tally(mentions, articles)
    kinds_counted = tally.kind_mask(options.pop("kinds", None), options.pop("exclude_kinds", None))
    doc, key, _ = tally.per_article(level, kind_mask=kinds_counted)
    code = tally.level(level).code
    pairs = [tuple(pair) for pair in pairs]
    names = tally.names(level, sorted({actor for pair in pairs for actor in pair}))
    doc_ids = articles["doc_id"].astype("string").to_numpy(dtype=object)
    rows = []
    for first, second in pairs:
        with_first = set(doc[key == code.get(first, -1)].tolist())
        both = sorted(with_first & set(doc[key == code.get(second, -1)].tolist()))
        label = f"{names[first]} & {names[second]}"
        rows += [(doc_ids[row], f"{first}+{second}", label) for row in both]
    together = pd.DataFrame(rows, columns=["doc_id", "actor_id", "actor_name"]).assign(kind="name")
    series = [f"{a}+{b}" for a, b in pairs]
    with warnings.catch_warnings():
        # A pair never mentioned together is a finding here, not a misspelt id.
        warnings.filterwarnings("ignore", message="Actor id", category=UserWarning)
        table = actor_timeline(together, articles, actors=series, measure=measure, **options)
    for first, second in pairs:
        table.loc[table["actor_id"] == f"{first}+{second}", "actor_name"] = (
            f"{names[first]} & {names[second]}"
        )
    table.attrs.update(level=level, n_mentions_outside=tally.n_mentions_outside)
    return table


def rolling_columns(
    table: pd.DataFrame, measure: str, window: int, *, center: bool = False
) -> pd.DataFrame:
    """A measure over a window of periods, per actor: the one definition of smoothed values.

    Parameters
    ----------
    table : pandas.DataFrame
        A timeline (:func:`actor_timeline`): one row per actor and period, sorted by period
        within each actor, with ``mentions``, ``articles_mentioning``, ``n_articles``,
        ``n_words`` and ``gap``.
    measure : {"mentions", "per_1k_words", "share_of_articles"}
    window : int
        Periods in the window (1 or more).
    center : bool, default False
        Centre the window on each period; by default it ends there (trailing).

    Returns
    -------
    pandas.DataFrame
        Indexed like ``table``: ``<measure>_rolling`` (float64). ``mentions`` are averaged
        over the non-gap periods of the window; the rates are pooled (sums over the window
        divided by the window's base), so a period with few articles weighs less. For
        ``share_of_articles`` also ``share_of_articles_rolling_low`` and ``_high``, the
        Wilson interval of the pooled share. NaN in gaps.

    Examples
    --------
    >>> table = pd.DataFrame({"actor_id": ["PRK"] * 3, "mentions": [2, 0, 4],
    ...     "articles_mentioning": [1, 0, 3], "n_articles": [2, 0, 4], "n_words": [10, 0, 40],
    ...     "gap": [False, True, False]})
    >>> rolling_columns(table, "share_of_articles", 3, center=True).round(3).values.tolist()
    [[0.5, 0.095, 0.905], [nan, nan, nan], [0.75, 0.301, 0.954]]
    """
    check_choice(measure, MEASURES, "measure")
    if isinstance(window, bool) or not isinstance(window, int) or window < 1:
        raise ValueError(f"rolling must be a whole number of periods (1 or more), got {window!r}.")
    gap = table["gap"].to_numpy(dtype=bool)
    by_actor = table.groupby("actor_id", sort=False)

    def window_sum(column: str) -> np.ndarray:
        sums = by_actor[column].transform(
            lambda values: (
                values.astype("float64").rolling(window, min_periods=1, center=center).sum()
            )
        )
        return sums.to_numpy(dtype="float64")

    columns = {}
    if measure == "mentions":
        shown = table["mentions"].astype("float64").where(~gap)
        smoothed = shown.groupby(table["actor_id"], sort=False).transform(
            lambda values: values.rolling(window, min_periods=1, center=center).mean()
        )
        columns["mentions_rolling"] = smoothed.to_numpy(dtype="float64")
    elif measure == "per_1k_words":
        columns["per_1k_words_rolling"] = rates(
            window_sum("mentions"), 0, 0, window_sum("n_words")
        )[0]
    else:
        mentioning, n_articles = window_sum("articles_mentioning"), window_sum("n_articles")
        columns["share_of_articles_rolling"] = rates(0, mentioning, n_articles, 0)[1]
        low, high = wilson_interval(mentioning, n_articles)
        columns["share_of_articles_rolling_low"] = low
        columns["share_of_articles_rolling_high"] = high
    return pd.DataFrame(
        {name: np.where(gap, np.nan, values) for name, values in columns.items()},
        index=table.index,
    )


def window_of(sums: Sums, unit: str, start: object = None, end: object = None) -> pd.PeriodIndex:
    """Every period of ``unit`` from ``start`` to ``end``; by default from the first to the
    last period of ``sums`` holding an article."""
    held = sums.base.loc[sums.base["n_articles"] > 0, "group"]
    return window(held, unit, start, end)


def warn_dropped(n_undated: int, n_total: int, unit: str) -> None:
    """Warn that ``n_undated`` of ``n_total`` articles could not be placed in periods."""
    if n_undated == 0:
        return
    needed = "known day" if unit in ("D", "W") else "month"
    warnings.warn(
        f"{n_undated} of {n_total} articles have no {needed} and were left out of the "
        "timeline (count kept in table.attrs['n_undated_dropped']).",
        DroppedArticlesWarning,
        stacklevel=3,
    )
