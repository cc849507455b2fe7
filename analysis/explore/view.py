"""The data behind every view of the explorer (:class:`View`) and how much of it is kept."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.explore.arrays import empty_frame
from analysis.explore.filters import Filters
from analysis.timeline import TIMELINE_COLUMNS

NO_CREDIT = "(no credit)"
"""Credit label of the articles whose header names no photo credit."""

UNDETERMINED_LANGUAGE = "und"

EMPTY_MESSAGE = "No article matches these filters"
"""Start of :attr:`View.message` when no article is in view."""

MIN_ARTICLES = 5
"""Months resting on fewer articles are drawn hollow (``small_n``), as in the timelines."""

TIMELINE_ACTORS = 5
"""Actors drawn on the timeline when none is selected: the most mentioned in view."""

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

ARTICLE_COLUMNS = (
    "doc_id",
    "month",
    "credit",
    "language",
    "n_words",
    "mentions",
    "first_words",
)
"""Columns of :attr:`View.articles`."""

MONTH_EVIDENCE_COLUMNS = ("doc_id", "date", "credit", "n_mentions", "matched", "excerpt")
"""Columns of :attr:`View.month_articles` (those of :func:`analysis.timeline.month_evidence`)."""


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
        Actor x actor counts of sentences mentioning both
        (:func:`analysis.counts.co_mention_matrix`).
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


def empty_timeline(filters: Filters) -> pd.DataFrame:
    """The timeline of a view without article: no row, the columns and ``attrs`` of one.

    Examples
    --------
    >>> empty_timeline(Filters(measure="per_1k_words")).attrs["measure"]
    'per_1k_words'
    """
    table = empty_frame(TIMELINE_COLUMNS)
    table.attrs.update(unit="M", level=filters.level, measure=filters.measure)
    return table


RELATION_ROWS = 100
"""Rows of :attr:`RelationView.evidence`, and of the counts table the explorer shows."""

NO_RELATIONS = "No relation table: the explorer was opened without relations"
""":attr:`RelationView.message` when the explorer has no relation table."""


@dataclass(frozen=True, eq=False)
class RelationView:
    """The Relations view for one :class:`Filters`: who does what to whom in the articles in
    view, counted by :func:`analysis.dyads.dyad_counts`, and the sentences behind the counts.

    Attributes
    ----------
    filters : Filters
    level : {"actor", "country"}
        Between whom relations are counted: the actors as named, or their country or
        organisation (the explorer's *Countries* and *Organisations*).
    n_articles : int
        Articles in view (the base of the counts).
    n_relations : int
        Relations counted (of the chosen types and statuses, involving a selected actor).
    n_articles_stating : int
        Articles in view stating at least one of them.
    counts : pandas.DataFrame
        :func:`analysis.dyads.dyad_counts` of the articles in view: ``source``, ``target``,
        ``type``, ``relations``, ``articles``, ``n_articles``, ``share_of_articles``, most
        relations first. With actors selected, only the relations whose source or target
        is one of them.
    dyad : tuple of (source, type, target) or None
        The count whose sentences are in ``evidence``; ``None``: every relation in view.
    evidence : pandas.DataFrame
        :func:`analysis.dyads.relation_evidence` of the first :data:`RELATION_ROWS`
        relations of ``dyad`` (or in view), in corpus order.
    message : str
        Empty, or why there is nothing to count.
    """

    filters: Filters
    level: str
    n_articles: int
    n_relations: int
    n_articles_stating: int
    counts: pd.DataFrame
    dyad: tuple[str, str, str] | None
    evidence: pd.DataFrame
    message: str

    @property
    def empty(self) -> bool:
        """Whether no relation is counted."""
        return self.n_relations == 0

    def counts_text(self) -> str:
        """``Relations in view: 1,234 in 567 of 890 articles (asserted)``."""
        statuses = ", ".join(self.filters.statuses) or "no status"
        return (
            f"Relations in view: {self.n_relations:,} in {self.n_articles_stating:,} of "
            f"{self.n_articles:,} articles ({statuses})"
        )
