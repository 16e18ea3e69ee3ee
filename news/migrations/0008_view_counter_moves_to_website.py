"""The view counter's tables move to the website app (website.counter): renamed, rows
kept; website.0012_page_view_counter takes the models over."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0007_related_indexes"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable(name="pageviewday", table="website_pageviewday"),
                migrations.AlterModelTable(name="pageviewtotal", table="website_pageviewtotal"),
            ],
            state_operations=[
                migrations.DeleteModel(name="PageViewDay"),
                migrations.DeleteModel(name="PageViewTotal"),
            ],
        ),
    ]
