"""Figures of relations: one panel per dyad, the types in fixed styles, gaps as breaks, the
source line clear of the axes, a network that reads the same on every run."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from analysis.dyads import RELATION_TYPES
from analysis.figures import save_figure
from analysis.figures.relations import (
    MAX_DYADS,
    MAX_TYPES,
    TYPE_STYLES,
    plot_cooperation_conflict,
    plot_dyad_timeline,
    plot_relation_network,
)
from analysis.figures.source import SOURCE_GID, source_line

SOURCE = "Source: test corpus · 40 articles · 2023-01 to 2023-04"


def _counts(dyads: dict[tuple[str, str, str], list[int]]) -> pd.DataFrame:
    """A dyad_counts table by month (2023-01..04, 2023-03 without articles)."""
    periods = pd.period_range("2023-01", periods=4, freq="M")
    n_articles = [10, 12, 0, 9]
    rows = []
    for (source, kind, target), values in dyads.items():
        for period, value, n in zip(periods, values, n_articles, strict=True):
            rows.append(
                {
                    "period": period, "source": source, "target": target, "type": kind,
                    "relations": value, "n_articles": n, "gap": n == 0, "small_n": 0 < n < 5,
                }
            )  # fmt: skip
    return pd.DataFrame(rows)


def _clear_of_the_axes(figure: Figure) -> bool:
    """Whether the source line lies under every axes and its tick labels."""
    renderer = FigureCanvasAgg(figure).get_renderer()
    figure.draw(renderer)
    (text,) = [t for t in figure.texts if t.get_gid() == SOURCE_GID]
    top_of_source = text.get_window_extent(renderer).y1
    lowest = min(ax.get_tightbbox(renderer).y0 for ax in figure.axes)
    return top_of_source <= lowest


def test_each_dyad_gets_a_panel_busiest_first_with_types_in_their_styles():
    counts = _counts(
        {
            ("USA", "ACCUSE", "PRK"): [3, 5, 0, 2],
            ("USA", "SANCTION", "PRK"): [1, 0, 0, 1],
            ("PRK", "THREATEN", "USA"): [0, 1, 0, 0],
        }
    )
    figure = plot_dyad_timeline(counts, names={"USA": "United States"}, source=SOURCE)
    titles = [ax.get_title(loc="left") for ax in figure.axes]
    assert titles[:2] == ["United States → PRK · 12 relations", "PRK → United States · 1 relation"]
    assert figure.axes[-1].get_ylabel() == "Articles"
    lines = {line.get_gid(): line for line in figure.axes[0].get_lines()}
    accuse = lines["USA-ACCUSE-PRK"]
    assert accuse.get_color() == TYPE_STYLES["ACCUSE"][0]
    # The month without any article is a break in the line, not a zero.
    assert np.isnan(accuse.get_ydata()[2]) and accuse.get_ydata()[3] == 2
    assert [t.get_text() for t in figure.axes[0].get_legend().get_texts()] == [
        "ACCUSE",
        "SANCTION",
    ]
    assert [t.get_text() for t in figure.axes[1].get_legend().get_texts()] == ["THREATEN"]
    assert source_line(figure) == SOURCE
    assert _clear_of_the_axes(figure)


def test_beyond_the_busiest_dyads_and_types_the_figure_says_what_it_leaves_out():
    kinds = RELATION_TYPES[:8]
    counts = _counts(
        {
            **{(f"A{i}", "ACCUSE", "B"): [i + 1, 0, 0, 0] for i in range(MAX_DYADS + 2)},
            **{("A9", kind, "B"): [10, 0, 0, 0] for kind in kinds},
        }
    )
    figure = plot_dyad_timeline(counts)
    assert len(figure.axes) == MAX_DYADS + 1
    assert "(3 other dyads with fewer relations not drawn)" in figure.get_suptitle()
    busiest = figure.axes[0]
    assert busiest.get_title(loc="left").startswith("A9 → B")
    legend = [t.get_text() for t in busiest.get_legend().get_texts()]
    assert len(legend) == MAX_TYPES + 1 and legend[-1] == "other types"


def test_every_type_has_a_style_and_pairs_of_a_colour_differ_in_dashes():
    assert set(TYPE_STYLES) == set(RELATION_TYPES)
    assert len(set(TYPE_STYLES.values())) == len(TYPE_STYLES)


def test_the_network_puts_the_most_active_actor_in_the_centre_and_numbers_the_arrows():
    graph = nx.DiGraph()
    graph.add_edge("USA", "PRK", weight=12)
    graph.add_edge("KOR", "PRK", weight=3)
    graph.add_edge("PRK", "USA", weight=1)
    graph.add_edge("JPN", "CHN", weight=1)
    figure = plot_relation_network(graph, names={"PRK": "North Korea"}, title="Who accuses whom?")
    ax = figure.axes[0]
    assert ax.get_title(loc="left") == "Who accuses whom?"
    texts = {t.get_text(): t for t in ax.texts}
    # North Korea (16 relations in and out) is the centre: its name sits right under it.
    assert texts["North Korea"].get_position() == pytest.approx((0.0, -0.13))
    assert {"12", "3", "1"} <= set(texts)
    assert "Arrow: from who acts to whom" in " ".join(texts)
    once = plot_relation_network(graph)
    again = plot_relation_network(graph)
    assert [t.get_position() for t in once.axes[0].texts] == [
        t.get_position() for t in again.axes[0].texts
    ]


def test_the_network_keeps_only_the_top_actors_and_says_so():
    graph = nx.DiGraph()
    for i in range(30):
        graph.add_edge(f"A{i:02d}", "HUB", weight=30 - i)
    figure = plot_relation_network(graph, top=10, source=SOURCE)
    texts = " ".join(" ".join(t.get_text() for t in figure.axes[0].texts).split())
    assert "9 of 30 arrows drawn. 21 other actors not drawn." in texts
    assert _clear_of_the_axes(figure)


def test_the_network_draws_the_heaviest_arrows_and_not_a_hairball():
    graph = nx.DiGraph()
    members = [f"M{i:02d}" for i in range(12)]
    for first in members:  # a joint statement: everyone "meets" everyone once
        for second in members:
            if first != second:
                graph.add_edge(first, second, weight=1)
    graph.add_edge("USA", "M00", weight=9)
    graph.add_edge("USA", "M01", weight=4)
    figure = plot_relation_network(graph, max_arrows=10)
    texts = " ".join(" ".join(t.get_text() for t in figure.axes[0].texts).split())
    # The 132 arrows of one relation each are too many ties to draw: none of them is.
    assert "2 of 134 arrows drawn (those of 4 relations or more)." in texts
    few = plot_relation_network(graph, max_arrows=200)
    assert "arrows drawn" not in " ".join(t.get_text() for t in few.axes[0].texts)


def test_the_score_has_one_panel_per_dyad_on_a_fixed_scale():
    table = pd.DataFrame(
        {
            "period": pd.period_range("2023-01", periods=3, freq="M").repeat(2),
            "source": ["USA", "RUS"] * 3,
            "target": ["PRK", "PRK"] * 3,
            "relations": [4, 1, 0, 2, 3, 0],
            "score": [-1.5, 2.0, np.nan, 1.0, -1.0, np.nan],
            "n_articles": [10, 10, 3, 3, 8, 8],
            "small_n": [False, False, True, True, False, False],
            "gap": False,
        }
    )
    figure = plot_cooperation_conflict(table, names={"PRK": "North Korea"}, source=SOURCE)
    titles = [ax.get_title(loc="left") for ax in figure.axes]
    assert titles == [
        "USA → North Korea · 7 relations, mean −1.29",
        "RUS → North Korea · 3 relations, mean +1.33",
    ]
    assert all(ax.get_ylim() == (-2.4, 2.4) for ax in figure.axes)
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert legend[0] == "+2  material cooperation" and legend[-1] == "fewer than 5 articles"
    assert _clear_of_the_axes(figure)


@pytest.mark.parametrize(
    "draw",
    [
        lambda: plot_dyad_timeline(_counts({})),
        lambda: plot_relation_network(nx.DiGraph()),
        lambda: plot_cooperation_conflict(pd.DataFrame(columns=["period", "relations"])),
    ],
)
def test_nothing_to_draw_says_so(draw):
    figure = draw()
    assert figure.texts[0].get_text().startswith("No relation")


def _scores_of_four_dyads() -> pd.DataFrame:
    """A cooperation_conflict table: four dyads over fourteen quarters."""
    rng = np.random.default_rng(0)
    periods = pd.period_range("2022Q1", periods=14, freq="Q")
    rows = []
    for source, target in [("USA", "PRK"), ("USA", "RUS"), ("USA", "CHN"), ("PRK", "USA")]:
        relations = rng.integers(0, 6, size=len(periods))
        for period, count in zip(periods, relations, strict=True):
            score = float(rng.choice([-2, -1, 1, 2])) if count else np.nan
            rows.append(
                {"period": period, "source": source, "target": target, "relations": int(count),
                 "score": score, "n_articles": 30, "gap": False, "small_n": False}
            )  # fmt: skip
    return pd.DataFrame(rows)


def test_the_cooperation_conflict_figure_gives_the_same_pdf_every_time(tmp_path):
    # Constrained layout places its panels with noise in the last bits, which once flipped
    # the tenth decimal of a coordinate in the PDF from one run to the next.
    table = _scores_of_four_dyads()
    pdfs = {
        save_figure(
            plot_cooperation_conflict(table, source=SOURCE), "f", notebook="nb",
            out_dir=tmp_path / str(attempt), formats=["pdf"],
        )["pdf"].read_bytes()
        for attempt in range(8)
    }  # fmt: skip
    assert len(pdfs) == 1


def test_saving_leaves_a_figure_its_own_layout_engine(tmp_path):
    figure = plot_cooperation_conflict(_scores_of_four_dyads(), source=SOURCE)
    engine = figure.get_layout_engine()
    save_figure(figure, "f", notebook="nb", out_dir=tmp_path, formats=["pdf"])
    assert figure.get_layout_engine() is engine
    assert all(ax.get_in_layout() for ax in figure.axes)
