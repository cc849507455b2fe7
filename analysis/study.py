"""One object per notebook run: the corpus, its mentions and the outputs, set up in one call.

Every notebook starts from the same parameters (corpus, dictionary, months, alias kinds,
output folder). :func:`open_study` turns them into the tables the notebook works on and
into the place its figures and tables go, so that a notebook holds only narrative and calls.
"""

from __future__ import annotations

import json
import os
import re
import warnings
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.corpus.settings import CorpusSettings, read_settings
from analysis.figures.palette import current_palette, palette_of_corpus, use_palette
from analysis.figures.source import Source, source_line, stamp_source
from analysis.mention_rules import mark_home

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
        The corpus's label, home country, voice, outlet column and credit spellings
        (:mod:`analysis.corpus.settings`).
    all_mentions : DataFrame or None
        Every mention of ``all_articles``, of every alias kind: what :meth:`relations`
        reads (found again when missing).
    cache : bool
        Whether the corpus, mentions and relations are read from (and kept in) the cache.
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
    all_mentions: pd.DataFrame | None = field(default=None, repr=False)
    cache: bool = True
    _found_relations: dict = field(default_factory=dict, repr=False)

    @property
    def source(self) -> Source:
        """The source line of this run's figures: label, N, months, dictionary digest."""
        label = self.settings.label if self.settings else "corpus"
        return Source.of(self.articles, label=label, dictionary=self.dictionary)

    def name_of(self, actor_id: str) -> str:
        """The dictionary's name of an actor, or the id itself when the dictionary lacks it."""
        try:
            return str(self.dictionary.actor(str(actor_id))["actor_name"])
        except (AttributeError, KeyError):
            return str(actor_id)

    def names_of(self, actor_ids) -> dict[str, str]:
        """The dictionary's name of each actor id (the id itself when it has none).

        >>> study = Study("x", *[None] * 3, dictionary=None, start=None, end=None,
        ...               kinds=None, output_dir=Path("."))
        >>> study.names_of(["XYZ"])
        {'XYZ': 'XYZ'}
        """
        return {str(actor): self.name_of(str(actor)) for actor in dict.fromkeys(actor_ids)}

    def outlet_articles(self) -> pd.DataFrame:
        """The articles with an ``outlet`` column: the settings' outlet column, normalised.

        See :func:`analysis.outlets.with_outlets`; the settings' ``credits`` are layered
        over the packaged credit mapping.
        """
        from analysis.outlets import with_outlets

        settings = self.settings or read_settings(config.corpus_dir())
        return with_outlets(self.articles, column=settings.outlet, credits=settings.credits)

    def relations(self, *, voice: str | bool | None = None, method: str = "parse") -> pd.DataFrame:
        """The relations stated in the articles of the month range (who does what to whom).

        They are found once over the whole corpus with every mention
        (:func:`analysis.relations.find_relations`, cached like the mentions, so that
        another month range or another choice of alias kinds reuses them), then kept for
        :attr:`articles`. The alias kinds do not apply: a relation does not record which
        kind of alias named its actors.

        Parameters
        ----------
        voice : str or False, optional
            The actor the publisher speaks as ("the Department", "we"); by default the
            settings' ``voice``; ``False`` or ``""`` for none.
        method : {"parse", "rules"}
            See :data:`analysis.relations.METHODS`.

        Returns
        -------
        DataFrame
            Columns :data:`analysis.relations.RELATION_COLUMNS`; ``attrs["voice"]`` and
            ``attrs["method"]`` say how they were found.
        """
        from analysis.relations import find_relations

        if voice is None:
            voice = self.settings.voice if self.settings else None
        voice = voice or False
        key = (voice, method)
        if key not in self._found_relations:
            mentions = self.all_mentions
            if mentions is None:
                from analysis.mentions import find_mentions

                mentions = find_mentions(self.all_articles, self.dictionary, cache=self.cache)
            self._found_relations[key] = find_relations(
                self.all_articles,
                mentions,
                voice=voice,
                actors=self.dictionary,
                method=method,
                cache=self.cache,
            )
        found = self._found_relations[key]
        inside = found["doc_id"].astype(str).isin(set(self.articles["doc_id"].astype(str)))
        result = found[inside.to_numpy()].reset_index(drop=True)
        result.attrs = {"voice": voice or None, "method": method}
        return result

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
        label = self.settings.label if self.settings else "corpus"
        text = (
            f"Corpus {label} ({self.all_articles.attrs.get('root', '')}): "
            f"{len(self.all_articles)} "
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

    def save_figure(
        self, fig, name: str, *, data=None, caption: str | None = None, source=None
    ) -> Path:
        """Export a figure (PNG, SVG, PDF) and the data behind it; returns the PNG path.

        The figure carries its source line (``source``, by default :attr:`source`, unless
        the figure already has one), and its JSON record beside it gets the same source as
        a mapping (``source``: label, n_articles, first, last, dictionary, line) and the
        palette (``palette``, see :func:`palette_record`), which ``manifest.json`` and
        ``index.html`` read.
        """
        from analysis.figures import save_figure

        if source is not None or source_line(fig) is None:
            stamp_source(fig, source if source is not None else self.source)
            recorded = source if source is not None else self.source
        else:
            recorded = None
        paths = save_figure(
            fig,
            name,
            notebook=self.notebook,
            data=data,
            caption=caption,
            out_dir=self.output_dir / "figures",
        )
        if "json" in paths:
            record_provenance(paths["json"], recorded, line=source_line(fig))
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

    def save_table(
        self, table: pd.DataFrame, name: str, *, skip_empty: bool = False
    ) -> Path | None:
        """Export a table as CSV under ``tables/<notebook>/``; returns its path.

        With ``skip_empty``, a table without rows is not written (and ``None`` returned):
        for evidence tables, whose absence says more than an empty file.
        """
        from analysis.figures import save_table

        if skip_empty and table.empty:
            return None
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
    outlet: str | None = None,
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
    outlet : str, optional
        Overrides the settings' outlet column (the article column that names the outlet).

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
        corpus if corpus is not None else config.corpus_dir(),
        path=settings,
        label=label,
        home=home,
    )
    if outlet:
        corpus_settings = replace(corpus_settings, outlet=outlet)
    columns, corpus_settings = table_outlet(corpus, corpus_settings)
    loaded = load_months(
        corpus,
        actors=actors,
        start=start,
        end=end,
        cache=cache,
        columns=columns,
        voice=corpus_settings.voice,
    )
    # The outlet's own capital and demonyms become kind "home" (see analysis.mention_rules).
    mentions = select_kinds(mark_home(loaded.mentions, corpus_settings.home), kinds)
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
        all_mentions=loaded.all_mentions,
        cache=cache,
    )
    # One colour per actor in every figure of the run: ranked on this corpus, so that every
    # notebook (each in its own process) draws with the same palette.
    use_palette(palette_of_corpus(study.mentions, study.articles))
    if study.empty:
        warnings.warn(study.summary(), stacklevel=2)
    return study


