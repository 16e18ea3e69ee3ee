"""The news app's models, reader comments, their moderators' group and the editors'
permissions on the news snippets, with their help texts.

Squashes 0001–0006 (a database that applied those has nothing to do here).
"""

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
import modelcluster.contrib.taggit
import modelcluster.fields
import modelsearch.index
import uuid
import wagtail.contrib.routable_page.models
import wagtail.fields
import website.models.mixins
from django.conf import settings
from django.db import migrations, models

from website.groups import ADMINISTRATORS, EDITORS, MODERATORS, grant

# From 0003_comment_moderators: who may moderate reader comments. A group of its own,
# "Kiểm duyệt ý kiến bạn đọc" (comment moderators), with exactly what moderation needs:
# the admin, and viewing, changing (status, reply) and deleting reader comments.
# "Kiểm duyệt" and "Quản trị" get the same permissions; "Biên tập viên" does not.
# Nobody gets ``add``: comments come from the public form only.
COMMENT_MODERATORS = "Kiểm duyệt ý kiến bạn đọc"
COMMENT_PERMISSIONS = [
    "news.view_readercomment",
    "news.change_readercomment",
    "news.delete_readercomment",
]


def grant_permissions(apps, schema_editor):
    grant(
        apps,
        {
            COMMENT_MODERATORS: ["wagtailadmin.access_admin", *COMMENT_PERMISSIONS],
            MODERATORS: COMMENT_PERMISSIONS,
            ADMINISTRATORS: COMMENT_PERMISSIONS,
        },
    )


# From 0004_group_permissions: editors manage the news categories, authors and tags;
# moderators may also delete them.
SNIPPETS = ("newscategory", "author", "newstag")
PERMISSIONS = {
    EDITORS: [f"news.{a}_{m}" for m in SNIPPETS for a in ("add", "change", "view")],
    MODERATORS: [f"news.{a}_{m}" for m in SNIPPETS for a in ("add", "change", "delete", "view")],
    ADMINISTRATORS: [
        f"news.{a}_{m}" for m in SNIPPETS for a in ("add", "change", "delete", "view")
    ],
}


def add_permissions(apps, schema_editor):
    grant(apps, PERMISSIONS)


