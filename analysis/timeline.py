"""Coverage over time: articles per period, actor timelines, the evidence behind a point, events.

A timeline needs a base: how many articles (and words) each period holds. Without it a rise in
mentions may only mean that more articles were collected that month. Every table here therefore
carries the base N of each period next to the counts, flags periods with no article at all
(``gap``: drawn as a break, never as a zero) and periods with few articles (``small_n``: drawn
hollow, to be read with caution).

Articles without a usable date (no month, or no day when ``unit="D"``) cannot be placed on a
timeline. They are left out, and never silently: a :class:`DroppedArticlesWarning` gives their
number, which is also stored in ``table.attrs["n_undated_dropped"]``.

Examples
--------
>>> corpus = pd.DataFrame(
...     {
...         "doc_id": ["a", "b", "c"],
...         "month": pd.PeriodIndex(["2023-01", "2023-01", "2023-03"], freq="M"),
...         "n_words": pd.array([100, 300, 200], dtype="Int64"),
...     }
... )
>>> articles_per_period(corpus, min_articles=2)
         n_articles  n_words    gap  small_n
period
2023-01           2      400  False    False
2023-02           0        0   True    False
2023-03           1      200  False     True
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import warnings
from collections.abc import Iterable
from pathlib import Path

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import PercentFormatter

from analysis import config
from analysis.counts import _as_list, names_of_keys, select_kinds
from analysis.figures import NEUTRAL_GREY, actor_color, empty_figure, style_context

UNITS = ("D", "M", "Q", "Y")
LEVELS = ("actor", "country")

#: Axis label of each measure of :func:`actor_timeline`.
MEASURE_LABELS = {
    "mentions": "Mentions",
    "per_1k_words": "Mentions per 1,000 words",
    "share_of_articles": "Share of articles",
}

TIMELINE_COLUMNS = (
    "period",
    "actor_id",
    "actor_name",
    "mentions",
    "articles_mentioning",
    "n_articles",
    "n_words",
    "per_1k_words",
    "share_of_articles",
    "value",
    "small_n",
    "gap",
)
"""Columns of :func:`actor_timeline` (``value_rolling`` follows when ``rolling`` is set)."""

EVENT_COLUMNS = ("date", "label", "actors", "source")

_GAP_COLOR = "#EEEEEE"
_EVENT_COLOR = "#777777"
_EVENT_LABEL_LENGTH = 60
_EVENT_NUMBER_FONT_SIZE = 7
# Width of one character of an event number, in inches (a digit is about 0.6 em wide).
_EVENT_NUMBER_CHARACTER_INCHES = 0.6 * _EVENT_NUMBER_FONT_SIZE / 72
_LINE_STYLES = ("-", "--", ":", "-.")


class DroppedArticlesWarning(UserWarning):
    """Some articles could not be placed on the timeline (no usable date)."""


# --------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------


def articles_per_period(
    corpus: pd.DataFrame,
    *,
    unit: str = "M",
    start: object = None,
    end: object = None,
    min_articles: int = 5,
) -> pd.DataFrame:
    """Count articles and words per period: the base N of every timeline.

    Parameters
    ----------
    corpus : pandas.DataFrame
        One row per article with ``doc_id``, ``month`` (``period[M]``, missing allowed) and
        ``n_words`` (Int64); with ``unit="D"`` also ``date`` and ``date_precision``.
    unit : {"M", "Q", "Y", "D"}, default "M"
        Length of a period. ``"D"`` uses only articles whose day is known
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
    >>> corpus = pd.DataFrame(
    ...     {
    ...         "doc_id": ["a", "b", "c"],
    ...         "month": pd.PeriodIndex(["2023-01", "2023-02", "2023-07"], freq="M"),
    ...         "n_words": pd.array([100, 300, 200], dtype="Int64"),
    ...     }
    ... )
    >>> articles_per_period(corpus, unit="Q", min_articles=1)
            n_articles  n_words    gap  small_n
    period
    2023Q1           2      400  False    False
    2023Q2           0        0   True    False
    2023Q3           1      200  False    False
    """
    _check_choice(unit, UNITS, "unit")
    _check_min_articles(min_articles)
    articles, n_undated = _dated_articles(corpus, unit)
    periods = _period_range(articles["period"], unit, start, end)
    table = _base_table(articles, periods, min_articles)
    table.attrs.update(
        unit=unit,
        min_articles=min_articles,
        n_undated_dropped=n_undated,
        n_outside_window=int((~articles["period"].isin(periods)).sum()),
    )
    _warn_dropped(n_undated, len(corpus), unit)
    return table


def actor_timeline(
    mentions: pd.DataFrame,
    corpus: pd.DataFrame,
    *,
    actors: Iterable[str] | str | None = None,
    level: str = "actor",
    kinds: Iterable[str] | str | None = None,
    unit: str = "M",
    measure: str = "mentions",
    start: object = None,
    end: object = None,
    min_articles: int = 5,
    rolling: int | None = None,
) -> pd.DataFrame:
    """Mentions of each actor per period, with the base N and normalised measures.

    Parameters
    ----------
    mentions : pandas.DataFrame
        One row per actor mention, with ``doc_id``, ``actor_id``, ``actor_name``, ``kind`` and,
        for ``level="country"``, ``country``. Mentions of articles absent from ``corpus`` are
        ignored (their number is in ``attrs["n_mentions_outside_corpus"]``), so passing a
        subset of the corpus (one language, one outlet) gives that subset's timeline.
    corpus : pandas.DataFrame
        One row per article, as for :func:`articles_per_period`.
    actors : str or iterable of str, optional
        Ids to show, in this order, at the chosen ``level``. Each appears in every period, with
        0 where articles exist but do not mention it. By default every actor mentioned in the
        window, most mentioned first.
    level : {"actor", "country"}, default "actor"
        ``"country"`` rolls persons and institutions up to their country (``country`` column):
        a mention of Kim Jong-un counts for ``PRK``. Organisations (UN, EU, NATO...) have no
        country and count under their own ``actor_id``. A country's name is that of its state
        actor when the state itself is mentioned somewhere, else its code.
    kinds : str or iterable of str, optional
        Alias kinds to count (``name``, ``demonym``, ``capital``, ``institution``, ``leader``,
        ``epithet``), as a list or a comma-separated string; all by default.
    unit : {"M", "Q", "Y", "D"}, default "M"
        Length of a period. Quarters and years add up the monthly counts and the monthly base
        N, and ratios are recomputed from those sums (not averaged over months). ``"D"`` uses
        only articles whose day is known and raises ``ValueError`` if there are none.
    measure : {"mentions", "per_1k_words", "share_of_articles"}, default "mentions"
        Copied into the ``value`` column, the one plotted.
    start, end : str, pandas.Period or datetime-like, optional
        First and last period (inclusive); by default those of the dated articles.
    min_articles : int, default 5
        Threshold of the ``small_n`` flag.
    rolling : int, optional
        Adds ``value_rolling``, a trailing window of ``rolling`` periods ending at each period
        (``min_periods=1``, so the first periods use what exists). For ``mentions`` it is the
        mean over the non-gap periods of the window; for the ratios it is pooled (total
        mentions over total words, or articles mentioning over articles, in the window), so a
        period with few articles weighs less than a busy one. Gap periods stay NaN.

    Returns
    -------
    pandas.DataFrame
        Long format, one row per (actor, period), sorted by actor then period, with columns
        ``period`` (period of the unit), ``actor_id`` and ``actor_name`` (string), ``mentions``,
        ``articles_mentioning``, ``n_articles``, ``n_words`` (Int64), ``per_1k_words`` and
        ``share_of_articles`` (float64, NaN when the base is 0), ``value`` (float64, the chosen
        measure, NaN in gap periods), ``small_n`` and ``gap`` (bool), and ``value_rolling``
        (float64) when ``rolling`` is given. ``attrs`` holds the arguments and
        ``n_undated_dropped``.

    Warns
    -----
    DroppedArticlesWarning
        When articles without a usable date were left out.

    Examples
    --------
    >>> corpus = pd.DataFrame(
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
    >>> table = actor_timeline(mentions, corpus, measure="per_1k_words", min_articles=1)
    >>> table[["period", "actor_id", "mentions", "n_words", "value"]]
        period actor_id  mentions  n_words  value
    0  2023-01      PRK         2     1000    2.0
    1  2023-02      PRK         1      500    2.0
    """
    _check_choice(level, LEVELS, "level")
    _check_choice(unit, UNITS, "unit")
    _check_choice(measure, tuple(MEASURE_LABELS), "measure")
    _check_min_articles(min_articles)
    if rolling is not None and (
        isinstance(rolling, bool) or not isinstance(rolling, int) or rolling < 1
    ):
        raise ValueError(f"rolling must be a whole number of periods (1 or more), got {rolling!r}.")

    articles, n_undated = _dated_articles(corpus, unit)
    periods = _period_range(articles["period"], unit, start, end)
    base = _base_table(articles, periods, min_articles)
    cells = _Cells(mentions, corpus, articles, periods, level, kinds)
    actor_ids = _actor_order(actors, cells, level)
    table = cells.table(actor_ids).join(
        base[["n_articles", "n_words", "small_n", "gap"]], on="period"
    )
    names = cells.names(actor_ids)
    table["actor_name"] = pd.Series(
        [names.get(actor_id, actor_id) for actor_id in table["actor_id"]],
        index=table.index,
        dtype="string",
    )

    mention_counts = _as_float(table["mentions"])
    table["per_1k_words"] = _ratio(mention_counts, _as_float(table["n_words"])) * 1000
    table["share_of_articles"] = _ratio(
        _as_float(table["articles_mentioning"]), _as_float(table["n_articles"])
    )
    table["value"] = np.where(table["gap"], np.nan, table[measure].astype("float64"))
    columns = list(TIMELINE_COLUMNS)
    if rolling is not None:
        table["value_rolling"] = _trailing_values(table, measure, rolling)
        columns.append("value_rolling")
    table = table[columns].reset_index(drop=True)
    table.attrs.update(
        unit=unit,
        level=level,
        measure=measure,
        kinds=None if kinds is None else sorted(_kind_list(kinds)),
        min_articles=min_articles,
        rolling=rolling,
        n_undated_dropped=n_undated,
        n_mentions_outside_corpus=cells.n_outside_corpus,
    )
    _warn_dropped(n_undated, len(corpus), unit)
    return table


def month_evidence(
    mentions: pd.DataFrame,
    corpus: pd.DataFrame,
    *,
    period: object,
    actor: str,
    level: str = "actor",
    unit: str = "M",
    kinds: Iterable[str] | str | None = None,
    excerpt_words: int = 30,
    kwic: bool = False,
    width: int = 60,
) -> pd.DataFrame:
    """The articles behind one point of :func:`actor_timeline`, to read before interpreting it.

    Parameters
    ----------
    mentions, corpus : pandas.DataFrame
        As for :func:`actor_timeline`; ``corpus`` also needs ``date``, ``credit`` and ``text``.
    period : str, pandas.Period, datetime-like or None
        The period of the point, e.g. ``"2023-07"`` (read in ``unit``); ``None`` (as
        :func:`peak_period` returns for an empty timeline) gives an empty table.
    actor : str
        Actor id at the given ``level``.
    level, unit, kinds
        As for :func:`actor_timeline`; use the same values as for the timeline.
    excerpt_words : int, default 30
        Number of words of the article shown in ``excerpt``.
    kwic : bool, default False
        Return the keyword-in-context evidence instead: one row per mention, with the
        article's ``date``, ``credit`` and ``n_mentions`` beside ``left``, ``match`` and
        ``right`` (``width`` characters of context), ordered like the articles.

    Returns
    -------
    pandas.DataFrame
        One row per article mentioning the actor in the period, most mentions first (then by
        ``doc_id``): ``doc_id``, ``date``, ``credit``, ``n_mentions`` (Int64), ``matched``
        (string, the distinct matched forms joined by ``"; "``) and ``excerpt`` (string, the
        first words of the text). ``n_mentions`` adds up to the ``mentions`` of the timeline
        point.

    Examples
    --------
    >>> corpus = pd.DataFrame(
    ...     {
    ...         "doc_id": ["a", "b"],
    ...         "date": pd.to_datetime(["2023-07-01", "2023-07-01"]),
    ...         "month": pd.PeriodIndex(["2023-07", "2023-07"], freq="M"),
    ...         "credit": ["YONHAP", "AFP"],
    ...         "text": ["Pyongyang a reçu Shoigu.", "La Corée du Nord et Pyongyang."],
    ...         "n_words": pd.array([4, 6], dtype="Int64"),
    ...     }
    ... )
    >>> mentions = pd.DataFrame(
    ...     {
    ...         "doc_id": ["a", "b", "b"],
    ...         "actor_id": ["PRK"] * 3,
    ...         "actor_name": ["North Korea"] * 3,
    ...         "kind": ["capital", "name", "capital"],
    ...         "matched": ["Pyongyang", "Corée du Nord", "Pyongyang"],
    ...     }
    ... )
    >>> month_evidence(mentions, corpus, period="2023-07", actor="PRK")[
    ...     ["doc_id", "n_mentions", "matched"]
    ... ]
      doc_id  n_mentions                   matched
    0      b           2  Corée du Nord; Pyongyang
    1      a           1                 Pyongyang
    """
    _check_choice(level, LEVELS, "level")
    _check_choice(unit, UNITS, "unit")
    _require_columns(corpus, ["doc_id", "date", "credit", "text"], "corpus")
    if period is None:
        # No point to explain (an empty range): an empty table, not an error.
        period, corpus = pd.Period("2000-01", freq="M"), corpus.iloc[0:0]
    target = _to_period(period, unit, "period")
    articles, _ = _dated_articles(corpus, unit)
    in_period = articles.loc[articles["period"] == target, "doc_id"]
    keyed = _filter_kinds(_keyed_mentions(mentions, level), kinds)
    selected = keyed[(keyed["actor_id"] == actor) & keyed["doc_id"].isin(set(in_period))]
    if "matched" in selected.columns:
        matched_forms = selected.groupby("doc_id")["matched"].agg(
            lambda forms: "; ".join(sorted(set(forms.dropna().astype(str))))
        )
    else:
        matched_forms = pd.Series(dtype="string")
    evidence = selected.groupby("doc_id").size().rename("n_mentions").reset_index()
    evidence["matched"] = evidence["doc_id"].map(matched_forms).fillna("").astype("string")
    evidence = evidence.merge(corpus[["doc_id", "date", "credit", "text"]], on="doc_id")
    evidence["excerpt"] = (
        evidence["text"].map(lambda text: _first_words(text, excerpt_words)).astype("string")
    )
    evidence["n_mentions"] = evidence["n_mentions"].astype("Int64")
    evidence["doc_id"] = evidence["doc_id"].astype(corpus["doc_id"].dtype)
    evidence = evidence.sort_values(["n_mentions", "doc_id"], ascending=[False, True])
    columns = ["doc_id", "date", "credit", "n_mentions", "matched", "excerpt"]
    evidence = evidence[columns].reset_index(drop=True)
    if not kwic:
        return evidence
    from analysis.counts import kwic as keyword_in_context

    lines = keyword_in_context(mentions.loc[selected.index], corpus, width=width).drop(
        columns=["month"]
    )
    order = {doc_id: rank for rank, doc_id in enumerate(evidence["doc_id"].astype(str))}
    lines = lines.assign(_rank=lines["doc_id"].astype(str).map(order))
    lines = lines.sort_values(["_rank", "start"]).drop(columns="_rank")
    header = evidence[["doc_id", "date", "credit", "n_mentions"]].assign(
        doc_id=evidence["doc_id"].astype("string")
    )
    return header.merge(lines, on="doc_id", how="right").reset_index(drop=True)


def peak_period(timeline: pd.DataFrame, actor: str) -> pd.Period | None:
    """The period where an actor's ``value`` is highest in a timeline (``None`` if none).

    Examples
    --------
    >>> table = pd.DataFrame({"period": pd.period_range("2023-06", periods=3, freq="M"),
    ...                       "actor_id": ["RUS"] * 3, "value": [0.1, 0.6, np.nan]})
    >>> peak_period(table, "RUS")
    Period('2023-07', 'M')
    """
    rows = timeline[(timeline["actor_id"] == actor) & timeline["value"].notna()]
    if rows.empty:
        return None
    return rows.loc[rows["value"].astype(float).idxmax(), "period"]


def pairs_with_first(countries: Iterable[str] | str) -> list[tuple[str, str]]:
    """Each country paired with the first: the pairs :func:`pair_timeline` draws for a focus.

    Examples
    --------
    >>> pairs_with_first(["PRK", "RUS", "USA"])
    [('RUS', 'PRK'), ('USA', 'PRK')]
    >>> pairs_with_first("PRK")
    []
    """
    ids = _as_list(countries)
    return [(other, ids[0]) for other in ids[1:]]


def pair_timeline(
    mentions: pd.DataFrame,
    corpus: pd.DataFrame,
    pairs: Iterable[tuple[str, str]],
    *,
    level: str = "country",
    measure: str = "share_of_articles",
    **options,
) -> pd.DataFrame:
    """Articles that mention both actors of a pair, per period (e.g. Russia and North Korea).

    Each pair becomes one series, with ``actor_id`` ``"RUS+PRK"`` and ``actor_name``
    ``"Russia & North Korea"``, in the order given (the line takes the colour of the first
    actor). Its ``mentions`` and ``articles_mentioning`` both count the articles that mention
    the two actors. The table has the columns of :func:`actor_timeline`, so
    :func:`plot_timeline` draws it; ``options`` (``unit``, ``start``, ``end``,
    ``min_articles``, ``rolling``, ``kinds``) are passed on.

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "n_words": pd.array([10, 10], dtype="Int64"),
    ...                        "month": pd.PeriodIndex(["2023-07", "2023-07"], freq="M")})
    >>> mentions = pd.DataFrame({"doc_id": ["a", "a", "b"], "actor_id": ["PRK", "RUS", "RUS"],
    ...     "actor_name": ["North Korea", "Russia", "Russia"], "country": ["PRK", "RUS", "RUS"],
    ...     "kind": ["name", "name", "name"]})
    >>> pair_timeline(mentions, corpus, [("RUS", "PRK")], min_articles=1)[
    ...     ["actor_id", "articles_mentioning", "value"]].values.tolist()
    [['RUS+PRK', 1, 0.5]]
    """
    _check_choice(level, LEVELS, "level")
    keyed = _filter_kinds(_keyed_mentions(mentions, level), options.pop("kinds", None))
    names = names_of_keys(mentions, level, keyed["actor_id"].dropna().unique())
    documents = {
        str(actor_id): set(ids.astype(str)) for actor_id, ids in keyed.groupby("actor_id")["doc_id"]
    }
    rows = []
    pairs = [tuple(pair) for pair in pairs]
    for first, second in pairs:
        both = documents.get(first, set()) & documents.get(second, set())
        label = f"{names.get(first, first)} & {names.get(second, second)}"
        rows += [(doc_id, f"{first}+{second}", label) for doc_id in sorted(both)]
    together = pd.DataFrame(rows, columns=["doc_id", "actor_id", "actor_name"]).assign(kind="name")
    series = [f"{a}+{b}" for a, b in pairs]
    import warnings

    with warnings.catch_warnings():
        # A pair never mentioned together is a finding here, not a misspelt id.
        warnings.filterwarnings("ignore", message="Actor id", category=UserWarning)
        table = actor_timeline(together, corpus, actors=series, measure=measure, **options)
    for first, second in pairs:
        key = f"{first}+{second}"
        label = f"{names.get(first, first)} & {names.get(second, second)}"
        table.loc[table["actor_id"] == key, "actor_name"] = label
    return table


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
# Plots
# --------------------------------------------------------------------------------------------


def plot_timeline(
    timeline: pd.DataFrame,
    *,
    events: pd.DataFrame | None = None,
    ax: Axes | None = None,
    small_multiples: bool = False,
    title: str | None = None,
) -> Figure:
    """Draw an :func:`actor_timeline` table: one line per actor, in its fixed colour.

    Periods without articles are breaks in the lines over a light grey band (not zeros);
    points resting on fewer than ``min_articles`` articles are hollow; events are dotted
    vertical lines, numbered above the axes and listed with their date and label in a key
    under the plot (events too close to be told apart share a number range such as
    ``"13–15"``). With ``value_rolling`` in the table, the rolling value is the line and the
    raw values are faint dots.

    The figure is not registered with pyplot: in a notebook it shows when it is the last
    expression of a cell (or through ``display(fig)``), once, and closing it is not needed.

    Parameters
    ----------
    timeline : pandas.DataFrame
        Output of :func:`actor_timeline` (its ``attrs["measure"]`` gives the y label).
    events : pandas.DataFrame, optional
        Output of :func:`load_events`; only events within the plotted dates are drawn.
    ax : matplotlib.axes.Axes, optional
        Axes to draw into (not with ``small_multiples``).
    small_multiples : bool, default False
        One panel per actor, stacked, sharing both axes.
    title : str, optional
        Figure title.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> table = pd.DataFrame(
    ...     {
    ...         "period": pd.period_range("2023-01", periods=3, freq="M"),
    ...         "actor_id": ["PRK"] * 3,
    ...         "actor_name": ["North Korea"] * 3,
    ...         "value": [2.0, np.nan, 5.0],
    ...         "small_n": [False, False, True],
    ...         "gap": [False, True, False],
    ...     }
    ... )
    >>> fig = plot_timeline(table, title="North Korea")
    >>> fig.axes[0].get_ylabel()
    'Value'
    """
    _require_columns(timeline, ["period", "actor_id", "value", "small_n", "gap"], "timeline")
    if small_multiples and ax is not None:
        raise ValueError("small_multiples=True draws its own panels; do not pass ax with it.")
    actor_ids = list(dict.fromkeys(timeline["actor_id"]))
    if not actor_ids or timeline["value"].isna().all():
        return empty_figure(
            "Nothing to plot: no article mentions these actors in this range.", title=title
        )
    dated_events = _events_in_range(events, timeline["period"]) if events is not None else None
    n_events = 0 if dated_events is None else len(dated_events)
    # Room under the axes for the event key (two columns of one line each).
    key_height = 0.0 if n_events == 0 else 0.35 + 0.17 * np.ceil(n_events / 2)
    with style_context():
        if small_multiples:
            fig = Figure(figsize=(8, 1.2 + 1.9 * len(actor_ids) + key_height), layout="constrained")
            axes = list(np.atleast_1d(fig.subplots(len(actor_ids), 1, sharex=True, sharey=True)))
        elif ax is None:
            fig = Figure(figsize=(8, 4.5 + key_height), layout="constrained")
            axes = [fig.subplots()]
        else:
            fig = ax.get_figure(root=True)
            axes = [ax]

        groups = [actor_ids] if not small_multiples else [[actor_id] for actor_id in actor_ids]
        for panel, panel_actors in zip(axes, groups, strict=True):
            _draw_gaps(panel, timeline)
            _draw_actor_lines(panel, timeline, panel_actors)
            panel.set_ylim(bottom=0)
            _format_date_axis(panel)
            if small_multiples:
                panel.set_title(_actor_label(timeline, panel_actors[0]), fontsize=11, pad=14)
        if small_multiples:
            fig.supylabel(_y_label(timeline))
        else:
            axes[0].set_ylabel(_y_label(timeline))
        if timeline.attrs.get("measure") == "share_of_articles":
            for panel in axes:
                panel.yaxis.set_major_formatter(PercentFormatter(xmax=1.0))
        if n_events:
            for panel in axes:
                _draw_event_lines(panel, dated_events)
            for panel in axes if small_multiples else axes[:1]:
                _number_events(panel, dated_events)
            _add_event_key(fig, axes[-1], dated_events, own_figure=ax is None)
        handles = _legend_handles(axes[0], timeline, with_actors=not small_multiples)
        if handles:
            axes[0].legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0))
        if title and (small_multiples or ax is None):
            fig.suptitle(title)
        elif title:
            axes[0].set_title(title, pad=14 if n_events else None)
        # Ticks are created lazily; drawing now creates them while the house style applies.
        fig.draw_without_rendering()
    return fig


def plot_articles_per_period(
    table: pd.DataFrame, *, ax: Axes | None = None, title: str | None = None
) -> Figure:
    """Bar chart of :func:`articles_per_period`: how many articles each period rests on.

    Bars of periods with fewer than ``min_articles`` articles are faded and hatched; periods
    without any article are shaded light grey.

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`articles_per_period` (``period`` index, ``n_articles``, ``gap``,
        ``small_n``).
    ax : matplotlib.axes.Axes, optional
        Axes to draw into; a new figure by default.
    title : str, optional
        Title of the axes.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> table = pd.DataFrame(
    ...     {
    ...         "n_articles": pd.array([12, 0, 3], dtype="Int64"),
    ...         "gap": [False, True, False],
    ...         "small_n": [False, False, True],
    ...     },
    ...     index=pd.period_range("2023-01", periods=3, freq="M", name="period"),
    ... )
    >>> fig = plot_articles_per_period(table)
    >>> [round(bar.get_height()) for bars in fig.axes[0].containers for bar in bars]
    [12, 0, 3]
    """
    _require_columns(table, ["n_articles", "gap", "small_n"], "articles-per-period")
    if table.empty and ax is None:
        return empty_figure("Nothing to plot: no dated article in this range.", title=title)
    if not isinstance(table.index, pd.PeriodIndex):
        raise ValueError(
            "The table must be indexed by period, as returned by articles_per_period; "
            f"got a {type(table.index).__name__}."
        )
    with style_context():
        if ax is None:
            fig = Figure(layout="constrained")
            ax = fig.subplots()
        else:
            fig = ax.get_figure(root=True)
        periods = pd.Series(table.index)
        _draw_gaps(ax, pd.DataFrame({"period": periods, "gap": table["gap"].to_numpy()}))
        centres = mdates.date2num(_period_middles(periods))
        widths = (
            (periods.dt.end_time - periods.dt.start_time).dt.total_seconds() / 86400 * 0.8
        ).to_numpy()
        heights = table["n_articles"].to_numpy(dtype="float64", na_value=0)
        small = table["small_n"].to_numpy(dtype=bool)
        ax.bar(centres[~small], heights[~small], widths[~small], color=NEUTRAL_GREY)
        ax.bar(
            centres[small],
            heights[small],
            widths[small],
            color=NEUTRAL_GREY,
            alpha=0.35,
            hatch="///",
            edgecolor="white",
        )
        ax.xaxis_date()
        _format_date_axis(ax)
        ax.set_ylabel("Articles")
        ax.set_ylim(bottom=0)
        handles = _note_handles(table, table.attrs.get("min_articles"), bars=True)
        if handles:
            ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0))
        if title:
            ax.set_title(title)
        fig.draw_without_rendering()
    return fig


# --------------------------------------------------------------------------------------------
# Internals: tables
# --------------------------------------------------------------------------------------------


def _check_choice(value: object, choices: tuple[str, ...], name: str) -> None:
    if value not in choices:
        raise ValueError(f"{name}={value!r} is not supported; choose one of {list(choices)}.")


def _check_min_articles(min_articles: int) -> None:
    if isinstance(min_articles, bool) or not isinstance(min_articles, int) or min_articles < 0:
        raise ValueError(f"min_articles must be a whole number (0 or more), got {min_articles!r}.")


def _require_columns(table: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    missing = [column for column in columns if column not in table.columns]
    if missing:
        raise ValueError(
            f"The {what} table lacks column(s) {missing}; it has {list(table.columns)}."
        )


def _to_period(value: object, unit: str, name: str, how: str = "start") -> pd.Period:
    """Read ``value`` as a period of ``unit``; a longer period gives its first or last part.

    ``end="2023"`` with monthly units means December 2023, not January.
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


