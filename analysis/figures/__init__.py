"""Every figure of the project, in the house style, and their reproducible export.

- :mod:`analysis.figures.palette`: one colour per actor across the figures of a run
  (:func:`palette_of_corpus`, :func:`use_palette`, :func:`actor_color`);
- :mod:`analysis.figures.source`: the source line every figure carries (:class:`Source`,
  :func:`stamp_source`);
- :mod:`analysis.figures.style`: the house style (``figures.mplstyle``) and
  :func:`empty_figure`;
- :mod:`analysis.figures.export`: :func:`save_figure`, :func:`save_table`, :func:`safe_name`;
- :mod:`analysis.figures.bars`: the most mentioned actors, how each actor is named;
- :mod:`analysis.figures.pairs`: the co-mention heat map and network;
- :mod:`analysis.figures.timelines`: actor timelines with their base, intervals and events,
  articles per period.

Every plotting function returns a :class:`matplotlib.figure.Figure` that is not registered
with pyplot (it shows once as the last expression of a notebook cell and needs no closing),
draws an explanatory :func:`empty_figure` when its table is empty, and takes ``source=`` to
write the source line under the figure.

Examples
--------
>>> actor_color("PRK")
'#882255'
>>> safe_name("Corée du Nord / 2023")
'coree-du-nord-2023'
"""

from __future__ import annotations

from analysis.figures.bars import plot_kind_breakdown, plot_top_actors
from analysis.figures.event_marks import MAX_EVENT_LABELS
from analysis.figures.export import (
    MAX_NAME_LENGTH,
    PNG_DPI,
    SUPPORTED_FORMATS,
    safe_name,
    save_figure,
    save_table,
)
from analysis.figures.pairs import plot_co_mention_heatmap, plot_co_mention_network
from analysis.figures.palette import (
    ACTOR_COLORS,
    KIND_COLORS,
    MAIN_ACTOR_COLORS,
    NEUTRAL_GREY,
    OTHER_COLOR,
    PALETTE,
    Palette,
    SeriesStyle,
    actor_color,
    current_palette,
    palette_context,
    palette_for,
    palette_of_corpus,
    series_styles,
    use_palette,
)
from analysis.figures.source import SOURCE_GID, Source, source_line, stamp_source
from analysis.figures.style import (
    STYLE_FILE,
    empty_figure,
    style_context,
    use_style,
)
from analysis.figures.timelines import (
    MAX_SERIES_PER_PANEL,
    plot_articles_per_period,
    plot_timeline,
)

__all__ = [
    "ACTOR_COLORS",
    "KIND_COLORS",
    "MAIN_ACTOR_COLORS",
    "MAX_EVENT_LABELS",
    "MAX_NAME_LENGTH",
    "MAX_SERIES_PER_PANEL",
    "NEUTRAL_GREY",
    "OTHER_COLOR",
    "PALETTE",
    "PNG_DPI",
    "SOURCE_GID",
    "STYLE_FILE",
    "SUPPORTED_FORMATS",
    "Palette",
    "SeriesStyle",
    "Source",
    "actor_color",
    "current_palette",
    "empty_figure",
    "palette_context",
    "palette_for",
    "palette_of_corpus",
    "plot_articles_per_period",
    "plot_co_mention_heatmap",
    "plot_co_mention_network",
    "plot_kind_breakdown",
    "plot_timeline",
    "plot_top_actors",
    "safe_name",
    "save_figure",
    "save_table",
    "series_styles",
    "source_line",
    "stamp_source",
    "style_context",
    "use_palette",
    "use_style",
]
