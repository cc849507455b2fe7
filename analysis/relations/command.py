"""What ``python -m analysis relations --check FILE`` prints (the parser is in ``cli``)."""

from __future__ import annotations

import os
import sys

from analysis.relations.lexicon import check_lexicon

__all__ = ["check_lexicon_file"]


def check_lexicon_file(path: str | os.PathLike, *, extend: bool = True) -> int:
    """Print every problem of a lexicon file and a summary; 1 if it has errors, else 0.

    Examples
    --------
    >>> from analysis.relations import LEXICON_FILE
    >>> check_lexicon_file(LEXICON_FILE, extend=False)
    /...relations.yaml: no problem found
    0
    """
    problems = check_lexicon(path, extend=extend)
    for problem in problems:
        print(problem, file=sys.stdout)
    errors = sum(problem.severity == "error" for problem in problems)
    warnings = len(problems) - errors
    if problems:
        print(f"{path}: {errors} error(s), {warnings} warning(s)")
    else:
        print(f"{path}: no problem found")
    return 1 if errors else 0
