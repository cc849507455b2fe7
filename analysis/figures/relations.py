"""Figures of relations between actors: a dyad over time, who does what to whom, and the
balance of cooperation and conflict.

They draw the tables of :mod:`analysis.dyads`: :func:`~analysis.dyads.dyad_counts` by
period, :func:`~analysis.dyads.relation_network` and
:func:`~analysis.dyads.cooperation_conflict`.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.figures.source import Source, stamp_source
from analysis.figures.style import actor_color, empty_figure, style_context

__all__ = ["plot_cooperation_conflict", "plot_dyad_timeline", "plot_relation_network"]

_LINE_STYLES = ("-", "--", ":", "-.")
_MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")


def _name(names: Mapping[str, str] | None, actor_id: str) -> str:
    return (names or {}).get(actor_id, actor_id)


def plot_dyad_timeline(
    counts: pd.DataFrame,
    *,
    names: Mapping[str, str] | None = None,
    title: str | None = None,
    source: Source | str | None = None,
) -> Figure:
    """Relations of each (source, type, target) per period, with the articles of each period.

    Parameters
    ----------
    counts : DataFrame
        :func:`analysis.dyads.dyad_counts` with ``by`` a unit of time.
    names : mapping, optional
        Display names of actor ids.

    Examples
    --------
    >>> counts = pd.DataFrame({"period": pd.period_range("2023-01", periods=2, freq="M"),
    ...     "source": "USA", "target": "RUS", "type": "ACCUSE", "relations": [2, 0],
    ...     "n_articles": [4, 0]})
    >>> fig = plot_dyad_timeline(counts, source="Source: sample · 4 articles")
    >>> fig.axes[0].get_legend_handles_labels()[1]
    ['USA ACCUSE RUS']
    """
    if counts.empty or counts["relations"].sum() == 0:
        return stamp_source(empty_figure("No relation to plot.", title=title), source)
    with style_context():
        fig = Figure(figsize=(9, 5.5), layout="constrained")
        top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=[4, 1])
        periods = counts["period"].drop_duplicates().sort_values()
        x = periods.dt.to_timestamp(how="start") if hasattr(periods, "dt") else periods
        groups = counts.groupby(["source", "type", "target"], sort=True)
        for number, ((source_id, kind, target_id), group) in enumerate(groups):
            group = group.set_index("period").reindex(periods.to_numpy())
            top.plot(
                x,
                group["relations"].to_numpy(),
                color=actor_color(str(source_id)),
                linestyle=_LINE_STYLES[number % len(_LINE_STYLES)],
                marker=_MARKERS[number % len(_MARKERS)],
                markersize=4,
                label=f"{_name(names, source_id)} {kind} {_name(names, target_id)}",
            )
        top.set_ylabel("Relations stated")
        top.legend(loc="upper left", fontsize=8, frameon=False)
        top.set_title(title or "Relations between actors over time", loc="left")
        base = counts.drop_duplicates("period").set_index("period").reindex(periods.to_numpy())
        bottom.bar(x, base["n_articles"].to_numpy(), width=20, color="#BBBBBB")
        bottom.set_ylabel("Articles")
    return stamp_source(fig, source)


def plot_relation_network(
    graph,
    *,
    names: Mapping[str, str] | None = None,
    title: str | None = None,
    top: int = 20,
    seed: int = 7,
    source: Source | str | None = None,
) -> Figure:
    """The directed network of :func:`analysis.dyads.relation_network`: arrows from who acts
    to whom, width by the number of relations, the ``top`` most active actors.

    Examples
    --------
    >>> import networkx as nx
    >>> graph = nx.DiGraph()
    >>> graph.add_edge("USA", "RUS", weight=3)
    >>> plot_relation_network(graph).axes[0].get_title(loc="left")
    'Who does what to whom'
    """
    import networkx as nx

    if graph.number_of_edges() == 0:
        return stamp_source(empty_figure("No relation to draw.", title=title), source)
    activity = {
        node: graph.in_degree(node, weight="weight") + graph.out_degree(node, weight="weight")
        for node in graph.nodes
    }
    kept = sorted(activity, key=lambda node: (-activity[node], node))[:top]
    shown = graph.subgraph(kept).copy()
    if shown.number_of_edges() == 0:
        return stamp_source(empty_figure("No relation among the top actors.", title=title), source)
    position = nx.circular_layout(sorted(shown.nodes)) if len(shown) <= 6 else None
    if position is None:
        position = nx.spring_layout(shown, seed=seed, weight="weight", k=1.5 / np.sqrt(len(shown)))
    weights = np.array([d["weight"] for _, _, d in shown.edges(data=True)], dtype=float)
    with style_context():
        fig = Figure(figsize=(8, 7), layout="constrained")
        ax = fig.subplots()
        nx.draw_networkx_edges(
            shown,
            position,
            ax=ax,
            width=0.8 + 4 * weights / weights.max(),
            edge_color="#777777",
            alpha=0.7,
            arrows=True,
            arrowsize=14,
            connectionstyle="arc3,rad=0.12",
            node_size=600,
        )
        nx.draw_networkx_nodes(
            shown,
            position,
            ax=ax,
            node_size=600,
            node_color=[actor_color(str(node)) for node in shown.nodes],
        )
        nx.draw_networkx_labels(
            shown,
            position,
            ax=ax,
            font_size=8,
            labels={node: _name(names, node) for node in shown.nodes},
        )
        ax.set_axis_off()
        ax.set_title(title or "Who does what to whom", loc="left")
        hidden = len(graph) - len(shown)
        if hidden:
            ax.text(
                0.0, -0.02, f"{hidden} less active actors not drawn", transform=ax.transAxes,
                fontsize=8, color="#555555",
            )  # fmt: skip
    return stamp_source(fig, source)


def plot_cooperation_conflict(
    table: pd.DataFrame,
    *,
    names: Mapping[str, str] | None = None,
    title: str | None = None,
    source: Source | str | None = None,
) -> Figure:
    """The cooperation-conflict score of each dyad over time (+2 material cooperation, -2
    material conflict), points sized by the number of relations.

    Examples
    --------
    >>> table = pd.DataFrame({"period": pd.period_range("2023-01", periods=2, freq="M"),
    ...     "source": "RUS", "target": "PRK", "relations": [2, 1], "score": [2.0, 1.0],
    ...     "n_articles": [3, 2]})
    >>> plot_cooperation_conflict(table).axes[0].get_ylabel()
    'Cooperation (+) or conflict (−)'
    """
    if table.empty or table["relations"].sum() == 0:
        return stamp_source(empty_figure("No relation to score.", title=title), source)
    with style_context():
        fig = Figure(figsize=(9, 5), layout="constrained")
        ax = fig.subplots()
        ax.axhline(0, color="#999999", linewidth=0.8)
        for number, ((source_id, target_id), group) in enumerate(
            table.groupby(["source", "target"], sort=True)
        ):
            group = group.sort_values("period")
            x = group["period"].dt.to_timestamp(how="start")
            color = actor_color(str(source_id))
            ax.plot(
                x, group["score"], color=color, alpha=0.6,
                linestyle=_LINE_STYLES[number % len(_LINE_STYLES)],
            )  # fmt: skip
            ax.scatter(
                x,
                group["score"],
                s=12 + 10 * group["relations"],
                color=color,
                marker=_MARKERS[number % len(_MARKERS)],
                label=f"{_name(names, source_id)} → {_name(names, target_id)}",
            )
        ax.set_ylim(-2.3, 2.3)
        ax.set_yticks([-2, -1, 0, 1, 2])
        ax.set_yticklabels(
            ["material conflict", "verbal conflict", "0", "verbal cooperation", "material coop."]
        )
        ax.set_ylabel("Cooperation (+) or conflict (−)")
        ax.legend(loc="upper left", fontsize=8, frameon=False, title="Point size: relations")
        ax.set_title(title or "Cooperation and conflict by dyad", loc="left")
    return stamp_source(fig, source)
