"""Reading one dictionary file: YAML nodes to plain records, with the line of everything.

Each value is read from its YAML node (:mod:`~analysis.actors.nodes`), so that each problem
points at the line to fix. What one file alone reveals (unknown keys, bad types, bad months)
is reported here; what needs every layer (duplicate aliases between actors, unknown
countries) is checked after merging.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import babel
import yaml

from analysis.actors.keys import alias_key, case_letters
from analysis.actors.nodes import (
    boolean_value,
    describe,
    mapping_items,
    month_value,
    node_line,
    scalar,
    text_list,
    text_value,
    unknown_key_message,
)
from analysis.actors.problems import Problem, Report
from analysis.actors.vocabulary import ACTOR_TYPES, ALIAS_KINDS

__all__ = ["ActorEntry", "AliasEntry", "Layer", "read_layer"]

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
    "context",
    "aliases",
    "remove_aliases",
    "replace",
)
_ROLE_KEYS = ("title", "from", "to", "source", "note")
_ALIAS_OPTION_KEYS = ("text", "case_sensitive", "dated")
_EXCLUSION_KEYS = ("phrase", "case_sensitive")
_SUPPORTED_VERSION = 1

_ELIDED_ARTICLE = re.compile(r"[LlDd]['’]\w")
# libyaml, when installed, composes the packaged file several times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class AliasEntry:
    """One alias as a file writes it.

    Attributes
    ----------
    text : str
        The alias, stripped.
    kind : str
        One of :data:`~analysis.actors.ALIAS_KINDS`.
    case_sensitive : bool
        Whether it matches only text in the same case.
    line : int
        Its line in the file.
    dated : bool
        Whether it counts only in articles dated within one of the actor's roles.
    """

    text: str
    kind: str
    case_sensitive: bool
    line: int
    dated: bool = False


@dataclass
class ActorEntry:
    """One entry of the ``actors`` list of a file: an actor, or changes to an earlier one.

    Attributes
    ----------
    line : int
        The line where the entry starts.
    actor_id : str
        Its ``id``.
    fields : dict
        The valid values given for ``name``, ``type``, ``country``, ``organisation``,
        ``cldr`` and ``roles``; a key absent means the field was not written.
    field_lines : dict
        The line of each of ``fields``.
    aliases : list of AliasEntry
        The aliases added, in the order written.
    remove_aliases : list of (str, int)
        The aliases to take away, with their lines.
    replace : bool
        Whether the entry starts the actor afresh instead of changing it.
    invalid : set of str
        Fields given with a value already reported as wrong, so that they are not also
        reported as missing.
    """

    line: int
    actor_id: str
    fields: dict[str, object] = field(default_factory=dict)
    field_lines: dict[str, int] = field(default_factory=dict)
    aliases: list[AliasEntry] = field(default_factory=list)
    remove_aliases: list[tuple[str, int]] = field(default_factory=list)
    replace: bool = False
    invalid: set[str] = field(default_factory=set)


@dataclass
class Layer:
    """The content of one dictionary file, before it is merged with the others.

    Attributes
    ----------
    path : Path
        The file.
    source : str
        The ``source`` its rows get in the tables: ``"default"`` or the file name.
    cldr_locales : tuple of str or None
        The locales of the CLDR names; None when the file does not choose them.
    exclusions : list of (str, bool, int)
        Phrase, case-sensitive flag and line of each exclusion added.
    remove_exclusions : list of (str, int)
        Phrases of earlier exclusions to take away, with their lines.
    remove_actors : list of (str, int)
        Ids of earlier actors to take away, with their lines.
    actors : list of ActorEntry
        The entries of the ``actors`` list, in the order written.
    """

    path: Path
    source: str
    cldr_locales: tuple[str, ...] | None = None
    exclusions: list[tuple[str, bool, int]] = field(default_factory=list)
    remove_exclusions: list[tuple[str, int]] = field(default_factory=list)
    remove_actors: list[tuple[str, int]] = field(default_factory=list)
    actors: list[ActorEntry] = field(default_factory=list)


def _parse_roles(node: yaml.Node, report: Report, where: str) -> list[dict] | None:
    """The valid roles of a ``roles`` list, or None when it is no list.

    Each role is a dict of ``title``, ``from`` and ``to`` (months as ``"YYYY-MM"``, ``to``
    None while held), ``source`` (where the facts come from) and ``note`` (a caveat), the
    last two None when not written.
    """
    if not isinstance(node, yaml.SequenceNode):
        report.error(
            node_line(node),
            where,
            "roles must be a list of {title: ..., from: YYYY-MM, to: YYYY-MM}",
        )
        return None
    roles = []
    for index, role_node in enumerate(node.value):
        role_where = f"{where}[{index}]"
        if not isinstance(role_node, yaml.MappingNode):
            report.error(
                node_line(role_node),
                role_where,
                "each role must be a mapping {title: ..., from: YYYY-MM, to: YYYY-MM}",
            )
            continue
        role: dict[str, object] = {
            "title": None,
            "from": None,
            "to": None,
            "source": None,
            "note": None,
        }
        valid = True
        for key, value_node, line in mapping_items(role_node, report, role_where):
            if key not in _ROLE_KEYS:
                report.error(line, role_where, unknown_key_message(key, _ROLE_KEYS, "a role"))
                valid = False
            elif key in ("title", "source", "note"):
                role[key] = text_value(value_node, report, f"{role_where}.{key}", what=key)
                valid &= role[key] is not None
            elif key == "to" and scalar(value_node) is None:
                role["to"] = None
            else:
                role[key] = month_value(value_node, report, f"{role_where}.{key}")
                valid &= role[key] is not None
        if valid and role["title"] is None:
            report.error(node_line(role_node), role_where, "a role needs a title")
            valid = False
        if valid and role["from"] is None:
            report.error(
                node_line(role_node), role_where, "a role needs a start month: from: YYYY-MM"
            )
            valid = False
        if valid and role["to"] is not None and role["to"] < role["from"]:
            report.error(
                node_line(role_node),
                role_where,
                f"the role ends ({role['to']}) before it starts ({role['from']}); swap them",
            )
            valid = False
        if valid:
            roles.append(role)
    return roles


def _parse_alias(node: yaml.Node, kind: str, report: Report, where: str) -> AliasEntry | None:
    """One alias, written as text or as ``{text: ..., case_sensitive: ..., dated: ...}``."""
    if isinstance(node, yaml.MappingNode):
        items = mapping_items(node, report, where)
        keys = [key for key, _, _ in items]
        if "text" not in keys:
            hint = (
                f"write {{text: {keys[0]}, case_sensitive: true}}"
                if len(keys) == 1
                else "write {text: ..., case_sensitive: true}"
            )
            report.error(node_line(node), where, f"an alias with options needs a text key; {hint}")
            return None
        text, case_sensitive, dated, valid = None, False, False, True
        for key, value_node, line in items:
            if key == "text":
                text = text_value(value_node, report, where, what="alias")
            elif key in ("case_sensitive", "dated"):
                flag = boolean_value(value_node, report, f"{where}.{key}")
                valid &= flag is not None
                if key == "dated":
                    dated = bool(flag)
                else:
                    case_sensitive = bool(flag)
            else:
                report.error(line, where, unknown_key_message(key, _ALIAS_OPTION_KEYS, "an alias"))
                valid = False
        if text is None or not valid:
            return None
        # Writing case_sensitive, even false, says that the case was thought about.
        case_chosen = "case_sensitive" in keys
    else:
        text = text_value(node, report, where, what="alias")
        case_sensitive, case_chosen, dated = False, False, False
        if text is None:
            return None
    if not alias_key(text):
        report.error(node_line(node), where, f"alias {text!r} has no letters or digits")
        return None
    if not case_chosen and _is_short_cased_word(text):
        letters = case_letters(text)
        count = "one letter" if len(letters) == 1 else "two letters"
        report.warning(
            node_line(node),
            where,
            f"{text!r} has only {count} and matches in any case, so a word {letters.lower()!r}, "
            f"if there is one, counts as a mention too (as the French verb 'a' would); write "
            f"{{text: {text}, case_sensitive: true}} to match only this case, or "
            f"{{text: {text}, case_sensitive: false}} if every case is meant",
        )
    if _ELIDED_ARTICLE.match(text):
        report.warning(
            node_line(node),
            where,
            f"{text!r} starts with an elided article; the matcher already accepts l' and d' "
            f"before an alias, so drop it",
        )
    return AliasEntry(text, kind, case_sensitive, node_line(node), dated)


def _is_short_cased_word(text: str) -> bool:
    """Whether an alias is one or two letters of a script with case (``a``, ``UE``, not ``G7``).

    In any case such an alias is also a common word or abbreviation; digits make a word
    unlikely, and for scripts without case (Korean) ``case_sensitive`` would change nothing.

    Examples
    --------
    >>> [_is_short_cased_word(text) for text in ("a", "U.E.", "Ré", "G7", "ONU", "북한")]
    [True, True, True, False, False, False]
    """
    letters = case_letters(text)
    return (
        0 < len(letters) <= 2
        and letters.isalpha()
        and any(letter.lower() != letter.upper() for letter in letters)
    )


def _parse_aliases(node: yaml.Node, entry: ActorEntry, report: Report, where: str) -> None:
    """Add to ``entry`` the valid aliases of an ``aliases`` mapping from kind to list."""
    if not isinstance(node, yaml.MappingNode):
        report.error(
            node_line(node),
            where,
            f"aliases must be a mapping from kind to list (name: [...]), not {describe(node)}",
        )
        return
    for kind, list_node, line in mapping_items(node, report, where):
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
                node_line(list_node),
                kind_where,
                f"expected a list such as [a, b], not {describe(list_node)}",
            )
            continue
        for index, item in enumerate(list_node.value):
            alias = _parse_alias(item, kind, report, f"{kind_where}[{index}]")
            if alias is not None:
                entry.aliases.append(alias)


def _parse_context(node: yaml.Node, report: Report, where: str) -> dict[str, list[str]] | None:
    """The aliases that count only beside other actors: ``{alias: [actor id, ...]}``."""
    if not isinstance(node, yaml.MappingNode):
        report.error(
            node_line(node),
            where,
            "context must map an alias to the actors the article must also name: "
            "{le Nord: [KOR, PRK]}",
        )
        return None
    context = {}
    for alias, value_node, line in mapping_items(node, report, where):
        if isinstance(value_node, yaml.ScalarNode) and scalar(value_node) is not None:
            needs = [(str(scalar(value_node)).strip(), line)]
        else:
            needs = text_list(value_node, report, f"{where}.{alias}", what="id")
        if not needs:
            report.error(line, f"{where}.{alias}", "name at least one actor id: [KOR, PRK]")
            continue
        context[alias] = [actor_id for actor_id, _ in needs]
    return context


def _parse_actor(node: yaml.Node, index: int, report: Report) -> ActorEntry | None:
    """One entry of the ``actors`` list, or None when it has no usable id."""
    where = f"actors[{index}]"
    if not isinstance(node, yaml.MappingNode):
        report.error(
            node_line(node), where, "each actor must be a mapping with at least id, name and type"
        )
        return None
    items = mapping_items(node, report, where)
    id_nodes = [value for key, value, _ in items if key == "id"]
    if not id_nodes:
        report.error(node_line(node), where, "missing id; every actor needs an id")
        return None
    actor_id = text_value(id_nodes[0], report, f"{where}.id", what="id")
    if actor_id is None:
        return None
    entry = ActorEntry(line=node_line(node), actor_id=actor_id)
    for key, value_node, line in items:
        key_where = f"{actor_id}.{key}"
        if key not in _ACTOR_KEYS:
            report.error(line, actor_id, unknown_key_message(key, _ACTOR_KEYS, "an actor"))
        elif key == "id":
            continue
        elif key in ("name", "type"):
            value = text_value(value_node, report, key_where, what=key)
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
            if scalar(value_node) is None:
                entry.fields[key], entry.field_lines[key] = None, line
            else:
                value = text_value(value_node, report, key_where, what=key)
                if value is not None:
                    entry.fields[key], entry.field_lines[key] = value, line
        elif key in ("cldr", "replace"):
            flag = boolean_value(value_node, report, key_where)
            if flag is not None and key == "cldr":
                entry.fields["cldr"], entry.field_lines["cldr"] = flag, line
            elif flag is not None:
                entry.replace = flag
        elif key == "roles":
            roles = _parse_roles(value_node, report, key_where)
            if roles is not None:
                entry.fields["roles"], entry.field_lines["roles"] = roles, line
        elif key == "context":
            context = _parse_context(value_node, report, key_where)
            if context is not None:
                entry.fields["context"], entry.field_lines["context"] = context, line
        elif key == "aliases":
            _parse_aliases(value_node, entry, report, key_where)
        else:  # remove_aliases
            entry.remove_aliases = text_list(value_node, report, key_where, what="alias")
    return entry


def _parse_exclusions(node: yaml.Node, layer: Layer, report: Report) -> None:
    """Add to ``layer`` the valid phrases of an ``exclusions`` list."""
    if not isinstance(node, yaml.SequenceNode):
        report.error(
            node_line(node), "exclusions", "exclusions must be a list of {phrase: ...} mappings"
        )
        return
    for index, item in enumerate(node.value):
        where = f"exclusions[{index}]"
        if not isinstance(item, yaml.MappingNode):
            phrase = text_value(item, report, where, what="phrase")
            if phrase is not None:
                layer.exclusions.append((phrase, False, node_line(item)))
            continue
        phrase, case_sensitive, valid = None, False, True
        for key, value_node, line in mapping_items(item, report, where):
            if key == "phrase":
                phrase = text_value(value_node, report, f"{where}.phrase", what="phrase")
                valid &= phrase is not None
            elif key == "case_sensitive":
                flag = boolean_value(value_node, report, f"{where}.case_sensitive")
                valid &= flag is not None
                case_sensitive = bool(flag)
            else:
                report.error(line, where, unknown_key_message(key, _EXCLUSION_KEYS, "an exclusion"))
                valid = False
        if valid and phrase is None:
            report.error(node_line(item), where, "an exclusion needs a phrase: - phrase: ...")
        elif valid:
            layer.exclusions.append((phrase, case_sensitive, node_line(item)))


def _parse_locales(node: yaml.Node, report: Report) -> tuple[str, ...] | None:
    """The locales of ``cldr_locales`` that Babel knows."""
    locales = []
    for locale, line in text_list(node, report, "cldr_locales", what="locale"):
        try:
            babel.Locale.parse(locale)
        except (ValueError, babel.UnknownLocaleError):
            report.error(
                line, "cldr_locales", f"unknown locale {locale!r}; use codes such as fr, en, ko"
            )
            continue
        locales.append(locale)
    return tuple(locales)


def _check_version(node: yaml.Node, line: int, report: Report) -> None:
    """Report a ``version`` other than the number this program reads.

    The version is a number: ``version: "1"`` (text) and ``version: true`` (which YAML
    also reads as 1) are refused, so that the file says what it means.
    """
    value = scalar(node)
    if type(value) is int and value == _SUPPORTED_VERSION:
        return
    if isinstance(value, str) and value.strip() == str(_SUPPORTED_VERSION):
        message = (
            f"the version must be the number {_SUPPORTED_VERSION}, not the text "
            f"{describe(node)}; write version: {_SUPPORTED_VERSION} without quotes"
        )
    else:
        message = (
            f"unsupported version {describe(node)}; this program reads version "
            f"{_SUPPORTED_VERSION}: write version: {_SUPPORTED_VERSION}"
        )
    report.error(line, "version", message)


def read_layer(path: Path, source: str) -> tuple[Layer, list[Problem]]:
    """Parse one dictionary file; problems the file alone reveals are returned with it.

    Parameters
    ----------
    path : Path
        The file.
    source : str
        The ``source`` its actors and aliases get: ``"default"`` or the file name.

    Returns
    -------
    Layer
        What the file says, without the parts reported as wrong; empty when the file cannot
        be read or parsed.
    list of Problem
        The problems of the file alone, in the order found.

    Examples
    --------
    >>> from analysis import config
    >>> layer, problems = read_layer(config.PACKAGED_ACTORS, "default")
    >>> problems
    []
    >>> "PRK" in {entry.actor_id for entry in layer.actors}
    True
    """
    report = Report(path)
    layer = Layer(path=path, source=source)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        report.error(None, "file", "no such file; check the path")
        return layer, report.problems
    except IsADirectoryError:
        report.error(None, "file", "this is a folder; give the YAML file of your dictionary")
        return layer, report.problems
    except OSError as error:  # no permission to read it, a broken disk...
        report.error(
            None,
            "file",
            f"cannot read the file ({error.strerror or error}); check its permissions",
        )
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
            node_line(root),
            "file",
            f"the file must be a mapping (actors: ...), not {describe(root)}",
        )
        return layer, report.problems
    for key, node, line in mapping_items(root, report, "file"):
        if key not in _TOP_LEVEL_KEYS:
            report.error(line, key, unknown_key_message(key, _TOP_LEVEL_KEYS, "the file"))
        elif key == "version":
            _check_version(node, line, report)
        elif key == "cldr_locales":
            layer.cldr_locales = _parse_locales(node, report)
        elif key == "exclusions":
            _parse_exclusions(node, layer, report)
        elif key == "remove_exclusions":
            layer.remove_exclusions = text_list(node, report, key, what="phrase")
        elif key == "remove_actors":
            layer.remove_actors = text_list(node, report, key, what="id")
        elif not isinstance(node, yaml.SequenceNode):
            report.error(line, "actors", f"actors must be a list, not {describe(node)}")
        else:
            for index, actor_node in enumerate(node.value):
                entry = _parse_actor(actor_node, index, report)
                if entry is not None:
                    layer.actors.append(entry)
    return layer, report.problems
