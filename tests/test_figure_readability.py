"""What a reader of a figure needs without the notebook beside it: which corpus and how many
articles (the source line), what each point rests on (articles per period, Wilson intervals),
one colour per actor across figures, series that cannot hide each other, few events, shares in
percent, and co-mention figures that stay readable on a large corpus."""

from __future__ import annotations

import re

import matplotlib.colors as mcolors
import networkx as nx
import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.figure import Figure

from analysis.counts import co_mention_graph, co_mention_matrix, co_mentions
from analysis.figures import (
    ACTOR_COLORS,
    MAIN_ACTOR_COLORS,
    OTHER_COLOR,
    Palette,
    Source,
    actor_color,
    current_palette,
    empty_figure,
    palette_context,
    palette_for,
    plot_articles_per_period,
    plot_co_mention_heatmap,
    plot_co_mention_network,
    plot_kind_breakdown,
    plot_timeline,
    plot_top_actors,
    series_styles,
    source_line,
    stamp_source,
    use_palette,
)
from analysis.measures import MIN_ARTICLES, association, wilson_interval
from analysis.timeline import actor_timeline, articles_per_period, rolling_columns

SOURCE = Source(label="test corpus", n_articles=1234, first="2023-01", last="2023-06")
MONTHS = pd.period_range("2023-01", periods=6, freq="M")


def make_articles(per_month=(6, 3, 0, 8, 7, 5)) -> pd.DataFrame:
    months = [month for month, n in zip(MONTHS, per_month, strict=True) for _ in range(n)]
    return pd.DataFrame(
        {
            "doc_id": [f"d{index}" for index in range(len(months))],
            "month": pd.PeriodIndex(months, freq="M"),
            "n_words": pd.array([100] * len(months), dtype="Int64"),
        }
    )


NAMES = {"PRK": "North Korea", "RUS": "Russia", "USA": "United States", "FRA": "France"}


def make_mentions(articles: pd.DataFrame, actors=("PRK", "RUS", "USA")) -> pd.DataFrame:
    """The first actor in every article, the second in every other one, the third in every
    third one..., all in the first sentence."""
    rows = []
    for index, doc_id in enumerate(articles["doc_id"]):
        for rank, actor in enumerate(actors):
            if index % (rank + 1) == 0:
                rows.append((doc_id, 0, actor, NAMES.get(actor, actor), actor, "name"))
    return pd.DataFrame(
        rows, columns=["doc_id", "sentence_id", "actor_id", "actor_name", "country", "kind"]
    )


def make_timeline(actors=("PRK", "RUS", "USA"), **options) -> pd.DataFrame:
    articles = make_articles()
    return actor_timeline(
        make_mentions(articles, actors),
        articles,
        actors=list(actors),
        measure=options.pop("measure", "share_of_articles"),
        **options,
    )


def make_counts() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "actor_id": ["RUS", "PRK", "FRA"],
            "actor_name": ["Russia", "North Korea", "France"],
            "mentions": [5, 9, 2],
            "articles": [2, 3, 1],
            "share_of_articles": [0.5, 0.75, 0.25],
            "n_articles": [4, 4, 4],
        }
    )


def make_matrix() -> pd.DataFrame:
    actors = ["PRK", "RUS", "FRA", "KOR"]
    return pd.DataFrame(
        [[0, 12, 0, 3], [12, 0, 0, 0], [0, 0, 0, 0], [3, 0, 0, 0]], index=actors, columns=actors
    )


def make_graph(n_actors: int = 40) -> nx.Graph:
    """A dense graph: actor i mentioned 1000 - i times, every pair linked with weight i + j."""
    graph = nx.Graph()
    for index in range(n_actors):
        graph.add_node(f"A{index:02d}", mentions=1000 - index, label=f"Actor {index}")
    for first in range(n_actors):
        for second in range(first + 1, n_actors):
            graph.add_edge(
                f"A{first:02d}",
                f"A{second:02d}",
                weight=first + second,
                jaccard=1 / (1 + first + second),
                pmi=1.0 - (first + second) / n_actors,
            )
    return graph


