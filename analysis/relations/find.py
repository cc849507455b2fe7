"""``find_relations``: who does what to whom, one row per relation stated in a sentence."""

from __future__ import annotations

import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import numpy as np
import pandas as pd

from analysis.processes import end_with_parent, worker_died
from analysis.relations.cache import (
    mentions_key,
    read_relation_cache,
    relation_cache_path,
    write_relation_cache,
)
from analysis.relations.extract import candidate_sentences, rows_of
from analysis.relations.lexicon import Lexicon, load_lexicon
from analysis.relations.types import RELATION_STATUSES, RELATION_TYPES

__all__ = [
    "MENTION_INPUT_COLUMNS",
    "METHODS",
    "PARALLEL_THRESHOLD_ARTICLES",
    "RELATION_CACHE_VERSION",
    "RELATION_COLUMNS",
    "find_relations",
    "relation_frame",
]

RELATION_COLUMNS = [
    "doc_id",
    "sentence_id",
    "source",
    "target",
    "source_country",
    "target_country",
    "source_start",
    "source_end",
    "target_start",
    "target_end",
    "type",
    "status",
    "trigger_start",
    "trigger_end",
    "trigger",
    "language",
]
"""Columns of the relation table, in order.

doc_id
    The article (category).
sentence_id
    Index of the sentence within the article, as in the mention table (int32).
source, target
    The actor ids: the source does ``type`` to the target (category).
source_country, target_country
    Their roll-ups: the mention's ``country``, else its ``organisation``, else the actor
    itself (category). A signatory of a joint statement is its roll-up.
source_start, source_end, target_start, target_end
    Offsets into the article's ``text`` of the mentions naming them (int32); with a voice,
    the source may be a phrase standing for it ("Department", "we"), or an empty span at
    the trigger for an official act stated without an agent ("X is being designated").
    For a pronoun (« Il », "they", "the embassy", the "I" of a quotation) they are those
    of the mention it stands for, which may be in an earlier sentence.
type
    One of :data:`analysis.relations.RELATION_TYPES` (category, in that order).
status
    ``asserted``, ``alleged``, ``negated`` or ``future`` (category; see
    :data:`analysis.relations.RELATION_STATUSES`).
trigger_start, trigger_end, trigger
    The words that state it: ``text[trigger_start:trigger_end] == trigger`` (int32, string).
    A phrase spans the words between its own ("a appelé Moscou à").
language
    The article's language (category).
"""

METHODS = ("parse", "rules")
"""``parse``: the verbs of French sentences through spaCy, the rest by word order; ``rules``:
all by word order (no model needed, about four times faster on French text; on the
annotated development set it finds one asserted relation fewer of 160)."""

PARALLEL_THRESHOLD_ARTICLES = 2_000
"""Corpora with at least this many articles are read by one process per core (on Linux)."""

MENTION_INPUT_COLUMNS = (
    "doc_id",
    "sentence_id",
    "start",
    "end",
    "actor_id",
    "kind",
    "country",
    "organisation",
)
"""The columns of a mention table (:func:`analysis.mentions.find_mentions`) the relations
are read from."""

RELATION_CACHE_VERSION = "2"
"""Bump when the rules, the columns or the cache format change."""

_INT = (
    "sentence_id",
    "source_start",
    "source_end",
    "target_start",
    "target_end",
    "trigger_start",
    "trigger_end",
)
_CATEGORIES = ("doc_id", "source", "target", "source_country", "target_country", "language")


def find_relations(
    articles: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    *,
    lexicon: Lexicon | str | os.PathLike | None = None,
    voice: str | bool | None = None,
    actors=None,
    method: str = "parse",
    cache: bool = False,
    cache_dir: str | os.PathLike | None = None,
    n_jobs: int | None = None,
) -> pd.DataFrame:
    """Every relation between actors stated in the articles, one row per relation.

    Parameters
    ----------
    articles : DataFrame
        From :func:`analysis.load_corpus` (``doc_id``, ``text``, ``language``).
    mentions : DataFrame, optional
        From :func:`analysis.mentions.find_mentions`; found when not given. Only the
        mentions of ``articles`` count, so a subset of articles gives the relations of
        that subset whichever mention table comes with it.
    lexicon : Lexicon or path, optional
        The trigger lexicon: a path is layered over the packaged one
        (:func:`load_lexicon`); default the packaged one.
    voice : str or False, optional
        The actor id the publisher speaks as ("the Department", "we"); default the
        ``voice`` of the corpus's ``corpus.yaml`` (from ``articles.attrs["root"]``), False
        for none.
    actors : ActorDictionary or path, optional
        The dictionary, to find the mentions and to place the voice.
    method : {"parse", "rules"}
        See :data:`METHODS`.
    cache, cache_dir
        Keep the table as Parquet (as ``find_mentions`` does) and reuse it while the
        articles, dictionary, lexicon, voice and method are unchanged.
    n_jobs : int, optional
        Processes to use; by default one per core from
        :data:`PARALLEL_THRESHOLD_ARTICLES` articles. The result is the same either way.

    Returns
    -------
    DataFrame
        Columns :data:`RELATION_COLUMNS`, ordered by article, then sentence, then trigger.

    Raises
    ------
    ValueError
        ``articles`` lacks ``doc_id`` or ``text``, or ``mentions`` lacks one of
        :data:`MENTION_INPUT_COLUMNS`; the message lists what is missing.

    Examples
    --------
    >>> articles = pd.DataFrame({"doc_id": ["a"], "language": ["en"], "text": [
    ...     "The United States accused Russia of supplying weapons to North Korea."]})
    >>> find_relations(articles)[["source", "target", "type", "status", "trigger"]]
      source target    type    status    trigger
    0    USA    RUS  ACCUSE  asserted    accused
    1    RUS    PRK     AID   alleged  supplying
    """
    from analysis.measures import BUILD_HINT, require_columns
    from analysis.mentions import find_mentions, resolve_actors

    require_columns(articles, ["doc_id", "text"], "articles", BUILD_HINT)
    if mentions is not None:
        require_columns(mentions, MENTION_INPUT_COLUMNS, "mentions", BUILD_HINT)
    if method not in METHODS:
        raise ValueError(f"method must be one of {', '.join(METHODS)}, not {method!r}")
    dictionary = resolve_actors(actors)
    if not isinstance(lexicon, Lexicon):
        lexicon = load_lexicon(lexicon)
    voice_actor = _voice(voice, articles, dictionary)
    if mentions is not None:
        ids = set(articles["doc_id"].astype("string"))
        mentions = mentions[mentions["doc_id"].astype("string").isin(ids)]
    cache_path = None
    if cache:
        parts = [
            dictionary.sha256,
            lexicon.sha256,
            str(voice_actor),
            method,
            RELATION_CACHE_VERSION,
            mentions_key(mentions),
        ]
        cache_path = relation_cache_path(articles, parts, cache_dir)
    if cache_path is not None:
        cached = read_relation_cache(cache_path, RELATION_COLUMNS)
        if cached is not None:
            return typed(cached)
    if mentions is None:
        # The voice's officials too: "Under Secretary Zeya" in a release is the voice's.
        mentions = find_mentions(
            articles, dictionary, voice=voice_actor[0] if voice_actor else None
        )
    if n_jobs is None:
        many = len(articles) >= PARALLEL_THRESHOLD_ARTICLES and sys.platform == "linux"
        n_jobs = (os.cpu_count() or 1) if many else 1
    task = (articles, mentions, lexicon, voice_actor, method)
    rows = _rows_in_parallel(task, n_jobs) if n_jobs > 1 else _rows_of(task)
    order = {name: i for i, name in enumerate(articles["doc_id"].astype("string"))}
    table = relation_frame(rows, order)
    if cache_path is not None:
        write_relation_cache(cache_path, table)
    return table


