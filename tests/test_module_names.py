"""No module of the package binds a top-level name twice.

A second `def _story_paragraph` or `_CAPTION_MAX_WORDS = 30` further down a long module
silently replaces the first for every caller, and nothing fails where it was written (ruff's
F811 does not flag a redefinition whose first binding was used in between). Two such pairs
changed extraction unnoticed before this test.
"""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import archiver

PACKAGE = Path(archiver.__file__).resolve().parent


def _top_level_names(tree: ast.Module) -> collections.Counter[str]:
    names: collections.Counter[str] = collections.Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return names


def test_no_module_binds_a_top_level_name_twice() -> None:
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        counts = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
        twice += [f"{path.relative_to(PACKAGE)}: {name}" for name, n in counts.items() if n > 1]
    assert twice == []


def test_the_check_sees_a_name_bound_twice() -> None:
    source = "def f():\n    pass\n\n\nX = 1\n\n\ndef f():\n    pass\n"
    assert _top_level_names(ast.parse(source))["f"] == 2