def every_plot(source):
    """Each plotting function of the package, drawn from a small table with ``source``."""
    articles = make_articles()
    return {
        "timeline": plot_timeline(make_timeline(), source=source),
        "small multiples": plot_timeline(make_timeline(), small_multiples=True, source=source),
        "articles per period": plot_articles_per_period(
            articles_per_period(articles), source=source
        ),
        "top actors": plot_top_actors(make_counts(), source=source),
        "kind breakdown": plot_kind_breakdown(
            pd.DataFrame({"name": [4, 1], "demonym": [2, 0]}, index=["RUS", "PRK"]),
            source=source,
        ),
        "heat map": plot_co_mention_heatmap(make_matrix(), source=source),
        "network": plot_co_mention_network(make_graph(8), source=source),
        "empty": empty_figure("Nothing to plot.", source=source),
    }


@pytest.fixture(autouse=True)
def default_palette():
    """Every test starts from, and leaves, the default palette."""
    with palette_context(None):
        yield


def axes_boxes(fig: Figure):
    """Window extents of every axes with its labels, ticks and legends."""
    renderer = fig.canvas.get_renderer()
    return [ax.get_tightbbox(renderer) for ax in fig.axes if ax.get_visible()]


# ------------------------------------------------------------------------------------------
# The source line
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(every_plot(None)))
def test_every_plot_carries_the_source_line_with_its_n_below_everything_else(name):
    fig = every_plot(SOURCE)[name]
    result = source_line(fig)
    assert result == "Source: test corpus · 1,234 articles · 2023-01 to 2023-06"
    (text,) = [text for text in fig.texts if text.get_text() == result]
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig).draw()
    line_box = text.get_window_extent()
    assert line_box.x0 >= 0 and line_box.y0 >= 0
    # Nothing drawn in axes (labels, ticks, legends, event keys) reaches down to the line.
    for box in axes_boxes(fig):
        assert box.y0 >= line_box.y1 - 0.5, name


@pytest.mark.parametrize("name", list(every_plot(None)))
def test_without_a_source_no_line_is_written(name):
    assert source_line(every_plot(None)[name]) is None


def test_stamping_twice_keeps_one_line_and_makes_room_once():
    fig = plot_top_actors(make_counts(), source="Source: first")
    rect = fig.get_layout_engine().get()["rect"]
    stamp_source(fig, "Source: second")
    assert source_line(fig) == "Source: second"
    assert [text.get_text() for text in fig.texts].count("Source: second") == 1
    assert fig.get_layout_engine().get()["rect"] == pytest.approx(rect)


def test_a_figure_without_layout_gets_the_line_under_its_content():
    fig = Figure(figsize=(4, 3))
    ax = fig.subplots()
    ax.set_xlabel("Months")
    stamp_source(fig, "Source: x")
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig).draw()
    (text,) = [text for text in fig.texts if text.get_text() == "Source: x"]
    assert text.get_window_extent().y1 <= ax.get_tightbbox().y0


def test_a_long_source_line_is_broken_to_fit_a_narrow_figure():
    source = Source("a corpus with a rather long label", 123456, "2001-01", "2024-12", "abcdef")
    fig = plot_top_actors(make_counts(), width=3.0, source=source)
    result = source_line(fig)
    assert "\n" in result
    assert result.replace("\n", " · ") == source.line()


# ------------------------------------------------------------------------------------------
# Each period's base: the strip of articles, Wilson intervals, rolling windows
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("successes", "n", "expected_low", "expected_high"),
    [
        (1, 5, 0.0362, 0.6245),
        (0, 10, 0.0, 0.2775),
        (10, 10, 0.7225, 1.0),
        (50, 100, 0.4038, 0.5962),
    ],
)
def test_wilson_interval_against_known_values(successes, n, expected_low, expected_high):
    low, high = wilson_interval(successes, n)
    assert low[0] == pytest.approx(expected_low, abs=1e-4)
    assert high[0] == pytest.approx(expected_high, abs=1e-4)


def test_wilson_interval_is_unknown_without_articles():
    low, high = wilson_interval(pd.array([0, 1], dtype="Int64"), pd.array([0, pd.NA], "Int64"))
    assert np.isnan(low).all() and np.isnan(high).all()


