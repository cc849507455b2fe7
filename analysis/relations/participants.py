"""Who takes part in an act, beyond the word order of its arguments.

The partners listed after "with" / « avec » ("spoke with NATO's Geoana, Poland's Przydacz
and the OSCE's Schmid"), a group that gathers in a place ("X, Y and Z met in Cairo"), every
pair of a reciprocal act, a stated will to act (AGREE), and the voice as the agent of an
official act stated without one.
"""

from __future__ import annotations

import functools
import itertools
import re

from analysis.relations.coordination import (
    after_preposition,
    before_articles,
    coordinated,
    delegation_origin,
    side_tokens,
    specific,
)
from analysis.relations.lexicon import TriggerMatch
from analysis.relations.rules import (
    CLAUSE_PRONOUNS,
    SYMMETRIC_TYPES,
    joined_backing,
    left_unit,
    owner_of_act,
    passive_agent,
    subject_after_opening,
)
from analysis.relations.sentence import KIND_RANK, Sentence, Unit
from analysis.relations.tokens import french_infinitive, verb_lemmas
from analysis.relations.words import STOP_MARKS, Words, words_of

__all__ = [
    "LARGEST_GROUP",
    "PARTNER_WORDS",
    "WILLING_TYPES",
    "agentless",
    "agreed_content",
    "aimed_at_place",
    "answered_act",
    "backed_noun",
    "deferred_will",
    "each_other",
    "gathering",
    "helped",
    "implied_voice",
    "infinitive_after",
    "left",
    "obliged",
    "partners",
    "reciprocal",
    "retyped",
    "trilateral",
    "willing",
]

LARGEST_GROUP = 8
"""The most actors a symmetric act among coordinated actors is expanded for: four ministers
who met give twelve relations, the six signatories of a treaty thirty; a summit of twenty
gives none (it is not a dyadic act)."""


WILLING_TYPES = frozenset({"COOPERATE", "CONSULT", "AID"})
"""Types of an act whose stated will is an agreement (guideline: "ready to talk", "looks
forward to working with" are AGREE)."""


_BARE_WILLS = frozenset({"look forward to"})
"""Lexicon entries of a will that name no act of their own ("looks forward to")."""


def deferred_will(sentence: Sentence, trigger) -> bool:
    """Whether a bare will ("looks forward to") comes right before another act of the
    lexicon that is no cooperation ("looks forward to supporting Moldova"): that act, to
    come, is the relation, not an agreement. Welcoming a guest is a meeting to come, and
    the will stays ("looks forward to welcoming the Minister to Washington")."""
    if trigger.entry not in _BARE_WILLS:
        return False
    words = words_of(sentence.language)
    hosts = words.hosts | words.welcomes
    return any(
        trigger.last < other.first <= trigger.last + 3
        and other.type not in WILLING_TYPES | {"AGREE"}
        and sentence.tokens[other.head].lemma not in hosts
        for other in sentence.triggers
    )


def willing(sentence: Sentence, trigger, words) -> str | None:
    """The word of will that opens the trigger's phrase, if one does, "to", "for" / « à »,
    « au », « de », « pour » between ("ready to talk", "ready for talks with", « prêts à
    coopérer », « ouverte au dialogue »), and words that neither name an actor nor state
    another act after it ("look forward to strengthening our cooperation", "ready to further
    deepen its partnership with")."""
    tokens = sentence.tokens
    wanted = will_verb_before(sentence, trigger, words)
    if wanted is not None:
        return wanted
    for mark in range(trigger.first - 1, max(0, trigger.first - _WILL_REACH) - 1, -1):
        token = tokens[mark]
        if token.lower in ("to", "for", "à", "au", "aux", "de", "d'", "pour"):
            for before in tokens[max(0, mark - 2) : mark]:
                if before.lower in words.willingness:
                    return before.lower
        unit = sentence.unit(mark)
        if (
            (unit is not None and not unit.voice)  # "our cooperation" is the voice's
            or token.lower in STOP_MARKS
            or token.lower == ","
            or token.lower in words.relatives
            or sentence.in_trigger(mark)
        ):
            return None
    return None


