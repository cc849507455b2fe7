"""Speaker labels (``SECRETARY BLINKEN:``) and later mentions of an official's surname.

Both name a person without saying whose official the person is: they count for a person the
article named before, by title or through the dictionary (:class:`~analysis.officials.people.
Cast`), and only when exactly one such person has that surname. A label of a person the
article did not name counts for the dictionary's one office-holder of that surname in the
article's month (:mod:`~analysis.officials.holders`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from analysis.officials.grammar import UPPER_LETTERS
from analysis.officials.people import Cast, Person, key_of

__all__ = [
    "GLUED_LABEL_HEAD",
    "GLUED_LABEL_PATTERN",
    "Label",
    "LaterMention",
    "find_later_mentions",
    "full_name_before",
    "glued_labels",
    "read_label",
    "title_words_between",
]

_CAPITALS = rf"[{UPPER_LETTERS}][{UPPER_LETTERS}'’\-]+"
_LABEL_NAME = re.compile(rf"[ \u00a0](?P<name>{_CAPITALS}(?: {_CAPITALS}){{0,2}}):")
_LINE_OPENERS = '.?!"”)\n'


@dataclass(frozen=True)
class Label:
    """A speaker label: ``SECRETARY BLINKEN`` (the colon left out), at the start of a line."""

    start: int
    end: int
    title_end: int
    name: str


def read_label(text: str, masked: str, start: int, grammar, courtesy: bool,
               glued: bool = False) -> Label | None:  # fmt: skip
    """The speaker label that starts at ``start`` (a title or courtesy title in capitals).

    Parameters
    ----------
    text, masked : str
        The article and its masked text (:func:`~analysis.officials.articles.masked_text`).
    start : int
        Where the matcher found the title or courtesy title.
    grammar : Grammar
    courtesy : bool
        The word at ``start`` is a courtesy title (``MR``), not a title.
    glued : bool
        The label is glued to what comes before (:func:`glued_labels`): it need not start
        a line.

    Examples
    --------
    >>> from analysis.officials.grammar import grammar_of
    >>> from analysis.officials.titles import load_titles
    >>> text = "Hello.\\nSECRETARY BLINKEN: Thank you."
    >>> read_label(text, text.lower(), 7, grammar_of(load_titles()), False)
    Label(start=7, end=24, title_end=16, name='BLINKEN')
    """
    if start > 0 and text[start - 1] not in _LINE_OPENERS and not glued:
        return None
    if courtesy:
        found = re.compile(r"[A-Z]{2,3}\.?").match(text, start)
    else:
        found = grammar.form.match(masked, start)
    if not found or not text[start : found.end()].isupper():
        return None
    name = _LABEL_NAME.match(text, found.end())
    if not name:
        return None
    return Label(start, name.end() - 1, found.end(), name.group("name"))


GLUED_LABEL_HEAD = 300
"""How far into an article a label glued to the time of a briefing is looked for."""

# The time of a briefing, its time zone in capitals, and a courtesy title glued to it:
# "2:00 p.m. EDTMS PORTER:" is the zone EDT and the label MS PORTER.
_GLUED_LABEL = re.compile(
    rf"\d[ \u00a0]?[AaPp]\.?[Mm]\.?[ \u00a0][A-Z]{{2,4}}?(?P<label>(?:MRS|MR|MS|DR)\.?"
    rf"[ \u00a0]{_CAPITALS}(?: {_CAPITALS}){{0,2}}:)"
)
GLUED_LABEL_PATTERN = r"\d ?[AaPp]\.?[Mm]\.? [A-Z]{2,4}(?:MRS|MR|MS|DR)\.? [A-Z]"
"""The same, in Arrow's regular expressions, to find the articles that may hold one."""


def glued_labels(text: str) -> list[int]:
    """Where the speaker labels glued to the time of a briefing start, near the top.

    >>> glued_labels("Briefing\\n2:00 p.m. EDTMS PORTER: Good afternoon.")
    [22]
    >>> glued_labels("2:00 p.m. EDT\\nMS PORTER: Good afternoon.")
    []
    """
    return [found.start("label") for found in _GLUED_LABEL.finditer(text, 0, GLUED_LABEL_HEAD)]


@dataclass(frozen=True)
class LaterMention:
    """A later mention of a person: ``Kono``, ``M. Kono``, ``Taro Kono``."""

    start: int
    end: int
    person: Person


