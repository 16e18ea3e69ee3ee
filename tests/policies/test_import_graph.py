"""The imports of the policies app form no loop, and the models import no finder code.

Read from the source with ``ast`` (function-local imports included, since those are
how a loop is usually hidden); nothing is imported to build the graph.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = "policies"
ROOT = Path(__file__).resolve().parents[2] / PACKAGE
# What the models may import from their own app: each other, the blocks of their
# StreamFields and the leaf rule module.
MODELS_MAY_IMPORT = {"policies.blocks", "policies.applies"}


def _module_name(path):
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _modules():
    return {
        _module_name(path): path
        for path in ROOT.rglob("*.py")
        if "migrations" not in path.parts and "__pycache__" not in path.parts
    }


def _resolve(module, is_package, node):
    """The absolute names an ``import``/``from … import`` statement reaches."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        prefix = ".".join([*base, node.module] if node.module else base)
    else:
        prefix = node.module
    # "from . import views" names a module; "from .models import X" names a name.
    return [prefix, *(f"{prefix}.{alias.name}" for alias in node.names)]


def import_graph():
    """{module: set of modules of the package it imports, anywhere in its code}."""
    modules = _modules()
    graph = {}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        is_package = path.name == "__init__.py"
        targets = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                targets.update(
                    name for name in _resolve(module, is_package, node) if name in modules
                )
        targets.discard(module)
        graph[module] = targets
    return graph


def _cycles(graph):
    """Every cycle (as a list of modules) found by a depth-first walk."""
    found, state, stack = [], {}, []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                found.append([*stack[stack.index(target) :], target])
            elif target not in state:
                visit(target)
        stack.pop()
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return found


def _is_model_module(name):
    return name == "policies.models" or name.startswith("policies.models.")


def test_the_graph_is_read():
    graph = import_graph()
    assert "policies.models.pages" in graph["policies.models"]
    assert "policies.models" in graph["policies.queries"]
    assert "policies.listing" in graph["policies.views"]
    # ready() imports the views (function-local imports count).
    assert "policies.views" in graph["policies.apps"]


def test_no_import_loop_in_the_app():
    assert _cycles(import_graph()) == []


@pytest.mark.parametrize(
    "graph, expected",
    [
        ({"a": {"b"}, "b": {"a"}}, [["a", "b", "a"]]),
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
    ],
)
def test_cycles_finds_a_loop(graph, expected):
    assert _cycles(graph) == expected


def test_models_import_only_models_blocks_and_leaf_modules():
    graph = import_graph()
    for module, targets in graph.items():
        if not _is_model_module(module):
            continue
        outside = {t for t in targets if not _is_model_module(t)} - MODELS_MAY_IMPORT
        assert outside == set(), f"{module} imports {sorted(outside)}"


def test_leaf_modules_import_nothing_of_the_app():
    graph = import_graph()
    for module in MODELS_MAY_IMPORT:
        assert graph[module] == set(), module
