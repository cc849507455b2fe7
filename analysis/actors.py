"""The actor dictionary: who can be mentioned in the coverage, and the phrases that name them.

The packaged dictionary (``analysis/data/actors.yaml``, documented by the comments at its
top) lists every sovereign state, the main international organisations, institutions and
persons of diplomatic coverage, each with its aliases. States also receive their country
names from CLDR (through Babel) in the locales the file names. A user file in the same
format can extend or override it.

Public API
----------
``load_actors(path=None, *, extend=True)``
    Read, merge and validate dictionaries into an :class:`ActorDictionary` of three tables.
``check_actors(path, *, extend=True)``
    Every :class:`Problem` of a dictionary file, with its line, without raising.
``alias_key(text)``
    The comparison the matcher applies to aliases: two aliases with the same key are the
    same phrase for it.
``actors_command(argv)``
    ``python -m analysis actors``: check a file, summarise or list a dictionary.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import functools
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import babel
import pandas as pd
import yaml

from analysis import config
from analysis.text import fold

__all__ = [
    "ACTOR_TYPES",
    "ALIAS_KINDS",
    "KINDS_BY_TYPE",
    "ActorDictionary",
    "ActorDictionaryError",
    "Problem",
    "actors_command",
    "alias_key",
    "check_actors",
    "load_actors",
]

ALIAS_KINDS = ("name", "demonym", "capital", "institution", "leader", "epithet")
ACTOR_TYPES = ("state", "person", "organisation", "institution")

#: The alias kinds expected for each actor type; other kinds load, with a warning.
KINDS_BY_TYPE = {
    "state": ("name", "demonym", "capital", "epithet"),
    "person": ("leader", "epithet"),
    "organisation": ("name", "epithet"),
    "institution": ("institution", "epithet"),
}

DEFAULT_SOURCE = "default"
CLDR_SOURCE = "cldr"
ISO3166_TABLE = config.PACKAGE_DIR / "data" / "iso3166.csv"

_TOP_LEVEL_KEYS = (
    "version",
    "cldr_locales",
    "exclusions",
    "remove_exclusions",
    "actors",
    "remove_actors",
)
_ACTOR_KEYS = (
    "id",
    "name",
    "type",
    "country",
    "organisation",
    "cldr",
    "roles",
    "aliases",
    "remove_aliases",
    "replace",
)
_ROLE_KEYS = ("title", "from", "to")
_ALIAS_OPTION_KEYS = ("text", "case_sensitive")
_EXCLUSION_KEYS = ("phrase", "case_sensitive")
_SUPPORTED_VERSION = 1
# The order of the rows of ActorDictionary.actors.
_TYPE_ORDER = {"state": 0, "organisation": 1, "institution": 2, "person": 3}

_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_ID_PATTERNS = {
    "state": (re.compile(r"[A-Z]{3}"), "an ISO 3166-1 alpha-3 code such as PRK"),
    "organisation": (re.compile(r"[A-Z][A-Z0-9]*"), "an upper-case acronym such as NATO"),
    "person": (re.compile(r"[a-z0-9]+(-[a-z0-9]+)*"), "a lower-case slug such as kim-jong-un"),
    "institution": (re.compile(r"[a-z0-9]+(-[a-z0-9]+)*"), "a lower-case slug such as kcna"),
}
# CLDR writes "Trinidad & Tobago"; news write the conjunction. Locales missing here have
# their "&" names skipped.
_CONJUNCTIONS = {"en": "and", "fr": "et"}

_WHITESPACE = re.compile(r"\s+")
_ELIDED_ARTICLE = re.compile(r"[LlDd]['’]\w")
# libyaml, when installed, composes the packaged file several times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def alias_key(text: str) -> str:
    """Reduce an alias or a phrase to the form under which the matcher compares it.

    The matcher ignores case, accents and every character that is not a letter or a digit
    (apostrophes, hyphens, full stops), and matches whole words. The key is the matcher's
    own folding (:func:`analysis.text.fold`) with runs of spaces made one, so that two
    aliases with equal keys are the same phrase for the matcher.

    Parameters
    ----------
    text : str
        An alias, an exclusion phrase or any text.

    Returns
    -------
    str
        The key; aliases with equal keys match the same words (case-sensitive aliases
        further require the same letters in the same case).

    Examples
    --------
    >>> alias_key("Corée-du-Nord")
    'coree du nord'
    >>> alias_key("Quai d’Orsay") == alias_key("QUAI D'ORSAY") == "quai d orsay"
    True
    >>> alias_key("  Sergueï   Choïgou ")
    'serguei choigou'
    >>> alias_key("U.S.")
    'u s'
    """
    return " ".join(fold(text).split())


def case_letters(text: str) -> str:
    """The letters and digits of a text, accents removed and case kept.

    Case-sensitive aliases match text with the same letters in the same case.

    Examples
    --------
    >>> case_letters("U.S.") == case_letters("US") != case_letters("us")
    True
    """
    return "".join(c for c in unicodedata.normalize("NFD", text) if c.isalnum())


@dataclass(frozen=True)
class Problem:
    """One thing wrong (``error``) or doubtful (``warning``) in an actor dictionary file.

    Attributes
    ----------
    path : Path
        The file.
    line : int or None
        The line (1-based), or None when the problem concerns the whole file.
    field : str
        Where in the file: ``PRK.aliases.demonym``, ``exclusions[2]``, ``yaml``...
    message : str
        What is wrong and what to do.
    severity : str
        ``"error"`` (the dictionary cannot be loaded) or ``"warning"``.

    Examples
    --------
    >>> print(Problem(Path("mine.yaml"), 12, "PRK.type", "unknown type 'country'", "error"))
    mine.yaml:12: error: PRK.type: unknown type 'country'
    """

    path: Path
    line: int | None
    field: str
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else f"{self.path}"
        return f"{where}: {self.severity}: {self.field}: {self.message}"


class ActorDictionaryError(ValueError):
    """An actor dictionary has errors; ``problems`` lists them, each with its file and line."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        lines = "\n".join(f"  {problem}" for problem in problems)
        super().__init__(
            f"the actor dictionary has {len(problems)} error(s); fix them, then run "
            f"`python -m analysis actors --check FILE` to confirm:\n{lines}"
        )


