"""The package's layout rules: no import cycles, no reaching into private names, short modules.

The rules are checked on the source with ``ast``, without importing anything, so that they
still report every violation while the package does not import at all.
"""

from __future__ import annotations

import ast
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "analysis"
MAX_LINES = 800
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
# Calls that reach an attribute through its name as a string: getattr(module, "_x"),
# monkeypatch.setattr(module, "_x", ...), monkeypatch.setattr("analysis.m._x", ...), patch(...).
BY_NAME = {"getattr", "hasattr", "setattr", "delattr", "patch"}


@dataclass(frozen=True)
class Module:
    name: str
    path: Path
    tree: ast.Module
    is_package: bool
    lines: int

    @property
    def where(self) -> str:
        try:
            return self.path.relative_to(ROOT).as_posix()
        except ValueError:
            return self.path.as_posix()


@dataclass(frozen=True, order=True)
class Edge:
    path: str
    line: int
    source: str
    target: str
    lazy: bool


@dataclass(frozen=True, order=True)
class Reach:
    path: str
    line: int
    owner: str
    name: str
    text: str

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


def load_modules(root: Path, package: str) -> dict[str, Module]:
    """Every ``.py`` file under ``root/package`` by dotted name; ``__init__`` names its package."""
    modules = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        is_package = parts[-1] == "__init__"
        name = ".".join(parts[:-1] if is_package else parts)
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text, filename=str(path))
        modules[name] = Module(name, path, tree, is_package, len(text.splitlines()))
    return modules


def in_package(name: str) -> bool:
    return name == PACKAGE or name.startswith(PACKAGE + ".")


def is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def import_statements(module: Module) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import of the module, at any depth, and whether it runs only when a function does."""
    stack: list[tuple[ast.AST, bool]] = [(module.tree, False)]
    while stack:
        node, lazy = stack.pop()
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                yield child, lazy
            else:
                stack.append((child, lazy or isinstance(child, FUNCTIONS)))


def from_base(module: Module, node: ast.ImportFrom) -> str:
    """The absolute name of the module that ``from ... import`` reads from."""
    if not node.level:
        return node.module or ""
    package = module.name if module.is_package else module.name.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


def dependencies(module: Module, known: Mapping[str, Module]) -> Iterator[Edge]:
    """The modules of the package that this one imports.

    ``from p import x`` depends on the module ``p.x`` when there is one, on ``p`` (its
    ``__init__``) otherwise. Importing ``p.x`` also runs ``p/__init__.py`` first, but that is
    no cycle as long as ``p.x`` does not need what ``p/__init__.py`` defines; counting it would
    make every package that re-exports its sub-modules look like a cycle.
    """
    for node, lazy in import_statements(module):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = from_base(module, node)
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                for alias in node.names
            ]
        # One edge per statement and module, however many names it takes from that module.
        for target in dict.fromkeys(targets):
            if target in known and target != module.name:
                yield Edge(module.where, node.lineno, module.name, target, lazy)


def import_graph(known: Mapping[str, Module]) -> dict[str, dict[str, list[Edge]]]:
    graph: dict[str, dict[str, list[Edge]]] = {name: {} for name in known}
    for module in known.values():
        for edge in dependencies(module, known):
            graph[edge.source].setdefault(edge.target, []).append(edge)
    return graph


def strongly_connected(graph: Mapping[str, Mapping[str, object]]) -> list[list[str]]:
    """Tarjan's components; each one with more than one module holds at least one cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in sorted(graph[node]):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(component for component in components if len(component) > 1)


def import_cycles(known: Mapping[str, Module]) -> list[list[str]]:
    return strongly_connected(import_graph(known))


