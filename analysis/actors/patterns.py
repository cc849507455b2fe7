"""Exclusion patterns: one phrase written once for every state.

An exclusion phrase may hold one placeholder for a state's alias, at its start or at its
end, and ``{de}`` for the French prepositions before a country name:

``{name}``, ``{demonym}``, ``{capital}``
    any alias of that kind of any state;
``{de}``
    ``de``, ``d'``, ``du`` or ``des``.

``Coupe {de} {name}`` thus covers "Coupe de France", "Coupe d'Italie", "Coupe du Japon";
``{demonym} Football Federation`` covers "Russian Football Federation". The matcher looks
for the fixed words (the *anchor*: ``Coupe de``, ``Football Federation``) and drops a
mention of that kind written right after (or right before) them; the anchor itself names
nobody and takes no part in the longest-match contest.
"""

from __future__ import annotations

import re

__all__ = ["ANCHOR_KINDS", "Anchor", "anchors_of", "is_pattern", "pattern_problem"]

ANCHOR_KINDS = ("name", "demonym", "capital")
_FRENCH_DE = ("de", "d'", "du", "des")
_SLOT = re.compile(r"\{(" + "|".join(ANCHOR_KINDS) + r")\}")
_ANY = re.compile(r"\{([^{}]*)\}")


class Anchor(tuple):
    """``(side, kind, text)``: the fixed words of a pattern, written ``before`` or ``after``
    the mention of kind ``kind`` that it silences."""

    __slots__ = ()

    def __new__(cls, side: str, kind: str, text: str):
        return super().__new__(cls, (side, kind, text))


def is_pattern(phrase: str) -> bool:
    """Whether an exclusion phrase holds a placeholder.

    >>> is_pattern("Coupe {de} {name}"), is_pattern("Coupe de France")
    (True, False)
    """
    return bool(_ANY.search(phrase))


def pattern_problem(phrase: str) -> str | None:
    """What is wrong with a pattern, or None.

    >>> pattern_problem("Coupe {de} {name}") is None
    True
    >>> pattern_problem("{name} et {name}")
    'a pattern holds one of {name}, {demonym}, {capital}, at its start or its end'
    """
    unknown = [slot for slot in _ANY.findall(phrase) if slot not in (*ANCHOR_KINDS, "de")]
    if unknown:
        return (
            f"unknown placeholder {{{unknown[0]}}}; use {{name}}, {{demonym}}, {{capital}}, {{de}}"
        )
    slots = list(_SLOT.finditer(phrase))
    stripped = phrase.strip()
    if len(slots) != 1 or not (
        stripped.startswith(slots[0].group()) or stripped.endswith(slots[0].group())
    ):
        return "a pattern holds one of {name}, {demonym}, {capital}, at its start or its end"
    if stripped == slots[0].group():
        return "a pattern needs words beside its placeholder"
    return None


def anchors_of(phrase: str) -> list[Anchor]:
    """The anchors a valid pattern stands for.

    >>> anchors_of("Coupe {de} {name}")[:2]
    [('before', 'name', 'Coupe de'), ('before', 'name', "Coupe d'")]
    >>> anchors_of("{demonym} Open")
    [('after', 'demonym', 'Open')]
    """
    stripped = phrase.strip()
    slot = _SLOT.search(stripped)
    kind = slot.group(1)
    if stripped.endswith(slot.group()):
        side, words = "before", stripped[: slot.start()].strip()
    else:
        side, words = "after", stripped[slot.end() :].strip()
    variants = [words.replace("{de}", de) for de in _FRENCH_DE] if "{de}" in words else [words]
    return [Anchor(side, kind, re.sub(r"' +", "'", variant)) for variant in variants]
