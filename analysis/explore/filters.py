"""What the reader asked for: the :class:`Filters` state, its validation and its names.

A :class:`Filters` is small, JSON-able and validated on creation, so that a state written by
:meth:`Filters.to_dict` (in a notebook, a URL, a test) always reads back to the same view.
:func:`export_name` and :func:`describe_filters` turn it into a file name and a caption.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from analysis.figures import safe_name
from analysis.measures import LEVELS, MEASURE_LABELS, check_choice
from analysis.mentions import KINDS
from analysis.relations.types import RELATION_STATUSES, RELATION_TYPES

MEASURES = tuple(MEASURE_LABELS)
"""Measures the timeline and the top-actors chart can show."""


@dataclass(frozen=True)
class Filters:
    """What the reader asked for: a small, JSON-able, validated filter state.

    Parameters
    ----------
    start, end : str, optional
        First and last month kept (``"2023-07"``, inclusive). ``None`` on both sides: no date
        filter (articles without a month stay in view, but not on the timeline).
    actors : tuple of str
        Selected actor ids at ``level`` (``"PRK"``, ``"kim-jong-un"``); empty: none selected.
    level : {"actor", "country", "organisation"}
        ``"country"`` rolls persons and institutions up to their state.
    kinds : tuple of str
        Alias kinds counted, among :data:`analysis.mentions.KINDS` (all by default).
    keyword : str
        Keep the articles containing it, accents and case ignored
        (:func:`analysis.text.fold` on both sides), matched at the start of a word.
    languages, credits : tuple of str, optional
        Keep these languages or photo credits (:data:`NO_CREDIT` for none); ``None``: all.
    measure : {"mentions", "per_1k_words", "share_of_articles"}
        What the timeline and the top-actors chart show.
    focus : str, optional
        Actor whose evidence (KWIC, articles of a month) is shown; by default the first
        timeline actor.
    month : str, optional
        Month whose articles are listed for the ``focus`` actor.
    relation_types : tuple of str, optional
        Relation types counted in the Relations view (:data:`RELATION_TYPES`); ``None``:
        all.
    statuses : tuple of str
        Statuses of the relations counted (:data:`RELATION_STATUSES`), asserted only by
        default.
    dyad : tuple of (source, type, target), optional
        The count whose sentences the Relations view shows; ``None``: the first relations
        in view.

    Examples
    --------
    >>> filters = Filters(start="2023-07", actors=["RUS", "PRK"], kinds="name,capital")
    >>> filters.actors, filters.kinds
    (('RUS', 'PRK'), ('name', 'capital'))
    >>> Filters.from_dict(filters.to_dict()) == filters
    True
    >>> Filters(measure="words")
    Traceback (most recent call last):
    ...
    ValueError: measure='words' is not supported; choose one of ...
    """

    start: str | None = None
    end: str | None = None
    actors: tuple[str, ...] = ()
    level: str = "actor"
    kinds: tuple[str, ...] = KINDS
    keyword: str = ""
    languages: tuple[str, ...] | None = None
    credits: tuple[str, ...] | None = None
    measure: str = "mentions"
    focus: str | None = None
    month: str | None = None
    relation_types: tuple[str, ...] | None = None
    statuses: tuple[str, ...] = ("asserted",)
    dyad: tuple[str, str, str] | None = None

    def __post_init__(self) -> None:
        # Normalised here, so that equal states compare equal and survive a JSON round trip.
        set_field = object.__setattr__
        set_field(self, "start", _month_text(self.start, "start"))
        set_field(self, "end", _month_text(self.end, "end"))
        set_field(self, "month", _month_text(self.month, "month"))
        set_field(self, "actors", _text_tuple(self.actors, "actors"))
        set_field(self, "kinds", _kind_tuple(self.kinds))
        set_field(self, "keyword", "" if self.keyword is None else str(self.keyword).strip())
        for name in ("languages", "credits"):
            value = getattr(self, name)
            set_field(self, name, None if value is None else _text_tuple(value, name))
        check_choice(self.level, LEVELS, "level")
        check_choice(self.measure, MEASURES, "measure")
        if self.relation_types is not None:
            set_field(self, "relation_types", _choices(self.relation_types, RELATION_TYPES, "type"))
        set_field(self, "statuses", _choices(self.statuses, RELATION_STATUSES, "status"))
        if self.dyad is not None:
            dyad = tuple(str(part) for part in self.dyad)
            if len(dyad) != 3 or dyad[1] not in RELATION_TYPES:
                raise ValueError(
                    f"dyad={self.dyad!r} is not a count; write it as [source, type, target], "
                    "for example ['USA', 'ACCUSE', 'PRK']."
                )
            set_field(self, "dyad", dyad)
        if self.focus is not None:
            set_field(self, "focus", str(self.focus))

    def to_dict(self) -> dict[str, object]:
        """The state as a JSON-able dict (lists, strings and ``None`` only).

        Examples
        --------
        >>> Filters(actors=("RUS",)).to_dict()["actors"]
        ['RUS']
        """
        state: dict[str, object] = {}
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            state[field.name] = list(value) if isinstance(value, tuple) else value
        return state

    @classmethod
    def from_dict(cls, state: Mapping[str, object] | Filters | None) -> Filters:
        """Read a state written by :meth:`to_dict`; missing keys take their defaults.

        ``kinds=None`` means every kind (as the notebooks' ``kinds`` parameter).

        Raises
        ------
        ValueError
            On an unknown key or an invalid value, naming it.

        Examples
        --------
        >>> Filters.from_dict({"level": "country", "kinds": None}).kinds == KINDS
        True
        >>> Filters.from_dict({"actor": ["RUS"]})
        Traceback (most recent call last):
        ...
        ValueError: Unknown filter key(s) ['actor']; the keys are ...
        """
        if state is None:
            return cls()
        if isinstance(state, Filters):
            return state
        if not isinstance(state, Mapping):
            raise TypeError(
                f"A filter state is a dict such as Filters().to_dict(), not {type(state).__name__}."
            )
        known = [field.name for field in dataclasses.fields(cls)]
        unknown = sorted(str(key) for key in state if key not in known)
        if unknown:
            raise ValueError(f"Unknown filter key(s) {unknown}; the keys are {known}.")
        values = dict(state)
        if values.get("kinds", KINDS) is None:
            values["kinds"] = KINDS
        return cls(**values)

    def replace(self, **changes: object) -> Filters:
        """A copy with some fields changed (validated again).

        Examples
        --------
        >>> Filters().replace(level="country").level
        'country'
        """
        return dataclasses.replace(self, **changes)


def _month_text(value: object, name: str) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    try:
        return str(pd.Period(value, freq="M"))
    except (ValueError, TypeError):
        raise ValueError(
            f"{name}={value!r} is not a month; write it as YYYY-MM (for example 2023-07)."
        ) from None


def _text_tuple(values: object, name: str) -> tuple[str, ...]:
    if values is None:
        return ()
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, Iterable):
        raise ValueError(f"{name} must be a list of strings, got {values!r}.")
    return tuple(dict.fromkeys(str(value) for value in values))


def _choices(values: object, choices: tuple[str, ...], name: str) -> tuple[str, ...]:
    """Values among ``choices``, in their order, so that a selection has one state."""
    wanted = set(_text_tuple(values, name))
    unknown = sorted(wanted - set(choices))
    if unknown:
        raise ValueError(f"Unknown relation {name}(s) {unknown}; choose among {list(choices)}.")
    return tuple(choice for choice in choices if choice in wanted)


def _kind_tuple(kinds: object) -> tuple[str, ...]:
    if isinstance(kinds, str):
        kinds = [kind.strip() for kind in kinds.split(",") if kind.strip()]
    wanted = set(_text_tuple(kinds, "kinds"))
    unknown = sorted(wanted - set(KINDS))
    if unknown:
        raise ValueError(f"Unknown alias kind(s) {unknown}; choose among {list(KINDS)}.")
    # The order of KINDS, so that the same selection always gives the same state.
    return tuple(kind for kind in KINDS if kind in wanted)


def export_name(filters: Filters) -> str:
    """File name (without extension) of an exported timeline, derived from the filters.

    Passed through :func:`analysis.figures.safe_name`: whatever the keyword or the actor ids,
    the name has no path separator and no ``..``, so it cannot leave the output folder.

    Examples
    --------
    >>> export_name(Filters(start="2023-01", end="2023-12", actors=("RUS", "PRK")))
    'timeline-actor-rus-prk-2023-01-to-2023-12-mentions'
    >>> export_name(Filters(keyword="../../etc/passwd"))
    'timeline-actor-top-actors-all-months-mentions-keyword-etc-passwd'
    """
    parts = ["timeline", filters.level, "-".join(filters.actors) or "top actors"]
    if filters.start is None and filters.end is None:
        parts.append("all months")
    else:
        parts.append(f"{filters.start or 'first'} to {filters.end or 'last'}")
    parts.append(filters.measure)
    if filters.kinds != KINDS:
        parts.append("kinds " + " ".join(filters.kinds) if filters.kinds else "no kinds")
    if filters.keyword:
        parts.append("keyword " + filters.keyword)
    if filters.languages is not None:
        parts.append("languages " + " ".join(filters.languages))
    if filters.credits is not None:
        parts.append("credits " + " ".join(filters.credits))
    try:
        return safe_name(" ".join(parts))
    except ValueError:
        return "timeline"


def describe_filters(filters: Filters) -> str:
    """One sentence describing the filters, used as the caption of an exported figure.

    Examples
    --------
    >>> describe_filters(Filters(actors=("RUS",), keyword="nucléaire"))
    "Mentions per month of RUS (level actor), all months, all alias kinds, keyword 'nucléaire'."
    """
    who = ", ".join(filters.actors) if filters.actors else "the most mentioned actors"
    when = (
        "all months"
        if filters.start is None and filters.end is None
        else f"{filters.start or 'first month'} to {filters.end or 'last month'}"
    )
    kinds = "all alias kinds" if filters.kinds == KINDS else "kinds " + ", ".join(filters.kinds)
    parts = [f"{MEASURE_LABELS[filters.measure]} per month of {who} (level {filters.level})"]
    parts += [when, kinds]
    if filters.keyword:
        parts.append(f"keyword {filters.keyword!r}")
    if filters.languages is not None:
        parts.append("languages " + ", ".join(filters.languages))
    if filters.credits is not None:
        parts.append("credits " + ", ".join(filters.credits))
    return ", ".join(parts) + "."
