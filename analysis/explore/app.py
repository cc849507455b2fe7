"""The explorer's widgets: controls on the left, linked views on the right.

:func:`explore` returns an :class:`ExplorerApp` (an ``ipywidgets.VBox``) that wires the
controls to :meth:`analysis.explore.data.ExplorerData.view` and draws the result with the
figures of :mod:`analysis.figures`.
"""

from __future__ import annotations

import contextlib
import functools
import html
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

import ipywidgets as widgets
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis import config
from analysis.explore.code import code_for
from analysis.explore.data import ExplorerData
from analysis.explore.filters import Filters, describe_filters, export_name
from analysis.explore.relations_tab import RelationsTab
from analysis.explore.render import (
    articles_html,
    kwic_html,
    month_html,
    show_figure,
    show_text,
)
from analysis.explore.view import RelationView, View
from analysis.figures import (
    plot_co_mention_heatmap,
    plot_timeline,
    plot_top_actors,
    save_figure,
)
from analysis.figures.source import Source, stamp_source
from analysis.measures import MEASURE_LABELS
from analysis.mentions import KINDS
from analysis.study import record_provenance

NOTEBOOK_NAME = "04-explore"
"""Sub-folder of the exported figures (see :func:`analysis.figures.save_figure`)."""

TOP_ACTORS = 15
"""Bars of the top-actors chart."""

RELATIONS_TAB = 3
"""Position of the Relations tab among the tabs under the charts."""