@dataclass(frozen=True, eq=False)
class ActorDictionary:
    """A resolved actor dictionary: every layer merged and the CLDR names added.

    Attributes
    ----------
    actors : pandas.DataFrame
        One row per actor, ordered by type (state, organisation, institution, person) then
        id. Columns: ``actor_id``, ``actor_name``, ``actor_type`` (one of
        :data:`ACTOR_TYPES`), ``country`` (ISO alpha-3 id of a state, or <NA>),
        ``organisation`` (id of an organisation, or <NA>), all ``string``; ``roles``
        (``object``: a list of ``{"title", "from", "to"}`` dicts, months as ``"YYYY-MM"``,
        ``"to"`` None while held); ``source`` (``string``: ``"default"`` or the name of the
        user file that defined or last changed the actor).
    aliases : pandas.DataFrame
        One row per alias: ``actor_id``, ``alias`` (as written), ``kind`` (one of
        :data:`ALIAS_KINDS`), all ``string``; ``case_sensitive`` (``bool``); ``source``
        (``string``: ``"default"``, ``"cldr"`` or the user file name).
    exclusions : pandas.DataFrame
        Phrases in which aliases never count: ``phrase`` (``string``), ``case_sensitive``
        (``bool``).
    sha256 : str
        Hash of the resolved content, the same on every machine, for manifests.
    sources : tuple of Path
        The files read, the packaged dictionary first.

    Examples
    --------
    >>> actors = load_actors()
    >>> actors.actor("white-house")[["actor_type", "country"]].tolist()
    ['institution', 'USA']
    >>> actors.roles_on("shoigu", "2023-07")
    ['Minister of Defence of Russia']
    """

    actors: pd.DataFrame
    aliases: pd.DataFrame
    exclusions: pd.DataFrame
    sha256: str
    sources: tuple[Path, ...]

    def __repr__(self) -> str:
        return (
            f"ActorDictionary({len(self.actors)} actors, {len(self.aliases)} aliases, "
            f"{len(self.exclusions)} exclusions, sha256={self.sha256[:12]}..., "
            f"sources={tuple(str(source) for source in self.sources)})"
        )

    def actor(self, actor_id: str) -> pd.Series:
        """The row of one actor.

        Parameters
        ----------
        actor_id : str
            An id of the ``actors`` table, such as ``"PRK"`` or ``"kim-jong-un"``.

        Returns
        -------
        pandas.Series
            The actor's row, named by its id, indexed by the ``actors`` columns.

        Raises
        ------
        KeyError
            If no actor has this id.

        Examples
        --------
        >>> load_actors().actor("PRK")["actor_name"]
        'North Korea'
        """
        rows = self.actors.loc[self.actors["actor_id"] == actor_id]
        if rows.empty:
            raise KeyError(
                f"no actor has the id {actor_id!r}; the ids are in the actor_id column of "
                f"ActorDictionary.actors (ids are case-sensitive: PRK, kim-jong-un)"
            )
        row = rows.iloc[0]
        row.name = actor_id
        return row

    def roles_on(self, actor_id: str, month: pd.Period | str) -> list[str]:
        """The titles an actor held during a month.

        Parameters
        ----------
        actor_id : str
            The actor's id.
        month : pandas.Period or str
            The month, as a monthly Period or a ``"YYYY-MM"`` string. A role counts when
            the month lies between its ``from`` and ``to`` months, both included.

        Returns
        -------
        list of str
            The titles, in the order of the dictionary; empty if none (or not a person).

        Examples
        --------
        >>> actors = load_actors()
        >>> actors.roles_on("putin", pd.Period("2010-03", freq="M"))
        ['Prime Minister of Russia']
        >>> actors.roles_on("moon-jae-in", "2023-01")
        []
        """
        wanted = pd.Period(month, freq="M")
        titles = []
        for role in self.actor(actor_id)["roles"]:
            start = pd.Period(role["from"], freq="M")
            end = pd.Period(role["to"], freq="M") if role["to"] else None
            if start <= wanted and (end is None or wanted <= end):
                titles.append(role["title"])
        return titles


# --------------------------------------------------------------------------------------
# Reading one file: YAML nodes -> plain records, with the line of everything
# --------------------------------------------------------------------------------------


@dataclass
class _Report:
    """Collects the problems of one file."""

    path: Path
    problems: list[Problem] = field(default_factory=list)

    def error(self, line: int | None, where: str, message: str) -> None:
        self.problems.append(Problem(self.path, line, where, message, "error"))

    def warning(self, line: int | None, where: str, message: str) -> None:
        self.problems.append(Problem(self.path, line, where, message, "warning"))


@dataclass
class _AliasEntry:
    text: str
    kind: str
    case_sensitive: bool
    line: int


@dataclass
class _ActorEntry:
    line: int
    actor_id: str
    fields: dict[str, object] = field(default_factory=dict)
    field_lines: dict[str, int] = field(default_factory=dict)
    aliases: list[_AliasEntry] = field(default_factory=list)
    remove_aliases: list[tuple[str, int]] = field(default_factory=list)
    replace: bool = False
    # Fields given with a value already reported as wrong.
    invalid: set[str] = field(default_factory=set)


@dataclass
class _Layer:
    path: Path
    source: str
    cldr_locales: tuple[str, ...] | None = None
    exclusions: list[tuple[str, bool, int]] = field(default_factory=list)
    remove_exclusions: list[tuple[str, int]] = field(default_factory=list)
    remove_actors: list[tuple[str, int]] = field(default_factory=list)
    actors: list[_ActorEntry] = field(default_factory=list)


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return repr(node.value)


def _scalar(node: yaml.Node) -> object:
    """The Python value of a scalar node (its YAML type resolved); lists and mappings as-is."""
    if not isinstance(node, yaml.ScalarNode):
        return node
    return yaml.constructor.SafeConstructor().construct_object(node)


