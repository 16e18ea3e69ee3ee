"""A real server for browser and load tests: its own database and media folder,
migrated and filled with demo content, served by gunicorn on loopback.

The database is a fresh SQLite file, or, when the suite runs with a PostgreSQL
DATABASE_URL, a scratch PostgreSQL database dropped afterwards. The demo site is built
once per test session and engine, and each server gets its own copy.
"""

import atexit
import contextlib
import os
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
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
    import psycopg

    admin_dsn, _ = _admin_dsn(os.environ["DATABASE_URL"])
    name = f"kcqg_scratch_{secrets.token_hex(4)}"
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
    env = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "SITE_ORIGIN"}
    }
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
            SITE_ORIGIN="http://127.0.0.1",  # for manage(); gunicorn() gives its own
            LOG_LEVEL="WARNING",
            # Production refuses to start without a way to send mail; these servers keep it.
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
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


# Demo sites built in this test session, by (engine, demo arguments):
# the folder holding the built SQLite file (or the PostgreSQL template database's name)
# and its media. Migrating and loading the demo takes minutes on a slow machine; the
# servers of the suite each get a copy of the same build instead.
_BUILT = {}
_BUILD_ROOT = None
_TEMPLATES = []  # PostgreSQL databases made for builds (also failed ones), dropped at exit


def _admin_dsn(database_url):
    import dj_database_url

    config = dj_database_url.parse(database_url)
    return dict(
        host=config["HOST"] or "127.0.0.1",
        port=config["PORT"] or 5432,
        user=config["USER"] or "postgres",
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ), config["NAME"]


def _drop_builds():
    import psycopg

    for database_url in _TEMPLATES:
        dsn, name = _admin_dsn(database_url)
        with contextlib.suppress(Exception), psycopg.connect(**dsn) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    if _BUILD_ROOT is not None:
        shutil.rmtree(_BUILD_ROOT, ignore_errors=True)


def _build(env, demo_args):
    """Migrate a new database, load the demo into it; return where it lies."""
    global _BUILD_ROOT
    if _BUILD_ROOT is None:
        _BUILD_ROOT = Path(tempfile.mkdtemp(prefix="kcqg-demo-builds-"))
        atexit.register(_drop_builds)
    folder = Path(tempfile.mkdtemp(dir=_BUILD_ROOT))
    build = {"folder": folder, "template": env["DATABASE_URL"].startswith("postgres")}
    if build["template"]:
        import psycopg

        dsn, _ = _admin_dsn(env["DATABASE_URL"])
        name = f"kcqg_template_{secrets.token_hex(4)}"
        with psycopg.connect(**dsn) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        build["database_url"] = env["DATABASE_URL"].rsplit("/", 1)[0] + "/" + name
        _TEMPLATES.append(build["database_url"])
    else:
        build["database_url"] = f"sqlite:///{folder / 'db.sqlite3'}"
    # Under production settings whoever asks: the test-settings servers get a copy of the
    # same build (a demo load makes no renditions and queues no work, website.bulk, so the
    # two settings build the same site); the demo administrator's password is hashed as
    # production hashes it, which test settings also read (website/settings/test.py).
    build_env = server_env(
        folder, "website.settings.production", database_url=build["database_url"]
    )
    manage(build_env, "migrate", "--noinput", "-v0")
    manage(build_env, "load_demo_content", "--with-admin", *demo_args)
    return build


def prepare_site(workdir, env, demo_args=()):
    """Give the server's database and media folder (from env) the migrated demo site.

    The first call for an engine and set of demo arguments migrates and loads the demo
    (under production settings, whatever the server's); later calls in the same test
    session copy that build (the SQLite
    file, or a PostgreSQL database made with it as TEMPLATE) and its media, so each
    server still starts from the same untouched site."""
    engine = "postgresql" if env["DATABASE_URL"].startswith("postgres") else "sqlite"
    key = (engine, tuple(demo_args))
    if key not in _BUILT:
        _BUILT[key] = _build(env, demo_args)
    build = _BUILT[key]
    if build["template"]:
        import psycopg

        dsn, name = _admin_dsn(env["DATABASE_URL"])
        _, template = _admin_dsn(build["database_url"])
        with psycopg.connect(**dsn) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    else:
        # SQLite's backup API: the copy is whole whatever the journal (WAL) holds.
        target = Path(env["DATABASE_URL"].removeprefix("sqlite:///"))
        target.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(build["folder"] / "db.sqlite3")
        copy = sqlite3.connect(target)
        with contextlib.closing(source), contextlib.closing(copy):
            source.backup(copy)
    media = Path(env["MEDIA_ROOT"])
    shutil.rmtree(media, ignore_errors=True)
    shutil.copytree(build["folder"] / "media", media, symlinks=True)
    if env["DJANGO_SETTINGS_MODULE"].endswith("production"):
        manage(env, "collectstatic", "--noinput", "-v0")


def wait_until_up(url, timeout=60):
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
def gunicorn(
    workdir, env, workers=2, threads=4, server_object=False, extra_args=(), site_origin=None
):
    """Serve the site with gunicorn on a free loopback port; yields the base URL
    (or a Server object, to reach the workers). ``extra_args``: more gunicorn options.
    The site's links start with ``site_origin``, by default that base URL."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {**env, "SITE_ORIGIN": site_origin or base_url}
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
            *extra_args,
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
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


class RedisServer:
    """A redis-server of the test's own on a free loopback port (never the machine's
    6379), without persistence; ``stop()`` and ``start()`` again on the same port."""

    def __init__(self, workdir):
        self.workdir = Path(workdir)
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self, timeout=10):
        import redis

        self.process = subprocess.Popen(
            [
                shutil.which("redis-server") or "redis-server",
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.workdir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(host="127.0.0.1", port=self.port, socket_connect_timeout=0.5)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                client.ping()
                return self
            except redis.RedisError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server on port {self.port} did not start")

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None


@contextlib.contextmanager
def redis_server(workdir):
    """Yield a started RedisServer; stopped at the end whatever happened."""
    server = RedisServer(workdir).start()
    try:
        yield server
    finally:
        server.stop()


def query(database_url, sql, params=()):
    """Rows of one SQL statement (``%s`` placeholders) on a server's database, SQLite or
    PostgreSQL: what the server stored, seen from outside it."""
    if database_url.startswith("sqlite:///"):
        path = database_url.removeprefix("sqlite:///")
        with contextlib.closing(sqlite3.connect(path, timeout=30)) as db:
            return db.execute(sql.replace("%s", "?"), params).fetchall()
    import psycopg

    dsn, name = _admin_dsn(database_url)
    with psycopg.connect(**{**dsn, "dbname": name}) as conn:
        return conn.execute(sql, params).fetchall()


@contextlib.contextmanager
def production_server(workdir, workers=2, threads=8, **extra_env):
    """A production-settings gunicorn on a fresh demo database of the suite's engine;
    yields the Server with its ``env`` and ``database_url``. ``extra_env``: more variables."""
    with scratch_database(workdir, suite_engine()) as database_url:
        env = server_env(
            workdir, "website.settings.production", database_url=database_url, **extra_env
        )
        prepare_site(workdir, env)
        with gunicorn(workdir, env, workers=workers, threads=threads, server_object=True) as server:
            server.env = env
            server.database_url = database_url
            yield server
