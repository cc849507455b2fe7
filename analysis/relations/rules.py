"""Who does what to whom, from word order.

These rules read tokens, not a parse, so that they work in any language with word lists in
:mod:`analysis.relations.words` and without any model:

- the *source* is the nearest actor before the trigger in its clause (the antecedent of a
  relative pronoun: "Russia, which supplied ..."), the *target* the nearest actor after it;
  with a passive ("was condemned by", "est accusée par") the two change places;
- actors joined by "and"/"et" (with commas before) are coordinated: each takes part;
- of several mentions of one side in a row ("Chinese President Xi Jinping"), the most
  specific stands for it.

Nouns have rules of their own (:mod:`analysis.relations.nominal`); the status is read by
:mod:`analysis.relations.status`. :mod:`analysis.relations.parse` finds the arguments of
French sentences from a dependency parse instead, with the grouping rules of this module.
"""

from __future__ import annotations

import itertools
from typing import NamedTuple

from analysis.relations.coordination import after_preposition, coordinated, side_tokens
from analysis.relations.lexicon import TriggerMatch
from analysis.relations.sentence import Sentence, Unit
from analysis.relations.subjects import (
    SUBJECT_PRONOUNS,
    giver_of_purpose,
    office_after_preposition,
    owns_effort,
    pronoun_subject,
)
from analysis.relations.tokens import (
    french_infinitive,
    is_english_past,
    is_french_participle,
    verb_lemmas,
)
from analysis.relations.words import QUOTE_MARKS, STOP_MARKS, Words

__all__ = [
    "CLAUSE_PRONOUNS",
    "NOUN_ENDINGS",
    "SYMMETRIC_TYPES",
    "Earlier",
    "infinitive_of_noun",
    "joined_backing",
    "left_unit",
    "owner_of_act",
    "passive_agent",
    "restarted",
    "right_unit",
    "subject_after_opening",
    "subject_of_coordinated",
    "word_order_arguments",
]

SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
"""Types that coordinated actors do to each other ("Blinken and Wang met")."""

TOPICAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT"})
"""Types whose act is about what follows "on", "about", « sur » ("a conference on Syria",
"talks on Ukraine with Turkey"), not done to it."""

SCAN_LIMIT = 10
"""Tokens searched on each side of a trigger for its actors."""

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


class Earlier(NamedTuple):
    """The arguments read for a trigger that stands before another in its sentence."""

    sources: list[Unit]
    targets: list[Unit]
    first: int
    """The trigger's first token."""
    verbal: bool
    """Whether the trigger is used as a verb (not a noun)."""


_STANCE_TYPES = frozenset({"SUPPORT", "AGREE"})
_THAT = frozenset({"that", "que", "qu'"})
"""Words that open a clause after a verb: what is supported or agreed is the clause, not
the actor named in it ("reaffirmed that further Russian aggression would result in")."""

_PRAISE = frozenset(
    {
        "appreciate",
        "applaud",
        "commend",
        "praise",
        "salute",
        "hail",
        "welcome",
        "laud",
        "saluer",
        "féliciter",
        "apprécier",
        "applaudir",
        "louer",
    }
)
"""Verbs of praise: what is praised in a clause is the deed of the actor named in it
("appreciate that Indonesia has made food security a G20 priority")."""

_BONDS = frozenset(
    {"alliance", "alliances", "partnership", "partnerships", "relationship", "ties", "friendship"}
)
CLAUSE_PRONOUNS = frozenset(
    {"we", "they", "he", "she", "it", "i", "you", "nous", "ils", "elles", "il", "elle", "on"}
)
"""Personal pronouns that open a clause as its subject, English and French."""
_CLAUSE_OPENERS = CLAUSE_PRONOUNS | frozenset(
    {"any", "all", "every", "no", "such", "our", "these", "those", "this", "further"}
)
"""Words that open a clause's subject after "that" (pronouns, quantifiers, determiners
beyond :attr:`Words.determiners`)."""


def _that_clause(sentence: Sentence, index: int, words: Words) -> bool:
    """Whether token ``index`` opens a clause ("reaffirmed that any further Russian
    aggression would ...", not "support that right"), other than one about the bond
    between the two sides ("reaffirmed that the U.S.-ROK Alliance is the linchpin")."""
    tokens = sentence.tokens
    if index + 1 >= len(tokens) or tokens[index].lower not in _THAT:
        return False
    following = tokens[index + 1]
    if not (
        following.lower in words.determiners
        or following.lower in _CLAUSE_OPENERS
        or sentence.unit(index + 1) is not None
        or (index + 2 < len(tokens) and sentence.unit(index + 2) is not None)
    ):
        return False
    return not any(token.lower in _BONDS for token in tokens[index + 1 : index + 11])


