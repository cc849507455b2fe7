"""Find every mention of every actor, with the exact span of text behind it.

Matching rules (see the README for examples):

- case-insensitive, unless the alias is marked ``case_sensitive`` (``US``, ``le Nord``);
- accent-, apostrophe- and hyphen-insensitive (``Etats-Unis`` = ``États-Unis``,
  ``Kim Jong Un`` = ``Kim Jong-un``, ``’`` = ``'``);
- whole words only, so French elision works by itself (``l'Ukraine``, ``d'Ukraine``);
  a Korean name also matches with a particle written on to it (``러시아는``, ``북한과``,
  ``미국의``: case particles and the usual auxiliary ones), the mention being the name alone;
- the longest match wins and matches never overlap (``Conseil de sécurité des Nations
  unies`` is one Security Council mention, not also a UN one);
- exclusion phrases (``Washington Post``, ``mer de Chine``) take part in that contest and
  are then dropped, so the aliases inside them never count.

The matcher folds the text one character for one character (:func:`analysis.text.fold`)
and runs an Aho-Corasick automaton over it with keys padded by spaces, so that offsets in
the folded text are offsets in the article text and only whole words can match.

For speed, many articles are scanned as one string (joined by eight spaces, which no key
holds, so that no match spans two articles), and the longest-match contest is settled with
numpy for all the candidates at once; only candidates that overlap go through Python.
"""

from __future__ import annotations

import functools
import itertools
import multiprocessing
import os
import re
import sys
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

import ahocorasick
import numpy as np
import pandas as pd

from analysis.actors import ACTOR_TYPES, MENTION_KINDS, alias_key, case_letters
from analysis.actors.patterns import anchors_of, is_pattern
from analysis.corpus import chunk_bounds
from analysis.mention_arrays import categorical_of, strings_of_units
from analysis.mention_cache import (
    matching_code_digest,
    mention_cache_path,
    read_mention_cache,
    write_mention_cache,
)
from analysis.mention_rules import apply_context, apply_dates, drop_glosses, mark_home
from analysis.officials.recognise import add_officials
from analysis.officials.titles import matcher_aliases, resolve_titles
from analysis.processes import end_with_parent, worker_died
from analysis.seams import seam_mentions
from analysis.text import fold, sentence_ends_many, sentence_ends_of_spans
from analysis.text.korean import with_particles

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
    "organisation",
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
    ``name``, ``demonym``, ``capital``, ``institution``, ``leader`` or ``epithet`` (category),
    or ``official`` for a person named with a title (:mod:`analysis.officials`: the alias
    is then the title as written).
actor_id, actor_name, actor_type
    The actor (``RUS``, ``Russia``, ``state``; ``shoigu``, ``Sergei Shoigu``, ``person``).
country
    ISO 3166-1 alpha-3 of the state itself or of the actor's affiliation; ``<NA>`` for
    international organisations and their officials.
organisation
    The organisation an actor belongs to (``UN`` for the Security Council and its
    Secretary-General), which counts roll up to when there is no country; else ``<NA>``.
