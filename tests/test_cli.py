"""The command lines: each parser reads its options, and the commands hand them on."""

from __future__ import annotations

import ast
import io
from pathlib import Path

import pandas as pd
import pytest

import analysis.__main__
import analysis.run
from analysis import config
from analysis.cli import build_parser, main, sample_main, sample_parser
from analysis.run import NotebookFailed
from analysis.sample import COVERED_END, DEFAULT_SEED

ARTICLES = {
    "001_a.txt": (" date 2023-01 Photo : AFP", "Pyongyang a tiré un missile, a dit Séoul."),
    "002_b.txt": (" date 2023-02 Photo : AFP", "Moscou et Pyongyang ont signé un accord."),
    "003_c.txt": (" date 2023-05 Photo : YONHAP News", "Séoul a protesté auprès de Pyongyang."),
    "004_d.txt": (" date 2023-07 Photo : YONHAP News", "Washington et Séoul ont répondu."),
}


@pytest.fixture
def corpus(make_corpus, cache_dir) -> Path:
    return make_corpus({name: f"{header}\n\n{body}" for name, (header, body) in ARTICLES.items()})


def counts_table(capsys, *options: str) -> pd.DataFrame:
    """The CSV that ``counts`` prints, as a table."""
    capsys.readouterr()
    code = main(["counts", *options])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return pd.read_csv(io.StringIO(captured.out), keep_default_na=False)


# The parser of ``python -m analysis``


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["corpus", "texts", "--json", "--no-cache", "--cache-dir", "c"],
            {"path": Path("texts"), "json": True, "no_cache": True, "cache_dir": Path("c")},
        ),
        (
            ["mentions", "texts", "--actors", "a.yaml", "--out", "m.csv", "--from", "2023-01"],
            {"actors": Path("a.yaml"), "out": Path("m.csv"), "start": "2023-01", "end": None},
        ),
        (
            ["counts", "texts"],
            {"by": "actor", "level": "actor", "kinds": None, "min_articles": 5},
        ),
        (
            ["counts", "texts", "--by", "credit", "--level", "organisation", "--to", "2024-12"],
            {"by": "credit", "level": "organisation", "end": "2024-12"},
        ),
        (
            ["counts", "texts", "--kinds", "name, capital", "--exclude-kinds", "demonym"],
            {"kinds": ["name", "capital"], "exclude_kinds": ["demonym"]},
        ),
        (["counts", "texts", "--min-articles", "12"], {"min_articles": 12}),
        (
            ["actors", "--check", "mine.yaml", "--alone"],
            {"check": "mine.yaml", "alone": True, "list": False, "actors": None},
        ),
        (["actors", "--actors", "mine.yaml", "--list"], {"actors": "mine.yaml", "list": True}),
        (
            ["run", "--corpus", "texts", "--from", "2023-01", "--kinds", "name", "--out", "r"],
            {"corpus": Path("texts"), "start": "2023-01", "kinds": "name", "out": Path("r")},
        ),
        (
            ["run", "--only", "01", "03", "-p", "focus", "IRN", "--parameter", "top", "5"],
            {"only": ["01", "03"], "parameter": [["focus", "IRN"], ["top", "5"]]},
        ),
    ],
)
def test_each_command_parses_its_options(argv, expected):
    arguments = build_parser().parse_args(argv)

    result = {name: getattr(arguments, name) for name in expected}

    assert arguments.command == argv[0]
    assert result == expected


def test_a_command_is_required(capsys):
    result = main([])

    assert result == 2
    assert "required: COMMAND" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("actors", ["--check FILE", "--actors FILE", "--list", "--alone"]),
        ("run", ["--corpus CORPUS", "--only [ONLY ...]", "-p NAME VALUE, --parameter NAME VALUE"]),
        ("counts", ["--by BY", "--level {actor,country,organisation}", "--min-articles N"]),
    ],
)
def test_help_of_a_command_shows_its_own_options(command, options, capsys):
    result = main([command, "--help"])

    text = capsys.readouterr().out
    assert result == 0
    assert text.startswith(f"usage: python -m analysis {command} [-h]")
    for option in options:
        assert option in text


def test_help_of_counts_names_what_it_counts_by(capsys):
    main(["counts", "--help"])

    result = " ".join(capsys.readouterr().out.split())

    assert "quarter, year, or an article column such as credit" in result


def test_unknown_options_of_actors_and_run_are_reported_by_their_own_parser(capsys):
    for command in ("actors", "run"):
        result = main([command, "--bogus"])

        error = capsys.readouterr().err
        assert result == 2
        assert error.startswith(f"usage: python -m analysis {command} [-h]")
        assert f"python -m analysis {command}: error: unrecognized arguments: --bogus" in error


def test_unknown_options_of_the_corpus_commands_are_reported_by_the_main_parser(capsys):
    result = main(["counts", "texts", "--bogus"])

    error = capsys.readouterr().err
    assert result == 2
    assert error.startswith("usage: python -m analysis [-h] COMMAND ...")
    assert "python -m analysis: error: unrecognized arguments: --bogus" in error


def test_the_script_entry_point_is_the_main_of_the_cli():
    assert analysis.__main__.main is main


