"""Writes that respect what they write to: devices, FIFOs and folders refused, nothing partial left behind."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import networkx as nx
import pytest
from hostilekit import article, cli

from explorer.errors import ExplorerError
from explorer.render import export
from explorer.render.export import export_view


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("w")
    (folder / "a.txt").write_text(article(1), encoding="utf-8")
    r = cli("ingest", folder, "--db", folder / "s.db", "--quiet", "--workers", "1")
    assert r.returncode == 0, r.stdout + r.stderr
    return folder / "s.db"


def _view() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("person:a", name="A", kind="person")
    G.add_node("person:b", name="B", kind="person")
    G.add_edge("person:a", "person:b", type="meets", sentence="A met B.", date="2016-01-01", confidence=0.9)
    return G


@pytest.mark.parametrize(
    "target, what", [("/dev/full", "a device"), ("fifo", "a FIFO (named pipe)"), ("folder", "a folder")]
)
def test_export_refuses_what_is_not_a_regular_file(db, tmp_path, target, what):
    if target == "fifo":
        os.mkfifo(tmp_path / "fifo")
    if target == "folder":
        (tmp_path / "folder").mkdir()
    out = target if target.startswith("/") else tmp_path / target
    for extra in ((), ("--overwrite",)):
        r = cli("export", "--db", db, "--format", "json", "--out", out, *extra)
        assert r.returncode == 2 and r.stdout == ""
        [line] = [ln for ln in r.stderr.splitlines() if not ln.startswith("MAXRSS")]
        assert line == f"error: {out} is {what}, not a regular file; give a file name with --out"
    if target == "fifo":
        assert (tmp_path / "fifo").is_fifo()
    if target == "folder":
        assert (tmp_path / "folder").is_dir() and not any((tmp_path / "folder").iterdir())


def test_overwrite_replaces_a_regular_file_whole(tmp_path):
    out = tmp_path / "v.json"
    out.write_text("old")
    export_view(_view(), "json", out=out, overwrite=True)
    assert out.read_text().startswith("{") and os.listdir(tmp_path) == ["v.json"]


def test_a_full_disk_leaves_nothing_behind(tmp_path, monkeypatch):
    """The write fails half-way (ENOSPC): no target, no temporary file, and the next export works."""
    real = os.fdopen

    class Full:
        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def write(self, data):
            self.f.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.f, name)

    monkeypatch.setattr(export.os, "fdopen", lambda fd, mode: Full(real(fd, mode)))
    out = tmp_path / "v.html"
    with pytest.raises(ExplorerError, match="No space left on device"):
        export_view(_view(), "html", out=out)
    assert os.listdir(tmp_path) == []
    out.write_text("kept")
    with pytest.raises(ExplorerError):
        export_view(_view(), "html", out=out, overwrite=True)
    assert out.read_text() == "kept" and os.listdir(tmp_path) == ["v.html"]
    monkeypatch.setattr(export.os, "fdopen", real)
    export_view(_view(), "html", out=out, overwrite=True)
    assert out.read_text().startswith("<!DOCTYPE html>") or "<html" in out.read_text()


def test_a_file_that_appears_meanwhile_is_not_replaced(tmp_path, monkeypatch):
    out = tmp_path / "v.json"
    real = export._check_target

    def racing(path, *, overwrite):
        real(path, overwrite=overwrite)
        path.write_text("theirs")

    monkeypatch.setattr(export, "_check_target", racing)
    with pytest.raises(ExplorerError, match="already exists"):
        export_view(_view(), "json", out=out)
    assert out.read_text() == "theirs" and os.listdir(tmp_path) == ["v.json"]


def test_writing_to_dev_full_through_the_cli_exits_non_zero(db):
    r = cli("export", "--db", db, "--format", "json", "--out", "/dev/full", "--overwrite")
    assert r.returncode == 2 and Path("/dev/full").is_char_device()
