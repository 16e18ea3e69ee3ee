"""Site-wide settings editors change in the admin (Settings → Thông tin chung)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from website import chrome


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact details, social links and footer. Fields ending in _en are shown on /en/."""

    organisation_name = models.CharField(
        _("tên cơ quan"),
        max_length=255,
        default="Cục Công Thương địa phương - Bộ Công Thương",
        help_text=_("Tên cơ quan chủ quản, hiện ở chân trang."),
    )
    organisation_name_en = models.CharField(
        _("tên cơ quan (tiếng Anh)"),
        max_length=255,
        blank=True,
        default="Agency for Regional Industry and Trade - Ministry of Industry and Trade",
        help_text=_("Tên cơ quan bằng tiếng Anh."),
    )
    programme_name = models.CharField(
        _("tên chương trình"),
        max_length=255,
        default="Chương trình Khuyến công quốc gia",
        help_text=_("Tên chương trình, hiện ở đầu trang."),
    )
    programme_name_en = models.CharField(
        _("tên chương trình (tiếng Anh)"),
        max_length=255,
        blank=True,
        default="National Industrial Promotion Programme",
        help_text=_("Tên chương trình bằng tiếng Anh."),
    )
    address = models.CharField(
        _("địa chỉ"), max_length=255, blank=True, help_text=_("Địa chỉ cơ quan, hiện ở chân trang.")
    )
    address_en = models.CharField(
        _("địa chỉ (tiếng Anh)"),
        max_length=255,
        blank=True,
        help_text=_("Địa chỉ bằng tiếng Anh, hiện trên trang /en/."),
    )
    hotline = models.CharField(
        _("đường dây nóng"),
        max_length=40,
        blank=True,
        help_text=_("Số đường dây nóng, hiện ở đầu và chân trang."),
    )
    phone = models.CharField(
        _("điện thoại"), max_length=40, blank=True, help_text=_("Số điện thoại văn phòng.")
    )
    email = models.EmailField(
        _("thư điện tử"),
        blank=True,
        help_text=_("Thư điện tử liên hệ công khai, hiện ở chân trang."),
    )
    editors_email = models.EmailField(
        _("thư điện tử ban biên tập"),
        blank=True,
        help_text=_("Nhận thông báo ý kiến bạn đọc và yêu cầu liên hệ nhà sản xuất."),
    )
    facebook_url = models.URLField(
        _("Facebook"), blank=True, help_text=_("Địa chỉ trang Facebook của chương trình.")
    )
    youtube_url = models.URLField(
        _("YouTube"), blank=True, help_text=_("Địa chỉ kênh YouTube của chương trình.")
    )
    zalo_url = models.URLField(
        _("Zalo"), blank=True, help_text=_("Địa chỉ trang Zalo OA của chương trình.")
    )
    footer_text = models.TextField(
        _("chân trang"), blank=True, help_text=_("Dòng bản quyền, giấy phép, hiện cuối trang.")
    )
    footer_text_en = models.TextField(
        _("chân trang (tiếng Anh)"), blank=True, help_text=_("Nội dung chân trang bằng tiếng Anh.")
    )

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


def cached_site_settings(request):
    """The SiteSettings of the request's site (one object from the chrome cache)."""
    site = chrome.site_for_request(request)
    if site is None:
        return None
    return chrome.cached("settings", [site.pk], lambda: SiteSettings.for_site(site))
