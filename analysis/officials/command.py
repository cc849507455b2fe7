"""What ``python -m analysis actors --officials CORPUS`` prints: the officials found by title.

The options are read by :mod:`analysis.cli`; :func:`list_officials` takes Python values,
prints to standard output and returns the exit code of the command.
"""

from __future__ import annotations

import os

import pandas as pd

from analysis.officials.table import officials_table, officials_yaml

__all__ = ["list_officials"]


def list_officials(
    corpus: str | os.PathLike,
    *,
    actors: str | os.PathLike | None = None,
    voice: str | None = None,
    out: str | os.PathLike | None = None,
    cache: bool = True,
    top: int = 40,
) -> int:
    """Print the officials a corpus names by title, and write their YAML entries.

    Parameters
    ----------
    corpus : path
        The corpus folder or table.
    actors : path, optional
        A dictionary layered over the packaged one.
    voice : str, optional
        The corpus's voice; by default its settings' (``voice:`` in ``corpus.yaml``).
    out : path, optional
        Where to write the ``actors:`` entries of the officials the dictionary does not
        know (:func:`~analysis.officials.table.officials_yaml`).
    cache : bool, default True
        Reuse and write the caches of the corpus and its mentions.
    top : int, default 40
        Rows printed.

    Returns
    -------
    int
        0.
    """
    from analysis.actors import load_actors
    from analysis.corpus import load_corpus
    from analysis.corpus.settings import read_settings
    from analysis.mentions import find_mentions

    if voice is None:
        voice = read_settings(corpus).voice
    dictionary = load_actors(actors)
    articles = load_corpus(corpus, cache=cache)
    mentions = find_mentions(articles, dictionary, cache=cache, voice=voice)
    table = officials_table(mentions, articles, dictionary)
    new = table[~table["known"]]
    print(
        f"{len(table)} officials named by title in {len(articles)} articles "
        f"({len(new)} not in the dictionary), voice: {voice or 'none'}"
    )
    shown = table.head(top).assign(titles=table["titles"].head(top).map(lambda t: "; ".join(t[:3])))
    with pd.option_context("display.width", 160, "display.max_colwidth", 60):
        print(shown[["actor_id", "country", "organisation", "known", "n_articles", "titles"]]
              .to_string(index=False))  # fmt: skip
    if out is not None:
        officials_yaml(table, out)
        print(f"Wrote the entries of {len(new)} officials to {out}; review them before use.")
    return 0
