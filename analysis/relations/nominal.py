"""Relations stated by a noun, read by word order: "Russia's war against Ukraine", "U.S.
sanctions on Iran", "the invasion of Ukraine by Russia", « les sanctions américaines contre
la Russie », « la visite du ministre russe à Pyongyang », « le rapprochement américano-russe ».

Whether a trigger is a noun is read from its form and the word before it (:func:`is_nominal`).
The *source* of a noun is the actor that owns it ("Russia's", « les sanctions américaines »),
else the agent after "by"/"par", else the actor after "of"/"de" when an agent does the noun
("the visit of Blinken", « le soutien de la Chine »), else the subject of a light verb that
governs it ("Turkey launched an offensive into Syria", « a imposé des sanctions à »). The
*target* is the actor after a preposition ("against", « contre », « à »), or after "of"/"de"
when the noun is done to someone (« l'invasion de l'Ukraine »). "between X and Y", « entre X
et Y » and hyphenated pairs ("U.S.-Turkey talks") name both sides of a symmetric relation.
"""

from __future__ import annotations

from analysis.relations.coordination import after_preposition, coordinated, owns
from analysis.relations.lexicon import TriggerMatch
from analysis.relations.owners import is_joint, noun_owner
from analysis.relations.participants import (
    PARTNER_WORDS,
    helped,
    infinitive_after,
    will_verb_before,
    willing,
)
from analysis.relations.rules import (
    NOUN_ENDINGS,
    SYMMETRIC_TYPES,
    TOPICAL_TYPES,
    left_unit,
    restarted,
    subject_after_opening,
    subject_of_coordinated,
)
from analysis.relations.sentence import PERSON_KINDS, Sentence, Unit
from analysis.relations.tokens import is_english_past, is_french_participle, verb_lemmas
from analysis.relations.types import CONFLICT_TYPES
from analysis.relations.wars import at_war, head_lemma, led_on, resisted, waged, war_on
from analysis.relations.words import STOP_MARKS, Words

__all__ = [
    "MUTUAL_TYPES",
    "PLACE_TYPES",
    "TERRITORIAL_TYPES",
    "is_nominal",
    "is_place",
    "nominal_arguments",
    "nominal_trigger_after",
]

PLACE_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "AID", "CONSULT"})
"""Types whose noun takes as target the state it happens in ("war in Ukraine", « ingérence
dans les élections américaines », « sa visite en Chine »), when it names no other."""

TERRITORIAL_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})
"""Types whose target may be named by its territory ("strikes on Syrian territory")."""

MUTUAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT"})
"""Types of act that two actors named together by a noun do to each other ("talks between
X and Y", "Turkey-Armenia normalization"); a sentence's reader pairs a group returned as
both sources and targets each to each."""

GROUP_TYPES = MUTUAL_TYPES - {"SUPPORT"}
"""Types of act that a group's own noun is among its members alone ("X and Y continued
their coordination in responding to Z"); support has an object ("their appreciation for
Egypt's mediation")."""

HELP_TYPES = frozenset({"AID", "SUPPORT", "COOPERATE"})
"""Types of act whose noun after "with"/« avec » helps the subject of the clause."""

_PHRASE_REACH = 12
"""Tokens after a noun in which its prepositional phrases are read."""

_OBJECT_REACH = 4
"""Tokens between a preposition and the actor it introduces ("against the people of"),
counted again after "of" until an actor is found ("to the government and people of")."""

_TITLE_REACH = 8
"""Tokens between a preposition and a person it introduces, the person's title between
(« sur le président de la Commission Jean-Claude Juncker »)."""

_SUBORDINATORS = frozenset({"that", "whether", "if", "que", "si"})
_OBJECT_OPENERS = frozenset({"this", "these", "those", "our", "your", "every", "all", "such"})
"""Words that open an English verb's object (beside the articles and possessives)."""


