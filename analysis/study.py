"""One object per notebook run: the corpus, its mentions and the outputs, set up in one call.

Every notebook starts from the same parameters (corpus, dictionary, months, alias kinds,
output folder). :func:`open_study` turns them into the tables the notebook works on and
into the place its figures and tables go, so that a notebook holds only narrative and calls.
"""

from __future__ import annotations

import os
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.corpus.settings import CorpusSettings, read_settings
from analysis.figures.source import Source, source_line, stamp_source

NO_CACHE_VARIABLE = "ANALYSIS_NO_CACHE"
"""The environment variable that makes :func:`open_study` use no cache when set (to anything
but ``0``): ``python -m analysis run --no-cache`` sets it for the notebooks it executes."""


@dataclass
class Study:
    """The inputs and outputs of one notebook run.

    Attributes
    ----------
    notebook : str
        The notebook's name (``02-count-actors``): figures go to
        ``<output_dir>/figures/<notebook>/``, tables to ``<output_dir>/tables/<notebook>/``.
    all_articles : DataFrame
        The whole corpus as loaded (see :data:`analysis.corpus.COLUMNS`).
    articles : DataFrame
        The articles within the month range.
    mentions : DataFrame
        Mentions in ``articles``, restricted to the chosen alias kinds.
    dictionary : ActorDictionary
    start, end : pandas.Period or None
        The month range (inclusive).
    kinds : list of str or None
        Alias kinds counted (``None``: all).
    output_dir : Path
    settings : CorpusSettings
        The corpus's label, home country, voice and outlet column
        (:mod:`analysis.corpus.settings`).
    """

    notebook: str
    all_articles: pd.DataFrame
    articles: pd.DataFrame
    mentions: pd.DataFrame
    dictionary: object
    start: pd.Period | None
    end: pd.Period | None
    kinds: list[str] | None
    output_dir: Path
    settings: CorpusSettings | None = None
    saved: list[Path] = field(default_factory=list)

    @property
    def source(self) -> Source:
        """The source line of this run's figures: label, N, months, dictionary digest."""
        label = self.settings.label if self.settings else "corpus"
        return Source.of(self.articles, label=label, dictionary=self.dictionary)

    @property
    def empty(self) -> bool:
        """Whether no article falls in the month range."""
        return self.articles.empty

    def summary(self) -> str:
        """What this run looks at, in a sentence or two (shown at the top of notebooks)."""
        months = self.all_articles["month"].dropna()
        span = f"{months.min()} to {months.max()}" if len(months) else "no dated article"
        chosen = (
            f"{self.start or 'the first month'} to {self.end or 'the last month'}"
            if (self.start or self.end)
            else "all months"
        )
        kinds = ", ".join(self.kinds) if self.kinds else "all alias kinds"
        text = (
            f"Corpus {self.all_articles.attrs.get('root', '')}: {len(self.all_articles)} "
            f"articles ({span}). Months: {chosen}; {len(self.articles)} articles in range, "
            f"{len(self.mentions)} mentions ({kinds})."
        )
        if self.empty:
            text += (
                " No article falls in this month range, so the tables below are empty and "
                "the figures say so; widen the range or check the corpus dates."
            )
        return text

    def _repr_markdown_(self) -> str:
        return self.summary()

    def __repr__(self) -> str:
        return self.summary()

    def save_figure(self, fig, name: str, *, data=None, caption: str | None = None) -> Path:
        """Export a figure (PNG, SVG, PDF) and the data behind it; returns the PNG path."""
        from analysis.figures import save_figure

        if source_line(fig) is None:
            stamp_source(fig, self.source)
        paths = save_figure(
            fig,
            name,
            notebook=self.notebook,
            data=data,
            caption=caption,
            out_dir=self.output_dir / "figures",
        )
        self.saved.extend(paths.values())
        return paths.get("png", next(iter(paths.values())))

    def output_path(self, filename: str, *, section: str = "tables") -> Path:
        """Where to write another kind of output (``co-mentions.gexf``) for this notebook."""
        from analysis.figures import safe_name

        stem, dot, extension = filename.rpartition(".")
        name = f"{safe_name(stem)}.{safe_name(extension)}" if dot else safe_name(filename)
        folder = self.output_dir / section / safe_name(self.notebook)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        self.saved.append(path)
        return path

    def save_table(self, table: pd.DataFrame, name: str) -> Path:
        """Export a table as CSV under ``tables/<notebook>/``; returns its path."""
        from analysis.figures import save_table

        path = save_table(table, name, notebook=self.notebook, out_dir=self.output_dir / "tables")
        self.saved.append(path)
        return path


