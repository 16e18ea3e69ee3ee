"""The view counter's models (website.models.counter), formerly the news app's: their
tables were renamed by news.0008_view_counter_moves_to_website, with every count kept;
here the models are taken over, and their content types (with the permissions that
point at them) are moved to this app."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

MODELS = ["pageviewday", "pageviewtotal"]


def move_content_types(apps, schema_editor, source="news", target="website"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    if ContentType.objects.using(db).filter(app_label=target, model__in=MODELS).exists():
        return
    ContentType.objects.using(db).filter(app_label=source, model__in=MODELS).update(
        app_label=target
    )


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, source="website", target="news")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("news", "0008_view_counter_moves_to_website"),
        ("website", "0011_limit_counter"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
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
                        (
                            "views",
                            models.PositiveBigIntegerField(default=0, verbose_name="lượt xem"),
                        ),
                    ],
                    options={
                        "verbose_name": "tổng lượt xem",
                        "verbose_name_plural": "tổng lượt xem",
                    },
                ),
                migrations.CreateModel(
                    name="PageViewDay",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
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
                        "indexes": [
                            models.Index(fields=["day", "page"], name="news_pageviewday_day_page")
                        ],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("page", "day"), name="unique_page_view_day"
                            )
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_types, move_content_types_back, elidable=True),
    ]
