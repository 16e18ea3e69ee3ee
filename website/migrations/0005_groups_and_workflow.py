"""The editorial groups with exact permissions, and the "Duyệt bài" workflow.

Wagtail's own "Editors" and "Moderators" groups and its "Moderators approval"
workflow are renamed into ours (users already in them keep their place).
"""

from django.db import migrations

from website.groups import (
    APPROVAL_TASK,
    EDITORS,
    GROUPS,
    MODERATORS,
    WORKFLOW,
    _permission,
    ensure_permissions,
)


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    ensure_permissions(apps)

    for old, new in (("Editors", EDITORS), ("Moderators", MODERATORS)):
        if not Group.objects.filter(name=new).exists():
            Group.objects.filter(name=old).update(name=new)

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for name, spec in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set([_permission(apps, label) for label in spec["global"]])
        GroupPagePermission.objects.filter(group=group).delete()
        if root_page is not None:
            for codename in spec["page"]:
                GroupPagePermission.objects.create(
                    group=group,
                    page=root_page,
                    permission=_permission(apps, f"wagtailcore.{codename}"),
                )
        GroupCollectionPermission.objects.filter(group=group).delete()
        if root_collection is not None:
            for label in spec["collection"]:
                GroupCollectionPermission.objects.create(
                    group=group, collection=root_collection, permission=_permission(apps, label)
                )


def create_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    moderators = Group.objects.get(name=MODERATORS)
    task = GroupApprovalTask.objects.filter(name="Moderators approval").first()
    if task is None:
        task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=APPROVAL_TASK,
            content_type=ContentType.objects.get_for_model(GroupApprovalTask),
            active=True,
        )
    task.name = APPROVAL_TASK
    task.save()
    task.groups.set([moderators])

    workflow = Workflow.objects.filter(name="Moderators approval").first()
    if workflow is None:
        workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    workflow.name = WORKFLOW
    workflow.active = True
    workflow.save()
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0004_sqlite_fts_keep_diacritics"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(create_groups, migrations.RunPython.noop),
        migrations.RunPython(create_workflow, migrations.RunPython.noop),
    ]
