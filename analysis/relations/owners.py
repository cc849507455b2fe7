"""Who owns an act named by a noun: "Russia's (unprovoked) war", "U.S. sanctions", "Russian
aggression", "our commitment" (the voice), "his phone call" (the person named before),
"its war" (the actor before, or the subject of a coordinated light verb's clause).

Used by :mod:`analysis.relations.nominal`.
"""

from __future__ import annotations

from analysis.relations.coordination import owns
from analysis.relations.lexicon import TriggerMatch
from analysis.relations.rules import subject_of_coordinated
from analysis.relations.sentence import PERSON_KINDS, Sentence, Unit
from analysis.relations.tokens import verb_lemmas
from analysis.relations.words import STOP_MARKS, Words

__all__ = ["is_joint", "noun_owner"]

_TODAY = frozenset({"today", "yesterday", "aujourd'hui", "hier"})


def noun_owner(sentence: Sentence, trigger: TriggerMatch, words: Words, earlier=()) -> Unit | None:
    """The actor before the noun that owns it: "Russia's (unprovoked) war", "U.S.
    sanctions", "Russian aggression", "our commitment" (the voice)."""
    tokens = sentence.tokens
    inside = [
        unit
        for index in range(trigger.first + 1, trigger.last)
        if index not in trigger.words and (unit := sentence.unit(index)) is not None
    ]
    if inside and is_joint(sentence, trigger) and inside[-1].last + 1 == trigger.last:
        return inside[-1]  # "joint U.S.-Costa Rican initiatives": inside the phrase
    index, steps = trigger.first - 1, 0
    while index >= 0 and steps < 9:  # "Russia's premeditated, unprovoked, and unjustified war"
        unit = sentence.unit(index)
        if unit is not None:
            after = tokens[unit.last + 1].lower if unit.last + 1 < len(tokens) else ""
            if _new_phrase(tokens, unit.last + 1, trigger.first, words):
                return None  # "Iran's nuclear program and building strong support for"
            if owns(sentence, unit, words) or unit.last + 1 == trigger.first or unit.voice:
                return unit
            if (
                unit.last + 2 < trigger.first
                and tokens[unit.last + 2].lower in words.possessives
                and after.isalpha()
            ):
                return unit  # "the Russian government's attack", "the Syrian regime's"
            between = tokens[unit.last + 1 : trigger.first]
            if len(between) == 2 and between[0].lower in "-–" and between[1].lower in words.led:
                return unit  # "the US-led invasion of Iraq"
            if (
                sentence.language != "fr"
                and steps <= 3
                and not any(
                    token.lower.endswith(("ed", "s")) or token.lower in words.of | {","}
                    for token in between
                )
            ):
                # "U.S. economic sanctions", not "Japan imposed sanctions" nor "the coup in
                # Burma, and continuing support"
                return unit
            return None
        lower = tokens[index].lower
        if lower in words.possessives:
            index -= 1
            continue
        if sentence.in_trigger(index):
            return None  # "Russia's aggression and expressed solidarity": another act's
        if lower in words.of:
            return _announcer(sentence, index, words)  # "Japan's announcement of sanctions"
        if (
            lower in STOP_MARKS
            or lower in words.clause_breaks
            or lower in words.prepositions
            or lower in words.agents
            or lower in words.of
            or lower in words.relatives
            or lower in words.verb_markers
        ):
            return None
        if lower in _PERSONAL:
            return _possessive_person(sentence, index)
        if lower in words.determiners:
            if lower not in _PRONOUNS:
                return None
            return _possessive_pronoun(sentence, index, words, earlier)
        index -= 1
        steps += 1
    return None


_PRONOUNS = frozenset({"its", "their", "son", "sa", "ses", "leur", "leurs"})
_PERSONAL = frozenset({"his", "her"})


_CLAUSE_OPENERS = frozenset({"since", "after", "before", "while", "when", "although", "following"})
"""Words that open an adverbial clause, after which "his" may name a person who comes later
("Since launching his war, Putin ..."). Not "as", which is also a preposition ("his second
visit as Secretary, but this will be his first")."""


def _new_phrase(tokens, start: int, end: int, words: Words) -> bool:
    """Whether a coordinator and a gerund with words of its own open a new phrase between an
    owner and a noun ("Iran's nuclear program and building strong international support");
    not a gerund that qualifies the noun ("Russia's ongoing and escalating aggression")."""
    return any(
        tokens[index].lower in words.coordinators
        and tokens[index + 1].lower.endswith("ing")
        and index + 2 < end
        for index in range(start, end - 1)
    )


def is_joint(sentence: Sentence, trigger: TriggerMatch) -> bool:
    """Whether the trigger is a phrase opened by "joint" ("joint exercises", "joint
    U.S.-Costa Rican initiatives"): an adjective and the noun it qualifies."""
    return len(trigger.words) > 1 and sentence.tokens[trigger.first].lower == "joint"


def _possessive_person(sentence: Sentence, index: int) -> Unit | None:
    """The person "his"/"her" stands for: the nearest leader or official named before it in
    its sentence ("President Zelenskyy ... in his phone call with President Biden"), not
    before the word that opens its clause ("Since launching his war, Putin ...": the person
    comes after)."""
    for position in range(index - 1, -1, -1):
        unit = sentence.unit(position)
        if unit is not None and unit.kind in PERSON_KINDS:
            return unit
        if sentence.tokens[position].lower in _CLAUSE_OPENERS:
            return None
    return None


def _possessive_pronoun(sentence: Sentence, index: int, words: Words, earlier) -> Unit | None:
    """The actor "its"/« son » stands for: the nearest actor before it in its clause
    ("Russia must end its war against Ukraine", "sanctions on Russia for its war"), or the
    subject of an earlier verb whose object that actor is, in a clause coordinated by a
    light verb ("Japan condemned Russia and expressed its solidarity";
    :func:`subject_of_coordinated`)."""
    position = index - 1
    while position >= 0 and sentence.tokens[position].lower not in STOP_MARKS:
        unit = sentence.unit(position)
        if unit is not None:
            if not _coordinated_light_verb(sentence, unit.last + 1, index, words):
                return unit  # "a severe and lasting price for its aggression"
            subjects = subject_of_coordinated(sentence, unit, index, words, earlier)
            return subjects[0] if subjects else unit
        position -= 1
    return None


def _coordinated_light_verb(sentence: Sentence, start: int, end: int, words: Words) -> bool:
    """Whether tokens ``start:end`` hold a coordinator right before a light verb ("and
    expressed", « et a exprimé »): a clause of its own, not "a severe and lasting price"."""
    tokens = sentence.tokens
    for index in range(start, end):
        if tokens[index].lower in words.coordinators:
            after = tokens[index + 1 : min(end, index + 3)]
            if any(verb_lemmas(t, sentence.language) & words.light_verbs for t in after):
                return True
    return False


def _announcer(sentence: Sentence, index: int, words: Words) -> Unit | None:
    """The owner of an announcement or an imposition of the act, "of" at ``index`` ("Japan's
    announcement today of comprehensive financial sanctions", « l'annonce par le Japon de
    sanctions » is read by its agent): the actor right before the noun, a possessive mark
    between, or its demonym ("the Japanese announcement of")."""
    tokens = sentence.tokens
    noun = index - 1
    if noun > 0 and tokens[noun].lower in _TODAY:
        noun -= 1  # "announcement today of"
    if noun < 1 or tokens[noun].lower not in words.announcing:
        return None
    before = noun - 1
    if tokens[before].lower in words.possessives:
        before -= 1
    return sentence.unit(before) if before >= 0 else None
