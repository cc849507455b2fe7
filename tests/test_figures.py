"""Tests of analysis.figures: colours, style, safe names, reproducible exports and the plots
of counts and co-mentions (the timeline plots are tested with their tables in test_timeline)."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import tomllib

import matplotlib as mpl
import matplotlib.colors as mcolors
import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from matplotlib.figure import Figure
from matplotlib.image import imread

import analysis.counts
import analysis.timeline
from analysis import config
from analysis.figures import (
    ACTOR_COLORS,
    MAIN_ACTOR_COLORS,
    MAX_NAME_LENGTH,
    NEUTRAL_GREY,
    OTHER_COLOR,
    PALETTE,
    STYLE_FILE,
    actor_color,
    plot_co_mention_heatmap,
    plot_co_mention_network,
    plot_kind_breakdown,
    plot_top_actors,
    safe_name,
    save_figure,
    save_table,
    style_context,
    use_style,
)

MAIN_ACTORS = ["PRK", "KOR", "USA", "RUS", "CHN", "JPN", "UKR", "UN", "EU", "NATO"]


def make_figure() -> Figure:
    """The same small figure every time, with accents and a legend to exercise text output."""
    with style_context():
        fig = Figure()
        ax = fig.subplots()
        ax.plot([1, 2, 3], [0.5, 2.25, 1.0], color=actor_color("PRK"), label="Corée du Nord")
        ax.plot([1, 2, 3], [1.0, 1.5, 3.0], color=actor_color("RUS"), label="Russie")
        ax.set_title("Mentions — juillet")
        ax.legend()
    return fig


def make_data() -> pd.DataFrame:
    return pd.DataFrame(
        {"PRK": [0.5, 2.25, 1 / 3], "RUS": [1.0, 1.5, 0.1 + 0.2]},
        index=pd.period_range("2023-01", periods=3, freq="M", name="period"),
    )


# ------------------------------------------------------------------------------------------
# actor_color and the palette
# ------------------------------------------------------------------------------------------


def test_main_actors_have_distinct_fixed_colours():
    colours = [actor_color(actor_id) for actor_id in MAIN_ACTORS]
    assert len(set(colours)) == len(MAIN_ACTORS)
    assert set(MAIN_ACTOR_COLORS) == set(MAIN_ACTORS)
    assert actor_color("PRK") == "#882255"
    assert actor_color("KOR") == "#332288"


@pytest.mark.parametrize("actor_id", ["kim-jong-un", "vladimir-putin", "IAEA", "ASEAN", "x"])
def test_actors_outside_the_palette_are_the_grey_of_others(actor_id):
    assert actor_color(actor_id) == OTHER_COLOR


PALETTE_IN_A_NEW_PROCESS = """
import json, warnings
warnings.simplefilter("ignore")
from analysis import load_corpus
from analysis.figures import palette_of_corpus
from analysis.mentions import find_mentions
articles = load_corpus("data/sample")
print(json.dumps(palette_of_corpus(find_mentions(articles), articles).as_dict()))
"""


@pytest.mark.integration
def test_the_palette_of_a_corpus_is_the_same_in_every_process():
    # The notebooks of a run are separate processes, each with its own salt for hash().
    outputs = []
    for seed in ["1", "2"]:
        environment = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(config.ROOT)}
        result = subprocess.run(
            [sys.executable, "-c", PALETTE_IN_A_NEW_PROCESS],
            capture_output=True,
            text=True,
            check=True,
            cwd=config.ROOT,
            env=environment,
        )
        outputs.append(json.loads(result.stdout.strip().splitlines()[-1]))
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) == len(ACTOR_COLORS) + 1  # the coloured actors and "other"
    assert outputs[0]["PRK"] == MAIN_ACTOR_COLORS["PRK"]


def test_palette_entries_are_valid_distinct_colours():
    assert len(set(PALETTE)) == len(PALETTE) == 9
    assert all(re.fullmatch(r"#[0-9A-F]{6}", colour) for colour in PALETTE)
    assert all(mcolors.is_color_like(colour) for colour in MAIN_ACTOR_COLORS.values())


# ------------------------------------------------------------------------------------------
# Style
# ------------------------------------------------------------------------------------------


def test_use_style_applies_the_house_style():
    with mpl.rc_context():
        use_style()
        assert mpl.rcParams["axes.spines.top"] is False
        assert mpl.rcParams["axes.spines.right"] is False
        assert mpl.rcParams["axes.grid"] is True
        assert mpl.rcParams["savefig.dpi"] == 300
        assert mpl.rcParams["font.size"] == 11
        cycle = [
            mcolors.to_hex(c).upper() for c in mpl.rcParams["axes.prop_cycle"].by_key()["color"]
        ]
        assert cycle == list(PALETTE)


def test_style_context_restores_previous_settings():
    with mpl.rc_context({"axes.spines.top": True}):
        with style_context():
            assert mpl.rcParams["axes.spines.top"] is False
        assert mpl.rcParams["axes.spines.top"] is True


def test_the_style_file_ships_with_the_package():
    pyproject = tomllib.loads((config.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["analysis"]
    package = config.ROOT / "analysis"
    shipped = {path for pattern in patterns for path in package.glob(pattern)}
    assert STYLE_FILE.is_file()
    assert STYLE_FILE in shipped


# ------------------------------------------------------------------------------------------
# safe_name
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Timeline PRK", "timeline-prk"),
        ("Corée du Nord / Russie", "coree-du-nord-russie"),
        ("../../etc/x", "etc-x"),
        ("..\\..\\windows\\system32", "windows-system32"),
        ("a..b", "a-b"),
        ("  spaced   out  ", "spaced-out"),
        ("sœur_œuvre", "soeur_oeuvre"),
        ("01_overview.ipynb", "01_overview-ipynb"),
        ("CON", "con_"),
    ],
)
def test_safe_name_cleans(text, expected):
    assert safe_name(text) == expected


@pytest.mark.parametrize("text", ["", "..", "../..", "///", "???", "北朝鮮", " - _ "])
def test_safe_name_rejects_names_that_end_up_empty(text):
    with pytest.raises(ValueError, match="empty file name"):
        safe_name(text)


def test_safe_name_bounds_length_and_keeps_long_names_distinct():
    first = safe_name("x" * 200 + "first")
    second = safe_name("x" * 200 + "second")
    assert len(first) == len(second) == MAX_NAME_LENGTH
    assert first != second


@given(st.text(max_size=300))
def test_safe_name_output_is_always_a_plain_bounded_name(text):
    try:
        result = safe_name(text)
    except ValueError:
        return
    assert re.fullmatch(r"[a-z0-9][a-z0-9_-]*", result)
    assert len(result) <= MAX_NAME_LENGTH
    assert ".." not in result


# ------------------------------------------------------------------------------------------
# save_figure and save_table
# ------------------------------------------------------------------------------------------


def test_save_figure_writes_every_format_data_and_record(tmp_path):
    paths = save_figure(
        make_figure(),
        "Timeline PRK",
        notebook="02 Timelines",
        data=make_data(),
        out_dir=tmp_path,
        caption="Mentions of North Korea and Russia.",
    )
    folder = tmp_path / "02-timelines"
    expected = {key: folder / f"timeline-prk.{key}" for key in ["png", "svg", "pdf", "csv", "json"]}
    assert paths == expected
    assert paths["png"].read_bytes().startswith(b"\x89PNG")
    assert paths["svg"].read_text(encoding="utf-8").startswith("<?xml")
    assert paths["pdf"].read_bytes().startswith(b"%PDF")
    record = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert record == {
        "name": "timeline-prk",
        "notebook": "02-timelines",
        "caption": "Mentions of North Korea and Russia.",
        "files": {
            "png": "timeline-prk.png",
            "svg": "timeline-prk.svg",
            "pdf": "timeline-prk.pdf",
            "csv": "timeline-prk.csv",
        },
    }
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        path.name for path in paths.values()
    )


def test_png_is_written_at_300_dpi(tmp_path):
    fig = make_figure()
    paths = save_figure(fig, "dpi", notebook="nb", out_dir=tmp_path, formats=["png"])
    height, width = imread(paths["png"]).shape[:2]
    # bbox_inches="tight" trims the margins, so the image is at most the full figure at 300 dpi.
    full_width, full_height = fig.get_size_inches() * 300
    assert 0.7 * full_width < width <= full_width
    assert 0.7 * full_height < height <= full_height


def test_rerun_gives_identical_bytes(tmp_path):
    first = save_figure(make_figure(), "f", notebook="nb", data=make_data(), out_dir=tmp_path / "1")
    second = save_figure(
        make_figure(), "f", notebook="nb", data=make_data(), out_dir=tmp_path / "2"
    )
    for key in ["svg", "pdf", "png", "csv", "json"]:
        assert first[key].read_bytes() == second[key].read_bytes(), key


SAVE_IN_A_NEW_PROCESS = """
import sys
import pandas as pd
from matplotlib.figure import Figure
from analysis.figures import actor_color, save_figure, style_context
with style_context():
    fig = Figure()
    ax = fig.subplots()
    ax.plot([1, 2, 3], [0.5, 2.25, 1.0], color=actor_color("kim-jong-un"), label="Corée — œ")
    ax.set_title("Mentions — juillet")
    ax.legend()
