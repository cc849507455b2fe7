"""Clear errors: a wrong path or a doubtful dictionary gets one line saying what, where and what
to do, never a traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import config
from analysis.actors import (
    ActorDictionaryError,
    ActorDictionaryWarning,
    check_actors,
    load_actors,
)
from analysis.cli import main

ARTICLES = {
    "001_a.txt": " date 2023-01 Photo : AFP\n\nPyongyang a tiré un missile, a dit Séoul.",
    "002_b.txt": " date 2023-02 Photo : AFP\n\nMoscou et Pyongyang ont signé un accord.",
}
FOLDER_MESSAGE = "is a folder; give the YAML file of your dictionary"


@pytest.fixture
def corpus(make_corpus, cache_dir) -> Path:
    return make_corpus(ARTICLES)


def write_dictionary(folder: Path, text: str) -> Path:
    path = folder / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """The exit code, standard output and standard error of ``python -m analysis ARGV``."""
    capsys.readouterr()
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# A folder, an unreadable file or a bad output path on the command line


def test_actors_check_of_a_folder_is_a_one_line_error(tmp_path, capsys):
    code, out, err = run(capsys, "actors", "--check", str(tmp_path))

    assert (code, out) == (2, "")
    assert err == f"error: --check {tmp_path} {FOLDER_MESSAGE}\n"


def test_actors_of_a_folder_is_a_one_line_error(tmp_path, capsys):
    code, out, err = run(capsys, "actors", "--actors", str(tmp_path))

    assert (code, out) == (2, "")
    assert err == f"error: --actors {tmp_path} {FOLDER_MESSAGE}\n"


@pytest.mark.parametrize("command", ["counts", "mentions"])
def test_a_folder_as_actors_of_a_corpus_command_is_a_one_line_error(
    command, corpus, tmp_path, capsys
):
    folder = tmp_path / "dictionaries"
    folder.mkdir()

    code, out, err = run(capsys, command, str(corpus), "--actors", str(folder))

    assert (code, out) == (2, "")
    assert err == f"error: --actors {folder} {FOLDER_MESSAGE}\n"


def test_check_actors_of_a_folder_is_a_problem_not_an_exception(tmp_path):
    result = check_actors(tmp_path, extend=False)

    assert [(problem.line, problem.field, problem.severity) for problem in result] == [
        (None, "file", "error")
    ]
    assert "folder; give the YAML file" in result[0].message


def test_an_unreadable_dictionary_is_one_problem_without_traceback(tmp_path, monkeypatch, capsys):
    path = write_dictionary(tmp_path, "version: 1\n")
    read_text = Path.read_text

    def refuse(self, *args, **kwargs):
        if self == path.resolve():
            raise PermissionError(13, "Permission denied", str(self))
        return read_text(self, *args, **kwargs)

    # As root every file is readable, so the refusal of the system is played here.
    monkeypatch.setattr(Path, "read_text", refuse)

    code, out, err = run(capsys, "actors", "--check", str(path), "--alone")

    assert (code, err) == (1, "")
    assert out == (
        f"{path.resolve()}: error: file: cannot read the file (Permission denied); "
        f"check its permissions\n"
    )


@pytest.mark.parametrize(
    ("command", "example"), [("counts", "counts.csv"), ("mentions", "mentions.csv")]
)
def test_out_naming_a_folder_is_a_one_line_error(command, example, corpus, tmp_path, capsys):
    folder = tmp_path / "results"
    folder.mkdir()

    code, out, err = run(capsys, command, str(corpus), "--out", str(folder))

    assert (code, out) == (2, "")
    assert (
        err == f"error: --out {folder} is a folder; give a file name such as {folder / example}\n"
    )
    assert list(folder.iterdir()) == []


def test_out_under_a_file_is_a_one_line_error(corpus, tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("", encoding="utf-8")
    out_path = notes / "counts.csv"

    code, out, err = run(capsys, "counts", str(corpus), "--out", str(out_path))

    assert (code, out) == (2, "")
    assert (
        err
        == f"error: --out {out_path}: {notes} is a file, not a folder; give a file in a folder\n"
    )


def test_out_that_cannot_be_written_is_a_one_line_error(corpus, tmp_path, monkeypatch, capsys):
    out_path = tmp_path / "counts.csv"
    to_csv = pd.DataFrame.to_csv

    def refuse(self, target=None, *args, **kwargs):
        if target == out_path:
            raise PermissionError(13, "Permission denied", str(target))
        return to_csv(self, target, *args, **kwargs)

    # As root every folder is writable, so the refusal of the system is played here.
    monkeypatch.setattr(pd.DataFrame, "to_csv", refuse)

    code, out, err = run(capsys, "counts", str(corpus), "--out", str(out_path))

    assert (code, out) == (2, "")
    assert err.splitlines()[-1] == (
        f"error: cannot write --out {out_path} (Permission denied); give a file in a folder "
        f"you can write to"
    )


def test_help_of_out_says_it_takes_a_file_not_a_folder(capsys):
    code, out, _ = run(capsys, "counts", "--help")

    assert code == 0
    assert "a file name, not a folder" in " ".join(out.split())


# The version of a dictionary


@pytest.mark.parametrize(
    ("version", "fragment"),
    [
        ('"1"', "the version must be the number 1, not the text '1'; write version: 1 without"),
        ("'1'", "the version must be the number 1, not the text '1'; write version: 1 without"),
        ("true", "unsupported version 'true'; this program reads version 1: write version: 1"),
        ("2", "unsupported version '2'; this program reads version 1: write version: 1"),
    ],
)
def test_a_version_other_than_the_number_1_is_an_error_saying_what_to_write(
    tmp_path, version, fragment
):
    path = write_dictionary(tmp_path, f"version: {version}\n")

    result = check_actors(path, extend=False)

    assert [(problem.line, problem.field, problem.severity) for problem in result] == [
        (1, "version", "error")
    ]
    assert fragment in result[0].message


def test_version_1_is_accepted(tmp_path):
    path = write_dictionary(tmp_path, "version: 1\n")

    assert check_actors(path, extend=False) == []


# Aliases of one or two letters

SHORT_ALIAS_FILE = """\
actors:
  - id: ABC
    name: Agence Bleue Commune
    type: organisation
    aliases:
      name: [Agence Bleue Commune, {alias}]
