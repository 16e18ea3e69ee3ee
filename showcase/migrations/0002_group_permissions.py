"""Moderators read and handle the producer inquiries; administrators may also delete them."""

from django.db import migrations

from website.groups import ADMINISTRATORS, MODERATORS, grant

PERMISSIONS = {
    MODERATORS: ["showcase.view_producerinquiry", "showcase.change_producerinquiry"],
    ADMINISTRATORS: [f"showcase.{a}_producerinquiry" for a in ("add", "change", "delete", "view")],
}


def add_permissions(apps, schema_editor):
    grant(apps, PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("showcase", "0001_initial"),
        ("website", "0005_groups_and_workflow"),
    ]

    operations = [migrations.RunPython(add_permissions, migrations.RunPython.noop)]