def find_later_mentions(
    text: str,
    cast: Cast,
    occupied: list[tuple[int, int]],
    *,
    courtesy: re.Pattern,
    common_surnames: frozenset[str],
    not_names: frozenset[str],
    dictionary_surnames: dict[str, set[str]],
    dictionary_keys: frozenset[str],
) -> list[LaterMention]:
    """Every later mention of the article's titled officials.

    A person's surname counts after the person's first titled mention, in the same
    article, alone or after a courtesy title (``M.``, ``Mr.``) or the person's given names
    (``Taro Kono``). Never when another person of the article or of the dictionary has the
    same surname. A surname alone does not count when it is common (``Kim``: only ``M.
    Kim``), a word of ``not_names``, an alias of the dictionary, or a word the article also
    writes in lower case (``Price`` and "the price").

    Parameters
    ----------
    text : str
        The article.
    cast : Cast
        The article's persons.
    occupied : list of (start, end)
        Spans already counted (mentions and officials), sorted.
    courtesy : re.Pattern
        Courtesy titles, followed by spaces.
    common_surnames, not_names, dictionary_keys : frozenset of str
        Keys (see :func:`~analysis.actors.alias_key`).
    dictionary_surnames : dict
        From :func:`~analysis.officials.people.dictionary_surnames`.

    Returns
    -------
    list of LaterMention
        In text order, none overlapping ``occupied`` or each other.
    """
    found: list[LaterMention] = []
    occupied = _merged(occupied)
    starts = [start for start, _ in occupied]
    for person in cast.people.values():
        if person.titled_end is None or not person.surname:
            continue
        key = person.surname_key
        common = key in common_surnames
        # A common surname ("Kim") is shared with persons of the dictionary anyway: what
        # counts is that the article names one person of that surname.
        others = set() if common else dictionary_surnames.get(key, set()) - {person.actor_id}
        if others or cast.sharing_surname(key) > 1:
            continue
        alone = not (
            common
            or key in not_names
            or (key in dictionary_keys and not person.known)
            or _written_in_lower_case(text, person.surname)
        )
        given = person.words[: -len(person.surname.split())] if person.surname else []
        position = person.titled_end
        while True:
            hit = text.find(person.surname, position)
            if hit < 0:
                break
            position = hit + len(person.surname)
            end = position
            if (hit > 0 and text[hit - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
                continue
            start = hit
            for word in reversed(given):
                before = start - len(word) - 1
                if before >= 0 and text[before:start] == word + " ":
                    start = before
                else:
                    break
            titled = start < hit
            opener = _courtesy_before(text, start, courtesy)
            if opener is not None:
                start, titled = opener, True
            if not (titled or alone):
                continue
            if not titled and _other_first_name(text, hit, not_names):
                # "Penelope Fillon" is not François Fillon.
                continue
            if _overlaps(occupied, starts, start, end):
                continue
            found.append(LaterMention(start, end, person))
    found.sort(key=lambda mention: mention.start)
    kept: list[LaterMention] = []
    for mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*) \Z")


def _other_first_name(text: str, position: int, not_names: frozenset[str]) -> bool:
    """Whether a capitalised word other than a function word is written just before.

    >>> _other_first_name("soutien de Penelope Fillon", 20, frozenset())
    True
    >>> _other_first_name("selon Fillon", 6, frozenset())
    False
    """
    found = _WORD_BEFORE.search(text, max(0, position - 30), position)
    return bool(found and found.group(1)[0].isupper() and key_of(found.group(1)) not in not_names)


def _courtesy_before(text: str, position: int, courtesy: re.Pattern) -> int | None:
    """Where a courtesy title written just before ``position`` starts, if one is."""
    window = max(0, position - 12)
    for match in courtesy.finditer(text, window, position):
        if match.end() == position and (
            match.start() == 0 or not text[match.start() - 1].isalnum()
        ):
            return match.start()
    return None


def _written_in_lower_case(text: str, surname: str) -> bool:
    lower = surname.lower()
    if lower == surname:
        return False
    position = text.find(lower)
    while position >= 0:
        end = position + len(lower)
        if (position == 0 or not text[position - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return True
        position = text.find(lower, end)
    return False


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans, those that overlap or nest made one.

    >>> _merged([(3, 38), (13, 21), (39, 74), (49, 57)])
    [(3, 38), (39, 74)]
    """
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _overlaps(occupied: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_right(starts, start) - 1
    if index >= 0 and occupied[index][1] > start:
        return True
    return index + 1 < len(starts) and starts[index + 1] < end


_TITLE_GAP = re.compile(
    rf"(?:[ \u00a0]+(?:[{UPPER_LETTERS}][\w’'\-]*|and|of|for|the|&))+[ \u00a0]+"
)
_MAX_TITLE_GAP = 120


def title_words_between(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds only capitalised words and the words that join
    those of a title ("and", "of", "for", "the"): the rest of a title, after its state.

    >>> text = "New Zealand Chief Executive and Secretary of Foreign Affairs Chris Seed"
    >>> title_words_between(text, 11, 61), title_words_between("Japan said Taro", 5, 11)
    (True, False)
    """
    return end - start <= _MAX_TITLE_GAP and bool(_TITLE_GAP.fullmatch(text, start, end))


def full_name_before(
    text: str, surname: str, before: int, not_given: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The last full name ending with ``surname`` before ``before``: a capitalised given
    name (not a word of ``not_given``, such as a title's), one space, the surname (``Rui
    Vinhas``), as (start, end).

    >>> full_name_before("met Rui Vinhas. Ambassador Vinhas said", "Vinhas", 27)
    (4, 14)
    >>> full_name_before("met Rui Vinhas and Ambassador Vinhas", "Vinhas", 36, {"ambassador"})
    (4, 14)
    >>> full_name_before("met Vinhas. Ambassador Vinhas said", "Vinhas", 23) is None
    True
    """
    found = None
    pattern = rf"(?<![\w.])([{UPPER_LETTERS}][\w’'\-]+) {re.escape(surname)}(?!\w)"
    for match in re.finditer(pattern, text[:before]):
        if key_of(match.group(1)) not in not_given:
            found = (match.start(), match.end())
    return found
