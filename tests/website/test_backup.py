"""make backup / make restore: a round trip brings back pages and media."""

import shutil
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.models import Page

from website.backup import BackupError, restore_backup
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
