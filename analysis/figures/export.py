"""Reproducible export of figures and tables, under names that cannot leave their folder.

Exports are deterministic: rerunning a notebook on the same input rewrites byte-identical SVG,
PDF, PNG and CSV files (no creation dates, software versions or random ids inside), so that a
version-control diff of ``reports/`` shows only real changes.

Examples
--------
>>> safe_name("Corée du Nord / 2023")
'coree-du-nord-2023'
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

import matplotlib as mpl
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.transforms import Bbox

from analysis import config

SUPPORTED_FORMATS = ("png", "svg", "pdf")
PNG_DPI = 300
MAX_NAME_LENGTH = 80

# Settings read when a file is written rather than when the figure is drawn, fixed here so
# that the files do not depend on the caller's settings. Any fixed hash salt works; what
# matters is that it never changes between runs. Text as paths in SVG and TrueType fonts in PDF
# look the same on every machine and keep PDF text searchable.
_SAVE_SETTINGS = {"svg.hashsalt": "analysis-figures", "svg.fonttype": "path", "pdf.fonttype": 42}

# Metadata matplotlib would otherwise fill with the current date or its own version.
_DETERMINISTIC_METADATA: dict[str, dict[str, None]] = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
}

# Letters that Unicode decomposition does not reduce to ASCII but French and German text uses.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})

# Device names that Windows refuses as file names, whatever the extension.
_RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{digit}" for digit in range(1, 10)}
    | {f"lpt{digit}" for digit in range(1, 10)}
)


def safe_name(text: str, *, max_length: int = MAX_NAME_LENGTH) -> str:
    """Turn free text into a file name that cannot leave its folder.

    Accents are removed (``é`` → ``e``, ``œ`` → ``oe``), letters are lowercased, every run of
    characters other than ``a-z``, ``0-9``, ``_`` and ``-`` becomes one ``-`` (so there is no
    path separator and no dot left, hence no ``..``), and leading or trailing ``-``/``_`` are
    dropped. Names longer than ``max_length`` are cut and end with 8 hexadecimal digits of a
    hash of the full text, so that two long names that differ only at the end stay distinct.

    Parameters
    ----------
    text : str
        Name given by a user or derived from data (actor name, notebook name...).
    max_length : int, default 80
        Longest name returned; must be at least 16.

    Returns
    -------
    str
        The file-name-safe name (without extension).

    Raises
    ------
    ValueError
        If nothing usable is left (for instance ``"../.."`` or ``"???"``).

    Examples
    --------
    >>> safe_name("../../etc/x")
    'etc-x'
    >>> safe_name("Mentions per 1,000 words — Œuvre")
    'mentions-per-1-000-words-oeuvre'
    >>> safe_name("..")
    Traceback (most recent call last):
    ...
    ValueError: '..' gives an empty file name ...
    """
    if not isinstance(text, str):
        raise TypeError(f"safe_name expects a string, got {type(text).__name__}: {text!r}.")
    if max_length < 16:
        raise ValueError(
            f"max_length must be at least 16 to leave room for a hash, got {max_length}."
        )
    ascii_text = (
        unicodedata.normalize("NFKD", text.translate(_LIGATURES))
        .encode("ascii", "ignore")
        .decode("ascii")
        .lower()
    )
    slug = re.sub(r"[^a-z0-9_-]+", "-", ascii_text)
    slug = re.sub(r"-{2,}", "-", slug).strip("-_")
    if not slug:
        raise ValueError(
            f"{text!r} gives an empty file name once reduced to letters, digits, '-' and '_'; "
            "choose a name containing at least one letter or digit."
        )
    if len(slug) > max_length:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
        slug = slug[: max_length - len(digest) - 1].rstrip("-_") + "-" + digest
    if slug in _RESERVED_NAMES:
        slug += "_"
    return slug


def save_figure(
    fig: Figure,
    name: str,
    *,
    notebook: str,
    data: pd.DataFrame | pd.Series | None = None,
    out_dir: str | os.PathLike[str] | None = None,
    formats: Iterable[str] = SUPPORTED_FORMATS,
    caption: str | None = None,
) -> dict[str, Path]:
    """Write a figure (PNG at 300 dpi, SVG, PDF), the data behind it and a JSON record.

    Files go to ``<out_dir>/<notebook>/<name>.<ext>``, where ``out_dir`` defaults to
    ``config.reports_dir() / "figures"``. Both ``notebook`` and ``name`` pass through
    :func:`safe_name`, so user-supplied text cannot point outside ``out_dir``. The output is
    deterministic: the same figure and data give byte-identical files on a rerun.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure to write.
    name : str
        Name of the figure, without extension.
    notebook : str
        Name of the notebook (or script) that made it; one sub-folder per notebook.
    data : pandas.DataFrame or pandas.Series, optional
        The plotted data, written to ``<name>.csv`` (see :func:`save_table` for the format).
    out_dir : path-like, optional
        Root folder of figures; default ``config.reports_dir() / "figures"``.
    formats : iterable of str, default ("png", "svg", "pdf")
        Image formats to write, among :data:`SUPPORTED_FORMATS`.
    caption : str, optional
        Caption stored in the JSON record, for an index page listing the figures.

    Returns
    -------
    dict of str to pathlib.Path
        Path written for each key: the image formats, ``"csv"`` when ``data`` is given and
        ``"json"`` for the record ``{"name", "notebook", "caption", "files"}``, where ``files``
        maps each key to a file name relative to the record's folder.

    Examples
    --------
    >>> import tempfile
    >>> from matplotlib.figure import Figure
    >>> fig = Figure()
    >>> _ = fig.subplots().plot([1, 2, 3])
    >>> paths = save_figure(fig, "My plot", notebook="01 Overview", out_dir=tempfile.mkdtemp())
    >>> sorted(paths)
    ['json', 'pdf', 'png', 'svg']
    >>> paths["svg"].parent.name, paths["svg"].name
    ('01-overview', 'my-plot.svg')
    """
    formats = _check_formats(formats)
    directory = _output_directory(out_dir, "figures", notebook)
    stem = safe_name(name)
    paths: dict[str, Path] = {}
    with mpl.rc_context(_SAVE_SETTINGS), _rounded_layout(fig):
        for image_format in formats:
            path = directory / f"{stem}.{image_format}"
            with _atomic_path(path) as temporary:
                fig.savefig(
                    temporary,
                    format=image_format,
                    dpi=PNG_DPI,
                    bbox_inches="tight",
                    metadata=_DETERMINISTIC_METADATA[image_format],
                )
                if image_format == "svg":
                    _number_clip_paths(temporary)
            paths[image_format] = path
    if data is not None:
        paths["csv"] = _write_csv(data, directory / f"{stem}.csv")
    record = {
        "name": stem,
        "notebook": directory.name,
        "caption": caption,
        "files": {key: path.name for key, path in paths.items()},
    }
    json_path = directory / f"{stem}.json"
    with _atomic_path(json_path) as temporary:
        temporary.write_text(
            json.dumps(record, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
    paths["json"] = json_path
    return paths


# Decimals kept of an axes position (a fraction of the figure) after constrained layout.
LAYOUT_DECIMALS = 9


class _RoundedConstrainedLayout(ConstrainedLayoutEngine):
    """Constrained layout whose axes positions are rounded to :data:`LAYOUT_DECIMALS`.

    The layout solver's last bits vary from one run to the next (the same figure gets
    0.5314550479547763 or ...764); PDF writes coordinates with ten decimals, so such noise
    flips the last digit of a clip box or a tick label and the PDF bytes differ between runs.
    Rounding what the solver returns makes every coordinate drawn from it the same.
    """

    def execute(self, fig):
        result = super().execute(fig)
        for ax in fig.axes:
            if not ax.get_in_layout():
                continue
            extents = ax.get_position(original=True).extents
            x0, y0, x1, y1 = (round(float(value), LAYOUT_DECIMALS) for value in extents)
            ax.set_position(Bbox([[x0, y0], [x1, y1]]))
            ax.set_in_layout(True)  # set_position takes an axes out of the layout: keep it in
        return result


@contextlib.contextmanager
def _rounded_layout(fig: Figure) -> Iterator[None]:
    """Lay ``fig`` out with :class:`_RoundedConstrainedLayout` while it is saved, when it is
    laid out by constrained layout; the figure gets its own engine back afterwards."""
    engine = fig.get_layout_engine()
    if type(engine) is not ConstrainedLayoutEngine:
        yield
        return
    # matplotlib gives back every setting through get() except ``compress``.
    compress = getattr(engine, "_compress", False)
    fig.set_layout_engine(_RoundedConstrainedLayout(compress=compress, **engine.get()))
    try:
        yield
    finally:
        fig.set_layout_engine(engine)


_CLIP_ID = re.compile(r'<clipPath id="(p[0-9a-f]{10})"')


def _number_clip_paths(path: Path) -> None:
    """Name the clip paths of an SVG by their order (``clip0``, ``clip1`` ...): matplotlib
    names them by a digest of their rectangle's floats, whose last bits can differ between
    two runs of the same layout, so that identical figures would not give identical bytes."""
    text = path.read_text(encoding="utf-8")
    names = {old: f"clip{number}" for number, old in enumerate(_CLIP_ID.findall(text))}
    if names:
        pattern = re.compile("|".join(map(re.escape, names)))
        text = pattern.sub(lambda found: names[found.group(0)], text)
        path.write_text(text, encoding="utf-8")


def save_table(
    df: pd.DataFrame | pd.Series,
    name: str,
    *,
    notebook: str,
    out_dir: str | os.PathLike[str] | None = None,
) -> Path:
    """Write a table to ``<out_dir>/<notebook>/<name>.csv``, deterministically.

    The CSV is UTF-8 with ``\\n`` line ends; floats are written with 10 significant digits
    (``%.10g``), which hides last-bit noise from summation order so that reruns give identical
    bytes. The index is written when it carries information, that is unless it is an unnamed
    ``0..n-1`` range.

    Parameters
    ----------
    df : pandas.DataFrame or pandas.Series
        The table.
    name : str
        File name without extension; passes through :func:`safe_name`.
    notebook : str
        Name of the notebook that made it; passes through :func:`safe_name`.
    out_dir : path-like, optional
        Root folder of tables; default ``config.reports_dir() / "tables"``.

    Returns
    -------
    pathlib.Path
        The CSV file written.

    Examples
    --------
    >>> import tempfile
    >>> table = pd.DataFrame({"actor_id": ["PRK", "RUS"], "share": [2 / 3, 0.25]})
    >>> path = save_table(table, "shares", notebook="demo", out_dir=tempfile.mkdtemp())
    >>> print(path.read_text(), end="")
    actor_id,share
    PRK,0.6666666667
    RUS,0.25
    """
    directory = _output_directory(out_dir, "tables", notebook)
    return _write_csv(df, directory / f"{safe_name(name)}.csv")


def _check_formats(formats: Iterable[str]) -> tuple[str, ...]:
    if isinstance(formats, str):
        formats = (formats,)
    cleaned = tuple(
        dict.fromkeys(str(image_format).lower().lstrip(".") for image_format in formats)
    )
    unknown = [image_format for image_format in cleaned if image_format not in SUPPORTED_FORMATS]
    if unknown or not cleaned:
        raise ValueError(
            f"Unsupported figure format(s) {unknown or list(cleaned)}; "
            f"choose among {list(SUPPORTED_FORMATS)}."
        )
    return cleaned


def _output_directory(
    out_dir: str | os.PathLike[str] | None, default_subfolder: str, notebook: str
) -> Path:
    """Create and return ``<root>/<safe notebook name>``, refusing anything outside ``root``."""
    root = Path(out_dir) if out_dir is not None else config.reports_dir() / default_subfolder
    root = root.expanduser().resolve()
    directory = (root / safe_name(notebook)).resolve()
    # safe_name already rules out separators and "..": this guards against a symlinked folder.
    if not directory.is_relative_to(root):
        raise ValueError(
            f"Output folder {directory} for notebook {notebook!r} is outside {root}; "
            "remove the symbolic link or choose another notebook name."
        )
    directory.mkdir(parents=True, exist_ok=True)
    return directory


@contextlib.contextmanager
def _atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary sibling of ``path`` and move it into place once written.

    An interrupted notebook then leaves the previous file intact rather than half a file.
    """
    temporary = path.with_name(f".{path.name}.partial")
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _has_meaningful_index(index: pd.Index) -> bool:
    is_default_range = (
        isinstance(index, pd.RangeIndex)
        and index.start == 0
        and index.step == 1
        and index.name is None
    )
    return not is_default_range


def _write_csv(data: pd.DataFrame | pd.Series, path: Path) -> Path:
    if isinstance(data, pd.Series):
        data = data.to_frame()
    if not isinstance(data, pd.DataFrame):
        raise TypeError(
            f"Expected a pandas DataFrame or Series to write {path.name}, "
            f"got {type(data).__name__}."
        )
    with _atomic_path(path) as temporary:
        data.to_csv(
            temporary,
            index=_has_meaningful_index(data.index),
            float_format="%.10g",
            lineterminator="\n",
            encoding="utf-8",
        )
    return path
