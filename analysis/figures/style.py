"""House style and fixed actor colours, shared by every figure of the package.

Colours come from Paul Tol's colour-blind-safe *muted* qualitative scheme (nine colours, see
:data:`PALETTE`). The main actors of the corpus are pinned to fixed entries so that, say, North
Korea is the same wine red in every figure of every notebook; any other actor gets a colour
chosen from a hash of its id, which is stable across runs and machines.

Examples
--------
>>> actor_color("PRK")
'#882255'
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import matplotlib.style
from matplotlib.figure import Figure

STYLE_FILE = Path(__file__).resolve().parent / "figures.mplstyle"

#: Paul Tol's "muted" qualitative scheme: indigo, cyan, teal, green, olive, sand, rose, wine,
#: purple. Distinguishable under the common forms of colour blindness.
PALETTE: tuple[str, ...] = (
    "#332288",
    "#88CCEE",
    "#44AA99",
    "#117733",
    "#999933",
    "#DDCC77",
    "#CC6677",
    "#882255",
    "#AA4499",
)

#: Neutral dark grey: a tenth colour for the main actors that stays readable for everyone.
NEUTRAL_GREY = "#555555"

#: Fixed colour of each main actor. Ten actors share nine hues plus grey, so every main actor is
#: unique; other actors may share a hue with one of these (see :func:`actor_color`).
MAIN_ACTOR_COLORS: dict[str, str] = {
    "PRK": "#882255",  # wine
    "KOR": "#332288",  # indigo
    "USA": "#44AA99",  # teal
    "RUS": "#CC6677",  # rose
    "CHN": "#999933",  # olive
    "JPN": "#88CCEE",  # cyan
    "UKR": "#DDCC77",  # sand
    "UN": "#117733",  # green
    "EU": "#AA4499",  # purple
    "NATO": NEUTRAL_GREY,
}


def actor_color(actor_id: str) -> str:
    """Return the fixed colour of an actor, the same in every figure.

    Parameters
    ----------
    actor_id : str
        Actor id as in the ``actor_id`` column of the mentions table (ISO3 code for states,
        ``"UN"``, ``"EU"``... for organisations, slugs such as ``"kim-jong-un"`` for persons).

    Returns
    -------
    str
        A ``#RRGGBB`` colour. Main actors (:data:`MAIN_ACTOR_COLORS`) get their pinned colour;
        any other id gets a :data:`PALETTE` entry chosen from a SHA-256 hash of the id, which is
        stable across processes (unlike the built-in ``hash``) but may coincide with the colour
        of another actor.

    Examples
    --------
    >>> actor_color("KOR")
    '#332288'
    >>> actor_color("kim-jong-un") == actor_color("kim-jong-un")
    True
    >>> actor_color("kim-jong-un") in PALETTE
    True
    >>> actor_color("RUS+PRK") == actor_color("RUS-without-demonym") == actor_color("RUS")
    True
    """
    if actor_id in MAIN_ACTOR_COLORS:
        return MAIN_ACTOR_COLORS[actor_id]
    # Derived series keep the colour of their first actor: "RUS+PRK" (articles mentioning
    # both, see timeline.pair_timeline) and "RUS-without-demonym" (timeline.kind_sensitivity).
    first = re.split(r"\+|-without-", str(actor_id), maxsplit=1)[0]
    if first != actor_id:
        return actor_color(first)
    digest = hashlib.sha256(str(actor_id).encode("utf-8")).digest()
    return PALETTE[int.from_bytes(digest[:8], "big") % len(PALETTE)]


def use_style() -> None:
    """Apply the house style (``figures.mplstyle``) to every figure drawn from now on.

    Readable fonts, no top and right spines, a light horizontal grid, the colour-blind-safe
    palette as default colour cycle and 300 dpi exports. Call it once at the top of a notebook.
    To apply it only inside a block, use :func:`style_context`.

    Examples
    --------
    >>> import matplotlib as mpl
    >>> with mpl.rc_context():
    ...     use_style()
    ...     mpl.rcParams["axes.spines.top"]
    False
    """
    matplotlib.style.use(STYLE_FILE)


@contextlib.contextmanager
def style_context() -> Iterator[None]:
    """Apply the house style inside a ``with`` block only, restoring the settings after it.

    Examples
    --------
    >>> import matplotlib as mpl
    >>> with style_context():
    ...     mpl.rcParams["axes.spines.right"]
    False
    """
    with matplotlib.style.context(STYLE_FILE):
        yield


def empty_figure(message: str, *, title: str | None = None) -> Figure:
    """A figure that says why there is nothing to draw, instead of empty axes.

    Used by every plotting function of the package when its table is empty (a month
    range with no article, a filter that matches nothing), so that a notebook shows a
    readable message rather than an error.

    Examples
    --------
    >>> fig = empty_figure("No article between 2030-01 and 2030-12.")
    >>> fig.texts[0].get_text()
    'No article between 2030-01 and 2030-12.'
    """
    with style_context():
        fig = Figure(figsize=(8, 2.5))
        if title:
            fig.suptitle(title)
        fig.text(0.5, 0.5, message, ha="center", va="center", wrap=True, color=NEUTRAL_GREY)
    return fig
