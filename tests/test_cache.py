"""The caches never serve stale or damaged data, and what killed runs leave is swept away."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import pandas as pd
import pytest

import analysis.run
from analysis import config
from analysis.actors import load_actors
from analysis.cli import build_parser, main
from analysis.corpus import load_corpus, read_corpus
from analysis.corpus.cache import write_cache
from analysis.mentions import Matcher, find_mentions
from analysis.study import open_study

ARTICLES = {
    "000_a.txt": " date 2023-07 Photo : AFP\n\nParis et Moscou ont parlé de Pyongyang.",
    "001_b.txt": " date 2023-08 Photo : AP\n\nLa Maison Blanche a répondu à Séoul.",
    "002_c.txt": " date 2023-09 Photo : YONHAP News\n\nLe Kremlin se tait; Pékin aussi.",
    "003_d.txt": b"",
    "notes.md": "à lire",
}
USER_EXTENSION = config.ROOT / "tests" / "data" / "actors" / "user_extension.yaml"


@pytest.fixture
def corpus(make_corpus, cache_dir) -> Path:
    return make_corpus(ARTICLES)


def _rewrite_keeping_size_and_time(path: Path, data: bytes) -> None:
    """Write ``data`` over ``path`` in place and give it back its times (``touch -r``)."""
    old = path.stat()
    assert len(data) == old.st_size
    while True:
        with open(path, "r+b") as file:
            file.write(data)
        os.utime(path, ns=(old.st_atime_ns, old.st_mtime_ns))
        # On a file system with coarse timestamps the status-change time can stay the same
        # within one tick: write again until it moves, as it does for any later edit.
        if path.stat().st_ctime_ns != old.st_ctime_ns:
            break
        time.sleep(0.01)
    new = path.stat()
    assert (new.st_size, new.st_mtime_ns, new.st_ino) == (old.st_size, old.st_mtime_ns, old.st_ino)


# --------------------------------------------------------------------------- stale corpus


def test_a_file_edited_to_its_old_size_and_time_is_read_again(corpus):
    read_corpus(corpus)
    path = corpus / "000_a.txt"
    _rewrite_keeping_size_and_time(path, path.read_bytes().replace(b"Paris", b"Tokyo"))

    result = read_corpus(corpus)

    assert result.from_cache is False
    assert "Tokyo et Moscou" in result.articles["text"].iloc[0]
    pd.testing.assert_frame_equal(result.articles, read_corpus(corpus, cache=False).articles)


def _stale_corpus_cache(corpus: Path) -> None:
    """Make the corpus cache hold only the first article, as a stale cache would."""
    cached = read_corpus(corpus)
    assert cached.from_cache
    write_cache(cached.cache_path, cached.articles.iloc[:1], cached.skipped)


def _files(folder: Path) -> dict[str, int]:
    return {str(path): path.stat().st_mtime_ns for path in folder.rglob("*") if path.is_file()}


@pytest.mark.parametrize("command", ["counts", "mentions"])
def test_no_cache_reads_past_a_stale_cache_and_writes_none(command, corpus, cache_dir, tmp_path):
    def run(name: str, *options: str) -> bytes:
        out = tmp_path / f"{name}.csv"
        assert main([command, str(corpus), "--out", str(out), *options]) == 0
        return out.read_bytes()

    clean = run("clean")
    _stale_corpus_cache(corpus)
    stale = run("stale")
    before = _files(cache_dir)

    result = run("bypass", "--no-cache")

    assert stale != clean  # the stale cache is what a cached run reads
    assert result == clean
    assert _files(cache_dir) == before


def test_run_hands_no_cache_to_its_load_and_to_the_notebooks(
    corpus, cache_dir, tmp_path, monkeypatch
):
    environments = []

    def execute(notebook, output, parameters, *, environment=None):
        environments.append(dict(environment or {}))
        output.parent.mkdir(parents=True, exist_ok=True)
        return output

    monkeypatch.setattr(analysis.run, "run_notebook", execute)
    argv = ["run", "--no-cache", "--corpus", str(corpus), "--out", str(tmp_path / "out")]

    result = main([*argv, "--only", "01"])

    assert result == 0
    assert build_parser().parse_args(["run", "--no-cache"]).no_cache is True
    assert [environment.get("ANALYSIS_NO_CACHE") for environment in environments] == ["1"]
    assert not cache_dir.exists() or not any(cache_dir.rglob("*.parquet"))


def test_open_study_reads_past_the_caches_when_the_variable_is_set(corpus, tmp_path, monkeypatch):
    open_study(corpus, notebook="cached", output_dir=tmp_path)
    _stale_corpus_cache(corpus)
    assert len(open_study(corpus, notebook="stale", output_dir=tmp_path).all_articles) == 1
    monkeypatch.setenv("ANALYSIS_NO_CACHE", "1")

    result = open_study(corpus, notebook="bypass", output_dir=tmp_path)

    assert len(result.all_articles) == 3
    assert result.all_articles.attrs["from_cache"] is False
    assert set(result.mentions["actor_id"].astype(str)) >= {"RUS", "white-house", "CHN"}


# --------------------------------------------------------------------------- damaged caches


def _flip(fraction: float):
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        position = min(int(len(data) * fraction), len(data) - 1)
        data[position] ^= 0x40
        path.write_bytes(bytes(data))

    damage.__name__ = f"flip_at_{fraction}"
    return damage


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _on_sidecar(damage, suffix: str):
    def on_sidecar(path: Path) -> None:
        damage(path.with_suffix(suffix))

    on_sidecar.__name__ = f"{damage.__name__}_of_{suffix}"
    return on_sidecar


def _remove_sidecar(suffix: str):
    def remove(path: Path) -> None:
        path.with_suffix(suffix).unlink()

    remove.__name__ = f"remove_{suffix}"
    return remove


TABLE_DAMAGE = [_flip(fraction) for fraction in (0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0)] + [_truncate]
CORPUS_DAMAGE = [
    *TABLE_DAMAGE,
    _on_sidecar(_flip(0.5), ".skipped.json"),
    _on_sidecar(_flip(0.95), ".skipped.json"),
    _on_sidecar(_truncate, ".skipped.json"),
    _remove_sidecar(".skipped.json"),
]
MENTION_DAMAGE = [
    *TABLE_DAMAGE,
    _on_sidecar(_flip(0.2), ".sha256"),
    _on_sidecar(_truncate, ".sha256"),
    _remove_sidecar(".sha256"),
]


def _damage_warnings(caught) -> list[str]:
    return [str(w.message) for w in caught if "damaged" in str(w.message)]


@pytest.mark.parametrize("damage", CORPUS_DAMAGE, ids=lambda damage: damage.__name__)
def test_a_damaged_corpus_cache_is_rebuilt_after_one_warning(corpus, damage):
    clean = read_corpus(corpus, cache=False)
    damage(read_corpus(corpus).cache_path)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = read_corpus(corpus)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        again = read_corpus(corpus)

    [message] = _damage_warnings(caught)
    assert str(result.cache_path) in message
    for loaded in (result, again):
        pd.testing.assert_frame_equal(loaded.articles, clean.articles)
        pd.testing.assert_frame_equal(loaded.skipped, clean.skipped)
    assert (result.from_cache, again.from_cache) == (False, True)


@pytest.mark.parametrize("damage", MENTION_DAMAGE, ids=lambda damage: damage.__name__)
def test_a_damaged_mention_cache_is_rebuilt_after_one_warning(corpus, cache_dir, damage):
    articles = load_corpus(corpus)
    clean = find_mentions(articles)
    find_mentions(articles, cache=True)
    [path] = (cache_dir / "mentions").rglob("*.parquet")
    damage(path)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = find_mentions(articles, cache=True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        again = find_mentions(articles, cache=True)

    [message] = _damage_warnings(caught)
    assert str(path) in message
    pd.testing.assert_frame_equal(result, clean)
    pd.testing.assert_frame_equal(again, clean)
    assert (result["matched"] == [
        articles.set_index("doc_id").loc[doc, "text"][start:end]
        for doc, start, end in zip(result["doc_id"], result["start"], result["end"], strict=True)
    ]).all()  # fmt: skip


# --------------------------------------------------------------------------- the dictionary

TEXT = "Zorblax et Moscou ont parlé."


def test_a_dictionary_made_with_replace_gets_its_own_digest_and_matcher():
    actors = load_actors()
    corpus = pd.DataFrame({"doc_id": ["a"], "language": ["fr"], "text": [TEXT]})
    before = find_mentions(corpus, actors)
    aliases = actors.aliases
    added = aliases[aliases["alias"] == "Moscou"].assign(alias="Zorblax")
    changed = dataclasses.replace(actors, aliases=pd.concat([aliases, added], ignore_index=True))

    result = find_mentions(corpus, changed)

    assert changed.sha256 != actors.sha256
    assert before["matched"].tolist() == ["Moscou"]
    assert result["matched"].tolist() == ["Zorblax", "Moscou"]


def test_a_dictionary_cannot_be_changed_in_place():
    actors = load_actors()
    corpus = pd.DataFrame({"doc_id": ["a"], "language": ["fr"], "text": [TEXT]})
    find_mentions(corpus, actors)
    roles = actors.roles_on("shoigu", "2023-07")

    aliases, table = actors.aliases, actors.actors
    aliases.loc[:, "alias"] = "Zorblax"
    table.loc[table["actor_id"] == "shoigu", "roles"].iloc[0].clear()
    with pytest.raises(dataclasses.FrozenInstanceError):
        actors.aliases = actors.aliases.iloc[:0]
    result = find_mentions(corpus, actors)

    scanned = Matcher(actors.aliases, actors.exclusions).scan(TEXT)
    assert result["matched"].tolist() == [TEXT[start:end] for start, end, _ in scanned]
    assert result["matched"].tolist() == ["Moscou"]
    assert actors.roles_on("shoigu", "2023-07") == roles
    assert roles == ["Minister of Defence of Russia", "defence minister"]


@pytest.mark.parametrize("path", [None, USER_EXTENSION])
def test_the_digest_is_that_of_the_content(path):
    actors = load_actors(path)
    same = dataclasses.replace(actors)
    renamed = dataclasses.replace(actors, sources=(Path("elsewhere.yaml"),))
    assert same.sha256 == renamed.sha256 == actors.sha256
    assert len(actors.sha256) == 64


# --------------------------------------------------------------------------- leftovers


def _dead_pid() -> int:
    """The id of a process that has ended (and been waited for)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _spool_parent() -> Path:
    shared = Path("/dev/shm")
    return shared if shared.is_dir() and os.access(shared, os.W_OK) else Path(tempfile.gettempdir())


