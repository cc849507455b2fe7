"""Timelines: coverage of each actor over time, the base N of each period, dated events.

The figures draw the tables of :mod:`analysis.timeline`. Every timeline shows what each point
rests on: a strip of bars under the lines gives the articles of each period, periods without
articles are breaks over a light grey band (never zeros), periods resting on few articles are
hollow points, and shares of articles carry their 95 % Wilson interval as a band. No series can
hide another: each has its own line style and marker (:func:`analysis.figures.series_styles`),
and more than :data:`MAX_SERIES_PER_PANEL` series are drawn as small multiples.
"""

from __future__ import annotations

import re
from dataclasses import replace

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator, PercentFormatter

from analysis.figures.event_marks import (
    MAX_EVENT_LABELS,
    add_event_key,
    draw_event_lines,
    draw_event_ticks,
    events_in_range,
    number_events,
)
from analysis.figures.palette import NEUTRAL_GREY, SeriesStyle, series_styles
from analysis.figures.source import Source, stamp_source
from analysis.figures.style import empty_figure, style_context
from analysis.measures import (
    GAP_LABEL,
    MEASURE_LABELS,
    is_share,
    require_columns,
    small_n_label,
    wilson_interval,
)
from analysis.timeline import rolling_columns

#: Series drawn in one panel at most; more are drawn as small multiples (one panel each).
MAX_SERIES_PER_PANEL = 4

#: Legend wording of the band around shares.
INTERVAL_LABEL = "95% interval (Wilson)"

_GAP_COLOR = "#EEEEEE"
_BAND_ALPHA = 0.15
# Above this many periods, markers would merge into a thick line: only hollow ones are kept.
_MAX_MARKED_PERIODS = 80
_UNIT_WORDS = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}


