"""Groups and the "Duyệt bài" workflow: editors submit, moderators approve and publish."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, Workflow, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from website.groups import ADMINISTRATORS, EDITORS, MODERATORS, WORKFLOW
from website.models import StandardPage


def _page_form(title, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": "",
            "intro": "Giới thiệu ngắn.",
            "body": streamfield([("paragraph", rich_text("<p>Nội dung bài.</p>"))]),
            **extra,
        }
    )


@pytest.mark.django_db
def test_groups_exist_with_exact_page_permissions():
    from wagtail.models import GroupPagePermission

    def page_perms(name):
        return set(
            GroupPagePermission.objects.filter(group__name=name).values_list(
                "permission__codename", flat=True
            )
        )

    assert page_perms(EDITORS) == {"add_page", "change_page"}
    assert page_perms(MODERATORS) == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }
    assert "bulk_delete_page" in page_perms(ADMINISTRATORS)
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    editors = Group.objects.get(name=EDITORS)
    assert editors.permissions.filter(codename="access_admin").exists()
    assert not editors.permissions.filter(codename="delete_image").exists()
    workflow = Workflow.objects.get(name=WORKFLOW)
    assert workflow.active
    assert Page.get_first_root_node().get_workflow() == workflow


@pytest.mark.django_db
def test_editor_cannot_publish_but_can_submit(client, home, editor):
    client.force_login(editor)
    url = f"/admin/pages/add/website/standardpage/{home.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(url, {**_page_form("Đề án khuyến công 2026"), "action-publish": "1"})
    assert response.status_code in (200, 302)
    page = StandardPage.objects.get(title="Đề án khuyến công 2026")
    assert not page.live  # the publish button was not theirs to press
    assert page.slug == "de-an-khuyen-cong-2026"
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        {**_page_form("Đề án khuyến công 2026"), "action-submit": "1"},
    )
    assert response.status_code == 302
    state = page.current_workflow_state
    assert state is not None
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    page.refresh_from_db()
    assert not page.live
    assert client.get("/de-an-khuyen-cong-2026/").status_code == 404


@pytest.mark.django_db
def test_moderator_approves_and_the_page_goes_live(client, home, editor, moderator):
    client.force_login(editor)
    client.post(
        f"/admin/pages/add/website/standardpage/{home.pk}/",
        {**_page_form("Hội chợ hàng thủ công"), "action-submit": "1"},
    )
    page = StandardPage.objects.get(title="Hội chợ hàng thủ công")
    task_state = page.current_workflow_task_state
    assert task_state is not None
    client.force_login(moderator)
    dashboard = client.get("/admin/").content.decode()
    assert "Hội chợ hàng thủ công" in dashboard  # awaiting their review
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/",
        {"comment": "Đồng ý đăng."},
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200
