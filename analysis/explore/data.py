"""The explorer's data: the filters turned into masks, the views asked of the counting core.

:class:`ExplorerData` builds one :class:`analysis.tally.Tally` of the corpus and its
mentions; :meth:`~ExplorerData.view` turns a :class:`~analysis.explore.filters.Filters` into
masks of articles, alias kinds and actors, and asks the core for every view: it counts
nothing of its own, so that each number it shows is the one ``count_mentions``,
``actor_timeline``, ``co_mentions`` and ``kwic`` give on the same articles.

Every view follows every filter. Months, languages, credits and the keyword choose the
articles; alias kinds choose the mentions; selecting actors puts them on the timeline (over
the filtered articles, so that their shares stay shares of those articles) and narrows the
other views (top actors, heat map, articles) to the articles that mention one of them.

The Relations view (:meth:`~ExplorerData.relation_view`) counts the relations of the
articles in view with :func:`analysis.dyads.dyad_counts`, of the chosen types and
statuses; with actors selected, only the relations whose source or target is one of them
(at the chosen level; *Organisations* count as *Countries*, the level of the relations'
roll-ups). The relation table is found once per corpus, on the first call (and cached on
disk by :func:`analysis.relations.find_relations`), never on a filter change.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping

import numpy as np
import pandas as pd

from analysis.counts import co_mention_matrix
from analysis.dyads import RELATION_LEVELS, dyad_counts, relation_evidence, select_relations
from analysis.evidence import kwic, month_evidence
from analysis.explore.arrays import (
    NO_MONTH,
    empty_frame,
    in_values,
    integer_codes,
    month_ordinals,
    value_counts,
)
from analysis.explore.filters import Filters
from analysis.explore.view import (
    ARTICLE_COLUMNS,
    ARTICLE_ROWS,
    EMPTY_MESSAGE,
    FIRST_WORDS,
    HEATMAP_ACTORS,
    KWIC_ROWS,
    KWIC_WIDTH,
    MAX_HEATMAP_ACTORS,
    MIN_ARTICLES,
    MONTH_EVIDENCE_COLUMNS,
    NO_CREDIT,
    NO_RELATIONS,
    RELATION_ROWS,
    TIMELINE_ACTORS,
    UNDETERMINED_LANGUAGE,
    RelationView,
    View,
    empty_timeline,
)
from analysis.measures import BUILD_HINT, LEVELS, first_words, require_columns
from analysis.mentions import KINDS
from analysis.tally import Tally, actor_table, grid_table
from analysis.text import fold
from analysis.timeline import add_share_interval

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


class ExplorerData:
    """The corpus, its mentions and their tally, filtered by :meth:`view`.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`analysis.load_corpus`: ``doc_id``, ``month``, ``n_words``, ``text``;
        ``language``, ``credit`` and ``date`` are used when present.
    mentions : pandas.DataFrame
        From :func:`analysis.mentions.find_mentions` (``country`` is needed for
        ``level="country"``). Mentions of articles absent from the corpus are not counted
        (their number is in ``n_mentions_outside_corpus``).
    relations : pandas.DataFrame or callable, optional
        From :func:`analysis.relations.find_relations`, or a function without argument
        that returns it, called once, when the Relations view is first asked for.

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
    >>> view = data.view(Filters(actors=("PRK",)))
    >>> view.n_articles, view.top_actors["actor_id"].tolist()
    (1, ['PRK', 'RUS'])
    """

    def __init__(
        self,
        corpus: pd.DataFrame,
        mentions: pd.DataFrame,
        relations: pd.DataFrame | Callable[[], pd.DataFrame] | None = None,
    ):
        require_columns(corpus, _CORPUS_COLUMNS, "corpus", BUILD_HINT)
        require_columns(mentions, _MENTION_COLUMNS, "mentions", BUILD_HINT)
        self.corpus = corpus.reset_index(drop=True)
        self.mentions = mentions.reset_index(drop=True)
        self.tally = Tally(self.mentions, self.corpus)
        unknown = sorted(set(self.tally.kinds) - set(KINDS))
        if unknown:
            raise ValueError(
                f"The mentions hold unknown alias kind(s) {unknown}; the kinds are {list(KINDS)}."
            )
        self.n_documents = len(self.corpus)
        self._relations = relations
        self._row_of_document = pd.Index(self.corpus["doc_id"].astype(str))
        self.n_mentions_outside_corpus = self.tally.n_mentions_outside
        # The evidence views take a few rows of a few columns: taking them from narrow tables
        # keeps a filter change fast on a large corpus.
        self._evidence_corpus = _in_one_piece(
            self.corpus[
                [c for c in ("doc_id", "n_words", "month", "date", "credit", "text") if c in corpus]
            ]
        )
        self._evidence_mentions = _in_one_piece(
            self.mentions[
                [
                    c
                    for c in (*_MENTION_COLUMNS, "matched", "country", "organisation")
                    if c in mentions
                ]
            ]
        )
        self._month = month_ordinals(self.corpus["month"])
        self._dated = self._month != NO_MONTH
        dated_months = self._month[self._dated]
        self.first_month = int(dated_months.min()) if dated_months.size else None
        self.last_month = int(dated_months.max()) if dated_months.size else None
        self._language_codes, self._language_values = integer_codes(
            self._column("language", UNDETERMINED_LANGUAGE)
        )
        self._credit_codes, self._credit_values = integer_codes(self._column("credit", NO_CREDIT))
        # One cache per explorer: returning to an earlier keyword costs nothing.
        self._mask_of_folded = functools.lru_cache(maxsize=_KEYWORD_CACHE_SIZE)(
            self._mask_of_folded_uncached
        )
        # Built now rather than on the first view, so that every filter change is equally fast.
        for level in LEVELS:
            if level != "country" or "country" in self.mentions:
                self.tally.cells(level)
                self.tally.sentence_rows(level)

    @property
    def has_relations(self) -> bool:
        """Whether a relation table (or a way to find it) was given."""
        return self._relations is not None

    @property
    def relations_found(self) -> bool:
        """Whether the relation table is at hand (the Relations view costs no search)."""
        return isinstance(self._relations, pd.DataFrame)

    @property
    def relations(self) -> pd.DataFrame | None:
        """The relation table; found on the first call when a function was given."""
        if self._relations is not None and not isinstance(self._relations, pd.DataFrame):
            self._relations = self._relations()
        return self._relations

    def _column(self, name: str, missing: str) -> pd.Series:
        if name not in self.corpus:
            return pd.Series(missing, index=self.corpus.index, dtype="string")
        return self.corpus[name].astype("string").fillna(missing)

    @functools.cached_property
    def _folded_texts(self) -> list[str]:
        texts = self.corpus["text"].astype("string").fillna("").to_numpy(dtype=object)
        # A leading space so that " keyword" matches at the start of any word.
        return [" " + fold_for_search(text) for text in texts]

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
        """Actors mentioned at ``level`` in the whole corpus, most mentioned first.

        Returns
        -------
        pandas.DataFrame
            ``actor_id``, ``actor_name`` (string) and ``mentions`` (int64).
        """
        table = actor_table(self.tally.sums(level))
        return table[["actor_id", "actor_name", "mentions"]].astype({"mentions": "int64"})

    def languages(self) -> pd.Series:
        """Number of articles per language, most frequent first."""
        return value_counts(self._language_codes, self._language_values)

    def credits(self) -> pd.Series:
        """Number of articles per photo credit (:data:`NO_CREDIT` for none), most first."""
        return value_counts(self._credit_codes, self._credit_values)

    def key_of(self, actor_id: str, level: str = "country") -> str:
        """The key an actor id counts under at ``level`` (itself if unknown)."""
        if actor_id not in self.tally.actor_ids:
            return actor_id
        keys = self.tally.level(level)
        code = keys.key_of_actor[self.tally.actor_ids.index(actor_id)]
        return keys.keys[code] if code >= 0 else actor_id

    def country_of(self, actor_id: str) -> str:
        """The key an actor id counts under at ``level="country"`` (itself if unknown)."""
        return self.key_of(actor_id, "country")

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
            if level != "actor":
                keys = [self.key_of(actor, level) for actor in keys]
            return any(key in wanted for key in keys)

        return events[events["actors"].map(involved).astype(bool)]

    # ------------------------------------------------------------------ filtering

    def keyword_mask(self, keyword: str) -> np.ndarray | None:
        """Which articles contain ``keyword`` (folded, at the start of a word); ``None``: no filter.

        The folded texts are computed on the first call and kept; the result of each folded
        keyword is cached, so returning to an earlier keyword costs nothing.
        """
        key = fold_for_search(keyword)
        return self._mask_of_folded(key) if key else None

    def _mask_of_folded_uncached(self, key: str) -> np.ndarray:
        needle = " " + key
        texts = self._folded_texts
        return np.fromiter((needle in text for text in texts), dtype=bool, count=len(texts))

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
            mask &= in_values(self._language_codes, self._language_values, filters.languages)
        if filters.credits is not None:
            mask &= in_values(self._credit_codes, self._credit_values, filters.credits)
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
        tally, level = self.tally, filters.level
        start, end, base, kinds, per_document, in_view = self._masks(filters)
        n_articles = int(in_view.sum())
        n_mentions = int(per_document[in_view].sum())

        top = actor_table(tally.sums(level, article_mask=in_view, kind_mask=kinds))
        top = top.sort_values([filters.measure, "actor_id"], ascending=[False, True])
        top = top.reset_index(drop=True)
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
                timeline=empty_timeline(filters),
                top_actors=top,
                co_mentions=pd.DataFrame(dtype="int64"),
                articles=empty_frame(ARTICLE_COLUMNS),
                kwic=kwic(self.mentions.iloc[:0], self.corpus.iloc[:0]),
                month_articles=empty_frame(MONTH_EVIDENCE_COLUMNS),
                message=self._empty_message(start, end),
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
            timeline=self._timeline(filters, base, kinds, timeline_actors, start, end),
            top_actors=top,
            co_mentions=self._co_mentions(filters, in_view, kinds, top),
            articles=self._articles(in_view, per_document),
            kwic=self._kwic(filters, base, kinds, focus),
            month_articles=self._month_articles(filters, in_view, kinds, focus, months),
            message="",
        )

    def _masks(self, filters: Filters):
        """The month range, then the masks of base articles, alias kinds and articles in
        view, with each article's mentions of the selected actors."""
        tally, level = self.tally, filters.level
        start, end = self._timeline_range(filters)
        base = self.base_mask(filters)
        if start is not None and end is not None and start > end:
            base[:] = False
        kinds = tally.kind_mask(filters.kinds)
        selected = tally.key_mask(level, filters.actors) if filters.actors else None
        per_document = tally.mentions_per_article(
            level, article_mask=base, kind_mask=kinds, key_mask=selected
        )
        in_view = base & (per_document > 0) if filters.actors else base
        return start, end, base, kinds, per_document, in_view

    def in_view_mask(self, filters: Filters | Mapping[str, object] | None = None) -> np.ndarray:
        """Which articles are in view for ``filters`` (see the module documentation)."""
        return self._masks(Filters.from_dict(filters))[-1]

    def relation_view(self, filters: Filters | Mapping[str, object] | None = None) -> RelationView:
        """Who does what to whom in the articles in view: the Relations view.

        The counts are :func:`analysis.dyads.dyad_counts` of the articles in view (see the
        module documentation); the evidence is :func:`analysis.dyads.relation_evidence` of
        ``filters.dyad`` when it is one of the counts, else of every relation in view.
        """
        filters = Filters.from_dict(filters)
        level = "actor" if filters.level == "actor" else "country"
        in_view = self.in_view_mask(filters)
        articles = self.corpus.loc[in_view, ["doc_id"]]
        relations = self.relations
        if relations is None:
            relations, message = _no_relations(), f"{NO_RELATIONS}."
        else:
            message = ""
        source, target = RELATION_LEVELS[level]
        if filters.actors:
            wanted = set(filters.actors)
            involved = relations[source].astype(str).isin(wanted) | relations[target].astype(
                str
            ).isin(wanted)
            relations = relations[involved.to_numpy()]
        options = {"statuses": filters.statuses, "types": filters.relation_types}
        counts = dyad_counts(relations, articles, level=level, **options)
        selected = select_relations(relations, articles, **options)
        counted = {tuple(row) for row in counts[["source", "type", "target"]].astype(str).values}
        dyad = filters.dyad if filters.dyad in counted else None
        chosen = selected
        if dyad is not None:
            chosen = selected[
                (selected[source].astype(str) == dyad[0])
                & (selected["type"].astype(str) == dyad[1])
                & (selected[target].astype(str) == dyad[2])
            ]
        shown = chosen.head(RELATION_ROWS)
        rows = np.unique(self._row_of_document.get_indexer(shown["doc_id"].astype(str)))
        evidence = relation_evidence(
            shown, self._evidence_corpus.iloc[rows], level=level, statuses=None, width=KWIC_WIDTH
        )
        if not message and not in_view.any():
            message = self._empty_message(*self._timeline_range(filters))
        elif not message and counts.empty:
            message = "No relation of these types and statuses in the articles in view."
        return RelationView(
            filters=filters,
            level=level,
            n_articles=int(in_view.sum()),
            n_relations=int(counts["relations"].sum()),
            n_articles_stating=int(selected["doc_id"].astype(str).nunique()),
            counts=counts,
            dyad=dyad,
            evidence=evidence,
            message=message,
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

    def _empty_message(self, start: int | None, end: int | None) -> str:
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

    def _timeline(
        self,
        filters: Filters,
        base: np.ndarray,
        kinds: np.ndarray,
        actor_ids: tuple[str, ...],
        start: int,
        end: int,
    ) -> pd.DataFrame:
        periods = pd.period_range(
            pd.Period(ordinal=start, freq="M"), pd.Period(ordinal=end, freq="M"), name="period"
        )
        placed = base & self._dated & (self._month >= start) & (self._month <= end)
        groups = np.where(placed, self._month - start, -1)
        sums = self.tally.sums(
            filters.level,
            groups=groups,
            labels=periods,
            kind_mask=kinds,
            key_mask=self.tally.key_mask(filters.level, actor_ids),
        )
        table = grid_table(sums, periods, list(actor_ids), min_articles=MIN_ARTICLES)
        add_share_interval(table)
        table.attrs.update(
            unit="M",
            level=filters.level,
            measure=filters.measure,
            kinds=None if filters.kinds == KINDS else sorted(filters.kinds),
            min_articles=MIN_ARTICLES,
            rolling=None,
            n_undated_dropped=int((base & ~self._dated).sum()),
            n_mentions_outside=self.n_mentions_outside_corpus,
        )
        return table

    def _co_mentions(
        self, filters: Filters, in_view: np.ndarray, kinds: np.ndarray, top: pd.DataFrame
    ) -> pd.DataFrame:
        code = self.tally.level(filters.level).code
        known = [a for a in filters.actors if a in code]
        if len(known) >= 2:
            actor_ids = known[:MAX_HEATMAP_ACTORS]
        else:
            by_mentions = top.sort_values(["mentions", "actor_id"], ascending=[False, True])
            actor_ids = [str(a) for a in by_mentions["actor_id"].head(HEATMAP_ACTORS)]
        found = self.tally.pairs(
            filters.level,
            unit="sentence",
            article_mask=in_view,
            kind_mask=kinds,
            key_mask=self.tally.key_mask(filters.level, actor_ids),
        )
        keys = np.array(self.tally.level(filters.level).keys, dtype=object)
        pairs = pd.DataFrame(
            {
                "source": keys[found["source"].to_numpy()] if len(keys) else [],
                "target": keys[found["target"].to_numpy()] if len(keys) else [],
                "n": found["n"].to_numpy(),
            }
        )
        return co_mention_matrix(pairs, actors=actor_ids)

    def _articles(self, in_view: np.ndarray, per_document: np.ndarray) -> pd.DataFrame:
        documents = np.flatnonzero(in_view)
        counts = per_document[documents]
        order = np.lexsort((documents, -counts))[:ARTICLE_ROWS]
        rows = documents[order]
        corpus = self._evidence_corpus.iloc[rows]
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
                "n_words": pd.array(self.tally.words[rows], dtype="Int64"),
                "mentions": pd.array(counts[order].astype("int64"), dtype="Int64"),
                "first_words": pd.array(
                    [first_words(text, FIRST_WORDS) for text in corpus["text"]], dtype="string"
                ),
            }
        )

    def _focus_positions(
        self, level: str, articles: np.ndarray, kinds: np.ndarray, focus: str | None
    ) -> np.ndarray:
        """Positions in the mention table of the focus actor's mentions in ``articles``."""
        if focus is None:
            return np.array([], dtype=np.int64)
        return self.tally.mention_positions(
            level,
            article_mask=articles,
            kind_mask=kinds,
            key_mask=self.tally.key_mask(level, [focus]),
        )

    def _kwic(
        self, filters: Filters, base: np.ndarray, kinds: np.ndarray, focus: str | None
    ) -> pd.DataFrame:
        rows = self._focus_positions(filters.level, base, kinds, focus)[:KWIC_ROWS]
        documents = self._documents_of(rows)
        return kwic(
            self._evidence_mentions.iloc[rows],
            self._evidence_corpus.iloc[documents],
            width=KWIC_WIDTH,
        )

    def _documents_of(self, rows: np.ndarray) -> np.ndarray:
        """Article rows (sorted) of the mentions at positions ``rows``."""
        counted = np.searchsorted(self.tally.rows, rows)
        return np.unique(self.tally.doc[counted])

    def _month_articles(
        self,
        filters: Filters,
        in_view: np.ndarray,
        kinds: np.ndarray,
        focus: str | None,
        months: tuple[str, ...],
    ) -> pd.DataFrame:
        needed = {"date", "credit", "text"}
        if filters.month not in months or focus is None or not needed <= set(self.corpus):
            return empty_frame(MONTH_EVIDENCE_COLUMNS)
        ordinal = pd.Period(filters.month, freq="M").ordinal
        in_month = in_view & (self._month == ordinal)
        rows = self._focus_positions(filters.level, in_month, kinds, focus)
        # month_evidence works article by article: give it the busiest ARTICLE_ROWS only.
        doc = self.tally.doc[np.searchsorted(self.tally.rows, rows)]
        per_document = np.bincount(doc, minlength=self.n_documents)
        documents = np.flatnonzero(per_document)
        documents = documents[np.lexsort((documents, -per_document[documents]))][:ARTICLE_ROWS]
        keep = np.zeros(self.n_documents, dtype=bool)
        keep[documents] = True
        rows = rows[keep[doc]]
        evidence = month_evidence(
            self._evidence_mentions.iloc[rows],
            self._evidence_corpus.iloc[np.sort(documents)],
            period=filters.month,
            actor=focus,
            level=filters.level,
        )
        evidence.attrs["n_articles"] = int((per_document > 0).sum())
        return evidence


def _no_relations() -> pd.DataFrame:
    """A relation table without rows, for an explorer opened without relations."""
    from analysis.relations import RELATION_COLUMNS

    return pd.DataFrame({column: pd.Series(dtype="object") for column in RELATION_COLUMNS})


def _in_one_piece(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with its Arrow-backed columns in one chunk each.

    A column read from Parquet comes in one chunk per row group, and taking a few rows of it
    costs a pass over every chunk; in one piece, the evidence views take their rows at once.
    """
    columns = {}
    for name, column in table.items():
        if hasattr(column.array, "__arrow_array__"):
            whole = column.array.__arrow_array__()
            if hasattr(whole, "combine_chunks"):
                column = pd.Series(
                    pd.array(whole.combine_chunks(), dtype=column.dtype), index=column.index
                )
        columns[name] = column
    return pd.DataFrame(columns, index=table.index)


def fold_for_search(text: str) -> str:
    """Text as the keyword search compares it: :func:`analysis.text.fold`, spaces collapsed.

    Examples
    --------
    >>> fold_for_search("  Corée-du-Nord,  Kim Jong-un ")
    'coree du nord kim jong un'
    """
    return " ".join(fold(str(text)).split())
