"""The titles of officials, read from ``analysis/data/titles.yaml`` (its header documents it).

:func:`load_titles` reads the packaged file and, optionally, a user file layered over it;
:func:`matcher_aliases` turns the titles into the extra keys the mention matcher looks for,
so that finding the titles costs no second pass over the texts.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from analysis.actors import alias_key

__all__ = [
    "AFTER",
    "COURTESY",
    "HEAD",
    "LANGUAGES",
    "PACKAGED_TITLES",
    "TAIL",
    "TITLE_ACTOR",
    "TitleForm",
    "Titles",
    "TitlesError",
    "load_titles",
    "matcher_aliases",
    "resolve_titles",
    "title_keys",
]

PACKAGED_TITLES = Path(__file__).resolve().parents[1] / "data" / "titles.yaml"
"""The packaged titles file."""

LANGUAGES = ("fr", "en")
"""Languages a title form can be given in."""

TITLE_ACTOR = ""
"""The actor id the matcher gives the title keys: no actor of a dictionary has it."""

LABEL_COURTESY = ("MR", "MS", "MRS", "DR")
"""Courtesy titles of speaker labels (``MR PRICE:``), looked for with the titles."""

_TITLE_KEYS = ("role", "fr", "en", "voice", "country", "organisation")
_LIST_KEYS = ("qualifiers", "after_title", "courtesy")
_TOP_KEYS = (
    "version", "titles", "qualifiers", "past", "after_title", "courtesy", "not_names",
    "body_words", "surname_first", "common_surnames", "portfolio_ends",
)  # fmt: skip
_SETS = (
    "past", "not_names", "body_words", "surname_first", "common_surnames", "portfolio_ends",
)  # fmt: skip


class TitlesError(ValueError):
    """A titles file that cannot be read, or a value of the wrong kind (with file and line)."""


@dataclass(frozen=True)
class TitleForm:
    """One way of writing a title in one language.

    Attributes
    ----------
    text : str
        As written in the file (``ministre des Affaires étrangères``).
    key : str
        Its :func:`~analysis.actors.alias_key` (``ministre des affaires etrangeres``).
    language : str
        ``fr`` or ``en``.
    role : str
        The title in English (``Foreign Minister``).
    voice : bool
        Without a state named, the title counts for the corpus's voice.
    country, organisation : str or None
        The state or organisation the form names by itself.
    """

    text: str
    key: str
    language: str
    role: str
    voice: bool = False
    country: str | None = None
    organisation: str | None = None


@dataclass(frozen=True, eq=False)
class Titles:
    """Everything :mod:`analysis.officials` knows about titles and names.

    Word lists hold :func:`~analysis.actors.alias_key` forms, so that they compare as the
    matcher compares text. Build it with :func:`load_titles`.

    Attributes
    ----------
    forms : tuple of TitleForm
        Every form of every title.
    qualifiers, after_title, courtesy : dict of str to tuple of str
        By language: words before a title (``former``), after it (``par interim``), as
        keys; and courtesy titles, as written (``Mr.``, ``Mme``).
    past : frozenset of str
        Qualifiers that put a title in the past.
    not_names : frozenset of str
        Words never part of a name after a title.
    body_words : frozenset of str
        Words that make a run of capitalised words the name of a body (no name at all).
    surname_first : frozenset of str
        States whose persons are named surname first.
    common_surnames : frozenset of str
        Surnames that never count alone.
    portfolio_ends : frozenset of str
        Words that end a portfolio ("Affairs"): the capitalised words after them are a name.
    sources : tuple of Path
        The files read.
    """

    forms: tuple[TitleForm, ...]
    qualifiers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    after_title: dict[str, tuple[str, ...]] = field(default_factory=dict)
    courtesy: dict[str, tuple[str, ...]] = field(default_factory=dict)
    past: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    body_words: frozenset[str] = frozenset()
    surname_first: frozenset[str] = frozenset()
    common_surnames: frozenset[str] = frozenset()
    portfolio_ends: frozenset[str] = frozenset()
    sources: tuple[Path, ...] = ()

    @functools.cached_property
    def sha256(self) -> str:
        """SHA-256 of the content: part of the key of the compiled matcher and of caches."""
        content = {
            "forms": [list(vars(form).values()) for form in self.forms],
            **{
                name: {language: list(words) for language, words in getattr(self, name).items()}
                for name in _LIST_KEYS
            },
            **{name: sorted(getattr(self, name)) for name in _SETS},
        }
        return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()

    @functools.cached_property
    def by_key(self) -> dict[str, tuple[TitleForm, ...]]:
        """The forms of each key (one key can be a form of several titles or languages)."""
        forms: dict[str, list[TitleForm]] = {}
        for form in self.forms:
            forms.setdefault(form.key, []).append(form)
        return {key: tuple(found) for key, found in forms.items()}

    @functools.cached_property
    def title_words(self) -> frozenset[str]:
        """Every word of every form, qualifier and courtesy title."""
        words = {word for form in self.forms for word in form.key.split()}
        for name in _LIST_KEYS:
            for phrases in getattr(self, name).values():
                words.update(word for phrase in phrases for word in alias_key(phrase).split())
        return frozenset(words)

    def __repr__(self) -> str:
        return (
            f"Titles({len(self.forms)} forms, sha256={self.sha256[:12]}..., "
            f"sources={tuple(str(source) for source in self.sources)})"
        )


def load_titles(path: str | os.PathLike | None = None, *, extend: bool = True) -> Titles:
    """Read the titles: the packaged file, with a user file over it.

    Parameters
    ----------
    path : path, optional
        A file in the format of ``analysis/data/titles.yaml`` (see its header). With
        ``extend`` (the default) its titles and word lists are added to the packaged ones;
        without, it is used alone.
    extend : bool, default True
        Layer ``path`` over the packaged file.

    Returns
    -------
    Titles

    Raises
    ------
    FileNotFoundError
        If ``path`` does not exist.
    TitlesError
        If a file is not valid: the message names the file, the line and the field.

    Examples
    --------
    >>> titles = load_titles()
    >>> [form.role for form in titles.by_key["ministre des affaires etrangeres"]]
    ['Foreign Minister']
    >>> "kim" in titles.common_surnames
    True
    """
    files = [PACKAGED_TITLES] if extend or path is None else []
    if path is not None:
        file = Path(path)
        if not file.is_file():
            raise FileNotFoundError(f"{file}: no such titles file")
        if file.resolve() != PACKAGED_TITLES:
            files.append(file)
    # Keyed by modification time too, so that an edited file is read again.
    return _read_all(tuple((file, file.stat().st_mtime_ns) for file in files))


@functools.lru_cache(maxsize=8)
def _read_all(stamped: tuple[tuple[Path, int], ...]) -> Titles:
    files = tuple(file for file, _ in stamped)
    forms: list[TitleForm] = []
    lists: dict[str, dict[str, list[str]]] = {name: {} for name in _LIST_KEYS}
    sets: dict[str, set[str]] = {name: set() for name in _SETS}
    for file in files:
        _read_file(file, forms, lists, sets)
    return Titles(
        forms=tuple(forms),
        **{name: {k: tuple(v) for k, v in value.items()} for name, value in lists.items()},
        **{name: frozenset(value) for name, value in sets.items()},
        sources=files,
    )


def _read_file(file: Path, forms: list, lists: dict, sets: dict) -> None:
    try:
        root = yaml.compose(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise TitlesError(f"{file}: cannot read the titles ({error})") from None
    if root is None:
        return
    top = _mapping(root, file, "file")
    unknown = sorted(set(top) - set(_TOP_KEYS))
    if unknown:
        raise TitlesError(
            f"{file}:{_line(top[unknown[0]][0])}: unknown key(s) {', '.join(unknown)}; "
            f"known: {', '.join(_TOP_KEYS)}"
        )
    if "titles" in top:
        node = top["titles"][1]
        if not isinstance(node, yaml.SequenceNode):
            raise TitlesError(f"{file}:{_line(node)}: titles must be a list of mappings")
        for index, entry in enumerate(node.value):
            forms.extend(_title_forms(entry, file, f"titles[{index}]"))
    for name in _LIST_KEYS:
        if name in top:
            by_language = _mapping(top[name][1], file, name)
            for language, (key_node, value) in by_language.items():
                _check_language(language, key_node, file, name)
                words = _texts(value, file, f"{name}.{language}")
                # Courtesy titles are kept as written ("M." is not "m"); the others as keys.
                lists[name].setdefault(language, []).extend(
                    word if name == "courtesy" else alias_key(word) for word in words
                )
    for name in ("past", "surname_first"):
        if name in top:
            words = _texts(top[name][1], file, name)
            sets[name].update(word.upper() if name == "surname_first" else alias_key(word)
                              for word in words)  # fmt: skip
    for name in ("not_names", "body_words", "common_surnames", "portfolio_ends"):
        if name in top:
            node = top[name][1]
            groups = (
                [value for _, value in _mapping(node, file, name).values()]
                if isinstance(node, yaml.MappingNode)
                else [node]
            )
            for group in groups:
                sets[name].update(alias_key(word) for word in _texts(group, file, name))


def _title_forms(node: yaml.Node, file: Path, where: str) -> list[TitleForm]:
    entry = _mapping(node, file, where)
    unknown = sorted(set(entry) - set(_TITLE_KEYS))
    if unknown:
        raise TitlesError(
            f"{file}:{_line(entry[unknown[0]][0])}: {where}: unknown key(s) "
            f"{', '.join(unknown)}; known: {', '.join(_TITLE_KEYS)}"
        )
    if "role" not in entry:
        raise TitlesError(f"{file}:{_line(node)}: {where}: a title needs a role (its English name)")
    role = _text(entry["role"][1], file, f"{where}.role")
    voice = False
    if "voice" in entry:
        value = yaml.safe_load(yaml.serialize(entry["voice"][1]))
        if not isinstance(value, bool):
            raise TitlesError(
                f"{file}:{_line(entry['voice'][1])}: {where}.voice must be true/false"
            )
        voice = value
    country = _text(entry["country"][1], file, f"{where}.country") if "country" in entry else None
    organisation = (
        _text(entry["organisation"][1], file, f"{where}.organisation")
        if "organisation" in entry
        else None
    )
    forms = []
    for language in LANGUAGES:
        if language not in entry:
            continue
        for text in _texts(entry[language][1], file, f"{where}.{language}"):
            key = alias_key(text)
            if not key:
                raise TitlesError(
                    f"{file}:{_line(entry[language][1])}: {where}.{language}: the form "
                    f"{text!r} has no letter or digit"
                )
            forms.append(TitleForm(text, key, language, role, voice, country, organisation))
    if not forms:
        raise TitlesError(f"{file}:{_line(node)}: {where}: give the title's forms under fr or en")
    return forms


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _mapping(node: yaml.Node, file: Path, where: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        raise TitlesError(f"{file}:{_line(node)}: {where} must be a mapping")
    return {str(key.value): (key, value) for key, value in node.value}


def _check_language(language: str, node: yaml.Node, file: Path, where: str) -> None:
    if language not in LANGUAGES:
        raise TitlesError(
            f"{file}:{_line(node)}: {where}: unknown language {language!r}; "
            f"use {', '.join(LANGUAGES)}"
        )


def _text(node: yaml.Node, file: Path, where: str) -> str:
    if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
        raise TitlesError(f"{file}:{_line(node)}: {where} must be a non-empty text")
    return str(node.value).strip()


def _texts(node: yaml.Node, file: Path, where: str) -> list[str]:
    # Items are read as written: a bare "No" or "On" stays a word, not a boolean.
    if isinstance(node, yaml.ScalarNode):
        return [_text(node, file, where)]
    if not isinstance(node, yaml.SequenceNode):
        raise TitlesError(f"{file}:{_line(node)}: {where} must be a list of texts")
    return [_text(item, file, where) for item in node.value]


HEAD, TAIL, AFTER, COURTESY = "head", "tail", "after", "courtesy"
"""What a title key is: the start of a form (``ministre``, ``secretary of``), the end of one
written after a demonym (``des affaires etrangeres``), a word written after a title
(``sortant``), or the courtesy title of a speaker label (``mr``)."""

_PREPOSITIONS = frozenset({"de", "du", "des", "d", "of", "for"})
_ARTICLES = frozenset({"la", "le", "l", "les", "the"})


def title_keys(titles: Titles, dictionary) -> dict[str, str]:
    """The keys the matcher looks for, each with what it is (:data:`HEAD`, :data:`TAIL`...).

    Each form is looked for from its first word, and its end (from its first preposition:
    ``des Affaires étrangères``) on its own, so that a demonym written inside it ("ministre
    japonais des Affaires étrangères") leaves both parts to be found. A key is cut before
    any word at which an alias or exclusion of the dictionary could start inside it
    (``secrétaire d'État`` is looked for as ``secrétaire d``, because ``État de
    Washington`` starts at ``État``), so that a title never hides an alias: the matcher's
    longest-match rule would otherwise let the title win; the rest is read from the text.

    Examples
    --------
    >>> from analysis.actors import load_actors
    >>> keys = title_keys(load_titles(), load_actors())
    >>> keys["secretaire general"], keys["des affaires etrangeres"], keys["sortant"], keys["mr"]
    ('head', 'tail', 'after', 'courtesy')
    """
    prefixes, wholes = _alias_prefixes(dictionary)

    def cut(words: list[str]) -> list[str]:
        # Shorten the key until none of its ends starts an alias or holds a whole one.
        shortened = True
        while shortened:
            shortened = False
            for start in range(1, len(words)):
                tail = words[start:]
                if " ".join(tail) in prefixes or any(
                    " ".join(tail[:length]) in wholes for length in range(1, len(tail) + 1)
                ):
                    words, shortened = words[:start], True
                    break
        return words

    keys: dict[str, str] = {}
    for form in titles.forms:
        words = form.key.split()
        keys[" ".join(cut(words))] = HEAD
    for form in titles.forms:
        words = form.key.split()
        for start in range(1, len(words)):
            if words[start] in _PREPOSITIONS:
                tail = cut(words[start:])
                if set(tail) - _PREPOSITIONS - _ARTICLES:
                    keys.setdefault(" ".join(tail), TAIL)
                break
    for phrases in titles.after_title.values():
        for phrase in phrases:
            keys.setdefault(" ".join(cut(phrase.split())), AFTER)
    for courtesy in LABEL_COURTESY:
        keys.setdefault(courtesy.lower(), COURTESY)
    return keys


def resolve_titles(officials: bool | str | os.PathLike | Titles | None) -> Titles | None:
    """The titles ``find_mentions(officials=...)`` asks for.

    ``True``: the packaged titles; ``False`` or ``None``: none (no officials pass); a path:
    that file over the packaged titles; a :class:`Titles`: itself.

    Examples
    --------
    >>> resolve_titles(False) is None, isinstance(resolve_titles(True), Titles)
    (True, True)
    """
    if officials is None or officials is False:
        return None
    if officials is True:
        return load_titles()
    if isinstance(officials, Titles):
        return officials
    return load_titles(officials)


def matcher_aliases(titles: Titles, dictionary) -> pd.DataFrame:
    """The keys of :func:`title_keys` as rows of the matcher's alias table.

    Parameters
    ----------
    titles : Titles
    dictionary : ActorDictionary
        The dictionary the matcher is compiled from.

    Returns
    -------
    DataFrame
        ``actor_id`` (:data:`TITLE_ACTOR`), ``alias`` (the key), ``kind`` (``title``),
        ``case_sensitive``, ``source``: rows to add to the dictionary's aliases.

    Examples
    --------
    >>> from analysis.actors import load_actors
    >>> keys = set(matcher_aliases(load_titles(), load_actors())["alias"])
    >>> "secretaire general" in keys, "foreign minister" in keys, "mr" in keys
    (True, True, True)
    """
    aliases = list(title_keys(titles, dictionary))
    return pd.DataFrame(
        {
            "actor_id": pd.array([TITLE_ACTOR] * len(aliases), dtype="string"),
            "alias": pd.array(aliases, dtype="string"),
            "kind": pd.array(["title"] * len(aliases), dtype="string"),
            "case_sensitive": [False] * len(aliases),
            "source": pd.array(["titles"] * len(aliases), dtype="string"),
        }
    )


def _alias_prefixes(dictionary) -> tuple[set[str], set[str]]:
    """The word prefixes of every alias and exclusion key, and the keys themselves."""
    keys = {alias_key(alias) for alias in dictionary.aliases["alias"].tolist()}
    keys |= {alias_key(phrase) for phrase in dictionary.exclusions["phrase"].tolist()}
    keys.discard("")
    prefixes = set()
    for key in keys:
        words = key.split()
        prefixes.update(" ".join(words[:length]) for length in range(1, len(words) + 1))
    return prefixes, keys