def _month_periods(month: pd.Series) -> pd.Series:
    if isinstance(month.dtype, pd.PeriodDtype):
        return month.dt.asfreq("M")
    if pd.api.types.is_datetime64_any_dtype(month.dtype):
        return month.dt.to_period("M")
    raise ValueError(
        f"The corpus column 'month' must have dtype period[M] (or datetime64), got {month.dtype}."
    )


def _dated_articles(corpus: pd.DataFrame, unit: str) -> tuple[pd.DataFrame, int]:
    """Return ``doc_id``, ``period``, ``n_words`` of the articles placeable in ``unit``.

    Also returns how many articles could not be placed.
    """
    needed = ["doc_id", "n_words"] + (["date", "date_precision"] if unit == "D" else ["month"])
    _require_columns(corpus, needed, "corpus")
    duplicated = corpus["doc_id"][corpus["doc_id"].duplicated()]
    if not duplicated.empty:
        raise ValueError(
            f"The corpus has {len(duplicated)} repeated doc_id(s), e.g. "
            f"{list(duplicated.unique()[:3])}; each article must appear once."
        )
    if unit == "D":
        usable = ((corpus["date_precision"] == "day") & corpus["date"].notna()).to_numpy(
            dtype=bool, na_value=False
        )
        if not usable.any():
            raise ValueError(
                f"unit='D' needs articles whose day is known (date_precision == 'day'), and "
                f"none of the {len(corpus)} articles has one; use unit='M' instead."
            )
        periods = corpus["date"].dt.to_period("D")
    else:
        periods = _month_periods(corpus["month"])
        if unit != "M":
            periods = periods.dt.asfreq(unit)
        usable = periods.notna().to_numpy()
    articles = pd.DataFrame(
        {
            "doc_id": corpus["doc_id"].astype("string").to_numpy()[usable],
            "period": periods[usable].to_numpy(),
            "n_words": corpus["n_words"][usable].astype("Int64").to_numpy(),
        }
    )
    return articles, int((~usable).sum())