_LINKING_ADVERBS = frozenset(
    {"also", "further", "then", "later", "additionally", "aussi", "également", "ensuite"}
    | {"will", "would", "shall", "should", "could", "can", "may", "might", "must"}
)
"""Adverbs and modals between a coordinator and the verb it joins ("and also encouraged",
"and will continue")."""

_MEMBERS = frozenset({"member", "members", "membre", "membres", "state", "states", "country"})
"""Nouns of a group's members, through which "of" names the group ("condemned by members of
the European Union")."""


def left_unit(sentence: Sentence, position: int, words: Words) -> Unit | None:
    """The nearest actor before token ``position`` in its clause, skipping those that follow
    a preposition; the antecedent of a relative pronoun ("Russia, which ...")."""
    index, steps, commas = position - 1, 0, False
    while index >= 0 and steps < SCAN_LIMIT:
        token = sentence.tokens[index]
        if token.lower in STOP_MARKS or token.lower in words.clause_breaks:
            return None
        if token.lower in SUBJECT_PRONOUNS and sentence.unit(index) is None:
            person = pronoun_subject(sentence, index, words)
            if person is not False:
                return person
        if (
            token.lower in words.relatives or _relative_that(sentence, index, position, words)
        ) and sentence.unit(index) is None:
            before = index - 1
            if before >= 0 and sentence.tokens[before].lower == ",":
                before -= 1
            return sentence.unit(before) or owner_of_act(sentence, before, words)
        commas = commas or token.lower == ","
        unit = sentence.unit(index)
        if unit is not None:
            group = coordinated(sentence, unit, words)
            opening = min(group, key=lambda member: member.first) if group else unit
            if (
                not unit.possessive
                and not after_preposition(sentence, opening, words)
                and not office_after_preposition(sentence, opening, words)
                and not _backer(sentence, opening, words)
                and not _joined_backer(sentence, unit, position)
                and (not commas or _opens_clause(sentence, opening, words))
            ):
                return unit
            if unit.possessive and owns_effort(sentence, unit, position, words):
                return unit  # "our efforts to support Haiti": the owner does it
            if unit.possessive and opening.last < unit.first:
                # the voice's "our" owns a noun ("The United States and our partners
                # condemned"): the actor it is listed with is read next
                index = opening.last + 1
            else:
                index = min(unit.first, opening.first)
        index -= 1
        steps += token.lower not in QUOTE_MARKS
    return None


_BACKING_TYPES = frozenset({"SUPPORT", "AID"})
"""Types of a participle of backing ("backed by", "Iran-backed")."""


def _backer(sentence: Sentence, unit: Unit, words: Words) -> bool:
    """Whether an actor is the agent of a participle of support or help set after a noun
    ("the rebels backed by Russia", « les rebelles soutenus par la Russie »): the noun acts,
    not its backer (a leader is kept: "the coalition led by Saudi Arabia")."""
    position = unit.first - 1
    while position >= 0 and sentence.tokens[position].lower in words.determiners:
        position -= 1
    if position < 1 or sentence.tokens[position].lower not in words.agents:
        return False
    return any(
        trigger.last == position - 1 and trigger.type in _BACKING_TYPES
        for trigger in sentence.triggers
    )


def joined_backing(sentence: Sentence, unit: Unit | None):
    """The trigger of backing joined to an actor by a hyphen ("Iran-backed", "Kremlin-backed"),
    if one is: the actor backs the noun the participle qualifies."""
    hyphen = sentence.tokens[unit.last + 1 : unit.last + 2] if unit is not None else []
    if not hyphen or hyphen[0].lower != "-":
        return None
    after = [t for t in sentence.triggers if t.first == unit.last + 2]
    return after[0] if after and after[0].type in _BACKING_TYPES else None


def _joined_backer(sentence: Sentence, unit: Unit, position: int) -> bool:
    """Whether an actor is joined to a participle of backing before ``position`` ("Iran-backed
    militias threaten ..."): the militias act, not their backer."""
    backing = joined_backing(sentence, unit)
    return backing is not None and backing.first < position