def table_outlet(
    corpus: str | os.PathLike | None, settings: CorpusSettings
) -> tuple[dict[str, str] | None, CorpusSettings]:
    """How a table corpus's own outlet column is read: as the articles' ``credit``.

    A table corpus (``.csv``, ``.jsonl``, ``.parquet``) keeps only the columns the loader
    knows; an ``outlet`` naming another column of the table (``publisher``) is therefore
    loaded as ``credit`` (``columns={"credit": "publisher"}``), and the settings' outlet
    becomes ``credit``. Folder corpora and known columns are left as they are.

    Examples
    --------
    >>> settings = CorpusSettings(label="t", outlet="publisher")
    >>> columns, read = table_outlet("articles.csv", settings)
    >>> columns, read.outlet
    ({'credit': 'publisher'}, 'credit')
    >>> table_outlet("articles", settings)[0] is None
    True
    """
    from analysis.corpus.columns import COLUMNS
    from analysis.corpus.tables import TABLE_READERS

    is_table = corpus is not None and Path(corpus).suffix.lower() in TABLE_READERS
    if not is_table or settings.outlet in COLUMNS:
        return None, settings
    return {"credit": settings.outlet}, replace(settings, outlet="credit")


def palette_record() -> dict | None:
    """The palette the figures are drawn with, as recorded in figure records and the manifest.

    The one place where the palette enters the records: the JSON record of every figure
    saved through :meth:`Study.save_figure` holds it, and ``manifest.json``
    (:mod:`analysis.run`) takes it from those records. :func:`open_study` sets it from the
    corpus (:func:`analysis.figures.palette.palette_of_corpus`), the same in every notebook
    of a run since it depends only on the corpus, the months and the dictionary.
    """
    return current_palette().as_dict()


def record_provenance(record: Path, source: Source | None, *, line: str | None = None) -> None:
    """Add a figure's source and palette to its JSON record (written by ``save_figure``).

    ``source`` is what the figure was drawn from; when it is ``None`` (a figure stamped
    with its own line), only the ``line`` is recorded. The record keeps the layout of
    :func:`analysis.figures.save_figure` (sorted keys, two-space indent), so that reruns
    give the same bytes.
    """
    values = json.loads(record.read_text(encoding="utf-8"))
    described = source.as_dict() if source is not None else {}
    values["source"] = {**described, "line": line or (source.line() if source else None)}
    values["palette"] = palette_record()
    temporary = record.with_name(f".{record.name}.partial")
    temporary.write_text(
        json.dumps(values, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    os.replace(temporary, record)


@dataclass
class MonthSlice:
    """A corpus, the articles of a month range and their mentions (see :func:`load_months`)."""

    dictionary: object
    all_articles: pd.DataFrame
    articles: pd.DataFrame
    mentions: pd.DataFrame
    start: pd.Period | None
    end: pd.Period | None
    all_mentions: pd.DataFrame | None = None


def load_months(
    corpus: str | os.PathLike | None = None,
    *,
    actors: str | os.PathLike | None = None,
    start: str | None = None,
    end: str | None = None,
    cache_dir: str | os.PathLike | None = None,
    cache: bool = True,
    columns: dict[str, str] | None = None,
    voice: str | None = None,
) -> MonthSlice:
    """Load a corpus, find its mentions, and keep the articles of ``[start, end]``.

    The whole corpus is matched (and its mentions cached) once; the month range is a filter
    on it, so that changing the range reuses the cache. ``cache=False`` reads every file and
    finds every mention again, and writes no cache. ``columns`` maps the fields of a table
    corpus to its columns (see :func:`analysis.corpus.read_corpus`). ``voice`` is the corpus's
    voice (its settings' ``voice``), handed to :func:`analysis.find_mentions`.
    """
    from analysis.actors import load_actors
    from analysis.corpus import load_corpus
    from analysis.mentions import find_mentions

    first, last = month_range(start, end)
    dictionary = load_actors(actors)
    options = {"columns": columns} if columns else {}
    all_articles = load_corpus(corpus, cache=cache, cache_dir=cache_dir, **options)
    articles = within_months(all_articles, first, last)
    all_mentions = find_mentions(
        all_articles, dictionary, cache=cache, cache_dir=cache_dir, voice=voice
    )
    inside = all_mentions["doc_id"].isin(articles["doc_id"])
    mentions = all_mentions[inside].reset_index(drop=True)
    return MonthSlice(dictionary, all_articles, articles, mentions, first, last, all_mentions)


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