def test_what_killed_runs_left_is_removed_by_the_next_run(corpus, cache_dir):
    first = read_corpus(corpus)
    find_mentions(load_corpus(corpus), cache=True)
    [mention_folder] = (cache_dir / "mentions").iterdir()
    language = cache_dir / "language"
    folders = {
        "corpus": (first.cache_path.parent, "{name}.parquet.{pid}.tmp", False),
        "record": (first.cache_path.parent, "{name}.skipped.json.{pid}.tmp", False),
        "mentions": (mention_folder, "{name}.parquet.{pid}.partial", False),
        "language": (language, ".py3langid-{name}.{pid}.partial", True),
        "spool": (_spool_parent(), "analysis-{pid}-{name}", True),
    }
    dead, alive = _dead_pid(), os.getpid()
    made = {}
    for pid in (dead, alive):
        for what, (folder, pattern, is_folder) in folders.items():
            path = folder / pattern.format(name=f"test{os.getpid()}x{what}", pid=pid)
            if is_folder:
                (path / "part").mkdir(parents=True)
                (path / "part" / "table.npy").write_bytes(b"\0" * 10)
            else:
                folder.mkdir(parents=True, exist_ok=True)
                path.write_bytes(b"\0" * 10)
            made[what, pid] = path
    try:
        read_corpus(corpus)
        find_mentions(load_corpus(corpus), cache=True)

        remaining = {key for key, path in made.items() if path.exists()}
    finally:
        for path in made.values():
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
    assert remaining == {(what, alive) for what in folders}


def test_sweep_leaves_other_programs_files_in_shared_folders(tmp_path):
    from analysis.leftovers import sweep

    dead = _dead_pid()
    names = [f"report.{dead}.tmp", f"analysis-{dead}-x1", "analysis-kernels-x1", "notes.txt"]
    for name in names:
        (tmp_path / name).write_text("", encoding="utf-8")

    shared = sweep(tmp_path, shared=True)
    private = sweep(tmp_path)

    assert [path.name for path in shared] == [f"analysis-{dead}-x1"]
    assert [path.name for path in private] == [f"report.{dead}.tmp"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["analysis-kernels-x1", "notes.txt"]


def test_the_source_digest_follows_every_python_file_below_a_folder(tmp_path):
    from analysis.mention_cache import source_digest

    package = tmp_path / "package"
    (package / "inner").mkdir(parents=True)
    (package / "inner" / "rules.py").write_text("RULE = 1\n")
    (package / "notes.txt").write_text("not code\n")
    first = source_digest(package)
    (package / "notes.txt").write_text("still not code\n")
    source_digest.cache_clear()
    assert source_digest(package) == first
    (package / "inner" / "rules.py").write_text("RULE = 2\n")
    source_digest.cache_clear()
    assert source_digest(package) != first