def _relative_that(sentence: Sentence, index: int, position: int, words: Words) -> bool:
    """Whether "that" right before the verb at ``position`` (adverbs between) is the
    relative subject of an act whose doer is named with "by" just before ("the attack by
    the Houthis today that struck the airport") or right before it ("the US airstrike
    that killed"): that doer, not an actor further back, did it. Elsewhere ("signed an
    order that banned") the scan goes on."""
    tokens = sentence.tokens
    return (
        sentence.language == "en"
        and tokens[index].lower == "that"
        and all(token.lower.endswith("ly") for token in tokens[index + 1 : position])
        and (
            any(token.lower == "by" for token in tokens[max(0, index - 5) : index])
            or owner_of_act(sentence, index - 1, words) is not None
        )
    )


def owner_of_act(sentence: Sentence, position: int, words: Words) -> Unit | None:
    """The actor right before the act named by the trigger that ends at token
    ``position``, a possessive mark and adjectives between: the doer of a relative clause
    on that act ("the US airstrike that killed Soleimani", "Russia's strike, which
    killed"), the one a support named after it helps ("Russia's brutal and unprovoked war,
    with the support of Belarus")."""
    tokens = sentence.tokens
    ends = STOP_MARKS | {","} | words.determiners | words.prepositions | words.of
    for match in sentence.triggers:
        if match.last == position:
            index = match.first - 1
            while index >= 0 and match.first - index <= _OWNER_REACH:
                unit = sentence.unit(index)
                if unit is not None:
                    return unit
                if tokens[index].lower in ends | words.relatives:
                    return None
                index -= 1
            return None
    return None


_OWNER_REACH = 5
"""Words from an act back to its owner: a possessive mark and adjectives."""


def _capitalised(sentence: Sentence, position: int) -> bool:
    token = sentence.tokens[position]
    return sentence.text[token.start : token.start + 1].isupper() and token.lower.isalpha()


def _opens_clause(sentence: Sentence, unit: Unit, words: Words) -> bool:
    """Whether an actor stands at the head of its clause ("President Biden, speaking in
    Warsaw, condemned"), not as the object of a verb before it ("after having visited
    Japan, after having visited Korea")."""
    first, _ = side_tokens(sentence, unit)
    position = first - 1
    while position >= 0 and (
        sentence.tokens[position].lower in words.determiners
        or (sentence.language == "en" and _capitalised(sentence, position))
    ):
        position -= 1  # "the", "President" Biden
    if position < 0:
        return True
    before = sentence.tokens[position].lower
    return (
        before in STOP_MARKS
        or before == ","
        or before in words.coordinators
        or before in words.clause_breaks
        or before in ("that", "whether", "que", "si")
        or sentence.tokens[position].end == sentence.tokens[position].start
    )


def right_unit(
    sentence: Sentence, position: int, words: Words, skip: frozenset[int] = frozenset()
) -> Unit | None:
    """The nearest actor after token ``position`` in its clause (never the voice's "we")."""
    index, steps, phrase = position + 1, 0, False
    while index < len(sentence.tokens) and steps < SCAN_LIMIT:
        if index in skip or restarted(sentence, index):
            index += 1  # "stand with the – with Ukraine": the speaker starts again
            continue
        token = sentence.tokens[index]
        unit = sentence.unit(index)
        if unit is None and (
            token.lower in STOP_MARKS
            or token.lower in words.clause_breaks
            or token.lower in words.relatives
            or _setting(sentence, index, words)
            or _before_infinitive(sentence, index, words)
            or (phrase and _participle_with_agent(sentence, index, words))
        ):
            return None
        # a preposition inside the trigger's own span ("voté à l'unanimité en faveur de")
        # opens no phrase
        phrase = phrase or (token.lower in words.prepositions and index > max(skip, default=-1))
        if unit is not None:
            if not unit.voice:
                return unit
            index = unit.last
        index += 1
        steps += token.lower not in QUOTE_MARKS
    return None


def _participle_with_agent(sentence: Sentence, index: int, words: Words) -> bool:
    """Whether a participle with its own agent opens at ``index``: inside a prepositional
    phrase ("restore relations in a deal brokered by China"), the actor after it is that
    act's, not the verb's object (which "condemned the atrocities committed by Putin's
    forces" keeps)."""
    following = index + 1
    return (
        following < len(sentence.tokens)
        and sentence.tokens[following].lower in words.agents
        and index > 0
        and sentence.unit(index - 1) is None
        and _is_participle(sentence, index)
    )


