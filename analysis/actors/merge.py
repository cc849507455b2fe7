"""Merging the layers of a dictionary, the packaged files first, into one set of actors.

A later layer changes what an earlier one wrote: it adds actors, fields, roles, aliases and
exclusions, and takes them away with ``remove_*`` and ``replace: true``. Aliases are kept by
:func:`~analysis.actors.alias_key`, so that an alias written again in another spelling
replaces the earlier one instead of doubling it; roles are kept by title and months, so that
a role written again (with a source, say) replaces the earlier one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.actors.keys import alias_key, case_letters
from analysis.actors.parse import ActorEntry, Layer
from analysis.actors.problems import Place, Problems

__all__ = [
    "Actor",
    "Alias",
    "Resolved",
    "all_aliases",
    "merge_layers",
    "merge_roles",
    "same_phrase",
]


@dataclass
class Alias:
    """One alias of the merged dictionary.

    Attributes
    ----------
    text : str
        The alias as written.
    kind : str
        One of :data:`~analysis.actors.ALIAS_KINDS`.
    case_sensitive : bool
        Whether it matches only text in the same case.
    source : str
        ``"default"``, ``"cldr"`` or the name of the user file that wrote it.
    place : Place
        Where it was written (for CLDR names, where the state asked for them).
    dated : bool
        Whether it counts only in articles dated within one of the actor's roles.
    """

    text: str
    kind: str
    case_sensitive: bool
    source: str
    place: Place
    dated: bool = False


def same_phrase(first: Alias, second: Alias) -> bool:
    """Whether two aliases with the same key match the same text.

    Parameters
    ----------
    first, second : Alias
        Two aliases whose :func:`~analysis.actors.alias_key` is equal.

    Returns
    -------
    bool
        False only when both are case-sensitive and written in different cases.

    Examples
    --------
    >>> from pathlib import Path
    >>> place = Place(0, Path("mine.yaml"), 1)
    >>> north = Alias("le Nord", "epithet", True, "default", place)
    >>> same_phrase(north, Alias("Le Nord", "epithet", True, "default", place))
    False
    >>> same_phrase(north, Alias("Le Nord", "epithet", False, "default", place))
    True
    """
    both_case_sensitive = first.case_sensitive and second.case_sensitive
    return not both_case_sensitive or case_letters(first.text) == case_letters(second.text)


@dataclass
class Actor:
    """One actor of the merged dictionary.

    Attributes
    ----------
    actor_id : str
        Its id.
    source : str
        ``"default"`` or the name of the user file that defined or last changed it.
    place : Place
        Where it was last defined or changed.
    fields : dict
        ``name``, ``type`` and whichever of ``country``, ``organisation``, ``cldr`` and
        ``roles`` were given; later layers override earlier ones field by field, except
        ``roles``, which add up (see :func:`merge_roles`).
    places : dict of Place
        Where each of ``fields`` was written.
    aliases : dict of list of Alias
        By :func:`~analysis.actors.alias_key`.
    removed : dict of (str, Place, bool)
        Keys taken away by ``remove_aliases``, with the text and place of the removal and
        whether it removed anything.
    """

    actor_id: str
    source: str
    place: Place
    fields: dict[str, object] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    # Several aliases share a key only when all are case-sensitive with different cases
    # (le Nord, Le Nord).
    aliases: dict[str, list[Alias]] = field(default_factory=dict)
    # A later layer adding the alias back drops its key, so that the removal is not
    # reported as useless.
    removed: dict[str, tuple[str, Place, bool]] = field(default_factory=dict)

    def where(self, name: str) -> Place:
        """Where the field ``name`` was written, or where the actor was, without the field."""
        return self.places.get(name, self.place)


@dataclass
class Resolved:
    """The merged dictionary, before it becomes tables.

    Attributes
    ----------
    actors : dict of Actor
        By id.
    exclusions : dict of (str, bool, Place)
        Phrase, case-sensitive flag and place of each exclusion, by its alias key.
    locales : tuple of str
        The CLDR locales chosen by the last layer that chose some.
    all_locales : tuple of str
        Every locale some layer named.
    """

    actors: dict[str, Actor]
    exclusions: dict[str, tuple[str, bool, Place]]
    locales: tuple[str, ...]
    # A removal of a CLDR name of any of these is no mistake, even when a later layer chose
    # other locales.
    all_locales: tuple[str, ...] = ()


def merge_layers(layers: list[Layer], problems: Problems) -> Resolved:
    """Merge parsed layers in order, each changing what the earlier ones wrote.

    Parameters
    ----------
    layers : list of Layer
        The files read, the packaged dictionary first.
    problems : Problems
        Receives what merging reveals: duplicate ids, actors without name or type,
        repeated aliases and exclusions, removals that remove nothing.

    Returns
    -------
    Resolved
        The merged actors and exclusions, without the CLDR names yet.
    """
    actors: dict[str, Actor] = {}
    exclusions: dict[str, tuple[str, bool, Place]] = {}
    locales: tuple[str, ...] = ()
    all_locales: dict[str, None] = {}
    for number, layer in enumerate(layers):
        if layer.cldr_locales is not None:
            locales = layer.cldr_locales
            all_locales.update(dict.fromkeys(locales))
        for actor_id, line in layer.remove_actors:
            if actors.pop(actor_id, None) is None:
                problems.add(
                    Place(number, layer.path, line),
                    "remove_actors",
                    f"no earlier actor has the id {actor_id!r}; nothing removed",
                    "warning",
                )
        seen: dict[str, int] = {}
        for entry in layer.actors:
            _merge_entry(entry, number, layer, actors, seen, problems)
        for phrase, line in layer.remove_exclusions:
            if exclusions.pop(alias_key(phrase), None) is None:
                problems.add(
                    Place(number, layer.path, line),
                    "remove_exclusions",
                    f"no earlier exclusion is {phrase!r}; nothing removed",
                    "warning",
                )
        for phrase, case_sensitive, line in layer.exclusions:
            key = alias_key(phrase)
            place = Place(number, layer.path, line)
            previous = exclusions.get(key)
            if previous is not None and previous[2].layer == number:
                problems.add(
                    place,
                    "exclusions",
                    f"{phrase!r} repeats the exclusion of line {previous[2].line}; keep one",
                    "warning",
                )
                continue
            exclusions[key] = (phrase, case_sensitive, place)
    return Resolved(actors, exclusions, locales, tuple(all_locales))


def _merge_entry(
    entry: ActorEntry,
    number: int,
    layer: Layer,
    actors: dict[str, Actor],
    seen: dict[str, int],
    problems: Problems,
) -> None:
    """Apply one entry of layer ``number`` to ``actors``; ``seen`` holds the layer's ids."""
    actor_id = entry.actor_id
    place = Place(number, layer.path, entry.line)
    if actor_id in seen:
        problems.add(
            place,
            actor_id,
            f"duplicate id: already defined on line {seen[actor_id]}; merge the two entries",
        )
        return
    seen[actor_id] = entry.line
    existing = actors.get(actor_id)
    if existing is None or entry.replace:
        required = ("name", "type")
        if any(name in entry.invalid for name in required):
            return  # already reported where the value is written
        missing = [name for name in required if name not in entry.fields]
        if missing:
            problems.add(
                place,
                actor_id,
                f"missing {' and '.join(missing)}: a new actor needs id, name and type"
                + (" (replace: true starts the actor afresh)" if existing is not None else ""),
            )
            return
        if entry.replace and existing is None:
            problems.add(
                place,
                f"{actor_id}.replace",
                "no earlier actor has this id, so there is nothing to replace",
                "warning",
            )
        actor = Actor(actor_id=actor_id, source=layer.source, place=place)
        actors[actor_id] = actor
    else:
        actor = existing
        actor.source, actor.place = layer.source, place
    for name, value in entry.fields.items():
        if name == "roles" and actor.fields.get("roles"):
            value = merge_roles(actor.fields["roles"], value)
        actor.fields[name] = value
        actor.places[name] = Place(number, layer.path, entry.field_lines[name])
    for text, line in entry.remove_aliases:
        key = alias_key(text)
        found = actor.aliases.pop(key, None) is not None
        actor.removed[key] = (text, Place(number, layer.path, line), found)
    for entry_alias in entry.aliases:
        key = alias_key(entry_alias.text)
        alias = Alias(
            entry_alias.text,
            entry_alias.kind,
            entry_alias.case_sensitive,
            layer.source,
            Place(number, layer.path, entry_alias.line),
            entry_alias.dated,
        )
        kept = actor.aliases.get(key, [])
        same = [previous for previous in kept if same_phrase(previous, alias)]
        if same and same[0].place.layer == number:
            problems.add(
                alias.place,
                f"{actor_id}.aliases.{alias.kind}",
                f"{alias.text!r} is the same as {same[0].text!r} (line {same[0].place.line}) "
                f"for the matcher, which ignores case, accents and punctuation such as "
                f"apostrophes and hyphens; keep one",
                "warning",
            )
            continue
        # A later file's alias replaces an earlier one (its kind or case may differ).
        actor.aliases[key] = [previous for previous in kept if previous not in same] + [alias]
        actor.removed.pop(key, None)


