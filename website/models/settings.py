"""Site-wide settings editors change in the admin (Settings → Thông tin chung)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact details, social links and footer. Fields ending in _en are shown on /en/."""

    organisation_name = models.CharField(
        _("tên cơ quan"), max_length=255, default="Cục Công Thương địa phương - Bộ Công Thương"
    )
    organisation_name_en = models.CharField(
        _("tên cơ quan (tiếng Anh)"),
        max_length=255,
        blank=True,
        default="Agency for Regional Industry and Trade - Ministry of Industry and Trade",
    )
    programme_name = models.CharField(
        _("tên chương trình"), max_length=255, default="Chương trình Khuyến công quốc gia"
    )
    programme_name_en = models.CharField(
        _("tên chương trình (tiếng Anh)"),
        max_length=255,
        blank=True,
        default="National Industrial Promotion Programme",
    )
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    address_en = models.CharField(_("địa chỉ (tiếng Anh)"), max_length=255, blank=True)
    hotline = models.CharField(_("đường dây nóng"), max_length=40, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=40, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    editors_email = models.EmailField(
        _("thư điện tử ban biên tập"),
        blank=True,
        help_text=_("Nhận thông báo ý kiến bạn đọc và yêu cầu liên hệ nhà sản xuất."),
    )
    facebook_url = models.URLField(_("Facebook"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    zalo_url = models.URLField(_("Zalo"), blank=True)
    footer_text = models.TextField(_("chân trang"), blank=True)
    footer_text_en = models.TextField(_("chân trang (tiếng Anh)"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("organisation_name_en"),
                FieldPanel("programme_name"),
                FieldPanel("programme_name_en"),
            ],
            heading=_("Tên"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("address_en"),
                FieldPanel("hotline"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("editors_email"),
            ],
            heading=_("Liên hệ"),
        ),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("youtube_url"), FieldPanel("zalo_url")],
            heading=_("Mạng xã hội"),
        ),
        MultiFieldPanel(
            [FieldPanel("footer_text"), FieldPanel("footer_text_en")],
            heading=_("Chân trang"),
        ),
    ]

    class Meta:
        verbose_name = _("thông tin chung của trang")
        verbose_name_plural = _("thông tin chung của trang")

    def __str__(self):
        return str(self.organisation_name)
