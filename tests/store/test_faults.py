"""Damaged, busy, read-only and unreachable stores: one line naming the store and what to do, nothing written."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from store_stub import extraction, write_corpus

from explorer.errors import ExplorerError
from explorer.store import BusyStore, DamagedStore, ReadOnlyStore, open_store
from explorer.store.faults import recover_commands

ROOT = Path(__file__).resolve().parent.parent.parent


def _store(path: Path, n: int = 300) -> Path:
    with open_store(path) as store:
        for i in range(0, n, 50):
            store.add([extraction(j) for j in range(i, i + 50)])
    return path


def _damage(path: Path) -> None:
    """Overwrite 8 KB in the middle of the file with garbage, as a bad disk or a stray write would."""
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.seek((size // 2) // 4096 * 4096 + 100)
        f.write(bytes(range(256)) * 32)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}, timeout=300)


def _one_error_line(done: subprocess.CompletedProcess) -> str:
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2 and len(lines) == 1 and lines[0].startswith("error: "), done.stderr[-1500:]
    assert "Traceback" not in done.stderr
    return lines[0]


@pytest.fixture
def damaged(tmp_path) -> Path:
    db = _store(tmp_path / "damaged.db")
    _damage(db)
    return db


def test_a_damaged_store_is_refused_for_writing_with_the_recovery(damaged, tmp_path):
    with pytest.raises(DamagedStore) as e:
        open_store(damaged)
    msg = str(e.value)
    assert str(damaged) in msg and ".recover" in msg and "backup" in msg and "\n" not in msg


def test_a_restarted_process_checks_a_store_again_only_when_it_changed(tmp_path, monkeypatch):
    from explorer.store import sqlite as backend

    monkeypatch.setenv("DIPLOGRAPH_CACHE", str(tmp_path / "cache"))
    db = _store(tmp_path / "kept.db")
    checks = []
    check = backend.SQLiteStore._check
    monkeypatch.setattr(backend.SQLiteStore, "_check", lambda self: checks.append(1) or check(self))
    monkeypatch.setattr(backend, "_VOUCHED", {})  # a new process: nothing in memory
    with open_store(db) as store:
        assert store.stats()["documents"] > 0
    assert checks == []  # checked (and written) by the last process, unchanged since
    _damage(db)
    monkeypatch.setattr(backend, "_VOUCHED", {})
    with pytest.raises(DamagedStore):
        open_store(db)
    assert checks == [1]


def test_ingest_never_writes_into_a_damaged_store(damaged, tmp_path):
    before = _sha(damaged)
    corpus = write_corpus(tmp_path / "new", range(1000, 1010))
    line = _one_error_line(_cli("ingest", str(corpus), "--db", str(damaged), "--quiet", "--workers", "1"))
    assert "damaged" in line and ".recover" in line and str(damaged) in line
    assert _sha(damaged) == before


def test_reading_commands_on_a_damaged_store_say_so_in_one_line(damaged):
    for args in (["stats"], ["export", "--format", "json", "--out", str(damaged.with_suffix(".json"))]):
        line = _one_error_line(_cli(*args, "--db", str(damaged)))
        assert "damaged" in line and str(damaged) in line and ".recover" in line, args


def test_the_recovery_the_message_gives_works(damaged, tmp_path):
    """`.recover` where the sqlite3 tool has it (Debian 12's does not), else the `.dump` line of the message."""
    if not shutil.which("sqlite3"):
        pytest.skip("the sqlite3 command-line tool is not installed")
    with pytest.raises(DamagedStore) as e:
        open_store(damaged)
    recovered = damaged.with_name("damaged-recovered.db")
    for command in recover_commands(damaged, recovered):
        assert command in str(e.value)
        recovered.unlink(missing_ok=True)
        subprocess.run(command, shell=True, capture_output=True, timeout=120)
        with open_store(recovered) as store:
            if store.stats()["documents"]:
                break
    with open_store(recovered) as store:
        assert 0 < store.stats()["documents"] <= 300 and store.integrity() == "ok"
        assert store.add([extraction(1000)]) == (1, 0)


def test_a_file_that_is_not_a_database_is_named(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a store\n" * 200)
    line = _one_error_line(_cli("stats", "--db", str(bogus)))
    assert str(bogus) in line
    assert bogus.read_text().startswith("these are my notes")


def test_a_busy_store_waits_then_says_so(tmp_path):
    db = _store(tmp_path / "busy.db", 50)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the write lock
    try:
        with open_store(db, busy_timeout=0.5) as store:
            t = time.monotonic()
            with pytest.raises(BusyStore, match="DIPLOGRAPH_BUSY_TIMEOUT") as e:
                store.add([extraction(999)])
            assert 0.4 < time.monotonic() - t < 10
            assert str(db) in str(e.value) and "0.5 s" in str(e.value)
        corpus = write_corpus(tmp_path / "c", range(500, 503))
        done = _cli("ingest", str(corpus), "--db", str(db), "--quiet", "--workers", "1",
                    env={"DIPLOGRAPH_BUSY_TIMEOUT": "1"})
        assert "busy" in _one_error_line(done) and "more than 1 s" in done.stderr
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with open_store(db, busy_timeout=0.5) as store:  # once the other writer is done, writing works again
        assert store.add([extraction(999)]) == (1, 0)


def test_a_bad_busy_timeout_is_named(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLOGRAPH_BUSY_TIMEOUT", "soon")
    with pytest.raises(ExplorerError, match="DIPLOGRAPH_BUSY_TIMEOUT='soon'"):
        open_store(tmp_path / "s.db")


def _read_only_command(folder: Path, *args: str) -> subprocess.CompletedProcess:
    """Run the CLI with `folder` read-only: a read-only bind mount (as root), or permissions (as a user)."""
    cmd = [sys.executable, "-m", "explorer", *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if os.geteuid() != 0:
        os.chmod(folder, 0o555)
        try:
            return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
        finally:
            os.chmod(folder, 0o755)
    if not shutil.which("unshare"):
        pytest.skip("running as root without unshare: cannot make a read-only folder")
    script = f'mount --bind "{folder}" "{folder}" && mount -o remount,ro,bind "{folder}" && exec "$@"'
    done = subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", *cmd], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=300)
    if "mount" in done.stderr and "permission denied" in done.stderr.lower():
        pytest.skip(f"cannot mount read-only here: {done.stderr.strip()}")
    return done


def test_a_read_only_store_is_read_but_not_written_and_says_read_only(tmp_path):
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    db = _store(folder / "ro.db", 50)
    before = _sha(db)
    done = _read_only_command(folder, "stats", "--db", str(db), "--format", "json")
    assert done.returncode == 0 and '"documents": 50' in done.stdout, done.stderr
    corpus = write_corpus(tmp_path / "c", range(600, 603))
    line = _one_error_line(_read_only_command(folder, "ingest", str(corpus), "--db", str(db), "--quiet"))
    assert "read-only" in line and str(db) in line and "not a Diplograph store" not in line
    assert _sha(db) == before


def test_a_postgresql_url_never_creates_a_file(tmp_path):
    url = f"postgresql://nobody@/nowhere?host={tmp_path / 'no-server'}&connect_timeout=2"
    for args in (["stats", "--db", url], ["ingest", str(write_corpus(tmp_path / "c", range(3))), "--db", url]):
        done = subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True, text=True,
                              cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
        line = _one_error_line(done)
        assert "cannot connect to PostgreSQL" in line and "postgresql://nobody@" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c"]


def test_the_url_from_the_environment_is_used_and_its_password_never_shown(tmp_path):
    url = f"postgresql://me:s3cret@/nowhere?host={tmp_path / 'no-server'}"
    done = subprocess.run([sys.executable, "-m", "explorer", "stats"], capture_output=True, text=True, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "DIPLOGRAPH_DB": url}, timeout=120)
    line = _one_error_line(done)
    assert "postgresql://me:***@" in line and "s3cret" not in line
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_postgresql_store_refuses_writes_with_its_own_message(pg_url):
    with open_store(pg_url) as store:
        store.add([extraction(1)])
    with open_store(pg_url, readonly=True) as store:
        assert store.stats()["documents"] == 1
        with pytest.raises(ReadOnlyStore, match="read-only"):  # even a write slipped into a read: the session refuses
            store.query("INSERT INTO meta(key, value) VALUES ('k', 'v') RETURNING key")


def test_a_select_only_postgresql_role_reads_and_is_told_it_cannot_write(pg_url):
    import psycopg

    with open_store(pg_url) as store:
        store.add([extraction(1)])
    role = "reader_" + pg_url.split("@/")[1].split("?")[0]  # roles belong to the whole server: one per database
    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute(f"CREATE ROLE {role} LOGIN")
        con.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
        con.execute(f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}")
    reader_url = pg_url.replace("postgresql://diplograph@", f"postgresql://{role}@")
    with open_store(reader_url) as store:  # as docs/team.md sets up a read-only dashboard
        assert store.stats()["documents"] == 1 and store.version()
        with pytest.raises(ReadOnlyStore, match="read-only.*write rights"):
            store.add([extraction(2)])


def _dashboard(monkeypatch, argv: list[str]):
    """The dashboard run once under AppTest with `argv` after `streamlit run explorer/app.py --`."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    monkeypatch.setattr(sys, "argv", ["explorer/app.py", *argv])
    st.cache_data.clear()
    st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "explorer" / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return [e.value for e in at.error]


def test_the_dashboard_on_a_damaged_store_shows_the_one_line_message(damaged, monkeypatch):
    before = _sha(damaged)
    errors = _dashboard(monkeypatch, ["--db", str(damaged)])
    assert len(errors) == 1 and "damaged" in errors[0] and ".recover" in errors[0]
    assert _sha(damaged) == before


def test_the_dashboard_given_a_postgresql_url_after_dashdash_makes_no_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    url = f"postgresql://nobody@/nowhere?host={tmp_path / 'no-server'}&connect_timeout=2"
    errors = _dashboard(monkeypatch, ["--db", url])
    assert len(errors) == 1 and "cannot connect to PostgreSQL" in errors[0]
    assert list(tmp_path.iterdir()) == []
