"""The actor dictionary: who can be mentioned in the coverage, and the phrases that name them.

The packaged dictionary (``analysis/data/actors.yaml``, documented by the comments at its
top) lists every sovereign state, the main international organisations, institutions and
persons of diplomatic coverage, each with its aliases. States also receive their country
names from CLDR (through Babel) in the locales the file names. A user file in the same
format can extend or override it.

Public API
----------
``load_actors(path=None, *, extend=True)``
    Read, merge and validate dictionaries into an :class:`ActorDictionary` of three tables.
``check_actors(path, *, extend=True)``
    Every :class:`Problem` of a dictionary file, with its line, without raising.
``alias_key(text)``
    The comparison the matcher applies to aliases: two aliases with the same key are the
    same phrase for it.

Modules
-------
``vocabulary``
    Actor types, alias kinds, sources.
``keys``
    :func:`alias_key` and :func:`case_letters`.
``problems``
    :class:`Problem`, :class:`ActorDictionaryError` and the collectors of problems.
``nodes``
    Values out of YAML nodes, each problem at its line.
``parse``
    Reading one YAML file into a layer.
``merge``
    Merging the layers in order.
``cldr``
    Adding the CLDR country names of the states.
``checks``
    Checking the merged dictionary.
``dictionary``
    :class:`ActorDictionary`, its tables, :func:`load_actors` and :func:`check_actors`.
``command``
    What ``python -m analysis actors`` prints: :func:`~analysis.actors.command.check_file`
    and :func:`~analysis.actors.command.describe_dictionary` (its options are read by
    :mod:`analysis.cli`).
"""

from __future__ import annotations

from analysis.actors.dictionary import (
    ActorDictionary,
    ActorDictionaryWarning,
    check_actors,
    load_actors,
)
from analysis.actors.keys import alias_key, case_letters
from analysis.actors.problems import ActorDictionaryError, Problem
from analysis.actors.vocabulary import ACTOR_TYPES, ALIAS_KINDS, KINDS_BY_TYPE, MENTION_KINDS

__all__ = [
    "ACTOR_TYPES",
    "ALIAS_KINDS",
    "KINDS_BY_TYPE",
    "MENTION_KINDS",
    "ActorDictionary",
    "ActorDictionaryError",
    "ActorDictionaryWarning",
    "Problem",
    "alias_key",
    "case_letters",
    "check_actors",
    "load_actors",
]
