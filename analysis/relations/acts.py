"""Acts named again: "Iraq condemned the attack", "Greece declared the agreement void".

A verb of attitude (:data:`~analysis.relations.arguments.ATTITUDES`) whose object is a
definite noun for an act, with no actor of its own ("the attack", "this move", « cette
décision »), is about whoever did that act in the sentences just before: "U.S. forces struck
a base in Iraq. Baghdad condemned the attack" gives ``IRQ ACCUSE USA``. A noun of the
lexicon names its type (an attack is an ASSAULT); a noun of any act ("the move", "the
decision", « la mesure ») takes the last act. An agreement or a meeting was made by both
sides, and both are the target. The target's offsets are those of the mention that named
the actor in the earlier sentence.

:func:`act_reference` finds such an object when a sentence is read;
:func:`resolve_references` settles every one of them once the sentences of an article have
been read in order, and drops those that find no act.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from analysis.relations.lexicon import TriggerMatch
from analysis.relations.nominal import is_nominal
from analysis.relations.rules import SYMMETRIC_TYPES
from analysis.relations.sentence import Sentence, Unit
from analysis.relations.tokens import lemma
from analysis.relations.words import STOP_MARKS, Words, words_of

__all__ = [
    "ANY_ACT",
    "HOSTILE_TYPES",
    "REACH",
    "act_reference",
    "mentions_an_act",
    "resolve_references",
]

ANY_ACT = "ANY"
"""The type of a reference by a noun for any act ("the move")."""

REACH = 3
"""How many sentences back the act is looked for."""

HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
"""Acts whose opposition is an accusation ("opposing the war"), not a refusal (REJECT is for
proposals and demands)."""


def act_reference(sentence: Sentence, trigger: TriggerMatch, words: Words) -> str | None:
    """The type of act the object of ``trigger`` names again, or None.

    The object is a demonstrative or definite article, at most two other words, and a noun
    that is a trigger of the sentence (its type) or a noun of :attr:`Words.acts`
    (:data:`ANY_ACT`); no actor may stand in that phrase, or right after it
    ("the attack on Iraq" names its own target).
    """
    tokens = sentence.tokens
    subject = _passive_subject(sentence, trigger, words)
    if subject is not None:
        return subject
    index = trigger.last + 1
    if index < len(tokens) and tokens[index].lower in words.reference_links:
        index += 1  # « s'en est pris à la décision », "objected to the move"
    determiners = words.act_determiners
    if trigger.type == "REQUEST":
        ended = _past_an_end(sentence, index, words)
        if ended != index:
            index, determiners = ended, determiners | {"du", "des"}
    if index >= len(tokens) or tokens[index].lower not in determiners:
        return None
    ends = STOP_MARKS | words.coordinators | words.prepositions | words.of | words.relatives
    for position in range(index + 1, min(index + 4, len(tokens))):
        if sentence.unit_at[position] >= 0 or tokens[position].lower in ends | {","}:
            return None
        for other in sentence.triggers:
            if other.head == position and other is not trigger:
                if not is_nominal(sentence, other, words):
                    return None
                return other.type if _alone(sentence, other.last, words) else None
        if tokens[position].lower in words.acts or tokens[position].lemma in words.acts:
            return ANY_ACT if _alone(sentence, position, words) else None
    return None


def _past_an_end(sentence: Sentence, index: int, words: Words) -> int:
    """Where the act begins after a call for its end ("called for an immediate end to this
    war", « exige la fin des frappes »): the index of its article, or ``index`` unchanged.
    A French « du » / « des » stands for the article: the index points at it."""
    tokens = sentence.tokens
    position = index
    if position < len(tokens) and tokens[position].lower in words.determiners | {"an", "a", "l'"}:
        position += 1
    for _ in range(2):  # "an immediate and complete end", « la fin immédiate »
        if position < len(tokens) and tokens[position].lower not in words.endings:
            position += 1
    if position >= len(tokens) or tokens[position].lower not in words.endings:
        return index
    position += 1
    if position >= len(tokens):
        return index
    link = tokens[position].lower
    if link in ("du", "des"):
        return position  # « la fin des frappes »
    if link in ("to", "of", "de"):
        return position + 1
    return index


def _passive_subject(sentence: Sentence, trigger: TriggerMatch, words: Words) -> str | None:
    """The type of the act that opens the sentence as the subject of a passive trigger ("The
    operation was condemned by members of the European Union")."""
    tokens = sentence.tokens

    def auxiliary(token) -> bool:
        return (
            token.lemma in words.passive_aux | words.perfect_aux
            or token.lower.endswith(("ly", "ment"))  # "was quickly seconded"
        )

    index = trigger.first - 1
    if index < 0 or not auxiliary(tokens[index]):
        return None
    while index >= 0 and auxiliary(tokens[index]):
        index -= 1
    if index < 1 or tokens[index - 1].lower not in words.act_determiners:
        return None
    if index - 1 > 0 and tokens[index - 2].lower not in STOP_MARKS | {","}:
        return None
    for other in sentence.triggers:
        if other.head == index and is_nominal(sentence, other, words):
            return other.type
    lower = tokens[index].lower
    return ANY_ACT if lower in words.acts or tokens[index].lemma in words.acts else None


def _alone(sentence: Sentence, last: int, words: Words) -> bool:
    """Whether no actor follows the noun in its phrase ("the attack on Iraq", "the move by
    Turkey", "the war in Yemen")."""
    tokens = sentence.tokens
    for position in range(last + 1, min(last + 4, len(tokens))):
        if sentence.unit_at[position] >= 0:
            return False
        if (
            tokens[position].lower
            not in words.of | words.noun_targets | words.agents | words.places | {"'s"}
            and tokens[position].lower not in words.determiners
        ):
            return True
    return True


@functools.cache
def _pattern(language: str) -> re.Pattern:
    words = words_of(language)
    determiners = "|".join(sorted(map(re.escape, words.act_determiners), key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{determiners})(?:\s+|(?<=['’]))((?:[\w-]+\s+){{0,2}}[\w-]+)")


def mentions_an_act(text: str, language: str, head_words: frozenset[str]) -> bool:
    """Whether a sentence may name an earlier act: an article, then within three words a
    noun for any act or a head word of the lexicon (``head_words``). A sentence with one
    actor is then worth reading."""
    acts = words_of(language).acts | head_words
    for match in _pattern(language).finditer(text):
        if any(
            word.lower() in acts or lemma(word, language) in acts for word in match.group(1).split()
        ):
            return True
    return False


def resolve_references(found: list, reach: int = REACH) -> list:
    """The relations of :func:`~analysis.relations.extract.read_sentences` with every
    reference to an earlier act settled: its target is the actor of the last act of that
    type in the ``reach`` sentences before, in the same article (both sides of an agreement
    or a meeting); a reference to any act, or an accusation denied, that finds none is aimed
    at the actor named last before; another reference that finds none is dropped.
    ``found`` is in reading order; a relation with a target keeps its place."""
    settled: list = []
    history: dict[str, list] = {}
    for relation in found:
        refers = relation.refers
        doc = relation.sentence.doc_id
        if refers is None:
            settled.append(relation)
            history.setdefault(doc, []).append(relation)
            continue
        here = relation.sentence.sentence_id
        earlier = [
            act
            for act in history.get(doc, ())
            if 0 < here - act.sentence.sentence_id <= reach
            and (refers == ANY_ACT or act.type == refers)
            and act.status in ("asserted", "alleged")
        ]
        if not earlier:
            if refers == ANY_ACT or (refers == "ACCUSE" and _denial(relation)):
                # "Pompeo said the crash was likely Iran's doing. Iran denied the
                # accusation": a claim the sentences before tell without a verb of blame
                settled.extend(_by_the_last_named(relation))
            continue
        last = earlier[-1]
        same = [act for act in earlier if act.trigger_start == last.trigger_start]
        sides = {}
        for act in same:
            sides.setdefault(act.source_actor, act.source)
            if act.type in SYMMETRIC_TYPES:
                sides.setdefault(act.target_actor, act.target)
        kind = relation.type
        if kind == "REJECT" and last.type in HOSTILE_TYPES:
            kind = "ACCUSE"  # "opposing this senseless war": disapproval, not a refusal
        for actor, unit in sides.items():
            if actor[1] == relation.source_actor[1]:
                continue
            settled.append(
                dataclasses.replace(
                    relation, target=unit, target_actor=actor, type=kind, refers=None
                )
            )
    return settled


def _denial(relation) -> bool:
    """Whether the trigger of ``relation`` is a verb of denying ("denied", « nie »)."""
    denials = words_of(relation.sentence.language).denials
    return any(
        token.start == relation.trigger_start and token.lemma in denials
        for token in relation.sentence.tokens
    )


def _by_the_last_named(relation) -> list:
    """A reference to an act the sentences before did not relate ("Le parlement hongrois a
    adopté une loi ... L'UE a critiqué cette nouvelle législation"): aimed at the first actor
    named in the nearest sentence before that names one other than the source."""
    for actors, start, end in relation.sentence.leads:
        others = [actor for actor in actors if actor[1] != relation.source_actor[1]]
        if others:
            unit = Unit(tuple(others), start, end, -1, -1, "pronoun", ((start, end),) * len(others))
            return [
                dataclasses.replace(relation, target=unit, target_actor=actor, refers=None)
                for actor in others
            ]
    return []
