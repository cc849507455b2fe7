"""The resolved actor dictionary: its tables, and how files are loaded and checked.

Loading reads each layer (:mod:`~analysis.actors.parse`), merges them
(:mod:`~analysis.actors.merge`), adds the CLDR names (:mod:`~analysis.actors.cldr`), checks
the result (:mod:`~analysis.actors.checks`) and turns it into pandas tables with a digest.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import warnings
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.actors.checks import check_resolved
from analysis.actors.cldr import add_cldr_names
from analysis.actors.merge import Resolved, all_aliases, merge_layers
from analysis.actors.parse import read_layer
from analysis.actors.problems import ActorDictionaryError, Problem, Problems
from analysis.actors.vocabulary import DEFAULT_SOURCE, TYPE_ORDER

__all__ = [
    "ActorDictionary",
    "Tables",
    "build",
    "check_actors",
    "layer_files",
    "load_actors",
]


class _Table:
    """A table of :class:`ActorDictionary`, kept as its own copy and handed out as a copy.

    What is done to the table one gets never reaches the dictionary, so that its digest
    always describes its content; a changed table makes a new dictionary through
    ``dataclasses.replace``.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance, owner=None) -> pd.DataFrame:
        if instance is None:
            # For dataclasses, a descriptor without a class-level value is a required field.
            raise AttributeError(self.name)
        return _copy_table(instance.__dict__[self.name])

    def __set__(self, instance, value: pd.DataFrame) -> None:
        if not isinstance(value, pd.DataFrame):
            raise TypeError(
                f"ActorDictionary.{self.name} must be a pandas DataFrame, not "
                f"{type(value).__name__}; pass the table as load_actors() gives it."
            )
        instance.__dict__[self.name] = _copy_table(value)


