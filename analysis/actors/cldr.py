"""Country names from CLDR (through Babel) for the states of the dictionary.

States get their display names in the locales the dictionary chooses, so that the file
lists only the names CLDR lacks (demonyms, capitals, other spellings).
"""

from __future__ import annotations

import csv
import functools
import re

import babel

from analysis import config
from analysis.actors.keys import alias_key
from analysis.actors.merge import Alias, Resolved
from analysis.actors.problems import Problems
from analysis.actors.vocabulary import CLDR_SOURCE

__all__ = ["ISO3166_TABLE", "add_cldr_names"]

#: ISO 3166 codes: CLDR knows territories by alpha-2 code, the dictionary states by alpha-3.
ISO3166_TABLE = config.PACKAGE_DIR / "data" / "iso3166.csv"

# CLDR writes "Trinidad & Tobago"; news write the conjunction. Locales missing here have
# their "&" names skipped.
_CONJUNCTIONS = {"en": "and", "fr": "et"}
_WHITESPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=1)
def _alpha2_by_alpha3() -> dict[str, str]:
    with ISO3166_TABLE.open(encoding="utf-8", newline="") as table:
        return {row["alpha3"]: row["alpha2"] for row in csv.DictReader(table)}


def _clean_cldr_name(name: str, locale: str) -> str | None:
    """A CLDR display name as news write it, or None when it is no text form.

    Examples
    --------
    >>> _clean_cldr_name("Trinidad & Tobago", "en_GB")
    'Trinidad and Tobago'
    >>> _clean_cldr_name("Myanmar (Burma)", "en") is None
    True
    """
    if "(" in name:
        return None
    if "&" in name:
        conjunction = _CONJUNCTIONS.get(locale.split("_")[0])
        if conjunction is None:
            return None
        name = name.replace("&", conjunction)
    return _WHITESPACE.sub(" ", name).strip()


def _cldr_names(alpha2: str, locales: tuple[str, ...]) -> list[str]:
    """The cleaned CLDR names of a territory, one per locale that has a usable one."""
    names = []
    for locale in locales:
        name = babel.Locale.parse(locale).territories.get(alpha2)
        cleaned = _clean_cldr_name(name, locale) if name else None
        if cleaned:
            names.append(cleaned)
    return names


def add_cldr_names(resolved: Resolved, problems: Problems) -> None:
    """Give states with cldr true their CLDR names, unless a curated alias claims them.

    A name claimed by two states goes to neither (the file must say which), and a name
    listed in a state's ``remove_aliases`` is not added; such a removal is marked as used.

    Parameters
    ----------
    resolved : Resolved
        The merged dictionary; its states' aliases are completed in place.
    problems : Problems
        Receives a warning for each state whose alpha-2 code is unknown.
    """
    curated_owner = {
        key: actor.actor_id for actor in resolved.actors.values() for key in actor.aliases
    }
    candidates: dict[str, list[tuple[str, str]]] = {}
    claimants: dict[str, set[str]] = {}
    alpha2_codes = _alpha2_by_alpha3()
    for actor in resolved.actors.values():
        if actor.fields["type"] != "state" or not actor.fields.get("cldr", True):
            continue
        alpha2 = alpha2_codes.get(actor.actor_id)
        if alpha2 is None:
            problems.add(
                actor.place,
                actor.actor_id,
                f"no ISO 3166 alpha-2 code is known for {actor.actor_id!r}, so it gets no CLDR "
                f"names; set cldr: false and list its names under aliases",
                "warning",
            )
            continue
        names = [(alias_key(name), name) for name in _cldr_names(alpha2, resolved.locales)]
        candidates[actor.actor_id] = names
        for name in _cldr_names(alpha2, resolved.all_locales):
            key = alias_key(name)
            if key in actor.removed:
                text, place, _ = actor.removed[key]
                actor.removed[key] = (text, place, True)
        for key, _ in names:
            claimants.setdefault(key, set()).add(actor.actor_id)
    for actor_id, names in candidates.items():
        actor = resolved.actors[actor_id]
        for key, name in names:
            if key in actor.removed:
                text, place, _ = actor.removed[key]
                actor.removed[key] = (text, place, True)
            elif key in actor.aliases or curated_owner.get(key, actor_id) != actor_id:
                continue  # the curated alias wins
            elif len(claimants[key]) == 1:
                actor.aliases[key] = [Alias(name, "name", False, CLDR_SOURCE, actor.where("cldr"))]
