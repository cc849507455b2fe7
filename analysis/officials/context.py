"""What the officials pass needs of the mention table, the corpus and the dictionary.

:class:`PassContext` holds the table's columns as numpy arrays and lists, the articles' texts
as they are needed, and what the dictionary says about names, so that the reader of each
article works on plain Python values.
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.actors import alias_key
from analysis.officials.grammar import AFFILIATION, PERSON, TITLE, grammar_of
from analysis.officials.holders import HELD_OFFICES, holder, holdings_by_surname
from analysis.officials.people import Person, dictionary_surnames, name_words, surname_words
from analysis.officials.titles import TITLE_ACTOR, Titles, title_keys

__all__ = ["AFFILIATED_TYPES", "Found", "PassContext", "found"]

AFFILIATED_TYPES = ("state", "organisation", "institution")
"""Actor types whose mention inside a title names whom the official serves."""

# Words a title's complements are made of, besides the titles' own words.
_GRAMMAR_WORDS = [
    "de",
    "du",
    "des",
    "d",
    "la",
    "le",
    "l",
    "les",
    "of",
    "for",
    "the",
    "to",
    "at",
    "in",
    "a",
    "au",
    "aux",
    "en",
    "pour",
    "aupres",
    "et",
    "and",
    "s",
]


class Found(NamedTuple):
    """One official mention found: its article (a code of the table's ``doc_id``), its
    span, its sentence (-1 when no absorbed row gave it), its title as written, and the
    person (plain values, so that worker processes send it back cheaply; ``voiced`` when
    the person's country is the voice's default, not a state the article named)."""

    doc: int
    start: int
    end: int
    sentence: int
    title: str
    known: bool
    actor_id: str
    name: str
    words: tuple[str, ...]
    country: str | None
    organisation: str | None
    voiced: bool = False


def found(doc: int, start: int, end: int, sentence: int, title: str, person: Person) -> Found:
    """A :class:`Found` for a person."""
    return Found(
        doc, start, end, sentence, title, person.known, person.actor_id, person.name,
        tuple(person.words), person.country, person.organisation, person.voiced,
    )  # fmt: skip


class _Keyed:
    """A dictionary or titles compared by their content's digest, as a cache key."""

    def __init__(self, value):
        self.value = value

    def __hash__(self) -> int:
        return hash(self.value.sha256)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Keyed) and other.value.sha256 == self.value.sha256


@dataclass(frozen=True)
class _Facts:
    surnames: dict
    keys: frozenset
    ids: frozenset
    words: frozenset
    persons: dict
    leaders: dict
    holdings: dict


@functools.lru_cache(maxsize=2)
def _facts(dictionary_key: _Keyed, titles_key: _Keyed) -> _Facts:
    """What the pass needs to know of a dictionary, worked out once per content."""
    dictionary, titles = dictionary_key.value, titles_key.value
    actors, aliases = dictionary.actors, dictionary.aliases
    affiliated = set(actors.loc[actors["actor_type"].isin(AFFILIATED_TYPES), "actor_id"])
    # Words of states, organisations and institutions (not of persons: a name is what the
    # reader looks for), of titles, and of their complements.
    words = (
        frozenset(
            word
            for alias in aliases.loc[aliases["actor_id"].isin(affiliated), "alias"].tolist()
            for word in alias_key(alias).split()
        )
        | titles.title_words
        | frozenset(_GRAMMAR_WORDS)
    )
    persons = {}
    rows = actors[actors["actor_type"] == "person"]
    for actor_id, name, country, organisation in zip(
        rows["actor_id"].tolist(), rows["actor_name"].tolist(), rows["country"].tolist(),
        rows["organisation"].tolist(), strict=True,
    ):  # fmt: skip
        country = None if pd.isna(country) else str(country)
        organisation = None if pd.isna(organisation) else str(organisation)
        names = name_words(str(name))
        surname = " ".join(surname_words(names, country in titles.surname_first))
        persons[str(actor_id)] = Person(
            str(actor_id),
            str(name),
            names,
            surname,
            country,
            organisation,
            None,
            -1,
            known=True,
        )
    leaders = aliases[aliases["kind"] == "leader"]
    return _Facts(
        leaders=dict(
            zip(
                [alias_key(alias) for alias in leaders["alias"].tolist()],
                leaders["actor_id"].astype(str).tolist(),
                strict=True,
            )
        ),
        surnames=dictionary_surnames(dictionary, titles.surname_first),
        keys=frozenset(alias_key(alias) for alias in aliases["alias"].tolist()),
        ids=frozenset(actors["actor_id"].tolist()),
        words=words,
        persons=persons,
        holdings=holdings_by_surname(dictionary, titles.surname_first),
    )


