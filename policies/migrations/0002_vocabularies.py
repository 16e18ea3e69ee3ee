"""Fill the fixed vocabularies (beneficiary kinds, sizes) and the central issuing bodies."""

import uuid

from django.db import migrations

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


def fill(apps, schema_editor):
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


class Migration(migrations.Migration):
    dependencies = [
        ("policies", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
