"""Officials recognised by their title: "le ministre japonais des Affaires étrangères Taro Kono".

A title next to a name makes that person an official of the state the title names (a
demonym, a state, an organisation or an institution the dictionary finds in it), of the
state a form names by itself ("Secretary of State"), or of the corpus's voice (the titles
a publisher gives its own officials: "Department Spokesperson Ned Price").
:func:`analysis.mentions.find_mentions` finds them with the other mentions, as mentions of
kind ``official``; :func:`officials_table` lists them, with a YAML snippet to paste into a
user dictionary.

Public API
----------
``load_titles(path=None, *, extend=True)``
    The titles file (``analysis/data/titles.yaml``, documented at its top), with a user
    file layered over it.
``resolve_titles(officials)``
    What ``find_mentions(officials=...)`` accepts, as :class:`Titles` or None.
``officials_table(mentions, articles)``
    One row per official found by title, with the evidence and a YAML entry.
``officials_yaml(table)``
    The ``actors:`` entries of the officials the dictionary does not know.

Modules
-------
``titles``
    Reading the titles file; the title keys the matcher looks for.
``grammar``
    Reading one title in an article: the phrase, the state, the name.
``articles``
    One article's mentions and masked text, as the grammar reads them.
``people``
    The persons of one article, their surnames and proposed ids.
``later``
    Speaker labels (also glued to a briefing's time) and later surnames.
``holders``
    The dictionary's office-holders by surname and month ("Foreign Minister Joly", "MS
    PORTER:" in an article that did not name them before).
``recognise``
    The pass over the mention table (:func:`add_officials`).
``table``
    :func:`officials_table` and :func:`officials_yaml`.
"""

from __future__ import annotations

from analysis.officials.recognise import OFFICIAL_KIND, add_officials, voice_affiliation
from analysis.officials.table import OFFICIALS_COLUMNS, officials_table, officials_yaml
from analysis.officials.titles import (
    PACKAGED_TITLES,
    TITLE_ACTOR,
    TitleForm,
    Titles,
    TitlesError,
    load_titles,
    matcher_aliases,
    resolve_titles,
)

__all__ = [
    "OFFICIALS_COLUMNS",
    "OFFICIAL_KIND",
    "PACKAGED_TITLES",
    "TITLE_ACTOR",
    "TitleForm",
    "Titles",
    "TitlesError",
    "add_officials",
    "load_titles",
    "matcher_aliases",
    "officials_table",
    "officials_yaml",
    "resolve_titles",
    "voice_affiliation",
]
