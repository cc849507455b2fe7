"""The line every figure carries: which corpus, how many articles, which months, which dictionary.

A reviewer reads a figure apart from the notebook that made it. The source line says what it
was drawn from, in the image itself::

    Source: wikinews-fr · 1,192 articles · 2004-11 to 2024-03 · dictionary 3f2a9c1b0d2e

:class:`Source` is built from the articles a figure counts (:meth:`Source.of`), and
:func:`stamp_source` writes it at the bottom of a figure, once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd
from matplotlib.figure import Figure

SOURCE_GID = "analysis-source"
"""The ``gid`` of the text object that holds a figure's source line (tests look for it)."""

SOURCE_FONT_SIZE = 7
SOURCE_COLOR = "#555555"
# Space above and below the line, in inches.
_PAD_INCHES = 0.05

DIGEST_LENGTH = 12


@dataclass(frozen=True)
class Source:
    """What a figure was drawn from.

    Attributes
    ----------
    label : str
        The corpus label (its settings' ``label``, or the folder name).
    n_articles : int
        Articles counted.
    first, last : str or None
        First and last month of those articles (``YYYY-MM``), None when none is dated.
    dictionary : str or None
        Short digest of the actor dictionary.
    """

    label: str
    n_articles: int
    first: str | None = None
    last: str | None = None
    dictionary: str | None = None

    @classmethod
    def of(cls, articles: pd.DataFrame, *, label: str, dictionary=None) -> Source:
        """The source of a figure drawn from ``articles``.

        ``dictionary`` is an :class:`~analysis.actors.ActorDictionary` or its digest.

        >>> articles = pd.DataFrame({"month": pd.PeriodIndex(["2023-07", "2024-01"], freq="M")})
        >>> Source.of(articles, label="sample", dictionary="0123456789abcdef").line()
        'Source: sample · 2 articles · 2023-07 to 2024-01 · dictionary 0123456789ab'
        """
        months = articles["month"].dropna() if "month" in articles else pd.Series([])
        digest = getattr(dictionary, "sha256", dictionary)
        return cls(
            label=label,
            n_articles=len(articles),
            first=str(months.min()) if len(months) else None,
            last=str(months.max()) if len(months) else None,
            dictionary=str(digest)[:DIGEST_LENGTH] if digest else None,
        )

    def narrowed(self, articles: pd.DataFrame) -> Source:
        """The same source for a subset of its articles (same label and dictionary)."""
        return replace(
            Source.of(articles, label=self.label, dictionary=self.dictionary),
            dictionary=self.dictionary,
        )

    def months(self) -> str:
        """``2023-07 to 2024-01``, one month alone, or ``no dated article``."""
        if self.first is None:
            return "no dated article"
        return self.first if self.first == self.last else f"{self.first} to {self.last}"

    def line(self) -> str:
        """The source line drawn in figures."""
        parts = [f"Source: {self.label}", f"{self.n_articles:,} articles", self.months()]
        if self.dictionary:
            parts.append(f"dictionary {self.dictionary}")
        return " · ".join(parts)

    def as_dict(self) -> dict:
        """For manifests: label, n_articles, first, last, dictionary."""
        return {
            "label": self.label,
            "n_articles": self.n_articles,
            "first": self.first,
            "last": self.last,
            "dictionary": self.dictionary,
        }


def stamp_source(fig: Figure, source: Source | str | None) -> Figure:
    """Write the source line at the bottom left of ``fig`` (replacing an earlier one), in room
    of its own.

    A figure laid out by matplotlib (``layout="constrained"`` or ``"tight"``, as every figure
    of the package) keeps a band at its bottom for the line: axes, legends and keys are laid
    out above it, so that nothing overlaps. Any other figure gets the line under everything it
    holds, where a ``bbox_inches="tight"`` export (notebooks, :func:`save_figure`) includes
    it. A line wider than the figure is broken in two at a ``·``.

    Returns ``fig``. A ``None`` source leaves the figure as it is.

    Examples
    --------
    >>> fig = Figure(figsize=(4, 3), layout="constrained")
    >>> _ = fig.subplots().plot([1, 2], [3, 4])
    >>> _ = stamp_source(fig, "Source: sample · 480 articles")
    >>> source_line(fig)
    'Source: sample · 480 articles'
    >>> fig.get_layout_engine().get()["rect"][1] > 0
    True
    """
    if source is None:
        return fig
    text = source.line() if isinstance(source, Source) else str(source)
    for old in [artist for artist in fig.texts if artist.get_gid() == SOURCE_GID]:
        old.remove()
    engine = fig.get_layout_engine()
    laid_out = engine is not None and "rect" in engine.get()
    bottom_inches = 0.0
    if laid_out:
        engine.set(rect=(0, 0, 1, 1))
    else:
        fig.draw_without_rendering()
        bottom_inches = fig.get_tightbbox().y0
    artist = fig.text(
        0.01,
        0,
        text,
        ha="left",
        va="bottom",
        fontsize=SOURCE_FONT_SIZE,
        color=SOURCE_COLOR,
        gid=SOURCE_GID,
    )
    _fit_width(fig, artist)
    height_inches = artist.get_window_extent().height / fig.dpi
    fig_height = fig.get_figheight()
    if laid_out:
        band = float((height_inches + 2 * _PAD_INCHES) / fig_height)
        artist.set_y(_PAD_INCHES / fig_height)
        engine.set(rect=(0, band, 1, 1 - band))
    else:
        artist.set_y((bottom_inches - _PAD_INCHES - height_inches) / fig_height)
    return fig


def _fit_width(fig: Figure, artist) -> None:
    """Break the line in two at the ``·`` nearest its middle when it is wider than the figure."""
    text = artist.get_text()
    if artist.get_window_extent().width <= 0.97 * fig.bbox.width or " · " not in text:
        return
    parts = text.split(" · ")
    lengths = [len(" · ".join(parts[: index + 1])) for index in range(len(parts) - 1)]
    cut = min(range(len(lengths)), key=lambda index: abs(lengths[index] - len(text) / 2)) + 1
    artist.set_text(" · ".join(parts[:cut]) + "\n" + " · ".join(parts[cut:]))


def source_line(fig: Figure) -> str | None:
    """The source line a figure carries, or None."""
    for artist in fig.texts:
        if artist.get_gid() == SOURCE_GID:
            return artist.get_text()
    return None
