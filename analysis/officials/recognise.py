"""The officials pass: titled persons, speaker labels and later surnames, into the mentions.

:func:`analysis.mentions.find_mentions` calls :func:`add_officials` on the table the matcher
made with the title keys of :func:`~analysis.officials.titles.matcher_aliases`. It gives
back the mention table with:

- one ``official`` mention per titled person, its span the title and the name; the
  mentions inside it (the demonym, the state, the person's name) are absorbed, as inside
  any longer match, so that "le président argentin Mauricio Macri" counts once for
  Argentina;
- the speaker labels and later surnames of those persons, also ``official``;
- the title words themselves removed.

How: the shapes the table settles alone ("title, demonym, known person") are found with
numpy (:mod:`~analysis.officials.candidates`); only the articles with other title words
worth reading, a byline, or a person whose surname may come back go through the article
reader (:mod:`~analysis.officials.reader`), in Python.
"""

from __future__ import annotations

import collections
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.actors import alias_key
from analysis.corpus import chunk_bounds
from analysis.officials.candidates import (
    QUALIFIER_BEFORE,
    chain_of,
    chains,
    row_codes,
    runs,
    settle_chain,
    worth_reading,
)
from analysis.officials.context import Found, PassContext, found
from analysis.officials.frame import OFFICIAL_KIND, rebuilt_mentions
from analysis.officials.grammar import ABBREVIATION, POST_BEFORE, SEAM
from analysis.officials.later import GLUED_LABEL_HEAD, GLUED_LABEL_PATTERN
from analysis.officials.people import key_of, name_words, surname_words
from analysis.officials.reader import ArticleReader
from analysis.officials.titles import TITLE_ACTOR, Titles
from analysis.processes import end_with_parent, worker_died

__all__ = ["OFFICIAL_KIND", "PARALLEL_DOCS", "add_officials", "voice_affiliation"]

# A name, a comma, a word: what a byline opens with (in Arrow's RE2 syntax).
_BYLINE = r"^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}, \p{L}"


def voice_affiliation(dictionary, voice: str | None) -> tuple[str | None, str | None]:
    """The country and organisation a publisher's voice gives its officials.

    Raises
    ------
    ValueError
        If ``voice`` is not an actor of the dictionary, or is a person.

    Examples
    --------
    >>> from analysis.actors import load_actors
    >>> voice_affiliation(load_actors(), "USA"), voice_affiliation(load_actors(), "UNSC")
    (('USA', None), (None, 'UN'))
    """
    if voice is None:
        return None, None
    actors = dictionary.actors.set_index("actor_id")
    if voice not in actors.index:
        raise ValueError(
            f"the voice {voice!r} is not an actor of the dictionary; give the id of a state, "
            f"an organisation or an institution (USA, UN, state-department)"
        )
    row = actors.loc[voice]
    kind = row["actor_type"]
    if kind == "person":
        raise ValueError(f"the voice {voice!r} is a person; give a state or an organisation")
    if kind == "state":
        return voice, None
    if kind == "organisation":
        return None, (row["organisation"] if pd.notna(row["organisation"]) else voice)
    country = row["country"] if pd.notna(row["country"]) else None
    organisation = row["organisation"] if pd.notna(row["organisation"]) else None
    return country, organisation