def plot_timeline(
    timeline: pd.DataFrame,
    *,
    events: pd.DataFrame | None = None,
    ax: Axes | None = None,
    small_multiples: bool | None = None,
    title: str | None = None,
    measure: str | None = None,
    source: Source | str | None = None,
    rolling: int | None = None,
    interval: bool = True,
    show_base: bool = True,
    max_event_labels: int = MAX_EVENT_LABELS,
) -> Figure:
    """Draw an actor timeline: one line per actor, in its colour, over the articles per period.

    Periods without articles are breaks in the lines over a light grey band (not zeros);
    points resting on fewer than ``min_articles`` articles are hollow; shares of articles
    carry their 95 % Wilson interval as a band (not over hollow points, where it would span
    most of the axis); a strip of bars under the lines, sharing
    their x axis, gives the articles of each period. Events of the plotted months are dotted
    vertical lines, numbered above the axes and listed in a key under the plot (at most
    ``max_event_labels``, those involving the actors drawn first; the others are ticks at the
    top). With ``<measure>_rolling`` in the table, or ``rolling``, the smoothed value is the
    line and the values of each period are faint points.

    The figure is not registered with pyplot: in a notebook it shows when it is the last
    expression of a cell (or through ``display(fig)``), once, and closing it is not needed.

    Parameters
    ----------
    timeline : pandas.DataFrame
        Output of :func:`analysis.timeline.actor_timeline` (its ``attrs["measure"]`` gives
        the y label), or of :func:`analysis.timeline.pair_timeline` and
        :func:`analysis.timeline.kind_sensitivity`, which have the same columns.
    events : pandas.DataFrame, optional
        Output of :func:`analysis.events.load_events`; only events within the plotted periods
        that hold articles are drawn (and, with a :class:`Source`, within its months).
    ax : matplotlib.axes.Axes, optional
        Axes to draw into (not with ``small_multiples``); the strip of articles is then an
        inset under it.
    small_multiples : bool, optional
        One panel per actor, stacked, sharing both axes. By default, when there are more than
        :data:`MAX_SERIES_PER_PANEL` actors (and no ``ax``).
    title : str, optional
        Figure title.
    measure : {"mentions", "per_1k_words", "share_of_articles"}, optional
        The column drawn; by default the table's own (``attrs["measure"]``), else
        ``mentions``.
    source : Source or str, optional
        The source line written under the figure (:func:`analysis.figures.stamp_source`).
    rolling : int, optional
        Draw a centred window of ``rolling`` periods as the line
        (:func:`analysis.timeline.rolling_columns`: pooled rates, the band its Wilson
        interval). By default a ``<measure>_rolling`` column of the table is drawn if any.
    interval : bool, default True
        Draw the Wilson interval of shares of articles.
    show_base : bool, default True
        Draw the strip of articles per period (needs ``n_articles``).
    max_event_labels : int, default 10
        Events numbered and listed at most.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> table = pd.DataFrame(
    ...     {
    ...         "period": pd.period_range("2023-01", periods=3, freq="M"),
    ...         "actor_id": ["PRK"] * 3,
    ...         "actor_name": ["North Korea"] * 3,
    ...         "articles_mentioning": [1, 0, 2],
    ...         "n_articles": [5, 0, 4],
    ...         "share_of_articles": [0.2, np.nan, 0.5],
    ...         "small_n": [False, False, True],
    ...         "gap": [False, True, False],
    ...     }
    ... )
    >>> fig = plot_timeline(table, title="North Korea", measure="share_of_articles")
    >>> fig.axes[0].get_ylabel(), fig.axes[1].get_ylabel()
    ('Share of articles', 'Articles')
    """
    measure = measure or timeline.attrs.get("measure") or "mentions"
    require_columns(timeline, ["period", "actor_id", measure, "small_n", "gap"], "timeline")
    if small_multiples and ax is not None:
        raise ValueError("small_multiples=True draws its own panels; do not pass ax with it.")
    actor_ids = [str(actor_id) for actor_id in dict.fromkeys(timeline["actor_id"])]
    table = _prepared(timeline, measure, rolling, interval=interval)
    if not actor_ids or table["_value"].isna().all():
        return empty_figure(
            "Nothing to plot: no article mentions these actors in this range.",
            title=title,
            source=source,
        )
    if small_multiples is None:
        small_multiples = ax is None and len(actor_ids) > MAX_SERIES_PER_PANEL
    dated_events = None
    if events is not None:
        held = table.loc[~table["gap"].to_numpy(dtype=bool), "period"]
        months = (source.first, source.last) if isinstance(source, Source) else None
        dated_events = events_in_range(
            events, held, actors=actor_ids, max_labels=max_event_labels, months=months
        )
    has_events = dated_events is not None and not dated_events.empty
    n_numbered = int((dated_events["number"] > 0).sum()) if has_events else 0
    with_base = show_base and "n_articles" in table.columns
    with style_context():
        fig, panels, strip = _layout(
            ax,
            n_panels=len(actor_ids) if small_multiples else 1,
            with_base=with_base,
            key_height=0.0 if not has_events else 0.45 + 0.17 * np.ceil(n_numbered / 2),
        )
        groups = [[actor_id] for actor_id in actor_ids] if small_multiples else [actor_ids]
        styles = series_styles(actor_ids)
        if small_multiples:
            # Alone in its panel, a series needs no dashes to stand apart.
            styles = {key: replace(style, linestyle="-") for key, style in styles.items()}
        for panel, panel_actors in zip(panels, groups, strict=True):
            _draw_gaps(panel, table)
            for position, actor_id in enumerate(panel_actors):
                _draw_series(panel, table, actor_id, styles[actor_id], position, len(panel_actors))
            panel.set_ylim(bottom=0)
            _format_date_axis(panel)
            if is_share(measure):
                panel.yaxis.set_major_formatter(PercentFormatter(xmax=1.0, decimals=0))
            if small_multiples:
                panel.set_title(_actor_label(table, panel_actors[0]), fontsize=11, pad=14)
        if strip is not None:
            _draw_base_strip(strip, table)
        if small_multiples:
            fig.supylabel(_y_label(table))
        else:
            panels[0].set_ylabel(_y_label(table))
        if has_events:
            for panel in panels:
                draw_event_lines(panel, dated_events)
            draw_event_ticks(panels[0], dated_events)
            number_events(panels[0], dated_events)
            under = strip if strip is not None else panels[-1]
            # Half an inch under the axes clears their date labels (two lines at most).
            height = under.get_position().height * fig.get_figheight()
            add_event_key(under, dated_events, below=-0.5 / max(height, 0.1))
        handles = _legend_handles(table, styles, with_actors=not small_multiples)
        if handles:
            panels[0].legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0))
        if title and ax is None:
            fig.suptitle(title)
        elif title:
            panels[0].set_title(title, pad=14 if has_events else None)
        stamp_source(fig, source)
        # Ticks are created lazily; drawing now creates them while the house style applies.
        fig.draw_without_rendering()
    return fig