def _unknown_key_message(key: str, known: tuple[str, ...], where: str) -> str:
    close = difflib.get_close_matches(key, known, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"unknown key {key!r} in {where}; {hint}known keys: {', '.join(known)}"


def _mapping_items(
    node: yaml.MappingNode, report: _Report, where: str
) -> list[tuple[str, yaml.Node, int]]:
    """The (key, value node, line) of a mapping; reports non-text and repeated keys."""
    items = []
    seen: dict[str, int] = {}
    for key_node, value_node in node.value:
        key = _scalar(key_node)
        line = _line(key_node)
        if not isinstance(key, str):
            report.error(line, where, f"key {_describe(key_node)} is not text; quote it")
            continue
        if key in seen:
            report.error(
                line, f"{where}.{key}", f"key given twice (first on line {seen[key]}); keep one"
            )
            continue
        seen[key] = line
        items.append((key, value_node, line))
    return items


def _text(node: yaml.Node, report: _Report, where: str, *, what: str) -> str | None:
    """A non-empty text value, or None after reporting why not."""
    value = _scalar(node)
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, str) or value is None:
        report.error(_line(node), where, f"empty {what}; write the {what} or remove the line")
    else:
        report.error(
            _line(node),
            where,
            f"{what} must be text, not {_describe(node)}; put it in quotes",
        )
    return None


def _boolean(node: yaml.Node, report: _Report, where: str) -> bool | None:
    value = _scalar(node)
    if isinstance(value, bool):
        return value
    report.error(_line(node), where, f"expected true or false, not {_describe(node)}")
    return None


def _text_list(node: yaml.Node, report: _Report, where: str, *, what: str) -> list[tuple[str, int]]:
    if not isinstance(node, yaml.SequenceNode):
        report.error(_line(node), where, f"expected a list such as [a, b], not {_describe(node)}")
        return []
    values = []
    for index, item in enumerate(node.value):
        text = _text(item, report, f"{where}[{index}]", what=what)
        if text is not None:
            values.append((text, _line(item)))
    return values


def _month(node: yaml.Node, report: _Report, where: str) -> str | None:
    value = _scalar(node)
    if isinstance(value, str) and _MONTH.fullmatch(value.strip()):
        return value.strip()
    written = value if isinstance(node, yaml.ScalarNode) else _describe(node)
    report.error(
        _line(node), where, f"bad date {written}: write the month as YYYY-MM (for example 2022-05)"
    )
    return None


def _parse_roles(node: yaml.Node, report: _Report, where: str) -> list[dict] | None:
    if not isinstance(node, yaml.SequenceNode):
        report.error(
            _line(node), where, "roles must be a list of {title: ..., from: YYYY-MM, to: YYYY-MM}"
        )
        return None
    roles = []
    for index, role_node in enumerate(node.value):
        role_where = f"{where}[{index}]"
        if not isinstance(role_node, yaml.MappingNode):
            report.error(
                _line(role_node),
                role_where,
                "each role must be a mapping {title: ..., from: YYYY-MM, to: YYYY-MM}",
            )
            continue
        role: dict[str, object] = {"title": None, "from": None, "to": None}
        valid = True
        for key, value_node, line in _mapping_items(role_node, report, role_where):
            if key not in _ROLE_KEYS:
                report.error(line, role_where, _unknown_key_message(key, _ROLE_KEYS, "a role"))
                valid = False
            elif key == "title":
                role["title"] = _text(value_node, report, f"{role_where}.title", what="title")
                valid &= role["title"] is not None
            elif key == "to" and _scalar(value_node) is None:
                role["to"] = None
            else:
                role[key] = _month(value_node, report, f"{role_where}.{key}")
                valid &= role[key] is not None
        if valid and role["title"] is None:
            report.error(_line(role_node), role_where, "a role needs a title")
            valid = False
        if valid and role["from"] is None:
            report.error(_line(role_node), role_where, "a role needs a start month: from: YYYY-MM")
            valid = False
        if valid and role["to"] is not None and role["to"] < role["from"]:
            report.error(
                _line(role_node),
                role_where,
                f"the role ends ({role['to']}) before it starts ({role['from']}); swap them",
            )
            valid = False
        if valid:
            roles.append(role)
    return roles


def _parse_alias(node: yaml.Node, kind: str, report: _Report, where: str) -> _AliasEntry | None:
    if isinstance(node, yaml.MappingNode):
        items = _mapping_items(node, report, where)
        keys = [key for key, _, _ in items]
        if "text" not in keys:
            hint = (
                f"write {{text: {keys[0]}, case_sensitive: true}}"
                if len(keys) == 1
                else "write {text: ..., case_sensitive: true}"
            )
            report.error(_line(node), where, f"an alias with options needs a text key; {hint}")
            return None
        text, case_sensitive, valid = None, False, True
        for key, value_node, line in items:
            if key == "text":
                text = _text(value_node, report, where, what="alias")
            elif key == "case_sensitive":
                flag = _boolean(value_node, report, f"{where}.case_sensitive")
                valid &= flag is not None
                case_sensitive = bool(flag)
            else:
                report.error(line, where, _unknown_key_message(key, _ALIAS_OPTION_KEYS, "an alias"))
                valid = False
        if text is None or not valid:
            return None
    else:
        text = _text(node, report, where, what="alias")
        case_sensitive = False
        if text is None:
            return None
    if not alias_key(text):
        report.error(_line(node), where, f"alias {text!r} has no letters or digits")
        return None
    if _ELIDED_ARTICLE.match(text):
        report.warning(
            _line(node),
            where,
            f"{text!r} starts with an elided article; the matcher already accepts l' and d' "
            f"before an alias, so drop it",
        )
    return _AliasEntry(text, kind, case_sensitive, _line(node))


