"""Values out of YAML nodes, each problem reported at the line of the node.

The parser composes YAML into nodes instead of loading Python objects, so that every value
keeps its line; these helpers turn a node into the value expected, or report why it is not.
"""

from __future__ import annotations

import difflib
import re

import yaml

from analysis.actors.problems import Report

__all__ = [
    "boolean_value",
    "describe",
    "mapping_items",
    "month_value",
    "node_line",
    "scalar",
    "text_list",
    "text_value",
    "unknown_key_message",
]

_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def node_line(node: yaml.Node) -> int:
    """The line (1-based) where a node starts.

    Examples
    --------
    >>> root = yaml.compose("version: 1\\nactors: []")
    >>> [node_line(key) for key, _ in root.value]
    [1, 2]
    """
    return node.start_mark.line + 1


def describe(node: yaml.Node) -> str:
    """A node as a message names it: ``a mapping``, ``a list`` or its text quoted.

    Examples
    --------
    >>> describe(yaml.compose("[a, b]")), describe(yaml.compose("42"))
    ('a list', "'42'")
    """
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return repr(node.value)


def scalar(node: yaml.Node) -> object:
    """The Python value of a scalar node (its YAML type resolved); lists and mappings as-is.

    Examples
    --------
    >>> scalar(yaml.compose("2022-05")), scalar(yaml.compose("true")), scalar(yaml.compose("~"))
    ('2022-05', True, None)
    """
    if not isinstance(node, yaml.ScalarNode):
        return node
    return yaml.constructor.SafeConstructor().construct_object(node)


def unknown_key_message(key: str, known: tuple[str, ...], where: str) -> str:
    """The message for an unknown key, suggesting the closest known one.

    Examples
    --------
    >>> unknown_key_message("titel", ("title", "from", "to"), "a role")
    "unknown key 'titel' in a role; did you mean 'title'? known keys: title, from, to"
    """
    close = difflib.get_close_matches(key, known, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"unknown key {key!r} in {where}; {hint}known keys: {', '.join(known)}"


def mapping_items(
    node: yaml.MappingNode, report: Report, where: str
) -> list[tuple[str, yaml.Node, int]]:
    """The (key, value node, line) of a mapping; reports non-text and repeated keys.

    Parameters
    ----------
    node : yaml.MappingNode
        The mapping.
    report : Report
        Receives an error for each key that is not text or that repeats an earlier one;
        such keys are left out.
    where : str
        The field the mapping is, for the messages.

    Returns
    -------
    list of (str, yaml.Node, int)
        Each key with its value node and line, in the order written.
    """
    items = []
    seen: dict[str, int] = {}
    for key_node, value_node in node.value:
        key = scalar(key_node)
        line = node_line(key_node)
        if not isinstance(key, str):
            report.error(line, where, f"key {describe(key_node)} is not text; quote it")
            continue
        if key in seen:
            report.error(
                line, f"{where}.{key}", f"key given twice (first on line {seen[key]}); keep one"
            )
            continue
        seen[key] = line
        items.append((key, value_node, line))
    return items


def text_value(node: yaml.Node, report: Report, where: str, *, what: str) -> str | None:
    """A non-empty text value, stripped, or None after reporting why not.

    Parameters
    ----------
    node : yaml.Node
        The value.
    report : Report
        Receives an error when the value is empty or not text.
    where : str
        The field, for the message.
    what : str
        What the value is (``alias``, ``id``...), for the message.

    Returns
    -------
    str or None
        The text, or None when an error was reported.
    """
    value = scalar(node)
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, str) or value is None:
        report.error(node_line(node), where, f"empty {what}; write the {what} or remove the line")
    else:
        report.error(
            node_line(node),
            where,
            f"{what} must be text, not {describe(node)}; put it in quotes",
        )
    return None


def boolean_value(node: yaml.Node, report: Report, where: str) -> bool | None:
    """A true or false value, or None after reporting an error at ``where``."""
    value = scalar(node)
    if isinstance(value, bool):
        return value
    report.error(node_line(node), where, f"expected true or false, not {describe(node)}")
    return None


def text_list(node: yaml.Node, report: Report, where: str, *, what: str) -> list[tuple[str, int]]:
    """The texts of a list, each with its line; items that are no text are reported, left out.

    Parameters and messages are those of :func:`text_value`, applied to each item.
    """
    if not isinstance(node, yaml.SequenceNode):
        report.error(
            node_line(node), where, f"expected a list such as [a, b], not {describe(node)}"
        )
        return []
    values = []
    for index, item in enumerate(node.value):
        text = text_value(item, report, f"{where}[{index}]", what=what)
        if text is not None:
            values.append((text, node_line(item)))
    return values


def month_value(node: yaml.Node, report: Report, where: str) -> str | None:
    """A ``YYYY-MM`` month as text, or None after reporting an error at ``where``."""
    value = scalar(node)
    if isinstance(value, str) and _MONTH.fullmatch(value.strip()):
        return value.strip()
    written = value if isinstance(node, yaml.ScalarNode) else describe(node)
    report.error(
        node_line(node),
        where,
        f"bad date {written}: write the month as YYYY-MM (for example 2022-05)",
    )
    return None
