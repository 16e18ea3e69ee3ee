"""Editors manage the issuing bodies; moderators may also delete them."""

from django.db import migrations

from website.groups import ADMINISTRATORS, EDITORS, MODERATORS, grant

SNIPPETS = ("issuingbody",)
PERMISSIONS = {
    EDITORS: [f"policies.{a}_{m}" for m in SNIPPETS for a in ("add", "change", "view")],
    MODERATORS: [
        f"policies.{a}_{m}" for m in SNIPPETS for a in ("add", "change", "delete", "view")
    ],
    ADMINISTRATORS: [
        f"policies.{a}_{m}" for m in SNIPPETS for a in ("add", "change", "delete", "view")
    ],
}


def add_permissions(apps, schema_editor):
    grant(apps, PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("policies", "0002_vocabularies"),
        ("website", "0005_groups_and_workflow"),
    ]

    operations = [migrations.RunPython(add_permissions, migrations.RunPython.noop)]