def will_verb_before(sentence: Sentence, trigger, words) -> str | None:
    """A verb of will whose object is the trigger, articles and adjectives between ("seeks
    closer ties with", "wants a partnership with", « cherche des liens plus étroits avec »).
    """
    tokens = sentence.tokens
    if trigger.type in _SOUGHT_TYPES:
        return None  # "seeking emergency assistance", "seeking support": asked for, not given
    for index in range(trigger.first - 1, max(-1, trigger.first - 4), -1):
        token = tokens[index]
        if verb_lemmas(token, sentence.language) & words.will_verbs:
            infinitive = sentence.language == "fr" and french_infinitive(tokens[trigger.first])
            return None if infinitive else token.lower  # « veut remercier »: a verb
        capitalised = sentence.text[token.start : token.start + 1].isupper()
        if (
            sentence.unit(index) is not None
            or capitalised
            or not token.lower.isalpha()
            or token.lower in _INFINITIVE_MARKS
        ):
            return None  # "want to thank": a verb, not a noun, is wanted
    return None


_SOUGHT_TYPES = frozenset({"AID", "SUPPORT"})
"""Acts one seeks from others, not with them: seeking them states no will to give them."""
_INFINITIVE_MARKS = frozenset({"to", "à", "de", "d'", "pour", "for"})


_WILL_REACH = 5
"""Tokens before a trigger in which the word of will that opens its phrase is looked for."""


def reciprocal(sentence: Sentence, trigger, words) -> bool:
    """Whether a reciprocal pronoun follows the trigger, a word or two on ("help each
    other", « s'aider mutuellement », « se soutenir l'un l'autre »), or the trigger is an
    exchange ("exchanged fire")."""
    head = sentence.tokens[trigger.head]
    if len(trigger.words) > 1 and {head.lemma, head.lower} & words.exchanges:
        return True  # "exchanged fire", « ont échangé des tirs »
    lowers = [token.lower for token in sentence.tokens[trigger.last + 1 : trigger.last + 7]]
    return any(
        tuple(lowers[start : start + len(pronoun)]) == pronoun
        for pronoun in words.each_other
        for start in range(3)
    )


PARTNER_WORDS = frozenset({"with", "avec"})
"""The last word of a trigger that names partners after it ("spoke with", « s'entretenir
avec »)."""

_LIST_ENDS = (STOP_MARKS - {"(", ")"}) | frozenset({"to", "pour", "afin"})
"""With a language's topics and relatives, the words that end a list of partners: its
topic, a relative clause, the clause's end (parentheses do not: "NATO (the Alliance),
Poland and ...")."""


@functools.cache
def _list_ends(words: Words) -> frozenset[str]:
    """Every word that ends a list of partners in a language (built once per language)."""
    return _LIST_ENDS | words.topics | words.relatives | words.clause_breaks


_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "le", "la", "les", "l'", "l’", "un", "une"})
_LIST_GOES_ON = frozenset(
    {",", "and", "or", "et", "ou", "with", "avec", "of", "de", "d'", "d’", "as", "including",
     "notamment", "dont", "both", "à", "to", "for", "pour", "from", "in"}
)  # fmt: skip
"""After one of these a determiner goes on with the list ("with Japan and the Republic of
Korea", "with officials of the EU"); after any other word it opens the topic."""


_NEW_SUBJECTS = CLAUSE_PRONOUNS - {"i", "it", "you", "on"}
"""Subject pronouns that end a list of partners, opening a clause of their own ("..., and
they discussed Lebanon"); not "I" ("and I understand with some UN officials"), "it", "you"
or « on » (the English preposition)."""


