"""Every figure of the project, in the house style, and their reproducible export.

- :mod:`analysis.figures.style`: the house style (``figures.mplstyle``), fixed actor colours
  and :func:`empty_figure`;
- :mod:`analysis.figures.export`: :func:`save_figure`, :func:`save_table`, :func:`safe_name`;
- :mod:`analysis.figures.bars`: the most mentioned actors, how each actor is named;
- :mod:`analysis.figures.pairs`: the co-mention heat map and network;
- :mod:`analysis.figures.timelines`: actor timelines with events, articles per period.

Every plotting function returns a :class:`matplotlib.figure.Figure` that is not registered
with pyplot (it shows once as the last expression of a notebook cell and needs no closing), and
draws an explanatory :func:`empty_figure` when its table is empty.

Examples
--------
>>> actor_color("PRK")
'#882255'
>>> safe_name("Corée du Nord / 2023")
'coree-du-nord-2023'
"""

from __future__ import annotations

from analysis.figures.bars import plot_kind_breakdown, plot_top_actors
from analysis.figures.export import (
    MAX_NAME_LENGTH,
    PNG_DPI,
    SUPPORTED_FORMATS,
    safe_name,
    save_figure,
    save_table,
)
from analysis.figures.pairs import plot_co_mention_heatmap, plot_co_mention_network
from analysis.figures.style import (
    MAIN_ACTOR_COLORS,
    NEUTRAL_GREY,
    PALETTE,
    STYLE_FILE,
    actor_color,
    empty_figure,
    style_context,
    use_style,
)
from analysis.figures.timelines import plot_articles_per_period, plot_timeline

__all__ = [
    "MAIN_ACTOR_COLORS",
    "MAX_NAME_LENGTH",
    "NEUTRAL_GREY",
    "PALETTE",
    "PNG_DPI",
    "STYLE_FILE",
    "SUPPORTED_FORMATS",
    "actor_color",
    "empty_figure",
    "plot_articles_per_period",
    "plot_co_mention_heatmap",
    "plot_co_mention_network",
    "plot_kind_breakdown",
    "plot_timeline",
    "plot_top_actors",
    "safe_name",
    "save_figure",
    "save_table",
    "style_context",
    "use_style",
]