def _copy_table(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of a table down to the lists and dicts it holds (the actors' roles)."""
    copied = table.copy(deep=True)
    for column in copied.columns[copied.dtypes.map(pd.api.types.is_object_dtype)]:
        copied[column] = pd.Series(
            [copy.deepcopy(value) for value in copied[column]], index=copied.index, dtype=object
        )
    return copied


@dataclass(frozen=True, eq=False)
class ActorDictionary:
    """A resolved actor dictionary: every layer merged and the CLDR names added.

    The dictionary cannot be changed: its attributes cannot be set, and its tables are
    handed out as copies, so that changing one changes nothing else. To change it, make
    another one: ``dataclasses.replace(actors, aliases=changed)``, which gets the digest of
    its own content.

    Attributes
    ----------
    actors : pandas.DataFrame
        One row per actor, ordered by type (state, organisation, institution, person) then
        id. Columns: ``actor_id``, ``actor_name``, ``actor_type`` (one of
        :data:`~analysis.actors.ACTOR_TYPES`), ``country`` (ISO alpha-3 id of a state, or
        <NA>), ``organisation`` (id of an organisation, or <NA>), all ``string``; ``roles``
        (``object``: a list of ``{"title", "from", "to", "source", "note"}`` dicts, months
        as ``"YYYY-MM"``, ``"to"`` None while held, ``"source"`` and ``"note"`` None when
        not written; the roles of every layer, in layer order); ``context`` (``object``:
        ``{alias: [actor id, ...]}``, the aliases that count only in an article that also
        names one of those actors); ``source`` (``string``: ``"default"`` or the name of the
        user file that defined or last changed the actor).
    aliases : pandas.DataFrame
        One row per alias: ``actor_id``, ``alias`` (as written), ``kind`` (one of
        :data:`~analysis.actors.ALIAS_KINDS`), all ``string``; ``case_sensitive``
        (``bool``); ``dated`` (``bool``: the alias counts only in articles dated within one
        of the actor's roles, ``from`` and ``to`` months included); ``source``
        (``string``: ``"default"``, ``"cldr"`` or the user file name).
    exclusions : pandas.DataFrame
        Phrases in which aliases never count: ``phrase`` (``string``), ``case_sensitive``
        (``bool``).
    sha256 : str
        SHA-256 of the content of the three tables (roles with their sources and notes,
        aliases with their ``dated`` flag), the same on every machine: the key of the
        compiled matcher and of the mention cache, and the dictionary's id in manifests.
    sources : tuple of Path
        The files read, the packaged dictionary first (``actors.yaml``, then
        ``officeholders.yaml``).

    Examples
    --------
    >>> actors = load_actors()
    >>> actors.actor("white-house")[["actor_type", "country"]].tolist()
    ['institution', 'USA']
    >>> actors.roles_on("shoigu", "2023-07")
    ['Minister of Defence of Russia', 'defence minister']
    """

    actors: pd.DataFrame = _Table()
    aliases: pd.DataFrame = _Table()
    exclusions: pd.DataFrame = _Table()
    sources: tuple[Path, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "sources", tuple(Path(source) for source in self.sources))

    @functools.cached_property
    def sha256(self) -> str:
        """SHA-256 of the content of the tables (computed once: they cannot change)."""
        return _content_digest(
            *(_records(self.__dict__[name]) for name in ("actors", "aliases", "exclusions"))
        )

    def __repr__(self) -> str:
        return (
            f"ActorDictionary({len(self.actors)} actors, {len(self.aliases)} aliases, "
            f"{len(self.exclusions)} exclusions, sha256={self.sha256[:12]}..., "
            f"sources={tuple(str(source) for source in self.sources)})"
        )

    def actor(self, actor_id: str) -> pd.Series:
        """The row of one actor.

        Parameters
        ----------
        actor_id : str
            An id of the ``actors`` table, such as ``"PRK"`` or ``"kim-jong-un"``.

        Returns
        -------
        pandas.Series
            The actor's row, named by its id, indexed by the ``actors`` columns.

        Raises
        ------
        KeyError
            If no actor has this id.

        Examples
        --------
        >>> load_actors().actor("PRK")["actor_name"]
        'North Korea'
        """
        rows = self.actors.loc[self.actors["actor_id"] == actor_id]
        if rows.empty:
            raise KeyError(
                f"no actor has the id {actor_id!r}; the ids are in the actor_id column of "
                f"ActorDictionary.actors (ids are case-sensitive: PRK, kim-jong-un)"
            )
        row = rows.iloc[0]
        row.name = actor_id
        return row

    def roles_on(self, actor_id: str, month: pd.Period | str) -> list[str]:
        """The titles an actor held during a month.

        Parameters
        ----------
        actor_id : str
            The actor's id.
        month : pandas.Period or str
            The month, as a monthly Period or a ``"YYYY-MM"`` string. A role counts when
            the month lies between its ``from`` and ``to`` months, both included.

        Returns
        -------
        list of str
            The titles, in the order of the dictionary; empty if none (or not a person).

        Examples
        --------
        >>> actors = load_actors()
        >>> actors.roles_on("putin", pd.Period("2010-03", freq="M"))
        ['Prime Minister of Russia', 'head of government']
        >>> actors.roles_on("moon-jae-in", "2023-01")
        []
        """
        wanted = pd.Period(month, freq="M")
        titles = []
        for role in self.actor(actor_id)["roles"]:
            start = pd.Period(role["from"], freq="M")
            end = pd.Period(role["to"], freq="M") if role["to"] else None
            if start <= wanted and (end is None or wanted <= end):
                titles.append(role["title"])
        return titles


@dataclass(frozen=True)
class Tables:
    """The tables of a resolved dictionary, as built once and cached.

    :func:`load_actors` hands out copies of them in an :class:`ActorDictionary`; the
    attributes are those of :class:`ActorDictionary`.
    """

    actors: pd.DataFrame
    aliases: pd.DataFrame
    exclusions: pd.DataFrame
    sha256: str
    sources: tuple[Path, ...]


def _tables(resolved: Resolved, sources: tuple[Path, ...]) -> Tables:
    """The tables of a resolved dictionary, and the digest of their content."""
    ordered = sorted(
        resolved.actors.values(),
        key=lambda actor: (TYPE_ORDER[actor.fields["type"]], actor.actor_id),
    )
    actor_records = []
    alias_records = []
    for actor in ordered:
        is_state = actor.fields["type"] == "state"
        actor_records.append(
            {
                "actor_id": actor.actor_id,
                "actor_name": actor.fields["name"],
                "actor_type": actor.fields["type"],
                "country": actor.actor_id if is_state else actor.fields.get("country"),
                "organisation": actor.fields.get("organisation"),
                "roles": [dict(role) for role in actor.fields.get("roles", [])],
                "context": {
                    alias: list(needs) for alias, needs in actor.fields.get("context", {}).items()
                },
                "source": actor.source,
            }
        )
        alias_records.extend(
            {
                "actor_id": actor.actor_id,
                "alias": alias.text,
                "kind": alias.kind,
                "case_sensitive": alias.case_sensitive,
                "dated": alias.dated,
                "source": alias.source,
            }
            for alias in all_aliases(actor)
        )
    exclusion_records = [
        {"phrase": phrase, "case_sensitive": case_sensitive}
        for phrase, case_sensitive, _ in resolved.exclusions.values()
    ]
    return Tables(
        actors=_frame(
            actor_records,
            {
                "actor_id": "string",
                "actor_name": "string",
                "actor_type": "string",
                "country": "string",
                "organisation": "string",
                "roles": "object",
                "context": "object",
                "source": "string",
            },
        ),
        aliases=_frame(
            alias_records,
            {
                "actor_id": "string",
                "alias": "string",
                "kind": "string",
                "case_sensitive": "bool",
                "dated": "bool",
                "source": "string",
            },
        ),
        exclusions=_frame(exclusion_records, {"phrase": "string", "case_sensitive": "bool"}),
        sha256=_content_digest(actor_records, alias_records, exclusion_records),
        sources=sources,
    )


def _content_digest(actors: list[dict], aliases: list[dict], exclusions: list[dict]) -> str:
    """SHA-256 of a dictionary's rows, whatever the order of the keys in each row.

    Parameters
    ----------
    actors, aliases, exclusions : list of dict
        The rows of the three tables, missing values as ``None``.

    Returns
    -------
    str
        64 hexadecimal digits.
    """
    content = json.dumps(
        {"actors": actors, "aliases": aliases, "exclusions": exclusions},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _records(table: pd.DataFrame) -> list[dict]:
    """The rows of a table as :func:`_tables` makes them: missing values as ``None``."""
    return [
        {name: None if _is_missing(value) else value for name, value in row.items()}
        for row in table.to_dict("records")
    ]


def _is_missing(value: object) -> bool:
    """Whether a cell holds a missing value: ``None``, ``pd.NA`` or NaN."""
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _frame(records: list[dict], dtypes: dict[str, str]) -> pd.DataFrame:
    """A table of ``records`` with the given columns and dtypes, even when empty."""
    return pd.DataFrame(
        {
            name: pd.Series([record[name] for record in records], dtype=dtype)
            for name, dtype in dtypes.items()
        }
    )


def layer_files(path: str | Path | None, extend: bool) -> tuple[Path, ...]:
    """The files to read, in layer order, for a dictionary path.

    The packaged dictionary is two files, ``actors.yaml`` then ``officeholders.yaml``
    (:data:`~analysis.config.PACKAGED_LAYERS`): naming either with ``extend`` gives both; a
    user file is layered over both. Without ``extend``, the file named is read alone,
    whichever it is.

    Parameters
    ----------
    path : str or Path or None
        A dictionary file; None means ``config.actors_file()``.
    extend : bool
        Layer the file over the packaged dictionary.

    Returns
    -------
    tuple of Path
        Resolved paths, the packaged dictionary first when it is layered under the file.

    Examples
    --------
    >>> packaged = tuple(path.resolve() for path in config.PACKAGED_LAYERS)
    >>> layer_files(config.PACKAGED_ACTORS, True) == packaged
    True
    >>> layer_files(config.PACKAGED_ACTORS, False) == packaged[:1]
    True
    """
    chosen = Path(config.actors_file() if path is None else path).expanduser().resolve()
    if not extend:
        return (chosen,)
    packaged = tuple(layer.resolve() for layer in config.PACKAGED_LAYERS)
    if chosen in packaged:
        return packaged
    return (*packaged, chosen)


def build(files: tuple[Path, ...]) -> tuple[Tables | None, list[Problem]]:
    """Read, merge and check files; the tables are None when there is any error.

    Parameters
    ----------
    files : tuple of Path
        The layers, as :func:`layer_files` gives them.

    Returns
    -------
    Tables or None
        The tables, or None when some problem is an error.
    list of Problem
        Every problem, in file then line order.
    """
    problems = Problems()
    layers = []
    packaged = {layer.resolve() for layer in config.PACKAGED_LAYERS}
    for number, path in enumerate(files):
        source = DEFAULT_SOURCE if path in packaged else path.name
        layer, file_problems = read_layer(path, source)
        layers.append(layer)
        for problem in file_problems:
            problems.items.append((number, problem))
    resolved = merge_layers(layers, problems)
    add_cldr_names(resolved, problems)
    check_resolved(resolved, problems)
    found = problems.sorted()
    if any(problem.severity == "error" for problem in found):
        return None, found
    return _tables(resolved, files), found


class ActorDictionaryWarning(UserWarning):
    """A dictionary loads, but something in it probably does not do what was meant."""


@functools.lru_cache(maxsize=8)
def _build_cached(
    stamps: tuple[tuple[str, int, int], ...],
) -> tuple[Tables, tuple[Problem, ...]]:
    """:func:`build` by (path, mtime, size) of each file, so that an edited file is reread."""
    tables, problems = build(tuple(Path(path) for path, _, _ in stamps))
    if tables is None:
        raise ActorDictionaryError([problem for problem in problems if problem.severity == "error"])
    return tables, tuple(problem for problem in problems if problem.severity == "warning")


def load_actors(path: str | Path | None = None, *, extend: bool = True) -> ActorDictionary:
    """Load the actor dictionary: the packaged one, a user file over it, or a file alone.

    Parameters
    ----------
    path : str or Path, optional
        A dictionary file. None means ``config.actors_file()``: ``$ANALYSIS_ACTORS`` if set,
        else the packaged dictionary.
    extend : bool, default True
        Layer the file over the packaged dictionary (``actors.yaml`` and
        ``officeholders.yaml``): an actor with an existing id gets the fields given and its
        roles and aliases are added; ``remove_aliases``, ``replace: true``,
        ``remove_exclusions`` and ``remove_actors`` take things away. False uses the file
        alone.

    Returns
    -------
    ActorDictionary
        The ``actors``, ``aliases`` and ``exclusions`` tables (see :class:`ActorDictionary`).
        Each call returns its own copies, so changing them does not affect later loads.

    Raises
    ------
    FileNotFoundError
        If a file does not exist.
    ActorDictionaryError
        If a file has errors; the message lists each with its file and line.

    Examples
    --------
    >>> actors = load_actors()
    >>> aliases = actors.aliases.set_index("alias")
    >>> aliases.loc["Pyeongyang", ["actor_id", "kind"]].tolist()
    ['PRK', 'capital']
    >>> actors.actor("kim-jong-un")["country"]
    'PRK'
    """
    files = layer_files(path, extend)
    stamps = []
    for file in files:
        if not file.is_file():
            raise FileNotFoundError(
                f"actor dictionary {file} not found; check the path (or $ANALYSIS_ACTORS)"
            )
        status = file.stat()
        stamps.append((str(file), status.st_mtime_ns, status.st_size))
    tables, problems = _build_cached(tuple(stamps))
    for problem in problems:
        warnings.warn(str(problem), ActorDictionaryWarning, stacklevel=2)
    dictionary = ActorDictionary(
        actors=tables.actors,
        aliases=tables.aliases,
        exclusions=tables.exclusions,
        sources=tables.sources,
    )
    # Its tables are copies of those the digest was computed from: no need to compute it again.
    dictionary.__dict__["sha256"] = tables.sha256
    return dictionary


def check_actors(path: str | Path, *, extend: bool = True) -> list[Problem]:
    """Every problem of a dictionary file, as it would be loaded, without raising.

    Checks YAML syntax, unknown keys, missing id/name/type, types, alias kinds, empty
    aliases, duplicate ids, countries and organisations that are no actor of the resolved
    dictionary, aliases claimed by two actors (compared with :func:`alias_key`), dates of
    roles, and warns about doubtful but loadable entries.

    Parameters
    ----------
    path : str or Path
        The file to check.
    extend : bool, default True
        Check it as layered over the packaged dictionary (as ``load_actors`` would).

    Returns
    -------
    list of Problem
        In file then line order; empty when all is well. ``load_actors`` succeeds when
        none has severity ``"error"``.

    Examples
    --------
    >>> check_actors(config.PACKAGED_ACTORS)
    []
    """
    _, problems = build(layer_files(path, extend))
    return problems
