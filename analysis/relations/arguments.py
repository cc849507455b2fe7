"""The arguments of a trigger by word order: verbs (:mod:`analysis.relations.rules`) and
nouns (:mod:`analysis.relations.nominal`).

Two rules join them:

- a verb of attitude (:data:`ATTITUDES`) whose object is an act stated by a noun takes as
  target the actor of that act: "condemned the invasion of Ukraine by Russia" and
  « soutient l'invasion de l'Ukraine par la Russie » are about Russia; when the act has no
  named actor, nor has the verb. A light verb ("provide assistance to", « apporter son
  soutien à ») or a verb of the noun's own type ("signed an agreement with") leaves the
  relation to its noun;
- verbs that take a topic rather than a partner ("discuss", "review", « évoquer ») relate
  only coordinated actors to each other ("Blinken and Wang discussed Ukraine").
"""

from __future__ import annotations

from analysis.relations.acts import HOSTILE_TYPES
from analysis.relations.coordination import after_preposition, before_articles, coordinated
from analysis.relations.lexicon import TriggerMatch
from analysis.relations.nominal import (
    MUTUAL_TYPES,
    TERRITORIAL_TYPES,
    is_nominal,
    is_place,
    nominal_arguments,
    nominal_trigger_after,
)
from analysis.relations.participants import PARTNER_WORDS, implied_voice
from analysis.relations.rules import right_unit, word_order_arguments
from analysis.relations.sentence import Sentence, Unit
from analysis.relations.tokens import is_english_past, verb_lemmas
from analysis.relations.types import CONFLICT_TYPES
from analysis.relations.words import STOP_MARKS, Words

__all__ = [
    "ATTITUDES",
    "attitude_to_object",
    "intercepts_a_vessel",
    "meets_a_need",
    "object_act",
    "opposes_hostility",
    "reads_arguments",
    "statement_authors",
    "struck_by_a_measure",
    "threatened_act",
    "threatened_party",
    "verb_rules",
    "withholds",
]

ATTITUDES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST", "PROTEST"})
"""Types of verb whose object may be an act, and then is about the one who acts
("condemned the invasion of Ukraine by Russia"); other verbs keep their own target
("agreed to expand cooperation with Japan")."""


def reads_arguments(
    sentence: Sentence, trigger: TriggerMatch, words: Words, earlier: list
) -> tuple[list[Unit], list[Unit]]:
    """The sources and targets of a trigger by word order (see the module's docstring)."""
    if is_nominal(sentence, trigger, words):
        sources, targets = nominal_arguments(sentence, trigger, words, earlier)
        if trigger.type == "SUPPORT" and targets != sources:  # a group's own act stays whole
            # "support for those suffering from Russia's invasion", "support from around
            # the world against Russia's aggression"; "support for Russia's war" keeps Russia
            targets = [
                unit
                for unit in targets
                if not _after_against(sentence, unit, words)
                and not (
                    _hostile(sentence, trigger, unit, words)
                    and _link(sentence, unit, words) not in words.noun_targets | words.of
                )
            ]
        return sources, targets
    sources, targets = word_order_arguments(sentence, trigger, words, earlier)
    return verb_rules(sentence, trigger, words, sources, targets)


