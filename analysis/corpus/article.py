"""One article file: its header line, its dates, its body, and the row it becomes.

The article file format::

     date 2023-07 Photo : YONHAP News
    <blank line>
    Body, one long paragraph in which scraped paragraphs were glued together.

The header may carry a full date (``2023-07-27``, ``27/07/2023``), no date, no credit,
other ``key : value`` fields, stray spaces, a byte-order mark, CRLF line ends; a file may
lack the header altogether (it is then loaded with a missing date and a note).
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import os
import re
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.corpus.decode import MIXED_UTF8, decode_bytes
from analysis.text import clean_and_count

HEADER_KEYS = frozenset(
    {
        "date", "photo", "photos", "crédit", "credit", "credits", "source", "sources", "auteur",
        "author", "titre", "title", "langue", "language", "lang", "url", "lien", "link",
        "rubrique", "section", "média", "media", "journal",
    }
)  # fmt: skip
"""Keys that mark a first line without a date as a header (``Photo : AFP``).

A first line that starts with another word and a colon is the start of the body, as in
``Analyse : la Corée du Nord a tiré un missile.``.
"""

FIRST_PLAUSIBLE_YEAR = 1900
"""Dates before this year, or after next year, are noted and left out of timelines."""

# Years a date can be read in at all: every day of them fits in datetime64[ns].
_YEARS = range(1800, 2200)
# Words that pandas reads as the day of the run, which is never a publication date.
_RELATIVE_DATES = frozenset(
    {"today", "now", "yesterday", "tomorrow", "aujourd'hui", "aujourd’hui", "maintenant",
     "hier", "demain"}
)  # fmt: skip
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
_BLANK_LINE = re.compile(r"[^\S\r\n]*(?:\r\n?|\n|$)")
_SPACES = re.compile(r"\s+")

# A corpus has few distinct header lines (one per month and credit): each is judged and
# parsed once.
_CACHED_LINES = 10_000


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
        found = {"month": pd.Period(year=year, month=month, freq="M"), "date_precision": "month"}
        _set_if_plausible(result, raw, year, found)
    else:
        try:
            stamp = pd.Timestamp(year, month, int(day))
        except ValueError:
            result["problems"].append(f"invalid date {raw!r}")
        else:
            found = {"date": stamp, "month": stamp.to_period("M"), "date_precision": "day"}
            _set_if_plausible(result, raw, year, found)


def plausible_years() -> range:
    """The years of plausible publication dates: :data:`FIRST_PLAUSIBLE_YEAR` to next year.

    Examples
    --------
    >>> plausible_years().start, plausible_years().stop == datetime.date.today().year + 2
    (1900, True)
    """
    return range(FIRST_PLAUSIBLE_YEAR, datetime.date.today().year + 2)


def _set_if_plausible(
    result: dict[str, object], raw: str, year: int, found: dict[str, object]
) -> None:
    """Put a parsed date in ``result``, or note it when its year is not plausible.

    A date in 1850 or 2150 is a typo or a placeholder: kept, it would stretch every
    timeline over centuries of empty months.
    """
    years = plausible_years()
    if year in years:
        result.update(found)
    else:
        result["problems"].append(
            f"date {raw!r} outside {years.start}-{years.stop - 1}: left out of timelines "
            "(date and month missing); correct it at the source"
        )


def parse_date_value(value: object) -> dict[str, object]:
    """Parse a date cell of a table: ``2023-07``, ``2023-07-27``, a timestamp, or empty.

    Returns the same keys as :func:`parse_header` (``date``, ``month``,
    ``date_precision``, ``problems``). A timestamp with a time zone gives its local day;
    text without a day (``July 2023``) gives a month. Numbers, bare years, text without a
    year and relative words (``today``, ``now``) are not dates (they would be guessed
    wrong) and are reported in ``problems``, and so are dates outside
    :func:`plausible_years`.

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
    >>> parse_date_value("July 2023")["date_precision"]
    'month'
    """
    result: dict[str, object] = {
        "date": None, "month": None, "date_precision": "missing", "problems": [],
    }  # fmt: skip
    if is_missing(value):
        return result
    if isinstance(value, (bool, int, float, np.number)):
        result["problems"].append(f"invalid date {value!r}")
        return result
    text = str(value).strip()
    if any(form.fullmatch(text) for form in _DATE_FORMS):
        _parse_date(text, result)
        return result
    if isinstance(value, str) and not any(character.isdigit() for character in text):
        if text.lower() in _RELATIVE_DATES:
            result["problems"].append(
                f"relative date {text!r} refused: it would be read as the day of loading; "
                "give the date itself (2023-07-27)"
            )
        else:
            result["problems"].append(f"invalid date {text!r}")
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
    # Only a month name can leave out the day: numeric forms without one matched _DATE_FORMS.
    named = isinstance(value, str) and any(character.isalpha() for character in text)
    guessed = _parts_left_to_guess(text) if named else set()
    if guessed & {"year", "month"}:
        # "27 July" would take the year of the run.
        missing = "year" if "year" in guessed else "month"
        result["problems"].append(f"invalid date {text!r} (no {missing})")
        return result
    day = stamp.normalize().as_unit("ns")
    if "day" in guessed:
        found = {"month": day.to_period("M"), "date_precision": "month"}
    else:
        found = {"date": day, "month": day.to_period("M"), "date_precision": "day"}
    _set_if_plausible(result, text, day.year, found)
    return result


def _parts_left_to_guess(text: str) -> set[str]:
    """Which of ``year``, ``month`` and ``day`` a date text lacks (the parser fills them in).

    Parsed twice with different defaults, a part the text gives comes out the same; a
    second parse is needed only when the first gave a default value.
    """
    from dateutil import parser

    try:
        first = parser.parse(text, default=datetime.datetime(2000, 1, 1))
        if first.year != 2000 and first.month != 1 and first.day != 1:
            return set()
        second = parser.parse(text, default=datetime.datetime(2001, 2, 2))
    except (ValueError, OverflowError):
        return set()
    parts = ("year", "month", "day")
    return {part for part in parts if getattr(first, part) != getattr(second, part)}


def is_missing(value: object) -> bool:
    """Whether a value is ``None``, NaN, ``NA``, ``NaT`` or a blank string.

    Examples
    --------
    >>> [is_missing(value) for value in (None, float("nan"), pd.NA, " ", "0", 0)]
    [True, True, True, True, False, False]
    """
    if isinstance(value, str):
        return not value or value.isspace()
    return pd.api.types.is_scalar(value) and bool(pd.isna(value))


def looks_like_header(line: str, followed_by_blank_line: bool) -> bool:
    """Whether the first line of a file is a header rather than the start of the body.

    A header starts with ``date`` (then a date, a ``key :`` or nothing) or with a usual
    header key and a colon (:data:`HEADER_KEYS`: ``Photo : AFP``). A line that starts with
    another word and a colon, such as a dateline ``Séoul : la Corée du Nord a tiré...`` or
    ``Analyse : ...``, is the start of the body, with or without a blank line after it
    (``followed_by_blank_line`` no longer changes the answer: a first paragraph is
    followed by a blank line as well). Lines over 300 characters never count.

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
    >>> looks_like_header("Analyse : la Corée du Nord a tiré un missile.", True)
    False
    """
    if len(line) > 300:
        return False
    if _STARTS_WITH_DATE.match(line):
        return True
    key = _STARTS_WITH_KEY.match(line)
    return key is not None and key["key"].lower() in HEADER_KEYS


_looks_like_header_cached = functools.lru_cache(maxsize=_CACHED_LINES)(looks_like_header)


def split_article(text: str) -> tuple[str | None, str, list[str]]:
    """Split decoded file text into its header line (or ``None``), its raw body and notes.

    Line ends may be ``\\n``, ``\\r\\n`` or ``\\r``; a byte-order mark and blank lines
    before the header are ignored. The body is returned as written, only stripped of the
    blank lines around it.

    Examples
    --------
    >>> split_article(" date 2023-07 Photo : AFP\\r\\n\\r\\nLe corps.")
    (' date 2023-07 Photo : AFP', 'Le corps.', [])
    >>> split_article(" date 2023-07 Photo : AFP\\nLe corps.")
    (' date 2023-07 Photo : AFP', 'Le corps.', ['no blank line after header'])
    >>> split_article("Un article sans en-tête.")
    (None, 'Un article sans en-tête.', ['no header'])
    """
    text = text.lstrip("\ufeff")
    start = _LEADING_BLANK_LINES.match(text).end()
    # The first line ends at whichever of "\r" and "\n" comes first: files saved on old
    # Macs end their lines with "\r" alone.
    end = text.find("\n", start)
    if end < 0:
        end = len(text)
    carriage_return = text.find("\r", start, end)
    if carriage_return >= 0:
        end = carriage_return
    line = text[start:end]
    after = min(len(text), end + 2 if text.startswith("\r\n", end) else end + 1)
    blank_after = _BLANK_LINE.match(text, after) is not None
    if _looks_like_header_cached(line, blank_after):
        body = text[after:].strip()
        return line, body, [] if blank_after or not body else ["no blank line after header"]
    return None, text.strip(), ["no header"]


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
    row = parse_file(data, relative_path)
    if isinstance(row, dict):
        clean_rows([row])
    return row


def parse_file(data: bytes, relative_path: str) -> dict[str, object] | tuple[str, str]:
    """:func:`parse_article` without the cleaned columns, which :func:`clean_rows` adds.

    Cleaning many bodies together is several times faster than one by one, so that the
    loader parses its files first and cleans them in batches.
    """
    text, encoding = decode_bytes(data)
    if text is None:
        return relative_path, encoding
    nul_note = None
    if b"\x00" in data and "\x00" in text:
        # decode_bytes lets through only a few NULs: text from a crashed editor or a database.
        utf8 = encoding.startswith("utf-8")
        where = data.find(b"\x00") if utf8 else text.find("\x00")
        count = text.count("\x00")
        unit = "byte" if utf8 else "character"
        nul_note = f"{count} NUL character(s), the first at {unit} {where}, replaced by spaces"
        text = text.replace("\x00", " ")
    header_line, raw_body, problems = split_article(text)
    if nul_note is not None:
        problems = [*problems, nul_note]
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


def clean_rows(rows: list[dict[str, object]]) -> None:
    """Add ``text``, ``n_words``, ``n_sentences`` and ``content_hash`` to rows, cleaned together.

    The rows are those of :func:`parse_file` (or any dict with ``raw_text``), changed in place.
    """
    cleaned, n_sentences, n_words = clean_and_count([row["raw_text"] for row in rows])
    for row, text, sentences, words in zip(
        rows, cleaned, n_sentences.tolist(), n_words.tolist(), strict=True
    ):
        row["text"] = text
        row["n_sentences"] = sentences
        row["n_words"] = words
        row["content_hash"] = _cleaned_text_hash(text)


# The parsed header is shared by every file with the same line: it must not be modified.
_parsed_header = functools.lru_cache(maxsize=_CACHED_LINES)(parse_header)


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