def explore(
    corpus: pd.DataFrame | str | os.PathLike[str] | None = None,
    mentions: pd.DataFrame | None = None,
    *,
    actors=None,
    events: pd.DataFrame | str | os.PathLike[str] | None = None,
    state: Mapping[str, object] | Filters | None = None,
    output_dir: str | os.PathLike[str] | None = None,
    settings: str | os.PathLike[str] | None = None,
    label: str | None = None,
    relations: pd.DataFrame | None = None,
    voice: str | bool | None = None,
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
    settings : path-like, optional
        A corpus settings file instead of the corpus's own ``corpus.yaml``
        (:mod:`analysis.corpus.settings`).
    label : str, optional
        The corpus label of the source line drawn in exported figures (default: the
        settings' label, else the folder name).
    relations : DataFrame, optional
        From :func:`analysis.relations.find_relations`. By default they are found (and
        cached) once, the first time the Relations tab is opened.
    voice : str or False, optional
        The actor the publisher speaks as, to find the relations (default: the settings'
        ``voice``; ``False`` for none).

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
    from analysis.actors import ActorDictionary, load_actors
    from analysis.corpus import load_corpus
    from analysis.corpus.settings import read_settings

    corpus_path = None
    if corpus is None or isinstance(corpus, (str, os.PathLike)):
        corpus_path = Path(corpus).resolve() if corpus is not None else config.corpus_dir()
        corpus = load_corpus(corpus_path)
    elif corpus.attrs.get("root"):
        corpus_path = corpus.attrs["root"]
    actors_path = actors if isinstance(actors, (str, os.PathLike)) else None
    mentions_given = mentions is not None and actors is None
    if mentions is None:
        from analysis.mentions import find_mentions

        mentions = find_mentions(corpus, actors)
        if actors is not None and actors_path is None:
            corpus_path = None  # the code shown could not rebuild this dictionary
    elif corpus_path is not None and actors is None:
        corpus_path = None  # mentions passed in: the code shown cannot know how they were made
    root = corpus.attrs.get("root") or corpus_path
    corpus_settings = None
    if root is not None or settings is not None:
        corpus_settings = read_settings(root or config.corpus_dir(), path=settings, label=label)
        source_label = corpus_settings.label
    else:
        source_label = label or "corpus"
    if relations is None:
        from analysis.relations import find_relations

        if voice is None:
            voice = corpus_settings.voice if corpus_settings is not None else None
        relations = functools.partial(
            find_relations, corpus, mentions, voice=voice or False, actors=actors, cache=True
        )
    if isinstance(actors, ActorDictionary):
        digest = actors.sha256
    elif mentions_given:
        digest = None  # the dictionary behind mentions passed in is not known
    else:
        digest = load_actors(actors).sha256
    if events is None:
        events = _default_events()
    elif not isinstance(events, pd.DataFrame):
        from analysis.events import load_events

        events = load_events(events)
    return ExplorerApp(
        ExplorerData(corpus, mentions, relations),
        events=events,
        state=state,
        output_dir=output_dir,
        corpus_path=corpus_path,
        actors_path=actors_path,
        source_label=source_label,
        dictionary=digest,
    )


def _default_events() -> pd.DataFrame | None:
    from analysis.events import load_events

    path = config.events_file()
    return load_events(path) if path.is_file() else None


class ExplorerApp(widgets.VBox):
    """The explorer's widgets, wired to an :class:`ExplorerData`.

    Build it with :func:`explore`. The controls are attributes (``months``, ``level``,
    ``actor_select``, ``kind_buttons``, ``keyword``, ``languages``, ``credits``,
    ``measure``, ``focus``, ``month_choice``, and in the Relations tab ``relation_types``,
    ``statuses`` and ``dyad_choice``), so that a notebook or a test can set them; ``view``
    is the :class:`View` currently drawn, ``relation_view`` the :class:`RelationView`
    (``None`` until the Relations tab is first opened: the relations are found then).
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
        source_label: str = "corpus",
        dictionary: str | None = None,
    ):
        super().__init__()
        self.source_label = source_label
        self.dictionary = dictionary
        self.data = data
        self.events = events
        self.view: View | None = None
        self.relation_view: RelationView | None = None
        self._dyad: tuple[str, str, str] | None = None
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
            options=[
                ("Actors", "actor"),
                ("Countries", "country"),
                ("Organisations", "organisation"),
            ],
            value="actor",
            tooltips=[
                "Each person and institution apart",
                "Persons and institutions rolled up to their country",
                "Bodies and officials rolled up to their organisation",
            ],
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
        self.relations_tab = RelationsTab()
        tab = self.relations_tab
        self.relation_types, self.statuses = tab.types, tab.statuses
        self.dyad_choice, self.relations_html = tab.dyad, tab.html
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
            children=[self.articles_html, self.kwic_html, self.month_html, tab.box],
            titles=("Articles in view", "Keyword in context", "Articles of the month", "Relations"),
        )
        tabs.add_class("explorer-tabs")
        self.tabs = tabs
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
            self.relation_types,
            self.statuses,
            *self.kind_buttons.values(),
        ]:
            widget.observe(self._on_change, names="value")
        self.dyad_choice.observe(self._on_dyad, names="value")
        self.tabs.observe(self._on_tab, names="selected_index")
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
            dyad=self._dyad,
            **self.relations_tab.filters(),
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
            self.relations_tab.set_filters(filters)
            self._dyad = filters.dyad
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
        if change["new"] != "actor":
            converted = [self.data.key_of(actor_id, change["new"]) for actor_id in selected]
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

    def _on_dyad(self, change: dict) -> None:
        if not self._holding:
            self._dyad = change["new"] or None
            self.refresh_relations()

    def _on_tab(self, change: dict) -> None:
        if change["new"] == RELATIONS_TAB and self.relation_view is None:
            self.refresh_relations()

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
        self.articles_html.value = articles_html(view)
        self.kwic_html.value = kwic_html(view)
        self.month_html.value = month_html(view)
        # The relations are found on the first opening of their tab, not before.
        if self.tabs.selected_index == RELATIONS_TAB or self.data.relations_found:
            self.refresh_relations()
        else:
            self.relation_view = None
        if self.code.layout.display != "none":
            self.code.value = self._code_html()
        return view

    def refresh_relations(self) -> RelationView:
        """Compute the Relations view of the current filters and redraw its tab.

        The first call finds the relations of the corpus (once; they are cached on disk).
        """
        if self.data.has_relations and not self.data.relations_found:
            self.relations_tab.finding()
        view = self.data.relation_view(self.filters())
        self.relation_view = view
        with self._held():
            self.relations_tab.show_choices(view)
            self._dyad = view.dyad
        self.relations_tab.show(view)
        return view

    def _draw_timeline(self, view: View) -> None:
        self._timeline_figure = None
        if view.empty:
            show_text(self.timeline_output, view.message)
            return
        if view.timeline.empty:
            show_text(self.timeline_output, "No mention of any actor matches these filters.")
            return
        figure = plot_timeline(
            view.timeline,
            events=self.data.events_for(self.events, view.timeline_actors, view.filters.level),
            title=_timeline_title(view),
        )
        self._timeline_figure = figure
        show_figure(self.timeline_output, figure, "Timeline of " + ", ".join(view.timeline_actors))

    def _draw_top_actors(self, view: View) -> None:
        if view.empty or view.top_actors.empty:
            show_text(self.top_output, view.message or "No actor is mentioned in view.")
            return
        # Narrower and denser than in the notebooks, so that the top actors and the co-mentions
        # fit side by side; the counts line above already gives the base.
        figure = plot_top_actors(
            view.top_actors,
            measure=view.filters.measure,
            top=TOP_ACTORS,
            title="Top actors in view",
            show_base=False,
            width=4.6,
            bar_height=0.28,
        )
        show_figure(self.top_output, figure, "Top actors in view")

    def _draw_co_mentions(self, view: View) -> None:
        matrix = view.co_mentions
        if view.empty or matrix.empty or not matrix.to_numpy().any():
            show_text(self.co_mention_output, view.message or "No two actors share a sentence.")
            return
        names = dict(zip(view.top_actors["actor_id"], view.top_actors["actor_name"], strict=True))
        figure = plot_co_mention_heatmap(
            matrix, names=names, title="Co-mentions in the same sentence", figsize=(5.2, 4.4)
        )
        show_figure(self.co_mention_output, figure, "Co-mentions in the same sentence")

    # ------------------------------------------------------------------ actions

    def export_figure(self) -> dict[str, Path] | None:
        """Save the current timeline with :func:`analysis.figures.save_figure`.

        Files go to ``<figures dir>/04-explore/<export_name(filters)>.{png,svg,pdf,csv,json}``.
        The figure carries the source line of the articles the timeline counts (the base
        articles of the filters), which its JSON record keeps too.

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
        base = self.data.corpus[self.data.base_mask(view.filters)]
        source = Source.of(base, label=self.source_label, dictionary=self.dictionary)
        stamp_source(self._timeline_figure, source)
        paths = save_figure(
            self._timeline_figure,
            export_name(view.filters),
            notebook=NOTEBOOK_NAME,
            data=view.timeline,
            out_dir=self.figures_dir,
            caption=describe_filters(view.filters),
        )
        record_provenance(paths["json"], source)
        self.status.value = (
            f"Saved {paths['png'].stem}.png, .svg, .pdf, .csv in {paths['png'].parent}"
        )
        return paths

    def code_text(self) -> str:
        """Python code reproducing the current view (:func:`~analysis.explore.code.code_for`)."""
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
