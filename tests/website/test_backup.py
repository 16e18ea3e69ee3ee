"""make backup / make restore: a round trip brings back pages and media."""

import os
import shutil
import stat
import tarfile
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.models import Page

from website.backup import BackupError, create_backup, restore_backup
from website.models import HomePage


def _needs_tools():
    if connection.vendor == "postgresql" and not (
        shutil.which("pg_dump") and shutil.which("pg_restore")
    ):
        pytest.skip("pg_dump/pg_restore not installed")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_and_restore_round_trip(tmp_path, settings, capsys):
    _needs_tools()
    home = HomePage.objects.get(locale__language_code="vi")
    home.intro = "Bản gốc trước khi sao lưu"
    home.save_revision().publish()
    document = get_document_model().objects.create(
        title="Quyết định mẫu", file=ContentFile(b"%PDF-1.4 mau", name="qd-mau.pdf")
    )
    media_file = Path(settings.MEDIA_ROOT) / document.file.name
    assert media_file.exists()

    call_command("backup", "--output", str(tmp_path / "backups"))
    archive = Path(capsys.readouterr().out.strip())
    assert archive.exists()
    assert archive.name.startswith("kcqg-")

    # Things go wrong after the backup: a page edited, a document and its file lost.
    home.intro = "Bị sửa nhầm"
    home.save_revision().publish()
    document.file.delete(save=False)
    document.delete()
    pages_before = Page.objects.count()

    call_command("restore", "--yes", str(archive))
    connection.close()

    home = HomePage.objects.get(locale__language_code="vi")
    assert home.intro == "Bản gốc trước khi sao lưu"
    restored = get_document_model().objects.get(title="Quyết định mẫu")
    assert Path(settings.MEDIA_ROOT, restored.file.name).read_bytes() == b"%PDF-1.4 mau"
    assert Page.objects.count() == pages_before


def test_restore_refuses_what_is_not_a_backup(tmp_path):
    with pytest.raises(BackupError, match="no backup"):
        restore_backup(tmp_path / "missing.tar.gz")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backups_are_readable_by_their_owner_only(tmp_path):
    """They hold password hashes, sessions, e-mail addresses and private documents."""
    _needs_tools()
    folder = tmp_path / "backups"
    folder.mkdir(mode=0o755)
    old_umask = os.umask(0o022)
    try:
        archive = create_backup(folder)
        fresh = create_backup(tmp_path / "new" / "backups")
    finally:
        os.umask(old_umask)
    for path in (archive, fresh):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700, path.parent
        with tarfile.open(path) as contents:
            assert "manifest.json" in contents.getnames()
