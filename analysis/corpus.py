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
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import io
import json
import os
import re
import tempfile
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import config
from analysis.text import (
    character_tables,
    clean_and_count,
    word_counts,
)

# Bump when the columns or the cleaning change, so that old caches are not reused.
LOADER_VERSION = "3"

COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "path": "string",
    "date": "datetime64[ns]",
    "month": "period[M]",
    "date_precision": "category",
    "credit": "string",
    "language": "category",
    "encoding": "category",
    "header": "string",
    "text": "string",
    "raw_text": "string",
    "n_words": "Int64",
    "n_sentences": "Int64",
    "content_hash": "string",
    "duplicate_of": "string",
    "notes": "string",
}
"""Columns of the corpus DataFrame and their dtypes.

Rows are in path order, numbers in names compared as numbers (``999_...`` before
``1000_...``); table rows keep the order of the table.

doc_id
    File stem (``000_981bfdf0ee7dcdf6``); for tables, the mapped id column or the row number.
    When two files share a stem (in different subfolders), their path without ``.txt``.
path
    Path relative to the corpus root, with ``/`` separators (``file.csv:12`` for table rows).
date
    The day of publication when the header gives one (``2023-07-27``), else ``NaT``.
month
    The month of publication (``Period[M]``), ``NaT`` when the header has no date.
date_precision
    ``day``, ``month`` or ``missing``.
credit
    The photo credit of the header (``YONHAP News``), ``<NA>`` when absent.
language
    ISO 639-1 code detected from the body by py3langid (``fr``, ``en``...); ``und`` when the
    body has fewer than 20 letters.
encoding
    The encoding the file was decoded with (``utf-8``, ``utf-8-sig``, ``utf-16``,
    ``utf-16-le`` when there is no byte-order mark, ``cp1252``...; ``utf-8 (truncated)`` when
    the file ends inside a character, :data:`MIXED_UTF8`); ``table`` for table rows.
header
    The header line as read, ``<NA>`` when the file has none.
text
    The cleaned body: Unicode NFC, glued paragraphs split by ``\\n``, whitespace normalised.
    Mention offsets point into this column.
raw_text
    The body exactly as decoded, before cleaning (only the blank lines around it removed).
n_words, n_sentences
    Counts on ``text`` (see :data:`analysis.text.WORD_PATTERN`).
content_hash
    SHA-256 (hexadecimal) of the normalised body in UTF-8: NFC, case and accents kept,
    whitespace collapsed to single spaces and stripped.
duplicate_of
    ``doc_id`` of the first article (in row order) with the same ``content_hash``, else ``<NA>``.
notes
    Problems met while loading that did not prevent it (``no header``; ``invalid date``...).
"""

SKIPPED_COLUMNS = {"path": "string", "reason": "string"}

MIXED_UTF8 = "utf-8 (some cp1252 bytes)"
"""``encoding`` of a UTF-8 file in which a few bytes were not UTF-8 and were read as cp1252."""

PARALLEL_THRESHOLD = 2000
"""Corpora with at least this many files are read by one process per core."""

MIN_LETTERS_FOR_LANGUAGE = 20
"""Bodies with fewer letters get the language ``und``: py3langid guesses wildly on them."""

LANGUAGE_SAMPLE = 500
"""Characters from the start of the body given to py3langid.

On 3,500 State Department press releases and Wikinews articles, 500 characters gave the
same language as 5,000 for every article, in half the time of 1,000 (300 got two wrong).
"""

HEADER_KEYS = frozenset(
    {
        "date", "photo", "photos", "crédit", "credit", "credits", "source", "sources", "auteur",
        "author", "titre", "title", "langue", "language", "lang", "url", "lien", "link",
        "rubrique", "section", "média", "media", "journal",
    }
)  # fmt: skip
"""Keys that mark a first line without a date as a header even with no blank line after it."""

# Plausible publication years; they also keep every day inside what datetime64[ns] holds.
_YEARS = range(1800, 2200)
_DATE_FORMS = (
    # 2023-07, 2023/07/27, 2023-07-27T10:00:00Z (the time is ignored)
    re.compile(
        r"(?P<year>[0-9]{4})[-/.](?P<month>[0-9]{1,2})"
        r"(?:[-/.](?P<day>[0-9]{1,2})(?:T[0-9:.]+(?:Z|[+-][0-9:]+)?)?)?"
    ),
    # 27/07/2023: French dates put the day first.
    re.compile(r"(?P<day>[0-9]{1,2})[-/.](?P<month>[0-9]{1,2})[-/.](?P<year>[0-9]{4})"),
    # 07/2023
    re.compile(r"(?P<month>[0-9]{1,2})[-/.](?P<year>[0-9]{4})"),
)
# "date" as a word of its own; its value must start with a digit, so that in
# " date Photo : X" the word "Photo" is not taken for a date.
_HEADER_DATE = re.compile(r"(?:^|(?<=\s))date\b\s*:?\s*(?P<date>[0-9]\S*)?", re.IGNORECASE)
# "key : value"; a colon followed by "//" belongs to a URL, not to a key.
_HEADER_KEY = re.compile(r"(?:^|(?<=\s))(?P<key>[^\W\d][\w-]*)\s*:(?!//)\s*")
_STARTS_WITH_DATE = re.compile(
    r"\s*date\b\s*:?\s*(?:[0-9]|$|[^\W\d][\w-]*\s*:(?!//))", re.IGNORECASE
)
_STARTS_WITH_KEY = re.compile(r"\s*(?P<key>[^\W\d][\w-]*)\s*:(?!//)")
_LEADING_BLANK_LINES = re.compile(r"(?:[^\S\r\n]*(?:\r\n?|\n))*")
_FIRST_LINE = re.compile(r"(?P<line>[^\r\n]*)(?:\r\n?|\n|$)")
_BLANK_LINE = re.compile(r"[^\S\r\n]*(?:\r\n?|\n|$)")
_NOT_SPACE = re.compile(r"\S")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# The same characters in UTF-8 bytes: the ASCII ones, and U+0080 to U+009F.
_ASCII_CONTROLS = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_C1_IN_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
_SPACES = re.compile(r"\s+")
# Matches once a text has reached the minimum number of letters, so it stops early.
_ENOUGH_LETTERS = re.compile(rf"(?:[^\W\d_][\W\d_]*){{{MIN_LETTERS_FOR_LANGUAGE}}}")
_DIGITS = re.compile(r"([0-9]+)")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_TYPOGRAPHY = dict.fromkeys(map(ord, "’‘“”«»–—…•·°€\u00a0"))


class CorpusError(ValueError):
    """The corpus could not be read at all (missing folder, unknown table format...)."""


@dataclass
class LoadResult:
    """What :func:`read_corpus` returns: the articles and every file that was not loaded.

    Attributes
    ----------
    articles : pandas.DataFrame
        One row per loaded article, columns as in :data:`COLUMNS`.
    skipped : pandas.DataFrame
        One row per file (or table row) not loaded: ``path``, ``reason``.
    files_seen : int
        Files (or table rows) found; always ``len(articles) + len(skipped)``.
    root : pathlib.Path
        The corpus folder (or the file) that was read.
    from_cache : bool
        Whether the articles came from the Parquet cache.
    cache_path : pathlib.Path or None
        The Parquet cache file used or written (``None`` without a cache).
    """

    articles: pd.DataFrame
    skipped: pd.DataFrame
    files_seen: int
    root: Path
    from_cache: bool = False
    cache_path: Path | None = field(default=None, repr=False)


# --------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes) -> tuple[str | None, str]:
    """Decode the bytes of one file, or say why they cannot be read as text.

    Returns
    -------
    (text, encoding) or (None, reason)
        UTF-8 (with or without BOM) and UTF-16/32 with a BOM are recognised directly, and
        so is UTF-16 without BOM when every other byte is NUL. Other bytes are read as
        cp1252 when they look like French or English text (few accented letters among
        plain ones), else go through charset-normalizer. A UTF-8 file cut inside its last
        character is decoded without that character (``encoding`` then reads
        ``utf-8 (truncated)``); in a UTF-8 file with a few stray cp1252 bytes, those are
        read as cp1252 (:data:`MIXED_UTF8`). Text with NUL characters or more than 5 % control
        characters is taken for a binary file.

    Examples
    --------
    >>> decode_bytes("Séoul".encode("cp1252") + b" et P\\xe9kin ont r\\xe9agi.")
    ('Séoul et Pékin ont réagi.', 'cp1252')
    >>> decode_bytes("Pékin".encode("utf-16"))
    ('Pékin', 'utf-16')
    >>> decode_bytes(b"\\x00\\x01\\x02\\xff\\xfe\\x00\\x00\\x10")
    (None, 'binary file (not text)')
    >>> decode_bytes(b" \\r\\n")
    (None, 'empty file')
    """
    if not data or data.isspace():
        return None, "empty file"
    if data.startswith(b"\xef\xbb\xbf"):
        decoded = _decode_utf8(data[3:], "utf-8-sig")
        if decoded is None:
            return None, "undecodable: starts with a UTF-8 byte-order mark but is not UTF-8"
        return decoded
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return _strict(data, "utf-32", "declares utf-32 by its byte-order mark")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", "declares utf-16 by its byte-order mark")
    decoded = _decode_utf8(data, "utf-8") or _decode_mostly_utf8(data)
    if decoded is not None:
        return decoded
    byte_order = _utf16_without_bom(data)
    if byte_order is not None:
        return _strict(data, byte_order, f"looks like {byte_order} without byte-order mark")
    return _guess_encoding(data)


def _decode_utf8(data: bytes, encoding: str) -> tuple[str | None, str] | None:
    """UTF-8 text, or ``None`` when the bytes are not UTF-8."""
    try:
        text = data.decode("utf-8")
        if len(data.translate(None, _ASCII_CONTROLS)) == len(data) and not _C1_IN_UTF8.search(data):
            # No control character at all (most files): nothing for _check_text to count.
            return text, encoding
        return _check_text(text, encoding)
    except UnicodeDecodeError as error:
        head = data[: error.start]
        # A file cut inside its last multi-byte character: keep everything before it. Only
        # when the rest has other multi-byte characters: a lone final byte >= 0x80 after
        # pure ASCII is as likely a Latin-1 "é" as a cut.
        cut_at_end = error.reason == "unexpected end of data" and error.start >= len(data) - 3
        if cut_at_end and not head.isascii():
            with contextlib.suppress(UnicodeDecodeError):
                return _check_text(head.decode("utf-8"), f"{encoding} (truncated)")
    return None