def partners(sentence: Sentence, trigger, words, targets: list[Unit]) -> list[Unit]:
    """Every actor of the list of partners after "spoke with", « s'est entretenu avec »,
    titles and names between them ("with NATO Deputy Secretary General Geoana, Polish
    Deputy Foreign Minister Przydacz, and OSCE Secretary General Schmid"), up to the
    topic or the end of the clause; places and actors after another preposition are left
    out."""
    if sentence.tokens[trigger.last].lower not in PARTNER_WORDS:
        return targets
    found = [unit for unit in targets if not _not_partner(sentence, unit, words)]
    index = trigger.last + 1
    while index < len(sentence.tokens):
        token = sentence.tokens[index]
        if token.lower in _NEW_SUBJECTS:
            break  # "with the Spanish and Saudi foreign ministers, and they discussed Lebanon"
        unit = sentence.unit(index)
        if unit is None:
            if token.lower in _list_ends(words):
                break
            previous = sentence.tokens[index - 1].lower
            if (
                token.lower in _OBJECT_DETERMINERS
                and previous not in _LIST_GOES_ON
                and not previous.endswith("ing")  # "representing the OSCE"
            ):
                # "discussed with Tunisian officials the impact of Russia's invasion": a
                # noun phrase right after a partner is the topic.
                break
            index += 1
            continue
        if unit not in found and not unit.voice and not _not_partner(sentence, unit, words):
            found.append(specific(sentence, unit))
        index = unit.last + 1
    return list(dict.fromkeys(found))


def aimed_at_place(sentence: Sentence, trigger, unit: Unit, words) -> bool:
    """Whether an actor after a trigger that ends with the preposition of its aim ("fired
    missiles at", « lancé des roquettes sur ») is only where the thing aimed at stands
    ("at bases in Iraq"), not the aim itself ("at US troops in Iraq" aims at US troops)."""
    last = sentence.tokens[trigger.last].lower
    first, _ = side_tokens(sentence, unit)
    return (
        last in words.aims
        and first > trigger.last + 1
        and _after_word(sentence, first, words.locatives, words)
    )


RESPONDING_TYPES = frozenset({"SANCTION", "COERCE", "THREATEN"})
"""Types of act that, told "in response to" another act, are aimed at the one who did that
act ("U.S. sanctions, coordinated with our Allies, in response to Russia's invasion"). Not
an attack: "Iran launched missiles at bases in Iraq in response to the US airstrike" does
not say it struck the United States."""

_RESPONSE_REACH = 4
"""Tokens after a response phrase within which the act it answers is looked for."""


def answered_act(sentence: Sentence, trigger, words) -> tuple[TriggerMatch | None, list[Unit]]:
    """The act that a trigger of :data:`RESPONDING_TYPES` answers, told a few words after
    "in response to", « en réponse à », « en représailles à » in the same clause: the next
    trigger there, or else the actors that own an act named there ("in response to
    Russia's decision to recognize"). ``(None, [])`` when there is none."""
    if trigger.type not in RESPONDING_TYPES:
        return None, []
    tokens = sentence.tokens
    lowers = [token.lower for token in tokens]
    index = trigger.last + 1
    while index < len(tokens) and lowers[index] not in STOP_MARKS:
        for phrase in words.responses:
            if tuple(lowers[index : index + len(phrase)]) != phrase:
                continue
            end = index + len(phrase)
            reach = range(end, min(len(tokens), end + _RESPONSE_REACH + 1))
            following = [other for other in sentence.triggers if other.first in reach]
            if following:
                return min(following, key=lambda other: other.first), []
            owners = [
                unit
                for unit in sentence.units
                if unit.first in reach
                and unit.last + 2 < len(tokens)
                and lowers[unit.last + 1] in words.possessives
                and (
                    lowers[unit.last + 2] in words.acts or tokens[unit.last + 2].lemma in words.acts
                )
            ]
            owners += [
                unit  # "in response to the actions of Cuban government officials"
                for unit in sentence.units
                if unit.first in reach
                and unit.first >= 2
                and lowers[unit.first - 1] in words.of
                and (
                    lowers[unit.first - 2] in words.acts
                    or tokens[unit.first - 2].lemma in words.acts
                )
            ]
            return None, owners[:1]
        index += 1
    return None, []


def _not_partner(sentence: Sentence, unit: Unit, words) -> bool:
    if delegation_origin(sentence, unit, words):
        return False  # "met with counterparts from the G7", "officials from France"
    before = words.locatives | _NOT_PARTNER
    first = side_tokens(sentence, unit)[0]
    return _after_word(sentence, first, before, words) or _place_of_place(sentence, first, words)


