"""Runs killed at chosen points, run two at once, or given damaged caches.

Each scenario runs ``python -m analysis mentions`` as a user would, with a private
``ANALYSIS_CACHE_DIR``, and checks that the next run writes exactly the table of a run on a
fresh cache, byte for byte, and that nothing the killed run was writing is left: no
``.tmp`` or ``.partial`` file or folder, no spool folder in ``/dev/shm``.

A run is killed at a chosen point by a child script that wraps ``os.replace``, ``os.rename``
or ``os.unlink`` and sends itself SIGKILL when the package is about to put a given file in
place; or from outside, after a delay.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from analysis import config
from analysis.leftovers import is_alive, owner, spool_folders
from analysis.sample import write_corpus

pytestmark = pytest.mark.integration

SMALL = 250
"""Articles of the corpus of most scenarios: read in the main process, in one chunk."""

LARGE = 2000
"""Articles of the corpus read by worker processes (analysis.corpus.PARALLEL_THRESHOLD)."""

# The run, killed by itself when the package is about to put in place what sys.argv[1]
# chooses: "corpus" (the record of the corpus cache), "mentions" (the mention table),
# "language" (the folder of the language tables) or "spool" (the first text columns that a
# worker process left, read back by the main process: mid-load).
CHILD = r"""
import os
import signal
import sys

point, argv = sys.argv[1], sys.argv[2:]


def chosen(function, path, target=""):
    name = os.path.basename(os.fspath(path))
    folder = os.path.basename(os.path.dirname(os.fspath(path)))
    target = os.path.basename(os.fspath(target))
    return {
        "corpus": function == "replace" and target.endswith(".skipped.json"),
        "mentions": function == "replace" and name.endswith(".partial")
        and target.endswith(".parquet"),
        "language": function == "rename" and name.startswith(".py3langid-"),
        "spool": function == "unlink" and folder.startswith("analysis-"),
    }[point]


def killing(function):
    def wrapped(path, *args, **kwargs):
        if chosen(function.__name__, path, *args[:1]):
            os.kill(os.getpid(), signal.SIGKILL)
        return function(path, *args, **kwargs)

    return wrapped


os.replace, os.rename, os.unlink = map(killing, (os.replace, os.rename, os.unlink))

from analysis.cli import main

