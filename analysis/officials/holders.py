"""The dictionary's office-holders by surname and month: "Foreign Minister Joly", "MS PORTER:".

A title and a surname, or a speaker label (``MS PORTER:``, ``FOREIGN MINISTER JOLY:``),
may name a person the article has not named before. Such a surname counts for the one
person of the dictionary who has it and who held one of the dictionary's dated roles in
the article's month (``from`` and ``to`` months included), when exactly one did: of the
office the title names (:data:`HELD_OFFICES`), for a title; of any office, for a courtesy
title (``MS``, ``MR``). Common surnames (``Kim``) never count this way, nor in an article
without a month.
"""

from __future__ import annotations

from typing import NamedTuple

from analysis.officials.people import dictionary_surnames

__all__ = ["HELD_OFFICES", "Holding", "holder", "holdings_by_surname"]

HELD_OFFICES: dict[str, frozenset[str]] = {
    role: frozenset(offices)
    for roles, offices in (
        (("President",), ("head of state", "head of government",
                          "president of the European Commission",
                          "president of the European Council")),
        (("Prime Minister", "Premier"), ("head of government", "prime minister")),
        (("Chancellor",), ("head of government",)),
        (("King", "Queen", "Emir", "Supreme Leader"), ("head of state",)),
        (("Foreign Minister", "Foreign Secretary"), ("foreign minister",)),
        (("Vice Foreign Minister",), ("deputy foreign minister",)),
        (("Defence Minister", "Defense Secretary"), ("defence minister",)),
        (("Deputy Secretary of State", "Deputy Secretary"), ("deputy secretary of state",)),
        (("Spokesperson",), ("spokesperson", "deputy spokesperson")),
        (("Ambassador",), ("UN ambassador",)),
        (("Secretary-General",), ("secretary-general",)),
        (("Director-General",), ("director general",)),
        (("High Representative",), ("high representative",)),
        (("President of the European Commission",), ("president of the European Commission",)),
    )
    for role in roles
}  # fmt: skip
"""The roles of the dictionary (the vocabulary of ``officeholders.yaml``) that each title of
the titles file (its ``role``) names. Titles not listed here ("Minister", "Secretary",
"Special Envoy") name too many offices to find their holder by surname."""


class Holding(NamedTuple):
    """One dated role of a person of the dictionary."""

    actor_id: str
    office: str
    start: str
    end: str | None


def holdings_by_surname(dictionary, surname_first: frozenset[str]) -> dict[str, tuple]:
    """The dated roles of the dictionary's persons, by the key of their surname.

    Examples
    --------
    >>> from analysis.actors import load_actors
    >>> holdings = holdings_by_surname(load_actors(), frozenset({"KOR", "PRK", "CHN"}))
    >>> [(h.actor_id, h.office, h.start) for h in holdings["blinken"]][-1]
    ('blinken', 'foreign minister', '2021-01')
    """
    actors = dictionary.actors
    roles = dict(zip(actors["actor_id"].astype(str), actors["roles"], strict=True))
    found: dict[str, tuple] = {}
    for key, ids in dictionary_surnames(dictionary, surname_first).items():
        holdings = tuple(
            Holding(actor_id, str(role["title"]), str(role["from"]), role.get("to") or None)
            for actor_id in sorted(ids)
            for role in roles.get(actor_id) or ()
            if role.get("from")
        )
        if holdings:
            found[key] = holdings
    return found


def holder(holdings: dict[str, tuple], key: str, month: str | None,
           offices: frozenset[str] | None = None) -> Holding | None:  # fmt: skip
    """The one person with the surname ``key`` who held a role in ``month`` ("YYYY-MM"),
    of one of ``offices`` when given; None when none or several did.

    Examples
    --------
    >>> holdings = {"joly": (Holding("melanie-joly", "foreign minister", "2021-10", None),)}
    >>> holder(holdings, "joly", "2022-06", frozenset({"foreign minister"})).actor_id
    'melanie-joly'
    >>> holder(holdings, "joly", "2020-06") is None
    True
    """
    if month is None:
        return None
    held = [
        holding
        for holding in holdings.get(key, ())
        if holding.start <= month
        and (holding.end is None or month <= holding.end)
        and (offices is None or holding.office in offices)
    ]
    return held[0] if len({holding.actor_id for holding in held}) == 1 else None
