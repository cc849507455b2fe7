"""Figures of pairs of actors: the co-mention heat map and the co-mention network.

They draw :func:`analysis.counts.co_mention_matrix` and :func:`analysis.counts.co_mention_graph`
(or the explorer's :attr:`analysis.explore.View.co_mentions`, the same matrix). Counting and
the normalised associations (Jaccard, PMI) are done there; these functions only choose what to
show and how.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.figures.palette import OTHER_COLOR, actor_color
from analysis.figures.source import Source, stamp_source
from analysis.figures.style import empty_figure, style_context
from analysis.measures import ASSOCIATIONS, MEASURE_LABELS, check_choice

#: Font size of the counts written in the cells of the heat map, in points.
CELL_FONT_SIZE = 7

#: Actors of a network drawn by default: more make a hairball on a large corpus.
NETWORK_TOP = 25

#: What the rows of a heat map and the nodes of a network are, by counting level.
LEVEL_NOUNS = {"actor": "Actors", "country": "Countries", "organisation": "Organisations"}

_EDGE_COLOR = "#888888"
_LABEL_FONT_SIZE = 8


def plot_co_mention_heatmap(
    matrix: pd.DataFrame,
    *,
    names: Mapping[str, str] | None = None,
    title: str | None = None,
    unit: str | None = None,
    figsize: tuple[float, float] | None = None,
    level: str | None = None,
    source: Source | str | None = None,
) -> Figure:
    """Heat map of a co-mention matrix, with the counts written in the cells.

    Actors never mentioned with any other actor of the matrix (all-zero rows and columns) are
    left out, and the figure says how many.

    Parameters
    ----------
    matrix : pandas.DataFrame
        Actor x actor counts (:func:`analysis.counts.co_mention_matrix`); the diagonal is not
        written.
    names : mapping of str to str, optional
        Label of each actor id; the id itself otherwise.
    title : str, optional
        Title of the axes; "Countries mentioned in the same sentence" (after ``level`` and
        ``unit``) by default.
    unit : str, optional
        What was counted, plural (``"sentences"``, ``"articles"``): names the colour bar. By
        default the matrix's (``attrs["unit"]``), else ``"sentences"``.
    figsize : (float, float), optional
        Size of the figure in inches; by default it grows with the number of actors.
    level : {"actor", "country", "organisation"}, optional
        What the rows are ("Actors", "Countries", "Organisations" in the title); by default
        the matrix's (``attrs["level"]``), else ``"actor"``.
    source : Source or str, optional
        The source line written under the figure (:func:`analysis.figures.stamp_source`).

    Returns
    -------
    matplotlib.figure.Figure
        An explanatory empty figure when no two actors are mentioned together.

    Examples
    --------
    >>> matrix = pd.DataFrame([[0, 2, 0], [2, 0, 0], [0, 0, 0]], index=["PRK", "RUS", "FRA"],
    ...                       columns=["PRK", "RUS", "FRA"])
    >>> fig = plot_co_mention_heatmap(matrix, names={"PRK": "North Korea"}, level="country")
    >>> [label.get_text() for label in fig.axes[0].get_yticklabels()]
    ['North Korea', 'RUS']
    >>> [text.get_text() for text in fig.axes[0].texts]
    ['2', '2']
    >>> fig.axes[0].get_title(loc="left"), fig.axes[1].get_ylabel()
    ('Countries mentioned in the same sentence', 'Sentences mentioning both')
    """
    unit = unit or matrix.attrs.get("unit") or "sentence"
    unit = unit if unit.endswith("s") else unit + "s"
    level = level or matrix.attrs.get("level") or "actor"
    noun = LEVEL_NOUNS.get(level, "Actors")
    if matrix.empty or np.nansum(matrix.to_numpy(dtype="float64")) == 0:
        return empty_figure(
            "Nothing to plot: no two actors mentioned together.", title=title, source=source
        )
    kept = _without_empty_rows(matrix)
    labels = [str((names or {}).get(a, a)) for a in kept.index]
    column_labels = [str((names or {}).get(a, a)) for a in kept.columns]
    values = kept.to_numpy(dtype="float64")
    if figsize is None:
        size = 0.45 * max(len(labels), len(column_labels)) + 2.5
        figsize = (size + 1, size)
    with style_context():
        fig = Figure(figsize=figsize, layout="constrained")
        ax = fig.subplots()
        image = ax.imshow(values, cmap="Blues", vmin=0)
        ax.set_xticks(range(len(column_labels)), column_labels, rotation=45, ha="right")
        ax.set_yticks(range(len(labels)), labels)
        ax.grid(visible=False)
        threshold = np.nanmax(values) / 2
        for (row, column), value in np.ndenumerate(values):
            if kept.index[row] != kept.columns[column] and value > 0:
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
        ax.set_title(title or f"{noun} mentioned in the same {unit.removesuffix('s')}", loc="left")
        dropped = len(matrix.index) - len(kept.index)
        if dropped:
            ax.set_xlabel(
                f"Left out: {dropped} of {len(matrix.index)} {noun.lower()}, never mentioned "
                "with another",
                fontsize=8,
                color="#555555",
            )
        stamp_source(fig, source)
    return fig


def plot_co_mention_network(
    graph,
    *,
    title: str | None = None,
    seed: int = 7,
    top: int | None = NETWORK_TOP,
    association: str = "count",
    min_weight: float | None = None,
    max_edges: int | None = None,
    source: Source | str | None = None,
) -> Figure:
    """The strongest co-mentions among the most mentioned actors, with a fixed layout.

    Only the ``top`` actors are drawn (by ``mentions`` when the nodes have it, else by the
    co-mentions they take part in), and among their pairs only those at or above
    ``min_weight``, and at most ``max_edges`` of the strongest. Edge width grows with the
    weight; labels are pushed apart so that none covers another.

    Parameters
    ----------
    graph : networkx.Graph
        From :func:`analysis.counts.co_mention_graph`: edge ``weight`` (the count) and, from
        :func:`analysis.counts.co_mentions`, ``jaccard`` and ``pmi``; node ``mentions``
        (node size) and ``label``.
    title : str, optional
        Title of the axes; "Co-mention network" by default.
    seed : int, default 7
        Seed of the spring layout (same picture on every rerun).
    top : int or None, default 25
        Actors drawn at most; ``None`` draws them all.
    association : {"count", "jaccard", "pmi"}, default "count"
        What weighs an edge: the co-mentions themselves, or an association that discounts
        actors mentioned everywhere (computed by :func:`analysis.counts.co_mentions`).
    min_weight : float, optional
        Edges below this weight are left out. By default none for counts and Jaccard, and 0
        for PMI (pairs found together less than chance would have it are left out).
    max_edges : int or None, optional
        Strongest edges kept; by default three per actor drawn.
    source : Source or str, optional
        The source line written under the figure (:func:`analysis.figures.stamp_source`).

    Returns
    -------
    matplotlib.figure.Figure
        An explanatory empty figure when no edge is left.

    Examples
    --------
    >>> import networkx as nx
    >>> graph = nx.Graph()
    >>> graph.add_edge("PRK", "RUS", weight=3)
    >>> graph.add_edge("RUS", "USA", weight=1)
    >>> fig = plot_co_mention_network(graph, min_weight=2)
    >>> fig.axes[0].get_title(loc="left")
    'Co-mention network'
    >>> sorted(text.get_text() for text in fig.axes[0].texts if text.get_gid() == "node-label")
    ['PRK', 'RUS']
    """
    # networkx is slow to import and only this figure needs it.
    import networkx as nx

    check_choice(association, ASSOCIATIONS, "association")
    attribute = "weight" if association == "count" else association
    shown = _strongest(graph, top, attribute, min_weight, max_edges)
    if shown.number_of_edges() == 0:
        return empty_figure(
            "Nothing to plot: no two actors mentioned together"
            + (" often enough." if graph.number_of_edges() else "."),
            title=title,
            source=source,
        )
    weights = np.array([d[attribute] for _, _, d in shown.edges(data=True)], dtype=float)
    # The layout pulls strongly associated actors together; weights must be positive.
    span = weights.max() - weights.min()
    strength = 0.2 + (weights - weights.min()) / span if span > 0 else np.ones(len(weights))
    nx.set_edge_attributes(shown, dict(zip(shown.edges(), strength, strict=True)), "_layout_weight")
    position = nx.spring_layout(
        shown, seed=seed, weight="_layout_weight", k=1.6 / np.sqrt(shown.number_of_nodes())
    )
    nodes = list(shown.nodes)
    sizes = np.array([_node_size(graph, node) for node in nodes], dtype=float)
    colors = [actor_color(node) for node in nodes]
    with style_context():
        fig = Figure(figsize=(9, 8), layout="constrained")
        ax = fig.subplots()
        nx.draw_networkx_edges(
            shown,
            position,
            ax=ax,
            width=0.4 + 5 * (strength - 0.2) / max(strength.max() - 0.2, 1e-9),
            edge_color=_EDGE_COLOR,
            alpha=0.55,
        )
        nx.draw_networkx_nodes(
            shown,
            position,
            ax=ax,
            nodelist=nodes,
            node_size=60 + 900 * sizes / max(sizes.max(), 1),
            node_color=colors,
            edgecolors=["#666666" if color == OTHER_COLOR else "white" for color in colors],
            linewidths=0.6,
        )
        ax.set_axis_off()
        ax.margins(0.12)
        ax.set_title(title or "Co-mention network", loc="left")
        ax.text(
            0.0,
            1.0,
            _network_subtitle(graph, shown, association, attribute),
            transform=ax.transAxes,
            fontsize=8,
            color="#555555",
            va="top",
        )
        stamp_source(fig, source)
        # Labels last, once the layout (title, source line) has settled the axes' size.
        _draw_labels(ax, shown, position, graph, 60 + 900 * sizes / max(sizes.max(), 1))
    return fig


# --------------------------------------------------------------------------------------------
# Internals
# --------------------------------------------------------------------------------------------


def _without_empty_rows(matrix: pd.DataFrame) -> pd.DataFrame:
    """The matrix without the rows and columns that hold nothing off the diagonal."""
    values = matrix.to_numpy(dtype="float64", na_value=0.0).copy()
    values[np.equal.outer(matrix.index.to_numpy(), matrix.columns.to_numpy())] = 0
    values = np.nan_to_num(values)
    rows, columns = values.any(axis=1), values.any(axis=0)
    return matrix.loc[rows, columns]


def _node_size(graph, node) -> float:
    data = graph.nodes[node]
    if "mentions" in data:
        return float(data["mentions"])
    return float(sum(d.get("weight", 1) for _, _, d in graph.edges(node, data=True)))


def _strongest(graph, top, attribute, min_weight, max_edges):
    """The subgraph drawn: ``top`` actors, their edges at or above the threshold, the
    strongest ``max_edges``, and no actor left without an edge."""
    import networkx as nx

    ranked = sorted(graph.nodes, key=lambda node: (-_node_size(graph, node), str(node)))
    chosen = ranked if top is None else ranked[:top]
    if min_weight is None:
        min_weight = 0.0 if attribute == "pmi" else -np.inf
    edges = []
    for source, target, data in graph.subgraph(chosen).edges(data=True):
        value = data.get(attribute)
        if value is None:
            raise ValueError(
                f"The graph's edges have no {attribute!r}; build it with co_mention_graph "
                "from a co_mentions table (which holds jaccard and pmi)."
            )
        if np.isfinite(value) and value > min_weight - 1e-12 and (attribute != "pmi" or value > 0):
            edges.append((float(value), str(source), str(target), data))
    edges.sort(key=lambda edge: (-edge[0], edge[1], edge[2]))
    limit = 3 * len(chosen) if max_edges is None else max_edges
    shown = nx.Graph()
    for value, source, target, data in edges[:limit]:
        shown.add_edge(source, target, **{**data, attribute: value})
    return shown


def _network_subtitle(graph, shown, association: str, attribute: str) -> str:
    what = MEASURE_LABELS[association] if association != "count" else "co-mentions"
    unit = graph.graph.get("unit")
    counted = f" in the same {unit}" if unit else ""
    nodes = LEVEL_NOUNS.get(graph.graph.get("level"), "Actors").lower()
    values = [d[attribute] for _, _, d in shown.edges(data=True)]
    shown_range = (
        f"{min(values):,.0f} to {max(values):,.0f}"
        if association == "count"
        else f"{min(values):.2f} to {max(values):.2f}"
    )
    return (
        f"{shown.number_of_nodes()} of {graph.number_of_nodes()} {nodes}, "
        f"{shown.number_of_edges()} strongest links; edge width: {what}{counted} "
        f"({shown_range})"
    )


def _draw_labels(ax, shown, position, graph, node_sizes) -> None:
    """Node labels just above their nodes, pushed apart until none covers another or a node."""
    figure = ax.get_figure(root=True)
    figure.draw_without_rendering()
    texts, nodes = [], []
    points_to_pixels = figure.dpi / 72
    for node, size in zip(shown.nodes, node_sizes, strict=True):
        x, y = position[node]
        label = graph.nodes[node].get("label", node) if node in graph else node
        text = ax.text(
            x,
            y,
            str(label),
            fontsize=_LABEL_FONT_SIZE,
            ha="center",
            va="bottom",
            gid="node-label",
            bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.75},
            zorder=5,
        )
        radius = np.sqrt(size) / 2 * points_to_pixels
        centre = ax.transData.transform((x, y))
        nodes.append((centre[0], centre[1], radius, radius))
        text.set_position(ax.transData.inverted().transform((centre[0], centre[1] + radius)))
        texts.append(text)
    repel_labels(ax, texts, obstacles=np.array(nodes))


def repel_labels(ax, texts, *, obstacles: np.ndarray | None = None, iterations: int = 300) -> int:
    """Move text labels apart until their boxes overlap neither each other nor ``obstacles``.

    A small version of what adjustText does, in display coordinates: each overlapping pair of
    labels is pushed apart along the axis where they overlap least, half the overlap each; a
    label over an obstacle (a node: centre x, centre y, half width, half height, in pixels) is
    pushed off it whole. Stops when nothing overlaps or after ``iterations``; returns the
    overlapping pairs of labels left.
    """
    if not texts:
        return 0
    figure = ax.get_figure(root=True)
    figure.draw_without_rendering()
    boxes = [text.get_window_extent() for text in texts]
    anchors = np.array([text.get_position() for text in texts], dtype=float)
    anchor_pixels = ax.transData.transform(anchors)
    centres = np.array([[(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2] for b in boxes])
    # Where the text's anchor sits relative to its box centre, to move the anchor with it.
    offsets = anchor_pixels - centres
    half = np.array([[b.width / 2 + 1.5, b.height / 2 + 1.5] for b in boxes])
    fixed = np.zeros((0, 4)) if obstacles is None else np.asarray(obstacles, dtype=float)
    overlaps = 0
    for _ in range(iterations):
        push = np.zeros_like(centres)
        gap = np.abs(centres[:, None, :] - centres[None, :, :]) - (half[:, None, :] + half[None])
        overlapping = (gap[..., 0] < 0) & (gap[..., 1] < 0)
        np.fill_diagonal(overlapping, False)
        overlaps = int(overlapping.sum() // 2)
        for first, second in zip(*np.nonzero(np.triu(overlapping)), strict=True):
            move = _separation(centres[first] - centres[second], -gap[first, second], first)
            push[first] += move / 2
            push[second] -= move / 2
        blocked = 0
        if len(fixed):
            gap = np.abs(centres[:, None, :] - fixed[None, :, :2]) - (
                half[:, None, :] + fixed[None, :, 2:] * 0.8
            )
            covering = (gap[..., 0] < 0) & (gap[..., 1] < 0)
            blocked = int(covering.sum())
            for label, node in zip(*np.nonzero(covering), strict=True):
                push[label] += _separation(centres[label] - fixed[node, :2], -gap[label, node], 0)
        if overlaps == 0 and blocked == 0:
            break
        centres += push
    to_data = ax.transData.inverted()
    for text, centre, offset in zip(texts, centres, offsets, strict=True):
        text.set_position(to_data.transform(centre + offset))
    return overlaps


def _separation(direction: np.ndarray, depth: np.ndarray, tie: int) -> np.ndarray:
    """The smallest move, along one axis, that ends an overlap of ``depth`` (x, y)."""
    axis = 1 if depth[1] <= depth[0] else 0
    sign = np.sign(direction[axis]) or (1.0 if tie % 2 == 0 else -1.0)
    move = np.zeros(2)
    move[axis] = sign * (depth[axis] + 1)
    return move