def open_study(
    corpus: str | os.PathLike | None = None,
    *,
    notebook: str,
    actors: str | os.PathLike | None = None,
    start: str | None = None,
    end: str | None = None,
    kinds: list[str] | str | None = None,
    output_dir: str | os.PathLike | None = None,
    cache: bool | None = None,
    settings: str | os.PathLike | None = None,
    label: str | None = None,
    home: str | None = None,
) -> Study:
    """Load the corpus, find the mentions, keep the month range: everything a notebook needs.

    Parameters
    ----------
    corpus : path, optional
        Default: :func:`analysis.config.corpus_dir` (the sample corpus).
    notebook : str
        The notebook's name, used to file its outputs.
    actors : path, optional
        A YAML dictionary layered over the packaged one.
    start, end : str, optional
        First and last month kept, ``YYYY-MM``.
    kinds : list of str or comma-separated str, optional
        Alias kinds counted (default: all).
    output_dir : path, optional
        Default: :func:`analysis.config.reports_dir`.
    cache : bool, optional
        Reuse (and write) the caches of the corpus and of its mentions. By default, yes,
        unless the environment variable :data:`NO_CACHE_VARIABLE` is set.
    settings : path, optional
        A corpus settings file to use instead of the corpus's own ``corpus.yaml``.
    label, home : str, optional
        Override the settings' corpus label and home country.

    Examples
    --------
    >>> study = open_study(notebook="doctest", start="2023-07", end="2023-12")
    >>> str(study.articles["month"].min()) >= "2023-07"
    True
    """
    from analysis.counts import select_kinds
    from analysis.measures import check_kinds

    kinds = check_kinds(kinds) if kinds else None
    if cache is None:
        cache = os.environ.get(NO_CACHE_VARIABLE, "") in ("", "0")
    corpus_settings = read_settings(
        corpus if corpus is not None else config.corpus_dir(), path=settings, label=label, home=home
    )
    loaded = load_months(
        corpus, actors=actors, start=start, end=end, cache=cache, voice=corpus_settings.voice
    )
    mentions = select_kinds(loaded.mentions, kinds)
    dictionary, all_articles, articles = loaded.dictionary, loaded.all_articles, loaded.articles
    first, last = loaded.start, loaded.end
    study = Study(
        notebook=notebook,
        all_articles=all_articles,
        articles=articles,
        mentions=mentions,
        dictionary=dictionary,
        start=first,
        end=last,
        kinds=kinds,
        output_dir=Path(output_dir) if output_dir else config.reports_dir(),
        settings=corpus_settings,
    )
    if study.empty:
        warnings.warn(study.summary(), stacklevel=2)
    return study


@dataclass
class MonthSlice:
    """A corpus, the articles of a month range and their mentions (see :func:`load_months`)."""

    dictionary: object
    all_articles: pd.DataFrame
    articles: pd.DataFrame
    mentions: pd.DataFrame
    start: pd.Period | None
    end: pd.Period | None


def load_months(
    corpus: str | os.PathLike | None = None,
    *,
    actors: str | os.PathLike | None = None,
    start: str | None = None,
    end: str | None = None,
    cache_dir: str | os.PathLike | None = None,
    cache: bool = True,
    voice: str | None = None,
) -> MonthSlice:
    """Load a corpus, find its mentions, and keep the articles of ``[start, end]``.

    The whole corpus is matched (and its mentions cached) once; the month range is a filter
    on it, so that changing the range reuses the cache. ``cache=False`` reads every file and
    finds every mention again, and writes no cache. ``voice`` is the corpus's voice (its
    settings' ``voice``), handed to :func:`analysis.find_mentions`.
    """
    from analysis.actors import load_actors
    from analysis.corpus import load_corpus
    from analysis.mentions import find_mentions

    first, last = month_range(start, end)
    dictionary = load_actors(actors)
    all_articles = load_corpus(corpus, cache=cache, cache_dir=cache_dir)
    articles = within_months(all_articles, first, last)
    mentions = find_mentions(
        all_articles, dictionary, cache=cache, cache_dir=cache_dir, voice=voice
    )
    mentions = mentions[mentions["doc_id"].isin(articles["doc_id"])].reset_index(drop=True)
    return MonthSlice(dictionary, all_articles, articles, mentions, first, last)


def month_range(start: str | None, end: str | None) -> tuple[pd.Period | None, pd.Period | None]:
    """The first and last month of a range written ``YYYY-MM``, either one open.

    Raises
    ------
    ValueError
        A month not written ``YYYY-MM``, or a range that ends before it starts.

    Examples
    --------
    >>> month_range("2023-07", None)
    (Period('2023-07', 'M'), None)
    >>> month_range("2023-7", None)
    Traceback (most recent call last):
    ValueError: '2023-7' is not a month; write it as YYYY-MM (2023-07).
    """
    months = []
    for text in (start, end):
        if text is None or text == "":
            months.append(None)
        elif isinstance(text, str) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
            months.append(pd.Period(text, freq="M"))
        else:
            raise ValueError(f"{text!r} is not a month; write it as YYYY-MM (2023-07).")
    first, last = months
    if first is not None and last is not None and first > last:
        raise ValueError(f"The month range is reversed: {first} comes after {last}.")
    return first, last


def within_months(
    articles: pd.DataFrame, start: pd.Period | None, end: pd.Period | None
) -> pd.DataFrame:
    """Articles whose month lies in ``[start, end]``; undated ones are kept only without a range.

    Examples
    --------
    >>> articles = pd.DataFrame({"month": pd.PeriodIndex(["2023-06", "2023-07", None], freq="M")})
    >>> len(within_months(articles, pd.Period("2023-07", "M"), None))
    1
    """
    if start is None and end is None:
        return articles
    keep = articles["month"].notna()
    if start is not None:
        keep &= articles["month"] >= start
    if end is not None:
        keep &= articles["month"] <= end
    result = articles[keep.fillna(False)]
    result.attrs = dict(articles.attrs)
    return result
