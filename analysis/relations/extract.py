"""From articles and their mentions to sentences worth reading, and from those to relations.

Only sentences that name actors of two different roll-ups (or one, and the corpus's voice)
and hold a trigger are read: the trigger is first looked for by a cheap lookup of each
word's lemma among the first words of the lexicon, and only then are the sentence's tokens
made and its triggers matched. French sentences are then parsed (spaCy); others are read by
word order (:mod:`analysis.relations.rules`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.relations.acts import act_reference, mentions_an_act, resolve_references
from analysis.relations.arguments import (
    ATTITUDES,
    attitude_to_object,
    intercepts_a_vessel,
    meets_a_need,
    opposes_hostility,
    reads_arguments,
    struck_by_a_measure,
    threatened_act,
    threatened_party,
    withholds,
)
from analysis.relations.build import build_sentence
from analysis.relations.coordination import coordinated
from analysis.relations.coreference import REACH, Memory
from analysis.relations.lexicon import Lexicon
from analysis.relations.nominal import is_nominal
from analysis.relations.participants import (
    LARGEST_GROUP,
    WILLING_TYPES,
    agentless,
    agreed_content,
    aimed_at_place,
    answered_act,
    backed_noun,
    deferred_will,
    each_other,
    gathering,
    implied_voice,
    left,
    obliged,
    partners,
    reciprocal,
    retyped,
    trilateral,
    willing,
)
from analysis.relations.rules import SYMMETRIC_TYPES, Earlier, infinitive_of_noun
from analysis.relations.sentence import Sentence, Unit
from analysis.relations.status import frames_of, requester, status_of, stopped
from analysis.relations.tokens import lemma
from analysis.relations.voice import (
    JOINT_STATEMENT,
    NOT_NAMED,
    OPENING_CHARACTERS,
    POSSESSIVES,
    TOGETHER,
    addressee,
    release_partner,
    remarks_partner,
    second_person_spans,
    sentence_partner,
    shared_we,
    speaker_turns,
    voice_spans,
    with_partner,
)
from analysis.relations.words import amount_before, words_of
from analysis.text import sentence_ends_many

__all__ = [
    "LARGEST_GROUP",
    "VOICE_TYPES",
    "Found",
    "Repeat",
    "candidate_sentences",
    "found_rows",
    "read_sentences",
    "roll_up",
    "rows_of",
]

PARSE_BATCH = 128
"""Sentences given to spaCy at a time."""

VOICE_TYPES = frozenset({"SANCTION"})
"""Types of official act that, stated without an agent in the publisher's own words, are the
voice's ("Oboronlogistika is being designated pursuant to E.O. 14024")."""

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Found:
    """One relation: the units and actors on each side, the trigger, the status."""

    sentence: Sentence
    source: Unit
    source_actor: tuple[str, str]
    target: Unit
    target_actor: tuple[str, str]
    trigger_start: int
    trigger_end: int
    type: str
    status: str
    refers: str | None = None
    """For a relation whose target is an act named again ("condemned the attack"), the
    type of that act until :func:`~analysis.relations.acts.resolve_references` settles it."""


def roll_up(mentions: pd.DataFrame) -> np.ndarray:
    """The roll-up of each mention: its country, else its organisation, else itself."""
    country = mentions["country"].astype("string")
    organisation = mentions["organisation"].astype("string")
    actor = mentions["actor_id"].astype("string")
    return country.fillna(organisation).fillna(actor).to_numpy(dtype=object)


DATELINE = re.compile(
    r"[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}"  # "Friday, January 4, 2019"
    r"|\d{1,2}(?:er)? [^\W\d_]+ \d{4}(?:, \d{1,2}h\d{2})? \. ?[–—-] ?"  # « 1er janvier 2016 . – »
)
"""A dateline that opens an article, glued to its first sentence: not part of it (a phrase
that opens the sentence must stand first: « 30 octobre 2016 . –Après 7 ans de
négociations, le Canada et l'Union européenne ont signé »)."""


