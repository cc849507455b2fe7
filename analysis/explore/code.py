"""Python code that reproduces a view of the explorer outside it."""

from __future__ import annotations

import os
import pprint

from analysis.explore.filters import Filters


def code_for(
    filters: Filters,
    *,
    corpus_path: str | os.PathLike[str] | None = None,
    actors_path: str | os.PathLike[str] | None = None,
) -> str:
    """Python code that reproduces a view outside the explorer.

    Parameters
    ----------
    filters : Filters
        The current filters.
    corpus_path, actors_path : path-like, optional
        Where the corpus and the actor dictionary were read from. Without ``corpus_path`` the
        code expects the tables ``corpus`` and ``mentions`` to exist already.

    Examples
    --------
    >>> print(code_for(Filters(actors=("RUS",))).splitlines()[-2])
    view = ExplorerData(corpus, mentions).view(Filters.from_dict(state))
    """
    lines = ["from analysis.explore import ExplorerData, Filters"]
    if corpus_path is not None:
        lines = [
            "import analysis",
            *lines,
            "from analysis.figures import plot_timeline",
            "from analysis.mentions import find_mentions",
            "from analysis.events import load_events",
            "",
            f"corpus = analysis.load_corpus({str(corpus_path)!r})",
            "mentions = find_mentions(corpus"
            + (f", {str(actors_path)!r})" if actors_path is not None else ")"),
        ]
    else:
        lines += ["", "# corpus, mentions: the tables given to explore()"]
    state = pprint.pformat(filters.to_dict(), width=88, sort_dicts=False)
    lines += [
        f"state = {state}",
        "view = ExplorerData(corpus, mentions).view(Filters.from_dict(state))",
    ]
    if corpus_path is not None:
        lines.append("plot_timeline(view.timeline, events=load_events())")
    else:
        lines.append("view.timeline  # also view.top_actors, view.articles, view.kwic")
    return "\n".join(lines)
