"""Wars and attacks named by a noun: who fights whom when the noun does not say.

- a war led by one state and named after another ("the United States-led Iraq War");
- a war or conflict one side is in with another ("Ukraine is in a conflict with Russia",
  « est en guerre avec »): fought each way;
- a war with no target of its own, waged on the one actor named before it after a
  preposition ("assistance to Ukraine ... for Putin's war"), or resisted by the one who
  defends itself against it ("support Ukraine in defending itself against Russia's
  invasion").

Used by :mod:`analysis.relations.nominal`.
"""

from __future__ import annotations

from analysis.relations.lexicon import TriggerMatch
from analysis.relations.rules import left_unit
from analysis.relations.sentence import PERSON_KINDS, Sentence, Unit
from analysis.relations.tokens import verb_lemmas
from analysis.relations.words import STOP_MARKS, Words

__all__ = ["at_war", "head_lemma", "led_on", "resisted", "waged", "war_on"]


_WAGED_ON = frozenset({"to", "on", "against", "into", "à", "au", "aux", "contre", "sur"})


def war_on(sentence: Sentence, trigger: TriggerMatch, source: Unit, words: Words) -> Unit | None:
    """The one actor a war with no target of its own is waged on: the only other actor
    named before it in the sentence after a preposition ("people displaced in Ukraine since
    President Putin's war began", "assistance to Ukraine ... for Putin's war"), the voice
    and the war's owner apart; not one named after it ("the Kremlin's war, ... the
    opposition in Belarus")."""
    prepositions = words.places | (words.noun_targets & _WAGED_ON)
    found = {}
    for unit in sentence.units:
        if unit.first > trigger.first or unit.voice or unit.roll_ups & source.roll_ups:
            continue
        if unit.kind in PERSON_KINDS:
            continue  # "my thanks to President Biden for ... Russia's aggression": a war is
            # waged on a state, not on a person thanked or met
        if any(other.first == unit.last + 1 for other in sentence.triggers):
            continue  # "an update on U.S. support to ...": the owner of another act
        position = unit.first - 1
        while position >= 0 and sentence.tokens[position].lower in words.determiners:
            position -= 1
        if position >= 0 and sentence.tokens[position].lower in prepositions:
            found.setdefault(unit.roll_ups, unit)
    if not found:
        # "support for Ukraine's sovereignty and territorial integrity in the face of
        # Russia's aggression": the state whose sovereignty is named
        for unit in sentence.units:
            other = not (unit.voice or unit.roll_ups & source.roll_ups)
            if other and unit.kind not in PERSON_KINDS and _sovereign(sentence, unit, words):
                found.setdefault(unit.roll_ups, unit)
    return next(iter(found.values())) if len(found) == 1 else None


def _sovereign(sentence: Sentence, unit: Unit, words: Words) -> bool:
    """Whether a state is named with its sovereignty, territorial integrity or independence
    ("Ukraine's sovereignty", "the sovereignty of Ukraine", « la souveraineté de l'Ukraine »)."""
    tokens = sentence.tokens
    near = tokens[unit.last + 1 : unit.last + 4] + tokens[max(0, unit.first - 4) : unit.first]
    return any(token.lower in words.sovereignty for token in near)


_AGAINST = frozenset({"against", "with", "contre", "à"})


def resisted(sentence: Sentence, trigger: TriggerMatch, source: Unit, words: Words) -> Unit | None:
    """The one who resists an attack with no target of its own: "support Ukraine in
    defending itself against Russia's brutal invasion", "Ukraine faced with the Russian
    aggression", « l'Ukraine fait face à l'agression russe »; the state supported against
    it ("to support Ukraine against Russia's premeditated, unprovoked, and unjustified
    invasion", "support for Ukraine's sovereignty and territorial integrity against Russian
    aggression")."""
    tokens = sentence.tokens
    index, steps = trigger.first - 1, 0
    while index >= 0 and steps < 10 and not _facing(tokens, index):
        if tokens[index].lower in STOP_MARKS:
            return None
        index, steps = index - 1, steps + 1
    if index < 0 or not _facing(tokens, index):
        return None
    # Commas may part the owner's adjectives ("Russia's premeditated, unprovoked, and
    # unjustified"), not a clause from the attack
    owned = index < source.first <= index + 2
    if not owned and (steps >= 5 or any(t.lower == "," for t in tokens[index + 1 : trigger.first])):
        return None
    doer = not source.voice and (owned or source.first > trigger.last)
    if doer and tokens[index].lower in _AGAINST - {"with"}:
        supported = _supported(sentence, index, source, words)
        if supported is not None:
            return supported
    verb = index - 1
    if verb >= 0 and tokens[verb].lower in words.selves:
        verb -= 1
    if verb < 0 or not ({tokens[verb].lower} | verb_lemmas(tokens[verb], sentence.language)) & (
        words.resists
    ):
        return None
    for position in range(verb - 1, max(-1, verb - 5), -1):
        if tokens[position].lower in STOP_MARKS:
            return None
        unit = sentence.unit(position)
        if unit is not None:
            return None if unit.voice or unit.roll_ups & source.roll_ups else unit
    return None


