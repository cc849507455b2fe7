"""Worker processes end with the process that started them, and one that dies mid-way gives
a one-line error instead of a ``BrokenProcessPool`` traceback.

Each test kills real processes: the main process of ``python -m analysis counts`` while it
reads a corpus, or one worker of the loader's or the matcher's pool.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis.__main__ import main as command_line
from analysis.corpus import PARALLEL_THRESHOLD, load_corpus
from analysis.mentions import find_mentions
from analysis.sample import write_corpus

psutil = pytest.importorskip("psutil")

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only (prctl)"),
    pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="the loader uses workers from 2 cores"),
]

N_ARTICLES = 2500
DIED = re.compile(
    r"a worker process ended unexpectedly \(killed, or out of memory\?\) while (.+); "
    r"run again, or free some memory \(n_jobs=1 in Python uses one process\)"
)


@pytest.fixture(scope="module")
def corpus_folder(tmp_path_factory) -> Path:
    """A corpus big enough for the loader to read it with worker processes."""
    assert N_ARTICLES >= PARALLEL_THRESHOLD
    folder = tmp_path_factory.mktemp("processes") / "corpus"
    write_corpus(folder, N_ARTICLES, progress=False)
    return folder


def children(pid: int) -> list[psutil.Process]:
    """The living child processes of ``pid``."""
    try:
        found = psutil.Process(pid).children()
    except psutil.NoSuchProcess:
        return []
    return [child for child in found if alive(child)]


def alive(process: psutil.Process) -> bool:
    """Whether a process runs (a zombie is dead: it holds no memory and no file)."""
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def wait_for(condition, timeout: float, interval: float = 0.01) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(interval)
    return True


def end(processes: list[psutil.Process]) -> None:
    """Kill what a failed test left running, process by process."""
    for process in processes:
        if alive(process):
            process.kill()


# Workers end with the main process.

# Long articles that the matcher shares out to two workers.
MATCHING = (
    "import pandas as pd\n"
    "from analysis.mentions import find_mentions\n"
    'text = "Moscou a bloqué l\'ONU, selon la Maison Blanche. " * 20_000\n'
    "corpus = pd.DataFrame({'doc_id': list('abcdefgh'), 'text': [text] * 8})\n"
    "print(len(find_mentions(corpus, n_jobs=2, progress=False)))\n"
)


@pytest.mark.timeout(300)
@pytest.mark.parametrize("signal_number", [signal.SIGKILL, signal.SIGTERM], ids=["KILL", "TERM"])
@pytest.mark.parametrize("pool", ["loader", "matcher"])
def test_workers_end_when_the_main_process_is_killed(corpus_folder, tmp_path, pool, signal_number):
    """``python -m analysis counts ... | reader``: kill the main process while its workers read
    the corpus (or match long articles); the workers go within seconds and the reader sees
    the end of its input."""
    environment = dict(os.environ, ANALYSIS_CACHE_DIR=str(tmp_path / "cache"))
    command = [sys.executable, "-m", "analysis", "counts", str(corpus_folder), "--by", "actor"]
    if pool == "matcher":
        command = [sys.executable, "-c", MATCHING]
    main = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=environment
    )
    reader_done = threading.Event()

    def read() -> None:
        main.stdout.read()  # returns at end of file: when no process holds the pipe open
        reader_done.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    workers: list[psutil.Process] = []
    try:
        assert wait_for(lambda: len(children(main.pid)) >= 2, timeout=240), (
            f"no worker processes appeared (the run ended with {main.poll()})"
        )
        workers = children(main.pid)
        os.kill(main.pid, signal_number)
        main.wait(timeout=10)
        gone = wait_for(lambda: not any(map(alive, workers)) and reader_done.is_set(), 5)
        left = [worker.pid for worker in workers if alive(worker)]
        assert gone, f"workers {left} still alive, reader at end of input: {reader_done.is_set()}"
    finally:
        end(workers)
        if main.poll() is None:
            main.kill()
            main.wait()
        reader.join(timeout=5)
        main.stdout.close()


def test_a_worker_whose_parent_is_already_gone_exits_at_once(tmp_path):
    """The parent may die before the worker asks to end with it: the worker then exits."""
    orphaned, survived = tmp_path / "orphaned", tmp_path / "survived"
    context = multiprocessing.get_context("fork")
    middle = context.Process(target=_start_orphan, args=(orphaned, survived))
    middle.start()
    middle.join(10)
    assert wait_for(orphaned.exists, timeout=10)
    time.sleep(1)
    assert not survived.exists()


def _start_orphan(orphaned: Path, survived: Path) -> None:
    """Start a worker and end at once, leaving it an orphan."""
    multiprocessing.get_context("fork").Process(target=_orphan, args=(orphaned, survived)).start()
    os._exit(0)


def _orphan(orphaned: Path, survived: Path) -> None:
    from analysis.processes import end_with_parent

    parent = multiprocessing.parent_process()
    wait_for(lambda: os.getppid() != parent.pid, timeout=10)
    orphaned.touch()
    end_with_parent()
    survived.touch()


# One killed worker gives a clear error.


def kill_first_worker() -> threading.Thread:
    """Start a thread that kills the first new child process of this one, once it appears."""
    before = {child.pid for child in children(os.getpid())}

    def kill() -> None:
        def new() -> list[psutil.Process]:
            return [child for child in children(os.getpid()) if child.pid not in before]

        if wait_for(lambda: bool(new()), timeout=120, interval=0.002):
            os.kill(new()[0].pid, signal.SIGKILL)

    killer = threading.Thread(target=kill, daemon=True)
    killer.start()
    return killer


@pytest.mark.timeout(300)
def test_a_killed_loader_worker_is_a_one_line_error(corpus_folder, cache_dir):
    killer = kill_first_worker()
    with pytest.raises(RuntimeError, match=DIED) as raised:
        load_corpus(corpus_folder, cache=False, n_jobs=2, progress=False)
    killer.join()
    assert DIED.fullmatch(str(raised.value)).group(1) == f"reading {corpus_folder}"


@pytest.mark.timeout(300)
def test_a_killed_matcher_worker_is_a_one_line_error():
    # Four long articles, each a task that takes the worker a while.
    text = "Moscou a bloqué l'ONU, selon la Maison Blanche. " * 40_000
    corpus = pd.DataFrame({"doc_id": list("abcd"), "text": [text] * 4})
    killer = kill_first_worker()
    with pytest.raises(RuntimeError, match=DIED) as raised:
        find_mentions(corpus, n_jobs=2, progress=False)
    killer.join()
    assert DIED.fullmatch(str(raised.value)).group(1) == "finding the actor mentions in 4 articles"


@pytest.mark.timeout(300)
def test_the_command_line_reports_a_killed_worker_in_one_line(corpus_folder, cache_dir, capsys):
    killer = kill_first_worker()
    code = command_line(["counts", str(corpus_folder), "--by", "actor"])
    killer.join()
    error = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in error
    last_line = error.strip().splitlines()[-1].split("\r")[-1]
    assert last_line == (
        "error: a worker process ended unexpectedly (killed, or out of memory?) while reading "
        f"{corpus_folder}; run again, or free some memory (n_jobs=1 in Python uses one process)"
    )
