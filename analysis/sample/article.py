"""One article: a lead sentence, details and context drawn from the templates, glued as scraped."""

from __future__ import annotations

import bisect
import random
from collections.abc import Callable, Iterator, Sequence
from itertools import chain

from analysis.sample.credits import draw_credit
from analysis.sample.placeholders import Filler, placeholder_values
from analysis.sample.templates import templates_in
from analysis.sample.topics import related_templates, topic_table

MIN_WORDS = 150
MAX_WORDS = 450
"""Every body has between these many whitespace-separated words (inclusive)."""

# Share of articles whose paragraphs are glued without a space, as the user's scraper does.
_GLUED_SHARE = 0.85

# Spelling variants of scraped French: (old, new) replacements of an unaccented article.
_UNACCENTED = (("État", "Etat"), ("Sergueï", "Serguei"), ("Choïgou", "Choigou"))


def _in_random_order(items: Sequence[str], random_number: Callable[[], float]) -> Iterator[str]:
    """Yield ``items`` in random order, shuffling only as far as the caller reads.

    Articles use a fraction of their candidate sentences, so a lazy Fisher-Yates shuffle
    costs less than shuffling every list in full.
    """
    pool = list(items)
    for position in range(len(pool)):
        chosen = position + int(random_number() * (len(pool) - position))
        pool[position], pool[chosen] = pool[chosen], pool[position]
        yield pool[position]


def compose_article(rng: random.Random, month: str, language: str) -> tuple[str, str | None]:
    """One article body and its photo credit.

    Parameters
    ----------
    rng : random.Random
        Source of every draw: topic, sentences, placeholder values, spelling, paragraphs.
    month : str
        The month of the article, ``YYYY-MM``, within the period the templates describe.
    language : {"fr", "en"}
        Language of the article.

    Returns
    -------
    body : str
        One line of :data:`MIN_WORDS` to :data:`MAX_WORDS` words.
    credit : str or None
        The photo credit, ``None`` for no credit.

    Raises
    ------
    RuntimeError
        If the templates of the drawn topic cannot fill :data:`MIN_WORDS` words.

    Examples
    --------
    >>> body, credit = compose_article(random.Random(1), "2023-09", "en")
    >>> MIN_WORDS <= len(body.split()) <= MAX_WORDS
    True
    """
    topics, cumulative = topic_table(month, language)
    topic = topics[bisect.bisect(cumulative, rng.random() * cumulative[-1])]
    random_number = rng.random
    filler = Filler(random_number, placeholder_values(language, month))

    if language == "fr":
        # Straight, typographic or mixed apostrophes; "État" spelled with its accent, without it
        # ("Etat", as scraped text often does) or both ways.
        curly_share = (0.0, 0.0, 1.0, 0.5)[int(random_number() * 4)]
        unaccented_share = (0.0, 0.0, 0.0, 1.0, 0.5)[int(random_number() * 5)]
    else:
        curly_share = 1.0 if random_number() < 0.2 else 0.0
        unaccented_share = 0.0

    leads = templates_in(f"{topic.name} leads", language, month)
    details = templates_in(f"{topic.name} details", language, month)
    related = related_templates(topic.name, language, month)
    candidates = chain(
        (leads[int(random_number() * len(leads))],),
        _in_random_order(details, random_number),
        _in_random_order(related, random_number),
    )

    target = MIN_WORDS + 30 + int(random_number() * (MAX_WORDS - MIN_WORDS - 29))
    sentences: list[str] = []
    words = 0
    for template in candidates:
        sentence = template.format_map(filler)
        sentence_words = sentence.count(" ") + 1
        if words + sentence_words > target:
            continue
        sentence = sentence[0].upper() + sentence[1:]
        if curly_share and (curly_share == 1.0 or random_number() < curly_share):
            sentence = sentence.replace("'", "’")
        if unaccented_share and (unaccented_share == 1.0 or random_number() < unaccented_share):
            for old, new in _UNACCENTED:
                sentence = sentence.replace(old, new)
        sentences.append(sentence)
        words += sentence_words
        if words >= target - 10:
            break

    paragraphs = []
    position = 0
    while position < len(sentences):
        # The first paragraph is 2 or 3 sentences long, the others 2 to 4.
        size = 2 + int(random_number() * (2 if position == 0 else 3))
        paragraphs.append(" ".join(sentences[position : position + size]))
        position += size
    glue = "" if random_number() < _GLUED_SHARE else " "
    body = glue.join(paragraphs)
    # Words are separated by single spaces, so this is len(body.split()), only faster.
    body_words = body.count(" ") + 1
    if body_words < MIN_WORDS:
        raise RuntimeError(
            f"the templates of topic {topic.name!r} ({language}, {month}) gave only "
            f"{body_words} words; add sentences to its sections or related pools"
        )
    return body, draw_credit(rng, topic.credits)
