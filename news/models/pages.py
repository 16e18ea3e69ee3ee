"""News pages: one index per language and its articles.

Category and tag pages are routes of the index (``RoutablePageMixin``):
``/tin-tuc/chuyen-muc/<slug>/`` and ``/tin-tuc/the/<slug>/`` in Vietnamese,
``/en/news/category/<slug>/`` and ``/en/news/tag/<slug>/`` in English, each with
``rss/`` and ``atom/`` feeds below it.
"""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework import serializers
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail.url_routing import RouteResult
from wagtailmedia.edit_handlers import MediaChooserPanel

from website import page_functions
from website.alt_text import alt_text
from website.blocks import BodyStreamBlock
from website.counter import ViewCounted, view_total
from website.models import BasePage, LocaleSingletonMixin
from website.text import ascii_slug
from website.translation import synchronized

from .snippets import Author, NewsCategory


class ApprovedCommentSerializer(serializers.Serializer):
    name = serializers.CharField()
    created = serializers.DateTimeField(source="created_at")
    body = serializers.CharField()
    reply = serializers.CharField()


# Routes of the index that an article's slug must not shadow.
RESERVED_SLUGS = {"rss", "atom", "chuyen-muc", "category", "the", "tag"}


class NewsTag(TagBase):
    """A tag of the news, with an ASCII slug ("Cơ khí" → "co-khi")."""

    free_tagging = True

    class Meta:
        verbose_name = _("thẻ tin")
        verbose_name_plural = _("thẻ tin")

    def slugify(self, tag, i=None):
        slug = ascii_slug(tag, max_length=90) or "the"
        if i is not None:
            slug = f"{slug}-{i}"
        return slug