def is_nominal(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether the trigger is used as a noun ("the attack on", « la visite du ») rather than
    as a verb ("attacked", « a visité »).

    Examples
    --------
    >>> from analysis.relations.words import words_of
    >>> from analysis.relations.lexicon import load_lexicon
    >>> from analysis.relations.sentence import Sentence
    >>> from analysis.relations.tokens import tokenize
    >>> def nominal(text, language):
    ...     tokens = tokenize(text, language)
    ...     match = load_lexicon().find(tokens, language)[0]
    ...     sentence = Sentence("", 0, language, text, 0, len(text), tokens, [], [match])
    ...     return is_nominal(sentence, match, words_of(language))
    >>> nominal("the war against them", "en"), nominal("they attacked them", "en")
    (True, False)
    >>> nominal("la visite du ministre", "fr"), nominal("il a visité Séoul", "fr")
    (True, False)
    """
    tokens = sentence.tokens
    head = trigger.head
    if trigger.words[0] != head:
        return False  # "s'entretenir avec": a reflexive verb
    token = tokens[head]
    before = tokens[head - 1] if head > 0 else None
    previous = before.lower if before is not None else ""
    if sentence.language == "fr":
        return _french_nominal(sentence, head, previous, words)
    if previous in words.verb_markers or token.lower in words.will_adjectives:
        return False  # "remained ready to talk with": an adjective, its subject before it
    lower = token.lower
    if head + 1 in trigger.words and tokens[head + 1].lower in _PARTICLES:
        return False  # "and look forward to working with", "shot down": a phrasal verb
    past = is_english_past(token)
    following = tokens[head + 1] if head + 1 < len(tokens) else None
    if previous in words.noun_markers or previous in words.possessives:
        if lower.endswith("ing") and (following is None or following.lower not in words.of):
            return previous in words.determiners  # "the bombing", not "of supplying"
        return not past or previous in ("the", "a", "an")
    if past:
        return False
    if is_joint(sentence, trigger):
        return True  # "visited joint U.S.-Costa Rican initiatives": an adjective and its noun
    unit = sentence.unit(head - 1)  # "Russian calls for"; "The United States stands with"
    phrase = head + 1 in trigger.words and lower not in words.prepositions  # not "in support of"
    if unit is not None and (unit.kind == "demonym" or phrase):
        return unit.kind == "demonym" or lower.endswith(NOUN_ENDINGS)  # not "U.S. commitment to"
    if lower.endswith("ing") and _named_noun(sentence, head, words):
        return True  # "the February 12 Trilateral Ministerial meeting"
    if lower.endswith("ing") and following is not None and following.lower in words.between:
        return True  # "hailed the recent meeting between the Armenian and Azerbaijani"
    if lower.endswith("ing"):
        # "the administration's temporary withholding of aid": a noun after its owner
        return bool(following is not None and following.lower in words.of) and any(
            t.lower in words.possessives for t in tokens[max(0, head - 3) : head - 1]
        )
    if following is None or following.lower in STOP_MARKS or following.lower == ",":
        return True
    if sentence.unit(head + 1) is not None or following.lower in words.determiners:
        return False
    # "welcomes today's announcement", "condemns this attack": a verb and its object
    after = tokens[head + 2].lower if head + 2 < len(tokens) else ""
    return following.lower not in _OBJECT_OPENERS and after not in words.possessives


_PARTICLES = frozenset({"forward", "down", "off", "out", "back", "up", "away"})
"""Particles that, inside a trigger's phrase right after its head, make the head a verb
wherever it stands ("look forward to", "shoot down", "break off relations")."""


def _named_noun(sentence: Sentence, head: int, words: Words) -> bool:
    """Whether a word follows a determiner and a name only (capitalised words, numbers, a
    hyphen or "and" inside it), and no object: an event's name ("the February 12 Trilateral
    Ministerial meeting in", "the U.S.-EU Trade and Technology Council meeting"), not "the
    U.S. denying Ukraine", "the Department consulting directly"."""
    tokens = sentence.tokens
    following = tokens[head + 1].lower if head + 1 < len(tokens) else "."
    if not (following in STOP_MARKS or following == "," or following in words.prepositions):
        return False
    index, joiners = head - 1, words.coordinators | {"-"}  # "U.S.-EU Trade and Technology"
    while index > 0:
        token = tokens[index]
        first = sentence.text[token.start : token.start + 1]
        joined = token.lower in joiners and sentence.text[tokens[index + 1].start].isupper()
        if not (first.isupper() or first.isdigit() or joined):
            break
        index -= 1
    return index < head - 1 and tokens[index].lower in words.determiners


def _french_nominal(sentence: Sentence, head: int, previous: str, words: Words) -> bool:
    """French: a noun after an article or a possessive; a verb after an auxiliary, a pronoun
    or an actor, and a form of a verb (« a ainsi accusé », « soutient ») elsewhere."""
    token = sentence.tokens[head]
    articles = words.determiners | {"du", "au", "aux", "ce", "cette", "ces"}
    if previous in articles or token.lower in words.verb_like_nouns:
        return True
    if token.lemma.endswith(("er", "ir", "re")):  # an infinitive's ending
        return False
    participle = token.lower.endswith(("é", "ée", "és", "ées", "i", "ie", "is", "ies"))
    if participle and verb_lemmas(token, "fr") - {token.lower, token.lemma}:
        return False
    # « leur coopération » (a possessive), « leur a apporté » (a pronoun): only a non-verb
    if previous in words.group_possessives:
        return True
    return not (previous in words.verb_markers or sentence.unit(head - 1) is not None)


def nominal_trigger_after(
    sentence: Sentence, trigger: TriggerMatch, words: Words, until: int
) -> TriggerMatch | None:
    """The first trigger used as a noun after ``trigger`` and before token ``until``: the
    object of "condemned the invasion of ...", « soutient l'invasion de ... »."""
    for other in sentence.triggers:
        if trigger.last < other.first < until and is_nominal(sentence, other, words):
            return other
    return None


def nominal_arguments(
    sentence: Sentence, trigger: TriggerMatch, words: Words, earlier=()
) -> tuple[list[Unit], list[Unit]]:
    """The sources and targets of a noun trigger (see the module's docstring); ``earlier``
    as for :func:`~analysis.relations.rules.word_order_arguments`.

    Where both sides come from one group ("between X and Y", "U.S.-Turkey talks"), the
    group is returned as the sources and the targets are empty: the caller pairs them when
    the type is symmetric.
    """
    following = (
        sentence.tokens[trigger.last + 1] if trigger.last + 1 < len(sentence.tokens) else None
    )
    if following is not None and following.lower in words.memberships:  # not "including"
        return [], []  # "The Mekong-U.S. Partnership includes the United States, Cambodia"
    led = led_on(sentence, trigger, words) if trigger.type == "ASSAULT" else None
    if led is not None:
        return [led[0]], [led[1]]  # "the United States-led Iraq War"
    owner = noun_owner(sentence, trigger, words, earlier)
    phrases, post_owner = _phrases(sentence, trigger, words)
    owner = owner or post_owner
    by = [unit for preposition, unit in phrases if preposition in words.agents]
    of = [unit for preposition, unit in phrases if preposition in words.of]
    between = [unit for preposition, unit in phrases if preposition in words.between]
    venue = not _takes_place(sentence, trigger, words)
    towards = [
        unit
        for preposition, unit in phrases
        if preposition in words.noun_targets
        and not (trigger.type in TOPICAL_TYPES and preposition in words.topics)
        and not (venue and preposition in words.locatives)  # « un sommet ... à Varsovie »
    ]
    places = [unit for preposition, unit in phrases if preposition in words.places]
    mutual = trigger.type in MUTUAL_TYPES or waged(sentence, trigger, words)
    if between:
        group = coordinated(sentence, between[0], words)
        if len(group) > 1:
            return group, (group if mutual else [])
    if trigger.type in GROUP_TYPES and _theirs(sentence, trigger, words):
        subjects = _light_verb_subject(sentence, trigger, words, earlier)
        if len(subjects) < 2 and owner is not None:
            subjects = coordinated(sentence, owner, words)
        if len(subjects) > 1 and not any(p in PARTNER_WORDS for p, _ in phrases):
            # "Sherman and Lovegrove continued their close coordination in responding to
            # Russia's invasion": between the two, not with Russia
            return subjects, subjects
    if trigger.type == "COOPERATE" and owner is None and not phrases:
        group = _group_subject(sentence, trigger, words)
        if group:
            return group, group
    patient = head_lemma(sentence, trigger) in words.patient_nouns
    source = owner or (by[0] if by else None)
    target = towards[0] if towards else None
    if of and trigger.last > trigger.head and sentence.tokens[trigger.last].lower in words.of:
        # "in support of Ukraine and against Russia's invasion": whom the act is for
        target, of = of[0], []
    if of:
        if source is None and (target is not None or not patient):
            source = of[0]
        elif target is None:
            target = of[0]
    if (
        target is None
        and places
        and trigger.type in PLACE_TYPES
        and _takes_place(sentence, trigger, words)
    ):
        target = places[0]
    if target is None and source is not None and trigger.type == "SANCTION":
        target = _under_sanctions(sentence, trigger, source, words)
    if target is None and source is not None and _on_request(sentence, trigger, words):
        # "France sent troops to Mali at the request of the Malian government"
        asked = _clause_subject(sentence, trigger.first, words)
        target = asked if asked is not None and asked.roll_ups != source.roll_ups else None
    if (
        source is None
        and target is not None
        and trigger.type in MUTUAL_TYPES
        and trigger.first > 0
        and sentence.tokens[trigger.first - 1].lower in words.locatives
    ):
        # "U.S. troops fight ISIS in cooperation with Iraqi forces": the subject's partner
        subject = _clause_subject(sentence, trigger.first, words)
        source = subject if subject is not None and subject is not target else None
    if target is None and source is not None and trigger.type in HELP_TYPES:
        target = helped(sentence, trigger, words)
    if target is None and source is not None and trigger.type == "ASSAULT":
        target = resisted(sentence, trigger, source, words)
        if target is None and not venue:
            target = war_on(sentence, trigger, source, words)
    if source is None and target is not None and mutual:
        fighting = at_war(sentence, trigger, words)
        if fighting is not None and fighting is not target:
            if not waged(sentence, trigger, words):
                # "we remain in close contact with Japan and Korea": with each of them
                return [fighting], coordinated(sentence, target, words)
            return [fighting, target], [fighting, target]  # "Ukraine is in a conflict with Russia"
    if source is None:
        sources = _light_verb_subject(sentence, trigger, words, earlier) or _visitor(
            sentence, trigger, words, target
        )
        if not sources and target is None and trigger.type in SYMMETRIC_TYPES:
            group = _opening_parties(sentence, trigger, words)
            if group:
                return group, group  # « Après 7 ans de négociations, le Canada et l'UE »
        source = sources[0] if sources else None
    else:
        sources = coordinated(sentence, source, words)
    if (
        target is None
        and source is owner
        and len(sources) > 1
        and mutual
        and (trigger.type in GROUP_TYPES or not _theirs(sentence, trigger, words))
        and not owns(sentence, source, words)
    ):
        # "Turkey-Armenia normalization", "the Iran-Iraq war"; not "thanks X and Y for
        # their support", which is theirs to someone else, nor "the United States' and
        # Germany's commitment to", each one's own
        return sources, sources
    targets = [
        unit
        for unit in coordinated(sentence, target, words)
        if trigger.type in TERRITORIAL_TYPES or not is_place(sentence, unit, words)
    ]
    return sources, [unit for unit in targets if unit not in sources]


def _opening_parties(sentence: Sentence, trigger: TriggerMatch, words: Words) -> list[Unit]:
    """The actors joined as the subject of the main clause, when a mutual act with no actor
    of its own stands in a phrase that opens the sentence ("After seven years of
    negotiations, Canada and the European Union signed", « Après 7 ans de négociations, le
    Canada et l'Union européenne ont signé »): they are its parties."""
    tokens = sentence.tokens
    if not tokens or tokens[0].lower not in words.openers:
        return []
    if any(
        sentence.unit(index) is not None or tokens[index].lower in STOP_MARKS | {","}
        for index in range(trigger.first)
    ):
        return []
    group = coordinated(sentence, subject_after_opening(sentence, 0, words), words)
    return group if len(group) > 1 else []


def _group_subject(sentence: Sentence, trigger: TriggerMatch, words: Words) -> list[Unit]:
    """The actors joined as the subject of the clause of a cooperation with no actor of its
    own, none named nor condemned between them and it ("Agencies from Germany, South Korea
    and the United States were part of the task force"; not "Japan and the EU condemned
    military cooperation that threatens Europe")."""
    after = sentence.tokens[trigger.last + 1 : trigger.last + 2]
    if after and after[0].lower in PARTNER_WORDS | words.between:
        return []  # "cooperation with Korea": a partner of its own, named or not
    group = coordinated(sentence, _clause_subject(sentence, trigger.first, words), words)
    if len(group) < 2 or any(
        group[-1].last < item.first < trigger.first
        for item in [*sentence.units, *(t for t in sentence.triggers if t.type in CONFLICT_TYPES)]
    ):
        return []
    return group


def _theirs(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether a group's possessive opens the noun, adjectives between ("their close
    coordination", « leur étroite coopération »)."""
    tokens = sentence.tokens
    for index in range(trigger.first - 1, max(-1, trigger.first - 4), -1):
        if tokens[index].lower in words.group_possessives:
            return True
        if sentence.unit(index) is not None or tokens[index].lower in STOP_MARKS | {","}:
            return False
    return False


def _takes_place(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether the state a noun's act happens in is its target: of a meeting, only for a
    visit ("his visit to China", « sa visite en Chine »; not "a NATO summit in Warsaw"); of
    an attack, not for a punctual strike ("a United States airstrike in Iraq" that killed an
    Iranian general; but "Russia's war in Ukraine")."""
    head = head_lemma(sentence, trigger)
    if trigger.type == "ASSAULT":
        return (
            head not in words.strikes and sentence.tokens[trigger.head].lower not in words.strikes
        )
    return trigger.type != "CONSULT" or head in words.visits


def is_place(sentence: Sentence, unit: Unit, words: Words) -> bool:
    """Whether an actor's adjective names a place rather than the actor: "the U.S.-Mexican
    border", « la frontière turque », "Syrian territory"."""
    if unit.kind not in ("demonym", "home"):
        return False
    tokens = sentence.tokens
    near = tokens[unit.last + 1 : unit.last + 2] + tokens[max(0, unit.first - 1) : unit.first]
    return any(
        token.lemma in words.places_named or token.lower in words.places_named for token in near
    )


def _on_request(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether a request opens an adverbial phrase ("at the request of", « à la demande
    de »): what the clause tells was done for the one who asked, by its subject."""
    tokens = sentence.tokens
    if trigger.type != "REQUEST":
        return False
    start = trigger.first
    if start > 0 and tokens[start - 1].lower in words.possessives:
        # "at the Iraqi government's request": past its owner
        start -= 1
        while start > 0 and (
            sentence.unit(start - 1) is not None
            or tokens[start - 1].lemma in words.governments | words.offices
        ):
            start -= 1
    before = tuple(token.lower for token in tokens[max(0, start - 2) : start])
    return before in words.on_request or (start < trigger.first and before[-1:] == ("at",))


_UNDER = frozenset({"under", "sous"})


def _under_sanctions(
    sentence: Sentence, trigger: TriggerMatch, source: Unit, words: Words
) -> Unit | None:
    """Who is "under" the sanctions of ``source``: the actor before "under", « sous »
    ("Turkey is already under EU sanctions", « la Russie est sous sanctions européennes »)."""
    tokens = sentence.tokens
    index, steps = trigger.first - 1, 0
    while index >= 0 and steps < 4:
        token = tokens[index]
        if token.lower in _UNDER:
            subject = left_unit(sentence, index, words)
            return subject if subject is not None and subject.roll_ups != source.roll_ups else None
        if token.lower in STOP_MARKS or token.lower == ",":
            return None
        index, steps = index - 1, steps + 1
    return None


def _clause_subject(sentence: Sentence, position: int, words: Words) -> Unit | None:
    """The first actor of the clause that holds token ``position``, not after a
    preposition: its subject ("France sent troops to Mali at the request of")."""
    tokens = sentence.tokens
    start = position
    while start > 0 and not (
        tokens[start - 1].lower in STOP_MARKS or tokens[start - 1].lower in words.clause_breaks
    ):
        start -= 1
    for unit in sentence.units:
        if not start <= unit.first < position or unit.possessive or unit.voice:
            continue
        if unit.kind == "demonym" and sentence.in_trigger(unit.last + 1):
            continue  # "including Russian war against Ukraine": the owner of another act
        if not after_preposition(sentence, unit, words):
            return unit
    return None


def _phrases(
    sentence: Sentence, trigger: TriggerMatch, words: Words
) -> tuple[list[tuple[str, Unit]], Unit | None]:
    """The actors of the prepositional phrases after the noun, with their preposition, and
    an actor standing right after it as an adjective (« les sanctions américaines »)."""
    tokens = sentence.tokens
    found: list[tuple[str, Unit]] = []
    post_owner = None
    known = words.agents | words.of | words.between | words.noun_targets | words.places
    preposition, waited, titled = None, 0, None
    own = tokens[trigger.last].lower
    if infinitive_after(sentence, trigger, words):
        return found, post_owner  # "commitment to ensure ...": the infinitive's actors
    if trigger.last > trigger.head and own in known:
        preposition = own  # the trigger's own preposition: "commitment to", "visite à"
    ends = STOP_MARKS | words.clause_breaks | words.relatives | words.settings
    index = trigger.last + 1
    while index < len(tokens) and index - trigger.last <= _PHRASE_REACH:
        unit = sentence.unit(index)
        if unit is not None:
            if unit.kind == "demonym" and any(t.first == unit.last + 1 for t in sentence.triggers):
                break  # "intervention in the case of a Russian invasion": another act's owner
            if preposition is None and titled is not None and unit.kind in PERSON_KINDS:
                # « la pression sur le président de la Commission Jean-Claude Juncker »
                preposition = titled
            if preposition is not None:
                found.append((preposition, unit))
                preposition = None
            elif not found and post_owner is None and _adjective(sentence, unit, trigger):
                post_owner = unit
            else:
                break
            index = unit.last + 1
            continue
        lower = tokens[index].lower
        if restarted(sentence, index):
            index += 1  # "war against the – against Ukraine": the speaker starts again
            continue
        if lower in ends:
            break
        if any(
            tuple(token.lower for token in tokens[index : index + len(phrase)]) == phrase
            for phrase in words.responses + words.contrasts
        ):
            # "cooperation in response to Russia's invasion": what it answers; "in stark
            # contrast to Russia's war": what it is set against
            break
        other = next((other for other in sentence.triggers if other.first == index), None)
        if other is not None:
            if _noun_pair(sentence, trigger, other, words):
                index = other.last + 1  # "the partnership and cooperation between X and Y"
                continue
            break  # another act begins: "solidarity to support the Ukrainian people"
        if (
            sentence.language == "en"
            and preposition is not None
            and waited == 0
            and lower.endswith("ing")
            and len(lower) > 5
        ):
            helped = sentence.unit(index + 1)
            owns = (
                helped is not None
                and helped.last + 1 < len(tokens)
                and tokens[helped.last + 1].lower in words.possessives
            )
            if not (trigger.type in HELP_TYPES and owns):
                break  # "support for documenting evidence of Russia's atrocities": a clause
            index += 1  # "support for replenishing Israel's Iron Dome": Israel is helped
            continue
        agented = _agented(sentence, index, words)
        if agented == "own" and preposition is None and not found and index == trigger.last + 1:
            index += 1  # "the sanctions imposed by Washington": its agent follows
            continue
        if agented == "other" and index > trigger.last + 1:
            break  # « les négociations ... parrainées par la Turquie »: their sponsors
        if lower in known and not (
            preposition is not None
            and (lower in words.of or _doers_of(sentence, index, preposition, words))
        ):
            preposition, waited = lower, 0
        elif preposition is not None:
            waited = 0 if lower in words.of and not found else waited + 1  # "X and Y of Ukraine"
            if waited > _OBJECT_REACH:
                preposition, titled = None, preposition
        elif lower == "," or lower in words.verb_markers or _past_verb(sentence, index):
            break  # « le retrait américain pourrait bénéficier », "and highlighted"
        elif titled is not None:
            waited += 1
            if waited > _TITLE_REACH:
                titled = None
        index += 1
    return found, post_owner


def _doers_of(sentence: Sentence, index: int, preposition: str, words: Words) -> bool:
    """Whether "by" names the doers of a noun the trigger is aimed at, its target ("support
    for efforts by Somalia"), not after a participle ("cooperation ... led by Biden")."""
    past = is_english_past if sentence.language == "en" else is_french_participle
    by = sentence.tokens[index].lower in words.agents
    return by and preposition in words.noun_targets and not past(sentence.tokens[index - 1])


def _noun_pair(
    sentence: Sentence, trigger: TriggerMatch, other: TriggerMatch, words: Words
) -> bool:
    """Whether ``other`` is a one-word noun coordinated right after the trigger ("the
    partnership and cooperation between", « le dialogue et la coopération entre »): the
    phrases after it are the trigger's too."""
    gap = [token.lower for token in sentence.tokens[trigger.last + 1 : other.first]]
    return (
        other.first == other.last
        and bool(gap)
        and gap[0] in words.coordinators
        and set(gap[1:]) <= _ARTICLES
        and len(gap) <= 2
        and is_nominal(sentence, other, words)
    )


_ARTICLES = frozenset({"the", "le", "la", "les", "l'"})
"""Articles that may open the second of two coordinated nouns; a possessive opens a new
phrase ("Russia's aggression and its support for Ukraine")."""


_ISSUED = frozenset({"release", "issue", "commit", "perpetrate", "adopt", "lead", "publier"})
_ISSUED |= {"adopter", "mener", "conduire", "diriger"}
"""Verbs besides the light verbs whose participle after an act names its author ("the
joint statement released by", « la déclaration publiée par », "cooperation led by")."""


def _agented(sentence: Sentence, index: int, words: Words) -> str | None:
    """A participle before its agent at ``index``: "own" when it does the noun before it
    ("imposed by", « publiée par », "led by"), "other" for another act ("sponsored by")."""
    token, after = sentence.tokens[index], sentence.tokens[index + 1 : index + 2]
    if not after or after[0].lower not in words.agents:  # most tokens: no lemma looked up
        return None
    if _past_verb(sentence, index) or (sentence.language == "fr" and is_french_participle(token)):
        own = verb_lemmas(token, sentence.language) & (words.light_verbs | _ISSUED)
        return "own" if own else "other"
    return None


def _past_verb(sentence: Sentence, index: int) -> bool:
    token = sentence.tokens[index]
    return sentence.language == "en" and token.lower.endswith("ed") and token.lower != token.lemma


def _adjective(sentence: Sentence, unit: Unit, trigger: TriggerMatch) -> bool:
    """Whether an actor right after a noun is its adjective: French demonyms (« sanctions
    américaines », « frappes aériennes russes »)."""
    if sentence.language != "fr" or unit.kind not in ("demonym", "home"):
        return False
    return unit.first - trigger.last <= 2


def _light_verb_subject(
    sentence: Sentence, trigger: TriggerMatch, words: Words, earlier
) -> list[Unit]:
    """The subject of a light verb, or of a word of will, right before the noun: "Turkey
    launched an offensive", « la Russie a imposé des sanctions », « Trump reste ouvert à
    l'idée d'une rencontre » (with :func:`subject_of_coordinated`)."""
    tokens = sentence.tokens
    index, steps = trigger.first - 1, 0
    while index >= 0 and steps < 8:
        token = tokens[index]
        if (
            sentence.unit(index) is not None
            or token.lower in STOP_MARKS
            or token.lower in words.relatives
            or token.lower in _SUBORDINATORS
        ):
            return []
        article = index > 0 and tokens[index - 1].lower in words.determiners
        # "all forms of assistance": a noun before "of", not a verb
        article = article or (index + 1 < len(tokens) and tokens[index + 1].lower == "of")
        if not article and (
            verb_lemmas(token, sentence.language) & words.light_verbs
            or (
                # « Trump est prêt à une rencontre », "open to a meeting with"
                token.lower in words.willingness | {will_verb_before(sentence, trigger, words)}
                and willing(sentence, trigger, words) == token.lower
            )
        ):
            # not « l'annonce de sanctions »
            subject = left_unit(sentence, index, words)
            return subject_of_coordinated(sentence, subject, index, words, earlier)
        index -= 1
        steps += 1
    return []


_DURING = frozenset({"during", "lors", "pendant", "durant"})
"""Words that set a clause in the time of a visit described by words of its own ("during
an official visit to"); not "with" nor "on", which an adjective may follow in other
phrases ("disagreed with a planned visit")."""


def _visitor(
    sentence: Sentence, trigger: TriggerMatch, words: Words, target: Unit | None
) -> list[Unit]:
    """The subject of the clause a visit with no visitor of its own is the setting of:
    "Johnson said ... in conjunction with a visit to Ireland", « a déclaré M. Lavrov lors
    d'une visite à Pékin »: the one who speaks is the one who visits."""
    tokens = sentence.tokens
    if target is None or head_lemma(sentence, trigger) not in words.visits:
        return []
    index = trigger.first - 1
    described = 0  # "during an official visit to Thailand", "during a two-day trip"
    while index >= 0:
        lower = tokens[index].lower
        if lower in words.determiners | {"d'", "l'", "sa", "son"} or lower.isdigit():
            index -= 1  # "during a 2018 trip to France"
        elif (
            described < 3
            and lower.replace("-", "").isalpha()
            and lower not in (words.visit_settings)
        ):
            index, described = index - 1, described + 1
        else:
            break
    if index < 0 or tokens[index].lower not in words.visit_settings:
        return []
    if described and tokens[index].lower not in _DURING:
        return []
    subject = left_unit(sentence, index, words) or subject_after_opening(sentence, index, words)
    return [] if subject is None or subject.roll_ups == target.roll_ups else [subject]