def _period_range(observed: pd.Series, unit: str, start: object, end: object) -> pd.PeriodIndex:
    first = _to_period(start, unit, "start") if start is not None else None
    last = _to_period(end, unit, "end", how="end") if end is not None else None
    if first is None and not observed.empty:
        first = observed.min()
    if last is None and not observed.empty:
        last = observed.max()
    if first is None or last is None:
        return pd.PeriodIndex([], freq=unit, name="period")
    if first > last:
        raise ValueError(f"start ({first}) is after end ({last}); swap them.")
    return pd.period_range(first, last, freq=unit, name="period")


def _base_table(articles: pd.DataFrame, periods: pd.PeriodIndex, min_articles: int) -> pd.DataFrame:
    grouped = articles.groupby("period").agg(
        n_articles=("doc_id", "size"), n_words=("n_words", "sum")
    )
    table = grouped.reindex(periods, fill_value=0).astype("Int64")
    table.index.name = "period"
    table["gap"] = (table["n_articles"] == 0).to_numpy(dtype=bool)
    table["small_n"] = (~table["gap"] & (table["n_articles"] < min_articles)).to_numpy(dtype=bool)
    return table


def _keyed_mentions(mentions: pd.DataFrame, level: str) -> pd.DataFrame:
    """Mentions with ``actor_id`` replaced by the id they count under at ``level``."""
    needed = ["doc_id", "actor_id", "actor_name"] + (["country"] if level == "country" else [])
    _require_columns(mentions, needed, "mentions")
    keyed = mentions.copy()
    # Plain strings: categorical ids from different tables would not compare or merge cleanly.
    keyed["doc_id"] = keyed["doc_id"].astype("string")
    keyed["actor_id"] = keyed["actor_id"].astype("string")
    keyed["own_id"] = keyed["actor_id"]
    if level == "country":
        from analysis.counts import actor_key

        keyed["actor_id"] = actor_key(keyed, level)
    return keyed