def candidate_sentences(
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    lexicon: Lexicon,
    voice: tuple[str, str] | None,
) -> Iterator[Sentence]:
    """The sentences of ``articles`` that may state a relation, ready for the rules.

    ``voice`` is ``(actor id, roll-up)`` of the corpus's voice, or None. A sentence is read
    when it holds a trigger word and names actors of two roll-ups, counting the phrases
    that stand for the voice and the pronouns that stand for actors named before (or one,
    in the publisher's own words, whose official acts are the voice's).
    """
    if mentions.empty:
        return
    rolled = roll_up(mentions)
    doc = mentions["doc_id"].astype("string").to_numpy(dtype=object)
    sentence_ids = mentions["sentence_id"].to_numpy().tolist()
    by_doc: dict[str, list[int]] = {}
    for row, name in enumerate(doc.tolist()):
        by_doc.setdefault(name, []).append(row)
    texts = dict(zip(articles["doc_id"].astype("string"), articles["text"], strict=False))
    names = [name for name in by_doc if isinstance(texts.get(name), str)]
    which, ends = sentence_ends_many([texts[name] for name in names])
    cuts = np.searchsorted(which, np.arange(len(names) + 1))
    bounds_of = {
        name: np.concatenate([[0], ends[cuts[i] : cuts[i + 1]], [len(texts[name])]])
        for i, name in enumerate(names)
    }
    languages = (
        dict(zip(articles["doc_id"].astype("string"), articles["language"], strict=False))
        if "language" in articles
        else {}
    )
    starts_, ends_ = mentions["start"].to_numpy().tolist(), mentions["end"].to_numpy().tolist()
    seen: dict[tuple, Sentence] = {}
    actors = mentions["actor_id"].astype("string").to_numpy(dtype=object)
    kinds = mentions["kind"].astype("string").to_numpy(dtype=object)
    is_state = mentions["country"].notna().to_numpy().tolist()
    is_body = (
        (  # an organisation, or one of its organs and officials
            mentions["country"].isna()
            & (mentions["organisation"].notna() | (mentions["actor_type"] == "organisation"))
        )
        .to_numpy()
        .tolist()
    )
    for name in names:
        doc_rows, text = by_doc[name], texts[name]
        language = languages.get(name)
        language = language if isinstance(language, str) else "en"
        head_words = lexicon.head_words(language)
        words = words_of(language)
        # alone with the voice: its official acts, its demands ("Iran must cease"), and the
        # guests it welcomes or hosts
        receiving = words.welcomes | words.hosts
        voice_words = lexicon.head_words(language, VOICE_TYPES) | receiving | words.obligations
        attitude_words = lexicon.head_words(language, ATTITUDES)
        bounds = bounds_of[name].copy()
        dateline = DATELINE.match(text)
        if dateline is not None and dateline.end() < bounds[1]:
            bounds[0] = dateline.end()  # "Friday, January 4, 2019An apartment building ..."
        grouped: dict[int, list[int]] = {}
        for row in doc_rows:
            grouped.setdefault(sentence_ids[row], []).append(row)
        spans_of = {
            sentence_id: [(starts_[r], ends_[r], ((actors[r], rolled[r]),), kinds[r]) for r in rows]
            for sentence_id, rows in grouped.items()
        }
        signatories = turns = ()
        partner = remarking = None
        if voice:
            signatories = _signatories(text, bounds, spans_of, voice, language, lexicon)
            every = [(a, b, pairs) for spans in spans_of.values() for a, b, pairs, _ in spans]
            partner = release_partner(every, voice)
            turns = speaker_turns(text, every, voice, partner)
            remarking = remarks_partner(turns, partner)
        states = frozenset(rolled[row] for row in doc_rows if is_state[row])
        memory = Memory(
            text,
            language,
            states,
            voice[1] if voice else None,
        )
        for sentence_id in _sentences_to_read(spans_of, len(bounds) - 1, voice is not None):
            start, end = int(bounds[sentence_id]), int(bounds[sentence_id + 1])
            spans = list(spans_of.get(sentence_id, ()))
            speaker = None
            if voice:
                speaking = _speaker_at(turns, start)
                speaker = voice if speaking == (voice,) else None
                spans += _voice_units(text, start, end, language, voice, signatories, spans)
                spans = _spoken(spans, speaking, voice)
                addressed = addressee(speaking, voice, remarking)
                # the other side: the partner in the voice's words, the voice in the partner's
                other = partner if speaker else voice if addressed == voice else None
                if other and TOGETHER.search(text, start, end):
                    spans = with_partner(text, spans, speaking, other)
                elif speaker and (
                    local := sentence_partner(text, start, end, spans, voice, states)
                ):
                    # "In Djibouti, ... to advance U.S.-Djibouti relations and our close
                    # security cooperation": the voice's and Djibouti's
                    spans = with_partner(text, spans, speaking, *local)
                elif addressed is not None and (shared := shared_we(text, start, end)):
                    # "We had a very meaningful meeting", said by either side of remarks
                    spans = with_partner(text, spans, speaking, addressed, shared)
                if addressed is not None:
                    # "It's very good to have you here, and I welcome you."
                    spans += [
                        (a, b, (addressed,), "addressee")
                        for a, b in second_person_spans(text, start, end, language)
                        if not any(a < y and x < b for x, y, *_ in spans)
                    ]
            taken = [(a, b) for a, b, _, _ in spans]
            resolved = [
                (a, b, pairs, "pronoun", named)
                for a, b, pairs, named in memory.resolve(sentence_id, start, end, spans)
            ]
            taken += [(a, b) for a, b, *_ in resolved]
            resolved += [
                (a, b, pairs, "quoted", named)
                for a, b, pairs, named in memory.quoted(sentence_id, start, end, spans)
                if not any(a < y and x < b for x, y in taken)
            ]
            memory.remember(
                sentence_id,
                [memory.referent(a, b, pairs, kind) for a, b, pairs, kind in spans]
                + [
                    dataclasses.replace(memory.referent(a, b, pairs, kind), named=named)
                    for a, b, pairs, kind, named in resolved
                ],
            )
            roll_ups = {roll for span in spans + resolved for _, roll in span[2]}
            # With one actor, only an official act of the voice, or an act about an act
            # named before ("Baghdad condemned the attack"), can be read.
            again = (
                len(roll_ups) == 1
                and _has_trigger_word(text[start:end], language, attitude_words)
                and mentions_an_act(text[start:end], language, head_words)
            )
            if len(roll_ups) < (1 if speaker or again else 2):
                continue
            wanted = head_words if len(roll_ups) > 1 or again else voice_words
            if not _has_trigger_word(text[start:end], language, wanted):
                continue
            spans += resolved
            key = _repeat_key(language, speaker, text, start, end, spans)
            original = seen.get(key) if key is not None else None
            if original is not None:
                if original.triggers:
                    yield Repeat(original, name, sentence_id, start)
                continue
            built = build_sentence(name, sentence_id, language, text, start, end, spans, lexicon)
            built.speaker = speaker
            # a "must" that lays no duty on an actor ("We must endeavor to provide") is none
            built.triggers = [
                t
                for t in built.triggers
                if built.tokens[t.head].lower not in words.obligations
                or obliged(built, t, words) is not None
            ]
            built.leads = memory.leads(sentence_id)
            built.organisations = frozenset(rolled[row] for row in doc_rows if is_body[row])
            if key is not None:
                seen[key] = built
            if built.triggers:
                yield built


