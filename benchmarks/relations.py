"""Time ``find_relations`` beside ``find_mentions`` on the same articles, in the same run.

Usage::

    python benchmarks/relations.py                 # 10,000 generated articles
    python benchmarks/relations.py --n 2000 --repeat 3
    python benchmarks/relations.py --corpus PATH --voice USA

The corpus comes from the sample generator (``python -m analysis.sample``) and is kept in
``benchmarks/.corpora/n<N>/`` (which git ignores), as ``run.py`` keeps it. In one process,
after the corpus is loaded (from its cache), the dictionary compiled, the lexicon loaded and
the spaCy model loaded (each timed apart: a notebook pays them once), every repeat times

- ``find_mentions`` with two processes (the baseline);
- ``find_relations`` from those mentions, with ``method="parse"`` (spaCy for French) and
  with ``method="rules"`` (word order only);

and prints each as seconds and as a ratio to the mention finder of the same repeat, with
the number of relations found, in wall-clock time and in processor seconds (this process
and its workers: steadier on a machine other work shares). The median repeat is shown.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = HERE / ".corpora"


def corpus_of(size: int) -> Path:
    """The generated corpus of ``size`` articles, written on first use."""
    path = CORPORA / f"n{size}"
    if not path.is_dir():
        CORPORA.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "analysis.sample", "--n", str(size), "--out", str(path)]
        subprocess.run(command, check=True)
    return path


def cpu_seconds() -> float:
    """Processor seconds of this process and of its finished workers: on a machine shared
    with other work, they move less than the wall-clock time."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def measure(corpus: Path, repeat: int, voice: str | None) -> dict:
    from analysis.actors import load_actors
    from analysis.corpus import load_corpus
    from analysis.mentions import compiled_matcher, find_mentions
    from analysis.relations import find_relations, load_lexicon
    from analysis.relations.parse import load_parser

    warnings.simplefilter("ignore")
    articles = load_corpus(corpus, progress=False)
    dictionary = load_actors()
    compiled_matcher(dictionary)
    began = time.perf_counter()
    lexicon = load_lexicon()
    lexicon_seconds = time.perf_counter() - began
    began = time.perf_counter()
    load_parser()
    model_seconds = time.perf_counter() - began
    runs: dict[str, list[float]] = {"mentions": [], "parse": [], "rules": []}
    cpu: dict[str, list[float]] = {"mentions": [], "parse": [], "rules": []}
    counts: dict[str, int] = {}
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), cpu_seconds()
        mentions = find_mentions(articles, dictionary, n_jobs=2, progress=False)
        runs["mentions"].append(time.perf_counter() - began)
        cpu["mentions"].append(cpu_seconds() - began_cpu)
        for method in ("parse", "rules"):
            began, began_cpu = time.perf_counter(), cpu_seconds()
            found = find_relations(
                articles,
                mentions,
                lexicon=lexicon,
                actors=dictionary,
                voice=voice or False,
                method=method,
            )
            runs[method].append(time.perf_counter() - began)
            cpu[method].append(cpu_seconds() - began_cpu)
            counts[method] = len(found)
    counts["mentions"] = len(mentions)
    return {
        "articles": len(articles),
        "french": int((articles["language"] == "fr").sum()),
        "lexicon_seconds": lexicon_seconds,
        "model_seconds": model_seconds,
        "runs": runs,
        "cpu": cpu,
        "counts": counts,
    }


def report(result: dict) -> str:
    mentions = statistics.median(result["runs"]["mentions"])
    lines = [
        f"{result['articles']:,} articles ({result['french']:,} in French), "
        f"{result['counts']['mentions']:,} mentions",
        f"once per process: lexicon {result['lexicon_seconds']:.2f} s, "
        f"spaCy model {result['model_seconds']:.2f} s",
        "",
        "| step | seconds (median) | runs | rows | ratio to find_mentions | processor "
        "seconds | ratio |",
        "|---|---:|---|---:|---:|---:|---:|",
    ]
    mentions_cpu = statistics.median(result["cpu"]["mentions"])
    for name, label in [
        ("mentions", "find_mentions, 2 processes"),
        ("parse", 'find_relations, method="parse"'),
        ("rules", 'find_relations, method="rules"'),
    ]:
        runs = result["runs"][name]
        median = statistics.median(runs)
        shown = ", ".join(f"{run:.2f}" for run in runs)
        used = statistics.median(result["cpu"][name])
        lines.append(
            f"| {label} | {median:.2f} | {shown} | {result['counts'][name]:,} | "
            f"{median / mentions:.1f}x | {used:.2f} | {used / mentions_cpu:.1f}x |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="generated articles")
    parser.add_argument("--corpus", type=Path, help="a corpus of your own instead")
    parser.add_argument("--voice", help="the corpus's voice, e.g. USA")
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    corpus = arguments.corpus or corpus_of(arguments.n)
    print(report(measure(corpus, arguments.repeat, arguments.voice)))


if __name__ == "__main__":
    main()
