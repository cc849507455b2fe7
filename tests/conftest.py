"""Fixtures shared by the test modules: small corpora written on the fly, a private cache."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from hypothesis import settings

# In continuous integration, property tests draw the same examples on every run, so that a
# red build always points at a change of the code, not at a new random draw. Locally they
# explore new examples each time (and keep the failing ones in .hypothesis/).
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") == "true" else "dev")

FileContents = Mapping[str, str | bytes | None]


@pytest.fixture
def make_corpus(tmp_path: Path) -> Callable[..., Path]:
    """Write a corpus folder and return its path.

    Call it with ``{relative path: content}``: ``str`` is written as UTF-8, ``bytes`` as
    they are, ``None`` makes an empty folder of that name. ``name=`` picks the folder name
    (``corpus`` by default), so that one test can build several corpora.
    """

    def make(files: FileContents, name: str = "corpus") -> Path:
        root = tmp_path / name
        root.mkdir(parents=True, exist_ok=True)
        for relative, content in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            if content is None:
                path.mkdir()
            elif isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8", newline="")
        return root

    return make


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private Parquet cache folder, also set as ``ANALYSIS_CACHE_DIR``."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def default_palette():
    """Each test starts with the default palette: ``open_study`` sets one for its process."""
    from analysis.figures.palette import use_palette

    previous = use_palette(None)
    yield
    use_palette(previous)
