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

import textwrap
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
    "MAX_ARROWS",
    "MAX_DYADS",
    "MAX_TYPES",
    "TYPE_STYLES",
    "plot_cooperation_conflict",
    "plot_dyad_timeline",
    "plot_relation_network",
]

MAX_DYADS = 6
"""Panels of a dyad figure: the dyads with most relations; the figure says how many others."""

MAX_TYPES = 5
"""Lines of each dyad panel: its types with most relations; the others are one grey line."""

MAX_ARROWS = 40
"""Arrows of a network: those with most relations (the figure says how many others)."""

TITLE_WIDTH = 62
"""Characters of a title line, so that a long title never runs into the legend."""

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
    others there are); in each, the ``max_types`` types with most relations of that dyad are
    lines in their :data:`TYPE_STYLES` (listed beside the panel), and its other types one
    grey dotted line. Periods without any article are breaks over a grey band.

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
    >>> fig.axes[0].get_title(loc="left"), fig.axes[0].get_legend().get_texts()[0].get_text()
    ('USA → RUS · 2 relations', 'ACCUSE')
    """
    if counts.empty or counts["relations"].sum() == 0:
        return stamp_source(empty_figure("No relation to plot.", title=title), source)
    dyads, totals = _busiest_dyads(counts, max_dyads)
    shown = counts[pd.MultiIndex.from_frame(counts[["source", "target"]]).isin(dyads)]
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
            # Each dyad its own main types: what one says of another is its own story.
            by_type = rows.groupby(kinds)["relations"].sum()
            by_type = by_type[by_type > 0]
            kept = sorted(by_type.index, key=lambda kind: (-by_type[kind], kind))[:max_types]
            series = {kind: rows[kinds == kind] for kind in kept}
            if len(by_type) > len(kept):
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
            ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.02), fontsize=8, handlelength=2.6)
        base = axes[-1]
        _gap_bands(base, periods, gap)
        base.bar(x, n_articles, width=_widths(periods) * 0.8, color="#BBBBBB")
        base.set_ylabel("Articles", fontsize=10)
        base.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=3))
        base.xaxis_date()
        _date_axis(base, periods)
        fig.supylabel(f"Relations stated per {unit}", fontsize=11)
        hidden = len(totals) - len(dyads)
        heading = textwrap.fill(title or "Relations between actors over time", TITLE_WIDTH)
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
    max_arrows: int = MAX_ARROWS,
    seed: int = 7,
    source: Source | str | None = None,
) -> Figure:
    """The directed network of :func:`analysis.dyads.relation_network`: arrows from who acts
    to whom, width and number by relations, node size by activity.

    Only the ``max_arrows`` arrows with most relations are drawn (ties at the cut are all
    kept, or all left out when keeping them would draw half as many again), between at most
    ``top`` actors, the most active first; the figure says what it leaves out. The most
    active actor sits in the centre and the others around it, busiest first, so that the
    figure reads the same from one run to the next (``seed`` is kept for compatibility and
    unused).

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
    arrows, floor = _heaviest_arrows(graph, max_arrows)
    ends = {node for edge in arrows for node in edge[:2]}
    kept = sorted(ends, key=lambda node: (-activity[node], str(node)))[:top]
    shown = _graph_of(arrows, set(kept))
    ordered = [node for node in kept if node in shown]
    # The busiest actor goes in the centre when it is a hub (an end of 40 % of the arrows);
    # otherwise a chord between two others would seem to pass through it.
    touching = sum(ordered[0] in edge for edge in shown.edges)
    position = _ring_layout(ordered, centre=touching >= 0.4 * shown.number_of_edges())
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
        n_arrows = graph.number_of_edges()
        if shown.number_of_edges() < n_arrows:
            notes.append(
                f"{shown.number_of_edges():,} of {n_arrows:,} arrows drawn"
                + (f" (those of {floor:,} relations or more)." if floor > 1 else ".")
            )
        hidden = len(graph) - len(shown)
        if hidden:
            notes.append(f"{hidden:,} other actor{'s' if hidden > 1 else ''} not drawn.")
        ax.text(
            0.0, 0.0, textwrap.fill(" ".join(notes), 110), transform=ax.transAxes, fontsize=8,
            color="#555555", va="top",
        )  # fmt: skip
    return _finish(fig, source)


def _heaviest_arrows(graph, most: int) -> tuple[list, int]:
    """The arrows with most relations, and the fewest relations of an arrow kept."""
    edges = sorted(
        graph.edges(data="weight"), key=lambda edge: (-edge[2], str(edge[0]), str(edge[1]))
    )
    if len(edges) <= most:
        return edges, int(edges[-1][2])
    cut = edges[most - 1][2]
    with_ties = [edge for edge in edges if edge[2] >= cut]
    without = [edge for edge in edges if edge[2] > cut]
    # Ties at the cut are kept together, unless they are too many: then none of them is.
    if len(with_ties) <= most * 1.5 or not without:
        kept = with_ties if len(with_ties) <= most * 1.5 else edges[:most]
    else:
        kept = without
    return kept, int(kept[-1][2])


def _graph_of(edges: list, nodes: set):
    """A directed graph of weighted ``edges`` (source, target, weight) between ``nodes``."""
    import networkx as nx

    shown = nx.DiGraph()
    for source_id, target_id, weight in edges:
        if source_id in nodes and target_id in nodes:
            shown.add_edge(source_id, target_id, weight=weight)
    return shown


def _ring_layout(nodes: list, *, centre: bool = True) -> dict:
    """The first node in the centre (with ``centre``), the others on a circle clockwise from
    the top."""
    if len(nodes) <= 3 or not centre:
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
    width = dict(zip(graph.edges, 0.6 + 5 * weights / max(weights.max(), 10.0), strict=True))
    centre = [node for node, xy in position.items() if float(np.hypot(*xy)) < 1e-9]
    # The number of each arrow, for the busiest arrows (all of them when there are few).
    labelled = set(sorted(graph.edges, key=lambda edge: -graph.edges[edge]["weight"])[:24])
    # Arrows from or to the centre curve a little; the others bow out, clear of the centre.
    spokes = [edge for edge in graph.edges if set(edge) & set(centre)]
    chords = [edge for edge in graph.edges if not set(edge) & set(centre)]
    for edges, bend in ((spokes, 0.15), (chords, 0.3 if centre else 0.15)):
        if not edges:
            continue
        style = f"arc3,rad={bend}"
        nx.draw_networkx_edges(
            graph, position, ax=ax, edgelist=edges, width=[width[edge] for edge in edges],
            edge_color="#666666", alpha=0.55, arrows=True, arrowsize=13, connectionstyle=style,
            nodelist=node_list, node_size=node_sizes,
        )  # fmt: skip
        nx.draw_networkx_edge_labels(
            graph, position, ax=ax, connectionstyle=style, label_pos=0.35, font_size=7,
            edge_labels={e: f"{graph.edges[e]['weight']:,}" for e in edges if e in labelled},
            font_color="#333333",
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
        )  # fmt: skip
    nx.draw_networkx_nodes(
        graph, position, ax=ax, nodelist=node_list, node_size=node_sizes,
        node_color=[actor_color(str(node)) for node in node_list], edgecolors="white",
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
            colors = np.where(
                score > 0, _COOPERATION_COLOR, np.where(score < 0, _CONFLICT_COLOR, NEUTRAL_GREY)
            )
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
        heading = textwrap.fill(title or "Cooperation and conflict by dyad", TITLE_WIDTH)
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