def _sentences_to_read(spans_of: dict, count: int, voiced: bool) -> list[int]:
    """The sentences that may name two actors: those with mentions, the few after each
    (whose pronouns and definite phrases may stand for them: "She urged the government
    to ..."), and with a voice every sentence ("The Department urged the authorities")."""
    if voiced:
        return list(range(count))
    wanted = set(spans_of)
    for sentence_id in spans_of:
        wanted.update(range(sentence_id + 1, min(count, sentence_id + REACH + 1)))
    return sorted(wanted)


def _repeat_key(language, speaker, text: str, start: int, end: int, spans: list) -> tuple | None:
    """What makes two sentences read alike: their words, their actors at the same places
    and who speaks; None for a sentence with a pronoun, whose actors are named elsewhere."""
    if any(len(span) > 4 for span in spans):
        return None
    placed = sorted((a - start, b - start, pairs, kind) for a, b, pairs, kind in spans)
    return language, speaker, text[start:end], tuple(placed)


@dataclass(frozen=True)
class Repeat:
    """A sentence that reads like one read before (:func:`_repeat_key`): its relations are
    the earlier one's, moved to its place. Releases repeat their boilerplate ("Russia's
    unprovoked war against Ukraine"), and it is read once."""

    original: Sentence
    doc_id: str
    sentence_id: int
    start: int


