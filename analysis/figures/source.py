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
    """Write the source line at the bottom left of ``fig`` (replacing an earlier one).

    Returns ``fig``. A ``None`` source leaves the figure as it is.
    """
    if source is None:
        return fig
    text = source.line() if isinstance(source, Source) else str(source)
    for old in [artist for artist in fig.texts if artist.get_gid() == SOURCE_GID]:
        old.remove()
    fig.text(0.01, 0.005, text, ha="left", va="bottom", fontsize=7, color="#555555", gid=SOURCE_GID)
    return fig


def source_line(fig: Figure) -> str | None:
    """The source line a figure carries, or None."""
    for artist in fig.texts:
        if artist.get_gid() == SOURCE_GID:
            return artist.get_text()
    return None
