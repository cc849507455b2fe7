"""Find every mention of every actor, with the exact span of text behind it.

Matching rules (see the README for examples):

- case-insensitive, unless the alias is marked ``case_sensitive`` (``US``, ``le Nord``);
- accent-, apostrophe- and hyphen-insensitive (``Etats-Unis`` = ``États-Unis``,
  ``Kim Jong Un`` = ``Kim Jong-un``, ``’`` = ``'``);
- whole words only, so French elision works by itself (``l'Ukraine``, ``d'Ukraine``);
- the longest match wins and matches never overlap (``Conseil de sécurité des Nations
  unies`` is one Security Council mention, not also a UN one);
- exclusion phrases (``Washington Post``, ``mer de Chine``) take part in that contest and
  are then dropped, so the aliases inside them never count.

The matcher folds the text one character for one character (:func:`analysis.text.fold`)
and runs an Aho-Corasick automaton over it with keys padded by spaces, so that offsets in
the folded text are offsets in the article text and only whole words can match.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import ahocorasick
import numpy as np
import pandas as pd

from analysis.actors import alias_key, case_letters
from analysis.text import fold, sentence_starts

MENTION_COLUMNS = [
    "doc_id",
    "sentence_id",
    "start",
    "end",
    "matched",
    "alias",
    "kind",
    "actor_id",
    "actor_name",
    "actor_type",
    "country",
    "language",
]
"""Columns of the mention table, in order.

doc_id
    The article (category).
sentence_id
    Index of the sentence within the article, from 0 (int32).
start, end
    Character offsets into the article's ``text``: ``text[start:end] == matched`` (int32).
matched
    The text as written in the article (string).
alias
    The dictionary alias that matched (category).
kind
    ``name``, ``demonym``, ``capital``, ``institution``, ``leader`` or ``epithet`` (category).
actor_id, actor_name, actor_type
    The actor (``RUS``, ``Russia``, ``state``; ``shoigu``, ``Sergei Shoigu``, ``person``).
country
    ISO 3166-1 alpha-3 of the state itself or of the actor's affiliation; ``<NA>`` for
    international organisations and their officials.
language
    The article's language (category).