language
    The article's language (category).
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
        # Each word of the automaton carries its number; these say, per word number, the
        # length of its key, the entries behind it, and the entry it always resolves to (-1
        # when a case-sensitive entry needs the text's case checked first).
        self.automaton = ahocorasick.Automaton()
        self._key_entries: list[tuple[int, ...]] = []
        self._picked: dict[tuple[int, str], int] = {}
        keyed: dict[str, list[int]] = {}
        for row in aliases.itertuples(index=False):
            keys = _keys(row.alias)
            if not keys:
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
            for key in keys:
                keyed.setdefault(key, []).append(index)
        # Pattern anchors ("Coupe de" before a name): their own entries, never in the contest.
        anchor_groups: dict[tuple[str, str], list[int]] = {}
        if exclusions is not None:
            for row in exclusions.itertuples(index=False):
                if is_pattern(row.phrase):
                    for side, kind, words in anchors_of(row.phrase):
                        for key in _keys(words):
                            keyed.setdefault(key, []).append(len(self.entries))
                        anchor_groups.setdefault((side, kind), []).append(len(self.entries))
                        self.entries.append(
                            _Entry(
                                words, "", "anchor", bool(row.case_sensitive), case_letters(words)
                            )
                        )
                    continue
                keys = _keys(row.phrase)
                if not keys:
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
                for key in keys:
                    keyed.setdefault(key, []).append(index)
        for indices in keyed.values():
            # An exclusion first: a phrase excluded by a user file stops counting even when it
            # is also an alias. Then case-sensitive entries, so that "US" (the country, in
            # capitals) is tried before a case-insensitive entry sharing its key.
            indices.sort(
                key=lambda i: (
                    self.entries[i].kind != "exclusion",
                    self.entries[i].kind == "anchor",
                    not self.entries[i].case_sensitive,
                )
            )
        # A Korean name with a particle ("러시아는") is one more word to look for, behind the
        # name's key. A word that is a key itself stays that key; of two names making the
        # same word, the longer wins, as the longest match does.
        words = {key: key for key in keyed}
        for key in keyed:
            for word in with_particles(key):
                if word not in keyed and len(key) > len(words.get(word, "")):
                    words[word] = key
        lengths, trims, resolved = [], [], []
        for word, key in words.items():
            indices = keyed[key]
            self.automaton.add_word(f" {word} ", len(self._key_entries))
            self._key_entries.append(tuple(indices))
            lengths.append(len(key))
            trims.append(len(word) - len(key))
            first = self.entries[indices[0]]
            resolved.append(-1 if first.case_sensitive else indices[0])
        self._key_lengths = np.array(lengths, dtype=np.int64)
        self._key_trims = np.array(trims, dtype=np.int64)
        self._key_resolved = np.array(resolved, dtype=np.int64)
        self._is_exclusion = np.array([e.kind == "exclusion" for e in self.entries], dtype=bool)
        self._is_anchor = np.array([e.kind == "anchor" for e in self.entries], dtype=bool)
        # Per anchor entry, the mention kinds it silences before or after it.
        self._anchor_sides = {group: np.array(ids) for group, ids in anchor_groups.items()}
        self._entry_kinds = np.array([e.kind for e in self.entries], dtype=object)
        if len(keyed):
            self.automaton.make_automaton()

    def scan(self, text: str) -> list[tuple[int, int, int]]:
        """Mentions in one text as ``(start, end, entry index)``, leftmost-longest, no overlap.

        Exclusion phrases are resolved like aliases and then removed from the result.
        """
        _, starts, ends, entries = self.scan_many([text])
        return list(zip(starts.tolist(), ends.tolist(), entries.tolist(), strict=True))

    def scan_many(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Mentions in many texts at once: the result of :meth:`scan` for each, as arrays.

        Returns
        -------
        (text, start, end, entry) : numpy.ndarray of int64
            The position of the text in ``texts``, the offsets into that text and the
            entry index of each mention, ordered by text then offset.
        """
        found = self._scan(texts)
        return found.text, found.starts, found.ends, found.entries

    def _scan(self, texts: list[str]) -> _Scan:
        empty = np.zeros(0, dtype=np.int64)
        # Two spaces between texts: keys are padded with one space and hold single spaces,
        # so no key matches across two texts.
        joined = " " + _SEPARATOR.join(texts) + " "
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        offsets = np.cumsum(lengths + len(_SEPARATOR)) - lengths - len(_SEPARATOR) + 1
        if not self.entries or not texts:
            return _Scan(empty, empty, empty, empty, offsets, lengths, None)
        encoded = joined.encode("utf-16-le", "surrogatepass")
        units = np.frombuffer(encoded, dtype=np.uint16)
        folded = fold(joined, units)
        hits = np.fromiter(
            itertools.chain.from_iterable(self.automaton.iter(_blank_urls(joined, folded))),
            dtype=np.int64,
        )
        # Each hit is the index of the padding space after the word, and the word's number;
        # the mention ends before the particle, if the word has one.
        last, key = hits[0::2], hits[1::2]
        ends = last - self._key_trims[key]
        starts = ends - self._key_lengths[key]
        entries = self._key_resolved[key]
        unsure = np.flatnonzero(entries < 0)
        if len(unsure):
            pick, picked = self._pick, self._picked
            entries[unsure] = [
                known
                if (known := picked.get((k, joined[a:b]))) is not None
                else pick(k, joined[a:b])
                for k, a, b in zip(
                    key[unsure].tolist(),
                    starts[unsure].tolist(),
                    ends[unsure].tolist(),
                    strict=True,
                )
            ]
        kept = entries >= 0
        starts, ends, entries = starts[kept], ends[kept], entries[kept]
        anchored = self._is_anchor[entries]
        anchor_hits = (starts[anchored], ends[anchored], entries[anchored])
        starts, ends, entries = starts[~anchored], ends[~anchored], entries[~anchored]
        order = _leftmost_longest(starts, ends)
        order = order[~self._is_exclusion[entries[order]]]
        starts, ends, entries = starts[order], ends[order], entries[order]
        if len(anchor_hits[0]):
            silenced = self._silenced(starts, ends, entries, *anchor_hits)
            starts, ends, entries = starts[~silenced], ends[~silenced], entries[~silenced]
        if "$" in joined:
            # "US$ 80 million" and "80 millions $US" name a currency, not the state.
            dollars = np.array([match.start() for match in _DOLLAR.finditer(joined)])
            currency = np.isin(ends, dollars) | np.isin(starts, dollars + 1)
            starts, ends, entries = starts[~currency], ends[~currency], entries[~currency]
        text = np.searchsorted(offsets, starts, side="right") - 1
        # Code units stand for characters only when none is beyond the plane.
        plain_units = units if len(encoded) == 2 * len(joined) else None
        return _Scan(
            text, starts - offsets[text], ends - offsets[text], entries, offsets, lengths,
            plain_units,
        )  # fmt: skip

    def _silenced(self, starts, ends, entries, anchor_starts, anchor_ends, anchor_entries):
        """Which mentions an exclusion pattern's anchor, one space away, silences."""
        silenced = np.zeros(len(starts), dtype=bool)
        kinds = self._entry_kinds[entries]
        for (side, kind), anchor_entry in self._anchor_sides.items():
            these = np.isin(anchor_entries, anchor_entry)
            if not these.any():
                continue
            if side == "before":
                touching = np.isin(starts, anchor_ends[these] + 1)
            else:
                touching = np.isin(ends, anchor_starts[these] - 1)
            silenced |= touching & (kinds == kind)
        return silenced

    def _pick(self, key: int, matched: str) -> int:
        """The entry that text ``matched`` of key number ``key`` stands for, -1 for none."""
        # The same few spellings come back ("us", "US", "Us"): remember each answer.
        picked = self._picked.get((key, matched))
        if picked is None:
            picked = -1
            for index in self._key_entries[key]:
                entry = self.entries[index]
                if not entry.case_sensitive or case_letters(matched) == entry.letters:
                    picked = index
                    break
            if len(self._picked) >= 100_000:
                self._picked.clear()
            self._picked[key, matched] = picked
        return picked


@dataclass
class _Scan:
    """The mentions found in a batch of texts, and the batch as scanned.

    ``text``, ``starts``, ``ends`` and ``entries`` are as :meth:`Matcher.scan_many` gives
    them; ``offsets`` and ``lengths`` place each text in the joined batch, whose UTF-16
    code units are ``units`` when each stands for one character (else ``None``).
    """

    text: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    entries: np.ndarray
    offsets: np.ndarray
    lengths: np.ndarray
    units: np.ndarray | None


# Texts scanned together are joined by more spaces than any key holds in a row (see
# _keys), so that no key matches across two texts.
_SEPARATOR = " " * 8
_LONGEST_SPACE_RUN = 6
_SPACE_RUN = re.compile(" +")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_DOLLAR = re.compile(r"\$")


def _keys(phrase: str) -> list[str]:
    """The folded forms under which an alias is looked for in the folded text.

    Its key (spaces collapsed: "kim jong un") and, when the alias holds punctuation followed
    by a space ("U.S. State Department", "Atlanta, Georgia"), the form that keeps those
    spaces as they fold ("u s  state department"), so that such an alias also matches text
    written the same way.
    """
    key = alias_key(phrase)
    if not key:
        return []
    spaced = fold(phrase).strip()
    runs = (len(run) for run in _SPACE_RUN.findall(spaced))
    if spaced != key and max(runs, default=0) <= _LONGEST_SPACE_RUN:
        return [key, spaced]
    return [key]


def _blank_urls(text: str, folded: str) -> str:
    """The folded text with web addresses blanked out: words in a URL are not mentions."""
    # "www." in any case folds to "www": a cheap test that lets most batches through.
    if "://" not in text and "www" not in folded:
        return folded
    pieces, position = [], 0
    for match in _URL.finditer(text):
        pieces += [folded[position : match.start()], " " * (match.end() - match.start())]
        position = match.end()
    pieces.append(folded[position:])
    return "".join(pieces)


def _leftmost_longest(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Indices of the candidates that survive, by start.

    Taken by start, longest first, a candidate survives when it starts at or after the end
    of the last survivor. A candidate that starts after the end of every earlier candidate
    survives for sure; Python settles the others, which come in small clusters of
    overlapping candidates.
    """
    order = np.lexsort((starts - ends, starts))
    starts, ends = starts[order], ends[order]
    reached = np.maximum.accumulate(ends)
    free = np.ones(len(starts), dtype=bool)
    free[1:] = starts[1:] >= reached[:-1]
    keep = free.copy()
    # Every candidate that overlaps an earlier one, and the free candidate opening its cluster.
    clustered = ~free
    clustered[:-1] |= ~free[1:]
    reach = -1
    for index in np.flatnonzero(clustered).tolist():
        if free[index] or starts[index] >= reach:
            keep[index] = True
            reach = ends[index]
    return order[keep]


def find_mentions(
    corpus: pd.DataFrame,
    actors=None,
    *,
    n_jobs: int | None = None,
    progress: bool | None = None,
    cache: bool = False,
    cache_dir: str | os.PathLike | None = None,
    home: str | None = None,
    voice: str | None = None,
    officials=True,
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
    cache : bool, default False
        Keep the table as Parquet under ``cache_dir`` (default
        :func:`analysis.config.cache_dir`) and reuse it while the articles (their paths and
        body hashes) and the dictionary are unchanged. Needs ``path`` and ``content_hash``,
        as :func:`analysis.load_corpus` gives them. The table is checked against its
        SHA-256 digest before it is used; a damaged one is rebuilt after one warning (see
        :mod:`analysis.mention_cache`).
    home : str, optional
        The outlet's own country (the corpus setting ``home``, e.g. ``FRA``): its capital and
        demonyms get the kind ``home`` (see :mod:`analysis.mention_rules`).
    voice : str, optional
        The actor the publisher speaks as (``USA`` for State Department releases; a
        corpus's ``voice`` in its ``corpus.yaml``): titles it gives its own officials
        without naming the state ("Department Spokesperson Ned Price") count for it.
    officials : bool, path or Titles, default True
        Find the officials named by their title (:mod:`analysis.officials`), with the
        packaged titles, or a titles file layered over them; False finds the dictionary's
        aliases only.

    Returns
    -------
    DataFrame
        Columns :data:`MENTION_COLUMNS`, ordered by article then offset.
        ``attrs["names"]`` holds the dictionary's name of every country and organisation
        that mentions roll up to (see :func:`analysis.counts.actor_key`), so that counts by
        country can name a state mentioned only through its people or institutions.

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "language": ["fr"],
    ...     "text": ["Le Kremlin et la Maison Blanche ont réagi, selon le Washington Post."]})
    >>> find_mentions(corpus)[["matched", "actor_id", "country"]]
              matched     actor_id country
    0         Kremlin      kremlin     RUS
    1  Maison Blanche  white-house     USA
    """
    dictionary = resolve_actors(actors)
    titles = resolve_titles(officials)
    cache_path = None
    if cache:
        version = (
            f"{MENTION_CACHE_VERSION}-{matching_code_digest()}-"
            f"{titles.sha256 if titles else 'none'}-{voice}"
        )
        cache_path = mention_cache_path(corpus, dictionary, cache_dir, version)
    mentions = None
    if cache_path is not None:
        mentions = read_mention_cache(cache_path, MENTION_COLUMNS)
    if mentions is None:
        mentions = _find_mentions(corpus, dictionary, n_jobs, progress, titles)
        if titles is not None:
            mentions = add_officials(mentions, corpus, dictionary, titles, voice, n_jobs=n_jobs)
        if cache_path is not None:
            write_mention_cache(cache_path, mentions)
    # Applied after the cache: they depend on the articles' dates and on the corpus setting.
    mentions = mark_home(apply_dates(mentions, corpus, dictionary), home)
    mentions.attrs["names"] = roll_up_names(dictionary)
    return mentions


def roll_up_names(dictionary) -> dict[str, str]:
    """Name of each actor that is another actor's country or organisation.

    Examples
    --------
    >>> from analysis.actors import load_actors
    >>> names = roll_up_names(load_actors())
    >>> names["PRK"], names["UN"]
    ('North Korea', 'United Nations')
    """
    actors = dictionary.actors
    targets = set(actors["country"].dropna().astype(str))
    targets |= set(actors["organisation"].dropna().astype(str))
    named = actors[actors["actor_id"].astype(str).isin(targets)]
    return dict(zip(named["actor_id"].astype(str), named["actor_name"].astype(str), strict=True))


# Bump when the mention table's columns or the cache format change (a change to the matching
# code changes the cache key by itself: see matching_code_digest).
MENTION_CACHE_VERSION = "7"


def _find_mentions(corpus: pd.DataFrame, dictionary, n_jobs, progress, titles=None):
    matcher = compiled_matcher(dictionary, titles)
    column = corpus["text"]
    if n_jobs is None:
        n_characters = int(column.str.len().sum()) if len(column) else 0
        n_jobs = (os.cpu_count() or 1) if n_characters >= PARALLEL_THRESHOLD_CHARACTERS else 1
    show = progress if progress is not None else len(column) >= 10_000
    found = _scan_all(matcher, column, n_jobs, show)
    mentions = apply_context(_mention_frame(found, corpus, matcher, dictionary), dictionary)
    return drop_glosses(mentions, corpus)


def _texts(column: pd.Series) -> list[str]:
    """The texts of a ``text`` column as Python strings, missing ones empty."""
    return column.astype(object).where(column.notna(), "").tolist()


def resolve_actors(actors):
    """An :class:`~analysis.actors.ActorDictionary` as is, or the one a path (or ``None``:
    the packaged dictionary and ``$ANALYSIS_ACTORS``) loads."""
    from analysis.actors import ActorDictionary, load_actors

    if isinstance(actors, ActorDictionary):
        return actors
    return load_actors(actors)


class _ByContent:
    """A dictionary compared by the digest of its content, as a cache key."""

    def __init__(self, dictionary):
        self.dictionary = dictionary

    def __hash__(self) -> int:
        return hash(self.dictionary.sha256)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _ByContent) and other.dictionary.sha256 == self.dictionary.sha256


@functools.lru_cache(maxsize=2)
def _matcher_of(key: _ByContent, titles=None) -> Matcher:
    aliases = key.dictionary.aliases
    if titles is not None:
        # The title words are found in the same scan (see analysis.officials.matcher_aliases).
        aliases = pd.concat([aliases, matcher_aliases(titles, key.dictionary)], ignore_index=True)
    return Matcher(aliases, key.dictionary.exclusions)


def compiled_matcher(dictionary, titles=None) -> Matcher:
    """The :class:`Matcher` of a dictionary (and titles), compiled once per content."""
    return _matcher_of(_ByContent(dictionary), titles)


# Set in worker processes (inherited through fork, or rebuilt by the initializer).
_WORKER_MATCHER: Matcher | None = None
_WORKER_TEXTS: pd.Series | None = None

_CHUNK_TEXTS = 2000
"""Articles scanned per task: enough for the batch work to pay, small enough to share out."""


def _init_worker(matcher: Matcher | None) -> None:
    global _WORKER_MATCHER
    end_with_parent()
    if matcher is not None:
        _WORKER_MATCHER = matcher


def _scan_range(bounds: tuple[int, int]) -> dict[str, object]:
    """Scan the articles ``bounds`` of the text column a forked worker inherited."""
    first, stop = bounds
    return _scan_texts(_WORKER_MATCHER, _texts(_WORKER_TEXTS.iloc[first:stop]), first)


def _scan_chunk(texts: list[str], first: int) -> dict[str, object]:
    """Scan articles sent to a worker that could not inherit them."""
    return _scan_texts(_WORKER_MATCHER, texts, first)


def _scan_texts(matcher: Matcher, texts: list[str], first: int) -> dict[str, object]:
    """The mentions of ``texts`` (articles ``first``... of the corpus) as compact arrays.

    Everything per mention is computed here, in the worker, and sent back as numpy and
    Arrow arrays, which travel between processes as a few buffers.
    """
    import pyarrow as pa

    found = _with_seams(matcher, texts, matcher._scan(texts))
    text, starts, ends = found.text, found.starts, found.ends
    if found.units is not None:
        # Cut from the code units of the scan, all at once.
        matched = strings_of_units(found.units, starts + found.offsets[text], ends - starts)
    else:
        matched = pa.array(
            [
                texts[t][a:b]
                for t, a, b in zip(text.tolist(), starts.tolist(), ends.tolist(), strict=True)
            ],
            type=pa.large_string(),
        )
    return {
        "row": text + first,
        "start": starts.astype(np.int32),
        "end": ends.astype(np.int32),
        "entry": found.entries.astype(np.int32),
        "sentence": _sentence_ids(texts, found),
        "matched": matched,
    }


def _with_seams(matcher: Matcher, texts: list[str], found: _Scan) -> _Scan:
    """The scan with the names glued to the word before them added (see :mod:`analysis.seams`).

    A seam mention overlapping a mention already found is left out, unless it holds that
    mention whole: "SpokespersonUnder Secretary of State" is the longer title, not
    "Secretary of State" after an unknown word.
    """
    text, starts, ends, entries = seam_mentions(matcher, texts)
    if not len(text):
        return found
    taken = np.zeros(len(text), dtype=bool)
    replaced = np.zeros(len(found.text), dtype=bool)
    for index, (t, a, b) in enumerate(
        zip(text.tolist(), starts.tolist(), ends.tolist(), strict=True)
    ):
        first = np.searchsorted(found.text, t)
        last = np.searchsorted(found.text, t, side="right")
        overlapping = (found.starts[first:last] < b) & (found.ends[first:last] > a)
        if not overlapping.any():
            continue
        inside = (found.starts[first:last] >= a) & (found.ends[first:last] <= b)
        if np.all(inside[overlapping]):
            replaced[first:last] |= overlapping
        else:
            taken[index] = True
    text, starts, ends, entries = text[~taken], starts[~taken], ends[~taken], entries[~taken]
    kept = ~replaced
    all_text = np.concatenate([found.text[kept], text])
    all_starts = np.concatenate([found.starts[kept], starts])
    order = np.lexsort((all_starts, all_text))
    return _Scan(
        all_text[order],
        all_starts[order],
        np.concatenate([found.ends[kept], ends])[order],
        np.concatenate([found.entries[kept], entries])[order],
        found.offsets,
        found.lengths,
        found.units,
    )


def _sentence_ids(texts: list[str], found: _Scan) -> np.ndarray:
    """Index of the sentence of each mention within its text (see ``sentence_starts``)."""
    text, starts = found.text, found.starts
    if not len(text):
        return np.zeros(0, dtype=np.int32)
    if found.units is not None:
        which, offsets = sentence_ends_of_spans(texts, found.units, found.offsets, found.lengths)
    else:
        which, offsets = sentence_ends_many(texts)
    # Every sentence end keyed by text then offset, so that one search places every mention.
    ends = (which.astype(np.int64) << 32) + offsets
    first_of_text = np.searchsorted(ends, text << 32)
    return (np.searchsorted(ends, (text << 32) + starts, side="right") - first_of_text).astype(
        np.int32
    )


def _scan_all(matcher: Matcher, column: pd.Series, n_jobs: int, show: bool) -> dict[str, object]:
    import pyarrow as pa
    from tqdm.auto import tqdm

    n = len(column)
    bar = tqdm(total=n, unit="article", desc="Matching", disable=not show)
    bounds = [(i, min(i + _CHUNK_TEXTS, n)) for i in range(0, n, _CHUNK_TEXTS)]
    if n_jobs > 1 and n > 1:
        bounds = chunk_bounds(n, _CHUNK_TEXTS, n_jobs, minimum=1)
    parts: list[dict[str, object]] = []
    if n_jobs > 1 and n > 1:
        global _WORKER_MATCHER, _WORKER_TEXTS
        if sys.platform == "linux":
            # Workers inherit the compiled automaton and the text column instead of
            # receiving them, and turn their share of the column into Python strings.
            _WORKER_MATCHER, _WORKER_TEXTS = matcher, column
            context, initargs = multiprocessing.get_context("fork"), (None,)
            task, arguments = _scan_range, [bounds]
        else:
            context, initargs = multiprocessing.get_context(), (matcher,)
            task = _scan_chunk
            arguments = [[_texts(column.iloc[a:b]) for a, b in bounds], [a for a, _ in bounds]]
        try:
            with ProcessPoolExecutor(n_jobs, context, _init_worker, initargs) as pool:
                for (a, b), part in zip(bounds, pool.map(task, *arguments), strict=True):
                    parts.append(part)
                    bar.update(b - a)
        except BrokenProcessPool as error:
            bar.close()
            raise worker_died(f"finding the actor mentions in {n:,} articles") from error
        finally:
            _WORKER_TEXTS = None
    else:
        for a, b in bounds:
            parts.append(_scan_texts(matcher, _texts(column.iloc[a:b]), a))
            bar.update(b - a)
    bar.close()
    found: dict[str, object] = {}
    for name, dtype in [
        ("row", np.int64), ("start", np.int32), ("end", np.int32), ("entry", np.int32),
        ("sentence", np.int32),
    ]:  # fmt: skip
        found[name] = np.concatenate([part[name] for part in parts] or [np.zeros(0, dtype)])
    found["matched"] = pa.chunked_array([part["matched"] for part in parts], type=pa.large_string())
    return found


def _mention_frame(found: dict[str, object], corpus, matcher: Matcher, dictionary) -> pd.DataFrame:
    rows, entry_ids = found["row"], found["entry"]
    entries = matcher.entries
    actors = dictionary.actors.set_index("actor_id")
    entry_actors = pd.Index([entry.actor_id for entry in entries])
    used_entries = np.bincount(entry_ids, minlength=len(entries)) > 0

    def by_entry(values, categories=None) -> pd.Categorical:
        """``pd.Categorical(values[entry_ids], categories)`` for values given per entry."""
        return categorical_of(np.asarray(values, dtype=object), entry_ids, used_entries, categories)

    doc_codes, doc_categories = pd.factorize(corpus["doc_id"].astype("string").to_numpy())
    if "language" in corpus:
        languages = np.asarray(corpus["language"].astype("string").to_numpy(), dtype=object)
        used_rows = np.bincount(rows, minlength=len(corpus)) > 0
        language = categorical_of(languages, rows, used_rows)
    else:
        language = pd.Categorical(pd.array([pd.NA] * len(rows), dtype="string"))
    return pd.DataFrame(
        {
            "doc_id": pd.Categorical.from_codes(
                doc_codes[rows], categories=[str(d) for d in doc_categories]
            ),
            "sentence_id": found["sentence"],
            "start": found["start"],
            "end": found["end"],
            "matched": pd.arrays.ArrowStringArray(found["matched"]),
            "alias": by_entry([entry.alias for entry in entries]),
            "kind": by_entry([entry.kind for entry in entries], list(KINDS)),
            "actor_id": by_entry(entry_actors),
            "actor_name": by_entry(actors["actor_name"].reindex(entry_actors)),
            "actor_type": by_entry(actors["actor_type"].reindex(entry_actors), list(ACTOR_TYPES)),
            "country": by_entry(actors["country"].reindex(entry_actors)),
            "organisation": by_entry(actors["organisation"].reindex(entry_actors)),
            "language": language,
        }
    )


# One list of kinds and types for the whole package: the dictionary's.
KINDS = MENTION_KINDS


def _unique(values: Iterable) -> list:
    return list(dict.fromkeys(pd.Series(values).astype("string").tolist()))