def _place_of_place(sentence: Sentence, first: int, words) -> bool:
    """Whether the actor at token ``first`` names where a place named before it lies, a
    comma between ("in Warsaw, Poland", "in Bali, Indonesia", « à Goma, en RDC »)."""
    tokens = sentence.tokens
    position = first - 1
    if position < 1 or tokens[position].lower != ",":
        return False
    position -= 1
    for _ in range(3):
        if position < 0:
            return False
        token = tokens[position]
        if token.lower in words.locatives:
            return position < first - 2
        capitalised = sentence.text[token.start : token.start + 1].isupper()
        if not capitalised:
            return False
        position -= 1
    return False


_NOT_PARTNER = frozenset({"from", "depuis"})
"""With a language's locatives, the words after which an actor is a place or an origin,
not a partner ("met with activists from Burma", « avec des militants en Syrie »)."""


def gathering(sentence: Sentence, trigger, words, targets: list[Unit]) -> list[Unit]:
    """The actors of a meeting verb's subject when they are two or more, some of them in a
    list, and the verb has no partner but a place ("Egypt's foreign minister and his Greek
    and French counterparts gathered in Cairo", « les ministres de l'Égypte et de la Grèce
    se sont réunis au Caire »): one unit per roll-up, named in the clause before the verb and
    not after a preposition other than "of"/« de »."""
    head = sentence.tokens[trigger.head]
    if (
        trigger.type not in SYMMETRIC_TYPES
        or not verb_lemmas(head, sentence.language) & words.gatherings
    ):
        return []
    if any(not _at_place(sentence, unit, words) for unit in targets):
        return []
    start = trigger.first
    while start > 0 and sentence.tokens[start - 1].lower not in STOP_MARKS | {":"}:
        start -= 1
    group: dict[tuple, Unit] = {}
    for unit in sentence.units:
        if unit.first < start or unit.last >= trigger.first or unit.voice:
            continue
        if after_preposition(sentence, unit, words):
            continue  # not "officials from the United States and the EU met", who are theirs
        key = unit.roll_ups
        if key not in group or KIND_RANK.get(unit.kind, 9) < KIND_RANK.get(group[key].kind, 9):
            group[key] = unit
    units = list(group.values())
    if len(units) < 2 or not _listed(sentence, units, words):
        return []  # a list is needed: « la communauté chinoise de Paris s'est réunie »
    return units


def _listed(sentence: Sentence, units: list[Unit], words) -> bool:
    """Whether two of the units stand in a list: only commas, coordinators, articles and
    "of"/« de » between them, a coordinator among them (« de l'Égypte et de la Grèce »)."""
    allowed = words.joiners | words.of | words.determiners | {"d'", "l'"}
    ordered = sorted(units, key=lambda unit: unit.first)
    for left, right in itertools.pairwise(ordered):
        between = [token.lower for token in sentence.tokens[left.last + 1 : right.first]]
        if between and set(between) <= allowed and set(between) & words.coordinators:
            return True
    return any(len(coordinated(sentence, unit, words)) > 1 for unit in units)


def _at_place(sentence: Sentence, unit: Unit, words) -> bool:
    """Whether an actor after a meeting verb is only where it took place ("in Beijing", not
    "Chinese officials in Beijing")."""
    first, _ = side_tokens(sentence, unit)
    return _after_word(sentence, first, words.locatives, words)


def _after_word(sentence: Sentence, first: int, before: frozenset[str], words) -> bool:
    position = before_articles(sentence, first, words)
    return position >= 0 and sentence.tokens[position].lower in before


def each_other(sources: list[Unit]) -> list[tuple]:
    """Every ordered pair of the actors of coordinated units ("Blinken and Wang met"), a
    "they" for two actors included; none in a group larger than
    :data:`LARGEST_GROUP`."""
    members = [
        (unit, actor)
        for unit in sources
        if not unit.possessive or len(unit.actors) > 1  # "our close cooperation": both sides'
        for actor in unit.actors
    ]
    if len({actor[1] for _, actor in members}) > LARGEST_GROUP:
        return []
    return [
        (unit, actor, other_unit, other)
        for unit, actor in members
        for other_unit, other in members
        if actor[1] != other[1]
    ]


