"""``find_relations``: who does what to whom, one row per relation stated in a sentence."""

from __future__ import annotations

import os

import numpy as np
import pandas as pd

from analysis.relations.cache import (
    read_relation_cache,
    relation_cache_path,
    write_relation_cache,
)
from analysis.relations.extract import Found, candidate_sentences, read_sentences
from analysis.relations.lexicon import Lexicon, load_lexicon
from analysis.relations.types import RELATION_STATUSES, RELATION_TYPES

__all__ = ["METHODS", "RELATION_CACHE_VERSION", "RELATION_COLUMNS", "find_relations"]

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
    the source may be a phrase standing for it ("Department", "we").
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
"""``parse``: French sentences through spaCy, others by word order; ``rules``: all by word
order (no model needed, faster, less exact in French)."""

RELATION_CACHE_VERSION = "1"
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

    Returns
    -------
    DataFrame
        Columns :data:`RELATION_COLUMNS`, ordered by article, then sentence, then trigger.

    Examples
    --------
    >>> articles = pd.DataFrame({"doc_id": ["a"], "language": ["en"], "text": [
    ...     "The United States accused Russia of supplying weapons to North Korea."]})
    >>> find_relations(articles)[["source", "target", "type", "status", "trigger"]]
      source target    type    status    trigger
    0    USA    RUS  ACCUSE  asserted    accused
    1    RUS    PRK     AID   alleged  supplying
    """
    from analysis.mentions import find_mentions, resolve_actors

    if method not in METHODS:
        raise ValueError(f"method must be one of {', '.join(METHODS)}, not {method!r}")
    dictionary = resolve_actors(actors)
    if not isinstance(lexicon, Lexicon):
        lexicon = load_lexicon(lexicon)
    voice_actor = _voice(voice, articles, dictionary)
    cache_path = None
    if cache:
        parts = [
            dictionary.sha256,
            lexicon.sha256,
            str(voice_actor),
            method,
            RELATION_CACHE_VERSION,
        ]
        cache_path = relation_cache_path(articles, parts, cache_dir)
    if cache_path is not None:
        cached = read_relation_cache(cache_path, RELATION_COLUMNS)
        if cached is not None:
            return typed(cached)
    if mentions is None:
        mentions = find_mentions(articles, dictionary)
    else:
        ids = set(articles["doc_id"].astype("string"))
        mentions = mentions[mentions["doc_id"].astype("string").isin(ids)]
    sentences = list(candidate_sentences(articles, mentions, lexicon, voice_actor))
    order = {name: i for i, name in enumerate(articles["doc_id"].astype("string"))}
    table = relation_frame(read_sentences(sentences, method), order)
    if cache_path is not None:
        write_relation_cache(cache_path, table)
    return table


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


def relation_frame(found: list[Found], order: dict[str, int] | None = None) -> pd.DataFrame:
    """The relation table (:data:`RELATION_COLUMNS`) of relations found, in the order of the
    articles (``order``: doc_id -> position), then of the text."""
    order = order or {}
    found = sorted(
        found,
        key=lambda f: (
            order.get(f.sentence.doc_id, -1),
            f.sentence.sentence_id,
            f.trigger_start,
            f.source.start,
            f.target.start,
        ),
    )
    columns = {
        "doc_id": [f.sentence.doc_id for f in found],
        "sentence_id": [f.sentence.sentence_id for f in found],
        "source": [f.source_actor[0] for f in found],
        "target": [f.target_actor[0] for f in found],
        "source_country": [f.source_actor[1] for f in found],
        "target_country": [f.target_actor[1] for f in found],
        "source_start": [f.source.start for f in found],
        "source_end": [f.source.end for f in found],
        "target_start": [f.target.start for f in found],
        "target_end": [f.target.end for f in found],
        "type": [f.type for f in found],
        "status": [f.status for f in found],
        "trigger_start": [f.trigger_start for f in found],
        "trigger_end": [f.trigger_end for f in found],
        "trigger": [f.sentence.text[f.trigger_start : f.trigger_end] for f in found],
        "language": [f.sentence.language for f in found],
    }
    return typed(pd.DataFrame(columns, columns=RELATION_COLUMNS))


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