def _kind_list(kinds: Iterable[str] | str) -> list[str]:
    # "name,demonym" is accepted too, as elsewhere in the package.
    if isinstance(kinds, str):
        return [kind.strip() for kind in kinds.split(",") if kind.strip()]
    return [str(kind) for kind in kinds]


def _filter_kinds(mentions: pd.DataFrame, kinds: Iterable[str] | str | None) -> pd.DataFrame:
    if kinds is None:
        return mentions
    _require_columns(mentions, ["kind"], "mentions")
    return select_kinds(mentions, kinds)


def _taken(values: np.ndarray, index: np.ndarray) -> np.ndarray:
    """``values[index]``, and -1 where ``index`` is -1."""
    taken = np.full(len(index), -1, dtype=np.int64)
    found = index >= 0
    taken[found] = values[index[found]]
    return taken


class _Cells:
    """Mentions and articles mentioning per (actor at ``level``, period), counted on codes.

    Ids, documents and periods become integers once per distinct value, so that millions of
    mentions are counted with numpy rather than merged and grouped as strings.
    """

    def __init__(self, mentions, corpus, articles, periods, level, kinds):
        needed = ["doc_id", "actor_id", "actor_name"] + (["country"] if level == "country" else [])
        _require_columns(mentions, needed, "mentions")
        from analysis.counts import _categorical_key, kind_mask, sorted_codes, sorted_unique

        self.mentions, self.level, self.periods = mentions, level, periods
        keys = _categorical_key(mentions, level)
        key_codes, key_uniques = pd.factorize(keys, use_na_sentinel=True)
        self.keys = [str(key) for key in key_uniques]
        doc_codes, doc_uniques = sorted_codes(mentions["doc_id"])
        doc_uniques = pd.Index(doc_uniques)
        in_corpus = pd.Index(corpus["doc_id"].astype(str)).get_indexer(doc_uniques) >= 0
        self.n_outside_corpus = int((~in_corpus[doc_codes[doc_codes >= 0]]).sum()) + int(
            (doc_codes < 0).sum()
        )
        # The period of each document (-1: undated, outside the window or not an article).
        period_of_article = periods.get_indexer(
            pd.PeriodIndex(articles["period"], freq=periods.freq)
        )
        row = pd.Index(articles["doc_id"]).get_indexer(doc_uniques)
        period = _taken(_taken(period_of_article, row), doc_codes)
        counted = (period >= 0) & (key_codes >= 0)
        if kinds is not None:
            _require_columns(mentions, ["kind"], "mentions")
            counted &= kind_mask(mentions, kinds)
        n_keys, n_periods, n_docs = len(self.keys), len(periods), len(doc_uniques)
        cell = key_codes[counted].astype(np.int64) * n_periods + period[counted]
        self.mentions_of = np.bincount(cell, minlength=n_keys * n_periods).reshape(
            n_keys, n_periods
        )
        pairs = sorted_unique(cell * max(n_docs, 1) + doc_codes[counted])
        self.articles_of = np.bincount(
            pairs // max(n_docs, 1), minlength=n_keys * n_periods
        ).reshape(n_keys, n_periods)

    def totals(self) -> pd.Series:
        """Mentions counted per key, for the keys counted at least once."""
        totals = pd.Series(self.mentions_of.sum(axis=1), index=self.keys)
        return totals[totals > 0]

    def table(self, actor_ids: list[str]) -> pd.DataFrame:
        """One row per actor of ``actor_ids`` and period, in that order."""
        index = pd.Index(self.keys).get_indexer(actor_ids)
        n_periods = len(self.periods)

        def dense(counts: np.ndarray) -> np.ndarray:
            padded = np.vstack([counts, np.zeros((1, n_periods), dtype=counts.dtype)])
            return padded[index].ravel()  # row -1: an actor never counted

        return pd.DataFrame(
            {
                "actor_id": pd.array(np.repeat(actor_ids, n_periods), dtype="string"),
                "period": pd.PeriodIndex(
                    np.tile(self.periods.to_numpy(), len(actor_ids)), freq=self.periods.freq
                ),
                "mentions": pd.array(dense(self.mentions_of), dtype="Int64"),
                "articles_mentioning": pd.array(dense(self.articles_of), dtype="Int64"),
            }
        )

    def names(self, ids: Iterable[str]) -> dict[str, str]:
        """The name of each of ``ids`` (see :func:`analysis.counts.names_of_keys`)."""
        return names_of_keys(self.mentions, self.level, ids)