def _topic(sentence: Sentence, trigger: TriggerMatch, unit: Unit, words: Words) -> bool:
    """Whether ``unit`` is what the act is about: "on", "about", « sur » before it (articles
    between), after the trigger ("a meeting on Haiti", "agreed on Iran")."""
    tokens = sentence.tokens
    after = tokens[unit.last + 1].lower if unit.last + 1 < len(tokens) else ""
    if trigger.type == "SUPPORT" and after in words.possessives:
        return False  # "congratulated the Prime Minister on Côte d'Ivoire's progress"
    index = unit.first - 1
    while index > trigger.last and tokens[index].lower in words.determiners:
        index -= 1
    return index > trigger.last and tokens[index].lower in words.topics


def _setting(sentence: Sentence, index: int, words: Words) -> bool:
    """Whether token ``index`` opens the setting of the clause ("met the minister after
    Russia's invasion"), not an adverb before a preposition ("talked before with him")."""
    if sentence.tokens[index].lower not in words.settings:
        return False
    following = index + 1 < len(sentence.tokens) and sentence.tokens[index + 1].lower
    return following not in words.prepositions


def _before_infinitive(sentence: Sentence, index: int, words: Words) -> bool:
    """Whether token ``index`` is the "to"/"à"/"de" of an infinitive ("to hold Russia
    accountable", « de soutenir »): a new clause, whose actors are its own."""
    if sentence.tokens[index].lower not in words.infinitive_marks or index + 1 >= len(
        sentence.tokens
    ):
        return False
    following = sentence.tokens[index + 1]
    if following.lower in ("se", "s'"):
        return True  # « à s'implanter », « de se retirer »
    if sentence.unit(index + 1) is not None or not following.lower.isalpha():
        return False
    if sentence.language == "fr":
        return french_infinitive(following)
    return following.lower == following.lemma and following.lower not in words.determiners


def _is_participle(sentence: Sentence, index: int) -> bool:
    token = sentence.tokens[index]
    if sentence.language == "fr":
        return is_french_participle(token) or token.lower.endswith(_FRENCH_PARTICIPLE_ENDINGS)
    return token.lower != token.lemma and not token.lower.endswith(("ing", "s"))


def passive_agent(
    sentence: Sentence, trigger: TriggerMatch, words: Words
) -> tuple[bool, Unit | None]:
    """Whether the trigger is a passive verb ("was condemned", "est accusée"), and its agent
    (the actor after "by"/"par"), if named."""
    if not _is_participle(sentence, trigger.head) or (
        {sentence.tokens[trigger.head].lemma} & words.experiencers
    ):
        return False, None  # "is concerned about": the one concerned feels it
    if sentence.tokens[trigger.head].lemma in words.active_with_be:
        return False, None  # « sont intervenus contre »
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
            return _reduced_passive(sentence, trigger, words)
        index -= 1
    else:
        return _reduced_passive(sentence, trigger, words)
    for position in range(trigger.last + 1, min(trigger.last + 9, len(sentence.tokens))):
        lower = sentence.tokens[position].lower
        if lower in STOP_MARKS:
            break
        if lower in words.agents:
            agent = right_unit(sentence, position, words)
            between = sentence.tokens[position + 1 : agent.first] if agent is not None else []
            if any(token.lower in words.prepositions or token.lower == "from" for token in between):
                agent = None  # "par des militants depuis l'Irak": the agent is no actor
            elif any(
                token.lower in words.of
                and not {before.lower, before.lemma}
                & (words.offices | words.governments | _MEMBERS)
                for before, token in itertools.pairwise(between)
            ):
                # "encouraged by the outcomes of the ECOWAS Summit": the agent is a thing of
                # the actor's; not "by the government of France"
                agent = None
            return True, agent
    return True, None


def _reduced_passive(
    sentence: Sentence, trigger: TriggerMatch, words: Words
) -> tuple[bool, Unit | None]:
    """A participle right after a noun and followed by its agent ("the solution supported
    by the U.S.", « le plan soutenu par la France »): passive, with that agent."""
    after = trigger.last + 1
    if (
        trigger.first < 1
        or after + 1 >= len(sentence.tokens)
        or sentence.tokens[after].lower not in words.agents
        or sentence.tokens[trigger.first - 1].lemma in words.passive_aux | words.perfect_aux
    ):
        return False, None
    agent = right_unit(sentence, after, words)
    if agent is None or agent.first > after + 3:
        return False, None
    return True, agent


