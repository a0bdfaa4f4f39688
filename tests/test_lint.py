"""The code base stays clean: ruff (settings in pyproject.toml) finds nothing."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is not installed")
def test_ruff_finds_nothing():
    r = subprocess.run(["ruff", "check", "explorer", "tests", "benchmarks"], cwd=ROOT, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stdout


def test_no_module_defines_a_name_twice():
    """Two top-level functions or classes of one name in a module: the second silently replaces the first for
    every caller (it happened when two people added a helper to the same module at once; ruff's F811 says
    nothing when the first was used before the second was defined)."""
    import ast

    twice = []
    for path in sorted((ROOT / "explorer").rglob("*.py")) + sorted((ROOT / "benchmarks").glob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                if node.name in seen:
                    twice.append(f"{path.relative_to(ROOT)}: {node.name} (lines {seen[node.name]} and {node.lineno})")
                seen[node.name] = node.lineno
    assert not twice, twice


def test_no_starred_display_is_compared_in_compiled_modules():
    """mypyc's code generator stops with an internal error on a starred item inside a tuple, list or set that is
    an operand of a comparison (`x not in (",", *words)`); the type check (`python -m explorer.compile check`)
    passes it, so only the optional compiled build failed (2026-12-07). Written as two tests instead."""
    import ast

    found = []
    for folder in ("text", "extract"):
        for path in sorted((ROOT / "explorer" / folder).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Compare):
                    continue
                for side in (node.left, *node.comparators):
                    if isinstance(side, (ast.Tuple, ast.List, ast.Set)) and any(
                        isinstance(e, ast.Starred) for e in side.elts
                    ):
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, found