def _actor_order(actors: Iterable[str] | str | None, cells: _Cells, level: str) -> list[str]:
    if actors is None:
        totals = cells.totals()
        order = sorted(totals.index, key=lambda actor_id: (-totals[actor_id], actor_id))
        return [str(actor_id) for actor_id in order]
    requested = list(dict.fromkeys(str(actor_id) for actor_id in _as_list(actors)))
    seen = set(cells.keys)
    never_seen = [actor_id for actor_id in requested if actor_id not in seen]
    if never_seen:
        warnings.warn(
            f"Actor id(s) {never_seen} never occur in the mentions at level {level!r}, so "
            "their timeline is all zeros; check the spelling (states use ISO3 codes such as "
            "'PRK', persons at level 'country' count under their country).",
            UserWarning,
            stacklevel=3,
        )
    return requested


def _as_float(values: pd.Series) -> np.ndarray:
    return values.to_numpy(dtype="float64", na_value=np.nan)


def _ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(denominator > 0, numerator / denominator, np.nan)


def _trailing_values(table: pd.DataFrame, measure: str, window: int) -> np.ndarray:
    by_actor = table.groupby("actor_id", sort=False)

    def trailing_sum(column: str) -> np.ndarray:
        sums = by_actor[column].transform(
            lambda values: values.astype("float64").rolling(window, min_periods=1).sum()
        )
        return sums.to_numpy(dtype="float64")

    if measure == "mentions":
        smoothed = by_actor["value"].transform(
            lambda values: values.rolling(window, min_periods=1).mean()
        )
        result = smoothed.to_numpy(dtype="float64")
    elif measure == "per_1k_words":
        result = _ratio(trailing_sum("mentions"), trailing_sum("n_words")) * 1000
    else:
        result = _ratio(trailing_sum("articles_mentioning"), trailing_sum("n_articles"))
    return np.where(table["gap"].to_numpy(dtype=bool), np.nan, result)