def _speaker_at(turns, offset: int) -> tuple:
    """Whom the first person stands for at ``offset`` (see :func:`speaker_turns`)."""
    current = turns[0][1]
    for start, speaking in turns:
        if start > offset:
            break
        current = speaking
    return current


def _spoken(spans: list, speaking: tuple, voice: tuple[str, str]) -> list:
    """The spans with the first person ("we", "I", "our") given to the speaker: the voice
    (or the signatories of a joint statement), another actor in a foreign official's words,
    nobody in a question."""
    found = []
    for a, b, pairs, kind in spans:
        if kind in ("first person", "possessive"):
            if not speaking:
                continue
            if speaking != (voice,):
                pairs = speaking
            kind = "voice" if kind == "first person" else kind
        found.append((a, b, pairs, kind))
    return found


def _has_trigger_word(text: str, language: str, head_words: frozenset[str]) -> bool:
    for word in _WORD.findall(text.lower()):
        if word in head_words or lemma(word, language) in head_words:
            return True
    return False


_OWN_COUNTRY = re.compile(r"\s+(?:country|nation|government|pays|gouvernement)\b", re.I)
"""A single country after the signatories' "our" (« notre pays »): each speaks of its own."""


def _voice_units(text, start, end, language, voice, signatories, spans) -> list:
    taken = [(a, b) for a, b, *_ in spans]
    found = []
    for a, b, we in voice_spans(text, start, end, language):
        if any(a < y and x < b for x, y in taken):
            continue  # "the Department of State" is a mention already
        if text[a:b].lower() in POSSESSIVES:
            if signatories and _OWN_COUNTRY.match(text, b):
                continue  # "our country reviews" in a joint statement: each its own
            found.append((a, b, signatories or (voice,), "possessive"))
        elif we:
            found.append((a, b, signatories or (voice,), "first person"))
        else:
            found.append((a, b, (voice,), "voice"))
    return found


def _signatories(text, bounds, spans_of, voice, language, lexicon) -> tuple:
    """The signatories of a joint statement: (actor, roll-up) pairs, or () for other texts."""
    match = JOINT_STATEMENT.search(text, 0, OPENING_CHARACTERS)
    if match is None:
        return ()
    sentence_id = int(np.searchsorted(bounds, match.start(), side="right") - 1)
    start, end = int(bounds[sentence_id]), int(bounds[sentence_id + 1])
    spans = [
        (a, b, ((pairs[0][1], pairs[0][1]),), kind)
        for a, b, pairs, kind in spans_of.get(sentence_id, [])
    ]
    spans += [
        (a, b, (voice,), "name")  # "released by the Secretary of State and ..."
        for a, b, we in voice_spans(text, start, end, language)
        if not we and not any(a < y and x < b for x, y, *_ in spans)
    ]
    sentence = build_sentence("", sentence_id, language, text, start, end, spans, lexicon)
    words = words_of(language)
    groups = [coordinated(sentence, unit, words) for unit in sentence.units]
    with_voice = [g for g in groups if any(voice[1] in u.roll_ups for u in g)]
    best = max(with_voice or groups, key=len, default=[])
    if len(best) < 2:
        return ()
    found = dict.fromkeys(pair for unit in best for pair in unit.actors)
    return tuple(found)


def found_rows(found: list[Found]) -> list[tuple]:
    """The rows of the relation table (its columns in order) of relations found."""
    return [
        (f.sentence.doc_id, f.sentence.sentence_id, f.source_actor[0], f.target_actor[0],
         f.source_actor[1], f.target_actor[1], *_named(f.source, f.source_actor),
         *_named(f.target, f.target_actor), f.type, f.status, f.trigger_start, f.trigger_end,
         f.sentence.text[f.trigger_start : f.trigger_end], f.sentence.language)
        for f in found
    ]  # fmt: skip


def _named(unit: Unit, actor: tuple[str, str]) -> tuple[int, int]:
    """Where ``actor`` of ``unit`` is named: the unit itself, or for a pronoun the mention
    it stands for."""
    return unit.named_at(unit.actors.index(actor)) if unit.named else (unit.start, unit.end)


