"""The optional compiled build of extraction (issue 9): explorer/text and explorer/extract compiled with mypyc
(pipeline.py, blocks.py and the packages' __init__ stay interpreted). Pure Python stays the default and the reference:
nothing here is needed to install, test or run Diplograph.

    pip install -e ".[compiled]"         # mypy, which brings mypyc (gcc and the Python headers are needed too)
    python -m explorer.compile           # 1.5 min on 2 cores; writes explorer/_compiled/ (not in git)
    python -m explorer.compile status    # whether extraction runs compiled, and if not, why
    python -m explorer.compile clean     # back to pure Python

A compiled module must never hide an edit to its source (Python loads an extension module placed next to a .py
before the .py). So the build goes to a directory of its own, explorer/_compiled/, with a manifest holding the
SHA-256 of every file it was built from: the compiled modules and every explorer module they import, whose types
the compiler read. `import explorer` uses the build only when each of those files is unchanged and the Python
is the one it was built for; otherwise it uses none of it (the compiled modules call one another directly, so it
is all or nothing) and warns, naming the changed file. DIPLOGRAPH_COMPILED=0 runs pure Python beside a build;
CI builds it after the README's tests and runs the extraction tests with DIPLOGRAPH_COMPILED=1, which makes
tests/test_compiled.py check that the build is the one running.

mypyc type-checks the modules and trusts their annotations: a value of another type than its annotation says
(None where a `Ment` is declared, an int where a `bool` is returned) raises TypeError in compiled code where
pure Python went on. The sources are annotated so that the evaluation sets give byte-identical output both
ways; the checker's complaints that do not stop compiling are turned off (LENIENT).
"""

from __future__ import annotations

import ast
import hashlib
import importlib.machinery
import json
import os
import sys
import warnings
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT = PACKAGE_DIR.parent
BUILD_DIR = PACKAGE_DIR / "_compiled"
MANIFEST = "manifest.json"
# not compiled: the packages' __init__; pipeline.py, whose functions tests replace (a compiled module calls its
# own functions directly, so a replaced one would not be called); blocks.py, whose merge of a long article's
# blocks keeps an entity's mentions in a MentionArray where `Entity.mentions` says list (compiled code checks it)
LEFT_OUT = (
    "explorer/extract/__init__.py",
    "explorer/text/__init__.py",
    "explorer/extract/pipeline.py",
    "explorer/extract/blocks.py",
)
# the type checker's complaints that do not stop compiling (imprecise annotations, Optional values the code has
# already tested in ways the checker does not follow); a wrong one fails at run time with a TypeError. Not among
# them: "assignment" (a variable given a value of another type, `xs = xs and …`), which stops the build instead
LENIENT = ("union-attr", "arg-type", "index", "var-annotated", "return-value", "list-item", "call-overload",
            "attr-defined", "has-type", "operator", "misc", "type-var", "dict-item")  # fmt: skip

state = "not built"  # what activate() found: "active", "not built", "off …", or "not used: why"
modules: tuple[str, ...] = ()  # the modules that run compiled


def mypyc_attr(*_args, **_flags):
    """mypy_extensions.mypyc_attr when mypy is not installed: in pure Python it changes nothing."""
    return lambda cls: cls


class StaleBuildWarning(UserWarning):
    """The compiled build does not match the sources (or this Python): extraction runs as pure Python."""


def targets() -> list[str]:
    """The source files the build compiles, relative to the repository root."""
    files = sorted([*PACKAGE_DIR.glob("text/*.py"), *PACKAGE_DIR.glob("extract/*.py")])
    return [rel for rel in (p.relative_to(ROOT).as_posix() for p in files) if rel not in LEFT_OUT]


def _source(name: str) -> Path | None:
    base = ROOT / name.replace(".", "/")
    return next((p for p in (base.with_suffix(".py"), base / "__init__.py") if p.is_file()), None)


def _imported(path: Path) -> list[str]:
    """The explorer modules a file imports (and, for `from a import b`, b when it is a module)."""
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names += [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
    return [n for n in names if n == "explorer" or n.startswith("explorer.")]


def dependencies(rels: list[str]) -> list[str]:
    """The files `rels` and every explorer module they import, directly or not."""
    seen: set[str] = set()
    todo = list(rels)
    while todo:
        rel = todo.pop()
        if rel not in seen:
            seen.add(rel)
            found = (_source(n) for n in _imported(ROOT / rel))
            todo += [p.relative_to(ROOT).as_posix() for p in found if p is not None]
    return sorted(seen)


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class _Finder:
    """Imports the build's modules from explorer/_compiled/ (put first on sys.meta_path)."""

    def __init__(self, extensions: dict[str, str]):
        self.extensions = extensions

    def find_spec(self, fullname: str, path=None, target=None):
        rel = self.extensions.get(fullname)
        if rel is None:
            return None
        where = str(BUILD_DIR / rel)
        loader = importlib.machinery.ExtensionFileLoader(fullname, where)
        return importlib.machinery.ModuleSpec(fullname, loader, origin=where)


def _mismatch(manifest: dict) -> str | None:
    """Why the build cannot be used with these sources and this Python, or None."""
    if manifest.get("cache_tag") != sys.implementation.cache_tag or manifest.get("suffix") not in (
        importlib.machinery.EXTENSION_SUFFIXES
    ):
        return f"it was built for {manifest.get('cache_tag')}, not {sys.implementation.cache_tag}"
    for rel, digest in manifest["sources"].items():
        if _digest(ROOT / rel) != digest:
            return f"{rel} changed since it was built"
    missing = [rel for rel in manifest["extensions"].values() if not (BUILD_DIR / rel).is_file()]
    if missing:
        return f"{missing[0]} is missing"
    early = [name for name in manifest["modules"] if name in sys.modules]
    if early:
        return f"{early[0]} was imported before explorer"
    return None


def activate() -> None:
    """Use the compiled build for the modules it holds, if it was built from these very sources."""
    global state, modules
    if os.environ.get("DIPLOGRAPH_COMPILED", "").strip() == "0":
        state = "off (DIPLOGRAPH_COMPILED=0)"
        return
    if any(isinstance(f, _Finder) for f in sys.meta_path):
        return
    try:
        manifest = json.loads((BUILD_DIR / MANIFEST).read_text(encoding="utf-8"))
        why = _mismatch(manifest)
    except FileNotFoundError:
        state = "not built"
        return
    except (OSError, ValueError, KeyError, AttributeError) as e:
        why = f"its manifest is unreadable ({e})"
    if why is not None:
        state = f"not used: {why}"
        warnings.warn(
            f"Diplograph's compiled build (explorer/_compiled) is not used: {why}. Extraction runs as pure Python; "
            "rebuild with `python -m explorer.compile`, or remove it with `python -m explorer.compile clean`.",
            StaleBuildWarning,
            stacklevel=3,
        )
        return
    sys.meta_path.insert(0, _Finder(manifest["extensions"]))
    state, modules = "active", tuple(manifest["modules"])


def running() -> list[str]:
    """The explorer modules imported now that are compiled (their file is an extension module)."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return sorted(
        name
        for name, m in list(sys.modules.items())
        if name.startswith("explorer.") and str(getattr(m, "__file__", "") or "").endswith(suffixes)
    )
