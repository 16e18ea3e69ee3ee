"""The showcase's fixed choices, and its taxonomy kept in the page's language."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

YEAR_VALIDATORS = [MinValueValidator(1990), MaxValueValidator(2100)]


class EnterpriseKind(models.TextChoices):
    ENTERPRISE = "doanh-nghiep", _("Doanh nghiệp")
    COOPERATIVE = "hop-tac-xa", _("Hợp tác xã")
    HOUSEHOLD = "ho-kinh-doanh", _("Hộ kinh doanh")
    ESTABLISHMENT = "co-so-cnnt", _("Cơ sở công nghiệp nông thôn")


class Programme(models.TextChoices):
    NATIONAL = "quoc-gia", pgettext_lazy("chương trình", "Khuyến công quốc gia")
    LOCAL = "dia-phuong", pgettext_lazy("chương trình", "Khuyến công địa phương")


class AwardLevel(models.TextChoices):
    PROVINCIAL = "cap-tinh", _("Cấp tỉnh")
    REGIONAL = "cap-vung", _("Cấp khu vực")
    NATIONAL = "cap-quoc-gia", _("Cấp quốc gia")


class ProductGroup(models.TextChoices):
    PROCESSED = "che-bien-nong-lam-thuy-san", _("Nông, lâm, thủy sản chế biến và đồ uống")
    HANDICRAFT = "thu-cong-my-nghe", _("Thủ công mỹ nghệ")
    MECHANICAL = "co-khi", _("Thiết bị, máy móc, dụng cụ và phụ tùng cơ khí")
    OTHER = "khac", _("Sản phẩm khác")


def in_locale(obj, locale_id):
    """``obj`` (a translatable snippet) in the given locale, when that translation exists."""
    if obj is None or obj.locale_id == locale_id:
        return obj
    return obj.get_translation_or_none(locale_id) or obj


class LocalizedTaxonomyMixin:
    """On save, swap taxonomy snippets for their translation in the page's language,
    so that a page copied for translation refers to English provinces and sectors."""

    localized_foreign_keys = ()
    localized_many_to_many = ()

    def localize_taxonomy(self):
        if not self.locale_id:
            return
        for name in self.localized_foreign_keys:
            current = getattr(self, name, None)
            if current is not None and current.locale_id != self.locale_id:
                setattr(self, name, in_locale(current, self.locale_id))
        for name in self.localized_many_to_many:
            items = list(getattr(self, name).all())
            if any(item.locale_id != self.locale_id for item in items):
                setattr(self, name, [in_locale(item, self.locale_id) for item in items])

    def save(self, *args, **kwargs):
        self.localize_taxonomy()
        return super().save(*args, **kwargs)
