"""A sentence as the relation rules see it: tokens, the actors named in it, its triggers.

An *actor unit* is a mention, a phrase standing for the corpus's voice ("the Department",
"we", "our"), or a pronoun standing for actors named earlier (« Il », "they"), placed on
the sentence's tokens. A unit usually names one actor; the "we" of a joint statement and a
"they" for two actors name each.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from analysis.relations.lexicon import TriggerMatch
from analysis.relations.tokens import Token

__all__ = ["KIND_RANK", "PERSON_KINDS", "Sentence", "Unit"]

KIND_RANK = {"leader": 0, "institution": 1, "name": 2, "capital": 3, "epithet": 4, "demonym": 5}
"""Which of several mentions of one actor side stands for it: the most specific first."""

PERSON_KINDS = frozenset({"leader", "official"})
"""Kinds of mention that name a person: what "his", "him", « lui » may stand for."""


@dataclass(frozen=True)
class Unit:
    """An actor named in a sentence.

    Attributes
    ----------
    actors : tuple of (actor id, roll-up)
        The actors it names (one, except the "we" of a joint statement).
    start, end : int
        Its offsets in the article text.
    first, last : int
        The indices of its first and last tokens in the sentence.
    kind : str
        The alias kind of the mention; ``voice`` for a phrase standing for the voice,
        ``possessive`` for the voice's "our" (which only owns a noun), ``pronoun`` for a
        pronoun or phrase standing for actors named earlier, ``people`` for a people named
        alone ("the Afghan people"), read as an act's party but never written as its target.
    named : tuple of (start, end)
        For a pronoun, the offsets of the mention naming each actor (in an earlier
        sentence); empty otherwise.
    """

    actors: tuple[tuple[str, str], ...]
    start: int
    end: int
    first: int
    last: int
    kind: str
    named: tuple[tuple[int, int], ...] = ()

    @property
    def voice(self) -> bool:
        return self.kind in ("voice", "possessive")

    @property
    def possessive(self) -> bool:
        return self.kind == "possessive"

    def named_at(self, index: int) -> tuple[int, int]:
        """The offsets of the words naming actor ``index`` of the unit."""
        return self.named[index] if self.named else (self.start, self.end)

    @functools.cached_property
    def roll_ups(self) -> frozenset[str]:
        return frozenset(roll_up for _, roll_up in self.actors)


@dataclass
class Sentence:
    """One sentence of an article, ready for the rules.

    ``tokens`` have offsets into ``text`` (the whole article); ``unit_at[i]`` is the index in
    ``units`` of the unit covering token ``i``, or -1. ``speaker`` is the voice when the
    sentence is the publisher's own words (an official act without an agent is then the
    voice's), else None. ``memo`` keeps what the rules work out more than once (groups of
    coordinated actors).
    """

    doc_id: str
    sentence_id: int
    language: str
    text: str
    start: int
    end: int
    tokens: list[Token]
    units: list[Unit]
    triggers: list[TriggerMatch]
    unit_at: list[int] = field(default_factory=list)
    speaker: tuple[str, str] | None = None
    memo: dict = field(default_factory=dict, repr=False, compare=False)
    leads: tuple = ()
    """The first actor named in each of the sentences just before, nearest first, as
    ``(actors, start, end)``: who did an act the sentence names again without its actor."""
    organisations: frozenset[str] = frozenset()
    """The roll-ups of the article's actors that are organisations (the dictionary's
    ``organisation`` without a ``country``): leaving one is not a retreat from a state."""

    def __post_init__(self) -> None:
        if not self.unit_at:
            self.unit_at = [-1] * len(self.tokens)
            for index, unit in enumerate(self.units):
                for position in range(unit.first, unit.last + 1):
                    self.unit_at[position] = index

    def unit(self, token: int) -> Unit | None:
        """The unit covering token ``token``, if any."""
        index = self.unit_at[token] if 0 <= token < len(self.tokens) else -1
        return self.units[index] if index >= 0 else None

    def in_trigger(self, token: int) -> bool:
        """Whether token ``token`` is one of a trigger's (between its first and last)."""
        return any(match.first <= token <= match.last for match in self.triggers)
