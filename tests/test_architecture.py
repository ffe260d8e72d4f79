"""The package tree shows the flow: no module imports a module of a later step, and no import cycle.

raw file -> `articles` -> `nlp` -> `dates` -> `actors` -> `events` -> `outputs` -> `run` -> `explore`
-> the command line. Shared foundations (`config`, `schema`, `text`, `files`) come before all.
Imports inside functions count too: they are dependencies all the same.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from pipeline import config

PACKAGE = config.PROJECT_ROOT / "pipeline"
STEPS = {
    "pipeline": 0,
    "pipeline.config": 0,
    "pipeline.schema": 0,
    "pipeline.text": 0,
    "pipeline.files": 0,
    "pipeline.articles": 1,
    "pipeline.nlp": 2,
    "pipeline.dates": 3,
    "pipeline.actors": 4,
    "pipeline.events": 5,
    "pipeline.outputs": 6,
    "pipeline.run": 7,
    "pipeline.explore": 8,
    "pipeline.cli": 9,
    "pipeline.__main__": 10,
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def step_of(module: str) -> tuple[str, int]:
    """The step a module belongs to: its longest prefix in STEPS."""
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        prefix = ".".join(parts[:n])
        if prefix in STEPS:
            return prefix, STEPS[prefix]
    raise AssertionError(f"{module} belongs to no step: add its package to STEPS")


def imports_of(path: Path, *, top_level_only: bool = False) -> set[str]:
    """The `pipeline.*` modules a file imports (`from pipeline.x import y` counts `pipeline.x.y` if a module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("pipeline"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("pipeline"):
            found.add(node.module)
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                if (PACKAGE.parent / candidate.replace(".", "/")).with_suffix(".py").exists():
                    found.add(candidate)
    return found


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_architecture_no_module_imports_a_later_step(module: str) -> None:
    own_step, rank = step_of(module)
    later = sorted(m for m in imports_of(MODULES[module]) if step_of(m)[1] > rank)
    assert later == [], f"{module} ({own_step}) imports a later step: {later}"


def test_architecture_has_no_import_cycle() -> None:
    graph = {m: {i for i in imports_of(p, top_level_only=True) if i in MODULES and i != m} for m, p in MODULES.items()}
    # a package's __init__ importing its own modules is the one expected back-edge: drop it
    graph = {m: {i for i in deps if not i.startswith(m + ".")} for m, deps in graph.items()}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(path[path.index(nxt) :] + [nxt] if nxt in path else [node, nxt])
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_architecture_every_step_package_exports_its_public_api() -> None:
    for package in ("articles", "nlp", "dates", "actors", "events", "outputs", "run", "explore"):
        init = PACKAGE / package / "__init__.py"
        assert "__all__" in init.read_text(encoding="utf-8"), f"pipeline/{package}/__init__.py exports nothing"