class NewsArticleTag(ItemBase):
    tag = models.ForeignKey(NewsTag, on_delete=models.CASCADE, related_name="tagged_articles")
    content_object = ParentalKey(
        "news.NewsArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = _("thẻ của bài viết")
        verbose_name_plural = _("thẻ của bài viết")
        # Related articles read "the newest articles with this tag" from it.
        indexes = [models.Index(fields=["tag", "content_object"], name="news_tag_article_idx")]


class NewsRelatedArticle(Orderable):
    """An article an editor chose to show under another one."""

    page = ParentalKey(
        "news.NewsArticlePage", on_delete=models.CASCADE, related_name="related_links"
    )
    article = models.ForeignKey(
        "news.NewsArticlePage",
        verbose_name=_("bài viết"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Bài viết hiện trong mục Tin liên quan."),
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("tin liên quan")
        verbose_name_plural = _("tin liên quan")


class NewsIndexPage(RoutablePageMixin, LocaleSingletonMixin, BasePage):
    """The news of one language: every article, newest first, with filters and feeds."""

    intro = models.TextField(
        _("lời giới thiệu"), blank=True, help_text=_("Một đoạn ngắn ở đầu trang danh sách tin.")
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["website.HomePage"]
    subpage_types = ["news.NewsArticlePage"]
    template = "pages/news/news_index_page.html"
    per_page = 20

    class Meta:
        verbose_name = _("trang tin tức")
        verbose_name_plural = _("trang tin tức")

    # Routing -----------------------------------------------------------------

    def route(self, request, path_components):
        # An article is fetched with what its page shows in one query, instead of
        # Wagtail's two (the child, then its specific type).
        if self.live and path_components:
            try:
                return self._route_sub(request, path_components)
            except Http404:
                pass
            article = page_functions.get("news", "routed_article")(self, path_components[0])
            if article is not None:
                article.news_index = self
                if "locale" not in self._state.fields_cache:
                    self._state.fields_cache["locale"] = article.locale
                return article.route(request, path_components[1:])
        return super().route(request, path_components)

    def _route_sub(self, request, path_components):
        path = "/" + "/".join(path_components) + "/"
        resolver_match = self.resolve_subpage(path)
        request.routable_resolver_match = resolver_match
        view, args, kwargs = resolver_match
        return RouteResult(self, args=(view, args, kwargs))

    def _en(self):
        return self.locale.language_code == "en"

    def category_url(self, category, feed=None):
        name = "category_en" if self._en() else "category"
        if feed:
            name = f"{name}_{feed}"
        return self.url + self.reverse_subpage(name, kwargs={"slug": category.slug})

    def tag_url(self, tag):
        name = "tag_en" if self._en() else "tag"
        return self.url + self.reverse_subpage(name, kwargs={"slug": tag.slug})

    def route_for_translation(self, other, name, kwargs):
        """(name, kwargs) of this index's route ``name`` on ``other``, the index of
        another language (website.i18n, for hreflang and the language switcher): a
        category's page becomes that of the category's translation (None when it has
        none); a tag's, the same tag's when articles of both languages carry it (tags
        are shared, but each language mostly has its own); paths are in ``other``'s
        language."""
        kind, _, rest = name.partition("_")
        if kind not in {"category", "tag"}:
            return name, kwargs
        if kind == "tag":
            tagged = NewsArticleTag.objects.filter(
                tag__slug=kwargs["slug"], content_object__live=True
            )
            for locale_id in {self.locale_id, other.locale_id}:
                if not tagged.filter(content_object__locale_id=locale_id).exists():
                    return None
        if kind == "category":
            slug = (
                NewsCategory.objects.filter(
                    locale_id=other.locale_id,
                    translation_key__in=NewsCategory.objects.filter(
                        locale_id=self.locale_id, slug=kwargs["slug"]
                    ).values("translation_key"),
                )
                .values_list("slug", flat=True)
                .first()
            )
            if slug is None:
                return None
            kwargs = {**kwargs, "slug": slug}
        feed = rest.removeprefix("en").strip("_")
        language = "en" if other.locale.language_code == "en" else ""
        return "_".join(part for part in (kind, language, feed) if part), kwargs

    def feed_url(self, feed, category=None):
        if category is not None:
            return self.category_url(category, feed)
        return self.url + self.reverse_subpage(feed)

    @path("")
    def all_news(self, request):
        return self.listing(request)

    @path("chuyen-muc/<slug:slug>/", name="category")
    @path("category/<slug:slug>/", name="category_en")
    def category_news(self, request, slug):
        return self.listing(request, category=self.get_category(slug))

    @path("the/<slug:slug>/", name="tag")
    @path("tag/<slug:slug>/", name="tag_en")
    def tag_news(self, request, slug):
        tag = NewsTag.objects.filter(slug=slug).first()
        if tag is None:
            raise Http404
        return self.listing(request, tag=tag)

    @path("rss/", name="rss")
    def rss(self, request):
        return page_functions.get("news", "feed")(self, request, "rss")

    @path("atom/", name="atom")
    def atom(self, request):
        return page_functions.get("news", "feed")(self, request, "atom")

    @path("chuyen-muc/<slug:slug>/rss/", name="category_rss")
    @path("category/<slug:slug>/rss/", name="category_en_rss")
    def category_rss(self, request, slug):
        return page_functions.get("news", "feed")(
            self, request, "rss", category=self.get_category(slug)
        )

    @path("chuyen-muc/<slug:slug>/atom/", name="category_atom")
    @path("category/<slug:slug>/atom/", name="category_en_atom")
    def category_atom(self, request, slug):
        return page_functions.get("news", "feed")(
            self, request, "atom", category=self.get_category(slug)
        )

    def get_sitemap_urls(self, request=None):
        """The index, then each category's page with its translations' pages as
        hreflang alternates (the sitemap gives other URLs the index's own)."""
        urls = super().get_sitemap_urls(request)
        if not self.get_full_url(request):
            return urls
        indexes = {
            index.locale_id: index
            for index in NewsIndexPage.objects.filter(translation_key=self.translation_key)
            .live()
            .select_related("locale")
        }
        own, translations = [], {}
        for category in NewsCategory.objects.filter(locale_id__in=list(indexes)):
            index = indexes[category.locale_id]
            location = index.get_full_url(request) + index.reverse_subpage(
                "category_en" if index._en() else "category", kwargs={"slug": category.slug}
            )
            translations.setdefault(category.translation_key, []).append(
                {"lang_code": index.locale.language_code, "location": location}
            )
            if category.locale_id == self.locale_id:
                own.append((category.translation_key, location))
        for key, location in own:
            url_info = {"location": location, "lastmod": self.last_published_at}
            if len(translations[key]) > 1:
                url_info["alternates"] = translations[key]
            urls.append(url_info)
        return urls

    # Listing -----------------------------------------------------------------

    def get_category(self, slug):
        category = NewsCategory.objects.filter(locale_id=self.locale_id, slug=slug).first()
        if category is None:
            raise Http404
        return category

    def listing(self, request, category=None, tag=None):
        """The list of articles (all, a category's or a tag's): ``news.listing``."""
        return page_functions.get("news", "listing")(self, request, category=category, tag=tag)


class NewsArticlePage(ViewCounted, BasePage):
    """A news article: lead, hero image, body blocks, byline, category and tags."""

    lead = models.TextField(
        _("sa pô"),
        help_text=_("Đoạn mở đầu, văn bản thuần; hiện trong danh sách và mô tả trang."),
    )
    publish_date = models.DateTimeField(
        _("ngày đăng"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Để trống để dùng thời điểm xuất bản lần đầu."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh chính"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Ảnh ngang, rộng tối thiểu 1200 điểm ảnh; đặt điểm lấy nét trong thư viện ảnh để ảnh cắt đúng chỗ."
        ),
    )
    hero_alt = models.CharField(
        _("văn bản thay thế của ảnh chính"),
        max_length=255,
        blank=True,
        help_text=_("Mô tả ảnh cho người không nhìn thấy; để trống để dùng mô tả của ảnh."),
    )
    hero_caption = models.CharField(
        _("chú thích ảnh chính"),
        max_length=500,
        blank=True,
        help_text=_("Một câu mô tả ảnh, hiện dưới ảnh."),
    )
    hero_credit = models.CharField(
        _("nguồn ảnh chính"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: Ảnh: Trung tâm Khuyến công"),
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name=_("nội dung"),
        help_text=_("Các đoạn văn, ảnh có chú thích, trích dẫn, bảng, tài liệu, video."),
    )
    # "Nghe bài viết": a file of the media library (the media model of WAGTAILMEDIA,
    # named by string: news imports no other app).
    audio_version = models.ForeignKey(
        "multimedia.MediaItem",
        verbose_name=_("bản đọc bài viết"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Tệp âm thanh đọc toàn bài (MP3, M4A hoặc Ogg); hiện nút “Nghe bài viết” dưới sa pô."
        ),
    )
    author = models.ForeignKey(
        Author,
        verbose_name=_("tác giả"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Người viết bài; thêm tác giả mới trong Tin tức → Tác giả."),
    )
    source = models.CharField(
        _("nguồn tin"),
        max_length=255,
        blank=True,
        help_text=_("Cơ quan, đơn vị cung cấp tin. Ví dụ: Trung tâm Khuyến công Nghệ An"),
    )
    category = models.ForeignKey(
        NewsCategory,
        verbose_name=_("chuyên mục"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Chuyên mục chính của bài; bài hiện trong trang chuyên mục này."),
    )
    tags = ClusterTaggableManager(through=NewsArticleTag, blank=True, verbose_name=_("thẻ"))
    # Facts the related-news boxes of case studies, products and policies match on.
    provinces = ParentalManyToManyField(
        "website.Province",
        blank=True,
        related_name="+",
        verbose_name=_("tỉnh, thành phố"),
        help_text=_(
            "Các tỉnh, thành phố bài viết nói đến; bài hiện trong mục “Tin tức liên quan” "
            "của mô hình, sản phẩm và văn bản ở đó."
        ),
    )
    sectors = ParentalManyToManyField(
        "website.Sector",
        blank=True,
        related_name="+",
        verbose_name=_("ngành nghề"),
        help_text=_(
            "Các ngành nghề bài viết nói đến; bài hiện trong mục “Tin tức liên quan” "
            "của mô hình và văn bản cùng ngành."
        ),
    )
    reader_comments_open = models.BooleanField(
        _("cho phép bạn đọc gửi ý kiến"),
        default=True,
        help_text=_("Bỏ chọn để tắt ô gửi ý kiến dưới bài."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_alt"),
                FieldRowPanel([FieldPanel("hero_caption"), FieldPanel("hero_credit")]),
            ],
            heading=_("Ảnh chính"),
        ),
        FieldPanel("body"),
        MediaChooserPanel("audio_version", media_type="audio"),
        MultiFieldPanel(
            [FieldPanel("author"), FieldPanel("source")],
            heading=_("Tác giả và nguồn tin"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("category"),
                FieldPanel("tags"),
                FieldPanel("provinces", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("publish_date"),
                FieldPanel("reader_comments_open"),
            ],
            heading=_("Phân loại và xuất bản"),
        ),
        InlinePanel("related_links", label=_("Tin liên quan"), heading=_("Tin liên quan")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        # The lead image as readers see it: its alt text, caption and credit.
        index.SearchField("hero_alt_text"),
        index.SearchField("hero_caption"),
        index.SearchField("hero_credit"),
        index.FilterField("publish_date"),
        index.FilterField("category"),
        index.RelatedFields("author", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("lead"),
        APIField("publish_date", serializer=serializers.DateTimeField(source="date")),
        APIField("category", serializer=serializers.DictField(source="api_category")),
        APIField(
            "tags",
            serializer=serializers.ListField(child=serializers.CharField(), source="tag_names"),
        ),
        APIField("author", serializer=serializers.DictField(source="byline")),
        APIField("source"),
        APIField("hero_image"),
        APIField("hero_caption"),
        APIField("hero_credit"),
        APIField(
            "hero_image_webp",
            serializer=ImageRenditionField("width-1200|format-webp", source="hero_image"),
        ),
        APIField(
            "hero_image_jpeg",
            serializer=ImageRenditionField("width-1200|format-jpeg", source="hero_image"),
        ),
        APIField(
            "hero_image_thumbnail",
            serializer=ImageRenditionField("fill-480x320|format-jpeg", source="hero_image"),
        ),
        APIField("body"),
        APIField("view_count", serializer=serializers.IntegerField(read_only=True)),
        # Approved comments only: name, time, text and the editors' reply; never the
        # e-mail address or the IP hash.
        APIField("approved_comments", serializer=ApprovedCommentSerializer(many=True)),
    ]

    override_translatable_fields = synchronized(
        "publish_date",
        "hero_image",
        "reader_comments_open",
        "tags",
        "related_links",
        "audio_version",
        base=BasePage.override_translatable_fields,
    )

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    template = "pages/news/news_article_page.html"

    class Meta:
        verbose_name = _("bài viết")
        verbose_name_plural = _("bài viết")
        # Related articles read "the newest articles of this category" from it.
        indexes = [models.Index(fields=["category", "page_ptr"], name="news_article_category_idx")]

    def save(self, *args, **kwargs):
        # The publish date defaults to the first publication.
        if self.publish_date is None and self.first_published_at is not None:
            self.publish_date = self.first_published_at
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("Địa chỉ này dành cho trang chuyên mục hoặc bản tin RSS.")
        if self.hero_image_id and not (self.hero_alt or self.hero_image.description):
            errors["hero_alt"] = _(
                "Hãy mô tả ảnh chính (ảnh này chưa có mô tả trong thư viện ảnh)."
            )
        if errors:
            raise ValidationError(errors)

    # What readers see --------------------------------------------------------

    @property
    def date(self):
        return (
            self.publish_date
            or self.first_published_at
            or self.latest_revision_created_at
            or timezone.now()
        )

    @property
    def updated_date(self):
        """When the article last changed, for feeds and structured data: the date the
        editor set, unless the article was published again after its first publication
        and after that date (a correction). Publishing a backdated article (20/05/2019)
        today does not make it "updated today"."""
        date = self.date
        first, last = self.first_published_at, self.last_published_at
        if last is not None and first is not None and last > first and last > date:
            return last
        return date

    @property
    def card_image(self):
        return self.listing_image or self.hero_image

    @property
    def hero_alt_text(self):
        # In the active language: the page's own, or no Vietnamese on an English page.
        return alt_text(self.hero_image, self.hero_alt, self.hero_caption)

    def get_search_date(self):
        # The date the editor set (a backdated article keeps it), not the publication.
        return self.date

    def get_meta_description(self):
        return self.search_description or self.listing_summary or self.lead

    def get_listing_summary(self):
        return self.listing_summary or self.lead

    def get_social_image(self):
        return self.social_image or self.listing_image or self.hero_image

    @cached_property
    def tag_list(self):
        return [item.tag for item in self.tagged_items.all()]

    @property
    def tag_names(self):
        return [tag.name for tag in self.tag_list]

    @property
    def api_category(self):
        if self.category is None:
            return None
        return {"name": self.category.name, "slug": self.category.slug}

    @property
    def byline(self):
        if self.author is None:
            return None
        return {"name": self.author.name, "role": self.author.role}

    @property
    def view_count(self):
        return view_total(self)

    # Reader comments ------------------------------------------------------------

    @property
    def comments_close_at(self):
        """When comments close by themselves (KCQG_COMMENTS_CLOSE_AFTER_DAYS; 0: never)."""
        days = getattr(settings, "KCQG_COMMENTS_CLOSE_AFTER_DAYS", 30)
        if not days:
            return None
        return self.date + timedelta(days=days)

    @property
    def comments_open(self):
        """The article's switch is on and the closing time has not passed."""
        if not self.reader_comments_open:
            return False
        close_at = self.comments_close_at
        return close_at is None or timezone.now() < close_at

    @cached_property
    def approved_comments(self):
        """Approved comments, oldest first (one query: ``queries.approved_comments``)."""
        return page_functions.get("news", "approved_comments")(self)

    @cached_property
    def parent_index(self):
        index = getattr(self, "news_index", None)
        if index is None:
            index = NewsIndexPage.objects.ancestor_of(self).first()
        return index

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Related articles, the comment form, the index's links: news.listing.
        context.update(
            page_functions.get("news", "article_context")(self, request, kwargs.get("comment_form"))
        )
        return context
