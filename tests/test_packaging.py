"""The project's metadata stays consistent: pyproject.toml and environment.yml agree."""

from __future__ import annotations

import json
import re
import tomllib

import yaml

from analysis import config


def _requirement(text: str) -> tuple[str, str]:
    """(normalised name with extras, lower bound) of a requirement like ``dask[x]>=2024.8``."""
    match = re.fullmatch(r"\s*([A-Za-z0-9_.\-]+)(\[[^\]]*\])?\s*(?:>=\s*([^,;\s]+))?.*", text)
    assert match, f"cannot parse requirement {text!r}"
    name = re.sub(r"[-_.]+", "-", match.group(1)).lower()
    return name + (match.group(2) or ""), match.group(3) or ""


def test_pyproject_and_environment_list_the_same_dependencies():
    pyproject = tomllib.loads((config.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = pyproject["project"]
    declared = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        declared += extra
    expected = dict(_requirement(r) for r in declared)

    environment = yaml.safe_load((config.ROOT / "environment.yml").read_text(encoding="utf-8"))
    listed: list[str] = []
    pip_section: list[str] = []
    for entry in environment["dependencies"]:
        if isinstance(entry, dict):
            pip_section = entry["pip"]
        elif not entry.startswith(("python", "pip")) or entry.startswith("python-"):
            listed.append(entry)
    listed += [r for r in pip_section if r != "-e ."]
    result = dict(_requirement(r) for r in listed)

    assert result == expected
    assert "-e ." in pip_section
    python = next(e for e in environment["dependencies"] if str(e).startswith("python"))
    assert python.replace(" ", "") == "python" + project["requires-python"]


def test_notebooks_are_committed_without_outputs():
    for path in sorted(config.NOTEBOOKS_DIR.glob("*.ipynb")):
        notebook = json.loads(path.read_text(encoding="utf-8"))
        for cell in notebook["cells"]:
            if cell["cell_type"] == "code":
                assert cell.get("outputs") == [], f"{path.name} has outputs"
                assert cell.get("execution_count") is None, f"{path.name} has execution counts"


def test_notebooks_have_a_tagged_parameters_cell_and_no_definitions():
    paths = sorted(config.NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"))
    assert paths, "no notebook found"
    for path in paths:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        tagged = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
        assert len(tagged) == 1, f"{path.name}: expected one cell tagged 'parameters'"
        assert cells[0]["cell_type"] == "markdown", f"{path.name} should open with its question"
        for cell in cells:
            source = "".join(cell["source"])
            if cell["cell_type"] == "code":
                assert not re.search(r"^\s*(def|class)\s", source, re.MULTILINE), (
                    f"{path.name}: logic belongs in analysis/, not in a notebook"
                )
                assert "sys.path" not in source, f"{path.name} must not touch sys.path"


def test_the_readme_dictionary_example_checks_clean(tmp_path):
    from analysis.actors import check_actors

    readme = (config.ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(# my-actors.yaml\n.*?)```", readme, re.DOTALL)
    assert block, "README lost its dictionary example"
    path = tmp_path / "my-actors.yaml"
    path.write_text(block.group(1), encoding="utf-8")
    result = [str(problem) for problem in check_actors(path)]
    assert result == []
