"""website.locales: the one answer to "which language?" and to "which index page?"."""

import pytest
from django.utils import translation
from wagtail.models import Locale

from website.locales import index_page, language_code, locale_id, resolve_locale


@pytest.mark.parametrize(
    "code, expected",
    [("vi", "vi"), ("en", "en"), ("EN", "en"), ("en-us", "en"), ("fr", "vi"), ("xx-yy", "vi")],
)
def test_a_code_is_a_site_language_or_the_default(code, expected):
    assert language_code(code) == expected


def test_no_code_is_the_active_language():
    with translation.override("en"):
        assert language_code() == "en"
        assert language_code("") == "en"
    with translation.override(None):
        assert language_code() == "vi"


@pytest.mark.django_db
def test_resolve_locale(locale_vi, locale_en):
    assert resolve_locale(locale_en) is locale_en
    assert resolve_locale(locale_en.pk) == locale_en.pk
    assert resolve_locale("en") == locale_en
    assert resolve_locale("fr") == Locale.get_default() == locale_vi
    with translation.override("en"):
        assert resolve_locale() == locale_en


@pytest.mark.django_db
def test_resolve_locale_queries_once_per_process_until_a_locale_changes(
    locale_vi, locale_en, django_assert_num_queries
):
    resolve_locale("vi")
    resolve_locale("en")
    with django_assert_num_queries(0):
        assert resolve_locale("vi") == locale_vi
        assert resolve_locale("fr") == locale_vi  # unknown: the default, as before
        assert resolve_locale("en-us") == locale_en
        with translation.override("en"):
            assert resolve_locale() == locale_en
    # Saving or deleting any Locale forgets them: the next call asks the database again.
    for change in (locale_en.save, Locale.objects.create(language_code="fr").delete):
        change()
        with django_assert_num_queries(1):
            assert resolve_locale("en") == locale_en
        with django_assert_num_queries(0):
            assert resolve_locale("en") == locale_en


@pytest.mark.django_db
def test_index_page_is_live_public_and_of_the_language(home, locale_en):
    from policies.factories import PolicyIndexPageFactory
    from policies.models import PolicyIndexPage

    assert index_page(PolicyIndexPage, home.locale) is None
    index = PolicyIndexPageFactory.build(title="Chính sách", slug="chinh-sach")
    home.add_child(instance=index)
    index.save_revision().publish()
    assert index_page(PolicyIndexPage, "vi").pk == index.pk
    assert index_page(PolicyIndexPage, locale_en) is None


@pytest.mark.django_db
def test_locale_id(locale_vi, locale_en):
    assert locale_id(locale_en) == locale_id("en") == locale_id(locale_en.pk) == locale_en.pk
    assert locale_id("fr") == locale_vi.pk
    with translation.override("en"):
        assert locale_id() == locale_en.pk


@pytest.mark.django_db
def test_the_apps_take_an_unknown_code_as_the_default_language(locale_vi, locale_en):
    # The news helpers used to raise Locale.DoesNotExist, the showcase ones to fall back
    # to the default language: now both ask website.locales.
    from news import queries as news_queries
    from showcase import queries as showcase_queries

    assert news_queries.latest("fr") == news_queries.latest("vi") == []
    assert news_queries.most_read("xx-yy") == []
    assert showcase_queries.featured_case_studies("fr") == []
