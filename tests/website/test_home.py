"""The home page in both languages: lang attribute, date, switcher, footer."""

import datetime as dt
import zoneinfo

import pytest
import time_machine

from website.models import SiteSettings

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
MONDAY = dt.datetime(2026, 11, 30, 9, 30, tzinfo=HANOI)


@pytest.fixture
def site_settings(home):
    from wagtail.models import Site

    values = SiteSettings.for_site(Site.objects.get(root_page=home))
    values.address = "54 Hai Bà Trưng, Hà Nội"
    values.address_en = "54 Hai Ba Trung, Ha Noi"
    values.hotline = "024 1234 5678"
    values.email = "lienhe@example.vn"
    values.zalo_url = "https://zalo.me/example"
    values.facebook_url = "https://facebook.com/example"
    values.footer_text = "Chân trang tiếng Việt"
    values.footer_text_en = "English footer"
    values.save()
    return values


@pytest.mark.django_db
def test_vietnamese_home_has_lang_and_vietnamese_date(client, home):
    with time_machine.travel(MONDAY, tick=False):
        response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="vi">' in html
    assert "Thứ Hai, 30/11/2026" in html
    assert home.title in html


@pytest.mark.django_db
def test_english_home_has_lang_and_english_date(client, home_en):
    with time_machine.travel(MONDAY, tick=False):
        response = client.get("/en/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "Monday, 30 November 2026" in html
    assert "National Industrial Promotion" in html
    # UI strings come from the English catalogue.
    assert "Skip to main content" in html
    assert "Bỏ qua" not in html


@pytest.mark.django_db
def test_language_switcher_links_to_the_translation(client, home_en):
    html = client.get("/").content.decode()
    assert '<a href="/en/" hreflang="en" lang="en">English</a>' in html
    assert 'rel="alternate" hreflang="en" href="http://testserver/en/"' in html
    html_en = client.get("/en/").content.decode()
    assert '<a href="/" hreflang="vi" lang="vi">Tiếng Việt</a>' in html_en
    assert 'rel="alternate" hreflang="vi" href="http://testserver/"' in html_en


@pytest.mark.django_db
def test_switcher_without_translation_goes_to_other_home(client, home):
    # No English home yet: the switcher still offers /en/, and no hreflang claims it.
    html = client.get("/").content.decode()
    assert 'href="/en/"' in html
    assert 'hreflang="en" href=' not in html


@pytest.mark.django_db
def test_footer_shows_site_settings_in_each_language(client, home_en, site_settings):
    html = client.get("/").content.decode()
    assert "54 Hai Bà Trưng, Hà Nội" in html
    assert "Chân trang tiếng Việt" in html
    assert 'href="https://zalo.me/example"' in html
    assert 'href="tel:02412345678"' in html
    assert "Về đầu trang" in html
    html_en = client.get("/en/").content.decode()
    assert "54 Hai Ba Trung, Ha Noi" in html_en
    assert "English footer" in html_en
    assert "Back to top" in html_en


@pytest.mark.django_db
def test_every_page_has_skip_link_and_main_landmark(client, home):
    html = client.get("/").content.decode()
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    assert 'media="print"' in html


@pytest.mark.django_db
def test_menu_lists_pages_shown_in_menus_only(client, home):
    from website.models import HomePage

    html = client.get("/").content.decode()
    assert 'aria-label="Điều hướng chính"' in html
    assert "Trang chủ" in html
    assert HomePage.objects.count() == 1


@pytest.mark.django_db
def test_admin_is_reachable_in_both_languages(client, admin_user):
    client.force_login(admin_user)
    assert client.get("/admin/").status_code == 200
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Dashboard" in response.content.decode()
