"""Load a corpus of news articles into a typed pandas DataFrame, with nothing lost.

A corpus is a folder of ``.txt`` files, one article each (searched recursively), a single
article file, or a table (CSV, JSON Lines, Parquet) with one article per row. Every file
(or row) is either loaded or listed in ``skipped`` with the reason, so that
``files_seen == loaded + skipped`` always holds.

The article file format::

     date 2023-07 Photo : YONHAP News
    <blank line>
    Body, one long paragraph in which scraped paragraphs were glued together.

The header may carry a full date (``2023-07-27``), no date, no credit, other
``key : value`` fields, stray spaces, a byte-order mark, CRLF line ends; a file may lack
the header altogether (it is then loaded with a missing date and a note).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import config
from analysis.text import WORD_PATTERN, clean_body, count_sentences

# Bump when the columns or the cleaning change, so that old caches are not reused.
LOADER_VERSION = "1"

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

doc_id
    File stem (``000_981bfdf0ee7dcdf6``); for tables, the mapped id column or the row number.
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
    ISO 639-1 code detected from the body by py3langid (``fr``, ``en``...).
encoding
    The encoding the file was decoded with (``utf-8``, ``utf-8-sig``, ``utf-16``, ``cp1252``...).
header
    The header line as read, ``<NA>`` when the file has none.
text
    The cleaned body: Unicode NFC, glued paragraphs split by ``\\n``, whitespace normalised.
    Mention offsets point into this column.
raw_text
    The body exactly as decoded, before cleaning.
n_words, n_sentences
    Counts on ``text`` (see :data:`analysis.text.WORD_PATTERN`).
content_hash
    Hash of the normalised body (case, accents kept; whitespace collapsed).
duplicate_of
    ``doc_id`` of the first article (in path order) with the same ``content_hash``, else ``<NA>``.
notes
    Problems met while loading that did not prevent it (``no header``; ``invalid date``...).
"""

SKIPPED_COLUMNS = {"path": "string", "reason": "string"}

PARALLEL_THRESHOLD = 2000
"""Corpora with at least this many files are read by one process per core."""

