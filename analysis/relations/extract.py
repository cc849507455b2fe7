"""From articles and their mentions to sentences worth reading, and from those to relations.

Only sentences that name actors of two different roll-ups (or one, and the corpus's voice)
and hold a trigger are read: the trigger is first looked for by a cheap lookup of each
word's lemma among the first words of the lexicon, and only then are the sentence's tokens
made and its triggers matched. French sentences are then parsed (spaCy); others are read by
word order (:mod:`analysis.relations.rules`).
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.relations.arguments import reads_arguments
from analysis.relations.coreference import REACH, Memory
from analysis.relations.lexicon import Lexicon
from analysis.relations.nominal import is_nominal
from analysis.relations.rules import (
    SYMMETRIC_TYPES,
    coordinated,
    passive_agent,
    side_tokens,
    specific,
)
from analysis.relations.sentence import KIND_RANK, Sentence, Unit
from analysis.relations.status import frames_of, status_of
from analysis.relations.tokens import lemma, tokenize
from analysis.relations.voice import (
    JOINT_STATEMENT,
    OPENING_CHARACTERS,
    POSSESSIVES,
    speaker_turns,
    voice_spans,
)
from analysis.relations.words import STOP_MARKS, words_of
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

PARTNER_MENTIONS = 3
"""How often a release must name its partner for "we ... together" to include it."""

TOGETHER = re.compile(
    r"\b(?:together|jointly|bilateral(?:ly)?|our (?:two )?(?:countries|nations|peoples)|both "
    r"(?:of )?our (?:countries|nations)|ensemble|conjointement|nos deux pays|nos pays)\b",
    re.IGNORECASE,
)
"""What says that the voice's "we" is the voice and its partner."""

PARSE_BATCH = 128
"""Sentences given to spaCy at a time."""

LARGEST_GROUP = 8
"""The most actors a symmetric act among coordinated actors is expanded for: four ministers
who met give twelve relations, the six signatories of a treaty thirty; a summit of twenty
gives none (it is not a dyadic act)."""

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


