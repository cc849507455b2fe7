"""How a sentence states a relation: asserted, alleged, negated or future.

The status comes from words near the trigger (negation, future), from the claims and
requests that hold it ("accused Russia *of* supplying", "urged China *to* press", "Japan
said ...", "according to Seoul", « selon elles »), and, for an act stated by a noun, from
the words of its noun phrase: "no sanctions", « empêché les sanctions » (negated), "an
attack on", "any further aggression", "the threat of" (future), « ingérence supposée »,
"alleged interference" (alleged). An act named by a definite noun inside a claim is
presupposed, not claimed: in « selon elles, Pyongyang soutient l'invasion de l'Ukraine par
la Russie » the support is alleged and the invasion asserted.
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.relations.lexicon import TriggerMatch
from analysis.relations.rules import left_unit, right_unit
from analysis.relations.sentence import Sentence, Unit
from analysis.relations.timing import (
    FRIENDLY_TYPES,
    announced_intent,
    conditional,
    discussed,
    french_future,
    imminent,
    indefinite,
    opening_setting,
    planned,
    proposed,
    purpose_of_future,
    topic_clause,
    voted_before,
    voted_to,
    warned_against,
)
from analysis.relations.tokens import is_english_past, verb_lemmas
from analysis.relations.voice import scheduled
from analysis.relations.words import QUOTE_MARKS, STOP_MARKS, Words, is_amount

__all__ = ["CLAIM_REACH", "Frame", "frames_of", "requester", "status_of", "stopped"]

CLAIM_REACH = 4
"""Tokens after "of"/"de"/"to"/"à" in which the claimed or requested verb is looked for."""

_SOURCES = frozenset(
    {"report", "medium", "source", "official", "newspaper", "press", "agency", "média", "presse"}
    | {"journal", "agence", "responsable"}
)
"""Who makes a claim without being an actor: "News reports say that ..."."""
_PRONOUNS = frozenset(
    {"him", "her", "them", "officials", "sources", "reports", "lui", "elle", "eux", "elles"}
)


@dataclass(frozen=True)
class Frame:
    """A stretch of tokens that is the content of a claim or of a request.

    ``kind`` is ``claim`` or ``request``; ``claimant`` the actor who claims or asks (None
    when not named: "according to him", "Russia is accused of"); ``start`` and ``end``
    the first and last token it covers.
    """

    kind: str
    claimant: Unit | None
    start: int
    end: int


def _clause_end(sentence: Sentence, start: int, words: Words) -> int:
    for index in range(start, len(sentence.tokens)):
        lower = sentence.tokens[index].lower
        if lower in STOP_MARKS or lower in words.clause_breaks:
            return index
    return len(sentence.tokens) - 1


def _asked_too(sentence: Sentence, end: int, words: Words) -> int:
    """The end of what is asked, past infinitives coordinated with the first in its clause
    ("urges the parties not to let this opportunity pass and to engage with the Envoy", «
    appelle la Russie à cesser ses attaques et à dialoguer »)."""
    tokens = sentence.tokens
    clause_end = _clause_end(sentence, end + 1, words) if end + 1 < len(tokens) else end
    for position in range(end + 1, clause_end):
        if (
            tokens[position].lower in words.coordinators
            and tokens[position + 1].lower in words.infinitive_marks
        ):
            end = min(position + 1 + CLAIM_REACH, clause_end)
    return end


def requester(frames: list[Frame], token: int) -> Unit | None:
    """The actor who asks for the act at token ``token``, when a request holds it ("We urge
    donors to support ...": the United States asks, donors would support)."""
    return next(
        (f.claimant for f in frames if f.kind == "request" and f.start <= token <= f.end),
        None,
    )


def _past_addressee(sentence: Sentence, index: int, words: Words) -> int:
    """Where a request's content starts when the one asked is no actor ("urged donors to",
    "called on all parties to", « appelle les donateurs à »): at its complementizer, up to
    three plain words on; else ``index`` unchanged."""
    tokens = sentence.tokens
    for position in range(index, min(index + 4, len(tokens))):
        token = tokens[position]
        if token.lower in words.complementizers:
            return position
        if (
            not token.lower.isalpha()
            or sentence.unit(position) is not None
            or sentence.in_trigger(position)
        ):
            return index
    return index


def frames_of(sentence: Sentence, words: Words) -> list[Frame]:
    """The claims and requests of a sentence, and the tokens each holds.

    A claim is what follows an accusation and its target and a complementizer ("accused
    Russia of ...", "accusent la Russie de ..."), what follows a reporting verb ("said",
    "affirme"), what precedes ", Japan said", or the whole sentence with "according to X"
    or "selon X" (X an actor or a pronoun). A request is what follows a request and its
    target and a complementizer ("urged China to ...", "exhorté la Chine à ...").
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
        # "called for joint action to press ...": what is asked follows, not whom
        if trigger.type == "REQUEST" and tokens[trigger.last].lower not in ("for", "pour"):
            if trigger.last > trigger.head and tokens[trigger.last].lower in words.complementizers:
                index = trigger.last  # « appelle les donateurs à soutenir »: the phrase's own
            else:
                index = _past_addressee(sentence, index, words)
        if index < len(tokens) and tokens[index].lower in words.complementizers:
            # What was claimed or asked is the verb right after ("of supplying", "de ne pas
            # vouloir", "à faire pression"), not the rest of the clause.
            end = min(index + CLAIM_REACH, _clause_end(sentence, index, words))
            for position in range(index + 1, end + 1):
                if tokens[position].lower in words.coordinators | {","}:
                    end = position - 1
                    break
            if trigger.type == "REQUEST":
                end = _asked_too(sentence, end, words)
            claimant = left_unit(sentence, trigger.first, words)
            kind = "claim" if trigger.type == "ACCUSE" else "request"
            frames.append(Frame(kind, claimant, index, end))
    for index, token in enumerate(tokens[:-1]):
        # "allegations Trump tried to pressure ...", « des soupçons que Moscou ... »
        following = index + 1
        if token.lower in words.claims and (
            tokens[following].lower in _THAT or sentence.unit_at[following] >= 0
        ):
            frames.append(Frame("claim", None, following, _clause_end(sentence, following, words)))
    reporting, opening = words.reporting, words.according[0]
    for index, token in enumerate(tokens):
        if (
            not (token.lemma in reporting or token.lower in reporting or token.lower == opening)
            or sentence.unit_at[index] >= 0
            or _noun_of_report(sentence, index)
        ):
            continue
        if token.lemma in reporting or token.lower in reporting:
            claimant = _coordinated_claimant(
                sentence, left_unit(sentence, index, words), index, words
            )
            before = {t.lemma for t in tokens[max(0, index - 3) : index]}
            if claimant is not None or before & _SOURCES:
                end = _clause_end(sentence, index + 1, words)
                start = _content_start(sentence, index, end, words)
                if start is not None:
                    frames.append(Frame("claim", claimant, start, end))
            speaker = sentence.unit(index - 1)
            if speaker is not None and speaker.first > 0 and tokens[speaker.first - 1].lower == ",":
                frames.append(Frame("claim", speaker, 0, speaker.first - 1))
            inverted = _inverted_speaker(sentence, index, words)
            if inverted is not None:
                frames.append(Frame("claim", inverted[1], 0, inverted[0] - 1))
        elif tuple(t.lower for t in tokens[index : index + len(words.according)]) == (
            words.according
        ):
            after_word = index + len(words.according) - 1
            claimant = right_unit(sentence, after_word, words)
            first, last = _marked_clause(sentence, index)
            if claimant is not None and claimant.first - after_word <= 3:
                frames.append(Frame("claim", claimant, first, last))
            elif after_word + 1 < len(tokens) and (
                tokens[after_word + 1].lower in _PRONOUNS
                or _news_source(sentence, after_word + 1, words)
            ):
                frames.append(Frame("claim", None, first, last))
    return frames


def _inverted_speaker(sentence: Sentence, verb: int, words: Words) -> tuple[int, Unit] | None:
    """The comma and the speaker of a reporting verb set after what is said, its subject
    after it (« L'Iran a fourni des drones à la Russie, affirme Washington », « ..., a
    déclaré le ministre russe »): None elsewhere."""
    tokens = sentence.tokens
    comma = verb - 1
    while comma >= 0 and tokens[comma].lower in words.verb_markers:
        comma -= 1  # « , a affirmé », « , a également déclaré »
    if comma <= 0 or tokens[comma].lower != "," or tokens[comma - 1].lower in QUOTE_MARKS:
        return None  # a quotation is read as its speaker's words
    index = verb + 1
    while index < len(tokens) and (
        tokens[index].lower in words.determiners
        or tokens[index].lower in words.offices
        or tokens[index].lemma in words.offices
    ):
        index += 1  # « , a déclaré le ministre russe »
    speaker = sentence.unit(index) if index < len(tokens) else None
    return (comma, speaker) if speaker is not None and index - verb <= 4 else None


def _coordinated_claimant(
    sentence: Sentence, unit: Unit | None, verb: int, words: Words
) -> Unit | None:
    """Who makes the claim of the reporting verb at token ``verb`` whose nearest actor
    before it is ``unit``: when a coordinator stands between them and ``unit`` is the
    object of a trigger, the subject of that trigger (« Trump a félicité Macron et se dit
    impatient »: Trump says so, not Macron)."""
    if unit is None:
        return None
    between = {token.lower for token in sentence.tokens[unit.last + 1 : verb]}
    if not between & words.coordinators:
        return unit
    for trigger in sentence.triggers:
        if trigger.last < unit.first and unit.first - trigger.last <= 3:
            return left_unit(sentence, trigger.first, words) or unit
    return unit


_THAT = frozenset({"that", "que", "qu'"})
_AMBIGUOUS_REPORTS = frozenset({"state", "states", "report", "reports", "claim", "claims"})
"""English reporting words that are as often nouns ("EU member states", "the report")."""


def _noun_of_report(sentence: Sentence, index: int) -> bool:
    """Whether a reporting word is a noun or a name: capitalised inside the sentence ("State
    Councilor Wang"), or one of :data:`_AMBIGUOUS_REPORTS` not followed by "that", a colon
    or a quotation mark ("EU member states imposed", "the report")."""
    tokens = sentence.tokens
    token = tokens[index]
    word = sentence.text[token.start : token.end]
    if sentence.language != "en":
        return False
    if index > 0 and word[:1].isupper() and tokens[index - 1].lower not in STOP_MARKS:
        return True
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return token.lower in _AMBIGUOUS_REPORTS and following not in _THAT | _QUOTES | {":"}


_QUOTES = QUOTE_MARKS


def _content_start(sentence: Sentence, verb: int, end: int, words: Words) -> int | None:
    """Where what a reporting verb says starts: at "that" / « que » when a phrase of
    setting opens with a preposition first ("said during a visit to Kyiv that ...", « a
    déclaré lors d'une visite à Pékin que »), else right after the verb. None when such a
    phrase follows a quotation: the words quoted were what was said."""
    tokens = sentence.tokens
    if verb + 1 > end or tokens[verb + 1].lower not in words.prepositions | words.visit_settings:
        return verb + 1
    for index in range(verb + 2, min(end, verb + 14) + 1):
        if tokens[index].lower in _THAT:
            return index
    if any(token.lower in _QUOTES for token in tokens[:verb]):
        return None  # '"We must get Brexit done", Johnson said in a video statement ...'
    return verb + 1


def _marked_clause(sentence: Sentence, index: int) -> tuple[int, int]:
    """The tokens between the marks that end clauses on either side of ``index`` (a dash,
    a colon, a semicolon): what "according to" / « selon » covers, the whole sentence
    unless the text glued several together."""
    tokens = sentence.tokens
    first = index
    while first > 0 and tokens[first - 1].lower not in STOP_MARKS:
        first -= 1
    last = index
    while last < len(tokens) - 1 and tokens[last + 1].lower not in STOP_MARKS:
        last += 1
    return first, last


def _news_source(sentence: Sentence, index: int, words: Words) -> bool:
    """Whether a source that is not an actor is named at ``index``, after an article: a
    capitalised name or a word for the press ("according to the Associated Press", « selon
    l'agence Reuters », "according to media reports")."""
    tokens = sentence.tokens
    while index < len(tokens) - 1 and tokens[index].lower in words.determiners | {"l'", "d'"}:
        index += 1
    token = tokens[index]
    return (
        token.lemma in _SOURCES
        or token.lower in _SOURCES
        or (sentence.text[token.start : token.start + 1].isupper() and sentence.unit_at[index] < 0)
    )


def status_of(
    sentence: Sentence,
    trigger: TriggerMatch,
    frames: list[Frame],
    words: Words,
    nominal: bool = False,
) -> str:
    """``negated``, ``alleged``, ``future`` or ``asserted`` (the first that applies).

    Negation and future are read in the words before the trigger, back to the nearest actor
    or punctuation ("n'a pas condamné", "did not sign", "refused to meet", "will meet",
    "va rencontrer", "plans to sanction"), and in the trigger itself for the French future
    and conditional ("rencontrera", "sanctionnerait"); an act said to go on is asserted
    ("will continue to stand with"). A claim by anyone but the voice makes it alleged, a
    request makes it future. ``nominal``: the trigger is a noun (see the module's
    docstring). An appointment of a daily public schedule is to come
    (:func:`~analysis.relations.voice.scheduled`).
    """
    status = _status(sentence, trigger, frames, words, nominal)
    opening = sentence.tokens[trigger.first].start
    if status == "asserted" and scheduled(sentence.text, sentence.start, opening):
        return "future"  # "2:00 p.m. Deputy Secretary Sherman meets with": to come
    return status


def _status(
    sentence: Sentence,
    trigger: TriggerMatch,
    frames: list[Frame],
    words: Words,
    nominal: bool,
) -> str:
    """The status read in the sentence (see :func:`status_of`)."""
    tokens = sentence.tokens
    window = (_noun_window if nominal else _window)(sentence, trigger, words)
    timing = _own_phrase(window, words, sentence.language) if nominal else window
    lowers = {token.lower for token in timing}
    lemmas = {name for token in timing for name in verb_lemmas(token, sentence.language)}
    if nominal:
        negated = _noun_negated(window, words, sentence.language, trigger.type)
    else:
        after = {token.lower for token in tokens[trigger.last + 1 : trigger.last + 3]}
        after |= {
            tokens[i].lower for i in range(trigger.first, trigger.last) if i not in trigger.words
        }
        negated = bool(lowers & words.negations) or bool(lemmas & words.refusals)
        if "ne" in lowers and (after | lowers) & (words.negations | words.weak_negations):
            negated = True
    if negated or (not nominal and _voted_against(sentence, trigger, words)):
        return "negated"
    if (nominal and _hedged(sentence, trigger, words)) or lowers & words.hedges:
        return "alleged"
    covering = [f for f in frames if f.start <= trigger.first <= f.end]
    claimed = [
        f for f in covering if f.kind == "claim" and (f.claimant is None or not f.claimant.voice)
    ]
    if claimed and not (nominal and _presupposed(sentence, trigger, claimed)):
        return "alleged"
    if trigger.type in FRIENDLY_TYPES and topic_clause(sentence, trigger, words):
        return "future"  # "to discuss how the United States and Japan can continue to work"
    if nominal and trigger.type == "CONSULT" and _further(sentence, trigger):
        return "future"  # "encouragement for further peace negotiations between Armenia and"
    if (lowers | lemmas) & words.continuing:
        return "asserted"
    head = tokens[trigger.head]
    if (
        not nominal
        and {head.lemma, head.lower} & words.performatives
        and (lowers | lemmas) & words.desires
    ):
        return "asserted"  # "I want to thank you for", « je tiens à vous remercier »: said now
    inflected = [tokens[trigger.head], *timing] if nominal else [tokens[trigger.head]]
    inflected_future = sentence.language == "fr" and any(map(french_future, inflected))
    if (lowers | lemmas) & words.futures or inflected_future:
        return "future"
    if purpose_of_future(sentence, trigger, words, nominal):
        return "future"  # "will travel to Paris to meet", "will travel ... to attend the meeting"
    promising = [tokens[trigger.head]] if not nominal else window
    if trigger.type == "AID" and (
        (lowers | lemmas) & words.announcements or _announced_before(sentence, trigger, words)
    ):
        # "announced $808 million in new humanitarian assistance", "announced $5 million in
        # aid to help Thailand", "announced that the United States is providing": pledged
        return "future"
    if not nominal and imminent(window):
        return "future"  # « est sur le point de quitter la CPI », "is about to leave"
    if announced_intent(sentence, window, words) and trigger.type != "SANCTION":
        # « a annoncé se rendre en Italie », "announced to visit"; a measure announced is
        # taken (« a annoncé interdire l'accès au territoire à trois experts de l'ONU »)
        return "future"
    if any(verb_lemmas(token, sentence.language) & words.promises for token in promising):
        return "future"  # "pledged funds", "promised aid to"
    if nominal and (
        indefinite(sentence, trigger, window, words) or planned(sentence, trigger, words)
    ):
        return "future"
    if nominal and opening_setting(sentence, trigger, words):
        return "future"  # "During his visit to Israel, the Secretary will underscore"
    if conditional(sentence, trigger, words) or proposed(window, words):
        return "future"
    if not nominal and voted_to(sentence, trigger, words):
        return "future"  # "voted in a referendum to leave the EU"
    if not nominal and warned_against(sentence, trigger):
        return "future"  # "warned the United States against selling weapons to Taiwan"
    if any(f.kind == "request" for f in covering):
        return "future"
    if discussed(sentence, trigger, words):
        return "future"
    return "asserted"


def _further(sentence: Sentence, trigger: TriggerMatch) -> bool:
    """Whether "further" qualifies a noun of talks, a word between at most ("further peace
    negotiations", "further talks"): talks still to hold."""
    before = sentence.tokens[max(0, trigger.first - 2) : trigger.first]
    return any(token.lower == "further" for token in before)


_ANNOUNCED_REACH = 12
"""Tokens back from aid to the verb that announced it, within its clause."""


def _announced_before(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether a verb of announcing opens the clause the aid is named in, no comma between
    ("announced $5 million in aid to help Thailand", "announced that the United States is
    providing"), unless the aid is a verb in the past."""
    tokens = sentence.tokens
    if sentence.language == "en" and is_english_past(tokens[trigger.first]):
        return False  # "announce that the United States has donated 500,000 doses": given
    for index in range(trigger.first - 1, max(-1, trigger.first - 1 - _ANNOUNCED_REACH), -1):
        token = tokens[index]
        if token.lower in STOP_MARKS or token.lower in {",", ";", ":"}:
            return False
        if verb_lemmas(token, sentence.language) & words.announcements:
            return True
    return False


def _voted_against(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether a verb right after a proposal is what its voter voted against or opposed:
    "voted against the resolution condemning Russia", "abstained on a draft resolution
    condemning", « a voté contre la résolution condamnant » (the voter's act is negated;
    "voted for the resolution condemning" keeps it asserted)."""
    before = trigger.first - 1
    if before < 0 or sentence.tokens[before].lower not in words.proposals:
        return False
    return voted_before(sentence, before, words.votes_against)


def _window(sentence: Sentence, trigger: TriggerMatch, words: Words) -> list:
    """The words before a verb, nearest first, back to punctuation, an actor or the "and
    to" / « et à » of a coordinated infinitive."""
    window = []
    index = trigger.first - 1
    while index >= 0 and trigger.first - index <= 6:
        token = sentence.tokens[index]
        if token.lower in STOP_MARKS or token.lower == "," or sentence.unit(index) is not None:
            break
        if (
            token.lower in words.coordinators
            and window
            and window[-1].lower in words.infinitive_marks
        ):
            break  # « à cesser ses attaques et à dialoguer »: the second infinitive's own
        if not _qualifies_noun(sentence, index, trigger, words):
            window.append(token)
        index -= 1
    return window


def _qualifies_noun(sentence: Sentence, index: int, trigger: TriggerMatch, words: Words) -> bool:
    """Whether a word of time to come qualifies another noun than the verb's, after a
    determiner: in a clause coordinated before the verb ("congratulate Timor-Leste's next
    president and look forward to"), or a noun the verb's participle qualifies ("the
    pledging event co-hosted by"); "the plan to meet", "the upcoming meeting" stay to come."""
    tokens = sentence.tokens
    token = tokens[index]
    if index == 0 or tokens[index + 1].lower in words.infinitive_marks | {"that"}:
        return False
    if tokens[index - 1].lower.replace("’", "'") not in words.determiners | words.possessives:
        return False  # most words: no lemma looked up
    if not ({token.lower} | verb_lemmas(token, sentence.language)) & words.futures:
        return False
    between = {t.lower for t in tokens[index + 1 : trigger.first]}
    participle = index + 2 == trigger.first and sentence.language == "en"
    return bool(between & words.coordinators) or (
        participle and is_english_past(tokens[trigger.first])
    )


def _noun_window(sentence: Sentence, trigger: TriggerMatch, words: Words) -> list:
    """The words of a noun's phrase before it and the verb that governs it, nearest first:
    back to punctuation, a preposition, a conjunction or an actor other than the noun's own
    ("further Russian aggression", "Russia's war" are read past their actor; "ciblé par le
    rapprochement" stops at « par »)."""
    tokens = sentence.tokens
    stops = words.prepositions | words.of | words.agents | words.relatives | words.clause_breaks
    stops |= words.complementizers - words.infinitive_marks
    window: list = []
    index = trigger.first - 1
    names = 0  # a name or a date before the noun does not count ("the February 12 Trilateral
    # Ministerial meeting"): its verb is looked for past it
    while index >= 0 and len(window) - names < 6:
        unit = sentence.unit(index)
        if unit is not None:
            after = tokens[unit.last + 1].lower if unit.last + 1 < len(tokens) else ""
            if unit.kind in ("demonym", "home") or after in words.possessives:
                index = unit.first - 1
                continue
            break
        lower = tokens[index].lower
        if lower in words.of | {"in"} and index > 0 and tokens[index - 1].lower in words.quantities:
            # "announced nearly $808 million in new humanitarian assistance": past the amount
            index -= 1
            while index >= 0 and is_amount(tokens[index], words):
                index -= 1
            continue
        if lower in STOP_MARKS or lower == "," or lower in stops:
            governing = tokens[index - 1] if index > 0 else None
            if (
                lower in words.of
                and governing is not None
                and ({governing.lemma, governing.lower} & (words.futures | words.preventions))
            ):
                # "the threat of further aggression", « l'annulation du sommet »
                window.append(governing)
            break
        window.append(tokens[index])
        first = sentence.text[tokens[index].start : tokens[index].start + 1]
        names += first.isupper() or first.isdigit()
        index -= 1
    return window


def _own_phrase(window: list, words: Words, language: str) -> list:
    """The words of a noun's window that say when its act happens: those of its own phrase
    (up to its article: "any further aggression", "the threat of further aggression"), and
    the verb's words when a light verb governs it ("will impose new sanctions", « poursuivrait
    ses opérations »), not those of another verb ("must cease its war")."""
    if any(verb_lemmas(token, language) & words.light_verbs for token in window):
        return window
    for position, token in enumerate(window):
        if token.lower in words.determiners or token.lower in words.indefinites:
            return window[: position + 1]
    return window


def _noun_negated(window: list, words: Words, language: str, kind: str) -> bool:
    """An act named by a noun is negated by "no"/« aucun » before it, or by a verb that
    prevents it (« empêché les sanctions », "blocked sanctions"); help or contact stopped
    ("froze its aid") is a sanction (:func:`stopped`), not negated; "cease its war" leaves
    the war asserted."""
    near = {token.lower for token in window[:2]}
    if near & words.noun_negations:
        return True
    return any(verb_lemmas(token, language) & words.preventions for token in window)


def stopped(sentence: Sentence, trigger: TriggerMatch, words: Words) -> int | None:
    """The token of a verb before a noun of help or contact that stops it ("halted
    assistance to Ethiopia", "froze its budget support", « a gelé ses aides », « a
    interrompu sa coopération avec »): PLOVER's SANCTION, a reduction of relations. None
    when nothing stops it."""
    if trigger.type not in _GIVEN:
        return None
    tokens = sentence.tokens
    for token in _noun_window(sentence, trigger, words):
        if verb_lemmas(token, sentence.language) & words.withdrawals:
            return tokens.index(token)  # tokens differ by their offsets
    return None


_GIVEN = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"})
"""Types of help and contact, whose stop is a sanction."""


def _hedged(sentence: Sentence, trigger: TriggerMatch, words: Words) -> bool:
    """Whether a word next to the noun says it is only alleged ("alleged interference",
    « ingérence supposée »)."""
    tokens = sentence.tokens
    near = (
        tokens[max(0, trigger.first - 2) : trigger.first]
        + tokens[trigger.last + 1 : trigger.last + 3]
    )
    return any(token.lower in words.hedges for token in near)


def _presupposed(sentence: Sentence, trigger: TriggerMatch, claims: list[Frame]) -> bool:
    """Whether a noun inside a claim names an act the claim takes as given: another act is
    claimed before it in the claim (« soutient l'invasion de ... »), or the noun's own
    phrase names who acts before it ("condemnation of Russia's invasion of Ukraine",
    "condemning the Russian aggression")."""
    tokens = sentence.tokens
    for claim in claims:
        if any(claim.start <= other.first < trigger.first for other in sentence.triggers):
            return True
        before = range(max(claim.start + 1, trigger.first - 2), trigger.first)
        if any(tokens[i].lower == "'s" or sentence.unit_at[i] >= 0 for i in before):
            return True
    return False
