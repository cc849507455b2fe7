"""The comparison the matcher applies to aliases, shared by the checks and the matcher."""

from __future__ import annotations

import unicodedata

from analysis.text import fold

__all__ = ["alias_key", "case_letters"]


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

    Parameters
    ----------
    text : str
        An alias or any text.

    Returns
    -------
    str
        Its letters and digits, without accents, in their case.

    Examples
    --------
    >>> case_letters("U.S.") == case_letters("US") != case_letters("us")
    True
    """
    return "".join(c for c in unicodedata.normalize("NFD", text) if c.isalnum())