def add_officials(
    mentions: pd.DataFrame,
    corpus: pd.DataFrame,
    dictionary,
    titles: Titles,
    voice: str | None = None,
    n_jobs: int | None = None,
) -> pd.DataFrame:
    """The mention table with its officials found and its title words taken out.

    Parameters
    ----------
    mentions : DataFrame
        As the matcher makes it with the title keys (rows of actor :data:`TITLE_ACTOR`).
    corpus : DataFrame
        The articles (``doc_id``, ``text``; ``language`` if known).
    dictionary : ActorDictionary
    titles : Titles
    voice : str, optional
        The actor id the publisher speaks for (``USA``): titles marked ``voice`` count for
        it when they name no state.
    n_jobs : int, optional
        Processes that read the articles' titles; by default one per core from
        :data:`PARALLEL_DOCS` articles with titles on (on Linux). The result is the same.

    Returns
    -------
    DataFrame
        The same columns and dtypes, ordered by article then offset.
    """
    affiliation = voice_affiliation(dictionary, voice)
    if TITLE_ACTOR not in mentions["actor_id"].cat.categories:
        return mentions
    context = PassContext(mentions, corpus, dictionary, titles, affiliation)
    officials, absorbed = _find(context, n_jobs)
    final = _final_ids(officials, context.dictionary_ids, titles.surname_first)
    context.load_texts(sorted({official.doc for official in officials}))
    return rebuilt_mentions(mentions, context, officials, final, context.is_title | absorbed)


@dataclass
class _Tasks:
    """What the table says each article holds, for the per-article stage."""

    codes: str
    chains: dict = field(default_factory=lambda: collections.defaultdict(list))
    runs: dict = field(default_factory=lambda: collections.defaultdict(list))
    labels: dict = field(default_factory=lambda: collections.defaultdict(list))
    bylines: set = field(default_factory=set)
    glued: set = field(default_factory=set)

    @property
    def docs(self) -> list[int]:
        return sorted(
            set(self.chains) | set(self.runs) | set(self.labels) | self.bylines | self.glued
        )


def _tasks(context: PassContext) -> _Tasks:
    """The chains, title runs, label openers and bylines of the whole table, by article."""
    doc_codes = context.doc_codes
    letters = context.title_letters()
    codes = row_codes(context.types, letters, doc_codes, context.starts, context.ends)
    tasks = _Tasks(codes)
    for first, last in chains(codes):
        tasks.chains[int(doc_codes[first])].append((first, last))
    for first, last in runs(codes):
        tasks.runs[int(doc_codes[first])].append((first, last))
    for row in context.courtesy_rows().tolist():
        tasks.labels[int(doc_codes[row])].append(row)
    tasks.bylines = set(_docs_opening_with(context, _BYLINE, 80).tolist())
    tasks.glued = set(_docs_opening_with(context, GLUED_LABEL_PATTERN, GLUED_LABEL_HEAD).tolist())
    return tasks


def _find(context: PassContext, n_jobs: int | None = 1) -> tuple[list[Found], np.ndarray]:
    """Every official mention of the table, and the rows they absorb."""
    tasks = _tasks(context)
    docs = tasks.docs
    absorbed = np.zeros(len(context.starts), dtype=bool)
    if n_jobs is None:
        n_jobs = (os.cpu_count() or 1) if len(docs) >= PARALLEL_DOCS else 1
    if n_jobs > 1 and len(docs) > 1 and sys.platform == "linux":
        parts = _read_in_workers(context, tasks, docs, n_jobs)
    else:
        parts = [_read_docs(context, tasks, docs)]
    officials: list[Found] = []
    for part_found, part_absorbed in parts:
        officials += part_found
        absorbed[part_absorbed] = True
    return officials, absorbed


PARALLEL_DOCS = 20_000
"""Articles to read from which the per-article stage is shared out among processes."""

# Set in worker processes (inherited through fork).
_WORKER_STATE: tuple | None = None


def _read_in_workers(context: PassContext, tasks: _Tasks, docs: list[int], n_jobs: int):
    global _WORKER_STATE
    bounds = chunk_bounds(len(docs), 2000, n_jobs, minimum=200)
    # The text column in one chunk, made once here rather than in every worker.
    _ = context.text_array
    _WORKER_STATE = (context, tasks, docs)
    try:
        fork = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(n_jobs, fork, end_with_parent) as pool:
            return list(pool.map(_read_range, bounds))
    except BrokenProcessPool as error:
        raise worker_died(f"reading the titles of {len(docs):,} articles") from error
    finally:
        _WORKER_STATE = None


