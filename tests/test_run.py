"""`python -m analysis run`: notebooks execute, outputs are reproducible, failures are clear."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis import config
from analysis.run import NotebookFailed, notebooks, run_all

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def isolated_home(tmp_path_factory):
    """Jupyter, IPython and matplotlib write into $HOME: keep them in a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    patch = pytest.MonkeyPatch()
    patch.setenv("HOME", str(home))
    patch.setenv("MPLCONFIGDIR", str(home / "matplotlib"))
    patch.setenv("IPYTHONDIR", str(home / "ipython"))
    patch.setenv("ANALYSIS_CACHE_DIR", str(home / "cache"))
    yield home
    patch.undo()


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory, isolated_home):
    first = tmp_path_factory.mktemp("first") / "reports"
    second = tmp_path_factory.mktemp("second") / "reports"
    manifests = [run_all(out=out, echo=lambda *a, **k: None) for out in (first, second)]
    return first, second, manifests


def test_every_notebook_executes_and_exports(two_runs):
    first, _, manifest = two_runs[0], None, two_runs[2][0]
    executed = sorted(p.stem for p in (first / "notebooks").glob("*.ipynb"))
    assert executed == [p.stem for p in notebooks()]
    for notebook in executed:
        if notebook.startswith("04"):
            continue
        pngs = list((first / "figures" / notebook).glob("*.png"))
        assert pngs, f"{notebook} exported no figure"
        for png in pngs:
            for suffix in (".svg", ".pdf", ".csv", ".json"):
                assert png.with_suffix(suffix).exists(), f"{png.name}: no {suffix}"
    assert (first / "figures" / "01-inspect-corpus" / "articles-per-month.png").exists()
    listed = {entry["path"] for entry in manifest["outputs"]}
    on_disk = {
        p.relative_to(first).as_posix()
        for section in ("figures", "tables")
        for p in (first / section).rglob("*")
        if p.is_file()
    }
    assert listed == on_disk


def test_index_links_every_figure_with_its_caption(two_runs):
    first = two_runs[0]
    index = (first / "index.html").read_text(encoding="utf-8")
    for png in (first / "figures").rglob("*.png"):
        assert png.relative_to(first).as_posix() in index
        caption = json.loads(png.with_suffix(".json").read_text(encoding="utf-8"))["caption"]
        if caption:
            assert caption.replace("&", "&amp;").replace("'", "&#x27;") in index


def test_two_output_folders_give_identical_tables_figures_and_manifest(two_runs):
    first, second, (manifest_a, manifest_b) = two_runs
    assert manifest_a["outputs"] == manifest_b["outputs"]
    for key in ("corpus", "dictionary", "parameters", "versions", "notebooks"):
        assert manifest_a[key] == manifest_b[key]
    for entry in manifest_a["outputs"]:
        assert (first / entry["path"]).read_bytes() == (second / entry["path"]).read_bytes()
    written = json.loads((first / "manifest.json").read_text(encoding="utf-8"))
    assert written["outputs"] == manifest_a["outputs"]
    assert written["corpus"]["articles"] > 150


def test_an_empty_date_range_runs_with_a_message(tmp_path, isolated_home):
    out = tmp_path / "reports"
    run_all(
        out=out,
        start="2030-01",
        end="2030-12",
        only=["01", "02", "03", "05"],
        echo=lambda *a, **k: None,
    )
    executed = nbformat.read(out / "notebooks" / "02-count-actors.ipynb", as_version=4)
    text = json.dumps([cell.get("outputs", []) for cell in executed.cells])
    assert "No article falls in this month range" in text
    assert "Traceback" not in text
    relations = _outputs_read(out / "notebooks" / "05-relations.ipynb")
    assert "None of the 0 articles states a relation between two actors" in relations
    assert "No relation is stated, so there is no evidence to read" in relations
    assert "Traceback" not in relations