_HEADER_DATE = re.compile(
    r"\bdate\s*:?\s*(?P<date>\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|[^\s:]+)?", re.IGNORECASE
)
_HEADER_KEY = re.compile(r"(?P<key>[^\W\d][\w-]*)\s*:\s*")
_LOOKS_LIKE_HEADER = re.compile(r"^\s*(?:date\b|[^\W\d][\w-]*\s*:\s)", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SPACES = re.compile(r"\s+")


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
        UTF-8 (with or without BOM) and UTF-16/32 with a BOM are recognised directly; other
        bytes go through charset-normalizer. A UTF-8 file cut inside its last character is
        decoded without that character (``encoding`` then reads ``utf-8 (truncated)``).

    Examples
    --------
    >>> decode_bytes("Séoul".encode("cp1252") + b" et P\\xe9kin ont r\\xe9agi.")
    ('Séoul et Pékin ont réagi.', 'cp1252')
    >>> decode_bytes(b"\\x00\\x01\\x02\\xff\\xfe\\x00\\x00\\x10")
    (None, 'binary file (not text)')
    """
    if not data.strip():
        return None, "empty file"
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return _strict(data, "utf-32")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16")
    try:
        return _check_text(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        # A file cut inside its last multi-byte character: keep everything before it.
        if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
            try:
                text = data[: error.start].decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                return _check_text(text, "utf-8 (truncated)")
    return _guess_encoding(data)


def _strict(data: bytes, encoding: str) -> tuple[str | None, str]:
    try:
        return _check_text(data.decode(encoding), encoding)
    except UnicodeDecodeError as error:
        return None, f"undecodable: declares {encoding} by its byte-order mark but {error.reason}"


def _check_text(text: str, encoding: str) -> tuple[str | None, str]:
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > max(2, len(text) // 100):
        return None, "binary file (not text)"
    return text, encoding


def _guess_encoding(data: bytes) -> tuple[str | None, str]:
    from charset_normalizer import from_bytes

    if b"\x00" in data and not _looks_like_utf16(data):
        return None, "binary file (not text)"
    best = from_bytes(data).best()
    if best is None:
        return None, "undecodable: not UTF-8 and no other text encoding fits"
    text = str(best)
    encoding = best.encoding
    # charset-normalizer names Windows-1252 text that uses no 0x80-0x9F byte "latin_1" or
    # a neighbour; French news text in a legacy single-byte encoding is cp1252 in practice.
    if encoding in {"latin_1", "iso8859_15", "cp1250", "iso8859_2"}:
        with contextlib.suppress(UnicodeDecodeError):
            text, encoding = data.decode("cp1252"), "cp1252"
    return _check_text(text, encoding.replace("_", "-"))


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 without a byte-order mark: every other byte is NUL for Latin text."""
    sample = data[:2000]
    even, odd = sample[0::2], sample[1::2]
    return max(even.count(0), odd.count(0)) > 0.4 * len(sample) / 2


# --------------------------------------------------------------------------- parsing


def parse_header(line: str) -> dict[str, object]:
    """Parse the first line of an article file.

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
            fields[key_match.group("key").lower()] = value
    if keys and rest[: keys[0].start()].strip():
        result["problems"].append(f"unparsed header text {rest[: keys[0].start()].strip()!r}")
    elif not keys and rest:
        result["problems"].append(f"unparsed header text {rest!r}")
    result["fields"] = fields
    result["credit"] = fields.get("photo") or fields.get("credit") or fields.get("crédit")
    return result


def _parse_date(raw: str, result: dict[str, object]) -> None:
    parts = re.split(r"[-/.]", raw)
    try:
        if len(parts) == 3:
            day = pd.Timestamp(int(parts[0]), int(parts[1]), int(parts[2]))
            result.update(date=day, month=day.to_period("M"), date_precision="day")
            return
        if len(parts) == 2 and 1 <= int(parts[1]) <= 12 and 1000 < int(parts[0]) < 3000:
            result.update(month=pd.Period(year=int(parts[0]), month=int(parts[1]), freq="M"))
            result["date_precision"] = "month"
            return
    except ValueError:
        pass
    result["problems"].append(f"invalid date {raw!r}")


def parse_date_value(value: object) -> dict[str, object]:
    """Parse a date cell of a table: ``2023-07``, ``2023-07-27``, a timestamp, or empty.

    Returns the same keys as :func:`parse_header` (``date``, ``month``,
    ``date_precision``, ``problems``).

    Examples
    --------
    >>> parse_date_value("2023-07")["date_precision"]
    'month'
    >>> str(parse_date_value("2023-07-27T10:00:00Z")["month"])
    '2023-07'
    >>> parse_date_value("")["date_precision"]
    'missing'
    """
    result: dict[str, object] = {
        "date": None, "month": None, "date_precision": "missing", "problems": [],
    }  # fmt: skip
    if value is None or value is pd.NaT or (isinstance(value, float) and np.isnan(value)):
        return result
    text = str(value).strip()
    if not text:
        return result
    if re.fullmatch(r"\d{4}[-/.]\d{1,2}", text):
        _parse_date(text, result)
        return result
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        result["problems"].append(f"invalid date {text!r}")
        return result
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    day = stamp.normalize()
    result.update(date=day, month=day.to_period("M"), date_precision="day")
    return result


def split_article(text: str) -> tuple[str | None, str, list[str]]:
    """Split decoded file text into its header line (or ``None``) and its raw body.

    Examples
    --------
    >>> split_article(" date 2023-07 Photo : AFP\\r\\n\\r\\nLe corps.")
    (' date 2023-07 Photo : AFP', 'Le corps.', [])
    >>> split_article("Un article sans en-tête.")
    (None, 'Un article sans en-tête.', ['no header'])
    """
    text = text.lstrip("\ufeff")
    first, _, rest = text.partition("\n")
    first = first.rstrip("\r")
    problems: list[str] = []
    if len(first) <= 300 and _LOOKS_LIKE_HEADER.match(first):
        if rest.strip() and not rest.lstrip(" \t\r").startswith("\n"):
            problems.append("no blank line after header")
        return first, rest.strip(), problems
    problems.append("no header")
    return None, text.strip(), problems


def content_hash(text: str) -> str:
    """Hash of a body after collapsing whitespace, so re-spaced copies count as duplicates.

    Examples
    --------
    >>> content_hash("Le  Kremlin\\na répondu.") == content_hash("Le Kremlin a répondu. ")
    True
    """
    normalised = _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=16).hexdigest()


def parse_article(data: bytes, relative_path: str) -> dict[str, object] | tuple[str, str]:
    """Turn the bytes of one article file into a row, or ``(path, reason)`` if not loadable."""
    text, encoding = decode_bytes(data)
    if text is None:
        return relative_path, encoding
    header_line, raw_body, problems = split_article(text)
    header = parse_header(header_line) if header_line is not None else parse_header("")
    problems += header["problems"]
    if encoding == "utf-8 (truncated)":
        problems.append("file ends inside a UTF-8 character; that character was dropped")
    if not raw_body:
        reason = "header only, no body" if header_line is not None else "empty file"
        return relative_path, reason
    cleaned = clean_body(raw_body)
    return {
        "doc_id": Path(relative_path).stem,
        "path": relative_path,
        "date": header["date"],
        "month": header["month"],
        "date_precision": header["date_precision"],
        "credit": header["credit"],
        "encoding": encoding,
        "header": header_line,
        "text": cleaned,
        "raw_text": raw_body,
        "n_sentences": count_sentences(cleaned),
        "content_hash": content_hash(cleaned),
        "notes": "; ".join(problems) if problems else None,
    }


def _read_and_parse(root: Path, relative_paths: list[str]) -> list[object]:
    results: list[object] = []
    for relative in relative_paths:
        path = root / relative
        try:
            if path.is_dir():
                results.append((relative, "a directory, not a file"))
                continue
            data = path.read_bytes()
        except OSError as error:
            results.append((relative, f"unreadable: {error.strerror or error}"))
            continue
        results.append(parse_article(data, relative))
    return results


# --------------------------------------------------------------------------- folders


def list_corpus_files(root: Path) -> tuple[list[str], list[str]]:
    """Every file under ``root`` (recursively), relative and sorted, split in two lists.

    Returns
    -------
    (articles, others)
        ``*.txt`` entries (folders named ``*.txt`` included, so that they are reported
        rather than ignored), and every other file, which is reported as not an article.
        Hidden folders (``.git``, ``.ipynb_checkpoints``) are not searched.
    """
    articles, others = [], []
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = sorted(name for name in subdirectories if not name.startswith("."))
        base = Path(directory)
        for name in files + subdirectories:
            relative = (base / name).relative_to(root).as_posix()
            if name.lower().endswith(".txt"):
                articles.append(relative)
            elif name in files:
                others.append(relative)
    return sorted(articles), sorted(others)


def fingerprint(root: Path, relative_paths: Iterable[str]) -> str:
    """Fingerprint of a folder's article files: name, size and modification time of each."""
    digest = hashlib.sha256(LOADER_VERSION.encode())
    for relative in relative_paths:
        try:
            stat = (root / relative).stat()
            digest.update(f"{relative}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
        except OSError:
            digest.update(f"{relative}\0missing\n".encode())
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
        "published", "doc_id": "id", "credit": "source"}``. ``text`` is required.
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

    Examples
    --------
    >>> result = read_corpus(config.DATA_DIR / "sample", cache=False)
    >>> result.files_seen == len(result.articles) + len(result.skipped)
    True
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
    relative_paths, other_files = list_corpus_files(source)
    not_articles = [
        (
            relative,
            f"not an article file (.txt expected, found {Path(relative).suffix or 'no'} extension)",
        )
        for relative in other_files
    ]
    cache_path = None
    if cache:
        cache_path = _cache_path(source, relative_paths + other_files, cache_dir)
        cached = _read_cache(cache_path)
        if cached is not None:
            articles, skipped = cached
            files_seen = len(relative_paths) + len(other_files)
            return LoadResult(articles, skipped, files_seen, source, True, cache_path)
    show = progress if progress is not None else len(relative_paths) >= 1000
    rows = _parse_all(source, relative_paths, show, n_jobs)
    articles, skipped = _assemble(rows + not_articles)
    files_seen = len(relative_paths) + len(other_files)
    result = LoadResult(articles, skipped, files_seen, source, False, cache_path)
    if cache_path is not None:
        _write_cache(cache_path, articles, skipped)
    return result


def load_corpus(source: str | os.PathLike | None = None, **options) -> pd.DataFrame:
    """Load a corpus into one row per article; see :func:`read_corpus` for the options.

    The files that were not loaded are kept in ``articles.attrs["skipped"]`` (a list of
    ``{"path", "reason"}``) with ``files_seen`` and ``root``; :func:`corpus_report` gives the
    full account.

    Examples
    --------
    >>> articles = load_corpus(config.DATA_DIR / "sample")
    >>> articles[["doc_id", "month", "credit", "language"]].dtypes.astype(str).tolist()
    ['string', 'period[M]', 'string', 'category']
    """
    result = read_corpus(source, **options)
    articles = result.articles
    articles.attrs.update(
        root=str(result.root),
        files_seen=result.files_seen,
        skipped=result.skipped.to_dict("records"),
        from_cache=result.from_cache,
    )
    return articles


def _parse_all(root: Path, relative_paths: list[str], show: bool, n_jobs: int | None) -> list:
    from tqdm.auto import tqdm

    n_jobs = n_jobs or (os.cpu_count() or 1)
    bar = tqdm(total=len(relative_paths), unit="file", desc="Reading", disable=not show)
    rows: list[object] = []
    if n_jobs > 1 and len(relative_paths) >= PARALLEL_THRESHOLD:
        chunk = 500
        chunks = [relative_paths[i : i + chunk] for i in range(0, len(relative_paths), chunk)]
        with ProcessPoolExecutor(max_workers=n_jobs) as pool:
            for part in pool.map(_read_and_parse, [root] * len(chunks), chunks):
                rows.extend(part)
                bar.update(len(part))
    else:
        for start in range(0, len(relative_paths), 200):
            part = _read_and_parse(root, relative_paths[start : start + 200])
            rows.extend(part)
            bar.update(len(part))
    bar.close()
    return rows


def _assemble(rows: list[object]) -> tuple[pd.DataFrame, pd.DataFrame]:
    loaded = [row for row in rows if isinstance(row, dict)]
    skipped = [row for row in rows if not isinstance(row, dict)]
    articles = pd.DataFrame(loaded, columns=[c for c in COLUMNS if c in _PARSED])
    articles = finish_articles(articles)
    skipped_frame = pd.DataFrame(skipped, columns=list(SKIPPED_COLUMNS)).astype(SKIPPED_COLUMNS)
    return articles, skipped_frame


_PARSED = {
    "doc_id", "path", "date", "month", "date_precision", "credit", "encoding", "header",
    "text", "raw_text", "n_sentences", "content_hash", "notes",
}  # fmt: skip


def finish_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """Add the corpus-wide columns (words, language, duplicates) and set every dtype."""
    articles = articles.reset_index(drop=True)
    # Two files with the same stem in different subfolders: fall back to the path.
    clash = articles["doc_id"].duplicated(keep=False)
    if clash.any():
        articles.loc[clash, "doc_id"] = articles.loc[clash, "path"].str.replace(
            r"\.txt$", "", regex=True
        )
        articles.loc[clash, "notes"] = (
            articles.loc[clash, "notes"]
            .fillna("")
            .str.cat(["doc_id taken from path"] * clash.sum(), sep="; ")
            .str.strip("; ")
        )
    text = articles["text"].astype("string")
    articles["text"] = text
    articles["n_words"] = text.str.count(WORD_PATTERN).astype("Int64")
    articles["language"] = detect_languages(text)
    first_of_hash = articles.groupby("content_hash", sort=False)["doc_id"].transform("first")
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


def detect_languages(texts: Iterable[str]) -> pd.Categorical:
    """ISO 639-1 code of each text, by py3langid on its first 1,000 characters.

    Texts shorter than 20 characters get ``und`` (undetermined).

    Examples
    --------
    >>> list(detect_languages(["Le Kremlin a démenti ces informations.", "The White House said."]))
    ['fr', 'en']
    """
    identifier = _language_identifier()
    codes = []
    for text in texts:
        text = "" if text is None or text is pd.NA else str(text)
        codes.append(identifier.classify(text[:1000])[0] if len(text) >= 20 else "und")
    return pd.Categorical(codes)


_IDENTIFIER = None


def _language_identifier():
    global _IDENTIFIER
    if _IDENTIFIER is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    return _IDENTIFIER


# --------------------------------------------------------------------------- tables


def _read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _read_jsonl(path: Path) -> pd.DataFrame:
    return pd.read_json(path, lines=True, dtype=False)


TABLE_READERS = {
    ".csv": _read_csv,
    ".jsonl": _read_jsonl,
    ".ndjson": _read_jsonl,
    ".parquet": pd.read_parquet,
}


def _read_table(path: Path, columns: Mapping[str, str]) -> LoadResult:
    try:
        table = TABLE_READERS[path.suffix.lower()](path)
    except Exception as error:
        raise CorpusError(f"Could not read the table {path}: {error}") from error
    mapping = {"text": "text", "doc_id": "doc_id", "date": "date", "credit": "credit"}
    mapping.update(columns)
    if mapping["text"] not in table.columns:
        raise CorpusError(
            f"{path}: no column {mapping['text']!r} for the article text. Columns found: "
            f"{', '.join(map(str, table.columns))}. Pass columns={{'text': '<column>'}}."
        )
    rows: list[object] = []
    for index, record in enumerate(table.to_dict("records")):
        where = f"{path.name}:{index + 2 if path.suffix.lower() == '.csv' else index + 1}"
        rows.append(_table_row(record, mapping, where, index))
    articles, skipped = _assemble(rows)
    return LoadResult(articles, skipped, len(table), path)


def _table_row(record: dict, mapping: Mapping[str, str], where: str, index: int) -> object:
    raw = record.get(mapping["text"])
    if raw is None or (isinstance(raw, float) and np.isnan(raw)) or not str(raw).strip():
        return where, "empty text"
    raw = str(raw).strip()
    header = parse_date_value(record.get(mapping["date"]))
    doc_id = record.get(mapping["doc_id"])
    credit = record.get(mapping["credit"])
    cleaned = clean_body(raw)
    return {
        "doc_id": str(doc_id) if doc_id not in (None, "") else str(index),
        "path": where,
        "date": header["date"],
        "month": header["month"],
        "date_precision": header["date_precision"],
        "credit": str(credit) if credit not in (None, "") else None,
        "encoding": "table",
        "header": None,
        "text": cleaned,
        "raw_text": raw,
        "n_sentences": count_sentences(cleaned),
        "content_hash": content_hash(cleaned),
        "notes": "; ".join(header["problems"]) or None,
    }


# --------------------------------------------------------------------------- cache


def _cache_path(root: Path, relative_paths: list[str], cache_dir) -> Path:
    base = Path(cache_dir) if cache_dir is not None else config.cache_dir()
    resolved_root = root.resolve()
    if base.resolve().is_relative_to(resolved_root):
        raise CorpusError(
            f"The cache folder {base} is inside the corpus folder {root}, which must stay "
            "read-only. Set ANALYSIS_CACHE_DIR or cache_dir= to a folder outside it."
        )
    corpus_key = hashlib.sha256(str(resolved_root).encode()).hexdigest()[:12]
    name = re.sub(r"[^\w.-]+", "-", resolved_root.name)[:40] or "corpus"
    return base / f"{name}-{corpus_key}" / f"{fingerprint(root, relative_paths)[:24]}.parquet"


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
    return articles, skipped


def _write_cache(path: Path, articles: pd.DataFrame, skipped: pd.DataFrame) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.iterdir():
        if stale.is_file() and not stale.name.startswith(path.stem):
            stale.unlink()
    articles.to_parquet(path, index=False)
    path.with_suffix(".skipped.json").write_text(
        json.dumps(skipped.to_dict("records"), ensure_ascii=False), encoding="utf-8"
    )


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
    >>> report = corpus_report(config.DATA_DIR / "sample")
    >>> report["files_seen"] == report["loaded"] + len(report["skipped"])
    True
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
        f"Words per article: min {report['words']['min']}, median {report['words']['median']}, "
        f"max {report['words']['max']}",
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
