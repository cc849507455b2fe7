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
from matplotlib.ticker import PercentFormatter

from analysis.figures.style import (
    NEUTRAL_GREY,
    PALETTE,
    actor_color,
    empty_figure,
    style_context,
)
from analysis.measures import MEASURE_LABELS, require_columns


def plot_top_actors(
    counts: pd.DataFrame,
    *,
    measure: str = "mentions",
    top: int = 15,
    title: str | None = None,
    show_base: bool = True,
    width: float = 7.0,
    bar_height: float = 0.32,
) -> Figure:
    """Horizontal bars of the most mentioned actors, each in its fixed colour.

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
        return empty_figure("Nothing to plot: no mention in this selection.", title=title)
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
        ax.barh(
            labels,
            shown[measure].to_numpy(dtype="float64"),
            color=[actor_color(str(actor_id)) for actor_id in shown["actor_id"]],
        )
        ax.set_xlabel(MEASURE_LABELS.get(measure, measure))
        ax.grid(axis="y", visible=False)
        if measure == "share_of_articles":
            ax.xaxis.set_major_formatter(PercentFormatter(xmax=1.0))
        ax.set_title(title or "Most mentioned actors", loc="left")
        if show_base and "n_articles" in counts:
            ax.annotate(
                f"Base: {int(counts['n_articles'].iloc[0])} articles",
                xy=(1, 0),
                xycoords="axes fraction",
                ha="right",
                va="bottom",
                fontsize="small",
                color=NEUTRAL_GREY,
            )
    return fig


def plot_kind_breakdown(
    table: pd.DataFrame, *, names: Mapping[str, str] | None = None, title: str | None = None
) -> Figure:
    """Stacked bars: how each actor is named (name, demonym, capital...).

    Parameters
    ----------
    table : pandas.DataFrame
        A :func:`analysis.counts.kind_breakdown` table (actors by alias kinds), drawn top down.
    names : mapping of str to str, optional
        Label of each actor id; the id itself otherwise.
    title : str, optional
        Title of the axes; "How each actor is named" by default.

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
        return empty_figure("Nothing to plot: no mention in this selection.", title=title)
    table = table.iloc[::-1]
    with style_context():
        fig = Figure(figsize=(7, 0.32 * len(table) + 1.5), layout="constrained")
        ax = fig.subplots()
        left = np.zeros(len(table))
        labels = [str((names or {}).get(a, a)) for a in table.index]
        for colour, kind in zip(PALETTE, table.columns, strict=False):
            values = table[kind].to_numpy(dtype=float)
            ax.barh(labels, values, left=left, color=colour, label=kind)
            left += values
        ax.set_xlabel("Mentions")
        ax.grid(axis="y", visible=False)
        ax.legend(title="Alias kind", loc="lower right", fontsize="small")
        ax.set_title(title or "How each actor is named", loc="left")
    return fig
