"""Bar charts of counts: the most mentioned actors, and how each actor is named.

Both read the tables of :mod:`analysis.counts` (:func:`analysis.counts.count_mentions`,
:func:`analysis.counts.kind_breakdown`) or the explorer's :attr:`analysis.explore.View.top_actors`,
which has the same columns.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter, StrMethodFormatter

from analysis.figures.palette import NEUTRAL_GREY, actor_color, kind_color
from analysis.figures.source import Source, stamp_source
from analysis.figures.style import empty_figure, style_context
from analysis.measures import (
    MEASURE_LABELS,
    is_share,
    measure_label,
    require_columns,
    wilson_interval,
)


def plot_top_actors(
    counts: pd.DataFrame,
    *,
    measure: str = "mentions",
    top: int = 15,
    title: str | None = None,
    show_base: bool = True,
    width: float = 7.0,
    bar_height: float = 0.32,
    source: Source | str | None = None,
    interval: bool = True,
) -> Figure:
    """Horizontal bars of the most mentioned actors, each in its colour.

    Actors coloured in the run's palette (:func:`analysis.figures.use_palette`) keep their
    colour; the others are light grey, so that a colour always names one actor.

    Parameters
    ----------
    counts : pandas.DataFrame
        A :func:`analysis.counts.count_mentions` table (or the explorer's
        :attr:`~analysis.explore.View.top_actors`): ``actor_id``, the ``measure`` column and,
        when present, ``actor_name`` (the bar labels) and ``n_articles`` (the base).
    measure : str, default "mentions"
        Column drawn: ``"mentions"``, ``"per_1k_words"``, ``"share_of_articles"`` (drawn as
        percentages) or any other numeric column.
    top : int, default 15
        Bars drawn, highest first; ties keep the order of ``counts``.
    title : str, optional
        Title of the axes; "Most mentioned actors" by default.
    show_base : bool, default True
        Write "Base: N articles" in the lower right corner when ``counts`` has ``n_articles``.
    width : float, default 7.0
        Width of the figure, in inches.
    bar_height : float, default 0.32
        Height given to each bar, in inches (the figure grows with the number of bars).
    source : Source or str, optional
        The source line written under the figure (:func:`analysis.figures.stamp_source`).
    interval : bool, default True
        For ``share_of_articles`` with ``articles`` and ``n_articles``: a 95 % Wilson
        interval on each bar.

    Returns
    -------
    matplotlib.figure.Figure
        An explanatory empty figure when ``counts`` has no row.

    Raises
    ------
    ValueError
        If ``counts`` lacks ``actor_id`` or the ``measure`` column.

    Examples
    --------
    >>> top = pd.DataFrame({"actor_id": ["RUS", "PRK"], "actor_name": ["Russia", None],
    ...                     "mentions": [5, 3]})
    >>> fig = plot_top_actors(top)
    >>> [int(bar.get_width()) for bar in fig.axes[0].patches]
    [3, 5]
    >>> [label.get_text() for label in fig.axes[0].get_yticklabels()]
    ['PRK', 'Russia']
    """
    if counts.empty:
        return empty_figure(
            "Nothing to plot: no mention in this selection.", title=title, source=source
        )
    require_columns(counts, ["actor_id", measure], "counts")
    shown = (
        counts.dropna(subset=[measure])
        .sort_values(measure, ascending=False, kind="stable")
        .head(top)
        .iloc[::-1]
    )
    names = shown["actor_name"] if "actor_name" in shown else shown["actor_id"]
    labels = [
        str(name) if pd.notna(name) else str(actor_id)
        for actor_id, name in zip(shown["actor_id"], names, strict=True)
    ]
    with style_context():
        fig = Figure(figsize=(width, 1.2 + bar_height * max(len(shown), 1)), layout="constrained")
        ax = fig.subplots()
        values = shown[measure].to_numpy(dtype="float64")
        error = None
        if interval and is_share(measure) and {"articles", "n_articles"} <= set(shown.columns):
            low, high = wilson_interval(shown["articles"], shown["n_articles"])
            error = np.vstack([values - low, high - values])
        ax.barh(
            labels,
            values,
            color=[actor_color(str(actor_id)) for actor_id in shown["actor_id"]],
            xerr=error,
            error_kw={"ecolor": "#333333", "elinewidth": 0.8, "capsize": 2},
        )
        ax.set_xlabel(measure_label(measure))
        ax.grid(axis="y", visible=False)
        if is_share(measure):
            ax.xaxis.set_major_formatter(PercentFormatter(xmax=1.0, decimals=0))
        elif measure in ("mentions", "articles"):
            ax.xaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
        ax.set_title(title or "Most mentioned actors", loc="left")
        if show_base and "n_articles" in counts:
            note = f"Base: {int(counts['n_articles'].iloc[0]):,} articles"
            if error is not None:
                note += " · whiskers: 95% interval (Wilson)"
            ax.annotate(
                note,
                xy=(1, 0),
                xycoords="axes fraction",
                ha="right",
                va="bottom",
                fontsize="small",
                color=NEUTRAL_GREY,
            )
        stamp_source(fig, source)
    return fig


def plot_kind_breakdown(
    table: pd.DataFrame,
    *,
    names: Mapping[str, str] | None = None,
    title: str | None = None,
    source: Source | str | None = None,
) -> Figure:
    """Stacked bars: how each actor is named (name, demonym, capital...).

    Each alias kind has its own colour (:data:`analysis.figures.KIND_COLORS`), from a scheme
    unlike the actors', so that the colours are not read as actors.

    Parameters
    ----------
    table : pandas.DataFrame
        A :func:`analysis.counts.kind_breakdown` table (actors by alias kinds), drawn top down.
    names : mapping of str to str, optional
        Label of each actor id; the id itself otherwise.
    title : str, optional
        Title of the axes; "How each actor is named" by default ("country" or
        "organisation" after the table's ``attrs["level"]``).
    source : Source or str, optional
        The source line written under the figure (:func:`analysis.figures.stamp_source`).

    Returns
    -------
    matplotlib.figure.Figure
        An explanatory empty figure when ``table`` holds no mention.

    Examples
    --------
    >>> table = pd.DataFrame({"name": [4, 1], "demonym": [2, 0]}, index=["RUS", "PRK"])
    >>> fig = plot_kind_breakdown(table, names={"RUS": "Russia"})
    >>> [label.get_text() for label in fig.axes[0].get_yticklabels()]
    ['PRK', 'Russia']
    """
    if table.empty or table.to_numpy().sum() == 0:
        return empty_figure(
            "Nothing to plot: no mention in this selection.", title=title, source=source
        )
    # Kinds that no actor shown has would only add legend entries.
    table = table.loc[:, table.sum(axis=0) > 0].iloc[::-1]
    with style_context():
        fig = Figure(figsize=(7, 0.32 * len(table) + 1.5), layout="constrained")
        ax = fig.subplots()
        left = np.zeros(len(table))
        labels = [str((names or {}).get(a, a)) for a in table.index]
        for kind in table.columns:
            values = table[kind].to_numpy(dtype=float)
            ax.barh(labels, values, left=left, color=kind_color(kind), label=kind)
            left += values
        ax.set_xlabel(MEASURE_LABELS["mentions"])
        ax.xaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
        ax.grid(axis="y", visible=False)
        ax.legend(
            title="Alias kind", loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small"
        )
        noun = {"country": "country", "organisation": "organisation"}.get(
            table.attrs.get("level"), "actor"
        )
        ax.set_title(title or f"How each {noun} is named", loc="left")
        stamp_source(fig, source)
    return fig
