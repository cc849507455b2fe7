"""One colour per actor across every figure of a run, from Paul Tol's colour-blind-safe schemes.

A colour means an actor only if no other actor has it. The nine colours of :data:`PALETTE`
(Tol's *muted* scheme) and dark grey therefore go to ten actors of a corpus and to no one
else: the countries the notebooks follow (:data:`ALWAYS_COLORED`), then the most prominent
others. Every other actor is drawn in :data:`OTHER_COLOR`, a light grey that reads as "not
singled out". The main actors of the project keep pinned colours (:data:`MAIN_ACTOR_COLORS`:
North Korea is always wine red) whenever they are coloured.

A run sets its palette once, from the corpus, and every figure reads it through
:func:`actor_color`::

    from analysis.figures import palette_of_corpus, use_palette

    palette = palette_of_corpus(mentions, articles)   # deterministic: same corpus, same colours
    use_palette(palette)                               # module state read by actor_color
    manifest["palette"] = palette.as_dict()            # {"PRK": "#882255", ...}

Notebooks of a run are separate processes: each calls :func:`use_palette` with the palette of
the same corpus (or with ``Palette.from_dict`` of the manifest's), and gets the same colours.
Without a call, the default palette colours only the main actors.

In line charts colours alone cannot keep series apart (two grey actors, or Russia with and
without demonyms), so :func:`series_styles` adds a line style and a marker, so that no two
series of one figure share colour, line style and marker.

Examples
--------
>>> palette = palette_for(["USA", "FRA", "PRK", "GBR"])
>>> palette.color("PRK"), palette.color("FRA"), palette.color("ZWE")
('#882255', '#332288', '#BBBBBB')
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

#: Paul Tol's "muted" qualitative scheme: indigo, cyan, teal, green, olive, sand, rose, wine,
#: purple. Distinguishable under the common forms of colour blindness.
PALETTE: tuple[str, ...] = (
    "#332288",
    "#88CCEE",
    "#44AA99",
    "#117733",
    "#999933",
    "#DDCC77",
    "#CC6677",
    "#882255",
    "#AA4499",
)

#: Neutral dark grey: a tenth actor colour that stays readable for everyone; also the colour of
#: the article counts under timelines.
NEUTRAL_GREY = "#555555"

#: Actors outside the coloured ones (Tol's grey of the "bright" scheme).
OTHER_COLOR = "#BBBBBB"

#: The colours given to actors, in the order they are handed out.
ACTOR_COLORS: tuple[str, ...] = (*PALETTE, NEUTRAL_GREY)

#: Pinned colour of each main actor, used whenever it is among the coloured actors.
MAIN_ACTOR_COLORS: dict[str, str] = {
    "PRK": "#882255",  # wine
    "KOR": "#332288",  # indigo
    "USA": "#44AA99",  # teal
    "RUS": "#CC6677",  # rose
    "CHN": "#999933",  # olive
    "JPN": "#88CCEE",  # cyan
    "UKR": "#DDCC77",  # sand
    "UN": "#117733",  # green
    "EU": "#AA4499",  # purple
    "NATO": NEUTRAL_GREY,
}

#: Actors coloured whenever a corpus mentions them: the countries the notebooks follow.
ALWAYS_COLORED: tuple[str, ...] = ("PRK", "KOR", "USA", "RUS", "CHN")

#: Colours of alias kinds (Tol's "vibrant" scheme), unlike any actor colour, so that the
#: breakdown by kind is not read as a breakdown by actor.
KIND_COLORS: dict[str, str] = {
    "name": "#0077BB",
    "demonym": "#EE7733",
    "capital": "#33BBEE",
    "institution": "#EE3377",
    "leader": "#009988",
    "epithet": "#CC3311",
}

#: Line styles and markers that keep the series of one figure apart.
LINE_STYLES: tuple[str, ...] = ("-", "--", ":", "-.")
MARKERS: tuple[str, ...] = ("o", "s", "^", "D", "v", "P", "X", "*")


@dataclass(frozen=True)
class SeriesStyle:
    """How one series of a line chart is drawn: colour, line style, marker."""

    color: str
    linestyle: str
    marker: str


@dataclass(frozen=True)
class Palette:
    """The colour of each singled-out actor; every other actor is :data:`OTHER_COLOR`.

    Build it with :func:`palette_for` (from ranked ids) or :func:`palette_of_corpus`.

    Attributes
    ----------
    colors : dict of str to str
        ``#RRGGBB`` of each coloured actor id, most prominent first.
    other : str
        Colour of every other actor.
    """

    colors: dict[str, str] = field(default_factory=dict)
    other: str = OTHER_COLOR

    def color(self, actor_id: str) -> str:
        """The colour of an actor; derived series take their first actor's.

        ``"RUS+PRK"`` (articles mentioning both, :func:`analysis.timeline.pair_timeline`) and
        ``"RUS-without-demonym"`` (:func:`analysis.timeline.kind_sensitivity`) are drawn in
        the colour of ``"RUS"``.
        """
        actor_id = str(actor_id)
        if actor_id in self.colors:
            return self.colors[actor_id]
        first = re.split(r"\+|-without-", actor_id, maxsplit=1)[0]
        return self.colors.get(first, self.other)

    def as_dict(self) -> dict[str, str]:
        """For manifests: each coloured actor id and its colour, plus ``"other"``.

        Examples
        --------
        >>> palette_for(["RUS", "FRA"]).as_dict()
        {'RUS': '#CC6677', 'FRA': '#332288', 'other': '#BBBBBB'}
        """
        return {**self.colors, "other": self.other}

    @classmethod
    def from_dict(cls, colors: Mapping[str, str]) -> Palette:
        """The palette written by :meth:`as_dict` (a manifest's), read back.

        Examples
        --------
        >>> palette = palette_for(["RUS", "FRA"])
        >>> Palette.from_dict(palette.as_dict()) == palette
        True
        """
        colors = dict(colors)
        other = colors.pop("other", OTHER_COLOR)
        return cls(colors=colors, other=other)


def palette_for(
    ranked: Iterable[str],
    *,
    pinned: Mapping[str, str] = MAIN_ACTOR_COLORS,
    always: Iterable[str] = ALWAYS_COLORED,
    colors: Iterable[str] = ACTOR_COLORS,
) -> Palette:
    """Colours for the most prominent actors, in order: the same ranking, the same colours.

    Parameters
    ----------
    ranked : iterable of str
        Actor ids, most prominent first (repeats and derived ids such as ``"RUS+PRK"`` are
        skipped).
    pinned : mapping of str to str, default :data:`MAIN_ACTOR_COLORS`
        Colours kept by these actors whenever they are coloured.
    always : iterable of str, default :data:`ALWAYS_COLORED`
        Actors coloured whenever ``ranked`` holds them, however low they rank.
    colors : iterable of str, default :data:`ACTOR_COLORS`
        The colours handed out; as many actors as colours are coloured.

    Returns
    -------
    Palette
        The actors of ``always`` found in ``ranked``, then the most prominent others, as many
        as there are colours: pinned ones in their colour, the others in the colours left,
        in rank order.

    Examples
    --------
    >>> palette = palette_for(["USA", "FRA", "GBR"])
    >>> palette.colors
    {'USA': '#44AA99', 'FRA': '#332288', 'GBR': '#88CCEE'}
    >>> len(palette_for([f"X{rank}" for rank in range(30)]).colors) == len(ACTOR_COLORS)
    True
    """
    colors = list(dict.fromkeys(colors))
    ids = [
        actor_id
        for actor_id in dict.fromkeys(str(actor_id) for actor_id in ranked)
        if not re.search(r"\+|-without-", actor_id)
    ]
    first = [actor_id for actor_id in always if actor_id in set(ids)]
    chosen = set((first + [actor_id for actor_id in ids if actor_id not in first])[: len(colors)])
    chosen_in_order = [actor_id for actor_id in ids if actor_id in chosen]
    assigned = {
        actor_id: pinned[actor_id]
        for actor_id in chosen_in_order
        if actor_id in pinned and pinned[actor_id] in colors
    }
    free = iter(color for color in colors if color not in set(assigned.values()))
    return Palette(
        colors={actor_id: assigned.get(actor_id) or next(free) for actor_id in chosen_in_order}
    )


def palette_of_corpus(
    mentions,
    articles,
    *,
    pinned: Mapping[str, str] = MAIN_ACTOR_COLORS,
    always: Iterable[str] = ALWAYS_COLORED,
) -> Palette:
    """The palette of a corpus: its countries and organisations ranked by mentions, then its
    other actors (persons, institutions).

    Every notebook of a run that calls this on the same mentions and articles gets the same
    palette. Countries and organisations come first because most figures count at the
    country level (where a country counts the mentions of its people and institutions);
    persons and institutions follow, by their own mentions; ties go by id.

    Parameters
    ----------
    mentions, articles : pandas.DataFrame
        As for :func:`analysis.counts.count_mentions`.
    pinned, always
        As for :func:`palette_for`.

    Returns
    -------
    Palette
    """
    from analysis.counts import count_mentions

    ranked: list[str] = []
    for level in ("country", "actor"):
        table = count_mentions(mentions, articles, by="actor", level=level)
        table = table.sort_values(["mentions", "actor_id"], ascending=[False, True])
        ranked.extend(str(actor_id) for actor_id in table["actor_id"])
    return palette_for(ranked, pinned=pinned, always=always)


DEFAULT_PALETTE = palette_for(MAIN_ACTOR_COLORS)
_active = {"palette": DEFAULT_PALETTE}


def use_palette(palette: Palette | Mapping[str, str] | None) -> Palette:
    """Make ``palette`` the one :func:`actor_color` reads, in this process; returns the old one.

    Parameters
    ----------
    palette : Palette, mapping of str to str, or None
        A :class:`Palette`, a mapping as written by :meth:`Palette.as_dict` (read from a
        run's manifest), or ``None`` for the default palette (the main actors only).

    Examples
    --------
    >>> previous = use_palette(palette_for(["FRA"]))
    >>> actor_color("FRA")
    '#332288'
    >>> _ = use_palette(previous)
    """
    previous = _active["palette"]
    if palette is None:
        palette = DEFAULT_PALETTE
    elif not isinstance(palette, Palette):
        palette = Palette.from_dict(palette)
    _active["palette"] = palette
    return previous


def current_palette() -> Palette:
    """The palette :func:`actor_color` reads (set by :func:`use_palette`)."""
    return _active["palette"]


@contextlib.contextmanager
def palette_context(palette: Palette | Mapping[str, str] | None) -> Iterator[Palette]:
    """Use ``palette`` inside a ``with`` block only."""
    previous = use_palette(palette)
    try:
        yield current_palette()
    finally:
        use_palette(previous)


def actor_color(actor_id: str) -> str:
    """The colour of an actor in the current palette, the same in every figure.

    Parameters
    ----------
    actor_id : str
        Actor id as in the ``actor_id`` column of the mentions table (ISO3 code for states,
        ``"UN"``, ``"EU"``... for organisations, slugs such as ``"kim-jong-un"`` for persons).

    Returns
    -------
    str
        A ``#RRGGBB`` colour: the actor's in the palette set by :func:`use_palette`, its
        first actor's for a derived series, else :data:`OTHER_COLOR`.

    Examples
    --------
    >>> actor_color("KOR")
    '#332288'
    >>> actor_color("RUS+PRK") == actor_color("RUS-without-demonym") == actor_color("RUS")
    True
    >>> actor_color("kim-jong-un") == OTHER_COLOR
    True
    """
    return current_palette().color(actor_id)


def kind_color(kind: str) -> str:
    """The colour of an alias kind (:data:`KIND_COLORS`, grey for any other kind)."""
    return KIND_COLORS.get(str(kind), OTHER_COLOR)


def series_styles(actor_ids: Iterable[str]) -> dict[str, SeriesStyle]:
    """Colour, line style and marker of each series of one figure, never all three shared.

    The colour is the actor's (:func:`actor_color`); series take line styles and markers in
    turn, and a series whose three would repeat an earlier one's takes the next free pair.

    Examples
    --------
    >>> styles = series_styles(["RUS", "RUS-without-demonym"])
    >>> [(style.color, style.linestyle, style.marker) for style in styles.values()]
    [('#CC6677', '-', 'o'), ('#CC6677', '--', 's')]
    """
    styles: dict[str, SeriesStyle] = {}
    used: set[tuple[str, str, str]] = set()
    n_pairs = len(LINE_STYLES) * len(MARKERS)
    for index, actor_id in enumerate(dict.fromkeys(str(actor_id) for actor_id in actor_ids)):
        color = actor_color(actor_id)
        for step in range(n_pairs):
            position = index + step
            # Line style and marker both change from one series to the next, and the pairs
            # run through every combination before one comes back.
            linestyle = LINE_STYLES[(position + position // len(MARKERS)) % len(LINE_STYLES)]
            marker = MARKERS[position % len(MARKERS)]
            if (color, linestyle, marker) not in used:
                break
        used.add((color, linestyle, marker))
        styles[actor_id] = SeriesStyle(color, linestyle, marker)
    return styles
