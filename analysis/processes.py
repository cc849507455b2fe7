"""Worker processes that end with their parent, and a clear error when one dies.

The corpus loader (:mod:`analysis.corpus.workers`) and the mention finder
(:mod:`analysis.mentions`) share their work out to pools of worker processes. Two things
go wrong with such pools unless every worker is set up for them:

- when the main process is killed, its workers are left running (they wait on a pipe that
  they hold open themselves) and keep the standard output of a pipeline open, so that
  ``python -m analysis counts ... | wc -l`` never ends: :func:`end_with_parent`, called in
  each worker's initialiser, has the kernel end them too;
- when one worker is killed (out of memory...), the pool raises ``BrokenProcessPool``, a
  traceback that says nothing useful: :func:`worker_died` is the error to raise instead.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys

__all__ = ["WorkerProcessError", "end_with_parent", "worker_died"]

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


class WorkerProcessError(RuntimeError):
    """A worker process ended before its work was done (killed, out of memory...)."""


def worker_died(doing: str) -> WorkerProcessError:
    """The error to raise when a pool breaks because one of its workers ended.

    Parameters
    ----------
    doing : str
        What the workers were doing, after "while" (``reading data/sample``).

    Examples
    --------
    >>> print(worker_died("reading data/sample"))
    a worker process ended unexpectedly (killed, or out of memory?) while reading \
data/sample; run again, or free some memory (n_jobs=1 in Python uses one process)
    """
    return WorkerProcessError(
        "a worker process ended unexpectedly (killed, or out of memory?) "
        f"while {doing}; run again, or free some memory (n_jobs=1 in Python uses one process)"
    )


def end_with_parent() -> bool:
    """Have the kernel end this process (SIGTERM) as soon as its parent ends.

    Meant for the initialiser of a pool's worker processes. On Linux it sets the parent
    death signal (``prctl(PR_SET_PDEATHSIG, SIGTERM)``), then exits at once if the parent
    is already gone, since the kernel signals only a death that happens after the call.
    SIGTERM gets its default action back, which ends the process: a handler inherited from
    the parent through fork (a notebook kernel's...) could catch it instead. Elsewhere it
    does nothing.

    The kernel watches the *thread* that started the process: a pool must be created and
    used by one thread that outlives it, as ``with ProcessPoolExecutor(...)`` blocks are.

    Returns
    -------
    bool
        Whether the process now ends with its parent.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        armed = libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) == 0
    except (OSError, AttributeError):  # no C library to call: work on without it
        return False
    if not armed:
        return False
    with contextlib.suppress(ValueError):  # only a main thread may set handlers
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent = multiprocessing.parent_process()
    if parent is not None and os.getppid() != parent.pid:
        # The parent ended before the call: nobody is left to collect this worker's work.
        os._exit(1)
    return True
