"""The showcase's fixed choices."""

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


class LocalizedTaxonomyMixin:
    """Empty: showcase pages once swapped their taxonomy for its translation on save.
    They translate it on read now (``website.taxonomy``); this name stays because the
    squashed migration ``0001`` lists it among the pages' bases."""
