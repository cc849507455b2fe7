"""Checks of the merged dictionary: what no single file reveals.

Ids of the right shape, countries and organisations that are actors of the dictionary,
organisations part of themselves through others, aliases claimed by two actors, fields that
mean nothing for an actor's type, dated aliases of actors without roles.
"""

from __future__ import annotations

import re

from analysis.actors.keys import alias_key
from analysis.actors.merge import Actor, Alias, Resolved, all_aliases, same_phrase
from analysis.actors.patterns import is_pattern, pattern_problem
from analysis.actors.problems import Problems
from analysis.actors.vocabulary import KINDS_BY_TYPE

__all__ = ["check_resolved"]

_ID_PATTERNS = {
    "state": (re.compile(r"[A-Z]{3}"), "an ISO 3166-1 alpha-3 code such as PRK"),
    "organisation": (re.compile(r"[A-Z][A-Z0-9]*"), "an upper-case acronym such as NATO"),
    "person": (re.compile(r"[a-z0-9]+(-[a-z0-9]+)*"), "a lower-case slug such as kim-jong-un"),
    "institution": (re.compile(r"[a-z0-9]+(-[a-z0-9]+)*"), "a lower-case slug such as kcna"),
}


def check_resolved(resolved: Resolved, problems: Problems) -> None:
    """Check the merged dictionary, CLDR names included.

    Parameters
    ----------
    resolved : Resolved
        The merged dictionary.
    problems : Problems
        Receives the errors (the dictionary cannot be loaded) and warnings found.
    """
    actors = resolved.actors
    for phrase, _, place in resolved.exclusions.values():
        problem = pattern_problem(phrase) if is_pattern(phrase) else None
        if problem:
            problems.add(place, "exclusions", f"{phrase!r}: {problem}", "error")
    for actor in actors.values():
        actor_type = actor.fields["type"]
        pattern, example = _ID_PATTERNS[actor_type]
        if not pattern.fullmatch(actor.actor_id):
            problems.add(
                actor.place,
                f"{actor.actor_id}.id",
                f"the id of a {actor_type} should be {example}",
                "error" if actor_type == "state" else "warning",
            )
        _check_affiliation(actor, actors, problems)
        if actor.fields.get("roles") and actor_type != "person":
            problems.add(
                actor.where("roles"),
                f"{actor.actor_id}.roles",
                "only persons have roles; they are kept but mean nothing here",
                "warning",
            )
        _check_context(actor, actors, problems)
        if "cldr" in actor.fields and actor_type != "state":
            problems.add(
                actor.where("cldr"),
                f"{actor.actor_id}.cldr",
                "only states get CLDR names; remove cldr",
                "warning",
            )
        for text, place, used in actor.removed.values():
            if not used:
                problems.add(
                    place,
                    f"{actor.actor_id}.remove_aliases",
                    f"{text!r} is not an alias of {actor.actor_id}; nothing removed",
                    "warning",
                )
        expected_kinds = KINDS_BY_TYPE[actor_type]
        has_roles = bool(actor.fields.get("roles"))
        for alias in all_aliases(actor):
            if alias.dated and not has_roles:
                problems.add(
                    alias.place,
                    f"{actor.actor_id}.aliases.{alias.kind}",
                    f"{alias.text!r} is dated, but {actor.actor_id} has no roles, so it counts "
                    f"in no article; give the actor roles or drop dated: true",
                    "warning",
                )
            if alias.kind not in expected_kinds:
                problems.add(
                    alias.place,
                    f"{actor.actor_id}.aliases.{alias.kind}",
                    f"a {actor_type} usually has aliases of kind {', '.join(expected_kinds)}, "
                    f"not {alias.kind}",
                    "warning",
                )
        if not actor.aliases:
            problems.add(
                actor.place,
                actor.actor_id,
                "no aliases: this actor can never be found in the text",
                "warning",
            )
    _check_organisation_cycles(actors, problems)
    _check_alias_collisions(resolved, problems)


def _check_affiliation(actor: Actor, actors: dict[str, Actor], problems: Problems) -> None:
    """Check an actor's country and organisation against its type and the other actors."""
    actor_type = actor.fields["type"]
    country = actor.fields.get("country")
    organisation = actor.fields.get("organisation")
    if actor_type == "state":
        if country is not None and country != actor.actor_id:
            problems.add(
                actor.where("country"),
                f"{actor.actor_id}.country",
                f"a state's country is itself ({actor.actor_id}), not {country!r}; "
                f"remove the country line",
            )
        if organisation is not None:
            problems.add(
                actor.where("organisation"),
                f"{actor.actor_id}.organisation",
                "states belong to no organisation here; remove it",
                "warning",
            )
        return
    if country is not None:
        target = actors.get(country)
        if target is None or target.fields["type"] != "state":
            problems.add(
                actor.where("country"),
                f"{actor.actor_id}.country",
                f"unknown country {country!r}: no state has this id; use the ISO alpha-3 id "
                f"of a state of the dictionary (PRK, USA...)",
            )
        elif actor_type == "organisation":
            problems.add(
                actor.where("country"),
                f"{actor.actor_id}.country",
                "organisations have no country; remove it",
                "warning",
            )
    if organisation is not None:
        target = actors.get(organisation)
        if target is None or target.fields["type"] != "organisation":
            problems.add(
                actor.where("organisation"),
                f"{actor.actor_id}.organisation",
                f"unknown organisation {organisation!r}: no organisation has this id (UN, EU, "
                f"NATO...)",
            )
        elif organisation == actor.actor_id:
            problems.add(
                actor.where("organisation"),
                f"{actor.actor_id}.organisation",
                "an organisation cannot belong to itself",
            )
    if actor_type in ("person", "institution") and country is None and organisation is None:
        problems.add(
            actor.place,
            actor.actor_id,
            "no country or organisation: its mentions cannot be grouped; add country: ISO3 "
            "or organisation: ID",
            "warning",
        )


