"""The fixed vocabulary of an actor dictionary: actor types, alias kinds and sources.

These values appear in the tables of :class:`~analysis.actors.ActorDictionary` and in the
dictionary files, so every module of the package reads them from here.
"""

from __future__ import annotations

__all__ = [
    "ACTOR_TYPES",
    "ALIAS_KINDS",
    "CLDR_SOURCE",
    "DEFAULT_SOURCE",
    "KINDS_BY_TYPE",
    "MENTION_KINDS",
    "TYPE_ORDER",
]

ALIAS_KINDS = ("name", "demonym", "capital", "institution", "leader", "epithet")
#: The kinds of a mention: those of the aliases, ``official`` (a person named with a title
#: that makes them an official of a state or organisation) and ``home`` (the capital or a
#: demonym of the outlet's own country, when the corpus says which it is).
MENTION_KINDS = (*ALIAS_KINDS, "official", "home")
ACTOR_TYPES = ("state", "person", "organisation", "institution")

#: The alias kinds expected for each actor type; other kinds load, with a warning.
KINDS_BY_TYPE = {
    "state": ("name", "demonym", "capital", "epithet"),
    "person": ("leader", "epithet"),
    "organisation": ("name", "epithet"),
    "institution": ("institution", "epithet"),
}

#: The ``source`` of what the packaged dictionary defines.
DEFAULT_SOURCE = "default"
#: The ``source`` of the country names taken from CLDR.
CLDR_SOURCE = "cldr"

#: The order of the rows of ``ActorDictionary.actors``, and of the summary by type.
TYPE_ORDER = {"state": 0, "organisation": 1, "institution": 2, "person": 3}