def shortest_cycle(graph: Mapping[str, Mapping[str, object]], members: list[str]) -> list[str]:
    """One cycle through the first member, as short as any, for the failure message."""
    start, inside = members[0], set(members)
    previous: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for successor in sorted(set(graph[node]) & inside):
            if successor == start:
                path = [node]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                return [*reversed(path), start]
            if successor not in previous:
                previous[successor] = node
                queue.append(successor)
    raise AssertionError(f"no cycle through {start}")


def describe_cycles(known: Mapping[str, Module]) -> list[str]:
    graph = import_graph(known)
    lines = []
    for members in strongly_connected(graph):
        lines.append(f"cycle among {len(members)} modules: {', '.join(members)}")
        lines.append(f"  for instance {' -> '.join(shortest_cycle(graph, members))}")
        lines.append("  the imports that hold it together:")
        for source in members:
            for target in sorted(set(graph[source]) & set(members)):
                for edge in sorted(graph[source][target]):
                    lazy = " (inside a function)" if edge.lazy else ""
                    lines.append(f"    {edge.path}:{edge.line}: {source} imports {target}{lazy}")
    return lines


def module_aliases(module: Module, known: Mapping[str, Module]) -> dict[str, str]:
    """Local names bound to a module of the package, at any depth of the file."""
    aliases = {}
    for node, _ in import_statements(module):
        if isinstance(node, ast.Import):
            for alias in node.names:
                # `import analysis.corpus` binds `analysis`; with `as c` it binds the sub-module.
                name = alias.name if alias.asname else alias.name.partition(".")[0]
                if name in known:
                    aliases[alias.asname or name] = name
        else:
            base = from_base(module, node)
            for alias in node.names:
                if f"{base}.{alias.name}" in known:
                    aliases[alias.asname or alias.name] = f"{base}.{alias.name}"
    return aliases


def module_of(node: ast.expr, aliases: Mapping[str, str], known: Mapping[str, Module]) -> str:
    """The module of the package that an expression such as ``analysis.corpus`` names, or ''."""
    if isinstance(node, ast.Name):
        return aliases.get(node.id, "")
    if isinstance(node, ast.Attribute):
        parent = module_of(node.value, aliases, known)
        if parent and f"{parent}.{node.attr}" in known:
            return f"{parent}.{node.attr}"
    return ""


def reached_by_name(
    call: ast.Call, aliases: Mapping[str, str], known: Mapping[str, Module]
) -> tuple[str, str, int] | None:
    """(module, name, arguments that name it) of ``setattr(module, "name", ...)`` or of
    ``setattr("module.name", ...)``."""
    function = call.func
    called = function.id if isinstance(function, ast.Name) else ""
    if isinstance(function, ast.Attribute):
        called = function.attr
        if called == "object" and ast.unparse(function.value).endswith("patch"):
            called = "patch"
    if called not in BY_NAME or not call.args:
        return None
    first = call.args[0]
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        if not in_package(first.value) or "." not in first.value:
            return None
        parts = first.value.split(".")
        for end in range(len(parts) - 1, 0, -1):
            if ".".join(parts[:end]) in known:
                return ".".join(parts[:end]), parts[end], 1
        owner, _, name = first.value.rpartition(".")
        return owner, name, 1
    owner = module_of(first, aliases, known)
    if owner and len(call.args) > 1:
        second = call.args[1]
        if isinstance(second, ast.Constant) and isinstance(second.value, str):
            return owner, second.value, 2
    return None


def private_reaches(module: Module, known: Mapping[str, Module]) -> list[Reach]:
    """Every use of a private name of a package module, the module's own ones included."""
    aliases = module_aliases(module, known)
    found = set()
    for node, _ in import_statements(module):
        if isinstance(node, ast.ImportFrom):
            base = from_base(module, node)
            for alias in node.names:
                if in_package(base) and is_private(alias.name):
                    text = f"from {base} import {alias.name}"
                    found.add(Reach(module.where, node.lineno, base, alias.name, text))
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Attribute):
            owner = module_of(node.value, aliases, known)
            if owner and is_private(node.attr):
                found.add(Reach(module.where, node.lineno, owner, node.attr, ast.unparse(node)))
        elif isinstance(node, ast.Call) and (reached := reached_by_name(node, aliases, known)):
            owner, name, used = reached
            if is_private(name):
                arguments = [ast.unparse(argument) for argument in node.args[:used]]
                if len(node.args) > used:
                    arguments.append("...")
                text = f"{ast.unparse(node.func)}({', '.join(arguments)})"
                found.add(Reach(module.where, node.lineno, owner, name, text))
    return sorted(found)


