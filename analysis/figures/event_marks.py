"""Dated events on timelines: only those of the plotted months, and only a few numbered.

Thirty dotted lines and a thirty-row key bury the lines they are meant to explain. A timeline
therefore numbers at most :data:`MAX_EVENT_LABELS` events, those that involve the actors drawn
first, lists them in a key under the plot, and marks every other event of its months with a
small tick at the top of the axes; the key's title says how many events are shown of each kind.
"""

from __future__ import annotations

import re

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from analysis.measures import require_columns

#: Events numbered and listed under a timeline; other events of its months are ticks.
MAX_EVENT_LABELS = 10

EVENT_COLOR = "#777777"
EVENT_LABEL_LENGTH = 60
EVENT_NUMBER_FONT_SIZE = 7
# Width of one character of an event number, in inches (a digit is about 0.6 em wide).
_NUMBER_CHARACTER_INCHES = 0.6 * EVENT_NUMBER_FONT_SIZE / 72


def events_in_range(
    events: pd.DataFrame,
    periods: pd.Series,
    *,
    actors: list[str] | None = None,
    max_labels: int = MAX_EVENT_LABELS,
    months: tuple[str | None, str | None] | None = None,
) -> pd.DataFrame:
    """Events dated within the periods that hold articles, sorted by date, the numbered ones
    chosen.

    Parameters
    ----------
    events : pandas.DataFrame
        From :func:`analysis.events.load_events`: ``date``, ``label``, optionally
        ``date_precision`` and ``actors`` (lists of ids).
    periods : pandas.Series
        The periods plotted that hold articles: an event counts if it falls in one of them
        (not in a period without articles, nor before the first or after the last).
    actors : list of str, optional
        Ids of the series drawn (``"RUS+PRK"`` counts for both): events involving more of
        them are numbered first, then the earliest.
    max_labels : int, default 10
        Events numbered at most.
    months : (str, str), optional
        First and last month of the articles (``YYYY-MM``, as a :class:`Source` holds them):
        a quarter or a year drawn past the last article's month does not bring in the
        events of the months the corpus does not cover.

    Returns
    -------
    pandas.DataFrame
        ``date`` (datetime), ``label``, ``precision`` (``"day"`` or ``"month"``) and ``number``
        (1, 2... in date order for the numbered events, 0 for the others).

    Examples
    --------
    >>> events = pd.DataFrame({"date": pd.to_datetime(["2023-01-20", "2023-02-03", "2024-06-19"]),
    ...     "label": ["One", "Two", "Outside"], "actors": [["USA"], ["PRK"], ["PRK"]]})
    >>> periods = pd.Series(pd.period_range("2023-01", periods=3, freq="M"))
    >>> events_in_range(events, periods, actors=["PRK"], max_labels=1)[["label", "number"]]
      label  number
    0   One       0
    1   Two       1
    """
    require_columns(events, ["date", "label"], "events")
    dates = events["date"]
    if isinstance(dates.dtype, pd.PeriodDtype):
        dates = dates.dt.start_time + (dates.dt.end_time - dates.dt.start_time) / 2
    dates = pd.Series(pd.to_datetime(dates).to_numpy(), index=events.index)
    inside = pd.Series(False, index=events.index)
    for period in sorted(set(periods)):
        inside |= (dates >= period.start_time) & (dates <= period.end_time)
    first, last = months or (None, None)
    if first:
        inside &= dates >= pd.Period(first, freq="M").start_time
    if last:
        inside &= dates <= pd.Period(last, freq="M").end_time
    precision = (
        events["date_precision"]
        if "date_precision" in events.columns
        else pd.Series("day", index=events.index)
    )
    wanted = set()
    for actor_id in actors or []:
        wanted.update(part for part in re.split(r"\+|-without-.*$", str(actor_id)) if part)
    involved = (
        events["actors"].map(lambda ids: len(wanted & set(ids if isinstance(ids, list) else [])))
        if "actors" in events.columns
        else pd.Series(0, index=events.index)
    )
    chosen = pd.DataFrame(
        {
            "date": dates[inside],
            "label": events.loc[inside, "label"].astype("str"),
            "precision": precision[inside].astype("str"),
            "involved": involved[inside].astype("int64"),
        }
    ).sort_values("date", kind="stable")
    chosen = chosen.reset_index(drop=True)
    numbered = chosen.sort_values(["involved", "date"], ascending=[False, True], kind="stable")
    keep = chosen.index.isin(numbered.index[: max(max_labels, 0)])
    chosen["number"] = 0
    chosen.loc[keep, "number"] = np.arange(1, int(keep.sum()) + 1)
    return chosen.drop(columns="involved")


