"""The showcase's modules import each other without a loop, and its models import nothing
that lists or renders them (no function-local import hides a loop either).

The graph is read from the source (ast), function-local imports included: an import
inside a function runs later than the module's own, but a loop it closes is a loop.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "showcase"


def _module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules():
    return {
        _module_name(path): path
        for path in (ROOT / PACKAGE).rglob("*.py")
        if "migrations" not in path.parts
    }


def _imports(name, path, known):
    """[(imported module, function-local?)] of the package's own modules."""
    is_package = path.name == "__init__.py"
    tree = ast.parse(path.read_text(), filename=str(path))
    local = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            local |= {id(child) for child in ast.walk(node) if child is not node}
    found = []
    for node in ast.walk(tree):
        targets = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module
            # ``from a import b``: b is a module of its own, or a name in a.
            targets = [
                f"{module}.{alias.name}" if f"{module}.{alias.name}" in known else module
                for alias in node.names
            ]
        for target in targets:
            while target not in known and "." in target:
                target = target.rsplit(".", 1)[0]
            if target in known and target != name:
                found.append((target, id(node) in local))
    return found


def _graph():
    known = _modules()
    return {name: _imports(name, path, known) for name, path in known.items()}


def _cycle(graph):
    """One import loop as a list of modules, or None."""
    state = {}

    def visit(node, trail):
        state[node] = "open"
        for target, _local in graph[node]:
            if state.get(target) == "open":
                return [*trail[trail.index(target) :], target]
            if target not in state and (loop := visit(target, [*trail, target])):
                return loop
        state[node] = "done"
        return None

    for start in sorted(graph):
        if start not in state and (loop := visit(start, [start])):
            return loop
    return None


def test_the_graph_is_read():
    graph = _graph()
    assert ("showcase.queries", False) in graph["showcase.listing"]
    assert ("showcase.routes", False) in graph["showcase.models.case_studies"]
    assert ("showcase.listing", True) in graph["showcase.apps"]


def test_no_import_loop_in_the_showcase():
    assert _cycle(_graph()) is None


def test_the_loop_finder_finds_a_loop():
    graph = {"a": [("b", False)], "b": [("c", True)], "c": [("a", False)]}
    assert _cycle(graph) == ["a", "b", "c", "a"]


MODELS = "showcase.models"


@pytest.mark.parametrize("name", [n for n in _modules() if n.startswith(MODELS)])
def test_models_import_no_showcase_module_inside_a_function(name):
    local = [target for target, is_local in _graph()[name] if is_local]
    assert not local, f"{name} imports {local} inside a function"


def test_models_reach_nothing_that_lists_or_renders_them():
    graph = _graph()
    reached, todo = set(), [n for n in graph if n.startswith(MODELS)]
    while todo:
        for target, _local in graph[todo.pop()]:
            if target not in reached:
                reached.add(target)
                todo.append(target)
    forbidden = {f"{PACKAGE}.{name}" for name in ("views", "listing", "queries", "forms", "home")}
    assert not reached & forbidden