def roll_up(mentions: pd.DataFrame) -> np.ndarray:
    """The roll-up of each mention: its country, else its organisation, else itself."""
    country = mentions["country"].astype("string")
    organisation = mentions["organisation"].astype("string")
    actor = mentions["actor_id"].astype("string")
    return country.fillna(organisation).fillna(actor).to_numpy(dtype=object)


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
    for name in names:
        doc_rows, text = by_doc[name], texts[name]
        language = languages.get(name)
        language = language if isinstance(language, str) else "en"
        head_words = lexicon.head_words(language)
        voice_words = lexicon.head_words(language, VOICE_TYPES)
        bounds = bounds_of[name]
        grouped: dict[int, list[int]] = {}
        for row in doc_rows:
            grouped.setdefault(sentence_ids[row], []).append(row)
        spans_of = {
            sentence_id: [(starts_[r], ends_[r], ((actors[r], rolled[r]),), kinds[r]) for r in rows]
            for sentence_id, rows in grouped.items()
        }
        signatories = turns = ()
        partner = None
        if voice:
            signatories = _signatories(text, bounds, spans_of, voice, language, lexicon)
            every = [(a, b, pairs) for spans in spans_of.values() for a, b, pairs, _ in spans]
            turns = speaker_turns(text, every, voice)
            partner = _partner(every, voice)
        memory = Memory(
            text,
            language,
            frozenset(rolled[row] for row in doc_rows if is_state[row]),
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
                if partner and speaker and TOGETHER.search(text, start, end):
                    spans = _with_partner(text, spans, voice, partner)
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
            if len(roll_ups) < (1 if speaker else 2):
                continue
            # With one actor, only an official act of the voice can be read.
            wanted = head_words if len(roll_ups) > 1 else voice_words
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


def _partner(mentions: list, voice: tuple[str, str]) -> tuple[str, str] | None:
    """The one actor a release is about besides the voice (a message to Denmark, an
    interview in Morocco): named at least :data:`PARTNER_MENTIONS` times and twice as often
    as any other; None when there is no such actor."""
    counts: dict[tuple[str, str], int] = {}
    for _, _, pairs in mentions:
        for pair in pairs:
            if pair[1] != voice[1]:
                key = (pair[1], pair[1])
                counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < PARTNER_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def _with_partner(text: str, spans: list, voice, partner) -> list:
    """The spans with the voice's "we" and "our" standing for the voice and its partner
    ("we are working together", "our countries' relationship")."""
    found = []
    for a, b, pairs, kind in spans:
        if pairs == (voice,) and text[a:b].lower() in _FIRST_PLURAL:
            pairs = (voice, partner)
        found.append((a, b, pairs, kind))
    return found


_FIRST_PLURAL = frozenset({"we", "our", "nous", "notre", "nos"})


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


def _voice_units(text, start, end, language, voice, signatories, spans) -> list:
    taken = [(a, b) for a, b, *_ in spans]
    found = []
    for a, b, we in voice_spans(text, start, end, language):
        if any(a < y and x < b for x, y in taken):
            continue  # "the Department of State" is a mention already
        if text[a:b].lower() in POSSESSIVES:
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


def build_sentence(doc_id, sentence_id, language, text, start, end, spans, lexicon) -> Sentence:
    """A :class:`Sentence` from actor spans ``(start, end, actors, kind)`` in ``text`` (a
    pronoun's span has a fifth item: the offsets of the mentions behind it)."""
    cuts = [offset for a, b, *_ in spans for offset in (a, b)]
    tokens = tokenize(text, language, start, end, cuts)
    token_starts = [t.start for t in tokens]
    token_ends = [t.end for t in tokens]
    units = []
    words = words_of(language)
    for a, b, pairs, kind, *named in sorted(spans, key=lambda span: span[0]):
        first = bisect.bisect_right(token_ends, a)
        last = bisect.bisect_left(token_starts, b) - 1
        if first > last or (units and first <= units[-1].last):
            continue
        if kind == "demonym" and _private(text, tokens, first, last, language, words):
            continue
        if _of_private(tokens, first, words):
            continue  # "companies of China", « les ressortissants de la France »
        units.append(Unit(tuple(pairs), a, b, first, last, kind, tuple(*named)))
    sentence = Sentence(doc_id, sentence_id, language, text, start, end, tokens, units, [])
    busy = {i for unit in units for i in range(unit.first, unit.last + 1)}
    reflexives = words.reflexives
    sentence.triggers = [
        match
        for match in lexicon.find(tokens, language, frozenset(busy))
        if not set(match.words) & busy and not _after_reflexive(tokens, match, reflexives)
    ]
    return sentence


def _private(text: str, tokens, first: int, last: int, language: str, words) -> bool:
    """Whether a demonym names private people or things rather than its state: it
    qualifies a noun such as people, community, company, team, origin ("the Iranian
    people", « la communauté chinoise », « d'origine chinoise »), or, in French, it is a
    noun before a private person's name (« l'Espagnole Caroline Routier »), or people
    counted ("80,000 Afghans", "thousands of Afghans", « des milliers de Syriens »)."""
    noun = (
        text[tokens[first].start].isupper() if language == "fr" else tokens[last].lower[-1] == "s"
    )
    if noun and _counted(tokens, first, words):
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
    ressortissants de la France »); "the people of Ukraine" is Ukraine."""
    position = first - 1
    while position >= 0 and tokens[position].lower in words.determiners | {"l'", "d'"}:
        position -= 1
    if position < 1 or tokens[position].lower not in words.of | {"d'"}:
        return False
    noun = tokens[position - 1]
    return noun.lower in words.private_nouns or noun.lemma in words.private_nouns


def _after_reflexive(tokens, match, reflexives) -> bool:
    """Whether a trigger that is not reflexive follows a reflexive pronoun ("se fournir",
    "s'est fourni"), which changes its meaning."""
    if tokens[match.first].lower in reflexives:
        return False
    before = [t for t in tokens[max(0, match.first - 2) : match.first]]
    if before and before[-1].lower in reflexives:
        return True
    return len(before) == 2 and before[0].lower in reflexives and before[1].lemma == "être"


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
    return found


def _told_past(sentence: Sentence, trigger) -> bool:
    """Whether a quoted speaker tells of a past act of their own (« J'ai informé nos
    amis », "we raised it"), which is alleged; what the words do ("I count on", « je
    condamne ») is asserted."""
    head = sentence.tokens[trigger.head]
    before = {token.lower for token in sentence.tokens[max(0, trigger.first - 3) : trigger.first]}
    if before & {"ai", "avons", "avions", "avais", "have", "had", "'ve", "ve"}:
        return True
    return sentence.language == "en" and head.lower != head.lemma and head.lower.endswith("ed")


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
    for trigger in sentence.triggers:
        if parsed is not None:
            from analysis.relations.parse import parsed_arguments

            sources, targets = parsed_arguments(parsed, trigger, words, earlier)
        else:
            sources, targets = reads_arguments(sentence, trigger, words, earlier)
        earlier.append((sources, targets))
        nominal = is_nominal(sentence, trigger, words)
        status = status_of(sentence, trigger, frames, words, nominal)
        kind = trigger.type
        if kind in WILLING_TYPES and _willing(sentence, trigger, words):
            kind = "AGREE"  # "willingness to help each other", "commitment to working with"
            status = "asserted" if status == "future" else status
        if status == "asserted" and any(unit.kind == "quoted" for unit in sources):
            status = "alleged" if _told_past(sentence, trigger) else status
        if not sources and targets and not nominal:
            sources = _fronted_subject(sentence, trigger, words)
        if (
            not sources
            and targets
            and trigger.type in VOICE_TYPES
            and sentence.speaker
            and (nominal or _agentless(sentence, trigger, words))
        ):
            sources = [_implied_voice(sentence, trigger)]
        if trigger.type in SYMMETRIC_TYPES and targets:
            targets = _partners(sentence, trigger, words, targets)
        group = _gathering(sentence, trigger, words, targets) if not nominal else []
        if group:
            sources, targets = group, []  # "X, Y and Z met in Cairo": each met the others
        mutual = len(sources) > 1 and targets == sources
        targets = [target for target in targets if target not in sources and not target.voice]
        if mutual:
            pairs = _each_other(sources)  # "Turkey-Armenia normalization"
        elif targets:
            pairs = [
                (source, source_actor, target, target_actor)
                for source in sources
                for target in targets
                for source_actor in source.actors
                for target_actor in target.actors
            ]
        elif trigger.type in SYMMETRIC_TYPES:
            pairs = _each_other(sources)
        else:
            pairs = []
        start = sentence.tokens[trigger.first].start
        end = sentence.tokens[trigger.last].end
        seen = set()
        for source, source_actor, target, target_actor in pairs:
            key = (source_actor[0], target_actor[0])
            if source_actor[1] == target_actor[1] or key in seen:
                continue
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
                    kind,
                    status,
                )
            )
    return found


WILLING_TYPES = frozenset({"COOPERATE", "CONSULT", "AID"})
"""Types of an act whose stated will is an agreement (guideline: "ready to talk", "looks
forward to working with" are AGREE)."""


def _willing(sentence: Sentence, trigger, words) -> bool:
    """Whether a word of will opens the trigger's phrase, "to" / « à », « de » between
    ("ready to talk", "their willingness to help each other", « prêts à coopérer »)."""
    tokens = sentence.tokens
    before = [token.lower for token in tokens[max(0, trigger.first - 3) : trigger.first]]
    if not before or before[-1] not in ("to", "à", "de", "d'"):
        return False
    return bool(set(before[:-1]) & words.willingness)


PARTNER_WORDS = frozenset({"with", "avec"})
"""The last word of a trigger that names partners after it ("spoke with", « s'entretenir
avec »)."""

_LIST_ENDS = (STOP_MARKS - {"(", ")"}) | frozenset(
    [
        "about",
        "regarding",
        "concerning",
        "on",
        "to",
        "who",
        "which",
        "sur",
        "pour",
        "afin",
        "qui",
        "concernant",
    ]
)
"""Words that end a list of partners: its topic, a relative clause, the clause's end
(parentheses do not: "NATO (the Alliance), Poland and ...")."""

_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "le", "la", "les", "l'", "l’", "un", "une"})
_LIST_GOES_ON = frozenset(
    {",", "and", "or", "et", "ou", "with", "avec", "of", "de", "d'", "d’", "as", "including",
     "notamment", "dont", "both", "à", "to", "for", "pour", "from", "in"}
)  # fmt: skip
"""After one of these a determiner goes on with the list ("with Japan and the Republic of
Korea", "with officials of the EU"); after any other word it opens the topic."""


