"""The project's import graph: every module imports, no package has an import loop, the
models of an app import nothing built on them, and the layers import only downwards.

The layers (docs/architecture.md):

- ``website`` is the shared core and imports no app and not ``demo``;
- the apps ``news``, ``showcase``, ``policies``, ``archive`` and ``alerts`` import ``website`` and their own
  modules, never one another (a cross-app link goes through a Wagtail hook) and never
  ``demo``;
- ``demo`` (demo content) may import everything; tests are not part of the graph.

The graph is read from the source (``ast``), nothing is imported to build it. Imports
inside functions count like those at the top of a module: a function-local import hides
a loop, it does not break it. The one exception is ``AppConfig.ready()``, which Django
runs once every app is loaded: what it imports is wiring (hooks, signals, registries),
counted for the layer rules but not for loops. An import of ``pkg.module`` counts as an
edge to that module; ``from pkg import name`` to ``pkg.name`` when that is a module, else
to ``pkg`` (its ``__init__``). Migrations are left out.
"""

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

APPS = ("news", "showcase", "policies", "multimedia", "archive", "alerts")
PACKAGES = (*APPS, "website", "demo")
# The modules (and packages) of an app that its models must not reach, directly or
# through another module of the app.
BUILT_ON_MODELS = ("views", "listing", "queries", "feeds", "forms", "home", "comments")
# Modules that need a deployment's environment to import (WSGI/ASGI entry points,
# production settings); the graph still reads them.
NOT_IMPORTED = {"website.asgi", "website.wsgi", "website.settings.production"}


def modules_of(packages=PACKAGES):
    """{dotted name: path} of the packages' modules, migrations aside."""
    found = {}
    for package in packages:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if "migrations" in parts or "__pycache__" in parts:
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


def _ready_nodes(name, tree):
    """ids of the nodes inside an ``AppConfig.ready()`` of an ``apps`` module."""
    if name.rpartition(".")[2] != "apps":
        return set()
    inside = set()
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef):
            for item in cls.body:
                if isinstance(item, ast.FunctionDef) and item.name == "ready":
                    inside |= {id(node) for node in ast.walk(item)}
    return inside


def import_edges(modules=None):
    """{module: {imported module of the project: True when only ``ready()`` imports it}}."""
    modules = modules_of() if modules is None else modules
    graph = {}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        here = name if is_package else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        in_ready = _ready_nodes(name, tree)
        edges = {}
        for node in ast.walk(tree):
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
                    edges[resolved] = edges.get(resolved, True) and id(node) in in_ready
        graph[name] = edges
    return graph


def import_graph(modules=None, with_ready=False):
    """{module: {modules of the project it imports}}; ``ready()``-only edges left out
    unless ``with_ready``."""
    return {
        name: {target for target, ready_only in edges.items() if with_ready or not ready_only}
        for name, edges in import_edges(modules).items()
    }


def package_of(module):
    return module.partition(".")[0]


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


def reached_from(graph, starts):
    """Every module reached from ``starts`` through the graph (``starts`` aside)."""
    reached, todo = set(), list(starts)
    while todo:
        for target in graph.get(todo.pop(), ()):
            if target not in reached:
                reached.add(target)
                todo.append(target)
    return reached - set(starts)


def crossings(graph, source, allowed):
    """{module of ``source``: sorted imported modules whose package is not allowed}."""
    found = {}
    for module, targets in graph.items():
        if package_of(module) != source:
            continue
        wrong = sorted(t for t in targets if package_of(t) not in {source, *allowed})
        if wrong:
            found[module] = wrong
    return found


# A search backend of one database imports only with that database (Wagtail's models
# for it exist only there).
ONLY_WITH = {"website.search_backends.sqlite": "sqlite"}


@pytest.mark.parametrize("package", PACKAGES)
def test_every_module_imports(package):
    from django.db import connection

    for name in modules_of((package,)):
        if name in NOT_IMPORTED or ONLY_WITH.get(name, connection.vendor) != connection.vendor:
            continue
        importlib.import_module(name)


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_loop_inside_the_package(package):
    graph = import_graph(modules_of((package,)))
    assert cycles(graph) == []


def test_no_import_loop_in_the_project():
    assert cycles(import_graph()) == []


@pytest.mark.parametrize("app", APPS)
def test_models_reach_nothing_built_on_them(app):
    graph = import_graph(modules_of((app,)))
    models = [
        name for name in graph if name == f"{app}.models" or name.startswith(f"{app}.models.")
    ]
    assert models
    forbidden = {f"{app}.{name}" for name in BUILT_ON_MODELS}
    reached = reached_from(graph, models)
    wrong = {m for m in reached if any(m == bad or m.startswith(bad + ".") for bad in forbidden)}
    assert sorted(wrong) == []


def test_website_imports_no_app_and_not_the_demo():
    assert crossings(import_graph(with_ready=True), "website", allowed=()) == {}


@pytest.mark.parametrize("app", APPS)
def test_an_app_imports_only_itself_and_website(app):
    """No app imports another app (cross-app links are Wagtail hooks) or the demo."""
    assert crossings(import_graph(with_ready=True), app, allowed=("website",)) == {}


def test_the_graph_is_read():
    graph = import_graph(with_ready=True)
    assert "showcase.queries" in graph["showcase.listing"]
    assert "policies.models.pages" in graph["policies.models"]
    assert "news.queries" in graph["news.listing"]
    # ready() imports count for the layer rules, not for loops.
    assert "news.listing" in graph["news.apps"]
    assert "news.listing" not in import_graph()["news.apps"]
    assert "news" in graph["demo.loaders.news"] or "news.models" in graph["demo.loaders.news"]


def _package(tmp_path, files):
    package = tmp_path / "loopy"
    package.mkdir()
    for name, text in {"__init__.py": "", **files}.items():
        (package / name).write_text(text)
    return {
        (f"loopy.{name[:-3]}" if name != "__init__.py" else "loopy"): package / name
        for name in {"__init__.py": "", **files}
    }


def test_the_graph_sees_a_loop_hidden_in_a_function(tmp_path, monkeypatch):
    """The check itself: a loop through a function-local import is a loop."""
    monkeypatch.setitem(globals(), "ROOT", tmp_path)
    modules = _package(
        tmp_path,
        {
            "a.py": "from loopy.b import f\n",
            "b.py": "def f():\n    from . import a\n    return a\n",
        },
    )
    assert cycles(import_graph(modules)) == [["loopy.a", "loopy.b"]]


def test_the_graph_leaves_ready_out_of_loops(tmp_path, monkeypatch):
    monkeypatch.setitem(globals(), "ROOT", tmp_path)
    modules = _package(
        tmp_path,
        {
            "apps.py": "class Config:\n    def ready(self):\n        from . import views\n",
            "views.py": "from loopy import apps\n",
        },
    )
    assert cycles(import_graph(modules)) == []
    assert cycles(import_graph(modules, with_ready=True)) == [["loopy.apps", "loopy.views"]]