def test_wilson_interval_of_none_of_many_starts_at_zero_exactly():
    low, high = wilson_interval(0, 495)
    assert low[0] == 0.0 and high[0] > 0


@given(st.integers(0, 500), st.integers(1, 500))
def test_wilson_interval_holds_the_share_and_stays_within_0_and_1(successes, extra):
    n = successes + extra
    low, high = wilson_interval(successes, n)
    assert 0 <= low[0] <= successes / n <= high[0] <= 1


def test_timelines_carry_the_interval_of_each_share():
    result = make_timeline(actors=("PRK",))
    low, high = wilson_interval(result["articles_mentioning"], result["n_articles"])
    np.testing.assert_allclose(result["share_of_articles_low"], low)
    np.testing.assert_allclose(result["share_of_articles_high"], high)
    gap = result["n_articles"] == 0
    assert gap.any()
    assert result.loc[gap, ["share_of_articles_low", "share_of_articles_high"]].isna().all().all()
    inside = ~gap
    assert (
        result.loc[inside, "share_of_articles_low"] <= result.loc[inside, "share_of_articles"]
    ).all()


def test_centred_and_trailing_windows_pool_the_articles():
    table = pd.DataFrame(
        {
            "actor_id": ["PRK"] * 4,
            "mentions": [1, 2, 3, 4],
            "articles_mentioning": [1, 2, 3, 4],
            "n_articles": [2, 4, 6, 8],
            "n_words": [10, 10, 10, 10],
            "gap": [False] * 4,
        }
    )
    centred = rolling_columns(table, "share_of_articles", 3, center=True)
    trailing = rolling_columns(table, "share_of_articles", 3)
    # Month 2 centred: (1 + 2 + 3) / (2 + 4 + 6); trailing: month 1 and 2 only.
    assert centred["share_of_articles_rolling"].iloc[1] == pytest.approx(6 / 12)
    assert trailing["share_of_articles_rolling"].iloc[1] == pytest.approx(3 / 6)
    low, high = wilson_interval(6, 12)
    assert centred["share_of_articles_rolling_low"].iloc[1] == pytest.approx(low[0])
    assert centred["share_of_articles_rolling_high"].iloc[1] == pytest.approx(high[0])


def test_a_timeline_draws_the_articles_of_each_period_under_its_lines():
    timeline = make_timeline()
    fig = plot_timeline(timeline)
    main, strip = fig.axes
    assert strip.get_ylabel() == "Articles"
    assert main.get_shared_x_axes().joined(main, strip)
    heights = sorted(round(bar.get_height()) for bars in strip.containers for bar in bars)
    assert heights == [0, 3, 5, 6, 7, 8]


def test_share_timelines_draw_interval_bands_or_whiskers():
    alone = plot_timeline(make_timeline(actors=("PRK",)))
    bands = [c for c in alone.axes[0].collections if isinstance(c, PolyCollection)]
    assert len(bands) == 1
    together = plot_timeline(make_timeline())
    whiskers = [c for c in together.axes[0].collections if isinstance(c, LineCollection)]
    assert len(whiskers) == 3
    legend = [text.get_text() for text in together.axes[0].get_legend().get_texts()]
    assert "95% interval (Wilson)" in legend
    counts = plot_timeline(make_timeline(actors=("PRK",), measure="mentions"))
    assert not [c for c in counts.axes[0].collections if isinstance(c, PolyCollection)]


def test_rolling_draws_a_centred_window_and_says_so():
    fig = plot_timeline(make_timeline(actors=("PRK",)), rolling=3)
    assert fig.axes[0].get_ylabel() == "Share of articles\n(centred 3-month window)"
    (line,) = [line for line in fig.axes[0].get_lines() if line.get_gid() == "PRK"]
    expected = rolling_columns(make_timeline(actors=("PRK",)), "share_of_articles", 3, center=True)
    np.testing.assert_allclose(line.get_ydata(), expected["share_of_articles_rolling"])


