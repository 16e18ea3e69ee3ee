"""Who may moderate reader comments.

A group of its own, "Kiểm duyệt ý kiến bạn đọc" (comment moderators), with exactly what
moderation needs: the admin, and viewing, changing (status, reply) and deleting reader
comments. "Kiểm duyệt" and "Quản trị" get the same permissions; "Biên tập viên" does not.
Nobody gets ``add``: comments come from the public form only.
"""

from django.db import migrations

from website.groups import ADMINISTRATORS, MODERATORS, grant

COMMENT_MODERATORS = "Kiểm duyệt ý kiến bạn đọc"
COMMENT_PERMISSIONS = [
    "news.view_readercomment",
    "news.change_readercomment",
    "news.delete_readercomment",
]


def grant_permissions(apps, schema_editor):
    grant(
        apps,
        {
            COMMENT_MODERATORS: ["wagtailadmin.access_admin", *COMMENT_PERMISSIONS],
            MODERATORS: COMMENT_PERMISSIONS,
            ADMINISTRATORS: COMMENT_PERMISSIONS,
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0002_reader_comments"),
        ("website", "0005_groups_and_workflow"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