class PassContext:
    """The table, the corpus and the dictionary, as the officials pass reads them.

    Parameters
    ----------
    mentions : DataFrame
        The matcher's table, title words included.
    corpus : DataFrame
        The articles.
    dictionary : ActorDictionary
    titles : Titles
    voice : (str or None, str or None)
        The country and organisation of the corpus's voice.
    """

    def __init__(self, mentions, corpus, dictionary, titles: Titles, voice):
        self.mentions, self.corpus, self.titles = mentions, corpus, titles
        self.dictionary = dictionary
        self.grammar = grammar_of(titles)
        self.voice = voice
        self.doc_codes = mentions["doc_id"].cat.codes.to_numpy().astype(np.int64)
        self.starts = mentions["start"].to_numpy().astype(np.int64)
        self.ends = mentions["end"].to_numpy().astype(np.int64)
        self.sentence_ids = mentions["sentence_id"].to_numpy()
        self.columns = {
            name: (
                mentions[name].cat.codes.to_numpy(),
                [str(value) for value in mentions[name].cat.categories],
            )
            for name in ("actor_id", "actor_name", "actor_type", "country", "organisation", "alias")
        }
        codes, categories = self.columns["actor_id"]
        self.is_title = codes == categories.index(TITLE_ACTOR)
        type_codes, type_names = self.columns["actor_type"]
        lookup = np.array(
            [AFFILIATION if name in AFFILIATED_TYPES else PERSON if name == "person" else -1
             for name in type_names] + [-1],
            dtype=np.int8,
        )  # fmt: skip
        self.types = lookup[type_codes]
        self.types[self.is_title] = TITLE
        n_docs = len(mentions["doc_id"].cat.categories)
        self.doc_bounds = np.searchsorted(self.doc_codes, np.arange(n_docs + 1))
        doc_ids = [str(doc) for doc in mentions["doc_id"].cat.categories]
        self.doc_positions = pd.Index(corpus["doc_id"].astype("string")).get_indexer(doc_ids)
        languages = (
            corpus["language"].astype("string").fillna("").tolist() if "language" in corpus else []
        )
        self.doc_languages = [
            (languages[p] or None) if languages and p >= 0 else None for p in self.doc_positions
        ]
        months = corpus["month"].tolist() if "month" in corpus else []
        self.doc_months = [
            _month(months[p]) if months and p >= 0 else None for p in self.doc_positions
        ]
        facts = _facts(_Keyed(dictionary), _Keyed(titles))
        self.dictionary_surnames = facts.surnames
        self.dictionary_keys = facts.keys
        self.dictionary_ids = facts.ids
        self.alias_words = facts.words
        self.person_rows = facts.persons
        self.leader_keys = facts.leaders
        self.holdings = facts.holdings
        self.texts: dict[int, str] = {}
        self._known: dict[str, Person] = {}

    def value(self, column: str, row: int) -> str | None:
        """The value of a categorical column at a row, None when missing."""
        codes, names = self.columns[column]
        code = codes[row]
        return None if code < 0 else names[code]

    def load_texts(self, docs) -> None:
        """Turn the texts of these articles (codes of ``doc_id``) into Python strings."""
        docs = [doc for doc in docs if doc not in self.texts]
        if not docs:
            return
        positions = self.doc_positions[np.asarray(docs, dtype=np.int64)]
        found = positions >= 0
        column = self.text_array.take(pa.array(positions[found]))
        texts = [text or "" for text in column.to_pylist()]
        self.texts.update(zip(np.asarray(docs)[found].tolist(), texts, strict=True))

    @functools.cached_property
    def text_array(self) -> pa.Array:
        # One chunk: taking from an array of many chunks is many times slower.
        array = pa.array(self.corpus["text"].array)
        return array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array

    def rows_of(self, doc: int) -> tuple[int, int]:
        """The first and the last-plus-one row of an article."""
        return int(self.doc_bounds[doc]), int(self.doc_bounds[doc + 1])

    def known_person(self, row: int, first: int | None = None) -> Person:
        """The dictionary's person mentioned at a row: one object shared by every article,
        or, given ``first`` (where an article first names the person), the article's own."""
        actor_id = self.value("actor_id", row)
        person = self._known.get(actor_id)
        if person is None:
            name = self.value("actor_name", row) or actor_id
            country = self.value("country", row)
            words = name_words(name)
            surname = " ".join(surname_words(words, country in self.titles.surname_first))
            person = Person(
                actor_id, name, words, surname, country, self.value("organisation", row),
                None, -1, known=True,
            )  # fmt: skip
            self._known[actor_id] = person
        if first is None:
            return person
        own = copy.copy(person)
        own.first, own.roles = first, []
        return own

    @functools.cached_property
    def key_roles(self) -> dict[str, str]:
        """What each title key is (``head``, ``tail``, ``after``, ``courtesy``)."""
        return title_keys(self.titles, self.dictionary)

    def title_letters(self) -> np.ndarray:
        """Per row, the code letter of :data:`~analysis.officials.candidates.CODES` of a
        title row in its article's language (``x`` when no form of that language starts
        there), empty for other rows."""
        n = len(self.starts)
        letters = np.full(n, "", dtype="<U1")
        rows = np.flatnonzero(self.is_title)
        if not len(rows):
            return letters
        alias_codes, categories = self.columns["alias"]
        languages = np.array(
            [{"fr": 0, "en": 1}.get(language, 2) for language in self.doc_languages] + [2],
            dtype=np.int8,
        )
        # Per key and language (fr, en, either): its letter.
        table = np.full((len(categories) + 1, 3), "x", dtype="<U1")
        keys = {categories[code] for code in np.unique(alias_codes[rows])}
        for key in keys:
            role = self.key_roles.get(key)
            code = categories.index(key)
            if role == "tail":
                table[code] = "L"
            elif role == "after":
                table[code] = "M"
            elif role == "head":
                for language, index in (("fr", 0), ("en", 1)):
                    whole = any(f.language == language for f in self.titles.by_key.get(key, ()))
                    begins = any(
                        form.language == language and form.key.startswith(key + " ")
                        for form in self.titles.forms
                    )
                    table[code, index] = "T" if whole else "S" if begins else "x"
                either = table[code, :2]
                table[code, 2] = "T" if "T" in either else "S" if "S" in either else "x"
        letters[rows] = table[alias_codes[rows], languages[self.doc_codes[rows]]]
        return letters

    @functools.cached_property
    def form_languages(self) -> dict[str, frozenset[str]]:
        """The languages of each form key."""
        languages: dict[str, set[str]] = {}
        for form in self.titles.forms:
            languages.setdefault(form.key, set()).add(form.language)
        return {key: frozenset(value) for key, value in languages.items()}

    def office_holder(self, key: str, doc: int, roles=None, country=None, organisation=None):
        """The dictionary's person with the surname ``key`` who held an office in the
        article's month (see :mod:`~analysis.officials.holders`), as a new :class:`Person`
        of the article, or None.

        ``roles`` are the titles' roles (``Foreign Minister``): the office must be one they
        name, and None when they name none; without ``roles``, any office counts. Given a
        ``country`` or an ``organisation``, the person must serve it.
        """
        if key in self.titles.common_surnames:
            return None
        offices = None
        if roles is not None:
            offices = frozenset().union(*(HELD_OFFICES.get(role, ()) for role in roles))
            if not offices:
                return None
        found = holder(self.holdings, key, self.doc_months[doc], offices)
        row = self.person_rows.get(found.actor_id) if found else None
        if row is None or (
            (country or organisation) and (row.country, row.organisation) != (country, organisation)
        ):
            return None
        return _own(row, found.office)

    def courtesy_rows(self) -> np.ndarray:
        """Rows of the courtesy titles of speaker labels (``MR``), in English articles."""
        alias_codes, categories = self.columns["alias"]
        rows = np.flatnonzero(self.is_title)
        codes = [categories.index(k) for k, role in self.key_roles.items()
                 if role == "courtesy" and k in categories]  # fmt: skip
        rows = rows[np.isin(alias_codes[rows], codes)]
        french = np.array([language == "fr" for language in self.doc_languages] + [False])
        return rows[~french[self.doc_codes[rows]]].astype(np.int64)


def _own(person: Person, office: str) -> Person:
    """An article's own copy of a dictionary person, titled with the office held."""
    own = copy.copy(person)
    own.roles, own.title = [], office
    return own


def _month(value) -> str | None:
    """An article's month as "YYYY-MM", or None.

    >>> _month(pd.Period("2021-06", "M")), _month(pd.NaT), _month("2021-06-30")
    ('2021-06', None, '2021-06')
    """
    if value is None or pd.isna(value):
        return None
    try:
        return str(pd.Period(value, freq="M"))
    except (TypeError, ValueError):
        return None