@pytest.mark.parametrize("plot", ["timeline", "small multiples", "top actors"])
def test_share_axes_are_in_percent(plot):
    fig = {
        "timeline": lambda: plot_timeline(make_timeline()),
        "small multiples": lambda: plot_timeline(make_timeline(), small_multiples=True),
        "top actors": lambda: plot_top_actors(make_counts(), measure="share_of_articles"),
    }[plot]()
    fig.draw_without_rendering()
    ax = fig.axes[0]
    axis = ax.xaxis if plot == "top actors" else ax.yaxis
    labels = [label.get_text() for label in axis.get_ticklabels() if label.get_text()]
    assert labels and all(label.endswith("%") for label in labels)


def test_labels_come_from_the_measure_table_even_without_attrs():
    timeline = make_timeline(actors=("PRK",))
    timeline.attrs = {}
    fig = plot_timeline(timeline, measure="share_of_articles")
    assert fig.axes[0].get_ylabel() == "Share of articles"
    legend = [text.get_text() for text in fig.axes[0].get_legend().get_texts()]
    assert f"Fewer than {MIN_ARTICLES} articles" in legend
    assert "Few articles" not in legend


# ------------------------------------------------------------------------------------------
# Colours, line styles and markers
# ------------------------------------------------------------------------------------------


def test_palette_colours_pinned_then_prominent_actors_and_greys_the_rest():
    ranked = ["FRA", "USA", "DEU", "GBR", "ITA", "ESP", "BEL", "CHE", "NLD", "POL", "PRK"]
    palette = palette_for(ranked)
    assert len(palette.colors) == len(ACTOR_COLORS)
    # North Korea ranks last but is always coloured, in its pinned colour.
    assert palette.color("PRK") == MAIN_ACTOR_COLORS["PRK"]
    assert palette.color("USA") == MAIN_ACTOR_COLORS["USA"]
    assert len(set(palette.colors.values())) == len(palette.colors)
    assert palette.color("POL") == OTHER_COLOR
    assert palette.color("USA+PRK") == palette.color("USA")


def test_use_palette_sets_what_actor_color_reads_and_a_manifest_round_trips():
    palette = palette_for(["FRA", "DEU"])
    previous = use_palette(palette)
    try:
        assert current_palette() is palette
        assert actor_color("FRA") == palette.colors["FRA"]
        written = palette.as_dict()
        assert Palette.from_dict(written) == palette
        use_palette(written)
        assert actor_color("DEU") == palette.colors["DEU"]
    finally:
        use_palette(previous)
    assert actor_color("FRA") == OTHER_COLOR


def test_an_actor_keeps_its_colour_across_figures_of_one_palette():
    with palette_context(palette_for(["FRA", "RUS", "PRK"])):
        bars = plot_top_actors(make_counts())
        timeline = make_timeline(actors=("FRA", "RUS"))
        lines = plot_timeline(timeline)
        network = plot_co_mention_network(co_mention_graph(pair_table()), min_weight=0)
        bar_colours = {
            label.get_text(): mcolors.to_hex(bar.get_facecolor())
            for label, bar in zip(bars.axes[0].get_yticklabels(), bars.axes[0].patches, strict=True)
        }
        line_colours = {
            line.get_gid(): mcolors.to_hex(line.get_color())
            for line in lines.axes[0].get_lines()
            if line.get_gid()
        }
        nodes = network.axes[0].collections[-1]
        node_colours = dict(
            zip(
                [t.get_text() for t in network.axes[0].texts if t.get_gid() == "node-label"],
                [mcolors.to_hex(colour) for colour in nodes.get_facecolors()],
                strict=True,
            )
        )
    assert bar_colours["France"] == line_colours["FRA"] == node_colours["France"]
    assert bar_colours["Russia"] == line_colours["RUS"] == node_colours["Russia"]
    assert bar_colours["France"] != bar_colours["Russia"]


NOTES = {"95% interval (Wilson)", f"Fewer than {MIN_ARTICLES} articles", "No articles"}


def series_looks(fig: Figure) -> list[tuple[str, str, str]]:
    legend = fig.axes[0].get_legend()
    return [
        (mcolors.to_hex(handle.get_color()), handle.get_linestyle(), handle.get_marker())
        for handle, text in zip(legend.legend_handles, legend.get_texts(), strict=True)
        if text.get_text() not in NOTES
    ]


