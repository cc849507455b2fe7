"""Where things live: every path of the project, resolved from the repository root.

Each path can be overridden by an environment variable, so that a corpus anywhere on
disk works without editing code:

========================  ==============================  =================================
variable                  default                         what it is
========================  ==============================  =================================
``ANALYSIS_CORPUS``       ``data/sample``                 the corpus folder (read-only)
``ANALYSIS_CACHE_DIR``    ``data/processed``              caches: corpora, mentions, tables
``ANALYSIS_REPORTS``      ``reports``                     figures, tables, executed notebooks
``ANALYSIS_ACTORS``       the packaged dictionary         the actor dictionary
``ANALYSIS_EVENTS``       ``data/events.csv``             dated events drawn on timelines
========================  ==============================  =================================
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT = PACKAGE_DIR.parent
DATA_DIR = ROOT / "data"
NOTEBOOKS_DIR = ROOT / "notebooks"
PACKAGED_ACTORS = PACKAGE_DIR / "data" / "actors.yaml"
#: The dated office-holders, layered right after ``actors.yaml``: with it, the packaged
#: dictionary.
PACKAGED_OFFICEHOLDERS = PACKAGE_DIR / "data" / "officeholders.yaml"
#: The files of the packaged dictionary, in layer order.
PACKAGED_LAYERS = (PACKAGED_ACTORS, PACKAGED_OFFICEHOLDERS)


def _path_from_env(variable: str, default: Path) -> Path:
    value = os.environ.get(variable)
    return Path(value).expanduser().resolve() if value else default


def corpus_dir() -> Path:
    """The default corpus: ``$ANALYSIS_CORPUS`` or the embedded sample."""
    return _path_from_env("ANALYSIS_CORPUS", DATA_DIR / "sample")


def cache_dir() -> Path:
    """Where caches go: ``$ANALYSIS_CACHE_DIR`` or ``data/processed``.

    It holds the Parquet caches of loaded corpora and of their mention tables, and the
    tables of the batch language identifier. Any of it can be deleted: it is rebuilt.
    """
    return _path_from_env("ANALYSIS_CACHE_DIR", DATA_DIR / "processed")


def reports_dir() -> Path:
    """Where outputs go: ``$ANALYSIS_REPORTS`` or ``reports``."""
    return _path_from_env("ANALYSIS_REPORTS", ROOT / "reports")


def actors_file() -> Path:
    """The default actor dictionary: ``$ANALYSIS_ACTORS`` or the packaged one.

    The packaged dictionary is ``actors.yaml`` with ``officeholders.yaml`` layered over it
    (:data:`PACKAGED_LAYERS`); this returns the first, and the loader adds the second.
    """
    return _path_from_env("ANALYSIS_ACTORS", PACKAGED_ACTORS)


def events_file() -> Path:
    """Dated events drawn on timelines: ``$ANALYSIS_EVENTS`` or ``data/events.csv``."""
    return _path_from_env("ANALYSIS_EVENTS", DATA_DIR / "events.csv")