def draw_event_lines(ax: Axes, events: pd.DataFrame) -> None:
    """Dotted vertical lines at the numbered events."""
    for date in events.loc[events["number"] > 0, "date"]:
        ax.axvline(mdates.date2num(date), color=EVENT_COLOR, linestyle=":", linewidth=1, zorder=1)


def draw_event_ticks(ax: Axes, events: pd.DataFrame) -> None:
    """Short ticks hanging from the top of the axes at the events not numbered."""
    others = events.loc[events["number"] == 0, "date"]
    if others.empty:
        return
    ax.plot(
        mdates.date2num(others),
        np.ones(len(others)),
        linestyle="none",
        # A tick hanging down from the top edge, under the row of event numbers.
        marker=3,
        markersize=6,
        color=EVENT_COLOR,
        transform=ax.get_xaxis_transform(),
        clip_on=False,
        gid="event-ticks",
    )


def number_events(ax: Axes, events: pd.DataFrame) -> None:
    """Write each numbered event's number above the axes; numbers too close share a label.

    A label starts at its first event's line; the next event joins it (``"3–5"``) while its
    line would fall under the label's text.
    """
    numbered = events[events["number"] > 0]
    if numbered.empty:
        return
    left, right = ax.get_xlim()
    positions = (mdates.date2num(numbered["date"]) - left) / (right - left)
    numbers = numbered["number"].to_numpy()
    figure = ax.get_figure(root=True)
    # Constrained layout shrinks the axes later (legend on the right), hence the 0.85 margin.
    axes_width_inches = ax.get_position().width * figure.get_figwidth() * 0.85
    character_fraction = _NUMBER_CHARACTER_INCHES / axes_width_inches

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
            fontsize=EVENT_NUMBER_FONT_SIZE,
            color=EVENT_COLOR,
        )


def event_key_title(events: pd.DataFrame) -> str:
    """What the key shows: every event of the months, or how many are numbered and ticked.

    Examples
    --------
    >>> event_key_title(pd.DataFrame({"number": [1, 0, 2, 0]}))
    'Events: 2 of 4 in these months numbered; the other 2 are ticks at the top'
    >>> event_key_title(pd.DataFrame({"number": [1]}))
    'Events in these months: 1'
    """
    numbered = int((events["number"] > 0).sum())
    if numbered == len(events):
        return f"Events in these months: {numbered}"
    return (
        f"Events: {numbered} of {len(events)} in these months numbered; "
        f"the other {len(events) - numbered} are ticks at the top"
    )


def add_event_key(ax: Axes, events: pd.DataFrame, *, below: float = -0.35) -> None:
    """List the numbered events under ``ax``, in two columns, titled by
    :func:`event_key_title`.

    The key belongs to ``ax`` (not to the figure), so that a constrained layout makes room
    for it above the figure's source line.
    """
    numbered = events[events["number"] > 0]
    labels = []
    for number, date, precision, text in zip(
        numbered["number"], numbered["date"], numbered["precision"], numbered["label"], strict=True
    ):
        when = f"{date:%Y-%m-%d}" if precision == "day" else f"{date:%Y-%m}"
        labels.append(f"{number}  {when}  {_shorten(text, EVENT_LABEL_LENGTH)}")
    handles = [Line2D([], [], linestyle="none") for _ in labels]
    key = ax.legend(
        handles,
        labels,
        loc="upper center",
        bbox_to_anchor=(0.5, below),
        ncols=2 if len(labels) > 1 else 1,
        fontsize=7.5,
        handlelength=0,
        handletextpad=0,
        columnspacing=2.0,
        labelcolor=EVENT_COLOR,
        title=event_key_title(events),
        title_fontsize=8,
        alignment="left",
    )
    key.set_gid("event-key")


def _shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"
