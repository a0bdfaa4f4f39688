"""Fixtures for the dashboard tests: the hand-made store (tests/app/handmade.py) behind DIPLOGRAPH_DB."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `pytest` without `python -m`: make `explorer` and `tests.*` importable
    sys.path.insert(0, str(ROOT))

from tests.app.handmade import build_store  # noqa: E402
from tests.browser import browser  # noqa: E402, F401  (fixture)


@pytest.fixture(scope="session")
def store_file(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("store") / "test.db")


@pytest.fixture
def app_env(store_file, tmp_path, monkeypatch) -> Path:
    """A private copy of the test store behind DIPLOGRAPH_DB, with Streamlit's caches cleared."""
    import streamlit as st

    db = tmp_path / "view.db"
    shutil.copy(store_file, db)
    monkeypatch.setenv("DIPLOGRAPH_DB", str(db))
    st.cache_data.clear()
    st.cache_resource.clear()
    return db