def _read_range(bounds: tuple[int, int]):
    context, tasks, docs = _WORKER_STATE
    found, absorbed = _read_docs(context, tasks, docs[bounds[0] : bounds[1]])
    return found, absorbed


def _read_docs(context: PassContext, tasks: _Tasks, docs: list[int]):
    """The officials of some articles (codes of ``doc_id``), and the rows they absorb."""
    context.load_texts(docs)
    texts, _doc_codes, starts, ends = context.texts, context.doc_codes, context.starts, context.ends
    codes = tasks.codes
    qualifiers = {q for words in context.titles.qualifiers.values() for q in words}
    officials: list[Found] = []
    absorbed: list[int] = []
    for doc in docs:
        text = texts.get(doc)
        if text is None:
            continue
        settled = {}
        in_chain: set[int] = set()
        for first, last in tasks.chains.get(doc, ()):
            chain = _settle(context, text, doc, first, last, codes, qualifiers)
            if chain is not None:
                settled[chain[0]] = chain
                in_chain.update(range(chain[0], chain[2] + 1))
        reading = set()
        for first, last in tasks.runs.get(doc, ()):
            title = first + 1 if codes[2 * first] == "A" else first
            if title in in_chain:
                continue
            if codes[2 * title] == "S" and not _form_goes_on(context, text, doc, title):
                continue
            span = (int(starts[title]), int(ends[title]))
            # A run may reach past the name to a state a few words on ("Under Secretary
            # Zeya met Poland"): the run up to each of its rows is tried.
            if any(
                worth_reading(text, int(starts[first]), int(ends[row]), span)
                for row in range(title, last + 1)
            ):
                reading.add(title)
        labels = {
            row for row in tasks.labels.get(doc, ()) if text[starts[row] : ends[row]].isupper()
        }
        byline = doc in tasks.bylines and _may_open_with_byline(context, text)
        glued = doc in tasks.glued and context.doc_languages[doc] != "fr"
        if not (reading or labels or byline or glued) and not any(
            _may_come_back(context, text, chain[5]) for chain in settled.values()
        ):
            for first, _, last, start, title_end, person_row in settled.values():
                title = " ".join(text[start:title_end].split())
                person = context.known_person(person_row)
                officials.append(
                    found(
                        doc, start, int(ends[last]), int(context.sentence_ids[first]), title, person
                    )
                )
                absorbed.extend(range(first, last + 1))
            continue
        reader = ArticleReader(context, doc, settled, reading, labels, byline, glued)
        officials += reader.read()
        absorbed += reader.absorbed_rows
    return officials, absorbed


def _settle(context: PassContext, text: str, doc: int, first: int, last: int, codes: str,
            qualifiers) -> tuple[int, int, int, int, int, int] | None:  # fmt: skip
    """A chain the table found, checked against its text: (first, title, last rows, start,
    title end, person row), or None."""
    letters = codes[2 * first : 2 * last + 2 : 2]
    starts, ends = context.starts, context.ends
    if letters in _PLAIN and "~" not in codes[2 * first + 1 : 2 * last : 2]:
        # The common shapes, "président Moon Jae-in" and "président sud-coréen Moon Jae-in":
        # a whole form of the article's language, one character between the words.
        plain = _settle_plain(text, first, last, starts, ends, qualifiers)
        if plain is not None:
            return plain
    language = context.doc_languages[doc]
    if letters[0] == "A" and not _before_title(
        text, starts[first], ends[first], starts[first + 1], language
    ):
        first, letters = first + 1, letters[1:]
    if letters[-1] == "A" and not chain_of(text[ends[last - 1] : starts[last]]):
        last, letters = last - 1, letters[:-1]
    title = first + (1 if letters[0] == "A" else 0)
    key = context.value("alias", title)
    form_end = None
    if letters[title - first] == "S":
        # A form cut before an alias's word: the text must finish it, up to the next row.
        window = text[starts[title] : starts[title + 1]].lower()
        form = context.grammar.form.match(window)
        if not form or form.end() != len(window) - 1 or window[-1] in "\n,":
            return None
        if letters[title - first + 1] == "P" and window[-1] != " ":
            return None
        form_end = int(starts[title]) + form.end()
        key = " ".join(form.group().split())
    tails = [row for row in range(title + 1, last) if codes[2 * row] == "L"]
    if tails:
        key = f"{key} {context.value('alias', tails[0])}"
    languages = context.form_languages.get(key_of(key), frozenset())
    if not languages or (language in ("fr", "en") and language not in languages):
        return None
    spans = [(int(starts[row]), int(ends[row])) for row in range(first, last + 1)]
    settled = settle_chain(text, spans, letters, qualifiers, language != "fr")
    if settled is None:
        return None
    start, title_end = settled
    if form_end is not None and letters[title - first + 1] == "P":
        title_end = form_end
    person = first + letters.index("P")
    return first, title, last, start, title_end, person


