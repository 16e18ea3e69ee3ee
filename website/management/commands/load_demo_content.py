"""Build a complete demo site: ``python manage.py load_demo_content``.

Idempotent: a second run changes nothing. ``--articles N`` scales the news to
N articles (for benchmarks). ``--with-admin`` creates the demo administrator.
"""

import importlib
import importlib.util

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site

from website import renditions
from website.demo import (
    DemoContext,
    demo_image,
    indexes_updated_at_the_end,
    publish,
    translate_page,
)
from website.demo_pages import ensure_standard_pages
from website.models import HomePage, SiteSettings
from website.page_cache import bump_version

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "khuyencong-demo"  # noqa: S105 - documented demo login
# Apps whose demo loaders run, in this order.
DEMO_APPS = ["news", "showcase", "policies"]


class Command(BaseCommand):
    help = "Build the demo site (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles",
            type=int,
            default=None,
            help="Make the news section hold this many articles (for benchmarks).",
        )
        parser.add_argument(
            "--with-admin",
            action="store_true",
            help=f"Create the demo administrator ({DEMO_ADMIN_USERNAME}).",
        )

    def handle(self, *args, **options):
        # Publishing renders each page to make its renditions: not for a bulk load.
        with renditions.suspended():
            self.load(options)

    def load(self, options):
        # Search and reference indexes: once per object at the end, not at every save.
        with indexes_updated_at_the_end():
            user = self.ensure_admin() if options["with_admin"] else None
            with transaction.atomic():
                locales = self.ensure_locales()
                homes = self.ensure_homes(locales, user)
                self.ensure_settings(homes["vi"])
                ensure_standard_pages(homes, locales, user)
            ctx = DemoContext(
                stdout=self.stdout, options=options, locales=locales, homes=homes, user=user
            )
            for app_label in DEMO_APPS:
                if not apps.is_installed(app_label):
                    continue
                module_name = f"{app_label}.demo"
                if importlib.util.find_spec(module_name) is None:
                    continue
                importlib.import_module(module_name).load(ctx)
        # Bulk-created pages send no signals: expire cached pages explicitly.
        bump_version("demo content loaded")
        # Bulk inserts change table sizes a lot: tell the planner (SQLite: table
        # sizes; PostgreSQL: ANALYZE now rather than whenever autovacuum gets to it,
        # until then it plans 10,000 articles as if they were a handful).
        from django.db import connection

        from website.patches.sqlite_stats import refresh_table_stats

        refresh_table_stats()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS("Demo content ready."))

    def ensure_admin(self):
        User = get_user_model()
        user = User.objects.filter(username=DEMO_ADMIN_USERNAME).first()
        if user is None:
            user = User.objects.create_superuser(
                DEMO_ADMIN_USERNAME, "admin@example.com", DEMO_ADMIN_PASSWORD
            )
            self.stdout.write(
                f"Demo admin: user {DEMO_ADMIN_USERNAME}, password {DEMO_ADMIN_PASSWORD}"
            )
        return user

    def ensure_locales(self):
        result = {}
        for code, _name in settings.LANGUAGES:
            result[code], _ = Locale.objects.get_or_create(language_code=code)
        return result

    def ensure_homes(self, locales, user):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        home = HomePage.objects.filter(locale=locales["vi"]).first()
        if home is None:
            root = Page.get_first_root_node()
            home = root.add_child(instance=HomePage(title="Khuyến công quốc gia", slug="trang-chu"))
        if site is None:
            site = Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True
            )
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.save()
        hero = demo_image(
            "Xưởng cơ khí được hỗ trợ máy CNC",
            seed=2026,
            description="Công nhân vận hành máy cắt CNC trong xưởng cơ khí",
        )
        intro_vi = (
            "Cổng thông tin của Chương trình Khuyến công quốc gia: tin tức, mô hình trình "
            "diễn kỹ thuật, sản phẩm công nghiệp nông thôn tiêu biểu và chính sách hỗ trợ "
            "cho cơ sở sản xuất ở nông thôn."
        )
        if home.intro != intro_vi:
            home.title = "Khuyến công quốc gia"
            home.intro = intro_vi
            home.listing_image = hero
            home.search_description = intro_vi
            home.save()
            publish(home, user)
        home_en = translate_page(
            home,
            locales["en"],
            {
                "title": "National Industrial Promotion",
                "intro": (
                    "The portal of Viet Nam's National Industrial Promotion Programme: news, "
                    "technical demonstration models, standout rural-industry products and "
                    "the support policies open to rural producers."
                ),
                "search_description": (
                    "News, demonstration models, standout products and support policies of "
                    "the National Industrial Promotion Programme."
                ),
            },
            slug="home",
            user=user,
        )
        return {"vi": home, "en": home_en}

    def ensure_settings(self, home):
        site = Site.objects.get(root_page=home)
        values = {
            "organisation_name": "Cục Công Thương địa phương - Bộ Công Thương",
            "organisation_name_en": (
                "Agency for Regional Industry and Trade - Ministry of Industry and Trade"
            ),
            "programme_name": "Chương trình Khuyến công quốc gia",
            "programme_name_en": "National Industrial Promotion Programme",
            "address": "54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội (địa chỉ minh họa)",
            "address_en": "54 Hai Ba Trung, Hoan Kiem, Ha Noi (demo address)",
            "hotline": "024 0000 0000",
            "phone": "024 0000 0001",
            "email": "lienhe@khuyencong.example.vn",
            "editors_email": "bientap@khuyencong.example.vn",
            "facebook_url": "https://www.facebook.com/khuyencongquocgia.example",
            "youtube_url": "https://www.youtube.com/@khuyencong.example",
            "zalo_url": "https://zalo.me/khuyencong.example",
            "footer_text": (
                "Trang thông tin minh họa của Chương trình Khuyến công quốc gia. "
                "Nội dung mẫu do nhóm phát triển biên soạn."
            ),
            "footer_text_en": (
                "Demo site of the National Industrial Promotion Programme. "
                "Sample content written by the development team."
            ),
        }
        site_settings = SiteSettings.for_site(site)
        changed = [name for name, value in values.items() if getattr(site_settings, name) != value]
        if changed:
            for name in changed:
                setattr(site_settings, name, values[name])
            site_settings.save()
