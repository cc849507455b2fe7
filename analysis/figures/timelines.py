"""Timelines: coverage of each actor over time, the base N of each period, dated events.

The figures draw the tables of :mod:`analysis.timeline`. Periods without articles are drawn
as breaks over a light grey band (never as zeros) and periods resting on few articles as
hollow points or faded bars, so that a reader sees what each point rests on.
"""

from __future__ import annotations

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import PercentFormatter

from analysis.figures.style import (
    NEUTRAL_GREY,
    actor_color,
    empty_figure,
    style_context,
)
from analysis.measures import MEASURE_LABELS, require_columns

_GAP_COLOR = "#EEEEEE"
_EVENT_COLOR = "#777777"
_EVENT_LABEL_LENGTH = 60
_EVENT_NUMBER_FONT_SIZE = 7
# Width of one character of an event number, in inches (a digit is about 0.6 em wide).
_EVENT_NUMBER_CHARACTER_INCHES = 0.6 * _EVENT_NUMBER_FONT_SIZE / 72
_LINE_STYLES = ("-", "--", ":", "-.")


def plot_timeline(
    timeline: pd.DataFrame,
    *,
    events: pd.DataFrame | None = None,
    ax: Axes | None = None,
    small_multiples: bool = False,
    title: str | None = None,
    measure: str | None = None,
) -> Figure:
    """Draw an actor timeline: one line per actor, in its fixed colour.

    Periods without articles are breaks in the lines over a light grey band (not zeros);
    points resting on fewer than ``min_articles`` articles are hollow; events are dotted
    vertical lines, numbered above the axes and listed with their date and label in a key
    under the plot (events too close to be told apart share a number range such as
    ``"13–15"``). With ``<measure>_rolling`` in the table, the rolling value is the line and
    the raw values are faint dots.

    The figure is not registered with pyplot: in a notebook it shows when it is the last
    expression of a cell (or through ``display(fig)``), once, and closing it is not needed.

    Parameters
    ----------
    timeline : pandas.DataFrame
        Output of :func:`analysis.timeline.actor_timeline` (its ``attrs["measure"]`` gives
        the y label), or of :func:`analysis.timeline.pair_timeline` and
        :func:`analysis.timeline.kind_sensitivity`, which have the same columns.
    events : pandas.DataFrame, optional
        Output of :func:`analysis.timeline.load_events`; only events within the plotted dates
        are drawn.
    ax : matplotlib.axes.Axes, optional
        Axes to draw into (not with ``small_multiples``).
    small_multiples : bool, default False
        One panel per actor, stacked, sharing both axes.
    title : str, optional
        Figure title.
    measure : {"mentions", "per_1k_words", "share_of_articles"}, optional
        The column drawn; by default the table's own (``attrs["measure"]``), else
        ``mentions``.

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
    ...         "share_of_articles": [0.2, np.nan, 0.5],
    ...         "small_n": [False, False, True],
    ...         "gap": [False, True, False],
    ...     }
    ... )
    >>> fig = plot_timeline(table, title="North Korea", measure="share_of_articles")
    >>> fig.axes[0].get_ylabel()
    'Share of articles'
    """
    measure = measure or timeline.attrs.get("measure") or "mentions"
    require_columns(timeline, ["period", "actor_id", measure, "small_n", "gap"], "timeline")
    if small_multiples and ax is not None:
        raise ValueError("small_multiples=True draws its own panels; do not pass ax with it.")
    # Gaps are breaks in the line, whatever the measure holds there (0 mentions of 0 articles).
    gap = timeline["gap"].to_numpy(dtype=bool)
    rolling = f"{measure}_rolling"
    timeline = timeline.assign(
        _value=timeline[measure].to_numpy(dtype="float64", na_value=np.nan),
        _rolling=timeline[rolling].to_numpy(dtype="float64", na_value=np.nan)
        if rolling in timeline.columns
        else np.nan,
    )
    timeline["_value"] = timeline["_value"].where(~gap)
    timeline.attrs = {
        **timeline.attrs,
        "measure": measure,
        "has_rolling": rolling in timeline.columns,
    }
    actor_ids = list(dict.fromkeys(timeline["actor_id"]))
    if not actor_ids or timeline["_value"].isna().all():
        return empty_figure(
            "Nothing to plot: no article mentions these actors in this range.", title=title
        )
    dated_events = _events_in_range(events, timeline["period"]) if events is not None else None
    n_events = 0 if dated_events is None else len(dated_events)
    # Room under the axes for the event key (two columns of one line each).
    key_height = 0.0 if n_events == 0 else 0.35 + 0.17 * np.ceil(n_events / 2)
    with style_context():
        if small_multiples:
            fig = Figure(figsize=(8, 1.2 + 1.9 * len(actor_ids) + key_height), layout="constrained")
            axes = list(np.atleast_1d(fig.subplots(len(actor_ids), 1, sharex=True, sharey=True)))
        elif ax is None:
            fig = Figure(figsize=(8, 4.5 + key_height), layout="constrained")
            axes = [fig.subplots()]
        else:
            fig = ax.get_figure(root=True)
            axes = [ax]

        groups = [actor_ids] if not small_multiples else [[actor_id] for actor_id in actor_ids]
        for panel, panel_actors in zip(axes, groups, strict=True):
            _draw_gaps(panel, timeline)
            _draw_actor_lines(panel, timeline, panel_actors)
            panel.set_ylim(bottom=0)
            _format_date_axis(panel)
            if small_multiples:
                panel.set_title(_actor_label(timeline, panel_actors[0]), fontsize=11, pad=14)
        if small_multiples:
            fig.supylabel(_y_label(timeline))
        else:
            axes[0].set_ylabel(_y_label(timeline))
        if timeline.attrs.get("measure") == "share_of_articles":
            for panel in axes:
                panel.yaxis.set_major_formatter(PercentFormatter(xmax=1.0))
        if n_events:
            for panel in axes:
                _draw_event_lines(panel, dated_events)
            for panel in axes if small_multiples else axes[:1]:
                _number_events(panel, dated_events)
            _add_event_key(fig, axes[-1], dated_events, own_figure=ax is None)
        handles = _legend_handles(axes[0], timeline, with_actors=not small_multiples)
        if handles:
            axes[0].legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0))
        if title and (small_multiples or ax is None):
            fig.suptitle(title)
        elif title:
            axes[0].set_title(title, pad=14 if n_events else None)
        # Ticks are created lazily; drawing now creates them while the house style applies.
        fig.draw_without_rendering()
    return fig


