"""The site-wide models (home and standard pages, site settings, the taxonomy snippets)
with their help texts; then the data steps, in their old order and unchanged: the
taxonomy in Vietnamese and English and the home page (0002), SQLite's FTS5 table that
keeps diacritics (0004), the editorial groups and the "Duyệt bài" workflow (0005).

Squashes 0001–0006 (a database that applied those has nothing to do here). The data
steps come after the schema: they read the models as 0006 left them, which differ from
0002's only in help texts and the standard page. ``repair_translations`` reads the
taxonomy names below (``website.wagtail_hooks``); the FTS5 step is the one
``tests/website/test_search_sqlite.py`` checks comes after Wagtail's search migrations.
"""

import uuid

import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

import website.models.mixins
from website.groups import (
    APPROVAL_TASK,
    EDITORS,
    GROUPS,
    MODERATORS,
    WORKFLOW,
    _permission,
    ensure_permissions,
)

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


FTS_TABLE = "wagtailsearch_indexentry_fts"


ENTRY_TABLE = "wagtailsearch_indexentry"


COLUMNS = "autocomplete, body, title"


KEEP_DIACRITICS = "tokenize='unicode61 remove_diacritics 0'"


def _recreate(schema_editor, tokenize):
    if schema_editor.connection.vendor != "sqlite":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = %s", [FTS_TABLE])
        if cursor.fetchone() is None:  # no FTS5: Wagtail uses its fallback backend
            return
        options = f", {tokenize}" if tokenize else ""
        cursor.execute(f"DROP TABLE {FTS_TABLE}")
        cursor.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({COLUMNS}{options})")
        cursor.execute(
            f"INSERT INTO {FTS_TABLE} (rowid, autocomplete, body, title) "  # noqa: S608
            f"SELECT id, autocomplete, body, title FROM {ENTRY_TABLE}"
        )


def keep_diacritics(apps, schema_editor):
    _recreate(schema_editor, KEEP_DIACRITICS)


