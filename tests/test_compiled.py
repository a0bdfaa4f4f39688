"""The optional compiled build (explorer/compiled.py) is used only when it was built from the very sources present:
an edited module runs as its source says, never as a stale compiled copy."""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest

from explorer import compiled

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """activate() as on a first import, with the build directory in tmp_path."""
    monkeypatch.setattr(compiled, "BUILD_DIR", tmp_path)
    monkeypatch.setattr(compiled, "state", "not built")
    monkeypatch.setattr(compiled, "modules", ())
    monkeypatch.setattr(sys, "meta_path", [f for f in sys.meta_path if not isinstance(f, compiled._Finder)])
    monkeypatch.delenv("DIPLOGRAPH_COMPILED", raising=False)
    return tmp_path


def _manifest(build: Path, sources: dict[str, str], **changes) -> None:
    (build / "fake.so").write_bytes(b"")
    manifest = {
        "cache_tag": sys.implementation.cache_tag,
        "suffix": importlib.machinery.EXTENSION_SUFFIXES[0],
        "modules": ["explorer.extract.not_a_module"],
        "extensions": {"explorer.extract.not_a_module": "fake.so"},
        "sources": sources,
        **changes,
    }
    (build / compiled.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def _digest(rel: str) -> str:
    return hashlib.sha256((ROOT / rel).read_bytes()).hexdigest()


def _finders() -> list:
    return [f for f in sys.meta_path if isinstance(f, compiled._Finder)]


def test_a_build_of_these_sources_is_used(fresh):
    _manifest(fresh, {rel: _digest(rel) for rel in ("explorer/extract/engine.py", "explorer/records.py")})
    compiled.activate()
    assert compiled.state == "active" and compiled.modules == ("explorer.extract.not_a_module",)
    (finder,) = _finders()
    spec = finder.find_spec("explorer.extract.not_a_module")
    assert spec.origin == str(fresh / "fake.so")
    assert finder.find_spec("explorer.extract.engine") is None  # (a module the build does not hold)


def test_an_edited_source_turns_the_whole_build_off_loudly(fresh):
    sources = {"explorer/extract/engine.py": _digest("explorer/extract/engine.py"), "explorer/records.py": "0" * 64}
    _manifest(fresh, sources)
    with pytest.warns(compiled.StaleBuildWarning, match="explorer/records.py changed since it was built"):
        compiled.activate()
    assert compiled.state.startswith("not used") and not _finders()


def test_a_build_for_another_python_is_not_used(fresh):
    _manifest(fresh, {}, cache_tag="cpython-299")
    with pytest.warns(compiled.StaleBuildWarning, match="built for cpython-299"):
        compiled.activate()
    assert not _finders()


def test_a_missing_or_broken_build_is_pure_python(fresh):
    compiled.activate()
    assert compiled.state == "not built" and not _finders()
    (fresh / compiled.MANIFEST).write_text("{not json", encoding="utf-8")
    with pytest.warns(compiled.StaleBuildWarning, match="manifest is unreadable"):
        compiled.activate()
    assert not _finders()


def test_the_environment_can_turn_a_good_build_off(fresh, monkeypatch):
    _manifest(fresh, {})
    monkeypatch.setenv("DIPLOGRAPH_COMPILED", "0")
    compiled.activate()
    assert compiled.state.startswith("off") and not _finders()


def test_the_manifest_covers_every_module_whose_types_the_build_reads():
    targets = compiled.targets()
    assert "explorer/extract/engine.py" in targets and "explorer/text/tokens.py" in targets
    assert "explorer/extract/pipeline.py" not in targets  # (tests replace its functions)
    assert "explorer/extract/blocks.py" not in targets
    deps = compiled.dependencies(targets)
    assert set(targets) <= set(deps)
    assert {"explorer/records.py", "explorer/kb/__init__.py", "explorer/__init__.py"} <= set(deps)


def test_no_extension_module_sits_beside_a_source():
    """A compiled module next to its .py would be imported instead of it, edited or not: builds go to
    explorer/_compiled/ only."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    beside = [p for p in (ROOT / "explorer").rglob("*") if p.name.endswith(suffixes) and "_compiled" not in p.parts]
    assert not beside, beside


ASKED = os.environ.get("DIPLOGRAPH_COMPILED", "").strip() == "1"


@pytest.mark.skipif(not ASKED, reason="DIPLOGRAPH_COMPILED=1 asks for the build (CI, after python -m explorer.compile)")
def test_the_build_asked_for_is_the_one_running():
    """CI builds the compiled extraction and runs the extraction tests with DIPLOGRAPH_COMPILED=1: they must test
    the compiled modules, not pure Python beside a missing or stale build."""
    import explorer.extract.pipeline  # noqa: F401  (imports every compiled module)

    assert compiled.state == "active", compiled.state
    assert "explorer.extract.constructions" in compiled.modules
    assert set(compiled.modules) <= set(compiled.running())


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy (the compiled extra) is not installed")
def test_the_sources_type_check_as_the_build_does():
    """A wrong annotation stops the optional build only in CI, after every pure-Python test has passed (a
    variable first bound to a list, then to "list or None"): the same check here, in seconds."""
    from explorer import compile as build

    assert build.check() == 0
