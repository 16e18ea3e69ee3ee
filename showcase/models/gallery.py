"""Gallery pictures of case studies and products: an image, its caption and alt text."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin

from .case_studies import CaseStudyPage
from .products import ProductPage


class CaptionedImage(TranslatableMixin, Orderable):
    """A gallery picture of a page: an image from the library, its caption and alt text.
    Each language's page has its own rows (wagtail-localize translates caption and alt
    text; the image is copied from the Vietnamese row of the same translation key)."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Ảnh cần có mô tả (văn bản thay thế) trong thư viện ảnh."),
    )
    caption = models.CharField(
        _("chú thích"),
        max_length=255,
        blank=True,
        help_text=_("Một câu mô tả ảnh, hiện dưới ảnh và trong hộp xem ảnh."),
    )
    alt_text = models.CharField(
        _("văn bản thay thế"),
        max_length=255,
        blank=True,
        help_text=_(
            "Mô tả ảnh cho người không nhìn thấy, trong ngôn ngữ của trang; để trống để dùng mô tả của ảnh."
        ),
    )

    panels = [FieldPanel("image"), FieldPanel("caption"), FieldPanel("alt_text")]
    # The page form (website.forms.BasePageForm) refuses to submit or publish the page
    # while an image has no description, as the help text says.
    image_description_required = True

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True


class CaseStudyImage(CaptionedImage):
    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="gallery_images")

    class Meta(CaptionedImage.Meta):
        verbose_name = _("ảnh")
        verbose_name_plural = _("ảnh")


class ProductImage(CaptionedImage):
    page = ParentalKey(ProductPage, on_delete=models.CASCADE, related_name="images")

    class Meta(CaptionedImage.Meta):
        verbose_name = _("ảnh sản phẩm")
        verbose_name_plural = _("ảnh sản phẩm")
