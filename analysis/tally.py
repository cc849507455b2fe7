"""The counting core: every count of actor mentions in the package is made here.

:func:`analysis.counts.count_mentions`, :func:`analysis.timeline.actor_timeline`,
:func:`analysis.counts.co_mentions`, :func:`analysis.counts.kwic`, the explorer's views and
the Dask path's partial sums all build a :class:`Tally` and read it; none counts on its own.

**The rule for subsets.** A tally is made of a mention table and the articles it counts.
Only the mentions of those articles are counted, and every base (articles, words) is that of
those articles: counting on part of a corpus (one language, one outlet, some months) is
always safe, with the full mention table or with the mentions found in the part. Mentions of
other articles are left out, and their number is kept (``n_mentions_outside``).

**One definition of each measure** (:func:`rates`): ``per_1k_words`` is mentions per 1,000
words of the base and ``share_of_articles`` the share of the base's articles that mention the
actor, both NaN (not 0) when the base is empty. A period or group is a ``gap`` when it holds
no article and ``small_n`` when it holds at least one but fewer than ``min_articles``.

**Levels.** ``actor`` counts each actor under its own id; ``country`` rolls persons and
institutions up to their state, and bodies and officials of an organisation up to the
organisation (:func:`actor_key`); ``organisation`` rolls up only the latter.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import pandas as pd

from analysis.actors import MENTION_KINDS
from analysis.measures import (
    LEVELS,
    MIN_ARTICLES,
    check_choice,
    check_kinds,
    flags,
    rates,
    require_columns,
)


def actor_key(mentions: pd.DataFrame, level: str = "actor") -> pd.Series:
    """The id each mention counts under at ``level``.

    At ``level="actor"``, the actor itself. At ``level="country"``, its country (Kim Jong-un
    and KCNA count as ``PRK``); failing that its organisation (the Security Council and
    António Guterres count as ``UN``, when the table has an ``organisation`` column); failing
    that the actor itself. At ``level="organisation"``, its organisation, else itself.

    Examples
    --------
    >>> mentions = pd.DataFrame({"actor_id": ["kim-jong-un", "UNSC", "NATO"],
    ...     "country": ["PRK", None, None], "organisation": [None, "UN", None]})
    >>> actor_key(mentions, "country").tolist()
    ['PRK', 'UN', 'NATO']
    >>> actor_key(mentions, "organisation").tolist()
    ['kim-jong-un', 'UN', 'NATO']
    """
    check_choice(level, LEVELS, "level")
    actor_ids = mentions["actor_id"].astype("string")
    if level == "actor":
        return actor_ids
    key = pd.Series(pd.NA, index=mentions.index, dtype="string")
    if level == "country":
        require_columns(mentions, ["country"], "mentions")
        key = mentions["country"].astype("string")
    if "organisation" in mentions:
        key = key.fillna(mentions["organisation"].astype("string"))
    return key.fillna(actor_ids)


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)`` by sorting: with millions of distinct values, numpy 2's
    hash-based ``np.unique`` takes fifteen times as long."""
    ordered = np.sort(values)
    if not len(ordered):
        return ordered
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]]


def sorted_unique_stable(values: np.ndarray) -> np.ndarray:
    """:func:`sorted_unique` with a stable sort, fast on values that are nearly sorted."""
    ordered = np.sort(values, kind="stable")
    if not len(ordered):
        return ordered
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]]


