"""The command line: ``python -m analysis.sample --n 100000 --out DIR``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from analysis.sample.generate import DEFAULT_SEED
from analysis.sample.months import COVERED_END, COVERED_START
from analysis.sample.write import write_corpus


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the command line.

    Returns
    -------
    argparse.ArgumentParser
        Its namespace has ``n``, ``out``, ``seed``, ``start``, ``end``, ``english_share``,
        ``force`` and ``quiet``.

    Examples
    --------
    >>> arguments = build_parser().parse_args(["--n", "5", "--out", "corpus", "--from", "2023-01"])
    >>> arguments.n, arguments.start, arguments.end, arguments.force
    (5, '2023-01', '2025-06', False)
    """
    parser = argparse.ArgumentParser(
        prog="python -m analysis.sample",
        description="Write a deterministic synthetic corpus of news articles "
        "(one .txt per article, in the user's format).",
    )
    parser.add_argument("--n", type=int, required=True, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    parser.add_argument("--from", dest="start", default=COVERED_START, help="first month YYYY-MM")
    parser.add_argument("--to", dest="end", default=COVERED_END, help="last month YYYY-MM")
    parser.add_argument(
        "--english-share", type=float, default=0.15, help="expected share of English articles"
    )
    parser.add_argument(
        "--force", action="store_true", help="write into a non-empty folder, replacing articles"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m analysis.sample --n 100000 --out DIR``.

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments, without the program name; ``sys.argv[1:]`` by default.

    Returns
    -------
    int
        The exit code: 0 when the corpus is written, 2 when the folder or a value is refused
        (the reason goes to standard error). Malformed options exit with 2 through argparse.
    """
    arguments = build_parser().parse_args(argv)
    try:
        written = write_corpus(
            arguments.out,
            arguments.n,
            seed=arguments.seed,
            start=arguments.start,
            end=arguments.end,
            english_share=arguments.english_share,
            overwrite=arguments.force,
            progress=not arguments.quiet,
        )
    except (FileExistsError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"wrote {written} articles to {arguments.out}", file=sys.stderr)
    return 0
