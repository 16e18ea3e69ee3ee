"""Fill the shared taxonomy (vi and en) and put a HomePage at the root of the site.

Provinces: the 34 provincial-level units in force since 1 July 2025
(Nghị quyết 202/2025/QH15). Editors can change every row in the admin.
"""

import uuid

from django.db import migrations

NAMESPACE = uuid.UUID("5b0c7f5e-2f3c-4f4e-9d53-6b2a1c0e0a11")

REGIONS = [
    # slug, vi, en
    (
        "trung-du-mien-nui-phia-bac",
        "Trung du và miền núi phía Bắc",
        "Northern Midlands and Mountains",
    ),
    ("dong-bang-song-hong", "Đồng bằng sông Hồng", "Red River Delta"),
    (
        "bac-trung-bo-duyen-hai-mien-trung",
        "Bắc Trung Bộ và duyên hải miền Trung",
        "North Central and Central Coast",
    ),
    ("tay-nguyen", "Tây Nguyên", "Central Highlands"),
    ("dong-nam-bo", "Đông Nam Bộ", "South East"),
    ("dong-bang-song-cuu-long", "Đồng bằng sông Cửu Long", "Mekong River Delta"),
]

PROVINCES = [
    # slug, vi, en, region slug, centrally-run city
    ("cao-bang", "Cao Bằng", "Cao Bang", "trung-du-mien-nui-phia-bac", False),
    ("dien-bien", "Điện Biên", "Dien Bien", "trung-du-mien-nui-phia-bac", False),
    ("lai-chau", "Lai Châu", "Lai Chau", "trung-du-mien-nui-phia-bac", False),
    ("lang-son", "Lạng Sơn", "Lang Son", "trung-du-mien-nui-phia-bac", False),
    ("lao-cai", "Lào Cai", "Lao Cai", "trung-du-mien-nui-phia-bac", False),
    ("phu-tho", "Phú Thọ", "Phu Tho", "trung-du-mien-nui-phia-bac", False),
    ("son-la", "Sơn La", "Son La", "trung-du-mien-nui-phia-bac", False),
    ("thai-nguyen", "Thái Nguyên", "Thai Nguyen", "trung-du-mien-nui-phia-bac", False),
    ("tuyen-quang", "Tuyên Quang", "Tuyen Quang", "trung-du-mien-nui-phia-bac", False),
    ("ha-noi", "Hà Nội", "Ha Noi", "dong-bang-song-hong", True),
    ("hai-phong", "Hải Phòng", "Hai Phong", "dong-bang-song-hong", True),
    ("bac-ninh", "Bắc Ninh", "Bac Ninh", "dong-bang-song-hong", False),
    ("hung-yen", "Hưng Yên", "Hung Yen", "dong-bang-song-hong", False),
    ("ninh-binh", "Ninh Bình", "Ninh Binh", "dong-bang-song-hong", False),
    ("quang-ninh", "Quảng Ninh", "Quang Ninh", "dong-bang-song-hong", False),
    ("thanh-hoa", "Thanh Hóa", "Thanh Hoa", "bac-trung-bo-duyen-hai-mien-trung", False),
    ("nghe-an", "Nghệ An", "Nghe An", "bac-trung-bo-duyen-hai-mien-trung", False),
    ("ha-tinh", "Hà Tĩnh", "Ha Tinh", "bac-trung-bo-duyen-hai-mien-trung", False),
    ("quang-tri", "Quảng Trị", "Quang Tri", "bac-trung-bo-duyen-hai-mien-trung", False),
    ("hue", "Huế", "Hue", "bac-trung-bo-duyen-hai-mien-trung", True),
    ("da-nang", "Đà Nẵng", "Da Nang", "bac-trung-bo-duyen-hai-mien-trung", True),
    ("quang-ngai", "Quảng Ngãi", "Quang Ngai", "bac-trung-bo-duyen-hai-mien-trung", False),
    ("khanh-hoa", "Khánh Hòa", "Khanh Hoa", "bac-trung-bo-duyen-hai-mien-trung", False),
    ("gia-lai", "Gia Lai", "Gia Lai", "tay-nguyen", False),
    ("dak-lak", "Đắk Lắk", "Dak Lak", "tay-nguyen", False),
    ("lam-dong", "Lâm Đồng", "Lam Dong", "tay-nguyen", False),
    ("ho-chi-minh", "Thành phố Hồ Chí Minh", "Ho Chi Minh City", "dong-nam-bo", True),
    ("dong-nai", "Đồng Nai", "Dong Nai", "dong-nam-bo", False),
    ("tay-ninh", "Tây Ninh", "Tay Ninh", "dong-nam-bo", False),
    ("can-tho", "Cần Thơ", "Can Tho", "dong-bang-song-cuu-long", True),
    ("an-giang", "An Giang", "An Giang", "dong-bang-song-cuu-long", False),
    ("ca-mau", "Cà Mau", "Ca Mau", "dong-bang-song-cuu-long", False),
    ("dong-thap", "Đồng Tháp", "Dong Thap", "dong-bang-song-cuu-long", False),
    ("vinh-long", "Vĩnh Long", "Vinh Long", "dong-bang-song-cuu-long", False),
]

