"""Redis and PostgreSQL servers a fault test starts for itself, on their own ports in a temporary
folder, so it can freeze (SIGSTOP), stop and restart them without touching the machine's own."""

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest


def _missing(message: str):
    """Fault tests need redis-server and PostgreSQL's binaries: CI fails without them."""
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def free_port() -> int:
    """A port nothing listens on: from ACADEMY_FAULT_PORTS (e.g. 8370-8379) when it is set, so
    a shared machine's port plan holds, else one the kernel picks."""
    span = os.environ.get("ACADEMY_FAULT_PORTS")
    candidates = range(0, 1)
    if span:
        low, _, high = span.partition("-")
        candidates = range(int(low), int(high or low) + 1)
    for port in candidates:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return probe.getsockname()[1]
    raise RuntimeError(f"No free port in ACADEMY_FAULT_PORTS={span}")


def _wait_for(check, what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not start in {timeout:.0f} s")
        time.sleep(0.05)


class RedisServer:
    """One redis-server process; `freeze` and `thaw` stop and resume it with signals."""

    def __init__(self, folder: Path):
        if not shutil.which("redis-server"):
            _missing("Fault tests need redis-server on the PATH.")
        self.folder = folder
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as conn:
                conn.settimeout(0.5)
                conn.sendall(b"PING\r\n")
                return conn.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.folder),
            ],  # fmt: skip
            stdout=(self.folder / "redis.log").open("a"),
            stderr=subprocess.STDOUT,
        )
        _wait_for(self._answers, "redis-server")

    def freeze(self) -> None:
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self) -> None:
        self.process.send_signal(signal.SIGCONT)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.thaw()
            self.process.terminate()
            self.process.wait(timeout=10)

    def llen(self, key: str, db: int = 0) -> int:
        import redis

        client = redis.Redis.from_url(self.url(db), socket_timeout=1)
        try:
            return client.llen(key)
        finally:
            client.close()


def _postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


class PostgresCluster:
    """A throwaway PostgreSQL cluster (initdb, pg_ctl) in a temporary folder, owned and run by
    an unprivileged user: PostgreSQL refuses to run as root."""

    def __init__(self, folder: Path):
        self.bin = _postgres_bin()
        if self.bin is None:
            _missing("Fault tests need PostgreSQL's initdb and pg_ctl in /usr/lib/postgresql.")
        self.folder = folder
        self.data = folder / "data"
        self.port = free_port()
        self.user = None
        if os.geteuid() == 0:
            try:
                self.user = pwd.getpwnam("postgres")
            except KeyError:
                _missing("Running as root, fault tests need a 'postgres' user to run PostgreSQL.")

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        def demote():
            if self.user:
                os.setgid(self.user.pw_gid)
                os.setuid(self.user.pw_uid)

        with (self.folder / "commands.log").open("a") as log:
            return subprocess.run(
                [str(self.bin / args[0]), *args[1:]],
                preexec_fn=demote,
                cwd=self.folder,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                check=check,
                env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
            )

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def init(self) -> None:
        if self.user:
            os.chown(self.folder, self.user.pw_uid, self.user.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")

    def _pg_ctl(self, *args: str, check: bool = True):
        # The server inherits pg_ctl's output: a log file, never a pipe this process waits on.
        return self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.folder / "postgres.log"), "-w", *args,
            check=check,
        )  # fmt: skip

    def start(self) -> None:
        self._pg_ctl(
            "-o", f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start",
        )  # fmt: skip

    def restart(self) -> None:
        self._pg_ctl("-m", "fast", "restart")

    def stop(self) -> None:
        self._pg_ctl("-m", "immediate", "stop", check=False)


@contextlib.contextmanager
def redis_server(folder: Path):
    server = RedisServer(folder)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@contextlib.contextmanager
def postgres_cluster():
    """In a folder of its own under /tmp: pytest's tmp_path is private to root."""
    folder = Path(tempfile.mkdtemp(prefix="academy-fault-pg-"))
    cluster = PostgresCluster(folder)
    try:
        cluster.init()
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
