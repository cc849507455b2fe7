"""Figures of pairs of actors: the co-mention heat map and the co-mention network.

They draw :func:`analysis.counts.co_mention_matrix` and :func:`analysis.counts.co_mention_graph`
(or the explorer's :attr:`analysis.explore.View.co_mentions`, the same matrix).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.figures.style import actor_color, empty_figure, style_context

#: Font size of the counts written in the cells of the heat map, in points.
CELL_FONT_SIZE = 7


def plot_co_mention_heatmap(
    matrix: pd.DataFrame,
    *,
    names: Mapping[str, str] | None = None,
    title: str | None = None,
    unit: str = "sentences",
    figsize: tuple[float, float] | None = None,
) -> Figure:
    """Heat map of a co-mention matrix, with the counts written in the cells.

    Parameters
    ----------
    matrix : pandas.DataFrame
        Actor x actor counts (:func:`analysis.counts.co_mention_matrix`); the diagonal is not
        written.
    names : mapping of str to str, optional
        Label of each actor id; the id itself otherwise.
    title : str, optional
        Title of the axes; "Actors mentioned in the same sentence" (after ``unit``) by default.
    unit : str, default "sentences"
        What was counted, plural (``"sentences"``, ``"articles"``): names the colour bar.
    figsize : (float, float), optional
        Size of the figure in inches; by default it grows with the number of actors.

    Returns
    -------
    matplotlib.figure.Figure
        An explanatory empty figure when no two actors are mentioned together.

    Examples
    --------
    >>> matrix = pd.DataFrame([[0, 2], [2, 0]], index=["PRK", "RUS"], columns=["PRK", "RUS"])
    >>> fig = plot_co_mention_heatmap(matrix, names={"PRK": "North Korea"})
    >>> fig.axes[0].get_yticklabels()[0].get_text()
    'North Korea'
    >>> [text.get_text() for text in fig.axes[0].texts]
    ['2', '2']
    >>> fig.axes[1].get_ylabel()
    'Sentences mentioning both'
    """
    if matrix.empty or matrix.to_numpy().sum() == 0:
        return empty_figure("Nothing to plot: no two actors mentioned together.", title=title)
    labels = [str((names or {}).get(a, a)) for a in matrix.index]
    values = matrix.to_numpy(dtype="float64")
    if figsize is None:
        size = 0.45 * len(labels) + 2.5
        figsize = (size + 1, size)
    with style_context():
        fig = Figure(figsize=figsize, layout="constrained")
        ax = fig.subplots()
        image = ax.imshow(values, cmap="Blues", vmin=0)
        ax.set_xticks(range(len(labels)), labels, rotation=45, ha="right")
        ax.set_yticks(range(len(labels)), labels)
        ax.grid(visible=False)
        threshold = values.max() / 2
        for (row, column), value in np.ndenumerate(values):
            if row != column and value > 0:
                ax.text(
                    column,
                    row,
                    f"{int(value):,}",
                    ha="center",
                    va="center",
                    fontsize=CELL_FONT_SIZE,
                    color="white" if value > threshold else "black",
                )
        fig.colorbar(image, ax=ax, label=f"{unit.capitalize()} mentioning both", shrink=0.8)
        ax.set_title(title or f"Actors mentioned in the same {unit.removesuffix('s')}", loc="left")
    return fig


def plot_co_mention_network(graph, *, title: str | None = None, seed: int = 7) -> Figure:
    """The co-mention graph drawn with a fixed layout (same picture on every rerun).

    Parameters
    ----------
    graph : networkx.Graph
        From :func:`analysis.counts.co_mention_graph`: edge ``weight``, node ``mentions``
        (node size) and ``label``.
    title : str, optional
        Title of the axes; "Co-mention network" by default.
    seed : int, default 7
        Seed of the spring layout.

    Returns
    -------
    matplotlib.figure.Figure
        An explanatory empty figure when the graph has no edge.

    Examples
    --------
    >>> import networkx as nx
    >>> graph = nx.Graph()
    >>> graph.add_edge("PRK", "RUS", weight=3)
    >>> fig = plot_co_mention_network(graph)
    >>> fig.axes[0].get_title(loc="left")
    'Co-mention network'
    """
    # networkx is slow to import and only this figure needs it.
    import networkx as nx

    if graph.number_of_edges() == 0:
        return empty_figure("Nothing to plot: no two actors mentioned together.", title=title)
    position = nx.spring_layout(graph, seed=seed, weight="weight")
    weights = np.array([d["weight"] for _, _, d in graph.edges(data=True)], dtype=float)
    sizes = np.array([graph.nodes[n].get("mentions", 1) for n in graph.nodes], dtype=float)
    with style_context():
        fig = Figure(figsize=(8, 7), layout="constrained")
        ax = fig.subplots()
        nx.draw_networkx_edges(
            graph,
            position,
            ax=ax,
            width=0.5 + 4 * weights / weights.max(),
            edge_color="#999999",
            alpha=0.6,
        )
        nx.draw_networkx_nodes(
            graph,
            position,
            ax=ax,
            node_size=80 + 900 * sizes / max(sizes.max(), 1),
            node_color=[actor_color(n) for n in graph.nodes],
        )
        nx.draw_networkx_labels(
            graph,
            position,
            ax=ax,
            font_size=8,
            labels={n: graph.nodes[n].get("label", n) for n in graph.nodes},
        )
        ax.set_axis_off()
        ax.set_title(title or "Co-mention network", loc="left")
    return fig