def _partners(sentence: Sentence, trigger, words, targets: list[Unit]) -> list[Unit]:
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
        unit = sentence.unit(index)
        if unit is None:
            if token.lower in _LIST_ENDS or token.lower in words.clause_breaks:
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


def _not_partner(sentence: Sentence, unit: Unit, words) -> bool:
    before = words.locatives | _NOT_PARTNER
    return _after_word(sentence, side_tokens(sentence, unit)[0], before, words)


_NOT_PARTNER = frozenset({"from", "depuis"})
"""With a language's locatives, the words after which an actor is a place or an origin,
not a partner ("met with activists from Burma", « avec des militants en Syrie »)."""


def _gathering(sentence: Sentence, trigger, words, targets: list[Unit]) -> list[Unit]:
    """The actors of a meeting verb's subject when they are two or more, some of them in a
    list, and the verb has no partner but a place ("Egypt's foreign minister and his Greek
    and French counterparts gathered in Cairo", « les ministres de l'Égypte et de la Grèce
    se sont réunis au Caire »): one unit per roll-up, named in the clause before the verb and
    not after a preposition other than "of"/« de »."""
    head = sentence.tokens[trigger.head]
    if trigger.type not in SYMMETRIC_TYPES or not {head.lemma, head.lower} & words.gatherings:
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
        if _after_word(sentence, unit.first, words.prepositions, words):
            continue
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
    position = first - 1
    while position >= 0 and sentence.tokens[position].lower in words.determiners:
        position -= 1
    return position >= 0 and sentence.tokens[position].lower in before