def _rows_of(task: tuple) -> list[tuple]:
    articles, mentions, lexicon, voice, method = task
    return rows_of(list(candidate_sentences(articles, mentions, lexicon, voice)), method)


# The work of the worker processes, inherited through fork.
_WORKER_TASK: tuple | None = None


def _rows_of_range(bounds: tuple[int, int]) -> list[tuple]:
    end_with_parent()
    articles, mentions, *rest = _WORKER_TASK
    part = articles.iloc[bounds[0] : bounds[1]]
    ids = part["doc_id"].astype("string")
    own = mentions[mentions["doc_id"].astype("string").isin(set(ids))]
    return _rows_of((part, own, *rest))


def _rows_in_parallel(task: tuple, n_jobs: int) -> list[tuple]:
    """The rows of ``task``, its articles shared out among ``n_jobs`` forked processes."""
    global _WORKER_TASK
    articles, method = task[0], task[4]
    if method == "parse" and (articles.get("language") == "fr").any():
        from analysis.relations.parse import load_parser

        load_parser()  # once, before the fork: the workers share it
    n = len(articles)
    size = max(1, -(-n // (n_jobs * 4)))
    bounds = [(start, min(start + size, n)) for start in range(0, n, size)]
    _WORKER_TASK = task
    rows: list[tuple] = []
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(n_jobs, context) as pool:
            for part in pool.map(_rows_of_range, bounds):
                rows.extend(part)
    except BrokenProcessPool as error:
        raise worker_died(f"finding the relations in {n:,} articles") from error
    finally:
        _WORKER_TASK = None
    return rows


def _voice(voice, articles: pd.DataFrame, dictionary) -> tuple[str, str] | None:
    """The voice as (actor id, roll-up), from the argument or the corpus settings."""
    if voice is False or voice == "":
        return None
    if voice is None or voice is True:
        root = articles.attrs.get("root")
        if not root:
            return None
        from analysis.corpus.settings import read_settings

        voice = read_settings(root).voice
        if voice is None:
            return None
    actors = dictionary.actors.set_index("actor_id")
    if voice not in actors.index:
        raise ValueError(
            f"the voice {voice!r} is not an actor of the dictionary; give an actor id such "
            "as USA (the corpus setting `voice`, or --voice)"
        )
    row = actors.loc[voice]
    for column in ("country", "organisation"):
        if isinstance(row[column], str) and row[column]:
            return voice, row[column]
    return voice, voice


def relation_frame(rows: list[tuple], order: dict[str, int] | None = None) -> pd.DataFrame:
    """The relation table (:data:`RELATION_COLUMNS`) of rows in that order, sorted by
    article (``order``: doc_id -> position), sentence, trigger, source and target."""
    order = order or {}
    rows = sorted(rows, key=lambda r: (order.get(r[0], -1), r[1], r[12], r[6], r[8]))
    return typed(pd.DataFrame(rows, columns=RELATION_COLUMNS))


def typed(table: pd.DataFrame) -> pd.DataFrame:
    """The relation table with the dtypes of :data:`RELATION_COLUMNS`."""
    table = table.copy()
    for column in _INT:
        table[column] = table[column].astype(np.int32)
    for column in _CATEGORIES:
        table[column] = table[column].astype("string").astype("category")
    table["type"] = pd.Categorical(table["type"].astype("string"), categories=RELATION_TYPES)
    table["status"] = pd.Categorical(table["status"].astype("string"), categories=RELATION_STATUSES)
    table["trigger"] = table["trigger"].astype("string")
    return table.reset_index(drop=True)