save_figure(fig, "f", notebook="nb", out_dir=sys.argv[1], data=pd.DataFrame({"a": [1 / 3]}))
"""


@pytest.mark.integration
def test_a_new_process_rewrites_identical_files(tmp_path):
    # A rerun of a notebook is a new process, with a new salt for the hash of strings.
    for seed in ["1", "2"]:
        subprocess.run(
            [sys.executable, "-c", SAVE_IN_A_NEW_PROCESS, str(tmp_path / seed)],
            check=True,
            cwd=config.ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(config.ROOT)},
        )
    first = sorted((tmp_path / "1" / "nb").iterdir())
    second = sorted((tmp_path / "2" / "nb").iterdir())
    assert [path.name for path in first] == ["f.csv", "f.json", "f.pdf", "f.png", "f.svg"]
    assert [path.name for path in second] == [path.name for path in first]
    for one, other in zip(first, second, strict=True):
        assert one.read_bytes() == other.read_bytes(), one.name


def test_exports_hold_no_date_or_software_version(tmp_path):
    paths = save_figure(make_figure(), "f", notebook="nb", out_dir=tmp_path)
    svg = paths["svg"].read_text(encoding="utf-8")
    pdf = paths["pdf"].read_bytes()
    assert "<dc:date>" not in svg
    assert mpl.__version__ not in svg
    assert b"CreationDate" not in pdf
    assert mpl.__version__.encode() not in pdf
    assert b"Software" not in paths["png"].read_bytes()


def test_saved_csv_has_index_and_fixed_float_format(tmp_path):
    paths = save_figure(make_figure(), "f", notebook="nb", data=make_data(), out_dir=tmp_path)
    assert paths["csv"].read_text(encoding="utf-8") == (
        "period,PRK,RUS\n2023-01,0.5,1\n2023-02,2.25,1.5\n2023-03,0.3333333333,0.3\n"
    )


@pytest.mark.parametrize(
    ("name", "notebook"),
    [
        ("../../etc/x", "nb"),
        ("x", "../../outside"),
        ("/absolute/name", "/absolute/folder"),
        ("..\\..\\x", "C:\\Windows"),
    ],
)
def test_names_cannot_escape_the_output_folder(tmp_path, name, notebook):
    out_dir = tmp_path / "figures"
    paths = save_figure(make_figure(), name, notebook=notebook, out_dir=out_dir, formats=["svg"])
    for path in paths.values():
        assert path.resolve().is_relative_to(out_dir.resolve())
    assert sorted(path.name for path in tmp_path.iterdir()) == ["figures"]


def test_save_figure_refuses_empty_names(tmp_path):
    with pytest.raises(ValueError, match="empty file name"):
        save_figure(make_figure(), "../..", notebook="nb", out_dir=tmp_path)


def test_unknown_format_is_rejected(tmp_path):
    with pytest.raises(ValueError, match=r"Unsupported figure format\(s\) \['jpeg'\]"):
        save_figure(make_figure(), "f", notebook="nb", out_dir=tmp_path, formats=["svg", "jpeg"])


def test_default_folders_come_from_the_reports_setting(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYSIS_REPORTS", str(tmp_path))
    figure_paths = save_figure(make_figure(), "f", notebook="nb", formats=["svg"])
    table_path = save_table(make_data(), "t", notebook="nb")
    assert figure_paths["svg"] == tmp_path / "figures" / "nb" / "f.svg"
    assert table_path == tmp_path / "tables" / "nb" / "t.csv"


@pytest.mark.parametrize(
    ("table", "expected_text"),
    [
        (
            pd.DataFrame({"actor": ["PRK", "RUS"], "share": [2 / 3, 0.25]}),
            "actor,share\nPRK,0.6666666667\nRUS,0.25\n",
        ),
        (
            pd.DataFrame({"n": [3]}, index=pd.Index(["PRK"], name="actor_id")),
            "actor_id,n\nPRK,3\n",
        ),
        (pd.Series([1.5, np.nan], name="value"), 'value\n1.5\n""\n'),
    ],
)
def test_save_table_writes_deterministic_csv(tmp_path, table, expected_text):
    path = save_table(table, "My Table", notebook="03 Tables", out_dir=tmp_path)
    assert path == tmp_path / "03-tables" / "my-table.csv"
    assert path.read_text(encoding="utf-8") == expected_text
    assert save_table(table, "My Table", notebook="03 Tables", out_dir=tmp_path).read_bytes() == (
        expected_text.encode("utf-8")
    )


# ------------------------------------------------------------------------------------------
# Plots of counts and co-mentions
# ------------------------------------------------------------------------------------------


def make_counts() -> pd.DataFrame:
    """A count_mentions-like table, deliberately not sorted by any measure."""
    return pd.DataFrame(
        {
            "actor_id": ["RUS", "PRK", "kim-jong-un", "KOR"],
            "actor_name": ["Russia", "North Korea", None, "South Korea"],
            "mentions": [5, 9, 2, 5],
            "per_1k_words": [1.0, 1.8, 0.4, 1.0],
            "share_of_articles": [0.5, 0.75, 0.25, 0.5],
            "n_articles": [4, 4, 4, 4],
        }
    )


def bar_labels(fig: Figure) -> list[str]:
    return [label.get_text() for label in fig.axes[0].get_yticklabels()]


def test_top_actors_are_drawn_highest_on_top_in_their_colours():
    fig = plot_top_actors(make_counts(), top=3)
    ax = fig.axes[0]
    # barh draws bottom up: the highest bar comes last; ties keep the table's order.
    assert bar_labels(fig) == ["South Korea", "Russia", "North Korea"]
    assert [bar.get_width() for bar in ax.patches] == [5, 5, 9]
    assert [mcolors.to_hex(bar.get_facecolor()) for bar in ax.patches] == [
        actor_color(actor_id).lower() for actor_id in ["KOR", "RUS", "PRK"]
    ]
    assert ax.get_xlabel() == "Mentions"
    assert ax.get_title(loc="left") == "Most mentioned actors"


def test_top_actors_fall_back_to_the_id_and_note_the_base():
    fig = plot_top_actors(make_counts())
    assert bar_labels(fig)[0] == "kim-jong-un"
    notes = [text.get_text() for text in fig.axes[0].texts]
    assert notes == ["Base: 4 articles"]
    assert mcolors.to_hex(fig.axes[0].texts[0].get_color()) == NEUTRAL_GREY.lower()
    assert len(plot_top_actors(make_counts(), show_base=False).axes[0].texts) == 0


def test_top_actors_show_shares_as_percentages():
    fig = plot_top_actors(make_counts(), measure="share_of_articles")
    ax = fig.axes[0]
    fig.draw_without_rendering()
    assert ax.get_xlabel() == "Share of articles"
    assert any(label.get_text().endswith("%") for label in ax.get_xticklabels())


def test_top_actors_size_follows_width_and_bar_height():
    default = plot_top_actors(make_counts())
    compact = plot_top_actors(make_counts(), width=4.6, bar_height=0.28, title="Top in view")
    assert default.get_size_inches().tolist() == pytest.approx([7.0, 1.2 + 4 * 0.32])
    assert compact.get_size_inches().tolist() == pytest.approx([4.6, 1.2 + 4 * 0.28])
    assert compact.axes[0].get_title(loc="left") == "Top in view"


def test_top_actors_of_nothing_say_so_and_a_missing_measure_is_named():
    fig = plot_top_actors(make_counts().iloc[:0], title="Top")
    assert fig.texts[-1].get_text().startswith("Nothing to plot")
    with pytest.raises(ValueError, match=r"lacks column\(s\) \['articles'\]"):
        plot_top_actors(make_counts(), measure="articles")


def test_kind_breakdown_stacks_the_kinds_of_each_actor():
    table = pd.DataFrame(
        {"name": [4, 1], "demonym": [2, 0], "capital": [1, 3]}, index=["RUS", "PRK"]
    )
    fig = plot_kind_breakdown(table, names={"RUS": "Russia"})
    ax = fig.axes[0]
    assert bar_labels(fig) == ["PRK", "Russia"]
    ends = {}
    for bar in ax.patches:
        ends[bar.get_y()] = max(ends.get(bar.get_y(), 0), bar.get_x() + bar.get_width())
    assert sorted(ends.values()) == [4, 7]
    assert [text.get_text() for text in ax.get_legend().get_texts()] == list(table.columns)
    empty = plot_kind_breakdown(table * 0)
    assert empty.texts[-1].get_text().startswith("Nothing to plot")


def make_matrix() -> pd.DataFrame:
    actors = ["PRK", "RUS", "KOR"]
    return pd.DataFrame([[0, 1200, 3], [1200, 0, 0], [3, 0, 0]], index=actors, columns=actors)


def test_heatmap_writes_the_counts_off_the_diagonal():
    fig = plot_co_mention_heatmap(make_matrix(), names={"PRK": "North Korea"})
    ax, colorbar = fig.axes
    assert sorted(text.get_text() for text in ax.texts) == ["1,200", "1,200", "3", "3"]
    strong = [text for text in ax.texts if text.get_text() == "1,200"]
    assert all(mcolors.to_hex(text.get_color()) == "#ffffff" for text in strong)
    assert [label.get_text() for label in ax.get_yticklabels()] == [
        "North Korea",
        "RUS",
        "KOR",
    ]
    assert ax.images[0].get_clim()[0] == 0
    assert colorbar.get_ylabel() == "Sentences mentioning both"
    assert ax.get_title(loc="left") == "Actors mentioned in the same sentence"


def test_heatmap_size_grows_with_the_actors_unless_given():
    grown = plot_co_mention_heatmap(make_matrix())
    fixed = plot_co_mention_heatmap(make_matrix(), figsize=(5.2, 4.4), unit="articles")
    size = 0.45 * 3 + 2.5
    assert grown.get_size_inches().tolist() == pytest.approx([size + 1, size])
    assert fixed.get_size_inches().tolist() == pytest.approx([5.2, 4.4])
    assert fixed.axes[1].get_ylabel() == "Articles mentioning both"
    assert fixed.axes[0].get_title(loc="left") == "Actors mentioned in the same article"


def test_heatmap_and_network_without_pairs_say_so():
    import networkx as nx

    assert (
        plot_co_mention_heatmap(make_matrix() * 0)
        .texts[-1]
        .get_text()
        .startswith("Nothing to plot")
    )
    graph = nx.Graph()
    graph.add_node("PRK")
    assert plot_co_mention_network(graph).texts[-1].get_text().startswith("Nothing to plot")


def test_network_nodes_take_the_actor_colours_and_the_same_layout_on_a_rerun():
    import networkx as nx

    graph = nx.Graph()
    graph.add_edge("PRK", "RUS", weight=3)
    graph.add_edge("PRK", "KOR", weight=1)
    nx.set_node_attributes(graph, {"PRK": "North Korea"}, "label")
    first, second = plot_co_mention_network(graph), plot_co_mention_network(graph)
    nodes = first.axes[0].collections[-1]
    assert [mcolors.to_hex(colour) for colour in nodes.get_facecolors()] == [
        actor_color(actor_id).lower() for actor_id in graph.nodes
    ]
    assert "North Korea" in [text.get_text() for text in first.axes[0].texts]
    assert np.array_equal(nodes.get_offsets(), second.axes[0].collections[-1].get_offsets())


# ------------------------------------------------------------------------------------------
# Where the plots live
# ------------------------------------------------------------------------------------------


def test_plots_come_from_analysis_figures_only():
    for module in (analysis.counts, analysis.timeline):
        plots = [name for name in vars(module) if name.startswith("plot_")]
        assert plots == [], f"{module.__name__} still offers {plots}"


@pytest.mark.parametrize("package", ["figures", "explore"])
def test_the_plot_and_explorer_packages_import_no_private_name(package):
    for path in sorted((config.ROOT / "analysis" / package).glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("analysis"):
                private = [alias.name for alias in node.names if alias.name.startswith("_")]
                assert not private, f"{path.name} imports {private} from {node.module}"


def test_svg_clip_paths_are_named_by_their_order(tmp_path):
    # matplotlib names clip paths by a digest of their rectangle's floats, whose last bits
    # can differ between runs of one layout: the export names them by order instead.
    figure = mpl.figure.Figure()
    for index in range(3):
        figure.add_subplot(3, 1, index + 1).plot([0, 1], [index, 0])
    svg = save_figure(figure, "clips", notebook="n", out_dir=tmp_path, formats=["svg"])["svg"]
    text = svg.read_text(encoding="utf-8")
    defined = re.findall(r'<clipPath id="([^"]+)"', text)
    used = set(re.findall(r'clip-path="url\(#([^)]+)\)"', text))
    assert defined == [f"clip{number}" for number in range(len(defined))]
    assert len(defined) >= 3
    assert used <= set(defined)
