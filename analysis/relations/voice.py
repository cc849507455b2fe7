"""Releases that speak as a state: the phrases that stand for the corpus's voice.

With a voice (``voice: USA`` in a corpus's ``corpus.yaml``), "the Department", "the
Secretary", "the Spokesperson" and "we" (French: "le Département", "le porte-parole",
"nous") name that actor. In a joint statement (its opening says "joint statement" or
"déclaration conjointe"), "we" names each signatory: the actors coordinated with the voice
where the statement is introduced ("a joint statement by the United States, Japan and the
Republic of Korea"), or the longest such list when the voice is not among them.
"""

from __future__ import annotations

import re

__all__ = ["JOINT_STATEMENT", "OPENING_CHARACTERS", "VOICE_PHRASES", "voice_spans"]

VOICE_PHRASES = {
    "en": re.compile(
        r"(?<![\w-])(?:(?P<we>[Ww]e)|[Tt]he (?P<phrase>Department(?: [Ss]pokesperson)?|"
        r"(?:Deputy )?Secretary(?! of (?!State))|[Ss]pokesperson))(?![\w-])"
    ),
    "fr": re.compile(
        r"(?<![\w-])(?:(?P<we>[Nn]ous)|(?:[Ll]e|[Ll]a) (?P<phrase>[Dd]épartement(?! de la)|"
        r"[Ss]ecrétaire(?! général)|porte-parole))(?![\w-])"
    ),
}
"""Per language, the phrases standing for the voice; group ``we`` marks the first person."""

JOINT_STATEMENT = re.compile(
    r"joint statement|joint declaration|déclaration (?:conjointe|commune)", re.IGNORECASE
)
"""What says that a release is a joint statement."""

OPENING_CHARACTERS = 600
"""How far into a release its introduction of a joint statement is looked for."""


def voice_spans(text: str, start: int, end: int, language: str) -> list[tuple[int, int, bool]]:
    """The phrases standing for the voice in ``text[start:end]``: (start, end, is "we").

    Examples
    --------
    >>> text = "The Department condemns Russia. We urge China to act."
    >>> [(text[a:b], we) for a, b, we in voice_spans(text, 0, len(text), "en")]
    [('Department', False), ('We', True)]
    """
    pattern = VOICE_PHRASES.get(language)
    if pattern is None:
        return []
    spans = []
    for match in pattern.finditer(text, start, end):
        group = "we" if match.group("we") else "phrase"
        spans.append((match.start(group), match.end(group), group == "we"))
    return spans
