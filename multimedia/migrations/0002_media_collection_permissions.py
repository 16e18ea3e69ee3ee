"""The media library's permissions per collection, like images and documents: editors
add and change video and audio files in every collection; moderators and administrators
may also delete them. wagtailmedia checks the permissions of its own model (``auth_model``
"wagtailmedia.Media") whatever the media model is."""

from django.db import migrations

from website.groups import ADMINISTRATORS, EDITORS, MODERATORS, _permission, ensure_permissions

PERMISSIONS = {
    EDITORS: ["add", "change"],
    MODERATORS: ["add", "change", "delete"],
    ADMINISTRATORS: ["add", "change", "delete"],
}


def add_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    ensure_permissions(apps)
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    for name, actions in PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for action in actions:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root,
                permission=_permission(apps, f"wagtailmedia.{action}_media"),
            )


class Migration(migrations.Migration):
    dependencies = [
        ("multimedia", "0001_media_library_and_video_pages"),
        ("website", "0001_squashed_0006_help_texts"),
        ("wagtailmedia", "0005_alter_media_options"),
    ]

    operations = [migrations.RunPython(add_permissions, migrations.RunPython.noop)]