def product_reaches(known: Mapping[str, Module]) -> list[Reach]:
    return [
        reach
        for module in known.values()
        for reach in private_reaches(module, known)
        if reach.owner != module.name
    ]


def module_under_test(test: Module) -> str:
    """``tests/test_corpus.py`` tests ``analysis.corpus``; other files no module in particular."""
    stem = test.name.rpartition(".")[2]
    return f"{PACKAGE}.{stem.removeprefix('test_')}" if stem.startswith("test_") else ""


def reaches_from_tests(tests: Mapping[str, Module], known: Mapping[str, Module]) -> list[Reach]:
    found = []
    for test in tests.values():
        own = module_under_test(test)
        for reach in private_reaches(test, known):
            if not own or (reach.owner != own and not reach.owner.startswith(own + ".")):
                found.append(reach)
    return found


def listing(reaches: list[Reach]) -> list[str]:
    return [f"  {reach.where}: {reach.text} ({reach.owner}.{reach.name})" for reach in reaches]


def fail(headline: str, violations: list[str]) -> None:
    # Without the traceback, the message is the list of violations and nothing else.
    pytest.fail("\n".join([headline, *violations]), pytrace=False)


@pytest.fixture(scope="module")
def package() -> dict[str, Module]:
    return load_modules(ROOT, PACKAGE)


# The rules, on the code base.


def test_the_package_has_no_import_cycles(package):
    if cycles := describe_cycles(package):
        fail(
            "Import cycles (imports inside functions count too; a sub-module imports its "
            "siblings by their own names, never from its package's __init__):",
            cycles,
        )


def test_no_module_uses_the_private_names_of_another(package):
    if reaches := product_reaches(package):
        fail(
            "Private names used outside their module (make them public, or move the code "
            "that needs them into that module):",
            listing(reaches),
        )


def test_no_module_is_over_the_line_limit(package):
    if long := [
        f"  {module.where}: {module.lines} lines"
        for module in package.values()
        if module.lines > MAX_LINES
    ]:
        fail(f"Modules over {MAX_LINES} lines (split them):", long)


def test_test_files_use_public_names_except_of_the_module_they_test(package):
    if reaches := reaches_from_tests(load_modules(ROOT, "tests"), package):
        fail(
            "Test files using private names (tests/test_<name>.py may use only those of "
            "analysis.<name> and of its sub-modules):",
            listing(reaches),
        )


# The checker, on small packages written for the purpose.


def write_tree(root: Path, files: Mapping[str, str]) -> None:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def modules_from(root: Path, files: Mapping[str, str]) -> dict[str, Module]:
    write_tree(root, {"analysis/__init__.py": "", **files})
    return load_modules(root, PACKAGE)


def test_checker_finds_a_cycle_through_an_import_inside_a_function(tmp_path):
    known = modules_from(
        tmp_path,
        {
            "analysis/a.py": "def f():\n    from analysis import b\n\n    return b.g()\n",
            "analysis/b.py": "from analysis.a import f\n\n\ndef g():\n    return 1\n",
            "analysis/c.py": "from analysis.a import f\n",
        },
    )
    assert import_cycles(known) == [["analysis.a", "analysis.b"]]
    message = "\n".join(describe_cycles(known))
    assert "analysis/a.py:2: analysis.a imports analysis.b (inside a function)" in message
    assert "analysis/b.py:1: analysis.b imports analysis.a" in message