The DataFrame also carries ``organisation`` (the organisation an actor belongs to, such as
``UN`` for the Security Council and its Secretary-General), used to roll counts up; the
command line writes exactly the columns above.
"""

PARALLEL_THRESHOLD_CHARACTERS = 20_000_000
"""Corpora with more text than this are matched by one process per core."""

_EXCLUSION = -1


@dataclass(frozen=True)
class _Entry:
    alias: str
    actor_id: str
    kind: str
    case_sensitive: bool
    letters: str


class Matcher:
    """A compiled actor dictionary, ready to scan texts.

    Parameters
    ----------
    aliases : DataFrame
        ``actor_id``, ``alias``, ``kind``, ``case_sensitive`` (as in
        :attr:`analysis.actors.ActorDictionary.aliases`).
    exclusions : DataFrame, optional
        ``phrase``, ``case_sensitive``.

    Examples
    --------
    >>> aliases = pd.DataFrame({"actor_id": ["RUS", "UN"], "alias": ["Moscou", "ONU"],
    ...                         "kind": ["capital", "name"], "case_sensitive": [False, False]})
    >>> Matcher(aliases).scan("Moscou a bloqué l'ONU.")
    [(0, 6, 0), (18, 21, 1)]
    """

    def __init__(self, aliases: pd.DataFrame, exclusions: pd.DataFrame | None = None):
        self.entries: list[_Entry] = []
        self.automaton = ahocorasick.Automaton()
        keyed: dict[str, list[int]] = {}
        for row in aliases.itertuples(index=False):
            key = alias_key(row.alias)
            if not key:
                continue
            index = len(self.entries)
            self.entries.append(
                _Entry(
                    row.alias,
                    row.actor_id,
                    row.kind,
                    bool(row.case_sensitive),
                    case_letters(row.alias),
                )
            )
            keyed.setdefault(key, []).append(index)
        if exclusions is not None:
            for row in exclusions.itertuples(index=False):
                key = alias_key(row.phrase)
                if not key:
                    continue
                index = len(self.entries)
                self.entries.append(
                    _Entry(
                        row.phrase,
                        "",
                        "exclusion",
                        bool(row.case_sensitive),
                        case_letters(row.phrase),
                    )
                )
                keyed.setdefault(key, []).append(index)
        for key, indices in keyed.items():
            # Case-sensitive entries first, so that "US" (the country, in capitals) is tried
            # before a case-insensitive entry sharing its key.
            indices.sort(key=lambda i: not self.entries[i].case_sensitive)
            padded = f" {key} "
            self.automaton.add_word(padded, (len(padded) - 2, tuple(indices)))
        if len(keyed):
            self.automaton.make_automaton()

    def scan(self, text: str) -> list[tuple[int, int, int]]:
        """Mentions in one text as ``(start, end, entry index)``, leftmost-longest, no overlap.

        Exclusion phrases are resolved like aliases and then removed from the result.
        """
        if not self.entries or not text:
            return []
        folded = f" {fold(text)} "
        candidates: list[tuple[int, int, int]] = []
        for last, (length, indices) in self.automaton.iter(folded):
            # `last` is the padding space after the match in the padded text, which is one
            # character longer at the front than `text`.
            start = last - length - 1
            end = last - 1
            entry_index = self._pick(indices, text, start, end)
            if entry_index is not None:
                candidates.append((start, end, entry_index))
        if not candidates:
            return []
        candidates.sort(key=lambda c: (c[0], c[0] - c[1]))
        kept: list[tuple[int, int, int]] = []
        reach = -1
        for start, end, entry_index in candidates:
            if start >= reach:
                kept.append((start, end, entry_index))
                reach = end
        return [c for c in kept if self.entries[c[2]].kind != "exclusion"]

    def _pick(self, indices: tuple[int, ...], text: str, start: int, end: int) -> int | None:
        for index in indices:
            entry = self.entries[index]
            if not entry.case_sensitive or case_letters(text[start:end]) == entry.letters:
                return index
        return None


def find_mentions(
    corpus: pd.DataFrame,
    actors=None,
    *,
    n_jobs: int | None = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Every actor mention in a corpus, one row per mention.

    Parameters
    ----------
    corpus : DataFrame
        From :func:`analysis.load_corpus` (needs ``doc_id``, ``text``; ``language`` is
        copied when present).
    actors : ActorDictionary, path or None
        The dictionary; ``None`` loads the default (:func:`analysis.actors.load_actors`), a
        path loads that file over the default.
    n_jobs : int, optional
        Processes to use; by default one per core for corpora above
        :data:`PARALLEL_THRESHOLD_CHARACTERS`. The result is identical either way.
    progress : bool, optional
        Show a progress bar (default: for 10,000 articles or more).

    Returns
    -------
    DataFrame
        Columns :data:`MENTION_COLUMNS`, ordered by article then offset.

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "language": ["fr"],
    ...     "text": ["Le Kremlin et la Maison Blanche ont réagi, selon le Washington Post."]})
    >>> find_mentions(corpus)[["matched", "actor_id", "country"]]
              matched     actor_id country
    0         Kremlin      kremlin     RUS
    1  Maison Blanche  white-house     USA
    """
    dictionary = _resolve_actors(actors)
    matcher = compiled_matcher(dictionary)
    texts = corpus["text"].astype(object).where(corpus["text"].notna(), "").tolist()
    n_characters = sum(map(len, texts))
    if n_jobs is None:
        n_jobs = (os.cpu_count() or 1) if n_characters >= PARALLEL_THRESHOLD_CHARACTERS else 1
    show = progress if progress is not None else len(texts) >= 10_000
    found = _scan_all(matcher, texts, n_jobs, show)
    return _mention_frame(found, corpus, texts, matcher, dictionary)


def _resolve_actors(actors):
    from analysis.actors import ActorDictionary, load_actors

    if isinstance(actors, ActorDictionary):
        return actors
    return load_actors(actors)


_MATCHERS: dict[str, Matcher] = {}


def compiled_matcher(dictionary) -> Matcher:
    """The :class:`Matcher` of a dictionary, compiled once per dictionary content."""
    matcher = _MATCHERS.get(dictionary.sha256)
    if matcher is None:
        matcher = Matcher(dictionary.aliases, dictionary.exclusions)
        _MATCHERS.clear()
        _MATCHERS[dictionary.sha256] = matcher
    return matcher


# Set in worker processes (inherited through fork, or rebuilt by the initializer).
_WORKER_MATCHER: Matcher | None = None


