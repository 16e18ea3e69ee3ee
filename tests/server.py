"""A real server for browser and load tests: its own SQLite database and media
folder, migrated and filled with demo content, served by gunicorn on loopback."""

import contextlib
import os
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


def server_env(workdir, settings_module="website.settings.test", **extra):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE=settings_module,
        DATABASE_URL=f"sqlite:///{workdir / 'db.sqlite3'}",
        MEDIA_ROOT=str(workdir / "media"),
        TEST_MEDIA_ROOT=str(workdir / "media"),
        SERVE_MEDIA="1",
        PYTHONPATH=str(ROOT),
    )
    env.update(extra)
    return env


def prepare_site(workdir, env, demo_args=()):
    """Migrate a fresh database and load the demo content into it."""
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run(
        [*manage, "load_demo_content", "--with-admin", *demo_args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


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


@contextlib.contextmanager
def gunicorn(workdir, env, workers=2, threads=4):
    """Serve the site with gunicorn on a free loopback port; yields the base URL."""
    port = free_port()
    log = open(workdir / "gunicorn.log", "w")  # noqa: SIM115
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
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base_url + "/")
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
