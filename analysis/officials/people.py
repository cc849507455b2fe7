"""The persons of one article, and what their names are called by later in it.

An article's :class:`Cast` is filled in reading order: each person the dictionary finds, and
each official a title names. A surname alone, a courtesy title and a surname, or a speaker
label is then taken for one of them only when exactly one person named earlier in the
article has that surname.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from analysis.actors import alias_key

__all__ = [
    "Cast",
    "Person",
    "dictionary_surnames",
    "key_of",
    "name_words",
    "slug",
    "surname_words",
]


@functools.lru_cache(maxsize=65536)
def key_of(text: str) -> str:
    """:func:`~analysis.actors.alias_key`, remembered: the same names and titles come back.

    >>> key_of("Le Drian")
    'le drian'
    """
    return alias_key(text)


_INITIAL = re.compile(r"^[^\W\d_]\.$")
PARTICLES = frozenset(
    {"de", "da", "das", "do", "dos", "del", "della", "di", "du", "des", "van", "von", "der",
     "den", "ter", "ten", "bin", "ibn", "bint", "al", "el", "la", "le", "zu", "af", "abu", "ben"}
)  # fmt: skip


def name_words(name: str) -> list[str]:
    """The words of a name as written, initials left out.

    >>> name_words("Antony J. Blinken")
    ['Antony', 'Blinken']
    """
    return [word for word in name.split() if not _INITIAL.match(word)]


def surname_words(words: list[str], surname_first: bool) -> list[str]:
    """The surname among the words of a name.

    The first word for persons named surname first (Wang Yi, Choi Jong-kun); else the
    last word with the particles before it (Le Drian, von der Leyen, bin Salman).

    >>> surname_words(["Jean-Yves", "Le", "Drian"], False), surname_words(["Wang", "Yi"], True)
    (['Le', 'Drian'], ['Wang'])
    """
    if not words:
        return []
    if surname_first and len(words) > 1:
        return words[:1]
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in PARTICLES:
        start -= 1
    return words[start:]


def slug(name: str) -> str:
    """The id proposed for a person the dictionary does not know: the name as a slug.

    >>> slug("Taro Kono"), slug("Linda Thomas-Greenfield"), slug("Antony J. Blinken")
    ('taro-kono', 'linda-thomas-greenfield', 'antony-blinken')
    """
    return "-".join(key_of(" ".join(name_words(name))).split())


@dataclass
class Person:
    """One person of an article.

    Attributes
    ----------
    actor_id : str
        The dictionary's id, or the proposed id of a new official.
    name : str
        The name as written (the dictionary's name for a known person).
    words : list of str
        Its words, initials left out.
    surname : str
        The surname as written.
    country, organisation : str or None
        Whom the person is an official of.
    title : str or None
        The title as written where the article first gives one, or None.
    first : int
        Where the article first names the person.
    titled_end : int or None
        Where that first titled mention ends.
    known : bool
        The dictionary knows the person.
    voiced : bool
        The country is the corpus's voice, given by a title that names no state ("Special
        Envoy Lenderking"), not one the article wrote.
    """

    actor_id: str
    name: str
    words: list[str]
    surname: str
    country: str | None
    organisation: str | None
    title: str | None
    first: int
    titled_end: int | None = None
    known: bool = False
    roles: list[str] = field(default_factory=list)
    surname_key: str = ""
    name_key: str = ""
    other_keys: frozenset[str] = frozenset()
    voiced: bool = False

    def __post_init__(self):
        self.surname_key = key_of(self.surname)
        self.name_key = key_of(self.name)
        surname = set(self.surname.split())
        self.other_keys = frozenset(
            key_of(word)
            for word in self.words
            if word not in surname and word.lower() not in PARTICLES and len(word) > 2
        )


class Cast:
    """The persons of one article, in the order it names them."""

    def __init__(self):
        self.people: dict[str, Person] = {}

    def add(self, person: Person) -> Person:
        """Add a person, or return the one already there with the same id."""
        found = self.people.get(person.actor_id)
        if found is None:
            self.people[person.actor_id] = person
            return person
        if found.title is None and person.title is not None:
            found.title = person.title
        if found.titled_end is None and person.titled_end is not None:
            found.titled_end = person.titled_end
        return found

    def by_surname(self, key: str, before: int) -> Person | None:
        """The one person named before ``before`` whose surname (or name) has this key;
        else the one whose other name word it is, for names whose surname is not the last
        word ("President Cortizo" after "President Laurentino Cortizo Cohen", "Vice
        Foreign Minister Mori" after "Vice Foreign Minister Mori Takeo")."""
        earlier = [person for person in self.people.values() if person.first < before]
        found = [person for person in earlier if key in (person.surname_key, person.name_key)]
        if not found:
            found = [person for person in earlier if key in person.other_keys]
        return found[0] if len(found) == 1 else None

    def sharing_surname(self, key: str) -> int:
        """How many persons of the article have this surname."""
        return sum(person.surname_key == key for person in self.people.values())


def dictionary_surnames(dictionary, surname_first: frozenset[str]) -> dict[str, set[str]]:
    """The persons of a dictionary by the key of their surname (and of one-word aliases).

    Examples
    --------
    >>> from analysis.actors import load_actors
    >>> surnames = dictionary_surnames(load_actors(), frozenset({"KOR", "PRK", "CHN"}))
    >>> sorted(surnames["austin"]), sorted(surnames["moon"])
    (['lloyd-austin'], ['moon-jae-in'])
    """
    actors = dictionary.actors
    persons = actors[actors["actor_type"] == "person"]
    surnames: dict[str, set[str]] = {}
    for actor_id, name, country in zip(
        persons["actor_id"].tolist(),
        persons["actor_name"].tolist(),
        persons["country"].tolist(),
        strict=True,
    ):
        words = surname_words(name_words(str(name)), str(country) in surname_first)
        surnames.setdefault(alias_key(" ".join(words)), set()).add(str(actor_id))
    aliases = dictionary.aliases
    leaders = aliases[aliases["kind"] == "leader"]
    for actor_id, alias in zip(
        leaders["actor_id"].tolist(), leaders["alias"].tolist(), strict=True
    ):
        key = alias_key(str(alias))
        if key and " " not in key:
            surnames.setdefault(key, set()).add(str(actor_id))
    return surnames