def test_only_the_main_modules_import_the_cli():
    importers = []
    for path in sorted((config.PACKAGE_DIR).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            if "analysis.cli" in names:
                importers.append(path.relative_to(config.PACKAGE_DIR).as_posix())

    assert sorted(set(importers)) == ["__main__.py", "sample/__main__.py"]


# What the commands do with their options


def test_counts_by_quarter_gives_one_row_per_quarter_and_actor(corpus, capsys):
    result = counts_table(capsys, str(corpus), "--by", "quarter", "--level", "country")

    prk = result[result["actor_id"] == "PRK"].set_index("period")
    assert prk.index.tolist() == ["2023Q1", "2023Q2", "2023Q3"]
    assert prk["mentions"].tolist() == [2, 1, 0]
    assert prk["n_articles"].tolist() == [2, 1, 1]


def test_counts_by_quarter_covers_the_months_asked_for(corpus, capsys):
    result = counts_table(capsys, str(corpus), "--by", "quarter", "--to", "2023-12")

    periods = result.drop_duplicates("period").set_index("period")
    assert periods.index.tolist() == ["2023Q1", "2023Q2", "2023Q3", "2023Q4"]
    assert periods["gap"].tolist() == [False, False, False, True]


def test_counts_by_credit_gives_one_row_per_credit_and_actor(corpus, capsys):
    result = counts_table(capsys, str(corpus), "--by", "credit", "--level", "country")

    kor = result[result["actor_id"] == "KOR"].set_index("credit")
    assert sorted(kor.index) == ["AFP", "YONHAP News"]
    assert kor.loc["AFP", "mentions"] == 1
    assert kor.loc["YONHAP News", "mentions"] == 2


def test_counts_passes_min_articles_on(corpus, capsys):
    default = counts_table(capsys, str(corpus), "--by", "credit")
    lowered = counts_table(capsys, str(corpus), "--by", "credit", "--min-articles", "2")

    assert default["small_n"].all()  # 2 articles per credit, fewer than 5
    assert not lowered["small_n"].any()


def test_counts_by_an_unknown_name_fails_naming_the_choices(corpus, capsys):
    result = main(["counts", str(corpus), "--by", "nonsense"])

    error = capsys.readouterr().err
    assert result == 2
    assert error.startswith("error: ")
    for choice in ("actor", "country", "organisation", "document", "quarter", "credit"):
        assert choice in error
    assert "'nonsense'" in error


def test_a_missing_corpus_is_an_error_with_exit_code_2(tmp_path, cache_dir, capsys):
    result = main(["corpus", str(tmp_path / "absent")])

    assert result == 2
    assert capsys.readouterr().err.startswith("error: Corpus not found")


def test_actors_checks_a_file(capsys):
    result = main(["actors", "--check", str(config.PACKAGED_ACTORS)])

    assert result == 0
    assert capsys.readouterr().out.startswith(f"{config.PACKAGED_ACTORS}: ok, ")


def test_run_hands_its_options_to_run_all(monkeypatch, tmp_path):
    received = {}
    monkeypatch.setattr(analysis.run, "run_all", lambda **options: received.update(options))
    argv = ["run", "--corpus", "texts", "--kinds", "name, capital", "--out", str(tmp_path)]
    argv += ["--only", "02", "-p", "focus", "IRN", "-p", "countries", '["USA", "IRN"]']
    argv += ["--label", "My corpus", "--settings", "mine.yaml"]

    result = main(argv)

    assert result == 0
    assert received == {
        "corpus": Path("texts"),
        "actors": None,
        "start": None,
        "end": None,
        "kinds": ["name", "capital"],
        "out": tmp_path,
        "only": ["02"],
        "extra": {"focus": "IRN", "countries": ["USA", "IRN"]},
        "cache": True,
        "label": "My corpus",
        "settings": Path("mine.yaml"),
    }


def test_run_exits_with_1_when_a_notebook_fails(monkeypatch, capsys):
    def failing(**options):
        raise NotebookFailed("02-count-actors.ipynb failed in cell [3]")

    monkeypatch.setattr(analysis.run, "run_all", failing)

    result = main(["run"])

    assert result == 1
    assert capsys.readouterr().err == "error: 02-count-actors.ipynb failed in cell [3]\n"


def test_run_refuses_a_bad_month_with_exit_code_2(tmp_path, capsys):
    result = main(["run", "--from", "2023-13", "--out", str(tmp_path)])

    assert result == 2
    assert "YYYY-MM" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


# ``python -m analysis.sample``


def test_sample_parser_reads_its_options_with_their_defaults():
    arguments = sample_parser().parse_args(["--n", "5", "--out", "corpus", "--from", "2023-01"])

    result = (arguments.n, arguments.out, arguments.seed, arguments.start, arguments.end)

    assert result == (5, Path("corpus"), DEFAULT_SEED, "2023-01", COVERED_END)
    assert (arguments.english_share, arguments.force, arguments.quiet) == (0.15, False, False)


def test_sample_main_writes_the_corpus(tmp_path, capsys):
    result = sample_main(["--n", "3", "--out", str(tmp_path / "s"), "--seed", "3", "--quiet"])

    assert result == 0
    assert len(list((tmp_path / "s").glob("*.txt"))) == 3
    assert capsys.readouterr().err == f"wrote 3 articles to {tmp_path / 's'}\n"


def test_sample_main_requires_n_and_out(capsys):
    result = sample_main([])

    assert result == 2
    assert "the following arguments are required: --n, --out" in capsys.readouterr().err