def _parse_aliases(node: yaml.Node, entry: _ActorEntry, report: _Report, where: str) -> None:
    if not isinstance(node, yaml.MappingNode):
        report.error(
            _line(node),
            where,
            f"aliases must be a mapping from kind to list (name: [...]), not {_describe(node)}",
        )
        return
    for kind, list_node, line in _mapping_items(node, report, where):
        kind_where = f"{where}.{kind}"
        if kind not in ALIAS_KINDS:
            close = difflib.get_close_matches(kind, ALIAS_KINDS, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            report.error(
                line,
                kind_where,
                f"unknown alias kind {kind!r}; {hint}use one of {', '.join(ALIAS_KINDS)}",
            )
            continue
        if not isinstance(list_node, yaml.SequenceNode):
            report.error(
                _line(list_node),
                kind_where,
                f"expected a list such as [a, b], not {_describe(list_node)}",
            )
            continue
        for index, item in enumerate(list_node.value):
            alias = _parse_alias(item, kind, report, f"{kind_where}[{index}]")
            if alias is not None:
                entry.aliases.append(alias)


def _parse_actor(node: yaml.Node, index: int, report: _Report) -> _ActorEntry | None:
    where = f"actors[{index}]"
    if not isinstance(node, yaml.MappingNode):
        report.error(
            _line(node), where, "each actor must be a mapping with at least id, name and type"
        )
        return None
    items = _mapping_items(node, report, where)
    id_nodes = [value for key, value, _ in items if key == "id"]
    if not id_nodes:
        report.error(_line(node), where, "missing id; every actor needs an id")
        return None
    actor_id = _text(id_nodes[0], report, f"{where}.id", what="id")
    if actor_id is None:
        return None
    entry = _ActorEntry(line=_line(node), actor_id=actor_id)
    for key, value_node, line in items:
        key_where = f"{actor_id}.{key}"
        if key not in _ACTOR_KEYS:
            report.error(line, actor_id, _unknown_key_message(key, _ACTOR_KEYS, "an actor"))
        elif key == "id":
            continue
        elif key in ("name", "type"):
            value = _text(value_node, report, key_where, what=key)
            if key == "type" and value is not None and value not in ACTOR_TYPES:
                report.error(
                    line,
                    key_where,
                    f"unknown type {value!r}; use one of {', '.join(ACTOR_TYPES)}",
                )
                value = None
            if value is not None:
                entry.fields[key], entry.field_lines[key] = value, line
            else:
                entry.invalid.add(key)
        elif key in ("country", "organisation"):
            if _scalar(value_node) is None:
                entry.fields[key], entry.field_lines[key] = None, line
            else:
                value = _text(value_node, report, key_where, what=key)
                if value is not None:
                    entry.fields[key], entry.field_lines[key] = value, line
        elif key in ("cldr", "replace"):
            flag = _boolean(value_node, report, key_where)
            if flag is not None and key == "cldr":
                entry.fields["cldr"], entry.field_lines["cldr"] = flag, line
            elif flag is not None:
                entry.replace = flag
        elif key == "roles":
            roles = _parse_roles(value_node, report, key_where)
            if roles is not None:
                entry.fields["roles"], entry.field_lines["roles"] = roles, line
        elif key == "aliases":
            _parse_aliases(value_node, entry, report, key_where)
        else:  # remove_aliases
            entry.remove_aliases = _text_list(value_node, report, key_where, what="alias")
    return entry


def _parse_exclusions(node: yaml.Node, layer: _Layer, report: _Report) -> None:
    if not isinstance(node, yaml.SequenceNode):
        report.error(
            _line(node), "exclusions", "exclusions must be a list of {phrase: ...} mappings"
        )
        return
    for index, item in enumerate(node.value):
        where = f"exclusions[{index}]"
        if not isinstance(item, yaml.MappingNode):
            phrase = _text(item, report, where, what="phrase")
            if phrase is not None:
                layer.exclusions.append((phrase, False, _line(item)))
            continue
        phrase, case_sensitive, valid = None, False, True
        for key, value_node, line in _mapping_items(item, report, where):
            if key == "phrase":
                phrase = _text(value_node, report, f"{where}.phrase", what="phrase")
                valid &= phrase is not None
            elif key == "case_sensitive":
                flag = _boolean(value_node, report, f"{where}.case_sensitive")
                valid &= flag is not None
                case_sensitive = bool(flag)
            else:
                report.error(
                    line, where, _unknown_key_message(key, _EXCLUSION_KEYS, "an exclusion")
                )
                valid = False
        if valid and phrase is None:
            report.error(_line(item), where, "an exclusion needs a phrase: - phrase: ...")
        elif valid:
            layer.exclusions.append((phrase, case_sensitive, _line(item)))


def _parse_locales(node: yaml.Node, report: _Report) -> tuple[str, ...] | None:
    locales = []
    for locale, line in _text_list(node, report, "cldr_locales", what="locale"):
        try:
            babel.Locale.parse(locale)
        except (ValueError, babel.UnknownLocaleError):
            report.error(
                line, "cldr_locales", f"unknown locale {locale!r}; use codes such as fr, en, ko"
            )
            continue
        locales.append(locale)
    return tuple(locales)


def _read_layer(path: Path, source: str) -> tuple[_Layer, list[Problem]]:
    """Parse one dictionary file; problems the file alone reveals are returned with it."""
    report = _Report(path)
    layer = _Layer(path=path, source=source)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        report.error(None, "file", "no such file; check the path")
        return layer, report.problems
    except UnicodeDecodeError as error:
        report.error(None, "file", f"not UTF-8 ({error.reason}); save the file as UTF-8")
        return layer, report.problems
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        context = f"{error.context}: " if error.context else ""
        report.error(
            mark.line + 1 if mark else None,
            "yaml",
            f"invalid YAML: {context}{error.problem}; fix the syntax (quote text containing "
            f"':', '#', '[', '{{' or starting with a quote)",
        )
        return layer, report.problems
    except yaml.YAMLError as error:
        report.error(None, "yaml", f"invalid YAML: {error}")
        return layer, report.problems
    if root is None:
        report.warning(None, "file", "the file is empty")
        return layer, report.problems
    if not isinstance(root, yaml.MappingNode):
        report.error(
            _line(root), "file", f"the file must be a mapping (actors: ...), not {_describe(root)}"
        )
        return layer, report.problems
    for key, node, line in _mapping_items(root, report, "file"):
        if key not in _TOP_LEVEL_KEYS:
            report.error(line, key, _unknown_key_message(key, _TOP_LEVEL_KEYS, "the file"))
        elif key == "version":
            if _scalar(node) != _SUPPORTED_VERSION:
                report.error(
                    line,
                    "version",
                    f"unsupported version {_describe(node)}; this program reads version "
                    f"{_SUPPORTED_VERSION}",
                )
        elif key == "cldr_locales":
            layer.cldr_locales = _parse_locales(node, report)
        elif key == "exclusions":
            _parse_exclusions(node, layer, report)
        elif key == "remove_exclusions":
            layer.remove_exclusions = _text_list(node, report, key, what="phrase")
        elif key == "remove_actors":
            layer.remove_actors = _text_list(node, report, key, what="id")
        elif not isinstance(node, yaml.SequenceNode):
            report.error(line, "actors", f"actors must be a list, not {_describe(node)}")
        else:
            for index, actor_node in enumerate(node.value):
                entry = _parse_actor(actor_node, index, report)
                if entry is not None:
                    layer.actors.append(entry)
    return layer, report.problems


# --------------------------------------------------------------------------------------
# Merging the layers, adding CLDR names, checking the result
# --------------------------------------------------------------------------------------


@dataclass
class _Place:
    layer: int
    path: Path
    line: int | None


@dataclass
class _Alias:
    text: str
    kind: str
    case_sensitive: bool
    source: str
    place: _Place


def _same_phrase(first: _Alias, second: _Alias) -> bool:
    """Whether two aliases with the same key match the same text."""
    both_case_sensitive = first.case_sensitive and second.case_sensitive
    return not both_case_sensitive or case_letters(first.text) == case_letters(second.text)


@dataclass
class _Actor:
    actor_id: str
    source: str
    place: _Place
    fields: dict[str, object] = field(default_factory=dict)
    places: dict[str, _Place] = field(default_factory=dict)
    # By alias_key; several aliases share a key only when all are case-sensitive with
    # different cases (le Nord, Le Nord).
    aliases: dict[str, list[_Alias]] = field(default_factory=dict)
    # Keys removed by remove_aliases (and not added back by a later layer), with where the
    # removal was written and whether it removed anything.
    removed: dict[str, tuple[str, _Place, bool]] = field(default_factory=dict)

    def where(self, name: str) -> _Place:
        return self.places.get(name, self.place)


@dataclass
class _Resolved:
    actors: dict[str, _Actor]
    exclusions: dict[str, tuple[str, bool, _Place]]
    locales: tuple[str, ...]
    # Every locale some layer named: a removal of a CLDR name of any of them is no mistake,
    # even when a later layer chose other locales.
    all_locales: tuple[str, ...] = ()


class _Problems:
    """Collects problems of several files, located by _Place."""

    def __init__(self) -> None:
        self.items: list[tuple[int, Problem]] = []

    def add(self, place: _Place, where: str, message: str, severity: str = "error") -> None:
        problem = Problem(place.path, place.line, where, message, severity)
        self.items.append((place.layer, problem))

    def sorted(self) -> list[Problem]:
        ordered = sorted(self.items, key=lambda item: (item[0], item[1].line or 0))
        return [problem for _, problem in ordered]


def _merge(layers: list[_Layer], problems: _Problems) -> _Resolved:
    actors: dict[str, _Actor] = {}
    exclusions: dict[str, tuple[str, bool, _Place]] = {}
    locales: tuple[str, ...] = ()
    all_locales: dict[str, None] = {}
    for number, layer in enumerate(layers):
        if layer.cldr_locales is not None:
            locales = layer.cldr_locales
            all_locales.update(dict.fromkeys(locales))
        for actor_id, line in layer.remove_actors:
            if actors.pop(actor_id, None) is None:
                problems.add(
                    _Place(number, layer.path, line),
                    "remove_actors",
                    f"no earlier actor has the id {actor_id!r}; nothing removed",
                    "warning",
                )
        seen: dict[str, int] = {}
        for entry in layer.actors:
            _merge_entry(entry, number, layer, actors, seen, problems)
        for phrase, line in layer.remove_exclusions:
            if exclusions.pop(alias_key(phrase), None) is None:
                problems.add(
                    _Place(number, layer.path, line),
                    "remove_exclusions",
                    f"no earlier exclusion is {phrase!r}; nothing removed",
                    "warning",
                )
        for phrase, case_sensitive, line in layer.exclusions:
            key = alias_key(phrase)
            place = _Place(number, layer.path, line)
            previous = exclusions.get(key)
            if previous is not None and previous[2].layer == number:
                problems.add(
                    place,
                    "exclusions",
                    f"{phrase!r} repeats the exclusion of line {previous[2].line}; keep one",
                    "warning",
                )
                continue
            exclusions[key] = (phrase, case_sensitive, place)
    return _Resolved(actors, exclusions, locales, tuple(all_locales))


def _merge_entry(
    entry: _ActorEntry,
    number: int,
    layer: _Layer,
    actors: dict[str, _Actor],
    seen: dict[str, int],
    problems: _Problems,
) -> None:
    actor_id = entry.actor_id
    place = _Place(number, layer.path, entry.line)
    if actor_id in seen:
        problems.add(
            place,
            actor_id,
            f"duplicate id: already defined on line {seen[actor_id]}; merge the two entries",
        )
        return
    seen[actor_id] = entry.line
    existing = actors.get(actor_id)
    if existing is None or entry.replace:
        required = ("name", "type")
        if any(name in entry.invalid for name in required):
            return  # already reported where the value is written
        missing = [name for name in required if name not in entry.fields]
        if missing:
            problems.add(
                place,
                actor_id,
                f"missing {' and '.join(missing)}: a new actor needs id, name and type"
                + (" (replace: true starts the actor afresh)" if existing is not None else ""),
            )
            return
        if entry.replace and existing is None:
            problems.add(
                place,
                f"{actor_id}.replace",
                "no earlier actor has this id, so there is nothing to replace",
                "warning",
            )
        actor = _Actor(actor_id=actor_id, source=layer.source, place=place)
        actors[actor_id] = actor
    else:
        actor = existing
        actor.source, actor.place = layer.source, place
    for name, value in entry.fields.items():
        actor.fields[name] = value
        actor.places[name] = _Place(number, layer.path, entry.field_lines[name])
    for text, line in entry.remove_aliases:
        key = alias_key(text)
        found = actor.aliases.pop(key, None) is not None
        actor.removed[key] = (text, _Place(number, layer.path, line), found)
    for entry_alias in entry.aliases:
        key = alias_key(entry_alias.text)
        alias = _Alias(
            entry_alias.text,
            entry_alias.kind,
            entry_alias.case_sensitive,
            layer.source,
            _Place(number, layer.path, entry_alias.line),
        )
        kept = actor.aliases.get(key, [])
        same = [previous for previous in kept if _same_phrase(previous, alias)]
        if same and same[0].place.layer == number:
            problems.add(
                alias.place,
                f"{actor_id}.aliases.{alias.kind}",
                f"{alias.text!r} is the same as {same[0].text!r} (line {same[0].place.line}) "
                f"for the matcher, which ignores case, accents and punctuation such as "
                f"apostrophes and hyphens; keep one",
                "warning",
            )
            continue
        # A later file's alias replaces an earlier one (its kind or case may differ).
        actor.aliases[key] = [previous for previous in kept if previous not in same] + [alias]
        actor.removed.pop(key, None)


@functools.lru_cache(maxsize=1)
def _alpha2_by_alpha3() -> dict[str, str]:
    with ISO3166_TABLE.open(encoding="utf-8", newline="") as table:
        return {row["alpha3"]: row["alpha2"] for row in csv.DictReader(table)}


def _clean_cldr_name(name: str, locale: str) -> str | None:
    """A CLDR display name as news write it, or None when it is no text form."""
    if "(" in name:
        return None
    if "&" in name:
        conjunction = _CONJUNCTIONS.get(locale.split("_")[0])
        if conjunction is None:
            return None
        name = name.replace("&", conjunction)
    return _WHITESPACE.sub(" ", name).strip()


def _cldr_names(alpha2: str, locales: tuple[str, ...]) -> list[str]:
    names = []
    for locale in locales:
        name = babel.Locale.parse(locale).territories.get(alpha2)
        cleaned = _clean_cldr_name(name, locale) if name else None
        if cleaned:
            names.append(cleaned)
    return names


def _add_cldr_names(resolved: _Resolved, problems: _Problems) -> None:
    """Give states with cldr true their CLDR names, unless a curated alias claims them."""
    curated_owner = {
        key: actor.actor_id for actor in resolved.actors.values() for key in actor.aliases
    }
    candidates: dict[str, list[tuple[str, str]]] = {}
    claimants: dict[str, set[str]] = {}
    alpha2_codes = _alpha2_by_alpha3()
    for actor in resolved.actors.values():
        if actor.fields["type"] != "state" or not actor.fields.get("cldr", True):
            continue
        alpha2 = alpha2_codes.get(actor.actor_id)
        if alpha2 is None:
            problems.add(
                actor.place,
                actor.actor_id,
                f"no ISO 3166 alpha-2 code is known for {actor.actor_id!r}, so it gets no CLDR "
                f"names; set cldr: false and list its names under aliases",
                "warning",
            )
            continue
        names = [(alias_key(name), name) for name in _cldr_names(alpha2, resolved.locales)]
        candidates[actor.actor_id] = names
        for name in _cldr_names(alpha2, resolved.all_locales):
            key = alias_key(name)
            if key in actor.removed:
                text, place, _ = actor.removed[key]
                actor.removed[key] = (text, place, True)
        for key, _ in names:
            claimants.setdefault(key, set()).add(actor.actor_id)
    for actor_id, names in candidates.items():
        actor = resolved.actors[actor_id]
        for key, name in names:
            if key in actor.removed:
                text, place, _ = actor.removed[key]
                actor.removed[key] = (text, place, True)
            elif key in actor.aliases or curated_owner.get(key, actor_id) != actor_id:
                continue  # the curated alias wins
            elif len(claimants[key]) == 1:
                actor.aliases[key] = [_Alias(name, "name", False, CLDR_SOURCE, actor.where("cldr"))]


def _check_resolved(resolved: _Resolved, problems: _Problems) -> None:
    actors = resolved.actors
    for actor in actors.values():
        actor_type = actor.fields["type"]
        pattern, example = _ID_PATTERNS[actor_type]
        if not pattern.fullmatch(actor.actor_id):
            problems.add(
                actor.place,
                f"{actor.actor_id}.id",
                f"the id of a {actor_type} should be {example}",
                "error" if actor_type == "state" else "warning",
            )
        _check_affiliation(actor, actors, problems)
        if actor.fields.get("roles") and actor_type != "person":
            problems.add(
                actor.where("roles"),
                f"{actor.actor_id}.roles",
                "only persons have roles; they are kept but mean nothing here",
                "warning",
            )
        if "cldr" in actor.fields and actor_type != "state":
            problems.add(
                actor.where("cldr"),
                f"{actor.actor_id}.cldr",
                "only states get CLDR names; remove cldr",
                "warning",
            )
        for text, place, used in actor.removed.values():
            if not used:
                problems.add(
                    place,
                    f"{actor.actor_id}.remove_aliases",
                    f"{text!r} is not an alias of {actor.actor_id}; nothing removed",
                    "warning",
                )
        expected_kinds = KINDS_BY_TYPE[actor_type]
        for alias in _all_aliases(actor):
            if alias.kind not in expected_kinds:
                problems.add(
                    alias.place,
                    f"{actor.actor_id}.aliases.{alias.kind}",
                    f"a {actor_type} usually has aliases of kind {', '.join(expected_kinds)}, "
                    f"not {alias.kind}",
                    "warning",
                )
        if not actor.aliases:
            problems.add(
                actor.place,
                actor.actor_id,
                "no aliases: this actor can never be found in the text",
                "warning",
            )
    _check_alias_collisions(resolved, problems)


def _check_affiliation(actor: _Actor, actors: dict[str, _Actor], problems: _Problems) -> None:
    actor_type = actor.fields["type"]
    country = actor.fields.get("country")
    organisation = actor.fields.get("organisation")
    if actor_type == "state":
        if country is not None and country != actor.actor_id:
            problems.add(
                actor.where("country"),
                f"{actor.actor_id}.country",
                f"a state's country is itself ({actor.actor_id}), not {country!r}; "
                f"remove the country line",
            )
        if organisation is not None:
            problems.add(
                actor.where("organisation"),
                f"{actor.actor_id}.organisation",
                "states belong to no organisation here; remove it",
                "warning",
            )
        return
    if country is not None:
        target = actors.get(country)
        if target is None or target.fields["type"] != "state":
            problems.add(
                actor.where("country"),
                f"{actor.actor_id}.country",
                f"unknown country {country!r}: no state has this id; use the ISO alpha-3 id "
                f"of a state of the dictionary (PRK, USA...)",
            )
        elif actor_type == "organisation":
            problems.add(
                actor.where("country"),
                f"{actor.actor_id}.country",
                "organisations have no country; remove it",
                "warning",
            )
    if organisation is not None:
        target = actors.get(organisation)
        if target is None or target.fields["type"] != "organisation":
            problems.add(
                actor.where("organisation"),
                f"{actor.actor_id}.organisation",
                f"unknown organisation {organisation!r}: no organisation has this id (UN, EU, "
                f"NATO...)",
            )
        elif organisation == actor.actor_id:
            problems.add(
                actor.where("organisation"),
                f"{actor.actor_id}.organisation",
                "an organisation cannot belong to itself",
            )
    if actor_type in ("person", "institution") and country is None and organisation is None:
        problems.add(
            actor.place,
            actor.actor_id,
            "no country or organisation: its mentions cannot be grouped; add country: ISO3 "
            "or organisation: ID",
            "warning",
        )


def _all_aliases(actor: _Actor) -> list[_Alias]:
    return [alias for aliases in actor.aliases.values() for alias in aliases]


def _check_alias_collisions(resolved: _Resolved, problems: _Problems) -> None:
    claims_by_key: dict[str, list[tuple[str, _Alias]]] = {}
    for actor in resolved.actors.values():
        for key, aliases in actor.aliases.items():
            claims_by_key.setdefault(key, []).extend((actor.actor_id, alias) for alias in aliases)
    for key, claims in claims_by_key.items():
        if key in resolved.exclusions:
            for actor_id, alias in claims:
                problems.add(
                    alias.place,
                    f"{actor_id}.aliases.{alias.kind}",
                    f"{alias.text!r} is also an exclusion, so it never counts; remove one",
                    "warning",
                )
        # Report at the claim written last: the one most likely to be the new mistake.
        claims.sort(key=lambda claim: (claim[1].place.layer, claim[1].place.line or 0))
        for position, (actor_id, alias) in enumerate(claims):
            others = [
                (other_id, other)
                for other_id, other in claims[:position]
                if other_id != actor_id and _same_phrase(other, alias)
            ]
            if not others:
                continue
            described = ", ".join(
                f"{other_id} ({other.text!r}, {other.place.path.name}:{other.place.line})"
                for other_id, other in others
            )
            problems.add(
                alias.place,
                f"{actor_id}.aliases.{alias.kind}",
                f"{alias.text!r} is also an alias of {described}; an alias must name one "
                f"actor: remove it from one of them (remove_aliases in a user file)",
            )


# --------------------------------------------------------------------------------------
# Tables, loading, caching
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Tables:
    actors: pd.DataFrame
    aliases: pd.DataFrame
    exclusions: pd.DataFrame
    sha256: str
    sources: tuple[Path, ...]


def _tables(resolved: _Resolved, sources: tuple[Path, ...]) -> _Tables:
    ordered = sorted(
        resolved.actors.values(),
        key=lambda actor: (_TYPE_ORDER[actor.fields["type"]], actor.actor_id),
    )
    actor_records = []
    alias_records = []
    for actor in ordered:
        is_state = actor.fields["type"] == "state"
        actor_records.append(
            {
                "actor_id": actor.actor_id,
                "actor_name": actor.fields["name"],
                "actor_type": actor.fields["type"],
                "country": actor.actor_id if is_state else actor.fields.get("country"),
                "organisation": actor.fields.get("organisation"),
                "roles": [dict(role) for role in actor.fields.get("roles", [])],
                "source": actor.source,
            }
        )
        alias_records.extend(
            {
                "actor_id": actor.actor_id,
                "alias": alias.text,
                "kind": alias.kind,
                "case_sensitive": alias.case_sensitive,
                "source": alias.source,
            }
            for alias in _all_aliases(actor)
        )
    exclusion_records = [
        {"phrase": phrase, "case_sensitive": case_sensitive}
        for phrase, case_sensitive, _ in resolved.exclusions.values()
    ]
    content = json.dumps(
        {"actors": actor_records, "aliases": alias_records, "exclusions": exclusion_records},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return _Tables(
        actors=_frame(
            actor_records,
            {
                "actor_id": "string",
                "actor_name": "string",
                "actor_type": "string",
                "country": "string",
                "organisation": "string",
                "roles": "object",
                "source": "string",
            },
        ),
        aliases=_frame(
            alias_records,
            {
                "actor_id": "string",
                "alias": "string",
                "kind": "string",
                "case_sensitive": "bool",
                "source": "string",
            },
        ),
        exclusions=_frame(exclusion_records, {"phrase": "string", "case_sensitive": "bool"}),
        sha256=hashlib.sha256(content.encode("utf-8")).hexdigest(),
        sources=sources,
    )


def _frame(records: list[dict], dtypes: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            name: pd.Series([record[name] for record in records], dtype=dtype)
            for name, dtype in dtypes.items()
        }
    )


def _layer_files(path: str | Path | None, extend: bool) -> tuple[Path, ...]:
    chosen = Path(config.actors_file() if path is None else path).expanduser().resolve()
    packaged = config.PACKAGED_ACTORS.resolve()
    if chosen == packaged or not extend:
        return (chosen,)
    return (packaged, chosen)


def _build(files: tuple[Path, ...]) -> tuple[_Tables | None, list[Problem]]:
    """Read, merge and check files; the tables are None when there is any error."""
    problems = _Problems()
    layers = []
    packaged = config.PACKAGED_ACTORS.resolve()
    for number, path in enumerate(files):
        source = DEFAULT_SOURCE if path == packaged else path.name
        layer, file_problems = _read_layer(path, source)
        layers.append(layer)
        for problem in file_problems:
            problems.items.append((number, problem))
    resolved = _merge(layers, problems)
    _add_cldr_names(resolved, problems)
    _check_resolved(resolved, problems)
    found = problems.sorted()
    if any(problem.severity == "error" for problem in found):
        return None, found
    return _tables(resolved, files), found


@functools.lru_cache(maxsize=8)
def _build_cached(stamps: tuple[tuple[str, int, int], ...]) -> _Tables:
    tables, problems = _build(tuple(Path(path) for path, _, _ in stamps))
    if tables is None:
        raise ActorDictionaryError([problem for problem in problems if problem.severity == "error"])
    return tables


def load_actors(path: str | Path | None = None, *, extend: bool = True) -> ActorDictionary:
    """Load the actor dictionary: the packaged one, a user file over it, or a file alone.

    Parameters
    ----------
    path : str or Path, optional
        A dictionary file. None means ``config.actors_file()``: ``$ANALYSIS_ACTORS`` if set,
        else the packaged dictionary.
    extend : bool, default True
        Layer the file over the packaged dictionary: an actor with an existing id gets the
        fields given and its aliases are added; ``remove_aliases``, ``replace: true``,
        ``remove_exclusions`` and ``remove_actors`` take things away. False uses the file
        alone.

    Returns
    -------
    ActorDictionary
        The ``actors``, ``aliases`` and ``exclusions`` tables (see :class:`ActorDictionary`).
        Each call returns its own copies, so changing them does not affect later loads.

    Raises
    ------
    FileNotFoundError
        If a file does not exist.
    ActorDictionaryError
        If a file has errors; the message lists each with its file and line.

    Examples
    --------
    >>> actors = load_actors()
    >>> aliases = actors.aliases.set_index("alias")
    >>> aliases.loc["Pyeongyang", ["actor_id", "kind"]].tolist()
    ['PRK', 'capital']
    >>> actors.actor("kim-jong-un")["country"]
    'PRK'
    """
    files = _layer_files(path, extend)
    stamps = []
    for file in files:
        if not file.is_file():
            raise FileNotFoundError(
                f"actor dictionary {file} not found; check the path (or $ANALYSIS_ACTORS)"
            )
        status = file.stat()
        stamps.append((str(file), status.st_mtime_ns, status.st_size))
    tables = _build_cached(tuple(stamps))
    return ActorDictionary(
        actors=tables.actors.copy(),
        aliases=tables.aliases.copy(),
        exclusions=tables.exclusions.copy(),
        sha256=tables.sha256,
        sources=tables.sources,
    )


def check_actors(path: str | Path, *, extend: bool = True) -> list[Problem]:
    """Every problem of a dictionary file, as it would be loaded, without raising.

    Checks YAML syntax, unknown keys, missing id/name/type, types, alias kinds, empty
    aliases, duplicate ids, countries and organisations that are no actor of the resolved
    dictionary, aliases claimed by two actors (compared with :func:`alias_key`), dates of
    roles, and warns about doubtful but loadable entries.

    Parameters
    ----------
    path : str or Path
        The file to check.
    extend : bool, default True
        Check it as layered over the packaged dictionary (as ``load_actors`` would).

    Returns
    -------
    list of Problem
        In file then line order; empty when all is well. ``load_actors`` succeeds when
        none has severity ``"error"``.

    Examples
    --------
    >>> check_actors(config.PACKAGED_ACTORS)
    []
    """
    _, problems = _build(_layer_files(path, extend))
    return problems


# --------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------


def actors_command(argv: list[str]) -> int:
    """``python -m analysis actors``: check, summarise or list an actor dictionary.

    ``--check FILE`` prints each problem on a line, then ``FILE: ok, N actors, M aliases``
    when there is no error. Otherwise the dictionary (``--actors FILE`` or the default) is
    summarised, or listed actor by actor with ``--list``.

    Parameters
    ----------
    argv : list of str
        The arguments after ``actors``.

    Returns
    -------
    int
        0 on success, 1 if the dictionary has errors or a file is missing, 2 on bad usage.

    Examples
    --------
    >>> actors_command(["--check", str(config.PACKAGED_ACTORS)])
    /...actors.yaml: ok, ... actors, ... aliases
    0
    """
    parser = argparse.ArgumentParser(
        prog="python -m analysis actors",
        description="Check, summarise or list an actor dictionary.",
    )
    parser.add_argument("--check", metavar="FILE", help="report the problems of FILE")
    parser.add_argument(
        "--actors",
        metavar="FILE",
        help="the dictionary to load (default: $ANALYSIS_ACTORS, else the packaged one)",
    )
    parser.add_argument("--list", action="store_true", help="print every actor")
    parser.add_argument(
        "--alone",
        action="store_true",
        help="use FILE alone instead of layering it over the packaged dictionary",
    )
    try:
        arguments = parser.parse_args(argv)
    except SystemExit as exit_request:
        return int(exit_request.code or 0)
    extend = not arguments.alone
    if arguments.check is not None:
        return _check_command(arguments.check, extend)
    try:
        actors = load_actors(arguments.actors, extend=extend)
    except (FileNotFoundError, ActorDictionaryError) as error:
        print(error)
        return 1
    if arguments.list:
        print(_listing(actors).to_string(index=False))
    else:
        counts = actors.actors["actor_type"].value_counts()
        by_type = ", ".join(f"{counts.get(kind, 0)} {kind}s" for kind in _TYPE_ORDER)
        print(f"{len(actors.actors)} actors ({by_type})")
        print(f"{len(actors.aliases)} aliases, {len(actors.exclusions)} exclusions")
        print(f"sha256 {actors.sha256}")
        for source in actors.sources:
            print(f"from {source}")
    return 0


def _check_command(path: str, extend: bool) -> int:
    tables, problems = _build(_layer_files(path, extend))
    for problem in problems:
        print(problem)
    if tables is None:
        return 1
    print(f"{path}: ok, {len(tables.actors)} actors, {len(tables.aliases)} aliases")
    return 0


def _listing(actors: ActorDictionary) -> pd.DataFrame:
    """One row per actor with its number of aliases, for ``--list``."""
    counts = actors.aliases.groupby("actor_id").size()
    listing = actors.actors[
        ["actor_id", "actor_type", "actor_name", "country", "organisation"]
    ].copy()
    listing["aliases"] = listing["actor_id"].map(counts).fillna(0).astype(int)
    return listing.fillna("")