def subject_of_coordinated(
    sentence: Sentence, source: Unit | None, verb: int, words: Words, earlier
) -> list[Unit]:
    """The sources of the verb at token ``verb`` whose nearest actor before it is
    ``source``: when a coordinator stands between them and ``source`` is a target of an
    earlier trigger (``earlier``: :class:`Earlier` entries), the verb is coordinated with
    that trigger and takes its sources ("to condemn Russia and to stand with Ukraine",
    "condemned Russia's war and expressed solidarity": Russia is the object of the first
    verb, not the subject of the second)."""
    if source is None:
        return _coordinated_verb_subject(sentence, verb, words, earlier)
    between = {t.lower for t in sentence.tokens[source.last + 1 : verb]}
    if between & words.coordinators:
        for entry in reversed(earlier):
            if source in entry.targets:
                return list(entry.sources)
        # "We congratulate X on his election as president of Somalia and look forward to
        # working with him": Somalia stands in the first verb's complement
        joined = _coordinated_verb_subject(sentence, verb, words, earlier, source)
        if joined:
            return joined
    return coordinated(sentence, source, words)


def _verb_form(token, language: str) -> str:
    """The form of a verb, for coordination: an English gerund, an English past (its
    participle with it, :func:`~analysis.relations.tokens.is_english_past`) or another
    form (French verbs are all "other")."""
    if language != "en":
        return "other"
    if token.lower.endswith("ing"):
        return "gerund"
    return "past" if is_english_past(token) else "other"


def _coordinated_verb_subject(
    sentence: Sentence, verb: int, words: Words, earlier, inside: Unit | None = None
) -> list[Unit]:
    """The sources of a verb with no actor of its own before it that a coordinator joins to
    the verb trigger before it ("The Secretary reaffirmed U.S. support for Argentina's
    industry, and encouraged Argentina to adopt": who reaffirmed encouraged), unless a
    clause ends between the two; an actor between them (``inside``) must stand after the
    verb before, in its complement. A verb joins one of its form (:func:`_verb_form`):
    "thanked the Crown Prince for the UAE's support in hosting ... and commended the UAE"
    (who thanked commended); "discussed the importance of ..., and coordinating a response"
    (a topic); "condemned Russia's decision to recognize ... and send troops" (Russia's
    decision)."""
    tokens = sentence.tokens
    index = verb - 1
    while index >= 0 and (
        tokens[index].lower in _LINKING_ADVERBS or tokens[index].lemma in words.perfect_aux
    ):
        index -= 1
    if index < 0 or tokens[index].lower not in words.coordinators:
        return []
    language = sentence.language
    form = _verb_form(tokens[verb], language)
    before = next(
        (
            entry
            for entry in reversed(earlier)
            if entry.verbal and _verb_form(tokens[entry.first], language) == form
        ),
        None,
    )
    if before is None or before.first >= index:
        return []
    if inside is not None and not before.first < inside.first:
        return []
    if any(
        token.lower in STOP_MARKS or token.lower in words.clause_breaks
        for token in tokens[before.first : index]
    ):
        return []
    return list(before.sources)


