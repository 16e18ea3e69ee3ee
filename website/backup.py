"""Backup and restore of the database and uploaded media.

One archive (``.tar.gz``) holds ``manifest.json``, the database
(``database.sqlite3`` from SQLite's online backup API, or ``database.pgdump``
from ``pg_dump -Fc``) and ``media/``. ``make backup`` and ``make restore``
call the management commands of the same names.
"""

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection, connections

FORMAT_VERSION = 1


class BackupError(Exception):
    pass


def _pg_env_and_args():
    db = settings.DATABASES["default"]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    args = ["-h", db.get("HOST") or "localhost", "-p", str(db.get("PORT") or 5432)]
    if db.get("USER"):
        args += ["-U", db["USER"]]
    return env, args, db["NAME"]


def _engine():
    vendor = connection.vendor
    if vendor not in {"sqlite", "postgresql"}:
        raise BackupError(f"backups support SQLite and PostgreSQL, not {vendor}")
    return vendor


def _dump_database(target_dir):
    vendor = _engine()
    if vendor == "sqlite":
        path = Path(target_dir) / "database.sqlite3"
        connection.ensure_connection()
        destination = sqlite3.connect(path)
        try:
            with destination:
                connection.connection.backup(destination)
        finally:
            destination.close()
        return path.name
    env, args, name = _pg_env_and_args()
    path = Path(target_dir) / "database.pgdump"
    subprocess.run(  # noqa: S603 - fixed program, our own arguments
        ["pg_dump", "-Fc", "--no-owner", "--no-acl", *args, "-f", str(path), name],  # noqa: S607
        env=env,
        check=True,
        capture_output=True,
    )
    return path.name


def _restore_database(source_dir, manifest):
    vendor = _engine()
    if manifest["engine"] != vendor:
        raise BackupError(
            f"this backup holds a {manifest['engine']} database; the site uses {vendor}"
        )
    source = Path(source_dir) / manifest["database"]
    if vendor == "sqlite":
        connection.ensure_connection()
        origin = sqlite3.connect(source)
        try:
            origin.backup(connection.connection)
        finally:
            origin.close()
        return
    connections.close_all()
    env, args, name = _pg_env_and_args()
    subprocess.run(  # noqa: S603
        [  # noqa: S607
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-acl",
            "--single-transaction",
            *args,
            "-d",
            name,
            str(source),
        ],
        env=env,
        check=True,
        capture_output=True,
    )


def create_backup(output_dir):
    """Write a backup archive into ``output_dir``; return its path.

    The archive holds password hashes, sessions, e-mail addresses and private
    documents: it is readable by its owner only (0600), in a folder only its owner can
    list (0700); a partly written archive is removed."""
    output_dir = Path(output_dir)
    output_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    output_dir.chmod(0o700)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    archive_path = output_dir / f"kcqg-{stamp}.tar.gz"
    descriptor = os.open(archive_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as output:
            _write_archive(output)
    except BaseException:
        archive_path.unlink(missing_ok=True)
        raise
    return archive_path


def _write_archive(output):
    with tempfile.TemporaryDirectory() as work:
        database_name = _dump_database(work)
        manifest = {
            "format": FORMAT_VERSION,
            "created": dt.datetime.now(dt.UTC).isoformat(),
            "engine": connection.vendor,
            "database": database_name,
        }
        Path(work, "manifest.json").write_text(json.dumps(manifest, indent=2))
        with tarfile.open(fileobj=output, mode="w:gz") as archive:
            archive.add(Path(work, "manifest.json"), arcname="manifest.json")
            archive.add(Path(work, database_name), arcname=database_name)
            media = Path(settings.MEDIA_ROOT)
            if media.exists():
                archive.add(media, arcname="media")


def restore_backup(archive_path):
    """Replace the database and media with the archive's."""
    archive_path = Path(archive_path)
    if not archive_path.is_file():
        raise BackupError(f"no backup at {archive_path}")
    with tempfile.TemporaryDirectory() as work:
        with tarfile.open(archive_path, "r:gz") as archive:
            archive.extractall(work, filter="data")
        manifest_path = Path(work, "manifest.json")
        if not manifest_path.exists():
            raise BackupError(f"{archive_path} is not a KCQG backup (no manifest.json)")
        manifest = json.loads(manifest_path.read_text())
        if manifest.get("format") != FORMAT_VERSION:
            raise BackupError(f"unknown backup format {manifest.get('format')}")
        _restore_database(work, manifest)
        media_source = Path(work, "media")
        media_root = Path(settings.MEDIA_ROOT)
        if media_source.exists():
            if media_root.exists():
                shutil.rmtree(media_root)
            shutil.copytree(media_source, media_root)
    return manifest