def _each_other(sources: list[Unit]) -> list[tuple]:
    """Every ordered pair of the actors of coordinated units ("Blinken and Wang met"), a
    "they" for two actors included; none in a group larger than
    :data:`LARGEST_GROUP`."""
    members = [(unit, actor) for unit in sources if not unit.possessive for actor in unit.actors]
    if len({actor[1] for _, actor in members}) > LARGEST_GROUP:
        return []
    return [
        (unit, actor, other_unit, other)
        for unit, actor in members
        for other_unit, other in members
        if actor[1] != other[1]
    ]


_FRONTED = frozenset(
    {"after", "before", "while", "by", "following", "upon", "besides", "in", "addition", "to",
     "après", "avant", "en", "tout", "outre"}
)  # fmt: skip
"""Words that open a participial phrase before the main clause ("In addition to holding
Belarus accountable, we ...", « Après avoir rencontré Lavrov, le ministre ... »)."""


def _fronted_subject(sentence: Sentence, trigger, words) -> list[Unit]:
    """The subject of the main clause, for a verb in a phrase that opens the sentence
    ("In addition to holding Belarus accountable, we continue ...", "After meeting Lavrov,
    the Secretary ..."): the actor right after the comma that closes the phrase, a
    determiner between allowed. Empty when the sentence does not open that way."""
    tokens = sentence.tokens
    opening = [token.lower for token in tokens[: trigger.first]]
    if (
        not opening
        or opening[0] not in _FRONTED
        or any(sentence.unit(i) is not None for i in range(trigger.first))
    ):
        return []
    if any(word in STOP_MARKS for word in opening):
        return []
    for index in range(trigger.last + 1, len(tokens)):
        if tokens[index].lower in STOP_MARKS - {","}:
            return []
        if tokens[index].lower == ",":
            # The subject: an actor within three words of the comma, a determiner and a
            # noun before it at most ("the Secretary", « le ministre japonais »).
            for following in range(index + 1, min(index + 4, len(tokens))):
                unit = sentence.unit(following)
                if unit is not None:
                    return [unit] if not unit.possessive else []
                lower = tokens[following].lower
                if (
                    lower in STOP_MARKS
                    or lower in words.prepositions
                    or lower in words.verb_markers
                ):
                    break
    return []


def _agentless(sentence: Sentence, trigger, words) -> bool:
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


def _implied_voice(sentence: Sentence, trigger) -> Unit:
    """The voice as the source of an official act stated without an agent ("X is being
    designated", "Designation of ...", a heading "Targeting ..."): an empty span at the
    trigger."""
    at = sentence.tokens[trigger.first].start
    return Unit((sentence.speaker,), at, at, trigger.first, trigger.first - 1, "voice")