def word_order_arguments(
    sentence: Sentence, trigger: TriggerMatch, words: Words, earlier: list
) -> tuple[list[Unit], list[Unit]]:
    """The sources and targets of a trigger by word order (see the module's docstring).

    A passive without its agent ("Russia was sanctioned") has no source. A verb in a phrase
    that opens the sentence ("By suspending Russia, the Assembly ...", "In addition to
    holding Belarus accountable, we ...") takes the subject of the main clause.
    ``earlier`` holds the :class:`Earlier` arguments of the triggers before it: a
    verb coordinated with an earlier one ("Japan condemned Russia and sanctioned Belarus")
    takes its sources.
    """
    is_passive, agent = passive_agent(sentence, trigger, words)
    if is_passive:
        target = left_unit(sentence, trigger.first, words)
        targets = coordinated(sentence, target, words)
        between = (
            {t.lower for t in sentence.tokens[target.last + 1 : trigger.first]} if target else set()
        )
        if between & words.coordinators:
            # « rejetée par l'Ukraine et écartée par les États-Unis »: the same patient
            for entry in reversed(earlier):
                if target in entry.sources:
                    targets = list(entry.targets)
                    break
        return coordinated(sentence, agent, words), targets
    source = (
        _main_subject(sentence, trigger, words) or _first_subject(sentence, trigger, words)
        if _in_opening_phrase(sentence, trigger, words)
        else left_unit(sentence, trigger.first, words)
    )
    source = _purpose_subject(sentence, trigger, source, words) or source
    if (
        source is None
        and trigger.first > 0
        and sentence.tokens[trigger.first].lower.endswith("ing")
        and sentence.tokens[trigger.first - 1].lower in _WHILE
    ):
        source = _first_subject(sentence, trigger, words, comma=False)
        if source is not None and any(
            token.lower in words.relatives for token in sentence.tokens[source.last : trigger.first]
        ):
            source = None  # "citizens who may have been captured while fighting in Ukraine"
    sources = subject_of_coordinated(sentence, source, trigger.first, words, earlier)
    if source is None and not sources:
        sources = giver_of_purpose(sentence, trigger.first, words, earlier)
    target = right_unit(sentence, trigger.head, words, frozenset(trigger.words))
    if target is not None and _past_opening_clause(sentence, trigger, target, words):
        target = None  # "As we meet here today, Ghana and Norway are ..."
    if (
        target is not None
        and trigger.type in _STANCE_TYPES
        and sentence.tokens[trigger.head].lemma not in _PRAISE
        and _that_clause(sentence, trigger.last + 1, words)
    ):
        target = None  # "reaffirmed that further Russian aggression would": a clause
    if (
        target is not None
        and trigger.type in TOPICAL_TYPES
        and _topic(sentence, trigger, target, words)
    ):
        target = None  # "hosted a conference on Syria": what it was about
    return sources, coordinated(sentence, target, words)


def _purpose_subject(
    sentence: Sentence, trigger: TriggerMatch, source: Unit | None, words: Words
) -> Unit | None:
    """The subject of the verb before an infinitive of purpose, when the actor right before
    the infinitive is that verb's object: "Seoul summoned the Russian ambassador to protest",
    « Séoul a convoqué l'ambassadeur de Russie pour protester » (Seoul protests); not after
    a verb whose object acts ("urged Japan to sanction")."""
    if source is None:
        return None
    tokens = sentence.tokens
    gap = tuple(
        token.lower
        for token in tokens[source.last + 1 : trigger.first]
        if not {token.lower, token.lemma} & words.offices  # "the Russian ambassador to"
    )
    if gap not in words.purposes:
        return None
    index = side_tokens(sentence, source)[0] - 1
    steps = 0
    while (
        index >= 0
        and steps < 4
        and (
            tokens[index].lower in words.determiners | words.of | {"l'", "d'", "the", "a", "an"}
            or tokens[index].lower in words.offices
            or tokens[index].lemma in words.offices
        )
    ):
        index -= 1  # « l'ambassadeur de », "the ambassador of"
        steps += 1
    if index < 0 or sentence.unit(index) is not None:
        return None
    verb = tokens[index]
    if verb.lower in STOP_MARKS | words.prepositions | words.verb_markers:
        return None  # "were the Russians to invade": the Russians invade
    if verb_lemmas(verb, sentence.language) & words.object_control:
        return None
    if sentence.language == "en" and verb.lower == verb.lemma and not verb.lower.endswith("ed"):
        return None  # not a verb form: "the ability of Russia to ..."
    return left_unit(sentence, index, words)


NOUN_ENDINGS = ("tion", "tions", "ment", "ments", "ance", "ence", "ship", "ity", "té")
"""Endings of the nouns an infinitive may complete ("cooperation to meet", « la
possibilité de »)."""


