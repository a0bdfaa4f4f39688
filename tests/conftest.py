"""Shared fixtures: paths to the shared folder (skipped when absent) and a small hand-made store."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_7a41c80445518d85.txt"
DEV = SHARED / "eval" / "dev"


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("the seed article (../shared/seeds/) is not on this machine")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def kb():
    from explorer.kb import load_kb

    return load_kb()
