"""The shared taxonomy is filled in both languages and editable in the admin."""

import pytest

from website.models import Province, Region, Sector, SupportType


@pytest.mark.django_db
def test_six_regions_and_34_provinces_in_each_language():
    for code in ("vi", "en"):
        assert Region.objects.filter(locale__language_code=code).count() == 6
        assert Province.objects.filter(locale__language_code=code).count() == 34
    hue = Province.objects.get(slug="hue", locale__language_code="vi")
    assert hue.name == "Huế"
    assert hue.is_city
    assert hue.region.name == "Bắc Trung Bộ và duyên hải miền Trung"
    # Each province points to the region of its own language.
    for province in Province.objects.select_related("region", "locale"):
        assert province.region.locale_id == province.locale_id


@pytest.mark.django_db
def test_translations_share_a_key():
    hanoi_vi = Province.objects.get(slug="ha-noi", locale__language_code="vi")
    hanoi_en = hanoi_vi.get_translation(hanoi_vi.locale.__class__.objects.get(language_code="en"))
    assert hanoi_en.name == "Ha Noi"


@pytest.mark.django_db
def test_support_types_cover_the_programme():
    slugs = set(
        SupportType.objects.filter(locale__language_code="vi").values_list("slug", flat=True)
    )
    assert {
        "dao-tao",
        "mo-hinh-trinh-dien",
        "may-moc-thiet-bi",
        "san-xuat-sach-hon",
        "hoi-cho-trien-lam",
        "binh-chon-san-pham",
        "tu-van",
        "thong-tin-tuyen-truyen",
        "cum-cong-nghiep",
        "hop-tac-quoc-te",
    } <= slugs
    assert Sector.objects.filter(locale__language_code="vi").count() >= 8


@pytest.mark.django_db
def test_editor_sees_and_edits_provinces_in_admin(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/snippets/website/province/")
    assert response.status_code == 200
    assert "Cao Bằng" in response.content.decode()
    response = client.get("/admin/snippets/website/province/?q=Lắk")
    assert "Đắk Lắk" in response.content.decode()
    hue = Province.objects.get(slug="hue", locale__language_code="vi")
    response = client.get(f"/admin/snippets/website/province/edit/{hue.pk}/")
    assert response.status_code == 200
    response = client.post(
        f"/admin/snippets/website/province/edit/{hue.pk}/",
        {
            "name": "Thành phố Huế",
            "slug": "hue",
            "sort_order": 20,
            "region": hue.region_id,
            "is_city": "on",
        },
    )
    assert response.status_code == 302
    hue.refresh_from_db()
    assert hue.name == "Thành phố Huế"


@pytest.mark.django_db
def test_site_settings_editable_in_admin(client, admin_user, home):
    client.force_login(admin_user)
    response = client.get("/admin/settings/website/sitesettings/")
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        response = client.get(response["Location"])
    html = response.content.decode()
    assert "Zalo" in html
    assert "YouTube" in html