def _init_worker(matcher: Matcher | None) -> None:
    global _WORKER_MATCHER
    if matcher is not None:
        _WORKER_MATCHER = matcher


def _scan_chunk(texts: list[str]) -> list[list[tuple[int, int, int]]]:
    return [_WORKER_MATCHER.scan(text) for text in texts]


def _scan_all(matcher: Matcher, texts: list[str], n_jobs: int, show: bool):
    from tqdm.auto import tqdm

    bar = tqdm(total=len(texts), unit="article", desc="Matching", disable=not show)
    found: list[list[tuple[int, int, int]]] = []
    if n_jobs > 1 and len(texts) > 1:
        global _WORKER_MATCHER
        _WORKER_MATCHER = matcher
        chunk = max(200, len(texts) // (n_jobs * 8))
        chunks = [texts[i : i + chunk] for i in range(0, len(texts), chunk)]
        if sys.platform == "linux":
            # Workers inherit the compiled automaton instead of rebuilding it.
            context, initargs = multiprocessing.get_context("fork"), (None,)
        else:
            context, initargs = multiprocessing.get_context(), (matcher,)
        with ProcessPoolExecutor(n_jobs, context, _init_worker, initargs) as pool:
            for part in pool.map(_scan_chunk, chunks):
                found.extend(part)
                bar.update(len(part))
    else:
        for text in texts:
            found.append(matcher.scan(text))
            bar.update(1)
    bar.close()
    return found


def _mention_frame(found, corpus, texts, matcher: Matcher, dictionary) -> pd.DataFrame:
    counts = np.fromiter((len(spans) for spans in found), dtype=np.int64, count=len(found))
    total = int(counts.sum())
    starts = np.empty(total, dtype=np.int32)
    ends = np.empty(total, dtype=np.int32)
    entry_ids = np.empty(total, dtype=np.int32)
    sentences = np.empty(total, dtype=np.int32)
    matched: list[str] = []
    position = 0
    for text, spans in zip(texts, found, strict=True):
        if not spans:
            continue
        block = np.asarray(spans, dtype=np.int64)
        size = len(block)
        starts[position : position + size] = block[:, 0]
        ends[position : position + size] = block[:, 1]
        entry_ids[position : position + size] = block[:, 2]
        boundaries = sentence_starts(text)
        sentences[position : position + size] = (
            np.searchsorted(boundaries, block[:, 0], side="right") - 1
        )
        matched.extend(text[start:end] for start, end, _ in spans)
        position += size
    rows = np.repeat(np.arange(len(found)), counts)
    entries = pd.DataFrame(
        [(e.alias, e.actor_id, e.kind) for e in matcher.entries],
        columns=["alias", "actor_id", "kind"],
    )
    chosen = entries.iloc[entry_ids].reset_index(drop=True)
    actors = dictionary.actors.set_index("actor_id")
    doc_ids = corpus["doc_id"].astype("string").to_numpy()[rows]
    if "language" in corpus:
        languages = corpus["language"].astype("string").to_numpy()[rows]
    else:
        languages = pd.array([pd.NA] * total, dtype="string")
    frame = pd.DataFrame(
        {
            "doc_id": pd.Categorical(doc_ids, categories=_unique(corpus["doc_id"])),
            "sentence_id": sentences,
            "start": starts,
            "end": ends,
            "matched": pd.array(matched, dtype="string"),
            "alias": pd.Categorical(chosen["alias"]),
            "kind": pd.Categorical(chosen["kind"], categories=list(KINDS)),
            "actor_id": pd.Categorical(chosen["actor_id"]),
            "actor_name": pd.Categorical(
                actors["actor_name"].reindex(chosen["actor_id"]).to_numpy()
            ),
            "actor_type": pd.Categorical(
                actors["actor_type"].reindex(chosen["actor_id"]).to_numpy(),
                categories=list(ACTOR_TYPES),
            ),
            "country": pd.Categorical(actors["country"].reindex(chosen["actor_id"]).to_numpy()),
            "organisation": pd.Categorical(
                actors["organisation"].reindex(chosen["actor_id"]).to_numpy()
            ),
            "language": pd.Categorical(languages),
        }
    )
    return frame


KINDS = ("name", "demonym", "capital", "institution", "leader", "epithet")
ACTOR_TYPES = ("state", "person", "organisation", "institution")


def _unique(values: Iterable) -> list:
    return list(dict.fromkeys(pd.Series(values).astype("string").tolist()))
