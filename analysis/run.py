"""Rerun every analysis in one command: execute the notebooks headless, keep a manifest.

``python -m analysis run [--corpus PATH] [--actors FILE] [--from 2023-01] [--to 2024-12]
[--kinds name,demonym] [--label TEXT] [--settings FILE] [--out reports] [--no-cache]
[-p NAME VALUE ...]`` executes each ``notebooks/NN-*.ipynb`` with papermill, passing those
values to its ``parameters`` cell (``-p`` sets any other parameter a notebook declares, such
as ``focus``; ``--no-cache`` reaches the notebooks through the environment, see
:data:`analysis.study.NO_CACHE_VARIABLE`), and writes::

    reports/notebooks/<notebook>.ipynb      the executed notebooks
    reports/figures/<notebook>/<name>.*     figures (png, svg, pdf), the data behind them, and
                                            a JSON record (caption, source, palette)
    reports/tables/<notebook>/<name>.csv    tables
    reports/index.html                      every figure with its caption, source and notebook
    reports/manifest.json                   inputs, versions, every figure's source and a
                                            sha256 for every output

Every figure's source (the corpus label, the number of articles, the months and the
dictionary digest) is drawn in the image, kept in its record and listed in both files; the
label comes from ``--label``, else the corpus settings (``corpus.yaml``, or ``--settings``),
else the folder name.

The manifest holds no date or duration, so two runs on the same inputs give the same
manifest entries, whatever the output folder.

:mod:`analysis.cli` reads the options and calls :func:`run_all`, which does the work.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import platform
import shutil
import time
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from analysis import config

LIBRARIES = [
    "pandas", "numpy", "pyarrow", "matplotlib", "ipywidgets", "papermill", "nbclient",
    "networkx", "pyahocorasick", "py3langid", "charset-normalizer", "babel", "pyyaml",
]  # fmt: skip


class NotebookFailed(RuntimeError):
    """A notebook raised an error; the message names the notebook, the cell and the error."""


def notebooks(folder: str | os.PathLike | None = None) -> list[Path]:
    """The analysis notebooks in running order (``NN-*.ipynb``)."""
    folder = Path(folder) if folder is not None else config.NOTEBOOKS_DIR
    return sorted(folder.glob("[0-9][0-9]-*.ipynb"))


_KERNEL_MANAGER = None


def _local_kernel_manager():
    """A kernel manager that talks to its kernel through Unix sockets, not TCP ports.

    The sockets live in a private temporary folder, so no other user or program can reach
    the kernel, and the kernel has no reason to warn that its traffic is unencrypted.
    """
    global _KERNEL_MANAGER
    if _KERNEL_MANAGER is None:
        import atexit
        import tempfile

        from jupyter_client.manager import AsyncKernelManager

        folder = tempfile.mkdtemp(prefix="analysis-kernels-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)

        class LocalKernelManager(AsyncKernelManager):
            def __init__(self, **options):
                options.setdefault("transport", "ipc")
                options.setdefault("ip", os.path.join(folder, "kernel"))
                # A kernel still closing down after 2.5 s (the default half of 5 s) is sent
                # SIGTERM and logs a KeyboardInterrupt: on a busy machine, give it longer.
                options.setdefault("shutdown_wait_time", 30.0)
                super().__init__(**options)

        _KERNEL_MANAGER = LocalKernelManager
    return _KERNEL_MANAGER


def run_notebook(
    notebook: Path, output: Path, parameters: dict, *, environment: dict | None = None
) -> Path:
    """Execute one notebook with papermill; raise :class:`NotebookFailed` on error."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    output.parent.mkdir(parents=True, exist_ok=True)
    saved = dict(os.environ)
    os.environ.update(environment or {})
    try:
        papermill.execute_notebook(
            str(notebook),
            str(output),
            parameters=parameters,
            kernel_name="python3",
            progress_bar=False,
            cwd=str(notebook.parent),
            log_output=False,
            kernel_manager_class=_local_kernel_manager(),
        )
    except PapermillExecutionError as error:
        source = _cell_source(output, error.exec_count)
        raise NotebookFailed(
            f"{notebook.name} failed in cell [{error.exec_count}] "
            f"({source}): {error.ename}: {error.evalue}. The executed notebook, with the "
            f"traceback, is {output}."
        ) from None
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return output