def agentless(sentence: Sentence, trigger, words) -> bool:
    """Whether a verb is stated without room for an agent: a passive ("is being
    designated"), an infinitive ("to impose costs on"), or the head of a heading
    ("Targeting Russia's Maritime Sector")."""
    if passive_agent(sentence, trigger, words)[0]:
        return True
    before = [token.lower for token in sentence.tokens[max(0, trigger.first - 2) : trigger.first]]
    if not before or before[-1] in STOP_MARKS or before[-1] in words.infinitive_marks:
        return True
    # "to further impose", "to jointly designate"
    return (
        len(before) == 2
        and before[0] in words.infinitive_marks
        and (before[1].endswith("ly") or before[1] in words.verb_markers | {"further"})
    )


_DUTY_ADVERBS = frozenset({"also", "immediately", "urgently", "now", "fully", "not", "still"})
"""Words between "must" and the verb of the duty ("must immediately cease")."""
_SUBJECT_OPENS = STOP_MARKS | {",", ";", ":", "and", "but"}
_DUTY_HEADS = frozenset({"leadership", "forces", "troops"})
"""What may stand before the subject of a duty: the clause opens there."""


def obliged(sentence: Sentence, trigger, words: Words) -> Unit | None:
    """The actor a duty is laid on in the voice's own words ("Iran must immediately cease
    its attacks", "The Russian leadership must immediately provide", "Leaders in Beirut must
    urgently put aside"): the clause's subject right before the modal (:attr:`Words.
    obligations`), a government noun or articles between; None for another speaker, a
    passive or a state ("Russia must be held accountable", "Ukraine must be able to"), or a
    subject in a clause of another verb ("agreed that Iran must never")."""
    tokens = sentence.tokens
    if sentence.speaker is None or tokens[trigger.head].lower not in words.obligations:
        return None
    verb = trigger.last + 1
    while verb < len(tokens) and tokens[verb].lower in _DUTY_ADVERBS:
        verb += 1
    if verb >= len(tokens) or tokens[verb].lemma in words.passive_aux | {"have", "never"}:
        return None
    heads = words.governments | words.delegations | _DUTY_HEADS
    position = trigger.first - 1
    while position >= 0 and tokens[position].lower in heads:
        position -= 1  # "the Lukashenko regime must", "The Russian leadership must"
    unit = sentence.unit(position)
    if unit is None or unit.voice or unit.kind in ("possessive", "pronoun"):
        return None  # "we must", "they must frequently cope with"
    first = unit.first
    while first > 0 and tokens[first - 1].lower in words.determiners | heads:
        first -= 1  # "The Russian leadership"
    if first > 0 and tokens[first - 1].lower in words.places:
        first -= 1  # "Leaders in Beirut"
        while first > 0 and tokens[first - 1].lower in words.determiners | heads:
            first -= 1
    if first == 0 or tokens[first - 1].lower in _SUBJECT_OPENS:
        return unit
    # "The Secretary said that Russia must stop": the voice's own saying, not "the world
    # is sending a clear signal that Russia must"
    before = [other for other in sentence.units if other.last < first]
    said = tokens[first - 1].lower == "that" and before and all(u.voice for u in before)
    return unit if said else None


_TRILATERAL = frozenset({"trilateral", "trilatéral", "trilatérale", "trilatéraux"})