def merge_roles(earlier: list[dict], later: list[dict]) -> list[dict]:
    """The roles of an actor after a later layer added some: the earlier ones, then the new.

    A later role with the same title and months as an earlier one takes its place (it may
    add a source or a note); the others are added after the earlier roles, so that the
    dated roles of ``officeholders.yaml`` complete those of ``actors.yaml`` instead of
    replacing them. ``replace: true`` starts an actor afresh, roles included.

    Parameters
    ----------
    earlier, later : list of dict
        Roles as :func:`~analysis.actors.parse.read_layer` reads them.

    Returns
    -------
    list of dict
        A new list.

    Examples
    --------
    >>> old = [{"title": "President", "from": "2017-05", "to": None, "source": None}]
    >>> new = [{"title": "President", "from": "2017-05", "to": None, "source": "curated"},
    ...        {"title": "head of state", "from": "2017-05", "to": None, "source": "curated"}]
    >>> [(role["title"], role["source"]) for role in merge_roles(old, new)]
    [('President', 'curated'), ('head of state', 'curated')]
    """
    later_by_key = {_role_key(role): role for role in later}
    merged = [later_by_key.pop(_role_key(role), role) for role in earlier]
    return merged + [role for role in later if _role_key(role) in later_by_key]


def _role_key(role: dict) -> tuple[object, object, object]:
    """What makes two roles the same: title and months."""
    return role["title"], role["from"], role["to"]


def all_aliases(actor: Actor) -> list[Alias]:
    """Every alias of an actor, in the order of their keys."""
    return [alias for aliases in actor.aliases.values() for alias in aliases]