def _form_goes_on(context: PassContext, text: str, doc: int, row: int) -> bool:
    """Whether the text finishes a form of the article's language where a cut title word
    was found ("secrétaire d" of "secrétaire d'État"; not "premier" in "premier
    partenaire")."""
    start = int(context.starts[row])
    found = context.grammar.form.match(text[start : start + 80].lower())
    return bool(found) and bool(context.grammar.forms_of(found.group(), context.doc_languages[doc]))


_PLAIN = frozenset({"TP", "TAP"})


def _settle_plain(text: str, first: int, last: int, starts, ends, qualifiers):
    """:func:`_settle` of "title, person" and "title, state, person" one character apart:
    the character before the person must be a space, the others no line break."""
    person_gap = text[ends[last - 1]]
    if person_gap != " " or (last - first == 2 and text[ends[first]] == "\n"):
        return None
    start = int(starts[first])
    if start >= 2 and text[start - 1] in " -’'":
        before = QUALIFIER_BEFORE.search(text, max(0, start - 30), start)
        if before and key_of(before.group(1)) in qualifiers:
            start = before.start(1)
    return first, first, last, start, int(ends[last - 1]), last


def _before_title(text: str, start: int, end: int, title: int, language: str | None) -> bool:
    """Whether a state written at ``start:end`` just before a title (at ``title``) belongs
    to it: in English, one space, "'s", or the full stop of an abbreviation apart
    (``U.S.``)."""
    if language == "fr" or POST_BEFORE.search(text, max(0, start - 16), start):
        return False
    gap = text[end:title]
    return gap in (" ", "’s ", "'s ") or (
        gap == ". " and bool(ABBREVIATION.fullmatch(text[start : end + 1]))
    )


def _may_come_back(context: PassContext, text: str, row: int) -> bool:
    """Whether the surname of the person at ``row`` may be written again later, alone or
    after a courtesy title, where the matcher does not already count it."""
    person = context.known_person(row)
    key = person.surname_key
    if not person.surname or key in context.dictionary_keys:
        return False
    common = key in context.titles.common_surnames
    courtesy = context.grammar.courtesy_written
    position = text.find(person.surname, int(context.ends[row]))
    while position >= 0:
        # Only "M. Kim", "Mr. Moon" can count for a common surname.
        if not common or any(
            found.end() == position
            for found in courtesy.finditer(text, max(0, position - 12), position)
        ):
            return True
        position = text.find(person.surname, position + len(person.surname))
    return False


def _may_open_with_byline(context: PassContext, text: str) -> bool:
    """Whether the first line has a title right after its first comma (or one word after:
    "Greenlandic Premier")."""
    comma = text.find(", ", 0, 80)
    if comma < 0:
        return False
    after = text[comma + 2 : comma + 90]
    seam = SEAM.search(after)
    if seam:
        after = after[: seam.end()] + " " + after[seam.end() :]
    after = after.lower()
    if context.grammar.form.match(after):
        return True
    space = after.find(" ")
    return space > 0 and bool(context.grammar.form.match(after, space + 1))


