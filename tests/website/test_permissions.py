"""Per-app permissions of the editorial groups (data migrations of news, showcase, policies,
archive)."""

import pytest
from django.contrib.auth.models import Group

from news.models import NewsCategory
from website.groups import ADMINISTRATORS, EDITORS, MODERATORS


def codenames(group_name, app_label):
    group = Group.objects.get(name=group_name)
    return set(
        group.permissions.filter(content_type__app_label=app_label).values_list(
            "codename", flat=True
        )
    )


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("bientap", "bt@example.vn", "pw-editor-1")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.mark.django_db
def test_news_snippet_permissions():
    snippets = ("newscategory", "author", "newstag")
    editors = codenames(EDITORS, "news")
    for model in snippets:
        assert {f"add_{model}", f"change_{model}", f"view_{model}"} <= editors
        assert f"delete_{model}" not in editors
        assert f"delete_{model}" in codenames(MODERATORS, "news")
        assert f"delete_{model}" in codenames(ADMINISTRATORS, "news")


@pytest.mark.django_db
def test_showcase_and_policies_permissions():
    assert codenames(MODERATORS, "showcase") == {
        "view_producerinquiry",
        "change_producerinquiry",
    }
    assert not codenames(EDITORS, "showcase")
    assert "delete_producerinquiry" in codenames(ADMINISTRATORS, "showcase")
    assert codenames(EDITORS, "policies") == {
        "add_issuingbody",
        "change_issuingbody",
        "view_issuingbody",
    }
    assert "delete_issuingbody" in codenames(MODERATORS, "policies")


@pytest.mark.django_db
def test_editor_opens_the_category_list_but_cannot_delete(client, editor, locale_vi):
    category = NewsCategory.objects.create(name="Hoạt động", slug="hoat-dong", locale=locale_vi)
    client.force_login(editor)
    listing = client.get("/admin/snippets/news/newscategory/")
    assert listing.status_code == 200
    assert "Hoạt động" in listing.content.decode()
    assert client.get(f"/admin/snippets/news/newscategory/edit/{category.pk}/").status_code == 200
    delete_url = f"/admin/snippets/news/newscategory/delete/{category.pk}/"
    assert client.get(delete_url).status_code in (302, 403)
    client.post(delete_url)
    assert NewsCategory.objects.filter(pk=category.pk).exists()


@pytest.mark.django_db
def test_archive_list_is_view_only_for_every_group():
    for group in (EDITORS, MODERATORS, ADMINISTRATORS):
        assert codenames(group, "archive") == {"view_archivedarticle"}
