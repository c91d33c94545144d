"""No import circle among our own modules, counting the imports inside functions.

Every module under casualtydb/ is parsed with ast; every import (at the top, inside functions, under
TYPE_CHECKING) that names one of our modules is an edge, relative imports resolved. Imports among the
modules of casualtydb/models/ are left out (the ORM classes refer to one another by design); any other
cycle fails the test, which prints it. The implicit import of a module's parent packages is not an edge
(a package that re-exports its modules would always be a circle with them).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "casualtydb"

# Edges that close a cycle but run through files other engineers are rewriting now (issue 11), each as
# ("importer", "imported") module names; remove an edge from here once its cycle is gone. None today.
ALLOWED_EDGES: set[tuple[str, str]] = set()


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def our_modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    """The module a dotted name lands in: the longest prefix that is one of ours."""
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def imports_of(module: str, path: Path, modules: dict[str, Path]) -> set[str]:
    is_package = path.name == "__init__.py"
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if (target := _resolve(alias.name, modules)) is not None:
                    found.add(target)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                if node.level > 1:
                    base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts)
                full = f"{base}.{node.module}" if node.module else base
            else:
                full = node.module or ""
            # `from pkg import sub` imports the submodule pkg.sub if there is one, else a name of pkg.
            for alias in node.names:
                candidate = f"{full}.{alias.name}"
                target = candidate if candidate in modules else _resolve(full, modules)
                if target is not None:
                    found.add(target)
    found.discard(module)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = our_modules()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def _in_models(module: str) -> bool:
    return module == "casualtydb.models" or module.startswith("casualtydb.models.")


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each with one cycle in it."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []
    counter = 0

    def strongconnect(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                components.append(component)

    for v in sorted(graph):
        if v not in index:
            strongconnect(v)
    return [_one_cycle(graph, c) for c in sorted(components, key=min)]


def _one_cycle(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """A shortest cycle through the component's first module (breadth-first)."""
    start = min(component)
    parents: dict[str, str] = {}
    frontier = [start]
    while frontier:
        nxt = []
        for v in frontier:
            for w in sorted(graph[v] & component):
                if w == start:
                    path = [v]
                    while path[-1] != start:
                        path.append(parents[path[-1]])
                    return [*reversed(path), start]
                if w not in parents:
                    parents[w] = v
                    nxt.append(w)
        frontier = nxt
    raise AssertionError(f"no cycle in {component}")


def checked_graph() -> dict[str, set[str]]:
    """The graph without the imports among models/ modules and without the allowed edges."""
    graph = import_graph()
    return {m: {t for t in targets if not (_in_models(m) and _in_models(t)) and (m, t) not in ALLOWED_EDGES}
            for m, targets in graph.items()}


def test_the_graph_sees_every_kind_of_import(tmp_path) -> None:
    package = tmp_path / "casualtydb"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from .sub import b\n")  # inside a function
    (package / "sub" / "__init__.py").write_text("from .. import a\n")  # a module of the parent
    (package / "sub" / "b.py").write_text("from ..sub.c import X\nimport casualtydb.sub.c as c\n")
    (package / "sub" / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                                          "    from . import b\n")  # only for type checking: counted too
    modules = {module_name(p, tmp_path): p for p in package.rglob("*.py")}
    graph = {name: imports_of(name, path, modules) for name, path in modules.items()}
    assert graph == {"casualtydb": set(), "casualtydb.a": {"casualtydb.sub.b"}, "casualtydb.sub": {"casualtydb.a"},
                     "casualtydb.sub.b": {"casualtydb.sub.c"}, "casualtydb.sub.c": {"casualtydb.sub.b"}}
    assert cycles(graph) == [["casualtydb.sub.b", "casualtydb.sub.c", "casualtydb.sub.b"]]


def test_the_package_graph_has_its_function_level_imports() -> None:
    # The `gui` command imports the GUI inside its handler (Qt only for the GUI): an edge all the same.
    assert "casualtydb.ui.app" in import_graph()["casualtydb.cli.core"]


def test_no_import_circle_outside_models() -> None:
    found = cycles(checked_graph())
    assert found == [], "import circles:\n" + "\n".join(" -> ".join(c) for c in found)


def test_allowed_edges_still_exist() -> None:
    graph = import_graph()
    gone = sorted(e for e in ALLOWED_EDGES if e[1] not in graph.get(e[0], set()))
    assert gone == [], f"allowed edges no longer in the code, remove them from ALLOWED_EDGES: {gone}"
