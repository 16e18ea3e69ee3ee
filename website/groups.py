"""The editorial groups and what each may do. Used by data migrations.

- "Biên tập viên" (editors) write and edit drafts and submit them for review;
  they cannot publish.
- "Kiểm duyệt" (moderators) approve and publish, and moderate reader comments.
- "Quản trị" (site administrators) also manage the shared taxonomy, site
  settings, redirects and users.

Every page goes through the "Duyệt bài" workflow (one approval by a moderator)
before it is published. Apps add the permissions on their own models with
``grant()`` in a migration of their own.
"""

EDITORS = "Biên tập viên"
MODERATORS = "Kiểm duyệt"
ADMINISTRATORS = "Quản trị"
WORKFLOW = "Duyệt bài"
APPROVAL_TASK = "Kiểm duyệt duyệt bài"

_EDITOR_GLOBAL = [
    "wagtailadmin.access_admin",
    "wagtail_localize.submit_translation",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
_MODERATOR_GLOBAL = [
    *_EDITOR_GLOBAL,
    "wagtailimages.delete_image",
    "wagtaildocs.delete_document",
    "wagtailsearchpromotions.add_query",
    "wagtailsearchpromotions.change_query",
    "wagtailsearchpromotions.delete_query",
    "wagtailsearchpromotions.view_query",
]
_ADMIN_GLOBAL = [
    *_MODERATOR_GLOBAL,
    "wagtailredirects.add_redirect",
    "wagtailredirects.change_redirect",
    "wagtailredirects.delete_redirect",
    "wagtailredirects.view_redirect",
    "website.change_sitesettings",
    *[
        f"website.{action}_{model}"
        for model in ("region", "province", "sector", "supporttype")
        for action in ("add", "change", "delete", "view")
    ],
    "auth.add_user",
    "auth.change_user",
    "auth.delete_user",
    "auth.view_user",
    "auth.view_group",
]

# Images and documents in every collection, deletion included (moderators, administrators).
_MEDIA_WITH_DELETE = [
    f"{app}.{action}_{model}"
    for app, model in (("wagtailimages", "image"), ("wagtaildocs", "document"))
    for action in ("add", "change", "choose", "delete")
]

GROUPS = {
    EDITORS: {
        "global": _EDITOR_GLOBAL,
        "page": ["add_page", "change_page"],
        "collection": [
            "wagtailimages.add_image",
            "wagtailimages.change_image",
            "wagtailimages.choose_image",
            "wagtaildocs.add_document",
            "wagtaildocs.change_document",
            "wagtaildocs.choose_document",
        ],
    },
    MODERATORS: {
        "global": _MODERATOR_GLOBAL,
        "page": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
        "collection": _MEDIA_WITH_DELETE,
    },
    ADMINISTRATORS: {
        "global": _ADMIN_GLOBAL,
        "page": [
            "add_page",
            "change_page",
            "publish_page",
            "lock_page",
            "unlock_page",
            "bulk_delete_page",
        ],
        "collection": _MEDIA_WITH_DELETE,
    },
}


def ensure_permissions(apps):
    """Create the Permission rows of every app now (Django makes them only after
    the whole migrate run, too late for a data migration)."""
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    for app_config in global_apps.get_app_configs():
        # create_permissions() skips an app without a models module; put back what was
        # there, or post_migrate would skip the app's content types afterwards.
        models_module = app_config.models_module
        app_config.models_module = models_module or True
        try:
            create_permissions(app_config, apps=apps, verbosity=0)
        finally:
            app_config.models_module = models_module


def _permission(apps, label):
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = label.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant(apps, table):
    """Add permissions to groups: {group name: ["app.codename", …]}."""
    Group = apps.get_model("auth", "Group")
    ensure_permissions(apps)
    for name, labels in table.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*[_permission(apps, label) for label in labels])