def verb_rules(
    sentence: Sentence,
    trigger: TriggerMatch,
    words: Words,
    sources: list[Unit],
    targets: list[Unit],
) -> tuple[list[Unit], list[Unit]]:
    """The sources and targets of a verb trigger once the two rules of the module's
    docstring are applied (to arguments found by word order or from a parse)."""
    head = sentence.tokens[trigger.head]
    if trigger.type in ("SUPPORT", "AID") and _reflexive(sentence, trigger, words):
        # "Ukraine defending itself against Russia", « se défendre », also as the purpose of
        # help ("to help ensure that Ukraine is able to defend itself")
        return sources, []
    if trigger.type == "REQUEST":
        # « demande des mesures contre la Russie »: whom a measure is against is not asked
        targets = [unit for unit in targets if not _after_against(sentence, unit, words)]
        gap = trigger.last - trigger.first + 1 > len(trigger.words)
        if gap and sentence.tokens[trigger.last].lower in words.infinitive_marks:
            # « appelle les donateurs à soutenir le peuple syrien »: the one asked stands
            # inside the phrase; the actors after it are the asked act's (not « demander à »)
            targets = [unit for unit in targets if unit.last < trigger.last]
    owner = _owner_of_forces(sentence, trigger, words)
    if owner is not None:
        # "sent additional Russian troops to Ukraine", « envoyé des troupes russes en
        # Ukraine »: whose troops they are sends them, where they go is the target
        sources = [unit for unit in sources if unit.roll_ups == owner.roll_ups] or [owner]
        targets = [unit for unit in targets if not unit.roll_ups & owner.roll_ups]
        after = right_unit(sentence, trigger.last, words) if not targets else None
        if after is not None and not after.roll_ups & owner.roll_ups:
            targets = [after]
    if trigger.type not in MUTUAL_TYPES:
        # "fight the Islamic State in cooperation with Iraqi forces": the partner of the
        # noun between is not the verb's target ("look forward to working with" keeps it)
        targets = [unit for unit in targets if not _partner_of_noun(sentence, trigger, unit)]
    if trigger.type == "SUPPORT":
        # « a soutenu la suspension de la Russie », "voted for a resolution condemning
        # Russia": whom a conflict act aims at is not supported; nor whom one defends or
        # supports against ("defend against the Russian Federation"), nor the doer of a
        # hostile act after a preposition ("defend their country from Russia's invasion",
        # "in the face of Russia's aggression"; "supports Russia's war" keeps Russia)
        targets = [
            unit
            for unit in targets
            if not _aimed_at(sentence, trigger, unit, words)
            and not _after_against(sentence, unit, words)
            and not _hostile(sentence, trigger, unit, words)
        ]
    if trigger.type in _PARTNERING_TYPES:
        # "coordinating a response to Russia's aggression": the aggressor is no partner
        targets = [unit for unit in targets if not _aggressor(sentence, trigger, unit, words)]
    if verb_lemmas(head, sentence.language) & words.denials:
        # "denied supplying weapons to North Korea": North Korea is not denied
        targets = [unit for unit in targets if _denied(sentence, trigger, unit, words)]
    if {head.lemma, head.lower} & words.joins and not _joined(sentence, trigger, words, targets):
        return [], []  # "joined the sanctions against Russia", "the coalition was joined by"
    if {head.lemma, head.lower} & words.person_objects:
        # « a reçu le président syrien », not "received weapons from Iran"
        targets = [unit for unit in targets if _person(sentence, unit, words)]
    if len(sources) > 1 and {head.lemma, head.lower} & words.joint_verbs:
        # "X, Y and Z co-hosted the ASEAN Regional Forum Symposium": the hosts are partners,
        # what they host is not; one named with "with" is ("co-hosted it with Cambodia")
        targets = [unit for unit in targets if _with_partner(sentence, unit, words)]
    if len(trigger.words) == 1 and {head.lemma, head.lower} & words.reciprocal_only:
        return (sources if _subject_of(sentence, sources, trigger, words) else []), []
    if trigger.type == "AGREE" and _own_instrument(sentence, trigger, words):
        return sources, []  # "signed an executive order that banned", « a signé un décret »
    if len(sources) > 1 and trigger.type in {"AGREE", "CONSULT", "COOPERATE"}:
        # "Séoul et Tokyo se sont mis d'accord pour partager les données sur les missiles
        # nord-coréens": what they agreed to do is not with whom
        targets = [unit for unit in targets if not _in_infinitive(sentence, trigger, unit, words)]
        # "X and Y signed a protocol in Bogota": the city of one of them is where, not whom
        own = {roll for unit in sources for roll in unit.roll_ups}
        if not {head.lemma, head.lower} & words.hosts:  # a city hosted in is the host's
            targets = [t for t in targets if t.kind != "capital" or not t.roll_ups <= own]
    group = _between(sentence, trigger, words, subject=bool(sources))
    if group and trigger.type in MUTUAL_TYPES:
        return group, group  # "normalized relations between Israel and Bahrain"
    if targets and targets[0].first > trigger.last:
        act = object_act(sentence, trigger, words, targets[0].first)
        if act is not None:
            return act
    elif not targets and trigger.type in ATTITUDES:
        # "rejected the sanctions imposed by Washington": the object, a few words on
        act = object_act(sentence, trigger, words, trigger.last + _OBJECT_REACH)
        if act is not None and act[1]:
            return act
    if trigger.type not in TERRITORIAL_TYPES:
        targets = [unit for unit in targets if not is_place(sentence, unit, words)]
    if trigger.type in _STANCES and sentence.language == "fr":
        # « défendre les migrants mexicains aux États-Unis »: where they are
        targets = [unit for unit in targets if not _located(sentence, trigger, unit, words)]
    return sources, targets


