"""The widgets of the explorer's Relations tab: its own filters and the view they draw.

:class:`RelationsTab` holds the relation types and statuses counted, the count whose
sentences are shown, and the HTML of the :class:`~analysis.explore.view.RelationView`;
:class:`~analysis.explore.app.ExplorerApp` observes them and asks
:meth:`~analysis.explore.data.ExplorerData.relation_view` for the view.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from analysis.explore.filters import Filters
from analysis.explore.render import relations_html
from analysis.explore.view import RELATION_ROWS, RelationView
from analysis.relations.types import RELATION_STATUSES, RELATION_TYPES

EVERY_RELATION = ()
"""The value of the count chooser for every relation in view (``None`` would show a blank)."""


class RelationsTab:
    """The Relations tab's widgets: ``types``, ``statuses``, ``dyad`` and ``html``; ``box``
    is what the tab shows.

    Examples
    --------
    >>> tab = RelationsTab()
    >>> tab.filters()
    {'relation_types': None, 'statuses': ('asserted',)}
    """

    def __init__(self) -> None:
        self.types = widgets.SelectMultiple(
            options=RELATION_TYPES,
            value=RELATION_TYPES,
            rows=6,
            layout=widgets.Layout(width="160px"),
        )
        self.statuses = widgets.SelectMultiple(
            options=RELATION_STATUSES,
            value=("asserted",),
            rows=4,
            layout=widgets.Layout(width="120px"),
        )
        self.dyad = widgets.Dropdown(
            options=[("(every relation in view)", EVERY_RELATION)],
            value=EVERY_RELATION,
            description="Sentences of",
            style={"description_width": "initial"},
            layout=widgets.Layout(width="420px"),
        )
        self.html = widgets.HTML()
        for widget, name in [
            (self.types, "relation-types"),
            (self.statuses, "statuses"),
            (self.dyad, "dyad"),
            (self.html, "relations"),
        ]:
            widget.add_class(f"explorer-{name}")

        def heading(text: str):
            return widgets.HTML(f"<b>{html.escape(text)}</b>")

        self.box = widgets.VBox(
            [
                widgets.HBox(
                    [
                        widgets.VBox([heading("Relation types"), self.types]),
                        widgets.VBox([heading("Statuses"), self.statuses]),
                        self.dyad,
                    ]
                ),
                self.html,
            ]
        )

    def filters(self) -> dict[str, object]:
        """The tab's part of :class:`Filters`: ``relation_types`` (None: all), ``statuses``."""
        every = set(self.types.value) == set(RELATION_TYPES)
        return {
            "relation_types": None if every else self.types.value,
            "statuses": self.statuses.value,
        }

    def set_filters(self, filters: Filters) -> None:
        """Set the types and statuses from ``filters`` (the caller holds the redraws)."""
        self.types.value = filters.relation_types or RELATION_TYPES
        self.statuses.value = filters.statuses

    def finding(self) -> None:
        """Say that the relations are being found (the first opening of the tab)."""
        self.html.value = (
            "<p><b>Finding the relations of the corpus, once (they are kept on disk for the "
            "next time)…</b></p>"
        )

    def show_choices(self, view: RelationView) -> None:
        """List the counts of ``view`` in the count chooser (the caller holds the redraws)."""
        self.dyad.options = [("(every relation in view)", EVERY_RELATION)] + [
            (
                f"{row.source} {row.type} {row.target} · {row.relations:,}",
                tuple(str(part) for part in (row.source, row.type, row.target)),
            )
            for row in view.counts.head(RELATION_ROWS).itertuples()
        ]
        self.dyad.value = view.dyad or EVERY_RELATION

    def show(self, view: RelationView) -> None:
        """Draw ``view``: its counts line, its counts and the sentences behind them."""
        self.html.value = relations_html(view)