def _warn_dropped(n_undated: int, n_total: int, unit: str) -> None:
    if n_undated == 0:
        return
    needed = "known day" if unit == "D" else "month"
    warnings.warn(
        f"{n_undated} of {n_total} articles have no {needed} and were left out of the "
        "timeline (count kept in table.attrs['n_undated_dropped']).",
        DroppedArticlesWarning,
        stacklevel=3,
    )


def _first_words(text: object, count: int) -> str:
    if not isinstance(text, str):
        return ""
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


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


# --------------------------------------------------------------------------------------------
# Internals: plots
# --------------------------------------------------------------------------------------------


def _period_middles(periods: pd.Series) -> pd.Series:
    periods = pd.Series(periods)
    return periods.dt.start_time + (periods.dt.end_time - periods.dt.start_time) / 2


def _format_date_axis(ax: Axes) -> None:
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _actor_label(timeline: pd.DataFrame, actor_id: str) -> str:
    if "actor_name" not in timeline.columns:
        return actor_id
    names = timeline.loc[timeline["actor_id"] == actor_id, "actor_name"].dropna()
    return str(names.iloc[0]) if not names.empty else actor_id


def _y_label(timeline: pd.DataFrame) -> str:
    label = MEASURE_LABELS.get(timeline.attrs.get("measure"), "Value")
    window = timeline.attrs.get("rolling")
    if "value_rolling" in timeline.columns and window:
        label += f"\n(trailing {window}-period window)"
    return label