def test_a_failing_notebook_stops_the_run_naming_notebook_cell_and_error(tmp_path, isolated_home):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    book = nbformat.v4.new_notebook()
    parameters = nbformat.v4.new_code_cell("corpus = None\noutput_dir = None")
    parameters.metadata["tags"] = ["parameters"]
    book.cells = [
        nbformat.v4.new_markdown_cell("# Broken"),
        parameters,
        nbformat.v4.new_code_cell("total = 1 + 1"),
        nbformat.v4.new_code_cell("raise ValueError('the corpus has no month column')"),
    ]
    book.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    book.metadata["language_info"] = {"name": "python"}
    nbformat.write(book, folder / "01-broken.ipynb")
    (folder / "00-kernel.ipynb").write_text(nbformat.writes(_kernel_check(book)))
    with pytest.raises(NotebookFailed) as error:
        run_all(out=tmp_path / "out", notebook_folder=folder, echo=lambda *a, **k: None)
    message = str(error.value)
    assert "01-broken.ipynb" in message
    assert "raise ValueError" in message
    assert "ValueError: the corpus has no month column" in message
    # The notebook before it ran, with a kernel reached through a Unix socket.
    executed = nbformat.read(tmp_path / "out" / "notebooks" / "00-kernel.ipynb", as_version=4)
    assert executed.cells[-1].outputs[0]["text"].strip() == "ipc"


def test_a_kernel_slow_to_close_is_left_to_finish(tmp_path):
    # The kernel runs its exit handlers to the end instead of being terminated half-way
    # (which prints "KeyboardInterrupt caught in kernel" on a busy machine).
    from analysis.run import run_notebook

    marker = tmp_path / "closed"
    book = nbformat.v4.new_notebook()
    book.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    book.cells = [
        nbformat.v4.new_code_cell(
            "import atexit, pathlib, time\n"
            f"atexit.register(lambda: (time.sleep(4), pathlib.Path({str(marker)!r}).touch()))"
        )
    ]
    source = tmp_path / "slow.ipynb"
    nbformat.write(book, source)
    run_notebook(source, tmp_path / "out.ipynb", {})
    assert marker.exists()


def _kernel_check(book):
    """A notebook that prints how its kernel is reached (tcp or ipc)."""
    checking = nbformat.v4.new_notebook(metadata=book.metadata)
    parameters = nbformat.v4.new_code_cell("corpus = None\noutput_dir = None")
    parameters.metadata["tags"] = ["parameters"]
    checking.cells = [
        parameters,
        nbformat.v4.new_code_cell(
            "from ipykernel.kernelapp import IPKernelApp\nprint(IPKernelApp.instance().transport)"
        ),
    ]
    return checking


def test_command_line_rejects_a_bad_month(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "run", "--from", "2023-13", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=config.ROOT,
    )
    assert result.returncode == 2
    assert "YYYY-MM" in result.stderr
    assert not any(Path(tmp_path).iterdir())


def test_other_notebook_parameters_are_passed_to_the_notebooks_that_declare_them(
    tmp_path, isolated_home
):
    out = tmp_path / "reports"
    # Left by an earlier run: a table of notebook 02 that this run does not make, and a
    # figure of notebook 01, which this run does not execute.
    stale = out / "tables" / "02-count-actors" / "kwic-rus.csv"
    other = out / "figures" / "01-inspect-corpus" / "earlier.png"
    for path in (stale, other):
        path.parent.mkdir(parents=True)
        path.write_bytes(b"from an earlier run")
    manifest = run_all(
        out=out, only=["02", "03"], extra={"focus": "PRK", "countries": ["KOR", "PRK"]},
        echo=lambda *a, **k: None,
    )  # fmt: skip
    assert (out / "tables" / "02-count-actors" / "kwic-prk.csv").exists()
    assert not stale.exists()  # a notebook's outputs are replaced when it runs again
    # Outputs of notebooks not run stay on disk, but the manifest and the index claim
    # only this run's.
    assert other.exists()
    claimed = {entry["notebook"] for entry in manifest["outputs"]}
    assert claimed == {"02-count-actors", "03-plot-timelines"}
    assert "earlier.png" not in (out / "index.html").read_text(encoding="utf-8")
    timeline = pd.read_csv(out / "tables" / "03-plot-timelines" / "country-timeline.csv")
    assert set(timeline["actor_id"]) == {"KOR", "PRK"}
    pairs = pd.read_csv(out / "tables" / "03-plot-timelines" / "pair-timeline.csv")
    assert set(pairs["actor_id"]) == {"PRK+KOR"}
    assert manifest["parameters"]["focus"] == "PRK"


