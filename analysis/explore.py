"""Explore the coverage interactively: filters, linked views and the evidence behind each count.

Two layers:

- a pure filter layer, without widgets: :class:`Filters` (what the reader asked for, a small
  JSON-able state), :class:`ExplorerData` (compact tables built once from the corpus and the
  mention table) and :class:`View` (the data behind every view, returned by
  :meth:`ExplorerData.view`). A filter change works on integer codes and never reads the
  article text again, except for a new keyword (the folded texts are cached once, and the
  result of each keyword is cached too).
- a thin widget layer: :func:`explore` returns an :class:`ExplorerApp` (an ``ipywidgets.VBox``)
  that wires the controls to :meth:`ExplorerData.view` and draws the result.

What "in view" means:

- *base articles* pass the month range, language, credit and keyword filters. An article
  without a month is in the base only when no month range is set.
- *articles in view* are the base articles that mention at least one selected actor (with
  the selected alias kinds); with no actor selected, every base article.
- *mentions in view* are the mentions of the selected actors (every actor when none is
  selected), of the selected alias kinds, in the articles in view.

The timeline, top-actor and co-mention views compare actors, so they count over the base
articles; their tables are those of :func:`analysis.timeline.actor_timeline`,
:func:`analysis.counts.count_mentions` and :func:`analysis.counts.co_mention_matrix` run on the
filtered corpus (the tests check that they agree).

Examples
--------
>>> corpus = pd.DataFrame({
...     "doc_id": ["a", "b"], "month": pd.PeriodIndex(["2023-07", "2023-08"], freq="M"),
...     "n_words": [100, 200], "language": ["fr", "en"], "credit": ["AFP", None],
...     "text": ["Moscou et Pyongyang.", "Seoul reacted."]})
>>> mentions = pd.DataFrame({
...     "doc_id": ["a", "a", "b"], "sentence_id": [0, 0, 0], "start": [0, 10, 0],
...     "end": [6, 19, 5], "alias": ["Moscou", "Pyongyang", "Seoul"],
...     "kind": ["capital"] * 3, "actor_id": ["RUS", "PRK", "KOR"],
...     "actor_name": ["Russia", "North Korea", "South Korea"],
...     "country": ["RUS", "PRK", "KOR"]})
>>> data = ExplorerData(corpus, mentions)
>>> data.view(Filters(actors=("RUS",))).counts_text()
'Articles in view: 1 · Mentions in view: 1'
>>> data.view(Filters(languages=("en",))).counts_text()
'Articles in view: 1 · Mentions in view: 1'
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import html
import io
import os
import pprint
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import ipywidgets as widgets
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

from analysis import config
from analysis.counts import actor_key, co_mention_matrix, kwic, roll_up_names_of
from analysis.figures import actor_color, safe_name, save_figure, style_context
from analysis.mentions import KINDS
from analysis.text import fold
from analysis.timeline import MEASURE_LABELS, TIMELINE_COLUMNS, month_evidence, plot_timeline

LEVELS = ("actor", "country")
MEASURES = tuple(MEASURE_LABELS)

NO_CREDIT = "(no credit)"
"""Credit label of the articles whose header names no photo credit."""

UNDETERMINED_LANGUAGE = "und"

EMPTY_MESSAGE = "No article matches these filters"
"""Start of :attr:`View.message` when no article is in view."""

NOTEBOOK_NAME = "04-explore"
"""Sub-folder of the exported figures (see :func:`analysis.figures.save_figure`)."""

MIN_ARTICLES = 5
"""Months resting on fewer articles are drawn hollow (``small_n``), as in the timelines."""

TIMELINE_ACTORS = 5
"""Actors drawn on the timeline when none is selected: the most mentioned in view."""

TOP_ACTORS = 15
"""Bars of the top-actors chart."""

HEATMAP_ACTORS = 10
"""Actors of the co-mention heat map when fewer than two are selected."""

MAX_HEATMAP_ACTORS = 20
"""The heat map never holds more actors than this (the first selected ones)."""

ARTICLE_ROWS = 200
"""Rows of :attr:`View.articles` (the articles with most mentions in view)."""

KWIC_ROWS = 100
"""Rows of :attr:`View.kwic` (the first mentions, in corpus order)."""

KWIC_WIDTH = 60
"""Characters of context on each side of a KWIC match."""

FIRST_WORDS = 25
"""Words of each article shown in the article table."""

_KEYWORD_CACHE_SIZE = 64

_CORPUS_COLUMNS = ("doc_id", "month", "n_words", "text")
_MENTION_COLUMNS = (
    "doc_id",
    "sentence_id",
    "start",
    "end",
    "alias",
    "kind",
    "actor_id",
    "actor_name",
)
_MONTH_EVIDENCE_COLUMNS = ("doc_id", "date", "credit", "n_mentions", "matched", "excerpt")
_ARTICLE_COLUMNS = (
    "doc_id",
    "month",
    "credit",
    "language",
    "n_words",
    "mentions",
    "first_words",
)
_TOP_COLUMNS = (
    "actor_id",
    "actor_name",
    "mentions",
    "articles",
    "per_1k_words",
    "share_of_articles",
    "n_articles",
    "n_words",
)


# --------------------------------------------------------------------------------------------
# Filters
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """What the reader asked for: a small, JSON-able, validated filter state.

    Parameters
    ----------
    start, end : str, optional
        First and last month kept (``"2023-07"``, inclusive). ``None`` on both sides: no date
        filter (articles without a month stay in view, but not on the timeline).
    actors : tuple of str
        Selected actor ids at ``level`` (``"PRK"``, ``"kim-jong-un"``); empty: none selected.
    level : {"actor", "country"}
        ``"country"`` rolls persons and institutions up to their state.
    kinds : tuple of str
        Alias kinds counted, among :data:`analysis.mentions.KINDS` (all by default).
    keyword : str
        Keep the articles containing it, accents and case ignored
        (:func:`analysis.text.fold` on both sides), matched at the start of a word.
    languages, credits : tuple of str, optional
        Keep these languages or photo credits (:data:`NO_CREDIT` for none); ``None``: all.
    measure : {"mentions", "per_1k_words", "share_of_articles"}
        What the timeline and the top-actors chart show.
    focus : str, optional
        Actor whose evidence (KWIC, articles of a month) is shown; by default the first
        timeline actor.
    month : str, optional
        Month whose articles are listed for the ``focus`` actor.

    Examples
    --------
    >>> filters = Filters(start="2023-07", actors=["RUS", "PRK"], kinds="name,capital")
    >>> filters.actors, filters.kinds
    (('RUS', 'PRK'), ('name', 'capital'))
    >>> Filters.from_dict(filters.to_dict()) == filters
    True
    >>> Filters(measure="words")
    Traceback (most recent call last):
    ...
    ValueError: measure='words' is not supported; choose one of ...
    """

    start: str | None = None
    end: str | None = None
    actors: tuple[str, ...] = ()
    level: str = "actor"
    kinds: tuple[str, ...] = KINDS
    keyword: str = ""
    languages: tuple[str, ...] | None = None
    credits: tuple[str, ...] | None = None
    measure: str = "mentions"
    focus: str | None = None
    month: str | None = None

    def __post_init__(self) -> None:
        # Normalised here, so that equal states compare equal and survive a JSON round trip.
        set_field = object.__setattr__
        set_field(self, "start", _month_text(self.start, "start"))
        set_field(self, "end", _month_text(self.end, "end"))
        set_field(self, "month", _month_text(self.month, "month"))
        set_field(self, "actors", _text_tuple(self.actors, "actors"))
        set_field(self, "kinds", _kind_tuple(self.kinds))
        set_field(self, "keyword", "" if self.keyword is None else str(self.keyword).strip())
        for name in ("languages", "credits"):
            value = getattr(self, name)
            set_field(self, name, None if value is None else _text_tuple(value, name))
        _check_choice(self.level, LEVELS, "level")
        _check_choice(self.measure, MEASURES, "measure")
        if self.focus is not None:
            set_field(self, "focus", str(self.focus))

    def to_dict(self) -> dict[str, object]:
        """The state as a JSON-able dict (lists, strings and ``None`` only).

        Examples
        --------
        >>> Filters(actors=("RUS",)).to_dict()["actors"]
        ['RUS']
        """
        state: dict[str, object] = {}
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            state[field.name] = list(value) if isinstance(value, tuple) else value
        return state

    @classmethod
    def from_dict(cls, state: Mapping[str, object] | Filters | None) -> Filters:
        """Read a state written by :meth:`to_dict`; missing keys take their defaults.

        ``kinds=None`` means every kind (as the notebooks' ``kinds`` parameter).

        Raises
        ------
        ValueError
            On an unknown key or an invalid value, naming it.

        Examples
        --------
        >>> Filters.from_dict({"level": "country", "kinds": None}).kinds == KINDS
        True
        >>> Filters.from_dict({"actor": ["RUS"]})
        Traceback (most recent call last):
        ...
        ValueError: Unknown filter key(s) ['actor']; the keys are ...
        """
        if state is None:
            return cls()
        if isinstance(state, Filters):
            return state
        if not isinstance(state, Mapping):
            raise TypeError(
                f"A filter state is a dict such as Filters().to_dict(), not {type(state).__name__}."
            )
        known = [field.name for field in dataclasses.fields(cls)]
        unknown = sorted(str(key) for key in state if key not in known)
        if unknown:
            raise ValueError(f"Unknown filter key(s) {unknown}; the keys are {known}.")
        values = dict(state)
        if values.get("kinds", KINDS) is None:
            values["kinds"] = KINDS
        return cls(**values)

    def replace(self, **changes: object) -> Filters:
        """A copy with some fields changed (validated again).

        Examples
        --------
        >>> Filters().replace(level="country").level
        'country'
        """
        return dataclasses.replace(self, **changes)


def _month_text(value: object, name: str) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    try:
        return str(pd.Period(value, freq="M"))
    except (ValueError, TypeError):
        raise ValueError(
            f"{name}={value!r} is not a month; write it as YYYY-MM (for example 2023-07)."
        ) from None


def _text_tuple(values: object, name: str) -> tuple[str, ...]:
    if values is None:
        return ()
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, Iterable):
        raise ValueError(f"{name} must be a list of strings, got {values!r}.")
    return tuple(dict.fromkeys(str(value) for value in values))


def _kind_tuple(kinds: object) -> tuple[str, ...]:
    if isinstance(kinds, str):
        kinds = [kind.strip() for kind in kinds.split(",") if kind.strip()]
    wanted = set(_text_tuple(kinds, "kinds"))
    unknown = sorted(wanted - set(KINDS))
    if unknown:
        raise ValueError(f"Unknown alias kind(s) {unknown}; choose among {list(KINDS)}.")
    # The order of KINDS, so that the same selection always gives the same state.
    return tuple(kind for kind in KINDS if kind in wanted)


def _check_choice(value: object, choices: tuple[str, ...], name: str) -> None:
    if value not in choices:
        raise ValueError(f"{name}={value!r} is not supported; choose one of {list(choices)}.")


# --------------------------------------------------------------------------------------------
# The data behind each view
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class View:
    """The data behind every view of the explorer, for one :class:`Filters`.

    Attributes
    ----------
    filters : Filters
        The filters asked for.
    start, end : str or None
        Months spanned by the timeline (the corpus's first and last month when not set).
    n_articles, n_mentions : int
        Articles and mentions in view (see the module documentation).
    timeline_actors : tuple of str
        Actors on the timeline: the selected ones, else the most mentioned in view.
    focus : str or None
        Actor whose evidence is shown in ``kwic`` and ``month_articles``.
    months : tuple of str
        Months holding at least one article in view, in order.
    timeline : pandas.DataFrame
        As :func:`analysis.timeline.actor_timeline` (one row per actor and month, ``value``
        the chosen measure); empty when nothing is in view.
    top_actors : pandas.DataFrame
        As :func:`analysis.counts.count_mentions` (``actor_id``, ``actor_name``,
        ``mentions``, ``articles``, ``per_1k_words``, ``share_of_articles``,
        ``n_articles``, ``n_words``) over the base articles, every actor mentioned, sorted
        by the chosen measure.
    co_mentions : pandas.DataFrame
        Actor x actor counts of sentences mentioning both (:func:`co_mention_matrix`).
    articles : pandas.DataFrame
        The first :data:`ARTICLE_ROWS` articles in view, most mentions first: ``doc_id``,
        ``month``, ``credit``, ``language``, ``n_words``, ``mentions`` (in view) and
        ``first_words``.
    kwic : pandas.DataFrame
        :func:`analysis.counts.kwic` of the first :data:`KWIC_ROWS` mentions of ``focus``.
    month_articles : pandas.DataFrame
        :func:`analysis.timeline.month_evidence` of ``focus`` in ``filters.month``, for the
        :data:`ARTICLE_ROWS` articles with most mentions of it (their total number is in
        ``attrs["n_articles"]``); empty when no month is chosen.
    message : str
        Empty, or a sentence starting with :data:`EMPTY_MESSAGE` when nothing is in view.
    """

    filters: Filters
    start: str | None
    end: str | None
    n_articles: int
    n_mentions: int
    timeline_actors: tuple[str, ...]
    focus: str | None
    months: tuple[str, ...]
    timeline: pd.DataFrame
    top_actors: pd.DataFrame
    co_mentions: pd.DataFrame
    articles: pd.DataFrame
    kwic: pd.DataFrame
    month_articles: pd.DataFrame
    message: str

    @property
    def empty(self) -> bool:
        """Whether no article is in view."""
        return self.n_articles == 0

    def counts_text(self) -> str:
        """The counts line shown above the views, e.g. ``Articles in view: 1,234 · ...``."""
        return f"Articles in view: {self.n_articles:,} · Mentions in view: {self.n_mentions:,}"


@dataclass(frozen=True)
class _Level:
    """Actor keys at one level: ``key_of_actor[actor code]`` is the key code."""

    keys: tuple[str, ...]
    names: tuple[str, ...]
    key_of_actor: np.ndarray
    code: dict[str, int]
    totals: np.ndarray


@dataclass(frozen=True)
class _Cells:
    """Mention counts per (article, key, kind), sorted by article, key, kind."""

    doc: np.ndarray
    key: np.ndarray
    kind: np.ndarray
    count: np.ndarray


class ExplorerData:
    """Compact tables built once from a corpus and its mentions, filtered by :meth:`view`.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`analysis.load_corpus`: ``doc_id``, ``month``, ``n_words``, ``text``;
        ``language``, ``credit`` and ``date`` are used when present.
    mentions : pandas.DataFrame
        From :func:`analysis.mentions.find_mentions` (``country`` is needed for
        ``level="country"``, with ``organisation`` when present, as in
        :func:`analysis.counts.actor_key`; without it every actor is its own). Mentions of
        articles absent from the corpus are ignored (their number is in
        ``n_mentions_outside_corpus``).

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "n_words": [10, 10], "text": ["x", "y"],
    ...                        "month": pd.PeriodIndex(["2023-07", "2023-09"], freq="M")})
    >>> mentions = pd.DataFrame({"doc_id": ["a", "b", "b"], "sentence_id": [0, 0, 0],
    ...     "start": [0, 0, 0], "end": [1, 1, 1], "alias": ["x", "y", "y"], "kind": ["name"] * 3,
    ...     "actor_id": ["RUS", "RUS", "PRK"], "actor_name": ["Russia", "Russia", "North Korea"]})
    >>> data = ExplorerData(corpus, mentions)
    >>> data.months()
    ['2023-07', '2023-08', '2023-09']
    >>> data.actors()[["actor_id", "mentions"]].values.tolist()
    [['RUS', 2], ['PRK', 1]]
    >>> view = data.view(Filters(start="2023-08"))
    >>> view.n_articles, view.n_mentions, view.top_actors["actor_id"].tolist()
    (1, 2, ['PRK', 'RUS'])
    """

    def __init__(self, corpus: pd.DataFrame, mentions: pd.DataFrame):
        _require_columns(corpus, _CORPUS_COLUMNS, "corpus")
        _require_columns(mentions, _MENTION_COLUMNS, "mentions")
        self.corpus = corpus.reset_index(drop=True)
        self.mentions = mentions.reset_index(drop=True)
        doc_ids = self.corpus["doc_id"].astype("string")
        repeated = doc_ids[doc_ids.duplicated()]
        if not repeated.empty:
            raise ValueError(
                f"The corpus has {len(repeated)} repeated doc_id(s), e.g. "
                f"{list(repeated.unique()[:3])}; each article must appear once."
            )
        self._doc_index = pd.Index(doc_ids.to_numpy(dtype=object))
        self.n_documents = len(self.corpus)
        self._build_documents()
        self._build_mentions()
        self._levels: dict[str, _Level] = {}
        self._cells: dict[str, _Cells] = {}
        self._mention_keys: dict[str, np.ndarray] = {}
        self._sentences: dict[str, tuple[np.ndarray, ...]] = {}
        self._folded: list[str] | None = None
        self._keyword_masks: dict[str, np.ndarray] = {}
        # Built now rather than on the first view, so that every filter change is equally fast.
        for level in LEVELS:
            self._level_cells(level)
            self._sentence_rows(level)

    # ------------------------------------------------------------------ building, once

    def _build_documents(self) -> None:
        corpus = self.corpus
        self._month = _month_ordinals(corpus["month"])
        self._dated = self._month != _NO_MONTH
        dated_months = self._month[self._dated]
        self.first_month = int(dated_months.min()) if dated_months.size else None
        self.last_month = int(dated_months.max()) if dated_months.size else None
        self._words = pd.to_numeric(corpus["n_words"]).fillna(0).to_numpy(dtype="int64")
        languages = (
            corpus["language"].astype("string").fillna(UNDETERMINED_LANGUAGE)
            if "language" in corpus
            else pd.Series(UNDETERMINED_LANGUAGE, index=corpus.index, dtype="string")
        )
        credits = (
            corpus["credit"].astype("string").fillna(NO_CREDIT)
            if "credit" in corpus
            else pd.Series(NO_CREDIT, index=corpus.index, dtype="string")
        )
        self._language_codes, self._language_values = _codes(languages)
        self._credit_codes, self._credit_values = _codes(credits)

    def _build_mentions(self) -> None:
        mentions = self.mentions
        doc_column = mentions["doc_id"]
        if not isinstance(doc_column.dtype, pd.CategoricalDtype):
            doc_column = doc_column.astype("string").astype("category")
        lookup = self._doc_index.get_indexer(doc_column.cat.categories.astype(str))
        codes = doc_column.cat.codes.to_numpy()
        doc = np.where(codes >= 0, lookup[np.maximum(codes, 0)], -1)
        kind_codes, kind_values = _codes(mentions["kind"])
        unknown = sorted(set(kind_values) - set(KINDS))
        if unknown:
            raise ValueError(
                f"The mentions hold unknown alias kind(s) {unknown}; the kinds are {list(KINDS)}."
            )
        kind_lookup = np.array([KINDS.index(value) for value in kind_values] + [-1])
        kind = kind_lookup[kind_codes]
        actor_codes, actor_ids = _codes(mentions["actor_id"])
        # Rows without an article in the corpus, a kind or an actor cannot be counted.
        keep = (doc >= 0) & (kind >= 0) & (actor_codes >= 0)
        self.n_mentions_outside_corpus = int((doc < 0).sum())
        self._mention_rows = np.flatnonzero(keep)
        self._mention_doc = doc[keep].astype(np.int64)
        self._mention_kind = kind[keep].astype(np.int64)
        self._mention_sentence = mentions["sentence_id"].to_numpy(dtype="int64")[keep]
        self._mention_actor = actor_codes[keep]
        self._actor_ids = tuple(actor_ids)
        # Name and country of each actor: those of its first mention (they depend on the id).
        used, first = np.unique(self._mention_actor, return_index=True)
        first_rows = self._mention_rows[first]
        names = np.array(self._actor_ids, dtype=object)
        names[used] = (
            mentions["actor_name"].iloc[first_rows].astype("string").to_numpy(dtype=object)
        )
        self._actor_names = names
        # Names of what the mentions do not name (see counts.roll_up_names_of).
        self._known_names = dict(mentions.attrs.get("names") or {})
        self._actor_used = np.zeros(len(self._actor_ids), dtype=bool)
        self._actor_used[used] = True
        # The country key follows counts.actor_key (country, else organisation, else the actor
        # itself), applied to one mention per actor: the key depends on the actor only.
        self._actor_countries = np.array(self._actor_ids, dtype=object)
        if "country" in mentions:
            keys = actor_key(mentions.iloc[first_rows], "country")
            self._actor_countries[used] = keys.to_numpy(dtype=object)

    def names_of(self, ids: list[str]) -> dict[str, str]:
        """Names of ids the mentions do not name, as the library functions find them."""
        return roll_up_names_of(ids, self._known_names) if ids else {}

    def _level(self, level: str) -> _Level:
        _check_choice(level, LEVELS, "level")
        if level not in self._levels:
            if level == "actor":
                keys = self._actor_ids
                key_of_actor = np.arange(len(keys), dtype=np.int64)
                names = tuple(str(name) for name in self._actor_names)
            else:
                keys = tuple(sorted(set(self._actor_countries[self._actor_used])))
                code = {key: index for index, key in enumerate(keys)}
                key_of_actor = np.array(
                    [code.get(country, -1) for country in self._actor_countries], dtype=np.int64
                )
                # A country is named after its state actor when the state itself is mentioned,
                # else from the dictionary (as in actor_timeline).
                own = {
                    actor_id: str(name)
                    for actor_id, name, used in zip(
                        self._actor_ids, self._actor_names, self._actor_used, strict=True
                    )
                    if used
                }
                own.update(self.names_of([key for key in keys if key not in own]))
                names = tuple(own[key] for key in keys)
            totals = np.bincount(key_of_actor[self._mention_actor], minlength=len(keys))
            self._levels[level] = _Level(
                keys=tuple(keys),
                names=names,
                key_of_actor=key_of_actor,
                code={key: index for index, key in enumerate(keys)},
                totals=totals,
            )
        return self._levels[level]

    def _level_cells(self, level: str) -> _Cells:
        if level not in self._cells:
            keys = self._keys_of_mentions(level)
            (doc, key, kind), counts = _count_rows(self._mention_doc, keys, self._mention_kind)
            # Narrow integers: every filter change gathers through these arrays.
            self._cells[level] = _Cells(
                doc=doc.astype(np.int32),
                key=key.astype(np.int32),
                kind=kind.astype(np.int8),
                count=counts.astype(np.int32),
            )
        return self._cells[level]

    def _keys_of_mentions(self, level: str) -> np.ndarray:
        if level not in self._mention_keys:
            self._mention_keys[level] = self._level(level).key_of_actor[self._mention_actor]
        return self._mention_keys[level]

    def _sentence_rows(self, level: str) -> tuple[np.ndarray, ...]:
        """Distinct (article, sentence, key, kind) rows, sorted: the co-mention units."""
        if level not in self._sentences:
            (doc, sentence, key, kind), _ = _count_rows(
                self._mention_doc,
                self._mention_sentence,
                self._keys_of_mentions(level),
                self._mention_kind,
            )
            self._sentences[level] = (
                doc.astype(np.int32),
                sentence.astype(np.int32),
                key.astype(np.int32),
                kind.astype(np.int8),
            )
        return self._sentences[level]

    def _folded_texts(self) -> list[str]:
        if self._folded is None:
            texts = self.corpus["text"].astype("string").fillna("").to_numpy(dtype=object)
            # A leading space so that " keyword" matches at the start of any word.
            self._folded = [" " + fold_for_search(text) for text in texts]
        return self._folded

    # ------------------------------------------------------------------ choices for controls

    def months(self) -> list[str]:
        """Every month from the corpus's first to its last dated article, as ``YYYY-MM``."""
        if self.first_month is None:
            return []
        return [
            str(pd.Period(ordinal=ordinal, freq="M"))
            for ordinal in range(self.first_month, self.last_month + 1)
        ]

    def actors(self, level: str = "actor") -> pd.DataFrame:
        """Actors mentioned at ``level``, most mentioned first.

        Returns
        -------
        pandas.DataFrame
            ``actor_id``, ``actor_name`` (string) and ``mentions`` (int64, whole corpus).
        """
        data = self._level(level)
        table = pd.DataFrame(
            {
                "actor_id": pd.array(data.keys, dtype="string"),
                "actor_name": pd.array(data.names, dtype="string"),
                "mentions": data.totals.astype("int64"),
            }
        )
        table = table[table["mentions"] > 0]
        return table.sort_values(["mentions", "actor_id"], ascending=[False, True]).reset_index(
            drop=True
        )

    def languages(self) -> pd.Series:
        """Number of articles per language, most frequent first."""
        return _value_counts(self._language_codes, self._language_values)

    def credits(self) -> pd.Series:
        """Number of articles per photo credit (:data:`NO_CREDIT` for none), most first."""
        return _value_counts(self._credit_codes, self._credit_values)

    def country_of(self, actor_id: str) -> str:
        """The key an actor id counts under at ``level="country"`` (itself if unknown)."""
        if actor_id in self._actor_ids:
            return str(self._actor_countries[self._actor_ids.index(actor_id)])
        return actor_id

    def events_for(
        self, events: pd.DataFrame | None, actor_ids: Iterable[str], level: str = "actor"
    ) -> pd.DataFrame | None:
        """The events of :func:`analysis.timeline.load_events` involving one of ``actor_ids``.

        At ``level="country"`` an event involving a person counts for the person's country.
        Returns ``None`` when there is no event to draw.
        """
        if events is None or events.empty:
            return None
        if "actors" not in events:
            return events
        wanted = set(actor_ids)

        def involved(actors: object) -> bool:
            keys = [str(actor) for actor in actors or ()]
            if level == "country":
                keys = [self.country_of(actor) for actor in keys]
            return any(key in wanted for key in keys)

        return events[events["actors"].map(involved).astype(bool)]

    # ------------------------------------------------------------------ filtering

    def keyword_mask(self, keyword: str) -> np.ndarray | None:
        """Which articles contain ``keyword`` (folded, at the start of a word); ``None``: no filter.

        The folded texts are computed on the first call and kept; each keyword's result is
        cached, so returning to an earlier keyword costs nothing.
        """
        key = fold_for_search(keyword)
        if not key:
            return None
        mask = self._keyword_masks.get(key)
        if mask is None:
            needle = " " + key
            texts = self._folded_texts()
            mask = np.fromiter((needle in text for text in texts), dtype=bool, count=len(texts))
            if len(self._keyword_masks) >= _KEYWORD_CACHE_SIZE:
                self._keyword_masks.pop(next(iter(self._keyword_masks)))
            self._keyword_masks[key] = mask
        return mask

    def base_mask(self, filters: Filters) -> np.ndarray:
        """Articles passing the month range, language, credit and keyword filters."""
        mask = np.ones(self.n_documents, dtype=bool)
        if filters.start is not None or filters.end is not None:
            mask &= self._dated
            if filters.start is not None:
                mask &= self._month >= pd.Period(filters.start, freq="M").ordinal
            if filters.end is not None:
                mask &= self._month <= pd.Period(filters.end, freq="M").ordinal
        if filters.languages is not None:
            mask &= _in_values(self._language_codes, self._language_values, filters.languages)
        if filters.credits is not None:
            mask &= _in_values(self._credit_codes, self._credit_values, filters.credits)
        keyword = self.keyword_mask(filters.keyword)
        if keyword is not None:
            mask &= keyword
        return mask

    def view(self, filters: Filters | Mapping[str, object] | None = None) -> View:
        """The data behind every view for ``filters``.

        Parameters
        ----------
        filters : Filters or dict, optional
            The filters (a dict is read by :meth:`Filters.from_dict`); none by default.

        Returns
        -------
        View
        """
        filters = Filters.from_dict(filters)
        level = self._level(filters.level)
        start, end = self._timeline_range(filters)
        base = self.base_mask(filters)
        if start is not None and end is not None and start > end:
            base[:] = False
        kind_mask = np.isin(np.arange(len(KINDS)), [KINDS.index(k) for k in filters.kinds])
        cells = self._level_cells(filters.level)
        counted = base[cells.doc] & kind_mask[cells.kind]

        selected = np.zeros(len(level.keys), dtype=bool)
        selected[[level.code[a] for a in filters.actors if a in level.code]] = True
        chosen = counted & selected[cells.key] if filters.actors else counted
        per_document = np.bincount(
            cells.doc[chosen], weights=cells.count[chosen], minlength=self.n_documents
        )
        in_view = base & (per_document > 0) if filters.actors else base
        n_articles = int(in_view.sum())
        n_mentions = int(per_document[in_view].sum())

        top = self._top_actors(filters, level, cells, counted, base)
        if filters.actors:
            timeline_actors = filters.actors
        else:
            by_mentions = top.sort_values(["mentions", "actor_id"], ascending=[False, True])
            timeline_actors = tuple(by_mentions["actor_id"].head(TIMELINE_ACTORS))
        focus = filters.focus if filters.focus in timeline_actors else None
        if focus is None and timeline_actors:
            focus = timeline_actors[0]
        months = self._months_of(in_view)
        start_text = None if start is None else str(pd.Period(ordinal=start, freq="M"))
        end_text = None if end is None else str(pd.Period(ordinal=end, freq="M"))
        if n_articles == 0:
            return View(
                filters=filters,
                start=start_text,
                end=end_text,
                n_articles=0,
                n_mentions=0,
                timeline_actors=timeline_actors,
                focus=focus,
                months=(),
                timeline=_empty_timeline(filters),
                top_actors=top,
                co_mentions=pd.DataFrame(dtype="int64"),
                articles=_empty_frame(_ARTICLE_COLUMNS),
                kwic=kwic(self.mentions.iloc[:0], self.corpus.iloc[:0]),
                month_articles=_empty_frame(_MONTH_EVIDENCE_COLUMNS),
                message=self._empty_message(filters, start, end),
            )
        return View(
            filters=filters,
            start=start_text,
            end=end_text,
            n_articles=n_articles,
            n_mentions=n_mentions,
            timeline_actors=timeline_actors,
            focus=focus,
            months=months,
            timeline=self._timeline(filters, level, base, kind_mask, timeline_actors, start, end),
            top_actors=top,
            co_mentions=self._co_mentions(filters, level, base, kind_mask, top),
            articles=self._articles(in_view, per_document),
            kwic=self._kwic(filters, level, base, kind_mask, focus),
            month_articles=self._month_articles(filters, level, in_view, kind_mask, focus, months),
            message="",
        )

    def _timeline_range(self, filters: Filters) -> tuple[int | None, int | None]:
        start = (
            pd.Period(filters.start, freq="M").ordinal
            if filters.start is not None
            else self.first_month
        )
        end = (
            pd.Period(filters.end, freq="M").ordinal if filters.end is not None else self.last_month
        )
        return start, end

    def _empty_message(self, filters: Filters, start: int | None, end: int | None) -> str:
        if start is not None and end is not None and start > end:
            return (
                f"{EMPTY_MESSAGE}: the range starts ({pd.Period(ordinal=start, freq='M')}) "
                f"after it ends ({pd.Period(ordinal=end, freq='M')})."
            )
        covered = self.months()
        span = f" The corpus covers {covered[0]} to {covered[-1]}." if covered else ""
        return (
            f"{EMPTY_MESSAGE}.{span} Widen the month range, clear the keyword, or select more "
            "languages, credits, alias kinds or actors."
        )

    def _months_of(self, in_view: np.ndarray) -> tuple[str, ...]:
        ordinals = np.unique(self._month[in_view & self._dated])
        return tuple(str(pd.Period(ordinal=int(o), freq="M")) for o in ordinals)

    def _top_actors(
        self, filters: Filters, level: _Level, cells: _Cells, counted: np.ndarray, base: np.ndarray
    ) -> pd.DataFrame:
        doc, key, count = cells.doc[counted], cells.key[counted], cells.count[counted]
        n_keys = len(level.keys)
        mentions = np.bincount(key, weights=count, minlength=n_keys).astype("int64")
        articles = np.bincount(key[_first_of_pairs(doc, key)], minlength=n_keys)
        n_articles = int(base.sum())
        n_words = int(self._words[base].sum())
        present = np.flatnonzero(mentions > 0)
        table = pd.DataFrame(
            {
                "actor_id": pd.array([level.keys[k] for k in present], dtype="string"),
                "actor_name": pd.array([level.names[k] for k in present], dtype="string"),
                "mentions": pd.array(mentions[present], dtype="Int64"),
                "articles": pd.array(articles[present], dtype="Int64"),
                "per_1k_words": mentions[present] * 1000 / max(n_words, 1),
                "share_of_articles": articles[present] / max(n_articles, 1),
                "n_articles": pd.array(np.full(len(present), n_articles), dtype="Int64"),
                "n_words": pd.array(np.full(len(present), n_words), dtype="Int64"),
            }
        )
        return table.sort_values(
            [filters.measure, "actor_id"], ascending=[False, True]
        ).reset_index(drop=True)

    def _timeline(
        self,
        filters: Filters,
        level: _Level,
        base: np.ndarray,
        kind_mask: np.ndarray,
        actor_ids: tuple[str, ...],
        start: int,
        end: int,
    ) -> pd.DataFrame:
        n_periods = end - start + 1
        placed = base & self._dated & (self._month >= start) & (self._month <= end)
        period_of = self._month - start
        n_articles = np.bincount(period_of[placed], minlength=n_periods)
        n_words = np.bincount(
            period_of[placed], weights=self._words[placed], minlength=n_periods
        ).astype("int64")
        local = np.full(len(level.keys), -1, dtype=np.int64)
        for index, actor_id in enumerate(actor_ids):
            if actor_id in level.code:
                local[level.code[actor_id]] = index
        cells = self._level_cells(filters.level)
        rows = placed[cells.doc] & kind_mask[cells.kind] & (local[cells.key] >= 0)
        doc, key, count = cells.doc[rows], cells.key[rows], cells.count[rows]
        slots = local[key] * n_periods + period_of[doc]
        size = len(actor_ids) * n_periods
        mentions = np.bincount(slots, weights=count, minlength=size).astype("int64")
        mentioning = np.bincount(slots[_first_of_pairs(doc, key)], minlength=size)

        periods = pd.period_range(pd.Period(ordinal=start, freq="M"), periods=n_periods, freq="M")
        all_n_articles = np.tile(n_articles, len(actor_ids))
        all_n_words = np.tile(n_words, len(actor_ids))
        gap = all_n_articles == 0
        with np.errstate(divide="ignore", invalid="ignore"):
            per_1k = np.where(all_n_words > 0, mentions * 1000 / all_n_words, np.nan)
            share = np.where(all_n_articles > 0, mentioning / all_n_articles, np.nan)
        unseen = self.names_of([a for a in actor_ids if a not in level.code])
        names = [level.names[level.code[a]] if a in level.code else unseen[a] for a in actor_ids]
        table = pd.DataFrame(
            {
                "period": periods[np.tile(np.arange(n_periods), len(actor_ids))],
                "actor_id": pd.array(np.repeat(list(actor_ids), n_periods), dtype="string"),
                "actor_name": pd.array(np.repeat(names, n_periods), dtype="string"),
                "mentions": pd.array(mentions, dtype="Int64"),
                "articles_mentioning": pd.array(mentioning, dtype="Int64"),
                "n_articles": pd.array(all_n_articles, dtype="Int64"),
                "n_words": pd.array(all_n_words, dtype="Int64"),
                "per_1k_words": per_1k,
                "share_of_articles": share,
            }
        )
        measure = {"mentions": mentions.astype("float64"), "per_1k_words": per_1k}.get(
            filters.measure, share
        )
        table["value"] = np.where(gap, np.nan, measure)
        table["small_n"] = ~gap & (all_n_articles < MIN_ARTICLES)
        table["gap"] = gap
        table.attrs.update(
            unit="M",
            level=filters.level,
            measure=filters.measure,
            kinds=None if filters.kinds == KINDS else sorted(filters.kinds),
            min_articles=MIN_ARTICLES,
            rolling=None,
            n_undated_dropped=int((base & ~self._dated).sum()),
            n_mentions_outside_corpus=self.n_mentions_outside_corpus,
        )
        return table

    def _co_mentions(
        self,
        filters: Filters,
        level: _Level,
        base: np.ndarray,
        kind_mask: np.ndarray,
        top: pd.DataFrame,
    ) -> pd.DataFrame:
        known = [a for a in filters.actors if a in level.code]
        if len(known) >= 2:
            actor_ids = known[:MAX_HEATMAP_ACTORS]
        else:
            by_mentions = top.sort_values(["mentions", "actor_id"], ascending=[False, True])
            actor_ids = [str(a) for a in by_mentions["actor_id"].head(HEATMAP_ACTORS)]
        local = np.full(len(level.keys), -1, dtype=np.int64)
        for index, actor_id in enumerate(actor_ids):
            local[level.code[actor_id]] = index
        doc, sentence, key, kind = self._sentence_rows(filters.level)
        position = local[key]
        rows = base[doc] & kind_mask[kind] & (position >= 0)
        doc, sentence, position = doc[rows], sentence[rows], position[rows]
        pairs = []
        if doc.size:
            # One bit per actor; OR-ing the bits of each sentence gives the set of actors in it.
            bits = np.left_shift(np.int64(1), position)
            starts = np.flatnonzero(_first_of_pairs(doc, sentence))
            sets = np.bitwise_or.reduceat(bits, starts)
            if len(actor_ids) <= 16:
                # At most 65,536 possible sets: counting them is faster than sorting them.
                counts = np.bincount(sets, minlength=1 << len(actor_ids))
                sets = np.flatnonzero(counts)
                counts = counts[sets]
            else:
                sets, counts = np.unique(sets, return_counts=True)
            members = (sets[:, None] >> np.arange(len(actor_ids))) & 1
            together = members.T @ (members * counts[:, None])
            for i, j in zip(*np.triu_indices(len(actor_ids), k=1), strict=True):
                if together[i, j]:
                    pairs.append((*sorted((actor_ids[i], actor_ids[j])), int(together[i, j])))
        pair_table = pd.DataFrame(pairs, columns=["source", "target", "n"])
        return co_mention_matrix(pair_table, actors=actor_ids)

    def _articles(self, in_view: np.ndarray, per_document: np.ndarray) -> pd.DataFrame:
        documents = np.flatnonzero(in_view)
        counts = per_document[documents]
        order = np.lexsort((documents, -counts))[:ARTICLE_ROWS]
        rows = documents[order]
        corpus = self.corpus.iloc[rows]
        return pd.DataFrame(
            {
                "doc_id": corpus["doc_id"].astype("string").to_numpy(),
                "month": corpus["month"].to_numpy(),
                "credit": pd.array(
                    [self._credit_values[c] for c in self._credit_codes[rows]], dtype="string"
                ),
                "language": pd.array(
                    [self._language_values[c] for c in self._language_codes[rows]],
                    dtype="string",
                ),
                "n_words": pd.array(self._words[rows], dtype="Int64"),
                "mentions": pd.array(counts[order].astype("int64"), dtype="Int64"),
                "first_words": pd.array(
                    [first_words(text, FIRST_WORDS) for text in corpus["text"]], dtype="string"
                ),
            }
        )

    def _focus_rows(
        self, level_name: str, documents: np.ndarray, kind_mask: np.ndarray, focus: str | None
    ) -> np.ndarray:
        """Positions (in the kept mentions) of the focus actor's mentions in ``documents``."""
        code = self._level(level_name).code.get(focus, -1) if focus is not None else -1
        if code < 0:
            return np.array([], dtype=np.int64)
        keys = self._keys_of_mentions(level_name)
        return np.flatnonzero(
            documents[self._mention_doc] & kind_mask[self._mention_kind] & (keys == code)
        )

    def _kwic(
        self,
        filters: Filters,
        level: _Level,
        base: np.ndarray,
        kind_mask: np.ndarray,
        focus: str | None,
    ) -> pd.DataFrame:
        rows = self._focus_rows(filters.level, base, kind_mask, focus)[:KWIC_ROWS]
        documents = np.unique(self._mention_doc[rows])
        return kwic(
            self.mentions.iloc[self._mention_rows[rows]],
            self.corpus.iloc[documents],
            width=KWIC_WIDTH,
        )

    def _month_articles(
        self,
        filters: Filters,
        level: _Level,
        in_view: np.ndarray,
        kind_mask: np.ndarray,
        focus: str | None,
        months: tuple[str, ...],
    ) -> pd.DataFrame:
        needed = {"date", "credit", "text"}
        if filters.month not in months or focus is None or not needed <= set(self.corpus):
            return _empty_frame(_MONTH_EVIDENCE_COLUMNS)
        ordinal = pd.Period(filters.month, freq="M").ordinal
        in_month = in_view & (self._month == ordinal)
        rows = self._focus_rows(filters.level, in_month, kind_mask, focus)
        # month_evidence works article by article: give it the busiest ARTICLE_ROWS only.
        per_document = np.bincount(self._mention_doc[rows], minlength=self.n_documents)
        documents = np.flatnonzero(per_document)
        documents = documents[np.lexsort((documents, -per_document[documents]))][:ARTICLE_ROWS]
        keep = np.zeros(self.n_documents, dtype=bool)
        keep[documents] = True
        rows = rows[keep[self._mention_doc[rows]]]
        evidence = month_evidence(
            self.mentions.iloc[self._mention_rows[rows]],
            self.corpus.iloc[np.sort(documents)],
            period=filters.month,
            actor=focus,
            level=filters.level,
        )
        evidence.attrs["n_articles"] = int((per_document > 0).sum())
        return evidence


