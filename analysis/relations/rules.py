"""Who does what to whom from word order, and how the sentence states it.

These rules read tokens, not a parse, so that they work in any language with word lists in
:mod:`analysis.relations.words` and without any model:

- the *source* is the nearest actor before the trigger in its clause (the antecedent of a
  relative pronoun: "Russia, which supplied ..."), the *target* the nearest actor after it;
  with a passive ("was condemned by", "est accusée par") the two change places;
- actors joined by "and"/"et" (with commas before) are coordinated: each takes part;
- of several mentions of one side in a row ("Chinese President Xi Jinping"), the most
  specific stands for it;
- the status comes from words near the trigger (negation, future) and from the claims and
  requests that hold it ("accused Russia *of* supplying", "urged China *to* press",
  "Japan said ...", "according to Seoul").

:mod:`analysis.relations.parse` finds the arguments of French sentences from a dependency
parse instead, and uses the grouping and status rules of this module.
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.relations.lexicon import TriggerMatch
from analysis.relations.sentence import KIND_RANK, Sentence, Unit
from analysis.relations.tokens import participles
from analysis.relations.words import STOP_MARKS, Words

__all__ = [
    "SYMMETRIC_TYPES",
    "Frame",
    "coordinated",
    "frames_of",
    "left_unit",
    "passive_agent",
    "right_unit",
    "specific",
    "status_of",
    "word_order_arguments",
]

SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
"""Types that coordinated actors do to each other ("Blinken and Wang met")."""

SCAN_LIMIT = 10
"""Tokens searched on each side of a trigger for its actors."""

CLAIM_REACH = 4
"""Tokens after "of"/"de"/"to"/"à" in which the claimed or requested verb is looked for."""

_FRENCH_FUTURE_ENDINGS = frozenset(
    {"ai", "as", "a", "ons", "ez", "ont", "ais", "ait", "ions", "iez", "aient"}
)
_FRENCH_PARTICIPLE_ENDINGS = (
    "é",
    "ée",
    "és",
    "ées",
    "i",
    "ie",
    "is",
    "ies",
    "u",
    "ue",
    "us",
    "ues",
    "it",
    "ite",
    "its",
    "ites",
)


@dataclass(frozen=True)
class Frame:
    """A stretch of tokens that is the content of a claim or of a request.

    ``kind`` is ``claim`` or ``request``; ``claimant`` the actor who claims or asks (None
    when not named); ``start`` and ``end`` the first and last token it covers.
    """

    kind: str
    claimant: Unit | None
    start: int
    end: int


def coordinated(sentence: Sentence, unit: Unit | None, words: Words) -> list[Unit]:
    """The unit and those coordinated with it ("Washington, Séoul et Tokyo").

    Units in a row are coordinated when only joiners (commas, "and", "et", articles) stand
    between them and at least one of those is a coordinator: two actors separated by a comma
    alone ("In Tokyo, Blinken ...") are not.
    """
    if unit is None:
        return []
    members, gaps = [unit], []
    for step in (1, -1):
        current = unit
        while True:
            position = current.last + 1 if step == 1 else current.first - 1
            gap = []
            while 0 <= position < len(sentence.tokens) and sentence.unit(position) is None:
                gap.append(sentence.tokens[position].lower)
                position += step
            neighbour = sentence.unit(position)
            if neighbour is None or not gap or not set(gap) <= words.joiners:
                break
            if neighbour.voice != unit.voice:
                break  # "the conflict in Yemen and we thank ...": not a list
            if (
                step == -1
                and _after_preposition(sentence, neighbour, words)
                and not _after_preposition(sentence, unit, words)
            ):
                break
            members.insert(len(members) if step == 1 else 0, neighbour)
            gaps.append(gap)
            current = neighbour
    if len(members) > 1 and not any(set(gap) & words.coordinators for gap in gaps):
        return [unit]
    return [specific(sentence, member) for member in members]


def specific(sentence: Sentence, unit: Unit) -> Unit:
    """Of the mentions of the same actor side in a row, the most specific (see KIND_RANK).

    Two mentions are in a row when at most three words and no punctuation stand between.
    """
    run = [unit]
    for step in (1, -1):
        current = unit
        while True:
            position, gap = (current.last + 1, 0) if step == 1 else (current.first - 1, 0)
            while 0 <= position < len(sentence.tokens) and sentence.unit(position) is None:
                if not sentence.tokens[position].lower[:1].isalnum() or gap == 3:
                    break
                gap += 1
                position += step
            neighbour = sentence.unit(position)
            if neighbour is None or neighbour.roll_ups != unit.roll_ups or neighbour.voice:
                break
            run.append(neighbour)
            current = neighbour
    return min(run, key=lambda member: (KIND_RANK.get(member.kind, 9), member.start))


def _after_preposition(sentence: Sentence, unit: Unit, words: Words) -> bool:
    position = unit.first - 1
    while position >= 0 and sentence.tokens[position].lower in words.determiners:
        position -= 1
    return position >= 0 and sentence.tokens[position].lower in words.prepositions


def left_unit(sentence: Sentence, position: int, words: Words) -> Unit | None:
    """The nearest actor before token ``position`` in its clause, skipping those that follow
    a preposition; the antecedent of a relative pronoun ("Russia, which ...")."""
    index, steps = position - 1, 0
    while index >= 0 and steps < SCAN_LIMIT:
        token = sentence.tokens[index]
        if token.lower in STOP_MARKS or token.lower in words.clause_breaks:
            return None
        if token.lower in words.relatives and sentence.unit(index) is None:
            before = index - 1
            if before >= 0 and sentence.tokens[before].lower == ",":
                before -= 1
            return sentence.unit(before)
        unit = sentence.unit(index)
        if unit is not None:
            if not _after_preposition(sentence, unit, words):
                return unit
            index = unit.first
        index -= 1
        steps += 1
    return None


def right_unit(
    sentence: Sentence, position: int, words: Words, skip: frozenset[int] = frozenset()
) -> Unit | None:
    """The nearest actor after token ``position`` in its clause (never the voice's "we")."""
    index, steps = position + 1, 0
    while index < len(sentence.tokens) and steps < SCAN_LIMIT:
        if index in skip:
            index += 1
            continue
        token = sentence.tokens[index]
        unit = sentence.unit(index)
        if unit is None and (
            token.lower in STOP_MARKS
            or token.lower in words.clause_breaks
            or token.lower in words.relatives
        ):
            return None
        if unit is not None:
            if not unit.voice:
                return unit
            index = unit.last
        index += 1
        steps += 1
    return None


def _is_participle(sentence: Sentence, index: int) -> bool:
    token = sentence.tokens[index]
    if sentence.language == "fr":
        return token.lower in participles(token.lemma, "fr") or token.lower.endswith(
            _FRENCH_PARTICIPLE_ENDINGS
        )
    return token.lower != token.lemma and not token.lower.endswith(("ing", "s"))


def passive_agent(
    sentence: Sentence, trigger: TriggerMatch, words: Words
) -> tuple[bool, Unit | None]:
    """Whether the trigger is a passive verb ("was condemned", "est accusée"), and its agent
    (the actor after "by"/"par"), if named."""
    if not _is_participle(sentence, trigger.head):
        return False, None
    index = trigger.first - 1
    while index >= 0 and trigger.first - index <= 4:
        token = sentence.tokens[index]
        if token.lemma in words.passive_aux or token.lower in words.passive_aux:
            before = sentence.tokens[index - 1].lower if index > 0 else ""
            if before in words.reflexives or (
                index > 1 and sentence.tokens[index - 2].lower in words.reflexives
            ):
                return False, None  # "s'est entretenu": active
            break
        if not (
            token.lower.endswith(("ly", "ment"))
            or token.lower in words.negations
            or token.lower in ("also", "aussi", "déjà", "already", "ne")
        ):
            return False, None
        index -= 1
    else:
        return False, None
    for position in range(trigger.last + 1, min(trigger.last + 9, len(sentence.tokens))):
        lower = sentence.tokens[position].lower
        if lower in STOP_MARKS:
            break
        if lower in words.agents:
            return True, right_unit(sentence, position, words)
    return True, None


def word_order_arguments(
    sentence: Sentence, trigger: TriggerMatch, words: Words, earlier: list
) -> tuple[list[Unit], list[Unit]]:
    """The sources and targets of a trigger by word order (see the module's docstring).

    ``earlier`` holds ``(sources, targets)`` of the triggers before it in the sentence: a
    verb coordinated with an earlier one ("Japan condemned Russia and sanctioned Belarus")
    takes its sources.
    """
    is_passive, agent = passive_agent(sentence, trigger, words)
    if is_passive:
        if agent is None:
            return [], []
        target = left_unit(sentence, trigger.first, words)
        return coordinated(sentence, agent, words), coordinated(sentence, target, words)
    source = left_unit(sentence, trigger.first, words)
    sources = coordinated(sentence, source, words)
    if source is not None:
        between = {t.lower for t in sentence.tokens[source.last + 1 : trigger.first]}
        if between & words.coordinators:
            for earlier_sources, earlier_targets in reversed(earlier):
                if source in earlier_targets and earlier_sources:
                    sources = earlier_sources
                    break
    target = right_unit(sentence, trigger.head, words, frozenset(trigger.words))
    return sources, coordinated(sentence, target, words)


def _clause_end(sentence: Sentence, start: int, words: Words) -> int:
    for index in range(start, len(sentence.tokens)):
        lower = sentence.tokens[index].lower
        if lower in STOP_MARKS or lower in words.clause_breaks:
            return index
    return len(sentence.tokens) - 1


def frames_of(sentence: Sentence, words: Words) -> list[Frame]:
    """The claims and requests of a sentence, and the tokens each holds.

    A claim is what follows an accusation and its target and a complementizer ("accused
    Russia of ...", "accusent la Russie de ..."), what follows a reporting verb ("said",
    "affirme"), what precedes ", Japan said", or the whole sentence with "according to X"
    or "selon X". A request is what follows a request and its target and a complementizer
    ("urged China to ...", "exhorté la Chine à ...").
    """
    tokens, frames = sentence.tokens, []
    for trigger in sentence.triggers:
        if trigger.type not in ("ACCUSE", "REQUEST"):
            continue
        index, steps = trigger.last + 1, 0
        while index < len(tokens) and steps < 8:
            unit = sentence.unit(index)
            if unit is not None:
                index = unit.last + 1
            elif (
                tokens[index].lower in words.determiners
                or tokens[index].lower in words.agents
                or tokens[index].lower == "'s"
            ):
                index += 1
            else:
                break
            steps += 1
        if index < len(tokens) and tokens[index].lower in words.complementizers:
            # What was claimed or asked is the verb right after ("of supplying", "de ne pas
            # vouloir", "à faire pression"), not the rest of the clause.
            end = min(index + CLAIM_REACH, _clause_end(sentence, index, words))
            for position in range(index + 1, end + 1):
                if tokens[position].lower in words.coordinators | {","}:
                    end = position - 1
                    break
            claimant = left_unit(sentence, trigger.first, words)
            kind = "claim" if trigger.type == "ACCUSE" else "request"
            frames.append(Frame(kind, claimant, index, end))
    for index, token in enumerate(tokens):
        if sentence.unit(index) is not None:
            continue
        if token.lemma in words.reporting or token.lower in words.reporting:
            claimant = left_unit(sentence, index, words)
            if claimant is not None:
                end = _clause_end(sentence, index + 1, words)
                frames.append(Frame("claim", claimant, index + 1, end))
            speaker = sentence.unit(index - 1)
            if speaker is not None and speaker.first > 0 and tokens[speaker.first - 1].lower == ",":
                frames.append(Frame("claim", speaker, 0, speaker.first - 1))
        elif tuple(t.lower for t in tokens[index : index + len(words.according)]) == (
            words.according
        ):
            after_word = index + len(words.according) - 1
            claimant = right_unit(sentence, after_word, words)
            if claimant is not None and claimant.first - after_word <= 3:
                frames.append(Frame("claim", claimant, 0, len(tokens) - 1))
    return frames


def _french_future(token) -> bool:
    """Whether a French verb is in the future or the conditional: its infinitive (less the
    final e of -re verbs) followed by the endings of those tenses (rencontrera, sanctionnerait;
    not the imperfect rencontraient)."""
    if not token.lemma.endswith(("er", "ir", "re")):
        return False
    stem = token.lemma[:-1] if token.lemma.endswith("re") else token.lemma
    return token.lower.startswith(stem) and token.lower[len(stem) :] in _FRENCH_FUTURE_ENDINGS


def status_of(sentence: Sentence, trigger: TriggerMatch, frames: list[Frame], words: Words) -> str:
    """``negated``, ``alleged``, ``future`` or ``asserted`` (the first that applies).

    Negation and future are read in the words before the trigger, back to the nearest actor
    or punctuation ("n'a pas condamné", "did not sign", "refused to meet", "will meet",
    "va rencontrer", "plans to sanction"), and in the trigger itself for the French future
    and conditional ("rencontrera", "sanctionnerait"); a claim by an actor other than the
    voice makes it alleged, a request makes it future.
    """
    tokens = sentence.tokens
    window = []
    index = trigger.first - 1
    while index >= 0 and trigger.first - index <= 6:
        token = tokens[index]
        if token.lower in STOP_MARKS or token.lower == "," or sentence.unit(index) is not None:
            break
        window.append(token)
        index -= 1
    lowers = {token.lower for token in window}
    lemmas = {token.lemma for token in window}
    after = {token.lower for token in tokens[trigger.last + 1 : trigger.last + 3]}
    after |= {tokens[i].lower for i in range(trigger.first, trigger.last) if i not in trigger.words}
    negated = bool(lowers & words.negations) or bool(lemmas & words.refusals)
    if "ne" in lowers and (after | lowers) & (words.negations | words.weak_negations):
        negated = True
    if negated:
        return "negated"
    covering = [f for f in frames if f.start <= trigger.first <= f.end]
    if any(f.kind == "claim" and f.claimant is not None and not f.claimant.voice for f in covering):
        return "alleged"
    inflected_future = sentence.language == "fr" and _french_future(tokens[trigger.head])
    if (lowers | lemmas) & words.futures or inflected_future:
        return "future"
    if any(f.kind == "request" for f in covering):
        return "future"
    return "asserted"
