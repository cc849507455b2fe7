"""What killed runs leave behind, found by the process id in its name and removed.

Whatever the package writes in steps carries the id of the process writing it in its name,
so that a later run can tell a write in progress (its process is alive) from one that was
cut short (its process is gone):

==============================  =========================================================
name                            what it is
==============================  =========================================================
``<name>.<pid>.tmp``            a corpus cache file being written
                                (:mod:`analysis.corpus.cache`)
``<name>.<pid>.partial``        a mention cache file (:mod:`analysis.mention_cache`), or
                                the folder of the language tables being written
                                (``.py3langid-<digest>.<pid>.partial``)
``analysis-<pid>-<random>``     the folder in which the loader's worker processes leave
                                their text columns (``/dev/shm`` or the temporary folder)
==============================  =========================================================

:func:`sweep` removes those of a folder whose process is gone; loading a corpus and finding
mentions call it on the folders they write to.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

__all__ = ["is_alive", "owner", "spool_folders", "sweep"]

_OWNED = re.compile(
    r"analysis-(?P<spool>[0-9]+)-.*|.+\.(?P<pid>[0-9]+)\.(?:tmp|partial)", re.DOTALL
)


def owner(name: str) -> int | None:
    """The id of the process that writes the entry ``name``, or ``None`` for other entries.

    Examples
    --------
    >>> owner("f559f91ffe2882dcc651b7a8.parquet.4242.tmp"), owner(".py3langid-ab.77.partial")
    (4242, 77)
    >>> owner("analysis-4242-k2j3h1"), owner("analysis-kernels-x1"), owner("a.parquet")
    (4242, None, None)
    """
    found = _OWNED.fullmatch(name)
    if found is None:
        return None
    return int(found["spool"] or found["pid"])


def is_alive(pid: int) -> bool:
    """Whether the process ``pid`` exists (a process of another user counts as alive).

    Examples
    --------
    >>> is_alive(os.getpid())
    True
    """
    if pid <= 0:
        # os.kill(0, ...) would signal the whole process group, -1 every process.
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OverflowError, ValueError):  # no process can have such an id
        return False
    except OSError:  # EPERM: the process exists but belongs to another user
        return True
    return True


def sweep(folder: str | os.PathLike, *, shared: bool = False) -> list[Path]:
    """Remove the entries of ``folder`` left by processes that are gone.

    Only the entries named as in this module's table are looked at, and only those whose
    process no longer exists are removed, files and folders alike; entries that cannot be
    removed (another user's) are left. A missing folder is not an error.

    Parameters
    ----------
    folder : path
        The folder to clean, not searched recursively.
    shared : bool, default False
        The folder is shared with other programs (``/dev/shm``, the temporary folder): only
        spool folders (``analysis-<pid>-...``) are looked at there, never another program's
        ``.tmp`` file.

    Returns
    -------
    list of Path
        The entries removed.

    Examples
    --------
    >>> from tempfile import mkdtemp
    >>> folder = Path(mkdtemp())
    >>> _ = (folder / f"table.parquet.{os.getpid()}.tmp").write_bytes(b"")
    >>> _ = (folder / "table.parquet.999999999.tmp").write_bytes(b"")
    >>> [path.name for path in sweep(folder)], len(list(folder.iterdir()))
    (['table.parquet.999999999.tmp'], 1)
    """
    try:
        with os.scandir(folder) as entries:
            owned = [
                (entry, owner(entry.name))
                for entry in entries
                if not shared or entry.name.startswith("analysis-")
            ]
    except OSError:
        return []
    removed = []
    for entry, pid in owned:
        if pid is None or is_alive(pid):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
        except OSError:  # removed by another run first, or another user's
            continue
        removed.append(Path(entry.path))
    return removed


def spool_folders() -> list[Path]:
    """The folders in which spool folders are made: ``/dev/shm`` and the temporary folder."""
    folders = [Path("/dev/shm"), Path(tempfile.gettempdir())]
    return [folder for folder in dict.fromkeys(folders) if folder.is_dir()]
