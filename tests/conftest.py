"""Shared fixtures: paths to the shared folder (skipped when absent) and a small hand-made store."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# No test writes to the checkout's store: the default store of every command and app run by a test (and
# of their child processes) is in a temporary folder, and the session fails if graphs/diplograph.db appears.
_CHECKOUT_DB = ROOT / "graphs" / "diplograph.db"
_HAD_CHECKOUT_DB = _CHECKOUT_DB.exists()
_TEST_HOME = Path(tempfile.mkdtemp(prefix="diplograph-tests-"))
os.environ["DIPLOGRAPH_DB"] = str(_TEST_HOME / "diplograph.db")


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_TEST_HOME, ignore_errors=True)
    if not _HAD_CHECKOUT_DB and _CHECKOUT_DB.exists():
        print(f"\n{_CHECKOUT_DB} was created by a test: tests must use a temporary store")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
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