"""


@pytest.mark.parametrize(
    ("alias", "fragment"),
    [
        ("a", "'a' has only one letter and matches in any case, so a word 'a'"),
        ("XQ", "'XQ' has only two letters and matches in any case, so a word 'xq'"),
        ("X.Q.", "'X.Q.' has only two letters"),
        ("{text: Ré}", "'Ré' has only two letters"),
    ],
)
def test_an_alias_of_one_or_two_letters_matching_in_any_case_is_a_warning(
    tmp_path, alias, fragment
):
    path = write_dictionary(tmp_path, SHORT_ALIAS_FILE.format(alias=alias))

    result = check_actors(path, extend=False)

    assert [(problem.line, problem.field, problem.severity) for problem in result] == [
        (6, "ABC.aliases.name[1]", "warning")
    ]
    assert fragment in result[0].message
    assert "case_sensitive: true} to match only this case" in result[0].message
    with pytest.warns(ActorDictionaryWarning, match=re.escape(fragment)):
        assert isinstance(load_actors(path, extend=False).sha256, str)


@pytest.mark.parametrize(
    "alias",
    [
        "{text: a, case_sensitive: true}",
        "{text: XQ, case_sensitive: false}",  # every case meant, and said so
        "G7",  # a digit: no ordinary word
        "OTAN",
        "북한",  # no case in Korean: case_sensitive would change nothing
    ],
)
def test_a_short_alias_with_its_case_chosen_or_no_word_is_no_warning(tmp_path, alias):
    path = write_dictionary(tmp_path, SHORT_ALIAS_FILE.format(alias=alias))

    assert check_actors(path, extend=False) == []


def test_actors_check_shows_the_short_alias_warning_and_passes(tmp_path, capsys):
    path = write_dictionary(tmp_path, SHORT_ALIAS_FILE.format(alias="a"))

    code, out, _ = run(capsys, "actors", "--check", str(path), "--alone")

    lines = out.splitlines()
    assert code == 0
    assert lines[0].startswith(f"{path.resolve()}:6: warning: ABC.aliases.name[1]: 'a' has only")
    assert lines[1] == f"{path}: ok, 1 actors, 2 aliases"


def test_the_packaged_short_aliases_say_they_match_in_any_case():
    aliases = load_actors(config.PACKAGED_ACTORS).aliases.set_index("alias")

    assert aliases.loc[["UK", "UE"], "case_sensitive"].tolist() == [False, False]
    assert check_actors(config.PACKAGED_ACTORS) == []


# Organisations part of themselves

CYCLE_FILE = """\
actors:
  - id: ORGA
    name: Organisation A
    type: organisation
    organisation: ORGB
    aliases:
      name: [Organisation Alpha]
  - id: ORGB
    name: Organisation B
    type: organisation
    organisation: ORGA
    aliases:
      name: [Organisation Beta]
"""


def test_an_organisation_cycle_is_an_error_naming_each_line(tmp_path):
    path = write_dictionary(tmp_path, CYCLE_FILE)

    result = check_actors(path, extend=False)

    assert [(problem.line, problem.field, problem.severity) for problem in result] == [
        (11, "ORGB.organisation", "error")
    ]
    assert result[0].message.startswith(
        "organisation cycle: ORGB (mine.yaml:11) is part of ORGA (mine.yaml:5), which is part "
        "of ORGB; "
    )
    with pytest.raises(ActorDictionaryError, match="organisation cycle"):
        load_actors(path, extend=False)


def test_a_cycle_through_the_packaged_dictionary_names_both_files(tmp_path):
    # UNSC is part of the UN in the packaged dictionary.
    path = write_dictionary(tmp_path, "actors:\n  - id: UN\n    organisation: UNSC\n")

    result = [problem for problem in check_actors(path) if problem.severity == "error"]

    assert [(problem.path, problem.line, problem.field) for problem in result] == [
        (path.resolve(), 3, "UN.organisation")
    ]
    assert result[0].message.startswith(
        "organisation cycle: UN (mine.yaml:3) is part of UNSC (actors.yaml:"
    )
    assert "), which is part of UN; " in result[0].message


def test_a_chain_of_organisations_without_cycle_is_no_error(tmp_path):
    path = write_dictionary(tmp_path, CYCLE_FILE.replace("    organisation: ORGA\n", ""))

    assert check_actors(path, extend=False) == []


def test_run_out_naming_a_file_is_a_one_line_error(tmp_path, capsys):
    target = tmp_path / "reports.txt"
    target.write_text("not a folder", encoding="utf-8")

    result = main(["run", "--out", str(target)])

    assert result == 2
    error = capsys.readouterr().err
    assert error.startswith("error: --out") and "is a file" in error
    assert len(error.strip().splitlines()) == 1