def rows_of(items: list, method: str) -> list[tuple]:
    """The rows of the relation table of the sentences (and repeats) of
    :func:`candidate_sentences`."""
    sentences = [item for item in items if isinstance(item, Sentence)]
    found = read_sentences(sentences, method)
    rows = found_rows(found)
    by_sentence: dict[int, list[tuple]] = {}
    for relation, row in zip(found, rows, strict=True):
        by_sentence.setdefault(id(relation.sentence), []).append(row)
    for item in items:
        if isinstance(item, Repeat):
            delta = item.start - item.original.start
            rows.extend(_moved(row, item, delta) for row in by_sentence.get(id(item.original), ()))
    return rows


def _moved(row: tuple, repeat: Repeat, delta: int) -> tuple:
    """A row of a sentence moved to a repeat of it: its article, sentence and offsets."""
    moved = list(row)
    moved[0], moved[1] = repeat.doc_id, repeat.sentence_id
    for index in _OFFSETS:
        moved[index] += delta
    return tuple(moved)


# The positions of the offsets in a row (see analysis.relations.find.RELATION_COLUMNS).
_OFFSETS = (6, 7, 8, 9, 12, 13)


def read_sentences(sentences: list[Sentence], method: str) -> list[Found]:
    """The relations of sentences, read by parse (``method="parse"``, French only) or by
    word order (``"rules"``)."""
    parsed = {}
    french = [s for s in sentences if s.language == "fr" and _has_verb_trigger(s)]
    if method == "parse" and french:
        from analysis.relations.parse import ParsedSentence, load_parser

        nlp = load_parser()
        # Each distinct sentence is parsed once (releases repeat their boilerplate).
        texts = list(dict.fromkeys(s.text[s.start : s.end] for s in french))
        docs = dict(zip(texts, nlp.pipe(texts, batch_size=PARSE_BATCH), strict=True))
        parsed = {id(s): ParsedSentence(s, docs[s.text[s.start : s.end]]) for s in french}
    found: list[Found] = []
    for sentence in sentences:
        found.extend(_read(sentence, parsed.get(id(sentence))))
    return resolve_references(found)


def _actor_count(units: list[Unit]) -> int:
    return sum(len(unit.actors) for unit in units)


def _told_past(sentence: Sentence, trigger) -> bool:
    """Whether a quoted speaker tells of a past act of their own (« J'ai informé nos
    amis », "we raised it"), which is alleged; what the words do ("I count on", « je
    condamne ») is asserted."""
    head = sentence.tokens[trigger.head]
    before = {token.lower for token in sentence.tokens[max(0, trigger.first - 3) : trigger.first]}
    if before & {"ai", "avons", "avions", "avais", "have", "had", "'ve", "ve"}:
        return True
    return sentence.language == "en" and head.lower != head.lemma and head.lower.endswith("ed")


def _own_claim(frames, trigger, sources) -> bool:
    """Whether the claims that hold the trigger are all made by its sources: one who says
    it is ready to work with another states that will itself."""
    claims = [
        frame
        for frame in frames
        if frame.kind == "claim" and frame.start <= trigger.first <= frame.end
    ]
    own = {roll for unit in sources for roll in unit.roll_ups}
    return bool(claims and own) and all(
        frame.claimant is not None and set(frame.claimant.roll_ups) <= own for frame in claims
    )


def _states_will(sentence: Sentence, trigger, words) -> bool:
    """Whether the trigger's own words state a will ("ready to talk", "looks forward to
    working with", « prêt à négocier »)."""
    return any(sentence.tokens[index].lower in words.willingness for index in trigger.words)


def _has_verb_trigger(sentence: Sentence) -> bool:
    """Whether a sentence has a trigger used as a verb: only those are read from a parse
    (nouns are read by word order either way)."""
    words = words_of(sentence.language)
    return any(not is_nominal(sentence, trigger, words) for trigger in sentence.triggers)