def plot_articles_per_period(
    table: pd.DataFrame, *, ax: Axes | None = None, title: str | None = None
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
        return empty_figure("Nothing to plot: no dated article in this range.", title=title)
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
        periods = pd.Series(table.index)
        _draw_gaps(ax, pd.DataFrame({"period": periods, "gap": table["gap"].to_numpy()}))
        centres = mdates.date2num(_period_middles(periods))
        widths = (
            (periods.dt.end_time - periods.dt.start_time).dt.total_seconds() / 86400 * 0.8
        ).to_numpy()
        heights = table["n_articles"].to_numpy(dtype="float64", na_value=0)
        small = table["small_n"].to_numpy(dtype=bool)
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
        ax.xaxis_date()
        _format_date_axis(ax)
        ax.set_ylabel("Articles")
        ax.set_ylim(bottom=0)
        handles = _note_handles(table, table.attrs.get("min_articles"), bars=True)
        if handles:
            ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0))
        if title:
            ax.set_title(title)
        fig.draw_without_rendering()
    return fig


# --------------------------------------------------------------------------------------------
# Internals
# --------------------------------------------------------------------------------------------


def _period_middles(periods: pd.Series) -> pd.Series:
    periods = pd.Series(periods)
    return periods.dt.start_time + (periods.dt.end_time - periods.dt.start_time) / 2


def _format_date_axis(ax: Axes) -> None:
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _actor_label(timeline: pd.DataFrame, actor_id: str) -> str:
    if "actor_name" not in timeline.columns:
        return actor_id
    names = timeline.loc[timeline["actor_id"] == actor_id, "actor_name"].dropna()
    return str(names.iloc[0]) if not names.empty else actor_id


def _y_label(timeline: pd.DataFrame) -> str:
    label = MEASURE_LABELS.get(timeline.attrs.get("measure"), "Value")
    window = timeline.attrs.get("rolling")
    if timeline.attrs.get("has_rolling") and window:
        label += f"\n(trailing {window}-period window)"
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


def _draw_actor_lines(ax: Axes, timeline: pd.DataFrame, actor_ids: list[str]) -> None:
    has_rolling = bool(timeline.attrs.get("has_rolling"))
    used_colors: dict[str, int] = {}
    for actor_id in actor_ids:
        rows = timeline[timeline["actor_id"] == actor_id].sort_values("period")
        color = actor_color(actor_id)
        # Colours are fixed per actor, so two actors may share one: vary the line style instead.
        style = _LINE_STYLES[used_colors.get(color, 0) % len(_LINE_STYLES)]
        used_colors[color] = used_colors.get(color, 0) + 1
        x = mdates.date2num(_period_middles(rows["period"]))
        values = rows["_value"].to_numpy(dtype="float64", na_value=np.nan)
        line_values = rows["_rolling"].to_numpy(dtype="float64") if has_rolling else values
        small = rows["small_n"].to_numpy(dtype=bool)
        label = _actor_label(timeline, actor_id)
        ax.plot(x, line_values, color=color, linestyle=style, label=label, gid=actor_id)
        point_alpha = 0.35 if has_rolling else 1.0
        ax.plot(x[~small], values[~small], "o", color=color, alpha=point_alpha, markersize=4)
        ax.plot(
            x[small],
            values[small],
            "o",
            markerfacecolor="white",
            markeredgecolor=color,
            alpha=0.6,
            markersize=5,
        )


