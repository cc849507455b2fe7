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


def _corpus_and_mentions(arguments: argparse.Namespace):
    """The corpus, the articles of ``--from``/``--to`` and their mentions (study.load_months)."""
    from analysis.study import load_months

    loaded = load_months(
        arguments.path,
        actors=arguments.actors,
        start=arguments.start,
        end=arguments.end,
        cache_dir=arguments.cache_dir,
    )
    _say_skipped(loaded.all_articles)
    if loaded.start is not None or loaded.end is not None:
        print(
            f"{len(loaded.articles)} of {len(loaded.all_articles)} articles from "
            f"{loaded.start or 'the first month'} to {loaded.end or 'the last month'}.",
            file=sys.stderr,
        )
    return loaded


def _mentions_command(arguments: argparse.Namespace) -> int:
    from analysis.mentions import MENTION_COLUMNS

    loaded = _corpus_and_mentions(arguments)
    _write_table(loaded.mentions[MENTION_COLUMNS], arguments.out)
    return 0


def _counts_command(arguments: argparse.Namespace) -> int:
    from analysis.counts import count_mentions

    loaded = _corpus_and_mentions(arguments)
    # By month, every month of --from/--to is a row, those without articles as gaps.
    window = {"start": loaded.start, "end": loaded.end} if arguments.by == "month" else {}
    counts = count_mentions(
        loaded.mentions,
        loaded.articles,
        by=arguments.by,
        level=arguments.level,
        kinds=arguments.kinds,
        exclude_kinds=arguments.exclude_kinds,
        **window,
    )
    _write_table(counts, arguments.out)
    return 0


def _write_table(table, out: Path | None) -> None:
    if out is None:
        table.to_csv(sys.stdout, index=False)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(out, index=False)
    print(f"Wrote {len(table)} rows to {out}", file=sys.stderr)


def _say_skipped(corpus) -> None:
    skipped = corpus.attrs.get("skipped", [])
    if skipped:
        print(
            f"{len(skipped)} file(s) not loaded; `python -m analysis corpus PATH` lists them.",
            file=sys.stderr,
        )


def _actors_command(arguments: argparse.Namespace) -> int:
    from analysis.actors import actors_command

    return actors_command(arguments.rest)


def _run_command(arguments: argparse.Namespace) -> int:
    from analysis.run import run_command

    return run_command(arguments.rest)


def _kinds(text: str) -> list[str]:
    return [kind.strip() for kind in text.split(",") if kind.strip()]


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

    for name, handler, help_text in [
        ("mentions", _mentions_command, "write every actor mention as CSV"),
        ("counts", _counts_command, "count mentions by actor, country or month"),
    ]:
        command = commands.add_parser(name, help=help_text)
        command.add_argument("path", type=Path, help="corpus folder, one article file, or table")
        command.add_argument("--actors", type=Path, help="your actor dictionary (YAML)")
        command.add_argument("--out", type=Path, help="CSV file to write (default: print)")
        command.add_argument("--cache-dir", type=Path, help="where to keep the Parquet cache")
        command.add_argument("--from", dest="start", help="first month, YYYY-MM")
        command.add_argument("--to", dest="end", help="last month, YYYY-MM")
        command.set_defaults(handler=handler)
        if name == "counts":
            command.add_argument(
                "--by", choices=["actor", "country", "document", "month"], default="actor"
            )
            command.add_argument("--level", choices=["actor", "country"], default="actor")
            command.add_argument(
                "--kinds", type=_kinds, help="alias kinds to count, e.g. name,capital"
            )
            command.add_argument(
                "--exclude-kinds", type=_kinds, help="alias kinds to leave out, e.g. demonym"
            )

    actors = commands.add_parser(
        "actors",
        help="list or check an actor dictionary (actors --check FILE)",
        add_help=False,
    )
    actors.add_argument("rest", nargs=argparse.REMAINDER)
    actors.set_defaults(handler=_actors_command)

    run = commands.add_parser(
        "run",
        help="execute every notebook and export figures, tables and a manifest",
        add_help=False,
    )
    run.add_argument("rest", nargs=argparse.REMAINDER)
    run.set_defaults(handler=_run_command)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m analysis`` and of the ``analysis`` script."""
    from analysis.corpus import CorpusError

    argv = sys.argv[1:] if argv is None else list(argv)
    # These commands parse their own options (argparse's REMAINDER drops leading options).
    delegated = {"run": _run_command, "actors": _actors_command}
    if argv and argv[0] in delegated:
        try:
            return delegated[argv[0]](argparse.Namespace(rest=argv[1:]))
        except (CorpusError, FileNotFoundError, ValueError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
    parser = build_parser()
    arguments = parser.parse_args(argv)
    try:
        return arguments.handler(arguments)
    except (CorpusError, FileNotFoundError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
