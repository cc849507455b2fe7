"""The files of a corpus folder: listing them in path order, fingerprinting and reading them."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import stat as file_modes
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from analysis.corpus.article import clean_rows, parse_file
from analysis.corpus.columns import LOADER_VERSION, CorpusError
from analysis.corpus.settings import SETTINGS_FILE

_DIGITS = re.compile(r"([0-9]+)")
# The text before the first number of each line, and that number.
_FIRST_NUMBER = re.compile(r"^([^0-9\n]*)([0-9]*)", re.MULTILINE)
_READ_SIZE = 1 << 16
# Only regular files are read (the listing says what else it found), and a FIFO or a device
# that takes the place of one between listing and reading must not block the load. A link
# fails to open with O_NOFOLLOW (ELOOP; EMLINK on FreeBSD) and is read through
# _read_link, which says where it points.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
_LINK_ERRORS = {errno.ELOOP, errno.EMLINK}
_TOO_LONG = "path too long: the system cannot open it; shorten its folder names"


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
    """Every entry under ``root`` (recursively), relative and in path order, split in two lists.

    Returns
    -------
    (articles, others)
        The ``*.txt`` files to read, and every other entry, which is reported as not loaded
        (see :func:`scan_corpus`, which also says why).
    """
    listing = scan_corpus(root)
    return listing.articles, listing.others


@dataclass
class CorpusListing:
    """Every entry under a corpus folder, relative and in path order (see :func:`scan_corpus`).

    Attributes
    ----------
    articles : list of str
        The ``*.txt`` files to read, links to files included.
    others : list of str
        Every other entry, which is not read: files with another extension, and the
        entries of ``reasons``.
    reasons : dict
        Why the entries of ``others`` that are not plain files are not read: a folder named
        ``*.txt``, a link to a folder, a FIFO or a device, a folder that cannot be listed.
    """

    articles: list[str]
    others: list[str]
    reasons: dict[str, str] = field(default_factory=dict)

    def not_read(self) -> list[tuple[str, str]]:
        """``(path, reason)`` of each entry of ``others``, as :func:`printable_path` shows it."""
        return [
            (
                printable_path(relative),
                self.reasons.get(relative)
                or (
                    "the corpus settings file (label, home country...), read on its own"
                    if relative == SETTINGS_FILE
                    else None
                )
                or "not an article file (.txt expected, found "
                f"{Path(relative).suffix or 'no'} extension)",
            )
            for relative in self.others
        ]


def scan_corpus(root: Path) -> CorpusListing:
    """List every entry under a corpus folder, its sub-folders searched.

    Regular ``*.txt`` files are articles, and so are links to regular ``*.txt`` files
    (:func:`read_and_parse` notes those that point outside the corpus). Every other entry is
    listed with why it is not read, so that nothing under the folder goes unreported: a link
    to a folder is not followed (it may point back up, and loop), a FIFO, socket or device
    is not a regular file (reading a FIFO waits for a writer forever), and a sub-folder
    that cannot be listed (no permission, a path longer than the system allows) is listed
    itself. Hidden folders (``.git``, ``.ipynb_checkpoints``) and links to them are not
    searched nor listed.

    The folder listing gives the kind of each entry (on Linux): only links and special
    files are looked up one by one.

    Raises
    ------
    CorpusError
        The corpus folder itself cannot be listed.
    """
    top = os.fspath(root)
    articles: list[str] = []
    others: list[str] = []
    reasons: dict[str, str] = {}
    folders = [""]
    while folders:
        prefix = folders.pop()
        try:
            # Plain strings: building a Path per file took longer than listing the folder.
            with os.scandir(os.path.join(top, prefix) if prefix else top) as entries:
                for entry in entries:
                    name = entry.name
                    if entry.is_file(follow_symlinks=False):
                        is_article = name.lower().endswith(".txt")
                        (articles if is_article else others).append(prefix + name)
                    elif entry.is_dir(follow_symlinks=False):
                        if not name.startswith("."):
                            folders.append(f"{prefix}{name}/")
                            if name.lower().endswith(".txt"):
                                others.append(prefix + name)
                                reasons[prefix + name] = "a directory, not a file"
                    else:
                        _list_special(entry, prefix + name, articles, others, reasons)
        except OSError as error:
            if not prefix:
                raise CorpusError(
                    f"Cannot list the corpus folder {top}: {error.strerror or error}. Check "
                    "that it can be read by this user."
                ) from error
            relative = prefix[:-1]
            if relative not in reasons:
                others.append(relative)
            reasons[relative] = (
                _TOO_LONG
                if error.errno == errno.ENAMETOOLONG
                else f"folder not readable: {error.strerror or error}"
            )
    return CorpusListing(sorted_paths(articles), sorted_paths(others), reasons)


def _list_special(
    entry: os.DirEntry,
    relative: str,
    articles: list[str],
    others: list[str],
    reasons: dict[str, str],
) -> None:
    """Put a link or a special file in its list: links to regular files are read as files."""
    name = entry.name
    try:
        mode = entry.stat(follow_symlinks=True).st_mode
    except OSError as error:
        kind = "broken link" if entry.is_symlink() else "unreadable"
        others.append(relative)
        reasons[relative] = f"{kind}: {error.strerror or error}"
        return
    if file_modes.S_ISREG(mode):
        (articles if name.lower().endswith(".txt") else others).append(relative)
        return
    if file_modes.S_ISDIR(mode):
        if name.startswith("."):
            return
        reason = "link to a folder, not followed"
    else:
        link = "link to a " if entry.is_symlink() else ""
        reason = f"not a regular file ({link}{_kind_of(mode)})"
    others.append(relative)
    reasons[relative] = reason


def _kind_of(mode: int) -> str:
    for test, kind in (
        (file_modes.S_ISFIFO, "FIFO"),
        (file_modes.S_ISSOCK, "socket"),
        (file_modes.S_ISCHR, "character device"),
        (file_modes.S_ISBLK, "block device"),
    ):
        if test(mode):
            return kind
    return "special file"


def printable_path(relative: str) -> str:
    """A path as the tables show it: the bytes of a name that are not UTF-8 backslash-escaped.

    Python reads such a name with surrogate characters, which no Parquet, JSON or terminal
    output accepts; the file is still opened by its real name.

    Examples
    --------
    >>> printable_path("a/001.txt"), printable_path(os.fsdecode(b"001_\\xff.txt"))
    ('a/001.txt', '001_\\\\xff.txt')
    """
    if relative.isascii():
        return relative
    try:
        relative.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(relative).decode("utf-8", "backslashreplace")
    return relative


def sorted_paths(paths: list[str]) -> list[str]:
    """``sorted(paths, key=path_order)``, several times faster on numbered files.

    Paths are sorted on their text up to the first number and on that number (no number
    first, as a shorter key list in path_order); only the paths that tie on both (rare:
    ``NNN_`` numbers are unique) are then sorted on the full key.

    Examples
    --------
    >>> sorted_paths(["b/2.txt", "1000_a.txt", "b/10.txt", "99_c.txt"])
    ['99_c.txt', '1000_a.txt', 'b/2.txt', 'b/10.txt']
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
    """Fingerprint of a folder's files, the key of its cache.

    For each file, what version-control tools compare to tell a changed file without reading
    it: its name, size, modification and status-change times (nanoseconds), inode and
    device. A file edited to the same size and given its old modification time back
    (``touch -r``) still gets a new status-change time; a file replaced by another gets a
    new inode. The key also changes with :data:`analysis.corpus.LOADER_VERSION`.

    Examples
    --------
    A file replaced by another of the same size and modification time:

    >>> from tempfile import mkdtemp
    >>> folder = Path(mkdtemp())
    >>> _ = (folder / "000_a.txt").write_text("Séoul", encoding="utf-8")
    >>> before, old = fingerprint(folder, ["000_a.txt"]), (folder / "000_a.txt").stat()
    >>> _ = (folder / "new").write_text("Tokyo!", encoding="utf-8")
    >>> os.utime(folder / "new", ns=(old.st_atime_ns, old.st_mtime_ns))
    >>> os.replace(folder / "new", folder / "000_a.txt")
    >>> before == fingerprint(folder, ["000_a.txt"])
    False
    """
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
                lines.append(
                    f"{relative}\0{stat.st_size}\0{stat.st_mtime_ns}\0{stat.st_ctime_ns}"
                    f"\0{stat.st_ino}\0{stat.st_dev}\n"
                )
            except OSError:
                lines.append(f"{relative}\0missing\n")
    finally:
        if descriptor is not None:
            os.close(descriptor)
    # Names that are not valid UTF-8 come as surrogates (os.fsdecode): keep their bytes.
    digest.update("".join(lines).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def read_and_parse(root: Path, relative_paths: list[str]) -> list[object]:
    """Read, parse and clean files: a row (dict) or a ``(path, reason)`` pair for each.

    The rows are those of :func:`analysis.corpus.parse_article`, their bodies cleaned
    together (see :func:`analysis.corpus.article.clean_rows`); their paths are as
    :func:`printable_path` shows them. A file read through a link to a file outside
    ``root`` is noted in ``notes``.
    """
    results: list[object] = []
    folder = os.open(root, os.O_RDONLY)
    real_root = None
    try:
        for relative in relative_paths:
            shown = printable_path(relative)
            note = None
            try:
                try:
                    data = _read_bytes(relative, folder, _OPEN_FLAGS | _NO_FOLLOW)
                except OSError as error:
                    if error.errno not in _LINK_ERRORS or not os.path.islink(
                        os.path.join(root, relative)
                    ):
                        raise
                    real_root = real_root or os.path.realpath(root)
                    data, note = _read_link(root, relative, folder, real_root)
            except OSError as error:
                results.append((shown, _unreadable(root, relative, error)))
                continue
            row = parse_file(data, shown)
            if note is not None and isinstance(row, dict):
                row["notes"] = note if row["notes"] is None else f"{row['notes']}; {note}"
            results.append(row)
    finally:
        os.close(folder)
    clean_rows([row for row in results if isinstance(row, dict)])
    return results


def _read_link(root: Path, relative: str, folder: int, real_root: str) -> tuple[bytes, str | None]:
    """The bytes of the file a link points to, and a note if that file is outside the corpus.

    Raises
    ------
    OSError
        The link does not point to a regular file.
    """
    target = os.path.realpath(os.path.join(root, relative))
    if not file_modes.S_ISREG(os.stat(target).st_mode):
        raise OSError(errno.EINVAL, "not a regular file")
    data = _read_bytes(relative, folder, _OPEN_FLAGS)
    if target.startswith(os.path.join(real_root, "")):
        return data, None
    return data, f"link to a file outside the corpus: {printable_path(target)}"


def _unreadable(root: Path, relative: str, error: OSError) -> str:
    if error.errno == errno.ENAMETOOLONG:
        return _TOO_LONG
    if os.path.isdir(os.path.join(root, relative)):
        return "a directory, not a file"
    return f"unreadable: {error.strerror or error}"


def _read_bytes(relative: str, folder: int, flags: int) -> bytes:
    """The bytes of a file, opened relative to an open folder (twice as fast as ``open``)."""
    descriptor = os.open(relative, flags, dir_fd=folder)
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
