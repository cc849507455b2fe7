"""Who a subject pronoun stands for, and whose office a phrase after a preposition names.

"He" / "she" right before a verb, and « il » / « elle » after a subordinator ("where he
met", « où il a rencontré »), stand for the person named last before them in the sentence,
not for the nearest actor ("Norland visited Tripoli, Libya, where he met with": Norland).
An actor named after "of" in an office that follows a preposition is whose office it is,
not a subject ("met with the foreign ministers of Guatemala and Honduras to discuss"). An
infinitive of purpose after a gift, with no actor near it, is the giver's act ("provided
vaccines, ventilators, and technical assistance to support"), and one after an effort is
its owner's ("our efforts to support Haiti").
"""

from __future__ import annotations

from analysis.relations.coordination import after_preposition
from analysis.relations.sentence import PERSON_KINDS, Sentence, Unit
from analysis.relations.words import GIFT_REACH, STOP_MARKS, Words, purpose_mark

__all__ = [
    "SUBJECT_PRONOUNS",
    "giver_of_purpose",
    "office_after_preposition",
    "owns_effort",
    "person_before",
    "pronoun_subject",
]

SUBJECT_PRONOUNS = frozenset({"he", "she", "il", "elle"})
_ENGLISH_SUBJECT_PRONOUNS = frozenset({"he", "she"})
"""Subject pronouns that stand for a person wherever they stand (French « il » may be
impersonal, « elle » may stand for a delegation: only after a subordinator)."""
_FIRST_PERSONS = frozenset({"we", "i", "us", "me", "nous", "je", "on"})
_PERSON_LIKE = PERSON_KINDS | {"voice", "pronoun"}
_SUBORDINATORS = frozenset(
    {"where", "when", "as", "after", "before", "while", "où", "quand", "lorsque", "lorsqu'"}
)
"""Words that open a clause whose pronoun subject ("where he met") is the person named
before."""


def _office_of(sentence: Sentence, unit: Unit, words: Words) -> bool:
    """Whether a demonym qualifies an office ("the new Israeli foreign minister"): a
    person of that state."""
    following = sentence.tokens[unit.last + 1 : unit.last + 3]
    return unit.kind == "demonym" and any(token.lower in words.offices for token in following)


def person_before(sentence: Sentence, end: int, words: Words, fallback: bool = True) -> Unit | None:
    """Whom "he" / « il » after token ``end`` stands for: the person named last before it
    (a leader, an official, the voice's official "the Secretary", a pronoun for one, a
    demonym before an office; not "we" or "I"), else, with ``fallback``, the first actor of
    the sentence if no preposition stands before it ("U.S. Special Envoy Tim Lenderking ...
    where he")."""
    before = [unit for unit in sentence.units if unit.last < end and not unit.possessive]
    people = [
        unit
        for unit in before
        if (unit.kind in _PERSON_LIKE or _office_of(sentence, unit, words))
        and sentence.text[unit.start : unit.end].lower() not in _FIRST_PERSONS
    ]
    if people:
        return people[-1]
    if not fallback:
        return None
    first = before[0] if before else None
    return first if first is not None and not after_preposition(sentence, first, words) else None


_OFFICE_MODIFIERS = frozenset(
    {"foreign", "prime", "defense", "defence", "deputy", "vice", "senior", "affaires"}
    | {"étrangères", "premier", "vice-", "adjoint", "adjointe"}
)


def office_after_preposition(sentence: Sentence, unit: Unit, words: Words) -> bool:
    """Whether the actor names whose an office is, in a phrase after a preposition ("met
    with the foreign ministers of Guatemala and Honduras to discuss": they are met, not the
    subject)."""
    tokens = sentence.tokens
    index = unit.first - 1
    if index < 1 or tokens[index].lower not in words.of:
        return False
    index, offices = index - 1, 0
    while index >= 0 and (
        tokens[index].lower in words.offices
        or tokens[index].lemma in words.offices
        or tokens[index].lower in _OFFICE_MODIFIERS
        or tokens[index].lower in words.determiners
    ):
        offices += tokens[index].lower in words.offices or tokens[index].lemma in words.offices
        index -= 1
    if offices == 0 or index < 1:
        return False
    before = sentence.unit(index - 1)
    if tokens[index].lower in words.coordinators and before is not None:
        # "with the foreign secretary of Mexico and the foreign ministers of Guatemala"
        return office_after_preposition(sentence, before, words)
    return tokens[index].lower in words.prepositions


def pronoun_subject(sentence: Sentence, index: int, words: Words) -> Unit | bool | None:
    """The actor the subject pronoun at token ``index`` stands for (None when nobody named
    before in the sentence), or False when the pronoun is not read here (« il » outside a
    subordinate clause may be impersonal: "Kim emphasized that the PRC and the United
    States share an interest, and he called upon Beijing": Kim)."""
    lower = sentence.tokens[index].lower
    subordinate = index > 0 and sentence.tokens[index - 1].lower in _SUBORDINATORS
    if not (subordinate or lower in _ENGLISH_SUBJECT_PRONOUNS):
        return False
    return person_before(sentence, index, words, fallback=subordinate)


def giver_of_purpose(sentence: Sentence, first: int, words: Words, earlier) -> list[Unit]:
    """The sources of an infinitive of purpose at token ``first`` that has no actor of its
    own before it: the sources of the verb of a gift (an AID trigger) it completes in its
    clause ("The United States provided life-saving vaccines, ventilators, and technical
    assistance to support Sri Lanka's response", « La France a fourni des vaccins, des
    respirateurs et une aide technique pour soutenir »). ``earlier`` holds the arguments
    read for the triggers before it (``sources``, ``first``, ``verbal``). Nothing after
    another verb: "urged the parties to support" (the parties act), "welcomed the decision
    to support" (whose decision it is)."""
    tokens = sentence.tokens
    mark = purpose_mark(tokens, first, words)
    if mark is None:
        return []
    types = {match.first: match.type for match in sentence.triggers}
    for entry in reversed(earlier):
        if entry.first >= mark or not entry.verbal:
            continue  # "technical assistance to support": a noun of the gift, not its verb
        between = {token.lower for token in tokens[entry.first + 1 : mark]}
        if (
            types.get(entry.first) != "AID"
            or mark - entry.first > GIFT_REACH
            or between & (STOP_MARKS | words.recipient_marks)
        ):
            return []  # "provided a list of questions to the reporters to ask": theirs
        return list(entry.sources)
    return []


def owns_effort(sentence: Sentence, unit: Unit, position: int, words: Words) -> bool:
    """Whether a possessive owns an effort whose infinitive is at ``position`` ("our
    efforts to support", « nos efforts pour soutenir »), adjectives between; not a joint one,
    whose owners are the clause's subjects ("They discussed our joint efforts to support",
    "our commitment to working together")."""
    tokens = sentence.tokens
    between = [token.lower for token in tokens[unit.last + 1 : position]]
    following = {token.lower for token in tokens[position : position + 3]}
    return (
        1 < len(between) <= 4
        and between[-1] in words.infinitive_marks | {"pour"}
        and between[-2] in words.efforts
        and not (set(between) | following) & _JOINT
    )


_JOINT = frozenset(
    {"joint", "shared", "collective", "common", "mutual", "together", "conjoints", "communs"}
    | {"conjoint", "commun", "partagé", "partagés", "collectifs", "ensemble"}
)
