"""A small store of three hand-written articles (tests/review/articles/), copied fresh for each test."""

from __future__ import annotations

import contextlib
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = Path(__file__).resolve().parent / "articles"


def ingest_articles(db: Path) -> None:
    from explorer.ingest.run import ingest_paths
    from explorer.store import open_store

    with open_store(db) as store:
        report = ingest_paths(sorted(ARTICLES.glob("*.md")), store, workers=1)
    assert report.ok and report.ingested == 3, report.to_text()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("review-template") / "t.db"
    ingest_articles(db)
    return db


@pytest.fixture
def db(template_db, tmp_path) -> Path:
    dest = tmp_path / "s.db"
    shutil.copy(template_db, dest)
    return dest


@pytest.fixture
def store(db):
    from explorer.store import open_store

    with open_store(db) as s:
        yield s


def cli(*args) -> subprocess.CompletedProcess:
    """`python -m explorer ARGS` run in this process (a subprocess costs seconds on a busy machine)."""
    from explorer.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def cli_process(*args) -> subprocess.CompletedProcess:
    """The real thing, in its own process."""
    return subprocess.run([sys.executable, "-m", "explorer", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def find(corpus, source: str, type_: str, target: str | None = None):
    """The stable id of the relation source -type-> target in a reviewed corpus."""
    r = corpus.relations
    m = (r["source"] == source) & (r["type"] == type_)
    if target:
        m &= r["target"] == target
    assert m.sum() == 1, r[["source", "type", "target"]].to_string()
    return r[m].iloc[0]["rid"]


from tests.browser import browser  # noqa: E402, F401  (fixture for the real-browser test)
from tests.pg import pg_server, pg_url  # noqa: E402, F401  (fixtures for the PostgreSQL test)
