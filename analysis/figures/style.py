"""House style shared by every figure of the package, and the figure that says "nothing to plot".

Colours live in :mod:`analysis.figures.palette` (re-exported here for older imports).

Examples
--------
>>> actor_color("PRK")
'#882255'
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import matplotlib.style
from matplotlib.figure import Figure

from analysis.figures.palette import (
    MAIN_ACTOR_COLORS,
    NEUTRAL_GREY,
    PALETTE,
    actor_color,
)
from analysis.figures.source import Source, stamp_source

__all__ = [
    "MAIN_ACTOR_COLORS",
    "NEUTRAL_GREY",
    "PALETTE",
    "STYLE_FILE",
    "actor_color",
    "empty_figure",
    "style_context",
    "use_style",
]

STYLE_FILE = Path(__file__).resolve().parent / "figures.mplstyle"


def use_style() -> None:
    """Apply the house style (``figures.mplstyle``) to every figure drawn from now on.

    Readable fonts, no top and right spines, a light horizontal grid, the colour-blind-safe
    palette as default colour cycle and 300 dpi exports. Call it once at the top of a notebook.
    To apply it only inside a block, use :func:`style_context`.

    Examples
    --------
    >>> import matplotlib as mpl
    >>> with mpl.rc_context():
    ...     use_style()
    ...     mpl.rcParams["axes.spines.top"]
    False
    """
    matplotlib.style.use(STYLE_FILE)


@contextlib.contextmanager
def style_context() -> Iterator[None]:
    """Apply the house style inside a ``with`` block only, restoring the settings after it.

    Examples
    --------
    >>> import matplotlib as mpl
    >>> with style_context():
    ...     mpl.rcParams["axes.spines.right"]
    False
    """
    with matplotlib.style.context(STYLE_FILE):
        yield


def empty_figure(
    message: str, *, title: str | None = None, source: Source | str | None = None
) -> Figure:
    """A figure that says why there is nothing to draw, instead of empty axes.

    Used by every plotting function of the package when its table is empty (a month
    range with no article, a filter that matches nothing), so that a notebook shows a
    readable message rather than an error.

    Parameters
    ----------
    message : str
        What is missing, and what to do.
    title : str, optional
    source : Source or str, optional
        The source line (:func:`analysis.figures.stamp_source`): which corpus was empty.

    Examples
    --------
    >>> fig = empty_figure("No article between 2030-01 and 2030-12.", source="Source: sample")
    >>> fig.texts[0].get_text()
    'No article between 2030-01 and 2030-12.'
    >>> from analysis.figures import source_line
    >>> source_line(fig)
    'Source: sample'
    """
    with style_context():
        fig = Figure(figsize=(8, 2.5), layout="constrained")
        if title:
            fig.suptitle(title)
        fig.text(0.5, 0.5, message, ha="center", va="center", wrap=True, color=NEUTRAL_GREY)
        stamp_source(fig, source)
    return fig