def _cell_source(executed: Path, execution_count: int | None) -> str:
    """First line of the cell that ran with ``execution_count`` in an executed notebook."""
    try:
        cells = json.loads(executed.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError):
        return "source unavailable"
    for cell in cells:
        if cell.get("cell_type") == "code" and cell.get("execution_count") == execution_count:
            lines = [line for line in "".join(cell["source"]).splitlines() if line.strip()]
            return lines[0][:80] if lines else "empty cell"
    return "source unavailable"


def run_all(
    *,
    corpus: str | os.PathLike | None = None,
    actors: str | os.PathLike | None = None,
    start: str | None = None,
    end: str | None = None,
    kinds: Iterable[str] | None = None,
    out: str | os.PathLike | None = None,
    only: Iterable[str] | None = None,
    notebook_folder: str | os.PathLike | None = None,
    extra: dict | None = None,
    cache: bool = True,
    label: str | None = None,
    settings: str | os.PathLike | None = None,
    echo=print,
) -> dict:
    """Execute every notebook with the same parameters and write the index and manifest.

    Parameters
    ----------
    corpus, actors : path, optional
        Default: the sample corpus and the packaged dictionary.
    start, end : str, optional
        First and last month (``2023-01``) kept by the analyses.
    kinds : list of str, optional
        Alias kinds counted (default: all).
    out : path, optional
        Output folder (default :func:`analysis.config.reports_dir`). Each notebook run
        replaces its own ``figures/<notebook>`` and ``tables/<notebook>`` folders; the
        manifest and ``index.html`` list the outputs of the notebooks run this time.
    only : list of str, optional
        Run only the notebooks whose names start with one of these (``["01", "03"]``).
    extra : dict, optional
        Other parameters of the notebooks, by name (``{"focus": "IRN", "countries":
        ["USA", "IRN"]}``), each given to the notebooks whose ``parameters`` cell has it.
    cache : bool, default True
        ``False`` reads the corpus and finds the mentions again, here and in every notebook
        (through :data:`analysis.study.NO_CACHE_VARIABLE`), and writes no cache.
    label : str, optional
        The corpus label on every figure and in the index (default: the settings' label).
    settings : path, optional
        A corpus settings file to use instead of the corpus's own ``corpus.yaml``.

    Returns
    -------
    dict
        The manifest, also written to ``<out>/manifest.json``.
    """
    from analysis.actors import load_actors
    from analysis.corpus import load_corpus
    from analysis.corpus.settings import read_settings
    from analysis.figures.source import Source
    from analysis.study import NO_CACHE_VARIABLE, month_range, within_months

    corpus_path = Path(corpus).resolve() if corpus is not None else config.corpus_dir()
    actors_path = Path(actors).resolve() if actors is not None else None
    out = Path(out).resolve() if out is not None else config.reports_dir()
    settings_path = Path(settings).resolve() if settings is not None else None
    months = month_range(start, end)  # a clear error before anything runs
    corpus_settings = read_settings(corpus_path, path=settings_path, label=label)
    kinds = list(kinds) if kinds else None
    if kinds:
        from analysis.measures import check_kinds

        check_kinds(kinds)
    parameters = {
        "corpus": str(corpus_path),
        "actors": str(actors_path) if actors_path else None,
        "start": start,
        "end": end,
        "kinds": kinds,
        "label": label,
        "settings": str(settings_path) if settings_path else None,
        "output_dir": str(out),
    }
    selected = notebooks(notebook_folder)
    if only:
        prefixes = tuple(only)
        selected = [path for path in selected if path.name.startswith(prefixes)]
    if not selected:
        raise FileNotFoundError("No notebook to run (expected notebooks/NN-*.ipynb).")
    extra = dict(extra or {})
    declared = {path: set(_declared_parameters(path)) for path in selected}
    _check_extra(extra, parameters, declared)

    echo(f"Corpus: {corpus_path}")
    articles = load_corpus(corpus_path, cache=cache)
    dictionary = load_actors(actors_path)
    echo(f"Loaded {len(articles)} articles; dictionary {dictionary.sha256[:12]}")
    source = Source.of(
        within_months(articles, *months), label=corpus_settings.label, dictionary=dictionary
    )
    echo(source.line())
    skipped = articles.attrs.get("skipped", [])
    if skipped:
        echo(
            f"{len(skipped)} file(s) not loaded, listed with the reason in "
            "tables/01-inspect-corpus/files-not-loaded.csv (or `python -m analysis corpus PATH`)."
        )
    environment = {
        "ANALYSIS_CORPUS": str(corpus_path),
        "ANALYSIS_REPORTS": str(out),
        "MPLBACKEND": "Agg",
    }
    if actors_path:
        environment["ANALYSIS_ACTORS"] = str(actors_path)
    if not cache:
        environment[NO_CACHE_VARIABLE] = "1"
    executed = []
    for number, notebook in enumerate(selected, start=1):
        began = time.perf_counter()
        echo(f"[{number}/{len(selected)}] {notebook.stem} ...", end=" ", flush=True)
        target = out / "notebooks" / notebook.name
        # The notebook's outputs of an earlier run go, so that none is taken for this run's.
        for section in ("figures", "tables"):
            shutil.rmtree(out / section / notebook.stem, ignore_errors=True)
        try:
            given = {k: v for k, v in extra.items() if k in declared[notebook]}
            run_notebook(notebook, target, {**parameters, **given}, environment=environment)
        except NotebookFailed:
            echo("FAILED")
            raise
        echo(f"done in {time.perf_counter() - began:.1f} s")
        executed.append(notebook.stem)

    manifest = build_manifest(
        out,
        corpus_path=corpus_path,
        articles=articles,
        dictionary=dictionary,
        parameters={k: v for k, v in {**parameters, **extra}.items() if k != "output_dir"},
        executed=executed,
        source=source,
        settings=corpus_settings,
    )
    (out / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    write_index(out, executed, source=source)
    echo(f"Wrote {len(manifest['outputs'])} files; open {out / 'index.html'}")
    return manifest


def corpus_fingerprint(articles) -> str:
    """sha256 of the loaded corpus: every article's path and body hash, in path order."""
    digest = hashlib.sha256()
    for path, body in sorted(zip(articles["path"], articles["content_hash"], strict=True)):
        digest.update(f"{path}\0{body}\n".encode())
    skipped = articles.attrs.get("skipped", [])
    for row in sorted(skipped, key=lambda r: r["path"]):
        digest.update(f"skipped\0{row['path']}\0{row['reason']}\n".encode())
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in ["analysis", *LIBRARIES]:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def build_manifest(
    out: Path,
    *,
    corpus_path,
    articles,
    dictionary,
    parameters: dict,
    executed: list[str],
    source=None,
    settings=None,
) -> dict:
    """The manifest of a run: inputs, parameters, versions, and every output with its hash.

    Outputs are those of the notebooks in ``executed``; files that other notebooks left in
    ``out`` in earlier runs are not listed. ``figures`` lists each figure of those notebooks
    with its caption and source (from its JSON record, see
    :meth:`analysis.study.Study.save_figure`); ``source`` is the run's (a
    :class:`~analysis.figures.source.Source`), ``settings`` the corpus settings used, and
    ``palette`` that of :func:`analysis.study.palette_record`.
    """
    from analysis.study import palette_record

    outputs = []
    for section in ("figures", "tables"):
        folder = out / section
        if not folder.exists():
            continue
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            relative = path.relative_to(out)
            if len(relative.parts) < 3 or relative.parts[1] not in executed:
                continue  # not made by this run's notebooks
            outputs.append(
                {
                    "path": relative.as_posix(),
                    "notebook": relative.parts[1],
                    "sha256": _sha256(path),
                    "bytes": path.stat().st_size,
                }
            )
    figures = figure_records(out, executed)
    # The palette the notebooks drew with (each sets it from the corpus): from their records.
    palette = next((figure["palette"] for figure in figures if figure.get("palette")), None)
    return {
        "corpus": {
            "path": str(corpus_path),
            "fingerprint": corpus_fingerprint(articles),
            "articles": len(articles),
            "files_seen": articles.attrs.get("files_seen"),
            "skipped": len(articles.attrs.get("skipped", [])),
        },
        "dictionary": {
            "sources": [str(source) for source in dictionary.sources],
            "sha256": dictionary.sha256,
        },
        "source": _source_entry(source),
        "settings": _settings_entry(settings),
        "palette": palette if palette is not None else palette_record(),
        "parameters": parameters,
        "notebooks": [f"notebooks/{name}.ipynb" for name in executed],
        "figures": figures,
        "versions": _versions(),
        "platform": f"{platform.system()} {platform.machine()}",
        "outputs": outputs,
    }


def _source_entry(source) -> dict | None:
    return None if source is None else {**source.as_dict(), "line": source.line()}


def _settings_entry(settings) -> dict | None:
    if settings is None:
        return None
    return {
        "path": str(settings.path) if settings.path else None,
        "label": settings.label,
        "home": settings.home,
        "voice": settings.voice,
        "outlet": settings.outlet,
        "credits": dict(settings.credits),
    }


def figure_records(out: Path, executed: list[str]) -> list[dict]:
    """Every figure of the notebooks in ``executed``, from its JSON record.

    One entry per figure: ``path`` (of the PNG, relative to ``out``), ``notebook``,
    ``name``, ``caption``, ``source`` (label, n_articles, first, last, dictionary, line;
    ``None`` for a figure saved without one) and ``palette``.
    """
    entries = []
    for notebook in executed:
        for record_path in sorted((out / "figures" / notebook).glob("*.json")):
            record = _record(record_path)
            png = record_path.with_suffix(".png")
            entries.append(
                {
                    "path": png.relative_to(out).as_posix(),
                    "notebook": notebook,
                    "name": record.get("name", record_path.stem),
                    "caption": record.get("caption"),
                    "source": record.get("source"),
                    "palette": record.get("palette"),
                }
            )
    return entries


def _record(path: Path) -> dict:
    """A figure's JSON record, or an empty one when it cannot be read."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def write_index(out: Path, executed: list[str], *, source=None) -> Path:
    """``index.html``: every figure of the run with its caption and source, by notebook.

    ``source`` (the run's :class:`~analysis.figures.source.Source`) is shown at the top;
    each figure's own source line, from its record, under it.
    """
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8"><title>Figures</title>',
        "<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em}"
        "figure{margin:1.5em 0;border-bottom:1px solid #ddd;padding-bottom:1em}"
        "img{max-width:100%}figcaption{color:#333}.source{color:#555;font-size:90%}"
        "</style></head><body>",
        "<h1>Figures and tables</h1>",
        '<p>Made by <code>python -m analysis run</code>; see <a href="manifest.json">'
        "manifest.json</a> for inputs, versions and checksums.</p>",
    ]
    if source is not None:
        parts.append(f'<p class="source"><b>{html.escape(source.line())}</b></p>')
    for notebook in executed:
        parts.append(f"<h2>{html.escape(notebook)}</h2>")
        parts.append(
            f'<p>Source notebook: <a href="notebooks/{html.escape(notebook)}.ipynb">'
            f"notebooks/{html.escape(notebook)}.ipynb</a></p>"
        )
        figure_folder = out / "figures" / notebook
        for png in sorted(figure_folder.glob("*.png")):
            record = _record(png.with_suffix(".json"))
            caption = str(record.get("caption") or "")
            line = (record.get("source") or {}).get("line")
            below = f'<br><span class="source">{html.escape(line)}</span>' if line else ""
            links = " · ".join(
                f'<a href="{png.with_suffix(suffix).relative_to(out).as_posix()}">{suffix[1:]}</a>'
                for suffix in (".svg", ".pdf", ".csv")
                if png.with_suffix(suffix).exists()
            )
            source = png.relative_to(out).as_posix()
            parts.append(
                f'<figure><img src="{source}" alt="{html.escape(caption)}">'
                f"<figcaption><b>{html.escape(png.stem)}</b>: {html.escape(caption)} "
                f"({links}){below}</figcaption></figure>"
            )
        tables = sorted((out / "tables" / notebook).glob("*.csv"))
        if tables:
            parts.append("<p>Tables: ")
            parts.append(
                ", ".join(
                    f'<a href="{t.relative_to(out).as_posix()}">{html.escape(t.name)}</a>'
                    for t in tables
                )
            )
            parts.append("</p>")
    parts.append("</body></html>")
    index = out / "index.html"
    index.write_text("\n".join(parts) + "\n", encoding="utf-8")
    return index


def _declared_parameters(notebook: Path) -> list[str]:
    """Names set in a notebook's ``parameters`` cell."""
    import papermill

    return list(papermill.inspect_notebook(str(notebook)))


def _check_extra(extra: dict, standard: dict, declared: dict) -> None:
    """Refuse a parameter that has its own option, or that no notebook to run declares."""
    for name in extra:
        if name in standard:
            option = {"start": "--from", "end": "--to", "output_dir": "--out"}.get(name)
            raise ValueError(f"Give {name!r} with its own option, {option or '--' + name}.")
        if not any(name in names for names in declared.values()):
            known = sorted(set().union(*declared.values()) - set(standard))
            raise ValueError(
                f"No notebook to run has a parameter {name!r}; they have: {', '.join(known)}."
            )