def default_tokenizer(apps, schema_editor):
    _recreate(schema_editor, "")


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
    replaces = [
        ("website", "0001_initial"),
        ("website", "0002_taxonomy_and_home"),
        ("website", "0003_standard_page"),
        ("website", "0004_sqlite_fts_keep_diacritics"),
        ("website", "0005_groups_and_workflow"),
        ("website", "0006_help_texts"),
    ]

    initial = True

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="HomePage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                (
                    "listing_title",
                    models.CharField(
                        blank=True,
                        help_text="Để trống để dùng tiêu đề của trang.",
                        max_length=255,
                        verbose_name="tiêu đề trong danh sách",
                    ),
                ),
                (
                    "listing_summary",
                    models.TextField(
                        blank=True,
                        help_text="Một hoặc hai câu hiện trong danh sách và thẻ chia sẻ.",
                        verbose_name="tóm tắt trong danh sách",
                    ),
                ),
                (
                    "social_text",
                    models.CharField(
                        blank=True,
                        help_text="Để trống để dùng phần mô tả tìm kiếm.",
                        max_length=255,
                        verbose_name="mô tả khi chia sẻ",
                    ),
                ),
                (
                    "intro",
                    models.TextField(
                        blank=True,
                        help_text="Một đoạn ngắn dưới tên chương trình trên trang chủ.",
                        verbose_name="lời giới thiệu",
                    ),
                ),
                (
                    "body",
                    wagtail.fields.StreamField(
                        [
                            ("paragraph", 0),
                            ("image", 5),
                            ("quote", 9),
                            ("table", 12),
                            ("video", 15),
                            ("document", 18),
                            ("callout", 22),
                        ],
                        blank=True,
                        block_lookup={
                            0: (
                                "wagtail.blocks.RichTextBlock",
                                (),
                                {
                                    "description": "Văn bản có định dạng.",
                                    "features": [
                                        "h2",
                                        "h3",
                                        "h4",
                                        "bold",
                                        "italic",
                                        "ol",
                                        "ul",
                                        "link",
                                        "document-link",
                                    ],
                                    "icon": "pilcrow",
                                    "label": "Đoạn văn",
                                    "template": "components/blocks/paragraph.html",
                                },
                            ),
                            1: ("wagtail.images.blocks.ImageBlock", [], {"label": "ảnh"}),
                            2: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {
                                    "help_text": "Hiện dưới ảnh.",
                                    "label": "chú thích",
                                    "required": False,
                                },
                            ),
                            3: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {
                                    "help_text": "Ví dụ: Ảnh: Trung tâm Khuyến công",
                                    "label": "nguồn ảnh",
                                    "required": False,
                                },
                            ),
                            4: (
                                "wagtail.blocks.ChoiceBlock",
                                [],
                                {
                                    "choices": [
                                        ("full", "toàn chiều rộng"),
                                        ("left", "trái"),
                                        ("right", "phải"),
                                    ],
                                    "label": "căn lề",
                                },
                            ),
                            5: (
                                "wagtail.blocks.StructBlock",
                                [[("image", 1), ("caption", 2), ("credit", 3), ("alignment", 4)]],
                                {},
                            ),
                            6: ("wagtail.blocks.TextBlock", (), {"label": "trích dẫn"}),
                            7: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "người nói", "required": False},
                            ),
                            8: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "chức vụ", "required": False},
                            ),
                            9: (
                                "wagtail.blocks.StructBlock",
                                [[("text", 6), ("attribution", 7), ("role", 8)]],
                                {},
                            ),
                            10: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "tiêu đề bảng", "required": False},
                            ),
                            11: (
                                "wagtail.contrib.table_block.blocks.TableBlock",
                                (),
                                {"label": "bảng"},
                            ),
                            12: (
                                "wagtail.blocks.StructBlock",
                                [[("caption", 10), ("table", 11)]],
                                {},
                            ),
                            13: (
                                "wagtail.embeds.blocks.EmbedBlock",
                                (),
                                {
                                    "help_text": "Ví dụ: đường dẫn YouTube.",
                                    "label": "địa chỉ video",
                                },
                            ),
                            14: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "chú thích", "required": False},
                            ),
                            15: (
                                "wagtail.blocks.StructBlock",
                                [[("video", 13), ("caption", 14)]],
                                {},
                            ),
                            16: (
                                "wagtail.documents.blocks.DocumentChooserBlock",
                                (),
                                {"label": "tài liệu"},
                            ),
                            17: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {
                                    "help_text": "Để trống để dùng tên tài liệu.",
                                    "label": "tên hiển thị",
                                    "required": False,
                                },
                            ),
                            18: (
                                "wagtail.blocks.StructBlock",
                                [[("document", 16), ("title", 17)]],
                                {},
                            ),
                            19: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "tiêu đề", "required": False},
                            ),
                            20: (
                                "wagtail.blocks.RichTextBlock",
                                (),
                                {"features": ["bold", "italic", "link", "ul"], "label": "nội dung"},
                            ),
                            21: (
                                "wagtail.blocks.ChoiceBlock",
                                [],
                                {
                                    "choices": [("info", "thông tin"), ("important", "quan trọng")],
                                    "label": "kiểu",
                                },
                            ),
                            22: (
                                "wagtail.blocks.StructBlock",
                                [[("title", 19), ("text", 20), ("style", 21)]],
                                {},
                            ),
                        },
                        help_text="Khối nội dung tùy chọn, hiện dưới các mục tin tức.",
                        verbose_name="nội dung thêm",
                    ),
                ),
                (
                    "listing_image",
                    models.ForeignKey(
                        blank=True,
                        help_text="Để trống để dùng ảnh chính của trang.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailimages.image",
                        verbose_name="ảnh trong danh sách",
                    ),
                ),
                (
                    "social_image",
                    models.ForeignKey(
                        blank=True,
                        help_text="Ảnh ngang, tối thiểu 1200×630 điểm ảnh.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailimages.image",
                        verbose_name="ảnh chia sẻ mạng xã hội",
                    ),
                ),
            ],
            options={
                "verbose_name": "trang chủ",
                "verbose_name_plural": "trang chủ",
            },
            bases=(website.models.mixins.LocaleSingletonMixin, "wagtailcore.page", models.Model),
        ),
        migrations.CreateModel(
            name="Region",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                (
                    "name",
                    models.CharField(
                        help_text="Tên như hiện trên trang và trong bộ lọc.",
                        max_length=255,
                        verbose_name="tên",
                    ),
                ),
                (
                    "slug",
                    models.SlugField(
                        help_text="Chữ không dấu, dùng trong bộ lọc trên địa chỉ trang.",
                        max_length=100,
                        verbose_name="mã đường dẫn",
                    ),
                ),
                (
                    "sort_order",
                    models.PositiveSmallIntegerField(
                        default=0,
                        help_text="Số nhỏ đứng trước trong danh sách.",
                        verbose_name="thứ tự",
                    ),
                ),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
            ],
            options={
                "verbose_name": "vùng kinh tế - xã hội",
                "verbose_name_plural": "vùng kinh tế - xã hội",
                "ordering": ["sort_order", "name"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="Province",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                (
                    "name",
                    models.CharField(
                        help_text="Tên như hiện trên trang và trong bộ lọc.",
                        max_length=255,
                        verbose_name="tên",
                    ),
                ),
                (
                    "slug",
                    models.SlugField(
                        help_text="Chữ không dấu, dùng trong bộ lọc trên địa chỉ trang.",
                        max_length=100,
                        verbose_name="mã đường dẫn",
                    ),
                ),
                (
                    "sort_order",
                    models.PositiveSmallIntegerField(
                        default=0,
                        help_text="Số nhỏ đứng trước trong danh sách.",
                        verbose_name="thứ tự",
                    ),
                ),
                (
                    "is_city",
                    models.BooleanField(
                        default=False,
                        help_text="Đánh dấu nếu là thành phố trực thuộc trung ương.",
                        verbose_name="thành phố trực thuộc trung ương",
                    ),
                ),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
                (
                    "region",
                    models.ForeignKey(
                        help_text="Vùng kinh tế - xã hội của tỉnh.",
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="provinces",
                        to="website.region",
                        verbose_name="vùng",
                    ),
                ),
            ],
            options={
                "verbose_name": "tỉnh, thành phố",
                "verbose_name_plural": "tỉnh, thành phố",
                "ordering": ["sort_order", "name"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="Sector",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                (
                    "name",
                    models.CharField(
                        help_text="Tên như hiện trên trang và trong bộ lọc.",
                        max_length=255,
                        verbose_name="tên",
                    ),
                ),
                (
                    "slug",
                    models.SlugField(
                        help_text="Chữ không dấu, dùng trong bộ lọc trên địa chỉ trang.",
                        max_length=100,
                        verbose_name="mã đường dẫn",
                    ),
                ),
                (
                    "sort_order",
                    models.PositiveSmallIntegerField(
                        default=0,
                        help_text="Số nhỏ đứng trước trong danh sách.",
                        verbose_name="thứ tự",
                    ),
                ),
                (
                    "description",
                    models.TextField(
                        blank=True,
                        help_text="Một câu giải thích ngành nghề (không bắt buộc).",
                        verbose_name="mô tả",
                    ),
                ),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
            ],
            options={
                "verbose_name": "ngành nghề",
                "verbose_name_plural": "ngành nghề",
                "ordering": ["sort_order", "name"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="SiteSettings",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "organisation_name",
                    models.CharField(
                        default="Cục Công Thương địa phương - Bộ Công Thương",
                        help_text="Tên cơ quan chủ quản, hiện ở chân trang.",
                        max_length=255,
                        verbose_name="tên cơ quan",
                    ),
                ),
                (
                    "organisation_name_en",
                    models.CharField(
                        blank=True,
                        default="Agency for Regional Industry and Trade - Ministry of Industry and Trade",
                        help_text="Tên cơ quan bằng tiếng Anh.",
                        max_length=255,
                        verbose_name="tên cơ quan (tiếng Anh)",
                    ),
                ),
                (
                    "programme_name",
                    models.CharField(
                        default="Chương trình Khuyến công quốc gia",
                        help_text="Tên chương trình, hiện ở đầu trang.",
                        max_length=255,
                        verbose_name="tên chương trình",
                    ),
                ),
                (
                    "programme_name_en",
                    models.CharField(
                        blank=True,
                        default="National Industrial Promotion Programme",
                        help_text="Tên chương trình bằng tiếng Anh.",
                        max_length=255,
                        verbose_name="tên chương trình (tiếng Anh)",
                    ),
                ),
                (
                    "address",
                    models.CharField(
                        blank=True,
                        help_text="Địa chỉ cơ quan, hiện ở chân trang.",
                        max_length=255,
                        verbose_name="địa chỉ",
                    ),
                ),
                (
                    "address_en",
                    models.CharField(
                        blank=True,
                        help_text="Địa chỉ bằng tiếng Anh, hiện trên trang /en/.",
                        max_length=255,
                        verbose_name="địa chỉ (tiếng Anh)",
                    ),
                ),
                (
                    "hotline",
                    models.CharField(
                        blank=True,
                        help_text="Số đường dây nóng, hiện ở đầu và chân trang.",
                        max_length=40,
                        verbose_name="đường dây nóng",
                    ),
                ),
                (
                    "phone",
                    models.CharField(
                        blank=True,
                        help_text="Số điện thoại văn phòng.",
                        max_length=40,
                        verbose_name="điện thoại",
                    ),
                ),
                (
                    "email",
                    models.EmailField(
                        blank=True,
                        help_text="Thư điện tử liên hệ công khai, hiện ở chân trang.",
                        max_length=254,
                        verbose_name="thư điện tử",
                    ),
                ),
                (
                    "editors_email",
                    models.EmailField(
                        blank=True,
                        help_text="Nhận thông báo ý kiến bạn đọc và yêu cầu liên hệ nhà sản xuất.",
                        max_length=254,
                        verbose_name="thư điện tử ban biên tập",
                    ),
                ),
                (
                    "facebook_url",
                    models.URLField(
                        blank=True,
                        help_text="Địa chỉ trang Facebook của chương trình.",
                        verbose_name="Facebook",
                    ),
                ),
                (
                    "youtube_url",
                    models.URLField(
                        blank=True,
                        help_text="Địa chỉ kênh YouTube của chương trình.",
                        verbose_name="YouTube",
                    ),
                ),
                (
                    "zalo_url",
                    models.URLField(
                        blank=True,
                        help_text="Địa chỉ trang Zalo OA của chương trình.",
                        verbose_name="Zalo",
                    ),
                ),
                (
                    "footer_text",
                    models.TextField(
                        blank=True,
                        help_text="Dòng bản quyền, giấy phép, hiện cuối trang.",
                        verbose_name="chân trang",
                    ),
                ),
                (
                    "footer_text_en",
                    models.TextField(
                        blank=True,
                        help_text="Nội dung chân trang bằng tiếng Anh.",
                        verbose_name="chân trang (tiếng Anh)",
                    ),
                ),
                (
                    "site",
                    models.OneToOneField(
                        editable=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        to="wagtailcore.site",
                    ),
                ),
            ],
            options={
                "verbose_name": "thông tin chung của trang",
                "verbose_name_plural": "thông tin chung của trang",
            },
        ),
        migrations.CreateModel(
            name="SupportType",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                (
                    "name",
                    models.CharField(
                        help_text="Tên như hiện trên trang và trong bộ lọc.",
                        max_length=255,
                        verbose_name="tên",
                    ),
                ),
                (
                    "slug",
                    models.SlugField(
                        help_text="Chữ không dấu, dùng trong bộ lọc trên địa chỉ trang.",
                        max_length=100,
                        verbose_name="mã đường dẫn",
                    ),
                ),
                (
                    "sort_order",
                    models.PositiveSmallIntegerField(
                        default=0,
                        help_text="Số nhỏ đứng trước trong danh sách.",
                        verbose_name="thứ tự",
                    ),
                ),
                (
                    "description",
                    models.TextField(
                        blank=True,
                        help_text="Một câu giải thích loại hình hỗ trợ (không bắt buộc).",
                        verbose_name="mô tả",
                    ),
                ),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
            ],
            options={
                "verbose_name": "loại hình hỗ trợ",
                "verbose_name_plural": "loại hình hỗ trợ",
                "ordering": ["sort_order", "name"],
                "abstract": False,
            },
        ),
        migrations.AddConstraint(
            model_name="region",
            constraint=models.UniqueConstraint(
                fields=("locale", "slug"), name="unique_region_slug"
            ),
        ),
        migrations.AlterUniqueTogether(
            name="region",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AddConstraint(
            model_name="province",
            constraint=models.UniqueConstraint(
                fields=("locale", "slug"), name="unique_province_slug"
            ),
        ),
        migrations.AlterUniqueTogether(
            name="province",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AddConstraint(
            model_name="sector",
            constraint=models.UniqueConstraint(
                fields=("locale", "slug"), name="unique_sector_slug"
            ),
        ),
        migrations.AlterUniqueTogether(
            name="sector",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AddConstraint(
            model_name="supporttype",
            constraint=models.UniqueConstraint(
                fields=("locale", "slug"), name="unique_supporttype_slug"
            ),
        ),
        migrations.AlterUniqueTogether(
            name="supporttype",
            unique_together={("translation_key", "locale")},
        ),
        migrations.CreateModel(
            name="StandardPage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                (
                    "listing_title",
                    models.CharField(
                        blank=True,
                        help_text="Để trống để dùng tiêu đề của trang.",
                        max_length=255,
                        verbose_name="tiêu đề trong danh sách",
                    ),
                ),
                (
                    "listing_summary",
                    models.TextField(
                        blank=True,
                        help_text="Một hoặc hai câu hiện trong danh sách và thẻ chia sẻ.",
                        verbose_name="tóm tắt trong danh sách",
                    ),
                ),
                (
                    "social_text",
                    models.CharField(
                        blank=True,
                        help_text="Để trống để dùng phần mô tả tìm kiếm.",
                        max_length=255,
                        verbose_name="mô tả khi chia sẻ",
                    ),
                ),
                (
                    "intro",
                    models.TextField(
                        blank=True,
                        help_text="Một hoặc hai câu mở đầu, in đậm dưới tiêu đề.",
                        verbose_name="lời dẫn",
                    ),
                ),
                (
                    "body",
                    wagtail.fields.StreamField(
                        [
                            ("paragraph", 0),
                            ("image", 5),
                            ("quote", 9),
                            ("table", 12),
                            ("video", 15),
                            ("document", 18),
                            ("callout", 22),
                        ],
                        blank=True,
                        block_lookup={
                            0: (
                                "wagtail.blocks.RichTextBlock",
                                (),
                                {
                                    "description": "Văn bản có định dạng.",
                                    "features": [
                                        "h2",
                                        "h3",
                                        "h4",
                                        "bold",
                                        "italic",
                                        "ol",
                                        "ul",
                                        "link",
                                        "document-link",
                                    ],
                                    "icon": "pilcrow",
                                    "label": "Đoạn văn",
                                    "template": "components/blocks/paragraph.html",
                                },
                            ),
                            1: ("wagtail.images.blocks.ImageBlock", [], {"label": "ảnh"}),
                            2: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {
                                    "help_text": "Hiện dưới ảnh.",
                                    "label": "chú thích",
                                    "required": False,
                                },
                            ),
                            3: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {
                                    "help_text": "Ví dụ: Ảnh: Trung tâm Khuyến công",
                                    "label": "nguồn ảnh",
                                    "required": False,
                                },
                            ),
                            4: (
                                "wagtail.blocks.ChoiceBlock",
                                [],
                                {
                                    "choices": [
                                        ("full", "toàn chiều rộng"),
                                        ("left", "trái"),
                                        ("right", "phải"),
                                    ],
                                    "label": "căn lề",
                                },
                            ),
                            5: (
                                "wagtail.blocks.StructBlock",
                                [[("image", 1), ("caption", 2), ("credit", 3), ("alignment", 4)]],
                                {},
                            ),
                            6: ("wagtail.blocks.TextBlock", (), {"label": "trích dẫn"}),
                            7: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "người nói", "required": False},
                            ),
                            8: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "chức vụ", "required": False},
                            ),
                            9: (
                                "wagtail.blocks.StructBlock",
                                [[("text", 6), ("attribution", 7), ("role", 8)]],
                                {},
                            ),
                            10: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "tiêu đề bảng", "required": False},
                            ),
                            11: (
                                "wagtail.contrib.table_block.blocks.TableBlock",
                                (),
                                {"label": "bảng"},
                            ),
                            12: (
                                "wagtail.blocks.StructBlock",
                                [[("caption", 10), ("table", 11)]],
                                {},
                            ),
                            13: (
                                "wagtail.embeds.blocks.EmbedBlock",
                                (),
                                {
                                    "help_text": "Ví dụ: đường dẫn YouTube.",
                                    "label": "địa chỉ video",
                                },
                            ),
                            14: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "chú thích", "required": False},
                            ),
                            15: (
                                "wagtail.blocks.StructBlock",
                                [[("video", 13), ("caption", 14)]],
                                {},
                            ),
                            16: (
                                "wagtail.documents.blocks.DocumentChooserBlock",
                                (),
                                {"label": "tài liệu"},
                            ),
                            17: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {
                                    "help_text": "Để trống để dùng tên tài liệu.",
                                    "label": "tên hiển thị",
                                    "required": False,
                                },
                            ),
                            18: (
                                "wagtail.blocks.StructBlock",
                                [[("document", 16), ("title", 17)]],
                                {},
                            ),
                            19: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "tiêu đề", "required": False},
                            ),
                            20: (
                                "wagtail.blocks.RichTextBlock",
                                (),
                                {"features": ["bold", "italic", "link", "ul"], "label": "nội dung"},
                            ),
                            21: (
                                "wagtail.blocks.ChoiceBlock",
                                [],
                                {
                                    "choices": [("info", "thông tin"), ("important", "quan trọng")],
                                    "label": "kiểu",
                                },
                            ),
                            22: (
                                "wagtail.blocks.StructBlock",
                                [[("title", 19), ("text", 20), ("style", 21)]],
                                {},
                            ),
                        },
                        help_text="Các đoạn văn, ảnh có chú thích, bảng, tài liệu.",
                        verbose_name="nội dung",
                    ),
                ),
                (
                    "listing_image",
                    models.ForeignKey(
                        blank=True,
                        help_text="Để trống để dùng ảnh chính của trang.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailimages.image",
                        verbose_name="ảnh trong danh sách",
                    ),
                ),
                (
                    "social_image",
                    models.ForeignKey(
                        blank=True,
                        help_text="Ảnh ngang, tối thiểu 1200×630 điểm ảnh.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailimages.image",
                        verbose_name="ảnh chia sẻ mạng xã hội",
                    ),
                ),
            ],
            options={
                "verbose_name": "trang nội dung",
                "verbose_name_plural": "trang nội dung",
            },
            bases=("wagtailcore.page", models.Model),
        ),
        migrations.RunPython(fill_taxonomy, migrations.RunPython.noop),
        migrations.RunPython(create_homepage, migrations.RunPython.noop),
        migrations.RunPython(keep_diacritics, default_tokenizer, elidable=False),
        migrations.RunPython(create_groups, migrations.RunPython.noop),
        migrations.RunPython(create_workflow, migrations.RunPython.noop),
    ]