@pytest.mark.parametrize(
    "actors",
    [
        ("RUS", "RUS-without-demonym"),  # one colour for both
        ("kim-jong-un", "vladimir-putin", "joe-biden"),  # three actors in the grey of others
        ("PRK", "USA"),
    ],
)
def test_no_two_series_of_a_figure_look_alike(actors):
    timeline = make_timeline(actors=actors)
    fig = plot_timeline(timeline)
    looks = series_looks(fig)
    assert len(looks) == len(actors)
    assert len(set(looks)) == len(looks)
    lines = {line.get_gid(): line for line in fig.axes[0].get_lines() if line.get_gid()}
    drawn = [(mcolors.to_hex(line.get_color()), line.get_linestyle()) for line in lines.values()]
    assert len(set(drawn)) == len(drawn)  # the line style alone already differs


@given(st.integers(1, 32))
def test_series_styles_stay_distinct_even_in_one_colour(n_series):
    styles = series_styles([f"person-{index}" for index in range(n_series)])
    looks = {(style.color, style.linestyle, style.marker) for style in styles.values()}
    assert len(looks) == n_series


def test_more_than_four_series_become_small_multiples():
    actors = ("PRK", "RUS", "USA", "CHN", "JPN")
    fig = plot_timeline(make_timeline(actors=actors))
    panels = [ax for ax in fig.axes if ax.get_ylabel() != "Articles"]
    assert len(panels) == len(actors)
    assert all(panels[0].get_shared_y_axes().joined(panels[0], panel) for panel in panels)
    four = plot_timeline(make_timeline(actors=actors[:4]))
    assert len(four.axes) == 2


# ------------------------------------------------------------------------------------------
# Events
# ------------------------------------------------------------------------------------------


def make_events(n: int) -> pd.DataFrame:
    dates = pd.date_range("2023-01-03", periods=n, freq="3D")
    return pd.DataFrame(
        {
            "date": dates,
            "date_precision": "day",
            "label": [f"Event {index}" for index in range(n)],
            "actors": [["PRK"] if index % 3 == 0 else ["FRA"] for index in range(n)],
        }
    )


def event_key(fig: Figure):
    (key,) = [
        ax.get_legend()
        for ax in fig.axes
        if ax.get_legend() and ax.get_legend().get_gid() == "event-key"
    ]
    return key


def test_at_most_ten_events_are_numbered_the_rest_are_ticks_and_the_key_says_so():
    events = make_events(30)  # 2023-01-03 to 2023-04-01
    fig = plot_timeline(make_timeline(actors=("PRK",)), events=events)
    key = event_key(fig)
    labels = [text.get_text() for text in key.get_texts()]
    # March 2023 holds no article: its events (from the 19th on) are not drawn at all.
    shown = int((events["date"] < "2023-03-01").sum())
    assert shown == 19
    # Events of the actor drawn come first (every third one), then the earliest others.
    numbered = sorted(int(re.search(r"Event (\d+)", label)[1]) for label in labels)
    assert numbered == [0, 1, 2, 3, 4, 6, 9, 12, 15, 18]
    assert key.get_title().get_text() == (
        f"Events: 10 of {shown} in these months numbered; the other {shown - 10} are ticks at "
        "the top"
    )
    (ticks,) = [line for line in fig.axes[0].get_lines() if line.get_gid() == "event-ticks"]
    assert len(ticks.get_xdata()) == shown - 10


def test_events_outside_the_months_of_the_source_are_left_out():
    timeline = make_timeline(actors=("PRK",), unit="Q")
    events = pd.DataFrame(
        {
            "date": pd.to_datetime(["2023-02-01", "2023-06-20", "2023-07-15"]),
            "label": ["In", "In the last month", "After the last article"],
        }
    )
    source = Source("x", 29, "2023-01", "2023-05")
    fig = plot_timeline(timeline, events=events, source=source)
    labels = [text.get_text() for text in event_key(fig).get_texts()]
    assert [label.split("  ")[-1] for label in labels] == ["In"]


# ------------------------------------------------------------------------------------------
# Co-mentions: heat map, associations, network
# ------------------------------------------------------------------------------------------


def pair_table() -> pd.DataFrame:
    articles = make_articles()
    return co_mentions(
        make_mentions(articles, ("FRA", "RUS", "PRK")), articles, unit="sentence", level="country"
    )