def _draw_gaps(ax: Axes, table: pd.DataFrame) -> None:
    gap_periods = sorted(set(table.loc[table["gap"].astype(bool), "period"]))
    # Adjacent gap periods merge into one band, so a long hole reads as a single hole.
    spans: list[list[pd.Timestamp]] = []
    for period in gap_periods:
        start, end = period.start_time, period.end_time
        if spans and start - spans[-1][1] <= pd.Timedelta(seconds=1):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    for start, end in spans:
        ax.axvspan(mdates.date2num(start), mdates.date2num(end), color=_GAP_COLOR, zorder=0, lw=0)


def _draw_actor_lines(ax: Axes, timeline: pd.DataFrame, actor_ids: list[str]) -> None:
    has_rolling = "value_rolling" in timeline.columns
    used_colors: dict[str, int] = {}
    for actor_id in actor_ids:
        rows = timeline[timeline["actor_id"] == actor_id].sort_values("period")
        color = actor_color(actor_id)
        # Colours are fixed per actor, so two actors may share one: vary the line style instead.
        style = _LINE_STYLES[used_colors.get(color, 0) % len(_LINE_STYLES)]
        used_colors[color] = used_colors.get(color, 0) + 1
        x = mdates.date2num(_period_middles(rows["period"]))
        values = rows["value"].to_numpy(dtype="float64", na_value=np.nan)
        line_values = (
            rows["value_rolling"].to_numpy(dtype="float64", na_value=np.nan)
            if has_rolling
            else values
        )
        small = rows["small_n"].to_numpy(dtype=bool)
        label = _actor_label(timeline, actor_id)
        ax.plot(x, line_values, color=color, linestyle=style, label=label, gid=actor_id)
        point_alpha = 0.35 if has_rolling else 1.0
        ax.plot(x[~small], values[~small], "o", color=color, alpha=point_alpha, markersize=4)
        ax.plot(
            x[small],
            values[small],
            "o",
            markerfacecolor="white",
            markeredgecolor=color,
            alpha=0.6,
            markersize=5,
        )


