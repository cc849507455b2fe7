"""Figures of relations between actors: dyads over time, who does what to whom, and the
balance of cooperation and conflict.

They draw the tables of :mod:`analysis.dyads`: :func:`~analysis.dyads.dyad_counts` by
period, :func:`~analysis.dyads.relation_network` and
:func:`~analysis.dyads.cooperation_conflict`. Each relation type keeps one colour and line
style in every figure (:data:`TYPE_STYLES`): cool colours for cooperation, warm ones for
conflict. Dyads are drawn one panel each, the busiest first, so that a dyad's lines are
never confused with another's; periods without any article are grey bands, not zeros.
"""

from __future__ import annotations

from collections.abc import Mapping

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patheffects import withStroke
from matplotlib.ticker import MaxNLocator

from analysis.figures.source import Source, stamp_source
from analysis.figures.style import NEUTRAL_GREY, actor_color, empty_figure, style_context

__all__ = [
    "MAX_DYADS",
    "MAX_TYPES",
    "TYPE_STYLES",
    "plot_cooperation_conflict",
    "plot_dyad_timeline",
    "plot_relation_network",
]

MAX_DYADS = 6
"""Panels of a dyad figure: the dyads with most relations; the figure says how many others."""

MAX_TYPES = 6
"""Lines of each dyad panel: the types with most relations; the others are one grey line."""

# Paul Tol's muted colours: indigo, cyan, teal and green for cooperation; rose, wine,
# purple, olive and sand for conflict. A colour serves two types, told apart by the dashes.
TYPE_STYLES: dict[str, tuple[str, str]] = {
    "AGREE": ("#117733", "-"),
    "CONSULT": ("#88CCEE", "-"),
    "SUPPORT": ("#44AA99", "-"),
    "REQUEST": ("#332288", "-"),
    "COOPERATE": ("#117733", "--"),
    "AID": ("#44AA99", "--"),
    "CONCEDE": ("#88CCEE", "--"),
    "RETREAT": ("#332288", "--"),
    "ACCUSE": ("#CC6677", "-"),
    "REJECT": ("#DDCC77", "-"),
    "THREATEN": ("#882255", "-"),
    "PROTEST": ("#AA4499", "-"),
    "SANCTION": ("#999933", "-"),
    "MOBILIZE": ("#DDCC77", "--"),
    "COERCE": ("#AA4499", "--"),
    "ASSAULT": ("#882255", "--"),
}
"""Colour and line style of each relation type, the same in every figure."""

OTHER_TYPES = "other types"
_OTHER_STYLE = ("#AAAAAA", ":")
_GAP_COLOR = "#EEEEEE"
_COOPERATION_COLOR = "#44AA99"
_CONFLICT_COLOR = "#CC6677"
_UNIT_WORDS = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "A": "year"}


def _name(names: Mapping[str, str] | None, actor_id: str) -> str:
    return (names or {}).get(str(actor_id), str(actor_id))


def _relations(n: int) -> str:
    return f"{n:,} relation" if n == 1 else f"{n:,} relations"


def _dyad_label(names, source_id: str, target_id: str) -> str:
    return f"{_name(names, source_id)} → {_name(names, target_id)}"


def _unit_word(periods: pd.Series) -> str:
    freq = getattr(getattr(periods, "dt", None), "freq", None)
    code = freq.freqstr[0] if freq is not None else "M"
    return _UNIT_WORDS.get(code, "period")


def _middles(periods: pd.Series) -> np.ndarray:
    periods = pd.Series(periods)
    middles = periods.dt.start_time + (periods.dt.end_time - periods.dt.start_time) / 2
    return mdates.date2num(middles)


def _widths(periods: pd.Series) -> np.ndarray:
    periods = pd.Series(periods)
    return ((periods.dt.end_time - periods.dt.start_time).dt.total_seconds() / 86400).to_numpy()


def _date_axis(ax, periods: pd.Series) -> None:
    ax.set_xlim(mdates.date2num(periods.min().start_time), mdates.date2num(periods.max().end_time))
    locator = mdates.AutoDateLocator(minticks=3, maxticks=9)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _gap_bands(ax, periods: pd.Series, gap: np.ndarray) -> None:
    """Periods without any article as light grey bands (adjacent ones merged)."""
    spans: list[list] = []
    for period in pd.Series(periods)[gap]:
        start, end = period.start_time, period.end_time
        if spans and start - spans[-1][1] <= pd.Timedelta(seconds=1):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    for start, end in spans:
        ax.axvspan(mdates.date2num(start), mdates.date2num(end), color=_GAP_COLOR, lw=0, zorder=0)


