"""The officials of one article: its titles read in order, its labels, its later surnames.

:class:`ArticleReader` goes through an article's rows in order. The chains that
:func:`~analysis.officials.candidates.known_chains` settled become officials as they are;
the other title words worth reading go through the grammar
(:meth:`~analysis.officials.grammar.Grammar.read`); speaker labels and later surnames are
taken for a person named before (:class:`~analysis.officials.people.Cast`).
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from analysis.officials.articles import ArticleItems, masked_text
from analysis.officials.context import Found, PassContext, found
from analysis.officials.grammar import AFFILIATION, PERSON, Reading
from analysis.officials.later import (
    find_later_mentions,
    full_name_before,
    glued_labels,
    read_label,
    title_words_between,
)
from analysis.officials.people import Cast, Person, key_of, name_words, slug, surname_words

__all__ = ["ArticleReader"]

_HEADS = frozenset({"President", "Prime Minister", "King", "Queen", "Emir", "Crown Prince"})
"""Heads of state or government: with no state named, the one state the article names
("President Iván Duque" in a message to Colombia). A minister without a state may serve
whoever meets that state ("Assistant Secretary for Africa Molly Phee met Kenya")."""
_COORDINATED = re.compile(r",? (?:and|et) ")
_SUFFIX = re.compile(r"(?:II|III|IV|Jr\.?|Sr\.?)")
_CAPITALISED_BEFORE = re.compile(r"([A-ZÀ-Þ][\w'’-]*) \Z")


def _same_office(earlier: str | None, title: str) -> bool:
    """Whether ``title`` repeats the start of the title an earlier mention gave ("Special
    Representative" after "ROK Special Representative for Korean Peninsula Affairs")."""
    return earlier is not None and f" {key_of(title)}" in f" {key_of(earlier)}"


def _word_before(text: str, position: int, titles) -> bool:
    """Whether a capitalised word is written just before, other than a function word: a
    demonym the dictionary lacks ("Armenian Ambassador") or a body ("Cabinet Secretary for
    Foreign Affairs Ambassador"), whose officials the voice must not take."""
    found = _CAPITALISED_BEFORE.search(text, max(0, position - 30), position)
    if not found:
        return False
    key = key_of(found.group(1))
    return key in titles.body_words or key not in titles.not_names


class ArticleReader:
    """Reads one article.

    Parameters
    ----------
    context : PassContext
    doc : int
        The article's code in the table's ``doc_id``.
    chains : dict of int to (int, int, int, int, int, int)
        Settled chains, by their first row: (first, title, last) rows, where the chain
        starts (a qualifier before may join it), where its title ends in the text, and the
        row of its person.
    reading : set of int
        Rows of title words worth reading.
    labels : set of int
        Rows of capitalised courtesy titles that may open a speaker label.
    byline : bool
        The article may open with a byline.
    glued : bool
        The article may hold a speaker label glued to the time of a briefing.
    """

    def __init__(self, context: PassContext, doc: int, chains: dict, reading: set,
                 labels: set, byline: bool, glued: bool = False):  # fmt: skip
        self.context, self.doc = context, doc
        self.text = context.texts[doc]
        self.first, stop = context.rows_of(doc)
        self.items = ArticleItems(
            context.starts[self.first : stop].tolist(),
            context.ends[self.first : stop].tolist(),
            context.types[self.first : stop].tolist(),
            list(range(self.first, stop)),
        )
        self.chains, self.reading, self.labels, self.byline = chains, reading, labels, byline
        self.glued = glued
        self.language = context.doc_languages[doc]
        self.cast = Cast()
        self.noted = 0
        self.absorbed_rows: list[int] = []
        self.spans: list[tuple[int, int]] = []
        self.last: Person | None = None
        self._sole: tuple[str | None] | None = None
        self._masked: str | None = None

    @property
    def masked(self) -> str:
        if self._masked is None:
            self._masked = masked_text(self.text, self.items)
        return self._masked

    def note_until(self, index: int) -> None:
        """Put in the cast the persons the dictionary finds before item ``index``."""
        items = self.items
        while self.noted < min(index, len(items.types)):
            if items.types[self.noted] == PERSON:
                row = items.rows[self.noted]
                self.cast.add(self.context.known_person(row, items.starts[self.noted]))
            self.noted += 1

    def read(self) -> list[Found]:
        """The officials of the article, in order, and their later mentions."""
        items, context = self.items, self.context
        officials: list[Found] = []
        taken_until = -1
        if self.byline:
            reading = context.grammar.read_byline(self.text, self.masked, items, self.language)
            official = reading and self._official(reading)
            if official is not None:
                officials.append(official)
                taken_until = official.end
        glued = glued_labels(self.text) if self.glued else []
        for index, row in enumerate(items.rows):
            start = items.starts[index]
            while glued and glued[0] <= start:
                official = self._glued_label(glued.pop(0), index, taken_until)
                if official is not None:
                    officials.append(official)
                    taken_until = official.end
            if start < taken_until:
                continue
            official = None
            if row in self.chains:
                official = self._chain(index, *self.chains[row])
            elif row in self.reading:
                self.note_until(index)
                reading = context.grammar.read(self.text, self.masked, items, index, self.language)
                if reading is not None:
                    official = self._official(reading)
                if official is None and self._upper(index):
                    official = self._label(index, courtesy=False)
            elif row in self.labels:
                self.note_until(index)
                official = self._label(index, courtesy=True)
            if official is not None:
                officials.append(official)
                taken_until = official.end
        for start in glued:
            official = self._glued_label(start, len(items.rows), taken_until)
            if official is not None:
                officials.append(official)
                taken_until = official.end
        if any(person.titled_end is not None for person in self.cast.people.values()):
            self.note_until(len(items.rows))
            officials += self._later(officials)
        return officials

    def _glued_label(self, start: int, index: int, taken_until: int) -> Found | None:
        """The label glued at ``start``, read once the persons before item ``index`` are in
        the cast."""
        if start < taken_until:
            return None
        self.note_until(index)
        return self._label(None, courtesy=True, start=start)

    def _upper(self, index: int) -> bool:
        word = self.text[self.items.starts[index] : self.items.ends[index]]
        return len(word) > 1 and word.isupper()

    def _chain(self, index: int, first: int, title: int, last: int, start: int,
               title_end: int, person_row: int) -> Found:  # fmt: skip
        """An official from a chain the table settled: its person is the dictionary's."""
        context, offset = self.context, self.first
        self.note_until(last - offset + 1)
        person = self.cast.people.get(context.value("actor_id", person_row))
        if person is None:
            person = self.cast.add(context.known_person(person_row, context.starts[person_row]))
        end = int(context.ends[last])
        title_text = " ".join(self.text[start:title_end].split())
        if person.title is None:
            person.title = title_text
        if person.titled_end is None:
            person.titled_end = end
        self.absorbed_rows += list(range(first, last + 1))
        self.spans.append((start, end))
        return found(self.doc, start, end, int(context.sentence_ids[first]), title_text, person)

    def _official(self, reading: Reading) -> Found | None:
        items, text = self.items, self.text
        overlapping = items.overlapping(reading.start, reading.end)
        if any(items.starts[i] < reading.start or items.ends[i] > reading.end for i in overlapping):
            return None
        if self.spans and reading.start < self.spans[-1][1]:
            return None
        title = " ".join(text[reading.title_start : reading.title_end].split()).rstrip(",")
        person = self._person(reading, title)
        if person is None:
            return None
        if person.titled_end is None:
            person.titled_end = reading.end
        self.absorbed_rows += [items.rows[i] for i in overlapping]
        self.spans.append((reading.start, reading.end))
        self.last = person
        row = items.rows[overlapping[0]] if overlapping else None
        sentence = int(self.context.sentence_ids[row]) if row is not None else -1
        return found(self.doc, reading.start, reading.end, sentence, title, person)

    def _person(self, reading: Reading, title: str) -> Person | None:
        items, context = self.items, self.context
        if reading.person is not None:
            self.note_until(reading.person + 1)
            person = self.cast.people[context.value("actor_id", items.rows[reading.person])]
            if person.title is None:
                person.title = title
            return person
        name = self.text[reading.name_start : reading.name_end]
        words = name_words(name)
        if not words:
            return None
        known = self._dictionary_name(words)
        if known is not None:
            if known.title is None:
                known.title = title
            return known
        country, organisation, voiced = self._affiliation(reading)
        if len(words) == 1:
            key = key_of(words[0])
            earlier = self.cast.by_surname(key, reading.start)
            if (
                earlier is not None
                and key in context.titles.common_surnames
                and (country or organisation)
                and (earlier.country, earlier.organisation) != (country, organisation)
                and not (voiced and _same_office(earlier.title, title))
            ):
                # "Ambassador Kim" (the voice's) after "Kim Jong-un": a common surname
                # is someone else's under another state's title, unless the voice's title
                # only repeats the office the article gave that person ("Special
                # Representative Noh" after "ROK Special Representative ... Noh Kyu-duk")
                earlier = None
            if earlier is None:
                earlier = self._dictionary_person(key, country, organisation)
            if earlier is None:
                # "Foreign Minister Joly": the one holder of that office with that surname
                # in the article's month; of the state named, if one is.
                roles = {form.role for form in reading.forms}
                stated = (None, None) if voiced else (country, organisation)
                earlier = context.office_holder(key, self.doc, roles, *stated)
                if earlier is not None:
                    earlier = self.cast.add(earlier)
            if earlier is None and voiced:
                # A surname the article gave before with another state's title ("New
                # Zealand Secretary of Foreign Affairs Chris Seed"): that state's, not the
                # voice's.
                earlier = self._named_before(words[0], reading.start, title)
            if earlier is not None:
                if earlier.title is None:
                    earlier.title = title
                return earlier
            if key in context.titles.common_surnames and not voiced:
                return None  # "President Kim": which one is unknown
        if country is None and organisation is None and not voiced:
            country, organisation = self._coordinated_affiliation(reading)
        if (
            country is None
            and organisation is None
            and not voiced
            and {form.role for form in reading.forms} <= _HEADS
        ):
            country = self._sole_state()
        if country is None and organisation is None:
            return None
        surname = " ".join(surname_words(words, country in context.titles.surname_first))
        person = Person(
            slug(name), name, words, surname, country, organisation, title, reading.start,
            voiced=voiced,
        )  # fmt: skip
        return self.cast.add(person)

    def _dictionary_name(self, words: list[str]) -> Person | None:
        """The dictionary's person whose name this is, written with an initial or a
        suffix the dictionary leaves out ("Lloyd J. Austin III")."""
        while len(words) > 1 and _SUFFIX.fullmatch(words[-1]):
            words = words[:-1]
        actor_id = self.context.leader_keys.get(key_of(" ".join(words)))
        row = self.context.person_rows.get(actor_id) if actor_id else None
        if row is None:
            return None
        person = self.cast.people.get(actor_id)
        return person if person is not None else self.cast.add(dataclasses.replace(row, roles=[]))

    def _dictionary_person(self, key: str, country, organisation) -> Person | None:
        """The one person of the dictionary with this surname, serving the same state."""
        ids = self.context.dictionary_surnames.get(key, set())
        if len(ids) != 1 or (country is None and organisation is None):
            return None
        actors = self.context.person_rows
        row = actors.get(next(iter(ids)))
        if row is None:
            return None
        if (row.country, row.organisation) != (country, organisation):
            return None
        return self.cast.add(dataclasses.replace(row, roles=[]))

    def _affiliation(self, reading: Reading) -> tuple[str | None, str | None, bool]:
        """The country and organisation the title gives, and whether they are the voice's
        default (no state named)."""
        context = self.context
        if reading.affiliation is not None:
            return (*self._item_affiliation(reading.affiliation), False)
        form = reading.forms[0]
        if not reading.fixed_country_dropped and (form.country or form.organisation):
            return form.country, form.organisation, False
        if (
            any(form.voice for form in reading.forms)
            and not _word_before(self.text, reading.title_start, context.titles)
            and not self._affiliation_before(reading.title_start)
        ):
            return (*context.voice, True)
        return None, None, False

    def _affiliation_before(self, position: int) -> bool:
        """Whether a state or organisation the dictionary finds is written right before
        ``position`` ("support for UN Special Envoy Geir Pedersen", where "for UN" reads
        as a post): the title is that body's, never the voice's."""
        items = self.items
        index = bisect.bisect_left(items.starts, position) - 1
        return (
            index >= 0
            and items.types[index] == AFFILIATION
            and items.ends[index] <= position
            and not self.text[items.ends[index] : position].strip()
        )

    def _coordinated_affiliation(self, reading: Reading) -> tuple[str | None, str | None]:
        """The state of the official read just before, when this title, naming none, is
        coordinated with it ("Panamanian President Laurentino Cortizo Cohen and Foreign
        Minister Erika Mouynes"); never the voice's, whose officials have titles of their
        own."""
        last = self.last
        if last is None or not _COORDINATED.fullmatch(self.text, self.spans[-1][1], reading.start):
            return None, None
        if (last.country, last.organisation) == tuple(self.context.voice or (None, None)):
            return None, None
        return last.country, last.organisation

    def _sole_state(self) -> str | None:
        """The one state the article names, the voice's apart: a head of state or government
        whose title names no state is its (see :data:`_HEADS`). None when the article names
        none or several."""
        if self._sole is None:
            voice = (self.context.voice or (None, None))[0]
            states = {
                self.context.value("actor_id", self.items.rows[index])
                for index in range(len(self.items.rows))
                if self.items.types[index] == AFFILIATION
                and self.context.value("actor_type", self.items.rows[index]) == "state"
            } - {voice}
            self._sole = (next(iter(states)),) if len(states) == 1 else (None,)
        return self._sole[0]

    def _item_affiliation(self, item: int) -> tuple[str | None, str | None]:
        """The country and organisation a state, organisation or institution item names."""
        context = self.context
        row = self.items.rows[item]
        actor_type = context.value("actor_type", row)
        if actor_type == "state":
            return context.value("actor_id", row), None
        if actor_type == "organisation":
            return None, context.value("organisation", row) or context.value("actor_id", row)
        country = context.value("country", row)
        return country, (None if country else context.value("organisation", row))

    def _named_before(self, surname: str, before: int, title: str) -> Person | None:
        """The person whose full name, ending with ``surname``, the article wrote before
        ``before`` right after a title that a state opens and the grammar did not read
        ("Portuguese MFA Political Director Rui Vinhas"): a person of that state."""
        not_given = self.context.alias_words | self.context.grammar.not_names
        found = full_name_before(self.text, surname, before, not_given)
        if found is None:
            return None
        name_start, name_end = found
        items = self.items
        index = bisect.bisect_left(items.starts, name_start) - 1
        while index >= 0 and not (
            items.types[index] == AFFILIATION and items.ends[index] <= name_start
        ):
            index -= 1
        if index < 0 or not title_words_between(self.text, items.ends[index], name_start):
            return None
        country, organisation = self._item_affiliation(index)
        if country is None and organisation is None:
            return None
        name = self.text[name_start:name_end]
        words = name_words(name)
        person = Person(slug(name), name, words, surname, country, organisation, title, name_start)
        return self.cast.add(person)

    def _label(self, index: int | None, courtesy: bool, start: int | None = None) -> Found | None:
        """The speaker label at item ``index``, or glued to what precedes it at ``start``
        (:func:`~analysis.officials.later.glued_labels`)."""
        items, text, context = self.items, self.text, self.context
        glued = index is None
        if not glued:
            start = items.starts[index]
        label = read_label(text, self.masked, start, context.grammar, courtesy, glued)
        if label is None:
            return None
        name_start = label.end - len(label.name)
        person_item = items.person_between(name_start, label.end)
        if person_item is not None:
            self.note_until(person_item + 1)
            person = self.cast.people.get(context.value("actor_id", items.rows[person_item]))
        else:
            person = self.cast.by_surname(key_of(label.name), label.start)
        label_title = " ".join(text[label.start : label.title_end].split())
        if person is None:
            # "MS PORTER:", "FOREIGN MINISTER JOLY:": the one office-holder of that surname
            # in the article's month (of that office, after a title).
            roles = None
            if not courtesy:
                forms = context.grammar.forms_of(label_title.lower(), self.language)
                roles = {form.role for form in forms}
            person = context.office_holder(key_of(label.name), self.doc, roles)
            if person is not None:
                person = self.cast.add(person)
        if person is None and not courtesy:
            person = self._label_official(label, label_title)
        if person is None or (courtesy and person.title is None):
            return None
        overlapping = items.overlapping(label.start, label.end)
        if any(items.starts[i] < label.start or items.ends[i] > label.end for i in overlapping):
            return None
        self.absorbed_rows += [items.rows[i] for i in overlapping]
        self.spans.append((label.start, label.end))
        title = person.title if courtesy else label_title
        sentence = -1 if glued else int(context.sentence_ids[items.rows[index]])
        return found(self.doc, label.start, label.end, sentence, title or "", person)

    def _label_official(self, label, title: str) -> Person | None:
        """A new official named by a label whose title is one of the voice's own."""
        context = self.context
        forms = context.grammar.forms_of(title.lower(), self.language)
        name = label.name.title()
        if not any(form.voice for form in forms) or key_of(name) in context.titles.common_surnames:
            return None
        if context.voice == (None, None):
            return None
        person = Person(
            slug(name), name, name_words(name), name, *context.voice, title, label.start,
            voiced=True,
        )  # fmt: skip
        return self.cast.add(person)

    def _later(self, officials: list[Found]) -> list[Found]:
        items, titles = self.items, self.context.titles
        occupied = [
            (start, end)
            for start, end, row in zip(items.starts, items.ends, items.rows, strict=True)
            if not self.context.is_title[row]
        ]
        occupied = sorted(occupied + [(official.start, official.end) for official in officials])
        later = find_later_mentions(
            self.text,
            self.cast,
            occupied,
            courtesy=self.context.grammar.courtesy_written,
            common_surnames=titles.common_surnames,
            not_names=titles.not_names | titles.body_words,
            dictionary_surnames=self.context.dictionary_surnames,
            dictionary_keys=self.context.dictionary_keys,
        )
        return [
            found(
                self.doc, mention.start, mention.end, -1, mention.person.title or "", mention.person
            )
            for mention in later
        ]