def test_unknown_or_standard_parameters_are_refused_before_anything_runs(tmp_path):
    with pytest.raises(ValueError, match=r"No notebook to run has a parameter 'foucs'.*focus"):
        run_all(out=tmp_path, extra={"foucs": "PRK"}, echo=lambda *a, **k: None)
    with pytest.raises(ValueError, match="its own option, --from"):
        run_all(out=tmp_path, extra={"start": "2023-01"}, echo=lambda *a, **k: None)
    assert not any(tmp_path.iterdir())


def test_the_run_says_how_many_files_were_not_loaded(tmp_path, isolated_home):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "001_a.txt").write_text(" date 2023-07 Photo : AFP\n\nMoscou a répondu.", "utf-8")
    (corpus / "notes.md").write_text("not an article", encoding="utf-8")
    folder = tmp_path / "notebooks"
    folder.mkdir()
    book = nbformat.v4.new_notebook()
    book.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    parameters = nbformat.v4.new_code_cell("corpus = None\noutput_dir = None")
    parameters.metadata["tags"] = ["parameters"]
    book.cells = [parameters]
    nbformat.write(book, folder / "01-empty.ipynb")
    said = []
    run_all(
        corpus=corpus,
        out=tmp_path / "out",
        notebook_folder=folder,
        echo=lambda *a, **k: said.append(" ".join(map(str, a))),
    )
    assert any("1 file(s) not loaded" in line for line in said), said


def test_every_figure_has_its_source_in_the_manifest_and_the_index(two_runs):
    first, _, (manifest, _) = two_runs
    pngs = {p.relative_to(first).as_posix() for p in (first / "figures").rglob("*.png")}
    assert {figure["path"] for figure in manifest["figures"]} == pngs
    assert manifest["source"]["label"] == "synthetic sample"
    assert manifest["settings"]["path"].endswith("corpus.yaml")
    index = (first / "index.html").read_text(encoding="utf-8")
    top = index.partition("<h2>")[0]
    assert manifest["source"]["line"] in top
    assert "synthetic sample" in top
    for figure in manifest["figures"]:
        source = figure["source"]
        assert source["label"] == "synthetic sample"
        assert source["n_articles"] == manifest["corpus"]["articles"]
        assert source["dictionary"] == manifest["dictionary"]["sha256"][:12]
        position = index.index(figure["path"])
        assert source["line"] in index[position : index.index("</figcaption>", position)]


def test_outlets_are_compared_in_notebook_02(two_runs):
    first = two_runs[0]
    coverage = pd.read_csv(first / "tables" / "02-count-actors" / "coverage-by-outlet.csv")
    assert "Yonhap" in set(coverage["outlet"])
    assert "YONHAP News" not in set(coverage["outlet"])
    assert (first / "figures" / "02-count-actors" / "coverage-by-outlet.png").exists()
    credits = pd.read_csv(first / "tables" / "01-inspect-corpus" / "credits.csv")
    assert set(credits.loc[credits["outlet"] == "Yonhap", "credit"]) == {"YONHAP News", "Yonhap"}


def _outputs_read(executed: Path) -> str:
    """The printed text and the Markdown shown by an executed notebook."""
    book = nbformat.read(executed, as_version=4)
    parts = []
    for cell in book.cells:
        for output in cell.get("outputs", []):
            if output["output_type"] == "stream":
                parts.append(output["text"])
            elif "text/markdown" in output.get("data", {}):
                parts.append(output["data"]["text/markdown"])
    return "\n".join(parts)


