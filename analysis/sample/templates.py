"""The sentence templates of the articles, read from the package data ``templates/<language>.txt``.

The files are plain UTF-8 text written for this project. Sections open with a line
``# <topic> leads`` (first sentence of an article), ``# <topic> details`` or ``# pool <name>``
(context shared by several topics); templates follow, separated by blank lines. A template may
span several lines (joined with a space) and may start with a window of months such as
``[2023-07..]``, ``[..2022-12]`` or ``[2024-12..2025-03]`` that limits it to the months when
what it says was true. Placeholders such as ``{nk}`` or ``{de_unsc}`` are filled by
:mod:`analysis.sample.placeholders`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from analysis.sample.months import COVERED_END, COVERED_START

LANGUAGES = ("fr", "en")
"""Languages with a template file, ``templates/<language>.txt``."""

_WINDOW = re.compile(r"^\[(?P<first>\d{4}-\d{2})?\.\.(?P<last>\d{4}-\d{2})?\]\s*")


@dataclass(frozen=True)
class Template:
    """One sentence template, usable in the months ``first`` to ``last`` (inclusive)."""

    first: str
    last: str
    text: str


def parse_templates(text: str) -> dict[str, tuple[Template, ...]]:
    """Read template blocks: ``# section`` lines, then templates separated by blank lines.

    Parameters
    ----------
    text : str
        The content of a template file (see the module's description of the format).

    Returns
    -------
    dict of str to tuple of Template
        The templates of each section, in the order of the text.

    Raises
    ------
    ValueError
        If a template comes before the first section line.

    Examples
    --------
    >>> sections = parse_templates("# pool demo\\n\\n[2023-07..] Moscow\\nreplied.\\n\\nSeoul did.")
    >>> [(template.first, template.last, template.text) for template in sections["pool demo"]]
    [('2023-07', '2025-06', 'Moscow replied.'), ('2022-01', '2025-06', 'Seoul did.')]
    """
    sections: dict[str, list[Template]] = {}
    current: list[Template] | None = None
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.strip().splitlines()]
        if lines and lines[0].startswith("# "):
            current = sections.setdefault(lines[0][2:].strip(), [])
            lines = lines[1:]
        if not lines:
            continue
        if current is None:
            raise ValueError(f"template outside any section: {lines[0]!r}")
        sentence = " ".join(lines)
        window = _WINDOW.match(sentence)
        first, last = COVERED_START, COVERED_END
        if window:
            first = window["first"] or COVERED_START
            last = window["last"] or COVERED_END
            sentence = sentence[window.end() :]
        current.append(Template(first, last, sentence))
    return {name: tuple(templates) for name, templates in sections.items()}


@cache
def load_templates(language: str) -> dict[str, tuple[Template, ...]]:
    """The templates of one language, by section, from the package's template file.

    Parameters
    ----------
    language : {"fr", "en"}
        Language of the templates.

    Returns
    -------
    dict of str to tuple of Template
        As :func:`parse_templates`; the same object on every call, so do not modify it.

    Raises
    ------
    ValueError
        If ``language`` has no template file.

    Examples
    --------
    >>> load_templates("en")["pool launch_reactions"][1].text
    'The Pentagon said the launch posed no immediate threat to U.S. territory.'
    """
    if language not in LANGUAGES:
        raise ValueError(f"no templates in {language!r}; languages are {', '.join(LANGUAGES)}")
    # Text mode reads a checkout with Windows line ends as the same templates.
    text = (files(__package__) / "templates" / f"{language}.txt").read_text(encoding="utf-8")
    return parse_templates(text)


@cache
def templates_in(section: str, language: str, month: str) -> tuple[str, ...]:
    """The texts of one section's templates usable in one month (none for an unknown section).

    Examples
    --------
    >>> before = templates_in("martial_law leads", "fr", "2023-12")
    >>> len(before) < len(templates_in("martial_law leads", "fr", "2024-12"))
    True
    >>> templates_in("no such section", "fr", "2024-12")
    ()
    """
    templates = load_templates(language).get(section, ())
    return tuple(
        template.text for template in templates if template.first <= month <= template.last
    )
