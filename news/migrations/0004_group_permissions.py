"""Editors manage the news categories, authors and tags; moderators may also delete them."""

from django.db import migrations

from website.groups import ADMINISTRATORS, EDITORS, MODERATORS, grant

SNIPPETS = (
    "newscategory",
    "author",
    "newstag",
)
PERMISSIONS = {
    EDITORS: [f"news.{a}_{m}" for m in SNIPPETS for a in ("add", "change", "view")],
    MODERATORS: [f"news.{a}_{m}" for m in SNIPPETS for a in ("add", "change", "delete", "view")],
    ADMINISTRATORS: [
        f"news.{a}_{m}" for m in SNIPPETS for a in ("add", "change", "delete", "view")
    ],
}


def add_permissions(apps, schema_editor):
    grant(apps, PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0003_comment_moderators"),
        ("website", "0005_groups_and_workflow"),
    ]

    operations = [migrations.RunPython(add_permissions, migrations.RunPython.noop)]
