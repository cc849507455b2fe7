"""When an act happens: the words that put it ahead of the time of writing.

A verb or a noun of the lexicon is to come, rather than done, when it is the object of
talks ("discussed ways to strengthen", « ont évoqué les moyens de renforcer »), a condition
("if Russia helps us", "were Russia to invade"), what a proposal or a vote would do ("a
resolution to expel", "voted in a referendum to leave the EU"), an infinitive of purpose
of a clause in the future ("will travel to Paris to meet"), about to happen (« sur le
point de »), an intent announced (« a annoncé se rendre »), planned ("scheduled for January
27"), indefinite ("an attack on ... would"), or the setting of a clause to come ("During
his visit to Israel, the Secretary will"). The French future and conditional are read in
the verb's own ending (rencontrera, sanctionnerait).

Used by :func:`analysis.relations.status.status_of`, which weighs these tests against
negation and claims.
"""

from __future__ import annotations

from analysis.relations.lexicon import TriggerMatch
from analysis.relations.sentence import Sentence
from analysis.relations.tokens import french_infinitive, verb_lemmas
from analysis.relations.words import STOP_MARKS, Words, purpose_mark

__all__ = [
    "FRIENDLY_TYPES",
    "announced_intent",
    "conditional",
    "discussed",
    "french_future",
    "imminent",
    "indefinite",
    "opening_setting",
    "planned",
    "proposed",
    "purpose_of_future",
    "topic_clause",
    "voted_before",
    "voted_to",
    "warned_against",
]


_FRENCH_FUTURE_ENDINGS = frozenset(
    {"ai", "as", "a", "ons", "ez", "ont", "ais", "ait", "ions", "iez", "aient"}
)


_FRENCH_IRREGULAR_FUTURES = ("aur", "ser", "fer", "pourr", "devr", "viendr", "tiendr", "voudr")
"""Stems of the future and conditional that are not their infinitive (aura, serait)."""


def french_future(token) -> bool:
    """Whether a French verb is in the future or the conditional: its infinitive (less the
    final e of -re verbs) followed by the endings of those tenses (rencontrera, sanctionnerait;
    not the imperfect rencontraient), or an irregular stem with them (aura, serait, pourra)."""
    for stem in _FRENCH_IRREGULAR_FUTURES:
        if token.lower.startswith(stem) and token.lower[len(stem) :] in _FRENCH_FUTURE_ENDINGS:
            return True
    if not token.lemma.endswith(("er", "ir", "re")):
        return False
    stem = token.lemma[:-1] if token.lemma.endswith("re") else token.lemma
    return token.lower.startswith(stem) and token.lower[len(stem) :] in _FRENCH_FUTURE_ENDINGS


