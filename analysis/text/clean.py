"""Cleaning scraped bodies: glued paragraphs split again, Unicode and whitespace normalised."""

from __future__ import annotations

import unicodedata

import numpy as np

from analysis.text.batch import Batch, character_classes, character_table
from analysis.text.scan import current_abbreviation_tables, seams, sentence_counts
from analysis.text.words import count_words, kind_table, word_counts


def repair_glued_paragraphs(body: str) -> str:
    """Put a line break back where scraping glued two paragraphs together.

    Parameters
    ----------
    body : str
        One article body.

    Returns
    -------
    str
        The same text with ``"\\n"`` inserted after each glued sentence end. No other
        character is changed.

    Examples
    --------
    >>> repair_glued_paragraphs("visite à Pyeongyang.Lors d'un briefing")
    "visite à Pyeongyang.\\nLors d'un briefing"
    >>> repair_glued_paragraphs("les U.S. Marines, M. Kim, 3.5 %, www.state.gov/Remarks")
    'les U.S. Marines, M. Kim, 3.5 %, www.state.gov/Remarks'
    >>> repair_glued_paragraphs("de l'ONU.Le Conseil")
    "de l'ONU.\\nLe Conseil"
    >>> repair_glued_paragraphs("Washington, D.C.QUESTION: M.Kim a répondu.")
    'Washington, D.C.\\nQUESTION: M.Kim a répondu.'
    """
    return repair_glued_many([body])[0]


def repair_glued_many(texts: list[str]) -> list[str]:
    """:func:`repair_glued_paragraphs` of each text, found for all the texts at once.

    Examples
    --------
    >>> repair_glued_many(["à Pyeongyang.Lors d'un briefing", "M.Kim est là.Il parle."])
    ["à Pyeongyang.\\nLors d'un briefing", 'M.Kim est là.\\nIl parle.']
    """
    if not texts:
        return []
    batch = Batch(texts)
    return batch.texts_with_breaks(seams(batch))


def normalise_whitespace(text: str) -> str:
    """Line ends of every kind become ``"\\n"``, other whitespace runs one space.

    Blank lines are dropped and each line is stripped. Splitting and joining in C is several
    times faster than the equivalent regular expressions on long transcripts.

    Examples
    --------
    >>> normalise_whitespace(" Les  autorités\\r\\n\\r\\n ont\\u00a0dit.\\u2029Fin ")
    'Les autorités\\nont dit.\\nFin'
    """
    if _is_normalised(text):
        return text
    return "\n".join(filter(None, (" ".join(line.split()) for line in text.splitlines())))


def _is_normalised(text: str) -> bool:
    """Whether :func:`normalise_whitespace` would return ``text`` unchanged.

    Most bodies already are, and these checks run in C about three times faster than
    splitting the text into words. Every whitespace character but the space is unprintable.
    """
    lines = text.split("\n") if "\n" in text else [text]
    for line in lines:
        if not line.isprintable() or "  " in line or line[:1] == " " or line[-1:] == " ":
            return False
    # A blank line, or a line break at either end, would be dropped.
    return len(lines) == 1 or all(lines)


def clean_body(raw: str) -> str:
    """Clean one raw body: NFC, paragraph seams repaired, whitespace normalised.

    Line ends (``\\r\\n``, ``\\r``, U+2028...) become ``"\\n"``, runs of spaces and tabs
    (including no-break spaces) one space, blank lines one line break, and the ends are
    stripped. Accents and typographic apostrophes are kept as written.

    Examples
    --------
    >>> clean_body("  Les autorités\\r\\n\\r\\nont dit.Le  Kremlin\\u00a0a répondu. ")
    'Les autorités\\nont dit.\\nLe Kremlin a répondu.'
    """
    return clean_bodies([raw])[0]


def clean_bodies(raws: list[str]) -> list[str]:
    """:func:`clean_body` of each raw body, the paragraph seams found for all at once.

    The same batch scan finds the bodies whose whitespace or Unicode form (NFC) needs
    normalising (one in fifty in the press corpora tried), so that only those are
    normalised one by one.

    Examples
    --------
    >>> clean_bodies(["à Pyeongyang.Lors d'un  briefing", " Fin. "])
    ["à Pyeongyang.\\nLors d'un briefing", 'Fin.']
    """
    return _cleaned_batch(raws).texts


def clean_and_count(raws: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """:func:`clean_bodies`, then the sentences and words of each cleaned body.

    The counts are those of :func:`analysis.text.count_sentences_many` and
    :func:`analysis.text.word_counts`, taken from the scan that cleaned the bodies.

    Examples
    --------
    >>> cleaned, sentences, words = clean_and_count(["Oui.Non. L'ONU", " "])
    >>> cleaned, sentences.tolist(), words.tolist()
    (["Oui.\\nNon. L'ONU", ''], [3, 0], [3, 0])
    """
    if not raws:
        return [], np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    batch = _cleaned_batch(raws)
    if batch.astral:
        words = word_counts(batch.texts)
    else:
        words = count_words(kind_table()[batch.units], batch.starts)
    return batch.texts, sentence_counts(batch), words


def _cleaned_batch(raws: list[str]) -> Batch:
    """The batch of the cleaned bodies, made from the scan of the raw ones."""
    texts = list(raws)
    batch = Batch(texts)
    # Most bodies are in NFC with even whitespace already: the batch finds the others.
    uneven = batch.needing_cleaning().tolist()
    if uneven:
        batch = batch.replaced(
            {i: normalise_whitespace(unicodedata.normalize("NFC", texts[i])) for i in uneven}
        )
    return batch.with_breaks(seams(batch))


def character_tables() -> None:
    """Build the tables of the batch functions now (a tenth of a second), not at first use.

    Worker processes started by fork then inherit them instead of each building its own.
    """
    kind_table()
    character_table()
    character_classes()
    current_abbreviation_tables()
