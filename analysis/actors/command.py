"""What ``python -m analysis actors`` prints: the check of a file, or a dictionary's summary.

The options are read by :mod:`analysis.cli`; these functions take Python values, print to
standard output and return the exit code of the command.
"""

from __future__ import annotations

import os

import pandas as pd

from analysis.actors.dictionary import ActorDictionary, build, layer_files, load_actors
from analysis.actors.problems import ActorDictionaryError
from analysis.actors.vocabulary import TYPE_ORDER

__all__ = ["check_file", "describe_dictionary"]


def check_file(path: str | os.PathLike, *, extend: bool = True) -> int:
    """Print every problem of a dictionary file, then a summary when none is an error.

    Parameters
    ----------
    path : str or path
        The dictionary file; printed as given.
    extend : bool, default True
        Check the file layered over the packaged dictionary, else alone.

    Returns
    -------
    int
        0 when the dictionary has no error, 1 otherwise (a missing file included).

    Examples
    --------
    >>> from analysis import config
    >>> check_file(config.PACKAGED_ACTORS)
    /...actors.yaml: ok, ... actors, ... aliases
    0
    """
    tables, problems = build(layer_files(path, extend))
    for problem in problems:
        print(problem)
    if tables is None:
        return 1
    print(f"{path}: ok, {len(tables.actors)} actors, {len(tables.aliases)} aliases")
    return 0


def describe_dictionary(
    path: str | os.PathLike | None = None, *, extend: bool = True, listing: bool = False
) -> int:
    """Print a dictionary's counts, hash and sources, or one row per actor.

    Parameters
    ----------
    path : str or path, optional
        The dictionary to load; default ``$ANALYSIS_ACTORS``, else the packaged one.
    extend : bool, default True
        Layer the file over the packaged dictionary, else load it alone.
    listing : bool, default False
        Print every actor with its number of aliases instead of the summary.

    Returns
    -------
    int
        0, or 1 when the file is missing or the dictionary has errors (printed).
    """
    try:
        actors = load_actors(path, extend=extend)
    except (FileNotFoundError, ActorDictionaryError) as error:
        print(error)
        return 1
    if listing:
        print(_listing(actors).to_string(index=False))
        return 0
    counts = actors.actors["actor_type"].value_counts()
    by_type = ", ".join(f"{counts.get(kind, 0)} {kind}s" for kind in TYPE_ORDER)
    print(f"{len(actors.actors)} actors ({by_type})")
    print(f"{len(actors.aliases)} aliases, {len(actors.exclusions)} exclusions")
    print(f"sha256 {actors.sha256}")
    for source in actors.sources:
        print(f"from {source}")
    return 0


def _listing(actors: ActorDictionary) -> pd.DataFrame:
    """One row per actor with its number of aliases, for ``--list``."""
    counts = actors.aliases.groupby("actor_id").size()
    listing = actors.actors[
        ["actor_id", "actor_type", "actor_name", "country", "organisation"]
    ].copy()
    listing["aliases"] = listing["actor_id"].map(counts).fillna(0).astype(int)
    return listing.fillna("")
