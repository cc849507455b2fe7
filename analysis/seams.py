"""Names glued to the word before them by scraping: ``Minister of SportNorway``.

Scraped pages lose the line breaks between a heading and what follows, or between the items
of a list, so a name can be written on to the word before it: the matcher, which finds
names only as whole words, misses them. A seam is a lower-case letter or a digit followed by
an upper-case letter inside a word (``SportNorway``, ``étrangèresFrance``, a dateline glued to
the lead: ``Monday, January 7, 2019United States President``); where the right-hand part
starts with an alias, that alias is a mention. Company and brand names written in one
word with a country inside (``PetroChina``, ``TransCanada``, ``AeroMexico``) are the
dictionary's exclusions like any other phrase, and a glued word that is one of them opens
no seam.

Names such as ``McCain`` or ``YouTube`` hold a seam too, but no alias starts there; a seam
opens a mention only where an alias of the dictionary starts and ends at a word boundary.
"""

from __future__ import annotations

import re

import numpy as np

from analysis.actors import alias_key

__all__ = ["find_seams", "seam_mentions"]

# A lower-case letter or a digit then an upper-case letter, within a word: Latin letters
# with accents. (Found as the pair, then shifted by one: faster than a look-behind.)
_SEAM = re.compile(r"[a-zß-öø-ÿ0-9][A-ZÀ-ÖØ-Þ]")
# A heading in capitals glued to the capitalised word after it ("WENDY R. SHERMANDeputy
# Secretary"): the seam is before the last capital, two letters into the match. (Written
# out: three times faster than with a repetition count.)
_CAPITALS_SEAM = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]")
_ADDRESS = re.compile(r"[#@/]|www\.|\.(?:com|org|gov|net|int|edu)\b")
"""A glued word that is a web address, a hashtag or a handle ("MekongUSPartnership.org",
"#EdUSAForum"): its seams open no mention."""
_SPACE = re.compile(r"\s")
_SNIPPET = 80
"""Characters after a seam that an alias may span (the longest aliases are shorter)."""


def find_seams(text: str) -> list[int]:
    """Offsets of the seams of a text: where an upper-case letter follows a lower-case one,
    or starts a capitalised word after a word in capitals.

    >>> find_seams("Minister of SportNorway, Office of the SpokespersonThe, 2019United")
    [17, 51, 60]
    >>> find_seams("WENDY R. SHERMANDeputy Secretary, USA Today, McCain")
    [16, 47]
    """
    seams = [match.start() + 1 for match in _SEAM.finditer(text)]
    glued = [match.start() + 2 for match in _CAPITALS_SEAM.finditer(text)]
    return sorted(seams + glued) if glued else seams


def seam_mentions(
    matcher, texts: list[str]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The mentions that start at a seam, as :meth:`analysis.mentions.Matcher.scan_many` gives.

    Parameters
    ----------
    matcher : Matcher
        The compiled dictionary.
    texts : list of str

    Returns
    -------
    (text, start, end, entry) : numpy.ndarray of int64
        Position of the text, offsets of the mention and the matcher entry behind it.

    Examples
    --------
    >>> import pandas as pd
    >>> from analysis.mentions import Matcher
    >>> aliases = pd.DataFrame({"actor_id": ["NOR", "CHN"], "alias": ["Norway", "China"],
    ...                         "kind": ["name", "name"], "case_sensitive": [False, False]})
    >>> exclusions = pd.DataFrame({"phrase": ["PetroChina"], "case_sensitive": [False]})
    >>> matcher = Matcher(aliases, exclusions)
    >>> [array.tolist() for array in seam_mentions(matcher, ["SportNorway and PetroChina"])]
    [[0], [5], [11], [0]]
    """
    excluded = {alias_key(entry.alias) for entry in matcher.entries if entry.kind == "exclusion"}
    owners, bases, snippets = [], [], []
    for number, text in enumerate(texts):
        seams = find_seams(text)
        for position, seam in enumerate(seams):
            word_start = 1 + max(text.rfind(" ", 0, seam), text.rfind("\n", 0, seam))
            space = _SPACE.search(text, seam)
            word_end = space.start() if space else len(text)
            if _ADDRESS.search(text, word_start, word_end):
                continue
            # The snippet ends at a space, so that its last word is whole, or at the next
            # seam: in a glued list ("CongoDjiboutiEgypt") each name is followed by one.
            stop = text.find(" ", seam + _SNIPPET)
            stop = stop if stop >= 0 else len(text)
            following = seams[position + 1] if position + 1 < len(seams) else stop
            owners.append((number, word_start))
            bases.append(seam)
            snippets.append(text[seam : min(following, stop)])
    empty = np.zeros(0, dtype=np.int64)
    if not snippets:
        return empty, empty, empty, empty
    which, starts, ends, entries = matcher.scan_many(snippets)
    at_seam = starts == 0
    kept_text, kept_start, kept_end, kept_entry = [], [], [], []
    for snippet, end, entry in zip(
        which[at_seam].tolist(), ends[at_seam].tolist(), entries[at_seam].tolist(), strict=True
    ):
        number, word_start = owners[snippet]
        seam = bases[snippet]
        glued = texts[number][word_start : seam + end]
        if alias_key(glued) in excluded:
            continue
        kept_text.append(number)
        kept_start.append(seam)
        kept_end.append(seam + end)
        kept_entry.append(entry)
    return (
        np.array(kept_text, dtype=np.int64),
        np.array(kept_start, dtype=np.int64),
        np.array(kept_end, dtype=np.int64),
        np.array(kept_entry, dtype=np.int64),
    )
