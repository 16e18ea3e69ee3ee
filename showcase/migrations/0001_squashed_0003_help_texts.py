"""The showcase app's models with their help texts, and the moderators' and
administrators' permissions on producer inquiries.

Squashes 0001–0003 (a database that applied those has nothing to do here).
"""

import django.core.validators
import django.db.models.deletion
import modelcluster.fields
import showcase.models.taxonomy
import wagtail.fields
import website.models.mixins
from django.conf import settings
from django.db import migrations, models

from website.groups import ADMINISTRATORS, MODERATORS, grant

# From 0002_group_permissions: moderators read and handle the producer inquiries;
# administrators may also delete them.
PERMISSIONS = {
    MODERATORS: ["showcase.view_producerinquiry", "showcase.change_producerinquiry"],
    ADMINISTRATORS: [f"showcase.{a}_producerinquiry" for a in ("add", "change", "delete", "view")],
}


def add_permissions(apps, schema_editor):
    grant(apps, PERMISSIONS)


class Migration(migrations.Migration):
    replaces = [
        ("showcase", "0001_initial"),
        ("showcase", "0002_group_permissions"),
        ("showcase", "0003_help_texts"),
    ]

    initial = True

    dependencies = [
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("website", "0001_squashed_0006_help_texts"),
    ]

    operations = [
        migrations.CreateModel(
            name="CaseStudyPage",
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
                    "lead",
                    models.TextField(
                        help_text="Hai, ba câu: ai được hỗ trợ gì, kết quả.", verbose_name="tóm tắt"
                    ),
                ),
                (
                    "enterprise_name",
                    models.CharField(
                        help_text="Tên đầy đủ của cơ sở được hỗ trợ.",
                        max_length=255,
                        verbose_name="tên cơ sở",
                    ),
                ),
                (
                    "enterprise_kind",
                    models.CharField(
                        choices=[
                            ("doanh-nghiep", "Doanh nghiệp"),
                            ("hop-tac-xa", "Hợp tác xã"),
                            ("ho-kinh-doanh", "Hộ kinh doanh"),
                            ("co-so-cnnt", "Cơ sở công nghiệp nông thôn"),
                        ],
                        default="doanh-nghiep",
                        help_text="Doanh nghiệp, hợp tác xã, hộ kinh doanh hay cơ sở công nghiệp nông thôn.",
                        max_length=20,
                        verbose_name="loại hình cơ sở",
                    ),
                ),
                (
                    "programme",
                    models.CharField(
                        choices=[
                            ("quoc-gia", "Khuyến công quốc gia"),
                            ("dia-phuong", "Khuyến công địa phương"),
                        ],
                        default="quoc-gia",
                        help_text="Khuyến công quốc gia hay khuyến công địa phương.",
                        max_length=20,
                        verbose_name="chương trình",
                    ),
                ),
                (
                    "year_start",
                    models.PositiveSmallIntegerField(
                        db_index=True,
                        help_text="Năm bắt đầu được hỗ trợ.",
                        validators=[
                            django.core.validators.MinValueValidator(1990),
                            django.core.validators.MaxValueValidator(2100),
                        ],
                        verbose_name="năm được hỗ trợ",
                    ),
                ),
                (
                    "year_end",
                    models.PositiveSmallIntegerField(
                        blank=True,
                        help_text="Để trống nếu chỉ hỗ trợ trong một năm.",
                        null=True,
                        validators=[
                            django.core.validators.MinValueValidator(1990),
                            django.core.validators.MaxValueValidator(2100),
                        ],
                        verbose_name="đến năm",
                    ),
                ),
                (
                    "state_support",
                    models.PositiveBigIntegerField(
                        db_index=True,
                        help_text="Số tiền nhà nước hỗ trợ, tính bằng đồng.",
                        verbose_name="kinh phí nhà nước hỗ trợ (đồng)",
                    ),
                ),
                (
                    "total_investment",
                    models.PositiveBigIntegerField(
                        blank=True,
                        help_text="Tổng vốn đầu tư của mô hình, tính bằng đồng.",
                        null=True,
                        verbose_name="tổng vốn đầu tư (đồng)",
                    ),
                ),
                (
                    "technology",
                    models.TextField(
                        help_text="Dây chuyền, thiết bị hoặc công nghệ được hỗ trợ.",
                        verbose_name="máy móc, công nghệ",
                    ),
                ),
                (
                    "outcomes",
                    wagtail.fields.StreamField(
                        [("outcome", 4)],
                        blank=True,
                        block_lookup={
                            0: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {
                                    "help_text": "Ví dụ: Doanh thu, Năng suất, Lao động",
                                    "label": "chỉ tiêu",
                                    "max_length": 80,
                                },
                            ),
                            1: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {
                                    "help_text": "Ví dụ: triệu đồng/năm",
                                    "label": "đơn vị",
                                    "max_length": 40,
                                    "required": False,
                                },
                            ),
                            2: (
                                "wagtail.blocks.DecimalBlock",
                                (),
                                {"decimal_places": 2, "label": "trước khi hỗ trợ"},
                            ),
                            3: (
                                "wagtail.blocks.DecimalBlock",
                                (),
                                {"decimal_places": 2, "label": "sau khi hỗ trợ"},
                            ),
                            4: (
                                "wagtail.blocks.StructBlock",
                                [[("indicator", 0), ("unit", 1), ("before", 2), ("after", 3)]],
                                {},
                            ),
                        },
                        help_text="Mỗi chỉ tiêu một dòng; trang tự tính mức thay đổi, ví dụ Doanh thu +20%.",
                        verbose_name="kết quả trước và sau",
                    ),
                ),
                (
                    "replications",
                    models.PositiveIntegerField(
                        default=0,
                        help_text="Số cơ sở khác đã học tập, áp dụng mô hình.",
                        verbose_name="số cơ sở nhân rộng",
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
                        help_text="Bài viết đầy đủ về mô hình: các đoạn văn, ảnh, bảng.",
                        verbose_name="nội dung",
                    ),
                ),
                (
                    "address",
                    models.CharField(
                        blank=True,
                        help_text="Địa chỉ của cơ sở thực hiện mô hình.",
                        max_length=255,
                        verbose_name="địa chỉ",
                    ),
                ),
                (
                    "contact_person",
                    models.CharField(
                        blank=True,
                        help_text="Người bạn đọc có thể liên hệ để tham quan, học tập.",
                        max_length=120,
                        verbose_name="người liên hệ",
                    ),
                ),
                (
                    "phone",
                    models.CharField(
                        blank=True,
                        help_text="Số điện thoại liên hệ của cơ sở.",
                        max_length=40,
                        verbose_name="điện thoại",
                    ),
                ),
                (
                    "email",
                    models.EmailField(
                        blank=True,
                        help_text="Thư điện tử liên hệ của cơ sở (không bắt buộc).",
                        max_length=254,
                        verbose_name="thư điện tử",
                    ),
                ),
                (
                    "website",
                    models.URLField(
                        blank=True,
                        help_text="Trang web của cơ sở (không bắt buộc).",
                        verbose_name="trang web",
                    ),
                ),
                (
                    "featured",
                    models.BooleanField(
                        default=False,
                        help_text="Trang chủ ưu tiên các mô hình được đánh dấu, sau đó đến mô hình mới nhất.",
                        verbose_name="nổi bật trên trang chủ",
                    ),
                ),
                (
                    "view_count",
                    models.PositiveIntegerField(default=0, editable=False, verbose_name="lượt xem"),
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
                    "province",
                    models.ForeignKey(
                        help_text="Tỉnh, thành phố nơi cơ sở hoạt động; vùng được suy ra từ đây.",
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="website.province",
                        verbose_name="tỉnh, thành phố",
                    ),
                ),
                (
                    "sector",
                    models.ForeignKey(
                        help_text="Ngành nghề chính của mô hình.",
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
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
                        help_text="Chọn mọi loại hình hỗ trợ cơ sở đã nhận.",
                        related_name="+",
                        to="website.supporttype",
                        verbose_name="loại hình hỗ trợ",
                    ),
                ),
            ],
            options={
                "verbose_name": "mô hình trình diễn",
                "verbose_name_plural": "mô hình trình diễn",
            },
            bases=(
                showcase.models.taxonomy.LocalizedTaxonomyMixin,
                "wagtailcore.page",
                models.Model,
            ),
        ),
        migrations.CreateModel(
            name="ProductPage",
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
                    "producer_name",
                    models.CharField(
                        help_text="Tên cơ sở, hợp tác xã hoặc doanh nghiệp làm ra sản phẩm.",
                        max_length=255,
                        verbose_name="cơ sở sản xuất",
                    ),
                ),
                (
                    "producer_address",
                    models.CharField(
                        blank=True,
                        help_text="Địa chỉ của cơ sở sản xuất.",
                        max_length=255,
                        verbose_name="địa chỉ",
                    ),
                ),
                (
                    "producer_phone",
                    models.CharField(
                        blank=True,
                        help_text="Số điện thoại của cơ sở sản xuất.",
                        max_length=40,
                        verbose_name="điện thoại",
                    ),
                ),
                (
                    "producer_email",
                    models.EmailField(
                        blank=True,
                        help_text="Thư điện tử của cơ sở (không bắt buộc).",
                        max_length=254,
                        verbose_name="thư điện tử",
                    ),
                ),
                (
                    "producer_website",
                    models.URLField(
                        blank=True,
                        help_text="Trang web của cơ sở (không bắt buộc).",
                        verbose_name="trang web",
                    ),
                ),
                (
                    "product_group",
                    models.CharField(
                        choices=[
                            (
                                "che-bien-nong-lam-thuy-san",
                                "Nông, lâm, thủy sản chế biến và đồ uống",
                            ),
                            ("thu-cong-my-nghe", "Thủ công mỹ nghệ"),
                            ("co-khi", "Thiết bị, máy móc, dụng cụ và phụ tùng cơ khí"),
                            ("khac", "Sản phẩm khác"),
                        ],
                        db_index=True,
                        help_text="Nhóm sản phẩm dùng trong bộ lọc triển lãm.",
                        max_length=40,
                        verbose_name="nhóm sản phẩm",
                    ),
                ),
                (
                    "award_level",
                    models.CharField(
                        choices=[
                            ("cap-tinh", "Cấp tỉnh"),
                            ("cap-vung", "Cấp khu vực"),
                            ("cap-quoc-gia", "Cấp quốc gia"),
                        ],
                        db_index=True,
                        help_text="Cấp bình chọn: tỉnh, vùng hay quốc gia.",
                        max_length=20,
                        verbose_name="cấp công nhận",
                    ),
                ),
                (
                    "award_year",
                    models.PositiveSmallIntegerField(
                        db_index=True,
                        help_text="Năm sản phẩm được công nhận.",
                        validators=[
                            django.core.validators.MinValueValidator(1990),
                            django.core.validators.MaxValueValidator(2100),
                        ],
                        verbose_name="năm công nhận",
                    ),
                ),
                (
                    "certificate_number",
                    models.CharField(
                        blank=True,
                        help_text="Số giấy chứng nhận sản phẩm tiêu biểu, nếu có.",
                        max_length=80,
                        verbose_name="số giấy chứng nhận",
                    ),
                ),
                (
                    "description",
                    wagtail.fields.RichTextField(
                        help_text="Giới thiệu sản phẩm: nguyên liệu, cách làm, điểm đặc sắc.",
                        verbose_name="mô tả sản phẩm",
                    ),
                ),
                (
                    "specifications",
                    wagtail.fields.StreamField(
                        [("spec", 2)],
                        blank=True,
                        block_lookup={
                            0: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "thông số", "max_length": 80},
                            ),
                            1: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "giá trị", "max_length": 255},
                            ),
                            2: ("wagtail.blocks.StructBlock", [[("name", 0), ("value", 1)]], {}),
                        },
                        help_text="Thông số kỹ thuật: mỗi dòng một tên và giá trị.",
                        verbose_name="thông số kỹ thuật",
                    ),
                ),
                (
                    "where_to_buy",
                    wagtail.fields.RichTextField(
                        blank=True,
                        help_text="Cửa hàng, điểm bán, sàn thương mại điện tử.",
                        verbose_name="nơi mua",
                    ),
                ),
                (
                    "featured",
                    models.BooleanField(
                        default=False,
                        help_text="Trang chủ ưu tiên các sản phẩm được đánh dấu, sau đó đến sản phẩm mới nhất.",
                        verbose_name="nổi bật trên trang chủ",
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
                    "producer_province",
                    models.ForeignKey(
                        help_text="Tỉnh, thành phố của cơ sở sản xuất; dùng trong bộ lọc.",
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="website.province",
                        verbose_name="tỉnh, thành phố",
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
                "verbose_name": "sản phẩm tiêu biểu",
                "verbose_name_plural": "sản phẩm tiêu biểu",
            },
            bases=(
                showcase.models.taxonomy.LocalizedTaxonomyMixin,
                "wagtailcore.page",
                models.Model,
            ),
        ),
        migrations.CreateModel(
            name="ProducerInquiry",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("product_title", models.CharField(max_length=255, verbose_name="tên sản phẩm")),
                ("name", models.CharField(max_length=120, verbose_name="họ và tên")),
                (
                    "organisation",
                    models.CharField(blank=True, max_length=200, verbose_name="cơ quan, đơn vị"),
                ),
                ("phone", models.CharField(blank=True, max_length=40, verbose_name="điện thoại")),
                (
                    "email",
                    models.EmailField(blank=True, max_length=254, verbose_name="thư điện tử"),
                ),
                ("message", models.TextField(max_length=3000, verbose_name="lời nhắn")),
                ("language", models.CharField(default="vi", max_length=8, verbose_name="ngôn ngữ")),
                (
                    "ip_hash",
                    models.CharField(
                        blank=True, editable=False, max_length=64, verbose_name="mã địa chỉ IP"
                    ),
                ),
                ("is_spam", models.BooleanField(default=False, verbose_name="thư rác")),
                (
                    "spam_reason",
                    models.CharField(
                        blank=True, max_length=255, verbose_name="lý do đánh dấu thư rác"
                    ),
                ),
                ("handled", models.BooleanField(default=False, verbose_name="đã xử lý")),
                ("note", models.TextField(blank=True, verbose_name="ghi chú của biên tập viên")),
                (
                    "created_at",
                    models.DateTimeField(
                        auto_now_add=True, db_index=True, verbose_name="thời điểm gửi"
                    ),
                ),
                (
                    "emailed_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="thời điểm gửi thư"),
                ),
                (
                    "product",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="inquiries",
                        to="showcase.productpage",
                        verbose_name="sản phẩm",
                    ),
                ),
            ],
            options={
                "verbose_name": "yêu cầu liên hệ nhà sản xuất",
                "verbose_name_plural": "yêu cầu liên hệ nhà sản xuất",
                "ordering": ["-created_at"],
            },
        ),
        migrations.CreateModel(
            name="CaseStudyImage",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "caption",
                    models.CharField(
                        blank=True,
                        help_text="Một câu mô tả ảnh, hiện dưới ảnh và trong hộp xem ảnh.",
                        max_length=255,
                        verbose_name="chú thích",
                    ),
                ),
                (
                    "image",
                    models.ForeignKey(
                        help_text="Ảnh cần có mô tả (văn bản thay thế) trong thư viện ảnh.",
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="wagtailimages.image",
                        verbose_name="ảnh",
                    ),
                ),
                (
                    "page",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="gallery_images",
                        to="showcase.casestudypage",
                    ),
                ),
            ],
            options={
                "verbose_name": "ảnh",
                "verbose_name_plural": "ảnh",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="CaseStudyIndexPage",
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
                        help_text="Một đoạn ngắn ở đầu trang danh sách mô hình.",
                        verbose_name="lời giới thiệu",
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
                "verbose_name": "danh sách mô hình trình diễn",
                "verbose_name_plural": "danh sách mô hình trình diễn",
            },
            bases=(website.models.mixins.LocaleSingletonMixin, "wagtailcore.page", models.Model),
        ),
        migrations.CreateModel(
            name="CaseStudyRelatedProduct",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "page",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="related_products",
                        to="showcase.casestudypage",
                    ),
                ),
                (
                    "product",
                    models.ForeignKey(
                        help_text="Sản phẩm tiêu biểu của cơ sở này.",
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="showcase.productpage",
                        verbose_name="sản phẩm",
                    ),
                ),
            ],
            options={
                "verbose_name": "sản phẩm liên quan",
                "verbose_name_plural": "sản phẩm liên quan",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="ProductGalleryPage",
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
                        help_text="Một đoạn ngắn ở đầu trang triển lãm sản phẩm.",
                        verbose_name="lời giới thiệu",
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
                "verbose_name": "triển lãm sản phẩm tiêu biểu",
                "verbose_name_plural": "triển lãm sản phẩm tiêu biểu",
            },
            bases=(website.models.mixins.LocaleSingletonMixin, "wagtailcore.page", models.Model),
        ),
        migrations.CreateModel(
            name="ProductImage",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "caption",
                    models.CharField(
                        blank=True,
                        help_text="Một câu mô tả ảnh, hiện dưới ảnh và trong hộp xem ảnh.",
                        max_length=255,
                        verbose_name="chú thích",
                    ),
                ),
                (
                    "image",
                    models.ForeignKey(
                        help_text="Ảnh cần có mô tả (văn bản thay thế) trong thư viện ảnh.",
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="wagtailimages.image",
                        verbose_name="ảnh",
                    ),
                ),
                (
                    "page",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="images",
                        to="showcase.productpage",
                    ),
                ),
            ],
            options={
                "verbose_name": "ảnh sản phẩm",
                "verbose_name_plural": "ảnh sản phẩm",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.RunPython(add_permissions, migrations.RunPython.noop),
    ]