def _facing(tokens, index: int) -> bool:
    """Whether the word at ``index`` opens what is faced: "against", « contre », "with" /
    « à » ("faced with", « face à »), "of" in "in the face of"."""
    lower = tokens[index].lower
    return lower in _AGAINST or (lower == "of" and index > 0 and tokens[index - 1].lower == "face")


_TERRITORIAL = frozenset({"territorial", "territoriale"})
"""The adjective of an integrity ("territorial integrity", « intégrité territoriale »)."""


def _supported(sentence: Sentence, against: int, source: Unit, words: Words) -> Unit | None:
    """The state named right before "against" / « contre », or before its sovereignty or
    integrity there ("Ukraine's sovereignty and territorial integrity against")."""
    position = against - 1
    while position >= 0 and against - position <= 6 and sentence.unit(position) is None:
        lower = sentence.tokens[position].lower
        if not (
            lower in words.sovereignty | words.possessives | words.coordinators
            or lower in _TERRITORIAL
        ):
            return None
        position -= 1
    unit = sentence.unit(position) if position >= 0 else None
    if unit is None or unit.voice or unit.roll_ups & source.roll_ups:
        return None
    return unit


_BE = frozenset(
    {"be", "être", "is", "are", "was", "were", "est", "sont", "était", "étaient"}
    | {"remain", "remains", "stay", "stays", "rester", "reste", "restent", "demeurer"}
)


def at_war(sentence: Sentence, trigger: TriggerMatch, words: Words) -> Unit | None:
    """The subject of "is in (a military) conflict with", "is at war with", « est en guerre
    avec »: one of the sides."""
    tokens = sentence.tokens
    settings = words.places | {"at"}
    index = trigger.first - 1
    while index > 0 and trigger.first - index <= 3 and tokens[index].lower not in settings:
        if sentence.unit(index) is not None or tokens[index].lower in STOP_MARKS | {","}:
            return None
        index -= 1
    if index < 1 or tokens[index].lower not in settings:
        return None
    index -= 1
    if tokens[index].lower.endswith("ly") or tokens[index].lower in {"toujours", "déjà"}:
        index -= 1  # "is currently in", « est toujours en »
    if index < 0 or not {tokens[index].lower, tokens[index].lemma} & _BE:
        return None
    return left_unit(sentence, index, words)


def waged(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether the noun is a war or a conflict, alone or qualified ("military conflict"):
    between two sides it is fought each way."""
    last = sentence.tokens[trigger.last]
    return head_lemma(sentence, trigger) in words.wars or last.lower in words.wars


def head_lemma(sentence: Sentence, trigger: TriggerMatch) -> str:
    """The lemma of a noun trigger's head for the word lists: the lemma of a noun in -ion,
    -ment or -ing, the word itself otherwise."""
    token = sentence.tokens[trigger.head]
    return token.lemma if token.lemma.endswith(("ion", "ment", "ing")) else token.lower


def led_on(sentence: Sentence, trigger: TriggerMatch, words: Words) -> tuple[Unit, Unit] | None:
    """The leader and the state of a war named after that state and led by another ("the
    United States-led Iraq War", "the Saudi-led Yemen intervention"): who led it fought
    the state it is named after."""
    tokens = sentence.tokens
    named = sentence.unit(trigger.first - 1)
    if named is None or named.possessive or named.first < 3:
        return None
    dash, led = tokens[named.first - 2], tokens[named.first - 1]
    leader = sentence.unit(named.first - 3)
    if dash.lower not in ("-", "–") or led.lower not in words.led or leader is None:
        return None
    return (leader, named) if leader.roll_ups != named.roll_ups else None