@pytest.mark.parametrize(
    ("countries", "peak_saved"),
    [(["USA", "IRN", "GBR"], True), (["IRN", "USA"], False)],  # Iran: not in the sample
)
def test_notebook_03_reads_the_countries_it_is_given(
    tmp_path, isolated_home, countries, peak_saved
):
    out = tmp_path / "reports"
    manifest = run_all(
        out=out, only=["03"], extra={"countries": countries}, label="Label given",
        echo=lambda *a, **k: None,
    )  # fmt: skip
    read = _outputs_read(out / "notebooks" / "03-plot-timelines.ipynb")
    assert "Traceback" not in read
    for word in ("Russia", "Russie", "RUS"):
        assert word not in read
    assert "United States" in read and "Iran" in read
    assert "Iran is not mentioned in any of the 480 articles" in read
    first = "United States" if countries[0] == "USA" else "Iran"
    assert f"### What is behind the highest point of {first}?" in read
    saved = [Path(entry["path"]) for entry in manifest["outputs"]]
    assert not [path for path in saved if "rus" in path.name]
    for path in saved:
        if path.suffix == ".csv":
            table = pd.read_csv(out / path)
            for column in ("actor_id", "actor_name"):
                if column in table:
                    assert not table[column].astype(str).str.contains("RUS|Russia").any(), path
        elif path.suffix == ".json":
            record = json.loads((out / path).read_text(encoding="utf-8"))
            assert "Russia" not in json.dumps(record)
            assert record["source"]["label"] == "Label given"
    peak = out / "tables" / "03-plot-timelines" / f"peak-evidence-{countries[0].lower()}.csv"
    assert peak.exists() is peak_saved
    if peak_saved:
        assert len(pd.read_csv(peak)) > 0
    else:
        assert "no highest point to explain, and no evidence table" in read
    assert manifest["parameters"]["label"] == "Label given"
    assert {figure["source"]["label"] for figure in manifest["figures"]} == {"Label given"}


# The sample's default countries of notebook 05, by id and by name.
DEFAULT_RELATION_COUNTRIES = {
    "USA": "United States",
    "PRK": "North Korea",
    "RUS": "Russia",
    "CHN": "China",
}
COUNTRY_CELLS = ("dyad_heading(", "dyad_reading(", "cooperation_", "evidence_")


def _outputs_of_cells(executed: Path, calls: tuple[str, ...]) -> str:
    """The Markdown shown by the cells of an executed notebook that make one of ``calls``."""
    book = nbformat.read(executed, as_version=4)
    return "\n".join(
        output["data"]["text/markdown"]
        for cell in book.cells
        if cell.cell_type == "code" and any(call in cell.source for call in calls)
        for output in cell.get("outputs", [])
        if "text/markdown" in output.get("data", {})
    )


def test_notebook_05_reads_the_countries_it_is_given(tmp_path, isolated_home):
    out = tmp_path / "reports"
    manifest = run_all(
        out=out, only=["05"], extra={"countries": ["JPN", "EU", "KOR"], "unit": "M"},
        echo=lambda *a, **k: None,
    )  # fmt: skip
    executed = out / "notebooks" / "05-relations.ipynb"
    assert "Traceback" not in _outputs_read(executed)
    read = _outputs_of_cells(executed, COUNTRY_CELLS)
    assert "## Japan with European Union and South Korea, both ways" in read
    # One reading line per dyad the extractor found (which ones depends on its rules).
    assert "- Japan → South Korea: " in read or "- Japan → European Union: " in read
    assert "## The sentences behind the highest count: " in read
    for country, name in DEFAULT_RELATION_COUNTRIES.items():
        assert name not in read and country not in read
    chosen = {"JPN", "EU", "KOR"}
    folder = out / "tables" / "05-relations"
    for table in ("dyad-timeline", "cooperation-conflict", "evidence-highest-count"):
        rows = pd.read_csv(folder / f"{table}.csv")
        assert len(rows) > 0, table
        assert set(rows["source"]) | set(rows["target"]) <= chosen, table
    figures = {Path(figure["path"]).stem: figure for figure in manifest["figures"]}
    assert {"dyad-timeline", "cooperation-conflict"} <= set(figures)
    assert any(name.startswith("relation-network-") for name in figures)
    for name in ("dyad-timeline", "cooperation-conflict"):
        # The palette names every coloured actor of the corpus; the rest is the figure's own.
        record = json.dumps({k: v for k, v in figures[name].items() if k != "palette"})
        assert "JPN" in record or "Japan" in record or name == "cooperation-conflict"
        for country, country_name in DEFAULT_RELATION_COUNTRIES.items():
            assert country not in record and country_name not in record
        data = pd.read_csv((out / figures[name]["path"]).with_suffix(".csv"))
        assert set(data["source"]) | set(data["target"]) <= chosen
        assert figures[name]["source"]["line"].startswith("Source: synthetic sample")
    assert pd.read_csv(folder / "dyad-timeline.csv")["period"].str.len().max() == 7  # months
