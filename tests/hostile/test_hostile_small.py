"""The small ones: one-line errors for bad options, no advice about flags that do not exist, --db after `--`,
SIGTERM reaching Streamlit, and no store left in the checkout."""

from __future__ import annotations

import ast
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostilekit import ROOT, cli

from explorer.cli import build_parser


def _error_line(r) -> str:
    lines = [ln for ln in r.stderr.splitlines() if not ln.startswith("MAXRSS")]
    assert len(lines) == 1, r.stderr
    return lines[0]


@pytest.mark.parametrize("value", ["-1", "0", "nan"])
def test_max_mb_must_be_positive(tmp_path, value):
    (tmp_path / "a.txt").write_text("The envoy met the council.", encoding="utf-8")
    r = cli("ingest", tmp_path / "a.txt", "--db", tmp_path / "s.db", "--max-mb", value)
    assert r.returncode == 2 and _error_line(r) == f"error: --max-mb must be a size in MB above 0, not {value}"
    assert not (tmp_path / "s.db").exists()


@pytest.mark.parametrize("content", ['{"a": 1}', "[1, 2]", "not json", '[{"file": "x.txt"}]'])
def test_eval_on_a_file_that_is_not_gold(tmp_path, content):
    p = tmp_path / "g.json"
    p.write_text(content, encoding="utf-8")
    r = cli("eval", p)
    assert r.returncode == 2 and _error_line(r).startswith(f"error: {p}: ")
    assert "Traceback" not in r.stderr


def test_export_out_a_folder(tmp_path):
    (tmp_path / "a.txt").write_text("The envoy met the council in Geneva.", encoding="utf-8")
    assert cli("ingest", tmp_path / "a.txt", "--db", tmp_path / "s.db", "--quiet").returncode == 0
    r = cli("export", "--db", tmp_path / "s.db", "--out", tmp_path)
    assert r.returncode == 2
    assert _error_line(r) == f"error: {tmp_path} is a folder, not a regular file; give a file name with --out"


def _cli_options(parser=None) -> set[str]:
    """Every option of every command and sub-command."""
    import argparse

    parser = parser or build_parser()
    found = set()
    for action in parser._actions:
        found.update(action.option_strings)
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found |= _cli_options(sub)
    return found


def test_no_message_advises_a_flag_that_does_not_exist():
    """Every `--flag` named in a string of the package is an option of the CLI (streamlit's own are dotted)."""
    options = _cli_options()
    advised = {}
    for path in sorted((ROOT / "explorer").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        argv = {  # a flag alone in a list is a command line handed to another tool (mypy in compile.py), no advice
            id(e)
            for n in ast.walk(tree)
            if isinstance(n, ast.List | ast.Tuple)
            for e in n.elts
            if isinstance(e, ast.Constant) and isinstance(e.value, str) and e.value.startswith("--")
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in argv:
                for flag in re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)(?![\w.-])", node.value):
                    advised.setdefault(flag, str(path.relative_to(ROOT)))
    unknown = {f: where for f, where in advised.items() if f not in options}
    assert not unknown, unknown
    assert "--max-mb" in advised  # the advice about the size limit names the real flag


def test_streamlit_run_honours_db_after_double_dash(tmp_path, monkeypatch):
    import streamlit as st

    from tests.app.handmade import build_store, run_app

    db = build_store(tmp_path / "given.db")
    elsewhere = tmp_path / "env.db"
    monkeypatch.setenv("DIPLOGRAPH_DB", str(elsewhere))
    monkeypatch.setattr(sys, "argv", ["explorer/app.py", "--db", str(db)])
    st.cache_data.clear()
    st.cache_resource.clear()
    at = run_app()
    assert not elsewhere.exists()  # neither created nor filled with the samples
    assert any("9 documents" in c.value or "8 documents" in c.value for c in at.caption), [c.value for c in at.caption]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_sigterm_to_the_app_command_stops_streamlit(tmp_path):
    import psutil

    from tests.app.handmade import build_store

    db = build_store(tmp_path / "s.db")
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT), STREAMLIT_SERVER_HEADLESS="true",
               STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    parent = subprocess.Popen([sys.executable, "-m", "explorer", "app", "--db", str(db), "--port", str(port)],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        children = []
        while time.monotonic() < deadline:
            children = psutil.Process(parent.pid).children(recursive=True)
            with socket.socket() as s:
                if children and s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.5)
        assert children, "streamlit did not start"
        parent.send_signal(signal.SIGTERM)
        parent.wait(timeout=30)
        gone, alive = psutil.wait_procs(children, timeout=20)
        assert not alive, [p.cmdline() for p in alive]
        assert parent.returncode != 0
    finally:
        if parent.poll() is None:
            parent.kill()
        for p in psutil.Process().children(recursive=True):
            if p.pid != os.getpid() and "streamlit" in " ".join(p.cmdline()) and str(port) in " ".join(p.cmdline()):
                p.kill()


def test_tests_point_the_default_store_outside_the_checkout():
    """tests/conftest.py sets DIPLOGRAPH_DB for the session, so a test that forgets --db writes to a temp
    folder, never to graphs/diplograph.db in the checkout (and the session fails if that file appears)."""
    db = Path(os.environ["DIPLOGRAPH_DB"]).resolve()
    assert not db.is_relative_to(ROOT)