def _check_organisation_cycles(actors: dict[str, Actor], problems: Problems) -> None:
    """Report organisations that are part of themselves through others (A in B, B in A).

    Each actor names one organisation at most, so following them from any actor either
    stops or comes back to an actor already passed: a cycle. An organisation of itself is
    left to :func:`_check_affiliation`, and unknown organisations end the walk.
    """
    part_of = {}
    for actor in actors.values():
        target = actors.get(actor.fields.get("organisation"))
        if target is not None and target is not actor and target.fields["type"] == "organisation":
            part_of[actor.actor_id] = target.actor_id
    walked: set[str] = set()
    for start in part_of:
        path: list[str] = []
        current = start
        while current in part_of and current not in walked and current not in path:
            path.append(current)
            current = part_of[current]
        walked.update(path)
        if current not in path:
            continue
        cycle = [actors[actor_id] for actor_id in path[path.index(current) :]]
        places = [actor.where("organisation") for actor in cycle]
        # Reported at the organisation line written last: the one most likely to be new.
        last, _ = max(enumerate(places), key=lambda item: (item[1].layer, item[1].line or 0))
        cycle, places = cycle[last:] + cycle[:last], places[last:] + places[:last]
        written = [
            f"{actor.actor_id} ({place.path.name}:{place.line})"
            for actor, place in zip(cycle, places, strict=True)
        ]
        links = ", which is part of ".join([*written[1:], cycle[0].actor_id])
        problems.add(
            places[0],
            f"{cycle[0].actor_id}.organisation",
            f"organisation cycle: {written[0]} is part of {links}; an organisation cannot be "
            f"part of itself: remove or change one of these organisation lines",
        )


def _check_alias_collisions(resolved: Resolved, problems: Problems) -> None:
    """Report aliases that name two actors, or that an exclusion silences."""
    claims_by_key: dict[str, list[tuple[str, Alias]]] = {}
    for actor in resolved.actors.values():
        for key, aliases in actor.aliases.items():
            claims_by_key.setdefault(key, []).extend((actor.actor_id, alias) for alias in aliases)
    for key, claims in claims_by_key.items():
        if key in resolved.exclusions:
            for actor_id, alias in claims:
                problems.add(
                    alias.place,
                    f"{actor_id}.aliases.{alias.kind}",
                    f"{alias.text!r} is also an exclusion, so it never counts; remove one",
                    "warning",
                )
        # Report at the claim written last: the one most likely to be the new mistake.
        claims.sort(key=lambda claim: (claim[1].place.layer, claim[1].place.line or 0))
        for position, (actor_id, alias) in enumerate(claims):
            others = [
                (other_id, other)
                for other_id, other in claims[:position]
                if other_id != actor_id and same_phrase(other, alias)
            ]
            if not others:
                continue
            described = ", ".join(
                f"{other_id} ({other.text!r}, {other.place.path.name}:{other.place.line})"
                for other_id, other in others
            )
            problems.add(
                alias.place,
                f"{actor_id}.aliases.{alias.kind}",
                f"{alias.text!r} is also an alias of {described}; an alias must name one "
                f"actor: remove it from one of them (remove_aliases in a user file)",
            )


def _check_context(actor: Actor, actors: dict[str, Actor], problems: Problems) -> None:
    """Each alias of ``context`` is an alias of the actor; each actor it needs exists."""
    context = actor.fields.get("context") or {}
    keys = {alias_key(alias.text) for alias in all_aliases(actor)}
    for alias, needs in context.items():
        if alias_key(alias) not in keys:
            problems.add(
                actor.where("context"),
                f"{actor.actor_id}.context",
                f"{alias!r} is not an alias of {actor.actor_id}; add it under aliases or "
                "drop it from context",
                "error",
            )
        for needed in needs:
            if needed not in actors:
                problems.add(
                    actor.where("context"),
                    f"{actor.actor_id}.context.{alias}",
                    f"no actor has the id {needed!r}",
                    "error",
                )