def test_checker_allows_an_init_that_re_exports_siblings_that_import_each_other(tmp_path):
    known = modules_from(
        tmp_path,
        {
            "analysis/__init__.py": "from analysis.pkg import f\n",
            "analysis/pkg/__init__.py": "from analysis.pkg.one import f\nfrom .two import g\n",
            "analysis/pkg/one.py": "from analysis.pkg.two import g\nfrom . import three\n",
            "analysis/pkg/two.py": "from .three import h\nimport analysis.pkg.three\n",
            "analysis/pkg/three.py": "from analysis import config\nh = 1\n",
            "analysis/config.py": "ROOT = None\n",
            "analysis/user.py": "from analysis import pkg\nfrom analysis.pkg import g\n",
        },
    )
    assert import_cycles(known) == []


@pytest.mark.parametrize(
    "statement",
    ["from analysis.pkg import helper", "from . import helper", "import analysis.pkg"],
)
def test_checker_finds_a_sub_module_that_imports_its_own_package(tmp_path, statement):
    known = modules_from(
        tmp_path,
        {
            "analysis/pkg/__init__.py": "from .one import f\n\nhelper = 1\n",
            "analysis/pkg/one.py": f"def f():\n    {statement}\n",
        },
    )
    assert import_cycles(known) == [["analysis.pkg", "analysis.pkg.one"]]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from analysis.m import _p\n", ["from analysis.m import _p"]),
        ("from .m import VALUE, _p\n", ["from analysis.m import _p"]),
        ("from analysis import m as mod\n\nmod._p\n", ["mod._p"]),
        ("import analysis.m\n\nanalysis.m._p\n", ["analysis.m._p"]),
        ("import analysis\n\nanalysis._q\n", ["analysis._q"]),
        ("def f():\n    from analysis import m\n\n    return m._p\n", ["m._p"]),
        ("from analysis import m\n\ngetattr(m, '_p')\n", ["getattr(m, '_p')"]),
        ("from analysis.m import VALUE, __all__\n", []),
        ("from analysis import __version__, m\n\nm.VALUE, m.__doc__\n", []),
        ("_own = 1\n\n\ndef f():\n    return _own\n", []),
        ("import analysis.n as this\n\nthis._own = 1\n", []),
        ("import pathlib\n\npathlib._local\n", []),
    ],
)
def test_checker_flags_private_names_of_other_modules_only(tmp_path, source, expected):
    known = modules_from(
        tmp_path, {"analysis/m.py": "_p = 1\nVALUE = _p\n", "analysis/n.py": source}
    )
    assert [reach.text for reach in product_reaches(known)] == expected


def test_checker_lets_a_test_file_use_the_private_names_of_its_own_module(tmp_path):
    known = modules_from(
        tmp_path,
        {"analysis/m.py": "_p = 1\n", "analysis/pkg/__init__.py": "", "analysis/pkg/sub.py": ""},
    )
    write_tree(
        tmp_path,
        {
            "tests/test_pkg.py": (
                "from analysis import m\n"
                "from analysis.pkg.sub import _s\n"
                "\n\n"
                "def test_it(monkeypatch):\n"
                "    monkeypatch.setattr('analysis.pkg._q', 1)\n"
                "    monkeypatch.setattr('analysis.m._p', 1)\n"
                "    monkeypatch.setattr(m, '_p', 1)\n"
                "    monkeypatch.setattr(m, 'PUBLIC', 1)\n"
                "    assert m._p\n"
            ),
        },
    )
    reaches = reaches_from_tests(load_modules(tmp_path, "tests"), known)
    assert [(reach.where.rpartition(":")[2], reach.owner, reach.name) for reach in reaches] == [
        ("7", "analysis.m", "_p"),
        ("8", "analysis.m", "_p"),
        ("10", "analysis.m", "_p"),
    ]