def discussed(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether the act is a topic of talks: an infinitive after a discussion verb and its
    noun ("discussed ways to strengthen", « ont évoqué les moyens de renforcer »; not
    efforts, which go on: "discussed mutual efforts to provide security assistance"), or a
    friendly act that is the verb's object ("discussed coordinated efforts", "reflected on
    strengthening cooperation"): talked of, not done. A hostile act discussed
    ("discussed Russia's war") is a fact."""
    tokens = sentence.tokens

    def discussion(token) -> bool:
        return _discussion(token, sentence.language, words)

    first = trigger.first
    owner = sentence.unit(first - 1) if first > 0 else None
    if (
        owner is not None
        and trigger.type in FRIENDLY_TYPES
        and owner.kind not in ("possessive", "voice")
        and owner.first > 0
        and tokens[owner.first - 1].lower not in words.infinitive_marks
    ):
        first = owner.first  # the noun's own actor: "plans to expand U.S. cooperation"
    for mark in range(first - 1, max(-1, first - 5), -1):
        # "to support", "to provide additional security assistance"
        if sentence.unit_at[mark] >= 0 or tokens[mark].lower in STOP_MARKS | {","}:
            break
        if tokens[mark].lower in words.infinitive_marks:
            if tokens[mark + 1].lower in words.determiners | words.indefinites:
                break  # « lors d'une visite »: a preposition before a noun
            if mark > 0 and tokens[mark - 1].lower in words.efforts:
                return False  # "discussed mutual efforts to provide assistance": efforts go on
            return any(map(discussion, tokens[max(0, mark - 4) : mark]))
    if trigger.type not in FRIENDLY_TYPES:
        return False
    after = tokens[trigger.last + 1 : trigger.last + 3]
    if any(token.lower in words.between | words.of | words.agents for token in after):
        return False  # "discussed coordinated efforts between the United States and Mexico"
    for index in range(trigger.first - 1, max(-1, trigger.first - 4), -1):
        if discussion(tokens[index]):
            return True
        if sentence.unit_at[index] >= 0 or tokens[index].lower in STOP_MARKS | {","}:
            return False
    return False


_CLAUSE_REACH = 16
"""Tokens back from an act to the word that opens a clause of talks' topic."""


def topic_clause(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether the act is in a clause that a discussion verb takes as its topic ("discuss how
    the United States, the ROK, and Japan can continue to work together", « évoquer comment
    renforcer »): talked of, not done, even when said to go on."""
    tokens = sentence.tokens
    for mark in range(trigger.first - 1, max(0, trigger.first - _CLAUSE_REACH), -1):
        if tokens[mark].lower in STOP_MARKS:
            return False
        if tokens[mark].lower in words.topic_clauses:
            return _discussion(tokens[mark - 1], sentence.language, words)
    return False


def _discussion(token, language: str, words: Words) -> bool:
    """Whether a token is a verb of discussion ("discussed", « évoqué »)."""
    return bool(verb_lemmas(token, language) & words.reciprocal_only)


FRIENDLY_TYPES = frozenset({"AGREE", "COOPERATE", "AID", "SUPPORT", "CONSULT"})
"""Acts that, as the topic of talks, are plans rather than facts."""


def conditional(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether the trigger is the verb of a condition ("if Russia helps us", « si la Russie
    nous aide vraiment »): "if" or « si » opens its clause, before its subject (an actor or
    a pronoun), not « si » as an adverb (« si fortement »)."""
    tokens = sentence.tokens
    index = trigger.first - 1
    while index >= 0 and trigger.first - index <= 16:
        lower = tokens[index].lower
        if lower in STOP_MARKS or lower == "," or lower in words.clause_breaks:
            return False
        if lower in words.conditions and index + 1 < len(tokens):
            after = tokens[index + 1].lower
            return sentence.unit(index + 1) is not None or after in words.condition_subjects
        if lower in _INVERTED and (index == 0 or tokens[index - 1].lower in STOP_MARKS | {","}):
            # "were the Russians to invade", "should Russia invade": a condition
            following = index + 1
            while following < len(tokens) and tokens[following].lower in words.determiners:
                following += 1
            return sentence.unit(following) is not None
        index -= 1
    return False


def warned_against(sentence: Sentence, trigger: TriggerMatch) -> bool:
    """Whether an English verb in -ing follows "against": an act warned against or
    opposed, not one done ("warned Washington against selling weapons to Taiwan")."""
    tokens = sentence.tokens
    return (
        sentence.language == "en"
        and trigger.first > 0
        and tokens[trigger.first - 1].lower == "against"
        and tokens[trigger.head].lower.endswith("ing")
    )


_INVERTED = frozenset({"were", "should", "had"})
"""English verbs that open a condition before their subject ("were Russia to invade")."""


def proposed(window: list, words: Words) -> bool:
    """Whether a verb is what a proposal would do: "a resolution to expel", « une
    résolution d'expulser », « un projet de sanctionner » (``window`` nearest first)."""
    marks = words.infinitive_marks | {"d'"}
    return len(window) >= 2 and window[0].lower in marks and window[1].lower in words.proposals


def purpose_of_future(
    sentence: Sentence, trigger: TriggerMatch, words: Words, nominal: bool
) -> bool:
    """Whether the act is an infinitive of purpose ("to", « pour ») of a clause in the
    future, or a meeting that such an infinitive attends: "Blinken will travel to Paris to
    meet Le Drian", "to attend the U.S.-EU meeting", « se rendra à Paris pour rencontrer »
    (what the trip is for is to come as well). Not an act said to go on ("will continue to
    work with"), nor other nouns after the infinitive ("to discuss Russia's war")."""
    tokens = sentence.tokens
    mark = purpose_mark(tokens, trigger.first, words)
    verb = trigger.first - 1
    while mark is None and nominal and trigger.type == "CONSULT" and trigger.first - verb <= 8:
        if verb < 1 or tokens[verb].lower in STOP_MARKS or tokens[verb].lower == ",":
            return False
        if sentence.unit(verb) is None and tokens[verb].lower.isalpha():
            mark = purpose_mark(tokens, verb, words)  # "to attend the ... meeting"
        verb -= 1
    if mark is None or (mark > 0 and tokens[mark - 1].lower in words.topic_clauses):
        return False  # "will focus on how to act together": a topic, as the readers take it
    language = sentence.language
    stops = words.relatives | words.clause_breaks  # and a reported clause's "that", « que »
    stops |= words.complementizers - words.infinitive_marks - words.of - words.prepositions
    for index in range(mark - 1, max(-1, mark - _PURPOSE_REACH), -1):
        token = tokens[index]
        if (
            token.lower in STOP_MARKS
            or token.lower in stops
            or verb_lemmas(token, language) & words.continuing
        ):
            return False
        if token.lower in words.will_auxiliaries or (language == "fr" and french_future(token)):
            return True
    return False


_PURPOSE_REACH = 30
"""Tokens before an infinitive of purpose in which its clause's future is looked for."""


_IMMINENT = (("sur", "le", "point", "de"), ("about", "to"))
"""Phrases right before a verb that tell it is about to happen, not done."""


def imminent(window: list) -> bool:
    """Whether a phrase of :data:`_IMMINENT` ends right before the verb (``window`` holds the
    words before it, nearest first)."""
    before = tuple(token.lower for token in reversed(window[:4]))
    return any(before[len(before) - len(phrase) :] == phrase for phrase in _IMMINENT)


def announced_intent(sentence: Sentence, window: list, words: Words) -> bool:
    """Whether a verb of announcing in the window is followed by an infinitive: an intent
    announced, still to come (« a annoncé se rendre », « annonce vouloir », "announced to")."""
    tokens = sentence.tokens
    for token in window:
        if not verb_lemmas(token, sentence.language) & words.announcements:
            continue
        index = tokens.index(token) + 1  # tokens differ by their offsets
        following = tokens[index] if index < len(tokens) else None
        if following is not None and (
            following.lower in ("se", "s'", "to")
            or (sentence.language == "fr" and french_infinitive(following))
        ):
            return True
    return False


def planned(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether a participle after the noun, in its clause and before another act, puts it
    ahead ("the visit of President Rohani to France, scheduled for January 27", « la visite
    du président iranien en France, prévue le 27 janvier »)."""
    tokens = sentence.tokens
    later = [other.first for other in sentence.triggers if other.first > trigger.last]
    stop = min([*later, trigger.last + 12, len(tokens)])
    for token in tokens[trigger.last + 1 : stop]:
        if token.lower in STOP_MARKS or token.lower in words.clause_breaks:
            return False
        if token.lower in words.planned:
            return True
    return False


def indefinite(sentence: Sentence, trigger: TriggerMatch, window: list, words: Words) -> bool:
    """An act named by a noun after "a"/"any"/« un », not after a light verb ("an attack on
    Philippine forces would ...", « partisan d'un rapprochement »; not "launched an attack
    on", « engagée par un accord », "part of a pact"): one that may happen. Opening the
    sentence, it is the subject: one that may happen only when a verb of the future follows
    ("A call between Trump and Zelensky took place": it did)."""
    for position, token in enumerate(window[:4]):
        if token.lower in words.hypotheticals:
            return True  # "to respond to any further Russian aggression"
        if token.lower in words.indefinites:
            index = sentence.tokens.index(token)
            if {t.lower for t in sentence.tokens[max(0, index - 2) : index]} & words.act_settings:
                return False  # "during a visit to", « lors d'une visite », "in an attack on"
            if position + 1 < len(window):
                governing = window[position + 1]
                # not after a light verb, nor a verb of receiving (« a reçu une aide »)
                done = words.light_verbs | words.receiving
                return not verb_lemmas(governing, sentence.language) & done
            index -= 1
            before = sentence.tokens[index].lower if index >= 0 else ""
            if before in words.of and index > 0:
                noun = sentence.tokens[index - 1]
                return bool({noun.lower, noun.lemma} & words.prospects)
            if not before:
                return _future_follows(sentence, trigger, words)
            return before not in words.agents | words.prepositions
        if token.lower in words.determiners or token.lower in words.coordinators:
            return False  # its own article, or past "and" ("labeled X a terrorist and levied")
    return False


def _future_follows(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether a verb of the future or a modal follows the trigger in its sentence ("An
    attack on Philippine forces would invoke", « Une rencontre entre eux aura lieu »)."""
    for token in sentence.tokens[trigger.last + 1 :]:
        lemmas = verb_lemmas(token, sentence.language) | {token.lower}
        if lemmas & (words.futures | words.planned) or (
            sentence.language == "fr" and french_future(token)
        ):
            return True
    return False


_OPENING_SETTINGS = frozenset({"during", "lors", "pendant", "durant", "au"})
"""Words that open a phrase setting a clause in the time of a visit."""


def opening_setting(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether the act is the setting of a clause to come: a visit named in a phrase that
    opens the sentence ("During his visit to Israel,", « Lors de sa visite en Chine, »)
    before a verb of the future."""
    tokens = sentence.tokens
    head = tokens[trigger.head]
    if tokens[0].lower not in _OPENING_SETTINGS or not {head.lemma, head.lower} & words.visits:
        return False
    if any(token.lower in STOP_MARKS | {","} for token in tokens[: trigger.first]):
        return False
    return _future_follows(sentence, trigger, words)


_VOTE_REACH = 8
"""Tokens between a verb of voting and the "to" / « pour » of what it decided ("voted in
a 2016 referendum to leave")."""


_DEEDS = frozenset({"RETREAT", "AID", "MOBILIZE", "ASSAULT"})
"""Acts done after the vote that decides them; a vote performs the others itself ("voted
to condemn Russia's invasion", "voted 13-2 to impose stronger sanctions")."""


def voted_to(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether the verb is a deed a vote decided ("Britons voted in a 2016 referendum to
    leave the EU", « ont voté à l'unanimité pour retirer les soldats »): decided, still to
    come. Not what the vote itself does ("voted to suspend Russia"), nor a noun voted for
    ("voted for the resolution condemning": the resolution's act)."""
    if trigger.type not in _DEEDS:
        return False
    mark = purpose_mark(sentence.tokens, trigger.first, words)
    return mark is not None and voted_before(sentence, mark, words.votes)


def voted_before(sentence: Sentence, end: int, votes: frozenset[str]) -> bool:
    """Whether a word of ``votes`` stands in the few words before token ``end``, in its
    clause and with no actor between ("voted in a 2016 referendum to", "voted against the
    resolution"): shared by the votes that decide a deed and those against a proposal."""
    tokens = sentence.tokens
    for index in range(end - 1, max(-1, end - _VOTE_REACH), -1):
        token = tokens[index]
        if token.lower in STOP_MARKS or token.lower == "," or sentence.unit_at[index] >= 0:
            return False
        if ({token.lower} | verb_lemmas(token, sentence.language)) & votes:
            return True
    return False