def plot_articles_per_period(
    table: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    source: Source | str | None = None,
) -> Figure:
    """Bar chart of the articles per period: how many articles each period rests on.

    Bars of periods with fewer than ``min_articles`` articles are faded and hatched; periods
    without any article are shaded light grey.

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`analysis.timeline.articles_per_period` (``period`` index,
        ``n_articles``, ``gap``, ``small_n``).
    ax : matplotlib.axes.Axes, optional
        Axes to draw into; a new figure by default.
    title : str, optional
        Title of the axes.
    source : Source or str, optional
        The source line written under the figure (:func:`analysis.figures.stamp_source`).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> table = pd.DataFrame(
    ...     {
    ...         "n_articles": pd.array([12, 0, 3], dtype="Int64"),
    ...         "gap": [False, True, False],
    ...         "small_n": [False, False, True],
    ...     },
    ...     index=pd.period_range("2023-01", periods=3, freq="M", name="period"),
    ... )
    >>> fig = plot_articles_per_period(table)
    >>> [round(bar.get_height()) for bars in fig.axes[0].containers for bar in bars]
    [12, 0, 3]
    """
    require_columns(table, ["n_articles", "gap", "small_n"], "articles-per-period")
    if table.empty and ax is None:
        return empty_figure(
            "Nothing to plot: no dated article in this range.", title=title, source=source
        )
    if not isinstance(table.index, pd.PeriodIndex):
        raise ValueError(
            "The table must be indexed by period, as returned by articles_per_period; "
            f"got a {type(table.index).__name__}."
        )
    with style_context():
        if ax is None:
            fig = Figure(layout="constrained")
            ax = fig.subplots()
        else:
            fig = ax.get_figure(root=True)
        rows = pd.DataFrame(
            {
                "period": pd.Series(table.index),
                "n_articles": table["n_articles"].to_numpy(dtype="float64", na_value=0),
                "gap": table["gap"].to_numpy(dtype=bool),
                "small_n": table["small_n"].to_numpy(dtype=bool),
            }
        )
        rows.attrs = dict(table.attrs)
        _draw_gaps(ax, rows)
        _draw_article_bars(ax, rows)
        ax.xaxis_date()
        _format_date_axis(ax)
        ax.set_ylabel(MEASURE_LABELS["n_articles"])
        ax.set_ylim(bottom=0)
        handles = _note_handles(rows, bars=True)
        if handles:
            ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0))
        if title:
            ax.set_title(title)
        stamp_source(fig, source)
        fig.draw_without_rendering()
    return fig


# --------------------------------------------------------------------------------------------
# Internals
# --------------------------------------------------------------------------------------------


def _prepared(
    timeline: pd.DataFrame, measure: str, rolling: int | None, *, interval: bool
) -> pd.DataFrame:
    """The rows to draw, sorted by period, with ``_value`` (NaN in gaps), ``_line`` (what the
    line follows) and ``_low``/``_high`` (the band, NaN without one)."""
    table = timeline.sort_values("period", kind="stable").copy()
    table.attrs = dict(timeline.attrs)
    gap = table["gap"].to_numpy(dtype=bool)
    table["_value"] = np.where(gap, np.nan, _floats(table[measure]))
    own_rolling = f"{measure}_rolling"
    if rolling is not None:
        smoothed = rolling_columns(table, measure, rolling, center=True)
        line_column = own_rolling
        table.attrs.update(rolling=rolling, rolling_center=True)
    else:
        smoothed = table
        line_column = own_rolling if own_rolling in table.columns else None
    table.attrs["measure"] = measure
    table.attrs["smoothed"] = line_column is not None
    table["_line"] = table["_value"] if line_column is None else _floats(smoothed[line_column])
    low, high = np.full(len(table), np.nan), np.full(len(table), np.nan)
    if interval and is_share(measure):
        prefix = line_column or measure
        if f"{prefix}_low" in smoothed.columns:
            low, high = _floats(smoothed[f"{prefix}_low"]), _floats(smoothed[f"{prefix}_high"])
        elif line_column is None and {"articles_mentioning", "n_articles"} <= set(table.columns):
            low, high = wilson_interval(table["articles_mentioning"], table["n_articles"])
    # Over a handful of articles the interval spans most of the axis and would bury the other
    # series; those points are hollow, and the strip of articles says why.
    hidden = gap | (table["small_n"].to_numpy(dtype=bool) & (line_column is None))
    table["_low"], table["_high"] = np.where(hidden, np.nan, low), np.where(hidden, np.nan, high)
    return table


def _floats(values) -> np.ndarray:
    return pd.Series(values).to_numpy(dtype="float64", na_value=np.nan)


