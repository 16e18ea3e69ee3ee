"""The policy library's models with their help texts (issuing bodies, vocabularies,
policy pages and their relations, the finder's index page with the guide's text, the
period end year); then the data steps, in their old order and unchanged: the fixed
vocabularies and the central issuing bodies (0002), the editors' and moderators'
permissions on issuing bodies (0003).

Squashes 0001–0007 (a database that applied those has nothing to do here). 0005's data
step, which computed the relation dates of existing documents, is left out: a database
that runs this migration has no documents yet. ``repair_translations`` reads the issuing
bodies below (``policies.wagtail_hooks``).
"""

import uuid

import django.db.models.deletion
import modelcluster.fields
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

import website.models.mixins
from website.groups import ADMINISTRATORS, EDITORS, MODERATORS, grant

NAMESPACE = uuid.UUID("0f6c5a52-8d1e-4b8e-9a57-2b7a0c1d9e31")


KINDS = ["ho-kinh-doanh", "to-hop-tac", "hop-tac-xa", "doanh-nghiep", "don-vi-dich-vu"]


SIZES = ["sieu-nho", "nho", "vua", "lon"]


ISSUERS = [
    # slug, vi, en
    ("quoc-hoi", "Quốc hội", "National Assembly"),
    ("chinh-phu", "Chính phủ", "Government"),
    ("thu-tuong-chinh-phu", "Thủ tướng Chính phủ", "Prime Minister"),
    ("bo-cong-thuong", "Bộ Công Thương", "Ministry of Industry and Trade"),
    ("bo-tai-chinh", "Bộ Tài chính", "Ministry of Finance"),
]


def fill_vocabularies(apps, schema_editor):
    BeneficiaryKind = apps.get_model("policies", "BeneficiaryKind")
    EnterpriseSize = apps.get_model("policies", "EnterpriseSize")
    IssuingBody = apps.get_model("policies", "IssuingBody")
    Locale = apps.get_model("wagtailcore", "Locale")
    for order, code in enumerate(KINDS, start=1):
        BeneficiaryKind.objects.get_or_create(code=code, defaults={"sort_order": order})
    for order, code in enumerate(SIZES, start=1):
        EnterpriseSize.objects.get_or_create(code=code, defaults={"sort_order": order})
    locales = {}
    for code in ("vi", "en"):
        locales[code], _ = Locale.objects.get_or_create(language_code=code)
    for order, (slug, name_vi, name_en) in enumerate(ISSUERS, start=1):
        for code, name in (("vi", name_vi), ("en", name_en)):
            IssuingBody.objects.get_or_create(
                translation_key=uuid.uuid5(NAMESPACE, f"issuer:{slug}"),
                locale=locales[code],
                defaults={"name": name, "slug": slug, "sort_order": order, "level": "trung-uong"},
            )


SNIPPETS = ("issuingbody",)


PERMISSIONS = {
    EDITORS: [f"policies.{a}_{m}" for m in SNIPPETS for a in ("add", "change", "view")],
    MODERATORS: [
        f"policies.{a}_{m}" for m in SNIPPETS for a in ("add", "change", "delete", "view")
    ],
    ADMINISTRATORS: [
        f"policies.{a}_{m}" for m in SNIPPETS for a in ("add", "change", "delete", "view")
    ],
}


def add_permissions(apps, schema_editor):
    grant(apps, PERMISSIONS)


