"""Tests of analysis.figures: colours, style, safe names and reproducible exports."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import matplotlib as mpl
import matplotlib.colors as mcolors
import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from matplotlib.figure import Figure
from matplotlib.image import imread

from analysis import config
from analysis.figures import (
    MAIN_ACTOR_COLORS,
    MAX_NAME_LENGTH,
    PALETTE,
    actor_color,
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
def test_other_actors_get_a_palette_colour_that_does_not_change(actor_id):
    result = actor_color(actor_id)
    assert result in PALETTE
    assert actor_color(actor_id) == result


def test_hashed_colours_are_the_same_in_another_process():
    # The built-in hash() of a string changes with each process; the colour must not.
    code = "from analysis.figures import actor_color; print(actor_color('kim-jong-un'))"
    environment = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(config.ROOT)}
    output = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=config.ROOT,
        env=environment,
    )
    assert output.stdout.strip() == actor_color("kim-jong-un")


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
