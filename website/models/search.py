"""Search synonyms and abbreviations that editors manage (Cài đặt → Từ đồng nghĩa)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class SearchSynonym(models.Model):
    """Spellings that the site search treats as one: "Đắk Lắk", "Daklak", "Đắc Lắc".

    A query that contains any of them finds pages with any of them; saving or deleting
    a group takes effect at once (``website.search_words.synonym_groups``)."""

    terms = models.TextField(
        _("các cách viết"),
        help_text=_(
            "Mỗi dòng (hoặc mỗi dấu phẩy) một cách viết của cùng một từ, "
            "ví dụ: Đắk Lắk, Daklak, Dak Lak, Đắc Lắc. Có dấu hay không dấu đều được."
        ),
    )
    note = models.CharField(
        _("ghi chú"),
        max_length=255,
        blank=True,
        help_text=_("Chỉ biên tập viên thấy: vì sao các cách viết này là một."),
    )

    panels = [FieldPanel("terms"), FieldPanel("note")]

    class Meta:
        verbose_name = _("từ đồng nghĩa tìm kiếm")
        verbose_name_plural = _("từ đồng nghĩa tìm kiếm")
        ordering = ["pk"]

    def __str__(self):
        return " = ".join(
            line.strip() for line in self.terms.replace(",", "\n").splitlines() if line.strip()
        )