def _docs_opening_with(context: PassContext, pattern: str, head: int) -> np.ndarray:
    """The articles whose first ``head`` characters match ``pattern`` (codes of the
    table's ``doc_id``).

    Used for what the matcher cannot see: a byline that opens a release ("Ned Price,
    Department Spokesperson", glued to the next words, holds no title word it finds), a
    speaker label glued to the time of a briefing ("2:00 p.m. EDTMS PORTER:"). Looked for
    in every article at once (Arrow's regular expressions run in compiled code).
    """
    column = context.corpus["text"]
    if not len(column):
        return np.zeros(0, dtype=np.int64)
    heads = pc.utf8_slice_codeunits(pa.array(column.array), 0, head)
    found = np.asarray(
        pc.match_substring_regex(heads, pattern).fill_null(False).to_numpy(zero_copy_only=False),
        dtype=bool,
    )
    # From corpus rows to the codes of the table's doc_id categories.
    codes = np.full(len(column), -1, dtype=np.int64)
    valid = context.doc_positions >= 0
    codes[context.doc_positions[valid]] = np.flatnonzero(valid)
    found_codes = codes[np.flatnonzero(found)]
    return np.unique(found_codes[found_codes >= 0])


def _final_ids(officials: list[Found], dictionary_ids: frozenset[str], surname_first) -> dict:
    """The final id, name, country and organisation of each new official.

    A one-word name (``Motegi``) is the person of the longer name (``Toshimitsu Motegi``)
    with that surname and the same country, when the corpus has exactly one; each id takes
    its most frequent spelling among its longest names, and its most frequent country and
    organisation, among the mentions whose state the article named if there are any (not
    the voice's default); an id the dictionary already uses gets the country appended
    (``price-usa``).
    """
    people: dict[str, list[Found]] = collections.defaultdict(list)
    for official in officials:
        if not official.known:
            people[official.actor_id].append(official)
    by_surname: dict[tuple, set[str]] = collections.defaultdict(set)
    for actor_id, persons in people.items():
        words, country = list(persons[0].words), persons[0].country
        if len(words) > 1:
            key = alias_key(" ".join(surname_words(words, country in surname_first)))
            by_surname[key, country, persons[0].organisation].add(actor_id)
    merged: dict[str, str] = {}
    for actor_id, persons in people.items():
        if len(persons[0].words) == 1:
            key = (alias_key(persons[0].words[0]), persons[0].country, persons[0].organisation)
            targets = by_surname.get(key, set())
            if len(targets) == 1:
                merged[actor_id] = next(iter(targets))
    groups: dict[str, list[Found]] = collections.defaultdict(list)
    for actor_id, persons in people.items():
        groups[merged.get(actor_id, actor_id)] += persons
    final = {}
    for actor_id, persons in groups.items():
        longest = max(len(p.words) for p in persons)
        names = collections.Counter(p.name for p in persons if len(name_words(p.name)) == longest)
        name = max(names, key=lambda n: (names[n], n))
        # A state the articles named outweighs the voice's default: "Special
        # Representative Liu Xiaoming" in a transcript is not the United States' when
        # another release says "PRC Special Representative ... Liu Xiaoming".
        stated = [p for p in persons if not p.voiced] or persons
        country = _most_common(p.country for p in stated)
        organisation = _most_common(p.organisation for p in stated) if country is None else None
        final_id = actor_id
        if final_id in dictionary_ids:
            final_id = f"{actor_id}-{(country or organisation or 'x').lower()}"
        final[actor_id] = (final_id, name, country, organisation)
    return {old: final[merged.get(old, old)] for old in people}


def _most_common(values) -> str | None:
    counts = collections.Counter(value for value in values if value)
    return max(counts, key=lambda value: (counts[value], value)) if counts else None
