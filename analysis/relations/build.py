"""A sentence made ready to read: its tokens, the actors it names and its triggers.

Not every mention is an actor here: a demonym that qualifies private people or things ("the
Iranian people", « la communauté chinoise », "80,000 Afghans"), a state named after such a
noun (« les ressortissants de la France ») or as where a thing was made ("Russian-made
planes") is left out. Not every trigger is an act: a hedge before a noun ("the alleged
attack"), a word of a capitalised name ("the Global Disability Summit"), "back" as an
adverb ("she is back in Port-au-Prince"), a phrase with a word that disputes it ("recognize
the so-called “independence”") and a verb after a reflexive pronoun that changes
its meaning (« se fournir ») are left out. Support that is the purpose of a thing given
("provided vaccines to support Sri Lanka's response") is aid.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from analysis.relations.sentence import PERSON_KINDS, Sentence, Unit
from analysis.relations.tokens import tokenize
from analysis.relations.words import GIFT_REACH, STOP_MARKS, purpose_mark, words_of

__all__ = ["build_sentence"]


def build_sentence(doc_id, sentence_id, language, text, start, end, spans, lexicon) -> Sentence:
    """A :class:`Sentence` from actor spans ``(start, end, actors, kind)`` in ``text`` (a
    pronoun's span has a fifth item: the offsets of the mentions behind it)."""
    cuts = [offset for a, b, *_ in spans for offset in (a, b)]
    tokens = tokenize(text, language, start, end, cuts)
    token_starts = [t.start for t in tokens]
    token_ends = [t.end for t in tokens]
    units = []
    words = words_of(language)
    origin = None  # the last token of the last actor named as private persons' origin
    for a, b, pairs, kind, *named in sorted(spans, key=lambda span: span[0]):
        first = bisect.bisect_right(token_ends, a)
        last = bisect.bisect_left(token_starts, b) - 1
        if first > last or (units and first <= units[-1].last):
            continue
        if kind in ("name", "capital") and _origin_of_private(
            text, tokens, first, last, origin, words
        ):
            origin = last
            continue  # "journalists visiting us from Belarus, Georgia, and Ukraine"
        people = _people_noun(tokens, first, last, kind, language, words)
        if people is not None and _people_alone(tokens, people, min(first, people), words):
            kind = "people"  # read as an object, and no relation is written with it
        elif kind == "demonym" and _private(text, tokens, first, last, language, words):
            continue
        if _PLACED_OR_LISTED.match(text, b):
            continue  # "Russian-made planes", "Turkey-based": where a thing is, not an actor
        if _of_private(tokens, first, words):
            continue  # "companies of China", « les ressortissants de la France »
        units.append(Unit(tuple(pairs), a, b, first, last, kind, tuple(*named)))
    sentence = Sentence(doc_id, sentence_id, language, text, start, end, tokens, units, [])
    busy = {i for unit in units for i in range(unit.first, unit.last + 1)}
    reflexives = words.reflexives
    sentence.triggers = [
        match
        for match in lexicon.find(
            tokens, language, frozenset(busy), lambda match: _glad_to_have(tokens, match, words)
        )
        if not set(match.words) & busy
        and not _after_reflexive(tokens, match, reflexives)
        and not _in_proper_name(text, tokens, match, language, busy, words)
        and not _hedging(tokens, match, words)
        and not _back_as_adverb(tokens, match, language)
        and not _names_a_crew(tokens, match, language)
        and not _call_to_no_person(tokens, match, units, words)
        and not _state_of_mind(tokens, match, language)
        and not _disputed(tokens, match)
    ]
    sentence.triggers = [
        dataclasses.replace(match, type="AID")
        if _support_given(tokens, match, sentence.triggers, words)
        else match
        for match in sentence.triggers
    ]
    return sentence


def _support_given(tokens, match, triggers, words) -> bool:
    """Whether support is the purpose of a thing given before it in its clause ("provided
    vaccines and technical assistance to support Sri Lanka's response", « a fourni des
    vaccins pour soutenir »): aid, PLOVER's material help."""
    mark = purpose_mark(tokens, match.first, words) if match.type == "SUPPORT" else None
    if mark is None:
        return False
    start = max(0, mark - GIFT_REACH)
    for other in triggers:
        if other.type == "AID" and start <= other.first < mark:
            between = tokens[other.last + 1 : mark]
            if not any(token.lower in STOP_MARKS for token in between):
                return True
    return False


def _hedging(tokens, match, words) -> bool:
    """Whether a one-word trigger is a hedge before a noun ("reports of alleged abduction",
    "the alleged attack"), not the verb that makes a claim ("have alleged Iranian
    involvement")."""
    before = tokens[match.first - 1].lower if match.first > 0 else ""
    return (
        match.first == match.last
        and tokens[match.first].lower in words.hedges
        and (before in words.determiners | words.of | words.prepositions or not before)
    )


_DISPUTING = frozenset(
    {"called", "purported", "proclaimed", "self-proclaimed", "prétendue", "prétendu"}
    | {"soi-disant", "autoproclamée", "autoproclamé", "“", '"', "«", "‘"}
)


def _disputed(tokens, match) -> bool:
    """Whether a phrase of the lexicon holds a word that disputes what it names ("recognize
    the so-called “independence” of", « reconnaître la prétendue indépendance »): a
    recognition that is no support of anyone."""
    return any(
        tokens[index].lower in _DISPUTING
        for index in range(match.first + 1, match.last)
        if index not in match.words
    )


_BACK_AFTER = frozenset({"be", "come", "go", "get", "bring", "fly", "travel", "return"})


def _back_as_adverb(tokens, match, language: str) -> bool:
    """Whether "back" follows a verb of being or going ("she is back in Port-au-Prince",
    "travel back to Haiti"): an adverb, not the verb "to back"."""
    if language != "en" or match.first != match.last or tokens[match.first].lower != "back":
        return False
    return match.first > 0 and tokens[match.first - 1].lemma in _BACK_AFTER


_STATE_BEFORE = frozenset({"be", "remain", "feel", "stay", "re", "m"})  # "we're": "re"
_STATE_AFTER = frozenset({"of", "that"})


def _state_of_mind(tokens, match, language: str) -> bool:
    """Whether an English request's participle after "be" or "remain" and before "of" or
    "that" states a conviction ("We remain convinced of the enduring value of the Arctic
    Council", "we're encouraged that the Government of Ethiopia"), not the act of convincing
    or encouraging someone (a passive names its agent after "by"). A disappointment so
    stated is still a reproach."""
    if language != "en" or match.type != "REQUEST" or not 0 < match.first == match.last:
        return False
    word, following = tokens[match.first].lower, match.last + 1
    before = tokens[match.first - 1]
    return (
        word.endswith("ed")
        and (before.lemma in _STATE_BEFORE or before.lower in _STATE_BEFORE)
        and following < len(tokens)
        and tokens[following].lower in _STATE_AFTER
    )


_CREWS = frozenset({"team", "staff", "worker", "personnel", "officer", "crew"})


def _names_a_crew(tokens, match, language: str) -> bool:
    """Whether an English one-word trigger qualifies the noun of a crew after it ("support
    teams stationed near the border", "aid workers"): people, not an act."""
    following = match.last + 1
    return (
        language == "en"
        and match.first == match.last
        and following < len(tokens)
        and tokens[following].lemma in _CREWS
    )


def _call_to_no_person(tokens, match, units, words) -> bool:
    """Whether "call" is no telephone call: no person follows it, "to" and articles between
    ("called Kenyan President Uhuru Kenyatta", "his call to King Salman"), or a noun phrase
    follows that person ("called Putin a killer")."""
    if match.entry != "call":
        return False
    index = match.last + 1
    while index < len(tokens) and tokens[index].lower in words.determiners | {"to"}:
        index += 1
    unit = next((unit for unit in units if unit.first == index), None)
    if unit is None or unit.kind not in PERSON_KINDS:
        return True
    for token in tokens[unit.last + 1 : unit.last + 1 + _NAMING_REACH]:
        if token.lower in words.possessives:
            return True  # "called Trump's order swift"
        if token.lower in STOP_MARKS | {",", "to"}:
            break
        if token.lower in words.indefinites:
            return True  # "called President Zelenskyy and his government a ..."
    return False


def _glad_to_have(tokens, match, words) -> bool:
    """Whether a trigger is no "have ... here", or one of a guest received: "(a pleasure,
    good, great, delighted...) to have X here" ("It's so good to have you here"), not "we
    have worked here with Japan"."""
    if match.entry != "have here":
        return True
    first = match.first
    return (
        first > 1 and tokens[first - 1].lower == "to" and tokens[first - 2].lower in words.gladness
    )


_NAMING_REACH = 8
"""Words after a person called in which "a" / "an" tells a name given, not a call."""


_PLACED_OR_LISTED = re.compile(
    r"-(?:made|built|designed|manufactured|produced|origin|based|headquartered|registered|"
    r"flagged|designated)\b",
    re.IGNORECASE,
)
"""A state joined to a participle of place or listing ("Russian-made planes", "a
Turkey-based facilitator", "UN-designated entities"): where a thing is, or who listed it."""


def _in_proper_name(text: str, tokens, match, language: str, busy: set[int], words) -> bool:
    """Whether an English trigger is a word of a name written in capitals, after another
    capitalised word that names no actor ("the U.S.-ASEAN Comprehensive Strategic
    Partnership", "the Global Disability Summit"): an institution or an event, not an act.
    "U.S. Sanctions on Russia" in a heading stays an act, and so does a sentence's first
    word. A capitalised alliance or agreement named after the pair it joins ("the U.S.-ROK
    Alliance is the linchpin", "obligations under the Sino-British Joint Declaration") is
    one too; talks so named are held (:func:`_of_a_pair`)."""
    index = match.first
    if language != "en" or index < 2:
        return False
    if index - 1 in busy:
        pair = _ends_a_pair(tokens, index - 1, busy)
        named = match.type in ("COOPERATE", "AGREE") and text[tokens[index].start].isupper()
        return pair and named
    head, before = tokens[index], tokens[index - 1]
    named = (
        text[head.start].isupper()
        and text[before.start].isupper()
        and before.lower.isalpha()
        and tokens[index - 2].lower not in STOP_MARKS
    )
    return named and not (match.type == "CONSULT" and _of_a_pair(text, tokens, index, busy, words))


def _ends_a_pair(tokens, position: int, busy: set[int]) -> bool:
    """Whether token ``position`` ends two actors joined by a hyphen ("U.S.-ROK")."""
    return (
        position in busy
        and position >= 2
        and tokens[position - 1].lower == "-"
        and position - 2 in busy
    )


_NAME_REACH = 4
"""Capitalised words between a pair of actors and the talks their name calls."""


def _of_a_pair(text: str, tokens, index: int, busy: set[int], words) -> bool:
    """Whether the capitalised name that holds the talks at ``index`` opens with two actors
    joined by a hyphen ("the U.S.-Tajik Annual Bilateral Consultations", "the United
    States-Turkmenistan Annual Bilateral Consultations"): talks between the two."""
    position = index - 1
    while position > 0 and index - position <= _NAME_REACH and position not in busy:
        if not text[tokens[position].start].isupper():
            return False
        position -= 1
    if not _ends_a_pair(tokens, position, busy):
        return False
    # not talks to come ("the upcoming U.S.-ASEAN Special Summit", "will lead the
    # delegation for the fifth U.S.-Algerian Strategic Dialogue"), nor a name in a list
    before = {
        token.lower
        for token in tokens[max(0, position - 12) : position - 2]
        if not text[token.start].isupper()  # "May 21" is a date
    }
    after = [token.lower for token in tokens[index + 1 : index + 3]]
    to_come = words.futures | words.infinitive_marks
    return not before & to_come and after[:1] != [","]


def _private(text: str, tokens, first: int, last: int, language: str, words) -> bool:
    """Whether a demonym names private people or things rather than its state: it
    qualifies a noun such as people, community, company, team, origin ("the Iranian
    people", « la communauté chinoise », « d'origine chinoise »), or, in French, it is a
    noun before a private person's name (« l'Espagnole Caroline Routier »), or people
    counted ("80,000 Afghans", "thousands of Afghans", « des milliers de Syriens ») or
    described ("brave Afghans who stood side-by-side with us")."""
    noun = (
        text[tokens[first].start].isupper() if language == "fr" else tokens[last].lower[-1] == "s"
    )
    if noun and _counted(tokens, first, words):
        return True
    if noun and last + 1 < len(tokens) and tokens[last + 1].lower in words.persons_relatives:
        return True
    if language == "fr":
        near = tokens[max(0, first - 2) : first]
        following = tokens[last + 1] if last + 1 < len(tokens) else None
        capital = text[tokens[first].start : tokens[first].start + 1].isupper()
        if (
            capital
            and following is not None
            and text[following.start : following.start + 1].isupper()
            and following.lower not in words.offices
        ):
            return True
    else:
        near = tokens[last + 1 : last + 2]
    return any(
        token.lower in words.private_nouns or token.lemma in words.private_nouns for token in near
    )


def _people_noun(tokens, first: int, last: int, kind: str, language: str, words) -> int | None:
    """The index of the people's noun an actor's mention qualifies ("the Afghan people", «
    le peuple français », "the people of Chad"), if any."""
    if kind == "demonym":
        near = range(max(0, first - 2), first) if language == "fr" else range(last + 1, last + 2)
        for index in near:
            if index < len(tokens) and tokens[index].lower in words.peoples:
                return index
    noun = _noun_of(tokens, first, words)
    return noun if noun is not None and tokens[noun].lower in words.peoples else None


def _people_alone(tokens, noun: int, start: int, words) -> bool:
    """Whether a people's noun (at ``noun``, its phrase opening at ``start``) names the people
    alone, no actor ("the Afghan people", "the people of Chad"): not listed with its
    government ("the government and people of India", "with the government, with the people
    of Iraq", "the Haitian people and their elected government", « le gouvernement et le
    peuple »), not greeted ("I congratulate the people of Lithuania", "best wishes to the
    Italian people": a national day's message to the nation)."""
    if _with_government(tokens, noun, words):
        return False
    while start > 0 and tokens[start - 1].lower in words.determiners | {"l'"}:
        start -= 1
    return not any(
        token.lower in words.greetings or token.lemma in words.greetings
        for token in tokens[max(0, start - 3) : start]
    )


def _with_government(tokens, noun: int, words) -> bool:
    """Whether a government noun is listed with the people's noun at ``noun``: before it
    across determiners, commas, coordinators and "with" only, or after it in the same list
    (a coordinator between, no other preposition, relative or clause break)."""
    joints = words.determiners | words.coordinators | {",", "l'", "with", "avec"}

    def government(token) -> bool:
        return token.lower in words.governments or token.lemma in words.governments

    index = noun - 1
    while index >= 0 and noun - index <= 4 and tokens[index].lower in joints:
        index -= 1
    if index >= 0 and index < noun - 1 and government(tokens[index]):
        before = {token.lower for token in tokens[index + 1 : noun]}
        if before & (words.coordinators | {","}):
            return True
    listed = False
    for token in tokens[noun + 1 : noun + 11]:
        if token.lower in STOP_MARKS or token.lower in words.relatives | words.clause_breaks:
            return False
        if token.lower in words.prepositions - {"with", "avec"}:
            return False
        listed = listed or token.lower in words.coordinators
        if government(token):
            return listed
    return False


def _counted(tokens, first: int, words) -> bool:
    """Whether a number or a quantity comes before a word ("80,000 Afghans", "thousands
    of Afghans", « des milliers de Syriens »)."""
    position = first - 1
    if position >= 1 and tokens[position].lower in words.of | {"d'"}:
        position -= 1
    if position < 0:
        return False
    before = tokens[position].lower
    return before in words.quantities or before.replace(",", "").replace(".", "").isdigit()


def _of_private(tokens, first: int, words) -> bool:
    """Whether an actor is named after "<private noun> of" ("the community of", « les
    ressortissants de la France »)."""
    index = _noun_of(tokens, first, words)
    if index is None:
        return False
    noun = tokens[index]
    return noun.lower in words.private_nouns or noun.lemma in words.private_nouns


def _noun_of(tokens, first: int, words) -> int | None:
    """The index of the noun an actor named at token ``first`` completes through "of"
    ("the community of China", « le peuple de l'Ukraine »), if any."""
    position = first - 1
    while position >= 0 and tokens[position].lower in words.determiners | {"l'", "d'"}:
        position -= 1
    if position < 1 or tokens[position].lower not in words.of | {"d'"}:
        return None
    return position - 1


def _origin_of_private(text: str, tokens, first: int, last: int, origin, words) -> bool:
    """Whether an actor is where private persons come from ("activists from Belarus",
    "journalists visiting us from Moldova"), or is listed after such an origin ("from
    Belarus, Georgia, and Ukraine", with names of no actor between), not possessive itself
    ("and Russia's minister"). Called for the names of states and their capitals."""
    if text.startswith(("'s", "’s"), tokens[last].end):
        return False
    position = first - 1
    while position >= 0 and tokens[position].lower in words.determiners:
        position -= 1
    if origin is not None and origin < position:
        between = {
            token.lower
            for token in tokens[origin + 1 : position + 1]
            if not text[token.start].isupper()  # a place that is no actor ("Georgia")
        }
        if between <= words.joiners and between & (words.coordinators | {","}):
            return True
    if position < 1 or tokens[position].lower not in words.origins - words.of:
        return False  # "from" (« de » is :func:`_of_private`'s)
    return any(
        token.lower in words.private_nouns or token.lemma in words.private_nouns
        for token in tokens[max(0, position - 3) : position]
    )


def _after_reflexive(tokens, match, reflexives) -> bool:
    """Whether a trigger that is not reflexive follows a reflexive pronoun ("se fournir",
    "s'est fourni"), which changes its meaning."""
    if tokens[match.first].lower in reflexives:
        return False
    before = [t for t in tokens[max(0, match.first - 2) : match.first]]
    if before and before[-1].lower in reflexives:
        return True
    return len(before) == 2 and before[0].lower in reflexives and before[1].lemma == "être"
