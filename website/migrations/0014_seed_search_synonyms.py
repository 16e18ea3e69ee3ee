"""The programme's own synonyms and abbreviations for the site search, and the
permission for editors, moderators and administrators to manage them."""

from django.db import migrations

from website.groups import ADMINISTRATORS, EDITORS, MODERATORS, grant

SYNONYMS = [
    ("Đắk Lắk\nDaklak\nDak Lak\nĐắc Lắc\nĐắk Lắc", "Tên tỉnh viết liền, không dấu hoặc sai dấu."),
    ("TP HCM\nTPHCM\nTP.HCM\nHCM\nHồ Chí Minh\nThành phố Hồ Chí Minh", "Tên thành phố viết tắt."),
    ("CNNT\ncông nghiệp nông thôn", "Viết tắt thường dùng trong văn bản khuyến công."),
    ("KCQG\nkhuyến công quốc gia", "Viết tắt tên Chương trình."),
    (
        "SPCNNTTB\nsản phẩm công nghiệp nông thôn tiêu biểu",
        "Viết tắt tên cuộc bình chọn sản phẩm.",
    ),
    ("NĐ\nNghị định", "Loại văn bản."),
    ("QĐ\nQuyết định", "Loại văn bản."),
    ("TT\nThông tư", "Loại văn bản."),
]

ACTIONS = ("add", "change", "delete", "view")
PERMISSIONS = {
    group: [f"website.{action}_searchsynonym" for action in ACTIONS]
    for group in (EDITORS, MODERATORS, ADMINISTRATORS)
}


def seed(apps, schema_editor):
    SearchSynonym = apps.get_model("website", "SearchSynonym")
    for terms, note in SYNONYMS:
        SearchSynonym.objects.get_or_create(terms=terms, defaults={"note": note})
    grant(apps, PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("website", "0013_search_synonyms")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