def _finish(fig: Figure, source: Source | str | None) -> Figure:
    """Keep a line free under the axes for the source line, then stamp it (now, or when
    the figure is saved through :meth:`analysis.study.Study.save_figure`)."""
    # A blank label at the bottom: the layout leaves room for it, the source line fills it.
    fig.supxlabel("\u00a0", fontsize=9)
    fig.draw_without_rendering()
    return stamp_source(fig, source)


def _busiest_dyads(table: pd.DataFrame, most: int) -> tuple[list[tuple[str, str]], pd.Series]:
    totals = table.groupby(["source", "target"], sort=True)["relations"].sum()
    totals = totals[totals > 0]
    order = sorted(totals.index, key=lambda dyad: (-totals[dyad], dyad))
    return order[:most], totals


def _base(table: pd.DataFrame, periods: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Articles of each period, and which periods have none (gaps)."""
    first = table.drop_duplicates("period").set_index("period")
    n_articles = first["n_articles"].reindex(periods.to_numpy()).to_numpy(dtype=float, na_value=0)
    if "gap" in first:
        gap = first["gap"].reindex(periods.to_numpy()).fillna(True).to_numpy(dtype=bool)
    else:
        gap = n_articles == 0
    return n_articles, gap


def plot_dyad_timeline(
    counts: pd.DataFrame,
    *,
    names: Mapping[str, str] | None = None,
    title: str | None = None,
    source: Source | str | None = None,
    max_dyads: int = MAX_DYADS,
    max_types: int = MAX_TYPES,
) -> Figure:
    """Relations of each directed dyad per period, one panel per dyad and a line per type,
    over the articles of each period.

    The ``max_dyads`` dyads with most relations get a panel each (the figure says how many
    others there are); in each, the ``max_types`` types with most relations over the drawn
    dyads are lines in their :data:`TYPE_STYLES`, and the other types one grey dotted line.
    Periods without any article are breaks over a grey band.

    Parameters
    ----------
    counts : DataFrame
        :func:`analysis.dyads.dyad_counts` with ``by`` a unit of time (``period``,
        ``source``, ``target``, ``type``, ``relations``, ``n_articles``, ``gap``).
    names : mapping, optional
        Display names of actor ids.

    Examples
    --------
    >>> counts = pd.DataFrame({"period": pd.period_range("2023-01", periods=2, freq="M"),
    ...     "source": "USA", "target": "RUS", "type": "ACCUSE", "relations": [2, 0],
    ...     "n_articles": [4, 0], "gap": [False, True]})
    >>> fig = plot_dyad_timeline(counts, source="Source: sample · 4 articles")
    >>> fig.axes[0].get_title(loc="left"), fig.legends[0].get_texts()[0].get_text()
    ('USA → RUS · 2 relations', 'ACCUSE')
    """
    if counts.empty or counts["relations"].sum() == 0:
        return stamp_source(empty_figure("No relation to plot.", title=title), source)
    dyads, totals = _busiest_dyads(counts, max_dyads)
    shown = counts[pd.MultiIndex.from_frame(counts[["source", "target"]]).isin(dyads)]
    by_type = shown.groupby("type", observed=True)["relations"].sum()
    by_type = by_type[by_type > 0]
    kept = sorted(by_type.index, key=lambda kind: (-by_type[kind], str(kind)))[:max_types]
    others = len(by_type) > len(kept)
    periods = counts["period"].drop_duplicates().sort_values().reset_index(drop=True)
    x = _middles(periods)
    n_articles, gap = _base(counts, periods)
    unit = _unit_word(periods)
    with style_context():
        fig = Figure(figsize=(9.5, 1.4 + 1.75 * len(dyads) + 1.2), layout="constrained")
        axes = fig.subplots(
            len(dyads) + 1, 1, sharex=True, height_ratios=[3] * len(dyads) + [1.6], squeeze=False
        )[:, 0]
        for ax, (source_id, target_id) in zip(axes, dyads, strict=False):
            rows = shown[(shown["source"] == source_id) & (shown["target"] == target_id)]
            kinds = rows["type"].astype(str)
            series = {kind: rows[kinds == kind] for kind in kept}
            if others:
                series[OTHER_TYPES] = rows[~kinds.isin(kept)]
            _gap_bands(ax, periods, gap)
            for kind, part in series.items():
                values = part.groupby("period")["relations"].sum().reindex(periods.to_numpy())
                values = values.fillna(0).to_numpy(dtype=float)
                if values.sum() == 0:
                    continue
                color, style = TYPE_STYLES.get(kind, _OTHER_STYLE)
                ax.plot(
                    x, np.where(gap, np.nan, values), color=color, linestyle=style,
                    marker="o", markersize=3.5, label=kind, gid=f"{source_id}-{kind}-{target_id}",
                )  # fmt: skip
            total = int(totals[(source_id, target_id)])
            ax.set_title(
                f"{_dyad_label(names, source_id, target_id)} · {_relations(total)}",
                loc="left",
                fontsize=11,
            )
            ax.set_ylim(bottom=0)
            ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
        base = axes[-1]
        _gap_bands(base, periods, gap)
        base.bar(x, n_articles, width=_widths(periods) * 0.8, color="#BBBBBB")
        base.set_ylabel("Articles", fontsize=10)
        base.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=3))
        base.xaxis_date()
        _date_axis(base, periods)
        fig.supylabel(f"Relations stated per {unit}", fontsize=11)
        handles = [
            Line2D([], [], color=TYPE_STYLES[kind][0], linestyle=TYPE_STYLES[kind][1], marker="o",
                   markersize=3.5, label=str(kind))
            for kind in kept
        ]  # fmt: skip
        if others:
            handles.append(
                Line2D([], [], color=_OTHER_STYLE[0], ls=_OTHER_STYLE[1], label=OTHER_TYPES)
            )
        fig.legend(handles=handles, loc="outside right upper", title="Type", fontsize=9)
        hidden = len(totals) - len(dyads)
        heading = title or "Relations between actors over time"
        if hidden:
            heading += (
                f"\n({hidden} other dyad{'s' if hidden > 1 else ''} with fewer relations not drawn)"
            )
        fig.suptitle(heading, x=0.01, ha="left", fontsize=13)
    return _finish(fig, source)


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
    to whom, width and number by relations, node size by activity, the ``top`` most active.

    The most active actor sits in the centre and the others around it, busiest first, so
    that the figure reads the same from one run to the next (``seed`` is kept for
    compatibility and unused).

    Examples
    --------
    >>> import networkx as nx
    >>> graph = nx.DiGraph()
    >>> graph.add_edge("USA", "RUS", weight=3)
    >>> plot_relation_network(graph).axes[0].get_title(loc="left")
    'Who does what to whom'
    """
    if graph.number_of_edges() == 0:
        return stamp_source(empty_figure("No relation to draw.", title=title), source)
    activity = {
        node: graph.in_degree(node, weight="weight") + graph.out_degree(node, weight="weight")
        for node in graph.nodes
    }
    kept = sorted(activity, key=lambda node: (-activity[node], str(node)))[:top]
    shown = graph.subgraph(kept).copy()
    shown.remove_nodes_from([node for node in kept if shown.degree(node) == 0])
    if shown.number_of_edges() == 0:
        return stamp_source(empty_figure("No relation among the top actors.", title=title), source)
    position = _ring_layout([node for node in kept if node in shown])
    weights = np.array([d["weight"] for _, _, d in shown.edges(data=True)], dtype=float)
    most = float(activity[kept[0]])
    sizes = {node: 250 + 1400 * np.sqrt(activity[node] / most) for node in shown.nodes}
    with style_context():
        fig = Figure(figsize=(8.5, 8), layout="constrained")
        ax = fig.subplots()
        _draw_network(ax, shown, position, weights, sizes, names)
        ax.set_axis_off()
        ax.set_aspect("equal")
        ax.set_xlim(-1.55, 1.55)
        ax.set_ylim(-1.4, 1.4)
        ax.set_title(title or "Who does what to whom", loc="left")
        notes = ["Arrow: from who acts to whom; width and number: relations stated."]
        hidden = len(graph) - len(shown)
        if hidden:
            notes.append(f"{hidden} less active actor{'s' if hidden > 1 else ''} not drawn.")
        ax.text(0.0, 0.0, " ".join(notes), transform=ax.transAxes, fontsize=8, color="#555555")
    return _finish(fig, source)


def _ring_layout(nodes: list) -> dict:
    """The first node in the centre, the others on a circle clockwise from the top."""
    if len(nodes) <= 3:
        angles = np.pi / 2 - 2 * np.pi * np.arange(len(nodes)) / len(nodes)
        return {
            node: np.array([np.cos(a), np.sin(a)]) for node, a in zip(nodes, angles, strict=True)
        }
    ring = nodes[1:]
    angles = np.pi / 2 - 2 * np.pi * np.arange(len(ring)) / len(ring)
    position = {nodes[0]: np.array([0.0, 0.0])}
    position.update(
        {node: np.array([np.cos(a), np.sin(a)]) for node, a in zip(ring, angles, strict=True)}
    )
    return position


def _draw_network(ax, graph, position, weights, sizes, names) -> None:
    import networkx as nx

    node_list = list(graph.nodes)
    node_sizes = [sizes[node] for node in node_list]
    edges = list(graph.edges)
    nx.draw_networkx_edges(
        graph, position, ax=ax, edgelist=edges, width=0.6 + 5 * weights / max(weights.max(), 10.0),
        edge_color="#666666", alpha=0.55, arrows=True, arrowsize=13,
        connectionstyle="arc3,rad=0.15", nodelist=node_list, node_size=node_sizes,
    )  # fmt: skip
    nx.draw_networkx_nodes(
        graph, position, ax=ax, nodelist=node_list, node_size=node_sizes,
        node_color=[actor_color(str(node)) for node in node_list], edgecolors="white",
    )  # fmt: skip
    # The number of each arrow, for the busiest arrows (all of them when there are few).
    labelled = sorted(edges, key=lambda edge: -graph.edges[edge]["weight"])[:24]
    nx.draw_networkx_edge_labels(
        graph, position, ax=ax, edge_labels={e: f"{graph.edges[e]['weight']:,}" for e in labelled},
        font_size=7, font_color="#333333", connectionstyle="arc3,rad=0.15", label_pos=0.35,
        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
    )  # fmt: skip
    halo = [withStroke(linewidth=3, foreground="white")]
    for node, (x, y) in position.items():
        radius = float(np.hypot(x, y))
        if radius < 1e-9:  # the centre: its name under it
            ax.text(x, y - 0.13, _name(names, node), ha="center", va="top", fontsize=9,
                    fontweight="bold", path_effects=halo)  # fmt: skip
            continue
        # Outside the ring, away from the arrows.
        outward = 1 + 0.12 / radius
        ha = "left" if x > 0.2 else "right" if x < -0.2 else "center"
        va = "bottom" if y > 0.2 else "top" if y < -0.2 else "center"
        ax.text(x * outward, y * outward, _name(names, node), ha=ha, va=va, fontsize=9,
                path_effects=halo)  # fmt: skip


def plot_cooperation_conflict(
    table: pd.DataFrame,
    *,
    names: Mapping[str, str] | None = None,
    title: str | None = None,
    source: Source | str | None = None,
    max_dyads: int = MAX_DYADS,
) -> Figure:
    """The cooperation-conflict score of each directed dyad over time, one panel per dyad
    (+2: all material cooperation, -2: all material conflict), points sized by relations.

    Points of periods with fewer than 5 articles (``small_n``) are hollow; periods without
    any article are grey bands.

    Examples
    --------
    >>> table = pd.DataFrame({"period": pd.period_range("2023-01", periods=2, freq="M"),
    ...     "source": "RUS", "target": "PRK", "relations": [2, 1], "score": [2.0, 1.0],
    ...     "n_articles": [3, 2]})
    >>> fig = plot_cooperation_conflict(table)
    >>> fig.axes[0].get_title(loc="left"), fig.axes[0].get_yticklabels()[0].get_text()
    ('RUS → PRK · 3 relations, mean +1.67', '−2')
    """
    if table.empty or table["relations"].sum() == 0:
        return stamp_source(empty_figure("No relation to score.", title=title), source)
    dyads, totals = _busiest_dyads(table, max_dyads)
    periods = table["period"].drop_duplicates().sort_values().reset_index(drop=True)
    x = _middles(periods)
    _, gap = _base(table, periods)
    largest = float(table["relations"].max())
    with style_context():
        fig = Figure(figsize=(9.5, max(3.8, 1.4 + 1.7 * len(dyads))), layout="constrained")
        axes = fig.subplots(len(dyads), 1, sharex=True, sharey=True, squeeze=False)[:, 0]
        for ax, (source_id, target_id) in zip(axes, dyads, strict=True):
            rows = table[(table["source"] == source_id) & (table["target"] == target_id)]
            rows = rows.set_index("period").reindex(periods.to_numpy())
            relations = rows["relations"].fillna(0).to_numpy(dtype=float)
            score = rows["score"].to_numpy(dtype=float, na_value=np.nan)
            small = rows.get("small_n", pd.Series(False, index=rows.index))
            small = small.fillna(False).to_numpy(dtype=bool)
            _gap_bands(ax, periods, gap)
            ax.axhspan(0, 2.4, color=_COOPERATION_COLOR, alpha=0.06, lw=0, zorder=0)
            ax.axhspan(-2.4, 0, color=_CONFLICT_COLOR, alpha=0.06, lw=0, zorder=0)
            ax.axhline(0, color="#999999", linewidth=0.8)
            has = ~np.isnan(score)
            # The line joins the periods with relations, and breaks where no article is.
            joined = has | gap
            ax.plot(
                x[joined], np.where(gap, np.nan, score)[joined], color=NEUTRAL_GREY,
                linewidth=0.9, alpha=0.6,
            )  # fmt: skip
            colors = np.where(score >= 0, _COOPERATION_COLOR, _CONFLICT_COLOR)
            point_sizes = _point_sizes(relations, largest)
            for hollow in (False, True):
                chosen = has & (small == hollow)
                ax.scatter(
                    x[chosen], score[chosen], s=point_sizes[chosen],
                    c="white" if hollow else colors[chosen], edgecolors=colors[chosen],
                    linewidths=1.2, zorder=3,
                )  # fmt: skip
            total = int(totals[(source_id, target_id)])
            weighted = float(np.nansum(score * relations) / max(relations[has].sum(), 1))
            ax.set_title(
                f"{_dyad_label(names, source_id, target_id)} · {_relations(total)}, "
                f"mean {weighted:+.2f}".replace("mean -", "mean −"),
                loc="left",
                fontsize=11,
            )
            ax.set_ylim(-2.4, 2.4)
            ax.set_yticks([-2, -1, 0, 1, 2], ["−2", "−1", "0", "+1", "+2"])
        axes[-1].xaxis_date()
        _date_axis(axes[-1], periods)
        fig.supylabel("Score: conflict (−) or cooperation (+)", fontsize=10)
        fig.legend(handles=_score_key(largest), loc="outside right upper", fontsize=9,
                   title="Score of a period", labelspacing=1.0)  # fmt: skip
        hidden = len(totals) - len(dyads)
        heading = title or "Cooperation and conflict by dyad"
        if hidden:
            heading += (
                f"\n({hidden} other dyad{'s' if hidden > 1 else ''} with fewer relations not drawn)"
            )
        fig.suptitle(heading, x=0.01, ha="left", fontsize=13)
    return _finish(fig, source)


def _point_sizes(relations: np.ndarray, largest: float) -> np.ndarray:
    # On an absolute scale below 20 relations, so that one relation is never a large point.
    return 14 + 160 * np.sqrt(relations / max(largest, 20.0))


def _score_key(largest: float) -> list:
    """The legend of the score: the scale, the point sizes and the hollow points."""

    def text(label: str) -> Line2D:
        return Line2D([], [], linestyle="none", label=label)

    key = [
        text("+2  material cooperation"),
        text("+1  verbal cooperation"),
        text("−1  verbal conflict"),
        text("−2  material conflict"),
    ]
    steps = sorted({1, int(max(1, round(largest / 4))), int(max(1, largest))})
    for step in steps:
        size = float(_point_sizes(np.array([step]), largest)[0])
        key.append(
            Line2D([], [], linestyle="none", marker="o", markersize=np.sqrt(size),
                   color=NEUTRAL_GREY, label=_relations(step))
        )  # fmt: skip
    key.append(
        Line2D([], [], linestyle="none", marker="o", markersize=6, markerfacecolor="white",
               markeredgecolor=NEUTRAL_GREY, label="fewer than 5 articles")
    )  # fmt: skip
    return key
