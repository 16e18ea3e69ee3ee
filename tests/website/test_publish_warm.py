"""Publishing any page type pre-renders it (and its parent and home) without an ERROR.

Every concrete page model of the project is published once with warming on; the
pre-render must answer 200 with the page's own HTML (the routable indexes too:
the news index and the policy finder are rendered through their own views, with
their context), make the renditions of the images the page shows, and log nothing
at ERROR.
"""

import datetime as dt
import logging

import pytest
from wagtail.images import get_image_model
from wagtail.models import get_page_models

from demo.build import demo_image
from news.factories import AuthorFactory, NewsCategoryFactory
from news.models import NewsArticlePage, NewsIndexPage
from policies.factories import PolicyIndexPageFactory, PolicyPageFactory
from showcase.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    ProductGalleryPageFactory,
    ProductImageFactory,
    ProductPageFactory,
)
from website import renditions
from website.models import StandardPage

PROJECT_APPS = {"website", "news", "showcase", "policies"}


def project_page_models():
    return {
        model
        for model in get_page_models()
        if not model._meta.abstract and model._meta.app_label in PROJECT_APPS
    }


def _add(parent, page):
    page.live = False
    parent.add_child(instance=page)
    page.save_revision()
    return page


@pytest.fixture
def tree(home):
    """One page of every type under the Vietnamese home, saved as drafts (warming off)."""
    hero = demo_image("Xưởng gốm Bát Tràng", width=900, height=600, description="Xưởng gốm")
    card = demo_image("Lò sấy chè", width=900, height=600, description="Lò sấy chè")
    pages = {"home": home}
    pages["standard"] = _add(
        home, StandardPage(title="Giới thiệu chương trình", slug="gioi-thieu", intro="Giới thiệu.")
    )
    pages["news_index"] = _add(home, NewsIndexPage(title="Tin tức", slug="tin-tuc", intro="Tin."))
    pages["article"] = _add(
        pages["news_index"],
        NewsArticlePage(
            title="Tập huấn kỹ năng cho cơ sở công nghiệp nông thôn",
            slug="tap-huan-ky-nang",
            lead="Hơn 100 học viên tham dự.",
            publish_date=dt.datetime(2019, 5, 20, 8, 0, tzinfo=dt.UTC),
            category=NewsCategoryFactory(name="Đào tạo, tập huấn", slug="dao-tao-tap-huan"),
            author=AuthorFactory(name="Ngô Quang Trung"),
            hero_image=hero,
            listing_image=card,
        ),
    )
    pages["case_index"] = CaseStudyIndexPageFactory.build(slug="mo-hinh-trinh-dien")
    _add(home, pages["case_index"])
    pages["case"] = _add(
        pages["case_index"],
        CaseStudyPageFactory.build(title="Máy sấy chè ở Thái Nguyên", listing_image=card),
    )
    pages["gallery"] = ProductGalleryPageFactory.build(slug="san-pham-tieu-bieu")
    _add(home, pages["gallery"])
    pages["product"] = _add(
        pages["gallery"], ProductPageFactory.build(title="Gốm men lam Bát Tràng")
    )
    ProductImageFactory(page=pages["product"], image=hero, caption="Bình gốm")
    pages["policy_index"] = _add(home, PolicyIndexPageFactory.build(slug="chinh-sach"))
    pages["policy"] = _add(
        pages["policy_index"],
        PolicyPageFactory.build(title="Nghị định 45/2012/NĐ-CP về khuyến công"),
    )
    return pages, (hero, card)


@pytest.mark.django_db
def test_publishing_every_page_type_pre_renders_without_error(
    tree, settings, caplog, monkeypatch, django_capture_on_commit_callbacks
):
    pages, images = tree
    assert {type(page.specific) for page in pages.values()} == project_page_models(), (
        "a page type of the project is missing from this test"
    )

    rendered = []
    real_render = renditions.render_as_reader

    def recording_render(page):
        response = real_render(page)
        rendered.append((page.specific, response))
        return response

    monkeypatch.setattr(renditions, "render_as_reader", recording_render)
    settings.KCQG_WARM_ON_PUBLISH = True
    Rendition = get_image_model().get_rendition_model()
    assert not Rendition.objects.filter(image__in=images).exists()

    caplog.set_level(logging.INFO)
    # Parents first, so each page's parent is live when it is published.
    for name, page in pages.items():
        rendered.clear()
        with django_capture_on_commit_callbacks(execute=True):
            page.specific.save_revision().publish()
        errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
        assert not errors, f"{name}: {[r.getMessage() for r in errors]} {errors[0].exc_info}"
        own = [response for item, response in rendered if item.pk == page.pk]
        assert own, f"{name} was not pre-rendered"
        response = own[0]
        assert response is not None and response.status_code == 200, name
        html = response.content.decode()
        assert page.specific.title in html, name
        assert "<html" in html, name

    # The routable indexes rendered from their own views (their listings show the
    # child pages), and the images pages show got their renditions.
    by_name = {}
    for name in ("news_index", "policy_index"):
        rendered.clear()
        renditions.warm_page.call(pages[name].pk)
        by_name[name] = rendered[0][1].content.decode()
    assert pages["article"].title in by_name["news_index"]
    assert "Nghị định 45/2012/NĐ-CP" in by_name["policy_index"]
    assert Rendition.objects.filter(image=images[0]).exists()
    assert Rendition.objects.filter(image=images[1]).exists()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
