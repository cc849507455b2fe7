"""``python -m analysis actors``: check, summarise or list an actor dictionary."""

from __future__ import annotations

import argparse

import pandas as pd

from analysis.actors.dictionary import ActorDictionary, build, layer_files, load_actors
from analysis.actors.problems import ActorDictionaryError
from analysis.actors.vocabulary import TYPE_ORDER

__all__ = ["actors_command", "build_parser"]


def build_parser() -> argparse.ArgumentParser:
    """The parser of the arguments after ``python -m analysis actors``.

    Returns
    -------
    argparse.ArgumentParser
        Options ``--check FILE``, ``--actors FILE``, ``--list`` and ``--alone``.

    Examples
    --------
    >>> arguments = build_parser().parse_args(["--check", "mine.yaml", "--alone"])
    >>> arguments.check, arguments.alone, arguments.list
    ('mine.yaml', True, False)
    """
    parser = argparse.ArgumentParser(
        prog="python -m analysis actors",
        description="Check, summarise or list an actor dictionary.",
    )
    parser.add_argument("--check", metavar="FILE", help="report the problems of FILE")
    parser.add_argument(
        "--actors",
        metavar="FILE",
        help="the dictionary to load (default: $ANALYSIS_ACTORS, else the packaged one)",
    )
    parser.add_argument("--list", action="store_true", help="print every actor")
    parser.add_argument(
        "--alone",
        action="store_true",
        help="use FILE alone instead of layering it over the packaged dictionary",
    )
    return parser


def actors_command(argv: list[str]) -> int:
    """``python -m analysis actors``: check, summarise or list an actor dictionary.

    ``--check FILE`` prints each problem on a line, then ``FILE: ok, N actors, M aliases``
    when there is no error. Otherwise the dictionary (``--actors FILE`` or the default) is
    summarised, or listed actor by actor with ``--list``.

    Parameters
    ----------
    argv : list of str
        The arguments after ``actors``.

    Returns
    -------
    int
        0 on success, 1 if the dictionary has errors or a file is missing, 2 on bad usage.

    Examples
    --------
    >>> from analysis import config
    >>> actors_command(["--check", str(config.PACKAGED_ACTORS)])
    /...actors.yaml: ok, ... actors, ... aliases
    0
    """
    parser = build_parser()
    try:
        arguments = parser.parse_args(argv)
    except SystemExit as exit_request:
        return int(exit_request.code or 0)
    extend = not arguments.alone
    if arguments.check is not None:
        return _check_command(arguments.check, extend)
    try:
        actors = load_actors(arguments.actors, extend=extend)
    except (FileNotFoundError, ActorDictionaryError) as error:
        print(error)
        return 1
    if arguments.list:
        print(_listing(actors).to_string(index=False))
    else:
        counts = actors.actors["actor_type"].value_counts()
        by_type = ", ".join(f"{counts.get(kind, 0)} {kind}s" for kind in TYPE_ORDER)
        print(f"{len(actors.actors)} actors ({by_type})")
        print(f"{len(actors.aliases)} aliases, {len(actors.exclusions)} exclusions")
        print(f"sha256 {actors.sha256}")
        for source in actors.sources:
            print(f"from {source}")
    return 0


def _check_command(path: str, extend: bool) -> int:
    """``--check FILE``: print every problem, then a summary when none is an error."""
    tables, problems = build(layer_files(path, extend))
    for problem in problems:
        print(problem)
    if tables is None:
        return 1
    print(f"{path}: ok, {len(tables.actors)} actors, {len(tables.aliases)} aliases")
    return 0


def _listing(actors: ActorDictionary) -> pd.DataFrame:
    """One row per actor with its number of aliases, for ``--list``."""
    counts = actors.aliases.groupby("actor_id").size()
    listing = actors.actors[
        ["actor_id", "actor_type", "actor_name", "country", "organisation"]
    ].copy()
    listing["aliases"] = listing["actor_id"].map(counts).fillna(0).astype(int)
    return listing.fillna("")