def _layout(
    ax: Axes | None, *, n_panels: int, with_base: bool, key_height: float
) -> tuple[Figure, list[Axes], Axes | None]:
    """The figure, its panels (top down) and the strip of articles under them (or None)."""
    if ax is not None:
        fig = ax.get_figure(root=True)
        if not with_base:
            return fig, [ax], None
        strip = ax.inset_axes((0.0, -0.42, 1.0, 0.26), sharex=ax)
        ax.tick_params(labelbottom=False)
        return fig, [ax], strip
    panel_height = 3.6 if n_panels == 1 else 1.7
    strip_height = 0.9 if with_base else 0.0
    height = 1.0 + panel_height * n_panels + strip_height + key_height
    fig = Figure(figsize=(8, height), layout="constrained")
    ratios = [panel_height] * n_panels + ([strip_height] if with_base else [])
    axes = list(np.atleast_1d(fig.subplots(len(ratios), 1, sharex=True, height_ratios=ratios)))
    panels = axes[:n_panels]
    for panel in panels[1:]:
        panel.sharey(panels[0])
    return fig, panels, axes[n_panels] if with_base else None


def _period_middles(periods: pd.Series) -> pd.Series:
    periods = pd.Series(periods)
    return periods.dt.start_time + (periods.dt.end_time - periods.dt.start_time) / 2


class _DateFormatter(mdates.ConciseDateFormatter):
    """Concise dates ("Mar", "Jul", "2022"), with the year on the first tick too, so that the
    months before the first new year are not left without one."""

    def format_ticks(self, values):
        labels = list(super().format_ticks(values))
        if labels and not re.search(r"\d{4}", labels[0]):
            labels[0] = f"{labels[0]}\n{mdates.num2date(values[0]):%Y}"
        return labels


def _format_date_axis(ax: Axes) -> None:
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(_DateFormatter(locator, show_offset=False))


def _actor_label(timeline: pd.DataFrame, actor_id: str) -> str:
    if "actor_name" not in timeline.columns:
        return actor_id
    names = timeline.loc[timeline["actor_id"] == actor_id, "actor_name"].dropna()
    return str(names.iloc[0]) if not names.empty else actor_id


def _y_label(timeline: pd.DataFrame) -> str:
    measure = timeline.attrs.get("measure")
    label = MEASURE_LABELS.get(measure, "Mentions")
    window = timeline.attrs.get("rolling")
    if timeline.attrs.get("smoothed") and window:
        unit = _UNIT_WORDS.get(str(timeline.attrs.get("unit") or "M")[:1], "period")
        kind = "centred" if timeline.attrs.get("rolling_center") else "trailing"
        label += f"\n({kind} {window}-{unit} window)"
    return label


def _draw_gaps(ax: Axes, table: pd.DataFrame) -> None:
    gap_periods = sorted(set(table.loc[table["gap"].astype(bool), "period"]))
    # Adjacent gap periods merge into one band, so a long hole reads as a single hole.
    spans: list[list[pd.Timestamp]] = []
    for period in gap_periods:
        start, end = period.start_time, period.end_time
        if spans and start - spans[-1][1] <= pd.Timedelta(seconds=1):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    for start, end in spans:
        ax.axvspan(mdates.date2num(start), mdates.date2num(end), color=_GAP_COLOR, zorder=0, lw=0)


def _draw_series(
    ax: Axes, table: pd.DataFrame, actor_id: str, style: SeriesStyle, position: int, of: int
) -> None:
    """One series: its line, its points (hollow on few articles) and its interval.

    Alone in its panel, or smoothed, a series has its interval as a band. Among others,
    the jagged bands of raw periods would bury each other, so each series is shifted a little
    within its periods and its interval drawn as thin whiskers.
    """
    rows = table[table["actor_id"] == actor_id]
    periods = pd.Series(rows["period"])
    widths = (periods.dt.end_time - periods.dt.start_time).dt.total_seconds().to_numpy() / 86400
    smoothed = bool(table.attrs.get("smoothed"))
    whiskers = of > 1 and not smoothed
    shift = 0.4 * ((position + 0.5) / of - 0.5) if whiskers else 0.0
    x = mdates.date2num(_period_middles(periods)) + shift * widths
    values = rows["_value"].to_numpy(dtype="float64")
    line = rows["_line"].to_numpy(dtype="float64")
    low, high = rows["_low"].to_numpy(dtype="float64"), rows["_high"].to_numpy(dtype="float64")
    small = rows["small_n"].to_numpy(dtype=bool)
    marked = len(rows) <= _MAX_MARKED_PERIODS
    if not np.isnan(low).all():
        if whiskers:
            ax.vlines(x, low, high, color=style.color, alpha=0.5, linewidth=0.9, zorder=2)
        else:
            alpha = _BAND_ALPHA if of == 1 else _BAND_ALPHA * 0.6
            ax.fill_between(x, low, high, color=style.color, alpha=alpha, linewidth=0, zorder=1.5)
    filled = np.flatnonzero(~small & ~np.isnan(values)).tolist()
    ax.plot(
        x,
        line,
        color=style.color,
        linestyle=style.linestyle,
        marker=style.marker,
        markevery=[] if smoothed or not marked else filled,
        markersize=4.5,
        label=_actor_label(table, actor_id),
        gid=actor_id,
        zorder=3,
    )
    if smoothed and marked:
        keep = ~small
        ax.plot(x[keep], values[keep], style.marker, color=style.color, alpha=0.3, markersize=3)
    ax.plot(
        x[small],
        values[small],
        style.marker,
        markerfacecolor="white",
        markeredgecolor=style.color,
        alpha=0.8,
        markersize=5,
        zorder=3,
    )