class Migration(migrations.Migration):
    replaces = [
        ("news", "0001_initial"),
        ("news", "0002_reader_comments"),
        ("news", "0003_comment_moderators"),
        ("news", "0004_group_permissions"),
        ("news", "0005_help_texts"),
        ("news", "0006_comment_help_texts"),
    ]

    initial = True

    dependencies = [
        ("auth", "__first__"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailcore", "__first__"),
        ("wagtailimages", "0027_image_description"),
        ("website", "0001_squashed_0006_help_texts"),
    ]

    operations = [
        migrations.CreateModel(
            name="NewsTag",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=100, unique=True, verbose_name="name")),
                (
                    "slug",
                    models.SlugField(
                        allow_unicode=True, max_length=100, unique=True, verbose_name="slug"
                    ),
                ),
            ],
            options={
                "verbose_name": "thẻ tin",
                "verbose_name_plural": "thẻ tin",
            },
        ),
        migrations.CreateModel(
            name="PageViewTotal",
            fields=[
                (
                    "page",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="view_total",
                        serialize=False,
                        to=settings.WAGTAIL_PAGE_MODEL,
                        verbose_name="trang",
                    ),
                ),
                ("views", models.PositiveBigIntegerField(default=0, verbose_name="lượt xem")),
            ],
            options={
                "verbose_name": "tổng lượt xem",
                "verbose_name_plural": "tổng lượt xem",
            },
        ),
        migrations.CreateModel(
            name="Author",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                ("name", models.CharField(max_length=255, verbose_name="họ và tên")),
                (
                    "role",
                    models.CharField(
                        blank=True,
                        help_text="Ví dụ: Cục trưởng Cục Công Thương địa phương",
                        max_length=255,
                        verbose_name="chức vụ",
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
                "verbose_name": "tác giả",
                "verbose_name_plural": "tác giả",
                "ordering": ["name"],
                "abstract": False,
                "unique_together": {("translation_key", "locale")},
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name="NewsCategory",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                ("name", models.CharField(max_length=255, verbose_name="tên")),
                (
                    "slug",
                    models.SlugField(
                        help_text="Chữ không dấu, dùng trong địa chỉ trang chuyên mục.",
                        max_length=100,
                        verbose_name="mã đường dẫn",
                    ),
                ),
                ("description", models.TextField(blank=True, verbose_name="mô tả")),
                ("sort_order", models.PositiveSmallIntegerField(default=0, verbose_name="thứ tự")),
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
                "verbose_name": "chuyên mục tin",
                "verbose_name_plural": "chuyên mục tin",
                "ordering": ["sort_order", "name"],
                "abstract": False,
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name="NewsArticlePage",
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
                        help_text="Đoạn mở đầu, văn bản thuần; hiện trong danh sách và mô tả trang.",
                        verbose_name="sa pô",
                    ),
                ),
                (
                    "publish_date",
                    models.DateTimeField(
                        blank=True,
                        db_index=True,
                        help_text="Để trống để dùng thời điểm xuất bản lần đầu.",
                        null=True,
                        verbose_name="ngày đăng",
                    ),
                ),
                (
                    "hero_alt",
                    models.CharField(
                        blank=True,
                        help_text="Mô tả ảnh cho người không nhìn thấy; để trống để dùng mô tả của ảnh.",
                        max_length=255,
                        verbose_name="văn bản thay thế của ảnh chính",
                    ),
                ),
                (
                    "hero_caption",
                    models.CharField(
                        blank=True, max_length=500, verbose_name="chú thích ảnh chính"
                    ),
                ),
                (
                    "hero_credit",
                    models.CharField(
                        blank=True,
                        help_text="Ví dụ: Ảnh: Trung tâm Khuyến công",
                        max_length=255,
                        verbose_name="nguồn ảnh chính",
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
                        verbose_name="nội dung",
                    ),
                ),
                (
                    "source",
                    models.CharField(
                        blank=True,
                        help_text="Cơ quan, đơn vị cung cấp tin. Ví dụ: Trung tâm Khuyến công Nghệ An",
                        max_length=255,
                        verbose_name="nguồn tin",
                    ),
                ),
                (
                    "reader_comments_open",
                    models.BooleanField(default=True, verbose_name="cho phép bạn đọc gửi ý kiến"),
                ),
                (
                    "author",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="news.author",
                        verbose_name="tác giả",
                    ),
                ),
                (
                    "hero_image",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailimages.image",
                        verbose_name="ảnh chính",
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
                    "category",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="news.newscategory",
                        verbose_name="chuyên mục",
                    ),
                ),
            ],
            options={
                "verbose_name": "bài viết",
                "verbose_name_plural": "bài viết",
            },
            bases=("wagtailcore.page", models.Model),
        ),
        migrations.CreateModel(
            name="NewsIndexPage",
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
                ("intro", models.TextField(blank=True, verbose_name="lời giới thiệu")),
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
                "verbose_name": "trang tin tức",
                "verbose_name_plural": "trang tin tức",
            },
            bases=(
                wagtail.contrib.routable_page.models.RoutablePageMixin,
                website.models.mixins.LocaleSingletonMixin,
                "wagtailcore.page",
                models.Model,
            ),
        ),
        migrations.CreateModel(
            name="NewsRelatedArticle",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="news.newsarticlepage",
                        verbose_name="bài viết",
                    ),
                ),
                (
                    "page",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="related_links",
                        to="news.newsarticlepage",
                    ),
                ),
            ],
            options={
                "verbose_name": "tin liên quan",
                "verbose_name_plural": "tin liên quan",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="NewsArticleTag",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "content_object",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="tagged_items",
                        to="news.newsarticlepage",
                    ),
                ),
                (
                    "tag",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="tagged_articles",
                        to="news.newstag",
                    ),
                ),
            ],
            options={
                "verbose_name": "thẻ của bài viết",
                "verbose_name_plural": "thẻ của bài viết",
            },
        ),
        migrations.AddField(
            model_name="newsarticlepage",
            name="tags",
            field=modelcluster.contrib.taggit.ClusterTaggableManager(
                blank=True,
                help_text="A comma-separated list of tags.",
                through="news.NewsArticleTag",
                to="news.NewsTag",
                verbose_name="thẻ",
            ),
        ),
        migrations.CreateModel(
            name="PageViewDay",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("day", models.DateField(verbose_name="ngày")),
                ("views", models.PositiveIntegerField(default=0, verbose_name="lượt xem")),
                (
                    "page",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="view_days",
                        to=settings.WAGTAIL_PAGE_MODEL,
                        verbose_name="trang",
                    ),
                ),
            ],
            options={
                "verbose_name": "lượt xem trong ngày",
                "verbose_name_plural": "lượt xem trong ngày",
            },
        ),
        migrations.AddConstraint(
            model_name="newscategory",
            constraint=models.UniqueConstraint(
                fields=("locale", "slug"), name="unique_news_category_slug"
            ),
        ),
        migrations.AlterUniqueTogether(
            name="newscategory",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AddIndex(
            model_name="pageviewday",
            index=models.Index(fields=["day", "page"], name="news_pageviewday_day_page"),
        ),
        migrations.AddConstraint(
            model_name="pageviewday",
            constraint=models.UniqueConstraint(fields=("page", "day"), name="unique_page_view_day"),
        ),
        migrations.AlterField(
            model_name="author",
            name="name",
            field=models.CharField(
                help_text="Họ và tên như in ở cuối bài.", max_length=255, verbose_name="họ và tên"
            ),
        ),
        migrations.AlterField(
            model_name="newsarticlepage",
            name="author",
            field=models.ForeignKey(
                blank=True,
                help_text="Người viết bài; thêm tác giả mới trong Tin tức → Tác giả.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="news.author",
                verbose_name="tác giả",
            ),
        ),
        migrations.AlterField(
            model_name="newsarticlepage",
            name="body",
            field=wagtail.fields.StreamField(
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
                        {"help_text": "Hiện dưới ảnh.", "label": "chú thích", "required": False},
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
                    7: ("wagtail.blocks.CharBlock", (), {"label": "người nói", "required": False}),
                    8: ("wagtail.blocks.CharBlock", (), {"label": "chức vụ", "required": False}),
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
                    11: ("wagtail.contrib.table_block.blocks.TableBlock", (), {"label": "bảng"}),
                    12: ("wagtail.blocks.StructBlock", [[("caption", 10), ("table", 11)]], {}),
                    13: (
                        "wagtail.embeds.blocks.EmbedBlock",
                        (),
                        {"help_text": "Ví dụ: đường dẫn YouTube.", "label": "địa chỉ video"},
                    ),
                    14: ("wagtail.blocks.CharBlock", (), {"label": "chú thích", "required": False}),
                    15: ("wagtail.blocks.StructBlock", [[("video", 13), ("caption", 14)]], {}),
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
                    18: ("wagtail.blocks.StructBlock", [[("document", 16), ("title", 17)]], {}),
                    19: ("wagtail.blocks.CharBlock", (), {"label": "tiêu đề", "required": False}),
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
                help_text="Các đoạn văn, ảnh có chú thích, trích dẫn, bảng, tài liệu, video.",
                verbose_name="nội dung",
            ),
        ),
        migrations.AlterField(
            model_name="newsarticlepage",
            name="category",
            field=models.ForeignKey(
                help_text="Chuyên mục chính của bài; bài hiện trong trang chuyên mục này.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="news.newscategory",
                verbose_name="chuyên mục",
            ),
        ),
        migrations.AlterField(
            model_name="newsarticlepage",
            name="hero_caption",
            field=models.CharField(
                blank=True,
                help_text="Một câu mô tả ảnh, hiện dưới ảnh.",
                max_length=500,
                verbose_name="chú thích ảnh chính",
            ),
        ),
        migrations.AlterField(
            model_name="newsarticlepage",
            name="hero_image",
            field=models.ForeignKey(
                blank=True,
                help_text="Ảnh ngang, rộng tối thiểu 1200 điểm ảnh; đặt điểm lấy nét trong thư viện ảnh để ảnh cắt đúng chỗ.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailimages.image",
                verbose_name="ảnh chính",
            ),
        ),
        migrations.AlterField(
            model_name="newsarticlepage",
            name="reader_comments_open",
            field=models.BooleanField(
                default=True,
                help_text="Bỏ chọn để tắt ô gửi ý kiến dưới bài.",
                verbose_name="cho phép bạn đọc gửi ý kiến",
            ),
        ),
        migrations.AlterField(
            model_name="newscategory",
            name="description",
            field=models.TextField(
                blank=True,
                help_text="Một câu giới thiệu, hiện đầu trang chuyên mục.",
                verbose_name="mô tả",
            ),
        ),
        migrations.AlterField(
            model_name="newscategory",
            name="name",
            field=models.CharField(
                help_text="Tên chuyên mục như hiện trên trang.", max_length=255, verbose_name="tên"
            ),
        ),
        migrations.AlterField(
            model_name="newscategory",
            name="sort_order",
            field=models.PositiveSmallIntegerField(
                default=0,
                help_text="Số nhỏ đứng trước trong bộ lọc chuyên mục.",
                verbose_name="thứ tự",
            ),
        ),
        migrations.AlterField(
            model_name="newsindexpage",
            name="intro",
            field=models.TextField(
                blank=True,
                help_text="Một đoạn ngắn ở đầu trang danh sách tin.",
                verbose_name="lời giới thiệu",
            ),
        ),
        migrations.AlterField(
            model_name="newsrelatedarticle",
            name="article",
            field=models.ForeignKey(
                help_text="Bài viết hiện trong mục Tin liên quan.",
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="news.newsarticlepage",
                verbose_name="bài viết",
            ),
        ),
        migrations.CreateModel(
            name="ReaderComment",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        help_text="Tên bạn đọc tự ghi, được hiện công khai.",
                        max_length=80,
                        verbose_name="họ và tên",
                    ),
                ),
                (
                    "email",
                    models.EmailField(
                        blank=True,
                        db_index=True,
                        help_text="Không bao giờ công bố.",
                        max_length=254,
                        verbose_name="thư điện tử",
                    ),
                ),
                (
                    "body",
                    models.TextField(
                        help_text="Văn bản thuần, hiện đúng như bạn đọc gõ (không có HTML).",
                        max_length=2000,
                        validators=[django.core.validators.MinLengthValidator(5)],
                        verbose_name="ý kiến",
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("pending", "Chờ duyệt"),
                            ("approved", "Đã duyệt"),
                            ("rejected", "Bị từ chối"),
                            ("spam", "Thư rác"),
                        ],
                        db_index=True,
                        default="pending",
                        help_text="Chỉ ý kiến đã duyệt mới hiện dưới bài viết.",
                        max_length=10,
                        verbose_name="trạng thái",
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        default="vi", editable=False, max_length=8, verbose_name="ngôn ngữ"
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(
                        db_index=True,
                        default=django.utils.timezone.now,
                        help_text="Lúc bạn đọc gửi ý kiến.",
                        verbose_name="thời điểm gửi",
                    ),
                ),
                (
                    "moderated_at",
                    models.DateTimeField(
                        blank=True,
                        help_text="Ghi tự động khi ý kiến được duyệt, từ chối hoặc đánh dấu thư rác.",
                        null=True,
                        verbose_name="thời điểm kiểm duyệt",
                    ),
                ),
                (
                    "reply",
                    models.TextField(
                        blank=True,
                        help_text="Hiện dưới ý kiến khi ý kiến được duyệt.",
                        max_length=2000,
                        verbose_name="Ban biên tập trả lời",
                    ),
                ),
                (
                    "spam_reason",
                    models.CharField(
                        blank=True,
                        help_text="Ghi tự động khi bộ lọc chống thư rác chặn ý kiến.",
                        max_length=255,
                        verbose_name="lý do đánh dấu thư rác",
                    ),
                ),
                (
                    "ip_hash",
                    models.CharField(
                        blank=True, editable=False, max_length=64, verbose_name="mã địa chỉ IP"
                    ),
                ),
                (
                    "user_agent",
                    models.CharField(
                        blank=True, editable=False, max_length=255, verbose_name="trình duyệt"
                    ),
                ),
                (
                    "article",
                    models.ForeignKey(
                        help_text="Bài viết mà bạn đọc góp ý.",
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="reader_comments",
                        to="news.newsarticlepage",
                        verbose_name="bài viết",
                    ),
                ),
                (
                    "moderated_by",
                    models.ForeignKey(
                        blank=True,
                        help_text="Ghi tự động: người đã kiểm duyệt ý kiến.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="người kiểm duyệt",
                    ),
                ),
            ],
            options={
                "verbose_name": "ý kiến bạn đọc",
                "verbose_name_plural": "ý kiến bạn đọc",
                "ordering": ["-created_at", "-pk"],
                "indexes": [
                    models.Index(
                        fields=["article", "status", "created_at"], name="news_comment_article"
                    )
                ],
            },
        ),
        migrations.RunPython(grant_permissions, migrations.RunPython.noop),
        migrations.RunPython(add_permissions, migrations.RunPython.noop),
    ]