def _codes_and_values(values: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Integer codes of a column (-1 where missing) and the value of each code; a
    categorical column keeps its codes instead of turning millions of rows into text."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values.cat.codes.to_numpy(), [str(value) for value in values.cat.categories]
    codes, uniques = pd.factorize(values.astype("string"))
    return codes, [str(value) for value in uniques]


def sorted_codes(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Integer codes of ``values`` in the order of their strings (-1 if missing), and those
    strings; fast on categoricals."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        strings = values.cat.categories.astype(str).to_numpy(dtype=object)
        order = np.argsort(strings, kind="stable")
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        codes = values.cat.codes.to_numpy()
        return np.where(codes >= 0, rank[np.maximum(codes, 0)], -1), strings[order]
    codes, uniques = pd.factorize(values.astype("string"), sort=True)
    return codes, np.asarray(uniques, dtype=object)


def first_of_runs(*columns: np.ndarray) -> np.ndarray:
    """Where each run of equal rows starts, in columns sorted together."""
    if not len(columns[0]):
        return np.zeros(0, dtype=bool)
    change = np.zeros(len(columns[0]), dtype=bool)
    change[0] = True
    for column in columns:
        change[1:] |= column[1:] != column[:-1]
    return change


def names_of_keys(mentions: pd.DataFrame, level: str, ids: Iterable[str]) -> dict[str, str]:
    """The display name of each of ``ids`` (keys at ``level``, see :func:`actor_key`).

    An actor's own name; for a country, that of its state actor when the mentions hold
    one (never Kim Jong-un's for ``PRK``), else the name in the dictionary the mentions
    were found with (:func:`roll_up_names_of`).

    Examples
    --------
    >>> mentions = pd.DataFrame({"actor_id": ["kim-jong-un", "RUS"],
    ...     "actor_name": ["Kim Jong-un", "Russia"], "country": ["PRK", "RUS"]})
    >>> names_of_keys(mentions, "country", ["RUS", "PRK"])
    {'RUS': 'Russia', 'PRK': 'North Korea'}
    """
    ids = [str(actor_id) for actor_id in ids]
    actors = mentions["actor_id"]
    # Name and country are the actor's: one mention of each actor is enough.
    if isinstance(actors.dtype, pd.CategoricalDtype):
        _, first_rows = np.unique(actors.cat.codes.to_numpy(), return_index=True)
    else:
        first_rows = np.flatnonzero(~actors.astype("string").duplicated().to_numpy())
    sample = mentions.iloc[first_rows]
    keys = actor_key(sample, level).astype("string")
    names: dict[str, str] = {}
    for own, key, name in zip(
        sample["actor_id"].astype("string"), keys, sample["actor_name"], strict=True
    ):
        if pd.notna(own) and own == key and pd.notna(name):
            names.setdefault(str(key), str(name))
    unnamed = [actor_id for actor_id in ids if actor_id not in names]
    if unnamed:
        names.update(roll_up_names_of(unnamed, mentions.attrs.get("names")))
    return {actor_id: names[actor_id] for actor_id in ids}


def roll_up_names_of(ids: Iterable[str], known: Mapping[str, str] | None = None) -> dict[str, str]:
    """Names of actors, countries or organisations that the mentions at hand do not name.

    From ``known`` (``mentions.attrs["names"]``: the dictionary the mentions were found
    with), then from the default dictionary; an id found in neither names itself.
    """
    known = known or {}
    ids = [str(actor_id) for actor_id in ids]
    names = {actor_id: known[actor_id] for actor_id in ids if actor_id in known}
    if len(names) < len(ids):
        from analysis.actors import load_actors

        actors = load_actors().actors.set_index("actor_id")["actor_name"].astype("string")
        for actor_id in ids:
            names.setdefault(actor_id, str(actors.get(actor_id, actor_id)))
    return names


#: Pair counts are kept in an array of this many cells at most (else the pairs are sorted).
_BINCOUNT_LIMIT = 4_000_000

#: Up to this many keys, the keys of a unit are one bit each of an integer (see
#: :func:`_pairs_of_few_keys`).
_BITSET_KEYS = 16


def _pairs_of_few_keys(
    doc: np.ndarray, unit: np.ndarray, key: np.ndarray, chosen: np.ndarray
) -> pd.DataFrame:
    """:meth:`Tally.pairs` for a few keys (a heat map's): one bit per key, OR-ed per unit.

    The sets of keys found together are at most ``2 ** len(chosen)``: counting each set and
    multiplying the membership matrix by itself gives every pair at once, much faster than
    listing the pairs of millions of units.
    """
    n_chosen = len(chosen)
    local = np.full(int(chosen.max(initial=0)) + 1, 0, dtype=np.int64)
    local[chosen] = np.arange(n_chosen)
    if len(doc):
        bits = np.left_shift(np.int64(1), local[key])
        starts = np.flatnonzero(first_of_runs(doc, unit))
        counts = np.bincount(np.bitwise_or.reduceat(bits, starts), minlength=1 << n_chosen)
    else:
        counts = np.zeros(1 << n_chosen, dtype=np.int64)
    sets = np.flatnonzero(counts)
    members = (sets[:, None] >> np.arange(n_chosen)) & 1
    together = members.T @ (members * counts[sets][:, None])
    first, second = np.triu_indices(n_chosen, k=1)
    n = together[first, second]
    found = n > 0
    return pd.DataFrame(
        {
            "group": 0,
            "source": chosen[first[found]],
            "target": chosen[second[found]],
            "n": n[found].astype("int64"),
        }
    )


@dataclass(frozen=True)
class Level:
    """The keys of one level: ``key_of_actor[actor code]`` is the key's code in ``keys``."""

    keys: tuple[str, ...]
    key_of_actor: np.ndarray
    code: dict[str, int]


@dataclass
class Sums:
    """Raw sums that every table of counts is finished from, and that add up across parts.

    ``counts`` has one row per (``group``, ``key``) counted: ``mentions`` and ``articles``
    (distinct articles mentioning); ``base`` one row per ``group``: ``n_articles`` and
    ``n_words`` of the articles counted. Without groups, ``group`` is 0 everywhere. Parts
    of a corpus that share no article (the partitions of a Dask corpus) add up exactly
    (:func:`add_sums`).
    """

    counts: pd.DataFrame
    base: pd.DataFrame
    names: dict[str, str] = field(default_factory=dict)
    known_names: dict[str, str] = field(default_factory=dict)
    n_mentions_outside: int = 0
    n_ungrouped: int = 0

    def names_of(self, ids: Iterable[str]) -> dict[str, str]:
        """The name of each id: the mentions', else the dictionary's, else the id."""
        ids = [str(actor_id) for actor_id in ids]
        missing = [actor_id for actor_id in ids if actor_id not in self.names]
        found = roll_up_names_of(missing, self.known_names) if missing else {}
        return {actor_id: self.names.get(actor_id) or found[actor_id] for actor_id in ids}


def add_sums(parts: list[Sums]) -> Sums:
    """The sums of parts that share no article, as if counted at once."""
    counts = pd.concat([part.counts for part in parts], ignore_index=True)
    counts = counts.groupby(["group", "key"], sort=True, as_index=False)[
        ["mentions", "articles"]
    ].sum()
    base = pd.concat([part.base for part in parts], ignore_index=True)
    base = base.groupby("group", sort=True, as_index=False)[["n_articles", "n_words"]].sum()
    names: dict[str, str] = {}
    known: dict[str, str] = {}
    for part in parts:
        names.update((k, v) for k, v in part.names.items() if k not in names)
        known.update((k, v) for k, v in part.known_names.items() if k not in known)
    return Sums(
        counts=counts,
        base=base,
        names=names,
        known_names=known,
        n_mentions_outside=sum(part.n_mentions_outside for part in parts),
        n_ungrouped=sum(part.n_ungrouped for part in parts),
    )


class Tally:
    """Mentions indexed on the articles they are counted in: the one counting engine.

    Built once from a mention table and the articles to count (see the module's rule for
    subsets); every method then counts with numpy on integer codes, and takes masks so
    that a view of part of the articles or of some alias kinds costs no rebuilding.

    Parameters
    ----------
    mentions : pandas.DataFrame
        From :func:`analysis.mentions.find_mentions`: ``doc_id``, ``actor_id``,
        ``actor_name``, ``kind``; ``country`` (and ``organisation``) for the levels that
        roll up; ``sentence_id`` for co-mentions in sentences.
    articles : pandas.DataFrame
        From :func:`analysis.load_corpus`: ``doc_id`` (each once) and ``n_words``.

    Examples
    --------
    >>> articles = pd.DataFrame({"doc_id": ["a", "b"], "n_words": [100, 300]})
    >>> mentions = pd.DataFrame({"doc_id": ["a", "a", "c"], "actor_id": ["RUS"] * 3,
    ...     "actor_name": ["Russia"] * 3, "kind": ["name", "capital", "name"]})
    >>> tally = Tally(mentions, articles)
    >>> tally.n_mentions_outside
    1
    >>> tally.sums("actor").counts[["key", "mentions", "articles"]].values.tolist()
    [['RUS', 2, 1]]
    """

    def __init__(self, mentions: pd.DataFrame, articles: pd.DataFrame):
        require_columns(articles, ["doc_id", "n_words"], "articles")
        require_columns(mentions, ["doc_id", "actor_id", "actor_name"], "mentions")
        doc_ids = articles["doc_id"].astype("string")
        repeated = doc_ids[doc_ids.duplicated()]
        if not repeated.empty:
            raise ValueError(
                f"The articles hold {len(repeated)} repeated doc_id(s), e.g. "
                f"{list(repeated.unique()[:3])}; each article must appear once."
            )
        self.mentions = mentions
        self.articles = articles
        self.n_articles = len(articles)
        self.words = pd.to_numeric(articles["n_words"]).fillna(0).to_numpy(dtype="int64")
        doc_column = mentions["doc_id"]
        if not isinstance(doc_column.dtype, pd.CategoricalDtype):
            doc_column = doc_column.astype("string").astype("category")
        lookup = pd.Index(doc_ids.to_numpy(dtype=object)).get_indexer(
            doc_column.cat.categories.astype(str)
        )
        codes = doc_column.cat.codes.to_numpy()
        doc = np.where(codes >= 0, lookup[np.maximum(codes, 0)], -1)
        actor = mentions["actor_id"]
        if not isinstance(actor.dtype, pd.CategoricalDtype):
            actor = actor.astype("string").astype("category")
        actor_codes = actor.cat.codes.to_numpy()
        if "kind" in mentions:
            kind_codes, present = _codes_and_values(mentions["kind"])
        else:
            kind_codes, present = np.zeros(len(mentions), dtype=np.int64), ["name"]
        self.kinds = (*MENTION_KINDS, *sorted(set(present) - set(MENTION_KINDS)))
        kind_lookup = np.array([self.kinds.index(kind) for kind in present] + [-1])
        kind = kind_lookup[kind_codes]
        counted = (doc >= 0) & (actor_codes >= 0) & (kind >= 0)
        self.n_mentions_outside = int((doc < 0).sum())
        #: Positions in ``mentions`` of the rows counted.
        self.rows = np.flatnonzero(counted)
        self.doc = doc[counted].astype(np.int64)
        self.actor = actor_codes[counted].astype(np.int64)
        self.kind = kind[counted].astype(np.int64)
        self.actor_ids = tuple(str(a) for a in actor.cat.categories)
        self._levels: dict[str, Level] = {}
        self._cells: dict[str, tuple[np.ndarray, ...]] = {}
        self._sentences: dict[str, tuple[np.ndarray, ...]] = {}
        self._names: dict[str, dict[str, str]] = {}

    # ------------------------------------------------------------------ codes, built once

    @cached_property
    def _first_rows(self) -> np.ndarray:
        """One row of ``mentions`` per actor code (name and roll-up depend on the actor)."""
        first = np.full(len(self.actor_ids), -1, dtype=np.int64)
        # Written backwards, the last write of each actor is its first mention: no sort.
        first[self.actor[::-1]] = np.arange(len(self.actor) - 1, -1, -1)
        if not len(self.rows):
            return first
        return np.where(first >= 0, self.rows[np.maximum(first, 0)], -1)

    def level(self, level: str) -> Level:
        """The keys at ``level`` of the actors counted, in the order of their ids."""
        check_choice(level, LEVELS, "level")
        if level not in self._levels:
            rows = self._first_rows
            used = rows >= 0
            key_of_actor = np.full(len(self.actor_ids), -1, dtype=np.int64)
            if level == "actor":
                keys = tuple(sorted(self.actor_ids[i] for i in np.flatnonzero(used)))
            else:
                sample = self.mentions.iloc[rows[used]]
                own = actor_key(sample, level).to_numpy(dtype=object)
                keys = tuple(sorted({str(key) for key in own}))
            code = {key: index for index, key in enumerate(keys)}
            if level == "actor":
                for index in np.flatnonzero(used):
                    key_of_actor[index] = code[self.actor_ids[index]]
            else:
                key_of_actor[used] = [code[str(key)] for key in own]
            self._levels[level] = Level(keys=keys, key_of_actor=key_of_actor, code=code)
        return self._levels[level]

    def keys_of_mentions(self, level: str) -> np.ndarray:
        """The key code of every counted mention at ``level``."""
        return self.level(level).key_of_actor[self.actor]

    def names(self, level: str, ids: Iterable[str]) -> dict[str, str]:
        """Display names of keys, as :func:`names_of_keys` gives them."""
        known = self._names_of_level(level)
        ids = [str(key) for key in ids]
        unknown = [key for key in ids if key not in known]
        if unknown:
            rows = self._first_rows
            known = {**known, **names_of_keys(self.mentions.iloc[rows[rows >= 0]], level, unknown)}
        return {key: known[key] for key in ids}

    def _names_of_level(self, level: str) -> dict[str, str]:
        """The names of every key counted at ``level``, looked up once."""
        if level not in self._names:
            rows = self._first_rows
            sample = self.mentions.iloc[rows[rows >= 0]]
            self._names[level] = names_of_keys(sample, level, self.level(level).keys)
        return self._names[level]

    def cells(self, level: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Mentions per (article, key, kind), sorted by article, key, kind: what counts read."""
        if level not in self._cells:
            keys = self.keys_of_mentions(level)
            n_keys, n_kinds = max(len(self.level(level).keys), 1), len(self.kinds)
            combined = (self.doc * n_keys + keys) * n_kinds + self.kind
            # Mentions come in the order of their articles: a stable sort (timsort) of codes
            # led by the article finds them nearly sorted already.
            ordered = np.sort(combined, kind="stable")
            starts = np.flatnonzero(first_of_runs(ordered))
            count = np.diff(np.r_[starts, len(ordered)])
            ordered = ordered[starts]
            # Narrow integers: a view of part of the corpus gathers through these arrays.
            self._cells[level] = (
                (ordered // (n_keys * n_kinds)).astype(np.int32),
                (ordered // n_kinds % n_keys).astype(np.int32),
                (ordered % n_kinds).astype(np.int8),
                count.astype(np.int32),
            )
        return self._cells[level]

    def sentence_rows(self, level: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Distinct (article, sentence, key, kind), sorted: the units of co-mentions."""
        if level not in self._sentences:
            require_columns(self.mentions, ["sentence_id"], "mentions")
            sentence = pd.to_numeric(self.mentions["sentence_id"]).to_numpy(
                dtype="float64", na_value=-1
            )[self.rows]
            usable = sentence >= 0
            sentence = sentence.astype(np.int64)[usable]
            keys = self.keys_of_mentions(level)[usable]
            n_sentences = int(sentence.max(initial=0)) + 1
            n_keys, n_kinds = max(len(self.level(level).keys), 1), len(self.kinds)
            combined = (
                (self.doc[usable] * n_sentences + sentence) * n_keys + keys
            ) * n_kinds + self.kind[usable]
            # One code per row, led by the article: nearly sorted already (see cells).
            ordered = sorted_unique_stable(combined)
            kind = ordered % n_kinds
            key = ordered // n_kinds % n_keys
            sentence = ordered // (n_kinds * n_keys) % n_sentences
            doc = ordered // (n_kinds * n_keys * n_sentences)
            self._sentences[level] = (
                doc.astype(np.int32),
                sentence.astype(np.int32),
                key.astype(np.int32),
                kind.astype(np.int8),
            )
        return self._sentences[level]

    # ------------------------------------------------------------------ masks

    def kind_mask(
        self, kinds: Iterable[str] | str | None = None, exclude: Iterable[str] | str | None = None
    ) -> np.ndarray:
        """Which kind codes count: those of ``kinds`` (all by default) minus ``exclude``."""
        keep = np.ones(len(self.kinds), dtype=bool)
        if kinds is not None:
            keep &= np.isin(self.kinds, check_kinds(kinds, self.kinds))
        if exclude:
            keep &= ~np.isin(self.kinds, check_kinds(exclude, self.kinds))
        return keep

    def key_mask(self, level: str, keys: Iterable[str] | None) -> np.ndarray | None:
        """Which key codes count (``None``: all)."""
        if keys is None:
            return None
        code = self.level(level).code
        mask = np.zeros(len(code), dtype=bool)
        mask[[code[key] for key in keys if key in code]] = True
        return mask

    def _cell_rows(self, level, article_mask, kind_mask, key_mask) -> tuple[np.ndarray, ...]:
        doc, key, kind, count = self.cells(level)
        rows = np.ones(len(doc), dtype=bool) if kind_mask is None else kind_mask[kind]
        if article_mask is not None:
            rows &= article_mask[doc]
        if key_mask is not None:
            rows &= key_mask[key]
        return doc[rows], key[rows], count[rows]

    # ------------------------------------------------------------------ counting

    def sums(
        self,
        level: str,
        *,
        groups: np.ndarray | None = None,
        labels: Iterable[object] | None = None,
        article_mask: np.ndarray | None = None,
        kind_mask: np.ndarray | None = None,
        key_mask: np.ndarray | None = None,
    ) -> Sums:
        """Mentions and articles mentioning per (group, key), and the base of each group.

        Parameters
        ----------
        level : {"actor", "country", "organisation"}
        groups : array of int, optional
            The group of each article (its row in the articles), -1 for none: the period
            of a timeline, the outlet of a comparison. One group (0) by default.
        labels : sequence, optional
            The label of each group code, written in the ``group`` column.
        article_mask, kind_mask, key_mask : array of bool, optional
            The articles (by row), kinds (:meth:`kind_mask`) and keys counted.
        """
        keys = self.level(level).keys
        if groups is None:
            groups = np.zeros(self.n_articles, dtype=np.int64)
            labels = [0]
        labels = (
            list(labels) if labels is not None else list(range(int(groups.max(initial=-1)) + 1))
        )
        n_groups = len(labels)
        placed = groups >= 0
        if article_mask is not None:
            n_ungrouped = int((article_mask & ~placed).sum())
            placed = placed & article_mask
        else:
            n_ungrouped = int((~placed).sum())
        doc, key, count = self._cell_rows(level, placed, kind_mask, key_mask)
        group = groups[doc]
        slots = key.astype(np.int64) * n_groups + group
        size = len(keys) * n_groups
        mentions = np.bincount(slots, weights=count, minlength=size).astype("int64")
        # Cells are sorted by article then key: the first cell of each (article, key) run.
        articles = np.bincount(slots[first_of_runs(doc, key)], minlength=size)
        present = np.flatnonzero(mentions)
        n_articles = np.bincount(groups[placed], minlength=n_groups)
        n_words = np.bincount(groups[placed], weights=self.words[placed], minlength=n_groups)
        label_array = np.empty(n_groups, dtype=object)
        label_array[:] = labels
        counted_keys = sorted({keys[k] for k in present // n_groups})
        return Sums(
            counts=pd.DataFrame(
                {
                    "group": label_array[present % n_groups],
                    "key": np.array(keys, dtype=object)[present // n_groups]
                    if len(keys)
                    else np.array([], dtype=object),
                    "mentions": mentions[present],
                    "articles": articles[present].astype("int64"),
                }
            ),
            base=pd.DataFrame(
                {
                    "group": label_array,
                    "n_articles": n_articles.astype("int64"),
                    "n_words": n_words.astype("int64"),
                }
            ),
            names=self.names(level, counted_keys) if counted_keys else {},
            known_names=dict(self.mentions.attrs.get("names") or {}),
            n_mentions_outside=self.n_mentions_outside,
            n_ungrouped=n_ungrouped,
        )

    def per_article(
        self,
        level: str,
        *,
        article_mask: np.ndarray | None = None,
        kind_mask: np.ndarray | None = None,
        key_mask: np.ndarray | None = None,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Mentions per (article row, key code), both sorted: three arrays."""
        doc, key, count = self._cell_rows(level, article_mask, kind_mask, key_mask)
        first = np.flatnonzero(first_of_runs(doc, key))
        return doc[first], key[first], np.add.reduceat(count, first) if len(first) else count

    def mentions_per_article(self, level: str, **masks) -> np.ndarray:
        """Mentions counted in each article (by row)."""
        doc, _, count = self._cell_rows(
            level, masks.get("article_mask"), masks.get("kind_mask"), masks.get("key_mask")
        )
        return np.bincount(doc, weights=count, minlength=self.n_articles).astype("int64")

    def mention_positions(
        self,
        level: str,
        *,
        article_mask: np.ndarray | None = None,
        kind_mask: np.ndarray | None = None,
        key_mask: np.ndarray | None = None,
    ) -> np.ndarray:
        """Positions in ``mentions`` of the counted mentions that the masks keep, in order."""
        keep = np.ones(len(self.rows), dtype=bool)
        if article_mask is not None:
            keep &= article_mask[self.doc]
        if kind_mask is not None:
            keep &= kind_mask[self.kind]
        if key_mask is not None:
            keep &= key_mask[self.keys_of_mentions(level)]
        return self.rows[keep]

    def pairs(
        self,
        level: str,
        *,
        unit: str = "sentence",
        groups: np.ndarray | None = None,
        article_mask: np.ndarray | None = None,
        kind_mask: np.ndarray | None = None,
        key_mask: np.ndarray | None = None,
    ) -> pd.DataFrame:
        """Pairs of keys found in the same sentence or article, and in how many.

        Returns
        -------
        DataFrame
            ``group`` (with ``groups``, the group of the article), ``source`` and
            ``target`` (key codes, ``source < target`` in the order of the ids) and ``n``.
        """
        check_choice(unit, ("sentence", "article"), "unit")
        if unit == "sentence":
            doc, sentence, key, kind = self.sentence_rows(level)
        else:
            doc, key, kind, _ = self.cells(level)
            sentence = np.zeros(len(doc), dtype=np.int32)
        rows = np.ones(len(doc), dtype=bool) if kind_mask is None else kind_mask[kind]
        if article_mask is not None:
            rows &= article_mask[doc]
        if key_mask is not None:
            rows &= key_mask[key]
        if groups is not None:
            rows &= groups[doc] >= 0
        doc, sentence, key = doc[rows], sentence[rows], key[rows]
        chosen = np.flatnonzero(key_mask) if key_mask is not None else None
        if groups is None and chosen is not None and len(chosen) <= _BITSET_KEYS:
            return _pairs_of_few_keys(doc, sentence, key, chosen)
        # Rows stay sorted by (article, sentence, key): dropping kinds leaves repeats side by
        # side, so the distinct (unit, key) are the first of each run, with no new sort.
        first = first_of_runs(doc, sentence, key)
        doc, sentence, key = doc[first], sentence[first], key[first]
        unit_start = np.flatnonzero(first_of_runs(doc, sentence))
        sizes = np.diff(np.r_[unit_start, len(doc)])
        # Each key is paired with every later key of its unit (keys are sorted in a unit).
        rank = np.arange(len(doc)) - np.repeat(unit_start, sizes)
        later = np.repeat(sizes, sizes) - rank - 1
        one = np.repeat(np.arange(len(doc)), later)
        step = np.arange(len(one)) - np.repeat(np.cumsum(later) - later, later) + 1
        other = one + step
        n_keys = max(len(self.level(level).keys), 1)
        code = key[one].astype(np.int64) * n_keys + key[other]
        if groups is not None:
            code = groups[doc[one]].astype(np.int64) * n_keys * n_keys + code
        n_codes = n_keys * n_keys * (int(groups.max(initial=0)) + 1 if groups is not None else 1)
        if n_codes <= _BINCOUNT_LIMIT:
            # Few enough possible pairs to count them in place, without sorting millions.
            counts = np.bincount(code, minlength=n_codes)
            found = np.flatnonzero(counts)
            n = counts[found]
        else:
            ordered = np.sort(code)
            starts = np.flatnonzero(first_of_runs(ordered))
            found, n = ordered[starts], np.diff(np.r_[starts, len(ordered)])
        return pd.DataFrame(
            {
                "group": found // (n_keys * n_keys) if groups is not None else 0,
                "source": found // n_keys % n_keys,
                "target": found % n_keys,
                "n": n.astype("int64"),
            }
        )


# ---------------------------------------------------------------------------- tables

#: Columns of a timeline (:func:`timeline_table`).
TIMELINE_COLUMNS = (
    "period",
    "actor_id",
    "actor_name",
    "mentions",
    "articles_mentioning",
    "n_articles",
    "n_words",
    "per_1k_words",
    "share_of_articles",
    "small_n",
    "gap",
)

#: Columns of counts per actor (:func:`actor_table`).
ACTOR_COLUMNS = (
    "actor_id",
    "actor_name",
    "mentions",
    "articles",
    "per_1k_words",
    "share_of_articles",
    "n_articles",
    "n_words",
)


def actor_table(sums: Sums) -> pd.DataFrame:
    """Counts per actor over the whole base: the table of ``count_mentions(by="actor")``."""
    counts = sums.counts.groupby("key", sort=True)[["mentions", "articles"]].sum()
    n_articles = int(sums.base["n_articles"].sum())
    n_words = int(sums.base["n_words"].sum())
    ids = [str(key) for key in counts.index]
    names = sums.names_of(ids)
    per_1k, share = rates(counts["mentions"], counts["articles"], n_articles, n_words)
    result = pd.DataFrame(
        {
            "actor_id": pd.array(ids, dtype="string"),
            "actor_name": pd.array([names[key] for key in ids], dtype="string"),
            "mentions": pd.array(counts["mentions"].to_numpy(), dtype="Int64"),
            "articles": pd.array(counts["articles"].to_numpy(), dtype="Int64"),
            "per_1k_words": per_1k,
            "share_of_articles": share,
            "n_articles": pd.array([n_articles] * len(ids), dtype="Int64"),
            "n_words": pd.array([n_words] * len(ids), dtype="Int64"),
        }
    )
    result = result.sort_values(["mentions", "actor_id"], ascending=[False, True])
    result = result.reset_index(drop=True)
    result.attrs["n_mentions_outside"] = sums.n_mentions_outside
    return result


def grid_table(
    sums: Sums,
    groups: pd.Index,
    actor_ids: list[str],
    *,
    min_articles: int = MIN_ARTICLES,
    group_name: str = "period",
) -> pd.DataFrame:
    """One row per actor of ``actor_ids`` and group of ``groups``, zeros included.

    The table of timelines (groups are periods) and of comparisons by an article column
    (groups are outlets, languages...): counts, the group's base, rates and flags.
    """
    n_groups = len(groups)
    counts = sums.counts.set_index(["key", "group"])[["mentions", "articles"]]
    grid = pd.MultiIndex.from_arrays(
        [np.repeat(np.array(actor_ids, dtype=object), n_groups), np.tile(groups, len(actor_ids))]
    )
    found = counts.reindex(grid, fill_value=0)
    base = sums.base.set_index("group").reindex(groups, fill_value=0)
    n_articles = np.tile(base["n_articles"].to_numpy(dtype="int64"), len(actor_ids))
    n_words = np.tile(base["n_words"].to_numpy(dtype="int64"), len(actor_ids))
    mentions = found["mentions"].to_numpy(dtype="int64")
    articles = found["articles"].to_numpy(dtype="int64")
    per_1k, share = rates(mentions, articles, n_articles, n_words)
    gap, small_n = flags(n_articles, min_articles)
    names = sums.names_of(actor_ids)
    return pd.DataFrame(
        {
            group_name: groups[np.tile(np.arange(n_groups), len(actor_ids))],
            "actor_id": pd.array(np.repeat(actor_ids, n_groups), dtype="string"),
            "actor_name": pd.array(
                np.repeat([names[actor_id] for actor_id in actor_ids], n_groups), dtype="string"
            ),
            "mentions": pd.array(mentions, dtype="Int64"),
            "articles_mentioning": pd.array(articles, dtype="Int64"),
            "n_articles": pd.array(n_articles, dtype="Int64"),
            "n_words": pd.array(n_words, dtype="Int64"),
            "per_1k_words": per_1k,
            "share_of_articles": share,
            "small_n": small_n,
            "gap": gap,
        }
    )


def most_mentioned(sums: Sums) -> list[str]:
    """Keys counted at least once, most mentioned first (then by id)."""
    totals = sums.counts.groupby("key", sort=True)["mentions"].sum()
    totals = totals[totals > 0]
    return [str(key) for key in sorted(totals.index, key=lambda key: (-totals[key], key))]