class Migration(migrations.Migration):
    replaces = [
        ("policies", "0001_initial"),
        ("policies", "0002_vocabularies"),
        ("policies", "0003_group_permissions"),
        ("policies", "0004_help_texts"),
        ("policies", "0005_relation_dates"),
        ("policies", "0006_guide_apply"),
        ("policies", "0007_period_end_year"),
    ]

    initial = True

    dependencies = [
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("website", "0001_squashed_0006_help_texts"),
    ]

    operations = [
        migrations.CreateModel(
            name="BeneficiaryKind",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "code",
                    models.CharField(
                        choices=[
                            ("ho-kinh-doanh", "Hộ kinh doanh, cơ sở sản xuất cá thể"),
                            ("to-hop-tac", "Tổ hợp tác"),
                            ("hop-tac-xa", "Hợp tác xã"),
                            ("doanh-nghiep", "Doanh nghiệp"),
                            ("don-vi-dich-vu", "Tổ chức dịch vụ khuyến công"),
                        ],
                        max_length=40,
                        unique=True,
                        verbose_name="mã",
                    ),
                ),
                ("sort_order", models.PositiveSmallIntegerField(default=0, verbose_name="thứ tự")),
            ],
            options={
                "verbose_name": "đối tượng thụ hưởng",
                "verbose_name_plural": "đối tượng thụ hưởng",
                "ordering": ["sort_order"],
            },
        ),
        migrations.CreateModel(
            name="EnterpriseSize",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "code",
                    models.CharField(
                        choices=[
                            ("sieu-nho", "Siêu nhỏ"),
                            ("nho", "Nhỏ"),
                            ("vua", "Vừa"),
                            ("lon", "Lớn"),
                        ],
                        max_length=40,
                        unique=True,
                        verbose_name="mã",
                    ),
                ),
                ("sort_order", models.PositiveSmallIntegerField(default=0, verbose_name="thứ tự")),
            ],
            options={
                "verbose_name": "quy mô",
                "verbose_name_plural": "quy mô",
                "ordering": ["sort_order"],
            },
        ),
        migrations.CreateModel(
            name="DocumentText",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("text", models.TextField(blank=True, verbose_name="nội dung chữ")),
                ("file_hash", models.CharField(blank=True, max_length=40)),
                (
                    "outcome",
                    models.CharField(
                        choices=[
                            ("ok", "đã trích văn bản"),
                            ("empty", "không có chữ (có thể là bản quét)"),
                            ("failed", "không đọc được tệp"),
                            ("unsupported", "định dạng không hỗ trợ"),
                        ],
                        max_length=20,
                        verbose_name="kết quả",
                    ),
                ),
                (
                    "extracted_at",
                    models.DateTimeField(auto_now=True, verbose_name="thời điểm trích"),
                ),
                (
                    "document",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="extracted_text",
                        to="wagtaildocs.document",
                        verbose_name="tài liệu",
                    ),
                ),
            ],
            options={
                "verbose_name": "nội dung chữ của tài liệu",
                "verbose_name_plural": "nội dung chữ của tài liệu",
            },
        ),
        migrations.CreateModel(
            name="IssuingBody",
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
                        help_text="Tên đầy đủ của cơ quan, ví dụ: Bộ Công Thương.",
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
                    "level",
                    models.CharField(
                        choices=[("trung-uong", "Trung ương"), ("dia-phuong", "Địa phương")],
                        default="trung-uong",
                        help_text="Trung ương hay địa phương; dùng trong bộ lọc.",
                        max_length=20,
                        verbose_name="cấp",
                    ),
                ),
                (
                    "sort_order",
                    models.PositiveSmallIntegerField(
                        default=0,
                        help_text="Số nhỏ đứng trước trong bộ lọc.",
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
                "verbose_name": "cơ quan ban hành",
                "verbose_name_plural": "cơ quan ban hành",
                "ordering": ["sort_order", "name"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="PolicyIndexPage",
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
                    wagtail.fields.RichTextField(
                        blank=True,
                        help_text="Một đoạn ngắn phía trên bộ lọc.",
                        verbose_name="lời giới thiệu",
                    ),
                ),
                (
                    "guide_intro",
                    models.TextField(
                        blank=True,
                        help_text="Hiện phía trên bảng câu hỏi dành cho doanh nghiệp.",
                        verbose_name="lời dẫn của mục “Tôi được hỗ trợ gì?”",
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
                (
                    "guide_apply",
                    wagtail.fields.RichTextField(
                        blank=True,
                        help_text="Hiện cuối kết quả “Tôi được hỗ trợ gì?”: hồ sơ gồm gì, hạn nộp, nộp ở đâu; nên dẫn tới trang Hỏi đáp và trang Liên hệ.",
                        verbose_name="cách nộp hồ sơ",
                    ),
                ),
            ],
            options={
                "verbose_name": "thư viện chính sách",
                "verbose_name_plural": "thư viện chính sách",
            },
            bases=(
                wagtail.contrib.routable_page.models.RoutablePageMixin,
                website.models.mixins.LocaleSingletonMixin,
                "wagtailcore.page",
                models.Model,
            ),
        ),
        migrations.CreateModel(
            name="PolicyPage",
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
                    "document_number",
                    models.CharField(
                        db_index=True,
                        help_text="Ví dụ: 1288/QĐ-TTg. Mỗi văn bản chỉ có một trang trong mỗi ngôn ngữ.",
                        max_length=80,
                        verbose_name="số, ký hiệu",
                    ),
                ),
                (
                    "document_type",
                    models.CharField(
                        choices=[
                            ("luat", "Luật"),
                            ("nghi-quyet", "Nghị quyết"),
                            ("nghi-dinh", "Nghị định"),
                            ("quyet-dinh", "Quyết định"),
                            ("thong-tu", "Thông tư"),
                            ("cong-van", "Công văn"),
                            ("ke-hoach", "Kế hoạch"),
                        ],
                        help_text="Loại văn bản quy phạm: luật, nghị định, quyết định, thông tư…",
                        max_length=20,
                        verbose_name="loại văn bản",
                    ),
                ),
                (
                    "signer",
                    models.CharField(
                        blank=True,
                        help_text="Chức vụ và họ tên, ví dụ: Phó Thủ tướng Nguyễn Văn A.",
                        max_length=255,
                        verbose_name="người ký",
                    ),
                ),
                (
                    "issue_date",
                    models.DateField(
                        help_text="Ngày ký ban hành ghi trên văn bản.", verbose_name="ngày ban hành"
                    ),
                ),
                (
                    "effective_date",
                    models.DateField(
                        blank=True,
                        help_text="Để trống nếu văn bản có hiệu lực từ ngày ban hành.",
                        null=True,
                        verbose_name="ngày có hiệu lực",
                    ),
                ),
                (
                    "expiry_date",
                    models.DateField(
                        blank=True,
                        help_text="Từ ngày này văn bản không còn áp dụng. Để trống nếu chưa xác định.",
                        null=True,
                        verbose_name="ngày hết hiệu lực",
                    ),
                ),
                (
                    "summary",
                    wagtail.fields.RichTextField(
                        help_text="Tóm tắt nội dung chính bằng lời dễ hiểu cho doanh nghiệp.",
                        verbose_name="tóm tắt",
                    ),
                ),
                (
                    "support_items",
                    wagtail.fields.StreamField(
                        [("item", 5)],
                        blank=True,
                        block_lookup={
                            0: (
                                "wagtail.snippets.blocks.SnippetChooserBlock",
                                ("website.SupportType",),
                                {"label": "loại hình hỗ trợ"},
                            ),
                            1: (
                                "wagtail.blocks.TextBlock",
                                (),
                                {
                                    "help_text": "Ví dụ: Chi phí mua máy móc, thiết bị tiên tiến để sản xuất.",
                                    "label": "nội dung được hỗ trợ",
                                },
                            ),
                            2: (
                                "wagtail.blocks.IntegerBlock",
                                (),
                                {
                                    "help_text": "Số tiền tối đa cho một cơ sở hoặc một đề án, tính bằng đồng.",
                                    "label": "mức tối đa (đồng)",
                                    "min_value": 0,
                                    "required": False,
                                },
                            ),
                            3: (
                                "wagtail.blocks.IntegerBlock",
                                (),
                                {
                                    "help_text": "Phần trăm chi phí được hỗ trợ, ví dụ 50.",
                                    "label": "tỷ lệ hỗ trợ (%)",
                                    "max_value": 100,
                                    "min_value": 0,
                                    "required": False,
                                },
                            ),
                            4: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {
                                    "help_text": "Ví dụ: không quá 300 triệu đồng một mô hình; áp dụng cho địa bàn khó khăn.",
                                    "label": "ghi chú về mức hỗ trợ",
                                    "required": False,
                                },
                            ),
                            5: (
                                "wagtail.blocks.StructBlock",
                                [
                                    [
                                        ("support_type", 0),
                                        ("what", 1),
                                        ("max_amount", 2),
                                        ("cost_share", 3),
                                        ("level_note", 4),
                                    ]
                                ],
                                {},
                            ),
                        },
                        help_text="Mỗi loại hỗ trợ: nội dung được hỗ trợ, mức tối đa và tỷ lệ chi phí.",
                        verbose_name="nội dung hỗ trợ",
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
                        help_text="Tùy chọn: trích các điều khoản chính, bảng mức hỗ trợ.",
                        verbose_name="nội dung chi tiết",
                    ),
                ),
                (
                    "beneficiary_kinds",
                    modelcluster.fields.ParentalManyToManyField(
                        blank=True,
                        help_text="Để trống nếu áp dụng cho mọi loại hình.",
                        related_name="policies",
                        to="policies.beneficiarykind",
                        verbose_name="loại hình cơ sở được hỗ trợ",
                    ),
                ),
                (
                    "enterprise_sizes",
                    modelcluster.fields.ParentalManyToManyField(
                        blank=True,
                        help_text="Để trống nếu áp dụng cho mọi quy mô.",
                        related_name="policies",
                        to="policies.enterprisesize",
                        verbose_name="quy mô",
                    ),
                ),
                (
                    "issuing_body",
                    models.ForeignKey(
                        help_text="Cơ quan ban hành; thêm cơ quan mới trong Chính sách hỗ trợ → Cơ quan ban hành.",
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="policies",
                        to="policies.issuingbody",
                        verbose_name="cơ quan ban hành",
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
                    "provinces",
                    modelcluster.fields.ParentalManyToManyField(
                        blank=True,
                        help_text="Để trống cả vùng và tỉnh nếu văn bản áp dụng trên cả nước.",
                        related_name="policies",
                        to="website.province",
                        verbose_name="tỉnh, thành phố áp dụng",
                    ),
                ),
                (
                    "regions",
                    modelcluster.fields.ParentalManyToManyField(
                        blank=True,
                        help_text="Để trống nếu văn bản áp dụng toàn quốc.",
                        related_name="policies",
                        to="website.region",
                        verbose_name="vùng áp dụng",
                    ),
                ),
                (
                    "sectors",
                    modelcluster.fields.ParentalManyToManyField(
                        blank=True,
                        help_text="Để trống nếu áp dụng cho mọi ngành nghề.",
                        related_name="policies",
                        to="website.sector",
                        verbose_name="ngành nghề",
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
                (
                    "support_types",
                    modelcluster.fields.ParentalManyToManyField(
                        blank=True,
                        editable=False,
                        related_name="policies",
                        to="website.supporttype",
                        verbose_name="loại hình hỗ trợ",
                    ),
                ),
                (
                    "amended_from",
                    models.DateField(
                        blank=True,
                        editable=False,
                        help_text="Ngày văn bản sửa đổi đầu tiên có hiệu lực (tự tính).",
                        null=True,
                        verbose_name="bị sửa đổi từ ngày",
                    ),
                ),
                (
                    "replaced_from",
                    models.DateField(
                        blank=True,
                        editable=False,
                        help_text="Ngày văn bản thay thế đầu tiên có hiệu lực (tự tính).",
                        null=True,
                        verbose_name="bị thay thế từ ngày",
                    ),
                ),
                (
                    "period_end_year",
                    models.PositiveSmallIntegerField(
                        blank=True,
                        help_text="Với chương trình, kế hoạch có thời hạn (ví dụ giai đoạn 2021-2025): năm cuối. Từ ngày 1 tháng 1 năm sau, văn bản được coi là hết hiệu lực. Để trống nếu văn bản không có thời hạn.",
                        null=True,
                        verbose_name="thực hiện đến hết năm",
                    ),
                ),
            ],
            options={
                "verbose_name": "văn bản chính sách",
                "verbose_name_plural": "văn bản chính sách",
            },
            bases=("wagtailcore.page", models.Model),
        ),
        migrations.CreateModel(
            name="PolicyAttachment",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "title",
                    models.CharField(
                        blank=True,
                        help_text="Để trống để dùng tên tài liệu.",
                        max_length=255,
                        verbose_name="tên hiển thị",
                    ),
                ),
                (
                    "document",
                    models.ForeignKey(
                        help_text="Tệp PDF hoặc DOCX của văn bản; nội dung được tìm kiếm được.",
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="wagtaildocs.document",
                        verbose_name="tệp",
                    ),
                ),
                (
                    "page",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="attachments",
                        to="policies.policypage",
                    ),
                ),
            ],
            options={
                "verbose_name": "tệp đính kèm",
                "verbose_name_plural": "tệp đính kèm",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="PolicyRelation",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "kind",
                    models.CharField(
                        choices=[("thay-the", "Thay thế"), ("sua-doi", "Sửa đổi, bổ sung")],
                        help_text="Văn bản này thay thế hay sửa đổi văn bản được chọn.",
                        max_length=20,
                        verbose_name="quan hệ",
                    ),
                ),
                (
                    "page",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="relations",
                        to="policies.policypage",
                    ),
                ),
                (
                    "target",
                    models.ForeignKey(
                        help_text="Văn bản bị thay thế hoặc sửa đổi.",
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="incoming_relations",
                        to="policies.policypage",
                        verbose_name="văn bản",
                    ),
                ),
            ],
            options={
                "verbose_name": "văn bản liên quan",
                "verbose_name_plural": "văn bản liên quan",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.AddConstraint(
            model_name="issuingbody",
            constraint=models.UniqueConstraint(
                fields=("locale", "slug"), name="unique_issuingbody_slug"
            ),
        ),
        migrations.AlterUniqueTogether(
            name="issuingbody",
            unique_together={("translation_key", "locale")},
        ),
        migrations.RunPython(fill_vocabularies, migrations.RunPython.noop),
        migrations.RunPython(add_permissions, migrations.RunPython.noop),
    ]