def _read_as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    return error.object[error.start : error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error("analysis-cp1252", _read_as_cp1252)


def _decode_mostly_utf8(data: bytes) -> tuple[str | None, str] | None:
    """UTF-8 text with a few stray cp1252 bytes (a file edited in two editors), or ``None``.

    Read as cp1252, the whole file would turn every UTF-8 "é" into "Ã©"; so when the
    well-formed multi-byte UTF-8 characters outnumber the bytes that are not, only the
    latter are read as cp1252. cp1252 text almost never holds a well-formed UTF-8 sequence.
    """
    well_formed = _UTF8_MULTIBYTE.findall(data)
    if not well_formed:
        return None
    high_bytes = len(data) - len(data.decode("ascii", errors="ignore"))
    stray = high_bytes - sum(map(len, well_formed))
    if stray > len(well_formed):
        return None
    return _check_text(data.decode("utf-8", errors="analysis-cp1252"), MIXED_UTF8)


def _strict(data: bytes, encoding: str, why: str) -> tuple[str | None, str]:
    try:
        return _check_text(data.decode(encoding), encoding)
    except UnicodeDecodeError as error:
        return None, f"undecodable: {why} but {error.reason}"


def _check_text(text: str, encoding: str) -> tuple[str | None, str]:
    # A few control characters turn up in real scraped text (a DOS end-of-file mark, a
    # stray escape); binary data decoded as a single-byte encoding has about one in ten.
    if "\x00" in text or len(_CONTROL.findall(text)) > max(2, len(text) // 20):
        return None, "binary file (not text)"
    return text, encoding


def _guess_encoding(data: bytes) -> tuple[str | None, str]:
    if b"\x00" in data:
        return None, "binary file (not text)"
    western = _as_western_text(data)
    if western is not None:
        return _check_text(western, "cp1252")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None, "undecodable: not UTF-8 and no other text encoding fits"
    return _check_text(str(best), best.encoding.replace("_", "-"))


def _as_western_text(data: bytes) -> str | None:
    """The bytes as cp1252 when they read as French or English text, else ``None``.

    charset-normalizer alone names short French text "cp1006" (Urdu) or "big5" (``Noël à
    Pékin``, ``ça``). French or English text in a single-byte encoding is cp1252 (or its
    subset Latin-1) in practice, and has few accented letters among many plain ones; Russian
    or Korean bytes read as cp1252 give nothing but accented letters and symbols.
    Typographic quotes, dashes and spaces are not counted.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    without_typography = text.translate(_TYPOGRAPHY)
    non_ascii = len(without_typography) - len(without_typography.encode("ascii", "ignore"))
    plain_letters = len(_ASCII_LETTER.findall(text))
    return text if non_ascii <= max(3, plain_letters // 4) else None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the bytes look like it, else ``None``.

    Latin text in UTF-16 has a NUL in nearly every other byte and almost none in the
    others; binary data has NULs on both sides.
    """
    sample = data[:4000]
    even, odd = sample[0::2], sample[1::2]
    if len(odd) < 2:
        return None
    if odd.count(0) >= 0.4 * len(odd) and even.count(0) <= 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.4 * len(even) and odd.count(0) <= 0.05 * len(odd):
        return "utf-16-be"
    return None


# --------------------------------------------------------------------------- parsing


def parse_header(line: str) -> dict[str, object]:
    """Parse the first line of an article file.

    The date follows the word ``date`` (``date 2023-07``, ``Date: 2023/07/27``,
    ``date 27/07/2023``, day first as in French); every other ``key : value`` pair goes to
    ``fields``; the credit is the value of ``Photo`` (or ``Credit``, ``Crédit``).

    Returns
    -------
    dict
        ``date`` (``pandas.Timestamp`` or ``None``), ``month`` (``pandas.Period`` or
        ``None``), ``date_precision``, ``credit`` (``str`` or ``None``), ``fields`` (every
        ``key : value`` pair, keys lower-cased) and ``problems`` (list of str).

    Examples
    --------
    >>> header = parse_header(" date 2023-07 Photo : YONHAP News")
    >>> header["month"], header["date_precision"], header["credit"]
    (Period('2023-07', 'M'), 'month', 'YONHAP News')
    >>> header = parse_header("date 2023-07-27  Source : AFP  Photo : Reuters")
    >>> str(header["date"].date()), header["credit"], header["fields"]["source"]
    ('2023-07-27', 'Reuters', 'AFP')
    >>> parse_header(" date 2023-13 Photo : AP")["problems"]
    ["invalid date '2023-13'"]
    """
    result: dict[str, object] = {
        "date": None,
        "month": None,
        "date_precision": "missing",
        "credit": None,
        "fields": {},
        "problems": [],
    }
    rest = line.strip().lstrip("\ufeff").strip()
    date_match = _HEADER_DATE.search(rest)
    if date_match:
        raw_date = date_match.group("date")
        rest = (rest[: date_match.start()] + " " + rest[date_match.end() :]).strip()
        if raw_date:
            _parse_date(raw_date, result)
        else:
            result["problems"].append("header has 'date' but no value")
    keys = list(_HEADER_KEY.finditer(rest))
    fields: dict[str, str] = {}
    for index, key_match in enumerate(keys):
        end = keys[index + 1].start() if index + 1 < len(keys) else len(rest)
        value = _SPACES.sub(" ", rest[key_match.end() : end]).strip()
        if value:
            fields.setdefault(key_match.group("key").lower(), value)
    unparsed = rest[: keys[0].start()] if keys else rest
    if unparsed.strip():
        result["problems"].append(f"unparsed header text {_SPACES.sub(' ', unparsed.strip())!r}")
    result["fields"] = fields
    result["credit"] = fields.get("photo") or fields.get("credit") or fields.get("crédit")
    return result


def _parse_date(raw: str, result: dict[str, object]) -> None:
    """Fill ``date``, ``month`` and ``date_precision`` of ``result`` from a date string."""
    for form in _DATE_FORMS:
        match = form.fullmatch(raw)
        if match is not None:
            break
    else:
        result["problems"].append(f"invalid date {raw!r}")
        return
    year, month, day = int(match["year"]), int(match["month"]), match.groupdict().get("day")
    if year not in _YEARS or not 1 <= month <= 12:
        result["problems"].append(f"invalid date {raw!r}")
    elif day is None:
        result.update(month=pd.Period(year=year, month=month, freq="M"), date_precision="month")
    else:
        try:
            stamp = pd.Timestamp(year, month, int(day))
        except ValueError:
            result["problems"].append(f"invalid date {raw!r}")
        else:
            result.update(date=stamp, month=stamp.to_period("M"), date_precision="day")


def parse_date_value(value: object) -> dict[str, object]:
    """Parse a date cell of a table: ``2023-07``, ``2023-07-27``, a timestamp, or empty.

    Returns the same keys as :func:`parse_header` (``date``, ``month``,
    ``date_precision``, ``problems``). A timestamp with a time zone gives its local day.
    Numbers and bare years are not dates (an epoch or a year alone would be guessed wrong)
    and are reported in ``problems``.

    Examples
    --------
    >>> parse_date_value("2023-07")["date_precision"]
    'month'
    >>> str(parse_date_value("2023-07-27T10:00:00Z")["month"])
    '2023-07'
    >>> parse_date_value("")["date_precision"]
    'missing'
    >>> parse_date_value(2023)["problems"]
    ['invalid date 2023']
    """
    result: dict[str, object] = {
        "date": None, "month": None, "date_precision": "missing", "problems": [],
    }  # fmt: skip
    if _is_missing(value):
        return result
    if isinstance(value, (bool, int, float, np.number)):
        result["problems"].append(f"invalid date {value!r}")
        return result
    text = str(value).strip()
    if any(form.fullmatch(text) for form in _DATE_FORMS):
        _parse_date(text, result)
        return result
    try:
        stamp = pd.Timestamp(value)
        # The day of publication is the day where it was published: keep the local time.
        stamp = stamp.tz_localize(None)
        if pd.isna(stamp) or stamp.year not in _YEARS or re.fullmatch(r"[0-9]{1,4}", text):
            raise ValueError(text)
    except (ValueError, TypeError, OverflowError):
        result["problems"].append(f"invalid date {text!r}")
        return result
    day = stamp.normalize().as_unit("ns")
    result.update(date=day, month=day.to_period("M"), date_precision="day")
    return result


def _is_missing(value: object) -> bool:
    """``None``, NaN, ``NA``, ``NaT`` or a blank string."""
    if isinstance(value, str):
        return not value or value.isspace()
    return pd.api.types.is_scalar(value) and bool(pd.isna(value))


def looks_like_header(line: str, followed_by_blank_line: bool) -> bool:
    """Whether the first line of a file is a header rather than the start of the body.

    A header starts with ``date`` (then a date, a ``key :`` or nothing) or with a
    ``key :`` pair. A line that starts with another word and a colon, such as a dateline
    ``Séoul : la Corée du Nord a tiré...``, counts only if a blank line follows it, or if the
    key is a usual header key (:data:`HEADER_KEYS`). Lines over 300 characters never count.

    Examples
    --------
    >>> looks_like_header(" date 2023-07 Photo : YONHAP News", False)
    True
    >>> looks_like_header("Photo : AFP", False)
    True
    >>> looks_like_header("Séoul : la Corée du Nord a tiré un missile.", False)
    False
    >>> looks_like_header("Date limite pour les négociations.", True)
    False
    """
    if len(line) > 300:
        return False
    if _STARTS_WITH_DATE.match(line):
        return True
    key = _STARTS_WITH_KEY.match(line)
    return key is not None and (followed_by_blank_line or key["key"].lower() in HEADER_KEYS)


def split_article(text: str) -> tuple[str | None, str, list[str]]:
    """Split decoded file text into its header line (or ``None``), its raw body and notes.

    Line ends may be ``\\n``, ``\\r\\n`` or ``\\r``; blank lines before the header are
    ignored. The body is returned as written, only stripped of the blank lines around it.

    Examples
    --------
    >>> split_article(" date 2023-07 Photo : AFP\\r\\n\\r\\nLe corps.")
    (' date 2023-07 Photo : AFP', 'Le corps.', [])
    >>> split_article(" date 2023-07 Photo : AFP\\nLe corps.")
    (' date 2023-07 Photo : AFP', 'Le corps.', ['no blank line after header'])
    >>> split_article("Un article sans en-tête.")
    (None, 'Un article sans en-tête.', ['no header'])
    """
    # Most files: a first line that is not blank, ended by "\n" alone.
    newline = text.find("\n")
    line = text[:newline]
    if newline > 0 and "\r" not in line and not line.isspace() and text[0] != "\ufeff":
        blank_after = _BLANK_LINE.match(text, newline + 1) is not None
        if _looks_like_header_cached(line, blank_after):
            body = _NOT_SPACE.search(text, newline + 1)
            body = text[body.start() :].rstrip() if body else ""
            return line, body, [] if blank_after or not body else ["no blank line after header"]
        return None, text.strip(), ["no header"]
    return _split_article_by_rule(text)


def _split_article_by_rule(text: str) -> tuple[str | None, str, list[str]]:
    """:func:`split_article` for every file, by the regular expressions that state the rule."""
    text = text.lstrip("\ufeff")
    first = _FIRST_LINE.match(text, _LEADING_BLANK_LINES.match(text).end())
    line, rest = first["line"], text[first.end() :]
    blank_after = _BLANK_LINE.match(rest) is not None
    if looks_like_header(line, blank_after):
        problems = [] if blank_after or not rest.strip() else ["no blank line after header"]
        return line, rest.strip(), problems
    return None, text.strip(), ["no header"]


# Whether a first line is a header, per line and blank line after it: a corpus has few
# distinct header lines.
_HEADER_LINES_SEEN: dict[tuple[str, bool], bool] = {}


def _looks_like_header_cached(line: str, blank_after: bool) -> bool:
    key = (line, blank_after)
    known = _HEADER_LINES_SEEN.get(key)
    if known is None:
        known = looks_like_header(line, blank_after)
        if len(_HEADER_LINES_SEEN) >= 10_000:
            _HEADER_LINES_SEEN.clear()
        _HEADER_LINES_SEEN[key] = known
    return known


def content_hash(text: str) -> str:
    """SHA-256 of a body after collapsing whitespace, so re-spaced copies count as duplicates.

    Examples
    --------
    >>> content_hash("Le  Kremlin\\na répondu.") == content_hash("Le Kremlin a répondu. ")
    True
    >>> content_hash("Oui") == hashlib.sha256(b"Oui").hexdigest()
    True
    """
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def parse_article(data: bytes, relative_path: str) -> dict[str, object] | tuple[str, str]:
    """Turn the bytes of one article file into a row, or ``(path, reason)`` if not loadable.

    Examples
    --------
    >>> data = " date 2023-07 Photo : AFP\\n\\nSéoul a protesté.".encode()
    >>> row = parse_article(data, "a/001.txt")
    >>> row["doc_id"], str(row["month"]), row["credit"], row["text"]
    ('001', '2023-07', 'AFP', 'Séoul a protesté.')
    >>> parse_article(b" date 2023-07 Photo : AFP\\n\\n", "002.txt")
    ('002.txt', 'header only, no body')
    """
    row = _parse_file(data, relative_path)
    if isinstance(row, dict):
        _clean_rows([row])
    return row


def _parse_file(data: bytes, relative_path: str) -> dict[str, object] | tuple[str, str]:
    """:func:`parse_article` but for the cleaned text, which :func:`_clean_rows` adds."""
    text, encoding = decode_bytes(data)
    if text is None:
        return relative_path, encoding
    header_line, raw_body, problems = split_article(text)
    header = _parsed_header(header_line if header_line is not None else "")
    problems += header["problems"]
    if encoding.endswith("(truncated)"):
        problems.append("file ends inside a UTF-8 character; that character was dropped")
    if encoding == MIXED_UTF8:
        problems.append("some bytes were not UTF-8 and were read as cp1252")
    if not raw_body:
        reason = "header only, no body" if header_line is not None else "empty file"
        return relative_path, reason
    return {
        "doc_id": _stem_of(relative_path),
        "path": relative_path,
        "date": header["date"],
        "month": header["month"],
        "date_precision": header["date_precision"],
        "credit": header["credit"],
        "encoding": encoding,
        "header": header_line,
        "raw_text": raw_body,
        "notes": "; ".join(problems) if problems else None,
    }


def _clean_rows(rows: list[dict[str, object]]) -> None:
    """Add ``text``, ``n_words``, ``n_sentences`` and ``content_hash`` to rows, cleaned together."""
    cleaned, n_sentences, n_words = clean_and_count([row["raw_text"] for row in rows])
    for row, text, sentences, words in zip(
        rows, cleaned, n_sentences.tolist(), n_words.tolist(), strict=True
    ):
        row["text"] = text
        row["n_sentences"] = sentences
        row["n_words"] = words
        row["content_hash"] = _cleaned_text_hash(text)


# Parsed header lines: a corpus has few distinct ones (one per month and credit).
_HEADERS_SEEN: dict[str, dict[str, object]] = {}


def _parsed_header(line: str) -> dict[str, object]:
    """:func:`parse_header`, remembered per line; the result must not be modified."""
    parsed = _HEADERS_SEEN.get(line)
    if parsed is None:
        parsed = parse_header(line)
        if len(_HEADERS_SEEN) >= 10_000:
            _HEADERS_SEEN.clear()
        _HEADERS_SEEN[line] = parsed
    return parsed


def _cleaned_text_hash(cleaned: str) -> str:
    """:func:`content_hash` of a text that :func:`analysis.text.clean_body` returned.

    Such a text is NFC and its only whitespace is single spaces and single line breaks,
    so that collapsing whitespace comes down to turning line breaks into spaces.
    """
    return hashlib.sha256(cleaned.replace("\n", " ").encode("utf-8")).hexdigest()


def _stem_of(relative_path: str) -> str:
    """``Path(relative_path).stem``, without building a path for the common case."""
    if os.sep != "/" or "\\" in relative_path or not relative_path or relative_path[-1] == "/":
        return Path(relative_path).stem
    name = relative_path[relative_path.rfind("/") + 1 :]
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _read_and_parse(root: Path, relative_paths: list[str]) -> list[object]:
    results: list[object] = []
    folder = os.open(root, os.O_RDONLY)
    try:
        for relative in relative_paths:
            try:
                data = _read_bytes(relative, folder)
            except OSError as error:
                if os.path.isdir(os.path.join(root, relative)):
                    results.append((relative, "a directory, not a file"))
                else:
                    results.append((relative, f"unreadable: {error.strerror or error}"))
                continue
            results.append(_parse_file(data, relative))
    finally:
        os.close(folder)
    _clean_rows([row for row in results if isinstance(row, dict)])
    return results


_READ_SIZE = 1 << 16


def _read_bytes(relative: str, folder: int) -> bytes:
    """The bytes of a file, opened relative to an open folder (twice as fast as ``open``)."""
    descriptor = os.open(relative, os.O_RDONLY, dir_fd=folder)
    try:
        data = os.read(descriptor, _READ_SIZE)
        if len(data) < _READ_SIZE:
            return data
        parts = [data]
        while part := os.read(descriptor, _READ_SIZE):
            parts.append(part)
        return b"".join(parts)
    finally:
        os.close(descriptor)


# --------------------------------------------------------------------------- folders


def path_order(relative_path: str) -> tuple[list[object], str]:
    """Sort key for paths that compares the numbers in them as numbers.

    Article files are numbered ``NNN_...`` with at least three digits, so that plain string
    order would put ``1000_...`` between ``100_...`` and ``101_...``.

    Examples
    --------
    >>> sorted(["1000_a.txt", "100_b.txt", "99_c.txt"], key=path_order)
    ['99_c.txt', '100_b.txt', '1000_a.txt']
    """
    parts = _DIGITS.split(relative_path)
    return [int(part) if index % 2 else part for index, part in enumerate(parts)], relative_path


def list_corpus_files(root: Path) -> tuple[list[str], list[str]]:
    """Every file under ``root`` (recursively), relative and in path order, split in two lists.

    Returns
    -------
    (articles, others)
        ``*.txt`` entries (folders named ``*.txt`` included, so that they are reported
        rather than ignored), and every other file, which is reported as not an article.
        Hidden folders (``.git``, ``.ipynb_checkpoints``) are not searched.
    """
    articles, others = [], []
    top = os.fspath(root)
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = sorted(name for name in subdirectories if not name.startswith("."))
        # Plain strings: building a Path per file took longer than listing the folder.
        folder = os.path.relpath(directory, top)
        prefix = "" if folder == os.curdir else folder.replace(os.sep, "/") + "/"
        for name in files:
            (articles if name.lower().endswith(".txt") else others).append(prefix + name)
        articles.extend(prefix + name for name in subdirectories if name.lower().endswith(".txt"))
    return _sorted_paths(articles), _sorted_paths(others)


# The text before the first number of each line, and that number.
_FIRST_NUMBER = re.compile(r"^([^0-9\n]*)([0-9]*)", re.MULTILINE)


def _sorted_paths(paths: list[str]) -> list[str]:
    """``sorted(paths, key=path_order)``, several times faster on numbered files.

    Paths are sorted on their text up to the first number and on that number (no number
    first, as a shorter key list in path_order); only the paths that tie on both (rare:
    ``NNN_`` numbers are unique) are then sorted on the full key.
    """
    heads = _FIRST_NUMBER.findall("\n".join(paths))
    if len(heads) != len(paths):  # a name with a line break in it
        return sorted(paths, key=path_order)
    texts = [text for text, _ in heads]
    digits = [number for _, number in heads]
    if len(set(texts)) == 1 and max(map(len, digits), default=0) <= 18:
        # One folder of numbered files: numpy sorts the numbers.
        numbers = np.array([int(d) if d else -1 for d in digits], dtype=np.int64)
        order = np.argsort(numbers, kind="stable")
        numbers = numbers[order]
        tied = np.flatnonzero(numbers[1:] == numbers[:-1])
        result = [paths[i] for i in order.tolist()]
        starts = tied[np.r_[True, tied[1:] != tied[:-1] + 1]] if len(tied) else tied
        for start in starts.tolist():
            stop = start + 1
            while stop < len(numbers) and numbers[stop] == numbers[start]:
                stop += 1
            result[start:stop] = sorted(result[start:stop], key=path_order)
        return result
    keys = [(text, int(d) if d else -1) for text, d in heads]
    order = sorted(range(len(keys)), key=keys.__getitem__)
    keys = [keys[i] for i in order]
    result = [paths[i] for i in order]
    start = 0
    for index in range(1, len(keys) + 1):
        if index == len(keys) or keys[index] != keys[start]:
            if index - start > 1:
                result[start:index] = sorted(result[start:index], key=path_order)
            start = index
    return result


def fingerprint(root: Path, relative_paths: Iterable[str]) -> str:
    """Fingerprint of a folder's files: name, size and modification time of each."""
    digest = hashlib.sha256(LOADER_VERSION.encode())
    folder = os.fspath(root)
    lines = []
    # Looking each name up from an open folder is twice as fast as from the full path.
    descriptor = None
    if os.stat in os.supports_dir_fd:
        with contextlib.suppress(OSError):
            descriptor = os.open(folder, os.O_RDONLY)
    try:
        for relative in relative_paths:
            try:
                if descriptor is None:
                    stat = os.stat(os.path.join(folder, relative))
                else:
                    stat = os.stat(relative, dir_fd=descriptor)
                lines.append(f"{relative}\0{stat.st_size}\0{stat.st_mtime_ns}\n")
            except OSError:
                lines.append(f"{relative}\0missing\n")
    finally:
        if descriptor is not None:
            os.close(descriptor)
    digest.update("".join(lines).encode())
    return digest.hexdigest()


# --------------------------------------------------------------------------- public API


def read_corpus(
    source: str | os.PathLike | None = None,
    *,
    columns: Mapping[str, str] | None = None,
    cache: bool = True,
    cache_dir: str | os.PathLike | None = None,
    progress: bool | None = None,
    n_jobs: int | None = None,
) -> LoadResult:
    """Read a corpus and account for every file.

    Parameters
    ----------
    source : path, optional
        A folder of ``.txt`` articles (searched recursively), one article file, or a table
        (``.csv``, ``.jsonl``/``.ndjson``, ``.parquet``). Defaults to
        :func:`analysis.config.corpus_dir`.
    columns : mapping, optional
        For tables: which column holds each field, e.g. ``{"text": "body", "date":
        "published", "doc_id": "id", "credit": "source"}``. Unmapped fields are looked for
        under their own name; ``text`` is required.
    cache : bool, default True
        Reuse (and write) a Parquet cache of a folder corpus. Any added, removed or changed
        file (size or modification time) invalidates it.
    cache_dir : path, optional
        Where caches live; defaults to :func:`analysis.config.cache_dir`. Never inside the
        corpus folder.
    progress : bool, optional
        Show a tqdm progress bar; by default only for corpora of 1,000 files or more.
    n_jobs : int, optional
        Processes used to read large folders (default: one per core above
        :data:`PARALLEL_THRESHOLD` files).

    Returns
    -------
    LoadResult

    Raises
    ------
    CorpusError
        The source does not exist, a table cannot be read or lacks its text column, or
        ``cache_dir`` is inside the corpus folder.

    Examples
    --------
    >>> from tempfile import mkdtemp
    >>> folder = Path(mkdtemp())
    >>> article = " date 2023-07 Photo : AFP\\n\\nSéoul a protesté."
    >>> _ = (folder / "000_a.txt").write_text(article, encoding="utf-8")
    >>> _ = (folder / "notes.md").write_text("à lire", encoding="utf-8")
    >>> result = read_corpus(folder, cache=False)
    >>> result.files_seen, len(result.articles), result.skipped["reason"].tolist()
    (2, 1, ['not an article file (.txt expected, found .md extension)'])
    """
    source = Path(source) if source is not None else config.corpus_dir()
    if not source.exists():
        raise CorpusError(
            f"Corpus not found: {source}. Give a folder of .txt articles, one .txt file, "
            "or a .csv/.jsonl/.parquet table."
        )
    if source.is_file() and source.suffix.lower() in TABLE_READERS:
        return _read_table(source, columns or {})
    if source.is_file():
        articles, skipped = _assemble(_read_and_parse(source.parent, [source.name]))
        return LoadResult(articles, skipped, 1, source)
    folder = _cache_folder(source, cache_dir) if cache else None
    # The cache of the last load is read while the files are listed and looked at, and
    # used if none of them changed.
    reader = ThreadPoolExecutor(max_workers=1)
    latest = _latest_cache(folder) if folder is not None else None
    early = reader.submit(_read_cache, latest) if latest is not None else None
    try:
        relative_paths, other_files = list_corpus_files(source)
        cache_path = None
        if folder is not None:
            key = fingerprint(source, relative_paths + other_files)[:24]
            cache_path = folder / f"{key}.parquet"
            cached = early.result() if latest == cache_path else _read_cache(cache_path)
    finally:
        reader.shutdown(wait=False, cancel_futures=True)
    files_seen = len(relative_paths) + len(other_files)
    if cache_path is not None and cached is not None:
        articles, skipped = cached
        return LoadResult(articles, skipped, files_seen, source, True, cache_path)
    not_articles = [
        (
            relative,
            f"not an article file (.txt expected, found {Path(relative).suffix or 'no'} extension)",
        )
        for relative in other_files
    ]
    show = progress if progress is not None else len(relative_paths) >= 1000
    articles, not_loaded = _parse_all(source, relative_paths, show, n_jobs)
    skipped = pd.DataFrame(not_loaded + not_articles, columns=list(SKIPPED_COLUMNS)).astype(
        SKIPPED_COLUMNS
    )
    result = LoadResult(articles, skipped, files_seen, source, False, cache_path)
    if cache_path is not None:
        _write_cache(cache_path, articles, skipped)
    return result


def load_corpus(
    source: str | os.PathLike | None = None, *, engine: str = "pandas", **options
) -> pd.DataFrame:
    """Load a corpus into one row per article; see :func:`read_corpus` for the options.

    The files that were not loaded are kept in ``articles.attrs["skipped"]`` (a list of
    ``{"path", "reason"}``) with ``files_seen`` and ``root``; :func:`corpus_report` gives the
    full account.

    ``engine="dask"`` returns a lazy Dask DataFrame read partition by partition on the
    current Dask scheduler or cluster, with the same columns (see
    :func:`analysis.scale.load_corpus_dask` for its options; Dask is the ``scale`` extra).

    Examples
    --------
    >>> from tempfile import mkdtemp
    >>> folder = Path(mkdtemp())
    >>> article = " date 2023-07 Photo : AFP\\n\\nSéoul a protesté."
    >>> _ = (folder / "000_a.txt").write_text(article, encoding="utf-8")
    >>> articles = load_corpus(folder, cache=False)
    >>> articles[["doc_id", "month", "credit", "language"]].dtypes.astype(str).tolist()
    ['string', 'period[M]', 'string', 'category']
    """
    if engine == "dask":
        from analysis.scale import load_corpus_dask

        return load_corpus_dask(source, **options)
    if engine != "pandas":
        raise ValueError(f"engine must be 'pandas' or 'dask', not {engine!r}.")
    result = read_corpus(source, **options)
    articles = result.articles
    articles.attrs.update(
        root=str(result.root),
        files_seen=result.files_seen,
        skipped=result.skipped.to_dict("records"),
        from_cache=result.from_cache,
    )
    return articles


def _parse_all(
    root: Path, relative_paths: list[str], show: bool, n_jobs: int | None
) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """Read and parse every file: the finished articles and the files not loaded."""
    from tqdm.auto import tqdm

    n_jobs = n_jobs or (os.cpu_count() or 1)
    bar = tqdm(total=len(relative_paths), unit="file", desc="Reading", disable=not show)
    size = _CHUNK_FILES
    chunks = [relative_paths[i : i + size] for i in range(0, len(relative_paths), size)]
    parts: list[tuple[dict[str, object], list[tuple[str, str]]]] = []
    if n_jobs > 1 and len(relative_paths) >= PARALLEL_THRESHOLD:
        chunks = [
            relative_paths[a:b]
            for a, b in chunk_bounds(len(relative_paths), _CHUNK_FILES, n_jobs, minimum=500)
        ]
        # Tables every worker needs, made once here for the workers to inherit by fork.
        character_tables()
        _batch_language_identifier()
        with (
            tempfile.TemporaryDirectory(prefix="analysis-", dir=_spool_parent()) as spool,
            ProcessPoolExecutor(max_workers=n_jobs) as pool,
        ):
            found = pool.map(
                _read_chunk_spooled, [root] * len(chunks), chunks, [spool] * len(chunks)
            )
            for chunk, (columns, skipped) in zip(chunks, found, strict=True):
                parts.append((_unspooled(columns), skipped))
                bar.update(len(chunk))
    else:
        for chunk in chunks:
            parts.append(_read_chunk(root, chunk))
            bar.update(len(chunk))
    bar.close()
    articles = finish_articles(_frame_of_columns([columns for columns, _ in parts]))
    return articles, [row for _, skipped in parts for row in skipped]


_CHUNK_FILES = 2500


def chunk_bounds(n: int, size: int, n_jobs: int, *, minimum: int) -> list[tuple[int, int]]:
    """``(start, stop)`` of the chunks that ``n`` items are shared out in among processes.

    Chunks of ``size`` items, but the last ``n_jobs * size`` items go in chunks a quarter as
    big (at least ``minimum``), so that no process is left waiting long for another to
    finish its last chunk; a small total is cut in four chunks per process.

    Examples
    --------
    >>> chunks = chunk_bounds(100_000, 2500, 2, minimum=500)
    >>> chunks[37:39], chunks[-1], len(chunks)
    ([(92500, 95000), (95000, 95625)], (99375, 100000), 46)
    >>> len(chunk_bounds(1000, 2500, 2, minimum=100))
    8
    """
    if n <= 0:
        return []
    if n < 4 * n_jobs * size:
        size = max(minimum, -(-n // (4 * n_jobs)))
        return [(i, min(i + size, n)) for i in range(0, n, size)]
    tail_start = n - n_jobs * size
    small = max(minimum, size // 4)
    bounds = [(i, min(i + size, tail_start)) for i in range(0, tail_start, size)]
    return bounds + [(i, min(i + small, n)) for i in range(tail_start, n, small)]


"""Files read per task: enough for the batched word counts and language detection to pay."""

_STRING_FIELDS = (
    "doc_id", "path", "credit", "header", "text", "raw_text", "content_hash", "notes",
)  # fmt: skip
_PRECISIONS = ("day", "month", "missing")
_NOT_A_TIME = np.iinfo(np.int64).min  # NaT as an integer, for dates and months


def _read_chunk(root: Path, relative_paths: list[str]) -> tuple[dict[str, object], list]:
    """Read and parse some files: the loaded articles as columns, and the files not loaded.

    The columns hold the word counts and languages too, so that the worker processes do
    all the per-article work, and they are Arrow and numpy arrays, which travel between
    processes as a few buffers instead of one object per value.
    """
    import pyarrow as pa

    rows = _read_and_parse(root, relative_paths)
    loaded = [row for row in rows if isinstance(row, dict)]
    skipped = [row for row in rows if not isinstance(row, dict)]
    columns: dict[str, object] = {
        name: pa.array([row[name] for row in loaded], type=pa.large_string())
        for name in _STRING_FIELDS
    }
    columns["date"] = np.array(
        [_NOT_A_TIME if row["date"] is None else row["date"].value for row in loaded],
        dtype=np.int64,
    )
    columns["month"] = np.array(
        [_NOT_A_TIME if row["month"] is None else row["month"].ordinal for row in loaded],
        dtype=np.int64,
    )
    columns["date_precision"] = np.array(
        [_PRECISIONS.index(row["date_precision"]) for row in loaded], dtype=np.int8
    )
    columns["n_sentences"] = np.array([row["n_sentences"] for row in loaded], dtype=np.int64)
    columns["encoding"] = np.array([row["encoding"] for row in loaded], dtype=object)
    texts = [row["text"] for row in loaded]
    columns["n_words"] = np.array([row["n_words"] for row in loaded], dtype=np.int64)
    columns["language"] = np.asarray(detect_languages(texts), dtype=object)
    return columns, skipped


def _spool_parent() -> str | None:
    """Where worker processes leave their text columns: memory (``/dev/shm``) if it exists."""
    shared = "/dev/shm"
    return shared if os.path.isdir(shared) and os.access(shared, os.W_OK) else None


def _read_chunk_spooled(root: Path, relative_paths: list[str], spool: str) -> tuple[dict, list]:
    """:func:`_read_chunk` in a worker process, its text columns written to ``spool``.

    About ten megabytes of text a chunk: an Arrow file that the parent reads back costs a
    fifth of sending the same columns pickled through the pool's pipe. If the file cannot
    be written (a full disk), the columns travel through the pipe after all.
    """
    import pyarrow as pa

    columns, skipped = _read_chunk(root, relative_paths)
    batch = pa.RecordBatch.from_arrays([columns[name] for name in _STRING_FIELDS], _STRING_FIELDS)
    descriptor, path = tempfile.mkstemp(suffix=".arrow", dir=spool)
    try:
        with open(descriptor, "wb") as file, pa.ipc.new_file(file, batch.schema) as writer:
            writer.write_batch(batch)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(path)
        return columns, skipped
    columns = {name: value for name, value in columns.items() if name not in _STRING_FIELDS}
    columns[_SPOOLED] = path
    return columns, skipped


_SPOOLED = "spooled"


def _unspooled(columns: dict[str, object]) -> dict[str, object]:
    """The columns of :func:`_read_chunk_spooled`, their text read back and its file removed."""
    path = columns.pop(_SPOOLED, None)
    if path is None:
        return columns
    import pyarrow as pa

    try:
        with pa.OSFile(path) as file:  # read into memory, not mapped: the file goes now
            batch = pa.ipc.open_file(file).get_batch(0)
    finally:
        os.unlink(path)
    return columns | {name: batch.column(name) for name in _STRING_FIELDS}


def _frame_of_columns(parts: list[dict[str, object]]) -> pd.DataFrame:
    """The articles of :func:`_read_chunk` columns, before :func:`finish_articles`."""
    import pyarrow as pa

    frame = {}
    for name in _STRING_FIELDS:
        arrays = [part[name] for part in parts] or [pa.array([], type=pa.large_string())]
        frame[name] = pd.arrays.ArrowStringArray(pa.chunked_array(arrays, pa.large_string()))

    def joined(name: str, dtype) -> np.ndarray:
        return np.concatenate([np.asarray(part[name]) for part in parts] or [np.empty(0, dtype)])

    frame["date"] = joined("date", np.int64).view("datetime64[ns]")
    frame["month"] = pd.PeriodIndex.from_ordinals(joined("month", np.int64), freq="M")
    frame["date_precision"] = pd.Categorical.from_codes(
        joined("date_precision", np.int8), categories=list(_PRECISIONS)
    )
    frame["n_sentences"] = joined("n_sentences", np.int64)
    frame["n_words"] = joined("n_words", np.int64)
    # Categories of plain strings, as pandas makes from Python strings.
    frame["encoding"] = pd.Categorical(joined("encoding", object))
    frame["language"] = pd.Categorical(joined("language", object))
    return pd.DataFrame(frame)


def _assemble(rows: list[object]) -> tuple[pd.DataFrame, pd.DataFrame]:
    loaded = [row for row in rows if isinstance(row, dict)]
    skipped = [row for row in rows if not isinstance(row, dict)]
    articles = pd.DataFrame(loaded, columns=[c for c in COLUMNS if c in _PARSED])
    articles = finish_articles(articles)
    skipped_frame = pd.DataFrame(skipped, columns=list(SKIPPED_COLUMNS)).astype(SKIPPED_COLUMNS)
    return articles, skipped_frame


_PARSED = {
    "doc_id", "path", "date", "month", "date_precision", "credit", "encoding", "header",
    "text", "raw_text", "n_words", "n_sentences", "content_hash", "notes",
}  # fmt: skip


def finish_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """Add the corpus-wide columns (words, language, duplicates) and set every dtype.

    Parameters
    ----------
    articles : DataFrame
        One row per article with the columns :func:`parse_article` returns, in path order.
        ``n_words`` and ``language``, when present, are kept as they are (the loader
        computes them in its worker processes).

    Returns
    -------
    DataFrame
        The columns of :data:`COLUMNS`, in that order and with those dtypes.
    """
    articles = articles.reset_index(drop=True)
    # Two files with the same stem in different subfolders: fall back to the path.
    articles = _doc_id_from_path(articles, articles["doc_id"].duplicated(keep=False))
    text = articles["text"].astype("string")
    articles["text"] = text
    if "n_words" not in articles:
        articles["n_words"] = _word_counts_of_column(text)
    if "language" not in articles:
        articles["language"] = detect_languages(text)
    first_of_hash = articles.groupby("content_hash", sort=False)["doc_id"].transform("first")
    return _with_duplicates_and_dtypes(articles, first_of_hash)


def _doc_id_from_path(articles: pd.DataFrame, clash: pd.Series) -> pd.DataFrame:
    """The ``clash`` rows take their path without ``.txt`` as ``doc_id``, with a note."""
    if clash.any():
        articles.loc[clash, "doc_id"] = articles.loc[clash, "path"].str.replace(
            r"\.txt$", "", regex=True
        )
        articles.loc[clash, "notes"] = [
            _add_note(note, "doc_id taken from path (another file has the same name)")
            for note in articles.loc[clash, "notes"]
        ]
    return articles


def _with_duplicates_and_dtypes(articles: pd.DataFrame, first_of_hash: pd.Series) -> pd.DataFrame:
    """Set ``duplicate_of`` from the first ``doc_id`` of each hash, and every dtype."""
    articles["duplicate_of"] = first_of_hash.where(first_of_hash != articles["doc_id"])
    articles["month"] = pd.PeriodIndex(articles["month"], freq="M")
    articles["date"] = pd.to_datetime(articles["date"]).astype("datetime64[ns]")
    articles["date_precision"] = pd.Categorical(
        articles["date_precision"], categories=["day", "month", "missing"]
    )
    articles = articles[list(COLUMNS)]
    return articles.astype(
        {name: dtype for name, dtype in COLUMNS.items() if name not in {"date", "month"}}
    )


def _word_counts_of_column(text: pd.Series) -> pd.Series:
    present = text.notna().to_numpy()
    counts = pd.array(np.zeros(len(text), dtype=np.int64), dtype="Int64")
    counts[present] = word_counts(text[present].tolist())
    counts[~present] = pd.NA
    return pd.Series(counts, index=text.index)


def _add_note(notes: object, note: str) -> str:
    return note if _is_missing(notes) else f"{notes}; {note}"


def detect_languages(texts: Iterable[str]) -> pd.Categorical:
    """ISO 639-1 code of each text, by py3langid on its first :data:`LANGUAGE_SAMPLE` characters.

    Texts with fewer than :data:`MIN_LETTERS_FOR_LANGUAGE` letters get ``und``
    (undetermined): on a dateline or a list of figures py3langid answers at random. From a
    few hundred texts on, they are classified together (see ``_BatchLanguageIdentifier``),
    with the answers py3langid gives text by text, more than ten times faster.

    Examples
    --------
    >>> texts = ["Le Kremlin a démenti ces informations.", "The White House declined to comment."]
    >>> list(detect_languages(texts))
    ['fr', 'en']
    >>> list(detect_languages(["Séoul, 27/07/2023", "", None]))
    ['und', 'und', 'und']
    """
    codes = []
    samples = []
    positions = []
    for text in texts:
        sample = "" if _is_missing(text) else str(text)[:LANGUAGE_SAMPLE]
        if _ENOUGH_LETTERS.search(sample) is not None:
            positions.append(len(codes))
            samples.append(sample)
        codes.append("und")
    # Building the batch classifier takes about 0.3 s: worth it from a few hundred texts.
    batch = _batch_language_identifier() if len(samples) >= 300 else None
    for start in range(0, len(samples), _LANGUAGE_BATCH):
        part = samples[start : start + _LANGUAGE_BATCH]
        if batch is not None:
            found = batch.classify(part)
        else:
            identifier = _language_identifier()
            found = [str(identifier.classify(sample)[0]) for sample in part]
        for position, code in zip(positions[start : start + _LANGUAGE_BATCH], found, strict=True):
            codes[position] = code
    return pd.Categorical(codes)


_LANGUAGE_BATCH = 5000
"""Texts classified together: about 25 bytes of memory per byte of sample (65 MB for 5,000)."""

_IDENTIFIER = None


def _language_identifier():
    global _IDENTIFIER
    if _IDENTIFIER is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    return _IDENTIFIER


_BATCH_IDENTIFIER: _BatchLanguageIdentifier | bool | None = False  # False: not built yet


def _batch_language_identifier() -> _BatchLanguageIdentifier | None:
    """The batch classifier, or ``None`` if this py3langid does not give the same answers.

    Its tables are derived from py3langid's model once and kept in the cache folder (see
    :func:`language_tables_folder`), so that every process maps them from disk instead of
    loading the model and deriving them again (about a second and a half).
    """
    global _BATCH_IDENTIFIER
    if _BATCH_IDENTIFIER is False:
        folder = language_tables_folder()
        batch = _BatchLanguageIdentifier.load(folder)
        if batch is None:
            batch = _checked_batch_identifier()
            if batch is not None:
                with contextlib.suppress(OSError):
                    if folder.exists():  # damaged, or written by an interrupted process
                        import shutil

                        shutil.rmtree(folder)
                    batch.save(folder)
        _BATCH_IDENTIFIER = batch
    return _BATCH_IDENTIFIER


def _checked_batch_identifier() -> _BatchLanguageIdentifier | None:
    try:
        batch = _BatchLanguageIdentifier.from_model(_language_identifier())
        # The batch classifier reads py3langid's model tables directly: check that it
        # agrees with py3langid before trusting it.
        checks = list(_LANGUAGE_CHECKS)
        expected = [str(_language_identifier().classify(text)[0]) for text in checks]
        return batch if batch.classify(checks) == expected else None
    except (AttributeError, TypeError, ValueError, IndexError):
        return None


_LANGUAGE_TABLES_FORMAT = 1


def language_tables_folder() -> Path:
    """Where the batch language classifier's tables are kept (about 100 MB).

    Under :func:`analysis.config.cache_dir`, named after the installed py3langid model, so
    that another version of it gets its own tables. Deleting the folder is safe.
    """
    from importlib.metadata import version

    from py3langid.langid import MODEL_DIR, MODEL_FILE

    model = os.stat(Path(MODEL_DIR) / MODEL_FILE)
    key = f"{_LANGUAGE_TABLES_FORMAT} {version('py3langid')} {model.st_size} {model.st_mtime_ns}"
    digest = hashlib.blake2b(key.encode(), digest_size=8).hexdigest()
    return config.cache_dir() / "language" / f"py3langid-{digest}"


_LANGUAGE_CHECKS = (
    "Le Kremlin a démenti ces informations sur la visite à Pyongyang.",
    "The White House declined to comment on the summit in Vladivostok.",
    "Der Bundestag hat heute über die Sanktionen gegen Nordkorea beraten.",
    "EL MINISTERIO DE ASUNTOS EXTERIORES CONVOCÓ AL EMBAJADOR RUSO",
    "북한은 오늘 동해상으로 탄도미사일을 발사했다고 합동참모본부가 밝혔다",
    "Министр обороны России прибыл в Пхеньян с официальным визитом",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
)


class _BatchLanguageIdentifier:
    """py3langid's classifier run on many texts at once, with py3langid's answers.

    py3langid walks a byte automaton in Python, one text at a time, then scores the
    features found against its 142 language columns: about 0.4 ms a text. Here numpy moves
    the automaton of every text of a batch one byte per step, and the naive Bayes scores
    are computed for the languages that can win only. Each group of similar languages first
    gets an upper bound (for each feature, the best log-probability in the group); a group
    is scored language by language when its bound comes near the best score found.

    Scores are computed in float32 like py3langid's, and both can be off by a rounding
    error ``delta`` per text (bounded from the number of features and the magnitudes
    summed). A text is answered here only when its best language leads every other
    language, and every bound left unexpanded, by more than ``4 * delta``; otherwise (in
    practice never: the lead is a hundred or more) py3langid classifies it itself.

    The tables, in ``arrays``: ``next_state`` (the state after each state row and byte),
    ``row_of_state`` (where each state's row starts), ``feature_of_state`` (the feature a
    state emits, plus one; 0 for none), ``table`` (log-probabilities, one more row of zeros
    for padding, languages in group order), ``bounds`` (the best of each group per
    feature), ``prior`` (in group order) and ``group_sizes``.
    """

    _ARRAYS = (
        "next_state", "row_of_state", "feature_of_state", "table", "bounds", "prior",
        "group_sizes",
    )  # fmt: skip

    def __init__(self, arrays: dict[str, np.ndarray], languages: list[str]):
        self.arrays = arrays
        self.languages = languages
        for name in self._ARRAYS:
            setattr(self, name, arrays[name])
        ends = np.cumsum(self.group_sizes).tolist()
        starts = [0, *ends[:-1]]
        self.groups = [slice(start, end) for start, end in zip(starts, ends, strict=True)]
        self.bound_prior = np.array([self.prior[group].max() for group in self.groups])
        self.padding = len(self.table) - 1
        # Each group's columns side by side, for np.take: gathering rows with np.take is
        # about three times as fast as fancy indexing, and a third of the classifier's time.
        self.group_tables = [np.ascontiguousarray(self.table[:, group]) for group in self.groups]
        self.largest = float(np.abs(self.table).max())
        self.largest_prior = float(np.abs(self.prior).max())

    @classmethod
    def from_model(cls, identifier, n_groups: int = 12) -> _BatchLanguageIdentifier:
        log_probabilities = np.asarray(identifier.nb_ptc)
        n_features, _ = log_probabilities.shape
        groups = _language_groups(log_probabilities.astype(np.float32), n_groups)
        order = np.concatenate(groups)
        # One more row of zeros: the feature that pads texts with fewer features.
        table = np.zeros((n_features + 1, len(order)), dtype=np.float32)
        table[:n_features] = log_probabilities[:, order]
        sizes = np.array([len(group) for group in groups], dtype=np.int64)
        starts = np.cumsum(sizes) - sizes
        arrays = {
            "next_state": np.asarray(identifier.tk_nextmove, dtype=np.int32),
            "row_of_state": np.asarray(identifier.tk_row, dtype=np.int32) << 8,
            "feature_of_state": np.asarray(identifier.tk_output, dtype=np.int32) + 1,
            "table": table,
            "bounds": np.maximum.reduceat(table, starts, axis=1),
            "prior": np.asarray(identifier.nb_pc, dtype=np.float32)[order],
            "group_sizes": sizes,
        }
        languages = [str(identifier.nb_classes[i]) for i in order]
        return cls(arrays, languages)

    def save(self, folder: Path) -> None:
        """Write the tables to ``folder`` (replaced as a whole, so never left half written)."""
        folder.parent.mkdir(parents=True, exist_ok=True)
        partial = folder.parent / f".{folder.name}.{os.getpid()}"
        partial.mkdir(exist_ok=True)
        try:
            for name in self._ARRAYS:
                np.save(partial / f"{name}.npy", self.arrays[name])
            (partial / "languages.json").write_text(json.dumps(self.languages), encoding="utf-8")
            os.rename(partial, folder)
        except OSError:  # a full disk, or another process wrote the folder first
            import shutil

            shutil.rmtree(partial, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path) -> _BatchLanguageIdentifier | None:
        """The tables :meth:`save` wrote, mapped from disk, or ``None``."""
        try:
            languages = json.loads((folder / "languages.json").read_text(encoding="utf-8"))
            # Plain arrays over the mapped files: numpy.memmap indexes more slowly.
            arrays = {
                name: np.asarray(np.load(folder / f"{name}.npy", mmap_mode="r"))
                for name in cls._ARRAYS
            }
            return cls(arrays, languages)
        except (OSError, ValueError):
            return None

    @staticmethod
    def _encode(text: str) -> bytes:
        # As py3langid prepares a text.
        if text.isupper():
            text = text.lower()
        return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")

    def _features(self, encoded: list[bytes]) -> tuple[np.ndarray, ...]:
        """The texts' order (longest first), then in that order each text's distinct
        features padded to one width, their weights and their number."""
        n = len(encoded)
        lengths = np.fromiter(map(len, encoded), dtype=np.int64, count=n)
        # Longest first, so that the texts still being read at a step are a prefix.
        order = np.argsort(-lengths, kind="stable")
        lengths = lengths[order]
        width = max(int(lengths[0]), 1)
        steps = np.arange(width)
        by_text = np.zeros((n, width), dtype=np.uint8)
        by_text[steps[None, :] < lengths[:, None]] = np.frombuffer(
            b"".join([encoded[i] for i in order]), dtype=np.uint8
        )
        by_step = np.ascontiguousarray(by_text.T).astype(np.int32)
        reading = n - np.searchsorted(lengths[::-1], steps, side="right")
        states = np.zeros(n, dtype=np.int32)
        visited = np.zeros((width, n), dtype=np.int32)
        next_state, row_of_state = self.next_state, self.row_of_state
        for step in range(width):
            k = reading[step]
            states[:k] = next_state[row_of_state[states[:k]] + by_step[step, :k]]
            visited[step, :k] = states[:k]
        # Count each feature per text: sort each text's features, then find the runs. The
        # texts' ends are padded with state 0, which emits none.
        ordered = np.sort(np.take(self.feature_of_state, visited.T), axis=1).ravel()
        new_run = np.empty(ordered.size, dtype=bool)
        new_run[0] = True
        np.not_equal(ordered[1:], ordered[:-1], out=new_run[1:])
        new_run[::width] = True
        run_starts = np.flatnonzero(new_run)
        counts = np.diff(np.append(run_starts, ordered.size))
        features = ordered[run_starts]
        emitting = features != 0
        run_starts, counts, features = run_starts[emitting], counts[emitting], features[emitting]
        text = run_starts // width  # in the order of `order`
        per_text = np.bincount(text, minlength=n)
        rank = np.arange(len(text)) - (np.cumsum(per_text) - per_text)[text]
        depth = max(int(per_text.max()), 1)
        padded = np.full(n * depth, self.padding, dtype=np.int32)
        weights = np.zeros(n * depth, dtype=np.float32)
        place = text * depth + rank
        padded[place] = features - 1
        weights[place] = np.log1p(counts.astype(np.float32))
        return order, padded.reshape(n, depth), weights.reshape(n, depth), per_text

    def classify(self, texts: list[str], batch: int = 256) -> list[str]:
        """The language code of each text, as ``identifier.classify(text)[0]``."""
        if not texts:
            return []
        order, padded, weights, n_features = self._features([self._encode(t) for t in texts])
        answers: list[str | None] = [None] * len(texts)
        # In the order of `order` (longest first), so that the texts of a batch have about
        # as many features each, and the padding after the most is left out.
        for start in range(0, len(texts), batch):
            stop = min(start + batch, len(texts))
            depth = max(int(n_features[start:stop].max()), 1)
            found = self._classify_rows(padded[start:stop, :depth], weights[start:stop, :depth])
            for index, language, count in zip(
                order[start:stop].tolist(), found, n_features[start:stop].tolist(), strict=True
            ):
                if language is not None and count > 0:
                    answers[index] = language
        return [
            answer if answer is not None else str(_language_identifier().classify(text)[0])
            for answer, text in zip(answers, texts, strict=True)
        ]

    def _classify_rows(self, features: np.ndarray, weights: np.ndarray) -> list[str | None]:
        n = len(features)
        wide = weights[:, None, :]
        bounds = np.matmul(wide, np.take(self.bounds, features, axis=0))[:, 0, :] + self.bound_prior
        total_weight = weights.sum(axis=1, dtype=np.float64)
        delta = (
            (features.shape[1] + 8) * 2.0**-21 * (self.largest * total_weight + self.largest_prior)
        )
        scores = np.full((n, len(self.languages)), -np.inf)
        expanded = np.zeros(bounds.shape, dtype=bool)

        def expand(group: int, rows: np.ndarray) -> None:
            columns = self.groups[group]
            found = np.matmul(
                wide[rows], np.take(self.group_tables[group], features[rows], axis=0)
            )[:, 0, :]
            scores[rows, columns] = found + self.prior[columns]
            expanded[rows, group] = True

        top = bounds.argmax(axis=1)
        for group in np.unique(top):
            expand(group, np.flatnonzero(top == group))
        near = (bounds >= (scores.max(axis=1) - 4 * delta)[:, None]) & ~expanded
        for group in np.flatnonzero(near.any(axis=0)):
            expand(group, np.flatnonzero(near[:, group]))
        rows = np.arange(n)
        winner = scores.argmax(axis=1)
        best = scores[rows, winner]
        scores[rows, winner] = -np.inf
        runner_up = np.maximum(scores.max(axis=1), np.where(expanded, -np.inf, bounds).max(axis=1))
        sure = best - runner_up > 4 * delta
        return [self.languages[w] if ok else None for w, ok in zip(winner, sure, strict=True)]


def _language_groups(table: np.ndarray, n_groups: int) -> list[np.ndarray]:
    """Groups of languages with similar log-probabilities: k-means of the columns.

    Computed on 1,000 evenly spaced features, from a farthest-point start, so that the
    groups are always the same. Any grouping gives the same answers; a good one is faster.
    """
    rows = np.linspace(0, len(table) - 1, min(1000, len(table))).astype(np.int64)
    points = table[rows].T.astype(np.float64)
    points -= points.mean(axis=1, keepdims=True)
    n_groups = min(n_groups, len(points))
    chosen = [0]
    distance = ((points - points[0]) ** 2).sum(axis=1)
    for _ in range(n_groups - 1):
        chosen.append(int(distance.argmax()))
        distance = np.minimum(distance, ((points - points[chosen[-1]]) ** 2).sum(axis=1))
    centres = points[chosen]
    for _ in range(20):
        labels = ((centres**2).sum(axis=1)[None, :] - 2 * points @ centres.T).argmin(axis=1)
        moved = np.array(
            [points[labels == g].mean(axis=0) if (labels == g).any() else centres[g]
             for g in range(n_groups)]
        )  # fmt: skip
        if np.array_equal(moved, centres):
            break
        centres = moved
    return [np.flatnonzero(labels == g) for g in range(n_groups) if (labels == g).any()]


# --------------------------------------------------------------------------- tables


def _decoded_table_text(path: Path) -> str:
    """A CSV or JSON Lines file as text, in whatever encoding it was saved (Excel: cp1252)."""
    text, reason = decode_bytes(path.read_bytes())
    if text is None:
        raise CorpusError(f"Could not read the table {path}: {reason}.")
    return text


def _read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(_decoded_table_text(path)), dtype=str, keep_default_na=False)


def _read_jsonl(path: Path) -> pd.DataFrame:
    # Parsed line by line rather than with pandas.read_json, which turns a column named
    # "date" holding "2023-07" into the day 2023-07-01 and ids with gaps into floats.
    records = []
    for number, line in enumerate(_decoded_table_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise CorpusError(
                f"{path}, line {number}: not valid JSON ({error.msg}). Fix or remove that line."
            ) from error
        if not isinstance(record, dict):
            raise CorpusError(
                f"{path}, line {number}: expected one JSON object per line, found "
                f"{type(record).__name__}."
            )
        records.append(record)
    return pd.DataFrame(records, dtype=object)


TABLE_READERS: dict[str, Callable[[Path], pd.DataFrame]] = {
    ".csv": _read_csv,
    ".jsonl": _read_jsonl,
    ".ndjson": _read_jsonl,
    ".parquet": pd.read_parquet,
}
TABLE_FIELDS = ("text", "doc_id", "date", "credit")
"""Fields a table column can be mapped to with ``columns=``."""


def _read_table(path: Path, columns: Mapping[str, str]) -> LoadResult:
    unknown = set(columns) - set(TABLE_FIELDS)
    if unknown:
        raise CorpusError(
            f"columns= maps unknown fields {sorted(unknown)}; the fields are "
            f"{', '.join(TABLE_FIELDS)}, e.g. columns={{'text': 'body'}}."
        )
    try:
        table = TABLE_READERS[path.suffix.lower()](path)
    except CorpusError:
        raise
    except Exception as error:
        raise CorpusError(f"Could not read the table {path}: {error}") from error
    mapping = {name: name for name in TABLE_FIELDS} | dict(columns)
    found = ", ".join(map(str, table.columns)) or "none"
    if mapping["text"] not in table.columns:
        raise CorpusError(
            f"{path}: no column {mapping['text']!r} for the article text. Columns found: "
            f"{found}. Pass columns={{'text': '<column>'}}."
        )
    missing = {name: column for name, column in columns.items() if column not in table.columns}
    if missing:
        raise CorpusError(
            f"{path}: columns= names {sorted(missing.values())}, which the table does not "
            f"have. Columns found: {found}."
        )
    first_row = 2 if path.suffix.lower() == ".csv" else 1  # CSV line 1 is the header
    rows = [
        _table_row(record, mapping, f"{path.name}:{index + first_row}", index)
        for index, record in enumerate(table.to_dict("records"))
    ]
    _clean_rows([row for row in rows if isinstance(row, dict)])
    articles, skipped = _assemble(rows)
    return LoadResult(articles, skipped, len(table), path)


def _table_row(record: dict, mapping: Mapping[str, str], where: str, index: int) -> object:
    raw = record.get(mapping["text"])
    if _is_missing(raw):
        return where, "empty text"
    raw = str(raw).strip()
    header = parse_date_value(record.get(mapping["date"]))
    doc_id = record.get(mapping["doc_id"])
    credit = record.get(mapping["credit"])
    return {
        "doc_id": str(index) if _is_missing(doc_id) else str(doc_id).strip(),
        "path": where,
        "date": header["date"],
        "month": header["month"],
        "date_precision": header["date_precision"],
        "credit": None if _is_missing(credit) else str(credit).strip(),
        "encoding": "table",
        "header": None,
        "raw_text": raw,
        "notes": "; ".join(header["problems"]) or None,
    }


# --------------------------------------------------------------------------- cache


def _cache_folder(root: Path, cache_dir) -> Path:
    """The folder of a corpus's caches (one per corpus folder)."""
    base = Path(cache_dir) if cache_dir is not None else config.cache_dir()
    resolved_root = root.resolve()
    if base.resolve().is_relative_to(resolved_root):
        raise CorpusError(
            f"The cache folder {base} is inside the corpus folder {root}, which must stay "
            "read-only. Set ANALYSIS_CACHE_DIR or cache_dir= to a folder outside it."
        )
    corpus_key = hashlib.sha256(str(resolved_root).encode()).hexdigest()[:12]
    name = re.sub(r"[^\w.-]+", "-", resolved_root.name)[:40] or "corpus"
    return base / f"{name}-{corpus_key}"


def _latest_cache(folder: Path) -> Path | None:
    """The most recently written cache of a corpus, if any (there is usually one)."""
    try:
        tables = [entry for entry in os.scandir(folder) if entry.name.endswith(".parquet")]
        newest = max(tables, key=lambda entry: entry.stat().st_mtime_ns, default=None)
    except OSError:
        return None
    return folder / newest.name if newest is not None else None


def _read_cache(path: Path) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    skipped_path = path.with_suffix(".skipped.json")
    if not path.exists() or not skipped_path.exists():
        return None
    try:
        articles = pd.read_parquet(path)
        skipped = pd.DataFrame(
            json.loads(skipped_path.read_text(encoding="utf-8")), columns=list(SKIPPED_COLUMNS)
        ).astype(SKIPPED_COLUMNS)
    except (OSError, ValueError):
        return None
    if list(articles.columns) != list(COLUMNS):
        return None
    return articles, skipped


def _write_cache(path: Path, articles: pd.DataFrame, skipped: pd.DataFrame) -> None:
    """Write the cache and remove the stale ones of the same corpus; warn if impossible."""
    skipped_json = json.dumps(skipped.to_dict("records"), ensure_ascii=False)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.iterdir():
            if stale.is_file() and not stale.name.startswith(path.stem):
                stale.unlink(missing_ok=True)
        # The table goes last: a reader finds either both files complete or no table.
        _replace(path.with_suffix(".skipped.json"), lambda target: target.write_text(
            skipped_json, encoding="utf-8"
        ))  # fmt: skip
        _replace(path, lambda target: _write_parquet(articles, target))
    except OSError as error:
        warnings.warn(
            f"The corpus was loaded but its cache could not be written to {path.parent}: "
            f"{error}. Set ANALYSIS_CACHE_DIR or cache_dir= to a writable folder.",
            stacklevel=3,
        )


def _write_parquet(articles: pd.DataFrame, target: Path) -> None:
    # zstd reads back faster than the default snappy (less to read for as little work), and
    # row groups of a few thousand rows are decoded in parallel. The long texts are not
    # worth a dictionary.
    articles.to_parquet(
        target,
        index=False,
        compression="zstd",
        row_group_size=_CACHE_ROW_GROUP,
        use_dictionary=[name for name in COLUMNS if name not in _LONG_TEXT],
    )


_CACHE_ROW_GROUP = 8192
_LONG_TEXT = {"text", "raw_text", "header", "path", "doc_id", "content_hash", "duplicate_of"}


def _replace(target: Path, write: Callable[[Path], object]) -> None:
    """Write through a temporary file renamed into place, so that no reader sees half."""
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        write(temporary)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


# --------------------------------------------------------------------------- report


def corpus_report(
    source: LoadResult | pd.DataFrame | str | os.PathLike | None = None, **options
) -> dict[str, object]:
    """Account for a corpus: what was loaded, what was not and why, and what it holds.

    Parameters
    ----------
    source : LoadResult, DataFrame from :func:`load_corpus`, or path
        A path is read with :func:`read_corpus` (``options`` are passed on).

    Returns
    -------
    dict
        JSON-ready: ``root``, ``files_seen``, ``loaded``, ``skipped`` (list of ``{path,
        reason}``), ``skipped_by_reason``, ``duplicates`` (list of ``{doc_id,
        duplicate_of}``), ``date_min``, ``date_max``, ``date_precision``,
        ``articles_per_month``, ``months_without_articles``, ``languages``, ``credits``,
        ``encodings``, ``notes`` (files loaded with a problem), ``words`` (min, median,
        max) and ``length_outliers``.

    Examples
    --------
    >>> from tempfile import mkdtemp
    >>> folder = Path(mkdtemp())
    >>> article = " date 2023-07 Photo : AFP\\n\\nSéoul a protesté."
    >>> _ = (folder / "000_a.txt").write_text(article, encoding="utf-8")
    >>> _ = (folder / "001_b.txt").write_bytes(b"")
    >>> report = corpus_report(folder, cache=False)
    >>> report["files_seen"], report["loaded"], report["skipped"]
    (2, 1, [{'path': '001_b.txt', 'reason': 'empty file'}])
    """
    if isinstance(source, LoadResult):
        result = source
    elif isinstance(source, pd.DataFrame):
        attrs = source.attrs
        skipped = pd.DataFrame(attrs.get("skipped", []), columns=list(SKIPPED_COLUMNS))
        result = LoadResult(
            source,
            skipped,
            attrs.get("files_seen", len(source) + len(skipped)),
            Path(attrs.get("root", "")),
            attrs.get("from_cache", False),
        )
    else:
        result = read_corpus(source, **options)
    articles, skipped = result.articles, result.skipped
    months = articles["month"].dropna()
    per_month: dict[str, int] = {}
    empty_months: list[str] = []
    if len(months):
        span = pd.period_range(months.min(), months.max(), freq="M")
        counts = months.value_counts().reindex(span, fill_value=0)
        per_month = {str(month): int(n) for month, n in counts.items()}
        empty_months = [str(month) for month, n in counts.items() if n == 0]
    duplicates = articles.loc[articles["duplicate_of"].notna(), ["doc_id", "duplicate_of"]]
    noted = articles.loc[articles["notes"].notna(), ["path", "notes"]]
    words = articles["n_words"].astype("float")
    return {
        "root": str(result.root),
        "from_cache": bool(result.from_cache),
        "files_seen": int(result.files_seen),
        "loaded": len(articles),
        "skipped": skipped.astype(object).to_dict("records"),
        "skipped_by_reason": _counts(skipped["reason"].str.replace(r":.*", "", regex=True)),
        "duplicates": duplicates.astype(object).to_dict("records"),
        "date_min": _first_date(articles, min),
        "date_max": _first_date(articles, max),
        "date_precision": _counts(articles["date_precision"]),
        "articles_per_month": per_month,
        "months_without_articles": empty_months,
        "languages": _counts(articles["language"]),
        "credits": _counts(articles["credit"].fillna("(none)")),
        "encodings": _counts(articles["encoding"]),
        "notes": [{"path": p, "note": n} for p, n in noted.itertuples(index=False)],
        "words": {
            "min": int(words.min()) if len(words) else None,
            "median": float(words.median()) if len(words) else None,
            "max": int(words.max()) if len(words) else None,
        },
        "length_outliers": length_outliers(articles).astype(object).to_dict("records"),
    }


def _counts(values: pd.Series) -> dict[str, int]:
    counts = values.astype("string").value_counts(dropna=False)
    return {str(key): int(n) for key, n in counts.items() if n > 0}


def _first_date(articles: pd.DataFrame, pick) -> str | None:
    days = articles["date"].dropna()
    months = articles["month"].dropna()
    if not len(months):
        return None
    month = pick(months)
    same_month_days = days[days.dt.to_period("M") == month]
    return str(pick(same_month_days).date()) if len(same_month_days) else str(month)


def length_outliers(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles whose length is far from the rest (Tukey's far-out fences on log word counts).

    Returns
    -------
    DataFrame
        ``doc_id``, ``path``, ``n_words``, ``why`` (``very short`` or ``very long``),
        shortest first.
    """
    columns = ["doc_id", "path", "n_words", "why"]
    words = articles["n_words"].astype("float").clip(lower=1)
    if len(words) < 8:
        return pd.DataFrame(columns=columns)
    logs = np.log10(words)
    low, high = logs.quantile([0.25, 0.75])
    # Tukey's "far out" fences: scraped corpora mix briefs and transcripts, so only the
    # extremes deserve a look.
    spread = 3 * (high - low)
    short = logs < low - spread
    long = logs > high + spread
    result = articles.loc[short | long, ["doc_id", "path", "n_words"]].copy()
    result["why"] = np.where(short[short | long], "very short", "very long")
    return result.sort_values("n_words").reset_index(drop=True)


def _number(value: float | None) -> str:
    """333.0 as ``333``, 333.5 as ``333.5``, nothing as ``-``."""
    return "-" if value is None else f"{value:g}"


def format_report(report: dict[str, object], *, limit: int = 20) -> str:
    """The report of :func:`corpus_report` as plain text for a terminal."""
    lines = [
        f"Corpus: {report['root']}" + ("  (from cache)" if report.get("from_cache") else ""),
        f"Files seen: {report['files_seen']}   loaded: {report['loaded']}   "
        f"not loaded: {len(report['skipped'])}   duplicates: {len(report['duplicates'])}",
        f"Dates: {report['date_min']} to {report['date_max']}   precision: "
        + ", ".join(f"{k} {v}" for k, v in report["date_precision"].items()),
        "Languages: " + ", ".join(f"{k} {v}" for k, v in report["languages"].items()),
        "Encodings: " + ", ".join(f"{k} {v}" for k, v in report["encodings"].items()),
        "Credits: "
        + ", ".join(f"{k} {v}" for k, v in list(report["credits"].items())[:limit])
        + (" ..." if len(report["credits"]) > limit else ""),
        f"Words per article: min {report['words']['min']}, "
        f"median {_number(report['words']['median'])}, max {report['words']['max']}",
    ]
    if report["articles_per_month"]:
        lines.append("Articles per month:")
        lines += [f"  {month}  {n:5d}" for month, n in report["articles_per_month"].items()]
    if report["months_without_articles"]:
        lines.append("Months with no article: " + ", ".join(report["months_without_articles"]))
    sections = [
        ("Not loaded", report["skipped"], lambda r: f"{r['path']}: {r['reason']}"),
        ("Loaded with problems", report["notes"], lambda r: f"{r['path']}: {r['note']}"),
        ("Duplicates", report["duplicates"], lambda r: f"{r['doc_id']} = {r['duplicate_of']}"),
        (
            "Length outliers",
            report["length_outliers"],
            lambda r: f"{r['path']}: {r['n_words']} words ({r['why']})",
        ),
    ]
    for title, rows, show in sections:
        if rows:
            lines.append(f"{title} ({len(rows)}):")
            lines += [f"  {show(row)}" for row in rows[:limit]]
            if len(rows) > limit:
                lines.append(f"  ... and {len(rows) - limit} more (use --json for all)")
    return "\n".join(lines)
