"""Editors, moderators and administrators see the list of archived articles (read only:
the import command owns the records, so nobody gets add, change or delete)."""

from django.db import migrations

from website.groups import ADMINISTRATORS, EDITORS, MODERATORS, grant

PERMISSIONS = {
    group: ["archive.view_archivedarticle"] for group in (EDITORS, MODERATORS, ADMINISTRATORS)
}


def add_permissions(apps, schema_editor):
    grant(apps, PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0001_archived_article"),
        ("website", "0001_squashed_0006_help_texts"),
    ]

    operations = [migrations.RunPython(add_permissions, migrations.RunPython.noop)]
