"""Measure the loader, the matcher and the counts on generated corpora, beside baselines.

Usage (``make bench`` runs the first)::

    python benchmarks/run.py                       # 10,000 and 100,000 articles
    python benchmarks/run.py --quick               # 10,000 only
    python benchmarks/run.py --sizes 20000 --json results.json --readme

The corpora come from the sample generator (``python -m analysis.sample``) and are kept in
``benchmarks/.corpora/`` between runs, with their Parquet caches and mention tables. Every
step runs in a fresh process, so that its peak memory (the largest resident size of the
process and of its worker processes) is its own; times are taken inside the process around
the work itself, except for the command line, timed from outside (start-up included).

Baselines measured in the same run:

- the raw read floor: every article file read as bytes, nothing else (from the page cache,
  as the other steps find the files);
- a trie-compiled ``re`` matcher: one regular expression built from the folded keys of the
  same dictionary (a trie, so that the longest alias wins at each position), run over the
  folded texts, with word boundaries as look-arounds.

``--readme`` writes the table and the machine description into ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPORA = HERE / ".corpora"
README = HERE / "README.md"
SIZES = (10_000, 100_000)
MARKERS = ("<!-- results:start -->", "<!-- results:end -->")


# --------------------------------------------------------------------------- steps
# Each step runs in its own process (``run.py --step NAME ...``) and prints one JSON line.


def step_read_floor(corpus: Path, **_) -> dict:
    names = sorted(entry.name for entry in os.scandir(corpus) if entry.name.endswith(".txt"))

    def read_all() -> int:
        total = 0
        for name in names:
            with open(os.path.join(corpus, name), "rb") as file:
                total += len(file.read())
        return total

    # Once to bring the files into the page cache, as the steps after this one find them.
    read_all()
    began = time.perf_counter()
    total = read_all()
    return {"seconds": time.perf_counter() - began, "bytes": total}


def step_prepare(corpus: Path, mentions: Path, **_) -> dict:
    """Write the Parquet cache and the mention table the later steps start from."""
    from analysis.corpus import load_corpus
    from analysis.mentions import MENTION_COLUMNS, find_mentions

    articles = load_corpus(corpus, progress=False)
    found = find_mentions(articles, progress=False)
    found.to_parquet(mentions, index=False)
    text_bytes = sum(len(text.encode("utf-8")) for text in articles["text"].tolist())
    return {
        "seconds": 0.0,
        "articles": len(articles),
        "mentions": len(found),
        "columns": len(MENTION_COLUMNS),
        "text_bytes": text_bytes,
    }


def step_load_first(corpus: Path, **_) -> dict:
    from analysis.corpus import load_corpus

    began = time.perf_counter()
    articles = load_corpus(corpus, cache=False, progress=False)
    return {"seconds": time.perf_counter() - began, "articles": len(articles)}


def step_load_cached(corpus: Path, **_) -> dict:
    from analysis.corpus import load_corpus

    began = time.perf_counter()
    articles = load_corpus(corpus, progress=False)
    seconds = time.perf_counter() - began
    if not articles.attrs.get("from_cache"):
        raise RuntimeError("the cached load did not come from the cache")
    return {"seconds": seconds, "articles": len(articles)}


def step_find_mentions(corpus: Path, jobs: int, **_) -> dict:
    from analysis.actors import load_actors
    from analysis.corpus import load_corpus
    from analysis.mentions import compiled_matcher, find_mentions

    articles = load_corpus(corpus, progress=False)
    dictionary = load_actors()
    compiled_matcher(dictionary)  # compiled once per process, as in a notebook
    began = time.perf_counter()
    found = find_mentions(articles, dictionary, n_jobs=jobs, progress=False)
    return {"seconds": time.perf_counter() - began, "mentions": len(found)}


def step_scan(corpus: Path, **_) -> dict:
    """The matcher alone (fold, automaton, longest match), one process, no table."""
    from analysis.actors import load_actors
    from analysis.corpus import load_corpus
    from analysis.mentions import compiled_matcher

    texts = load_corpus(corpus, progress=False)["text"].tolist()
    matcher = compiled_matcher(load_actors())
    began = time.perf_counter()
    found = 0
    for first in range(0, len(texts), 2000):
        found += len(matcher.scan_many(texts[first : first + 2000])[0])
    return {"seconds": time.perf_counter() - began, "mentions": found}


def step_trie_re(corpus: Path, **_) -> dict:
    """Baseline: a trie-compiled regular expression over the folded texts, one process."""
    from analysis.actors import alias_key, load_actors
    from analysis.corpus import load_corpus
    from analysis.text import fold

    texts = load_corpus(corpus, progress=False)["text"].tolist()
    dictionary = load_actors()
    keys = {alias_key(alias) for alias in dictionary.aliases["alias"]}
    keys |= {alias_key(phrase) for phrase in dictionary.exclusions["phrase"]}
    pattern = re.compile(rf"(?<!\w)(?:{trie_pattern(sorted(k for k in keys if k))})(?!\w)")
    began = time.perf_counter()
    found = 0
    for text in texts:
        found += sum(1 for _ in pattern.finditer(fold(text)))
    return {"seconds": time.perf_counter() - began, "mentions": found, "keys": len(keys)}


def trie_pattern(words: list[str]) -> str:
    """A regular expression matching ``words``, the longest one first at each position.

    Built from a trie: each branch is tried in turn and every word end is an optional
    continuation, so that the engine takes the longest word starting at a position.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(c) + pattern(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return pattern(trie)


def step_counts_month(corpus: Path, mentions: Path, **_) -> dict:
    import warnings

    import pandas as pd

    from analysis.corpus import load_corpus
    from analysis.counts import count_mentions

    articles = load_corpus(corpus, progress=False)
    table = pd.read_parquet(mentions)
    began = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = count_mentions(table, articles, by="month")
    return {"seconds": time.perf_counter() - began, "rows": len(result)}


def step_co_mentions(corpus: Path, mentions: Path, **_) -> dict:
    import pandas as pd

    from analysis.corpus import load_corpus
    from analysis.counts import co_mentions

    articles = load_corpus(corpus, progress=False)
    table = pd.read_parquet(mentions)
    began = time.perf_counter()
    result = co_mentions(table, articles)
    return {"seconds": time.perf_counter() - began, "rows": len(result)}


STEPS = {
    "read_floor": step_read_floor,
    "prepare": step_prepare,
    "load_first": step_load_first,
    "load_cached": step_load_cached,
    "find_mentions": step_find_mentions,
    "scan": step_scan,
    "trie_re": step_trie_re,
    "counts_month": step_counts_month,
    "co_mentions": step_co_mentions,
}


# --------------------------------------------------------------------------- processes


def run_child(command: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    """Run a command; its wall time, its peak resident memory in bytes, and its output.

    The peak comes from ``wait4``: the largest resident size of the process or of any
    process it waited for (its worker processes).
    """
    began = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT, text=True
    )
    output = process.stdout.read()
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - began
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{errors}")
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return seconds, peak, output


def run_step(name: str, env: dict[str, str], **options) -> dict:
    command = [sys.executable, str(HERE / "run.py"), "--step", name]
    for key, value in options.items():
        command += [f"--{key.replace('_', '-')}", str(value)]
    _, peak, output = run_child(command, env)
    result = json.loads(output.strip().splitlines()[-1])
    result["peak_bytes"] = peak
    return result


REPEAT = 3
"""Runs of each step; the median is reported, with the fastest and the slowest."""


def repeated(run) -> dict:
    """``run()`` (which returns a step's result) :data:`REPEAT` times, summed up.

    ``seconds`` is the median run, ``runs`` every run; the peak memory is the largest.
    """
    results = [run() for _ in range(REPEAT)]
    runs = sorted(result["seconds"] for result in results)
    return {
        **results[-1],
        "seconds": runs[len(runs) // 2],
        "runs": runs,
        "peak_bytes": max(result.get("peak_bytes") or 0 for result in results),
    }


def ensure_corpus(size: int) -> Path:
    from analysis.sample import write_corpus

    folder = CORPORA / f"n{size}"
    if folder.is_dir() and sum(1 for _ in folder.glob("*.txt")) == size:
        return folder
    print(f"Generating {size:,} articles in {folder} (kept for later runs)...", flush=True)
    write_corpus(folder, size, overwrite=True, progress=True)
    return folder


def measure(size: int, env: dict[str, str]) -> dict:
    corpus = ensure_corpus(size)
    mentions = CORPORA / "cache" / f"mentions-n{size}.parquet"
    mentions.parent.mkdir(parents=True, exist_ok=True)
    print(f"\n{size:,} articles: preparing the cache and the mention table...", flush=True)
    prepared = run_step("prepare", env, corpus=corpus, mentions=mentions)
    steps: dict[str, dict] = {}

    def record(key: str, label: str, result: dict) -> None:
        steps[key] = {"label": label, **result}
        runs = ", ".join(f"{seconds:.2f}" for seconds in result.get("runs", []))
        print(f"  {label:<36} {result['seconds']:7.2f} s   ({runs})", flush=True)

    def step(key: str, label: str, name: str, **options) -> None:
        record(key, label, repeated(lambda: run_step(name, env, **options)))

    step("read_floor", "raw read floor (bytes only)", "read_floor", corpus=corpus)
    step("load_first", "first load (cache off)", "load_first", corpus=corpus)
    step("load_cached", "cached load", "load_cached", corpus=corpus)
    for jobs in (1, 2):
        label = f"find_mentions, {jobs} process{'es' if jobs > 1 else ''}"
        step(f"find_mentions_{jobs}", label, "find_mentions", corpus=corpus, jobs=jobs)
    step("scan", "matcher only (scan_many), 1 process", "scan", corpus=corpus)
    step("trie_re", "trie re baseline, 1 process", "trie_re", corpus=corpus)
    step("counts_month", "count_mentions(by='month')", "counts_month", corpus=corpus,
         mentions=mentions)  # fmt: skip
    step("co_mentions", "co_mentions (sentences)", "co_mentions", corpus=corpus,
         mentions=mentions)  # fmt: skip
    # The command line on the cached corpus: with no mention table cached (it finds the
    # mentions and caches them), then again, as a user rerunning it finds both caches.
    cached_mentions = Path(env["ANALYSIS_CACHE_DIR"]) / "mentions"

    def command_line(first: bool) -> dict:
        if first:
            shutil.rmtree(cached_mentions, ignore_errors=True)
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "counts.csv"
            command = [sys.executable, "-m", "analysis", "counts", str(corpus), "--by", "actor"]
            seconds, peak, _ = run_child([*command, "--out", str(out)], env)
        return {"seconds": seconds, "peak_bytes": peak}

    record("cli_first", "CLI counts --by actor, first time", repeated(lambda: command_line(True)))
    record("cli", "CLI counts --by actor, again", repeated(lambda: command_line(False)))
    explorer = measure_explorer(corpus, mentions, env)
    if explorer is not None:
        steps["explore_filter"] = explorer
        print(f"  {explorer['label']:<34} {explorer['seconds'] * 1000:7.0f} ms", flush=True)
    return {"size": size, "prepared": prepared, "steps": steps}


def measure_explorer(corpus: Path, mentions: Path, env: dict[str, str]) -> dict | None:
    """The explorer's filter update, from benchmarks/explore_filter.py when it exists."""
    script = HERE / "explore_filter.py"
    if not script.exists():
        return None
    command = [sys.executable, str(script), str(corpus), "--mentions", str(mentions)]
    try:
        _, peak, output = run_child([*command, "--repeat", "3"], env)
    except RuntimeError as error:
        # The script exits with 1 when it misses its own target; its figures still count.
        output = str(error)
        peak = 0
    median = re.search(r"median filter change: view\(\) (\d+) ms", output)
    slowest = re.search(r"slowest view\(\) (\d+) ms", output)
    if median is None:
        print(f"  explore_filter.py gave no figure:\n{output[-2000:]}", flush=True)
        return None
    return {
        "label": "explorer filter update (median)",
        "seconds": int(median.group(1)) / 1000,
        "slowest_seconds": int(slowest.group(1)) / 1000 if slowest else None,
        "peak_bytes": peak,
    }


# --------------------------------------------------------------------------- report


def machine() -> dict[str, str]:
    def version(package: str) -> str:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return "not installed"

    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "cores": str(os.cpu_count()),
        "memory": f"{memory:.0f} GB",
        "system": f"{platform.system()} {platform.release()} ({platform.machine()})",
        "python": platform.python_version(),
        "libraries": ", ".join(
            f"{name} {version(name)}"
            for name in ("pandas", "numpy", "pyarrow", "pyahocorasick", "py3langid", "dask")
        ),
    }


def table(result: dict) -> str:
    steps = result["steps"]
    corpus_mb = steps["read_floor"]["bytes"] / 1e6
    floor = steps["read_floor"]["seconds"]
    trie = steps["trie_re"]["seconds"]
    ratios = {
        "load_first": f"{steps['load_first']['seconds'] / floor:.1f}x the read floor",
        "load_cached": f"{steps['load_cached']['seconds'] / floor:.2f}x the read floor",
        "find_mentions_1": f"{trie / steps['find_mentions_1']['seconds']:.1f}x faster than trie re",
        "find_mentions_2": f"{trie / steps['find_mentions_2']['seconds']:.1f}x faster than trie re",
        "scan": f"{trie / steps['scan']['seconds']:.1f}x faster than trie re",
    }
    lines = [
        f"{result['size']:,} articles, {corpus_mb:.0f} MB on disk, "
        f"{result['prepared']['mentions']:,} mentions",
        "",
        "| step | seconds (median) | fastest–slowest | MB/s | peak memory | compared |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for key, step in steps.items():
        seconds = step["seconds"]
        runs = step.get("runs") or [seconds]
        spread = f"{runs[0]:.2f}–{runs[-1]:.2f}" if len(runs) > 1 else ""
        rate = f"{corpus_mb / seconds:.0f}" if seconds > 0 else ""
        peak = f"{step['peak_bytes'] / 2**30:.2f} GB" if step.get("peak_bytes") else ""
        lines.append(
            f"| {step['label']} | {seconds:.2f} | {spread} | {rate} | {peak} "
            f"| {ratios.get(key, '')} |"
        )
    return "\n".join(lines)


# The targets of the largest corpus (100,000 articles, 2 cores): step, what, limit in seconds.
TARGETS = (
    ("load_first", "first load", 6.0),
    ("load_cached", "reload of an unchanged corpus", 1.0),
    ("find_mentions_2", "find_mentions with both cores", 4.0),
    ("cli", "`counts --by actor` from the command line, corpus and mentions cached", 4.0),
    ("explore_filter", "explorer filter update (median)", 0.3),
)
PEAK_TARGET_GB = 3.0


def targets(result: dict) -> str:
    """The targets, each with its figure and whether it is met."""
    steps = result["steps"]
    note = "" if result["size"] == 100_000 else ", though they are set for 100,000"
    lines = [
        f"Targets ({result['size']:,} articles{note})",
        "",
        "| target | limit | measured | |",
        "|---|---:|---:|---|",
    ]
    for key, what, limit in TARGETS:
        if key in steps:
            seconds = steps[key]["seconds"]
            met = "met" if seconds < limit else "not met"
            lines.append(f"| {what} | {limit:g} s | {seconds:.2f} s | {met} |")
    peak = max(step.get("peak_bytes") or 0 for step in steps.values()) / 2**30
    met = "met" if peak < PEAK_TARGET_GB else "not met"
    lines.append(f"| peak memory of any step | {PEAK_TARGET_GB:g} GB | {peak:.2f} GB | {met} |")
    return "\n".join(lines)


def write_readme(results: list[dict], about: dict[str, str]) -> None:
    text = README.read_text(encoding="utf-8")
    start, end = MARKERS
    if start not in text or end not in text:
        raise SystemExit(f"{README} lacks the markers {start} ... {end}; add them first.")
    described = "\n".join(f"- {key}: {value}" for key, value in about.items())
    body = (
        f"{start}\nMeasured {time.strftime('%Y-%m-%d')} with `python benchmarks/run.py`:\n\n"
        f"{described}\n\n"
        + "\n\n".join(table(result) for result in results)
        + f"\n\n{targets(results[-1])}\n{end}"
    )
    before, rest = text.split(start, 1)
    after = rest.split(end, 1)[1]
    README.write_text(before + body + after, encoding="utf-8")
    print(f"\nWrote the figures into {README.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    global REPEAT
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="corpus sizes")
    parser.add_argument("--quick", action="store_true", help="10,000 articles only")
    parser.add_argument("--json", type=Path, help="write the results to this JSON file")
    parser.add_argument("--readme", action="store_true", help="update benchmarks/README.md")
    parser.add_argument(
        "--repeat", type=int, default=REPEAT, help="runs of each step (the median is shown)"
    )
    parser.add_argument("--step", choices=sorted(STEPS), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--mentions", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.step:
        result = STEPS[arguments.step](
            corpus=arguments.corpus, mentions=arguments.mentions, jobs=arguments.jobs
        )
        print(json.dumps(result))
        return 0

    REPEAT = max(1, arguments.repeat)
    sizes = [10_000] if arguments.quick else arguments.sizes
    # Caches of the benchmark corpora stay with them, away from the project's data/processed.
    env = dict(os.environ, ANALYSIS_CACHE_DIR=str(CORPORA / "cache"))
    about = machine()
    print("Machine: " + "; ".join(f"{key} {value}" for key, value in about.items()))
    results = [measure(size, env) for size in sizes]
    print()
    for result in results:
        print(table(result) + "\n")
    print(targets(results[-1]) + "\n")
    if arguments.json is not None:
        arguments.json.write_text(
            json.dumps({"machine": about, "results": results}, indent=2), encoding="utf-8"
        )
    if arguments.readme:
        write_readme(results, about)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