def test_heat_map_drops_actors_never_mentioned_with_another_and_names_the_level():
    fig = plot_co_mention_heatmap(make_matrix(), level="country")
    ax = fig.axes[0]
    assert [label.get_text() for label in ax.get_yticklabels()] == ["PRK", "RUS", "KOR"]
    assert [label.get_text() for label in ax.get_xticklabels()] == ["PRK", "RUS", "KOR"]
    assert ax.get_title(loc="left") == "Countries mentioned in the same sentence"
    assert ax.get_xlabel() == "Left out: 1 of 4 countries, never mentioned with another"


def test_heat_map_reads_level_and_unit_from_the_co_mentions():
    matrix = co_mention_matrix(pair_table())
    fig = plot_co_mention_heatmap(matrix)
    assert fig.axes[0].get_title(loc="left") == "Countries mentioned in the same sentence"
    organisations = matrix.copy()
    organisations.attrs = {"level": "organisation", "unit": "article"}
    result = plot_co_mention_heatmap(organisations).axes[0].get_title(loc="left")
    assert result == "Organisations mentioned in the same article"


def test_co_mentions_carry_the_bases_of_their_associations():
    result = pair_table().set_index(["source", "target"])
    # FRA is in all 29 sentences, RUS in every other one (15), PRK in every third (10).
    row = result.loc[("FRA", "RUS")]
    assert (row["n"], row["n_source"], row["n_target"], row["n_units"]) == (15, 29, 15, 29)
    jaccard, pmi = association(15, 29, 15, 29)
    assert row["jaccard"] == pytest.approx(jaccard[0]) == pytest.approx(15 / 29)
    assert row["pmi"] == pytest.approx(pmi[0]) == pytest.approx(0.0)
    both = result.loc[("PRK", "RUS")]
    assert both["n"] == 5  # sentences 0, 6, 12, 18, 24
    assert both["pmi"] == pytest.approx(np.log2(5 * 29 / (10 * 15)))


def test_network_keeps_the_top_actors_and_the_edges_over_the_threshold():
    graph = make_graph(40)
    fig = plot_co_mention_network(graph, top=10, min_weight=12, max_edges=None)
    labels = {text.get_text() for text in fig.axes[0].texts if text.get_gid() == "node-label"}
    # The ten most mentioned are A00..A09; pairs among them weigh first + second <= 17.
    assert labels <= {f"Actor {index}" for index in range(10)}
    (edges,) = [c for c in fig.axes[0].collections if isinstance(c, LineCollection)]
    expected = sum(1 for a in range(10) for b in range(a + 1, 10) if a + b >= 12)
    assert len(edges.get_segments()) == expected
    capped = plot_co_mention_network(graph, top=10, max_edges=5)
    (edges,) = [c for c in capped.axes[0].collections if isinstance(c, LineCollection)]
    assert len(edges.get_segments()) == 5


@pytest.mark.parametrize("association_name", ["jaccard", "pmi"])
def test_network_can_weigh_edges_by_an_association(association_name):
    graph = make_graph(12)
    fig = plot_co_mention_network(graph, association=association_name, top=6, max_edges=3)
    (edges,) = [c for c in fig.axes[0].collections if isinstance(c, LineCollection)]
    # The strongest associations are the pairs of the least summed indexes, hence the widest.
    widths = edges.get_linewidths()
    assert len(edges.get_segments()) == 3
    assert widths[0] == max(widths)
    subtitle = [
        text.get_text() for text in fig.axes[0].texts if "strongest links" in text.get_text()
    ]
    assert subtitle and ("Jaccard" in subtitle[0] or "mutual information" in subtitle[0])


def test_network_labels_do_not_overlap_on_a_crowded_graph():
    fig = plot_co_mention_network(make_graph(40), top=30, max_edges=90)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig).draw()
    boxes = [
        text.get_window_extent() for text in fig.axes[0].texts if text.get_gid() == "node-label"
    ]
    assert len(boxes) >= 15  # the actors of the 90 strongest links
    overlapping = [
        (first, second)
        for index, first in enumerate(boxes)
        for second in boxes[index + 1 :]
        if first.overlaps(second)
    ]
    assert overlapping == []
