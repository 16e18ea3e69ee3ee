"""A real server for browser and load tests: its own database and media folder,
migrated and filled with demo content, served by gunicorn on loopback.

The database is a fresh SQLite file, or, when the suite runs with a PostgreSQL
DATABASE_URL, a scratch PostgreSQL database dropped afterwards.
"""

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def scratch_database(workdir, engine="sqlite"):
    """Yield a DATABASE_URL for a new, empty database."""
    if engine == "sqlite":
        yield f"sqlite:///{workdir / 'db.sqlite3'}"
        return
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(os.environ["DATABASE_URL"])
    name = f"kcqg_scratch_{secrets.token_hex(4)}"
    admin_dsn = dict(
        host=config["HOST"] or "127.0.0.1",
        port=config["PORT"] or 5432,
        user=config["USER"] or "postgres",
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    with psycopg.connect(**admin_dsn) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        user = admin_dsn["user"]
        password = f":{admin_dsn['password']}" if admin_dsn["password"] else ""
        yield f"postgres://{user}{password}@{admin_dsn['host']}:{admin_dsn['port']}/{name}"
    finally:
        with psycopg.connect(**admin_dsn) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def suite_engine():
    """The database engine the suite runs on: 'postgresql' or 'sqlite'."""
    url = os.environ.get("DATABASE_URL", "")
    return "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"


def server_env(workdir, settings_module="website.settings.test", database_url=None, **extra):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE=settings_module,
        DATABASE_URL=database_url or f"sqlite:///{workdir / 'db.sqlite3'}",
        MEDIA_ROOT=str(workdir / "media"),
        TEST_MEDIA_ROOT=str(workdir / "media"),
        STATIC_ROOT=str(workdir / "static"),
        SERVE_MEDIA="1",
        PYTHONPATH=str(ROOT),
    )
    if settings_module.endswith("production"):
        env.update(
            SECRET_KEY=secrets.token_urlsafe(50),
            ALLOWED_HOSTS="127.0.0.1,localhost",
            SECURE_SSL_REDIRECT="0",
            SECURE_COOKIES="0",
            SECURE_HSTS_SECONDS="0",
            LOG_LEVEL="WARNING",
        )
    env.update(extra)
    return env


def manage(env, *args, quiet=True):
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def prepare_site(workdir, env, demo_args=()):
    """Migrate a fresh database and load the demo content into it."""
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo_content", "--with-admin", *demo_args)
    if env["DJANGO_SETTINGS_MODULE"].endswith("production"):
        manage(env, "collectstatic", "--noinput", "-v0")


def wait_until_up(url, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310
                if response.status < 500:
                    return
        except Exception:  # noqa: BLE001 - still starting
            time.sleep(0.2)
    raise RuntimeError(f"server at {url} did not start in {timeout}s")


class Server:
    def __init__(self, process, base_url, log_path):
        self.process = process
        self.base_url = base_url
        self.log_path = log_path

    def worker_pids(self):
        """The gunicorn workers' process ids (children of the master)."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def kill_worker(self):
        pid = self.worker_pids()[0]
        os.kill(pid, signal.SIGKILL)
        return pid

    def log(self):
        return Path(self.log_path).read_text(errors="replace")


@contextlib.contextmanager
def gunicorn(workdir, env, workers=2, threads=4, server_object=False):
    """Serve the site with gunicorn on a free loopback port; yields the base URL
    (or a Server object, to reach the workers)."""
    port = free_port()
    log_path = workdir / f"gunicorn-{port}.log"
    log = open(log_path, "w")  # noqa: SIM115
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "website.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--timeout",
            "60",
            "--graceful-timeout",
            "5",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base_url + "/healthz")
        yield Server(process, base_url, log_path) if server_object else base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