def trilateral(sentence: Sentence, trigger, words: Words) -> list[Unit]:
    """The three parties of a trilateral act named with none of them ("will host a
    trilateral meeting with Japanese Director-General Funakoshi Takehiro and ROK Special
    Representative Noh Kyu-duk to discuss ... the importance of trilateral cooperation"):
    the voice where it speaks and the actors named before the act, when they are three
    states or bodies; else none."""
    tokens = sentence.tokens
    before = tokens[max(0, trigger.first - 2) : trigger.first]
    if not _TRILATERAL & {token.lower for token in before}:
        return []
    after = tokens[trigger.last + 1].lower if trigger.last + 1 < len(tokens) else ""
    if after in words.between | {"among", "amongst", "parmi"}:
        return []  # "trilateral cooperation among the United States, Japan, and the ROK"
    group = [
        unit
        for unit in sentence.units
        if unit.last < trigger.first and unit.kind not in ("possessive", "people", "voice")
    ]
    named = {actor[1] for unit in group for actor in unit.actors}
    if sentence.speaker and sentence.speaker[1] not in named:
        group.append(implied_voice(sentence, trigger))
        named.add(sentence.speaker[1])
    return group if len(named) == 3 else []


def implied_voice(sentence: Sentence, trigger) -> Unit:
    """The voice as the source of an official act stated without an agent ("X is being
    designated", "Designation of ...", a heading "Targeting ..."): an empty span at the
    trigger."""
    at = sentence.tokens[trigger.first].start
    return Unit((sentence.speaker,), at, at, trigger.first, trigger.first - 1, "voice")


def retyped(kind: str, target: str | None, sentence: Sentence, end: int, unit) -> str:
    """The type of an act towards one target: a RETREAT from an organisation is leaving it,
    which the readers write SANCTION, a reduction of relations ("withdrew from the ICC",
    « son retrait de la CPI »); from a state, or of forces named between the trigger (which
    ends at ``end``) and the target ``unit``, it stays a retreat ("withdrew its troops from
    Ukraine")."""
    if kind != "RETREAT" or target not in sentence.organisations:
        return kind
    between = sentence.text[end : unit.start] if unit is not None else ""
    forces = words_of(sentence.language).forces
    return kind if forces.intersection(re.findall(r"\w+", between.lower())) else "SANCTION"


def backed_noun(sentence: Sentence, trigger, targets: list) -> list:
    """The targets a participle of backing joined to its backer keeps ("Iran-backed
    militias", "Russian-backed Syrian forces"): only an actor right after it, the noun it
    qualifies; not a state named further on ("Iran-backed militias in Iraq")."""
    backer = sentence.unit(trigger.first - 2) if trigger.first >= 2 else None
    if joined_backing(sentence, backer) is not trigger:
        return targets
    return [unit for unit in targets if unit.first <= trigger.last + 1]


_LEAVING = frozenset({"leave", "quitter"})
"""Triggers of leaving, which relate forces or members only (see :func:`left`)."""


def left(sentence: Sentence, trigger, sources: list, targets: list) -> list:
    """The targets a trigger of leaving keeps: every one when an actor's own forces leave
    ("U.S. troops left Iraq", « les troupes françaises ont quitté le Mali »; not "all foreign
    forces to leave Libya"), else only organisations ("the United Kingdom leaving the EU"):
    a minister leaving a capital leaves no actor."""
    if trigger.entry not in _LEAVING:
        return targets
    tokens = sentence.tokens
    forces = words_of(sentence.language).forces
    for unit in sources:
        if unit.first > trigger.first:
            continue
        # the forces' noun before the actor (« les troupes françaises ») or after it
        words = tokens[max(0, unit.first - 1) : trigger.first]
        if len(words) <= _FORCES_REACH and any(t.lower in forces for t in words):
            return targets
    return [unit for unit in targets if unit.roll_ups & sentence.organisations]


_FORCES_REACH = 6
"""Words from the word before the actor to the verb of leaving, in which its forces are
named ("U.S. troops left", « les troupes françaises ont quitté »)."""


_WITH = frozenset({"with", "avec", "à", "thanks"})
_ON = frozenset({"on", "upon", "sur"})
_RELYING = frozenset({"count", "rely", "depend", "compter", "miser", "reposer"})
"""Verbs of relying on an act ("can count on the support of Russia", « peut compter sur
l'appui de la Russie »): their subject is the one the act is for."""


