"""Load a corpus of news articles into a typed pandas DataFrame, with nothing lost.

A corpus is a folder of ``.txt`` files, one article each (searched recursively), a single
article file, or a table (CSV, JSON Lines, Parquet) with one article per row. Every file
(or row) is either loaded or listed in ``skipped`` with the reason, so that
``files_seen == loaded + skipped`` always holds.

The article file format::

     date 2023-07 Photo : YONHAP News
    <blank line>
    Body, one long paragraph in which scraped paragraphs were glued together.

The header may carry a full date (``2023-07-27``, ``27/07/2023``), no date, no credit,
other ``key : value`` fields, stray spaces, a byte-order mark, CRLF line ends; a file may
lack the header altogether (it is then loaded with a missing date and a note).

Each module does one job, in the order a file goes through them:

==================  ===================================================================
``files``           list a folder in path order, fingerprint it, read and parse files
``decode``          bytes to text: the encoding, recognised or guessed
``article``         one file: header, dates, body, the row it becomes
``language``        the language of each body (py3langid, batched)
``workers``         chunks of files read in one process per core
``columns``         the columns and dtypes, and those that need every article
``tables``          corpora given as one CSV, JSON Lines or Parquet table
``cache``           the Parquet cache of a loaded folder
``load``            :func:`read_corpus` and :func:`load_corpus`
``report``          :func:`corpus_report`: what was loaded, what was not and why
``distributed``     the same load as a lazy Dask DataFrame (``engine="dask"``)
==================  ===================================================================
"""

from analysis.corpus.article import (
    HEADER_KEYS,
    content_hash,
    looks_like_header,
    parse_article,
    parse_date_value,
    parse_header,
    split_article,
)
from analysis.corpus.columns import (
    COLUMNS,
    LOADER_VERSION,
    SKIPPED_COLUMNS,
    CorpusError,
    LoadResult,
    finish_articles,
)
from analysis.corpus.decode import MIXED_UTF8, decode_bytes
from analysis.corpus.files import fingerprint, list_corpus_files, path_order
from analysis.corpus.language import (
    LANGUAGE_SAMPLE,
    MIN_LETTERS_FOR_LANGUAGE,
    LanguagePathWarning,
    detect_languages,
    language_tables_folder,
)
from analysis.corpus.load import load_corpus, read_corpus
from analysis.corpus.report import corpus_report, format_report, length_outliers
from analysis.corpus.tables import TABLE_FIELDS, TABLE_READERS
from analysis.corpus.workers import PARALLEL_THRESHOLD, chunk_bounds

__all__ = [
    "COLUMNS",
    "HEADER_KEYS",
    "LANGUAGE_SAMPLE",
    "LOADER_VERSION",
    "MIN_LETTERS_FOR_LANGUAGE",
    "MIXED_UTF8",
    "PARALLEL_THRESHOLD",
    "SKIPPED_COLUMNS",
    "TABLE_FIELDS",
    "TABLE_READERS",
    "CorpusError",
    "LanguagePathWarning",
    "LoadResult",
    "chunk_bounds",
    "content_hash",
    "corpus_report",
    "decode_bytes",
    "detect_languages",
    "fingerprint",
    "finish_articles",
    "format_report",
    "language_tables_folder",
    "length_outliers",
    "list_corpus_files",
    "load_corpus",
    "looks_like_header",
    "parse_article",
    "parse_date_value",
    "parse_header",
    "path_order",
    "read_corpus",
    "split_article",
]
