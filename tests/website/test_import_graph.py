"""Every module of an app imports, and the app's modules import one another without a
loop; the models import none of the modules that build on them.

The graph is read from the source (``ast``), with imports inside functions counted like
those at the top of a module: a function-local import hides a loop, it does not break
it. An import of ``pkg.module`` counts as an edge to that module; ``from pkg import
name`` to ``pkg.name`` when that is a module, else to ``pkg`` (its ``__init__``).
Migrations are left out.
"""

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Per app: the modules (and packages) that its models must not import.
PACKAGES = {
    "news": {
        "models": ["views", "listing", "queries", "feeds", "forms", "home", "comments"],
    },
}


def modules_of(package):
    """{dotted name: path} of the package's modules, migrations aside."""
    found = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if "migrations" in parts:
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _resolve(name, modules):
    """The module of ``modules`` that importing ``name`` runs last: ``name`` or the
    nearest package above it; None outside."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def import_graph(package):
    """{module: {modules of the package it imports, anywhere in its code}}."""
    modules = modules_of(package)
    graph = {}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        here = name if is_package else name.rpartition(".")[0]
        edges = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = here.split(".")
                    anchor = anchor[: len(anchor) - (node.level - 1)]
                    base = ".".join([*anchor, *([base] if base else [])])
                for alias in node.names:
                    submodule = f"{base}.{alias.name}"
                    targets.append(submodule if submodule in modules else base)
            for target in targets:
                resolved = _resolve(target, modules)
                if resolved is not None and resolved != name:
                    edges.add(resolved)
        graph[name] = edges
    return graph


def cycles(graph):
    """The strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_every_module_imports(package):
    for name in modules_of(package):
        importlib.import_module(name)


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_no_import_loop_inside_the_app(package):
    assert cycles(import_graph(package)) == []


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_models_import_nothing_built_on_them(package):
    graph = import_graph(package)
    forbidden = {f"{package}.{name}" for name in PACKAGES[package]["models"]}
    models = [name for name in graph if name.startswith(f"{package}.models")]
    assert models
    wrong = {
        model: sorted(
            target
            for target in graph[model]
            if any(target == bad or target.startswith(bad + ".") for bad in forbidden)
        )
        for model in models
    }
    assert {model: targets for model, targets in wrong.items() if targets} == {}


def test_the_graph_sees_a_loop_hidden_in_a_function(tmp_path, monkeypatch):
    """The check itself: a loop through a function-local import is a loop."""
    package = tmp_path / "loopy"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from loopy.b import f\n")
    (package / "b.py").write_text("def f():\n    from . import a\n    return a\n")
    monkeypatch.setitem(globals(), "ROOT", tmp_path)
    assert cycles(import_graph("loopy")) == [["loopy.a", "loopy.b"]]
