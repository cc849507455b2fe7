"""The command lines of the package: every argument parser, and what each command calls.

``python -m analysis COMMAND`` (the ``analysis`` script)
    :func:`main`, with the parser of :func:`build_parser` and its commands ``corpus``,
    ``mentions``, ``counts``, ``actors``, ``relations`` and ``run``.
``python -m analysis.sample``
    :func:`sample_main`, with the parser of :func:`sample_parser`.

The parsers turn the options into Python values and hand them to the functions that do the
work (:func:`analysis.corpus.read_corpus`, :func:`analysis.counts.count_mentions`,
:func:`analysis.actors.command.check_file`, :func:`analysis.run.run_all`,
:func:`analysis.sample.write_corpus`...), which know nothing of argv. Only the two
``__main__`` modules import this one, so that no module of the package depends on it.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from analysis.measures import LEVELS, MIN_ARTICLES
from analysis.sample.generate import DEFAULT_SEED
from analysis.sample.months import COVERED_END, COVERED_START

__all__ = ["build_parser", "main", "sample_main", "sample_parser"]

NO_CACHE_HELP = "read every file and find every mention again, and write no cache"
BY_HELP = (
    "what to count by: actor, country, organisation, document, day, week, month, quarter, "
    "year, or an article column such as credit (default: actor)"
)


# ``python -m analysis``


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``python -m analysis``, one sub-command per command.

    Each sub-command sets ``handler``, the function that runs it on the parsed arguments, and
    ``complain``, the ``error`` method of the parser that reports its unknown arguments.

    Returns
    -------
    argparse.ArgumentParser
        Its namespace has ``command``, ``handler``, ``complain`` and the options of that
        command.

    Examples
    --------
    >>> arguments = build_parser().parse_args(["counts", "corpus", "--by", "quarter"])
    >>> arguments.command, arguments.by, arguments.level, arguments.min_articles
    ('counts', 'quarter', 'actor', 5)
    >>> build_parser().parse_args(["actors", "--check", "mine.yaml", "--alone"]).alone
    True
    """
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Load news corpora, count the actors they mention, and export figures.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_corpus(commands, parser)
    _add_mentions(commands, parser)
    _add_counts(commands, parser)
    _add_actors(commands)
    _add_relations(commands)
    _add_run(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m analysis`` and of the ``analysis`` script.

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments, without the program name; ``sys.argv[1:]`` by default.

    Returns
    -------
    int
        The exit code: 0 on success; 2 on bad usage, or when the corpus, a file or a value is
        refused (``error: ...`` on standard error); 1 when ``actors`` finds errors in a
        dictionary or a notebook of ``run`` fails.
    """
    from analysis.corpus import CorpusError
    from analysis.processes import WorkerProcessError

    parser = build_parser()
    try:
        arguments, unknown = parser.parse_known_args(argv)
        if unknown:
            # `actors` and `run` report these with their own usage, the other commands with
            # the main parser's: the messages that users and scripts already know.
            arguments.complain(f"unrecognized arguments: {' '.join(unknown)}")
    except SystemExit as exit_request:  # --help, or a usage error already printed
        return int(exit_request.code or 0)
    try:
        return arguments.handler(arguments)
    except (CorpusError, FileNotFoundError, ValueError, WorkerProcessError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


def _add_corpus(commands, parser: argparse.ArgumentParser) -> None:
    corpus = commands.add_parser("corpus", help="load a corpus and print its quality report")
    corpus.add_argument("path", type=Path, help="folder of .txt articles, one file, or a table")
    corpus.add_argument("--json", action="store_true", help="print the report as one JSON object")
    corpus.add_argument("--no-cache", action="store_true", help="read every file again")
    corpus.add_argument("--cache-dir", type=Path, help="where to keep the Parquet cache")
    corpus.set_defaults(handler=_corpus_command, complain=parser.error)


def _add_mentions(commands, parser: argparse.ArgumentParser) -> None:
    mentions = commands.add_parser("mentions", help="write every actor mention as CSV")
    _add_corpus_options(mentions)
    mentions.set_defaults(handler=_mentions_command, complain=parser.error)


def _add_counts(commands, parser: argparse.ArgumentParser) -> None:
    counts = commands.add_parser(
        "counts", help="count mentions by actor, country, period or column"
    )
    _add_corpus_options(counts)
    # No choices: count_mentions also takes any column of the articles, and its error names
    # what it accepts.
    counts.add_argument("--by", default="actor", help=BY_HELP)
    counts.add_argument("--level", choices=list(LEVELS), default="actor")
    counts.add_argument("--kinds", type=_kinds, help="alias kinds to count, e.g. name,capital")
    counts.add_argument(
        "--exclude-kinds", type=_kinds, help="alias kinds to leave out, e.g. demonym"
    )
    counts.add_argument(
        "--min-articles",
        type=int,
        default=MIN_ARTICLES,
        metavar="N",
        help="flag periods and groups of fewer articles as small_n (default: %(default)s)",
    )
    counts.set_defaults(handler=_counts_command, complain=parser.error)


def _add_corpus_options(command: argparse.ArgumentParser) -> None:
    """The corpus, dictionary, output and month options of ``mentions`` and ``counts``."""
    command.add_argument("path", type=Path, help="corpus folder, one article file, or table")
    command.add_argument("--actors", type=Path, help="your actor dictionary (YAML)")
    command.add_argument(
        "--out", type=Path, help="CSV file to write, a file name, not a folder (default: print)"
    )
    command.add_argument("--cache-dir", type=Path, help="where to keep the Parquet cache")
    command.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)
    command.add_argument("--from", dest="start", help="first month, YYYY-MM")
    command.add_argument("--to", dest="end", help="last month, YYYY-MM")
    command.add_argument(
        "--home",
        metavar="ID",
        help="the outlet's own country (e.g. FRA): its capital and demonyms count as kind home",
    )
    command.add_argument(
        "--settings", type=Path, help="corpus settings file (default: corpus.yaml in the corpus)"
    )


def _add_actors(commands) -> None:
    actors = commands.add_parser(
        "actors",
        help="list or check an actor dictionary (actors --check FILE)",
        prog="python -m analysis actors",
        description="Check, summarise or list an actor dictionary.",
    )
    actors.add_argument("--check", metavar="FILE", help="report the problems of FILE")
    actors.add_argument(
        "--actors",
        metavar="FILE",
        help="the dictionary to load (default: $ANALYSIS_ACTORS, else the packaged one)",
    )
    actors.add_argument("--list", action="store_true", help="print every actor")
    actors.add_argument(
        "--alone",
        action="store_true",
        help="use FILE alone instead of layering it over the packaged dictionary",
    )
    actors.add_argument(
        "--officials",
        metavar="CORPUS",
        help="list the officials CORPUS names by their title (and write them with --out)",
    )
    actors.add_argument(
        "--voice", help="with --officials: the corpus's voice (default: its corpus.yaml's)"
    )
    actors.add_argument(
        "--out", metavar="FILE", help="with --officials: write their actors: entries to FILE"
    )
    actors.set_defaults(handler=_actors_command, complain=actors.error)


def _add_relations(commands) -> None:
    relations = commands.add_parser(
        "relations", help="write who does what to whom (relations between actors) as CSV"
    )
    relations.add_argument(
        "path", type=Path, nargs="?", help="corpus folder, one article file, or table"
    )
    relations.add_argument("--actors", type=Path, help="your actor dictionary (YAML)")
    relations.add_argument("--lexicon", type=Path, help="your trigger lexicon (YAML), over ours")
    relations.add_argument(
        "--voice", help="actor id the publisher speaks as, e.g. USA (default: corpus.yaml)"
    )
    relations.add_argument(
        "--method",
        choices=["parse", "rules"],
        default="parse",
        help="parse French with spaCy (default) or read word order only",
    )
    relations.add_argument("--check", type=Path, metavar="FILE", help="check a lexicon file")
    relations.add_argument("--out", type=Path, help="CSV file to write (default: print)")
    relations.add_argument("--cache-dir", type=Path, help="where to keep the Parquet cache")
    relations.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)
    relations.add_argument("--from", dest="start", help="first month, YYYY-MM")
    relations.add_argument("--to", dest="end", help="last month, YYYY-MM")
    relations.add_argument(
        "--settings", type=Path, help="corpus settings file (default: corpus.yaml in the corpus)"
    )
    relations.add_argument("--home", metavar="ID", help=argparse.SUPPRESS)
    relations.set_defaults(handler=_relations_command, complain=relations.error)


def _add_run(commands) -> None:
    run = commands.add_parser(
        "run",
        help="execute every notebook and export figures, tables and a manifest",
        prog="python -m analysis run",
        description="Execute every notebook headless and export figures, tables and a manifest.",
    )
    run.add_argument("--corpus", type=Path, help="corpus folder (default: data/sample)")
    run.add_argument("--actors", type=Path, help="actor dictionary YAML (default: packaged)")
    run.add_argument("--from", dest="start", help="first month, YYYY-MM")
    run.add_argument("--to", dest="end", help="last month, YYYY-MM")
    run.add_argument("--kinds", help="alias kinds to count, comma-separated")
    run.add_argument(
        "--label",
        metavar="TEXT",
        help="the corpus label on every figure and in the index (default: corpus.yaml's "
        "label, else the folder name)",
    )
    run.add_argument(
        "--settings",
        type=Path,
        metavar="FILE",
        help="corpus settings (label, home, voice, outlet, credits) instead of the corpus's "
        "own corpus.yaml",
    )
    run.add_argument("--out", type=Path, help="output folder (default: reports)")
    run.add_argument("--only", nargs="*", help="run only notebooks starting with these")
    run.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)
    run.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        metavar=("NAME", "VALUE"),
        default=[],
        help='another notebook parameter, e.g. -p focus IRN -p countries \'["USA", "IRN"]\'',
    )
    run.set_defaults(handler=_run_command, complain=run.error)


def _kinds(text: str) -> list[str]:
    return [kind.strip() for kind in text.split(",") if kind.strip()]


def _parameter_value(text: str) -> object:
    """A ``-p`` value: JSON when it reads as JSON (``3``, ``["USA", "IRN"]``), else text."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


# What each command of ``python -m analysis`` does with its arguments.


def _corpus_command(arguments: argparse.Namespace) -> int:
    from analysis.corpus import corpus_report, format_report, read_corpus
    from analysis.corpus.settings import read_settings
    from analysis.mention_rules import home_hint, likely_home
    from analysis.mentions import find_mentions

    result = read_corpus(
        arguments.path, cache=not arguments.no_cache, cache_dir=arguments.cache_dir
    )
    report = corpus_report(result)
    # The outlet's likely home country, from the capitals its articles name.
    settings = read_settings(arguments.path)
    mentions = find_mentions(
        result.articles, cache=not arguments.no_cache, cache_dir=arguments.cache_dir
    )
    report["home"] = settings.home
    report["likely_home"] = None if settings.home else likely_home(mentions)
    if arguments.json:
        print(json.dumps(report, ensure_ascii=False, indent=None))
    else:
        print(format_report(report))
        hint = home_hint(mentions, settings.home)
        if hint:
            print(f"\nHome country: {hint}")
    return 0


def _corpus_and_mentions(arguments: argparse.Namespace):
    """The corpus, the articles of ``--from``/``--to`` and their mentions (study.load_months),
    with the voice and home country of the corpus's settings."""
    from analysis import config
    from analysis.corpus.settings import read_settings
    from analysis.mention_rules import home_hint, mark_home
    from analysis.study import load_months

    settings = read_settings(
        arguments.path if arguments.path is not None else config.corpus_dir(),
        path=arguments.settings,
        home=arguments.home,
    )
    loaded = load_months(
        arguments.path,
        actors=arguments.actors,
        start=arguments.start,
        end=arguments.end,
        cache_dir=arguments.cache_dir,
        cache=not arguments.no_cache,
        voice=settings.voice,
    )
    loaded = dataclasses.replace(loaded, mentions=mark_home(loaded.mentions, settings.home))
    hint = home_hint(loaded.mentions, settings.home)
    if hint:
        print(hint, file=sys.stderr)
    skipped = loaded.all_articles.attrs.get("skipped", [])
    if skipped:
        print(
            f"{len(skipped)} file(s) not loaded; `python -m analysis corpus PATH` lists them.",
            file=sys.stderr,
        )
    if loaded.start is not None or loaded.end is not None:
        print(
            f"{len(loaded.articles)} of {len(loaded.all_articles)} articles from "
            f"{loaded.start or 'the first month'} to {loaded.end or 'the last month'}.",
            file=sys.stderr,
        )
    return loaded


def _mentions_command(arguments: argparse.Namespace) -> int:
    from analysis.mentions import MENTION_COLUMNS

    _check_corpus_options(arguments, "mentions.csv")
    loaded = _corpus_and_mentions(arguments)
    _write_table(loaded.mentions[MENTION_COLUMNS], arguments.out)
    return 0


def _counts_command(arguments: argparse.Namespace) -> int:
    from analysis.counts import count_mentions
    from analysis.periods import UNIT_NAMES

    _check_corpus_options(arguments, "counts.csv")
    loaded = _corpus_and_mentions(arguments)
    # By a unit of time, every period of --from/--to is a row, those without articles as gaps.
    timed = arguments.by in UNIT_NAMES
    window = {"start": loaded.start, "end": loaded.end} if timed else {}
    counts = count_mentions(
        loaded.mentions,
        loaded.articles,
        by=arguments.by,
        level=arguments.level,
        kinds=arguments.kinds,
        exclude_kinds=arguments.exclude_kinds,
        min_articles=arguments.min_articles,
        **window,
    )
    _write_table(counts, arguments.out)
    return 0


def _check_corpus_options(arguments: argparse.Namespace, example: str) -> None:
    """Refuse ``--actors`` and ``--out`` paths that cannot serve, before the corpus is read.

    Parameters
    ----------
    arguments : argparse.Namespace
        The options of ``mentions`` or ``counts``.
    example : str
        A file name to suggest when ``--out`` names a folder (``counts.csv``).

    Raises
    ------
    ValueError
        ``--actors`` names a folder, or ``--out`` a folder or a path under a file; ``main``
        prints the message as ``error: ...`` and exits with 2.
    """
    _check_dictionary_path(arguments.actors, "--actors")
    out = arguments.out
    if out is None:
        return
    if out.is_dir():
        raise ValueError(f"--out {out} is a folder; give a file name such as {out / example}")
    # The first existing folder up the path must be a folder: a file there cannot hold one.
    existing = next((parent for parent in out.parents if parent.exists()), None)
    if existing is not None and not existing.is_dir():
        raise ValueError(
            f"--out {out}: {existing} is a file, not a folder; give a file in a folder"
        )


def _check_dictionary_path(path: str | Path | None, option: str) -> None:
    """Refuse a folder given as a dictionary file (a ``ValueError`` naming ``option``)."""
    if path is not None and Path(path).is_dir():
        raise ValueError(f"{option} {path} is a folder; give the YAML file of your dictionary")


def _write_table(table, out: Path | None) -> None:
    """Write ``table`` as CSV to ``out``, or to standard output when ``out`` is None.

    Raises
    ------
    ValueError
        ``out`` cannot be written (no permission, a full disk...); ``main`` prints the
        message as ``error: ...`` and exits with 2.
    """
    if out is None:
        table.to_csv(sys.stdout, index=False)
        return
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        table.to_csv(out, index=False)
    except OSError as error:
        # main reports a ValueError in one line; an OSError would end in a traceback.
        raise ValueError(
            f"cannot write --out {out} ({error.strerror or error}); give a file in a folder "
            f"you can write to"
        ) from error
    print(f"Wrote {len(table)} rows to {out}", file=sys.stderr)


def _relations_command(arguments: argparse.Namespace) -> int:
    from analysis.corpus.settings import read_settings
    from analysis.relations import RELATION_COLUMNS, find_relations
    from analysis.relations.command import check_lexicon_file

    if arguments.check is not None:
        return check_lexicon_file(arguments.check)
    if arguments.path is None:
        raise ValueError("relations needs a corpus PATH (or --check FILE to check a lexicon)")
    _check_corpus_options(arguments, "relations.csv")
    loaded = _corpus_and_mentions(arguments)
    # The publisher's voice: --voice, else the corpus settings' (corpus.yaml or --settings).
    settings = read_settings(arguments.path, path=arguments.settings)
    table = find_relations(
        loaded.articles,
        loaded.mentions,
        lexicon=arguments.lexicon,
        voice=arguments.voice or settings.voice or False,
        actors=arguments.actors,
        method=arguments.method,
        cache=not arguments.no_cache,
        cache_dir=arguments.cache_dir,
    )
    _write_table(table[RELATION_COLUMNS], arguments.out)
    return 0


def _actors_command(arguments: argparse.Namespace) -> int:
    from analysis.actors.command import check_file, describe_dictionary

    extend = not arguments.alone
    _check_dictionary_path(arguments.check, "--check")
    _check_dictionary_path(arguments.actors, "--actors")
    if arguments.officials is not None:
        from analysis.officials.command import list_officials

        return list_officials(
            arguments.officials, actors=arguments.actors, voice=arguments.voice, out=arguments.out
        )
    if arguments.check is not None:
        return check_file(arguments.check, extend=extend)
    return describe_dictionary(arguments.actors, extend=extend, listing=arguments.list)


def _run_command(arguments: argparse.Namespace) -> int:
    from analysis.run import NotebookFailed, run_all

    if arguments.out is not None and arguments.out.exists() and not arguments.out.is_dir():
        raise ValueError(
            f"--out {arguments.out} is a file; give the folder the figures and tables go to"
        )
    kinds = [k.strip() for k in arguments.kinds.split(",")] if arguments.kinds else None
    try:
        run_all(
            corpus=arguments.corpus,
            actors=arguments.actors,
            start=arguments.start,
            end=arguments.end,
            kinds=kinds,
            out=arguments.out,
            only=arguments.only,
            extra={name: _parameter_value(value) for name, value in arguments.parameter},
            cache=not arguments.no_cache,
            label=arguments.label,
            settings=arguments.settings,
        )
    except NotebookFailed as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


# ``python -m analysis.sample``


def sample_parser() -> argparse.ArgumentParser:
    """The parser of ``python -m analysis.sample``.

    Returns
    -------
    argparse.ArgumentParser
        Its namespace has ``n``, ``out``, ``seed``, ``start``, ``end``, ``english_share``,
        ``force`` and ``quiet``.

    Examples
    --------
    >>> arguments = sample_parser().parse_args(["--n", "5", "--out", "corpus", "--from", "2023-01"])
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


def sample_main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m analysis.sample --n 100000 --out DIR``.

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments, without the program name; ``sys.argv[1:]`` by default.

    Returns
    -------
    int
        The exit code: 0 when the corpus is written, 2 on bad usage or when the folder or a
        value is refused (the reason goes to standard error).
    """
    from analysis.sample.write import write_corpus

    try:
        arguments = sample_parser().parse_args(argv)
    except SystemExit as exit_request:  # --help, or a usage error already printed
        return int(exit_request.code or 0)
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
