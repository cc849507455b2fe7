"""Write a synthetic corpus of news articles in the user's exact file format.

The articles are SYNTHETIC: every sentence comes from templates written for this project, and
real events (summits, missile tests, elections...) appear only as dated context, in the month
they happened. The output looks like what the user's scraper produces, so that the loaders,
actor counts and timelines can be developed, tested and benchmarked without the real corpus:

* one UTF-8 ``.txt`` file per article, named ``NNN_<16 hex>.txt`` where ``NNN`` is the running
  index in date order (zero padded to at least 3 digits) and the hex is the start of the
  SHA-256 of the body;
* line 1 is a header such as `` date 2023-07 Photo : YONHAP News`` (a few articles have no
  photo credit), then a blank line, then the body on one line;
* in most bodies the scraped paragraphs are glued without a space (``... Pyeongyang.Lors ...``);
* about 85 % of the articles are in French, the rest in English; spellings vary the way scraped
  text does (``États-Unis`` / ``Etats-Unis``, straight or typographic apostrophes).

Coverage follows the news: more articles in months with big events, a few quiet months with one
or two articles and one month with none (a gap in the scrape). North Korea and Russia are
mentioned together far more often from mid-2023 (Shoigu in Pyongyang, the Vostochny summit,
the 2024 treaty, North Korean troops in Kursk) than before.

The embedded sample ``data/sample/`` is ``python -m analysis.sample --n 480 --out data/sample``
with the default seed; the tests check that it never drifts from what this package writes.

Command line (read by :func:`analysis.cli.sample_main`, which calls :func:`write_corpus`)::

    python -m analysis.sample --n 100000 --out DIR [--seed S] [--from 2022-01] [--to 2025-06]
                              [--english-share 0.15] [--force] [--quiet]

Modules, from the data up:

* :mod:`~analysis.sample.months`: the period covered and ``YYYY-MM`` arithmetic;
* :mod:`~analysis.sample.coverage`: how many articles each month gets;
* :mod:`~analysis.sample.templates`: the sentence templates, package data
  ``templates/fr.txt`` and ``templates/en.txt``;
* :mod:`~analysis.sample.placeholders`: what ``{nk}``, ``{us_pres}``... become;
* :mod:`~analysis.sample.topics`: what articles are about, and when;
* :mod:`~analysis.sample.credits`: the photo credits of the headers;
* :mod:`~analysis.sample.article`: one article body;
* :mod:`~analysis.sample.generate`: file names and texts, in date order;
* :mod:`~analysis.sample.write`: the files on disk.
"""

from analysis.sample.article import MAX_WORDS, MIN_WORDS
from analysis.sample.generate import (
    ARTICLE_NAME,
    DEFAULT_SEED,
    HEADER,
    SAMPLE_SIZE,
    body_digest,
    generate_articles,
)
from analysis.sample.months import COVERED_END, COVERED_START, month_range
from analysis.sample.write import write_corpus

__all__ = [
    "ARTICLE_NAME",
    "COVERED_END",
    "COVERED_START",
    "DEFAULT_SEED",
    "HEADER",
    "MAX_WORDS",
    "MIN_WORDS",
    "SAMPLE_SIZE",
    "body_digest",
    "generate_articles",
    "month_range",
    "write_corpus",
]
