"""Command line: ``python -m analysis COMMAND ...`` (run with ``--help`` for the list)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _corpus_command(arguments: argparse.Namespace) -> int:
    from analysis.corpus import corpus_report, format_report, read_corpus

    result = read_corpus(
        arguments.path, cache=not arguments.no_cache, cache_dir=arguments.cache_dir
    )
    report = corpus_report(result)
    if arguments.json:
        print(json.dumps(report, ensure_ascii=False, indent=None))
    else:
        print(format_report(report))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Load news corpora, count the actors they mention, and export figures.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    corpus = commands.add_parser("corpus", help="load a corpus and print its quality report")
    corpus.add_argument("path", type=Path, help="folder of .txt articles, one file, or a table")
    corpus.add_argument("--json", action="store_true", help="print the report as one JSON object")
    corpus.add_argument("--no-cache", action="store_true", help="read every file again")
    corpus.add_argument("--cache-dir", type=Path, help="where to keep the Parquet cache")
    corpus.set_defaults(handler=_corpus_command)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m analysis`` and of the ``analysis`` script."""
    from analysis.corpus import CorpusError

    parser = build_parser()
    arguments = parser.parse_args(argv)
    try:
        return arguments.handler(arguments)
    except (CorpusError, FileNotFoundError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
