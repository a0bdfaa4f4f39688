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