def helped(sentence: Sentence, trigger: TriggerMatch, words: Words) -> Unit | None:
    """The one helped by an act with no target of its own: the subject of the clause when
    the act is named after "with" / « avec », « grâce à » ("Assad's forces advanced with
    Russia's support", « le régime avance grâce à l'aide de l'aviation russe ») or after a
    verb of receiving ("Greece enjoys the support of France", « la Grèce bénéficie du
    soutien de la France »); after a phrase that opens the sentence, the subject after its
    comma ("With the support of France, Greece won", « Bénéficiant du soutien de la
    chancelière allemande, Juncker »)."""
    tokens = sentence.tokens
    index = trigger.first - 1
    while index >= 0 and (
        tokens[index].lower in words.determiners | words.possessives | {"du", "of"}
        or sentence.unit(index) is not None  # "with Russia's", "with Russian support"
    ):
        index -= 1
    if index < 0:
        return None
    receiving = bool(verb_lemmas(tokens[index], sentence.language) & words.receiving)
    if (
        tokens[index].lower in _ON
        and index > 0
        and verb_lemmas(tokens[index - 1], sentence.language) & _RELYING
    ):
        receiving, index = True, index - 1  # « peut compter sur l'appui de la Russie »
    if not receiving and tokens[index].lower not in _WITH:
        return None
    if tokens[index].lower == "à" and index > 0 and tokens[index - 1].lower == "grâce":
        index -= 1
    if index == 0:
        return subject_after_opening(sentence, index, words)
    if tokens[index].lower in _WITH and tokens[index - 1].lower == ",":
        owner = owner_of_act(sentence, index - 2, words)
        if owner is not None:
            return owner  # "Russia's brutal and unprovoked war, with the support of Belarus"
    found = left_unit(sentence, index, words)
    # « l'armée turque intervient dans le nord de la Syrie avec le soutien de » helps the
    # army, not Syria: an actor named after "of" yields to one named before it.
    while found is not None and (
        _after_of(sentence, found, words) or _in_with_phrase(sentence, found)
    ):
        before = left_unit(sentence, found.first, words)
        if before is None:
            break
        found = before
    return found


def _in_with_phrase(sentence: Sentence, unit: Unit) -> bool:
    """Whether an actor belongs to an earlier "with" phrase (« avec l'intervention russe et
    surtout avec l'aide iranienne »): it helps too, it is not the one helped."""
    tokens = sentence.tokens
    return any(tokens[i].lower in _WITH for i in range(max(0, unit.first - 3), unit.first))


def _after_of(sentence: Sentence, unit: Unit, words: Words) -> bool:
    position = before_articles(sentence, unit.first, words)
    return position >= 0 and sentence.tokens[position].lower in words.of


def agreed_content(sentence: Sentence, trigger, words) -> bool:
    """Whether the trigger, an infinitive or a participle, states what an agreement noun
    right before it establishes ("a deal establishing diplomatic relations", "the agreement
    to establish", « l'accord visant à établir »); not a verb whose subject the agreement is
    ("The accords normalized relations between ...")."""
    tokens = sentence.tokens
    index = trigger.first - 1
    while index >= 0 and tokens[index].lower in words.infinitive_marks | {"visant", "pour"}:
        index -= 1
    if index == trigger.first - 1 and not tokens[trigger.first].lower.endswith(("ing", "ant")):
        return False  # "The accords normalized relations between ...": the accords' effect
    return index >= 0 and (
        tokens[index].lower in words.agreement_nouns or tokens[index].lemma in words.agreement_nouns
    )


def infinitive_after(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether the trigger's last word "to" opens an infinitive, not a phrase ("commitment
    to ensure the Government of Russia pays", not "commitment to Ukraine"): a lower-case
    word that is no determiner, followed by a determiner or an actor."""
    tokens = sentence.tokens
    if sentence.language != "en" or tokens[trigger.last].lower != "to":
        return False
    index = trigger.last + 1
    if index + 1 >= len(tokens) or sentence.unit(index) is not None:
        return False
    verb, after = tokens[index], tokens[index + 1]
    text = sentence.text
    return (
        verb.lower.isalpha()
        and text[verb.start].islower()
        and verb.lower not in words.determiners
        and (after.lower in words.determiners or sentence.unit(index + 1) is not None)
    )
