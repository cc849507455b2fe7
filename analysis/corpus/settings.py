"""What a user says about a corpus that the articles cannot say: its label, its home, its voice.

A corpus may carry a settings file, ``corpus.yaml``, at the top of its folder (or beside a
table corpus, named ``<table>.corpus.yaml``), or be given one with ``--settings FILE``::

    label: Wikinews in French, 2004-2024   # shown on every figure; default: the folder name
    home: FRA         # the outlet's own country: its capital and demonyms count as `home`
    voice: USA        # the actor the publisher speaks as ("the Department", "we")
    outlet: credit    # the article column that names the outlet
    credits:          # credit spellings mapped to one outlet, over the packaged mapping
      YONHAP News: Yonhap

Every key is optional. The command line's ``--label`` and ``--home`` override the file.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

SETTINGS_FILE = "corpus.yaml"
"""The name of a folder corpus's settings file."""

SETTINGS_KEYS = ("label", "home", "voice", "outlet", "credits")

_ACTOR_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")


class CorpusSettingsError(ValueError):
    """A settings file that cannot be read, or a value of the wrong kind."""


@dataclass(frozen=True)
class CorpusSettings:
    """The settings of one corpus (see the module's docstring).

    Attributes
    ----------
    label : str
        How figures and reports name the corpus.
    home : str or None
        ISO alpha-3 id of the outlet's own country.
    voice : str or None
        Actor id of the publisher, for releases written in its own voice.
    outlet : str
        The article column that names the outlet (default ``credit``).
    credits : dict
        Credit spellings mapped to the outlet's name.
    path : Path or None
        The file the settings were read from, if any.
    """

    label: str
    home: str | None = None
    voice: str | None = None
    outlet: str = "credit"
    credits: dict[str, str] = field(default_factory=dict)
    path: Path | None = None


def settings_path(corpus: str | os.PathLike) -> Path:
    """Where the settings file of a corpus is looked for.

    >>> settings_path("articles").name, settings_path("articles.csv").name
    ('corpus.yaml', 'articles.corpus.yaml')
    """
    corpus = Path(corpus)
    if corpus.suffix.lower() in (".csv", ".jsonl", ".json", ".parquet", ".txt"):
        return corpus.with_name(f"{corpus.stem}.corpus.yaml")
    return corpus / SETTINGS_FILE


def default_label(corpus: str | os.PathLike) -> str:
    """The label of a corpus without settings: its folder (or file) name.

    >>> default_label("/data/corpora/wikinews-fr/")
    'wikinews-fr'
    """
    path = Path(os.path.abspath(corpus))
    return path.stem if path.suffix else path.name


def read_settings(
    corpus: str | os.PathLike,
    *,
    path: str | os.PathLike | None = None,
    label: str | None = None,
    home: str | None = None,
) -> CorpusSettings:
    """The settings of a corpus: its settings file (if any), then ``label`` and ``home``.

    Parameters
    ----------
    corpus : path
        The corpus folder or table.
    path : path, optional
        A settings file to read instead of the corpus's own; it must exist.
    label, home : str, optional
        Override the file.

    Raises
    ------
    CorpusSettingsError
        The file is not valid YAML, is not a mapping, has unknown keys or wrong values.

    Examples
    --------
    >>> read_settings("data/sample").label
    'synthetic sample'
    >>> read_settings("data/sample", label="mine", home="kor").home
    'KOR'
    """
    file = Path(path) if path is not None else settings_path(corpus)
    if path is not None and not file.is_file():
        raise CorpusSettingsError(f"{file}: no such settings file")
    values: dict = {}
    if file.is_file():
        values = _read_file(file)
    settings = CorpusSettings(
        label=_text(values, "label", file) or default_label(corpus),
        home=_actor(values, "home", file),
        voice=_actor(values, "voice", file),
        outlet=_text(values, "outlet", file) or "credit",
        credits=_credits(values, file),
        path=file if file.is_file() else None,
    )
    if label:
        settings = replace(settings, label=label)
    if home:
        settings = replace(settings, home=_check_actor(home, "home", "--home"))
    return settings


def _read_file(file: Path) -> dict:
    try:
        values = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise CorpusSettingsError(f"{file}: cannot read the corpus settings ({error})") from None
    if values is None:
        return {}
    if not isinstance(values, dict):
        raise CorpusSettingsError(f"{file}: corpus settings must be a mapping of keys to values")
    unknown = sorted(str(key) for key in values if key not in SETTINGS_KEYS)
    if unknown:
        raise CorpusSettingsError(
            f"{file}: unknown key(s) {', '.join(unknown)}; known: {', '.join(SETTINGS_KEYS)}"
        )
    return values


def _text(values: dict, key: str, file: Path) -> str | None:
    value = values.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise CorpusSettingsError(f"{file}: {key} must be a non-empty text")
    return value.strip()


def _actor(values: dict, key: str, file: Path) -> str | None:
    value = _text(values, key, file)
    return None if value is None else _check_actor(value, key, str(file))


def _check_actor(value: str, key: str, where: str) -> str:
    value = value.strip()
    if not _ACTOR_ID.match(value):
        raise CorpusSettingsError(f"{where}: {key} must be an actor id such as FRA, not {value!r}")
    return value.upper() if len(value) == 3 and value.isalpha() else value


def _credits(values: dict, file: Path) -> dict[str, str]:
    credits = values.get("credits") or {}
    if not isinstance(credits, dict) or not all(
        isinstance(key, str) and isinstance(value, str) for key, value in credits.items()
    ):
        raise CorpusSettingsError(f"{file}: credits must map credit spellings to outlet names")
    return dict(credits)
