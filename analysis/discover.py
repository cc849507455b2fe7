"""Grow the dictionary: frequent names in the corpus that no alias covers yet.

A capitalised n-gram finder: runs of capitalised words (with the particles that names carry,
``de``, ``du``, ``von``, ``al``...) found outside every matched mention, counted across
the corpus. Single capitalised words that open a sentence are left out, since French and
English capitalise any word there; at a sentence start, leading words that the corpus also
writes in lower case elsewhere (``Selon``, ``Pour``) are dropped. So are single words that
the corpus also writes in lower case (``The`` after a quotation mark, ``We``), English days
and months (capitalised anywhere), titles (``Dr``) and English contractions of "I".
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import numpy as np
import pandas as pd

from analysis.text import CALENDAR, TITLES, sentence_ends_many

_UPPER = "A-ZÀ-ÖØ-ÞŒ"
_WORD = rf"[{_UPPER}][\w’'\-]*\w"
_PARTICLE = r"(?:de|du|des|de la|von|van|der|al|el|bin|ben|da|di|dos)"
_NAME = re.compile(rf"(?<![\w’'\-]){_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD})*")
_LEADING_ARTICLE = re.compile(r"^(?:Le|La|Les|L['’]|The|Un|Une|A|An)\s*(?=\S)")
_ELIDED = re.compile(r"^[DdLlJjQqNnSs]['’]")
_LOWER_WORD = re.compile(r"(?<![\w’'\-])[a-zà-öø-ÿœ][\w’'\-]*")


def uncovered_names(
    corpus: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    min_articles: int = 2,
    top: int = 50,
) -> pd.DataFrame:
    """Capitalised names found in at least ``min_articles`` articles and matched by no alias.

    Parameters
    ----------
    corpus, mentions : DataFrame
        From :func:`analysis.load_corpus` and :func:`analysis.mentions.find_mentions`.
    min_articles : int
        Keep names seen in at least this many articles.
    top : int
        Return at most this many, most frequent first.

    Returns
    -------
    DataFrame
        ``name``, ``occurrences``, ``articles``, ``example_doc_id``, ``example`` (the name
        in its context).

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "text": [
    ...     "Selon Rafael Grossi, Moscou ment, selon lui.",
    ...     "Pour Rafael Grossi, rien ne change pour Moscou."]})
    >>> mentions = pd.DataFrame({"doc_id": ["a"], "start": [21], "end": [27]})
    >>> uncovered_names(corpus, mentions)[["name", "articles"]].values.tolist()
    [['Rafael Grossi', 2]]
    """
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for doc_id, start, end in zip(
        mentions["doc_id"].astype(str), mentions["start"], mentions["end"], strict=True
    ):
        spans[doc_id].append((int(start), int(end)))
    texts = [t for t in corpus["text"] if isinstance(t, str)]
    ordinary = {word for text in texts for word in _LOWER_WORD.findall(text)}
    occurrences: Counter[str] = Counter()
    documents: dict[str, set[str]] = defaultdict(set)
    examples: dict[str, tuple[str, str]] = {}
    rows = [
        (doc_id, text)
        for doc_id, text in zip(corpus["doc_id"].astype(str), corpus["text"], strict=True)
        if isinstance(text, str) and text
    ]
    # Sentence starts of every article, found together: 0 and each sentence end.
    which, ends = sentence_ends_many([text for _, text in rows])
    sentence_starts_of: dict[int, set[int]] = defaultdict(lambda: {0})
    for row, end in zip(which.tolist(), ends.tolist(), strict=True):
        sentence_starts_of[row].add(end)
    for row, (doc_id, text) in enumerate(rows):
        covered = sorted(spans.get(doc_id, []))
        starts = sentence_starts_of[row]
        covered_starts = np.array([s for s, _ in covered], dtype=np.int64)
        covered_ends = np.array([e for _, e in covered], dtype=np.int64)
        for match in _NAME.finditer(text):
            name, offset = _trim(match.group(0), match.start())
            if offset in starts:
                name, offset = _drop_ordinary_words(name, offset, ordinary)
            if not name or (" " not in name and _not_a_name(name, ordinary)):
                continue
            end = offset + len(name)
            if len(covered_starts) and np.any((covered_starts < end) & (covered_ends > offset)):
                continue
            occurrences[name] += 1
            documents[name].add(doc_id)
            if name not in examples:
                examples[name] = (doc_id, text[max(0, offset - 50) : end + 50].replace("\n", " "))
    rows = [
        (name, n, len(documents[name]), *examples[name])
        for name, n in occurrences.items()
        if len(documents[name]) >= min_articles
    ]
    result = pd.DataFrame(
        rows, columns=["name", "occurrences", "articles", "example_doc_id", "example"]
    )
    result = result.sort_values(["articles", "occurrences", "name"], ascending=[False, False, True])
    return (
        result.head(top)
        .reset_index(drop=True)
        .astype({"name": "string", "example_doc_id": "string", "example": "string"})
    )


def _not_a_name(word: str, ordinary: set[str]) -> bool:
    """A single capitalised word that names nothing: an ordinary word, a day or month, a
    title (``Dr``) or an English "I" contraction (``I'm``)."""
    return (
        word.lower() in ordinary
        or word.lower() in CALENDAR
        or word in TITLES
        or _I_CONTRACTION.match(word) is not None
    )


_I_CONTRACTION = re.compile(r"I['’]")


def _drop_ordinary_words(name: str, offset: int, ordinary: set[str]) -> tuple[str, int]:
    """Drop sentence-initial words that are ordinary words written with a capital."""
    words = name.split(" ")
    while words and words[0].lower() in ordinary:
        offset += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), offset


def _trim(name: str, offset: int) -> tuple[str, int]:
    """Drop a leading article or elided determiner ("Le Monde" stays if two words remain)."""
    for pattern in (_ELIDED, _LEADING_ARTICLE):
        match = pattern.match(name)
        if match and len(name) > match.end():
            rest = name[match.end() :]
            if rest[:1].isupper():
                name, offset = rest, offset + match.end()
    return name.strip(), offset