SECTORS = [
    (
        "che-bien-nong-lam-thuy-san",
        "Chế biến nông, lâm, thủy sản và thực phẩm",
        "Agricultural, forestry, fishery and food processing",
    ),
    ("thu-cong-my-nghe", "Thủ công mỹ nghệ", "Handicrafts"),
    (
        "co-khi-che-tao",
        "Cơ khí chế tạo và sửa chữa máy móc",
        "Mechanical engineering and machinery",
    ),
    ("vat-lieu-xay-dung", "Sản xuất vật liệu xây dựng", "Construction materials"),
    ("det-may-da-giay", "Dệt may, da giày", "Textiles, garments and footwear"),
    ("dien-tu-dien-nang", "Điện, điện tử và năng lượng", "Electrics, electronics and energy"),
    ("hoa-chat-nhua", "Hóa chất, nhựa và cao su", "Chemicals, plastics and rubber"),
    ("do-uong", "Đồ uống", "Beverages"),
    ("go-noi-that", "Chế biến gỗ và nội thất", "Wood processing and furniture"),
    ("duoc-lieu", "Dược liệu và sản phẩm từ thảo dược", "Medicinal herbs and herbal products"),
]

SUPPORT_TYPES = [
    ("dao-tao", "Đào tạo nghề, truyền nghề và phát triển nghề", "Vocational training and skills"),
    (
        "mo-hinh-trinh-dien",
        "Xây dựng mô hình trình diễn kỹ thuật",
        "Technical demonstration models",
    ),
    (
        "may-moc-thiet-bi",
        "Ứng dụng máy móc thiết bị, chuyển giao công nghệ",
        "Machinery, equipment and technology transfer",
    ),
    ("san-xuat-sach-hon", "Sản xuất sạch hơn", "Cleaner production"),
    (
        "hoi-cho-trien-lam",
        "Hội chợ, triển lãm và xúc tiến thương mại",
        "Trade fairs, exhibitions and trade promotion",
    ),
    (
        "binh-chon-san-pham",
        "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu",
        "Standout rural-industry product awards",
    ),
    ("tu-van", "Tư vấn, hỗ trợ kỹ thuật", "Consulting and technical assistance"),
    ("thong-tin-tuyen-truyen", "Thông tin, tuyên truyền", "Communication and outreach"),
    ("cum-cong-nghiep", "Phát triển cụm công nghiệp", "Industrial cluster development"),
    ("hop-tac-quoc-te", "Hợp tác quốc tế về khuyến công", "International cooperation"),
]


def _key(kind, slug):
    return uuid.uuid5(NAMESPACE, f"{kind}:{slug}")


def fill_taxonomy(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Region = apps.get_model("website", "Region")
    Province = apps.get_model("website", "Province")
    Sector = apps.get_model("website", "Sector")
    SupportType = apps.get_model("website", "SupportType")

    vi, _ = Locale.objects.get_or_create(language_code="vi")
    en, _ = Locale.objects.get_or_create(language_code="en")
    locales = {"vi": vi, "en": en}

    regions = {}
    for order, (slug, name_vi, name_en) in enumerate(REGIONS, start=1):
        for code, name in (("vi", name_vi), ("en", name_en)):
            regions[code, slug], _ = Region.objects.get_or_create(
                translation_key=_key("region", slug),
                locale=locales[code],
                defaults={"name": name, "slug": slug, "sort_order": order},
            )
    for order, (slug, name_vi, name_en, region, is_city) in enumerate(PROVINCES, start=1):
        for code, name in (("vi", name_vi), ("en", name_en)):
            Province.objects.get_or_create(
                translation_key=_key("province", slug),
                locale=locales[code],
                defaults={
                    "name": name,
                    "slug": slug,
                    "sort_order": order,
                    "region": regions[code, region],
                    "is_city": is_city,
                },
            )
    for model, kind, rows in ((Sector, "sector", SECTORS), (SupportType, "support", SUPPORT_TYPES)):
        for order, (slug, name_vi, name_en) in enumerate(rows, start=1):
            for code, name in (("vi", name_vi), ("en", name_en)):
                model.objects.get_or_create(
                    translation_key=_key(kind, slug),
                    locale=locales[code],
                    defaults={"name": name, "slug": slug, "sort_order": order},
                )


def create_homepage(apps, schema_editor):
    """Replace Wagtail's "Welcome" page with our HomePage (Vietnamese)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("website", "HomePage")

    if HomePage.objects.exists():
        return
    Page.objects.filter(depth=2, slug="home", content_type__app_label="wagtailcore").delete()
    if Page.objects.filter(depth=2).exists():
        # A site already has its own pages; leave them alone.
        return
    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="website")
    vi = Locale.objects.get(language_code="vi")
    home = HomePage.objects.create(
        title="Khuyến công quốc gia",
        draft_title="Khuyến công quốc gia",
        slug="trang-chu",
        content_type=content_type,
        path=f"{root.path}0001",
        depth=2,
        numchild=0,
        url_path="/trang-chu/",
        locale=vi,
        live=True,
        intro="",
        body=[],
        translation_key=uuid.uuid5(NAMESPACE, "page:home"),
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page_id=home.id, is_default_site=True, site_name="KCQG"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(fill_taxonomy, migrations.RunPython.noop),
        migrations.RunPython(create_homepage, migrations.RunPython.noop),
    ]
