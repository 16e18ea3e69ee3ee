"""Gallery and product photos per language: each row gets a locale and a translation key
(wagtail-localize then translates its caption and the new alt text), instead of the
English page's rows being overwritten with the Vietnamese ones on every sync.

Existing rows take their page's locale; a translation's rows take the translation keys
of the source page's rows in the same order (the rows were copies of them)."""

import uuid

import django.db.models.deletion
from django.db import migrations, models

HELP = (
    "Mô tả ảnh cho người không nhìn thấy, trong ngôn ngữ của trang; để trống để dùng mô tả của ảnh."
)


def keys_per_language(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    default = Locale.objects.filter(language_code="vi").values_list("pk", flat=True).first()
    for page_model, row_model in (
        ("CaseStudyPage", "CaseStudyImage"),
        ("ProductPage", "ProductImage"),
    ):
        Page = apps.get_model("showcase", page_model)
        Row = apps.get_model("showcase", row_model)
        pages = {}
        for page in Page.objects.only("pk", "locale_id", "translation_key"):
            pages.setdefault(page.translation_key, []).append(page)
        for group in pages.values():
            # The Vietnamese page first: its rows give the keys.
            group.sort(key=lambda page: (page.locale_id != default, page.pk))
            keys = []
            for page in group:
                rows = list(Row.objects.filter(page_id=page.pk).order_by("sort_order", "pk"))
                for position, row in enumerate(rows):
                    if position == len(keys):
                        keys.append(uuid.uuid4())
                    row.translation_key = keys[position]
                    row.locale_id = page.locale_id
                    row.save(update_fields=["translation_key", "locale"])


class Migration(migrations.Migration):
    dependencies = [
        ("showcase", "0001_squashed_0003_help_texts"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [
        *(
            operation
            for model in ("casestudyimage", "productimage")
            for operation in (
                migrations.AddField(
                    model_name=model,
                    name="alt_text",
                    field=models.CharField(
                        blank=True, help_text=HELP, max_length=255, verbose_name="văn bản thay thế"
                    ),
                ),
                migrations.AddField(
                    model_name=model,
                    name="locale",
                    field=models.ForeignKey(
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
                migrations.AddField(
                    model_name=model,
                    name="translation_key",
                    field=models.UUIDField(editable=False, null=True),
                ),
            )
        ),
        migrations.RunPython(keys_per_language, migrations.RunPython.noop),
        *(
            operation
            for model in ("casestudyimage", "productimage")
            for operation in (
                migrations.AlterField(
                    model_name=model,
                    name="locale",
                    field=models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
                migrations.AlterField(
                    model_name=model,
                    name="translation_key",
                    field=models.UUIDField(default=uuid.uuid4, editable=False),
                ),
                migrations.AlterUniqueTogether(
                    name=model,
                    unique_together={("translation_key", "locale")},
                ),
            )
        ),
    ]
