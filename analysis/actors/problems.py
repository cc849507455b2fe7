"""What can be wrong in an actor dictionary, and where: problems with their file and line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["ActorDictionaryError", "Place", "Problem", "Problems", "Report"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong (``error``) or doubtful (``warning``) in an actor dictionary file.

    Attributes
    ----------
    path : Path
        The file.
    line : int or None
        The line (1-based), or None when the problem concerns the whole file.
    field : str
        Where in the file: ``PRK.aliases.demonym``, ``exclusions[2]``, ``yaml``...
    message : str
        What is wrong and what to do.
    severity : str
        ``"error"`` (the dictionary cannot be loaded) or ``"warning"``.

    Examples
    --------
    >>> print(Problem(Path("mine.yaml"), 12, "PRK.type", "unknown type 'country'", "error"))
    mine.yaml:12: error: PRK.type: unknown type 'country'
    """

    path: Path
    line: int | None
    field: str
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else f"{self.path}"
        return f"{where}: {self.severity}: {self.field}: {self.message}"


class ActorDictionaryError(ValueError):
    """An actor dictionary has errors; ``problems`` lists them, each with its file and line."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        lines = "\n".join(f"  {problem}" for problem in problems)
        super().__init__(
            f"the actor dictionary has {len(problems)} error(s); fix them, then run "
            f"`python -m analysis actors --check FILE` to confirm:\n{lines}"
        )


@dataclass
class Report:
    """Collects the problems of one file as it is read.

    Attributes
    ----------
    path : Path
        The file; every problem reported is located in it.
    problems : list of Problem
        The problems so far, in the order they were found.

    Examples
    --------
    >>> report = Report(Path("mine.yaml"))
    >>> report.warning(3, "file", "the file is empty")
    >>> [str(problem) for problem in report.problems]
    ['mine.yaml:3: warning: file: the file is empty']
    """

    path: Path
    problems: list[Problem] = field(default_factory=list)

    def error(self, line: int | None, where: str, message: str) -> None:
        """Record an error: the dictionary cannot be loaded."""
        self.problems.append(Problem(self.path, line, where, message, "error"))

    def warning(self, line: int | None, where: str, message: str) -> None:
        """Record a warning: doubtful, but the dictionary loads."""
        self.problems.append(Problem(self.path, line, where, message, "warning"))


@dataclass
class Place:
    """Where something of the merged dictionary was written.

    Attributes
    ----------
    layer : int
        The position of its file among the layers, the packaged dictionary first.
    path : Path
        The file.
    line : int or None
        The line (1-based), or None when unknown.
    """

    layer: int
    path: Path
    line: int | None


class Problems:
    """Collects the problems of several layered files, each located by a :class:`Place`.

    Examples
    --------
    >>> problems = Problems()
    >>> problems.add(Place(1, Path("mine.yaml"), 4), "PRK", "second", "warning")
    >>> problems.add(Place(0, Path("actors.yaml"), 9), "PRK", "first")
    >>> [problem.message for problem in problems.sorted()]
    ['first', 'second']
    """

    def __init__(self) -> None:
        # (layer, problem): problems are listed file by file, in the order of the layers.
        self.items: list[tuple[int, Problem]] = []

    def add(self, place: Place, where: str, message: str, severity: str = "error") -> None:
        """Record a problem found at ``place``; ``severity`` is ``"error"`` or ``"warning"``."""
        problem = Problem(place.path, place.line, where, message, severity)
        self.items.append((place.layer, problem))

    def sorted(self) -> list[Problem]:
        """The problems in layer then line order; those of one line keep the order found."""
        ordered = sorted(self.items, key=lambda item: (item[0], item[1].line or 0))
        return [problem for _, problem in ordered]