def infinitive_of_noun(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether the trigger is an infinitive completing a noun that is not a word of will
    ("cooperation to meet", not "commitment to working with" nor "agreed to meet"): the
    actors that own the noun do not meet each other."""
    tokens = sentence.tokens
    if trigger.first < 2 or tokens[trigger.first - 1].lower not in words.infinitive_marks:
        return False
    noun = tokens[trigger.first - 2].lower
    return (
        sentence.unit(trigger.first - 2) is None
        and noun.endswith(NOUN_ENDINGS)
        and noun not in words.willingness
    )


def _past_opening_clause(
    sentence: Sentence, trigger: TriggerMatch, target: Unit, words: Words
) -> bool:
    """Whether the trigger is in a subordinate clause that opens the sentence and the
    target lies past the comma that closes it."""
    tokens = sentence.tokens
    if not tokens or tokens[0].lower not in words.subordinators:
        return False
    commas = [i for i in range(trigger.last + 1, target.first) if tokens[i].lower == ","]
    return bool(commas) and not any(tokens[i].lower == "," for i in range(trigger.first))


def _in_opening_phrase(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether the trigger is the verb of a phrase that opens its clause: a gerund after
    "by"/"en" at the head of a clause, or any verb in a phrase that opens the sentence with
    one of the language's ``openers``, no actor before it."""
    tokens = sentence.tokens
    head = tokens[trigger.first]
    if trigger.first >= 1 and head.lower.endswith(("ing", "ant")):
        before = tokens[trigger.first - 1].lower
        opening = trigger.first - 2
        if before in ("by", "en") and (opening < 0 or tokens[opening].lower in STOP_MARKS | {","}):
            return True
    opening_words = [token.lower for token in tokens[: trigger.first]]
    return (
        bool(opening_words)
        and opening_words[0] in words.openers
        and not any(word in STOP_MARKS for word in opening_words)
        and not any(sentence.unit(i) is not None for i in range(trigger.first))
    )


def _first_subject(
    sentence: Sentence, trigger: TriggerMatch, words: Words, comma: bool = True
) -> Unit | None:
    """For a gerund that closes the sentence after a comma (« Le Japon a sanctionné la
    Russie, en dénonçant son agression »), or after "while" (``comma=False``), the actor
    that opens the sentence, only determiners before it."""
    if not sentence.units:
        return None
    first = sentence.units[0]
    if first.first > trigger.first or first.possessive:
        return None
    if any(token.lower not in words.determiners for token in sentence.tokens[: first.first]):
        return None
    between = sentence.tokens[first.last + 1 : trigger.first]
    return first if not comma or any(token.lower == "," for token in between) else None


_WHILE = frozenset({"while", "whilst", "when"})
"""Words after which a gerund closing the sentence has the sentence's subject ("Blinken
discussed Tigray while emphasizing the need for ...")."""


def _main_subject(sentence: Sentence, trigger: TriggerMatch, words: Words) -> Unit | None:
    """The subject of the main clause after the comma that ends an opening phrase: an actor
    within three words of the comma, a determiner and a noun before it at most ("the
    Secretary", « le ministre japonais »)."""
    tokens = sentence.tokens
    for index in range(trigger.last + 1, len(tokens)):
        lower = tokens[index].lower
        if lower in STOP_MARKS:
            return None
        if lower != ",":
            continue
        for following in range(index + 1, min(index + 4, len(tokens))):
            unit = sentence.unit(following)
            if unit is not None:
                return None if unit.possessive else unit
            word = tokens[following].lower
            if word in STOP_MARKS or word in words.prepositions or word in words.verb_markers:
                break
    return None


def subject_after_opening(sentence: Sentence, index: int, words: Words) -> Unit | None:
    """The subject of the clause after an opening phrase that starts at token ``index``
    ("During a 2018 trip to France, Trump refused", « Lors d'une visite en Chine, Macron
    a »): the actor right after the phrase's comma."""
    tokens = sentence.tokens
    while index > 0 and tokens[index - 1].lower in words.visit_settings | {"au"}:
        index -= 1  # « lors de », « au cours de »
    opening = index == 0 or tokens[index - 1].lower in words.complementizers | {","}
    if not opening:
        return None
    for position in range(index + 1, min(len(tokens) - 1, index + _OPENING_REACH)):
        if tokens[position].lower in STOP_MARKS:
            return None
        if tokens[position].lower == ",":
            subject = sentence.unit(position + 1)
            if subject is None and position + 2 < len(tokens):
                subject = sentence.unit(position + 2)  # ", the Secretary", « , le président »
            return subject
    return None


_OPENING_REACH = 12
"""Tokens an opening phrase may hold before its comma."""


def restarted(sentence: Sentence, index: int) -> bool:
    """Whether the dash at token ``index`` marks a speaker starting again: the word after
    it is one of the two words before it ("against the – against Ukraine")."""
    tokens = sentence.tokens
    if tokens[index].lower not in _DASHES or index + 1 >= len(tokens):
        return False
    return tokens[index + 1].lower in {token.lower for token in tokens[max(0, index - 2) : index]}


_DASHES = frozenset({"–", "—"})
