"""Our one-query view-restriction lookup agrees with Wagtail's, aliases included."""

import pytest
from wagtail.models import Page, PageViewRestriction

from website.models import StandardPage


def _wagtail(page):
    return set(Page.get_view_restrictions(page))


def _ours(page):
    return set(page.specific.get_view_restrictions())


@pytest.mark.django_db
def test_restrictions_of_ancestors_and_of_alias_sources(client, home):
    section = home.add_child(instance=StandardPage(title="Khu nội bộ", slug="noi-bo"))
    inner = section.add_child(instance=StandardPage(title="Tài liệu họp", slug="tai-lieu"))
    open_page = home.add_child(instance=StandardPage(title="Công khai", slug="cong-khai"))
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.LOGIN
    )
    alias = section.create_alias(parent=home, update_slug="noi-bo-ban-sao", recursive=True)
    alias_inner = Page.objects.get(alias_of=inner)
    alias_of_alias = alias.create_alias(parent=home, update_slug="ban-sao-2")
    for page in (home, section, inner, open_page, alias, alias_inner, alias_of_alias):
        page.refresh_from_db()
        assert _ours(page) == _wagtail(page), page.slug
    assert _ours(inner) == {restriction}
    assert _ours(alias_inner) == {restriction}
    assert _ours(alias_of_alias) == {restriction}
    assert _ours(open_page) == set()
    # …and readers are sent to log in, as before.
    assert client.get("/noi-bo/tai-lieu/").status_code == 302
    assert client.get("/noi-bo-ban-sao/tai-lieu/").status_code == 302
    assert client.get("/cong-khai/").status_code == 200


@pytest.mark.django_db
def test_a_site_without_restrictions_asks_for_none_until_one_is_added_or_removed(
    client, home, django_assert_num_queries
):
    page = home.add_child(instance=StandardPage(title="Tài liệu", slug="tai-lieu"))
    client.get("/tai-lieu/")  # creates the site's settings
    assert client.get("/tai-lieu/").status_code == 200  # "no restriction" is now cached
    with django_assert_num_queries(0):
        assert _ours(page) == set()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    assert _ours(page) == {restriction}
    assert client.get("/tai-lieu/").status_code == 302
    restriction.delete()
    assert client.get("/tai-lieu/").status_code == 200
    with django_assert_num_queries(0):
        assert _ours(page) == set()