def _draw_article_bars(ax: Axes, rows: pd.DataFrame) -> None:
    periods = pd.Series(rows["period"])
    centres = mdates.date2num(_period_middles(periods))
    widths = (
        (periods.dt.end_time - periods.dt.start_time).dt.total_seconds() / 86400 * 0.8
    ).to_numpy()
    heights = rows["n_articles"].to_numpy(dtype="float64", na_value=0)
    small = rows["small_n"].to_numpy(dtype=bool)
    ax.bar(centres[~small], heights[~small], widths[~small], color=NEUTRAL_GREY)
    ax.bar(
        centres[small],
        heights[small],
        widths[small],
        color=NEUTRAL_GREY,
        alpha=0.35,
        hatch="///",
        edgecolor="white",
    )


def _draw_base_strip(strip: Axes, table: pd.DataFrame) -> None:
    """The articles of each period (every actor of a timeline has the same base)."""
    first = table["actor_id"].iloc[0]
    rows = table.loc[table["actor_id"] == first, ["period", "n_articles", "gap", "small_n"]]
    _draw_gaps(strip, rows)
    _draw_article_bars(strip, rows)
    strip.set_ylabel(MEASURE_LABELS["n_articles"], fontsize=9)
    strip.set_ylim(bottom=0)
    strip.yaxis.set_major_locator(MaxNLocator(nbins=2, integer=True))
    strip.tick_params(axis="y", labelsize=8)
    _format_date_axis(strip)


def _note_handles(table: pd.DataFrame, *, bars: bool = False) -> list[Line2D | Patch]:
    handles: list[Line2D | Patch] = []
    if table["small_n"].astype(bool).any():
        label = small_n_label(table.attrs.get("min_articles"))
        if bars:
            handles.append(
                Patch(
                    facecolor=NEUTRAL_GREY, alpha=0.35, hatch="///", edgecolor="white", label=label
                )
            )
        else:
            handles.append(
                Line2D(
                    [],
                    [],
                    marker="o",
                    linestyle="",
                    markerfacecolor="white",
                    markeredgecolor=NEUTRAL_GREY,
                    label=label,
                )
            )
    if table["gap"].astype(bool).any():
        handles.append(Patch(facecolor=_GAP_COLOR, label=GAP_LABEL))
    return handles


def _legend_handles(
    table: pd.DataFrame, styles: dict[str, SeriesStyle], *, with_actors: bool
) -> list:
    handles: list = []
    if with_actors:
        handles.extend(
            Line2D(
                [],
                [],
                color=style.color,
                linestyle=style.linestyle,
                marker=style.marker,
                markersize=4.5,
                label=_actor_label(table, actor_id),
                gid=actor_id,
            )
            for actor_id, style in styles.items()
        )
    if table["_low"].notna().any():
        if with_actors and len(styles) > 1 and not table.attrs.get("smoothed"):
            handles.append(
                Line2D(
                    [],
                    [],
                    linestyle="none",
                    marker="|",
                    markersize=10,
                    color=NEUTRAL_GREY,
                    label=INTERVAL_LABEL,
                )
            )
        else:
            handles.append(
                Patch(facecolor=NEUTRAL_GREY, alpha=_BAND_ALPHA + 0.1, label=INTERVAL_LABEL)
            )
    handles.extend(_note_handles(table))
    return handles