_STANCES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "THREATEN"})


def _located(sentence: Sentence, trigger: TriggerMatch, unit, words: Words) -> bool:
    """Whether a locative preposition (« à », « aux », « en ») before a French verb's target
    follows the verb's own object, a noun: the place where that object is (« soutient les
    migrants aux États-Unis »), not whom the stance is for."""
    tokens = sentence.tokens
    if unit.first <= trigger.last + 1 or tokens[unit.first - 1].lower not in words.locatives:
        return False
    return any(
        token.is_word
        and token.lower not in words.determiners
        and sentence.unit(i) is None
        # an adverb (« a critiqué fortement à ») is no object; « le gouvernement » is
        and not (token.lower.endswith("ment") and tokens[i - 1].lower not in words.determiners)
        for i, token in enumerate(tokens[trigger.last + 1 : unit.first - 1], trigger.last + 1)
    )


_OBJECT_REACH = 5
"""How far after a verb with no actor for object an act stated by a noun is its object."""

_MEETINGS = frozenset({"meet", "meeting"})
"""The English verb that meets people and needs alike (French keeps them apart)."""


def meets_a_need(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether a meeting's object is a need, what an actor needs or a challenge ("to meet
    Ukraine's humanitarian needs", "toward meeting one of Croatia's requirements", "to meet
    the challenges of the 21st century", "meet our responsibilities"): met, not a meeting."""
    head = sentence.tokens[trigger.head]
    if trigger.type != "CONSULT" or not {head.lemma, head.lower} & _MEETINGS:
        return False
    reach = range(trigger.last + 1, min(len(sentence.tokens), trigger.last + 6))
    return _need_after(sentence, trigger, words) or any(
        (unit := sentence.unit(index)) is not None and _owns_a_need(sentence, unit, words)
        for index in reach
    )


_NEED_REACH = 4
"""Words after "meet" within which the need met may stand (articles and adjectives)."""


def _need_after(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether a need follows the trigger, before any preposition or stop ("meet the strict
    criteria", "meet our responsibilities", "meet current and future challenges")."""
    ends = STOP_MARKS | {","} | words.prepositions
    for index in range(trigger.last + 1, trigger.last + 1 + _NEED_REACH):
        if index >= len(sentence.tokens) or sentence.tokens[index].lower in ends:
            return False
        if sentence.tokens[index].lower in words.needs:
            return True
    return False


_INTERCEPTIONS = frozenset({"intercept", "intercepter"})
_VESSELS = frozenset(
    {"navire", "navires", "bateau", "bateaux", "pétrolier", "pétroliers", "cargo", "cargos"}
    | {"embarcation", "embarcations", "vessel", "vessels", "ship", "ships", "boat", "boats"}
    | {"tanker", "tankers", "freighter", "freighters"}
)


def intercepts_a_vessel(sentence: Sentence, trigger: TriggerMatch) -> bool:
    """Whether an interception is of ships (« deux navires américains ... ont été
    interceptés », "intercepted a tanker"): a seizure (COERCE), where intercepting a drone
    or a missile is force (ASSAULT)."""
    tokens = sentence.tokens
    if not verb_lemmas(tokens[trigger.head], sentence.language) & _INTERCEPTIONS:
        return False
    window = tokens[max(0, trigger.first - 14) : trigger.last + 6]
    return any(token.lower in _VESSELS for token in window)


_STRUCK = frozenset({"frapper"})
_STRUCK_BY = frozenset({"de", "d'", "du", "des"})


def struck_by_a_measure(sentence: Sentence, trigger: TriggerMatch) -> bool:
    """Whether « frapper » is followed by « de »: subject to a measure (« les pays frappés
    d'interdiction d'entrée », « frappé d'une amende »), not struck by force."""
    tokens = sentence.tokens
    after = trigger.last + 1
    return (
        trigger.type == "ASSAULT"
        and sentence.language == "fr"
        and bool(verb_lemmas(tokens[trigger.head], "fr") & _STRUCK)
        and after < len(tokens)
        and tokens[after].lower in _STRUCK_BY
    )


def _owns_a_need(sentence: Sentence, unit: Unit, words: Words) -> bool:
    tokens = sentence.tokens
    following = [token.lower for token in tokens[unit.last + 1 : unit.last + 9]]
    if not following or following[0] not in words.possessives:
        return False
    for word in following[1:]:
        if word in words.needs:
            return True  # "Ukraine's humanitarian, security, and economic needs"
        if word in STOP_MARKS or word in words.offices:
            return False  # "meet Ukraine's president"
    return False


def _own_instrument(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether a verb of agreement has for object an act of one side alone (an executive
    order, a decree, a law), before any actor: signed alone, agreed with nobody."""
    tokens = sentence.tokens
    for index in range(trigger.last + 1, min(trigger.last + 5, len(tokens))):
        if sentence.unit(index) is not None or tokens[index].lower in STOP_MARKS:
            return False
        if tokens[index].lower in words.instruments or tokens[index].lemma in words.instruments:
            return True
    return False


_TIES = frozenset({"relation", "relations", "tie", "ties", "relationship", "lien", "liens"})


def _between(
    sentence: Sentence, trigger: TriggerMatch, words: Words, subject: bool = True
) -> list[Unit]:
    """The actors of "relations between X and Y" right after a verb ("normalize relations
    between X and Y", « rétablir les relations entre X et Y »), or of "between X and Y"
    after a verb without subject, a date between them or not (« le traité fut signé le 25
    mars 1957 entre l'Allemagne, la France ... »), when they are two or more."""
    tokens = sentence.tokens
    reach = 5 if subject else 9
    for index in range(trigger.last + 1, min(trigger.last + reach, len(tokens))):
        if sentence.unit(index) is not None or tokens[index].lower in STOP_MARKS:
            return []
        if tokens[index].lower in words.between:
            before = tokens[index - 1]
            tie = before.lemma in _TIES or before.lower in _TIES
            dated = not subject and (index == trigger.last + 1 or before.lower.isdigit())
            if not (tie or dated):
                return []  # "welcomed the talks between": the noun's own act
            group = coordinated(sentence, _first_named(sentence, index + 1, words), words)
            return group if len(group) > 1 else []
    return []


def _first_named(sentence: Sentence, index: int, words: Words) -> Unit | None:
    """The actor named from token ``index`` on, past a determiner and the words of a state's
    style ("between the State of Israel and", « entre le Royaume du Maroc et »)."""
    tokens = sentence.tokens
    for position in range(index, min(index + 5, len(tokens))):
        unit = sentence.unit(position)
        if unit is not None:
            return unit
        token = tokens[position]
        style = sentence.text[token.start].isupper() or token.lower in words.of | {"du"}
        if not (style or token.lower in words.determiners | {"l'"}):
            return None
    return None


def object_act(
    sentence: Sentence, trigger: TriggerMatch, words: Words, until: int
) -> tuple[list[Unit], list[Unit]] | None:
    """When the object of a verb trigger is an act stated by a noun (before token
    ``until``), the verb's sources and targets: none for a light verb or a verb of the
    noun's own type, the act's actors as targets otherwise; None when the object is not an
    act."""
    act = nominal_trigger_after(sentence, trigger, words, until)
    if act is None:
        return None
    head = sentence.tokens[trigger.head]
    if act.type == trigger.type or {head.lemma, head.lower} & words.light_verbs:
        return [], []
    if trigger.type not in ATTITUDES:
        return None
    sources, _ = word_order_arguments(sentence, trigger, words, [])
    actors, _ = nominal_arguments(sentence, act, words)
    return sources, [unit for unit in actors if unit not in sources]


def _subject_of(sentence: Sentence, sources: list[Unit], trigger: TriggerMatch, words) -> bool:
    """Whether the actors before a verb are its subject: nothing but auxiliaries and adverbs
    between ("Blinken and Wang also discussed"), not a noun they qualify ("the US statement
    spoke of")."""
    if not sources:
        return False
    last = max(unit.last for unit in sources)
    between = sentence.tokens[last + 1 : trigger.first]
    adverb = "ment" if sentence.language == "fr" else "ly"

    def marker(token) -> bool:
        return token.lower in words.verb_markers or token.lower.endswith(adverb)

    if all(map(marker, between)):
        return True
    # "Japan and China welcomed the ceasefire and discussed": a verb coordinated with an
    # act whose subject they are.
    if len(between) > 12 or not between or between[-1].lower not in words.coordinators:
        return False
    first = next((i for i, token in enumerate(between) if not marker(token)), 0)
    if any(t.lower in STOP_MARKS or t.lower in words.relatives for t in between):
        return False
    return any(other.first == last + 1 + first for other in sentence.triggers)


def _joined(sentence: Sentence, trigger: TriggerMatch, words: Words, targets: list[Unit]) -> bool:
    """Whether the first target of a verb of joining is its object, right after it."""
    if not targets:
        return False
    between = sentence.tokens[trigger.last + 1 : targets[0].first]
    return all(token.lower in words.determiners for token in between)


def _in_infinitive(sentence: Sentence, trigger: TriggerMatch, unit: Unit, words: Words) -> bool:
    """Whether an actor after the trigger stands in an infinitive clause that follows it
    ("agreed to share data on North Korean missiles", « pour partager »)."""
    marks = words.infinitive_marks | {phrase[0] for phrase in words.purposes} | {"d'"}
    return any(
        token.lower in marks for token in sentence.tokens[trigger.last : unit.first]
    ) and not any(
        token.lower in PARTNER_WORDS for token in sentence.tokens[trigger.last + 1 : unit.first]
    )


def _denied(sentence: Sentence, trigger: TriggerMatch, unit: Unit, words: Words) -> bool:
    """Whether the actor after a verb of denying is its object, or owns it: "denied
    Russia's claims", « a démenti les affirmations de la Russie »; not the one an act after
    the verb is aimed at ("denied supplying weapons to North Korea")."""
    between = sentence.tokens[trigger.last + 1 : unit.first]
    return len(between) <= 4 and not any(
        token.lower in words.prepositions or token.lower.endswith("ing") for token in between
    )


def _with_partner(sentence: Sentence, unit: Unit, words: Words) -> bool:
    """Whether an actor follows "with" / « avec » (articles between)."""
    position = before_articles(sentence, unit.first, words)
    return position >= 0 and sentence.tokens[position].lower in PARTNER_WORDS


_AGAINST = frozenset({"against", "contre"})


def _after_against(sentence: Sentence, unit: Unit, words: Words) -> bool:
    """Whether an actor follows "against" / « contre » (articles between)."""
    position = before_articles(sentence, unit.first, words)
    return position >= 0 and sentence.tokens[position].lower in _AGAINST


def _partner_of_noun(sentence: Sentence, trigger: TriggerMatch, unit: Unit) -> bool:
    """Whether a mutual trigger (cooperation, talks, agreement...) stands between a trigger
    and an actor after it and names the actor as its partner: the trigger ends with "with"
    / « avec » right before the actor, or that word opens the one or two words between."""
    tokens = sentence.tokens
    for other in sentence.triggers:
        if not (
            other.type in MUTUAL_TYPES and trigger.last < other.first and other.last < unit.first
        ):
            continue
        between = [token.lower for token in tokens[other.last + 1 : unit.first]]
        if other.last == unit.first - 1 and tokens[other.last].lower in PARTNER_WORDS:
            return True  # the trigger ends with "with": "cooperation with"
        if 0 < len(between) <= 2 and between[0] in PARTNER_WORDS:
            return True
    return False


def _aimed_at(sentence: Sentence, trigger: TriggerMatch, unit: Unit, words: Words) -> bool:
    """Whether a trigger of conflict stands between a trigger and an actor after it, the
    actor not its author ("welcome today's announcement of sanctions by President Biden")."""
    position = before_articles(sentence, unit.first, words)
    if position >= 0 and sentence.tokens[position].lower in words.agents:
        return False
    return any(
        other.type in CONFLICT_TYPES and trigger.last < other.first and other.last < unit.first
        for other in sentence.triggers
    )


_PARTNERING_TYPES = frozenset({"AGREE", "AID", "CONSULT", "COOPERATE"})
"""Acts done with or for a partner, never with whoever commits a hostile act in their object
(a verb of attitude, such as "support", takes that doer: "supports Russia's invasion")."""

_HOSTILE_REACH = 4
"""How many words (adjectives, commas) may stand between an actor and its hostile act."""


def _aggressor(sentence: Sentence, trigger: TriggerMatch, unit: Unit, words: Words) -> bool:
    """Whether an actor is the doer of a hostile act stated by a noun next to it: before it,
    with a possessive mark ("Russia's unprovoked, premeditated invasion") or as a demonym
    ("the Russian aggression"), or, in French, right after it (« l'agression russe »).
    Helping a direct object ("aided Russia's war effort") helps that doer."""
    tokens = sentence.tokens
    if trigger.type == "AID" and not after_preposition(sentence, unit, words):
        return False
    start = unit.last + 1
    owned = start < len(tokens) and tokens[start].lower in words.possessives
    if not owned and unit.kind != "demonym":
        return False
    start += owned
    between = words.prepositions | words.of | words.agents | words.determiners
    for other in sentence.triggers:
        after = sentence.language == "fr" and other.last == unit.first - 1
        before = start <= other.first < start + _HOSTILE_REACH and all(
            sentence.unit(index) is None
            and tokens[index].lower not in between | STOP_MARKS
            and (owned or tokens[index].lower != ",")
            for index in range(start, other.first)
        )
        if (after or before) and other.type in HOSTILE_TYPES and is_nominal(sentence, other, words):
            return True
    return False


def _hostile(sentence: Sentence, trigger: TriggerMatch, unit: Unit, words: Words) -> bool:
    """Whether an actor is the doer of a hostile act named after a preposition ("from
    Russia's invasion", "in the face of Russia's aggression"): no one supported."""
    return _after_a_link(sentence, unit, words) and _aggressor(sentence, trigger, unit, words)


def opposes_hostility(
    sentence: Sentence, trigger: TriggerMatch, words: Words, targets: list[Unit]
) -> bool:
    """Whether what a verb or noun of rejection aims at is its target's hostile act ("push
    back against Russian aggression"): opposing a deed is a protest in words (ACCUSE), as
    for an act named again (``acts.resolve_references``); rejecting a proposal, a claim or
    a request stays a refusal."""
    return bool(targets) and all(_aggressor(sentence, trigger, unit, words) for unit in targets)


def withholds(sentence: Sentence, trigger: TriggerMatch, words: Words, targets: list[Unit]) -> bool:
    """Whether a verb of denying takes two objects, the actor first ("denying Russia the
    technology it needs", "deny Russia what it needs"): something withheld, a restriction;
    not a denial of a claim ("denied Russia's claims")."""
    tokens = sentence.tokens
    head = tokens[trigger.head]
    if sentence.language != "en" or not {head.lemma, head.lower} & words.denials or not targets:
        return False
    first = targets[0]
    after = first.last + 1
    return (
        first.first == trigger.last + 1
        and first.kind != "demonym"
        and after < len(tokens)
        and tokens[after].is_word
        and tokens[after].lower not in words.possessives | STOP_MARKS | {"that"}
    )


def _link(sentence: Sentence, unit: Unit, words: Words) -> str:
    """The word before an actor, past its articles ("from" in "from Russia's invasion")."""
    position = before_articles(sentence, unit.first, words)
    return sentence.tokens[position].lower if position >= 0 else ""


def _after_a_link(sentence: Sentence, unit: Unit, words: Words) -> bool:
    """Whether a preposition or "of" / « de » stands before the actor, articles between
    ("from Russia's invasion", "in the face of Russia's aggression")."""
    return _link(sentence, unit, words) in words.prepositions | words.of


def _reflexive(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether the trigger's object is its subject: "defending itself", « se défendre »."""
    tokens = sentence.tokens
    after = tokens[trigger.last + 1].lower if trigger.last + 1 < len(tokens) else ""
    before = tokens[trigger.first - 1].lower if trigger.first > 0 else ""
    return after in words.selves or before in words.reflexives


def _guest(sentence: Sentence, unit: Unit, words: Words) -> bool:
    """Whether an actor is received as a guest: a person, or a delegation or an office
    holder from a state ("hosted a high-level delegation from Bulgaria", "welcome the
    foreign minister from Armenia"), not a summit or a body one hosts."""
    if _person(sentence, unit, words):
        return True
    before = {token.lower for token in sentence.tokens[max(0, unit.first - 3) : unit.first]}
    return bool(before & (words.delegations | words.offices))


def _person(sentence: Sentence, unit: Unit, words: Words) -> bool:
    """Whether an actor is named as a person: a leader or official, or an office with its
    country's adjective (« la chancelière allemande », "the German chancellor")."""
    if unit.kind in ("leader", "official", "pronoun", "addressee"):
        return True
    tokens = sentence.tokens
    near = tokens[max(0, unit.first - 2) : unit.first] + tokens[unit.last + 1 : unit.last + 3]
    return unit.kind in ("demonym", "home") and any(t.lower in words.offices for t in near)


def statement_authors(
    sentence: Sentence, trigger: TriggerMatch, words: Words, exclude: frozenset[str] = frozenset()
) -> list[Unit] | None:
    """When an attack verb's object is a statement or a decision ("Erdogan attacked the
    proclamation of the Golan Heights as Israeli territory by Donald Trump", « s'en est pris
    à la décision de Washington »), the actors who made it: the words are attacked, not
    the state, and the act is an accusation. None when the object is no statement.

    The author is the owner before the noun ("Macron's statement"), the actor right after
    "of"/« de », or the agent after "by"/« par » later in the clause.
    """
    tokens = sentence.tokens
    index = trigger.last + 1
    while index < len(tokens) and (
        tokens[index].lower in words.determiners
        or tokens[index].lower in ("à", "'s")
        or sentence.unit_at[index] >= 0
    ):
        index += 1
    if index >= len(tokens) or tokens[index].lower not in words.statements - exclude:
        return None
    owner = sentence.unit(index - 2) if tokens[index - 1].lower == "'s" else None
    if owner is None and index + 1 < len(tokens) and tokens[index + 1].lower in words.of:
        owner = sentence.unit(index + 2)
    position = index + 1
    while owner is None and position < min(len(tokens), index + 14):
        lower = tokens[position].lower
        if lower in STOP_MARKS or lower in words.clause_breaks or lower in words.relatives:
            break
        if lower in words.agents:
            owner = sentence.unit(position + 1) or sentence.unit(position + 2)
            break
        position += 1
    return coordinated(sentence, owner, words)


def attitude_to_object(
    sentence: Sentence,
    trigger: TriggerMatch,
    words: Words,
    sources: list[Unit],
    targets: list[Unit],
) -> tuple[str, list[Unit], list[Unit], bool]:
    """The type a verb takes from what its object is, with its sources and targets, and
    whether they were turned round from a host to its guest.

    Attacking or rejecting a statement or a decision is accusing its authors ("Erdogan
    attacked the proclamation ... by Donald Trump", « s'en est pris à la décision de
    Washington »); rejecting a proposal or a claim stays a refusal ("dismissed the claim
    from Berlin"). Opposing a proposal is a refusal (REJECT: "opposed the resolution",
    « s'oppose au projet »), where opposing a war or a policy disapproves of it (ACCUSE).
    Welcoming a person is receiving a visit, from the visitor to the host ("It's a pleasure
    to welcome Foreign Minister Bustillo here"), where welcoming an act supports it; so is
    hosting or receiving one ("Putin hosted Erdogan", « a reçu la chancelière »).
    """
    kind = trigger.type
    head = sentence.tokens[trigger.head]
    if kind in ("ASSAULT", "REJECT"):
        authors = statement_authors(sentence, trigger, words, words.proposals | words.claims)
        if authors is not None:
            return "ACCUSE", sources, authors, False
    elif kind == "ACCUSE" and _opposes_a_proposal(sentence, trigger, words):
        return "REJECT", sources, targets, False
    elif kind == "SUPPORT" and {head.lemma, head.lower} & words.welcomes:
        guests = [unit for unit in targets if _welcomed(sentence, trigger, unit, words)]
        if guests and len(guests) == len(targets):
            # the host: the subject, or who speaks ("It's a pleasure to welcome ...")
            return "CONSULT", guests, sources or _speaker_as_host(sentence, trigger), True
    elif (
        kind == "CONSULT"
        and {head.lemma, head.lower} & words.hosts
        and targets
        and all(_guest(sentence, unit, words) for unit in targets)
    ):
        # "Putin hosted Erdogan": the guest visits the host, who speaks when none is named
        # ("It is a pleasure to host Foreign Minister Kuleba")
        return kind, targets, sources or _speaker_as_host(sentence, trigger), True
    elif (
        kind == "SUPPORT"
        and {head.lemma, head.lower} & words.thanks
        and targets
        and all(unit.kind == "addressee" for unit in targets)
        and not _thanked_for(sentence, targets, words)
    ):
        return kind, sources, [], False  # a bare "Thank you." is a courtesy, not a relation
    return kind, sources, targets, False


def _speaker_as_host(sentence: Sentence, trigger: TriggerMatch) -> list[Unit]:
    """Who speaks, as the host of a guest welcomed or hosted with no host named ("It's a
    pleasure to host ..."); not of a verb in the past, whose host is a subject the rules
    do not know or is named after "by" ("national leaders welcomed Pope Francis", "a
    ceremony hosted today by the French Ambassador")."""
    past = sentence.language == "en" and is_english_past(sentence.tokens[trigger.head])
    return [implied_voice(sentence, trigger)] if sentence.speaker and not past else []


def _thanked_for(sentence: Sentence, targets: list[Unit], words: Words) -> bool:
    """Whether thanks name what they are for ("thank you for your leadership", « vous
    remercie pour votre soutien »), a few words after the one thanked."""
    last = max(unit.last for unit in targets)
    following = sentence.tokens[last + 1 : last + 5]
    return any(token.lower in words.thanked_for for token in following)


def _welcomed(sentence: Sentence, trigger: TriggerMatch, unit: Unit, words: Words) -> bool:
    """Whether a person is the object of a verb of welcoming, right after it (articles
    between), not the owner of what is welcomed ("welcomed Secretary Blinken's travel")."""
    tokens = sentence.tokens
    opening = min(coordinated(sentence, unit, words), key=lambda member: member.first)
    if opening is not unit and opening.first > trigger.last:
        # "the Heads of Delegation from the ASEAN Secretariat, the United Kingdom, and India"
        return _welcomed(sentence, trigger, opening, words)
    between = tokens[trigger.last + 1 : unit.first]
    after = tokens[unit.last + 1].lower if unit.last + 1 < len(tokens) else ""
    if after in ("'s", "’s", "'", "’"):
        return False
    if _person(sentence, unit, words):
        return all(token.lower in words.determiners for token in between)
    if between and between[-1].lower in words.determiners:
        between = between[:-1]  # "from the ASEAN Secretariat"
    # "welcome the foreign minister from Armenia": the holder of an office from a state
    return (
        2 <= len(between) <= 5
        and between[-1].lower in words.origins
        and between[-2].lower in words.offices | words.delegations
        and between[0].lower in words.determiners
        and all(token.lower.replace("-", "").isalpha() for token in between[1:-2])
    )


_OPPOSE = frozenset({"oppose", "opposer"})


def _opposes_a_proposal(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether a verb of opposing has a proposal for object, a few words on."""
    tokens = sentence.tokens
    head = tokens[trigger.head]
    if not {head.lemma, *verb_lemmas(head, sentence.language)} & _OPPOSE:
        return False
    for token in tokens[trigger.last + 1 : trigger.last + 5]:
        if token.lower in words.proposals or token.lemma in words.proposals:
            return True
        if token.lower in STOP_MARKS or token.lower == ",":
            return False
    return False


def _threat_mark(sentence: Sentence, trigger: TriggerMatch, words: Words) -> int | None:
    """The "to" / « de » after a threat ("threatened to", « a menacé de »), or None."""
    mark = trigger.last + 1
    if trigger.type != "THREATEN" or mark >= len(sentence.tokens):
        return None
    return mark if sentence.tokens[mark].lower in words.infinitive_marks | {"d'"} else None


def threatened_party(sentence: Sentence, trigger: TriggerMatch, words: Words) -> Unit | None:
    """Whom a threat of an act that is no trigger is aimed at: the first actor after a
    preposition in the infinitive after "threatened to" / « a menacé de » ("threatened to
    cut gas supplies to Moldova", "to retaliate against the United States")."""
    mark = _threat_mark(sentence, trigger, words)
    if mark is None:
        return None
    tokens = sentence.tokens
    for index in range(mark + 1, min(mark + 10, len(tokens))):
        lower = tokens[index].lower
        if lower in STOP_MARKS or lower == "," or lower in words.relatives:
            return None
        unit = sentence.unit(index)
        if unit is not None:
            before = index - 1
            while before > mark and tokens[before].lower in words.determiners:
                before -= 1
            return unit if tokens[before].lower in words.noun_targets else None
    return None


def threatened_act(sentence: Sentence, trigger: TriggerMatch, words: Words) -> TriggerMatch | None:
    """The act a threat without a target of its own threatens: the trigger right after
    "threatened to" / « a menacé de » ("China threatened to impose sanctions on Japan": a
    threat to Japan). None for another type or when no act follows."""
    mark = _threat_mark(sentence, trigger, words)
    if mark is None:
        return None
    return next(
        (other for other in sentence.triggers if mark < other.first <= mark + 2),
        None,
    )


def _owner_of_forces(sentence: Sentence, trigger: TriggerMatch, words: Words) -> Unit | None:
    """The actor that qualifies the forces named between the words of a phrase of
    deployment ("sent additional Russian troops", « envoyé des troupes russes »): whose
    troops they are, not a target."""
    tokens = sentence.tokens
    for unit in sentence.units:
        if not trigger.first < unit.first <= unit.last < trigger.last:
            continue
        before, after = tokens[unit.first - 1].lower, tokens[unit.last + 1].lower
        if after in words.forces or before in words.forces:
            return unit
    return None