_NO_MONTH = np.iinfo(np.int64).min


def fold_for_search(text: str) -> str:
    """Text as the keyword search compares it: :func:`analysis.text.fold`, spaces collapsed.

    Examples
    --------
    >>> fold_for_search("  Corée-du-Nord,  Kim Jong-un ")
    'coree du nord kim jong un'
    """
    return " ".join(fold(str(text)).split())


def first_words(text: object, count: int = FIRST_WORDS) -> str:
    """The first ``count`` words of a text, with ``…`` when it goes on.

    Examples
    --------
    >>> first_words("Le Kremlin a répondu hier soir.", 3)
    'Le Kremlin a …'
    """
    if not isinstance(text, str):
        return ""
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def _require_columns(table: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    missing = [column for column in columns if column not in table.columns]
    if missing:
        raise ValueError(
            f"The {what} table lacks column(s) {missing}; it has {list(table.columns)}. "
            f"Build it with analysis.load_corpus and analysis.mentions.find_mentions."
        )


def _month_ordinals(month: pd.Series) -> np.ndarray:
    """Monthly ``Period`` ordinals of a month column, :data:`_NO_MONTH` where missing."""
    if pd.api.types.is_datetime64_any_dtype(month.dtype):
        month = month.dt.to_period("M")
    elif not isinstance(month.dtype, pd.PeriodDtype):
        try:
            month = pd.Series(pd.PeriodIndex(month.astype("string"), freq="M"), index=month.index)
        except (ValueError, TypeError):
            raise ValueError(
                f"The corpus column 'month' must hold months (period[M], datetime or "
                f"'YYYY-MM' text); got dtype {month.dtype}."
            ) from None
    month = month.dt.asfreq("M")
    return np.asarray(pd.PeriodIndex(month).asi8, dtype=np.int64)


def _codes(values: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Integer codes of a column and the value of each code; missing values get ``-1``.

    Categorical columns (as :func:`analysis.mentions.find_mentions` returns) keep their codes,
    which avoids turning millions of rows into strings.
    """
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes = values.cat.codes.to_numpy().astype(np.int64)
        return codes, [str(value) for value in values.cat.categories]
    codes, uniques = pd.factorize(values.astype("string"), use_na_sentinel=True)
    return codes.astype(np.int64), [str(value) for value in uniques]


def _value_counts(codes: np.ndarray, values: list[str]) -> pd.Series:
    counts = pd.Series(np.bincount(codes, minlength=len(values)), index=pd.Index(values))
    order = sorted(range(len(values)), key=lambda i: (-counts.iloc[i], values[i]))
    return counts.iloc[order].rename("articles")


def _in_values(codes: np.ndarray, values: list[str], wanted: Iterable[str]) -> np.ndarray:
    allowed = np.isin(np.array(values, dtype=object), list(wanted))
    return allowed[codes] if len(values) else np.zeros(len(codes), dtype=bool)


def _count_rows(*columns: np.ndarray) -> tuple[list[np.ndarray], np.ndarray]:
    """Distinct rows of integer columns, sorted (first column first), and their counts."""
    if not columns[0].size:
        return [column[:0] for column in columns], np.array([], dtype=np.int64)
    dims = tuple(int(column.max()) + 1 for column in columns)
    try:
        combined = np.ravel_multi_index(columns, dims)
    except ValueError:
        # Too many combinations for one int64 code: sort the columns instead.
        order = np.lexsort(columns[::-1])
        ordered = [column[order] for column in columns]
        change = np.zeros(len(order), dtype=bool)
        change[0] = True
        for column in ordered:
            change[1:] |= column[1:] != column[:-1]
        starts = np.flatnonzero(change)
        counts = np.diff(np.append(starts, len(order)))
        return [column[starts] for column in ordered], counts
    unique, counts = np.unique(combined, return_counts=True)
    return [part.astype(np.int64) for part in np.unravel_index(unique, dims)], counts


def _first_of_pairs(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Where a run of equal (first, second) pairs starts, in rows sorted by both."""
    change = np.ones(len(first), dtype=bool)
    change[1:] = (first[1:] != first[:-1]) | (second[1:] != second[:-1])
    return change


def _empty_frame(columns: Iterable[str]) -> pd.DataFrame:
    return pd.DataFrame({column: pd.Series(dtype="object") for column in columns})


def _empty_timeline(filters: Filters) -> pd.DataFrame:
    table = _empty_frame(TIMELINE_COLUMNS)
    table.attrs.update(unit="M", level=filters.level, measure=filters.measure)
    return table


# --------------------------------------------------------------------------------------------
# Names, code and figures derived from the filters
# --------------------------------------------------------------------------------------------


def export_name(filters: Filters) -> str:
    """File name (without extension) of an exported timeline, derived from the filters.

    Passed through :func:`analysis.figures.safe_name`: whatever the keyword or the actor ids,
    the name has no path separator and no ``..``, so it cannot leave the output folder.

    Examples
    --------
    >>> export_name(Filters(start="2023-01", end="2023-12", actors=("RUS", "PRK")))
    'timeline-actor-rus-prk-2023-01-to-2023-12-mentions'
    >>> export_name(Filters(keyword="../../etc/passwd"))
    'timeline-actor-top-actors-all-months-mentions-keyword-etc-passwd'
    """
    parts = ["timeline", filters.level, "-".join(filters.actors) or "top actors"]
    if filters.start is None and filters.end is None:
        parts.append("all months")
    else:
        parts.append(f"{filters.start or 'first'} to {filters.end or 'last'}")
    parts.append(filters.measure)
    if filters.kinds != KINDS:
        parts.append("kinds " + " ".join(filters.kinds) if filters.kinds else "no kinds")
    if filters.keyword:
        parts.append("keyword " + filters.keyword)
    if filters.languages is not None:
        parts.append("languages " + " ".join(filters.languages))
    if filters.credits is not None:
        parts.append("credits " + " ".join(filters.credits))
    try:
        return safe_name(" ".join(parts))
    except ValueError:
        return "timeline"


def describe_filters(filters: Filters) -> str:
    """One sentence describing the filters, used as the caption of an exported figure.

    Examples
    --------
    >>> describe_filters(Filters(actors=("RUS",), keyword="nucléaire"))
    "Mentions per month of RUS (level actor), all months, all alias kinds, keyword 'nucléaire'."
    """
    who = ", ".join(filters.actors) if filters.actors else "the most mentioned actors"
    when = (
        "all months"
        if filters.start is None and filters.end is None
        else f"{filters.start or 'first month'} to {filters.end or 'last month'}"
    )
    kinds = "all alias kinds" if filters.kinds == KINDS else "kinds " + ", ".join(filters.kinds)
    parts = [f"{MEASURE_LABELS[filters.measure]} per month of {who} (level {filters.level})"]
    parts += [when, kinds]
    if filters.keyword:
        parts.append(f"keyword {filters.keyword!r}")
    if filters.languages is not None:
        parts.append("languages " + ", ".join(filters.languages))
    if filters.credits is not None:
        parts.append("credits " + ", ".join(filters.credits))
    return ", ".join(parts) + "."


def code_for(
    filters: Filters,
    *,
    corpus_path: str | os.PathLike[str] | None = None,
    actors_path: str | os.PathLike[str] | None = None,
) -> str:
    """Python code that reproduces a view outside the explorer.

    Parameters
    ----------
    filters : Filters
        The current filters.
    corpus_path, actors_path : path-like, optional
        Where the corpus and the actor dictionary were read from. Without ``corpus_path`` the
        code expects the tables ``corpus`` and ``mentions`` to exist already.

    Examples
    --------
    >>> print(code_for(Filters(actors=("RUS",))).splitlines()[-2])
    view = ExplorerData(corpus, mentions).view(Filters.from_dict(state))
    """
    lines = ["from analysis.explore import ExplorerData, Filters"]
    if corpus_path is not None:
        lines = [
            "import analysis",
            *lines,
            "from analysis.mentions import find_mentions",
            "from analysis.timeline import load_events, plot_timeline",
            "",
            f"corpus = analysis.load_corpus({str(corpus_path)!r})",
            "mentions = find_mentions(corpus"
            + (f", {str(actors_path)!r})" if actors_path is not None else ")"),
        ]
    else:
        lines += ["", "# corpus, mentions: the tables given to explore()"]
    state = pprint.pformat(filters.to_dict(), width=88, sort_dicts=False)
    lines += [
        f"state = {state}",
        "view = ExplorerData(corpus, mentions).view(Filters.from_dict(state))",
    ]
    if corpus_path is not None:
        lines.append("plot_timeline(view.timeline, events=load_events())")
    else:
        lines.append("view.timeline  # also view.top_actors, view.articles, view.kwic")
    return "\n".join(lines)


def plot_top_actors(top: pd.DataFrame, measure: str = "mentions", *, limit: int = TOP_ACTORS):
    """Horizontal bars of the most mentioned actors, each in its fixed colour.

    Parameters
    ----------
    top : pandas.DataFrame
        :attr:`View.top_actors` (or :func:`analysis.counts.count_mentions`).
    measure : {"mentions", "per_1k_words", "share_of_articles"}
    limit : int
        Bars drawn, highest first.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> top = pd.DataFrame({"actor_id": ["RUS", "PRK"], "actor_name": ["Russia", "North Korea"],
    ...                     "mentions": [5, 3]})
    >>> [int(bar.get_width()) for bar in plot_top_actors(top).axes[0].patches]
    [3, 5]
    """
    _check_choice(measure, MEASURES, "measure")
    rows = top.sort_values(measure, ascending=False, kind="stable").head(limit).iloc[::-1]
    with style_context():
        figure = Figure(figsize=(4.6, 1.2 + 0.28 * max(len(rows), 1)), layout="constrained")
        axes = figure.subplots()
        labels = [
            str(name) if pd.notna(name) else str(actor_id)
            for actor_id, name in zip(rows["actor_id"], rows["actor_name"], strict=True)
        ]
        axes.barh(
            labels,
            rows[measure].to_numpy(dtype="float64"),
            color=[actor_color(str(actor_id)) for actor_id in rows["actor_id"]],
        )
        axes.set_xlabel(MEASURE_LABELS[measure])
        axes.set_title("Top actors in view", loc="left")
        axes.grid(axis="y", visible=False)
        if measure == "share_of_articles":
            axes.xaxis.set_major_formatter(PercentFormatter(xmax=1.0))
    return figure


def plot_co_mentions(matrix: pd.DataFrame, names: Mapping[str, str] | None = None):
    """Heat map of a co-mention matrix (:func:`analysis.counts.co_mention_matrix`).

    Examples
    --------
    >>> matrix = pd.DataFrame([[0, 2], [2, 0]], index=["PRK", "RUS"], columns=["PRK", "RUS"])
    >>> plot_co_mentions(matrix, {"PRK": "North Korea"}).axes[0].get_yticklabels()[0].get_text()
    'North Korea'
    """
    names = names or {}
    labels = [str(names.get(actor_id, actor_id)) for actor_id in matrix.index]
    values = matrix.to_numpy(dtype="float64")
    with style_context():
        figure = Figure(figsize=(5.2, 4.4), layout="constrained")
        axes = figure.subplots()
        image = axes.imshow(values, cmap="Blues", vmin=0)
        axes.set_xticks(range(len(labels)), labels, rotation=45, ha="right")
        axes.set_yticks(range(len(labels)), labels)
        axes.grid(visible=False)
        top = values.max() if values.size else 0
        for (row, column), value in np.ndenumerate(values):
            if value:
                axes.text(
                    column,
                    row,
                    f"{int(value):,}",
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white" if value > top / 2 else "black",
                )
        figure.colorbar(image, ax=axes, shrink=0.8, label="Sentences mentioning both")
        axes.set_title("Co-mentions in the same sentence", loc="left")
    return figure


# --------------------------------------------------------------------------------------------
# Widgets
# --------------------------------------------------------------------------------------------


def explore(
    corpus: pd.DataFrame | str | os.PathLike[str] | None = None,
    mentions: pd.DataFrame | None = None,
    *,
    actors=None,
    events: pd.DataFrame | str | os.PathLike[str] | None = None,
    state: Mapping[str, object] | Filters | None = None,
    output_dir: str | os.PathLike[str] | None = None,
):
    """Open the explorer: filters on the left, linked views on the right.

    Parameters
    ----------
    corpus : DataFrame or path, optional
        From :func:`analysis.load_corpus`, or a path to load; default
        ``config.corpus_dir()``.
    mentions : DataFrame, optional
        From :func:`analysis.mentions.find_mentions`; found with ``actors`` by default.
    actors : ActorDictionary or path, optional
        The dictionary used to find the mentions; the default one by default.
    events : DataFrame or path, optional
        Events drawn on the timeline (:func:`analysis.timeline.load_events`); by default the
        events file when it exists. An empty table draws none.
    state : dict or Filters, optional
        Initial filters (:meth:`Filters.to_dict`), e.g. ``{"start": "2023-01"}``.
    output_dir : path-like, optional
        Reports folder: exported figures go to ``<output_dir>/figures/04-explore/`` (by
        default under ``config.reports_dir()``).

    Returns
    -------
    ExplorerApp
        An ``ipywidgets.VBox``; show it as the last expression of a cell.

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "n_words": [4], "text": ["Moscou a répondu."],
    ...     "month": pd.PeriodIndex(["2023-07"], freq="M")})
    >>> mentions = pd.DataFrame({"doc_id": ["a"], "sentence_id": [0], "start": [0], "end": [6],
    ...     "alias": ["Moscou"], "kind": ["capital"], "actor_id": ["RUS"],
    ...     "actor_name": ["Russia"]})
    >>> app = explore(corpus, mentions, events=pd.DataFrame())
    >>> app.counts.value
    'Articles in view: 1 · Mentions in view: 1'
    """
    from analysis.corpus import load_corpus

    corpus_path = None
    if corpus is None or isinstance(corpus, (str, os.PathLike)):
        corpus_path = Path(corpus).resolve() if corpus is not None else config.corpus_dir()
        corpus = load_corpus(corpus_path)
    elif corpus.attrs.get("root"):
        corpus_path = corpus.attrs["root"]
    actors_path = actors if isinstance(actors, (str, os.PathLike)) else None
    if mentions is None:
        from analysis.mentions import find_mentions

        mentions = find_mentions(corpus, actors)
        if actors is not None and actors_path is None:
            corpus_path = None  # the code shown could not rebuild this dictionary
    elif corpus_path is not None and actors is None:
        corpus_path = None  # mentions passed in: the code shown cannot know how they were made
    if events is None:
        events = _default_events()
    elif not isinstance(events, pd.DataFrame):
        from analysis.timeline import load_events

        events = load_events(events)
    return ExplorerApp(
        ExplorerData(corpus, mentions),
        events=events,
        state=state,
        output_dir=output_dir,
        corpus_path=corpus_path,
        actors_path=actors_path,
    )


def _default_events() -> pd.DataFrame | None:
    from analysis.timeline import load_events

    path = config.events_file()
    return load_events(path) if path.is_file() else None


class ExplorerApp(widgets.VBox):
    """The explorer's widgets, wired to an :class:`ExplorerData`.

    Build it with :func:`explore`. The controls are attributes (``months``, ``level``,
    ``actor_select``, ``kind_buttons``, ``keyword``, ``languages``, ``credits``,
    ``measure``, ``focus``, ``month_choice``), so that a notebook or a test can set them;
    ``view`` is the :class:`View` currently drawn.
    """

    def __init__(
        self,
        data: ExplorerData,
        *,
        events: pd.DataFrame | None = None,
        state: Mapping[str, object] | Filters | None = None,
        output_dir: str | os.PathLike[str] | None = None,
        corpus_path: str | os.PathLike[str] | None = None,
        actors_path: str | os.PathLike[str] | None = None,
    ):
        super().__init__()
        self.data = data
        self.events = events
        self.view: View | None = None
        self.figures_dir = Path(output_dir) / "figures" if output_dir is not None else None
        self._corpus_path = corpus_path
        self._actors_path = actors_path
        self._holding = False
        self._range: tuple[str | None, str | None] = (None, None)
        self._focus: str | None = None
        self._month: str | None = None
        self._timeline_figure: Figure | None = None
        self.add_class("explorer")

        full_width = widgets.Layout(width="100%")
        month_options = data.months() or ["(no dated article)"]
        self.months = widgets.SelectionRangeSlider(
            options=month_options,
            index=(0, len(month_options) - 1),
            description="Months",
            continuous_update=False,
            disabled=not data.months(),
            layout=full_width,
            style={"description_width": "60px"},
        )
        self.level = widgets.ToggleButtons(
            options=[("Actors", "actor"), ("Countries", "country")],
            value="actor",
            tooltips=["Each person and institution apart", "Persons and institutions rolled up"],
            style={"button_width": "120px"},
        )
        self.actor_select = widgets.SelectMultiple(
            options=self._actor_options("actor"), rows=9, layout=full_width
        )
        self.kind_buttons = {
            kind: widgets.ToggleButton(
                value=True,
                description=kind,
                tooltip=f"Count aliases of kind {kind!r}",
                layout=widgets.Layout(width="98px"),
            )
            for kind in KINDS
        }
        self.keyword = widgets.Text(
            placeholder="keyword (accents and case ignored), Enter",
            continuous_update=False,
            layout=full_width,
        )
        self.languages = widgets.SelectMultiple(
            options=_count_options(data.languages()),
            value=tuple(data.languages().index),
            rows=min(3, max(1, len(data.languages()))),
            layout=full_width,
        )
        self.credits = widgets.SelectMultiple(
            options=_count_options(data.credits()),
            value=tuple(data.credits().index),
            rows=6,
            layout=full_width,
        )
        self.measure = widgets.Dropdown(
            options=[(label, key) for key, label in MEASURE_LABELS.items()],
            value="mentions",
            description="Measure",
            style={"description_width": "60px"},
        )
        self.focus = widgets.Dropdown(
            options=[], description="Evidence for", style={"description_width": "initial"}
        )
        self.month_choice = widgets.Dropdown(
            options=[("(choose a month)", None)],
            value=None,
            description="Articles of",
            style={"description_width": "initial"},
        )
        self.export_button = widgets.Button(
            description="Export figure",
            icon="download",
            tooltip="Save the timeline (png, svg, pdf)",
        )
        self.code_button = widgets.Button(
            description="Show code", icon="code", tooltip="Python code for this view"
        )
        self.status = widgets.Label()
        self.code = widgets.HTML(layout=widgets.Layout(display="none"))
        self.counts = widgets.Label(style={"font_weight": "bold", "font_size": "15px"})
        self.message = widgets.Label(style={"text_color": "#a61b1b", "font_weight": "bold"})
        self.timeline_output = widgets.Output()
        self.top_output = widgets.Output()
        self.co_mention_output = widgets.Output()
        self.articles_html = widgets.HTML()
        self.kwic_html = widgets.HTML()
        self.month_html = widgets.HTML()
        for widget, name in [
            (self.months, "months"),
            (self.level, "level"),
            (self.actor_select, "actors"),
            (self.keyword, "keyword"),
            (self.languages, "languages"),
            (self.credits, "credits"),
            (self.measure, "measure"),
            (self.focus, "focus"),
            (self.month_choice, "month"),
            (self.export_button, "export"),
            (self.code_button, "show-code"),
            (self.status, "status"),
            (self.code, "code"),
            (self.counts, "counts"),
            (self.message, "message"),
            (self.timeline_output, "timeline"),
            (self.top_output, "top-actors"),
            (self.co_mention_output, "co-mentions"),
            (self.articles_html, "articles"),
            (self.kwic_html, "kwic"),
            (self.month_html, "month-articles"),
        ]:
            widget.add_class(f"explorer-{name}")
        kinds_box = widgets.HBox(
            list(self.kind_buttons.values()), layout=widgets.Layout(flex_flow="row wrap")
        )
        kinds_box.add_class("explorer-kinds")

        def heading(text: str):
            return widgets.HTML(f"<b>{html.escape(text)}</b>")

        controls = widgets.VBox(
            [
                self.months,
                self.level,
                heading("Actors (Ctrl-click for several; none: the most mentioned)"),
                self.actor_select,
                heading("Alias kinds counted"),
                kinds_box,
                heading("Keyword"),
                self.keyword,
                heading("Languages"),
                self.languages,
                heading("Photo credits"),
                self.credits,
                self.measure,
                widgets.HBox([self.export_button, self.code_button]),
                self.status,
                self.code,
            ],
            layout=widgets.Layout(width="400px", min_width="400px", padding="0 12px 0 0"),
        )
        tabs = widgets.Tab(
            children=[self.articles_html, self.kwic_html, self.month_html],
            titles=("Articles in view", "Keyword in context", "Articles of the month"),
        )
        views = widgets.VBox(
            [
                self.timeline_output,
                widgets.HBox([self.top_output, self.co_mention_output]),
                widgets.HBox([self.focus, self.month_choice]),
                tabs,
            ],
            layout=widgets.Layout(flex="1 1 auto", overflow="hidden"),
        )
        self.children = [
            widgets.HTML("<h3 style='margin:4px 0'>Diplomatic coverage explorer</h3>"),
            self.counts,
            self.message,
            widgets.HBox([controls, views]),
        ]

        self.months.observe(self._on_months, names="index")
        self.level.observe(self._on_level, names="value")
        for widget in [
            self.actor_select,
            self.keyword,
            self.languages,
            self.credits,
            self.measure,
            *self.kind_buttons.values(),
        ]:
            widget.observe(self._on_change, names="value")
        self.focus.observe(self._on_focus, names="value")
        self.month_choice.observe(self._on_month_choice, names="value")
        self.export_button.on_click(lambda _button: self.export_figure())
        self.code_button.on_click(lambda _button: self.toggle_code())
        if state is not None:
            self.set_state(state)
        else:
            self.refresh()

    def __repr__(self) -> str:
        # Headless runs (papermill) keep only this text: make it say what the app shows.
        if self.view is None:
            return "ExplorerApp()"
        return f"ExplorerApp({self.view.message or self.view.counts_text()})"

    # ------------------------------------------------------------------ state

    def filters(self) -> Filters:
        """The :class:`Filters` the controls currently express."""
        kinds = tuple(kind for kind, button in self.kind_buttons.items() if button.value)
        all_languages = {value for _, value in self.languages.options}
        all_credits = {value for _, value in self.credits.options}
        languages = self.languages.value
        credits = self.credits.value
        return Filters(
            start=self._range[0],
            end=self._range[1],
            actors=self.actor_select.value,
            level=self.level.value,
            kinds=kinds,
            keyword=self.keyword.value,
            languages=None if set(languages) == all_languages else languages,
            credits=None if set(credits) == all_credits else credits,
            measure=self.measure.value,
            focus=self._focus,
            month=self._month,
        )

    def state(self) -> dict[str, object]:
        """The current filters as a JSON-able dict, for :meth:`set_state` or ``explore(state=)``."""
        return self.filters().to_dict()

    def set_state(self, state: Mapping[str, object] | Filters) -> None:
        """Set every control from a state (see :meth:`Filters.to_dict`), then redraw once.

        Actors, languages and credits absent from this corpus are ignored, and said so in the
        status line.
        """
        filters = Filters.from_dict(state)
        ignored: list[str] = []
        with self._held():
            self.level.value = filters.level
            self.actor_select.options = self._actor_options(filters.level)
            known = {value for _, value in self.actor_select.options}
            self.actor_select.value = tuple(a for a in filters.actors if a in known)
            ignored += [a for a in filters.actors if a not in known]
            for kind, button in self.kind_buttons.items():
                button.value = kind in filters.kinds
            self.keyword.value = filters.keyword
            for widget, wanted in [
                (self.languages, filters.languages),
                (self.credits, filters.credits),
            ]:
                present = [value for _, value in widget.options]
                if wanted is None:
                    widget.value = tuple(present)
                else:
                    widget.value = tuple(value for value in wanted if value in present)
                    ignored += [value for value in wanted if value not in present]
            self.measure.value = filters.measure
            self._range = (filters.start, filters.end)
            self.months.index = self._slider_index(filters.start, filters.end)
            self._focus, self._month = filters.focus, filters.month
        self.status.value = f"Not in this corpus, ignored: {', '.join(ignored)}" if ignored else ""
        self.refresh()

    def _slider_index(self, start: str | None, end: str | None) -> tuple[int, int]:
        months = self.data.months()
        if not months:
            return (0, 0)
        last = len(months) - 1

        def position(month: str | None, default: int) -> int:
            if month is None:
                return default
            return min(max(int(np.searchsorted(months, month)), 0), last)

        first_index = position(start, 0)
        last_index = min(position(end, last), last)
        if end is not None and end not in months and last_index > 0 and end < months[last_index]:
            last_index -= 1
        return (min(first_index, last_index), max(first_index, last_index))

    # ------------------------------------------------------------------ events

    @contextlib.contextmanager
    def _held(self) -> Iterator[None]:
        """Set several controls without redrawing after each one."""
        previous, self._holding = self._holding, True
        try:
            yield
        finally:
            self._holding = previous

    def _on_change(self, _change: dict) -> None:
        if not self._holding:
            self.refresh()

    def _on_months(self, change: dict) -> None:
        if self._holding:
            return
        months = self.data.months()
        first, last = change["new"]
        # The whole slider means no date filter, so that undated articles stay in view.
        whole = first == 0 and last == len(months) - 1
        self._range = (None, None) if whole else (months[first], months[last])
        self.refresh()

    def _on_level(self, change: dict) -> None:
        if self._holding:
            return
        selected = self.actor_select.value
        if change["new"] == "country":
            converted = [self.data.country_of(actor_id) for actor_id in selected]
        else:
            converted = list(selected)
        with self._held():
            self.actor_select.options = self._actor_options(change["new"])
            known = {value for _, value in self.actor_select.options}
            self.actor_select.value = tuple(a for a in dict.fromkeys(converted) if a in known)
        self.refresh()

    def _on_focus(self, change: dict) -> None:
        if not self._holding:
            self._focus = change["new"]
            self.refresh()

    def _on_month_choice(self, change: dict) -> None:
        if not self._holding:
            self._month = change["new"]
            self.refresh()

    def _actor_options(self, level: str) -> list[tuple[str, str]]:
        table = self.data.actors(level)
        return [
            (f"{name} ({actor_id}) · {mentions:,}", str(actor_id))
            for actor_id, name, mentions in zip(
                table["actor_id"], table["actor_name"], table["mentions"], strict=True
            )
        ]

    # ------------------------------------------------------------------ drawing

    def refresh(self) -> View:
        """Compute the view of the current filters and redraw every part of the app."""
        view = self.data.view(self.filters())
        self.view = view
        with self._held():
            names = dict(
                zip(view.top_actors["actor_id"], view.top_actors["actor_name"], strict=True)
            )
            self.focus.options = [
                (f"{names.get(actor_id, actor_id)} ({actor_id})", actor_id)
                for actor_id in view.timeline_actors
            ]
            self.focus.value = view.focus
            self._focus = view.focus
            self._month = view.filters.month if view.filters.month in view.months else None
            self.month_choice.options = [("(choose a month)", None)] + [
                (month, month) for month in view.months
            ]
            self.month_choice.value = self._month
        self.counts.value = view.counts_text()
        self.message.value = view.message
        self._draw_timeline(view)
        self._draw_top_actors(view)
        self._draw_co_mentions(view)
        self.articles_html.value = _articles_html(view)
        self.kwic_html.value = _kwic_html(view)
        self.month_html.value = _month_html(view)
        if self.code.layout.display != "none":
            self.code.value = self._code_html()
        return view

    def _draw_timeline(self, view: View) -> None:
        self._timeline_figure = None
        if view.empty:
            _show_text(self.timeline_output, view.message)
            return
        if view.timeline.empty:
            _show_text(self.timeline_output, "No mention of any actor matches these filters.")
            return
        figure = plot_timeline(
            view.timeline,
            events=self.data.events_for(self.events, view.timeline_actors, view.filters.level),
            title=_timeline_title(view),
        )
        self._timeline_figure = figure
        _show_figure(self.timeline_output, figure, "Timeline of " + ", ".join(view.timeline_actors))

    def _draw_top_actors(self, view: View) -> None:
        if view.empty or view.top_actors.empty:
            _show_text(self.top_output, view.message or "No actor is mentioned in view.")
            return
        figure = plot_top_actors(view.top_actors, view.filters.measure)
        _show_figure(self.top_output, figure, "Top actors in view")

    def _draw_co_mentions(self, view: View) -> None:
        matrix = view.co_mentions
        if view.empty or matrix.empty or not matrix.to_numpy().any():
            _show_text(self.co_mention_output, view.message or "No two actors share a sentence.")
            return
        names = dict(zip(view.top_actors["actor_id"], view.top_actors["actor_name"], strict=True))
        figure = plot_co_mentions(matrix, names)
        _show_figure(self.co_mention_output, figure, "Co-mentions in the same sentence")

    # ------------------------------------------------------------------ actions

    def export_figure(self) -> dict[str, Path] | None:
        """Save the current timeline with :func:`analysis.figures.save_figure`.

        Files go to ``<figures dir>/04-explore/<export_name(filters)>.{png,svg,pdf,csv,json}``.

        Returns
        -------
        dict or None
            The paths written, or ``None`` when there is nothing to export (said in the
            status line).
        """
        view = self.view
        if view is None or self._timeline_figure is None:
            self.status.value = "Nothing to export: no timeline is drawn for these filters."
            return None
        paths = save_figure(
            self._timeline_figure,
            export_name(view.filters),
            notebook=NOTEBOOK_NAME,
            data=view.timeline,
            out_dir=self.figures_dir,
            caption=describe_filters(view.filters),
        )
        self.status.value = (
            f"Saved {paths['png'].stem}.png, .svg, .pdf, .csv in {paths['png'].parent}"
        )
        return paths

    def code_text(self) -> str:
        """The Python code reproducing the current view (see :func:`code_for`)."""
        return code_for(
            self.filters(), corpus_path=self._corpus_path, actors_path=self._actors_path
        )

    def toggle_code(self) -> None:
        """Show or hide the code reproducing the current view."""
        if self.code.layout.display == "none":
            self.code.value = self._code_html()
            self.code.layout.display = None
            self.code_button.description = "Hide code"
        else:
            self.code.layout.display = "none"
            self.code_button.description = "Show code"

    def _code_html(self) -> str:
        return (
            "<pre style='white-space:pre-wrap;font-size:11px;background:#f6f6f6;padding:6px'>"
            f"{html.escape(self.code_text())}</pre>"
        )


def _count_options(counts: pd.Series) -> list[tuple[str, str]]:
    return [(f"{value} · {count:,}", str(value)) for value, count in counts.items()]


def _timeline_title(view: View) -> str:
    filters = view.filters
    title = f"{MEASURE_LABELS[filters.measure]} per month"
    if not filters.actors:
        title += " (most mentioned actors in view)"
    if filters.keyword:
        title += f" · keyword “{filters.keyword}”"
    return title


def _show_figure(output, figure: Figure, text: str) -> None:
    """Show a figure as a PNG in an ``Output`` widget.

    The figures are built without pyplot, so they are never registered in pyplot's list of
    open figures and need no closing; they are freed once replaced.
    """
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=90)
    output.outputs = (
        {
            "output_type": "display_data",
            "data": {
                "image/png": base64.b64encode(buffer.getvalue()).decode("ascii"),
                "text/plain": text,
            },
            "metadata": {},
        },
    )


def _show_text(output, text: str) -> None:
    output.outputs = (
        {
            "output_type": "display_data",
            "data": {
                "text/html": f"<p class='explorer-empty'><b>{html.escape(text)}</b></p>",
                "text/plain": text,
            },
            "metadata": {},
        },
    )


_TABLE_STYLE = (
    "<style>.explorer-table{border-collapse:collapse;font-size:12px}"
    ".explorer-table td,.explorer-table th{padding:2px 6px;border-bottom:1px solid #ddd;"
    "text-align:left;vertical-align:top}.explorer-table .nowrap,"
    ".explorer-table td:nth-child(-n+2){white-space:nowrap}</style>"
)


def _scroll(content: str) -> str:
    return f"{_TABLE_STYLE}<div style='max-height:360px;overflow:auto'>{content}</div>"


def _articles_html(view: View) -> str:
    if view.empty:
        return f"<p><b>{html.escape(view.message)}</b></p>"
    table = view.articles.assign(month=view.articles["month"].astype("string"))
    note = (
        f"<p>The {len(table):,} articles with most mentions in view, of {view.n_articles:,}.</p>"
        if view.n_articles > len(table)
        else ""
    )
    return _scroll(note + table.to_html(index=False, classes="explorer-table", na_rep="", border=0))


def _kwic_html(view: View) -> str:
    if view.empty or view.focus is None:
        return f"<p><b>{html.escape(view.message or 'No actor to show.')}</b></p>"
    if view.kwic.empty:
        return f"<p>No mention of {html.escape(view.focus)} in view.</p>"
    rows = [
        "<tr><td class='nowrap'>{}</td><td class='nowrap'>{}</td>"
        "<td style='text-align:right'>{}</td><td class='nowrap'><b>{}</b></td>"
        "<td>{}</td><td>{}</td></tr>".format(*(html.escape(str(value)) for value in values))
        for values in zip(
            view.kwic["doc_id"],
            view.kwic["month"].astype("string"),
            view.kwic["left"],
            view.kwic["matched"],
            view.kwic["right"],
            view.kwic["kind"],
            strict=True,
        )
    ]
    header = (
        f"<p>First {len(rows)} mentions of {html.escape(view.focus)} in view.</p>"
        "<table class='explorer-table'><tr><th>article</th><th>month</th><th></th>"
        "<th>match</th><th></th><th>kind</th></tr>"
    )
    return _scroll(header + "".join(rows) + "</table>")


def _month_html(view: View) -> str:
    if view.empty:
        return f"<p><b>{html.escape(view.message)}</b></p>"
    if view.filters.month not in view.months:
        return "<p>Choose a month above to list its articles mentioning the actor.</p>"
    table = view.month_articles.assign(date=view.month_articles["date"].astype("string"))
    total = view.month_articles.attrs.get("n_articles", len(table))
    shown = f"The {len(table):,} with most mentions of " if total > len(table) else ""
    header = (
        f"<p>{shown}{total:,} article(s) of {html.escape(str(view.filters.month))} mentioning "
        f"{html.escape(str(view.focus))}.</p>"
    )
    return _scroll(
        header + table.to_html(index=False, classes="explorer-table", na_rep="", border=0)
    )
