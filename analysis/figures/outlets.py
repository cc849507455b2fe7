"""Coverage compared between outlets: one row per outlet, with its number of articles.

Reads the table of :func:`analysis.outlets.outlet_coverage`: for each outlet, the share of its
articles mentioning each country compared, drawn as one dot per country on the outlet's row
(a Cleveland dot plot), the outlet's N written in its label. Outlets with fewer articles than
the table's ``min_articles`` are drawn hollow, as small months are on timelines.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import PercentFormatter

from analysis.figures.style import actor_color, empty_figure, style_context
from analysis.measures import require_columns

COLUMNS = ("outlet", "actor_id", "share_of_articles", "n_articles", "small_n")

MARKERS = ("o", "s", "^", "D", "v", "P", "X", "<", ">")
"""One marker shape per country, in order, so that countries sharing a colour stay apart."""


def outlet_label(outlet: str, n_articles: int) -> str:
    """The row label of an outlet: its name and its number of articles.

    >>> outlet_label("Yonhap", 1194)
    'Yonhap (N = 1,194)'
    """
    return f"{outlet} (N = {int(n_articles):,})"


def plot_outlet_coverage(coverage: pd.DataFrame, *, title: str | None = None) -> Figure:
    """Share of each outlet's articles mentioning each country, one row per outlet.

    Parameters
    ----------
    coverage : DataFrame
        From :func:`analysis.outlets.outlet_coverage`: ``outlet``, ``actor_id``,
        ``actor_name`` (legend, optional), ``share_of_articles``, ``n_articles`` and
        ``small_n``; rows in the order to draw (largest outlet at the top).
    title : str, optional
        Default: "Share of each outlet's articles mentioning each country".

    Returns
    -------
    matplotlib.figure.Figure
        An explanatory empty figure when ``coverage`` has no row.

    Examples
    --------
    >>> coverage = pd.DataFrame({"outlet": ["AFP", "AFP", "Yonhap", "Yonhap"],
    ...     "actor_id": ["PRK", "RUS"] * 2, "actor_name": ["North Korea", "Russia"] * 2,
    ...     "share_of_articles": [0.5, 0.2, 0.9, 0.1], "n_articles": [60, 60, 3, 3],
    ...     "small_n": [False, False, True, True]})
    >>> fig = plot_outlet_coverage(coverage)
    >>> [label.get_text() for label in fig.axes[0].get_yticklabels()]
    ['AFP (N = 60)', 'Yonhap (N = 3)']
    """
    title = title or "Share of each outlet's articles mentioning each country"
    if coverage.empty:
        return empty_figure(
            "No country is mentioned: nothing to compare between outlets.", title=title
        )
    require_columns(coverage, COLUMNS, "coverage")
    outlets = list(dict.fromkeys(coverage["outlet"].astype(str)))
    first_rows = coverage.drop_duplicates("outlet")
    sizes = dict(zip(first_rows["outlet"].astype(str), first_rows["n_articles"], strict=True))
    rows = {outlet: len(outlets) - 1 - position for position, outlet in enumerate(outlets)}
    actors = list(dict.fromkeys(coverage["actor_id"].astype(str)))
    names = (
        dict(zip(coverage["actor_id"].astype(str), coverage["actor_name"].astype(str), strict=True))
        if "actor_name" in coverage
        else {actor: actor for actor in actors}
    )
    # Dots of one outlet are spread a little apart so that equal shares stay visible.
    offsets = np.linspace(0.18, -0.18, len(actors)) if len(actors) > 1 else np.zeros(1)
    with style_context():
        height = max(1.2 + 0.42 * len(outlets), 1.0 + 0.3 * (len(actors) + 1))
        fig = Figure(figsize=(7.5, height))
        ax = fig.subplots()
        markers = {actor: MARKERS[i % len(MARKERS)] for i, actor in enumerate(actors)}
        for offset, actor in zip(offsets, actors, strict=True):
            part = coverage[coverage["actor_id"].astype(str) == actor]
            y = part["outlet"].astype(str).map(rows).to_numpy(dtype=float) + offset
            x = part["share_of_articles"].to_numpy(dtype=float)
            small = part["small_n"].to_numpy(dtype=bool)
            color = actor_color(actor)
            marker = markers[actor]
            ax.scatter(x[~small], y[~small], s=36, marker=marker, color=color, zorder=3)
            ax.scatter(
                x[small], y[small], s=36, marker=marker, facecolors="white", edgecolors=color,
                zorder=3,
            )  # fmt: skip
        ax.set_yticks(
            [rows[outlet] for outlet in outlets],
            [outlet_label(outlet, sizes[outlet]) for outlet in outlets],
        )
        ax.set_ylim(-0.6, len(outlets) - 0.4)
        ax.set_xlim(0, 1.02)
        ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
        ax.set_xlabel("Share of the outlet's articles")
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", visible=True)
        ax.set_title(title)
        handles = [
            Line2D(
                [],
                [],
                marker=markers[actor],
                linestyle="",
                color=actor_color(actor),
                label=names[actor],
            )
            for actor in actors
        ]
        if bool(coverage["small_n"].any()):
            minimum = coverage.attrs.get("min_articles", 5)
            handles.append(
                Line2D([], [], marker="o", linestyle="", markerfacecolor="white",
                       markeredgecolor="#555555", label=f"fewer than {minimum} articles")
            )  # fmt: skip
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
        fig.tight_layout()
    return fig
