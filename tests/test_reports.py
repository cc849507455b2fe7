"""Every figure's source reaches its record, the manifest and the index; the run's options."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from matplotlib.figure import Figure

from analysis import config
from analysis.cli import build_parser
from analysis.corpus.settings import CorpusSettings, read_settings
from analysis.figures.source import Source, source_line
from analysis.run import build_manifest, figure_records, run_all, write_index
from analysis.study import Study, palette_record

DIGEST = "0123456789abcdef0123"


def _study(output_dir: Path, label: str = "my corpus") -> Study:
    articles = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "month": pd.PeriodIndex(["2023-07", "2023-08", "2023-09"], freq="M"),
        }
    )
    return Study(
        notebook="01-test",
        all_articles=articles,
        articles=articles,
        mentions=pd.DataFrame(),
        dictionary=DIGEST,
        start=None,
        end=None,
        kinds=None,
        output_dir=output_dir,
        settings=CorpusSettings(label=label),
    )


def _figure() -> Figure:
    figure = Figure()
    figure.subplots().plot([1, 2, 3])
    return figure


def test_a_saved_figure_carries_its_source_in_the_image_and_its_record(tmp_path):
    study = _study(tmp_path)
    figure = _figure()
    png = study.save_figure(figure, "first", caption="A line.")
    expected = "Source: my corpus · 3 articles · 2023-07 to 2023-09 · dictionary 0123456789ab"
    assert source_line(figure) == expected
    record = json.loads(png.with_suffix(".json").read_text(encoding="utf-8"))
    assert record["caption"] == "A line."
    assert record["source"] == {
        "label": "my corpus",
        "n_articles": 3,
        "first": "2023-07",
        "last": "2023-09",
        "dictionary": "0123456789ab",
        "line": expected,
    }
    assert record["palette"] == palette_record()


def test_a_narrower_source_is_stamped_and_recorded(tmp_path):
    study = _study(tmp_path)
    narrow = study.source.narrowed(study.articles.iloc[:1])
    png = study.save_figure(_figure(), "narrow", source=narrow)
    record = json.loads(png.with_suffix(".json").read_text(encoding="utf-8"))
    assert record["source"]["n_articles"] == 1
    assert record["source"]["line"] == narrow.line()


def test_saving_twice_gives_the_same_record(tmp_path):
    study = _study(tmp_path)
    first = study.save_figure(_figure(), "same").with_suffix(".json").read_bytes()
    second = study.save_figure(_figure(), "same").with_suffix(".json").read_bytes()
    assert first == second
    assert not list((tmp_path / "figures" / "01-test").glob(".*partial"))


def test_an_empty_evidence_table_can_be_left_unwritten(tmp_path):
    study = _study(tmp_path)
    assert study.save_table(pd.DataFrame({"doc_id": []}), "peak", skip_empty=True) is None
    assert not (tmp_path / "tables" / "01-test" / "peak.csv").exists()
    assert study.save_table(pd.DataFrame({"doc_id": []}), "peak").exists()


def test_manifest_and_index_give_each_figure_its_source(tmp_path):
    study = _study(tmp_path, label="synthetic sample")
    study.save_figure(_figure(), "whole", caption="All articles.")
    study.save_figure(
        _figure(), "part", caption="One article.", source=study.source.narrowed(study.articles[:1])
    )
    records = figure_records(tmp_path, ["01-test"])
    assert [record["path"] for record in records] == [
        "figures/01-test/part.png",
        "figures/01-test/whole.png",
    ]
    assert [record["source"]["n_articles"] for record in records] == [1, 3]
    assert all(record["source"]["label"] == "synthetic sample" for record in records)

    run_source = Source.of(study.articles, label="synthetic sample", dictionary=DIGEST)
    index = write_index(tmp_path, ["01-test"], source=run_source).read_text(encoding="utf-8")
    top, _, below = index.partition("<h2>")
    assert run_source.line() in top
    assert "synthetic sample" in top
    for record in records:
        figure = below.index(record["path"])
        caption_end = below.index("</figcaption>", figure)
        assert record["source"]["line"] in below[figure:caption_end]


def test_build_manifest_lists_sources_settings_and_the_palette(tmp_path):
    study = _study(tmp_path)
    study.save_figure(_figure(), "whole")

    class Dictionary:
        sources = ()
        sha256 = DIGEST

    articles = pd.DataFrame({"path": ["a.txt"], "content_hash": ["x"]})
    manifest = build_manifest(
        tmp_path,
        corpus_path="corpus",
        articles=articles,
        dictionary=Dictionary(),
        parameters={"label": "my corpus"},
        executed=["01-test"],
        source=study.source,
        settings=read_settings("data/sample", label="my corpus"),
    )
    assert manifest["source"]["label"] == "my corpus"
    assert manifest["source"]["line"] == study.source.line()
    assert manifest["settings"]["label"] == "my corpus"
    assert manifest["settings"]["outlet"] == "credit"
    assert manifest["palette"] == palette_record()
    (figure,) = manifest["figures"]
    assert figure["source"]["line"] == study.source.line()
    json.dumps(manifest)  # written as JSON


def test_run_takes_label_and_settings():
    arguments = build_parser().parse_args(
        ["run", "--label", "Wikinews FR", "--settings", "mine.yaml"]
    )
    assert arguments.label == "Wikinews FR"
    assert arguments.settings == Path("mine.yaml")


def test_label_and_settings_are_options_not_parameters(tmp_path):
    with pytest.raises(ValueError, match="its own option, --label"):
        run_all(out=tmp_path, extra={"label": "x"}, echo=lambda *a, **k: None)
    with pytest.raises(ValueError, match="no such settings file"):
        run_all(out=tmp_path, settings=tmp_path / "missing.yaml", echo=lambda *a, **k: None)
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize(("user_id", "expected"), [("0", True), ("1000", False)])
def test_make_lab_allows_root_only_as_root(user_id, expected):
    result = subprocess.run(
        ["make", "--dry-run", "--always-make", "lab", f"USER_ID={user_id}"],
        capture_output=True,
        text=True,
        cwd=config.ROOT,
        check=True,
    )
    (command,) = [line for line in result.stdout.splitlines() if "jupyter lab" in line]
    assert ("--allow-root" in command) is expected


@pytest.mark.integration
def test_the_explorer_exports_its_timeline_with_the_source_of_the_articles_in_view(tmp_path):
    from analysis.explore import explore

    corpus = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "n_words": [4, 3, 3],
            "text": ["Moscou a répondu.", "Séoul a répondu.", "Moscou encore."],
            "month": pd.PeriodIndex(["2023-07", "2023-08", "2023-09"], freq="M"),
            "language": ["fr"] * 3,
        }
    )
    mentions = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"], "sentence_id": [0, 0, 0], "start": [0, 0, 0],
            "end": [6, 5, 6], "alias": ["Moscou", "Séoul", "Moscou"], "kind": ["capital"] * 3,
            "actor_id": ["RUS", "KOR", "RUS"], "actor_name": ["Russia", "South Korea", "Russia"],
        }
    )  # fmt: skip
    app = explore(
        corpus, mentions, events=pd.DataFrame(), output_dir=tmp_path, label="three articles"
    )
    app.months.value = ("2023-07", "2023-08")
    paths = app.export_figure()
    record = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert record["source"]["label"] == "three articles"
    assert record["source"]["n_articles"] == 2
    assert record["source"]["line"] == "Source: three articles · 2 articles · 2023-07 to 2023-08"