def _events_in_range(events: pd.DataFrame, periods: pd.Series) -> pd.DataFrame:
    """Events dated within the plotted periods, sorted, with a ``number`` for the key."""
    require_columns(events, ["date", "label"], "events")
    dates = events["date"]
    if isinstance(dates.dtype, pd.PeriodDtype):
        dates = _period_middles(dates)
    dates = pd.Series(pd.to_datetime(dates).to_numpy(), index=events.index)
    inside = (dates >= min(periods).start_time) & (dates <= max(periods).end_time)
    precision = (
        events["date_precision"]
        if "date_precision" in events.columns
        else pd.Series("day", index=events.index)
    )
    dated = pd.DataFrame(
        {
            "date": dates[inside],
            "label": events.loc[inside, "label"].astype("str"),
            "precision": precision[inside].astype("str"),
        }
    ).sort_values("date", kind="stable")
    dated["number"] = np.arange(1, len(dated) + 1)
    return dated.reset_index(drop=True)


def _draw_event_lines(ax: Axes, events: pd.DataFrame) -> None:
    for date in events["date"]:
        ax.axvline(mdates.date2num(date), color=_EVENT_COLOR, linestyle=":", linewidth=1, zorder=1)


def _number_events(ax: Axes, events: pd.DataFrame) -> None:
    """Write each event's number above the axes; numbers too close to read apart share a label.

    A label starts at its first event's line; the next event joins it (``"13–15"``) while its
    line would fall under the label's text.
    """
    left, right = ax.get_xlim()
    positions = (mdates.date2num(events["date"]) - left) / (right - left)
    numbers = events["number"].to_numpy()
    figure = ax.get_figure(root=True)
    # Constrained layout shrinks the axes later (legend on the right), hence the 0.85 margin.
    axes_width_inches = ax.get_position().width * figure.get_figwidth() * 0.85
    character_fraction = _EVENT_NUMBER_CHARACTER_INCHES / axes_width_inches

    def label(first: int, last: int) -> str:
        return str(numbers[first]) if first == last else f"{numbers[first]}–{numbers[last]}"

    groups: list[list[int]] = []
    for index, position in enumerate(positions):
        if groups:
            first = groups[-1][0]
            label_end = positions[first] + (len(label(first, index)) + 1) * character_fraction
            if position < label_end:
                groups[-1][1] = index
                continue
        groups.append([index, index])
    for first, last in groups:
        ax.text(
            positions[first],
            1.01,
            label(first, last),
            transform=ax.transAxes,
            ha="left",
            va="bottom",
            fontsize=_EVENT_NUMBER_FONT_SIZE,
            color=_EVENT_COLOR,
        )


def _event_key_labels(events: pd.DataFrame) -> list[str]:
    labels = []
    for number, date, precision, text in zip(
        events["number"], events["date"], events["precision"], events["label"], strict=True
    ):
        when = f"{date:%Y-%m-%d}" if precision == "day" else f"{date:%Y-%m}"
        labels.append(f"{number}  {when}  {_shorten(text, _EVENT_LABEL_LENGTH)}")
    return labels


def _add_event_key(fig: Figure, ax: Axes, events: pd.DataFrame, *, own_figure: bool) -> None:
    """List the numbered events under the plot, in two columns."""
    handles = [Line2D([], [], linestyle="none") for _ in range(len(events))]
    options = {
        "ncols": 2,
        "fontsize": 7.5,
        "handlelength": 0,
        "handletextpad": 0,
        "columnspacing": 2.0,
        "labelcolor": _EVENT_COLOR,
        "title": "Events",
        "title_fontsize": 8,
        "alignment": "left",
    }
    if own_figure:
        # "outside" places the key below the axes and lets constrained layout make room.
        fig.legend(handles, _event_key_labels(events), loc="outside lower center", **options)
    else:
        key = Legend(
            ax,
            handles,
            _event_key_labels(events),
            loc="upper center",
            bbox_to_anchor=(0.5, -0.1),
            **options,
        )
        ax.add_artist(key)


def _shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _note_handles(
    table: pd.DataFrame, min_articles: object, *, bars: bool = False
) -> list[Line2D | Patch]:
    handles: list[Line2D | Patch] = []
    if table["small_n"].astype(bool).any():
        label = (
            f"Fewer than {min_articles} articles"
            if isinstance(min_articles, int)
            else "Few articles"
        )
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
        handles.append(Patch(facecolor=_GAP_COLOR, label="No articles"))
    return handles


def _legend_handles(ax: Axes, timeline: pd.DataFrame, *, with_actors: bool) -> list:
    handles: list = []
    if with_actors:
        handles.extend(line for line in ax.get_lines() if not line.get_label().startswith("_"))
    handles.extend(_note_handles(timeline, timeline.attrs.get("min_articles")))
    return handles
