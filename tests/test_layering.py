"""The pure core stays pure: only the dashboard shell (explorer/app.py and explorer/ui/) imports streamlit."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "explorer"
SHELL = {PACKAGE / "app.py", *(PACKAGE / "ui").rglob("*.py")}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in (
            "import_module", "__import__"
        ):
            found.update(a.value for a in node.args[:1] if isinstance(a, ast.Constant) and isinstance(a.value, str))
    return found


def test_nothing_outside_the_shell_imports_streamlit():
    offenders = {
        str(p.relative_to(PACKAGE.parent)): sorted(m for m in imported_modules(p) if m.split(".")[0] == "streamlit")
        for p in sorted(PACKAGE.rglob("*.py"))
        if p not in SHELL
    }
    offenders = {k: v for k, v in offenders.items() if v}
    assert not offenders, f"only explorer/app.py and explorer/ui/ may import streamlit; found: {offenders}"


def test_the_shell_does_import_streamlit():
    assert "streamlit" in imported_modules(PACKAGE / "app.py")
    pages = [p for p in SHELL if p.parent.name == "ui" and p.name != "__init__.py"]
    assert pages and all("streamlit" in imported_modules(p) for p in pages)