sys.exit(main(argv))
"""


@dataclass
class Corpora:
    small: Path
    large: Path
    languages: Path
    clean: dict[str, bytes]
    listings: dict[str, set[str]]
    """What the cache folder of a clean run holds."""
    folder: Path
    seconds: float
    """How long the clean run of the small corpus took."""


def _environment(cache: Path) -> dict[str, str]:
    return os.environ | {"ANALYSIS_CACHE_DIR": str(cache)}


def _arguments(corpus: Path, out: Path) -> list[str]:
    return ["mentions", str(corpus), "--out", str(out)]


def _start(corpus: Path, cache: Path, out: Path, point: str | None = None) -> subprocess.Popen:
    """A run of ``mentions``, killed by itself at ``point`` (see ``CHILD``) if one is given."""
    if point is None:
        command = [sys.executable, "-m", "analysis", *_arguments(corpus, out)]
    else:
        command = [sys.executable, "-c", CHILD, point, *_arguments(corpus, out)]
    return subprocess.Popen(
        command,
        env=_environment(cache),
        cwd=config.ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _finish(process: subprocess.Popen) -> tuple[int, str]:
    """Wait for a run (and reap it, so that its id is no longer alive); its code and stderr."""
    try:
        process.wait(timeout=120)
    finally:
        # Worker processes of a killed run would hold its pipes open (they should have ended
        # with it: analysis.processes).
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
    _, stderr = process.communicate(timeout=60)
    return process.returncode, stderr


def _run(corpus: Path, cache: Path, out: Path) -> tuple[bytes, str]:
    """A whole run: the table it wrote, and its standard error."""
    code, stderr = _finish(_start(corpus, cache, out))
    assert code == 0, stderr
    return out.read_bytes(), stderr


def _listing(cache: Path) -> set[str]:
    """Every file and folder under ``cache`` (the shared language tables included)."""
    found = set()
    for folder, folders, files in os.walk(cache, followlinks=True):
        for name in folders + files:
            found.add(os.path.relpath(os.path.join(folder, name), cache))
    return found


def _spools() -> set[Path]:
    """The spool folders of runs that are no longer alive (whatever their name says)."""
    found = set()
    for folder in spool_folders():
        for path in folder.glob("analysis-*"):
            pid = owner(path.name)
            if not path.name.startswith("analysis-kernels-") and (pid is None or not is_alive(pid)):
                found.add(path)
    return found


def _fresh_cache(corpora: Corpora, name: str, *, languages: bool = True) -> Path:
    """An empty cache folder; with the language tables already derived, unless asked not."""
    cache = corpora.folder / name
    cache.mkdir()
    if languages:
        (cache / "language").symlink_to(corpora.languages, target_is_directory=True)
    return cache


@pytest.fixture(scope="module")
def corpora(tmp_path_factory) -> Iterator[Corpora]:
    """Two corpora and the tables of clean runs on them, each on a fresh cache."""
    folder = tmp_path_factory.mktemp("faults")
    small, large = folder / "small", folder / "large"
    write_corpus(small, SMALL, progress=False)
    write_corpus(large, LARGE, seed=7, progress=False)
    # The language tables are derived once, for every scenario but the one that kills
    # their writing.
    languages = folder / "languages"
    derive = "from analysis.corpus.language import batch_language_identifier as b; assert b()"
    subprocess.run(
        [sys.executable, "-c", derive], env=_environment(languages), cwd=config.ROOT, check=True
    )
    result = Corpora(small, large, languages / "language", {}, {}, folder, 0.0)
    for name, corpus in (("large", large), ("small", small)):
        began = time.perf_counter()
        cache = _fresh_cache(result, f"clean-{name}")
        result.clean[name], _ = _run(corpus, cache, folder / f"clean-{name}.csv")
        result.seconds = time.perf_counter() - began
        result.listings[name] = _listing(cache)
    yield result
    # Two copies of the language tables, 100 MB each: not kept with pytest's last folders.
    shutil.rmtree(folder, ignore_errors=True)


def _check_next_run(corpora: Corpora, size: str, cache: Path, left: set) -> None:
    """The next run gives the clean table and leaves the cache as a clean run does."""
    corpus = getattr(corpora, size)
    result, stderr = _run(corpus, cache, corpora.folder / f"{cache.name}-next.csv")

    assert result == corpora.clean[size]
    assert not [path for path in left if path.exists() or path.is_symlink()]
    assert _listing(cache) == corpora.listings[size]
    assert "damaged" not in stderr


@pytest.mark.parametrize(
    ("point", "size", "languages"),
    [
        ("corpus", "small", True),
        ("mentions", "small", True),
        ("language", "large", False),
        ("spool", "large", True),
    ],
)
def test_a_run_killed_while_writing_leaves_nothing_and_the_next_gives_the_clean_table(
    corpora, point, size, languages
):
    cache = _fresh_cache(corpora, f"killed-{point}", languages=languages)
    spools = _spools()

    killed = _start(getattr(corpora, size), cache, corpora.folder / f"{cache.name}.csv", point)
    code, stderr = _finish(killed)
    left = {cache / name for name in _listing(cache) - corpora.listings[size]}
    left |= _spools() - spools

    assert code == -signal.SIGKILL, stderr
    assert left, "the run was killed before it wrote anything"
    _check_next_run(corpora, size, cache, left)


# Most of a short run is spent starting Python and importing: only the last quarter or so
# of it reads, matches and writes, where these delays land (not always the same step).
@pytest.mark.parametrize("fraction", [0.75, 0.8, 0.85])
def test_a_run_killed_after_a_delay_leaves_nothing_and_the_next_gives_the_clean_table(
    corpora, fraction
):
    cache = _fresh_cache(corpora, f"delayed-{fraction}")
    spools = _spools()

    killed = _start(corpora.small, cache, corpora.folder / f"{cache.name}.csv")
    time.sleep(corpora.seconds * fraction)
    killed.send_signal(signal.SIGKILL)
    _finish(killed)
    left = {cache / name for name in _listing(cache) - corpora.listings["small"]}
    left |= _spools() - spools

    _check_next_run(corpora, "small", cache, left)


def test_two_runs_at_once_on_one_cache_give_the_clean_table(corpora):
    cache = _fresh_cache(corpora, "together")
    outs = [corpora.folder / f"together-{number}.csv" for number in (1, 2)]

    runs = [_start(corpora.small, cache, out) for out in outs]
    finished = [_finish(run) for run in runs]

    assert [code for code, _ in finished] == [0, 0], finished
    assert [out.read_bytes() for out in outs] == [corpora.clean["small"]] * 2
    assert "damaged" not in "".join(stderr for _, stderr in finished)
    _check_next_run(corpora, "small", cache, set())


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])


@pytest.mark.parametrize(
    ("table", "damage"),
    [("corpus", _flip), ("mentions", _flip), ("mentions", _truncate)],
)
def test_a_damaged_cache_gives_one_warning_and_the_clean_table(corpora, table, damage):
    cache = corpora.folder / f"damaged-{table}-{damage.__name__}"
    shutil.copytree(corpora.folder / "clean-small", cache, symlinks=True)
    mentions = cache / "mentions"
    [path] = [
        path
        for path in cache.rglob("*.parquet")
        if path.is_relative_to(mentions) == (table == "mentions")
    ]
    damage(path)

    result, stderr = _run(corpora.small, cache, corpora.folder / f"{cache.name}.csv")

    assert result == corpora.clean["small"]
    assert stderr.count("is damaged") == 1, stderr
    assert str(path) in stderr
    assert _listing(cache) == corpora.listings["small"]
