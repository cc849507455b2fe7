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

Modules: :mod:`~analysis.explore.filters` (:class:`Filters`, :func:`export_name`,
:func:`describe_filters`), :mod:`~analysis.explore.view` (:class:`View`, :class:`RelationView`
and the sizes of their tables), :mod:`~analysis.explore.data` (:class:`ExplorerData`),
:mod:`~analysis.explore.arrays` (integer codes), :mod:`~analysis.explore.code` (:func:`code_for`),
:mod:`~analysis.explore.render` (output areas), :mod:`~analysis.explore.relations_tab` (the
Relations tab's widgets) and :mod:`~analysis.explore.app` (:func:`explore`,
:class:`ExplorerApp`).

The Relations tab (:meth:`ExplorerData.relation_view`) counts the relations of the articles in
view with :func:`analysis.dyads.dyad_counts`, of the chosen types and statuses, and shows the
sentences behind them; the relation table is found once per corpus, when the tab is first
opened.

Examples
--------
>>> import pandas as pd
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

from analysis.explore.app import NOTEBOOK_NAME, TOP_ACTORS, ExplorerApp, explore
from analysis.explore.code import code_for
from analysis.explore.data import ExplorerData, fold_for_search
from analysis.explore.filters import MEASURES, Filters, describe_filters, export_name
from analysis.explore.view import (
    ARTICLE_ROWS,
    EMPTY_MESSAGE,
    FIRST_WORDS,
    HEATMAP_ACTORS,
    KWIC_ROWS,
    KWIC_WIDTH,
    MAX_HEATMAP_ACTORS,
    MIN_ARTICLES,
    NO_CREDIT,
    RELATION_ROWS,
    TIMELINE_ACTORS,
    UNDETERMINED_LANGUAGE,
    RelationView,
    View,
)
from analysis.measures import LEVELS, MEASURE_LABELS, first_words

__all__ = [
    "ARTICLE_ROWS",
    "EMPTY_MESSAGE",
    "FIRST_WORDS",
    "HEATMAP_ACTORS",
    "KWIC_ROWS",
    "KWIC_WIDTH",
    "LEVELS",
    "MAX_HEATMAP_ACTORS",
    "MEASURES",
    "MEASURE_LABELS",
    "MIN_ARTICLES",
    "NOTEBOOK_NAME",
    "NO_CREDIT",
    "RELATION_ROWS",
    "TIMELINE_ACTORS",
    "TOP_ACTORS",
    "UNDETERMINED_LANGUAGE",
    "ExplorerApp",
    "ExplorerData",
    "Filters",
    "RelationView",
    "View",
    "code_for",
    "describe_filters",
    "explore",
    "export_name",
    "first_words",
    "fold_for_search",
]