def _read(sentence: Sentence, parsed) -> list[Found]:
    words = words_of(sentence.language)
    frames = frames_of(sentence, words)
    earlier: list = []
    found = []
    if parsed is not None:
        from analysis.relations.parse import parsed_arguments

    def arguments_of(trigger) -> tuple[list, list]:
        if parsed is not None:
            return parsed_arguments(parsed, trigger, words, earlier)
        return reads_arguments(sentence, trigger, words, earlier)

    for trigger in sentence.triggers:
        reading = (sentence, trigger, words)
        if (
            meets_a_need(*reading)
            or struck_by_a_measure(sentence, trigger)
            or deferred_will(sentence, trigger)
        ):
            continue  # "to meet Ukraine's humanitarian needs", « frappés d'interdiction »
        sources, targets = arguments_of(trigger)
        if sentence.tokens[trigger.head].lower in words.obligations:
            duty = obliged(*reading)  # "Iran must immediately cease its attacks"
            if duty is None:
                continue
            sources, targets = [implied_voice(sentence, trigger)], [duty]
        targets = left(sentence, trigger, sources, targets)  # "U.S. troops left Iraq"
        targets = backed_noun(sentence, trigger, targets)  # "Iran-backed militias in Iraq"
        if not sources and not targets and reciprocal(*reading):
            # "the leaders of the two countries spoke ..., and expressed their willingness
            # to help each other": the group of the act before
            sources = next(
                (list(e.sources) for e in reversed(earlier) if _actor_count(e.sources) > 1), []
            )
        if trigger.type == "ASSAULT":
            # "fired missiles at bases in Iraq": Iraq is where the bases stand
            targets = [
                unit for unit in targets if not aimed_at_place(sentence, trigger, unit, words)
            ]
        nominal = is_nominal(sentence, trigger, words)
        earlier.append(Earlier(sources, targets, trigger.first, not nominal))
        asked = requester(frames, trigger.first)
        if asked is not None:
            # "We urge donors to support the Syrian people": the one who asks does not act
            sources = [unit for unit in sources if unit.roll_ups != asked.roll_ups]
        status = status_of(sentence, trigger, frames, words, nominal)
        kind, hosted = trigger.type, False
        stop = stopped(*reading) if nominal else None
        if stop is not None:
            if any(o.type == "SANCTION" and o.first <= stop <= o.last for o in sentence.triggers):
                continue  # « a suspendu son aide au Mali »: the verb's own sanction
            kind = "SANCTION"  # "halted assistance to Ethiopia", « a gelé ses aides »
        if not nominal:
            # "attacked Trump's proclamation": accusing its author
            kind, sources, targets, hosted = attitude_to_object(*reading, sources, targets)
        if kind == "REJECT" and opposes_hostility(*reading, targets):
            kind = "ACCUSE"  # "push back against Russian aggression": a protest, no refusal
        elif kind == "REJECT" and withholds(*reading, targets):
            kind = "SANCTION"  # "denying Russia the technology it needs": a restriction
        # a guest welcomed, hosted or received: turned round, from the guest to the host
        hosting = kind == "CONSULT" and hosted
        threat = threatened_act(*reading) if sources and not targets else None
        if threat is not None:
            # "threatened to impose sanctions on Japan": a threat to Japan
            targets = [unit for unit in arguments_of(threat)[1] if unit not in sources]
        elif sources and not targets:
            party = threatened_party(*reading)  # "threatened to cut gas supplies to Moldova"
            targets = [party] if party is not None and party not in sources else []
        if kind == "ASSAULT" and intercepts_a_vessel(sentence, trigger):
            kind = "COERCE"  # « deux navires américains ont été interceptés »: a seizure
        if kind == "SUPPORT" and nominal and amount_before(sentence.tokens, trigger.first, words):
            kind = "AID"  # "provided approximately $7 million in support to"
        will = willing(sentence, trigger, words)
        if kind == "COOPERATE" and nominal and will in words.commitments:
            will = None  # "committed to trilateral cooperation with": cooperation held now
        if kind in WILLING_TYPES and will:
            kind = "AGREE"  # "willingness to help each other", "commitment to working with"
            status = "asserted" if status == "future" else status
            if hosting:
                sources, targets = targets, sources  # "looks forward to welcoming": the host's
        elif (
            status == "asserted" and will and not (kind == "SUPPORT" and will in words.commitments)
        ):
            # "ready to sanction" is a sanction to come; "committed to supporting the
            # defense of Saudi Arabia" is support stated now
            status = "future"
        if (
            kind == "AGREE"
            and status == "alleged"
            and (will or _states_will(sentence, trigger, words))
            and _own_claim(frames, trigger, sources)
        ):
            status = "asserted"  # "Trump said he looks forward to working with him"
        if status == "asserted" and any(unit.kind == "quoted" for unit in sources):
            status = "alleged" if _told_past(sentence, trigger) else status
        if not targets:
            answered, doers = answered_act(sentence, trigger, words)
            if answered is not None:
                doers = arguments_of(answered)[0]
            # "U.S. sanctions ... in response to Russia's invasion": aimed at its doer
            own = {roll for unit in sources for roll in unit.roll_ups}
            targets = [unit for unit in doers if not unit.roll_ups & own]
        if (
            not sources
            and targets
            and trigger.type in VOICE_TYPES
            and sentence.speaker
            and (nominal or agentless(sentence, trigger, words))
        ):
            sources = [implied_voice(sentence, trigger)]
        if trigger.type in SYMMETRIC_TYPES and targets:
            targets = partners(sentence, trigger, words, targets)
        group = gathering(sentence, trigger, words, targets) if not nominal else []
        if group:
            sources, targets = group, []  # "X, Y and Z met in Cairo": each met the others
        if (
            not targets
            and trigger.type in SYMMETRIC_TYPES
            and infinitive_of_noun(sentence, trigger, words)
        ):
            sources = []  # "U.S.-Japan-ROK cooperation to meet the challenges": nobody meets
        if (
            kind in SYMMETRIC_TYPES
            and not targets
            and len({actor[1] for unit in sources for actor in unit.actors}) < 3
            and (trio := trilateral(*reading))
        ):
            sources = (
                trio  # "will host a trilateral meeting with X and Y ... trilateral cooperation"
            )
        mutual = len(sources) > 1 and targets == sources
        # the voice is a target only as the host of a visit ("It's a pleasure to welcome")
        targets = [t for t in targets if t not in sources and (hosting or not t.voice)]
        if mutual:
            pairs = each_other(sources)  # "Turkey-Armenia normalization"
            if kind == "SUPPORT" and agreed_content(*reading):
                kind = "AGREE"  # "a deal establishing diplomatic relations between X and Y"
        elif targets:
            pairs = [
                (source, source_actor, target, target_actor)
                for source in sources
                for target in targets
                for source_actor in source.actors
                for target_actor in target.actors
            ]
        elif trigger.type in SYMMETRIC_TYPES or reciprocal(sentence, trigger, words):
            pairs = each_other(sources)
        else:
            pairs = []
        if kind == "REQUEST" and len(sources) > 1 and _asks_itself(sources, targets):
            pairs = []  # "X and Y emphasized the need for U.S.-EU coordination": a joint call
        if (
            kind == "CONSULT"
            and not targets
            and len(sources) > 1
            and trigger.entry in words.hosts - words.person_objects
        ):
            kind = "COOPERATE"  # "the United Kingdom, Canada, and the Netherlands are hosting"
        if trigger.entry in words.convenings:
            # "brought together the leaders of X, Y and Z": they meet each other too;
            # "we bring everything together" names nobody brought together
            named = [unit for unit in targets if unit.kind not in NOT_NAMED]
            pairs = pairs + each_other(named) if named else []
        refers = None
        if not pairs and sources and kind in ATTITUDES and not nominal:
            refers = act_reference(sentence, trigger, words)  # "condemned the attack"
            if refers is not None:
                pairs = [
                    (source, source_actor, None, (None, None))
                    for source in sources
                    for source_actor in source.actors
                ]
        start = sentence.tokens[trigger.first].start
        end = sentence.tokens[trigger.last].end
        seen = set()
        for source, source_actor, target, target_actor in pairs:
            key = (source_actor[0], target_actor[0])
            if source_actor[1] == target_actor[1] or key in seen:
                continue
            if target is not None and target.kind == "people":
                continue  # a people is the act's object, not its state ("the Afghan people")
            seen.add(key)
            found.append(
                Found(
                    sentence,
                    source,
                    source_actor,
                    target,
                    target_actor,
                    start,
                    end,
                    retyped(kind, target_actor[1], sentence, end, target),
                    status,
                    refers,
                )
            )
    return found


def _asks_itself(sources, targets) -> bool:
    """Whether the actors asked are the askers themselves ("Blinken and Michel emphasized
    the need for U.S.-EU coordination"): a joint call, on nobody else."""
    asking = set().union(*(unit.roll_ups for unit in sources))
    return bool(targets) and set().union(*(unit.roll_ups for unit in targets)) == asking
