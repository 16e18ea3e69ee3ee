"""The demo command builds a site in both languages and is idempotent."""

import io
import logging

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision

from demo.data.showcase import CASE_STUDIES, PRODUCTS
from multimedia.models import InfographicPage
from showcase.models import CaseStudyPage, ProductPage
from website.models import HomePage, SiteSettings


def _snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "title", "live")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
    }


@pytest.mark.django_db
def test_demo_content_builds_both_homes_and_is_idempotent(client, caplog):
    caplog.set_level(logging.INFO)
    wagtail_level = logging.getLogger("wagtail").level
    out = io.StringIO()
    call_command("load_demo_content", "--with-admin", "--articles", "40", stdout=out)
    # A summary line per step, then the login last, not ~650 log lines burying it.
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    assert len(lines) <= 12, lines
    assert lines[-2:] == ["  user:     admin", "  password: khuyencong-demo"]
    chatty = [r for r in caplog.records if r.name.startswith(("wagtail", "fontTools"))]
    assert not [r for r in chatty if r.levelno < logging.WARNING]
    assert logging.getLogger("wagtail").level == wagtail_level
    first = _snapshot()
    call_command("load_demo_content", "--with-admin", "--articles", "40", verbosity=0)
    assert _snapshot() == first
    assert HomePage.objects.filter(locale__language_code="vi", live=True).exists()
    assert HomePage.objects.filter(locale__language_code="en", live=True).exists()
    assert SiteSettings.objects.get().zalo_url
    assert client.get("/").status_code == 200
    assert client.get("/en/").status_code == 200
    assert client.login(username="admin", password="khuyencong-demo")
    _assert_photos_per_language()
    _assert_infographics_per_language()


def _assert_infographics_per_language():
    """An infographic's picture holds words: the English page shows its own picture."""
    pages = InfographicPage.objects.filter(locale__language_code="vi")
    assert pages
    for vi in pages:
        en = vi.get_translation(Locale.objects.get(language_code="en")).specific
        assert en.image_id != vi.image_id
        assert en.image.title.startswith("Infographic: Demonstration")


def _rows(page, relation):
    return [
        (row.translation_key, row.image_id, row.caption, row.alt_text, row.locale_id)
        for row in getattr(page, relation).order_by("sort_order")
    ]


def _assert_photos_per_language():
    """Each English case study and product has its own photo rows, in English, with the
    Vietnamese rows' images; the Vietnamese rows keep their Vietnamese texts."""
    checked = 0
    for model, relation, data in (
        (CaseStudyPage, "gallery_images", CASE_STUDIES),
        (ProductPage, "images", PRODUCTS),
    ):
        for item in data:
            if "en" not in item:
                continue
            vi = model.objects.get(slug=item["slug"], locale__language_code="vi")
            en = vi.get_translation(Locale.objects.get(language_code="en")).specific
            vi_rows, en_rows = _rows(vi, relation), _rows(en, relation)
            assert [row[2:4] for row in vi_rows] == [tuple(p) for p in item["photos"]]
            assert [row[2:4] for row in en_rows] == [tuple(p) for p in item["en"]["photos"]]
            assert [row[:2] for row in en_rows] == [row[:2] for row in vi_rows]
            assert {row[4] for row in en_rows} == {en.locale_id} != {vi.locale_id}
            checked += 1
    assert checked >= 10