def _events_in_range(events: pd.DataFrame, periods: pd.Series) -> pd.DataFrame:
    """Events dated within the plotted periods, sorted, with a ``number`` for the key."""
    _require_columns(events, ["date", "label"], "events")
    dates = events["date"]
    if isinstance(dates.dtype, pd.PeriodDtype):
        dates = _period_middles(dates)
    dates = pd.Series(pd.to_datetime(dates).to_numpy(), index=events.index)
    inside = (dates >= min(periods).start_time) & (dates <= max(periods).end_time)
    precision = (
        events["date_precision"]
        if "date_precision" in events.columns
        else pd.Series("day", index=events.index)
    )
    dated = pd.DataFrame(
        {
            "date": dates[inside],
            "label": events.loc[inside, "label"].astype("str"),
            "precision": precision[inside].astype("str"),
        }
    ).sort_values("date", kind="stable")
    dated["number"] = np.arange(1, len(dated) + 1)
    return dated.reset_index(drop=True)


def _draw_event_lines(ax: Axes, events: pd.DataFrame) -> None:
    for date in events["date"]:
        ax.axvline(mdates.date2num(date), color=_EVENT_COLOR, linestyle=":", linewidth=1, zorder=1)


def _number_events(ax: Axes, events: pd.DataFrame) -> None:
    """Write each event's number above the axes; numbers too close to read apart share a label.

    A label starts at its first event's line; the next event joins it (``"13–15"``) while its
    line would fall under the label's text.
    """
    left, right = ax.get_xlim()
    positions = (mdates.date2num(events["date"]) - left) / (right - left)
    numbers = events["number"].to_numpy()
    figure = ax.get_figure(root=True)
    # Constrained layout shrinks the axes later (legend on the right), hence the 0.85 margin.
    axes_width_inches = ax.get_position().width * figure.get_figwidth() * 0.85
    character_fraction = _EVENT_NUMBER_CHARACTER_INCHES / axes_width_inches

    def label(first: int, last: int) -> str:
        return str(numbers[first]) if first == last else f"{numbers[first]}–{numbers[last]}"

    groups: list[list[int]] = []
    for index, position in enumerate(positions):
        if groups:
            first = groups[-1][0]
            label_end = positions[first] + (len(label(first, index)) + 1) * character_fraction
            if position < label_end:
                groups[-1][1] = index
                continue
        groups.append([index, index])
    for first, last in groups:
        ax.text(
            positions[first],
            1.01,
            label(first, last),
            transform=ax.transAxes,
            ha="left",
            va="bottom",
            fontsize=_EVENT_NUMBER_FONT_SIZE,
            color=_EVENT_COLOR,
        )


def _event_key_labels(events: pd.DataFrame) -> list[str]:
    labels = []
    for number, date, precision, text in zip(
        events["number"], events["date"], events["precision"], events["label"], strict=True
    ):
        when = f"{date:%Y-%m-%d}" if precision == "day" else f"{date:%Y-%m}"
        labels.append(f"{number}  {when}  {_shorten(text, _EVENT_LABEL_LENGTH)}")
    return labels


def _add_event_key(fig: Figure, ax: Axes, events: pd.DataFrame, *, own_figure: bool) -> None:
    """List the numbered events under the plot, in two columns."""
    handles = [Line2D([], [], linestyle="none") for _ in range(len(events))]
    options = {
        "ncols": 2,
        "fontsize": 7.5,
        "handlelength": 0,
        "handletextpad": 0,
        "columnspacing": 2.0,
        "labelcolor": _EVENT_COLOR,
        "title": "Events",
        "title_fontsize": 8,
        "alignment": "left",
    }
    if own_figure:
        # "outside" places the key below the axes and lets constrained layout make room.
        fig.legend(handles, _event_key_labels(events), loc="outside lower center", **options)
    else:
        key = Legend(
            ax,
            handles,
            _event_key_labels(events),
            loc="upper center",
            bbox_to_anchor=(0.5, -0.1),
            **options,
        )
        ax.add_artist(key)


def _shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _note_handles(
    table: pd.DataFrame, min_articles: object, *, bars: bool = False
) -> list[Line2D | Patch]:
    handles: list[Line2D | Patch] = []
    if table["small_n"].astype(bool).any():
        label = (
            f"Fewer than {min_articles} articles"
            if isinstance(min_articles, int)
            else "Few articles"
        )
        if bars:
            handles.append(
                Patch(
                    facecolor=NEUTRAL_GREY, alpha=0.35, hatch="///", edgecolor="white", label=label
                )
            )
        else:
            handles.append(
                Line2D(
                    [],
                    [],
                    marker="o",
                    linestyle="",
                    markerfacecolor="white",
                    markeredgecolor=NEUTRAL_GREY,
                    label=label,
                )
            )
    if table["gap"].astype(bool).any():
        handles.append(Patch(facecolor=_GAP_COLOR, label="No articles"))
    return handles


def _legend_handles(ax: Axes, timeline: pd.DataFrame, *, with_actors: bool) -> list:
    handles: list = []
    if with_actors:
        handles.extend(line for line in ax.get_lines() if not line.get_label().startswith("_"))
    handles.extend(_note_handles(timeline, timeline.attrs.get("min_articles")))
    return handles
