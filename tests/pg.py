"""A throwaway PostgreSQL server for tests: `initdb` in a temp folder, listening only on a unix socket there.

No running service is assumed and nothing outside the temp folder is touched. PostgreSQL refuses to run as
root, so under root (CI) the server runs as an unprivileged user (`nobody`, or $DIPLOGRAPH_PG_USER) through
`runuser`. Tests that need it are skipped with the reason when no server can be started.

Use the fixtures (import them into a conftest.py: `from tests.pg import pg_server, pg_url`):
`pg_url` is the URL of a fresh, empty database for one test.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


def bin_dir() -> Path | None:
    """Where initdb and pg_ctl are: $DIPLOGRAPH_PG_BIN, Debian's newest /usr/lib/postgresql/N/bin, or PATH."""
    if os.environ.get("DIPLOGRAPH_PG_BIN"):
        return Path(os.environ["DIPLOGRAPH_PG_BIN"])
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if debian:
        return debian[-1].parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


class Server:
    """One running cluster; `url(db)` for a database in it, `create_database()` for a fresh one."""

    def __init__(self) -> None:
        self.bin = bin_dir()
        if self.bin is None:
            raise RuntimeError("no initdb found (install Debian's postgresql package, as .ci/run does)")
        self.as_user: list[str] = []
        self.dir = Path(tempfile.mkdtemp(prefix="diplograph-pg-"))
        if os.geteuid() == 0:  # postgres will not run as root
            user = os.environ.get("DIPLOGRAPH_PG_USER", "nobody")
            try:
                entry = pwd.getpwnam(user)
            except KeyError:
                raise RuntimeError(f"running as root and there is no user {user!r} to run the server") from None
            os.chown(self.dir, entry.pw_uid, entry.pw_gid)
            self.as_user = ["runuser", "-u", user, "--"]
        os.chmod(self.dir, 0o700)
        self.data = self.dir / "data"
        self._names = itertools.count(1)
        try:
            self._run("initdb", "-D", str(self.data), "-U", "diplograph", "--auth=trust", "-E", "UTF8",
                      "--locale=C.UTF-8", "--no-sync")
            options = f"-k {self.dir} -c listen_addresses='' -c fsync=off -c max_connections=60"
            self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.dir / "log"), "-w", "-t", "60",
                      "start")
        except BaseException:
            self.stop()
            raise

    def _run(self, tool: str, *args: str) -> None:
        done = subprocess.run([*self.as_user, str(self.bin / tool), *args], capture_output=True, text=True,
                              timeout=120)
        if done.returncode:
            raise RuntimeError(f"{tool} failed: {(done.stderr or done.stdout).strip()[-300:]}")

    def url(self, db: str = "postgres") -> str:
        return f"postgresql://diplograph@/{db}?host={self.dir}"

    def create_database(self) -> str:
        import psycopg

        name = f"t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("PostgreSQL half skipped: psycopg is not installed (pip install -r requirements.txt)")
    try:
        server = Server()
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as e:
        pytest.skip(f"PostgreSQL half skipped: cannot start a throwaway server ({e})")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: Server) -> str:
    """A fresh, empty database on the throwaway server."""
    return pg_server.create_database()
