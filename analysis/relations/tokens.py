"""Words of a sentence with their offsets and lemmas, as the trigger lookup and the rules see them.

Tokens are words (``Etats-Unis`` is one), French elided words (``l'``, ``n'``, ``qu'``),
the English ``n't`` and ``'s``, and single punctuation marks. Lemmas come from
``simplemma``, which ships its data: nothing is downloaded. French past participles that
``simplemma`` leaves as they are (``condamné``, ``envahi``) are matched through the forms
:func:`participles` derives from the verb.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

__all__ = ["ELISIONS", "TOKEN_PATTERN", "Token", "lemma", "participles", "tokenize"]

TOKEN_PATTERN = re.compile(
    r"\w+(?=n['’]t\b)|n['’]t\b"  # English negation: did|n't
    r"|(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=\w)"  # French elision: l'Ukraine, n'a
    r"|['’]s\b"  # English possessive: Russia|'s
    r"|\w+(?:-\w+)*"  # a word, hyphens inside (Etats-Unis, Kim Jong-un)
    r"|[^\w\s]",  # a punctuation mark
    re.IGNORECASE,
)
"""What a token is (see the module's docstring)."""

ELISIONS = {
    "l'": "le",
    "d'": "de",
    "n'": "ne",
    "s'": "se",
    "c'": "ce",
    "j'": "je",
    "m'": "me",
    "t'": "te",
    "qu'": "que",
    "jusqu'": "jusque",
    "lorsqu'": "lorsque",
    "puisqu'": "puisque",
    "n't": "not",
    "'s": "'s",
}
"""Elided and clitic forms, with the word they stand for."""


class Token(NamedTuple):
    """One token: its offsets in the text, its lower-case form and its lemma."""

    start: int
    end: int
    lower: str
    lemma: str

    @property
    def is_word(self) -> bool:
        return self.lower[:1].isalnum() or self.lower in ELISIONS.values()


def tokenize(text: str, language: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``.

    Examples
    --------
    >>> [t.lemma for t in tokenize("La Chine n'a pas condamné la Russie.", "fr")]
    ['le', 'chine', 'ne', 'avoir', 'pas', 'condamné', 'le', 'russie', '.']
    >>> [t.lower for t in tokenize("China didn't condemn Russia's war", "en")]
    ['china', 'did', 'not', 'condemn', 'russia', "'s", 'war']
    """
    end = len(text) if end is None else end
    tokens = []
    elisions = ELISIONS
    for match in TOKEN_PATTERN.finditer(text, start, end):
        word = match.group().lower()
        if "’" in word:
            word = word.replace("’", "'")
        word = elisions.get(word, word)
        tokens.append(Token(match.start(), match.end(), word, lemma(word, language)))
    return tokens


@functools.lru_cache(maxsize=200_000)
def lemma(word: str, language: str) -> str:
    """The lemma of a lower-case word (the word itself when ``simplemma`` has none).

    >>> lemma("accusent", "fr"), lemma("condemned", "en"), lemma("xyz", "zz")
    ('accuser', 'condemn', 'xyz')
    """
    if not word[:1].isalpha():
        return word
    try:
        import simplemma
    except ImportError as error:  # pragma: no cover - a declared dependency
        raise ImportError(
            "finding relations needs the package simplemma: pip install simplemma"
        ) from error
    try:
        return simplemma.lemmatize(word, lang=language).lower()
    except ValueError:  # a language simplemma does not know
        return word


def participles(verb: str, language: str) -> tuple[str, ...]:
    """The past participles of a French verb, which ``simplemma`` often leaves unlemmatised.

    >>> participles("condamner", "fr"), participles("envahir", "fr")[:2]
    (('condamné', 'condamnée', 'condamnés', 'condamnées'), ('envahi', 'envahie'))
    >>> participles("condemn", "en")
    ()
    """
    if language != "fr" or len(verb) < 4:
        return ()
    stems = {"er": "é", "ir": "i", "re": "u"}
    stem = stems.get(verb[-2:])
    if stem is None:
        return ()
    base = verb[:-2] + stem
    return (base, base + "e", base + "s", base + "es")
